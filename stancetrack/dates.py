"""How a date as written becomes a dated period — every date rule lives here.

A statement's date is written the way people talk ("in February", "last
Wednesday", "Q3 2024", "2025-06-25T10:00+02:00") and is resolved against the
publication date of the text it comes from:

* It lands in the past of publication: "in September" in an article of
  2025-06-25 is September 2024, "Friday" is the Friday before.
* It keeps its precision (day, week, month, quarter, year); ``date`` is the
  start of the period and ``date_end`` its last day.
* ``date_basis`` says where the date came from: ``explicit`` (the text names the
  date), ``relative`` (it needs the publication date) or ``publication`` (no
  date given: the publication date stands in).
* Text that is no date at all is an error, never a guess.

Speed: dateparser costs ~0.6 ms a call, so pandas reads what it can (ISO and
common written formats), and every remaining distinct string is parsed against
three probe dates only. From those probes we learn the phrase's rule — a fixed
date, a fixed offset in days/months/years, a named month or a weekday — and
apply it to all rows with vectorised pandas arithmetic. A phrase whose probes
fit no rule falls back to one parse per distinct (text, publication date).
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

import numpy as np
import pandas as pd

MIN_DATE = pd.Timestamp("1800-01-01")

_SETTINGS = {
    "PREFER_DAY_OF_MONTH": "first",
    "PREFER_MONTH_OF_YEAR": "first",
    "RETURN_AS_TIMEZONE_AWARE": False,
}
# Probe publication dates: different weekdays, months and years, so a phrase
# whose result depends on any of them shows it.
_PROBES = (pd.Timestamp("2025-06-25"), pd.Timestamp("2019-11-04"), pd.Timestamp("2022-02-17"))

MONTHS = {
    m.lower(): i
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"), ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
_ORDINAL_Q = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}

_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}([t ].*)?$")
_ISO_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(?:in |during |since )?(1[89]\d\d|20\d\d)$")
_NUMERIC = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{2}|\d{4})$")
_QUARTER = re.compile(
    r"^(?:in |during )?(?:the )?(?:q([1-4])|(first|second|third|fourth|1st|2nd|3rd|4th) quarter)(?: of)?[ ,]*(\d{4})$"
    r"|^(\d{4})[ -]?q([1-4])$"
)
_DECADE = re.compile(r"^(?:in |during )?(?:the )?(1[89]\d|20\d)0'?s$")
_SEASON = re.compile(r"^(?:in |during )?(?:the )?(spring|summer|autumn|fall|winter)(?: of)? (\d{4})$")
_PART_YEAR = re.compile(r"^(?:in |during )?(early|mid|late)[- ](\d{4})$")
_SPACES = re.compile(r"\s+")

# Phrases dateparser does not know, rewritten to ones it does.
_REWRITES = {
    r"\bearlier (?:this|in the) month\b": "this month",
    r"\bearlier (?:this|in the) year\b": "this year",
    r"\bearlier (?:this|in the) week\b": "this week",
    r"\bthis past\b": "last",
}


def _empty_frame(index) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "date": pd.Series(pd.NaT, index=index, dtype="datetime64[ns]"),
            "date_end": pd.Series(pd.NaT, index=index, dtype="datetime64[ns]"),
            "date_precision": pd.Series(None, index=index, dtype=object),
            "date_basis": pd.Series(None, index=index, dtype=object),
            "date_flag": pd.Series(None, index=index, dtype=object),
            "date_error": pd.Series(None, index=index, dtype=object),
        }
    )


@lru_cache(maxsize=200_000)
def _dateparser(text: str, base: dt.date) -> tuple[dt.date | None, str | None]:
    """One dateparser call, landing in the past of ``base``."""
    from dateparser.date import DateDataParser

    base_dt = dt.datetime(base.year, base.month, base.day)
    for prefer in ("current_period", "past"):
        parser = _parser(prefer, base_dt)
        data = parser.get_date_data(text)
        if data is None or data.date_obj is None:
            return None, None
        value = data.date_obj.date()
        period = data.period or "day"
        if period == "time":
            period = "day"
        start = _period_start(pd.Timestamp(value), period).date()
        if start <= base or prefer == "past":
            return start, period
    return None, None


@lru_cache(maxsize=64)
def _parser(prefer: str, base: dt.datetime):
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en"], settings={**_SETTINGS, "PREFER_DATES_FROM": prefer, "RELATIVE_BASE": base}
    )


def _period_start(ts: pd.Timestamp, period: str) -> pd.Timestamp:
    if period == "week":
        return ts - pd.Timedelta(days=ts.weekday())
    if period == "month":
        return ts.replace(day=1)
    if period == "quarter":
        return ts.replace(month=(ts.month - 1) // 3 * 3 + 1, day=1)
    if period == "year":
        return ts.replace(month=1, day=1)
    return ts


def period_end(start: pd.Series, precision: pd.Series) -> pd.Series:
    """Last day of each period, vectorised."""
    start = pd.to_datetime(start)
    end = start.copy()
    for prec, offset in (
        ("week", pd.Timedelta(days=6)),
        ("month", None),
        ("quarter", None),
        ("year", None),
    ):
        m = (precision == prec).to_numpy()
        if not m.any():
            continue
        s = start[m]
        if prec == "week":
            end[m] = s + offset
        elif prec == "month":
            end[m] = (s.dt.to_period("M").dt.end_time).dt.normalize()
        elif prec == "quarter":
            end[m] = (s.dt.to_period("Q").dt.end_time).dt.normalize()
        else:
            end[m] = (s.dt.to_period("Y").dt.end_time).dt.normalize()
    return end.astype("datetime64[ns]")


def _month_index(ts) -> np.ndarray:
    ts = pd.DatetimeIndex(ts)
    return ts.year.to_numpy() * 12 + ts.month.to_numpy() - 1


def _from_month_index(idx: np.ndarray) -> pd.DatetimeIndex:
    idx = np.asarray(idx, dtype="int64")
    return pd.to_datetime(
        pd.DataFrame({"year": idx // 12, "month": idx % 12 + 1, "day": 1}), errors="coerce"
    )


def _clean(text: str) -> str:
    t = _SPACES.sub(" ", str(text)).strip().strip(".,;:").strip().lower()
    for pattern, repl in _REWRITES.items():
        t = re.sub(pattern, repl, t)
    return t


# --- Rules that need no publication date (pandas and regexes) -----------------


def _absolute_rules(texts: pd.Series, day_first: bool) -> pd.DataFrame:
    """Dates the text fixes by itself, read without dateparser.

    Returns one row per text with start, precision, span end override (for
    decades, seasons, early/mid/late) and flag; NaT where no rule applied.
    """
    out = pd.DataFrame(
        {
            "date": pd.Series(pd.NaT, index=texts.index, dtype="datetime64[ns]"),
            "precision": pd.Series(None, index=texts.index, dtype=object),
            "end": pd.Series(pd.NaT, index=texts.index, dtype="datetime64[ns]"),
            "flag": pd.Series(None, index=texts.index, dtype=object),
        }
    )
    if texts.empty:
        return out
    # ISO dates and timestamps: the calendar day as written (the zone does not
    # move a statement to another day).
    iso = texts.str.match(_ISO)
    if iso.any():
        out.loc[iso, "date"] = pd.to_datetime(texts[iso].str[:10], format="%Y-%m-%d", errors="coerce")
        out.loc[iso, "precision"] = "day"
    iso_m = texts.str.extract(_ISO_MONTH)
    m = iso_m[0].notna()
    if m.any():
        out.loc[m, "date"] = pd.to_datetime(iso_m.loc[m, 0] + "-" + iso_m.loc[m, 1] + "-01", errors="coerce")
        out.loc[m, "precision"] = "month"
    yr = texts.str.extract(_YEAR)[0]
    m = yr.notna()
    if m.any():
        out.loc[m, "date"] = pd.to_datetime(yr[m] + "-01-01")
        out.loc[m, "precision"] = "year"
    # Numeric day/month dates: order configurable, ambiguity flagged.
    num = texts.str.extract(_NUMERIC)
    m = num[0].notna()
    if m.any():
        a, b, y = num.loc[m, 0].astype(int), num.loc[m, 1].astype(int), num.loc[m, 2]
        y = y.where(y.str.len() == 4, ("20" + y).where(y.astype(int) < 70, "19" + y)).astype(int)
        day, month = (a, b) if day_first else (b, a)
        parsed = pd.to_datetime(pd.DataFrame({"year": y, "month": month, "day": day}), errors="coerce")
        out.loc[m, "date"] = parsed
        out.loc[m, "precision"] = "day"
        ambiguous = (a <= 12) & (b <= 12) & (a != b)
        order = "day/month" if day_first else "month/day"
        out.loc[ambiguous[ambiguous].index, "flag"] = f"ambiguous numeric date, read as {order}"
    q = texts.str.extract(_QUARTER)
    m = q[0].notna() | q[1].notna() | q[3].notna()
    if m.any():
        qq = q.loc[m]
        quarter = qq[0].fillna(qq[1].map(_ORDINAL_Q)).fillna(qq[4]).astype(int)
        year = qq[2].fillna(qq[3]).astype(int)
        out.loc[m, "date"] = pd.to_datetime(pd.DataFrame({"year": year, "month": (quarter - 1) * 3 + 1, "day": 1}))
        out.loc[m, "precision"] = "quarter"
    d = texts.str.extract(_DECADE)[0]
    m = d.notna()
    if m.any():
        start = d[m].astype(int) * 10
        out.loc[m, "date"] = pd.to_datetime(start.astype(str) + "-01-01")
        out.loc[m, "end"] = pd.to_datetime((start + 9).astype(str) + "-12-31")
        out.loc[m, "precision"] = "year"
        out.loc[m, "flag"] = "decade"
    s = texts.str.extract(_SEASON)
    m = s[0].notna()
    if m.any():
        month = s.loc[m, 0].map(_SEASONS)
        year = s.loc[m, 1].astype(int) - (month == 12).astype(int) * 0
        start = pd.to_datetime(pd.DataFrame({"year": year, "month": month, "day": 1}))
        out.loc[m, "date"] = start
        out.loc[m, "end"] = (start + pd.DateOffset(months=3)) - pd.Timedelta(days=1)
        out.loc[m, "precision"] = "quarter"
        out.loc[m, "flag"] = "season"
    p = texts.str.extract(_PART_YEAR)
    m = p[0].notna()
    if m.any():
        first = p.loc[m, 0].map({"early": 1, "mid": 5, "late": 9})
        start = pd.to_datetime(pd.DataFrame({"year": p.loc[m, 1].astype(int), "month": first, "day": 1}))
        out.loc[m, "date"] = start
        out.loc[m, "end"] = (start + pd.DateOffset(months=4)) - pd.Timedelta(days=1)
        out.loc[m, "precision"] = "quarter"
        out.loc[m, "flag"] = f"part of year"
    # Written dates pandas knows ("25 June 2025", "June 25, 2025", "June 2025").
    rest = out["date"].isna()
    if rest.any():
        r = texts[rest]
        # Only "day month year"-like strings: pandas reads "today"/"now" as the clock.
        r = r[r.str.contains(r"\d", regex=True) & r.str.contains(r"[a-z]{3}", regex=True)]
        for fmt, prec in (
            ("%d %B %Y", "day"), ("%d %b %Y", "day"), ("%B %d, %Y", "day"), ("%b %d, %Y", "day"),
            ("%B %d %Y", "day"), ("%B %Y", "month"), ("%b %Y", "month"),
        ):
            got = pd.to_datetime(r, format=fmt, errors="coerce")
            hit = got.notna() & out.loc[r.index, "date"].isna()
            if hit.any():
                out.loc[hit[hit].index, "date"] = got[hit]
                out.loc[hit[hit].index, "precision"] = prec
    return out


# --- Rules learnt from probes -----------------------------------------------


def _learn_rule(text: str) -> tuple:
    """Parse ``text`` against the probe dates and say which rule it follows."""
    results = [_dateparser(text, p.date()) for p in _PROBES]
    if any(r[0] is None for r in results):
        if all(r[0] is None for r in results):
            return ("none",)
        return ("fallback",)
    dates = [pd.Timestamp(r[0]) for r in results]
    periods = {r[1] for r in results}
    if len(periods) != 1:
        return ("fallback",)
    period = periods.pop()
    if len(set(dates)) == 1:
        return ("absolute", dates[0], period)
    if period in ("day", "week"):
        offsets = {(d - p).days for d, p in zip(dates, _PROBES)}
        if len(offsets) == 1:
            return ("days", offsets.pop(), period)
        return ("weekday", period)
    months = {int(_month_index([d])[0] - _month_index([p])[0]) for d, p in zip(dates, _PROBES)}
    if len(months) == 1:
        return ("months", months.pop(), period)
    if period == "month" and len({d.month for d in dates}) == 1:
        month = dates[0].month
        predicted = [pd.Timestamp(p.year - (month > p.month), month, 1) for p in _PROBES]
        if predicted == dates:
            return ("named_month", month, period)
    return ("fallback",)


def resolve_dates(
    texts: pd.Series,
    published: pd.Series | pd.Timestamp | None = None,
    *,
    day_first: bool = False,
    today: pd.Timestamp | None = None,
) -> pd.DataFrame:
    """Resolve dates as written against publication dates.

    Returns a frame aligned with ``texts``: date, date_end, date_precision,
    date_basis, date_flag and date_error (the reason when a row is no date).
    """
    texts = pd.Series(texts)
    index = texts.index
    out = _empty_frame(index)
    if isinstance(published, pd.Series):
        pub = pd.to_datetime(published, errors="coerce").dt.normalize().reindex(index)
    else:
        pub = pd.Series(pd.Timestamp(published).normalize() if published is not None else pd.NaT, index=index)
    pub = pub.astype("datetime64[ns]")
    if len(texts) == 0:
        return out

    raw = texts.astype(object).where(texts.notna(), "")
    raw = raw.astype(str)
    # Work on distinct strings only.
    codes, uniques = pd.factorize(raw, sort=False)
    cleaned = pd.Series([_clean(u) for u in uniques], dtype=object)
    empty_u = cleaned.eq("").to_numpy()
    # Years outside what a timestamp can hold are errors before any parsing.
    years = cleaned.str.extractall(r"(?<!\d)(\d{4,})(?!\d)")[0].astype("int64").groupby(level=0)
    yr_min = years.min().reindex(cleaned.index)
    yr_max = years.max().reindex(cleaned.index)
    range_error = pd.Series(None, index=cleaned.index, dtype=object)
    range_error[yr_max > 2200] = "date in the future: " + uniques_repr(uniques, yr_max > 2200)
    range_error[yr_min < 1800] = "date before 1800: " + uniques_repr(uniques, yr_min < 1800)
    out_of_range = range_error.notna().to_numpy()

    absolute = _absolute_rules(cleaned.where(~empty_u & ~out_of_range, "\x00"), day_first)
    abs_found = absolute["date"].notna().to_numpy()

    # Distinct strings that need dateparser: learn their rule once each.
    rules: dict[int, tuple] = {}
    for i in np.flatnonzero(~empty_u & ~abs_found & ~out_of_range):
        rules[i] = _learn_rule(cleaned.iat[i])
        if rules[i][0] == "none":
            found = _search_inside(cleaned.iat[i])
            if found is not None:
                rules[i] = ("inner", found)

    # Row-level assembly, vectorised over rule kinds.
    date = np.full(len(raw), np.datetime64("NaT"), dtype="datetime64[ns]")
    end = np.full(len(raw), np.datetime64("NaT"), dtype="datetime64[ns]")
    precision = np.full(len(raw), None, dtype=object)
    basis = np.full(len(raw), None, dtype=object)
    flag = np.full(len(raw), None, dtype=object)
    error = np.full(len(raw), None, dtype=object)
    m = out_of_range[codes]
    error[m] = range_error.to_numpy()[codes[m]]

    # Empty text: publication date.
    m = empty_u[codes]
    date[m] = pub.to_numpy()[m]
    precision[m] = "day"
    basis[m] = "publication"
    no_pub = m & pub.isna().to_numpy()
    precision[no_pub] = None
    basis[no_pub] = None
    flag[no_pub] = "undated: no date and no publication date"

    # pandas / regex rules.
    m = abs_found[codes]
    date[m] = absolute["date"].to_numpy()[codes[m]]
    precision[m] = absolute["precision"].to_numpy()[codes[m]]
    end_over = absolute["end"].to_numpy()[codes[m]]
    end[m] = end_over
    basis[m] = "explicit"
    flag[m] = absolute["flag"].to_numpy()[codes[m]]

    pub_np = pub.to_numpy()
    pub_idx = pd.DatetimeIndex(pub_np)
    for i, rule in rules.items():
        rows = np.flatnonzero(codes == i)
        _apply_rule(rule, rows, cleaned.iat[i], pub_idx, date, precision, basis, flag, error)

    result = pd.DataFrame(
        {
            "date": date,
            "date_end": end,
            "date_precision": precision,
            "date_basis": basis,
            "date_flag": flag,
            "date_error": error,
        },
        index=index,
    )
    has_date = result["date"].notna()
    # Relative dates without a publication date cannot be resolved.
    rel_no_pub = result["date_basis"].eq("relative") & pub.isna() & ~has_date
    result.loc[rel_no_pub & result["date_error"].isna(), "date_error"] = (
        "relative date needs a publication date: " + raw[rel_no_pub & result["date_error"].isna()].map(repr)
    )
    need_end = has_date & result["date_end"].isna()
    if need_end.any():
        result.loc[need_end, "date_end"] = period_end(
            result.loc[need_end, "date"], result.loc[need_end, "date_precision"]
        )
    # Plausibility: before 1800 or after publication (or today) is an error.
    today = pd.Timestamp(today or pd.Timestamp.now().normalize())
    too_old = has_date & (result["date"] < MIN_DATE)
    limit = pub.fillna(today)
    too_new = has_date & (result["date"] > limit)
    result.loc[too_old, "date_error"] = "date before 1800: " + raw[too_old].map(repr)
    after_pub = too_new & pub.notna()
    result.loc[after_pub, "date_error"] = (
        "date "
        + result.loc[after_pub, "date"].dt.strftime("%Y-%m-%d")
        + " is after the publication date "
        + pub[after_pub].dt.strftime("%Y-%m-%d")
    )
    future = too_new & pub.isna()
    result.loc[future, "date_error"] = "date in the future: " + raw[future].map(repr)
    bad = result["date_error"].notna()
    result.loc[bad, ["date", "date_end"]] = pd.NaT
    result.loc[bad, ["date_precision", "date_basis"]] = None
    return result


def uniques_repr(uniques, mask: pd.Series) -> pd.Series:
    return pd.Series([repr(u) for u in uniques], dtype=object)[mask.to_numpy()]


def _apply_rule(rule, rows, text, pub_idx, date, precision, basis, flag, error) -> None:
    kind = rule[0]
    if kind == "none":
        error[rows] = f"not a date: {text!r}"
        return
    if kind == "inner":
        inner_rule, inner_text = rule[1]
        _apply_rule(inner_rule, rows, inner_text, pub_idx, date, precision, basis, flag, error)
        flag[rows] = f"date read from {inner_text!r}"
        return
    if kind == "absolute":
        date[rows] = np.datetime64(rule[1], "ns")
        precision[rows] = rule[2]
        basis[rows] = "explicit"
        return
    basis[rows] = "relative"
    pubs = pub_idx[rows]
    ok = ~pubs.isna()
    rows_ok, pubs_ok = rows[ok], pubs[ok]
    if kind == "days":
        precision[rows] = rule[2]
        start = pubs_ok + pd.Timedelta(days=rule[1])
        if rule[2] == "week":
            start = start - pd.to_timedelta(start.day_of_week, unit="D")
        date[rows_ok] = start.to_numpy()
    elif kind == "weekday":
        precision[rows] = rule[1]
        weekday = pubs_ok.day_of_week.to_numpy()
        offsets = np.full(len(rows_ok), np.nan)
        for wd in np.unique(weekday):
            probe = pd.Timestamp("2025-06-23") + pd.Timedelta(days=int(wd))
            got = _dateparser(text, probe.date())[0]
            offsets[weekday == wd] = (pd.Timestamp(got) - probe).days if got else np.nan
        date[rows_ok] = (pubs_ok + pd.to_timedelta(offsets, unit="D")).to_numpy()
    elif kind == "months":
        precision[rows] = rule[2]
        idx = _month_index(pubs_ok) + rule[1]
        start = _from_month_index(idx)
        if rule[2] == "year":
            start = start.dt.to_period("Y").dt.start_time
        elif rule[2] == "quarter":
            start = start.dt.to_period("Q").dt.start_time
        date[rows_ok] = start.to_numpy()
    elif kind == "named_month":
        precision[rows] = "month"
        month = rule[1]
        year = pubs_ok.year.to_numpy() - (month > pubs_ok.month.to_numpy())
        date[rows_ok] = pd.to_datetime(pd.DataFrame({"year": year, "month": month, "day": 1})).to_numpy()
    else:  # fallback: one parse per distinct publication date
        for p in pd.unique(pubs_ok):
            got, period = _dateparser(text, pd.Timestamp(p).date())
            sel = rows_ok[pubs_ok == p]
            if got is None:
                error[sel] = f"not a date: {text!r}"
            else:
                date[sel] = np.datetime64(pd.Timestamp(got), "ns")
                precision[sel] = period


_INNER = re.compile(
    r"\b((?:(?:in|on|since|during|last|this|early|late|mid)[- ])?(?:"
    + "|".join(sorted(MONTHS, key=len, reverse=True))
    + r")(?: \d{1,2})?(?:,? \d{4})?|(?:on |last |this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|(?:in )?(?:1[89]|20)\d\d|yesterday|today|last (?:week|month|year)|\w+ (?:days|weeks|months|years) ago)\b"
)


def _search_inside(text: str):
    """Find a date phrase inside a longer clause ("in a radio interview in September")."""
    hits = _INNER.findall(text)
    for phrase in reversed(hits):
        phrase = phrase.strip()
        if phrase in MONTHS and phrase == "may":
            continue
        rule = _learn_rule(phrase)
        if rule[0] not in ("none",):
            return rule, phrase
        ab = _absolute_rules(pd.Series([phrase], dtype=object), False)
        if ab["date"].notna().iat[0]:
            return ("absolute", ab["date"].iat[0], ab["precision"].iat[0]), phrase
    return None


def resolve_one(text: str | None, published=None, *, day_first: bool = False) -> dict:
    """Resolve one date phrase (for the extractor and interactive use)."""
    row = resolve_dates(pd.Series([text], dtype=object), published, day_first=day_first).iloc[0]
    return {
        k: (None if (v is None or (not isinstance(v, str) and pd.isna(v))) else v)
        for k, v in row.to_dict().items()
    }
