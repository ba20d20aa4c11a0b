"""The canonical statement schema and every shared constant, declared once.

Everything else in the package refers to these names; a reader looking for
"what columns does a statement have" or "what does stance +1 mean" ends here.
"""
from __future__ import annotations

import pandas as pd
import pandera.pandas as pa

# --- Stance scale -----------------------------------------------------------
STANCE_MIN, STANCE_MAX = -2, 2
STANCE_LABELS: dict[int, str] = {
    -2: "strongly oppose",
    -1: "oppose",
    0: "neutral",
    1: "support",
    2: "strongly support",
}
# How a stance is written wherever a person picks or reads one: "+2 strongly support" … "0 neutral" … "-2 …",
# strongest support first (typing "2" in a picker must not land on -2).
STANCE_CHOICES: dict[int, str] = {v: ("0" if v == 0 else f"{v:+d}") + f" {STANCE_LABELS[v]}" for v in (2, 1, 0, -1, -2)}

# Diverging, colour-blind-safe scale (ColorBrewer RdBu, 5 classes): red = oppose,
# blue = support, grey-white neutral.  Used by every chart and legend.
STANCE_COLORS: dict[int, str] = {
    -2: "#ca0020",
    -1: "#f4a582",
    0: "#bababa",
    1: "#92c5de",
    2: "#0571b0",
}
# Text on a stance colour (badges): whichever of black and white contrasts more (WCAG): white on the strong
# red and blue (5.9:1, 5.3:1), black on the light ones (over 10:1).
STANCE_TEXT_COLORS: dict[int, str] = {-2: "#ffffff", -1: "#000000", 0: "#000000", 1: "#000000", 2: "#ffffff"}
# Continuous version for heatmaps (zmin=-2, zmax=2). Neutral is the grey of STANCE_COLORS[0], not near-white,
# so a neutral cell never looks like a period without statements (an empty cell shows the background).
STANCE_COLORSCALE = [
    [0.0, "#ca0020"],
    [0.25, "#f4a582"],
    [0.5, STANCE_COLORS[0]],
    [0.75, "#92c5de"],
    [1.0, "#0571b0"],
]

# --- Dates ------------------------------------------------------------------
PRECISIONS = ("day", "week", "month", "quarter", "year")
DATE_BASES = ("explicit", "relative", "publication", "edited")  # edited: set by hand, not read from the source

# --- Statement columns ------------------------------------------------------
COLUMNS: list[str] = [
    "statement_id",
    "actor",
    "actor_type",
    "affiliation",
    "topic",
    "stance",
    "date",
    "date_end",
    "date_precision",
    "date_text",
    "date_basis",
    "quote",
    "source",
    "published",
    "start",
    "end",
    "notes",
    # additions users need
    "reported_by",  # who reported this stance when the actor did not say it themselves
    "date_flag",  # e.g. "ambiguous day/month order"
]
REQUIRED_INPUT = ("actor", "topic", "stance")
REJECT_COLUMNS = ["file", "row", "column", "value", "reason"]

# Text columns other than statement_id are categoricals (a few distinct values
# repeated over many rows: codes plus one copy of each string); statement_id,
# unique per row, is an Arrow-backed ``str``.
TEXT = "category"

STATEMENT_SCHEMA = pa.DataFrameSchema(
    {
        "statement_id": pa.Column(str, unique=True),
        "actor": pa.Column(TEXT, pa.Check.str_length(min_value=1)),
        "actor_type": pa.Column(TEXT, nullable=True),
        "affiliation": pa.Column(TEXT, nullable=True),
        "topic": pa.Column(TEXT, pa.Check.str_length(min_value=1)),
        "stance": pa.Column("Int8", pa.Check.in_range(STANCE_MIN, STANCE_MAX)),
        "date": pa.Column("datetime64[ns]", nullable=True),
        "date_end": pa.Column("datetime64[ns]", nullable=True),
        "date_precision": pa.Column(TEXT, pa.Check.isin(PRECISIONS), nullable=True),
        "date_text": pa.Column(TEXT, nullable=True),
        "date_basis": pa.Column(TEXT, pa.Check.isin(DATE_BASES), nullable=True),
        "quote": pa.Column(TEXT, nullable=True),
        "source": pa.Column(TEXT, nullable=True),
        "published": pa.Column("datetime64[ns]", nullable=True),
        "start": pa.Column("Int64", nullable=True),
        "end": pa.Column("Int64", nullable=True),
        "notes": pa.Column(TEXT, nullable=True),
        "reported_by": pa.Column(TEXT, nullable=True),
        "date_flag": pa.Column(TEXT, nullable=True),
    },
    strict=True,
    ordered=True,
    coerce=True,
)


def _categorical(series: pd.Series) -> bool:
    return isinstance(series.dtype, pd.CategoricalDtype)


# The same schema for checking a frame normalize has just built: pandera's dtype
# check on a categorical re-derives the dtype from all of its categories (0.45 s
# on 1M statements with 5,000 distinct quotes), so text columns are checked for
# being categorical directly, with every other check unchanged.
VALIDATION_SCHEMA = STATEMENT_SCHEMA.update_columns(
    {
        name: {"dtype": None, "checks": [*col.checks, pa.Check(_categorical, error="not a categorical column")]}
        for name, col in STATEMENT_SCHEMA.columns.items()
        if str(col.dtype) == TEXT
    }
)


def empty_statements() -> pd.DataFrame:
    return STATEMENT_SCHEMA.coerce_dtype(pd.DataFrame({c: [] for c in COLUMNS}))


def stance_label(value) -> str:
    try:
        return STANCE_LABELS[int(value)]
    except (TypeError, ValueError, KeyError):
        return "unknown"
