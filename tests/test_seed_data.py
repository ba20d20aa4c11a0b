"""Integrity checks for the bundled data files (data/, seeds/)."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest

from stancetrack.schema import STANCE_MAX, STANCE_MIN

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "data"
SEEDS = ROOT / "seeds"

RAW_COLUMNS = [
    "statement_id", "actor", "actor_type", "affiliation", "topic", "stance",
    "date", "quote", "source", "published", "notes",
]
STATEMENT_COLUMNS = [
    "statement_id", "actor", "actor_type", "affiliation", "topic", "stance", "date_text",
    "published", "quote", "source", "start", "end", "reported_by", "notes",
]


def _csv(name: str) -> pd.DataFrame:
    return pd.read_csv(DATA / name, dtype=str, keep_default_na=False, encoding="utf-8")


@pytest.fixture(scope="module")
def statements() -> pd.DataFrame:
    return _csv("statements.csv")


@pytest.fixture(scope="module")
def actors() -> pd.DataFrame:
    return _csv("actors.csv")


@pytest.fixture(scope="module")
def topics() -> pd.DataFrame:
    return _csv("topics.csv")


# --- seed statements ---------------------------------------------------------
def test_statement_columns(statements):
    assert list(statements.columns) == STATEMENT_COLUMNS
    assert len(statements) >= 10


def test_quotes_match_offsets(statements):
    for row in statements.itertuples():
        path = SEEDS / row.source
        assert path.is_file(), f"{row.statement_id}: missing seed file {row.source}"
        text = path.read_text(encoding="utf-8")
        start, end = int(row.start), int(row.end)
        assert text[start:end] == row.quote, row.statement_id


def test_statement_ids_unique(statements):
    assert statements["statement_id"].is_unique
    assert (statements["statement_id"] != "").all()


def test_stance_in_range(statements):
    stance = statements["stance"].astype(int)
    assert stance.between(STANCE_MIN, STANCE_MAX).all()


def test_published_and_date_text(statements):
    assert (statements["published"] == "2025-06-25").all()
    for row in statements.itertuples():
        if row.date_text:
            text = (SEEDS / row.source).read_text(encoding="utf-8")
            assert row.date_text in text, row.statement_id


def test_actors_known(statements, actors):
    known = set(actors["name"])
    for aliases in actors["aliases"]:
        known.update(a for a in aliases.split("|") if a)
    missing = set(statements["actor"]) - known
    assert not missing
    assert set(statements["reported_by"].replace("", pd.NA).dropna()) <= known


def test_topics_known(statements, topics):
    assert set(statements["topic"]) <= set(topics["name"])
    assert topics["name"].is_unique
    assert (topics["proposition"] != "").all() and (topics["keywords"] != "").all()
    assert len(topics) >= 12


def test_actor_types(actors):
    assert set(actors["type"]) <= {"person", "country", "organization", "government"}
    assert actors["name"].is_unique


def test_required_seed_statements(statements):
    s = statements.set_index(["actor", "topic"])
    m = "Ukraine NATO membership"
    assert int(s.loc[("Russia", m), "stance"]) == -2
    assert int(s.loc[("Donald Trump", m), "stance"]) < 0
    assert int(s.loc[("Pete Hegseth", m), "stance"]) < 0
    for who in ("Hungary", "Slovakia", "United States", "Biden administration"):
        row = s.loc[(who, m)]
        assert int(row["stance"]) < 0 and row["reported_by"] == "Mark Rutte"
    nato = statements[(statements["actor"] == "NATO") & (statements["topic"] == m)]
    assert {"2008", "today"} <= set(nato["date_text"])
    assert 0 in set(nato["stance"].astype(int))


def test_seed_copy_and_meta():
    text = (SEEDS / "000_e094d77fce59dbd2.txt").read_bytes()
    shared = ROOT.parent / "shared" / "seeds" / "000_e094d77fce59dbd2.txt"
    if shared.exists():
        assert text == shared.read_bytes()
    assert text.startswith(b" date 2025-06-25")
    meta = json.loads((SEEDS / "000_e094d77fce59dbd2.meta.json").read_text(encoding="utf-8"))
    assert meta["file"] == "000_e094d77fce59dbd2.txt"
    assert meta["published"] == "2025-06-25" and meta["language"] == "en"


# --- converted external datasets -------------------------------------------
def test_unvotes_parquet():
    df = pd.read_parquet(DATA / "unvotes.parquet")
    assert list(df.columns) == RAW_COLUMNS
    assert len(df) == 1_123_506
    assert int((df["topic"] == "Other resolutions").sum()) == 265_628
    assert df["statement_id"].is_unique
    assert set(df["stance"].astype(str)) == {"yes", "no", "abstain"}
    assert df["date"].notna().all()
    assert df["date"].astype(str).str.fullmatch(r"\d{4}-\d{2}-\d{2}").all()
    assert (DATA / "unvotes.parquet").stat().st_size < 15_000_000
    # every vote survives: one vote = (roll call, country)
    rcid = df["statement_id"].str.split("-", n=2).str[1]
    assert pd.DataFrame({"r": rcid, "a": df["actor"].astype(str)}).drop_duplicates().shape[0] == 870_109


def test_nuclear_parquet():
    df = pd.read_parquet(DATA / "nuclear2011.parquet")
    assert list(df.columns) == RAW_COLUMNS
    assert len(df) == 1_164
    assert df["statement_id"].is_unique
    assert set(df["stance"].astype(int)) == {-1, 1}
    assert int((df["stance"].astype(int) == 1).sum()) == 913
    assert df["topic"].nunique() == 54
    assert df["actor"].nunique() == 337
    dates = df["date"].astype(str)
    assert dates.min() == "2011-03-11" and dates.max() == "2011-06-30"


def test_nuclear_topics_english():
    df = pd.read_parquet(DATA / "nuclear2011.parquet")
    topics = set(df["topic"].astype(str))
    german = set(df["notes"].str.extract(r"the concept “([^”]+)” \(German original\)")[0])
    assert len(german) == 54
    assert not (topics & german - {"Moratorium"}), "topics must be translated"
    # no German-only characters or typical German words in the English names
    for t in topics:
        assert not re.search(r"[äöüÄÖÜß]|\b(der|die|das|und|von|für|als|auf)\b", t), t


def test_sources_md_mentions_licences():
    text = (DATA / "SOURCES.md").read_text(encoding="utf-8")
    for needle in ("MIT", "CC0", "dgrtwo/unvotes", "stocnet/manynet", "7eb7034314ff79c49c9e0785fcd9d216fa04cf14",
                   "doi:10.1017/nws.2022.31", "hdl:1902.1/12379"):
        assert needle in text, needle
    for name in ("unvotes.SOURCE.txt", "nuclear2011.SOURCE.txt"):
        assert (DATA / name).is_file()
