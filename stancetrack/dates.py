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

from .schema import PRECISIONS

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
    # "at the weekend": the Saturday before publication (dateparser does not know it)
    r"^(?:(?:at|over|during) )?the weekend$|^last weekend$": "last saturday",  # bare after "spent" only
    # the season's last month: "last summer" in July 2025 is 2024's, in October 2025's (inside its window either way)
    r"^last (?:spring)$": "last may", r"^last (?:summer)$": "last august", r"^last (?:autumn|fall)$": "last november",
    r"^last winter$": "last february",
    # "early March", "mid-June 2024": the month (its part is kept in the date as written)
    r"\b(?:early|mid|late)[- ](january|february|march|april|may|june|july|august|september|october|november|"
    r"december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b": r"\1",
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


def period_bounds(day, precision: str | None) -> tuple[dt.date, dt.date]:
    """First and last day of the period of ``precision`` that contains ``day`` (for single edits)."""
    prec = precision if precision in PRECISIONS else "day"
    start = _period_start(pd.Timestamp(day), prec)
    end = _period_end_np(np.array([start.to_datetime64()]), np.array([PRECISIONS.index(prec)]))[0]
    return start.date(), pd.Timestamp(end).date()


def as_day(value) -> pd.Timestamp | None:
    """A publication date given as anything (str, date, Timestamp, aware or not) as a naive day, or None."""
    if value is None:
        return None
    try:
        t = pd.Timestamp(value)
    except (TypeError, ValueError):
        return None
    if pd.isna(t):
        return None
    if t.tzinfo is not None:
        t = t.tz_localize(None)
    return t.normalize()


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
        year = s.loc[m, 1].astype(int)
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
        out.loc[m, "flag"] = "part of year"
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
        if period == "day" and len({(d.month, d.day) for d in dates}) == 1:
            # "Nov. 21", "3 March": that day in the latest year not after the probe
            md = (dates[0].month, dates[0].day)
            predicted = [_month_day(p.year - (md > (p.month, p.day)), *md) for p in _PROBES]
            if predicted == dates:
                return ("month_day", md[0] * 100 + md[1], period)
        if _WEEKDAY_WORD.search(text):
            return ("weekday", period)  # "last Wednesday", "this week": the offset depends on the day of the week
        return ("fallback",)
    months = {int(_month_index([d])[0] - _month_index([p])[0]) for d, p in zip(dates, _PROBES)}
    if len(months) == 1:
        return ("months", months.pop(), period)
    if period in ("quarter", "year"):
        # "two years ago", "last year": a fixed number of whole periods back.
        unit = 3 if period == "quarter" else 12
        steps = {int(_month_index([d])[0] // unit - _month_index([p])[0] // unit) for d, p in zip(dates, _PROBES)}
        if len(steps) == 1 and all(_month_index([d])[0] % unit == 0 and d.day == 1 for d in dates):
            return ("months", steps.pop() * unit, period)
    if period == "month" and len({d.month for d in dates}) == 1:
        month = dates[0].month
        predicted = [pd.Timestamp(p.year - (month > p.month), month, 1) for p in _PROBES]
        if predicted == dates:
            return ("named_month", month, period)
    return ("fallback",)


_WEEKDAY_WORD = re.compile(r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|mon\b|tue|wed\b|thu|fri\b|sat\b|sun\b")
_KINDS = ("none", "empty", "absolute", "days", "weekday", "months", "named_month", "fallback", "range", "month_day")
_K = {k: i for i, k in enumerate(_KINDS)}
_BASES = ("explicit", "relative", "publication")
_RELATIVE = ("days", "weekday", "months", "named_month", "fallback", "month_day")


_MONTH_NUM = {m[:3]: i + 1 for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july",
                                                   "august", "september", "october", "november", "december"))}
_MONTH_OF_YEAR = re.compile(
    r"^(?:(?:in|during|by|from|since|until) )?"
    r"(?:(?P<last>last) )?(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?:(?: of)? (?P<rel>last|this) year)?$")


def _named_month_year(pub_year, pub_month, month, rel):
    """The year of a named month (scalars or arrays): rel 0 the latest not after publication ("in March"),
    1 last year's ("in March last year"), 2 this year's ("in December this year"), 3 the latest before
    publication ("last March")."""
    back = np.select([rel == 1, rel == 2, rel == 3], [1, 0, month >= pub_month], default=month > pub_month)
    return pub_year - back.astype(int)


def _month_day(year: int, month: int, day: int) -> pd.Timestamp | None:
    """That day, or None when it does not exist (29 February in a common year)."""
    try:
        return pd.Timestamp(int(year), int(month), int(day))
    except ValueError:
        return None
_PLAIN_ISO = r"^\d{4}-\d{2}-\d{2}$"


def _distinct(texts: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Row codes and distinct texts (missing cells read as ""); cheap on categoricals."""
    codes, uniques = pd.factorize(texts, sort=False)
    u = pd.Index(uniques).astype(object).to_numpy()
    if len(u) and pd.api.types.infer_dtype(u, skipna=False) != "string":
        u = np.array([str(v) for v in u], dtype=object)
    u = np.append(u, "").astype(object)
    codes = np.where(codes < 0, len(u) - 1, codes).astype(np.int32 if len(u) < 2**31 else np.int64)
    return codes, u


_NUMERIC_DATE = re.compile(r"\d{1,4}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{1,4}")


def _learn_rules(cleaned: np.ndarray, todo: np.ndarray) -> dict[int, tuple]:
    rules: dict[int, tuple] = {}
    for i in todo:  # one dateparser lesson per distinct phrase, never per row
        rules[i] = _learn_rule(cleaned[i])
        if rules[i][0] == "none" and _NUMERIC_DATE.fullmatch(cleaned[i]):
            rules[i] = ("no_such_day",)  # "31/02/2025" is a mistake to report, not the year 2025 with a guess
        elif rules[i][0] == "none":
            found = _search_inside(cleaned[i])
            if found is not None:
                rules[i] = ("inner", found)
    return rules


def _classify(uniques: np.ndarray, day_first: bool) -> tuple:
    """What each distinct text is, before any publication date is applied.

    Returns per-text arrays: rule kind, fixed date, fixed end, precision code,
    flag, error, rule argument, and the text the rule applies to.
    """
    U = len(uniques)
    kind = np.full(U, _K["none"], dtype=np.int8)
    u_date = np.full(U, np.datetime64("NaT"), dtype="datetime64[ns]")
    u_end = np.full(U, np.datetime64("NaT"), dtype="datetime64[ns]")
    u_prec = np.full(U, -1, dtype=np.int8)
    u_flag = np.full(U, None, dtype=object)
    u_error = np.full(U, None, dtype=object)
    u_arg = np.zeros(U, dtype=np.int64)  # day / month offset, or the named month
    u_text = uniques.copy()  # the text a rule is applied to (the inner phrase for "inner")
    prec_code = {p: i for i, p in enumerate(PRECISIONS)}

    # Plain ISO dates (YYYY-MM-DD): pandas reads them all at once.
    u_ser = pd.Series(uniques, dtype=object)
    plain = u_ser.str.match(_PLAIN_ISO).fillna(False).to_numpy(dtype=bool, copy=True)
    if plain.any():
        plain[plain] = [v.isascii() for v in uniques[plain]]
    if plain.any():
        got = pd.to_datetime(u_ser[plain], format="%Y-%m-%d", errors="coerce")
        yr = got.dt.year
        ok = (got.notna() & (yr >= 1800) & (yr <= 2200)).to_numpy()
        idx = np.flatnonzero(plain)[ok]
        kind[idx] = _K["absolute"]
        u_date[idx] = got.to_numpy()[ok]
        u_prec[idx] = prec_code["day"]
        plain[np.flatnonzero(plain)[~ok]] = False
    # an ISO-shaped day that is no calendar day ("2025-13-01", "2025-02-30 10:00"): an error, never the
    # 13 January dateparser would read; a year out of range is said by the rule below
    shaped = u_ser.str.match(r"\d{4}-\d{2}-\d{2}(?:$|[tT ]\d)").fillna(False).to_numpy(dtype=bool) & ~plain
    if shaped.any():
        day = pd.to_datetime(u_ser[shaped].str[:10], format="%Y-%m-%d", errors="coerce")
        yr = pd.to_numeric(u_ser[shaped].str[:4])
        nodate = np.flatnonzero(shaped)[(day.isna() & (yr >= 1800) & (yr <= 2200)).to_numpy()]
        kind[nodate] = _K["range"]
        u_error[nodate] = [f"not a calendar date: {u!r} (no such day or month)" for u in uniques[nodate]]
        plain[nodate] = True  # settled: no later rule reads it
    rest = np.flatnonzero(~plain)

    cleaned = np.full(U, "", dtype=object)
    cleaned[rest] = [_clean(u) for u in uniques[rest]]
    cl = pd.Series(cleaned[rest], dtype=object)
    empty_r = cl.eq("").to_numpy()
    kind[rest[empty_r]] = _K["empty"]
    # Years outside what a timestamp can hold are errors before any parsing.
    years = cl.str.extractall(r"(?<!\d)(\d{4,})(?!\d)")[0]
    if len(years):
        years = pd.to_numeric(years, errors="coerce").astype("float64").groupby(level=0)
        yr_min = years.min().reindex(cl.index).to_numpy()
        yr_max = years.max().reindex(cl.index).to_numpy()
        for mask, what in ((yr_max > 2200, "date in the future: "), (yr_min < 1800, "date before 1800: ")):
            if mask.any():
                u_error[rest[mask]] = [what + repr(u) for u in uniques[rest[mask]]]
                kind[rest[mask]] = _K["range"]
    cand = rest[(kind[rest] == _K["none"])]
    if len(cand):
        absolute = _absolute_rules(pd.Series(cleaned[cand], dtype=object), day_first)
        found = absolute["date"].notna().to_numpy()
        idx = cand[found]
        kind[idx] = _K["absolute"]
        u_date[idx] = absolute["date"].to_numpy()[found]
        u_end[idx] = absolute["end"].to_numpy()[found]
        u_prec[idx] = [prec_code[p] for p in absolute["precision"].to_numpy()[found]]
        u_flag[idx] = absolute["flag"].to_numpy()[found]
        cand = cand[~found]

    if len(cand):  # "in March last year", "last March": a named month in a year fixed relative to publication
        got = pd.Series(cleaned[cand], dtype=object).str.extract(_MONTH_OF_YEAR)
        hit = (got["mon"].notna() & (got["rel"].notna() | got["last"].notna())).to_numpy()  # else as before
        for i, mon, rel, last in zip(cand[hit], got["mon"][hit], got["rel"][hit], got["last"][hit]):
            month = _MONTH_NUM[mon[:3]]
            kind[i] = _K["named_month"]
            u_arg[i] = month + 100 * (1 if rel == "last" else 2 if rel == "this" else 3 if last else 0)
            u_prec[i] = prec_code["month"]
        cand = cand[~hit]
    for i, rule in _learn_rules(cleaned, cand).items():
        text = cleaned[i]
        if rule[0] == "inner":
            rule, text = rule[1]
            u_flag[i] = f"date read from {text!r}"
        u_text[i] = text
        k = rule[0]
        if k == "no_such_day":
            kind[i] = _K["none"]
            u_error[i] = f"not a calendar date: {text!r} (no such day or month)"
            continue
        kind[i] = _K[k]
        if k == "none":
            u_error[i] = f"not a date: {text!r}"
        elif k == "absolute":
            u_date[i] = np.datetime64(pd.Timestamp(rule[1]), "ns")
            u_prec[i] = prec_code[rule[2]]
        elif k in ("days", "months"):
            u_arg[i] = rule[1]
            u_prec[i] = prec_code[rule[2]]
        elif k == "weekday":
            u_prec[i] = prec_code[rule[1]]
        elif k == "named_month":
            u_arg[i] = rule[1]
            u_prec[i] = prec_code["month"]
        elif k == "month_day":
            u_arg[i] = rule[1]
            u_prec[i] = prec_code["day"]
        else:
            u_text[i] = text

    return kind, u_date, u_end, u_prec, u_flag, u_error, u_arg, u_text


# Per-phrase results for small batches (the extractor resolves a few phrases per
# article, mostly the same ones): skips the pandas set-up cost on a repeat.
_PHRASE_CACHE: dict[tuple[str, bool], tuple] = {}
_PHRASE_CACHE_MAX = 50_000
_SMALL = 256


def _rules_for(uniques, day_first: bool) -> list[tuple]:
    """Per-text rule tuples (as returned by ``_classify``), cached per phrase."""
    found = [_PHRASE_CACHE.get((u, day_first)) for u in uniques]
    miss = [i for i, f in enumerate(found) if f is None]
    if miss:
        got = _classify(np.array([uniques[i] for i in miss], dtype=object), day_first)
        if len(_PHRASE_CACHE) > _PHRASE_CACHE_MAX:
            _PHRASE_CACHE.clear()
        for j, i in enumerate(miss):
            found[i] = tuple(arr[j] for arr in got)
            _PHRASE_CACHE[(uniques[i], day_first)] = found[i]
    return found


def _classify_cached(uniques: np.ndarray, day_first: bool) -> tuple:
    if len(uniques) > _SMALL:
        return _classify(uniques, day_first)
    cols = list(zip(*_rules_for(uniques, day_first)))
    dtypes = (np.int8, "datetime64[ns]", "datetime64[ns]", np.int8, object, object, np.int64, object)
    return tuple(np.array(c, dtype=d) for c, d in zip(cols, dtypes))


_WEEK = PRECISIONS.index("week")


def _period_end_one(start: pd.Timestamp, precision: str) -> pd.Timestamp:
    """``_period_end_np`` for one date (the vectorised form's numpy set-up costs more than this)."""
    if precision == "week":
        return start + pd.Timedelta(days=6)
    if precision in ("month", "quarter", "year"):
        months = {"month": 1, "quarter": 3, "year": 12}[precision]
        mi = start.year * 12 + start.month - 1
        mi = mi // months * months + months
        return pd.Timestamp(mi // 12, mi % 12 + 1, 1) - pd.Timedelta(days=1)
    return start


def resolve_few(texts, published=None, *, day_first: bool = False, today=None) -> list[dict]:
    """:func:`resolve_dates` for a few phrases sharing one publication date, one dict per phrase.

    The same rules (each phrase's rule is learnt and cached by ``_rules_for``),
    applied with plain Python arithmetic: the extractor resolves a handful of
    phrases per article, where building pandas objects cost more than the dates.
    ``tests/test_dates.py`` checks it against :func:`resolve_dates`.
    """
    pub = as_day(published)
    today = pd.Timestamp(today or pd.Timestamp.now().normalize())
    texts = ["" if t is None or (not isinstance(t, str) and pd.isna(t)) else str(t) for t in texts]
    rules = dict(zip(dict.fromkeys(texts), _rules_for(list(dict.fromkeys(texts)), day_first)))
    out = []
    for t in texts:
        kind, u_date, u_end, u_prec, flag, error, arg, u_text = rules[t]
        k = _KINDS[kind]
        date = pd.Timestamp(u_date) if not np.isnat(u_date) else None
        end = pd.Timestamp(u_end) if not np.isnat(u_end) else None
        prec = int(u_prec)
        basis = "explicit" if k == "absolute" else "relative" if k in _RELATIVE else None
        flag = flag if isinstance(flag, str) else None
        if k == "empty":
            if pub is None:
                out.append(dict(date=None, date_end=None, date_precision=None, date_basis=None,
                                date_flag="undated: no date and no publication date", date_error=None))
                continue
            date, prec, basis = pub, PRECISIONS.index("day"), "publication"
        elif basis == "relative" and pub is None:
            out.append(dict(date=None, date_end=None, date_precision=None, date_basis=None, date_flag=flag,
                            date_error=f"relative date needs a publication date: {t!r}"))
            continue
        elif k == "days":
            date = pub + pd.Timedelta(days=int(arg))
            if prec == _WEEK:
                date = date - pd.Timedelta(days=date.weekday())
        elif k == "months":
            mi = pub.year * 12 + pub.month - 1 + int(arg)
            p = PRECISIONS[prec]
            mi = mi // 12 * 12 if p == "year" else mi // 3 * 3 if p == "quarter" else mi
            date = pd.Timestamp(mi // 12, mi % 12 + 1, 1) if 1678 * 12 <= mi < 2262 * 12 else None
        elif k == "named_month":
            month, rel = int(arg) % 100, int(arg) // 100
            date = pd.Timestamp(int(_named_month_year(pub.year, pub.month, month, rel)), month, 1)
        elif k == "month_day":
            md = (int(arg) // 100, int(arg) % 100)
            date = _month_day(pub.year - (md > (pub.month, pub.day)), *md)
            if date is None:
                error = f"not a date: {t!r}"
        elif k == "weekday":
            probe = pd.Timestamp("2025-06-23") + pd.Timedelta(days=pub.weekday())
            got = _dateparser(u_text, probe.date())[0]
            date = pub + (pd.Timestamp(got) - probe) if got else None
            if date is None:
                error = f"not a date: {t!r}"
        elif k == "fallback":
            got, period = _dateparser(u_text, pub.date())
            if got is None:
                error = f"not a date: {u_text!r}"
            else:
                date, prec = pd.Timestamp(got), PRECISIONS.index(period)
        if isinstance(error, str) or date is None:
            out.append(dict(date=None, date_end=None, date_precision=None, date_basis=None, date_flag=flag,
                            date_error=error if isinstance(error, str) else None))
            continue
        if end is None:
            end = _period_end_one(date, PRECISIONS[prec])
        problem = None
        if date < MIN_DATE:
            problem = f"date before 1800: {t!r}"
        elif pub is not None and date > pub:
            problem = f"date {date:%Y-%m-%d} is after the publication date {pub:%Y-%m-%d}"
        elif pub is None and date > today:
            problem = f"date in the future: {t!r}"
        if problem:
            out.append(dict(date=None, date_end=None, date_precision=None, date_basis=None, date_flag=flag,
                            date_error=problem))
            continue
        out.append(dict(date=date, date_end=end, date_precision=PRECISIONS[prec], date_basis=basis,
                        date_flag=flag, date_error=None))
    return out


# --- Dates named by reference to an earlier one ------------------------------
# "that month", "the next day": each is read as the deictic phrase it stands for, resolved against the
# date mentioned before it instead of the publication date.  A forward step ("the next day") is the backward
# phrase from two steps on, so the rules above (which refuse dates after publication) still apply.
_SAME = {"day": "today", "morning": "today", "afternoon": "today", "evening": "today", "night": "today",
         "week": "this week", "month": "this month", "year": "this year",
         # "at the same hearing" is that hearing's day
         **{e: "today" for e in ("meeting", "hearing", "session", "sitting", "debate", "briefing", "conference",
                                 "news conference", "press conference", "summit", "event", "forum", "rally",
                                 "interview", "vote")}}
_STEP = {"day": ("yesterday", pd.DateOffset(days=2)), "week": ("last week", pd.DateOffset(weeks=2)),
         "month": ("last month", pd.DateOffset(months=2)), "year": ("last year", pd.DateOffset(years=2))}
ANAPHOR = re.compile(
    r"\b(?:at the (?P<time>time)(?! of\b)|(?:later|earlier) (?:that|the same) (?P<later>day)|(?:that|the same) (?P<same>day|morning|afternoon|"
    r"evening|night|week|month|year)|(?:that|the) same (?:[a-z\-]+ )?(?P<event>meeting|hearing|session|sitting|debate|briefing|"
    r"(?:news |press )?conference|summit|event|forum|rally|interview|vote)|the (?:next|following) (?P<next1>day|week|month|year)|the (?P<next2>day|week|"
    r"month|year) after(?!\s+(?:the|a|an|his|her|their|its)\b)|the (?P<prev1>day|week|month|year) before"
    r"(?!\s+(?:the|a|an|his|her|their|its)\b)|the previous (?P<prev2>day|week|month|year))\b", re.I)


def resolve_anaphor(phrase: str, antecedent: dict, published=None) -> dict:
    """A date like "that month" as a :func:`resolve_few` dict, from ``antecedent`` (the earlier date's dict).

    Never finer than the earlier date: "in March … that day" is March.  A result
    after ``published`` is an error, as for any other phrase.
    """
    m = ANAPHOR.search(phrase or "")
    if m is None or antecedent.get("date") is None:
        return dict(date=None, date_end=None, date_precision=None, date_basis=None, date_flag=None,
                    date_error=f"{phrase!r} refers to no earlier date")
    unit = next(v for v in m.groupdict().values() if v)
    kind = next(k for k, v in m.groupdict().items() if v)
    ante = pd.Timestamp(antecedent["date"])
    if kind == "time":  # "said at the time": when the earlier date says, as precise as it is
        return {**antecedent, "date_basis": "relative", "date_error": None}
    if kind in ("later", "same", "event"):
        got = resolve_few([_SAME[unit]], ante)[0]
    elif kind.startswith("prev"):
        got = resolve_few([_STEP[unit][0]], ante)[0]
    else:
        got = resolve_few([_STEP[unit][0]], ante + _STEP[unit][1])[0]
    if got["date"] is None:
        return got
    if PRECISIONS.index(got["date_precision"]) < PRECISIONS.index(antecedent["date_precision"]):
        if kind not in ("later", "same", "event"):  # "in March … the next day": no day to step from
            return dict(date=None, date_end=None, date_precision=None, date_basis=None, date_flag=None,
                        date_error=f"{phrase!r} is finer than the earlier date it counts from")
        got = {**antecedent}  # "in March … that day" is March
    pub = as_day(published)
    if pub is not None and got["date"] > pub:
        return dict(date=None, date_end=None, date_precision=None, date_basis=None, date_flag=None,
                    date_error=f"date {got['date']:%Y-%m-%d} is after the publication date {pub:%Y-%m-%d}")
    return {**got, "date_basis": "relative", "date_error": None}


def resolve_dates(
    texts: pd.Series,
    published: pd.Series | pd.Timestamp | None = None,
    *,
    day_first: bool = False,
    today: pd.Timestamp | None = None,
) -> pd.DataFrame:
    """Resolve dates as written against publication dates.

    Returns a frame aligned with ``texts``: date, date_end, date_precision,
    date_basis, date_flag (categoricals) and date_error (object: the reason
    when a row is no date).

    Each distinct text is read once: plain ISO dates by pandas in one go, other
    fixed dates by regex rules, the rest by a rule learnt from three dateparser
    probes; rows then get their dates by vectorised arithmetic on their
    publication dates.
    """
    texts = pd.Series(texts)
    index = texts.index
    n = len(texts)
    if isinstance(published, pd.Series):
        pub = published if published.dtype == "datetime64[ns]" else pd.to_datetime(published, errors="coerce")
        pub = pub.reindex(index) if not pub.index.equals(index) else pub
        pub = pub.astype("datetime64[ns]")
        v = pub.to_numpy().view("int64")
        if ((v % 86_400_000_000_000 != 0) & ~np.isnat(pub.to_numpy())).any():
            pub = pub.dt.normalize()
    else:
        pub = pd.Series(pd.Timestamp(published).normalize() if published is not None else pd.NaT, index=index)
    pub_np = pub.to_numpy(dtype="datetime64[ns]")
    if n == 0:
        return _empty_frame(index)

    codes, uniques = _distinct(texts)
    U = len(uniques)
    kind, u_date, u_end, u_prec, u_flag, u_error, u_arg, u_text = _classify_cached(uniques, day_first)
    prec_code = {p: i for i, p in enumerate(PRECISIONS)}
    # --- Row-level assembly: arrays indexed by the row's distinct-text code ---
    k_row = kind[codes]
    date = u_date[codes]
    end = u_end[codes]
    precision = u_prec[codes]
    u_basis = np.full(U, -1, dtype=np.int8)
    u_basis[kind == _K["absolute"]] = 0
    u_basis[np.isin(kind, [_K[k] for k in _RELATIVE])] = 1
    basis = u_basis[codes]
    pub_nat = np.isnat(pub_np)

    m = k_row == _K["empty"]
    if m.any():
        date[m] = pub_np[m]
        precision[m] = np.where(pub_nat[m], -1, prec_code["day"])
        basis[m] = np.where(pub_nat[m], -1, 2)

    pub_idx = pd.DatetimeIndex(pub_np)
    rel_ok = ~pub_nat
    m = (k_row == _K["days"]) & rel_ok
    if m.any():
        start = pub_np[m] + u_arg[codes[m]].astype("timedelta64[D]")
        wk = precision[m] == prec_code["week"]
        dow = (start.astype("datetime64[D]").astype("int64") - 4) % 7  # 1970-01-01 was a Thursday
        start = np.where(wk, start - dow.astype("timedelta64[D]"), start)
        date[m] = start
    m = (k_row == _K["months"]) & rel_ok
    if m.any():
        mi = _month_index(pub_idx[m]) + u_arg[codes[m]]
        p = precision[m]
        mi = np.where(p == prec_code["year"], mi // 12 * 12, np.where(p == prec_code["quarter"], mi // 3 * 3, mi))
        date[m] = _month_starts(mi)
    m = (k_row == _K["named_month"]) & rel_ok
    if m.any():
        pm = pub_idx[m]
        month, rel = u_arg[codes[m]] % 100, u_arg[codes[m]] // 100
        year = _named_month_year(pm.year.to_numpy(), pm.month.to_numpy(), month, rel)
        date[m] = _month_starts(year * 12 + month - 1)
    m = (k_row == _K["month_day"]) & rel_ok
    if m.any():
        pm = pub_idx[m]
        md = u_arg[codes[m]]
        later = md > pm.month.to_numpy() * 100 + pm.day.to_numpy()
        years = pm.year.to_numpy() - later
        month0 = (years - 1970) * 12 + md // 100 - 1
        day = (month0.astype("datetime64[M]").astype("datetime64[D]") + (md % 100 - 1)).astype("datetime64[ns]")
        ok = day.astype("datetime64[M]").astype(np.int64) == month0  # 29 February of a common year is no day
        date[m] = np.where(ok, day, np.datetime64("NaT"))
    m = (k_row == _K["weekday"]) & rel_ok
    if m.any():
        rows = np.flatnonzero(m)
        wd = pub_idx[rows].day_of_week.to_numpy()
        key = codes[rows].astype(np.int64) * 7 + wd
        ukeys, inv = np.unique(key, return_inverse=True)
        offs = np.empty(len(ukeys), dtype="float64")
        for j, kk in enumerate(ukeys):
            probe = pd.Timestamp("2025-06-23") + pd.Timedelta(days=int(kk % 7))
            got = _dateparser(u_text[kk // 7], probe.date())[0]
            offs[j] = (pd.Timestamp(got) - probe).days if got else np.nan
        o = offs[inv]
        d = pub_np[rows] + np.where(np.isnan(o), 0, o).astype("timedelta64[D]")
        d[np.isnan(o)] = np.datetime64("NaT")
        date[rows] = d
    m = (k_row == _K["fallback"]) & rel_ok
    error_row_code = None
    extra_errors: list[str] = []
    if m.any():  # one parse per distinct (text, publication date)
        rows = np.flatnonzero(m)
        key = pd.MultiIndex.from_arrays([codes[rows], pub_np[rows]])
        kcodes, kuniq = pd.factorize(key)
        got_d = np.full(len(kuniq), np.datetime64("NaT"), dtype="datetime64[ns]")
        got_p = np.full(len(kuniq), -1, dtype=np.int8)
        got_e = np.full(len(kuniq), -1, dtype=np.int64)
        for j, (c, p) in enumerate(kuniq):
            got, period = _dateparser(u_text[c], pd.Timestamp(p).date())
            if got is None:
                got_e[j] = len(extra_errors)
                extra_errors.append(f"not a date: {u_text[c]!r}")
            else:
                got_d[j] = np.datetime64(pd.Timestamp(got), "ns")
                got_p[j] = prec_code[period]
        date[rows] = got_d[kcodes]
        precision[rows] = got_p[kcodes]
        error_row_code = np.full(n, -1, dtype=np.int64)
        error_row_code[rows] = got_e[kcodes]

    # Errors: per distinct text, then per row.
    error = np.full(n, None, dtype=object)
    has_u_err = np.array([e is not None for e in u_error], dtype=bool)
    m = has_u_err[codes]
    error[m] = u_error[codes[m]]
    m = error_row_code >= 0 if error_row_code is not None else np.zeros(n, dtype=bool)
    if m.any():
        error[m] = np.asarray(extra_errors, dtype=object)[error_row_code[m]]
    unread = np.isin(k_row, [_K["weekday"], _K["month_day"]]) & rel_ok & np.isnat(date) & (error == None)  # noqa: E711
    if unread.any():  # dateparser could not place it against this publication date: say so, do not guess
        error[unread] = _row_texts("not a date: ", uniques, codes, unread)
    has_date = ~np.isnat(date)
    is_err = m | has_u_err[codes] | unread
    # Relative dates without a publication date cannot be resolved.
    rel_no_pub = (basis == 1) & pub_nat & ~has_date & ~is_err
    if rel_no_pub.any():
        error[rel_no_pub] = _row_texts("relative date needs a publication date: ", uniques, codes, rel_no_pub)
    need_end = has_date & np.isnat(end)
    if need_end.any():
        end[need_end] = _period_end_np(date[need_end], precision[need_end])
    # Plausibility: before 1800 or after publication (or today) is an error.
    today = np.datetime64(pd.Timestamp(today or pd.Timestamp.now().normalize()), "ns")
    too_old = has_date & (date < np.datetime64(MIN_DATE, "ns"))
    too_new = has_date & np.where(pub_nat, date > today, date > pub_np)
    if too_old.any():
        error[too_old] = _row_texts("date before 1800: ", uniques, codes, too_old)
    after_pub = too_new & ~pub_nat
    if after_pub.any():
        error[after_pub] = (
            "date " + pd.Series(date[after_pub]).dt.strftime("%Y-%m-%d")
            + " is after the publication date " + pd.Series(pub_np[after_pub]).dt.strftime("%Y-%m-%d")
        ).to_numpy(dtype=object)
    future = too_new & pub_nat
    if future.any():
        error[future] = _row_texts("date in the future: ", uniques, codes, future)
    bad = too_old | too_new | is_err | rel_no_pub
    date[bad] = np.datetime64("NaT")
    end[bad] = np.datetime64("NaT")
    precision[bad] = -1
    basis[bad] = -1

    # Flags: per distinct text, plus rows with neither a date nor a publication date.
    u_flag[pd.isna(u_flag)] = None
    flag_list = [f for f in pd.unique(pd.Series(u_flag, dtype=object).dropna())]
    undated = "undated: no date and no publication date"
    if undated not in flag_list:
        flag_list.append(undated)
    lookup = {f: i for i, f in enumerate(flag_list)}
    u_fcode = np.array([lookup[f] if f is not None else -1 for f in u_flag], dtype=np.int32)
    fcode = u_fcode[codes]
    fcode[(k_row == _K["empty"]) & pub_nat] = lookup[undated]

    return pd.DataFrame(
        {
            "date": date,
            "date_end": end,
            "date_precision": _cat(precision, PRECISIONS),
            "date_basis": _cat(basis, _BASES),
            "date_flag": _cat(fcode, flag_list),
            "date_error": pd.Series(error, dtype=object, index=index),
        },
        index=index,
        copy=False,
    )


def _cat(codes: np.ndarray, categories) -> pd.Categorical:
    """A categorical of the categories in use (codes -1 are missing)."""
    categories = pd.Index(list(categories), dtype="str")
    used = np.bincount(codes[codes >= 0], minlength=len(categories)) > 0
    if not used.all():
        remap = np.full(len(categories) + 1, -1, dtype=np.int64)
        remap[np.flatnonzero(used)] = np.arange(int(used.sum()))
        codes = remap[codes]  # -1 indexes the last slot, which stays -1
        categories = categories[used]
    return pd.Categorical.from_codes(codes, categories=categories)


def _row_texts(prefix: str, uniques: np.ndarray, codes: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """``prefix + repr(text)`` for the masked rows, built once per distinct text."""
    c = codes[mask]
    uc, inv = np.unique(c, return_inverse=True)
    return np.array([prefix + repr(u) for u in uniques[uc]], dtype=object)[inv]


def _month_starts(month_index: np.ndarray) -> np.ndarray:
    """First day of each month index (year * 12 + month - 1); NaT when out of range."""
    mi = np.asarray(month_index, dtype=np.int64)
    out = np.full(len(mi), np.datetime64("NaT"), dtype="datetime64[ns]")
    ok = (mi >= 1678 * 12) & (mi < 2262 * 12)
    m = (mi[ok] - 1970 * 12).astype("datetime64[M]")
    out[ok] = m.astype("datetime64[ns]")
    return out


def _period_end_np(start: np.ndarray, precision: np.ndarray) -> np.ndarray:
    """Last day of each period (precision codes into PRECISIONS), vectorised."""
    start = start.astype("datetime64[ns]")
    end = start.copy()
    day = np.timedelta64(1, "D")
    p = precision
    m = p == PRECISIONS.index("week")
    end[m] = start[m] + np.timedelta64(6, "D")
    m = p == PRECISIONS.index("month")
    end[m] = ((start[m].astype("datetime64[M]") + 1).astype("datetime64[ns]") - day)
    m = p == PRECISIONS.index("quarter")
    if m.any():
        mi = start[m].astype("datetime64[M]").astype("int64")
        end[m] = ((mi // 3 * 3 + 3).astype("datetime64[M]").astype("datetime64[ns]") - day)
    m = p == PRECISIONS.index("year")
    end[m] = ((start[m].astype("datetime64[Y]") + 1).astype("datetime64[ns]") - day)
    return end


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
    """Resolve one date phrase (for single edits and interactive use)."""
    return resolve_few([text], published, day_first=day_first)[0]
