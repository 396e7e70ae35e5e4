"""Runs notebook 01 in a real browser: Jupyter Notebook (Debian's jupyter-notebook) on 127.0.0.1
with a token and the installed KOLScope kernel, Chromium driven by Selenium (Debian's
python3-selenium and chromium-driver; nothing is downloaded).

  * opens a copy of the notebook with its outputs cleared, runs all cells from the Cell menu and
    waits until every code cell has run and the kernel is idle;
  * checks that the KOL table (an HTML table with a verdict column) and the chart (a PNG) are in
    the page and that no cell shows an error;
  * saves screenshots of the executed notebook (--screenshots DIR);
  * adds a `while (true) {}` cell, runs it, presses the toolbar's interrupt button, and checks
    that the loop stopped and the next cell runs.

Prints one line per step and ends with "browser test: ok"; exits non-zero on the first failure.
Usage: python3 browser_notebook.py --kernel NAME --repo REPO_DIR --screenshots DIR
(JUPYTER_PATH must reach the kernelspec; the Maven IT sets it.)
"""
import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

NOTEBOOK = "01-due-diligence.ipynb"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                  "--window-size=1400,1050", "--hide-scrollbars"]


def step(text):
    print("browser test: " + text, flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until(what, check, timeout, interval=0.5):
    deadline = time.time() + timeout
    last = None
    while time.time() < deadline:
        try:
            last = check()
            if last:
                return last
        except Exception as e:  # a page still loading throws; keep polling
            last = e
        time.sleep(interval)
    raise AssertionError("timed out after %d s waiting for %s (last: %r)" % (timeout, what, last))


def prepare_root(repo, root, kernel):
    """root/notebooks/01 (outputs cleared, our kernel) and root/data -> repo/data, as the notebook expects."""
    os.makedirs(os.path.join(root, "notebooks"))
    os.symlink(os.path.join(repo, "data"), os.path.join(root, "data"))
    with open(os.path.join(repo, "notebooks", NOTEBOOK), encoding="utf-8") as f:
        nb = json.load(f)
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
    nb["metadata"]["kernelspec"] = {"name": kernel, "display_name": "KOLScope (Java)", "language": "java"}
    with open(os.path.join(root, "notebooks", NOTEBOOK), "w", encoding="utf-8") as f:
        json.dump(nb, f, ensure_ascii=False, indent=1)


def start_server(root, work, log):
    port = free_port()
    token = os.urandom(16).hex()
    env = dict(os.environ)
    for name in ("JUPYTER_CONFIG_DIR", "JUPYTER_DATA_DIR", "JUPYTER_RUNTIME_DIR", "IPYTHONDIR"):
        env[name] = os.path.join(work, name.lower())
    cmd = [sys.executable, "-m", "notebook", "--no-browser", "--ip=127.0.0.1", "--port=%d" % port,
           "--port-retries=0", "--NotebookApp.token=" + token, "--notebook-dir=" + root]
    if os.geteuid() == 0:
        cmd.append("--allow-root")
    server = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    base = "http://127.0.0.1:%d" % port

    def up():
        if server.poll() is not None:
            raise AssertionError("jupyter notebook exited with %s (see its log)" % server.returncode)
        try:
            with urllib.request.urlopen(base + "/api/status?token=" + token, timeout=2) as r:
                return r.status == 200
        except OSError:
            return False

    wait_until("the notebook server", up, 90)
    return server, base, token


def stop_server(server):
    if server.poll() is None:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()


def browser(work, log_path):
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for flag in CHROMIUM_FLAGS + ["--user-data-dir=" + os.path.join(work, "chromium-profile")]:
        options.add_argument(flag)
    driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    return webdriver.Chrome(service=Service(executable_path=driver_path, log_path=log_path), options=options)


def kernel_idle(driver):
    return driver.execute_script(
        "return !!(window.Jupyter && Jupyter.notebook && Jupyter.notebook.kernel"
        " && Jupyter.notebook.kernel.is_connected()"
        " && $('#kernel_indicator_icon').hasClass('kernel_idle_icon'));")


def all_code_cells_ran(driver):
    return driver.execute_script(
        "var cells = Jupyter.notebook.get_cells().filter(c => c.cell_type === 'code');"
        "return cells.length > 0 && cells.every(c => typeof c.input_prompt_number === 'number')"
        " && $('#kernel_indicator_icon').hasClass('kernel_idle_icon');")


def menu(driver, menu_id, item_id):
    """Opens a menu of the menu bar (#celllink is "Cell") and clicks one of its items."""
    driver.find_element(By.ID, menu_id).click()
    wait_until("menu item " + item_id, lambda: driver.find_element(By.CSS_SELECTOR, "#%s > a" % item_id).is_displayed(), 10, 0.1)
    driver.find_element(By.CSS_SELECTOR, "#%s > a" % item_id).click()


def toolbar(driver, action):
    driver.find_element(By.CSS_SELECTOR, "button[data-jupyter-action='jupyter-notebook:%s']" % action).click()


def errors_shown(driver):
    return [e.text[:300] for e in driver.find_elements(By.CSS_SELECTOR, ".output_error")]


def ran_cell_output(driver):
    """The output of the cell just run with run-and-select-next (the one above the selected cell)."""
    return driver.execute_script(
        "var i = Jupyter.notebook.get_selected_index();"
        "return Jupyter.notebook.get_cell(i - 1).element.find('.output_area').text();")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kernel", required=True)
    ap.add_argument("--repo", required=True)
    ap.add_argument("--screenshots", required=True)
    ap.add_argument("--timeout", type=int, default=420, help="seconds for running all cells")
    a = ap.parse_args()
    os.makedirs(a.screenshots, exist_ok=True)
    work = tempfile.mkdtemp(prefix="kolscope-browser-")
    root = os.path.join(work, "root")
    prepare_root(os.path.abspath(a.repo), root, a.kernel)
    server_log = open(os.path.join(a.screenshots, "notebook-browser-server.log"), "w")
    server, base, token = start_server(root, work, server_log)
    step("Jupyter Notebook up at %s (token required)" % base)
    driver = None
    try:
        with urllib.request.urlopen(base + "/api/status", timeout=5) as r:
            raise AssertionError("the server answered without its token: %s" % r.status)
    except urllib.error.HTTPError as e:
        assert e.code == 403, e.code
    try:
        driver = browser(work, os.path.join(a.screenshots, "notebook-browser-chromedriver.log"))
        driver.get("%s/notebooks/notebooks/%s?token=%s" % (base, NOTEBOOK, token))
        wait_until("the kernel to start", lambda: kernel_idle(driver), 120)
        kernel_name = driver.execute_script("return Jupyter.notebook.kernel.name;")
        assert kernel_name == a.kernel, kernel_name
        step("notebook open, kernel %s idle" % kernel_name)

        menu(driver, "celllink", "run_all_cells")
        started = time.time()
        wait_until("all cells to run", lambda: all_code_cells_ran(driver), a.timeout, interval=1)
        step("all cells ran from Cell > Run All in %.0f s" % (time.time() - started))

        errors = errors_shown(driver)
        assert not errors, "cells show errors: %s" % errors
        tables = [t for t in driver.find_elements(By.CSS_SELECTOR, ".output_html .kolscope-table table")
                  if "verdict" in t.text and "followers" in t.text]
        assert tables, "no KOL table with verdict and followers columns in the page"
        charts = [i for i in driver.find_elements(By.CSS_SELECTOR, ".output_png img")
                  if (i.get_attribute("src") or "").startswith("data:image/png;base64,")
                  and driver.execute_script("return arguments[0].naturalWidth;", i) > 300]
        assert charts, "no chart (PNG image) in the page"
        step("KOL table (%d with a verdict column) and chart (%d PNG) shown, no cell shows an error"
             % (len(tables), len(charts)))

        driver.set_window_size(1280, 1800)
        driver.execute_script("arguments[0].scrollIntoView({block: 'end'});", charts[0])
        time.sleep(0.5)
        driver.save_screenshot(os.path.join(a.screenshots, "notebook-browser.png"))
        driver.execute_script("arguments[0].scrollIntoView({block: 'start'});", tables[0])
        time.sleep(0.5)
        driver.save_screenshot(os.path.join(a.screenshots, "notebook-browser-table.png"))
        step("screenshots saved in %s" % a.screenshots)

        driver.execute_script("Jupyter.notebook.select(Jupyter.notebook.ncells() - 1);")
        menu(driver, "insertlink", "insert_cell_below")
        driver.execute_script("Jupyter.notebook.get_selected_cell().set_text('long spins = 0;\\nwhile (true) { spins++; }');")
        toolbar(driver, "run-cell-and-select-next")
        wait_until("the loop to run", lambda: driver.execute_script(
            "return $('#kernel_indicator_icon').hasClass('kernel_busy_icon');"), 60, interval=0.2)
        time.sleep(1.5)
        toolbar(driver, "interrupt-kernel")
        # The interrupt request is answered on the control channel with its own busy/idle status,
        # so the indicator can turn idle before the loop cell has stopped: wait for the cell's error.
        loop_error = wait_until("the loop cell to show the interrupt", lambda: (lambda t: t if "Interrupted" in t else None)(
            driver.execute_script(
                "var cells = Jupyter.notebook.get_cells(); var c = cells[cells.length - 2];"
                "return c.element.find('.output_error').text();")), 60)
        wait_until("the kernel to be idle after the interrupt", lambda: kernel_idle(driver), 60)
        step("the interrupt button stopped the loop: %s" % loop_error.strip().splitlines()[0])

        driver.execute_script("Jupyter.notebook.get_selected_cell().set_text('\"after \" + (40 + 2)');")
        toolbar(driver, "run-cell-and-select-next")
        wait_until("the next cell's output", lambda: "after 42" in ran_cell_output(driver), 60)
        step("the next cell ran: %s" % " ".join(ran_cell_output(driver).split()))
        step("ok")
    except Exception:
        if driver is not None:
            driver.save_screenshot(os.path.join(a.screenshots, "notebook-browser-failure.png"))
        raise
    finally:
        if driver is not None:
            driver.quit()
        stop_server(server)
        server_log.close()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
