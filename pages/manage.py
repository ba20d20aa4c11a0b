"""Manage: rename and merge names, edit or delete statements, history, undo imports."""
import pandas as pd
import streamlit as st

from pages.common import leave_legacy_pages_mode, md, user_box, user_name
from stancetrack import filters, workspace
from stancetrack.aliases import name_suggestions
from stancetrack.derive import format_period
from stancetrack.history import readable as readable_history
from stancetrack.schema import PRECISIONS, STANCE_CHOICES

leave_legacy_pages_mode()
st.title("Manage")
user_box()
who = user_name()
try:
    ws = workspace.open_workspace(user=who)
    empty = not workspace.has_statements()
except workspace.WorkspaceError as exc:
    st.error(f"The workspace cannot be opened: {md(exc)}")
    st.stop()
if st.session_state.get("m_msg"):  # what the last action did, shown after its rerun (names are user text)
    st.success(md(st.session_state.pop("m_msg")))
if empty:
    st.info("Your workspace is empty. Import a spreadsheet or an article on the Import page first.")
    history = ws.audit(limit=200)
    if len(history):
        st.caption("What happened to it, newest first:")
        st.dataframe(readable_history(history), hide_index=True, height=300)
    st.stop()
st.caption(f"{ws.count():,} statements in your workspace. Every change is recorded with who made it and the "
           "previous value; see the History tab.")


def _merge(kind: str, picked: list[str], into: str) -> None:
    """Runs before the rerun, so the selection can be cleared and the counts redrawn."""
    try:
        n = ws.rename(kind, picked[0], into, user=who) if len(picked) == 1 else ws.merge(kind, picked, into, user=who)
    except ValueError as exc:
        st.session_state["m_err"] = str(exc)
        return
    total = int(ws.names(kind).set_index("name")["statements"].get(into, n))
    st.session_state["m_msg"] = (f"{n:,} statement{'s' * (n != 1)} changed: “{into}” now has {int(total):,} "
                                 f"statement{'s' * (total != 1)}. Later imports fold "
                                 + ", ".join(f"“{p}”" for p in picked if p != into) + " into it.")
    st.session_state["m_names"] = []
    if kind == "actor" and st.session_state.get("actors"):  # the sidebar's picks follow the new name
        picks = [into if a in picked else a for a in st.session_state["actors"]]
        st.session_state["actors"] = list(dict.fromkeys(picks))


def _undo(change: dict) -> None:
    """Runs before the rerun, so the sidebar's actor picks can follow the names that come back."""
    try:
        got = ws.undo_change(change["key"], user=who)
    except (ValueError, workspace.WorkspaceError) as exc:
        st.session_state["m_undo_err"] = str(exc)
        return
    note = f" Left as they are: {'; '.join(got['skipped'])}." if got["skipped"] else ""
    st.session_state["m_msg"] = f"Undone: {change['summary']}.{note}"
    merged = change.get("names")
    if merged and merged["kind"] == "actor" and merged["into"] in (st.session_state.get("actors") or []):
        # the sidebar showed the merged name: it shows the names that came back instead
        picks = [p for a in st.session_state["actors"] for p in (merged["olds"] if a == merged["into"] else [a])]
        st.session_state["actors"] = list(dict.fromkeys(picks))


def _forget(kind: str, spellings: list[str]) -> None:
    try:
        for a in spellings:
            ws.forget_alias(kind, a, user=who)
    except (ValueError, workspace.WorkspaceError) as exc:  # forgotten meanwhile in another tab
        st.session_state["m_err"] = str(exc)
        return
    st.session_state["m_msg"] = (f"Forgotten: {', '.join(spellings)}. Later imports keep these names apart; "
                                 "statements already merged keep their new name: correct them one by one on the "
                                 "“Edit a statement” tab.")
    st.session_state["m_forget"] = []

# Keyed and tracked, so a delete or an undo (which rerun the page) leaves the user on the tab they were on.
names_tab, edit_tab, history_tab, imports_tab = st.tabs(["Actors & topics", "Edit a statement", "History",
                                                         "Imports"], key="m_tab", on_change="rerun")

with names_tab:
    kind = st.radio("Names of", ["actor", "topic"], horizontal=True, key="m_kind")
    names = ws.names(kind)
    st.caption("Merging changes every statement with the old names; the old spellings are remembered, so later "
               "imports fold them into the new name.")
    alike = name_suggestions(names, kind)
    if len(alike):  # spellings from different imports meet only here: say which look like one name
        pairs = "; ".join(f"“{md(r.name)}” ({r.name_rows}) and “{md(r.similar_to)}” ({r.similar_rows})"
                          for r in alike.head(5).itertuples())
        st.info(f"Possibly one {kind} under two spellings: {pairs}. To merge, pick both in the list below.",
                icon=":material/call_merge:")
    picked = st.multiselect(f"{kind.capitalize()}s to rename or merge", names["name"].tolist(), key="m_names",
                            format_func=lambda n: f"{n} ({int(names.set_index('name').loc[n, 'statements'])})")
    into = st.text_input("New name", value=picked[0] if picked else "", key=f"m_into-{'|'.join(picked)}")
    if picked and into.strip():
        verb = "Rename" if len(picked) == 1 else f"Merge {len(picked)} names"
        st.button(f"{verb} into “{md(into.strip())}”", key="m_merge", type="primary", on_click=_merge,
                  args=(kind, list(picked), into.strip()))
    if st.session_state.get("m_err"):
        st.error(md(st.session_state.pop("m_err")))
    st.dataframe(names, hide_index=True, height=min(38 + 35 * max(len(names), 1), 460))  # a short list whole
    remembered = ws.aliases(kind)
    if len(remembered):
        st.caption(f"Remembered spellings of {kind}s, folded into their name on every later import:")
        st.dataframe(remembered.drop(columns=["kind"]).assign(user=remembered["user"].fillna("(no name given)")),
                     hide_index=True, height=min(240, 40 + 35 * len(remembered)))
        gone = st.multiselect("Forget spellings merged by mistake", remembered["alias"].tolist(), key="m_forget")
        if gone:
            st.button(f"Forget {len(gone)} spelling{'s' * (len(gone) != 1)}", key="m_forget_go", on_click=_forget,
                      args=(kind, list(gone)))

with edit_tab:
    data = ws.statements()
    search = st.text_input("Find a statement (actor, topic or words in the quote)", key="m_find")
    found = filters.select(data, search=search)
    if found.empty:
        st.info("No statement matches — try fewer words.")
    else:
        # Unique labels: two statements with the same actor and quote (an article imported twice) must not
        # look alike, or the picker cannot tell them apart.
        when = format_period(found["date"], found["date_precision"].astype(object).fillna("day"),
                             found["date_end"]).fillna("undated")
        labels = dict(zip(found["statement_id"], found["actor"].astype(str) + ": "
                          + found["quote"].astype(object).fillna("(no quote)").astype(str).str.slice(0, 60) + " — " + when
                          + " · " + found["source"].astype(object).fillna("no source").astype(str).str.slice(0, 30)
                          + " · #" + found["statement_id"].astype(str).str.slice(0, 10)))
        sid = st.selectbox(f"Statement ({len(found):,} found)", list(labels)[:500], format_func=labels.get,
                           key="m_sid")
        row = ws.statement(sid)
        with st.form(f"edit-{sid}"):
            c1, c2 = st.columns(2)
            actor = c1.text_input("Actor", value=row["actor"])
            topic = c2.text_input("Topic", value=row["topic"])
            stance = c1.selectbox("Stance", list(STANCE_CHOICES), index=list(STANCE_CHOICES).index(int(row["stance"])),
                                  format_func=STANCE_CHOICES.get)
            date = c2.date_input("Date (start of the period)", value=row["date"].date() if pd.notna(row["date"]) else None,
                                 format="YYYY-MM-DD")
            prec = c1.selectbox("Date precision", PRECISIONS,
                                index=PRECISIONS.index(row["date_precision"]) if row["date_precision"] in PRECISIONS else 0)
            notes = c2.text_input("Notes", value=row["notes"] if isinstance(row["notes"], str) else "")
            quote = st.text_area("Quote", value=row["quote"] if isinstance(row["quote"], str) else "", height=100)
            own_source = isinstance(row["source"], str) and ws.source_text(row["source"]) is not None
            if own_source:  # the name of a stored article: renaming it here would part it from its text
                st.caption(f"Source: {md(row['source'])} (a stored article; its quotes are highlighted in it).")
                source = row["source"]
            else:
                source = st.text_input("Source", value=row["source"] if isinstance(row["source"], str) else "",
                                       help="A web address (https://…) shows as a link in the evidence panel")
            if st.form_submit_button("Save changes", type="primary"):
                changes = {"actor": actor, "topic": topic, "stance": stance, "date_precision": prec,
                           "notes": notes or None, "quote": quote or None, "source": source or None,
                           "date": date.isoformat() if date else None}
                old = {k: row[k] for k in changes}
                old["date"] = row["date"].date().isoformat() if pd.notna(row["date"]) else None
                changes = {k: v for k, v in changes.items() if v != (old[k] if not pd.isna(old[k]) else None)}
                try:
                    done = ws.update_statement(sid, changes, user=who) if changes else {}
                except (ValueError, KeyError, workspace.WorkspaceError) as exc:
                    st.error(md(exc))
                else:
                    if done:  # rerun, so the statement picker's label shows the saved values
                        asked = [k.replace("_", " ") for k in changes]  # what the user changed, not derived fields
                        st.session_state["m_msg"] = f"Saved: {', '.join(asked)}."
                        st.rerun()
                    st.info("Nothing changed.")
        with st.expander("Delete this statement"):
            sure = st.checkbox("Yes, delete it (the history keeps a copy)", key=f"m_del_ok-{sid}")
            if st.button("Delete", key=f"m_del-{sid}", disabled=not sure):
                try:
                    ws.delete_statement(sid, user=who)
                    st.session_state["m_msg"] = (f"Deleted {row['actor']}'s statement #{sid}; the History tab keeps "
                                                 "a copy of it.")
                    st.rerun()
                except (KeyError, workspace.WorkspaceError) as exc:
                    st.error(f"Not deleted: {md(exc)}")
        with st.expander("Delete several statements"):
            st.caption("Pick from the statements found above (narrow them with the search box). They are deleted "
                       "as one change: the History tab keeps a copy of each, and one undo brings them all back.")
            many = st.multiselect("Statements to delete", list(labels)[:500], format_func=labels.get, key="m_del_many")
            if many:
                sure = st.checkbox(f"Yes, delete these {len(many):,}", key=f"m_del_many_ok-{len(many)}")
                if st.button(f"Delete {len(many):,} statement{'s' * (len(many) != 1)}", key="m_del_many_go",
                             disabled=not sure):
                    try:
                        gone = ws.delete_statements(many, user=who)
                    except (KeyError, workspace.WorkspaceError) as exc:
                        st.error(f"Not deleted: {md(exc)}")
                    else:
                        st.session_state.pop("m_del_many", None)
                        st.session_state["m_msg"] = (f"Deleted {gone:,} statement{'s' * (gone != 1)}; the History "
                                                     "tab keeps a copy and can undo it.")
                        st.rerun()

with history_tab:
    change = ws.last_change()
    if change is not None:
        st.markdown("**Undo the last change**")
        st.caption(md(f"{change['summary']} — by {change['user'] or '(no name given)'}, "
                      f"{change['when']:%Y-%m-%d %H:%M}. Undo again to go further back."))
        sure = st.checkbox(f"Yes, undo it ({change['rows']:,} change{'s' * (change['rows'] != 1)} in the history)",
                           key=f"m_undo_change_ok-{change['key']}")
        st.button("Undo it", key=f"m_undo_change-{change['key']}", disabled=not sure, on_click=_undo, args=(change,))
        if st.session_state.get("m_undo_err"):
            st.error(f"Not undone: {md(st.session_state.pop('m_undo_err'))}")
    else:
        st.caption("No edit, delete or merge left to undo. An import is undone as a whole on the Imports tab.")
    audit = ws.audit(limit=1000)
    if audit.empty:
        st.caption("No changes yet.")
    else:
        st.caption("Newest first. “before” holds the value a change replaced; a deleted statement's copy is "
                   "summarised there.")
        st.dataframe(readable_history(audit, data), hide_index=True, height=420)  # data: the Edit tab's read

with imports_tab:
    imports = ws.imports()
    shown = imports.drop(columns=["messages", "undone", "undone_at", "undone_by"], errors="ignore").assign(
        user=imports["user"].fillna("(no name given)"),
        undone=("undone " + imports["undone_at"].dt.strftime("%Y-%m-%d %H:%M") + " by "
                + imports["undone_by"].fillna("(no name given)")).fillna(""))
    st.dataframe(shown, hide_index=True, height=min(260, 40 + 35 * len(shown)))
    live = imports[~imports["undone"].astype(bool)]
    if len(live):
        iid = st.selectbox("Undo an import", live["id"].tolist(), key="m_undo_id",
                           format_func=lambda i: f"#{i} {live.set_index('id').loc[i, 'file']} "
                                                 f"({int(live.set_index('id').loc[i, 'added'])} statements)")
        sure = st.checkbox("Yes, remove every statement this import added", key=f"m_undo_ok-{iid}")
        if st.button("Undo import", key="m_undo", disabled=not sure):
            try:
                n = ws.undo_import(int(iid), user=who)
                st.session_state["m_msg"] = (f"Import #{iid} undone: {n:,} statement{'s' * (n != 1)} removed (each "
                                             "kept in the History tab).")
                st.rerun()
            except (KeyError, ValueError, workspace.WorkspaceError) as exc:
                st.error(f"Not undone: {md(exc)}")
