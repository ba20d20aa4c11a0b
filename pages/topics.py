"""Topics: actor × period heatmap, current balance, polarization over time."""
import streamlit as st

from pages.common import cached_figure, chart, current_view, md, statements_table, undated_note
from stancetrack import charts, derive
from stancetrack.schema import STANCE_LABELS

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
apart = cached_figure(view, "furthest-apart", lambda: derive.furthest_apart(view.rows))  # a dict, cached alike
if apart and apart["gap"]:
    def _who(names: list[str]) -> str:
        return md(", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else ""))
    st.markdown(f"**Furthest apart now** ({apart['gap']} steps of the scale): {_who(apart['high_actors'])} "
                f"({STANCE_LABELS[apart['high']]}) and {_who(apart['low_actors'])} ({STANCE_LABELS[apart['low']]}), "
                "by each actor's latest statement; the most recent speaker first.")
elif apart:
    st.markdown("**All actors stand on the same point of the scale now**, by each one's latest statement.")
polarization = cached_figure(view, "topic-polarization", lambda: charts.polarization_figure(
    derive.standing_periods(view.rows, view.period).query("topic == @view.topic"),
    title=f"Polarization on “{view.topic}”: spread between actors per {view.period}", period=view.period))
chart(polarization, key="topic_polarization", view=view, name="topic-polarization")
st.caption("Each actor stands where their latest statement put them until they speak again. Spread is the "
           "standard deviation of those standing stances in each period: 0 when all agree, 2 when two camps sit "
           "at opposite ends of the scale.")
