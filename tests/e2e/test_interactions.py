"""Filters in the URL, dataset switching and downloads, in a real browser."""
import csv
import io
import re
import urllib.parse

from tests.e2e.conftest import choose, shot, wait_ready

NUCLEAR = "German nuclear phase-out debate 2011"


def legend_names(page) -> set[str]:
    return set(page.eval_on_selector_all('[data-testid="stPlotlyChart"] g.legend g.traces text.legendtext',
                                         "els => els.map(e => e.textContent)"))


def test_url_parameters_reproduce_the_view_and_filter_changes_update_the_url(server, page):
    topic = "Trump's diplomacy to end the war in Ukraine"
    page.goto(f"{server}/timeline?topic={urllib.parse.quote(topic)}")
    wait_ready(page)
    page.locator('[data-testid="stPlotlyChart"] .cartesianlayer g.points path.point').first.wait_for()
    assert "Mark Rutte" in legend_names(page)
    assert "Russia" not in legend_names(page)
    # Change a filter: the URL follows.
    choose(page, "Group by period", "year")
    page.wait_for_function("() => location.search.includes('period=year')")
    assert "topic=" in page.url
    # The copied link opens the same view in a fresh browser context.
    ctx = page.context.browser.new_context(viewport={"width": 1400, "height": 1000})
    other = ctx.new_page()
    other.goto(page.url)
    wait_ready(other)
    other.locator('[data-testid="stPlotlyChart"] .cartesianlayer g.points path.point').first.wait_for()
    assert legend_names(other) == legend_names(page)
    sel = other.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"]').filter(has_text="Group by period")
    shown = sel.evaluate("e => e.textContent + ' ' + Array.from(e.querySelectorAll('input')).map(i => i.value).join(' ')")
    assert "year" in shown
    ctx.close()


def test_switching_dataset_redraws_with_the_new_data(server, page):
    page.goto(f"{server}/topics")
    wait_ready(page)
    choose(page, "Dataset", NUCLEAR)
    page.wait_for_function("() => location.search.includes('dataset=German')")
    page.locator('[data-testid="stPlotlyChart"]').first.wait_for()
    assert page.locator('[data-testid="stException"]').count() == 0
    assert "Ukraine" not in page.locator('[data-testid="stSidebar"]').inner_text()
    shot(page, "topics-nuclear")


def test_statements_csv_download_holds_the_filtered_rows(server, page):
    page.goto(f"{server}/statements?q=irreversible")
    wait_ready(page)
    caption = page.get_by_text("statements", exact=False).filter(has_text=" statements").first
    with page.expect_download() as dl:
        page.locator('[data-testid="stDownloadButton"] button').filter(has_text="CSV").click()
    rows = list(csv.DictReader(io.StringIO(dl.value.path().read_text(encoding="utf-8-sig"))))
    assert rows and all("irreversible" in r["quote"] for r in rows)
    assert caption
    # named for its search, topic and day, not always "statements.csv" (a filtered download must not replace the
    # full one of the same day: a policy analyst's walkthrough); in the table's order, newest first
    assert re.fullmatch(r"statements_matching-irreversible_[a-z0-9-]+_\d{4}-\d\d-\d\d\.csv",
                        dl.value.suggested_filename)
    assert dl.value.suggested_filename != "statements.csv"
    dates = [r["date"] for r in rows]
    assert dates == sorted(dates, reverse=True)


def test_statements_download_of_all_topics_is_newest_first(server, page):
    page.goto(f"{server}/statements")
    wait_ready(page)
    page.get_by_text("All topics").click()
    page.get_by_text("12 statements on all topics", exact=True).wait_for()
    wait_ready(page)  # the rerun has finished: the button's data is this table's
    with page.expect_download() as dl:
        page.locator('[data-testid="stDownloadButton"] button').filter(has_text="CSV").click()
    rows = list(csv.DictReader(io.StringIO(dl.value.path().read_text(encoding="utf-8-sig"))))
    dates = [r["date"] for r in rows if r["date"]]
    assert len(dates) >= 10 and dates == sorted(dates, reverse=True) and dates[0] > dates[-1]


def test_chart_png_download(server, page):
    page.goto(f"{server}/timeline")
    wait_ready(page)
    page.locator('[data-testid="stPlotlyChart"] .cartesianlayer g.points path.point').first.wait_for()
    with page.expect_download(timeout=60_000) as dl:
        page.locator('[data-testid="stDownloadButton"] button').filter(has_text="PNG").first.click()
    data = dl.value.path().read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000


def test_switching_dataset_and_back_resets_the_filters(server, page):
    page.goto(f"{server}/timeline")
    wait_ready(page)
    choose(page, "Group by period", "year")
    page.wait_for_function("() => location.search.includes('period=year')")
    choose(page, "Dataset", NUCLEAR)
    page.wait_for_function("() => location.search.includes('dataset=German')")
    wait_ready(page)
    sidebar = page.locator('[data-testid="stSidebar"]')
    assert "Ukraine" not in sidebar.inner_text() and "period=year" not in page.url
    assert "Not found" not in sidebar.inner_text()
    choose(page, "Dataset", "NATO and Ukraine's path to membership (news article, June 2025)")
    page.wait_for_function("() => !location.search.includes('dataset=German')")  # the default is dropped from the URL
    wait_ready(page)
    page.get_by_text(" of 12 statements selected", exact=False).wait_for()
    assert not re.search(r"(?<!\d)0 of 12 statements", sidebar.inner_text())  # the nuclear date range is not kept
    assert page.locator('[data-testid="stPlotlyChart"] .cartesianlayer g.points path.point').count() >= 10
    topic = page.locator('[data-testid="stSidebar"] [data-testid="stSelectbox"]').nth(1)
    topic.click()
    page.get_by_role("option").nth(1).click()
    page.wait_for_function("() => location.search.includes('topic=')")
    wait_ready(page)
    assert "Not found" not in sidebar.inner_text()  # switching by hand is no unknown address


def test_switching_dataset_on_compare_shows_the_new_datasets_actors_in_the_picker(server, page):
    """A policy analyst's walkthrough: the picker kept "NATO × Biden administration" over a chart of German
    parties after a dataset switch."""
    page.goto(f"{server}/compare")
    wait_ready(page)
    picker = page.locator('[data-testid="stMultiSelect"]').filter(has_text="Actors to compare")
    assert "NATO" in picker.inner_text() or "Rutte" in picker.inner_text()
    choose(page, "Dataset", NUCLEAR)
    page.wait_for_function("() => location.search.includes('dataset=German')")
    wait_ready(page)
    page.wait_for_timeout(1500)
    shown = picker.inner_text()
    title = page.locator('[data-testid="stPlotlyChart"] .gtitle').first.text_content()
    assert "NATO" not in shown and "Rutte" not in shown and "Biden" not in shown, shown
    drawn = title.split(" on ")[0].split(" vs ")  # the actors the chart draws are the ones the picker shows
    assert len(drawn) == 2 and all(name in shown for name in drawn), (shown, title)
