"""Benchmark suite: ``python -m benchmarks [--quick] [--only NAME ...] [--out BENCHMARKS.md]``.

Each section is a function in ``SECTIONS`` that takes the options and returns
rows (dicts with the keys of ``COLUMNS``). A section that cannot run returns
one row saying why (``skipped``). Figures are medians of several runs; every
baseline is measured in the same run and reported as a ratio. Add a section by
writing a function and appending it to ``SECTIONS``.
"""
from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# The last commit before the scale work, measured as the "before" baseline.
BASELINE_REF = os.environ.get("STANCE_BASELINE_REF", "c8b3528")
COLUMNS = ["section", "case", "runs", "median", "baseline", "baseline_median", "ratio", "target", "met", "note"]


def row(section, case, *, runs=None, median=None, unit="s", baseline=None, baseline_median=None, target=None,
        met=None, note="", ratio=None) -> dict:
    if ratio is None and median is not None and baseline_median:
        ratio = baseline_median / median if median else None
    return {"section": section, "case": case, "runs": "" if runs is None else runs, "median": _fmt(median, unit), "baseline": baseline or "",
            "baseline_median": _fmt(baseline_median, unit), "ratio": f"{ratio:.1f}×" if ratio else "",
            "target": target or "", "met": "" if met is None else ("yes" if met else "NO"), "note": note}


def _fmt(v, unit):
    if v is None:
        return ""
    if unit == "s":
        return f"{v:.3f} s" if v < 10 else f"{v:.1f} s"
    return f"{v:,.0f} {unit}"


def timed(fn, runs: int, setup=None) -> tuple[float, list[float], object]:
    """Median wall time of ``fn()`` over ``runs`` runs (``setup()`` before each, not timed)."""
    times, out = [], None
    for _ in range(runs):
        if setup:
            setup()
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), times, out


def cold_dates() -> None:
    """Forget every parsed date phrase, so each run pays for dateparser again."""
    from stancetrack import dates

    dates._dateparser.cache_clear()
    dates._parser.cache_clear()


def child(args: list[str], pythonpath: str | None = None) -> dict:
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in (pythonpath, str(ROOT)) if p))
    # The working directory comes first on sys.path: run a baseline from its own checkout.
    out = subprocess.run([sys.executable, "-m", "benchmarks.child", *args], cwd=pythonpath or ROOT, env=env,
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


@contextlib.contextmanager
def baseline_checkout():
    """``stancetrack`` as of BASELINE_REF in a temporary directory (None without git)."""
    with tempfile.TemporaryDirectory() as tmp:
        try:
            archive = subprocess.run(["git", "archive", BASELINE_REF, "stancetrack"], cwd=ROOT, capture_output=True,
                                     check=True).stdout
            subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
            for d in ("data", "seeds"):
                os.symlink(ROOT / d, Path(tmp) / d)
        except (OSError, subprocess.CalledProcessError):
            yield None
            return
        yield tmp


# --- 1. Normalize 1M synthetic statements --------------------------------------


def bench_synthetic(opts) -> list[dict]:
    import dateparser
    import numpy as np
    import pandas as pd

    from benchmarks import synth
    from stancetrack.dates import resolve_dates
    from stancetrack.normalize import normalize

    n = 100_000 if opts.quick else 1_000_000
    runs = 3
    df, actors, topics = synth.statements(n, seed=1)
    sec = "1. normalize synthetic"
    rows = []
    # Baseline: row-by-row dateparser.parse with the row's publication date (10k sample, scaled).
    sample = df.sample(10_000 if not opts.quick else 2_000, random_state=0)
    pubs = pd.to_datetime(sample["published"]).dt.to_pydatetime()
    texts = sample["date"].tolist()

    def row_by_row():
        for t, p in zip(texts, pubs):
            if t:
                dateparser.parse(t, languages=["en"], settings={
                    "RELATIVE_BASE": p, "PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first"})

    base_t, _, _ = timed(row_by_row, 1)
    base_scaled = base_t * n / len(texts)
    med, times, res = timed(lambda: normalize(df, actors=actors, topics=topics), runs, setup=cold_dates)
    rows.append(row(sec, f"normalize {n:,} rows (validate + suggest, cold date cache)", runs=runs, median=med,
                    baseline=f"row-by-row dateparser.parse, {len(texts):,}-row sample ×{n // len(texts)} (1 run)",
                    baseline_median=base_scaled, target="≤ 3 s" if n == 1_000_000 else "",
                    met=(med <= 3) if n == 1_000_000 else None,
                    note=f"{res.summary()}; runs {', '.join(f'{t:.2f}' for t in times)}"))
    med2, times2, _ = timed(lambda: normalize(df, actors=actors, topics=topics, validate=False, suggest=False), runs,
                            setup=cold_dates)
    rows.append(row(sec, f"normalize {n:,} rows (validate=False, suggest=False)", runs=runs, median=med2,
                    baseline="same baseline", baseline_median=base_scaled, target="≤ 3 s" if n == 1_000_000 else "",
                    met=(med2 <= 3) if n == 1_000_000 else None, note=f"runs {', '.join(f'{t:.2f}' for t in times2)}"))
    med3, _, _ = timed(lambda: normalize(df, actors=actors, topics=topics, validate=False, suggest=False), runs)
    rows.append(row(sec, f"normalize {n:,} rows, warm date cache (dashboard re-load)", runs=runs, median=med3,
                    baseline="same baseline", baseline_median=base_scaled))

    # All-ISO input against pandas.
    iso, _, _ = synth.statements(n, seed=2, iso_only=True, bad_share=0)
    iso_text = iso["date"]
    iso_pub = pd.to_datetime(iso["published"])
    pd_med, _, _ = timed(lambda: pd.to_datetime(iso_text, format="ISO8601"), 5)
    ours, _, _ = timed(lambda: resolve_dates(iso_text, iso_pub), 5, setup=cold_dates)
    rows.append(row(sec, f"resolve {n:,} ISO date strings (with publication dates)", runs=5, median=ours,
                    baseline="pd.to_datetime(format='ISO8601')", baseline_median=pd_med,
                    target="≤ 2× pandas", met=ours <= 2 * pd_med,
                    note=f"{ours / pd_med:.2f}× the pandas time; {iso_text.nunique():,} distinct strings"))
    full, _, _ = timed(lambda: normalize(iso, actors=actors, topics=topics, validate=False, suggest=False), 3,
                       setup=cold_dates)
    rows.append(row(sec, f"normalize {n:,} rows, all-ISO dates (whole table)", runs=3, median=full,
                    baseline="pd.to_datetime(format='ISO8601')", baseline_median=pd_med,
                    note="for scale: the rest of normalize on the same rows"))

    # Equality with row-by-row resolution on a random sample.
    from stancetrack.dates import resolve_one

    pick = np.random.default_rng(0).choice(len(df), 300, replace=False)
    got = resolve_dates(df["date"].iloc[pick], pd.to_datetime(df["published"].iloc[pick], errors="coerce"))
    same = 0
    for i, (t, p) in enumerate(zip(df["date"].iloc[pick], pd.to_datetime(df["published"].iloc[pick], errors="coerce"))):
        one = resolve_one(t, p)
        same += (one["date"] == (None if pd.isna(got["date"].iat[i]) else got["date"].iat[i]))
    rows.append(row(sec, "same dates as one-row-at-a-time resolution (300-row sample)", note=f"{same}/300 equal",
                    met=same == 300))
    return rows


# --- 2. UN votes end to end ------------------------------------------------------


def bench_unvotes(opts) -> list[dict]:
    sec = "2. UN votes load→normalize→derive"
    runs = 2 if opts.quick else 3
    got = [child(["unvotes"]) for _ in range(runs)]
    med = lambda k: statistics.median(g[k] for g in got)  # noqa: E731
    base = None
    if not opts.no_baseline:
        with baseline_checkout() as tmp:
            if tmp:
                base = child(["unvotes"], pythonpath=tmp)
    bl = f"stancetrack at {BASELINE_REF} (1 run)" if base else "baseline unavailable"
    return [
        row(sec, f"load + normalize ({got[0]['rows']:,} statements)", runs=runs, median=med("load_normalize_s"),
            baseline=bl, baseline_median=base and base["load_normalize_s"]),
        row(sec, "derive (step_series + shifts + topic_periods)", runs=runs, median=med("derive_s"), baseline=bl,
            baseline_median=base and base["derive_s"]),
        row(sec, "total (load → derive, after imports)", runs=runs, median=med("total_s"), baseline=bl,
            baseline_median=base and base["total_s"], target="≤ 3 s", met=med("total_s") <= 3,
            note=f"imports {med('import_s'):.2f} s more"),
        row(sec, "peak RSS of the process", runs=runs, median=med("peak_rss_mb"), unit="MB", baseline=bl,
            baseline_median=base and base["peak_rss_mb"], target="≤ 600 MB", met=med("peak_rss_mb") <= 600,
            note=f"{med('import_rss_mb'):.0f} MB after imports"),
    ]


# --- 3./4. Dashboard (hooks) ---------------------------------------------------------


def _dashboard_ready() -> bool:
    return (ROOT / "dashboard.py").is_file() and (ROOT / "pages").is_dir() and any((ROOT / "pages").glob("*.py"))


def _dashboard_child(job: str, env: dict | None = None) -> dict:
    out = subprocess.run([sys.executable, "-m", "benchmarks.dashboard", job], cwd=ROOT, capture_output=True,
                         text=True, check=True, env=dict(os.environ, **(env or {})))
    return json.loads(out.stdout.strip().splitlines()[-1])


def bench_dashboard_server(opts) -> list[dict]:
    """Server time of the Timeline page on the UN votes (AppTest in a fresh process) and figure sizes."""
    sec = "3. dashboard server time (UN votes, Timeline)"
    if not _dashboard_ready():
        return [row(sec, "skipped", note="no dashboard.py / pages/")]
    runs = 1 if opts.quick else 3
    with tempfile.TemporaryDirectory() as empty:
        first = _dashboard_child("server", {"STANCETRACK_CACHE": empty})  # never normalized before
    got = [_dashboard_child("server") for _ in range(runs)]  # restart: normalized dataset cached on disk
    med = lambda k: statistics.median(g[k] for g in got)  # noqa: E731
    sizes = got[-1]["figure_bytes"]
    biggest = max(sizes, key=sizes.get)
    return [
        row(sec, "cold: first render after a server start", runs=runs, median=med("cold_s"),
            baseline="first start ever (dataset not yet cached)", baseline_median=first["cold_s"],
            target="≤ 3 s", met=med("cold_s") <= 3),
        row(sec, "warm: filter change (median of 6 changes)", runs=runs, median=med("warm_median_s"),
            target="≤ 0.3 s", met=med("warm_median_s") <= 0.3, note=f"slowest change {med('warm_max_s'):.2f} s"),
        row(sec, "largest figure JSON of any page", runs=1, median=sizes[biggest], unit="bytes",
            target="≤ 1 MB", met=sizes[biggest] <= 1_000_000,
            note=", ".join(f"{k} {v / 1000:,.0f} kB" for k, v in sizes.items())),
    ]


def bench_dashboard_browser(opts) -> list[dict]:
    """Navigation to first chart drawn for the UN votes Timeline in headless Chromium."""
    sec = "4. dashboard browser time (UN votes, Timeline)"
    if not _dashboard_ready():
        return [row(sec, "skipped", note="no dashboard.py / pages/")]
    try:
        got = _dashboard_child("browser")
    except subprocess.CalledProcessError as exc:
        return [row(sec, "skipped", note=f"no browser run: {exc.stderr.strip().splitlines()[-1][:120]}")]
    return [
        row(sec, "navigation → first chart drawn, returning visitor (browser cache)", runs=got["returning_runs"],
            median=got["returning_median_s"], target="≤ 3 s", met=got["returning_median_s"] <= 3),
        row(sec, "navigation → first chart drawn, new visitor (empty browser cache)", runs=got["warm_runs"],
            median=got["warm_median_s"], target="≤ 3 s", met=got["warm_median_s"] <= 3,
            note="downloads and compiles the app's and Plotly's scripts"),
        row(sec, "navigation → first chart drawn, server just started", runs=1, median=got["cold_s"],
            note="includes loading the dataset into the server"),
    ]


# --- 5. Extraction ------------------------------------------------------------------


def bench_extract(opts) -> list[dict]:
    sec = "5. extraction"
    try:
        from benchmarks import bench_extract as be
    except Exception as exc:  # noqa: BLE001 - any failure means "not available"
        return [row(sec, "skipped", note=f"benchmarks/bench_extract.py not usable ({type(exc).__name__})")]
    for name in ("rows", "bench"):  # a function returning rows in this suite's format
        if callable(getattr(be, name, None)):
            return list(getattr(be, name)(opts))
    if callable(getattr(be, "main", None)):
        buf = io.StringIO()
        t = time.perf_counter()
        with contextlib.redirect_stdout(buf):
            be.main()
        took = time.perf_counter() - t
        return [row(sec, line.strip(), note="from bench_extract.main()") for line in buf.getvalue().splitlines()
                if line.strip()] + [row(sec, "bench_extract.main() wall time", runs=1, median=took)]
    return [row(sec, "skipped", note="bench_extract.py has no main()")]


# --- 6. Scaling curve -------------------------------------------------------------


def bench_scaling(opts) -> list[dict]:
    sec = "6. scaling (normalize + derive)"
    sizes = [10_000, 100_000, 1_000_000] + ([] if opts.quick else [5_000_000])
    rows, prev = [], None
    for n in sizes:
        runs = 1 if n >= 5_000_000 else 3
        got = [child(["scale", str(n)]) for _ in range(runs)]
        med = lambda k: statistics.median(g[k] for g in got)  # noqa: E731
        total = med("normalize_s") + med("derive_s")
        growth = f"; ×{total / prev[1]:.1f} time for ×{n // prev[0]} rows" if prev else ""
        g = got[-1]
        rows.append(row(sec, f"{n:,} rows", runs=runs, median=total,
                        note=(f"normalize {med('normalize_s'):.2f} s, derive {med('derive_s'):.2f} s, "
                              f"{total / n * 1e6:.2f} µs/row{growth}; peak RSS {med('peak_rss_mb'):.0f} MB "
                              f"(input table {g['input_mb']:.0f} MB, {g['peak_rss_after_input_mb']:.0f} MB before "
                              f"normalize); statements {g['statements_mb']:.0f} MB, largest "
                              + ", ".join(f"{k} {v} MB" for k, v in g["top_columns"].items())
                              + (" (1 run)" if runs == 1 else ""))))
        prev = (n, total)
    return rows


SECTIONS = [bench_synthetic, bench_unvotes, bench_dashboard_server, bench_dashboard_browser, bench_extract,
            bench_scaling]


def machine() -> dict:
    import numpy
    import pandas
    import pyarrow

    cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")),
               platform.processor()) if Path("/proc/cpuinfo").exists() else platform.processor()
    ram = next((int(l.split()[1]) / 2**20 for l in open("/proc/meminfo") if l.startswith("MemTotal")), None) \
        if Path("/proc/meminfo").exists() else None
    try:
        import dateparser

        dp = dateparser.__version__
    except Exception:  # noqa: BLE001
        dp = "?"
    return {"CPU": cpu, "cores": os.cpu_count(), "RAM": f"{ram:.1f} GiB" if ram else "?",
            "OS": platform.platform(), "Python": platform.python_version(), "pandas": pandas.__version__,
            "numpy": numpy.__version__, "pyarrow": pyarrow.__version__, "dateparser": dp,
            "load average at start": " ".join(f"{x:.2f}" for x in os.getloadavg())}


def render(info: dict, rows: list[dict], took: float) -> str:
    lines = ["# Benchmarks", "", f"Generated by `python -m benchmarks` on {time.strftime('%Y-%m-%d %H:%M')} "
             f"in {took:.0f} s. Medians of the runs shown; each baseline measured in the same run; "
             "ratio = baseline / ours (higher is better).", "", "## Machine", ""]
    lines += [f"- {k}: {v}" for k, v in info.items()]
    lines += ["", "## Results", "", "| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    for r in rows:
        lines.append("| " + " | ".join(str(r[c]).replace("|", "/") for c in COLUMNS) + " |")
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="smaller sizes, fewer runs (a smoke test)")
    ap.add_argument("--only", nargs="*", help="run only sections whose function name contains one of these")
    ap.add_argument("--no-baseline", action="store_true", help="skip the old-version baseline (needs git)")
    ap.add_argument("--out", default=str(ROOT / "BENCHMARKS.md"))
    opts = ap.parse_args(argv)
    info = machine()
    t0 = time.perf_counter()
    rows: list[dict] = []
    for fn in SECTIONS:
        if opts.only and not any(o in fn.__name__ for o in opts.only):
            continue
        print(f"== {fn.__name__} ...", flush=True)
        try:
            got = fn(opts)
        except Exception as exc:  # noqa: BLE001 - one broken section must not hide the others
            got = [row(fn.__name__, "failed", note=f"{type(exc).__name__}: {exc}")]
        for r in got:
            print("   " + "  ".join(f"{r[c]}" for c in COLUMNS[1:] if r[c] not in ("", None)), flush=True)
        rows += got
    info["load average at end"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    text = render(info, rows, time.perf_counter() - t0)
    Path(opts.out).write_text(text, encoding="utf-8")
    print()
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
