"""The evidence behind a point: quote, surrounding sentences, source."""
from __future__ import annotations

import re
from html import escape

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


def highlighted_html(text: str, spans) -> str:
    """``text`` as escaped HTML with each (start, end) span in ``<mark>``: the article beside its proposals.

    Everything from the text is escaped, so an article's own markup shows as
    text and never runs.  Overlapping spans keep the first; spans outside the
    text or reversed are skipped.
    """
    text = text or ""
    ok = set()
    for s, e in spans:
        try:
            ok.add((int(s), int(e)))
        except (TypeError, ValueError):  # a missing offset (None, NaN, pd.NA) marks nothing
            continue
    out, pos = [], 0
    for s, e in sorted(ok):
        if s < pos or e <= s or e > len(text) or s < 0:
            continue
        out.append(escape(text[pos:s]) + "<mark>" + escape(text[s:e]) + "</mark>")
        pos = e
    out.append(escape(text[pos:]))
    return "".join(out)
