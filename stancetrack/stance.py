"""How stance labels map to the -2..+2 scale — the one place for that rule."""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

from .schema import STANCE_MAX, STANCE_MIN

# Words and phrases, lower-cased, punctuation and extra spaces removed.
_WORDS: dict[str, int] = {}
for words, value in (
    ("strongly support|strongly supports|strong support|strongly agree|strongly in favour|strongly in favor|"
     "strongly for|fully support|fully supports|strongly pro|very supportive|++", 2),
    ("support|supports|supported|supporting|supportive|in favour|in favor|favour|favor|favours|favors|for|pro|"
     "agree|agrees|agreed|agreement|yes|yea|aye|approve|approves|approved|endorse|endorses|endorsed|positive|"
     "accept|accepts|+|y|somewhat support|lean support|leans support", 1),
    ("neutral|abstain|abstains|abstained|abstention|ambivalent|mixed|undecided|neither|no position|"
     "unclear|both|none|0|present|0.0", 0),
    ("oppose|opposes|opposed|opposing|against|disagree|disagrees|disagreed|disagreement|no|nay|reject|"
     "rejects|rejected|negative|contra|con|critical|-|n|somewhat oppose|lean oppose|leans oppose", -1),
    ("strongly oppose|strongly opposes|strongly opposed|strong opposition|strongly disagree|strongly against|"
     "emphatically opposed|firmly opposed|strongly reject|--", -2),
):
    for w in words.split("|"):
        _WORDS[w] = value

# A word before a side that weakens or strengthens it: "somewhat against" is -1, "very much for" +2.
_HEDGES = {"somewhat", "slightly", "moderately", "mildly", "partly", "partially", "mostly", "rather", "weakly",
           "lean", "leans", "leaning", "tentatively", "cautiously", "qualified", "conditional", "conditionally"}
_INTENSIFIERS = {"strongly", "very", "very much", "firmly", "fully", "totally", "completely", "vehemently",
                 "fiercely", "staunchly", "wholeheartedly", "emphatically", "absolutely", "strong"}

_TOWARDS = re.compile(r"^(?:towards?|to) ")
_NUMBER = re.compile(r"^[+-]?\d+(\.0+)?$")
_PUNCT = re.compile(r"[\s_]+")


def _one(label: str, binary: bool) -> tuple[int | None, str | None]:
    """Map one distinct label; returns (stance, reason-if-rejected)."""
    t = _PUNCT.sub(" ", str(label)).strip().strip(".!").lower()
    if t == "":
        return None, "empty stance"
    if _NUMBER.match(t):
        n = int(float(t))
        if binary:
            if n in (0, 1):
                return (1 if n == 1 else -1), None
            return None, f"agreement must be 0 or 1, got {label!r}"
        if STANCE_MIN <= n <= STANCE_MAX:
            return n, None
        return None, f"stance {label!r} is outside the scale -2..+2"
    if t in _WORDS:
        return _WORDS[t], None
    words = t.split(" ")
    for k in (2, 1):  # a modifier of two words or one: "very much for", "somewhat against", "leaning towards support"
        head, rest = " ".join(words[:k]), " ".join(words[k:])
        side = _WORDS.get(_TOWARDS.sub("", rest))
        if side:
            if head in _HEDGES:
                return int(np.sign(side)), None
            if head in _INTENSIFIERS:
                return 2 * int(np.sign(side)), None
    return None, f"unrecognised stance label {label!r}"


def map_stance(values: pd.Series, *, binary: bool = False) -> tuple[pd.Series, pd.Series]:
    """Map labels to Int8 stances; returns (stance, reason) aligned with ``values``.

    ``binary`` is for agreement columns (DNA exports): 1 is agreement (+1) and 0
    is disagreement (-1), not neutral.  Each distinct label is mapped once.
    """
    codes, uniques = pd.factorize(values, sort=False)
    u = pd.Index(uniques).astype(object).to_numpy()
    # Missing cells read as "" (an empty stance), like any other label once.
    labels = [str(v) for v in u] + [""]
    codes = np.where(codes < 0, len(labels) - 1, codes)
    mapped = [_one(lab, binary) for lab in labels]
    stance_u = np.array([m[0] if m[0] is not None else -128 for m in mapped], dtype="int16")
    reason_u = np.array([m[1] for m in mapped], dtype=object)
    st = stance_u[codes]
    stance = pd.Series(pd.array(np.where(st == -128, 0, st).astype("int8"), dtype="Int8"), index=values.index)
    stance[st == -128] = pd.NA
    reason = pd.Series(reason_u[codes], index=values.index, dtype=object)
    return stance, reason


def nearest_point(mean):
    """A mean stance read as a point of the scale, halves away from zero (+0.5 → +1, −1.5 → −2).

    The one rule for reading averages as sides: "current balance" and "agree/diverge"
    both use it, so +0.14 counts as neutral in both.
    """
    return np.sign(mean) * np.floor(np.abs(mean) + 0.5)
