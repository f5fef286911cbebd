import Crypto
import _CryptoExtras
import Foundation

/// How asalic names a shared secret it does not show: 12 hex digits (48 bits) of a keyed or a
/// slow hash, never of a plain one, so a short secret cannot be recovered from its name.
///
/// - With a key (`ASALIC_FINGERPRINT_KEY`, or `--fingerprint-key-file`): HMAC-SHA256 under it,
///   `hmac:…`. Without the key nobody can compute or test a fingerprint; with it, fingerprints
///   compare across runs and machines that share the key.
/// - Without a key: scrypt (N = 2^14, r = 8, p = 1, a fixed salt), `scrypt:…`: anyone can
///   compare two files' fingerprints, and each guess at a secret costs one scrypt (16 MiB and
///   tens of milliseconds of one core; README gives the figure measured), so a 4-to-8-character
///   secret is no longer found in seconds.
///
/// Each distinct secret is hashed once per process (a cache), and only when an output shows its
/// fingerprint (`Secret.fingerprint` is computed on demand): reading and linting never pay for
/// it. A corpus of many distinct secrets pays one scrypt each; a key makes that cost vanish. Fingerprints of the first kind asalic wrote,
/// `sha256:…` (unsalted SHA-256), are still read and still compare with the secret they stand
/// for; they are no longer written.
public enum SecretFingerprint {
    /// What a fingerprint was computed with; its prefix in the redacted form.
    public enum Kind: String, Sendable, CaseIterable {
        case hmac, scrypt
        /// The first kind: unsalted SHA-256, read back but no longer written.
        case sha256
    }

    /// Uses `key` for HMAC fingerprints from now on (nil: scrypt). The command line calls it
    /// before reading any input; without a call, `ASALIC_FINGERPRINT_KEY` is the key.
    public static func useKey(_ key: [UInt8]?) {
        state.withLock {
            $0.use(key.map { SymmetricKey(data: $0) })
            $0.cache.removeAll()
        }
    }

    /// The fingerprint asalic writes for a secret: `hmac:…` with a key, else `scrypt:…`.
    static func of(_ value: String) -> String {
        let keyed = state.withLock { s in
            chooseKey(&s)
            return s.prepared != nil
        }
        return of(value, kind: keyed ? .hmac : .scrypt) ?? ""
    }

    /// The fingerprint of `value` of a given kind, to compare with one read back; nil for an
    /// HMAC one when no key is known.
    static func of(_ value: String, kind: Kind) -> String? {
        let cacheKey = CacheKey(kind: kind, value: value)
        if let hit = state.withLock({ $0.cache[cacheKey] }) { return hit }
        let bytes = Array(value.utf8)
        let digest: [UInt8]
        switch kind {
        case .sha256:
            digest = Array(SHA256.hash(data: bytes))
        case .hmac:
            // Kept like the others (a migration meets one secret in many files); `useKey`
            // empties the cache.
            guard let prepared = currentHMAC() else { return nil }
            let text = hmac(value, prepared: prepared)
            state.withLock { $0.cache[cacheKey] = text }
            return text
        case .scrypt:
            // A fixed salt: fingerprints must compare across files and runs; the cost of each
            // guess is what protects the secret.
            guard let derived = try? KDF.Scrypt.deriveKey(from: bytes, salt: Array("asalic secret fingerprint v2".utf8),
                                                          outputByteCount: 16, rounds: 1 << 14, blockSize: 8, parallelism: 1)
            else { return nil }
            digest = derived.withUnsafeBytes { Array($0) }
        }
        let text = kind.rawValue + ":" + hex(digest.prefix(6))
        state.withLock { $0.cache[cacheKey] = text }
        return text
    }

    /// The HMAC fingerprint of `value` under `key`.
    static func hmac(_ value: String, key: SymmetricKey) -> String {
        hmac(value, prepared: HMAC(key: key))
    }

    /// The HMAC fingerprint of `value` from an HMAC set up with the key ahead: setting one up
    /// cost as much as the rest of fingerprinting a secret.
    static func hmac(_ value: String, prepared: HMAC<SHA256>) -> String {
        var mac = prepared
        mac.update(data: Array(value.utf8))
        // Read in place: the code copied into an array, and its digits into another, cost as
        // much as the hash.
        return mac.finalize().withUnsafeBytes { "hmac:" + hex(UnsafeBufferPointer(rebasing: $0.bindMemory(to: UInt8.self).prefix(6))) }
    }

    /// The kind a fingerprint says it is (`scrypt:0123456789ab`), when it is one asalic writes
    /// or wrote: a known prefix and 12 lower-case hex digits.
    static func kind(of fingerprint: String) -> Kind? {
        let parts = fingerprint.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let kind = Kind(rawValue: String(parts[0])), parts[1].utf8.count == 12,
              parts[1].utf8.allSatisfy({ ByteText.isDigit($0) || ($0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "f")) }) else { return nil }
        return kind
    }

    private static func hex(_ bytes: ArraySlice<UInt8>) -> String {
        bytes.withUnsafeBufferPointer(hex)
    }

    private static func hex(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let digits: StaticString = "0123456789abcdef"
        return String(unsafeUninitializedCapacity: bytes.count * 2) { out in
            for (i, b) in bytes.enumerated() {
                out[2 * i] = digits.utf8Start[Int(b >> 4)]
                out[2 * i + 1] = digits.utf8Start[Int(b & 15)]
            }
            return bytes.count * 2
        }
    }

    /// A secret's value and the kind of its fingerprint, as the cache knows them.
    private struct CacheKey: Hashable {
        let kind: Kind
        let value: String
    }

    private struct State {
        /// An HMAC set up with the key (nil: no key), copied for each secret.
        var prepared: HMAC<SHA256>?
        var keyChosen = false
        var cache: [CacheKey: String] = [:]

        mutating func use(_ key: SymmetricKey?) {
            prepared = key.map { HMAC(key: $0) }
            keyChosen = true
        }
    }

    private static let state = Locked(State())

    private static func currentHMAC() -> HMAC<SHA256>? {
        state.withLock { s in
            chooseKey(&s)
            return s.prepared
        }
    }

    /// Without a call to `useKey`, the key is `ASALIC_FINGERPRINT_KEY`'s, read once.
    private static func chooseKey(_ s: inout State) {
        guard !s.keyChosen else { return }
        let text = ProcessInfo.processInfo.environment["ASALIC_FINGERPRINT_KEY"] ?? ""
        s.use(text.isEmpty ? nil : SymmetricKey(data: Array(text.utf8)))
    }
}

/// A value behind a lock: the fingerprint cache is shared by a batch's worker threads.
final class Locked<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()

    init(_ value: Value) { self.value = value }

    func withLock<T>(_ body: (inout Value) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}
