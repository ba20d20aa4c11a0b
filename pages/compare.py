"""Compare: two to four actors side by side on one topic; click a point for its evidence."""
import datetime as dt

import streamlit as st

from pages.common import cached_figure, chart, clicked_evidence, current_view, table_downloads, undated_note
from stancetrack import charts, filters
from stancetrack.io import file_stem, versus

view = current_view()
st.title("Compare")
names = filters.actors_by_size(view.rows) or view.actors
if len(names) < 2:
    st.info("Comparing needs at least two actors with statements on this topic — add actors or widen the "
            "date range in the sidebar.")
    st.stop()
picked = st.multiselect("Actors to compare (2–4)", names, default=names[:2], max_selections=4, key="compare",
                        bind="query-params")
if len(picked) < 2:
    st.info("Choose at least two actors to compare.")
    st.stop()
rows = view.rows[view.rows["actor"].isin(picked)]
if undated_note(rows):
    st.stop()
fig = cached_figure(view, "compare", lambda: charts.timeline_figure(
    rows, title=f"{' vs '.join(picked)} on “{view.topic}”", period=view.period, colors=view.colors,
    dashes=view.dashes), tuple(picked), tuple(view.colors.items()), tuple((view.dashes or {}).items()))
event = chart(fig, key="compare_chart", view=view, name="compare", caption=view.caption(actors=picked), select=True)
clicked_evidence(event, view, rows, key="compare")
table = charts.agreement_table(rows, picked, view.period)
if table.empty:
    st.info("No dated statements for these actors — widen the date range.")
else:
    agree = int(table.loc[table["agreement"] == "agree", "periods"].sum())  # calendar periods, silent ones too
    diverge = int(table.loc[table["agreement"] == "diverge", "periods"].sum())
    st.subheader(f"Where they agree ({agree} period{'s' * (agree != 1)}) and diverge "
                 f"({diverge} period{'s' * (diverge != 1)})")
    st.caption(f"Each actor's mean stance per {view.period}, carried forward until they speak again (a row covers "
               f"consecutive {view.period}s with the same stances; “periods” counts them); "
               "“agree” means all are on the same side (support, neutral or oppose) once each mean is rounded "
               "to the nearest point of the scale (+0.4 is neutral, +0.5 support); “mixed” marks a period in which "
               "one of them said both, for and against. The gap is the distance "
               "between the two furthest apart, left blank until all have spoken.")
    # numbers kept (a column sorts as numbers), shown as "+1.00", and "—" until an actor has spoken, not a
    # "None" a class reads as a name
    shown = table.iloc[::-1].style.format({**{a: "{:+.2f}" for a in picked}, "gap": "{:.2f}"}, na_rep="—")
    st.dataframe(shown, hide_index=True, height=min(320, 38 + 35 * len(table)))  # no empty rows
    # the file in time order, as a spreadsheet reads it (the table above puts the latest first)
    table_downloads(table, name=file_stem("agreement", versus(picked), dt.date.today().isoformat()),
                    key="compare_agreement", sheet_name="agreement")
