"""End-to-end test of `digitbook serve` in a real headless Chromium, through chromium-driver (Debian's packages).

Starts the server on a free loopback port, uploads an image through the page's form and reads the digit the page shows
(with its probability chart drawn inline as SVG), uploads two images and finds the table and its CSV download, uploads
a good and a blank image together (one reading, the blank file's row saying why), draws a
digit on the canvas with pointer events and reads the live prediction, reads Reports/images/zip-code.jpg in the
"whole number" mode, then does the upload again with JavaScript
switched off (the plain form and the server's result page). Fails on any Content-Security-Policy report in the
browser's console, and unless SIGTERM stops the server cleanly. Saves screenshots at laptop and phone widths into
OUT_DIR. Exits non-zero on any failure.

Usage: python3 .ci/browser_test.py DIGITBOOK RUN_DIR IMAGE EXPECTED_DIGIT OUT_DIR   (needs selenium from PyPI)
"""
import socket
import struct
import subprocess
import sys
import time
import urllib.request
import zlib
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

digitbook, run, image, expected, out = sys.argv[1:6]
Path(out).mkdir(parents=True, exist_ok=True)


def write_blank_png(path, side=64, grey=245):
    """A grey PNG with nothing on it: a file the server must refuse on its own, without discarding the others."""
    rows = b"".join(b"\x00" + bytes([grey]) * side for _ in range(side))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", side, side, 8, 0, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


blank = Path(out).resolve() / "blank.png"
write_blank_png(blank)
with socket.socket() as probe:
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
base = f"http://127.0.0.1:{port}"
server = subprocess.Popen([digitbook, "serve", "--run", run, "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
try:
    for _ in range(100):
        try:
            if urllib.request.urlopen(base + "/healthz", timeout=1).read() == b"ok\n":
                break
        except OSError:
            time.sleep(0.1)
    else:
        sys.exit("the server did not start")

    def chromium(script=True):
        options = webdriver.ChromeOptions()
        options.binary_location = "/usr/bin/chromium"
        for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1100,1400"]:
            options.add_argument(argument)
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        if not script:
            options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
        return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)

    def no_policy_reports(browser):
        reports = [entry["message"] for entry in browser.get_log("browser") if "Content Security Policy" in entry["message"]]
        if reports:
            sys.exit("the page broke its own Content-Security-Policy:\n" + "\n".join(reports))

    browser = chromium()
    wait = WebDriverWait(browser, 20)
    try:
        browser.get(base + "/")
        browser.save_screenshot(f"{out}/page-laptop.png")
        browser.find_element(By.ID, "photo").send_keys(str(Path(image).resolve()))
        browser.find_element(By.CSS_SELECTOR, "#upload button[type=submit]").click()
        digit = wait.until(expected_conditions.visibility_of_element_located((By.CSS_SELECTOR, "#results .digit"))).text
        browser.save_screenshot(f"{out}/upload-result.png")
        if digit != expected:
            sys.exit(f"the page read the upload as {digit!r}, expected {expected!r}")
        print(f"browser: the uploaded image reads {digit}")
        chart = browser.find_element(By.CSS_SELECTOR, "#results figure.chart svg")
        if not chart.get_attribute("aria-label") or chart.size["width"] < 200:
            sys.exit(f"the probability chart is not drawn inline with a name: {chart.size}")
        if not browser.find_element(By.CSS_SELECTOR, "#results img.input").get_attribute("src").startswith("data:image/png"):
            sys.exit("the preprocessed input is not shown")

        browser.find_element(By.ID, "photo").clear()
        browser.find_element(By.ID, "photo").send_keys(str(Path(image).resolve()) + "\n" + str(Path(image).resolve()))
        browser.find_element(By.CSS_SELECTOR, "#upload button[type=submit]").click()
        wait.until(lambda _: len(browser.find_elements(By.CSS_SELECTOR, "#results article.reading")) == 2)
        rows = browser.find_elements(By.CSS_SELECTOR, "#results table tbody tr")
        link = browser.find_element(By.CSS_SELECTOR, "#results a[download]")
        if len(rows) != 2 or not link.get_attribute("href").startswith("blob:"):
            sys.exit(f"two uploads gave {len(rows)} table rows and no CSV link")
        print("browser: two uploads give a table of 2 rows and a CSV download")

        # A good file and a blank one together: the good one is read, the blank one's row says why it was not.
        browser.find_element(By.ID, "photo").clear()
        browser.find_element(By.ID, "photo").send_keys(str(Path(image).resolve()) + "\n" + str(blank))
        browser.find_element(By.CSS_SELECTOR, "#upload button[type=submit]").click()
        wait.until(lambda _: browser.find_elements(By.CSS_SELECTOR, "#results tr.failed"))
        failed = browser.find_element(By.CSS_SELECTOR, "#results tr.failed").text
        read = browser.find_elements(By.CSS_SELECTOR, "#results article.reading:not(.failed) .digit")
        browser.save_screenshot(f"{out}/mixed-result.png")
        if "blank.png" not in failed or "no digit found" not in failed or [r.text for r in read] != [expected]:
            sys.exit(f"a good and a blank file gave the failed row {failed!r} and readings {[r.text for r in read]}")
        print("browser: a good and a blank file together: one reading, and the blank file's row says why")

        # Whole-number mode: the ZIP code photo comes back as five digits with the boxes drawn on it.
        zip_code = Path(__file__).resolve().parent.parent / "Reports/images/zip-code.jpg"
        browser.find_element(By.ID, "mode").click()
        browser.find_element(By.ID, "photo").clear()
        browser.find_element(By.ID, "photo").send_keys(str(zip_code))
        browser.find_element(By.CSS_SELECTOR, "#upload button[type=submit]").click()
        wait.until(lambda _: browser.find_elements(By.CSS_SELECTOR, "#results figure.chart svg"))
        number = browser.find_element(By.CSS_SELECTOR, "#results .digit").text
        browser.save_screenshot(f"{out}/number-result.png")
        if len(number) != 5 or not number.isdigit():
            sys.exit(f"the whole-number mode read the ZIP code photo as {number!r}, expected five digits")
        browser.find_element(By.ID, "mode").click()
        print(f"browser: the whole-number mode reads the ZIP code photo as {number}, with its boxes")

        # A vertical stroke down the middle of the canvas: a 1.
        browser.find_element(By.ID, "clear").click()
        canvas = browser.find_element(By.ID, "canvas")
        ActionChains(browser).move_to_element_with_offset(canvas, 0, -90).click_and_hold() \
            .move_by_offset(0, 60).move_by_offset(0, 60).move_by_offset(0, 60).release().perform()
        drawn = wait.until(expected_conditions.visibility_of_element_located((By.CSS_SELECTOR, "#results .digit"))).text
        browser.save_screenshot(f"{out}/drawing-result.png")
        if drawn != "1":
            sys.exit(f"the page read the drawn stroke as {drawn!r}, expected '1'")
        print("browser: the drawn stroke reads 1")

        browser.set_window_size(390, 844)
        browser.save_screenshot(f"{out}/drawing-result-phone.png")
        browser.get(base + "/")
        browser.save_screenshot(f"{out}/page-phone.png")
        no_policy_reports(browser)
    finally:
        browser.quit()

    # Without JavaScript: the form posts to /predict and the server answers with a whole result page.
    browser = chromium(script=False)
    try:
        browser.get(base + "/")
        if browser.find_element(By.ID, "canvas").is_displayed():
            sys.exit("without JavaScript the drawing area should stay hidden")
        browser.find_element(By.ID, "photo").send_keys(str(Path(image).resolve()))
        browser.find_element(By.CSS_SELECTOR, "#upload button[type=submit]").click()
        digit = WebDriverWait(browser, 20).until(
            expected_conditions.visibility_of_element_located((By.CSS_SELECTOR, "main .digit"))).text
        browser.save_screenshot(f"{out}/form-result-laptop.png")
        if not browser.current_url.endswith("/predict") or digit != expected:
            sys.exit(f"without JavaScript the form gave {digit!r} at {browser.current_url}, expected {expected!r}")
        browser.find_element(By.CSS_SELECTOR, "figure.chart svg")
        no_policy_reports(browser)
        print(f"browser: without JavaScript the form's result page reads {digit}")

        browser.get(base + "/")
        browser.find_element(By.ID, "photo").send_keys(str(Path(image).resolve()) + "\n" + str(blank))
        browser.find_element(By.CSS_SELECTOR, "#upload button[type=submit]").click()
        failed = WebDriverWait(browser, 20).until(
            expected_conditions.visibility_of_element_located((By.CSS_SELECTOR, "main tr.failed"))).text
        if "no digit found" not in failed or browser.find_element(By.CSS_SELECTOR, "main .digit").text != expected:
            sys.exit(f"without JavaScript a good and a blank file gave the failed row {failed!r}")
        print("browser: without JavaScript a good and a blank file give one reading and the blank file's reason")
    finally:
        browser.quit()
finally:
    server.terminate()
    code = server.wait(timeout=10)
if code != 0:
    sys.exit(f"SIGTERM: the server exited with {code}")
print("browser: SIGTERM stopped the server cleanly")
