/// What every output format is told.
public struct OutputOptions: Sendable {
    /// Print shared-licensing secrets instead of their redacted fingerprints.
    public var showSecrets: Bool

    public init(showSecrets: Bool = false) {
        self.showSecrets = showSecrets
    }
}
