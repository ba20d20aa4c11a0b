"""Every page in a real browser, light and dark."""
import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import shot, switch_survives_a_visit, wait_ready

PAGES = ["overview", "timeline", "actors", "topics", "compare", "statements"]
CHART_PAGES = {"timeline", "actors", "topics", "compare"}


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("name", PAGES)
def test_page_loads_without_exception(server, page, name, theme):
    page.emulate_media(color_scheme=theme)
    page.goto(f"{server}/{name}")
    wait_ready(page)
    assert page.locator('[data-testid="stException"]').count() == 0
    assert page.get_by_role("heading", level=1).count() >= 1
    shot(page, f"{name}-{theme}")
    assert not page.js_errors
    charts = page.locator('[data-testid="stPlotlyChart"] svg.main-svg')
    if name in CHART_PAGES:  # a chart's background follows the page: white on light, the page's own on dark
        charts.first.wait_for()
        bg = charts.first.evaluate("e => getComputedStyle(e).backgroundColor")
        assert (bg == "rgb(255, 255, 255)") == (theme == "light"), bg


def test_timeline_draws_points_and_click_opens_evidence(server, page):
    page.goto(f"{server}/timeline")
    wait_ready(page)
    points = page.locator('[data-testid="stPlotlyChart"] .cartesianlayer g.points path.point')
    points.first.wait_for()
    assert points.count() >= 10  # the seed dataset has 12 statements on two topics
    # the 2008 decision would squeeze the 2025 statements into one column: the view opens on 2025, and says so
    chart = page.locator('[data-testid="stPlotlyChart"]').first
    assert chart.locator(".rangeslider-container").count() == 1
    assert "1 earlier statement (2008) is off this view" in chart.locator("g.infolayer").text_content()
    # Click the marker of Mark Rutte's statement (a circle: exact day).
    page.locator('[data-testid="stPlotlyChart"] .cartesianlayer g.points path.point').last.click(force=True)
    wait_ready(page)
    panel = page.locator(".st-key-evidence")
    expect(panel).to_contain_text("Evidence", timeout=30_000)  # on a busy machine the panel fills after it appears
    shot(page, "timeline-evidence")


def test_compare_click_opens_evidence(server, page):
    """Every point leads back to its quote: on Compare as on the Timeline."""
    page.goto(f"{server}/compare")
    wait_ready(page)
    points = page.locator('[data-testid="stPlotlyChart"] .cartesianlayer g.points path.point')
    points.first.wait_for()
    assert page.get_by_text("Click a marker to read the statement in its source.").count() == 1
    points.last.click(force=True)
    wait_ready(page)
    panel = page.locator(".st-key-evidence")
    expect(panel).to_contain_text("Evidence", timeout=30_000)
    # (waited for, not read at once: the panel's heading arrives a moment before its body on a loaded host)
    expect(panel).to_contain_text("In context", timeout=30_000)
    page.get_by_text("Where they agree", exact=False).wait_for()  # the agreement table is still there
    shot(page, "compare-evidence")


def test_overview_by_its_name_opens_the_overview(server, page):
    """/overview, typed by someone who saw /timeline, is the Overview with its filters, not "Page not found"."""
    page.goto(f"{server}/overview?dataset=German+nuclear+phase-out+debate+2011")
    wait_ready(page)
    page.get_by_role("heading", name="Stance Timeline").wait_for()
    page.get_by_text("Year covered").wait_for()  # the nuclear data: 2011 only
    assert "dataset=German" in page.url
    assert page.get_by_text("Page not found").count() == 0
    assert "of 1,164 statements selected" in page.locator('[data-testid="stSidebar"]').inner_text()  # the nuclear data
    assert page.locator('[data-testid="stException"]').count() == 0


def test_a_link_with_an_unknown_dataset_says_so(server, page):
    page.goto(f"{server}/timeline?dataset=Nope")
    wait_ready(page)
    page.get_by_text("Showing the default instead", exact=False).wait_for()
    assert "dataset “Nope”" in page.locator('[data-testid="stSidebar"]').inner_text()


@pytest.mark.parametrize("address, heading", [("/home", "Stance Timeline"), ("/Timeline", "Timeline"),
                                              ("/Overview", "Stance Timeline"), ("/Compare", "Compare")])
def test_addresses_people_type_open_their_page(server, page, address, heading):
    page.goto(f"{server}{address}?dataset=German+nuclear+phase-out+debate+2011")
    wait_ready(page)
    page.get_by_role("heading", name=heading).first.wait_for()
    assert page.get_by_text("Page not found").count() == 0
    assert "of 1,164 statements selected" in page.locator('[data-testid="stSidebar"]').inner_text()
    # the sidebar lists each page once: the hidden copies stay hidden
    nav = page.locator('[data-testid="stSidebarNav"]').inner_text()
    assert nav.count("Timeline") == 1 and nav.count("Overview") == 1


def test_a_twelve_actor_timeline_lists_every_actor_clear_of_the_marker_key(tmp_path, browser):
    """A teacher's walkthrough: with 12 actors the on-screen legend hid the 12th under the marker-shape key."""
    from stancetrack.workspace import open_workspace
    from tests.e2e.conftest import choose, start_server, stop_server

    names = [f"Actor {chr(65 + i)} Person" for i in range(12)]
    rows = ["actor,topic,stance,date,quote"] + [
        f"{n},School street,{(-1) ** i},2025-03-{1 + i:02d},words {i}" for i, n in enumerate(names)]
    csv = tmp_path / "twelve.csv"
    csv.write_text("\n".join(rows) + "\n", encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'workspace.sqlite'}"
    open_workspace(db).import_path(csv, user="test")
    proc, url, log = start_server(tmp_path, {"STANCETRACK_DB": db})
    try:
        pg = browser.new_page(viewport={"width": 1400, "height": 1000})
        pg.goto(f"{url}/timeline")
        wait_ready(pg)
        choose(pg, "Dataset", "My workspace")
        pg.locator('[data-testid="stPlotlyChart"] .cartesianlayer g.points path.point').first.wait_for()
        try:  # on a busy machine the bundled dataset's chart can still be on screen when the rerun seems done
            pg.wait_for_function("""() => [...document.querySelectorAll('[data-testid="stPlotlyChart"] g.legend g.traces')]
                .some(t => t.textContent === 'Actor A Person')""", timeout=30_000)
        except Exception:
            pass  # the assertion below says what the legend holds instead
        wait_ready(pg)
        legend = pg.evaluate("""() => {
          const box = s => document.querySelector('[data-testid="stPlotlyChart"] ' + s).getBoundingClientRect();
          const items = [...document.querySelectorAll('[data-testid="stPlotlyChart"] g.legend g.traces')];
          return {names: items.map(t => t.textContent), bottom: Math.max(...items.map(t => t.getBoundingClientRect().bottom)),
                  key: box('g.legend2').top, clip: box('g.legend').bottom};
        }""")
        shot(pg, "timeline-twelve-actors")
        assert sorted(legend["names"]) == names
        assert legend["bottom"] <= legend["key"] and legend["bottom"] <= legend["clip"] + 1, legend
        pg.close()
    finally:
        stop_server(proc, log)


def test_changes_of_side_only_stays_on_after_a_visit_to_another_page(server, page):
    """A policy analyst's walkthrough: the toggle switched itself off on leaving the Overview."""
    switch_survives_a_visit(page, server, "overview", "Overview", "Latest stance shifts", "Changes of side only")
