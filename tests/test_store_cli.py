"""``python -m stancetrack import|export|undo|history`` end to end, on a temporary SQLite store."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from stancetrack import workspace as W

ROOT = Path(__file__).resolve().parent.parent
SEED_ARTICLE = ROOT / "seeds" / "000_e094d77fce59dbd2.txt"
SEED_TABLE = ROOT / "data" / "statements.csv"


def run(*args, env_extra=None, cwd=None) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in (W.ENV_URL, W.ENV_TEST_SLEEP)}
    env["PYTHONPATH"] = str(ROOT)
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "stancetrack", *map(str, args)], capture_output=True, text=True,
                          cwd=cwd or ROOT, env=env, timeout=120)


@pytest.fixture
def db(tmp_path) -> Path:
    return tmp_path / "ws.sqlite"


def test_import_tables_and_articles_then_export(db, tmp_path):
    r = run("import", SEED_TABLE, SEED_ARTICLE, "--db", db, "--user", "cli-user")
    assert r.returncode == 0, r.stderr
    assert "statements.csv: 12 statements added, 0 rows rejected (import #1)" in r.stdout
    assert f"{SEED_ARTICLE.name}: " in r.stdout and "(import #2)" in r.stdout
    ws = W.open_workspace(str(db))
    n = ws.count()
    assert n > 12 and set(ws.imports()["user"]) == {"cli-user"}
    # Importing again adds nothing, and says so.
    r = run("import", SEED_TABLE, "--db", db)
    assert r.returncode == 0 and "0 statements added" in r.stdout and "already in the workspace" in r.stdout
    for ext in ("csv", "parquet", "xlsx", "json"):
        out = tmp_path / f"all.{ext}"
        r = run("export", "--db", db, "-o", out)
        assert r.returncode == 0, r.stderr
        assert f"{n:,} statements written" in r.stdout and out.exists()
    back = pd.read_parquet(tmp_path / "all.parquet")
    assert back["statement_id"].tolist() == ws.statements()["statement_id"].tolist()


def test_rejected_rows_exit_1_naming_file_row_column(db, tmp_path):
    bad = tmp_path / "coded.csv"
    bad.write_text("actor,topic,stance\nAnna,Housing,1\nBen,Housing,seven\nCara,,1\n", encoding="utf-8")
    rej = tmp_path / "rejects.csv"
    r = run("import", bad, "--db", db, "--rejects", rej)
    assert r.returncode == 1, r.stderr
    assert "coded.csv: 1 statement added, 2 rows rejected" in r.stdout
    assert "coded.csv, row 2, column stance:" in r.stdout and "'seven'" in r.stdout
    assert "coded.csv, row 3, column topic: empty topic" in r.stdout
    assert pd.read_csv(rej)["row"].tolist() == [2, 3]


def test_unusable_file_imports_nothing(db, tmp_path):
    bad = tmp_path / "notes.csv"
    bad.write_text("who,what\nx,y\n", encoding="utf-8")
    r = run("import", SEED_TABLE, bad, tmp_path / "missing.csv", "--db", db)
    assert r.returncode == 2
    assert "error: notes.csv: missing required column(s)" in r.stderr
    assert "error: missing.csv: file not found" in r.stderr
    assert "nothing imported" in r.stderr
    assert not W.has_statements(str(db))  # the good file did not land either
    r = run("import", tmp_path / "photo.png", "--db", db)
    assert r.returncode == 2 and "unsupported file type .png" in r.stderr


def test_map_topic_published_and_env_db(db, tmp_path):
    t = tmp_path / "speakers.tsv"
    t.write_text("speaker\tposition\twhen\nAnna\tsupport\tlast week\n", encoding="utf-8")
    r = run("import", t, "--map", "position=stance", "--topic", "Rent cap", "--published", "2024-05-10",
            env_extra={W.ENV_URL: str(db)})
    assert r.returncode == 0, r.stdout + r.stderr
    row = W.open_workspace(str(db)).statements().iloc[0]
    assert (row["actor"], row["topic"], row["stance"]) == ("Anna", "Rent cap", 1)
    assert row["published"] == pd.Timestamp("2024-05-10")


def test_undo_and_history(db):
    assert run("import", SEED_TABLE, "--db", db).returncode == 0
    r = run("history", "--db", db)
    assert r.returncode == 0 and "#1" in r.stdout and "statements.csv" in r.stdout
    r = run("undo", "1", "--db", db, "--user", "ann")
    assert r.returncode == 0 and "12 statements removed" in r.stdout
    assert W.open_workspace(str(db)).count() == 0
    r = run("undo", "1", "--db", db)
    assert r.returncode == 2 and "already undone" in r.stderr
    r = run("history", "--db", db)
    assert "undone" in r.stdout and "ann undid import statements.csv: 12 statements" in r.stdout
    assert "nan" not in r.stdout.replace("nancy", "")  # blanks stay blank, never pandas' "nan"


def test_export_errors_and_hidden_password(db, tmp_path):
    r = run("export", "--db", db, "-o", tmp_path / "out.docx")
    assert r.returncode == 2 and "unsupported output type .docx" in r.stderr
    r = run("export", "--db", "postgresql://carol:hunter2@127.0.0.1:1/team", "-o", tmp_path / "x.csv")
    assert r.returncode == 2
    assert "hunter2" not in r.stderr + r.stdout and "carol:***@" in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1


def test_output_piped_into_head_ends_quietly():
    """`stancetrack history | head`: when the reader stops reading, the command ends quietly (exit 0), not in a
    BrokenPipeError traceback. The pipe closing is simulated where the output is written."""
    code = ("import stancetrack.cli as c\n"
            "def closed(args): raise BrokenPipeError(32, 'Broken pipe')\n"
            "c._extract = closed\n"
            "raise SystemExit(c.main(['extract', 'any.txt']))\n")
    got = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert got.returncode == 0 and "Traceback" not in got.stderr, got.stderr


def test_merge_names_from_the_command_line(db, tmp_path):
    assert run("import", SEED_TABLE, "--db", db).returncode == 0
    ws = W.open_workspace(str(db))
    n_rutte = int((ws.statements()["actor"] == "Mark Rutte").sum())
    r = run("merge", "Mark Rutte", "--into", "NATO Secretary-General Mark Rutte", "--db", db, "--user", "ann")
    assert r.returncode == 0, r.stderr
    assert f"{n_rutte} statement" in r.stdout and "remembered" in r.stdout
    actors = set(W.open_workspace(str(db)).statements()["actor"])
    assert "Mark Rutte" not in actors and "NATO Secretary-General Mark Rutte" in actors
    r = run("merge", "Mark Rute", "--into", "X", "--db", db)  # a typo is said, not "0 changed"
    assert r.returncode == 2 and "no actor named 'Mark Rute'" in r.stderr
    assert "ann renamed" in run("history", "--db", db).stdout
    # an import whose spelling differs from the workspace's is told which names look alike, and how to merge
    sheet = tmp_path / "more.csv"
    sheet.write_text("actor,topic,stance,date\nDan Okoye,T,support,2025-03-01\nDaniel Okoye,T,support,2025-04-01\n"
                     "Daniel Okoye,T,oppose,2025-05-01\n", encoding="utf-8")
    r = run("import", sheet, "--db", db)
    assert r.returncode == 0 and "possibly one actor under two spellings" in r.stdout
    assert "stancetrack merge 'Dan Okoye' --into 'Daniel Okoye'" in r.stdout
