"""Date phrases resolved against a publication date of Wednesday 2025-06-25."""
import pandas as pd
import pytest

from stancetrack.dates import resolve_dates, resolve_few, resolve_one

PUB = pd.Timestamp("2025-06-25")

TABLE = [
    # text, date, date_end, precision, basis
    ("on Wednesday", "2025-06-25", "2025-06-25", "day", "relative"),
    ("Wednesday", "2025-06-25", "2025-06-25", "day", "relative"),
    ("last Wednesday", "2025-06-18", "2025-06-18", "day", "relative"),
    ("on Tuesday", "2025-06-24", "2025-06-24", "day", "relative"),
    ("Friday", "2025-06-20", "2025-06-20", "day", "relative"),
    ("yesterday", "2025-06-24", "2025-06-24", "day", "relative"),
    ("today", "2025-06-25", "2025-06-25", "day", "relative"),
    ("last week", "2025-06-16", "2025-06-22", "week", "relative"),
    ("3 weeks ago", "2025-06-02", "2025-06-08", "week", "relative"),
    ("in February", "2025-02-01", "2025-02-28", "month", "relative"),
    ("in September", "2024-09-01", "2024-09-30", "month", "relative"),
    ("in June", "2025-06-01", "2025-06-30", "month", "relative"),
    ("last month", "2025-05-01", "2025-05-31", "month", "relative"),
    ("earlier this month", "2025-06-01", "2025-06-30", "month", "relative"),
    ("two years ago", "2023-01-01", "2023-12-31", "year", "relative"),
    ("last year", "2024-01-01", "2024-12-31", "year", "relative"),
    ("2008", "2008-01-01", "2008-12-31", "year", "explicit"),
    ("in 2008", "2008-01-01", "2008-12-31", "year", "explicit"),
    ("February 2022", "2022-02-01", "2022-02-28", "month", "explicit"),
    ("Q3 2024", "2024-07-01", "2024-09-30", "quarter", "explicit"),
    ("third quarter of 2024", "2024-07-01", "2024-09-30", "quarter", "explicit"),
    ("2025-06-25T23:30:00-05:00", "2025-06-25", "2025-06-25", "day", "explicit"),
    ("2024-01", "2024-01-01", "2024-01-31", "month", "explicit"),
    ("25 June 2025", "2025-06-25", "2025-06-25", "day", "explicit"),
    ("June 25, 2025", "2025-06-25", "2025-06-25", "day", "explicit"),
    ("the 1990s", "1990-01-01", "1999-12-31", "year", "explicit"),
    ("summer 2023", "2023-06-01", "2023-08-31", "quarter", "explicit"),
    ("mid-2023", "2023-05-01", "2023-08-31", "quarter", "explicit"),
    ("in a radio interview in September", "2024-09-01", "2024-09-30", "month", "relative"),
    ("", "2025-06-25", "2025-06-25", "day", "publication"),
]


@pytest.mark.parametrize("text,date,end,precision,basis", TABLE)
def test_phrase_table(text, date, end, precision, basis):
    r = resolve_one(text, PUB)
    assert r["date_error"] is None, r
    assert r["date"] == pd.Timestamp(date)
    assert r["date_end"] == pd.Timestamp(end)
    assert r["date_precision"] == precision
    assert r["date_basis"] == basis


@pytest.mark.parametrize("text,reason", [
    ("blah blah", "not a date"),
    ("in the past", "not a date"),
    ("next month", "after the publication date"),
    ("1700", "before 1800"),
])
def test_errors_are_reasons_not_guesses(text, reason):
    r = resolve_one(text, PUB)
    assert r["date"] is None
    assert reason in r["date_error"]


def test_ambiguous_numeric_dates_follow_configured_order_and_are_flagged():
    us = resolve_one("03/04/2024", PUB)
    eu = resolve_one("03/04/2024", PUB, day_first=True)
    assert us["date"] == pd.Timestamp("2024-03-04") and "month/day" in us["date_flag"]
    assert eu["date"] == pd.Timestamp("2024-04-03") and "day/month" in eu["date_flag"]
    assert resolve_one("25/04/2024", PUB, day_first=True)["date_flag"] is None


def test_each_row_uses_its_own_publication_date():
    texts = pd.Series(["in February", "in February", "last Wednesday", "last Wednesday", "two years ago"])
    pubs = pd.Series(pd.to_datetime(["2025-06-25", "2024-01-30", "2025-06-25", "2019-11-04", "2010-03-03"]))
    r = resolve_dates(texts, pubs)
    assert list(r["date"].dt.strftime("%Y-%m-%d")) == [
        "2025-02-01", "2023-02-01", "2025-06-18", "2019-10-30", "2008-01-01"]


def test_matches_row_by_row_dateparser_on_a_sample():
    """The rule learnt from probes equals a direct parse for each publication date."""
    from stancetrack.dates import _dateparser

    rng = pd.Series(pd.date_range("2015-01-01", "2025-06-30", freq="D")).sample(120, random_state=1)
    phrases = ["in February", "last Wednesday", "on Friday", "two years ago", "last month", "3 weeks ago",
               "yesterday", "in September", "last year", "in December"]
    texts = pd.Series([phrases[i % len(phrases)] for i in range(len(rng))])
    got = resolve_dates(texts, rng.reset_index(drop=True))
    for t, p, d in zip(texts, rng, got["date"]):
        expect, period = _dateparser(t.lower(), p.date())
        expect = pd.Timestamp(expect)
        if period == "week":
            expect = expect - pd.Timedelta(days=expect.weekday())
        assert d == expect, (t, p, d, expect)


def test_relative_date_without_publication_is_a_clear_error():
    r = resolve_one("last Wednesday", None)
    assert r["date"] is None and "publication date" in r["date_error"]
    assert resolve_one("2008", None)["date"] == pd.Timestamp("2008-01-01")


def test_small_batches_use_the_phrase_cache_and_agree_with_big_batches():
    """The extractor resolves a few phrases at a time; results must not depend on batch size."""
    from stancetrack import dates

    filler = [f"{d} {m} 20{y:02d}" for d in range(1, 29) for m in ("March", "May") for y in range(10, 15)]
    texts = [t for t, *_ in TABLE] + filler  # > 256 distinct strings: the uncached path
    assert len(set(texts)) > dates._SMALL
    big = resolve_dates(pd.Series(texts), PUB).iloc[: len(TABLE)]
    dates._PHRASE_CACHE.clear()
    for (text, *_), (_, row) in zip(TABLE, big.iterrows()):
        one = resolve_one(text, PUB)
        assert (one["date"], one["date_precision"], one["date_basis"]) == (
            row["date"], row["date_precision"], row["date_basis"]), text


@pytest.mark.parametrize("text,published,expected", [
    ("Nov. 21", "2024-12-04", "2024-11-21"),
    ("Nov. 21", "2025-06-25", "2024-11-21"),
    ("November 21", "2026-02-12", "2025-11-21"),
    ("March 3", "2024-12-04", "2024-03-03"),
    ("on 3 March", "2026-02-12", "2025-03-03"),
    ("Dec. 1", "2025-12-01", "2025-12-01"),
    ("Feb. 29", "2025-06-25", "2024-02-29"),
])
def test_day_and_month_without_a_year_is_the_latest_such_day(text, published, expected):
    """A day and month with no year is the last such day on or before publication (not a weekday offset)."""
    r = resolve_one(text, published)
    assert r["date"] == pd.Timestamp(expected) and r["date_precision"] == "day", r
    many = resolve_dates(pd.Series([text, text]), pd.Series(pd.to_datetime([published, published])))
    assert (many["date"] == pd.Timestamp(expected)).all()


def test_a_phrase_dateparser_cannot_place_is_an_error_in_both_paths(monkeypatch):
    """When the learnt weekday rule finds nothing for a publication date, the row says why instead of
    keeping a precision with no date (both the vectorised and the small-batch path)."""
    from stancetrack import dates as D

    D._PHRASE_CACHE.clear()
    resolve_one("last Wednesday", PUB)  # learn the rule
    monkeypatch.setattr(D, "_dateparser", lambda text, base: (None, None))
    one = resolve_one("last Wednesday", "2024-01-10")
    many = resolve_dates(pd.Series(["last Wednesday"]), pd.Timestamp("2024-01-10")).iloc[0]
    for r in (one, many.to_dict()):
        assert "not a date" in r["date_error"]
        assert pd.isna(r["date_precision"]) and pd.isna(r["date_basis"])
    D._PHRASE_CACHE.clear()


@pytest.mark.parametrize("text", ["31/02/2025", "2024-13-45"])
def test_a_numeric_date_that_does_not_exist_is_an_error_not_a_year(text):
    from stancetrack.dates import resolve_dates

    got = resolve_dates(pd.Series([text]), None).iloc[0]
    assert pd.isna(got["date"]) and got["date_error"].startswith("not a calendar date")


def test_numbers_inside_words_are_not_mistaken_for_a_bad_date():
    from stancetrack.dates import resolve_dates

    got = resolve_dates(pd.Series(["3-2-1 vote on March 5, 2024", "version 1.2.3 released in May 2023"]), None)
    assert list(got["date"].dt.strftime("%Y-%m-%d")) == ["2024-03-05", "2023-05-01"]
    assert got["date_error"].isna().all()


@pytest.mark.parametrize("text, published, expected", [
    ("in March last year", "2025-11-20", "2024-03-01"),
    ("March of last year", "2025-11-20", "2024-03-01"),
    ("in May this year", "2025-11-20", "2025-05-01"),
    ("last March", "2025-11-20", "2025-03-01"),
    ("last March", "2025-03-20", "2024-03-01"),  # said in March: the March before
    ("last November", "2025-11-20", "2024-11-01"),
    ("in March", "2025-03-20", "2025-03-01"),  # as before: the latest March not after publication
])
def test_a_named_month_with_last_or_this_year(text, published, expected):
    from stancetrack import dates

    got = dates.resolve_few([text], pd.Timestamp(published))[0]
    assert (str(got["date"].date()), got["date_precision"]) == (expected, "month")
    many = dates.resolve_dates(pd.Series([text]), pd.Series([pd.Timestamp(published)]))
    assert str(many["date"].iloc[0].date()) == expected  # the vectorised path agrees


def test_a_date_named_by_reference_counts_from_the_one_before():
    from stancetrack.dates import resolve_anaphor
    march = resolve_few(["in March"], "2025-05-14")[0]
    monday = resolve_few(["on Monday"], "2025-05-14")[0]

    def got(phrase, ante):
        d = resolve_anaphor(phrase, ante, "2025-05-14")
        return (f"{d['date']:%Y-%m-%d}", d["date_precision"]) if d["date"] is not None else d["date_error"]

    assert got("that month", march) == ("2025-03-01", "month")
    assert got("later that day", monday) == ("2025-05-12", "day")
    assert got("that day", march) == ("2025-03-01", "month")  # never finer than the date it counts from
    assert got("the next day", monday) == ("2025-05-13", "day")
    assert got("the following month", march) == ("2025-04-01", "month")
    assert got("the year before", march) == ("2024-01-01", "year")
    assert got("the previous day", monday) == ("2025-05-11", "day")
    assert got("at the time", march) == ("2025-03-01", "month")  # "said at the time": when the date before says
    assert got("at the time", monday) == ("2025-05-12", "day")
    assert "no earlier date" in got("at the time of the vote", march)  # a time named after it, not before
    assert "after the publication date" in got("the following week", monday)
    assert "no earlier date" in resolve_anaphor("that month", {"date": None}, "2025-05-14")["date_error"]


def test_early_mid_late_month_is_that_month():
    from stancetrack.dates import resolve_few

    got = resolve_few(["early March", "in mid-June 2024", "late Sept"], pd.Timestamp("2025-05-14"))
    assert [(str(g["date"].date()), g["date_precision"]) for g in got] == [
        ("2025-03-01", "month"), ("2024-06-01", "month"), ("2024-09-01", "month")]  # the last September before
    assert all(g["date_error"] is None for g in got)


@pytest.mark.parametrize("text, day, precision", [
    ("at the weekend", "2025-05-31", "day"),  # publication Thursday 5 June 2025: the Saturday before
    ("over the weekend", "2025-05-31", "day"),
    ("last weekend", "2025-05-31", "day"),
    ("last autumn", "2024-11-01", "month"),  # the last month of the latest autumn that has ended
    ("last spring", "2025-05-01", "month"),
    ("last winter", "2025-02-01", "month"),
])
def test_weekends_and_last_seasons(text, day, precision):
    pub = pd.Timestamp("2025-06-05")
    got = resolve_few([text], pub)[0]
    assert str(got["date"].date()) == day and got["date_precision"] == precision
    frame = resolve_dates(pd.Series([text]), pub)
    assert frame["date"].iloc[0] == got["date"] and frame["date_precision"].iloc[0] == precision


def test_last_summer_said_in_summer_is_the_summer_before():
    assert str(resolve_few(["last summer"], pd.Timestamp("2025-07-20"))[0]["date"].date()) == "2024-08-01"
    assert str(resolve_few(["last autumn"], pd.Timestamp("2025-10-20"))[0]["date"].date()) == "2024-11-01"
    assert str(resolve_few(["last summer"], pd.Timestamp("2025-10-20"))[0]["date"].date()) == "2025-08-01"


@pytest.mark.parametrize("text", ["2025-13-01", "2025-13-01 10:00", "2025-02-30 00:00:00"])
def test_an_iso_shaped_text_of_no_calendar_day_is_no_date_not_another_day(text):
    """A teacher's walkthrough: "2025-13-01" typed in review was stored as 13 January (dateparser's reading)."""
    got = resolve_few([text], pd.Timestamp("2025-06-05"))[0]
    assert got["date"] is None and got["date_error"].startswith("not a calendar date")
    assert resolve_dates(pd.Series([text]), pd.Timestamp("2025-06-05"))["date"].isna().all()
