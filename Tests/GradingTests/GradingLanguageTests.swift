import Foundation
import TestSupport
import Testing
@testable import Grading

/// The assignment file's `lang:` puts the feedback pages and the class report in that language (pages, PDFs, numbers),
/// while the gradebook files stay English.
@Suite struct GradingLanguageTests {
    static func graded(_ lang: String, pdf: Bool = false) throws -> TemporaryDirectory {
        let folder = try GradingJobTests.classFolder(roster: "id,name,sis_user_id,sis_login_id,section\ns1,Ann,1,ann,A\n")
        let path = folder.file("assignment.yaml")
        try Data((try String(contentsOfFile: path, encoding: .utf8) + "lang: \(lang)\n").utf8).write(to: URL(fileURLWithPath: path))
        var job = GradingJob(assignment: path, submissions: folder.file("in"), out: folder.file("out"),
                             timestamps: folder.file("times.csv"))
        if pdf { job.pdfPaper = .a4 }
        _ = try job.run()
        return folder
    }

    static func text(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    @Test func feedbackAndClassPagesInHindi() throws {
        let folder = try Self.graded("hi", pdf: true)
        let graded = try Self.text(folder.file("out/feedback/s2.html"))
        #expect(graded.contains("<html lang=\"hi\">"))
        #expect(graded.contains("पॉइंट कैसे दिए गए"), "the rubric section's heading")
        #expect(graded.contains("10.00 में से"), "the verdict, its number in the Hindi pattern")
        #expect(!graded.contains("How the points were given"))
        let late = try Self.text(folder.file("out/feedback/s3.html"))
        #expect(late.contains("1 दिन देर से जमा"), "the late penalty")
        let invalid = try Self.text(folder.file("out/feedback/s4.html"))
        #expect(invalid.contains("इन्हें कैसे ठीक करें"), "the advice's heading")
        // The advice for a label that is not a number.
        #expect(invalid.contains("id और लेबल पूर्ण संख्याएँ हैं"))
        let missing = try Self.text(folder.file("out/feedback/s1.html"))
        #expect(missing.contains("कोई जमा नहीं मिला"))
        let report = try Self.text(folder.file("out/class.html"))
        #expect(report.contains("<html lang=\"hi\">") && report.contains("कक्षा रिपोर्ट"))
        #expect(report.contains("सूची के क्रम में ग्रेड"), "the roster table's heading")
        #expect(report.contains("<td>अनुपस्थित</td>"), "a status in words")
        let pdf = String(decoding: try Data(contentsOf: URL(fileURLWithPath: folder.file("out/feedback/s2.pdf"))), as: UTF8.self)
        #expect(pdf.contains("/Lang (hi)"))
        // Machines' files stay English.
        #expect(try Self.text(folder.file("out/grades.csv")).hasPrefix("student,status,"))
        #expect(try Self.text(folder.file("out/grades.csv")).contains("s1,missing,"))
    }

    @Test func arabicPagesRunRightToLeftWithTheirSeparators() throws {
        let folder = try Self.graded("ar")
        let graded = try Self.text(folder.file("out/feedback/s2.html"))
        #expect(graded.contains("<html lang=\"ar\" dir=\"rtl\">"))
        #expect(graded.contains("كيف مُنحت النقاط"))
        let germanFolder = try Self.graded("de")
        let german = try Self.text(germanFolder.file("out/feedback/s2.html"))
        #expect(german.contains("5,00 von 10 Punkten") || german.contains("von 10,00 Punkten"), "German decimals")
    }

    @Test func anUnknownLanguageIsAnErrorAtItsLine() throws {
        let yaml = "title: T\nlabels: key.idx\nrubric:\n  - {name: A, metric: accuracy, points: 10, zero: 0.5, full: 1.0}\nlang: xx\n"
        #expect { try AssignmentFile.parse(yaml, file: "a.yaml") } throws: { error in
            let text = "\(error)"
            return text.contains("a.yaml") && text.contains("5") && text.contains("lang") && text.contains("xx")
        }
        let chinese = try AssignmentFile.parse(yaml.replacingOccurrences(of: "xx", with: "zh-CN"), file: "a.yaml")
        #expect(chinese.language == "zh-Hans", "a regional tag chooses its language's catalogue")
    }

    @Test func englishStaysAsItWas() throws {
        let folder = try GradingJobTests.classFolder(roster: "id,name,sis_user_id,sis_login_id,section\ns1,Ann,1,ann,A\n")
        _ = try GradingJob(assignment: folder.file("assignment.yaml"), submissions: folder.file("in"), out: folder.file("out")).run()
        let graded = try Self.text(folder.file("out/feedback/s2.html"))
        #expect(graded.contains("<html lang=\"en\">") && graded.contains("How the points were given"))
        #expect(graded.contains("0 points at 0.5, 10 at 1, linear between"))
    }
}
