"""Property tests: normalize takes any table without raising and loses no row."""
import os

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stancetrack.columns import SYNONYMS
from stancetrack.io import InputError
from stancetrack.normalize import normalize
from stancetrack.schema import COLUMNS, REQUIRED_INPUT

NO_ALIASES = dict(actors=pd.DataFrame(columns=["name", "aliases"]), topics=pd.DataFrame(columns=["name", "aliases"]))

HEADERS = sorted({h for names in SYNONYMS.values() for h in names} | set(COLUMNS) | {"coder", "Extra", "date"})
cells = st.one_of(
    st.sampled_from(["", " ", "support", "oppose", "+1", "-2", "3", "yes", "abstain", "nan", "None", "<NA>",
                     "2024-05-01", "2024-02-30", "in February", "last Wednesday", "two years ago", "Q3 2024",
                     "1700", "2999-01-01", "99999999999999999999", "0000-00-00", "25 June 2025", "03/04/2024",
                     "the 1990s", "whenever", "Anna Berg", "Trump", "-1", "1e400", "12.5", "  padded  ", "Ünïcødé ✓"]),
    st.text(max_size=12),
    st.integers(min_value=-10**20, max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.none(),
    st.dates(min_value=pd.Timestamp("1000-01-01").date(), max_value=pd.Timestamp("9999-12-31").date()).map(str),
    st.integers(min_value=1, max_value=99999).map(lambda y: f"{y}-01-01"),
)


@st.composite
def tables(draw):
    n_cols = draw(st.integers(min_value=1, max_value=7))
    headers = draw(st.lists(st.sampled_from(HEADERS), min_size=n_cols, max_size=n_cols, unique=True))
    if draw(st.integers(0, 9)) < 8:  # mostly usable tables: one spelling of each required column
        for col in REQUIRED_INPUT:
            h = draw(st.sampled_from(SYNONYMS[col]))
            if h not in headers:
                headers.append(h)
    n_rows = draw(st.integers(min_value=1, max_value=12))
    data = {h: draw(st.lists(cells, min_size=n_rows, max_size=n_rows)) for h in headers}
    as_text = draw(st.booleans())  # as read_table gives it (text), or mixed objects (Excel/JSON)
    df = pd.DataFrame(data, dtype=object)
    if as_text:
        df = df.astype(str).astype("str")
    if draw(st.booleans()) and len(df.columns):
        df[df.columns[0]] = df[df.columns[0]].astype("category")
    return df


@settings(max_examples=int(os.environ.get("PROPERTY_EXAMPLES", 60)), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(df=tables(), day_first=st.booleans(), published=st.sampled_from([None, "2025-06-25", "1900-01-01"]))
def test_normalize_never_raises_and_keeps_every_row(df, day_first, published):
    try:
        r = normalize(df, published=published, day_first=day_first, suggest=False, **NO_ALIASES)
    except InputError as exc:
        assert "missing required column" in str(exc) or "--map" in str(exc)
        return
    assert len(r.statements) + len(r.rejects) == len(df)
    assert list(r.statements.columns) == COLUMNS
    assert r.statements["statement_id"].is_unique
    assert r.rejects["reason"].notna().all()
    assert sorted(r.rejects["row"].tolist() + []) == sorted(set(r.rejects["row"].tolist()))


def test_missing_required_columns_raise_input_error_only():
    for missing in REQUIRED_INPUT:
        df = pd.DataFrame({c: ["x"] for c in REQUIRED_INPUT if c != missing})
        with pytest.raises(InputError):
            normalize(df, **NO_ALIASES)
