"""Stance Timeline — entry point: `streamlit run dashboard.py`.

Defines the pages and draws the shared sidebar filters (bound to the URL) that
every page reads through ``pages.common.current_view()``.
"""
import os
import time
from pathlib import Path

import streamlit as st

from pages.common import sidebar_filters

# A local icon: a material-icon favicon is fetched from fonts.gstatic.com, which fails offline.
st.set_page_config(page_title="Stance Timeline", page_icon=str(Path(__file__).resolve().parent / "pages" / "icon.png"),
                   layout="wide")

# (script, title, icon, address) of each page; the first is the default, served at "/".
PAGE_SPECS = [
    ("pages/overview.py", "Overview", ":material/dashboard:", "overview"),
    ("pages/timeline.py", "Timeline", ":material/timeline:", "timeline"),
    ("pages/actors.py", "Actors", ":material/person:", "actors"),
    ("pages/topics.py", "Topics", ":material/topic:", "topics"),
    ("pages/compare.py", "Compare", ":material/compare_arrows:", "compare"),
    ("pages/statements.py", "Statements", ":material/table_rows:", "statements"),
    ("pages/import.py", "Import", ":material/upload:", "import"),
    ("pages/manage.py", "Manage", ":material/edit:", "manage"),
]
PAGES = [st.Page(PAGE_SPECS[0][0], title=PAGE_SPECS[0][1], icon=PAGE_SPECS[0][2], default=True, url_path="start")]
PAGES += [st.Page(script, title=title, icon=icon, url_path=url) for script, title, icon, url in PAGE_SPECS[1:]]
# Hidden copies answer the addresses people type: "/overview" (as "/timeline" suggests; the default page is
# served at "/" only, and st.switch_page cannot keep filters bound to the URL), "/home", and each address
# with a capital ("/Timeline", from the page's title), since Streamlit matches them case by case.
HIDDEN = [("pages/overview.py", "Overview", "overview"), ("pages/overview.py", "Overview", "home")]
HIDDEN += [(script, title, url.capitalize()) for script, title, _, url in PAGE_SPECS] + [("pages/overview.py", "Overview", "Home")]
PAGES += [st.Page(script, title=title, url_path=url, visibility="hidden") for script, title, url in HIDDEN]

page = st.navigation(PAGES)
started, cpu = time.perf_counter(), time.thread_time()
if page.url_path.lower() in ("import", "manage"):  # drawn here too, so the choices survive the visit
    st.sidebar.caption("The filters below shape the chart pages; they do not change what you import or edit here.")
st.session_state["_view"] = sidebar_filters()
try:
    page.run()
finally:
    # Server time per run, for the load test and benchmarks (off unless asked for).
    if os.environ.get("STANCETRACK_TIMING_LOG"):
        with open(os.environ["STANCETRACK_TIMING_LOG"], "a", encoding="utf-8") as log:
            log.write(f"{time.time():.3f}\t{page.url_path or 'overview'}\t{time.perf_counter() - started:.4f}"
                      f"\t{time.thread_time() - cpu:.4f}\n")
