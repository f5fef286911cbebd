import Crypto
import Foundation
import Testing
@testable import ASALicenseKit

/// Secrets are named by a slow or a keyed hash, never a plain one; fingerprints of the first,
/// plain kind still compare. No test here sets the process-wide key: suites run in parallel,
/// and the goldens are written with none.
@Suite struct SecretFingerprintTests {
    @Test func withoutAKeyASecretIsNamedByScrypt() {
        let s = Secret("farscape")
        #expect(s.fingerprint.hasPrefix("scrypt:") && s.fingerprint.count == "scrypt:".count + 12)
        #expect(Secret("farscape").fingerprint == s.fingerprint, "the same secret, the same name")
        #expect(Secret("farscapf").fingerprint != s.fingerprint)
        // Not the plain hash of before: nothing recovers the secret from a SHA-256 table.
        #expect(!s.fingerprint.contains(SecretFingerprint.of("farscape", kind: .sha256)!.dropFirst("sha256:".count)))
    }

    @Test func withAKeyASecretIsNamedByAnHMACUnderIt() {
        let one = SecretFingerprint.hmac("farscape", key: SymmetricKey(data: Array("site key one".utf8)))
        #expect(one.hasPrefix("hmac:") && one.count == "hmac:".count + 12)
        #expect(SecretFingerprint.hmac("farscape", key: SymmetricKey(data: Array("site key one".utf8))) == one)
        #expect(SecretFingerprint.hmac("farscape", key: SymmetricKey(data: Array("site key two".utf8))) != one, "another key, another name")
    }

    @Test func fingerprintsAreTheFirstTwelveHexDigitsOfTheirHash() {
        // Python: hmac.new(b"site key one", b"farscape", hashlib.sha256).hexdigest()[:12], and
        // hashlib.sha256(b"farscape").hexdigest()[:12].
        #expect(SecretFingerprint.hmac("farscape", key: SymmetricKey(data: Array("site key one".utf8))) == "hmac:583784be6d25")
        #expect(SecretFingerprint.of("farscape", kind: .sha256) == "sha256:f9df0da4d639")
    }

    @Test func aFingerprintOfTheFirstKindStillComparesWithItsSecret() {
        // What asalic wrote before: the first 12 hex digits of SHA-256 of the secret.
        let old = Secret.parse("<redacted:sha256:\(SecretFingerprint.of("farscape", kind: .sha256)!.dropFirst("sha256:".count))>")
        #expect(old.value == nil)
        #expect(old == Secret("farscape"))
        #expect(old != Secret("moya"))
        // And in a configuration read back from an old YAML file.
        let yaml = "---\nkind: license-config\ncommands:\n- command: secret\n  secret: <redacted:sha256:f9df0da4d639>\nother_lines: 0\n"
        let (docs, diagnostics) = InputReader.read(yaml)
        #expect(diagnostics.isEmpty)
        guard case .configuration(let c)? = docs.first?.content, case .secret(let s)? = c.commands.first?.kind else {
            Issue.record("no secret read")
            return
        }
        #expect(s.fingerprint == "sha256:f9df0da4d639")
    }

    @Test func aRedactedFormOfNoKnownKindIsTheSecretAsWritten() {
        #expect(Secret.parse("<redacted:md5:0123>").value == "<redacted:md5:0123>")
    }
}
