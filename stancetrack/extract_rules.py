"""Cue lexicons and patterns for the rule-based statement extractor.

Everything here is data (compiled regexes and word sets); the logic that uses it
lives in :mod:`stancetrack.extract`.  The lexicon patterns are compiled for
lowercased text (see :func:`_lc`); callers lowercase once and match.
"""
from __future__ import annotations

import re
from typing import NamedTuple
from functools import lru_cache

from . import countries

I = re.IGNORECASE


def _lc(pattern: str, flags: int = 0) -> re.Pattern:
    """Compile a case-insensitive lexicon for *lowercased* text.

    Python's ``re.IGNORECASE`` makes these long alternations about five times
    slower, so the extractor lowercases each article once and matches these
    patterns without the flag.  Escapes (``\\S``, ``\\W``) keep their case.
    """
    return re.compile(_lower(pattern), flags & ~re.IGNORECASE)


def _lower(pattern: str) -> str:
    """The pattern with its letters lowercased, escapes (``\\S``, ``\\W``) kept as they are."""
    return re.sub(r"\\.|[A-Z]", lambda m: m.group() if len(m.group()) == 2 else m.group().lower(), pattern)


def _structure(pattern: str):
    """(index, character, group depth after it) for each "(", ")" and "|" of a regex fragment outside escapes
    and character classes: what ``split_top`` and ``_group_end`` read."""
    depth, in_class, i = 0, False, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch in "()|":
            depth += {"(": 1, ")": -1, "|": 0}[ch]
            yield i, ch, depth
        i += 1


def split_top(pattern: str) -> list[str]:
    """The top-level alternatives of a regex fragment (``|`` outside groups and classes)."""
    out, start = [], 0
    for i, ch, depth in _structure(pattern):
        if ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
    out.append(pattern[start:])
    return out


def factor(alternatives: list[str], depth: int = 0) -> str:
    """Alternatives grouped by their leading literal characters, as a trie.

    ``support|supports|sensible`` becomes ``s(?:upport(?:|s)|ensible)``: the
    regex engine then tests one first letter instead of every word, which makes
    the lexicons about twice as fast.  What matches is unchanged: the order of
    alternatives sharing a first letter is kept, and an alternative that does not
    start with a plain literal (an empty one, a group) is a barrier no other
    alternative moves across (``tests/test_extract.py`` compares both forms).
    """
    parts: list[str] = []
    groups: dict[str, list[str]] = {}

    def flush():
        for c, tails in groups.items():
            lit = re.escape(c) if c == " " else c
            if len(tails) == 1:
                parts.append(lit + tails[0])
            else:
                parts.append(lit + "(?:" + (factor(tails, depth + 1) if depth < 8 else "|".join(tails)) + ")")
        groups.clear()

    for a in alternatives:
        c = a[:1]
        if c and (c.isalnum() or c in " -'’") and not (len(a) > 1 and a[1] in "?*+{"):
            groups.setdefault(c, []).append(a[1:])
        else:
            flush()
            parts.append(a)
    flush()
    return "|".join(parts)


# --- Verbs that introduce speech ---------------------------------------------
# a short sentence of its own, read against the speaker before and told by the next: "The Boaters' Association
# disagrees. Its chair said on Friday …", "Residents see it differently."
CONTRARY_SUMMARIES = (
    {"disagrees", "disagree", "disagreed", "came down on the other side", "comes down on the other side",
     "has come down on the other side", "have come down on the other side"}
    | {f"{v} {o} differently" for v in ("sees", "see", "saw", "views", "view", "viewed") for o in ("it", "things", "this")}
)
# The stance of the speaker before ("has taken the same view", "raised similar concerns") or its opposite ("has
# taken the opposite view"): attribution verbs whose side _echoes in extract.py takes from the last other speaker.
SAME_VIEW_VERBS = (
    {f"{v} {d} {w}" for v in ("took", "takes", "has taken", "have taken", "had taken")
     for d in ("the same", "a similar", "the opposite", "the contrary", "an opposing", "a different", "a very different",
               "a sharply different", "a markedly different", "a starkly different", "a rather different")
     for w in ("view", "position", "line", "stance")}
    | {f"{v} similar {w}" for v in ("raised", "voiced", "expressed", "has raised", "have raised")
       for w in ("concerns", "objections", "doubts", "misgivings")}
    | {f"{v} {d} {w}" for v in ("made", "makes", "has made", "have made", "pressed", "presses", "pushed", "repeated",
                                  "echoed")
       for d in ("a similar", "the same", "essentially the same", "much the same", "largely the same", "broadly the same")
       for w in ("case", "point", "argument")}
    | {"followed suit", "follows suit", "has followed suit", "have followed suit", "had followed suit"}
    | CONTRARY_SUMMARIES
)
# A doubt that what follows will happen or holds: its side is the opposite of what follows ("does not believe the cap
# will work"), or against the plan when what follows is only what the plan promises ("doubts the scheme will speed
# up rollout")
DOUBT_VERBS = (
    {f"{aux} {v}" for aux in ("does not", "doesn't", "doesn’t", "did not", "didn't", "didn’t")
     for v in ("believe", "think")}
    | {f"{v} {c}" for v in ("doubts", "doubted") for c in ("that", "whether")}
)
CONTRARY_VIEW_WORDS = ("the opposite", "the contrary", "an opposing", "different", "disagree", "other side")
SAY_VERBS = (
    "said|says|say|told|tells|tell|added|adds|stated|states|noted|notes|argued|argues|argue|"
    "insisted|insists|stressed|stresses|warned|warns|claimed|claims|explained|explains|wrote|writes|"
    "announced|announces|declared|declares|asserted|maintained|maintains|contended|countered|replied|"
    "responded|acknowledged|admitted|conceded|predicted|suggested|suggests|believes|believed|"
    "concedes|admits|acknowledges|contends|asserts|predicts|concludes|cautions|complains|"
    "cautioned|complained|emphasised|emphasized|remarked|observed|commented|tweeted|posted|"
    "recalled|concluded|reiterated|repeated|confirmed|signalled|signaled|indicated|promised|pledged|vowed|"
    "was quoted as saying|were quoted as saying|is quoted as saying|urged|demanded|agreed|disagreed|thinks|testified|testifies|assured|assures|reassured|written|estimated|estimates|"
    + "|".join(sorted(DOUBT_VERBS, key=len, reverse=True)) + "|"
    "recommended|recommends|advised|advises|echoed|echoes|struck a similar note|struck the same note|sounded a similar note|"
    # a verdict asked for: "had a one-word verdict: 'Finally.'", "answered in one word", "'Brilliant,' was the verdict of"
    "had a one-word verdict|gave a one-word verdict|had a two-word verdict|gave a two-word verdict|had a blunt verdict|"
    "answered in one word|replied in one word|had one word for it|had one word for the plan|had one word for the idea|"
    "had one word for the proposal|had one word for the scheme|was the verdict of|"
    # "Grace Lin, who owns a bar, had a one-word reaction: 'Finally.'", "…, put it simply: 'About time.'", "summed up
    # the mood in one word: 'Disgraceful.'", "had two words for the plan: 'Pure madness.'" (a who-clause between)
    + "".join(f"{v} a {n}-word {w}|" for v in ("had", "gave") for n in ("one", "two")
              for w in ("reaction", "answer", "response", "verdict on the plan", "answer when asked", "reply"))
    + "".join(f"{v} it {how}|" for v in ("put", "puts")
              for how in ("simply", "more simply", "plainly", "more plainly", "bluntly", "more bluntly", "this way",
                          "briefly", "more briefly", "succinctly", "more succinctly", "in one word", "in two words"))
    + "".join(f"had {n} words for {o}|" for n in ("two", "three")
              for o in ("it", "the plan", "the proposal", "the idea", "the scheme", "the ban", "the rule", "the decision"))
    + "".join(f"summed up {o} in one word|" for o in ("the mood", "her view", "his view", "their view", "her own view",
                                                       "his own view", "the plan", "the proposal", "it"))
    + "summed it up in one word|summed it up in two words|"
    "made clear|made it clear|makes clear|makes it clear|has made clear|has made it clear|"
    # "sent a letter to council members last week urging them to reject it" (dated and read as "wrote to")
    "sent a letter|sent letters|has sent a letter|sent a submission|"
    # "issued a statement on Saturday calling the proposal 'reckless'": the statement's words give the side
    + "".join(f"{aux}{verb} {det} statement|" for aux in ("", "has ", "have ", "had ")
              for verb in ("issued", "released", "put out", "published") for det in ("a", "a joint", "a short"))
    # "has lodged a submission opposing any council contribution", "sent commissioners a letter supporting the ordinance"
    + "".join(f"{aux}{verb} a submission|" for aux in ("", "has ", "have ", "had ") for verb in ("lodged", "filed", "made"))
    + "".join(f"sent {whom} a letter|" for whom in ("commissioners", "councillors", "councilors", "council members",
                                                   "lawmakers", "legislators", "MPs", "ministers", "the council",
                                                   "the minister", "the mayor", "the board", "the committee"))
    +
    # "has just informed the house that she will vote against it"
    "has informed|have informed|had informed|has just informed|"  # not "… has informed the council's view": extract.py
    + "".join(f"{aux}informed {d} {w}|" for aux in ("", "has ", "have ", "had ", "has just ")
              for d in ("the", "its", "his", "her", "their")
              for w in ("house", "committee", "council", "chamber", "assembly", "board", "meeting", "parliament", "senate",
                        "court", "members", "minister", "House", "Committee", "Council", "Chamber", "Assembly", "Board",
                        "Parliament", "Senate", "Court", "Dáil", "Bundestag", "Knesset", "Lok Sabha"))
    # the petition's words give the side: "delivered a petition with 3,000 signatures supporting the lanes"
    + "delivered a petition|handed in a petition|submitted a petition|presented a petition|has delivered a petition|"
    # … and so do those of one started: "launched a petition last week calling for the bus to be saved"
    + "".join(f"{aux}{verb} {det} petition|" for aux in ("", "has ", "have ", "had ")
              for verb in ("launched", "started", "organised", "organized", "set up", "circulated")
              for det in ("a", "an online"))
    + "|".join(sorted(SAME_VIEW_VERBS))
    # "had already made its feelings plain in a letter sent … last week, warning that …"
    + "|" + "|".join(sorted({f"{aux}made {p} {w} {how}" for aux in ("", "has ", "had ", "have ", "had already ", "has already ")
                             for p in ("its", "his", "her", "their") for w in ("feelings", "view", "views", "position")
                             for how in ("plain", "clear", "known")}, key=len, reverse=True))
)
# ", dismissing the motion as …", ", backing it on Monday": a side in the participle itself (branding: by its words)
PARTICIPLE_STANCE: dict[str, tuple[int, int]] = {
    **dict.fromkeys(("dismissing", "rejecting", "condemning", "denouncing", "criticising", "criticizing", "opposing",
                     "slamming", "attacking", "deriding", "ridiculing", "mocking", "lambasting", "decrying"), (-1, 1)),
    **dict.fromkeys(("backing", "welcoming", "endorsing", "praising", "defending", "hailing", "applauding", "championing"),
                    (1, 1))}
# "spent the weekend dismissing the idea as …", "has spent the past week attacking it": the time, then the side
_SPENT = {f"{aux}spent {period} {part}": pol for aux in ("", "has ")
          for period in ("the weekend", "last week", "this week", "the past week", "months", "weeks")
          for part, pol in PARTICIPLE_STANCE.items()}  # (each phrase is an alternative of the verb pattern: few)
SAY_PARTICIPLES = (
    "saying|arguing|warning|telling|insisting|adding|noting|stressing|claiming|explaining|"
    "writing|calling|describing|urging|suggesting|predicting|acknowledging|declaring|advising|recommending|"
    "reasoning|contending|asserting|complaining|cautioning|countering|branding|labelling|labeling|"
    "characterising|characterizing|portraying|framing|posting|reiterating|accusing|demanding|"
    + "|".join(sorted(PARTICIPLE_STANCE))
)
# a body's aim, its own act: read only when the act is the topic's ("Marrick City Council wants to cull up to 400
# ibis", topic culling them; see _AIM_ACT in extract.py)
AIM_VERBS = ("wants to", "intends to", "will seek permission to", "will seek planning permission to")
# Verbs that are a stance in themselves: label -> (polarity, strength).
STANCE_VERBS: dict[str, tuple[int, int]] = {
    "endorsed": (1, 1), "endorses": (1, 1), "endorse": (1, 1),
    "backed": (1, 1), "backs": (1, 1),
    "supported": (1, 1), "supports": (1, 1),
    "welcomed": (1, 1), "welcomes": (1, 1),
    "praised": (1, 1), "praises": (1, 1),
    "hailed": (1, 2), "hails": (1, 2),
    "applauded": (1, 1), "championed": (1, 1), "champions": (1, 1),
    "defended": (1, 1), "defends": (1, 1),
    "approved": (1, 1), "approves": (1, 1),
    # "Strathallan Council's planning committee has granted listed building consent for the relocation": the
    # body that grants the permit decides for the plan (not a bare "granted": "Ann Lee said the council had granted
    # permission for the depot, and the plan was reckless" is her report)
    **{f"{aux}granted {kind}{n}": (1, 1) for aux in ("has ", "have ")
       for kind in ("", "planning ", "full planning ", "outline planning ", "listed building ")
       for n in ("permission", "consent")},
    "called for": (1, 1), "calls for": (1, 1), "pushed for": (1, 1), "pushes for": (1, 1),
    "pressed for": (1, 1), "presses for": (1, 1), "has pressed for": (1, 1), "had pressed for": (1, 1),
    "advocated": (1, 1), "advocated for": (1, 1), "pushed back against": (-1, 1),  # not "advocates": a noun
    **{f"renewed {p} call{n}": (1, 1) for p in ("its", "his", "her", "their") for n in ("", "s")},
    "renewed calls": (1, 1), "renewed calls for": (1, 1),
    # "The United States has made its opposition plain", "The Civic Society lodged a formal objection in October"
    **{f"{v} {p} opposition {w}": (-1, 1) for v in ("made", "makes", "has made", "have made")
       for p in ("its", "his", "her", "their") for w in ("plain", "clear", "known")},
    **{f"{v} {a}objection": (-1, 1) for v in ("lodged", "lodges", "has lodged", "have lodged", "filed", "has filed",
                                                 "submitted", "has submitted", "have submitted")  # "submitted a formal
       for a in ("an ", "a formal ", "a ", "an official ", "a written ")},  # objection last week"
    **{f"{v} {p} {o}letter of support": (1, 1) for v in ("handed in", "sent", "submitted", "has submitted")
       for p in ("its", "his", "her", "their", "a") for o in ("", "own ")},
    # "reiterated its opposition in evidence to the committee", "first set out its objections in 2021"
    **{f"{v} {p} {w}": (pol, 1) for v in ("reiterated", "reiterates", "has reiterated", "restated", "restates",
                                          "has restated", "repeated", "repeats", "set out", "sets out", "has set out",
                                          "reaffirmed", "reaffirms", "has reaffirmed", "renewed", "has renewed")
       for p in ("its", "his", "her", "their") for w, pol in (("opposition", -1), ("objections", -1),
                                                              ("support", 1), ("backing", 1))},
    # "He now counts himself among its supporters"
    **{f"{v} {r} among {o} {w}": (pol, 1) for v in ("counts", "counted", "now counts")
       for r in ("himself", "herself", "itself", "themselves") for o in ("its", "the plan's", "the proposal's")
       for w, pol in (("supporters", 1), ("backers", 1), ("champions", 1), ("critics", -1), ("opponents", -1),
                      ("detractors", -1))},
    **{f"{v} {a} for": (1, 1) for v in ("called", "calls", "has called", "had called")
       for a in ("publicly", "openly", "repeatedly", "loudly")},  # "Amsel called publicly for a legal cap"
    **{f"{v} {d}protests against": (-1, 1) for v in ("led", "leads", "has led", "organised", "organized")
       for d in ("", "the ")},  # "led protests against an earlier attempt"
    "campaigned for": (1, 1), "campaigns for": (1, 1), "voted for": (1, 1),
    "lobbied for": (1, 1), "argued for": (1, 1), "argues for": (1, 1),
    "opposed": (-1, 1), "opposes": (-1, 1),
    "rejected": (-1, 1), "rejects": (-1, 1),
    "criticised": (-1, 1), "criticized": (-1, 1), "criticises": (-1, 1), "criticizes": (-1, 1),
    "condemned": (-1, 2), "condemns": (-1, 2),
    "denounced": (-1, 2), "denounces": (-1, 2),
    "slammed": (-1, 2), "slams": (-1, 2), "blasted": (-1, 2), "lambasted": (-1, 2),
    "dismissed": (-1, 1), "dismisses": (-1, 1), "ruled out": (-1, 1), "rules out": (-1, 1),
    "mocked": (-1, 1), "mocks": (-1, 1), "ridiculed": (-1, 1), "derided": (-1, 1), "scoffed at": (-1, 1),
    "accused": (-1, 1), "accuses": (-1, 1),
    "led a campaign against": (-1, 1), "led the campaign against": (-1, 1), "led a campaign for": (1, 1),
    "led the campaign for": (1, 1), "led the opposition to": (-1, 1), "led opposition to": (-1, 1),
    "has led the opposition to": (-1, 1), "led the fight against": (-1, 1), "led the fight for": (1, 1),
    "has led the fight against": (-1, 1),
    # "The National Road Freight Council isn't buying it"
    **dict.fromkeys((f"{aux} buying it" for aux in ("isn't", "isn’t", "is not", "aren't", "aren’t", "are not",
                                                    "wasn't", "wasn’t", "was not")), (-1, 1)),
    "attacked": (-1, 1),
    # "used a debate on Wednesday to tear into the plan", "laid into the proposal"
    **dict.fromkeys(("tore into", "tears into", "tear into", "tearing into", "laid into", "lays into",
                     "has torn into", "has laid into"), (-1, 1)),
    # "lodged a challenge to the new text before the Conseil d'État in July"
    **{f"{aux}{v} a {legal}challenge {p}": (-1, 1) for aux in ("", "has ", "have ", "had ")
       for v in ("lodged", "filed", "mounted", "launched", "brought") for legal in ("", "legal ", "court ")
       for p in ("to", "against")}, "voted": (0, 0), "votes": (0, 0),
    **dict.fromkeys(AIM_VERBS, (0, 0)), "questioned": (-1, 1), "vetoed": (-1, 2), "blocked": (-1, 1),
    "warned against": (-1, 1), "warns against": (-1, 1),
    "campaigned against": (-1, 1), "campaigns against": (-1, 1), "voted against": (-1, 1),
    "argued against": (-1, 1), "argues against": (-1, 1), "spoke out against": (-1, 1), "spoke against": (-1, 1),
    "spoke in favour of": (1, 1), "spoke in favor of": (1, 1), "spoke out in favour of": (1, 1),
    "spoke out in favor of": (1, 1),
    "spoke in favour": (1, 1), "spoke in favor": (1, 1),  # "… spoke in favor at Tuesday's meeting"
    "seconded the motion": (1, 1), "seconded the proposal": (1, 1),  # the motion before the meeting: the topic's
    "lobbied against": (-1, 1), "protested against": (-1, 1),
    "turned against": (-1, 1), "turns against": (-1, 1), "turned firmly against": (-1, 2),  # "has since turned against it"
    "come out against": (-1, 1), "come out firmly against": (-1, 2), "come out strongly against": (-1, 2),
    "come out in favour of": (1, 1), "come out in favor of": (1, 1), "come out in support of": (1, 1),
    "threw her weight behind": (1, 1), "threw his weight behind": (1, 1), "threw its weight behind": (1, 1),
    "threw their weight behind": (1, 1), "have thrown their weight behind": (1, 1), "has thrown its weight behind": (1, 1),
    # "put its weight behind the proposal in March", "led the charge against the idea"
    **{f"{v} {p} {full}weight behind": (1, 1) for v in ("put", "puts", "has put", "have put", "had put")
       for p in ("its", "his", "her", "their") for full in ("", "full ")},
    **{f"{v} the charge {side}": (pol, 1) for v in ("led", "leads", "has led", "is leading", "was leading")
       for side, pol in (("against", -1), ("for", 1))},
    **{f"{v} to fight": (-1, 1) for v in ("resolved", "voted", "has resolved", "pledged", "has pledged")},
    **{f"{v} to fight for": (1, 1) for v in ("resolved", "voted", "has resolved", "pledged", "has pledged")},
    # "which last week launched an online campaign against the funding", "has mounted a vigorous campaign against it"
    **{f"{v} {a} {adj}campaign {side}": (pol, 1)
       for v in ("launched", "launches", "has launched", "have launched", "had launched", "mounted", "has mounted",
                 "have mounted", "started", "began", "waged", "has waged")
       for a in ("a", "an", "its", "their") for adj in ("", "online ", "legal ", "public ", "national ", "advertising ",
                                                         "social media ", "grassroots ", "petition ", "poster ",
                                                         "vigorous ", "fierce ", "sustained ", "concerted ", "vocal ",
                                                         "aggressive ", "determined ")
       for side, pol in (("against", -1), ("for", 1), ("in support of", 1), ("in favour of", 1), ("to stop", -1),
                         ("to block", -1))},
    # "The central bank also sounded a note of caution"
    **{f"{aux}{v} {n}": (-1, 1) for aux in ("", "has ", "have ", "had ") for v in ("sounded", "struck")
       for n in ("a note of caution", "a cautious note", "a warning note", "a sceptical note", "a skeptical note")},
    "came out against": (-1, 1), "came out firmly against": (-1, 2), "came out strongly against": (-1, 2),
    "came out in favour of": (1, 1), "came out in favor of": (1, 1), "came out in support of": (1, 1),
    "came out in support": (1, 1), "came out in favour": (1, 1), "came out in favor": (1, 1),  # "… in support last week"
    "come out in support": (1, 1), "come out in favour": (1, 1), "come out in favor": (1, 1),
    "came out firmly in favour of": (1, 2), "came out strongly in favour of": (1, 2), "came out strongly in favor of": (1, 2),
    "has not taken sides": (0, 0), "has not taken a side": (0, 0), "have not taken a side": (0, 0), "has avoided taking sides": (0, 0), "was noncommittal": (0, 0), "was non-committal": (0, 0),
    # "Argentina has so far avoided taking sides", "The Commission has so far avoided taking a position"
    **{f"{h}{f}avoided taking {o}": (0, 0) for h in ("has ", "have ") for f in ("so far ", "")
       for o in ("sides", "a side", "a position", "a stance", "a view")} | {"has avoided taking sides": (0, 0)},
    "testified against": (-1, 1), "testified in favor of": (1, 1), "testified in favour of": (1, 1),
    "has since changed course": (0, 0), "changed course": (0, 0), "reversed course": (0, 0), "has reversed course": (0, 0),
    **{f"{v}{w} sides": (0, 0) for v in ("has ", "have ", "had ", "has since ", "") for w in ("switched", "changed")},
    **{f"{v} {o} differently": (0, 0) for v in ("now sees", "now see") for o in ("it", "things")},
    "has since softened": (0, 0), "have since softened": (0, 0),  # "He has since softened considerably": a change
    **{f"{v} the opposite {w}": (0, 0) for v in ("now takes", "has since taken", "now holds")
       for w in ("view", "position", "stance", "line")},  # "He now takes the opposite view": a reversal
    "softened his position": (0, 0), "softened her position": (0, 0), "softened its position": (0, 0),
    "has not taken a position": (0, 0), "have not taken a position": (0, 0),
    "has yet to take a position": (0, 0), "have yet to take a position": (0, 0),
    "has not yet taken a position": (0, 0), "has not taken a stance": (0, 0),
    "declined to comment": (0, 0), "declined to say": (0, 0), "refused to say": (0, 0),
    "declined repeatedly to say": (0, 0), "repeatedly declined to say": (0, 0), "refused repeatedly to say": (0, 0),
    "would not say": (0, 0), "did not say": (0, 0),
    "could not yet say": (0, 0), "couldn't yet say": (0, 0), "abstained": (0, 0), "abstains": (0, 0),
    "called": (0, 0), "calls": (0, 0), "described": (0, 0), "describes": (0, 0),
    "branded": (0, 0), "brands": (0, 0), "labelled": (0, 0), "labeled": (0, 0),
    # "cast it as the only realistic way", "casting the cap as an incumbent-protection racket": the words decide
    **{f"{v} {o} as": (0, 0) for v in ("cast", "casts", "casting", "has cast")
       for o in ("it", "them", "the plan", "the proposal", "the bill", "the scheme", "the cap", "the ban", "the levy",
                 "the tax", "the measure", "the move", "the reform", "the change", "the idea", "the policy")},
    "joined the opposition": (-1, 1), "have joined the opposition": (-1, 1), "has joined the opposition": (-1, 1),
    "joined opponents": (-1, 1), "joined critics": (-1, 1),
    "objected": (-1, 1), "objected to": (-1, 1), "objects to": (-1, 1),
    "signed a petition against": (-1, 1), "petitioned against": (-1, 1), "cautioned against": (-1, 1),
    **{f"signed {d} {w} {p}": (pol, 1) for d in ("a", "the", "an open", "the open", "a joint")
       for w in ("petition", "letter") for p, pol in (("against", -1), ("opposing", -1), ("supporting", 1),
                                                        ("backing", 1), ("in support of", 1),
                                                        ("in favour of", 1), ("in favor of", 1))},
    # "She has since come to oppose it"
    **{f"{aux}{adv}come to {v}": (pol, 1) for aux in ("has ", "have ", "had ") for adv in ("", "since ", "now ")
       for v, pol in (("oppose", -1), ("reject", -1), ("support", 1), ("back", 1), ("accept", 1), ("favour", 1),
                      ("favor", 1))},
    # "In 2022, he sponsored a resolution opposing any transfer of park land"
    **{f"{v} {d} {w} {p}": (pol, 1)
       for v in ("sponsored", "co-sponsored", "moved", "backed", "supported", "signed", "co-signed", "put his name to",
                 "put her name to")  # (the proposer's verbs have their own rule)
       for w in ("resolution", "motion", "petition", "letter", "amendment", "Senate resolution", "council motion",
                 "backbench letter", "open letter")
       for d in ("an" if w[0] in "aeiou" else "a", "the")
       for p, pol in (("against", -1), ("opposing", -1), ("supporting", 1), ("backing", 1), ("in support of", 1),
                      ("in favour of", 1), ("in favor of", 1), ("welcoming", 1), ("condemning", -1), ("rejecting", -1), ("denouncing", -1))},
    **{f"{v} {d} campaign {p}": (pol, 1) for v in ("is leading", "are leading", "has led", "have led", "leads")
       for d in ("a", "the") for p, pol in (("against", -1), ("for", 1))},
    "voiced opposition to": (-1, 1), "expressed opposition to": (-1, 1), "raised objections to": (-1, 1),
    "voiced support for": (1, 1), "expressed support for": (1, 1), "signed a petition for": (1, 1),
    # "… also voiced opposition on Tuesday": the opposition of the sentence before, with no object of its own
    **{f"{v} {d}opposition": (-1, 1) for v in ("voiced", "expressed") for d in ("", "its ", "their ", "his ", "her ")},
    "fought for": (1, 1), "fought against": (-1, 1),
    "come round to": (1, 1), "came round to": (1, 1), "come around to": (1, 1), "came around to": (1, 1),
    **{f"{aux}{verb} {poss} {what} behind": (1, 1) for aux, verb in (("", "threw"), ("has ", "thrown"), ("have ", "thrown"),
                                                                    ("had ", "thrown"), ("", "throws"))
       for poss in ("his", "her", "its", "their") for what in ("weight", "support", "full weight", "full support")},
    **{f"{v} to {act}": (-1, 1) for v in ("vowed", "vows", "pledged", "pledges", "promised", "promises", "threatened",
                                          "threatens", "has threatened", "have threatened")
       for act in ("fight", "block", "oppose", "resist", "challenge")},
    **{f"{v} {c} {p}": (-1, 1) for v in ("voiced", "raised", "expressed", "has raised", "has voiced", "has expressed")
       for c in ("concerns", "concern", "serious concerns", "doubts", "misgivings", "reservations") for p in ("about", "over")},
    # "voiced reservations in a radio interview in July, saying …" (reservations: of the plan in the story)
    **{f"{v} {c}": (-1, 1) for v in ("voiced", "expressed", "has voiced", "has expressed")
       for c in ("reservations", "misgivings", "serious reservations", "strong reservations")},
    **{f"{aux}{v} {poss} {what} to": (1, 1) for aux, v in (("", "gave"), ("", "gives"), ("has ", "given"), ("have ", "given"),
                                                           ("", "lent"), ("", "lends"), ("has ", "lent"), ("have ", "lent"))
       for poss in ("his", "her", "its", "their") for what in ("backing", "support", "full backing", "full support",
                                                               "unanimous backing", "unanimous support",  # "Llanfair Town
                                                               "strong backing", "strong support")},  # Council gave its
    # unanimous support to the bid at a meeting on 10 June"
    **{f"{aux}{v} {obj} {poss} {what}": (1, 1) for aux, v in (("", "gave"), ("", "gives"), ("has ", "given"), ("have ", "given"))
       for obj in ("it", "the plan", "the bill", "the proposal", "the measure", "the scheme", "the idea", "the deal", "the move")
       for poss in ("his", "her", "its", "their") for what in ("backing", "support", "full backing", "full support", "blessing")},
    **{f"{aux}{v} cold water on": (-1, 1) for aux, v in (("", "poured"), ("", "pours"), ("has ", "poured"),
                                                          ("", "threw"), ("has ", "thrown"), ("have ", "thrown"))},
    **{f"{v} {r} from": (-1, 1) for v in ("distanced", "distances", "has distanced", "have distanced")
       for r in ("himself", "herself", "itself", "themselves")},
    **{f"{v} at": (-1, 1) for v in ("took aim", "takes aim", "hit out", "hits out", "lashed out", "lashes out",
                                    "has hit out", "has lashed out")},
    **{f"{v} with {w}": (-1, 1) for v in ("sided", "sides", "has sided")
       for w in ("the opponents", "opponents", "the critics", "critics")},
    "stood by": (1, 1), "stands by": (1, 1), "has stood by": (1, 1), "stood firmly by": (1, 2),
    # base forms, only after an auxiliary ("does not support", "will back"): see BASE_FORMS
    "support": (1, 1), "back": (1, 1), "oppose": (-1, 1),
}
BASE_FORMS = {"support", "back", "oppose"}
# What a speaker "used" an occasion to do ("used a full council meeting last week to attack the plan", "used a
# newspaper column at the weekend to denounce it"): base forms read only after such a "used … to" (see _USED_TO)
_USED_TO_ALL = {"attack": (-1, 1), "denounce": (-1, 1), "condemn": (-1, 1), "criticise": (-1, 1), "criticize": (-1, 1),
                 "savage": (-1, 1), "lambast": (-1, 1), "rail against": (-1, 1), "argue against": (-1, 1),
                 "make the case against": (-1, 1), "champion": (1, 1), "defend": (1, 1), "endorse": (1, 1),
                 "praise": (1, 1), "argue for": (1, 1), "make the case for": (1, 1), "press for": (1, 1),
                 "push for": (1, 1), "call for": (1, 1),
                 # "used an opinion piece on Sunday to insist that …": a saying, its side in what was said
                 **dict.fromkeys(("insist", "warn", "stress", "declare", "make clear", "urge"), (0, 0)),
                 "dismiss": (-1, 1), "reject": (-1, 1), "welcome": (1, 1)}
USED_TO_FORMS = {k: v for k, v in _USED_TO_ALL.items() if k not in STANCE_VERBS}  # not "endorse", read anywhere
STANCE_VERBS.update(USED_TO_FORMS)
STANCE_VERBS.update({k: v for k, v in _SPENT.items() if k not in STANCE_VERBS})
# Who puts a plan forward backs it; only with a plan as the object ("presented the proposal last month"): see
# PROPOSER_OBJECT in extract.py
PROPOSER_VERBS = {"proposed", "presented", "unveiled", "tabled", "introduced", "put forward", "drew up", "drafted", "co-sponsored",
                  "cosponsored", "co-authored", "sponsored", "authored"}  # "who in 2023 sponsored an amendment to fund it"
STANCE_VERBS.update({k: v for k, v in {
    "lined up behind": (1, 1), "lines up behind": (1, 1), "line up behind": (1, 1), "has lined up behind": (1, 1),
    "lined up against": (-1, 1), "lines up against": (-1, 1), "has lined up against": (-1, 1),
    "have lined up against": (-1, 1),  # "lined up against the measure last week"
    # "has lined up firmly against the idea", "have lined up solidly behind it"
    **{f"{v} {adv} {side}": (pol, 1) for v in ("lined up", "lines up", "line up", "has lined up", "have lined up")
       for adv in ("firmly", "squarely", "solidly", "staunchly", "resolutely", "four-square")
       for side, pol in (("against", -1), ("behind", 1))},
    # "The union's Queensland branch is backing the depot, with conditions"
    # … and as reported, a tense back: "She said the drivers' union was backing the plan too"
    **{f"{aux} {v}": (pol, 1) for aux in ("is", "are", "is now", "are now", "is also", "are also", "was", "were",
                                          "was now", "were now", "was also", "were also")
       for v, pol in (("backing", 1), ("opposing", -1))},  # not "is supporting members who …"
    "favoured": (1, 1), "favored": (1, 1), "favours": (1, 1), "favors": (1, 1),  # "Denmark favoured the deal"
    "organised against": (-1, 1), "organized against": (-1, 1), "have organised against": (-1, 1),
    "have organized against": (-1, 1), "has organised against": (-1, 1), "has organized against": (-1, 1),
    "have lined up behind": (1, 1), "balked at": (-1, 1), "baulked at": (-1, 1), "balks at": (-1, 1),
    "baulks at": (-1, 1), "panned": (-1, 1),
    "embraced": (1, 1), "embraces": (1, 1), "has embraced": (1, 1), "dug in against": (-1, 1),
    "has dug in against": (-1, 1), "have dug in against": (-1, 1), "declined to pick a side": (0, 0),
    "declined to take a side": (0, 0), "declined to choose a side": (0, 0), "has not yet adopted a position": (0, 0),
    "has not adopted a position": (0, 0),
}.items() if k not in STANCE_VERBS})
# "came out swinging against", "came out firmly in favour last week", "gave the plan a cautious welcome"
STANCE_VERBS.update({f"{v} out {adv} {side}": (pol, 2 if adv in ("firmly", "strongly", "squarely") else 1)
                     for v in ("came", "come", "comes", "has come", "have come")
                     for adv in ("firmly", "strongly", "squarely", "publicly", "swinging", "fighting", "decisively", "loudly",
                                 "cautiously", "tentatively", "narrowly", "unanimously")
                     for side, pol in (("against", -1), ("in favour of", 1), ("in favor of", 1), ("in favour", 1),
                                       ("in favor", 1), ("in support of", 1), ("in support", 1))
                     if f"{v} out {adv} {side}" not in STANCE_VERBS})
_GIVEN_OBJECTS = ("it", "the plan", "the proposal", "the principle", "the idea", "the bill", "them", "the plans",
                  "the proposals", "the measure", "the scheme", "the move", "the project", "the changes", "the reform",
                  "the reforms", "the policy")
_OFFERED_OBJECTS = ("it", "the plan", "the proposal", "the principle", "the idea")  # "offered the plan a guarded welcome"
STANCE_VERBS.update({f"{aux}{v} {obj}{'an' if adj[0] in 'aeiou' else 'a'} {adj} {what}": pol
                     for aux, v in (("", "gave"), ("", "gives"), ("has ", "given"), ("have ", "given"), ("had ", "given"),
                                    ("", "offered"), ("", "offers"), ("has ", "offered"), ("have ", "offered"))
                     for obj in [o + " " for o in (_GIVEN_OBJECTS if v.startswith("g") else _OFFERED_OBJECTS)] + [""]
                     for adj, what, pol in (("cautious", "welcome", (1, 1)), ("warm", "welcome", (1, 1)),
                                            ("enthusiastic", "welcome", (1, 2)), ("enthusiastic", "reception", (1, 2)),
                                            ("warm", "reception", (1, 1)), ("positive", "reception", (1, 1)),
                                            ("guarded", "welcome", (1, 1)), ("qualified", "welcome", (1, 1)),
                                            ("broad", "welcome", (1, 1)), ("tentative", "welcome", (1, 1)),
                                            ("wary", "welcome", (1, 1)), ("muted", "welcome", (1, 1)),
                                            ("cool", "reception", (-1, 1)), ("frosty", "reception", (-1, 1)),
                                            ("lukewarm", "reception", (-1, 1)), ("hostile", "reception", (-1, 1)))})
# "The Professional Riders' Association gave the plan cautious backing", "Hinchas por la Paz gave its backing"
STANCE_VERBS.update({f"{aux}{v} {obj} {adj}{what}": (1, 2 if adj in ("full ", "wholehearted ", "enthusiastic ") else 1)
                     for aux, v in (("", "gave"), ("", "gives"), ("has ", "given"), ("have ", "given"), ("had ", "given"))
                     for obj in ("it", "the plan", "the proposal", "the bill", "the measure", "the scheme", "the idea",
                                 "the move", "the project", "the changes", "the reform", "its", "his", "her", "their")
                     for adj in ("", "cautious ", "qualified ", "guarded ", "tentative ", "conditional ", "full ",
                                 "wholehearted ", "enthusiastic ", "strong ", "broad ")
                     for what in ("backing", "blessing", "support")
                     if f"{aux}{v} {obj} {adj}{what}" not in STANCE_VERBS})
# "offered qualified backing, saying …", "has offered its full support": with no owner, only a described backing
# ("offered support to families" is help, not a side)
STANCE_VERBS.update({f"{aux}{v} {obj}{adj}{what}": (1, 2 if adj == "full " else 1)
                     for aux, v in (("", "offered"), ("", "offers"), ("has ", "offered"))
                     for obj in ("", "its ", "his ", "her ", "their ")
                     for adj in ("", "cautious ", "qualified ", "guarded ", "tentative ", "conditional ", "full ",
                                 "strong ", "grudging ")
                     for what in ("backing", "blessing", "support")
                     if (obj or adj) and f"{aux}{v} {obj}{adj}{what}" not in STANCE_VERBS})
# "greeted the announcement with sarcasm"
STANCE_VERBS.update({f"greeted {obj} with {how}": (pol, 1) for obj in ("it", "the plan", "the announcement", "the proposal",
                                                                        "the decision", "the news", "the move", "the bill")
                     for how, pol in (("sarcasm", -1), ("scepticism", -1), ("skepticism", -1), ("dismay", -1),
                                      ("anger", -1), ("derision", -1), ("alarm", -1), ("relief", 1), ("enthusiasm", 1),
                                      ("delight", 1), ("approval", 1))})
# "made her support clear on Tuesday", "has made its opposition plain"
STANCE_VERBS.update({f"{aux}{v} {p} {what} {how}": (pol, 1) for aux in ("", "has ", "have ", "had ")
                     for v in (("made", "makes") if not aux else ("made",))
                     for p in ("its", "his", "her", "their") for what, pol in (("support", 1), ("opposition", -1))
                     for how in ("clear", "plain")})
# "has lent the policy its support", "lent its support to the plan"
STANCE_VERBS.update({f"{aux}lent {obj}{p} {what}": (1, 1) for aux in ("", "has ", "have ", "had ")
                     for obj in ("it ", "the plan ", "the proposal ", "the policy ", "the bill ", "the idea ", "")
                     for p in ("its", "his", "her", "their") for what in ("support", "backing", "name", "voice", "weight")})
# "laid out the case for the levy in a memo", "made the case for the increase"
STANCE_VERBS.update({f"{aux}{v} the case {side}": (pol, 1) for aux in ("", "has ", "have ", "had ")
                     for v in ("laid out", "lays out", "set out", "sets out", "made", "makes")
                     for side, pol in (("for", 1), ("against", -1))
                     if f"{aux}{v} the case {side}" not in STANCE_VERBS})
# "The Hospitality Alliance also has reservations", "pointedly refused on Tuesday to say whether …"
STANCE_VERBS.update({k: v for k, v in {
    **{f"{adv}{aux} {adj}{w}": (-1, 1) for aux in ("has", "have", "had") for adv in ("", "also ", "still ")
       for adj in ("", "serious ", "strong ", "deep ", "grave ", "some ") for w in ("reservations", "misgivings")},
}.items() if k not in STANCE_VERBS})
_REFUSED_ON_A_DAY = {f"{v} {d} to say" for v in ("refused", "declined", "refuses", "declines")  # then "whether"/"if"
                     for d in ("yesterday", "last week", "this week", "at the weekend",
                               *(f"on {w}" for w in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                                     "Saturday", "Sunday")))}
_REFUSED_ON_A_DAY |= {v.lower() for v in _REFUSED_ON_A_DAY}  # matched as written, looked up in lower case
REFUSED_ON_A_DAY = frozenset(_REFUSED_ON_A_DAY)  # withholding only before "whether"/"if" (see extract)
# "seized on it on Friday, dismissing the plan as …": the participle says how (a saying with no side of its own, which
# also gives the learned part its words; extract._SUBJECT_THEN_BE finds the speaker of other acts before a
# participle); "set out the case to the committee"; "has staked a good deal of his credibility on the measure"
STANCE_VERBS.update({k: v for k, v in {
    **{f"{aux}seized on {o}": (0, 0) for aux in ("", "has ", "have ", "quickly ")
       for o in ("it", "the figures", "the report", "the comments", "the remarks", "the findings", "the plan")},
    **{f"{aux}{v} the case to": (1, 1) for aux in ("", "has ", "have ", "had ")
       for v in ("set out", "sets out", "made", "makes", "put", "puts", "laid out")},
    **{f"{aux}staked {what} on": (1, 1) for aux in ("", "has ", "have ", "had ")
       for what in ("a good deal", "a great deal", "much", "a lot", "everything", "considerable political capital",
                    *(f"{q}{poss} {c}" for q in ("", "a good deal of ", "much of ", "a great deal of ")
                      for poss in ("his", "her", "its", "their") for c in ("credibility", "reputation", "political capital")))},
}.items() if k not in STANCE_VERBS})
# "has submitted written evidence in favour", "gave evidence against the bill"
STANCE_VERBS.update({f"{aux}{v} {adj}evidence {side}": (pol, 1) for aux in ("", "has ", "have ", "had ")
                     for v in ("submitted", "submits", "gave", "gives", "given", "presented")
                     for adj in ("", "written ", "oral ")
                     for side, pol in (("in favour", 1), ("in favor", 1), ("in support", 1))  # not "gave evidence against
                     # her former employer": a witness's evidence
                     if f"{aux}{v} {adj}evidence {side}" not in STANCE_VERBS})
# "weighed in against the proposal last week", "rallied in Geoje against the plan"
STANCE_VERBS.update({f"{aux}{v} {side}": (pol, 1) for aux in ("", "has ", "have ", "had ")
                     for v in ("weighed in", "weighs in", "rallied", "rallies", "marched", "demonstrated")
                     for side, pol in (("against", -1), ("in favour of", 1), ("in favor of", 1), ("in support of", 1))
                     if f"{aux}{v} {side}" not in STANCE_VERBS})  # not "marched behind a banner"
# "held a march at the weekend in support of the draft", "staged a protest outside the council against it": no side
# of their own; what follows gives it, and the time
STANCE_VERBS.update({f"{aux}{v} a {w}": (0, 0) for aux in ("", "has ", "have ", "had ")
                     for v in ("held", "holds", "staged", "stages", "organised", "organized", "led", "mounted")
                     for w in ("rally", "march", "protest", "demonstration", "vigil", "sit-in")
                     if f"{aux}{v} a {w}" not in STANCE_VERBS})
# "has lauded the programme as long overdue", "has been pushing for reduced trading hours for more than a year"
STANCE_VERBS.update({k: v for k, v in {
    **dict.fromkeys(("lauded", "lauds", "has lauded", "have lauded", "had lauded"), (1, 1)),
    **dict.fromkeys((f"{aux} {v} for" for aux in ("is", "are", "was", "were", "has been", "have been", "had been")
                     for v in ("pushing", "pressing")), (1, 1)),  # "Germany and Spain are pressing for signature"
}.items() if k not in STANCE_VERBS})
# "put out a statement backing the levy", "issued a statement condemning the plan"
STANCE_VERBS.update({f"{aux}{v} {det} {noun} {part}": pol for aux in ("", "has ", "have ", "had ")
                     for v in ("put out", "issued", "released", "published", "sent")
                     for det in ("a", "an open") for noun in ("statement", "letter")
                     for part, pol in PARTICIPLE_STANCE.items()
                     if not (det == "an open" and noun != "letter")
                     and f"{aux}{v} {det} {noun} {part}" not in STANCE_VERBS})
# "has pressed hard for the project", "campaigned tirelessly against it", "pushed back hard"
STANCE_VERBS.update({f"{aux}{v} {adv}{side}": (pol, 1) for aux in ("", "has ", "have ", "had ")
                     for v in ("pressed", "pushed", "lobbied", "campaigned", "fought", "argued", "battled")
                     for adv in ("hard ", "long and hard ", "vigorously ", "tirelessly ", "relentlessly ", "loudly ",
                                 "strongly ", "forcefully ")
                     for side, pol in (("for", 1), ("against", -1))
                     if f"{aux}{v} {adv}{side}" not in STANCE_VERBS})
# "was quick to condemn it", "were among the first to welcome the plan": the act they were quick to
STANCE_VERBS.update({k: v for k, v in {
    f"{aux}{adj} to {verb}": (pol, 1) for aux in ("was ", "were ", "is ", "are ", "has been ", "have been ")
    for adj in ("quick", "swift", "quicker", "the first", "among the first", "first", "just as quick", "as quick")
    for verb, pol in (("condemn", -1), ("criticise", -1), ("criticize", -1), ("reject", -1), ("oppose", -1), ("object", -1),
                      ("dismiss", -1), ("attack", -1), ("denounce", -1), ("welcome", 1), ("endorse", 1),
                      ("support", 1), ("praise", 1), ("embrace", 1))}.items() if k not in STANCE_VERBS})
# "has made no secret of its hostility", "made no secret of her support for the plan"
STANCE_VERBS.update({f"{aux}{v} no secret of {poss} {noun}": (pol, 1) for aux in ("", "has ", "have ", "had ")
                     for v in (("made", "makes") if not aux else ("made",)) for poss in ("its", "his", "her", "their")
                     for noun, pol in (("hostility", -1), ("opposition", -1), ("dislike", -1), ("distaste", -1),
                                       ("contempt", -1), ("scepticism", -1), ("skepticism", -1), ("support", 1),
                                       ("enthusiasm", 1), ("admiration", 1))
                     if f"{aux}{v} no secret of {poss} {noun}" not in STANCE_VERBS})
_QUICK_AND_OPEN = {k for k in STANCE_VERBS if " quick to " in k or " the first to " in k or "no secret of" in k}
# "laid out the rationale in Parliament": the proposer's case
STANCE_VERBS.update({f"{aux}{v} the rationale{side}": (1, 1) for aux in ("", "has ", "have ", "had ")
                     for v in ("laid out", "lays out", "set out", "sets out", "explained", "explains")
                     for side in ("", " for") if f"{aux}{v} the rationale{side}" not in STANCE_VERBS})
_RATIONALE = {k for k in STANCE_VERBS if k.endswith(("the rationale", "the rationale for"))}
# "has been campaigning for the change", "are lobbying hard against it", "has campaigned for years for overseas voting"
_AT_IT = ("campaigning", "lobbying", "pushing", "pressing", "fighting", "battling", "organizing", "organising", "mobilising",
          "mobilizing", "agitating")
_FOR_A_WHILE = ("for years ", "for months ", "for decades ", "for a decade ", "for weeks ")
_AT_IT_FORMS = {
    **{f"{aux}{v} {adv}{side}": (pol, 1) for aux in ("is ", "are ", "was ", "were ", "has been ", "have been ", "had been ")
       for v in _AT_IT for adv in ("", "hard ", *_FOR_A_WHILE) for side, pol in (("for", 1), ("against", -1))},
    **{f"{aux}{v} {dur}{side}": (pol, 1) for aux in ("", "has ", "have ", "had ")
       for v in ("campaigned", "lobbied", "pushed", "pressed", "fought", "battled") for dur in _FOR_A_WHILE
       for side, pol in (("for", 1), ("against", -1))},
}
AT_IT_GATED = (frozenset(k for k in _AT_IT_FORMS if k not in STANCE_VERBS)
               | _QUICK_AND_OPEN | _RATIONALE)  # read only when what follows is the topic,
# it, or a plan (see extract): "has campaigned for years against overcrowding" is no side on a tourist tax
STANCE_VERBS.update({k: v for k, v in _AT_IT_FORMS.items() if k in AT_IT_GATED})
# A body's act whose side is in what follows, as "voted": "passed a resolution … opposing the introduction of list
# seats" (read only when it says which side: not "calling on the city to …"), "has collected more than 1,200
# signatures in support of the ban" (read only before a count of signatures: see extract)
_MOTIONS = ("a resolution", "a motion", "an emergency motion", "an emergency resolution", "a unanimous motion",
            "a unanimous resolution", "a formal motion", "a formal resolution")
MOTION_ACTS = {f"{h}{v} {m}": (0, 0) for h in ("", "has ", "have ", "had ") for v in ("passed", "adopted")
               for m in _MOTIONS}
# "resolved at a meeting on August 11 to oppose the move": as "voted", the side in what follows (read only before
# "to <verb>" within the clause: see extract)
RESOLVED_ACTS = {f"{h}{v}": (0, 0) for h in ("", "has ", "have ", "had ", "formally ", "unanimously ")
                 for v in ("resolved", "decided")}
SIGNATURE_ACTS = {f"{h}{v}": (0, 0) for h in ("", "has ", "have ", "had ", "has already ")
                  for v in ("collected", "gathered")}  # ("delivered a petition" has its own entry)
BODY_ACTS = frozenset({**MOTION_ACTS, **SIGNATURE_ACTS, **RESOLVED_ACTS})  # whose side the words after them name
STANCE_VERBS.update({k: v for k, v in {**MOTION_ACTS, **SIGNATURE_ACTS, **RESOLVED_ACTS,
                     # "has threatened to sue if the cap passes", "threatened legal action last week"
                     **{f"{h}threatened {w}": (-1, 1) for h in ("", "has ", "have ", "had ", "has already ")
                        for w in ("to sue", "legal action", "a legal challenge", "court action", "to go to court",
                                  "a judicial review", "to seek a judicial review")}}.items()
                     if k not in STANCE_VERBS})
# "cast the only vote against sending the proposal to a hearing", "cast the deciding vote in favour of the plan"
STANCE_VERBS.update({f"{aux}cast {det} {adj}vote {side}": (pol, 1) for aux in ("", "has ", "had ")
                     for det in ("a", "the", "her", "his", "their") for adj in ("", "only ", "lone ", "deciding ", "casting ")
                     for side, pol in (("against", -1), ("for", 1), ("in favour of", 1), ("in favor of", 1))})
# "cast the committee's lone dissenting vote on Thursday", "cast the dissenting votes": a vote against, in itself
STANCE_VERBS.update({f"{aux}cast {det}{adj}dissenting {vote}": (-1, 1) for aux in ("", "has ", "had ")
                     for det in ("a ", "the ", "her ", "his ", "their ", "the committee's ", "the council's ",
                                 "the board's ", "the committee’s ", "the council’s ", "the board’s ")
                     for adj in ("", "only ", "lone ", "sole ") for vote in ("vote", "votes")
                     if f"{aux}cast {det}{adj}dissenting {vote}" not in STANCE_VERBS})
STANCE_VERBS.update({f"{v} {adv}{side}": (pol, 1) for v in ("presses", "pushes", "lobbies", "campaigns", "fights", "argues")
                     for adv in ("hard ", "vigorously ", "tirelessly ", "relentlessly ", "loudly ", "strongly ")
                     for side, pol in (("for", 1), ("against", -1)) if f"{v} {adv}{side}" not in STANCE_VERBS})
STANCE_VERBS.update({f"{aux}{v} back hard": (-1, 1) for aux, v in (("", "pushed"), ("", "pushes"), ("has ", "pushed"),
                                                                    ("have ", "pushed"), ("had ", "pushed"))
                     if f"{aux}{v} back hard" not in STANCE_VERBS})
# "is making the case for the rise", "was having none of it", "laid out her objections in an op-ed"
STANCE_VERBS.update({k: v for k, v in {
    **{f"{aux} making the case {side}": (pol, 1) for aux in ("is", "are", "was", "were", "has been", "have been")
       for side, pol in (("for", 1), ("against", -1))},
    **{f"{aux} having none of it": (-1, 1) for aux in ("is", "are", "was", "were")},
    **{f"{aux}{v} {poss} objections": (-1, 1) for aux in ("", "has ", "have ", "had ")
       for v in ("laid out", "lays out", "set out", "sets out", "spelled out", "spelt out", "outlined", "aired", "voiced")
       for poss in ("his", "her", "its", "their")},
    **{f"{v} to push back": (-1, 1) for v in ("was quick", "were quick", "has been quick", "have been quick")},
    **{f"{aux}pushing back against": (-1, 1) for aux in ("is ", "are ")},
    **{f"{aux}{adv}spoken {side}": (pol, 1) for aux in ("has ", "have ", "had ") for adv in ("", "just ", "already ")
       for side, pol in (("against", -1), ("in favour of", 1), ("in favor of", 1), ("in support of", 1))},
    "spoke in support of": (1, 1),
    # "gave the plan a more measured endorsement"
    **{f"{aux}{v} {obj}{'an' if (more + adj)[0] in 'aeiou' else 'a'} {more}{adj} endorsement": (1, 1)
       for aux, v in (("", "gave"), ("", "gives"), ("has ", "given"), ("have ", "given"), ("", "offered"), ("has ", "offered"))
       for obj in ("", "it ", "the plan ", "the proposal ", "the idea ", "the bill ", "the measure ", "the scheme ")
       for more in ("", "more ") for adj in ("measured", "qualified", "cautious", "guarded", "tentative", "conditional",
                                              "ringing", "strong", "warm", "full-throated", "lukewarm")},
    # "threw the state's weight behind the regulator"
    **{f"{aux}{verb} the {n}{apos}s {what} behind": (1, 1) for aux, verb in (("", "threw"), ("has ", "thrown"), ("have ", "thrown"),
                                                                              ("", "throws")) for apos in ("'", "’")
       for n in ("state", "party", "government", "city", "council", "union", "ministry", "province", "department",
                 "company", "association", "country") for what in ("weight", "full weight", "support")},
    # "lent the idea qualified support on Thursday"
    **{f"{aux}lent {obj}{adj} {what}": (1, 1) for aux in ("", "has ", "have ", "had ")
       for obj in ("it ", "the plan ", "the proposal ", "the policy ", "the bill ", "the idea ", "the scheme ", "")
       for adj in ("qualified", "cautious", "conditional", "tentative", "guarded", "strong", "full", "its qualified",
                   "its cautious", "his qualified", "her qualified", "their qualified")
       for what in ("support", "backing")},
}.items() if k not in STANCE_VERBS})
# "which fought the change when it was first proposed", "has resisted the plan": a stance only with a plan as the
# object (extract._FOUGHT_OBJECT)
OBJECT_GATED = {"fought", "has fought", "have fought", "had fought", "resisted", "resists", "has resisted",
                "have resisted", "had resisted",
                # "Cascade Sound Energy … is fighting the idea" (not "is fighting for its members")
                "is fighting", "are fighting", "has been fighting", "have been fighting", "was fighting"}
STANCE_VERBS.update({v: (-1, 1) for v in OBJECT_GATED if v not in STANCE_VERBS})
# "changed its stand on Monday": a change, whose new side is the opposite of the old (see REVERSAL)
STANCE_VERBS.update({f"{aux}changed {poss} {w}": (0, 0) for aux in ("", "has ", "have ", "had ")
                     for poss in ("his", "her", "its", "their") for w in ("stand", "stance", "position")
                     if f"{aux}changed {poss} {w}" not in STANCE_VERBS})
STANCE_VERBS.update({v: (1, 1) for v in PROPOSER_VERBS if v not in STANCE_VERBS})
# Withholding, in every tense and wording: "has not yet taken a view", "have yet to take a formal position"
WITHHOLDING_VERBS = {
    f"{aux} {neg} {verb} {obj}"
    for aux in ("has", "have", "had")
    for neg, verb in (("not", "taken"), ("not yet", "taken"), ("yet to", "take"))
    for obj in ("a position", "a stance", "a view", "a side", "sides", "a formal position", "a public position",
                "an official position", "a formal view", "a public stance")
} | {f"{aux} avoided committing {obj}" for aux in ("has", "have", "had") for obj in ("itself", "himself", "herself", "themselves")
     } | {f"{aux} {neg} decided {how} {pron} will vote" for aux in ("has", "have", "had") for neg in ("not", "not yet")
     for how in ("how", "whether") for pron in ("it", "he", "she", "they")  # "has not yet decided how it will vote"
} | {f"{aux} {neg} made up {poss} mind" for aux in ("has", "have", "had") for neg in ("not", "not yet")
          for poss in ("his", "her", "its", "their")
} | {f"{aux} yet to make up {poss} mind" for aux in ("has", "have", "had", "is", "are", "was")
          for poss in ("his", "her", "its", "their")
} | {f"{aux} {neg} {poss} {w}" for aux in ("has", "have", "had") for neg in ("not given", "not yet given", "yet to give")
     for poss in ("its", "his", "her", "their") for w in ("opinion", "view", "verdict")  # "Património Cultural, which
     # must sign off on changes in protected zones, has not given its opinion." (not "has not decided whether the
     # application will be notified": the process, and as often not coded)
} | {f"{verb} {poss} distance" for verb in ("kept", "keeps", "has kept", "have kept", "had kept")
     for poss in ("his", "her", "its", "their")  # "Chancellor Markus Steiner has so far kept his distance"
} | {f"{verb}{when} to {act} either side" for verb in ("declined", "has declined", "have declined", "refused", "has refused")
     for when in ("", " on Monday", " on Tuesday", " on Wednesday", " on Thursday", " on Friday", " last week",
                  " yesterday")
     for act in ("back", "support", "take", "endorse")
} | {f"{verb} to take sides" for verb in ("declined", "has declined", "have declined", "refused", "has refused", "have refused")
} | {f"{verb} to be drawn" for verb in ("declined", "has declined", "refused", "has refused", "declines",
                                       "refuses")  # "… on whether he backs it"
} | {f"{aux} said {little}{where}" for aux in ("has", "have", "had") for little in ("little", "very little", "nothing")
     for where in (" publicly", " in public", " so far", " about it")  # "Mayor Andrea Foley has said little publicly."
} | {f"{aux} not be drawn" for aux in ("would", "will", "could")  # "Transport Canada … would not be drawn."
} | {f"{verb}{when} to {act}" for verb in ("declined", "has declined", "have declined", "refused", "has refused",
                                           "declines", "refuses")
     for when in ("", " yesterday", " last week", " this week", " at the weekend",
                  *(f" on {d}" for d in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")))
     for act in ("weigh in", "wade in", "take a position", "take a view", "take a stance")}  # "declined on Tuesday to
# weigh in on the proposal"
def _no_side_phrases() -> set[str]:
    """How reporters say that a body takes no side ("has stayed on the fence", "is keeping its options open",
    "was notably agnostic"), in the verb forms that are English: past or present, perfect, progressive, copula."""
    poss = ("its", "his", "her", "their")
    out_of = [f"out of {w}" for w in ("it", "the fight", "the debate", "the row", "the argument", "the dispute",
                                      "the fray", "the quarrel", "the controversy")]
    objects = {  # a verb's forms (past, present, participle, -ing) and what follows it
        ("stayed", "stays", "stayed", "staying"): ["on the fence", "on the sidelines", "neutral", *out_of],
        ("remained", "remains", "remained", "remaining"): ["on the fence", "on the sidelines", "neutral"],
        ("sat", "sits", "sat", "sitting"): ["on the fence", "on the sidelines"],
        ("stood", "stands", "stood", "standing"): ["on the sidelines"],
        ("kept", "keeps", "kept", "keeping"): [*(f"{p} options open" for p in poss), *(f"{p} own counsel" for p in poss), *(f"{p} counsel" for p in poss),
                                               *(f"{p} cards close" for p in poss), *out_of],
    }
    phrases = set()
    for (past, present, participle, ing), objs in objects.items():
        for o in objs:
            phrases |= {f"{past} {o}", f"{present} {o}"}
            phrases |= {f"{aux} {adv}{participle} {o}" for aux in ("has", "have", "had")
                        for adv in ("", "so far ", "long ", "studiously ", "carefully ")}
            phrases |= {f"{aux} {adv}{ing} {o}" for aux in ("is", "are", "was", "were") for adv in ("", "still ")}
    for adj in ("neutral", "agnostic", "noncommittal", "non-committal"):
        phrases |= {f"{aux} {adv}{adj}" for aux in ("is", "are", "was", "were", "has been", "have been", "has so far been")
                    for adv in ("", "notably ", "studiously ", "conspicuously ", "firmly ", "still ")}
    phrases |= {f"{v} to {w}" for v in ("declined", "declines", "has declined", "refused", "refuses", "has refused")
                for w in ("take a position", "take a stance", "adopt a position", "give a view", "express a view")}
    phrases |= {f"{aux} {adv}careful {w}" for aux in ("is", "are", "was", "were", "has been", "have been")
                for adv in ("", "notably ", "very ", "studiously ")
                for w in ("not to commit", *(f"to stay {o}" for o in out_of), "to stay on the fence", "to stay neutral",
                          "to remain neutral", "to avoid picking a side", "to avoid taking sides",
                          "to avoid taking a side", "not to take sides", "not to pick a side")}
    phrases |= {f"{aux} not take sides" for aux in ("will", "would", "does", "do", "did")}
    # "has declined to back either camp", "has conspicuously refused to pick a side", "has yet to pick a side"
    phrases |= {f"{v} to {w}" for v in ("declined", "declines", "has declined", "have declined", "refused", "refuses",
                                        "has refused", "have refused", "has yet", "have yet", "is yet", "are yet",
                                        "pointedly refused", "pointedly declined")
                for w in ("back either camp", "back either side", "support either side", "side with either camp",
                          "pick a side", "choose a side", "take sides", "pick sides", "take a side")}
    # "declines to come down on either side", "has pointedly declined to endorse or oppose the plan", "declined on
    # Wednesday to be drawn on the merits", "declined on Wednesday to say where he stood"
    days = ("", "yesterday ", "last week ", "this week ", "at the weekend ",
            *(f"on {d} " for d in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")))
    ends = ("come down on either side", "endorse or oppose", "support or oppose", "back or oppose", "be drawn",
            *(f"say where {p} {v}" for p in ("he", "she", "it", "they") for v in ("stood", "stands", "stand")))
    declined = {f"{v} {d}to {w}" for v in ("declined", "declines", "has declined", "have declined", "refused",
                                           "refuses", "has refused")
                for d in days for w in ends if d or w != "be drawn"}  # "declined to be drawn": WITHHOLDING_VERBS
    phrases |= declined | {k.lower() for k in declined}  # matched as written, looked up in lower case
    phrases |= {f"{v} everyone guessing" for v in ("is keeping", "has kept", "kept", "keeps")}
    # "has stayed conspicuously quiet", "remained silent on the question"
    phrases |= {f"{v} {adv}{w}" for v in ("stayed", "stays", "has stayed", "have stayed", "remained", "remains",
                                          "has remained", "have remained", "has kept", "kept")
                for adv in ("", "conspicuously ", "notably ", "studiously ", "pointedly ", "largely ")
                for w in ("quiet", "silent")}
    # "has yet to show its hand", "has not yet picked a side"
    phrases |= {f"{aux} yet to {v} {p} hand" for aux in ("has", "have", "is", "are")
                for v in ("show", "reveal", "tip", "declare")
                for p in ("its", "his", "her", "their")}
    phrases |= {f"{aux} not yet {v} a side" for aux in ("has", "have", "had") for v in ("picked", "chosen", "taken")}
    # "would not be taking a view either way"
    phrases |= {f"{aux} not be taking {w}" for aux in ("would", "will") for w in ("a view", "a position", "a stance", "sides", "a side")}
    return phrases


WITHHOLDING_VERBS |= _no_side_phrases() | REFUSED_ON_A_DAY  # "pointedly refused on Tuesday to say whether …"
STANCE_VERBS.update({v: (0, 0) for v in WITHHOLDING_VERBS})
# extract reads a verb lower-cased ("declined on tuesday to weigh in"): a key written with a capital as the text has it
# is looked up so too
STANCE_VERBS.update({k.lower(): v for k, v in list(STANCE_VERBS.items())
                     if k != k.lower() and k.lower() not in STANCE_VERBS})
WITHHOLDING_LOW = frozenset(v.lower() for v in WITHHOLDING_VERBS)
# Reversal verbs: the new stance is the opposite of the speaker's earlier one.
REVERSAL = _lc(
    r"\b(?:reversed course|(?:switched|changed|swapped) sides|(?:has|have|had) since softened(?= *[.;,]| (?:considerably|"
    r"markedly|significantly|noticeably|somewhat))|now sees? (?:it|things|the (?:issue|matter|question)) differently|changed (?:course|(?:his|her|its|their) (?:mind|position|stance|view|stand))|softened (?:his|her|its|their) "
    r"(?:position|stance|opposition)|reversed (?:his|her|its|their) (?:position|stance)|u-turn(?:ed)?|"
    r"(?:now takes|now holds|since taken) the opposite (?:view|position|stance|line)|"
    # "came round to it", not "who is going to come round at midnight and check?"
    r"(?:came|come) (?:round|around)(?! (?:at|in|on|every|each|to (?:see|check|collect|visit|inspect|fix|talk|tell|ask)|"
    r"here|there)\b)|(?:i|we|he|she|they) (?:was|were|had been|have been) wrong|(?:i|we) (?:got|had) it wrong|(?<![\"“‘'])(?:he|she) (?:got|had) it wrong|won over|"
    r"forced (?:him|her|them|us|me) to reconsider|(?:has|had|have) reconsidered|(?:come|came|comes|coming) to regret)\b",
    I,
)
# Copula stance predicates: "X has been emphatically opposed to", "X is in favour of".
# How an actor reacted, said of them with a copula ("Tolley was scathing", "Rooke was also upbeat").
REACTIONS = {
    "scathing": -1, "scornful": -1, "withering": -1, "contemptuous": -1, "hostile": -1, "derisive": -1,
    "incensed": -1, "livid": -1, "furious": -1, "angry": -1, "outraged": -1, "dismayed": -1, "unimpressed": -1,
    "unconvinced": -1, "sceptical": -1, "skeptical": -1, "unhappy": -1, "disappointed": -1, "appalled": -1, "horrified": -1, "alarmed": -1,
    "wary": -1, "dismissive": -1, "upbeat": 1, "delighted": 1, "pleased": 1, "jubilant": 1, "enthusiastic": 1,
    "optimistic": 1, "thrilled": 1, "impressed": 1, "happy": 1, "keen": 1, "satisfied": 1, "encouraged": 1,
    "relieved": 1, "supportive": 1, "positive": 1, "receptive": 1,
}
# a reaction told against the speaker before: "The national student union LSVb was blunter." (38 of the 40 such
# actors the tuned gold codes were against); it takes no object, so never one the topic ends
COMPARED_REACTIONS = {"blunter": -1, "more blunt": -1, "more pointed": -1, "less restrained": -1,
                      "less diplomatic": -1, "more direct": -1, "less charitable": -1,
                      "more cutting": -1, "more scathing": -1, "more caustic": -1,
                      "unmoved": -1}  # not "unmoved by the criticism": a defence of the plan (see extract)
REACTIONS.update(COMPARED_REACTIONS)
# Whether the plan's case persuaded them: "The Federation is not persuaded" (a copula only; not a reaction told
# before a speaker's words, as "Tolley was scathing" is)
PERSUADED_WORDS = {"persuaded": 1, "convinced": 1}
# who holds a side by role: "a vocal opponent", "a staunch supporter" (of the plan, or of what names the topic)
ROLE_NOUNS = ("supporter", "backer", "champion", "advocate", "proponent", "defender", "critic", "opponent")
COPULA = (
    r"(?:is|are|was|were|remain|remains|remained|stands?|stood|has been|have been|had been|has long been|has always been|"
    r"had long been|is still|was still|is now|are now|has emerged as|have emerged as|emerged as|has become|have become|"
    r"has made himself|has made herself|has made itself|have made themselves|"  # "… the proposal's most energetic advocate"
    r"sounded|sounds|seemed|seems|appeared|appears)"  # "sounded skeptical in an interview last week", "appears unconvinced"
    r"(?:,\s*(?:if anything|for (?:its|his|her|their) part|too),)?\s+(?:(?:\w+ly|very|so|still|now|also|long|more|much|far)\s+){0,2}"
    r"(?P<cneg>not\s+|less\s+|no longer\s+|far from\s+)?"
    r"(?P<pred>opposed to|against|in fav(?:ou)?r of|in fav(?:ou)?r(?=\s*(?:[.;,]|$))|supportive of|critical of|sceptical of|skeptical of|"
    r"hostile to|firmly behind|behind|undecided|(?:reticent|tight-lipped|cagey)(?=\s*(?:[.;,]|$|on (?:the|it|this|whether)\b|"
    r"about (?:the|it|this|whether|how)\b))|careful(?=\s*(?:[.;]|$))|"
    r"on board(?<!who else was on board)(?<!who else is on board)(?=\s*(?:[.;,]|$|with\b))|on side(?=\s*(?:[.;,\"”]|$))|opposed|quiet|silent|critical(?=\s*(?:[.;,]|$))|"
    # "was one of the loudest voices for an outright ban in 2022"
    r"(?:one of |among )the (?:[\w’'\-]+ )?(?:loudest|strongest|most vocal|leading|most prominent|fiercest|most powerful) "
    r"voices (?:for|against|in fav(?:ou)?r of|in support of)|"
    # "was among the first club presidents to call publicly for a ceiling", "… the loudest voices demanding that …"
    r"(?:one of |among )the (?:first|earliest|loudest|most vocal|fiercest|strongest) (?:[\w’'\-]+ ){0,2}?"
    r"(?:to (?:(?:call|press|push|argue|campaign|lobby)(?: publicly| openly| loudly| hard)? for(?! (?:an? )?(?:inquiry|"
    r"review|investigation|delay|pause|rethink|halt)\b)|back(?! (?:away|down|off|out)\b)|support|endorse|"
    r"champion|propose|oppose|reject|critici[sz]e|condemn)|voices? (?:demanding|calling for|pressing for|backing|"
    r"opposing))\b|"
    # "was among those calling for limits in 2023", "is among those opposing it"
    # "was among those who in 2022 championed a similar fund"
    r"(?:one of|among) (?:several|many|dozens of|a number of|the|a handful of) (?:[\w\-]+ ){0,2}?who (?:spoke|testified|"
    r"voted|argued|wrote|campaigned|lobbied|rallied) (?:in support|in fav(?:ou)?r|against)(?=\s*[.,;]|\s*$| of\b| at\b| on\b)|"
    r"among those who (?:(?:in \d{4}|last \w+|in \w+|once|then|at first|initially|originally) )?(?:lobbied against|"
    r"lobbied for|campaigned against|campaigned for|spoke against|spoke out against|argued against|voted against|"
    r"voted for|called for|pushed for|"
    r"pressed for|demanded|backed|supported|championed|urged|fought for|opposed|objected to|fought against|criticised|"
    r"criticized|resisted|signed (?:a|the) petition (?:in support of|in fav(?:ou)?r of|backing|supporting|against|"
    r"opposing))|"  # "was among those who signed a petition in favour of floodlights two years ago"
    r"among those (?:calling for|pushing for|pressing for|demanding|backing|supporting|urging|fighting for|opposing|"
    r"objecting to|fighting against|criticising|criticizing|resisting)|"
    r"(?:the|a) (?:main |driving |chief |prime |leading |real )?force behind"
    r"(?= (?:it|this)\b| (?:the|a) (?:[\w’'\-]+ ){0,3}?"
    r"(?:plan|proposal|bill|scheme|idea|move|measure|policy|ban|tax|levy|charge|deal|merger|closure|project|reform|law|"
    r"cap|moratorium|campaign|push|regulation|motion)s?\b)|"  # "has been the
    # main force behind the proposal"
    r"(?:(?:one of |among )the|the) (?:[\w’'\-]+ )?(?:strongest|most vocal|fiercest|leading|biggest|loudest|most prominent|"
    r"staunchest|most outspoken|earliest|early|most enthusiastic|keenest|noisiest|most energetic|most forceful|most visible|"
    r"most articulate|most persistent) (?:supporters?|backers?|"
    r"champions?|advocates?|proponents?|cheerleaders?|defenders?|boosters?|critics?|opponents?|detractors?)|"
    r"an? (?:(?:vocal|staunch|fierce|long-?time|leading|prominent|outspoken|strong|firm|committed|passionate|keen|vehement|"
    r"determined|implacable|persistent|early|consistent|bitter|harsh|trenchant|cautious|qualified|reluctant|forceful) )?"
    r"(?:" + "|".join(ROLE_NOUNS) + r")"
    # on its own ("is a vocal opponent.") or of a plan, not "a vocal critic of the Taoiseach"
    r"(?=\s*[.;,]|\s*$|\s+of\s+(?:it|this|that|(?:the|a|an|any)\s+(?:[\w\-]+\s+){0,3}?(?:plan|proposal|bill|scheme|idea|move|"
    r"measure|change|policy|ban|tax|levy|charge|deal|merger|closure|project|reform|law|cap|cut|treaty|referendum|removal|"
    r"extension|expansion|build-up|moratorium|rollout|restriction|mandate|requirement|freeze|increase|rise)s?\b"
    r"|(?:removing|scrapping|closing|banning|ending|extending|expanding|building|introducing|raising|cutting|"
    r"abolishing|lifting|lowering|capping|allowing|keeping|changing|reopening|relaxing|tightening)\b"
    # or of anything else the extractor checks names the topic: "a vocal opponent of the loan", "… of the skate park"
    r"|(?:the|a|an|any)\s+[a-z]))|"
    + "|".join(sorted(REACTIONS, key=len, reverse=True))
    # "is not persuaded.", "had been persuaded by the claims data"; not "is convinced there is a better way"
    + "|(?:" + "|".join(PERSUADED_WORDS) + r")(?=\s*(?:[.,;:]|$|by\b|of\b|otherwise\b))" + ")"
)
COPULA_POLARITY = {
    "opposed to": -1, "against": -1, "opposed": -1, "critical of": -1, "sceptical of": -1,
    "skeptical of": -1, "hostile to": -1, "in favour of": 1, "in favor of": 1, "in favour": 1, "in favor": 1,
    "supportive of": 1,
    "behind": 1, "firmly behind": 1, "undecided": 0, "reticent": 0, "tight-lipped": 0, "cagey": 0, "careful": 0,
    "on board": 1, "on side": 1, "quiet": 0, "silent": 0, "critical": -1, **REACTIONS, **PERSUADED_WORDS,
}


def copula_polarity(pred: str) -> int:
    """"opposed to" -1; "one of the project's strongest supporters" +1, "… fiercest critics" -1."""
    if pred.endswith((" voices for", " voices against", " voices in favour of", " voices in favor of", " voices in support of")):
        return -1 if pred.endswith("against") else 1
    if pred.startswith(("one of ", "among ")) and " who " in pred and not pred.startswith("among those "):
        return -1 if pred.endswith("against") else 1  # "one of several farmers who spoke in support"
    if pred.startswith("among those "):
        return -1 if pred.endswith(("opposing", "objecting to", "fighting against", "criticising", "criticizing",
                                    "resisting", "opposed", "objected to", "fought against", "criticised", "criticized",
                                    "resisted", "against")) else 1
    if pred.startswith(("one of the", "among the")) and pred.endswith(("oppose", "reject", "opposing", "criticise",
                                                                        "criticize", "condemn")):
        return -1  # "among the first to oppose it"
    if pred.startswith(("one of the", "among the", "the ", "a ", "an ")):
        return -1 if pred.endswith(("critics", "opponents", "critic", "opponent", "detractors", "detractor", "sceptics",
                                    "sceptic", "skeptics", "skeptic")) else 1
    return COPULA_POLARITY.get(pred, 0)

# --- Words around speakers ---------------------------------------------------
_ROLE_LIST = [
    w
    for w in (
        "President Vice-President Vice Prime Minister Minister Secretary Secretary-General Secretary General "
        "Senator Sen. Rep. Representative Congressman Congresswoman Governor Gov. Mayor Councillor "
        "Councilor Councilman Councilwoman Alderman Chancellor Director Director-General CEO Chief "
        "Executive Chair Chairman Chairwoman Chairperson Spokesperson Spokesman Spokeswoman Dr. Dr "
        "Professor Prof. Mr. Mr Mrs. Mrs Ms. Ms Miss Sir Dame Lord Lady Commissioner Superintendent "
        "Principal Headteacher Headmaster Headmistress Ambassador General Gen. Admiral Adm. Colonel "
        "Col. Judge Justice Leader Head Deputy Assistant Acting Former Foreign Defense Defence Finance "
        "Education Health Energy Trade Interior Home Economy Treasury Environment Transport Housing "
        "Labour Labor Justice Culture Agriculture Economist Analyst MP MEP MSP Lawmaker Pope King Queen "
        "Prince Princess Sheikh Premier Speaker Attorney Attorney-General Inspector Officer Coach "
        "Bishop Archbishop Rabbi Imam Reverend Rev. Father Sister Captain Capt. Sergeant Sgt. "
        "State City County Federal National Regional Local Opposition Shadow Police Fire Public "
        "Committee Board Union Party Council Federation Association Campaign Campaigner Activist "
        "Founder Co-founder Owner Manager Editor Organiser Organizer Researcher Scientist Expert "
        "Councilmember Assemblymember Assemblyman Assemblywoman Supervisor Delegate Pro Tempore Majority Minority Whip "
        "Economist Historian Lawyer Attorney Nurse Doctor Teacher Student Resident Farmer Parent "
        "Sheriff Prosecutor Marshal Constable Lieutenant Lt. Comptroller Treasurer Auditor Trustee Dean Provost "
        "Regent Regents Datuk Dato Datin Tun Alhaji Member Rector Registrar Magistrate Tem Governor-General Envoy Diplomat Commander Cmdr. Chief-Executive TD TDs MLA MLAs MPP MPPs MHA MHAs MSPs MK MEC MECs Cllr Cllr. Cr Cr. Taoiseach Tánaiste Official Negotiator Adviser Advisor Steward Convenor Convener Host Presenter Moderator Panellist Panelist Columnist Commentator "
        "Trustees Councillors Councilors Senators Commissioners Supervisors Aldermen Selectmen MPs MEPs Legislators "
        "Lawmakers Ministers "
        # occupations written as titles: "Shopkeeper Hasan Yildiz", "Corporator Sunita Pawar", "Fr. Tom Byrne"
        "Undersecretary Under-Secretary Trainer Pastor Shopkeeper Corporator Fr. Fr Assessor Inkosi Rancher Veterinarian "
        "Fisherman Fisherwoman Publican Landlord Commuter Pensioner Retiree Vendor Trader Defender Crossbencher "
        "Crossbenchers Beekeeper Grower Midwife Paramedic Firefighter Pharmacist Dentist Surgeon Architect Engineer "
        "Recorder Clerk Archivist Librarian Curator Postmaster Postmistress Warden Undersheriff Coroner "
        "Coun. Reps. Sens. Supt. Insp. Det. Hon. Atty."
    ).split()
]
ROLE_WORDS = {w.lower() for w in _ROLE_LIST} | {w.lower().rstrip(".") for w in _ROLE_LIST}  # "Sen." and "Sen"
ORG_HEADS = {
    w.lower()
    for w in (
        "prefecture municipality union collective council community treasury branch wing confederation bloc secretariat ministry department government board committee agency association federation "
        "commission administration company party campaign group alliance league authority office court "
        "regulator chamber college institute police army military opposition developer firm bank embassy "
        "kremlin parliament congress senate assembly cabinet coalition organisation organization "
        "foundation trust society network center centre bureau service services corporation corp inc "
        "ltd plc university school hospital charity movement front forum council's ministry's "
        "brotherhood guild lodge caucus academy consortium partnership initiative local "
        "radio tv television news times post gazette herald journal telegraph tribune chronicle broadcasting press "
        "ledger bulletin courier examiner observer standard mail express mirror globe register review "
        "club clubs cooperative co-operative co-op project council institution fund watchdog tribunal "
        "assembly secretariat directorate inspectorate executive exchange industries industry group's "
        "commission's union's nato un eu who opec imf conference division ombudsman action watch "
        "brigade chapter museum team parish diocese mosque synagogue tribes church deanery archdiocese consulate consulate-general "
        "synod presbytery "
        # the heads of bodies named in their own language ("Asociación Minera del Norte", "Verband Deutscher …")
        "asociación asociacion asociaciones associação associacao associações associazione associazioni association "
        "verband verein vereniging stichting föderation foederation syndicat fédération federation federación "
        "federacion federação federazione confederación confederazione confédération sindicato sindacato "
        "gewerkschaft genossenschaft cooperativa coöperatie fundación fondazione fondation fundação stiftung "
        "plataforma coordinadora colectivo collectif collettivo comité comitato unión unione"
    ).split()
}
# The last word of a company's name ("Veridian Energy", "Harland Homes"), so that "the company" can be found.
# Not organisation words in general: "Mark Steel" and "Sarah Mining" are people (a known first name decides).
COMPANY_SUFFIXES = frozenset({
    "energy", "homes", "rail", "motors", "airlines", "airways", "holdings", "technologies", "telecom", "telecoms",
    "pharmaceuticals", "pharma", "logistics", "insurance", "mining", "steel", "foods", "brewery", "maschinenbau",
    "gmbh", "llc", "petroleum", "resources", "properties", "developments", "construction", "shipping",
    "group", "corporation", "corp", "inc", "ltd", "plc", "company", "co", "ag", "sa", "nv", "bv", "spa", "leasing",
})
GROUP_NOUNS = {
    "critics", "residents", "opponents", "supporters", "experts", "analysts", "officials", "parents",
    "teachers", "farmers", "campaigners", "activists", "protesters", "economists", "scientists",
    "observers", "some", "many", "others", "people", "voters", "locals", "members", "workers",
    "employers", "landlords", "tenants", "businesses", "diplomats", "sources", "lawmakers", "both",
    "all", "most", "few", "nurses", "doctors", "managers", "students", "shoppers", "commuters", "drivers",
    "cyclists", "pedestrians", "visitors", "tourists", "traders", "passengers", "patients", "pupils", "fans",
    "users", "customers", "motorists", "families", "retailers", "homeowners", "renters", "several", "dozens",
    "opposition",
}
NOT_NAMES = {
    w.lower()
    for w in (
        "But And So Yet However Meanwhile Still Now Also Then In On At The A An This That These Those It "
        "He She They We I You His Her Its Their Our Asked Speaking Earlier Later Last Next When While "
        "After Before If Although Though Since Because As Both Some Many Others One Two Three Not Other Should "
        "Neighbouring Neighboring "
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
        "July August September October November December Today Yesterday Instead Indeed Moreover "
        "Nonetheless Nevertheless Overall Separately Elsewhere Previously Recently Initially Ultimately "
        "Following According Despite During Under Over With Without From For By Of Nobody Everyone "
        "Nothing Everybody Somebody Anyone Well Yes No Mr Mrs Ms Dr Similar Such Another Further Several Whether"
    ).split()
}
PRONOUNS = {"he": "person", "she": "person", "they": "group", "it": "org", "we": "group", "i": "self"}

COUNTRIES = countries.COUNTRIES  # lower-cased; one list, shared with the name folding of the core layer
US_STATES = {
    s.lower() for s in (
        "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|"
        "Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|"
        "Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|"
        "Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|"
        "Virginia|West Virginia|Wisconsin|Wyoming|Washington State"
    ).split("|")
}
# States and provinces of federations, which speak through their governments like countries
STATES = US_STATES | {
    s.lower() for s in (
        "New South Wales|Queensland|Victoria|Tasmania|South Australia|Western Australia|Northern Territory|"
        "Australian Capital Territory|Ontario|Quebec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|"
        "New Brunswick|Newfoundland and Labrador|Prince Edward Island|Bavaria|Saxony|Lower Saxony|Hesse|Brandenburg|"
        "Thuringia|Berlin|Hamburg|Bremen|Catalonia|Andalusia|Galicia|Basque Country|Lombardy|Sicily|Sardinia|"
        "Flanders|Wallonia|Scotland|Wales|Northern Ireland|England|Maharashtra|Kerala|Tamil Nadu|Punjab|Sabah|Sarawak"
    ).split("|")
}
# The last word of a place's name: such a name is never a person
PLACE_HEADS = set(
    "Avenue Boulevard County City Bridge Airport Station Beach Valley River Island Islands Centre Center "
    "Harbour Harbor Heights Mountains Coast Gardens Estate Province Prefecture District Borough Township Village "
    "Road Street Square Plant Reservoir Motorway Highway Corridor Fields "
    # laws and documents, named like people ("the Future Pensions Act"): never "she" or "he"
    "Act Directive Treaty Convention Protocol Charter Regulation Regulations Accord Strategy Programme".split()
)
# Adjective → country: "the French government" is France; "Finnish Foreign Minister" speaks for Finland
DEMONYMS = {
    "french": "France", "dutch": "Netherlands", "german": "Germany", "spanish": "Spain", "italian": "Italy",
    "british": "Britain", "american": "United States", "chinese": "China", "russian": "Russia",
    "ukrainian": "Ukraine", "polish": "Poland", "hungarian": "Hungary", "slovak": "Slovakia",
    "czech": "Czechia", "austrian": "Austria", "swiss": "Switzerland", "swedish": "Sweden",
    "norwegian": "Norway", "danish": "Denmark", "finnish": "Finland", "irish": "Ireland",
    "belgian": "Belgium", "portuguese": "Portugal", "greek": "Greece", "turkish": "Turkey",
    "japanese": "Japan", "south korean": "South Korea", "indian": "India", "canadian": "Canada",
    "australian": "Australia", "mexican": "Mexico", "brazilian": "Brazil", "israeli": "Israel",
    "iranian": "Iran", "egyptian": "Egypt", "estonian": "Estonia", "latvian": "Latvia",
    "lithuanian": "Lithuania", "romanian": "Romania", "bulgarian": "Bulgaria", "croatian": "Croatia",
    "serbian": "Serbia", "slovenian": "Slovenia", "maltese": "Malta", "cypriot": "Cyprus",
    "icelandic": "Iceland", "chilean": "Chile", "argentine": "Argentina", "colombian": "Colombia",
    "south african": "South Africa", "nigerian": "Nigeria", "kenyan": "Kenya", "saudi": "Saudi Arabia",
    "pakistani": "Pakistan", "indonesian": "Indonesia", "vietnamese": "Vietnam", "thai": "Thailand",
    "new zealand": "New Zealand",
}
BUILTIN_ALIASES = {
    "u.s.": "United States", "us": "United States", "usa": "United States", "u.s.a.": "United States",
    "america": "United States", "the united states": "United States", "the u.s.": "United States",
    "washington": "United States", "u.k.": "United Kingdom", "uk": "United Kingdom",
    "great britain": "Britain", "eu": "European Union",  # "Britain" stays as the wire services write it
    "the eu": "European Union", "moscow": "Russia", "kremlin": "Russia", "the kremlin": "Russia",
    "beijing": "China", "kyiv": "Ukraine", "kiev": "Ukraine",
    # seats of government that speak for it
    "downing street": "United Kingdom", "number 10": "United Kingdom", "no 10": "United Kingdom",
    "whitehall": "United Kingdom", "the white house": "United States", "white house": "United States",
    "the elysee": "France", "the élysée": "France", "elysee": "France", "élysée": "France",
    "the quai d'orsay": "France", "zhongnanhai": "China",
    # capitals stand for their country's government ("Berlin said"); not Brussels, which usually means the EU
    **{capital.lower(): country for country, capital in {
        "Germany": "Berlin", "France": "Paris", "Italy": "Rome", "Spain": "Madrid", "Netherlands": "The Hague",
        "Malta": "Valletta", "Austria": "Vienna", "Poland": "Warsaw", "Hungary": "Budapest", "Czechia": "Prague",
        "Greece": "Athens", "Portugal": "Lisbon", "Ireland": "Dublin", "Sweden": "Stockholm", "Norway": "Oslo",
        "Denmark": "Copenhagen", "Finland": "Helsinki", "Canada": "Ottawa", "Australia": "Canberra",
        "Japan": "Tokyo", "South Korea": "Seoul", "India": "New Delhi", "Turkey": "Ankara", "Estonia": "Tallinn",
        "Latvia": "Riga", "Lithuania": "Vilnius", "Slovakia": "Bratislava", "Slovenia": "Ljubljana",
        "Croatia": "Zagreb", "Romania": "Bucharest", "Bulgaria": "Sofia",
    }.items()},
    # "the French government", "the Dutch government": the country
    **{f"{d} government": country for d, country in DEMONYMS.items()},
}

# --- Stance cues in what was said ---------------------------------------------
LEXICON_ALTERNATIVES: list[list[str]] = []  # each lexicon's plain alternatives (tests compare the factored form)
LEXICON_SOURCES: list[list[str]] = []  # the same as written, before spelling out and lifting (tests compare them too)


_FIRST_LITERAL = re.compile(r"[\w '’\-](?![?*+{])")  # a literal first character, no quantifier on it
_LITERAL_START = re.compile(_FIRST_LITERAL.pattern + r"|\\'(?![?*+{])|$")  # … or an escaped apostrophe, or nothing
_LOOKBEHIND = re.compile(r"\(\?<[!=](?:\\.|[^()|\\])*\)")  # one lookbehind, no group or "|" inside


def _group_end(alternative: str) -> int:
    """Where the group that opens ``alternative`` closes (the index of its ")"), escapes and classes skipped."""
    return next((i for i, ch, depth in _structure(alternative) if ch == ")" and depth == 0), len(alternative))


def expand_lead(alternative: str) -> list[str]:
    """``(?:would|will) harm`` as ``would harm``, ``will harm``: a leading group of plain words, spelt out.

    ``factor`` cannot look inside a group, so an alternative that starts with one
    is a barrier tried at every word; spelt out, its words join the trie.  The
    matches are the same, in the same order (an optional group's words first).
    """
    if not alternative.startswith("(?:"):
        return [alternative]
    i = _group_end(alternative)
    inner, rest = alternative[3:i], alternative[i + 1:]
    options = split_top(inner)
    if not all(_LITERAL_START.match(o) for o in options) or rest[:1] in ("*", "+", "{"):
        return [alternative]  # "(?:\\w+ )?x": spelt out, it would still start with a class
    if rest.startswith("?"):
        options, rest = options + [""], rest[1:]
    return [x for o in options for x in expand_lead(o + rest)]


def lift_lookbehinds(alternative: str) -> str:
    """``(?<!bring )back`` as ``b(?<!bring b)ack``: the first letter before the lookbehinds that guard it.

    Matched at position p, the two are the same (the letter at p is the one the
    lookbehind now ends with), but the lifted form starts with a literal, so it
    joins ``factor``'s trie and the lookbehinds run only where the letter is.
    A run of lookbehinds, or one group of alternative lookbehinds, is lifted.
    """
    i, guards = 0, []
    while alternative.startswith("(?<", i):
        m = _LOOKBEHIND.match(alternative, i)
        if m is None:
            break
        guards.append(m.group())
        i = m.end()
    group = None
    if not guards and alternative.startswith("(?:(?<", 0):
        j = _group_end(alternative)
        options = split_top(alternative[3:j])
        if all(_LOOKBEHIND.fullmatch(o) for o in options):
            group, i = options, j + 1
    if not guards and group is None:
        return alternative
    c = _FIRST_LITERAL.match(alternative, i)
    if c is None:
        return alternative
    ch = c.group()
    close = lambda g: g[:-1] + ch + ")"  # noqa: E731
    lifted = "".join(close(g) for g in guards) if guards else "(?:" + "|".join(close(g) for g in group) + ")"
    return ch + lifted + alternative[c.end():]


def _barrier(alternative: str) -> bool:
    """Whether ``factor`` must keep ``alternative`` in place (it does not open with a plain literal)."""
    c = alternative[:1]
    return not (c and (c.isalnum() or c in " -'’") and not (len(alternative) > 1 and alternative[1] in "?*+{"))


def spell_out(alternative: str) -> list[str]:
    """A barrier as literal-led alternatives that match the same, in the same order, else itself: guards before a
    group (``(?<!x)(?:a|b)c`` as ``a(?<!x a)c``, ``b(?<!x b)c``) or a group whose options are guarded or groups
    themselves (``(?:(?:will|may) drain|drains)``).  Each barrier splits the merged trie of ``CUES`` in two.
    A leading ``\\b`` is dropped: every lexicon (and ``word_trie``) puts one before all its alternatives."""
    if alternative.startswith("\\b") and not _barrier(alternative[2:]):
        return [alternative[2:]]
    i = 0
    while (m := _LOOKBEHIND.match(alternative, i)) is not None:
        i = m.end()
    guards, body = alternative[:i], alternative[i:]
    if not body.startswith("(?:"):
        return [alternative]
    j = _group_end(body)
    options, rest = split_top(body[3:j]), body[j + 1:]
    if rest[:1] in ("*", "+", "{"):
        return [alternative]
    if rest.startswith("?"):
        options, rest = options + [""], rest[1:]
    out = [lift_lookbehinds(guards + y) for o in options for x in expand_lead(o + rest)
           for y in (spell_out(lift_lookbehinds(x)) if _barrier(lift_lookbehinds(x)) else [lift_lookbehinds(x)])]
    return [alternative] if any(map(_barrier, out)) else out


def _alt(words: str) -> str:
    written = [w.strip() for w in split_top(words) if w.strip()]
    alternatives = [lift_lookbehinds(x) for w in written for x in expand_lead(w)]
    alternatives = [y for x in alternatives for y in (spell_out(x) if _barrier(x) else [x])]
    LEXICON_SOURCES.append(written)
    LEXICON_ALTERNATIVES.append(alternatives)
    return factor(alternatives)


STRONG_POS = _lc(
    r"\b(?:" + _alt(
        r"strongly (?:support|supports|supported|back|backs|backed|endorse[sd]?|favou?r)|fully (?:support|supports|supported|back|backs|backed|endorse[sd]?|behind)|"
        r"wholeheartedly|the (?:very )?least (?:we|i|they|you) (?:owe|can do|could do)|"
        r"(?:cannot|can't|can no longer|could not|couldn't) (?:simply )?(?:keep|continue|go on) (?:\w+ing|to \w+)|enthusiastically (?:support|back|welcome)\w*|firmly (?:support|back)\w*|"
        r"unequivocally (?:support|back)\w*|100 per ?cent (?:behind|support)|no-brainer|game[- ]changer|"
        r"historic (?:first )?(?:day|step|moment|decision|achievement)|best thing|absolutely (?:essential|right|necessary|vital)|"
        r"long overdue|turning point|huge step forward|exactly what (?:\w+ ){1,3}needs?|(?:the )?single (?:most important|best|biggest|greatest) thing|(?:cannot|can\'t|could not|couldn\'t) come (?:soon|quickly|fast) enough|levels? the playing field|level playing field|tremendous|fantastic|excellent"
    ) + r")\b",
    I,
)
POS = _lc(
    r"\b(?:" + _alt(
        r"(?:carry|shepherd|steer|pilot) the (?:bill|measure|legislation) (?:through|in)\b|"  # "would carry the bill in the House"
        r"(?<!faces )(?<!face )(?<!lost )(?<!lose )(?<!won )(?<!win )(?<!survived )(?<!called )(?<!call )(?<!calls )"
        r"(?<!faced )(?<!facing )(?<!survives )(?<!survive )(?<!loses )(?<!losing )(?<!wins )(?<!winning )"
        r"(?<!held )(?<!hold )(?<!holds )(?<!holding )(?<!calling )(?<!demanded )(?<!demand )(?<!tabled )"
        r"an? (?:\w+ )?vote of confidence\b(?! (?:motion|debate|ballot))|"  # called the decision "a vote of confidence in quality"
        r"(?:voluntary|self-regulat\w+)(?: [\w\-]+){0,4} (?:has|have|had) (?:failed|not (?:worked|stopped|protected|delivered))\b|"  # "voluntary standards had failed to stop injuries": a case for the rule
        # "had signed on as co-sponsors": their names on the measure
        # "said he likes the idea but has some concerns"
        r"likes the (?:idea|plan|proposal|concept|change|move)\b|"
        r"signed on(?: as (?:a )?co-?(?:sponsors?|authors?|signator(?:y|ies)))?"
        r"(?! to (?:a|the) (?:letter|petition|campaign) against)\b|"
        r"agreed to (?:second|co-?sponsor) (?:it|the (?:motion|bill|proposal|amendment|measure|ordinance|resolution))\b|"
        # "any further delay would be a failure of leadership": the delay is what is wrong
        r"(?:any (?:further |more )?|further |more )(?:delay|delaying it|waiting) (?:would|will) be (?:a |an )?(?:\w+ )?(?:failure|mistake|"
        r"betrayal|disaster|scandal|tragedy|dereliction)|"
        # 'she is "cautiously on board"'; not "will need the Coalition on board", "who else was on board"
        r"(?<!who )(?<!else )(?:is|are|was|were|be|been|am|i'm|i’m|we're|we’re|they're|they’re) [\"“]?(?:\w+ly )?"
        r"(?:on board|on side)(?=\s*(?:[.,;:\"”]|$|with\b))|"
        r"support(?! (?:themselves|himself|herself|ourselves|myself|yourselves|itself|(?:their|his|her|our|a) famil(?:y|ies)))|"
        r"supports(?! (?:themselves|himself|herself|itself|(?:their|his|her|a) famil(?:y|ies)))(?! (?:about |around |some |more than |nearly |over |almost )?[\d,.]+ (?:million |thousand )?(?:jobs|people|workers|families|households|livelihoods))|supported|supporting|supportive|(?<!bring )(?<!brings )(?<!brought )(?<!bringing )(?<!push )(?<!pushes )(?<!pushed )(?<!pushing )(?<!set )(?<!sets )(?<!setting )(?<!put )(?<!puts )(?<!putting )(?<!scale )(?<!scaled )(?<!scaling )(?<!cut )(?<!cuts )(?<!cutting )(?<!roll )(?<!rolled )(?<!rolling )(?<!pull )(?<!pulled )(?<!pulling )(?<!fall )(?<!fell )(?<!falling )(?<!claw )(?<!clawed )(?<!paid )(?<!pay )(?<!paying )(?<!holding )(?<!held )(?<!holds )(?<!hold )(?<!come )(?<!came )(?<!coming )(?<!comes )(?<!go )(?<!going )(?<!went )(?<!get )(?<!got )(?<!move )(?<!moved )(?<!them )(?<!him )(?<!me )(?<!it )(?<!bought )(?<!buy )(?<!buys )(?<!buying )(?<!sold )(?<!sell )(?<!sells )(?<!selling )(?<!the )(?<!goes )(?<!gone )(?<!were )(?<!was )(?<!is )(?<!are )(?<!be )(?<!been )(?<!knock )(?<!knocked )(?<!step )(?<!stepped )(?<!turn )(?<!turned )(?<!look )(?<!looked )(?<!looking )(?<!way )(?<!straight )(?<!about )(?<!their )(?<!our )(?<!his )(?<!her )(?<!its )(?<!my )(?<!your )back(?!\s+(?:door|of|in|office|offices|room|rooms|yard|yards|garden|gardens|seat|seats|bench|benches|benchers|burner|catalogue|lane|lanes|alley|alleys|page|pages|to|then|when|home|down|up|away|off|on|onto|out|at|from|into|end|ends|inside|before|again|later|there|here|behind|under|towards?|across|through|over|where)\b)(?!\s*(?:[.,;!?]|$))|(?<!the )(?<!their )(?<!our )(?<!his )(?<!her )(?<!its )(?<!my )(?<!your )backs|backed|backing|sign(?:s|ed)? (?:up|on) to|"
        # not "push the boats out in favour of yachts", "dropped in favour of a levy": one thing giving way to another
        r"(?:(?<!out )|(?<=came out )|(?<=come out )|(?<=comes out )|(?<=spoke out )|(?<=speak out )|(?<=speaks out ))"
        r"(?<!aside )(?<!dropped )(?<!ditched )(?<!scrapped )(?<!abandoned )(?<!shelved )(?<!sidelined )(?<!passed over )"
        r"(?<!overlooked )(?<!rejected )(?<!replaced )in fav(?:ou)?r|"
        r"(?<!aside in )(?<!dropped in )(?<!ditched in )(?<!scrapped in )(?<!abandoned in )(?<!shelved in )"
        r"(?<!sidelined in )(?<!overlooked in )(?<!rejected in )(?<!replaced in )"
        r"(?:(?<!out in )|(?<=came out in )|(?<=come out in )|(?<=comes out in )|(?<=spoke out in )|(?<=speak out in )|"
        r"(?<=speaks out in ))favou?rs?|"
        r"in (?:all |good )conscience (?:vote for|support|back|endorse)|(?:was|were|been|am|is|are|remains?|remained) (?:an? |the )(?:(?!former |no |not )\w+ )?(?:supporter|backer|champion|advocate|proponent)(?= of (?:it|this|the (?:\w+ )?(?:plan|proposal|bill|scheme|idea|measure|levy|tax|ban|project|policy|reform|change)s?)\b|\s*[.,;\"”]|$)|welcome[sd]?|welcoming|endorse[sd]?|endorsing|(?<!if )(?<!once )(?<!unless )(?<!until )(?<!if it is )(?<!if it were )(?<!been )(?<!be )(?<!were )(?<!was )(?<!is )(?<!are )approve[sd]?(?! (?:trials?|products?|drugs?|devices?|providers?|suppliers?|vendors?|courses?|sites?|lists?|by)\b)|(?<!need )(?<!needs )(?<!needed )(?<!require )(?<!requires )(?<!required )(?<!seek )(?<!seeking )(?<!sought )(?<!await )(?<!awaiting )(?<!awaits )(?<!pending )(?<!without )(?<!for )(?<!to )(?<!'s )(?<!’s )approval|praise[sd]?|applaud\w*|hail(?:ed|s)?|"
        # wanting more of it: "the levy did not go far enough"; urgency: "lawmakers should not wait"
        r"(?:does|did|do|would|will|could)(?: not|n't) go (?:nearly |anywhere near |quite )?far enough|"
        # "too little, too late"; "the 20 per cent quota is too low and should be lifted to 30": more of it wanted
        r"too little,? (?:and )?too late|(?:is|are|was|were) (?:simply |far |much |way )?too (?:low|small|modest|timid|"
        r"weak|lenient|short)(?:,? and|,) (?:should|must|needs? to|ought to) (?:be )?(?:raised|lifted|increased|higher|"
        r"extended|tightened|strengthened|doubled|bigger|larger|longer|tougher)\b|"
        r"(?:should|must|need) not wait|(?:shouldn't|mustn't|can't afford to|cannot afford to) wait|no time to (?:lose|waste)|"
        r"good (?:first |next |big )?(?:idea|step|news|thing|move|decision|policy|plan|deal|start)|"
        r"(?:great|excellent|brilliant|fantastic|wonderful|smart|welcome) (?:first |next |big )?(?:idea|step|news|move|decision|policy|plan|start)|"
        r"right (?:decision|thing|move|call|step|direction|choice|idea|answer|approach|solution|way forward|investment)|"
        r"step (?:forward|in the right direction)|(?:logical|natural) (?:next )?step|next logical step|reasonable|sensible|(?<!science )(?<!school )(?<!every )(?<!trade )(?<!county )fair(?!-play)(?! (?:in|at) (?!the |a |an |its |their |this |that |our |his |her |my |many |some |most |all |every |principle|practice|theory|terms)[a-z])(?! (?:opens|opened|grounds?|project|season|organi[sz]ers?|traditionally)\b)|realistic(?! (?:choice|alternative|option))|(?:(?<=\bis )|(?<=\bare )|(?<=\bwas )|(?<=\bwere )|(?<=\bbe )|(?<=\bnot )|(?<=\bsimply )|(?<=\bentirely )|(?<=\bperfectly )|(?<=\bremains )|(?<=\bn't ))affordable(?! (?:hous|home|flat|unit|rent|propert|dwelling|childcare|accommodation))|achievable|feasible|necessary|"
        r"(?:the |a )?(?:responsible|prudent) (?:choice|thing to do|option|decision|course|path)|"
        r"give (?:the|our|this|these) (?:[\w\-]+ ){0,2}back to (?:the )?(?:people|residents|community|public|city|town|children)|"
        r"(?:every|any|each) other (?:option|alternative|choice|approach|plan) (?:is|would be|was) (?:far |much )?worse|"
        r"(?:the )?least bad (?:option|choice|alternative)|lesser (?:of (?:the |two )?)?evils?|"
        r"(?:understood|understands|understand|accepted|accepts|accept|recogni[sz]ed|recogni[sz]es|knew) (?:that )?(?:the |its |their |it |they )?"
        r"(?:\w+ ){0,2}(?:had|has|was left with|were left with|is left with) (?:no|little) (?:other |real |realistic |viable |better |good )?"
        r"(?:choice|options?|alternatives?)\b(?! (?:to|but|except)\b)|(?:did not|didn't|does not|doesn't|could not|couldn't|cannot|can't) see "
        r"(?:a|an|any) (?:other |real |realistic |viable |better |good )?(?:choice|options?|alternatives?)\b|"  # accepting it
        r"(?:cost|price) of (?:doing nothing|inaction|delay|waiting) (?:is|was|would be|will be) "
        r"(?:far |much |simply )?too (?:high|great)|"
        r"(?<!whether he )(?<!whether she )(?<!whether they )(?<!if he )(?<!if she )(?:would|will|'d|'ll|plans? to|intends? to|ready to|prepared to) sign (?:it|the (?:[\w\-]+ )?(?:bill|measure|law|legislation|ordinance|ban|version|deal|agreement|treaty))|"
        r"(?:answers|answered|addresses|addressed|allays|allayed|resolves|resolved|(?:has|had|have) met|dealt with|eased) (?:most of |many of |all of "
        r"|some of )?(?:the|their|our|my|his|her|those|these|its) (?:\w+ )?(?:concerns?|objections?|worries|reservations)|"
        r"(?:door|doors) (?:\w+ ){0,4}?(?:is|are|remains?|stays?) (?:wide |still )?open|"
        r"needed|essential|crucial|vital|important step|beneficial|(?<!sickness )(?<!unemployment )(?<!disability )(?<!housing )(?<!child )(?<!welfare )(?<!state )(?<!jobless )(?<!social )(?<!out-of-work )(?<!in-work )(?<!universal )(?<!means-tested )(?<!on )benefits?(?! of the doubt| claimants?| system| payments?| cap\b| cuts?\b)|(?<!for )(?<!with the )(?<!hired )helps?(?! of\b)|helped|improve[sd]?|"
        r"improvements?|positive|overdue|"
        # "promising", not the verb: "They are promising jobs", "announced it, promising buses every 10 minutes"
        r"promising(?! to\b)(?!(?:(?<=\bare promising)|(?<=\bwere promising)|(?<=\bis promising)|(?<=\bwas promising)"
        r"|(?<=, promising))\s+(?!(?:for|and|but|in|as|enough|so|too|though|indeed|at|on|if|given)\b)[\w\"“#'])|"
        r"encouraging|encouraged|pleased|delighted|glad|(?<!too )proud|"
        r"breakthrough|boost|protects?|safer|saves? lives|safeguards?|strengthens?|makes? (?!no |little |any |less |more |better )(?:\w+ ){0,2}sense|works well|"
        r"success(?:ful)?|effective|worthwhile|committed to|(?<!now )on the table(?! (?:was|is|were|are|would|will|could|has|had)\b)|irreversible(?! (?:damage|harm|loss|decline|mistake|error))|"
        r"agree[sd]? with(?! each other| one another| themselves)|"
        r"all for|ready to (?:talk|negotiate|consider|work)|open to|real value|valuable|"
        r"proven|(?:despite|in spite of|over|defying) (?:the |strong |fierce |vocal |repeated |mounting |growing )?(?:objections|opposition|criticism|concerns|protests|warnings|pressure|calls|demands)|(?:impossible|hard|difficult) to ignore|(?:cannot|can't|can not) be ignored|unavoidable|(?:has|have|had|is|was|there is|there was) (?:little|no) (?:other |real )?(?:choice|alternative)(?=[.;!?\"”’])|(?:who|which) (?:\w+ )?(?:introduced|sponsored|tabled|drafted|authored) the (?:legislation|bill|measure|motion|amendment)|(?:come|came|comes|coming) (?:a)?round to (?:the|this|it|backing|supporting)|evidence (?:\w+ ){0,4}(?:is|was|are|were) (?:\w+ )?(?:overwhelming|clear|compelling)|overwhelming evidence|(?<!un)workable (?:compromise|solution|plan|deal|scheme|proposal|approach|way forward)|go ahead as planned|(?:not|n't|n’t|never) (?:be )?(?:going to |about to |planning to |prepared to |intend to |try to )?(?:stand|get) in (?:the|its|their) way|(?<!not )(?<!n't )(?:could|can|would) (?:[\"“]?(?:grudgingly|reluctantly)[\"”]? )?(?:live with and )?accept (?:it|this|that|the (?:\w+ )?(?:plan|proposal|amendment|change|changes|bill|scheme|idea|measure|rule|rules|deal|figure|ratio|levy|fee|charge|cap|limit|increase|rise)|exports?)(?: [\"“]?with (?:considerable |serious |some |grave |deep )?reservations)?|(?:make|makes|made|making) (?:a |an )?(?:real|huge|big|massive|genuine|meaningful|tangible) difference|(?:prepared|willing|ready) to accept(?: (?:higher|bigger|extra|more|some|the) (?:bills|costs|fees|charges|prices|rates|taxes))?|leaning (?:towards?|toward) (?:yes|a yes|backing|supporting|voting for)|(?<!not )(?<!never )be (?:legislated|enacted|written into law|signed into law)|(?:urged|urging|urges|told) (?:\w+ ){0,3}not to (?:back down|give in|blink|retreat)|stand(?:s|ing)? (?:\w+ )?behind|keeps? (?:people|us|everyone|communities) safe|breathe life|(?:it's|it is|it was|it’s) (?:high |about |long past )?time (?:we|to|for|that)|get (?:this|it|the deal|the job) done|(?:is|are|was|would be|will be) (?:very |really |so )?good for(?! nothing)|(?:could|can) live with|breathing room|justified|"
        r"(?<!reserve the )(?<!reserves the )(?<!reserved the )(?<!reserving the )(?<!every )right to(?! be (?:angry|upset|worried|concerned|frustrated|heard|consulted))|should go ahead|must go ahead|should (?:be approved|pass)|(?<!when )we need (?:this|it)|"
        r"ease|easing|(?<!sanctions )(?<!tax )(?<!mortgage )(?<!debt )(?<!disaster-)(?<!disaster )relief|(?<!plan is )(?<!bill is )(?<!deal is )(?<!version is )(?<!proposal is )(?<!scheme is )(?<!plan was )(?<!bill was )(?<!deal was )(?<!version was )no longer acceptable(?! to)|(?<=it is )not acceptable that|(?<=it's )not acceptable that|(?<=it was )not acceptable that|starting point|best (?:option|way|solution|approach|choice|deal|plan|hope|answer|bet|chance)|acceptable|(?:persuaded|convinced) (?:me|her|him|us|them)(?! otherwise)|won over|"
        r"how it should be done|sustainable footing|too (?:\w+ ){1,2}to ignore|"
        r"(?:urged|urging|called on|pressed|pressing) [^.;]{0,40}? to (?:act|go ahead|press ahead|approve|adopt|introduce|impose|pass|enact|back|support|endorse)|"
        r"(?:asked|instructed|ordered|directed|commissioned|tasked) (?:the |his |her |their |its )?(?:[\w\-]+ ){0,3}(?:to )?(?:draft|draw up|prepare|write|bring forward) (?:the |new |a |draft )?(?:legislation|bills?|laws?|plans|proposals)|"
        r"(?:a |the )?(?:small|modest|tiny) price (?:to pay|for)|(?:a )?price worth paying|"
        r"(?:a |the )?(?:strong|compelling|clear|good|powerful|convincing|overwhelming) case for|(?<!overly )(?<!too )(?<!wildly )(?<!unduly )(?<!unrealistically )(?<!hopelessly )(?<!far too )optimistic(?! (?:assumptions?|forecasts?|projections?|estimates?|figures|scenarios?|view|outlook|timetable|targets?))|"
        r"(?:the|a) (?:only |right |best |sensible )?way forward|ticks? (?:all )?the (?:right )?boxes|"
        r"(?:i'm|i’m|i am|we're|we’re|we are) (?:all |now |firmly |still |very much |fully )?for it\b(?! to\b)|"  # not "he's for it"
        r"(?:wore|worn|wears|wearing) down (?:his|her|their|its|my|our) (?:objections|opposition|resistance|doubts|scepticism|skepticism)|"
        r"ran out of (?:reasons|arguments) (?:to say no|to oppose|against)|(?:come|came|comes|coming) away (?:as )?a convert|"
        r"(?:i'm|i’m|i am|he's|she's|is|was|became|become|becomes|now) (?:a|an) (?:\w+ )?convert(?! from)\b|"
        r"press(?:es|ed|ing)? for|(?:as|i'm|i’m|i am|we're|we’re|we are|he's|she's|he is|she is|he was|she was) all in(?=\s*(?:[.,;]|$|on\b|for\b|with\b))|(?:to|should|must|would|will|shall|can) (?:now )?(?:press|forge|plough|plow|push) ahead\b(?! with (?:plans? )?to (?:scrap|drop|cut|end|abandon))|"
        r"not (?:to )?water (?:it |the \w+ )?down|not be watered down|(?<!who )(?<!he )(?<!she )(?<!i )(?<!we )(?<!they )(?<!i’ve )(?<!i've )(?:has|had|have) worked|(?:it|this|that) would work|vote (?:yes|for it|in fav(?:ou)?r)|(?:i'm|i’m|we're|we’re|i am|we are|will be|i'll be|we'll be) voting yes\b|"
        r"share[sd]? (?:\w+ ){0,2}(?:support|enthusiasm)|campaign for|(?:campaign\w*|vote|voting|push\w*|argu\w+)\b[^.;]{0,60}\bfor a yes\b|join(?:ed|s)? (?:the|a) (?:growing |small |large )?(?:group|ranks|camp|list|coalition|chorus|bloc) of (?:supporters|backers|countries (?:backing|supporting))|worth (?:doing|it|trying|a try)|indispensable|(?:would|'d) (?:like|love) to see|(?:have|has|had) been waiting (?:for|on) (?:it|this|the (?:[\w\-]+ )?\w+)|(?:have|has|had|we've|i've) waited (?:\w+ ){0,3}(?:years|decades|months|long enough|so long|too long) for|pays? for itself|(?:a|our|the) duty to act|vote (?:for|in fav(?:ou)?r of) (?:it|this|(?:the|[a-z]+(?:'s|’s)) (?:[\w\-]+ )?(?:plan|proposal|bill|measure|cap|ban|tax|levy|scheme|motion|change|changes|amendment|reform|merger|project|deal|charge|resolution|ordinance|referendum|initiative|offer|takeover|bond|fee|fees|rule|rules|law|policy|budget|pilot|trial|regulations?|package|bylaw|by-law|proposition|expansion|treaty|agreement|contract|increase|rise|hike|cuts?|programme|program|legislation|limit|quota|levies|charges|reforms|closure|plans|proposals))\b|no longer (?:objects?|objected|opposes|opposed|against)|won (?:me|us|him|her|them) over|secure the future of|creat\w* (?:\w+ ){0,3}jobs|(?:exactly )?the (?:kind|sort|type) of (?:\w+ ){0,2}(?:we|this country|the country|the region|the city|the town|this city|this town|britain|europe|ireland) (?:needs?|need)|earned (?:its|their|a|her|his) place|(?:urg\w+|call\w* on|ask\w*) (?:\w+ ){0,4}not to (?:delay|block|stall|hold up|stand in the way)|(?:accepted|accepts|accept|made|makes|making) the case for|the only (?:realistic |real |sensible |viable |responsible |credible |workable |practical )?(?:thing|way|option|solution|answer|hope|route|path)|stick to (?:the|its|their|our|this) (?:[\w\-]+ )?(?:timetable|plan|deadline|target|schedule)|(?:press|push|go) ahead with|(?:top|number one|first|main|key|highest|overriding) (?:\w+ )?priority|(?<!who )(?<!most )(?<!that )(?:needs?|needed) (?:it|this)(?! (?:most|the most)\b)|a lifeline|(?:responsible|sensible|right|smart) thing to do|(?:have|has|had) been asking for|long asked for|long called for|looking forward to|looks? forward to|(?:not|never) (?:going to )?be (?:intimidated|bullied|blackmailed|cowed|browbeaten)|(?:will|would) not be (?:intimidated|bullied|blackmailed|cowed|browbeaten)|without (?:this|the|that|these|such|our|its|their|it|them)(?: (?:[\w\-]+ ){0,2}(?:support|funding|subsidy|subsidies|money|investment|scheme|plan|deal|agreement|ban|law|rules?|cap|reform|programme|program|grant|levy|tax|service|services|route|unit|project|treaty|measures?|change|changes))?,? (?:[\w\-’']+ ){0,6}?(?:would|will|could|might)|(?:would|will|did|does) not back down|won't back down|(?:refus\w+|no intention) (?:to|of) back(?:ing)? down|not backing down|(?:every|each) (?:single |extra |further |additional )?(?:day|week|month|year|season|winter|summer) (?:of (?:delay|inaction|waiting|dithering)|(?:we|they|it|you|ministers|the government) (?:wait|waits|delay|delays|dither)|without (?:an? |the |this |that |such an? )?(?:[\w\-]+ )?(?:agreement|deal|ban|law|action|rules?|cap|reform|plan|treaty|scheme|vaccine|vaccination|programme|program|legislation|limits?|tax|levy|embargo|policy))|(?:a|the) model (?:for|of)|serves? as a model|win-win"
    ) + r")\b",
    I,
)
STRONG_NEG = _lc(
    r"\b(?:" + _alt(
        r"strongly (?:oppose[sd]?|object\w*|reject\w*|against)|firmly (?:oppose[sd]?|against|reject\w*)|"
        r"(?:emphatically|vehemently|fiercely|bitterly|adamantly|categorically|implacably|resolutely) (?:opposed|against|oppose[sd]?|reject\w*)|"
        r"forget about it|you can forget|over my dead body|nanny state|(?:is|was|are|'s|’s) (?:simply |just )?not going to happen|(?:will|would) never happen|(?:the )?last thing (?:\w+ ){1,3}needs?|box-ticking exercise|(?:would|will|(?<!left )(?<!alone )to) fight (?:any|every|the|this|it)(?! (?:on (?:their|our|his|her|my) own|alone))|no way|absolutely not|dead on arrival|"
        r"hammer blow|body blow|(?:tax|taxing|taxed|regulat\w+|driv\w+|drove|legislat\w+) (?:\w+ ){0,3}out of (?:existence|business)|unacceptable|outrageous|disgrace\w*|scandal\w*|catastroph\w*|disaster(?![- ]relief)|disastrous|ridiculous|"
        r"absurd|betrayal|insult|scrap (?:this|the|it)\w*|(?<!left to )fight (?:this|it|the plan)(?! (?:on (?:their|our|his|her|my) own|alone))|will never (?:accept|support|agree)|"
        r"never (?:accept|support|agree)|completely wrong|plain and simple|devastating|reckless|"
        r"(?:glad|happy|pleased|delighted|relieved) to see the back of|mass surveillance|outright ban|thin end of the wedge|open(?:s|ed|ing)? the floodgates|(?:has|had|have) no place"
    ) + r")\b",
    I,
)
NEG = _lc(
    r"\b(?:" + _alt(
        # "This doesn't save a single reef", "will not create one extra home": the measure achieves nothing
        r"(?:won't|will not|wouldn't|would not|doesn't|does not|didn't|did not|won’t|doesn’t|wouldn’t|didn’t) "
        r"(?:save|stop|create|make|prevent|deter|protect|help|fix|solve|build|add|hire|train|catch|reduce|bring back) "
        r"(?:a single |one (?:more |extra |additional |new )?)(?=[\w\-])(?![\w\-]+ (?:[\w\-]+ )?from\b)|"  # (not "doesn't stop a single person from marching": no harm done)
        r"turn(?:s|ed|ing)? (?:it|them|(?:the|this|that) (?:[\w\-]+ )?(?:application|request|proposal|plan|bid|scheme|bill|"
        r"offer|permit|consent|licen[cs]e|extension|expansion|money|cash|deal|sponsorship|donation)) down\b|"  # "wanted the province to turn the application down"
        r"(?:bring|brought|grind|ground) (?:\w+ ){0,3}?to a (?:standstill|halt)|"  # "vowed to bring the capital to a standstill"
        r"(?:restrict\w*|take away|taking away|took away|takes away|curtail\w*|undermin\w*|erod\w*|strip\w* (?:\w+ )?of|attack\w* on|remov\w*|limit\w*) (?:the |our |their |its |people's |workers' |your |a )?(?:fundamental |basic |constitutional |democratic |hard-won )?rights? to\b|"
        r"oppose[sd]?|opposing|opposition to(?! (?:listen|back|support|vote|reconsider|rethink|think|join|accept|drop|withdraw|stop|help|work|come|let|allow|pass|approve|reject|abstain|engage|change|do|be|get|give|make|take|see|hear|heed|put|show|set|stand|step|play|honou?r|respect|keep)\b)|(?<!fight )(?<!battle )(?<!struggle )(?<!war )(?<!protection )(?<!defence )(?<!insurance )(?<!safeguard )(?<!safeguards )(?<!enforcement )(?<!protections )(?<!checked )(?<!matched )(?<!compared )(?<!measured )(?<!weighed )(?<!vaccinated )(?<!immunised )(?<!immunized )against(?! (?:a |the |police |national )?(?:watchlist|watch list)s?\b)(?! (?:a |an |the )?(?:[\w\-]+ ){0,3}(?:target|capacity|average|forecast|estimate|budget|benchmark|baseline|projection|ceiling|figure|total)s? of\b)(?! (?:a |the )?(?:backdrop|background) of)|reject[sd]?|rejecting|criticis\w+|criticiz\w+|critical of|"
        r"condemn\w*|dismiss(?!ed\b)\w*|(?<!was )(?<!were )(?<!been )(?<!being )(?<!be )(?<!unfairly )(?<!wrongly )dismissed|(?:wants?|wanted|wanting) (?:the|this|it|that) (?:[\w\-]+ )?(?:revised|rewritten|watered down|scrapped|delayed|overturned|reversed|dropped|withdrawn|shelved|paused)|(?<!the )(?<!these )(?<!those )(?<!its )(?<!their )(?<!our )object(?:s|ed)? to(?! (?:go|be|return|come|leave|travel|remain|stay)\b)|objections?|concerns?(?!(?: (?:about|over|on|with)(?: [\w\-]+){1,4}?)? (?:had|have|has|were|was) (?:now )?(?:been|being) (?:\w+ )?(?:addressed|met|resolved|answered|allayed|dealt with))|concerned|worried|worries|worry|"
        r"fears?|feared|(?:would|will|could|might|may|to) (?!reduce |prevent |limit |lower |cut |minimi[sz]e |avoid )(?:\w+ )?risk|(?:put|puts|putting) (?:\w+ ){1,3}at risk|risky|(?<!you are )(?<!who are )(?<!who are actually )dangerous(?! (?:people|offenders|individuals|suspects|men|drivers)\b)|danger|(?:would|will|could|might|may|to|can) (?!reduce |prevent |limit |lower |cut |minimi[sz]e |avoid |repair |undo )(?:\w+ )?(?:harm|damage)|harms|harmed|harming|harmful|hurts?|damages|damaged|damaging|costly|"
        r"on the backs of|vot(?:e|ed|ing) (?:it|this|the \w+) down|(?:a )?relic of|belongs? in a museum|(?:regrett?(?:ed|s|ing)?|deplor\w+) (?:the |this |that |\w+(?:'s|’s) )?(?:\w+ )?(?:decision|move|choice|announcement|vote) to|(?:(?:would|will|could|might|may|to|can) drain|drains|drained|draining) (?:\w+ ){0,2}(?:deposits|funds|money|resources|savings|budgets?|reserves|coffers)|rais(?:e|es|ed|ing) the cost|(?:the )?case (?:for (?:[\w\-]+ ){1,2})?(?:has|had) not been made|(?:legal|regulatory|investment|years of) uncertainty|(?:justification|case|rationale|reasoning) (?:[\w\-]+ ){0,4}no longer holds|(?:would|will|should) not go ahead|higher (?:\w+ )?(?:bills|prices|costs|fares|rents|premiums)|(?:makes?|made|making) no (?:\w+ )?sense|revenue-raising exercise|(?:call|calls|called|calling) for (?:the|it|this) (?:[\w\-]+ ){0,2}to be (?:rejected|refused|scrapped|withdrawn|dropped|blocked|abandoned|thrown out)|(?:urged|urging|urges|calling on|called on) (?:\w+ ){0,3}to (?:withdraw|drop|abandon|scrap|reject|refuse)|(?:would|will|to|plans? to|threatened to|vowed to) sue|(?:call|calls|called|organi[sz]ed|staged|held) (?:a |mass )?protests?|"
        r"(?:make|makes|making|made) it (?:\w+ )?(?:harder|more difficult|impossible|tougher|more expensive) (?:for|to)\b|(?:clear |flagrant |serious |blatant )?breach(?:es)? of|breach(?:ing|ed|es)? (?:the|its|their|international|european|human|basic|fundamental) (?:\w+ )?(?:rights?|law|laws|convention|constitution|rules|treaty|obligations)|violat(?:es|ed|ing|ion of|ions of)|indefensible|inexcusable|blunt instruments?|sledgehammer to crack a nut|(?:poorly|badly) targeted|(?:an? )?(?<!least )(?<!less )(?:expensive|costly|clumsy|inefficient|wasteful|crude|cynical|roundabout) way (?:to|of)\b|cash cows?|cash grab|(?:put|puts|putting) a lid on (?:\w+(?:'s|’s) )?(?:most |\w+ )?(?:successful |growing |thriving )?(?:industry|industries|growth|exports?|investment|jobs|business|businesses|innovation|development)\b|money grab|back(?:s|ed|ing)? (?:(?:the |a )?[\w’'\-]+(?:'s|’s)|his|her|their|its) opposition\b|(?:little|no|limited) patience (?:for|with)|(?:rip|rips|ripped|ripping|tear|tears|tore|tearing) the (?:heart|soul|life) out of|(?:final |last )?nail in the coffin|treats? (?:the|a) symptoms?,? (?:and )?not (?:the|its) (?:disease|causes?)|unaffordable|burden|unfair|unworkable|unrealistic|unnecessary|unjustified|unjustifiable|unwarranted|mistake|wrong|bad idea|flawed|"
        r"treat\w* (?:\w+ ){0,2}like (?:children|kids|babies|criminals|idiots|fools|suspects)|"
        r"misguided|premature|rushed|heavy-handed|un-?(?:american|australian|british|canadian|democratic)|overreach|threat(?:en|ens|ened)?|undermines?|undermining|"
        r"(?<!ferrous )(?<!aluminium )(?<!copper )(?<!metal )(?<!export )(?<!for )(?<!of )(?<!the )(?<!as )(?<!keep )(?<!keeps )(?<!keeping )scrap(?! (?:metal|yards?|dealers?|merchants?|prices?|trade|exports?|steel|iron|copper|aluminium|paper|plastic|cars?|vehicles?|tyres?|value|out|was|is|were|in|for|into)\b)|repeal|veto|confiscatory|lowers? the bar(?! (?:for (?:[\w\-]+ ){1,4}to (?:take|hire|enter|get|join|start|access|apply|qualify|compete|open|invest|build|train)|to entry)\b)|in protest (?:at|against) (?:the|it|this)|(?<!shopping )(?<!city )(?<!office )(?<!apartment )(?<!residential )(?<!tower )(?<!housing )(?<!cell )(?<!voting )(?<!busiest )(?<!the )(?<!a )(?<!one )(?<!per )(?<!chopping )(?<!weekend )(?<!week )(?<!hour )(?<!time )(?<!single )(?<!morning )(?<!evening )(?<!afternoon )(?<!city )block(?! (?:of|party|grant|vote))|halt|resist|good[ -]for[ -]nothing|not worth the paper|walk away|antagoni[sz]\w*|(?:a )?solution in search of a problem|consulted nobody|without (?:any |proper |adequate |meaningful |real |genuine |public )?consultation|inconsistent with|(?:not|n't) (?:be )?consistent with|"
        r"no consultation|(?:more|leaves?|leaving|left|makes?|making|made) (?:\w+ )?vulnerable to|undervalue[sd]?|undervaluing|job-cutting|dressed up as|less choice|cash grab|power grab|dumbing down|dumbs down|dumbed-down|dumbed down|"
        # (each opens on its rare word: the engine tries a branch at every word)
        r"(?:consultation|hearing|review|process|inquiry|exercise)s? (?:\w+ ){0,3}?(?:is|was|are|were|be) (?:a |merely a "
        r"|just a |only a |nothing but a )?(?:mere )?formality|rubber[ -]stamp(?:ing|ed)?|"
        r"(?:ploy|smokescreen|smoke screen|fig leaf|trojan horse|sham|charade)\b|"
        r"higher (?:bills|prices|costs|fares|rents|premiums)|(?:publicity|political) stunt|gimmick(?:s|y)?|vanity projects?|non-?starter|(?:will|would|could|can) never work|(?:simply|just) (?:won't|will not|would not|wouldn't) work\b|(?:are|is|were|was|been) pushing back(?=\s*[.,;]|\s*$)|(?:push|pushes|pushed|pushing) back (?:against|hard)|(?:goes|go|going|went|gone) (?:much |far |a step |way )?too far|(?:a|one) step too far|(?<!let )(?:stand|stands|standing|stood) in the way of|(?:keep|keeps|kept|stay|stays|stayed|steer|steers|steered) (?:well )?clear of (?:it|this|that|them|the (?:\w+ )?(?:plan|proposal|scheme|arrangement|pact|deal|idea|project|partnership|alliance|agreement|treaty|bill|initiative))\b|shortchang(?:e|es|ed|ing)|(?:no|little|zero) (?:real |political |public )?appetite(?: whatsoever| at all)?(?=\s*(?:[.,;]|$|for (?:it|this|that|the (?:\w+ )?(?:plan|idea|proposal|scheme|change|ban|levy|tax|bill|move|measure|policy)|bringing|introducing|an? (?:\w+ )?(?:ban|levy|tax|cap|charge|fee|scheme))\b))|(?:serious|grave|deep|strong|major|real|considerable|significant) reservations|(?<!with )(?<!some )reservations about|no (?:good |real |compelling |convincing )?(?:case|justification) for|(?:an? )?(?:terrible|awful|dreadful|horrible|appalling|bad|stupid|foolish|silly|misguided|lousy) (?:idea|plan|policy|decision|move|deal|proposal|law|bill)s?|(?:complete |utter |total )?nonsense|(?:doesn't|don't|do not|does not|did not|didn't|won't|will not|simply do not|simply don't) add up|distort(?:s|ed|ing)?|signal(?:l?ed|s)? (?:its |their |his |her )?opposition|failure|(?<!who )(?<!which )(?<!that )(?<!the )(?<!an )(?<! a )(?<!cut )(?<!cuts )(?<!reduce )(?<!fewer )(?:fails?|(?<!had )failed|had failed(?![.,;]))(?! to (?:cast|vote|turn up|register|pay|comply|attend|show|meet|return|appear|report))|irresponsible|ill-conceived|sceptic\w*|"
        r"skeptic\w*|(?<!benefit of the )doubts?|doubtful|problem\w*(?! gambl| drink)|(?:a|an|complete|total|huge|massive|utter|colossal|big|terrible) waste(?![ -](?:collection|management|disposal|water|site|facility|incinerator|plant|service|transfer|recycling|company|firm|contract|stream|heat|oil|paper|bins?|removal|treatment|processing|reduction|depot|centre|center)\b)|waste of|wasteful|trade war|provocation|provoke|(?<!live with the )(?<!lives with the )(?<!living with the )consequences|"
        r"tax on|drive (?:customers|people|business|jobs) away|go elsewhere|shrunk|shrink\w*|"
        r"will not work|won't work|doesn't work|does not work|uncomfortable|unenforceable|gesture politics|"
        r"symbolic (?:politics|legislation)|"
        r"(?:purely|merely|only) symbolic|symbolic at best|feel-good (?:rule|measure|policy|gesture|law|politics)|"
        r"at the expense of|police officers|industrial zone|disrupt\w*|nobody asked|not been consulted|"
        r"not good enough|insufficient|inadequate|too little(?!,? (?:and )?too late)|protectionism|no sign of|"
        r"(?:fees?|prices?|rates?|tax(?:es)?|levy|levies|charges?|fares?|rents?|tolls?|premiums?|targets?|thresholds?|"
        r"quotas?|rules?|conditions?|requirements?|penalt(?:y|ies)) (?:is|are|was|were|seems?|looks?) "
        r"(?:simply |far |much |way |just )?too (?:high|steep|expensive|costly|harsh|strict)\b(?! to\b)|"
        r""
        r"(?:impossible|unworkable|unenforceable) in practice|"
        r"(?:impossible|unrealistic) to (?:meet|achieve|deliver|enforce|implement|police)\b|"
        r"(?:did not|didn't|didn’t|never) sign(?:ed)? up (?:for|to)\b(?! (?:politics|public life|this job|the job)\b)|"
        r"(?:it|this|they|technology|system|software|scheme|plan|rollout|network)(?:'s|’s| is| are)(?:n't|n’t| not) "
        r"(?:yet )?ready(?! to\b| for the future)|(?:it|this|they) (?:is|are)n['’]t (?:yet )?ready(?! to\b| for the future)|"
        r"not (?:convinced|persuaded)|not acceptable(?! that)|rule out|stealth tax|pay the price|missed (?:opportunity|chance)|"
        r"gambl(?:e|ing) with|saddled? (?:\w+ ){0,4}with|deter(?:s|red|ring)?|walk-?outs?|price (?:\w+ ){0,3}out of|price[sd]? out\b|pric(?:e|es|ed|ing) (?:\w+ ){0,3}out\b|"
        r"cut jobs|job losses|reverse (?:the|it|this|that)|(?:that|this|the|his|her|its|their) warning|"
        r"vandalism|judicial review|legal challenge|challenge (?:the|it|this) (?:\w+ )?(?:in court|at the)|challenge (?:the|it)|"
        r"incompatible|disappoint(?:ed|ing|ment)|reconsider|rethink|signatures against|"
        r"drop (?:it|the (?:plan|tariff|proposal|policy|scheme|ban|idea|measure))|abandon|scrapp(?:ed|ing)|"
        r"(?:make|makes|making|made) (?:\w+ ){0,4}worse|not on (?:the |our |their |its )?(?:\w+(?:'s|’s) )?agenda|(?:would|will|could) cost (?:\w+ ){0,3}(?:hundreds|millions|billions|thousands|jobs|dearly)|(?:do|does|doing|did|achieve|achieves|achieved) (?:next to|little or|almost|virtually) nothing|"
        r"share[sd]? (?:\w+ ){0,2}opposition|campaign against|(?:i'm|i’m|we're|we’re|i am|we are|will be|i'll be|we'll be|will) (?:vote|voting) no(?=\s*[.,;!]|\s*$)|spoil|scar the|blight|eyesore|legal action|"
        r"vote (?:no|against)|(?:campaign\w*|vote|voting|push\w*|argu\w+)\b[^.;]{0,60}\bfor a no\b(?![\-])|appeal (?:the|against the|against) (?:decision|ruling|permit|approval|order)|"
        r"(?:ahead of|before|over) (?:people|residents|families|communities|patients|children)|"
        r"(?:will|would|(?<!whether )to|threaten(?:s|ed)? to) (?:go on )?strike|(?:call|calling|called|stage|staging) (?:an? (?:\w+ )?|(?:nationwide|national|general|indefinite) )strike|strike action|walk out|step backwards?|protectionist|drive away (?:customers|tourists|visitors|business|investors|people|shoppers)|(?:would|will|could|might) (?:simply|just|soon) (?:stop (?:coming|visiting)|stay away)|(?:put|puts|putting|force|forces|forced|forcing) (?:[\w,]+ ){1,5}out of (?:a job|jobs|work|business)\b|outlived (?:its|their) usefulness|(?:a )?slap in the face|(?:best|better) left to|(?:should|must|ought to) (?:instead|rather)\b|lose (?:their |our |its )?(?:income|jobs|livelihoods?)|shelve[sd]? (?:the|this|it)|(?:little|no|few) (?:real )?benefits?|(?:must|should) (?:not|never) (?:be built|go ahead|happen|be allowed|be approved|pass)|destroy(?:s|ed|ing)?|better (?:spent|used|targeted|directed|invested) (?:on|at|elsewhere|\w+ing\b)|(?:was|were|been|am|is|are|remains?|remained) (?:an? |the )(?:(?!former |no |not )\w+ )?(?:opponent|critic)(?= of (?:it|this|the (?:\w+ )?(?:plan|proposal|bill|scheme|idea|measure|levy|tax|ban|project|policy|reform|change)s?)\b|\s*[.,;\"”]|$)|a death sentence|(?:more |extra |needless )?(?<!cut )(?<!cuts )(?<!cutting )(?<!slash )(?<!reduce )(?<!through )(?<!\bless )(?<!cut the )(?<!cutting the )(?<!slash the )(?<!reduce the )red tape|makes? no sense|(?:make|makes|made) (?:more |much more |better )?sense to (?:wait|pause|hold off|delay)\b|(?:does|do) not make (?:any )?sense|(?:doesn\'t|don\'t) make (?:any )?sense|luxury (?:\w+ ){0,4}(?:can't|cannot|can not) afford|(?:we|country|nation|state|city|council|taxpayers) (?:simply )?(?:can't|cannot|can not) afford (?:it|this|that)\b|not suitable|unsuitable|no intention of (?:accepting|supporting|backing(?! down)|agreeing to|introducing|adopting|reopening|renegotiating|changing|revisiting)|politically dead|(?:focus|concentrate) instead|instead (?:focus|concentrate)|punish(?:es|ed|ing)?|overturn\w*|(?:an |a direct |a frontal )?attack on|unthinkable|(?:would|will|could|did) not agree to|(?:won\'t|refuse[sd]? to) agree to|(?:should|must|would) be (?:paused|halted|delayed|stopped|suspended|shelved|put on hold|put off|postponed|taken out|ripped out|removed|scrapped|abolished|repealed|reversed|withdrawn|abandoned|dropped)|(?<!left to )(?:fight|fighting|fought|fights) (?:on )?(?:against )?(?:this|it|the (?:\w+ )?(?:plan|proposal|scheme|downgrade|closure|cuts?|ban|bill|decision|merger|move|changes?|tax|levy|project|development|expansion))|disproportionate|(?:urg\w+|call\w* on) (?:\w+ ){0,3}instead|(?:take|taking|took|takes) (?:all )?(?:(?:necessary|appropriate|firm|resolute|countervailing|legal) )?(?:measures|steps|action) to (?:safeguard|protect|defend)|retaliat\w+|countermeasures|backfire[sd]?|(?:has|had|have) no plans? to|(?:would|will|could) (?:be|mean|spell) the end of|kill(?:s|ed|ing)? (?:off )?(?:the|our|their|this|it)\b|stay out|joined (?:the|a) (?:opposition|protest|campaign against|chorus of (?:critics|opposition))|(?:joined|staged|led|organi[sz]ed) (?:a |the )?protests?|protest(?:ed|ing)? against"
    ) + r")\b",
    I,
)
def _inner(rx: re.Pattern) -> str:
    return rx.pattern[len(r"\b(?:"):-len(r")\b")]


# All four in one pass, strongest first: where two could start at the same word the
# earlier group wins, which is the precedence the lists above are written for
# (tests/test_extract_properties.py checks it against matching them one by one).
CUES_BY_GROUP = re.compile(  # a word start, or an apostrophe after a letter ("he'd like to see"): the same as \b here, and faster
    rf"(?:(?<!\w)(?=\w)|(?<=\w)(?=['’]))(?:(?P<strong_neg>{_inner(STRONG_NEG)})|(?P<strong_pos>{_inner(STRONG_POS)})|(?P<neg>{_inner(NEG)})"
    rf"|(?P<pos>{_inner(POS)}))\b"
)
# The same as one trie of all four lists' alternatives in that order (an ordered alternation finds the same spans):
# the engine tests a word's first letter once instead of four times, twice as fast.  Which list a match came from
# is the first whose own pattern matches there (``cue_group``); tests/test_extract_properties.py compares both.
CUE_GROUPS = tuple((name, re.compile(f"(?:{_inner(rx)})\\b")) for name, rx in
                   (("strong_neg", STRONG_NEG), ("strong_pos", STRONG_POS), ("neg", NEG), ("pos", POS)))
# With "\b" before the trie: measured a quarter faster than a word-start look-behind behind each first letter
# (on the clauses _stance reads, and on whole articles).
CUES = re.compile(r"\b(?:" + _lower(factor(
    [a for rx in (STRONG_NEG, STRONG_POS, NEG, POS) for alts in LEXICON_ALTERNATIVES
     if _lower(factor(alts)) == _inner(rx) for a in alts])) + r")\b")


def cue_group(seg: str, at: int) -> str:
    """The list ("strong_neg", "strong_pos", "neg", "pos") of the ``CUES`` match at ``at`` in ``seg``."""
    return next(name for name, rx in CUE_GROUPS if rx.match(seg, at))

# Withholding a position: neutral, overrides other cues.
NEUTRAL = _lc(
    r"\b(?:" + _alt(
        r"(?:commit|commits|committed|committing|decide|decided|go|goes|went|come|came) (?:\w+ )?(?:either|one) way|"
        r"weighing (?:up )?the (?:costs and benefits|benefits and costs|"
        r"pros and cons)|neither cheer nor boo|"  # "he was still weighing the costs and benefits"
        r"(?:a |its |their )?(?:free|(?<!good )conscience) vote|(?:vote|voting|campaign|campaigning|argue|arguing|lobby|lobbying|recommend|recommending|advise|advising) for or against|"
        r"not (?:the|my|our|its|his|her|their)(?: (?:government|state|council|ministry|department|court|board|agency|police)(?:'s|’s))? (?:role|job|place|business)(?: of(?: [\w\-]+){1,6}?)? to (?:choose|decide|campaign|take|judge|say|pick|comment|weigh|tell|lobby)|(?:could|can)(?:not| not|n't) decide (?:whether|if)|(?:took|takes|take|taking) no (?:position|stance|view|sides?)|not (?:be )?taking sides|(?:has|have|had) not taken a side|not (?:be )?(?:taking|take) a side|(?:does|do|did|would|will) not comment on|declined to comment on the (?:substance|merits|detail)|"

        r"(?:declin|refus)\w* (?:either |both )?to (?:support|endorse|back|welcome) or (?:to )?(?:oppose|reject|critici[sz]e)|"
        r"(?:declin|refus)\w* to (?:back|support|join|endorse|side with) either (?:camp|side)|"
        r"(?<!not )(?<!n't )(?<!longer )(?<!never )(?<!should )(?<!must )(?<!to )"  # not "can no longer stay out of it"
        r"(?:stay|stays|stayed|staying|remain|remains|remained|keep|keeps|kept|keeping) out of "
        r"(?:it|the (?:argument|fight|debate|row|dispute|fray|controversy|quarrel))|"
        r"(?:not|never|refused to|declined to|won't) (?:come down|fall|land) on (?:either|one|any) side|"
        r"(?:not|never|refused to|declined to|won't|yet to)(?: (?:want|wish|intend|going|wanting) to)? "
        r"(?:take|pick|choose) (?:sides|a side)|"
        # "would implement whatever the department required" (not "whatever is required to stop it": a vow)
        r"whatever the (?:\S+\s+){0,3}?(?:requires?|required|determines?|determined|opts? for|opted for|settles? on|"
        r"settled on)\b|"
        r"whatever (?:[^\s,;]+\s+){0,4}?(?:decides?|decided|produces?|chooses?|chose|chosen|rules?|agrees?|agreed|decision|sets?|approves?|passes|passed|emerges?|adopts|adopted|(?:are|is|were|was|get|gets) given)|"
        r"declin(?:ed|ing|es) (?:repeatedly |again |twice )?to (?:comment(?: on (?:it|the (?:\w+ )?(?:plan|proposal|policy|decision|scheme|bill|measure|deal|matter|merits|issue)))?"
        r"(?=\s*[.,;]|\s*$)|comment on (?:whether|if)|say (?:(?:at the weekend|on \w+|last \w+|this \w+|yesterday|today|again|publicly),? )?(?:whether|if|where|which|how (?:he|she|they|it|we|the party|the group) (?:would|will|might|intends? to|plans? to) vote)|"
        r"take a (?:position|stance|view)|give (?:a|an|his|her|their|its) (?:own |personal )?(?:view|opinion|position))|"
        r"refused to (?:say (?:whether|if|where)|comment(?! on (?:the )?(?:cost|price|timing|details|figures)))|"
        r"(?:would|will|did) not comment on (?:the )?(?:policy|plan|proposal|decision|scheme|deal|bill|merits|issue)|"
        r"before taking a (?:view|position|stance|decision)|(?:has|have|had|is|are)(?: \w+ly)?(?: not| not yet| yet to|n.t| still not) (?:made up|make up|decided|sure)(?: (?:his|her|its|their|our|my) minds?)?|not for (?:us|me|him|her|them|the (?:police|council|force|board|department|court|agency)) to (?:take sides|decide|say|judge|comment)|"
        r"(?:has|have) yet to (?:decide|take a (?:view|position|stance))|"
        r"(?<!not )(?<!n't )(?<!cannot )(?<!never )(?<!no longer )wait(?:s|ed|ing)? (?:for|until) (?:the |an? |its |their |his |her )?(?:[\w\-]+ ){0,3}(?:evaluation|results?|report|review|evidence|outcome|assessment|findings|study|studies|analysis|consultation|inquiry|audit|data)|"
        r"not for (?:\S+ ){1,3}to (?:judge|say|decide|comment|set|make)|(?:entirely |purely |simply )?a matter for|\ba (?:policy |political )?question for (?:the )?(?:council|board|councillors|councilors|politicians|parliament|government|elected officials|voters|ministers|members|courts?)\b|"
        r"(?:seek|seeks|seeking|sought) clarification|(?:would|will) not comment until|took no view|takes no view|"
        r"on (?:its|their) (?:own )?merits|consider (?:\w+ ){0,3}carefully|(?:matters|questions) of policy|"
        r"before (?:expressing|giving|taking|forming|offering|reaching|settling on) (?:a|any|its|his|her|their) (?:view|position|opinion)|"
        r"(?:not|yet to) (?:taken?|take) sides|declined to take sides|finely balanced|(?:good |strong |valid |compelling )?(?:arguments|points|cases) on (?:both|all) sides|an open mind|no (?:strong |firm |settled |fixed |particular )(?:view|position|opinion|feelings?)|no (?:\w+ )?(?:feelings?|preference) (?:either way|one way or the other|as to|about (?:who|which|whether))|"
        r"refused to say how (?:he|she|they|it|we) (?:would|will|might|intends? to|plans? to) vote|neither for nor against|(?:kept|keeps|keeping|has kept|have kept) (?:his|her|its|their|my|our) own counsel|before (?:i|we|he|she|they|it) (?:say|decide|vote|commit)(?: \w+)? (?:yes or no|either way|one way or the other)|neither (?:champion|support|back|endorse|promote|praise|bless|applaud|welcome|cheer)(?: it)? nor (?:fight|oppose|resist|attack|block|condemn|critici[sz]e|bury|reject|obstruct)|neither (?:fight|oppose|resist|attack|block|condemn|critici[sz]e|bury|reject|obstruct)(?: it)? nor (?:champion|support|back|endorse|promote|praise|bless|applaud|welcome|cheer)|"
        # "was neither supporting nor objecting to the application"; "is not endorsing and is not opposing"
        r"neither (?:championing|supporting|backing|endorsing|promoting|praising) nor (?:fighting|opposing|resisting|"
        r"attacking|blocking|condemning|critici[sz]ing|objecting)|"
        r"(?:not|no longer) (?:endorsing|supporting|backing)(?: (?:it|the \w+))?,? (?:and|or|nor|but) (?:\w+ ){0,3}?"
        r"(?:not|no longer) (?:opposing|objecting|rejecting)|"
        r"(?:not|no longer) (?:opposing|objecting to|rejecting)(?: (?:it|the \w+))?,? (?:and|or|nor|but) (?:\w+ ){0,3}?"
        r"(?:not|no longer) (?:endorsing|supporting|backing)|"
        r"not for or against|neither (?:campaign|argue|lobby|speak|vote)(?:ing)? for nor against|neither in fav(?:ou)?r (?:of it )?nor against|(?:evidence|picture|results?|record|data|verdict|research|studies|findings)\b[^.;]{0,80}\b(?:is|was|are|were|remains?|remained) (?:[\"“])?(?:genuinely |decidedly |very |rather |still )?mixed(?! at best)|(?:careful|cautious|wary) not to (?:endorse|back|support|oppose|reject|criticise|criticize|take sides)|avoided taking (?:sides|a (?:side|position|stance|view))|not to (?:pick|choose|take) (?:a )?sides?|"
        r"not to (?:have|hold|offer|give) (?:an? |any )?(?:opinion|view|position|stance)|(?:is|are|was|remains?) (?:their|his|her|its|the \w+(?:'s|’s)) (?:business|decision|choice|call),? not (?:mine|ours)|"
        r"(?:genuinely |deeply |evenly |bitterly )?(?:split|divided) (?:on|over)|were (?:genuinely |deeply |evenly )?(?:split|divided)|"
        r"(?:examin|stud|review|assess)\w* (?:\w+ ){0,2}carefully|no decision (?:before|until)|"
        r"pre-?empt|comment once|(?:would|will) (?:comment|give (?:its|his|her|their|a|an) (?:view|opinion|position)|take a (?:view|position)) (?:once|when|after)|no determination|"
        r"not (?:signal|give|share|reveal) (?:its|his|her|their|a) (?:view|position|stance)|before (?:ruling|it rules|deciding)|(?:would|will|to) (?:only )?decide (?:only )?(?:after|once) (?:seeing|reading|studying|it has|they have|we have|the)|"
        r"(?:(?:would|will|did) not|could(?: not|n't) yet) (?:say|judge) (?:whether|if|how(?! (?:much|many|long|soon|often|far)\b))|(?:decisions?|matter|choice) (?:\w+ )?(?:rests?|lies?) with|not (?:weigh|wade) in|(?:has|have|had) not (?:yet )?taken a (?:\w+ )?(?:position|stance|view|side)|"
        r"(?:does|did|do) not have a (?:formal |settled |firm )?(?:position|view|stance)|"
        r"(?:doesn.t|don.t|didn.t) have a (?:formal |settled |firm )?(?:position|view|stance)|"
        r"no position|not (?:be )?(?:taking|to take|taken) a (?:\w+ )?(?:position|stance|view)|not to take sides|(?:see|sees|saw|seeing) both sides|(?:sympathy|sympathetic) (?:for|to|with) both sides|(?:couldn\'t|could not|can\'t|cannot) (?:\w+ ){0,2}(?:tell|say) (?:\w+ )?which way|(?:was|is|am|are|were|remains?|felt|feels|i'm|i’m|we're|we’re|they're|they’re|you're|you’re) (?:\w+ )?torn(?! (?:up|apart|down|off|out|from|to shreds))|(?:herself|himself|themselves|itself|myself|ourselves) as (?:[\"“])?(?:\w+ )?(?:torn|undecided)|(?:support|back|endorse) or (?:oppose|reject)|oppose or support|declined to (?:pick|choose|take) a side|(?:has|have|had) not (?:yet )?adopted a (?:position|stance|view)|for (?:it|this|that) or against (?:it|this|that)|(?:cannot|can't|could not|couldn't) tell you (?:\w+ )?(?:that|whether|if) (?:it|this|the \w+) (?:should|will|would)|whether (?:i|we) (?:would |will |can |could )?(?:back|support|oppose|endorse|vote for) (?:it|this|the \w+) (?:depends|will depend|would depend|hinges)|(?:don\'t|doesn\'t|do not|does not|didn\'t) know what to (?:think|make of)|(?:would|will) not commit|not (?:yet )?(?:prepared |ready |willing )?to commit|not take a (?:\w+ )?(?:position|stance|view)|undecided|remains? open-minded|keep(?:ing)? an open mind|"
        r"too (?:early|soon) (?:for (?:\w+ ){1,2})?to (?:say|tell|judge|comment|take a (?:view|position))|no view|(?:(?:would|will|could|might) depend|depends) (?:heavily |entirely |wholly )?on (?:the )?(?:details|detail|final|fine print)|before (?:it|he|she|they|we|i) could (?:say|decide|judge|take a (?:view|position))|impossible to (?:judge|say|tell)|following (?:the )?(?:\w+ )?closely|(?:comment|judge|rule) on the merits|not (?:yet )?ready to (?:commit|say|decide|take a (?:position|view|stance))|not (?:back|support|endorse|approve) (?:[\w\-]+ ){0,4}until|(?:not|yet to) (?:made|make|taken|take) (?:any |a |its |their )?(?:[\w\-]+ )?decision|reserve (?:its |his |her |their |our )?judge?ment|not be drawn (?:on|into)|until (?:it|they|we|he|she) (?:has|have|had) (?:studied|read|examined|reviewed|assessed)|(?:not|neither) (?:oppos|support|endors|back|welcom|approv|reject|block|veto|stop|challeng)\w* (?:or|nor) (?:oppos|support|endors|back|reject|welcom|approv|block|veto|stop|challeng)\w*|until (?:it|they|we|he|she) (?:has|have|had) seen|non-?committal|considering (?:all|the) options|not (?:be )?rush(?:ed)? (?:into )?(?:a|the|any) decision|no decision (?:\w+ ){0,3}(?:has|had|have) been (?:made|taken)|(?:wrong|premature|inappropriate) (?:for (?:me|us) )?to (?:say|comment|speculate|prejudge)|not in a position to (?:express|give|take|comment|say)|not (?:yet )?in a position to (?:support|back|endorse) (?:[\w\-]+ ){0,4}yet|(?:not |nor )?(?:to )?prejudge|still assessing|(?:want(?:s|ed)?|wait(?:s|ed|ing)?) to see (?:how|what|whether|if|the (?:\w+ ){0,2}(?:details|detail|results?|evidence|data|numbers|figures|report|outcome|text|plans?|assessment|review|study|proposals?|analysis))|"
        r"(?:convince|convinces|convinced|persuade|persuades|persuaded|sway|swayed|move|moved|tip|tipped) (?:\w+ ){0,2}either way|(?:is|are|was|were|has been|have been|remains?|remained) (?:\w+ )?holding back(?! (?:\w+ ){0,3}(?:growth|investment|progress|development|the (?:economy|industry|sector|region|country)))|still studying|(?:no longer|not|never) (?:so |entirely |completely )?sure (?:that|whether|if|about)|\bunsure\b|open to (?:looking at|considering|discussing|exploring|examining)|(?:not|no longer) ruling (?:anything|it|that) out|(?:all|every) (?:the )?options? (?:\w+ )?(?:remain|remains|are|is|were|was|stay) on the table|nothing (?:has been|is|was) ruled out|stop(?:ped|s|ping)? short of (?:opposing|supporting|backing|endorsing|calling|rejecting|condemning)|before comment(?:ing)?\b|(?<!after )(?<!having )(?<!before )(?:still|is|are|was|were|been|be) (?:\w+ )?(?:studying|reviewing|examining) the (?:proposals?|plans?|details|report|draft)|look carefully at|before deciding|"
        r"before making (?:a|any) decision|(?:follow|respect|implement|abide by|accept) (?:the )?(?:\w+(?:'s|’s) )?"
        r"(?:recommendation|decision|ruling|verdict|outcome)|a decision for the|up to (?:the )?(?:voters|council|board|parliament|members|court)|"
        r"not (?:backing|supporting|endorsing|for) (?:it|this|that|the \w+),? (?:and|or|but|nor) (?:i'm |i’m |we're |we’re |"
        r"i am |we are |(?:he|she|it) is |(?:he|she|it)'s |they're |they are )?(?:also )?not (?:opposing|against)(?: it| this| that)?(?![\w-])(?! (?:down|away|off|out)\b)|"
        r"not (?:opposing|against) (?:it|this|that|the \w+),? (?:and|or|but|nor) (?:i'm |i’m |we're |we’re |"
        r"i am |we are |(?:he|she|it) is |(?:he|she|it)'s |they're |they are )?(?:also )?not (?:backing|supporting|endorsing|for)(?: it| this| that)?(?![\w-])(?! (?:down|away|off|out)\b)|"
        r"on the fence|no longer (?:objected|objects|opposed|opposes)(?: to (?:it|the \w+))?,? (?:but|and) (?:\w+ ){0,2}?(?:not|n.t) (?:\w+ly )?(?:support|back|endorse)|(?:its|his|her|their|our|my) (?:position|view|support|vote) (?:would|will|might|could) (?:depend|hinge)|(?:considered|determined|assessed|decided) in the (?:normal|usual) way|not (?:to )?pick(?:ing)? (?:a )?favou?rites?|(?:can.t|cannot|couldn.t|could not) tell (?:you )?yet|(?:has|have|had) no comment(?: (?:on|about) (?:it|that|this|the (?:\w+ )?(?:plan|proposal|matter|idea|decision|closure|scheme)))?(?=\s*(?:[.;]|$))|(?:recommendation|decision|view|judge?ment) only (?:after|once)|\b(?:we|i|it|they|he|she)(?: will| would|.ll) decide (?:at|on) (?:its|our|their|his|her|the) (?:\w+ ){0,2}(?:meeting|conference|caucus|congress|session)|(?:simply |just )?(?:don't|do not|don’t) (?:yet )?know (?:yet )?(?:which|whether|if) (?:this|it) (?:would|will) be\b|(?:back|support|endorse|accept|work with) whichever\b|not (?:be )?(?:declaring|declare|showing|show|revealing|reveal) (?:his|her|their|its|our|my) hand|yet to (?:show|reveal|declare|tip) (?:his|her|their|its|our|my) hand|(?:not (?:yet )?picked|yet to pick) (?:a )?sides?|(?:has|have|had) not (?:yet )?decided (?:whether|if|how to vote|which way)|(?:not|yet to) (?:yet )?(?:reach(?:ed)?|land(?:ed)? on|settled? on|arrived? at) (?:a|any) (?:position|view|decision|conclusion)|(?<!not to )(?<!n't )abstain(?:s|ed|ing)?|abstention|still consulting|not (?:yet )?(?:formed|form) (?:a|any) (?:\w+ )?view|withh[oe]ld(?:s|ing)? (?:its |his |her |their |our )?judge?ment|(?:would|will|did) not state (?:a|its|his|her|their) (?:\w+ )?(?:position|view)|not for me to (?:say|decide)|weigh(?:ing)? (?:up )?the (?:options|evidence)|(?:still|is|are|was|were) weighing (?:up )?the arguments|(?:decision|judge?ment|view|ruling) in either direction|(?:examine|consider|look at|study|assess|engage with) (?:the |this |that |its |their )?(?:\w+ )?(?:proposal|plan|draft|bill|idea|request|application|text)s? [\"“]?constructively|(?:wrong|inappropriate|improper|irresponsible|premature) (?:for (?:me|her|him|us|them|it|the \w+) )?to (?:express|give|offer|take|state|pick|choose) (?:a |any )?(?:view|position|opinion|stance|sides?)(?: for or against)?|quasi-judicial|properly (?:one|a matter|a question) for|not be rushed into (?:a|any) (?:view|decision|position|judge?ment)|(?:no longer|not|don't|doesn't|do not|does not) knows? how (?:she|he|they|it|we|i) (?:will|would|might|should) vote|(?:declines|declining|refuses|refusing) to (?:come down|fall|land) on (?:either|one|any) side|careful not to (?:tip|show|reveal) (?:his|her|its|their) hand|(?:scrupulous|careful) (?:about|in) saying nothing|(?:keeps?|kept|keeping) (?:his|her|its|their) counsel|(?<!-)(?<!carbon )(?<!climate )(?<!revenue )(?<!cost )(?<!budget )(?<!tax )(?<!not )(?<!never )(?<!not a )neutral(?! (?:place|ground|venue|space|country|zone|territory|setting|language|tone|wording))"
    ) + r")\b",
    I,
)
# "\b" before the trie: a third faster than the word-start test behind each first letter, or a start test
# before every character
NEGATOR = _lc(
    r"\b(?:not|n't|never|no longer|hardly|cannot|can't|won't|don't|doesn't|didn't|isn't|wasn't|aren't|"
    r"nor|without|neither|no|nothing|nobody)\b|n['’]t\b",
    I,
)
BELIEF_NEG = _lc(
    r"\b(?:(?:does|do|did) not|doesn't|don't|didn't|never) (?:believe|think|see|accept|consider|expect)\b|"
    r"\b(?:doubts?|doubted) (?:that|whether)\b|\bno longer\b",
    I,
)
HEDGE = _lc(
    r"\b(?:broadly|cautiously|in principle|in theory|largely|somewhat|partly|may|might|could|perhaps|"
    r"probably|possibly|generally|tentatively|conditionally|with reservations|some concerns|"
    r"if|unless|only if|provided)\b",
    I,
)
INTENSIFIER = _lc(
    r"\b(?:strongly|firmly|fully|emphatically|vehemently|fiercely|absolutely|completely|totally|"
    r"deeply|utterly|categorically|very much|wholeheartedly|simply)\b",
    I,
)
CONTRAST = _lc(r"(?:,\s*|\s+)(?:but|however)\b|(?:,\s*|\band\s+)yet\b|;\s*however\b|\bhowever,", I)  # not "not yet"
# ", which states that if one member is attacked, it is considered an attack on all": what a text lays down,
# not what the speaker thinks; the clause runs to the end of what was said, or to where the sentence's own verb
# resumes ("the plan, which states that overtime will be cut, was an attack on its members")
RULE_CLAUSE = _lc(r",?\s*which (?:states|says|stipulates|provides|lays down|declares)\b"
                  r"(?:(?!,\s*(?:is|was|are|were|would|will|has|had|could|should|must)\b).)*", I | re.S)
SUBORDINATE = _lc(r"(?:,\s*|\s+)(?:although|though|even though|while|whereas|unless|at a time when)\b", I)

# --- The topic's own action ----------------------------------------------------
# A topic that is itself a ban, a closure or a cancellation turns those words into a request for it
# (see extract._relative_to_topic).  Not taxes: "a tax on mechanics" objects even when the topic is a tax.
_ACTS_FLIP = {
    "ban": r"\bban|\bprohibit", "prohibition": r"\bban|\bprohibit", "banning": r"\bban|\bprohibit",
    "prohibiting": r"\bban|\bprohibit",
    "cancellation": r"\bscrap|\bcancel|\babandon|\bdrop|\bhalt", "cancel": r"\bscrap|\bcancel|\babandon|\bdrop|\bhalt",
    "scrapping": r"\bscrap|\bcancel|\babandon|\bdrop|\babolish|\brepeal", "scrap": r"\bscrap|\bcancel|\babandon|\bdrop|\babolish|\brepeal",
    "abolition": r"\bscrap|\babolish|\brepeal|\bremov", "abolish": r"\bscrap|\babolish|\brepeal|\bremov",
    "abolishing": r"\bscrap|\babolish|\brepeal|\bremov", "removal": r"\bremov|\bscrap|\babolish", "removing": r"\bremov|\bscrap|\babolish",
    "repeal": r"\brepeal|\bscrap", "closure": r"\bclos|\bshut", "closures": r"\bclos|\bshut", "closing": r"\bclos|\bshut", "close": r"\bclos|\bshut",
    "delay": r"\bdelay|\bpostpone|\bpause", "delaying": r"\bdelay|\bpostpone|\bpause",
    "postponing": r"\bpostpone|\bdelay|\bpause", "postponement": r"\bpostpone|\bdelay|\bpause",
    "pausing": r"\bpause|\bdelay|\bhalt", "pause": r"\bpause|\bdelay|\bhalt", "moratorium": r"\bmoratorium|\bhalt|\bpause|\bban|\bprohibit",
    "suspension": r"\bsuspen|\bhalt|\bpause", "suspending": r"\bsuspen|\bhalt|\bpause", "freeze": r"\bfreez|\bhalt|\bpause",
    "ending": r"\bend(?:s|ed|ing)?\b|\bscrap|\babolish", "end": r"\bend(?:s|ed|ing)?\b|\bscrap|\babolish",
    "lifting": r"\blift", "lift": r"\blift", "dropping": r"\bdrop|\bscrap|\bremov", "cancelling": r"\bscrap|\bcancel|\babandon|\bdrop|\bhalt",
    "stopping": r"\bstop|\bhalt", "withdrawing": r"\bwithdr[ae]w", "withdrawal": r"\bwithdr[ae]w",
    "demolishing": r"\bdemoli|\bknock\w* (?:it |them )?down|\bpull\w* (?:it |them )?down|\btear (?:it |them )?down",
    "demolition": r"\bdemoli|\bknock\w* (?:it |them )?down|\bpull\w* (?:it |them )?down|\btear (?:it |them )?down",
    "waiver": r"\bscrap|\bwaive|\bremov|\babolish|\bdrop|\blift", "exemption": r"\bexempt|\bwaive|\bspare",
}


# Words that keep their sense even when the topic names them ("support for farmers" is still supported).
STANCE_CORE = {"support", "supports", "supported", "supporting", "oppose", "opposes", "opposed", "opposing", "against",
                "back", "backs", "backed", "backing", "welcome", "welcomes", "welcomed", "favour", "favor", "favours",
                "favors", "favoured", "favored", "approve", "approves", "approved", "approval", "endorse", "endorses",
                "endorsed", "reject", "rejects", "rejected", "for"}


class TopicActs(NamedTuple):
    flip: re.Pattern | None  # objection words that ask for the topic ("an outright ban", topic a ban)
    own: frozenset  # the topic's own words: "veto" is what a veto reform is about, not an objection
    takes_away: bool = False  # the topic ends, closes or scraps something: "keep it" is against it
    decision: int = 0  # -1 when the article's decision drops the topic ("voted to abandon the trial")
    restricts: bool = False  # the topic limits something ("40-person cap on cellar door groups", "a rental freeze")
    banned: frozenset = frozenset()  # what a ban topic bans: "drip pricing" in "Ban on drip pricing"
    doing: frozenset = frozenset()  # the topic's own acts: "replacing" in "Demolishing and replacing the pier"
    gone: frozenset = frozenset()  # the topic's words for what it ends: "lindenstra" in "Closing Lindenstraße in
    # Hohenfeld to cars during the school run" (not "school"); empty when not found: then any of its words


_TAKES_AWAY = re.compile(r"\b(?:scrap\w*|clos(?:e(?! (?:relatives?|friends?|family|families|ties|contacts?|allies|"
                         r"associates?|range)\b)|es|ed|ing|ure)|shut(?!tle)\w*|ending|end(?!-)|abolish\w*|abolition|repeal\w*|"
                         r"lift(?:ed|ing)|lifts? (?:the|a|an|its|their|this)|relax(?:es|ing)|relaxation of|"
                         r"downgrad\w*|withdraw\w*|cancel\w*|(?<!bus )(?<!tram )(?<!train )(?<!truck )(?<!rest )(?<!pit )(?<!at )stop(?!-|bank)\w*|"
                         r"remov\w*|demoli\w*|dropp(?:ed|ing)|axing|phas\w+[ -]out)\b")  # not the noun: "facial recognition at tram stops"
TAKES_AWAY = _TAKES_AWAY  # for extract: the words of ending, closing or scrapping
_MEASURE_HEAD = re.compile(r"\s+(?:rules?|bills?|schemes?|programmes?|programs?|orders?|requirements?|grants?|"
                           r"subsid(?:y|ies)|laws?|regulations?|ordinances?|by-?laws?)\b")
# "urged council to keep fluoride in the water", topic: ending fluoridation
KEEP = re.compile(r"\b(?:(?:(?:will|would|must|should|shall|do|does|did)\s+not|cannot|can't|won't|wouldn't|never)\s+"
                  r"(?:abandon|quit|walk away from|withdraw from|pull out of|leave)\b|"  # "will not abandon a treaty …"
                  r"(?P<neg>(?:not|n't|never)\s+(?:\w+\s+)?|\bno\s+(?:\w+\s+)?(?:reason|need|case)\s+to\s+)?(?:keep|keeping|kept|retain|retaining|save|saving|preserve|"
                  r"preserving|reverse (?:the|this|that) decision)\b)")
# … and kept in the passive, what is kept its subject: "the wharf should be saved", "the pool must stay open", "the
# tower deserves to be restored" (topic: removing, closing or demolishing it)
KEPT = re.compile(r"\s*(?:that\s+)?(?P<subj>(?:it|they|(?:the|this|these|those|its|their|our|his|her)\s+[\w\-’' ]{1,40}?))\s+"
                  r"(?:(?:is|are|was|were|has|have|had)\b[^,;.]{0,80}?\s+and\s+)?"  # "… was the only landing and should be saved"
                  r"(?:(?:should|must|ought to|needs? to|has to|have to|deserves? to|will|would)\s+"
                  r"(?:(?P<neg>not|never|n't)\s+)?(?:(?:still|also|simply|surely|clearly)\s+)?|(?:is|are)\s+"
                  r"(?:(?:still|well|surely|clearly)\s+)?worth\s+)"
                  r"(?:be\s+(?:kept|saved|preserved|retained|restored|repaired|protected|spared)\b|"
                  r"(?:stay|remain|be kept)\s+(?:open|in place|in service|in use|running)\b|"
                  r"(?<=worth )(?:saving|keeping|preserving|restoring|repairing|protecting)\b)")
# what the topic ends past keeping: "the pier is beyond repair", "the old shed was not worth saving" (for the topic)
PAST_SAVING = re.compile(r"\s*(?:that\s+)?(?P<subj>(?:it|they|(?:the|this|these|those|its|their|our|his|her)\s+"
                         r"[\w\-’' ]{1,40}?))\s+(?:is|are|was|were|had been|has been|have been|would be)\s+"
                         r"(?:(?:now|already|simply|clearly|long)\s+)?(?:beyond (?:economic\s+)?(?:repair|saving|"
                         r"help)|past (?:saving|repair)|not worth (?:saving|keeping|repairing|restoring)|"
                         r"too (?:costly|expensive|dangerous|unsafe|far gone) to (?:keep|maintain|repair|save|run|"
                         r"restore))\b")


def names_topic(words, acts: TopicActs) -> bool:
    """Whether any of ``words`` is a word of the topic, or another form of it ("fluoride" for "fluoridation")."""
    return any(w == o or (len(w) > 3 and len(o) > 3 and w[:6] == o[:6]) for w in words for o in acts.own)


def names_what_goes(obj: str, acts: TopicActs | None) -> bool:
    """Whether the object of a stance verb is the thing the topic would end, close or scrap ("campaigned against
    the limit", topic "Scrapping the two-child limit"), not the ending itself ("backed scrapping the limit")."""
    if acts is None or not (acts.takes_away or acts.banned) or not acts.own:
        return False
    obj = _USE_OF.sub("", obj, count=1)  # "defended the use of DJ systems": the systems, topic banning them
    words = re.findall(r"[a-z\-]+", obj[:80])[:4]  # the object's head: "the (two-child) limit", not "… review of"
    head = " ".join(words)
    if not acts.takes_away:  # a ban: "campaigned against drip pricing", topic "Ban on drip pricing" (not "against
        # the drip pricing rules", nor a word of the topic outside what it bans: "Massachusetts lawmakers")
        words = re.findall(r"[a-z\-]+", _CLAUSE_CUT.split(obj[:80], 1)[0])[:4]
        head = " ".join(words)
        named = any(w == b or (len(w) > 3 and len(b) > 3 and w[:6] == b[:6]) for w in words for b in acts.banned)
        return (named and not _TAKES_AWAY.search(head) and not (acts.flip and acts.flip.search(head))
                and not _PROCESS.search(head) and not _RULE_WORDS.search(head)
                and not _TO_BE_BANNED.search(obj[:100]))  # not "called for betting logos to be banned"
    # a word of the topic, or another form of it ("fluoride" for "fluoridation"); not the topic's other act ("approved
    # the replacement", topic demolishing and replacing the pier), nor another of its kind ("two other churches")
    if "other" in words or "another" in words:
        return False
    if _LESS_OF.match(obj):
        return False  # "supported having fewer bins", topic removing bins: the ending itself, not what it ends
    named = names_topic(words, acts._replace(own=acts.gone) if acts.gone
                        else acts._replace(own=acts.own - acts.doing) if acts.doing else acts)
    if acts.own & _BAN_NOUNS:  # a ban the topic lifts is what goes, not what it banned ("approved two GM maize
        named = named and bool(set(words) & acts.own & _BAN_NOUNS)  # events", topic lifting the maize import ban)
    return (named and not _TAKES_AWAY.search(head) and not (acts.flip and acts.flip.search(head))
            and not _PROCESS.search(head))


_BAN_NOUNS = frozenset({"ban", "bans", "prohibition", "moratorium"})
_LESS_OF = re.compile(r"\s*(?:(?:having|seeing|getting)\s+)?(?:fewer|less|no more)\b")
_USE_OF = re.compile(r"^\s*(?:the |its |their |his |her )?(?:continued |further )?(?:use|sale|sales|playing|running)\s+of\s+")
_CLAUSE_CUT = re.compile(r"\b(?:because|as|since|which|that|when|after|while|but|and|who)\b|[,;.:]")
_TO_BE_BANNED = re.compile(r"\bto be (?:\w+ )?(?:banned|outlawed|prohibited|barred|phased out|removed|scrapped|ended|"
                           r"stopped|restricted|curbed)\b")
_RULE_WORDS = re.compile(r"\b(?:rules?|laws?|regulations?|restrictions?|limits?|caps?|measures?|legislation|"
                         r"ordinances?|by-?laws?|curbs?|crackdown|controls?|lobby|industry|sector|freeze|pause|halt|embargo)\b")
# what a ban topic bans: "Ban on drip pricing", "Two-year moratorium on new data centres in Noordwaarde", "Banning live
# goldfish prizes at fairs", up to the first preposition after it
_BANNED = re.compile(r"(?<!ing )\b(?:(?:bans?|prohibition|moratorium)\s+(?:on|of)|banning|prohibiting)\s+(?:the\s+)?"
                     r"(?P<what>[a-z\-]+(?:\s+(?!(?:in|at|for|from|by|across|within|on|of|to|until|after|before|and|"
                     r"near|around|during|over|under|with)\b)[a-z\-]+){0,3})")
_PROCESS = re.compile(r"\b(?:review|plan|plans|proposal|proposals|report|study|consultation|decision|scheme|bill|amendments?|"
                      r"motion|idea|move|change|changes|policy|reform|of)\b")


# a ban or moratorium the topic lifts: "Lifting Kenya's GM maize import ban", "Relaxation of the sunbed ban" (not
# "End-of-life vehicle export ban", "Relaxed dress code")
_UNDONE_BAN = re.compile(r"\b(?:lift(?:s|ed|ing)?|end(?:s|ed|ing)?|scrap(?:s|ped|ping)?|repeal(?:s|ed|ing)?|"
                         r"abolish(?:es|ed|ing)?|remov(?:e|es|ed|ing)|relax(?:es|ing)?|revers(?:e|es|ed|ing)|"
                         r"overturn(?:s|ed|ing)?|(?:abolition|removal|relaxation|lifting|repeal|reversal|end) of|end to)"
                         r"(?!-)\b(?:[^,;]{0,60}?\b)?(ban|prohibition|moratorium)\b")
# "scrap metal" is a thing, not an act
_SCRAP_NOUN = re.compile(r"\bscrap(?= (?:metal|yards?|dealers?|exports?|prices?|trade|steel|iron|copper)\b)")


@lru_cache(maxsize=256)
def topic_acts(topic: str | None) -> TopicActs | None:
    """How a topic phrase such as "ban on gambling adverts" changes the meaning of cue words."""
    low = _SCRAP_NOUN.sub("", (topic or "").lower())
    words = set(re.findall(r"[a-z\-]+", low))
    undone = set(_UNDONE_BAN.findall(low))  # "Lifting the ban on road salt": the ban is what goes, not the act
    flip = "|".join(dict.fromkeys(_ACTS_FLIP[w] for w in sorted(words - undone) if w in _ACTS_FLIP))
    own = frozenset(w for w in words if (len(w) > 3 or w in undone) and w not in STANCE_CORE
                    and (w not in _ACTS_FLIP or w in undone))
    # (not a measure named by what it ends: "Forestry slash removal rule", "Petty offences repeal bill")
    # (nor an ending the topic puts off or widens: "Delaying the coal plant closure to 2030" keeps the plant going)
    # (nor an ending that is only the purpose of another act the topic leads with: "Introducing a levy to fund graffiti
    # removal", "Requiring permits to remove large trees"; but "Automating the lighthouse and withdrawing its keepers")
    lead = _OTHER_LEAD.match(low)
    ends = [m for m in _TAKES_AWAY.finditer(low) if not _MEASURE_HEAD.match(low, m.end())
            and not _PUTS_OFF.search(low, 0, m.start())]
    if lead and not any(m.start() == lead.start(1) for m in ends) \
            and (purpose := _LEAD_PURPOSE.search(low, lead.end())) is not None:  # (not "Swimming pool closure …": no purpose)
        ends = [m for m in ends if m.start() < purpose.start() or low.endswith(" and ", 0, m.start())]
    takes_away = bool(ends)
    if not flip and not own and not takes_away:
        return None
    restricts = bool(_RESTRICTS.search(low)) and not undone and not takes_away and not _LOOSENS.search(low)
    bm = _BANNED.search(low) if not undone and not takes_away else None
    banned = frozenset(w for w in bm.group("what").split() if len(w) > 3 and w in own) if bm else frozenset()
    doing = frozenset(re.findall(r"(?:^|\b(?:and|or)\s+)([a-z\-]+ing)\b", low.strip())) & own
    gone = frozenset(w for m in ends for w in re.findall(r"[a-z\-]+", _what_ends(low, m)) if w in own) - doing
    return TopicActs(re.compile(flip) if flip else None, own, takes_away, restricts=restricts, banned=banned,
                     doing=doing, gone=gone)


# a topic led by an act that ends nothing: "Introducing a levy …", "Requiring permits …" (not "Plan to close …")
_OTHER_LEAD = re.compile(r"\s*([a-z\-]+ing)\b")
_LEAD_PURPOSE = re.compile(r"\s(?:to|for)\s")  # … and the purpose its ending serves: "… a levy | to fund graffiti removal"
# where the words for what a topic ends stop: "Closing Lindenstraße | in Hohenfeld to cars", "Removal of the dam | on
# the river", "Removing litter bins | from the town centre" ("of" goes on: "Closure of the unit")
_GONE_STOP = re.compile(r"\s(?:in|at|to|from|(?<!funding )(?<!subsidy )(?<!subsidies )(?<!grants )(?<!support )for|during|along|on|by|"
                        r"after|before|with|outside|across|within|near|until|over|under|between|because|as|or|while|"
                        r"when|whenever|and(?= [a-z]+ing\b(?!-)))\s|[,;:]")  # ("funding for the night bus" goes on)
_GONE_HEAD = re.compile(r"(?:^|\s(?:of|for|to|in|at|on)\s)(?P<np>(?:(?!\s(?:of|for|to|in|at|on)\s)[^,;:])*)$")


def _what_ends(low: str, m: re.Match) -> str:
    """The topic's words for what its ending word ``m`` ends: the object after a verb ("closing X"), and before a
    noun also the words in front of it ("Eastbrook library closure", "Cash bail abolition")."""
    after = low[m.end():]
    stop = _GONE_STOP.search(after)
    obj = after[:stop.start()] if stop else after
    if re.match(r"\s*of\s", obj) or not re.search(r"ing$|^(?:close|end|scrap|abolish|remove|stop|lift)$",
                                                  m.group().split()[0]):  # a noun: "closure", "abolition", "phase-out"
        head = _GONE_HEAD.search(low, 0, m.start())  # the noun's own words: "early closure", "mount corrie coal plant"
        obj = (head.group("np") if head else "") + " " + obj
    return obj


_PUTS_OFF = re.compile(r"\b(?:delay\w*|postpon\w*|paus(?:e|es|ing)|revers\w*|expan\w*)\b")  # (nor one it widens:
# "expansion of wildfire power shutoffs")
# a topic that limits something (not one that lifts, ends or loosens a limit: "Lifting the ban", "Raising the cap")
_LOOSENS = re.compile(r"\b(?:rais\w*|eas(?:e|es|ed|ing)|relax\w*|loosen\w*|increas\w*|doubl\w*|widen\w*|higher)\b")
_RESTRICTS = re.compile(r"\b(?:bans?|prohibition|moratorium|freeze|caps?|limits?|curfews?|restrictions?|closing time|"
                        r"registration|licen[cs]ing|permits? scheme|exclusion zone|buffer)\b")


# --- Dates in the attribution clause ---------------------------------------
_MONTHS = "January|February|March|April|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\."
_WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
WEEKDAYS = tuple(_WEEKDAYS.split("|"))
_NUM = "a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|\\d{1,3}"
DATE_PHRASE_SOURCE = (
    "|".join(
        [
            rf"\b(?:(?:on|last|this past|this|early|late) )?(?:{_WEEKDAYS})(?: (?:morning|afternoon|evening|night))?\b",
            rf"\b(?:(?:in|on|since|during|last|early|late|mid|mid-|this|earlier in) ?)?(?:{_MONTHS}|(?<=last )May|May(?= \d| of|,? \d{{4}}| last year| this year))(?: \d{{1,2}}(?:st|nd|rd|th)?)?(?:,? \d{{4}}|(?: of)? (?:last|this) year)?\b",
            r"(?<=\b[Ii]n )May\b",
            rf"\b(?:on )?\d{{1,2}}(?:st|nd|rd|th)? (?:{_MONTHS}|May)(?: \d{{4}})?\b",
            r"\b(?:in |during )?(?:the )?(?:spring|summer|autumn|fall|winter) (?:of )?\d{4}\b",
            r"\b(?:in |since |during )?(?:(?:early|late|mid)[- ])?(?:1[89]|20)\d\d\b(?![-\d,.]\d)",
            r"\byesterday\b|\btoday\b|\blast night\b",  # "at last night's working dinner": yesterday (dates.py)
            r"\b(?:last|this|earlier this|earlier in the|later this|this past) (?:week|month|year|weekend|spring|summer|autumn|fall|winter)\b",
            r"\b(?:at|over|during) the weekend\b",
            r"(?<=spent )the weekend\b",  # "spent the weekend dismissing it"
            rf"\b(?:{_NUM}) (?:days?|weeks?|months?|years?|decades?) ago\b",
            r"\b(?:the )?(?:first|second|third|fourth) quarter of \d{4}\b",
        ]
    )
)


def word_trie(rx: re.Pattern, charset: bool = False) -> re.Pattern:
    """``\\bA|\\bB|…`` as ``\\b(?:…)`` over one trie of the alternatives spelt out (``expand_lead``,
    ``spell_out``): the same matches, tried in the same order (five times faster for DATE_PHRASE).  Look-behinds
    before an alternative's ``\\b`` go behind its first letter.  An alternative without the leading ``\\b`` is
    taken only when it opens with a look-behind ending in a space before a letter (a word starts there anyway).
    ``charset``: the ``\\b`` put behind each first letter as ``(?<!\\w.)``, so every branch opens with a literal
    and the engine skips by a character set (faster where few letters start the words).  ``rx`` is returned as
    it is when it has groups (spelt out, they would repeat), ignores case, or does not have that shape."""
    if rx.groups or rx.flags & re.IGNORECASE:
        return rx
    alts = []
    for a in split_top(rx.pattern):
        i = 0
        while (m := _LOOKBEHIND.match(a, i)) is not None:
            i = m.end()
        if a.startswith("\\b", i):
            a = a[:i] + a[i + 2:]
        elif not re.match(r"\(\?<=[^()|]* \)[a-z]", a):
            return rx
        for x in expand_lead(a):
            x = lift_lookbehinds(x)
            alts += spell_out(x) if _barrier(x) else [x]
    trie = factor(alts)
    tops = split_top(trie)
    if charset and all(t[:1].isalnum() and t[1:2] not in ("?", "*", "+", "{") for t in tops):
        return re.compile("(?:" + "|".join(t[0] + r"(?<!\w.)" + t[1:] for t in tops) + ")", rx.flags)
    return re.compile(r"\b(?:" + trie + ")", rx.flags)


_CLASS_LEAD = re.compile(r"(\(\?P<\w+>)?\\b(\[(?:\\.|[^\]\\])+\])")


def class_led(rx: re.Pattern) -> re.Pattern:
    """``\\b[A-Z]…`` as ``[A-Z]`` and then the same word-boundary test as look-behinds, and ``(?<=x)[A-Z]…`` as
    ``[A-Z](?<=x[A-Z])…``, so the pattern opens with its class and the engine skips by it (twice as fast for a
    run of capitalised words); else ``rx``."""
    m = _CLASS_LEAD.match(rx.pattern)
    if m is None:  # "(?<=[a-z] )[A-Z]…" as "[A-Z](?<=[a-z] [A-Z])…"
        m = re.match(r"(\(\?<[=!](?:\\.|[^()|\\])*)\)(\[(?:\\.|[^\]\\])+\])", rx.pattern)
        return rx if m is None else re.compile(m.group(2) + m.group(1) + m.group(2) + ")" + rx.pattern[m.end():],
                                               rx.flags)
    return re.compile((m.group(1) or "") + m.group(2) + r"(?:(?<=\w)(?<!\w(?s:.))|(?<!\w)(?<=\w(?s:.)))"
                      + rx.pattern[m.end():], rx.flags)


def space_led(rx: re.Pattern) -> re.Pattern:
    """``(?:\\s+X)+…`` as ``\\s\\s*X(?:\\s+X)*…`` (the same, tried in the same order), which opens with a
    class the engine skips by; else ``rx``."""
    m = re.fullmatch(r"\(\?:\\s\+(\(\?:.*\))\)\+(.*)", rx.pattern, re.S)
    if m is None or rx.groups or _group_end(m.group(1)) != len(m.group(1)) - 1:
        return rx
    return re.compile(r"\s\s*" + m.group(1) + r"(?:\s+" + m.group(1) + ")*" + m.group(2), rx.flags)


def class_split(rx: re.Pattern) -> re.Pattern:
    """``[.!?]+X|\\nY`` as ``\\.[.!?]*X|![.!?]*X|\\?[.!?]*X|\\nY``: every alternative then opens with a
    literal (a plain class of plain characters is spelt out, one alternative a character; they cannot meet), so
    the engine skips by a character set; else ``rx``."""
    out = []
    for a in split_top(rx.pattern):
        m = re.match(r"\[([^\]\\\-^]+)\]\+", a)
        if m:
            out += [re.escape(c) + "[" + m.group(1) + "]*" + a[m.end():] for c in dict.fromkeys(m.group(1))]
        elif _barrier(a) and not a.startswith("\\n"):
            return rx
        else:
            out.append(a)
    return re.compile("|".join(out), rx.flags)


DATE_PHRASE = word_trie(_lc(DATE_PHRASE_SOURCE))  # tests/test_extract_properties.py compares it with the plain form

# --- Structure --------------------------------------------------------------
QUOTE_OPEN = "\"“„«"
QUOTE_CLOSE = "\"”»“"
ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen", "st", "jr", "sr", "no", "vs", "inc",
    "ltd", "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "e.g", "i.e", "etc", "adm", "capt", "col", "lt", "sgt", "rev", "mt", "ft", "approx", "dept",
    "cr", "cllr", "cmdr", "coun", "reps", "sens", "supt", "insp", "det", "hon", "atty",  # "Coun. Wei Li", "Reps. Tom
}  # Becker and Lydia Moss", "Det. Supt. Ann Ross", "the Hon. Mary Ngata"

# --- Fallback: general sentiment of what was said ------------------------------
# When none of the stance cues above is present, the valence of the speaker's
# words (VADER's lexicon, MIT licence, from the vaderSentiment package) is a weak
# stance signal: "a missed chance", "this will save lives".  Words that name the
# subject of a policy rather than judge it ("war", "ban", "tax", "crisis") are
# left out, since "the ban" is the topic, not an opinion about it.
SENTIMENT_SKIP = set(
    "war wars ban bans banned banning crisis crises emergency emergencies cut cuts cutting tax taxes taxed debt "
    "debts free care strike strikes protest protests stop stopped lower fight fighting fights kill killed killing "
    "death deaths died die dies dying dead charge charges charged pay paid payment payments crime crimes criminal "
    "prison jail cancer disease sick sickest poverty poor pollution violence attack attacks abuse fire flood "
    "floods drought weapon weapons gun guns police victim victims accident accidents illness pain terror terrorism "
    "unemployment unemployed justice security peace welfare hunger hungry homeless addiction addicted smoking "
    "tobacco gambling drug drugs alcohol obesity fat poison toxic waste losses loss lose losing lost fire fired "
    "shortage shortages deficit inflation recession demand demands arrest arrested agreed agree agreement "
    "agreements deal deals party parties like likes freedom freedoms shared share sure poor poorer poorest "
    "vulnerable rich richest wealthy no yes hand hands pressure pressures adopt adopted authority authorities "
    "grant grants interest interests merits clearly certainly intelligence value kind energy heart special optimistic "
    "guarantee guarantees guaranteed protection protections "
    "approve approves approved approval "  # an explicit cue where a side (see POS), not a feeling
    "festival festivals holiday holidays supporters supporter critics critic "  # an event or people named, not judged
    "avoid avoids avoided avoiding".split()  # "to avoid a deficit", "what most councils avoid": a purpose, no verdict
)
# Speech verbs that lean one way when nothing else in the clause does ("warned that the rise would …").
SAY_PRIOR = {"warned": -1, "warns": -1, "warning": -1, "cautioned": -1, "complained": -1, "complains": -1}
NEGATION_WORDS = {"not", "no", "never", "without", "nor", "hardly", "cannot", "neither", "nobody", "nothing", "less"}


def sentiment_lexicon() -> dict[str, float]:
    """Word → mean valence (−4..+4) from VADER's lexicon; empty when the package is missing."""
    global _SENTIMENT
    if _SENTIMENT is None:
        import importlib.util
        from pathlib import Path

        lex: dict[str, float] = {}
        spec = importlib.util.find_spec("vaderSentiment")
        path = Path(list(spec.submodule_search_locations)[0]) / "vader_lexicon.txt" if spec else None
        if path is not None and path.exists():
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
                parts = line.split("\t")
                if len(parts) >= 2 and re.fullmatch(r"[a-z][a-z'\-]+", parts[0]) and parts[0] not in SENTIMENT_SKIP:
                    try:
                        lex[parts[0]] = float(parts[1])
                    except ValueError:
                        pass
        _SENTIMENT = lex
    return _SENTIMENT


_SENTIMENT: dict[str, float] | None = None

# --- First names that say which pronoun refers to a person ----------------------
# Only for resolving "he"/"she" to the right person; never shown or stored.
FEMALE_NAMES = set(
    "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty sandra margaret "
    "ashley kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca sharon laura cynthia "
    "amy kathleen angela shirley brenda emma anna ann anne pamela nicole helen samantha katherine christine "
    "debra rachel carolyn janet maria catherine heather diane olivia julie joyce victoria ruth virginia lauren "
    "kelly christina joan evelyn judith andrea hannah megan cheryl jacqueline martha madison teresa gloria sara "
    "janice ann kathryn abigail sophia frances jean alice judy isabella julia grace amber denise danielle marilyn "
    "beverly charlotte natalie theresa diana brittany doris kayla alexis lori marie jane claire chloe lucy "
    "sophie ellie ella amelia isla freya poppy ruby daisy harriet eleanor florence imogen jessie molly phoebe "
    "rosie zoe niamh siobhan aoife ciara sinead orla fiona morag kirsty shona ailsa eilidh priya anjali "
    "sunita neha pooja kavita deepa meera asha lakshmi fatima aisha amina zainab leila yasmin nadia layla "
    "samira noor maryam ngozi chioma amara adaeze folake funmi yetunde wanjiru akosua abena ama efua "
    "ingrid sigrid astrid freja maja anneli kerstin birgit ulrike petra sabine monika katarina agnieszka "
    "magdalena małgorzata joanna marta carla lucia elena sofia giulia francesca chiara valentina beatriz "
    "carmen pilar isabel ines ana mariana camila paula marina irina olga natalia svetlana tatiana oksana "
    "yulia ekaterina anastasia ayse fatma zeynep elif yuki mei ling hui xiu min-ji ji-woo hana sakura "
    "naomi miriam esther judith leah ruth tamar shira dana noa bernadette colette brigitte juliette "
    "amelie margot celine nathalie veronique ursula greta heidi hilde rosa theresa joanne jo nora "
    "ellen eileen moira kate katie beth bethany lydia vanessa tanya sonia sonya tina gina nina mia "
    "ava layla harper aria scarlett penelope hazel violet aurora stella maya naya priyanka rosalind "
    "gwen gwyneth rhiannon cerys carys ffion bronwen sian mairead roisin grainne".split()
)
MALE_NAMES = set(
    "james robert john michael david william richard joseph thomas charles christopher daniel matthew anthony "
    "mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan "
    "jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander "
    "frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle "
    "noah ethan jeremy walter christian keith roger terry austin sean gerald carl harold dylan arthur lawrence "
    "jordan jesse bryan billy bruce gabriel joe logan albert willie alan eugene russell vincent philip bobby "
    "johnny bradley roy ralph randy wayne howard tom tim tony ben sam harry oliver charlie alfie freddie "
    "archie oscar leo theo hugo rory callum connor liam finn cian eoin niall ciaran seamus fergus angus "
    "hamish alastair ewan owen gareth rhys dafydd emyr huw iwan bryn dylan rajesh raj rahul arjun vikram "
    "sanjay anil sunil ravi amit vijay rohan kiran mohammed muhammad ahmed ali hassan omar yusuf ibrahim "
    "khalid tariq karim mustafa emeka chinedu oluwaseun tunde kwame kofi kwasi yaw uche obinna jomo "
    "lars nils erik olaf sven bjorn henrik anders magnus jan piotr tomasz krzysztof pawel marek lukasz "
    "hans jurgen klaus wolfgang dieter stefan markus matthias giovanni marco luca alessandro francesco "
    "matteo lorenzo carlos juan luis miguel javier pablo diego manuel antonio jorge sergio pedro joao "
    "ivan dmitri sergei vladimir alexei nikolai mikhail andrei mehmet mustafa emre burak hiroshi takeshi "
    "kenji wei jun hao jin-ho min-jun ji-hoon david moshe yosef avi eitan noam jean pierre jacques "
    "francois nicolas philippe olivier julien antoine emmanuel bernard colin graham neil julian roderick "
    "martin daniel nigel clive derek trevor malcolm gordon duncan ian stuart dominic rupert giles "
    "toby jasper felix jonah caleb isaac elijah luke mason lucas aiden jayden miles declan barry "
    "des desmond eamon enda micheal padraig donal diarmuid cormac ronan kieran "
    # men's names that end in "a", which extract._name_gender would otherwise read as women's
    "themba musa juma luka hamza yahya zakaria ezra moussa mandla kenta yuta shota ryota takuya "
    "tetsuya kazuya naoya tatsuya shinya yuya kota krishna aditya satya chaitanya tama nikola ilya kuba "
    "kosta attila akira rawiri".split()
) - FEMALE_NAMES


# "the cabinet voted on Wednesday to abandon its low traffic neighbourhood trial": the decision drops the topic,
# so "welcomed the decision" is against it and "spoke against the motion" for it
_DECIDED_TO = re.compile(r"\b(?:voted|decided|agreed|resolved|chose|opted)\b(?P<how>[^.#\n]{0,40}?)\bto\s+(?P<act>[a-z]+)"
                         r"(?P<what>[^.#\n]{0,80})")
_NOT_THE_TOPIC_ITSELF = re.compile(r"\b(?:opposition|objections?|amendments?|challenges?|exemptions?|motion|appeal|"
                                   r"complaints?|lawsuit|petition|calls?|plans? for)\b")
_DROPS = {"abandon", "scrap", "drop", "end", "remove", "reject", "block", "halt", "shelve", "cancel", "withdraw", "pause",
          "suspend", "delay", "postpone", "axe", "ditch", "overturn", "reverse", "kill", "stop"}
# "a court on Monday set aside the department's policy of closing the pass": a ruling that strikes the topic down
_STRUCK_DOWN = re.compile(r"\b(?:set aside|struck down|quashed|overturned|overruled|threw out)\s+(?P<what>[^.#\n]{0,100})")
# "voted to end free entry for tourists", "scrapped free parking", topic charging for entry or parking: ending what is free
# is the charge itself, so a decision for the topic (see charges_for)
ENDS_FREE = re.compile(r"\s*(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?free(?:[\s\-]+(?!of\b|to\b|from\b)[a-z]+)")
CHARGE_WORDS = frozenset("charging charge charges fee fees toll tolls tolling metering billing paying pay paid pricing "
                          "levy levies".split())


def charges_for(acts: TopicActs | None) -> bool:
    """Whether the topic is a charge for something (a fee, a toll, metering, billing): ending it free is the topic."""
    return acts is not None and bool(acts.own & CHARGE_WORDS)


DECISION_OBJECT = re.compile(r"\s*(?:the|this|that|its|their|[a-z]+(?:'s|’s))\s+(?:[a-z\-]+\s+)?"
                             r"(?:decision|vote|motion|move|ruling|u-turn|climbdown)\b")


def with_decision(acts: TopicActs | None, masked_low: str) -> TopicActs | None:
    """The topic's acts, marked when the article's lead reports a decision to drop the topic (the first decision
    there is the news; "In 2019 he voted to end it" further down is not "the decision")."""
    if acts is None or not acts.own:
        return acts
    court = _STRUCK_DOWN.search(masked_low, 0, 900)
    m = _DECIDED_TO.search(masked_low, 0, 900) if not acts.takes_away else None
    if court is not None and (m is None or court.start() < m.start()):
        # a ruling striking the topic down, whatever its act ("set aside the policy of closing the pass")
        obj = re.split(r"\b(?:and|but|while|after|because|which|that|handing|saying|ruling)\b|,", court.group("what"))[0]
        if names_topic(re.findall(r"[a-z\-]+", obj)[:10], acts):
            return acts._replace(decision=-1)
    if acts.takes_away:
        return acts
    if m is None or m.group("act") not in _DROPS or re.search(r"\b(?:not|against|n't|never)\b", m.group("how")):
        return acts  # "decided not to scrap it", "voted against a motion to scrap it": no decision to drop it
    obj = re.split(r"\b(?:and|but|instead|while|after|because|which|that)\b|,", m.group("what"))[0]
    if _NOT_THE_TOPIC_ITSELF.search(obj):
        return acts  # "agreed to drop its opposition to the charge", "to reject amendments to it"
    if charges_for(acts) and ENDS_FREE.match(obj):
        return acts  # "voted to end free entry for tourists", topic charging them: the topic decided, not dropped
    words = re.findall(r"[a-z\-]+", obj)[:6]  # the direct object, not a later clause
    if names_topic(words, acts):
        return acts._replace(decision=-1)
    return acts

