"""End-to-end test of `digitbook serve` in a real headless Chromium, through chromium-driver (Debian's packages).

Starts the server on a free loopback port, uploads an image through the page's form and reads the digit the page shows,
then draws a digit on the canvas with pointer events and reads the live prediction. Saves screenshots at laptop and
phone widths into OUT_DIR. Exits non-zero on any failure.

Usage: python3 .ci/browser_test.py DIGITBOOK RUN_DIR IMAGE EXPECTED_DIGIT OUT_DIR   (needs selenium from PyPI)
"""
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

digitbook, run, image, expected, out = sys.argv[1:6]
Path(out).mkdir(parents=True, exist_ok=True)
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

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1100,1400"]:
        options.add_argument(argument)
    browser = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
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
        browser.get(base + "/")
        browser.save_screenshot(f"{out}/page-phone.png")
    finally:
        browser.quit()
finally:
    server.terminate()
    server.wait(timeout=10)
