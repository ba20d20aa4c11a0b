"""Every page through Streamlit's AppTest: renders, filters change figures, URL preselects."""
import json

import pytest
from pathlib import Path
from streamlit.testing.v1 import AppTest

PAGES = ["overview", "timeline", "actors", "topics", "compare", "statements"]
ROOT = Path(__file__).resolve().parent.parent
SEED = "NATO and Ukraine's path to membership (news article, June 2025)"
NUCLEAR = "German nuclear phase-out debate 2011"


def app(page="overview", **params) -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    for k, v in params.items():
        at.query_params[k] = v
    at.switch_page(f"pages/{page}.py")
    return at.run()


def figures(at) -> list[dict]:
    return [json.loads(c.proto.spec) for c in at.get("plotly_chart")]


@pytest.mark.parametrize("dataset", [SEED, NUCLEAR])
@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders(page, dataset):
    at = app(page, dataset=dataset)
    assert not at.exception, at.exception[0].value if at.exception else ""
    assert at.title[0].value
    if page in ("timeline", "actors", "topics", "compare"):
        assert figures(at), f"{page} drew no chart"


def test_overview_covers_the_dataset_and_lists_shifts():
    at = app("overview")
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Statements in the dataset"] == "12" and metrics["Topics"] == "2"
    # the sidebar's topic selects 10 of them: said beside the total, as the sidebar says it
    assert next(m for m in at.metric if m.label == "Statements in the dataset").delta == "10 selected"
    assert any("How to read" in s.value for s in at.subheader)


def test_changing_the_actor_filter_changes_the_timeline():
    at = app("timeline")
    before = {t["name"] for t in figures(at)[0]["data"] if t.get("mode") == "lines" and t.get("showlegend", True)}
    assert {"Mark Rutte", "Russia"} <= before
    at.sidebar.multiselect(key="actors").set_value(["Russia", "Donald Trump"]).run()
    after = {t["name"] for t in figures(at)[0]["data"] if t.get("mode") == "lines" and t.get("showlegend", True)}
    assert after == {"Russia", "Donald Trump"}


def test_query_parameters_preselect_filters():
    at = app("timeline", dataset=NUCLEAR, period="year")
    assert at.sidebar.selectbox(key="dataset").value == NUCLEAR
    assert at.sidebar.selectbox(key="period").value == "year"
    at = app("timeline", topic="Trump's diplomacy to end the war in Ukraine")
    assert at.sidebar.selectbox(key="topic").value == "Trump's diplomacy to end the war in Ukraine"
    names = {t["name"] for t in figures(at)[0]["data"] if t.get("mode") == "lines" and t.get("showlegend", True)}
    assert names == {"Mark Rutte"}


def test_empty_selection_shows_what_to_do():
    at = app("timeline")
    at.sidebar.multiselect(key="actors").set_value(["Russia"]).run()
    at.sidebar.date_input(key="dates").set_value((pd_date("2008-01-01"), pd_date("2010-01-01"))).run()
    assert not at.exception
    assert any("widen the date range" in i.value for i in at.info)


def pd_date(s):
    import datetime as dt

    return dt.date.fromisoformat(s)


def test_statements_search_filters_table():
    at = app("statements")
    at.text_input(key="q").set_value("irreversible").run()
    df = at.dataframe[0].value
    assert len(df) >= 1 and df["quote"].str.contains("irreversible").all()
    # the search stays when one leaves the page: the count says the downloads hold only these
    assert any(f"{len(df)} statements matching “irreversible”" in c.value and "downloads hold only these" in c.value
               for c in at.caption)
    at.text_input(key="q").set_value("no such words anywhere").run()
    assert any("No statements match" in i.value for i in at.info)


def test_statement_tables_show_dates_as_precisely_as_they_are_known():
    at = app("statements")
    at.toggle(key="all_topics").set_value(True).run()
    df = at.dataframe[0].value
    when = lambda actor: set(df.loc[df["actor"] == actor, "date"])  # noqa: E731
    assert when("Donald Trump") == {"2025-02"}  # "in February", not a 2025-02-01 that looks exact
    assert when("Mark Rutte") == {"2025-06-25"}
    assert "2008" in set(df["date"])  # the Bucharest decision, known to the year


def test_compare_page_reports_agreement():
    at = app("compare")
    at.multiselect(key="compare").set_value(["Russia", "Mark Rutte"]).run()
    assert not at.exception
    table = at.dataframe[0].value
    assert "diverge" in set(table["agreement"])
    # the table the chart's picture leaves out can be downloaded beside it
    assert [b.proto.label for b in at.get("download_button")][-3:] == ["CSV", "Excel", "JSON"]
    at.multiselect(key="compare").set_value(["NATO", "Russia"]).run()  # NATO spoke in 2008, Russia only in 2025
    table = at.dataframe[0].value
    silent = table[table["agreement"] == "not all have spoken yet"]
    assert len(silent) == 1 and silent["gap"].isna().all()  # no "gap 0" beside "not all have spoken yet"
    assert 'na_rep="—"' in (ROOT / "pages" / "compare.py").read_text()  # shown as "—", not "None"
    # the months from NATO's 2008 decision until Russia spoke, in one row, written as the heatmap writes them
    assert silent["period"].iloc[0].startswith("2008-01 – 2025-") and silent["periods"].iloc[0] > 200
    said = [c.value for c in at.caption if c.value.startswith("Dataset")]
    assert said and "Actors: NATO, Russia." in said[0].replace("\\", "")  # the chart's actors, not the sidebar's
    assert any("nearest point of the scale" in c.value for c in at.caption)


def test_topics_page_says_who_stands_furthest_apart_now():
    at = app("topics")
    assert not at.exception
    said = [m.value for m in at.markdown if "Furthest apart now" in m.value]
    assert said and "Russia" in said[0] and "Mark Rutte" in said[0]


def test_dataset_switch_resets_topic():
    at = app("topics")
    at.sidebar.selectbox(key="dataset").set_value(NUCLEAR).run()
    assert not at.exception
    assert at.sidebar.selectbox(key="topic").value != "Ukraine NATO membership"


def test_topic_switch_and_back_restores_that_topics_actors():
    at = app("timeline")
    first = list(at.sidebar.multiselect(key="actors").value)
    selected = [c.value for c in at.sidebar.caption if "statements selected" in c.value]
    topics = at.sidebar.selectbox(key="topic").options
    at.sidebar.selectbox(key="topic").set_value(topics[1]).run()
    assert not at.exception
    at.sidebar.selectbox(key="topic").set_value(topics[0]).run()
    assert list(at.sidebar.multiselect(key="actors").value) == first and len(first) > 1
    assert [c.value for c in at.sidebar.caption if "statements selected" in c.value] == selected


def test_actors_picked_by_hand_stay_on_another_topic_and_come_back():
    """A teacher's walkthrough: her United States and Russia became eight other countries on another topic."""
    at = app("timeline")
    at.sidebar.selectbox(key="dataset").set_value(NUCLEAR).run()
    topics = at.sidebar.selectbox(key="topic").options
    names = list(at.sidebar.multiselect(key="actors").options)
    picked = names[:3]
    at.sidebar.multiselect(key="actors").set_value(picked).run()
    at.sidebar.selectbox(key="topic").set_value(topics[1]).run()
    assert not at.exception
    now = list(at.sidebar.multiselect(key="actors").value)
    assert now and set(now) <= set(picked)  # those of them who spoke on it, no one else
    at.sidebar.selectbox(key="topic").set_value(topics[0]).run()
    assert list(at.sidebar.multiselect(key="actors").value) == picked


def test_all_actors_chosen_by_hand_stay_all_on_another_topic():
    at = app("timeline")
    at.sidebar.multiselect(key="actors").set_value([]).run()
    at.sidebar.selectbox(key="topic").set_value(at.sidebar.selectbox(key="topic").options[1]).run()
    assert list(at.sidebar.multiselect(key="actors").value) == []


def test_a_blank_search_is_no_search():
    at = app("statements")
    at.text_input(key="q").set_value("   ").run()
    assert not any("matching" in c.value for c in at.caption)


def test_a_topic_switch_says_the_actor_choice_was_reset():
    at = app("timeline")
    at.sidebar.multiselect(key="actors").set_value(["Russia"]).run()
    at.sidebar.selectbox(key="topic").set_value(at.sidebar.selectbox(key="topic").options[1]).run()
    said = [c.value for c in at.sidebar.caption if "New topic" in c.value]
    assert said and "earlier choice of 1 actor was" in said[0]
    at.run()  # said once, not on every rerun
    assert not [c.value for c in at.sidebar.caption if "New topic" in c.value]


def test_unknown_values_in_the_address_are_reported_not_silently_replaced():
    at = app("overview", dataset="Nope", period="decade")
    assert not at.exception
    warned = " ".join(w.value for w in at.sidebar.warning)
    assert "dataset “Nope”" in warned and "period “decade”" in warned
    assert not app("overview").sidebar.warning  # a plain address warns about nothing
    # dates the dataset does not reach (a teacher's link, one day past the data) are said, not dropped silently
    at = app("timeline", dates=["2025-02-01", "2025-07-14"])
    warned = " ".join(w.value for w in at.sidebar.warning).replace("\\", "")
    assert "dates 2025-02-01 to 2025-07-14" in warned and "runs from 2008-01-01" in warned
    assert not app("timeline", dates=["2025-02-01", "2025-06-25"]).sidebar.warning


def test_switching_dataset_or_topic_raises_no_not_found_warning():
    at = app("timeline", topic="Ukraine NATO membership")
    at.sidebar.selectbox(key="dataset").set_value(NUCLEAR).run()
    assert not at.exception and not at.sidebar.warning
    at.sidebar.selectbox(key="topic").set_value(at.sidebar.selectbox(key="topic").options[1]).run()
    assert not at.sidebar.warning
    at.sidebar.selectbox(key="dataset").set_value(SEED).run()
    assert not at.sidebar.warning


def test_un_votes_open_on_a_real_topic_and_a_reversed_range_is_read_forwards():
    at = app("overview", dataset="UN General Assembly votes 1946–2020")
    if "UN General Assembly votes 1946–2020" not in at.sidebar.selectbox(key="dataset").options:
        pytest.skip("the UN dataset title differs")
    assert at.sidebar.selectbox(key="topic").value != "Other resolutions"
    # shifts are year by year (votes are on different resolutions), each with what it stands on
    lines = " ".join(t.value for t in at.text)
    assert "votes, mean" in lines and "— votes on" in lines and " → " not in lines  # what was voted, not "oppose"
    assert any("a kind of resolution" in c.value for c in at.caption)
    at = app("timeline", dates=["2025-06-25", "2008-01-01"])
    assert any("ends before it starts" in w.value for w in at.sidebar.warning)
    assert not any("of 12 statements selected" in c.value and c.value.startswith("0 ") for c in at.sidebar.caption)


def test_a_dataset_without_quotes_says_so_instead_of_promising_them():
    at = app("timeline", dataset=NUCLEAR)
    assert any("no quotes are recorded for these statements" in c.value for c in at.caption)
    at = app("timeline", dataset=SEED)
    assert any("Click a marker to read the statement in its source" in c.value for c in at.caption)
    at = app("statements", dataset=NUCLEAR)
    assert not at.exception and "quote" not in at.dataframe[0].value.columns  # no column of blanks


def test_a_debate_of_a_few_weeks_opens_by_week():
    """A teacher's walkthrough: grouped by month, a change of mind within March merged into one "±" cell. A
    dataset that spans 120 days or less (the 2011 nuclear debate, March to June) opens grouped by week."""
    at = app("topics", dataset=NUCLEAR)
    assert not at.exception
    assert at.sidebar.selectbox(key="period").value == "week"
    heat = next(f for f in figures(at) if f["data"] and f["data"][0]["type"] == "heatmap")
    assert heat["data"][0]["x"][0].startswith("wk 2011-03-")  # the Monday of each week
    assert app("topics", dataset=SEED).sidebar.selectbox(key="period").value == "month"  # 2008-2025


def test_statement_tables_say_each_side_in_words_and_neutral_without_a_sign():
    at = app("statements")
    at.toggle(key="all_topics").set_value(True).run()
    df = at.dataframe[0].value
    assert list(df.columns[:4]) == ["date", "actor", "stance", "side"]
    sides = dict(zip(df["stance"].astype(int), df["side"]))
    assert sides.get(1) == "support" and sides.get(-1) == "oppose"
    assert at.dataframe[0].proto.columns  # rendered with its column settings
    cfg = json.loads(at.dataframe[0].proto.columns)
    assert cfg["stance"]["type_config"]["format"] == "%d"  # "0", not "+0"


def test_switching_dataset_on_compare_and_actors_picks_the_new_datasets_actors():
    """A policy analyst's walkthrough: after switching to the nuclear data, "Actors to compare" still showed NATO
    and the Biden administration beside a chart of two German parties."""
    at = app("compare")
    before = at.multiselect(key="compare").value
    at.sidebar.selectbox(key="dataset").set_value(NUCLEAR).run()
    assert not at.exception
    box = at.multiselect(key="compare")
    assert box.value != before and len(box.value) == 2 and set(box.value) <= set(box.options)
    at = app("actors")
    at.sidebar.selectbox(key="dataset").set_value(NUCLEAR).run()
    assert not at.exception and at.selectbox(key="actor").value in at.selectbox(key="actor").options


def test_overview_can_list_changes_of_side_only():
    """A journalist's walkthrough: "strongly support → support" read as a softening worth a headline."""
    at = app("overview")
    every = [t.value for t in at.text if "→" in t.value]
    at.toggle(key="sides_only").set_value(True).run()
    assert not at.exception
    sides = [t.value for t in at.text if "→" in t.value]
    assert len("".join(sides)) <= len("".join(every))
    for line in "".join(sides).split("•"):
        assert not ("strongly support → support" in line or "strongly oppose → oppose" in line)


def test_all_topics_on_statements_is_every_topic_by_every_actor_unless_some_were_picked():
    """A journalist's walkthrough: "All topics" kept the topic's default actors, so a download named all-topics
    held 11 of 30 statements."""
    from stancetrack.datasets import BUNDLED, load_statements

    data = load_statements(next(k for k, d in BUNDLED.items() if d.title == NUCLEAR))
    at = app("statements", dataset=NUCLEAR)
    at.toggle(key="all_topics").set_value(True).run()
    shown = at.dataframe[0].value
    assert len(shown) == len(data) and shown["actor"].nunique() == data["actor"].nunique()
    assert any(f"{len(data):,} statements on all topics" in c.value for c in at.caption)
    picked = list(at.sidebar.multiselect(key="actors").value[:2])
    at.sidebar.multiselect(key="actors").set_value(picked).run()
    shown = at.dataframe[0].value
    assert set(shown["actor"]) == set(picked) and len(shown) == data["actor"].isin(picked).sum()
    assert any("by the 2 actors picked in the sidebar" in c.value for c in at.caption)


def test_a_charts_caption_gives_the_dates_of_the_statements_it_shows():
    """A journalist's walkthrough: a January-March chart's PNG said "Dates: 2019-01-01 to 2025-09-24", the
    sidebar's whole range."""
    at = app("timeline", dataset=SEED)
    at.sidebar.multiselect(key="actors").set_value(["Donald Trump"]).run()
    captions = [c.value.replace("\\", "") for c in at.caption]  # as markdown, escaped
    assert any("Dates: 2025-02-01 to 2025-02-28." in c for c in captions), captions


def test_all_topics_keeps_actors_that_came_in_a_shared_link():
    at = app("statements", dataset=NUCLEAR)
    two = list(at.sidebar.multiselect(key="actors").value[:2])
    linked = app("statements", dataset=NUCLEAR, actors=two)
    assert list(linked.sidebar.multiselect(key="actors").value) == two
    linked.toggle(key="all_topics").set_value(True).run()
    assert set(linked.dataframe[0].value["actor"]) == set(two)
