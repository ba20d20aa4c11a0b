"""Bad input through the command line: a clear message naming file/row/column, nothing lost.

Each case is what a user might really hand the tool; the assertion is what they would read.
"""
import io
import json

import openpyxl
import pandas as pd
import pytest

from stancetrack.cli import main

GOOD = "actor,topic,stance,date,quote\nAnna Berg,Tax,support,2024-05-01,We back it\n"


def run(tmp_path, name, content, *args, capsys):
    path = tmp_path / name
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    out = tmp_path / "out.csv"
    code = main(["normalize", str(path), "-o", str(out), *args])
    err = capsys.readouterr().err
    result = pd.read_csv(out, dtype=str, keep_default_na=False) if out.exists() else None
    rejects_path = path.with_suffix("").as_posix() + ".rejects.csv"
    rejects = pd.read_csv(rejects_path, dtype=str, keep_default_na=False) if code == 1 else None
    return code, err, result, rejects


def test_empty_file(tmp_path, capsys):
    code, err, *_ = run(tmp_path, "empty.csv", "", capsys=capsys)
    assert code == 2 and "empty.csv: the file is empty" in err


def test_header_only(tmp_path, capsys):
    code, err, *_ = run(tmp_path, "h.csv", "actor,topic,stance\n", capsys=capsys)
    assert code == 2 and "only a header row" in err


def test_binary_junk_named_csv(tmp_path, capsys):
    junk = bytes(range(256)) * 40
    code, err, *_ = run(tmp_path, "junk.csv", junk, capsys=capsys)
    assert code == 2 and "junk.csv" in err and "binary" in err


def test_not_a_spreadsheet_at_all(tmp_path, capsys):
    code, err, *_ = run(tmp_path, "notes.docx", b"PK\x03\x04...", capsys=capsys)
    assert code == 2 and "unsupported file type .docx" in err


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "latin-1", "cp1252"])
def test_encodings(tmp_path, capsys, encoding):
    text = "actor,topic,stance\nJürgen Trittin,Atomausstieg,dafür\n".replace("dafür", "support")
    code, err, result, _ = run(tmp_path, "enc.csv", text.encode(encoding), capsys=capsys)
    assert code == 0, err
    assert result["actor"].tolist() == ["Jürgen Trittin"]


@pytest.mark.parametrize("sep", [";", "\t", "|"])
def test_separators(tmp_path, capsys, sep):
    code, err, result, _ = run(tmp_path, "s.csv", GOOD.replace(",", sep), capsys=capsys)
    assert code == 0, err
    assert result["quote"].tolist() == ["We back it"]


def test_tsv_extension(tmp_path, capsys):
    code, _, result, _ = run(tmp_path, "s.tsv", GOOD.replace(",", "\t"), capsys=capsys)
    assert code == 0 and len(result) == 1


def test_quoted_newlines_stay_in_the_quote(tmp_path, capsys):
    text = 'actor,topic,stance,quote\nA,T,yes,"line one\nline two, with comma"\nB,T,no,x\n'
    code, _, result, _ = run(tmp_path, "q.csv", text, "--published", "2024-01-01", capsys=capsys)
    assert code == 0
    assert result["quote"].iat[0] == "line one\nline two, with comma"


def test_missing_required_column(tmp_path, capsys):
    code, err, *_ = run(tmp_path, "m.csv", "actor,topic,date\nA,T,2024-01-01\n", capsys=capsys)
    assert code == 2 and "missing required column(s) stance" in err and "--map" in err
    assert "“becomes”" in err and "--topic" not in err  # the page's own way to map; topic was not missing
    code, err, *_ = run(tmp_path, "n.csv", "speaker,verdict\nA,yes\n", capsys=capsys)
    assert "topic" in err and "--topic" in err and "Topic field" in err


def test_map_fixes_missing_column(tmp_path, capsys):
    code, err, result, _ = run(tmp_path, "m.csv", "actor,topic,verdict\nA,T,yes\n", "--map", "verdict=stance",
                               "--published", "2024-01-01", capsys=capsys)
    assert code == 0, err
    assert result["stance"].tolist() == ["1"]


def test_unknown_extra_columns_are_kept_in_notes_and_said(tmp_path, capsys):
    code, err, result, _ = run(tmp_path, "x.csv", "actor,topic,stance,coder\nA,T,yes,jd\n", "--published",
                               "2024-01-01", capsys=capsys)
    assert code == 0 and "extra columns kept in notes: coder" in err
    assert result["notes"].iat[0] == "coder: jd"


def test_dates_far_in_future_and_before_1800(tmp_path, capsys):
    text = "actor,topic,stance,date\nA,T,yes,2999-01-01\nB,T,yes,1650-05-01\nC,T,yes,2020-01-01\n"
    code, err, result, rejects = run(tmp_path, "d.csv", text, capsys=capsys)
    assert code == 1 and len(result) == 1
    assert rejects.set_index("row").loc["1", "reason"].startswith("date in the future")
    assert rejects.set_index("row").loc["2", "reason"].startswith("date before 1800")
    assert "d.csv, row 1, column date" in err


def test_stance_out_of_range_and_unknown_label(tmp_path, capsys):
    text = "actor,topic,stance\nA,T,+3\nB,T,kinda\nC,T,-2\n"
    code, err, result, rejects = run(tmp_path, "s.csv", text, "--published", "2024-01-01", capsys=capsys)
    assert code == 1 and result["stance"].tolist() == ["-2"]
    assert rejects["reason"].tolist() == ["stance '+3' is outside the scale -2..+2",
                                          "unrecognised stance label 'kinda'"]
    assert rejects["column"].tolist() == ["stance", "stance"]


def test_one_megabyte_quote_is_kept_whole(tmp_path, capsys):
    quote = "word " * 200_000
    text = f'actor,topic,stance,quote\nA,T,yes,"{quote}"\n'
    code, _, result, _ = run(tmp_path, "big.csv", text, "--published", "2024-01-01", capsys=capsys)
    assert code == 0 and result["quote"].iat[0] == quote.strip()  # cells are trimmed, nothing else


def test_duplicate_statement_ids_and_duplicate_rows(tmp_path, capsys):
    text = "statement_id,actor,topic,stance\n1,A,T,yes\n1,B,T,no\n2,C,T,no\n2,C,T,no\n"
    code, _, result, rejects = run(tmp_path, "dup.csv", text, "--published", "2024-01-01", capsys=capsys)
    assert code == 1 and len(result) + len(rejects) == 4
    reasons = dict(zip(rejects["row"], rejects["reason"]))
    assert reasons == {"2": "duplicate statement_id, first at row 1", "4": "duplicate of row 3"}


def test_blank_line_inside_a_csv_is_reported_not_dropped(tmp_path, capsys):
    code, _, result, rejects = run(tmp_path, "b.csv", "actor,topic,stance\nA,T,yes\n,,\nB,T,no\n",
                                   "--published", "2024-01-01", capsys=capsys)
    assert code == 1 and len(result) == 2 and rejects["row"].tolist() == ["2"]


def test_ragged_rows(tmp_path, capsys):
    code, err, *_ = run(tmp_path, "r.csv", "actor,topic,stance\nA,T,yes\nB,T,no,extra,more\n", capsys=capsys)
    assert code == 2 and "r.csv" in err and "line 3" in err


def test_json_that_is_not_a_list_of_records(tmp_path, capsys):
    code, err, *_ = run(tmp_path, "n.json", "42", capsys=capsys)
    assert code == 2 and "expected a list of records" in err
    code, err, *_ = run(tmp_path, "n.json", '{"a": 1, "b": 2}', capsys=capsys)
    assert code == 2 and "expected a list of records" in err


def test_invalid_json_names_line_and_column(tmp_path, capsys):
    code, err, *_ = run(tmp_path, "bad.json", '[{"actor": "A",\n "topic": }]', capsys=capsys)
    assert code == 2 and "invalid JSON at line 2" in err


def test_nested_json_is_flattened(tmp_path, capsys):
    data = {"statements": [{"speaker": {"name": "A", "party": "P"}, "topic": "T", "stance": "yes",
                            "tags": ["x", "y"]}]}
    code, err, result, _ = run(tmp_path, "nested.json", json.dumps(data), "--map", "speaker.name=actor",
                               "--published", "2024-01-01", capsys=capsys)
    assert code == 0, err
    assert result["actor"].tolist() == ["A"] and "speaker.party: P" in result["notes"].iat[0]


def test_json_lines(tmp_path, capsys):
    text = '{"actor": "A", "topic": "T", "stance": "+1"}\n{"actor": "B", "topic": "T", "stance": "-1"}\n'
    code, _, result, _ = run(tmp_path, "s.jsonl", text, "--published", "2024-01-01", capsys=capsys)
    assert code == 0 and result["stance"].tolist() == ["1", "-1"]


def _xlsx(sheets: dict[str, list[list]], merged: str | None = None) -> bytes:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for r in rows:
            ws.append(r)
        if merged:
            ws.merge_cells(merged)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_workbook_with_several_sheets_asks_which(tmp_path, capsys):
    rows = [["actor", "topic", "stance"], ["A", "T", "yes"]]
    data = _xlsx({"2024": rows, "2025": rows + [["B", "T", "no"]]})
    code, err, *_ = run(tmp_path, "w.xlsx", data, capsys=capsys)
    assert code == 2 and "2 sheets (2024, 2025)" in err and "--sheet" in err
    code, err, result, _ = run(tmp_path, "w.xlsx", data, "--sheet", "2025", "--published", "2024-01-01",
                               capsys=capsys)
    assert code == 0 and len(result) == 2


def test_workbook_with_merged_header_cells(tmp_path, capsys):
    rows = [["actor", "topic", "stance", "source", None], ["A", "T", "yes", "x", "y"]]
    code, err, result, _ = run(tmp_path, "m.xlsx", _xlsx({"S": rows}, merged="D1:E1"), "--published",
                               "2024-01-01", capsys=capsys)
    assert code == 0, err
    assert result["source"].tolist() == ["x"] and "source (2): y" in result["notes"].iat[0]


def test_parquet_with_wrong_types(tmp_path, capsys):
    df = pd.DataFrame({"actor": [1, 2], "topic": ["T", "T"], "stance": [1.0, 7.5], "date": [20240101, 3]})
    path = tmp_path / "w.parquet"
    df.to_parquet(path)
    code, err, result, rejects = run(tmp_path, "w.parquet", path.read_bytes(), "--published", "2024-06-01",
                                     capsys=capsys)
    assert code == 1 and len(result) + len(rejects) == 2
    assert "stance '7.5'" in rejects["reason"].iat[0] or "date" in rejects["reason"].iat[0]


def test_corrupt_parquet(tmp_path, capsys):
    code, err, *_ = run(tmp_path, "c.parquet", b"PAR1 not really", capsys=capsys)
    assert code == 2 and "not a readable Parquet file" in err


def test_formula_injection_is_neutralised_in_csv_output(tmp_path, capsys):
    text = "actor,topic,stance,quote\n=HYPERLINK(\"http://x\"),T,yes,+cmd|' /C calc'!A0\n@A,T,no,-2+3\n"
    code, _, result, _ = run(tmp_path, "f.csv", text, "--published", "2024-01-01", capsys=capsys)
    assert code == 0
    assert result["actor"].tolist() == ["'=HYPERLINK(\"http://x\")", "'@A"]
    assert result["quote"].tolist() == ["'+cmd|' /C calc'!A0", "'-2+3"]


def test_download_names_say_what_they_hold_and_are_safe_file_names():
    import re

    from stancetrack.io import file_stem

    assert file_stem("statements", "Ukraine NATO membership", "2026-12-03") == \
        "statements_ukraine-nato-membership_2026-12-03"
    # accents folded, separators and path characters dropped, long topics cut, blank parts skipped
    assert file_stem("statements", "Atomausstieg: Laufzeitverlängerung / AKW", None, "") == \
        "statements_atomausstieg-laufzeitverlangerung-akw"
    assert len(file_stem("x", "a" * 200).split("_")[1]) == 40
    assert file_stem("../../etc", "") == "etc" and file_stem("", None) == "export"
    # letters with no ASCII form leave a digest, so two searches in another script never share a name
    ua, ru = file_stem("matching-Україна"), file_stem("matching-Россия")
    assert ua.startswith("matching-") and ua != ru and re.fullmatch(r"[a-z0-9-]+", ua)
    assert re.fullmatch(r"[0-9a-f]{8}", file_stem("Україна"))


def test_character_offsets_are_exported_as_whole_numbers():
    """A column of offsets with blanks (statements from a spreadsheet have none) is float in pandas; the file
    must still say 1123, not 1123.0."""
    import io as _io

    from stancetrack.io import to_bytes

    df = pd.DataFrame({"actor": ["A", "B"], "quote": ["q", "r"], "start": [1123.0, None], "end": [1130.0, None]})
    back = pd.read_csv(_io.BytesIO(to_bytes(df, "csv")), encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert back["start"].tolist() == ["1123", ""] and back["end"].tolist() == ["1130", ""]


def test_a_formula_cell_saved_without_its_value_keeps_its_text():
    """A policy analyst's walkthrough: a quote cell =HYPERLINK("…") written by a script (no cached value) was read as
    empty and the quote was lost without a word. It now keeps the formula's text; exports neutralise it."""
    import io as _io

    import openpyxl

    from stancetrack.io import read_table

    wb = openpyxl.Workbook()
    sheet = wb.active
    sheet.append(["actor", "topic", "stance", "date", "quote"])
    sheet.append(["Ann Lee", "Tram", "support", "2025-03-01", "Trams now"])
    sheet.append(["Tom Ray", "Tram", "oppose", "2025-03-02", '=HYPERLINK("http://x")'])
    buf = _io.BytesIO()
    wb.save(buf)
    df = read_table(buf.getvalue(), "sheet.xlsx")
    assert df["quote"].tolist() == ["Trams now", '=HYPERLINK("http://x")']


def test_the_excel_export_opens_ready_to_read():
    """The analyst's complaint: the workbook had no frozen header, no filter and every column 8 characters wide."""
    import io as _io

    import openpyxl

    from stancetrack.io import read_table, to_bytes

    df = pd.DataFrame({"actor": ["Mark Rutte", "=cmd|' /C calc'!A0"], "stance": [1, -1],
                       "quote": ["Well, the irreversible path into NATO for Ukraine is still on the table " * 3, "x"]})
    data = to_bytes(df, "xlsx")
    sheet = openpyxl.load_workbook(_io.BytesIO(data)).active
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:C3"
    widths = {c: sheet.column_dimensions[c].width for c in "ABC"}
    assert widths["A"] >= len("Mark Rutte") and widths["C"] == 60 and widths["B"] < 15
    assert sheet["C2"].alignment.wrap_text
    back = read_table(data, "export.xlsx")
    assert back["quote"].iloc[0] == df["quote"].iloc[0] and not str(back["actor"].iloc[1]).startswith("=")


def test_an_excel_download_names_its_sheet_for_what_it_holds():
    """A policy analyst's walkthrough: Compare's agreement table arrived on a sheet called "statements"."""
    import io as _io

    from stancetrack.io import to_bytes

    df = pd.DataFrame({"period": ["2025-01"], "agreement": ["agree"]})
    assert openpyxl.load_workbook(_io.BytesIO(to_bytes(df, "xlsx", sheet_name="agreement"))).sheetnames == ["agreement"]
    assert openpyxl.load_workbook(_io.BytesIO(to_bytes(df, "xlsx"))).sheetnames == ["statements"]


def test_three_actors_in_a_file_name_keep_their_last_words_whole():
    """A teacher's walkthrough: the agreement file of four actors was named "…laura-ben_…"."""
    from stancetrack.io import file_stem, versus

    assert versus(["Russia", "Mark Rutte"]) == "Russia vs Mark Rutte"
    names = ["Martin Doyle", "Derek Stone", "Laura Benson", "Priya Raman"]
    stem = file_stem("agreement", versus(names), "2026-12-04")
    assert stem == "agreement_doyle-vs-stone-vs-benson-vs-raman_2026-12-04"
