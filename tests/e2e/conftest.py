"""A real Streamlit server and headless Debian Chromium for end-to-end tests."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "artifacts" / "screenshots"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
LAUNCH_ARGS = ["--disable-gpu", "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(tmp_path: Path, extra_env: dict | None = None, prefix: list[str] | None = None):
    """A Streamlit server of our own: the one that answers is the one we started (its log names our port), and a
    port another test process took between our choosing it and Streamlit binding it is chosen again."""
    for _ in range(3):
        got = _start_server_once(tmp_path, extra_env, prefix)
        if got is not None:
            return got
    raise RuntimeError("streamlit did not start on three free ports")


def _start_server_once(tmp_path: Path, extra_env: dict | None, prefix: list[str] | None):
    port = _free_port()
    env = {**os.environ, "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false",
           "STANCETRACK_DB": f"sqlite:///{tmp_path / 'workspace.sqlite'}", **(extra_env or {})}
    log = open(tmp_path / f"server-{port}.log", "w")
    proc = subprocess.Popen(
        [*(prefix or []), sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.port", str(port),
         "--server.address", "127.0.0.1", "--server.headless", "true", "--server.fileWatcherType", "none"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    log_path = tmp_path / f"server-{port}.log"
    while time.time() < deadline:
        if proc.poll() is not None:
            if "is not available" in log_path.read_text() or "already in use" in log_path.read_text():
                return None  # another process had the port: choose again
            break
        try:
            if (urllib.request.urlopen(url + "/_stcore/health", timeout=2).read() == b"ok"
                    and f"URL: {url}" in log_path.read_text() and proc.poll() is None):
                return proc, url, log_path
        except OSError:
            pass
        time.sleep(0.3)
    proc.kill()
    raise RuntimeError("streamlit did not start: " + log_path.read_text()[-2000:])


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian chromium is not installed (make system-deps installs it)")
    tmp = tmp_path_factory.mktemp("server")
    proc, url, log = start_server(tmp)
    yield url
    stop_server(proc, log)


def stop_server(proc, log: Path) -> None:
    """Stop a server from ``start_server`` and check its log holds no traceback of ours."""
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
    assert_no_app_errors(log)


def assert_no_app_errors(log: Path) -> None:
    """No traceback through our code in the server log.

    Streamlit's server also logs a traceback when a browser drops its websocket
    mid-handshake (contexts closing at the end of a test); that is not ours.
    """
    text = log.read_text()
    for block in text.split("Traceback (most recent call last):")[1:]:
        ours = str(ROOT / "stancetrack") in block or str(ROOT / "pages") in block or "dashboard.py" in block
        assert not ours, block[:3000]


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip("Debian chromium is not installed (make system-deps installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    pg = ctx.new_page()
    pg.set_default_timeout(30_000)
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    pg.on("dialog", lambda d: (errors.append("dialog: " + d.message), d.dismiss()))
    pg.js_errors = errors
    yield pg
    ctx.close()


def wait_ready(pg) -> None:
    """Wait until Streamlit has drawn the page and finished running the script."""
    pg.wait_for_selector('[data-testid="stMain"] h1', timeout=60_000)
    pg.wait_for_selector('[data-testid="stSidebarNav"] >> text=Overview', timeout=30_000)
    pg.wait_for_function(
        """() => { const s = document.querySelector('[data-testid="stStatusWidget"]');
                   return !s || !s.innerText.match(/Running|Connecting/); }""", timeout=60_000)
    pg.wait_for_timeout(400)
    pg.wait_for_function(
        """() => { const s = document.querySelector('[data-testid="stStatusWidget"]');
                   if (s && s.innerText.match(/Running|Connecting/)) return false;
                   if (document.querySelector('[data-testid="stSkeleton"]')) return false;
                   // every chart has drawn its SVG
                   return Array.from(document.querySelectorAll('[data-testid="stPlotlyChart"]'))
                       .every(c => c.querySelector('svg.main-svg')); }""", timeout=60_000)


def shot(pg, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    pg.screenshot(path=str(path), full_page=True)
    return path


def choose(pg, label: str, option: str) -> None:
    """Pick an option in a sidebar selectbox, as a user would, and wait for the rerun."""
    box = pg.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"]').filter(has_text=label)
    for attempt in range(3):  # a rerun can redraw the list between opening and clicking
        try:
            box.locator('button[aria-label="Open"]').click()
            pg.get_by_role("option", name=option).first.click(timeout=10_000)
            break
        except Exception:
            if attempt == 2:
                raise
            pg.keyboard.press("Escape")
            wait_ready(pg)
    wait_ready(pg)


def switch_survives_a_visit(pg, server: str, path: str, nav: str, heading: str, label: str) -> None:
    """Turn on the switch ``label`` on ``path``, visit the Timeline and come back by the page menu (the same
    session): the switch is still on. ``nav`` is the page's menu entry, ``heading`` one of its headings."""
    pg.goto(f"{server}/{path}")
    wait_ready(pg)
    switch = pg.locator('[data-testid="stCheckbox"]').filter(has_text=label)
    switch.get_by_text(label).click()
    wait_ready(pg)
    assert switch.locator("input").is_checked()
    pg.locator('[data-testid="stSidebarNav"] a').filter(has_text="Timeline").click()
    wait_ready(pg)
    pg.get_by_role("heading", name="Timeline").first.wait_for()
    pg.locator('[data-testid="stSidebarNav"] a').filter(has_text=nav).click()
    wait_ready(pg)
    pg.get_by_role("heading", name=heading, exact=False).first.wait_for()
    assert pg.locator('[data-testid="stCheckbox"]').filter(has_text=label).locator("input").is_checked()
