"""Dashboard benchmarks: server time of page runs (AppTest) and browser time to first chart.

``python -m benchmarks.dashboard server`` and ``... browser`` each print one JSON
object on their last line; the suite runs them in fresh processes so "cold"
means a server that has not loaded the dataset yet.
"""
from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
UN = "UN General Assembly votes 1946–2020"
PAGES = ["overview", "timeline", "actors", "topics", "compare", "statements"]


def server() -> dict:
    """Cold and warm server time of the Timeline page on the UN votes; figure size of every page."""
    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=300)
    at.query_params["dataset"] = UN
    at.switch_page("pages/timeline.py")
    t = time.perf_counter()
    at.run()
    cold = time.perf_counter() - t
    assert not at.exception, at.exception[0].value
    warm = []
    actors = at.sidebar.multiselect(key="actors").value
    changes = [("period", "quarter"), ("period", "year"), ("actors", actors[:4]), ("actors", actors),
               ("period", "month"), ("period", "year")]
    for key, value in changes:
        widget = at.sidebar.selectbox(key=key) if key == "period" else at.sidebar.multiselect(key=key)
        t = time.perf_counter()
        widget.set_value(value).run()
        warm.append(time.perf_counter() - t)
        assert not at.exception, at.exception[0].value
    sizes = {}
    for page in PAGES:
        p = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=300)
        p.query_params["dataset"] = UN
        p.switch_page(f"pages/{page}.py")
        p.run()
        if page == "compare":
            p.multiselect(key="compare").set_value(p.multiselect(key="compare").options[:4]).run()
        sizes[page] = max((len(c.proto.spec) for c in p.get("plotly_chart")), default=0)
    return {"cold_s": cold, "warm_median_s": statistics.median(warm), "warm_max_s": max(warm), "warm_runs": len(warm),
            "figure_bytes": sizes}


def browser() -> dict:
    """Navigation to first chart drawn for the UN votes Timeline in headless Chromium."""
    from playwright.sync_api import sync_playwright

    from tests.e2e.conftest import CHROMIUM, LAUNCH_ARGS, start_server

    url_path = "/timeline?dataset=" + UN.replace(" ", "+")
    first_point = '[data-testid="stPlotlyChart"] g.trace.scatter path'
    with tempfile.TemporaryDirectory() as tmp:
        proc, url, _ = start_server(Path(tmp))
        try:
            with sync_playwright() as p:
                b = p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
                times = []
                for _ in range(4):  # first: server cold (dataset not loaded); then warm, new visitors
                    ctx = b.new_context(viewport={"width": 1400, "height": 1000})
                    pg = ctx.new_page()
                    t = time.perf_counter()
                    pg.goto(url + url_path)
                    pg.wait_for_selector(first_point, timeout=120_000)
                    times.append(time.perf_counter() - t)
                    ctx.close()
                # A returning visitor: same browser profile, so the app's scripts are cached.
                ctx = b.new_context(viewport={"width": 1400, "height": 1000})
                pg = ctx.new_page()
                pg.goto(url + url_path)
                pg.wait_for_selector(first_point, timeout=120_000)
                again = []
                for _ in range(3):
                    t = time.perf_counter()
                    pg.goto(url + url_path)
                    pg.wait_for_selector(first_point, timeout=120_000)
                    again.append(time.perf_counter() - t)
                ctx.close()
                b.close()
        finally:
            proc.terminate()
            proc.wait(10)
    return {"cold_s": times[0], "warm_median_s": statistics.median(times[1:]), "warm_runs": len(times) - 1,
            "returning_median_s": statistics.median(again), "returning_runs": len(again)}


if __name__ == "__main__":
    out = server() if sys.argv[1] == "server" else browser()
    print(json.dumps(out))
