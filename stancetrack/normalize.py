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
from .schema import COLUMNS, REJECT_COLUMNS, REQUIRED_INPUT, VALIDATION_SCHEMA
from .stance import map_stance



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


_NULL_TOKENS = ("nan", "NaN", "None", "NaT", "<NA>")
# Exactly the characters Python's str.strip() removes, for the Arrow fast path.
_WHITESPACE = "".join(c for c in map(chr, range(0x3001)) if c.isspace())


def _clean_uniques(uniques) -> np.ndarray:
    """Distinct cells as stripped text, None for empty or null-like; vectorised."""
    u = pd.Index(uniques).astype(object).to_numpy()
    if len(u) == 0:
        return u
    if pd.api.types.infer_dtype(u, skipna=False) == "string":
        st = pd.Series(u, dtype=object).str.strip().to_numpy(dtype=object, copy=True)
    else:  # numbers, dates, mixed objects: as str() writes them
        st = np.array([str(v).strip() if v is not None else "" for v in u], dtype=object)
    st[(st == "") | np.isin(st, _NULL_TOKENS)] = None
    return st


def _cat_from(codes: np.ndarray, values: np.ndarray, index=None) -> pd.Series:
    """Categorical Series whose row i is ``values[codes[i]]`` (None and code -1 are missing)."""
    vcodes, cats = pd.factorize(pd.Series(values, dtype=object), sort=False)
    codes = np.asarray(codes)
    if len(vcodes) == len(cats) and (vcodes == np.arange(len(cats))).all():  # values distinct and present
        return pd.Series(pd.Categorical.from_codes(codes, categories=pd.Index(cats, dtype="str")), index=index)
    out = np.where(codes >= 0, vcodes[np.maximum(codes, 0)] if len(vcodes) else -1, -1)
    return pd.Series(pd.Categorical.from_codes(out, categories=pd.Index(cats, dtype="str")), index=index)


def _empty_cat(n: int, index=None) -> pd.Series:
    return pd.Series(pd.Categorical.from_codes(np.full(n, -1, dtype=np.int8), categories=pd.Index([], dtype="str")),
                     index=index)


def _text(s: pd.Series, raw_codes: dict | None = None, key=None) -> pd.Series:
    """Cells as stripped text (a categorical), missing for empty; computed per distinct value.

    ``raw_codes[key]`` keeps the codes of the raw cells (for duplicate detection).
    """
    codes, uniques = pd.factorize(s, sort=False)
    if raw_codes is not None:
        raw_codes[key] = codes
    return _cat_from(codes, _clean_uniques(uniques), s.index)


def _arrow_text(s: pd.Series) -> pd.Series | None:
    """Stripped text of an Arrow string column without going through Python objects."""
    import pyarrow as pa
    import pyarrow.compute as pc

    arr = getattr(s.array, "_pa_array", None)
    if arr is None or not (pa.types.is_string(arr.type) or pa.types.is_large_string(arr.type)):
        return None
    cls = "".join("\\x{%x}" % ord(c) for c in _WHITESPACE)
    t = arr
    # Copy only when something needs stripping or blanking (ids rarely do).
    if pc.any(pc.match_substring_regex(arr, f"^[{cls}]|[{cls}]$")).as_py():
        t = pc.utf8_trim(arr, characters=_WHITESPACE)
    blank = pc.or_(pc.equal(t, ""), pc.is_in(t, value_set=pa.array(_NULL_TOKENS, type=t.type)))
    if pc.any(blank).as_py():
        t = pc.if_else(blank, pa.scalar(None, type=t.type), t)
    del blank
    out = pd.Series(pd.array(t, dtype="str"), index=s.index)
    pa.default_memory_pool().release_unused()
    return out


def _is_unique_nonnull(s: pd.Series) -> bool:
    """All cells present and distinct (a cheap check on Arrow strings)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if s.isna().any():
        return False
    arr = getattr(s.array, "_pa_array", None)
    if arr is not None:  # sorting beats hashing for long distinct strings
        if len(arr) < 2:
            return True
        srt = pc.take(arr, pc.sort_indices(arr))
        unique = not pc.any(pc.equal(srt[1:], srt[:-1])).as_py()
        del srt
        pa.default_memory_pool().release_unused()
        return unique
    return bool(s.is_unique)


def _obj(s: pd.Series, idx: np.ndarray) -> np.ndarray:
    """Values of rows ``idx`` as Python objects, None for missing."""
    v = s.iloc[idx].to_numpy(dtype=object, copy=True)
    v[pd.isna(v)] = None
    return v


def _coalesce(a: pd.Series, b) -> pd.Series:
    """``a`` where present, else ``b`` (a categorical, or a scalar)."""
    if b is None:
        return a
    if not isinstance(b, pd.Series):
        b = pd.Series(pd.Categorical.from_codes(np.zeros(len(a), dtype=np.int8), categories=pd.Index([b], dtype="str")),
                      index=a.index)
    ca, cb = a.cat.codes.to_numpy().astype(np.int64), b.cat.codes.to_numpy().astype(np.int64)
    values = np.concatenate([a.cat.categories.to_numpy(dtype=object), b.cat.categories.to_numpy(dtype=object)])
    codes = np.where(ca >= 0, ca, np.where(cb >= 0, cb + len(a.cat.categories), -1))
    return _cat_from(codes, values, a.index)


def _join(a: pd.Series, b: pd.Series | None) -> pd.Series:
    """``a; b`` where both are present, else whichever is; per distinct pair."""
    if b is None:
        return a
    ca, cb = a.cat.codes.to_numpy().astype(np.int64), b.cat.codes.to_numpy().astype(np.int64)
    pair, upair = pd.factorize(ca * (len(b.cat.categories) + 1) + (cb + 1), sort=False)
    ua, ub = upair // (len(b.cat.categories) + 1), upair % (len(b.cat.categories) + 1) - 1
    av = np.append(a.cat.categories.to_numpy(dtype=object), None)[ua]
    bv = np.append(b.cat.categories.to_numpy(dtype=object), None)[ub]
    values = np.array([x if y is None else y if x is None else f"{x}; {y}" for x, y in zip(av, bv)], dtype=object)
    return _cat_from(pair, values, a.index)


def _first_positions(codes: np.ndarray, k: int) -> np.ndarray:
    """Position of the first row of each code 0..k-1."""
    n = len(codes)
    first = np.full(k, n, dtype=np.int64)
    ok = codes >= 0
    np.minimum.at(first, codes[ok], np.flatnonzero(ok))
    return first


def _row_hashes(df: pd.DataFrame, raw_codes: dict) -> np.ndarray:
    """``pd.util.hash_pandas_object(df, index=False)``, hashing each distinct cell once."""
    from pandas.core.util.hashing import combine_hash_arrays

    def column_hash(j):
        s = df.iloc[:, j]
        codes = raw_codes.get(j)
        if codes is None:
            return pd.util.hash_pandas_object(s, index=False).to_numpy()
        k = int(codes.max()) + 1 if len(codes) else 0
        pos = _first_positions(codes, k)
        na = np.flatnonzero(codes < 0)
        take = np.append(pos, na[:1])
        h = pd.util.hash_pandas_object(s.iloc[take], index=False).to_numpy()
        return h[np.where(codes >= 0, codes, k)]

    return combine_hash_arrays((column_hash(j) for j in range(df.shape[1])), df.shape[1])


def _duplicate_rows(df: pd.DataFrame, raw_codes: dict) -> np.ndarray:
    """For each row the position of the first identical row (itself if none)."""
    n = len(df)
    key = np.zeros(n, dtype=np.int64)
    span = 1
    for j in range(df.shape[1]):
        codes = raw_codes.get(j)
        if codes is None:
            codes = pd.factorize(df.iloc[:, j], sort=False)[0]
        k = int(codes.max()) + 2 if n else 1
        if span * k >= 2**62:
            key, uniq = pd.factorize(key, sort=False)
            span = len(uniq)
        key = key * k + (codes + 1)
        span *= k
    group, _ = pd.factorize(key, sort=False)
    first = _first_positions(group, int(group.max()) + 1 if n else 0)
    return first[group]


class _Rejects:
    """One reject per row: the first problem gives its column and value, and every later one is added to
    the reason ("…; also date: …"), so a user fixes a row once, not once per problem."""

    def __init__(self, n: int):
        self.n = n
        self.closed = np.zeros(n, dtype=bool)
        self._arrays = None  # allocated at the first reject

    def __getattr__(self, name):
        if name in ("reason", "column", "value"):
            if self._arrays is None:
                self._arrays = {k: np.full(self.n, None, dtype=object) for k in ("reason", "column", "value")}
            return self._arrays[name]
        raise AttributeError(name)

    @property
    def open(self) -> np.ndarray:
        return ~self.closed

    def add(self, mask, reason, column=None, value: pd.Series | None = None) -> None:
        mask = np.asarray(mask, dtype=bool)
        again = mask & self.closed
        if again.any():
            idx = np.flatnonzero(again)
            why = np.asarray(reason, dtype=object)[idx] if not isinstance(reason, str) else reason
            self.reason[idx] = self.reason[idx] + f"; also {column or 'row'}: " + why
        mask = mask & ~self.closed
        if not mask.any():
            return
        idx = np.flatnonzero(mask)
        self.reason[idx] = np.asarray(reason, dtype=object)[idx] if not isinstance(reason, str) else reason
        self.column[idx] = column
        if value is not None:
            self.value[idx] = _obj(value, idx)
        self.closed[idx] = True


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
    exact_mapping: bool = False,
) -> NormalizeResult:
    """Normalize a table of statements.

    ``mapping`` maps input headers to schema columns and overrides detection;
    ``published`` is the default publication date for rows without one;
    ``actors``/``topics`` are alias tables (default: those in ``data/``);
    ``exact_mapping`` makes ``mapping`` the whole mapping (no detection).
    Raises ``InputError`` when the table cannot be used at all.
    """
    name = file or "input"
    try:
        cols = detect_mapping(df.columns, mapping, auto=not exact_mapping)
    except ValueError as exc:
        raise InputError(f"{name}: {exc}") from None
    inverse = {t: h for h, t in cols.items()}
    missing = [c for c in REQUIRED_INPUT if c not in inverse]
    if missing:
        topic_hint = ("; a topic for every row can be given instead (the Import page's Topic field, or --topic)"
                      if "topic" in missing else "")
        raise InputError(
            f"{name}: missing required column(s) {', '.join(missing)}; found {', '.join(map(str, df.columns))}. "
            "Rename them, or say which column holds each (the Import page's “becomes” column, or --map "
            f"SOURCE=TARGET on the command line){topic_hint}"
        )
    messages: list[str] = []
    n = len(df)
    df = df.reset_index(drop=True)
    rows = np.arange(1, n + 1)
    rej = _Rejects(n)
    pos = {h: j for j, h in enumerate(df.columns)}
    get: dict[str, pd.Series] = {}
    sid_fast = None
    if "statement_id" in inverse:
        # Ids are usually unique per row: strip them in Arrow, never one Python string each.
        sid_fast = _arrow_text(df[inverse["statement_id"]])
    # A column of distinct ids rules out duplicate rows (and the codes kept to find them).
    sid_unique = sid_fast is not None and _is_unique_nonnull(sid_fast)
    raw_codes: dict[int, np.ndarray] | None = None if sid_unique else {}  # raw cell codes per column
    for t, h in inverse.items():
        if t == "statement_id" and sid_fast is not None:
            continue
        get[t] = _text(df[h], raw_codes, pos[h])
    empty = _empty_cat(n, df.index)
    col = lambda t: get.get(t, empty)  # noqa: E731

    # Our own exports carry both the date as written and the resolved date:
    # resolve the written one, fall back to the resolved one where it is empty.
    resolved = [h for h in df.columns if h not in cols and fold(h) == "date" and fold(inverse.get("date", "")) == "date text"]
    if resolved:
        get["date"] = _coalesce(get["date"], _text(df[resolved[0]], raw_codes, pos[resolved[0]]))
    derived_cols = {h for h in df.columns if h not in cols and fold(h).replace(" ", "_") in OUTPUT_ONLY} | set(resolved)
    # Extra columns are kept in notes, said once.
    extras = [h for h in df.columns if h not in cols and h not in derived_cols]
    notes = col("notes")
    if extras:
        messages.append(f"extra columns kept in notes: {', '.join(map(str, extras))}")
        extra_text = None
        for h in extras:
            v = _text(df[h], raw_codes, pos[h])
            cats = pd.Series(v.cat.categories.to_numpy(dtype=object), dtype=object)
            part = _cat_from(v.cat.codes.to_numpy(), (str(h) + ": " + cats).to_numpy(dtype=object), df.index)
            extra_text = part if extra_text is None else _join(extra_text, part)
        notes = _join(notes, extra_text)

    # Exact duplicates of an earlier row.
    if not sid_unique:
        first_pos = _duplicate_rows(df, raw_codes)
        dup = first_pos != np.arange(n)
        rej.add(dup, _numbered("duplicate of row ", first_pos + 1, dup))

    for t in ("actor", "topic"):
        rej.add(col(t).isna().to_numpy(), f"empty {t}", inverse[t], col(t))

    binary = is_dna(df.columns) or fold(inverse["stance"]) == "agreement"
    stance, reason = map_stance(col("stance"), binary=binary)
    rej.add(reason.notna().to_numpy(), reason.to_numpy(), inverse["stance"], col("stance"))

    # Publication dates: explicit dates only; the caller's default fills gaps.
    default_pub = pd.Timestamp(published) if published is not None else pd.NaT
    if "published" in inverse:
        pub_res = resolve_dates(col("published"), None)
        given = col("published").notna().to_numpy()
        err = pub_res["date_error"].to_numpy()
        bad = given & pd.notna(err)
        reason = np.full(n, None, dtype=object)
        reason[bad] = "published: " + pd.Series(err[bad], dtype=object).astype(str).to_numpy(dtype=object)
        rej.add(bad, reason, inverse["published"], col("published"))
        pub = pub_res["date"].where(given, default_pub)
        pub = pub.where(~bad, pd.NaT)
        del pub_res, err, reason
    else:
        pub = pd.Series(default_pub, index=df.index, dtype="datetime64[ns]")

    date_text = col("date")
    dres = resolve_dates(date_text, pub, day_first=day_first)
    bad = dres["date_error"].notna().to_numpy()
    rej.add(bad, dres["date_error"].to_numpy(), inverse.get("date"), date_text)
    if dres["date_flag"].notna().any():
        flagged = dres["date_flag"].str.startswith("ambiguous").fillna(False).astype(bool)
        if flagged.any():
            k = int(flagged.sum())
            messages.append(f"{k:,} ambiguous numeric date{'s' * (k != 1)} read as "
                            f"{'day/month' if day_first else 'month/day'} (flagged in date_flag)")

    offsets = {}
    for t in ("start", "end"):
        v = col(t)
        vc = v.cat.codes.to_numpy()
        num_u = pd.to_numeric(pd.Series(v.cat.categories.to_numpy(dtype=object), dtype=object), errors="coerce")
        num_u = num_u.astype("float64").to_numpy()
        num = np.where(vc >= 0, np.append(num_u, np.nan)[vc], np.nan)
        with np.errstate(invalid="ignore"):
            bad = (vc >= 0) & (np.isnan(num) | (num < 0) | (num % 1 != 0) | (num >= 2**63))
        rej.add(bad, f"{t} must be a whole number of characters", inverse.get(t), v)
        num[bad] = np.nan
        offsets[t] = pd.Series(pd.array(np.round(num), dtype="Float64")).astype("Int64")
    both = offsets["start"].notna() & offsets["end"].notna()
    bad = (both & (offsets["end"] < offsets["start"])).fillna(False).to_numpy(dtype=bool)
    rej.add(bad, "end is before start", inverse.get("end"), col("end"))

    # Names.
    actor_tbl = aliases.default_actors() if actors is None else actors
    topic_tbl = aliases.default_topics() if topics is None else topics
    actor, actor_folds = aliases.fold_names(col("actor"), actor_tbl, surnames=True, types=col("actor_type"))
    topic, topic_folds = aliases.fold_names(col("topic"), topic_tbl)
    actor_type = _coalesce(col("actor_type"), aliases.attributes(actor, actor_tbl, "type"))
    affiliation = _coalesce(col("affiliation"), aliases.attributes(actor, actor_tbl, "affiliation"))
    folds = pd.concat([actor_folds.assign(kind="actor"), topic_folds.assign(kind="topic")], ignore_index=True)

    # Statement ids: given ones must be unique; missing ones are derived from content.
    if sid_fast is not None:
        sid = sid_fast
    else:
        sid = col("statement_id").astype(object).astype("str")
    no_id = sid.isna().to_numpy()
    if no_id.any():  # derived from the raw row, so re-importing a file gives the same ids
        hashes = _row_hashes(df, raw_codes or {})
        num = hashes[no_id] >> np.uint64(16)
        gen = "s" + pd.Series(num).astype("str")
        if no_id.all():
            sid = pd.Series(gen.to_numpy(), index=df.index, dtype="str")
            # Generated ids differ where their numbers differ: check those.
            srt = np.sort(num[rej.open])
            sid_unique = not (srt[1:] == srt[:-1]).any()
        else:
            sid = sid.copy()
            sid[no_id] = gen.to_numpy()
    open_ = rej.open
    if not (sid_unique or (_is_unique_nonnull(sid[open_]) if not open_.all() else _is_unique_nonnull(sid))):
        sub = np.flatnonzero(open_)
        codes, _ = pd.factorize(sid.iloc[sub], sort=False)
        first = _first_positions(codes, int(codes.max()) + 1 if len(codes) else 0)[codes]
        dup_id = np.zeros(n, dtype=bool)
        dup_id[sub] = first != np.arange(len(sub))
        first_row = np.zeros(n, dtype=np.int64)
        first_row[sub] = rows[sub][first]
        rej.add(dup_id, _numbered("duplicate statement_id, first at row ", first_row, dup_id),
                inverse.get("statement_id", "statement_id"), sid)

    keep = rej.open
    source = col("source")
    if file:
        source = _coalesce(source, file)
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
            "source": source,
            "published": pub.astype("datetime64[ns]"),
            "start": offsets["start"],
            "end": offsets["end"],
            "notes": notes,
            "reported_by": col("reported_by"),
            "date_flag": dres["date_flag"],
        },
        copy=False,
    )
    if not keep.all():
        out = out.iloc[np.flatnonzero(keep)]
    out = _tidy(out[COLUMNS].reset_index(drop=True))
    out = VALIDATION_SCHEMA.validate(out) if validate else out

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
        # each row by its first reason, its values elided: "not a date: … ×3", never two reasons run together
        first = rejects["reason"].astype(str).str.split("; also ", n=1, regex=False).str[0]
        top = first.str.replace(r"(row \d+|'[^']*'|\d{4}-\d\d-\d\d)", "…", regex=True).value_counts()
        messages.append("rejected: " + "; ".join(f"{r} ×{c:,}" for r, c in top.head(5).items()))
    used_folds = folds[folds["rows"] > 0]
    suggestions = pd.DataFrame()
    if suggest and len(out):
        suggestions = pd.concat(
            [aliases.fuzzy_suggestions(out["actor"], kind="actor"), aliases.fuzzy_suggestions(out["topic"], kind="topic")],
            ignore_index=True,
        )
        if len(suggestions):  # named, so the reader knows which before saving (a journalist's walkthrough)
            pairs = [f"“{a}” ~ “{b}”" for a, b in zip(suggestions["name"].head(5), suggestions["similar_to"].head(5))]
            more = f" and {len(suggestions) - 5} more" if len(suggestions) > 5 else ""
            k = len(suggestions)
            messages.append(f"{k} pair{'s' * (k != 1)} of similar names to review (not merged; merge them on the "
                            f"Manage page): " + ", ".join(pairs) + more)
    return NormalizeResult(out, rejects, cols, n, messages, used_folds, suggestions)


def _tidy(out: pd.DataFrame) -> pd.DataFrame:
    """Categoricals hold only the values in use; actor and topic in sorted order."""
    for c in out.columns:
        s = out[c]
        if isinstance(s.dtype, pd.CategoricalDtype):
            codes = s.cat.codes.to_numpy()
            cats = s.cat.categories
            used = np.bincount(codes[codes >= 0], minlength=len(cats)) > 0
            if c in ("actor", "topic"):
                order = np.argsort(cats.to_numpy(dtype=object)[used].astype(str), kind="stable")
            else:
                order = np.arange(int(used.sum()))
            if used.all() and (order == np.arange(len(order))).all():
                continue
            keep_idx = np.flatnonzero(used)[order]
            remap = np.full(len(cats) + 1, -1, dtype=np.int64)
            remap[keep_idx] = np.arange(len(keep_idx))
            out[c] = pd.Categorical.from_codes(remap[codes], categories=cats[keep_idx])
    return out


def _numbered(prefix: str, numbers: np.ndarray, mask: np.ndarray) -> np.ndarray:
    out = np.full(len(numbers), None, dtype=object)
    out[mask] = (prefix + pd.Series(numbers[mask]).astype("int64").astype(str)).to_numpy()
    return out
