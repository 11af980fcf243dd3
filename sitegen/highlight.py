"""Provenance marks: wrap each statement's words in the rendered article in ``<mark id="<statement id>">``.

A statement's permalink is ``articles/<slug>/#<statement id>``; the browser
scrolls to the mark and CSS ``:target`` highlights it.  Statement spans are
offsets into the Markdown *source*, while the page shows rendered HTML, so a
span is found again in the rendered text of its paragraph (whitespace
folded; the n-th occurrence when the words repeat).  Marks are only ever
inserted between whole characters or entities of text nodes and closed
before every tag, so they can neither split an entity nor break nesting.
When the words cannot be found (Markdown markup inside the quote, a quote
across paragraphs, a quote of no words), no mark is made and callers link
the paragraph anchor.
"""

from __future__ import annotations

import html as htmllib
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sitegen.link import SiteStatement
from sitegen.model import Article

_TOKEN = re.compile(r"<[^<>]*>|[^<]+|<")
"""A tag, a text run, or a stray ``<`` (never in markdown-it output); linear on any input."""
_ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")
"""A character reference: one unit, which a mark goes around but never into."""
_ID_ATTR = re.compile(r"""\sid="([^"]*)\"""")
_SPACE = re.compile(r"\s{2,}|[^\S ]")
"""The whitespace that folding changes: runs, and single characters other than a space (each becomes one space)."""
_LONG_SPACE = re.compile(r"\s{2,}")
"""The whitespace runs that folding shortens."""


@dataclass(frozen=True, slots=True)
class Quote:
    """Words to mark: ``text`` inside the block ``block``, its ``nth`` occurrence there (0 = first)."""

    id: str
    block: str
    text: str
    nth: int = 0
    first: bool = True
    """Only the first fragment of a statement carries the id; later fragments only the class."""


_Unit = tuple[int, int]
"""A character or entity of the HTML: (token index, offset in the token)."""

Marker = Callable[[list[tuple[str, list[Quote]]]], list[tuple[str, set[str]]]]
"""The signature of :func:`mark_all`, which a build replaces by a memo of it (``MarkMemo.mark_all``)."""


def statement_quotes(article: Article, statements: Iterable[SiteStatement]) -> list[Quote]:
    """The fragments to mark in ``article`` for ``statements`` (those whose words come from this article)."""
    quotes, block_at = [], article.block_finder()
    for st in statements:
        if st.article != article.slug:
            continue  # a merged appearance: its spans point into another article's body
        for i, span in enumerate(st.statement.content):
            block = block_at(span.start)
            if block is None or span.end > block.end or not span.text.strip():
                if i == 0:
                    break
                continue
            before = _fold(article.body[block.start : span.start])
            nth = before.count(_fold(span.text).strip())
            quotes.append(Quote(st.id, block.id, span.text, nth, first=i == 0))
    return quotes


def mark_all(articles: list[tuple[str, list[Quote]]]) -> list[tuple[str, set[str]]]:
    """:func:`mark_quotes` of each article's HTML and quotes."""
    return [mark_quotes(html, quotes) for html, quotes in articles]


def mark_quotes(html: str, quotes: list[Quote]) -> tuple[str, set[str]]:
    """``html`` with a ``<mark>`` around each quote it can find, and the ids that got their anchor."""
    tokens = _TOKEN.findall(html)
    blocks = _read_blocks(tokens, {q.block for q in quotes})
    starts: dict[_Unit, Quote] = {}
    ends: dict[_Unit, int] = {}
    """The last unit of each mark, and its length."""
    taken: list[tuple[_Unit, _Unit]] = []
    """First and last unit of each mark, in order: they never overlap, so only the one before can touch a new one."""
    for quote in quotes:
        found = _find(blocks, tokens, quote)
        if not found:
            continue
        first, last, length = found
        at = bisect_right(taken, last, key=lambda mark: mark[0])
        if at and taken[at - 1][1] >= first:
            continue
        taken.insert(at, (first, last))
        starts[first] = quote
        ends[last] = length
    marked = {q.id for q in starts.values() if q.first}
    return _drop_empty(_splice(tokens, starts, ends)), marked


@dataclass(slots=True)
class _Block:
    """A quoted block's text (its text tokens, entities read, joined) with whitespace folded, and the way back.

    Only the offsets where a quote starts or ends are ever mapped back to
    units, so the text is never split into one object per character.
    """

    tokens: list[int]
    """The block's text tokens, in order."""
    starts: list[int]
    """Where each of them starts in the joined text."""
    folded: str
    runs: list[int]
    """Where each whitespace run that folding shortened now stands in ``folded``."""
    removed: list[int]
    """How many characters folding has removed up to and including each of those runs."""

    @staticmethod
    def of(parts: list[tuple[int, str]]) -> _Block:
        starts, at = [], 0
        for _, text in parts:
            starts.append(at)
            at += len(text)
        text = "".join(t for _, t in parts)
        folded = _fold(text)
        runs, removed, total = [], [], 0
        for run in _LONG_SPACE.finditer(text) if len(folded) < len(text) else ():
            runs.append(run.start() - total)
            total += run.end() - run.start() - 1
            removed.append(total)
        return _Block([ti for ti, _ in parts], starts, folded, runs, removed)

    def unit(self, tokens: list[str], at: int) -> tuple[int, int, int]:
        """Token index, offset and length of the unit that folded character ``at`` comes from.

        A folded space comes from the first character of its whitespace run.
        """
        k = bisect_left(self.runs, at)
        joined = at + (self.removed[k - 1] if k else 0)
        j = bisect_right(self.starts, joined) - 1
        ti = self.tokens[j]
        return (ti, *_unit_in(tokens[ti], joined - self.starts[j]))


def _is_tag(token: str) -> bool:
    return token.startswith("<") and token != "<"


def _read_blocks(tokens: list[str], quoted: set[str]) -> dict[str, _Block]:
    """The text of each quoted block; a block runs from a tag with an ``id`` to the next one."""
    parts: dict[str, list[tuple[int, str]]] = {}
    block: str | None = None
    for ti, token in enumerate(tokens):
        if _is_tag(token):
            found = _ID_ATTR.search(token) if not token.startswith("</") else None
            if found:
                block = found.group(1)
        elif block is not None and block in quoted:
            parts.setdefault(block, []).append((ti, _read(token)))
    return {block: _Block.of(block_parts) for block, block_parts in parts.items()}


def _read(text: str) -> str:
    """What a text token reads as: its entities unescaped one by one (a stray ``&`` stays itself)."""
    return _ENTITY.sub(lambda m: htmllib.unescape(m.group()), text) if "&" in text else text


def _unit_in(token: str, at: int) -> tuple[int, int]:
    """Offset and length in ``token`` of the character or entity that character ``at`` of its reading comes from."""
    raw = read = 0
    for entity in _ENTITY.finditer(token) if "&" in token else ():
        if at < read + entity.start() - raw:
            break
        read += entity.start() - raw
        length = len(htmllib.unescape(entity.group()))
        if at < read + length:
            return entity.start(), entity.end() - entity.start()
        read, raw = read + length, entity.end()
    return raw + at - read, 1


def _find(blocks: dict[str, _Block], tokens: list[str], quote: Quote) -> tuple[_Unit, _Unit, int] | None:
    """First unit, last unit and its length of the quote's ``nth`` occurrence in its block, whitespace folded."""
    block = blocks.get(quote.block)
    needle = _fold(quote.text).strip()
    if block is None or not needle:
        return None
    at = -1
    for _ in range(quote.nth + 1):
        at = block.folded.find(needle, at + 1)
        if at < 0:
            return None
    first = block.unit(tokens, at)
    last = block.unit(tokens, at + len(needle) - 1)
    return first[:2], last[:2], last[2]


def _splice(tokens: list[str], starts: dict[_Unit, Quote], ends: dict[_Unit, int]) -> str:
    """The HTML again, a mark opened before each start unit and closed after each end unit, and around every tag."""
    cuts: dict[int, set[int]] = {}
    for ti, offset in (*starts, *ends):
        cuts.setdefault(ti, set()).add(offset)
    out: list[str] = []
    open_quote: Quote | None = None
    for ti, token in enumerate(tokens):
        if _is_tag(token) and open_quote:
            out += ("</mark>", token, _open(open_quote, with_id=False))
            continue
        if ti not in cuts:
            out.append(token)
            continue
        done = 0
        for offset in sorted(cuts[ti]):
            out.append(token[done:offset])
            done = offset
            starting = starts.get((ti, offset))
            if starting:
                open_quote = starting
                out.append(_open(starting, with_id=starting.first))
            length = ends.get((ti, offset))
            if length:
                done = offset + length
                out.append(token[offset:done])
                if open_quote:
                    out.append("</mark>")
                    open_quote = None
        out.append(token[done:])
    return "".join(out)


def _open(quote: Quote, with_id: bool) -> str:
    ident = f' id="{htmllib.escape(quote.id)}"' if with_id else ""
    return f'<mark{ident} class="quote q-{htmllib.escape(quote.id)}">'


def _drop_empty(html: str) -> str:
    """A mark reopened right before a tag that closes it again holds nothing: leave it out."""
    return re.sub(r'<mark class="quote q-[^"]*"></mark>', "", html)


def _fold(text: str) -> str:
    return _SPACE.sub(" ", text)
