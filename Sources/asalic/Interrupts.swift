import Dispatch
import Foundation

/// On SIGINT or SIGTERM, remove the temporaries of unfinished outputs and exit 130 / 143: an
/// interrupted run leaves the old file or nothing, never half a file.
enum Interrupts {
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    static func install() {
        for (signalNumber, code) in [(SIGINT, Int32(130)), (SIGTERM, Int32(143))] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler {
                AtomicFile.removeAllPending()
                exit(code)
            }
            source.resume()
            sources.append(source)
        }
    }
}
