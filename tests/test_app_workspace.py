"""The Import and Manage pages through AppTest, against a throwaway SQLite workspace."""
from pathlib import Path

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from stancetrack import workspace

ROOT = Path(__file__).resolve().parent.parent
SEED_TXT = ROOT / "seeds" / "000_e094d77fce59dbd2.txt"


@pytest.fixture
def db(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'ws.sqlite'}"
    monkeypatch.setenv("STANCETRACK_DB", url)
    yield url
    workspace.dispose(url)


def app(page: str) -> AppTest:
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    at.switch_page(f"pages/{page}.py")
    return at.run()


def upload(at, *files):
    at.file_uploader(key="imp_files").set_value(list(files)).run()
    assert not at.exception, at.exception[0].value if at.exception else ""
    return at


def button(at, startswith: str):
    return next(b for b in at.button if b.label.startswith(startswith))


def test_import_a_spreadsheet_then_chart_it(db):
    at = app("import")
    upload(at, ("coded.csv", (ROOT / "data" / "statements.csv").read_bytes(), "text/csv"))
    mapping = at.dataframe[0].value  # st.data_editor shows as a dataframe in AppTest
    assert dict(zip(mapping["input column"], mapping["becomes"]))["date_text"] == "date"
    assert any("12 statements ready" in s.value for s in at.success)
    button(at, "Save 12 statements").click().run()
    assert not at.exception
    assert workspace.open_workspace(db).count() == 12
    # The dataset picker now offers the workspace, and its charts draw.
    at = app("timeline")
    assert "My workspace" in at.sidebar.selectbox(key="dataset").options
    at.sidebar.selectbox(key="dataset").set_value("My workspace").run()
    assert not at.exception and at.get("plotly_chart")


def test_rejected_rows_are_shown_with_row_column_and_reason(db):
    csv = b"actor,topic,stance,date\nA,T,support,2024-01-01\nB,T,perhaps,2024-01-01\nC,T,no,someday\n"
    at = upload(app("import"), ("mixed.csv", csv, "text/csv"))
    assert any("2 rows were not imported" in w.value for w in at.warning)
    rejects = at.dataframe[2].value  # mapping grid, preview, rejects
    assert rejects["row"].tolist() == [2, 3]
    assert rejects["sheet_row"].tolist() == [3, 4]  # as a spreadsheet numbers them, header being row 1
    assert rejects["column"].tolist() == ["stance", "date"]
    assert "unrecognised stance label 'perhaps'" in rejects["reason"].iat[0]


def test_mapping_can_be_corrected_before_import(db):
    csv = b"who,what,verdict,type\nAnna,Tax,yes,person\n"
    at = upload(app("import"), ("odd.csv", csv, "text/csv"))
    assert any("missing required column(s) topic, stance" in e.value.replace("\\", "") for e in at.error)
    assert "exact_mapping=True" in (ROOT / "pages" / "import.py").read_text()  # the page sends the grid as is
    grid = at.dataframe[0].value
    assert dict(zip(grid["input column"], grid["becomes"])) == {
        "who": "actor", "what": "(keep in notes)", "verdict": "(keep in notes)", "type": "actor_type"}
    # What the corrected grid hands over: an exact mapping in which "type" is left out on purpose.
    import io

    import pandas as pd

    from stancetrack.workspace import prepare_table

    prepared = prepare_table(pd.read_csv(io.BytesIO(csv), dtype=str), "odd.csv", published="2024-01-01",
                             mapping={"who": "actor", "what": "topic", "verdict": "stance"}, exact_mapping=True)
    row = prepared.statements.iloc[0]
    assert (row["actor"], row["topic"], int(row["stance"])) == ("Anna", "Tax", 1)
    assert pd.isna(row["actor_type"]) and row["notes"] == "type: person"


def test_import_an_article_after_review(db):
    at = upload(app("import"), (SEED_TXT.name, SEED_TXT.read_bytes(), "text/plain"))
    grid = at.dataframe[0].value
    assert grid["keep"].all() and {"Mark Rutte", "Russia"} <= set(grid["actor"])
    # stances are offered with their meaning (typing "2" must not land on "-2")
    assert set(grid["stance"]) <= {"+2 strongly support", "+1 support", "0 neutral", "-1 oppose", "-2 strongly oppose"}
    # dates at their precision (Bucharest 2008 is a year, Trump's "in February" a month), editable columns first
    dates = grid.groupby("actor")["date"].agg(set)
    assert "2008" in dates["NATO"] and "2025-02" in dates["Donald Trump"] and "2025-06-25" in dates["Mark Rutte"]
    assert list(grid.columns[:6]) == ["keep", "actor", "stance", "check", "date", "quote"]  # in view beside them
    assert not grid["check"].astype(bool).any()  # the seed's proposals all rest on stance words
    assert grid["notes"].str.contains("found by ").all()  # how each was found, for the reviewer
    # … and in words beside the quote, not "quote_before:said | 'against'-"
    assert grid.columns[6] == "how_found" and not grid["how_found"].str.contains(r"quote_before|\|").any()
    rutte = grid[grid["actor"] == "Mark Rutte"]["how_found"]
    assert rutte.str.contains("(support)", regex=False).any()
    save = button(at, "Save ")
    n = int(save.label.split()[1])
    assert n >= 7
    save.click().run()
    assert not at.exception
    ws = workspace.open_workspace(db)
    assert ws.count() == n
    assert ws.source_text(SEED_TXT.name) == SEED_TXT.read_text(encoding="utf-8")
    stored = ws.statements()
    text = SEED_TXT.read_text(encoding="utf-8")
    for row in stored.itertuples():
        assert text[int(row.start):int(row.end)] == row.quote
    assert int(stored.set_index("actor").loc["Mark Rutte", "stance"].max()) == 1  # the label went back to a number


def test_workbook_with_two_sheets_asks_which(db):
    import io

    import openpyxl

    wb = openpyxl.Workbook()
    wb.active.title = "notes"
    wb.active.append(["nothing here"])
    ws = wb.create_sheet("coded")
    ws.append(["actor", "topic", "stance", "date"])
    ws.append(["Anna", "Tax", "yes", "2024-01-01"])
    buf = io.BytesIO()
    wb.save(buf)
    at = upload(app("import"), ("book.xlsx", buf.getvalue(), "application/octet-stream"))
    sheet = at.selectbox(key=next(s.key for s in at.selectbox if s.key and s.key.endswith("-sheet")))
    assert sheet.options == ["notes", "coded"]
    sheet.set_value("coded").run()
    assert any("1 statement ready" in s.value for s in at.success)


def test_bad_upload_shows_its_message_and_the_app_keeps_working(db):
    at = upload(app("import"), ("junk.csv", bytes(range(256)) * 20, "text/csv"),
                ("fine.csv", b"actor,topic,stance,date\nA,T,yes,2024-01-01\n", "text/csv"))
    assert any("junk.csv" in e.value.replace("\\", "") and "binary" in e.value for e in at.error)
    assert any("1 statement ready" in s.value for s in at.success)


def test_manage_merge_edit_delete_history_undo(db):
    ws = workspace.open_workspace(db)
    report = ws.import_path(ROOT / "data" / "statements.csv")
    at = app("manage")
    assert not at.exception
    at.multiselect(key="m_names").set_value(["Donald Trump"]).run()
    into = next(t for t in at.text_input if t.key and t.key.startswith("m_into"))
    into.set_value("President Trump").run()
    button(at, "Rename into").click().run()
    assert "President Trump" in set(ws.statements()["actor"])
    # Edit a statement's stance through the form.
    at.text_input(key="m_find").set_value("forget about it").run()
    form_stance = next(s for s in at.selectbox if s.label == "Stance")
    form_stance.set_value(-1)
    next(b for b in at.button if b.label == "Save changes").click().run()
    assert not at.exception
    assert any("Saved: stance." in s.value.replace("\\", "") for s in at.success)  # after the rerun that refreshes the picker
    assert next(s for s in at.selectbox if s.label == "Stance").value == -1
    sid = at.selectbox(key="m_sid").value
    assert int(ws.statement(sid)["stance"]) == -1
    # A spreadsheet row's source can be given a web address (a policy analyst could not add one).
    next(t for t in at.text_input if t.label == "Source").set_value("https://example.org/rutte-interview")
    next(b for b in at.button if b.label == "Save changes").click().run()
    assert ws.statement(sid)["source"] == "https://example.org/rutte-interview"
    # Delete it, with confirmation.
    at.checkbox(key=f"m_del_ok-{sid}").check().run()
    at.button(key=f"m_del-{sid}").click().run()
    assert ws.statement(sid) is None
    history = ws.audit()
    assert {"import", "rename", "edit", "delete"} <= set(history["action"])
    # The History tab says it in words: the deleted statement's copy is a line, not JSON.
    shown = next(d.value for d in at.dataframe if "before" in d.value.columns)
    gone = shown[shown["action"].eq("deleted")].iloc[0]
    assert gone["before"].startswith("President Trump · -1 oppose · ") and "{" not in gone["before"]
    # Undo the import.
    at = app("manage")
    at.checkbox(key=f"m_undo_ok-{report.import_id}").check().run()
    at.button(key="m_undo").click().run()
    assert ws.count() == 0


UNDATED_ARTICLE = (
    "The council's plan to close the Riverside library drew fire on Tuesday.\n\n"
    "\"Closing it would be a terrible mistake,\" said councillor Maria Lopez.\n\n"
    "Mayor Tom Reed said on Tuesday that he fully supports the closure.\n"
)


def test_pasted_article_without_a_date_says_so_and_the_timeline_lists_them(db):
    at = app("import")
    at.text_area(key="imp_paste_text").set_value(UNDATED_ARTICLE).run()
    assert not at.exception
    warned = [w.value for w in at.warning if "have no date" in w.value]
    assert warned and "Set the Publication date above" in warned[0]
    assert warned[0].startswith("2 of the 2 proposed statements")
    button(at, "Save 2 statements").click().run()
    assert workspace.open_workspace(db).count() == 2
    at = app("timeline")
    at.sidebar.selectbox(key="dataset").set_value("My workspace").run()
    assert not at.exception
    assert any("None of the 2 selected statements has a date" in i.value for i in at.info)
    assert not at.get("plotly_chart")  # no empty chart that says "No dated statements"
    assert set(at.dataframe[0].value["actor"]) == {"Maria Lopez", "Tom Reed"}
    at = app("topics")
    at.sidebar.selectbox(key="dataset").set_value("My workspace").run()
    assert any("None of the 2 selected statements has a date" in i.value for i in at.info)


def test_a_pasted_articles_web_address_is_its_source_and_stays_with_its_text(db):
    at = app("import")
    at.text_input(key="imp_paste_name").set_value("https://news.example.org/riverside-library")
    at.text_area(key="imp_paste_text").set_value("RIVERSIDE, March 14, 2025 (AP) - " + UNDATED_ARTICLE).run()
    button(at, "Save 2 statements").click().run()
    ws = workspace.open_workspace(db)
    assert set(ws.statements()["source"]) == {"https://news.example.org/riverside-library"}
    assert "Riverside library" in ws.source_text("https://news.example.org/riverside-library")
    at = app("manage")
    at.text_input(key="m_find").set_value("terrible mistake").run()
    assert not [t for t in at.text_input if t.label == "Source"]  # the stored article's name is not retyped here
    assert any("a stored article" in c.value for c in at.caption)


def test_pasted_article_with_a_wire_dateline_is_dated_by_it(db):
    at = app("import")
    at.text_area(key="imp_paste_text").set_value("RIVERSIDE, March 14, 2025 (AP) - " + UNDATED_ARTICLE).run()
    assert not [w.value for w in at.warning if "have no date" in w.value]
    assert any("Publication date read from the article: 2025-03-14" in c.value for c in at.caption)
    grid = at.dataframe[0].value
    assert sorted(grid["date"].astype(str)) == ["2025-03-11", "2025-03-14"]  # "on Tuesday" before the 14th


def test_binary_article_upload_says_it_is_not_readable_text(db):
    import random

    rng = random.Random(7)
    junk = bytes(rng.randrange(256) for _ in range(6000))
    at = upload(app("import"), ("scan.txt", junk, "text/plain"))
    assert any("scan.txt: not readable text" in e.value.replace("\\", "") for e in at.error)
    assert not any("No statements found" in i.value for i in at.info)


def test_manage_after_a_merge_counts_are_fresh_and_twins_can_be_edited(db):
    ws = workspace.open_workspace(db)
    text = SEED_TXT.read_text(encoding="utf-8")
    ws.import_article(text, "first.txt")
    ws.import_article(text, "second.txt")  # the same article twice: twin statements, same actor and quote
    at = app("manage")
    at.multiselect(key="m_names").set_value(["Hungary", "Slovakia"]).run()
    into = next(t for t in at.text_input if t.key and t.key.startswith("m_into"))
    into.set_value("Visegrad").run()
    button(at, "Merge 2 names").click().run()
    assert not at.exception
    assert any("now has 4 statements" in s.value for s in at.success)
    assert at.multiselect(key="m_names").value == []  # the old selection does not linger into the next rename
    counts = at.dataframe[0].value.set_index("name")["statements"]
    assert counts["Visegrad"] == 4 and "Hungary" not in counts.index
    # The twins have different labels, and editing one changes that one
    at.text_input(key="m_find").set_value("Visegrad").run()
    picker = at.selectbox(key="m_sid")
    labels = list(picker.options)  # what the user sees
    assert len(set(labels)) == len(labels) == 4, labels
    twins = ws.statements().query("actor == 'Visegrad'")["statement_id"].tolist()
    picker.set_value(twins[1]).run()
    sid = at.selectbox(key="m_sid").value
    assert sid == twins[1]
    next(s for s in at.selectbox if s.label == "Stance").set_value(0)
    next(b for b in at.button if b.label == "Save changes").click().run()
    assert int(ws.statement(sid)["stance"]) == 0
    assert sum(int(ws.statement(o)["stance"]) == 0 for o in twins) == 1
    # A spelling merged by mistake can be forgotten
    at.multiselect(key="m_forget").set_value(["Hungary"]).run()
    button(at, "Forget 1 spelling").click().run()
    assert "Hungary" not in set(ws.aliases("actor")["alias"])
    assert any("Forgotten: Hungary" in s.value.replace("\\", "") for s in at.success)


def test_table_preview_shows_names_as_they_will_be_stored(db):
    ws = workspace.open_workspace(db)
    ws.import_table(pd.DataFrame({"actor": ["Bike City"], "topic": ["T"], "stance": ["1"], "date": ["2024-01-01"]}),
                    "first.csv")
    ws.rename("actor", "Bike City", "Bike City Association")
    at = upload(app("import"), ("later.csv", b"actor,topic,stance,date\nbike city,T,yes,2024-02-01\n", "text/csv"))
    preview = at.dataframe[1].value  # mapping grid, preview
    assert list(preview["actor"]) == ["Bike City Association"]
    assert any("remembered from earlier merges" in c.value for c in at.caption)


def test_merging_actors_keeps_them_in_the_sidebar_selection_and_undoing_all_says_what_happened(db):
    ws = workspace.open_workspace(db)
    rep = ws.import_path(ROOT / "data" / "statements.csv")
    at = app("manage")
    at.sidebar.selectbox(key="dataset").set_value("My workspace").run()
    before = list(at.sidebar.multiselect(key="actors").value)
    assert {"Hungary", "Slovakia"} <= set(before)
    at.multiselect(key="m_names").set_value(["Hungary", "Slovakia"]).run()
    next(t for t in at.text_input if t.key and t.key.startswith("m_into")).set_value("Visegrad").run()
    button(at, "Merge 2 names").click().run()
    after = list(at.sidebar.multiselect(key="actors").value)
    assert "Visegrad" in after and not {"Hungary", "Slovakia"} & set(after)
    # Undo the only import: the page says so and shows what happened, though the workspace is now empty
    tabs_checkbox = at.checkbox(key=f"m_undo_ok-{rep.import_id}")
    tabs_checkbox.check().run()
    at.button(key="m_undo").click().run()
    assert not at.exception
    assert any("undone" in s.value for s in at.success)
    assert any("What happened to it" in c.value for c in at.caption)


def test_manage_history_undoes_the_last_change(db):
    ws = workspace.open_workspace(db)
    ws.import_path(ROOT / "data" / "statements.csv")
    quote = ws.statement("seed000-02")["quote"]
    ws.delete_statement("seed000-02", user="zoe")
    at = app("manage")
    undo = next(b for b in at.button if b.label == "Undo it")
    assert undo.disabled  # asks first
    assert any("delete of 1 statement" in c.value for c in at.caption)
    next(c for c in at.checkbox if c.label.startswith("Yes, undo it")).check().run()
    next(b for b in at.button if b.label == "Undo it").click().run()
    assert not at.exception
    assert ws.statement("seed000-02")["quote"] == quote
    assert any("Undone: delete of 1 statement" in s.value.replace("\\", "") for s in at.success)
    assert not [b for b in at.button if b.label == "Undo it"]  # nothing left to undo: the import has its own


def test_undoing_a_merge_puts_the_old_names_back_in_the_sidebar(db):
    ws = workspace.open_workspace(db)
    ws.import_path(ROOT / "data" / "statements.csv")
    at = app("manage")
    at.sidebar.selectbox(key="dataset").set_value("My workspace").run()
    at.multiselect(key="m_names").set_value(["Donald Trump", "Pete Hegseth"]).run()
    into = next(t for t in at.text_input if t.key and t.key.startswith("m_into"))
    into.set_value("Trump administration").run()
    button(at, "Merge 2 names").click().run()
    assert "Trump administration" in at.session_state["actors"]
    next(c for c in at.checkbox if c.label.startswith("Yes, undo it")).check().run()
    next(b for b in at.button if b.label == "Undo it").click().run()
    assert not at.exception
    assert {"Donald Trump", "Pete Hegseth"} <= set(at.session_state["actors"])
    assert "Trump administration" not in at.session_state["actors"]


def test_pasting_an_article_already_imported_says_so(db):
    text = SEED_TXT.read_text(encoding="utf-8")
    workspace.open_workspace(db).import_article(text, "first-paste.txt")
    at = app("import")
    at.text_area(key="imp_paste_text").set_value(text).run()
    assert any("already in your workspace, imported as “first-paste.txt”" in w.value.replace("\\", "")
               for w in at.warning)


def test_weak_guesses_are_marked_for_checking_in_the_review_grid(db):
    article = (" date 2025-03-12\n\nThe council will vote next month on the plan to close Elm Street to cars.\n\n"
               "Jo Parkes, who runs the bakery on the corner, said on Tuesday that the closure would drive away the "
               "customers she depends on and cost her business its regulars.\n\n"
               "Councillor Amir Haddad said he strongly supports the closure.\n")
    at = upload(app("import"), ("elm.txt", article.encode(), "text/plain"))
    grid = at.dataframe[0].value.set_index("actor")
    assert grid.loc["Jo Parkes", "check"] == "⚠ check" and "learned:" in grid.loc["Jo Parkes", "notes"]
    assert grid.loc["Amir Haddad", "check"] == ""


def test_import_and_manage_say_the_sidebar_filters_are_for_the_charts(db):
    note = "shape the chart pages"
    for name in ("import", "manage"):
        at = app(name)
        assert any(note in c.value for c in at.sidebar.caption), name
    at = app("timeline")
    assert not any(note in c.value for c in at.sidebar.caption)


def test_manage_deletes_several_statements_as_one_change_that_one_undo_restores(db):
    ws = workspace.open_workspace(db)
    ws.import_path(ROOT / "data" / "statements.csv")
    before = ws.count()
    at = app("manage")
    ids = ws.statements()["statement_id"].astype(str).tolist()[:2]
    at.multiselect(key="m_del_many").set_value(ids).run()
    at.checkbox(key="m_del_many_ok-2").check().run()
    button(at, "Delete 2 statements").click().run()
    assert not at.exception
    assert ws.count() == before - 2
    assert any("Deleted 2 statements" in s.value for s in at.success)
    change = ws.last_change()
    assert change["action"] == "delete" and change["rows"] == 2 and "delete of 2 statements" in change["summary"]
    ws.undo_change(change["key"])
    assert ws.count() == before


def test_delete_statements_is_all_or_nothing(db):
    ws = workspace.open_workspace(db)
    ws.import_path(ROOT / "data" / "statements.csv")
    n = ws.count()
    with pytest.raises(KeyError, match="no statement 'nope'"):
        ws.delete_statements(["seed000-01", "nope"])
    assert ws.count() == n


def test_an_article_about_a_topic_only_the_workspace_knows_can_be_given_it_in_one_pick(db):
    ws = workspace.open_workspace(db)
    ws.import_table(pd.DataFrame({"actor": ["Ann Lee"], "topic": ["Library closures"], "stance": ["support"],
                                  "date": ["2025-03-01"], "quote": ["Close them."]}), "mine.csv")
    at = app("import")
    box = at.selectbox(key="imp_topic")
    assert box.options[0] == "Library closures" and "Ukraine NATO membership" in box.options  # yours first
    at.text_area(key="imp_paste_text").set_value(UNDATED_ARTICLE).run()
    warned = [w.value for w in at.warning if "no topic" in w.value]
    assert warned and warned[0].startswith("2 of the 2 proposed statements have no topic")
    at.selectbox(key="imp_topic").set_value("Library closures").run()
    assert not [w.value for w in at.warning if "no topic" in w.value]
    assert set(at.dataframe[0].value["topic"]) == {"Library closures"}
    button(at, "Save 2 statements").click().run()
    assert set(ws.statements()["topic"]) == {"Library closures"} and ws.count() == 3


def test_a_party_filter_keeps_the_partys_statements_that_name_no_party_and_small_data_opens_with_everyone(db):
    """Statements taken from articles carry no affiliation: filtering by a politician's party must keep them.
    Thirteen actors all fit the palette, so the workspace opens with all of them selected."""
    names = [f"Actor {chr(65 + i)}" for i in range(12)] + ["Helen Marsh"]
    rows = pd.DataFrame({"actor": names, "topic": "Congestion charge", "stance": 1,
                         "date": [f"2025-0{1 + i % 9}-1{i % 9}" for i in range(13)], "quote": "q",
                         "affiliation": ["Green Alliance"] + [None] * 11 + ["Civic Party"]})
    later = pd.DataFrame({"actor": ["Helen Marsh", "Helen Marsh"], "topic": "Congestion charge", "stance": [2, 2],
                          "date": ["2025-05-20", "2025-06-03"], "quote": ["q2", "q3"]})  # from an article: no party
    ws = workspace.open_workspace(db)
    ws.import_table(rows, "coded.csv")
    ws.import_table(later, "article.txt")
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    at.switch_page("pages/timeline.py")
    at.run()
    at.sidebar.selectbox(key="dataset").set_value("My workspace").run()
    assert not at.exception
    assert any("15 of 15 statements selected" in c.value for c in at.sidebar.caption), [c.value for c in at.sidebar.caption]
    at.multiselect(key="affiliations").set_value(["Civic Party"]).run()
    assert not at.exception
    assert any("3 of 15 statements selected" in c.value for c in at.sidebar.caption), [c.value for c in at.sidebar.caption]
    # what a download's caption says it shows: the actor drawn (not every name picked), and the filter
    from pages.common import View

    everyone = ws.statements()
    view = View("workspace", "My workspace", "", everyone, everyone[everyone["actor"] == "Helen Marsh"],
                "Congestion charge", names, "year", None, None, "v", {}, None, ["Civic Party"])
    assert "Actors: Helen Marsh. Affiliation: Civic Party. Dates:" in view.caption()


def test_a_spreadsheet_row_without_a_date_is_announced_and_dates_show_at_their_precision(db):
    csv = ("actor,topic,stance,date,quote\nA,T,support,March 2024,q1\nB,T,oppose,,q2\n"
           "C,T,oppose,2024-05-02,q3\n").encode()
    at = upload(app("import"), ("three.csv", csv, "text/csv"))
    said = [c.value for c in at.caption]
    assert any(c.startswith("1 of them has no date: saved and listed, but not drawn") for c in said), said
    preview = next(df.value for df in at.dataframe if "quote" in df.value.columns)
    assert preview["date"].tolist() == ["2024-03", "undated", "2024-05-02"]


def test_manage_points_out_one_person_under_two_spellings_from_different_imports(db):
    ws = workspace.open_workspace(db)
    ws.import_table(pd.DataFrame({"actor": ["Daniel Okoye"] * 3 + ["Helen Marsh"], "topic": "T", "stance": 1,
                                  "date": "2025-03-01", "quote": ["a", "b", "c", "d"]}), "coded.csv")
    ws.import_table(pd.DataFrame({"actor": ["Dan Okoye", "Dan Okoye"], "topic": "T", "stance": 2,
                                  "date": "2025-06-03", "quote": ["e", "f"]}), "article.txt")
    at = app("manage")
    assert not at.exception
    said = [i.value for i in at.info]
    assert any("Possibly one actor under two spellings: “Daniel Okoye” (3) and “Dan Okoye” (2)" in s for s in said), said


def test_manage_opens_when_some_statements_have_no_quote(db, tmp_path):
    """A policy analyst's walkthrough: one statement without a quote (a spreadsheet row with an empty cell) made
    every tab of Manage fail (a categorical quote column cannot take "(no quote)")."""
    csv = tmp_path / "mixed.csv"
    csv.write_text("actor,topic,stance,date,quote\nAnn Lee,Tram,support,2025-03-01,Trams now\n"
                   "Tom Ray,Tram,oppose,2025-03-02,\n", encoding="utf-8")
    workspace.open_workspace(db).import_path(csv, user="t")
    at = app("manage")
    assert not at.exception, at.exception[0].value if at.exception else ""
    labels = at.selectbox(key="m_sid").options
    assert any(label.startswith("Tom Ray: (no quote)") for label in labels)


def test_a_date_range_left_open_takes_in_newly_imported_statements(db):
    """A policy analyst's walkthrough: after an article import, four new statements fell after the sidebar's
    range (kept from before the import) and vanished from every chart."""
    ws = workspace.open_workspace(db)
    ws.import_table(pd.DataFrame({"actor": ["A", "B"], "topic": ["Vape ban"] * 2,
                                  "stance": ["support", "oppose"], "date": ["2024-01-15", "2025-06-20"]}), "first.csv")
    at = app("timeline")
    at.sidebar.selectbox(key="dataset").set_value("My workspace").run()
    assert tuple(str(d) for d in at.sidebar.date_input(key="dates").value) == ("2024-01-15", "2025-06-20")
    ws.import_table(pd.DataFrame({"actor": ["A", "C"], "topic": ["Vape ban"] * 2,
                                  "stance": ["oppose", "support"], "date": ["2025-07-01", "2025-07-03"]}), "later.csv")
    at.run()
    assert not at.exception
    assert tuple(str(d) for d in at.sidebar.date_input(key="dates").value) == ("2024-01-15", "2025-07-03")
    assert any("4 of 4 statements selected" in c.value for c in at.sidebar.caption), [c.value for c in at.sidebar.caption]
    assert any("widened" in i.value for i in at.sidebar.info)
    # An end the user narrowed stays put, and the sidebar says what it leaves out.
    at.sidebar.date_input(key="dates").set_value((pd.Timestamp("2024-01-15").date(),
                                                  pd.Timestamp("2025-06-30").date())).run()
    assert any("2 statements of this selection lie outside the date range" in c.value
               for c in at.sidebar.caption), [c.value for c in at.sidebar.caption]


def test_the_preview_says_how_many_rows_are_stored_already(db):
    """A policy analyst's walkthrough: "Save 31 statements", then "30 already in the workspace" only after."""
    at = upload(app("import"), ("coded.csv", (ROOT / "data" / "statements.csv").read_bytes(), "text/csv"))
    assert not any("already in the workspace" in i.value for i in at.info)
    button(at, "Save 12 statements").click().run()
    at = upload(app("import"), ("coded.csv", (ROOT / "data" / "statements.csv").read_bytes(), "text/csv"))
    assert any("12 statements ready, 0 rejected (of 12 rows)" in s.value for s in at.success)
    assert any("12 of these are already in the workspace" in i.value and "adds nothing" in i.value for i in at.info)


def test_article_proposals_named_like_workspace_actors_are_pointed_out(db):
    """A policy analyst's walkthrough: "Tom Reed" from an article and "Tom Reed MP" from her spreadsheet were
    saved as two actors, and nothing said they might be one."""
    ws = workspace.open_workspace(db)
    ws.import_table(pd.DataFrame({"actor": ["Tom Reed MP"], "topic": ["Riverside library"], "stance": ["support"],
                                  "date": ["2025-01-10"]}), "mine.csv")
    at = app("import")
    at.text_area(key="imp_paste_text").set_value("RIVERSIDE, March 14, 2025 (AP) - " + UNDATED_ARTICLE).run()
    said = [i.value for i in at.info if "Like names already in your workspace" in i.value]
    assert said and "“Tom Reed” ~ “Tom Reed MP”" in said[0].replace("\\", "")
    assert "Maria Lopez" not in said[0]


def test_manage_picker_shows_a_corrected_quote(db):
    """A journalist's walkthrough: after "Saved: quote." the statement picker still showed the old words."""
    ws = workspace.open_workspace(db)
    ws.import_path(ROOT / "data" / "statements.csv")
    at = app("manage")
    at.text_input(key="m_find").set_value("Rutte").run()
    next(t for t in at.text_area if t.label == "Quote").set_value("A corrected quote from the source")
    next(b for b in at.button if b.label == "Save changes").click().run()
    assert not at.exception
    picker = at.selectbox(key="m_sid")
    assert ws.statement(picker.value)["quote"] == "A corrected quote from the source"
    label = picker.options[picker.index]
    assert "A corrected quote from the source" in label, label


def test_an_uploaded_article_can_be_given_its_web_address_as_source(db):
    """A journalist's walkthrough: only pasted articles could name their source; uploads were "hospital.txt"."""
    article = (" date 2025-03-12\n\nCouncillor Amir Haddad said on Tuesday he strongly supports the closure of Elm "
               "Street to cars.\n")
    at = upload(app("import"), ("elm.txt", article.encode(), "text/plain"))
    src = next(t for t in at.text_input if t.label.startswith("Source"))
    assert src.value == "elm.txt"
    src.set_value("https://example.org/elm-street").run()
    button(at, "Save").click().run()
    assert not at.exception
    saved = workspace.open_workspace(db).statements()
    assert set(saved["source"]) == {"https://example.org/elm-street"}


def test_an_articles_own_date_line_wins_over_the_publication_date_box(db):
    """A teacher's walkthrough: the box, set for an undated article, stayed set and re-dated the next one."""
    at = app("import")
    at.date_input(key="imp_published").set_value(pd.Timestamp("2025-04-11").date()).run()
    at.text_area(key="imp_paste_text").set_value(" date 2025-03-14\n\n" + UNDATED_ARTICLE).run()
    assert any("Publication date read from the article: 2025-03-14" in c.value and "2025-04-11" in c.value
               for c in at.caption)
    grid = at.dataframe[0].value
    assert sorted(grid["date"].astype(str)) == ["2025-03-11", "2025-03-14"]  # "on Tuesday" before the 14th
    box = next(c for c in at.checkbox if c.label.startswith("Date this article 2025-04-11"))  # a wrong dateline:
    box.check().run()  # the box can still date it
    assert sorted(at.dataframe[0].value["date"].astype(str)) == ["2025-04-08", "2025-04-11"]
    at.text_area(key="imp_paste_text").set_value(UNDATED_ARTICLE).run()  # no date of its own: the box dates it
    assert sorted(at.dataframe[0].value["date"].astype(str)) == ["2025-04-08", "2025-04-11"]


def test_a_file_of_another_kind_and_a_blank_paste_say_what_to_do(db):
    """A teacher's walkthrough: a .docx was refused in a tooltip in MIME jargon, and a blank paste said nothing."""
    at = app("import")
    assert any("Paste an article's text above" in c.value for c in at.caption)
    at.text_area(key="imp_paste_text").set_value("   \n\n  ").run()
    assert any("only spaces or blank lines" in c.value for c in at.caption)
    at = upload(app("import"), ("lesson.docx", b"PK\x03\x04 not really a document",
                                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
    assert any("lesson.docx: a Word document (.docx) cannot be read here" in e.value.replace("\\", "")
               and "Paste an article" in e.value for e in at.error)


def test_an_import_undone_later_is_marked_in_the_sessions_list(db):
    """A teacher's walkthrough: "Saved in this session" still listed an import she had undone on Manage."""
    at = app("import")
    upload(at, ("coded.csv", (ROOT / "data" / "statements.csv").read_bytes(), "text/csv"))
    button(at, "Save 12 statements").click().run()
    assert any("coded.csv: 12 statements added" in t.value and "undone" not in t.value for t in at.text)
    ws = workspace.open_workspace(db)
    ws.undo_import(int(ws.imports()["id"].iat[0]))
    at.run()
    assert any("coded.csv: 12 statements added" in t.value and "since undone" in t.value for t in at.text)
