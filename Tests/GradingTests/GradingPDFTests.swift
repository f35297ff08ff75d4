import Foundation
import Testing
import PrintedPages
import Grading

/// `grade --pdf`: every feedback page and the class report also as PDF, the class report linking to each student's.
@Suite struct GradingPDFTests {
    static func pdfText(_ path: String) throws -> String {
        String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    }

    @Test func everyFeedbackPageAndTheClassReportAsPDF() throws {
        let folder = try GradingJobTests.classFolder(roster: "id,name,sis_user_id,sis_login_id,section\ns1,Ann,1,ann,A\n")
        var job = GradingJob(assignment: folder.file("assignment.yaml"), submissions: folder.file("in"), out: folder.file("out"))
        job.pdfPaper = .letter
        let results = try job.run()
        for student in results.map(\.student) {
            let pdf = try Self.pdfText(folder.file("out/feedback/\(student).pdf"))
            #expect(pdf.hasPrefix("%PDF-"))
            #expect(pdf.contains("/MediaBox [ 0 0 612 792 ]"), "Letter, as asked")
            #expect(pdf.contains("(Feedback: Quiz, part 1, \(student))"), "the title in the metadata")
        }
        let report = try Self.pdfText(folder.file("out/class.pdf"))
        for student in results.map(\.student) { #expect(report.contains("/URI (feedback/\(student).pdf)")) }
        #expect(FileManager.default.fileExists(atPath: folder.file("out/class.html")))
    }

    @Test func noPDFUnlessAskedFor() throws {
        let folder = try GradingJobTests.classFolder(roster: "id,name,sis_user_id,sis_login_id,section\ns1,Ann,1,ann,A\n")
        _ = try GradingJob(assignment: folder.file("assignment.yaml"), submissions: folder.file("in"), out: folder.file("out")).run()
        #expect(!FileManager.default.fileExists(atPath: folder.file("out/class.pdf")))
        #expect(!FileManager.default.fileExists(atPath: folder.file("out/feedback/s2.pdf")))
        #expect(FileManager.default.fileExists(atPath: folder.file("out/feedback/s2.html")))
    }
}
