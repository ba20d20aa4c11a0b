"""The evidence behind a point: the quote in its sentences, and the article with its quotes marked."""
import pandas as pd

from stancetrack.evidence import context, highlighted_html

TEXT = "First sentence. Mayor Lee said the plan was \"a win\". Last sentence here. Another one."


def test_context_gives_the_quote_with_a_sentence_either_side():
    start = TEXT.index("a win")
    before, quote, after = context(TEXT, start, start + 5)
    assert quote == "a win"
    assert before == "First sentence. Mayor Lee said the plan was \""
    assert after == "\". Last sentence here."  # the quote's sentence, then one more
    assert context(TEXT, 5, 2) == ("", "", "") and context(None, 0, 1) == ("", "", "")


def test_highlight_marks_each_span_and_escapes_the_article():
    text = "<b>Intro</b> said \"yes\" & then \"no\"."
    yes, no = text.index("yes"), text.index("no\"")
    html = highlighted_html(text, [(yes, yes + 3), (no, no + 2), (yes, yes + 3)])
    assert html.count("<mark>") == 2 and "<mark>yes</mark>" in html and "<mark>no</mark>" in html
    assert "<b>" not in html and "&lt;b&gt;Intro&lt;/b&gt;" in html and "&amp;" in html


def test_highlight_skips_missing_overlapping_and_outside_spans():
    text = "abcdefghij"
    spans = [(0, 4), (2, 6), (None, 3), (pd.NA, 2), (float("nan"), 1), (8, 20), (5, 5), (6, 8)]
    assert highlighted_html(text, spans) == "<mark>abcd</mark>ef<mark>gh</mark>ij"
    assert highlighted_html(None, []) == ""


def test_a_web_source_is_a_safe_link_and_anything_else_text():
    """A journalist's walkthrough: the source address in Evidence was plain text to copy by hand."""
    from pages.common import _source_link

    link = _source_link("https://harwickherald.example/2025/03/14/petition?a=1&b=2")
    assert link.startswith('<a href="https://harwickherald.example/2025/03/14/petition?a=1&amp;b=2"')
    assert 'target="_blank"' in link and 'rel="noopener noreferrer"' in link
    assert _source_link('javascript:alert(1)') == "javascript:alert(1)"  # text, never a link
    assert _source_link('https://x.example/"><script>') == "https://x.example/&quot;&gt;&lt;script&gt;"
    assert _source_link(None) == "unknown" and _source_link("<b>a.txt</b>") == "&lt;b&gt;a.txt&lt;/b&gt;"
