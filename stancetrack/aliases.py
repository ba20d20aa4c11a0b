"""Folding actor and topic spellings to one name.

Rules, in order: the alias tables in ``data/`` (exact, case-insensitive); a
surname-only mention folds into the one full name in the same data that ends
with it; fuzzy near-duplicates are *suggested* (rapidfuzz), never merged.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from .countries import COUNTRIES

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


_NOT_A_PERSON_FIRST = {"south", "north", "east", "west", "new", "federal", "republic", "democratic", "united",
                       "people's", "islamic", "kingdom", "state", "the", "central", "upper", "lower", "great"}


_PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "bin", "al", "el", "dos", "del"}


def _looks_like_full_name(name: str) -> bool:
    """"Amara Okafor", "Ursula von der Leyen"; not "South Sudan", "Wähler von SPD" or a list with commas."""
    toks = name.split()
    return (2 <= len(toks) <= 4 and "," not in name and toks[0].lower() not in _NOT_A_PERSON_FIRST
            and not any(t.isupper() and len(t) > 1 for t in toks)
            and all(t[:1].isupper() or t in _PARTICLES for t in toks))


def fold_names(values: pd.Series, table: pd.DataFrame | None, *, surnames: bool = False,
               types: pd.Series | None = None) -> tuple[pd.Series, pd.DataFrame]:
    """Canonical names for ``values``; also returns the folds made (from, to, rule, rows).

    Each distinct spelling is looked at once. With ``surnames``, a lone surname joins the one full name that
    ends with it ("Okafor" -> "Amara Okafor") -- people only: a country is never a surname ("Sudan" is not
    "South Sudan", "Germany" not "Federal Republic of Germany"), and rows typed as a country or an
    organisation (``types``) are left as they are.
    """
    codes, uniques = pd.factorize(values, sort=False)
    uniq = pd.Series(pd.Index(uniques).astype(object).to_numpy(), dtype=object)
    amap = alias_map(table) if table is not None else {}
    canon = uniq.astype(str).str.strip().str.lower().map(amap).fillna(uniq) if amap else uniq.copy()
    canon = canon.astype(object)
    rule = pd.Series(np.where(canon != uniq, "alias table", None), dtype=object)
    if surnames:
        kind = np.full(len(uniq), None, dtype=object)
        if types is not None:
            first = pd.Series(types.to_numpy(dtype=object)).groupby(codes).first()
            first = first[first.index >= 0]
            kind[first.index.to_numpy()] = first.to_numpy()
        personal = np.array([(k is None or (isinstance(k, float) and k != k) or str(k).lower() == "person")
                             and str(n).lower() not in COUNTRIES for k, n in zip(kind, canon)], dtype=bool)
        names = set(canon[personal])
        full = [n for n in names if _looks_like_full_name(str(n))]
        by_last: dict[str, list[str]] = {}
        for n in full:
            by_last.setdefault(str(n).split()[-1].lower(), []).append(n)
        single = np.array([" " not in str(n) and not str(n).isupper() for n in canon], dtype=bool) & personal
        for i in np.flatnonzero(single):
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
    return _categorical(codes, canon.to_numpy(dtype=object), values.index), folds


def _categorical(codes: np.ndarray, values: np.ndarray, index) -> pd.Series:
    """Row i is ``values[codes[i]]`` (code -1 and None are missing), as a categorical."""
    vcodes, cats = pd.factorize(pd.Series(values, dtype=object), sort=False)
    out = np.where(codes >= 0, vcodes[np.maximum(codes, 0)] if len(vcodes) else -1, -1)
    return pd.Series(pd.Categorical.from_codes(out, categories=pd.Index(cats, dtype="str")), index=index)


def attributes(values: pd.Series, table: pd.DataFrame | None, column: str) -> pd.Series:
    """A column of the alias table (e.g. type, affiliation) for each canonical name (a categorical)."""
    codes, uniques = pd.factorize(values, sort=False)
    if table is None or table.empty or column not in table:
        return _categorical(np.full(len(values), -1), np.array([], dtype=object), values.index)
    lookup = dict(zip(table["name"].str.strip(), table[column].replace("", None)))
    got = pd.Series(pd.Index(uniques).astype(object).to_numpy(), dtype=object).map(lookup)
    got = got.astype(object).where(got.notna(), None).to_numpy(dtype=object)
    return _categorical(codes, got, values.index)


# Letters after a name ("Tom Hadley MP", "Jane Roe KC"): stripped before the last word is compared.
_POST_NOMINALS = {"mp", "mep", "msp", "ms", "mla", "td", "qc", "kc", "mbe", "obe", "cbe", "phd", "md", "jr", "sr",
                  "cllr", "am", "ma", "esq"}


def _short_first_names(keys: list[str]) -> list[tuple[int, int]]:
    """Pairs of two-or-more-word names with the same last word whose first words are one the start of the
    other (dan/daniel, d/daniel, chris/christopher), or one of which is the other with a title before it
    ("mayor diane kessler", "diane kessler") or letters after it ("tom hadley mp", "tom hadley"): too far
    apart for a string score, often one person."""
    by_last: dict[str, list[int]] = {}
    keys = list(keys)
    for k, key in enumerate(keys):
        words = key.replace(",", " ").split()
        while len(words) > 2 and words[-1] in _POST_NOMINALS:
            words.pop()
        keys[k] = " ".join(words)
        if len(words) >= 2:
            by_last.setdefault(words[-1], []).append(k)
    pairs = []
    for group in by_last.values():
        for x, a in enumerate(group):
            fa = keys[a].split()[0]
            for b in group[x + 1:]:
                fb = keys[b].split()[0]
                if ((fa != fb and (fa.startswith(fb) or fb.startswith(fa))) or keys[a] == keys[b]
                        or keys[a].endswith(" " + keys[b]) or keys[b].endswith(" " + keys[a])):
                    pairs.append((a, b))
    return pairs


def fuzzy_suggestions(values: pd.Series, *, kind: str = "actor", threshold: float = 88.0,
                      limit: int = 3000) -> pd.DataFrame:
    """Pairs of distinct names that look like spellings of one name.

    Suggestions only: merging is the user's call (the Manage view). The most
    frequent ``limit`` names are compared, which keeps this cheap on 1M rows.
    """
    # Counts in order of first appearance, most frequent first (ties keep that order).
    codes, uniques = pd.factorize(values, sort=False)
    counts = pd.Series(np.bincount(codes[codes >= 0], minlength=len(uniques)),
                       index=pd.Index(uniques).astype(object)).sort_values(ascending=False, kind="stable")
    return _suggest(counts, kind, threshold, limit)


def _fuzzy_key(name: str) -> str:
    """A name as the fuzzy comparison reads it: "D. Okoye" and "d okoye" alike."""
    return name.lower().replace(".", "").strip()


def similar_to_known(new, known, threshold: float = 88.0) -> pd.DataFrame:
    """New actor names (an article's proposals) that look like names already known (a workspace's), other
    than themselves: "Tom Hadley" ~ "Tom Hadley MP". Only new × known is compared, so a big workspace costs
    little."""
    from rapidfuzz import fuzz, process

    known_set = set(map(str, known))
    new = [str(n) for n in dict.fromkeys(new) if str(n) not in known_set]
    known = [str(k) for k in dict.fromkeys(known)]
    cols = ["name", "similar_to", "score"]
    if not new or not known:
        return pd.DataFrame(columns=cols)
    nk, kk = [_fuzzy_key(n) for n in new], [_fuzzy_key(k) for k in known]
    scores = process.cdist(nk, kk, scorer=fuzz.token_sort_ratio, score_cutoff=threshold, workers=1)
    for a, b in _short_first_names(nk + kk):  # titles and letters: "mayor diane kessler", "tom hadley mp"
        lo, hi = min(a, b), max(a, b)
        if lo < len(nk) <= hi and not scores[lo, hi - len(nk)]:
            scores[lo, hi - len(nk)] = fuzz.token_sort_ratio(nk[lo], kk[hi - len(nk)])
    i, j = np.nonzero(scores)
    out = pd.DataFrame({"name": [new[a] for a in i], "similar_to": [known[b] for b in j],
                        "score": scores[i, j].round(1)}, columns=cols)
    return out.sort_values("score", ascending=False, ignore_index=True)


def name_suggestions(names: pd.DataFrame, kind: str = "actor") -> pd.DataFrame:
    """``fuzzy_suggestions`` for a table of names and their statement counts (a workspace's ``names``): where
    spellings from different imports meet."""
    counts = pd.Series(names["statements"].to_numpy(), index=pd.Index(names["name"].astype(object)))
    return _suggest(counts.sort_values(ascending=False, kind="stable"), kind, 88.0, 3000)


def _suggest(counts: pd.Series, kind: str, threshold: float, limit: int) -> pd.DataFrame:
    from rapidfuzz import fuzz, process

    names = [str(n) for n in counts.index[:limit]]
    cols = ["kind", "name", "similar_to", "score", "name_rows", "similar_rows"]
    if len(names) < 2:
        return pd.DataFrame(columns=cols)
    keys = [_fuzzy_key(n) for n in names]
    scores = process.cdist(keys, keys, scorer=fuzz.token_sort_ratio, score_cutoff=threshold, workers=1)
    if kind == "actor":  # "Dan Okoye", "D. Okoye", "Mayor Daniel Okoye" and "Daniel Okoye": likely one person
        for a, b in _short_first_names(keys):
            if not scores[a, b]:
                scores[min(a, b), max(a, b)] = fuzz.token_sort_ratio(keys[a], keys[b])
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
