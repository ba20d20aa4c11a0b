"""A bounded load test on loopback: 20 browser sessions at once, each switching dataset and filters.

Every session must get its charts with no error, and the median time per interaction must stay
within 3× of a single session's. Figures go to artifacts/load.json and the test output.
"""
import asyncio
import json
import statistics
import time

from tests.e2e.conftest import ARTIFACTS, CHROMIUM, LAUNCH_ARGS

SESSIONS = 20
NUCLEAR = "German nuclear phase-out debate 2011"
READY = """() => { const s = document.querySelector('[data-testid="stStatusWidget"]');
    if (s && s.innerText.match(/Running|Connecting/)) return false;
    if (document.querySelector('[data-testid="stSkeleton"]')) return false;
    const charts = Array.from(document.querySelectorAll('[data-testid="stPlotlyChart"]'));
    return charts.length > 0 && charts.every(c => c.querySelector('svg.main-svg')); }"""


async def _ready(pg):
    await pg.wait_for_timeout(250)
    await pg.wait_for_function(READY, timeout=120_000)


async def _choose(pg, label, option):
    box = pg.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"]').filter(has_text=label)
    for attempt in range(3):  # a rerun can redraw the list between opening and clicking
        try:
            await box.locator('button[aria-label="Open"]').click()
            await pg.get_by_role("option", name=option).first.click(timeout=10_000)
            break
        except Exception:
            if attempt == 2:
                raise
            await pg.keyboard.press("Escape")
            await _ready(pg)
    await _ready(pg)


async def _session(browser, url, errors) -> list[float]:
    ctx = await browser.new_context(viewport={"width": 1200, "height": 900})
    pg = await ctx.new_page()
    pg.on("pageerror", lambda e: errors.append(str(e)))
    times = []
    try:
        t = time.perf_counter()
        await pg.goto(url + "/timeline", timeout=120_000)
        await pg.wait_for_selector('[data-testid="stMain"] h1', timeout=120_000)
        await _ready(pg)
        times.append(time.perf_counter() - t)
        for label, option in (("Group by period", "year"), ("Dataset", NUCLEAR), ("Group by period", "quarter")):
            t = time.perf_counter()
            await _choose(pg, label, option)
            times.append(time.perf_counter() - t)
        if await pg.locator('[data-testid="stException"]').count():
            errors.append("exception element on page")
        if await pg.locator('[data-testid="stPlotlyChart"] svg.main-svg').count() == 0:
            errors.append("no chart drawn")
    finally:
        await ctx.close()
    return times


async def _run(url, n) -> tuple[list[list[float]], list[str]]:
    from playwright.async_api import async_playwright

    errors: list[str] = []
    async with async_playwright() as p:
        browser = await p.chromium.launch(executable_path=CHROMIUM, args=LAUNCH_ARGS)
        try:
            results = await asyncio.gather(*[_session(browser, url, errors) for _ in range(n)])
        finally:
            await browser.close()
    return results, errors


def test_twenty_concurrent_sessions(server):
    single, errors = asyncio.run(_run(server, 1))
    assert not errors, errors
    many, errors = asyncio.run(_run(server, SESSIONS))
    assert not errors, errors
    assert len(many) == SESSIONS and all(len(t) == 4 for t in many)
    single_median = statistics.median(single[0][1:])
    many_median = statistics.median([x for t in many for x in t[1:]])
    report = {
        "sessions": SESSIONS,
        "single_session_interaction_median_s": round(single_median, 3),
        "concurrent_interaction_median_s": round(many_median, 3),
        "ratio": round(many_median / single_median, 2),
        "concurrent_first_load_median_s": round(statistics.median(t[0] for t in many), 3),
        "concurrent_interaction_max_s": round(max(x for t in many for x in t[1:]), 3),
    }
    ARTIFACTS.parent.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS.parent / "load.json").write_text(json.dumps(report, indent=1))
    print("\nload test:", report)
    assert many_median <= 3 * single_median, report
