"""Which input column becomes which schema column: synonyms and DNA exports."""
from __future__ import annotations

import re

from .schema import COLUMNS

# Canonical column <- header spellings (compared lower-case, spaces/underscores/
# hyphens folded to one space).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "statement_id": ("statement id", "id", "statement no", "statement number"),
    "actor": ("actor", "speaker", "person", "who", "name", "actor name", "speaker name", "country"),
    "actor_type": ("actor type", "type", "speaker type"),
    "affiliation": ("affiliation", "organization", "organisation", "org", "party", "group"),
    "topic": ("topic", "issue", "concept", "subject", "theme", "about", "policy", "proposal"),  # not "what": a quote as often
    "stance": ("stance", "position", "agreement", "vote", "polarity", "stance label"),
    "date": ("date text", "date as written", "date", "when", "said on", "time", "statement date", "date text", "said", "date said"),
    "quote": ("quote", "text", "statement", "quotation", "excerpt", "evidence"),
    "source": ("source", "url", "article", "document", "source url", "outlet", "link", "source link", "web address"),
    "published": ("published", "publication date", "source date", "article date", "pub date", "date published"),
    "start": ("start", "span start", "char start", "offset start"),
    "end": ("end", "span end", "char end", "offset end"),
    "notes": ("notes", "note", "comment", "comments", "memo"),
    "reported_by": ("reported by", "reporter", "attributed by"),
}
# Columns of a DNA (Discourse Network Analyzer) event list, which loads as is.
DNA_MARKERS = {"statement id", "time", "person", "organization", "concept", "agreement"}
DNA_MAPPING = {
    "statement_id": "statement_id",
    "time": "date",
    "person": "actor",
    "organization": "affiliation",
    "concept": "topic",
    "agreement": "stance",
    "text": "quote",
}

OUTPUT_ONLY = {"date_text", "date_end", "date_basis", "date_precision", "date_flag"}
_FOLD = re.compile(r"[\s_\-]+")


def fold(header: str) -> str:
    return _FOLD.sub(" ", str(header).replace("\ufeff", "")).strip().lower()


def is_dna(headers) -> bool:
    return DNA_MARKERS <= {fold(h) for h in headers}


def detect_mapping(headers, explicit: dict[str, str] | None = None, *, auto: bool = True) -> dict[str, str]:
    """Map input header -> schema column. Explicit entries win; each target once.

    An explicit mapping may name the input header in any case/spacing. With
    ``auto=False`` the explicit mapping is the whole mapping (a user who chose
    to leave a column out of it in the Import page means it).
    """
    headers = list(headers)
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    by_fold = {fold(h): h for h in headers}
    for src, target in (explicit or {}).items():
        if target not in COLUMNS:
            raise ValueError(f"--map target {target!r} is not a schema column ({', '.join(COLUMNS)})")
        h = src if src in headers else by_fold.get(fold(src))
        if h is None:
            raise ValueError(f"--map source column {src!r} is not in the input (columns: {', '.join(map(str, headers))})")
        mapping[h] = target
        taken.add(target)
    if not auto:
        return mapping
    if is_dna(headers):
        for h in headers:
            t = DNA_MAPPING.get(fold(h).replace(" ", "_"))
            if h not in mapping and t and t not in taken:
                mapping[h] = t
                taken.add(t)
    # Exact schema names first, then synonyms in their listed order of preference.
    # date_text (the date as written) is the input for date resolution; an
    # output-only column (date_end, date_basis, ...) is never read back.
    for h in headers:
        f = fold(h).replace(" ", "_")
        if f in OUTPUT_ONLY or (f == "date" and "date text" in by_fold):
            continue
        if h not in mapping and f in COLUMNS and f not in taken:
            mapping[h] = f
            taken.add(f)
    for target, names in SYNONYMS.items():
        if target in taken:
            continue
        for name in names:
            h = by_fold.get(name)
            if h is not None and h not in mapping:
                mapping[h] = target
                taken.add(target)
                break
    return mapping
