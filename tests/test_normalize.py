"""Normalization rules: columns, stance labels, dates, names, rejects."""
import io

import pandas as pd
import pytest

from stancetrack.io import InputError, read_table
from stancetrack.normalize import normalize
from stancetrack.stance import map_stance

NO_ALIASES = dict(actors=pd.DataFrame(columns=["name", "aliases"]), topics=pd.DataFrame(columns=["name", "aliases"]))


def table(text: str, name="t.csv") -> pd.DataFrame:
    return read_table(io.BytesIO(text.encode()), name)


@pytest.mark.parametrize("label,value", [
    ("support", 1), ("Strongly Support", 2), ("oppose", -1), ("against", -1), ("opposes", -1),
    ("neutral", 0), ("agree", 1), ("disagree", -1), ("yes", 1), ("no", -1), ("abstain", 0),
    ("in favour", 1), ("In favor", 1), ("+1", 1), ("-2", -2), ("2", 2), ("0", 0), ("strongly oppose", -2),
])
def test_stance_labels(label, value):
    stance, reason = map_stance(pd.Series([label]))
    assert stance.iat[0] == value and reason.iat[0] is None


def test_stance_rejects_name_the_value():
    stance, reason = map_stance(pd.Series(["maybe", "+3", ""]))
    assert stance.isna().all()
    assert reason.tolist() == ["unrecognised stance label 'maybe'", "stance '+3' is outside the scale -2..+2",
                               "empty stance"]


def test_agreement_column_is_binary():
    stance, _ = map_stance(pd.Series(["1", "0"]), binary=True)
    assert stance.tolist() == [1, -1]


@pytest.mark.parametrize("headers", [
    "speaker,issue,position,when,text",
    "Person,Subject,Agreement,Said on,Statement",
    "WHO,Concept,Vote,Statement Date,Quote",
    "name,topic,stance,time,quote",
])
def test_column_synonyms(headers):
    df = table(headers + "\nAnna Berg,Tax,support,2024-05-01,We back it\n")
    r = normalize(df, **NO_ALIASES)
    row = r.statements.iloc[0]
    assert (row.actor, row.topic, row.stance, row.quote) == ("Anna Berg", "Tax", 1, "We back it")
    assert row.date == pd.Timestamp("2024-05-01")


def test_explicit_mapping_wins():
    df = table("a,b,c\nAnna,Tax,yes\n")
    r = normalize(df, mapping={"a": "actor", "b": "topic", "c": "stance"}, **NO_ALIASES)
    assert r.statements.iloc[0].actor == "Anna"


def test_missing_required_column_is_an_input_error():
    with pytest.raises(InputError, match="missing required column.*stance"):
        normalize(table("speaker,topic\nA,B\n"), file="x.csv")


def test_dna_event_list_loads_as_is():
    text = ("statement_id;time;person;organization;concept;agreement;text;coder\n"
            "1;2011-03-14 10:00:00;Angela Merkel;CDU;Nuclear phase-out;1;Wir steigen aus;x\n"
            "2;2011-03-15 00:00:00;Jürgen Trittin;Greens;Nuclear phase-out;0;Zu spät;x\n")
    r = normalize(table(text), **NO_ALIASES)
    s = r.statements
    assert list(s.actor) == ["Angela Merkel", "Jürgen Trittin"]
    assert list(s.affiliation) == ["CDU", "Greens"]
    assert list(s.stance) == [1, -1]  # 0 in an agreement column is disagreement
    assert list(s.date.dt.strftime("%Y-%m-%d")) == ["2011-03-14", "2011-03-15"]
    assert "coder: x" in s.notes.iat[0]


def test_dates_resolve_against_row_publication_date():
    df = table("actor,topic,stance,date,published\nA,T,yes,in February,2025-06-25\nB,T,no,,2024-03-10\n")
    s = normalize(df, **NO_ALIASES).statements
    assert s.date.iat[0] == pd.Timestamp("2025-02-01") and s.date_precision.iat[0] == "month"
    assert s.date_basis.iat[0] == "relative"
    assert s.date.iat[1] == pd.Timestamp("2024-03-10") and s.date_basis.iat[1] == "publication"


def test_default_publication_date_from_caller():
    s = normalize(table("actor,topic,stance,date\nA,T,yes,last Wednesday\n"), published="2025-06-25",
                  **NO_ALIASES).statements
    assert s.date.iat[0] == pd.Timestamp("2025-06-18")


def test_every_row_is_a_statement_or_a_reject_with_reason():
    df = table(
        "actor,topic,stance,date,quote\n"
        "A,T,yes,2024-01-01,q\n"      # ok
        "A,T,yes,2024-01-01,q\n"      # exact duplicate
        ",T,yes,2024-01-01,q2\n"      # empty actor
        "B,T,perhaps,2024-01-01,q3\n"  # bad stance
        "C,T,no,whenever,q4\n"        # not a date
        "D,T,no,2999-01-01,q5\n"      # future
        "E,,no,2020-01-01,q6\n"       # empty topic
    )
    r = normalize(df, file="t.csv", **NO_ALIASES)
    assert len(r.statements) + len(r.rejects) == 7
    rej = r.rejects.set_index("row")
    assert rej.loc[2, "reason"] == "duplicate of row 1"
    assert rej.loc[3, "reason"] == "empty actor" and rej.loc[3, "column"] == "actor"
    assert rej.loc[4, "reason"] == "unrecognised stance label 'perhaps'" and rej.loc[4, "value"] == "perhaps"
    assert rej.loc[5, "reason"] == "not a date: 'whenever'" and rej.loc[5, "column"] == "date"
    assert "future" in rej.loc[6, "reason"]
    assert rej.loc[7, "reason"] == "empty topic"
    assert set(r.rejects["file"]) == {"t.csv"}


def test_a_row_with_several_problems_names_them_all():
    df = table("actor,topic,stance,date\nA,T,yes,2024-01-01\n,T,perhaps,someday\n")
    r = normalize(df, file="t.csv", **NO_ALIASES)
    rej = r.rejects.set_index("row")
    assert rej.loc[2, "column"] == "actor"  # the first problem gives the column and value
    assert rej.loc[2, "reason"] == ("empty actor; also stance: unrecognised stance label 'perhaps'; "
                                    "also date: not a date: 'someday'")
    assert len(r.statements) == 1 and len(r.rejects) == 1


def test_duplicate_statement_ids_are_rejected():
    df = table("id,actor,topic,stance\nx1,A,T,yes\nx1,B,T,no\n")
    r = normalize(df, published="2024-01-01", **NO_ALIASES)
    assert len(r.statements) == 1
    assert r.rejects["reason"].iat[0] == "duplicate statement_id, first at row 1"


def test_aliases_and_surname_folding():
    actors = pd.DataFrame({"name": ["United States", "Donald Trump"], "aliases": ["U.S.|US|the U.S.", ""],
                           "type": ["country", "person"], "affiliation": ["", "Republican Party"]})
    df = table("actor,topic,stance\nthe U.S.,T,no\nTrump,T,no\nDonald Trump,T,no\nJoe Bloggs,T,yes\n")
    r = normalize(df, published="2025-01-01", actors=actors, topics=pd.DataFrame(columns=["name", "aliases"]))
    assert list(r.statements.actor) == ["United States", "Donald Trump", "Donald Trump", "Joe Bloggs"]
    assert r.statements.actor_type.iat[0] == "country"
    assert r.statements.affiliation.iat[1] == "Republican Party"
    assert set(r.folds["rule"]) == {"alias table", "surname"}


def test_fuzzy_near_duplicates_are_suggested_not_merged():
    df = table("actor,topic,stance\nVolodymyr Zelenskyy,T,yes\nVolodymyr Zelensky,T,yes\n")
    r = normalize(df, published="2025-01-01", **NO_ALIASES)
    assert set(r.statements.actor) == {"Volodymyr Zelenskyy", "Volodymyr Zelensky"}
    assert len(r.suggestions) == 1 and r.suggestions["score"].iat[0] >= 88
    # the message names the pair, so it can be checked before saving (a journalist's walkthrough)
    said = next(m for m in r.messages if "similar names" in m)
    assert said.startswith("1 pair of similar names") and "Volodymyr Zelenskyy" in said and "Volodymyr Zelensky”" in said
    # the rows counted in are the rows read, not the pairs (a policy analyst saw "of 1 row" for 31 rows)
    assert r.rows_in == 2 and "2 rows in" in r.summary()


def test_a_link_column_is_the_source():
    r = normalize(table("who,topic,position,link\nA,T,for,https://example.org/a\n"), published="2025-01-01", **NO_ALIASES)
    assert r.statements["source"].iat[0] == "https://example.org/a"


def test_extra_columns_kept_in_notes_and_said():
    r = normalize(table("actor,topic,stance,coder\nA,T,yes,jd\n"), published="2024-01-01", **NO_ALIASES)
    assert r.statements.notes.iat[0] == "coder: jd"
    assert any("extra columns kept in notes: coder" in m for m in r.messages)


def test_generated_ids_are_stable():
    df = table("actor,topic,stance\nA,T,yes\nB,T,no\n")
    a = normalize(df, published="2024-01-01", **NO_ALIASES).statements.statement_id
    b = normalize(df, published="2024-01-01", **NO_ALIASES).statements.statement_id
    assert list(a) == list(b) and a.is_unique


def test_validation_schema_still_catches_what_the_declared_schema_forbids():
    from stancetrack.schema import VALIDATION_SCHEMA

    good = normalize(table("actor,topic,stance\nA,T,yes\n"), published="2024-01-01", **NO_ALIASES).statements
    VALIDATION_SCHEMA.validate(good)
    for column, value in (("actor", good["actor"].astype(str)), ("stance", pd.array([5], dtype="Int8")),
                          ("date_precision", pd.Categorical(["fortnight"]))):
        bad = good.copy()
        bad[column] = value
        with pytest.raises(Exception, match=column):
            VALIDATION_SCHEMA.validate(bad)


def test_a_lone_name_joins_a_person_not_a_country_or_a_group():
    from stancetrack.aliases import fold_names

    values = pd.Series(["Okafor", "Amara Okafor", "Sudan", "South Sudan", "Germany", "Federal Republic of Germany",
                        "SPD", "Wähler von SPD", "Vattenfall", "Betriebsräte von EnBW, Eon, RWE und Vattenfall"])
    folded, folds = fold_names(values, None, surnames=True)
    assert folds[["from", "to"]].values.tolist() == [["Okafor", "Amara Okafor"]]
    assert folded.astype(str).tolist()[2:] == values.tolist()[2:]
    # a spelling typed as an organisation is never a surname
    typed, folds = fold_names(pd.Series(["Okafor", "Amara Okafor"]), None, surnames=True,
                              types=pd.Series(["org", "person"]))
    assert folds.empty


def test_bundled_un_votes_keep_sudan_and_south_sudan_apart():
    from stancetrack import datasets

    actors = datasets.load_bundled("unvotes").statements["actor"].astype(str).value_counts()
    assert actors["Sudan"] == 7062 and actors["South Sudan"] == 527
    assert actors["Germany"] == 3398 and actors["Federal Republic of Germany"] == 2811


def test_the_rejects_summary_names_each_rows_first_reason_without_its_values():
    from stancetrack.normalize import normalize as _normalize

    df = pd.DataFrame({"actor": ["A", "B", "C", "D"], "topic": ["T"] * 4, "stance": ["support", "oppose", "kinda", "yes"],
                       "date": ["2025-05-13", "next blursday", "2025-13-45", "31/02/2025"]})
    msg = [m for m in _normalize(df, file="x.csv").messages if m.startswith("rejected: ")][0]
    assert "unrecognised stance label … ×1" in msg  # not run together with the same row's bad date
    assert "not a date: … ×1" in msg and "not a calendar date: … (no such day or month) ×1" in msg
    assert "kinda" not in msg and "blursday" not in msg


def test_balance_counts_an_actors_last_day_by_its_mean_not_by_its_last_row():
    from stancetrack.derive import balance

    day = pd.Timestamp("2019-12-12")
    df = pd.DataFrame({  # the US's last day of votes: 11 no, 3 yes, 2 abstentions; the UK's last word is "no"
        "actor": ["US"] * 16 + ["UK", "UK"], "topic": ["Arms"] * 18,
        "stance": [-1] * 11 + [1] * 3 + [0] * 2 + [1, -1],
        "date": [day] * 16 + [pd.Timestamp("2019-01-01"), day],
        "statement_id": [f"z{i:02d}" for i in range(18)],  # the last id is a "yes": it must not decide
    })
    df.loc[15, "stance"], df.loc[13, "stance"] = 1, 0  # ids z13..z15 end on a yes
    got = balance(df).set_index("label")["actors"].to_dict()
    assert got == {"oppose": 2}
    assert balance(df.iloc[:0]).empty


def test_spans_that_are_not_one_calendar_period_are_shown_as_spans_not_as_a_quarter_or_a_year():
    """"late 2025" is September to December, so a table or hover saying 2025-Q3 would misdate it."""
    from stancetrack.charts import hover_text
    from stancetrack.derive import format_period

    r = normalize(table("actor,topic,stance,date\nA,T,support,late 2025\nB,T,oppose,summer 2024\n"
                        "C,T,support,the 1990s\nD,T,oppose,2024-Q3\nE,T,support,February 2025\nF,T,support,2008\n"),
                  **NO_ALIASES)
    s = r.statements.set_index("actor")
    shown = format_period(s["date"], s["date_precision"], s["date_end"])
    assert shown.to_dict() == {"A": "2025-09 – 2025-12", "B": "2024-06 – 2024-08", "C": "1990–1999",
                               "D": "2024-Q3", "E": "2025-02", "F": "2008"}
    hover = hover_text(r.statements.assign(source="s", quote="q")).tolist()
    assert "(2025-09 – 2025-12, explicit)" in hover[0] and "Q3" not in hover[0]


@pytest.mark.parametrize("label, expected", [
    ("somewhat against", -1), ("slightly for", 1), ("mostly opposed", -1), ("leaning towards support", 1),
    ("very much for", 2), ("fiercely opposed", -2), ("Strongly For", 2),
])
def test_hedged_and_strengthened_stance_labels_map_to_the_scale(label, expected):
    stance, reason = map_stance(pd.Series([label]))
    assert int(stance.iloc[0]) == expected and reason.iloc[0] is None



def test_name_suggestions_catch_a_shortened_first_name_and_a_title_but_not_two_people():
    from stancetrack.aliases import fuzzy_suggestions

    got = fuzzy_suggestions(pd.Series(["Mayor Diane Kessler", "Diane Kessler", "Daniel Okoye", "Dan Okoye",
                                       "D. Okoye", "Mark Bell", "Ann Bell"]))
    pairs = {frozenset(p) for p in zip(got["name"], got["similar_to"])}
    assert {frozenset({"Mayor Diane Kessler", "Diane Kessler"}), frozenset({"Daniel Okoye", "Dan Okoye"}),
            frozenset({"Daniel Okoye", "D. Okoye"})} <= pairs
    assert frozenset({"Mark Bell", "Ann Bell"}) not in pairs  # one surname is not one person


def test_letters_after_a_name_are_no_other_person():
    from stancetrack import aliases

    pairs = aliases.fuzzy_suggestions(pd.Series(["Tom Hadley MP", "Tom Hadley", "Jane Roe KC", "Jane Roe", "Ann Lee"]))
    assert {("Tom Hadley MP", "Tom Hadley"), ("Jane Roe KC", "Jane Roe")} <= set(zip(pairs["name"], pairs["similar_to"]))
    cross = aliases.similar_to_known(["Tom Hadley", "Ann Lee", "Tom Hadley MP"], ["Tom Hadley MP", "Bo Berg"])
    assert list(zip(cross["name"], cross["similar_to"])) == [("Tom Hadley", "Tom Hadley MP")]
