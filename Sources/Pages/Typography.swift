/// The look every Digitbook page shares (reports, the web server's pages): one column of readable text, the same
/// fonts, colours, headings, links, tables and figures, and a narrower layout on a phone.
public enum Typography {
    /// The shared rules, as CSS; each kind of page adds its own after them.
    public static let stylesheet = """
        :root{color-scheme:light;--ink:#1f2328;--muted:#59636e;--rule:#d1d9e0;--accent:#0b5cad}
        *{box-sizing:border-box}
        body{margin:0 auto;max-width:46rem;padding:2rem 1.25rem 4rem;color:var(--ink);background:#fff;
        font:17px/1.6 "DejaVu Sans",system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
        h1,h2,h3{line-height:1.25;margin:2rem 0 .75rem}
        a{color:var(--accent)}
        table{border-collapse:collapse;margin:1rem 0;font-variant-numeric:tabular-nums}
        .table-scroll{overflow-x:auto;margin:1rem 0;width:max-content;min-width:100%;max-width:calc(100vw - 2.5rem);
        position:relative;left:50%;transform:translateX(-50%);background:linear-gradient(to right,#fff 30%,#fff0),
        linear-gradient(to left,#fff 30%,#fff0) 100% 0,radial-gradient(farthest-side at 0 50%,#0005,#0000),
        radial-gradient(farthest-side at 100% 50%,#0005,#0000) 100% 0;background-repeat:no-repeat;
        background-size:2.5rem 100%,2.5rem 100%,.9rem 100%,.9rem 100%;background-attachment:local,local,scroll,scroll}
        .table-scroll>table{margin:0}.table-scroll:focus-visible{outline:2px solid var(--accent);outline-offset:2px}
        th,td{border-bottom:1px solid var(--rule);padding:.3rem .55rem;text-align:left}
        pre,code{font-family:"DejaVu Sans Mono",ui-monospace,monospace;font-size:.9em}
        pre{background:#f6f8fa;padding:.75rem 1rem;border-radius:6px;overflow-x:auto}
        div.math{overflow-x:auto;margin:1rem 0;padding:.25rem 0}math{font-size:1.05em}math[display=block]{font-size:1.15em}
        figure{margin:1.75rem 0}figure img,figure svg{display:block;max-width:100%;height:auto}
        figcaption{color:var(--muted);font-size:.9rem;margin:.4rem 0}
        header .kicker{margin:0;color:var(--muted);text-transform:uppercase;letter-spacing:.08em;font-size:.8rem}
        h1.title{margin:.25rem 0;font-size:2rem}.byline{color:var(--muted);margin:.25rem 0}header{margin-bottom:1.5rem}
        .callout{margin:1rem 0;padding:.5rem 1rem;border-left:4px solid var(--rule)}.callout>*{margin:.4rem 0}
        .callout.note{border:0;padding:0;color:var(--muted);font-size:.9rem}
        .callout.warning,.callout.review{border-color:#b26a00;background:#fff8eb}
        .callout.failure,.callout.refusal{border-color:#b3261e;background:#fdf0ef}
        .callout.failure pre{background:none;padding:0;white-space:pre-wrap}
        .callout.verdict{border-color:var(--accent);background:#f3f7fc;font-size:1.25rem}.callout.verdict strong{font-size:2rem}
        .callout.refusal{font-size:1.25rem}.callout.absence{background:#f6f8fa;font-size:1.25rem}
        li code{word-break:break-word}td.num,th.num{text-align:right}td.center,th.center{text-align:center}td.num{white-space:nowrap}
        @media (max-width:40rem){body{font-size:16px;padding:1rem .75rem 3rem}th,td{padding:.25rem .4rem}}
        @media print{.table-scroll{overflow:visible;background:none}table{font-size:8.5pt}th,td{padding:.1rem .3rem}
        pre{white-space:pre-wrap}}
        """
}
