"""Chart builders: traces, colours, escaping, point cap."""
import json

import numpy as np
import pandas as pd
import pytest

from stancetrack import charts
from stancetrack.schema import STANCE_COLORS


def statements(n=6, quote="a quote", actor="Anna Berg", precision="day"):
    dates = pd.date_range("2024-01-01", periods=n, freq="MS")
    return pd.DataFrame({
        "statement_id": [f"s{i}" for i in range(n)], "actor": [actor] * n, "topic": ["Tax"] * n,
        "stance": pd.array([(-1) ** i * (1 + i % 2) for i in range(n)], dtype="Int8"),
        "date": dates, "date_end": dates, "date_precision": [precision] * n, "date_text": ["x"] * n,
        "date_basis": ["explicit"] * n, "quote": [quote] * n, "source": ["src.txt"] * n,
        "published": dates, "reported_by": [None] * n, "notes": [None] * n,
    })


def test_timeline_has_step_line_and_markers_in_the_actors_colour_and_ids():
    fig = charts.timeline_figure(statements(), title="T")
    line = fig.data[0]
    assert line.line.shape == "hv" and line.name == "Anna Berg"
    markers = [t for t in fig.data if t.mode == "markers" and t.customdata is not None][0]
    assert markers.marker.color == line.line.color  # what the legend says the colour means: the actor
    assert markers.marker.color not in STANCE_COLORS.values()
    assert [c[0] for c in markers.customdata] == [f"s{i}" for i in range(6)]
    assert fig.layout.title.text == "T" and fig.layout.yaxis.title.text == "Stance"
    assert fig.layout.yaxis.ticktext[0].startswith("-2")


def test_imprecise_dates_get_a_period_bar_and_their_own_symbol():
    s = statements(precision="month")
    s["date_end"] = s["date"] + pd.offsets.MonthEnd(0)
    fig = charts.timeline_figure(s, title="T")
    bars = [t for t in fig.data if t.name and t.name.endswith("(period)")]
    assert len(bars) == 1 and bars[0].x[1] == s["date_end"].iat[0].strftime("%Y-%m-%d")
    markers = [t for t in fig.data if t.customdata is not None][0]
    assert set(markers.marker.symbol) == {"square"}
    assert any(t.name == "date known to the month" for t in fig.data)


def test_hover_text_escapes_markup_in_quotes_and_names():
    evil = '<script>alert(1)</script><img src=x onerror=alert(2)>'
    fig = charts.timeline_figure(statements(quote=evil, actor="<b>Mallory</b>"), title="T")
    spec = fig.to_json()
    assert "<script>" not in spec and "<img" not in spec and "<b>Mallory" not in spec
    markers = [t for t in fig.data if t.customdata is not None][0]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in markers.text[0]
    assert "&lt;b&gt;Mallory&lt;/b&gt;" in markers.text[0]


def test_long_quotes_are_truncated_in_hover():
    fig = charts.timeline_figure(statements(quote="word " * 500), title="T")
    markers = [t for t in fig.data if t.customdata is not None][0]
    assert "…" in markers.text[0] and len(markers.text[0]) < 600


def test_point_cap_aggregates_by_period_and_says_so():
    big = statements(n=3000)
    big = pd.concat([big.assign(actor=f"A{i}", statement_id=big["statement_id"] + f"-{i}") for i in range(5)])
    fig = charts.timeline_figure(big, title="T", period="year", max_points=10_000)
    points = sum(len(t.x) for t in fig.data if t.x is not None)
    assert points <= 10_000
    assert "Mean stance per year" in fig.layout.title.subtitle.text
    assert len(fig.to_json()) < 1_000_000


def test_empty_selection_says_what_to_do():
    fig = charts.timeline_figure(statements().iloc[0:0], title="T")
    assert "widen the date range" in fig.layout.annotations[0].text


def test_actor_colours_are_stable_and_distinct():
    colors = charts.assign_colors(["A", "B", "C"])
    assert len(set(colors.values())) == 3
    assert charts.actor_color("A", colors) == colors["A"]
    assert charts.actor_color("Zed") == charts.actor_color("Zed")
    assert not set(charts.ACTOR_PALETTE) & set(STANCE_COLORS.values())


def test_heatmap_uses_diverging_scale_fixed_at_the_stance_range():
    from stancetrack import derive

    cells = derive.actor_periods(statements(), "month")
    fig = charts.heatmap_figure(cells, rows="actor", title="H", period="month")
    hm = fig.data[0]
    assert (hm.zmin, hm.zmax) == (-2, 2)
    assert hm.colorscale[0][1] == STANCE_COLORS[-2] and hm.colorscale[-1][1] == STANCE_COLORS[2]
    assert "strongly oppose" in " ".join(hm.colorbar.ticktext)


def test_balance_and_polarization():
    from stancetrack import derive

    s = pd.concat([statements(actor="A"), statements(actor="B").assign(stance=pd.array([2] * 6, dtype="Int8"))])
    s["statement_id"] = [f"x{i}" for i in range(len(s))]
    bal = charts.balance_figure(derive.balance(s), title="B")
    assert {t.name for t in bal.data} >= {"support", "strongly support"}
    tp = derive.topic_periods(s, "month")
    pol = charts.polarization_figure(tp, title="P", period="month")
    assert pol.data[0].name.startswith("Spread")
    assert json.loads(pol.to_json())["data"][0]["y"]
    alone = derive.topic_periods(statements(actor="A"), "month")  # one actor: no spread to speak of
    ys = charts.polarization_figure(alone, title="P", period="month").data[0].y
    assert all(y is None or y != y for y in ys)  # gaps, not a 0 that reads as agreement
    assert pol.layout.legend.title.text == "Per period"
    assert pol.layout.xaxis.tickformat == "%Y-%m" and pol.layout.xaxis.dtick == "M1"  # "2024-03", not "Feb 27"
    assert pol.data[0].hovertemplate.startswith("%{x|%Y-%m}")
    yearly = charts.polarization_figure(derive.topic_periods(s, "year"), title="P", period="year")
    assert yearly.layout.xaxis.tickformat == "%Y" and yearly.data[1].hovertemplate.startswith("%{x|%Y}")
    # 2008 and 2025 (the NATO seed): a tick per month would be 200 labels on top of each other
    far = s.iloc[:2].copy()
    far["date"] = pd.to_datetime(["2008-04-03", "2025-02-12"])
    far["actor"] = ["A", "B"]
    spread_out = charts.polarization_figure(derive.topic_periods(far, "month"), title="P", period="month")
    assert spread_out.layout.xaxis.dtick is None and spread_out.layout.xaxis.tickformat == "%Y-%m"
    assert spread_out.layout.legend.orientation == "h"  # under the plot, not taking half its width


def test_figures_stay_under_one_megabyte_whatever_the_data_size():
    n = 60_000
    dates = pd.date_range("1950-01-01", periods=n, freq="D")
    big = pd.DataFrame({
        "statement_id": [f"s{i}" for i in range(n)], "actor": [f"Actor {i % 40}" for i in range(n)],
        "topic": "Tax", "stance": pd.array([(i % 5) - 2 for i in range(n)], dtype="Int8"),
        "date": dates, "date_end": dates, "date_precision": "day", "date_text": "x", "date_basis": "explicit",
        "quote": "a fairly long quote " * 20, "source": "src", "published": dates, "reported_by": None, "notes": None,
    })
    for rows in (big.head(1_400), big.head(5_000), big):
        fig = charts.timeline_figure(rows, title="T", period="month")
        assert len(fig.to_json()) < 1_000_000, len(rows)
        assert sum(len(t.x) for t in fig.data if t.x is not None) <= charts.MAX_POINTS


def test_hover_text_keeps_quote_marks_readable_and_markup_inert():
    s = statements(quote='the change would "put unbearable pressure" <b>on</b> firms & \'others\'')
    hover = [t for t in charts.timeline_figure(s, title="T").data if t.text is not None][0].text[0]
    assert '"put unbearable pressure"' in hover and "'others'" in hover  # not &quot; shown as such
    assert "&lt;b&gt;on&lt;/b&gt;" in hover and "&amp;" in hover and "<b>on" not in hover


def test_titles_escape_names_that_look_like_markup():
    evil = 'Tax <a href="https://evil.example">click</a>'
    for fig in (charts.timeline_figure(statements(), title=evil),
                charts.timeline_figure(statements().iloc[0:0], title=evil)):
        assert "<a " not in fig.to_json() and "&lt;a href" in fig.layout.title.text


def test_agreement_table_does_not_call_silence_agreement():
    s = statements(actor="A")
    t = charts.agreement_table(s, ["A", "B"], "month")
    assert set(t["agreement"]) == {"not all have spoken yet"}
    assert t["gap"].isna().all()  # one voice has no gap: not "gap 0" beside "not all have spoken"


def _two(stances_a, stances_b):
    s = statements(n=len(stances_a) + len(stances_b))
    s["actor"] = ["A"] * len(stances_a) + ["B"] * len(stances_b)
    s["stance"] = pd.array(stances_a + stances_b, dtype="Int8")
    s["date"] = pd.Timestamp("2024-03-05")
    return s


def test_agreement_reads_means_as_their_nearest_side():
    # A: one neutral statement (0.00); B: 0, 0, 0, 0, 0, +1 (mean +0.17): both neutral, so they agree
    t = charts.agreement_table(_two([0], [0, 0, 0, 0, 0, 1]), ["A", "B"], "month")
    assert t["agreement"].tolist() == ["agree"] and t["gap"].tolist() == [0.17]
    t = charts.agreement_table(_two([-1], [1]), ["A", "B"], "month")
    assert t["agreement"].tolist() == ["diverge"] and t["gap"].tolist() == [2.0]
    t = charts.agreement_table(_two([1, 0], [2]), ["A", "B"], "month")  # +0.5 rounds to support, like +2
    assert t["agreement"].tolist() == ["agree"]


def test_nearest_point_rounds_halves_away_from_zero():
    from stancetrack.stance import nearest_point

    assert nearest_point(np.array([0.14, 0.5, -0.5, -1.5, 1.49, 0.0])).tolist() == [0, 1, -1, -2, 1, 0]


def test_heatmap_marks_a_period_holding_for_and_against():
    from stancetrack import derive

    s = _two([1, -1], [1])  # A said +1 and -1 in March: a mean of 0 that is no neutral stance
    cells = derive.actor_periods(s, "month")
    assert cells.set_index("actor").loc["A", ["supporting", "opposing"]].tolist() == [1, 1]
    fig = charts.heatmap_figure(cells, rows="actor", title="H", period="month")
    hm = fig.data[0]
    rows = list(hm.y)
    assert hm.z[rows.index("A")][0] == 0 and hm.text[rows.index("A")][0] == "±"
    assert hm.text[rows.index("B")][0] == ""
    assert hm.customdata[rows.index("A")][0][1] == "1 for, 1 against (mixed)"
    assert hm.hoverongaps is False  # an empty cell shows no "mean stance NaN"
    assert "± = for and against" in fig.layout.title.subtitle.text  # under the title: a narrow page cuts titles
    plain = charts.heatmap_figure(derive.actor_periods(statements(), "month"), rows="actor", title="H", period="month")
    assert "±" not in plain.layout.title.text and not any("±" in str(t) for row in plain.data[0].text for t in row)


def test_actor_lists_leave_out_actors_without_statements():
    from stancetrack import filters

    s = pd.concat([statements(actor="A"), statements(actor="B").assign(topic="Other")], ignore_index=True)
    s["actor"] = s["actor"].astype("category")
    assert filters.actors_by_size(s, "Tax") == ["A"]


def test_clicking_an_aggregated_point_lists_exactly_the_statements_it_averages():
    from stancetrack import derive

    big = statements(n=2000)  # monthly from 2024: aggregated by year
    fig = charts.timeline_figure(big, title="T", period="year")
    trace = fig.data[0]
    key, actor = trace.customdata[1]
    _, period, start = key.split("|", 2)
    rows = derive.period_rows(big, actor, period, start)
    assert len(rows) == 12 and (rows["date"].dt.year == int(start[:4])).all()


def test_dark_variant_is_a_dark_copy_and_keeps_the_light_figure():
    import plotly.graph_objects as go

    from stancetrack.charts import dark_variant

    light = go.Figure(go.Scatter(x=[1, 2], y=[0, 1], line=dict(color="#000000"), marker=dict(color="#b2182b")))
    light.update_layout(title="t")
    dark = dark_variant(light)
    assert dark.layout.paper_bgcolor == "rgba(0,0,0,0)" and dark.layout.template.layout.font.color != "#2a3f5f"
    assert dark.data[0].line.color == "#e0e0e0"  # black actor line made visible on a dark page
    assert dark.data[0].marker.color == "#b2182b"  # other colours unchanged
    assert light.data[0].line.color == "#000000" and light.layout.paper_bgcolor is None  # the shared figure untouched
    ringed = go.Figure(go.Scatter(x=[1], y=[0], marker=dict(color="#000000", line=dict(color="#ffffff"))))
    assert dark_variant(ringed).data[0].marker.color == "#e0e0e0"  # a black actor's markers, as its line
    assert dark_variant(ringed).data[0].marker.line.color == "#0e1117"  # the ring takes the dark page's colour


def test_imprecise_dates_draw_their_bar_where_the_period_is():
    import json

    s = statements(precision="month")
    s["date_end"] = s["date"] + pd.offsets.MonthEnd(0)
    spec = json.loads(charts.timeline_figure(s, title="T").to_json())
    bars = [t for t in spec["data"] if t.get("name", "").endswith("(period)")]
    # in the browser's JSON: dates, not nanosecond counts that Plotly reads as milliseconds
    assert bars and bars[0]["x"][:2] == [s["date"].iat[0].strftime("%Y-%m-%d"), s["date_end"].iat[0].strftime("%Y-%m-%d")]


def test_statements_of_a_single_day_get_a_readable_axis():
    s = statements()
    s["date"] = s["date_end"] = pd.Timestamp("2025-06-24")
    fig = charts.timeline_figure(s, title="T")
    lo, hi = (pd.Timestamp(x) for x in fig.layout.xaxis.range)
    assert lo < pd.Timestamp("2025-06-24") < hi and (hi - lo).days >= 7 and fig.layout.xaxis.tickformat == "%Y-%m-%d"


def test_polarization_line_breaks_where_no_one_spoke():
    tp = pd.DataFrame({"topic": "T", "period": pd.to_datetime(["2020-01-01", "2020-02-01", "2021-06-01", "2021-07-01"]),
                       "mean_stance": [1.0, 0.5, -1.0, -0.5], "spread": [0.1, 0.2, 1.5, 1.4]})
    for trace in charts.polarization_figure(tp, title="P", period="month").data:
        x, y = list(trace.x), pd.Series(trace.y, dtype="float64")
        assert len(x) == 5 and y.isna().tolist() == [False, False, True, False, False]  # 16 months: no trend
        assert x[1] < x[2] < x[3] and not trace.connectgaps
    yearly = charts.polarization_figure(tp, title="P", period="year")  # 16 months is within 1.5 years
    assert not pd.Series(yearly.data[0].y, dtype="float64").isna().any()


def test_markers_of_one_day_and_stance_are_spread_apart_and_others_sit_on_their_value():
    from stancetrack.schema import COLUMNS

    n = 6
    day = pd.Timestamp("2025-03-11")
    rows = pd.DataFrame({
        "statement_id": [f"s{i}" for i in range(n + 1)], "actor": [f"Actor {i}" for i in range(n)] + ["Actor 0"],
        "topic": "T", "stance": pd.array([1] * n + [-2], dtype="Int8"),
        "date": [day] * n + [day + pd.Timedelta(days=3)], "date_end": pd.NaT, "date_precision": "day",
        "date_text": "", "date_basis": "explicit", "quote": "q", "source": "src", "published": day,
        "reported_by": None, "notes": None,
    })
    fig = charts.timeline_figure(rows.reindex(columns=[c for c in COLUMNS if c in rows] + [c for c in rows if c not in COLUMNS]),
                                 title="T")
    ys = sorted(y for t in fig.data if t.mode == "markers" and t.x is not None and t.x[0] is not None
                for x, y in zip(t.x, t.y) if pd.Timestamp(x) == day)
    assert len(ys) == n and ys[0] >= 0.6 and ys[-1] <= 1.4  # around +1, within ±0.4
    assert min(b - a for a, b in zip(ys, ys[1:])) >= 0.13  # far enough apart to click (markers are ~13 px)
    alone = [y for t in fig.data if t.mode == "markers" and t.x is not None and t.x[0] is not None
             for x, y in zip(t.x, t.y) if pd.Timestamp(x) != day]
    assert len(alone) == 1 and abs(alone[0] - -2) <= charts.LANE_MAX  # on its actor's lane, near -2
    line = next(t for t in fig.data if t.mode == "lines" and t.name == "Actor 0" and t.line.shape == "hv")
    assert line.y[-1] == alone[0]  # the marker alone sits on its own line


@pytest.mark.parametrize("days, stances, expected", [
    # a day on which the actor took both sides holds no side: nothing to compare with the next day
    (["2019-12-27", "2019-12-27", "2019-12-27", "2020-01-15"], [1, -1, 1, -1], []),
    # … and it is passed over: the change is from the last clear day to the next one
    (["2024-01-01", "2024-02-01", "2024-02-01", "2024-03-01"], [1, 1, -1, -1], [(1, -1, "2024-03-01")]),
    # for, for and against in one day, for again: no reversal at all (it used to make two)
    (["2024-01-01", "2024-02-01", "2024-02-01", "2024-03-01"], [1, 1, -1, 1], []),
    # a day that ends where it started is no change
    (["2024-01-01", "2024-02-01", "2024-02-01"], [1, -1, 1], []),
    # one day, one side, stronger at the end of the day: the day's last stance counts
    (["2024-01-01", "2024-02-01", "2024-02-01"], [-1, 1, 2], [(-1, 2, "2024-02-01")]),
])
def test_shifts_compare_each_days_last_stance(days, stances, expected):
    from stancetrack import derive

    s = statements(len(days))
    s["date"] = s["date_end"] = pd.to_datetime(days)
    s["stance"] = pd.array(stances, dtype="Int8")
    sh = derive.shifts(s)
    assert [(int(r.from_stance), int(r.to_stance), str(r.to_date.date())) for r in sh.itertuples()] == expected


def test_vote_shifts_compare_each_years_mean_side_not_one_resolution_with_the_next():
    from stancetrack import derive

    days = ["2018-03-01", "2018-06-01", "2018-12-20", "2019-02-01", "2019-11-05", "2020-05-05", "2020-12-01"]
    s = statements(len(days))
    s["date"] = s["date_end"] = pd.to_datetime(days)
    # 2018: yes, yes, no (mean +0.33: neutral); 2019: no, no (oppose); 2020: yes, no (mean 0: neutral)
    s["stance"] = pd.array([1, 1, -1, -1, -1, 1, -1], dtype="Int8")
    sh = derive.period_shifts(s, "year")
    assert [(int(r.from_stance), int(r.to_stance), r.from_date.year, r.to_date.year) for r in sh.itertuples()] == \
        [(-1, 0, 2019, 2020), (0, -1, 2018, 2019)]  # latest first
    assert sh.columns.tolist() == derive.shifts(s).columns.tolist()
    assert len(derive.shifts(s)) == 3  # vote by vote: 3 "changes of mind", two of them within a year
    lines = derive.describe_vote_shifts(sh)
    assert lines[1] == ("Anna Berg: mostly no in 2019 (2 votes, mean -1.00), after mixed in 2018 (3 votes, mean +0.33) "
                        "— votes on Tax resolutions")
    assert derive.period_shifts(s.iloc[0:0], "year").empty


def test_vote_shifts_ignore_a_mean_wobbling_around_the_cut_off():
    from stancetrack import derive

    years = [2010, 2011, 2012, 2013, 2014]
    # yearly means +0.6, +0.4, +0.6, -0.2, +0.6: the 0.4 keeps "mostly yes"; -0.2 is mixed, then yes again
    votes = {2010: [1, 1, 1, 0, 0], 2011: [1, 1, 0, 0, 0], 2012: [1, 1, 1, 0, 0], 2013: [-1, 0, 0, 0, 0],
             2014: [1, 1, 1, 0, 0]}
    rows = [(f"{y}-0{k + 1}-01", v) for y in years for k, v in enumerate(votes[y])]
    s = statements(len(rows))
    s["date"] = s["date_end"] = pd.to_datetime([d for d, _ in rows])
    s["stance"] = pd.array([v for _, v in rows], dtype="Int8")
    sh = derive.period_shifts(s, "year")
    assert [(int(r.from_stance), int(r.to_stance), r.to_date.year) for r in sh.itertuples()] == [(0, 1, 2014), (1, 0, 2013)]


def test_exported_figure_caption_is_wrapped_below_the_axis_and_the_figure_grows_for_it():
    from pages.common import _captioned

    caption = "Dataset: a long title. " + "Actors: " + ", ".join(f"Actor number {i}" for i in range(20)) + "."
    fig = charts.timeline_figure(statements(), title="T")
    out = _captioned(fig, caption)
    note = out.layout.annotations[-1]
    assert note.text.count("<br>") >= 2 and note.yanchor == "top" and note.yshift <= -70
    assert out.layout.height > (fig.layout.height or 520) and out.layout.margin.b > 120
    assert len(fig.layout.annotations) == len(out.layout.annotations) - 1  # the app's own figure is untouched



def test_the_exported_picture_keeps_room_for_every_actor_and_drops_the_click_advice():
    """A ten-actor PNG lost its last legend entries: the caption's margin was taken from the plot area."""
    from pages.common import _captioned

    def plot_height(f):
        return f.layout.height - f.layout.margin.t - f.layout.margin.b

    s = pd.concat([statements(n=3, actor=f"Actor {i}").assign(statement_id=lambda d, i=i: d["statement_id"] + f"-{i}")
                   for i in range(12)], ignore_index=True)
    s.loc[0, "date_precision"], s.loc[1, "date_precision"] = "month", "quarter"
    fig = charts.timeline_figure(s, title="T")
    out = _captioned(fig, "Dataset: D. Actors: " + ", ".join(f"Actor {i}" for i in range(12)) + ".")
    assert plot_height(out) >= plot_height(fig) >= 27 * 12 + 22 * 3  # every actor, then the marker shapes
    assert "hover" in fig.layout.title.subtitle.text and "hover" not in out.layout.title.subtitle.text
    assert "none hides another" in out.layout.title.subtitle.text


def test_hover_says_when_there_is_no_quote():
    s = statements(2)
    s["quote"] = [None, "  "]
    assert list(charts.hover_text(s).str.contains("(no quote recorded)", regex=False)) == [True, True]


def test_catch_all_topics_come_last_but_only_those():
    from stancetrack import filters

    s = pd.DataFrame({"topic": ["Other resolutions"] * 5 + ["General election 2024"] * 4 + ["Miscarriage care"] * 3
                      + ["unspecified"] * 6 + ["Parking"]})
    assert filters.topics_by_size(s) == ["General election 2024", "Miscarriage care", "Parking", "unspecified",
                                         "Other resolutions"]


def test_heatmap_shows_years_without_statements_as_a_gap():
    cells = pd.DataFrame({"actor": ["A", "A", "B"], "period": pd.to_datetime(["2019-01-01", "2022-01-01", "2022-01-01"]),
                          "stance": [1.0, -1.0, 2.0], "statements": [1, 2, 1]})
    fig = charts.heatmap_figure(cells, rows="actor", title="H", period="year")
    assert list(fig.data[0].x) == ["2019", "2020", "2021", "2022"]
    z = np.asarray(fig.data[0].z, dtype=float)
    assert np.isnan(z[:, 1:3]).all() and z[0, 0] == 1.0 and z[0, 3] == -1.0
    # a span too long for a column each keeps only the periods with statements, and says so
    long = cells.assign(period=pd.to_datetime(["1900-01-01", "2020-01-01", "2020-01-01"]))
    fig = charts.heatmap_figure(long, rows="actor", title="H", period="quarter")
    assert len(fig.data[0].x) == 2 and "without statements left out" in fig.layout.title.subtitle.text


def _lab(hex_colour: str) -> np.ndarray:
    rgb = np.array([int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)])
    lin = np.where(rgb > 0.04045, ((rgb + 0.055) / 1.055) ** 2.4, rgb / 12.92)
    xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]]) @ lin
    xyz = xyz / np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def test_actor_colours_can_be_told_apart_from_each_other_and_from_stance():
    labs = [_lab(c) for c in charts.ACTOR_PALETTE]
    closest = min(np.linalg.norm(a - b) for i, a in enumerate(labs) for b in labs[i + 1:])
    assert closest >= 24
    assert min(np.linalg.norm(a - _lab(s)) for a in labs for s in STANCE_COLORS.values()) >= 20
    # the first ten (what a dataset opens with) are further apart, with at most two greens among them
    first = labs[:10]
    assert min(np.linalg.norm(a - b) for i, a in enumerate(first) for b in first[i + 1:]) >= 29
    hue = [np.degrees(np.arctan2(c[2], c[1])) % 360 for c in first]
    chroma = [np.hypot(c[1], c[2]) for c in first]
    assert sum(100 <= h <= 200 and ch > 20 for h, ch in zip(hue, chroma)) <= 2


def test_a_neutral_heatmap_cell_is_grey_not_the_white_of_an_empty_one():
    from stancetrack.schema import STANCE_COLORSCALE

    centre = dict((v, c) for v, c in STANCE_COLORSCALE)[0.5]
    assert centre == STANCE_COLORS[0]
    assert np.linalg.norm(_lab(centre) - _lab("#ffffff")) >= 20


def test_an_actors_colour_does_not_move_when_the_selection_changes():
    ranking = ["A", "B", "C", "D", "E"]
    both = charts.assign_colors(["C", "A", "E"], ranking=ranking)
    fewer = charts.assign_colors(["E", "C"], ranking=ranking)
    assert both["C"] == fewer["C"] and both["E"] == fewer["E"]
    assert len(set(both.values())) == 3
    # two shown actors whose ranks share a colour get different ones; line styles never move, and no two of the
    # first 42 actors share both colour and style
    many = [f"x{i}" for i in range(60)]
    clash = charts.assign_colors(["x0", "x14"], ranking=many)
    assert clash["x0"] == charts.ACTOR_PALETTE[0] and clash["x14"] != clash["x0"]
    styles = charts.assign_dashes(many, ranking=many)
    colours = charts.assign_colors(many, ranking=many)
    assert len({(colours[a], styles[a]) for a in many[:42]}) == 42
    assert charts.assign_dashes(["x14", "x3"], ranking=many) == {a: styles[a] for a in ("x14", "x3")}


def test_line_styles_tell_actors_apart_without_colour():
    fig = charts.timeline_figure(pd.concat([statements(actor="A"), statements(actor="B")], ignore_index=True),
                                 title="T", dashes={"A": "solid", "B": "dash"})
    lines = {t.name: t.line.dash for t in fig.data if t.mode == "lines" and t.line.shape == "hv"}
    assert lines == {"A": "solid", "B": "dash"}


def test_more_actors_than_colours_repeat_stably_instead_of_all_sharing_one():
    many = [f"actor {i}" for i in range(20)]
    got = charts.assign_colors(many, ranking=many)
    assert len(set(list(got.values())[:14])) == 14 and len(set(list(got.values())[14:])) == 6
    assert charts.assign_colors(many[15:], ranking=many) == {a: got[a] for a in many[15:]}


def test_colours_stay_when_an_import_adds_actors_or_the_topic_changes():
    """The analyst's complaint: colours followed the ranking by size, so an import that changed it recoloured
    every chart. Now they follow the order actors first appear in, and a new actor goes at its end."""
    before = ["NATO", "Mark Rutte", "Donald Trump", "Hungary", "Slovakia", "Russia"]
    colours = charts.assign_colors(before, ranking=before)
    after = before + ["Olaf Scholz", "Poland"]  # an import adds two actors, who may speak more than anyone
    recoloured = charts.assign_colors(after, ranking=after)
    assert {a: recoloured[a] for a in before} == colours
    assert len(set(recoloured.values())) == len(after)
    # on another topic only some of them speak: the same colours
    assert charts.assign_colors(["Hungary", "Poland"], ranking=after) == {a: recoloured[a] for a in ("Hungary", "Poland")}
    # and the first actors take the palette's first, most distinct colours (a journalist's walkthrough found two
    # teals among ten actors when colours followed a hash of the name)
    assert list(colours.values()) == charts.ACTOR_PALETTE[:len(before)]


def test_badge_text_on_each_stance_colour_is_readable():
    from stancetrack.schema import STANCE_TEXT_COLORS

    def lum(h):
        c = [int(h.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4)]
        c = [x / 12.92 if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4 for x in c]
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]

    for v, bg in STANCE_COLORS.items():
        a, b = sorted((lum(bg), lum(STANCE_TEXT_COLORS[v])))
        assert (b + 0.05) / (a + 0.05) >= 4.5, v  # WCAG AA for normal text


def test_markers_of_one_day_spread_apart_and_lines_that_share_a_stance_both_show():
    day = pd.Timestamp("2025-03-01")
    s = pd.DataFrame({"statement_id": ["a", "b", "c"], "actor": ["A", "B", "B"], "topic": ["T"] * 3,
                      "stance": [1, 1, 1], "date": [day, day, day + pd.Timedelta(days=30)],
                      "date_end": [day, day, day + pd.Timedelta(days=30)], "date_precision": ["day"] * 3,
                      "quote": ["q"] * 3, "source": ["s"] * 3, "date_text": [""] * 3, "date_basis": ["explicit"] * 3})
    fig = charts.timeline_figure(s, title="T")
    lines = {t.name: list(t.y) for t in fig.data if t.mode == "lines" and t.line.shape == "hv"}
    (a,), (b1, b2) = lines["A"], lines["B"]
    assert b1 == b2  # no step where B's stance did not change
    assert a != b1 and abs(a - b1) >= 0.05  # both lines at +1 are seen, neither hides the other
    assert all(abs(y - 1) <= charts.LANE_MAX for y in (a, b1))  # and both read as +1
    marks = {t.name: list(t.y) for t in fig.data if t.mode == "markers" and t.customdata is not None}
    assert marks["A"][0] < 1 < marks["B"][0] or marks["B"][0] < 1 < marks["A"][0]  # same day: spread apart
    assert marks["B"][1] == b2  # a marker alone sits on its actor's line
    # the printed caption states the same bound the chart keeps (it once said ±0.4 while lanes kept ±0.15)
    assert f"±{charts.LANE_MAX:g};" in charts.DODGE_NOTE_PRINT
    assert "so none hides another" in fig.layout.title.subtitle.text


def test_timeline_opens_on_the_statements_when_one_lies_years_away():
    s = statements(n=9)  # monthly through 2024 …
    s.loc[0, ["date", "date_end"]] = pd.Timestamp("2008-04-03")  # … and one decision of 2008
    fig = charts.timeline_figure(s, title="T")
    lo, hi = (pd.Timestamp(x) for x in fig.layout.xaxis.range)
    assert lo.year == 2024 and hi <= pd.Timestamp("2024-10-01") and lo < pd.Timestamp("2024-02-01")
    assert fig.layout.xaxis.rangeslider.visible  # the whole span stays reachable
    assert fig.layout.title.subtitle.text.startswith("1 earlier statement (2008) is off this view")
    assert "<br>Markers of the same day" in fig.layout.title.subtitle.text or "Markers" not in fig.layout.title.subtitle.text
    # a picture cannot be dragged: exports keep the readable view, without the slider, and say what is left out
    out = charts.for_export(fig)
    assert out.layout.xaxis.range == fig.layout.xaxis.range and not out.layout.xaxis.rangeslider.visible
    assert out.layout.title.subtitle.text.startswith("1 earlier statement (2008) is outside this view, not drawn.")
    assert "slider" not in out.layout.title.subtitle.text and out.layout.height == 520
    assert fig.layout.xaxis.rangeslider.visible  # the on-screen figure is untouched
    # statements spread over the span, or two real clusters: the whole span, no slider
    for even in (statements(n=9), pd.concat([statements(n=4), statements(n=4).assign(
            date=lambda d: d["date"] + pd.DateOffset(years=10), date_end=lambda d: d["date_end"] + pd.DateOffset(years=10),
            statement_id=lambda d: d["statement_id"] + "b")], ignore_index=True)):
        fig = charts.timeline_figure(even, title="T")
        lo, hi = (pd.Timestamp(x) for x in fig.layout.xaxis.range)  # the whole span, its edges clear of markers
        assert lo < even["date"].min() and hi > even["date_end"].max() and not fig.layout.xaxis.rangeslider.visible


def test_marker_shapes_keep_their_own_legend_and_exports_show_every_actor():
    s = pd.concat([statements(n=3, actor=f"Actor {i}").assign(statement_id=lambda d, i=i: d["statement_id"] + f"-{i}")
                   for i in range(16)], ignore_index=True)
    s.loc[0, "date_precision"] = "month"
    fig = charts.timeline_figure(s, title="T")
    shapes = [t for t in fig.data if t.legendgroup == "precision"]
    assert {t.name for t in shapes} == {"date known to the day", "date known to the month"}
    assert all(t.legend == "legend2" for t in shapes) and fig.layout.legend2.y == 0
    assert fig.layout.legend.maxheight is None and fig.layout.height >= 27 * 16 + 22 * 2  # all fit
    many = pd.concat([s] + [statements(n=2, actor=f"Other {i}").assign(statement_id=lambda d, i=i: d["statement_id"] + f"-o{i}")
                            for i in range(8)], ignore_index=True)
    fig = charts.timeline_figure(many, title="T")
    assert fig.layout.legend.maxheight  # 24 actors: the list scrolls on screen, above the shapes
    out = charts.for_export(fig)
    assert out.layout.legend.maxheight is None and out.layout.height >= 27 * 24 + 22 * 2


def test_actor_colours_on_a_dark_page_stand_out_and_apart():
    def lum(h):
        rgb = np.array([int(h[i:i + 2], 16) / 255 for i in (1, 3, 5)])
        lin = np.where(rgb > 0.04045, ((rgb + 0.055) / 1.055) ** 2.4, rgb / 12.92)
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    dark = [charts._DARK_SWAP.get(c, c) for c in charts.ACTOR_PALETTE]
    page = lum("#0e1117")
    assert min((lum(c) + 0.05) / (page + 0.05) for c in dark) >= 4  # maroon and purple were near 2:1
    labs = [_lab(c) for c in dark]
    assert min(np.linalg.norm(a - b) for i, a in enumerate(labs) for b in labs[i + 1:]) >= 19


def test_a_clear_majority_is_not_marked_mixed():
    from stancetrack import derive

    s = _two([1] * 12 + [-1] * 3, [1, 1, -1])  # A: 12 yes, 3 no (a clear yes); B: 2 for, 1 against (mixed)
    fig = charts.heatmap_figure(derive.actor_periods(s, "year"), rows="actor", title="H", period="year")
    rows = list(fig.data[0].y)
    assert fig.data[0].text[rows.index("A")][0] == "" and fig.data[0].text[rows.index("B")][0] == "±"


def test_weeks_run_from_monday_as_pandas_counts_them():
    from stancetrack import derive

    s = _two([-2, 1, 1], [])
    s["date"] = pd.to_datetime(["2025-03-07", "2025-03-09", "2025-03-10"])  # Friday, Sunday, Monday
    cells = derive.actor_periods(s, "week")
    assert cells["period"].dt.strftime("%Y-%m-%d").tolist() == ["2025-03-03", "2025-03-10"]
    assert cells["statements"].tolist() == [2, 1]
    assert (s["date"].dt.to_period(derive.PERIODS["week"]).dt.start_time.dt.strftime("%Y-%m-%d")
            == ["2025-03-03", "2025-03-03", "2025-03-10"]).all()  # the same weeks as period_rows finds


def test_a_statement_dated_by_its_publication_has_its_own_marker_and_says_so():
    """A policy analyst's walkthrough: Hungary's stance, which the source does not date, was drawn with the marker
    that means "date known to the day"."""
    from stancetrack import datasets

    s = datasets.load_statements("seed")
    fig = charts.timeline_figure(s[s["topic"] == s["topic"].iloc[0]], title="T")
    marks = [t for t in fig.data if t.mode == "markers" and t.legend != "legend2"]
    pairs = {(sym, "no date given: publication day" in txt) for t in marks for sym, txt in zip(t.marker.symbol, t.text)}
    assert (charts.PUBLICATION_SYMBOL, True) in pairs and all(sym != charts.PUBLICATION_SYMBOL or said
                                                              for sym, said in pairs)
    key = [t.name for t in fig.data if t.legend == "legend2"]
    assert "no date given: publication day" in key and "date known to the day" in key


def test_heatmap_hover_counts_one_statement_in_the_singular():
    from stancetrack import derive

    cells = derive.actor_periods(_two([1], [1, -1]), "month")
    fig = charts.heatmap_figure(cells, rows="actor", title="H", period="month")
    counts = {row[0][0] for row in fig.data[0].customdata}
    assert counts == {"1 statement", "2 statements"} and "statements" not in fig.data[0].hovertemplate


def test_agreement_counts_calendar_periods_a_stance_is_carried_through():
    """A policy analyst's walkthrough: CDU's April opposition, carried forward four weeks, counted as one week of
    divergence because the silent weeks were not listed."""
    s = _two([1, -1], [1])
    s["date"] = pd.to_datetime(["2011-03-14", "2011-04-04", "2011-03-14"])
    s["date_end"] = s["date"]
    t = charts.agreement_table(s, ["A", "B"], "week")
    assert t[["period", "periods", "agreement"]].values.tolist() == [
        ["week of 2011-03-14 – week of 2011-03-28", 3, "agree"], ["week of 2011-04-04", 1, "diverge"]]


def test_an_actor_for_and_against_in_one_period_is_mixed_not_divergent():
    """A policy analyst's walkthrough: the Greens' +1 and −1 on one day made a mean of +0.33 that Compare called
    "diverge" from the CDU's +1, while the heatmap marked the week ±."""
    s = _two([1, -1, 1], [1])
    t = charts.agreement_table(s, ["A", "B"], "month")
    assert t["agreement"].tolist() == ["mixed: A for and against"]


def test_a_statement_known_only_to_the_year_is_marked_on_a_month_heatmap():
    """The analyst's complaint: NATO's 2008 decision sat in January 2008 as if known to the month."""
    from stancetrack import derive

    s = pd.DataFrame({"statement_id": ["a", "b"], "actor": ["NATO", "Rutte"], "topic": ["T", "T"],
                      "stance": pd.array([1, 1], dtype="Int8"),
                      "date": [pd.Timestamp("2008-01-01"), pd.Timestamp("2008-01-15")],
                      "date_precision": ["year", "day"]})
    fig = charts.heatmap_figure(derive.actor_periods(s, "month"), rows="actor", title="T", period="month")
    hm = fig.data[0]
    text = dict(zip(hm.y, [row[0] for row in hm.text]))
    assert text == {"NATO": "~", "Rutte": ""}
    assert "~ = dated only to a longer period than a month" in fig.layout.title.subtitle.text
    assert "placed in its first month" in hm.customdata[list(hm.y).index("NATO")][0][1]
    yearly = charts.heatmap_figure(derive.actor_periods(s, "year"), rows="actor", title="T", period="year")
    assert "~" not in (yearly.layout.title.subtitle.text or "")  # a year is what it is known to


def test_a_month_dated_statement_goes_in_the_first_week_of_its_month():
    """A journalist's walkthrough: "Feb 2025" sat under "wk 2025-01-27", a week that is mostly January."""
    from stancetrack import derive

    s = pd.DataFrame({"statement_id": ["a", "b"], "actor": ["Ann", "Bob"], "topic": ["T", "T"],
                      "stance": pd.array([1, -1], dtype="Int8"),
                      "date": [pd.Timestamp("2025-02-01"), pd.Timestamp("2025-02-01")],
                      "date_precision": ["month", "day"]})
    cells = derive.actor_periods(s, "week").set_index("actor")
    assert str(cells.loc["Ann", "period"].date()) == "2025-02-03"  # the first Monday in February
    assert str(cells.loc["Bob", "period"].date()) == "2025-01-27"  # a Saturday is in its own week
    assert len(derive.period_rows(s, "Ann", "week", "2025-02-03")) == 1
    table = charts.agreement_table(s, ["Ann", "Bob"], "week")
    assert len(table) >= 1


def test_side_changes_leave_out_changes_of_strength():
    from stancetrack import derive

    s = statements(5)
    s["date"] = s["date_end"] = pd.to_datetime(["2024-01-01", "2024-02-01", "2024-03-01", "2024-04-01", "2024-05-01"])
    s["stance"] = pd.array([2, 1, 0, -1, -2], dtype="Int8")
    every = derive.shifts(s)
    sides = derive.side_changes(every)
    assert len(every) == 4
    assert sorted((int(r.from_stance), int(r.to_stance)) for r in sides.itertuples()) == [(0, -1), (1, 0)]


def _debate():
    """A at +2 and B at -2 in January; in April only A speaks again."""
    d = pd.to_datetime(["2025-01-10", "2025-01-12", "2025-04-03"])
    return pd.DataFrame({"statement_id": ["a", "b", "c"], "actor": ["A", "B", "A"], "topic": ["Vape ban"] * 3,
                         "stance": pd.array([2, -2, 2], dtype="Int8"), "date": d, "date_end": d,
                         "date_precision": ["day"] * 3, "quote": ["q"] * 3, "source": ["s"] * 3})


def test_polarization_carries_each_actors_stance_until_they_speak_again():
    """A policy analyst's walkthrough: a month with one speaker showed his stance as the mean and no spread."""
    from stancetrack import derive

    t = derive.standing_periods(_debate(), "month").set_index("period")
    april = t.loc[pd.Timestamp("2025-04-01")]
    assert april["mean_stance"] == 0 and april["spread"] == 2  # B still stands at -2
    assert (april["actors"], april["speaking"]) == (2, 1)
    fig = charts.polarization_figure(t.reset_index(), title="P", period="month")
    assert list(fig.data[0].y)[-1] == 2.0  # April's spread, with B carried
    assert "2 actors standing, 1 spoke" in fig.data[0].hovertemplate.replace("%{customdata[0]:.0f}", "2").replace(
        "%{customdata[1]:.0f}", "1")
    lo = pd.Timestamp(fig.layout.xaxis.range[0])
    assert pd.Timestamp("2024-12-20") < lo < pd.Timestamp("2025-01-01")  # not a month of empty axis before it


def test_balance_names_who_holds_each_stance_and_furthest_apart_says_who():
    from stancetrack import derive

    s = _debate()
    bal = derive.balance(s)
    assert bal.set_index("stance").loc[2, "names"] == ["A"] and bal.set_index("stance").loc[-2, "names"] == ["B"]
    fig = charts.balance_figure(bal.assign(names=[["<b>B</b>"], ["A"]]), title="B")
    hover = {t.name: t.customdata[0] for t in fig.data if t.x[0]}
    assert hover["strongly oppose"] == "&lt;b&gt;B&lt;/b&gt;"  # names are text, never markup
    apart = derive.furthest_apart(s)
    assert (apart["gap"], apart["high_actors"], apart["low_actors"]) == (4, ["A"], ["B"])
    assert derive.furthest_apart(s[s["actor"] == "A"]) is None


def test_a_long_title_is_broken_into_lines_not_cut_at_the_plots_edge():
    """A policy analyst's walkthrough: Compare's title with four actors was cut at "… on “A national ban on disp"."""
    title = "Sarah Whitfield vs Dr Sarah Okoye vs UK Vape Retailers Association vs Priya Nair on “A national ban on " \
            "disposable vapes”"
    fig = charts.timeline_figure(statements(), title=title)
    text = fig.layout.title.text
    assert text.count("<br>") >= 1 and all(len(line) <= charts.TITLE_WIDTH for line in text.split("<br>"))
    assert text.replace("<br>", " ") == title  # every word kept
    assert fig.layout.margin.t > 60  # room for the second line above the plot
    assert charts.timeline_figure(statements(), title="<b>x</b>").layout.title.text == "&lt;b&gt;x&lt;/b&gt;"


def test_a_heatmap_keeps_room_for_its_labels_in_a_picture():
    """A teacher's walkthrough: in the PNG the actors' names were cut off and the caption sat on the weeks."""
    from stancetrack import derive

    d = pd.to_datetime(["2025-03-10", "2024-01-01", "2025-03-12"])
    s = pd.DataFrame({"statement_id": list("abc"), "actor": ["Ruth Adeyemi of the Northfield Parents", "Tom Reed",
                                                             "Tom Reed"], "topic": "T",
                      "stance": pd.array([1, -1, 1], dtype="Int8"), "date": d, "date_end": d,
                      "date_precision": ["day", "year", "day"], "quote": "q", "source": "s"})
    fig = charts.heatmap_figure(derive.actor_periods(s, "week"), rows="actor", title="T", period="week")
    assert fig.layout.margin.l >= 7 * len("Ruth Adeyemi of the Northfield Parents")
    assert fig.layout.xaxis.tickangle == -90 and fig.layout.margin.b >= 7 * len("wk 2024-01-01")


def test_timeline_opens_on_a_spring_debate_beside_a_year_long_statement_of_two_years_before():
    """A teacher's walkthrough: one 2023 statement (a year bar) squeezed a March–April 2025 debate into a sliver."""
    s = statements(n=9)
    s["date"] = pd.date_range("2025-03-03", periods=9, freq="5D")
    s["date_end"] = s["date"]
    s.loc[0, ["date", "date_end", "date_precision"]] = [pd.Timestamp("2023-01-01"), pd.Timestamp("2023-12-31"), "year"]
    fig = charts.timeline_figure(s, title="T")
    lo, hi = (pd.Timestamp(x) for x in fig.layout.xaxis.range)
    assert lo > pd.Timestamp("2025-01-01") and hi < pd.Timestamp("2025-05-31")
    assert fig.layout.xaxis.rangeslider.visible
    assert fig.layout.title.subtitle.text.startswith("1 earlier statement (2023) is off this view")


def test_shown_actors_draw_different_line_styles_while_styles_last():
    """A teacher's walkthrough: the 3rd and 9th actors of her workspace drew the same dash-dot line side by side."""
    ranking = [f"A{i}" for i in range(12)]
    shown = ["A3", "A9", "A1", "A7"]
    dashes = charts.assign_dashes(shown, ranking)
    assert len(set(dashes.values())) == 4
    assert dashes["A3"] == charts.assign_dashes(["A3"], ranking)["A3"]  # the first of them keeps its own
