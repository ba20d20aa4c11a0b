"""Statements: the evidence as a searchable table, downloadable as filtered."""
import datetime as dt

import streamlit as st

from pages.common import current_view, hand_picked_actors, md, statements_table, table_downloads
from stancetrack import filters
from stancetrack.io import file_stem

view = current_view()
st.title("Statements")
c1, c2 = st.columns([3, 1])
query = c1.text_input("Search quotes, actors, sources and notes", key="q", bind="query-params",
                      placeholder="e.g. irreversible")
query = (query or "").strip()  # "  " searches nothing, and says nothing
all_topics = c2.toggle("All topics", key="all_topics", persist_state="session",
                       help="Every topic, by every actor — or by the actors you picked in the sidebar, if you did; "
                            "the dates and other sidebar filters still apply")
# the sidebar's default actors are the chosen topic's most vocal: with all topics they would hide most statements
picked = hand_picked_actors() if all_topics else None
base = (filters.select(view.all, actors=picked, actor_types=view.actor_types,
                       affiliations=view.affiliations, start=view.start, end=view.end) if all_topics else view.rows)
rows = filters.select(base, search=query)
if rows.empty:
    st.info("No statements match — clear the search, switch on “All topics”, or widen the filters in the sidebar.")
    st.stop()
scope = (f" on all topics, by the {len(picked)} actor{'s' if len(picked) != 1 else ''} picked in the sidebar"
         if picked else " on all topics" if all_topics else "")
st.caption(f"{len(rows):,} statements{scope}" + (f" matching “{md(query)}” — the downloads hold only these; clear "
                                                  "the search for all" if query else ""))
rows = rows.sort_values("date", ascending=False, kind="stable")  # the download in the order the table shows
statements_table(rows, key="statements_table", height=480)
# a filtered download is named for its search, so it never replaces the full one of the same day
searched = [f"matching-{query}"] if query else []
name = (file_stem("statements", *searched, "all-topics", *(["picked-actors"] if picked else []),
                  dt.date.today().isoformat()) if all_topics
        else view.file_name("statements", *searched))
table_downloads(rows, name=name, key="statements_dl")
