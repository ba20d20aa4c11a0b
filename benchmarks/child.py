"""Measurements that need a fresh process (peak RSS): ``python -m benchmarks.child JOB ARGS``.

Prints one JSON object on the last line of stdout. Jobs:

* ``unvotes``: load -> normalize -> derive the bundled UN votes.
* ``scale N``: normalize + derive ``N`` synthetic rows (generation not timed).

Run with ``PYTHONPATH`` pointing at another checkout to measure an older
version of ``stancetrack`` (the baseline).
"""
from __future__ import annotations

import json
import resource
import sys
import time


def _peak_mb() -> float:
    """Peak RSS of this process image (VmHWM; ru_maxrss would include the parent's at fork)."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _derive(statements) -> float:
    from stancetrack import derive

    t = time.perf_counter()
    derive.step_series(statements)
    derive.shifts(statements)
    derive.topic_periods(statements)
    return time.perf_counter() - t


def unvotes() -> dict:
    t0 = time.perf_counter()
    from stancetrack import datasets, derive  # noqa: F401

    t_import = time.perf_counter() - t0
    rss_import = _peak_mb()
    t = time.perf_counter()
    res = datasets.load_bundled("unvotes")
    t_load = time.perf_counter() - t
    t_derive = _derive(res.statements)
    return {"import_s": t_import, "load_normalize_s": t_load, "derive_s": t_derive,
            "total_s": t_load + t_derive, "peak_rss_mb": _peak_mb(), "import_rss_mb": rss_import,
            "rows": len(res.statements), "rejects": len(res.rejects)}


def scale(n: int) -> dict:
    import pandas as pd

    from benchmarks import synth
    from stancetrack.normalize import normalize

    df, actors, topics = synth.statements(n, seed=1)
    raw_mb = df.memory_usage(deep=True).sum() / 2**20
    rss_input = _peak_mb()
    t = time.perf_counter()
    res = normalize(df, actors=actors, topics=topics, validate=False, suggest=False)
    t_norm = time.perf_counter() - t
    rss_norm = _peak_mb()
    del df
    t_derive = _derive(res.statements)
    mem = res.statements.memory_usage(deep=True, index=False) / 2**20
    top = mem.sort_values(ascending=False).head(4)
    return {"rows": n, "normalize_s": t_norm, "derive_s": t_derive, "input_mb": raw_mb,
            "statements_mb": float(mem.sum()), "top_columns": {k: round(float(v), 1) for k, v in top.items()},
            "peak_rss_after_input_mb": rss_input, "peak_rss_after_normalize_mb": rss_norm,
            "peak_rss_mb": _peak_mb(), "pandas": pd.__version__}


if __name__ == "__main__":
    job = sys.argv[1]
    out = unvotes() if job == "unvotes" else scale(int(sys.argv[2]))
    print(json.dumps(out))
