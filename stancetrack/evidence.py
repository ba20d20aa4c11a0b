"""The evidence behind a point: quote, surrounding sentences, source."""
from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"[.!?…][\"'”’)]*\s+|\n\s*\n")


def context(text: str, start: int, end: int, sentences: int = 1, max_chars: int = 600) -> tuple[str, str, str]:
    """(before, quote, after): the quote with up to ``sentences`` sentences around it."""
    if text is None or start is None or end is None or not (0 <= start <= end <= len(text)):
        return "", "", ""
    lo = max(0, start - max_chars)
    before = text[lo:start]
    cuts = [m.end() for m in _SENTENCE_END.finditer(before)]
    if len(cuts) > sentences:
        before = before[cuts[-sentences - 1]:]
    elif lo > 0:
        before = "…" + before
    after = text[end:end + max_chars]
    ends = [m.end() for m in _SENTENCE_END.finditer(after)]
    if len(ends) >= sentences + 1:
        after = after[:ends[sentences]]
    elif end + max_chars < len(text):
        after = after + "…"
    return before.lstrip(), text[start:end], after.rstrip()
