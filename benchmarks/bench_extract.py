"""Throughput of the rule-based extractor on ~1,000-word articles (one core).

``python -m benchmarks.bench_extract`` prints; ``python -m benchmarks`` puts the
rows in BENCHMARKS.md.  Articles are built from the evaluation articles (body text only), taken in a
shuffled order and cut at paragraph ends into pieces of about 1,000 words, each paragraph used once: quote-dense
news, ~20 statements per article (the seed article has 9 in 422 words).  Each
article gets its own publication date, so no date is reused across articles.

Two settings:

* one process reading article after article (what ``extract`` on a folder and
  the Import page do): a date phrase's rule, learnt from dateparser once, is
  reused for later articles, as are the compiled patterns;
* many articles in one ``extract_many`` call (a folder on the command line):
  one result frame for all of them;
* a fresh start for every article: every date-rule and dateparser cache is
  cleared first, so each article pays for its dateparser lessons.
"""
from __future__ import annotations

import random
import statistics
import time
from pathlib import Path

import pandas as pd

from stancetrack import dates as D
from stancetrack import extract as X

EVAL = Path(__file__).resolve().parent.parent / "tests" / "eval"
TOPICS = X._read_csv("topics.csv")
ACTORS = X._read_csv("actors.csv")


def build_articles(n: int = 200, words: int = 1000, seed: int = 7) -> list[tuple[str, pd.Timestamp]]:
    """Whole evaluation articles in a shuffled order, cut into ~1,000-word articles at paragraph ends.

    No paragraph is used twice: the extractor caches what it has read (a clause's cues, a name's reading), and
    repeated paragraphs would let it answer from those caches as no real stream of news would."""
    paras = []
    files = sorted(EVAL.glob("*.txt"))
    random.Random(seed).shuffle(files)
    for p in files:
        text, _ = X.read_article(p)
        body = text.split("\n", 1)[1] if text.lstrip().startswith("date") else text
        paras.extend(q for q in body.split("\n\n") if q.strip())
    out, at = [], 0
    for i in range(n):
        chunk, count = [], 0
        while count < words:
            if at == len(paras):
                raise ValueError(f"the evaluation articles hold too few paragraphs for {n} articles of {words} words")
            chunk.append(paras[at])
            count += len(paras[at].split())
            at += 1
        pub = pd.Timestamp("2025-01-01") + pd.Timedelta(days=i)
        out.append((f" date {pub:%Y-%m-%d}\n" + "\n\n".join(chunk), pub))
    return out


def _clear_caches() -> None:
    D._PHRASE_CACHE.clear()
    D._dateparser.cache_clear()


def _clear_text_caches() -> None:
    """Before each timed pass: what the extractor remembers of a clause or a name from an earlier pass over the same
    articles would answer as no new article could (the date rules learnt stay: news reuses its date phrases)."""
    X._cues_in.cache_clear()
    X._classify_once.cache_clear()
    X._is_first_name.cache_clear()
    X._name_gender.cache_clear()


def run(articles, fresh: bool) -> tuple[float, int]:
    """Articles per second with one ``extract_text`` call per article, and statements proposed."""
    n = 0
    _clear_text_caches()
    t0 = time.perf_counter()
    for text, pub in articles:
        if fresh:
            _clear_caches()
        n += len(X.extract_text(text, pub, topics=TOPICS, actors=ACTORS).statements)
    return len(articles) / (time.perf_counter() - t0), n


def run_batch(articles) -> float:
    """Articles per second through ``extract_many`` (one frame for all; what a folder on the CLI does)."""
    _clear_text_caches()
    t0 = time.perf_counter()
    X.extract_many(((t, p, f"a{i}") for i, (t, p) in enumerate(articles)), topics=TOPICS, actors=ACTORS)
    return len(articles) / (time.perf_counter() - t0)


def measure(n_articles: int = 200, repeats: int = 3) -> dict:
    articles = build_articles(n_articles)
    words = sum(len(t.split()) for t, _ in articles) / len(articles)
    X.extract_text(articles[0][0], articles[0][1], topics=TOPICS, actors=ACTORS)  # compile patterns
    _clear_caches()
    first, n = run(articles, fresh=False)  # the first pass learns each date phrase once
    stream = [first] + [run(articles, fresh=False)[0] for _ in range(repeats - 1)]
    batch = [run_batch(articles) for _ in range(repeats)]
    fresh = [run(articles, fresh=True)[0] for _ in range(repeats)]
    return dict(articles=len(articles), words=words, statements=n / len(articles), first=first,
                stream=statistics.median(stream), stream_runs=stream, fresh=statistics.median(fresh),
                batch=statistics.median(batch), batch_runs=batch)


def main() -> None:
    m = measure()
    print(f"{m['articles']} articles, {m['words']:.0f} words on average, {m['statements']:.1f} statements each")
    print(f"one process, article after article: {m['stream']:.1f} articles/s "
          f"(median of {', '.join(f'{r:.1f}' for r in m['stream_runs'])}; the first pass learns the date phrases)")
    print(f"many articles in one call:          {m['batch']:.1f} articles/s "
          f"(median of {', '.join(f'{r:.1f}' for r in m['batch_runs'])}; extract_many, one frame)")
    print(f"fresh start for every article:      {m['fresh']:.1f} articles/s (date rules relearnt from dateparser)")


def rows(opts) -> list[dict]:
    """The suite's rows: articles per second on one core, against the ≥ 100/s target."""
    from benchmarks.__main__ import row

    m = measure(100 if getattr(opts, "quick", False) else 200)
    sec = "5. extraction (~1,000-word articles, one core)"
    note = f"{m['articles']} articles of ~{m['words']:,.0f} words, {m['statements']:.1f} statements each (quote-dense)"
    return [
        row(sec, "articles per second, one process reading article after article", runs=3, median=m["stream"],
            unit="articles/s", target="≥ 100/s", met=m["stream"] >= 100, note=note),
        row(sec, "articles per second, many articles in one extract_many call (a folder on the CLI)", runs=3,
            median=m["batch"], unit="articles/s", target="≥ 100/s", met=m["batch"] >= 100),
        row(sec, "articles per second, every date cache cleared before each article", runs=3, median=m["fresh"],
            unit="articles/s", note="each article relearns its date phrases from dateparser (~1 ms a parse)"),
    ]


if __name__ == "__main__":
    main()
