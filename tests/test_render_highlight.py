"""Provenance marks: a statement's words are wrapped in ``<mark id="<statement id>">`` in the rendered article,
found again from the Markdown source offsets, without ever breaking an entity or the nesting of tags."""

from __future__ import annotations

from html.parser import HTMLParser

from sitegen.highlight import Quote, mark_quotes, statement_quotes
from sitegen.markdown import markdown_parser, render_markdown
from tests.test_pages import tiny_site


def _html(body: str) -> tuple[str, str]:
    html, blocks = render_markdown(body, markdown_parser(False))
    return html, blocks[0].id


class _Nesting(HTMLParser):
    VOID = {"br", "hr", "img", "input", "meta", "link"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.ok = True
        self.marked: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        self.ok = self.ok and bool(self.stack) and self.stack.pop() == tag

    def handle_data(self, data):
        if self.stack and self.stack[-1] == "mark":
            self.marked.append(data)


def _check(html: str) -> str:
    parser = _Nesting()
    parser.feed(html)
    assert parser.ok and not parser.stack, html
    return "".join(parser.marked)


def test_words_with_entities_are_marked_whole():
    html, block = _html('He said the plan & the "numbers" <were> final.\n')
    out, marked = mark_quotes(html, [Quote("s-1", block, 'the plan & the "numbers" <were> final')])
    assert marked == {"s-1"}
    assert '<mark id="s-1" class="quote q-s-1">the plan &amp; the &quot;numbers&quot; &lt;were&gt; final</mark>' in out
    assert _check(out) == 'the plan & the "numbers" <were> final'


def test_a_mark_across_inline_markup_is_split_and_stays_well_nested():
    html, block = _html("She said *very* clearly that it is done.\n")
    out, marked = mark_quotes(html, [Quote("s-2", block, "said very clearly")])
    assert marked == {"s-2"}
    assert _check(out) == "said very clearly"
    assert out.count('id="s-2"') == 1


def test_whitespace_and_line_breaks_are_folded():
    html, block = _html("The minister said the flights\nwould   continue.\n")
    out, marked = mark_quotes(html, [Quote("s-3", block, "the flights would continue")])
    assert marked == {"s-3"} and _check(out) == "the flights\nwould   continue"


def test_the_nth_occurrence_is_marked():
    html, block = _html("yes, he said; and yes, he said again.\n")
    out, _ = mark_quotes(html, [Quote("s-4", block, "yes", nth=1)])
    assert out.index("<mark") > out.index("and ")


def test_words_not_found_get_no_mark_and_the_caller_falls_back_to_the_paragraph():
    html, block = _html("Nothing here.\n")
    out, marked = mark_quotes(html, [Quote("s-5", block, "missing words")])
    assert (out, marked) == (html, set())


def test_overlapping_quotes_keep_the_first():
    html, block = _html("He said that the wall must be built now.\n")
    out, marked = mark_quotes(html, [Quote("a", block, "the wall must"), Quote("b", block, "must be built")])
    assert marked == {"a"} and _check(out) == "the wall must"


def test_statement_quotes_come_from_source_offsets():
    site = tiny_site()
    flood = site.article("flood")
    quotes = statement_quotes(flood, [s for s in site.statements if s.article == "flood"])
    assert {q.block for q in quotes} <= {b.id for b in flood.blocks}
    out, marked = mark_quotes(flood.html, quotes)
    assert marked == {s.id for s in site.statements if s.article == "flood"}
    _check(out)


def test_a_quote_starting_and_ending_on_entities_keeps_them_whole():
    html = '<p id="p1">He said &quot;no&amp;yes&quot; twice.</p>'
    out, marked = mark_quotes(html, [Quote("s-6", "p1", '"no&yes"')])
    assert marked == {"s-6"}
    assert out == '<p id="p1">He said <mark id="s-6" class="quote q-s-6">&quot;no&amp;yes&quot;</mark> twice.</p>'


def test_whitespace_is_folded_across_tags_and_entities_that_read_as_spaces():
    html = '<p id="p1">It was  <em> very\r\n</em>\t clear&nbsp;&#32;indeed.</p>'
    out, marked = mark_quotes(html, [Quote("s-7", "p1", "was very clear indeed")])
    assert marked == {"s-7"}
    assert out == (
        '<p id="p1">It <mark id="s-7" class="quote q-s-7">was  </mark><em><mark class="quote q-s-7"> very\r\n</mark>'
        '</em><mark class="quote q-s-7">\t clear&nbsp;&#32;indeed</mark>.</p>'
    )


def test_the_nth_occurrence_counts_across_inline_tags_and_other_characters():
    html = '<p id="p1">😀 é <em>yes</em> &amp; yes, <a href="/x?a=1&amp;b=2">yes</a>.</p>'
    out, _ = mark_quotes(html, [Quote("s-8", "p1", "yes", nth=2)])
    link = '<a href="/x?a=1&amp;b=2">'
    assert (
        out == f'<p id="p1">😀 é <em>yes</em> &amp; yes, {link}<mark id="s-8" class="quote q-s-8">yes</mark></a>.</p>'
    )


def test_words_are_only_looked_for_in_their_own_block():
    html = '<p id="p1">The plan works.</p>\n<p id="p2">It works.</p>'
    out, marked = mark_quotes(html, [Quote("s-9", "p2", "plan works"), Quote("s-10", "p2", "works")])
    assert marked == {"s-10"}
    assert out == '<p id="p1">The plan works.</p>\n<p id="p2">It <mark id="s-10" class="quote q-s-10">works</mark>.</p>'


def test_later_fragments_carry_only_the_class():
    html = '<p id="p1">One, two.</p>'
    out, marked = mark_quotes(html, [Quote("s-11", "p1", "two", first=False)])
    assert marked == set() and out == '<p id="p1">One, <mark class="quote q-s-11">two</mark>.</p>'


def test_a_quote_without_words_marks_nothing():
    html = '<p id="p1">Hello <em>big</em> world.</p>'
    for text, nth in [("", 0), ("  \n", 0), ("", 1)]:
        assert mark_quotes(html, [Quote("s-12", "p1", text, nth)]) == (html, set())


def test_quotes_that_share_one_character_overlap_but_adjacent_ones_do_not():
    html = '<p id="p1">one-two-three</p>'
    out, marked = mark_quotes(html, [Quote("a", "p1", "two-t"), Quote("b", "p1", "three"), Quote("c", "p1", "one")])
    assert marked == {"a", "c"}
    mark = '<mark id="{0}" class="quote q-{0}">'
    assert out == f'<p id="p1">{mark.format("c")}one</mark>-{mark.format("a")}two-t</mark>hree</p>'
