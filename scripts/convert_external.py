"""Convert the bundled external R datasets into compact Parquet files in data/.

Usage (from the repository root):

    .venv/bin/python scripts/convert_external.py [EXTERNAL_DIR] [--out data]

EXTERNAL_DIR defaults to ``../shared/external`` relative to the repository root.
It must contain ``unvotes/`` (un_votes.rda, un_roll_calls.rda,
un_roll_call_issues.rda) and ``irps_nuclear/`` (irps_nuclear.rda); see each
folder's SOURCE.txt and data/SOURCES.md.

Outputs (raw *input* form, read later by the stancetrack normalizer):

* data/unvotes.parquet      one row per (country vote, roll-call issue)
* data/nuclear2011.parquet  one row per claim tie of the irps_nuclear network

Both files carry the columns statement_id, actor, actor_type, affiliation,
topic, stance, date, quote, source, published, notes.
"""
from __future__ import annotations

import argparse
import re
import sys
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import rdata

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_EXTERNAL = ROOT.parent / "shared" / "external"
OUT_COLUMNS = [
    "statement_id",
    "actor",
    "actor_type",
    "affiliation",
    "topic",
    "stance",
    "date",
    "quote",
    "source",
    "published",
    "notes",
]
OTHER_TOPIC = "Other resolutions"
DESCR_MAX = 300
R_EPOCH = pd.Timestamp("1970-01-01")

# The 54 German concept labels of irps_nuclear -> short, literal English names.
# (The source label "Begrenzung der Stompreise" has a typo for "Strompreise".)
NUCLEAR_CONCEPTS_EN: dict[str, str] = {
    "Abschalten der Altmeiler": "Shutting down the old reactors",
    "Sicherheitsüberprüfung": "Safety review",
    "Ausstieg": "Nuclear phase-out",
    "Ausstieg (schnell)": "Nuclear phase-out (fast)",
    "Ausstieg (sofort)": "Nuclear phase-out (immediate)",
    "Atom-Politik auf dem Prüfstand": "Nuclear policy under review",
    "Stromnetzausbau": "Power grid expansion",
    "Energieeffizienz": "Energy efficiency",
    "Energiewende": "Energy transition (Energiewende)",
    "Nachrüstung": "Retrofitting nuclear plants",
    "Deutschland als Vorbild": "Germany as a role model",
    "Populismus": "Populism",
    "Ausstieg (endgültig)": "Nuclear phase-out (final)",
    "Laufzeitverlängerung": "Reactor lifetime extension",
    "Konsens/Einigkeit": "Consensus/unity",
    "Atomkraft als Brückentechnologie": "Nuclear power as a bridge technology",
    "Stresstest (EU-weit)": "Stress test (EU-wide)",
    "Sicherheit": "Safety",
    "Moratorium": "Moratorium",
    "Übereitles Handeln": "Overhasty action",
    "endgültige Stilllegung der Altmeiler": "Permanent decommissioning of the old reactors",
    "Ausstieg (mit Deadline)": "Nuclear phase-out (with deadline)",
    "Neubau von AKWs": "Building new nuclear plants",
    "Investition in erneuerbare Energie": "Investment in renewable energy",
    "Schadensersatz": "Compensation for damages",
    "EU-weite Regelungen": "EU-wide regulations",
    "Kohlekraftwerke": "Coal power plants",
    "gesetzliche Basis schaffen": "Creating a legal basis",
    "Alleingang": "Going it alone (unilateral action)",
    "Gaskraftwerke": "Gas power plants",
    "Begrenzung der Stompreise": "Limiting electricity prices",
    "Ächtung der Kerntechnologie": "Outlawing nuclear technology",
    "Verantwortungsbewusstsein": "Sense of responsibility",
    "Wirtschaftlichkeit": "Economic viability",
    "Brennelementesteuer": "Nuclear fuel tax",
    "Energetische Gebäudesanierung": "Energy-efficient building renovation",
    "Atomkonzerne enteignen": "Expropriating nuclear power companies",
    "Energiepolitik": "Energy policy",
    "Bürgerbeteiligung": "Citizen participation",
    "Verzicht auf Klage": "Waiving legal action",
    "Sofortvollzug anordnen": "Ordering immediate enforcement",
    "Klimaschutz": "Climate protection",
    "Beschleunigung von Planungsverfahren": "Accelerating planning procedures",
    "Forschung": "Research",
    "Neue Speichertechnologien": "New storage technologies",
    "Neue Endlagersuche": "New search for a final repository",
    "Verkürzung der Restlaufzeiten": "Shortening remaining reactor lifetimes",
    "Importverbot für Atomstrom": "Import ban on nuclear electricity",
    "Einhaltung demokratischer Verfahren": "Adherence to democratic procedures",
    "Schaffung neuer Institutionen": "Creating new institutions",
    "Stresstest": "Stress test",
    "Feste Abschaltdaten": "Fixed shutdown dates",
    "AKW als Kaltreserve": "Nuclear plant as cold reserve",
    "Ausbau Solarenergie": "Expansion of solar energy",
}
NUCLEAR_SOURCE = "Haunss & Hollway 2023, irps_nuclear"


def _read(path: Path):
    """rdata.read_rda without the (harmless) missing-constructor warnings."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)
        return rdata.read_rda(str(path))


def r_days_to_iso(days) -> pd.Series:
    """R Date (days since 1970-01-01, float, NaN allowed) -> 'YYYY-MM-DD' strings (None if missing)."""
    s = pd.Series(days, dtype="float64")
    ts = R_EPOCH + pd.to_timedelta(s, unit="D")
    out = ts.dt.strftime("%Y-%m-%d")
    return out.where(s.notna(), None)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", str(text).lower()).strip("-")


# --------------------------------------------------------------------------- UN votes
def convert_unvotes(src: Path, out: Path) -> dict[str, int]:
    votes = _read(src / "un_votes.rda")["un_votes"]
    calls = _read(src / "un_roll_calls.rda")["un_roll_calls"]
    issues = _read(src / "un_roll_call_issues.rda")["un_roll_call_issues"]

    votes = votes.reset_index(drop=True)
    calls = calls.reset_index(drop=True)
    issues = issues.reset_index(drop=True)
    votes["rcid"] = votes["rcid"].astype("int64")
    calls["rcid"] = calls["rcid"].astype("int64")
    issues["rcid"] = issues["rcid"].astype("int64")

    stats = {
        "votes": len(votes),
        "roll_calls": len(calls),
        "issue_rows": len(issues),
        "votes_missing_country_code": int(votes["country_code"].isna().sum()),
        "roll_calls_missing_date": int(calls["date"].isna().sum()),
        "roll_calls_missing_unres": int((calls["unres"].fillna("") == "").sum()),
        "roll_calls_missing_short": int((calls["short"].fillna("") == "").sum()),
        "duplicate_votes_rcid_country": int(votes.duplicated(["rcid", "country"]).sum()),
        "votes_without_roll_call": int((~votes["rcid"].isin(calls["rcid"])).sum()),
    }

    # --- per roll call: date, quote, source (computed once, 6k rows) -------
    c = calls[["rcid", "date", "unres", "short", "descr"]].copy()
    c["iso"] = r_days_to_iso(c["date"].to_numpy(dtype="float64", na_value=np.nan))
    unres = c["unres"].astype("object").where(c["unres"].notna(), "").astype(str).str.strip()
    short = c["short"].astype("object").where(c["short"].notna(), "").astype(str).str.strip()
    descr = c["descr"].astype("object").where(c["descr"].notna(), "").astype(str).str.strip()
    descr_cut = descr.where(descr.str.len() <= DESCR_MAX, descr.str.slice(0, DESCR_MAX - 1).str.rstrip() + "…")
    text = short.where(short != "", descr_cut)
    quote = pd.Series(np.where(unres != "", unres + ": " + text, text), index=c.index)
    quote = quote.where(text != "", unres)  # no text at all -> just the resolution id
    c["quote"] = quote.where(quote != "", None)
    c["source"] = np.where(
        unres != "", "UN GA roll call " + c["rcid"].astype(str) + " (" + unres + ")", "UN GA roll call " + c["rcid"].astype(str)
    )
    c = c[["rcid", "iso", "quote", "source"]]

    # --- per roll call: issues (a roll call may have 0..n issues) ------------
    iss = issues[["rcid", "short_name", "issue"]].copy()
    iss["short_name"] = iss["short_name"].astype(str)
    iss["issue"] = iss["issue"].astype(str)
    no_issue = c.loc[~c["rcid"].isin(iss["rcid"]), ["rcid"]].assign(short_name="other", issue=OTHER_TOPIC)
    iss = pd.concat([iss, no_issue], ignore_index=True)
    stats["roll_calls_without_issue"] = len(no_issue)

    # --- join -----------------------------------------------------------------
    v = votes[["rcid", "country", "country_code", "vote"]].copy()
    code = v["country_code"].astype("object")
    # Some historical states have no code (e.g. Federal Republic of Germany, Yemen Arab Republic):
    # fall back to a slug of the country name so the id stays unique.
    v["code"] = code.where(code.notna(), "x-" + v["country"].astype(str).map(_slug))
    df = v.merge(iss, on="rcid", how="left", validate="many_to_many").merge(c, on="rcid", how="left", validate="many_to_one")
    assert df["issue"].notna().all(), "every vote must end up with a topic"

    ids = "unv-" + df["rcid"].astype(str) + "-" + df["code"].astype(str) + "-" + df["short_name"].astype(str)
    cat = lambda s: s.astype("category")  # noqa: E731 - dictionary encoding in Parquet
    out_df = pd.DataFrame(
        {
            "statement_id": ids.astype("string"),
            "actor": cat(df["country"].astype(str)),
            "actor_type": cat(pd.Series("country", index=df.index)),
            "affiliation": pd.Series(None, index=df.index, dtype="string"),
            "topic": cat(df["issue"]),
            "stance": cat(df["vote"].astype(str)),
            "date": cat(df["iso"]),
            "quote": cat(df["quote"]),
            "source": cat(df["source"]),
            "published": cat(df["iso"]),
            "notes": pd.Series(None, index=df.index, dtype="string"),
        }
    )[OUT_COLUMNS]
    assert out_df["statement_id"].is_unique, "statement ids must be unique"
    out_df.to_parquet(out, index=False, compression="zstd", compression_level=19)

    stats["rows_written"] = len(out_df)
    stats["rows_other_resolutions"] = int((out_df["topic"] == OTHER_TOPIC).sum())
    stats["votes_in_output"] = int(df.drop_duplicates(["rcid", "country"]).shape[0])
    assert stats["votes_in_output"] == stats["votes"], "no vote may be lost"
    stats["date_min"] = min(out_df["date"].dropna().astype(str))
    stats["date_max"] = max(out_df["date"].dropna().astype(str))
    return stats


# --------------------------------------------------------------------------- irps_nuclear
def _masked_to_list(arr) -> list:
    """numpy (masked) array -> list with None for masked entries."""
    if isinstance(arr, np.ma.MaskedArray):
        mask = np.ma.getmaskarray(arr)
        return [None if m else x.item() if hasattr(x, "item") else x for x, m in zip(arr.data, mask)]
    return [x.item() if hasattr(x, "item") else x for x in arr]


def _nan_to_none(x):
    if x is None or (isinstance(x, float) and np.isnan(x)):
        return None
    return x


def load_nuclear_graph(path: Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return (nodes, ties) of the igraph object stored in irps_nuclear.rda.

    rdata converts the igraph object to a list: [0] number of vertices, [1] directed flag,
    [2]/[3] 0-based from/to vertex indices, [8] = [graph attr flags, graph attrs,
    vertex attrs, edge attrs].
    """
    g = _read(path)["irps_nuclear"]
    n_vertices = int(np.asarray(g[0])[0])
    attrs = g[8]
    vattr = {str(k): _masked_to_list(v) for k, v in attrs[2].items()}
    eattr = {str(k): _masked_to_list(v) for k, v in attrs[3].items()}
    nodes = pd.DataFrame(vattr)
    assert len(nodes) == n_vertices
    for col in ("org", "party"):
        nodes[col] = nodes[col].map(_nan_to_none)
    ties = pd.DataFrame(eattr)
    ties.insert(0, "from", np.asarray(g[2]).astype(int))
    ties.insert(1, "to", np.asarray(g[3]).astype(int))
    return nodes, ties


def convert_nuclear(src: Path, out: Path) -> dict[str, int]:
    nodes, ties = load_nuclear_graph(src / "irps_nuclear.rda")
    speakers = nodes[~nodes["type"].astype(bool)]
    concepts = nodes[nodes["type"].astype(bool)]
    missing = sorted(set(concepts["name"]) - set(NUCLEAR_CONCEPTS_EN))
    assert not missing, f"untranslated concepts: {missing}"
    assert ties["from"].isin(speakers.index).all() and ties["to"].isin(concepts.index).all()

    spk = nodes.loc[ties["from"]].reset_index(drop=True)
    con = nodes.loc[ties["to"], "name"].reset_index(drop=True)
    iso = r_days_to_iso(ties["time"].astype("float64"))
    inc = ties["increment"].astype(int)
    assert set(inc) <= {-1, 1}

    notes = []
    for de, party, default, sign in zip(con, spk["party"], ties["default"], inc):
        # Plain words for the evidence panel; the data's two undocumented codes are kept, said to be such.
        note = (("Claim for (+1)" if sign > 0 else "Claim against (−1)") + f" the concept “{de}” (German original), "
                "coded in the discourse network of Haunss & Hollway (2023); the data hold no quote.")
        codes = []
        if party is not None and not pd.isna(party):
            codes.append(f"party {party}")
        if default is not None and not pd.isna(default):
            codes.append(f"default flag {str(bool(default)).lower()}")
        if codes:
            note += " Codes in the data, meaning undocumented: " + ", ".join(codes) + "."
        notes.append(note)

    out_df = pd.DataFrame(
        {
            "statement_id": [f"nuc2011-{i:04d}" for i in range(len(ties))],
            "actor": spk["name"].astype(str),
            # The data do not distinguish persons from organizations/groups.
            "actor_type": pd.Series(None, index=spk.index, dtype="string"),
            "affiliation": spk["org"].astype("string"),
            "topic": con.map(NUCLEAR_CONCEPTS_EN),
            "stance": inc.astype("int8"),
            "date": iso,
            "quote": pd.Series(None, index=spk.index, dtype="string"),
            "source": NUCLEAR_SOURCE,
            "published": iso,
            "notes": notes,
        }
    )[OUT_COLUMNS]
    for col in ("actor", "affiliation", "topic", "source", "date", "published"):
        out_df[col] = out_df[col].astype("category")
    out_df.to_parquet(out, index=False, compression="zstd", compression_level=19)
    return {
        "claims": len(out_df),
        "speakers": len(speakers),
        "concepts": len(concepts),
        "supportive": int((inc > 0).sum()),
        "critical": int((inc < 0).sum()),
        "missing_dates": int(out_df["date"].isna().sum()),
        "exact_duplicate_ties": int(ties.duplicated().sum()),
        "speakers_with_claims": int(ties["from"].nunique()),
        "concepts_with_claims": int(ties["to"].nunique()),
        "date_min": min(out_df["date"].dropna().astype(str)),
        "date_max": max(out_df["date"].dropna().astype(str)),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("external", nargs="?", default=str(DEFAULT_EXTERNAL), help="folder with unvotes/ and irps_nuclear/")
    ap.add_argument("--out", default=str(ROOT / "data"), help="output folder (default: data/)")
    ap.add_argument("--only", choices=("unvotes", "nuclear"), help="convert one dataset only")
    args = ap.parse_args(argv)
    ext, out = Path(args.external), Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    if args.only in (None, "nuclear"):
        st = convert_nuclear(ext / "irps_nuclear", out / "nuclear2011.parquet")
        print("nuclear2011.parquet:", ", ".join(f"{k}={v}" for k, v in st.items()))
    if args.only in (None, "unvotes"):
        st = convert_unvotes(ext / "unvotes", out / "unvotes.parquet")
        print("unvotes.parquet:", ", ".join(f"{k}={v}" for k, v in st.items()))
    for name in ("nuclear2011.parquet", "unvotes.parquet"):
        p = out / name
        if p.exists():
            print(f"{p}: {p.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
