"""axe-core (4.x) on pages in headless Chromium at 1,280 and 390 px wide: prints every violation and exits 1 if any.

axe.min.js comes from the PyPI wheel axe-playwright-python (downloaded once into .build/axe; nothing else of it is
used). Usage: python3 .ci/axe_check.py URL...   (file:// URLs for rendered pages, http:// for a running server)
The browser test imports `violations` to check the upload page in each of its states.
"""
import glob, json, os, subprocess, sys, time, zipfile

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def axe_script():
    """axe.min.js, downloaded once from the wheel."""
    folder = os.path.join(root, ".build", "axe")
    script = os.path.join(folder, "axe.min.js")
    if not os.path.exists(script):
        os.makedirs(folder, exist_ok=True)
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", folder, "axe-playwright-python"],
                       check=True)
        wheel = zipfile.ZipFile(glob.glob(os.path.join(folder, "axe_playwright_python-*.whl"))[0])
        name = next(n for n in wheel.namelist() if n.endswith("axe.min.js"))
        open(script, "wb").write(wheel.read(name))
    return open(script, encoding="utf-8").read()


def violations(browser):
    """axe's violations on the page the browser shows now: [(impact, id, first nodes)]."""
    browser.execute_script(axe_script())
    found = browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run().then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' '))}))));")
    return [(v["impact"], v["id"], v["nodes"][:3]) for v in found]


def main():
    from selenium import webdriver
    failed = False
    for url in sys.argv[1:]:
        for width in (1280, 390):
            options = webdriver.ChromeOptions()
            for argument in ("--headless=new", "--no-sandbox", f"--window-size={width},900"):
                options.add_argument(argument)
            browser = webdriver.Chrome(options=options)
            try:
                browser.get(url)
                time.sleep(0.5)
                found = violations(browser)
            finally:
                browser.quit()
            for impact, rule, nodes in found:
                failed = True
                print(f"axe: {url} at {width} px: {impact} {rule}: {json.dumps(nodes)}")
            if not found:
                print(f"axe: {url} at {width} px: no violation")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
