"""Selecting statements for a view: the filters every page shares."""
from __future__ import annotations

import re

import pandas as pd


def _by_size(values: pd.Series) -> list[str]:
    """Distinct values, most frequent first; categories with no rows left out."""
    vc = values.value_counts()
    return [str(v) for v in vc.index[vc.to_numpy() > 0]]


_CATCH_ALL = re.compile(r"^(?:(?:other|others)(?:\s+\w+)?|misc\.?|miscellaneous|unspecified|general|unknown|n/?a)$",
                        re.I)


def topics_by_size(statements: pd.DataFrame) -> list[str]:
    """Most statements first, but a catch-all ("Other resolutions", "unspecified") last: it is no topic to
    open a dataset on."""
    names = _by_size(statements["topic"])
    return [t for t in names if not _CATCH_ALL.match(t)] + [t for t in names if _CATCH_ALL.match(t)]


def actors_by_size(statements: pd.DataFrame, topic: str | None = None) -> list[str]:
    s = statements if not topic else statements[statements["topic"] == topic]
    return _by_size(s["actor"])


def actors_as_they_appear(statements: pd.DataFrame) -> list[str]:
    """Every actor in the order of first appearance: an import adds new ones at the end."""
    col = statements["actor"]
    if isinstance(col.dtype, pd.CategoricalDtype):  # 1.1 million UN votes: their codes, not 1.1 million strings
        codes = pd.unique(col.cat.codes.to_numpy())
        return [str(a) for a in col.cat.categories[codes[codes >= 0]]]
    return list(col.astype(str).unique())


def default_actors(statements: pd.DataFrame, topic: str | None, top_n: int | None) -> list[str]:
    """All actors for small datasets; the ``top_n`` most vocal on the topic for big ones."""
    names = actors_by_size(statements, topic)
    return names if top_n is None else names[:top_n]


def _of_actors_with(statements: pd.DataFrame, column: str, values: list[str]) -> pd.Series:
    """Rows whose ``column`` is one of ``values``, and the rows of the same actors that leave it blank.

    An affiliation or a type belongs to the actor: a politician's statements taken from an article carry
    no party, and filtering by the party must not drop them while keeping those from a spreadsheet."""
    col = statements[column]
    own = col.isin(values)
    members = statements.loc[own.to_numpy(), "actor"].unique()
    return own | (col.isna() & statements["actor"].isin(members))


def select(
    statements: pd.DataFrame,
    *,
    topic: str | None = None,
    actors: list[str] | None = None,
    actor_types: list[str] | None = None,
    affiliations: list[str] | None = None,
    start=None,
    end=None,
    search: str | None = None,
) -> pd.DataFrame:
    """Rows matching every given filter (``None`` or empty means no filter)."""
    mask = pd.Series(True, index=statements.index)
    if topic:
        mask &= statements["topic"] == topic
    if actors:
        mask &= statements["actor"].isin(actors)
    if actor_types:
        mask &= _of_actors_with(statements, "actor_type", actor_types)
    if affiliations:
        mask &= _of_actors_with(statements, "affiliation", affiliations)
    if start is not None:
        mask &= statements["date"].isna() | (statements["date_end"].fillna(statements["date"]) >= pd.Timestamp(start))
    if end is not None:
        mask &= statements["date"].isna() | (statements["date"] <= pd.Timestamp(end))
    if search:
        needle = search.strip()
        if needle:
            hit = pd.Series(False, index=statements.index)
            for c in ("quote", "actor", "topic", "source", "notes", "statement_id"):
                hit |= statements[c].astype("string").str.contains(needle, case=False, regex=False, na=False)
            mask &= hit
    return statements[mask.to_numpy()]
