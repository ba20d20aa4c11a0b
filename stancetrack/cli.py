"""Command line: ``python -m stancetrack normalize|extract|import|export|datasets``.

Exit status: 0 all rows became statements, 1 some rows were rejected (rejects
written), 2 the input cannot be used at all (one-line reason on stderr).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import pandas as pd


def _date_arg(value: str) -> pd.Timestamp:
    try:
        return pd.Timestamp(pd.to_datetime(value, format="%Y-%m-%d"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected YYYY-MM-DD, got {value!r}") from None


def _map_arg(value: str) -> tuple[str, str]:
    if "=" not in value:
        raise argparse.ArgumentTypeError(f"expected SOURCE=TARGET, got {value!r}")
    src, target = value.split("=", 1)
    return src.strip(), target.strip()


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="python -m stancetrack", description="Stance Timeline command line")
    sub = p.add_subparsers(dest="command", required=True)

    n = sub.add_parser("normalize", help="normalize a table of statements")
    n.add_argument("input")
    n.add_argument("-o", "--output", help="output file (.csv .tsv .xlsx .json .jsonl .parquet); default: CSV on stdout")
    n.add_argument("--rejects", help="where to write rejected rows (default: INPUT stem + .rejects.csv)")
    n.add_argument("--published", type=_date_arg, help="publication date for rows without one (YYYY-MM-DD)")
    n.add_argument("--map", type=_map_arg, action="append", default=[], metavar="SOURCE=TARGET",
                   help="map an input column to a schema column (repeatable)")
    n.add_argument("--day-first", action="store_true", help="read 03/04/2024 as 3 April (default: March 4)")
    n.add_argument("--sheet", help="sheet name for workbooks with several sheets")

    e = sub.add_parser("extract", help="propose statements from news articles (.txt .md .html, or folders of them)")
    e.add_argument("path", nargs="+", help="article files or folders; the output's source column names the file")
    e.add_argument("--published", type=_date_arg)
    e.add_argument("--topic", help="the topic the statements are about (name or proposition)")
    e.add_argument("--format", choices=["jsonl", "csv"], default="jsonl")
    e.add_argument("-o", "--output")

    try:
        from . import store_cli

        store_cli.add_commands(sub)
    except ImportError:
        pass
    return p


def _normalize(args) -> int:
    from .io import InputError, read_table, write_table
    from .normalize import normalize

    name = Path(args.input).name
    try:
        df = read_table(args.input, sheet=args.sheet)
        res = normalize(df, mapping=dict(args.map), published=args.published, day_first=args.day_first, file=name)
    except InputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.output:
        try:
            write_table(res.statements, args.output)
        except (InputError, OSError) as exc:
            print(f"error: cannot write {args.output}: {getattr(exc, 'strerror', None) or exc}", file=sys.stderr)
            return 2
    else:
        from .io import to_export_frame

        to_export_frame(res.statements).to_csv(sys.stdout, index=False)
    print(f"{name}: {res.summary()}", file=sys.stderr)
    for m in res.messages:
        print(f"  {m}", file=sys.stderr)
    if len(res.rejects):
        rpath = args.rejects or str(Path(args.input).with_suffix("")) + ".rejects.csv"
        try:
            write_table(res.rejects, rpath)
        except (InputError, OSError) as exc:
            print(f"error: cannot write rejects to {rpath}: {getattr(exc, 'strerror', None) or exc}", file=sys.stderr)
            return 2
        print(f"  rejects written to {rpath}", file=sys.stderr)
        for r in res.rejects.head(5).itertuples():
            where = f"row {r.row}" + (f", column {r.column}" if isinstance(r.column, str) else "")
            print(f"  {name}, {where}: {r.reason}", file=sys.stderr)
        return 1
    return 0


def _extract(args) -> int:
    from .extract import _sources, article_paths, extract_files
    from .io import to_export_frame

    missing = [p for p in map(Path, args.path) if not p.exists()]
    if missing:
        for p in missing:
            print(f"error: {p}: file not found", file=sys.stderr)
        return 2
    paths = article_paths(args.path)
    if not paths:
        print("error: no articles (.txt .md .html) in " + ", ".join(args.path), file=sys.stderr)
        return 2
    try:
        res = extract_files(paths, published=args.published, topic=args.topic)
    except (ValueError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    out = to_export_frame(res.statements, spreadsheet=args.format == "csv")
    target = open(args.output, "w", encoding="utf-8", newline="") if args.output else sys.stdout
    try:
        if args.format == "csv":
            out.to_csv(target, index=False)
        elif len(out):
            target.write(out.to_json(orient="records", lines=True, force_ascii=False))
            if not out.to_json(orient="records", lines=True).endswith("\n"):
                target.write("\n")
    finally:
        if args.output:
            target.close()
    counts = res.statements["source"].value_counts() if len(res.statements) else pd.Series(dtype=int)
    for p, source in _sources(paths).items():
        print(f"{source}: {int(counts.get(source, 0))} proposed statements", file=sys.stderr)
    for m in res.messages:
        print(f"  {m}", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.command == "normalize":
            return _normalize(args)
        if args.command == "extract":
            return _extract(args)
        return args.func(args)
    except BrokenPipeError:  # "stancetrack history | head": the reader has all it wanted
        import os

        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # no second error when Python flushes stdout at exit
        return 0
