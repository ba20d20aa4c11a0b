"""The learned stance guess for attributions with no stance word (stancetrack/learned.py)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from stancetrack import learned
from stancetrack.extract import extract_text

ROOT = Path(__file__).resolve().parent.parent

ARTICLE = """ date 2025-03-12

The council will vote next month on the plan to close Elm Street to cars.

Jo Parkes, who runs the bakery on the corner, said on Tuesday that the closure would drive away the customers she depends on and cost her business its regulars.

Councillor Amir Haddad said the street had seen eleven crashes in two years and that families deserved somewhere safe to walk.
"""


def test_a_cueless_statement_is_proposed_with_its_guess_flagged():
    got = extract_text(ARTICLE, topic="Closing Elm Street to cars").statements
    parkes = got[got["actor"] == "Jo Parkes"]
    assert len(parkes) == 1
    row = parkes.iloc[0]
    assert row["stance"] == -1  # losing customers and money: against the closure
    assert str(row["date"])[:10] == "2025-03-11"  # "on Tuesday", from the attribution
    assert "side guessed from the wording" in row["flags"] and "learned:" in row["cue"]
    assert row["confidence"] <= 0.5  # the weakest kind of proposal, below what a cue word gives
    assert ARTICLE[row["start"]:row["end"]] == row["quote"]


def test_without_the_model_the_rules_work_alone(monkeypatch):
    monkeypatch.setattr(learned, "model", lambda: None)
    got = extract_text(ARTICLE, topic="Closing Elm Street to cars").statements
    assert "Jo Parkes" not in set(got["actor"])
    assert "Amir Haddad" in set(got["actor"])  # judged by the rules, untouched


def test_a_speaker_the_rules_placed_gets_no_second_guess():
    text = ARTICLE + "\nParkes said she had lived on the street for thirty years and knew every neighbour by name.\n"
    got = extract_text(text, topic="Closing Elm Street to cars").statements
    assert (got["actor"] == "Jo Parkes").sum() == 1


def test_too_few_words_are_not_guessed():
    text = " date 2025-03-12\n\nThe council debated the Elm Street closure.\n\nItaly's embassy said nothing more.\n"
    got = extract_text(text, topic="Closing Elm Street to cars").statements
    assert not got["cue"].str.contains("learned").any() if len(got) else True


def test_a_speaker_quoted_on_facts_only_gets_no_guess():
    text = ARTICLE + ("\nTom Reyes, who manages the council's traffic data, said the street carried about 4,000 "
                      "vehicles a day, most of them delivery vans.\n")
    got = extract_text(text, topic="Closing Elm Street to cars").statements
    assert "Tom Reyes" not in set(got["actor"])
    assert "Jo Parkes" in set(got["actor"])  # her words do take a side


def test_the_no_side_class_withholds_a_guess_or_leaves_the_sides_to_share_the_rest():
    classes = learned.np.array([-1, 0, 1, learned.NO_STANCE])
    assert learned.sides_only(learned.np.array([0.1, 0.1, 0.1, 0.7]), classes) is None
    got = learned.sides_only(learned.np.array([0.3, 0.1, 0.1, 0.5]), classes)
    assert got.round(3).tolist() == [0.6, 0.2, 0.2, 0.0]  # as sure of "against" as if the words must take a side
    three = learned.np.array([0.5, 0.2, 0.3])
    assert learned.sides_only(three, learned.np.array([-1, 0, 1])) is three  # a model without the class


def test_model_reads_words_and_the_context_before():
    m = learned.model()
    assert m is not None and set(m.classes) == {-1, 0, 1, learned.NO_STANCE}
    sign, p, why = m.predict("the closure would drive away customers and cost businesses thousands", "")
    assert sign == -1 and 0 < p <= 1 and why
    assert learned.context_before("One.\n\nTwo three. Four", 17) == "\n\nTwo three. "


def test_predict_reads_the_sides_as_sides_only_does():
    """predict reads the four probabilities as plain floats (a speed-up): the same sign, probability (to the last
    bit) and words as through sides_only and numpy's argmax, on quotes that give each outcome."""
    m = learned.model()
    numpy_way = learned.StanceModel.__new__(learned.StanceModel)
    numpy_way.__dict__.update(m.__dict__)
    numpy_way._none = None  # the numpy path, kept for models without exactly one no-side class
    quotes = ["the closure would drive away customers and cost businesses thousands", "We back it fully.",
              "the number of units had tripled since 2015", "It is a disgrace and we will fight it",
              "Nobody learns better because of a blazer", "", "I am not sure what to think about it yet",
              "the survey received 1,200 responses"]  # (a fact: no side, for the model refit in session 33)
    contexts = ["", "The council met on Monday.", "Critics were furious. Supporters cheered."]
    outcomes = set()
    for q in quotes:
        for c in contexts:
            for topic in (None, "Closing Elm Street to cars"):
                got, want = m.predict(q, c, topic), numpy_way.predict(q, c, topic)
                assert got == want and [type(v) for v in got] == [type(v) for v in want]
                outcomes.add(got[0])
    assert learned.NO_STANCE in outcomes and len(outcomes) >= 3


@pytest.fixture(scope="module")
def trainer():
    """The training script and its examples, read once from the tuned articles (20 s) for the tests below."""
    pytest.importorskip("sklearn")
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import train_stance_model
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    return train_stance_model, train_stance_model.examples()


def test_shipped_model_is_what_the_tuned_gold_trains(trainer):
    """No hand edits: scripts/train_stance_model.py --check refits on the tuned articles and compares."""
    script, ex = trainer
    assert script.main(["--check"], ex=ex) == 0


def test_the_tuned_articles_hold_up_with_the_learned_part_held_out(trainer):
    """The tuned F1 with each fifth of the articles read by a model fitted without it (0.819 in session 16, against
    0.856 with the shipped model, which has seen them; 0.811 in session 19 on 642 articles, against 0.857; 0.795 at
    the start of session 21 on 802, against 0.842, and 0.799 at its end, against 0.845; 0.801 at the end of session 24
    on 1,042, against 0.851, each fifth alone 0.79-0.81; 0.805 at the end of session 25 on 1,122, against 0.854; 0.803
    at the end of session 26 on 1,202, against 0.852; 0.803 at the end of session 27 on 1,282, against 0.851; 0.809 at
    the end of session 28 on 1,362, against 0.861; 0.808 at the start of session 29 on 1,442, against 0.858, and 0.810
    at its end, against 0.861; 0.811 at the end of session 30 on 1,602, against 0.862; 0.812 at the end of session 31
    on 1,682, against 0.863; 0.810 at the end of session 32 on 1,922, against 0.859; 0.810 at the end of session 33 on
    2,082, against 0.858; 0.813 at the end of session 34 on 2,242, against 0.858; 0.814 at the end of session 35,
    against 0.859; 0.816 at the end of session 36 on 2,482, against 0.860; 0.821 at the end of session 37 on 2,562, against 0.865; 0.827 at the end of session 38 on 2,642, against 0.871; 0.830 at the end of session 39 on 2,722, against 0.873; 0.831 at the end of session 40 on 2,802, against 0.873; 0.835 at the end of session 41 on 2,882, against 0.877; 0.838 at the end of session 43 on 3,042, against 0.880): a change that makes the learned part memorise rather than generalise fails here.  One fifth is
    read (0.807 in session 25; two gave 0.803), not five, to keep the suite inside its time."""
    script, ex = trainer
    got = script.cross_validated_extraction(ex, folds=(0,))
    assert got["f1"] >= 0.79, got


def test_the_topics_own_words_are_masked():
    assert learned.mask_topic("They urged the council to keep fluoride in the water.", "Ending fluoridation") \
        == "They urged the council to keep topicword in the water."  # "fluori…" in both, whatever its ending
    assert learned.mask_topic("keep it", None) == "keep it"
    assert learned.mask_topic("The ban on cars", "The ban") == "The topicword on cars"  # "the" is no topic word


def test_an_unreadable_model_file_leaves_the_rules_alone(tmp_path, monkeypatch):
    bad = tmp_path / "stance_model.json"
    bad.write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(learned, "MODEL_PATH", bad)
    learned.model.cache_clear()
    try:
        assert learned.model() is None
        got = extract_text(ARTICLE, topic="Closing Elm Street to cars").statements
        assert "Amir Haddad" in set(got["actor"]) and "Jo Parkes" not in set(got["actor"])
    finally:
        learned.model.cache_clear()


def test_a_tone_felt_in_figures_is_no_side():
    """"… percent of gross wages" felt as against; the model reads the figures as taking no side."""
    text = (" date 2024-05-29\n\nThe cabinet backed the pension guarantee on Wednesday.\n\n"
            "Labour Minister Matthias Körner said the guarantee was \"a promise kept to every worker\".\n\n"
            "Lena Drescher, an economist at the Institute for Pension Research, tells us contributions are projected "
            "to rise from 18.6 percent of gross wages today to around 22.3 percent by 2035 if the guarantee holds.\n")
    got = extract_text(text, topic="Pension level guarantee").statements
    assert set(got["actor"]) == {"Matthias Körner"}
