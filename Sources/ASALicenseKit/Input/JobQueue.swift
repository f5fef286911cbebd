#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
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
    private var threads: [Worker] = []

    /// Starts up to `workers` threads beside the caller's (`workers` says how many started: a
    /// thread the system refuses is one worker fewer, the caller doing its share). Threads of
    /// their own, since they block while they wait: a blocked thread of Dispatch's pool would
    /// keep other work queued.
    init(workers count: Int) {
        own = Array(repeating: [], count: count + 1)
        for w in stride(from: 1, through: count, by: 1) {
            guard let thread = Worker.start({ self.work(as: w) }) else { break }
            threads.append(thread)
        }
    }

    /// The workers that run beside the caller, numbered 1 through this.
    var workers: Int { threads.count }

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
        for thread in threads { thread.join() }
        threads = []
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

    /// A thread of its own for `body`, or nil when the system starts none.
    private struct Worker {
        let thread: pthread_t

        static func start(_ body: @escaping @Sendable () -> Void) -> Worker? {
            final class Body { let run: () -> Void; init(_ run: @escaping () -> Void) { self.run = run } }
            let context = Unmanaged.passRetained(Body(body)).toOpaque()
            #if canImport(Darwin)
            var thread: pthread_t?
            #else
            var thread = pthread_t()
            #endif
            let started = pthread_create(&thread, nil, { context in
                let context: UnsafeMutableRawPointer? = context  // optional on Linux, not on Darwin
                let body = Unmanaged<Body>.fromOpaque(context!).takeRetainedValue()
                body.run()
                return nil
            }, context)
            guard started == 0 else {
                Unmanaged<Body>.fromOpaque(context).release()
                return nil
            }
            #if canImport(Darwin)
            guard let thread else { return nil }
            #endif
            return Worker(thread: thread)
        }

        func join() { pthread_join(thread, nil) }
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

extension JobQueue {
    /// The results of `work` in its order, worked out on up to `jobs` threads, the caller's one
    /// of them: each piece is a job, run by whichever thread is free, and writes its own slot.
    static func results<T>(of work: [() -> T], jobs: Int) -> [T] {
        guard jobs > 1, work.count > 1 else { return work.map { $0() } }
        let queue = JobQueue(workers: min(jobs, work.count) - 1)
        defer { queue.close() }
        return [T](unsafeUninitializedCapacity: work.count) { out, initialized in
            let slots = out
            let tickets = work.indices.map { i in queue.post { _ in slots.initializeElement(at: i, to: work[i]()) } }
            // Every slot is written before this returns: each ticket is waited for.
            for ticket in tickets {
                queue.wait(forAnyOf: [ticket])
                _ = queue.takeDone(ticket)
            }
            initialized = work.count
        }
    }
}
