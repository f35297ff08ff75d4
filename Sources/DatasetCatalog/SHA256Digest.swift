import Crypto

/// SHA-256 digests as lower-case hexadecimal, the form manifests and `sha256sum` use.
public enum SHA256Digest {
    /// The digest of `bytes`.
    public static func hex(of bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { byte in
            let digits = String(byte, radix: 16)
            return digits.count == 1 ? "0" + digits : digits
        }.joined()
    }
}
