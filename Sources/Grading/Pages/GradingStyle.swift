/// The rules the feedback and class pages add to the shared typography.
enum GradingStyle {
    static let css = """
        header h1{margin:.25rem 0 .25rem;font-size:1.8rem}
        .kicker{margin:0;color:var(--muted);text-transform:uppercase;letter-spacing:.08em;font-size:.8rem}
        .byline{color:var(--muted);margin:0 0 1.5rem}
        .verdict{font-size:1.25rem;border-left:4px solid var(--accent);padding:.5rem 1rem;background:#f3f7fc}
        .verdict strong{font-size:2rem}
        .verdict.invalid{border-color:#b3261e;background:#fdf0ef}
        .verdict.missing{border-color:var(--muted);background:#f6f8fa}
        .note{color:var(--muted);font-size:.9rem}
        ol.problems li{font-family:"DejaVu Sans Mono",ui-monospace,monospace;font-size:.9rem;word-break:break-word}
        ul.rules li{margin:.35rem 0}
        td.num,th.num{text-align:right}td.num{white-space:nowrap}
        @media (max-width:40rem){table{font-size:.8rem}th,td{padding:.25rem .3rem}}
        .review{border-left:4px solid #b26a00;background:#fff8eb;padding:.5rem 1rem}
        """
}
