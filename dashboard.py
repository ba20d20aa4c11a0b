"""Stance Timeline — entry point: `streamlit run dashboard.py`.

Defines the pages and draws the shared sidebar filters (bound to the URL) that
every page reads through ``pages.common.current_view()``.
"""
import streamlit as st

from pages.common import sidebar_filters

st.set_page_config(page_title="Stance Timeline", page_icon=":material/timeline:", layout="wide")

PAGES = [
    st.Page("pages/overview.py", title="Overview", icon=":material/dashboard:", default=True, url_path="overview"),
    st.Page("pages/timeline.py", title="Timeline", icon=":material/timeline:", url_path="timeline"),
    st.Page("pages/actors.py", title="Actors", icon=":material/person:", url_path="actors"),
    st.Page("pages/topics.py", title="Topics", icon=":material/topic:", url_path="topics"),
    st.Page("pages/compare.py", title="Compare", icon=":material/compare_arrows:", url_path="compare"),
    st.Page("pages/statements.py", title="Statements", icon=":material/table_rows:", url_path="statements"),
]
import os  # noqa: E402

for extra, title, icon in (("import", "Import", ":material/upload:"), ("manage", "Manage", ":material/edit:")):
    if os.path.exists(os.path.join(os.path.dirname(os.path.abspath(__file__)), "pages", f"{extra}.py")):
        PAGES.append(st.Page(f"pages/{extra}.py", title=title, icon=icon, url_path=extra))

page = st.navigation(PAGES)
st.session_state["_view"] = sidebar_filters()
page.run()
