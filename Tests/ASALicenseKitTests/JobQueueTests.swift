import Testing
@testable import ASALicenseKit

/// The queue behind `ParallelCaptureStream`: every job runs once, a ticket is collected once,
/// urgent jobs go first, and a job for one worker runs on that worker.
@Suite struct JobQueueTests {
    /// Per-job records written by the jobs, each job its own elements (read after its ticket):
    /// in fixed storage, since jobs writing elements of one array at once change the array.
    final class Records: @unchecked Sendable {
        let runs: UnsafeMutableBufferPointer<Int>
        let workers: UnsafeMutableBufferPointer<Int>
        init(count: Int) {
            runs = .allocate(capacity: count)
            runs.initialize(repeating: 0)
            workers = .allocate(capacity: count)
            workers.initialize(repeating: -1)
        }
        deinit {
            runs.deallocate()
            workers.deallocate()
        }
    }

    @Test(arguments: [0, 1, 3])
    func everyJobRunsOnceAndItsTicketIsCollectedOnce(_ workers: Int) {
        let queue = JobQueue(workers: workers)
        #expect(queue.workers == workers)
        let records = Records(count: 300)
        let tickets = (0..<300).map { i in
            queue.post { worker in
                records.runs[i] += 1
                records.workers[i] = worker
            }
        }
        #expect(Set(tickets).count == 300)
        for t in tickets.reversed() {
            queue.wait(forAnyOf: [t])
            #expect(queue.takeDone(t))
            #expect(!queue.takeDone(t))
        }
        queue.close()
        #expect(Array(records.runs) == Array(repeating: 1, count: 300))
        #expect(records.workers.allSatisfy { (0...workers).contains($0) })
    }

    /// With no workers the waiting thread runs the jobs, urgent ones first, then in order.
    @Test func theWaitingThreadRunsUrgentJobsFirst() {
        let queue = JobQueue(workers: 0)
        nonisolated(unsafe) var order: [String] = []
        let a = queue.post { _ in order.append("a") }
        let b = queue.post { _ in order.append("b") }
        let c = queue.post(urgent: true) { _ in order.append("c") }
        queue.wait(forAnyOf: [a])
        #expect(order == ["c", "a"])
        queue.wait(forAnyOf: [b, c])  // c is done: no job runs
        #expect(order == ["c", "a"])
        queue.wait(forAnyOf: [b])
        #expect(order == ["c", "a", "b"])
        queue.close()
    }

    /// A job posted to a worker runs on it, and `close` waits for it.
    @Test func aJobForAWorkerRunsOnThatWorker() {
        let queue = JobQueue(workers: 3)
        let records = Records(count: 90)
        for i in 0..<90 {
            queue.post(to: 1 + i % 3) { worker in
                records.runs[i] += 1
                records.workers[i] = worker
            }
        }
        queue.close()
        #expect(Array(records.runs) == Array(repeating: 1, count: 90))
        #expect(Array(records.workers) == (0..<90).map { 1 + $0 % 3 })
    }

    /// Pieces of work of very different lengths, on several threads, give their results in
    /// the order of the work, each once.
    @Test(arguments: [1, 2, 4])
    func resultsComeInTheOrderOfTheWork(_ jobs: Int) {
        let work: [() -> Int] = (0..<60).map { i in
            {
                // Some pieces spin longer than others, so they end out of order.
                var spin = 0
                for k in 0..<(i * 7919 % 23) * 500 { spin &+= k }
                return i + (spin == -1 ? 1 : 0)
            }
        }
        #expect(JobQueue.results(of: work, jobs: jobs) == Array(0..<60))
        #expect(JobQueue.results(of: [() -> Int](), jobs: jobs).isEmpty)
        #expect(JobQueue.results(of: [{ 7 }], jobs: jobs) == [7])
    }
}
