"""The workspace store, on SQLite and on a real PostgreSQL server (tests/pg.py).

Without a PostgreSQL server the postgresql cases skip with
"PostgreSQL not available: <reason>".
"""
from __future__ import annotations

import json
import os
import queue
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from stancetrack import workspace as W
from stancetrack.io import InputError, read_table
from stancetrack.normalize import normalize
from stancetrack.schema import COLUMNS, STATEMENT_SCHEMA
from tests.pg import pg_server, pg_url  # noqa: F401  (fixtures)

ROOT = Path(__file__).resolve().parent.parent
SEED_ARTICLE = ROOT / "seeds" / "000_e094d77fce59dbd2.txt"
SEED_TABLE = ROOT / "data" / "statements.csv"


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'ws.sqlite'}"
        yield url
        W.dispose(url)
    else:
        yield request.getfixturevalue("pg_url")


@pytest.fixture
def ws(db_url):
    return W.open_workspace(db_url, user="tester")


def plain(df: pd.DataFrame) -> pd.DataFrame:
    """Values only (categoricals' category lists differ between frames)."""
    return df.astype(object).where(df.notna(), None).reset_index(drop=True)


def table(n: int, tag: str, seed: int = 0) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    return pd.DataFrame({
        "statement_id": [f"{tag}-{i}" for i in range(n)],
        "actor": [f"Actor {i}" for i in rng.integers(0, 50, n)],
        "topic": [f"Topic {i}" for i in rng.integers(0, 5, n)],
        "stance": rng.integers(-2, 3, n).astype(str),
        "date": (pd.Timestamp("2020-01-01") + pd.to_timedelta(rng.integers(0, 1500, n), unit="D")).strftime("%Y-%m-%d"),
        "quote": [f"quote {tag} {i}" for i in range(n)],
    })


# --------------------------------------------------------------------------
# URLs and the dashboard helpers (no server needed)
# --------------------------------------------------------------------------
def test_database_url_and_redact(tmp_path, monkeypatch):
    monkeypatch.delenv(W.ENV_URL, raising=False)
    assert W.database_url() == f"sqlite:///{ROOT / 'data' / 'workspace.sqlite'}"
    monkeypatch.setenv(W.ENV_URL, str(tmp_path / "x.sqlite"))
    assert W.database_url() == f"sqlite:///{tmp_path / 'x.sqlite'}"
    assert W.database_url("sqlite:///y.db") == "sqlite:///y.db"  # the argument wins
    assert W.database_url(tmp_path / "z.db") == f"sqlite:///{tmp_path / 'z.db'}"
    assert W.database_url("postgres://u:p@h/db").startswith("postgresql+psycopg")
    secret = "postgresql://alice:pa55word@db.example:5432/team?sslpassword=k3y"
    shown = W.redact(secret)
    assert "pa55word" not in shown and "k3y" not in shown and "alice" in shown and "db.example" in shown
    assert W.redact("sqlite:////tmp/a.sqlite") == "sqlite:////tmp/a.sqlite"


def test_helpers_do_not_create_the_store(tmp_path):
    path = tmp_path / "sub" / "ws.sqlite"
    assert W.has_statements(str(path)) is False
    assert W.version(str(path)) == "workspace:none"
    empty = W.load_statements(str(path))
    assert list(empty.columns) == COLUMNS and empty.empty
    assert not path.exists() and not path.parent.exists()
    ws = W.open_workspace(str(path))
    assert path.exists() and W.has_statements(str(path)) is False
    ws.import_path(SEED_TABLE)
    assert W.has_statements(str(path)) is True
    assert len(W.load_statements(str(path))) == 12
    assert W.version(str(path)) == ws.version()


def test_unreachable_server_message_hides_password():
    with pytest.raises(W.WorkspaceError) as err:
        W.open_workspace("postgresql://bob:s3cret-pw@127.0.0.1:1/nothing")
    assert "s3cret-pw" not in str(err.value) and "\n" not in str(err.value)
    assert "bob:***@127.0.0.1" in str(err.value)


# --------------------------------------------------------------------------
# The store, on both databases
# --------------------------------------------------------------------------
def test_schema_created_by_migrations(ws):
    import sqlalchemy as sa

    with ws.engine.connect() as conn:
        assert W._current_revision(conn) == W.schema_head() == W.SCHEMA_REVISION
        assert {"statements", "sources", "imports", "audit", "aliases"} <= set(sa.inspect(conn).get_table_names())
        assert "ix_audit_at" in {i["name"] for i in sa.inspect(conn).get_indexes("audit")}
    again = W.open_workspace(ws._url)  # opening again is a no-op
    assert again.version() == ws.version()


def test_import_table_exact_schema_and_duplicates(ws):
    v0 = ws.version()
    rep = ws.import_table(SEED_TABLE)
    assert (rep.added, len(rep.rejected), rep.skipped_duplicates, rep.file) == (12, 0, 0, "statements.csv")
    got = ws.statements()
    assert list(got.columns) == COLUMNS
    assert got.dtypes.astype(str).tolist() == STATEMENT_SCHEMA.coerce_dtype(got).dtypes.astype(str).tolist()
    STATEMENT_SCHEMA.validate(got)
    want = normalize(read_table(SEED_TABLE), file="statements.csv").statements
    pd.testing.assert_frame_equal(plain(got), plain(want))
    v1 = ws.version()
    assert v1 != v0
    again = ws.import_table(SEED_TABLE)
    assert again.added == 0 and again.skipped_duplicates == 12
    assert any("already in the workspace" in m for m in again.messages)
    assert len(ws.statements()) == 12
    imp = ws.imports()
    assert imp["added"].tolist() == [0, 12] and imp["user"].tolist() == ["tester", "tester"]


def test_rejects_and_unusable_input(ws):
    df = pd.DataFrame({"actor": ["A", "B", "", "D"], "topic": ["T", "T", "T", "T"], "stance": ["1", "9", "1", "-1"]})
    rep = ws.import_table(df, "mixed.csv")
    assert rep.added == 2
    assert list(rep.rejected.columns) == ["file", "row", "column", "value", "reason"]
    bad = rep.rejected.set_index("row")
    assert bad.loc[2, "column"] == "stance" and bad.loc[2, "value"] == "9" and bad.loc[2, "file"] == "mixed.csv"
    assert bad.loc[3, "column"] == "actor"
    v = ws.version()
    with pytest.raises(InputError, match="missing required column"):
        ws.import_table(pd.DataFrame({"who": ["x"]}), "bad.csv")
    assert ws.version() == v and len(ws.imports()) == 1  # nothing written


def test_article_import_keeps_source_text(ws):
    rep = ws.import_path(SEED_ARTICLE, user="ann")
    assert rep.kind == "article" and rep.added > 0
    text = ws.source_text(SEED_ARTICLE.name)
    assert text == SEED_ARTICLE.read_text(encoding="utf-8")
    st = ws.statements()
    for r in st.itertuples():
        assert text[r.start:r.end] == r.quote  # the evidence panel can show the quote in context
    src = ws.sources()
    assert src["name"].tolist() == [SEED_ARTICLE.name] and int(src["statements"].iloc[0]) == len(st)
    assert ws.source_text("missing.txt") is None
    # Reviewed candidates: the user edits and drops some before saving.
    from stancetrack.extract import extract_text

    cands = extract_text(text, None, None, source="copy.txt").statements
    reviewed = cands.iloc[:2].copy()
    reviewed["stance"] = reviewed["stance"].astype(object)
    reviewed.iloc[0, reviewed.columns.get_loc("stance")] = "+2"
    rep2 = ws.import_article(text, "copy.txt", statements=reviewed, user="ann")
    assert rep2.added == 2
    mine = ws.statements().query("source == 'copy.txt'")
    assert mine["stance"].iloc[0] == 2
    bad = reviewed.copy()
    bad.iloc[1, bad.columns.get_loc("actor")] = " "
    rep3 = ws.import_article(text, "copy2.txt", statements=bad)
    assert rep3.added == 1 and rep3.rejected.iloc[0]["column"] == "actor"


def test_undo_import(ws):
    a = ws.import_path(SEED_TABLE)
    b = ws.import_path(SEED_ARTICLE)
    n_article = b.added
    edited = ws.statements()["statement_id"].iloc[0]
    ws.update_statement(edited, {"actor": "Edited After Import"}, user="ann")
    assert ws.undo_import(a.import_id, user="bob") == 12
    # every removed statement keeps its last values in the audit trail, the edit included
    trail = ws.audit(target=edited)
    gone = trail[trail["action"] == "delete"].iloc[0]
    assert gone["user"] == "bob" and gone["field"] == f"undo of import #{a.import_id}"
    assert json.loads(gone["old"])["actor"] == "Edited After Import"
    assert (ws.audit()["action"] == "delete").sum() == 12
    left = ws.statements()
    assert len(left) == n_article and not left["statement_id"].str.startswith("seed").any()
    imp = ws.imports().set_index("id")
    assert bool(imp.loc[a.import_id, "undone"]) and imp.loc[a.import_id, "undone_by"] == "bob"
    with pytest.raises(ValueError, match="already undone"):
        ws.undo_import(a.import_id)
    with pytest.raises(ValueError, match="no import"):
        ws.undo_import(999)
    top = ws.audit(1).iloc[0]
    assert (top["action"], top["user"], top["old"]) == ("undo_import", "bob", "12 statements")
    ws.undo_import(b.import_id)
    assert ws.count() == 0 and ws.source_text(SEED_ARTICLE.name) is None
    assert ws.import_path(SEED_TABLE).added == 12  # an undone file can come back


def test_rename_merge_and_remembered_aliases(ws):
    ws.import_path(SEED_TABLE)
    n = ws.rename("actor", "Mark Rutte", "Rutte, Mark", user="eve")
    st = ws.statements()
    assert n == int((st["actor"] == "Rutte, Mark").sum()) > 0
    assert "Mark Rutte" not in set(st["actor"]) and "Mark Rutte" not in set(st["reported_by"].dropna())
    assert "Rutte, Mark" in set(st["reported_by"].dropna())  # the reporter's name follows too
    edits = ws.audit().query("action == 'rename' and field == 'actor'")
    assert len(edits) == n and set(edits["old"]) == {"Mark Rutte"} and set(edits["user"]) == {"eve"}
    # A later import of the old spelling (any case) folds to the new name.
    later = pd.DataFrame({"statement_id": ["new-1"], "actor": ["mark rutte"], "topic": ["NATO budget"],
                         "stance": ["1"]})
    ws.import_table(later, "later.csv")
    assert ws.statement("new-1")["actor"] == "Rutte, Mark"
    # Merge topics; aliases chain (old spellings of a merged name follow it).
    ws.merge("topic", ["NATO budget", "Ukraine NATO membership"], "Ukraine in NATO")
    ws.rename("topic", "Ukraine in NATO", "Ukraine's NATO membership")
    al = ws.aliases("topic").set_index("alias")["name"].to_dict()
    assert al == {"NATO budget": "Ukraine's NATO membership", "Ukraine NATO membership": "Ukraine's NATO membership",
                  "Ukraine in NATO": "Ukraine's NATO membership"}
    ws.import_table(pd.DataFrame({"statement_id": ["new-2"], "actor": ["X"], "topic": ["nato budget"],
                                  "stance": ["-1"]}), "later2.csv")
    assert ws.statement("new-2")["topic"] == "Ukraine's NATO membership"
    # Renaming back removes the alias that would point the name at itself.
    ws.rename("topic", "Ukraine's NATO membership", "Ukraine in NATO")
    al = ws.aliases("topic").set_index("alias")["name"].to_dict()
    assert "Ukraine in NATO" not in al and set(al.values()) == {"Ukraine in NATO"}
    with pytest.raises(ValueError):
        ws.rename("party", "a", "b")
    with pytest.raises(ValueError, match="must not be empty"):
        ws.rename("actor", "Hungary", "  ")
    # A merge made by mistake: its spelling can be forgotten, so later imports keep it apart.
    assert ws.forget_alias("topic", "nato budget", user="eve") == "Ukraine in NATO"
    ws.import_table(pd.DataFrame({"statement_id": ["new-3"], "actor": ["X"], "topic": ["NATO budget"],
                                  "stance": ["1"]}), "later3.csv")
    assert ws.statement("new-3")["topic"] == "NATO budget"
    assert "forget_alias" in set(ws.audit(3)["action"])
    with pytest.raises(ValueError, match="no remembered topic spelling"):
        ws.forget_alias("topic", "nato budget")


def test_update_and_delete_with_audit(ws):
    ws.import_path(SEED_TABLE)
    v = ws.version()
    for changes, msg in [({"stance": 3}, "stance must be a whole number from -2"),
                         ({"stance": "1.5"}, "stance"),
                         ({"date": "5/3/2024"}, "YYYY-MM-DD"),
                         ({"date": "2024-02-30"}, "not a calendar date"),
                         ({"actor": " "}, "actor must not be empty"),
                         ({"topic": None}, "topic must not be empty"),
                         ({"colour": "red"}, "unknown field"),
                         ({"date_precision": "decade"}, "date_precision")]:
        with pytest.raises(ValueError, match=msg):
            ws.update_statement("seed000-01", changes)
    with pytest.raises(KeyError):
        ws.update_statement("nope", {"stance": 1})
    assert ws.version() == v  # failed edits change nothing
    diff = ws.update_statement("seed000-01", {"date": "2025-06-24", "stance": "-1"}, user="zoe")
    assert set(diff) >= {"date", "stance"}
    row = ws.statement("seed000-01")
    assert row["date"] == pd.Timestamp("2025-06-24") and row["date_end"] == pd.Timestamp("2025-06-24")
    assert row["stance"] == -1
    trail = ws.audit(target="seed000-01").set_index("field")
    assert trail.loc["stance", "old"] == "1" and trail.loc["stance", "new"] == "-1"
    assert trail.loc["date", "old"] == "2025-06-25" and trail.loc["date", "new"] == "2025-06-24"
    assert set(trail["user"]) == {"zoe"} and set(trail["action"]) == {"edit"}
    # the words the old date was read from no longer describe the new one (the history keeps them)
    assert pd.isna(row["date_text"]) and row["date_basis"] == "edited"  # set by hand: never "stated in the source"
    assert trail.loc["date_text", "new"] is None or pd.isna(trail.loc["date_text", "new"])
    ws.update_statement("seed000-03", {"stance": 1})
    assert ws.statement("seed000-03")["date_text"]  # an edit that keeps the date keeps its words
    ws.update_statement("seed000-01", {"date": "2025-03-01", "date_precision": "month"})
    assert ws.statement("seed000-01")["date_end"] == pd.Timestamp("2025-03-31")
    assert ws.update_statement("seed000-01", {"stance": -1}) == {}  # no change, no audit row
    quote = ws.statement("seed000-02")["quote"]
    ws.delete_statement("seed000-02", user="zoe")
    assert ws.statement("seed000-02") is None and ws.count() == 11
    last = ws.audit(1).iloc[0]
    assert last["action"] == "delete" and last["target"] == "seed000-02"
    assert json.loads(last["old"])["quote"] == quote
    with pytest.raises(KeyError):
        ws.delete_statement("seed000-02")
    assert ws.version() != v


def test_history_reads_as_words_not_json(ws):
    from stancetrack.history import readable

    ws.import_path(SEED_TABLE, user="zoe")
    ws.update_statement("seed000-01", {"stance": -1}, user="zoe")
    quote = ws.statement("seed000-02")["quote"]
    ws.delete_statement("seed000-02")
    ws.rename("actor", "Donald Trump", "President Trump", user="zoe")
    h = readable(ws.audit())
    assert list(h.columns) == ["when", "who", "action", "statement or file", "field", "before", "after", "import"]
    assert set(h["action"]) == {"imported", "edited", "deleted", "renamed"}
    edit = h[h["action"].eq("edited")].iloc[0]
    assert (edit["field"], edit["before"], edit["after"]) == ("stance", "+1 support", "-1 oppose")
    gone = h[h["action"].eq("deleted")].iloc[0]
    assert not gone["before"].startswith("{") and f"“{quote}”" in gone["before"]
    actor = json.loads(ws.audit().query("action == 'delete'")["old"].iloc[0])["actor"]
    assert gone["before"].startswith(f"{actor} · ")
    assert edit["who"] == "zoe"
    assert h[h["action"].eq("imported")]["after"].iloc[0] == "12 statements"


def test_round_trip_seed_article_and_table(ws, tmp_path):
    ws.import_path(SEED_ARTICLE)
    ws.import_path(SEED_TABLE)
    # A fixed date (its date_text still says "on Wednesday") and a formula-like quote survive too.
    ws.update_statement("seed000-01", {"date": "2025-06-20", "quote": "=1+2 is not a formula here"})
    before = ws.statements()
    assert len(before) > 12
    for ext in ("csv", "parquet", "jsonl", "xlsx"):
        out = tmp_path / f"export.{ext}"
        assert ws.export(out) == len(before)
        fresh = W.open_workspace(f"sqlite:///{tmp_path / f'fresh-{ext}.sqlite'}")
        rep = fresh.import_path(out)
        assert (rep.added, len(rep.rejected)) == (len(before), 0), ext
        pd.testing.assert_frame_equal(plain(fresh.statements()), plain(before), obj=f"round trip via .{ext}")


# --------------------------------------------------------------------------
# Crashes and concurrency (separate processes)
# --------------------------------------------------------------------------
def _env(**extra) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in (W.ENV_TEST_SLEEP, W.ENV_URL)}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.update(extra)
    return env


def _wait_for_line(stream, needle: str, timeout: float) -> bool:
    q: queue.Queue = queue.Queue()

    def pump():
        for line in stream:
            q.put(line)
        q.put(None)

    threading.Thread(target=pump, daemon=True).start()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            line = q.get(timeout=max(0.01, deadline - time.monotonic()))
        except queue.Empty:
            break
        if line is None:
            return False
        if needle in line:
            return True
    return False


def test_sigkill_mid_import_leaves_store_unchanged(ws, db_url, tmp_path):
    ws.import_path(SEED_TABLE)
    before, version, imports = ws.statements(), ws.version(), ws.imports()
    big = tmp_path / "big.csv"
    table(20_000, "big").to_csv(big, index=False)
    # The hook sleeps inside the import's transaction after its first 5,000 rows are written.
    proc = subprocess.Popen([sys.executable, "-m", "stancetrack", "import", str(big), "--db", db_url],
                            cwd=ROOT, env=_env(**{W.ENV_TEST_SLEEP: "60"}), stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    try:
        assert _wait_for_line(proc.stderr, "STANCETRACK_IN_TRANSACTION", 30), "the import never reached the hook"
        os.kill(proc.pid, signal.SIGKILL)
        assert proc.wait(10) == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
    pd.testing.assert_frame_equal(plain(ws.statements()), plain(before))
    assert ws.version() == version
    pd.testing.assert_frame_equal(ws.imports(), imports)
    if db_url.startswith("sqlite"):
        path = db_url[len("sqlite:///"):]
        with sqlite3.connect(path) as c:
            assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    t0 = time.monotonic()  # the killed writer's lock is gone: the next writer does not wait
    assert ws.import_table(table(10, "after"), "after.csv").added == 10
    assert time.monotonic() - t0 < 10


WRITER = r"""
import os, sys, time
import pandas as pd
from stancetrack.workspace import open_workspace
url, tag, go = sys.argv[1:4]
ws = open_workspace(url, user=tag)
print("ready", flush=True)
while not os.path.exists(go):
    time.sleep(0.002)
for k in range(8):
    n = 250
    df = pd.DataFrame({"statement_id": [f"{tag}-{k}-{i}" for i in range(n)],
                       "actor": [f"{tag} actor {i % 7}" for i in range(n)], "topic": "Shared topic",
                       "stance": [str(i % 5 - 2) for i in range(n)]})
    ws.import_table(df, f"{tag}-{k}.csv")
    ws.update_statement(f"{tag}-{k}-0", {"stance": 2, "notes": f"edited by {tag}"})
ws.rename("actor", f"{tag} actor 0", f"{tag} actor zero")
print("done", flush=True)
"""


def test_two_writers_lose_nothing(db_url, tmp_path):
    go = tmp_path / "go"
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, db_url, tag, str(go)], cwd=ROOT, env=_env(),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for tag in ("w1", "w2")]
    try:  # both open (and race to create the schema) before either writes
        for p in procs:
            assert p.stdout.readline().strip() == "ready", p.stderr.read()
        go.touch()
        outs = [p.communicate(timeout=120) for p in procs]
    finally:
        for p in procs:
            if p.poll() is None:
                p.kill()
    for p, (out, err) in zip(procs, outs):
        assert p.returncode == 0 and "done" in out, err[-2000:]
    ws = W.open_workspace(db_url)
    st = ws.statements()
    assert len(st) == 2 * 8 * 250 and st["statement_id"].is_unique
    imp = ws.imports()
    assert len(imp) == 16 and set(imp["user"]) == {"w1", "w2"} and imp["added"].eq(250).all()
    edited = st[st["statement_id"].str.endswith("-0") & st["statement_id"].str.count("-").eq(2)]
    assert len(edited) == 16 and edited["stance"].eq(2).all()
    assert {"w1 actor zero", "w2 actor zero"} <= set(st["actor"])
    audit = ws.audit()
    assert (audit["action"] == "edit").sum() == 32 and (audit["action"] == "import").sum() == 16
    assert ws.version().endswith(":34")  # 16 imports + 16 edits + 2 renames, none lost


# --------------------------------------------------------------------------
# Size
# --------------------------------------------------------------------------
def test_large_import_is_one_transaction(ws):
    df = table(30_000, "large")
    t0 = time.monotonic()
    rep = ws.import_table(df, "large.csv")
    took = time.monotonic() - t0
    assert rep.added == 30_000 and took < 30
    assert ws.count() == 30_000
    assert ws.undo_import(rep.import_id) == 30_000 and ws.count() == 0


def test_newer_schema_is_refused_clearly(tmp_path):
    path = tmp_path / "newer.sqlite"
    W.open_workspace(str(path))
    W.dispose(str(path))
    with sqlite3.connect(path) as c:
        c.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(W.WorkspaceError, match="schema revision 9999.*update the app"):
        W.open_workspace(str(path))
    W.dispose(str(path))


def test_reviewed_candidates_every_row_lands_once_with_all_its_problems():
    from stancetrack.workspace import candidates_to_statements

    edited = pd.DataFrame({
        "actor": ["Mark Rutte", " ", "Hungary", "Slovakia", "Russia", "NATO", "NATO"],
        "topic": ["Ukraine NATO membership"] * 7,
        "stance": ["1", "x", "7", "-1", "−2", "1", "1"],  # row 2 has two problems: the empty actor is named
        "date": ["2025-06-25", "2025-06-25", None, "2025-02-30", "2025-06-01", None, None],
        "date_end": [None, None, None, None, "2025-05-01", None, None],
        "quote": ["a", "b", "c", "d", "e", "f", "f"],
        "start": [0, 1, 2, 3, 4, 5, 5], "end": [1, 2, 3, 4, 5, 6, 6],
        "confidence": [0.9, 0.5, 0.5, 0.5, 0.5, 0.7, 0.7],
        "actor_role": ["NATO Secretary-General", None, None, None, None, None, None],
    })
    stmts, rejects = candidates_to_statements(edited, source="article.txt", published="2025-06-25")
    assert len(stmts) + len(rejects) == len(edited)
    got = rejects.set_index("row")[["column", "reason"]].to_dict("index")
    assert got[2]["column"] == "actor" and got[3]["column"] == "stance" and "got '7'" in got[3]["reason"]
    assert got[2]["reason"].startswith("empty actor; also stance: ") and "'x'" in got[2]["reason"]
    assert got[4] == {"column": "date", "reason": "date '2025-02-30' is not a calendar date"}
    assert got[5] == {"column": "date_end", "reason": "date_end is before date"}
    assert got[7]["column"] == "statement_id" and got[7]["reason"] == (
        "the same statement as row 6 (same actor, topic, stance, date and quote); kept once")
    rutte = stmts[stmts["actor"] == "Mark Rutte"].iloc[0]
    assert rutte["notes"] == "role: NATO Secretary-General; extracted automatically (confidence 0.90)"
    assert rutte["date_precision"] == "day" and stmts["published"].eq(pd.Timestamp("2025-06-25")).all()


def test_undo_keeps_quotes_with_unusual_line_breaks_whole_in_the_history(ws):
    df = pd.DataFrame({"statement_id": ["u1", "u2"], "actor": ["A", "B"], "topic": ["T", "T"], "stance": ["1", "-1"],
                       "quote": ["first\u2028line", "second\x85bit"]})
    rep = ws.import_table(df, "odd.csv")
    assert ws.undo_import(rep.import_id) == 2
    gone = ws.audit().query("action == 'delete'").set_index("target")["old"]
    assert json.loads(gone["u1"])["quote"] == "first\u2028line" and json.loads(gone["u2"])["quote"] == "second\x85bit"


def test_undo_the_last_edit_delete_and_merge_one_at_a_time(ws):
    ws.import_path(SEED_TABLE, user="zoe")
    assert ws.last_change() is None  # an import is undone on its own
    before = ws.statements().set_index("statement_id")
    ws.update_statement("seed000-01", {"stance": -2, "date": "2025-06-20"}, user="zoe")
    ws.delete_statement("seed000-02", user="zoe")
    ws.merge("actor", ["Donald Trump", "Pete Hegseth"], "Trump administration", user="zoe")
    # newest first: the merge
    change = ws.last_change()
    assert change["action"] == "merge" and "“Donald Trump”" in change["summary"] and change["user"] == "zoe"
    got = ws.undo_change(change["key"], user="ann")
    assert got["skipped"] == [] and got["restored"] >= 2
    now = ws.statements().set_index("statement_id")
    assert now["actor"].astype(str).to_dict() == before.drop(index="seed000-02")["actor"].astype(str).to_dict()
    assert "donald trump" not in set(ws.aliases("actor")["alias"].str.lower())  # no longer folded on import
    with pytest.raises(ValueError, match="already been undone"):
        ws.undo_change(change["key"])
    # then the delete: the statement is back, whole
    change = ws.last_change()
    assert change["action"] == "delete"
    ws.undo_change(change["key"])
    back = ws.statement("seed000-02")
    assert back is not None and back["quote"] == before.loc["seed000-02", "quote"]
    # then the edit: stance and the whole period return
    change = ws.last_change()
    assert change["action"] == "edit" and "stance" in change["summary"]
    assert "Mark Rutte’s statement seed000-01" in change["summary"]  # a person, not just an id
    ws.undo_change(change["key"])
    row = ws.statement("seed000-01")
    assert int(row["stance"]) == int(before.loc["seed000-01", "stance"])
    assert row["date"] == before.loc["seed000-01", "date"] and row["date_end"] == before.loc["seed000-01", "date_end"]
    assert ws.last_change() is None
    assert (ws.audit()["action"] == "undo").sum() >= 3


def test_undo_leaves_a_field_changed_again_since_and_says_so(ws):
    ws.import_path(SEED_TABLE)
    ws.update_statement("seed000-01", {"stance": -1})
    first = ws.last_change()
    ws.update_statement("seed000-01", {"stance": 2})
    second = ws.last_change()
    assert second["key"] != first["key"]
    with pytest.raises(ValueError, match="changed again since"):
        ws.undo_change(first["key"])
    assert int(ws.statement("seed000-01")["stance"]) == 2
    with pytest.raises(ValueError, match="cannot be undone|not a change"):
        ws.undo_change(json.dumps(["import", "2020-01-01T00:00:00", None]))


def test_undoing_two_merges_restores_every_remembered_spelling(ws):
    ws.import_path(SEED_TABLE)
    spellings = ws.aliases("actor")[["alias", "name"]].values.tolist()
    ws.merge("actor", ["Mark Rutte"], "NATO chief")
    ws.merge("actor", ["NATO chief"], "Rutte")  # re-points "Mark Rutte" to "Rutte"
    assert ["Mark Rutte", "Rutte"] in ws.aliases("actor")[["alias", "name"]].values.tolist()
    ws.undo_change(ws.last_change()["key"])
    ws.undo_change(ws.last_change()["key"])
    assert ws.aliases("actor")[["alias", "name"]].values.tolist() == spellings
    assert "Mark Rutte" in set(ws.statements()["actor"])


def test_an_undo_keeps_a_statement_whole_and_skips_import_undos(ws):
    ws.import_path(SEED_TABLE)
    ws.update_statement("seed000-01", {"date": "2020-01-10", "date_precision": "month"})
    first = ws.last_change()["key"]
    ws.update_statement("seed000-01", {"date_end": "2020-02-15"})
    # the older edit alone: its date_end was changed again since, so the whole statement is left and named
    with pytest.raises(ValueError, match="statement seed000-01 was changed again since"):
        ws.undo_change(first)
    row = ws.statement("seed000-01")
    assert (str(row["date"].date()), str(row["date_end"].date())) == ("2020-01-01", "2020-02-15")
    # newest first, both come undone and the dates fit
    ws.undo_change(ws.last_change()["key"])
    row = ws.statement("seed000-01")
    assert str(row["date_end"].date()) == "2020-01-31"
    # an import's undo is passed over: the edit before it can still be undone
    r2 = ws.import_path(SEED_ARTICLE)
    ws.update_statement("seed000-02", {"stance": -2})
    ws.undo_import(r2.import_id)
    change = ws.last_change()
    assert change is not None and change["action"] == "edit" and "seed000-02" in change["summary"]


def test_an_article_proposing_the_same_statement_twice_says_so_plainly():
    table_rows = pd.DataFrame({"actor": ["Ann Lee", "Ann Lee"], "topic": ["T", "T"], "stance": [1, 1],
                               "date": ["2025-03-14", "2025-03-14"], "quote": ["the same words", "the same words"]})
    prepared = W.prepare_article(" date 2025-03-14\\nAnn Lee said the plan was right.\\n", "a.txt",
                                 statements=table_rows)
    assert prepared.rejects["reason"].tolist() == [
        "the same statement as row 1 (same actor, topic, stance, date and quote); kept once"]
    assert len(prepared.statements) == 1


def test_history_survives_a_damaged_row():
    from stancetrack.history import readable

    audit = pd.DataFrame({"id": [2, 1], "when": pd.to_datetime(["2025-01-02", "2025-01-01"]), "user": [None, "zoe"],
                          "action": ["delete", "merge"], "target": ["s1", "actor"], "field": [None, "aliases"],
                          "old": ["{not json", "[broken"], "new": [None, '{"a": null}'], "import_id": [None, None]})
    h = readable(audit)
    assert h["before"].tolist() == ["{not json", "0 remembered spellings"] and h["after"].iloc[1] == "0 remembered spellings"
    assert h["who"].tolist() == ["(no name given)", "zoe"]


def test_a_store_of_the_first_schema_is_upgraded_in_place(tmp_path):
    """A workspace made by an older version keeps its statements and gains the newer schema on opening."""
    import sqlalchemy as sa
    from alembic import command

    url = f"sqlite:///{tmp_path / 'old.db'}"
    W.open_workspace(url).import_table(SEED_TABLE)
    eng = sa.create_engine(url)
    with eng.begin() as conn:
        command.downgrade(W._alembic_config(conn), "0001")  # as the first version left it
        assert "ix_audit_at" not in {i["name"] for i in sa.inspect(conn).get_indexes("audit")}
    eng.dispose()
    W._MIGRATED.discard(W.database_url(url))  # as a new process of a newer version would open it
    again = W.open_workspace(url)
    with again.engine.connect() as conn:
        assert W._current_revision(conn) == W.SCHEMA_REVISION == "0002"
        assert "ix_audit_at" in {i["name"] for i in sa.inspect(conn).get_indexes("audit")}
    assert len(again.statements()) == 12


def test_weak_proposals_read_the_cue_and_confidence_in_the_notes():
    notes = pd.DataFrame({"notes": [
        "extracted automatically (confidence 0.90); found by quote_before:said | 'against'-",
        "extracted automatically (confidence 0.42); found by reported:said | learned: 'away'-; no stance word",
        "extracted automatically (confidence 0.60); found by reported:said | sentiment: 'safe'+",
        "extracted automatically (confidence 0.40); found by reported:said | 'backed'+",
        None, "a coder's own note"]})
    assert W.weak_proposals(notes).tolist() == [False, True, True, True, False, False]
    assert W.weak_proposals(pd.DataFrame({"actor": ["x"]})).tolist() == [False]


def test_a_reviewed_rename_drops_the_old_speakers_role_and_type():
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    proposed = W.prepare_article(text, "seed.txt").statements
    rutte = proposed[proposed["actor"] == "Mark Rutte"].iloc[:1]
    assert rutte["notes"].iat[0].startswith("role: ") and rutte["actor_type"].iat[0] == "person"
    kept = proposed[["statement_id", "actor", "stance", "topic"]].iloc[[rutte.index[0], rutte.index[0] + 1]].copy()
    other = kept["actor"].iat[1]
    kept.iloc[0, kept.columns.get_loc("actor")] = "NATO"  # the reviewer says the alliance spoke, not its head
    kept.iloc[1, kept.columns.get_loc("stance")] = 2
    out = W.apply_review(proposed, kept, ["actor", "stance", "topic"])
    assert out["actor"].tolist() == ["NATO", other] and int(out["stance"].iat[1]) == 2
    assert "role: " not in out["notes"].iat[0] and "extracted automatically" in out["notes"].iat[0]
    assert out["actor_type"].iat[0] is None
    unchanged = proposed.set_index("statement_id").loc[kept["statement_id"].iat[1]]
    assert out["actor_type"].iat[1] == unchanged["actor_type"]
    # the notes say what the review changed, so an editor tells checked rows from machine guesses
    assert out["notes"].iat[0].startswith("corrected in review: actor Mark Rutte → NATO; ")
    assert out["notes"].iat[1] == f"corrected in review: stance {int(unchanged['stance'])} → 2; {unchanged['notes']}"


def test_rows_kept_unchanged_say_a_person_kept_them():
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    proposed = W.prepare_article(text, "seed.txt").statements
    kept = proposed[["statement_id", "actor", "stance", "topic"]].iloc[:3].copy()
    out = W.apply_review(proposed, kept, ["actor", "stance", "topic"])
    assert out["notes"].str.startswith("kept as proposed in review; ").all()
    saved = W.prepare_article(text, "seed.txt", statements=out).statements
    assert saved["notes"].str.contains("kept as proposed in review").all()


def test_a_reviewed_extract_csv_keeps_how_each_date_was_found(tmp_path):
    """extract → edit the CSV → import it as a table: a date taken from the publication day stays
    "publication", "on Tuesday" stays relative, and no ISO date poses as words of the source."""
    from stancetrack.extract import extract_file

    got = extract_file(SEED_ARTICLE, topic="Ukraine NATO membership").statements
    path = tmp_path / "reviewed.csv"
    got.to_csv(path, index=False)
    prepared = W.prepare_table(path)
    back = prepared.statements.reset_index(drop=True)
    assert len(back) == len(got)
    assert back["date_basis"].tolist() == got["date_basis"].tolist()
    assert back["date_precision"].tolist() == got["date_precision"].tolist()
    publication = (got["date_basis"] == "publication").to_numpy()
    assert publication.any() and back.loc[publication, "date_text"].isna().all()
    assert (back["date"].dt.date == got["date"].dt.date).all()


def test_an_article_imported_after_its_reviewed_csv_adds_nothing_twice(tmp_path):
    """extract → review the CSV → import it → import the article too: the quotes are stored once, with the
    reviewer's corrections."""
    from stancetrack.extract import extract_file

    ws = W.open_workspace(f"sqlite:///{tmp_path / 'ws.sqlite'}")
    got = extract_file(SEED_ARTICLE, topic="Ukraine NATO membership").statements
    got.loc[got["actor"] == "Russia", "stance"] = -2  # the reviewer's correction
    path = tmp_path / "reviewed.csv"
    got.to_csv(path, index=False)
    first = ws.import_path(path)
    assert first.added == len(got)
    again = ws.import_path(SEED_ARTICLE, topic="Ukraine NATO membership")
    assert again.added == 0 and any("already in the workspace on the same topic" in m for m in again.messages)
    stored = ws.statements()
    assert len(stored) == len(got) and set(stored.loc[stored["actor"] == "Russia", "stance"]) == {-2}
    other = ws.import_path(SEED_ARTICLE, topic="Trump's diplomacy to end the war in Ukraine")  # another topic
    assert other.added > 0
    W.dispose(f"sqlite:///{tmp_path / 'ws.sqlite'}")


def test_a_table_with_odd_date_basis_columns_is_read_by_the_normal_rules():
    """Resolution columns that do not hold our words (or hold numbers) change nothing and never raise."""
    raw = pd.DataFrame({"actor": ["A", "B", "C"], "topic": "T", "stance": [1, -1, 0],
                        "date": ["2025-03-01", "March 2025", 20250301], "date_precision": ["day", 3, None],
                        "date_basis": ["guess", 1.5, None]})
    prepared = W.prepare_table(raw, "odd.csv")
    got = prepared.statements
    assert len(got) + len(prepared.rejects) == 3  # every row a statement or a reject, as without these columns
    plain = W.prepare_table(raw.drop(columns=["date_precision", "date_basis"]), "plain.csv").statements
    assert got["date"].tolist() == plain["date"].tolist() and got["date_basis"].tolist() == plain["date_basis"].tolist()
    assert set(got["date_basis"].dropna()) <= {"explicit", "relative", "publication"}
    assert "guess" not in set(got["date_basis"].astype(str))


def test_an_edited_quote_points_at_its_new_words_in_the_source_or_nowhere(ws):
    """A teacher's walkthrough: after rewriting a cut-off quote on Manage, the evidence still highlighted the old
    span. The span now follows the quote: to its words in the source, or to none when the source lacks them."""
    ws.import_path(SEED_ARTICLE, user="ann")
    text = ws.source_text(SEED_ARTICLE.name)
    r = ws.statements().iloc[0]
    longer = text[int(r["start"]):int(r["end"]) + 12].rstrip()
    diff = ws.update_statement(r["statement_id"], {"quote": longer}, user="ann")
    got = ws.statements().set_index("statement_id").loc[r["statement_id"]]
    assert (int(got["start"]), int(got["end"])) == (int(r["start"]), int(r["start"]) + len(longer))
    assert text[int(got["start"]):int(got["end"])] == got["quote"] and "end" in diff
    ws.update_statement(r["statement_id"], {"quote": "Words the article never printed"}, user="ann")
    got = ws.statements().set_index("statement_id").loc[r["statement_id"]]
    assert pd.isna(got["start"]) and pd.isna(got["end"])


def test_a_date_retyped_in_the_review_grid_is_read_and_a_non_date_is_said_and_left(tmp_path):
    """A teacher's walkthrough: a misdated vote could only be fixed after saving, on Manage. The review grid's date
    column now takes a day, a month, a quarter, a week or words, read against the publication date."""
    from stancetrack.derive import format_period
    from stancetrack.extract import extract_text

    text = (" date 2025-04-18\n\nCouncillor Ann Lee said on Monday that the plan was a disaster.\n\n"
            "Tom Ray said last month that he backed the plan.\n\nJo Kay said the plan was right.\n\n"
            "Sam Poe said the plan was wrong.")
    cands = extract_text(text, None, "the plan", source="a.txt").statements
    cands = cands.assign(statement_id=[f"p{i}" for i in range(len(cands))])
    grid = cands[["statement_id", "actor", "stance", "topic"]].copy()
    grid["date"] = format_period(cands["date"], cands["date_precision"], cands["date_end"]).fillna("undated")
    grid["date"] = [grid["date"].iat[0], "2025-03-12", "week of 2025-04-09", "whenever"]
    said: list[str] = []
    out = W.apply_review(cands, grid, ["actor", "stance", "topic"], published=pd.Timestamp("2025-04-18"), messages=said)
    assert out["date"].iat[0] == cands["date"].iat[0] and out["date_text"].iat[0] == "on Monday"  # untouched
    assert (str(out["date"].iat[1].date()), out["date_precision"].iat[1], out["date_text"].iat[1]) == (
        "2025-03-12", "day", "2025-03-12")
    assert (str(out["date"].iat[2].date()), str(out["date_end"].iat[2].date()), out["date_precision"].iat[2]) == (
        "2025-04-07", "2025-04-13", "week")  # Monday to Sunday
    assert out["date"].iat[3] == cands["date"].iat[3] and len(said) == 1
    assert said[0].startswith("row 4 (Sam Poe): “whenever” is not a date")
    prepared = W.prepare_article(text, "a.txt", topic="the plan", statements=out)
    saved = prepared.statements.set_index("actor")
    assert str(saved.loc["Tom Ray", "date"].date()) == "2025-03-12" and len(prepared.rejects) == 0
    # a journalist's walkthrough: the typed date was shown as "stated in the source"; it is the reviewer's
    assert saved.loc["Tom Ray", "date_basis"] == "edited" and saved.loc["Ann Lee", "date_basis"] != "edited"


def test_one_speaker_on_two_sides_the_same_day_is_flagged_for_checking():
    """A journalist's walkthrough: an undecided councillor was also proposed as against, unflagged."""
    day = pd.Timestamp("2025-04-03")
    props = pd.DataFrame({"actor": ["Gareth Pryce", "Gareth Pryce", "Tom Adebayo", "Tom Adebayo"],
                          "date": [day, day, day, day + pd.Timedelta(days=1)], "stance": [0, -1, 1, -1],
                          "notes": ["found by reported:abstained (confidence 0.65)",
                                    "found by reported:said (confidence 0.50)",
                                    "found by reported:supported (confidence 0.90)",
                                    "found by reported:said (confidence 0.90)"]})
    assert W.weak_proposals(props).tolist() == [True, True, False, False]
    # an undated proposal ("who once backed the measure") is checked too: when, only the reviewer can say
    props.loc[3, "date"] = pd.NaT
    assert W.weak_proposals(props).tolist() == [True, True, False, True]


def test_dating_an_undated_statement_clears_its_undated_flag(ws):
    """A journalist's walkthrough: a row dated on Manage still exported "undated: no date and no publication date"."""
    raw = pd.DataFrame({"actor": ["Helen Ward"], "topic": ["T"], "stance": ["against"], "date": [None]})
    prepared = W.prepare_table(raw, "h.csv")
    ws.commit(prepared)
    sid = prepared.statements["statement_id"].iat[0]
    assert "undated" in str(ws.statement(sid)["date_flag"])
    ws.update_statement(sid, {"date": "2025-03-14"})
    row = ws.statement(sid)
    assert row["date"] == pd.Timestamp("2025-03-14") and pd.isna(row["date_flag"])


def test_a_retyped_precision_is_a_correction_in_the_review_note():
    from stancetrack.derive import format_period

    text = SEED_ARTICLE.read_text(encoding="utf-8")
    proposed = W.prepare_article(text, "seed.txt").statements
    kept = proposed[["statement_id", "actor", "stance", "topic"]].copy()
    kept["date"] = format_period(proposed["date"], proposed["date_precision"], proposed["date_end"]).fillna("undated")
    nato = kept.index[kept["date"] == "2008"][0]
    kept.loc[nato, "date"] = "2008-01-01"  # a year made a day: same first day, another claim
    out = W.apply_review(proposed, kept, ["actor", "stance", "topic"], published=pd.Timestamp("2025-06-25"))
    assert out.loc[nato, "notes"].startswith("corrected in review: date precision year → day")
    assert out.drop(index=nato)["notes"].str.startswith("kept as proposed in review").all()


def test_a_retyped_date_read_one_way_of_two_or_no_calendar_day_is_said():
    """A teacher's walkthrough: "03/04/2025" was saved as 4 March unflagged and "2025-13-01" as 13 January."""
    from stancetrack.derive import format_period
    from stancetrack.extract import extract_text

    text = (" date 2025-04-18\n\nAnn Lee said the plan was a disaster.\n\nTom Ray said he backed the plan.\n\n"
            "Jo Kay said the plan was right.")
    cands = extract_text(text, None, "the plan", source="a.txt").statements
    cands = cands.assign(statement_id=[f"p{i}" for i in range(len(cands))])
    grid = cands[["statement_id", "actor", "stance", "topic"]].copy()
    grid["date"] = format_period(cands["date"], cands["date_precision"], cands["date_end"]).fillna("undated")
    grid["date"] = ["03/04/2025", "2025-13-01", grid["date"].iat[2]]
    said: list[str] = []
    out = W.apply_review(cands, grid, ["actor", "stance", "topic"], published=pd.Timestamp("2025-04-18"), messages=said)
    assert str(out["date"].iat[0].date()) == "2025-03-04"  # month first, as the Day first switch is off …
    assert said[0].startswith("row 1 (Ann Lee): “03/04/2025” was read as 2025-03-04 (ambiguous")  # … and said
    assert out["date"].iat[1] == cands["date"].iat[1]  # no such day: the proposal keeps its date …
    assert said[1].startswith("row 2 (Tom Ray): “2025-13-01” is not a date (not a calendar date")  # … and says why
    day_first = W.apply_review(cands, grid, ["actor", "stance", "topic"], published=pd.Timestamp("2025-04-18"),
                               messages=[], day_first=True)
    assert str(day_first["date"].iat[0].date()) == "2025-04-03"


def test_a_guess_flagged_check_it_is_checked_once_reviewed():
    """A teacher's walkthrough: a row corrected in review still said "check it" in its notes."""
    proposed = pd.DataFrame({"statement_id": ["p0"], "actor": ["Ann Lee"], "stance": [1], "topic": ["T"],
                             "notes": ["no stance word: side guessed from the wording (61% sure); check it"]})
    kept = proposed[["statement_id", "actor", "stance", "topic"]].assign(stance=-1)
    out = W.apply_review(proposed, kept, ["actor", "stance", "topic"])
    assert out["notes"].iat[0] == ("corrected in review: stance 1 → -1; no stance word: side guessed from the "
                                   "wording (61% sure); checked in review")


def test_a_retyped_season_is_not_warned_as_read_one_way_of_two():
    """The final review: "spring 2025" typed in review was told to be retyped as a day."""
    from stancetrack.derive import format_period
    from stancetrack.extract import extract_text

    text = " date 2025-06-18\n\nAnn Lee said the plan was a disaster."
    cands = extract_text(text, None, "the plan", source="a.txt").statements
    cands = cands.assign(statement_id=["p0"])
    grid = cands[["statement_id", "actor", "stance", "topic"]].copy()
    grid["date"] = ["spring 2025"]
    said: list[str] = []
    out = W.apply_review(cands, grid, ["actor", "stance", "topic"], published=pd.Timestamp("2025-06-18"), messages=said)
    assert str(out["date"].iat[0].date()) == "2025-03-01" and out["date_precision"].iat[0] == "quarter" and not said
    assert not format_period(out["date"], out["date_precision"], out["date_end"]).isna().any()
