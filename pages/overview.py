"""Overview: what the dataset covers, the latest shifts, how to read the charts."""
import streamlit as st

from pages.common import current_view, md, show_shifts
from stancetrack import derive

view = current_view()
st.title("Stance Timeline")
st.caption(f"{view.title} — {view.citation}")

cov = derive.coverage(view.all)
c = st.columns(4)
c[0].metric("Statements in the dataset", f"{cov['statements']:,}",
            delta=f"{len(view.rows):,} selected" if len(view.rows) != cov["statements"] else None, delta_color="off",
            delta_arrow="off", help="In the whole dataset; the smaller figure is what the sidebar's filters select")
c[1].metric("Actors", f"{cov['actors']:,}")
c[2].metric("Topics", f"{cov['topics']:,}")
first, last = (cov["first"].year, cov["last"].year) if cov["first"] is not None else (None, None)
span = "undated" if first is None else str(first) if first == last else f"{first}–{last}"
c[3].metric("Year covered" if first is not None and first == last else "Years covered", span)
if cov["first"] is not None:
    st.caption(f"From {cov['first'].date()} to {cov['last'].date()}"
               + (f"; {cov['undated']:,} statement{'s have' if cov['undated'] != 1 else ' has'} no date" if cov["undated"] else ""))

st.subheader(f"Latest stance shifts{' on ' + md(view.topic) if view.topic else ''}")
sides_only = st.toggle("Changes of side only", key="sides_only", persist_state="session",  # kept across pages
                       help="Leave out changes of strength within one side, such as strongly support → support")
shifts = show_shifts(view, view.rows, limit=8, sides_only=sides_only)
if shifts.empty:
    st.info(f"No actor in this selection has changed {'side' if sides_only else 'stance'} yet. Pick more actors or "
            "widen the date range in the sidebar, or choose another topic.")
else:
    if len(shifts) > 8:
        st.caption(f"{len(shifts):,} shifts in this selection; the Actors page lists each actor's.")

st.subheader("How to read these charts")
st.markdown(
    """
- **Stance** runs from **−2 strongly oppose** (red) through **0 neutral** (grey) to **+2 strongly support**
  (blue) — always *for or against the topic's proposition*. The same colours are used on every page.
- **Timeline**: one line per actor; a stance holds until the actor's next statement (a step). Each marker is
  one statement; its shape tells how precisely its date is known, and a pale bar spans a month, quarter or
  year when the source gave no exact day. Click a marker to read the quote in its source.
- **Topics**: a heatmap of each actor's mean stance per period, the current balance of support and
  opposition, and the *spread* between actors over time (higher = more polarized).
- **Compare**: two to four actors side by side, with the periods where they agree or diverge.
- Filters in the sidebar apply to every page and are kept in the page address: copy it to share the view.
"""
)
