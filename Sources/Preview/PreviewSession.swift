import FileIO
import Foundation
import LiterateReport
import NumberFormats

/// A report kept rendered while its author edits it: renders on a thread of its own whenever the source or a file it
/// reads changes, keeps the last page that rendered, and says where it stands (``PreviewStatus``).
///
/// Renders use the report's cache, so after an edit only the cells whose keys changed are computed. A change during a
/// render stops it before its next cell and renders again. A source that does not parse leaves the last good page up
/// and lists its errors; a failing cell is shown in its place in the new page, as `digitbook render` shows it.
public final class PreviewSession: @unchecked Sendable {
    /// Makes the render settings for a parsed source (the dataset it names, the cache, the threads).
    public typealias Prepare = @Sendable (ReportDocument) throws -> ReportRenderer.Settings

    public let source: String
    let overrides: [String: String]
    let prepare: Prepare
    /// Told one line per render for the terminal: its summary, or its errors.
    let log: @Sendable (String) -> Void
    /// How often the watched files are looked at.
    let pollInterval: Double

    private let lock = NSLock()
    private var state = PreviewStatus()
    private var lastPage: String?
    private var watched: [String]
    private var stopped = false

    public init(source: String, overrides: [String: String] = [:], pollInterval: Double = 0.25,
                log: @escaping @Sendable (String) -> Void = { _ in }, prepare: @escaping Prepare) {
        self.source = source
        self.overrides = overrides
        self.prepare = prepare
        self.log = log
        self.pollInterval = pollInterval
        watched = [source]
    }

    /// Where the preview stands now.
    public var status: PreviewStatus { lock.withLock { state } }

    /// The last page that rendered (failed cells shown in place), or nil before the first.
    public var page: String? { lock.withLock { lastPage } }

    /// The source and every file the last render read.
    var watchedFiles: [String] { lock.withLock { watched } }

    /// Starts watching and rendering on a thread of its own; the first render starts at once.
    public func start() {
        let thread = Thread { [self] in watch() }
        thread.name = "digitbook preview"
        thread.stackSize = 16 << 20
        thread.start()
    }

    /// Stops watching; a render under way stops before its next cell.
    public func stop() { lock.withLock { stopped = true } }

    private var isStopped: Bool { lock.withLock { stopped } }

    /// Renders, then renders again whenever what it watches changes (once the change has settled), until stopped.
    private func watch() {
        var seen = FileSnapshot(watchedFiles)
        var started = Date().timeIntervalSince1970
        renderOnce(startedFrom: seen)
        while !isStopped {
            seen = seen.covering(watchedFiles, since: started)
            Thread.sleep(forTimeInterval: pollInterval)
            var now = FileSnapshot(watchedFiles)
            guard now != seen else { continue }
            // An editor saving may write in steps: wait until two looks agree.
            repeat {
                seen = now
                Thread.sleep(forTimeInterval: min(pollInterval, 0.1))
                now = FileSnapshot(watchedFiles)
            } while now != seen && !isStopped
            started = Date().timeIntervalSince1970
            if !isStopped { renderOnce(startedFrom: seen) }
        }
    }

    /// Parses and renders the source once and records the outcome; `startedFrom` is what the watched files looked
    /// like before, so that a change meanwhile stops the render.
    func renderOnce(startedFrom snapshot: FileSnapshot? = nil) {
        let started = Date()
        lock.withLock {
            state.rendering = true
            state.progress = "reading the source"
        }
        let before = snapshot ?? FileSnapshot(watchedFiles)
        do {
            let document = try ReportDocument(contentsOf: source, overrides: overrides)
            var settings = try prepare(document)
            let watchedNow = watchedFiles
            settings.shouldContinue = { [self] in !isStopped && FileSnapshot(watchedNow) == before }
            var progress = PreviewProgress()
            let sourceDirectory = (source as NSString).deletingLastPathComponent
            let rendered = try ReportRenderer(settings: settings).render(
                document, sourceDirectory: sourceDirectory.isEmpty ? "." : sourceDirectory) { [self] event in
                progress.handle(event)
                let line = progress.line
                lock.withLock { state.progress = line }
            }
            // A save while the last step ran (the prose, say) makes this page stale: render again instead of showing it.
            guard settings.shouldContinue() else { throw RenderInterrupted(cellsDone: rendered.records.count) }
            finish(rendered, seconds: Date().timeIntervalSince(started))
        } catch let interrupted as RenderInterrupted {
            lock.withLock {
                state.rendering = false
                state.progress = "a file changed after \(interrupted.cellsDone) cells; rendering again"
            }
        } catch {
            let errors = Self.errorLines(error)
            lock.withLock {
                state.rendering = false
                state.progress = ""
                state.errors = errors
                state.warnings = []
                state.summary = lastPage == nil ? "the source has errors; no page has rendered yet"
                    : "the source has errors; the page shown is the last one that rendered"
            }
            for line in errors { log("error: \(line)") }
        }
    }

    /// Records a finished render: its page becomes the current one, and its errors and warnings are listed.
    private func finish(_ rendered: ReportRenderer.Rendered, seconds: Double) {
        let cached = rendered.records.filter(\.cached).count, failed = rendered.failures.count
        let computed = rendered.records.count - cached - failed
        let summary = "\(ValueFormat.counted(rendered.records.count, "cell")): \(cached) from the cache, \(computed) "
            + "computed, \(failed) failed in " + String(format: "%.2f s", seconds)
        let errors = rendered.failures.map { "\($0.error.description)" } + rendered.errors.map(\.description)
        lock.withLock {
            lastPage = rendered.html
            watched = [source] + rendered.filesRead.filter { $0 != source }
            state.generation += 1
            state.rendering = false
            state.progress = ""
            state.errors = errors
            state.warnings = rendered.datasetWarnings + rendered.warnings
            state.summary = summary
        }
        log("rendered \(summary)")
        for line in errors { log("error: \(line)") }
    }

    /// An error's lines, each naming the file and line where it can.
    static func errorLines(_ error: any Error) -> [String] {
        if let error = error as? ReportError { return error.all.map(\.description) }
        return [String(describing: error)]
    }
}
