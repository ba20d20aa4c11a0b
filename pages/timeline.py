"""Timeline: stance over time per actor; click a point for its evidence."""
import streamlit as st

from pages.common import cached_figure, chart, clicked_evidence, current_view, statements_table, undated_note
from stancetrack import charts

view = current_view()
st.title("Timeline")
title = f"Stance on “{view.topic}” over time" if view.topic else "Stance over time"
if view.rows.empty:
    st.info("No statements match these filters — widen the date range, add actors or choose another topic "
            "in the sidebar.")
    st.stop()
if undated_note(view.rows):
    statements_table(view.rows, key="timeline_undated", height=300)
    st.stop()
fig = cached_figure(view, "timeline", lambda: charts.timeline_figure(view.rows, title=title, period=view.period,
                                                                     colors=view.colors, dashes=view.dashes),
    tuple(view.colors.items()), tuple((view.dashes or {}).items()))
event = chart(fig, key="timeline_chart", view=view, name="stance-timeline", select=True)
clicked_evidence(event, view, view.rows, key="timeline")
