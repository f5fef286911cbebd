import ArgumentParser
import ASALicenseKit

/// `--as-of DATE`: the day the capture was taken, for `convert`, `lint` and `diff` alike. It
/// wins over a `show clock` output in the capture; with neither, time-based licenses have days
/// left but no expiry date.
struct AsOfOption: ParsableArguments {
    @Option(help: "The capture date (YYYY-MM-DD): time-based licenses get an expiry date. Without it, a 'show clock' output in the capture dates the documents after it.")
    var asOf: String?

    func validate() throws {
        if let asOf, CivilDate(asOf) == nil { throw ValidationError("--as-of takes a date as YYYY-MM-DD, not '\(asOf)'") }
    }

    var date: CivilDate? { asOf.flatMap(CivilDate.init) }

    /// The capture date the option gives, when it is given.
    var captureDate: CaptureDate? { date.map { CaptureDate(date: $0, source: .option) } }

    /// The document dated by the option, when it is given.
    func dating(_ doc: Document) -> Document {
        guard let captureDate else { return doc }
        var doc = doc
        doc.asOf = captureDate
        return doc
    }
}
