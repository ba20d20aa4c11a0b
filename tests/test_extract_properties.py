"""Property: the extractor never raises on text, and every proposal points at its quote."""
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stancetrack.extract import extract_text

WORDS = ["said", "told reporters", "according to", "Minister", "Anna Berg", "he", "she", "they", '"', "“", "”",
         "'", "oppose", "supports", "does not", "on Tuesday", "in February", "2008", "Q3 2024", "but", ",", ".",
         "\n\n", "<script>alert(1)</script>", "NATO", "the U.S.", "Ukraine", "Schröder", "已经", "ça", "—"]

texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(WORDS), max_size=80).map(" ".join),
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.sampled_from([None, "2025-06-25", "1999-12-31"]))
def test_extractor_never_raises_and_spans_hold(text, published):
    res = extract_text(text, published=published)
    df = res.statements
    assert isinstance(res.messages, list)
    for row in df.itertuples():
        assert text[row.start:row.end] == row.quote
        assert -2 <= row.stance <= 2
        assert 0 <= row.confidence <= 1
    if len(df):
        assert pd.api.types.is_datetime64_any_dtype(df["date"])
        dated = df["date"].notna()
        assert df.loc[dated, "date_precision"].notna().all()  # a date always says how precise it is
        assert (df.loc[dated, "date_end"] >= df.loc[dated, "date"]).all()
