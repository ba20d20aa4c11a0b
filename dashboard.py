"""Stance Timeline — entry point: `streamlit run dashboard.py`.

Defines the pages and draws the shared sidebar filters (bound to the URL) that
every page reads through ``pages.common.current_view()``.
"""
import os
import time

import streamlit as st

from pages.common import sidebar_filters

st.set_page_config(page_title="Stance Timeline", page_icon=":material/timeline:", layout="wide")

OVERVIEW = st.Page("pages/overview.py", title="Overview", icon=":material/dashboard:", default=True, url_path="home")


PAGES = [
    OVERVIEW,
    st.Page("pages/timeline.py", title="Timeline", icon=":material/timeline:", url_path="timeline"),
    st.Page("pages/actors.py", title="Actors", icon=":material/person:", url_path="actors"),
    st.Page("pages/topics.py", title="Topics", icon=":material/topic:", url_path="topics"),
    st.Page("pages/compare.py", title="Compare", icon=":material/compare_arrows:", url_path="compare"),
    st.Page("pages/statements.py", title="Statements", icon=":material/table_rows:", url_path="statements"),
    st.Page("pages/import.py", title="Import", icon=":material/upload:", url_path="import"),
    st.Page("pages/manage.py", title="Manage", icon=":material/edit:", url_path="manage"),
    # "/overview", as typed by someone who saw "/timeline": the default page is served at "/" only, and
    # st.switch_page cannot keep filters that are bound to the URL, so the same page answers there too.
    st.Page("pages/overview.py", title="Overview", url_path="overview", visibility="hidden"),
]

page = st.navigation(PAGES)
started, cpu = time.perf_counter(), time.thread_time()
st.session_state["_view"] = sidebar_filters()
try:
    page.run()
finally:
    # Server time per run, for the load test and benchmarks (off unless asked for).
    if os.environ.get("STANCETRACK_TIMING_LOG"):
        with open(os.environ["STANCETRACK_TIMING_LOG"], "a", encoding="utf-8") as log:
            log.write(f"{time.time():.3f}\t{page.url_path or 'overview'}\t{time.perf_counter() - started:.4f}"
                      f"\t{time.thread_time() - cpu:.4f}\n")
