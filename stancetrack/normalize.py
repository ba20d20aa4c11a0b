"""From a table as users bring it to clean statements plus rejects.

Nothing is lost: every input row ends as a statement or as a reject that says
which row (1-based data row), which column, which value and why. Work is done
on distinct values wherever possible, so a million rows cost what their
vocabulary costs.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from . import aliases
from .columns import OUTPUT_ONLY, detect_mapping, fold, is_dna
from .dates import resolve_dates
from .io import InputError
from .schema import COLUMNS, REQUIRED_INPUT, STATEMENT_SCHEMA
from .stance import map_stance

REJECT_COLUMNS = ["file", "row", "column", "value", "reason"]


@dataclass
class NormalizeResult:
    statements: pd.DataFrame
    rejects: pd.DataFrame
    mapping: dict[str, str]
    rows_in: int
    messages: list[str] = field(default_factory=list)
    folds: pd.DataFrame = field(default_factory=pd.DataFrame)
    suggestions: pd.DataFrame = field(default_factory=pd.DataFrame)

    def summary(self) -> str:
        return (
            f"{self.rows_in:,} rows in: {len(self.statements):,} statements, {len(self.rejects):,} rejected"
        )


def _text(s: pd.Series) -> pd.Series:
    """Cells as stripped text, None for empty; computed per distinct value."""
    codes, uniques = pd.factorize(s, sort=False)
    u = pd.Series(uniques, dtype=object).map(lambda v: str(v).strip() if v is not None else "")
    u = u.where(u != "", None).where(~u.isin(["nan", "NaN", "None", "NaT", "<NA>"]), None)
    arr = u.to_numpy(dtype=object)
    out = np.full(len(s), None, dtype=object)
    ok = codes >= 0
    out[ok] = arr[codes[ok]]
    return pd.Series(out, index=s.index, dtype=object)


class _Rejects:
    """First reason per row wins; keeps column and value for the message."""

    def __init__(self, n: int):
        self.reason = np.full(n, None, dtype=object)
        self.column = np.full(n, None, dtype=object)
        self.value = np.full(n, None, dtype=object)

    @property
    def open(self) -> np.ndarray:
        return pd.isna(self.reason)

    def add(self, mask, reason, column=None, value=None) -> None:
        mask = np.asarray(mask, dtype=bool) & self.open
        if not mask.any():
            return
        self.reason[mask] = reason[mask] if isinstance(reason, np.ndarray) else reason
        self.column[mask] = column
        if value is not None:
            self.value[mask] = value[mask]


def normalize(
    df: pd.DataFrame,
    *,
    mapping: dict[str, str] | None = None,
    published=None,
    day_first: bool = False,
    actors: pd.DataFrame | None = None,
    topics: pd.DataFrame | None = None,
    file: str | None = None,
    suggest: bool = True,
    validate: bool = True,
) -> NormalizeResult:
    """Normalize a table of statements.

    ``mapping`` maps input headers to schema columns and overrides detection;
    ``published`` is the default publication date for rows without one;
    ``actors``/``topics`` are alias tables (default: those in ``data/``).
    Raises ``InputError`` when the table cannot be used at all.
    """
    name = file or "input"
    try:
        cols = detect_mapping(df.columns, mapping)
    except ValueError as exc:
        raise InputError(f"{name}: {exc}") from None
    inverse = {t: h for h, t in cols.items()}
    missing = [c for c in REQUIRED_INPUT if c not in inverse]
    if missing:
        raise InputError(
            f"{name}: missing required column(s) {', '.join(missing)}; found {', '.join(map(str, df.columns))}. "
            "Rename them or map them (CLI: --map SOURCE=TARGET)"
        )
    messages: list[str] = []
    n = len(df)
    df = df.reset_index(drop=True)
    rows = np.arange(1, n + 1)
    rej = _Rejects(n)
    get = {t: _text(df[h]) for t, h in inverse.items()}
    empty = pd.Series(None, index=df.index, dtype=object)
    col = lambda t: get.get(t, empty)  # noqa: E731

    # Our own exports carry both the date as written and the resolved date:
    # resolve the written one, fall back to the resolved one where it is empty.
    resolved = [h for h in df.columns if h not in cols and fold(h) == "date" and fold(inverse.get("date", "")) == "date text"]
    if resolved:
        get["date"] = get["date"].fillna(_text(df[resolved[0]]))
    derived_cols = {h for h in df.columns if h not in cols and fold(h).replace(" ", "_") in OUTPUT_ONLY} | set(resolved)
    # Extra columns are kept in notes, said once.
    extras = [h for h in df.columns if h not in cols and h not in derived_cols]
    notes = col("notes")
    if extras:
        messages.append(f"extra columns kept in notes: {', '.join(map(str, extras))}")
        extra_text = None
        for h in extras:
            v = _text(df[h])
            part = (str(h) + ": " + v.astype(str)).where(v.notna(), None)
            extra_text = part if extra_text is None else _join(extra_text, part)
        notes = _join(notes, extra_text)

    # Exact duplicates of an earlier row.
    hashes = pd.util.hash_pandas_object(df, index=False).to_numpy()
    first_pos = pd.Series(np.arange(n)).groupby(hashes).transform("min").to_numpy()
    dup = first_pos != np.arange(n)
    rej.add(dup, _numbered("duplicate of row ", first_pos + 1, dup))

    for t in ("actor", "topic"):
        rej.add(col(t).isna().to_numpy(), f"empty {t}", inverse[t], col(t).to_numpy())

    binary = is_dna(df.columns) or fold(inverse["stance"]) == "agreement"
    stance, reason = map_stance(col("stance"), binary=binary)
    rej.add(reason.notna().to_numpy(), reason.to_numpy(), inverse["stance"], col("stance").to_numpy())

    # Publication dates: explicit dates only; the caller's default fills gaps.
    default_pub = pd.Timestamp(published) if published is not None else pd.NaT
    if "published" in inverse:
        pub_res = resolve_dates(col("published"), None)
        given = col("published").notna().to_numpy()
        bad = given & pub_res["date_error"].notna().to_numpy()
        rej.add(bad, ("published: " + pub_res["date_error"].astype(str)).to_numpy(), inverse["published"],
                col("published").to_numpy())
        pub = pub_res["date"].where(given, default_pub)
        pub = pub.where(~bad, pd.NaT)
    else:
        pub = pd.Series(default_pub, index=df.index, dtype="datetime64[ns]")

    date_text = col("date")
    dres = resolve_dates(date_text, pub, day_first=day_first)
    bad = dres["date_error"].notna().to_numpy()
    rej.add(bad, dres["date_error"].to_numpy(), inverse.get("date"), date_text.to_numpy())
    if dres["date_flag"].notna().any():
        flagged = dres["date_flag"].str.startswith("ambiguous").fillna(False)
        if flagged.any():
            messages.append(f"{int(flagged.sum()):,} ambiguous numeric dates read as "
                            f"{'day/month' if day_first else 'month/day'} (flagged in date_flag)")

    offsets = {}
    for t in ("start", "end"):
        v = col(t)
        num = pd.to_numeric(v, errors="coerce")
        bad = (v.notna() & (num.isna() | (num < 0) | (num % 1 != 0))).to_numpy()
        rej.add(bad, f"{t} must be a whole number of characters", inverse.get(t), v.to_numpy())
        offsets[t] = num.astype("Float64").round().astype("Int64")
    both = offsets["start"].notna() & offsets["end"].notna()
    bad = (both & (offsets["end"] < offsets["start"])).fillna(False).to_numpy()
    rej.add(bad, "end is before start", inverse.get("end"), col("end").to_numpy())

    # Names.
    actor_tbl = aliases.default_actors() if actors is None else actors
    topic_tbl = aliases.default_topics() if topics is None else topics
    actor, actor_folds = aliases.fold_names(col("actor"), actor_tbl, surnames=True)
    topic, topic_folds = aliases.fold_names(col("topic"), topic_tbl)
    actor_type = col("actor_type").fillna(aliases.attributes(actor, actor_tbl, "type"))
    affiliation = col("affiliation").fillna(aliases.attributes(actor, actor_tbl, "affiliation"))
    folds = pd.concat([actor_folds.assign(kind="actor"), topic_folds.assign(kind="topic")], ignore_index=True)

    # Statement ids: given ones must be unique; missing ones are derived from content.
    sid = col("statement_id")
    no_id = sid.isna()
    if no_id.any():  # derived from the raw row, so re-importing a file gives the same ids
        sid[no_id] = "s" + pd.Series(hashes[no_id.to_numpy()] >> np.uint64(16), index=sid.index[no_id]).astype(str)
    open_ = rej.open
    dup_id = pd.Series(sid.where(open_)).duplicated(keep="first").to_numpy() & open_
    if dup_id.any():
        first_row = pd.Series(rows).where(open_).groupby(sid.to_numpy()).transform("min").to_numpy()
        rej.add(dup_id, _numbered("duplicate statement_id, first at row ", first_row, dup_id),
                inverse.get("statement_id", "statement_id"), sid.to_numpy())

    keep = rej.open
    out = pd.DataFrame(
        {
            "statement_id": sid,
            "actor": actor,
            "actor_type": actor_type,
            "affiliation": affiliation,
            "topic": topic,
            "stance": stance,
            "date": dres["date"],
            "date_end": dres["date_end"],
            "date_precision": dres["date_precision"],
            "date_text": date_text,
            "date_basis": dres["date_basis"],
            "quote": col("quote"),
            "source": col("source").fillna(file) if file else col("source"),
            "published": pub,
            "start": offsets["start"],
            "end": offsets["end"],
            "notes": notes,
            "reported_by": col("reported_by"),
            "date_flag": dres["date_flag"],
        }
    )[keep]
    out = out[COLUMNS].reset_index(drop=True)
    out = STATEMENT_SCHEMA.validate(out) if validate else STATEMENT_SCHEMA.coerce_dtype(out)

    bad = ~keep
    rejects = pd.DataFrame(
        {
            "file": file,
            "row": rows[bad],
            "column": rej.column[bad],
            "value": rej.value[bad],
            "reason": rej.reason[bad],
        },
        columns=REJECT_COLUMNS,
    )
    rejects["row"] = rejects["row"].astype("Int64")
    assert len(out) + len(rejects) == n, "a row was lost"
    if len(rejects):
        top = rejects["reason"].str.replace(r"(row \d+|'.*'|\d{4}-\d\d-\d\d)", "…", regex=True).value_counts()
        messages.append("rejected: " + "; ".join(f"{r} ×{c:,}" for r, c in top.head(5).items()))
    used_folds = folds[folds["rows"] > 0]
    suggestions = pd.DataFrame()
    if suggest and len(out):
        suggestions = pd.concat(
            [aliases.fuzzy_suggestions(out["actor"], kind="actor"), aliases.fuzzy_suggestions(out["topic"], kind="topic")],
            ignore_index=True,
        )
        if len(suggestions):
            messages.append(f"{len(suggestions)} pairs of similar names to review (not merged)")
    return NormalizeResult(out, rejects, cols, n, messages, used_folds, suggestions)


def _numbered(prefix: str, numbers: np.ndarray, mask: np.ndarray) -> np.ndarray:
    out = np.full(len(numbers), None, dtype=object)
    out[mask] = (prefix + pd.Series(numbers[mask]).astype("int64").astype(str)).to_numpy()
    return out


def _join(a: pd.Series, b: pd.Series | None) -> pd.Series:
    if b is None:
        return a
    both = a.notna() & b.notna()
    out = a.fillna(b)
    out[both] = a[both].astype(str) + "; " + b[both].astype(str)
    return out
