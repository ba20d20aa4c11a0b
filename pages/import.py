"""Import: spreadsheets and articles into the workspace, reviewed before they are saved."""
import hashlib
import io

import pandas as pd
import streamlit as st

from pages.common import leave_legacy_pages_mode, md, user_box, user_name
from stancetrack import workspace
from stancetrack.aliases import default_topics, similar_to_known
from stancetrack.columns import detect_mapping
from stancetrack.derive import format_period
from stancetrack.evidence import highlighted_html
from stancetrack.extract import UNREADABLE, published_in_text
from stancetrack.io import ARTICLE_EXTENSIONS, TABLE_EXTENSIONS, InputError, excel_sheets, read_table, to_bytes
from stancetrack.schema import COLUMNS, STANCE_CHOICES

IGNORE = "(keep in notes)"
TYPES = sorted(e.lstrip(".") for e in TABLE_EXTENSIONS | ARTICLE_EXTENSIONS)
_UNREADABLE_KINDS = {"docx": "a Word document (.docx)", "doc": "a Word document (.doc)", "pdf": "a PDF",
                     "odt": "an OpenDocument text (.odt)", "rtf": "a rich-text file (.rtf)", "pages": "a Pages document",
                     "xls": "an old Excel file (.xls)", "numbers": "a Numbers spreadsheet", "": "a file with no extension"}

leave_legacy_pages_mode()
st.title("Import")
st.caption("Bring your own statements into your workspace, stored in a database on this server. "
           "Spreadsheets go through the normalizer; articles through the statement extractor, for you to review.")


def _topic_choices() -> list[str]:
    """Your workspace's topics (most used first), then the bundled ones: an article about a topic you already
    track is one pick away, not left "unspecified" because data/topics.csv does not know it."""
    try:
        mine = workspace.open_workspace(user=user_name()).names("topic")["name"].astype(str).tolist()
    except workspace.WorkspaceError:
        mine = []
    bundled = default_topics()
    return list(dict.fromkeys(mine + (bundled["name"].astype(str).tolist() if "name" in bundled else [])))


c1, c2, c3 = st.columns([1, 2, 1])
# kept for the session, so a visit to another page does not reset them (a journalist's walkthrough)
published = c1.date_input("Publication date", value=None, key="imp_published", format="YYYY-MM-DD",
                          persist_state="session",
                          help="For rows or articles that do not carry their own publication date")
topic = c2.selectbox("Topic", _topic_choices(), index=None, key="imp_topic", accept_new_options=True,
                     persist_state="session",
                     placeholder="Pick one of your topics or type a new one",
                     help="For articles, and for tables without a topic column. Empty: for articles, the best "
                          "match from data/topics.csv")
day_first = c3.toggle("Day first (03/04 = 3 April)", key="imp_day_first", persist_state="session")
user_box()
who = user_name()
pub = pd.Timestamp(published) if published else None


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


@st.cache_data(max_entries=32, show_spinner="Reading…")
def _read_raw(data: bytes, name: str, sheet: str | None, digest: str) -> pd.DataFrame:
    return read_table(io.BytesIO(data), name, sheet=sheet)


@st.cache_data(max_entries=32, show_spinner="Finding statements…")
def _prepare_article(text: str, name: str, published, topic: str | None):
    return workspace.prepare_article(text, name, published=published, topic=topic or None)


def _article_text(data: bytes, name: str) -> tuple[str, pd.Timestamp | None]:
    import tempfile
    from pathlib import Path

    from stancetrack.extract import read_article

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / Path(name).name
        path.write_bytes(data)
        return read_article(path)


def _show_rejects(rejects: pd.DataFrame, key: str) -> None:
    if rejects.empty:
        return
    n = len(rejects)
    st.warning(f"{n:,} row{'s were' if n != 1 else ' was'} not imported — each with its row, column, value and "
               "reason below. Correct them in your file and upload it again: rows saved already are recognised "
               "and not added twice.")
    # the row as a spreadsheet shows it (the header is its row 1) beside the data row, in the download too
    shown = rejects.copy()
    if "row" in shown:
        shown.insert(shown.columns.get_loc("row") + 1, "sheet_row", shown["row"] + 1)
    st.dataframe(shown, hide_index=True, height=min(300, 40 + 35 * len(rejects)),
                 column_config={"row": st.column_config.NumberColumn(
                     "Data row", help="Counted from the first row under the header: data row 6 is row 7 in Excel"),
                                "sheet_row": st.column_config.NumberColumn(
                     "Sheet row", help="The row number a spreadsheet shows, its header being row 1")})
    st.download_button("Download rejects (CSV)",
                       data=lambda: to_bytes(shown.rename(columns={"row": "data_row"}), "csv"),
                       file_name="rejects.csv", mime="text/csv", key=f"{key}-rejects", on_click="ignore")


def _save(prepared, key: str) -> bool:
    """Store one prepared import; on failure the reason stays on the page (no rerun)."""
    try:
        report = workspace.open_workspace(user=who).commit(prepared, user=who)
    except (workspace.WorkspaceError, InputError, ValueError) as exc:
        st.error(f"Could not save {md(prepared.file)}: {md(exc)}")
        return False
    st.session_state.setdefault("imp_done", {})[key] = f"{prepared.file}: {report.summary()}"
    st.session_state.setdefault("imp_done_ids", {})[key] = report.import_id
    st.toast(md(f"{prepared.file}: {report.summary()}"))
    return True


def table_file(data: bytes, name: str, key: str):
    """Preview a spreadsheet with its column mapping (editable); returns the prepared import or None."""
    sheet = None
    if name.lower().endswith((".xlsx", ".xlsm")):
        try:
            sheets = excel_sheets(data)
        except Exception:
            st.error(f"{md(name)}: not a readable Excel workbook")
            return None
        if len(sheets) > 1:
            sheet = st.selectbox("This workbook has several sheets — which one holds the statements?", sheets,
                                 key=f"{key}-sheet")
    try:
        raw = _read_raw(data, name, sheet, _digest(data))
    except InputError as exc:
        st.error(md(exc))
        return None
    detected = detect_mapping(raw.columns)
    grid = pd.DataFrame({"input column": [str(c) for c in raw.columns],
                         "example": [str(raw[c].iloc[0])[:60] for c in raw.columns],
                         "becomes": [detected.get(c, IGNORE) for c in raw.columns]})
    st.caption("Detected column mapping — change “becomes” where it is wrong:")
    edited = st.data_editor(
        grid, hide_index=True, key=f"{key}-map", disabled=["input column", "example"],
        column_config={"becomes": st.column_config.SelectboxColumn("becomes", options=[IGNORE] + COLUMNS,
                                                                   required=True)})
    mapping = {r["input column"]: r["becomes"] for r in edited.to_dict("records") if r["becomes"] != IGNORE}
    dupes = pd.Series(list(mapping.values())).value_counts()
    if (dupes > 1).any():
        st.error("Each schema column can come from one input column only: "
                 + md(", ".join(dupes[dupes > 1].index)))
        return None
    try:
        prepared = workspace.prepare_table(raw, name, published=pub, mapping=mapping, day_first=day_first,
                                           topic=topic or None, exact_mapping=True)
    except InputError as exc:
        st.error(md(exc))
        return None
    for m in prepared.messages:
        st.caption(md(m))
    n = len(prepared.statements)
    st.success(f"{n:,} statement{'s' * (n != 1)} ready, {len(prepared.rejects):,} rejected "
               f"(of {prepared.rows_in:,} row{'s' * (prepared.rows_in != 1)}).")
    try:  # said before saving, not only after (a policy analyst's walkthrough); asked once per file and workspace
        ws = workspace.open_workspace(user=who)
        memo = st.session_state.setdefault("_imp_stored", {})
        ids = prepared.statements["statement_id"]
        ask = (key, ws.version(), int(pd.util.hash_pandas_object(ids, index=False).sum()))  # a remapped file differs
        if ask not in memo:
            if len(memo) >= 16:  # a few files at once, each asked once; not a growing store
                memo.pop(next(iter(memo)))
            memo[ask] = len(ws.stored_ids(ids))
        stored = memo[ask]
    except workspace.WorkspaceError:
        stored = 0
    if stored:
        st.info(f"{stored:,} of these {'is' if stored == 1 else 'are'} already in the workspace (imported before): "
                f"saving adds {'only the other ' + format(n - stored, ',') if n > stored else 'nothing'}"
                " and keeps the stored ones with their edits.")
    undated = int(prepared.statements["date"].isna().sum())
    if undated:  # kept, but no chart can place them: say so now, not only later on the Timeline
        st.caption(f"{undated:,} of them {'has' if undated == 1 else 'have'} no date: saved and listed, but not drawn "
                   "on a timeline until given one (Manage page, “Edit a statement”).")
    preview = prepared.statements.head(200)
    try:  # as saving will store them: the workspace's remembered spellings folded in
        folded = workspace.open_workspace(user=who).with_remembered_names(preview)
    except workspace.WorkspaceError:
        folded = preview
    changed = int((folded["actor"].astype(str) != preview["actor"].astype(str)).sum()
                  + (folded["topic"].astype(str) != preview["topic"].astype(str)).sum())
    if changed:
        st.caption(f"{changed:,} names in the first rows will be stored under a spelling remembered from "
                   "earlier merges (Manage page); the preview shows them as they will be stored.")
    shown = folded[["actor", "topic", "stance", "date", "date_text", "date_precision", "quote"]].copy()
    shown["stance"] = shown["stance"].map(STANCE_CHOICES)  # "+1 support", as in the article review
    # at its precision, as in the article review: "March 2024" is 2024-03, not a 2024-03-01 that looks exact
    shown["date"] = format_period(folded["date"], folded["date_precision"].astype(object).fillna("day"),
                                  folded.get("date_end")).fillna("undated")
    st.dataframe(shown, hide_index=True, height=240)
    _show_rejects(prepared.rejects, key)
    return prepared


def _statements(prepared) -> str:
    n = len(prepared.statements)
    return f"{n:,} statement{'s' * (n != 1)}"


def article(text: str, name: str, file_pub, key: str):
    """Proposed statements in an editable grid beside the article with quotes highlighted."""
    # the article's own date line wins: the box above is for articles without one, and stays set from the last
    # import (a teacher's walkthrough: a second article was dated by the first one's box)
    own = file_pub if file_pub is not None else published_in_text(text)
    use_box = (own is not None and pub is not None and pub != own
               and st.checkbox(f"Date this article {pub.date()}, from the Publication date box, not {own.date()}",
                               key=f"{key}-use-box", help="When the article's own date line or dateline is wrong"))
    when = pub if use_box or own is None else own
    try:
        proposed = _prepare_article(text, name, when, topic)
    except InputError as exc:
        st.error(md(exc))
        return None
    unreadable = [m for m in proposed.messages if m.startswith(UNREADABLE)]
    if unreadable:
        st.error(md(f"{name}: {unreadable[0]}"))
        return None
    for m in proposed.messages:
        st.caption(md(m))
    if own is not None and not use_box:
        other = (f"; the {pub.date()} in the Publication date box is for articles without a date of their own "
                 "(tick the box above to use it for this one)" if pub is not None and pub != own else "")
        st.caption(f"Publication date read from the article: {own.date()}{other}.")
    elif when is None and proposed.published is not None:
        st.caption(f"Publication date read from the article: {proposed.published.date()}.")
    cands = proposed.statements
    loose = int((cands["topic"].astype(str) == "unspecified").sum()) if "topic" in cands else 0
    if loose:  # saved as they are, they would sit under a topic no chart page shows with the others
        st.warning(f"{loose:,} of the {len(cands):,} proposed statements {'has' if loose == 1 else 'have'} no topic (“unspecified”). Pick the "
                   "article's topic in the Topic box at the top — your workspace's topics are listed there — or "
                   "type it into the topic column below.")
    try:
        before = workspace.open_workspace(user=who).imported_as(text)
    except workspace.WorkspaceError:
        before = None
    if before:
        when_saved = f" on {before[1]:%Y-%m-%d %H:%M}" if before[1] is not None else ""
        st.warning(md(f"This article is already in your workspace, imported as “{before[0]}”{when_saved}. Saving "
                      "it again adds only proposals that differ from the ones saved then (for example ones you "
                      "corrected), which may duplicate statements."))
    _show_rejects(proposed.rejects, key + "-proposed")
    undated = int(cands["date"].isna().sum()) if "date" in cands else 0
    if undated:
        st.warning(f"{undated:,} of the {len(cands):,} proposed statements {'has' if undated == 1 else 'have'} no "
                   "date: the article gives no "
                   "publication date to resolve “on Tuesday” against or to date the undated quotes, and a "
                   "timeline cannot place them. Set the Publication date above, or start the text with a line "
                   "“date YYYY-MM-DD”.")
    if cands.empty:
        st.info("No statements found in this article. Check the text has quotations or reported speech "
                "(“X said …”), or code it by hand in a spreadsheet and upload that.")
        return None
    try:  # "Tom Hadley" here, "Tom Hadley MP" in the workspace: say so before they are saved apart
        known = workspace.open_workspace(user=who).names("actor")["name"]
    except workspace.WorkspaceError:
        known = []
    alike = similar_to_known(cands["actor"].dropna().astype(str), known) if len(known) else None
    if alike is not None and len(alike):
        pairs = ", ".join(f"“{a}” ~ “{b}”" for a, b in zip(alike["name"].head(5), alike["similar_to"].head(5)))
        st.info(md(f"Like names already in your workspace: {pairs}"
                   f"{f' and {len(alike) - 5} more' if len(alike) > 5 else ''}. Type the workspace's spelling in "
                   "the actor column below to file them together, or merge them later on the Manage page."))
    # The grid takes the page's width, the columns a reviewer corrects first; the article follows below it.
    st.caption("Proposed statements — untick “keep” to drop one; correct the actor, stance, topic or "
               "“reported by” here. Rows marked “check” are weak guesses (no stance word, or a low confidence): "
               "read their quote first; “how found” says which words gave the side. Type a date to correct one "
               "(2025-04-16, 2025-03, 2025-Q1, week of 2025-03-03, or words such as “last Wednesday”); quotes "
               "come from the text: fix them after saving, on the Manage page.")
    cols = ["actor", "stance", "topic", "date_text", "quote", "reported_by"]
    # the quote beside its actor, stance and date: what a reviewer reads and corrects, in view at a laptop's width
    # (a teacher's walkthrough: at 1366 px the date sat off-screen behind the quote)
    shown = [c for c in ("actor", "stance", "date", "quote", "topic", "reported_by", "notes", "date_text")
             if c in cands.columns]
    grid = cands[shown + ["statement_id", "start", "end"]].copy()
    grid.insert(2, "check", workspace.weak_proposals(cands).map({True: "⚠ check", False: ""}).to_numpy())
    # how each was found, in words, beside the quote (a journalist's walkthrough: "found by quote_before:told")
    grid.insert(grid.columns.get_loc("quote") + 1, "how_found", workspace.how_found(cands).to_numpy())
    for c in ("actor", "topic", "reported_by", "date_text", "notes"):
        if c in grid:  # free text, blank where empty (a missing value shows as "None", which reads like a name)
            grid[c] = grid[c].astype(object).where(grid[c].notna(), "")
    grid["stance"] = grid["stance"].map(STANCE_CHOICES)  # labelled: typing "2" must not pick -2
    if "date" in grid:  # at its precision: "in 2019" is 2019, not 2019-01-01
        grid["date"] = format_period(cands["date"], cands["date_precision"], cands.get("date_end")).fillna("undated")
    grid.insert(0, "keep", True)
    edited = st.data_editor(
        grid, hide_index=True, key=f"{key}-grid",
        disabled=["check", "quote", "how_found", "notes", "date_text", "statement_id", "start", "end"],
        column_config={
            "keep": st.column_config.CheckboxColumn("keep"),
            "actor": st.column_config.TextColumn("actor", help="Type a name to correct the speaker"),
            "topic": st.column_config.TextColumn("topic", width="small"),
            "reported_by": st.column_config.TextColumn(
                "reported by", help="Who reported this actor's stance, when it is not their own words"),
            "stance": st.column_config.SelectboxColumn("stance", options=list(STANCE_CHOICES.values()),
                                                       required=True),
            "date": st.column_config.TextColumn(
                "date", help="The date that will be stored, at its precision: a day, “week of”, a month "
                             "(2025-02), a quarter (2025-Q1) or a year. Type another to correct it; words such "
                             "as “last Wednesday” count from the publication date"),
            "quote": st.column_config.TextColumn("quote", width="large"),
            "check": st.column_config.TextColumn(
                "check", width="small", help="A weak guess: found by “learned:” (a side guessed from the wording, "
                "no stance word), “sentiment:” (word valence) or “verb:” (the speech verb alone), a confidence "
                "below 0.45, or one speaker proposed on two sides the same day"),
            "how_found": st.column_config.TextColumn(
                "how found", width="medium", help="The words that gave the side and how the speaker was found; "
                "“no stance word” marks a guess to read first"),
            "notes": st.column_config.TextColumn(
                "notes", width="large", help="Role, confidence, the rule that found it (as stored), flags"),
            "statement_id": None, "start": None, "end": None,
            "date_text": st.column_config.TextColumn(
                "date as written", help="As found in the attribution (a date you type in “date” replaces it)"),
        })
    st.caption(f"{md(name)} — quotes highlighted")
    marked = highlighted_html(text, zip(cands["start"].astype(object), cands["end"].astype(object)))
    st.html("<div style='max-height:420px;overflow:auto;white-space:pre-wrap;font-size:0.9em;"
            "border:1px solid rgba(128,128,128,0.3);padding:0.5em 0.8em;border-radius:0.4em'>" + marked + "</div>")
    kept = edited[edited["keep"]].drop(columns=["keep"])
    kept = kept.assign(stance=kept["stance"].map({v: k for k, v in STANCE_CHOICES.items()}))
    retyped: list[str] = []
    reviewed = workspace.apply_review(cands, kept, cols, messages=retyped, day_first=day_first,
                                      published=when if when is not None else proposed.published)
    for m in retyped:  # a date that is no date, or one read one way of two: said, row by row
        st.warning(md(m))
    try:
        prepared = workspace.prepare_article(text, name, published=when, topic=topic or None, statements=reviewed)
    except InputError as exc:
        st.error(md(exc))
        return None
    _show_rejects(prepared.rejects, key + "-reviewed")
    return prepared


tab_files, tab_paste = st.tabs(["Upload files", "Paste an article"])
with tab_files:
    # any file is taken, and one of another kind is named with what to do (a teacher's walkthrough: the
    # uploader's own refusal hid in a tooltip, in MIME-type jargon)
    uploads = st.file_uploader("Spreadsheets (CSV, TSV, XLSX, JSON, JSON Lines, Parquet, DNA export) or articles "
                               "(.txt, .md, .html)", accept_multiple_files=True, key="imp_files")
    ready = []
    for i, up in enumerate(uploads or []):
        data = up.getvalue()
        key = f"f{i}-{_digest(data)}"
        with st.expander(f"{md(up.name)} ({len(data) / 1024:,.0f} KB)", expanded=len(uploads) <= 2):
            if key in st.session_state.get("imp_done", {}):
                st.success("Saved: " + md(st.session_state["imp_done"][key]))
                st.caption("Saved in this session. Remove the file above to upload a new version of it.")
                continue
            ext = up.name.rsplit(".", 1)[-1].lower() if "." in up.name else ""
            if ext not in TYPES:
                st.error(md(f"{up.name}: {_UNREADABLE_KINDS.get(ext, 'this kind of file')} cannot be read here. "
                            "Save an article as plain text (.txt) or copy its text into the “Paste an article” "
                            "tab; save a table as CSV or Excel (.xlsx)."))
                continue
            if up.name.lower().endswith(tuple(ARTICLE_EXTENSIONS)):
                try:
                    text, file_pub = _article_text(data, up.name)
                except (InputError, ValueError, OSError) as exc:
                    st.error(md(f"{up.name}: {exc}"))
                    continue
                src = st.text_input("Source: the article's web address, or a name for it", value=up.name,
                                    key=f"{key}-src", help="Stored as the source of every statement from it and "
                                    "shown in the evidence panel; a web address (https://…) there opens the article.")
                prepared = article(text, src.strip() or up.name, file_pub, key)
            else:
                prepared = table_file(data, up.name, key)
            if prepared is not None and len(prepared.statements):
                ready.append((key, prepared))
                if st.button(f"Save {_statements(prepared)} from {md(up.name)}", key=f"{key}-save",
                             type="primary") and _save(prepared, key):
                    st.rerun()
    if len(ready) > 1 and st.button(f"Save all {len(ready)} files", key="imp_save_all", type="primary"):
        bar = st.progress(0.0, text="Saving…")
        saved = 0
        for n, (key, prepared) in enumerate(ready, start=1):
            saved += _save(prepared, key)
            bar.progress(n / len(ready), text=f"Saved {md(prepared.file)} ({n}/{len(ready)})")
        if saved == len(ready):
            st.rerun()

with tab_paste:
    name = st.text_input("Source: the article's web address, or a name for it", value="pasted-article.txt",
                         key="imp_paste_name",
                         help="Stored as the source of every statement from it and shown in the evidence panel; a "
                              "web address (https://…) there opens the article.")
    text = st.text_area("Article text", height=220, key="imp_paste_text",
                        placeholder="Paste the article here. A first line “date 2025-06-25”, or a dateline such as "
                                    "“BRUSSELS, March 14, 2025 (Reuters) -”, sets its publication date.")
    if not text.strip():  # a teacher's walkthrough: a blank paste said nothing at all
        st.caption("Paste an article's text above, then press Ctrl+Enter or click outside the box: the statements "
                   "it holds are proposed here for you to review and save." if not text else
                   "The box holds only spaces or blank lines: paste the article's text.")
    else:
        key = "paste-" + _digest(text.encode("utf-8"))
        if key in st.session_state.get("imp_done", {}):
            st.success("Saved: " + md(st.session_state["imp_done"][key]))
            st.caption("This text was saved in this session. Paste another article into the box to import it.")
        else:
            prepared = article(text, name or "pasted-article.txt", None, key)
            if prepared is not None and len(prepared.statements) and st.button(
                    f"Save {_statements(prepared)}", key=f"{key}-save", type="primary") \
                    and _save(prepared, key):
                st.rerun()

done = st.session_state.get("imp_done", {})
if done:
    st.divider()
    st.subheader("Saved in this session")
    try:  # an import undone on the Manage page says so (a teacher's walkthrough: it was still listed as saved)
        undone = set(workspace.open_workspace(user=who).imports().query("undone")["id"])
    except workspace.WorkspaceError:
        undone = set()
    ids = st.session_state.get("imp_done_ids", {})
    st.text("\n".join("• " + s + (" — since undone (Manage › Imports)" if ids.get(k) in undone else "")
                      for k, s in done.items()))
    st.caption("Choose “My workspace” in the Dataset picker to chart them.")
