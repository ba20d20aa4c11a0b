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
