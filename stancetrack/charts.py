"""Chart builders: DataFrame in, Plotly figure out. No Streamlit here.

Conventions every chart follows: stance colours from ``schema.STANCE_COLORS``
(diverging red ↔ blue, colour-blind safe), one colour per actor that stays the
same everywhere (``actor_color``), titles and axis labels, and user text
escaped before it reaches hover labels (Plotly renders a subset of HTML there).
"""
from __future__ import annotations

import hashlib
import html

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from .derive import format_period
from .schema import STANCE_COLORS, STANCE_COLORSCALE, STANCE_LABELS
from .stance import nearest_point

pio.templates.default = "plotly_white"  # set once: per-figure template updates cost ~10 ms each

MAX_POINTS = 10_000  # never more points than this in one figure
MAX_RAW = 1_500  # statements drawn one by one, each with its quote in the hover (~0.5 KB a point)
MARKER_RING = "#ffffff"  # the ring round each marker (the page background on a dark page: see dark_variant)
MAX_AGG = 4_000  # aggregated points (~0.2 KB each): keeps every figure's JSON under 1 MB
# Actor colours avoid the red and blue of the stance scale, so a line's colour never reads as a stance:
# fourteen, each at least 24 CIELAB units (ΔE76) from every other and 22 from the stance colours
# (tests/test_charts.py checks it).
# Ordered so that the first few (a dataset opens on its 8–10 most vocal actors) are the most unlike:
# one green-teal and one yellow-green among the first ten, the olive and dark teal only after.
ACTOR_PALETTE = [
    "#1b9e77", "#e7298a", "#ff7f00", "#000000", "#7570b3", "#a6761d", "#17becf", "#8e0152",
    "#66a61e", "#e6ab02", "#5e3c99", "#6b6b00", "#01665e", "#b2df8a",
]
LEGEND_ROWS = 16  # actors listed in a timeline's legend before it scrolls (exports list them all)
_LEGEND_ROW_PX, _LEGEND_TITLE_PX = 30, 40  # a legend entry's and the legend title's height in a browser, with room
PUBLICATION_SYMBOL = "circle-open-dot"  # a statement the source gives no date: dated by its publication
PRECISION_SYMBOLS = {"day": "circle", "week": "diamond", "month": "square", "quarter": "triangle-up",
                     "year": "star"}
STANCE_TICKS = dict(tickmode="array", tickvals=list(STANCE_LABELS), ticktext=[
    f"{v:+d} {label}" if v else f"0 {label}" for v, label in STANCE_LABELS.items()])


def actor_color(actor: str, colors: dict[str, str] | None = None) -> str:
    """The actor's colour: from the dataset's assignment, else stable by name."""
    if colors and actor in colors:
        return colors[actor]
    h = int(hashlib.blake2s(str(actor).encode("utf-8"), digest_size=4).hexdigest(), 16)
    return ACTOR_PALETTE[h % len(ACTOR_PALETTE)]


# Line styles beside colour, so actors are told apart without colour vision (a teacher's walkthrough, with a
# deuteranopia filter, saw three actors turn the same olive); 6 styles and 14 colours: no two of the first 42
# actors share both.
LINE_DASHES = ("solid", "dash", "dot", "dashdot", "longdash", "longdashdot")


def _appearance(actors_in_order: list[str], ranking: list[str]) -> dict[str, int]:
    known = set(ranking)
    return {a: i for i, a in enumerate(dict.fromkeys(list(ranking) + [a for a in actors_in_order if a not in known]))}


def assign_colors(actors_in_order: list[str], ranking: list[str] | None = None) -> dict[str, str]:
    """Colours for the actors shown, that stay put.

    ``ranking`` is every actor of the dataset in the order they first appear in it, so an import only adds
    actors at its end. The n-th actor takes the n-th palette colour (the palette runs from the most to the
    least distinct), so new actors, another topic or another selection leave the colours of the first 14
    as they were, and slides made from different views agree. Two shown actors that would share a colour
    (only past 14 actors) get different ones, the later one moving on; line styles (``assign_dashes``) do
    the same among six. Without ``ranking``, colours go by the order given."""
    n = len(ACTOR_PALETTE)
    if ranking is None:
        return {a: (ACTOR_PALETTE[i] if i < n else actor_color(a)) for i, a in enumerate(actors_in_order)}
    return {a: ACTOR_PALETTE[i] for a, i in _spread(actors_in_order, _appearance(actors_in_order, ranking), n).items()}


def _spread(actors: list[str], order: dict[str, int], n: int) -> dict[str, int]:
    """Each actor's slot among ``n`` (its appearance order modulo n); two shown actors that would share a slot get
    different ones while slots last, the later one moving on."""
    out: dict[str, int] = {}
    taken: set[int] = set()
    for a in sorted(actors, key=order.__getitem__):
        want = order[a] % n
        out[a] = next(((want + k) % n for k in range(n) if (want + k) % n not in taken), want)
        taken.add(out[a])
    return out


def assign_dashes(actors_in_order: list[str], ranking: list[str] | None = None) -> dict[str, str]:
    """Each actor's line style, as stable as its colour (see ``assign_colors``): two shown actors that would
    share a style get different ones while there are styles to spare (a teacher's walkthrough: two of four
    actors drew the same dash-dot line)."""
    order = _appearance(actors_in_order, ranking) if ranking is not None else {a: i for i, a in enumerate(actors_in_order)}
    return {a: LINE_DASHES[i] for a, i in _spread(actors_in_order, order, len(LINE_DASHES)).items()}


def esc(value, limit: int | None = None) -> str:
    """User text made safe for Plotly hover labels (escaped, optionally cut)."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    text = str(value)
    if limit and len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return html.escape(text, quote=False)  # Plotly shows "&quot;" literally; quote marks need no escaping there


TITLE_WIDTH = 70  # characters a line of title holds beside the legend at a laptop's width, clear of the toolbar


def _title(text: str) -> str:
    """Titles carry actor and topic names: escaped like hover text (Plotly renders tags there too), and broken
    into lines, since Plotly cuts a long title at the plot's edge ("… on “A national ban on disp")."""
    import textwrap

    lines = textwrap.wrap(str(text), TITLE_WIDTH, break_long_words=False) or [""]
    if len(lines) > 3:
        lines = lines[:3]
        lines[2] = lines[2].rstrip() + " …"
    return "<br>".join(html.escape(line, quote=False) for line in lines)


def _subtitle(text: str, width: int = 110) -> str:
    """Notes under a title, escaped and broken into lines (Plotly does not wrap them)."""
    import textwrap

    return "<br>".join(html.escape(line, quote=False) for line in textwrap.wrap(text, width)[:4])


def _top_margin(title_html: str, base: int = 60) -> int:
    return base + 22 * title_html.count("<br>")


def _esc_series(s: pd.Series, limit: int | None = None) -> pd.Series:
    codes, uniques = pd.factorize(s.astype(object), sort=False)
    u = np.array([esc(v, limit) for v in uniques], dtype=object)
    out = np.full(len(s), "", dtype=object)
    out[codes >= 0] = u[codes[codes >= 0]]
    return pd.Series(out, index=s.index)


def _wrap(text: pd.Series, width: int = 60) -> pd.Series:
    """Break long hover lines so the label stays readable."""
    return text.str.replace(rf"(.{{{width}}}\S*)\s", r"\1<br>", regex=True)


def empty_figure(title: str, message: str) -> go.Figure:
    fig = go.Figure()
    fig.update_layout(title=_title(title), xaxis=dict(visible=False), yaxis=dict(visible=False), height=320,
                      annotations=[dict(text=esc(message), showarrow=False, x=0.5, y=0.5, xref="paper",
                                        yref="paper", font=dict(size=15))])
    return fig


def _stance_axis(fig: go.Figure, title: str = "Stance") -> None:
    fig.update_yaxes(title=title, range=[-2.6, 2.6], zeroline=True, zerolinecolor="#999", **STANCE_TICKS)


def hover_text(df: pd.DataFrame) -> pd.Series:
    when = df["date_text"].astype(object).where(df["date_text"].notna(), None)
    period = format_period(df["date"], df["date_precision"].fillna("day"), df.get("date_end"))
    when_s = _esc_series(when.fillna(period))
    basis = df["date_basis"].astype(object).fillna("")
    has_quote = df["quote"].astype("string").str.strip().fillna("").ne("").to_numpy(dtype=bool)
    quote = ("“" + _wrap(_esc_series(df["quote"], 200)) + "”").where(has_quote, "(no quote recorded)")
    # "When: on Tuesday (2025-06-24, relative)"; a date the source does not give says so, once
    detail = np.where(basis.eq("publication").to_numpy(), "no date given: publication day",
                      np.where(when.notna().to_numpy(), (period + ", " + basis.astype(str)).to_numpy(dtype=object),
                               basis.astype(str).to_numpy(dtype=object)))
    detail = pd.Series(detail, index=df.index).str.rstrip(", ")
    return (
        "<b>" + _esc_series(df["actor"]) + "</b> — " + df["stance"].astype(int).map(STANCE_LABELS) + "<br>"
        + "When: " + when_s + ((" (" + detail + ")").where(detail.ne(""), ""))
        + "<br>"
        + quote + "<br>"
        + "<i>Source: " + _esc_series(df["source"], 80) + "</i>"
    )


DODGE_NOTE = ("Lines and markers sit a little off the exact stance (one lane per actor) so none hides another; "
              "hover gives the value.")
LANE_MAX = 0.15  # how far from the exact stance an actor's lane may sit
DODGE_NOTE_PRINT = (f"Lines sit a little off the exact stance (at most ±{LANE_MAX:g}; one lane per actor), and markers "
                    "of one day and stance are spread apart (up to ±0.4), so none hides another.")


def timeline_figure(statements: pd.DataFrame, *, title: str, period: str = "year",
                    max_points: int = MAX_POINTS, colors: dict[str, str] | None = None,
                    dashes: dict[str, str] | None = None) -> go.Figure:
    """Stance over time, one step line per actor, one marker per statement.

    Imprecise dates (week/month/quarter/year) get a bar over their whole period
    and their own marker symbol, so they never pose as an exact day. Above
    ``max_points`` statements the chart shows each actor's mean stance per
    ``period`` instead, and says so.
    """
    s = statements[statements["date"].notna()]
    if s.empty:
        return empty_figure(title, "No dated statements for this selection — widen the date range or pick other actors.")
    s = s.sort_values(["actor", "date", "statement_id"], kind="stable")
    if len(s) > min(max_points, MAX_RAW):
        return _aggregated_timeline(s, title=title, period=period, colors=colors, dashes=dashes)
    traces: list[dict] = []  # plain dicts: one validation pass when the figure is built
    # Whole-frame columns once (per-group pandas calls cost more than the data).
    s = s.reset_index(drop=True)
    hover = hover_text(s).to_numpy()
    stance = s["stance"].astype(int).to_numpy()
    precision = s["date_precision"].astype(object).fillna("day").to_numpy()
    dates, ends = s["date"].to_numpy(), s["date_end"].fillna(s["date"]).to_numpy()
    ids = s["statement_id"].astype(str).to_numpy()
    actors = s["actor"].astype(str).to_numpy()
    symbols = pd.Series(precision).map(PRECISION_SYMBOLS).fillna("circle").to_numpy()
    # no date in the source: the publication day stands in, and the marker says so (an open circle)
    undated = (s["date_basis"].astype(object).eq("publication").to_numpy() if "date_basis" in s
               else np.zeros(len(s), dtype=bool))
    symbols = np.where(undated, PUBLICATION_SYMBOL, symbols)
    bounds = np.flatnonzero(np.r_[True, actors[1:] != actors[:-1], True])
    n_actors = len(bounds) - 1
    # Markers with the same day and stance are spread apart vertically (up to ±0.4, in actor order, so the top
    # marker belongs to the top lane) so each stays visible and clickable; a marker alone sits on its line.
    same = pd.DataFrame({"d": dates, "s": stance}).groupby(["d", "s"], sort=False)
    k = same["s"].transform("size").to_numpy()
    dodge = (same.cumcount().to_numpy() - (k - 1) / 2) * np.minimum(0.2, 0.8 / k)
    # Each actor has a lane a little off the exact stance, so two lines that hold the same stance side by side
    # are both seen (one on top of the other hid the second); the offset is constant per actor, so a line
    # still steps only where its stance changed.
    step = min(0.08, 2 * LANE_MAX / max(n_actors - 1, 1)) if n_actors > 1 else 0.0
    lane = np.repeat((np.arange(n_actors) - (n_actors - 1) / 2) * step, np.diff(bounds))
    ys_all = stance + np.where(k > 1, dodge, lane)
    for i, (a, b) in enumerate(zip(bounds[:-1], bounds[1:])):
        actor = actors[a]
        color = actor_color(actor, colors)
        name = esc(actor, 40)
        y = ys_all[a:b]
        # The step line: the stance holds until the next statement, on the actor's lane.
        traces.append(dict(type="scatter", x=dates[a:b], y=stance[a:b] + lane[a:b], mode="lines",
                           line=dict(shape="hv", color=color, width=2.5, dash=(dashes or {}).get(actor, "solid")),
                           name=name, legendgroup=name, hoverinfo="skip"))
        loose = np.flatnonzero(precision[a:b] != "day") + a
        if len(loose):
            xs = np.empty(len(loose) * 3, dtype=object)
            ys = np.empty(len(loose) * 3, dtype=object)
            # ISO days: numpy datetimes in an object array reach the browser as nanoseconds, read as milliseconds
            xs[0::3] = np.datetime_as_string(dates[loose].astype("datetime64[ns]"), unit="D")
            xs[1::3] = np.datetime_as_string(ends[loose].astype("datetime64[ns]"), unit="D")
            xs[2::3] = None
            ys[0::3], ys[1::3], ys[2::3] = ys_all[loose], ys_all[loose], None
            traces.append(dict(type="scatter", x=xs, y=ys, mode="lines", line=dict(color=color, width=9),
                               opacity=0.35, name=f"{name} (period)", legendgroup=name, showlegend=False,
                               hoverinfo="skip"))
        traces.append(dict(
            type="scatter", x=dates[a:b], y=y, mode="markers", name=name, legendgroup=name,
            showlegend=False,
            # the actor's colour, as in the legend (the height already says the stance), ringed to stand apart
            marker=dict(size=13, color=color, symbol=symbols[a:b], line=dict(color=MARKER_RING, width=1.5)),
            text=hover[a:b], hovertemplate="%{text}<extra></extra>",
            customdata=np.stack([ids[a:b], actors[a:b]], axis=1),
        ))
    shapes = _legend_for_precision(s["date_precision"].astype(object).fillna("day")[~undated].unique(),
                                   publication=bool(undated.any()))
    traces += shapes
    fig = go.Figure(data=traces)
    subtitle = DODGE_NOTE if (k > 1).any() or n_actors > 1 else ""
    # Tall enough for every actor's legend entry (about 29 px each in a browser) above the marker-shape key
    # anchored at the bottom, so the two never overlap; past 16 actors the list scrolls.
    listed = min(n_actors, LEGEND_ROWS)
    head = _title(title)
    fig.update_layout(title=dict(text=head, subtitle=dict(text=subtitle)),
                      xaxis_title="Date of statement (bars span imprecise dates)",
                      legend_title_text="Actor", hovermode="closest",
                      height=_timeline_height(listed, len(shapes)),
                      legend=dict(y=1, yanchor="top",
                                  maxheight=(_LEGEND_TITLE_PX + _LEGEND_ROW_PX * LEGEND_ROWS) if n_actors > LEGEND_ROWS else None),
                      legend2=dict(y=0, yanchor="bottom", x=1.02, xanchor="left"),
                      margin=dict(l=10, r=10, t=_top_margin(head), b=10))
    _stance_axis(fig)
    first, last = s["date"].min(), s["date_end"].fillna(s["date"]).max()
    if last - first < pd.Timedelta(days=2):  # one day only: a readable week around it, not hours and milliseconds
        fig.update_xaxes(range=[first - pd.Timedelta(days=4), last + pd.Timedelta(days=4)], tickformat="%Y-%m-%d")
    else:
        _focus_on_main_span(fig, s["date"], s["date_end"].fillna(s["date"]))
    return fig


def _focus_on_main_span(fig: go.Figure, starts: pd.Series, ends: pd.Series) -> None:
    """Open on where the statements are when a few lie far off (one 2008 decision beside a 2025 debate).

    Drawn over the whole span, such an outlier squeezes everything else into one
    column. The view opens on the larger side of the widest gap; a range slider
    under the chart shows the whole span, and a note says what is off-screen.
    """
    order = np.argsort(starts.to_numpy(), kind="stable")
    days, last_days = starts.to_numpy()[order], ends.to_numpy()[order]
    span = last_days.max() - days[0]
    if span <= np.timedelta64(0, "D"):
        return
    # a margin of 3% of the span on each side: the first and last markers no longer sit on the plot's edge
    margin = np.timedelta64(int(span / np.timedelta64(1, "D") * 0.03) + 1, "D")
    padded = [pd.Timestamp(days[0] - margin), pd.Timestamp(last_days.max() + margin)]
    if len(days) < 3:
        fig.update_xaxes(range=padded)
        return
    reach = np.maximum.accumulate(last_days)  # a period bar reaching over the gap closes it
    gaps = days[1:] - reach[:-1]
    i = int(np.argmax(gaps))
    n_before, n_after = i + 1, len(days) - i - 1
    main = slice(i + 1, None) if n_after >= n_before else slice(0, i + 1)
    lo, hi = days[main][0], last_days[main].max()
    # the many statements fill under 40% of the span: a year-long bar from 2023 beside a March–April 2025 debate
    # squeezed it, though its gap was only half the span (a teacher's walkthrough)
    if gaps[i] <= np.timedelta64(0, "D") or hi - lo > 0.4 * span or min(n_before, n_after) > 0.2 * len(days):
        fig.update_xaxes(range=padded)  # no outlier (or two real clusters): the whole span, with a margin
        return
    pad = max((hi - lo) * 0.08, np.timedelta64(7, "D"))
    off = days[slice(0, i + 1) if main.start else slice(i + 1, None)]
    years = sorted({str(pd.Timestamp(d).year) for d in off})
    where = "earlier" if main.start else "later"
    n_off = len(off)
    what = (f"{n_off} {where} statement{'s' * (n_off != 1)} ({', '.join(years[:3])}{'…' if len(years) > 3 else ''}) "
            f"{'is' if n_off == 1 else 'are'}")
    said = f"{what} off this view: drag the slider under the chart to see {'them' if n_off != 1 else 'it'}."
    subtitle = fig.layout.title.subtitle.text or ""
    fig.update_xaxes(range=[pd.Timestamp(lo - pad), pd.Timestamp(hi + pad)],
                     rangeslider=dict(visible=True, thickness=0.08))
    # room for the slider and the larger margins, so the plot area (where the legends sit) keeps its height
    fig.update_layout(height=(fig.layout.height or 520) + 70 + (20 if subtitle else 0) + 35,
                      title_subtitle_text=f"{said}<br>{subtitle}" if subtitle else said,
                      margin_t=80 if subtitle else 60, margin_b=45,  # the axis title sits under the slider
                      meta={"focus": {"outside": what, "subtitle": subtitle}})


def _timeline_height(entries: int, shapes: int) -> int:
    """A timeline's height: its plot area holds the actors' legend and, under it, the marker-shape key."""
    return max(520, 150 + _LEGEND_TITLE_PX + _LEGEND_ROW_PX * entries + 40 + 26 * shapes)


def for_export(fig: go.Figure) -> go.Figure:
    """A copy for a file (PNG, SVG, HTML page): no range slider (a picture cannot be dragged), the view as
    on screen, and the subtitle saying which statements lie outside it; every legend entry listed."""
    out = go.Figure(fig)
    focus = (out.layout.meta or {}).get("focus") if isinstance(out.layout.meta, dict) else None
    if focus:  # the view as on screen (readable on a slide), and a note of what lies outside it
        note = f"{focus['outside']} outside this view, not drawn."
        out.update_xaxes(rangeslider_visible=False)
        out.update_layout(height=(out.layout.height or 625) - 105, meta=None, margin_b=10,  # no slider, its margin
                          title_subtitle_text=f"{note}<br>{focus['subtitle']}" if focus["subtitle"] else note)
    if out.layout.title.subtitle.text and DODGE_NOTE in out.layout.title.subtitle.text:  # nothing to click on paper
        out.layout.title.subtitle.text = out.layout.title.subtitle.text.replace(DODGE_NOTE, DODGE_NOTE_PRINT)
    if out.layout.legend.maxheight is not None:  # a picture cannot scroll its legend: make room for all of it
        out.layout.legend.maxheight = None
        entries = sum(1 for t in out.data if t.showlegend is not False and (t.legend or "legend") == "legend")
        shapes = sum(1 for t in out.data if t.legend == "legend2")
        out.update_layout(height=max(out.layout.height or 520, _timeline_height(entries, shapes)))
    return out


def _legend_for_precision(precisions, publication: bool = False) -> list[dict]:
    """Legend entries explaining marker shapes (no data of their own), in a legend of their own under the
    actors' one, so a long list of actors cannot scroll them out of sight."""
    key = [(f"date known to the {p}", PRECISION_SYMBOLS[p])
           for p in ("day", "week", "month", "quarter", "year") if p in set(precisions)]
    if publication:
        key.append(("no date given: publication day", PUBLICATION_SYMBOL))
    return [dict(type="scatter", x=[None], y=[None], mode="markers", name=name,
                 legend="legend2", legendgroup="precision", legendgrouptitle_text="Marker shape",
                 marker=dict(symbol=symbol, size=11, color="#bababa", line=dict(color="#555", width=1.5)))
            for name, symbol in key]


def _aggregated_timeline(s: pd.DataFrame, *, title: str, period: str, colors=None, dashes=None) -> go.Figure:
    from .derive import period_of

    # Coarsen the period until the figure stays small enough to send.
    order = ["week", "month", "quarter", "year"]
    for period in order[order.index(period):]:
        per = period_of(s, period)
        if pd.DataFrame({"a": s["actor"].cat.codes if hasattr(s["actor"], "cat") else s["actor"],
                         "p": per}).drop_duplicates().shape[0] <= MAX_AGG:
            break
    # Still too many points: keep the most vocal actors whose points fit, and say so.
    note = ""
    pairs = pd.DataFrame({"a": s["actor"].astype(str).to_numpy(), "p": per}).drop_duplicates()
    if len(pairs) > MAX_AGG:
        per_actor = pairs["a"].value_counts()
        vocal = s["actor"].astype(str).value_counts().index
        fits = per_actor.reindex(vocal).cumsum() <= MAX_AGG
        keep = set(fits[fits].index) or {vocal[0]}
        mask = s["actor"].astype(str).isin(keep).to_numpy()
        s, per = s[mask], per[mask]
        note = f" Showing the {len(keep)} most vocal of {len(per_actor)} actors; pick fewer in the sidebar."
    st = s["stance"].astype(float)
    agg = (s.assign(period=per, st=st, pos=st > 0, neg=st < 0)
           .groupby(["actor", "period"], observed=True, sort=True)
           .agg(stance=("st", "mean"), n=("st", "size"), sup=("pos", "sum"), opp=("neg", "sum"))
           .reset_index())
    traces: list[dict] = []
    for actor, g in agg.groupby("actor", sort=True, observed=True):
        color = actor_color(actor, colors)
        label = g["period"].dt.strftime({"year": "%Y", "week": "week of %Y-%m-%d"}.get(period, "%Y-%m"))
        text = ("<b>" + esc(actor) + "</b> — " + label + "<br>mean stance " + g["stance"].round(2).astype(str)
                + " over " + _counted(g["n"].to_numpy()) + "<br>" + g["sup"].astype(str) + " support, "
                + g["opp"].astype(str) + " oppose, " + (g["n"] - g["sup"] - g["opp"]).astype(str) + " neutral")
        traces.append(dict(
            type="scatter", x=g["period"], y=g["stance"], mode="lines+markers", name=esc(actor, 40),
            line=dict(color=color, width=2.5, dash=(dashes or {}).get(actor, "solid")),
            marker=dict(size=8, color=color, line=dict(color=MARKER_RING, width=1)),
            text=text, hovertemplate="%{text}<extra></extra>",
            # Clicks list the statements behind a point: carry the period it stands for.
            customdata=np.stack([(f"agg|{period}|" + g["period"].dt.strftime("%Y-%m-%d")).to_numpy(),
                                 g["actor"].astype(str).to_numpy()], axis=1),
        ))
    fig = go.Figure(data=traces)
    head = _title(title)
    fig.update_layout(
        title=dict(text=head, subtitle=dict(
            text=f"Mean stance per {period}: {len(s):,} statements are too many to draw one by one. "
                 "Click a point to list its statements." + note)),
        xaxis_title=period.capitalize(), legend_title_text="Actor", height=520,
        margin=dict(l=10, r=10, t=_top_margin(head), b=10))
    _stance_axis(fig, "Mean stance")
    return fig


MAX_HEATMAP_COLUMNS = 150


def _counted(n: np.ndarray) -> np.ndarray:
    """ "1 statement", "3 statements" for each count in an array."""
    return np.where(n == 1, "1 statement", n.astype(str).astype(object) + " statements")


def heatmap_figure(cells: pd.DataFrame, *, rows: str, title: str, period: str, max_rows: int = 60) -> go.Figure:
    """Mean stance per (row, period) on the diverging stance scale.

    ``cells`` has columns ``rows``, ``period``, ``stance`` (mean), ``statements``.
    """
    if cells.empty:
        return empty_figure(title, "Nothing to show for this selection — widen the date range or choose another topic.")
    order = cells.groupby(rows, observed=True)["statements"].sum().sort_values(ascending=False)
    keep = order.index[:max_rows]
    cells = cells[cells[rows].isin(keep)]
    def labels(when: pd.Series) -> pd.Series:
        if period == "quarter":
            return when.dt.year.astype(str) + "-Q" + when.dt.quarter.astype(str)
        return when.dt.strftime({"year": "%Y", "month": "%Y-%m", "week": "wk %Y-%m-%d"}.get(period, "%Y-%m-%d"))

    label = labels(cells["period"])
    grid = cells.assign(label=label).pivot_table(index=rows, columns="label", values="stance", aggfunc="mean",
                                                 observed=True)
    counts = cells.assign(label=label).pivot_table(index=rows, columns="label", values="statements",
                                                   aggfunc="sum", observed=True).reindex_like(grid)
    # Every period from the first to the last gets its column, so years without statements show as a gap
    # instead of neighbouring columns that look consecutive; past MAX_HEATMAP_COLUMNS they are left out (and said).
    freq = {"year": "YS", "quarter": "QS", "month": "MS", "week": "W-MON"}.get(period)
    skipped = ""
    if freq:
        span = labels(pd.Series(pd.date_range(cells["period"].min(), cells["period"].max(), freq=freq))).tolist()
        if len(span) <= MAX_HEATMAP_COLUMNS:
            grid, counts = grid.reindex(columns=span), counts.reindex(columns=span)
        elif len(span) > grid.shape[1]:
            skipped = f"; {len(span) - grid.shape[1]} {period}s without statements left out"
    grid = grid.reindex([k for k in keep if k in grid.index])
    counts = counts.reindex(grid.index)
    # Cells holding both "for" and "against" are marked ±: their mean can sit at a neutral-looking 0.
    # mixed: the smaller side holds at least a quarter of the signed statements (one for and one against is
    # mixed; 12 yes and 3 no on a year of UN votes is a clear yes)
    mixed = pd.DataFrame(False, index=grid.index, columns=grid.columns)
    detail = np.full(grid.shape, "", dtype=object)
    if {"supporting", "opposing"} <= set(cells.columns):
        pro, con = (cells.assign(label=label).pivot_table(index=rows, columns="label", values=c, aggfunc="sum",
                                                          observed=True).reindex_like(grid).fillna(0).astype(int)
                    for c in ("supporting", "opposing"))
        mixed = (pro > 0) & (con > 0) & (np.minimum(pro, con) * 4 >= pro + con)
        detail = np.where(mixed, pro.astype(str) + " for, " + con.astype(str) + " against (mixed)", "")
    loose = np.zeros(grid.shape, dtype=bool)
    if "coarser" in cells.columns:  # "2008" on a month grid: in its first month, and marked as such
        n_loose = cells.assign(label=label).pivot_table(index=rows, columns="label", values="coarser", aggfunc="sum",
                                                        observed=True).reindex_like(grid).fillna(0).astype(int)
        loose = n_loose.to_numpy() > 0
        said_loose = np.where(loose, _counted(n_loose.to_numpy())
                              + f" dated only to a longer period, placed in its first {period}", "")
        detail = np.where(detail == "", said_loose, np.where(loose, detail + "<br>" + said_loose, detail))
    names = [esc(r, 40) for r in grid.index]
    fig = go.Figure(go.Heatmap(
        z=grid.to_numpy(), x=list(grid.columns), y=names, zmin=-2, zmax=2, colorscale=STANCE_COLORSCALE,
        colorbar=dict(title=dict(text="Stance"), tickvals=[-2, -1, 0, 1, 2],
                      ticktext=["−2 strongly oppose", "−1 oppose", "0 neutral", "+1 support", "+2 strongly support"]),
        customdata=np.dstack([_counted(counts.fillna(0).astype(int).to_numpy()), detail]),
        text=np.char.add(np.where(mixed, "±", ""), np.where(loose, "~", "")).astype(object),
        texttemplate="%{text}", textfont=dict(size=14),  # black or white by contrast with the cell
        hovertemplate="%{y} — %{x}<br>mean stance %{z:.2f}<br>%{customdata[0]}"
                      "<br>%{customdata[1]}<extra></extra>",
        xgap=1, ygap=1, hoverongaps=False,  # an empty cell has no mean to show ("NaN")
    ))
    notes = ([f"the {max_rows} with most statements of {len(order)}"] if len(order) > max_rows else []) \
        + ([skipped[2:]] if skipped else []) \
        + (["± = for and against in the same period"] if mixed.to_numpy().any() else []) \
        + ([f"~ = dated only to a longer period than a {period}, placed in its first {period}"] if loose.any() else [])
    # the notes go under the title, which a narrow page would otherwise cut off
    said = "; ".join(notes)
    head, sub = _title(title), _subtitle(said[:1].upper() + said[1:])
    # the top margin holds the title and every line of the notes: one line too many sat on the first row's label
    # Margins sized to the labels: a picture (PNG, SVG) does not grow them as the browser does, and the actors'
    # names were cut off the image altogether. Many periods stand on end, so the bottom holds the longest.
    cols = [str(c) for c in grid.columns]
    upright = len(cols) > 12
    left = min(280, 30 + int(7.5 * max((len(r) for r in grid.index.astype(str)), default=0)))
    bottom = (10 + int(7.5 * max((len(c) for c in cols), default=0))) if upright else 10
    fig.update_layout(title=dict(text=head, subtitle=dict(text=sub)),
                      xaxis_title=period.capitalize(), yaxis_title=rows.capitalize(),
                      height=max(320, 90 + 26 * len(grid)) + (bottom - 10),
                      yaxis=dict(autorange="reversed", type="category", automargin=True),
                      xaxis=dict(type="category", automargin=True, **({"tickangle": -90} if upright else {})),
                      margin=dict(l=left, r=10, t=_top_margin(head) + (18 * (sub.count("<br>") + 1) if sub else 0),
                                  b=bottom))
    return fig


PERIOD_DAYS = {"day": 1, "week": 7, "month": 31, "quarter": 92, "year": 366}


def _break_gaps(t: pd.DataFrame, period: str) -> pd.DataFrame:
    """A blank row inside each stretch of periods without statements, so the line breaks there instead of
    drawing a trend across months nobody spoke."""
    days = PERIOD_DAYS.get(period)
    when = pd.to_datetime(t["period"])
    if days is None or len(t) < 2:
        return t
    gap = when.diff() > pd.Timedelta(days=days * 1.5)
    if not gap.any():
        return t
    blanks = pd.DataFrame({"period": (when - when.diff() / 2)[gap].to_numpy()})
    return pd.concat([t.assign(period=when), blanks], ignore_index=True).sort_values("period", kind="stable")


def polarization_figure(topic_periods: pd.DataFrame, *, title: str, period: str) -> go.Figure:
    """Mean stance and the spread between actors per period."""
    t = topic_periods
    if t.empty:
        return empty_figure(title, "No statements in this range — widen the date range.")
    t = _break_gaps(t.sort_values("period"), period)
    # one actor alone has no spread to show (0 would read as "everyone agrees"): a gap there instead
    spread = t["spread"].where(t["actors"].fillna(0) >= 2) if "actors" in t else t["spread"]
    standing = "speaking" in t  # derive.standing_periods: every actor's latest stance, carried forward
    who = ("<br>%{customdata[0]:.0f} actors standing, %{customdata[1]:.0f} spoke" if standing else "")
    custom = t[["actors", "speaking"]].to_numpy(dtype=float) if standing else None
    # ticks and hover at the periods themselves ("2011-03", not "Feb 27 2011")
    fmt, step = {"year": ("%Y", 12), "quarter": ("%Y-%m", 3), "month": ("%Y-%m", 1)}.get(period, ("%Y-%m-%d", None))
    fig = go.Figure()
    fig.add_trace(go.Scatter(x=t["period"], y=spread, mode="lines+markers",
                             name="Spread between actors (standard deviation; needs two or more)",
                             line=dict(color="#7b3294", width=3), customdata=custom,
                             hovertemplate=f"%{{x|{fmt}}}<br>spread %{{y:.2f}}{who}<extra></extra>"))
    fig.add_trace(go.Scatter(x=t["period"], y=t["mean_stance"], mode="lines+markers", name="Mean stance",
                             line=dict(color="#008837", width=2, dash="dot"), customdata=custom,
                             hovertemplate=f"%{{x|{fmt}}}<br>mean stance %{{y:.2f}}{who}<extra></extra>"))
    # The legend under the plot: its long first entry beside it took half the width.
    head = _title(title)
    fig.update_layout(title=head, xaxis_title=period.capitalize(), yaxis_title="Stance units",
                      yaxis=dict(range=[-2.1, 2.1]), height=420, legend_title_text="Per period",
                      legend=dict(orientation="h", y=-0.28, yanchor="top", x=0, xanchor="left"),
                      margin=dict(l=70, r=10, t=_top_margin(head), b=10))  # room for "-1.5" and the axis title
    # One tick per period only while the whole span holds at most 24 of them: NATO's 2008 and 2025
    # statements are 17 years apart, and a tick a month there was a black smear of labels.
    when = pd.to_datetime(t["period"])
    months = (when.max().year - when.min().year) * 12 + when.max().month - when.min().month
    fig.update_xaxes(tickformat=fmt, **({"dtick": f"M{step}"} if step and months // step < 24 else {}))
    # the axis from the first period to the last, a little either side: autorange opened a month before the data
    pad = max((when.max() - when.min()) * 0.03, pd.Timedelta(days=3))
    fig.update_xaxes(range=[when.min() - pad, when.max() + pad])
    return fig


def balance_figure(balance: pd.DataFrame, *, title: str) -> go.Figure:
    """How many actors currently hold each stance, on the stance colours."""
    if balance.empty:
        return empty_figure(title, "No actors with a stance on this topic yet.")
    fig = go.Figure()
    for v in sorted(STANCE_LABELS):
        row = balance[balance["stance"].astype(int) == v]
        n = int(row["actors"].sum()) if len(row) else 0
        names = [x for ns in row["names"] for x in ns] if "names" in row and len(row) else []
        who = ", ".join(esc(x, 40) for x in names[:12]) + (f" and {len(names) - 12} more" if len(names) > 12 else "")
        fig.add_trace(go.Bar(x=[n], y=["actors"], orientation="h", name=STANCE_LABELS[v],
                             marker_color=STANCE_COLORS[v], text=[n if n else ""], textposition="inside",
                             customdata=[who],
                             hovertemplate=f"{STANCE_LABELS[v]}: %{{x}} actor{'s' * (n != 1)}"
                                           + ("<br>%{customdata}" if who else "") + "<extra></extra>"))
    fig.update_layout(barmode="stack", title=_title(title), xaxis_title="Number of actors (latest statement of each)",
                      yaxis=dict(visible=False), height=200, legend_title_text="Current stance",
                      legend=dict(orientation="h", y=-0.5), margin=dict(l=10, r=10, t=50, b=10))
    return fig


_PERIOD_FREQ = {"week": "W-MON", "month": "MS", "quarter": "QS", "year": "YS"}


def agreement_table(statements: pd.DataFrame, actors: list[str], period: str) -> pd.DataFrame:
    """Side-by-side latest stance per period for 2–4 actors, and whether they agree.

    Agreeing means the same side once each mean is read as its nearest scale point
    (``stance.nearest_point``): support, neutral or oppose. A period in which an actor said both is
    "mixed", neither agreement nor divergence.
    """
    from .derive import period_of

    s = statements[statements["actor"].isin(actors) & statements["date"].notna()]
    if s.empty:
        return pd.DataFrame()
    per = period_of(s, period)
    grouped = (s.assign(period=per, st=s["stance"].astype(float), pos=s["stance"].astype(float) > 0,
                        neg=s["stance"].astype(float) < 0)
               .groupby(["period", "actor"], observed=True))
    t = grouped["st"].mean().unstack("actor")
    t.columns = t.columns.astype(str)
    # an actor for and against in the same period: a mean near 0 that is no side of its own (the heatmap's ±)
    both = (grouped["pos"].any() & grouped["neg"].any()).unstack("actor")
    both.columns = both.columns.astype(str)
    # every period from the first to the last, so a stance carried through silent weeks counts for them too
    span = pd.date_range(t.index.min(), t.index.max(), freq=_PERIOD_FREQ[period])
    if len(span) <= 600:
        t = t.reindex(t.index.union(span))
    t = t.reindex(columns=list(actors)).ffill()  # an actor who never spoke stays empty
    sides = np.sign(nearest_point(t))  # +0.14 is neutral, as in the current balance
    full = t.notna().all(axis=1)
    t["agreement"] = np.where(~full, "not all have spoken yet",
                              np.where(sides.nunique(axis=1) == 1, "agree", "diverge"))
    mixed = both.reindex(index=t.index, columns=list(actors)).astype("boolean").fillna(False).astype(bool)
    said_both = pd.Series("", index=t.index)
    for a in actors:  # two to four columns
        said_both = said_both + np.where(mixed[a].to_numpy(), a + ", ", "")
    said_both = said_both.str.rstrip(", ")
    t["agreement"] = t["agreement"].where(said_both.eq(""), "mixed: " + said_both + " for and against")
    # the distance between the furthest apart; none while someone is silent (one voice has no gap)
    t["gap"] = (t[list(actors)].max(axis=1) - t[list(actors)].min(axis=1)).round(2).where(full)
    # Consecutive periods with the same stances are one row, "2011-04-04 – 2011-04-25", with their count:
    # silent stretches are counted in calendar time without listing two hundred identical months
    key = pd.util.hash_pandas_object(t[list(actors) + ["agreement"]], index=False).to_numpy()  # NaN hashes too
    run = np.cumsum(np.r_[True, key[1:] != key[:-1]])
    starts = np.flatnonzero(np.r_[True, run[1:] != run[:-1]])
    ends = np.r_[starts[1:], len(t)] - 1
    label = format_period(pd.Series(t.index), pd.Series([period] * len(t))).to_numpy()  # 2011-04, as the heatmap
    out = t.iloc[starts].copy()
    out.index = [label[a] if a == b else f"{label[a]} – {label[b]}" for a, b in zip(starts, ends)]
    out.insert(0, "periods", (ends - starts + 1).astype(int))
    return out.reset_index(names="period")


# Actor colours too dark to read on a dark background, and their light stand-ins.
_DARK_SWAP = {"#000000": "#e0e0e0", "#2f4f4f": "#9fc5c5", "#6b6b00": "#b8b84a", "#555": "#bbb", "#999": "#777",
              "#8e0152": "#e77fb3", "#5e3c99": "#b2a0e0", "#01665e": "#80cdc1",
              "#7b3294": "#c2a5cf",  # the polarization chart's spread line
              "#ffffff": "#0e1117"}  # the marker ring: the page's own background


def dark_variant(fig: go.Figure) -> go.Figure:
    """The same figure for a dark page: Plotly's dark template, a transparent background,
    and the few actor colours that vanish on black swapped for light ones.

    A copy: the light figure is shared between sessions and is what downloads use.
    """
    d = fig.to_dict()
    for tr in d.get("data", []):
        for part in (tr.get("line"), tr.get("marker"), (tr.get("marker") or {}).get("line")):
            if isinstance(part, dict) and isinstance(part.get("color"), str):
                part["color"] = _DARK_SWAP.get(part["color"], part["color"])
    layout = d.setdefault("layout", {})
    layout["template"] = pio.templates["plotly_dark"]
    layout["paper_bgcolor"] = layout["plot_bgcolor"] = "rgba(0,0,0,0)"
    for ax in [k for k in layout if k.startswith(("xaxis", "yaxis"))]:
        if isinstance(layout[ax], dict) and layout[ax].get("zerolinecolor") in _DARK_SWAP:
            layout[ax]["zerolinecolor"] = _DARK_SWAP[layout[ax]["zerolinecolor"]]
    return go.Figure(d, skip_invalid=True)
