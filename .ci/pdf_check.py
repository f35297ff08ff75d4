#!/usr/bin/env python3
"""Checks a report's PDF against its HTML page (both from one `digitbook render --to html,pdf`).

    python3 .ci/pdf_check.py PAGE.html PAGE.pdf [--pages N]

The PDF must have the page's title in its metadata and its language in the catalogue, an outline entry for every
heading (h2 to h4) and every entry of the page's contents, every figure and table caption, the last column's header
and last cell of every table, and "page 1 of N" in its text layer (pdftotext), and N pages (pdfinfo). Exits 1 naming
what is missing.
"""
import html.parser, re, subprocess, sys


class Page(html.parser.HTMLParser):
    """The page's title, contents entries, captions, and each table's last header cell and last body cell."""

    def __init__(self):
        super().__init__()
        self.title, self.contents, self.headings, self.captions, self.tables = "", [], [], [], []
        self.stack, self.text, self.row, self.rows, self.header = [], "", [], [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.stack.append((tag, attrs.get("class", "") or ""))
        if tag in ("title", "figcaption", "td", "th", "h2", "h3", "h4") or (tag == "a" and any(t == "nav" for t, _ in self.stack[:-1])):
            self.text = ""
        if tag == "table":
            self.rows, self.header = [], []
        if tag == "tr":
            self.row = []

    def handle_endtag(self, tag):
        inside = [t for t, _ in self.stack]
        while self.stack and self.stack[-1][0] != tag:
            self.stack.pop()
        if self.stack:
            self.stack.pop()
        text = " ".join(self.text.split())
        if tag == "title":
            self.title = text
        elif tag in ("h2", "h3", "h4") and "nav" not in inside:
            self.headings.append(text)
        elif tag == "figcaption":
            self.captions.append(text)
        elif tag == "a" and "nav" in inside:
            self.contents.append(text)
            self.text = ""
        elif tag in ("td", "th"):
            self.row.append(text)
        elif tag == "tr":
            (self.header if not self.header and not self.rows and "thead" in inside else self.rows).append(self.row)
        elif tag == "table":
            last_header = self.header[-1][-1] if self.header and self.header[-1] else None
            last_cell = self.rows[-1][-1] if self.rows and self.rows[-1] else None
            self.tables.append((last_header, last_cell))

    def handle_data(self, data):
        self.text += data


def squeezed(text):
    return re.sub(r"[\s\u00ad-]+", "", text)


def present(value, flat, raw):
    """Whether `value` is in the text layer: whole (spaces aside), or, for a cell that wrapped beside others, each of
    its words in order within a few lines of its first."""
    if squeezed(value) in flat:
        return True
    words = value.split()
    for start in (m.start() for m in re.finditer(re.escape(words[0]), raw)):
        window, position = raw[start:start + 40 * len(words) + 80], 0
        for word in words:
            position = window.find(word, position)
            if position < 0:
                break
            position += len(word)
        else:
            return True
    return False


def main():
    html_path, pdf_path = sys.argv[1], sys.argv[2]
    page = Page()
    page.feed(open(html_path, encoding="utf-8").read())
    info = subprocess.run(["pdfinfo", pdf_path], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    text = subprocess.run(["pdftotext", "-layout", pdf_path, "-"], capture_output=True, text=True, check=True).stdout
    reading = subprocess.run(["pdftotext", pdf_path, "-"], capture_output=True, text=True, check=True).stdout
    raw = open(pdf_path, "rb").read().decode("latin-1")
    outline = re.findall(r"/Title \(((?:\\.|[^\\)])*)\)", raw)
    flat = squeezed(text)
    missing = []
    title = re.search(r"^Title:\s+(.*)$", info, re.M)
    if not title or title.group(1).strip() != page.title:
        missing.append(f"the title {page.title!r} in the metadata (got {title.group(1) if title else None!r})")
    if not re.search(r"/Lang \([A-Za-z0-9-]+\)", raw):
        missing.append("the language (/Lang) in the catalogue")
    for entry in page.contents + page.headings:
        if entry not in outline:
            missing.append(f"the outline entry {entry!r}")
    for caption in page.captions:
        if not present(caption, flat, reading):
            missing.append(f"the caption {caption!r}")
    for header, cell in page.tables:
        for what, value in (("last column's header", header), ("last cell", cell)):
            if value and not present(value, flat, reading):
                missing.append(f"a table's {what} {value!r}")
    if f"page 1 of {pages}" not in text:
        missing.append(f"the footer 'page 1 of {pages}'")
    if "--pages" in sys.argv and pages != int(sys.argv[sys.argv.index("--pages") + 1]):
        missing.append(f"{sys.argv[sys.argv.index('--pages') + 1]} pages (it has {pages})")
    if missing:
        print(f"pdf_check: {pdf_path} lacks " + "; ".join(missing))
        sys.exit(1)
    print(f"pdf_check: {pdf_path}: {pages} pages, {len(outline)} outline entries, {len(page.captions)} captions, "
          f"{len(page.tables)} tables' last columns, title and language: all there")


main()
