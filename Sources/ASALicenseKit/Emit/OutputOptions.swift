/// What every output format is told.
public struct OutputOptions: Sendable {
    /// Print shared-licensing secrets instead of their redacted fingerprints.
    public var showSecrets: Bool
    /// The input the documents were read from, for those that do not name their own (`source`):
    /// `convert` names each input so. Told to the writer rather than set on each document, which
    /// copied every document (each part retained and released).
    public var source: String?
    /// A capture date that wins over each document's own (`--as-of`).
    public var asOf: CaptureDate?

    public init(showSecrets: Bool = false, source: String? = nil, asOf: CaptureDate? = nil) {
        self.showSecrets = showSecrets
        self.source = source
        self.asOf = asOf
    }
}
