"""What every page shares: the dataset, the sidebar filters, downloads.

Pages stay thin: they call ``current_view()`` and hand its frames to the chart
builders in ``stancetrack.charts``. Filters live in the sidebar, drawn by
``dashboard.py`` on every page and bound to the URL, so a copied link opens the
same view and a page switch keeps them.
"""
from __future__ import annotations

import datetime as dt
import html
import os
import re
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from stancetrack import charts, datasets, derive, filters
from stancetrack.charts import assign_colors, assign_dashes
from stancetrack.io import file_stem, to_bytes
from stancetrack.schema import stance_label

PERIOD_OPTIONS = ["week", "month", "quarter", "year"]


@dataclass
class View:
    key: str
    title: str
    citation: str
    all: pd.DataFrame  # every statement of the dataset (read-only)
    rows: pd.DataFrame  # the statements the filters select
    topic: str | None
    actors: list[str]
    period: str
    start: dt.date | None
    end: dt.date | None
    version: str
    colors: dict[str, str]
    actor_types: list[str] | None = None
    affiliations: list[str] | None = None
    dashes: dict[str, str] | None = None  # each actor's line style beside its colour (charts.assign_dashes)

    def cache_key(self) -> tuple:
        """Everything that decides ``rows``: a cache key that never samples the data."""
        return (self.version, self.topic, tuple(self.actors), tuple(self.actor_types or ()),
                tuple(self.affiliations or ()), str(self.start), str(self.end), self.period)

    def file_name(self, kind: str, *extra: str) -> str:
        """A download's name that says what it holds: "statements_ukraine-nato-membership_2026-12-03"."""
        return file_stem(kind, *extra, self.topic or "all-topics", dt.date.today().isoformat())

    def caption(self, *, actors: list[str] | None = None, topic: str | None = None) -> str:
        """What a chart shows, for under it and for its downloads; ``actors``/``topic`` when the chart shows
        other than the sidebar's choice (Compare's picks, one actor across all topics)."""
        as_sidebar = actors is None and topic is None  # the chart shows the sidebar's selection, self.rows
        chosen = self.actors if actors is None else actors
        if actors is None and len(self.rows):  # those the filters left something of, not every name picked
            present = set(self.rows["actor"].astype(str).unique())
            chosen = [a for a in chosen if a in present] or chosen
        actors = ", ".join(chosen[:6]) + (f" and {len(chosen) - 6} more" if len(chosen) > 6 else "")
        rng = f"{self.start or '…'} to {self.end or '…'}"
        if as_sidebar and "date" in self.rows and self.rows["date"].notna().any():
            # the statements shown, not the whole range the sidebar allows (a journalist's walkthrough: a
            # January-March chart said "2019-01-01 to 2025-09-24")
            shown = self.rows["date"].dropna()
            end = self.rows["date_end"].dropna().max() if "date_end" in self.rows else shown.max()
            rng = f"{shown.min().date()} to {max(shown.max(), end).date() if pd.notna(end) else shown.max().date()}"
        kinds = "".join(f" {label}: {', '.join(v)}." for label, v in (("Actor type", self.actor_types),
                                                                     ("Affiliation", self.affiliations)) if v)
        return (f"Dataset: {self.title}. Topic: {topic or self.topic or 'all'}. Actors: {actors or 'all'}.{kinds} "
                f"Dates: {rng}. Exported {dt.date.today().isoformat()} from Stance Timeline.")


def dataset_options() -> dict[str, str]:
    opts = {k: d.title for k, d in datasets.BUNDLED.items()}
    try:
        from stancetrack import workspace

        if workspace.has_statements():
            opts["workspace"] = "My workspace"
    except Exception:  # the workspace is optional; its absence must not break browsing
        pass
    return opts


@st.cache_resource(show_spinner="Loading dataset…", max_entries=4)
def _load(key: str, version: str) -> pd.DataFrame:
    """Statements of a dataset; keyed by its version, shared read-only by all sessions."""
    if key == "workspace":
        from stancetrack import workspace

        return workspace.load_statements()
    return datasets.load_statements(key)


def dataset_version(key: str) -> str:
    if key == "workspace":
        from stancetrack import workspace

        return workspace.version()
    return datasets.BUNDLED[key].version()


def load(key: str) -> pd.DataFrame:
    return _load(key, dataset_version(key))


def _reset_on_dataset_change() -> None:
    """A new dataset starts from its own defaults.

    The filters are bound to the page address, so popping them would let the old
    values come back from the URL: they are set to the new dataset's defaults instead.
    """
    by_title = {title: k for k, title in dataset_options().items()}
    key = by_title.get(st.session_state.get("dataset"), "seed")
    data = load(key)
    topics = filters.topics_by_size(data)
    topic = topics[0] if topics else None
    dates = _date_bounds(data)
    chosen = list(_default_actors(key, data, topic)[1])
    st.session_state.update(topic=topic, actors=chosen, types=[],
                            affiliations=[], period=_default_period(key, data))
    st.session_state.pop("_my_actors", None)  # picks belong to the dataset they were made in
    if dates:
        st.session_state["dates"] = dates
    else:
        st.session_state.pop("dates", None)
    # The page widgets get the new dataset's defaults too (popped, the old picks would come back from the
    # address and show beside a chart of other actors): the two most vocal to compare, the most vocal actor
    vocal = filters.actors_by_size(filters.select(data, topic=topic, actors=chosen or None))
    for k, value in (("compare", vocal[:2]), ("actor", vocal[0] if vocal else None)):
        if value:
            st.session_state[k] = value
        else:
            st.session_state.pop(k, None)


def hand_picked_actors() -> list[str] | None:
    """The actors the user picked in the sidebar, or None while the topic's defaults (its most vocal) stand."""
    mine = st.session_state.get("_my_actors")
    if mine is None and st.session_state.get("actors"):  # a shared link's actors: picked, though not by this widget
        by_title = {title: k for k, title in dataset_options().items()}
        key = by_title.get(st.session_state.get("dataset"), "seed")
        shown = list(st.session_state["actors"])
        if shown != list(_default_actors(key, load(key), st.session_state.get("topic"))[1]):
            return shown
    return list(mine) if mine else None


def _remember_actors() -> None:
    """The actors the user picked by hand (None while the topic's defaults stand), kept across topics."""
    by_title = {title: k for k, title in dataset_options().items()}
    key = by_title.get(st.session_state.get("dataset"), "seed")
    picked = list(st.session_state.get("actors") or [])
    default = list(_default_actors(key, load(key), st.session_state.get("topic"))[1])
    st.session_state["_my_actors"] = picked if picked != default else None


def _reset_actors_on_topic_change() -> None:
    """Actors picked by hand stay on another topic, those of them who spoke on it (a teacher's walkthrough: her
    United States and Russia became eight other countries on "Human rights"), and all of them come back on a
    topic where they spoke. Defaults, or picks none of whom spoke on the new topic, give way to its most vocal
    actors, said once in the sidebar."""
    by_title = {title: k for k, title in dataset_options().items()}
    key = by_title.get(st.session_state.get("dataset"), "seed")
    data, topic = load(key), st.session_state.get("topic")
    before = list(st.session_state.get("actors") or [])
    mine = st.session_state.get("_my_actors")
    if mine == []:  # "All actors" chosen by hand: all of them on every topic
        st.session_state["actors"] = []
        return
    if mine:
        spoke = set(filters.actors_by_size(data, topic))
        kept = [a for a in mine if a in spoke]
        if kept:
            st.session_state["actors"] = kept
            if len(kept) < len(mine):
                st.session_state["_actors_kept"] = (len(kept), len(mine))
            return
    st.session_state["actors"] = list(_default_actors(key, data, topic)[1])
    if before and before != st.session_state["actors"]:  # said once in the sidebar, so the change is no surprise
        st.session_state["_actors_reset"] = len(before)


def _default_actors(key: str, data: pd.DataFrame, topic) -> tuple[int | None, list[str]]:
    """How many of the most vocal actors a dataset opens with (None: all), and who they are."""
    meta = datasets.BUNDLED.get(key)
    names = filters.actors_by_size(data, topic)
    # every actor while each can have a colour of its own; past that, the ten most vocal
    top_n = meta.top_actors if meta else (10 if len(names) > len(charts.ACTOR_PALETTE) else None)
    return top_n, filters.default_actors(data, topic, top_n)


def _default_period(key: str, data: pd.DataFrame | None = None) -> str:
    """Year for 75 years of UN votes; week for a debate of a few weeks (a month would merge a change of mind
    into one cell); else month."""
    if key == "unvotes":
        return "year"
    bounds = _date_bounds(data) if data is not None else None
    return "week" if bounds and (bounds[1] - bounds[0]).days <= 120 else "month"


def _date_bounds(data: pd.DataFrame):
    dated = data["date"].dropna()
    return (dated.min().date(), data["date_end"].dropna().max().date()) if len(dated) else None


def _iso(day: str) -> str:
    """A date from the address as YYYY-MM-DD ("2020/01/01" too), or as given when it is no date."""
    try:
        return pd.Timestamp(day).date().isoformat()
    except (ValueError, TypeError):
        return str(day)


def _follow_the_data(lo, hi) -> None:
    """Keep the date range open at an end the data has moved past.

    A range left at the data's full span follows it when statements are imported or deleted (new statements
    fell outside it and vanished from every chart); an end the user narrowed stays where it was put.
    """
    prev = st.session_state.get("_dates_bounds")
    st.session_state["_dates_bounds"] = (lo, hi)
    cur = st.session_state.get("dates")
    if prev is None or prev == (lo, hi) or not isinstance(cur, (tuple, list)) or len(cur) != 2:
        return
    s, e = cur
    new_s = lo if s is None or s == prev[0] or s < lo or s > hi else s
    new_e = hi if e is None or e == prev[1] or e > hi or e < lo else e
    if (new_s, new_e) != (s, e):
        st.session_state["dates"] = (new_s, new_e)
        if new_s < (s or new_s) or new_e > (e or new_e):
            st.session_state["_dates_widened"] = (lo, hi)


def sidebar_filters() -> View:
    """Draw the shared filters and return the selected view."""
    opts = dataset_options()
    by_title = {title: k for k, title in opts.items()}
    sb = st.sidebar
    # The address as opened (a shared link, a typo), read before the widgets take it over; later runs
    # come from the widgets themselves, whose old values may linger in the address for one run.
    first_run = not st.session_state.get("_address_checked")
    asked = {k: st.query_params.get(k) for k in ("dataset", "topic", "period")} if first_run else {}
    asked_dates = st.query_params.get_all("dates") if first_run else []
    st.session_state["_address_checked"] = True
    # Titles are the options so that the shared URL reads ?dataset=<title>.
    title = sb.selectbox("Dataset", list(by_title), key="dataset", bind="query-params",
                         on_change=_reset_on_dataset_change)
    if st.session_state.get("_dataset_shown") not in (None, title):
        _reset_on_dataset_change()  # the dataset changed without the picker (the workspace emptied): its defaults
    st.session_state["_dataset_shown"] = title
    key = by_title.get(title, "seed")
    data = load(key)
    meta = datasets.BUNDLED.get(key)
    topics = filters.topics_by_size(data)
    topic = sb.selectbox("Topic", topics, key="topic", bind="query-params", on_change=_reset_actors_on_topic_change,
                         help="Topics are propositions; stances are for (+) or against (−) them.") if topics else None
    actor_names = filters.actors_by_size(data, topic)
    top_n, default = _default_actors(key, data, topic)
    prev_default = st.session_state.get("_actors_default")
    st.session_state["_actors_default"] = default
    if (prev_default is not None and prev_default != default and "actors" in st.session_state
            and list(st.session_state["actors"]) == list(prev_default)):
        st.session_state["actors"] = default  # a choice left at the default follows the data: new actors show
    actors = sb.multiselect(  # a default only until the state holds a choice (set on a dataset or topic change)
        "Actors", actor_names, default=None if "actors" in st.session_state else default, key="actors",
        bind="query-params", on_change=_remember_actors,
        help="Most vocal first." + (f" Showing the top {top_n} by default." if top_n else ""),
        placeholder="All actors",
    )
    if (kept := st.session_state.pop("_actors_kept", None)) is not None:
        sb.caption(f"ℹ️ Your actors stay: {kept[0]} of the {kept[1]} you picked spoke on this topic; the others "
                   "come back on a topic they spoke on.")
    if (was := st.session_state.pop("_actors_reset", None)) is not None:
        sb.caption(f"ℹ️ New topic, so the actors are its most vocal ones; your earlier choice of {was} "
                   f"actor{'s' * (was != 1)} was for the other topic.")
    types = sorted(str(t) for t in data["actor_type"].dropna().unique())
    chosen_types = sb.multiselect("Actor type", types, key="types", bind="query-params",
                                  placeholder="All types") if len(types) > 1 else []
    affs = data["affiliation"].dropna()
    aff_names = [str(a) for a in affs.value_counts().index[:200]]
    chosen_affs = sb.multiselect("Affiliation", aff_names, key="affiliations", bind="query-params",
                                 placeholder="All affiliations",
                                 help="Organisation or party (most frequent first)") if len(aff_names) > 1 else []
    bounds = _date_bounds(data)
    start = end = None
    if bounds:
        lo, hi = bounds
        _follow_the_data(lo, hi)
        # the state holds the range once set (a dataset switch writes it): no default then, or Streamlit warns
        picked = sb.date_input("Date range", value="today" if "dates" in st.session_state else (lo, hi),
                               min_value=lo, max_value=hi, key="dates",
                               bind="query-params", format="YYYY-MM-DD")
        if isinstance(picked, (tuple, list)) and len(picked) == 2:
            start, end = picked
            if start and end and start > end:  # only an address can say so; the picker orders them
                sb.warning(f"The date range ends before it starts ({start} to {end}); reading it as {end} to "
                           f"{start}.")
                start, end = end, start
        elif isinstance(picked, (tuple, list)) and len(picked) == 1:
            start = picked[0]
    # the state, once set (a dataset switch writes it), wins over the index: index 0 then, or Streamlit warns
    period = sb.selectbox("Group by period", PERIOD_OPTIONS,
                          index=0 if "period" in st.session_state else PERIOD_OPTIONS.index(_default_period(key, data)),
                          key="period",
                          bind="query-params")
    shown = {"dataset": title, "topic": topic, "period": period}
    unknown = [f"{k} “{v}”" for k, v in asked.items() if v and v != shown[k]]
    if asked_dates and sorted(str(d) for d in (start, end) if d is not None) != sorted(_iso(d) for d in asked_dates[:2]):
        unknown.append(f"dates {' to '.join(asked_dates[:2])} (this dataset runs from {bounds[0]} to {bounds[1]})"
                       if bounds else f"dates {' to '.join(asked_dates[:2])}")
    if unknown:  # a link from elsewhere, or a typo: say so rather than fall back silently
        sb.warning("Not found: " + md(", ".join(unknown)) + ". Showing the default instead.")
    rows = filters.select(data, topic=topic, actors=actors or None, actor_types=chosen_types or None,
                          affiliations=chosen_affs or None, start=start, end=end)
    title = meta.title if meta else "My workspace"
    citation = meta.citation if meta else "Statements you imported"
    sb.caption(f"{len(rows):,} of {len(data):,} statements selected. Copy the page address to share this view.")
    if (widened := st.session_state.pop("_dates_widened", None)) is not None:
        sb.info(f"The data now runs from {widened[0]} to {widened[1]}: the date range was widened to take it in.")
    elif bounds and (start, end) != bounds and (start is not None or end is not None):
        # counted once per view (1.1 million UN votes: a second filter on every rerun would be felt)
        outside = _figure("outside-count", (dataset_version(key), topic, tuple(actors), tuple(chosen_types),
                                            tuple(chosen_affs)), (),
                          lambda: len(filters.select(data, topic=topic, actors=actors or None,
                                                     actor_types=chosen_types or None,
                                                     affiliations=chosen_affs or None))) - len(rows)
        if outside:
            sb.caption(f"⚠️ {outside:,} statement{'s' * (outside != 1)} of this selection "
                       f"lie{'s' * (outside == 1)} outside the date range.")
    # Each actor keeps its colour whatever else is selected or imported: see charts.assign_colors.
    # A bundled dataset never changes: its most vocal actors take the first, most distinct colours, fixed. A
    # workspace grows with imports: actors keep the order they first came in, so an import recolours no one.
    appear = filters.actors_by_size(data, None) if meta else filters.actors_as_they_appear(data)
    colors = assign_colors(list(actors) or actor_names, ranking=appear)
    dashes = assign_dashes(list(actors) or actor_names, ranking=appear)
    return View(key, title, citation, data, rows, topic, list(actors), period, start, end, dataset_version(key),
                colors, list(chosen_types) or None, list(chosen_affs) or None, dashes)


def leave_legacy_pages_mode() -> None:
    """Run pages through dashboard.py even when Streamlit starts in folder mode.

    Streamlit decides at server start that an app with a ``pages/`` folder uses
    the old folder-based navigation, until ``st.navigation`` has run once (and
    AppTest decides so on every run). A first visit straight to /timeline then
    runs the page file alone, with the old menu. Each page calls this first:
    in folder mode it hands the run to dashboard.py, whose ``st.navigation``
    resolves the same page, and stops the folder-mode run — in the same script
    run, so widget events such as a button click are kept.
    """
    import runpy
    from pathlib import Path

    from streamlit.runtime.pages_manager import PagesManager

    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        runpy.run_path(str(Path(__file__).resolve().parent.parent / "dashboard.py"), run_name="__main__")
        st.stop()


def current_view() -> View:
    leave_legacy_pages_mode()
    view = st.session_state.get("_view")
    if view is None:  # a page run on its own (tests)
        view = sidebar_filters()
    return view


def user_name() -> str | None:
    """Who is changing the workspace, for the audit trail.

    The deployment's login when it has one (st.user), else the name typed in
    the sidebar, else STANCETRACK_USER.
    """
    import os

    try:
        if st.user.is_logged_in:
            return st.user.get("email") or st.user.get("name")
    except Exception:
        pass
    typed = st.session_state.get("user_name")
    return typed or os.environ.get("STANCETRACK_USER") or None


def user_box() -> None:
    st.sidebar.text_input("Your name (for the change history)", key="user_name",
                          placeholder=os.environ.get("STANCETRACK_USER", "anonymous"), persist_state="session")


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|$~:])")


def md(text) -> str:
    """User text made inert for Streamlit's Markdown (captions, alerts, subheaders).

    Backslash-escapes Markdown, LaTeX ($) and directive (:red[...]) syntax, and
    breaks bare URLs so they are not turned into links.
    """
    t = "" if text is None or (not isinstance(text, str) and pd.isna(text)) else str(text)
    t = t.replace("://", ":\u2060//").replace("www.", "www\u2060.")
    return _MD_SPECIAL.sub(r"\\\1", t)


def escape(text) -> str:
    return html.escape("" if text is None or (not isinstance(text, str) and pd.isna(text)) else str(text))


@st.cache_resource(max_entries=256, show_spinner=False)
def _figure(name: str, view_key: tuple, extra: tuple, _build):
    return _build()


def cached_figure(view: View, name: str, build, *extra):
    """A chart builder's figure, shared by every session showing the same view.

    Keyed by the dataset version and the filters (``View.cache_key``) plus what the
    page adds; a class following the same steps costs the server one build.
    The figure is shared: callers must not modify it.
    """
    return _figure(name, view.cache_key(), tuple(extra), build)


def _dark(fig):
    """The figure's dark copy, made once and kept on the shared figure itself (so it can never be another's)."""
    dark = getattr(fig, "_stancetrack_dark", None)
    if dark is None:
        dark = charts.dark_variant(fig)
        fig._stancetrack_dark = dark  # plotly allows underscore attributes; two sessions may both build it, harmlessly
    return dark


def _is_dark() -> bool:
    try:
        return st.context.theme.type == "dark"
    except Exception:  # AppTest and bare runs have no browser theme
        return False


def chart(fig, *, key: str, view: View, name: str, select: bool = False, caption: str | None = None):
    """Show a figure with its downloads (HTML now, PNG/SVG on click).

    On a dark page the chart is drawn dark (one copy per shared figure); downloads
    stay light, for documents and slides, and carry ``caption`` (default: the sidebar's view).
    Plotly's own camera button is removed: its picture had neither caption nor export layout.
    """
    shown = _dark(fig) if _is_dark() else fig
    text = caption or view.caption()
    event = st.plotly_chart(shown, key=key, theme=None, on_select="rerun" if select else "ignore",
                            selection_mode="points" if select else ("points", "box", "lasso"),
                            config={"displaylogo": False, "modeBarButtonsToRemove": ["toImage"]})
    st.caption(md(text))
    row = st.container(horizontal=True)  # buttons at their own width, never cut to "H…"
    row.download_button("HTML", data=lambda: _html(fig, text), file_name=f"{view.file_name(name)}.html",
                       mime="text/html", key=f"{key}-html", on_click="ignore", icon=":material/download:")
    row.download_button("PNG", data=lambda: _image(fig, text, "png"), file_name=f"{view.file_name(name)}.png", mime="image/png",
                       key=f"{key}-png", on_click="ignore", icon=":material/image:")
    row.download_button("SVG", data=lambda: _image(fig, text, "svg"), file_name=f"{view.file_name(name)}.svg",
                       mime="image/svg+xml", key=f"{key}-svg", on_click="ignore", icon=":material/image:")
    return event


def _captioned(fig, caption: str):
    """The figure with what it shows written under it, for files that leave the app. The caption is
    wrapped and the figure made taller by its height, so neither the caption nor the legend is cut off."""
    import textwrap

    f = charts.for_export(fig)
    lines = textwrap.wrap(caption, 130) or [""]
    extra = 30 + 15 * len(lines)
    # below the x-axis title (about 70 px under the plot), or below a legend laid out under the plot (the
    # balance bar's legend was printed over the caption), left-aligned with the plot
    below = max(75, (f.layout.margin.b or 0) + 65)  # under tick labels standing on end (a heatmap's weeks)
    legend = f.layout.legend
    if legend.orientation == "h" and legend.y is not None and legend.y < 0:
        m = f.layout.margin
        plot_h = (f.layout.height or 520) - (m.t if m.t is not None else 100) - (m.b if m.b is not None else 80)
        below = max(below, int(-legend.y * plot_h) + 45)
    f.add_annotation(text="<br>".join(escape(line) for line in lines), xref="paper", yref="paper", x=0,
                     xanchor="left", y=0, yshift=-below, yanchor="top", showarrow=False,
                     font=dict(size=10, color="#555"), align="left")
    # Taller by all the bottom margin grows, so the plot area, where the legends sit, keeps its height: taller
    # by the caption alone, a ten-actor legend lost its last entries in the PNG.
    grown = below + 10 + extra - (f.layout.margin.b if f.layout.margin.b is not None else 80)
    f.update_layout(margin=dict(b=below + 10 + extra, r=40), height=(f.layout.height or 520) + grown)
    return f


def _html(fig, caption: str) -> bytes:
    return _captioned(fig, caption).to_html(include_plotlyjs=True, full_html=True).encode("utf-8")


def _image(fig, caption: str, fmt: str) -> bytes:
    from stancetrack.export import figure_image

    return figure_image(_captioned(fig, caption), fmt)


def table_downloads(df: pd.DataFrame, *, name: str, key: str, sheet_name: str = "statements") -> None:
    row = st.container(horizontal=True)  # buttons at their own width, never cut to "C…"
    row.download_button("CSV", data=lambda: to_bytes(df, "csv"), file_name=f"{name}.csv", mime="text/csv",
                       key=f"{key}-csv", on_click="ignore", icon=":material/download:")
    row.download_button("Excel", data=lambda: to_bytes(df, "xlsx", sheet_name=sheet_name), file_name=f"{name}.xlsx",
                       mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                       key=f"{key}-xlsx", on_click="ignore", icon=":material/download:")
    row.download_button("JSON", data=lambda: to_bytes(df, "json"), file_name=f"{name}.json",
                       mime="application/json", key=f"{key}-json", on_click="ignore", icon=":material/download:")


STATEMENT_COLUMNS = {
    "date": st.column_config.TextColumn("Date", help="As precisely as it is known: 2025-02 is February 2025, "
                                        "2024-Q3 a quarter, 2008 a year"),
    "date_text": st.column_config.TextColumn("Date as written"),
    "date_precision": st.column_config.TextColumn("Precision"),
    "actor": st.column_config.TextColumn("Actor"),
    "topic": st.column_config.TextColumn("Topic"),
    "stance": st.column_config.NumberColumn("Stance", help="-2 strongly oppose … +2 strongly support", format="%d"),
    "side": st.column_config.TextColumn("Side"),
    "quote": st.column_config.TextColumn("Quote", width="large"),
    "source": st.column_config.TextColumn("Source"),
    "reported_by": st.column_config.TextColumn("Reported by"),
}


def statements_table(df: pd.DataFrame, *, key: str, height: int = 360, limit: int = 5000) -> None:
    cols = ["date", "actor", "stance", "side", "topic", "quote", "date_text", "date_precision", "source", "reported_by"]
    df = df.assign(side=df["stance"].map(stance_label, na_action="ignore"))  # "0 neutral", not "+0"
    if df["quote"].isna().all():  # a dataset coded without quotes (votes, discourse codes): no empty column
        cols.remove("quote")
    shown = df[cols].head(limit).copy()
    for c in ("quote", "date_text", "source", "reported_by"):  # blank, not "None" (which reads like a value)
        if c in shown:
            shown[c] = shown[c].astype(object).where(shown[c].notna(), "")
    # "in February" is 2025-02, not a 2025-02-01 that looks exact
    shown["date"] = derive.format_period(shown["date"], shown["date_precision"].astype(object).fillna("day"),
                                         df["date_end"].head(limit) if "date_end" in df else None).fillna("undated")
    st.dataframe(shown, column_config=STATEMENT_COLUMNS, hide_index=True, key=key,
                 height=min(height, 38 + 35 * max(len(shown), 1)))  # no empty rows under a short table
    if len(df) > limit:
        st.caption(f"Showing the first {limit:,} of {len(df):,} rows; downloads contain all of them.")


def show_shifts(view: View, rows: pd.DataFrame, *, limit: int, sides_only: bool = False) -> pd.DataFrame:
    """The shifts in ``rows`` as plain lines; for roll-call votes, period by period (see derive.period_shifts).
    ``sides_only`` leaves out changes of strength within one side ("strongly support → support")."""
    meta = datasets.BUNDLED.get(view.key)
    votes = bool(meta and meta.votes)
    table = derive.period_shifts(rows, view.period) if votes else derive.shifts(rows)
    if sides_only and not votes and not table.empty:
        table = derive.side_changes(table)
    if not table.empty:
        lines = derive.describe_vote_shifts(table, limit) if votes else derive.describe_shifts(table, limit)
        st.text("\n".join("• " + line for line in lines))
        if votes:
            st.caption(f"A topic here is a kind of resolution, not one proposal, and each vote is on a different "
                       f"text. So a {view.period} counts by its mean vote (yes +1, abstain 0, no −1): mostly yes "
                       f"from +0.5, mostly no from −0.5, mixed within ±0.25, and in between it keeps the side "
                       f"before. A line says when that changed from one {view.period} with votes to the next. "
                       "“Group by period” in the sidebar sets the period.")
    return table


def undated_note(rows: pd.DataFrame) -> bool:
    """Say how many selected statements a time axis cannot place; True when none of them has a date."""
    n = int(rows["date"].isna().sum())
    if not n:
        return False
    if n == len(rows):
        st.info(f"None of the {n:,} selected statements has a date, so a timeline cannot place them. Give them "
                "dates on the Manage page, or set the publication date when you import an article. They are "
                "listed below.")
        return True
    st.caption(f"{n:,} of the {len(rows):,} selected statements {'has' if n == 1 else 'have'} no date and "
               f"{'is' if n == 1 else 'are'} not drawn; "
               "give them dates on the Manage page.")
    return False


_WEB_ADDRESS = re.compile(r"https?://[^\s<>\"']+")


def _source_link(source) -> str:
    """A web address as a link that opens in a new tab (escaped; only http and https); anything else as text."""
    source = source if isinstance(source, str) and source else "unknown"
    if _WEB_ADDRESS.fullmatch(source):
        return (f"<a href=\"{escape(source)}\" target=\"_blank\" rel=\"noopener noreferrer\">"
                f"{escape(source)}</a>")
    return escape(source)


def evidence_panel(row: pd.Series, *, workspace_source: bool = False) -> None:
    """The full quote, its surrounding sentences with the quote marked, date basis, source.

    Everything the user or a source wrote is escaped before it reaches the page.
    """
    from stancetrack.derive import format_period
    from stancetrack.evidence import context
    from stancetrack.schema import STANCE_COLORS, STANCE_TEXT_COLORS, stance_label

    stance = int(row["stance"])
    when = format_period(pd.Series([row["date"]]), pd.Series([row.get("date_precision") or "day"]),
                         pd.Series([row.get("date_end")])).iat[0]
    basis = {"explicit": "stated in the source", "relative": "resolved from the publication date",
             "edited": "set by hand, not read from the source",
             "publication": "no date given: publication date used"}.get(row.get("date_basis"), "unknown")
    meta = datasets.source_meta(row.get("source"))
    quote = row["quote"] if isinstance(row.get("quote"), str) else "(no quote recorded)"
    signed = f"{stance:+d}" if stance else "0"  # "neutral (0)", not "+0"
    parts = [
        f"<p><b>{escape(row['actor'])}</b> — <span style='background:{STANCE_COLORS[stance]};padding:1px 6px;"
        f"border-radius:4px;color:{STANCE_TEXT_COLORS[stance]}'>{stance_label(stance)} ({signed})</span> on "
        f"<i>{escape(row['topic'])}</i></p>",
        f"<blockquote style='margin:0.4em 0;padding-left:0.8em;border-left:4px solid #888'>{escape(quote)}</blockquote>",
    ]
    text = datasets.source_text(row.get("source"))
    if text is None and workspace_source:
        from stancetrack import workspace

        text = workspace.open_workspace().source_text(row.get("source"))
    start, end = row.get("start"), row.get("end")
    if text is not None and pd.notna(start) and pd.notna(end):
        before, q, after = context(text, int(start), int(end))
        parts.append("<p style='font-size:0.85em;opacity:0.8'>In context (the quote is highlighted):</p>"
                     f"<p style='line-height:1.6'>{escape(before)}<mark>{escape(q)}</mark>{escape(after)}</p>")
    written = row.get("date_text")
    written = written.strip() if isinstance(written, str) else ""
    if pd.isna(row.get("date")):
        dated = "Date: none — give it one on the Manage page"
    else:
        said = "as typed" if row.get("date_basis") == "edited" else "as written"
        dated = f"Date: {escape(when)} (" + (f"{said}: “{escape(written)}”; " if written else "") + f"{basis})"
    items = [
        dated,
        "Source: " + _source_link(row.get("source")) + (f" — {escape(meta.get('title'))}" if meta.get("title") else ""),
        f"Published: {pd.Timestamp(row['published']).date() if pd.notna(row.get('published')) else 'unknown'}",
    ]
    if isinstance(row.get("reported_by"), str) and row.get("reported_by"):
        items.append(f"Reported by: {escape(row['reported_by'])} (the actor's stance as another speaker describes it)")
    if isinstance(row.get("notes"), str) and row.get("notes"):
        notes = row["notes"] if len(row["notes"]) <= 500 else row["notes"][:500].rsplit(" ", 1)[0] + " …"
        items.append(f"Notes: {escape(notes)}")  # cut at a word, and said to be cut
    parts.append("<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>")
    with st.container(border=True, key="evidence"):
        st.subheader("Evidence")
        st.html("".join(parts))


def clicked_evidence(event, view: View, rows: pd.DataFrame, *, key: str) -> None:
    """What a click on a chart point leads to: the statement's evidence, or for a period's summary point
    the statements in that period. Without a click, a line that says clicking is possible."""
    points = list(getattr(getattr(event, "selection", None), "points", []) or [])
    picked, custom = None, None
    if points:
        custom = points[0].get("customdata")
        if isinstance(custom, dict):
            custom = [custom[k] for k in sorted(custom)]
        picked = custom[0] if custom else None
    if picked is None:
        if rows["quote"].isna().all():
            st.caption("Click a marker to see the statement's date, source and notes (no quotes are recorded for "
                       "these statements).")
        else:
            st.caption("Click a marker to read the statement in its source.")
    elif str(picked).startswith("agg|"):
        _, period, start = str(picked).split("|", 2)
        actor = str(custom[1])
        found = derive.period_rows(rows, actor, period, start)
        st.subheader(f"{md(actor)}: {len(found):,} statements in the {period} from {start}")
        statements_table(found, key=f"{key}_period_rows", height=300)
    else:
        match = rows[rows["statement_id"] == picked]
        if len(match):
            if st.session_state.get(f"{key}_shown") != picked:  # once per click: the panel may be out of sight
                st.session_state[f"{key}_shown"] = picked
                st.toast("The statement's evidence is below the chart.", icon=":material/arrow_downward:")
            evidence_panel(match.iloc[0], workspace_source=view.key == "workspace")
