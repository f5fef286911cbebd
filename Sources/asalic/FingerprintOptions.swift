import ArgumentParser
import ASALicenseKit
import Foundation

/// How secrets are named when they are not shown: `--fingerprint-key-file`, else the
/// `ASALIC_FINGERPRINT_KEY` environment variable, makes them keyed HMACs; with neither, a slow
/// scrypt (see `SecretFingerprint`).
struct FingerprintOptions: ParsableArguments {
    @Option(help: "Name secrets by an HMAC under the key in this file (its bytes, a trailing newline dropped) instead of by scrypt. ASALIC_FINGERPRINT_KEY does the same.")
    var fingerprintKeyFile: String?

    /// Sets the key before any input is read.
    func apply() throws {
        guard let path = fingerprintKeyFile else { return }
        guard var key = InputFiles.readIfPresent(path) else {
            throw InputError(message: "cannot read the fingerprint key file '\(path)'")
        }
        while key.last == 0x0A || key.last == 0x0D { key.removeLast() }
        guard !key.isEmpty else { throw InputError(message: "the fingerprint key file '\(path)' is empty") }
        SecretFingerprint.useKey(key)
    }
}
