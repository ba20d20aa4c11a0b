"""Timeline: stance over time per actor; click a point for its evidence."""
import streamlit as st

from pages.common import cached_figure, chart, current_view, evidence_panel, md, statements_table, undated_note
from stancetrack import charts, derive

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
                                                                     colors=view.colors), tuple(view.colors.items()))
event = chart(fig, key="timeline_chart", view=view, name="stance-timeline", select=True)

points = list(getattr(getattr(event, "selection", None), "points", []) or [])
picked = None
if points:
    custom = points[0].get("customdata")
    if isinstance(custom, dict):
        custom = [custom[k] for k in sorted(custom)]
    picked = custom[0] if custom else None
if picked is None:
    if view.rows["quote"].isna().all():
        st.caption("Click a marker to see the statement's date, source and notes (this dataset records no quotes).")
    else:
        st.caption("Click a marker to read the statement in its source.")
elif str(picked).startswith("agg|"):
    _, period, start = str(picked).split("|", 2)
    actor = str(custom[1])
    rows = derive.period_rows(view.rows, actor, period, start)
    st.subheader(f"{md(actor)}: {len(rows):,} statements in the {period} from {start}")
    statements_table(rows, key="timeline_period_rows", height=300)
else:
    match = view.rows[view.rows["statement_id"] == picked]
    if len(match):
        evidence_panel(match.iloc[0], workspace_source=view.key == "workspace")
