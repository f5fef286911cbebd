import Dispatch
import Foundation

/// Jobs run by worker threads and by the thread that waits for them: `wait(forAnyOf:)` runs
/// queued jobs itself until one of the jobs it waits for is done, so no core idles while the
/// caller has nothing else to do. A job learns which worker runs it (0 is the waiting thread),
/// so that what it uses per thread (a renderer, say) is used by one thread at a time.
///
/// Each job is a ticket; a done ticket is kept until `takeDone` collects it. Everything a job
/// writes before it ends is seen by whoever collects its ticket (the lock orders them).
final class JobQueue: @unchecked Sendable {
    private let condition = NSCondition()
    private var urgent: [(ticket: Int, run: (Int) -> Void)] = []
    private var queued: [(ticket: Int, run: (Int) -> Void)] = []
    /// Jobs for one worker alone, by worker (0, the waiting thread, has none).
    private var own: [[(ticket: Int, run: (Int) -> Void)]]
    private var done = Set<Int>()
    private var nextTicket = 0
    private var closed = false
    private let workers = DispatchGroup()

    /// Starts `workers` threads beside the caller's: threads of their own, since they block
    /// while they wait (a blocked thread of Dispatch's pool would keep a core's work queued).
    init(workers: Int) {
        own = Array(repeating: [], count: workers + 1)
        for w in 0..<workers {
            self.workers.enter()
            Thread {
                self.work(as: w + 1)
                self.workers.leave()
            }.start()
        }
    }

    /// Queues `job`; an urgent one runs before those queued before it. Returns its ticket.
    @discardableResult
    func post(urgent isUrgent: Bool = false, _ job: @escaping (_ worker: Int) -> Void) -> Int {
        condition.lock()
        defer { condition.unlock() }
        let ticket = nextTicket
        nextTicket += 1
        if isUrgent { urgent.append((ticket, job)) } else { queued.append((ticket, job)) }
        condition.broadcast()
        return ticket
    }

    /// Queues `job` for `worker` alone, before everything else it would run; not to be waited for.
    func post(to worker: Int, _ job: @escaping (_ worker: Int) -> Void) {
        condition.lock()
        defer { condition.unlock() }
        own[worker].append((-1, job))
        condition.broadcast()
    }

    /// Whether the job of `ticket` is done; true once, when it is collected.
    func takeDone(_ ticket: Int) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        return done.remove(ticket) != nil
    }

    /// Returns when one of `tickets` is done (not collecting it), running queued jobs as
    /// worker 0 meanwhile.
    func wait(forAnyOf tickets: [Int]) {
        condition.lock()
        defer { condition.unlock() }
        while !tickets.contains(where: done.contains) {
            if let job = nextJob(for: 0) { run(job, as: 0) } else { condition.wait() }
        }
    }

    /// Lets the workers end once they have run every queued job, and waits for them. With no
    /// workers, a job nobody waited for is dropped.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
        workers.wait()
    }

    private func work(as worker: Int) {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let job = nextJob(for: worker) { run(job, as: worker) } else if closed { return } else { condition.wait() }
        }
    }

    /// Under the lock. The queues are short (a window of segments): taking the first is cheap.
    private func nextJob(for worker: Int) -> (ticket: Int, run: (Int) -> Void)? {
        if !own[worker].isEmpty { return own[worker].removeFirst() }
        if !urgent.isEmpty { return urgent.removeFirst() }
        if !queued.isEmpty { return queued.removeFirst() }
        return nil
    }

    /// Called and returns under the lock; runs the job outside it.
    private func run(_ job: (ticket: Int, run: (Int) -> Void), as worker: Int) {
        condition.unlock()
        job.run(worker)
        condition.lock()
        if job.ticket >= 0 { done.insert(job.ticket) }
        condition.broadcast()
    }
}

