"""End-to-end test of `digitbook preview` in a real headless Chromium (Debian's chromium and chromium-driver).

Writes a small report (two summary cells and a value in the prose: no dataset needed) into OUT_DIR, starts the preview
on a free loopback port and opens it. Then edits the source the way an author does and watches the page follow:
an edit to the prose reloads the report with both cells from the cache; an unknown option lists its error with the
line while the last good page stays up; a cell that fails shows its error in its place; fixing the source brings the
page back. Fails on any Content-Security-Policy report, and unless SIGTERM stops the preview. Saves a screenshot of
each state into OUT_DIR. Exits non-zero on any failure.

Usage: python3 .ci/preview_check.py DIGITBOOK OUT_DIR   (needs selenium from PyPI)
"""
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

digitbook, out = sys.argv[1:3]
folder = Path(out).resolve()
folder.mkdir(parents=True, exist_ok=True)
source = folder / "notes.md"
TEMPLATE = """---
title: A preview check
---
# Two architectures

```digitbook summary
id: cnn
model: seed-cnn
```

```digitbook summary
id: small
{option}
```

{prose} The seed CNN has ${{cnn.parameters:,d}} parameters; the small one ${{small.parameters:,d}}.
"""
OPTION_LINE = 13


def write(option="model: mlp", prose="Two models."):
    source.write_text(TEMPLATE.format(option=option, prose=prose))


write()
with socket.socket() as probe:
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
base = f"http://127.0.0.1:{port}"
log = open(folder / "preview.log", "w")
preview = subprocess.Popen([digitbook, "preview", str(source), "--port", str(port), "--cache", str(folder / "cache")],
                           stdout=log, stderr=subprocess.STDOUT)
failed = True
try:
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/status", timeout=1).read()
            break
        except OSError:
            time.sleep(0.1)
    else:
        sys.exit("the preview did not start")
    # A page elsewhere that points a name of its own at 127.0.0.1 (DNS rebinding) is refused.
    try:
        urllib.request.urlopen(urllib.request.Request(base + "/status", headers={"Host": f"attacker.example:{port}"}), timeout=5)
        sys.exit("preview: a request for another host name was answered")
    except urllib.error.HTTPError as error:
        if error.code != 421:
            sys.exit(f"preview: a request for another host name got {error.code}, expected 421")
    print("preview: a request for another host name is refused (421)")

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1100,900"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    browser = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    wait = WebDriverWait(browser, 30, poll_frequency=0.1)

    def report_text():
        browser.switch_to.frame(browser.find_element(By.ID, "report"))
        try:
            return browser.find_element(By.TAG_NAME, "body").text
        finally:
            browser.switch_to.default_content()

    def state():
        return browser.find_element(By.ID, "state").text

    def expect(what, condition):
        try:
            wait.until(lambda _: condition())
        except Exception:
            browser.save_screenshot(str(folder / "failed.png"))
            sys.exit(f"preview: {what} did not happen; the bar says {state()!r}; the report reads {report_text()[:400]!r}")
        print(f"preview: {what}")

    try:
        browser.get(base + "/")
        expect("the first render shows both parameter counts",
               lambda: re.search(r"Two models\. The seed CNN has [\d,]+ parameters; the small one [\d,]+", report_text()))
        browser.save_screenshot(str(folder / "1-first.png"))

        write(prose="Edited prose.")
        expect("an edit to the prose reloads the page, both cells from the cache",
               lambda: "Edited prose." in report_text() and "2 from the cache, 0 computed" in state())

        write(option="modle: mlp", prose="Edited prose.")
        expect("an unknown option is listed with its line above the last good page",
               lambda: browser.find_element(By.ID, "problems").is_displayed()
               and f"notes.md:{OPTION_LINE}: unknown option \"modle\"" in browser.find_element(By.ID, "errors").text)
        if "Edited prose." not in report_text():
            sys.exit("preview: the last good page did not stay up under the error")
        browser.save_screenshot(str(folder / "2-syntax-error.png"))

        write(option="model: nosuch", prose="Edited prose.")
        expect("a failing cell shows its error in its place, the other cell still shown",
               lambda: "nosuch" in report_text() and "The layers of seed-cnn" in report_text()
               and "nosuch" in browser.find_element(By.ID, "errors").text)
        browser.save_screenshot(str(folder / "3-failed-cell.png"))

        write(option="model: mlp", prose="Fixed again.")
        expect("fixing the source brings the page back, with no error listed",
               lambda: "Fixed again." in report_text() and not browser.find_element(By.ID, "problems").is_displayed()
               and state().startswith("Up to date"))
        browser.save_screenshot(str(folder / "4-recovered.png"))

        reports = [entry["message"] for entry in browser.get_log("browser") if "Content Security Policy" in entry["message"]]
        if reports:
            sys.exit("the preview broke its own Content-Security-Policy:\n" + "\n".join(reports))
    finally:
        browser.quit()
    failed = False
finally:
    preview.terminate()
    try:
        code = preview.wait(timeout=15)
    except subprocess.TimeoutExpired:
        preview.kill()
        sys.exit("preview: SIGTERM did not stop the preview within 15 s")
    if not failed and code != 0:
        sys.exit(f"preview: it exited with {code} after SIGTERM (log in {folder / 'preview.log'})")
print("preview: stopped cleanly")
