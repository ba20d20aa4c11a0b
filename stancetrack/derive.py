"""The timeline derived from statements: step series, shifts, topic periods.

A stance holds from its statement until the same actor's next statement on the
same topic. All functions are vectorised group operations; none loops over rows.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from .schema import PRECISIONS, STANCE_LABELS
from .stance import nearest_point

PERIODS = {"week": "W-SUN", "month": "M", "quarter": "Q", "year": "Y"}  # a week runs Monday to Sunday
_KEYS = ["actor", "topic"]


def _rank(s: pd.Series) -> np.ndarray:
    """Integer keys that sort like the values (missing last); cheap for categoricals."""
    if isinstance(s.dtype, pd.CategoricalDtype):
        cats = s.cat.categories.to_numpy(dtype=object)
        crank = np.empty(len(cats) + 1, dtype=np.int64)
        crank[np.argsort(cats.astype(str), kind="stable")] = np.arange(len(cats))
        crank[-1] = len(cats)  # code -1 (missing) sorts last
        return crank[s.cat.codes.to_numpy()]
    if pd.api.types.is_datetime64_any_dtype(s.dtype):
        v = s.to_numpy(dtype="datetime64[ns]").view("int64")
        return np.where(v == np.iinfo(np.int64).min, np.iinfo(np.int64).max, v)
    arr = getattr(s.array, "_pa_array", None)
    if arr is not None and s.notna().all():
        import pyarrow.compute as pc

        # Dense ranks: equal values share a key (positions in a sort would split a group of equal names).
        return pc.rank(arr, sort_keys="ascending", tiebreaker="dense").to_numpy().astype(np.int64) - 1
    codes, _ = pd.factorize(s, sort=True)
    return np.where(codes < 0, len(_), codes)


def _as_str(s: pd.Series) -> np.ndarray:
    """Values as str (categoricals: each category converted once)."""
    if isinstance(s.dtype, pd.CategoricalDtype):
        cats = np.append(s.cat.categories.astype(str).to_numpy(dtype=object), "nan")
        return pd.array(cats[s.cat.codes.to_numpy()], dtype="str")
    return s.astype(str).to_numpy()


def _order(statements: pd.DataFrame) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Dated rows sorted by actor, topic, date, statement_id (stable).

    Returns the row positions and, for the sorted rows, whether each one starts
    a new actor/topic group and whether it ends one.
    """
    dated = np.flatnonzero(statements["date"].notna().to_numpy())
    s = statements.iloc[dated]
    a, t = _rank(s["actor"]), _rank(s["topic"])
    pair = a * (int(t.max()) + 1 if len(t) else 1) + t  # one key for (actor, topic)
    d = _rank(s["date"])
    day = np.int64(86_400_000_000_000)
    span = (int(d.max() - d.min()) // int(day) + 1) if len(d) else 1
    if len(d) and not (d % day).any() and (int(pair.max()) + 1) * span < 2**62:
        key = pair * span + (d - d.min()) // day  # (actor, topic, day) in one integer
        order = np.argsort(key, kind="stable")
        ks = key[order]
        tie = np.zeros(len(order), dtype=bool)
        same = ks[1:] == ks[:-1]
        tie[1:] |= same
        tie[:-1] |= same
        n_tie = int(tie.sum())
        if n_tie > len(tie) // 2:  # mostly ties (e.g. many votes a day): rank every id
            order = np.lexsort((_rank(s["statement_id"]), key))
        elif n_tie:  # same actor, topic and day: statement_id decides, for those rows only
            at = np.flatnonzero(tie)
            rows = order[at]
            sid = _rank(s["statement_id"].iloc[rows])
            order[at] = rows[np.lexsort((sid, ks[at]))]
    else:
        order = np.lexsort((_rank(s["statement_id"]), d, pair))
    pair = pair[order]
    new = np.ones(len(order), dtype=bool)
    new[1:] = pair[1:] != pair[:-1]
    last = np.ones(len(order), dtype=bool)
    last[:-1] = new[1:]
    return dated[order], new, last


def step_series(statements: pd.DataFrame) -> pd.DataFrame:
    """Each dated statement with the date its stance stops holding (``until``).

    ``until`` is the actor's next statement date on the topic, NaT for the last.
    """
    pos, new, last = _order(statements)
    cols = ["statement_id", "actor", "topic", "stance", "date", "date_end", "date_precision"]
    out = statements[cols].iloc[pos].reset_index(drop=True)
    d = out["date"].to_numpy(dtype="datetime64[ns]")
    until = np.full(len(d), np.datetime64("NaT"), dtype="datetime64[ns]")
    until[:-1] = np.where(last[:-1], np.datetime64("NaT"), d[1:])
    out["until"] = until
    return out


def side_changes(shift_table: pd.DataFrame) -> pd.DataFrame:
    """The shifts (from :func:`shifts`) that change side: support, neutral, oppose — not strength within one."""
    a = np.sign(shift_table["from_stance"].astype("float64").to_numpy())
    b = np.sign(shift_table["to_stance"].astype("float64").to_numpy())
    return shift_table[a != b].reset_index(drop=True)


def shifts(statements: pd.DataFrame) -> pd.DataFrame:
    """Changes of an actor's stance on a topic from one day to the next.

    Each day counts with its last stance: two stances of one day are one occasion, not a change of mind
    over time. A day on which the actor took both sides (a party for one phase-out date and against
    another, in one day's claims) holds no side of its own and is passed over, so it never makes two
    reversals in a row."""
    pos, new, _ = _order(statements)
    day = statements["date"].to_numpy(dtype="datetime64[ns]")[pos].astype("datetime64[D]")
    # Each actor's day ends on its last stance: compare those, day after day.
    end_of_day = np.ones(len(pos), dtype=bool)
    end_of_day[:-1] = new[1:] | (day[1:] != day[:-1])
    if len(pos):
        sign = np.sign(statements["stance"].to_numpy(dtype="float64", na_value=np.nan)[pos])
        first_of_day = np.r_[0, np.flatnonzero(end_of_day[:-1]) + 1]
        mixed = (np.maximum.reduceat(np.nan_to_num(sign, nan=0.0), first_of_day) > 0) & \
            (np.minimum.reduceat(np.nan_to_num(sign, nan=0.0), first_of_day) < 0)
        end_of_day[np.flatnonzero(end_of_day)[mixed]] = False
    first_of_pair = new.copy()
    keep = np.flatnonzero(end_of_day)
    pos = pos[keep]
    # a pair starts where its first kept row is: any kept row at or after the pair's start
    starts = np.maximum.accumulate(np.where(first_of_pair, np.arange(len(first_of_pair)), 0))[keep]
    new = np.ones(len(keep), dtype=bool)
    new[1:] = starts[1:] != starts[:-1]
    st = statements["stance"].to_numpy(dtype="float64", na_value=np.nan)[pos]
    changed = np.zeros(len(pos), dtype=bool)
    changed[1:] = ~new[1:] & ~np.isnan(st[:-1]) & ~np.isnan(st[1:]) & (st[1:] != st[:-1])
    at = np.flatnonzero(changed)
    need = statements[["actor", "topic", "stance", "date", "date_end", "date_precision", "date_text", "quote",
                       "statement_id"]]
    cur = need.iloc[pos[at]]
    p = need.iloc[pos[at - 1]]
    out = pd.DataFrame(
        {
            "actor": _as_str(cur["actor"]),
            "topic": _as_str(cur["topic"]),
            "from_stance": p["stance"].astype("Int8").array,
            "to_stance": cur["stance"].astype("Int8").array,
            "change": (cur["stance"].astype("int16").to_numpy() - p["stance"].astype("int16").to_numpy()),
            "from_date": p["date"].to_numpy(),
            "to_date": cur["date"].to_numpy(),
            "from_date_end": p["date_end"].to_numpy(),
            "to_date_end": cur["date_end"].to_numpy(),
            "from_precision": p["date_precision"].array,
            "to_precision": cur["date_precision"].array,
            "from_date_text": p["date_text"].array,
            "to_date_text": cur["date_text"].array,
            "from_quote": p["quote"].array,
            "to_quote": cur["quote"].array,
            "from_id": p["statement_id"].array,
            "to_id": cur["statement_id"].array,
        }
    )
    out["change"] = out["change"].astype("Int8")
    # Latest first; equal dates keep their order (as a stable descending sort does).
    latest = np.argsort(-out["to_date"].to_numpy(dtype="datetime64[ns]").view("int64"), kind="stable")
    return out.iloc[latest].reset_index(drop=True)


def period_shifts(statements: pd.DataFrame, period: str = "year") -> pd.DataFrame:
    """Changes of an actor's side on a topic from one period to the next, for roll-call votes.

    A vote is on one resolution: a yes in December and a no two weeks later on
    another text is no change of mind. Here each period counts by its mean vote:
    mostly yes (+1) from +0.5, mostly no (−1) from −0.5, mixed (0) within ±0.25,
    and a mean in between keeps the side before it. A shift is that side changing
    between an actor's consecutive periods with votes. Same columns as ``shifts``;
    the "date text" says how many votes and their mean, and there are no quotes.
    """
    cells = actor_periods(statements, period)
    cells = cells[cells["stance"].notna()]
    if cells.empty:
        return shifts(statements.iloc[0:0])
    cells = cells.sort_values(["actor", "topic", "period"], kind="stable").reset_index(drop=True)
    mean = cells["stance"].to_numpy()
    # A side is entered at ±0.5 (mostly yes / mostly no) and left only below ±0.25: a mean that wobbles
    # around the cut-off (+0.52, +0.22, +0.50) is one side, not three changes of mind.
    firm = np.where(mean >= 0.5, 1.0, np.where(mean <= -0.5, -1.0, np.where(np.abs(mean) <= 0.25, 0.0, np.nan)))
    group = cells["actor"].astype(str) + "\x1f" + cells["topic"].astype(str)
    held = pd.Series(firm).groupby(group.to_numpy(), sort=False).ffill().to_numpy()
    side = np.where(np.isnan(held), np.sign(nearest_point(mean)), held).astype("int16")
    same = np.zeros(len(cells), dtype=bool)
    same[1:] = group.to_numpy()[1:] == group.to_numpy()[:-1]
    at = np.flatnonzero(same & np.r_[False, side[1:] != side[:-1]])

    def said(rows: np.ndarray) -> np.ndarray:  # "12 votes, mean -0.42", for the shifted rows only
        k = cells["statements"].iloc[rows]
        return (k.map("{:,}".format) + np.where(k == 1, " vote", " votes") + ", mean "
                + cells["stance"].iloc[rows].map("{:+.2f}".format)).to_numpy(dtype=object)

    prec = pd.array([period] * len(at), dtype=object)
    out = pd.DataFrame({
        "actor": cells["actor"].astype(str).to_numpy()[at],
        "topic": cells["topic"].astype(str).to_numpy()[at],
        "from_stance": pd.array(side[at - 1], dtype="Int8"),
        "to_stance": pd.array(side[at], dtype="Int8"),
        "change": pd.array(side[at] - side[at - 1], dtype="Int8"),
        "from_date": cells["period"].to_numpy()[at - 1],
        "to_date": cells["period"].to_numpy()[at],
        "from_date_end": np.full(len(at), np.datetime64("NaT"), dtype="datetime64[ns]"),  # whole periods
        "to_date_end": np.full(len(at), np.datetime64("NaT"), dtype="datetime64[ns]"),
        "from_precision": prec,
        "to_precision": prec,
        "from_date_text": said(at - 1),
        "to_date_text": said(at),
        "from_quote": pd.array([None] * len(at), dtype=object),
        "to_quote": pd.array([None] * len(at), dtype=object),
        "from_id": cells["first_id"].to_numpy()[at - 1],
        "to_id": cells["first_id"].to_numpy()[at],
    })
    latest = np.argsort(-out["to_date"].to_numpy(dtype="datetime64[ns]").view("int64"), kind="stable")
    return out.iloc[latest].reset_index(drop=True)


VOTE_SIDES = {1: "mostly yes", 0: "mixed", -1: "mostly no"}


def describe_vote_shifts(shift_table: pd.DataFrame, limit: int = 10) -> list[str]:
    """Lines for ``period_shifts`` that say what was voted, not that a topic was opposed: "United States:
    mostly no in 2019 (16 votes, mean -0.50), after mixed in 2018 (17 votes, mean -0.35) — votes on
    Arms control and disarmament resolutions"."""
    t = shift_table.head(limit)
    if t.empty:
        return []
    side = lambda s: s.astype(int).clip(-1, 1).map(VOTE_SIDES)  # noqa: E731
    to = format_period(t["to_date"], t["to_precision"])
    f = format_period(t["from_date"], t["from_precision"])
    return (t["actor"] + ": " + side(t["to_stance"]) + " in " + to + " (" + t["to_date_text"].astype(str) + "), after "
            + side(t["from_stance"]) + " in " + f + " (" + t["from_date_text"].astype(str) + ") — votes on "
            + t["topic"] + " resolutions").tolist()


def format_period(date: pd.Series, precision: pd.Series, end: pd.Series | None = None) -> pd.Series:
    """A date shown at its precision: 2025-02 for a month, 2024-Q3, 2008.

    With ``end``, a span that is not one calendar period is shown as the span: "late 2025" (September to
    December, kept as a quarter-sized span) is 2025-09 – 2025-12, not 2025-Q3; "the 1990s" is 1990–1999.
    """
    d = pd.to_datetime(date)
    out = d.dt.strftime("%Y-%m-%d")
    prec = precision.astype(object).to_numpy()
    out = out.where(prec != "month", d.dt.strftime("%Y-%m"))
    out = out.where(prec != "quarter", d.dt.year.astype("Int64").astype(str) + "-Q" + d.dt.quarter.astype("Int64").astype(str))
    out = out.where(prec != "year", d.dt.strftime("%Y"))
    out = out.where(prec != "week", "week of " + d.dt.strftime("%Y-%m-%d"))
    if end is not None:
        e = pd.Series(pd.to_datetime(end).to_numpy(dtype="datetime64[ns]"), index=d.index).dt.normalize()
        natural = pd.Series(pd.NaT, index=d.index, dtype="datetime64[ns]")
        for p, offset in (("month", pd.offsets.MonthEnd(0)), ("quarter", pd.offsets.QuarterEnd(0)),
                          ("year", pd.offsets.YearEnd(0))):
            m = prec == p
            if m.any():
                natural[m] = d[m] + offset
        odd = (e.notna() & natural.notna() & (e != natural)).to_numpy()
        if odd.any():
            yearly = odd & (prec == "year")
            out[yearly] = d[yearly].dt.strftime("%Y") + "–" + e[yearly].dt.strftime("%Y")
            monthly = odd & (prec != "year")
            out[monthly] = d[monthly].dt.strftime("%Y-%m") + " – " + e[monthly].dt.strftime("%Y-%m")
    return out


def describe_shifts(shift_table: pd.DataFrame, limit: int = 10) -> list[str]:
    """Plain-language lines: "United States: support → oppose, 2024-07 → 2025-02 (topic)"."""
    t = shift_table.head(limit)
    if t.empty:
        return []
    f = format_period(t["from_date"], t["from_precision"], t.get("from_date_end"))
    to = format_period(t["to_date"], t["to_precision"], t.get("to_date_end"))
    lab = lambda s: s.astype(int).map(STANCE_LABELS)  # noqa: E731
    lines = t["actor"] + ": " + lab(t["from_stance"]) + " → " + lab(t["to_stance"]) + ", " + f + " → " + to + " (" + t["topic"] + ")"
    return lines.tolist()


def latest_stance(statements: pd.DataFrame) -> pd.DataFrame:
    """Each actor's most recent statement per topic (their current stance)."""
    pos, _, last = _order(statements)
    return statements.iloc[pos[last]].reset_index(drop=True)


def period_of(statements: pd.DataFrame, period: str) -> np.ndarray:
    """The start of the period each (dated) statement counts in: the one its date falls in, except on a week
    grid, where a statement known only to a month, quarter or year goes in the first week that starts inside
    that span ("February 2025" is not the week of 27 January, which is mostly January)."""
    start = _period_start(statements["date"], period)
    if period == "week" and "date_precision" in statements:
        coarse = statements["date_precision"].astype(object).isin(["month", "quarter", "year"]).to_numpy()
        if coarse.any():
            day = statements["date"].to_numpy(dtype="datetime64[ns]")
            start = np.where(coarse & (start < day), start + np.timedelta64(7, "D"), start)
    return start


def _period_start(date: pd.Series, period: str) -> np.ndarray:
    if period == "week":  # back to the Monday (1970-01-01 was a Thursday)
        d = date.to_numpy(dtype="datetime64[ns]").astype("datetime64[D]")
        return (d - ((d.astype("int64") + 3) % 7)).astype("datetime64[ns]")
    m = date.to_numpy(dtype="datetime64[ns]").astype("datetime64[M]")
    if period == "quarter":
        mi = m.astype("int64")
        m = (mi - mi % 3).astype("datetime64[M]")
    elif period == "year":
        m = m.astype("datetime64[Y]")
    elif period != "month":
        raise KeyError(period)
    return m.astype("datetime64[ns]")


def _groups(keys: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Stable sort by ``keys`` (first key most significant) and the start of each group."""
    order = np.lexsort(keys[::-1])
    if len(order) == 0:
        return order, np.array([], dtype=np.int64)
    change = np.zeros(len(order), dtype=bool)
    change[0] = True
    for k in keys:
        ks = k[order]
        change[1:] |= ks[1:] != ks[:-1]
    return order, np.flatnonzero(change)


def actor_periods(statements: pd.DataFrame, period: str = "month") -> pd.DataFrame:
    """Mean stance per actor, topic and period (for heatmaps and aggregated lines)."""
    PERIODS[period]
    s = statements.iloc[np.flatnonzero(statements["date"].notna().to_numpy())]
    per = period_of(s, period)
    order, starts = _groups([_rank(s["actor"]), _rank(s["topic"]), per.view("int64")])
    stance = s["stance"].to_numpy(dtype="float64", na_value=np.nan)[order]
    ok = ~np.isnan(stance)
    sums = np.add.reduceat(np.where(ok, stance, 0.0), starts) if len(starts) else np.array([])
    counts = np.add.reduceat(ok.astype(np.int64), starts) if len(starts) else np.array([], dtype=np.int64)
    sizes = np.diff(np.append(starts, len(order)))
    first = order[starts]
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = sums / counts
    both = len(starts) > 0
    return pd.DataFrame(
        {
            "actor": s["actor"].iloc[first].array,
            "topic": s["topic"].iloc[first].array,
            "period": per[first],
            "stance": mean,
            "statements": sizes.astype(np.int64),
            # a mean of 0 from one "for" and one "against" is no neutral stance: the counts tell them apart
            "supporting": np.add.reduceat((stance > 0).astype(np.int64), starts) if both else np.array([], dtype=np.int64),
            "opposing": np.add.reduceat((stance < 0).astype(np.int64), starts) if both else np.array([], dtype=np.int64),
            "first_id": s["statement_id"].iloc[first].array,
            # statements dated only to a longer period than the cell's ("2008" on a month grid) sit in its first
            # cell; the count lets the chart say so instead of passing January 2008 off as known
            "coarser": (np.add.reduceat(_coarser(s, period)[order].astype(np.int64), starts) if both
                        else np.array([], dtype=np.int64)),
        }
    )


def _coarser(s: pd.DataFrame, period: str) -> np.ndarray:
    if "date_precision" not in s:
        return np.zeros(len(s), dtype=bool)
    rank = {p: i for i, p in enumerate(PRECISIONS)}
    return s["date_precision"].astype(object).map(rank).fillna(0).to_numpy() > rank[period]


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
    per = ap["period"].to_numpy(dtype="datetime64[ns]")
    order, starts = _groups([_rank(ap["topic"]), per.view("int64")])
    st = ap["stance"].to_numpy(dtype="float64")[order]
    red = lambda v: np.add.reduceat(v, starts)  # noqa: E731
    # pandas' grouped mean/std (compensated sums), on integer group ids.
    gid = np.repeat(np.arange(len(starts)), np.diff(np.append(starts, len(st))))
    gid_row = np.empty_like(gid)
    gid_row[order] = gid  # rows in their own order, as pandas would visit them
    g = ap["stance"].astype("float64").groupby(gid_row, sort=True)
    mean, spread = g.mean().to_numpy(), g.std(ddof=0).to_numpy()
    rng = (g.max() - g.min()).to_numpy()
    sign = np.sign(st)
    first = order[starts]
    return pd.DataFrame(
        {
            "topic": ap["topic"].iloc[first].array,
            "period": per[first],
            "mean_stance": mean,
            "spread": spread,
            "actors": red(np.ones(len(st), dtype=np.int64)),
            "statements": red(ap["statements"].to_numpy(dtype=np.int64)[order]),
            "range": rng,
            "support": red((sign > 0).astype(np.int64)),
            "oppose": red((sign < 0).astype(np.int64)),
            "neutral": red((sign == 0).astype(np.int64)),
        }
    )


def standing_periods(statements: pd.DataFrame, period: str = "month") -> pd.DataFrame:
    """Per topic and period: mean and spread of every actor's standing stance — the latest they had stated by
    then, carried on until they speak again — with how many actors stand and how many spoke in the period.

    Counting only who spoke in a period made one month's lone speaker the "mean" and a quiet month read as
    "all agree" (a policy analyst's walkthrough); Compare already carries stances forward, and so does this.
    """
    cols = ["topic", "period", "mean_stance", "spread", "actors", "speaking"]
    ap = actor_periods(statements, period)
    if ap.empty:
        return pd.DataFrame(columns=cols)
    out = []
    for topic, g in ap.groupby("topic", observed=True, sort=False):  # a handful of topics: one pivot each
        wide = g.pivot_table(index="period", columns="actor", values="stance", aggfunc="mean", observed=True)
        held = wide.ffill()
        out.append(pd.DataFrame({"topic": topic, "period": held.index.to_numpy(),
                                 "mean_stance": held.mean(axis=1).to_numpy(),
                                 "spread": held.std(axis=1, ddof=0).to_numpy(),
                                 "actors": held.notna().sum(axis=1).to_numpy(),
                                 "speaking": wide.notna().sum(axis=1).to_numpy()}))
    return pd.concat(out, ignore_index=True)[cols]


def latest_stances(statements: pd.DataFrame) -> pd.DataFrame:
    """Each actor's standing stance per topic: the mean of their last day's statements read as its nearest scale
    point (a day of UN votes, 11 no and 3 yes, is "oppose"), and that day."""
    s = statements[statements["date"].notna()]
    if s.empty:
        return pd.DataFrame(columns=["actor", "topic", "stance", "date"])
    day = s["date"].dt.normalize()
    keys = [s["actor"], s["topic"]]
    on_last = s[(day == day.groupby(keys, observed=True).transform("max")).to_numpy()]
    g = on_last.groupby([on_last["actor"], on_last["topic"]], observed=True)
    last = g["stance"].mean().rename("stance").reset_index()
    last["stance"] = nearest_point(last["stance"]).astype(int)
    last["date"] = g["date"].max().to_numpy()
    return last


def furthest_apart(statements: pd.DataFrame) -> dict | None:
    """Who stands furthest apart now on one topic's statements: the actors at the highest and the lowest
    standing stance, and the gap between them (None when fewer than two actors stand)."""
    last = latest_stances(statements)
    if len(last) < 2:
        return None
    hi, lo = last["stance"].max(), last["stance"].min()
    top = last[last["stance"] == hi].sort_values("date", ascending=False, kind="stable")
    bottom = last[last["stance"] == lo].sort_values("date", ascending=False, kind="stable")
    return {"gap": int(hi - lo), "high": int(hi), "low": int(lo),
            "high_actors": top["actor"].astype(str).tolist(), "low_actors": bottom["actor"].astype(str).tolist()}


def balance(statements: pd.DataFrame) -> pd.DataFrame:
    """Current balance per topic: how many actors now support / oppose / are neutral.

    An actor's current stance is that of their last day; several statements that day (a day of UN votes:
    11 no, 3 yes, 2 abstentions) count by their mean, rounded half away from zero, not by whichever came
    last in the file."""
    last = latest_stances(statements)
    if last.empty:
        return pd.DataFrame(columns=["topic", "stance", "label", "actors", "names"])
    last = last.sort_values("actor", kind="stable")
    g = last.groupby(["topic", "stance"], observed=True)
    out = g.size().rename("actors").reset_index()
    out["names"] = g["actor"].agg(lambda a: list(map(str, a))).to_numpy()  # who, for the hover
    out["label"] = out["stance"].astype(int).map(STANCE_LABELS)
    return out[["topic", "stance", "label", "actors", "names"]]


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


def period_rows(statements: pd.DataFrame, actor: str, period: str, start) -> pd.DataFrame:
    """The statements behind one point of a per-period chart: the actor's statements dated in that period."""
    s = statements[(statements["actor"] == actor) & statements["date"].notna()]
    return s[period_of(s, period) == np.datetime64(pd.Timestamp(start), "ns")]
