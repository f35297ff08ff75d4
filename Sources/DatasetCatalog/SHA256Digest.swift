import COpenSSL

/// SHA-256 digests as lower-case hexadecimal, the form manifests and `sha256sum` use, computed by Debian's OpenSSL
/// (libcrypto), which every Debian machine has, rather than a copy of BoringSSL compiled with the package.
public enum SHA256Digest {
    /// The digest of `bytes`.
    public static func hex(of bytes: [UInt8]) -> String {
        var digest = [UInt8](repeating: 0, count: Int(SHA256_DIGEST_LENGTH))
        bytes.withUnsafeBufferPointer { input in
            digest.withUnsafeMutableBufferPointer { output in _ = SHA256(input.baseAddress, input.count, output.baseAddress) }
        }
        return digest.map { byte in
            let digits = String(byte, radix: 16)
            return digits.count == 1 ? "0" + digits : digits
        }.joined()
    }
}
