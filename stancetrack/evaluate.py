"""Score proposed statements against gold (actor, stance sign, date window) triples."""
from __future__ import annotations

import re

import numpy as np
import pandas as pd


def _surname(name) -> str:
    if name is None or (not isinstance(name, str) and pd.isna(name)):
        return ""
    toks = re.findall(r"[\w’'\-]+", str(name).lower().replace("’", "'"))
    toks = [t[:-2] if t.endswith("'s") else t for t in toks]
    while len(toks) > 2 and toks[-1] in _COMPANY_SUFFIXES:  # "Coastline Timber Ltd." is "Coastline Timber"
        toks.pop()
    return toks[-1] if toks else ""


_COMPANY_SUFFIXES = {"ltd", "limited", "inc", "plc", "llc", "gmbh", "corp", "pty"}  # not "AG" (attorney general)


def _sign(v) -> int:
    try:
        v = float(v)
    except (TypeError, ValueError):
        return 0
    return (v > 0) - (v < 0)


def actor_match(pred: str, gold: str) -> bool:
    """Surname (last word) match, case-insensitive; either full name equal also counts."""
    if not pred or not gold:
        return False
    p, g = str(pred).strip().lower(), str(gold).strip().lower()
    return p == g or _surname(p) == _surname(g)


def _name_key(name) -> str:
    """Lower-case name for matching; "" for a missing or blank one (which matches nothing)."""
    if name is None or (not isinstance(name, str) and pd.isna(name)):
        return ""
    return str(name).strip().lower()


_EARLIEST, _LATEST = pd.Timestamp("1678-01-01"), pd.Timestamp("2261-12-31")


def _bound(v) -> pd.Timestamp | None:
    """A window bound as a Timestamp; one outside what nanoseconds can hold is clipped to 1678 or 2261."""
    if v is None or (not isinstance(v, str) and pd.isna(v)) or not str(v).strip():
        return None
    try:
        return min(max(pd.Timestamp(v), _EARLIEST), _LATEST)
    except (ValueError, OverflowError):
        head = str(v).strip()[:4]
        return _LATEST if head.isdigit() and int(head) > 2000 else _EARLIEST


def score(pred_df: pd.DataFrame, gold_df: pd.DataFrame) -> dict:
    """Precision, recall and F1 of (actor, stance sign, date in gold window) triples.

    Both frames may carry a ``file`` (or ``source``) column: matching is then
    within the same file.  Matching is greedy and one-to-one, in gold order,
    preferring the most confident prediction.  Each file's predictions are held
    as arrays, so a gold row is matched with one vector comparison.
    """
    pred = pred_df.copy()
    gold = gold_df.copy()
    if "file" not in pred.columns:
        pred["file"] = pred["source"] if "source" in pred.columns else ""
    if "file" not in gold.columns:
        gold["file"] = ""
    if "confidence" not in pred.columns:
        pred["confidence"] = 1.0
    pred = pred.reset_index(drop=True)
    pred["_sign"] = pred["stance"].map(_sign)
    pred["_date"] = pd.to_datetime(pred.get("date"), errors="coerce")
    pred["_full"] = pred["actor"].map(_name_key)
    pred["_surname"] = pred["actor"].map(_surname)
    pred["_file"] = pred["file"].astype(str)
    pred = pred.sort_values("confidence", ascending=False, kind="stable")
    files = {}
    for f, g in pred.groupby("_file", sort=False):
        files[f] = (g["_sign"].to_numpy(), g["_date"].to_numpy(dtype="datetime64[ns]"), g["_full"].to_numpy(),
                    g["_surname"].to_numpy(), np.zeros(len(g), dtype=bool))
    tp = 0
    for g in gold.itertuples(index=False):
        arrays = files.get(str(g.file))
        gactor = _name_key(g.actor)
        if arrays is None or not gactor:
            continue
        sign, date, full, sur, used = arrays
        gsur = _surname(gactor)
        ok = ~used & (sign == _sign(g.stance_sign)) & (full != "") & ((full == gactor) | ((sur == gsur) & (sur != "")))
        lo, hi = _bound(g.date_from), _bound(g.date_to)
        if lo is not None or hi is not None:
            ok &= ~np.isnat(date)
            if lo is not None:  # windows reaching past the nanosecond range (e.g. 9999-12-31) are clipped to it
                ok &= date >= np.datetime64(max(lo, _EARLIEST).as_unit("ns"))
            if hi is not None:
                ok &= date <= np.datetime64(min(hi, _LATEST).as_unit("ns"))
        hit = np.flatnonzero(ok)
        if len(hit):
            used[hit[0]] = True
            tp += 1
    fp = len(pred) - tp
    fn = len(gold) - tp
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
            "tp": tp, "fp": fp, "fn": fn}
