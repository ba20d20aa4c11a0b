"""Scale work keeps results: distinct-string reuse equals row-by-row parsing.

Small sizes so this runs in seconds; ``python -m benchmarks`` does the big ones.
"""
import numpy as np
import pandas as pd
import pytest

from benchmarks import synth
from stancetrack import derive
from stancetrack.dates import _clean, _dateparser, resolve_dates, resolve_one
from stancetrack.normalize import normalize
from stancetrack.schema import COLUMNS, STATEMENT_SCHEMA


@pytest.fixture(scope="module")
def table():
    return synth.statements(6_000, seed=3)


@pytest.fixture(scope="module")
def result(table):
    df, actors, topics = table
    return normalize(df, actors=actors, topics=topics, suggest=False)


def test_synthetic_table_is_what_the_benchmark_claims(table):
    df, actors, topics = table
    assert len(df) == 6_000 and len(actors) == 2_000
    assert df["date"].nunique() > 1_000
    assert (df["date"] == "").any() and df["date"].str.contains("ago").any() and df["date"].str.startswith("Q").any()
    again, _, _ = synth.statements(6_000, seed=3)
    pd.testing.assert_frame_equal(df, again)  # seeded


def test_every_row_accounted_for(table, result):
    assert len(result.statements) + len(result.rejects) == len(table[0])
    assert 0 < len(result.rejects) < 0.03 * len(table[0])
    assert list(result.statements.columns) == COLUMNS
    STATEMENT_SCHEMA.validate(result.statements)


def test_dates_equal_row_by_row_resolution_on_a_random_sample(table):
    """Each sampled row resolved on its own (no reuse across rows) gives the same answer."""
    df, _, _ = table
    pick = np.random.default_rng(11).choice(len(df), 150, replace=False)
    texts = df["date"].iloc[pick].reset_index(drop=True)
    pubs = pd.to_datetime(df["published"].iloc[pick], errors="coerce").reset_index(drop=True)
    together = resolve_dates(df["date"], pd.to_datetime(df["published"], errors="coerce")).iloc[pick]
    for (t, p), (_, got) in zip(zip(texts, pubs), together.iterrows()):
        one = resolve_one(t, p)
        for k in ("date", "date_end", "date_precision", "date_basis", "date_error"):
            a, b = one[k], got[k]
            b = None if (b is None or (not isinstance(b, str) and pd.isna(b))) else b
            assert a == b, (t, p, k, a, b)


def test_relative_phrases_equal_direct_dateparser_calls(table):
    """Rules learnt from three probes reproduce a direct dateparser call for each row's publication date."""
    df, _, _ = table
    rel = df[df["date"].isin(synth.relative_phrases())]
    rel = rel.sample(120, random_state=5)
    pubs = pd.to_datetime(rel["published"])
    got = resolve_dates(rel["date"], pubs)
    for t, p, d in zip(rel["date"], pubs, got["date"]):
        expect, period = _dateparser.__wrapped__(_clean(t), p.date())
        expect = pd.Timestamp(expect)
        if period == "week":
            expect = expect - pd.Timedelta(days=expect.weekday())
        if expect > p:
            assert pd.isna(d), (t, p, d)
        else:
            assert d == expect, (t, p, d, expect)


def test_years_ago_rule_matches_dateparser_on_every_day_of_a_year():
    pubs = pd.Series(pd.date_range("2023-12-01", "2024-03-31", freq="D"))
    for phrase in ("two years ago", "last year", "10 years ago"):
        got = resolve_dates(pd.Series([phrase] * len(pubs)), pubs)
        for p, d in zip(pubs, got["date"]):
            assert d == pd.Timestamp(_dateparser.__wrapped__(phrase, p.date())[0]), (phrase, p, d)


def test_categorical_text_columns_and_derivations(result):
    s = result.statements
    for c in ("actor", "topic", "source", "quote", "date_text"):
        assert isinstance(s[c].dtype, pd.CategoricalDtype), c
    assert list(s["actor"].cat.categories) == sorted(s["actor"].cat.categories)
    assert not (s["actor"].value_counts() == 0).any()  # no categories left over from rejected rows
    steps = derive.step_series(s)
    assert len(steps) == s["date"].notna().sum()
    ref = s[s["date"].notna()].astype({"actor": str, "topic": str}).sort_values(
        ["actor", "topic", "date", "statement_id"], kind="stable")
    assert list(steps["statement_id"]) == list(ref["statement_id"])
    nxt = ref.groupby(["actor", "topic"])["date"].shift(-1)
    assert steps["until"].equals(nxt.reset_index(drop=True).rename("until"))


def test_generated_ids_are_the_row_hash():
    df = pd.DataFrame({"actor": ["A", "B", "A", None], "topic": ["T", "T", "T", "T"], "stance": ["yes", 1, "yes", "no"],
                       "x": [1.5, None, 1.5, 2.0]})
    r = normalize(df, published="2024-01-01", actors=pd.DataFrame(columns=["name", "aliases"]),
                  topics=pd.DataFrame(columns=["name", "aliases"]), suggest=False)
    h = pd.util.hash_pandas_object(df, index=False).to_numpy() >> np.uint64(16)
    assert list(r.statements["statement_id"]) == ["s" + str(h[0]), "s" + str(h[1])]
    assert list(r.rejects["reason"]) == ["duplicate of row 1", "empty actor"]


def test_resolve_few_equals_resolve_dates(table):
    """The extractor's small-batch path applies the same rules as the vectorised one, flags and errors included."""
    from stancetrack.dates import resolve_few

    df, _, _ = table
    texts = df["date"].iloc[:1_500].tolist() + ["", None, "last Wednesday", "in February", "2008", "next month", "1700"]
    pubs = [pd.Timestamp("2025-06-25"), pd.Timestamp("2019-03-01"), pd.Timestamp("2024-02-29"), None]
    for pub in pubs:
        many = resolve_dates(pd.Series(texts, dtype=object), pub)
        few = pd.DataFrame(resolve_few(texts, pub))
        for k in ("date", "date_end", "date_precision", "date_basis", "date_flag", "date_error"):
            a = many[k].astype(object).where(many[k].notna(), None).tolist()
            b = few[k].astype(object).where(few[k].notna(), None).tolist()
            bad = [(t, x, y) for t, x, y in zip(texts, a, b) if x != y]
            assert not bad, (pub, k, bad[:5])
