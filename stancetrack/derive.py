"""The timeline derived from statements: step series, shifts, topic periods.

A stance holds from its statement until the same actor's next statement on the
same topic. All functions are vectorised group operations; none loops over rows.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from .schema import STANCE_LABELS

PERIODS = {"month": "M", "quarter": "Q", "year": "Y"}
_KEYS = ["actor", "topic"]


def _sorted(statements: pd.DataFrame) -> pd.DataFrame:
    dated = statements[statements["date"].notna()]
    return dated.sort_values(_KEYS + ["date", "statement_id"], kind="stable")


def step_series(statements: pd.DataFrame) -> pd.DataFrame:
    """Each dated statement with the date its stance stops holding (``until``).

    ``until`` is the actor's next statement date on the topic, NaT for the last.
    """
    s = _sorted(statements)
    cols = ["statement_id", "actor", "topic", "stance", "date", "date_end", "date_precision"]
    out = s[cols].copy()
    out["until"] = s.groupby(_KEYS, sort=False, observed=True)["date"].shift(-1)
    return out.reset_index(drop=True)


def shifts(statements: pd.DataFrame) -> pd.DataFrame:
    """Consecutive statements of one actor on one topic whose stance differs."""
    s = _sorted(statements)
    g = s.groupby(_KEYS, sort=False, observed=True)
    prev = g[["stance", "date", "date_text", "quote", "statement_id", "date_precision"]].shift(1)
    changed = prev["stance"].notna() & (prev["stance"] != s["stance"])
    cur = s[changed]
    p = prev[changed]
    out = pd.DataFrame(
        {
            "actor": cur["actor"].astype(str),
            "topic": cur["topic"].astype(str),
            "from_stance": p["stance"].astype("Int8"),
            "to_stance": cur["stance"].astype("Int8"),
            "change": (cur["stance"].astype("int16") - p["stance"].astype("int16")).astype("Int8"),
            "from_date": p["date"],
            "to_date": cur["date"],
            "from_precision": p["date_precision"],
            "to_precision": cur["date_precision"],
            "from_date_text": p["date_text"],
            "to_date_text": cur["date_text"],
            "from_quote": p["quote"],
            "to_quote": cur["quote"],
            "from_id": p["statement_id"],
            "to_id": cur["statement_id"],
        }
    )
    return out.sort_values("to_date", ascending=False, kind="stable").reset_index(drop=True)


def format_period(date: pd.Series, precision: pd.Series) -> pd.Series:
    """A date shown at its precision: 2025-02 for a month, 2024-Q3, 2008."""
    d = pd.to_datetime(date)
    out = d.dt.strftime("%Y-%m-%d")
    prec = precision.astype(object).to_numpy()
    out = out.where(prec != "month", d.dt.strftime("%Y-%m"))
    out = out.where(prec != "quarter", d.dt.year.astype("Int64").astype(str) + "-Q" + d.dt.quarter.astype("Int64").astype(str))
    out = out.where(prec != "year", d.dt.strftime("%Y"))
    out = out.where(prec != "week", "week of " + d.dt.strftime("%Y-%m-%d"))
    return out


def describe_shifts(shift_table: pd.DataFrame, limit: int = 10) -> list[str]:
    """Plain-language lines: "United States: support → oppose, 2024-07 → 2025-02 (topic)"."""
    t = shift_table.head(limit)
    if t.empty:
        return []
    f = format_period(t["from_date"], t["from_precision"])
    to = format_period(t["to_date"], t["to_precision"])
    lab = lambda s: s.astype(int).map(STANCE_LABELS)  # noqa: E731
    lines = t["actor"] + ": " + lab(t["from_stance"]) + " → " + lab(t["to_stance"]) + ", " + f + " → " + to + " (" + t["topic"] + ")"
    return lines.tolist()


def latest_stance(statements: pd.DataFrame) -> pd.DataFrame:
    """Each actor's most recent statement per topic (their current stance)."""
    s = _sorted(statements)
    return s.groupby(_KEYS, sort=False, observed=True).tail(1).reset_index(drop=True)


def actor_periods(statements: pd.DataFrame, period: str = "month") -> pd.DataFrame:
    """Mean stance per actor, topic and period (for heatmaps and aggregated lines)."""
    s = statements[statements["date"].notna()]
    per = s["date"].dt.to_period(PERIODS[period]).dt.start_time
    g = s.assign(period=per, stance_f=s["stance"].astype("float64")).groupby(
        ["actor", "topic", "period"], observed=True, sort=True
    )
    out = g.agg(stance=("stance_f", "mean"), statements=("stance_f", "size"),
                first_id=("statement_id", "first")).reset_index()
    return out


def topic_periods(statements: pd.DataFrame, period: str = "month") -> pd.DataFrame:
    """Per topic and period: mean stance, spread between actors, counts.

    Spread is the standard deviation of the actors' mean stances in the period
    (0 when everyone agrees, up to 2 when two camps sit at -2 and +2): the
    polarization line.
    """
    ap = actor_periods(statements, period)
    if ap.empty:
        return pd.DataFrame(columns=["topic", "period", "mean_stance", "spread", "range", "actors",
                                     "statements", "support", "oppose", "neutral"])
    g = ap.groupby(["topic", "period"], observed=True, sort=True)
    out = g.agg(
        mean_stance=("stance", "mean"),
        smin=("stance", "min"),
        smax=("stance", "max"),
        actors=("actor", "nunique"),
        statements=("statements", "sum"),
    ).reset_index()
    out["range"] = out.pop("smax") - out.pop("smin")
    out.insert(3, "spread", g["stance"].std(ddof=0).to_numpy())
    sign = np.sign(ap["stance"])
    counts = ap.assign(support=sign > 0, oppose=sign < 0, neutral=sign == 0).groupby(
        ["topic", "period"], observed=True, sort=True)[["support", "oppose", "neutral"]].sum().reset_index(drop=True)
    return pd.concat([out, counts], axis=1)


def balance(statements: pd.DataFrame) -> pd.DataFrame:
    """Current balance per topic: how many actors now support / oppose / are neutral."""
    last = latest_stance(statements)
    if last.empty:
        return pd.DataFrame(columns=["topic", "stance", "label", "actors"])
    out = last.groupby(["topic", "stance"], observed=True).size().rename("actors").reset_index()
    out["label"] = out["stance"].astype(int).map(STANCE_LABELS)
    return out[["topic", "stance", "label", "actors"]]


def coverage(statements: pd.DataFrame) -> dict:
    """What a dataset covers, for the overview."""
    d = statements["date"]
    return {
        "statements": int(len(statements)),
        "actors": int(statements["actor"].nunique()),
        "topics": int(statements["topic"].nunique()),
        "sources": int(statements["source"].nunique()),
        "first": d.min() if d.notna().any() else None,
        "last": d.max() if d.notna().any() else None,
        "undated": int(d.isna().sum()),
    }
