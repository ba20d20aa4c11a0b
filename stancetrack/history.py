"""The audit trail in words a reader can follow (the store keeps machine-readable rows)."""
from __future__ import annotations

import json

import pandas as pd

from stancetrack.schema import STANCE_CHOICES

ACTIONS = {"import": "imported", "undo_import": "undid import", "edit": "edited", "delete": "deleted",
           "rename": "renamed", "merge": "merged", "forget_alias": "forgot spelling", "undo": "undid"}
# The order a deleted statement is summarised in: what a reader needs to recognise it first.
_SUMMARY = ("actor", "stance", "topic", "date", "date_precision", "quote", "source")


def _stance(value) -> str:
    if value is None or (isinstance(value, float) and value != value):
        return ""
    try:
        v = int(value)
    except (TypeError, ValueError):
        return str(value)
    return STANCE_CHOICES.get(v, str(v))


def stored_json(text):
    """A stored JSON value, or None when the text holds none (a damaged history row must not break the page)."""
    if not isinstance(text, str) or not text.startswith(("{", "[")):
        return None
    try:
        return json.loads(text)
    except ValueError:
        return None


def _summary(text) -> str:
    """A deleted statement's stored copy (JSON) as one line: actor, stance, topic, date, quote, source."""
    row = stored_json(text)
    if not isinstance(row, dict):
        return text
    parts = []
    for key in _SUMMARY:
        v = row.get(key)
        if v is None or v == "":
            continue
        if key == "stance":
            v = _stance(v)
        elif key == "date_precision":
            v = f"({v})"
        elif key == "quote":
            v = f"“{v}”"
        parts.append(str(v))
    return " · ".join(parts).replace(" · (", " (")


def _spellings(text) -> str:
    """A merge's remembered spellings (JSON {spelling: row or null}) as a count."""
    rows = stored_json(text)
    n = sum(v is not None for v in rows.values()) if isinstance(rows, dict) else 0
    return f"{n} remembered spelling{'s' * (n != 1)}"


def readable(audit: pd.DataFrame, statements: pd.DataFrame | None = None) -> pd.DataFrame:
    """When, who, what was done, to what, and the value before and after, as plain text. With the workspace's
    ``statements``, a statement is named by its actor and the start of its quote, not only by its id."""
    target = audit["target"].astype(object)
    named = target.copy()
    if statements is not None and len(statements):
        label = (statements["actor"].astype(str) + ": "
                 + statements["quote"].astype(object).fillna("").astype(str).str.slice(0, 40))
        named = target.map(dict(zip(statements["statement_id"].astype(str), label))).fillna(target)
    deleted = audit["action"].eq("delete") & audit["old"].map(lambda v: isinstance(stored_json(v), dict))
    named[deleted] = audit.loc[deleted, "old"].map(lambda v: f"{stored_json(v).get('actor') or '?'} (deleted)")
    marker = audit["action"].eq("undo") & audit["field"].eq("change")  # the key of the change undone: say which
    named[marker] = audit.loc[marker, "new"]
    out = pd.DataFrame({
        "when": audit["when"],
        "who": audit["user"].fillna("(no name given)"),
        "action": audit["action"].map(ACTIONS).fillna(audit["action"]),
        "statement or file": named.fillna(""),
        "field": audit["field"].fillna(""),
        "before": audit["old"].map(_summary).fillna(""),
        "after": audit["new"].fillna(""),
        "import": audit["import_id"].astype("Int64"),
    })
    spellings = audit["field"].eq("aliases")  # a merge's remembered spellings, kept as JSON for its undo
    out.loc[spellings, "before"] = audit.loc[spellings, "old"].map(_spellings)
    out.loc[spellings, "after"] = audit.loc[spellings, "new"].map(_spellings)
    out.loc[marker, ["field", "after"]] = ["", ""]
    stance = audit["field"].eq("stance")
    out.loc[stance, "before"] = audit.loc[stance, "old"].map(_stance)
    out.loc[stance, "after"] = audit.loc[stance, "new"].map(_stance)
    return out
