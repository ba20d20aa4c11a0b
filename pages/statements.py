"""Statements: the evidence as a searchable table, downloadable as filtered."""
import streamlit as st

from pages.common import current_view, statements_table, table_downloads
from stancetrack import filters

view = current_view()
st.title("Statements")
c1, c2 = st.columns([3, 1])
query = c1.text_input("Search quotes, actors, sources and notes", key="q", bind="query-params",
                      placeholder="e.g. irreversible")
all_topics = c2.toggle("All topics", key="all_topics", help="Ignore the topic chosen in the sidebar")
base = (filters.select(view.all, actors=view.actors or None, actor_types=view.actor_types,
                       affiliations=view.affiliations, start=view.start, end=view.end) if all_topics else view.rows)
rows = filters.select(base, search=query)
if rows.empty:
    st.info("No statements match — clear the search, switch on “All topics”, or widen the filters in the sidebar.")
    st.stop()
st.caption(f"{len(rows):,} statements")
rows = rows.sort_values("date", ascending=False, kind="stable")  # the download in the order the table shows
statements_table(rows, key="statements_table", height=480)
table_downloads(rows, name=view.file_name("statements"), key="statements_dl")
