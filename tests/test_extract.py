"""Unit tests of the rule-based statement extractor."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from stancetrack.extract import OUT_COLUMNS, extract_file, extract_text, read_article

ROOT = Path(__file__).resolve().parent.parent
SEED = Path("/work/shared/seeds/000_e094d77fce59dbd2.txt")
if not SEED.exists():
    SEED = ROOT / "seeds" / "000_e094d77fce59dbd2.txt"
PUB = pd.Timestamp("2025-06-25")  # a Wednesday

ACTORS = pd.DataFrame(
    {
        "name": ["Mark Rutte", "Donald Trump", "Pete Hegseth", "United States", "Russia", "Hungary", "Slovakia", "NATO"],
        "aliases": ["Rutte", "Trump|President Trump", "Hegseth", "U.S.|the U.S.|US", "", "", "", "the alliance"],
        "type": ["person", "person", "person", "country", "country", "country", "country", "organization"],
        "affiliation": ["NATO", "United States", "United States", "", "", "", "", ""],
    }
)
TOPICS = pd.DataFrame(
    {
        "name": ["Ukraine NATO membership", "Trade tariffs"],
        "aliases": ["Ukraine joining NATO|NATO membership for Ukraine", "tariffs|trade war"],
        "proposition": ["Ukraine should join NATO", "Tariffs on imports should be raised"],
        "keywords": ["NATO|membership|Ukraine|alliance|join", "tariff|tariffs|duties|trade"],
    }
)
EMPTY = pd.DataFrame(columns=["name", "aliases", "type", "affiliation"])
NO_TOPICS = pd.DataFrame(columns=["name", "aliases", "proposition", "keywords"])


def run(text, published=PUB, topic="the plan", actors=EMPTY, topics=NO_TOPICS):
    res = extract_text(text, published, topic, source="t.txt", actors=actors, topics=topics)
    df = res.statements
    assert list(df.columns) == OUT_COLUMNS
    for r in df.itertuples():
        assert text[r.start:r.end] == r.quote
    return res


def only(text, actor, sign, **kw):
    """Exactly one proposal, by ``actor``, on the side ``sign``."""
    df = run(text, **kw).statements
    assert list(df["actor"]) == [actor] and list(np.sign(df["stance"].astype(int))) == [sign], df[["actor", "cue"]]


def one(text, actor, **kw):
    df = run(text, **kw).statements
    rows = df[df["actor"] == actor]
    assert len(rows) >= 1, df[["actor", "stance", "quote"]]
    return rows.iloc[0]


# --- attribution patterns ------------------------------------------------------


def test_quote_before_said():
    r = one('"This plan is a disaster for the town," Okafor said.', "Okafor")
    assert r.stance < 0 and r.quote == "This plan is a disaster for the town"
    assert r.cue.startswith("quote_before")


def test_said_before_quote():
    r = one('Okafor said: "We fully support the plan."', "Okafor")
    assert r.stance > 0 and r.cue.startswith("quote_after")


def test_inverted_said_name_with_title_stripped():
    r = one('"It is heavy-handed and it will not work," said NATO Secretary-General Mark Rutte.', "Mark Rutte")
    assert r.stance < 0 and r.actor_role == "NATO Secretary-General"


def test_split_quote_and_continued_paragraph():
    text = '"We welcome it," Okafor said, "and it is long overdue."\n\n"Frankly, it is the right decision."'
    df = run(text).statements
    assert set(df["actor"]) == {"Okafor"} and (df["stance"] > 0).all()


def test_one_word_quote_in_reported_clause():
    text = "Mark Rutte told Newsmax on Wednesday that Ukraine's path to membership is still \"irreversible.\""
    r = one(text, "Mark Rutte")
    assert r.stance > 0 and r.date == PUB and r.date_basis == "relative"


@pytest.mark.parametrize(
    "text,actor,sign",
    [
        ("Okafor said that the plan would hurt small shops.", "Okafor", -1),
        ("Okafor warned last week that the plan was a mistake.", "Okafor", -1),
        ("According to Okafor, the plan is a sensible step forward.", "Okafor", 1),
        ("The ban is unfair, according to the Teachers' Union.", "Teachers' Union", -1),
        ("Okafor told reporters the plan was reasonable.", "Okafor", 1),
        ("Russia has been emphatically opposed to the plan.", "Russia", -1),
        ("Flint called the plan 'heavy-handed' on Monday.", "Flint", -1),
        ("Mayor Jane Okafor endorsed the ban on Saturday.", "Jane Okafor", 1),
    ],
)
def test_reported_speech_patterns(text, actor, sign):
    r = one(text, actor)
    assert int(r.stance > 0) - int(r.stance < 0) == sign


def test_org_with_of_and_person_with_affiliation():
    df = run(
        "The Royal College of Midwives said the merger was a mistake. "
        "Economist Dana Whitfield of Eastbridge University said the merger was sensible."
    ).statements
    assert {"Royal College of Midwives", "Dana Whitfield"} <= set(df["actor"])


def test_appositive_name_and_role():
    r = one("Its chair, Helen Marsh, told reporters the fee was unfair.", "Helen Marsh")
    assert r.actor_role == "chair"


def test_pronoun_resolution_is_flagged():
    text = 'Council leader Amara Okafor opened the meeting. Okafor said the fee was fair. "It is long overdue," she said.'
    df = run(text).statements
    assert (df["actor"] == "Amara Okafor").all()
    assert df["flags"].fillna("").str.contains("pronoun").any() or df["flags"].fillna("").str.contains("merged").any()


def test_pronoun_picks_matching_gender():
    text = (
        "Tom Hardy said the plan was a mistake, he told reporters. "
        "Ann Lee said the plan was a good idea. \"It is the right decision,\" he said on Monday."
    )
    df = run(text).statements
    monday = df[df["date_text"] == "on Monday"]
    assert list(monday["actor"]) == ["Tom Hardy"]


def test_surname_folds_to_full_name_from_actors_list():
    r = one('Trump said in February that "you can forget about it."', "Donald Trump", actors=ACTORS)
    assert r.stance == -2 and r.date == pd.Timestamp("2025-02-01") and r.date_precision == "month"


def test_reported_stances_of_others():
    text = (
        'Rutte said the path was irreversible. "In the past we had allies saying there is this path, but we are '
        'against it. Hungary, Slovakia, the U.S., also others."'
    )
    df = run(text, actors=ACTORS).statements
    rep = df[df["reported_by"] == "Mark Rutte"]
    assert {"Hungary", "Slovakia", "United States"} <= set(rep["actor"])
    assert (rep["stance"] < 0).all()


# --- dates ------------------------------------------------------------------------


def test_date_from_attribution_not_from_quote():
    r = one('Okafor said on Tuesday that the deal signed "in March 2019" was a mistake.', "Okafor")
    assert r.date_text == "on Tuesday" and r.date == pd.Timestamp("2025-06-24")


def test_date_inside_direct_quote_is_ignored():
    r = one('"Since 2019 this has been a disaster," Okafor said.', "Okafor")
    assert r.date_basis == "publication" and r.date == PUB


def test_date_in_radio_interview_phrase():
    r = one("Okafor said in a radio interview in September that the plan was unworkable.", "Okafor")
    assert r.date == pd.Timestamp("2024-09-01") and r.date_precision == "month"


def test_two_years_ago_is_separate_earlier_statement():
    text = 'Two years ago Mehta dismissed the idea as "unaffordable," but she has since changed course and now backs it.'
    df = run(text).statements
    assert len(df) == 2
    early = df[df["stance"] < 0].iloc[0]
    late = df[df["stance"] > 0].iloc[0]
    assert early.date == pd.Timestamp("2023-01-01") and early.date_precision == "year"
    assert late.date == PUB


def test_last_wednesday():
    r = one("Okafor said last Wednesday that the plan was fair.", "Okafor")
    assert r.date == pd.Timestamp("2025-06-18")


def test_no_publication_date():
    res = run("Okafor said that the plan was fair.", published=None)
    assert res.statements["date"].isna().all()
    assert any("publication date" in m for m in res.messages)


# --- stance: negation, hedges, neutral ----------------------------------------------


def test_negated_belief():
    r = one('Hegseth said the U.S. "does not believe that NATO membership is a realistic outcome."', "Hegseth")
    assert r.stance == -1


def test_you_can_forget_about_it_is_strong():
    assert one('"You can forget about it," Trump said.', "Trump").stance == -2


def test_fully_supports_is_strong():
    assert one("Headteacher Lucy Okonjo fully supports the plan.", "Lucy Okonjo").stance == 2


def test_broadly_welcomed_but_is_hedged_support():
    r = one("The Teachers' Union broadly welcomed the proposal but warned that schools would need money.", "Teachers' Union")
    assert r.stance == 1 and r.confidence < 0.85


def test_but_clause_dominates():
    r = one("Okafor said the plan looked promising, but it was a mistake.", "Okafor")
    assert r.stance < 0


def test_although_clause_is_subordinate():
    r = one("Tull said she welcomed the jobs, although she understood the fishermen's worries.", "Tull")
    assert r.stance > 0


def test_neutral_withholding():
    r = one('"We will implement whatever the council decides," said Mayor Jo Price.', "Jo Price")
    assert r.stance == 0 and "withholding" in r.cue


def test_declined_to_say():
    r = one("Raman would not say whether she supported the plan.", "Raman")
    assert r.stance == 0


def test_not_opposed_is_not_support():
    r = one("Coastwatch said that it did not oppose the wind farm.", "Coastwatch")
    assert r.stance == 0


def test_confidence_in_range():
    df = run('"This is a disaster," Okafor said. Flint said the plan was maybe reasonable.').statements
    assert df["confidence"].between(0, 1).all()


# --- topics -------------------------------------------------------------------------


def test_topic_from_topics_list():
    df = run("Okafor said the tariffs were a mistake. Rutte said NATO membership for Ukraine was irreversible.",
             topic=None, topics=TOPICS).statements
    got = dict(zip(df["actor"], df["topic"]))
    assert got == {"Okafor": "Trade tariffs", "Rutte": "Ukraine NATO membership"}


def test_given_topic_drops_statements_clearly_about_another_topic():
    df = run("Okafor said the tariffs were a mistake. Rutte said NATO membership for Ukraine was irreversible.",
             topic="Ukraine NATO membership", topics=TOPICS).statements
    assert list(df["actor"]) == ["Rutte"]


# --- robustness ----------------------------------------------------------------------


def test_empty_text():
    for t in ("", "   \n", " date 2025-06-25\n", None):
        res = extract_text(t, PUB)
        assert res.statements.empty and res.messages


def test_no_quotes_no_attributions():
    res = extract_text("The weather was mild and the river ran high through the valley.", PUB)
    assert res.statements.empty
    assert "no quotations or attributions found" in res.messages


def test_unbalanced_and_curly_quotes():
    text = "“This is a disaster,” Okafor said. “And another thing\n\nFlint said \"it is fair. ”Odd” quote « here"
    res = run(text)
    assert "Okafor" in set(res.statements["actor"])


def test_five_megabytes_of_text_is_truncated_not_crashing():
    block = 'Okafor said on Tuesday that the plan was a mistake. "It is fair," Flint said. ' * 10
    text = (block + "Lorem ipsum dolor sit amet " * 200 + "\n") * 2100
    assert len(text) > 5_000_000
    res = extract_text(text, PUB, "the plan", actors=EMPTY, topics=NO_TOPICS)
    assert any("truncated" in m for m in res.messages)
    assert len(res.statements) >= 1


def test_very_long_unpunctuated_text():
    res = extract_text("word " * 400_000, PUB, "x", actors=EMPTY, topics=NO_TOPICS)
    assert res.statements.empty


def test_non_english_text():
    res = extract_text("Der Bürgermeister sagte am Dienstag, der Plan sei „ein großer Fehler“. 市长说这个计划很好。",
                       PUB, "x", actors=EMPTY, topics=NO_TOPICS)
    assert isinstance(res.statements, pd.DataFrame) and res.messages


def test_read_article_encodings_and_html(tmp_path):
    body = ' date 2025-06-25\n"This is a disaster," Okafor said – naïve café.\n'
    for enc, name in (("utf-8", "a.txt"), ("utf-8-sig", "b.txt"), ("utf-16", "c.txt"), ("latin-1", "d.md")):
        p = tmp_path / name
        p.write_bytes(body.replace("–", "-").encode(enc) if enc == "latin-1" else body.encode(enc))
        text, pub = read_article(p)
        assert pub == PUB and "Okafor" in text and "café" in text
    h = tmp_path / "e.html"
    h.write_text(
        "<html><head><title>T</title><style>p{}</style><script>var x='Okafor said no';</script></head>"
        "<body><p>&ldquo;This is a disaster,&rdquo; Okafor said.</p><p>Flint said it was fair.</p></body></html>",
        encoding="utf-8",
    )
    text, pub = read_article(h)
    assert "var x" not in text and "“This is a disaster,” Okafor said." in text
    res = extract_file(h, published="2025-06-25", topic="the plan")
    assert set(res.statements["actor"]) >= {"Okafor"}
    assert (res.statements["source"] == "e.html").all()


def test_deterministic():
    text = SEED.read_text(encoding="utf-8")
    a = extract_text(text, topic=None, actors=ACTORS, topics=TOPICS).statements
    b = extract_text(text, topic=None, actors=ACTORS, topics=TOPICS).statements
    pd.testing.assert_frame_equal(a, b)


# --- the seed article ---------------------------------------------------------------

EXPECTED_SEED = [
    ("Mark Rutte", 1, "2025-06-25", "day"),
    ("Donald Trump", -1, "2025-02-01", "month"),
    ("Pete Hegseth", -1, "2025-02-01", "month"),
    ("Russia", -1, None, None),
    ("Hungary", -1, None, None),
    ("Slovakia", -1, None, None),
    ("NATO", 1, "2008-01-01", "year"),
]


@pytest.mark.skipif(not SEED.exists(), reason="seed article not available")
def test_seed_article():
    text, pub = read_article(SEED)
    assert pub == PUB
    res = extract_text(text, pub, None, source=SEED.name, actors=ACTORS, topics=TOPICS)
    df = res.statements
    for actor, sign, date, precision in EXPECTED_SEED:
        rows = df[(df["actor"] == actor) & (df["stance"].astype(int).map(lambda s: (s > 0) - (s < 0)) == sign)]
        if date:
            rows = rows[(rows["date"] == pd.Timestamp(date)) & (rows["date_precision"] == precision)]
        assert len(rows) >= 1, (actor, df[["actor", "stance", "date", "date_precision"]])
    for r in df.itertuples():
        assert text[r.start:r.end] == r.quote
    rutte = df[df["actor"] == "Mark Rutte"].iloc[0]
    assert "irreversible" in rutte.quote
    trump = df[df["actor"] == "Donald Trump"].iloc[0]
    assert trump.quote == "you can forget about it" and trump.date_text == "in February"
    assert df[df["actor"] == "Hungary"].iloc[0].reported_by == "Mark Rutte"
    assert df[df["actor"] == "NATO"].iloc[0].date_text == "2008"
    assert (df["topic"] == "Ukraine NATO membership").all()


def test_offsets_survive_letters_whose_lowercase_is_longer():
    """Matching runs on lowercased text; "İ".lower() has two characters, which must not shift any span."""
    text = ('İİİ İstanbul’s mayor Ekrem İmamoğlu said on Tuesday: "We strongly oppose the plan." '
            'Ayşe Kaya said she fully supports it.')
    df = run(text).statements
    got = dict(zip(df["actor"], df["stance"]))
    assert got.get("Ekrem İmamoğlu") == -2 and got.get("Ayşe Kaya", 0) > 0
    row = df[df["actor"] == "Ekrem İmamoğlu"].iloc[0]
    assert row["quote"] == "We strongly oppose the plan." and row["date"] == pd.Timestamp("2025-06-24")


# --- Many articles at once: extract_many and the command line ---------------------
EVAL = ROOT / "tests" / "eval"


def test_extract_many_equals_one_call_per_article():
    """The batch path gives exactly the rows of the per-article calls, tagged with each article's source."""
    from stancetrack.extract import extract_many

    files = sorted(EVAL.glob("0*.txt"))[:4]
    items = [(*read_article(f), f.name) for f in files]
    many = extract_many(items, topics=TOPICS, actors=ACTORS).statements
    each = pd.concat([extract_text(t, p, source=s, topics=TOPICS, actors=ACTORS).statements for t, p, s in items],
                     ignore_index=True)
    pd.testing.assert_frame_equal(many, each)
    assert set(many["source"]) == {f.name for f in files}


def test_cli_extracts_a_folder_and_files_into_one_output(tmp_path, capsys):
    import json

    from stancetrack.cli import main

    folder = tmp_path / "articles"
    folder.mkdir()
    for f in sorted(EVAL.glob("0[1-3]*.txt")):
        (folder / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "notes.docx").write_bytes(b"not an article")
    out = tmp_path / "out.jsonl"
    code = main(["extract", str(folder), str(SEED), "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 0, err
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    sources = {r["source"] for r in rows}
    assert sources == {"01_parking_charges.txt", "02_ev_tariffs.txt", "03_phone_ban.txt", SEED.name}
    assert "notes.docx" not in err and f"{SEED.name}: " in err and "proposed statements" in err
    for r in rows:  # every span points into its own file
        text = (folder / r["source"]).read_text(encoding="utf-8") if r["source"] != SEED.name else SEED.read_text(encoding="utf-8")
        assert text[r["start"]:r["end"]] == r["quote"]


def test_cli_extract_names_a_missing_file_and_an_empty_folder(tmp_path, capsys):
    from stancetrack.cli import main

    assert main(["extract", str(tmp_path / "nope.txt")]) == 2
    assert "nope.txt: file not found" in capsys.readouterr().err
    (tmp_path / "empty").mkdir()
    assert main(["extract", str(tmp_path / "empty")]) == 2
    assert "no articles (.txt .md .html)" in capsys.readouterr().err


def test_cli_files_with_the_same_name_keep_their_paths_as_source(tmp_path, capsys):
    import json

    from stancetrack.cli import main

    for d in ("a", "b"):
        (tmp_path / d).mkdir()
        (tmp_path / d / "story.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(tmp_path / "a"), str(tmp_path / "b"), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    sources = {json.loads(line)["source"] for line in out.read_text(encoding="utf-8").splitlines()}
    assert sources == {str(tmp_path / "a" / "story.txt"), str(tmp_path / "b" / "story.txt")}
    assert err.count("story.txt: ") == 2


def test_capitalised_particles_stay_in_names():
    from stancetrack.extract import _classify

    assert _classify(["Marine", "Le", "Pen"], []).name == "Marine Le Pen"
    assert _classify(["BBC", "News"], []).kind == "org" and _classify(["Associated", "Press"], []).kind == "org"


def _df(text):
    return run(text).statements


def _ruled(df):
    """The proposals the rules make, without the learned model's flagged guesses (tests/test_learned.py)."""
    return df[~df["cue"].str.contains("| learned:", regex=False)] if len(df) else df


def assert_sides(text, expected, *, topic="the plan", ruled=True):
    """The side (sign) of each actor proposed, exactly ``expected``; by the rules alone unless ``ruled`` is off."""
    df = run(text, topic=topic).statements
    df = _ruled(df) if ruled else df
    assert {r.actor: int(np.sign(r.stance)) for r in df.itertuples()} == expected, df[["actor", "stance", "cue"]]


def _one(df, actor):
    rows = df[df["actor"] == actor]
    assert len(rows), f"no statement of {actor!r} in {df['actor'].tolist()}"
    return rows


def test_spokesperson_gives_the_organisations_statement_not_one_of_her_own(monkeypatch):
    """The coders' rule (and the brief given to every evaluation set since session 23): a spokesperson speaking for
    an organisation gives its statement; the rules make her no second actor with the same stance."""
    text = ("The Danish Transport Workers' Union is opposed. \"This is the first step on a road that ends with no "
            "drivers at all,\" the union's spokeswoman, Mette Holm, said on Monday.")
    assert _rules_only(monkeypatch, text) == {("Danish Transport Workers' Union", -1, "2025-06-23")}  # her day
    # a country's minister, and a party's leader, are actors of their own with its stance
    assert _rules_only(monkeypatch, "Germany remains opposed. \"We will not sign,\" Finance Minister Joachim Hebel "
                                    "said on Monday.") == {("Germany", -1, "2025-06-25"), ("Joachim Hebel", -1, "2025-06-23")}
    assert _rules_only(monkeypatch, "The National Renewal party has come out against the plan. \"It would drag people "
                                    "to the polls,\" its leader, Stefan Orlandi, said on Monday.") == {
        ("National Renewal", -1, "2025-06-23"), ("Stefan Orlandi", -1, "2025-06-23")}  # the party's summary on its
    # leader's day (see _date_from_its_voice), named as the article names it (session 34: not "… party")


def test_a_role_that_names_the_proposal_gives_the_stance_and_one_that_does_not_gives_none():
    df = _df("Mayor Denise Whitcombe, who introduced the measure, said Tuesday that the beaches had become crowded.")
    assert _one(df, "Denise Whitcombe")["stance"].tolist() == [1]
    df = _ruled(_df("Tom Reed, a longtime critic of the mayor, said the charge would be reviewed."))
    assert "Tom Reed" not in df["actor"].tolist()


def test_words_before_a_change_of_mind_are_the_opposite_stance():
    text = ("In 2024 Daniel Okoro described the scheme as \"a project for people with train sets\", but at a "
            "public meeting last Thursday he said he now backed it.")
    df = _df(text).sort_values("date")
    okoro = _one(df, "Daniel Okoro")
    assert okoro["stance"].tolist() == [-1, 1]
    assert okoro["date"].iloc[0].year == 2024 and okoro["date_precision"].iloc[0] == "year"


def test_generic_plurals_are_nobody_but_surnames_that_look_plural_are_people():
    df = _df("Landlords say the plan would backfire. Conservationists have backed the plan.")
    assert df.empty or not set(df["actor"]) & {"Landlords", "Conservationists"}
    df = _df("Senator Bernie Sanders spoke at a rally on Monday. On Tuesday, Sanders said the plan was a disaster.")
    assert (df["actor"] == "Bernie Sanders").sum() >= 1 and (df["stance"] < 0).any()


def test_a_name_ends_at_a_full_stop_so_she_finds_the_sheriff():
    text = ("The state should follow New Jersey, which ended cash bail. One notable supporter of the plan is Marion "
            "County Sheriff Linda Marsh. In 2019, she testified against a similar bill.")
    df = _df(text)
    assert _one(df, "Linda Marsh")["stance"].tolist() == [-1]
    assert "New Jersey" not in df["actor"].tolist()


def test_a_month_that_names_a_thing_is_not_the_date_of_the_statement():
    df = _df("The Japan Business Council backed the change, saying a September start would help companies.")
    assert _one(df, "Japan Business Council")["date_basis"].tolist() == ["publication"]
    df = _df("The Japan Business Council said in March that it backed the change.")
    assert _one(df, "Japan Business Council")["date"].iloc[0] == pd.Timestamp("2025-03-01")


def test_a_strong_stance_verb_outweighs_a_stray_withholding_word_and_no_position_but_stays_neutral():
    df = _df("Voters First Minnesota said it strongly supported the plan and would campaign in the districts of undecided lawmakers.")
    assert (_one(df, "Voters First Minnesota")["stance"] > 0).all()
    df = _df("The Judicial Department said it takes no position on the plan but warned that courts would need money.")
    assert _one(df, "Judicial Department")["stance"].tolist() == [0]


def test_the_date_before_said_dates_the_stance_reported_after_it_but_not_a_date_in_the_appositive():
    df = _df("But in a speech in Strasbourg last month, Lukas Brenner said he now backed the plan.")
    assert _one(df, "Lukas Brenner")["date"].iloc[0] == pd.Timestamp("2025-05-01")
    df = _df("Commissioner Raymond Ellis, whose department began using cameras in 2017, said he supported the plan.")
    assert _one(df, "Raymond Ellis")["date_basis"].tolist() == ["publication"]


def test_a_paragraph_that_begins_separately_is_about_another_matter():
    text = ("Anne Vercauteren said she strongly supported the plan.\n\n"
            "Separately, energy ministers discussed gas storage. Paul Meyer said he was strongly opposed to the cuts.")
    assert _df(text)["actor"].tolist() == ["Anne Vercauteren"]


def test_not_yet_is_no_contrast():
    df = _df("The European Commission said it was not yet ready to back the plan.")
    assert (_one(df, "European Commission")["stance"] < 0).all()


def test_a_ban_asked_for_is_support_when_the_topic_is_the_ban():
    text = "Per Alm called in 2022 for an outright ban on all gambling advertising."
    ban = run(text, topic="ban on gambling advertising").statements
    assert (_one(ban, "Per Alm")["stance"] > 0).all()
    other = run(text, topic="gambling advertising in sport").statements
    assert (_one(other, "Per Alm")["stance"] < 0).all()


def test_harm_as_the_problem_named_is_no_stance_cue_but_would_harm_is():
    cue = _one(_df('"A ban is proportionate to the harm," Annika Holm said.'), "Annika Holm")["cue"].iloc[0]
    assert "'harm'-" not in cue.split("sentiment:")[0]  # at most the weak word-sentiment guess
    assert (_one(_df("Annika Holm said the plan would harm small firms."), "Annika Holm")["stance"] < 0).all()


def test_a_participial_lead_is_not_what_was_said_and_a_reason_after_arguing_is_no_second_stance():
    df = _df("Speaking at a meeting of the health board on Thursday, medical director Alun Pritchard said the "
             "change was needed to keep mothers safe.")
    row = _one(df, "Alun Pritchard")
    assert row["stance"].tolist() == [1] and row["date"].iloc[0] == pd.Timestamp("2025-06-19")
    df = _df("Last month Gareth Howells said that he could no longer support the plan, arguing that promised "
             "improvements to the ambulance service had not materialised.")
    assert (_one(df, "Gareth Howells")["stance"] < 0).all()


def test_neither_oppose_nor_endorse_until_seen_is_neutral():
    df = _df("The Royal College of Midwives said it would not oppose or endorse the plan until it had seen the figures.")
    assert _one(df, "Royal College of Midwives")["stance"].tolist() == [0]


def test_the_montenegrin_parliament_is_not_the_european_one():
    text = ("Jens Aaberg, a member of the European Parliament, said he backed the plan. "
            "The Montenegrin parliament on Tuesday also approved the plan.")
    assert "Montenegrin parliament" in _df(text)["actor"].tolist()


def test_those_who_assured_the_speaker_hold_the_stance_they_assured():
    df = _df("Milena Radovic said that Slovenia and Italy had both assured her that they would back the plan.")
    assert (_one(df, "Slovenia")["stance"] > 0).all() and (_one(df, "Italy")["stance"] > 0).all()


def test_refusing_to_agree_and_asking_for_a_pause_object_and_urging_no_delay_supports():
    assert (_one(_df("Croatia said last week that it would not agree to the plan."), "Croatia")["stance"] < 0).all()
    assert (_one(_df("Jens Aaberg argued that the plan should be paused."), "Jens Aaberg")["stance"] < 0).all()
    df = _df("Austria said the plan had earned its place and urged other member states not to delay it.")
    assert (_one(df, "Austria")["stance"] > 0).all()


def test_what_a_speaker_reports_of_others_is_dated_to_the_speaker():
    text = ('"We are still recovering," Grace Atieno said in a statement on Wednesday. She said the Small Traders '
            'Federation, whose members run kiosks, had also written to the committee opposing the plan.')
    df = _df(text)
    assert _one(df, "Small Traders Federation")["date"].iloc[0] == pd.Timestamp("2025-06-25")
    assert _one(df, "Small Traders Federation")["stance"].iloc[0] < 0


def test_understood_concerns_and_rejected_claims():
    assert "Ciaran Devlin" not in _ruled(_df("Ciaran Devlin said he understood the concerns of fishermen."))["actor"].tolist()
    df = _df("The project director, Martin Quinlan, rejected that claim, saying the firm had held 14 public meetings.")
    assert (_one(df, "Martin Quinlan")["stance"] >= 0).all()


def test_reserving_judgment_and_not_being_drawn_are_neutral():
    df = _df('The Environmental Network said it would "reserve judgment" on the plan until it had studied the report.')
    assert _one(df, "Environmental Network")["stance"].tolist() == [0]
    df = _df("Its chief executive, Fiona Doherty, said the council would not be drawn on whether it favoured the plan.")
    assert _one(df, "Fiona Doherty")["stance"].tolist() == [0]


def test_not_about_punishing_is_judged_by_its_words_but_did_not_oppose_is_neutral():
    df = _df('"This is about cleaner air and faster buses, not about punishing drivers," said Nadia Brightwell.')
    assert (_one(df, "Nadia Brightwell")["stance"] != 0).all()
    assert _one(_df("The Nurses' Union said it did not oppose the plan."), "Nurses' Union")["stance"].tolist() == [0]


def test_overturn_and_attack_object():
    df = _df('Eduardo Lins said he would present a decree to overturn the rule, calling it "an attack on freedom."')
    assert (_one(df, "Eduardo Lins")["stance"] < 0).all()


def test_a_government_spokesman_speaks_for_the_country_named_before():
    text = ("Hungary flatly rejected the idea. A government spokesman said in Budapest on Tuesday that Hungary would "
            "never accept the plan.")
    df = _df(text)
    assert _one(df, "Hungary")["date"].max() == pd.Timestamp("2025-06-24")


def test_a_speaker_still_speaking_in_the_next_paragraph_keeps_the_date():
    text = ('Datuk Haris Kamaruddin said on Monday that the pilot would begin in January.\n\n'
            '"We are confident the plan is a good idea," Haris told a press conference.')
    row = _one(_df(text), "Haris Kamaruddin")
    assert row["stance"].tolist() == [1] and row["date"].iloc[0] == pd.Timestamp("2025-06-23")


def test_the_role_between_a_quotation_and_an_appositive_name():
    df = _df('"They simply cannot match this plan, it is a disaster," the federation\'s president, Vincent Loh, said.')
    assert (_one(df, "Vincent Loh")["stance"] < 0).all()


def test_a_clause_after_at_a_time_when_is_the_background_and_won_me_over_supports():
    df = _df("Climate Institute Wales warned last week that the plan would lock in growth at a time when Wales is "
             "committed to net zero.")
    assert (_one(df, "Climate Institute Wales")["stance"] < 0).all()
    df = _df('Speaking at a cabinet meeting last month, Ian Morgan said the economic case for the plan had "won me over".')
    assert (_one(df, "Ian Morgan")["stance"] > 0).all()
    df = _df('"It makes no sense for the climate," said Eleri Watkins.')
    assert (_one(df, "Eleri Watkins")["stance"] < 0).all()


def test_a_place_after_in_is_where_the_speakers_are_not_who_they_are():
    df = _df("Teachers at a senior high school in Kumasi said they were more concerned about the plan.")
    assert "Kumasi" not in df["actor"].tolist()


def test_a_relative_clause_after_an_appositive_leaves_the_name_as_speaker():
    df = _df("Agus Prasetyo, deputy chairman of the House of Representatives' Commission XI, which oversees finance, "
             "said the commission would wait for the study before taking a position on the plan.")
    assert _one(df, "Agus Prasetyo")["stance"].tolist() == [0]


def test_no_longer_objecting_supports_and_put_off_objects():
    assert (_one(_df("The Ministry of Industry said it no longer objected to the plan."), "Ministry of Industry")["stance"] > 0).all()
    assert (_one(_df("The Ministry of Industry argued that the plan should be put off."), "Ministry of Industry")["stance"] < 0).all()


def test_not_backing_until_a_review_and_no_decision_made_are_neutral():
    df = _df("Marc Gauvin said his party would not back this particular plan until an independent review had been done.")
    assert _one(df, "Marc Gauvin")["stance"].tolist() == [0]
    df = _df('Natural Resources Canada said the government had "not made any funding decision" on the plan.')
    assert _one(df, "Natural Resources Canada")["stance"].tolist() == [0]


def test_the_administration_in_a_persons_words_is_that_person_and_but_not_ready_overturns_a_procedural_vote():
    df = _df("But Howard Lin told reporters Tuesday that the administration now backs the plan.")
    assert df["actor"].tolist() == ["Howard Lin"]
    df = _df("Committee chair Marcus Delgado voted to send the measure to the full council but said he was not "
             "ready to commit to it.")
    assert _one(df, "Marcus Delgado")["stance"].tolist() == [0]


def test_who_stands_before_in_a_place():
    assert "Ministry of Housing" in _df("The Ministry of Housing in Lisbon said it supported the plan.")["actor"].tolist()
    assert "Association of Banks in Lebanon" in _df(
        "The Association of Banks in Lebanon said it supported the plan.")["actor"].tolist()


def test_voting_for_the_cap_supports():
    df = _df("On Thursday, Tiago Mendes said his group would now vote for the cap.")
    assert (_one(df, "Tiago Mendes")["stance"] > 0).all()


def test_i_was_wrong_is_the_change_not_a_stance_and_a_date_after_because_is_not_when():
    text = ("Samuel Otieno voted against a similar proposal in 2019. He now says he supports the plan after studying "
            'a levy introduced in 2018.\n\n"I was wrong. The numbers show consumption falling," Otieno said.')
    df = _df(text)
    assert sorted(_one(df, "Samuel Otieno")["stance"].tolist()) == [-1, 1]
    assert pd.Timestamp("2018-01-01") not in _one(df, "Samuel Otieno")["date"].tolist()


def test_a_ministry_official_named_by_the_ministrys_division_speaks_for_it():
    text = ("The Ministry of Health has backed the measure. Dr. Peter Mwangi, who heads the ministry's division of "
            'non-communicable diseases, said that the tax would "pay for itself many times over".')
    assert (_one(_df(text), "Peter Mwangi")["stance"] > 0).all()


def test_a_that_inside_what_was_said_does_not_start_it():
    t = ("The Nature Alliance said the motorway would destroy 85 hectares of woodland and threaten a reservoir "
         "that supplies about 400,000 people.")
    assert (_one(_df(t), "Nature Alliance")["stance"] < 0).all()


def test_little_benefit_and_must_not_be_built_object_and_waiting_for_it_supports():
    assert (_one(_df('"This road must not be built," said Nadine Hofer.'), "Nadine Hofer")["stance"] < 0).all()
    df = _df("The Chamber of Commerce said companies had been waiting for the road for two generations.")
    assert (_one(df, "Chamber of Commerce")["stance"] > 0).all()


def test_a_date_in_what_was_said_is_not_when_and_the_carried_date_reaches_the_next_quotation():
    df = _df("For parents like Mel Trinh, the argument is simple. She said she spent $740 in January on uniforms. "
             '"I\'d back this plan tomorrow."')
    assert _one(df, "Mel Trinh")["date_basis"].tolist() == ["publication"]
    text = ('Minister Halima Bello said on Monday that the deal would open a market.\n\n'
            '"We cannot build an economy behind walls," Bello told journalists. "Exporters have been asking for this for years."')
    assert _one(_df(text), "Halima Bello")["date"].tolist() == [pd.Timestamp("2025-06-23")]


def test_defending_against_warnings_is_defending():
    df = _df("The Nigerian government has defended the plan against warnings from local manufacturers.")
    assert (_one(df, "Nigeria")["stance"] > 0).all()  # "the Nigerian government" is the country


def test_a_spokesperson_for_a_named_office_speaks_for_it():
    df = _df('A spokesperson for the Office of the U.S. Trade Representative said last week that Washington was '
             '"studying the details" of the plan.')
    assert _one(df, "Office of the U.S. Trade Representative")["stance"].tolist() == [0]


def test_shelving_objects_and_levelling_the_playing_field_supports():
    df = _df("The Builders' Federation estimated that the levy would add $4,000 to a house and asked Ottawa to shelve the plan.")
    assert (_one(df, "Builders' Federation")["stance"] < 0).all()
    assert (_one(_df('"A border adjustment levels the playing field," said Claire Dubeau.'), "Claire Dubeau")["stance"] > 0).all()


def test_would_like_to_see_supports_but_want_to_see_the_details_withholds():
    df = _df('In 2023, Jorge Salinas said he would like to see smoke-free beaches "as soon as possible."')
    assert (_one(df, "Jorge Salinas")["stance"] > 0).all()
    df = _df('"We want to see the full impact assessment before we reach a view," said Maria Lopez.')
    assert _one(df, "Maria Lopez")["stance"].tolist() == [0]


def test_a_withholding_word_after_although_is_someone_elses():
    df = _df("France threw its weight behind the plan, although several member states remain undecided.")
    assert (_one(df, "France")["stance"] > 0).all()


def test_review_cases_fight_the_ban_may_and_a_long_token():
    ban = run("The industry said it would fight the ban with every means.", topic="ban on gambling adverts").statements
    assert not (ban["stance"] > 0).any()  # was "asks for it: fight the ban"
    df = _df("Mayor Tom Smith told reporters in May that the plan was a disaster.")
    assert _one(df, "Tom Smith")["quote"].iloc[0].startswith("the plan")
    # a long token after the attribution made one regex backtrack for minutes (BENCHMARKS.md has the timing)
    text = "In a statement late on Monday, the ministry said " + "x" * 3000 + " and the plan would be a disaster."
    assert _ruled(extract_text(text, PUB).statements)["stance"].lt(0).all()


def test_the_topics_own_word_is_not_a_cue_and_britain_stays_britain():
    text = ('"The veto was designed to preserve peace, not to shield those who massacre civilians," '
            "Foreign Minister Alicia Robledo told the assembly on Tuesday.")
    veto = run(text, topic="Restricting the Security Council veto in mass atrocity cases").statements
    assert not (veto["stance"] < 0).any()  # "veto" is what the reform is about, not an objection to it
    assert run(text, topic="the Security Council").statements["stance"].lt(0).any()  # other topics keep the cue
    df = _df("Britain, which has not cast a veto since 1989, said it would back the draft.")
    assert (_one(df, "Britain")["stance"] > 0).all()


def test_abstaining_mocking_and_seeing_the_back_of_it():
    df = _df("South Africa's ambassador, Thandiwe Mokoena, said in an interview that Pretoria would abstain.")
    assert _one(df, "Thandiwe Mokoena")["stance"].tolist() == [0]
    df = _df("Hungarian Foreign Minister Zsolt Barta mocked the debate on Monday.")
    assert (_one(df, "Zsolt Barta")["stance"] < 0).all()
    df = _df('"I\'ll be glad to see the back of it," said Mehmet Arslan, who runs a shop on the road.')
    assert (_one(df, "Mehmet Arslan")["stance"] < 0).all()
    df = _df("Defence Minister Daniel Ouellette declined repeatedly to say whether Canada would support the target.")
    assert _one(df, "Daniel Ouellette")["stance"].tolist() == [0]
    df = _df('Deputy ambassador Grigory Sukhanov called the initiative "a publicity stunt by countries that want '
             'to rewrite the Charter through the back door."')
    assert (_one(df, "Grigory Sukhanov")["stance"] < 0).all()


def test_the_lead_dates_the_story_and_the_next_official_speaks_for_the_country():
    text = (" date 2025-03-14\n\nBRUSSELS, March 14 - France stepped up its campaign against the trade deal on Thursday.\n\n"
            '"This agreement is not acceptable to France," Trade Minister Laurent Devaux told reporters in Paris.\n\n'
            'Germany remains opposed. "Common debt was a one-off, and it must stay that way," Finance Minister '
            "Joachim Hebel said.\n\nItaly remains opposed. \"It must stay that way,\" Finnish Foreign Minister Aino Rautio said.")
    res = extract_text(text, None, "the trade deal", source="t.txt", actors=EMPTY, topics=NO_TOPICS)
    df = res.statements
    devaux = _one(df, "Laurent Devaux")
    assert devaux["date"].iloc[0] == pd.Timestamp("2025-03-13")  # the lead's Thursday, not the day of the report
    assert (_one(df, "Joachim Hebel")["stance"] < 0).all()  # speaks for Germany, the sentence before
    assert "Aino Rautio" not in set(_ruled(df)["actor"])  # a Finnish minister does not speak for Italy
    one_actor = extract_text(" date 2025-09-05\n\nThe industry, which warned on Thursday that the cap would hurt, "
                             'is not alone.\n\n"The cap is unacceptable," said Nadia Sorensen.', None, "the cap",
                             actors=EMPTY, topics=NO_TOPICS).statements
    assert _one(one_actor, "Nadia Sorensen")["date"].iloc[0] == pd.Timestamp("2025-09-05")  # one actor's day only
    tonga = _df('Tonga has also held back. A Tongan official said the government was "still consulting" and would not '
                "state a position.")
    assert _one(tonga, "Tonga")["stance"].tolist() == [0]


def test_boards_unions_and_idioms_from_business_reporting():
    df = _df("Brightwave's board, which recommended the offer in March, reiterated its support in a statement.")
    assert (_one(df, "Brightwave")["stance"] > 0).all()
    df = _df("The FNV trade union, which represents thousands of steelworkers, backed the measure.")
    assert (_one(df, "FNV")["stance"] > 0).all()
    df = _df('Raj Mehta, an analyst at Ellison Partners, said the merger "makes obvious strategic sense".')
    assert (_one(df, "Raj Mehta")["stance"] > 0).all()
    df = _df('Dave Horrocks said the deal was "a job-cutting exercise dressed up as an investment plan".')
    assert (_one(df, "Dave Horrocks")["stance"] < 0).all()
    df = _df('Bas Hendriks said he "could live with" a green steel target as long as it was technology-neutral.')
    assert (_one(df, "Bas Hendriks")["stance"] > 0).all()  # "technology-neutral" is no withholding
    assert "Builders" not in set(_df("Builders are less enthusiastic.")["actor"])


def test_a_who_clause_holds_the_earlier_stance_and_the_main_verb_the_current_one():
    df = run('Belgium has shifted. Foreign Minister Pieter Van Acker, who two years ago dismissed talk of a 3% target '
             'as "fantasy politics," told reporters on Tuesday that Belgium would back the 3.5% goal.', PUB).statements
    rows = _one(df, "Pieter Van Acker").sort_values("date")
    assert rows["stance"].tolist() == [-1, 1]
    assert rows["date"].dt.year.tolist() == [2023, 2025]
    assert rows["date"].iloc[1] == pd.Timestamp("2025-06-24")  # "on Tuesday" before a Wednesday publication


def test_an_unnamed_spokesperson_after_the_clause_speaks_for_its_subject():
    df = _df('Not everyone is convinced. Spain, which spent about 1.3% of GDP on defence last year, will not sign up to '
             '"figures it cannot meet," a government spokeswoman said in Madrid.')
    spain = _one(df, "Spain")
    assert (spain["stance"] < 0).all() and spain["quote"].iloc[0].startswith("will not sign up")
    df = _df('The United States welcomed the proposal as "a floor, not a ceiling," a State Department spokesperson '
             "said on Tuesday.")
    assert _one(df, "United States")["date"].iloc[0] == pd.Timestamp("2025-06-24")  # the date after "said"


def test_reported_change_of_mind_and_the_day_named_next():
    text = ('When a merger was floated in 2022, Graham Leclerc told a committee that it would be "a costly distraction". '
            "On Wednesday he said he had been wrong.")
    rows = _one(_df(text), "Graham Leclerc").sort_values("date")
    assert rows["stance"].tolist() == [-1, 1]  # "he had been wrong" is the change, not a stance against
    text = ('Innovation minister Daniel Ferreira said the merger would end "decades of duplication" and was the right '
            'answer. "Scientists should be doing science," he said in the House of Commons on Monday.')
    assert _one(_df(text), "Daniel Ferreira")["date"].tolist() == [pd.Timestamp("2025-06-23")]
    text = ('The Canadian Association of University Teachers said the merger was "a solution in search of a problem". '
            'Its executive director, Julie Bouchard, said that the government had "consulted nobody who writes grants".')
    df = _df(text)
    assert (_one(df, "Canadian Association of University Teachers")["stance"] < 0).all()
    assert (_one(df, "Julie Bouchard")["stance"] < 0).all()
    df = _df('Universities Canada said in a statement that it would study the bill and had not yet reached a position.')
    assert _one(df, "Universities Canada")["stance"].tolist() == [0]


def test_passive_stance_verbs_and_proxy_advisers():
    df = _df("The incentive plan, which would award Hale shares, was defended on Tuesday by Caroline Ashby, who chairs "
             "the remuneration committee.")
    ashby = _one(df, "Caroline Ashby")
    assert (ashby["stance"] > 0).all() and ashby["date"].tolist() == [pd.Timestamp("2025-06-24")]
    df = _df("The bill, which was backed by Senator Jane Roe in 2019, was quickly criticised by the Green Party and "
             "by council leader Tom Smith.")
    assert _one(df, "Jane Roe")["date"].dt.year.tolist() == [2019]
    assert (_one(df, "Green Party")["stance"] < 0).all()
    df = _df("Institutional Shareholder Services recommended on Monday that investors vote against the plan.")
    assert (_one(df, "Institutional Shareholder Services")["stance"] < 0).all()


def test_echoing_another_speaker_and_the_fight_against_something():
    text = ("Uganda backed the plan on Monday.\n\nKenyan Foreign Minister Esther Njoroge echoed that call on Tuesday, "
            'saying soldiers "should not have to pass the hat around every six months."')
    njoroge = _one(_df(text), "Esther Njoroge")
    assert (njoroge["stance"] > 0).all() and njoroge["date"].tolist() == [pd.Timestamp("2025-06-24")]
    text = ("Polish Defence Minister Marek Zielonka strongly supports the plan. Estonian Prime Minister Rein Vahter "
            'struck a similar note, calling the new target "the price of staying free."')
    assert (_one(_df(text), "Rein Vahter")["stance"] > 0).all()
    text = ("Abdirahman Warsame told the council that his government backed the request and that funding was "
            '"a matter of life and death" for the fight against al Shabaab.')
    assert (_one(_df(text), "Abdirahman Warsame")["stance"] > 0).all()
    assert (_one(_df('Graham Eades said it would "further antagonise Beijing".'), "Graham Eades")["stance"] < 0).all()


def test_a_relative_clause_naming_places_does_not_replace_the_subject():
    df = _df("The United States, which has challenged similar levies in France, Italy and India, said last month "
             "that the tax would be unfair.")
    assert set(df["actor"]) == {"United States"}
    assert (df["stance"] < 0).all()


def test_names_possessives_and_guarded_museum_directors():
    df = _df("The two members who voted no said the plan was a disaster. Sinn Féin's Seán Ó Broin, the party's "
             "defence spokesman, said it was a disgrace.")
    assert len(df) and not df["actor"].str.contains("who").any()
    df = _df("Mayor Linda Fraser's position has shifted. On Tuesday, she said she was open to the plan. "
             "The WHO said the plan would save lives.")
    assert set(df["actor"]) == {"Linda Fraser", "WHO"}  # the possessive goes; "WHO" is no relative pronoun
    df = run("Dr Conor Whelan, director of the National Museum, was more guarded. Asked whether he supported charges, "
             'he said the board would "study any proposal" and that it was not for him to set policy.',
             topic="museum charges").statements
    assert _one(df, "Conor Whelan")["stance"].tolist() == [0]
    df = _df('The historian Eimear Flood argued that charges would "price out the very people these museums were built for".')
    assert (_one(df, "Eimear Flood")["stance"] < 0).all()
    df = _df("In 2022 Mayor Doug Tremblay opposed the rezoning. On Monday he said the housing crisis had forced him to "
             "reconsider.")
    assert (_one(df, "Doug Tremblay").sort_values("date")["stance"].tolist()) == [-1, 1]


def test_dates_stay_with_their_own_speaker_and_out_of_the_content():
    text = ("France said last month that it would not support any agreement, and the Irish Farmers' Association said "
            "in a statement that it would lobby against any deal.")
    ifa = _one(_df(text), "Irish Farmers' Association")
    assert ifa["date"].tolist() == [PUB]  # not France's "last month"
    text = 'Mark Tully said the package on offer last year was "not worth the paper it was printed on".'
    tully = _one(_df(text), "Mark Tully")
    assert tully["date"].tolist() == [PUB] and (tully["stance"] < 0).all()
    text = "Education Secretary Daniel Okoro told the committee on Tuesday that the plan was a disaster."
    assert _one(_df(text), "Daniel Okoro")["date"].tolist() == [pd.Timestamp("2025-06-24")]  # an object, then the day
    df = _df('The Business Council of Australia urged both sides to "get this done".')
    assert (_one(df, "Business Council of Australia")["stance"] > 0).all()
    df = _df("Greens spokesperson Ali Nassar said the party had not decided whether to support a deal.")
    assert _one(df, "Ali Nassar")["stance"].tolist() == [0]


def test_irish_titles_and_keeping_ones_hand_hidden():
    text = ("Independent TD Catherine Maher has travelled in the opposite direction. On Tuesday, she said she would vote "
            "against the plan.")
    assert (_one(_df(text), "Catherine Maher")["stance"] < 0).all()
    df = _df("Cllr Peter Keane said he would not be declaring his hand before the vote.")
    assert _one(df, "Peter Keane")["stance"].tolist() == [0]


def test_keeping_what_the_topic_ends_and_other_council_idioms():
    topic = "Ending fluoridation of Brantwood's drinking water"
    df = run("The Ontario Dental Association urged council to keep fluoride in the water.", topic=topic).statements
    assert (_one(df, "Ontario Dental Association")["stance"] < 0).all()
    df = run("The Ontario Dental Association urged council to keep fluoride in the water.", topic="fluoride in water").statements
    assert not (_ruled(df)["stance"] < 0).any()  # "keep" only opposes a topic that ends something
    df = _df("Clean Water Brantwood, a residents' group that collected about 6,200 signatures on a petition, "
             "said it welcomed the motion.")
    assert (_one(df, "Clean Water Brantwood")["stance"] > 0).all()  # the comma in 6,200 ends no clause
    df = _df("A spokesperson for the Ministry of Health said the decision rests with municipalities and that the "
             "province would not weigh in.")
    assert _one(df, "Ministry of Health")["stance"].tolist() == [0]


def test_review_findings_of_session_4():
    # a coordinated second report ends the first at its comma, and neither takes the other's date
    df = _df("Jane Roe said that the plan was a disaster, but Tom Smith said it was a good idea.")
    assert _one(df, "Jane Roe")["quote"].iloc[0] == "the plan was a disaster"
    assert (_one(df, "Jane Roe")["stance"] < 0).all() and (_one(df, "Tom Smith")["stance"] > 0).all()
    # a day ahead in the lead is no date of the news
    text = ' date 2025-06-25\n\nParliament will vote on the plan on Friday.\n\n"This is a disaster," said Jane Roe.'
    assert _one(extract_text(text, None, "the plan", actors=EMPTY, topics=NO_TOPICS).statements,
                "Jane Roe")["date"].tolist() == [PUB]
    # names: a surname is not a country, an organisation's leader does not speak for a country
    assert set(_df("Billionaire Mark Cuban backed the plan. Cuban said it was a good idea.")["actor"]) != {"Cuba"}
    assert "France" not in set(_df("Mr French said the plan was a disaster.")["actor"])
    df = _ruled(_df("Germany remains opposed. Union leader Max Weber said he would keep pressing the government."))
    assert "Max Weber" not in set(df["actor"])  # (the learned guess on his words is the model's; see test_learned)
    # the passive needs a proposal; an echo needs something echoed; a lead of others' criticism is theirs
    assert _df("The convoy was attacked by Hamas fighters on Monday.").empty
    df = _ruled(_df("Mayor Tom Smith backed the plan on Monday. Jane Roe said the new design echoed the old town hall."))
    assert "Jane Roe" not in set(df["actor"])
    df = _df('The scheme has faced fierce criticism from residents. "We will listen carefully," Minister Ann Lee said.')
    assert "Ann Lee" not in set(_ruled(df)["actor"])
    # lexicon edges
    for text in ("Jane Roe said it would make more sense to wait.", "Jane Roe said the plan was good for nothing."):
        assert not (_df(text)["stance"] > 0).any(), text
    assert (_one(_df("Jane Roe said the plan would protect families vulnerable to flooding."), "Jane Roe")["stance"] > 0).all()
    assert (_one(_df("Jane Roe urged her colleagues not to abstain but to vote for the plan."), "Jane Roe")["stance"] > 0).all()
    assert (_one(_df("Jane Roe said the plan would make the city carbon neutral by 2030 and backed it."),
                 "Jane Roe")["stance"] > 0).all()


def test_long_blank_lead_and_many_echoes_stay_linear():
    import time
    t = time.perf_counter()
    extract_text(" date 2025-06-25\n" + " \t" * 20_000 + "\nJane Roe said the plan was a disaster.", None, "the plan",
                 actors=EMPTY, topics=NO_TOPICS)
    extract_text("Tom Smith backed the plan. Jane Roe echoed that call. " * 3000, PUB, "the plan", actors=EMPTY,
                 topics=NO_TOPICS)
    assert time.perf_counter() - t < 20  # both were quadratic (seconds each); a guard, not a benchmark


def test_statements_found_by_later_passes_keep_reading_order():
    text = ("Tom Smith backed the plan. Jane Roe said the plan was a disaster. The bill was defended on Tuesday by "
            "Ann Lee. Spain will not sign up to it, a government spokeswoman said. Sam Ng said it was a good idea.")
    df = _df(text)
    assert df["actor"].tolist() == ["Tom Smith", "Jane Roe", "Ann Lee", "Spain", "Sam Ng"]


def test_a_foreign_ministry_spokesperson_and_a_one_word_appositive():
    text = ('China was more cautious. A foreign ministry spokesperson told a regular briefing in Beijing on Tuesday '
            'that China was "open to discussion" on council reform but would not "prejudge" any text.')
    china = _one(_df(text), "China")
    assert china["stance"].tolist() == [0] and china["date"].tolist() == [pd.Timestamp("2025-06-24")]
    df = _df("Japan's main business lobby, Keidanren, backed the move, saying it would open new markets.")
    assert (_one(df, "Keidanren")["stance"] > 0).all()


@pytest.mark.parametrize("head, day", [
    (" date 2025-06-25\nText", "2025-06-25"),
    ("BRUSSELS, March 14, 2025 (Reuters) - The EU", "2025-03-14"),
    ("Published: 14 March 2025\n\nThe EU", "2025-03-14"),
    ("Posted on 1st May 2022\nThe EU", "2022-05-01"),
    ("By Jane Doe | Mar. 3, 2024\nThe EU", "2024-03-03"),
    ("Tuesday, March 14, 2023\n\nThe EU", "2023-03-14"),
    ("BRUSSELS, March 14 (Reuters) - no year, so no date", None),
    ("In a speech, March 14, 2025 was named", None),
    ("The minister said on March 3, 2021 that it would pass.", None),
    ("Updated 2024-02-30\nan impossible day", None),
])
def test_publication_date_read_from_the_articles_own_dateline(head, day):
    from stancetrack.extract import published_in_text

    got = published_in_text(head)
    assert (str(got.date()) if got is not None else None) == day


def test_dateline_dates_an_article_without_a_date_line():
    text = "LISBON, 2 June 2024 - \"We oppose the toll,\" said Ana Costa on Friday.\n"
    res = extract_text(text, None, "Bridge toll")
    row = res.statements.iloc[0]
    assert row["actor"] == "Ana Costa" and str(row["date"].date()) == "2024-05-31"
    assert not any("no publication date" in m for m in res.messages)


@pytest.mark.parametrize("attribution", ["said Ana Costa on Friday.", "said Ana Costa Friday.",
                                         "said Mayor Ana Costa on Friday."])
def test_inverted_speaker_stops_before_the_day(attribution):
    res = extract_text(f'"We oppose the plan," {attribution}\n', "2024-06-02", "Bridge toll")
    row = res.statements.iloc[0]
    assert (row["actor"], row["stance"], str(row["date"].date())) == ("Ana Costa", -1, "2024-05-31")


BORROWING = """ date 2025-03-10

EU finance ministers on Monday debated a plan for joint borrowing to fund defence and support for Ukraine.

"Joint borrowing is the only way to fund this," said French finance minister Eric Lombard.

Dutch finance minister Eelco Heinen said his government opposes common debt. "We will not join a new borrowing scheme," he said.
"""


def test_loose_keywords_give_no_bundled_topic_to_an_unrelated_article():
    """"fund", "Ukraine" and "join" are keywords of bundled topics, but the article is about EU borrowing."""
    res = extract_text(BORROWING, None, None)
    got = res.statements
    assert set(got["actor"]) == {"Eric Lombard", "Eelco Heinen"}
    assert set(got["topic"]) == {"unspecified"}
    assert any("none of the bundled topics (data/topics.csv) fits this article" in m for m in res.messages)
    assert got.set_index("actor").loc["Eric Lombard", "actor_role"] == "French finance minister"


def test_an_article_that_names_a_bundled_topic_gets_it():
    text = BORROWING + "\nThe debate comes as NATO weighs Ukraine's path to membership, which Heinen supports.\n"
    got = extract_text(text, None, None).statements
    assert "Ukraine NATO membership" in set(got["topic"])


def test_binary_text_is_refused_with_a_reason_and_foreign_text_is_not():
    import random

    rng = random.Random(3)
    junk = bytes(rng.randrange(256) for _ in range(5000))
    res = extract_text(junk, "2024-01-01", None)
    assert res.statements.empty and res.messages[0].startswith("not readable text: ")
    german = extract_text("Der Minister sagte am Dienstag, er lehne den Plan ab. Grüße aus München. " * 40,
                          "2024-01-01", None)
    assert not any(m.startswith("not readable") for m in german.messages)
    assert any("does not look like English" in m for m in german.messages), german.messages  # says why
    assert not any("English" in m for m in extract_text("The weather was fine. " * 40, None, None).messages)


@pytest.mark.parametrize("text, actor, kind", [
    ("McDonald's said it opposes the wage rise.", "McDonald's", "org"),
    ("\"We oppose the rise,\" said McDonald's.", "McDonald's", "org"),
    ("\"We oppose the rise,\" said Tusk's spokesman.", "Tusk", "person"),
    ("Ronald McDonald said he opposes the wage rise.", "Ronald McDonald", "person"),
])
def test_a_lone_possessive_speaker_is_a_company_name(text, actor, kind):
    row = extract_text(text, "2024-01-01", "Minimum wage").statements.iloc[0]
    assert (row["actor"], row["actor_type"], row["stance"]) == (actor, kind, -1)


@pytest.mark.parametrize("text, expected", [
    ("Italy's government said on Tuesday that the deadline should be scrapped.", ("Italy", -1, "2025-11-18")),
    ("The German government said the deadline should be scrapped.", ("Germany", -1, "2025-11-20")),
    ("Asked by reporters on Thursday, the Commission said it would not prejudge the outcome.",
     ("Commission", 0, "2025-11-20")),
    ("Asked whether the date would survive the review, the Commission said it would not prejudge the outcome.",
     ("Commission", 0, "2025-11-20")),
    ("Angela Ruiz, a mother of two who started a Facebook group called Parents for Safe Schools, said she worries "
     "about the ban.", ("Angela Ruiz", -1, "2025-11-20")),
    ("The state's largest teachers union, the Commonwealth Education Association, endorsed the bill on Friday.",
     ("Commonwealth Education Association", 1, "2025-11-14")),
    ('"It is about giving them back six hours a day," said state Rep. Marcus Delgado, a Democrat who sponsored '
     "the House version of the bill, which passed that chamber in June.", ("Marcus Delgado", 1, "2025-11-20")),
    ("On Monday, Gov. Helen Marsh told reporters she would sign the bill if it reached her desk.",
     ("Helen Marsh", 1, "2025-11-17")),
    ('Jaylen Brooks said the proposal "treats us like children".', ("Jaylen Brooks", -1, "2025-11-20")),
    ("Nadia Farouk said she would not come down on either side until better studies were available.",
     ("Nadia Farouk", 0, "2025-11-20")),
    ('The ACEA said the target was "no longer feasible" given slow sales.', ("ACEA", -1, "2025-11-20")),
])
def test_session5_attribution_and_cue_rules(text, expected):
    got = extract_text(text, "2025-11-20", "The phone ban").statements
    assert [(r.actor, r.stance, str(r.date.date())) for r in got.itertuples()] == [expected]


def test_whether_she_would_sign_is_no_support():
    text = "Gov. Tina Marsh has not said whether she would sign the bill."
    got = extract_text(text, "2025-11-20", "The phone ban").statements
    assert not (got["stance"] > 0).any()


@pytest.mark.parametrize("text, expected", [
    ("Chile's delegation said it also continued to support a precautionary pause.", ("Chile", 1)),
    ('China\'s delegate also spoke against a pause, calling it "premature".', ("China", -1)),
    ("Nauru's representative told the council that a moratorium would be unjustified.", ("Nauru", -1)),
    ('Frank DeLuca said the city was balancing "its budget on the backs of our commuters."', ("Frank DeLuca", -1)),
])
def test_envoys_speak_for_their_country_and_idioms(text, expected):
    got = extract_text(text, "2025-07-24", "Moratorium on deep-sea mining").statements
    assert [(r.actor, r.stance) for r in got.itertuples()] == [expected]


def test_a_second_i_was_wrong_confirms_the_change_of_mind():
    text = ("Bernard Osei opposed the charge in 2023. On Wednesday, he said he had changed his mind.\n\n"
            '"I was wrong about this, or at least I was wrong about this version of it," Osei said.')
    got = extract_text(text, "2025-11-20", "Congestion charge").statements
    assert sorted((r.stance, str(r.date.date())) for r in got.itertuples()) == [(-1, "2023-01-01"), (1, "2025-11-19")]


def test_words_said_at_an_event_take_its_day():
    text = (" date 2024-09-18\n\nThe Senate Education Committee heard the bill on Tuesday.\n\n"
            'Sen. Tom Wexler said during the hearing that the bill was "an unfunded mandate dressed up as a wellness '
            'program."\n\nThe committee will vote on Friday.\n\nMayor Ann Lee said the ban was a mistake.\n\n'
            "Karen Boyd told the committee that she opposed it.\n")
    got = {r.actor: str(r.date.date()) for r in extract_text(text, None, "Phone ban").statements.itertuples()}
    # the hearing's Tuesday; Lee's words, past the lead's two paragraphs, name no event (publication day);
    # Friday's vote is ahead, not an event
    assert got == {"Tom Wexler": "2024-09-17", "Ann Lee": "2024-09-18", "Karen Boyd": "2024-09-17"}


def test_a_named_organisation_in_reported_speech_gets_its_own_statement():
    text = "Mayor Tom Ruiz said the Arroyo Seco City Council had passed a resolution last month opposing the extension."
    got = extract_text(text, "2024-10-02", "Border wall extension").statements.set_index("actor")
    council = got.loc["Arroyo Seco City Council"]
    assert council["stance"] == -1 and council["reported_by"] == "Tom Ruiz"
    assert "Tom Ruiz" in got.index  # the reporter keeps his own
    own = extract_text("Minister Anne Garnier said France had passed a resolution backing the extension.", "2024-10-02",
                       "Border wall extension").statements
    assert list(own["actor"]) == ["Anne Garnier"]  # a minister on her own country's stance: hers


@pytest.mark.parametrize("text, expected", [
    ('According to Malcolm Dewhurst, closing the street would be "the final nail in the coffin" for shops.',
     ("Malcolm Dewhurst", -1)),
    ("Ghana's finance minister, Kojo Antwi-Boasiako, said the region should stick to the 2020 timetable.",
     ("Kojo Antwi-Boasiako", 1)),
    ('Thandiwe Mokoena said the proposal "treats the symptom, not the disease."', ("Thandiwe Mokoena", -1)),
    ("State science secretary Patrícia Lima has been one of the project's strongest supporters.", ("Patrícia Lima", 1)),
    ("Dr Ann Lee is among the plan's fiercest critics.", ("Ann Lee", -1)),
])
def test_more_idioms_and_copulas(text, expected):
    got = extract_text(text, "2025-11-20", "The plan").statements
    assert [(r.actor, r.stance) for r in got.itertuples()] == [expected]


@pytest.mark.parametrize("text, expected", [
    ('"Every other option is worse: worse traffic, worse air," Elena Vasquez said.', ("Elena Vasquez", 1)),
    ('Sian Morgan said closing the school would "rip the heart out of the village."', ("Sian Morgan", -1)),
    ('Sophie Marchetti said common bonds were "the least bad option".', ("Sophie Marchetti", 1)),
])
def test_comparative_idioms(text, expected):
    got = extract_text(text, "2025-11-20", "The plan").statements
    assert [(r.actor, r.stance) for r in got.itertuples()] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Two Republican House members, Greg Sorensen and Tanya Lutz, have joined the opposition.",
     [("Greg Sorensen", -1), ("Tanya Lutz", -1)]),
    ("Sinn Féin said its TDs would be given a free vote.", [("Sinn Féin", 0)]),
    ("Dave Rucker said his group would run a camp, but stressed that the Y was not taking sides.", [("Dave Rucker", 0)]),
    ("Sandra Pike said she had little patience for it.", [("Sandra Pike", -1)]),
    ("The Kansas Hospital Association said it does not comment on the decisions of its members.",
     [("Kansas Hospital Association", 0)]),
])
def test_joined_the_opposition_and_withheld_positions(text, expected):
    got = extract_text(text, "2025-11-20", "The plan").statements
    assert [(r.actor, r.stance) for r in got.itertuples()] == expected


def test_hearing_day_reaches_the_paragraph_and_statement_dates_in_commas_count():
    text = (" date 2025-03-14\n\nThe plan drew a crowd to a county commission hearing on Thursday.\n\n"
            "Opponents at the hearing argued that it would hurt residents. Mayor Patricia Vance said the closure "
            "would be a mistake.\n\n"
            'The Harlow County Bar Association, in a statement issued Tuesday, said it "cannot support closure".\n\n'
            'Commissioner Dale Petrakis was less guarded, telling reporters the plan was "the only responsible option".\n')
    got = {r.actor: (r.stance, str(r.date.date())) for r in
           extract_text(text, None, "Closing the courthouse").statements.itertuples()}
    assert got["Patricia Vance"] == (-1, "2025-03-13")  # "at the hearing" earlier in her paragraph
    assert got["Harlow County Bar Association"] == (-1, "2025-03-11")
    assert got["Dale Petrakis"][0] == 1  # "X was less guarded, telling …": X speaks


def test_repeating_ones_own_pledge_restates_the_stance_on_the_new_day():
    text = ("Commissioner Ruth Ingersoll said last month that she would vote against any plan that closed the "
            "building outright, and she repeated that pledge on Tuesday to applause.")
    got = sorted((r.stance, str(r.date.date())) for r in
                 extract_text(text, "2025-11-20", "Closing the courthouse").statements.itertuples())
    assert got == [(-1, "2025-10-01"), (-1, "2025-11-18")]


def test_vote_for_the_resolution_and_come_to_regret():
    got = extract_text("Proxy adviser Glass Meridian recommended on Friday that shareholders vote for the resolution.",
                       "2025-11-20", "Splitting the roles").statements
    assert [(r.actor, r.stance) for r in got.itertuples()] == [("Glass Meridian", 1)]
    text = ("Edwin Castellano argued in 2019 that one leader was what the company needed. On Tuesday he said "
            "in an interview that he had come to regret it.")
    got = extract_text(text, "2025-11-20", "Splitting the roles").statements
    assert [(r.stance, str(r.date.date())) for r in got.itertuples()] == [(1, "2019-01-01"), (-1, "2025-11-18")]


@pytest.mark.parametrize("text, expected", [
    ("Sharon Yeh said in June she had concerns. On Tuesday she went further, telling reporters that she could not "
     "support the tower.", [("Sharon Yeh", -1, "2025-06-01"), ("Sharon Yeh", -1, "2025-11-18")]),
    ("Hale himself struck a conciliatory tone on Tuesday, saying he opposed it.", [("Hale", -1, "2025-11-18")]),
])
def test_a_participle_after_a_manner_phrase_belongs_to_its_subject(text, expected):
    got = extract_text(text, "2025-11-20", "The tower").statements
    assert [(r.actor, r.stance, str(r.date.date())) for r in got.itertuples()] == expected


def test_the_co_ops_board_is_the_named_cooperative():
    text = ("Members of the Northfield Dairy Cooperative will vote on the offer, after the co-op's board narrowly "
            "endorsed the deal last week.")
    got = extract_text(text, "2025-11-06", "Takeover").statements
    assert [(r.actor, r.stance) for r in got.itertuples()] == [("Northfield Dairy Cooperative", 1)]


def test_a_trailing_attribution_dates_the_words_before_it():
    text = ("Commissioner Irene Castaneda was more direct: she opposes the release, she told the Keys Herald on "
            "Tuesday, at least until residents of each island can vote on it separately.")
    got = extract_text(text, "2026-06-11", "Release of GM mosquitoes").statements
    assert [(r.actor, r.stance, str(r.date.date())) for r in got.itertuples()] == [("Irene Castaneda", -1, "2026-06-09")]


@pytest.mark.parametrize("text, expected", [
    ('"We back it," said the network\'s chair, Lorraine Fitzpatrick.', ("Lorraine Fitzpatrick", 1)),
    ("The Desert Wildlife Alliance said Wednesday it would sue to stop the project.", ("Desert Wildlife Alliance", -1)),
    ("PDFORRA said it took no position on the policy question.", ("PDFORRA", 0)),
    ("Leaders of the Porto Students' Federation said they had called a protest outside parliament.",
     ("Porto Students' Federation", -1)),
    ('Green MP Isla Fenwick said the delay was "indefensible".', ("Isla Fenwick", -1)),
])
def test_lawsuits_protests_and_possessive_roles(text, expected):
    got = extract_text(text, "2025-11-20", "The plan").statements
    assert [(r.actor, r.stance) for r in got.itertuples()] == [expected]


def test_the_quote_opening_the_next_paragraph_dates_the_summary_before_it():
    text = ('Deja Williams, an organizer with the tenants union, said the spending gap showed "exactly who benefits '
            'from the system we have now."\n\n"Measure R just says: enough," Williams said at a rally on Saturday.\n')
    got = extract_text(text, "2026-10-15", "Measure R").statements
    assert [(r.actor, str(r.date.date())) for r in got.itertuples()][0] == ("Deja Williams", "2026-10-10")


def test_one_loose_keyword_of_another_topic_does_not_drop_a_statement():
    """"spending" is only a keyword of the bundled defence topic; "tariffs" is another topic's own name."""
    text = ('Deja Williams, an organizer with the tenants union, said the spending gap showed "exactly who benefits '
            'from the system we have now."')
    got = extract_text(text, "2026-10-15", "Rent control").statements  # the bundled data/topics.csv
    assert list(got["actor"]) == ["Deja Williams"] and list(got["topic"]) == ["Housing"]


@pytest.mark.parametrize("text, actors", [
    ("Merchants are skeptical of that number.", []),
    ("Pharmacists said they oppose the plan.", []),
    ("Socialists said they oppose the plan.", ["Socialists"]),
])
def test_a_bare_occupational_plural_is_nobody_in_particular(text, actors):
    assert list(extract_text(text, "2025-11-20", "The plan").statements["actor"]) == actors


@pytest.mark.parametrize("text, actor, day", [
    ("Friends of the Earth said it opposes the plan.", "Friends of the Earth", "2025-11-20"),
    ("Paws on the Sand said it opposes the plan.", "Paws on the Sand", "2025-11-20"),
    ("Leaders of the Porto Students' Federation said they had called a protest.", "Porto Students' Federation",
     "2025-11-20"),
    ('Shoppers on Market Street yesterday were mostly positive. "I support it," said Elaine Mott, 67.', "Elaine Mott",
     "2025-11-19"),
])
def test_names_with_of_the_and_a_scene_setting_day(text, actor, day):
    got = extract_text(text, "2025-11-20", "The plan").statements
    assert [(r.actor, str(r.date.date())) for r in got.itertuples()] == [(actor, day)]


def test_a_leading_when_clause_gives_the_time_not_a_statement():
    text = 'In 2023, when the board voted to study the idea, Patterson said he was "all for it if it keeps teachers here."'
    got = extract_text(text, "2025-01-29", "Four-day week").statements
    assert [(r.actor, r.stance, str(r.date.date())) for r in got.itertuples()] == [("Patterson", 1, "2023-01-01")]


OLD_TOWN = """VIENNA, March 14, 2025 (Reuters) - A proposal to close the historic Old Town to private cars divided the city council this week.

Mayor Elena Varga defended the plan on Tuesday. "A car-free Old Town will make our streets safer and our air cleaner, and I fully support it," she told reporters outside City Hall.

The Chamber of Commerce is firmly against the ban.

Councillor Paul Okafor of the Liberal group said on Wednesday that he opposes the proposal in its current form.

The cycling association Bike City welcomed the move. "We have campaigned for this for a decade and we strongly back the mayor," its spokeswoman Anna Lindqvist said.

The opposition Green party, which in 2022 rejected an earlier version of the scheme, now backs it.
"""


def test_a_new_users_article_reads_as_a_reader_would():
    """From a new user's walk-through: each of these was wrong before (sign, speaker, quote or date)."""
    got = extract_text(OLD_TOWN, None, "Car-free Old Town").statements
    rows = {(r.actor, r.stance, str(r.date.date())): r.quote for r in got.itertuples()}
    varga = rows[("Elena Varga", 2, "2025-03-11")]
    assert varga.startswith("A car-free Old Town")  # her own words, not the narration
    assert ("Chamber of Commerce", -2, "2025-03-14") in rows  # not Okafor's Wednesday
    assert ("Paul Okafor", -1, "2025-03-12") in rows and not any(a == "Liberal group" for a, _, _ in rows)
    assert rows[("Anna Lindqvist", 2, "2025-03-14")].endswith("strongly back the mayor")  # '…,' its spokeswoman X said
    assert {("Green party", -1, "2022-01-01"), ("Green party", 1, "2025-03-14")} <= set(rows)


@pytest.mark.parametrize("text", ["Dr Rogers said she opposes the plan.", "Mr Connors said he opposes the plan."])
def test_a_surname_that_looks_plural_still_speaks(text):
    assert len(extract_text(text, "2025-11-20", "The plan").statements) == 1


@pytest.mark.parametrize("text, expected", [
    ("After the vote Mayor Jane Smith said the plan was a mistake, and Councillor Tom Jones said it was necessary.",
     [("Jane Smith", -1), ("Tom Jones", 1)]),
    ("Mayor Jane Smith said the European Commission was wrong to approve the plan.", [("Jane Smith", -1)]),
    ("Mayor Jane Smith joined calls for an inquiry into the plan.", []),
    ("Jane Smith said she has serious questions about the plan and will vote against it.", [("Jane Smith", -1)]),
    ("Libertarians said they oppose the plan.", [("Libertarians", -1)]),
])
def test_review_findings_stay_fixed(text, expected):
    """Sentences a reviewer found the session's new rules misreading."""
    got = extract_text(text, "2025-03-14", "Some topic").statements
    assert [(r.actor, r.stance) for r in got.itertuples()] == expected


def test_on_the_back_of_is_no_objection():
    got = extract_text("Economist Jane Smith said the recovery was built on the back of strong exports.",
                       "2025-03-14", "Some topic").statements
    assert not (got["stance"] < 0).any()  # "thanks to"; only "on the backs of" burdens someone


@pytest.mark.parametrize("head", ["Council approves tower\nMay 5, 2019 was the day it all began.",
                                  "Mayor 12, 2025 - said the plan", "Decades 12, 2020 -"])
def test_a_date_in_a_sentence_is_no_dateline(head):
    from stancetrack.extract import published_in_text

    assert published_in_text(head) is None


def test_html_metadata_date_beats_a_date_in_the_text(tmp_path):
    page = tmp_path / "a.html"
    page.write_text('<html><head><meta property="article:published_time" content="2025-03-14T10:00"></head>'
                    "<body><p>December 1, 2029 - the deadline</p><p>Ann Lee said she opposes it.</p></body></html>",
                    encoding="utf-8")
    text, published = read_article(page)
    assert str(published.date()) == "2025-03-14"


def test_second_walkthrough_article_mayor_and_statement_day():
    text = ("LISBON, May 6, 2025 (AP) - A proposal to close Rua Augusta to cars has divided the city.\n\n"
            'Mayor Carla Mendes said on Tuesday that the plan would "give the street back to the people who live '
            'and work here."\n\n'
            'The environmental group Lisboa Verde welcomed the proposal, calling it "long overdue" in a statement '
            "on Monday.\n")
    got = {(r.actor, r.stance, str(r.date.date())) for r in extract_text(text, None, "Rua Augusta").statements.itertuples()}
    assert got == {("Carla Mendes", 1, "2025-05-06"), ("Lisboa Verde", 1, "2025-05-05")}


@pytest.mark.parametrize("text, expected", [
    ('Dr Mina Rao said a second incinerator was "the last thing this town needs".', ("Mina Rao", -1)),
    ("Priya Nair said the new homes were exactly what this district needs.", ("Priya Nair", 1)),
    ('"This is the single most important thing we could do for the valley," Tom Gill said.', ("Tom Gill", 1)),
    ('For Ann Lee the bypass "cannot come soon enough", she said.', ("Ann Lee", 1)),
    ("Neil Pattinson said he would fight any compulsory purchase order for the plan.", ("Neil Pattinson", -1)),
    ('Brian Lacey said the consultation had been "a box-ticking exercise".', ("Brian Lacey", -1)),
    ("Imran Qureshi said the change made no sense.", ("Imran Qureshi", -1)),
    ("The MP, Helen Strick, wrote to the council on Monday urging it to withdraw the proposal.", ("Helen Strick", -1)),
    ("Daniel Okon said he would call for the plan to be rejected.", ("Daniel Okon", -1)),
    ("Kingsford Hospitals NHS Trust said it was not taking a position on the plan as such.",
     ("Kingsford Hospitals NHS Trust", 0)),
    ("Tom Abbey said he could see both sides.", ("Tom Abbey", 0)),
    ('"I honestly couldn\'t tell you which way I\'d vote on the plan," Tom Abbey said.', ("Tom Abbey", 0)),
    ("Colin Marsh said he was torn.", ("Colin Marsh", 0)),
    ("Mayor Samira Haddad said she would not commit to funding the plan until she had seen the figures.",
     ("Samira Haddad", 0)),
])
def test_needs_fights_and_withheld_positions(text, expected):
    got = extract_text(text, "2025-11-20", "The plan").statements
    assert [(r.actor, int(np.sign(r.stance)) if expected[1] else r.stance) for r in got.itertuples()] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("CPRE, the countryside charity, has also objected to the plan.", [("CPRE", -1)]),
    ("Veridian Energy wants to build it. The company said the plan would create 60 permanent jobs.",
     [("Veridian Energy", 1)]),
    ("Harland Homes lodged an appeal in August. A spokesperson for the company said the plan was the right thing.",
     [("Harland Homes", 1)]),
    ("Brook Lane's headteacher, Sarah Mbeki, said she believed the plan was the right thing.", [("Sarah Mbeki", 1)]),
    ("Jenny Walsh, a mother of two on Hawthorn Street, who signed a petition against the plan, now backs it.",
     [("Jenny Walsh", -1), ("Jenny Walsh", 1)]),
    ('"The plan would mean higher electricity prices for the south. That is not going to happen," Tom Reiser said.',
     [("Tom Reiser", -1)]),
    ('Jana Petersen said her government "stands squarely behind" the plan as well.', [("Jana Petersen", 1)]),
    ("UK Finance said that the plan could drain deposits from banks and that the case for it has not been made.",
     [("UK Finance", -1)]),
])
def test_objections_companies_and_who_she_is(text, expected):
    got = extract_text(text, "2025-11-20", "The plan").statements
    assert sorted((r.actor, int(np.sign(r.stance))) for r in got.itertuples()) == sorted(expected)


def test_a_party_is_no_person_and_march_last_year_is_last_year():
    text = ("Among those voting for the plan on Tuesday was Liberal Democrat councillor Ruth Beckett, who voted "
            "against a similar motion in March last year. She told the meeting she had changed her mind.")
    got = {(r.actor, r.stance, str(r.date.date())) for r in extract_text(text, "2025-11-20", "The plan").statements.itertuples()}
    assert ("Ruth Beckett", -1, "2024-03-01") in got
    assert {a for a, _, _ in got} == {"Ruth Beckett"}


def test_two_appositives_this_time_and_reversed_course():
    got = extract_text("Mark Ellery, chief executive of Octave Leasing, one of the largest suppliers of company cars, "
                       'described the plan as "a disaster" when it was announced in November.', "2025-12-10",
                       "The plan").statements
    assert [(r.actor, int(np.sign(r.stance)), str(r.date.date())) for r in got.itertuples()] == [
        ("Mark Ellery", -1, "2025-11-01")]
    got = extract_text("The councillor, Mark Enfield, voted against the plan in 2021. This time he has been more "
                       'cautious, saying he was "keeping an open mind".', "2025-12-10", "The plan").statements
    assert {(r.actor, r.stance, str(r.date.date())) for r in got.itertuples()} == {
        ("Mark Enfield", -1, "2021-01-01"), ("Mark Enfield", 0, "2025-12-10")}
    got = extract_text("Paulo Henriques welcomed the plan when it was announced in April. On Tuesday he reversed "
                       'course. "On that basis, we cannot support it," he said.', "2025-12-10", "The plan").statements
    assert ("Paulo Henriques", -1, "2025-12-09") in {(r.actor, int(np.sign(r.stance)), str(r.date.date()))
                                                     for r in got.itertuples()}


@pytest.mark.parametrize("text, expected", [
    ('The Digital Infrastructure Council described the plan in a statement as "a workable compromise".',
     [("Digital Infrastructure Council", 1)]),
    ("France said through its foreign ministry that it regretted Oslo's decision to proceed with the plan.",
     [("France", -1)]),
    ("Energy minister Tor Brekke said on Wednesday that the plan would go ahead as planned.", [("Tor Brekke", 1)]),
    ('Colm Ferriter added that environment minister Niamh Costigan had "fully signed up" to the plan.',
     [("Colm Ferriter", 1), ("Niamh Costigan", 1)]),
])
def test_compromises_regrets_and_a_minister_reported(text, expected):
    got = extract_text(text, "2025-11-20", "The plan").statements
    assert sorted((r.actor, int(np.sign(r.stance))) for r in got.itertuples()) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("The bill is a disaster, Mary Smith said.", ("Mary Smith", -1, "2025-11-20")),
    ("The party will vote against the bill, its leader Inês Carvalho said yesterday.",
     ("Inês Carvalho", -1, "2025-11-19")),
])
def test_reported_speech_before_a_trailing_attribution(text, expected):
    got = extract_text(text, "2025-11-20", "The bill").statements
    assert [(r.actor, int(np.sign(r.stance)), str(r.date.date())) for r in got.itertuples()] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("A Department for Education spokesperson said the bill was a matter for individual schools.",
     [("Department for Education", 0)]),
    ("Foreign Minister Giulio Ferrante said last week, declining to say which way Italy would vote on the bill.",
     [("Giulio Ferrante", 0)]),
    ("The Association of Road Policing Officers said it would study the bill before commenting.",
     [("Association of Road Policing Officers", 0)]),
    ('Councillor Barry Chandler was scornful of the bill. "Perhaps next we could hire a man with a red flag," he said.',
     [("Barry Chandler", -1)]),
    ('Magnus Berg told reporters that the bill would cost clubs "hundreds of millions of crowns".', [("Magnus Berg", -1)]),
    ("Iain Drummond told MSPs that the bill was not on the government's agenda.", [("Iain Drummond", -1)]),
])
def test_spokespeople_of_departments_withheld_views_and_reported_groups(text, expected):
    got = extract_text(text, "2025-11-20", "The bill").statements
    assert sorted((r.actor, int(np.sign(r.stance))) for r in got.itertuples()) == sorted(expected)


def test_a_named_group_after_its_description_is_reported():
    got = extract_text("Carla Lee said the campaign group End of Life Choice Ireland had fully supported the bill.",
                       "2025-11-20", "The bill").statements
    assert ("End of Life Choice Ireland", 1) in {(r.actor, int(np.sign(r.stance))) for r in got.itertuples()}


@pytest.mark.parametrize("text, expected", [
    ("Bavaria is the most vocal opponent of the bill.", [("Bavaria", -1)]),
    ("The United States has been the strongest advocate of the bill.", [("United States", 1)]),
    ("Secretary of State Michael Osei, whose office would oversee the bill, has not taken a side.",
     [("Michael Osei", 0)]),
    ('Road safety charity SafeStreets Trust said the evidence for the bill was "overwhelming".',
     [("SafeStreets Trust", 1)]),
])
def test_most_vocal_opponents_and_sides_not_taken(text, expected):
    got = extract_text(text, "2025-11-20", "The bill").statements
    assert sorted((r.actor, int(np.sign(r.stance))) for r in got.itertuples()) == sorted(expected)


@pytest.mark.parametrize("text, sign", [
    ("Sarah Lindqvist said the plan was the only thing that will stop families being priced out.", 1),
    ('"The plan takes away the fear that drives students to breakdown," Sunil Deshpande said.', 1),
    ("Mary Smith said the plan would stop investment and cause job losses.", -1),  # a remedy verb, then a new clause
])
def test_removing_a_harm_is_a_benefit(text, sign):
    got = extract_text(text, "2025-11-20", "The plan").statements
    assert [int(np.sign(s)) for s in got["stance"]] == [sign]


@pytest.mark.parametrize("text, topic, expected", [
    ("Fair Vote Canada urged Liberal MPs to be allowed a free vote on the bill.", "The bill", []),
    ("Sinn Féin said its TDs would be given a free vote on the bill.", "The bill", [("Sinn Féin", 0)]),
    ('Joanna Pryce told reporters that "all options remain on the table" on the bill.', "The bill", [("Joanna Pryce", 0)]),
    ('The Finance Committee said it "neither approves nor rejects" the bill at this stage.', "The bill", [("Finance Committee", 0)]),
    ("Healthwatch said it was concerned about travel times, but it stopped short of opposing the bill.", "The bill",
     [("Healthwatch", 0)]),
    ('Marcus Bell opposed the bill at first. "I was wrong then, and I\'m happy to say so," he said.', "The bill",
     [("Marcus Bell", -1), ("Marcus Bell", 1)]),
    ("The Child Poverty Action Group, which has long campaigned against the limit, said so again.",
     "Scrapping the two-child benefit limit", [("Child Poverty Action Group", 1)]),
    ("Tom Jones defended the library.", "Plan to close Ashcombe Road library", [("Tom Jones", -1)]),
    ("Elin Rowlands welcomed an earlier review of school provision.", "Closure of three village schools",
     [("Elin Rowlands", 1)]),  # a review is no school: not flipped
])
def test_free_votes_options_admissions_and_what_a_topic_ends(text, topic, expected):
    got = extract_text(text, "2025-11-20", topic).statements
    assert sorted((r.actor, int(np.sign(r.stance))) for r in got.itertuples()) == sorted(expected)


def test_a_stance_held_since_a_year_is_dated_at_publication():
    got = extract_text("Fair Vote Canada, which has campaigned for the bill since 2000, said so again.",
                       "2025-11-20", "The bill").statements
    assert [(r.actor, str(r.date.date())) for r in got.itertuples()] == [("Fair Vote Canada", "2025-11-20")]


def test_she_said_she_backed_is_the_woman_just_named():
    text = ('Its director, Niamh Costigan, told reporters that the evidence was weak. "If bans worked, we would have '
            'seen it by now," she said.\n\nThe bill has one notable convert. Sinéad Keating, who chairs the health '
            'committee, argued in 2023 that a watershed would "punish advertisers". This week she said she now backed '
            "the bill, having been persuaded by evidence from Chile.")
    got = {(r.actor, int(np.sign(r.stance))) for r in extract_text(text, "2025-11-20", "The bill").statements.itertuples()}
    assert ("Sinéad Keating", 1) in got and ("Niamh Costigan", 1) not in got


@pytest.mark.parametrize("text, expected", [
    ("The Calder County Education Association said last month, after surveying its members, that it backed the plan.",
     ("Calder County Education Association", 1, "2025-10-01")),
    ("The Hospital Trust says the unit can no longer be safely staffed and that the plan is the right thing to do.",
     ("Hospital Trust", 1, "2025-11-20")),  # "no longer" stays in its own clause
    ("France has since come round to the plan.", ("France", 1, "2025-11-20")),
    ('Mary Smith said the plan would do "next to nothing" for children.', ("Mary Smith", -1, "2025-11-20")),
])
def test_said_last_month_that_clauses_and_conversions(text, expected):
    got = extract_text(text, "2025-11-20", "The plan").statements
    assert [(r.actor, int(np.sign(r.stance)), str(r.date.date())) for r in got.itertuples()] == [expected]


@pytest.mark.parametrize("text, expected", [
    ('Not everyone in the Dáil is impressed. "Next they will send an inspector," Declan Furlong said of the bill.',
     [("Declan Furlong", -1)]),
    ('Declan Furlong said the bill was "the nanny state at its finest".', [("Declan Furlong", -1)]),
    ("The Pennsylvania Chiefs of Police Association said it would oppose the bill.",
     [("Pennsylvania Chiefs of Police Association", -1)]),
    ("Dionne Castellanos of the Brennan Falls Tenants Union said she would oppose the bill.",
     [("Dionne Castellanos", -1)]),
])
def test_not_everyone_nanny_state_and_bodies_named_with_of(text, expected):
    got = extract_text(text, "2025-11-20", "The bill").statements
    assert sorted((r.actor, int(np.sign(r.stance))) for r in got.itertuples()) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ('Minister Helen Marsh, who introduced the legislation, said teenagers "live with the consequences" of decisions.',
     [("Helen Marsh", 1)]),
    ("Parents' Voice Aotearoa called on NZ First to vote it down.", [("Parents' Voice Aotearoa", -1)]),
    ('Tobias Brandl described conscription in 2018 as "a relic of the Cold War that belongs in a museum".',
     [("Tobias Brandl", -1)]),
    ('Tobias Brandl told a newspaper that he was "no longer ruling anything out" on conscription.',
     [("Tobias Brandl", 0)]),
    ('The German Armed Forces Association said a return to conscription was "unavoidable".',
     [("German Armed Forces Association", 1)]),
    ('Make It 16 said the vote on conscription was "a historic first step".', [("Make It 16", 2)]),
])
def test_sponsors_relics_and_historic_first_steps(text, expected):
    got = extract_text(text, "2025-11-20", "Reintroducing conscription").statements
    assert sorted((r.actor, int(r.stance) if abs(expected[0][1]) == 2 else int(np.sign(r.stance)))
                  for r in got.itertuples()) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("Justice Minister Henrik Algotsson announced the law on Monday, despite objections from prosecutors.",
     [("Henrik Algotsson", 1)]),
    ("The Forum urged ministers to accept the recommendation on the law.", [("Forum", 1)]),
    ("Mary Smith said she would implement whatever the council decides on the law.", [("Mary Smith", 0)]),
    ("Alan Greaves said he was no longer sure that the law was the answer.", [("Alan Greaves", 0)]),
    ('Fiona Baird said her party was "open to looking at" the law.', [("Fiona Baird", 0)]),
    ("Industry is less enthusiastic about the law.", []),
])
def test_despite_objections_urged_to_accept_and_open_minds(text, expected):
    got = extract_text(text, "2025-11-20", "The law").statements
    assert sorted((r.actor, int(np.sign(r.stance))) for r in got.itertuples()) == sorted(expected)


def test_its_spokesman_speaks_for_the_group_just_named_not_an_earlier_one():
    text = ("The Harwick Dental Society backed the plan. But opponents packed the gallery. Clean Water Harwick has "
            'urged councillors to reject it outright. Its spokesman, Graham Tully, told the hearing that residents '
            'were being "medicated without their consent".')
    got = {(r.actor, int(np.sign(r.stance))) for r in extract_text(text, "2025-11-20", "The plan").statements.itertuples()}
    assert ("Graham Tully", 1) not in got and ("Clean Water Harwick", -1) in got


@pytest.mark.parametrize("text, actor", [
    ("Sarah Mining, a councillor, said the plan was wrong.", "Sarah Mining"),
    ("Tom Rail of Friends of the Earth said the plan was wrong.", "Tom Rail"),
])
def test_company_name_endings_do_not_make_people_companies(text, actor):
    got = extract_text(text, "2025-11-20", "The plan").statements
    assert got["actor"].tolist() == [actor] and got["actor_type"].tolist() == ["person"]


def test_last_may_is_a_date_and_has_been_a_disaster_keeps_the_day():
    got = extract_text("Mary Smith said last May that she opposed the plan.", "2025-11-20", "The plan").statements
    assert str(got["date"].iloc[0].date()) == "2025-05-01"
    got = extract_text("Mary Smith said on Monday that the plan has been a disaster.", "2025-11-20", "The plan").statements
    assert str(got["date"].iloc[0].date()) == "2025-11-17"


def test_what_a_charter_lays_down_is_no_stance_of_who_describes_it():
    text = ("NATO describes Ukraine on its website as a partner country that cooperates closely with the alliance but "
            "it is not covered by the security guarantee under Article 5 of the NATO charter, which states if one NATO "
            "member is attacked, it is considered an attack on the entire alliance.")
    assert "NATO" not in set(_ruled(run(text, topic="Ukraine NATO membership").statements)["actor"])
    df = _df("The Nurses' Union said the plan, which states that overtime will be cut, was an attack on its members.")
    assert (_one(df, "Nurses' Union")["stance"] < 0).all()  # the speaker's own words outside the clause still count


def test_that_month_and_the_same_day_count_from_the_date_before():
    text = (" date 2025-05-14\n\nThe council voted on Monday to close Elm Street to cars. Mayor Ann Lee welcomed the "
            "decision the same day, calling it \"a win for families\".\n\nIn March, the transport committee backed "
            "the plan. Residents' group Streets for All said that month that the closure was \"long overdue\".")
    df = extract_text(text, None, "Closing Elm Street to cars", actors=EMPTY, topics=NO_TOPICS).statements
    lee, streets = _one(df, "Ann Lee").iloc[0], _one(df, "Streets for All").iloc[0]
    assert (lee["date"], lee["date_precision"], lee["date_text"]) == (pd.Timestamp("2025-05-12"), "day", "the same day")
    assert (streets["date"], streets["date_precision"]) == (pd.Timestamp("2025-03-01"), "month")
    assert "counted from 'In March'" in streets["flags"] and streets["quote"].startswith("the closure")
    alone = extract_text(" date 2025-05-14\n\nMayor Ann Lee said that month that the plan was a disaster.", None,
                         "the plan", actors=EMPTY, topics=NO_TOPICS).statements.iloc[0]
    assert alone["date_basis"] == "publication" and "refers to no earlier date" in alone["flags"]


def test_walkthrough_article_of_session_7():
    """A new user's article: a headline line, a hearing in the lead, supporters without stance verbs."""
    text = (" date 2025-05-14\nRiverton council split over plan to make Main Street car-free\n\n"
            "RIVERTON — A proposal to close Main Street to cars drew a packed hearing at City Hall on Tuesday.\n\n"
            "Mayor Linda Alvarez, who introduced the plan in March, said the city \"cannot keep pretending that a "
            "four-lane road through our busiest shopping block is working.\"\n\n"
            "\"We have waited fifteen years for a council with the nerve to do this,\" said Dev Patel, chair of the "
            "Riverton Cycling Club, adding that families now avoid the street because of traffic.\n\n"
            "The Riverton Chamber of Commerce came out in support last week, calling the pedestrian zone \"a long "
            "overdue investment in the heart of our town.\"")
    df = extract_text(text, None, "Car-free Main Street", actors=EMPTY, topics=NO_TOPICS).statements
    alvarez = _one(df, "Linda Alvarez").sort_values("date")
    assert alvarez["stance"].tolist() == [1, 1]  # "shopping block" is a street, not a veto
    assert alvarez["date"].iloc[0] == pd.Timestamp("2025-03-01")  # "who introduced the plan in March": its author then
    assert alvarez["date"].iloc[1] == pd.Timestamp("2025-05-13")  # the lead's hearing, under a headline line
    assert _one(df, "Dev Patel")["stance"].tolist() == [1]  # waited fifteen years for it
    assert alvarez["quote"].iloc[1].endswith('working."')  # the quotation opened inside the span closes inside it
    chamber = _one(df, "Riverton Chamber of Commerce")
    assert chamber["stance"].tolist() == [1] and chamber["date_text"].iloc[0] == "last week"
    assert _one(_df("The Nurses' Union said it would block the plan."), "Nurses' Union")["stance"].tolist() == [-1]  # the verb still counts


def test_a_second_report_after_but_and_a_day_is_its_own_statement_and_dates_the_quote_after_it():
    text = (" date 2025-05-14\nOpposition leader Sarah Bennett said in March that her party was open to the idea, "
            "but on Wednesday she said the Liberal Party now opposes the scheme because of its cost. \"We cannot "
            "support a policy the Treasury cannot pay for,\" Bennett said.\n")
    got = extract_text(text, topic="Four-day week").statements
    first = got[got["quote"] == "her party was open to the idea"]  # not "…, but on Wednesday she said the"
    assert len(first) == 1 and first["date_text"].iat[0] == "in March" and first["stance"].iat[0] > 0
    quote = got[got["quote"].str.startswith("We cannot support")]
    assert quote["actor"].iat[0] == "Sarah Bennett" and quote["stance"].iat[0] < 0
    assert quote["date_text"].iat[0] == "on Wednesday"  # her latest day in the paragraph, not March
    assert (got.loc[got["actor"] == "Liberal Party", "stance"] < 0).all()


@pytest.mark.parametrize("text, actor, sign", [
    # taking support back is opposition, and refusing to take it back is support (a journalist's article)
    ("The Nurses' Union said it would withdraw its support for the plan.", "Nurses' Union", -1),
    ("Nand said she would not withdraw her support for the plan.", "Nand", 1),
    ('"We are not going to reverse our support, but we want evidence," Nand said.', "Nand", 1),
    ("Okafor said the council will not drop its support for the plan.", "Okafor", 1),
    # dismissing a challenge to the plan defends it
    ('Mayor Helen Marsh dismissed the challenge. "I am confident it is lawful," she said.', "Helen Marsh", 1),
])
def test_support_taken_back_or_kept_and_challenges_dismissed(text, actor, sign):
    r = one(text, actor)
    assert int(r.stance > 0) - int(r.stance < 0) == sign, r


def test_a_report_ends_where_a_second_speaker_with_a_role_word_begins():
    text = ("At a meeting last Thursday, shop owner Raj Patel said the plan would drive away the customers he "
            "depends on, while cyclist Emma Doyle said she had waited years for cleaner air.")
    assert one(text, "Raj Patel").quote == "the plan would drive away the customers he depends on"
    doyle = one(text, "Emma Doyle")
    assert doyle.stance > 0
    # both spoke at the meeting: the time set before the first speaker holds for the second
    assert str(doyle.date.date()) == str(one(text, "Raj Patel").date.date()) == "2025-06-19"


CHARGE = """ date 2025-05-14

Riverton council voted on Tuesday to keep the congestion charge, with new exemptions for carers.

"This is a tax on working people dressed up as climate policy," said Marcus Bell, chairman of the Taxpayers League.

Mayor Helen Marsh said the charge was the right decision for the city.
"""


def test_a_topic_named_once_inside_a_quote_is_not_what_the_article_is_about():
    """Bell's "climate policy" is his word for the charge: the article gets no bundled topic from it."""
    res = extract_text(CHARGE, None, None)
    got = res.statements
    assert {"Marcus Bell", "Helen Marsh"} <= set(got["actor"])
    assert set(got["topic"]) == {"unspecified"}
    # named in the reporter's own words, it is the article's topic
    own = CHARGE.replace("to keep the congestion charge", "to keep the congestion charge as part of its climate policy")
    assert set(extract_text(own, None, None).statements["topic"]) == {"Climate policy"}


def test_a_report_inside_a_relative_clause_and_the_main_clause_after_it_are_two_statements():
    """"The Chamber, which in May had said it was undecided, came out against the plan": undecided in May
    (its own report, inside the clause), against on the day of the article (the main clause)."""
    text = ("The Riverton Chamber of Commerce, which in May had said it was undecided, came out against the "
            "plan.")
    df = run(text).statements.sort_values("date")
    assert df["actor"].tolist() == ["Riverton Chamber of Commerce"] * 2
    assert df["stance"].tolist() == [0, -1]
    assert [str(d.date()) for d in df["date"]] == ["2025-05-01", str(PUB.date())]
    assert df["quote"].tolist() == ["it was undecided", "came out against the plan."]


def test_an_earlier_demand_in_a_relative_clause_is_its_own_dated_statement():
    text = ("Their leader, Priya Nand, who in February demanded that the council scrap the plan, said on Tuesday "
            "that the new exemptions had changed her mind.")
    df = run(text).statements.sort_values("date")
    assert df["stance"].tolist()[0] < 0 and str(df["date"].iloc[0].date()) == "2025-02-01"
    assert df["quote"].iloc[0] == "the council scrap the plan"  # not run on into what she said on Tuesday
    assert df["stance"].iloc[-1] > 0 and str(df["date"].iloc[-1].date()) == "2025-06-24"


@pytest.mark.parametrize("text, before, after", [
    ("Javier Molina, who in June backed the plan, has since turned against it.", (1, "2025-06-01"), -1),
    ("Peter Quinlan, who two years ago called for exactly this kind of plan, now says it is rushed.",
     (1, "2023-01-01"), -1),
])
def test_a_stance_in_a_relative_clause_and_a_changed_one_after_it(text, before, after):
    """From a researcher's articles: the earlier stance keeps its date, the new one is the article's day."""
    df = run(text).statements.sort_values("date")
    assert len(df) == 2, df[["actor", "stance", "quote"]]
    assert (int(df["stance"].iloc[0]), str(df["date"].iloc[0].date())) == before
    assert (int(df["stance"].iloc[1]), str(df["date"].iloc[1].date())) == (after, str(PUB.date()))


def test_a_one_word_alias_said_once_in_another_sense_gives_no_topic():
    """"the migration route of seabirds" is about birds: "migration" is a loose keyword of Immigration in
    data/topics.csv, not an alias that names the topic on its own."""
    text = (" date 2025-07-22\nThe council approved the Kestrel Bank wind farm on Tuesday. "
            "Bird groups said the turbines lie on the migration route of thousands of seabirds and opposed the "
            "plan. Mayor Ann Holt said the wind farm was the right decision for the town.\n")
    assert set(extract_text(text, None, None).statements["topic"]) == {"unspecified"}


def test_a_headline_is_not_a_statement_of_its_own():
    """"Council backs tram plan" sums up the article; the statement is the body's, with its day and words."""
    text = (" date 2025-05-14\nCouncil backs tram plan after long row\n\nThe city council voted on Tuesday to back the "
            "tram plan. Mayor Ann Holt said the tram was the right decision for the city.\n")
    df = extract_text(text, None, "the tram plan").statements
    assert not (df["start"] < text.index("\n\nThe city")).any(), df[["actor", "quote"]]
    assert "Ann Holt" in set(df["actor"])
    # a one-line text is all body, headline or not
    assert len(extract_text(" date 2025-05-14\nMayor Ann Holt said the tram was the right decision.\n", None,
                            "the tram plan").statements) == 1


@pytest.mark.parametrize("text, actor, reporter", [
    ("Doyle said that the Green Party had pledged its support for the plan.", "Green Party", "Doyle"),
    ("France supports the plan, according to a French diplomat.", "France", "French diplomat"),
    ("Lin told reporters that the administration now backs the plan.", "Lin", None),  # her own side
    ("Okafor said the plan was sensible, according to the minutes.", "Okafor", None),  # a record, not a reporter
])
def test_who_reported_another_actors_stance_is_said(text, actor, reporter):
    r = one(text, actor)
    assert (r.reported_by if isinstance(r.reported_by, str) else None) == reporter


@pytest.mark.parametrize("name, kind", [
    ("SolarPower Europe", "org"), ("Eastport Transit", "org"), ("WindEurope", "org"),
    ("Mark McDonald", "person"), ("Jane DeWitt", "person"), ("Morag Steel", "person"),
])
def test_a_name_written_like_a_company_or_brand_is_an_organisation(name, kind):
    assert one(f"{name} said the plan was a mistake.", name).actor_type == kind


def test_a_quote_never_closed_ends_where_the_reporter_speaks_again():
    """Unbalanced marks from a careless paste: each speaker keeps their own words, none is lost."""
    text = ('"This plan is a disaster, said Councillor Mary Jones on Monday. The mayor, Tom Brown, supports the plan.\n'
            "“We oppose it, said Ann Lee, head of the residents' group.\n")
    df = run(text).statements.set_index("actor")
    assert {"Mary Jones", "Tom Brown", "Ann Lee"} <= set(df.index), df
    assert df.loc["Mary Jones", "quote"] == "This plan is a disaster" and df.loc["Mary Jones", "stance"] < 0
    assert df.loc["Ann Lee", "quote"] == "We oppose it" and df.loc["Tom Brown", "stance"] > 0


def test_the_same_hearing_and_a_letter_last_week_date_the_statement():
    """From session 10's error analysis: the occasion named before, and the medium's date after the words."""
    text = ('"People deserve to know," said Senator Dolores Hattan at Wednesday\'s hearing of the committee.\n\n'
            "Senator Greg Lindqvist said at the same hearing that the audit rule would drive employers away.\n\n"
            "The Drivers Alliance urged lawmakers to reject the bill in a letter last week.\n\n"
            "The Chamber of Commerce, in written testimony submitted on Monday, urged lawmakers to reject it.")
    df = run(text).statements.set_index("actor")  # published on Wednesday 2025-06-25
    assert str(df.loc["Greg Lindqvist", "date"].date()) == "2025-06-25"  # that hearing: the Wednesday
    assert df.loc["Greg Lindqvist", "date_text"] == "the same hearing"
    assert df.loc["Drivers Alliance", "date_text"] == "last week"
    assert str(df.loc["Drivers Alliance", "date"].date()) == "2025-06-16"
    assert df.loc["Chamber of Commerce", "date_text"] == "on Monday"
    alone = run("Senator Greg Lindqvist said at the same hearing that the rule would drive employers away.").statements
    assert alone["date_basis"].iloc[0] == "publication" and "refers to no earlier date" in alone["flags"].iloc[0]


def test_a_second_descriptive_appositive_names_no_speaker():
    text = ("Samir Qureshi, chief executive of HireLogic, a Chicago start-up that sells screening software, told "
            "the committee on Tuesday that his company would welcome a common standard.")
    df = run(text).statements
    assert df["actor"].tolist() == ["Samir Qureshi"] and df["stance"].iloc[0] > 0  # his company's view, his words
    assert str(df["date"].iloc[0].date()) == "2025-06-24"


def test_a_relative_clause_inside_an_appositive_is_an_earlier_statement():
    text = ("Kenji Ward, a computer scientist at Northwestern University who testified in favour of an earlier "
            "version of the bill in March, said on Tuesday that amendments had made it \"a box-ticking exercise.\"")
    df = run(text).statements.sort_values("date")
    assert [(int(np.sign(s)), str(d.date())) for s, d in zip(df["stance"], df["date"])] == [
        (1, "2025-03-01"), (-1, "2025-06-24")]


def test_the_reason_cited_for_a_stance_does_not_outweigh_it():
    text = ("The Teachers' Union said in a statement last week that it supported the bill, citing a survey in which "
            "most members described phones as a major classroom disruption.")
    r = run(text).statements.iloc[0]
    assert r["stance"] > 0 and r["date_text"] == "last week"


def test_a_leader_telling_what_the_union_decided_is_her_statement():
    text = ("Gail Horner, president of the Montana Federation of Public Employees, told reporters at the Capitol on "
            "Tuesday that the union supported the bill.")
    df = run(text).statements
    assert df["actor"].tolist() == ["Gail Horner"] and df["stance"].iloc[0] > 0
    assert df["date_text"].iloc[0] == "on Tuesday"  # after whom she told and where


@pytest.mark.parametrize("text, countries, sign", [
    ("Van Dam told reporters that Denmark, Belgium and Spain also backed the proposal.", ["Belgium", "Denmark", "Spain"], 1),
    ("Lithuania and Latvia, he said, stood firmly behind the proposal.", ["Latvia", "Lithuania"], 1),
    ("Poland, Hungary and Slovakia, the minister said, are opposed to the plan.", ["Hungary", "Poland", "Slovakia"], -1),
])
def test_every_country_of_a_list_and_the_subject_before_an_aside(text, countries, sign):
    df = run(text).statements
    got = df[df["actor"].isin(countries)]
    assert sorted(got["actor"]) == countries and (np.sign(got["stance"]) == sign).all(), df[["actor", "stance"]]


def test_a_letter_sent_urging_a_vote_is_the_senders_statement():
    text = ("The Cortland Avenue Business Alliance sent the board a letter last week, signed by 63 shop owners, "
            "urging supervisors to reject the lanes.")
    r = run(text).statements.iloc[0]
    assert (r["actor"], int(np.sign(r["stance"])), r["date_text"]) == ("Cortland Avenue Business Alliance", -1, "last week")


@pytest.mark.parametrize("text, sign", [
    ('"I was skeptical at first. I\'m not anymore," said Dale Kwan.', 1),
    ('"We were against it, but we are no longer," said Dale Kwan.', 1),
    ("Dale Kwan has not yet endorsed the plan.", 0),  # no side taken yet
    ("Dale Kwan has not endorsed the plan.", 0),
    ("Dale Kwan does not support the plan.", -1),  # a present refusal is a side
])
def test_doubt_given_up_and_support_not_yet_given(text, sign):
    r = one(text, "Dale Kwan")
    assert int(np.sign(r.stance)) == sign, r.cue


@pytest.mark.parametrize("text, actor", [
    ("The Department of Education has not yet taken a view on the proposal.", "Department of Education"),
    ("Donegal County Council has not taken a formal position.", "Donegal County Council"),
    ("Italy, too, has avoided committing itself, according to two diplomats familiar with the talks.", "Italy"),
])
def test_withholding_in_any_tense_and_wording(text, actor):
    r = one(text, actor)
    assert r.stance == 0 and "withholding" in r.cue


def test_a_when_clause_after_a_comparison_is_the_earlier_statement():
    text = "Her tone was softer than last year, when Laura Sandoval said the plan was wrong."
    r = one(text, "Laura Sandoval")
    assert r.stance < 0 and r.quote == "the plan was wrong." and r.date_text == "last year"


@pytest.mark.parametrize("text, actors", [
    ("The Missouri Department of Elementary and Secondary Education does not weigh in on local calendar decisions, "
     "a department spokeswoman said.", ["Missouri Department of Elementary and Secondary Education"]),
    ("The Australian Convenience and Petroleum Marketers Association called for it to be scrapped.",
     ["Australian Convenience and Petroleum Marketers Association"]),
    ("The Kent Chamber of Commerce and Dover District Council opposed the plan.",
     ["Dover District Council", "Kent Chamber of Commerce"]),
    ("The Green Party and Te Pati Maori opposed the plan.", ["Green Party", "Te Pati Maori"]),
    ("Five votes are needed for passage, and two members have said that they remain undecided.", []),
    ("Not every company is opposed.", []),
    ("According to industry estimates, only a fraction of it is recycled and the plan would help.", []),
    ("The RACV, Victoria's largest motoring club, has changed its stance. In 2024 the club argued against charging "
     "mandates.", ["RACV"]),
])
def test_whole_organisation_names_and_no_number_or_quantifier_as_actor(text, actors):
    assert sorted(set(run(text).statements["actor"])) == actors


def test_a_headline_with_an_abbreviation_is_still_a_headline():
    text = " date 2025-10-03\nU.S. approves Nevada lithium mine as tribe vows appeal\n\nThe Interior Department approved the mine on Thursday.\n"
    df = extract_text(text, None, "the mine", actors=EMPTY, topics=NO_TOPICS).statements
    assert df["actor"].tolist() == ["Interior Department"]


def test_a_rally_last_week_and_a_vote_on_tuesday_date_what_was_said_there():
    text = ("Several hundred tenants rallied outside City Hall last week in support of the measure. Ramona Beltran, an "
            "organizer, told the crowd that families could not wait for another study.\n\n"
            "The Planning Commission recommended on Monday that the city allow fourplexes on every lot.\n\n"
            "Commission Chair Lorraine Pettit said after the 5-2 vote that the zoning rules were a mistake.")
    df = run(text).statements.set_index("actor")  # published on Wednesday 2025-06-25
    assert str(df.loc["Ramona Beltran", "date"].date()) == "2025-06-16"  # the rally's week
    assert str(df.loc["Lorraine Pettit", "date"].date()) == "2025-06-23"  # the vote's day


def test_comments_on_monday_and_a_model_for_cooperation():
    text = ('The U.S. State Department, in comments on Monday, said Washington "looks forward to continuing a '
            'partnership."\n\nIn a statement last month, the European Commission described the agreement as '
            '"a model for sustainable fisheries cooperation".')
    df = run(text).statements.set_index("actor")
    assert df.loc["U.S. State Department", "stance"] > 0 and df.loc["U.S. State Department", "date_text"] == "on Monday"
    assert df.loc["European Commission", "stance"] > 0 and df.loc["European Commission", "date_text"] == "last month"


@pytest.mark.parametrize("text, actor, sign", [
    ("Mayor Ann Lee warned that rejecting the budget would force layoffs.", "Ann Lee", 1),
    ("Ann Lee said that scrapping it would be a disaster.", "Ann Lee", 1),
    ("Tom Ray said rejecting the plan was the right call.", "Tom Ray", -1),
    ("According to union official Declan Burke, the plan is a disaster for workers.", "Declan Burke", -1),
    ('Its secretary general, Pieter de Wit, called the duties "a lifeline".', "Pieter de Wit", 1),
])
def test_the_cost_of_undoing_a_plan_and_names_from_walkthroughs(text, actor, sign):
    r = one(text, actor)
    assert int(np.sign(r.stance)) == sign, r.cue
    if actor == "Declan Burke":
        assert r.actor_role == "union official"


def test_a_phone_ban_article_is_not_school_funding_for_its_school_words():
    """From a researcher's walkthrough: "school", "teachers", "classroom" are loose keywords of School funding, but
    an article that never says "funding" is not about it; one that does (teacher pay) still is."""
    ban = extract_file(ROOT / "tests" / "eval" / "03_phone_ban.txt")
    assert set(ban.statements["topic"]) == {"unspecified"}
    pay = extract_file(ROOT / "tests" / "eval" / "136_teacher_pay.txt")
    assert set(pay.statements["topic"]) == {"School funding"}


def test_the_sponsor_named_after_an_inverted_said_and_the_hearing_after_her_appositive():
    text = ('"If a machine is deciding who gets an interview, people deserve to know that it isn\'t quietly '
            'discriminating against them," said State Senator Dolores Hattan, a Democrat who sponsored the bill, '
            "at Monday's hearing of the committee.")
    r = one(text, "Dolores Hattan")
    assert r.stance > 0 and "sponsored the bill" in r.cue  # not "against" them: a preposition
    assert str(r.date.date()) == "2025-06-23"


@pytest.mark.parametrize("text, actor, sign", [
    ("The Ontario Hospital Association has also pressed for reform.", "Ontario Hospital Association", 1),
    ("The Commission presented the proposal last month, arguing that flavours drive teenage vaping.", "Commission", 1),
    ("Senator Ann Lee tabled a bill on Tuesday to cap rents.", "Ann Lee", 1),
    ("On Wednesday, Mayor Anne Leclerc said she would sign the new version if it reached her desk.", "Anne Leclerc", 1),
    ("The College of Nurses, which sets registration requirements, said its council would consider the change in "
     "September and declined to comment on the substance before then.", "College of Nurses", 0),
    ('AFSCME Local 3318 said on Monday that the closure would "abandon a community".', "AFSCME Local 3318", -1),
])
def test_pressing_for_proposing_signing_and_declining_to_comment(text, actor, sign):
    r = one(text, actor)
    assert int(np.sign(r.stance)) == sign, r.cue


@pytest.mark.parametrize("text", [
    "Patient advocates are divided.",  # a noun, not a verb of stance
    "The council introduced a new parking fee in May.",  # what was introduced is no plan under debate
    "The proposed ban was criticised by many.",
])
def test_no_proposer_or_advocate_where_there_is_none(text):
    assert run(text).statements.empty


@pytest.mark.parametrize("text, actor, sign", [
    ('Councillor David Okonjo has not yet made up his mind. "I can see the safety case, and I can see the worries '
     'of the shops," he said.', "David Okonjo", 0),
    ('Sergeant Amy Clarke said: "It\'s not for us to take sides. Our job is to keep the road safe either way."',
     "Amy Clarke", 0),
    ('"Someone is going to get hurt. This trial is the least we owe those children," said Councillor Helen Marsh.',
     "Helen Marsh", 1),
    ("Ashcombe Town Council's transport committee voted 5-2 on Wednesday to go ahead with the trial.",
     "Ashcombe Town Council's transport committee", 1),
])
def test_a_teachers_walkthrough_article(text, actor, sign):
    df = run(text, topic="Close Harrow Lane to cars at school drop-off").statements
    assert set(df["actor"]) == {actor} and set(np.sign(df["stance"].astype(int))) == {sign}, df[["actor", "stance", "cue"]]


def test_a_relative_clauses_time_is_not_carried_to_the_speakers_later_words():
    text = ("The committee voted 5-2 on Monday to go ahead with the trial.\n\nCouncillor David Okonjo, who last month "
            "said he was undecided, voted in favour. \"The residents I spoke to were overwhelmingly supportive,\" he "
            "said after the vote.")
    df = run(text).statements
    okonjo = df[df["actor"] == "David Okonjo"].sort_values("date")
    assert [(int(s), str(d.date())) for s, d in zip(okonjo["stance"], okonjo["date"])] == [
        (0, "2025-05-01"), (1, "2025-06-23")]  # undecided last month; for it on the vote's day, words and all


@pytest.mark.parametrize("text, actor, sign", [
    ("The national student body, the Interstedelijk Studenten Overleg (ISO), said it did not take a position on the "
     "cap itself.", "Interstedelijk Studenten Overleg", 0),
    ("Last month, the Law Society signed an open letter urging MPs to reject the proposal.", "Law Society", -1),
    ("France, an early champion of the moratorium, renewed its call on Monday.", "France", 1),
    ("The European People's Party, the largest group, has said it wants the plan revised.", "European People's Party", -1),
])
def test_acronyms_letters_renewed_calls_and_wanting_it_revised(text, actor, sign):
    r = one(text, actor)
    assert int(np.sign(r.stance)) == sign, r.cue


def test_wanting_a_ban_revised_is_against_the_ban_not_a_request_for_one():
    r = one("The European People's Party has said it wants the ban revised.", "European People's Party",
            topic="EU ban on combustion-engine cars")
    assert r.stance < 0


@pytest.mark.parametrize("text, actor", [
    ("The Economic Community of West African States (ECOWAS) welcomed the initiative.",
     "Economic Community of West African States"),
    ("The Icelandic Confederation of Labour said it opposed the plan.", "Icelandic Confederation of Labour"),
])
def test_a_community_or_confederation_of_something_is_one_organisation(text, actor):
    assert one(text, actor).actor_type == "org"


def test_asking_for_the_topics_own_act_and_a_change_of_mind_after_it():
    topic = "Plan to close Millbrook branch courthouse"
    text = ('Sheriff Tom Bradeen, who in 2021 called the building "a security nightmare" and urged the county to shut '
            "it, said on Tuesday he had changed his mind.")
    df = run(text, topic=topic).statements.sort_values("date")
    assert [(int(np.sign(s)), str(d.date())) for s, d in zip(df["stance"], df["date"])] == [
        (1, "2021-01-01"), (-1, "2025-06-24")]  # asked for the closure then; the change of mind now
    assert int(np.sign(one("Ann Lee urged the county not to close the courthouse.", "Ann Lee", topic=topic).stance)) == -1


@pytest.mark.parametrize("text, topic, actor, sign", [
    ('"We cannot keep burning a valuable resource while adding to a climate problem," Marion Keddy said.',
     "Ban on gas flaring", "Marion Keddy", 1),
    ("France had called for an international moratorium on deep-sea mining.", "Norway deep-sea mining licences",
     "France", -1),
    ("The Greens called for a moratorium on deep-sea mining.", "Moratorium on deep-sea mining", "Greens", 1),
    ("Board Chair Ellen Marsh, who has championed the proposal since taking office, said on Monday that the county "
     "could not keep asking riders to wait.", "Bus lanes", "Ellen Marsh", 1),
])
def test_cannot_keep_doing_it_and_a_halt_to_what_the_topic_does(text, topic, actor, sign):
    df = run(text, topic=topic).statements
    assert set(df["actor"]) == {actor} and set(np.sign(df["stance"].astype(int))) == {sign}, df[["actor", "cue"]]


def test_a_speaking_lead_dates_what_follows_and_a_deadline_dates_nothing():
    text = ("Two years ago, Foreign Minister Katrin Albers told the Bundestag that the embargo should stay. Speaking to "
            "reporters in Berlin on Tuesday, she was more cautious, saying Germany would wait for the EU's report before "
            "deciding.\n\n\"I am not going to prejudge that report,\" Albers said.\n\nThe committee meets in July.\n\n"
            "City Attorney Nora Feld declined to comment on the merits of the proposal, saying her review would be "
            "delivered by the end of June.")
    df = run(text).statements
    albers = _one(df, "Katrin Albers")
    assert albers.loc[albers["stance"] == 0, "date"].tolist() == [pd.Timestamp("2025-06-24")]
    assert (albers.loc[albers["stance"] != 0, "date"] < pd.Timestamp("2024-01-01")).all()  # a guess at two years ago
    assert _one(df, "Nora Feld")["date_basis"].tolist() == ["publication"]  # "by the end of June": when it is due


def test_countries_backing_a_plan_at_the_meeting_where_it_was_presented():
    text = ("Under the proposal, which the foreign minister presented to Nordic counterparts on Monday, tankers would be "
            "inspected.\n\nFinland and Estonia backed the plan at the meeting, the minister told reporters afterwards.")
    df = run(text).statements.set_index("actor")
    assert {str(df.loc[c, "date"].date()) for c in ("Finland", "Estonia")} == {"2025-06-23"}


def test_a_dateline_is_no_part_of_the_quote():
    text = "BRATISLAVA, June 25 - Slovakia will keep the plan because it is necessary, Minister Peter Hudak said on Monday."
    df = run(text).statements
    assert list(df["quote"]) == ["Slovakia will keep the plan because it is necessary"]
    assert str(df["date"].iloc[0].date()) == "2025-06-23"


@pytest.mark.parametrize("text, topic, sign", [
    ('"Every year without an agreement, the stock shrinks," said Marit Solheim.', "Mackerel agreement", 1),
    ('"Every week of delay means more components in the wreckage of homes," said Marit Solheim.', "Arms embargo", 1),
    ('Marit Solheim said ending fluoridation would be "a serious mistake".', "Water fluoridation", 1),
    ('"Removing it would be a step backwards," said Marit Solheim.', "Water fluoridation", 1),
    # the topic is itself the undoing: its cost is an objection to it
    ('Marit Solheim said closing the school would "rip the heart out of the village".', "School closures", -1),
    ('Marit Solheim said the ban was "a clear breach of EU trade rules" and that Ukraine reserved the right to '
     "take the matter to the WTO.", "Grain import ban", -1),
    ("Marit Solheim said on Monday that she was open to the idea but would want a UN mandate first.", "Troops", 0),
])
def test_the_cost_of_delay_or_of_undoing_the_plan_is_support(text, topic, sign):
    only(text, "Marit Solheim", sign, topic=topic)


def test_holding_back_and_waiting_for_a_study_withhold_but_not_being_able_to_wait_does_not():
    text = ("Kazakhstan is holding back. Deputy Foreign Minister Aigerim Seitkali said on Monday that Astana would "
            "study the final text and announce its position only after consultations.\n\n"
            "Finance Minister Lindiwe Khumalo said the ministry would wait for an economic impact study.\n\n"
            "Ramona Beltran told the council that families could not wait for another study.")
    df = run(text).statements.set_index("actor")
    assert df.loc["Aigerim Seitkali", "stance"] == 0 and df.loc["Lindiwe Khumalo", "stance"] == 0
    assert "Ramona Beltran" not in df.index or df.loc["Ramona Beltran", "stance"] != 0


def test_an_organisation_keeps_its_name_and_takes_the_day_of_its_spokesperson_next():
    text = ("The Minerals Council South Africa, which represents the big mining houses, rejected the plan. \"An export "
            "tax will not build a single smelter,\" the council said in a statement on Monday.\n\n"
            "The European Commission has also criticised the plan. A Commission spokesperson said last week that "
            "unilateral measures were \"unacceptable\".\n\n"
            "The Killybegs Fishermen's Organisation in Ireland called it \"a disaster\". The Association of Banks in "
            "Lebanon said it opposed the plan.")
    df = run(text).statements
    got = {(a, str(d.date())) for a, d in zip(df["actor"], df["date"])}
    assert ("Minerals Council South Africa", "2025-06-23") in got
    assert ("European Commission", "2025-06-16") in got and "Commission" not in set(df["actor"])
    assert {"Killybegs Fishermen's Organisation", "Association of Banks in Lebanon"} <= set(df["actor"])


def test_the_same_committee_hearing_is_the_day_that_committee_sat():
    text = ("Trade Minister Sipho Mabaso told the trade committee on Tuesday that the plan was needed. A study is due "
            "in December.\n\n\"The minister is wrong,\" Annelie Visser said during the same committee hearing.")
    df = run(text).statements.set_index("actor")
    assert str(df.loc["Annelie Visser", "date"].date()) == "2025-06-24"


@pytest.mark.parametrize("text, sign", [
    ('Hannah Loy said the government was "taxing the industry out of existence just when we need it most".', -1),
    ('Hannah Loy said the plan was "a hammer blow" for a sector that supports about 200,000 jobs.', -1),
    ('"This is the single biggest thing the regulator could do for struggling households," said Hannah Loy.', 1),
    ('Hannah Loy said the bill would "make it harder for small firms to protect the investments they make".', -1),
    ('Last year Hannah Loy ruled out the plan, saying it lacked "a clear exit strategy".', -1),
    ('"Without this support, fares would rise by a third overnight," said Hannah Loy.', 1),
    ("Hannah Loy said she backed the plan in principle but feared it left too many loopholes.", 1),
    ('"Going back now would be a failure of nerve," said Hannah Loy.', 1),
    ("\"I'm genuinely torn,\" said Hannah Loy.", 0),
    ('Hannah Loy said the lane was imposed without proper consultation and should be taken out.', -1),
    ('Hannah Loy wrote that removing it "would not be consistent with the climate action plan".', 1),
])
def test_idioms_of_session_11(text, sign):
    only(text, "Hannah Loy", sign)


def test_this_weeks_plan_names_the_plan_but_last_weeks_meeting_dates_the_words():
    text = ("Keisha Holt said this week's plan was \"the same bad idea with a new spreadsheet.\"\n\n"
            "Ana Holt said at last week's meeting that the plan was a bad idea.")
    df = run(text).statements.set_index("actor")
    assert df.loc["Keisha Holt", "date_basis"] == "publication"
    assert str(df.loc["Ana Holt", "date"].date()) == "2025-06-16"


def test_coming_back_is_no_backing():
    df = run('"They say we can come back, but they said that at Carlton Park too," said Hannah Loy.').statements
    assert not df["cue"].str.contains("| 'back'", regex=False).any()  # a learned guess may still use the word


def test_a_union_named_with_its_descriptor_is_the_union():
    df = run("The Unite union said it supported the plan.").statements
    assert list(df["actor"]) == ["Unite"]
    assert list(run("Teachers' union said it opposed the plan.").statements["actor"]) == ["Teachers' union"]
    df = run('"This version answers most of their concerns," said Maeve Dolan.').statements
    assert not (df["stance"] < 0).any()


def test_words_after_a_sentence_naming_their_speaker_on_a_day_take_that_day():
    text = ("A plan was announced this week.\n\nThe roadmap, presented in Brussels on Monday by Health Commissioner "
            "Ilse Vandermeer, would require new tests. \"We should use the science we have,\" Ms Vandermeer said.\n\n"
            "\"It is a good plan,\" said Tomas Varga.")
    df = run(text).statements.set_index("actor")
    assert str(df.loc["Ilse Vandermeer", "date"].date()) == "2025-06-23"
    assert df.loc["Tomas Varga", "date_basis"] == "publication"  # named on no day: the publication day


def test_her_spokesperson_speaks_for_her_on_the_day_they_spoke():
    text = ("Finance Minister Lindiwe Khumalo has not taken a position. Her spokesperson said on Tuesday that the "
            "minister would wait for an economic impact study.")
    df = run(text).statements
    assert list(df["actor"]) == ["Lindiwe Khumalo"] and df["stance"].iloc[0] == 0
    assert str(df["date"].iloc[0].date()) == "2025-06-24"


@pytest.mark.parametrize("text, actor, sign", [
    ("Chancellor Markus Steiner has so far kept his distance.", "Markus Steiner", 0),
    ("The area's MP, Daniel Okafor, has declined to back either side.", "Daniel Okafor", 0),
    ("Keidanren, the Japan Business Federation, first formally called for the plan.", "Keidanren", 1),
    ("The Commission for Regulation of Utilities said it opposed the plan.", "Commission for Regulation of Utilities", -1),
    ("Dana Whitfield of Eastbridge University said she opposed the plan.", "Dana Whitfield", -1),
])
def test_keeping_ones_distance_first_calls_and_bodies_named_with_of(text, actor, sign):
    only(text, actor, sign)


def test_an_abbreviation_the_article_spells_out_is_the_full_name_and_learned_guesses_lose_their_s():
    text = ("Sales fell, Reuters reported. The European Automobile Manufacturers' Association (ACEA), which "
            "represents carmakers, is worried. ACEA said the plan was unworkable.")
    df = run(text).statements
    assert list(df["actor"]) == ["European Automobile Manufacturers' Association"]


def test_a_relative_clauses_time_is_not_the_time_of_the_main_statement():
    """A journalist's walkthrough: the baker's change of mind was dated to the month of his earlier warning."""
    text = ("Tom Adebayo, the baker who last month warned the lane would ruin his trade, said he now supported the "
            "revised scheme.\n\nAna Ruiz, who in 2019 opposed the plan, said on Tuesday that she now backs it.")
    df = run(text).statements
    got = {(a, int(s), str(d.date())) for a, s, d in zip(df["actor"], df["stance"], df["date"])}
    assert ("Tom Adebayo", 1, "2025-06-25") in got
    assert {("Ana Ruiz", -1, "2019-01-01"), ("Ana Ruiz", 1, "2025-06-24")} <= got


def test_not_good_enough_to_convince_me_either_way_is_undecided():
    text = ('Councillor Gareth Pryce abstained. He said on Monday that the traffic figures were "better than I feared '
            'but not good enough to convince me either way", and that he was still undecided.')
    df = run(text).statements
    assert set(df["actor"]) == {"Gareth Pryce"} and set(df["stance"].astype(int)) == {0}


@pytest.mark.parametrize("topic, text, sign", [
    ("Ending fluoridation", 'Dr. Samira Qureshi said ending fluoridation would be "a serious mistake".', -1),
    ("Water fluoridation", 'Dr. Samira Qureshi said ending fluoridation would be "a serious mistake".', 1),
    ("Lifting the arms embargo", 'Samira Qureshi said lifting the embargo would be "premature and dangerous".', -1),
    ("Digital services tax", 'Samira Qureshi said the government was "not going to be intimidated" by foreign pressure.', 1),
])
def test_undoing_what_the_topic_itself_does_and_defiance(topic, text, sign):
    only(text, "Samira Qureshi", sign, topic=topic)


@pytest.mark.parametrize("topic, text, sign", [
    # the one who says the topic will go ahead backs it, whatever its terms sound like
    ("Digital services tax", "Aldovia will introduce a 3% tax on the revenues of large digital companies, "
                             "Finance Minister Sofia Brandt said on Thursday.", 1),
    ("Energy VAT cut extension", "The government will extend the reduced rate of value-added tax on electricity, "
                                 "Finance Minister Sofia Brandt confirmed.", 1),
    # … but not when what is brought in is a motion against it
    ("Night bus cuts", "Sofia Brandt said she would introduce a motion asking the operator to scrap the cuts.", -1),
    # the pressure to halt it is the critics' demand, not hers
    ("Live facial recognition", "Sofia Brandt said the force would expand its use of live facial recognition cameras, "
                                "despite mounting pressure from civil liberties groups to halt the programme.", 1),
    ("Bodycam activation", 'Sofia Brandt said she would co-sponsor it, calling the audit findings "impossible to ignore."', 1),
    ("Nitrogen limit cut", "Sofia Brandt called for it to be withdrawn.", -1),
    ("Nitrogen limit cut", "Sofia Brandt called for the cut to be scrapped.", -1),
    ("Delay to the bypass", "Sofia Brandt called for the bypass to be delayed.", 1),
    # wanting more of it, and urgency
    ("Bank windfall tax", "Sofia Brandt said the levy did not go far enough.", 1),
    ("Loot boxes as gambling", "Sofia Brandt said in a television interview on Sunday that lawmakers should not wait.", 1),
])
def test_announcing_it_calls_to_undo_it_and_wanting_more(topic, text, sign):
    only(text, "Sofia Brandt", sign, topic=topic)


def test_holding_out_despite_pressure_is_no_side():
    text = ("Education Secretary Joanne Pryce said on Monday that she would not decide whether schools should start "
            "later until a pilot had reported, despite mounting pressure from doctors and parents.")
    assert not (run(text, topic="Later school start times").statements["stance"].astype(int) > 0).any()


def test_weighing_in_and_a_softer_tone_are_the_speakers_own():
    text = ('Health Minister Ana Ruiz weighed in on Tuesday, saying that the government "fully supports" the '
            "committee's advice.\n\nBut on Monday its president, Eamon Kinsella, struck a softer tone, saying he had "
            "not yet decided whether to oppose the plan.")
    df = run(text).statements
    got = {(a, int(np.sign(s)), str(d.date())) for a, s, d in zip(df["actor"], df["stance"], df["date"])}
    assert got == {("Ana Ruiz", 1, "2025-06-24"), ("Eamon Kinsella", 0, "2025-06-23")}


def test_the_same_news_conference_goes_on_in_later_paragraphs():
    text = ('Finance Minister Petra Lindqvist said on Monday that the levy was "fair".\n\n'
            "The tax would apply a 25% rate above the 2018-2022 average.\n\n"
            '"Banks did nothing to earn this windfall," Lindqvist told a news conference. She said the Centre Party '
            "supported the plan.")
    df = run(text).statements
    centre = df[df["actor"] == "Centre Party"]
    assert len(centre) == 1 and str(centre["date"].iloc[0].date()) == "2025-06-23"


def test_a_quotations_mood_words_alone_are_no_side():
    """Session 12: quotations judged only by mood words were right 0.51 of the time on tuned articles and 0.13 on
    never-tuned ones ("This is a gift to shareholders", "I understand the frustration on both sides"); they are
    left to the learned model, which keeps a guess only when it is sure."""
    for quote in ("This is a gift to shareholders paid for by nurses and teachers",
                  "I understand the frustration on both sides"):
        df = run(f'"{quote}," Oskar Lind said on Tuesday.').statements
        assert not df["cue"].str.contains("sentiment").any(), df[["actor", "cue"]]
    df = run('"This is a disaster for shareholders," Oskar Lind said on Tuesday.').statements
    assert list(df["stance"].astype(int)) == [-2]  # a real cue still counts


def test_according_to_a_source_of_facts_is_no_guess():
    text = ("According to Statistics Norway, agriculture accounts for about 9 percent of the country's greenhouse gas "
            "emissions, most of it methane from cattle.")
    assert run(text, topic="Livestock carbon levy").statements.empty


def test_an_earlier_stance_with_no_date_is_left_undated_and_a_borrowed_date_says_so():
    """A policy analyst's walkthrough: "Tom Hadley, who once backed the measure" came out as support on the day
    of the article (confidence 0.90), and a date taken from the sentence before showed no words it came from."""
    text = ("The House of Lords voted on Tuesday to clear the ban on disposable vapes.\n\n"
            "The Vape Retailers Association said it remained firmly opposed to the ban.\n\n"
            "Tom Hadley, who once backed the measure, said on Wednesday that he now had doubts about enforcement.")
    df = run(text, topic="Disposable vape ban").statements.set_index(["actor", "stance"])
    once = df.loc[("Tom Hadley", 1)]
    assert pd.isna(once["date"]) and once["confidence"] <= 0.5 and "give it a date" in once["flags"]
    assert str(df.loc[("Tom Hadley", -1), "date"].date()) == "2025-06-25"  # the Wednesday of publication
    vra = df.loc[("Vape Retailers Association", -2)]
    assert vra["date_text"] == "on Tuesday" and "date from the words around it: 'on Tuesday'" in vra["flags"]
    # "once among the sceptics" is the appositive's past; the main clause is now
    now = run("The Netherlands, once among the sceptics, has come round to the idea.").statements
    assert now["date"].notna().all()


def test_declining_to_be_drawn_is_no_side_and_an_office_comes_before_the_name():
    text = ("Minister for Public Expenditure Ciarán Walsh declined to be drawn on Tuesday when asked whether he "
            'supported the figure, saying the detail was "a matter for the Minister for Justice."')
    df = run(text).statements
    assert df[["actor", "actor_role"]].values.tolist() == [["Ciarán Walsh", "Minister for Public Expenditure"]]
    assert df["stance"].tolist() == [0]
    # … but not on another matter
    assert run("She refused to be drawn on a separate row over the county's parking charges.").statements.empty


def test_a_sentence_naming_the_speaker_on_a_day_dates_their_later_words():
    text = ("BRUSSELS — Home Affairs Commissioner Elena Varga on Monday unveiled proposals for EU-wide data "
            "retention rules.\n\nThe plan would oblige operators to keep metadata for a year.\n\n"
            '"Criminals use phones," Varga told a press conference.\n\n'
            "France and Denmark have pushed hard for the rules, while Germany and Austria remain opposed, she said.")
    df = run(text).statements.set_index("actor")
    assert {a: str(df.loc[a, "date"].date()) for a in ("Germany", "Austria")} == {"Germany": "2025-06-23",
                                                                                 "Austria": "2025-06-23"}


def test_more_worried_about_something_else_is_no_stance():
    assert _ruled(run("Gareth Lloyd said he was more worried about the state of the roads in winter.").statements).empty
    only("Gareth Lloyd said he was worried about the plan.", "Gareth Lloyd", -1)


def test_the_quote_starts_after_the_day_and_an_office_is_no_name():
    df = run("Ana Duarte said on Monday the plan was a disaster.\n\n"
             "Ed Moss told reporters on Tuesday the scheme was a disaster.").statements
    assert df["quote"].tolist() == ["the plan was a disaster.", "the scheme was a disaster."]
    assert [str(d.date()) for d in df["date"]] == ["2025-06-23", "2025-06-24"]
    # "Minister for Foreign Affairs" is an office: its holder when the article named them, never "Affairs"
    df = run("Minister for Foreign Affairs Ana Duarte said on Monday the plan was sound.\n\n"
             "The Minister for Foreign Affairs said on Tuesday the plan was wrong.").statements
    assert set(df["actor"]) == {"Ana Duarte"}
    assert run("The Minister for Foreign Affairs said on Tuesday the plan was wrong.").statements.empty


def test_a_source_of_facts_gets_no_guessed_side():
    text = ("The finance ministry estimates the levy would raise an extra 4.8 million a year from about 2,000 "
            "second homes in the county.")
    assert run(text, topic="Second homes premium").statements.empty


def test_a_critic_reporting_the_plan_is_no_supporter_and_a_strong_worry_still_objects():
    """A review of session 12: the announcement rule read critics as backers, and "rather worried" as another
    matter."""
    only("Opposition leader Mary Quinn said the government will impose a fertiliser levy that will hurt farmers.",
         "Mary Quinn", -1, topic="Fertiliser levy")
    only('"I am rather worried about the carbon tax," said Tom Hadley.', "Tom Hadley", -1, topic="Carbon tax")


@pytest.mark.parametrize("topic, text, sign", [
    # a verdict on what the topic would abolish is a side on abolishing it
    ("Two-child benefit limit abolition", 'Helen Carrick told the BBC the limit was "morally indefensible".', 1),
    ("Two-child benefit limit abolition", "Helen Carrick said the limit was fair.", -1),
    ("Youth minimum wage rates abolition", "Helen Carrick said the sub-minimum rates should be removed.", 1),
    ("Two-child benefit limit abolition", "Helen Carrick said abolishing the limit was unaffordable.", -1),
    # "affordable" as a verdict, not as a kind of housing
    ("the plan", 'Helen Carrick said the plan was "simply not affordable".', -1),
    ("the plan", "Helen Carrick said the plan is affordable.", 1),
    # "against" as a preposition takes no side
    ("Police facial recognition ban", 'Helen Carrick said deepfakes had been used against candidates in Slovakia.', 0),
    ("Ottawa treaty withdrawal", "Helen Carrick said the ban left forces at a disadvantage against an adversary.", 0),
    # "no realistic choice" is no verdict that the plan is unrealistic
    ("Green belt housing", 'Helen Carrick told the council the authority had "no realistic choice".', 0),
])
def test_verdicts_on_what_the_topic_ends_affordable_and_prepositions(topic, text, sign):
    df = run(text, topic=topic).statements
    rule = df[~df["cue"].str.contains("learned:|sentiment:", regex=True)]
    if sign == 0:
        assert rule.empty, rule[["actor", "cue"]]
    else:
        only(text, "Helen Carrick", sign, topic=topic)


def test_told_someone_pronouns_and_an_office_with_an_unfamiliar_name():
    # the words told start after whom they were told to
    assert run("Anna Green told the BBC the limit was bad.").statements["quote"].tolist() == ["the limit was bad."]
    # "she" after "told Die Zeit" is the speaker, not the newspaper
    df = run("Ute Marquardt warned in 2021 that mandates would starve journals. Last month she told the newspaper "
             "Die Zeit that she was now undecided.", topic="Open access mandate").statements
    assert set(df["actor"]) == {"Ute Marquardt"}
    # "Dara" is in no list of first names, but "Social Protection" is a portfolio, so the name is the rest
    only("Minister for Social Protection Dara Mulrennan said the plan was unfair.", "Dara Mulrennan", -1)


def test_a_named_spokesperson_speaks_for_the_principal_and_a_past_year_does_not_carry_over():
    text = ("Gov. Dana Whitfield vetoed it last year.\n\n"
            "Her spokesman, Ethan Morales, said that the governor had not made a decision.")
    df = run(text, topic="the bill").statements
    got = {(a, int(np.sign(s)), str(d.date())) for a, s, d in zip(df["actor"], df["stance"], df["date"])}
    assert got == {("Dana Whitfield", -1, "2024-01-01"), ("Dana Whitfield", 0, "2025-06-25")}


def test_reactions_to_a_decision_that_drops_the_topic_take_the_other_side():
    lead = "The council cabinet voted on Wednesday to abandon its low traffic neighbourhood trial.\n\n"
    df = run(lead + "Carol Jennings welcomed the decision.\n\nBen Osei spoke against the motion at the meeting.",
             topic="Low traffic neighbourhood").statements.set_index("actor")
    assert int(df.loc["Carol Jennings", "stance"]) < 0 and int(df.loc["Ben Osei", "stance"]) > 0
    # a decision for the topic, or a past one further down, changes nothing
    df = run("The council voted on Tuesday to resume fluoridation.\n\nDana Whitmore welcomed the decision.",
             topic="water fluoridation").statements
    assert int(df.set_index("actor").loc["Dana Whitmore", "stance"]) > 0


def test_the_lead_dates_two_paragraphs_after_it_and_a_statement_in_a_statement_keeps_its_day():
    text = ("The transport committee voted 7-4 on Tuesday to send the congestion charge to consultation.\n\n"
            "The scheme would cover the inner ring road.\n\n"
            '"We cannot keep pretending the traffic will sort itself out," said Councillor Priya Mandal.\n\n'
            "The consultation opens in April.\n\n"
            '"It is a tax on people with no alternative," said Graham Tully.')
    got = {r.actor: str(r.date.date()) for r in run(text, topic="Congestion charge").statements.itertuples()}
    assert got["Priya Mandal"] == "2025-06-24" and got["Graham Tully"] == "2025-06-25"
    df = run("Flex, a trade association, urged the governor in a statement on Monday to veto the bill again.",
             topic="the bill").statements
    assert str(df["date"].iloc[0].date()) == "2025-06-23"


@pytest.mark.parametrize("topic, text, sign", [
    # what a measure is needed to stop is no objection to it
    ("Suspending Sanvera", "Amadou Sow argued that a swift suspension was necessary to deter further coups.", 1),
    ("Irrigation caps", "Ana Ruiz said the cuts were needed to halt the aquifer's decline.", 1),
    # refusing to abandon what the topic would leave is against leaving it
    ("Withdrawal from Ottawa landmine treaty",
     'Helena Vaher said Varnia "will not abandon a treaty that has saved tens of thousands of lives."', -1),
    # backing something else instead
    ("Permanent UN Security Council seats for Africa", "Marco Ferrante argued for longer-term elected seats instead.", -1),
    ("Permanent UN Security Council seats for Africa", "Marco Ferrante backed permanent seats for Africa instead.", 1),
])
def test_purposes_refusing_to_abandon_and_alternatives(topic, text, sign):
    df = run(text, topic=topic).statements
    assert len(df) == 1 and int(np.sign(df["stance"].iloc[0])) == sign, df[["actor", "cue"]]
    assert "learned:" not in df["cue"].iloc[0] and "sentiment:" not in df["cue"].iloc[0]


def test_restricting_a_right_the_backing_of_and_before_reaching_a_view():
    topic = "Compulsory strike arbitration"
    only("The DGB said that any attempt to restrict the right to strike would be challenged.", "DGB", -1, topic=topic)
    only('"Anyone who wants to take away our right to strike will have to deal with all of us," said Jürgen Haas.',
         "Jürgen Haas", -1, topic=topic)
    only("Ana Ruiz said people have a right to repair their phones.", "Ana Ruiz", 1, topic="Right to repair law")
    only("Stefan Kranz said he wanted to see the detail before reaching a view.", "Stefan Kranz", 0, topic=topic)
    df = run("The idea has the backing of the BDA employers' federation, which has long argued for stricter rules.",
             topic=topic).statements
    assert df["actor"].tolist() == ["BDA employers' federation"] and int(df["stance"].iloc[0]) > 0


@pytest.mark.parametrize("text, sign", [
    ('Helen Carrick said licensing would "add cost and red tape for responsible small businesses".', -1),
    ("Helen Carrick said the money would be better spent fixing potholes.", -1),
    ('Helen Carrick said: "Whether this is a good idea depends entirely on details we have not yet seen."', 0),
    ("Helen Carrick said she would need to see the designs before she could say whether she supported the plan.", 0),
])
def test_red_tape_money_better_spent_and_waiting_on_details(text, sign):
    only(text, "Helen Carrick", sign)


@pytest.mark.parametrize("topic, text, actor, sign", [
    ("Wealth tax", 'The Centre for Fiscal Justice, a think tank close to the unions, reached the opposite conclusion in a '
     'report published on Monday, arguing that the tax was "administrable, fair and overdue".', "Centre for Fiscal Justice", 1),
    ("Rent stabilization ordinance", 'The Millbrook Apartment Association, which represents about 600 landlords, made '
     'the same argument in a letter last week, calling the ordinance "a blunt instrument that will shrink the supply of '
     'housing."', "Millbrook Apartment Association", -1),
    ("the change", "Ireland is debating it. The Russian embassy in Dublin said the change was a provocation.", "Russia", -1),
    ("Deep-sea mining moratorium", "Brazil said it had joined the group of supporters.", "Brazil", 1),
])
def test_organisations_making_a_case_an_embassy_abroad_and_joining_supporters(topic, text, actor, sign):
    only(text, actor, sign, topic=topic)


def test_wrote_to_someone_to_say():
    only("The Wroclaw Teachers Union wrote to the national executive last week to say the merger was a mistake.",
         "Wroclaw Teachers Union", -1, topic="Union merger")
    only("Anna Berg took to social media on Monday to say the merger was overdue.", "Anna Berg", 1, topic="Union merger")


@pytest.mark.parametrize("topic, text, sign", [
    # the lead before an attribution, not the "that" of a participle after it
    ("Gas boiler ban in new homes", "The government will ban gas boilers in new homes from 2027, Energy Minister Clara "
     "Hoffmann said on Monday, confirming a policy that builders had lobbied to delay.", 1),
    # unveiling draft legislation, with no article before it
    ("Ticket resale price cap", "Culture Minister Clara Hoffmann on Tuesday unveiled draft legislation that would make "
     "it illegal to resell tickets above their price.", 1),
    # a waiver scraps what it waives
    ("Visa waiver for Indonesian tourists", "Australia should scrap visa requirements for Indonesian tourists, Foreign "
     "Minister Clara Hoffmann said on Tuesday.", 1),
])
def test_announcing_the_topics_own_act_unveiling_and_waivers(topic, text, sign):
    only(text, "Clara Hoffmann", sign, topic=topic)


def test_a_proposed_levy_is_no_proposer():
    df = run("Canada's proposed carbon levy on imported steel won backing from domestic producers on Tuesday.",
             topic="Carbon border levy").statements
    assert "Canada" not in set(df["actor"])


def test_idioms_that_take_no_side():
    for text in ('Derek Walsh said: "Two years ago we gave management the benefit of the doubt."',
                 'Derek Walsh said: "The mayor has every right to change his mind, and people have a right to be angry."'):
        df = _ruled(run(text).statements)  # the rules read no side in them (a learned guess is flagged apart)
        assert not df["cue"].str.contains("'benefit'|'doubt'|'right to'", regex=True).any(), df["cue"].tolist()
    only("Derek Walsh said the plan would benefit farmers.", "Derek Walsh", 1)


def test_a_journalists_walkthrough_articles():
    """A journalist's walkthrough (session 13) pasted three articles; these were wrong or missed."""
    # "is a vocal opponent"; "campaign … for a Yes"; the change of mind turns away from the 2019 stance
    text = ("The minister, Niamh Gallagher, said on Monday she would campaign \"in every school and every parish\" "
            "for a Yes.\n\nHis deputy, Deirdre Moran, is a vocal opponent.\n\nMore text.\n\nGallagher, who opposed a "
            "similar proposal when she was a backbencher in 2019, said she had changed her mind.")
    df = run(text, topic="Voting age 16").statements
    got = {(a, int(np.sign(s)), str(d.date())) for a, s, d in zip(df["actor"], df["stance"], df["date"])}
    assert ("Deirdre Moran", -1, "2025-06-25") in got and ("Niamh Gallagher", -1, "2019-01-01") in got
    assert all(s > 0 for a, s, d in got if a == "Niamh Gallagher" and d != "2019-01-01")
    # "called for a pause" of the plan in hand
    df = run("James Whitaker said in January that he supported the merger, but on Monday he called for a pause.",
             topic="Hospital merger").statements
    assert df.sort_values("date")["stance"].astype(int).tolist() == [1, -1]
    # the speaker's own "not against … but" stands beside a paragraph's lead
    df = run('Emergency services have raised concerns too. Fire Chief Daniel Okafor said last month that crews relied '
             'on the bridge. "I am not against the idea, but I need guarantees," he said.', topic="Bridge ban").statements
    assert 0 in df["stance"].astype(int).tolist()
    # "the Nursing and Midwifery Union", not "Midwifery Union"
    df = run("The nurses' union said on Thursday it would ballot members for strike action over the merger.\n\n"
             '"This merger is a cut," said Karen Mwangi, regional secretary of the Nursing and Midwifery Union.',
             topic="Hospital merger").statements
    assert "Nursing and Midwifery Union" in set(df["actor"])


@pytest.mark.parametrize("cue, words", [
    ("quote_before:said | 'against'-", "a quotation, then “said”; “against” (oppose)"),
    ("reported:backed | 'backed'+, 'impossible to ignore'+",
     "reported speech after “backed”; “backed” (support), “impossible to ignore” (support)"),
    ("reported:said | learned: 'topicword from', 'government will'+",
     "reported speech after “said”; no stance word: the side is guessed from the wording (“(topic) from”, "
     "“government will”), leaning to support"),
    ("reported:said | withholding: 'had not made up her mind'",
     "reported speech after “said”; withholds a position: “had not made up her mind”"),
    ("copula", "a description (“is …”)"),
    (None, ""),
])
def test_a_cue_in_plain_words(cue, words):
    from stancetrack.extract import explain_cue

    assert explain_cue(cue) == words


@pytest.mark.parametrize("topic, text, actor, sign", [
    # a review of session 13: no decision to drop the topic when it was not dropped
    ("Congestion charge", "The council decided on Tuesday not to scrap the congestion charge.\n\nAnn Lee welcomed the "
     "decision.", "Ann Lee", 1),
    ("Congestion charge", "The party agreed to drop its opposition to the congestion charge.\n\nAnn Lee welcomed the "
     "decision.", "Ann Lee", 1),
    ("Low traffic neighbourhood", "The council voted to scrap plans for a car park and instead expand the low traffic "
     "neighbourhood.\n\nAnn Lee welcomed the decision.", "Ann Lee", 1),
    # "a vocal critic" of someone else; "instead of"; a pronoun inside a fronted clause
    ("Plastic bag levy", "Mary Byrne, who is a vocal critic of the Taoiseach, said the plastic bag levy was needed.",
     "Mary Byrne", 1),
    ("Plastic bag levy", "Mary Byrne backed the levy instead of a ban.", "Mary Byrne", 1),
    ("Removal of the debt limit", "Ann Lee said the limit was arbitrary and removing it would help growth.", "Ann Lee", 1),
    ("Incinerator", "Ann Lee said action was needed to block the incinerator.", "Ann Lee", -1),
    ("Congestion charge", "The Chamber of Commerce welcomed the delay.", "Chamber of Commerce", 1),
])
def test_a_review_of_session_13s_rules(topic, text, actor, sign):
    df = run(text, topic=topic).statements
    mine = df[df["actor"] == actor]
    assert len(mine) == 1 and int(np.sign(mine["stance"].iloc[0])) == sign, df[["actor", "stance", "cue"]]


def test_a_review_of_session_13s_speakers():
    df = run("Mary Byrne backs the charge. After they met on Monday, Ann Kelly spoke to reporters. She said the charge "
             "was a disaster.", topic="Congestion charge").statements
    assert set(df["actor"]) == {"Mary Byrne", "Ann Kelly"} and (df["stance"].astype(int) > 0).sum() == 1
    assert _ruled(run("Ann Lee said the HSE will closely monitor the hospital closure.",
                      topic="Hospital closure").statements).empty  # no cue: at most the learned model's flagged guess
    assert run("Mayor Tom Hall met residents who had travelled to the city hall to say the charge was a disaster.",
               topic="Congestion charge").statements.empty
    only("Tom Hall went on to say the charge was a disaster.", "Tom Hall", -1, topic="Congestion charge")
    df = run("After talks with the Minister and Dublin City Council, the council said the charge was a disaster.",
             topic="Congestion charge").statements
    assert "Minister and Dublin City Council" not in set(df["actor"])


def test_a_stance_told_at_the_end_of_its_sentence_is_the_tellers_report_on_her_day():
    text = ("Commissioner Anna Berg said on Tuesday that the rules were needed. France has pushed hard for the rules, "
            "while Germany and Austria remain opposed, she said.")
    df = run(text, topic="EU data retention").statements.set_index("actor")
    for country in ("Germany", "Austria"):
        assert int(df.loc[country, "stance"]) == -1 and str(df.loc[country, "date"].date()) == "2025-06-24"
        assert df.loc[country, "reported_by"] == "Anna Berg"


@pytest.mark.parametrize("topic, text, actor, sign", [
    # session 14: presiding officers and referees who keep out of it
    ("Third term", '"My role is to guarantee a fair process, not to pick a side," said Tomas Ekwueme.', "Tomas Ekwueme", 0),
    ("Electoral reform", '"My job was to run a fair process, not to have an opinion on the outcome," said Eleanor Pryce.',
     "Eleanor Pryce", 0),
    ("Senate abolition", '"I will ensure the debate is fair. How deputies vote is their business, not mine," Beatriz '
     "Molina told reporters.", "Beatriz Molina", 0),
    ("Third term", "Joseph Adeyemi said the bill would be debated next week, but declined to say how he would vote.",
     "Joseph Adeyemi", 0),
    ("Third term", "Tomas Ekwueme said he had been careful not to endorse the proposal.", "Tomas Ekwueme", 0),
    ("Maternity downgrade", "The Royal Infirmary declined to comment on whether the change should go ahead.",
     "Royal Infirmary", 0),
    ("Abolishing prescription charges", 'Daniel Moss said the evidence on whether abolition pays for itself was '
     '"genuinely mixed".', "Daniel Moss", 0),
    ("Social media ban", 'Liam Fraser said the evidence was "mixed at best", and that the ban was a mistake.',
     "Liam Fraser", -1),
    # proposing, calling for the topic's own act, money better used elsewhere, a gimmick
    ("Compulsory voting", "Dario Castellan said he had asked the justice ministry to draft legislation under which "
     "voters who fail to cast a ballot face a small fine.", "Dario Castellan", 1),
    ("Abolishing prescription charges", "In 2019, the Royal Pharmaceutical Society called for the charge to be "
     "scrapped.", "Royal Pharmaceutical Society", 1),
    ("Universal free school meals", "Douglas Rennie said the money would be better targeted at the families most in "
     "need.", "Douglas Rennie", -1),
    ("Tuition fee rise", "Ruth Mensah said extra money would be better spent restoring maintenance grants.",
     "Ruth Mensah", -1),
    ("Later school start times", 'Opposition politicians were split. Natasha Lewis told reporters the plan was "a '
     'gimmick".', "Natasha Lewis", -1),
    ("Abolishing prescription charges", "The Welsh Government said free prescriptions had removed a barrier to care "
     "and that there were no plans to bring back charges.", "Welsh Government", None),
    ("Nurse staffing ratios", '"A rigid number risks becoming a target that distorts care," Sarah Lindqvist said.',
     "Sarah Lindqvist", -1),
    ("Abolishing prescription charges", "LONDON - The Prescription Charges Coalition delivered a petition with 212,000 "
     "signatures on Monday, calling on ministers to scrap prescription charges.", "Prescription Charges Coalition", 1),
])
def test_session_14_rules(topic, text, actor, sign):
    df = _ruled(run(text, topic=topic).statements)
    mine = df[df["actor"] == actor]
    if sign is None:  # "no plans to bring back charges" is no "back" of the charges
        got = run(text, topic=topic).statements
        assert len(got) and not got["cue"].str.contains(r"'not back'-|\| 'back'\+", regex=True).any(), got[["actor", "cue"]]
        return
    assert len(mine) == 1 and int(np.sign(mine["stance"].iloc[0])) == sign, df[["actor", "stance", "cue"]]


def test_session_14_names_and_dates():
    # a person after the office of a body: "Speaker of the National Assembly Joseph Adeyemi"; the pronoun is his
    df = run('Tomas Ekwueme spoke first. Speaker of the National Assembly Joseph Adeyemi said on Thursday the bill '
             'would be debated. "My role is to guarantee a fair process, not to pick a side," he said.',
             topic="Third term").statements
    assert set(df["actor"]) == {"Joseph Adeyemi"}
    for name in ("Lim Wei Jie", "Mary Ann Smith"):  # a middle first name is no place to cut
        assert set(run(f"{name} said she opposed the plan.").statements["actor"]) == {name}
    # "He made the remarks in a radio interview last week": when the words before were said
    df = run('The National Renewal party has come out against the plan. According to its leader, Stefan Orlandi, '
             'compulsory voting would "drag people to the polls". He made '
             "the remarks in a radio interview last week.", topic="Compulsory voting").statements
    row = _one(df, "Stefan Orlandi")
    assert row["date_text"].iloc[0] == "last week" and row["date_precision"].iloc[0] == "week"


def test_session_14_speakers_for_organisations_and_letters():
    # the party's leader tells its stance: his statement
    only("The Liberty Party, a junior partner in the coalition, will support the change, its leader Sam Ngata told "
         "reporters on Monday.", "Sam Ngata", 1, topic="Four-year terms")
    only("The Liberty Party will support the change, its leader, Sam Ngata, told reporters.", "Sam Ngata", 1,
         topic="Four-year terms")
    only("The Liberty Party will support the change, Sam Ngata told reporters.", "Liberty Party", 1,
         topic="Four-year terms")  # no "its": a stance he reports
    # a letter organised and signed, a comma-separated appositive of office
    df = run('Alberto Cruz, governor of the Northern Region, organised a joint letter signed by four of the seven '
             'regional governors last week, warning that abolition would "silence the periphery".',
             topic="Senate abolition").statements
    row = _one(df, "Alberto Cruz")
    assert int(row["stance"].iloc[0]) < 0 and row["date_text"].iloc[0] == "last week"
    # the Treasury and an organisation's branch are speakers; "a say" is no saying
    only("The National Treasury, which would collect the levy, has not yet taken a view on the proposal.",
         "National Treasury", 0, topic="Plastic levy")
    only("The Australian Medical Association's WA branch also backed the change.",
         "Australian Medical Association's WA branch", 1, topic="Age of criminal responsibility")
    only("Mayor Kevin Albright, who will have a say if the proposal reaches the City Council, has kept his distance.",
         "Kevin Albright", 0, topic="Elm Street tower")
    # "the 2035 date" names the target, not when the letter was sent
    df = run("France sent a letter to the Commission on Wednesday urging it not to reopen the 2035 date, arguing that "
             "carmakers needed regulatory certainty.", topic="Combustion engine ban").statements
    assert _one(df, "France")["date_text"].iloc[0] == "on Wednesday"


@pytest.mark.parametrize("topic, text, actor, sign", [
    # a denial in one sentence does not reach into the next: "We are not against solar. We are against …"
    ("Wexcombe solar farm", '"We are not against solar. We are against putting it on good farmland," said Jonathan '
     "Pell.", "Jonathan Pell", -1),
    ("Wexcombe solar farm", 'The Farmers\' Union said it was "neither for nor against" the Wexcombe scheme.', "Farmers' Union", 0),
    ("Port levy", '"Four pounds a year is a small price for an industry that will power millions of homes," said '
     "Fiona Caldwell.", "Fiona Caldwell", 1),
    ("Bridge toll", 'Aine Moloney said a toll was "a price worth paying".', "Aine Moloney", 1),
])
def test_session_14_sentences_and_prices(topic, text, actor, sign):
    df = _ruled(run(text, topic=topic).statements)
    mine = df[df["actor"] == actor]
    assert len(mine) == 1 and int(np.sign(mine["stance"].iloc[0])) == sign, df[["actor", "stance", "cue"]]


def test_two_states_named_together_are_two_actors():
    df = run("Simone Archer spoke first. She said the governments of New South Wales and Queensland had both already "
             "backed pharmacist prescribing.", topic="Pharmacist prescribing").statements
    assert {"New South Wales", "Queensland"} <= set(df["actor"]) and "New South Wales and Queensland" not in set(df["actor"])


def test_laws_and_roads_are_never_she():
    df = run("Carla Benedetti runs the utility. The fluoride feed at the Kessler Road plant is due for replacement, and "
             'she told the board that "the honest question is whether this is where our money should go." Under the '
             'Future Pensions Act, funds must move. She said the act was a disaster.', topic="Fluoridation").statements
    assert set(df["actor"]) <= {"Carla Benedetti"} and len(df), df[["actor", "cue"]]


@pytest.mark.parametrize("text, expected", [
    ('"It is a disaster," said the Chamber of Commerce.', {"Chamber of Commerce": -1}),
    ("The plan was welcomed by the Chamber of Commerce.", {"Chamber of Commerce": 1}),
    ("The plan has been criticised by the Green Party and the Teachers Union.", {"Green Party": -1, "Teachers Union": -1}),
    ("The bill is backed by the Liberal Party and opposed by the Green Party.", {"Liberal Party": 1, "Green Party": -1}),
    ("The plan was welcomed by Denmark, Sweden and the Nordic Council.", {"Denmark": 1, "Sweden": 1, "Nordic Council": 1}),
    ("The proposal drew criticism from the Farmers Union and the Green Party.", {"Farmers Union": -1, "Green Party": -1}),
    ("The proposal drew support from the Farmers Union.", {"Farmers Union": 1}),
    ("Supporters of the plan include the Chamber of Commerce and the Hospital Trust.",
     {"Chamber of Commerce": 1, "Hospital Trust": 1}),
    ("Opponents of the levy include the Farmers Union.", {"Farmers Union": -1}),
    ("The plan has faced fierce opposition from the Residents Association.", {"Residents Association": -1}),
])
def test_session_14_passives_and_lists_of_supporters(text, expected):
    assert_sides(text, expected, topic="The plan", ruled=False)


def test_an_adjective_after_the_is_no_name():
    df = run("Denmark said it would study the proposal before taking a position, according to the Danish fisheries "
             "ministry.").statements
    assert "Danish" not in set(df["actor"])


@pytest.mark.parametrize("text, actor, sign", [
    ('"This plan is a disaster," a spokesperson for the Residents Association said.', "Residents Association", -1),
    ('"This plan is a disaster," said a spokesperson for the Residents Association.', "Residents Association", -1),
    ('"This plan is a disaster," a spokesman for Ann Lee said on Monday.', "Ann Lee", -1),
    ("Ann Lee has thrown her weight behind the plan.", "Ann Lee", 1),
    ("Ann Lee threw her support behind the plan.", "Ann Lee", 1),
    ("The Teachers Union has vowed to fight the plan.", "Teachers Union", -1),
    ("Ann Lee voiced concerns about the plan.", "Ann Lee", -1),
    ("Ann Lee raised concerns about the cost of the plan but said she would back it.", "Ann Lee", 1),
])
def test_session_14_spokespeople_for_a_body_and_more_verbs(text, actor, sign):
    only(text, actor, sign)


@pytest.mark.parametrize("text, expected", [
    ("France and Germany oppose the plan.", {"France": -1, "Germany": -1}),
    ("The Farmers Union and the Green Party oppose the plan.", {"Farmers Union": -1, "Green Party": -1}),
    ("Residents and shopkeepers back the plan.", {}),  # nobody named
    ("Neither the Farmers Union nor the Green Party supports the plan.", {"Green Party": -1}),
    ('"It\'s a terrible idea," Ann Lee told reporters.', {"Ann Lee": -1}),
    ('"It\'s a great idea," Ann Lee told reporters.', {"Ann Lee": 1}),
    ('"A great deal depends on the details," Ann Lee said.', {"Ann Lee": 0}),  # no "great deal" support
    ('"The numbers don\'t add up," Ann Lee said.', {"Ann Lee": -1}),
])
def test_session_14_plural_subjects_and_plain_verdicts(text, expected):
    assert_sides(text, expected)


@pytest.mark.parametrize("text, sign", [
    ("Ann Lee signed the petition against the plan.", -1),
    ("Ann Lee signed an open letter supporting the plan.", 1),
    ("Ann Lee is leading the campaign against the plan.", -1),
    ("Ann Lee is a supporter of the plan.", 1),
    ("Ann Lee is an opponent.", -1),
])
def test_session_14_petitions_campaigns_and_plain_supporters(text, sign):
    only(text, "Ann Lee", sign)


def test_a_critic_of_someone_else_is_no_side():
    assert run("Ann Lee is a critic of the mayor.").statements.empty


@pytest.mark.parametrize("text, expected", [
    ('Tom Hall: "The plan is a disaster."', {"Tom Hall": -1}),
    ('Senator Ann Lee: "The plan is a disaster."', {"Ann Lee": -1}),
    ('The message was clear: "The plan is a disaster."', {}),
    ("The plan is a disaster, according to a statement from the Farmers Union.", {"Farmers Union": -1}),
    ("According to a letter from the Farmers Union, the plan is a disaster.", {"Farmers Union": -1}),
    ("The plan is a disaster, according to a report by the BBC.", {}),  # a source of facts, not a side
])
def test_session_14_a_name_and_a_colon_and_a_statement_from_a_body(text, expected):
    assert_sides(text, expected)


def test_a_persons_office_or_campaign_speaks_for_them():
    df = run("Health Minister Ana Ruiz presented the plan on Monday. Last year Ruiz's office said such a plan was a "
             "disaster.", topic="The plan").statements
    assert set(df["actor"]) == {"Ana Ruiz"} and sorted(df["stance"].astype(int)) == [-2, 1]
    only("Ann Lee's campaign said the plan was a disaster.", "Ann Lee", -1)


@pytest.mark.parametrize("text, sign", [
    ("Ann Lee said she supported the principle but had concerns about the cost.", 1),
    ('Ann Lee said she was "cautiously optimistic" about the plan.', 1),
    ('Ann Lee said she had "serious reservations" about the plan.', -1),
    ('Ann Lee backed the plan "with reservations".', 1),
    ('Ann Lee said there was "no case" for the plan.', -1),
    ('Ann Lee said there was "a strong case" for the plan.', 1),
    ('Ann Lee said the plan "goes too far".', -1),
])
def test_session_14_verdict_words(text, sign):
    only(text, "Ann Lee", sign)


def test_optimistic_assumptions_are_no_optimism():
    df = _ruled(run('Ann Lee said the business case relied on "optimistic assumptions" about ticket sales, and that '
                    "she opposed the plan.").statements)
    assert df["stance"].astype(int).tolist() == [-1] and "optimistic" not in df["cue"].iat[0]


@pytest.mark.parametrize("text, expected", [
    ('Ann Lee was blunt: "We oppose this plan."', {"Ann Lee": -1}),
    ('Ann Lee put it bluntly: "We oppose this plan."', {"Ann Lee": -1}),
    ('Ann Lee spoke first. Lee was blunt: "We oppose this plan."', {"Ann Lee": -1}),
    ('Brexit: "The plan is a disaster."', {}),
])
def test_session_14_a_speaker_a_manner_and_a_colon(text, expected):
    assert_sides(text, expected)


@pytest.mark.parametrize("topic, text, actor, sign", [
    ("Two-child benefit limit abolition", "The Scottish government has called for the limit to be abolished.",
     "Scottish government", 1),
    ("Scrapping the two-child benefit limit", "The Child Poverty Action Group said the limit should be abolished.",
     "Child Poverty Action Group", 1),
    ("Congestion charge", "Ann Lee said the charge should be abolished.", "Ann Lee", -1),
    ("Reinstating conscription", "The government will ask parliament to reinstate military service, abolished in "
     "2011, Defence Minister Ann Lee announced on Wednesday.", "Ann Lee", 1),  # a past abolition, no objection
    ("State pension age rise", "The TUC warned the rise would push workers into years of sickness benefit.", "TUC", -1),
    ("Pension transfer referendum", "The Pensioners' Federation warned that a vote would push back the transition by "
     "two years.", "Pensioners' Federation", -1),
    ("Cash bail", 'Some prosecutors are pushing back. "We all want a fairer system," said Mark Ellison.',
     "Mark Ellison", -1),
])
def test_session_14_abolition_benefits_and_pushing_back(topic, text, actor, sign):
    df = _ruled(run(text, topic=topic).statements)
    mine = df[df["actor"] == actor]
    assert len(mine) == 1 and int(np.sign(mine["stance"].iloc[0])) == sign, df[["actor", "stance", "cue"]]


def test_people_who_support_themselves_take_no_side():
    df = _ruled(run('"Families who support themselves through work make hard decisions. The limit is unfair," said '
                    "Oliver Pembridge.", topic="Two-child limit").statements)
    assert df["stance"].astype(int).tolist() == [-1] and "support" not in df["cue"].iat[0]


@pytest.mark.parametrize("text, sign", [
    # a teacher's walkthrough, her own articles
    ('"I was wrong to dismiss it. After seeing the results, I am in favour of a one-year pilot," said Ann Lee.', 1),
    ('"My objection was always about money, not about sleep. With the county paying, I can support the trial," said '
     "Ann Lee.", 1),  # a tie goes to the later sentence
    ('"I support the aim. I oppose this bill," said Ann Lee.', -1),
    ("Ann Lee said the county would neither endorse nor block the trial.", 0),
    ('"We were wrong to back it," said Ann Lee.', -1),
])
def test_session_14_admissions_ties_and_neither_nor(text, sign):
    only(text, "Ann Lee", sign)


@pytest.mark.parametrize("words, sign", [
    ('was "a non-starter"', -1), ('was "the way forward"', 1), ('"ticks all the boxes"', 1), ("would never work", -1),
])
def test_session_14_plain_verdict_idioms(words, sign):
    only(f"Ann Lee said the plan {words}.", "Ann Lee", sign)


@pytest.mark.parametrize("text", [
    'Ann Lee said the decision was "finely balanced".', 'Ann Lee said there were "arguments on both sides".',
    "Ann Lee refused to say how she would vote.", 'Ann Lee said she had "no strong view".',
    'Ann Lee said she had "an open mind".',
])
def test_session_14_more_ways_to_keep_out_of_it(text):
    only(text, "Ann Lee", 0)


def test_a_spokeswoman_after_a_companys_statement_speaks_for_it():
    """A teacher's walkthrough: the bus company's spokeswoman was proposed as a supporter of what it opposed."""
    df = run('The regional bus operator, Valley Transit, said on Wednesday that it opposed the proposal. "We cannot '
             'run the same buses twice in one morning without a large increase in funding," said a spokeswoman, '
             "Helen Cho.", topic="Later school start").statements.set_index("actor")
    assert df.loc["Valley Transit", "actor_type"] == "org" and int(df.loc["Valley Transit", "stance"]) == -1
    assert "Helen Cho" not in df.index  # she gives the company's statement: no second actor (session 24)


@pytest.mark.parametrize("text, expected", [
    # the final review of session 14's rules: each of these went wrong with them
    ('"We oppose this plan. Ministers insist it is necessary," Tom Hall said.', {"Tom Hall": -1}),
    ("Tom Hall backs the plan, which would abolish tolls.", {"Tom Hall": 1}),
    ("Tom Hall said he'd like to see the plan.", {"Tom Hall": 1}),
    ('"I was wrong to dismiss the plan," said Tom Hall.', {"Tom Hall": 1}),
    ('"It is wrong to oppose the plan," said Tom Hall.', {"Tom Hall": 1}),
    ("The plan was criticised by Tom Hall, Mayor of Springfield.", {"Tom Hall": -1}),
    ("The campaign against the plan, led by Tom Hall and backed by the Farmers Union, grew.", {}),
    ("The campaign against the plan has drawn support from the Farmers Union.", {}),
    ("The project received financial support from the European Union.", {}),
    ("The plan drew no criticism from the Farmers Union.", {}),
    ("Tom Hall said he backed the plan, despite some reservations.", {"Tom Hall": 1}),
    ("Ports in France and Germany support thousands of jobs.", {}),
    ('Our Verdict: "The plan is a disaster."', {}),
    ('Tom Hall Interview: "The plan is a disaster."', {}),
    ("Oluwaseun Adebayo James Okafor said he opposed the plan.", {"Oluwaseun Adebayo James Okafor": -1}),
])
def test_a_review_of_session_14s_rules(text, expected):
    assert_sides(text, expected)


@pytest.mark.parametrize("text, sign", [
    ("Ann Lee made it clear that she would vote against the plan.", -1),
    ("Ann Lee gave her backing to the plan.", 1), ("Ann Lee lent her support to the plan.", 1),
    ("Ann Lee poured cold water on the plan.", -1), ("Ann Lee has thrown cold water on the plan.", -1),
    ("Ann Lee distanced herself from the plan.", -1), ("Ann Lee took aim at the plan.", -1),
    ("Ann Lee hit out at the plan.", -1), ("Ann Lee stood by the plan.", 1),
    ("Ann Lee hit out at critics of the plan.", 1), ("Ann Lee attacked opponents of the plan.", 1),
])
def test_session_14_idiomatic_verbs_of_stance(text, sign):
    only(text, "Ann Lee", sign)


@pytest.mark.parametrize("text, actor, sign", [
    ("Downing Street said the plan was a mistake.", "United Kingdom", -1),
    ("The White House welcomed the plan.", "United States", 1),
    ("Berlin is sceptical.", "Germany", -1),
])
def test_session_14_seats_of_government_and_scepticism(text, actor, sign):
    only(text, actor, sign)


def test_academics_in_general_are_nobody_in_particular():
    assert run("Academics are also sceptical.").statements.empty


def test_attacking_someone_elses_critics_defends_nothing_here():
    only("Ann Lee attacked critics of the mayor.", "Ann Lee", -1)  # the verb's own side: the mayor is no plan
    only("Jo Kay attacked the plan's opponents, who she said were misinformed.", "Jo Kay", 1)


@pytest.mark.parametrize("text, actor, sign", [
    ("Italy's then government welcomed the plan.", "Italy", 1),
    ("The UNHCR's office in Brussels said it had serious concerns about the plan.", "UNHCR", -1),
    ("UNHCR's office for the Nordic and Baltic countries warned that the plan risked breaching the right to family life.",
     "UNHCR", -1),
    ("Victim Support Netherlands was sharply critical of the plan.", "Victim Support Netherlands", -1),
    ("The Liberal Party has yet to make up its mind on the plan.", "Liberal Party", 0),
    ("Police Chief Henk Dekker declined to take sides on the plan.", "Henk Dekker", 0),
    ("Prime Minister Elena Marsh gave the plan her backing.", "Elena Marsh", 1),
    ('"Drivers are being used as a cash cow by the plan," said Claire Dunmore.', "Claire Dunmore", -1),
    ("Hendrik Post said his group would now back the mayor's opposition to the plan.", "Hendrik Post", -1),
    ("Rosa Lindgren said her party was \"open to a discussion\" on the plan but would decide only after seeing the "
     "full budget figures.", "Rosa Lindgren", 0),
])
def test_session_15_wordings_of_stance(text, actor, sign):
    only(text, actor, sign)


def test_a_favour_is_no_side_and_similar_is_no_name():
    only('"We are not asking for a favour; we support the plan," said Margaret Ellwood.', "Margaret Ellwood", 1)
    assert "Similar" not in set(run("Similar calls for the plan have been rejected before, Ann Lee said.").statements["actor"])


def test_a_possessive_day_dates_a_statement_only_when_no_other_day_is_named():
    df = run("The ACLU of Ohio praised Tuesday's vote on the plan in a statement on Wednesday.", topic="the plan").statements
    assert list(df["date"]) == [pd.Timestamp("2025-06-25")]
    df = run("At Tuesday's meeting, Ann Lee said she backed the plan.").statements
    assert list(df["date"]) == [pd.Timestamp("2025-06-24")]


def test_a_month_in_the_occasion_dates_what_was_said_there():
    df = run('In its October outlook, the Fiscal Council said the plan was "a political choice" and declined to '
             "recommend either course.").statements
    assert df["date"].iloc[0] == pd.Timestamp("2024-10-01") and df["date_precision"].iloc[0] == "month"
    df = run("Ann Lee said the March vote on the plan was a mistake.").statements
    assert df["date"].iloc[0] == PUB
    df = run("Ann Lee said she backed the plan, which was first floated in the January budget.").statements
    assert df["date"].tolist() == [PUB]


def test_a_particle_back_after_an_object_is_no_support_and_an_open_question_no_side():
    only('"If their own country will not take them back, we need the plan, and I welcome it," said Annelies Peeters.',
         "Annelies Peeters", 1)  # not "will not back"
    only('"Let us back the plan," said Ann Lee.', "Ann Lee", 1)
    df = _ruled(run("Nicola Pierce declined to say how the increase in the plan would be funded.").statements)
    assert df.empty, df[["actor", "cue"]]


def test_a_body_the_article_never_names_is_left_out_with_a_message():
    """"the union said", and no union named anywhere: which one? (On the tuned articles one in seven of these was a
    statement a coder recorded.)  Named bodies and people stay."""
    res = run("The union said it would block the plan. Ann Lee said she backed the plan.")
    assert res.statements["actor"].tolist() == ["Ann Lee"]
    assert any("bodies called only by a common noun (union)" in m for m in res.messages), res.messages
    assert not any("no statements" in m for m in run("The union said it would block the plan.").messages)
    res = run("The Nurses' Union said it would block the plan. The union's leader, Jo Kay, said it was a mistake.")
    assert "Nurses' Union" in set(res.statements["actor"])


def test_an_occasion_takes_the_day_of_the_event_told_before_or_else_after_it():
    text = (" date 2025-06-12\n\nThe planning committee voted seven to four last night to send the plan to "
            "consultation.\n\nCouncillor Priya Venkatesh told the committee that she backed the plan.")
    df = extract_text(text, None, "the plan", actors=EMPTY, topics=NO_TOPICS).statements
    assert _one(df, "Priya Venkatesh")["date"].tolist() == [pd.Timestamp("2025-06-11")]
    text = (" date 2025-06-05\n\n\"The plan is a good idea,\" Councilman Dale Pruitt said during the meeting.\n\n"
            "The council voted 4-2 on Tuesday night to approve the plan.")
    df = extract_text(text, None, "the plan", actors=EMPTY, topics=NO_TOPICS).statements
    assert _one(df, "Dale Pruitt")["date"].tolist() == [pd.Timestamp("2025-06-03")]
    text = (" date 2026-02-12\n\nThe estate's future is back before the council.\n\nKevin Marsh has switched sides. "
            "In 2024, Marsh backed the plan during a council debate. He now opposes it, saying the council has failed "
            "residents.\n\nThe council voted on Monday to approve the plan.")
    df = extract_text(text, None, "the plan", actors=EMPTY, topics=NO_TOPICS).statements
    assert pd.Timestamp("2026-02-12") in set(_one(df, "Kevin Marsh")["date"])  # "now": the day of the news
    text = (" date 2025-06-12\n\nCouncillor Ann Lee told the meeting that she backed the plan.\n\n" + "Filler. " * 100 +
            "\n\nIn a separate matter, the county board voted on Tuesday to approve a budget.")
    df = extract_text(text, None, "the plan", actors=EMPTY, topics=NO_TOPICS).statements
    assert _one(df, "Ann Lee")["date"].tolist() == [pd.Timestamp("2025-06-12")]  # an event told far later: not hers


def test_they_said_points_back_to_the_day_of_the_attribution_before():
    text = ("Hungary and Slovakia are strongly in favour of the plan, two EU diplomats said on Monday. Denmark and Spain "
            "are against it, arguing that it would reward exporters, they said.")
    df = run(text).statements
    assert set(df["date"]) == {pd.Timestamp("2025-06-23")}, df[["actor", "date"]]
    text = ("Tom Hall has long backed the plan. The plan is a mistake, Ann Lee said on Monday. The plan would help "
            "families, he said.")  # "he" may be someone else: no day borrowed
    assert _one(run(text).statements, "Tom Hall")["date"].tolist() == [PUB]


@pytest.mark.parametrize("text, sign", [
    ('"It is not acceptable that the rich pay the least," Ann Lee said of the plan.', 1),  # the state of things
    ('"Six-month embargoes are no longer acceptable," Ann Lee said of the plan.', 1),
    ('"The plan is not acceptable to us," Ann Lee said.', -1),
    ('"The plan is no longer acceptable to us," Ann Lee said.', -1),
    ('"The plan is dangerous," Ann Lee said.', -1),
    ('"This plan is actually dangerous," Ann Lee said.', -1),
])
def test_what_is_no_longer_acceptable_is_the_state_of_things(text, sign):
    only(text, "Ann Lee", sign)


@pytest.mark.parametrize("text", [
    '"The plan finds dangerous people in minutes," Ann Lee said.',
    '"Sanctions relief is leverage under the plan," Ann Lee said.',
    '"The plan covers disaster-relief operations," Ann Lee said.',
])
def test_dangerous_people_and_sanctions_relief_are_no_verdicts(text):
    df = _ruled(run(text).statements)
    assert not df["cue"].str.contains("dangerous|relief|disaster").any(), df[["actor", "cue"]]


@pytest.mark.parametrize("seg, cues", [
    ("without bipartisan support, the plan is very hard to win", ()),
    ("we keep defending a position the evidence doesn't support", ()),
    ("the plan would cut teenagers off from friends and support networks", ()),
    ("we cannot support the plan", ((-1, 1, 0.51, "not support"),)),
    ("it is a plan the evidence doesn't support", ((-1, 1, 0.51, "not support"),)),  # a verdict on the plan
])
def test_support_as_a_noun_or_the_evidences_is_not_the_speakers(seg, cues):
    from stancetrack.extract import _cues_in
    assert _cues_in(seg, False) == cues


def test_not_in_a_position_to_support_it_yet_withholds():
    only('Washington said it is "not in a position" to support the plan yet.', "United States", 0)


@pytest.mark.parametrize("text", [
    '"The plan is a poorly targeted and expensive way to help people," said Ann Lee.',
    'Ann Lee described the plan as "a blunt instrument".',
    'Ann Lee called the plan "a sledgehammer to crack a nut".',
])
def test_session_15_verdicts_of_waste_and_force(text):
    only(text, "Ann Lee", -1)


def test_a_party_a_speaker_reports_is_proposed_too_attributed():
    df = run("Shadow Home Secretary Eleanor Pryce told MPs that the Conservatives would vote against the plan.").statements
    assert dict(zip(df["actor"], df["stance"].astype(int))) == {"Eleanor Pryce": -1, "Conservatives": -1}
    assert df.loc[df["actor"] == "Conservatives", "reported_by"].tolist() == ["Eleanor Pryce"]


class _SureModel:
    """Stands in for the learned model: always the same side, as sure as told."""

    def __init__(self, sign, p):
        self.sign, self.p = sign, p

    def predict(self, said, context, topic=None):
        return self.sign, self.p, ["gift"]


@pytest.mark.parametrize("p, expected", [(0.9, -1), (0.65, 1)])
def test_a_side_felt_from_the_words_yields_to_a_sure_learned_model(monkeypatch, p, expected):
    """Only to the other side: a model sure of "neutral" overrules nothing (test below)."""
    from stancetrack import extract as X
    monkeypatch.setattr(X.learned, "model", lambda: _SureModel(-1, p))
    df = run('The Traders\' Forum said the plan was "a gift to the illicit trade".').statements
    row = _one(df, "Traders' Forum").iloc[0]
    assert int(np.sign(row["stance"])) == expected
    assert ("overruled by the learned model" in str(row["flags"])) == (expected == -1)


def test_a_sure_neutral_reading_or_a_plain_verb_of_stance_is_not_overruled(monkeypatch):
    from stancetrack import extract as X
    monkeypatch.setattr(X.learned, "model", lambda: _SureModel(0, 0.95))
    only('The Traders\' Forum said the plan was "a gift to the illicit trade".', "Traders' Forum", 1)
    monkeypatch.setattr(X.learned, "model", lambda: _SureModel(1, 0.95))
    only('"We will not support the plan," said Deborah Lyle.', "Deborah Lyle", -1)


@pytest.mark.parametrize("p, expected", [(0.9, 1), (0.75, -1)])
def test_a_quotations_one_middling_stance_word_yields_to_a_very_sure_learned_model(monkeypatch, p, expected):
    from stancetrack import extract as X
    monkeypatch.setattr(X.learned, "model", lambda: _SureModel(1, p))
    row = _one(run('"It is about sharing the burden of the plan fairly," said Deborah Lyle.').statements,
               "Deborah Lyle").iloc[0]
    assert int(np.sign(row["stance"])) == expected
    assert ("one stance word ('burden'-) overruled by the learned model" in str(row["flags"])) == (expected == 1)


@pytest.mark.parametrize("text, sign", [
    ('"I want to see proper costings before I vote for or against anything," said Sophie Marsh.', 0),
    ('"It is not the role of the president of a state foundation to campaign for or against the plan," said '
     'Carlos Antunes.', 0),
    ('Andrea Salcedo said it was "not the role of the police to choose where the festival is held."', 0),
    ("Tiago Fonseca said he could not decide whether the plan would help him.", 0),
    ('"My job is to manage whatever budget we are given as well as possible," said Carlos Antunes.', 0),
    ('"I can\'t in good conscience vote for something that might close the diner on my corner," said Dale '
     'Petrakis.', -1),
])
def test_session_16_withholding_and_conscience(text, sign):
    actor = text.split(" said")[0] if not text.startswith('"') else text.rsplit("said ", 1)[1].rstrip(".")
    only(text, actor, sign)


def test_cutting_red_tape_is_no_complaint_about_it():
    df = run("Mark Delorme said the plan would cut red tape and speed up decisions.").statements
    assert not df["cue"].str.contains("red tape").any()
    only("Mark Delorme said the plan would add needless red tape.", "Mark Delorme", -1)


def test_a_programme_host_noting_what_others_did_is_not_their_stance():
    df = run("Host Lorna Cabrera noted that the Manila Labour Alliance had backed the plan.").statements
    assert "Lorna Cabrera" not in set(df["actor"]) and "Host Lorna Cabrera" not in set(df["actor"])


@pytest.mark.parametrize("head, day", [  # published on a Friday
    ("PROGRAMME SUMMARY: The Sports Hour, Nairobi City FM, Thursday", "2025-06-26"),
    ("Thursday's edition of The Sports Hour was given over to the plan.", "2025-06-26"),
    ('PROGRAMME SUMMARY: "The Morning Debate", broadcast Tuesday.', "2025-06-24"),
    ("PROGRAMME SUMMARY: The Wednesday Briefing, Liffey Radio", "2025-06-27"),  # a name, not a day
    ("Campaign finance reports filed Tuesday show the two sides level.", "2025-06-27"),  # no broadcast
])
def test_a_programme_summary_dates_undated_words_on_the_day_it_went_out(head, day):
    text = f"{head}\n\nBrian Mwangi, chairman of Rift Valley United, argued against the plan."
    df = run(text, published=pd.Timestamp("2025-06-27")).statements
    assert df.loc[df["actor"] == "Brian Mwangi", "date"].dt.strftime("%Y-%m-%d").tolist() == [day]


class _FigureModel:
    """Stands in for the learned model: sure of support, 65%."""

    def predict(self, said, context, topic=None):
        return 1, 0.65, ["gift"]


def test_a_learned_guess_on_figures_alone_needs_more_certainty(monkeypatch):
    from stancetrack import extract as X
    monkeypatch.setattr(X.learned, "model", lambda: _FigureModel())
    said = "Jeroen Bakker said the institutes used about a fifth of the animals in the study."
    assert run(said).statements.empty
    df = run("Jeroen Bakker said the institutes had read the plan and talked to their staff about it.").statements
    assert df["cue"].str.contains("learned:").all() and df["actor"].tolist() == ["Jeroen Bakker"]  # no figures: kept


@pytest.mark.parametrize("text, actor, sign", [
    ("Rui Falcão told the paper the commission's concerns about the plan had been addressed in the revised text.",
     "Rui Falcão", None),
    ('Grace Njeri described herself as "genuinely torn" on the plan.', "Grace Njeri", 0),
    ('"I am not going to tell your listeners to support or oppose the plan until the cost is known," said Grace '
     'Njeri.', "Grace Njeri", 0),
    ('"Whether I back it depends on the cost," said Mere Hohaia.', "Mere Hohaia", 0),
    ("Alan Whitford says he will vote for the bond.", "Alan Whitford", 1),
])
def test_session_16_concerns_met_torn_and_votes(text, actor, sign):
    df = run(text, topic="the bond" if "bond" in text else "the plan").statements
    if sign is None:
        assert not (df["stance"] < 0).any(), df[["actor", "cue"]]
    else:
        only(text, actor, sign, topic="the bond" if "bond" in text else "the plan")


def test_whether_opens_no_name():
    assert "Whether I" not in set(run('"Whether I back it depends on the cost," said Mere Hohaia.').statements["actor"])


def test_a_turn_to_now_ends_the_earlier_date_of_the_same_speaker():
    """"In 2024 he told … Now he says … '…,' Menon told": the last words are today's, the first 2024's."""
    text = ('Vivek Menon has travelled in the opposite direction. In 2024 he told an investor conference that he would '
            '"welcome" the plan. Now he says the rate is too high. "I was for a levy. I am against this levy," Menon '
            'told Platform Work Review.')
    df = run(text).statements
    got = {(int(s), d.strftime("%Y-%m-%d")) for s, d in zip(df["stance"], df["date"])}
    assert got == {(1, "2024-01-01"), (-1, PUB.strftime("%Y-%m-%d"))}


def test_the_agency_in_a_dateline_is_nobody_a_pronoun_points_to():
    text = ("ACCRA, Oct 28 (Meridian Wire) — Ghana's unions are lining up against the plan.\n\n"
            "Finance Minister Kwabena Asante-Mensah told parliament on Friday that the plan was needed to ease "
            "pressure on the pension fund.\n\nIn 2023, while in opposition, he criticised a similar proposal.")
    df = run(text).statements
    assert set(df["actor"]) == {"Kwabena Asante-Mensah"}


def test_for_it_or_against_it_withholds_and_a_good_day_is_no_verdict():
    only('"Honestly, I don\'t know yet if I\'m for it or against it," said Tiago Fonseca.', "Tiago Fonseca", 0)
    assert run("Manjunath S said he completes 20 to 25 orders on a good day under the plan.").statements.empty


def test_he_now_gives_it_a_welcome_ends_the_earlier_year():
    text = ('In 2024, Rodrigo Anaya, president of the restaurant chamber, warned that the plan would "close '
            'restaurants across the country". He now gives the plan a cautious welcome. "If it is gradual and '
            'predictable, the industry can adapt," Anaya said.')
    df = run(text).statements
    got = {(int(s), d.strftime("%Y-%m-%d")) for s, d in zip(df["stance"], df["date"])}
    assert got == {(-1, "2024-01-01"), (1, PUB.strftime("%Y-%m-%d"))}


def test_a_nested_report_keeps_the_time_of_the_stance_it_reports():
    text = ("Brian Mwangi told the programme that the Kenya Premier League Clubs Association had written to the "
            "Senate sports committee in August to oppose the plan.")
    df = run(text).statements
    row = df[df["actor"] == "Kenya Premier League Clubs Association"].iloc[0]
    assert row["date"].strftime("%Y-%m") == "2024-08" and row["reported_by"] == "Brian Mwangi"


def test_now_on_a_programme_is_the_programme_day():
    text = ("PROGRAMME SUMMARY: The Sports Hour, Nairobi City FM, Thursday\n\n"
            "Former captain Victor Kiprono said he now supported the plan, a reversal he acknowledged on air.")
    df = run(text).statements
    assert df.loc[df["actor"] == "Victor Kiprono", "date"].dt.strftime("%Y-%m-%d").tolist() == ["2025-06-19"]


def test_i_was_wrong_after_a_stance_marked_as_now_confirms_it():
    """The admission is of the old view: "he now supported the plan … 'I was wrong'" is still support, and the
    words of two years ago are the opposite."""
    text = ("Former captain Victor Kiprono said he now supported the plan, a reversal he acknowledged on air. Two "
            "years ago Kiprono said the plan would \"kill Kenyan football.\" On Thursday he said he had changed his "
            "mind after seeing young players lose money. \"I said what I said back then. I was wrong,\" he told "
            "the host.")
    df = run(text).statements
    assert {(int(s), d.year) for s, d in zip(df["stance"], df["date"])} == {(1, 2025), (-1, 2023)}


def test_a_relative_clause_keeps_its_time_to_itself():
    df = run("Ann Lee, who voted for it in 2022, said she now opposes the plan.").statements
    got = {(int(s), d.strftime("%Y-%m-%d")) for s, d in zip(df["stance"], df["date"])}
    assert got == {(1, "2022-01-01"), (-1, PUB.strftime("%Y-%m-%d"))}


def test_the_subject_before_a_relative_clause_speaks_not_the_body_at_its_end():
    text = ("Opposition councillor Samuel Achterberg, who two years ago called for an urgent revaluation in a motion to "
            "the council, said on Tuesday that he would now vote against the plan.")
    df = run(text).statements
    assert set(df["actor"]) == {"Samuel Achterberg"}
    assert (df["date"].dt.strftime("%Y-%m-%d") == "2025-06-24").any()


def test_words_of_a_name_carry_no_feeling():
    df = _ruled(run("Johann Gruber said the question should be left to the European Food Safety Authority.").statements)
    assert not df["cue"].str.contains("safety").any()  # (the learned part's words are its own: tests/test_learned.py)


@pytest.mark.parametrize("text, actor, sign", [
    ("The Tekapo Business Association came out firmly in favour last week.", "Tekapo Business Association", 1),
    ("The Toronto Region Employers' Council came out swinging against the plan on Monday.",
     "Toronto Region Employers' Council", -1),
    ("The Cartagena Hotel Association gave the plan a cautious welcome at the weekend.", "Cartagena Hotel Association", 1),
    ("Mark Delorme gave the proposal a cautious welcome.", "Mark Delorme", 1),
    ("The Bergen Chamber of Commerce gave the plan a frosty reception.", "Bergen Chamber of Commerce", -1),
])
def test_session_16_idioms_of_coming_out_and_welcome(text, actor, sign):
    only(text, actor, sign)


def test_the_body_named_before_is_the_one_its_common_noun_means():
    text = ("The petition was organised by the Karnataka Scientists' Collective. The collective said it opposed the "
            "plan.")
    df = run(text).statements
    assert df["actor"].tolist() == ["Karnataka Scientists' Collective"]
    assert run("Unite organised the strike. The union said it opposed the plan.").statements.empty  # no "… Union"


@pytest.mark.parametrize("verb, sign", [("lined up behind", 1), ("balked at", -1), ("has dug in against", -1),
                                        ("panned", -1), ("embraced", 1)])
def test_session_16_more_verbs_of_stance(verb, sign):
    only(f"The Harwick Police Federation {verb} the plan.", "Harwick Police Federation", sign)


def test_had_been_a_supporter_is_a_stance_of_that_time():
    df = run("Graham Fowler said he had been an enthusiastic supporter of the plan when it was first floated two years "
             "ago.").statements
    assert [(int(s), d.year) for s, d in zip(df["stance"], df["date"])] == [(1, 2023)]


@pytest.mark.parametrize("text, actor", [
    ("SafeOnline Aotearoa has so far declined to pick a side.", "SafeOnline Aotearoa"),
    ("The Bavarian University Rectors' Conference has not yet adopted a position, a spokesman said.",
     "Bavarian University Rectors' Conference"),
])
def test_session_16_declining_a_side(text, actor):
    only(text, actor, 0)


def test_however_ends_the_earlier_year_and_a_past_warning_stands_beside_a_clear_stance_now():
    text = ("In 2024, Javier Olmedo, one of the party's most senior MPs, tabled a motion calling for the plan. "
            "Speaking to reporters, however, he said he would vote against the plan.")
    df = run(text).statements
    assert {(int(s), d.strftime("%Y-%m-%d")) for s, d in zip(df["stance"], df["date"])} == \
        {(1, "2024-01-01"), (-1, PUB.strftime("%Y-%m-%d"))}


def test_a_death_sentence_is_a_verdict_against():
    only('Erik de Groot said in 2023 that the plan would be "a death sentence for patients."', "Erik de Groot", -1)


def test_sponsoring_a_bill_backs_it():
    only("Sen. Ruth Kellerman, a Republican from Twin Falls, co-sponsored the plan in 2019.", "Ruth Kellerman", 1)


def test_going_further_with_a_strike_threat():
    text = ("A broader Coalition of Public Sector Unions went further at the weekend, warning that they would call a "
            "nationwide strike if the plan was included in the budget.")
    only(text, "Coalition of Public Sector Unions", -1)


def test_a_sum_of_money_is_no_speaker():
    df = run("Under the plan, a EUR 90 million fund would support animal-free methods, Ruben de Waal said.").statements
    assert not df["actor"].str.startswith("EUR").any()


def test_a_date_after_on_ends_a_name():
    only("The University Senate on Tuesday said it opposed the plan.", "University Senate", -1)


def test_in_a_tie_the_later_sentence_that_persuaded_me_decides():
    only('"I was sceptical. The numbers have persuaded me," said Krystyna Baran.', "Krystyna Baran", 1)


def test_left_to_fight_this_alone_is_no_fight_against_the_plan_and_cannot_tell_you_withholds(monkeypatch):
    from stancetrack import extract as X
    monkeypatch.setattr(X.learned, "model", lambda: None)  # the rules alone: no second reading to hide their cue
    df = run('"Parents have been left to fight this on their own for too long," said Aroha Tipene.').statements
    assert not df["cue"].str.contains("fight").any()
    only('"We will fight this plan," said Aroha Tipene.', "Aroha Tipene", -1)
    only('"If the plan goes ahead, I want it to succeed. But I cannot tell you today that it should," said Jan '
         'Kaczmarek.', "Jan Kaczmarek", 0)


def test_she_got_it_wrong_is_a_change_of_mind():
    text = ("Two years ago, Lena Okafor-Brandt wrote a column arguing that the plan would punish young researchers. "
            "She now says she got it wrong.")
    df = run(text).statements
    assert not ((df["stance"] < 0) & (df["date"].dt.year == 2025)).any(), df[["stance", "date", "cue"]]
    assert ((df["stance"] > 0) & (df["date"].dt.year == 2025)).any()  # her admission: for it now


def test_a_quotation_carried_on_after_a_turn_to_now_is_not_dated_in_the_earlier_year():
    text = ('In 2024 Vivek Menon told an investor conference that he would "welcome" the plan. Now he says the rate '
            'is too high. "I was for a levy. I am against this levy," Menon told Platform Work Review. "At 1.5% on '
            'gross order value, it wipes out most of our margin and I oppose it."')
    df = run(text).statements
    assert not ((df["stance"] < 0) & (df["date"].dt.year == 2024)).any()
    assert ((df["stance"] < 0) & (df["date"] == PUB)).any() and ((df["stance"] > 0) & (df["date"].dt.year == 2024)).any()


def test_a_report_calling_for_it_speaks_for_its_author():
    only("The Centre for Fair Taxation on Monday published a report calling for the plan to start next year.",
         "Centre for Fair Taxation", 1)


@pytest.mark.parametrize("text, actor, sign", [
    ('"These plans are actually dangerous for cyclists," said Ann Lee.', "Ann Lee", -1),
    ("Anchor Housing said the plan would hurt tenants.", "Anchor Housing", -1),
])
def test_review_mends_of_session_16(text, actor, sign):
    only(text, actor, sign)


@pytest.mark.parametrize("text", [
    '"I am no supporter of this plan," said Ann Lee.',
    '"She is a fierce critic of the mayor," Ann Lee said of the plan\'s sponsor.',
    '"This is the least expensive way to cut emissions," Ann Lee said of the plan.',
    "Ann Lee said the plan would cut through red tape.",
])
def test_review_mends_no_rule_cue(monkeypatch, text):
    from stancetrack import extract as X
    monkeypatch.setattr(X.learned, "model", lambda: None)
    assert run(text).statements.empty


def test_they_got_it_wrong_is_criticism_not_a_change_of_mind():
    df = run('Ann Lee opposed the plan in 2023. "They got it wrong," she said of ministers who approved it.').statements
    assert not (df["stance"] > 0).any()


def test_a_vote_to_come_does_not_date_a_nested_report_in_the_past():
    df = run("Ann Lee said the Conservatives would vote against the plan in September.").statements
    assert (df.loc[df["actor"] == "Conservatives", "date"] == PUB).all()


def test_always_a_supporter_takes_no_date_from_a_later_clause():
    df = run("Ann Lee said she had always been a supporter of the plan, which was first proposed in 2019.").statements
    assert (df["date"] == PUB).all() and len(df) == 1


def test_a_sentence_about_the_vote_now_is_no_turn_of_the_speaker():
    text = ("Ann Lee told the council on Monday that she backed the plan. The vote is now due in July. Lee added that "
            "the rent cap in the plan was a mistake.")
    df = run(text).statements
    assert set(df["date"].dt.strftime("%Y-%m-%d")) == {"2025-06-23"}


def test_a_leading_year_is_no_appositive_of_a_titled_name():
    df = run("In 2021, state Rep. Howard Benally, a Republican from Farmington, voted for an earlier version of the "
             "plan that died in the Senate.").statements
    assert list(df["actor"]) == ["Howard Benally"] and df["actor_role"].iloc[0] != "In 2021"
    assert df["date"].iloc[0] == pd.Timestamp("2021-01-01") and df["stance"].iloc[0] > 0


def test_a_proposer_of_a_nearly_identical_bill_backed_it_then():
    text = ("The sharpest exchange came from Rep. Dana Kowalczyk, who co-sponsored a nearly identical raw milk bill in "
            "2022. She told the committee on Tuesday she could no longer support the idea.")
    df = run(text, topic="raw milk sales").statements.sort_values("date")
    assert list(zip(df["actor"], df["stance"].gt(0), df["date"].dt.strftime("%Y-%m-%d"))) == [
        ("Dana Kowalczyk", True, "2022-01-01"), ("Dana Kowalczyk", False, "2025-06-24")]
    # a word such as "after" ends the object: "introduced national planning levels after legislation …" is no bill
    assert run("Ann Lee introduced national planning levels after legislation on the plan stalled.").statements.empty


def test_the_other_side_in_a_later_sentence_is_not_of_the_year_before():
    df = run("Dana Kowalczyk co-sponsored the plan in 2022. She told the committee she opposed the idea.").statements
    got = dict(zip(df["stance"].gt(0), df["date"].dt.strftime("%Y-%m-%d")))
    assert got == {True: "2022-01-01", False: PUB.strftime("%Y-%m-%d")}
    # the same side goes on in the year it was given
    df = run("Dana Kowalczyk opposed the plan in 2022. She told the committee it was a mistake.").statements
    assert set(df["date"].dt.year) == {2022}


@pytest.mark.parametrize("text, sign, year", [
    ("The Faculty of Advocates reiterated its opposition in evidence to the committee.", -1, 2025),
    ("Ann Lee repeated her opposition on Monday.", -1, 2025),
    ("In 2023 Ann Lee called publicly for the plan.", 1, 2023),
    ("In 2023, Cusco governor Ann Lee led protests against an earlier attempt to pass the plan.", -1, 2023),
])
def test_reiterated_opposition_called_publicly_led_protests(monkeypatch, text, sign, year):
    from stancetrack import extract as X
    monkeypatch.setattr(X.learned, "model", lambda: None)  # the rule alone
    df = run(text).statements
    assert len(df) == 1 and np.sign(int(df["stance"].iloc[0])) == sign and df["date"].iloc[0].year == year


def test_the_short_name_of_an_organisation_is_that_organisation():
    text = ("The Faculty of Advocates said on Monday that the plan was a mistake.\n\n"
            "The Faculty first set out its objections in 2021, when the idea was first floated.")
    df = run(text).statements
    assert set(df["actor"]) == {"Faculty of Advocates"} and set(df["date"].dt.year) == {2021, 2025}


def test_a_stance_of_years_ago_does_not_overrule_a_guess_of_now():
    text = ('In 2023, Ann Lee called publicly for a cap on prices. Earlier this month, she said that the current plan '
            'was "a populist price freeze that will scare off every investor we need".')
    df = run(text).statements
    assert {(d.year, s > 0) for d, s in zip(df["date"], df["stance"])} == {(2023, True), (2025, False)}


def test_an_adjective_spokesperson_speaks_for_the_body_it_names():
    text = ("The Kyoto Prefectural Government has declined to pick a side. A prefectural spokesperson said on Monday "
            'that it had "no position" on the plan.')
    df = run(text).statements
    assert list(zip(df["actor"], df["stance"], df["date"])) == [("Kyoto Prefectural Government", 0, pd.Timestamp("2025-06-23"))]
    res = run("A municipal spokesperson said the plan was wrong.")  # no municipal body named: nobody to credit
    assert res.statements.empty and any("municipal" in m for m in res.messages)


@pytest.mark.parametrize("text, actor, sign", [
    ('Poland backed the plan "without hesitation" because its farms would never reach the cap and would benefit from '
     "the redistribution, a delegate said.", "Poland", 1),  # the "never" does not reach across "and would"
    ("Tom Dent said the plan would put a lid on Norway's most successful export industry.", "Tom Dent", -1),
    ("Tom Dent said the plan would finally put a lid on soaring rents, which tenants needed.", "Tom Dent", 1),
    ('A statement issued by the Rice Growers Cooperative, based in Tamale, which called the plan "the protection we '
     'have been asking for", was read out.', "Rice Growers Cooperative", 1),
])
def test_negation_scope_a_lid_on_industry_and_based_in(monkeypatch, text, actor, sign):
    from stancetrack import extract as X
    monkeypatch.setattr(X.learned, "model", lambda: None)
    only(text, actor, sign)


def test_bought_back_is_no_backing(monkeypatch):
    from stancetrack import extract as X
    monkeypatch.setattr(X.learned, "model", lambda: None)
    assert run("Ann Lee said every licence bought back under the plan was one fewer boat.").statements.empty


@pytest.mark.parametrize("text, actor", [
    ("The Kenya Sugarcane Growers Association has stayed on the fence.", "Kenya Sugarcane Growers Association"),
    ("The Netherlands is keeping its options open.", "Netherlands"),
    ("The Norwegian Food Safety Authority declined to take a position.", "Norwegian Food Safety Authority"),
    ("The regulator, Ofgem, has been careful to stay out of it.", "Ofgem"),
    ("The Administrative Office of the Courts, which would have to put any change into practice, is staying neutral.",
     "Administrative Office of the Courts"),
    ("Mayor Ellen Price has so far stayed out of the fight.", "Ellen Price"),
])
def test_taking_no_side_in_a_reporters_words(monkeypatch, text, actor):
    from stancetrack import extract as X
    monkeypatch.setattr(X.learned, "model", lambda: None)
    df = run(text).statements
    assert list(zip(df["actor"], df["stance"])) == [(actor, 0)]


def test_words_said_at_the_launch_are_of_the_launch_day_not_the_story_day():
    text = ("MADRID - A plan to overhaul water bills drew fire from consumer groups on Monday.\n\n"
            "The plan, unveiled by the regional government on June 10, would add a summer surcharge.\n\n"
            '"Water used to fill private pools should not cost the same as water used to cook. The surcharge is long '
            'overdue," councillor Paloma Iturbe told reporters at the launch.')  # (a cue word: the date is tested here,
    # not the learned part's guess, which the session-38 refit no longer makes on the first sentence alone)
    df = run(text).statements
    assert list(df.loc[df["actor"] == "Paloma Iturbe", "date"]) == [pd.Timestamp("2025-06-10")]


def test_according_to_skips_the_speakers_description(monkeypatch):
    from stancetrack import extract as X
    monkeypatch.setattr(X.learned, "model", lambda: None)
    text = ("According to Maria Lindqvist, a water specialist at the World Bank who has worked with the utility, "
            "tariffs recover only a third of its costs.")
    assert run(text).statements.empty  # "who has worked with" is her description, not what she said
    df = run("According to Ortega, the Labor Council, the Democratic Party and the League have all endorsed it.").statements
    assert "Labor Council" in set(df["actor"])  # a name after the comma is what was said


def test_a_description_after_a_named_subject_is_that_person():
    text = ("Erik de Groot has lived through the dilemma. The chief information security officer of a large Utrecht "
            'hospital said in 2023 that a payment ban would be "a death sentence for patients." He now takes the '
            "opposite view.")
    df = run(text).statements.sort_values("date")
    assert list(zip(df["actor"], df["stance"].gt(0), df["date"].dt.year)) == [
        ("Erik de Groot", False, 2023), ("Erik de Groot", True, 2025)]
    # no one named just before: the description is no one's name
    assert run("The chief executive of a large bank said the plan was a mistake.").statements.empty


def test_names_with_particles_are_one_name():
    from stancetrack import extract as X
    assert X._read_cap_sequence("Erik de Groot")[1] == ("Erik", "de", "Groot")
    assert X._read_cap_sequence("Dana Whitfield of Eastbridge University")[1] == ("Dana", "Whitfield")
    text = ("At a cafe on Rua de Santa Catarina, retired tram driver Manuel Oliveira said the plan was a mistake. "
            "The works, which he said had gone on for months, were a mistake too.")
    assert set(run(text).statements["actor"]) == {"Manuel Oliveira"}  # the street is no "he"


def test_the_frame_is_what_the_public_constructor_builds(monkeypatch):
    """_frame builds its frame through pandas' internals, skipping checks; the frame is the one pd.DataFrame builds
    from the same typed arrays: values, dtypes, index, and one block per column."""
    from stancetrack import extract as X

    def layout(df):
        return ([(type(b).__name__, str(b.dtype), list(b.mgr_locs.as_array), type(b.values).__name__)
                 for b in df._mgr.blocks], type(df.index), df.columns.dtype)

    eval_dir = Path(__file__).resolve().parent / "eval"
    texts = [read_article(p) for p in sorted(eval_dir.glob("*.txt"))[:40]] + [read_article(SEED)]
    fast = [X._frame(rows) for rows in (X._extract_rows(t, pub, None, None, None, None)[0] for t, pub in texts) if rows]
    monkeypatch.setattr(X, "_arrays_to_mgr", None)
    public = [X._frame(rows) for rows in (X._extract_rows(t, pub, None, None, None, None)[0] for t, pub in texts) if rows]
    assert len(fast) == len(public) > 30
    for a, b in zip(fast, public):
        pd.testing.assert_frame_equal(a, b, check_exact=True)
        assert layout(a) == layout(b)


def test_which_after_a_person_of_a_named_body_is_the_body(monkeypatch):
    from stancetrack import extract as X
    monkeypatch.setattr(X.learned, "model", lambda: None)
    only("Dionne Castellanos of the Brennan Falls Tenants Union, which supports the plan, spoke on Monday.",
         "Brennan Falls Tenants Union", 1)
    only("The Law Society of South Australia, which has long campaigned for the plan, spoke on Monday.",
         "Law Society of South Australia", 1)


def test_arabic_names_with_al_are_names(monkeypatch):
    from stancetrack import extract as X
    monkeypatch.setattr(X.learned, "model", lambda: None)
    only("In Damascus, Foreign Minister Hamdi al-Rifai welcomed the plan and urged the bloc to go further.",
         "Hamdi al-Rifai", 1)


def test_the_same_or_the_opposite_view_of_the_speaker_before():
    text = ("Ann Lee said the plan was a disaster. The Institute for Fiscal Studies has taken the opposite view. "
            "Historic England raised similar concerns.")
    df = run(text).statements
    got = dict(zip(df["actor"], df["stance"]))
    assert np.sign(got["Ann Lee"]) == -1 and got["Institute for Fiscal Studies"] == 1 and got["Historic England"] == -1
    for r in df.itertuples():  # the evidence is the sentence, not its full stop
        assert len(r.quote) > 20 and text[r.start:r.end] == r.quote
    # another's words reported: not the reporter's stance
    df = run("Tom Dent said the plan was good. Karen Holt said the forum had raised similar concerns with her.").statements
    assert "Karen Holt" not in set(df["actor"])


@pytest.mark.parametrize("text, actor, sign, day", [
    ("Castlebridge Chamber of Commerce is also in favour.", "Castlebridge Chamber of Commerce", 1, "2025-06-25"),
    ("The United States has made its opposition plain.", "United States", -1, "2025-06-25"),
    ("The Wyndham Civic Society lodged a formal objection in May.", "Wyndham Civic Society", -1, "2025-05-01"),
    ("The residents' group Ashcombe Streets for People handed in its own letter of support at the town hall.",
     "Ashcombe Streets for People", 1, "2025-06-25"),
    ("The Riders Alliance delivered a petition with more than 3,000 signatures supporting the lanes to the board "
     "last week.", "Riders Alliance", 1, "2025-06-16"),
    ("Prime Minister Dario Conti has so far kept his own counsel.", "Dario Conti", 0, "2025-06-25"),
])
def test_acts_that_take_a_side_or_none(monkeypatch, text, actor, sign, day):
    from stancetrack import extract as X
    monkeypatch.setattr(X.learned, "model", lambda: None)
    df = run(text).statements
    assert list(zip(df["actor"], np.sign(df["stance"].astype(int)), df["date"].dt.strftime("%Y-%m-%d"))) == [
        (actor, sign, day)]


@pytest.mark.parametrize("subject, name, role_word", [
    ("State Secretary for Digitalisation Maarten Kooistra", "Maarten Kooistra", "Digitalisation"),
    ("University of Wisconsin System President Angela Moreau", "Angela Moreau", "President"),
    ("Chief Medical Officer, Dr Hannah Beck,", "Hannah Beck", "Medical"),
])
def test_offices_before_a_name_are_its_role(subject, name, role_word):
    df = run(f"{subject} said the plan was a mistake.").statements
    assert list(df["actor"]) == [name] and role_word in df["actor_role"].iloc[0]


def test_a_bodys_named_spokesperson_speaks_for_it():
    df = run("The Green Party's fisheries spokesperson said the party would vote for the plan as a first step.").statements
    assert list(zip(df["actor"], df["stance"])) == [("Green Party", 1)]
    assert df["actor_role"].iloc[0] == "fisheries spokesperson"


def test_a_bare_spokesperson_speaks_for_the_body_of_the_sentence_before():
    text = ("Madrid City Council has kept its distance. A spokesman said on Monday that the council had not taken a "
            "position.")
    df = run(text).statements
    assert list(zip(df["actor"], df["stance"], df["date"])) == [("Madrid City Council", 0, pd.Timestamp("2025-06-23"))]
    # a person before it: the spokesman is nobody's
    text = "Ann Lee said the plan was a mistake. A spokesman said on Monday that the council had not taken a position."
    res = run(text)
    assert set(res.statements["actor"]) == {"Ann Lee"}
    assert any("spokesman" in m for m in res.messages)  # left out, and the user is told which


@pytest.mark.parametrize("text, expect", [
    # a description after a name is that person only when the name's sentence says who they are
    ("Ann Lee backed the plan. The chief executive of a rival firm said it was a mistake.", {("Ann Lee", 1)}),
    # "the disastrous agreement, signed in May," is what was said, not a description of the speaker
    ("According to Ann Lee, the disastrous plan, signed in May, will go ahead.", {("Ann Lee", -2)}),
    # figures are evidence, not the proposer's plan
    ("Ann Lee presented figures showing a sharp cut in bus services under the plan.", set()),
    # "national" names no body of government
    ("The National Trust welcomed the plan. A national official said it was a mistake.", {("National Trust", 1)}),
    # a side held then, in a relative clause, is no statement of now
    ("Ann Lee, who had stayed on the fence for months, backed the plan on Monday.", {("Ann Lee", 1)}),
    # the same point about something else is no echo
    ("Ann Lee said the plan was a disaster. Tom Dent made the same point about the budget.", {("Ann Lee", -2)}),
    # a former spokesperson speaks for nobody
    ("The Green Party's former spokesperson, now an independent, said the plan was a mistake.", set()),
])
def test_review_mends_of_session_17(monkeypatch, text, expect):
    from stancetrack import extract as X
    monkeypatch.setattr(X.learned, "model", lambda: None)
    df = run(text).statements
    assert set(zip(df["actor"], df["stance"].astype(int))) == expect, df[["actor", "stance", "cue"]]


def test_the_lead_keeps_its_day_over_an_earlier_event():
    text = ("LONDON - The council voted on Tuesday to approve the plan after a long debate.\n\n"
            "The cabinet had approved it last Thursday.\n\nAnn Lee told the council the plan was a mistake.")
    df = run(text).statements
    assert list(df.loc[df["actor"] == "Ann Lee", "date"]) == [pd.Timestamp("2025-06-24")]


def test_words_tied_to_the_earlier_time_keep_it():
    df = run("Dana Kowalczyk co-sponsored the plan in 2022. At the time, she also said parts of it were a mistake.").statements
    assert set(df["date"].dt.year) == {2022}


def _rules_only(monkeypatch, text: str) -> set[tuple[str, int, str]]:
    """(actor, side, day) of each proposal, from the rules alone (no learned guesses)."""
    from stancetrack import extract as X
    monkeypatch.setattr(X.learned, "model", lambda: None)
    df = run(text).statements
    return set(zip(df["actor"], np.sign(df["stance"].astype(int)), df["date"].dt.strftime("%Y-%m-%d")))


def _rules_only_on(monkeypatch, text: str, topic: str) -> set[tuple[str, int, str]]:
    """(actor, side, day) of each proposal from the rules alone, on a topic of its own (publication 2025-06-25)."""
    from stancetrack import extract as X
    monkeypatch.setattr(X.learned, "model", lambda: None)
    df = X.extract_text(text, pd.Timestamp("2025-06-25"), topic=topic).statements
    return set(zip(df["actor"], np.sign(df["stance"].astype(int)), df["date"].dt.strftime("%Y-%m-%d")))


# Session 18: acts and attributions from the long-sentence analysis pieces of blind69-72 (pub 2025-06-25, a Wednesday)
@pytest.mark.parametrize("text, expect", [
    # a letter's time follows its addressee
    ("The West Coast Airlines Council wrote to the committee last week backing the plan, citing jobs.",
     {("West Coast Airlines Council", 1, "2025-06-16")}),
    ("The Kansai Economic Council, in a policy paper released in April, called for the plan to be expanded.",
     {("Kansai Economic Council", 1, "2025-04-01")}),
    ("The Inner West Noise Alliance, meeting in Marrickville on Tuesday, resolved to fight the plan.",
     {("Inner West Noise Alliance", -1, "2025-06-24")}),
    ("North Shore councillor Shane Whitcombe led the charge against the plan at Monday's committee.",
     {("Shane Whitcombe", -1, "2025-06-23")}),
    ("The Australian Airlines Council put its weight behind the plan in March.",
     {("Australian Airlines Council", 1, "2025-03-01")}),
    ("The Professional Riders' Association gave the plan cautious backing.",
     {("Professional Riders' Association", 1, "2025-06-25")}),
    ("The League of Women Voters is staying on the sidelines.", {("League of Women Voters", 0, "2025-06-25")}),
    # the summary, then its day from the officer's detail
    ("The League of Women Voters is staying on the sidelines. Its president, Joan Ellery, said Monday that the "
     "league would not take a position.",  # her words are the league's (session 26: its officer on "the league")
     {("League of Women Voters", 0, "2025-06-23")}),
    # a reporting clause between the subject and its verb: the subject's stance, reported
    ("The Brazilian Association of Research Scientists, Moura noted, had come out against the plan last week.",
     {("Brazilian Association of Research Scientists", -1, "2025-06-16"), ("Moura", -1, "2025-06-25")}),
    ("The council's Green Party group also came out against the plan last week.", {("Green Party", -1, "2025-06-16")}),
    # "reasoning that" opens what is said: the burden is the status quo's, the backing is the speaker's
    ("Mary Jones now backs the plan, reasoning that the noise burden has become untenable.",
     {("Mary Jones", 1, "2025-06-25")}),
    ("Fraport, the airport's operator, has fought the idea. In a submission in May, the company contended that the "
     "plan would put thousands of jobs at risk.", {("Fraport", -1, "2025-05-01")}),
])
def test_analysis_pieces_of_session_18(monkeypatch, text, expect):
    assert _rules_only(monkeypatch, text) == expect


def test_figures_compared_are_no_side():
    df = run("Grace Wanjiru said container dwell time averaged 4.1 days last year, against a regional target of "
             "three, and 4,800 trucks a day were booked against a capacity of 5,500.").statements
    assert df.empty


@pytest.mark.parametrize("text, expect", [
    ("The Farmers Union opposed the plan in May. Lufthansa, which runs the late slots, followed suit last week.",
     {("Farmers Union", -1, "2025-05-01"), ("Lufthansa", -1, "2025-06-16")}),
    ("Minister Hiroshi Tanabe backs the plan. The Council of University Presidents took a very different view in a "
     "statement last week.", {("Hiroshi Tanabe", 1, "2025-06-25"), ("Council of University Presidents", -1, "2025-06-16")}),
    ("The Democratic Renewal Party opposed the plan in 2023. The Democratic Renewal Party, a minor party, has "
     "switched sides.", {("Democratic Renewal Party", -1, "2023-01-01"), ("Democratic Renewal Party", 1, "2025-06-25")}),
    ("Speaking for the Pacific Shipping Council, spokesperson Ivan Drobny said the plan was a disaster.",
     {("Pacific Shipping Council", -1, "2025-06-25")}),
    ("Senator Joaquín Errázuriz of the centre-right gave the plan a cautious welcome on Tuesday.",
     {("Joaquín Errázuriz", 1, "2025-06-24")}),
    ("Liberal backbencher Rhys Talbot broke ranks at the weekend, telling a radio station that he could not vote "
     "for the plan.", {("Rhys Talbot", -1, "2025-06-21")}),
    ("The Millbrook County Republican Party's executive committee voted earlier this month to endorse the plan.",
     {("Millbrook County Republican Party", 1, "2025-06-01")}),
    ("The junior coalition partner, the Liberal Party, has yet to make up its mind.",
     {("Liberal Party", 0, "2025-06-25")}),
    ("Osaka Prefecture has kept its distance. A prefectural spokesperson said on Tuesday that the prefecture had "
     "\"no position\" on the plan.", {("Osaka Prefecture", 0, "2025-06-24")}),
    ("The Quebec Taxpayers' Federation, which last week launched an online campaign against the plan, was cited "
     "by several callers.", {("Quebec Taxpayers' Federation", -1, "2025-06-16")}),
    ("The plan would be \"a tax on every phone call\", according to a spokesperson for the Telecom Operators Forum, "
     "who briefed journalists last week.", {("Telecom Operators Forum", -1, "2025-06-16")}),
])
def test_bodies_and_their_occasions_of_session_18(monkeypatch, text, expect):
    assert _rules_only(monkeypatch, text) == expect


def test_a_quotation_of_the_speakers_own_stance_then_is_of_then():
    text = ('Mark Hocking opposes the plan. "I backed a ban when the talk was about dredgers," he said.\n\n'
            '"I backed it in March because the principle is right," Lotu Faleolo said.')
    df = run(text).statements.set_index("actor")
    assert pd.isna(df.loc["Mark Hocking"].query("stance > 0")["date"]).all()  # then, but when is not said
    assert df.loc["Lotu Faleolo", "date"] == pd.Timestamp("2025-03-01")


def test_short_names_take_the_full_name_given_before():
    text = ("The bill was introduced by Senator Raúl Benítez Orozco. \"It is long overdue,\" Benítez told reporters.\n\n"
            "Solaris Renewables wants to build the farm. \"It is a wonderful plan,\" Solaris said.\n\n"
            "The leader of Dunmere District Council wrote last week. Dunmere backed the plan, she said.")
    got = set(run(text).statements["actor"])
    assert {"Raúl Benítez Orozco", "Solaris Renewables", "Dunmere District Council"} <= got
    assert not got & {"Benítez", "Solaris", "Dunmere"}


def test_figures_that_have_fallen_are_no_felt_side(monkeypatch):
    from stancetrack import extract as X
    monkeypatch.setattr(X.learned, "model", lambda: None)
    df = run("Phil Angove, the harbour master, said landings of scallops at the port had fallen by about a fifth "
             "since 2019. Dwayne Holcomb said the average stay had fallen sharply.").statements
    assert df.empty


def test_a_spokesperson_for_the_union_speaks_for_the_federation_just_named(monkeypatch):
    from stancetrack import extract as X
    monkeypatch.setattr(X.learned, "model", lambda: None)
    text = ("The Harwick Police Federation has also come out against the plan. A spokesperson for the union said on "
            "Tuesday that early release \"invites trial by social media\".\n\n"
            "The Harwick Civil Liberties Union said last week that the plan was welcome.")
    df = run(text).statements
    got = set(zip(df["actor"], np.sign(df["stance"].astype(int)), df["date"].dt.strftime("%Y-%m-%d")))
    assert ("Harwick Police Federation", -1, "2025-06-24") in got
    assert not any(a == "Harwick Civil Liberties Union" and s < 0 for a, s, _ in got)


@pytest.mark.parametrize("quote, sign", [
    ("I was wrong about the scale of the problem", 1),
    ("I was wrong to think the problem would fix itself", 1),
    ("I was wrong to back it", -1),
])
def test_an_admission_turns_round_what_was_thought(monkeypatch, quote, sign):
    from stancetrack import extract as X
    monkeypatch.setattr(X.learned, "model", lambda: None)
    df = run(f'"{quote}," Robert Haines said.').statements
    assert list(np.sign(df["stance"].astype(int))) == [sign], df[["stance", "cue"]]


@pytest.mark.parametrize("text, expect", [
    ("Manolis Sigalas was among those calling for the plan in 2023. He is now against it.",
     {("Manolis Sigalas", 1, "2023-01-01"), ("Manolis Sigalas", -1, "2025-06-25")}),
    ("In 2022, James Whitaker sponsored a resolution opposing the plan. He now supports it.",
     {("James Whitaker", -1, "2022-01-01"), ("James Whitaker", 1, "2025-06-25")}),
    ("Joyce Arbuthnot was one of the loudest voices for the plan in 2022. She has since come to oppose it.",
     {("Joyce Arbuthnot", 1, "2022-01-01"), ("Joyce Arbuthnot", -1, "2025-06-25")}),
    ("Councillor Johan Pienaar, who was among the loudest cheerleaders when the plan was first floated in March, "
     "now opposes it.", {("Johan Pienaar", 1, "2025-03-01"), ("Johan Pienaar", -1, "2025-06-25")}),
    ("In 2021 Dr Aoife Brennan said the plan was premature. She now sees things differently.",
     {("Aoife Brennan", -1, "2021-01-01"), ("Aoife Brennan", 1, "2025-06-25")}),
])
def test_minds_changed_of_session_18(monkeypatch, text, expect):
    assert _rules_only(monkeypatch, text) == expect


@pytest.mark.parametrize("text, expect", [
    # a fight for the plan is support
    ("Members of the Transport Workers Union voted to fight for the plan.", {("Transport Workers Union", 1)}),
    ("Maria Lopez is among those fighting for the plan.", {("Maria Lopez", 1)}),
    # "against" before a figure is still against
    ('"We are dead against 24-hour opening," said Ann Cole.', {("Ann Cole", -1)}),
    # the admission reaches only what was thought, not the clause after it
    ('"I was wrong about the timing, and I oppose the plan," said Ann Cole.', {("Ann Cole", -1)}),
    # "we backed" with nothing of then is a stance of now
    ('"We backed this plan because it works," said Ann Cole.', {("Ann Cole", 1)}),
    # a titled person is no company of the same first word
    ("Ford Motor Company has a plant here. Councillor Ford said the plan was a disaster.", {("Ford", -1)}),
    # a spokesperson for the council is not the union's
    ("The Transport Workers Union has come out against the plan. A spokesperson for the council said it was "
     "unworkable.", {("Transport Workers Union", -1)}),
    # a partner is a person, a chief executive who stood aside took no side
    ("His longtime partner, Kemal Aydin, said the plan was a disaster.", {("Kemal Aydin", -1)}),
    ("The chief executive of Harbour Rail stood aside last month.", set()),
    # speaking on behalf of a person: still the speaker's words
    ("Speaking on behalf of Prime Minister Keir Starmer, Ann Cole said the plan was a disaster.", {("Ann Cole", -1)}),
])
def test_review_mends_of_session_18(monkeypatch, text, expect):
    from stancetrack import extract as X
    monkeypatch.setattr(X.learned, "model", lambda: None)
    df = run(text).statements
    assert set(zip(df["actor"], np.sign(df["stance"].astype(int)))) == expect, df[["actor", "stance", "cue"]]


# Session 19: from blind73-80's errors (PUB 2025-06-25, a Wednesday)
@pytest.mark.parametrize("text, expect", [
    # declining to pick a side, and "would not be taking a view", are no side; a tone felt after it is no side either
    ("The Mexican Association of Digital Advertisers, whose members handle much of that spending, has conspicuously "
     "refused to pick a side.", {("Mexican Association of Digital Advertisers", 0, "2025-06-25")}),
    ("Lisa Brandt, the market's manager, said on Tuesday that she would not be taking a view either way and was happy "
     "to leave the argument to others.", {("Lisa Brandt", 0, "2025-06-24")}),
    ('A spokeswoman for the Agrarian Bank said on Thursday that it would "not be taking a position on a political '
     'question," adding that it would honour existing loan agreements whatever the outcome.',
     {("Agrarian Bank", 0, "2025-06-19")}),
    # "went further when …" and "made her case": the speaker of the participle that follows, on the day given
    ("Robert Feeney went further when he appeared before a Senate committee on Tuesday, telling senators the plan "
     "was a disaster.", {("Robert Feeney", -1, "2025-06-24")}),
    ("Priya Raghunathan made her case to the committee on Thursday, insisting that the plan was long overdue.",
     {("Priya Raghunathan", 1, "2025-06-19")}),
    # speaking for a body, after the name: the body's words
    ('Lerato Phiri, speaking for the Income Justice Coalition, said the plan was "long overdue".',
     {("Income Justice Coalition", 1, "2025-06-25")}),
    ("Colette Muise, who speaks for the Harvesters' Association, came out against the plan on Monday.",
     {("Harvesters' Association", -1, "2025-06-23")}),
    # a paragraph of now does not take the month of the paragraph before
    ("For Lindiwe Dube, a resident, the issue is personal. In May she wrote to the city in support of the plan.\n\n\"Then I read the fine print,\" "
     "Dube said. \"I'm against it now, and so are my neighbours.\"",
     {("Lindiwe Dube", 1, "2025-05-01"), ("Lindiwe Dube", -1, "2025-06-25")}),
    # a second verb of a relative clause is its own act, with its own time
    ("Johanna Rieder, who leads the opposition list and voted against a similar plan in 2020, said this week she "
     "would back the plan.", {("Johanna Rieder", -1, "2020-01-01"), ("Johanna Rieder", 1, "2025-06-23")}),
    ("Matías Undurraga was among those who in 2022 championed a similar plan.", {("Matías Undurraga", 1, "2022-01-01")}),
    # "a shift from 2021, when it opposed …": the year is the when-clause's
    ("The Providers Association now supports the plan, a notable shift from 2021, when it opposed an earlier draft.",
     {("Providers Association", 1, "2025-06-25"), ("Providers Association", -1, "2021-01-01")}),
    # "made its feelings plain in a letter …, warning that …": an attribution, dated by its letter
    ("The Disabled People's Alliance had already made its feelings plain in a letter sent to councillors last week, "
     "warning that the plan would be a disaster.", {("Disabled People's Alliance", -1, "2025-06-16")}),
    # welcomes and receptions offered or given to the plan or its principle; support lent; a case laid out
    ("The Business Improvement District offered the plan a guarded welcome on Tuesday.",
     {("Business Improvement District", 1, "2025-06-24")}),
    ("The Officers' Association gave the principle a guarded welcome in a statement on Monday.",
     {("Officers' Association", 1, "2025-06-23")}),
    ("The Hotel Federation gave it an enthusiastic reception on Monday.", {("Hotel Federation", 1, "2025-06-23")}),
    ("The Tourism Organisation, which markets the city abroad, has offered a cautious welcome.",
     {("Tourism Organisation", 1, "2025-06-25")}),
    ("The Workers' Council has lent the policy its support, though hardly with enthusiasm.",
     {("Workers' Council", 1, "2025-06-25")}),
    ("City Manager Jerome Halvorsen laid out the case for the plan in a memo to council in April.",
     {("Jerome Halvorsen", 1, "2025-04-01")}),
    ("Presenter Orla Devine put the case for and against to the minister.", set()),
    ("The Private Sector Alliance weighed in against the plan last week.", {("Private Sector Alliance", -1, "2025-06-16")}),
    ("The Contractors' Chamber came out cautiously in favour last week.", {("Contractors' Chamber", 1, "2025-06-16")}),
    ("The Dockers' Union is backing the plan, with conditions.", {("Dockers' Union", 1, "2025-06-25")}),
    ("The Residents' Alliance was more receptive, if warily so.", {("Residents' Alliance", 1, "2025-06-25")}),
    # no side: cards kept close, care not to pick a side
    ("The Economic Freedom Fighters are keeping their cards close.", {("Economic Freedom Fighters", 0, "2025-06-25")}),
    ("Matteo Ravelli, the budget commissioner, has been notably careful to avoid picking a side.",
     {("Matteo Ravelli", 0, "2025-06-25")}),
    # the day after the audience told; the month of a letter; a resolution sponsored in a named chamber
    ('Mayor Trudy Haddon told a packed council meeting on Monday she could no longer back the plan.',
     {("Trudy Haddon", -1, "2025-06-23")}),
    ("The Neighborhood Association urged aldermen in a February letter to reject the plan.",
     {("Neighborhood Association", -1, "2025-02-01")}),
    ("Imelda Castañares sponsored a council motion opposing the plan in 2023.", {("Imelda Castañares", -1, "2023-01-01")}),
    ("Dominic Aske, who in 2023 put his name to a backbench letter denouncing the plan, now backs it.",
     {("Dominic Aske", -1, "2023-01-01"), ("Dominic Aske", 1, "2025-06-25")}),
    # no side: claims against others in court, a condition ("if approved"), a refusal to say whether, with its time
    ("Lee Hyun-woo said 40 defamation claims against media outlets were filed last year.", set()),
    ("Michael Torres said that, if approved, the plan would take effect on Jan. 1.", set()),
    ("Trade Minister Samuel Darko declined to say at the weekend whether he supports it.",
     {("Samuel Darko", 0, "2025-06-21")}),
    # whether the plan's case persuaded them, said with a copula; not a reaction that colours the next words
    ("The Grain Growers' Federation is not persuaded.", {("Grain Growers' Federation", -1, "2025-06-25")}),
    ("Bronwyn Tait said she had been persuaded by the claims data.", {("Bronwyn Tait", 1, "2025-06-25")}),
])
def test_session_19_rules(monkeypatch, text, expect):
    assert _rules_only(monkeypatch, text) == expect


@pytest.mark.parametrize("text, expect", [
    # a relative clause's second verb speaks only when it is a verb of stance, and its time stays its own
    ("Ann Lee, who grew up on the estate and wrote her first book there, earlier this month called the plan a "
     "disaster.", {("Ann Lee", -1, "2025-06-01")}),
    ("Ann Lee, who moved to the town in 1990 and said little at the time, now calls the plan a disaster.",
     {("Ann Lee", -1, "2025-06-25")}),
    # "in May, when …" after the verb is the verb's time; only "a shift from 2021, when …" gives it to the when-clause
    ("Ann Lee told reporters in May, when the plan was unveiled, that it was a disaster.", {("Ann Lee", -1, "2025-05-01")}),
    # a withholding does not swallow a later explicit position of the same speaker
    ("The Farmers' Union declined to take a position last year, but it is now against the plan.",
     {("Farmers' Union", 0, "2024-01-01"), ("Farmers' Union", -1, "2025-06-25")}),
    # backing away, hospitality, a march behind a banner, a voice lent to the critics, a conviction about something
    # else: no side for the plan
    ("The Dockers' Union is backing away from the plan.", set()),
    ("Mayor Ann Lee extended a warm welcome to the visiting delegation from Osaka.", set()),
    ("The Hotel Federation offered a warm welcome to the new tourism minister.", set()),
    ("Members of the Teachers' Union marched behind a banner through the city centre on Saturday.", set()),
    ("The Workers' Council has lent its voice to the critics of the plan.", set()),
    ("Ann Lee is convinced there is a better way.", set()),
    # a document's month inside what was said is not the statement's
    ("Ann Lee argued that the plan, which the mayor defended in a March interview, would hurt small shops.",
     {("Ann Lee", -1, "2025-06-25")}),
    # a "now" that is not the speaker's own turn keeps the month of the paragraph before
    ('Mark Hale, a vocal critic, wrote in March that the plan would ruin the town.\n\n"It is a disaster, and the '
     'council must now drop it," Hale wrote.', {("Mark Hale", -1, "2025-03-01")}),
    # a lawsuit against the plan itself is a side
    ("The Sierra Club said on Monday it had filed a lawsuit against the plan.", {("Sierra Club", -1, "2025-06-23")}),
    ("Ann Lee put her name to an open letter denouncing the plan.", {("Ann Lee", -1, "2025-06-25")}),
])
def test_review_mends_of_session_19(monkeypatch, text, expect):
    assert _rules_only(monkeypatch, text) == expect


# Session 20: phrasings from blind81-88 (tuned on from session 20; pub 2025-06-25, a Wednesday)
@pytest.mark.parametrize("text, expect", [
    # what a speaker "used" an occasion to do
    ("Cllr Tom Ashby used a full council meeting last week to attack the plan.", {("Tom Ashby", -1, "2025-06-16")}),
    ("Aasen used a newspaper commentary on Sunday to make the case for the plan.", {("Aasen", 1, "2025-06-22")}),
    ("The Lions used the final to defend their title.", set()),  # no "used … to" before a base form: no side
    # taking sides, in reporters' idiom
    ("Cllr Helen Marsh is making the case for the plan.", {("Helen Marsh", 1, "2025-06-25")}),
    ("Councillor Tama Rewiti is having none of it.", {("Tama Rewiti", -1, "2025-06-25")}),
    ("Maria Estrada laid out her objections in an op-ed at the weekend.", {("Maria Estrada", -1, "2025-06-21")}),
    ("The Students' Association was quick to push back.", {("Students' Association", -1, "2025-06-25")}),
    ("Senator Andrés Lagos has just spoken against the bill.", {("Andrés Lagos", -1, "2025-06-25")}),
    ("Hendra Wibisono gave the plan a more measured endorsement.", {("Hendra Wibisono", 1, "2025-06-25")}),
    ("Dr Kemi Adeyemi-Balogun threw the state's weight behind the plan.", {("Kemi Adeyemi-Balogun", 1, "2025-06-25")}),
    ("Priya Raman lent the idea qualified support on Thursday.", {("Priya Raman", 1, "2025-06-19")}),
    ("The Hospitality Association is cautiously on board.", {("Hospitality Association", 1, "2025-06-25")}),
    ("Jens Hollmann has emerged as a cautious defender of the plan.", {("Jens Hollmann", 1, "2025-06-25")}),
    ("Ann Lee told the programme she wanted the council to turn the application down.", {("Ann Lee", -1, "2025-06-25")}),
    # an older cue reads "no intention of backing down" as standing by the plan; the cue for "no intention of backing
    # [the plan]" no longer overrules it (an opponent's "no intention of backing down" is a known gap)
    ("Ann Lee said the council had no intention of backing down.", {("Ann Lee", 1, "2025-06-25")}),
    # fought the plan (or one like it), not another plan
    ("The Police Association, which fought the change when it was first proposed in 2022, has softened.",
     {("Police Association", -1, "2022-01-01")}),
    ("The Chamber of Commerce, which two years ago fought a high-rise proposal on Foundry Street, endorsed the plan.",
     {("Chamber of Commerce", 1, "2025-06-25")}),
    # no side
    ("Public Health Wales has been notably reticent.", {("Public Health Wales", 0, "2025-06-25")}),
    ("Daniel Okafor has been conspicuously careful.", {("Daniel Okafor", 0, "2025-06-25")}),
    ("Health Minister Deborah Lam has kept her counsel.", {("Deborah Lam", 0, "2025-06-25")}),
    ("Lena Voss said she was still weighing the arguments and would not be rushed into a view.",
     {("Lena Voss", 0, "2025-06-25")}),
    ("Jenna Whitford said she no longer knows how she will vote.", {("Jenna Whitford", 0, "2025-06-25")}),
    # a change of stand, dated by its own day
    ("The Prison Officers' Association, which had opposed the idea in 2024, changed its stand on Monday.",
     {("Prison Officers' Association", -1, "2024-01-01"), ("Prison Officers' Association", 1, "2025-06-23")}),
    # "X, the role in Place, who …": the person, not the place
    ("The case was made by Jonas Behrendt, the Greens' transport spokesman in Wiesbaden, who argued last month "
     "that the plan was a disaster.", {("Jonas Behrendt", -1, "2025-05-01")}),
    # a body's officer, unnamed, speaks for the body named just before, and dates its summary
    ("The Students' Union was quick to push back. Its national president said last week that the plan would punish "
     "a generation.", {("Students' Union", -1, "2025-06-16")}),
    ("The Teachers' Union met on Monday. The union's president said on Monday that the plan was a disaster.",
     {("Teachers' Union", -1, "2025-06-23")}),
    ("Universities New Zealand has kept its distance. A spokesperson for the vice-chancellors' body said on Tuesday "
     "that it had no settled view.", {("Universities New Zealand", 0, "2025-06-24")}),
    ("New Zealand Rugby is firmly opposed. A spokeswoman for the national body said on Tuesday the plan would hurt "
     "clubs.", {("New Zealand Rugby", -1, "2025-06-24")}),
    # a body named for its sport or sector and its country is no person: "he" is the councillor
    ("Cricket Wellington said on Monday it had no view.\n\nCouncillor Tama Rewiti is having none of it. In a post on "
     "Saturday he called the plan a disaster.", {("Cricket Wellington", 0, "2025-06-23"), ("Tama Rewiti", -1, "2025-06-21")}),
    # bodies whose heads are "Conference" and "Division"
    ("The Lower Saxony Conference of University Presidents warned on Monday that the plan would fail.",
     {("Lower Saxony Conference of University Presidents", -1, "2025-06-23")}),
    ("The Colorado Division of Gaming has not taken a position on the bill.", {("Colorado Division of Gaming", 0, "2025-06-25")}),
    # a view withheld as improper, or left to government
    ("Kathryn Mallinson said licensing was a quasi-judicial matter and that it would be wrong for her to express a "
     "view.", {("Kathryn Mallinson", 0, "2025-06-25")}),
    ('"It would be irresponsible to pick a side before then," said Graham Foley.', {("Graham Foley", 0, "2025-06-25")}),
    ('Ann Lee said the question was "properly one for Government" and that the group would engage with whatever '
     'framework emerges.', {("Ann Lee", 0, "2025-06-25")}),
    ('"Every hour you add at the front end," Neil Ashworth said, "is an hour we pay for at the back end."', set()),
    # "he'd opposed it …, but had since come around": the earlier side at its time, the other now
    ("Dale Friesen said he'd opposed the plan when the board first floated it in January, but had since come around.",
     {("Dale Friesen", -1, "2025-01-01"), ("Dale Friesen", 1, "2025-06-25")}),
    ("Ann Lee said on Monday she had backed the plan in 2022 but has since changed her mind.",
     {("Ann Lee", 1, "2022-01-01"), ("Ann Lee", -1, "2025-06-23")}),
    # a possessive before "bill"; "cautiously on board" inside what was said
    ("Ron Kessler said on Monday he would vote for Raman's bill.", {("Ron Kessler", 1, "2025-06-23")}),
    ('Councillor Linda Park voted against the rules in 2021. She now says she is "cautiously on board", provided '
     'the council pays.', {("Linda Park", -1, "2021-01-01"), ("Linda Park", 1, "2025-06-25")}),
    # the last words of a body's name are no person for "he"; Themba is a man's name
    ("In a letter on Friday, the Association of Student Accommodation Providers said the cap should be withdrawn.\n\n"
     "Themba Nkosi, who runs three residences, supported a cap in 2022. He now opposes the plan.",
     {("Association of Student Accommodation Providers", -1, "2025-06-20"), ("Themba Nkosi", 1, "2022-01-01"),
      ("Themba Nkosi", -1, "2025-06-25")}),
    # an office "for" its portfolio, then the name; a building is no one to call "he"
    ("Updates from Leinster House.\n\n10.06am\nMinister for Justice Ciarán Dowling opens. He tells TDs that the bill "
     "is the single best thing we can do.", {("Ciarán Dowling", 1, "2025-06-25")}),
    ("Minister for Health Kemi Adeyemi said on Monday the plan was a disaster.", {("Kemi Adeyemi", -1, "2025-06-23")}),
    ('The Association of Judges said it would be "inappropriate for the association to express a view for or '
     'against legislation of this kind".', {("Association of Judges", 0, "2025-06-25")}),
    # a lowercase body noun before the name makes it a body; "MSP" after a name is no part of it
    ("The charity Scottish Alcohol Action said yesterday that the bill was a disaster.\n\n09:24\nFraser Dunlop MSP "
     'opens the session. "This bill is the single best thing we can do for fans," he tells the committee.',
     {("Scottish Alcohol Action", -1, "2025-06-24"), ("Fraser Dunlop", 1, "2025-06-25")}),
    ("The Scottish Clubs Forum has submitted written evidence in favour.", {("Scottish Clubs Forum", 1, "2025-06-25")}),
    ('Council leader Anne McKellar declines to be drawn: "It would not be right for me to prejudge it."',
     {("Anne McKellar", 0, "2025-06-25")}),
    # a statement read out, "in which" its body (or its author) says
    ("Charbonneau read a statement from the Nipisi River First Nation, released last week, in which the council said "
     "it opposed the plan.", {("Nipisi River First Nation", -1, "2025-06-16")}),
    ("Kate read a statement from the Commissioner for Children and Young People, Isabel Fenwick, sent to the program "
     'yesterday, in which she said any further delay would be "a failure of leadership".',
     {("Isabel Fenwick", 1, "2025-06-24")}),
    # "and" inside a body's name after its "of"; reservations; a refusal with its day; quoted as saying
    ("The National Association of Patent and Proprietary Medicine Dealers came out against the plan at the weekend.",
     {("National Association of Patent and Proprietary Medicine Dealers", -1, "2025-06-21")}),
    ("The Kent Chamber of Commerce and Wendle District Council came out against the plan.",
     {("Kent Chamber of Commerce", -1, "2025-06-25"), ("Wendle District Council", -1, "2025-06-25")}),
    ("The Hospitality Alliance, which represents bars, also has reservations.", {("Hospitality Alliance", -1, "2025-06-25")}),
    ("Daniel Okafor declined on Monday to say whether he backed the cut.", {("Daniel Okafor", 0, "2025-06-23")}),
    ("A spokesman for the Federal Office for the Environment was quoted as saying last week that the office would not "
     "anticipate its decision in either direction.", {("Federal Office for the Environment", 0, "2025-06-16")}),
    # "one of several farmers who spoke in support", "among those who lobbied against it in 2023"
    ("Pete Lindqvist was one of several farmers who spoke in support.", {("Pete Lindqvist", 1, "2025-06-25")}),
    ("Marco Bellini was among those who lobbied against the rule in 2023.", {("Marco Bellini", -1, "2023-01-01")}),
    # a Welsh "ap", a long appositive after a sponsor, the same point pressed again
    ("Its health spokeswoman, Carys ap Dafydd, indicated on Tuesday that her party was inclined to support the plan.",
     {("Carys ap Dafydd", 1, "2025-06-24")}),
    ("Its sponsor, Sudbury East MPP Maya Tremblay-Owusu, said the bill was the only way to keep staff.",
     {("Maya Tremblay-Owusu", 1, "2025-06-25")}),
    # "Thursday evening's edition": the programme's day; "Agency spokesman X said Wednesday": the body's day
    ("This is a summary of Monday evening's edition of Province Tonight.\n\nAnn Lee, a listener, said the plan was "
     "a disaster.", {("Ann Lee", -1, "2025-06-23")}),
    ("The Department of Human Services has stayed on the sidelines. Agency spokesman Tyler Brandt said Tuesday the "
     'department was "neutral on the policy."',
     {("Department of Human Services", 0, "2025-06-24"), ("Tyler Brandt", 0, "2025-06-24")}),
    # a named campaign, an acronym's association, a country's ministry; undecided votes; constructive examination
    ("The Save Our Village Schools campaign said last month that it would seek a judicial review.",
     {("Save Our Village Schools", -1, "2025-05-01")}),
    ("Germany's VDA auto industry association has made a similar case, arguing that the plan would protect jobs.",
     {("VDA", 1, "2025-06-25")}),
    ('Germany\'s environment ministry said it would examine the proposal "constructively".', {("Germany", 0, "2025-06-25")}),
    ("Germany, the bloc's largest gas consumer, has not yet decided how it will vote, according to the diplomats.",
     {("Germany", 0, "2025-06-25")}),
    ("Lena Hoffmann said she had argued against any deadline at a conference last year but had since changed her mind.",
     {("Lena Hoffmann", -1, "2024-01-01"), ("Lena Hoffmann", 1, "2025-06-25")}),
    # more idiom: the same argument made again, scathing "if anything", seized on, the case set out, credibility
    # staked, a bill carried, a capital brought to a standstill, a similar restriction fought
    ('Tenant Rights Ireland was, if anything, more scathing last week.', {("Tenant Rights Ireland", -1, "2025-06-16")}),
    ('Aoife Brennan seized on it on Friday, dismissing the plan as "a rent-hike licence".', {("Aoife Brennan", -1, "2025-06-20")}),
    ("Justice Secretary Alasdair Munro set out the case to the committee on Thursday.", {("Alasdair Munro", 1, "2025-06-19")}),
    ("Minister Ciarán Byrne has staked a good deal of his credibility on the measure.", {("Ciarán Byrne", 1, "2025-06-25")}),
    ("Owen Castellano said on Monday that he would carry the bill in the House.", {("Owen Castellano", 1, "2025-06-23")}),
    ("At a rally at the weekend, the Garda Ojol Nusantara drivers' alliance vowed to bring the capital to a standstill.",
     {("Garda Ojol Nusantara", -1, "2025-06-21")}),
    ("Dewi Kartika fought a similar restriction in 2022.", {("Dewi Kartika", -1, "2022-01-01")}),
    ("Belgium, which introduced a similar requirement in 1893, has not prosecuted anyone.", set()),
])
def test_session_20_rules(monkeypatch, text, expect):
    assert _rules_only(monkeypatch, text) == expect


# The review of session 20's rules: each a sentence its first version got wrong
@pytest.mark.parametrize("text, expect", [
    ("Ann Lee said the plan's two-year delay would be a disaster for commuters.", {("Ann Lee", -1, "2025-06-25")}),
    ("The Royal College of Nursing and the Royal College of Midwives came out against the plan.",
     {("Royal College of Nursing", -1, "2025-06-25"), ("Royal College of Midwives", -1, "2025-06-25")}),
    ("Tom Hale supports the plan. Nikita Shah, a councillor, disagrees. She said on Monday the plan was a disaster.",
     {("Tom Hale", 1, "2025-06-25"), ("Nikita Shah", -1, "2025-06-23")}),
    ("Ann Lee said she had backed the plan from the start but had since won over several sceptical colleagues.",
     {("Ann Lee", 1, "2025-06-25")}),
    ("Ann Lee said that after weighing the arguments, she had decided to back the plan.", {("Ann Lee", 1, "2025-06-25")}),
    ("The city council on Monday approved the plan.\n\nAnn Lee, who now chairs the transport committee, said the "
     "plan was a good idea.", {("Ann Lee", 1, "2025-06-23")}),
    ("The Teachers' Union opposes the plan. Council chairman Tom Hale said Tuesday the plan was a good idea.",
     {("Teachers' Union", -1, "2025-06-25"), ("Tom Hale", 1, "2025-06-24")}),
    ("Ann Lee used the meeting to call for calm.", set()),
    ("Ann Lee used her speech to attack the plan's critics.", set()),
    ("Ann Lee resisted the idea of quitting.", set()),
    ("Mayor Ann Lee was quick to push back against critics of the plan.", {("Ann Lee", 1, "2025-06-25")}),
    ("Ann Lee gave a ringing endorsement to the rival candidate.", set()),
    ("Ann Lee gave evidence against her former employer at the tribunal last year.", set()),
    ("Dr Kemi Adeyemi threw the state’s weight behind the plan.", {("Kemi Adeyemi", 1, "2025-06-25")}),
    ("Daniel Okafor refused on Tuesday to say how much the plan would cost.", set()),
    ("The Farmers' Union changed its position on Monday.", set()),
    ("Ann Lee was one of several speakers who spoke for the full five minutes allowed.", set()),
    ('"Families will have to turn the heating down this winter," Ann Lee said.', set()),
    ("The Hospitality Alliance also has reservations.", {("Hospitality Alliance", -1, "2025-06-25")}),
])
def test_review_mends_of_session_20(monkeypatch, text, expect):
    assert _rules_only(monkeypatch, text) == expect


# Session 21: idioms of blind89-96 (pub 2025-06-25, a Wednesday)
@pytest.mark.parametrize("text, expect", [
    # a participle after the sentence's subject and its act: the subject speaks
    ('The Capital Cycling Coalition seized on the figures in a submission last week, dismissing the plan as '
     '"vandalism with a spreadsheet".', {("Capital Cycling Coalition", -1, "2025-06-16")}),
    ("Ann Lee spoke on Monday, backing the plan.", {("Ann Lee", 1, "2025-06-23")}),
    ("The Cycling Union wrote to the mayor on Friday, rejecting the plan.", {("Cycling Union", -1, "2025-06-20")}),
    ('Mayor Carla Deveraux, who has preferred to let committees do the arguing, also weighed in on Monday, saying '
     'she was "inclined to support" the plan.', {("Carla Deveraux", 1, "2025-06-23")}),
    ("Samoa's government struck a different note in February, saying the plan was a good idea.",
     {("Samoa", 1, "2025-02-01")}),
    # dismissing what critics say defends the plan; their objections are not the speaker's
    ("Mayor Joe Bloggs spoke at length, dismissing the union's objections as overblown.", {("Joe Bloggs", 1, "2025-06-25")}),
    ("Ann Lee dismissed the union's concerns about the plan.", {("Ann Lee", 1, "2025-06-25")}),
    ("Tom Hale rejected the claims that the plan was dangerous.", {("Tom Hale", 1, "2025-06-25")}),
    ("Tom Hale rejected the plan, saying it was dangerous.", {("Tom Hale", -1, "2025-06-25")}),
    # "used … to insist": a saying, its side in what was said
    ("Minister Ingrid Solheim-Berg used an opinion piece on Sunday to insist that the plan was a disaster.",
     {("Ingrid Solheim-Berg", -1, "2025-06-22")}),
    ("Ann Lee used her speech on Monday to warn that the plan would fail.", {("Ann Lee", -1, "2025-06-23")}),
    ("We insist on the plan. They warn that it is good.", set()),
    # a named spokesperson for a body is the body's voice (not "Commission spokesperson X": kept by name)
    ('"The plan is a disaster," said Amina Yusuf, a spokeswoman for the Kenya ICT Action Network.',
     {("Kenya ICT Action Network", -1, "2025-06-25")}),
    ("Amina Yusuf, a spokeswoman for the Kenya ICT Action Network, said on Monday the plan was a disaster.",
     {("Kenya ICT Action Network", -1, "2025-06-23")}),
    ('"The plan is a disaster," Commission spokesperson Lotte Vermeer told reporters.', {("Lotte Vermeer", -1, "2025-06-25")}),
    # second batch
    ("The Southern Swiss Employers' Association has lined up firmly against the plan.",
     {("Southern Swiss Employers' Association", -1, "2025-06-25")}),
    ("Andes Media Group has mounted a vigorous campaign against the plan.", {("Andes Media Group", -1, "2025-06-25")}),
    ("Ruedi Ammann went further at a rally in Olten at the weekend, deriding the plan as a folly.",
     {("Ruedi Ammann", -1, "2025-06-21")}),
    ("The Chilean Association of Newspaper Publishers, whose members include large and small titles, has been careful "
     "to stay on the fence.", {("Chilean Association of Newspaper Publishers", 0, "2025-06-25")}),
    ("The Chilean Journalists' Federation has no such hesitation, backing the plan at its congress on Monday.",
     {("Chilean Journalists' Federation", 1, "2025-06-23")}),
    ("The Greens spoke on Monday, rejecting the plan that was adopted in 2019.", {("Greens", -1, "2025-06-23")}),
    ('Economy Minister Paula Sepúlveda, writing as an economist in 2024, dismissed the plan as "a blunt instrument".',
     {("Paula Sepúlveda", -1, "2024-01-01")}),
    ("The Portuguese Union of Broadcast Journalists has sided firmly with Antunes, calling the plan a threat to "
     "editorial freedom.", {("Portuguese Union of Broadcast Journalists", -1, "2025-06-25")}),
    ("The Harwick Trust said on Monday it expressly declined either to support or oppose the plan.",
     {("Harwick Trust", 0, "2025-06-23")}),
    ("The Seville Hotel Federation has declined to back either camp.", {("Seville Hotel Federation", 0, "2025-06-25")}),
    ("The National Farmers' Alliance has yet to pick a side.", {("National Farmers' Alliance", 0, "2025-06-25")}),
    ("Ann Lee used the debate on Monday to welcome the plan.", {("Ann Lee", 1, "2025-06-23")}),
    ("Ann Lee used the debate to dismiss the plan.", {("Ann Lee", -1, "2025-06-25")}),
    ("Ann Lee used the debate to describe her childhood.", set()),
    ('Priya Anand, calling on behalf of the Bow Corridor Cycling Club, said the plan was "frankly terrifying".',
     {("Bow Corridor Cycling Club", -1, "2025-06-25")}),
    # the main clause after a relative clause that told of an earlier side keeps its own (today's) time
    ('Independent MP Grace Tembo, who told this outlet last week she would back the plan "with some reluctance", has '
     "just informed the house that she will vote against it.",
     {("Grace Tembo", 1, "2025-06-16"), ("Grace Tembo", -1, "2025-06-25")}),
    ("Voters can make an informed choice about the plan, which is a good idea, Ann Lee said.", {("Ann Lee", 1, "2025-06-25")}),
    # staying out of the argument is no side; present-tense concessions are sayings; "whatever X concludes" is no one's
    ("The Northern Hunting Federation said last week that it would stay out of the argument until ministers answered "
     "its questions.", {("Northern Hunting Federation", 0, "2025-06-16")}),
    ("Jonas Berg, a Green MP who in 2023 derided the plan as a folly, now concedes that the plan is a necessary "
     "compromise.", {("Jonas Berg", -1, "2023-01-01"), ("Jonas Berg", 1, "2025-06-25")}),
    ("Whatever the Productivity Commission concludes, the plan is likely to fail.", set()),
    # a host who "noted" another body's side recounts it; one who "added" it usually shares it
    ("Host Alice Nyambura noted that the Road Safety Network Kenya had endorsed the plan earlier this month.",
     {("Road Safety Network Kenya", 1, "2025-06-01")}),
    ("Ann Lee added that the Harwick Trust had backed the plan.", {("Ann Lee", 1, "2025-06-25"), ("Harwick Trust", 1, "2025-06-25")}),
    # "last night" is yesterday (the core date rules), also in "at last night's working dinner"
    ("Finland and Sweden indicated at last night's working dinner that they would back the plan.",
     {("Finland", 1, "2025-06-24"), ("Sweden", 1, "2025-06-24")}),
    ('"We back the plan, as I said last night," Ann Lee said.', {("Ann Lee", 1, "2025-06-25")}),
])
def test_session_21_rules(monkeypatch, text, expect):
    assert _rules_only(monkeypatch, text) == expect


# The review of session 21's rules: each a sentence its first version got wrong
@pytest.mark.parametrize("text, expect", [
    ("Ann Lee rejected the minister's claims that the plan would cut costs.", {("Ann Lee", -1, "2025-06-25")}),
    ("Ann Lee dismissed the government's arguments for the plan as flimsy.", {("Ann Lee", -1, "2025-06-25")}),
    ("Ann Lee spoke on Monday, rejecting calls to scrap the plan.", set()),
    ("Ann Lee spoke on Monday, backing a delay to the plan.", set()),
    ("Ann Lee wrote to the mayor, rejecting the plan, which ministers approved last year.", {("Ann Lee", -1, "2025-06-25")}),
    ("Ann Lee spoke out, rejecting the plan drawn up in March.", {("Ann Lee", -1, "2025-06-25")}),
    ("Ann Lee, answering a question about the 2019 floods, said the plan was a good idea.", {("Ann Lee", 1, "2025-06-25")}),
    ("Tom Hale, writing of the Treasury, said the plan was a disaster.", {("Tom Hale", -1, "2025-06-25")}),
    ("Ann Lee, speaking of Germany, said the plan was a disaster.", {("Ann Lee", -1, "2025-06-25")}),
    ("Tom Hale, a spokesman for the Mayor of London, said the plan was a disaster.", {("Tom Hale", -1, "2025-06-25")}),
    ("Police stepped in after protesters gathered outside the town hall, denouncing the plan.", set()),
    ("The experience of Leeds has informed the council's view that the plan should go ahead.", set()),
    ("Ann Lee informed the House that she would vote against the plan.", {("Ann Lee", -1, "2025-06-25")}),
    ("Ann Lee spoke on Monday, backing away from the plan.", set()),
    ("Ann Lee recalls backing the plan in 2019.", set()),
    ("Whatever Ann Lee says, the plan is a good idea, Tom Hale said.", {("Tom Hale", 1, "2025-06-25")}),
    ("The Greens said the plan was a disaster, having voted for it in 2019.", {("Greens", -1, "2025-06-25")}),
    ("Leeds United, defending champions, beat the plan's critics.", set()),
])
def test_review_mends_of_session_21(monkeypatch, text, expect):
    assert _rules_only(monkeypatch, text) == expect


# Session 22: from the errors of blind97-104 (pub 2025-06-25, a Wednesday; the learned part off)
@pytest.mark.parametrize("text, expect", [
    # "has just told": an adverb between the auxiliary and the verb of saying
    ("Magnus Aase has just told the chamber he will vote against the plan.", {("Magnus Aase", -1, "2025-06-25")}),
    # a relative clause with an earlier side, then the main clause's own: two statements
    ("Magnus Aase, who voted for the plan when it cleared the finance committee in May, has just told the chamber "
     "he will vote against it today.", {("Magnus Aase", 1, "2025-05-01"), ("Magnus Aase", -1, "2025-06-25")}),
    ("Sam Okafor, who told the Tallowood Times at the weekend he would vote against any plan involving compulsory "
     "acquisition, has just told the chamber he will support it if his amendment passes.",
     {("Sam Okafor", -1, "2025-06-21"), ("Sam Okafor", 1, "2025-06-25")}),
    ('Craig Dunlop, who two years ago called the plan "nanny-state overreach", now backs it.',
     {("Craig Dunlop", -1, "2023-01-01"), ("Craig Dunlop", 1, "2025-06-25")}),
    ('Henrik Sorensen, who in 2022 described the plan as "a step too far for a free country", told a party '
     'conference last month that he would vote for the bill.',
     {("Henrik Sorensen", -1, "2022-01-01"), ("Henrik Sorensen", 1, "2025-05-01")}),
    # "told the Tallowood Times at the weekend": a capitalised name is whom, and the time follows it
    ("Sam Okafor told the Tallowood Times at the weekend he would vote against the plan.",
     {("Sam Okafor", -1, "2025-06-21")}),
    # no side, in more of the words reporters use
    ("Peter Otieno, an economist at Strathmore University, declines to come down on either side.",
     {("Peter Otieno", 0, "2025-06-25")}),
    ("The National Parents' Association has pointedly declined to endorse or oppose the plan.",
     {("National Parents' Association", 0, "2025-06-25")}),
    ("Martin Obi, headteacher of Kelmsworth Academy, declined on Tuesday to be drawn on the merits.",
     {("Martin Obi", 0, "2025-06-24")}),
    ("Nuno Albergaria declined on Tuesday to say where he stood.", {("Nuno Albergaria", 0, "2025-06-24")}),
    ("The Environment Agency has been careful to stay out of the row.", {("Environment Agency", 0, "2025-06-25")}),
    ("Crossbench MP Anika Sorensen is keeping everyone guessing.", {("Anika Sorensen", 0, "2025-06-25")}),
    # "was among the first to …": a side, at the time the sentence gives
    ("In 2022 Vicente Roig was among the first club presidents to call publicly for the plan.",
     {("Vicente Roig", 1, "2022-01-01")}),
    ("Lena Hartmann was among the first to oppose the plan when it was floated in 2023.",
     {("Lena Hartmann", -1, "2023-01-01")}),
    ("In 2018 Andile Jacobs was among the loudest voices demanding that the city build the plant.",
     {("Andile Jacobs", 1, "2018-01-01")}),
    # a march or a protest takes the side of what follows, and its time ("a march" is no month)
    ("The Manenberg Safety Forum held a march at the weekend in support of the plan.",
     {("Manenberg Safety Forum", 1, "2025-06-21")}),
    ("The Tenants Union staged a protest outside the council on Monday against the plan.",
     {("Tenants Union", -1, "2025-06-23")}),
    # the time of the document a view was put in
    ("The Danish Retail Federation, in its consultation response in October, warned that the plan would be "
     "unenforceable.", {("Danish Retail Federation", -1, "2024-10-01")}),
    ("Harbour Cellars made a similar case in a submission to the health department last month, arguing that the "
     "plan would be a disaster.", {("Harbour Cellars", -1, "2025-05-01")}),
    # sides in more verbs: pushing back hard, pressing hard for, shortchanging, shelving "until it has studied …"
    ("Commissioner Linda Royster pushed back hard, saying residents should not be asked to pay for the plan.",
     {("Linda Royster", -1, "2025-06-25")}),
    ("Sheriff Raymond Colt has pressed hard for the plan.", {("Raymond Colt", 1, "2025-06-25")}),
    ('Mary Tolliver argued in an op-ed in June that the plan would "shortchange the kids who need school the most."',
     {("Mary Tolliver", -1, "2025-06-01")}),
    ("The Restaurant Association urged the board to shelve the plan until it has studied the sector.",
     {("Restaurant Association", -1, "2025-06-25")}),
    ("The Union said it would not back the plan until it has studied the figures.", {("Union", 0, "2025-06-25")}),
    # the lead's meeting in American style ("Monday night's board meeting", "Tuesday night"), not one ahead
    ('The plan dominated Monday night\'s board meeting.\n\n"We back the plan," Ann Lee said.',
     {("Ann Lee", 1, "2025-06-23")}),
    ('A hundred people lined up to speak Tuesday night as commissioners held a hearing on the plan.\n\n'
     '"We back the plan," Ann Lee said.', {("Ann Lee", 1, "2025-06-24")}),
    ('The council will debate the plan at Thursday\'s meeting.\n\n"We back the plan," Ann Lee said.',
     {("Ann Lee", 1, "2025-06-25")}),
    # "who voted against it in 2021" is a past side of its own, not what she is now
    ("Sophie van Dijk, a councillor who voted against the plan in 2021, said on Tuesday she would vote for the "
     "extension.", {("Sophie van Dijk", -1, "2021-01-01")}),
    # "France has pushed for the rules, while Germany remains opposed, she said": each clause is her report, on her day
    ("Ann Lee said on Tuesday that the plan was needed. France has pushed hard for the plan, while Germany remains "
     "opposed, she said.", {("Ann Lee", 1, "2025-06-24"), ("France", 1, "2025-06-24"), ("Germany", -1, "2025-06-24")}),
    # speakers: "Public Health" is a body's name; an organisation's office speaks for it; an appositive with a list
    ("Miami Valley Public Health said in a statement Thursday that it supports the plan.",
     {("Miami Valley Public Health", 1, "2025-06-19")}),
    ("The World Health Organization's Nairobi office went further on Tuesday, reiterating its recommendation that "
     "governments tax sugary drinks and urging MPs not to water down the plan.",
     {("World Health Organization", 1, "2025-06-24")}),
    ("The Tasmanian Alcohol Harm Coalition, an alliance of doctors, nurses and drug and alcohol services, urged the "
     "government at the weekend to press ahead.", {("Tasmanian Alcohol Harm Coalition", 1, "2025-06-21")}),
    # the act before a participle, and more participles and verbs
    ('Javier Ontañón, the opposition\'s sports spokesman, offered what amounted to support in principle in a radio '
     'interview on Sunday, calling the plan "the right idea".', {("Javier Ontañón", 1, "2025-06-22")}),
    ('Hugh Prentice, who chairs the Epsom local board, goes further still, dismissing the plan as "a developer\'s '
     'wish list."', {("Hugh Prentice", -1, "2025-06-25")}),
    ('Choi Eun-young, a lawmaker on the land committee, goes further, characterising the plan as "a tax on every '
     'honest landlord."', {("Choi Eun-young", -1, "2025-06-25")}),
    ('The local state MP, Lachlan Briggs, weighed in earlier this month, posting on social media that he "fully '
     'supports" the plan.', {("Lachlan Briggs", 1, "2025-06-01")}),
    ("Over the weekend the Vestland Supporters' Trust put out a statement backing the plan.",
     {("Vestland Supporters' Trust", 1, "2025-06-21")}),
    ("The Southern African Alcohol Policy Alliance has been pushing for the plan for more than a year.",
     {("Southern African Alcohol Policy Alliance", 1, "2025-06-25")}),
    ("The Silicon Savannah Employers' Forum has lauded the plan as long overdue.",
     {("Silicon Savannah Employers' Forum", 1, "2025-06-25")}),
    ("Cascade Sound Energy, which serves about 52,000 customers in the city, is fighting the idea.",
     {("Cascade Sound Energy", -1, "2025-06-25")}),
    ("The Riverside Union is fighting for its members.", set()),
    # more words of a side: "no appetite", "all in", "endorsing"; and of none: "neither endorsing nor opposing"
    ('In 2024, Morag Lennox, then a backbencher, said there was "no appetite whatsoever" for the plan.',
     {("Morag Lennox", -1, "2024-01-01")}),
    ('Derek Fong described himself as "all in" on the plan.', {("Derek Fong", 1, "2025-06-25")}),
    ("Ann Lee said the row over the plan was all in the past.", set()),
    ("She also told MPs the Victorian Pensioners' League had written to her on Monday endorsing the plan.",
     {("Victorian Pensioners' League", 1, "2025-06-23")}),
    ("The Data Commission said it was neither endorsing nor opposing the plan.", {("Data Commission", 0, "2025-06-25")}),
    ("Ann Lee urged the opposition to listen to the people on the plan.", set()),
    # "back" as an adverb is no side
    ("Sofia Almeida thinks about the plan, then she shrugs and goes back inside.", set()),
    ("Samuel Okafor noted that two-thirds of children were back before a court within two years of the plan.", set()),
    ("Ann Lee called on the regulator to knock the plan back.", set()),
    ("Ann Lee said she would back the plan.", {("Ann Lee", 1, "2025-06-25")}),
    # "he" after a person named in the object: that person (not a subject further back)
    ("Ong also spoke to Prasert Wongsawat, the former health minister. He rejected the plan outright.",
     {("Prasert Wongsawat", -1, "2025-06-25")}),
    # times: "told us last week" (whom, then when), "interviewed … last week", "posted a video yesterday urging …",
    # "at the time" (the time named before), "at the same meeting" as "told the committee on Tuesday"
    ("Council member Teresa Lund, who told us last week she was still on the fence, said on Tuesday she will support "
     "the plan.", {("Teresa Lund", 0, "2025-06-16"), ("Teresa Lund", 1, "2025-06-24")}),
    ("Ward councillor Yusuf Parker, interviewed on the programme last week, had voiced doubts about whether the plan "
     "could work.", {("Yusuf Parker", -1, "2025-06-16")}),
    ("Executive Mayor Andile Fortuin posted a video yesterday urging councillors to back the plan.",
     {("Andile Fortuin", 1, "2025-06-24")}),
    ("In 2019 Ann Lee backed the plan. She said at the time that it was a good idea.", {("Ann Lee", 1, "2019-01-01")}),
    ('"Sundays are the one day a parent can come," Coun. Rebecca Stairs told the committee on Tuesday.\n\n'
     'Coun. Warren MacIsaac was blunter at the same meeting. The plan, he said, was a disaster.',
     {("Warren MacIsaac", -1, "2025-06-24")}),
    # one who leads or speaks for a named body, on "the association": the body's stance (as the coders' brief says)
    ('Second guest: Brian Otieno, chief executive of the Kenya Gaming Operators Association. He said the association '
     '"cannot support" the plan.', {("Kenya Gaming Operators Association", -1, "2025-06-25")}),
    ("Yusuf Salie, chair of the Bo-Kaap Residents' Forum, said the forum wanted the plan approved today.",
     {("Bo-Kaap Residents' Forum", 1, "2025-06-25")}),
    ("Ann Lee, of the Green Trade Union, said the union movement would campaign for the plan.", {("Ann Lee", 1, "2025-06-25")}),
    ("Ann Lee, a councillor, said the union would back the plan.", {("Ann Lee", 1, "2025-06-25")}),
    # … and "club members had voted at their May meeting to back it": the body's act, at its own time
    ("Paddy Greally, secretary of the Kilbrenna Angling Club, said club members had voted at their May meeting to "
     "back the plan.", {("Kilbrenna Angling Club", 1, "2025-05-01")}),
    # a question about a side is about the matter at hand ("whether he backed the deployments")
    ("Council leader Huw Bevan has kept his distance. Asked on Tuesday whether he backed the deployments, he said "
     "he had no view either way.", {("Huw Bevan", 0, "2025-06-24")}),
    ("Asked on Tuesday whether jobs would go, Ann Lee said she had no view either way.", set()),
    # "voted for it in May, but … will now abstain": a change over time, both on record (not "welcomed it but said …")
    ("Pieter Venter voted for the plan at the committee in May, but tells the chamber he will now abstain.",
     {("Pieter Venter", 1, "2025-05-01"), ("Pieter Venter", 0, "2025-06-25")}),
    ("Ann Lee welcomed the plan but said she would oppose the bill.", {("Ann Lee", -1, "2025-06-25")}),
    # the words of a convert: "I'm for it now", "ran out of reasons to say no", "worn down her objections"
    ('"My kids would rather have a long weekend," Ann Parrish said of the plan. "I\'m for it now."',
     {("Ann Parrish", 1, "2025-06-25")}),
    ('"I simply ran out of reasons to say no to the plan," Ann Lee said.', {("Ann Lee", 1, "2025-06-25")}),
    ("Ann Lee said the evidence on the plan had worn down her objections.", {("Ann Lee", 1, "2025-06-25")}),
    ("Ann Lee told the board she had come away a convert to the plan.", {("Ann Lee", 1, "2025-06-25")}),
    ("The plan has drawn an unlikely convert. Ann Lee described it in 2023 as a disaster.",
     {("Ann Lee", -1, "2023-01-01")}),
    # "approved" as a fact, not a side: "approved trials", "approved by their assemblies", "would need … approval"
    ("Mark Osborne said 142 patients had been treated through approved trials of the plan since 2022.", set()),
    ("Kerry Nguyen said any change to the plan would need the electoral commission's approval.", set()),
    ("Ann Lee said she would approve the plan.", {("Ann Lee", 1, "2025-06-25")}),
    # "I was wrong" after a change on record ("could no longer back it") confirms the new side
    ('In 2023 Nomvula Dlamini said the plan was "the fairest way". Now she said she could no longer back the plan.'
     '\n\n"I listened, and I was wrong about the level," Dlamini said.',
     {("Nomvula Dlamini", 1, "2023-01-01"), ("Nomvula Dlamini", -1, "2025-06-25")}),
])
def test_session_22_rules(monkeypatch, text, expect):
    assert _rules_only(monkeypatch, text) == expect


# The review of session 22's rules: each a sentence its first version got wrong
@pytest.mark.parametrize("text, expect", [
    ("Ann Lee opposed the plan in 2019. She says she did not understand it at the time but now backs it.",
     {("Ann Lee", -1, "2019-01-01"), ("Ann Lee", 1, "2025-06-25")}),
    ("Ann Lee opposed the plan in 2019. She now says she was wrong at the time and backs the plan.",
     {("Ann Lee", -1, "2019-01-01"), ("Ann Lee", 1, "2025-06-25")}),
    ("Tom Hale has campaigned for the plan for years. Critics call him stubborn. Last week he met John Smith, the "
     "transport minister. Back in 2023 he said the plan was a disaster.",  # (both sides on one day: see session 28)
     {("Tom Hale", 1, "2025-06-25"), ("Tom Hale", -1, "2023-01-01")}),
    ("Ann Lee, who once worked for the Farmers' Union, said the union was wrong to oppose the plan.",
     {("Ann Lee", 1, "2025-06-25")}),
    ("Tom Hale, who has clashed with the Residents' Association, said the association would oppose the plan.",
     {("Tom Hale", -1, "2025-06-25")}),
    ('Councillors are split ahead of Thursday\'s vote on the plan.\n\n"We back the plan," Ann Lee said.',
     {("Ann Lee", 1, "2025-06-25")}),
    ('The council meets for a final vote Friday night on the plan.\n\n"We back the plan," Ann Lee said.',
     {("Ann Lee", 1, "2025-06-25")}),
    ("Asked on Tuesday whether she supported the strike, Ann Lee said she had no view either way.", set()),
    ('"He\'s for it," Ann Lee said of the plan, "but I am not."', set()),
    ("Ann Lee was among the first to back away from the plan.", set()),
    ("Ann Lee was among the first to call for an inquiry into the plan.", set()),
    ("Ann Lee said there was no appetite among voters for scrapping the plan.", set()),
    ("In a statement on Monday, Ann Lee welcomed the plan, but said on Monday evening that she would oppose the bill.",
     {("Ann Lee", -1, "2025-06-23")}),
    ("Ann Lee pushed back hard against claims that the plan would cost jobs.", set()),
    ("The Director of Public Health said the plan would save lives.", set()),
    ("Ann Lee said the applications for the plan were all in.", set()),
    ("Ann Lee said the council was pressing ahead with the plan regardless of the evidence.", set()),
    ("The World Health Organization's regional office said the plan was a disaster.",
     {("World Health Organization", -1, "2025-06-25")}),
    ("Ann Lee told MPs the Victorian Pensioners' League backed the plan.", {("Victorian Pensioners' League", 1, "2025-06-25")}),
    ("Aoife Brennan of the Irish Digital Rights Forum said the forum would oppose the plan.",
     {("Irish Digital Rights Forum", -1, "2025-06-25")}),
])
def test_review_mends_of_session_22(monkeypatch, text, expect):
    assert _rules_only(monkeypatch, text) == expect


# Session 23: wire constructions from blind105-112 (pub 2025-06-25, a Wednesday)
@pytest.mark.parametrize("text, expect", [
    # "offered qualified backing": a described backing, with or without an owner; help offered is no side
    ("The Lagos Chamber of Commerce offered qualified backing last week.",
     {("Lagos Chamber of Commerce", 1, "2025-06-16")}),
    ("Sébastien Morel, a dairy farmer near Rennes, offered qualified backing, accepting the principle of the plan.",
     {("Sébastien Morel", 1, "2025-06-25")}),
    ("The charity offered support to families affected by the plan.", set()),
    # "Its executive director said": the body the sentence is about, not the last one heard
    ("The Nut Growers Coalition opposes the plan, its president said on Monday. The Farm Bureau has stopped short of "
     'opposing the plan. Its executive director said the bureau "could live with" the plan.',
     {("Nut Growers Coalition", -1, "2025-06-23"), ("Farm Bureau", 1, "2025-06-25")}),
    ("The Glasgow Council Staff Union has thrown its weight behind the plan. Speaking at the union's branch conference "
     'at the weekend, its convener told delegates the plan was "long overdue".',
     {("Glasgow Council Staff Union", 1, "2025-06-21")}),
    # contractions negate a stance verb as the full forms do, with either apostrophe
    ("The Builders Association can't support the plan.", {("Builders Association", -1, "2025-06-25")}),
    ("The Builders Association didn’t endorse the plan.", {("Builders Association", -1, "2025-06-25")}),
    ("The Builders Association, whose members hold many contracts, can't support the plan as written, its executive "
     "director told commissioners last week.", {("Builders Association", -1, "2025-06-16")}),
    # a telling's day dates what was told; "went further" reads its participles
    ("Sheriff Tom Bramlett weighed in at the weekend, telling a gathering of the county Republican club that he "
     "favored the plan.", {("Tom Bramlett", 1, "2025-06-21")}),
    ("Elena Marsh, the Green Party's spokeswoman, went further on Tuesday, demanding that the plan be legislated "
     "before the end of the year.", {("Elena Marsh", 1, "2025-06-24")}),
    ("In the Tweede Kamer on Tuesday, Daan Hoekstra of the Freedom Party went further still, denouncing the plan as "
     '"giving away the national collection".', {("Daan Hoekstra", -1, "2025-06-24")}),
    # withholding: "has yet to show its hand", "has not yet picked a side", "refused to take a side"
    ("Belgium has yet to show its hand on the plan.", {("Belgium", 0, "2025-06-25")}),
    ("The Durban Municipality has not yet picked a side.", {("Durban Municipality", 0, "2025-06-25")}),
    ("Claire Dubois-Lam pointedly refused to take a side on the plan.", {("Claire Dubois-Lam", 0, "2025-06-25")}),
    ("The Quebec Ministry of Culture has been careful to stay out of the quarrel over the plan.",
     {("Quebec Ministry of Culture", 0, "2025-06-25")}),
    ("Moustapha Ba said he would fight the plan until the last licence is torn up.", {("Moustapha Ba", -1, "2025-06-25")}),
    # "against" after a check or a measure is no side; "back" before a place is an adverb
    ('Henrik Solvang said the plan had been "carefully weighed against our obligations under the Bern Convention."',
     set()),
    ("Karen Lindahl said the plan would log every search run against the city's data.", set()),
    ("The Rail Alliance argued last week that the plan would pull traffic back onto the roads.", set()),
    # "support" as a price or a purpose is no side
    ("Meera Subramanian wrote that the government had no modelling to support its claims about the plan.", set()),
    ("The union demanded a minimum support price in the plan.", set()),
    # "not surprisingly applauded": no negation
    ("Sigrid Aas, whose company will bid for the contract, not surprisingly applauded the plan.",
     {("Sigrid Aas", 1, "2025-06-25")}),
    # attacks, challenges, a weekend spent
    ("Kanokwan Srisuk used a debate in the House on Tuesday to tear into the plan as a populist giveaway.",
     {("Kanokwan Srisuk", -1, "2025-06-24")}),
    ("The French Plant Protein Association lodged a challenge to the plan before the Conseil d'État in May.",
     {("French Plant Protein Association", -1, "2025-05-01")}),
    ("Two years ago, Marisol Vega led the opposition to the plan.", {("Marisol Vega", -1, "2023-01-01")}),
    ('Its roads spokesman, Darren Kirby, spent the weekend dismissing the plan as "a tradie tax".',
     {("Darren Kirby", -1, "2025-06-21")}),
    ("The Performers' Union lined up against the plan last week.", {("Performers' Union", -1, "2025-06-16")}),
    ("The Mohawk Council reaffirmed its support for the plan in a letter earlier this month.",
     {("Mohawk Council", 1, "2025-06-01")}),
    # scathing about its critics: a defence of the plan
    ('Hamish Doyle is scathing about critics of the plan who "want the roads free and empty at once".',
     {("Hamish Doyle", 1, "2025-06-25")}),
    ("Tom Hall is scathing about the plan.", {("Tom Hall", -1, "2025-06-25")}),
    # an envoy to a country speaks for the one that sent them; a party's member is named without the party
    ("France's ambassador to the United States said the plan was welcome.", {("France", 1, "2025-06-25")}),
    ("Labour's Aileen Docherty said she backed the plan.", {("Aileen Docherty", 1, "2025-06-25")}),
    # "A federation spokesperson said last week": the federation just named, and its day
    ("The Builders' Federation of WA is firmly against the plan. A federation spokesperson said last week that the "
     "plan ignores shade.", {("Builders' Federation of WA", -1, "2025-06-16")}),
    # a quotation that opens with "Now" is now, not the day named before it
    ("Yuki Tanabe said she spoke against the plan at a meeting in March. \"Now I think we need it.\"",
     {("Yuki Tanabe", -1, "2025-03-01"), ("Yuki Tanabe", 1, "2025-06-25")}),
    # "who, as chair in 2019, had pushed for it": the aside's year is the clause's own verb's
    ("Lakshmi Narayan, who, as chair of the taxation committee in 2019, had herself pushed for the plan.",
     {("Lakshmi Narayan", 1, "2019-01-01")}),
    ("Andrés Valdivieso, who, as finance minister in 2019, firmly rejected the plan, now backs it.",
     {("Andrés Valdivieso", -1, "2019-01-01"), ("Andrés Valdivieso", 1, "2025-06-25")}),
    ("Paulo Sena, a councillor who led the fight against the plan in 2019, now backs it.",
     {("Paulo Sena", -1, "2019-01-01"), ("Paulo Sena", 1, "2025-06-25")}),
    # a party's group on the council is the party
    ("The Free Democrats' group on the city council said on Tuesday it would vote against the plan.",
     {("Free Democrats", -1, "2025-06-24")}),
    # idioms of a side, or of none
    ("The National Road Freight Council isn't buying it.", {("National Road Freight Council", -1, "2025-06-25")}),
    ("Victoria, by contrast, is yet to declare its hand.", {("Victoria", 0, "2025-06-25")}),
    ("Its rival, Daehan Marine Heavy Industries, has stayed conspicuously quiet.",
     {("Daehan Marine Heavy Industries", 0, "2025-06-25")}),
    ("The Students' Association said earlier this month that the plan would make a real difference to students.",
     {("Students' Association", 1, "2025-06-01")}),
    ("The Residents' Federation said last week it was prepared to accept higher bills from the plan.",
     {("Residents' Federation", 1, "2025-06-16")}),
    ('Martin Lüthi said he could accept the plan "with considerable reservations," provided it was kept short.',
     {("Martin Lüthi", 1, "2025-06-25")}),
    ("Martin Lüthi said he could not accept the plan.", {("Martin Lüthi", -1, "2025-06-25")}),
    ("Geoffrey Hallam, who wrote a widely shared opinion piece in 2023 arguing New Zealand should keep well clear of "
     "the plan, told Morning Report yesterday that he had changed his mind.",
     {("Geoffrey Hallam", -1, "2023-01-01"), ("Geoffrey Hallam", 1, "2025-06-24")}),
    # one who speaks or appears for a body gives the body's stance
    ("Speaking for Small Firms Ireland, Declan Furlong said the organisation opposed the plan.",
     {("Small Firms Ireland", -1, "2025-06-25")}),
    ("Daniel Otieno, appearing on behalf of the Kenya Broadcasters' Association, said the plan should be withdrawn.",
     {("Kenya Broadcasters' Association", -1, "2025-06-25")}),
    ("Speaking at a reception on Monday, Australia's high commissioner said Australia would warmly welcome the plan.",
     {("Australia", 1, "2025-06-23")}),
    # a condition after a side keeps the side; a condition before deciding is none
    ('Siobhán Doyle said she was "broadly in favour" of the plan but wanted to see how deliveries would work.',
     {("Siobhán Doyle", 1, "2025-06-25")}),
    ("Andrew Kinsella said he supported the ambition behind the plan but wanted to see the detail before deciding "
     "whether to back it.", {("Andrew Kinsella", 0, "2025-06-25")}),
    ("Ann Lee said she wanted to see how the plan would work.", {("Ann Lee", 0, "2025-06-25")}),
    # standing in the way, or not
    ("Beatriz Nogueira signalled she would not stand in the way of the plan.", {("Beatriz Nogueira", 1, "2025-06-25")}),
    ("Ann Lee said she would stand in the way of the plan.", {("Ann Lee", -1, "2025-06-25")}),
    # the plan would end a harm: for it ("end the ban" is the topic's own business)
    ('Wanjiru Kamau said the plan would end "the absurd situation where patients carry their records in a bag."',
     {("Wanjiru Kamau", 1, "2025-06-25")}),
])
def test_session_23_rules(monkeypatch, text, expect):
    assert _rules_only(monkeypatch, text) == expect


@pytest.mark.parametrize("topic, text, actor, side", [
    # a call for the topic's own undoing, with no article before its object
    ("Abolishing senior high school", "Marites Dumalagan called for senior high school to be abolished.",
     "Marites Dumalagan", 1),
    # undoing that would push schools into bankruptcy is a cost of the topic's own act
    ("Abolishing senior high school", "The Coordinating Council warned that scrapping the grades would push hundreds "
     "of small schools into bankruptcy.", "Coordinating Council", -1),
])
def test_topics_that_undo(topic, text, actor, side):
    from stancetrack.extract import extract_text
    df = extract_text(text, pd.Timestamp("2025-06-25"), topic=topic).statements
    assert list(zip(df["actor"], np.sign(df["stance"].astype(int)))) == [(actor, side)]


# The review of session 23's rules: each a sentence its first version got wrong
@pytest.mark.parametrize("text, expect", [
    ("The Farmers Union said the plan would end in disaster.", {("Farmers Union", -1, "2025-06-25")}),
    ("The Treasury sent the plan to the Farmers Union for comment last week. Its president said on Tuesday that the "
     "plan would ruin growers.", set()),
    ("Ann Lee called for any amendments to the plan to be rejected.", {("Ann Lee", 1, "2025-06-25")}),
    ("Ann Lee tore into the plan's critics.", {("Ann Lee", 1, "2025-06-25")}),
    ("The Farmers Union lined up against the plan's critics.", {("Farmers Union", 1, "2025-06-25")}),
    ("Ann Lee went further on Monday, accusing critics of the plan of scaremongering.", set()),
    ("Ann Lee rounded on reporters on Monday, insisting the plan would go ahead.", set()),
    ('Ann Lee attacked the plan at a rally in March. "This plan is a disaster." "Now, I want to be clear: it is a '
     'disaster."', {("Ann Lee", -1, "2025-03-01")}),
    ("The Farmers Union didn’t oppose the plan.", {("Farmers Union", 0, "2025-06-25")}),
    ("The Farmers Union can’t support the plan.", {("Farmers Union", -1, "2025-06-25")}),
    ("The Farmers Union shouldn't have backed the plan, Ann Lee said.", {("Ann Lee", -1, "2025-06-25")}),
    ("The Farmers Union not only supports the plan but wants it extended.", {("Farmers Union", 1, "2025-06-25")}),
    ("Canada's high commissioner to India said the plan was a mistake.", {("Canada", -1, "2025-06-25")}),
    ("The Farmers Union's Ann Lee said on Monday the plan was a mistake. The union said on Tuesday it would fight "
     "the plan.", {("Ann Lee", -1, "2025-06-23"), ("Farmers Union", -1, "2025-06-24")}),
    ("The Farmers Union said rejecting the plan would push the final vote into next month.",
     {("Farmers Union", -1, "2025-06-25")}),
    ("The Labour group in the Scottish Parliament said it would oppose the plan.", {("Labour", -1, "2025-06-25")}),
])
def test_review_mends_of_session_23(monkeypatch, text, expect):
    assert _rules_only(monkeypatch, text) == expect


@pytest.mark.parametrize("text, expect", [
    # a summary ("has been its most forceful advocate", "is firmly against") dated by the same speaker's next words,
    # a month of this year as well as a recent day; merged with them when they take the same side
    ("Transport Minister Ricardo Alencar has been the plan's most forceful advocate. Speaking to business leaders in "
     "May, he said the plan was long overdue.", {("Ricardo Alencar", 1, "2025-05-01")}),
    ("The Farmers Union is firmly against the plan. A union spokesperson said in May that the plan would ruin growers.",
     {("Farmers Union", -1, "2025-05-01")}),
    # not an older year's: "in 2019" dates only itself
    ("The Farmers Union is firmly against the plan. In 2019 it said the plan would ruin growers.",
     {("Farmers Union", -1, "2025-06-25"), ("Farmers Union", -1, "2019-01-01")}),
])
def test_a_summary_dated_by_the_next_words(monkeypatch, text, expect):
    assert _rules_only(monkeypatch, text) == expect


def test_replacing_is_no_scrapping():
    """Topic "replacing diesel buses with electric ones": a call to scrap the new scheme is against it."""
    from stancetrack.extract import extract_text
    df = extract_text("The Farmers Union called for the electric bus scheme to be scrapped.", pd.Timestamp("2025-06-25"),
                      topic="replacing diesel buses with electric ones").statements
    assert list(zip(df["actor"], np.sign(df["stance"].astype(int)))) == [("Farmers Union", -1)]


def test_tram_stops_end_nothing():
    """"Facial recognition at tram stops": the stops are a place, so backing the trial backs the topic."""
    from stancetrack.extract import extract_text
    df = extract_text("The Tramways Workers Association has thrown its weight behind the trial.",
                      pd.Timestamp("2025-06-25"), topic="Facial recognition trial at tram stops").statements
    assert list(zip(df["actor"], df["stance"])) == [("Tramways Workers Association", 1)]


# Session 24: rules from the errors of the newly tuned blind113-120 and the older tuned sets (pub 2025-06-25, Wed)
@pytest.mark.parametrize("text, expect", [
    # "he" is never a place just named ("North Hobart", "a zone in Kelly Basin"): the person before it
    ('Alderman Simon Leary is a more surprising convert. In 2021, when residents asked for a 30km/h zone in North '
     'Hobart, he dismissed the plan as "nanny-state nonsense".', {("Simon Leary", -1, "2021-01-01")}),
    ("South Dublin county councillor Paddy Moran changed his mind. In 2022, he said, he had spoken against the plan.",
     {("Paddy Moran", -1, "2022-01-01")}),
    ("Tom Hale grew up there. Last year, when the council proposed a depot in Kelly Basin, he opposed the plan.",
     {("Tom Hale", -1, "2024-01-01")}),
    # … but "a critic in Professor Moira Dunlop" names a person
    ("The plan has an unexpected critic in Professor Moira Dunlop. She said on Tuesday that the plan was a mistake.",
     {("Moira Dunlop", -1, "2025-06-24")}),
    # an office ending in its portfolio is no person's name ("Secretary of State for Tourism, Ines Valadares")
    ("Portugal's Secretary of State for Tourism, Ines Valadares, declined on Monday to weigh in. The plan was \"a "
     "matter for each municipality\", she told reporters.", {("Ines Valadares", 0, "2025-06-23")}),
])
def test_session_24_rules(monkeypatch, text, expect):
    assert _rules_only(monkeypatch, text) == expect


@pytest.mark.parametrize("text, expect", [
    # a verbless word of praise, then more: irony, against
    ('"Wonderful. Now I can lose money seven days a week instead of six," Ann Lee said of the plan.',
     {("Ann Lee", -1, "2025-06-25")}),
    ('"Fantastic idea. Let\'s send pensioners the bill for our own mistakes," Ann Lee said of the plan.',
     {("Ann Lee", -1, "2025-06-25")}),
    ('Green MP Tama Rikihana was blunt. "Wonderful. We get to join a club we are not allowed into," he said.',
     {("Tama Rikihana", -1, "2025-06-25")}),  # a feeling ("join") after it is no sincere praise; Tama is a man
    # … unless the words after it take the same side in earnest
    ('"Brilliant. Cannot come soon enough," Ann Lee said of the plan.', {("Ann Lee", 1, "2025-06-25")}),
    ("Ann Lee said the plan was wonderful.", {("Ann Lee", 1, "2025-06-25")}),  # praise inside a sentence: sincere
])
def test_praise_that_opens_the_words_is_irony(monkeypatch, text, expect):
    assert _rules_only(monkeypatch, text) == expect


@pytest.mark.parametrize("text, expect", [
    # neither backing nor opposing, said as two denials
    ('"Until I\'ve read the risk assessment, I\'m not backing it and I\'m not opposing it," Jim Hale said of the plan.',
     {("Jim Hale", 0, "2025-06-25")}),
    ("Jim Hale said he was not for the plan and not against it.", {("Jim Hale", 0, "2025-06-25")}),
    # "not against" something other than the topic is no stance on it; "not against it" still stands aside
    ('"We are not against tourism. We are for residents," Rui Carvalho said.', set()),
    ('"Our members are not against cyclists," Conor Hayes said.', set()),
    ('"I\'m not there yet, and I\'m not against it either," Tom Whitacre said of the plan.',
     {("Tom Whitacre", 0, "2025-06-25")}),
])
def test_denials_that_stand_aside_and_those_about_something_else(monkeypatch, text, expect):
    assert _rules_only(monkeypatch, text) == expect


@pytest.mark.parametrize("topic, text, expect", [
    # "a vocal opponent of" an act or a thing of the plan's kind, not only of "the plan"
    ("Removal of the cycleway", "Councillor Mere Pohatu has been a vocal opponent of removing the cycleway.",
     {("Mere Pohatu", -1, "2025-06-25")}),
    ("Crypto ATM ban", "The Seniors' Advocacy Network has been a vocal supporter of a ban.",
     {("Seniors' Advocacy Network", 1, "2025-06-25")}),
    ("the plan", "Tom Hale is a vocal critic of the Taoiseach.", set()),  # a person: no stance on the plan
    # "has so far avoided taking sides / a position"
    ("the plan", "Argentina has so far avoided taking sides.", {("Argentina", 0, "2025-06-25")}),
    ("the plan", "The European Commission, which has authority over trade, has so far avoided taking a position.",
     {("European Commission", 0, "2025-06-25")}),
])
def test_vocal_opponents_of_acts_and_sides_avoided_so_far(monkeypatch, topic, text, expect):
    assert _rules_only_on(monkeypatch, text, topic) == expect


@pytest.mark.parametrize("text, expect", [
    # "voiced opposition" with no object: the topic's, as "voiced opposition to it" is
    ("The Sakhi Legal Aid Collective, which represents survivors of abuse, also voiced opposition on Tuesday.",
     {("Sakhi Legal Aid Collective", -1, "2025-06-24")}),
    ("Tom Hale voiced his opposition on Tuesday.", {("Tom Hale", -1, "2025-06-24")}),
    ("Tom Hale voiced his support on Tuesday for the striking nurses.", set()),  # support of someone else
    ("The union voiced support for striking nurses on Tuesday.", set()),  # support for someone else
])
def test_voiced_opposition_without_an_object(monkeypatch, text, expect):
    assert _rules_only(monkeypatch, text) == expect


def test_made_himself_the_plans_advocate(monkeypatch):
    assert _rules_only(monkeypatch, "Defence Minister Hiroshi Kanda has made himself the proposal's most energetic "
                                    "advocate, insisting in a speech on Saturday that Japan needs it.") == {
        ("Hiroshi Kanda", 1, "2025-06-21")}
    assert _rules_only(monkeypatch, "Tom Hale has made himself the plan's fiercest critic.") == {("Tom Hale", -1, "2025-06-25")}


@pytest.mark.parametrize("text, expect", [
    # a denied verb and its denied opposite: no side
    ("The Privacy Commissioner said it does not endorse or oppose specific programs but had given guidance.",
     {("Privacy Commissioner", 0, "2025-06-25")}),
    ("Tom Hale does not support or oppose the plan.", {("Tom Hale", 0, "2025-06-25")}),
    ("Tom Hale does not support the plan.", {("Tom Hale", -1, "2025-06-25")}),
    # "without" denies its own clause, not the next one after "and"
    ("The United Services Union warned last week that 60 jobs could be lost without the extra revenue and urged "
     "councillors to back the plan.", {("United Services Union", 1, "2025-06-16")}),
])
def test_denials_that_reach_and_those_that_do_not(monkeypatch, text, expect):
    assert _rules_only(monkeypatch, text) == expect


@pytest.mark.parametrize("text, expect", [
    # the speaker's own words place a side at an earlier time: an earlier statement, then what they say now
    ('"Three years ago I thought the plan was the wrong call. Having read the new conditions, I now support it," '
     "Ann Lee said.", {("Ann Lee", -1, "2022-01-01"), ("Ann Lee", 1, "2025-06-25")}),
    ('"Two years ago I argued against the plan. I thought education would do the job," Ann Lee said.',
     {("Ann Lee", -1, "2023-01-01")}),
    ('Ann Lee said on Monday: "In 2019 I thought the plan was a mistake. I was wrong."',
     {("Ann Lee", -1, "2019-01-01"), ("Ann Lee", 1, "2025-06-23")}),
    ('"Last year we opposed the plan. We still oppose it," Ann Lee said.', {("Ann Lee", -1, "2025-06-25")}),
    # a year's quantity is no time of speaking: "at last year's level"
    ("Ann Lee urged the council to reject the plan and hold fares at last year's level.", {("Ann Lee", -1, "2025-06-25")}),
])
def test_earlier_sides_in_the_speakers_own_words(monkeypatch, text, expect):
    assert _rules_only(monkeypatch, text) == expect


@pytest.mark.parametrize("text, expect", [
    # who sponsored a measure of the plan's kind backed it, at the time the clause gives
    ("Senator Helena Barros, who in 2023 sponsored a budget amendment to fund the plan, argued on Monday that the plan "
     "should be paused.", {("Helena Barros", 1, "2023-01-01"), ("Helena Barros", -1, "2025-06-23")}),
    ("Ann Lee sponsored the bill in March.", {("Ann Lee", 1, "2025-03-01")}),
    # … but "a Democrat who sponsored the bill" after the words is the speaker's role, told with them
    ('"The plan is overdue," said Rep. Marcus Delgado, a Democrat who sponsored the House version of the bill, which '
     "passed in June.", {("Marcus Delgado", 1, "2025-06-25")}),
])
def test_sponsors_of_a_measure(monkeypatch, text, expect):
    assert _rules_only(monkeypatch, text) == expect


def test_as_recently_as_a_year_in_a_relative_clause(monkeypatch):
    assert _rules_only(monkeypatch, "Ann Lee, who as recently as 2020 warned that the plan would be a disaster, now "
                                    "backs it.") == {("Ann Lee", -1, "2020-01-01"), ("Ann Lee", 1, "2025-06-25")}


@pytest.mark.parametrize("text, expect", [
    ("Village head Marta Liang was once sceptical. In Tumbang Samba, she now backs the plan.",
     {("Marta Liang", 1, "2025-06-25")}),  # "In Tumbang Samba": a place, never "she"
    ("Ann Lee said she would neither campaign for nor against the measure until the costs were known.",
     {("Ann Lee", 0, "2025-06-25")}),
])
def test_places_opening_a_sentence_and_neither_campaigning_for_nor_against(monkeypatch, text, expect):
    assert _rules_only(monkeypatch, text) == expect


# The review of session 24's rules: each a sentence its first version got wrong (pub 2025-06-25, a Wednesday)
@pytest.mark.parametrize("topic, text, expect", [
    ("Tourist tax", '"We are not opposed to it," Ann Lee said.', {("Ann Lee", 0, "2025-06-25")}),
    ("the plan", '"Lovely. This is a great day for the town," said Ann Lee of the plan.', set()),  # no irony (the learned
    # part reads it as for)
    ("the plan", '"What a great idea. Let\'s get it done," said Ann Lee of the plan.', {("Ann Lee", 1, "2025-06-25")}),
    ("the plan", '"A wonderful idea. I\'m sure the academies will be delighted to be paid in goodwill," Ann Lee said.',
     {("Ann Lee", -1, "2025-06-25")}),
    ("the plan", '"We got by without it and we won\'t back the plan," Ann Lee said.', {("Ann Lee", -1, "2025-06-25")}),
    ("Removal of the cycleway", "Ann Lee has been a vocal opponent of closing the library.", set()),
    ("Congestion charge", "Ann Lee has long been a fierce critic of any increase in council tax.", set()),
    ("the plan", '"We are not backing the plan, and we are not backing down," Ann Lee said.', {("Ann Lee", -1, "2025-06-25")}),
    ("the plan", '"I\'m not for it and I\'m not against it until I see the safeguards," Ann Lee said.',
     {("Ann Lee", 0, "2025-06-25")}),
    ("the plan", "Tom Hale would not back or support the plan.", {("Tom Hale", -1, "2025-06-25")}),
    ("the plan", "Tom Hale expressed his support for the family of the victim.", set()),
    ("the plan", "Tom West and Jim Hale met on Monday. Hale opposes the plan. West was blunt. He said the plan was overdue.",
     {("Jim Hale", -1, "2025-06-23"), ("Tom West", 1, "2025-06-23")}),  # a surname alone is no place
    ("the plan", "Labour found a new leader in Keir Starmer. He said the plan would create jobs.",
     {("Keir Starmer", 1, "2025-06-25")}),
    ("the plan", '"A year ago I thought the plan was a mistake. I still do," Ann Lee said.', {("Ann Lee", -1, "2025-06-25")}),
    ("the plan", "Speaking at last month's budget meeting, Ann Lee said she opposed the plan.", {("Ann Lee", -1, "2025-05-01")}),
    ("the plan", '"The plan has been a costly failure," said Rep. Marcus Delgado, a Democrat who had sponsored the bill.',
     {("Marcus Delgado", -1, "2025-06-25")}),
    ("the plan", "The Transport Workers' Union backs the plan. Its former president, Ann Lee, said on Tuesday the plan "
                 "would ruin the town.", {("Transport Workers' Union", 1, "2025-06-24"), ("Ann Lee", -1, "2025-06-24")}),
])
def test_review_mends_of_session_24(monkeypatch, topic, text, expect):
    assert _rules_only_on(monkeypatch, text, topic) == expect


def test_what_others_promised_is_no_earlier_side_of_the_speaker(monkeypatch):
    from stancetrack import extract as X
    monkeypatch.setattr(X.learned, "model", lambda: None)
    df = X.extract_text('"Last year we were promised the plan would create jobs. We have seen none of them," Ann Lee said.',
                        pd.Timestamp("2025-06-25"), topic="the plan").statements
    assert (df["date"].dt.year == 2025).all() and "earlier time" not in " ".join(df["cue"])


# Session 25: from blind121-128 (tuned on from this session); pub 2025-06-25, a Wednesday
@pytest.mark.parametrize("topic, text, expect", [
    # an announcement's day follows its object (a short noun phrase, not a clause)
    ("the plan", "Transport Minister Karen Whitlock announced the new plan on Sunday, calling it a huge step forward.",
     {("Karen Whitlock", 1, "2025-06-22")}),
    # "the Chamber" is the Chamber of Commerce named before
    ("the plan", 'Kilbrannan Chamber of Commerce opposed the plan in October. On Friday, the Chamber said it was '
                 '"neither supporting nor opposing" the plan.',
     {("Kilbrannan Chamber of Commerce", -1, "2024-10-01"), ("Kilbrannan Chamber of Commerce", 0, "2025-06-20")}),
    # weighing the costs and benefits, or neither cheering nor booing, is no side
    ("the plan", "Supervisor Gene Fischer said he was still weighing the costs and benefits of the plan.",
     {("Gene Fischer", 0, "2025-06-25")}),
    ("the plan", 'Sergio Bellini said he would "neither cheer nor boo" the plan until the assessment was out.',
     {("Sergio Bellini", 0, "2025-06-25")}),
    # "promising" the verb is no praise; the adjective still is
    ("the plan", '"They are promising jobs, and delivering kerosene and noise," Chiara Esposito said of the plan.', set()),
    ("the plan", '"The plan is promising," Chiara Esposito said.', {("Chiara Esposito", 1, "2025-06-25")}),
    # a tie settled by the later sentence, the denial placed by its verb ("can't back")
    ('the plan', '"I backed the idea. I can\'t back this version," Mayor Tony Russo said of the plan.',
     {("Tony Russo", -1, "2025-06-25")}),
    ("the plan", "Mayor Tony Russo was among the plan's early champions.", {("Tony Russo", 1, "2025-06-25")}),
    ("the plan", "Mayor Sylvie Gagnon made her support clear on Tuesday.", {("Sylvie Gagnon", 1, "2025-06-24")}),
    ("the plan", 'Atlantica Lines said it would add a service, describing the plan as "the right investment".',
     {("Atlantica Lines", 1, "2025-06-25")}),
    # two bodies of one kind named together are two actors
    ("the plan", "The governments of Mombasa County and Kwale County had written to the ministry in May backing the plan.",
     {("Mombasa County", 1, "2025-05-01"), ("Kwale County", 1, "2025-05-01")}),
    ("the plan", "The Truckers' Federation has threatened to block the plan.", {("Truckers' Federation", -1, "2025-06-25")}),
    # urged to adopt the plan (or a thing of its kind), not something else
    ("Doubling the rush-hour toll", "The Clean Air Alliance urged politicians to adopt the higher charge.",
     {("Clean Air Alliance", 1, "2025-06-25")}),
    ("Doubling the rush-hour toll", "The Clean Air Alliance urged politicians to adopt cleaner buses.", set()),
    # a main worry named as another matter takes no side (and leaves nothing for the learned part to guess)
    ("the plan", "Pierre Dufau said his bigger worry this winter was the cost of seasonal labour.", set()),
    ("the plan", "Pierre Dufau said his main concern was that the plan would ruin farms.",
     {("Pierre Dufau", -1, "2025-06-25")}),
    # a portfolio after "for the" is no one to call "she"
    ("the plan", "Spain's Minister for the Ecological Transition, Teresa Vidal, spoke on Monday. In May she said Madrid "
                 "would challenge the plan in court.", {("Teresa Vidal", -1, "2025-05-01")}),
    ("the plan", '"Sure, why not cut it to zero and be done with it," Seán Power said of the plan.',
     {("Seán Power", -1, "2025-06-25")}),
    ("the plan", 'Captain Greg Moffat of the Mount Ellery brigade told the meeting he did not want to "take sides on '
                 'the plan".', {("Greg Moffat", 0, "2025-06-25")}),
    ("the plan", "Transparency International's national chapter welcomed the plan on Monday.",
     {("Transparency International", 1, "2025-06-23")}),
    # for something, but not the plan
    ("the plan", '"I support welfare for workers, but not this plan. It will be passed on," Prakash Hegde said.',
     {("Prakash Hegde", -1, "2025-06-25")}),
    # a name, its acronym and an appositive before the verb
    ("the plan", "The Confederation of Production and Commerce (CPC), the country's main business association, said on "
                 "Tuesday that it opposed the plan.", {("Confederation of Production and Commerce", -1, "2025-06-24")}),
    # "the group" is the body named earlier in the sentence, not the one quoted before
    ("the plan", "The Police Association backed the plan. Alicia Running Rabbit, an organizer with the Community Safety "
                 "Coalition, said Tuesday that the group opposes the plan.",
     {("Police Association", 1, "2025-06-25"), ("Alicia Running Rabbit", -1, "2025-06-24"),
      ("Community Safety Coalition", -1, "2025-06-24")}),
    # wanting it passed, or gone
    ("the plan", '"Our members are exhausted. They want this passed," said Ann Lee.', {("Ann Lee", 1, "2025-06-25")}),
    ("the plan", '"Our members want the plan withdrawn," said Ann Lee.', {("Ann Lee", -1, "2025-06-25")}),
    # a conditional opening the words judges nothing ("If it catches one person who's hurt somebody")
    ("the plan", '"If it catches one person who\'s hurt somebody, I\'m all for it," Danielle Marsh said of the plan.',
     {("Danielle Marsh", 1, "2025-06-25")}),
    ("the plan", 'Ann Lee said Treasury "does not have a position on the plan at this stage".',
     {("Ann Lee", 0, "2025-06-25")}),
    ("the plan", "Councillors Gord Halvorsen and Ana Ferreira voted against the plan.",
     {("Gord Halvorsen", -1, "2025-06-25"), ("Ana Ferreira", -1, "2025-06-25")}),
    # "clashed on Monday" is the day of the meeting the later words were said at
    ("the plan", "EU ministers clashed on Monday over the plan.\n\nSpeaking to reporters after the meeting, Karsten "
                 "Vogel said the plan was essential.", {("Karsten Vogel", 1, "2025-06-23")}),
    # a fronted phrase before the speaker, and a short clause after the verb: the clause is what was said
    ("the plan", "After the meeting, Ann Lee said the plan was essential.", {("Ann Lee", 1, "2025-06-25")}),
    ("the plan", "Speaking to reporters, Ann Lee said the plan was essential.", {("Ann Lee", 1, "2025-06-25")}),
    ("Vape ban", "Ministers will ban the sale of vapes from June, Minister Eleanor Voss announced yesterday.",
     {("Eleanor Voss", 1, "2025-06-24")}),
    # "objects" the noun; "not neutral"; persuaded otherwise
    ("Return of the regalia", "The museum has handled the return of Asante objects before.", set()),
    ("the plan", '"Keeping it in a basement is not neutral. It is a choice," Ingrid Solberg said of the plan.', set()),
    ("the plan", "Ann Lee said new research had persuaded her otherwise.", set()),
    # a time in what the position waits for is not when it was taken; a letter's time after its side
    ("the plan", "The Faculty Association has not taken a position and will not do so until a survey due in late "
                 "October, its president said.", {("Faculty Association", 0, "2025-06-25")}),
    ("the plan", "The Biomedical Research Alliance wrote to the council in support of the plan last month.",
     {("Biomedical Research Alliance", 1, "2025-05-01")}),
    # an act of approval decides a tie with the reasons given for it
    ("the plan", "The Board of Governors approved the plan by a 9-3 vote in June, after two events last winter were "
                 "disrupted by protesters.", {("Board of Governors", 1, "2025-06-01")}),
    # "Whatever they decide," opening the words concedes; it withholds nothing
    ("the plan", '"Whatever they decide, somebody needs to fix that junction," Geir Stenmo said of the plan.', set()),
    ("the plan", '"We will implement whatever they decide," Geir Stenmo said of the plan.',
     {("Geir Stenmo", 0, "2025-06-25")}),
    ("the plan", '"This version answers most of their concerns," said Maeve Dolan.', {("Maeve Dolan", 1, "2025-06-25")}),
    ("the plan", "Mark Delorme said the plan would add needless red tape.", {("Mark Delorme", -1, "2025-06-25")}),
    # from blind113-120: a permission granted, a greeting, an open door, a formality, a platform named after its kind
    ("the plan", "The Parents Council greeted the announcement with sarcasm.", {("Parents Council", -1, "2025-06-25")}),
    ("the plan", "Li Wenhao said the door to the plan remains wide open.", {("Li Wenhao", 1, "2025-06-25")}),
    ("the plan", "The Union of Journalists says that the consultation on the plan is a formality.",
     {("Union of Journalists", -1, "2025-06-25")}),
    ("the plan", "Ann Lee said the final vote on the plan is a formality.", set()),
    ("the plan", "The largest delivery platform, QuickDrop, said last week that the plan would destroy flexibility.",
     {("QuickDrop", -1, "2025-06-16")}),
    # a vote is its own occasion: its day, told before; a later clause's "next week" is another time
    ("the plan", "Students will lock their phones away when classes resume next week, after trustees voted 7-2 on "
                 "Monday night to approve the plan.\n\nTrustees Gord Halvorsen and Ana Ferreira voted against.",
     {("Gord Halvorsen", -1, "2025-06-23"), ("Ana Ferreira", -1, "2025-06-23")}),
    ("the plan", "Joseph Oduya has turned against the plan. At a rally on Sunday he described it as a ploy to muzzle "
                 "critics.", {("Joseph Oduya", -1, "2025-06-22")}),
    # a body's summary, dated by its voice in the next sentence
    ("the plan", "The Kisan Morcha Union is staying neutral on the plan. A spokesperson said on Monday that the union "
                 "would wait for the final text.", {("Kisan Morcha Union", 0, "2025-06-23")}),
    # backing the topic with a doubt about something else; a doubt about the topic itself is a tie lost
    ("Elephant corridor", "Peter Lekishon backs the corridor but doubts the compensation will be paid on time.",
     {("Peter Lekishon", 1, "2025-06-25")}),
    ("Elephant corridor", "Peter Lekishon backs the corridor but doubts it will ever be built.",
     {("Peter Lekishon", -1, "2025-06-25")}),
    # names: an occupation before a known first name; "Other", "Neighbouring"; a state of two words before "'s"
    ("the plan", "Pharmacist Omar Haddad said the plan was a good thing.", {("Omar Haddad", 1, "2025-06-25")}),
    ("the plan", "Economist Dana Whitfield of Eastbridge University has long argued against the plan.",
     {("Dana Whitfield", -1, "2025-06-25")}),
    ("the plan", "Neighbouring Bremen introduced the plan in 2023.", {("Bremen", 1, "2023-01-01")}),
    ("the plan", "New Zealand's government said it opposed the plan.", {("New Zealand", -1, "2025-06-25")}),
    ("the plan", "Nova Scotia's government said it fully supports the plan.", {("Nova Scotia", 1, "2025-06-25")}),
    ("the plan", "Wexcombe District Council's cabinet voted on Monday to oppose the plan.",
     {("Wexcombe District Council", -1, "2025-06-23")}),
])
def test_session_25_rules(monkeypatch, topic, text, expect):
    assert _rules_only_on(monkeypatch, text, topic) == expect


# the review's mends of session 25: each rule kept to what it was meant for
@pytest.mark.parametrize("topic, text, expect", [
    ("the plan", "Ann Lee said her main worry was the plan.", {("Ann Lee", -1, "2025-06-25")}),
    ("Doubling the rush-hour toll", "Ann Lee said her biggest concern was the toll.", {("Ann Lee", -1, "2025-06-25")}),
    ("the plan", "The Kilbrannan Council of Churches opposes the plan. On Tuesday the Council voted 7-2 to approve "
                 "the plan.", {("Kilbrannan Council of Churches", -1, "2025-06-24"), ("Council", 1, "2025-06-24")}),
    ("the plan", "The plan is reckless and will ruin the town, Ann Lee said after it was published.",
     {("Ann Lee", -1, "2025-06-25")}),
    ("the plan", "Gene Fischer said he had weighed the costs and benefits and would vote for the plan.",
     {("Gene Fischer", 1, "2025-06-25")}),
    ("the plan", '"We back the plan, but not the proposed fee exemptions," Ann Lee said.', {("Ann Lee", 1, "2025-06-25")}),
    ("the plan", '"Sure, why not? It makes sense," Ann Lee said of the plan.', {("Ann Lee", 1, "2025-06-25")}),
    ("the plan", "Ann Lee said residents did not want the plan withdrawn.", set()),
    ("the plan", "The Forest Union is staying neutral on the plan. A spokesperson for the rival Timber Guild said on "
                 "Monday that the guild backs the plan.",
     {("Forest Union", 0, "2025-06-25"), ("Timber Guild", 1, "2025-06-23")}),
    ("the plan", "Ann Lee said the council had granted permission for the depot, and the plan was reckless.",
     {("Ann Lee", -1, "2025-06-25")}),
    ("the plan", '"I can\'t back the plan as drafted. With the changes, I back it fully," Mayor Tony Russo said.',
     {("Tony Russo", 1, "2025-06-25")}),
    ("the plan", "Save Our Shore has campaigned for years.", set()),
    # a body named in the speaker's own noun phrase; a body that is the sentence's subject
    ("the plan", "The KEF commission recommended the plan. The ARD network, for its part, insists that the plan is "
                 "already committed.", {("ARD", 1, "2025-06-25")}),
    ("the plan", "The council's Green Party group also came out against the plan last week.",
     {("Green Party", -1, "2025-06-16")}),
    ("the plan", "The Brussels-based campaign group Rail Freight Europe backed the plan.",
     {("Rail Freight Europe", 1, "2025-06-25")}),
])
def test_review_mends_of_session_25(monkeypatch, topic, text, expect):
    assert _rules_only_on(monkeypatch, text, topic) == expect


def test_the_group_is_the_speakers_own_body_not_one_they_met(monkeypatch):
    from stancetrack import extract as X
    monkeypatch.setattr(X.learned, "model", lambda: None)
    df = X.extract_text("Save Our Shore backs the plan. Ann Lee, who met the Harbour Authority on Monday, said the group "
                        "opposes the plan.", pd.Timestamp("2025-06-25"), topic="the plan").statements
    assert "Harbour Authority" not in set(df["actor"])
    df = X.extract_text("Carers Network Leeds accepted that the council was in a bind, a spokesman for the charity said, "
                        "but argued that the plan was unfair.", pd.Timestamp("2025-06-25"), topic="the plan").statements
    assert set(df["actor"]) == {"Carers Network Leeds"}  # the sentence's subject is the charity


@pytest.mark.parametrize("topic, text, expect", [
    ("the plan", "The Wisconsin Privacy Alliance sent a letter to council members last week urging them to reject the "
                 "plan.", {("Wisconsin Privacy Alliance", -1, "2025-06-16")}),
])
def test_session_25_letters(monkeypatch, topic, text, expect):
    assert _rules_only_on(monkeypatch, text, topic) == expect


# Session 26: officers and spokespeople speaking for their body, titled bodies and seats, wrong cures, irony, glosses and
# votes cast (publication 2025-06-25, a Wednesday)
@pytest.mark.parametrize("topic, text, expect", [
    ("Sunday trading", "The Union of Private Sector Employees has been the loudest critic. Its regional secretary, "
     "Martina Hollerer, said last week that the union would fight the proposal in every committee.",
     {("Union of Private Sector Employees", -1, "2025-06-16")}),
    ("Short-let freeze", "Galway Chamber was more cautious. Its chief executive, Ronan Keady, said the chamber was not "
     "taking a position for or against the motion.", {("Galway Chamber", 0, "2025-06-25")}),
    ("Housing estate", "Bremer Valley Landcare says the estate would destroy koala habitat. Its coordinator, Robyn Tate, "
     "said the group would lodge a formal objection.", {("Bremer Valley Landcare", -1, "2025-06-25")}),
    # not a body named further back than the sentence before, nor one named later in that sentence, nor a person
    ("Housing estate", "Its coordinator, Robyn Tate, said the group would lodge a formal objection.",
     {("Robyn Tate", -1, "2025-06-25")}),
    ("Road plan", "Friends of the Earth has opposed the plan, which was drawn up by the Department for Transport. Its "
     "campaigns director, Mike Childs, said the group would challenge it in court.",
     {("Friends of the Earth", -1, "2025-06-25")}),
    ("Trade deal", "France has threatened to block the deal negotiated by the European Union. Its president, Emmanuel "
     "Macron, said the union would have to renegotiate the deal.",
     {("France", -1, "2025-06-25"), ("Emmanuel Macron", -1, "2025-06-25")}),
    ("Housing estate", "Okonkwo said the estate was a disaster. Its coordinator, Robyn Tate, said the group would lodge "
     "a formal objection.", {("Okonkwo", -1, "2025-06-25"), ("Robyn Tate", -1, "2025-06-25")}),
    ("Park plan", "The proposal came from the Greater London Authority. Its chair, Andrew Boff, said the campaign would "
     "fail.", {("Andrew Boff", -1, "2025-06-25")}),
    # a named spokesperson speaks for the body, with or without an article, before a common noun after its name
    ("School meals ban", "Montserrat Puig, spokeswoman for the Catalan Federation of School Families, said the ban was "
     "welcome.", {("Catalan Federation of School Families", 1, "2025-06-25")}),
    ("Reactor extension", '"The extension is welcome," said Marta Cisneros, a spokeswoman for the Alianza Tajo Vivo '
     'coalition.', {("Alianza Tajo Vivo", 1, "2025-06-25")}),
    # a titled body's name is whole: not the person "House" with the role "National"
    ("Diaspora voting bill", "A spokesperson for the National House of Chiefs said the bill was welcome.",
     {("National House of Chiefs", 1, "2025-06-25")}),
    # … but a titled person of a place is the person, and a spokesperson for a person is their own speaker
    ("Housing bill", "President Ruto of Kenya said the bill was a disgrace.", {("Ruto", -1, "2025-06-25")}),
    ("School plan", "Sarah Jones, a spokeswoman for Education Minister Jan Tinetti, said the plan was welcome.",
     {("Sarah Jones", 1, "2025-06-25")}),
    ("School plan", "Sarah Jones, a spokeswoman for Mr Sanchez, said the plan was welcome.", {("Sarah Jones", 1, "2025-06-25")}),
    # a problem solved by the wrong means: the means is the objection
    ("Four-day school week", '"We are solving a staffing problem by handing it to parents," said Cheryl Oakes.',
     {("Cheryl Oakes", -1, "2025-06-25")}),
    ("Childcare staffing rule", "Union leader Mere Tane said the Government was solving a pay problem by lowering "
     "standards.", {("Mere Tane", -1, "2025-06-25")}),
    ("Four-day school week", '"We are solving our chronic staffing problems by handing them to parents," said Cheryl '
     'Oakes.', {("Cheryl Oakes", -1, "2025-06-25")}),
    # … but a problem solved is praise when no means is mocked or the means builds
    ("Bus lanes", '"This solves the congestion problem for good," said Cheryl Oakes.', {("Cheryl Oakes", 1, "2025-06-25")}),
    ("Car park", '"The scheme solves the parking problem by building 400 new spaces," said Cheryl Oakes.',
     {("Cheryl Oakes", 1, "2025-06-25")}),
    # "Oh, great news" is sincere when what follows praises plainly
    ("New bridge", '"Oh, great news. We have waited ten years for this bridge and we fully support it," said Mary Kerr.',
     {("Mary Kerr", 1, "2025-06-25")}),
    # "Oh, wonderful." opens irony whatever follows
    ("Supermarket merger", "\"Oh, wonderful. One fewer buyer to haggle with. That'll really help us get a fair price,\" "
     "said Tom Baird.", {("Tom Baird", -1, "2025-06-25")}),
    # a gloss in brackets after a name in another language, like an acronym, is not part of the name
    ("Small reactor", "Czyste Wierzbno (Clean Wierzbno) said the project was a disaster.",
     {("Czyste Wierzbno", -1, "2025-06-25")}),
    ("Small reactor", "The Interstedelijk Studenten Overleg (ISO) said the project was a disaster.",
     {("Interstedelijk Studenten Overleg", -1, "2025-06-25")}),
    # a vote cast is a side taken, on the meeting's day
    ("Wind moratorium", "At a meeting on June 16, Commissioner Janet Ruiz cast the only vote against sending the "
     "proposal to a hearing.", {("Janet Ruiz", -1, "2025-06-16")}),
    ("Wind moratorium", "Councillor Ann Lee cast the deciding vote in favour of the plan on Monday.",
     {("Ann Lee", 1, "2025-06-23")}),
    # "Member of the Senedd" is a seat, like "Minister of Health", before the person's name
    ("GP opening", "Conservative Member of the Senedd Owen Tudor-Hale said the plan was a disaster.",
     {("Owen Tudor-Hale", -1, "2025-06-25")}),
    ("Trawler licences", "Member of Parliament Awa Ndiaye said the plan was a disaster.",
     {("Awa Ndiaye", -1, "2025-06-25")}),
])
def test_session_26_rules(monkeypatch, topic, text, expect):
    assert _rules_only_on(monkeypatch, text, topic) == expect


def test_a_stance_word_said_of_the_plan_itself_is_not_overruled():
    df = run('"These plans are actually dangerous for cyclists," said Ann Lee.').statements
    assert list(df["actor"]) == ["Ann Lee"] and int(df["stance"].iloc[0]) == -1 and "learned" not in df["cue"].iloc[0]
    from stancetrack.extract import _THE_PLAN_IS
    assert _THE_PLAN_IS.match("The scheme is simply unfair") and not _THE_PLAN_IS.match(
        "The roads are dangerous for cyclists")


def test_support_given_in_good_faith_is_an_earlier_side_not_todays(monkeypatch):
    got = _rules_only_on(monkeypatch, '"I supported this in good faith," said Gordon Tse. "Now I cannot back it."',
                         "Pipeline expansion")
    assert ("Gordon Tse", -1, "2025-06-25") in got and ("Gordon Tse", 1, "2025-06-25") not in got


@pytest.mark.parametrize("topic, text, expect", [
    # a quotation that opens on the speaker's side of before, then says where they stand now: today's side only
    ("Matatu ban", '"We supported the idea. We do not support this version of it," said Peter Njoroge.',
     {("Peter Njoroge", -1, "2025-06-25")}),
    ("Opera subsidy cut", '"I supported savings in principle. I did not sign up for dismantling our opera," Jens '
     "Ohlsen said.", {("Jens Ohlsen", -1, "2025-06-25")}),
    ("Camera vans", '"I supported this in good faith. What happened to Mr Okeke shows it isn\'t ready," Sandra '
     "Whitlow said.", {("Sandra Whitlow", -1, "2025-06-25")}),
    # … and the side of before, when its time is told elsewhere, keeps that time
    ("Camera vans", "Sandra Whitlow backed the vans in January. "
     '"I supported this in good faith. What happened to Mr Okeke shows it isn\'t ready," Whitlow said.',
     {("Sandra Whitlow", 1, "2025-01-01"), ("Sandra Whitlow", -1, "2025-06-25")}),
    # the same side then and now is one statement, of now
    ("Opera subsidy cut", '"I backed the cut last year. I back it still," said Jens Ohlsen.',
     {("Jens Ohlsen", 1, "2025-06-25")}),
    # "was not ready" is the past; "is ready now" takes no side against
    ("Drug register", '"The technology was not ready then. It is ready now," said Ifeoma Nwachukwu.', set()),
    # a spokesperson named after "the association's" or "Its" speaks for the body named before …
    ("Matatu ban", "The Nairobi Central Business Association has changed its tune. \"We do not support this version "
     "of it,\" said the association's spokesman, Peter Njoroge.", {("Nairobi Central Business Association", -1,
                                                                      "2025-06-25")}),
    ("Matatu ban", "The Nairobi Central Business Association has changed its tune. Its spokesman, Peter Njoroge, "
     "said the ban was a disaster.", {("Nairobi Central Business Association", -1, "2025-06-25")}),
    # … but a party's portfolio spokesperson is a politician speaking in their own name
    ("Triple lock", "The Labour Party is divided. Its defence spokeswoman, Gráinne Keogh, said the bill was a "
     "disaster.", {("Gráinne Keogh", -1, "2025-06-25")}),
    # irony: praise, then "Let's see …"
    ("Office mandate", '"Fantastic idea. Let\'s see how many caseworkers we\'ve still got by June," said Rachel Tan.',
     {("Rachel Tan", -1, "2025-06-25")}),
    # "too high" is against the level set, not "the cost of doing nothing is too high"
    ("Platform levy", "Vivek Menon said the rate was too high.", {("Vivek Menon", -1, "2025-06-25")}),
    ("Platform levy", "Vivek Menon said the cost of doing nothing was too high.", {("Vivek Menon", 1, "2025-06-25")}),
    # a body's name goes on past "of" after "Band", "Order" …; a numbered lodge is part of the name
    ("Mural removal", "The Little Cedar Band of Ojibwe backed the resolution on Monday.",
     {("Little Cedar Band of Ojibwe", 1, "2025-06-23")}),
    ("Cash bail", "The Fraternal Order of Police Lodge 41, which represents county deputies, has long opposed any move "
     "away from cash bail.", {("Fraternal Order of Police Lodge 41", -1, "2025-06-25")}),
    # "X did this and said …": the sentence's subject said it, on the day told
    ("Pedestrian street", "Mary Byrne met the mayor on Tuesday and said the plan was a disaster.",
     {("Mary Byrne", -1, "2025-06-24")}),
    ("Pedestrian street", "The Kilkenny Cycling Campaign held a picnic at the weekend and said the plan was a disaster.",
     {("Kilkenny Cycling Campaign", -1, "2025-06-21")}),
    ("Green steel quota", "Ruud Verhoeven said the target was ambitious on paper and impossible in practice.",
     {("Ruud Verhoeven", -1, "2025-06-25")}),
    # "Tonight …" turns the paragraph from its earlier year to now
    ("Ward abolition", "During the 2020 review Cr Mei Lin Harcourt wrote a submission defending the ward system. "
     "Tonight she told the chamber she now backs scrapping it.",
     {("Mei Lin Harcourt", 1, "2025-06-25")}),  # ("Cr", a councillor, is a title)
    # a tie of cues goes to the side taken now
    ("Mandatory labels", "Senator Paul Hendry conceded last week that the voluntary model had failed and that he "
     "would now back compulsion.", {("Paul Hendry", 1, "2025-06-16")}),
    # backing "whichever" of the bids is taking none
    ("Submarine choice", "Gordon MacIsaac said he would back whichever submarine came with guaranteed maintenance "
     "work in Halifax.", {("Gordon MacIsaac", 0, "2025-06-25")}),
    # "the objects to go": a noun, not "objects to"
    ("Return of Bali objects", "Anak Agung Ngurah Putra said he supported the return but wanted the objects to go to "
     "the puri.", {("Anak Agung Ngurah Putra", 1, "2025-06-25")}),
    # a quotation that says where others stand: "South Australia is fully on board"
    ("Water buyback", '"South Australia is fully on board. Victoria remains opposed to buybacks, as it has been all '
     'along," Water Minister Rachel Kerrigan told reporters on Monday.', {("South Australia", 1, "2025-06-23")}),
    # "a neutral place", "whether to strike"
    ("Online voting", '"For a voter who is housebound, the polling station is not a neutral place," said Colin MacAulay.',
     set()),
    ("Bus strike", '"It isn\'t my job to tell drivers whether to strike," said Karen Ashdown.', set()),
])
def test_session_27_rules(monkeypatch, topic, text, expect):
    assert _rules_only_on(monkeypatch, text, topic) == expect


@pytest.mark.parametrize("topic, text, expect", [
    # the review's cases: each rule above kept to its own ground
    ("the plan", '"Great news. Let\'s all get behind it and make it work," said Mayor Ann Cole of the plan.',
     {("Ann Cole", 1, "2025-06-25")}),
    ("the plan", "Critics of Mayor Tom Reed rallied outside the hall on Tuesday and said the plan was a mistake.", set()),
    ("the plan", "Tom Reed's lawyers filed an appeal on Tuesday and said the plan was a mistake.", set()),
    ("the plan", '"We backed the plan. Nothing has changed," said Councillor Tom Reed on Monday.',
     {("Tom Reed", 1, "2025-06-23")}),
    ("the plan", 'In 2019, Councillor Tom Reed voted against the plan. "We supported the idea. The details came later," '
     "he said on Monday.", {("Tom Reed", -1, "2019-01-01"), ("Tom Reed", 1, "2025-06-23")}),
    ("the plan", "The Kenya Tea Growers Association backs the plan, but the Ministry of Agriculture is wary. Its "
     "spokesman, Peter Njoroge, said the plan was a mistake.",
     {("Kenya Tea Growers Association", 1, "2025-06-25"), ("Ministry of Agriculture", -1, "2025-06-25"),
      ("Peter Njoroge", -1, "2025-06-25")}),
    ("the plan", '"Emissions are too high," said Mayor Ann Cole.', set()),
    ("the plan", '"The museum objects to the plan," said Tom Reed.', {("Tom Reed", -1, "2025-06-25")}),
    ("the plan", '"The plan is a mistake," said Jim Nation of the Oakfield Chamber of Commerce.',
     {("Jim Nation", -1, "2025-06-25")}),
    ("the plan", '"The plan is a mistake," said Cr. Ann Cole on Monday.', {("Ann Cole", -1, "2025-06-23")}),
])
def test_session_27_review_cases(monkeypatch, topic, text, expect):
    assert _rules_only_on(monkeypatch, text, topic) == expect


# Session 28: rules from blind145-152 (tuned on from this session); publication 2025-06-25, a Wednesday
@pytest.mark.parametrize("topic, text, expect", [
    # "at the May 12 board meeting" is when it was said; "the March vote" still names a thing
    ("School levy", "Greg Paulson, a retired machinist, spoke against the new levy during public comment at the May 12 "
     "board meeting.", {("Greg Paulson", -1, "2025-05-12")}),
    ("School levy", "Greg Paulson said the March vote on the levy was a mistake.", {("Greg Paulson", -1, "2025-06-25")}),
    # "urged the council last week to drop it": the urging's time
    ("FOI fee", "The B.C. Freedom of Information and Privacy Association urged council last week to drop the fee.",
     {("B.C. Freedom of Information and Privacy Association", -1, "2025-06-16")}),
    # a bare "Spokesperson X said" after a sentence that opens with a body speaks for it
    ("Tiny homes", "The Fenwick Park Neighbourhood Association has collected signatures on a petition against the tiny "
     "homes. Spokesperson Gail Ostrowski said residents had been shut out of the decision.",
     {("Fenwick Park Neighbourhood Association", -1, "2025-06-25")}),
    # bodies named like people
    ("Grid fee", "Sonoran Public Power says it supports the grid fee.", {("Sonoran Public Power", 1, "2025-06-25")}),
    ("Dam removal", 'The Confederated Tribes of the Marten Valley, who have fished the river for generations, said on '
     'Monday that they "fully support" removal.', {("Confederated Tribes of the Marten Valley", 1, "2025-06-23")}),
    ("Mental health fee", "Regent Tom Aldridge said Friday that he had not decided how he would vote. \"I want to see the "
     "numbers first,\" he said.", {("Tom Aldridge", 0, "2025-06-20")}),
    # a body's short name, said again, is the body ("Cascade Pacific" after "Cascade Pacific Power") …
    ("Dam removal", "Cascade Pacific Power told regulators last month that it would seek to remove the dam.\n\nIn 2021, "
     'Cascade Pacific told lawmakers that removing the dam would be "an expensive mistake".',
     {("Cascade Pacific Power", 1, "2025-05-01"), ("Cascade Pacific Power", -1, "2021-01-01")}),
    # … but not another body whose name begins with it
    ("Stadium loan", "The Dunmore Athletic Supporters' Trust backs the loan.\n\nDunmore Athletic said on Monday the "
     'club was "fully committed" to the loan.', {("Dunmore Athletic Supporters' Trust", 1, "2025-06-25"),
                                                 ("Dunmore Athletic", 1, "2025-06-23")}),
    # "But on Sunday its chief executive, Grace Otieno, said the association …": the association's
    ("Fuel levy", "In March, the Kenya Association of Manufacturers welcomed the levy. But on Sunday its chief "
     "executive, Grace Otieno, said the association could no longer support it.",
     {("Kenya Association of Manufacturers", 1, "2025-03-01"), ("Kenya Association of Manufacturers", -1, "2025-06-22")}),
    # lexicon: a view withheld, a vote told, nouns that are no side
    ("Merger", "Pieter Hoekstra said he respected the council's decision but declined to give his own view on the merger.",
     {("Pieter Hoekstra", 0, "2025-06-25")}),
    ("Cabin tax", '"I said I needed the cabin problem fixed. It\'s been fixed. So I\'m voting yes," said Alicia Moreau.',
     {("Alicia Moreau", 1, "2025-06-25")}),
    ("Cabin tax", '"It is badly drafted, and I\'ll be voting no," said Alicia Moreau.',
     {("Alicia Moreau", -1, "2025-06-25")}),
    ("Merger", "Oosterwijk Vooruit has backed a merger for years, pointing out that the towns already share a waste "
     "collection service.", {("Oosterwijk Vooruit", 1, "2025-06-25")}),
    ("Bank merger", '"I was told this was about back offices. It turns out it is about the high street," said Katharina '
     "Vogt.", set()),
    ("Vaccine bill", "Kayla Brandt says she was dismissed in 2023 after she declined a shot.", set()),
    # a side held since a time long past is today's ("has supported it since it was set up in 2021")
    ("Votes at 16", "The Waitaha Youth Council has supported the change since it was set up in 2021.",
     {("Waitaha Youth Council", 1, "2025-06-25")}),
    # "I was sceptical. … I've changed my mind": the side now (the doubt before, undated, is folded away) …
    ("Primary grades", 'Miriam Celik told reporters: "I was sceptical. I looked at the pilot schools, and I talked to '
     'the teachers. I\'ve changed my mind."', {("Miriam Celik", 1, "2025-06-25")}),
    # … and a doubt still held stays one side
    ("Primary grades", '"I was sceptical. I still am," said Miriam Celik.', {("Miriam Celik", -1, "2025-06-25")}),
    # "told the meeting that she now backs it": the day of the meeting named before …
    ("Care home outsourcing", "The plan was presented to the board at a meeting on June 15.\n\nAnna Lindqvist, chair of "
     "the board, told the meeting that she now backs the outsourcing.",
     {("Anna Lindqvist", 1, "2025-06-15")}),
    # … but not a live report's "has just told the chamber"
    ("Pension package", "The chamber debated the package at a session on Monday.\n\nJohannes Stier has just told the "
     "chamber he "
     "will now vote for the package.", {("Johannes Stier", 1, "2025-06-25")}),
    # "Priya Nair, its regional officer, said the college would neither back nor oppose …": the college's
    ("Maternity unit", "The Royal College of Midwives has stopped short of taking sides. Priya Nair, its regional "
     "officer, said the college would neither back nor oppose the proposal until it had seen the data.",
     {("Royal College of Midwives", 0, "2025-06-25")}),
    # "A spokesman said on Wednesday …" right after a body's own sentence: that body, on that day
    ("Coal plant delay", "The national grid operator, Krajowa Siec Przesylowa, declined to take sides. A spokesman said "
     'on Monday that the operator would "work with whatever decision the government makes".',
     {("Krajowa Siec Przesylowa", 0, "2025-06-23")}),
    ("Maternity unit", '"Such units can be excellent, and they can be dangerous. We simply don\'t know yet which this '
     'would be," said Priya Nair.', {("Priya Nair", 0, "2025-06-25")}),
    # a negation does not reach over "and" into a new verb ("where Parliament has not" and urged them …)
    ("Votes at 16", 'Campaign group Make It 16 said on Monday that councils had "the power to lead where Parliament has '
     'not" and urged them to pass supportive motions.', {("Make It 16", 1, "2025-06-23")}),
    ("FOI fee", '"That\'s a policy question for council. My job is to process whatever comes in the door," said records '
     "manager Anand Roy.", {("Anand Roy", 0, "2025-06-25")}),
    ("School levy", '"My granddaughter\'s art class is on the chopping block now," said Greg Paulson.', set()),
    # "I have not decided." ends a sentence and still withholds; a day that opens a sentence on the speaker dates
    # the quotation after it, not the time named before it in the paragraph
    ("Salmon farm", "Two years ago Mayor Kari Solheim welcomed the farm, telling a breakfast it meant jobs. On Monday she "
     'sounded more cautious. "I have not decided. I want to read the report first," Solheim said.',
     {("Kari Solheim", 1, "2023-01-01"), ("Kari Solheim", 0, "2025-06-23")}),
])
def test_session_28_rules(monkeypatch, topic, text, expect):
    assert _rules_only_on(monkeypatch, text, topic) == expect


def test_the_side_of_before_told_again_on_the_day_of_a_change_is_dropped():
    """'"I had real concerns in 2023 … Now I back it"': the concerns on that day echo the side of 2023."""
    from stancetrack import extract as X

    def row(actor, stance, day, quote="the ratios are a mistake"):
        return {"actor": actor, "topic": "Care ratios", "stance": stance, "date": pd.Timestamp(day), "quote": quote}

    rows = [row("Denise Pham", -1, "2023-01-01"), row("Denise Pham", -1, "2025-06-23"), row("Denise Pham", 1, "2025-06-23"),
            row("Tom Hall", -1, "2025-06-23"), row("Tom Hall", 1, "2025-06-23"),  # no side before: both kept
            row("Ann Cole", 1, "2025-06-01"), row("Ann Cole", -1, "2025-06-23"), row("Ann Cole", 1, "2025-06-23"),
            row("Tom Reyes", -1, "2023-01-01"), row("Tom Reyes", -1, "2025-06-23", "he still opposes the ratios"),
            row("Tom Reyes", 1, "2025-06-23")]  # a side restated ("still") stays
    kept = {(r["actor"], r["stance"], f"{r['date']:%Y-%m-%d}") for r in X._without_echoes_of_before(rows, np.sign)}
    assert kept == {("Denise Pham", -1, "2023-01-01"), ("Denise Pham", 1, "2025-06-23"), ("Tom Hall", -1, "2025-06-23"),
                    ("Tom Hall", 1, "2025-06-23"), ("Ann Cole", 1, "2025-06-01"), ("Ann Cole", -1, "2025-06-23"),
                    ("Ann Cole", 1, "2025-06-23"),  # Ann Cole's side before is too recent (22 days) to be another time
                    ("Tom Reyes", -1, "2023-01-01"), ("Tom Reyes", -1, "2025-06-23"), ("Tom Reyes", 1, "2025-06-23")}


def test_one_side_a_day_for_one_actor():
    """Session 28: disagreeing proposals of one actor on one day. A side withheld outweighs the sides read from the
    reasons given; of two opposite sides the first told stands, and what was left out is named in its flags; a change
    told ("now") keeps both."""
    df = run('"I have not decided," Kari Solheim said on Monday. "The report raises real concerns about sea lice, '
             'and I want to read it first," she said.', topic="Salmon farm").statements
    assert list(zip(df["actor"], df["stance"])) == [("Kari Solheim", 0)]
    df = run("Tom Hall backs the plan, he said on Monday. He said on Monday the plan was a disaster for drivers.").statements
    assert list(zip(df["actor"], df["stance"])) == [("Tom Hall", 1)]
    assert "also read as against the same day" in df["flags"].iloc[0]
    df = run("Jenny Walsh, who signed a petition against the plan, now backs it.").statements
    assert sorted(df["stance"]) == [-1, 1]


H = "Mayor Jane Holt said she supports the plan. "


@pytest.mark.parametrize("text, expect", [
    # the review of session 28's rules: each of these went wrong with their first version
    (H + "Councillor Tom Reyes, who had been undecided, said he now backs the plan.",
     {("Jane Holt", 1, "2025-06-25"), ("Tom Reyes", 0, "2025-06-25"), ("Tom Reyes", 1, "2025-06-25")}),
    (H + "Councillor Tom Reyes said he opposes the plan. He said the council had not decided.",
     {("Jane Holt", 1, "2025-06-25"), ("Tom Reyes", -1, "2025-06-25")}),
    (H + "Councillor Tom Reyes voted against the plan in the first round. He said he will vote for it in the second "
     "round.", {("Jane Holt", 1, "2025-06-25"), ("Tom Reyes", -1, "2025-06-25"), ("Tom Reyes", 1, "2025-06-25")}),
    (H + "Councillor Tom Reyes was against the plan at first. After reading the report, he said, he supports it.",
     {("Jane Holt", 1, "2025-06-25"), ("Tom Reyes", -1, "2025-06-25"), ("Tom Reyes", 1, "2025-06-25")}),
    ("The council held a hearing on March 3. " + H + "Councillor Tom Reyes, who spoke at the hearing, said he now "
     "opposes the plan.", {("Jane Holt", 1, "2025-06-25"), ("Tom Reyes", -1, "2025-06-25")}),
    ('"I was sceptical. Nothing in the report changed my mind," said Tom Reyes.', {("Tom Reyes", -1, "2025-06-25")}),
    ('"The board has not read and endorsed this plan," said Tom Reyes.', {("Tom Reyes", -1, "2025-06-25")}),
    ('"Frankly, we were dismissive of this plan from day one," said Tom Reyes.', {("Tom Reyes", -1, "2025-06-25")}),
    ("Tom Reyes urged residents who moved in last year to back the plan.", {("Tom Reyes", 1, "2025-06-25")}),
    ("Tom Reyes said he opposed the plan approved at the May 12 board meeting.", {("Tom Reyes", -1, "2025-06-25")}),
    ("The Ashford Tenants Union has asked Mayor Jane Holt to scrap the plan. Spokesperson Gail Ostrowski said the "
     "plan was a mistake.", {("Gail Ostrowski", -1, "2025-06-25")}),  # a mayor named between: whose spokesperson?
    ("The Riverside Trust backs the plan. John Smith, its former chairman, said the trust would regret it and the plan "
     "was a mistake.", {("Riverside Trust", 1, "2025-06-25"), ("John Smith", -1, "2025-06-25")}),
    ("MLA Tom Reyes of the Alliance Party opposes the plan.", {("Tom Reyes", -1, "2025-06-25")}),
    ("Tata Steel Netherlands said it backs the plan. Tata Steel said on Monday it opposes the plan.",
     {("Tata Steel Netherlands", 1, "2025-06-25"), ("Tata Steel", -1, "2025-06-23")}),
    (H + "Sandra Tribe said she opposes the plan.", {("Jane Holt", 1, "2025-06-25"), ("Sandra Tribe", -1, "2025-06-25")}),
    ("Regent Homes, the developer, said on Monday it opposes the plan.", {("Regent Homes", -1, "2025-06-23")}),
])
def test_session_28_review_cases(monkeypatch, text, expect):
    assert _rules_only(monkeypatch, text) == expect


@pytest.mark.parametrize("text", [
    '"We don\'t know if the council will approve it, but we will keep fighting for it," said campaigner Tom Reyes.',
    "Tom Reyes said the key question for the government was how quickly the plan could be rolled out.",
])
def test_session_28_withholding_kept_to_its_words(monkeypatch, text):
    """Not withholding: "we don't know if the council will approve it", "the key question for the government"."""
    from stancetrack import extract as X
    monkeypatch.setattr(X.learned, "model", lambda: None)
    df = X.extract_text(text, pd.Timestamp("2025-06-25"), topic="the plan").statements
    assert not df["cue"].str.contains("withholding").any()


# Session 29: rules from blind153-160 (tuned on from this session); publication 2025-06-25, a Wednesday
@pytest.mark.parametrize("topic, text, expect", [
    # a bigger worry "for" someone is another matter, unless it is the topic
    ("Poultry moratorium", "Feed merchant Brendan Hughes said the bigger concern for most of his customers was the cost "
     "of grain and the risk of another bird flu housing order over the winter.", set()),
    ("Bike lanes", "Shop owner Ahmed Siddiqui said the bigger problem for him was the bike lanes.",
     {("Ahmed Siddiqui", -1, "2025-06-25")}),
    # sides withheld in a few more words; a figure left unsaid is no side withheld
    ("Wage deal", "Labour minister Naledi Mahlangu said it was not the government's place to take sides in a wage "
     "dispute between a company and its workers.", {("Naledi Mahlangu", 0, "2025-06-25")}),
    ("Gig worker cess", "Ravi Kamble, a delivery rider, said he had heard about the bill but could not yet say whether "
     "it would help him.", {("Ravi Kamble", 0, "2025-06-25")}),
    ("Live sheep export phase-out", 'Premier Colin Burgess said Perth would "neither champion nor fight" the federal '
     "policy.", {("Colin Burgess", 0, "2025-06-25")}),
    ("Defence expo", "The Melbourne Convention Bureau said it did not say how much of that was linked to the expo.", set()),
    # "against" that is no objection
    ("Visa pay floor", "The Green Party said it supported the increase but wanted stronger enforcement against employers "
     "who exploit visa holders.", {("Green Party", 1, "2025-06-25")}),
    ("Facial recognition vans", "Unite said the vans would be scanning faces against a watchlist.", set()),
    # the answer to a harm is a cure; "a solution to a problem that does not exist" is still scorn
    ("Retirement age", 'Labour minister Marija Kovacic said the change was "the only responsible answer" to a shrinking '
     "workforce.", {("Marija Kovacic", 1, "2025-06-25")}),
    ("Voter ID", 'Harry Quill called the bill "an American solution to a problem Tasmania does not have".',
     {("Harry Quill", -1, "2025-06-25")}),
    # who has worked somewhere has not praised anything
    ("Objects return", "Femke de Wit, who has worked as a guide there for twelve years, said on Monday the museum was "
     "busy.", set()),
    # a body whose name holds a portfolio word is not a person called by the last word
    ("Crates", "Animal Justice Aotearoa said on Tuesday it welcomed the ban.",
     {("Animal Justice Aotearoa", 1, "2025-06-24")}),
    ("Crates", "Queensland's Youth Justice Minister said on Tuesday she welcomed the ban.", set()),
    # rejecting calls to undo it is for it (against it when the topic is the undoing)
    ("Live sheep export phase-out", "Federal Agriculture Minister Julie Hartigan has rejected calls to delay the end of "
     "live sheep exports by sea.", {("Julie Hartigan", 1, "2025-06-25")}),
    ("Congestion charge", "Mayor Lin Ko on Monday dismissed calls from business owners for a pause.",
     {("Lin Ko", 1, "2025-06-23")}),
    ("Congestion charge", "Mayor Lin Ko on Monday rejected calls for a congestion charge.", {("Lin Ko", -1, "2025-06-23")}),
    # "told reporters after tabling the bill": on the day it was tabled
    ("Bail bill", 'Bill C-341, tabled Tuesday by Justice Minister Claire Beaulieu, would create a "reverse onus".\n\n'
     '"Canadians are tired of this. We need it," Beaulieu told reporters after tabling the bill.',
     {("Claire Beaulieu", 1, "2025-06-24")}),
])
def test_session_29_rules(monkeypatch, topic, text, expect):
    assert _rules_only_on(monkeypatch, text, topic) == expect


# Session 29's review: the guards of its rules
@pytest.mark.parametrize("topic, text, expect", [
    ("Congestion charge", "Mayor Lin Ko rejected calls to pause the roadworks.", {("Lin Ko", -1, "2025-06-25")}),
    ("Repeal of the congestion charge", "Mayor Lin Ko said she rejected calls to repeal the charge.",
     {("Lin Ko", -1, "2025-06-25")}),
    ("Delaying the congestion charge", "Mayor Lin Ko dismissed calls for a delay.", {("Lin Ko", -1, "2025-06-25")}),
    ("Congestion charge", "Councillor Jane Reid said the exemptions were the mayor's response to criticism of the charge.",
     {("Jane Reid", -1, "2025-06-25")}),
    ("Wage deal", "Ann Lee said it was not the union's place to decide pay for the whole sector, and she backed the "
     "wage deal.", {("Ann Lee", 1, "2025-06-25")}),
    ("Cess", "Ravi Kamble said he could not yet say whether the cess would help him.", {("Ravi Kamble", 0, "2025-06-25")}),
    ("Congestion charge", "Mayor Lin Ko said the charge has worked in London.", {("Lin Ko", 1, "2025-06-25")}),
    ("Crates", "Associate Justice Alito said he opposed the ban.", {("Alito", -1, "2025-06-25")}),
    ("Register", "Opposition leader Kemi Hart said on Monday she had turned against the register.",
     {("Kemi Hart", -1, "2025-06-23")}),
])
def test_session_29_review_cases(monkeypatch, topic, text, expect):
    assert _rules_only_on(monkeypatch, text, topic) == expect


# Session 29, third batch (from blind153-160): publication 2025-06-25, a Wednesday
@pytest.mark.parametrize("topic, text, expect", [
    # a paragraph opening on a day dates the pronoun speaker's words after it, not the day of the paragraph before
    ("Sick pay", 'Minister Ciaran Doyle told parliament last week that "no final decision" had been made.\n\nOn Monday '
     'his tone was different. Answering questions, he said he was "weighing up the evidence" and would not decide '
     "either way yet.", {("Ciaran Doyle", 0, "2025-06-23")}),
    # "called for the current limit to be frozen": against raising it
    ("Increasing sick pay to ten days", "The Small Business Federation called for the current five-day limit to be "
     "frozen until 2028.", {("Small Business Federation", -1, "2025-06-25")}),
    # a bigger worry named: no side from the paragraph's opening either
    ("Poultry moratorium", "Farm suppliers have worries too. Feed merchant Brendan Hughes said the bigger concern for "
     "most of his customers was the cost of grain.", set()),
    # guests welcomed, and "the accused" as a noun, are no sides
    ("Museum admission charge", "The museum welcomed about 410,000 visitors last year, according to council figures.",
     set()),
    ("Bail bill", "Critics say Indigenous accused, who are less likely to have a fixed address, would suffer.", set()),
    ("Bail bill", "Ann Lee accused the minister of playing politics with the bill.", {("Ann Lee", -1, "2025-06-25")}),
    # "the figure now on the table was …" describes it; "should stay on the table" wants it
    ("Pay floor", "Hamish Corrigan said the pay floor should stay on the table.", {("Hamish Corrigan", 1, "2025-06-25")}),
    # withheld until a yes or no; "the families who most need it" are not the speaker
    ("Port expansion", '"I was too quick to applaud. I want to read the study before I say yes or no," Catarina Lobo '
     "told the radio.", {("Catarina Lobo", 0, "2025-06-25")}),
    ("Museum charge", '"Put a turnstile on that door and the families who most need it will stop coming," Joan Whitlock '
     "said.", set()),
    # a meeting to come is not the occasion of the words
    ("Police station closures", 'At a full council meeting on June 14, Alasdair Munro said the plan was "a disgrace".\n\n'
     "The Scottish Police Authority said it had not yet reached a view and would consider the proposals at its board "
     "meeting in July.", {("Alasdair Munro", -1, "2025-06-14"), ("Scottish Police Authority", 0, "2025-06-25")}),
])
def test_session_29_third_batch(monkeypatch, topic, text, expect):
    assert _rules_only_on(monkeypatch, text, topic) == expect


def test_a_job_no_list_knows_before_a_first_name_and_surname(monkeypatch):
    """Session 29: "said fisherman Alan Tebbitt" names Alan Tebbitt (the job in lower case, no list of jobs needed);
    "said that Ann Lee" is no job."""
    got = _rules_only_on(monkeypatch, '"The pier is a disgrace and it must go," said retired fisherman Alan Tebbitt.',
                         "Pier demolition")
    assert got == {("Alan Tebbitt", 1, "2025-06-25")}  # (session 41: the pier a disgrace that must go is for its
    # demolition, once "demolition" is read as a topic that takes something away)
    from stancetrack import extract as X
    sp, _ = X._right_speaker(" fisherman Alan Tebbitt.")
    assert (sp.name, sp.role) == ("Alan Tebbitt", "fisherman")
    assert X._right_speaker(" yesterday Ann Lee.")[0] is None or X._right_speaker(" yesterday Ann Lee.")[0].role is None


def test_a_decision_made_on_a_day_is_the_occasion_of_words_told_to_the_board(monkeypatch):
    """Session 29: "The decision, made Monday night …" names the vote's day; "told the board" then means that day."""
    text = ('Students will have Mondays off after the school board voted 5-1 to move to a four-day week.\n\n'
            'The decision, made Monday night before a crowd of about 200 people, makes the district the latest to '
            'adopt a shorter week.\n\nSuperintendent Lisa Harmon told the board the change was "the right thing to do".')
    assert _rules_only_on(monkeypatch, text, "Four-day school week") == {("Lisa Harmon", 1, "2025-06-23")}


def test_a_seat_named_for_several_places_is_one_appositive(monkeypatch):
    """Session 29: "Catriona Ross, the MSP for Caithness, Sutherland and Ross, has come out against" is Catriona
    Ross, not "MSP for Caithness"."""
    got = _rules_only_on(monkeypatch, "Catriona Ross, the MSP for Caithness, Sutherland and Ross, has come out against "
                         "the closures.", "Station closures")
    assert got == {("Catriona Ross", -1, "2025-06-25")}


def test_a_listed_name_never_spans_two_sentences(monkeypatch):
    """Session 29: '… better than a tent on Mount Street. We support the plan' listed "Mount Street. We" as a body."""
    got = _rules_only_on(monkeypatch, '"A warm room is better than a tent on Mount Street. We support the plan, with '
                         'conditions," said Fiona Kerrigan.', "Asylum centre")
    assert got == {("Fiona Kerrigan", 1, "2025-06-25")}


def test_a_paragraph_come_to_now_lends_no_earlier_day_to_the_next():
    """Session 29: '… told local media in March that the bill would "finish off" farms like his. Since then …, and he
    now supports it.' then '"…," Quintero said.': the next paragraph speaks now, not in March."""
    text = ('Hernán Quintero, who keeps 30,000 hens, told local media in March that the bill would "finish off" farms '
            'like his. Since then, the loan scheme was added to the text, and he now supports it.\n\n'
            '"With the loans, I can convert one shed a year," Quintero said. "Without them, I was against it."')
    df = run(text, topic="Battery cage ban").statements
    got = set(zip(df["actor"], np.sign(df["stance"].astype(int)), df["date"].dt.strftime("%Y-%m-%d")))
    assert ("Hernán Quintero", 1, "2025-06-25") in got and ("Hernán Quintero", 1, "2025-03-01") not in got


def test_a_regulation_presented_is_its_proposers_side(monkeypatch):
    """Session 29: a regulation, resolution, directive, decree or mandate is a proposal like a bill."""
    got = _rules_only_on(monkeypatch, "Interior Senator Lukas Brenner presented the regulation on Thursday, saying it "
                         "would cover all trains.", "Knife ban on public transport")
    assert got == {("Lukas Brenner", 1, "2025-06-19")}
    from stancetrack import extract as X
    assert X._FOUGHT_OBJECT.match(" a similar restriction")  # built from _PROPOSAL's pattern by a text replace


@pytest.mark.parametrize("topic, text, expect", [
    ("Overseas voting", "The Ghanaian Diaspora Forum has campaigned for years for overseas voting.",
     {("Ghanaian Diaspora Forum", 1, "2025-06-25")}),
    ("Six-storey zoning", "Homes for Wellington has been campaigning for the change for months.",
     {("Homes for Wellington", 1, "2025-06-25")}),
    ("Dairy takeover", "Farmers are lobbying hard against it.", set()),  # no one in particular
    ("Dairy takeover", "Keep Northfield Farmer-Owned is lobbying hard against the deal.",
     {("Keep Northfield Farmer-Owned", -1, "2025-06-25")}),
    # … only when what follows is the topic, it or a plan
    ("Tourist tax increase", "The group Alcova Viva, which has campaigned for years against overcrowding in the old "
     "town, supports the increase.", {("Alcova Viva", 1, "2025-06-25")}),
])
def test_campaigning_for_it_in_the_progressive_and_for_years(monkeypatch, topic, text, expect):
    """Session 29: "is campaigning for", "has been lobbying against", "has campaigned for years for" were no verbs."""
    assert _rules_only_on(monkeypatch, text, topic) == expect


def test_the_force_behind_a_proposal_is_for_it(monkeypatch):
    """Session 29: "has been the main force behind the proposal" is a side; "the driving force behind the rise" (a
    cause, no plan) is none."""
    assert _rules_only_on(monkeypatch, "The Finance Ministry has been the main force behind the proposal.",
                          "Care copayment") == {("Finance Ministry", 1, "2025-06-25")}
    assert _rules_only_on(monkeypatch, "Inflation was the driving force behind the rise.", "Care copayment") == set()


@pytest.mark.parametrize("topic, text, expect", [
    ("Museum fees", "The Victorian Teachers' Federation was quick to condemn it in December.",
     {("Victorian Teachers' Federation", -1, "2024-12-01")}),
    ("Museum fees", "Ann Lee was quick to back down.", set()),  # no "back" among the acts: "back down"
    ("Salary floor", "Manpower Minister Tan Wei Ling laid out the rationale in Parliament in October.",
     {("Tan Wei Ling", 1, "2024-10-01")}),
])
def test_quick_to_condemn_and_the_rationale_laid_out(monkeypatch, topic, text, expect):
    """Session 29: "was quick to condemn it" is the act; "laid out the rationale" the proposer's case."""
    assert _rules_only_on(monkeypatch, text, topic) == expect


@pytest.mark.parametrize("topic, text, expect", [
    ("Arts grants cut", "Council leader Morag Kerr has kept her own counsel.", {("Morag Kerr", 0, "2025-06-25")}),
    ("Rental rules", "Police Chief Laura Bennett declined on Tuesday to weigh in on the proposal.",
     {("Laura Bennett", 0, "2025-06-24")}),
    ("Jury trial curbs", "The Criminal Bar Association said it would ballot members on refusing new work in protest at "
     "the bill.", {("Criminal Bar Association", -1, "2025-06-25")}),
    ("Voting at 16", 'A conservative group, Oregonians for Election Integrity, said the bill "lowers the bar for '
     'adulthood".', {("Oregonians for Election Integrity", -1, "2025-06-25")}),
    ("Voting at 16", "A spokesperson, Ann Lee, said it opposed the plan.", {("Ann Lee", -1, "2025-06-25")}),
])
def test_session_29_fourth_batch(monkeypatch, topic, text, expect):
    """Session 29: own counsel kept; a day between "declined" and "to weigh in"; a protest at the bill; a pejorative
    "lowers the bar"; "A conservative group, <its name>, said" is the group by name."""
    assert _rules_only_on(monkeypatch, text, topic) == expect


@pytest.mark.parametrize("topic, text, expect", [
    ("Upzoning", "Mayor Andrea Foley has said little publicly.", {("Andrea Foley", 0, "2025-06-25")}),
    ("Upzoning", "Mayor Andrea Foley has said little publicly about her view, but on Monday she backed the plan.",
     {("Andrea Foley", 1, "2025-06-23")}),
    ("Algorithm register", "Software Suppliers Netherlands has made no secret of its hostility.",
     {("Software Suppliers Netherlands", -1, "2025-06-25")}),
    ("Trade deal", "The Textile and Garment Workers' Union was just as quick to object.",
     {("Textile and Garment Workers' Union", -1, "2025-06-25")}),
    ("Jail contract", "The Georgia Immigrant Defense Network has been organizing against the proposal.",
     {("Georgia Immigrant Defense Network", -1, "2025-06-25")}),
    ("Tourist tax", "Secretary of State for Tourism Nuno Barros declined on Tuesday to back either side.",
     {("Nuno Barros", 0, "2025-06-24")}),
])
def test_session_29_fifth_batch(monkeypatch, topic, text, expect):
    assert _rules_only_on(monkeypatch, text, topic) == expect


# Session 29's second review: the guards of its later rules
@pytest.mark.parametrize("topic, text, expect", [
    ("Mask mandate", "The Parents Alliance, which has campaigned for years for smaller class sizes, said the mask "
     "mandate was a mistake.", {("Parents Alliance", -1, "2025-06-25")}),
    ("Congestion charge", "The Chamber of Trade has been lobbying for changes to the congestion charge.", set()),
    ("Congestion charge", '"We will fight this," said lawyers representing Mary Jones.', set()),
    ("Congestion charge", '"We will fight this," said residents around Victoria Park.', set()),
    ("Congestion charge", "Last week it emerged that the city would delay the charge.\n\nCouncillor Tom Reed said the "
     "charge was a disaster.", {("Tom Reed", -1, "2025-06-25")}),
    ("Congestion charge", "A member of the group, Mary Jones, said it opposed the charge.",
     {("Mary Jones", -1, "2025-06-25")}),
    ("Council tax freeze", "Unison called for the council tax to be frozen.", {("Unison", 1, "2025-06-25")}),
    ("Apprenticeship reform", "Ann Lee said the reform lowers the bar for small firms to take on trainees.", set()),
    ("Mask mandate", "Ann Lee made no secret of her hostility to the mandate's critics.", set()),
    ("Mask mandate", "Ann Lee was quick to condemn the threats against officials who drew up the mask mandate.", set()),
    ("Mask mandate", '"Dr. Ann Lee and Tom Reed are against it," said Sam Cole.',
     {("Dr. Ann Lee", -1, "2025-06-25"), ("Tom Reed", -1, "2025-06-25")}),
    ("Bail bill", "Ann Lee accused, in a speech on Monday, the minister of wrecking the bill.",
     {("Ann Lee", -1, "2025-06-23")}),
    ("Mask mandate", "Ann Lee laid out the rationale for her decision to lift the mandate.", set()),
])
def test_session_29_second_review_cases(monkeypatch, topic, text, expect):
    assert _rules_only_on(monkeypatch, text, topic) == expect


def test_a_paragraph_with_since_2019_has_not_come_to_now(monkeypatch):
    """Session 29's second review: "since 2019" is no turn to now; the next paragraph still speaks last month."""
    text = ("Mayor Ann Lee told the council last month that she backed the congestion charge. She said congestion had "
            'worsened since 2019.\n\n"But the charge needs exemptions and I oppose it as it stands," she said.')
    got = _rules_only_on(monkeypatch, text, "Congestion charge")
    assert ("Ann Lee", 1, "2025-05-01") in got and ("Ann Lee", -1, "2025-05-01") in got


def test_a_group_named_in_apposition_quotes_from_its_name(monkeypatch):
    """Session 29's CI: "A citizens' group, Comitato Terra Nostra, has campaigned against …" cut its quotation inside
    "citizens'" (an offset counted for a "the" the text does not have)."""
    from stancetrack import extract as X
    monkeypatch.setattr(X.learned, "model", lambda: None)
    text = "A citizens' group, Comitato Terra Nostra, has campaigned against the base expansion since it was first mooted."
    df = X.extract_text(text, pd.Timestamp("2025-06-25"), topic="Base expansion").statements
    assert list(df["actor"]) == ["Comitato Terra Nostra"]
    assert df["quote"].iloc[0].startswith("Comitato Terra Nostra")


def test_a_verb_written_with_a_capital_is_looked_up_as_read():
    """Session 29's final read: extract lower-cases a verb before looking it up, so keys written as the text has them
    ("declined on Tuesday to weigh in", "sponsored a Senate resolution opposing") are found lower-cased too."""
    from stancetrack import extract_rules as R
    capital = [k for k in R.STANCE_VERBS if k != k.lower()]
    assert capital and all(k.lower() in R.STANCE_VERBS for k in capital)
    assert "declined on tuesday to weigh in" in R.WITHHOLDING_LOW


# Session 30: rules from the misses in blind161-176 (tuned on from this session)
@pytest.mark.parametrize("topic, text, expect", [
    # the officer's words about "the union", "the alliance": the body named just before, by its leader's role alone
    ("Votes at 16", "The Irish Second-Level Teachers' Union has not yet settled on a view. General secretary Padraig "
     'Colgan said the union was still consulting its members and would "neither back nor oppose" the proposal.',
     {("Irish Second-Level Teachers' Union", 0, "2025-06-25")}),
    ("Redistricting amendment", "The Kansas Agricultural Alliance is a farm group. President Wayne Deichmann said "
     'members held "strong views on both sides" and the alliance would take no position.',
     {("Kansas Agricultural Alliance", 0, "2025-06-25")}),
    # … and "… and that the association would …" after other words
    ("Seawall levy", "The Whareroa Bay Residents' Association has not taken a position. Its chair, Heather Collins, "
     'said members were "genuinely split down the middle" and that the association would not be recommending a vote '
     "either way.",
     {("Whareroa Bay Residents' Association", 0, "2025-06-25")}),
    # a role that leads nothing named: the person keeps the words
    ("Votes at 16", "The Irish Second-Level Teachers' Union has not yet settled on a view. Teacher Padraig Colgan "
     "said the union would neither back nor oppose the proposal.", {("Padraig Colgan", 0, "2025-06-25")}),
    # praise that turns: irony
    ("Late-night alcohol sales ban", '"Excellent idea. Now everyone will just buy two crates at 9:55 p.m.," said '
     "student leader Tom Wade.", {("Tom Wade", -1, "2025-06-25")}),
    ("Branch closures", '"Wonderful. I\'ll just do my banking on my smartphone, then," said Ingrid Maurer.',
     {("Ingrid Maurer", -1, "2025-06-25")}),
    ("Bilingual signs rule", 'Aakash Menon posted: "Great, because what our potholed roads really needed was new '
     'fonts."', {("Aakash Menon", -1, "2025-06-25")}),
    ("Permit cap", 'Marcus Whitley said the cap was "a great idea if you like empty tables in February."',
     {("Marcus Whitley", -1, "2025-06-25")}),
    # … and praise that does not
    ("Smoke alarm rule", '"Excellent. This will save lives," said Dr Ann Lee.', {("Ann Lee", 1, "2025-06-25")}),
    ("Permit cap", 'Ann Lee said the cap was "a great idea if you ask me."', {("Ann Lee", 1, "2025-06-25")}),
    # "X was blunter.": against, unless the words that follow say otherwise
    ("University cuts", 'The national student union LSVb was blunter. "Cutting education is like selling your roof," '
     "a spokesperson said.", {("LSVb", -1, "2025-06-25")}),
    ("Soy export duty cut", 'In Pergamino, grower Martín Echeverría was blunter. "Of course I\'m for it," he said.',
     {("Martín Echeverría", 1, "2025-06-25")}),
    ("Police station closures", "Highland Council convener Alasdair Munro was blunter.",
     {("Alasdair Munro", -1, "2025-06-25")}),  # not turned by the closure: "blunter" takes no object
    ("Port automation", "The union's chief, Tom Marchetti, was unmoved.", {("Tom Marchetti", -1, "2025-06-25")}),
    ("Saturday opening", "Ruth Callaghan was unmoved by the criticism.", set()),
    # a body's acts: signatures, motions, threats of court
    ("Crypto kiosk ban", "The Marlow County Senior Alliance has collected more than 1,200 signatures in support of "
     "the ban.", {("Marlow County Senior Alliance", 1, "2025-06-25")}),
    ("Dog park closure", "The Millbrook Dog Park Alliance has gathered 2,300 signatures against the closure.",
     {("Millbrook Dog Park Alliance", -1, "2025-06-25")}),
    ("Dog beach ban", "Paws on the Sand, which has collected more than 3,000 signatures, said last Friday that the "
     'proposal was "heavy-handed".', {("Paws on the Sand", -1, "2025-06-20")}),
    ("Water fluoridation", "The council has collected data against which the plan will be judged.", set()),
    ("List seats", "The Association of Manitoba Municipalities passed a resolution in September opposing the "
     "introduction of list seats.", {("Association of Manitoba Municipalities", -1, "2024-09-01")}),
    ("School laptops", "The Oslo Parents' Council adopted a resolution calling on the city to phase out the laptops.",
     set()),
    ("Permit cap", "The Asheville Hosts Alliance has threatened to sue if the cap passes.",
     {("Asheville Hosts Alliance", -1, "2025-06-25")}),
    ("Permit cap", "The Asheville Hosts Alliance threatened to sue unless the council approves the cap.", set()),
    # both sides declined in one breath: no side
    ("Quarry extension", "Natural England said it was neither supporting nor objecting to the application.",
     {("Natural England", 0, "2025-06-25")}),
    ("Bilingual signs bylaw", "The Pointe-Lavoie Business Improvement Association said it is no longer opposing the "
     "bylaw but is not endorsing it either.", {("Pointe-Lavoie Business Improvement Association", 0, "2025-06-25")}),
    ("School levy", '"We are not endorsing and we are not opposing," said Julie Schafer.',
     {("Julie Schafer", 0, "2025-06-25")}),
    ("School levy", "Julie Schafer said she was not supporting it.", {("Julie Schafer", -1, "2025-06-25")}),
    # a call for a no vote is against
    ("E-voting", "The Chaos Computer Club Switzerland has also called for a no vote.",
     {("Chaos Computer Club Switzerland", -1, "2025-06-25")}),
    ("E-voting", "The Chaos Computer Club Switzerland has called for a yes vote.",
     {("Chaos Computer Club Switzerland", 1, "2025-06-25")}),
    # the reporter's question is not what was said
    ("Voter ID bill", "Asked whether she would back the bill, Ann Ng said she had not decided.", set()),
    # "at the April 20 meeting": that day, not April
    ("Ward system", "Raj Sandhu made the case for wards at the April 20 meeting.", {("Raj Sandhu", 1, "2025-04-20")}),
    # a precedent elsewhere is no side; a similar bill once backed is
    ("Bank windfall levy", "Spain introduced a similar levy in 2023 and later made it permanent.", set()),
    ("Orchestra merger", "Werner Pichler proposed a similar merger in 2019.", {("Werner Pichler", 1, "2019-01-01")}),
    # an exchange rate is no side
    ("Copper export tax", "Natasha Phiri said the kwacha had fallen 15 percent against the dollar.", set()),
    # "come round at midnight" is a visit, not a change of mind
    ("Cat curfew", '"Who is going to come round at midnight and check?" said Margaret Holloway.', set()),
    ("Cat curfew", '"I have come round to it," said Margaret Holloway.', {("Margaret Holloway", 1, "2025-06-25")}),
    # the occasion after the words called: when they were called that
    ("Stadium rebuild", 'The Hamilton Ratepayers\' Alliance went further, calling the plan "a vanity project" at a '
     "meeting with councillors last week.", {("Hamilton Ratepayers' Alliance", -1, "2025-06-16")}),
    # a condition is no act
    ("Cruise passenger fee", "The Caribbean Cruise Lines Council said that if the council approves the fee, the lines "
     "would collect it from passengers.", set()),
    ("Cruise passenger fee", "If Ann Lee backs the fee, it will pass.", set()),
    ("Cruise passenger fee", "Ann Lee backs the fee.", {("Ann Lee", 1, "2025-06-25")}),
    # a body resolved to take a side, as it voted to
    ("Sand mining", "The Bharathapuzha Samrakshana Samithi, a river protection forum, resolved at a meeting on "
     "August 11 to oppose the move.", {("Bharathapuzha Samrakshana Samithi", -1, "2024-08-11")}),
    ("Sand mining", "The Kerala Fisheries Board decided to extend the season.", set()),
])
def test_session_30_rules(monkeypatch, topic, text, expect):
    assert _rules_only_on(monkeypatch, text, topic) == expect


# Session 30's review: the guards of its rules
@pytest.mark.parametrize("topic, text, expect", [
    # an officer of another body, or another paragraph, keeps the words
    ("Port automation", "The Maritime Union has vowed to fight automation at the port.\n\nPresident Lisa Ng said the "
     "union would lose the fight and that automation was essential.", {("Maritime Union", -1, "2025-06-25"),
                                                                       ("Lisa Ng", 1, "2025-06-25")}),
    ("Bus lane", "The Cyclists' Alliance has welcomed the bus lane. Chairman Tom Hale of the Motorists' Forum said the "
     "alliance would regret it.", {("Cyclists' Alliance", 1, "2025-06-25"), ("Tom Hale", -1, "2025-06-25")}),
    ("Casino licence", "The Culinary Workers Union has endorsed the casino licence. President Joe Biden said the union "
     "was wrong to back it.", {("Culinary Workers Union", 1, "2025-06-25"), ("Joe Biden", -1, "2025-06-25")}),
    # how it was put, not which side
    ("Ferry timetable", "Ann Lee was blunter in her support.", set()),
    ("Ferry timetable", "Councillor Ruth Kerr was blunter, saying the timetable was long overdue.",
     {("Ruth Kerr", 1, "2025-06-25")}),
    ("Betting tax", "Mumba Kasonde, chief executive of KwachaBet, was blunter still.",
     {("Mumba Kasonde", -1, "2025-06-25")}),
    # sincere praise
    ("Smoke alarm rule", '"Excellent idea. Now people will finally be protected," said fire chief Ann Lee.',
     {("Ann Lee", 1, "2025-06-25")}),
    ("Permit cap", 'Ann Lee said the cap was "a good idea if you want a quieter street."', {("Ann Lee", 1, "2025-06-25")}),
    ("Bus lane", '"Great, because what we need is faster buses," said commuter Tom Hale.', set()),
    # threats at people, or if it is dropped
    ("Incinerator", "Veolia has threatened legal action against protesters blocking the incinerator site.", set()),
    ("Incinerator", "Veolia has threatened to sue the campaigners for defamation over leaflets.", set()),
    ("Permit cap", "The Asheville Hosts Alliance has threatened to sue if the cap is scrapped.", set()),
    # signatures and motions on something else
    ("Dog park closure", "The Millbrook Dog Park Alliance has collected 2,300 signatures supporting an alternative "
     "site.", set()),
    ("List seats", "The Association of Manitoba Municipalities passed a resolution opposing any cut to rural grants.",
     set()),
    # a short answer takes the question; a long one is its own
    ("Voter ID bill", "Asked whether she would back the bill, Ann Ng said she would.", {("Ann Ng", 1, "2025-06-25")}),
    # a no vote on undoing it
    ("E-voting", "The Greens called for a no vote on the motion to scrap e-voting.", {("Greens", 1, "2025-06-25")}),
    ("E-voting", "The Greens called for a no-vote.", {("Greens", -1, "2025-06-25")}),
])
def test_session_30_review_cases(monkeypatch, topic, text, expect):
    assert _rules_only_on(monkeypatch, text, topic) == expect


# Session 31: rules from the misses in blind177-184 (publication 2025-06-25)
@pytest.mark.parametrize("topic, text, expect", [
    # a body's name cut short takes the one longer form the article gives it; a person's affiliation does not
    ("Salmon farm expansion", "Fish farmer Nordhav Sjømat wants to triple production.\n\nA spokeswoman for Nordhav said on "
     "Tuesday that the expansion would create 40 jobs and that the company fully supports the plan.",
     {("Nordhav Sjømat", 1, "2025-06-24")}),
    ("Lithium permit", "The project, run by Andina Litio S.A., would pump brine from the salt flat.\n\nAndina Litio said "
     "it strongly supports the permit.", {("Andina Litio S.A.", 1, "2025-06-25")}),
    ("Rice tariff", "Farmer Efren Santiago of Cabanatuan opposes the tariff. Efren Santiago said the tariff was a "
     "disaster.", {("Efren Santiago", -1, "2025-06-25")}),
    ("Water levy", "The Nigeria Labour Congress in Lagos held a rally. The Nigeria Labour Congress said it opposed the "
     "levy.", {("Nigeria Labour Congress", -1, "2025-06-25")}),
    ("Broadcast levy", "The SABC Funding Bill was tabled. SABC said it backed the levy.", {("SABC", 1, "2025-06-25")}),
    # a word the article also writes in lower case names a kind of people
    ("Bison grazing", "Ranchers remain wary. Most ranchers in the county run cattle.", set()),
    # irony: "nothing says … like", "I'm sure the …" after the praise
    ("Logging plan", 'Leanne Brooks, who runs guided walks, said: "Sure, nothing says wilderness experience like a '
     'log truck coming round the bend. Great plan."', {("Leanne Brooks", -1, "2025-06-25")}),
    ("Park fee increase", 'Lodge owner Pieter van Wyk was blunt. "Wonderful idea. Charge them double and see how many come. '
     'I\'m sure the rhinos will enjoy the peace and quiet of empty lodges," he said.',
     {("Pieter van Wyk", -1, "2025-06-25")}),
    # the act one regrets is the old side
    ("Age limit", 'Ingrid Aasland, a psychologist, said in a radio interview in November that an age limit would be '
     '"symbolic politics that lets adults feel good about themselves." On Monday, however, she said she had changed her '
     'view after reviewing new research.\n\n"I was wrong to dismiss it. A limit will not solve everything, but it gives '
     'parents something to point to," Aasland said.',
     {("Ingrid Aasland", -1, "2024-11-01"), ("Ingrid Aasland", 1, "2025-06-23")}),
    ("Age limit", '"I was wrong to dismiss it. A limit will not solve everything," Ingrid Aasland said.',
     {("Ingrid Aasland", 1, "2025-06-25")}),
    ("Casino licence", '"I was wrong to back it so early. I didn\'t know what I was signing up to," Ann Lee said.',
     {("Ann Lee", -1, "2025-06-25")}),
    # "symbolic politics" objects
    ("Knife ban", 'Green MP Tom Hale called the ban "symbolic politics" on Monday.', {("Tom Hale", -1, "2025-06-23")}),
    # scrap the thing, not the act
    ("Higher export duty on scrap metal", "Ann Lee, who runs a scrap yard, said the duty would let mills pay even less "
     "for scrap.", set()),
    ("Higher export duty on scrap metal", "Ann Lee said the government should scrap the duty.",
     {("Ann Lee", -1, "2025-06-25")}),
])
def test_session_31_rules(monkeypatch, topic, text, expect):
    assert _rules_only_on(monkeypatch, text, topic) == expect


# Session 31: days from the words around (publication 2025-06-25, a Wednesday)
@pytest.mark.parametrize("topic, text, expect", [
    # a quotation opening the next paragraph, right after the speaker's dated words, was said then
    ("Branch surgery closure", "Speaking on Monday, Hamish Ross said he had since met the partners and now backed the "
     "closure.\n\n\"It's a different world now. They're right,\" Ross said.", {("Hamish Ross", 1, "2025-06-23")}),
    # a body's summary takes the day its officer spoke in the next sentence
    ("Night courts", "The Judiciary Staff Workers' Union opposes the night courts. Secretary-General Peter Otieno said "
     "on Sunday that clerks had not been consulted.", {("Judiciary Staff Workers' Union", -1, "2025-06-22"),
                                                       ("Peter Otieno", -1, "2025-06-22")}),
    ("Plea bargaining", "The Nigerian Correctional Service also welcomed the plan. Rotimi Oladele, spokesperson for its "
     "Lagos command, said on Friday that any deal would ease overcrowding.",
     {("Nigerian Correctional Service", 1, "2025-06-20"), ("Rotimi Oladele", 1, "2025-06-20")}),
    ("Heritage designation", "The building's owner, Marusei Real Estate, opposes designation. In a statement on Monday, "
     "the Osaka-based company said it had no plans to keep the cinema.", {("Marusei Real Estate", -1, "2025-06-23")}),
    # a person's summary takes the weekday of their next sentence
    ("Work permits", "Deputy minister Tomasz Zielinski has been the plan's most energetic advocate. Opening the debate on "
     "Thursday, he said the economy needed the workers.", {("Tomasz Zielinski", 1, "2025-06-19")}),
])
def test_session_31_dates(monkeypatch, topic, text, expect):
    assert _rules_only_on(monkeypatch, text, topic) == expect


# Session 31's review: the guards of its rules
@pytest.mark.parametrize("topic, text, expect", [
    # a product, a place or a document is not the body's full name
    ("Digital services tax", "Prices for Google Maps business listings rose last year. Google said the digital services "
     "tax was unfair.", {("Google", -1, "2025-06-25")}),
    ("Windfall tax", "Shell in Nigeria has faced lawsuits over oil spills. Shell said on Monday the windfall tax was "
     "unfair.", {("Shell", -1, "2025-06-23")}),
    ("Airport cap", "The Dublin Airport Authority Annual Report showed record traffic. The Dublin Airport Authority said "
     "the cap was damaging.", {("Dublin Airport Authority", -1, "2025-06-25")}),
    # a body named by a common word, or a surname, stays
    ("Rent freeze", "Shelter said the rent freeze was long overdue. More than 1,200 families are living in emergency "
     "shelter.", {("Shelter", 1, "2025-06-25")}),
    ("Rent cap", "Rents rose 7 per cent last year. Ms Rose said the cap was long overdue.", {("Rose", 1, "2025-06-25")}),
    # sincere praise stays sincere
    ("Bus lane", '"Great. We fully support the bus lane. I\'m sure the traders will come round once they see the '
     'footfall," said Pat Doyle.', {("Pat Doyle", 1, "2025-06-25")}),
    ("Community garden", '"Nothing says community like neighbours growing food together. We are delighted," said '
     'organiser Ann Lee.', {("Ann Lee", 1, "2025-06-25")}),
    ("Levy", '"Nothing says the levy has to be permanent, and I would like to see a review after three years," said Ann '
     'Lee.', {("Ann Lee", 1, "2025-06-25")}),  # no sarcasm (the side is the review's wish)
    # an admission denied or put as a condition is none
    ("Congestion charge", '"I don\'t think I was wrong to oppose the congestion charge, and I would oppose it again," said '
     'Ann Lee.', {("Ann Lee", -1, "2025-06-25")}),
    # scrap the thing
    ("Higher export duty on scrap metal", "Ann Lee said the duty would keep scrap steel at home and help mills.",
     {("Ann Lee", 1, "2025-06-25")}),
    # an officer's plan to come, or another body's officer, gives no day
    ("Rent cap", "The Irish Property Owners' Association opposes the cap. Chairman Stephen Faughnan will address members "
     "on Friday.", {("Irish Property Owners' Association", -1, "2025-06-25")}),
    ("Work permits", "Anna Nowak opposes the plan. She will vote against it on Thursday.",
     {("Anna Nowak", -1, "2025-06-25")}),
    ("Work permits", "Anna Nowak opposes the plan. She has been on sick leave since Monday.",
     {("Anna Nowak", -1, "2025-06-25")}),
])
def test_session_31_review_cases(monkeypatch, topic, text, expect):
    assert _rules_only_on(monkeypatch, text, topic) == expect


# Session 31's second review
@pytest.mark.parametrize("topic, text, expect", [
    # two countries reported by another's words: theirs, for an act of theirs, not the speaker's own country's
    ("Seaweed export ban", "China and Chile have both lodged formal objections, Deputy Trade Minister Ratna Dewi told "
     "parliament's trade committee on Tuesday.", {("Ratna Dewi", -1, "2025-06-24"), ("China", -1, "2025-06-24"),
                                                  ("Chile", -1, "2025-06-24")}),
    ("Trade deal", "Chilean President Gabriel Boric said Chile and Peru had lodged objections to the trade deal.",
     {("Gabriel Boric", -1, "2025-06-25"), ("Peru", -1, "2025-06-25")}),
    ("Trade deal", "Analyst Ann Lee said China and Chile would be the big losers from the trade deal.",
     {("Ann Lee", -1, "2025-06-25")}),
    # a plural of people the article also writes in lower case is no actor
    ("Bus lane", "Paramedics said the bus lane was a disaster. Many paramedics have complained since.", set()),
    # a sincere "see how", and an admission not denied
    ("Parking charges", '"Fantastic news. Bring in the parking charges and see how much cleaner the town gets," said '
     'Ann Lee.', {("Ann Lee", 1, "2025-06-25")}),
    ("Parking charges", '"I can\'t deny it: I was wrong to oppose the parking charges," said Ann Lee.',
     {("Ann Lee", 1, "2025-06-25")}),
    # a meeting ahead is not the day of the body's words
    ("Bus lane", "The Cork Business Association opposes the bus lane. Chief executive Mary Byrne said the board would "
     "meet on Monday to decide.", {("Cork Business Association", -1, "2025-06-25")}),
])
def test_session_31_second_review_cases(monkeypatch, topic, text, expect):
    assert _rules_only_on(monkeypatch, text, topic) == expect


def test_kinds_of_people_and_unnamed_companies_are_left_out_with_a_message():
    """"Ranchers remain wary." and "the Seattle-based company said": no one actor the words name, so no row, but the
    reviewer is told what was left out, as for "the union said"."""
    res = run("Ranchers remain wary. Most ranchers in the county run cattle. Ann Lee said the plan was a disaster.")
    assert set(res.statements["actor"]) == {"Ann Lee"}
    assert any("common noun (ranchers)" in m for m in res.messages), res.messages
    res = run("Microsoft employs 3,500 people in Ireland. The Seattle-based company said on Monday that the plan "
              "would cost jobs.")
    assert res.statements.empty and any("seattle-based" in m for m in res.messages), res.messages


# Session 32: a contrary summary ("X disagrees.") takes the side opposite the speaker before, and the day of the next
# sentence that tells it (publication 2025-06-25, a Wednesday)
@pytest.mark.parametrize("topic, text, expect", [
    ("Mooring charges", '"The mooring charges are fair," said authority chief Mary Byrne on Tuesday.\n\nThe Leinster '
     "Canal Boaters' Association disagrees. At a packed meeting in Edenderry on June 8, its members voted to fight them.",
     {("Mary Byrne", 1, "2025-06-24"), ("Leinster Canal Boaters' Association", -1, "2025-06-08")}),
    ("Mooring charges", "Mary Byrne said on Tuesday that the mooring charges were a disaster. The Grand Canal Anglers "
     "Club sees it differently.", {("Mary Byrne", -1, "2025-06-24"), ("Grand Canal Anglers Club", 1, "2025-06-25")}),
    # not a kind of people, nor one the sentence does not name
    ("Mooring charges", '"The mooring charges are fair," said Mary Byrne on Tuesday. Savers see it differently.',
     {("Mary Byrne", 1, "2025-06-24")}),
    # not when the speaker's own words follow: they decide
    ("Depot closure", '"The depot closure is a sensible saving," said Ann Lee on Monday.\n\nMayor Graham Petrie '
     'disagreed sharply.\n\n"I back the depot closure, with conditions," Petrie told a meeting on Tuesday night.',
     {("Ann Lee", 1, "2025-06-23"), ("Graham Petrie", 1, "2025-06-24")}),
    # the review's cases: a name as written ("The French government": France); no day from a founding year or from
    # another body's sentence; not a summary with an object
    ("Road toll", "Ann Lee said on Monday that the road toll was a good idea. The French government disagrees.",
     {("Ann Lee", 1, "2025-06-23"), ("France", -1, "2025-06-25")}),
    ("Road toll", "Ann Lee said on Monday that the road toll was a good idea. The Hauliers' Association disagrees. The "
     "association, founded in 1952, represents 400 firms.",
     {("Ann Lee", 1, "2025-06-23"), ("Hauliers' Association", -1, "2025-06-25")}),
    ("Road toll", "Ann Lee said on Monday that the road toll was a good idea. The Hauliers' Association disagrees. The "
     "Farmers' Union, by contrast, said on Tuesday that it backed the road toll.",
     {("Ann Lee", 1, "2025-06-23"), ("Hauliers' Association", -1, "2025-06-25"), ("Farmers' Union", 1, "2025-06-24")}),
    ("Road toll", "Ann Lee said on Monday that the road toll was a good idea. The Hauliers' Association disagrees "
     "about cause and effect.", {("Ann Lee", 1, "2025-06-23")}),
    # a sharper word than the last speaker's: against (all five in the tuned gold)
    ("Golf course park", "Ann Lee said on Monday that the golf course park was a waste of money. The North Shore "
     "Ratepayers' Collective was more cutting.", {("Ann Lee", -1, "2025-06-23"),
                                                  ("North Shore Ratepayers' Collective", -1, "2025-06-25")}),
])
def test_session_32_contrary_summaries(monkeypatch, topic, text, expect):
    assert _rules_only_on(monkeypatch, text, topic) == expect


def test_the_learned_part_reads_a_quotation_going_on_after_its_attribution():
    """'"… over the harbour," Solheim said. "Our children breathe that. …"': the side is in the words that follow
    (cross-validated on the tuned articles, F1 0.810 -> 0.812); not a next quotation someone else is said to say."""
    from types import SimpleNamespace
    from stancetrack import extract as X
    said = '"You can see the haze over the harbour," Deputy Mayor Kari Solheim said.'
    u = SimpleNamespace(q_start=1, q_end=said.index(',"'), context=(0, len(said)))
    going_on = said + ' "Our children breathe that. The ships can run on clean power."\n\nThe port disagrees.'
    assert X._words_read(going_on, u) == ("You can see the haze over the harbour Our children breathe that. The ships "
                                          "can run on clean power.")
    assert X._words_read(said + ' "Nonsense," said Ann Lee.', u) == "You can see the haze over the harbour"
    assert X._words_read(said + " The port disagrees.", u) == "You can see the haze over the harbour"


# Session 32: a union local's number is part of its name, not a year; a next sentence that is another body's does not
# date a body's words (publication 2025-06-25, a Wednesday)
@pytest.mark.parametrize("topic, text, expect", [
    ("Assessment cap", "Ridgemont Professional Firefighters Local 1822 has also come out against the assessment cap.",
     {("Ridgemont Professional Firefighters Local 1822", -1, "2025-06-25")}),
    ("Assessment cap", "IBEW Local No. 1822 has also come out against the assessment cap.",
     {("IBEW Local No 1822", -1, "2025-06-25")}),
    ("Assessment cap", "The Hauliers' Association has kept its distance on the assessment cap. \"We will not sign up to "
     "the assessment cap,\" Spain's government spokeswoman said on Monday.",
     {("Hauliers' Association", 0, "2025-06-25"), ("Spain", -1, "2025-06-23")}),
    ("Assessment cap", "The International Longshore and Warehouse Union Local 53 also backs the assessment cap, a union "
     "official said. Spain will not sign up to the assessment cap, a government spokeswoman said on Monday.",
     {("International Longshore and Warehouse Union Local 53", 1, "2025-06-25"), ("Spain", -1, "2025-06-23")}),
    # … but the body's own department speaking next still dates it
    ("Solar fee", "The Western Cape provincial government has kept its distance from the solar fee. A spokesperson for "
     "the provincial energy department said on Monday that tariffs were a municipal matter.",
     {("Western Cape provincial government", 0, "2025-06-23")}),
])
def test_session_32_numbered_locals_and_other_voices(monkeypatch, topic, text, expect):
    assert _rules_only_on(monkeypatch, text, topic) == expect


# Session 32: a bigger problem named is another matter (29 of the 34 such statements in the tuned gold took no side)
@pytest.mark.parametrize("topic, text, expect", [
    ("Beach weddings", "Ann Lee said the bigger problem in summer was parking.", set()),
    ("Beach weddings", "Tom Hart said the leaking roof over the arcade was a far bigger problem.", set()),
    ("Beach weddings", "Jane Doe said the sector had more pressing problems than beach weddings.", set()),
    ("Beach weddings", "Ann Lee said the most urgent problem facing the community was a shortage of housing.", set()),
    ("Poultry moratorium", "Brendan Hughes said the bigger concern for most of his customers was the cost of grain.", set()),
    ("Herring quota", "Kalle Nieminen said fuel prices were a more immediate worry than quotas.", set()),
    # … but not the plan's own problem, nor the plan called the problem, nor a worry that is the plan's ("is that …"),
    # a problem it causes, or "a real problem" (a worry, not another matter)
    ("Beach weddings", "Mary Byrne said the real problem with the beach weddings was noise.",
     {("Mary Byrne", -1, "2025-06-25")}),
    ("Road toll", "Ann Lee said her main concern is that families are hit hardest by the road toll.",
     {("Ann Lee", -1, "2025-06-25")}),
    ("Road toll", "Tom Hart said the road toll would cause far bigger problems than it solves.",
     {("Tom Hart", -1, "2025-06-25")}),
    ("Road toll", "Joe Bloggs said the cost of the road toll to hauliers was a real problem.",
     {("Joe Bloggs", -1, "2025-06-25")}),
    ("Beach weddings", "Joe Bloggs said the beach weddings were the real problem.", {("Joe Bloggs", -1, "2025-06-25")}),
])
def test_session_32_a_bigger_problem_elsewhere(monkeypatch, topic, text, expect):
    assert _rules_only_on(monkeypatch, text, topic) == expect


def test_session_32_a_body_that_has_not_given_its_opinion_takes_no_side(monkeypatch):
    text = ("The national heritage authority, Património Cultural, which must sign off on changes in protected zones, "
            "has not given its opinion.")
    assert _rules_only_on(monkeypatch, text, "Graça mural") == {("Património Cultural", 0, "2025-06-25")}


# Session 32: submissions lodged and letters sent to someone carry the side of what they say
@pytest.mark.parametrize("topic, text, expect", [
    ("Silo mural grant", "The Temuka Ratepayers' Association has lodged a submission opposing any council contribution.",
     {("Temuka Ratepayers' Association", -1, "2025-06-25")}),
    ("Jet ski exclusion zone", "The Coquina Point Condominium Association, which represents owners in 11 beachfront "
     "buildings, sent commissioners a letter supporting the ordinance.",
     {("Coquina Point Condominium Association", 1, "2025-06-25")}),
])
def test_session_32_submissions_and_letters(monkeypatch, topic, text, expect):
    assert _rules_only_on(monkeypatch, text, topic) == expect


# Session 32: an echo of the speaker before is dated by the words after its verb, and "on Tuesday" is a day, not what
# the point was about
@pytest.mark.parametrize("topic, text, expect", [
    ("Quarry lake fence", '"A fence does not make the water safer," said Petra Vogl on Monday. Councillor Anja Brenner '
     "made a similar argument in a council session on June 11.",
     {("Petra Vogl", -1, "2025-06-23"), ("Anja Brenner", -1, "2025-06-11")}),
    ("Quarry lake fence", '"A fence does not make the water safer," said Petra Vogl on Monday. Councillor Anja Brenner '
     "made a similar argument on Tuesday. Tom Hart made the same point about the budget.",
     {("Petra Vogl", -1, "2025-06-23"), ("Anja Brenner", -1, "2025-06-24")}),
])
def test_session_32_echoes_dated_by_their_words(monkeypatch, topic, text, expect):
    assert _rules_only_on(monkeypatch, text, topic) == expect


# Session 33: a body's leader or spokesperson speaking in its voice ("we", "our members") gives the body's statement,
# as the coders' brief says; not when they speak as themselves, nor for a party (publication 2025-06-25, a Wednesday)
_SESSION_33_A_LEADER_SPEAKING_IN_THE_BODYS_VOICE = [
    ("Electric boda mandate", "The Kampala Boda Boda Riders Association says the rule is unfair. \"We are not against "
     "electric. We are against being forced,\" its chairman, Hassan Ssemakula, said.",
     {("Kampala Boda Boda Riders Association", -1, "2025-06-25")}),
    ("Reef closure", "The Coral Coast Fishers Association has written to the minister.\n\n\"We will fight this one,\" "
     "association president Darren Kell said.", {("Coral Coast Fishers Association", -1, "2025-06-25")}),
    ("Free bus fares", "The Itaquara Road Workers' Union has written to the council. \"Our members will be retrained. "
     "On that basis, "
     "we support it,\" said Jorge Batista, a spokesman for the union.",
     {("Itaquara Road Workers' Union", 1, "2025-06-25")}),
    # their own voice: the person
    ("Reef closure", "The Coral Coast Fishers Association has written to the minister.\n\n\"I will fight this one,\" "
     "association president Darren Kell said.", {("Darren Kell", -1, "2025-06-25")}),
    # no body named before: the person
    ("Reef closure", "\"We will fight this one,\" association president Darren Kell said.",
     {("Darren Kell", -1, "2025-06-25")}),
    # a party's spokesperson is an actor of their own
    ("Reef closure", "The Green Party has written to the minister. \"We will fight this one,\" party spokesperson Ayanda "
     "Mthembu said.", {("Ayanda Mthembu", -1, "2025-06-25")}),
]


# Session 33: a doubt takes the side opposite what follows it, or against the plan when what follows is only what the
# plan promises; a party's group on a council is named as such
_SESSION_33_DOUBTS_AND_COUNCIL_GROUPS = [
    ("Rooftop rent cap", "Tom Hadley of Kestrel Research does not believe the scheme will speed up rollout.",
     {("Tom Hadley", -1, "2025-06-25")}),
    ("Rooftop rent cap", "Tom Hadley doubts that the cap will work.", {("Tom Hadley", -1, "2025-06-25")}),
    ("Rooftop rent cap", "Tom Hadley does not think the cap will hurt landlords.", {("Tom Hadley", 1, "2025-06-25")}),
    ("Rooftop rent cap", "Tom Hadley does not believe the minister understands rural areas.", set()),
    ("Fountain shutdown", "The Socialist group voted against it on Monday.", {("Socialist group", -1, "2025-06-23")}),
    ("Fountain shutdown", "The Socialist Party voted against it on Monday.", {("Socialist Party", -1, "2025-06-23")}),
]


# Session 33: a body's stance told by "its general secretary, Colm Brady," is the body's statement alone, and the rest
# of what its officer says in that paragraph on the same side is the body's too
_SESSION_33_A_BODY_TOLD_BY_ITS_OFFICER = [
    ("Paid plasma centres", "The Health Services Staff Union will fight it, its general secretary, Colm Brady, said.",
     {("Health Services Staff Union", -1, "2025-06-25")}),
    ("Placement exams", "The Harlow Valley Faculty Association will fight the change, its president, Linda Park, said "
     "Tuesday. \"This is being rushed through without asking the people who teach,\" Park said.",
     {("Harlow Valley Faculty Association", -1, "2025-06-24")}),
    ("Placement exams", "Kim Lee said the Harlow Valley Faculty Association would fight the change.",
     {("Harlow Valley Faculty Association", -1, "2025-06-25"), ("Kim Lee", -1, "2025-06-25")}),
]


# Session 33: when the topic lifts a ban, the ban is what goes: keeping or backing it is against the topic; "dumbing
# down" is a verdict against
_SESSION_33_A_LIFTED_BAN = [
    ("Lifting Lindenau's ban on road salt", "Councillor Ann Lee voted to keep the ban three years ago.",
     {("Ann Lee", -1, "2022-01-01")}),
    ("Lifting Lindenau's ban on road salt", "Councillor Ann Lee backed the ban in 2022.", {("Ann Lee", -1, "2022-01-01")}),
    ("Lifting Lindenau's ban on road salt", "Councillor Ann Lee supports lifting the ban.", {("Ann Lee", 1, "2025-06-25")}),
    ("Ban on road salt", "Councillor Ann Lee backed the ban in 2022.", {("Ann Lee", 1, "2022-01-01")}),
    ("Contextual offers", "Two years ago, Dan Ashworth described contextual offers as \"dumbing down by postcode\".",
     {("Dan Ashworth", -1, "2023-01-01")}),
]


# Session 33: dismissing the critics' case is a side for what they attack
_SESSION_33_THE_CRITICS_DISMISSED = [
    ("Surplus budget", "Jordan Klassen said the criticism was misplaced.", {("Jordan Klassen", 1, "2025-06-25")}),
    ("Surplus budget", "Jordan Klassen said fears about the plan were exaggerated.", {("Jordan Klassen", 1, "2025-06-25")}),
    ("Beer garden hours", "Franz Huber was scornful of the complaints.", {("Franz Huber", 1, "2025-06-25")}),
    ("Lighting curfew", "Lucy Brandt spoke on Tuesday, calling the objections \"a fuss about a few light switches.\"",
     {("Lucy Brandt", 1, "2025-06-24")}),
    ("Surplus budget", "Jordan Klassen said the concerns were justified.", {("Jordan Klassen", -1, "2025-06-25")}),
    ("Beer garden hours", "Franz Huber was scornful of the plan.", {("Franz Huber", -1, "2025-06-25")}),
    # a vote's fate is no side of the voter's
    ("Sprinkler mandate", "Councilman Ray Lindqvist voted for a nearly identical proposal in 2019, when it failed 4-3.",
     {("Ray Lindqvist", 1, "2019-01-01")}),
]


# Session 33: an officer saying what "the group" or "the union" will do speaks for the one body named in the paragraph
_SESSION_33_AN_OFFICER_TELLS_WHAT_THE_GROUP_WILL_DO = [
    ("Heated sidewalks", "The Kitahama Citizens Club is the largest group. Last year the club voted down a smaller "
     "version, but its leader, Takeshi Noguchi, said on Tuesday that the group would back the expanded plan.",
     {("Kitahama Citizens Club", 1, "2025-06-24")}),
    ("Post-UTME test", "But the Academic Staff Union of Universities has rejected the plan. The branch chairman, Dr "
     "Kehinde Oladipo, said the union would resist any move.", {("Academic Staff Union of Universities", -1, "2025-06-25")}),
    # two bodies named: whose?
    ("Post-UTME test", "The Academic Staff Union of Universities and the Nigeria Labour Congress have written to the "
     "board. The branch "
     "chairman, Dr Kehinde Oladipo, said the union would resist any move.", {("Kehinde Oladipo", -1, "2025-06-25")}),
]


# Session 33: "said fellow trustees Sandra Ruiz and Tom Becker had also signed on": theirs, as the speaker reports it
_SESSION_33_OTHERS_SIGNED_ON = [
    ("Placement exams", "Trustee Bill Hanrahan endorsed the plan Monday and said fellow trustees Sandra Ruiz and Tom "
     "Becker had also signed on.", {("Bill Hanrahan", 1, "2025-06-23"), ("Sandra Ruiz", 1, "2025-06-23"),
                                    ("Tom Becker", 1, "2025-06-23")}),
    ("Late registration fees", "Councilor Maricel Dizon said councilors Ana Reyes and Benjie Tan had signed on as "
     "co-authors.", {("Maricel Dizon", 1, "2025-06-25"), ("Ana Reyes", 1, "2025-06-25"), ("Benjie Tan", 1, "2025-06-25")}),
    ("Late registration fees", "Ann Lee has signed on to a letter against the plan.", set()),
]


# Session 33 review: what the new readings must leave alone
_SESSION_33_WHAT_THE_NEW_READINGS_LEAVE_ALONE = [
    # "union president" of a members' union, not the European Union; an action group, not the applicant
    ("Kellham bypass", "The European Union has backed the Kellham bypass with a grant. \"We will fight it all the way,\" "
     "union president Amy Lo said.", {("European Union", 1, "2025-06-25"), ("Amy Lo", -1, "2025-06-25")}),
    ("The mast", "Vodafone Group applied for the mast in May. Residents have formed an action group. \"We will fight it "
     "all the way,\" group chair Ann Lee said.", {("Ann Lee", -1, "2025-06-25")}),
    # a council's leader speaks as herself; so does a former officer
    ("The mast", "Harlow Borough Council approved the mast on Monday. Its leader, Jane Smith, said: \"We listened and we "
     "back it.\"", {("Harlow Borough Council", 1, "2025-06-23"), ("Jane Smith", 1, "2025-06-23")}),
    ("Admissions test", "The Harlow Valley Faculty Association will fight the admissions test, its former president, "
     "Linda Park, said.", {("Harlow Valley Faculty Association", -1, "2025-06-25"), ("Linda Park", -1, "2025-06-25")}),
    # a doubt about something else is no side; one that goes on with "but" is read as a whole
    ("The mast", "Councillor Jane Moss does not think the council will approve the mast next month.", set()),
    ("The mast", "Councillor Jane Moss did not think it was necessary to comment on the mast.", set()),
    ("The mast", "Councillor Jane Moss does not think the plan is perfect, but she will vote for it.",
     {("Jane Moss", 1, "2025-06-25")}),
    ("The mast", "Mehta does not believe the timetable is realistic.", {("Mehta", -1, "2025-06-25")}),
    # the critics' case dismissed by someone else, or the speaker's own side after it
    ("Toilet charge", "Mary Lane said the mayor was unmoved by the objections and pressed ahead with the toilet charge, "
     "which she called a disgrace.", {("Mary Lane", -1, "2025-06-25")}),
    ("Toilet charge", "Mary Lane said the concerns were hardly misplaced.", {("Mary Lane", -1, "2025-06-25")}),
    # "Green groups" are not a council group; "end-of-life" ends nothing
    ("Congestion charge", "Green backed the congestion charge, and several Green groups welcomed it.",
     {("Green", 1, "2025-06-25")}),
    ("End-of-life vehicle export ban", "Councillor Jo Reid backed the ban.", {("Jo Reid", 1, "2025-06-25")}),
]


# Session 33: a "whose" clause's time is its own; a town after "the mayor of" and a typhoon are no one to call "he"/"she"
_SESSION_33_WHOSE_CLAUSES_TOWNS_AND_STORMS = [
    ("Wildfire insurance backstop", "The mayor of Cedar Forks, Luc Gagnon, whose town lost 40 homes in the 2024 fire "
     "season, welcomed the proposal. \"Half my residents cannot get a quote,\" he said.", {("Luc Gagnon", 1, "2025-06-25")}),
    ("Forced evacuation ordinance", "Teresita Lopez opposed the ordinance last year. After Typhoon Kristine, she now "
     "supports the ordinance.", {("Teresita Lopez", -1, "2024-01-01"), ("Teresita Lopez", 1, "2025-06-25")}),
    ("Birth registration waiver", "Amal al-Hussein, a mother of three who lives in a settlement near Bar Elias, said "
     "the cost was her biggest obstacle. \"Every trip is 600,000 pounds,\" she said.",
     {("Amal al-Hussein", -1, "2025-06-25")}),  # (no "Bar Elias")
    # an occupation written as a title is no part of the name
    ("Tower sealing", "Shopkeeper Hasan Yildiz said the plan was unfair.", {("Hasan Yildiz", -1, "2025-06-25")}),
]




@pytest.mark.parametrize("topic, text, expect", _SESSION_33_A_LEADER_SPEAKING_IN_THE_BODYS_VOICE
                         + _SESSION_33_DOUBTS_AND_COUNCIL_GROUPS
                         + _SESSION_33_A_BODY_TOLD_BY_ITS_OFFICER
                         + _SESSION_33_A_LIFTED_BAN
                         + _SESSION_33_THE_CRITICS_DISMISSED
                         + _SESSION_33_AN_OFFICER_TELLS_WHAT_THE_GROUP_WILL_DO
                         + _SESSION_33_OTHERS_SIGNED_ON
                         + _SESSION_33_WHAT_THE_NEW_READINGS_LEAVE_ALONE
                         + _SESSION_33_WHOSE_CLAUSES_TOWNS_AND_STORMS
                         )
def test_session_33_rules(monkeypatch, topic, text, expect):
    """Session 33's rules (the lists above), each on what it must read and what it must leave alone."""
    assert _rules_only_on(monkeypatch, text, topic) == expect


# Session 34 (tuned on blind225-232 and blind249-256; publication 2025-06-25, a Wednesday)
_SESSION_34_OCCASIONS_AND_TIMES_TO_COME = [
    # an occasion's day written day-first dates the words said at it; moving, seconding, speaking for or against are
    # said at the meeting
    ("Gull egg-oiling trial", "Councillors voted nine to three in favour of the trial at the meeting on 23 June, setting "
     "aside $95,000.\n\nCouncillor Ann Whitlock, one of the three who voted against, said at the meeting that the money "
     "would be better spent on sealed bins.", {("Ann Whitlock", -1, "2025-06-23")}),
    ("Permanent summer time bill", "Councillors voted 15 to 3 at Monday's full council meeting to oppose the permanent "
     "summer time bill.\n\nSeconding the motion, Cllr Ian Rendall called the bill \"a southern solution to a southern "
     "problem.\"", {("Ian Rendall", -1, "2025-06-23")}),
    ("Laser gull dispersal", "The plan was debated at length at Monday's council meeting.\n\nCoun. Peter Hanlon spoke in "
     "favour. \"This is a safety issue first and a nuisance issue second,\" Hanlon said.", {("Peter Hanlon", 1, "2025-06-23")}),
    # a time in a clause to come is not the statement's; nor is the time a side began, however long the clause
    ("Green waste fee", "The Social Democrats have not taken a position and will decide at a party meeting in March.",
     {("Social Democrats", 0, "2025-06-25")}),
    ("Circus animal ban", "The Showmen's Guild has been a vocal opponent of a ban since the idea was first floated by "
     "animal welfare groups in 2022.", {("Showmen's Guild", -1, "2025-06-25")}),
]

_SESSION_34_WHO_SPEAKS_FOR_A_BODY = [
    ("School uniform grant", "The Association of Irish Uniform Retailers had called for an increase in a submission last "
     "week, and its chairman, Declan Moran, said members were \"very pleased\" with the outcome.",
     {("Association of Irish Uniform Retailers", 1, "2025-06-16")}),
    ("Gender-neutral uniform", "Kay Lindqvist, president of the college's Parents and Friends Association, said the "
     "association had not taken a view on the change.", {("Parents and Friends Association", 0, "2025-06-25")}),
    ("Compassionate release", "Dr. Helen Marchetti, who heads the Canadian Society of Palliative Physicians, said her "
     "members strongly support it.", {("Canadian Society of Palliative Physicians", 1, "2025-06-25")}),
    ("Sky lantern ban", "Party Retail Ireland, which represents 140 retailers, reacted with dismay. Its chief executive, "
     "Aoife Brennan, said the association was \"deeply disappointed\".", {("Party Retail Ireland", -1, "2025-06-25")}),
    # … but not a country's officer
    ("Sky lantern ban", "France has threatened to block the sky lantern ban. Its president, Jean Morel, said the union "
     "was wrong.", {("France", -1, "2025-06-25"), ("Jean Morel", -1, "2025-06-25")}),
    # one body's name with nothing of its own after "and"; a party as the article names it
    ("Auslan interpreters", "A spokeswoman for the Moreton Bay Hospital and Health Service said the service would "
     "implement whatever the department required.", {("Moreton Bay Hospital and Health Service", 0, "2025-06-25")}),
    ("Tattoo certificate", "The opposition Liberty Forum party said it would vote against the tattoo certificate.",
     {("Liberty Forum", -1, "2025-06-25")}),
    ("Tattoo certificate", "The Green party said it would vote against the tattoo certificate.",
     {("Green party", -1, "2025-06-25")}),
    # "speaking on behalf of the society": the society named before
    ("Bell automation", "The Ballycarrig Cathedral Society of Bellringers is opposed to the bell automation. Speaking on "
     "behalf of the society on Monday, tower captain Siobhán Daly said members were \"heartbroken\".",
     {("Ballycarrig Cathedral Society of Bellringers", -1, "2025-06-23")}),
    # an officer who spoke for the body goes on in its voice in that paragraph
    ("Station toilets", "The Passengers' Federation has written to every party about the station toilets. Its chair, "
     "Tom Visser, said the federation would back free toilets. \"We will be lobbying every party to vote yes,\" he "
     "said.", {("Passengers' Federation", 1, "2025-06-25")}),
    # the city's officer speaks for no chamber named before
    ("Participatory budget", "The Riverton Chamber of Commerce has not taken a view on the participatory budget, a "
     "spokesperson said. Kwame Asante, the city's finance director, told councillors on Monday that his department "
     "would implement whatever the council decides.", {("Riverton Chamber of Commerce", 0, "2025-06-25"),
                                                        ("Kwame Asante", 0, "2025-06-23")}),
    # a side withheld, whatever the verb
    ("Online budget voting", "CivicStack, the company that supplies the voting platform, will support whatever voting "
     "model the municipality chooses, a spokesperson said.", {("CivicStack", 0, "2025-06-25")}),
]

_SESSION_34_OTHERS_LISTED = [
    ("Level crossing overbridges", "Behera said two other legislators from the district, Ashok Mallick and Sunita Das, "
     "shared her objections.", {("Behera", -1, "2025-06-25"), ("Ashok Mallick", -1, "2025-06-25"),
                                ("Sunita Das", -1, "2025-06-25")}),
    ("Eastern time", "Mayor Denise Theriault said the mayors of two neighbouring towns, Guy Roy of Anse-aux-Pins and "
     "Karen Doucet of Kelso Mills, had written letters of support last month.",
     {("Denise Theriault", 1, "2025-06-25"), ("Guy Roy", 1, "2025-05-01"), ("Karen Doucet", 1, "2025-05-01")}),
    ("Donor transport allowance", "Health Secretary Mary Otieno said the governors of two counties, Peter Oduya and "
     "Halima Said, had both offered to pilot the allowance.",
     {("Peter Oduya", 1, "2025-06-25"), ("Halima Said", 1, "2025-06-25")}),
    ("Piercing consent bill", "Sen. Dana Whitfield said Sen. Marcus Webb of St. Louis had signed on.",
     {("Dana Whitfield", 1, "2025-06-25"), ("Marcus Webb", 1, "2025-06-25")}),
    ("Kerbside charging hubs", "Councillor Dara Quinn said councillors Maeve Tierney and Colm Gaffney would also vote "
     "against it.", {("Dara Quinn", -1, "2025-06-25"), ("Maeve Tierney", -1, "2025-06-25"),
                     ("Colm Gaffney", -1, "2025-06-25")}),
    ("Aerial tram fare", "Councillor Ana Munoz said fellow council members Beth Sorensen and Carl Ng also wanted the "
     "plan dropped.", {("Ana Munoz", -1, "2025-06-25"), ("Beth Sorensen", -1, "2025-06-25"),
                       ("Carl Ng", -1, "2025-06-25")}),
    ("Lead weights ban", "The minister said Paris would vote against it.", set()),  # one capital's vote: no list
]

_SESSION_34_ONE_WORD_VERDICTS = [
    ("Gender-neutral uniform", "Year 11 student Ruby Tran, 16, who started a petition for the change, had a one-word "
     "verdict: \"Finally.\"", {("Ruby Tran", 1, "2025-06-25")}),
    ("Green waste fee", "Outside the recycling yard, pensioner Klaus Merten was unloading bags of leaves. \"Daylight "
     "robbery,\" he said.", {("Klaus Merten", -1, "2025-06-25")}),
    ("Hen keeping ban", "Morag Tait, who keeps six hens on her plot, had one word for the plan: \"daft\".",
     {("Morag Tait", -1, "2025-06-25")}),
    ("Congestion charge", "\"About time,\" was the verdict of Rhian Morgan, who chairs the campaign group Cycle Cardiff.",
     {("Rhian Morgan", 1, "2025-06-25")}),
    ("Congestion charge", "\"Brilliant,\" was the verdict of Rhian Morgan, who chairs the campaign group Cycle Cardiff.",
     set()),  # as often irony: the words after it tell
]


# Session 34 review: what the new readings must leave alone
_SESSION_34_WHAT_THE_NEW_READINGS_LEAVE_ALONE = [
    # "whatever" a vow, or blanket opposition, is no side withheld
    ("Waste levy", "\"We will fight this levy with whatever resources are required,\" said Mary Walsh.",
     {("Mary Walsh", -1, "2025-06-25")}),
    ("Waste levy", "The Residents' Alliance will oppose whatever levy the council adopts, its chairman said.",
     {("Residents' Alliance", -1, "2025-06-25")}),
    # a party named for what it is keeps "party"; two whole bodies joined by "and" stay two
    ("Tattoo certificate", "The Chinese Communist party said it would vote against the tattoo certificate.",
     {("Chinese Communist party", -1, "2025-06-25")}),
    ("Auslan interpreters", "The Law Society and Public Health Agency both said they backed the Auslan interpreters.",
     {("Law Society", 1, "2025-06-25"), ("Public Health Agency", 1, "2025-06-25")}),
    # a titled person another reports on stays a person
    ("Piercing bill", "Councillor Ann Byrne said Senator Tom Walsh would back the bill.",
     {("Ann Byrne", 1, "2025-06-25"), ("Tom Walsh", 1, "2025-06-25")}),
    # a day-first date with its year is another date; a legislature's committee, or a part of a body, is no members' body
    ("Gull trial", "Councillors backed the trial at the meeting on 1 September 2023. Ann Whitlock said at the meeting "
     "that it was a waste.", {("Ann Whitlock", -1, "2025-06-25")}),
    ("Compassionate release", "Dr. Helen Marchetti, who heads the Canadian Society of Palliative Physicians' ethics "
     "committee, said her members strongly support it.", {("Helen Marchetti", 1, "2025-06-25")}),
    ("Compassionate release", "Jo Bell, who chairs the Senate Health Committee, said her members strongly support it.",
     {("Jo Bell", 1, "2025-06-25")}),
    # "but its president" says her own reservation
    ("Waste levy", "Cork Chamber welcomed the levy, but its president, Mary Walsh, said members were worried about costs.",
     {("Cork Chamber", 1, "2025-06-25"), ("Mary Walsh", -1, "2025-06-25")}),
    # a body's "of" is no person's place
    ("Eastern time", "Mayor Ann Lee said the Ancient Order of Hibernians and the Gaelic Athletic Association, shared her "
     "concerns.", {("Ann Lee", -1, "2025-06-25"), ("Ancient Order of Hibernians", -1, "2025-06-25"),
                   ("Gaelic Athletic Association", -1, "2025-06-25")}),
]


@pytest.mark.parametrize("topic, text, expect", _SESSION_34_OCCASIONS_AND_TIMES_TO_COME
                         + _SESSION_34_WHO_SPEAKS_FOR_A_BODY + _SESSION_34_OTHERS_LISTED + _SESSION_34_ONE_WORD_VERDICTS
                         + _SESSION_34_WHAT_THE_NEW_READINGS_LEAVE_ALONE)
def test_session_34_rules(monkeypatch, topic, text, expect):
    """Session 34's rules (the lists above), each on what it must read and what it must leave alone."""
    assert _rules_only_on(monkeypatch, text, topic) == expect


# Session 33: a body that takes no position, and its officer saying so again, make one statement: the body's
def test_session_33_a_body_and_its_officer_withholding_make_one_statement(monkeypatch):
    text = ("Lumen Lighting Company, which maintains the network, said it had no position on the scheme. \"We will "
            "implement whatever the county decides,\" its managing director, Samuel Kiprop, said.")
    assert _rules_only_on(monkeypatch, text, "Small cells on street lights") == {("Lumen Lighting Company", 0, "2025-06-25")}


# Session 35: two names from session 34's known gaps
@pytest.mark.parametrize("text, expect", [
    # a party member described by an appositive is the name before it, not the party
    ("Dalia Petrauskienė, an opposition Social Democrat, called the levy \"a disgrace\".",
     {("Dalia Petrauskienė", -1, "2025-06-25")}),
    ("Mark Hill, a veteran Republican, called the levy \"a disgrace\".", {("Mark Hill", -1, "2025-06-25")}),
    # … but a role then a name in the appositive still gives the name
    ("The panel's chair, the former Supreme Court justice Dame Patricia Holloway, said the levy was a disgrace.",
     {("Patricia Holloway", -1, "2025-06-25")}),
])
def test_session_35_a_party_member_is_named_before_the_appositive(monkeypatch, text, expect):
    assert _rules_only_on(monkeypatch, text, "The new levy") == expect


@pytest.mark.parametrize("text, kind", [
    ("Lumen East Africa said it would back the new levy.", "org"),
    ("Safaricom Kenya said it would back the new levy.", "org"),
    ("Michael Jordan said he would back the new levy.", "person"),  # a first name: a person
    ("Ama Ghana said she would back the new levy.", "person"),
])
def test_session_35_a_name_ending_in_a_country_or_region_is_a_body(text, kind):
    df = extract_text(text, pd.Timestamp("2025-06-25"), topic="The new levy").statements
    assert len(df) == 1 and df["actor_type"].iloc[0] == kind


@pytest.mark.parametrize("text, expect", [
    # a time in a clause to come ("when it returns … in May") is not when the side was taken
    ("Councillors Ewan Reid and Sheena Laing said they opposed the pilot and would vote against extending it when it "
     "returns to the full council in May.", {("Ewan Reid", -1, "2025-06-25"), ("Sheena Laing", -1, "2025-06-25")}),
    # … but the attribution's own time stands
    ("Councillor Ewan Reid said in May that he would vote against extending the pilot when it returns to the council.",
     {("Ewan Reid", -1, "2025-05-01")}),
])
def test_session_35_a_time_to_come_after_when_is_not_the_statements(monkeypatch, text, expect):
    assert _rules_only_on(monkeypatch, text, "Free uniform pilot") == expect


@pytest.mark.parametrize("text, expect", [
    # a name's particles before the verb are the name's ("van der"), as a full name is what the reader looks for
    ("Mayor Ingrid van der Laan defended the proposal.", {("Ingrid van der Laan", 1, "2025-06-25")}),
    ("Jan de la Cruz said he opposed the limit.", {("Jan de la Cruz", -1, "2025-06-25")}),
    # a body named with a saint's possessive keeps its whole name when it is called by its first word again
    ("Derek Whitlow, who chairs the Friends of St Aldhelm's Clock, called the limit \"an act of cultural vandalism\". "
     "The Friends group has been firmly opposed to any change.",
     {("Derek Whitlow", -1, "2025-06-25"), ("Friends of St Aldhelm's Clock", -1, "2025-06-25")}),
    ("Derek Whitlow, who chairs the Friends of St. Aldhelm's Clock, called the limit \"an act of cultural vandalism\". "
     "The Friends group has been firmly opposed to any change.",
     {("Derek Whitlow", -1, "2025-06-25"), ("Friends of St. Aldhelm's Clock", -1, "2025-06-25")}),
])
def test_session_35_names_with_particles_and_saints_are_whole(monkeypatch, text, expect):
    assert _rules_only_on(monkeypatch, text, "Bell limit") == expect


def test_session_35_a_provincial_member_is_a_person_and_queens_park_no_one(monkeypatch):
    """"MPP Hannah Liu" is Hannah Liu, an MPP (not a body named "MPP Hannah Liu"), so "she" is Liu, not the place
    ("Queen's Park") named before; MPPs, MLAs, MHAs, MSPs and TDs alike."""
    text = ("A private member's bill cleared first reading at Queen's Park this week. The Growing Communities Act, "
            "tabled by MPP Hannah Liu, would require new subdivisions to set aside land for gardens.\n\n"
            "\"Why not a place to grow food?\" Liu said Monday. She said MPPs Sarah Okafor and Denis Leblanc had "
            "signed on as co-sponsors.")
    assert _rules_only_on(monkeypatch, text, "Growing Communities Act") == {
        ("Hannah Liu", 1, "2025-06-23"), ("Sarah Okafor", 1, "2025-06-23"), ("Denis Leblanc", 1, "2025-06-23")}


@pytest.mark.parametrize("text, expect", [
    # "he" is the minister, not "Karnataka's Food" read as a person
    ("Karnataka's Food and Civil Supplies Minister K. Venkatesh said on Tuesday that he supported the idea \"in "
     "principle\".", {("K Venkatesh", 1, "2025-06-24")}),
    # a member's title ends a sentence ("… Eoin Gallagher TD. In 2022 he …"): "he" is Gallagher
    ("The most notable about-turn belongs to Eoin Gallagher TD. In a Dáil debate in 2022 he described the ban as "
     "\"premature and unaffordable\".", {("Eoin Gallagher", -1, "2022-01-01")}),
])
def test_session_35_pronouns_find_the_person_named(monkeypatch, text, expect):
    assert _rules_only_on(monkeypatch, text, "The cage ban") == expect


def test_session_35_a_street_placed_by_on_or_at_is_no_one(monkeypatch):
    text = ("At the school gate on Mill Lane, father of three Tom Beckett was unimpressed. \"Brilliant idea. Let's see "
            "how good the savings look after the first accident,\" he said.")
    assert {a for a, _, _ in _rules_only_on(monkeypatch, text, "Crossing patrol cuts")} == {"Tom Beckett"}
    # … but a person whose surname is such a word, named with a first name, is still one
    text = "Ministers met Damian Green on Monday. \"It is a mistake,\" he said of the cuts."
    assert {a for a, _, _ in _rules_only_on(monkeypatch, text, "Crossing patrol cuts")} == {"Damian Green"}


# Session 36: rules from the misses of blind241-248 and 257-272 (tuned on from this session), publication 2025-06-25
def test_session_36_a_possessive_surname_is_the_person_a_pronoun_finds(monkeypatch):
    """"Park's support marks a turnaround. In 2024, she …": she is Jenna Park (named before), not the last speaker;
    and "called the idea 'un-American'" is against it."""
    text = ("\"We love the pools,\" council member Dana Whitlock said. She said council members Jenna Park and Tom "
            "Reilly had signed on as co-sponsors.\n\n"
            "Park's support marks a turnaround. In 2024, she called the idea of a fee \"un-American\".")
    assert ("Jenna Park", -1, "2024-01-01") in _rules_only_on(monkeypatch, text, "Pool fee")
    # … and a name named after the possessive is still the sentence's subject ("Marsh's daughter, Ellen Marsh")
    text = ("The mural was painted by Harold Marsh. Among the voices has been Marsh's daughter, Ellen Marsh. Three years "
            "ago she said she opposed the removal.")
    assert {a for a, _, _ in _rules_only_on(monkeypatch, text, "Mural removal")} == {"Ellen Marsh"}


@pytest.mark.parametrize("text, expect", [
    # "at the April 7 council meeting" dates what is said "at the meeting"
    ("The proposal was introduced by council member Dana Whitlock at the April 7 council meeting. \"The town can't keep "
     "paying,\" Whitlock said at the meeting.", {("Dana Whitlock", 1, "2025-04-07")}),
    # a forum is an occasion, and "told the audience" was said there
    ("Luis Ortega made his case at a candidates' forum on Thursday. He told the audience that councilmembers Grace Kim "
     "and Yusuf Abdi had signed on as co-sponsors.",
     {("Luis Ortega", 1, "2025-06-19"), ("Grace Kim", 1, "2025-06-19"), ("Yusuf Abdi", 1, "2025-06-19")}),
])
def test_session_36_an_occasion_named_before_dates_what_was_said_there(monkeypatch, text, expect):
    assert _rules_only_on(monkeypatch, text, "Pool fee") == expect


@pytest.mark.parametrize("text, topic, side", [
    # against what a limit stops: for the limit
    ("\"We are not against tourism. We are against forty-seater buses reversing down gravel lanes,\" said Rhonda "
     "Keillor.", "40-person cap on cellar door groups", 1),
    ("\"Nobody here is against choirs. We are against choirs at bedtime,\" said Eva Sundqvist.",
     "20:00 rehearsal limit at the culture house", 1),
    # … not when what they are against is the measure or its making
    ("\"We are not against order. We are against a decision made in an office without us,\" said Simon Kariuki.",
     "Matatu ban in the city centre", -1),
    # … nor when the topic limits nothing
    ("\"We are not against singing. We are against another referral pathway with nobody to run it,\" said Ewan Macrae.",
     "Singing for health scheme", -1),
    ("\"We are not against tourism. We are against buses,\" said Rhonda Keillor.", "Lifting the cap on tour groups", -1),
])
def test_session_36_against_what_a_limit_stops_is_for_the_limit(monkeypatch, text, topic, side):
    assert {s for _, s, _ in _rules_only_on(monkeypatch, text, topic)} == {side}


def test_session_36_sounded_and_seemed_are_copulas(monkeypatch):
    text = ("Council member Mark Esposito sounded skeptical in an interview last week, saying the fee would not cover "
            "its own cost.")
    assert _rules_only_on(monkeypatch, text, "Pool fee") == {("Mark Esposito", -1, "2025-06-16")}


@pytest.mark.parametrize("text, expect", [
    # a public body named with its service's initials is the body, whole, and two of them are two
    ("NHS Fife and NHS Borders said they backed the apprenticeship.",
     {("NHS Fife", 1, "2025-06-25"), ("NHS Borders", 1, "2025-06-25")}),
    ("BBC Scotland said it backed the apprenticeship.", {("BBC Scotland", 1, "2025-06-25")}),
    # … but a person with such a body in their role is the person
    ("NHS chief executive Amanda Pritchard said she backed the apprenticeship.", {("Amanda Pritchard", 1, "2025-06-25")}),
])
def test_session_36_a_service_named_by_initials_is_a_body(monkeypatch, text, expect):
    assert _rules_only_on(monkeypatch, text, "Midwifery apprenticeship") == expect


def test_session_36_an_interview_with_a_paper_is_not_the_meeting_the_paragraph_opens_with(monkeypatch):
    text = ("The council opened its consultation in May.\n\n"
            "Harwick Town Council voted unanimously on Tuesday to oppose the plan. Its leader, Graham Oduya, told the "
            "Gazette the closure would be \"a disaster for young families\".")
    got = _rules_only_on(monkeypatch, text, "Ending overnight births")
    assert ("Graham Oduya", -1, "2025-06-25") in got and ("Harwick Town Council", -1, "2025-06-24") in got


def test_session_36_when_a_measure_starts_is_not_when_it_was_decided(monkeypatch):
    text = ("Every junior in Millbrook City Schools will be eligible for a $400 voucher toward SAT or ACT preparation "
            "starting this fall, after the Millbrook City Schools Board of Education approved a two-year contract with "
            "an online tutoring company on Tuesday night.")
    assert _rules_only_on(monkeypatch, text, "SAT-prep vouchers") == {
        ("Millbrook City Schools Board of Education", 1, "2025-06-24")}


@pytest.mark.parametrize("text, expect", [
    # two parties named as plurals are two actors
    ("Lemaire said the Ecologists and the Socialists had signalled support.",
     {("Ecologists", 1, "2025-06-25"), ("Socialists", 1, "2025-06-25")}),
    ("The SPD and the Greens said they backed the cap.", {("SPD", 1, "2025-06-25"), ("Greens", 1, "2025-06-25")}),
    # … but a body's one-word plural name is not a party ("Boots" is one firm)
    ("Boots and Superdrug backed the cap.", {("Boots and Superdrug", 1, "2025-06-25")}),
])
def test_session_36_parties_named_as_plurals_are_two(monkeypatch, text, expect):
    assert _rules_only_on(monkeypatch, text, "The cap") == expect


def test_session_36_those_who_joined_a_speaker_in_voting_are_listed_with_the_votes_time(monkeypatch):
    text = ("Opposition councillor Mariana Cantú called the plan \"heavy-handed\". She said councillors Javier Olmos and "
            "Teresa Robles had joined her in voting against the municipal agreement with the state in September.")
    got = _rules_only_on(monkeypatch, text, "Relocating cemetery graves")
    assert {("Javier Olmos", -1, "2024-09-01"), ("Teresa Robles", -1, "2024-09-01")} <= got


@pytest.mark.parametrize("text, listed", [
    # a speaker's list of bodies: "group" after a party's name, "for the", "de", and pledges of support
    ("Ann McTaggart said the council's two coalition partners, the Green group and the Independent Alliance, had both "
     "signed on.", {("Green group", 1), ("Independent Alliance", 1)}),
    ("Jan de Wit said the Rotterdam Greens and the Party for the Neighbourhoods both oppose it.",
     {("Rotterdam Greens", -1), ("Party for the Neighbourhoods", -1)}),
    ("Rosa Alvarez said the Union Docente and the Sindicato Independiente de Ensenanza had also signed on.",
     {("Sindicato Independiente de Ensenanza", 1)}),
    ("Dave Walker said the Miramar Golf Club and the Seatoun Residents Association had both pledged support.",
     {("Miramar Golf Club", 1), ("Seatoun Residents Association", 1)}),
])
def test_session_36_a_speakers_list_of_bodies(monkeypatch, text, listed):
    assert listed <= {(a, s) for a, s, _ in _rules_only_on(monkeypatch, text, "The measure")}


@pytest.mark.parametrize("text, listed", [
    # "had told her they would back the cut", one named "among them" or "including" a number of colleagues
    ("On Monday Carolina Vidal also said that four of the seven councillors, among them Pablo Araya and Teresa Muñoz, "
     "had told her they would back the cut.", {("Pablo Araya", 1, "2025-06-23"), ("Teresa Muñoz", 1, "2025-06-23")}),
    ("Ana Rawiri said at least four of her colleagues, including deputy mayor Craig Lomas, had told her they would "
     "vote against.", {("Craig Lomas", -1, "2025-06-25")}),
    # letters signed against it, with their own time
    ("Carla Dominguez said her neighbors Bill Tolliver and Joanne Tolliver had signed her letter of objection in "
     "September.", {("Bill Tolliver", -1, "2024-09-01"), ("Joanne Tolliver", -1, "2024-09-01")}),
    ("Luis Ocampo said councillors Lucía Vega and Andrés Ruiz had signed a letter with him asking the mayor to "
     "withdraw the project.", {("Lucía Vega", -1, "2025-06-25"), ("Andrés Ruiz", -1, "2025-06-25")}),
])
def test_session_36_others_a_speaker_says_told_him_or_signed_a_letter(monkeypatch, text, listed):
    assert listed <= _rules_only_on(monkeypatch, text, "The project")


@pytest.mark.parametrize("text, listed", [
    ("Ann Fraser said the council's Independent group and its Green group had both indicated they would back the "
     "scheme.", {("Independent group", 1), ("Green group", 1)}),
    ("Nick Kyriakou told the meeting that a majority of councillors, including Cr Dimitri Pappas, had indicated they "
     "would support the charge.", {("Dimitri Pappas", 1)}),
])
def test_session_36_groups_that_indicated_they_would_back_it(monkeypatch, text, listed):
    assert listed <= {(a, s) for a, s, _ in _rules_only_on(monkeypatch, text, "The scheme")}


@pytest.mark.parametrize("text, expect", [
    ("Ray Castellano, 71, who has lived on Tower Street for 40 years, spoke in favor at Tuesday's meeting.",
     {("Ray Castellano", 1, "2025-06-24")}),
    ("Cllr Dónal Fitzgerald seconded the motion, calling the pump track \"the best value for money we'll see this "
     "year.\"", {("Dónal Fitzgerald", 1, "2025-06-25")}),
    # a party "in the district assembly" or "on the council" is the party, not the chamber
    ("The Christian Democrats in the district assembly backed the plan last week.",
     {("Christian Democrats", 1, "2025-06-16")}),
    ("The Labour group on the council backed the plan last week.", {("Labour group", 1, "2025-06-16")}),
    # … and a person who speaks for one is the person, and an office is an office
    ("Carmen Ortega, who speaks for the Greens in the regional parliament, backed the plan last week.",
     {("Carmen Ortega", 1, "2025-06-16")}),
    ("Minister of State for Integration Niamh Gallagher told the Dáil on Tuesday that she backed the plan.",
     {("Niamh Gallagher", 1, "2025-06-24")}),
])
def test_session_36_spoke_in_favour_seconded_and_parties_in_a_chamber(monkeypatch, text, expect):
    assert _rules_only_on(monkeypatch, text, "The plan") == expect


@pytest.mark.parametrize("text", [
    "\"Nobody is against the stars,\" said Hernan Lagos.",
    "\"A village choir with a volunteer treasurer will never win against a professional grant-writing team,\" said "
    "Lotte Brandvold.",
])
def test_session_36_not_against_something_else_is_no_neutral_side(monkeypatch, text):
    """Not being against another thing (a concession, or a contest) is no withheld position on the topic."""
    assert all(s != 0 for _, s, _ in _rules_only_on(monkeypatch, text, "Lighting protection zone"))


def test_session_36_not_against_it_is_still_neutral(monkeypatch):
    assert _rules_only_on(monkeypatch, "\"I am not against it, I am not for it,\" said Hernan Lagos.",
                          "Lighting protection zone") == {("Hernan Lagos", 0, "2025-06-25")}


@pytest.mark.parametrize("text, topic, expect", [
    # the final review's mends: a reporter of a public broadcaster is a person
    ("BBC reporter Jane Smith said she backed the plan.", "The plan", {("Jane Smith", 1, "2025-06-25")}),
    # "had also joined her in voting" is dated by the vote too
    ("Mariana Cantú said councillors Javier Olmos and Teresa Robles had also joined her in voting against the "
     "agreement in September.", "The plan", {("Javier Olmos", -1, "2024-09-01"), ("Teresa Robles", -1, "2024-09-01")}),
    # a party in a chamber named by its name
    ("The Social Democrats in the Bundestag backed the plan last week.", "The plan",
     {("Social Democrats", 1, "2025-06-16")}),
    # raising a limit limits nothing more: against what it stops is against the topic
    ("\"We are not against tourism. We are against buses,\" said Rhonda Keillor.", "Raising the cap on tour groups",
     {("Rhonda Keillor", -1, "2025-06-25")}),
])
def test_session_36_review_mends(monkeypatch, text, topic, expect):
    assert expect <= _rules_only_on(monkeypatch, text, topic)


def test_session_37_hactor(monkeypatch):
    """Others a speaker lists: conjoined bodies with "and the" are two, more verbs and titles of a listed stance."""
    def got(text, topic="The plan"):
        return {(a, s) for a, s, _ in _rules_only_on(monkeypatch, text, topic)}
    # "X and the Y" names two bodies
    assert {("Kellerton Rotary Club", 1), ("Kellerton and District Chamber of Commerce", 1)} <= got(
        "She said the Kellerton Rotary Club and the Kellerton and District Chamber of Commerce had both written letters "
        "supporting the twinning.", "Twinning")
    assert {("Liberal Democrats", 1), ("Green Party", 1)} <= got(
        "She said the Liberal Democrats and the Green Party had both promised to support it.")
    # … but not a department's one name, nor "the Arts"
    assert ("Marine", 1) not in got("Ward said the Department of Agriculture, Food and the Marine had welcomed the plan.")
    assert ("Ministry of Culture and the Arts", 1) in got("The Ministry of Culture and the Arts backed the plan.")
    # a motion co-signed, a joint letter of support, opposition signalled, backing the project
    assert {("Donal Brennan", 1), ("Mairéad O'Mahony", 1)} <= got(
        "Hegarty said Cllrs Donal Brennan and Mairéad O'Mahony had co-signed the motion.")
    assert ("Donal Brennan", 1) not in got(
        "Hegarty said Cllrs Donal Brennan and Mairéad O'Mahony had co-signed a motion calling for the plan to be scrapped.")
    assert {("Mark Ibbot", 1), ("Sunita Rao", 1)} <= got(
        "Pell said county councillors Mark Ibbot and Sunita Rao had signed a joint letter of support on Monday.")
    assert ("Die Linke", -1) in got("Greens MP Felix Hartung told the Newswire that his party would vote against the bill "
                                    "and that Die Linke had also signalled opposition.", "The bill")
    assert {("Kaiwhenua Chamber of Commerce", 1), ("Lakes District Tourism", 1)} <= got(
        "On Friday Whitfield also said that the Kaiwhenua Chamber of Commerce and Lakes District Tourism were both "
        "backing the project.")
    # titles and qualifiers around the list; one group's vote
    assert {("Pruitt", -1), ("Delgado", -1)} <= got(
        "Ramos said that board members Pruitt and Delgado shared his concerns and would vote against the plan.")
    assert ("Christian Democrats", 1) in got(
        "Ruud Kramer told a local radio station that the party would vote for the ban, and that the Christian Democrats "
        "on the council had also promised their support.", "The ban")
    assert ("Liberal Democrat group", -1) in got("Bell said the Liberal Democrat group would vote against it.")
    assert all(a != "My" for a, _ in got("\"My group will vote against it,\" said Councillor Ann Bell."))
    assert {("Labour Party", -1), ("Social Democrats", -1)} <= got(
        "The Labour Party and the Social Democrats were both against any increase, Dooley said.", "Pension age")


def test_session_37_hfp(monkeypatch):
    """Session 37: speakers the coders leave out get no side. An open relative ("whatever rules Parliament approved")
    is no act of its subject; a caveat ("cautioned that the sample was small") is no side unless it names the topic; a
    paragraph's opening about another matter or the facts lends no side to the next speaker; and quotations right
    after "her main worry was parking" stay on that matter."""
    t = "Spectrum allocation framework"
    got = _rules_only_on(monkeypatch, "The Kenya Revenue Authority said it would administer whatever rules Parliament "
                         "approved, but would need end-use certificates.", t)
    assert not any(a == "Parliament" for a, _, _ in got)
    assert _rules_only_on(monkeypatch, "In a note to senators, the authority said its role was to ensure that whatever "
                          "Congress approves complies with the law.", t) == set()
    # the act itself still counts
    assert ("Ashworth Borough Council", 1, "2025-06-24") in _rules_only_on(
        monkeypatch, "Ashworth Borough Council approved the framework on Tuesday, whatever residents said.", t)
    # a caveat about a fact, not a side; a caveat about the topic still is one
    assert _rules_only_on(monkeypatch, "Centre manager Trent Oakley said attendance was down, although he cautioned "
                          "that the weather in early January had been milder than in 2024.", "Pool entry fee rise") == set()
    assert ("Taro Ishikura", -1, "2025-06-16") in _rules_only_on(
        monkeypatch, "In a speech last week, Taro Ishikura cautioned that a cheaper deposit would invite a flood of "
        "candidacies.", "Lowering the election deposit")
    # a paragraph lead about another matter, or narrating the facts
    for lead in ("Some travellers had other concerns.", "The numbers help explain the anxiety.",
                 "For some in the hall, the tax was only the latest worry."):
        assert _rules_only_on(monkeypatch, lead + " Maria Lopez, who flies twice a month, said the queues at security "
                              "had doubled since 2020.", "Airport expansion") == set()
    assert ("Tom Reed", 1, "2025-06-25") in _rules_only_on(
        monkeypatch, "Conservationists have welcomed the freeze. Tom Reed, a biologist, said the fish stocks had halved "
        "since 2020.", "The fishing freeze")
    # quotations after a worry named as another matter stay on it; words on the topic still count
    assert _rules_only_on(monkeypatch, "Sixth-former Amira Choudhury, 17, said her main worry was the summer timetable. "
                          "\"They already cut the evening buses last year,\" she said. \"If I have a late shift, there's "
                          "no way home after nine.\"", "Strike by bus drivers") == set()
    assert ("Mia Tane", -1, "2025-06-25") in _rules_only_on(
        monkeypatch, "Cafe owner Mia Tane said her main worry was parking. \"The enrolment rule is a disaster,\" she "
        "said.", "NIN requirement for school enrolment")
    # a worry about another matter is no side; about the costs, or the plan itself, still one
    assert _rules_only_on(monkeypatch, "Local cafe owner Andrea Kostakis said she had not thought much about the race "
                          "but was worried about parking.", "Waterfront street race") == set()
    assert ("Andrea Kostakis", -1, "2025-06-25") in _rules_only_on(
        monkeypatch, "Local cafe owner Andrea Kostakis said she was worried about the costs.", "Waterfront street race")


# Session 37 (dates): a summary dated by its voice in the next sentence; words quoted after their speaker's dated act
# (publication 2025-06-25, a Wednesday)
@pytest.mark.parametrize("text, expect", [
    # "X is opposed." / "X welcomed the move.": the next sentence, in X's voice, says when
    ("The Ballycarrig Society of Bellringers is opposed. Speaking on behalf of the society on Thursday, tower captain "
     "Siobhán Daly said members were heartbroken.", {("Ballycarrig Society of Bellringers", -1, "2025-06-19")}),
    ("Nova Scotia is also opposed. Its agriculture department said last week that it would not sign on.",
     {("Nova Scotia", -1, "2025-06-16")}),
    ("Mayor Greg Tulloch backed the plan. \"Build it,\" Tulloch said at a council meeting on June 19.",
     {("Greg Tulloch", 1, "2025-06-19")}),
    ("The Dock Workers Union has vowed to fight the plan. \"We will not stop,\" the union's secretary general, Simon "
     "Owino, told a rally on Saturday.", {("Dock Workers Union", -1, "2025-06-21")}),
    ("Czechia has also come out against the plan. In a position paper sent to the Commission in May, the Czech health "
     "ministry argued that compensation should reflect local wages.", {("Czechia", -1, "2025-05-01")}),
    # … not another party's day, nor the day of what the voice told
    ("Spain opposes the plan. The Dutch science minister, Pieter de Wolff, told reporters on Tuesday that the "
     "Netherlands would fight.", {("Spain", -1, "2025-06-25")}),
    ("Kirsty Baird also backs the plan. She said the youth parliament had backed the change at its meeting on 22 "
     "June.", {("Kirsty Baird", 1, "2025-06-25")}),
    ("Northway Buses backs the plan. Its managing director, Tom Griffin, told the Gazette that congestion had made the "
     "company's Saturday timetables worse.", {("Northway Buses", 1, "2025-06-25")}),
    # words quoted after a sentence of their speaker that says when
    ("Mayor Denise Whitaker made her preference plain Tuesday.\n\n\"It is a great plan and I support it,\" Whitaker "
     "said at a news conference.", {("Denise Whitaker", 1, "2025-06-24")}),
    ("Minister Fiona Kerrigan released the draft on 23 June. \"It is a great plan,\" she said at the launch.",
     {("Fiona Kerrigan", 1, "2025-06-23")}),
    ("Carla Jimenez said the association's board voted unanimously last week to back the move.\n\n\"It is a great "
     "plan,\" Jimenez said.", {("Carla Jimenez", 1, "2025-06-25")}),
])
def test_session_37_hdate(monkeypatch, text, expect):
    assert expect <= _rules_only_on(monkeypatch, text, "The plan")


@pytest.mark.parametrize("module", ["extract", "extract_rules", "dates", "learned"])
def test_no_top_level_name_is_defined_twice(module):
    """A rule constant written again under an old name silently replaces the first (session 36: a second `_SEATS` turned
    office holders into bodies across 30 articles): every top-level name of the rule modules is bound once."""
    import ast
    import collections
    tree = ast.parse((Path(__file__).resolve().parent.parent / "stancetrack" / f"{module}.py").read_text(encoding="utf-8"))
    names = collections.Counter()
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        names.update(t.id for t in targets if isinstance(t, ast.Name))
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names[node.name] += 1
    assert [n for n, k in names.items() if k > 1] == []


def test_session_37_hsign(monkeypatch):
    """Stance sign: the topic's act as the object of an objection, a vote to shelve, an objection answered, no
    objection on terms, and "he was wrong" with no earlier side on record."""
    cases = [
        # "an outright ban", topic a ban, asks for it, unless it is what is objected to
        ("Alan Fisk said he would vote against an outright ban.", "A ban on facial recognition", -1),
        ("Aoife Mulcahy said her members opposed an outright ban.", "A ban on facial recognition", -1),
        ("Carol Yates argued that an outright ban went too far.", "A ban on facial recognition", -1),
        ("Alan Fisk called for an outright ban.", "A ban on facial recognition", 1),
        ("Tom Gallagher urged the council to scrap the unfair curfew ordinance.", "Scrapping the curfew ordinance", 1),
        # a vote to shelve or kill it is against it; a vote to do the topic's own act is for it
        ("Tom Gallagher voted to shelve the idea.", "Renaming Haskell Boulevard", -1),
        ("Tom Gallagher voted to scrap the curfew ordinance.", "Scrapping the curfew ordinance", 1),
        # an objection answered is no objection
        ("Joyce Ho said the registration scheme had answered her objection, and that she would now vote for the bill.",
         "The flat registration bill", 1),
        ("Joyce Ho said the amendments had not answered her objection.", "The flat registration bill", -1),
        # no objection, or not against it in principle on terms, is consent
        ("Ramesh Gurjar said he had no objection.", "The hospital partnership", 1),
        ("Tom Gallagher said he was \"not against it in principle\" provided the council laid on a direct bus.",
         "The library merger", 1),
        ("Kavita Rath said she had no objection either way.", "The hospital partnership", 0),
    ]
    for text, topic, side in cases:
        assert {s for _, s, _ in _rules_only_on(monkeypatch, text, topic)} == {side}, text
    # "he was wrong" with no earlier side on record is no objection
    assert all(s >= 0 for _, s, _ in _rules_only_on(monkeypatch, "Judge Marcos Villela said on Monday that he had been "
                                                    "wrong.", "The reading remission bill"))


@pytest.mark.parametrize("text, topic, expect", [
    # the voted act itself is the topic's act, not what is voted on later in the sentence
    ("Alan Fisk voted to delay the ban on facial recognition.", "A ban on facial recognition", -1),
    # a verdict on the act is the predicate right after it, not a verdict on something it mentions
    ("Alan Fisk said an outright ban would end abuses that went too far.", "A ban on facial recognition", 1),
    ("Alan Fisk said an outright ban went too far.", "A ban on facial recognition", -1),
    # "no objection" is consent; keeping an objection is none
    ("Ramesh Gurjar said he would not withdraw his objection.", "The partnership", 0),
    ("Ramesh Gurjar was not against it in principle, but the details provided so far were thin.", "The partnership", 0),
    # others' error is no admission of one's own
    ("Sara Smith said officials insisted the plan would help, and they were wrong.", "The plan", -1),
    # "for whatever reason" hides no act
    ("For whatever reason Parliament approved the plan on Tuesday.", "The plan", 1),
    # the plan pointed at after a worry about another matter
    ("Cafe owner Mia Tane said her main worry was parking. \"But this rule is a disaster for families,\" she said.",
     "NIN requirement for school enrolment", -1),
])
def test_session_37_review_mends(monkeypatch, text, topic, expect):
    assert {s for _, s, _ in _rules_only_on(monkeypatch, text, topic)} == {expect}


def test_session_37_review_mends_dates_and_arguments(monkeypatch):
    got = _rules_only_on(monkeypatch, "Mayor Denise Whitaker was appointed on June 2. \"It is a great plan and I support "
                         "it,\" she said.", "The plan")
    assert got == {("Denise Whitaker", 1, "2025-06-25")}
    got = _rules_only_on(monkeypatch, "Pryce said the charge was fair. Critics say it is a tax grab. Minister Tom Hale "
                         "dismissed those claims.", "The remote surcharge")
    assert ("Tom Hale", 1, "2025-06-25") in got
    got = _rules_only_on(monkeypatch, "Officer Leanne Pryce said the charge was \"the only honest way\" to keep delivery "
                         "viable. \"Nobody wants that,\" Pryce said. The Australian Online Sellers Association rejects "
                         "that argument.", "The remote surcharge")
    assert ("Australian Online Sellers Association", -1, "2025-06-25") in got
    df = extract_text("Councillor Mark Smith and the Green Party both backed the plan.", PUB, "the plan").statements
    assert dict(zip(df["actor"], df["actor_type"])) == {"Mark Smith": "person", "Green Party": "org"}


@pytest.mark.parametrize("text, topic, expect", [
    # a scene at "Wednesday's work session" dates the paragraph's statements (publication Wednesday 25 June)
    ("The proposal got a mixed reception at Monday's commission work session. Commissioner Ray Dolan said he supported "
     "it.", "The proposal", {("Ray Dolan", 1, "2025-06-23")}),
    # an interview takes no earlier meeting's day
    ("Coun. Alice Ng argued at a council meeting on June 10 that the town should apply for a grant instead. Ng, who "
     "still opposes the transfer, told this station that councillors Dev Marsh and Rita Pereira share her concerns.",
     "The transfer",
     {("Dev Marsh", -1, "2025-06-25"), ("Rita Pereira", -1, "2025-06-25")}),
    # a plural title before surnames; titles written as abbreviations
    ("Mayor Ana Dizon said on Monday that councillors Reyes and Tan had signed on to the plan.", "The plan",
     {("Reyes", 1, "2025-06-23"), ("Tan", 1, "2025-06-23")}),
    ("Mayor Ann Okoye backs the plan. She said Coun. Wei Li and Coun. Julie Moreau had already signed on.", "The plan",
     {("Wei Li", 1, "2025-06-25"), ("Julie Moreau", 1, "2025-06-25")}),
    ("Dunmore County Recorder Linda Haskett said she supports the plan. Det. Supt. Ann Ross said it was bad.", "The plan",
     {("Linda Haskett", 1, "2025-06-25"), ("Ann Ross", -1, "2025-06-25")}),
    ("The committee voted 7-4 in favor. Rep. Glen Whitaker, D-Tulsa, who voted no, said he was skeptical.", "The bill",
     {("Glen Whitaker", -1, "2025-06-25")}),
    # "failed" as an adjective or a background clause's end is no cue; delay is against
    ("A spokesperson for Caledonian Post Counters said the van was \"the best way to keep a reliable service\" after "
     "efforts to find a new postmaster had failed.", "The mobile van", {("Caledonian Post Counters", 1, "2025-06-25")}),
    ("Jane Roe said it would make more sense to wait.", "The plan", {("Jane Roe", -1, "2025-06-25")}),
])
def test_session_37_rules(monkeypatch, text, topic, expect):
    assert expect <= _rules_only_on(monkeypatch, text, topic)


def test_session_38_hfp(monkeypatch):
    """Speakers the gold does not code: a body's officer quoted in its voice, "states" the noun, "fair" the event, and
    an official who reports that their body takes no side."""
    def got(text, topic="The plan"):
        return {(a, s) for a, s, _ in _rules_only_on(monkeypatch, text, topic)}
    # '"The society will fight this," said X, its chairman': the quotation opens on the body, its officer tells it
    out = got('The Harwick Family History Society has vowed to resist the change. "The society will fight this at '
              'every stage," said Graham Pell, its chairman.', "Closing the search room on Saturdays")
    assert ("Harwick Family History Society", -1) in out and not any(a == "Graham Pell" for a, _ in out)
    out = got('"The union is sceptical that one setting can suit a basement in Soho," said Tomasz Nowak, general '
              'secretary of the Performers and Hosts Union.', "Mandatory noise limiters")
    assert ("Performers and Hosts Union", -1) in out and not any(a == "Tomasz Nowak" for a, _ in out)
    out = got('The Videoke Operators Association of Santa Lucena says the curfew would wipe out their income. "The '
              'association will oppose this at every hearing," said Benjamin Santos, the group\'s president.', "Curfew")
    assert not any(a == "Benjamin Santos" for a, _ in out)
    # … but not one who is no officer of it
    assert ("Graham Pell", -1) in got('The Harwick Family History Society has vowed to resist the change. "The society '
                                      'will fight this at every stage," said Graham Pell, a retired teacher.')
    # '"Our members …," national secretary Tania Rangi said' after the union's own stance: the union's words
    out = got('The Security Workers\' Union backs the bill. "Our members get spat on and threatened every weekend," '
              'national secretary Tania Rangi said.', "Door staff body cameras")
    assert not any(a == "Tania Rangi" for a, _ in out)
    # "states" the noun
    assert not got("Saskatchewan has no such requirement, although several U.S. states require a negative test for "
                   "horses crossing their borders.", "Testing horses")
    assert not got("Similar levies exist in several U.S. states, but no Canadian municipality charges one, according "
                   "to the staff report.", "The levy")
    # "fair" the event, not the verdict
    assert not got("Marja Lindqvist said that, speaking at the WellTec fair in Stuttgart on 24 September, she "
                   "expected questions.", "The display standard")
    assert ("Ian Gordon", 1) in got('"The offer on the table is fair in the current economic climate," said Ian Gordon.')
    assert ("Ciara Dolan", -1) in got("Ciara Dolan said it was not fair on customers.")
    # an official who reports that their body takes no side: the body's statement alone
    out = got("Mayor Fiona Carr said Tarrant Shire Council had no say over the decision and would not take a position "
              "on it.", "The entry fee")
    assert ("Tarrant Shire Council", 0) in out and not any(a == "Fiona Carr" for a, _ in out)
    assert {("Fiona Carr", -1), ("Tarrant Shire Council", -1)} <= got(
        "Fiona Carr said Tarrant Shire Council would oppose the fee.", "The entry fee")


def test_session_38_hsign(monkeypatch):
    """Session 38, stance sign: support given before a "but" that only voices a worry stays support; a matter argued
    to be someone else's is an objection; "campaigned against" what a ban topic bans is for it; an accusation of
    delay asks for it; a caution about expectations is no objection; "Brilliant idea. Really." is irony."""
    def side(text, topic="The plan"):
        return _rules_only_on(monkeypatch, text, topic)
    # support with a worry about some part (within what was said, or before the reported verb)
    assert side("Ron Kessler said he likes the idea but has some concerns.") == {("Ron Kessler", 1, "2025-06-25")}
    assert side("The Chamber of Electronic Commerce broadly supports the draft but has reservations about price "
                "regulation.") == {("Chamber of Electronic Commerce", 1, "2025-06-25")}
    assert side("Mayor Gail Chen voted in favour but said she had reservations about parking on Water Street.") \
        == {("Gail Chen", 1, "2025-06-25")}
    assert side("The British and Irish Aquarium Operators Federation broadly welcomed the plan, but a spokesperson "
                "warned that the record-keeping burden must be proportionate for smaller sites.",
                "Mandatory enrichment plans for cephalopods") \
        == {("British and Irish Aquarium Operators Federation", 1, "2025-06-25")}  # ("warned that": no "it" again)
    assert side("Ron Kessler said he welcomed the plan but has concerns and could not support it.") \
        == {("Ron Kessler", -1, "2025-06-25")}
    # "a matter for national governments", argued: an objection (said: a side withheld)
    assert side("Germany argued that a binding age limit was a matter for national governments.") \
        == {("Germany", -1, "2025-06-25")}
    assert side("Sarah Lindqvist insisted shirt sponsorship was a matter for individual clubs.") \
        == {("Sarah Lindqvist", -1, "2025-06-25")}
    # against what a ban topic bans: for the ban (not against the ban's own rules)
    assert side("Consumer Action Australia, which has long campaigned against drip pricing, said the rules were a "
                "start.", "Ban on drip pricing") == {("Consumer Action Australia", 1, "2025-06-25")}
    assert side("Jane Doe has long campaigned against the drip pricing rules, she said.", "Ban on drip pricing") \
        == {("Jane Doe", -1, "2025-06-25")}
    assert side("Jane Doe has campaigned against primate experiments for a decade, she said.",
                "Phase-out of primate experiments at Lower Saxony universities") == {("Jane Doe", 1, "2025-06-25")}
    # an accusation of delay wants it sooner
    assert side("Raj Malhotra accused the government of dragging its feet.") == {("Raj Malhotra", 1, "2025-06-25")}
    assert side("Raj Malhotra accused the government of rushing the bill.") == {("Raj Malhotra", -1, "2025-06-25")}
    # a caution about expectations is no objection
    assert ("Yuki Tanabe", -1, "2025-06-25") not in side("Professor Yuki Tanabe cautioned against reading too much "
                                                          "into those figures.")
    assert side("Ann Lee cautioned against the plan.") == {("Ann Lee", -1, "2025-06-25")}
    # a bare "Really." after praise
    assert side("\"Brilliant idea. Really.\" said Jen Kowalski, who runs the alley.") \
        == {("Jen Kowalski", -1, "2025-06-25")}
    assert side("\"Brilliant idea. Really great.\" said Jen Kowalski, who runs the alley.") \
        == {("Jen Kowalski", 1, "2025-06-25")}


def test_session_38_hdate(monkeypatch):
    """Session 38, dates (publication Wednesday 25 June 2025)."""
    def got(text, topic="The plan"):
        return _rules_only_on(monkeypatch, text, topic)
    # an occasion's participle between the name and the verb dates the words ("opening a debate on Tuesday")
    assert ("Alasdair Munro", 1, "2025-06-24") in got(
        "Justice Secretary Alasdair Munro, opening a Holyrood debate on Tuesday, insisted that the evidence for the plan "
        "was now \"overwhelming.\"")
    # the time of what changed a mind ("after his shop window was smashed in January", "now … after a trial in
    # December") is not the time of the side taken now
    assert ("Derek Pellow", 1, "2025-06-25") in got(
        "Derek Pellow said in December that he was against any curfew. He now says he supports the zone after his shop "
        "window was smashed twice in January.", "The dispersal zone")
    assert ("Nairobi Central Business Association", -1, "2025-06-25") in got(
        "In 2023 the Nairobi Central Business Association supported moving matatus out of the centre. The association now "
        "says it is against the ban, after a two-week trial in December saw footfall fall sharply.", "The matatu ban")
    # a trailing attribution with the officer's role and then name ("…, its president, Dr. James Kiprop, said on Sunday")
    assert ("Kenya Association of Clinical Haematologists", 1, "2025-06-22") in got(
        "The Kenya Association of Clinical Haematologists broadly backs the plan but wants the allowance paid only to "
        "repeat donors, whose blood is safer, its president, Dr. James Kiprop, said on Sunday.")
    # a bare weekday naming a kind of day is no date ("Sunday was often the only day", "favoured Sunday opening"), but
    # "Among the speakers Tuesday was …" is
    assert ("National Hunters' Federation", -1, "2025-06-25") in got(
        "The National Hunters' Federation rejected the proposal outright. Its spokesman, Laurent Guérin, said that for "
        "hunters with jobs, Sunday was often the only day they could go out.", "The Sunday hunting ban")
    assert ("Darnell Hayes", -1, "2025-06-24") in got(
        "Among the speakers Tuesday was Darnell Hayes. He urged commissioners to reject the plan.")
    # what another "had" done is dated by its own time, up to a clause of its own
    assert ("Seaview Bay Ratepayers' Association", 1, "2025-05-01") in got(
        "Thandi Mokoena told a council meeting yesterday that the town cannot trust luck. She said the Seaview Bay "
        "Ratepayers' Association had written in support of the net last month.", "The shark net")
    assert ("Sam Petrakis", 1, "2025-06-25") in got(
        "Cr Tully said Crs Anna Lowe and Sam Petrakis had told her they would support the grant when it comes to the vote "
        "on 25 November.", "The grant")
    # "Jenkins, who represents Cathays, made the remarks …" after the words quoted (across their second sentence)
    assert ("Owain Jenkins", -1, "2025-06-19") in got(
        "The police board voted on Monday to buy the vans.\n\n\"We would never accept,\" said Councillor Owain Jenkins, "
        "\"a police officer stopping every shopper. That is exactly what this plan does.\" Jenkins, who represents "
        "Cathays, made the remarks at a meeting of the full council on Thursday.", "The facial recognition vans")
    # a body's summary, then its officer named first ("Greg Tannenbaum, a spokesman for the association, testified"),
    # or its branch's officer
    assert ("Downtown Bellhaven Merchants Association", -1, "2025-06-12") in got(
        "The Downtown Bellhaven Merchants Association opposes the measure. Greg Tannenbaum, a spokesman for the "
        "association, testified at a hearing on June 12 that unlimited permits would hurt restaurants.", "The measure")
    assert ("Rift Teachers' Union", 1, "2025-06-24") in got(
        "The Rift Teachers' Union also supports the change. Branch secretary Evans Cheruiyot said yesterday that teachers "
        "had been working 13-hour days.", "The change")


def test_session_38_hactor(monkeypatch):
    # a one-word (or two-word) reaction after a who-clause or appositive: the speaker's verdict
    for text, who, side in [
        ('Grace Lin, who owns a karaoke bar on Wellington Row, had a one-word reaction: "Finally."', "Grace Lin", 1),
        ('Ashley Nguyen, who bowls in a Saturday league, put it simply: "About time."', "Ashley Nguyen", 1),
        ('Jean Parfitt, who has skittled since 1969, summed up the mood in one word: "Disgraceful."', "Jean Parfitt", -1),
        ('Eoin Daly, a karaoke host who runs nights at three bars, had two words for the plan: "Pure madness."',
         "Eoin Daly", -1),
        ('Helen Matsuda, whose family has grown zinfandel since the 1970s, had a one-word answer: "Gladly."',
         "Helen Matsuda", 1),
    ]:
        assert (who, side, "2025-06-25") in _rules_only_on(monkeypatch, "The council will vote on the plan. " + text,
                                                            "The plan")
    # others a speaker lists: co-sponsors, submissions against, a joint letter
    got = _rules_only_on(monkeypatch, "Senator Ana Reyes introduced the bill on Monday. She said senators Rodrigo "
                         "Aravena and Macarena Soto had joined as co-sponsors.", "The bill")
    assert {("Rodrigo Aravena", 1, "2025-06-23"), ("Macarena Soto", 1, "2025-06-23")} <= got
    got = _rules_only_on(monkeypatch, "Tom Reid chairs the growers group. Reid said Ridgeline Wines and Kereru Estate, "
                         "two of the largest buyers, had lodged submissions against the cap last month.", "The cap")
    assert {("Ridgeline Wines", -1, "2025-05-01"), ("Kereru Estate", -1, "2025-05-01")} <= got
    got = _rules_only_on(monkeypatch, "Mayor Patricio Contreras endorsed the bill on Tuesday and said two neighbouring "
                         "mayors, Ana Lagos of Quilhue and Iván Pardo of Santa Rita, had signed a joint letter with him "
                         "backing it.", "The bill")
    assert {("Ana Lagos", 1, "2025-06-24"), ("Iván Pardo", 1, "2025-06-24")} <= got
    # a tier of government's office named only in lower case is kept (not "the union": which one, unsaid)
    got = _rules_only_on(monkeypatch, "The national agriculture secretariat said it had no position on the levy.",
                         "The levy")
    assert ("national agriculture secretariat", 0, "2025-06-25") in got
    df = extract_text("The union said it opposed the levy.", PUB, "The levy").statements
    assert "union" not in set(df["actor"])
    # "gave its unanimous support to", "voiced reservations"
    assert ("Llanfair Town Council", 1, "2025-06-10") in _rules_only_on(
        monkeypatch, "Llanfair Town Council gave its unanimous support to the bid at a meeting on 10 June.", "The bid")
    assert ("Samuel Osei", -1, "2024-07-01") in _rules_only_on(
        monkeypatch, "Samuel Osei, the city's medical officer of health, voiced reservations in a radio interview in July.",
        "The bylaw")


def test_session_38_people_a_speaker_lists_are_persons():
    """"Dizon said Grace Reyes and Paolo Tan had signed on": two people (by their first names), not two bodies; the
    bodies a speaker lists stay bodies."""
    text = (' date 2025-04-09\n\nMayor Rodel Dizon said on Monday that Grace Reyes and Paolo Tan had signed on as '
            'co-authors of the ordinance, and that the Santa Lucena Business Club and the Parish Council were behind it.')
    got = extract_text(text, topic="The karaoke curfew").statements.set_index("actor")
    assert got.loc["Grace Reyes", "actor_type"] == "person" and got.loc["Paolo Tan", "actor_type"] == "person"
    assert got.loc["Grace Reyes", "reported_by"] == "Rodel Dizon"
    assert got.loc["Santa Lucena Business Club", "actor_type"] == "org" and got.loc["Parish Council", "actor_type"] == "org"


def test_session_38_hqb(monkeypatch):
    """Quotations before their attribution: "doesn't save a single reef" (the measure achieves nothing: against); a
    state of affairs faulted with "That isn't fair" (the case for the change: for); "speaking for the league" after the
    officer's name (the body's words, not the officer's)."""
    got = _rules_only_on(monkeypatch, 'Kevin Tran owns a shop. "This doesn\'t save a single reef," Tran said.', "The ban")
    assert ("Kevin Tran", -1, "2025-06-25") in got
    got = _rules_only_on(monkeypatch, '"This bylaw doesn\'t stop a single person from marching," said Kevin Tran.',
                         "The mask bylaw")
    assert ("Kevin Tran", -1, "2025-06-25") not in got
    got = _rules_only_on(monkeypatch, '"Those who live in flats are paying for their neighbours\' hedge trimmings. That '
                         'is not fair, and it is not sustainable," council leader Margaret Pryce said.', "The bin charge")
    assert ("Margaret Pryce", 1, "2025-06-25") in got and ("Margaret Pryce", -1, "2025-06-25") not in got
    got = _rules_only_on(monkeypatch, '"The charge doubles our bills overnight. That is not fair," said Kevin Tran.',
                         "The bin charge")
    assert ("Kevin Tran", -1, "2025-06-25") in got
    text = ("The Flemish Riders' League called the plan \"heavy-handed\" on Monday. \"Education, yes. Fines, no,\" said "
            "its chairman, Pieter Goossens, speaking for the league.")
    got = _rules_only_on(monkeypatch, text, "Compulsory riding helmets")
    assert not any(a == "Pieter Goossens" for a, _, _ in got)
    assert any(a == "Flemish Riders' League" and s == -1 for a, s, _ in got)
    # "I backed it because I believed …": an earlier side, not today's
    got = _rules_only_on(monkeypatch, '"I backed it because I believed the banding would be accurate," said Daniel '
                         'Otieno.', "The funding bands")
    assert ("Daniel Otieno", 1, "2025-06-25") not in got


def test_session_38_hdate2(monkeypatch):
    """Session 38, dates (2): publication Wednesday 25 June 2025."""
    def got(text, topic="The plan"):
        return _rules_only_on(monkeypatch, text, topic)
    # a summary of a change of side ("has come round to the plan") takes the recent day its paragraph names for the
    # new words, past the sentence that tells the old side
    assert ("Ghana Rural Health Doctors Forum", 1, "2025-06-24") in got(
        "The plan was published last month.\n\nThe Ghana Rural Health Doctors Forum has come round to the plan. In 2024 "
        "the group said the plan would be premature while rural facilities lacked staff; on Tuesday it endorsed the "
        "plan, citing new midwife postings.")
    # a quotation opening a paragraph, right after the speaker's words on a recent day, was said then
    assert ("Declan Foley", 1, "2025-06-23") in got(
        "Two years ago, Declan Foley told a committee that the plan would be \"a betrayal\". On Monday he said his view "
        "had changed.\n\n\"I was wrong about the scale of the hole we are in,\" he said. \"I'll take the plan.\"")
    # a body read as a one-word name (typed a person) still takes the day its spokesperson spoke in the next sentence
    assert ("Eirwave", -1, "2025-06-23") in got(
        "The plan was published last month.\n\nEirwave opposes the plan. In a statement on Monday, a spokesperson for "
        "the company said removing the mast would leave hundreds of homes without coverage.")


def test_session_38_hname(monkeypatch):
    """Session 38, actor names: a body's place kept in its name ("… in Saxony", "Church in Hanover", "Deanery of …"),
    a long name before a lower-case body noun kept whole, Māori "o" inside a name, an age before a name after an
    opening phrase, and a name after a possessive occasion ("At Wednesday's news conference Tanabe said")."""
    def got(text, topic="The plan"):
        return {(a, s) for a, s, _ in _rules_only_on(monkeypatch, text, topic)}
    assert ("Association of Independent Childcare Providers in Saxony", 1) in got(
        "The Association of Independent Childcare Providers in Saxony backed the plan.")
    assert ("Evangelical Lutheran Church in Hanover", -1) in got(
        "The Evangelical Lutheran Church in Hanover has long opposed the plan.")
    assert ("Protestant Deanery of Lindenbrück", -1) in got("The Protestant Deanery of Lindenbrück has long opposed the plan.")
    # where a ministry sits, or a meeting was held, is no part of the name
    assert ("Ministry of Housing", 1) in got("The Ministry of Housing in Lisbon said it backs the plan.")
    assert ("Friends of the Earth", 1) in got("The Friends of the Earth at Westminster said it backs the plan.")
    assert ("Alder Coast Regional District board", 1) in got(
        "Sandhu said the Alder Coast Regional District board had also written to the minister in support of the plan.")
    assert ("Te Rūnanga o Waiora", 1) in got("Te Rūnanga o Waiora, which represents hapū along the Waiora River, told "
                                            "the panel it supported the plan.")
    assert ("Jean Parfitt", -1) in got("At the Royal Oak on Wednesday night, 78-year-old Jean Parfitt, who has skittled "
                                       "for the same team since 1969, said the plan was disgraceful.")
    assert ("Tanabe", 1) in got("At Wednesday's news conference Tanabe said he backs the plan.")
    # a lower-case word before a name after "at" still leaves it a place, not a speaker
    assert not any(a == "Chinese" for a, _ in got("The duty is aimed squarely at fast-growing Chinese brands, has set "
                                                  "suppliers against the plan."))


@pytest.mark.parametrize("text,topic,expect", [
    ("Charlotte Church said she opposed the plan.", "The plan", {("Charlotte Church", -1)}),  # a surname, not a body
    ("In its submission, the Harwick Civic Society states it cannot support the plan.", "The plan",
     {("Harwick Civic Society", -1)}),  # "states" a verb before its clause's subject
    ('"The plan is fair in my view," said Ian Gordon.', "The plan", {("Ian Gordon", 1)}),  # the verdict, no fair
    ('"Our members were never consulted about any of it. That is not acceptable," said Ann Lee.', "The plan",
     {("Ann Lee", -1)}),  # a complaint about the measure's making, not the case for it
    ("Ann Lee accused the council of dragging its feet on pothole repairs while pouring money into the stadium.",
     "The stadium", {("Ann Lee", -1)}),  # a delay on something else asks for nothing here
    ("The Bank of England in London said it opposed the plan.", "The plan", {("Bank of England", -1)}),
])
def test_session_38_review_mends(text, topic, expect):
    """Session 38's review: inputs where the session's new rules first went wrong."""
    got = extract_text(" date 2025-06-25\n\n" + text, topic=topic).statements
    assert {(a, int(s)) for a, s in zip(got["actor"], got["stance"])} == expect


def test_session_38_a_reassurance_is_no_achieves_nothing_objection():
    """"This won't put a single job at risk" is not "doesn't save a single reef" (the learned part may still guess)."""
    got = extract_text(' date 2025-06-25\n\n"This won\'t put a single job at risk," said Ann Lee.', topic="The plan").statements
    assert not got["cue"].str.contains("single").any()
    assert "single" in extract_text(' date 2025-06-25\n\n"This doesn\'t save a single reef," said Kevin Tran.',
                                    topic="The reef levy").statements["cue"].iloc[0]


@pytest.mark.parametrize("sentence,day", [
    ("Councillor Ann Lee criticised the plan Monday ahead of the vote.", "2025-06-23"),
    ("Councillor Ann Lee criticised the plan Monday unanimously.", "2025-06-23"),
])
def test_session_38_a_bare_weekday_before_a_preposition_is_a_date(sentence, day):
    got = extract_text(" date 2025-06-25\n\n" + sentence, topic="The plan").statements
    assert got["date"].dt.strftime("%Y-%m-%d").tolist() == [day]


def test_session_38_a_spokesperson_for_another_body_lends_no_day_to_a_person():
    text = (" date 2025-06-25\n\nThe plan was published last month.\n\nAnn Lee, a local farmer, opposes the plan. In a "
            "statement on Monday, a spokesperson for the company said it would press ahead.")
    got = extract_text(text, topic="The plan").statements.set_index("actor")
    assert got.loc["Ann Lee", "date"] == pd.Timestamp("2025-06-25")


def test_session_39_hsign(monkeypatch):
    """Session 39, stance sign: a misgiving voiced as the reported verb, then "but would vote for it", is support;
    "would grudgingly accept the figure" is support; a charity "which supports people affected by …" takes no side
    by its work; "turn the money down" is an objection; a failed voluntary system is a case for the rule."""
    def side(text, topic="The plan"):
        return {(a, s) for a, s, _ in _rules_only_on(monkeypatch, text, topic)}
    assert side("Ann Hale said she had reservations about the cost but would vote for the scheme at full council.",
                "Rink levy") == {("Ann Hale", 1)}
    assert side('Rob Kellaway said he had reservations about the cost but would "grudgingly" accept the figure if it '
                'came with a phase-in.', "Supervision ratio") == {("Rob Kellaway", 1)}
    assert side("Ann Hale voiced concerns about the cost but said the council should scrap it.", "Rink levy") \
        == {("Ann Hale", -1)}
    assert side("The charity Safer Bets for Families, which supports people affected by gambling harm, also urged the "
                "trust to turn the money down.", "Naming rights deal") == {("Safer Bets for Families", -1)}
    assert ("Union", 1) in side("The Union, which supports the project, said little else.")  # its side, not its work
    assert side("Dana Whitcombe said voluntary industry standards had failed to stop a steady rise in serious "
                "injuries.", "Licensing of trampoline parks") == {("Dana Whitcombe", 1)}


def test_session_39_hactor():
    """A speaker's report of where a party group on the council stands is the group's, named as a group."""
    def actors(sentence, topic="the plan"):
        got = extract_text(" date 2025-06-25\n\n" + sentence, topic=topic).statements
        return {(a, int(s > 0) - int(s < 0)) for a, s in zip(got.actor, got.stance)}
    # the group as the subject of what was said ("group" and "caucus" end the name)
    assert ("Liberal Democrat group", 1) in actors(
        "Councillor Martin Dray said the Liberal Democrat group would also support the measure, which would give "
        "it a comfortable majority.")
    assert ("ANC caucus", -1) in actors(
        "ANC councillor Sipho Ndlovu told reporters on Saturday that the ANC caucus would oppose the by-law in its "
        "current form.", "the by-law")
    # a listed party group keeps "group" ("SPD group", not the party)
    got = actors("Councillor Jonas Reiter told the meeting that the SPD group had signed on, giving the plan 13 of the "
                 "30 seats.")
    assert ("SPD group", 1) in got and ("SPD", 1) not in got
    assert ("Fine Gael group", -1) in actors("Councillor Helen Keane said the Fine Gael group would also vote against "
                                             "the motion as it stands.", "the motion")
    # two party groups as one subject: both
    got = actors("Councillor Ann Craig said the Labour group and the Green group had both told him they would vote "
                 "against it.")
    assert {("Labour group", -1), ("Green group", -1)} <= got


def test_session_39_hfp():
    # an officer named in the sentence (or the one before) tells "the club"/"the organisation" stance: the body's row
    text = (" date 2025-12-10\n\nThe council wants to demolish the ski jump.\n\nAt a public meeting on 9 December, "
            "Verena Moosbrugger, who chairs the ski club SC Birkenried, said the club would fight the proposal.")
    got = extract_text(text, topic="Demolition of the ski jump").statements
    assert "SC Birkenried" in set(got.actor) and "Verena Moosbrugger" not in set(got.actor)
    text = (" date 2026-01-27\n\nThe bill was tabled on Monday.\n\nThe Queensland Second-hand Dealers Guild does not "
            "believe the scheme is realistic. The guild's president, Robyn Ashcroft, said the organisation would fight "
            "the bill.")
    got = extract_text(text, topic="Real-time reporting bill").statements
    assert "Robyn Ashcroft" not in set(got.actor)
    assert (got[got.actor == "Queensland Second-hand Dealers Guild"].stance < 0).all()
    # not a spokesperson for another body, nor an officer's "has not taken a position" (coders keep the person)
    text = (" date 2024-11-07\n\nThe bill passed its first reading.\n\nThe Illinois Chamber of Commerce opposes the "
            "bill. A spokesperson for TechNet, which represents large technology companies, said the group would "
            "fight it.")
    got = extract_text(text, topic="AI hiring audit bill").statements
    assert "TechNet" in set(got.actor)
    text = (" date 2025-11-12\n\nThe fee was proposed on Monday.\n\nFamily doctors are divided. Markus Feld, who chairs "
            "the German Association of General Practitioners, said the association had not yet taken a position.")
    got = extract_text(text, topic="Missed appointment fees").statements
    assert "Markus Feld" in set(got.actor)


def test_session_39_hdate():
    """Words said at an occasion told of earlier take its day: "told the crowd" (a march), "during public comment"
    (a council meeting), "told a news conference" (an announcement), "after the session" (a council's decision); a
    rally set in the statement's own paragraph beats a vote told paragraphs before; "had not decided" is no event."""
    def day(text, topic, actor):
        got = extract_text(text, topic=topic).statements
        return got.loc[got["actor"] == actor, "date"].tolist()
    monday = pd.Timestamp("2025-06-23")
    t1 = (" date 2025-06-25\n\nHundreds of car wash workers marched on the Metro offices on Monday against the water "
          "rules.\n\nUnder the rules, due to take effect on 1 July, car washes must use borehole or recycled water or "
          "close. About 400 car washes operate in the city.\n\nIn a memorandum handed to officials, the workers' forum "
          "demanded that the rules be scrapped.\n\n\"This rule was written by people who have never washed a car for a "
          "living,\" forum convener Zanele Mokoena told the crowd. She said the Taxi Council had also rejected the rules.\n")
    assert day(t1, "water rules", "Zanele Mokoena") == [monday]
    assert day(t1, "water rules", "Taxi Council") == [monday]
    t2 = (" date 2025-06-25\n\nThe council approved the levy by 5 votes to 4 on Monday night.\n\nThe levy would raise $2 "
          "million a year. Staff estimate it would cost each household $40.\n\nThe plan has divided the town. Shops on "
          "Main Street have put up posters for and against it.\n\nDuring public comment, resident Dolores Baca called "
          "the levy \"the least we can do\".\n")
    assert day(t2, "the levy", "Dolores Baca") == [monday]
    t3 = (" date 2025-06-25\n\nThe province will cut the cap on payday loans, the minister announced Monday.\n\nAbout 40 "
          "payday outlets operate in the province. Borrowers took out 110,000 loans last year.\n\nLenders have long "
          "argued that the cap is already too low.\n\nMinister Rémi Castonguay told a news conference that the new cap "
          "would protect borrowers.\n")
    assert day(t3, "payday loan cap", "Rémi Castonguay") == [monday]
    t4 = (" date 2025-06-25\n\nThe city council decided on Monday to freeze new hostel licences in the old town.\n\nThe "
          "freeze applies to the area around the palace. Existing hostels may keep operating.\n\nThe old town has 64 "
          "hostels with about 2,900 beds.\n\nIvana Kovač, an opposition councillor, told reporters after the session "
          "that the freeze was wrong.\n")
    assert day(t4, "hostel freeze", "Ivana Kovač") == [monday]
    t5 = (" date 2025-06-25\n\nA rent cap advanced out of committee on a 3-2 vote on Monday.\n\nThe cap would apply to "
          "buildings with four or more units.\n\nMedian rent rose 11 percent last year, according to county data.\n\n"
          "Several hundred tenants rallied outside City Hall last week in support of the cap. Ramona Beltrán, an "
          "organizer with Marlow Tenants United, told the crowd that families could not wait for another study.\n")
    assert day(t5, "rent cap", "Ramona Beltrán") == [pd.Timestamp("2025-06-16")]  # last week's rally, not Monday's vote
    t6 = (" date 2025-06-25\n\nThe bill to fund bridges passed the House on a 40-25 vote last month.\n\nGov. Mark Ellison "
          "told reporters on Monday that he had not decided whether he would sign the bill.\n\nThe fund would cost $300 "
          "million over three years.\n\nRep. Dale Hutchins, who voted against a similar fund in 2021, said he would "
          "support this one.\n")
    got = extract_text(t6, topic="bridge fund bill").statements
    assert got.loc[(got["actor"] == "Dale Hutchins") & (got["stance"] > 0), "date"].tolist() == [PUB]
    t7 = (" date 2025-06-25\n\nThe state's plan to end walk-up camping at Hollis Lake next season drew about 80 people "
          "to the Grange Hall on Monday night.\n\nUnder the plan, all 164 sites would have to be booked online. At "
          "present 40 sites are held back.\n\nThe park sits on the north shore of the lake.\n\nPark superintendent Dana "
          "Whitfield told the meeting the plan would end the Friday night land rush, which she called a disgrace.\n")
    assert day(t7, "online-only camping plan", "Dana Whitfield") == [monday]  # the plan lies ahead; the evening is past


def test_session_39_hbody():
    """A lead that tells a body's decision after what it decided ("…, Split city council decided on Tuesday, in the
    latest move …") is the body's, for the measure (against it when the lead drops or refuses it); not "whatever the
    council decided", nor a person deciding."""
    def rows(text, topic):
        got = extract_text(" date 2025-04-09\n\n" + text, topic=topic).statements
        return {(a, int(s > 0) - int(s < 0)) for a, s in zip(got.actor, got.stance)}
    assert ("Split city council", 1) in rows(
        "The Croatian city of Split will stop issuing licences for new hostels inside its old town for at least three "
        "years, Split city council decided on Tuesday, in the latest move by a Mediterranean city to rein in "
        "overtourism.", "Moratorium on new hostels in Split's old town")
    assert ("Federal Council", 1) in rows(
        "Switzerland will apply the European Union's latest package of sanctions against Russia, the Federal Council "
        "decided on Friday, a move that has reignited a long-running dispute over neutrality.",
        "Swiss adoption of the EU sanctions package")
    assert ("Harwick council", -1) in rows(
        "The town will not introduce the parking charges, Harwick council decided on Monday, after a heated debate.",
        "Parking charges")
    assert not rows("The operator said it would implement whatever the council decided on Monday.", "Parking charges")
    assert "Anna Berg" not in {a for a, _ in rows("The fee will rise to 40 euros, Mayor Anna Berg decided on Monday.",
                                                   "Fee rise")}


def test_session_39_hpast(monkeypatch):
    """Session 39, past positions: a sentence opening on a past time that tells what the speaker did then, in a
    paragraph telling of a change ("now", "changed his mind"), is the side before the change; a stance said to hold
    "now" is of the day reported, not of the past time named for what led to it."""
    def side(text, topic="The plan"):
        return _rules_only_on(monkeypatch, text, topic)
    out = side("Councillor Thomas Brandl has changed his mind. In 2021 Brandl campaigned to save the tower and "
               "organised a fundraising evening for its repair. He now supports tearing it down.",
               "Demolition of the ski jump")
    assert ("Thomas Brandl", -1, "2021-01-01") in out and ("Thomas Brandl", 1, "2025-06-25") in out
    out = side("Assembly member Keiko Ishida has changed sides. Last year Ishida herself proposed closing the oval "
               "during budget deliberations. She now opposes the plan.", "Closing the oval")
    assert ("Keiko Ishida", 1, "2024-01-01") in out and ("Keiko Ishida", -1, "2025-06-25") in out
    # no change told: what the speaker did then is no side
    out = side("Thomas Kuruvilla said he would support the Bill. In 2019 Kuruvilla organised a public meeting in Kochi.", "The Bill")
    assert out == {("Thomas Kuruvilla", 1, "2025-06-25")}
    out = side("Thomas Kuruvilla now supports the Bill. In 2019 he was elected to the assembly.", "The Bill")
    assert out == {("Thomas Kuruvilla", 1, "2025-06-25")}
    # "now" after a past cause: of the day reported
    assert side("In Tumbang Samba, village head Marta Liang tells a different story. After floods swept through the "
                "village twice last year, she now backs the governor.", "Oil palm moratorium") \
        == {("Marta Liang", 1, "2025-06-25")}
    assert side(  # (not also a row of July: the report's month is what led to the stance, not its time)
        "Archivist Rodrigo Saavedra has changed his view. He now backs the move, saying an engineering report in July "
        "had satisfied him that the building could be made watertight.", "Moving the archive") \
        == {("Rodrigo Saavedra", 1, "2025-06-25")}


def test_session_39_review_mends():
    """The session-39 review's cases: a council's decision told after what it decided reads drop words in their
    inflected forms ("will cancel", "will be shelved") and "no longer issue licences" as the measure itself; a past
    act before a change needs the change told ("now" in the stance that holds now, not "work is now under way"); "the
    now-retired councillor" keeps its year; a misgiving then "but that supporters would welcome it" is no support;
    "who supports residents' calls for the ban" and "which supports families facing eviction and the rent cap" are
    sides, not a charity's work."""
    def rows(text, topic):
        got = extract_text(" date 2025-06-25\n\n" + text, topic=topic).statements
        return {(a, int(s > 0) - int(s < 0), f"{d:%Y-%m-%d}") for a, s, d in zip(got.actor, got.stance, got.date)}
    assert {(a, s) for a, s, _ in rows("The town will cancel the tram extension, Harwick council decided on Monday.",
                                       "tram extension")} == {("Harwick council", -1)}
    assert {(a, s) for a, s, _ in rows("The tram extension will be shelved until 2030, Harwick council decided on "
                                       "Monday.", "tram extension")} == {("Harwick council", -1)}
    assert {(a, s) for a, s, _ in rows("Split will no longer issue licences for new hostels, Split city council "
                                       "decided on Tuesday.", "Moratorium on new hostels")} == {("Split city council", 1)}
    assert rows("Councillor Ann Lee supports the plan. In 2019 she chaired the working group that drafted it. Work on "
                "the site is now under way.", "the plan") == {("Ann Lee", 1, "2025-06-25")}
    assert rows("Councillor Ann Lee backs the levy. In 2021 Lee helped draft the first version, and she now chairs the "
                "finance committee.", "the levy") == {("Ann Lee", 1, "2025-06-25")}
    assert rows("In 2019 the now-retired councillor Ann Lee backed the plan.", "the plan") == {("Ann Lee", 1, "2019-01-01")}
    assert rows("Ann Hale said she had reservations about the levy but that supporters would welcome it.",
                "the levy") == {("Ann Hale", -1, "2025-06-25")}
    assert ("Ann Lee", 1, "2025-06-25") in rows("Councillor Ann Lee, who supports residents' calls for the ban, spoke "
                                                "first.", "the ban")
    assert ("Tenants Union", 1, "2025-06-25") in rows("The Tenants Union, which supports families facing eviction and "
                                                      "the rent cap, said it would keep campaigning.", "the rent cap")
    assert {(a, s) for a, s, _ in rows("Ann Lee said the voluntary code of practice has failed and should be replaced "
                                       "by licensing.", "the voluntary code of practice")} == {("Ann Lee", -1)}
    assert {(a, s) for a, s, _ in rows("Ann Lee said the voluntary code of practice has failed and should be replaced "
                                       "by licensing.", "Licensing of trampoline parks")} == {("Ann Lee", 1)}


def test_session_40_hdate(monkeypatch):
    """Session 40, dates: a decision told in the present perfect ("has voted to …", "has backed …") with no day of
    its own takes the day of the vote the next sentence tells (a year in its object is not its time); councillors a
    speaker says "had backed it at the meeting" take the meeting's day even when she told a programme so."""
    got = _rules_only_on(
        monkeypatch, "Coolabin Shire Council has voted to build a memorial to the people killed at Yarrabin Creek in "
        "1838, ending years of argument.\n\nCouncillors voted 6-3 on Monday night to place the memorial on the creek "
        "reserve.", "Memorial")
    assert ("Coolabin Shire Council", 1, "2025-06-23") in got
    got = _rules_only_on(
        monkeypatch, "Cork City Council has backed Ballincurra Green as the site for the memorial, the competition-"
        "winning scheme.\n\nAt a council meeting on 9 June, members voted 22 to 9 to recommend the site.", "Memorial site")
    assert ("Cork City Council", 1, "2025-06-09") in got
    # held since, not decided on a day; the next sentence another's
    got = _rules_only_on(
        monkeypatch, "The People's Party has backed the initiative since it was launched.\n\nThe Liberal Party decided "
        "at a delegates' meeting on Tuesday not to issue a recommendation.", "The initiative")
    assert ("People's Party", 1, "2025-06-25") in got
    got = _rules_only_on(
        monkeypatch, "The motion was proposed by Councillor Mary Tierney at Monday's meeting of the municipal district. "
        "She told this programme that councillors Brendan Roche and Lisa Kavanagh had backed it at the meeting.",
        "All-weather track")
    assert ("Brendan Roche", 1, "2025-06-23") in got and ("Lisa Kavanagh", 1, "2025-06-23") in got


def test_session_40_hreport():
    """An officer telling the stance of "the trust" or "the association" speaks for that body: with a verb of view
    after it ("said the trust saw it as …"), and when the officer told an audience first ("told members the
    association would 'fight it'")."""
    def rows(text, topic):
        got = extract_text(" date 2025-06-25\n\n" + text, topic=topic).statements
        return {(a, int(s > 0) - int(s < 0)) for a, s in zip(got.actor, got.stance)}
    got = rows("The Carrach Development Trust, which is leading the bid, says the application will go in \"by October\". "
               "Its project officer, Ewan Dallas, said the trust saw it as \"the best chance in decades to give people a "
               "reason to come here in winter.\"", "Isle of Carrach dark sky reserve bid")
    assert ("Carrach Development Trust", 1) in got and ("Ewan Dallas", 1) not in got
    got = rows("At a packed meeting in the stadium bar last week, Jean Pollitt, secretary of the Harrowfield Greyhound "
               "Owners' Association, told members the association would \"fight it at every stage\".",
               "Redeveloping Harrowfield Stadium for housing")
    assert ("Harrowfield Greyhound Owners' Association", -1) in got and "Jean Pollitt" not in {a for a, _ in got}


def test_session_40_hbody():
    """A body that grants the permit decides for the plan: 'has granted listed building consent', 'has granted
    permission'; a house 'granted planning permission' names no one who grants it."""
    def rows(text, topic):
        got = extract_text(" date 2025-06-25\n\n" + text, topic=topic).statements
        return {(a, int(s > 0) - int(s < 0)) for a, s in zip(got.actor, got.stance)}
    assert rows("Strathallan Council's planning committee has granted listed building consent for the relocation of "
                "the Dunmore war memorial.", "the war memorial relocation") == {
        ("Strathallan Council's planning committee", 1)}
    assert rows("Ballinross City Council has granted permission for the scheme.",
                "the student housing scheme") == {("Ballinross City Council", 1)}
    assert rows("Quayline Living was granted planning permission in May for the scheme.",
                "the student housing scheme") == set()


def test_session_40_mends():
    """Session 40: a weekday is no speaker ("who voted against, told Monday's meeting he was …"); a commissioner,
    supervisor, alderman or magistrate in a reported list is named without the title; a decision whose lead is a
    step of the process ("The vote on the levy will be held in secret") takes no side on the measure."""
    def rows(text, topic):
        got = extract_text(" date 2025-06-25\n\n" + text, topic=topic).statements
        return {(a, int(s > 0) - int(s < 0)) for a, s in zip(got.actor, got.stance)}
    out = rows("Councillor Rob Mackey, who voted against, told Monday's meeting he was \"sceptical that a $400,000 wall "
               "is what reconciliation looks like\".", "Building the memorial wall")
    assert ("Rob Mackey", -1) in out and not any(a in ("Monday", "Monday's") for a, _ in out)
    assert rows("Mayor Tom Fry said Commissioner Ray Delgado and Commissioner Ann Ortiz would back the closure.",
                "Closing the cemetery") >= {("Ray Delgado", 1), ("Ann Ortiz", 1)}
    assert rows("The vote on the parking levy will be held in secret, Harwick council decided on Monday.",
                "parking levy") == set()
    assert rows("The parking levy will go ahead, Harwick council decided on Monday.", "parking levy") \
        == {("Harwick council", 1)}
    # the review's cases: a remit that names the topic twice is a side; a petition "for" something else is none; a
    # meeting in the next sentence that decides nothing gives no day
    assert rows("The Padel Forum, which supports new padel courts across the region, said it had written to the "
                "council.", "Padel courts") == {("Padel Forum", 1)}
    assert rows("Elsie van Wyk was among those who signed a petition for a referendum on the floodlights two years "
                "ago.", "Floodlights") == set()
    got = extract_text(" date 2025-06-25\n\nCoolabin Shire Council has approved the memorial.\n\nThe idea was first "
                       "raised at a council meeting on 3 March.", topic="The memorial").statements
    assert [f"{d:%Y-%m-%d}" for d in got.date] == ["2025-06-25"]
    # a side said "at the time" of a past vote is a past side: "she was wrong" moves away from it
    got = rows("Aoife Reddy has had a change of heart. Reddy voted in May for the review that recommended axing the "
               "417, saying at the time that the board needed to \"make hard choices\". She now says she was wrong. "
               "\"I'm asking the board to keep the 417 running,\" Reddy said on Sunday.", "Withdrawal of the 417 bus")
    assert got == {("Aoife Reddy", 1), ("Aoife Reddy", -1)}


def test_session_40_hsign(monkeypatch):
    """Session 40, stance sign: "changed her mind" after the old side is told in the paragraph ("Two years ago she
    called it …") confirms the stance now, and the old one is the opposite; "push boats out in favour of yachts" and
    "a weekend block" are no cue; "a vote of confidence in quality" is praise."""
    def side(text, topic="The plan"):
        return {(a, s) for a, s, _ in _rules_only_on(monkeypatch, text, topic)}
    got = side('"People should not have to buy a plastic bottle just to get a drink of water in their own town," '
               "Councillor Priya Natarajan said at Tuesday's meeting. \"This is the cheapest public-health measure we "
               'will approve this year."\n\nHer enthusiasm is relatively new. Two years ago, in a budget debate, '
               'Natarajan described refill stations as "a nice-to-have we cannot afford". She told the committee that '
               "falling installation costs and a new national grant had changed her mind.", "Refill stations")
    assert got == {("Priya Natarajan", 1), ("Priya Natarajan", -1)}
    assert side("The South Shore Fish Harvesters Association warned divestiture could eventually push commercial "
                "boats out in favour of pleasure craft.", "Harbour divestiture") \
        == {("South Shore Fish Harvesters Association", -1)}
    assert side("Brian Kowalski said a survey had found 82 percent of members in favor.", "Four-day week") \
        == {("Brian Kowalski", 1)}
    assert side("Lea Shaikh, 19, broadly supports the proposal but wants students to be able to work their hours in "
                "one weekend block rather than being asked to pay.", "Compulsory work hours") == {("Lea Shaikh", 1)}
    assert side('Vitrum Courts, a Valencia-based manufacturer, called the decision "a vote of confidence in quality" '
                "and said it was adding a second production line.", "Panoramic courts rule") == {("Vitrum Courts", 1)}


def test_session_40_hpast(monkeypatch):
    """Session 40, changed positions: "changed her mind" after a past-dated stance is away from that stance, and
    after a past-dated statement with no cue of its own it confirms the stance on record ("problem gambling" is no
    objection, "had been persuaded by" tells a change)."""
    def side(text, topic="The plan"):
        return _rules_only_on(monkeypatch, text, topic)
    out = side('Chief executive Niamh Callery told Leisure Operator Weekly that the fee was overdue. "An empty court '
               'is the most expensive thing in this industry," she said.\n\nIt is a turnaround for Callery. Last year '
               'she told a conference in Limerick that no-show fees would "punish casual players". She said venue data '
               'gathered since then had changed her mind.', "CourtBook no-show fee")
    assert ("Niamh Callery", 1, "2025-06-25") in out and ("Niamh Callery", -1, "2024-01-01") in out
    assert ("Niamh Callery", -1, "2025-06-25") not in out
    out = side('"People should not have to buy a plastic bottle just to get a drink of water in their own town," '
               "Councillor Priya Natarajan said at Tuesday's meeting. \"This is the cheapest public-health measure we "
               'will approve this year."\n\nHer enthusiasm is relatively new. Two years ago, in a budget debate, '
               'Natarajan described refill stations as "a nice-to-have we cannot afford". She told the committee that '
               "falling installation costs and a new national grant had changed her mind.", "Refill stations")
    assert ("Priya Natarajan", -1, "2023-01-01") in out and ("Priya Natarajan", 1, "2023-01-01") not in out
    assert not any(a == "Priya Natarajan" and s < 0 and d.startswith("2025") for a, s, d in out)


def test_session_40_h2officer(monkeypatch):
    """Session 40, officers for bodies: "del" joins a body's name as "de" does ("Asociación Minera del Norte" is one
    body, not a person "Norte"), so its president's "the association would challenge …" is the association's."""
    out = _rules_only_on(monkeypatch, "The Asociación Minera del Norte, which represents 14 mid-sized producers, "
                         "opposed the rule in a written submission filed in August, arguing that lighting cuts would "
                         "compromise safety on haul roads. Its president, Gonzalo Ibáñez, went further on Monday, "
                         "saying the association would challenge the standard in the courts if it was adopted "
                         "unchanged.", "Mine lighting standard")
    assert ("Asociación Minera del Norte", -1, "2025-06-23") in out
    assert not any(a in ("Norte", "Gonzalo Ibáñez") for a, _, _ in out)
    assert ("Juan del Río", -1, "2025-06-25") in _rules_only_on(monkeypatch, "Juan del Río said the plan was a "
                                                                "disaster.", "The plan")


def test_session_40_h2report():
    """Session 40, stances a speaker reports of others: parties named as plurals ("the Greens and the Socialists had
    backed the decree") are listed like any other body, and "were also leaning against the plan" tells each named
    member's side (the speaker keeps their own row)."""
    def rows(text, topic):
        got = extract_text(" date 2025-06-25\n\n" + text, topic=topic).statements
        return {(a, int(s > 0) - int(s < 0)) for a, s in zip(got.actor, got.stance)}
    out = rows("Courtois also said on Friday that the Greens and the Socialists on the municipal council had backed the "
               "decree.", "Switch-off of shop signs")
    assert ("Greens", 1) in out and ("Socialists", 1) in out
    out = rows("At the same meeting, Marsh said the Liberal Democrats and the Greens both back the plan, which would "
               "give it a likely majority.", "Removing the screens")
    assert ("Liberal Democrats", 1) in out and ("Greens", 1) in out
    out = rows("Ellison said he believed magistrates Dale Sturgill and Harold Webb were also leaning against the plan, "
               "which would leave the court tied at 3-3.", "Gambling machines")
    assert ("Dale Sturgill", -1) in out and ("Harold Webb", -1) in out


def test_session_40_h2past(monkeypatch):
    """Session 40, past positions: "voted no." ends a sentence ("No. 10" is a number), so the next sentence's past
    time is not the vote's; "signed a petition in favour of" (also "was among those who signed …") is for it."""
    def side(text, topic="The plan"):
        return _rules_only_on(monkeypatch, text, topic)
    out = side("The Nordic Padel Union also voted no. Two years ago the union championed panoramic courts and pressed "
               "for them to be used at its own national finals.", "Mandatory panoramic courts for padel tournaments")
    assert ("Nordic Padel Union", -1, "2025-06-25") in out and ("Nordic Padel Union", 1, "2023-01-01") in out
    assert ("Nordic Padel Union", -1, "2023-01-01") not in out
    out = side("Elsie van Wyk was among those who signed a petition in favour of floodlights two years ago.",
               "Floodlights at Kloofview Park tennis courts")
    assert ("Elsie van Wyk", 1, "2023-01-01") in out
    out = side("Elsie van Wyk signed a petition in favour of floodlights on Monday.",
               "Floodlights at Kloofview Park tennis courts")
    assert ("Elsie van Wyk", 1, "2025-06-23") in out


def test_session_40_h2body(monkeypatch):
    """Session 40, bodies: "The regional government of Murcia has approved …" is Murcia, not the Murcia Federation
    of … named later (but "the county of Västerdal approved …" is still the Västerdal County Administrative Board);
    a by-law is a plan its proposer backs ("has proposed relaxing its by-law")."""
    def side(text, topic="The plan"):
        return {(a, s) for a, s, _ in _rules_only_on(monkeypatch, text, topic)}
    out = side("The regional government of Murcia has approved a draft decree that would ban padel games after 10 p.m. "
               "The Murcia Federation of Neighbourhood Associations endorsed the decree on Wednesday.", "padel curfew")
    assert ("Murcia", 1) in out and ("Murcia Federation of Neighbourhood Associations", 1) in out
    out = side("Authorities in the central Swedish county of Västerdal on Monday approved a licensed hunt of 24 wolves. "
               "The Västerdal County Administrative Board said the hunt was needed.", "wolf hunt")
    assert ("Västerdal County Administrative Board", 1) in out and ("Västerdal", 1) not in out
    out = side("The City of Cape Town has proposed relaxing its outdoor advertising by-law to allow billboards along "
               "parts of its scenic routes.", "billboards on scenic routes")
    assert ("City of Cape Town", 1) in out


def test_session_40_h2sign(monkeypatch):
    """Session 40, sides read wrong: a body's remit after "which supports" ("community tennis across the region") is
    no side; "is broadly supportive but has reservations about the timetable" is for it; "said the business case was
    sound, though he warned that …" is a caveat, no side against."""
    def side(text, topic="The plan"):
        return {(a, s) for a, s, _ in _rules_only_on(monkeypatch, text, topic)}
    assert side("A spokesperson for the Midlands Tennis Partnership, which supports community tennis across the "
                "region, said the body had not taken a view on the Harrowfield proposal.",
                "Converting Harrowfield Park tennis courts to padel") == {("Midlands Tennis Partnership", 0)}
    assert side("The Padel Forum, which supports converting courts across the region, said it had written to the "
                "council.", "Converting Harrowfield Park tennis courts to padel") == {("Padel Forum", 1)}
    assert side("Dr. Lauren Okafor, an equine veterinarian who consults for several Western tracks, is broadly "
                "supportive but has reservations about the timetable.", "Race-day furosemide ban") \
        == {("Lauren Okafor", 1)}
    assert side('Peter Vance, an independent consultant who advises airports on retail, said the business case was '
                'sound, though he warned that Meridian risked "a social media storm every time a child is refused '
                'water".', "Paid chilled-water units at Meridian airports") == set()
    assert side("Peter Vance said he had studied the figures, and he warned that Meridian risked a backlash.",
                "Paid chilled-water units at Meridian airports") == {("Peter Vance", -1)}


def test_session_40_h2date():
    """Session 40, dates and missed actors: "submitted a formal objection last week" is a stance with its week;
    "The X Association (ABBR), which …, warned last week" names X; "responded by e-mail on Sunday" is dated by
    its Sunday; "until the board reviews the report at its meeting on October 27" is a meeting to come, no date."""
    def rows(text, topic):
        got = extract_text(" date 2025-06-25\n\n" + text, topic=topic).statements
        return {(a, int(s > 0) - int(s < 0), str(d)[:10]) for a, s, d in zip(got.actor, got.stance, got.date)}
    assert ("Kloofview Ratepayers' Association", -1, "2025-06-16") in rows(
        "The Kloofview Ratepayers' Association submitted a formal objection last week, arguing that the lights "
        "would spill into surrounding homes.", "Floodlights at Kloofview Park")
    assert ("Spanish Association of Padel Clubs", -1, "2025-06-16") in rows(
        "The Spanish Association of Padel Clubs (AECP), which says it represents about 1,400 clubs, warned last "
        "week, when details of the plan leaked to local media, that a blanket curfew would bankrupt small outdoor "
        "venues.", "Padel curfew")
    out = rows("Board chair Linda Feruzzi said she would not take a position until the board reviews the full lab "
               "report at its meeting on October 27.", "Shutting off school drinking fountains")
    assert ("Linda Feruzzi", 0, "2025-06-25") in out and not any(d.startswith("2024") for _, _, d in out)


def _session_41_rows(text, topic):
    """(actor, sign, day) of what one paragraph, published 2025-06-25 (a Wednesday), proposes on a topic."""
    got = extract_text(" date 2025-06-25\n\n" + text, topic=topic).statements
    return {(a, int(s > 0) - int(s < 0), str(d)[:10]) for a, s, d in zip(got.actor, got.stance, got.date)}


def test_session_41_htopic(monkeypatch):
    """Session 41, the topic's direction when it removes, closes, demolishes, stops or raises something: wanting the
    thing kept ("the jetty should be saved", "must stay open", a campaign to keep it) is against the topic, finding it
    past saving is for it; stopping it "is a mistake" is against; a vote to freeze a fee is against raising it, and
    "the freeze was a mistake" for it; "called for the museum to be closed" asks for the closure."""
    def side(text, topic):
        return _rules_only_on(monkeypatch, text, topic)
    jetty = "Removing the Pukeko Point jetty"
    assert side("Tane Rawiri, the harbourmaster, said on Monday the jetty was the last safe landing on the coast and "
                "should be saved.", jetty) == {("Tane Rawiri", -1, "2025-06-23")}
    assert side("Tane Rawiri, the harbourmaster, said on Monday that the jetty was beyond repair.", jetty) \
        == {("Tane Rawiri", 1, "2025-06-23")}
    assert side("Tane Rawiri, the harbourmaster, said on Monday the old jetty had failed two safety inspections.", jetty) \
        == {("Tane Rawiri", 1, "2025-06-23")}
    assert side('"Stopping this bus is a mistake," Meena Iyer said on Tuesday.',
                "Stopping the Route 9 village bus after the tram opens") == {("Meena Iyer", -1, "2025-06-24")}
    assert side("Dr Ruth Okeke said on Monday that the museum must stay open.", "Closing the Fenwick Toy Museum") \
        == {("Ruth Okeke", -1, "2025-06-23")}
    assert side("In 2021 the Unite union called for the museum to be closed and the building sold.",
                "Closing the Fenwick Toy Museum") == {("Unite", 1, "2021-01-01")}
    assert side("Councillor Ray Fenton backed the campaign to save the museum in 2023.",
                "Closing the Fenwick Toy Museum") == {("Ray Fenton", -1, "2023-01-01")}
    assert side("Councillor Ray Fenton, who in 2022 voted to freeze beach hut fees, said on Monday the freeze had been "
                "a mistake.", "Raising the Dunmore beach hut fee") \
        == {("Ray Fenton", -1, "2022-01-01"), ("Ray Fenton", 1, "2025-06-23")}
    assert side("Minister Kagiso Dube said on Monday he would not allow the clinics to close.",
                "Closing 30 rural clinics") == {("Kagiso Dube", -1, "2025-06-23")}
    # unchanged: the topic's other act is no thing that goes, nor are "two other halls", nor a rule named by what it
    # removes; a closure backed is for it
    assert side("Eastby council approved the replacement by 9 votes to 2 in June.",
                "Demolishing and replacing the Eastby pier") == {("Eastby council", 1, "2025-06-01")}
    assert side("Farmer Hemi Wiremu backs the rule.", "Forestry slash removal rule") \
        == {("Hemi Wiremu", 1, "2025-06-25")}
    assert side("Dr Ruth Okeke said on Monday she backed the closure.", "Closing the Fenwick Toy Museum") \
        == {("Ruth Okeke", 1, "2025-06-23")}


def test_session_41_hbody():
    """Session 41, bodies that act: a lede's "… would close under budget proposals unveiled by the council on
    Monday" is the council's stance for the measure, on its day; an undated background mention ("under plans drawn
    up by …") or a sentence opening on the plan ("Under the proposal from X, …") stays unread."""
    rows = _session_41_rows
    assert ("Tollbridge District Council", 1, "2025-06-23") in rows(
        "The Marsh Lane leisure centre would close next spring under budget proposals unveiled by Tollbridge "
        "District Council on Monday.", "Closing Marsh Lane leisure centre")
    assert ("Lakeland Wildlife Trust", 1, "2025-06-16") in rows(
        "Visitors to Harrow Fell would pay a £4 parking charge under a plan announced last week by the Lakeland "
        "Wildlife Trust, which manages the reserve.", "Parking charge at Harrow Fell")
    assert ("Fenmoor Water Board", 1, "2024-12-01") in rows(
        "The minister signed the regulations, accepting a recommendation made in December by the Fenmoor Water Board "
        "that the reservoir be closed to boats.", "Closing Fenmoor reservoir to boats")
    # must not change: undated, or the plan opening the sentence, is no act of the day
    assert not any(a == "Tollbridge District Council" for a, _, _ in rows(
        "The Marsh Lane leisure centre would close next spring under budget proposals drawn up by Tollbridge "
        "District Council.", "Closing Marsh Lane leisure centre"))
    assert not any(a == "Tollbridge District Council" for a, _, _ in rows(
        "Under the proposal published by Tollbridge District Council on Monday, the Marsh Lane leisure centre "
        "would close next spring.", "Closing Marsh Lane leisure centre"))


def test_session_41_hdate():
    """Session 41, right side on the wrong day: "cast the lone vote against" is a vote, dated by the vote's day told
    before (as "voted against" is); "…, he said, adding that the Yacht Club also supported the rise" is told on the
    day of the saying it adds to. With no day named, both stay at publication."""
    def rows(text, topic="Raising Port Selby mooring fees"):
        got = extract_text(" date 2025-06-25\n\n" + text, topic=topic).statements
        return {(a, int(s > 0) - int(s < 0), str(d)[:10]) for a, s, d in zip(got.actor, got.stance, got.date)}
    vote = rows("Port Selby moorings to cost more\n\nBoat owners in Port Selby face a 12 percent rise in mooring fees "
                "after the harbour board gave it preliminary approval.\n\nThe fee has not changed since 2017. A final "
                "vote is due in August.\n\nBoard members Jo Park and Sam Ito voted in favour on Monday. \"Nobody likes "
                "it, but the pontoons are failing,\" Park said.\n\nBoard member Ann Keller cast the lone vote against. "
                "\"Boat owners here are not rich people,\" she said.")
    assert ("Ann Keller", -1, "2025-06-23") in vote and ("Jo Park", 1, "2025-06-23") in vote
    # no vote day in the article: the lone vote stays at publication
    assert ("Ann Keller", -1, "2025-06-25") in rows(
        "Port Selby moorings to cost more\n\nThe Port Selby Harbour Board will consider a 12 percent rise in mooring "
        "fees next month.\n\nBoard member Ann Keller cast the lone vote against a similar rise. \"Boat owners here "
        "are not rich people,\" she said.")
    told = rows("Port Selby moorings to cost more\n\nHarbour master Tom Reyes said on Tuesday the rise was needed to "
                "repair the breakwater. \"We have put this off for a decade,\" he said, adding that the Port Selby "
                "Yacht Club also supported the rise.")
    assert told == {("Tom Reyes", 1, "2025-06-24"), ("Port Selby Yacht Club", 1, "2025-06-24")}
    # unchanged: no day for the saying, none for what it adds
    assert rows("Port Selby moorings to cost more\n\nHarbour master Tom Reyes said the rise was needed to repair the "
                "breakwater. \"We have put this off for a decade,\" he said, adding that the Port Selby Yacht Club "
                "also supported the rise.") == {("Tom Reyes", 1, "2025-06-25"), ("Port Selby Yacht Club", 1, "2025-06-25")}


def test_session_41_hspeaker():
    """Session 41, who the actor is: "and" inside one body's name ("of England and Wales", "of Industry and
    Commerce") is no second body; a member's letters after a name ("Conor Walsh TD") and a common noun after a
    name that already says what the body is ("the Lisheen Sea Swimmers club") are no part of it; "MEC" is a title;
    "the False Bay coast" is a place, no one "she" can be; "it" after a sentence that opens with a body is that
    body; and what the topic acts on, reported in the lead, is no actor."""
    def rows(text, topic="The harbour plan"):
        got = extract_text(" date 2025-03-04\n\n" + text, topic=topic).statements
        return {(a, int(s > 0) - int(s < 0), str(d)[:10]) for a, s, d in zip(got.actor, got.stance, got.date)}
    assert rows("The Law Society of Scotland and Wales said on Monday that it opposed the harbour plan.") \
        == {("Law Society of Scotland and Wales", -1, "2025-03-03")}
    assert rows("The Chamber of Industry and Commerce for the Lower Danube said it backs the harbour plan.") \
        == {("Chamber of Industry and Commerce for the Lower Danube", 1, "2025-03-04")}
    assert rows("Opposition TD Niamh Kelleher TD said last month that the harbour plan was a mistake.") \
        == {("Niamh Kelleher", -1, "2025-02-01")}
    assert rows("The Kilbrack Open Water Swimmers club endorsed the harbour plan at its meeting on Sunday.") \
        == {("Kilbrack Open Water Swimmers", 1, "2025-03-02")}
    got = rows("The Sea Rescue Trust, which supports crews along the Tern Bay coast, said in January that the fees "
               "were fair.\n\nProvincial transport MEC Zanele Mthembu backed the harbour plan in 2024. But she said "
               "yesterday that the province could no longer support the harbour plan.")
    assert ("Zanele Mthembu", -1, "2025-03-03") in got and not any(a == "Tern Bay" for a, _, _ in got)
    got = rows("Dev Patel said the Rivermouth Trades Council was also against the closure.\n\nThe Dunmore Chamber of "
               "Trade has changed its mind. In 2021 it called for the harbour plan to be scrapped.")
    assert ("Dunmore Chamber of Trade", -1, "2021-01-01") in got
    assert not any(a == "Rivermouth Trades Council" and d.startswith("2021") for a, _, d in got)
    assert not any(a == "Kelmouth Harbour" for a, _, _ in rows(
        "Kelmouth Harbour will be sold to a private buyer next year, the ports agency announced on Monday.",
        "Selling Kelmouth Harbour to a private buyer"))
    # unchanged: two bodies named with "and the", and a club whose name needs its noun
    assert {a for a, _, _ in rows("The Kent Chamber of Commerce and the Medway Council both backed the harbour plan "
                                  "on Monday.")} == {"Kent Chamber of Commerce", "Medway Council"}
    assert {a for a, _, _ in rows("The Ballinmore GAA club backed the harbour plan on Monday.")} == {"Ballinmore GAA club"}


def test_session_41_hsign():
    """Session 41, sides of reported clauses with no stance word: harm to people ("would put dozens of traders out
    of work", "would simply stop coming") and "should instead …" are against; "had no choice" is acceptance; "fill a critical gap" is no
    complaint; "had outlived its usefulness" judges what the topic ends.  People with no alternative to the car are
    not accepting anything, and a plain word of praise keeps its side."""
    rows = _session_41_rows
    assert rows("Tomas Reilly, who runs a food stall at the fair, said the levy would put dozens of traders out of "
                "work.", "Levy on fair stallholders") == {("Tomas Reilly", -1, "2025-06-25")}
    assert rows("Grainne Fox said pensioners who visit the gardens every week would simply stop coming.",
                "Entry charge at the Botanic Gardens") == {("Grainne Fox", -1, "2025-06-25")}
    assert rows("Martin Kearney, who leads the pipe band, said the band was disappointed but that he understood the "
                "council had no choice.", "Cancelling the harvest parade") == {("Martin Kearney", 1, "2025-06-25")}
    assert ("Alicia Moreno", -1, "2025-06-25") not in rows(
        'Alicia Moreno said the hatchery would fill "a critical gap" in breeding capacity for the species.',
        "Building a salmon hatchery at Loch Arn")
    assert rows('Ruth Adeyemi said the old pier had "outlived its usefulness" and should come down.',
                "Closing the old pier at Seaview") == {("Ruth Adeyemi", 1, "2025-06-25")}
    assert rows("Alan Price said the council should instead fit lids to the bins around the lake.",
                "Culling ibis at Marlow Lake") == {("Alan Price", -1, "2025-06-25")}
    # must not change: no "choice" accepted for people who have no alternative; praise is still praise
    assert ("Owen Pike", 1, "2025-06-25") not in rows(
        "Owen Pike said the charge would fall hardest on rural families who have no alternative to the car.",
        "Road pricing in Kent")
    assert rows('Lena Varga said the new festival would be "a wonderful day for the whole town".',
                "A new summer festival in Tarnow") == {("Lena Varga", 1, "2025-06-25")}


def test_session_41_hchange():
    """Session 41, changes of mind: each side as the text tells it. "In 2021 X led the opposition to it. She said
    on Monday she had changed her mind" gives the old side at its year and the other one now; "too small to
    berth safely" reads against, so the change is toward the plan; "told the paper last month that he had changed
    his mind" is the change itself; "would rather see the pier demolished than …" prefers the topic; "defended the
    use of jet skis" opposes banning them; "the festival should go ahead" opposes cancelling it."""
    def rows(text, topic):
        got = extract_text(" date 2025-06-25\n\n" + text, topic=topic).statements
        return {(a, int(s > 0) - int(s < 0), str(d)[:7]) for a, s, d in zip(got.actor, got.stance, got.date)}
    out = rows("Mildred Osterhaus, who chairs the harbour users' group, is a late convert. In 2021, when the idea "
               "first came up, Osterhaus led the campaign against it. She said on Monday she had changed her mind "
               "after seeing the repair bills.", "Moving the fishing fleet to Kelby harbour")
    assert ("Mildred Osterhaus", -1, "2021-01") in out and ("Mildred Osterhaus", 1, "2025-06") in out
    out = rows("Colin Freel, the harbourmaster, once argued the opposite. Freel told councillors in 2020 that the old "
               "quay was too small to berth ferries safely. He now says the new dredging plan has changed his mind.",
               "Berthing the island ferries at the old quay")
    assert ("Colin Freel", -1, "2020-01") in out and ("Colin Freel", 1, "2025-06") in out
    out = rows("Councillor Edith Morrow, who told a public meeting two years ago that she would rather see the pier "
               "demolished than spend another penny on it, said on Monday she had changed her mind.",
               "Demolishing Selby pier")
    assert ("Edith Morrow", 1, "2023-01") in out and ("Edith Morrow", -1, "2025-06") in out
    out = rows("Tourism Minister Raj Dholakia has moved on the issue. Last year, he defended the use of jet skis "
               "in the bay. On Thursday, he said he backed the new rules.", "Banning jet skis in Kestrel Bay")
    assert ("Raj Dholakia", -1, "2024-01") in out and ("Raj Dholakia", 1, "2025-06") in out
    out = rows("Councillor Aidan Roche has changed his view. Last month he told a council meeting that calling off "
               "the festival would be sensible. Now, with sponsorship found, he says the festival should go ahead.",
               "Cancelling the Kilbrack summer festival")
    assert ("Aidan Roche", -1, "2025-06") in out
    # unchanged: a past act with no change of mind told keeps its own side, and a ban's supporter is not flipped
    out = rows("In 2019, when the scheme was first floated, Osterhaus led the campaign against it. She said on "
               "Monday she still opposed it.", "Moving the fishing fleet to Kelby harbour")
    assert not any(s > 0 for _, s, _ in out)
    assert ("Raj Dholakia", 1, "2025-06") in rows("Raj Dholakia said on Monday he backed the jet ski ban.",
                                                  "Banning jet skis in Kestrel Bay")


def test_session_41_h2recall():
    """Session 41, people with a side and no proposal: "has been a vocal opponent of the loan since …" names a
    side when what the role is of names the topic (its own words), not only when it is "the plan" or "the bill";
    "a vocal critic of the mayor" on another topic still gives nothing."""
    def rows(text, topic):
        got = extract_text(" date 2025-06-25\n\n" + text, topic=topic).statements
        return {(a, int(s > 0) - int(s < 0), str(d)[:7]) for a, s, d in zip(got.actor, got.stance, got.date)}
    out = rows("Labour councillor Nadia Ferrow has been a vocal opponent of the loan since it was first raised in "
               "private session, arguing the town cannot underwrite a rugby club.", "Harbour Park rugby ground loan")
    assert ("Nadia Ferrow", -1, "2025-06") in out
    out = rows("Ben Ashgrove, a retired engineer whose house overlooks the site, is a staunch supporter of the "
               "footbridge.", "Footbridge over the River Lune")
    assert ("Ben Ashgrove", 1, "2025-06") in out
    # unchanged: the role is of something else than the topic, and "the plan" still reads as before
    assert not rows("Councillor Tom Rudge has been a vocal critic of the mayor since the election.",
                    "Footbridge over the River Lune")
    assert ("Tom Rudge", -1, "2025-06") in rows("Councillor Tom Rudge has been a vocal opponent of the plan.",
                                                "Footbridge over the River Lune")


def test_session_41_h2sign():
    """Session 41, stance sign: asking for more of a measure is backing it. "too little, too late" and "the cap is
    too low and should be raised to 30" want more of what the topic does; plain "too little" (or "too low" with
    nothing asked) still reads as a complaint. "call for help", "with the help of", "hired help" name help, not the
    plan helping."""
    rows = _session_41_rows
    assert ("Nadia Ferro", 1, "2025-06-23") in rows(
        'Opposition councillor Nadia Ferro said on Monday the freeze was "too little, too late" for renters in the '
        "harbour district.", "Freeze on new holiday-let licences in Portsea")
    assert ("Dominic Reyes", 1, "2025-06-23") in rows(
        "Dominic Reyes, who speaks for the writers' guild, argued on Monday that the proposed 15 per cent share was "
        "too low and should be raised to 25 per cent.", "Local music quota for radio stations")
    # "help" as a thing to call for or get, not the plan helping: "unable to call for help" is no praise (before, the
    # cue "help" read it +1; what side is left is the learned part's, which a refit may move, so only that is checked)
    assert ("Pieter Botha", 1, "2025-06-23") not in rows(
        "Pieter Botha, who chairs the Hantam Farmers' Union, said on Monday the rules would leave shepherds "
        "unable to call for help when a ewe is stuck on the crags.", "Radio silence zone around the Karoo telescope")
    assert ("Pieter Botha", 1, "2025-06-23") in rows(
        "Pieter Botha, who chairs the Hantam Farmers' Union, said on Monday the rules would help shepherds.",
        "Radio silence zone around the Karoo telescope")  # the plan helping still reads as praise
    # unchanged: "too little" about what the plan gives, and a plain "too high", still read against
    assert rows("Farmers' leader Ruth Okoye said on Monday the scheme paid too little to cover the cost of fencing.",
                "Hedgerow grant scheme") == {("Ruth Okoye", -1, "2025-06-23")}
    assert rows("Retailer Sam Patel said on Monday the new fee was too high and should be scrapped.",
                "Plastic bag fee") == {("Sam Patel", -1, "2025-06-23")}


def test_session_41_h2names():
    """Session 41, names with "and" inside: a body whose name joins two trades or fields with "and" ("the Harbour
    Rank and File Association", "the National Union of Dock and Allied Workers", "the Estonian Business and Policy
    Forum", "the Association of Villages and Communities") is read whole, both where a speaker reports it and where
    a later description ("the main dockers' union") is matched to the name; two bodies joined by "and" stay two."""
    rows = _session_41_rows
    out = rows("Councillor Brendan Keogh noted that the Harbour Rank and File Association had voted in favour of the "
               "new cameras at its conference on Monday.", "CCTV cameras on the harbour front")
    assert ("Harbour Rank and File Association", 1, "2025-06-23") in out
    assert not any(a == "Harbour Rank" for a, _, _ in out)
    out = rows("The port's main dockers' union has refused to take a side. The National Union of Dock and Allied "
               "Workers said it would neither support nor oppose the levy.", "Levy on container traffic")
    assert {a for a, _, _ in out} == {"National Union of Dock and Allied Workers"}
    out = rows("The Tallinn Office and Hospitality Workers' Union backed the levy, saying its members would gain.",
               "Levy on container traffic")
    assert ("Tallinn Office and Hospitality Workers' Union", 1, "2025-06-25") in out
    out = rows("The Estonian Business and Policy Forum, a market-liberal think tank, argued that the guarantees "
               "distorted competition.", "State guarantees for the Tallinn shipyard")
    assert ("Estonian Business and Policy Forum", -1, "2025-06-25") in out
    # must not change: two bodies, each whole by itself, are still two
    out = rows("The Kilmore Chamber of Commerce and Ardlow District Council both backed the levy on Monday.",
               "Levy on container traffic")
    assert {a for a, _, _ in out} == {"Kilmore Chamber of Commerce", "Ardlow District Council"}


def test_session_41_h2date():
    """Session 41, dates (second round): a "now" in a comparison ("pay the same for ten months as they now pay
    for twelve") tells no change of side, so the speaker's "on Monday" carries on to what he adds; "Speaking during
    question time" is said at the meeting, on its day, not on the day of publication."""
    rows = _session_41_rows
    out = rows("Opposition leader Brendan Oakes said on Monday the plan was \"a tax on gardeners\". Households would pay "
               "the same for ten months of collections as they now pay for twelve, he said, adding that the Liberal "
               "Democrats also opposed it.", "Winter suspension of green waste collections in Arnside")
    assert ("Liberal Democrats", -1, "2025-06-23") in out and ("Brendan Oakes", -1, "2025-06-23") in out
    out = rows("Kelby residents have until Friday to comment on the rezoning, and if Monday night's meeting was any "
               "guide, many will.\n\nNearly 150 people filled the parish hall on Monday for the first of two drop-in "
               "sessions on the plan.\n\nPlanning manager Ruth Adeyemi walked the crowd through the maps. The town could "
               "take 900 more homes, she said.\n\nCouncillor Tom Brack, who chairs the planning committee, made his view "
               "plain. \"We need homes here,\" he told the meeting.\n\nAt the back of the hall, Nora Quill, a nurse who "
               "rents a flat in the town, held a sign. Speaking during question time, she said she hoped councillors "
               "would approve the rezoning because it was the only way she could buy a home.", "Kelby town centre rezoning")
    assert ("Nora Quill", 1, "2025-06-23") in out
    # unchanged: "he now says" after a change of mind is today's side, the old one keeps its year
    out = rows("Opposition leader Brendan Oakes opposed the plan last year. He now says he supports it.",
               "Winter suspension of green waste collections in Arnside")
    assert ("Brendan Oakes", 1, "2025-06-25") in out and ("Brendan Oakes", -1, "2024-01-01") in out


def test_session_41_h2ban():
    """Session 41, ban / limit topics read backwards: backing the topic's own act in its own words ("backed
    banning jet skis", "supported a ban on jet skis", topic "Banning jet skis …") is support; "the survey must go
    ahead" refuses a postponement; a delayed closure keeps the plant going, so campaigning to keep it open backs
    the delay; "does not think the council should ban it" asks against a ban."""
    rows = _session_41_rows
    skis = "Banning jet skis in Kestrel Bay"
    assert rows("Harbour councillor Nell Carver said she backed banning jet skis.", skis) \
        == {("Nell Carver", 1, "2025-06-25")}
    assert rows("Harbour councillor Nell Carver said she supported a ban on jet skis in the bay.", skis) \
        == {("Nell Carver", 1, "2025-06-25")}
    assert rows("Boat hire owner Pete Lomax said he still does not think the council should ban them.", skis) \
        == {("Pete Lomax", -1, "2025-06-25")}
    assert rows("Census official Dora Mbeki insisted the survey must go ahead next year.",
                "Postponing the national household survey") == {("Dora Mbeki", -1, "2025-06-25")}
    assert rows("Union secretary Ivo Kral said he had long campaigned for the smelter to stay open.",
                "Delaying the Brenna smelter closure to 2031") == {("Ivo Kral", 1, "2025-06-25")}
    # must not change: opposing the ban, defending what it bans, and keeping what a closure ends stay against it
    assert rows("Boat hire owner Pete Lomax said he opposed a ban on jet skis in the bay.", skis) \
        == {("Pete Lomax", -1, "2025-06-25")}
    assert rows("Boat hire owner Pete Lomax said he supported jet skis in the bay.", skis) \
        == {("Pete Lomax", -1, "2025-06-25")}
    assert rows("Councillor Ada Quist said the pool must stay open.", "Closing the Elm Street pool") \
        == {("Ada Quist", -1, "2025-06-25")}
    assert rows("Councillor Ada Quist said the festival should go ahead.", "A new summer festival in Tarnow") \
        == {("Ada Quist", 1, "2025-06-25")}


def test_session_41_h2body():
    """Session 41, a body's own act as its stance: "X voted in March to sell the site" (the vote's day between the
    verb and the act, read when the act is the topic's or a plain approval) and "X wants to cull 300 ibis" /
    "will seek planning permission to restore the baths" when the aim is the topic's own act, dated by the
    sentence's other clause or the publication day, not by the aim's own terms ("from September")."""
    def rows(text, topic):
        got = extract_text(" date 2025-06-25\n\n" + text, topic=topic).statements
        return {(a, int(s > 0) - int(s < 0), str(d)[:7]) for a, s, d in zip(got.actor, got.stance, got.date)}
    assert ("Dunford Borough Council", 1, "2025-03") in rows(
        "Dunford Borough Council voted in March to sell the depot site for 2.1 million pounds to a housing "
        "association, citing the cost of repairs.", "Selling the Dunford depot site")
    assert ("Kelso Harbour Board", 1, "2025-05") in rows(
        "The Kelso Harbour Board voted last month to approve the new mooring charges.",
        "Charging mooring fees at Kelso harbour")
    assert ("Lakeshire District Council", 1, "2025-05") in rows(
        "Lakeshire District Council wants to cull up to 300 feral goats on the headland, after councillors voted "
        "last month to apply for a licence.", "Culling feral goats on Lakeshire headland")
    assert ("Coastal Moorings Directorate", 1, "2025-06") in rows(
        "The Coastal Moorings Directorate wants to charge 300 rand a month for small boats from September, its "
        "director told a public meeting on Monday.", "Charging mooring fees to small boats")
    # an undated aim is the plan's background, left uncoded; "from September" is not the aim's day
    assert not any(a == "Coastal Moorings Directorate" for a, _, _ in rows(
        "The Coastal Moorings Directorate wants to charge 300 rand a month for small boats from September.",
        "Charging mooring fees to small boats"))
    # must not change: a vote on another step keeps its reading, and an aim that is not the topic's act is no stance
    assert ("Fenwick Parish Council", 1, "2025-05") not in rows(
        "Fenwick Parish Council voted last month to object, citing the extra lorry traffic through the village.",
        "Building a quarry at Fenwick Moor")
    assert not any(a == "Wattle Bowls Club" for a, _, _ in rows(
        "The Wattle Bowls Club wants to see the council's figures before it takes a view.",
        "Culling feral goats on Lakeshire headland"))


def test_session_41_review_mends():
    """The session's review: a doubt in the sentence before does not deny a request; "could be saved" is no call to
    keep; a campaign to keep something else ("rates low") is not the topic's; "consult" is not "constructing"; "too
    low, and should be raised" as "too low and should be raised"."""
    def rows(text, topic):
        got = extract_text(" date 2025-06-25\n\n" + text, topic=topic).statements
        return {(a, int(s > 0) - int(s < 0)) for a, s in zip(got.actor, got.stance)}
    assert rows('"Some people don\'t think it will work. Schools should ban them," Principal Ann Kelly said on Monday.',
                "Banning smartphones in schools") == {("Ann Kelly", 1)}
    assert rows('"I don\'t think the schools should ban them," Principal Ann Kelly said on Monday.',
                "Banning smartphones in schools") == {("Ann Kelly", -1)}  # (the same sentence: denied)
    assert rows("Councillor Sean Byrne said on Monday that the library could be saved if funding were found, but that "
                "he supported closing it.", "Closing the Eastfield library") == {("Sean Byrne", 1)}
    assert rows("Councillor Sean Byrne said on Monday he backed the campaign to keep rates low.",
                "Closing the Eastfield library") == {("Sean Byrne", 1)}
    assert rows("Councillor Sean Byrne said on Monday he backed the campaign to keep the unit as it is.",
                "Downgrading the maternity unit") == {("Sean Byrne", -1)}
    assert not rows("On Monday, Westbury City Council wants to consult residents on the stadium first.",
                    "Constructing a new stadium at Parkside")
    assert rows("Councillor Tom Reyes said on Monday the fee was too low, and should be raised.",
                "Raising the parking fee") == {("Tom Reyes", 1)}


def test_session_42_review_mends():
    """Session 41's review findings, mended in session 42: "would rather" weighs the topic's act, not its object (both
    parts name the pier); "should" and "must" make a verdict's subject only before "be <not an act>", "remain" or "stay";
    the body behind a ban opposes lifting it."""
    pier = "Demolishing the Brixham pier"
    assert _session_41_rows("Councillor Ann Hart said on Monday she would rather see the pier repaired than demolished.",
                            pier) == {("Ann Hart", -1, "2025-06-23")}
    assert _session_41_rows("Councillor Ann Hart said on Monday she would rather see the pier demolished than spend "
                            "another penny on it.", pier) == {("Ann Hart", 1, "2025-06-23")}  # (unchanged)
    assert _session_41_rows("Councillor Ann Hart said on Monday she would rather have an outright ban than a levy.",
                            "Banning disposable vapes") == {("Ann Hart", 1, "2025-06-23")}
    assert _session_41_rows("Councillor Ann Hart said on Monday the pier should be replaced with a modern, safer "
                            "structure.", pier) == {("Ann Hart", 1, "2025-06-23")}
    assert _session_41_rows("Councillor Ann Hart said on Monday the pier should remain a treasured landmark.",
                            pier) == {("Ann Hart", -1, "2025-06-23")}  # (a verdict on what the topic ends: unchanged)
    barred = "Jet skis have been barred from Lake Ard under a ban announced by Ardmore County Council in May 2024."
    assert _session_41_rows(barred, "Lifting the ban on jet skis at Lake Ard") == {("Ardmore County Council", -1, "2024-05-01")}
    assert _session_41_rows(barred, "Banning jet skis at Lake Ard") == {("Ardmore County Council", 1, "2024-05-01")}


def test_session_42_hdate():
    """Session 42, dates borrowed from the lead or a paragraph's opening: a lead's day that belongs to the decision
    the news follows from ("… after the trustees approved the loan on Monday", "rules announced by the government on
    Monday") is not the day of the words said about it, which keep the article's date; a paragraph opening on a body's
    endorsement ("… endorsed the ban last week") is a stance, not a scene whose day the next speaker shares. A lead
    whose own news is the day's (the trustees approved it on Monday) and a scene (owners packed the hall last week)
    still date what follows."""
    def rows(text, topic):
        got = extract_text(" date 2025-06-25\n\nHarbour Museum map to travel to Lisbon\n\n" + text, topic=topic).statements
        return {(a, int(s > 0) - int(s < 0), str(d)[:10]) for a, s, d in zip(got.actor, got.stance, got.date)}
    chart = "Lending the Harbour Museum's sea chart to Lisbon"
    quote = ("\n\n\"We fully support the loan, and the chart will travel in a sealed case,\" said Dr Ana Rocha, the "
             "museum's director.")
    assert rows("The Harbour Museum's oldest sea chart is going to a gallery in Lisbon after the museum's trustees "
                "approved the loan on Monday." + quote, chart) == {("Ana Rocha", 1, "2025-06-25")}
    assert rows("The Harbour Museum's oldest sea chart is going to a gallery in Lisbon under a loan agreement approved "
                "by the trustees on Monday." + quote, chart) == {("Ana Rocha", 1, "2025-06-25")}
    assert rows("All new shopping centres will have to include an accessible changing room under planning rules "
                "announced by the state government on Monday.\n\nDisability advocate Rhiannon Pike said the rule was "
                "\"a huge win\" and that she fully supported it.",
                "Requiring accessible changing rooms in shopping centres") == {("Rhiannon Pike", 1, "2025-06-25")}
    trucks = "Banning food trucks near restaurants"
    assert rows("A ban on food trucks near restaurants is before the council.\n\nThe restaurant owners' association "
                "endorsed the ban last week. Maria Costa, who owns a cafe on Main Street, said she backed the ban.",
                trucks) == {("Maria Costa", 1, "2025-06-25")}
    # a second report coordinated after a dated first one: the first report's time is its own
    assert ("Kelso Business Forum", -1, "2025-06-25") in rows(
        "A ban on food trucks near restaurants is before the council.\n\nMembers of the Main Street Traders' "
        "Association voted last week to oppose the ban, and Ann Doyle said the Kelso Business Forum was also against "
        "it.", trucks)
    # must not change: the lead's own news on its day, and a scene's day for the speaker in it, and a fronted time
    assert rows("A ban on food trucks near restaurants is before the council.\n\nLast week, Ann Doyle said the Kelso "
                "Business Forum was also against it.", trucks) == {("Kelso Business Forum", -1, "2025-06-16")}
    assert rows("The Harbour Museum's trustees on Monday approved the loan of its oldest sea chart to a gallery in "
                "Lisbon." + quote, chart) == {("Ana Rocha", 1, "2025-06-23")}
    assert rows("The Harbour Museum's trustees voted on Monday to lend its oldest sea chart to a gallery in Lisbon."
                + quote, chart) == {("Ana Rocha", 1, "2025-06-23")}
    assert rows("A ban on food trucks near restaurants is before the council.\n\nOwners packed the hall at City Hall "
                "last week. Maria Costa, who owns a cafe on Main Street, said she backed the ban.",
                trucks) == {("Maria Costa", 1, "2025-06-16")}


def test_session_42_hsign():
    """Session 42, the sign of a side whose rule should have fired: a court ruling that sets the topic aside makes
    "welcomed the ruling" a side against it; ending something free is a charging topic's own act ("voted to end free
    parking"), and backing what is free is against it; a motion's act is read as a vote's ("tabled a motion to freeze
    the fees", topic raising them); "I support X, just not here" is against X here; "has little choice" concedes it."""
    def rows(text, topic):
        got = extract_text(" date 2025-06-25\n\n" + text, topic=topic).statements
        return {(a, int(s > 0) - int(s < 0), str(d)[:10]) for a, s, d in zip(got.actor, got.stance, got.date)}
    assert ("Ridge Road Hauliers' Association", -1, "2025-06-23") in rows(
        "The Northern High Court on Monday set aside the city's policy of closing Ridge Road whenever ice is "
        "forecast.\n\nThe Ridge Road Hauliers' Association, which brought the case, welcomed the ruling.",
        "Closing Ridge Road whenever ice is forecast")
    got = rows("Kelby Town Council voted 6-3 last week to end free parking at the harbour.\n\nThe Kelby Traders' "
               "Association welcomed the decision on Monday.", "Charging for parking at Kelby harbour")
    assert {("Kelby Town Council", 1, "2025-06-16"), ("Kelby Traders' Association", 1, "2025-06-23")} <= got
    assert rows("Councillor Jo Park said on Monday she had sponsored the bylaw that made free parking at the harbour "
                "permanent.", "Charging for parking at Kelby harbour") == {("Jo Park", -1, "2025-06-23")}
    assert rows("Councillor Mary Doyle on Monday tabled a motion to freeze stall fees for two years.",
                "Raising Kelby market stall fees by 40 per cent") == {("Mary Doyle", -1, "2025-06-23")}
    assert rows('"I support new housing, just not here," Councillor Tom Reyes said on Monday.',
                "Building 300 homes on Kelby Green") == {("Tom Reyes", -1, "2025-06-23")}
    assert rows("Councillor Derek Hale said on Monday that the council has little choice.",
                "Cutting the Kelby gritting network") == {("Derek Hale", 1, "2025-06-23")}
    # must not change: backing the plan on a free term, a motion for the topic, support with no place refused, and
    # "no choice but to …" (what follows decides)
    assert rows('Councillor Phil Eady said on Monday he supported it "as long as there is free parking for carers".',
                "Charging for parking at Kelby harbour") == {("Phil Eady", 1, "2025-06-23")}
    assert rows("Councillor Mary Doyle on Monday tabled a motion to approve the new stall fees.",
                "Raising Kelby market stall fees by 40 per cent") == {("Mary Doyle", 1, "2025-06-23")}
    assert rows('"I support new housing on the green," Councillor Tom Reyes said on Monday.',
                "Building 300 homes on Kelby Green") == {("Tom Reyes", 1, "2025-06-23")}
    assert ("Derek Hale", 1, "2025-06-23") not in rows(
        "Councillor Derek Hale said on Monday that residents had no choice but to drive.",
        "Cutting the Kelby gritting network")


def test_session_42_hmiss():
    """Session 42, speakers never proposed: "Deputy Mayor Ilse Brandvik had told her she opposed it" is the
    teller's stance (her first name not known: not the one named before); "A spokesperson for X said the group
    opposed it" is X's; "The closure was first urged last month by X" is X asking for it."""
    def rows(text, topic):
        got = extract_text(" date 2025-06-25\n\n" + text, topic=topic).statements
        return {(a, int(s > 0) - int(s < 0), str(d)[:7]) for a, s, d in zip(got.actor, got.stance, got.date)}
    pool = "Closing the Elm Street swimming pool"
    assert rows("Curator Hannelore Pratt called the decision a mistake. She said Deputy Mayor Ilse Brandvik had "
                "told her she also opposed the closure.", pool) \
        == {("Hannelore Pratt", -1, "2025-06"), ("Ilse Brandvik", -1, "2025-06")}
    assert rows("A spokesperson for Swimmers United said the group opposed the closure.", pool) \
        == {("Swimmers United", -1, "2025-06")}
    assert rows("The closure was first urged last month by Dermot Quayle, a ratepayers' campaigner.", pool) \
        == {("Dermot Quayle", 1, "2025-05")}
    assert rows("The closure was resisted by Councillor Dermot Quayle.", pool) == {("Dermot Quayle", -1, "2025-06")}
    assert ("Tarn Valley Anglers", -1, "2025-06") in rows(
        "Farmer Ruth Okoye said the pool's closure would leave children nowhere to swim, and she opposed it. That "
        "concern is shared by Tarn Valley Anglers, a fishing club.", pool)
    # must not change: a man's name leaves "she" to the woman named before; being urged to act is no side; "said it";
    # a view shared by no one named takes no row
    assert rows("Councillor Ruth Okoye said she opposed the closure. Her view is shared by many in the town.", pool) \
        == {("Ruth Okoye", -1, "2025-06")}

    assert rows("Curator Hannelore Pratt spoke on Monday. She said Deputy Mayor Tom Brandvik had told her she also "
                "opposed the closure.", pool) == {("Hannelore Pratt", -1, "2025-06")}
    assert not rows("Residents were urged by the council to attend the meeting on the pool.", pool)
    assert rows("A spokesperson for Swimmers United said it opposed the closure.", pool) \
        == {("Swimmers United", -1, "2025-06")}


def test_session_43_hneutral():
    """Session 43, positions withheld: "no strong feelings either way", "not yet strong enough to recommend for or
    against", "would neither bless nor bury it", "no longer objected but would not support it either", "its position
    would depend on …", "would not say on Tuesday whether …", "had honestly not made up her mind", "had not landed on a
    position", "would give its view once …", "no preference as to the buyer", "had no comment on the proposal": no side,
    though the words hold "strong", "against", "not" or a side the question names."""
    def rows(text, topic):
        got = extract_text(" date 2025-06-25\n\n" + text, topic=topic).statements
        return {(a, int(s > 0) - int(s < 0), str(d)[:10]) for a, s, d in zip(got.actor, got.stance, got.date)}
    cams = "Installing speed cameras on Kelby high street"
    for said in ("she had no strong feelings either way",
                 "the evidence on speed cameras was not yet strong enough for her to recommend for or against them",
                 'she would "neither bless nor bury" the scheme until the hearings were over',
                 'she had "honestly not made up my mind" and wanted to hear both sides',
                 "the council had not landed on a position and was waiting for police advice",
                 "she would give her view once she had seen the accident figures",
                 "she had no preference as to the supplier and had no comment on the proposal",
                 "she would not judge whether the cameras were justified"):
        assert rows(f"Councillor Ruth Okoye said on Monday {said}.", cams) == {("Ruth Okoye", 0, "2025-06-23")}, said
    assert rows("Opposition spokesman Tom Reyes would not say on Monday whether a future council would go ahead "
                "with the cameras.", cams) == {("Tom Reyes", 0, "2025-06-23")}
    assert rows("The Kelby Cyclists' Club said on Monday it no longer objected but would not actively support the "
                "cameras either.", cams) == {("Kelby Cyclists' Club", 0, "2025-06-23")}
    assert rows("The Kelby Chamber of Trade said on Monday its position would depend on where the cameras went.",
                cams) == {("Kelby Chamber of Trade", 0, "2025-06-23")}
    assert rows("Kelby Motors on Monday declined to comment on the camera decision.", cams) \
        == {("Kelby Motors", 0, "2025-06-23")}
    # must not change: a side plainly taken, a refusal to say followed by a side, and others' decision with the
    # speaker's own case for it
    assert rows("Councillor Ruth Okoye said on Monday she had strong feelings against the cameras.", cams) \
        == {("Ruth Okoye", -1, "2025-06-23")}
    assert rows("Councillor Ruth Okoye said on Monday she would campaign against the cameras.", cams) \
        == {("Ruth Okoye", -1, "2025-06-23")}
    assert rows("Councillor Ruth Okoye said on Monday she would recommend against the cameras.", cams) \
        == {("Ruth Okoye", -1, "2025-06-23")}
    assert rows('"Councillors will decide at the budget meeting, and I will be making the case for the cameras '
                'then," Councillor Tom Reyes said on Monday.', cams) == {("Tom Reyes", 1, "2025-06-23")}


def test_session_43_hsign():
    """Session 43, wrong signs: what a topic ends is only its object ("Closing Mill Lane to cars during the school
    run" ends no school street), not an ending that is only the purpose of another act ("a levy to fund litter
    removal"); "fewer bins" is less of what goes; "but not at the expense of …" sets a price the topic asks; and a
    backer's reason ("because of its exemptions for dangerous trees") names a harm, not an objection."""
    def rows(text, topic):
        got = extract_text(" date 2025-06-25\n\n" + text, topic=topic).statements
        return {(a, int(s > 0) - int(s < 0), str(d)[:10]) for a, s, d in zip(got.actor, got.stance, got.date)}
    assert rows("The Dunmore Traders' Guild backed the levy on Monday.",
                "Introducing a levy to fund weekly litter removal in Dunmore") \
        == {("Dunmore Traders' Guild", 1, "2025-06-23")}
    assert rows("Safe Routes Dunmore on Monday called for school streets outside four more schools.",
                "Closing Mill Lane in Dunmore to cars during the school run") \
        == {("Safe Routes Dunmore", 1, "2025-06-23")}
    assert rows("Beach Clean Dunmore said on Monday it supported having fewer bins on the promenade.",
                "Removing litter bins from Dunmore promenade") == {("Beach Clean Dunmore", 1, "2025-06-23")}
    assert rows('"I want a safer junction, but not at the expense of every parking space on the street," '
                "shopkeeper Aoife Rourke said on Monday.",
                "Removing parking and building a roundabout at the Main Street junction") \
        == {("Aoife Rourke", -1, "2025-06-23")}
    assert rows("Councillor Ben Adeyemi said on Monday he would back the bylaw because of its exemptions for "
                "diseased and dangerous trees.", "Requiring permits to cut down large trees in Dunmore") \
        == {("Ben Adeyemi", 1, "2025-06-23")}
    # must not change: backing what a closure ends is still against it, keeping the bins still against removing them,
    # and a plain objection still an objection
    assert rows("Mill Lane Residents backed Mill Lane staying open on Monday.",
                "Closing Mill Lane in Dunmore to cars during the school run") \
        == {("Mill Lane Residents", -1, "2025-06-23")}
    assert rows("Beach Clean Dunmore said on Monday the council should keep the bins on the promenade.",
                "Removing litter bins from Dunmore promenade") == {("Beach Clean Dunmore", -1, "2025-06-23")}
    assert rows("The Dunmore Traders' Guild opposed the levy on Monday.",
                "Introducing a levy to fund weekly litter removal in Dunmore") \
        == {("Dunmore Traders' Guild", -1, "2025-06-23")}


def test_session_43_hdate():
    """Session 43, days that were not the statement's: a lead's day that belongs to a document or to proposals
    backed by someone else ("under proposals backed by the cabinet on Monday", "in the draft budget, released on
    Monday") is not given to the words said about them; a paragraph opening on a body's vote to oppose or support is
    that body's side, not a scene its spokesperson shares; "She now says" is the article's time; and "will charge …
    from January" is when a measure begins, not when it was decided. A lead whose own news is the day's, a scene
    (students packed a meeting) and a day after the verb still date the words."""
    def rows(text, topic):
        got = extract_text(" date 2025-06-25\n\nKelby news\n\n" + text, topic=topic).statements
        return {(a, int(s > 0) - int(s < 0), str(d)[:10]) for a, s, d in zip(got.actor, got.stance, got.date)}
    bags = "Charging 20p for plastic bags in Kelby"
    fee = "Charging students a $40 clean-up fee"
    assert rows("People who dump rubbish in Kelby could be fined £800 under proposals backed by the council's cabinet "
                "on Monday.\n\nCouncillor Owen Pryce, the cabinet member for the environment, said the bigger fine "
                "would \"finally make dumpers think twice\".",
                "Raising Kelby's fly-tipping fine to £800") == {("Owen Pryce", 1, "2025-06-25")}
    assert rows("Kelby's libraries would close on Saturdays under a cost-saving proposal in the council's draft "
                "budget, released on Monday.\n\nDeputy leader Carys Hume said she supported the change because every "
                "department had to find savings.", "Closing Kelby libraries on Saturdays") == {("Carys Hume", 1, "2025-06-25")}
    assert rows("Kelby will charge 20 pence for every plastic bag from January, after Kelby Town Council approved the "
                "charge by 12 votes to 5 on Monday.", bags) == {("Kelby Town Council", 1, "2025-06-23")}
    assert ("Sam Okoro", -1, "2025-06-25") in rows(
        "Students in Kelby would pay a $40 clean-up fee under a plan put to the college.\n\nThe Kelby Students' "
        "Union voted on Monday night to oppose the fee. Its president, Sam Okoro, said the fee was unfair.", fee)
    got = rows("A line of pylons across Kelby Vale is before the planning inspectors.\n\nKelby Town Council voted on "
               "Monday to lodge an objection. Its leader, Councillor Ann Lowe, backed the overhead route in 2022. She "
               "now says the pylons should not go ahead.", "Building pylons across Kelby Vale")
    assert {("Ann Lowe", 1, "2022-01-01"), ("Ann Lowe", -1, "2025-06-25")} <= got
    # must not change: the lead's own news on its day, a scene's day for the speaker in it, a day after the verb
    assert ("Owen Pryce", 1, "2025-06-23") in rows(
        "Kelby Town Council on Monday approved a 20 pence charge for every plastic bag.\n\n\"It is the right thing to "
        "do,\" said Councillor Owen Pryce, who proposed the charge.", bags)
    assert rows("Students in Kelby would pay a $40 clean-up fee under a plan put to the college.\n\nStudents packed a "
                "meeting in the college hall on Monday night. Sam Okoro, a second-year student, said the fee was "
                "unfair.", fee) == {("Sam Okoro", -1, "2025-06-23")}
    assert rows("Kelby will charge 20 pence for every plastic bag, Councillor Owen Pryce said from the council chamber "
                "on Monday, calling it overdue.", bags) == {("Owen Pryce", 1, "2025-06-23")}


def test_session_43_hbody():
    """Session 43, the body whose act the measure is: "under cost-cutting plans published by X on Monday", "under
    proposals backed by X's cabinet on Tuesday" (a hyphenated qualifier, "backed", a byelaw) are X's plan; a court
    that "rejected a challenge brought by shop owners" or "dismissed a developer's appeal against" a decision rules
    for the measure."""
    def rows(text, topic):
        got = extract_text(" date 2025-06-25\n\n" + text, topic=topic).statements
        return {(a, int(s > 0) - int(s < 0), str(d)[:10]) for a, s, d in zip(got.actor, got.stance, got.date)}
    routes = "Withdrawing the Kelby late-night ferry"
    assert ("Kelby Borough Council", 1, "2025-06-23") in rows(
        "The late-night ferry across the Kelby estuary would be withdrawn from September under cost-saving plans "
        "published by Kelby Borough Council on Monday.", routes)
    assert ("Harrowdale District Council", 1, "2025-06-24") in rows(
        "Dog walkers in Harrowdale could be fined £200 for leaving mess on pavements under a byelaw backed by "
        "Harrowdale District Council on Tuesday.", "Fining Harrowdale dog owners £200 for fouling")
    kiosks = "Banning late alcohol sales at Neustadt kiosks"
    assert ("Neustadt Administrative Court", 1, "2025-06-23") in rows(
        "Kiosks in Neustadt must stop selling alcohol at 10pm after the Neustadt Administrative Court on Monday "
        "rejected a challenge brought by three shop owners.", kiosks)
    # must not change: an undated plan in the lead is the story's background, not its owner's dated act; rejecting
    # the measure itself, or calls to scrap it, keeps its own side
    assert not any(a == "Kelby Borough Council" for a, _, _ in rows(
        "The late-night ferry across the Kelby estuary would be withdrawn under plans published by Kelby Borough "
        "Council.", routes))
    assert ("Neustadt Administrative Court", -1, "2025-06-23") in rows(
        "The Neustadt Administrative Court on Monday rejected the ban on late alcohol sales at kiosks.", kiosks)


def test_session_43_hmiss():
    """Session 43, speakers never proposed: a statement issued, with its words after ("issued a statement on
    Saturday calling the cut 'reckless'"); a petition launched or started, its side in what follows; a reported
    "was backing" (the tense back from "is backing"); and "cast the lone dissenting vote", a vote against."""
    def rows(text, topic):
        got = extract_text(" date 2025-06-25\n\n" + text, topic=topic).statements
        return {(a, int(s > 0) - int(s < 0), str(d)[:10]) for a, s, d in zip(got.actor, got.stance, got.date)}
    cut = "Cutting the Elm Street lifeguard posts"
    assert rows('The Lifeguards Union, which represents the staff, issued a statement on Monday calling the cut '
                '"reckless".', cut) == {("Lifeguards Union", -1, "2025-06-23")}
    assert rows("The Elm Street Swim Club launched a petition last week against the cut.", cut) \
        == {("Elm Street Swim Club", -1, "2025-06-16")}
    assert ("Harbour Ratepayers Association", 1, "2025-06-25") in rows(
        "Councillor Jo Park said she would vote for the cut. She said the Harbour Ratepayers Association was "
        "backing it too.", cut)
    assert rows("Councillor Dermot Quayle cast the committee's lone dissenting vote on Monday.", cut) \
        == {("Dermot Quayle", -1, "2025-06-23")}
    # must not change: "cast … as" is read by its words; the one who reports a body's backing keeps her own side
    assert rows("Councillor Dermot Quayle cast the plan as a mistake.", "Requiring owners to remove graffiti within "
                "72 hours") == {("Dermot Quayle", -1, "2025-06-25")}
    assert ("Jo Park", 1, "2025-06-25") in rows(
        "Councillor Jo Park said she would vote for the cut. She said the Harbour Ratepayers Association was "
        "backing it too.", cut)


def test_session_43_review_mends():
    """The session-43 review's counter-examples: each new rule kept to what it was for.  A topic led by an "-ing" noun
    ("Swimming pool closure") still ends something; a question withheld does not hide the side given after it; "no
    comment", "reviewing the plans" and "whatever" withhold only as whole phrases; a verdict sentence is sincere only
    when it is the whole quotation; an appeal against a refusal turned away is a ruling against; a reason ends at "and
    that"; "not at the expense of" opposes only a topic that takes something away; "who now believes" is no attribution
    of today; a date does not reach across a full stop; an amendment's mover is no backer of the measure."""
    def rows(text, topic="Closing the Kelby library"):
        got = extract_text(" date 2025-06-25\n\nKelby news\n\n" + text, topic=topic).statements
        return {(a, int(s > 0) - int(s < 0), str(d)[:10]) for a, s, d in zip(got.actor, got.stance, got.date)}
    assert rows("Councillor Ann Lowe said on Monday the council must keep the swimming pool open.",
                "Swimming pool closure in Eastbrook") == {("Ann Lowe", -1, "2025-06-23")}
    assert rows("Councillor Ann Lowe refused to say on Monday whether she had been consulted, calling the closure a "
                "disgrace.") == {("Ann Lowe", -1, "2025-06-23")}
    assert rows("Councillor Ann Lowe would not say on Monday whether the library should close.") \
        == {("Ann Lowe", 0, "2025-06-23")}  # (unchanged: the side withheld)
    assert rows("Councillor Ann Lowe said on Monday she had no comment on the timing but the closure was a disgrace.") \
        == {("Ann Lowe", -1, "2025-06-23")}
    assert rows("Councillor Ann Lowe said on Monday that after reviewing the plans she would fight the closure with "
                "everything she had.") == {("Ann Lowe", -1, "2025-06-23")}
    assert rows("Councillor Ann Lowe said on Monday that whatever the council claims, residents agreed the closure was "
                "a disaster.") == {("Ann Lowe", -1, "2025-06-23")}
    assert rows("Councillor Ann Lowe said on Monday she was still reviewing the plans.") == {("Ann Lowe", 0, "2025-06-23")}
    bags = "Charging 20p for plastic bags in Kelby"
    assert rows('"It\'s a great idea on paper. In practice it will drive shoppers away," said shopkeeper Ann Lowe.',
                bags) == {("Ann Lowe", -1, "2025-06-25")}
    assert rows("Councillor Ann Lowe said on Monday she had supported the closure only because she was misled, and that "
                "it was a terrible mistake.") == {("Ann Lowe", -1, "2025-06-23")}
    farm = "Building the Acme wind farm at Kelby Moor"
    assert rows("The High Court on Monday dismissed an appeal by Acme Energy against the refusal of its wind farm at "
                "Kelby Moor.", farm) == {("High Court", -1, "2025-06-23")}
    assert rows("The High Court on Monday dismissed an appeal by residents against the approval of the wind farm at "
                "Kelby Moor.", farm) == {("High Court", 1, "2025-06-23")}  # (unchanged: a challenge turned away)
    assert rows("Councillor Ann Lowe said on Monday she backed the pay rise for nurses, but not at the expense of other "
                "health services.", "Giving nurses a 5 percent pay rise") == {("Ann Lowe", 1, "2025-06-23")}
    assert rows('Councillors met on Monday. Tom Reyes, who now believes in compromise, said "the pylons must go '
                'ahead".', "Building pylons across Kelby Vale") == {("Tom Reyes", 1, "2025-06-23")}
    assert rows("The charge will start in autumn. Councillor Ann Lowe has opposed it from March 3, calling it a tax on "
                "the poor.", bags) == {("Ann Lowe", -1, "2025-03-03")}
    assert rows("Scooter hire firms would be exempt under an amendment tabled by Councillor Tom Reyes on Monday.",
                "Banning e-scooters in Kelby") == set()
    # a statement issued gives a side only from its words, never the learned part's guess at a notice of fact
    assert rows("Kelby Police issued a statement on Monday confirming that Kelby Road would close to traffic from "
                "Friday.", "Closing Kelby Road to traffic") == set()
    assert rows('The Kelby Library Staff Union issued a statement on Monday calling the closure "reckless".') \
        == {("Kelby Library Staff Union", -1, "2025-06-23")}  # (unchanged: the side in its words)
    # a titled person "of" a place's body with a lower-case head is that person; a body's name with "of" stays whole
    fine = "Raising the fly-tipping fine to £1,000"
    assert rows("Superintendent Colin Meyrick of Thornbury Vale police said on Monday that officers fully supported the "
                "higher fine.", fine) == {("Colin Meyrick", 1, "2025-06-23")}
    assert rows("The local Fraternal Order of Police lodge said on Monday that it opposes the higher fine.", fine) \
        == {("Fraternal Order of Police", -1, "2025-06-23")}
