"""The bundled datasets, loaded through the same normalizer as user files.

Each dataset has a key, a title, a description and a version (the file's size
and modification time), which callers use as a cache key: Streamlit's own
hashing samples large frames and would miss edits.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from .io import read_table
from .normalize import NormalizeResult, normalize

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
SEEDS = ROOT / "seeds"


@dataclass(frozen=True)
class Dataset:
    key: str
    title: str
    description: str
    path: Path
    citation: str
    top_actors: int | None = None  # default actor selection for big datasets
    # Roll-call votes: one vote is one resolution, so shifts compare each period's mean side
    # (derive.period_shifts), not one resolution's vote with the next one's.
    votes: bool = False

    def version(self) -> str:
        st = self.path.stat()
        return f"{self.key}:{st.st_size}:{st.st_mtime_ns}"


BUNDLED: dict[str, Dataset] = {
    d.key: d
    for d in (
        Dataset(
            "seed",
            "NATO and Ukraine's path to membership (news article, June 2025)",
            "Statements hand-coded from one news article: who supports or opposes Ukraine joining NATO.",
            DATA / "statements.csv",
            "Seed article seeds/000_e094d77fce59dbd2.txt; coding in data/CODEBOOK.md",
        ),
        Dataset(
            "unvotes",
            "UN General Assembly votes 1946–2020",
            "Roll-call votes by country on six issue areas: yes = support, abstain = neutral, no = oppose.",
            DATA / "unvotes.parquet",
            "Erik Voeten, 'Data and Analyses of Voting in the UN General Assembly' (CC0), via the R package unvotes (MIT)",
            top_actors=8,
            votes=True,
        ),
        Dataset(
            "nuclear2011",
            "German nuclear phase-out debate 2011",
            "Claims by politicians and organisations for (+1) or against (−1) concepts in the 2011 debate.",
            DATA / "nuclear2011.parquet",
            "Haunss & Hollway (2023), irps_nuclear, via the R package manynet (MIT)",
            top_actors=10,
        ),
    )
}


def load_bundled(key: str) -> NormalizeResult:
    """Read and normalize one bundled dataset."""
    ds = BUNDLED[key]
    if ds.path.suffix == ".parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        # Convert column by column, freeing Arrow buffers as we go; hand unused
        # memory back to the OS so the peak stays near the frame's own size.
        raw = pq.read_table(ds.path).to_pandas(self_destruct=True, split_blocks=True)
        pa.default_memory_pool().release_unused()
    else:
        raw = read_table(ds.path)
    result = normalize(raw, file=ds.path.name, suggest=key != "unvotes", validate=key != "unvotes")
    del raw
    return result


# What a cached normalized dataset depends on besides its input file.
_CODE = ("normalize.py", "dates.py", "stance.py", "aliases.py", "columns.py", "schema.py", "countries.py")
_TABLES = ("actors.csv", "topics.csv")


def cache_dir() -> Path:
    import os

    return Path(os.environ.get("STANCETRACK_CACHE", ROOT / ".cache"))


def _cache_key(ds: Dataset) -> str:
    import hashlib

    h = hashlib.sha256(ds.version().encode())
    here = Path(__file__).resolve().parent
    for p in [here / f for f in _CODE] + [DATA / f for f in _TABLES]:
        h.update(p.read_bytes() if p.exists() else b"-")
    return h.hexdigest()[:20]


def _restore_dtypes(df: pd.DataFrame) -> pd.DataFrame:
    """Parquet gives back all-empty categoricals as nulls and empty categories as object: mend both."""
    import numpy as np

    from .schema import STATEMENT_SCHEMA

    for c, col in STATEMENT_SCHEMA.columns.items():
        if str(col.dtype) != "category":
            continue
        v = df[c]
        if not isinstance(v.dtype, pd.CategoricalDtype):
            if v.notna().any():
                df[c] = v.astype("str").astype("category")
            else:
                df[c] = pd.Categorical.from_codes(np.full(len(v), -1), categories=pd.Index([], dtype="str"))
        elif v.cat.categories.dtype != "str":
            df[c] = v.cat.rename_categories(v.cat.categories.astype("str"))
    return df


def load_statements(key: str) -> pd.DataFrame:
    """A bundled dataset's statements, normalized once and then read from a local cache.

    The cache file is keyed by the input file and by the code and alias tables
    normalization depends on, so any change to them normalizes afresh. A cache
    that cannot be written (read-only checkout) only costs speed.
    """
    from .schema import COLUMNS

    ds = BUNDLED[key]
    path = cache_dir() / f"{key}-{_cache_key(ds)}.parquet"
    if path.exists():
        try:
            cached = pd.read_parquet(path)
            if list(cached.columns) == COLUMNS:
                return _restore_dtypes(cached)
        except Exception:  # a damaged cache file is rebuilt below
            pass
    statements = load_bundled(key).statements
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob(f"{key}-*.parquet"):
            old.unlink(missing_ok=True)
        tmp = path.with_suffix(".tmp")
        statements.to_parquet(tmp, index=False)
        tmp.replace(path)
    except OSError:
        pass
    return statements


def source_text(source: str | None) -> str | None:
    """The text of a source document in seeds/, for evidence panels."""
    if not source:
        return None
    p = (SEEDS / Path(str(source)).name)
    if p.is_file():
        return p.read_text(encoding="utf-8")
    return None


def source_meta(source: str | None) -> dict:
    import json

    if not source:
        return {}
    p = SEEDS / (Path(str(source)).stem + ".meta.json")
    if p.is_file():
        try:
            return json.loads(p.read_text(encoding="utf-8"))
        except ValueError:
            return {}
    return {}
