"""A small learned stance classifier for attributions that carry no stance cue word (and a second reading of
sides the rules only felt from the tone of the words, or read from one middling word: see
:func:`stancetrack.extract._second_opinion`).

The rules in :mod:`stancetrack.extract` find a speaker and what was said, but
drop the statement when no cue word gives its side ("said the tax could raise
2 billion euros for climate adaptation").  Such a statement is often still
clear to a reader from its wording and the sentence before it.  This module
guesses the side with a logistic regression over TF-IDF word and word-pair
features of the words said and of the text just before them -- or that they take
no side at all (a speaker quoted on facts only: "the number of units had tripled
since 2015"), a fourth class learnt from the speakers the gold never records --
trained by
``scripts/train_stance_model.py`` on the evaluation articles that rules were
tuned on (never on the never-tuned ones; but the thresholds of the second reading were kept because the
never-tuned articles agreed, so only the sealed sets' first scores are untouched by it).

The model is stored as plain JSON (vocabularies, IDF weights, coefficients)
and applied here with numpy, so the app needs no machine-learning library and
no download; the training script checks that this reproduces scikit-learn's
probabilities.
"""
from __future__ import annotations

import json
import math
from array import array
from collections import Counter
import re
from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL_PATH = Path(__file__).resolve().parent / "stance_model.json"
MIN_PROBABILITY = 0.5  # below this the guess is dropped (chosen by cross-validation on the tuned articles)
CONTEXT_CHARS = 300  # how much text before the words said is read, within their paragraph
CONTEXT_WEIGHT = 1.0  # the context block counts as much as the words said (chosen by cross-validation)
NO_STANCE = 9  # the model's class for words that take no side (a speaker quoted on facts only); sorts after -1, 0, 1
NONE_PROBABILITY = 0.6  # this sure the words take no side, no guess is made (chosen by cross-validation)
TOKEN = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn's default token pattern


def context_before(text: str, start: int) -> str:
    """The text before ``start`` in its paragraph, at most ``CONTEXT_CHARS`` long."""
    para = text.rfind("\n\n", 0, start)
    return text[max(para, start - CONTEXT_CHARS, 0):start]


_WORD = re.compile(r"[A-Za-z]{3,}")
_TOPIC_SKIP = {"the", "and", "for", "with", "from", "into"}


def mask_topic(text: str, topic: str | None) -> str:
    """The topic's own words (by their first five letters) as "topicword": the side a word such as "fluoride"
    leans to depends on what the proposal does with it, so the model should learn the words around it."""
    rx = _topic_words(topic) if topic else None
    return rx.sub("topicword", text) if rx is not None else text


@lru_cache(maxsize=256)
def _topic_words(topic: str) -> re.Pattern | None:
    """A whole run of three or more ASCII letters whose first five, lowercased, are a topic word's (a shorter stem:
    the run is that word): one pattern per topic, not a Python call per word of the text (a third of a guess)."""
    stems = {w.lower()[:5] for w in _WORD.findall(topic)} - {w[:5] for w in _TOPIC_SKIP}
    if not stems:
        return None
    alts = [f"{s}[A-Za-z]*" if len(s) == 5 else s for s in sorted(stems)]
    return re.compile(r"(?<![A-Za-z])(?:" + "|".join(alts) + r")(?![A-Za-z])", re.I | re.A)


def terms(doc: str) -> list[str]:
    """Words and word pairs, as scikit-learn's ``ngram_range=(1, 2)`` makes them."""
    words = TOKEN.findall(doc.lower())
    return words + [f"{a} {b}" for a, b in zip(words, words[1:])]


class _Block:
    """One TF-IDF block: sublinear term frequency times IDF, L2-normalised."""

    def __init__(self, vocabulary: list[str], idf: list[float]):
        self.index = {t: i for i, t in enumerate(vocabulary)}
        # plain doubles side by side: read one term at a time, as a list or numpy array each is slower (by then
        # the model is out of the cache, and a list's floats are objects of their own, elsewhere in memory)
        self.idf = array("d", [float(v) for v in idf])

    def row(self, doc: str) -> dict[int, float]:
        counts = Counter(map(self.index.get, terms(doc)))  # counted in C; the terms not in the vocabulary as None
        counts.pop(None, None)
        idf = self.idf
        vals = {i: idf[i] if n == 1 else (1.0 + math.log(n)) * idf[i] for i, n in counts.items()}  # 1 + log 1 is 1
        norm = math.sqrt(sum(v * v for v in vals.values()))
        return {i: v / norm for i, v in vals.items()} if norm else {}


class StanceModel:
    def __init__(self, spec: dict):
        self.classes = np.asarray(spec["classes"], dtype=int)
        self.quote = _Block(spec["quote_vocabulary"], spec["quote_idf"])
        self.context = _Block(spec["context_vocabulary"], spec["context_idf"])
        self.coef = np.asarray(spec["coef"], dtype=float)  # classes x (quote terms + context terms)
        self.intercept = np.asarray(spec["intercept"], dtype=float)
        self.names = spec["quote_vocabulary"] + spec["context_vocabulary"]
        self.offset = len(spec["quote_vocabulary"])
        # for predict: the classes as plain ints, and where the no-side class is (when there is exactly one)
        self._class_list = [int(c) for c in self.classes]
        none = [i for i, c in enumerate(self._class_list) if c == NO_STANCE]
        self._none = none[0] if len(none) == 1 else None

    def features(self, quote: str, context: str) -> dict[int, float]:
        return self._features(quote, context)[0]

    def _features(self, quote: str, context: str) -> tuple[dict[int, float], int]:
        """The features, and how many of them are the quoted words' (they come first)."""
        x = self.quote.row(quote)
        n_quote = len(x)
        x.update({self.offset + i: CONTEXT_WEIGHT * v for i, v in self.context.row(context).items()})
        return x, n_quote

    def proba(self, quote: str, context: str) -> tuple[np.ndarray, dict[int, float]]:
        x = self.features(quote, context)
        return self._proba(x)[0], x

    def _proba(self, x: dict[int, float]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The class probabilities of features ``x``, and ``x`` as index and value arrays."""
        idx = np.fromiter(x.keys(), dtype=np.intp, count=len(x))
        vals = np.fromiter(x.values(), dtype=float, count=len(x))
        z = self.coef[:, idx] @ vals + self.intercept if x else self.intercept.copy()
        z = np.exp(z - z.max())
        return z / z.sum(), idx, vals

    def predict(self, quote: str, context: str, topic: str | None = None) -> tuple[int, float, list[str]]:
        """Stance sign, its probability, and the quoted terms that pushed most towards it; or ``NO_STANCE`` and
        how sure the model is of that, when it is at least ``NONE_PROBABILITY`` sure the words take no side.
        Otherwise the sign's probability is read given that the words take a side (the sides' share of what is
        left), which is what the guessing and second-reading thresholds are compared with."""
        x, n_quote = self._features(mask_topic(quote, topic), mask_topic(context, topic))
        p, idx, vals = self._proba(x)
        if self._none is None:  # a model without the no-side class (or an odd one): as sides_only reads it
            sides = sides_only(p, self.classes)
            if sides is None:
                return NO_STANCE, float(p[self.classes == NO_STANCE].sum()), []
            p = sides
            k = int(p.argmax())
            sign, prob = int(self.classes[k]), float(p[k])
        else:
            # sides_only and argmax on the four probabilities as plain floats: the same arithmetic in the same order
            # (numpy sums a short array left to right; a division is a division), without a dozen numpy calls
            pl = p.tolist()
            j = self._none
            if pl[j] >= NONE_PROBABILITY:
                return NO_STANCE, pl[j], []
            pl[j] = 0.0
            total = pl[0]
            for v in pl[1:]:
                total += v
            pl = [v / total for v in pl]
            k = max(range(len(pl)), key=pl.__getitem__)  # the first of the highest, as argmax
            sign, prob = self._class_list[k], pl[k]
        # the quoted terms that pushed towards the sign: weight times value, highest first (ties: the later term)
        w = self.coef[k, idx[:n_quote]] * vals[:n_quote]
        up = w > 0
        push = sorted(zip(w[up].tolist(), idx[:n_quote][up].tolist()), reverse=True)
        return sign, prob, [self.names[i] for _, i in push[:3]]


def sides_only(p: np.ndarray, classes: np.ndarray) -> np.ndarray | None:
    """The probabilities of the sides given that the words take one, or None when the model is at least
    ``NONE_PROBABILITY`` sure they take none (a model trained without that class is read as it is)."""
    none = classes == NO_STANCE
    if not none.any():
        return p
    if p[none].sum() >= NONE_PROBABILITY:
        return None
    p = np.where(none, 0.0, p)
    return p / p.sum()


@lru_cache(maxsize=1)
def model() -> StanceModel | None:
    """The shipped model, or None when its file is missing or unreadable (the rules then work alone)."""
    try:
        return StanceModel(json.loads(MODEL_PATH.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError):
        return None
