"""Throughput of the rule-based extractor on ~1,000-word articles (one core).

Articles are built by concatenating the evaluation articles (body text only)
until each has about 1,000 words; each gets its own publication date so the
date cache does not make every article free.  Prints articles/second for a
cold run (fresh date cache for every article) and a warm run.
"""
from __future__ import annotations

import random
import time
from pathlib import Path

import pandas as pd

from stancetrack import dates as D
from stancetrack import extract as X

EVAL = Path(__file__).resolve().parent.parent / "tests" / "eval"


def build_articles(n: int = 200, words: int = 1000, seed: int = 7) -> list[tuple[str, pd.Timestamp]]:
    bodies = []
    for p in sorted(EVAL.glob("*.txt")):
        text, _ = X.read_article(p)
        bodies.append(text.split("\n", 1)[1] if text.lstrip().startswith("date") else text)
    rng = random.Random(seed)
    out = []
    for i in range(n):
        parts, count = [], 0
        while count < words:
            b = rng.choice(bodies)
            parts.append(b)
            count += len(b.split())
        pub = pd.Timestamp("2025-01-01") + pd.Timedelta(days=i)
        out.append((f" date {pub:%Y-%m-%d}\n" + "\n\n".join(parts), pub))
    return out


def run(articles, cold: bool) -> float:
    t0 = time.perf_counter()
    for text, pub in articles:
        if cold:
            D._PHRASE_CACHE.clear()
            D._dateparser.cache_clear()
        X.extract_text(text, pub, topics=TOPICS, actors=ACTORS)
    return len(articles) / (time.perf_counter() - t0)


TOPICS = X._read_csv("topics.csv")
ACTORS = X._read_csv("actors.csv")


def main() -> None:
    articles = build_articles()
    words = sum(len(t.split()) for t, _ in articles) / len(articles)
    X.extract_text(articles[0][0], articles[0][1])  # import/compile warm-up
    warm_first = run(articles, cold=False)  # first pass: one date resolution per article
    warm = run(articles, cold=False)
    cold = run(articles, cold=True)
    n = sum(len(X.extract_text(t, p, topics=TOPICS, actors=ACTORS).statements) for t, p in articles[:20])
    print(f"{len(articles)} articles, {words:.0f} words on average, ~{n / 20:.1f} statements each")
    print(f"first pass (distinct publication dates): {warm_first:.1f} articles/s")
    print(f"cold (date cache cleared per article):   {cold:.1f} articles/s")
    print(f"warm (date phrases cached):              {warm:.1f} articles/s")


def rows(opts) -> list[dict]:
    """The suite's rows: articles per second on one core, against the ≥ 100/s target."""
    import statistics

    from benchmarks.__main__ import row

    articles = build_articles(100 if getattr(opts, "quick", False) else 200)
    X.extract_text(articles[0][0], articles[0][1])
    first = run(articles, cold=False)
    cold = statistics.median(run(articles, cold=True) for _ in range(3))
    warm = statistics.median(run(articles, cold=False) for _ in range(3))
    sec = "5. extraction (~1,000-word articles, one core)"
    note = f"{len(articles)} articles of ~1,076 words, ~31 statements each (quote-dense)"
    return [
        row(sec, "articles per second, distinct publication dates (first pass)", runs=1, median=first,
            unit="articles/s", target="≥ 100/s", met=first >= 100, note=note),
        row(sec, "articles per second, date cache cleared per article", runs=3, median=cold, unit="articles/s",
            target="≥ 100/s", met=cold >= 100),
        row(sec, "articles per second, date phrases cached", runs=3, median=warm, unit="articles/s",
            target="≥ 100/s", met=warm >= 100),
    ]


if __name__ == "__main__":
    main()
