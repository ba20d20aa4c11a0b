"""Actors: one actor's stances across topics over time, shifts and statements."""
import datetime as dt

import streamlit as st

from pages.common import cached_figure, chart, current_view, md, show_shifts, statements_table, table_downloads
from stancetrack import charts, derive, filters
from stancetrack.io import file_stem

view = current_view()
st.title("Actors")
names = view.actors or filters.actors_by_size(view.all, view.topic)
if not names:
    st.info("This dataset has no actors yet — import statements on the Import page or choose another dataset.")
    st.stop()
actor = st.selectbox("Actor", names, key="actor", bind="query-params",
                     help="Choose among the actors selected in the sidebar.")
rows = filters.select(view.all, actors=[actor], start=view.start, end=view.end)
if rows.empty:
    st.info(f"No statements by {md(actor)} in this date range — widen the date range in the sidebar.")
    st.stop()
fig = cached_figure(view, "actor-heatmap", lambda: charts.heatmap_figure(
    derive.actor_periods(rows, view.period), rows="topic", title=f"{actor}: stance by topic and {view.period}",
    period=view.period), actor)
chart(fig, key="actor_heatmap", view=view, name="actor-stances", caption=view.caption(actors=[actor], topic="all"))

st.subheader("Shifts")
if show_shifts(view, rows, limit=20).empty:
    st.caption(f"{md(actor)} has not changed stance on any topic in this range.")

st.subheader(f"Statements by {md(actor)}")
rows = rows.sort_values("date", ascending=False, kind="stable")  # the download in the order the table shows
statements_table(rows, key="actor_rows")
table_downloads(rows, name=file_stem("statements", actor, dt.date.today().isoformat()), key="actor_dl")
