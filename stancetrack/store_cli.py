"""Workspace commands: ``import``, ``export``, ``undo``, ``merge``, ``history``.

``python -m stancetrack import PATH... [--db URL]`` reads every file first
(spreadsheets through the normalizer, articles through the extractor); if any
file cannot be used at all, nothing is imported (exit 2). Then each file is
stored in its own transaction. Exit status: 0 every row became a statement,
1 some rows were rejected (the first reasons are printed with file, row and
column), 2 unusable input or an unusable store (a one-line reason).
"""
from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

SHOW_REJECTS = 5


def add_commands(sub) -> None:
    from .cli import _date_arg, _map_arg

    db_help = ("database: an SQLite file path or URL, or postgresql://user@host/db "
               "(default: $STANCETRACK_DB, else data/workspace.sqlite)")
    user_help = "who is making the change, for the audit trail (default: $STANCETRACK_USER, else your login)"

    i = sub.add_parser("import", help="add tables and articles to the workspace",
                       description="Add statements to the workspace. Tables (.csv .tsv .xlsx .json .jsonl .parquet, "
                                   "DNA event lists) go through the normalizer, articles (.txt .md .html) through "
                                   "the extractor. Each file is one transaction.")
    i.add_argument("paths", nargs="+", metavar="PATH")
    i.add_argument("--db", help=db_help)
    i.add_argument("--published", type=_date_arg, help="publication date for rows/articles without one (YYYY-MM-DD)")
    i.add_argument("--topic", help="topic for articles, and for tables without a topic column")
    i.add_argument("--map", type=_map_arg, action="append", default=[], metavar="SOURCE=TARGET",
                   help="map an input column to a schema column (repeatable)")
    i.add_argument("--sheet", help="sheet name for workbooks with several sheets")
    i.add_argument("--day-first", action="store_true", help="read 03/04/2024 as 3 April (default: March 4)")
    i.add_argument("--rejects", help="write every rejected row (all files) to this table file")
    i.add_argument("--user", help=user_help)
    i.set_defaults(func=_import)

    e = sub.add_parser("export", help="write the workspace's statements to a file")
    e.add_argument("--db", help=db_help)
    e.add_argument("-o", "--output", required=True, help="output file (.csv .tsv .xlsx .json .jsonl .parquet)")
    e.set_defaults(func=_export)

    u = sub.add_parser("undo", help="undo an import (remove the statements it added)")
    u.add_argument("import_id", type=int, metavar="IMPORT_ID", help="the number `history` lists")
    u.add_argument("--db", help=db_help)
    u.add_argument("--user", help=user_help)
    u.set_defaults(func=_undo)

    m = sub.add_parser("merge", help="rename an actor or topic, or fold several spellings into one name",
                       description="Rename or merge names in every statement, as the Manage page does: the old "
                                   "spellings are remembered, so later imports fold them into the new name.")
    m.add_argument("names", nargs="+", metavar="NAME", help="the name(s) as they are now")
    m.add_argument("--into", required=True, help="the one name they become")
    m.add_argument("--topic", action="store_true", help="the names are topics (default: actors)")
    m.add_argument("--db", help=db_help)
    m.add_argument("--user", help=user_help)
    m.set_defaults(func=_merge)

    h = sub.add_parser("history", help="list imports and recent changes")
    h.add_argument("--db", help=db_help)
    h.add_argument("--limit", type=int, default=20)
    h.set_defaults(func=_history)


def _user(args) -> str | None:
    if getattr(args, "user", None):
        return args.user
    if os.environ.get("STANCETRACK_USER"):
        return os.environ["STANCETRACK_USER"]
    try:
        return getpass.getuser()
    except Exception:  # no login name (some containers)
        return None


def _err(msg: str) -> None:
    print(f"error: {msg}", file=sys.stderr)


def _open(args):
    from .workspace import WorkspaceError, open_workspace

    try:
        return open_workspace(args.db, user=_user(args))
    except WorkspaceError as exc:
        _err(str(exc))
        return None


def _import(args) -> int:
    import pandas as pd

    from .io import InputError, write_table
    from .workspace import WorkspaceError, prepare_path

    ws = _open(args)
    if ws is None:
        return 2
    prepared, problems = [], []
    for p in args.paths:
        try:
            prepared.append(prepare_path(p, published=args.published, topic=args.topic, mapping=dict(args.map),
                                         day_first=args.day_first, sheet=args.sheet))
        except InputError as exc:
            problems.append(str(exc))
    if problems:
        for msg in problems:
            _err(msg)
        print(f"nothing imported: {len(problems)} of {len(args.paths)} file(s) cannot be used", file=sys.stderr)
        return 2

    landed: list[str] = []
    all_rejects = []
    added = 0
    for prep in prepared:
        try:
            rep = ws.commit(prep)
        except WorkspaceError as exc:
            _err(f"{prep.file}: not imported: {exc}")
            rest = [p.file for p in prepared if p.file not in landed and p is not prep]
            print(f"imported: {', '.join(landed) or 'none'}; not imported: {', '.join([prep.file] + rest)}",
                  file=sys.stderr)
            return 2
        landed.append(prep.file)
        added += rep.added
        print(f"{rep.file}: {rep.summary()} (import #{rep.import_id})")
        for m in rep.messages:
            print(f"  {m}")
        if len(rep.rejected):
            all_rejects.append(rep.rejected)
            for r in rep.rejected.head(SHOW_REJECTS).itertuples(index=False):
                where = f"row {r.row}" + (f", column {r.column}" if isinstance(r.column, str) and r.column else "")
                value = f" (value {r.value!r})" if isinstance(r.value, str) and r.value else ""
                print(f"  {rep.file}, {where}: {r.reason}{value}")
            if len(rep.rejected) > SHOW_REJECTS:
                print(f"  … and {len(rep.rejected) - SHOW_REJECTS:,} more rejected rows"
                      + ("" if args.rejects else " (--rejects FILE writes them all)"))
    if args.rejects and all_rejects:
        try:
            write_table(pd.concat(all_rejects, ignore_index=True), args.rejects)
            print(f"rejected rows written to {args.rejects}")
        except (InputError, OSError) as exc:
            _err(f"cannot write rejects: {exc}")
    if len(prepared) > 1:
        print(f"{len(prepared)} file{'s' * (len(prepared) != 1)} imported, {added:,} statement{'s' * (added != 1)} added; "
          f"the workspace holds {ws.count():,}")
    _say_alike(ws)
    return 1 if all_rejects else 0


def _say_alike(ws, limit: int = 5) -> None:
    """Names across the whole workspace that look like one actor under two spellings (as Manage lists them),
    with the command that would merge them: spellings from different files meet only in the workspace."""
    from .aliases import name_suggestions

    alike = name_suggestions(ws.names("actor"), "actor")
    if alike.empty:
        return
    print(f"possibly one actor under two spellings ({len(alike):,}; not merged):")
    for r in alike.head(limit).itertuples(index=False):
        keep, other = (r.name, r.similar_to) if r.name_rows >= r.similar_rows else (r.similar_to, r.name)
        print(f"  {r.name!r} ({r.name_rows}) ~ {r.similar_to!r} ({r.similar_rows}): "
              f"stancetrack merge {other!r} --into {keep!r}")


def _export(args) -> int:
    from .io import InputError
    from .workspace import WorkspaceError

    out = Path(args.output)
    if out.suffix.lower() not in (".csv", ".tsv", ".tab", ".xlsx", ".json", ".jsonl", ".ndjson", ".parquet"):
        _err(f"{out.name}: unsupported output type {out.suffix or '(none)'}; "
             "use .csv .tsv .xlsx .json .jsonl or .parquet")
        return 2
    ws = _open(args)
    if ws is None:
        return 2
    try:
        n = ws.export(out)
    except (InputError, WorkspaceError) as exc:
        _err(str(exc))
        return 2
    except OSError as exc:
        _err(f"{out}: cannot write ({exc.strerror or exc})")
        return 2
    print(f"{n:,} statements written to {out}")
    return 0


def _undo(args) -> int:
    from .workspace import WorkspaceError

    ws = _open(args)
    if ws is None:
        return 2
    try:
        n = ws.undo_import(args.import_id)
    except (ValueError, WorkspaceError) as exc:
        _err(str(exc))
        return 2
    print(f"import #{args.import_id} undone: {n:,} statements removed")
    return 0


def _merge(args) -> int:
    from .workspace import WorkspaceError

    ws = _open(args)
    if ws is None:
        return 2
    kind = "topic" if args.topic else "actor"
    known = set(ws.names(kind)["name"].astype(str))
    unknown = [n for n in args.names if n not in known]
    if unknown:  # a typo must not pass silently as "0 statements changed"
        _err(f"no {kind} named {', '.join(repr(n) for n in unknown)} in the workspace (names are case-sensitive; "
             f"`stancetrack export` lists them)")
        return 2
    try:
        n = ws.merge(kind, list(args.names), args.into) if len(args.names) > 1 else ws.rename(kind, args.names[0], args.into)
    except (ValueError, WorkspaceError) as exc:
        _err(str(exc))
        return 2
    print(f"{n:,} statement{'s' * (n != 1)} now name the {kind} {args.into!r}; the old spelling"
          f"{'s are' if len(args.names) > 1 else ' is'} remembered for later imports")
    return 0


def _history(args) -> int:
    ws = _open(args)
    if ws is None:
        return 2
    imp = ws.imports().head(args.limit)
    if imp.empty:
        print("no imports yet")
    for r in imp.itertuples(index=False):
        state = f" — undone {r.undone_at:%Y-%m-%d %H:%M}" if r.undone else ""
        print(f"#{r.id} {r.when:%Y-%m-%d %H:%M} {r.user or '-'}: {r.file} ({r.kind}) "
              f"{r.added:,} added, {r.rejected:,} rejected{state}")
    changes = ws.audit(args.limit)
    changes = changes[changes["action"] != "import"]
    if len(changes):
        from stancetrack.history import readable

        print("recent changes:")  # in the words the Manage page's History tab uses, blanks as blanks
        cut = lambda v: v if len(v) <= 60 else v[:60] + "…"  # noqa: E731
        for r in readable(changes, ws.statements()).to_dict("records"):
            field = f" {r['field']}" if r["field"] else ""
            change = f": {cut(str(r['before']))} → {cut(str(r['after']))}" if r["before"] or r["after"] else ""
            print(f"  {r['when']:%Y-%m-%d %H:%M} {r['who']} {r['action']} {r['statement or file']}{field}{change}")
    return 0
