"""Reading tables users bring and writing results safely.

Every reader returns the table as text cells (what the user typed), so that the
normalizer sees the raw values it has to judge; anything unusable raises
``InputError`` with a message that names the file and says what to do.
"""
from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pandas as pd

TABLE_EXTENSIONS = {".csv", ".tsv", ".tab", ".xlsx", ".xlsm", ".json", ".jsonl", ".ndjson", ".parquet"}
ARTICLE_EXTENSIONS = {".txt", ".md", ".markdown", ".html", ".htm"}
# Cells starting with these are formulas to a spreadsheet.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class InputError(ValueError):
    """The input cannot be used at all (exit status 2 in the CLI)."""


def _decode(raw: bytes, name: str) -> str:
    if not raw.strip():
        raise InputError(f"{name}: the file is empty")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace")
    if b"\x00" in raw[:4096]:
        # UTF-16 without BOM looks like ASCII with NULs; anything else is binary.
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                text = raw.decode(enc)
            except UnicodeDecodeError:
                continue
            if text.isprintable() or all(c.isprintable() or c in "\r\n\t" for c in text[:2000]):
                return text
        raise InputError(f"{name}: this is not a text table (it contains binary data)")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _read_csv_text(text: str, name: str, sep: str | None) -> pd.DataFrame:
    if sep is None:
        sample = text[:20000]
        try:
            sep = csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
        except csv.Error:
            first = sample.splitlines()[0] if sample else ""
            sep = max(",;\t|", key=first.count)
    bad = sum(1 for c in text[:4096] if not (c.isprintable() or c in "\r\n\t"))
    if bad > 40:
        raise InputError(f"{name}: this is not a text table (it contains binary data)")
    try:
        df = pd.read_csv(
            io.StringIO(text), sep=sep, dtype=str, keep_default_na=False, na_values=[],
            skip_blank_lines=False, engine="python" if len(sep) > 1 else "c", on_bad_lines="error",
        )
    except pd.errors.EmptyDataError:
        raise InputError(f"{name}: the file is empty") from None
    except pd.errors.ParserError as exc:
        raise InputError(f"{name}: cannot read as a table ({str(exc).strip()})") from None
    df.columns = [str(c).replace("\ufeff", "").strip() for c in df.columns]
    return df


def read_table(source, name: str | None = None, *, sheet: str | None = None) -> pd.DataFrame:
    """Read CSV/TSV/XLSX/JSON/JSON Lines/Parquet from a path or an uploaded file.

    ``source`` is a path or a binary file-like (e.g. a Streamlit upload); the
    format comes from the extension of ``name`` (or the path).
    """
    if isinstance(source, (str, Path)):
        path = Path(source)
        name = name or path.name
        if not path.exists():
            raise InputError(f"{name}: file not found")
        raw = path.read_bytes()
    else:
        name = name or getattr(source, "name", "upload")
        raw = source.read() if hasattr(source, "read") else bytes(source)
    ext = Path(name).suffix.lower()
    if ext not in TABLE_EXTENSIONS:
        raise InputError(
            f"{name}: unsupported file type {ext or '(none)'}; use CSV, TSV, XLSX, JSON, JSON Lines or Parquet"
        )
    if ext in (".xlsx", ".xlsm"):
        df = _read_excel(raw, name, sheet)
    elif ext == ".parquet":
        try:
            df = pd.read_parquet(io.BytesIO(raw))
        except Exception as exc:  # pyarrow raises many types
            raise InputError(f"{name}: not a readable Parquet file ({type(exc).__name__})") from None
    elif ext in (".json", ".jsonl", ".ndjson"):
        df = _read_json(_decode(raw, name), name, lines=ext != ".json")
    else:
        df = _read_csv_text(_decode(raw, name), name, "\t" if ext in (".tsv", ".tab") else None)
    if len(df.columns) == 0:
        raise InputError(f"{name}: no columns found")
    if len(df) == 0:
        raise InputError(f"{name}: only a header row, no data rows")
    return df


def excel_sheets(raw: bytes) -> list[str]:
    import openpyxl

    wb = openpyxl.load_workbook(io.BytesIO(raw), read_only=True)
    return list(wb.sheetnames)


def _read_excel(raw: bytes, name: str, sheet: str | None) -> pd.DataFrame:
    try:
        sheets = excel_sheets(raw)
    except Exception:
        raise InputError(f"{name}: not a readable Excel workbook") from None
    if sheet is None:
        if len(sheets) > 1:
            raise InputError(
                f"{name}: the workbook has {len(sheets)} sheets ({', '.join(sheets)}); choose one "
                "(CLI: --sheet NAME)"
            )
        sheet = sheets[0]
    if sheet not in sheets:
        raise InputError(f"{name}: no sheet named {sheet!r} (sheets: {', '.join(sheets)})")
    df = pd.read_excel(io.BytesIO(raw), sheet_name=sheet, dtype=str, keep_default_na=False)
    if len(df) <= _FORMULA_SCAN_ROWS:
        df = _formulas_without_values(df, raw, sheet)
    # Merged header cells come back as "Unnamed: n": name them after their left neighbour.
    cols, last = [], "column"
    for c in df.columns:
        c = str(c).strip()
        if c.startswith("Unnamed:"):
            c = f"{last} (2)" if last else c
        else:
            last = c
        cols.append(c)
    df.columns = cols
    return df


_FORMULA_SCAN_ROWS = 50_000


def _formulas_without_values(df: pd.DataFrame, raw: bytes, sheet: str) -> pd.DataFrame:
    """A formula cell saved without its computed value (written by a script, never opened in Excel) reads as
    empty, and a quote like =HYPERLINK("…") would be lost without a word: such a cell keeps its formula text,
    which exports neutralise like any other."""
    import openpyxl

    empty = df.eq("").to_numpy()
    if not empty.any():
        return df
    wb = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=False)
    try:
        rows = wb[sheet].iter_rows(min_row=2, max_row=len(df) + 1, max_col=df.shape[1], values_only=True)
        fills = [(i, j, v) for i, row in enumerate(rows) for j, v in enumerate(row)
                 if j < df.shape[1] and isinstance(v, str) and v.startswith("=") and empty[i, j]]
    finally:
        wb.close()
    if fills:
        df = df.copy()
        for i, j, v in fills:
            df.iat[i, j] = v
    return df


def _read_json(text: str, name: str, lines: bool) -> pd.DataFrame:
    try:
        if lines:
            records = [json.loads(line) for line in text.splitlines() if line.strip()]
        else:
            records = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{name}: invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
    if isinstance(records, dict):
        lists = [v for v in records.values() if isinstance(v, list)]
        if len(lists) == 1:
            records = lists[0]
        else:
            raise InputError(f"{name}: expected a list of records (objects), got an object with keys "
                             f"{', '.join(map(str, list(records)[:8]))}")
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        raise InputError(f"{name}: expected a list of records (objects), one per statement")
    if not records:
        raise InputError(f"{name}: the list of records is empty")
    df = pd.json_normalize(records, sep=".")
    # Lists and objects inside records stay as JSON text rather than failing.
    for c in df.columns:
        if df[c].map(lambda v: isinstance(v, (list, dict))).any():
            df[c] = df[c].map(lambda v: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v)
    return df.astype(object).where(df.notna(), "").astype(str)


def neutralise_formulas(df: pd.DataFrame) -> pd.DataFrame:
    """Prefix cells a spreadsheet would run as formulas with a quote mark."""
    out = df.copy()
    for c in out.columns:
        s = out[c]
        if s.dtype == object or pd.api.types.is_string_dtype(s):
            s = s.astype(object)
            text = s.astype(str)
            risky = s.notna() & text.str.startswith(_FORMULA_START)
            if risky.any():
                out[c] = s.where(~risky, "'" + text)
    return out


def to_export_frame(statements: pd.DataFrame, *, spreadsheet: bool = True) -> pd.DataFrame:
    """Dates as YYYY-MM-DD; for spreadsheet formats, formulas neutralised."""
    out = statements.copy()
    for c in ("date", "date_end", "published"):
        if c in out:
            out[c] = pd.to_datetime(out[c]).dt.strftime("%Y-%m-%d")
    for c in ("start", "end"):  # character offsets: 1123, not the 1123.0 a column with blanks is stored as
        if c in out and pd.api.types.is_float_dtype(out[c]):
            whole = out[c].dropna()
            if (whole == whole.round()).all():
                out[c] = out[c].astype("Int64")
    return neutralise_formulas(out) if spreadsheet else out


def write_table(df: pd.DataFrame, path, *, safe: bool = True) -> None:
    path = Path(path)
    ext = path.suffix.lower()
    out = to_export_frame(df) if safe else df
    if ext in (".csv", ".tsv", ".tab"):
        out.to_csv(path, index=False, sep="\t" if ext != ".csv" else ",")
    elif ext in (".xlsx",):
        out.to_excel(path, index=False)
    elif ext == ".json":
        data = to_export_frame(df, spreadsheet=False)
        path.write_text(data.to_json(orient="records", force_ascii=False, indent=1), encoding="utf-8")
    elif ext in (".jsonl", ".ndjson"):
        data = to_export_frame(df, spreadsheet=False)
        path.write_text(data.to_json(orient="records", lines=True, force_ascii=False), encoding="utf-8")
    elif ext == ".parquet":
        df.to_parquet(path, index=False)
    else:
        raise InputError(f"{path.name}: unsupported output type {ext or '(none)'}")


def versus(names) -> str:
    """"A vs B" for a file name; three or more by their last words, so ``file_stem``'s 40 characters hold every
    one of them whole (a teacher's walkthrough: "…laura-ben")."""
    names = [str(n) for n in names]
    return " vs ".join(names if len(names) <= 2 else [n.split()[-1] if n.split() else n for n in names])


def file_stem(*parts) -> str:
    """A download's file name without extension, from what it shows ("statements", dataset, topic, day).

    Two downloads from different topics must not both arrive as ``statements.csv``
    and overwrite each other. Only ASCII letters, digits and hyphens survive, so
    the name is safe on every file system; each part is cut at 40 characters. A part with letters that have
    no ASCII form ("Україна") ends in a short digest of itself, so two such parts never share a name.
    """
    import hashlib
    import unicodedata

    out = []
    for part in parts:
        if part is None or str(part).strip() == "":
            continue
        base = "".join(c for c in unicodedata.normalize("NFKD", str(part)) if not unicodedata.combining(c))
        text = base.encode("ascii", "ignore").decode()
        slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:40].rstrip("-")
        if any(c.isalnum() and not c.isascii() for c in base):  # letters the name could not keep
            digest = hashlib.sha1(str(part).encode("utf-8")).hexdigest()[:8]
            slug = f"{slug[:31].rstrip('-')}-{digest}" if slug else digest
        if slug:
            out.append(slug)
    return "_".join(out) or "export"


def _xlsx(out: pd.DataFrame, sheet_name: str = "statements") -> bytes:
    """A workbook that opens ready to read: the header row frozen and filterable, each column as wide as its
    contents (at most 60 characters), long text such as quotes wrapped (up to 20,000 rows)."""
    from openpyxl.styles import Alignment
    from openpyxl.utils import get_column_letter

    buf = io.BytesIO()
    with pd.ExcelWriter(buf, engine="openpyxl") as writer:
        out.to_excel(writer, index=False, sheet_name=sheet_name)
        sheet = writer.sheets[sheet_name]
        sheet.freeze_panes = "A2"
        if len(out.columns):
            sheet.auto_filter.ref = sheet.dimensions
        sample = out.head(2000)  # widths from the first rows: enough to size a column, cheap on 100,000
        for i, col in enumerate(out.columns, 1):
            longest = sample[col].astype(str).str.len().max() if len(sample) else 0
            width = min(60, max(len(str(col)), int(longest if longest == longest else 0)) + 2)
            sheet.column_dimensions[get_column_letter(i)].width = width
            if width == 60 and len(out) <= 20_000:  # quotes, notes: wrapped rather than running on (styling
                # 100,000 cells would double the export's time, so a very large export is left unwrapped)
                for (cell,) in sheet.iter_rows(min_row=2, min_col=i, max_col=i, max_row=len(out) + 1):
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
    return buf.getvalue()


def to_bytes(df: pd.DataFrame, fmt: str, *, sheet_name: str = "statements") -> bytes:
    """Export for downloads: csv, xlsx (one sheet, ``sheet_name``) or json."""
    out = to_export_frame(df, spreadsheet=fmt != "json")
    if fmt == "csv":
        return out.to_csv(index=False).encode("utf-8-sig")
    if fmt == "xlsx":
        return _xlsx(out, sheet_name)
    if fmt == "json":
        return out.to_json(orient="records", force_ascii=False, indent=1).encode("utf-8")
    raise ValueError(fmt)
