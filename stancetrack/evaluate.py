"""Score proposed statements against gold (actor, stance sign, date window) triples."""
from __future__ import annotations

import re

import pandas as pd


def _surname(name) -> str:
    if name is None or (not isinstance(name, str) and pd.isna(name)):
        return ""
    toks = re.findall(r"[\w’'\-]+", str(name).lower().replace("’", "'"))
    toks = [t[:-2] if t.endswith("'s") else t for t in toks]
    return toks[-1] if toks else ""


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


def score(pred_df: pd.DataFrame, gold_df: pd.DataFrame) -> dict:
    """Precision, recall and F1 of (actor, stance sign, date in gold window) triples.

    Both frames may carry a ``file`` (or ``source``) column: matching is then
    within the same file.  Matching is greedy and one-to-one, in gold order,
    preferring the most confident prediction.
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
    order = pred.sort_values("confidence", ascending=False, kind="stable").index.tolist()
    used: set[int] = set()
    tp = 0
    for g in gold.itertuples(index=False):
        lo = pd.Timestamp(g.date_from) if pd.notna(g.date_from) and str(g.date_from) else None
        hi = pd.Timestamp(g.date_to) if pd.notna(g.date_to) and str(g.date_to) else None
        gsign = _sign(g.stance_sign)
        for i in order:
            if i in used:
                continue
            r = pred.loc[i]
            if str(r["file"]) != str(g.file) or r["_sign"] != gsign or not actor_match(r["actor"], g.actor):
                continue
            d = r["_date"]
            if lo is not None or hi is not None:
                if pd.isna(d) or (lo is not None and d < lo) or (hi is not None and d > hi):
                    continue
            used.add(i)
            tp += 1
            break
    fp = len(pred) - tp
    fn = len(gold) - tp
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
            "tp": tp, "fp": fp, "fn": fn}
