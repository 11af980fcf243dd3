"""The data that flows between the pipeline stages.

Every stage hands plain dataclasses to the next one.  Statements and figures
are JSON-serialisable through :func:`to_jsonable` / the ``from_dict``
constructors, so the data export and the search index read one shape; the
article cache stores the same fields as tuples (:mod:`sitegen.cache`).
"""

from __future__ import annotations

import dataclasses
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of an article body: ``body[start:end] == text``."""

    start: int
    end: int
    text: str

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Span | None:
        return None if d is None else cls(d["start"], d["end"], d["text"])


@dataclass(slots=True)
class Statement:
    """Who said what, as found in one article."""

    kind: str
    """``direct`` (all quoted), ``mixed`` (partly quoted) or ``indirect`` (reported)."""
    speaker: str | None
    """The speaker as resolved inside the article ("Raja Ram Singh"), not yet a people.yaml id."""
    source: Span | None
    """The source as written: "he", "the CPI(ML) MP", "Singh"."""
    cue: Span | None
    """The speech verb or phrase: "said", "told reporters", "according to"."""
    content: list[Span]
    """What was said; several fragments when the attribution interrupts a quote."""
    date: str | None = None
    """ISO date the statement was made, when the article says so."""
    role: str | None = None
    """The speaker's role as the article gives it ("External Affairs Minister")."""
    medium: str | None = None
    """How it was said, when stated: "letter", "post on X", "reporters"."""
    addressee: str | None = None
    """To whom, when stated ("Mr. Jaishankar")."""
    speaker_type: str = "person"
    """``person``, ``organisation`` or ``anonymous``; only persons get a person page."""

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Statement:
        return cls(
            **{
                **d,
                "source": Span.from_dict(d.get("source")),
                "cue": Span.from_dict(d.get("cue")),
                "content": [Span(**c) for c in d["content"]],
            }
        )


@dataclass(slots=True)
class Figure:
    """A number cited in an article, resolved to a value."""

    start: int
    end: int
    text: str
    value: float | int
    kind: str
    """``number``, ``money``, ``percent`` or ``measure``."""
    unit: str | None = None
    """ISO 4217 code for money, ``%`` for percent, a short unit code for measures."""
    counted: str | None = None
    """What the number counts: "immigrants labelled as illegal"."""
    low: float | int | None = None
    high: float | int | None = None
    qualifier: str | None = None
    """Approximation as written: "nearly", "about", "more than"."""
    change: str | None = None
    """Direction of a change: "up", "down", "rise", ..."""
    speaker: str | None = None
    """Who cited it, when the figure sits inside a statement."""
    date: str | None = None
    """ISO date the figure refers to, when the article says so."""

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Figure:
        return cls(**d)


@dataclass(slots=True)
class Extraction:
    """Everything the extractor finds in one article body."""

    statements: list[Statement] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    """Capitalised word runs that may name a person, normalised; matched to people.yaml when linking."""
    figures_cut: int | None = None
    """Body offset from which figures were not read (a body of too many numbers), else None."""


@dataclass(slots=True)
class ArticleIds:
    """What the ids of an article's statements and figures take from the article alone.

    Computed with the extraction and cached with it (:mod:`sitegen.cache`), so
    that linking, which every build does for every article, only adds what
    depends on the rest of the site: the speaker's people id, and how long an
    id must be shown to be unique (:class:`sitegen.link.ShortIds`).
    """

    statement_words: list[str]
    """Per statement found, its words as its id hashes them (:func:`sitegen.link.statement_words`)."""
    figure_ids: list[str]
    """Per figure, its whole id (a site shows it shortened)."""
    figure_blocks: list[str | None]
    """Per figure, the anchor of its paragraph (two lists, not a list of pairs: 535,000 tuples fewer at 10k)."""


_PLAIN = frozenset({str, int, float, bool, type(None)})
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}
"""Field names by dataclass type: ``dataclasses.fields`` is slow enough to show when exporting a whole site."""


def to_jsonable(obj: Any) -> Any:
    """Turn nested dataclasses into plain dicts and lists for ``json.dumps``.

    Plain values are recognised by exact type first: an export walks millions of them.
    """
    kind = type(obj)
    if kind in _PLAIN:
        return obj
    names = _FIELD_NAMES.get(kind)
    if names is None and dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        names = _FIELD_NAMES[kind] = tuple(f.name for f in dataclasses.fields(obj))
    if names is not None:
        return {name: to_jsonable(getattr(obj, name)) for name in names}
    if isinstance(obj, (list, tuple)):
        return [to_jsonable(x) for x in obj]
    if isinstance(obj, dict):
        return {k: to_jsonable(v) for k, v in obj.items()}
    return obj


@dataclass(frozen=True, slots=True)
class Block:
    """A top-level Markdown block with its stable anchor and its stretch of the body."""

    id: str
    start: int
    end: int


@dataclass(slots=True)
class Article:
    """One article as read from ``content/articles/*.md``, Markdown already rendered."""

    slug: str
    path: str
    """Path relative to the site directory, for messages."""
    title: str
    date: str
    """ISO date of publication."""
    body: str
    html: str
    blocks: list[Block]
    body_line: int = 1
    """Line of the file on which the body starts, to turn body offsets into file lines."""
    source_name: str | None = None
    source_url: str | None = None
    author: str | None = None
    topics: list[str] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    summary: str | None = None
    draft: bool = False
    edits: dict[str, Any] = field(default_factory=dict)
    """Editorial corrections from front matter (added, corrected, suppressed statements)."""
    digest: str = ""
    """Hash of the source file and of the settings its parse depends on: its cache key."""

    def block_at(self, offset: int) -> Block | None:
        """The block holding body offset ``offset``, to link a statement to its paragraph."""
        for block in self.blocks:
            if block.start <= offset < block.end:
                return block
        return None

    def block_finder(self) -> Callable[[int], Block | None]:
        """:meth:`block_at` for many offsets: one binary search over the block starts each, not a scan of all.

        Linking looks up the block of every statement and figure, 930,000 lookups
        at 10,000 articles.  Blocks come from the top-level Markdown tokens, in
        order and disjoint, so the last block starting at or before an offset is
        the only one that can hold it; a list that is not so falls back to the scan.
        """
        blocks = self.blocks
        if not all(b.start <= b.end for b in blocks) or any(a.end > b.start for a, b in pairwise(blocks)):
            return self.block_at
        starts = [b.start for b in blocks]

        def find(offset: int) -> Block | None:
            i = bisect_right(starts, offset) - 1
            return blocks[i] if i >= 0 and offset < blocks[i].end else None

        return find


@dataclass(frozen=True, slots=True)
class Role:
    """A role a person held, optionally between two ISO dates (``start``/``end`` inclusive)."""

    title: str
    start: str | None = None
    end: str | None = None

    def held_on(self, day: str) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(slots=True)
class Person:
    """An entry of ``content/people.yaml``, or a speaker found in text but not listed there."""

    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    description: str | None = None
    links: list[str] = field(default_factory=list)
    listed: bool = True
    """False for speakers who are not in people.yaml."""


@dataclass(slots=True)
class Topic:
    """An entry of ``content/topics.yaml``."""

    id: str
    name: str
    description: str | None = None
    keywords: list[str] = field(default_factory=list)
