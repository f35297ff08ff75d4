/// The server's request handling as a fuzzer drives it: a body and its Content-Type through the upload parsing
/// (multipart or raw) and the per-request budget, exactly as a POST to `/api/predict` reaches them before decoding.
public enum RequestFuzzing {
    /// `bytes` is a Content-Type line, a line feed, then the body (a fuzzer mutates both); the result is discarded.
    public static func consume(_ bytes: [UInt8]) {
        let split = bytes.firstIndex(of: 10) ?? bytes.count
        let type = String(decoding: bytes[..<split], as: UTF8.self)
        let body = Array(bytes[min(split + 1, bytes.count)...])
        // Small limits, so that inputs of a few kilobytes reach every refusal.
        var budget = UploadBudget()
        budget.maximumParts = 8
        budget.maximumImages = 4
        budget.maximumTotalPixels = 1_000_000
        guard let form = try? Upload.files(contentType: type, body: body, budget: budget) else { return }
        _ = try? budget.check(form.uploads, perImage: 500_000)
    }
}
