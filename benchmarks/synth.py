"""Seeded synthetic statement tables for the benchmarks and scale tests.

``statements(n, seed)`` returns a table as a user would bring it (string
columns, as ``read_table`` gives them) plus the alias tables it needs:

* ~5,000 distinct date strings: ISO dates, "25 June 2025", "June 25, 2025",
  "in February", "last Wednesday", "two years ago", "Q3 2024", years, empty;
* 50,000 articles (source + publication date) over ten years;
* 2,000 actors, each written in several spellings (alias table entries,
  lower case, surname only, stray spaces), 60 topics with aliases;
* stance labels in words and numbers;
* 1% bad rows (empty actor, unknown stance, "whenever", future dates,
  exact duplicates).

Everything is vectorised, so 5M rows take seconds to generate.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

FIRST = ("Anna Ben Carla David Elena Farid Greta Hugo Ines Jonas Kira Lars Mona Nils Olga Pavel Quinn Rosa "
         "Sven Tara Ugo Vera Wim Xenia Yusuf Zoe Amir Bea Cem Dana Emil Fleur Gil Hana Ivo Jana Karl Lea Milo Nora").split()
LAST = ("Berg Costa Dahl Eriksen Fischer Garcia Horvat Ivanova Jensen Kowalski Lindqvist Moreau Novak Oliveira Petrov "
        "Quist Rossi Schmidt Tanaka Urban Vidal Weber Xu Yilmaz Zeller Andersen Bianchi Claes Dubois Engel Fontaine "
        "Gruber Haas Ibarra Janssen Keller Lang Meyer Nagy Olsen Pires Quint Richter Sauer Toth Ueda Varga Wolf").split()
TOPIC_WORDS = ("Climate policy|Trade tariffs|NATO enlargement|Minimum wage|Nuclear power|Rent control|Carbon tax|"
               "Asylum rules|Defence spending|School reform|Digital tax|Farm subsidies|Rail investment|Drug policy|"
               "Pension age|Wind energy|Data privacy|Gun control|Free trade deal|Housing subsidies").split("|")
STANCES = np.array(["support", "Support", "oppose", "Oppose", "against", "in favour", "neutral", "strongly support",
                    "strongly oppose", "yes", "no", "+1", "-1", "2", "-2", "0", "1", "abstain", "agree", "disagree"],
                   dtype=object)
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
NUMBER_WORDS = ["two", "three", "four", "five", "six", "2", "3", "4", "5", "10"]

START = pd.Timestamp("2015-07-01")
DAYS = 3653  # ten years of publication dates


def relative_phrases() -> list[str]:
    """Date phrases that need the publication date (learnt through dateparser)."""
    out = ["yesterday", "today", "last week", "last month", "last year", "earlier this month", "this week",
           "earlier this year"]
    out += [f"in {m}" for m in MONTH_NAMES]
    out += [p + d for d in WEEKDAYS for p in ("", "on ", "last ")]
    out += [f"{n} {u} ago" for n in NUMBER_WORDS for u in ("days", "weeks", "months", "years")]
    return out


def absolute_phrases(rng: np.random.Generator, n_iso: int = 2900, n_written: int = 1900) -> tuple[list[str], np.ndarray]:
    """Date strings that fix a date by themselves, with the day they stand for."""
    span = DAYS + 400
    picks = np.concatenate([rng.choice(span, n_iso, replace=False), rng.choice(span, n_written, replace=False)])
    days = START - pd.Timedelta(days=400) + pd.to_timedelta(picks, unit="D")
    iso = days[:n_iso].strftime("%Y-%m-%d").tolist()
    w = days[n_iso:]
    style = rng.integers(0, 3, len(w))
    written = np.where(style == 0, w.strftime("%d %B %Y").str.lstrip("0"),
                       np.where(style == 1, w.strftime("%B %d, %Y"), w.strftime("%d %b %Y"))).tolist()
    quarters = [f"Q{q} {y}" for y in range(2014, 2025) for q in range(1, 5)]
    years = [str(y) for y in range(2000, 2025)]
    months = [f"{m} {y}" for y in range(2014, 2025) for m in MONTH_NAMES[::3]]
    texts = iso + written + quarters + years + months
    # The day each stands for (start of its period), to pick articles published after it.
    stand = list(days) + [pd.Timestamp(int(t[3:]), (int(t[1]) - 1) * 3 + 1, 1) for t in quarters]
    stand += [pd.Timestamp(int(y), 1, 1) for y in years]
    stand += [pd.to_datetime(m, format="%B %Y") for m in months]
    # Dedupe (a written date may repeat an ISO day in another spelling: keep both, texts differ).
    return texts, pd.DatetimeIndex(stand).to_numpy()


def alias_tables(rng: np.random.Generator, n_actors: int = 2000, n_topics: int = 60):
    first = rng.choice(FIRST, n_actors * 3)
    last = rng.choice(LAST, n_actors * 3)
    names = pd.unique(pd.Series(first) + " " + pd.Series(last) + np.where(rng.random(n_actors * 3) < 0.5, "",
                                                                      " " + rng.choice(LAST, n_actors * 3)))
    names = np.array(names[:n_actors], dtype=object)
    titles = rng.choice(["Minister", "Senator", "Mayor", "Dr."], n_actors)
    actors = pd.DataFrame({
        "name": names,
        "aliases": [f"{t} {n}|{n.split()[0][0]}. {n.split()[-1]}" for t, n in zip(titles, names)],
        "type": rng.choice(["person", "organisation"], n_actors, p=[0.9, 0.1]),
        "affiliation": rng.choice(["Party A", "Party B", "Party C", ""], n_actors),
    })
    topics = [f"{w} {i // len(TOPIC_WORDS) + 1}" if i >= len(TOPIC_WORDS) else w
              for i, w in enumerate(TOPIC_WORDS * (n_topics // len(TOPIC_WORDS) + 1))][:n_topics]
    topic_tbl = pd.DataFrame({"name": topics, "aliases": [f"{t.lower()}|the {t.lower()} debate" for t in topics]})
    return actors, topic_tbl


def _spellings(actors: pd.DataFrame, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """Spellings of each actor (canonical index -> text)."""
    names = actors["name"].to_numpy(dtype=object)
    al = actors["aliases"].str.split("|")
    variants = [names, np.array([a[0] for a in al], dtype=object), np.array([a[1] for a in al], dtype=object),
                np.array([n.lower() for n in names], dtype=object), np.array([" " + n + "  " for n in names], dtype=object)]
    text = np.concatenate(variants)
    owner = np.tile(np.arange(len(names)), len(variants))
    return text, owner


def statements(n: int, seed: int = 0, *, iso_only: bool = False, bad_share: float = 0.01):
    """A synthetic table of ``n`` statements: (DataFrame of str columns, actors table, topics table)."""
    rng = np.random.default_rng(seed)
    actors, topics = alias_tables(rng)
    abs_texts, abs_days = absolute_phrases(rng)
    rel = relative_phrases()
    # Articles: publication date and URL; sorted by date for lookups.
    n_art = 50_000
    art_pub = np.sort(START.to_datetime64() + rng.integers(0, DAYS, n_art).astype("timedelta64[D]"))
    art_url = np.array([f"https://news.example/{i:05d}" for i in range(n_art)], dtype=object)
    art_pub_text = pd.DatetimeIndex(art_pub).strftime("%Y-%m-%d").to_numpy(dtype=object)

    # Date strings: 60% absolute, 30% relative, 10% empty (or all ISO).
    kind = rng.choice(3, n, p=[0.6, 0.3, 0.1])
    if iso_only:
        kind[:] = 0
        iso_mask = np.array([len(t) == 10 and t[4] == "-" for t in abs_texts])
        choices = np.flatnonzero(iso_mask)
    else:
        choices = np.arange(len(abs_texts))
    date_text = np.empty(n, dtype=object)
    article = rng.integers(0, n_art, n)
    a = kind == 0
    pick = rng.choice(choices, int(a.sum()))
    date_text[a] = np.asarray(abs_texts, dtype=object)[pick]
    # An absolute date is reported in an article published up to 90 days after it.
    lo = np.searchsorted(art_pub, abs_days[pick])
    hi = np.searchsorted(art_pub, abs_days[pick] + np.timedelta64(90, "D"))
    hi = np.maximum(hi, lo + 1)
    article[a] = np.minimum(lo + (rng.random(int(a.sum())) * (hi - lo)).astype(int), n_art - 1)
    r = kind == 1
    date_text[r] = np.asarray(rel, dtype=object)[rng.integers(0, len(rel), int(r.sum()))]
    date_text[kind == 2] = ""

    spell, owner = _spellings(actors, rng)
    # Zipf-like actor popularity: a few actors speak a lot.
    actor_idx = np.minimum(rng.zipf(1.3, n) - 1, len(spell) - 1)
    actor_idx = rng.permutation(len(spell))[actor_idx % len(spell)]
    topic_names = topics["name"].to_numpy(dtype=object)
    topic_alias = np.array([a.split("|")[0] for a in topics["aliases"]], dtype=object)
    t = rng.integers(0, len(topic_names), n)
    topic = np.where(rng.random(n) < 0.8, topic_names[t], topic_alias[t])
    stance = STANCES[rng.integers(0, len(STANCES), n)]
    verbs = np.array(["back", "oppose", "reject", "welcome", "support", "fight", "question", "defend"], dtype=object)
    quote_id = rng.integers(0, 200_000, n)
    quote = ("We will " + verbs[quote_id % len(verbs)] + " this, said the speaker (" +
             pd.Series(quote_id).astype(str).to_numpy(dtype=object) + ")")
    df = pd.DataFrame({
        "actor": spell[actor_idx],
        "topic": topic,
        "stance": stance,
        "date": date_text,
        "published": art_pub_text[article],
        "quote": quote,
        "source": art_url[article],
    })
    # 1% bad rows, spread over the kinds of trouble users bring.
    n_bad = int(n * bad_share)
    if n_bad:
        rows = rng.choice(n, n_bad, replace=False)
        what = rng.integers(0, 5, n_bad)
        df.loc[rows[what == 0], "actor"] = ""
        df.loc[rows[what == 1], "stance"] = "maybe"
        df.loc[rows[what == 2], "date"] = "whenever"
        df.loc[rows[what == 3], "date"] = "2999-01-01"
        dup = rows[what == 4]
        df.iloc[dup] = df.iloc[np.maximum(dup - 1, 0)].to_numpy()
    df = df.astype("str")
    return df, actors, topics
