"""Folding actor and topic spellings to one name.

Rules, in order: the alias tables in ``data/`` (exact, case-insensitive); a
surname-only mention folds into the one full name in the same data that ends
with it; fuzzy near-duplicates are *suggested* (rapidfuzz), never merged.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def load_alias_table(path: Path | str | None) -> pd.DataFrame:
    """Read actors.csv / topics.csv (name, aliases with '|' between them, ...)."""
    if path is None or not Path(path).exists():
        return pd.DataFrame(columns=["name", "aliases"])
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    df.columns = [c.strip().lower() for c in df.columns]
    return df


def default_actors() -> pd.DataFrame:
    return load_alias_table(DATA_DIR / "actors.csv")


def default_topics() -> pd.DataFrame:
    return load_alias_table(DATA_DIR / "topics.csv")


def alias_map(table: pd.DataFrame) -> dict[str, str]:
    """lower-cased spelling -> canonical name."""
    out: dict[str, str] = {}
    if table is None or table.empty:
        return out
    for name, aliases in zip(table["name"], table.get("aliases", pd.Series("", index=table.index))):
        name = str(name).strip()
        if not name:
            continue
        out.setdefault(name.lower(), name)
        for a in str(aliases or "").split("|"):
            a = a.strip()
            if a:
                out.setdefault(a.lower(), name)
    return out


def fold_names(values: pd.Series, table: pd.DataFrame | None, *, surnames: bool = False) -> tuple[pd.Series, pd.DataFrame]:
    """Canonical names for ``values``; also returns the folds made (from, to, rule, rows).

    Each distinct spelling is looked at once.
    """
    codes, uniques = pd.factorize(values, sort=False)
    uniq = pd.Series(uniques, dtype=object)
    amap = alias_map(table) if table is not None else {}
    canon = uniq.map(lambda u: amap.get(str(u).strip().lower(), u))
    rule = pd.Series(np.where(canon != uniq, "alias table", None), dtype=object)
    if surnames:
        names = set(canon)
        full = [n for n in names if " " in str(n)]
        by_last: dict[str, list[str]] = {}
        for n in full:
            by_last.setdefault(str(n).split()[-1].lower(), []).append(n)
        single = canon.map(lambda n: " " not in str(n))
        for i in np.flatnonzero(single.to_numpy()):
            hits = by_last.get(str(canon.iat[i]).lower(), [])
            if len(hits) == 1:
                canon.iat[i] = hits[0]
                rule.iat[i] = "surname"
    counts = np.bincount(codes[codes >= 0], minlength=len(uniq))
    changed = (canon != uniq).to_numpy()
    folds = pd.DataFrame(
        {"from": uniq[changed].to_numpy(), "to": canon[changed].to_numpy(), "rule": rule[changed].to_numpy(),
         "rows": counts[changed]}
    )
    out = pd.Series(canon.to_numpy(dtype=object)[codes], index=values.index, dtype=object)
    out[codes < 0] = None
    return out, folds


def attributes(values: pd.Series, table: pd.DataFrame | None, column: str) -> pd.Series:
    """A column of the alias table (e.g. type, affiliation) for each canonical name."""
    if table is None or table.empty or column not in table:
        return pd.Series(None, index=values.index, dtype=object)
    lookup = dict(zip(table["name"].str.strip(), table[column].replace("", None)))
    return values.map(lookup)


def fuzzy_suggestions(values: pd.Series, *, kind: str = "actor", threshold: float = 88.0,
                      limit: int = 3000) -> pd.DataFrame:
    """Pairs of distinct names that look like spellings of one name.

    Suggestions only: merging is the user's call (the Manage view). The most
    frequent ``limit`` names are compared, which keeps this cheap on 1M rows.
    """
    from rapidfuzz import fuzz, process

    counts = values.value_counts()
    names = [str(n) for n in counts.index[:limit]]
    cols = ["kind", "name", "similar_to", "score", "name_rows", "similar_rows"]
    if len(names) < 2:
        return pd.DataFrame(columns=cols)
    keys = [n.lower().replace(".", "").strip() for n in names]
    scores = process.cdist(keys, keys, scorer=fuzz.token_sort_ratio, score_cutoff=threshold, workers=1)
    i, j = np.nonzero(np.triu(scores, k=1))
    out = pd.DataFrame(
        {
            "kind": kind,
            "name": [names[a] for a in i],
            "similar_to": [names[b] for b in j],
            "score": scores[i, j].round(1),
            "name_rows": counts.to_numpy()[i],
            "similar_rows": counts.to_numpy()[j],
        },
        columns=cols,
    )
    return out.sort_values("score", ascending=False, ignore_index=True)
