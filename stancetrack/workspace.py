"""The workspace: sources and statements kept in a database, with history.

An SQLite file is the embedded default (``data/workspace.sqlite``, or the path
or URL in ``STANCETRACK_DB``); a ``postgresql://`` URL serves a team. The schema
is created and upgraded by Alembic migrations (``stancetrack/migrations``) when
a workspace is opened, under the same lock writers take, so two processes
opening a new store at once do not race.

Guarantees:

* every import, edit, rename/merge, delete and undo is one transaction: it lands
  whole or not at all (a killed process leaves the store as it was);
* writers take one lock (SQLite ``BEGIN IMMEDIATE`` with a busy timeout in WAL
  mode; a PostgreSQL advisory lock), so concurrent writers wait rather than fail
  or lose each other's work, and readers never wait;
* edits and deletions leave an audit trail (when, who when known, what, the
  previous value); an import can be undone;
* renamed and merged actor/topic spellings are remembered as aliases and
  applied to every later import.

Nothing here imports Streamlit; the pages call this API. Times are UTC.
Database URLs and credentials never appear in messages: see :func:`redact`.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import os
import re
import sqlite3
import sys
import threading
import time
import uuid
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import sqlalchemy as sa
from sqlalchemy import event

from .dates import as_day, period_bounds
from .history import stored_json
from .io import ARTICLE_EXTENSIONS, TABLE_EXTENSIONS, InputError, read_table, write_table
from .schema import COLUMNS, DATE_BASES, PRECISIONS, REJECT_COLUMNS, STANCE_MAX, STANCE_MIN, STATEMENT_SCHEMA

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PATH = ROOT / "data" / "workspace.sqlite"
ENV_URL = "STANCETRACK_DB"
ENV_USER = "STANCETRACK_USER"
# Test hook: seconds to sleep inside an import's transaction, after its first
# rows are written (the crash test kills the process there).
ENV_TEST_SLEEP = "STANCETRACK_TEST_SLEEP_IN_IMPORT"
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT = 60.0  # seconds an SQLite writer waits for another writer
_PG_LOCK_KEY = 0x5354414E  # advisory lock id for writers ("STAN")
KINDS = ("actor", "topic")
DATE_COLUMNS = ("date", "date_end", "published")
INT_COLUMNS = ("start", "end")
TEXT_COLUMNS = tuple(c for c in COLUMNS if c not in DATE_COLUMNS + INT_COLUMNS + ("stance",))
EDITABLE = tuple(c for c in COLUMNS if c != "statement_id")
_CHUNK = 5_000


class WorkspaceError(RuntimeError):
    """The store cannot be opened or used; the message never contains credentials."""


class StatementNotFound(KeyError):
    def __str__(self) -> str:  # KeyError quotes its argument otherwise
        return str(self.args[0]) if self.args else "statement not found"


# --------------------------------------------------------------------------
# URLs
# --------------------------------------------------------------------------
def database_url(url: str | os.PathLike | None = None) -> str:
    """The store's SQLAlchemy URL: the argument, else ``$STANCETRACK_DB``, else data/workspace.sqlite.

    A plain file path means an SQLite file; ``postgres://`` is read as ``postgresql://``.
    """
    raw = url if url not in (None, "") else (os.environ.get(ENV_URL) or None)
    if raw is None:
        return f"sqlite:///{DEFAULT_PATH}"
    if isinstance(raw, os.PathLike):
        return f"sqlite:///{Path(raw).expanduser().resolve()}"
    raw = str(raw).strip()
    if "://" in raw:
        if raw.startswith("postgres://"):
            raw = "postgresql://" + raw[len("postgres://"):]
        if raw.startswith("postgresql://"):  # SQLAlchemy 2.1 defaults to psycopg 3; use what is installed
            raw = f"postgresql+{_pg_driver()}://" + raw[len("postgresql://"):]
        return raw
    return f"sqlite:///{Path(raw).expanduser().resolve()}"


def _pg_driver() -> str:
    import importlib.util

    if importlib.util.find_spec("psycopg2") is not None:
        return "psycopg2"
    return "psycopg"


_CRED = re.compile(r"(?P<scheme>[a-z][a-z0-9+.\-]*://)(?P<user>[^:/@?#]*)(?::(?P<pw>[^@/?#]*))?@", re.I)
_QUERY_SECRET = re.compile(r"((?:password|passwd|pwd|sslpassword|secret|token)=)[^&\s]*", re.I)


def redact(url) -> str:
    """The URL with its password (and any secret query parameter) replaced by ***."""
    if url is None:
        return ""
    text = str(url)
    text = _CRED.sub(lambda m: f"{m['scheme']}{m['user']}{':***' if m['pw'] is not None else ''}@", text)
    return _QUERY_SECRET.sub(r"\1***", text)


def _scrub(message: str, url: str) -> str:
    """Remove the URL's password from an error message, wherever it appears."""
    try:
        pw = sa.engine.make_url(url).password
    except Exception:
        pw = None
    out = str(message)
    if pw:
        out = out.replace(str(pw), "***")
    out = out.replace(url, redact(url))
    return " ".join(redact(out).split())  # one line


def _sqlite_path(url: str) -> Path | None:
    """The file of an SQLite URL (None for other databases and in-memory stores)."""
    u = sa.engine.make_url(url)
    if u.get_backend_name() != "sqlite":
        return None
    db = u.database
    if not db or db == ":memory:" or db.startswith("file:"):
        return None
    return Path(db)


# --------------------------------------------------------------------------
# Tables (the migrations create them; these describe them for queries)
# --------------------------------------------------------------------------
_md = sa.MetaData()
T_STATE = sa.Table(
    "workspace_state", _md,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("workspace_id", sa.String(36)),
    sa.Column("revision", sa.BigInteger),
    sa.Column("created_at", sa.DateTime),
)
T_IMPORTS = sa.Table(
    "imports", _md,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("at", sa.DateTime), sa.Column("user_name", sa.Text), sa.Column("file", sa.Text),
    sa.Column("kind", sa.String(16)), sa.Column("added", sa.Integer), sa.Column("rejected", sa.Integer),
    sa.Column("skipped", sa.Integer), sa.Column("messages", sa.Text), sa.Column("undone_at", sa.DateTime),
    sa.Column("undone_by", sa.Text),
)
T_SOURCES = sa.Table(
    "sources", _md,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("name", sa.Text), sa.Column("kind", sa.String(16)), sa.Column("text", sa.Text),
    sa.Column("published", sa.Date), sa.Column("import_id", sa.Integer), sa.Column("at", sa.DateTime),
)
_STATEMENT_TYPES = {c: sa.Text for c in TEXT_COLUMNS} | {c: sa.Date for c in DATE_COLUMNS} | {
    "stance": sa.SmallInteger, "start": sa.BigInteger, "end": sa.BigInteger}
T_STATEMENTS = sa.Table(
    "statements", _md,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    *[sa.Column(c, _STATEMENT_TYPES[c]) for c in COLUMNS],
    sa.Column("import_id", sa.Integer),
    sa.Column("updated_at", sa.DateTime),
)
T_AUDIT = sa.Table(
    "audit", _md,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("at", sa.DateTime), sa.Column("user_name", sa.Text), sa.Column("action", sa.String(32)),
    sa.Column("target", sa.Text), sa.Column("field", sa.Text), sa.Column("old", sa.Text), sa.Column("new", sa.Text),
    sa.Column("import_id", sa.Integer),
)
T_ALIASES = sa.Table(
    "aliases", _md,
    sa.Column("kind", sa.String(16), primary_key=True),
    sa.Column("alias_key", sa.Text, primary_key=True),
    sa.Column("alias", sa.Text), sa.Column("name", sa.Text), sa.Column("at", sa.DateTime),
    sa.Column("user_name", sa.Text),
)


# --------------------------------------------------------------------------
# Engines and migrations
# --------------------------------------------------------------------------
_ENGINES: dict[str, sa.Engine] = {}
_MIGRATED: set[str] = set()
_LOCK = threading.RLock()


def _make_engine(url: str) -> sa.Engine:
    u = sa.engine.make_url(url)
    if u.get_backend_name() == "sqlite":
        path = _sqlite_path(url)
        kw: dict = {"connect_args": {"timeout": BUSY_TIMEOUT, "check_same_thread": False}}
        if path is None:  # in memory: one shared connection
            kw["poolclass"] = sa.pool.StaticPool
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(url, **kw)

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn, _record):
            dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (below)
            cur = dbapi_conn.cursor()
            cur.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT * 1000)}")
            if path is not None:
                for attempt in range(100):  # switching to WAL needs the file to itself: another process opening
                    try:                    # the same new file at that instant gets "locked" at once, not the wait
                        cur.execute("PRAGMA journal_mode = WAL")
                        break
                    except sqlite3.OperationalError as exc:
                        if "locked" not in str(exc) or attempt == 99:
                            raise
                        time.sleep(0.05)
            cur.execute("PRAGMA foreign_keys = ON")
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn):
            # Writers take the write lock up front, so two writers queue on the
            # busy timeout instead of one failing half-way (SQLITE_BUSY).
            write = conn.get_execution_options().get("stancetrack_write")
            conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

        return engine
    return sa.create_engine(url, pool_pre_ping=True)


def _engine(url: str) -> sa.Engine:
    with _LOCK:
        eng = _ENGINES.get(url)
        if eng is None:
            eng = _ENGINES[url] = _make_engine(url)
        return eng


def _alembic_config(connection=None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


# The newest migration in migrations/versions; a test checks it against Alembic's
# view, and it lets an up-to-date store open without importing Alembic.
SCHEMA_REVISION = "0002"


def schema_head() -> str:
    """The newest migration revision, as Alembic sees it."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def _current_revision(conn) -> str | None:
    if not sa.inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()


def _lock(conn) -> None:
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_LOCK_KEY})


def _migrate(engine: sa.Engine) -> None:
    """Create or upgrade the schema to the newest revision (under the writers' lock)."""
    with engine.connect() as conn:
        if _current_revision(conn) == SCHEMA_REVISION:
            return
    head = schema_head()
    from alembic import command

    with engine.connect() as conn:
        conn.execution_options(stancetrack_write=True)
        with conn.begin():
            _lock(conn)
            current = _current_revision(conn)
            if current != head:  # another process may have done it meanwhile
                from alembic.util import CommandError

                try:
                    command.upgrade(_alembic_config(conn), "head")
                except CommandError as exc:
                    raise WorkspaceError(
                        f"the workspace has schema revision {current}, which this version of Stance Timeline "
                        f"does not know (newest here: {head}); update the app ({exc})") from None
            if conn.execute(sa.select(T_STATE.c.id)).first() is None:
                conn.execute(T_STATE.insert().values(id=1, workspace_id=str(uuid.uuid4()), revision=0,
                                                     created_at=_now()))


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


# --------------------------------------------------------------------------
# Reports
# --------------------------------------------------------------------------
def _empty_rejects() -> pd.DataFrame:
    return pd.DataFrame({"file": pd.Series([], dtype=object), "row": pd.Series([], dtype="Int64"),
                         "column": pd.Series([], dtype=object), "value": pd.Series([], dtype=object),
                         "reason": pd.Series([], dtype=object)})


@dataclass
class PreparedImport:
    """A file read and checked, ready to store (nothing written yet)."""

    file: str
    kind: str  # "table" | "article"
    statements: pd.DataFrame  # canonical columns
    rejects: pd.DataFrame  # file, row, column, value, reason
    messages: list[str] = field(default_factory=list)
    text: str | None = None  # the article text, kept as the source
    published: pd.Timestamp | None = None
    rows_in: int = 0


@dataclass
class ImportReport:
    import_id: int | None
    file: str
    added: int
    rejected: pd.DataFrame
    messages: list[str] = field(default_factory=list)
    skipped_duplicates: int = 0
    kind: str = "table"

    def summary(self) -> str:
        parts = [_n(self.added, "statement") + " added", _n(len(self.rejected), "row") + " rejected"]
        if self.skipped_duplicates:
            parts.append(f"{self.skipped_duplicates:,} already in the workspace (not added again)")
        return ", ".join(parts)


def _n(count: int, noun: str) -> str:
    """ "1 statement", "2 statements": a count with its noun."""
    return f"{count:,} {noun}{'s' * (count != 1)}"


# --------------------------------------------------------------------------
# Preparing imports (pure: no database)
# --------------------------------------------------------------------------
def prepare_table(df_or_path, name: str | None = None, *, published=None, mapping: dict | None = None,
                  day_first: bool = False, sheet: str | None = None, topic: str | None = None,
                  exact_mapping: bool = False) -> PreparedImport:
    """Read (if a path or upload) and normalize a table; raises InputError when unusable.

    ``topic`` fills the topic of a table that has no topic column.
    """
    from .columns import detect_mapping
    from .normalize import normalize

    if isinstance(df_or_path, pd.DataFrame):
        raw = df_or_path
        name = name or "table"
        if raw.empty:
            raise InputError(f"{name}: the table has no rows")
    else:
        if name is None and isinstance(df_or_path, (str, os.PathLike)):
            name = Path(df_or_path).name
        raw = read_table(df_or_path, name, sheet=sheet)
        name = name or getattr(df_or_path, "name", "upload")
    if topic:
        try:
            has_topic = "topic" in detect_mapping(raw.columns, mapping, auto=not exact_mapping).values()
        except ValueError:
            has_topic = True  # normalize reports the mapping problem
        if not has_topic:
            added = "topic" if "topic" not in raw.columns else "topic (given)"
            raw = raw.assign(**{added: topic})
            if exact_mapping:
                mapping = {**(mapping or {}), added: "topic"}
    res = normalize(raw, mapping=mapping, published=published, day_first=day_first, file=name,
                    exact_mapping=exact_mapping)
    statements = res.statements
    if _is_own_export(raw):
        statements = _restore_export(raw, statements)
    elif {"date", "date_precision", "date_basis"} <= set(map(str, raw.columns)):
        statements = _keep_stated_resolution(raw, statements)
    rejects = res.rejects if len(res.rejects) else _empty_rejects()
    return PreparedImport(name, "table", statements, rejects, list(res.messages), rows_in=res.rows_in,
                          published=pd.Timestamp(published) if published is not None else None)


def _is_own_export(raw: pd.DataFrame) -> bool:
    """A table this app exported: every canonical column, by its own name."""
    return set(COLUMNS) <= set(map(str, raw.columns))


_UNNEUTRALISE = re.compile(r"^'(?=[=+\-@\t\r])")


def _restore_export(raw: pd.DataFrame, statements: pd.DataFrame) -> pd.DataFrame:
    """Our own export carries the resolved dates and flags: keep them as they were.

    The normalizer re-derives dates from ``date_text``; for an exported row the
    stored resolution (date, date_end, precision, basis, flag) and the date as
    written are the truth, and spreadsheet formula guards (a leading ') come off.
    """
    src = raw.copy()
    src.columns = [str(c) for c in src.columns]
    src.index = src["statement_id"].astype(str).str.strip()
    src = src[~src.index.duplicated(keep="first")]
    out = statements.copy()
    ids = out["statement_id"].astype(str)
    found = ids.isin(src.index).to_numpy()
    if not found.any():
        return out
    s = src.reindex(ids.to_numpy())

    def cell_text(col):
        v = s[col].astype(object)
        v = v.where(v.notna(), None).map(lambda x: None if x is None or str(x).strip() in ("", "nan", "NaT", "None")
                                         else str(x))
        return v.to_numpy()

    for c in ("date", "date_end"):
        v = pd.to_datetime(pd.Series(cell_text(c)), errors="coerce", format="mixed").astype("datetime64[ns]")
        cur = out[c].to_numpy()
        out[c] = np.where(found, v.to_numpy(), cur)
        out[c] = out[c].astype("datetime64[ns]")
    for c in ("date_precision", "date_basis", "date_text", "date_flag"):
        v = cell_text(c)
        allowed = {"date_precision": PRECISIONS, "date_basis": DATE_BASES}.get(c)
        if allowed is not None:
            v = np.array([x if x in allowed else None for x in v], dtype=object)
        cur = out[c].astype(object).where(out[c].notna(), None).to_numpy()
        out[c] = np.where(found, v, cur)
    for c in TEXT_COLUMNS:
        col = out[c].astype(object)
        if col.map(lambda x: isinstance(x, str) and x.startswith("'")).any():
            out[c] = col.map(lambda x: _UNNEUTRALISE.sub("", x) if isinstance(x, str) else x)
    return STATEMENT_SCHEMA.coerce_dtype(out[COLUMNS])


def _keep_stated_resolution(raw: pd.DataFrame, statements: pd.DataFrame) -> pd.DataFrame:
    """A table that says how each date was found (the extractor's CSV after review: date, date_precision,
    date_basis, date_text) keeps it: a date taken from the publication day must not come back "explicit",
    with its ISO form posing as the words of the source. Rows are matched by position in the file."""
    src = raw.copy()
    src.columns = [str(c) for c in src.columns]
    out = statements.copy()
    rows = src.reindex(out.index)
    basis = rows["date_basis"].astype("string").str.strip()
    prec = rows["date_precision"].astype("string").str.strip()
    date = pd.to_datetime(rows["date"], errors="coerce", format="mixed").astype("datetime64[ns]")
    same = (date.notna() & basis.isin(DATE_BASES) & prec.isin(PRECISIONS)
            & (date.dt.normalize() == out["date"].dt.normalize())).to_numpy()  # the date itself as normalized
    if not same.any():
        return out
    written = (rows["date_text"].astype("string").where(rows["date_text"].astype("string").str.strip() != "")
               if "date_text" in rows else pd.Series(pd.NA, index=rows.index, dtype="string"))
    for c, v in (("date_basis", basis), ("date_precision", prec), ("date_text", written)):
        mine = v.astype(object).where(v.notna(), None).to_numpy()
        cur = out[c].astype(object).where(out[c].notna(), None).to_numpy()
        out[c] = np.where(same, mine, cur)
    if "date_end" in rows:
        end = pd.to_datetime(rows["date_end"], errors="coerce", format="mixed").astype("datetime64[ns]")
        keep_end = same & end.notna().to_numpy() & (end >= date).to_numpy()
        out["date_end"] = np.where(keep_end, end.to_numpy(), out["date_end"].to_numpy()).astype("datetime64[ns]")
    return STATEMENT_SCHEMA.coerce_dtype(out[COLUMNS])


def prepare_article(text: str, name: str, *, published=None, topic: str | None = None,
                    statements: pd.DataFrame | None = None) -> PreparedImport:
    """Extract (or take the reviewed ``statements``) from an article's text."""
    from .extract import extract_text

    if text is None or not str(text).strip():
        raise InputError(f"{name}: the article is empty")
    messages: list[str] = []
    if statements is None:
        res = extract_text(text, published, topic, source=name)
        cands = res.statements
        messages.extend(res.messages)
    else:
        cands = statements
    pub = as_day(published)
    if pub is None and len(cands) and "published" in cands:
        given = pd.to_datetime(cands["published"], errors="coerce").dropna()
        pub = as_day(given.iloc[0]) if len(given) else None
    if pub is None:  # the date the article states, as the extractor reads it
        from .extract import published_in_text

        pub = published_in_text(text)
    stmts, rejects = candidates_to_statements(cands, source=name, published=pub)
    return PreparedImport(name, "article", stmts, rejects, messages, text=str(text), published=pub,
                          rows_in=len(cands))


def prepare_path(path, *, published=None, topic: str | None = None, mapping: dict | None = None,
                 day_first: bool = False, sheet: str | None = None) -> PreparedImport:
    """Read one file: spreadsheets through the normalizer, articles through the extractor."""
    path = Path(path)
    name = path.name
    ext = path.suffix.lower()
    if ext in ARTICLE_EXTENSIONS:
        from .extract import read_article

        if not path.is_file():
            raise InputError(f"{name}: file not found")
        try:
            text, file_pub = read_article(path)
        except OSError as exc:
            raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None
        return prepare_article(text, name, published=published if published is not None else file_pub, topic=topic)
    if ext in TABLE_EXTENSIONS:
        return prepare_table(path, name, published=published, mapping=mapping, day_first=day_first, sheet=sheet,
                             topic=topic)
    raise InputError(f"{name}: unsupported file type {ext or '(none)'}; use a table (CSV, TSV, XLSX, JSON, "
                     "JSON Lines, Parquet) or an article (.txt, .md, .html)")


def _blank(v) -> bool:
    if v is None or v is pd.NA or v is pd.NaT:
        return True
    if isinstance(v, float) and math.isnan(v):
        return True
    return isinstance(v, str) and not v.strip()


def _derived_id(source: str, row: dict) -> str:
    key = "\x1f".join(str(row.get(k)) for k in ("actor", "topic", "stance", "start", "end", "quote"))
    return "a" + hashlib.sha1(f"{source}\x1e{key}".encode("utf-8")).hexdigest()[:15]


def _objects(s: pd.Series) -> pd.Series:
    """Object dtype with None for missing (pandas 3 turns mapped strings into its string dtype, None into NaN)."""
    s = s.astype(object)
    s[s.isna()] = None
    return s


def _parse_distinct(col: pd.Series, parse, name: str) -> tuple[pd.Series, pd.Series]:
    """``parse`` each distinct value of a column once: parsed values and, where parsing failed, the reason."""
    keys = col.map(lambda v: None if _blank(v) else (type(v).__name__, str(v)))
    first = ~keys.duplicated()
    parsed, errors = {}, {}
    for k, v in zip(keys[first], col[first]):
        try:
            parsed[k] = parse(v, name)
        except ValueError as exc:
            errors[k] = str(exc)
    got = _objects(keys.map(lambda k: parsed.get(k)))
    return got, _objects(keys.map(lambda k: errors.get(k)))


WEAK_CUES = ("learned:", "sentiment:", "verb:")  # guesses from wording, word valence or the speech verb alone
WEAK_CONFIDENCE = 0.45


def _notes(statements: pd.DataFrame) -> pd.Series:
    return statements["notes"].astype("string").fillna("") if "notes" in statements else pd.Series(
        "", index=statements.index, dtype="string")


def _found_by(notes: pd.Series) -> pd.Series:
    """The extractor's cue, as "found by …" in the notes records it (candidates_to_statements)."""
    return notes.str.extract(r"found by ([^;]*)", expand=False).fillna("")


def weak_proposals(statements: pd.DataFrame) -> pd.Series:
    """Which proposed statements to check first: a weak cue or a low confidence, as their notes record them."""
    notes = _notes(statements)
    cue = _found_by(notes)
    conf = pd.to_numeric(notes.str.extract(r"\(confidence ([0-9.]+)\)", expand=False), errors="coerce")
    weak = conf.astype("float64").lt(WEAK_CONFIDENCE).to_numpy()  # no confidence recorded: not flagged
    for w in WEAK_CUES:
        weak = weak | cue.str.contains(w, regex=False).fillna(False).to_numpy(dtype=bool)
    if {"actor", "date", "stance"} <= set(statements.columns) and len(statements):
        # one speaker on two sides the same day: at most one of them holds (a journalist's walkthrough)
        side = np.sign(pd.to_numeric(statements["stance"], errors="coerce"))
        key = [statements["actor"].astype("string").fillna(""), statements["date"].astype("string").fillna("")]
        weak = weak | (side.groupby(key, dropna=False).transform("nunique") > 1).to_numpy(dtype=bool)
    if "date" in statements.columns and len(statements):  # "who once backed it": when, the reviewer must say
        weak = weak | statements["date"].isna().to_numpy(dtype=bool)
    return pd.Series(weak, index=statements.index)


def how_found(statements: pd.DataFrame) -> pd.Series:
    """How each proposal was found, in words (from the "found by …" its notes record; see extract.explain_cue)."""
    from .extract import explain_cue

    cue = _found_by(_notes(statements))
    words = {c: explain_cue(c) for c in cue.unique()}  # few distinct cues: each explained once
    return cue.map(words).astype(object)


def apply_review(proposed: pd.DataFrame, kept: pd.DataFrame, columns: list[str], published=None,
                 messages: list[str] | None = None, day_first: bool = False) -> pd.DataFrame:
    """The proposals a reviewer kept (``kept``: rows of the review grid, by ``statement_id``), with their
    corrections to ``columns``.

    A renamed actor is another speaker: the type and the "role: …" note the
    extractor read for the old name no longer hold, so both are dropped.
    A ``date`` column in ``kept`` holds the dates as the grid shows them (see :func:`derive.format_period`);
    one the reviewer retyped ("2025-04-16", "2025-03", "2025-Q1", "week of 2025-03-03", "last Wednesday")
    is read by the core date rules against ``published``; one that is no date keeps the proposed date,
    and ``messages`` says so, row by row; so does one read one way of two ("03/04/2025": ``day_first``).
    """
    reviewed = proposed.set_index("statement_id").loc[kept["statement_id"]].reset_index()
    renamed = reviewed["actor"].astype(object).to_numpy() != kept["actor"].astype(object).to_numpy()
    before = reviewed.copy()
    for c in columns:
        reviewed[c] = kept[c].to_numpy()
    if "date" in kept.columns and "date" in reviewed.columns:
        reviewed = _retyped_dates(reviewed, kept["date"], published, messages, day_first)
    if "actor_type" in reviewed:
        reviewed["actor_type"] = reviewed["actor_type"].astype(object).where(~renamed, None)
    if "notes" in reviewed and renamed.any():
        notes = reviewed["notes"].astype("string")
        reviewed["notes"] = notes.where(~renamed, notes.str.replace(_ROLE_NOTE, "", regex=True)).astype(object)
    if "notes" in reviewed:  # what a person checked, apart from what the machine guessed (a journalist's walkthrough)
        reviewed["notes"] = _review_note(before, reviewed,
                                         [c for c in columns if c != "date_text"] + ["date", "date_precision"])
    return reviewed


def _review_note(before: pd.DataFrame, after: pd.DataFrame, columns: list[str]) -> pd.Series:
    """The notes with what the review did first ("corrected in review: stance -1 → 0" or "kept as proposed in
    review"), so a panel that shortens long notes keeps it."""
    changes = pd.Series("", index=after.index, dtype=object)
    for c in columns:
        if c not in before or c not in after:
            continue
        old, new = before[c].astype(object), after[c].astype(object)
        blank_old, blank_new = old.map(_blank), new.map(_blank)
        differs = ~(blank_old & blank_new) & ((blank_old != blank_new) | (old.astype(str) != new.astype(str)))
        shown = {"date": lambda v: "undated" if _blank(v) else str(pd.Timestamp(v).date())}.get(
            c, lambda v: "(none)" if _blank(v) else str(v))
        text = c.replace("_", " ") + " " + old.map(shown) + " → " + new.map(shown)
        changes = changes.where(~differs, changes.where(changes == "", changes + ", ") + text)
    said = np.where(changes == "", "kept as proposed in review", "corrected in review: " + changes.astype(str))
    said = pd.Series(said, index=after.index, dtype=object)
    # a guess flagged "check it" has been checked now (a teacher's walkthrough: corrected rows still said it)
    notes = after["notes"].astype(object).str.replace("; check it", "; checked in review", regex=False)
    return said.where(notes.map(_blank), said + "; " + notes.astype(str))


_ROLE_NOTE = r"^role: [^;]*(?:; )?"  # as candidates_to_statements writes it, first in the notes
_WEEK_OF = re.compile(r"^\s*week of\s+(\d{4}-\d{2}-\d{2})\s*$", re.I)


def _grid_rows(grid_rows: pd.Index, idx: np.ndarray) -> list[int]:
    """The row numbers (from 1) a reviewer sees for positions ``idx``: the grid's own index when it is numbered."""
    return [r + 1 if isinstance(r, (int, np.integer)) else i + 1 for r, i in zip(grid_rows[idx], idx)]


def _retyped_dates(reviewed: pd.DataFrame, typed: pd.Series, published, messages: list[str] | None,
                   day_first: bool = False) -> pd.DataFrame:
    """The dates a reviewer retyped in the grid, resolved; the others as proposed (see apply_review)."""
    from .dates import resolve_dates
    from .derive import format_period

    shown = format_period(reviewed["date"], reviewed["date_precision"].astype(object).fillna("day"),
                          reviewed["date_end"] if "date_end" in reviewed else None).fillna("undated")
    grid_rows = typed.index  # the row numbers the reviewer sees, unticked rows counted
    typed = typed.astype(object).where(typed.notna(), "").astype(str).str.strip().to_numpy()
    changed = np.flatnonzero(typed != shown.astype(str).to_numpy())
    if not len(changed):
        return reviewed
    out = reviewed.copy()
    for c in ("date_text", "date_basis", "date_precision"):
        if c in out:
            out[c] = out[c].astype(object)
    week = pd.Series(typed[changed]).str.extract(_WEEK_OF)[0]
    got = resolve_dates(pd.Series(np.where(week.notna(), week, typed[changed]), dtype=object), published,
                        day_first=day_first)
    ok = got["date"].notna().to_numpy()
    flagged = ok & got["date_flag"].astype(object).fillna("").str.startswith("ambiguous").to_numpy()  # not "season"
    if messages is not None and flagged.any():  # "03/04/2025" read as one of two days: say which
        rows_f = changed[flagged]
        where = _grid_rows(grid_rows, rows_f)
        messages.extend(f"row {w} ({a}): “{t}” was read as {pd.Timestamp(d):%Y-%m-%d} ({f}); type the date as "
                        "YYYY-MM-DD if you meant another day"
                        for w, a, t, d, f in zip(where, out["actor"].to_numpy()[rows_f], typed[rows_f],
                                                 got["date"].to_numpy()[flagged],
                                                 got["date_flag"].astype(object).to_numpy()[flagged]))
    if messages is not None and (~ok).any():  # no date: said, row by row; the proposal keeps its own
        bad = changed[~ok]
        where = _grid_rows(grid_rows, bad)
        messages.extend(f"row {w} ({a}): “{t}” is not a date ({e}); the proposed date {d} is kept"
                        for w, a, t, e, d in zip(where, out["actor"].to_numpy()[bad], typed[bad],
                                                 got["date_error"].to_numpy()[~ok], shown.to_numpy()[bad]))
    rows, got, week = changed[ok], got[ok], week[ok].notna().to_numpy()
    start, end = got["date"].to_numpy(), got["date_end"].to_numpy()
    monday = (start.astype("datetime64[D]") - ((start.astype("datetime64[D]").astype("int64") + 3) % 7))
    start = np.where(week, monday.astype("datetime64[ns]"), start)  # "week of": Monday to Sunday
    end = np.where(week, (monday + 6).astype("datetime64[ns]"), end)
    idx = out.index[rows]
    out.loc[idx, "date"], out.loc[idx, "date_end"] = start, end
    out.loc[idx, "date_precision"] = np.where(week, "week", got["date_precision"].astype(str).to_numpy())
    # a date the reviewer typed is theirs, not the source's: "edited", never "stated in the source"
    out.loc[idx, "date_basis"] = np.where(typed[rows] != "", "edited", "publication")
    out.loc[idx, "date_text"] = np.where(typed[rows] != "", typed[rows], None)  # what the reviewer wrote
    return out


def candidates_to_statements(cands: pd.DataFrame, *, source: str, published=None
                             ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Extractor candidates (or a reviewed/edited copy) as canonical statements plus rejects.

    Accepts the extractor's columns and canonical ones; values may be strings
    (an edited table). Role, confidence, cue and flags go into ``notes``.  Checked
    column by column; a row with several problems is rejected once, named by the
    first in the order of the checks below and with the others added to its reason,
    so every row ends up in one of the two tables.
    """
    from . import aliases as _aliases

    typed = cands.reset_index(drop=True) if cands is not None and len(cands) else pd.DataFrame()
    if typed.empty:
        return _frame([]), _empty_rejects()
    n = len(typed)

    def col(c) -> pd.Series:
        """Stripped values, None where blank; string columns without a per-value Python call."""
        if c not in typed.columns:
            return pd.Series([None] * n, dtype=object)
        v = typed[c]
        if v.dtype != object and pd.api.types.is_string_dtype(v):
            v = v.str.strip()
            return _objects(v.where(v != ""))
        if v.dtype != object:
            return _objects(v)
        return _objects(v.map(lambda x: None if _blank(x) else (x.strip() if isinstance(x, str) else x)))

    reason = pd.Series([None] * n, dtype=object)
    where = pd.Series([None] * n, dtype=object)

    def reject(mask: pd.Series, column: str, why) -> None:
        mask = mask.fillna(False).astype(bool)
        again = mask & reason.notna()
        if again.any():
            reason[again] = reason[again] + f"; also {column}: " + (why[again] if isinstance(why, pd.Series) else why)
        new = mask & reason.isna()
        reason[new] = why[new] if isinstance(why, pd.Series) else why
        where[new] = column

    actor, topic = col("actor"), col("topic")
    reject(actor.isna(), "actor", "empty actor")
    reject(topic.isna(), "topic", "empty topic")
    stance, bad = _parse_distinct(typed["stance"].astype(object) if "stance" in typed.columns
                                  else pd.Series([None] * n, dtype=object),
                                  lambda v, _c: _stance_value(v), "stance")
    reject(bad.notna(), "stance", bad)
    dates = {}
    for c in DATE_COLUMNS:
        dates[c], bad = _parse_distinct(col(c), _date_value, c)
        reject(bad.notna(), c, bad)
    pub = as_day(published)
    dates["published"] = dates["published"].where(dates["published"].notna(), pub.date() if pub is not None else None)
    dates["date_end"] = dates["date_end"].where(dates["date_end"].notna(), dates["date"])
    reject(dates["date"].notna() & (pd.to_datetime(dates["date_end"]) < pd.to_datetime(dates["date"])),
           "date_end", "date_end is before date")
    prec, basis = col("date_precision"), col("date_basis")
    reject(prec.notna() & ~prec.isin(PRECISIONS), "date_precision", f"date_precision must be one of {', '.join(PRECISIONS)}")
    reject(basis.notna() & ~basis.isin(DATE_BASES), "date_basis", f"date_basis must be one of {', '.join(DATE_BASES)}")
    prec = prec.where(~(dates["date"].notna() & prec.isna()), "day")
    offs = {}
    for c in INT_COLUMNS:
        offs[c], bad = _parse_distinct(col(c), _offset_value, c)
        reject(bad.notna(), c, bad)
    reject(offs["start"].notna() & offs["end"].notna() & (pd.to_numeric(offs["end"]) < pd.to_numeric(offs["start"])),
           "end", "end is before start")

    # notes: the reviewer's own, else what the extractor knew (role, confidence, flags)
    conf = pd.to_numeric(col("confidence"), errors="coerce")
    parts = pd.DataFrame({
        "role": "role: " + col("actor_role").astype("string"),
        "conf": "extracted automatically (confidence " + conf.map("{:.2f}".format).where(conf.notna()).astype("string") + ")",
        "cue": "found by " + col("cue").astype("string"),  # which rule and words: a reviewer checks weak ones first
        "flags": col("flags").astype("string"),
    })
    made = pd.Series("", index=parts.index, dtype="string")
    for c in parts.columns:
        x = parts[c]
        made = made.where(x.isna(), made.where(made == "", made + "; ") + x)
    notes = _objects(col("notes").where(col("notes").notna(), made.where(made != "", None)))
    known = _aliases.default_actors()
    attrs = ({} if known.empty else
             known.assign(name=known["name"].astype(str).str.strip()).drop_duplicates("name", keep="last").set_index("name"))
    actor_s = _objects(actor.map(lambda a: None if a is None else str(a)))

    def known_attr(field: str) -> pd.Series:
        if not len(attrs) or field not in attrs.columns:
            return pd.Series([None] * n, dtype=object)
        return _objects(actor_s.map(attrs[field]).map(lambda v: None if _blank(v) else v))

    out = pd.DataFrame({
        "statement_id": _objects(col("statement_id").map(lambda v: None if v is None else str(v))),
        "actor": actor_s,
        "actor_type": col("actor_type").where(col("actor_type").notna(), known_attr("type")),
        "affiliation": col("affiliation").where(col("affiliation").notna(), known_attr("affiliation")),
        "topic": topic.map(lambda v: None if v is None else str(v)),
        "stance": stance,
        "date": dates["date"], "date_end": dates["date_end"],
        "date_precision": prec, "date_text": col("date_text"), "date_basis": basis,
        "quote": col("quote"),
        "source": source,  # the article being imported is the source
        "published": dates["published"],
        "start": offs["start"], "end": offs["end"],
        "notes": notes, "reported_by": col("reported_by"), "date_flag": col("date_flag"),
    })
    for c in TEXT_COLUMNS:
        out[c] = _objects(out[c].map(lambda v: v if v is None or isinstance(v, str) else str(v)))
    ids = out["statement_id"].tolist()
    missing = [i for i, v in enumerate(ids) if v is None]
    for i, r in zip(missing, out.iloc[missing].to_dict("records")):  # a content hash per row: no pandas form
        ids[i] = _derived_id(source, r)
    out["statement_id"] = pd.Series(ids, dtype=object)
    # a repeated id: the later row is the duplicate (among rows not already rejected)
    ok = reason.isna()
    first = out.loc[ok, "statement_id"].drop_duplicates()
    first_row = pd.Series(first.index, index=first.values)
    at = out["statement_id"].map(first_row).astype("Int64")
    dup = ok & at.notna() & (at != pd.Series(out.index, dtype="Int64"))
    derived = pd.Series(False, index=out.index)
    derived.iloc[missing] = True  # no id given: the id is the content's, so a repeat is the same statement
    reject(dup & ~derived, "statement_id", "duplicate statement_id, first at row " + (at + 1).astype("string"))
    reject(dup & derived, "statement_id", "the same statement as row " + (at + 1).astype("string")
           + " (same actor, topic, stance, date and quote); kept once")
    rejected = reason.notna()
    value_of = pd.Series([out.at[i, c] if c == "statement_id" else typed.at[i, c] if c in typed.columns else None
                          for i, c in where[rejected].items()], index=where[rejected].index, dtype=object)
    rej_df = pd.DataFrame({
        "file": source, "row": (where[rejected].index + 1), "column": where[rejected],
        "value": value_of.map(lambda v: None if _blank(v) else str(v)), "reason": reason[rejected],
    }, columns=REJECT_COLUMNS) if rejected.any() else _empty_rejects()
    rej_df = pd.DataFrame(rej_df.to_dict("records"), columns=REJECT_COLUMNS) if len(rej_df) else rej_df
    rej_df["row"] = rej_df["row"].astype("Int64")
    return _frame(out[~rejected]), rej_df


# --------------------------------------------------------------------------
# Values
# --------------------------------------------------------------------------
def _stance_value(v) -> int:
    msg = f"stance must be a whole number from {STANCE_MIN} (strongly oppose) to {STANCE_MAX} (strongly support)"
    if _blank(v) or isinstance(v, bool):
        raise ValueError(msg + (f", got {v!r}" if not _blank(v) else ", got nothing"))
    try:
        f = float(str(v).strip().replace("−", "-")) if isinstance(v, str) else float(v)
    except (TypeError, ValueError):
        raise ValueError(f"{msg}, got {v!r}") from None
    if not f.is_integer() or not STANCE_MIN <= f <= STANCE_MAX:
        raise ValueError(f"{msg}, got {v!r}")
    return int(f)


_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _date_value(v, column: str = "date") -> dt.date | None:
    if _blank(v):
        return None
    if isinstance(v, pd.Timestamp):
        return v.date()
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    if isinstance(v, np.datetime64):
        return pd.Timestamp(v).date()
    s = str(v).strip()
    if len(s) > 10 and _ISO.match(s[:10]) and re.fullmatch(r"[T ]00:00(:00(\.0+)?)?", s[10:]):
        s = s[:10]
    if not _ISO.match(s):
        raise ValueError(f"{column} must be a date written YYYY-MM-DD, got {str(v)!r}")
    try:
        return dt.date.fromisoformat(s)
    except ValueError:
        raise ValueError(f"{column} {s!r} is not a calendar date") from None


def _offset_value(v, column: str) -> int | None:
    if _blank(v):
        return None
    try:
        f = float(v)
    except (TypeError, ValueError):
        raise ValueError(f"{column} must be a whole number of characters, got {v!r}") from None
    if not f.is_integer() or f < 0:
        raise ValueError(f"{column} must be a whole number of characters, got {v!r}")
    return int(f)


def _frame(rows) -> pd.DataFrame:
    """Canonical statements, typed by the schema, from dict rows or tuples in COLUMNS order."""
    if isinstance(rows, pd.DataFrame):
        df = rows.reindex(columns=COLUMNS).reset_index(drop=True)
    else:
        df = pd.DataFrame.from_records(list(rows), columns=COLUMNS) if rows else pd.DataFrame(columns=COLUMNS)
    for c in DATE_COLUMNS:
        df[c] = pd.to_datetime(df[c].astype(object), errors="coerce").astype("datetime64[ns]")
    df["stance"] = pd.array(df["stance"].astype(object).where(df["stance"].notna(), None).tolist(), dtype="Int8")
    for c in INT_COLUMNS:
        df[c] = pd.array(df[c].astype(object).where(df[c].notna(), None).tolist(), dtype="Int64")
    for c in TEXT_COLUMNS:
        df[c] = df[c].astype(object).where(df[c].notna(), None)
    return STATEMENT_SCHEMA.coerce_dtype(df[COLUMNS])


def _columns_for_db(df: pd.DataFrame) -> dict[str, list]:
    """Column-wise Python values for the database: None for missing, dates as YYYY-MM-DD."""
    cols: dict[str, list] = {}
    for c in COLUMNS:
        s = df[c]
        if c in DATE_COLUMNS:
            d = pd.to_datetime(s)
            v = d.dt.strftime("%Y-%m-%d").astype(object)
            cols[c] = v.where(d.notna(), None).tolist()
        else:
            v = s.astype(object)
            cols[c] = v.where(v.notna(), None).tolist()
    return cols


_COLS_SQL = ", ".join(f'"{c}"' for c in COLUMNS)


def _insert_statements(conn, df: pd.DataFrame, import_id: int, at: dt.datetime) -> None:
    """Bulk insert through the driver (SQLAlchemy's per-row processing costs 10x here)."""
    if df.empty:
        return
    cols = _columns_for_db(df)
    n = len(df)
    rows = list(zip(*(cols[c] for c in COLUMNS), [import_id] * n))
    names = f"{_COLS_SQL}, import_id"
    if conn.dialect.name == "sqlite":
        sql = f"INSERT INTO statements ({names}) VALUES ({', '.join('?' * (len(COLUMNS) + 1))})"
        for k in range(0, n, _CHUNK):
            conn.exec_driver_sql(sql, rows[k:k + _CHUNK])
            if k == 0:
                _test_hook()
    elif conn.dialect.driver == "psycopg2":
        from psycopg2.extras import execute_values

        cur = conn.connection.dbapi_connection.cursor()
        try:
            for k in range(0, n, _CHUNK):
                execute_values(cur, f"INSERT INTO statements ({names}) VALUES %s", rows[k:k + _CHUNK],
                               template="(" + ", ".join(["%s"] * (len(COLUMNS) + 1)) + ")", page_size=1000)
                if k == 0:
                    _test_hook()
        finally:
            cur.close()
    else:  # any other driver: SQLAlchemy's executemany
        keys = COLUMNS + ["import_id"]
        dicts = [dict(zip(keys, r)) for r in rows]
        for k in range(0, n, _CHUNK):
            part = dicts[k:k + _CHUNK]
            for r in part:
                for c in DATE_COLUMNS:
                    r[c] = dt.date.fromisoformat(r[c]) if r[c] else None
            conn.execute(T_STATEMENTS.insert(), part)
            if k == 0:
                _test_hook()


def _fetch_statements(conn, where: str = "", params=None) -> pd.DataFrame:
    """Statements as a typed frame, read through the driver (ordered as stored)."""
    sql = f"SELECT {_COLS_SQL} FROM statements {where} ORDER BY id"
    rows = conn.exec_driver_sql(sql, params or ()).fetchall() if params is not None else \
        conn.exec_driver_sql(sql).fetchall()
    if not rows:
        return _frame([])
    cols = list(zip(*rows))
    data = {}
    for c, v in zip(COLUMNS, cols):
        if c in DATE_COLUMNS:
            data[c] = pd.to_datetime(pd.Series(v, dtype=object), errors="coerce").astype("datetime64[ns]")
        elif c == "stance":
            data[c] = pd.array(v, dtype="Int8")
        elif c in INT_COLUMNS:
            data[c] = pd.array(v, dtype="Int64")
        else:
            data[c] = pd.Series(v, dtype=object)
    return STATEMENT_SCHEMA.coerce_dtype(pd.DataFrame(data)[COLUMNS])


def _text_value(v) -> str | None:
    if v is None:
        return None
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()[:10]
    return str(v)


_UNDOABLE = ("edit", "delete", "rename", "merge")


def _change_key(action: str, at, who) -> str:
    return json.dumps([action, at.isoformat(), who])


def _parse_change_key(key: str):
    try:
        action, when, who = json.loads(key)
        at = dt.datetime.fromisoformat(when)
    except (ValueError, TypeError):
        raise ValueError(f"not a change that can be undone: {key!r}") from None
    if action not in _UNDOABLE:
        raise ValueError(f"not a change that can be undone: {key!r}")
    return action, at, who


def _change_rows(action: str, at, who) -> list:
    """The audit rows of one change: same moment, same action, same user."""
    user = T_AUDIT.c.user_name.is_(None) if who is None else T_AUDIT.c.user_name == who
    return [T_AUDIT.c.at == at, T_AUDIT.c.action == action, user]


def _alias_rows(conn, kind: str) -> dict:
    """Remembered spellings of one kind: {alias_key: [alias, name, user]}."""
    return {r.alias_key: [r.alias, r.name, r.user_name] for r in conn.execute(
        sa.select(T_ALIASES.c.alias_key, T_ALIASES.c.alias, T_ALIASES.c.name, T_ALIASES.c.user_name)
        .where(T_ALIASES.c.kind == kind))}


def _change_summary(action: str, rows, n: int | None = None, actors: dict | None = None) -> str:
    """One line a reader recognises: 'edit of Mark Rutte’s statement seed000-01 (stance, date)',
    'merge of “A”, “B” into “C”'. ``rows`` may be a sample of the change's rows; ``n`` is how many it has;
    ``actors`` names the speaker of each edited statement id, when known."""
    n = len(rows) if n is None else n
    if action == "edit":
        ids = list(dict.fromkeys(str(r.target) for r in rows))
        fields = ", ".join(dict.fromkeys(str(r.field) for r in rows))
        named = [f"{actors[i]}’s statement {i}" if actors and actors.get(i) else i for i in ids[:3]]
        return f"edit of {', '.join(named)}{' …' if len(ids) > 3 else ''} ({fields})"
    if action == "delete":
        names = [row.get("actor") for row in map(stored_json, (r.old for r in rows)) if isinstance(row, dict)]
        return f"delete of {n} statement{'s' * (n != 1)}" + (f" ({', '.join(map(str, names[:3]))})" if names else "")
    heads = [r for r in rows if r.target in ("actor", "topic") and r.field == "name"]
    olds = ", ".join(f"“{r.old}”" for r in heads)
    into = heads[0].new if heads else ""
    return f"{action} of {olds} into “{into}”" if heads else f"{action} ({n} rows)"


def _span_of(quote, text: str | None, near) -> tuple[int | None, int | None]:
    """Where an edited quote stands in its source: the occurrence nearest the old one, or no span at all
    (the evidence then shows the quote without pointing into the source, rather than at words it no
    longer holds)."""
    if quote is None or text is None or not str(quote):
        return None, None
    quote = str(quote)
    hits, at = [], text.find(quote)
    while at >= 0 and len(hits) < 1000:
        hits.append(at)
        at = text.find(quote, at + 1)
    if not hits:
        return None, None
    near = near if isinstance(near, (int, np.integer)) else 0
    best = min(hits, key=lambda h: abs(h - near))
    return best, best + len(quote)


def validate_changes(changes: dict) -> dict:
    """Check edits to one statement; returns clean values; ValueError with a clear message."""
    if not isinstance(changes, dict) or not changes:
        raise ValueError("no changes given")
    out = {}
    for k, v in changes.items():
        if k == "statement_id":
            raise ValueError("statement_id cannot be changed")
        if k not in EDITABLE:
            raise ValueError(f"unknown field {k!r}; editable fields: {', '.join(EDITABLE)}")
        if k in ("actor", "topic"):
            if _blank(v):
                raise ValueError(f"{k} must not be empty")
            out[k] = str(v).strip()
        elif k == "stance":
            out[k] = _stance_value(v)
        elif k in DATE_COLUMNS:
            out[k] = _date_value(v, k)
        elif k in INT_COLUMNS:
            out[k] = _offset_value(v, k)
        elif k == "date_precision":
            if not _blank(v) and v not in PRECISIONS:
                raise ValueError(f"date_precision must be one of {', '.join(PRECISIONS)}, got {v!r}")
            out[k] = None if _blank(v) else v
        elif k == "date_basis":
            if not _blank(v) and v not in DATE_BASES:
                raise ValueError(f"date_basis must be one of {', '.join(DATE_BASES)}, got {v!r}")
            out[k] = None if _blank(v) else v
        else:
            out[k] = None if _blank(v) else str(v)
    return out


def _check_kind(kind: str) -> str:
    if kind not in KINDS:
        raise ValueError(f"kind must be 'actor' or 'topic', got {kind!r}")
    return kind


def _name_columns(kind: str) -> tuple[str, ...]:
    return ("actor", "reported_by") if kind == "actor" else ("topic",)


def _fold_names(values: pd.Series, amap: dict[str, str]) -> pd.Series:
    if not amap:
        return values
    codes, uniques = pd.factorize(values.astype(object), sort=False)
    mapped = np.array([amap.get(str(u).strip().lower(), u) for u in uniques], dtype=object)
    out = np.full(len(values), None, dtype=object)
    ok = codes >= 0
    out[ok] = mapped[codes[ok]]
    return pd.Series(out, index=values.index, dtype=object)


# --------------------------------------------------------------------------
# The workspace
# --------------------------------------------------------------------------
class Workspace:
    """A store of sources and statements; open it with :func:`open_workspace`."""

    def __init__(self, url: str, engine: sa.Engine, user: str | None = None):
        self._url = url
        self.engine = engine
        self.user = user

    # -- plumbing
    @property
    def url(self) -> str:
        """The store's URL without its password (safe to show)."""
        return redact(self._url)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def __repr__(self) -> str:
        return f"Workspace({self.url!r})"

    def _who(self, user: str | None) -> str | None:
        return user or self.user or os.environ.get(ENV_USER) or None

    @contextmanager
    def _read(self):
        try:
            with self.engine.connect() as conn:
                with conn.begin():
                    yield conn
        except sa.exc.DBAPIError as exc:
            raise WorkspaceError(_scrub(f"workspace {self.url}: {exc.orig}", self._url)) from None

    @contextmanager
    def _write(self):
        """One transaction holding the writers' lock; bumps the data version on success."""
        try:
            with self.engine.connect() as conn:
                conn.execution_options(stancetrack_write=True)
                with conn.begin():
                    _lock(conn)
                    yield conn
                    conn.execute(T_STATE.update().values(revision=T_STATE.c.revision + 1))
        except sa.exc.DBAPIError as exc:
            raise WorkspaceError(_scrub(f"workspace {self.url}: {exc.orig}", self._url)) from None

    def _audit(self, conn, at, user, action, target=None, field=None, old=None, new=None, import_id=None):
        conn.execute(T_AUDIT.insert().values(at=at, user_name=user, action=action, target=target, field=field,
                                             old=_text_value(old), new=_text_value(new), import_id=import_id))

    # -- imports
    def import_table(self, df_or_path, name: str | None = None, *, published=None, mapping: dict | None = None,
                     day_first: bool = False, sheet: str | None = None, topic: str | None = None,
                     user: str | None = None) -> ImportReport:
        """Normalize and store a table (a DataFrame, a path or an upload), in one transaction."""
        prepared = prepare_table(df_or_path, name, published=published, mapping=mapping, day_first=day_first,
                                 sheet=sheet, topic=topic)
        return self.commit(prepared, user=user)

    def import_article(self, text: str, name: str, *, published=None, topic: str | None = None,
                       statements: pd.DataFrame | None = None, user: str | None = None) -> ImportReport:
        """Store an article and its statements: the reviewed ``statements`` if given, else the extractor's."""
        prepared = prepare_article(text, name, published=published, topic=topic, statements=statements)
        return self.commit(prepared, user=user)

    def import_path(self, path, *, published=None, topic: str | None = None, mapping: dict | None = None,
                    day_first: bool = False, sheet: str | None = None, user: str | None = None) -> ImportReport:
        """Import one file, a table or an article by its extension."""
        prepared = prepare_path(path, published=published, topic=topic, mapping=mapping, day_first=day_first,
                                sheet=sheet)
        return self.commit(prepared, user=user)

    def commit(self, prepared: PreparedImport, *, user: str | None = None) -> ImportReport:
        """Store a prepared import in one transaction: all its statements or none.

        Remembered aliases are applied; statements whose statement_id is already
        in the workspace are not added again (the stored one, with its edits, stays).
        """
        who = self._who(user)
        at = _now()
        messages = list(prepared.messages)
        with self._write() as conn:
            stmts = self._apply_aliases(conn, prepared.statements)
            ids = stmts["statement_id"].astype(str)
            existing = self._existing_ids(conn, ids.tolist())
            new = stmts[~ids.isin(existing).to_numpy()]
            skipped = len(stmts) - len(new)
            if skipped:
                messages.append(f"{_n(skipped, 'statement')} already in the workspace (same statement_id): not "
                                "added again")
            if prepared.kind == "article" and len(new):
                # the same quote of the same source on the same topic, stored before under another id (the
                # extractor's CSV reviewed and imported as a table): the stored one, with its corrections, stays
                held = self._spans_of(conn, prepared.file)
                key = zip(pd.to_numeric(new["start"]).fillna(-1).astype(int).tolist(),
                          pd.to_numeric(new["end"]).fillna(-1).astype(int).tolist(), new["topic"].astype(str).tolist())
                again = np.array([k in held for k in key], dtype=bool)
                if again.any():
                    new = new[~again]
                    skipped += int(again.sum())
                    messages.append(f"{int(again.sum()):,} proposals quote a span of this source already in the "
                                    "workspace on the same topic (imported before, perhaps reviewed as a table) and "
                                    "were not added again")
            import_id = conn.execute(T_IMPORTS.insert().values(
                at=at, user_name=who, file=prepared.file, kind=prepared.kind, added=len(new),
                rejected=len(prepared.rejects), skipped=skipped, messages="\n".join(messages) or None,
            )).inserted_primary_key[0]
            if prepared.kind == "article":
                self._store_source(conn, prepared, import_id, at)
            _insert_statements(conn, new, import_id, at)
            self._audit(conn, at, who, "import", target=prepared.file, new=f"{len(new)} statements",
                        import_id=import_id)
        return ImportReport(import_id, prepared.file, len(new), prepared.rejects, messages, skipped, prepared.kind)

    def _store_source(self, conn, prepared: PreparedImport, import_id: int, at) -> None:
        row = conn.execute(sa.select(T_SOURCES.c.id, T_SOURCES.c.text).where(T_SOURCES.c.name == prepared.file)).first()
        pub = prepared.published.date() if prepared.published is not None else None
        if row is None:
            conn.execute(T_SOURCES.insert().values(name=prepared.file, kind=prepared.kind, text=prepared.text,
                                                   published=pub, import_id=import_id, at=at))
        elif row.text != prepared.text:
            conn.execute(T_SOURCES.update().where(T_SOURCES.c.id == row.id).values(text=prepared.text, published=pub,
                                                                                  at=at))

    def _spans_of(self, conn, source: str) -> set[tuple]:
        """(start, end, topic) of the statements already stored from ``source``."""
        rows = conn.execute(sa.select(T_STATEMENTS.c.start, T_STATEMENTS.c.end, T_STATEMENTS.c.topic)
                            .where(T_STATEMENTS.c.source == source, T_STATEMENTS.c.start.is_not(None)))
        return {(int(a), int(b), str(t)) for a, b, t in rows}

    def _existing_ids(self, conn, ids: list[str]) -> set[str]:
        found: set[str] = set()
        for k in range(0, len(ids), 900):
            part = ids[k:k + 900]
            found.update(conn.execute(sa.select(T_STATEMENTS.c.statement_id)
                                      .where(T_STATEMENTS.c.statement_id.in_(part))).scalars())
        return found

    def _alias_maps(self, conn) -> dict[str, dict[str, str]]:
        maps: dict[str, dict[str, str]] = {k: {} for k in KINDS}
        for kind, key, name in conn.execute(sa.select(T_ALIASES.c.kind, T_ALIASES.c.alias_key, T_ALIASES.c.name)):
            maps.setdefault(kind, {})[key] = name
        return maps

    def _apply_aliases(self, conn, stmts: pd.DataFrame) -> pd.DataFrame:
        maps = self._alias_maps(conn)
        if not any(maps.values()) or stmts.empty:
            return stmts
        out = stmts.copy()
        for kind in KINDS:
            for c in _name_columns(kind):
                out[c] = _fold_names(out[c], maps[kind])
        return STATEMENT_SCHEMA.coerce_dtype(out)

    def with_remembered_names(self, stmts: pd.DataFrame) -> pd.DataFrame:
        """Statements as saving would store them: remembered spellings folded into their names (for a
        preview that shows what will land)."""
        with self._read() as conn:
            return self._apply_aliases(conn, stmts)

    def undo_import(self, import_id: int, user: str | None = None) -> int:
        """Remove the statements an import added (and the source it created); returns how many."""
        who = self._who(user)
        at = _now()
        with self._write() as conn:
            imp = conn.execute(sa.select(T_IMPORTS).where(T_IMPORTS.c.id == int(import_id))).first()
            if imp is None:
                raise ValueError(f"no import #{import_id}")
            if imp.undone_at is not None:
                raise ValueError(f"import #{import_id} ({imp.file}) was already undone on {imp.undone_at:%Y-%m-%d %H:%M}")
            # Each removed statement's last values go to the audit trail, as a delete does: edits made
            # after the import are not lost without a trace.
            gone = conn.execute(sa.select(*[T_STATEMENTS.c[c] for c in COLUMNS])
                                .where(T_STATEMENTS.c.import_id == imp.id)).mappings().all()
            if gone:
                frame = pd.DataFrame(gone, columns=COLUMNS)
                for c in ("date", "date_end", "published"):  # days as a single delete writes them
                    frame[c] = pd.to_datetime(frame[c]).dt.strftime("%Y-%m-%d")
                lines = frame[sorted(frame.columns)].to_json(orient="records", lines=True, force_ascii=False)
                conn.execute(T_AUDIT.insert(), [
                    dict(at=at, user_name=who, action="delete", target=str(sid), field=f"undo of import #{imp.id}",
                         old=js, new=None, import_id=imp.id)
                    for sid, js in zip(frame["statement_id"], lines.rstrip("\n").split("\n"))])  # not splitlines:
                # a quote may hold U+2028 or U+0085, which to_json leaves as they are
            n = conn.execute(T_STATEMENTS.delete().where(T_STATEMENTS.c.import_id == imp.id)).rowcount
            still_used = sa.select(T_STATEMENTS.c.id).where(T_STATEMENTS.c.source == T_SOURCES.c.name).exists()
            conn.execute(T_SOURCES.delete().where(T_SOURCES.c.import_id == imp.id, ~still_used))
            conn.execute(T_IMPORTS.update().where(T_IMPORTS.c.id == imp.id).values(undone_at=at, undone_by=who))
            self._audit(conn, at, who, "undo_import", target=imp.file, old=f"{n} statements", import_id=imp.id)
        return n

    # -- names
    def rename(self, kind: str, old: str, new: str, user: str | None = None) -> int:
        """Rename an actor or topic everywhere; the old spelling becomes an alias. Returns statements changed."""
        return self.merge(kind, [old], new, user=user, _action="rename")

    def merge(self, kind: str, names: list[str], into: str, user: str | None = None, *, _action: str = "merge") -> int:
        """Fold several spellings into one name, in every statement; remembered for later imports."""
        _check_kind(kind)
        if isinstance(names, str):
            names = [names]
        into = "" if into is None else str(into).strip()
        if not into:
            raise ValueError(f"the new {kind} name must not be empty")
        olds = [str(n) for n in names if n is not None and str(n).strip() and str(n) != into]
        if not olds:
            return 0
        who = self._who(user)
        at = _now()
        total = 0
        with self._write() as conn:
            before = _alias_rows(conn, kind)
            for old in olds:
                total += self._rename(conn, kind, old, into, who, at, _action)
            after = _alias_rows(conn, kind)
            changed = sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))
            if changed:  # every remembered spelling the merge re-pointed, added or dropped, so an undo can restore them
                self._audit(conn, at, who, _action, target=kind, field="aliases",
                            old=json.dumps({k: before.get(k) for k in changed}, ensure_ascii=False),
                            new=json.dumps({k: after.get(k) for k in changed}, ensure_ascii=False))
        return total

    def _rename(self, conn, kind, old, new, who, at, action) -> int:
        n = 0
        for c in _name_columns(kind):
            col = T_STATEMENTS.c[c]
            sel = sa.select(sa.literal(at, sa.DateTime), sa.literal(who, sa.Text), sa.literal(action, sa.String),
                            T_STATEMENTS.c.statement_id, sa.literal(c, sa.Text), col, sa.literal(new, sa.Text)
                            ).where(col == old)
            conn.execute(T_AUDIT.insert().from_select(["at", "user_name", "action", "target", "field", "old", "new"],
                                                      sel))
            k = conn.execute(T_STATEMENTS.update().where(col == old).values({c: new, "updated_at": at})).rowcount
            if c != "reported_by":
                n += k
        # Remember: the old spelling (and whatever folded into it) now means the new name.
        conn.execute(T_ALIASES.update().where(T_ALIASES.c.kind == kind, T_ALIASES.c.name == old)
                     .values(name=new, at=at, user_name=who))
        conn.execute(T_ALIASES.delete().where(T_ALIASES.c.kind == kind, T_ALIASES.c.alias_key == new.lower()))
        key = old.strip().lower()
        conn.execute(T_ALIASES.delete().where(T_ALIASES.c.kind == kind, T_ALIASES.c.alias_key == key))
        if key != new.lower():
            conn.execute(T_ALIASES.insert().values(kind=kind, alias_key=key, alias=old, name=new, at=at, user_name=who))
        self._audit(conn, at, who, action, target=kind, field="name", old=old, new=new)
        return n

    def aliases(self, kind: str | None = None) -> pd.DataFrame:
        """Remembered spellings: kind, alias, name, when, user."""
        q = sa.select(T_ALIASES.c.kind, T_ALIASES.c.alias, T_ALIASES.c.name, T_ALIASES.c.at, T_ALIASES.c.user_name)
        if kind is not None:
            q = q.where(T_ALIASES.c.kind == _check_kind(kind))
        with self._read() as conn:
            rows = conn.execute(q.order_by(T_ALIASES.c.kind, T_ALIASES.c.name, T_ALIASES.c.alias_key)).all()
        df = pd.DataFrame(rows, columns=["kind", "alias", "name", "when", "user"])
        df["when"] = pd.to_datetime(df["when"])
        return df

    def forget_alias(self, kind: str, alias: str, user: str | None = None) -> str:
        """Stop folding a remembered spelling into its name on later imports (a merge made by mistake);
        returns the name it folded into. Statements already changed keep their name: rename them back."""
        _check_kind(kind)
        who = self._who(user)
        at = _now()
        key = str(alias).strip().lower()
        with self._write() as conn:
            row = conn.execute(sa.select(T_ALIASES.c.alias, T_ALIASES.c.name)
                               .where(T_ALIASES.c.kind == kind, T_ALIASES.c.alias_key == key)).first()
            if row is None:
                raise ValueError(f"no remembered {kind} spelling {alias!r}")
            conn.execute(T_ALIASES.delete().where(T_ALIASES.c.kind == kind, T_ALIASES.c.alias_key == key))
            self._audit(conn, at, who, "forget_alias", target=kind, field="alias", old=f"{row.alias} → {row.name}")
        return row.name

    def names(self, kind: str) -> pd.DataFrame:
        """Each actor or topic with its number of statements, most first."""
        col = T_STATEMENTS.c[_check_kind(kind)]
        with self._read() as conn:
            rows = conn.execute(sa.select(col, sa.func.count()).group_by(col).order_by(sa.func.count().desc(), col)).all()
        return pd.DataFrame(rows, columns=["name", "statements"])

    # -- statements
    def update_statement(self, statement_id: str, changes: dict, user: str | None = None) -> dict:
        """Edit fields of one statement; returns {field: (old, new)} for what changed.

        A new ``date`` without ``date_end`` sets the end from the precision
        (a day, week, month, quarter or year), and drops the date as written. Raises ValueError on invalid
        values, StatementNotFound for an unknown id.
        """
        clean = validate_changes(changes)
        who = self._who(user)
        at = _now()
        with self._write() as conn:
            row = conn.execute(sa.select(*[T_STATEMENTS.c[c] for c in COLUMNS])
                               .where(T_STATEMENTS.c.statement_id == str(statement_id))).first()
            if row is None:
                raise StatementNotFound(f"no statement {statement_id!r}")
            cur = row._asdict()
            if ("date" in clean or "date_precision" in clean) and "date_end" not in clean:
                # A new date or precision moves the whole period: start snapped to it, end from it.
                start = clean.get("date", cur["date"])
                if start is None:
                    clean["date_end"] = None
                else:
                    prec = clean.get("date_precision", cur["date_precision"]) or "day"
                    clean["date"], clean["date_end"] = period_bounds(start, prec)
                    clean.setdefault("date_precision", prec)
            if "date" in clean and _text_value(clean["date"]) != _text_value(cur["date"]):
                # a date set by hand: the words it was read from ("in March") and how they were
                # resolved no longer describe it (the history keeps them)
                clean.setdefault("date_text", None)
                clean.setdefault("date_basis", "edited" if clean["date"] is not None else None)
                if "date_flag" in cur:  # "undated: …", "ambiguous day/month order": about the old date
                    clean.setdefault("date_flag", None)
            if ("quote" in clean and "start" not in clean and "end" not in clean
                    and _text_value(clean["quote"]) != _text_value(cur["quote"])):
                clean["start"], clean["end"] = _span_of(clean["quote"], self._source_text(conn, cur["source"]), cur["start"])
            merged = {**cur, **clean}
            if merged["date"] is not None and merged["date_end"] is not None and merged["date_end"] < merged["date"]:
                raise ValueError(f"date_end {merged['date_end']} is before date {merged['date']}")
            if merged["start"] is not None and merged["end"] is not None and merged["end"] < merged["start"]:
                raise ValueError(f"end ({merged['end']}) is before start ({merged['start']})")
            diff = {k: (cur[k], v) for k, v in clean.items() if _text_value(cur[k]) != _text_value(v)}
            if not diff:
                return {}
            conn.execute(T_STATEMENTS.update().where(T_STATEMENTS.c.statement_id == str(statement_id))
                         .values({k: v for k, (_, v) in diff.items()} | {"updated_at": at}))
            for k, (o, v) in diff.items():
                self._audit(conn, at, who, "edit", target=str(statement_id), field=k, old=o, new=v)
        return diff

    def delete_statement(self, statement_id: str, user: str | None = None) -> None:
        """Delete one statement; the audit trail keeps its last values (as JSON)."""
        self.delete_statements([statement_id], user=user)

    def delete_statements(self, statement_ids, user: str | None = None) -> int:
        """Delete statements as one change (one undo brings them all back); the audit trail keeps each one's
        last values. Raises StatementNotFound, deleting nothing, when any id is unknown."""
        ids = list(dict.fromkeys(str(i) for i in statement_ids))
        if not ids:
            return 0
        who = self._who(user)
        at = _now()
        cols = [T_STATEMENTS.c[c] for c in COLUMNS] + [T_STATEMENTS.c.import_id]
        with self._write() as conn:
            rows = []
            for i in range(0, len(ids), 500):
                rows += conn.execute(sa.select(*cols).where(T_STATEMENTS.c.statement_id.in_(ids[i:i + 500]))).all()
            missing = set(ids) - {str(r.statement_id) for r in rows}
            if missing:
                raise StatementNotFound(f"no statement {sorted(missing)[0]!r}"
                                        + (f" (and {len(missing) - 1} more)" if len(missing) > 1 else ""))
            audits = []
            for row in rows:
                old = {k: _text_value(v) if isinstance(v, (dt.date, dt.datetime)) else v for k, v in row._asdict().items()}
                audits.append(dict(at=at, user_name=who, action="delete", target=str(row.statement_id), field=None,
                                   old=json.dumps(old, ensure_ascii=False, sort_keys=True), new=None,
                                   import_id=row.import_id))
            for i in range(0, len(ids), 500):
                conn.execute(T_STATEMENTS.delete().where(T_STATEMENTS.c.statement_id.in_(ids[i:i + 500])))
            conn.execute(T_AUDIT.insert(), audits)
        return len(rows)

    # -- undoing a change
    def last_change(self) -> dict | None:
        """The newest edit, delete, rename or merge not yet undone, as {key, action, user, when, rows, summary},
        or None. One change is every audit row one user's action wrote in the same moment (a merge of two names
        is one change). Undoing an import has its own button; changes from it are passed over."""
        with self._read() as conn:
            undone = {r[0] for r in conn.execute(sa.select(T_AUDIT.c.target).where(
                T_AUDIT.c.action == "undo", T_AUDIT.c.field == "change"))}
            # one row per change, newest first; an import's undo (its deletes) has its own button
            from_import_undo = (T_AUDIT.c.action == "delete") & T_AUDIT.c.field.like("undo of import%")
            changes = conn.execute(
                sa.select(T_AUDIT.c.at, T_AUDIT.c.action, T_AUDIT.c.user_name, sa.func.count())
                .where(T_AUDIT.c.action.in_(_UNDOABLE), ~sa.func.coalesce(from_import_undo, False))
                .group_by(T_AUDIT.c.at, T_AUDIT.c.action, T_AUDIT.c.user_name)
                .order_by(sa.func.max(T_AUDIT.c.id).desc()).limit(len(undone) + 1)).all()
            for at, action, who, n in changes:
                key = _change_key(action, at, who)
                if key in undone:
                    continue
                where = _change_rows(action, at, who)
                sample = conn.execute(sa.select(T_AUDIT).where(*where, sa.or_(
                    T_AUDIT.c.field.in_(("name",)), T_AUDIT.c.action.in_(("edit", "delete"))))
                    .order_by(T_AUDIT.c.id).limit(50)).all()
                heads = [r for r in sample if r.target in ("actor", "topic") and r.field == "name"]
                names = ({"kind": heads[0].target, "olds": [r.old for r in heads], "into": heads[0].new}
                         if heads else None)  # what a page must put back where it shows the merged name
                actors = None
                if action == "edit":  # whose statement it was, so the line names a person, not just an id
                    ids = list(dict.fromkeys(str(r.target) for r in sample))[:3]
                    actors = dict(conn.execute(sa.select(T_STATEMENTS.c.statement_id, T_STATEMENTS.c.actor)
                                               .where(T_STATEMENTS.c.statement_id.in_(ids))).all())
                return {"key": key, "action": action, "user": who, "when": at, "rows": int(n),
                        "summary": _change_summary(action, sample, int(n), actors), "names": names}
        return None

    def undo_change(self, key: str, user: str | None = None) -> dict:
        """Reverse the change ``key`` (from ``last_change``): edited fields and renamed names go back to their
        old values, deleted statements come back, a merge's remembered spellings are restored. A statement
        changed again since is left as it is and named. Returns {"restored": n, "skipped": [messages]}."""
        action, at, who_was = _parse_change_key(key)
        who = self._who(user)
        now = _now()
        restored, skipped = 0, []
        with self._write() as conn:
            if conn.execute(sa.select(T_AUDIT.c.id).where(T_AUDIT.c.action == "undo", T_AUDIT.c.field == "change",
                                                          T_AUDIT.c.target == key)).first():
                raise ValueError("this change has already been undone")
            rows = conn.execute(sa.select(T_AUDIT).where(*_change_rows(action, at, who_was))
                                .order_by(T_AUDIT.c.id)).all()
            if not rows:
                raise ValueError(f"no change {key!r} in the history")
            if action == "delete":
                if any((r.field or "").startswith("undo of import") for r in rows):
                    raise ValueError("statements removed by undoing an import come back by importing the file again")
                undone_imports = {r[0] for r in conn.execute(sa.select(T_IMPORTS.c.id)
                                                             .where(T_IMPORTS.c.undone_at.is_not(None)))}
                targets = [str(r.target) for r in rows]
                present = set()
                for i in range(0, len(targets), 500):  # one query per 500 ids, not one per statement
                    present.update(x[0] for x in conn.execute(sa.select(T_STATEMENTS.c.statement_id).where(
                        T_STATEMENTS.c.statement_id.in_(targets[i:i + 500]))))
                back, audits = [], []
                for r in rows:
                    if str(r.target) in present:
                        skipped.append(f"statement {r.target} exists again; not restored")
                        continue
                    present.add(str(r.target))  # a statement deleted twice in one change comes back once
                    old = json.loads(r.old)
                    values = {c: old.get(c) for c in COLUMNS}
                    for c in DATE_COLUMNS:
                        values[c] = dt.date.fromisoformat(values[c]) if values[c] else None
                    imp = old.get("import_id")
                    if imp in undone_imports:  # its import was undone since: it must not come back as part of it
                        imp = None
                        skipped.append(f"statement {r.target} is back, no longer part of its undone import #{old.get('import_id')}")
                    back.append({**values, "import_id": imp, "updated_at": now})
                    audits.append(dict(at=now, user_name=who, action="undo", target=str(r.target), field="restored",
                                       old=None, new=_text_value(old.get("actor")), import_id=None))
                if back:
                    conn.execute(T_STATEMENTS.insert(), back)
                    conn.execute(T_AUDIT.insert(), audits)
                restored += len(back)
            else:
                alias_rows = [r for r in rows if r.field == "aliases"]
                for r in alias_rows:  # the spellings a merge re-pointed, added or dropped, back as they were
                    before = json.loads(r.old)
                    missed = self._restore_aliases(conn, r.target, before, json.loads(r.new), now)
                    skipped += missed
                    restored += len(before) - len(missed)
                    self._audit(conn, now, who, "undo", target=r.target, field="aliases", old=r.new, new=r.old)
                if not alias_rows:  # a merge recorded before spellings were audited: forget the one it added
                    for r in rows:
                        if r.target in ("actor", "topic") and r.field == "name":
                            conn.execute(T_ALIASES.delete().where(
                                T_ALIASES.c.kind == r.target, T_ALIASES.c.alias_key == str(r.old).strip().lower(),
                                T_ALIASES.c.name == r.new))
                by_statement: dict[str, list] = {}
                names: dict[tuple, list[str]] = {}
                for r in rows:
                    if r.target in ("actor", "topic") and r.field in ("aliases", "name"):
                        continue
                    if action in ("rename", "merge"):  # one name column, old and new: set-based below
                        names.setdefault((r.field, r.old, r.new), []).append(str(r.target))
                    else:
                        by_statement.setdefault(str(r.target), []).append(r)
                for (field, was, now_value), ids in names.items():
                    col = T_STATEMENTS.c[field]
                    for k in range(0, len(ids), 500):
                        part = ids[k:k + 500]
                        back = [x for (x,) in conn.execute(sa.select(T_STATEMENTS.c.statement_id).where(
                            T_STATEMENTS.c.statement_id.in_(part), col == now_value))]
                        if back:
                            conn.execute(T_STATEMENTS.update().where(T_STATEMENTS.c.statement_id.in_(back))
                                         .values({field: was, "updated_at": now}))
                            conn.execute(T_AUDIT.insert(), [dict(at=now, user_name=who, action="undo", target=x,
                                                                 field=field, old=now_value, new=was) for x in back])
                        restored += len(back)
                        if len(back) < len(part):
                            skipped.append(f"{len(part) - len(back)} statement(s) whose {field} was changed again "
                                           f"since or that are gone; left as they are")
                for sid, srows in by_statement.items():
                    got = self._revert_statement(conn, sid, srows, who, now)
                    if isinstance(got, str):
                        skipped.append(got)
                    else:
                        restored += got
            if not restored and skipped:  # nothing to undo now: say why, change nothing, and offer it again later
                raise ValueError("; ".join(skipped[:5]))
            self._audit(conn, now, who, "undo", target=key, field="change",
                        new=_change_summary(action, rows[:50], len(rows)))
        return {"restored": restored, "skipped": skipped}

    def _revert_statement(self, conn, sid: str, rows, who, at) -> int | str:
        """One statement's fields back to their values before the change, checked as a whole; a message
        instead when it is gone, was changed again since, or would end up inconsistent."""
        fields = [r.field for r in rows]
        cur = conn.execute(sa.select(*[T_STATEMENTS.c[c] for c in COLUMNS])
                           .where(T_STATEMENTS.c.statement_id == sid)).first()
        if cur is None:
            return f"statement {sid} no longer exists; its {', '.join(fields)} not restored"
        cur = cur._asdict()
        if any(_text_value(cur[r.field]) != r.new for r in rows):
            return f"statement {sid} was changed again since; left as it is"
        values = {r.field: (validate_changes({r.field: r.old})[r.field] if r.old is not None else None) for r in rows}
        merged = {**cur, **values}
        if merged["date"] is not None and merged["date_end"] is not None and merged["date_end"] < merged["date"]:
            return f"statement {sid}: its dates would not fit together; left as it is"
        if merged["start"] is not None and merged["end"] is not None and merged["end"] < merged["start"]:
            return f"statement {sid}: its quote offsets would not fit together; left as it is"
        conn.execute(T_STATEMENTS.update().where(T_STATEMENTS.c.statement_id == sid).values({**values, "updated_at": at}))
        for r in rows:
            self._audit(conn, at, who, "undo", target=sid, field=r.field, old=r.new, new=r.old)
        return len(rows)

    def _restore_aliases(self, conn, kind: str, before: dict, after: dict, at) -> list[str]:
        """Remembered spellings back to ``before`` where they still are as the change left them."""
        now = _alias_rows(conn, kind)
        skipped = []
        for k, was in before.items():
            if now.get(k) != after.get(k):
                skipped.append(f"remembered {kind} spelling “{k}” was changed again since; left as it is")
                continue
            conn.execute(T_ALIASES.delete().where(T_ALIASES.c.kind == kind, T_ALIASES.c.alias_key == k))
            if was is not None:
                conn.execute(T_ALIASES.insert().values(kind=kind, alias_key=k, alias=was[0], name=was[1], at=at,
                                                       user_name=was[2]))
        return skipped

    # -- reading
    def statements(self) -> pd.DataFrame:
        """Every statement, in the order stored, with exactly the canonical columns and dtypes."""
        with self._read() as conn:
            return _fetch_statements(conn)

    def statement(self, statement_id: str) -> pd.Series | None:
        q = sa.select(*[T_STATEMENTS.c[c] for c in COLUMNS]).where(T_STATEMENTS.c.statement_id == str(statement_id))
        with self._read() as conn:
            row = conn.execute(q).first()
        return None if row is None else _frame([tuple(row)]).iloc[0]

    def count(self) -> int:
        with self._read() as conn:
            return int(conn.execute(sa.select(sa.func.count()).select_from(T_STATEMENTS)).scalar_one())

    def __len__(self) -> int:
        return self.count()

    def stored_ids(self, ids) -> set[str]:
        """Which of these statement ids the workspace holds already (saving would not add them again)."""
        with self._read() as conn:
            return self._existing_ids(conn, [str(i) for i in ids])

    def sources(self) -> pd.DataFrame:
        """Stored sources: name, kind, published, when, import_id, chars, statements."""
        n = (sa.select(sa.func.count()).select_from(T_STATEMENTS).where(T_STATEMENTS.c.source == T_SOURCES.c.name)
             .scalar_subquery())
        q = sa.select(T_SOURCES.c.name, T_SOURCES.c.kind, T_SOURCES.c.published, T_SOURCES.c.at,
                      T_SOURCES.c.import_id, sa.func.length(T_SOURCES.c.text), n).order_by(T_SOURCES.c.id)
        with self._read() as conn:
            rows = conn.execute(q).all()
        df = pd.DataFrame(rows, columns=["name", "kind", "published", "when", "import_id", "chars", "statements"])
        df["published"] = pd.to_datetime(df["published"]).astype("datetime64[ns]")
        df["when"] = pd.to_datetime(df["when"])
        return df

    def imported_as(self, text: str) -> tuple[str, dt.datetime] | None:
        """(name, when) of an article already stored with exactly this text, or None: saving it again adds
        only the proposals that differ (edited ones), which a user should know before saving."""
        if not text:
            return None
        with self._read() as conn:
            row = conn.execute(sa.select(T_SOURCES.c.name, T_SOURCES.c.at).where(T_SOURCES.c.text == text)
                               .order_by(T_SOURCES.c.id).limit(1)).first()
        return (row.name, row.at) if row else None

    @staticmethod
    def _source_text(conn, source_name) -> str | None:
        if source_name is None or not str(source_name).strip():
            return None
        row = conn.execute(sa.select(T_SOURCES.c.text).where(T_SOURCES.c.name == str(source_name))).first()
        return row.text if row is not None else None

    def source_text(self, source_name: str | None) -> str | None:
        """The stored text of an article (for the evidence panel), or None."""
        if not source_name:
            return None
        with self._read() as conn:
            for name in dict.fromkeys([str(source_name), Path(str(source_name)).name]):
                text = conn.execute(sa.select(T_SOURCES.c.text).where(T_SOURCES.c.name == name)).scalar()
                if text is not None:
                    return text
        return None

    def imports(self) -> pd.DataFrame:
        """Import history, newest first: id, when, user, file, kind, added, rejected, skipped, undone, ..."""
        q = sa.select(T_IMPORTS.c.id, T_IMPORTS.c.at, T_IMPORTS.c.user_name, T_IMPORTS.c.file, T_IMPORTS.c.kind,
                      T_IMPORTS.c.added, T_IMPORTS.c.rejected, T_IMPORTS.c.skipped, T_IMPORTS.c.undone_at,
                      T_IMPORTS.c.undone_by, T_IMPORTS.c.messages).order_by(T_IMPORTS.c.id.desc())
        with self._read() as conn:
            rows = conn.execute(q).all()
        df = pd.DataFrame(rows, columns=["id", "when", "user", "file", "kind", "added", "rejected", "skipped",
                                         "undone_at", "undone_by", "messages"])
        df.insert(8, "undone", df["undone_at"].notna())
        for c in ("when", "undone_at"):
            df[c] = pd.to_datetime(df[c])
        return df

    def audit(self, limit: int | None = None, *, target: str | None = None) -> pd.DataFrame:
        """The audit trail, newest first: id, when, user, action, target, field, old, new, import_id.

        ``target`` is a statement_id (its edits), a file (its imports) or a kind (renames).
        """
        q = sa.select(T_AUDIT.c.id, T_AUDIT.c.at, T_AUDIT.c.user_name, T_AUDIT.c.action, T_AUDIT.c.target,
                      T_AUDIT.c.field, T_AUDIT.c.old, T_AUDIT.c.new, T_AUDIT.c.import_id).order_by(T_AUDIT.c.id.desc())
        if target is not None:
            q = q.where(T_AUDIT.c.target == str(target))
        if limit is not None:
            q = q.limit(int(limit))
        with self._read() as conn:
            rows = conn.execute(q).all()
        df = pd.DataFrame(rows, columns=["id", "when", "user", "action", "target", "field", "old", "new", "import_id"])
        df["when"] = pd.to_datetime(df["when"])
        return df

    def version(self) -> str:
        """Changes whenever the data changes (a cache key): workspace id and revision counter."""
        with self._read() as conn:
            row = conn.execute(sa.select(T_STATE.c.workspace_id, T_STATE.c.revision)).first()
        return f"workspace:{row.workspace_id}:{row.revision}" if row else "workspace:empty"

    def export(self, path) -> int:
        """Write every statement to ``path`` (.csv .tsv .xlsx .json .jsonl .parquet); returns the count."""
        df = self.statements()
        write_table(df, path)
        return len(df)

    def close(self) -> None:
        """Release pooled connections (the engine stays cached for this process)."""
        self.engine.dispose()


def _test_hook() -> None:
    secs = os.environ.get(ENV_TEST_SLEEP)
    if secs:
        print("STANCETRACK_IN_TRANSACTION", file=sys.stderr, flush=True)
        time.sleep(float(secs))


def open_workspace(url: str | os.PathLike | None = None, user: str | None = None) -> Workspace:
    """Open (creating or upgrading the schema if needed) the workspace at ``url``."""
    full = database_url(url)
    try:
        engine = _engine(full)
        with _LOCK:
            if full not in _MIGRATED:
                _migrate(engine)
                _MIGRATED.add(full)
    except sa.exc.ArgumentError as exc:
        raise WorkspaceError(_scrub(f"not a usable database URL {redact(full)}: {exc}", full)) from None
    except sa.exc.DBAPIError as exc:
        raise WorkspaceError(_scrub(f"cannot open workspace {redact(full)}: {exc.orig}", full)) from None
    except ImportError as exc:
        raise WorkspaceError(f"cannot open workspace {redact(full)}: missing database driver ({exc.name})") from None
    return Workspace(full, engine, user)


def export(ws: Workspace, path) -> int:
    return ws.export(path)


# --------------------------------------------------------------------------
# Helpers for the dashboard (never create a store just by asking)
# --------------------------------------------------------------------------
def _absent(url: str) -> bool:
    path = _sqlite_path(url)
    return path is not None and not path.exists()


def has_statements(url=None) -> bool:
    """Whether the workspace holds any statement; False (not an error) when it does not exist yet."""
    full = database_url(url)
    if _absent(full):
        return False
    engine = _engine(full)
    try:
        with engine.connect() as conn:
            if not sa.inspect(conn).has_table("statements"):
                return False
            return conn.execute(sa.select(T_STATEMENTS.c.id).limit(1)).first() is not None
    except sa.exc.DBAPIError as exc:
        raise WorkspaceError(_scrub(f"cannot read workspace {redact(full)}: {exc.orig}", full)) from None


def load_statements(url=None) -> pd.DataFrame:
    from .schema import empty_statements

    full = database_url(url)
    if _absent(full):
        return empty_statements()
    return open_workspace(full).statements()


def version(url=None) -> str:
    full = database_url(url)
    if _absent(full):
        return "workspace:none"
    return open_workspace(full).version()


def dispose(url=None) -> None:
    """Close the pooled connections of one store (or of all), e.g. before dropping a database."""
    with _LOCK:
        keys = list(_ENGINES) if url is None else [database_url(url)]
        for k in keys:
            eng = _ENGINES.pop(k, None)
            _MIGRATED.discard(k)
            if eng is not None:
                eng.dispose()
