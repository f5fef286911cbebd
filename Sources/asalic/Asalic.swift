import ArgumentParser
import ASALicenseKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@main
struct Asalic: ParsableCommand {
    // Every command names itself: a name derived from the type's is made by `String(describing:)`
    // each time it is asked, whose first casts scan every protocol conformance of the process
    // (about 10 M instructions, a fifth of starting `asalic lint` on a small file).
    static let configuration = CommandConfiguration(
        commandName: "asalic",
        abstract: "Read Cisco ASA PAK license text; check it, compare it, and convert it to YAML, JSON or canonical CLI.",
        version: "0.1.0",
        subcommands: [Convert.self, Lint.self, Diff.self, Report.self, Rules.self, Schema.self]
    )

    /// Exit codes are the tool's contract: 0 clean, 1 findings, 2 usage or I/O errors.
    /// swift-argument-parser exits 64 on usage errors; asalic maps that to 2.
    static func main() {
        // A closed pipe is a failed write like any other: exit 2 with the reason, not death by
        // SIGPIPE (exit 141).
        signal(SIGPIPE, SIG_IGN)
        #if canImport(Glibc)
        // Threads free what other threads allocated, and glibc hands a thread heap's free top
        // back to the system at once, to fault it in again on the next document: 180,000 page
        // faults and 0.8 s of system time converting 300 MB on two threads. Keep 64 MiB.
        // (mallopt is not in Swift's Glibc module: found by name; M_TRIM_THRESHOLD is -1,
        // M_TOP_PAD -2 in malloc.h.)
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") {
            let mallopt = unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
            _ = mallopt(-1, 64 << 20)
            _ = mallopt(-2, 16 << 20)
        }
        #endif
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            terminate(code.rawValue)
        } catch let e as InputError {
            // A file that cannot be read or written: said plainly, like every other I/O error.
            Output.standardError("asalic: \(e.message)")
            terminate(2)
        } catch let e as WriteError {
            Output.standardError("asalic: \(e.message)")
            terminate(2)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                terminate(0)
            }
            Output.standardError(fullMessage(for: error))
            terminate(2)
        }
    }

    /// Ends the process with a status: the C library's exit, named so that it is not taken for
    /// ParsableCommand's `exit(withError:)`, on Linux and macOS alike.
    private static func terminate(_ status: Int32) -> Never {
        #if canImport(Glibc)
        Glibc.exit(status)
        #else
        Darwin.exit(status)
        #endif
    }
}
