"""Topics: actor × period heatmap, current balance, polarization over time."""
import streamlit as st

from pages.common import cached_figure, chart, current_view, md, statements_table, undated_note
from stancetrack import charts, derive

view = current_view()
st.title("Topics")
if not view.topic:
    st.info("This dataset has no topics yet — import statements on the Import page or choose another dataset.")
    st.stop()
st.caption(f"Topic: {md(view.topic)}")
if view.rows.empty:
    st.info("No statements match these filters — widen the date range or add actors in the sidebar.")
    st.stop()
if undated_note(view.rows):
    statements_table(view.rows, key="topic_undated", height=300)
    st.stop()
heatmap = cached_figure(view, "topic-heatmap", lambda: charts.heatmap_figure(
    derive.actor_periods(view.rows, view.period), rows="actor",
    title=f"Who stands where on “{view.topic}”, by {view.period}", period=view.period))
chart(heatmap, key="topic_heatmap", view=view, name="topic-heatmap")
balance = cached_figure(view, "topic-balance", lambda: charts.balance_figure(
    derive.balance(view.rows), title="Current balance: each actor's latest stance"))
chart(balance, key="topic_balance", view=view, name="topic-balance")
polarization = cached_figure(view, "topic-polarization", lambda: charts.polarization_figure(
    derive.topic_periods(view.rows, view.period).query("topic == @view.topic"),
    title=f"Polarization on “{view.topic}”: spread between actors per {view.period}", period=view.period))
chart(polarization, key="topic_polarization", view=view, name="topic-polarization")
st.caption("Spread is the standard deviation of the actors' mean stances in each period: 0 when all agree, "
           "2 when two camps sit at opposite ends of the scale.")
