"""Property: the extractor never raises on text, and every proposal points at its quote."""
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stancetrack.extract import extract_text

WORDS = ["said", "told reporters", "according to", "Minister", "Anna Berg", "he", "she", "they", '"', "“", "”",
         "'", "oppose", "supports", "does not", "on Tuesday", "in February", "2008", "Q3 2024", "but", ",", ".",
         "\n\n", "<script>alert(1)</script>", "NATO", "the U.S.", "Ukraine", "Schröder", "已经", "ça", "—"]

texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(WORDS), max_size=80).map(" ".join),
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.sampled_from([None, "2025-06-25", "1999-12-31"]))
def test_extractor_never_raises_and_spans_hold(text, published):
    res = extract_text(text, published=published)
    df = res.statements
    assert isinstance(res.messages, list)
    for row in df.itertuples():
        assert text[row.start:row.end] == row.quote
        assert -2 <= row.stance <= 2
        assert 0 <= row.confidence <= 1
    if len(df):
        assert pd.api.types.is_datetime64_any_dtype(df["date"])
        dated = df["date"].notna()
        assert df.loc[dated, "date_precision"].notna().all()  # a date always says how precise it is
        assert (df.loc[dated, "date_end"] >= df.loc[dated, "date"]).all()


# --- The factored (trie) alternations match exactly what the plain ones match ---
import re  # noqa: E402
from pathlib import Path  # noqa: E402

from stancetrack import extract as X  # noqa: E402
from stancetrack import extract_rules as R  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CORPUS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "eval").glob("*.txt"))]
CORPUS += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
CORPUS += [t.lower() for t in CORPUS]


def _spans(rx, text):
    return [(m.start(), m.end()) for m in rx.finditer(text)]


def test_every_lexicon_matches_as_its_plain_alternation():
    assert len(R.LEXICON_ALTERNATIVES) >= 5
    for alts in R.LEXICON_ALTERNATIVES:
        plain = re.compile(r"\b(?:" + "|".join(alts) + r")\b")
        trie = re.compile(r"\b(?:" + R.factor(alts) + r")\b")
        for text in CORPUS[::4]:  # a quarter of the articles (as written and lower-cased): 13 s for all of them
            assert _spans(plain, text) == _spans(trie, text), alts[:3]


def test_every_lexicon_matches_as_it_is_written():
    """Spelling out leading groups and lifting lookbehinds behind the first letter change no match."""
    assert len(R.LEXICON_SOURCES) == len(R.LEXICON_ALTERNATIVES) >= 5
    for written, alts in zip(R.LEXICON_SOURCES, R.LEXICON_ALTERNATIVES):
        plain = re.compile(r"\b(?:" + "|".join(written) + r")\b")
        trie = re.compile(r"\b(?:" + R.factor(alts) + r")\b")
        for text in CORPUS[1::4]:  # another quarter (see above)
            assert _spans(plain, text) == _spans(trie, text), written[:3]


def test_lookbehinds_are_lifted_behind_the_first_letter_and_match_the_same():
    assert R.lift_lookbehinds("(?<!bring )(?<!the )back") == "b(?<!bring b)(?<!the b)ack"
    assert R.lift_lookbehinds("(?:(?<=\\bis )|(?<=\\bare ))affordable") == "a(?:(?<=\\bis a)|(?<=\\bare a))ffordable"
    assert R.lift_lookbehinds("(?<!x)(?:a|b)") == "(?<!x)(?:a|b)"  # no literal after the guards: left as it is
    assert R.lift_lookbehinds("plain") == "plain"
    for alt in ("(?<!bring )(?<!the )back", "(?:(?<=\\bis )|(?<=\\bare ))affordable", "(?<!un)workable"):
        one, lifted = re.compile(r"\b(?:" + alt + r")\b"), re.compile(r"\b(?:" + R.lift_lookbehinds(alt) + r")\b")
        for text in ("we back it", "bring back the tram", "the back door", "it is affordable", "not affordable",
                     "unworkable", "a workable plan", "the backs"):
            assert _spans(one, text) == _spans(lifted, text), (alt, text)
    spelt = R.expand_lead("(?:restrict\\w*|take away) rights")
    assert spelt == ["restrict\\w* rights", "take away rights"]


def test_attribution_verbs_match_as_the_plain_alternation():
    """Every phrase found once in a sentence of its own; every eighth phrase and every 96th article (as written
    and lower-cased) matched as the plain alternation matches them: that reads 25,000 phrases at about 30 µs a
    character, so the whole list and every eighth article took two minutes (every sixteenth, 41 s; every fourth
    phrase and every 48th article 28 s in session 25, with 1,372 articles)."""
    plain_alt = "|".join(sorted((re.escape(k) for k in R.STANCE_VERBS), key=len, reverse=True)) + "|" + R.SAY_VERBS
    plain = re.compile(X._VERB.pattern.replace(X._STANCE_ALT, plain_alt, 1))
    assert plain.pattern != X._VERB.pattern
    phrases = sorted(R.STANCE_VERBS)
    every_phrase = "\n".join(f"Lee {k} it." for k in phrases)
    assert len(X._VERB.findall(every_phrase)) == len(R.STANCE_VERBS)
    for text in ["\n".join(f"Lee {k} it." for k in phrases[::8])] + CORPUS[::96]:
        assert [(m.span(), m.lastgroup) for m in plain.finditer(text)] == [(m.span(), m.lastgroup) for m in X._VERB.finditer(text)]


WORD = st.text(alphabet="ab -", min_size=0, max_size=5)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORD, min_size=1, max_size=12), st.text(alphabet="ab -,", max_size=120))
def test_factor_is_the_same_alternation(words, text):
    """Any order of overlapping words, empty ones included: same matches, leftmost-first kept."""
    alts = list(words)  # letters, spaces and hyphens are literals: no escaping, so factor() groups them
    plain = re.compile("(?:" + "|".join(alts) + r")(?![ab])")
    trie = re.compile("(?:" + R.factor(alts) + r")(?![ab])")
    assert _spans(plain, text) == _spans(trie, text)


def test_a_leading_group_of_words_is_spelt_out_and_matches_the_same():
    from stancetrack.extract_rules import expand_lead
    assert expand_lead("(?:would|will) (?:\\w+ )?harm") == ["would (?:\\w+ )?harm", "will (?:\\w+ )?harm"]
    assert expand_lead("(?:an |a direct )?attack on") == ["an attack on", "a direct attack on", "attack on"]
    assert expand_lead("(?:\\w+ )?x") == ["(?:\\w+ )?x"]  # not plain words: left as it is
    for alt in ("(?:would|will) (?:\\w+ )?harm", "(?:an |a direct )?attack on"):
        one = re.compile(r"\b(?:" + alt + r")\b")
        spelt = re.compile(r"\b(?:" + "|".join(expand_lead(alt)) + r")\b")
        for text in ("it would badly harm us", "a direct attack on them", "an attack on", "will harm", "attack on x"):
            assert [m.span() for m in one.finditer(text)] == [m.span() for m in spelt.finditer(text)]


def test_the_fast_word_start_of_the_lexicons_finds_what_a_word_boundary_finds():
    """CUES (one trie of the four lists) finds what the "\\b"-led form of the four lists finds on all the
    evaluation articles, whole and from positions."""
    import re
    from pathlib import Path

    from stancetrack import extract_rules as R

    texts = [p.read_text(encoding="utf-8").lower() for p in sorted((Path(__file__).parent / "eval").glob("*.txt"))]
    texts.append("he'd like to see it. she'll sign the bill. we'd sign it. i'm torn. they’re torn.")  # a review: cues
    start = r"(?:(?<!\w)(?=\w)|(?<=\w)(?=['’]))"
    assert R.CUES_BY_GROUP.pattern.startswith(start)  # that start test is the same as \b while every alternative
    cues = re.compile(r"\b" + R.CUES_BY_GROUP.pattern[len(start):])  # starts with a letter or an apostrophe
    for rx, plain in ((R.CUES, cues),):
        assert plain.pattern.startswith(r"\b")
        for text in texts:
            assert [m.span() for m in rx.finditer(text)] == [m.span() for m in plain.finditer(text)]
            for a in range(0, len(text), 157):  # from a position: the look-behinds see the text before it
                m1, m2 = rx.search(text, a, a + 200), plain.search(text, a, a + 200)
                assert (m1 and m1.span()) == (m2 and m2.span())


def test_the_merged_cue_trie_finds_what_the_four_groups_find():
    """CUES is one trie of the four cue lists in order; each match, and the list it is taken from (the first
    whose own pattern matches there), is what the pattern with one group per list finds."""
    texts = CORPUS + ["he'd like to see it. she'll sign the bill. we'd sign it. they won't back down."]
    for text in texts:
        text = text.lower()
        assert [(m.span(), R.cue_group(text, m.start())) for m in R.CUES.finditer(text)] == \
            [(m.span(), m.lastgroup) for m in R.CUES_BY_GROUP.finditer(text)]


def test_the_verb_finder_finds_what_the_verb_pattern_finds():
    """_verb_matches finds the places with a charset-led copy of _VERB, then matches _VERB there."""
    assert all(w[:1].isalpha() for w in X._VERB_WORDS)  # the word-start test is put behind each first letter
    for text in CORPUS + ['a letter urging, a "#" saying, Tom Hall: "No."', "x-said, mid-said it"]:
        assert [(m.span(), m.lastgroup, m.groups()) for m in X._verb_matches(text)] == \
            [(m.span(), m.lastgroup, m.groups()) for m in X._VERB.finditer(text)]


def test_the_verb_finder_skips_masked_quotations_without_losing_a_match():
    """_verb_at steps over the runs of '#' that mask a quotation: the same matches as a plain scan."""
    texts = [m for t in CORPUS[::8] if "########" in (m := X._mask(t, X._find_quotes(t)))]
    texts += ['#########, said Ann Lee. ##########said Tom. It was ##########, saying so',
              'He said ##########: ###########. ##########, ########## backed it ##########',
              '########## according to him ########## ; ##########, she said. ##########']
    for text in texts:
        for a in range(0, len(text), 401):
            assert [m.span() for m in X._verb_at(text, a)] == [m.span() for m in X._VERB_AT.finditer(text, a)]
        assert [(m.span(), m.lastgroup, m.groups()) for m in X._verb_matches(text)] == \
            [(m.span(), m.lastgroup, m.groups()) for m in X._VERB.finditer(text)]


def test_every_passive_stance_holds_one_of_its_gate_words():
    """_passive_stances searches only sentences holding one of _PASSIVE_WORDS: each word the pattern's groups
    can take holds one."""
    for group in ("verb", "noun", "from_noun", "group_noun"):
        alts = re.search(rf"\(\?P<{group}>([^()]*)\)", X._PASSIVE.pattern).group(1).split("|")
        for alt in alts:
            for word in {alt.replace("[Ss]", s).replace("[Bb]", b).replace("[Oo]", o).replace("[Cc]", c)
                         for s, b, o, c in (("S", "B", "O", "C"), ("s", "b", "o", "c"))}:
                assert X._has(word, X._PASSIVE_WORDS), word


def test_the_date_phrase_trie_matches_as_the_plain_alternation():
    plain = R._lc(R.DATE_PHRASE_SOURCE)
    assert R.DATE_PHRASE.pattern != plain.pattern
    for text in CORPUS + ["in may 2024 he said, last may, in may, may 3, on 3 may 2024, 12 days ago, the 2020s"]:
        assert _spans(plain, text) == _spans(R.DATE_PHRASE, text)
        for rx in (X._TRAIL_DATE, X._LEADING_DAY):  # built on it
            one = re.compile(rx.pattern.replace(R.DATE_PHRASE.pattern, plain.pattern))
            for a in range(0, len(text), 211):
                m1, m2 = one.search(text, a, a + 120), rx.search(text, a, a + 120)
                assert (m1 and m1.span()) == (m2 and m2.span())


def test_the_patterns_spelt_as_tries_match_as_written():
    """The patterns of extract.py rebuilt at its end (word_trie, class_led, space_led) find what they did."""
    assert X._PLAIN and all(getattr(X, n) is not rx for n, rx in X._PLAIN.items())  # each was rebuilt
    for name, plain in X._PLAIN.items():
        fast = getattr(X, name)
        for text in CORPUS:
            assert [(m.span(), m.groups()) for m in plain.finditer(text)] == \
                [(m.span(), m.groups()) for m in fast.finditer(text)], name
            for a in range(0, len(text), 173):  # from a position, up to an end: the look-behinds see before it
                m1, m2 = plain.search(text, a, a + 90), fast.search(text, a, a + 90)
                assert (m1 and (m1.span(), m1.groups())) == (m2 and (m2.span(), m2.groups())), name
                m1, m2 = plain.match(text, a), fast.match(text, a)
                assert (m1 and (m1.span(), m1.groups())) == (m2 and (m2.span(), m2.groups())), name


def test_module_level_names_are_defined_once():
    """A second ``_OFFICES = …`` far down extract.py silently replaced the first for every rule that read it (session
    21's final read): each module-level name of the extractor is assigned once."""
    import ast
    from collections import Counter
    for module in ("extract.py", "extract_rules.py"):
        tree = ast.parse((ROOT / "stancetrack" / module).read_text(encoding="utf-8"))
        names = Counter()
        for node in tree.body:
            if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                names[node.name] += 1
            targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
            names.update(t.id for t in targets if isinstance(t, ast.Name))
        assert [n for n, k in names.items() if k > 1 and n != "_name"] == [], module


def _gates_hold(piece: str, window: str) -> None:
    """Each cheap test passes where its search matches: ``piece`` as the text before a verb or a name, ``window``
    as a stretch searched."""
    assert X._cut_trail_adv(piece) == X._cut_end(X._TRAIL_ADV, piece, 160)
    low = X._low(window)
    assert X._has(low, X._ANAPHOR_WORDS) or X.ANAPHOR.search(low) is None
    assert X._has(window, X._LISTED_WORDS) or X._LISTED.search(window) is None
    for end in (piece.strip(), piece[-20:].strip()):
        assert (X._own_board(end) is None) == (X._OWN_BOARD.match(end) is None)
        assert end.endswith(X._GOVERNMENT_ENDS) or X._GOVERNMENT.fullmatch(end) is None
        assert end.rstrip().endswith(X._OFFICER_LAST) or X._ITS_OFFICER_SUBJECT.fullmatch(end) is None


def test_the_cheap_tests_before_a_search_skip_no_match():
    """The substring and last-word tests put before slow searches (a speed-up) pass wherever the search matches."""
    crafted = ["Tom Hall has since", "Ann Lee, who so far", "She previously  ", "X quietly", "Lee didn't", "Lee can’t",
               "The union's national president", "Its chief executive ", "the co-op's board", "The RMT union",
               "Germany's environment ministry", "the Foreign Office", "later that day", "the same hearing",
               "at the tıme", "the ſame week", "Iceland and Norway are against it", "France has yet to decide"]
    for text in crafted:
        _gates_hold(text, text)
    assert X._cut_trail_adv("Tom Hall has since") == "Tom Hall" and X._own_board("the co-op's board")
    assert X.ANAPHOR.search("at the tıme") and X._LISTED.search("Iceland and Norway are against it")
    for text in CORPUS[::3]:
        for a in range(0, len(text), 61):
            _gates_hold(text[max(0, a - 200):a + 1], text[a:a + 300])


def test_the_topic_index_finds_the_word_starts_a_word_boundary_finds():
    """_Topics._term_starts finds a term's word start from the character before it (a speed-up): the same starts
    as the word-boundary pattern, at the very start of a text too."""
    model = X._Topics(X._read_csv("topics.csv"), None)
    texts = [X._low(t) for t in CORPUS[::5]]
    texts += ["tariffs on the tariff", "tariff", " tariff", "-tariff x", "", "x", "ban ban-ban", "é tariff"]
    texts += [t[k:] for t in texts[:40] for k in (1, 7)]
    for text in texts:
        assert list(model._term_starts(text)) == [m.start() for m in model._starts.finditer(text)]
