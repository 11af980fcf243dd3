"""Provenance marks: wrap each statement's words in the rendered article in ``<mark id="<statement id>">``.

A statement's permalink is ``articles/<slug>/#<statement id>``; the browser
scrolls to the mark and CSS ``:target`` highlights it.  Statement spans are
offsets into the Markdown *source*, while the page shows rendered HTML, so a
span is found again in the rendered text of its paragraph (whitespace
folded; the n-th occurrence when the words repeat).  Marks are only ever
inserted between whole characters or entities of text nodes and closed
before every tag, so they can neither split an entity nor break nesting.
When the words cannot be found (Markdown markup inside the quote, a quote
across paragraphs), no mark is made and callers link the paragraph anchor.
"""

from __future__ import annotations

import html as htmllib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sitegen.link import SiteStatement
from sitegen.model import Article

_TOKEN = re.compile(r"<[^<>]*>|[^<]+|<")
"""A tag, a text run, or a stray ``<`` (never in markdown-it output); linear on any input."""
_UNIT = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);|.", re.S)
_ID_ATTR = re.compile(r"""\sid="([^"]*)\"""")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Quote:
    """Words to mark: ``text`` inside the block ``block``, its ``nth`` occurrence there (0 = first)."""

    id: str
    block: str
    text: str
    nth: int = 0
    first: bool = True
    """Only the first fragment of a statement carries the id; later fragments only the class."""


Marker = Callable[[list[tuple[str, list[Quote]]]], list[tuple[str, set[str]]]]
"""The signature of :func:`mark_all`, which a build replaces by a memo of it (``MarkMemo.mark_all``)."""


@dataclass(slots=True)
class _Unit:
    raw: str
    """As written in the HTML (a character or a whole entity)."""
    text: str
    """What it reads as."""
    block: str | None


def statement_quotes(article: Article, statements: Iterable[SiteStatement]) -> list[Quote]:
    """The fragments to mark in ``article`` for ``statements`` (those whose words come from this article)."""
    quotes = []
    for st in statements:
        if st.article != article.slug:
            continue  # a merged appearance: its spans point into another article's body
        for i, span in enumerate(st.statement.content):
            block = article.block_at(span.start)
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
    units: list[_Unit] = []
    where: list[tuple[int, int]] = []
    """(token index, unit index) of each unit, to rebuild the HTML."""
    per_token: list[list[_Unit] | None] = []
    quoted = {q.block for q in quotes}
    block: str | None = None
    for ti, token in enumerate(tokens):
        if token.startswith("<") and token != "<":
            per_token.append(None)
            found = _ID_ATTR.search(token) if not token.startswith("</") else None
            if found:
                block = found.group(1)
            continue
        pieces = _units(token, block) if block in quoted else [_Unit(token, "", block)]
        per_token.append(pieces)
        for ui, unit in enumerate(pieces):
            units.append(unit)
            where.append((ti, ui))
    ranges: list[tuple[int, int, Quote]] = []
    taken: list[tuple[int, int]] = []
    blocks = _fold_blocks(units)
    for quote in quotes:
        found_range = _find(blocks, quote)
        if found_range and not any(s < found_range[1] and found_range[0] < e for s, e in taken):
            ranges.append((*found_range, quote))
            taken.append(found_range)
    marked = {q.id for _, _, q in ranges if q.first}
    starts = {where[s]: q for s, _, q in ranges}
    ends = {where[e - 1] for _, e, _ in ranges}
    out: list[str] = []
    open_quote: Quote | None = None
    for ti, token in enumerate(tokens):
        token_units = per_token[ti]
        if token_units is None:
            if open_quote:
                out.append("</mark>")
            out.append(token)
            if open_quote:
                out.append(_open(open_quote, with_id=False))
            continue
        for ui, unit in enumerate(token_units):
            starting = starts.get((ti, ui))
            if starting:
                open_quote = starting
                out.append(_open(starting, with_id=starting.first))
            out.append(unit.raw)
            if (ti, ui) in ends and open_quote:
                out.append("</mark>")
                open_quote = None
    return _drop_empty("".join(out)), marked


def _units(text: str, block: str | None) -> list[_Unit]:
    """The characters and entities of a text run (a block no quote is in stays one unit that reads as nothing)."""
    if "&" not in text:
        return [_Unit(ch, ch, block) for ch in text]
    return [_Unit(m.group(), htmllib.unescape(m.group()), block) for m in _UNIT.finditer(text)]


def _open(quote: Quote, with_id: bool) -> str:
    ident = f' id="{htmllib.escape(quote.id)}"' if with_id else ""
    return f'<mark{ident} class="quote q-{htmllib.escape(quote.id)}">'


def _drop_empty(html: str) -> str:
    """A mark reopened right before a tag that closes it again holds nothing: leave it out."""
    return re.sub(r'<mark class="quote q-[^"]*"></mark>', "", html)


def _fold(text: str) -> str:
    return _SPACE.sub(" ", text)


def _fold_blocks(units: list[_Unit]) -> dict[str | None, tuple[str, list[int]]]:
    """Each block's text, whitespace folded, and the unit each of its characters came from.

    Built once per article so that finding a quote costs one string search,
    not a pass over the whole article.
    """
    folded: dict[str | None, list[str]] = {}
    owners: dict[str | None, list[int]] = {}
    for i, unit in enumerate(units):
        chars, owner = folded.setdefault(unit.block, []), owners.setdefault(unit.block, [])
        for ch in unit.text:
            if ch.isspace():
                if chars and chars[-1] == " ":
                    continue
                ch = " "
            chars.append(ch)
            owner.append(i)
    return {block: ("".join(chars), owners[block]) for block, chars in folded.items()}


def _find(blocks: dict[str | None, tuple[str, list[int]]], quote: Quote) -> tuple[int, int] | None:
    """Unit range ``[start, end)`` of the quote's ``nth`` occurrence in its block, whitespace folded."""
    if quote.block not in blocks:
        return None
    haystack, owner = blocks[quote.block]
    needle = _fold(quote.text).strip()
    at = -1
    for _ in range(quote.nth + 1):
        at = haystack.find(needle, at + 1)
        if at < 0:
            return None
    return owner[at], owner[at + len(needle) - 1] + 1
