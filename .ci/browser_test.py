"""End-to-end test of `digitbook serve` in a real headless Chromium, through chromium-driver (Debian's packages).

Starts the server on a free loopback port, uploads an image through the page's form and reads the digit the page shows
(with its probability chart drawn inline as SVG), uploads two images and finds the table and its CSV download, uploads
a good and a blank image together (one reading, the blank file's row saying why), draws a
digit on the canvas with pointer events and reads the live prediction, reads Reports/images/zip-code.jpg in the
"whole number" mode, then does the upload again with JavaScript
switched off (the plain form and the server's result page). In between it checks what a screen reader is told (the
status region: "The digit is 7, …"), switches the page to Arabic with its language menu (right to left, the reading
and its announcement in Arabic, the choice remembered when the page is opened again without it), and runs axe-core
on the page in each state (empty, a digit's result, a number's result, Arabic) at 1,280 and 390 px. Fails on any
Content-Security-Policy report in the browser's console, and unless SIGTERM stops the server cleanly. Saves
screenshots at laptop and phone widths into OUT_DIR. Exits non-zero on any failure.

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

sys.path.insert(0, str(Path(__file__).resolve().parent))
from axe_check import violations  # noqa: E402
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import Select, WebDriverWait

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

    def accessible(browser, state):
        """axe finds nothing on the page as it is now, at both widths."""
        size = browser.get_window_size()
        for width in (1280, 390):
            browser.set_window_size(width, 900)
            found = violations(browser)
            if found:
                sys.exit(f"axe: the page ({state}) at {width} px: " + "; ".join(f"{i} {r} {n}" for i, r, n in found))
        browser.set_window_size(size["width"], size["height"])
        print(f"browser: axe finds no violation on the page ({state}) at 1,280 and 390 px")

    def announced(browser, wait, start):
        """The status region's text, once it starts with `start`."""
        wait.until(lambda _: browser.find_element(By.ID, "announce").get_attribute("textContent").startswith(start))
        return browser.find_element(By.ID, "announce").get_attribute("textContent")

    def no_policy_reports(browser):
        reports = [entry["message"] for entry in browser.get_log("browser") if "Content Security Policy" in entry["message"]]
        if reports:
            sys.exit("the page broke its own Content-Security-Policy:\n" + "\n".join(reports))

    browser = chromium()
    wait = WebDriverWait(browser, 20)
    try:
        browser.get(base + "/")
        browser.save_screenshot(f"{out}/page-laptop.png")
        accessible(browser, "empty")
        browser.find_element(By.ID, "photo").send_keys(str(Path(image).resolve()))
        browser.find_element(By.CSS_SELECTOR, "#upload button[type=submit]").click()
        digit = wait.until(expected_conditions.visibility_of_element_located((By.CSS_SELECTOR, "#results .digit"))).text
        browser.save_screenshot(f"{out}/upload-result.png")
        if digit != expected:
            sys.exit(f"the page read the upload as {digit!r}, expected {expected!r}")
        print(f"browser: the uploaded image reads {digit}")
        said = announced(browser, wait, "The digit is ")
        if not said.startswith(f"The digit is {expected}, ") or "sure" not in said:
            sys.exit(f"the status region says {said!r}")
        print(f"browser: the status region says {said!r}")
        accessible(browser, "a digit read")
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
        said = announced(browser, wait, "The number is ")
        if not said.startswith("The number is " + " ".join(number) + ", "):
            sys.exit(f"the number is announced as {said!r}, not digit by digit")
        accessible(browser, "a number read")
        browser.find_element(By.ID, "mode").click()
        print(f"browser: the whole-number mode reads the ZIP code photo as {number}, with its boxes, announced {said!r}")

        # An example, chosen with the keyboard: focus its link and press Enter; it is read in place.
        browser.find_element(By.CSS_SELECTOR, "a.example[data-digit='7']").send_keys(Keys.ENTER)
        said = announced(browser, wait, "The digit is 7")
        print(f"browser: the example 7, chosen with the keyboard, is read in place: {said!r}")

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

        # Arabic through the language menu: right to left, the reading and its announcement in Arabic.
        browser.set_window_size(1100, 1400)
        Select(browser.find_element(By.ID, "lang")).select_by_value("ar")
        wait.until(lambda _: browser.find_element(By.TAG_NAME, "html").get_attribute("dir") == "rtl")
        browser.find_element(By.ID, "photo").send_keys(str(Path(image).resolve()))
        browser.find_element(By.CSS_SELECTOR, "#upload button[type=submit]").click()
        said = announced(browser, wait, "الرقم هو")
        sentence = browser.find_element(By.CSS_SELECTOR, "#results article.reading > p:not(.digit)").text
        if f" {expected}" not in said or "يقرأ" not in sentence:
            sys.exit(f"in Arabic the page says {said!r} and {sentence!r}")
        print(f"browser: in Arabic (right to left) the status region says {said!r}")
        accessible(browser, "Arabic, a digit read")
        browser.set_window_size(390, 844)
        browser.save_screenshot(f"{out}/arabic-result-phone.png")
        # Opened again without ?lang=, the page comes back in the language chosen (local storage, no cookie).
        browser.get(base + "/")
        wait.until(lambda _: browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "ar")
        if browser.get_cookies():
            sys.exit(f"the language choice set cookies: {browser.get_cookies()}")
        Select(browser.find_element(By.ID, "lang")).select_by_value("ta")
        wait.until(lambda _: browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "ta")
        browser.save_screenshot(f"{out}/tamil-page-phone.png")
        Select(browser.find_element(By.ID, "lang")).select_by_value("en")
        wait.until(lambda _: browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en")
        print("browser: the choice is remembered without cookies, and switched back to English")
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
