"""Link stage: tie statements and figures to people, topics and paragraphs.

Takes what was read and extracted and returns a :class:`Site`: every
statement with a stable id, its speaker's person id, its paragraph anchor
and its topics, plus the indexes that pages are rendered from.  Pure: no I/O.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from sitegen import edits
from sitegen.config import SiteConfig
from sitegen.errors import ContentError
from sitegen.model import Article, ArticleIds, Block, Extraction, Figure, Person, Statement, Topic
from sitegen.people import PeopleIndex


@dataclass(slots=True)
class Appearance:
    """Where a statement appears: an article and the paragraph anchor in it."""

    article: str
    block: str | None
    date: str


@dataclass(slots=True)
class SiteStatement:
    """A statement placed on the site, with everything a page needs to show and link it."""

    id: str
    statement: Statement
    person: str | None
    """people id of the speaker; None for anonymous or unresolved speakers."""
    article: str
    block: str | None
    date: str
    """When it was said: the stated date, else the article's date."""
    topics: list[str]
    """The article's own list, shared (one per article, not one per statement): replaced, never changed in place."""
    role: str | None = None
    appearances: list[Appearance] = field(default_factory=list)
    addressee: str | None = None
    """people id of the addressee, when the article names one that resolves."""

    @property
    def text(self) -> str:
        return " … ".join(c.text for c in self.statement.content)

    @property
    def permalink(self) -> str:
        """The statement's stable URL: its words, highlighted, in its first article.

        The id comes from speaker and words, so the link survives edits elsewhere in
        the article, and it lands where a reader can judge the words in context (as
        an utterance's link on TheyWorkForYou lands in its debate).  A page per
        statement made 88% of all pages: 241,000 files at 10,000 articles.
        """
        return f"articles/{self.article}/#{self.id}"


@dataclass(slots=True)
class SiteFigure:
    """A figure placed on the site."""

    id: str
    figure: Figure
    article: str
    block: str | None
    date: str
    person: str | None
    topics: list[str]
    """The article's own list, shared like :attr:`SiteStatement.topics`."""


@dataclass
class Site:
    """The linked site: what the render stage turns into pages."""

    config: SiteConfig
    articles: list[Article]
    """Newest first."""
    people: dict[str, Person]
    topics: dict[str, Topic]
    statements: list[SiteStatement]
    """Newest first."""
    figures: list[SiteFigure]
    mentions: dict[str, list[str]]
    """article slug → ids of the people it mentions or quotes."""
    warnings: list[ContentError] = field(default_factory=list)

    def article(self, slug: str) -> Article:
        return self._articles[slug]

    def __post_init__(self) -> None:
        self._articles = {a.slug: a for a in self.articles}
        self.mentioned_people = {p for ids in self.mentions.values() for p in ids}


def link(
    config: SiteConfig,
    articles: list[Article],
    extractions: dict[str, Extraction],
    people: list[Person],
    topics: list[Topic],
    ids: dict[str, ArticleIds] | None = None,
) -> Site:
    """Build the :class:`Site` graph; unknown speakers become unlisted people with their own page.

    ``ids`` holds each article's :func:`article_ids` as cached; those missing are computed here.
    """
    ids = ids or {}
    index = PeopleIndex(people)
    topic_map = {t.id: t for t in topics}
    warnings = _unknown_topics(articles, topic_map) + _unknown_people(articles, index)
    ordered = sorted(articles, key=lambda a: (a.date, a.slug), reverse=True)
    statements: dict[str, SiteStatement] = {}
    short = ShortIds()
    merged_topics: dict[str, set[str]] = {}
    figures: list[SiteFigure] = []
    mentions: dict[str, list[str]] = {}
    for article in sorted(ordered, key=lambda a: (a.date, a.slug)):
        extraction = extractions[article.slug]
        own = ids.get(article.slug) or article_ids(article, extraction)
        context = index.mentioned_in(article, extraction.names)
        found = list(zip(extraction.statements, own.statement_words, strict=True))
        placed = _article_statements(article, found, index, context, warnings, short)
        for st in placed:
            _merge(statements, st, merged_topics)
        for fig, fid, block in zip(extraction.figures, own.figure_ids, own.figure_blocks, strict=True):
            figures.append(_place_figure(fig, short(fid), block, article, index, context))
        if extraction.figures_cut is not None:
            warnings.append(_figures_cut_warning(article, extraction.figures_cut))
        mentions[article.slug] = sorted(set(context) | {s.person for s in placed if s.person})
    for sid, gathered in merged_topics.items():
        statements[sid].topics = sorted(gathered)
    ordered_statements = sorted(statements.values(), key=lambda s: (s.date, s.article, s.id), reverse=True)
    return Site(
        config=config,
        articles=ordered,
        people=index.people,
        topics=topic_map,
        statements=ordered_statements,
        figures=sorted(figures, key=lambda f: (f.date, f.article, f.figure.start), reverse=True),
        mentions=mentions,
        warnings=warnings,
    )


def article_ids(article: Article, extraction: Extraction) -> ArticleIds:
    """The parts of the statement and figure ids that come from the article alone: cached with its extraction."""
    block_at = article.block_finder()
    blocks = [block_at(fig.start) for fig in extraction.figures]
    return ArticleIds(
        [statement_words(st) for st in extraction.statements],
        [figure_id(article, fig, block) for fig, block in zip(extraction.figures, blocks, strict=True)],
        [block.id if block else None for block in blocks],
    )


def _article_statements(
    article: Article,
    found: list[tuple[Statement, str]],
    index: PeopleIndex,
    context: list[str],
    warnings: list[ContentError],
    short: ShortIds,
) -> list[SiteStatement]:
    """The article's statements as placed on the site, after the editors' suppressions, corrections and additions.

    ``found`` pairs each statement found with its :func:`statement_words`.
    """
    try:
        extra = edits.added_statements(article)
    except edits.EditError as exc:
        warnings.append(edits.edit_error(article, str(exc)))
        extra = []
    block_at = article.block_finder()
    every = [*found, *((st, statement_words(st)) for st in extra)]
    placed = [_place_statement(st, words, article, index, context, warnings, block_at, short) for st, words in every]
    hidden, fixes = edits.suppressed(article), edits.corrections(article)
    for unknown in sorted((hidden | set(fixes)) - {st.id for st in placed}):
        warnings.append(edits.edit_error(article, f"no statement {unknown!r} in this article"))
    for st in placed:
        if st.id in fixes and "speaker" in fixes[st.id]:
            try:
                st.person, st.statement.speaker = edits.corrected_speaker(index, fixes[st.id]["speaker"], context)
            except edits.EditError as exc:
                warnings.append(edits.edit_error(article, str(exc)))
                continue
            st.statement.speaker_type = "person"
            st.role = index.role_at(st.person, st.date)
    return [st for st in placed if st.id not in hidden]


def _figures_cut_warning(article: Article, cut: int) -> ContentError:
    line = article.body_line + article.body.count("\n", 0, cut)
    return ContentError(
        article.path,
        line,
        "figures: too many numbers; figures from this line on were not read (move a data table "
        "to a data file, or split the article)",
    )


def _place_statement(
    st: Statement,
    words: str,
    article: Article,
    index: PeopleIndex,
    context: list[str],
    warnings: list[ContentError],
    block_at: Callable[[int], Block | None],
    short: ShortIds,
) -> SiteStatement:
    """``block_at`` is the article's :meth:`~sitegen.model.Article.block_finder`."""
    person = index.resolve_speaker(st, article, context, warnings)
    block = block_at(st.content[0].start) if st.content else None
    date = st.date or article.date
    return SiteStatement(
        id=short(_statement_id(person or st.speaker, words)),
        statement=st,
        person=person,
        article=article.slug,
        block=block.id if block else None,
        date=date,
        topics=article.topics,
        role=(index.role_at(person, date) if person else None) or st.role,
        appearances=[Appearance(article.slug, block.id if block else None, date)],
        addressee=index.lookup(st.addressee, context) if st.addressee else None,
    )


def _merge(statements: dict[str, SiteStatement], placed: SiteStatement, topics: dict[str, set[str]]) -> None:
    """The same quotation in several articles is one statement with several appearances, and all their topics.

    ``topics`` gathers the topics of each merged statement; the caller sorts them
    into it once at the end.  Sorting them at every merge was a tenth of linking
    10,000 articles, where one quotation appears in 7,000 of them.
    """
    known = statements.get(placed.id)
    if known is None:
        statements[placed.id] = placed
        return
    known.appearances.append(placed.appearances[0])
    topics.setdefault(placed.id, set(known.topics)).update(placed.topics)
    if placed.date < known.date:
        known.date = placed.date


def _place_figure(
    fig: Figure, fid: str, block: str | None, article: Article, index: PeopleIndex, context: list[str]
) -> SiteFigure:
    """``fid`` and ``block`` are the figure's entries in :class:`ArticleIds`."""
    return SiteFigure(
        id=fid,
        figure=fig,
        article=article.slug,
        block=block,
        date=fig.date or article.date,
        person=index.lookup(fig.speaker, context) if fig.speaker else None,
        topics=article.topics,
    )


_WORDS = re.compile(r"\w+")


def figure_id(article: Article, fig: Figure, block: Block | None) -> str:
    """A stable id from the paragraph and the words, not the offset: edits elsewhere leave it and its links alone.

    The paragraph's anchor comes from its text; the count of earlier identical
    words in it tells two "$5" in one paragraph apart.
    """
    nth = article.body.count(fig.text, block.start, fig.start) if block else fig.start
    where = f"{block.id if block else ''}\0{nth}"
    return "f-" + hashlib.sha1(f"{article.slug}\0{where}\0{fig.text}".encode()).hexdigest()


def statement_id(speaker: str | None, st: Statement) -> str:
    """A stable id from who said it and the words said, not from its position in the article.

    The id the site gives it, unless another statement's id begins the same (see :class:`ShortIds`).
    """
    return _statement_id(speaker, statement_words(st))[:SHORT]


def statement_words(st: Statement) -> str:
    """The words said, in lower case and single-spaced: the part of the statement's id that the article gives."""
    return " ".join(_WORDS.findall(" ".join(c.text for c in st.content).lower()))


def _statement_id(speaker: str | None, words: str) -> str:
    return "s-" + hashlib.sha1(f"{speaker or ''}\0{words}".encode()).hexdigest()


SHORT = 12
"""Length of a shown id: a prefix and ten hex digits of its digest."""


class ShortIds:
    """Shortens whole-digest ids to :data:`SHORT` characters, or longer where two items would share one.

    Ten hex digits are 40 bits: among the 535,000 figures of the 10k benchmark
    corpus two share them with a chance of about 1 in 8, and at 30,000 articles
    more often than not; two statements sharing an id were merged into one.
    The first item to claim a prefix keeps it (items come in date order), so a
    new article never changes the id, nor the links, of anything dated before
    it; a later one takes a longer prefix.
    """

    def __init__(self) -> None:
        self._owners: dict[str, str] = {}

    def __call__(self, whole: str) -> str:
        for length in (SHORT, SHORT + 6):
            shown = whole[:length]
            if self._owners.setdefault(shown, whole) == whole:
                return shown
        return whole  # whole digests of one length are unique to their item


def _unknown_topics(articles: list[Article], topics: dict[str, Topic]) -> list[ContentError]:
    """Topics named in front matter but missing from topics.yaml still get a page; say so."""
    found: defaultdict[str, list[str]] = defaultdict(list)
    for article in articles:
        for topic in article.topics:
            if topic not in topics:
                found[topic].append(article.path)
                topics[topic] = Topic(id=topic, name=topic.replace("-", " ").capitalize())
    return [
        ContentError(paths[0], None, f"topic {topic!r} is not in content/topics.yaml; add it there")
        for topic, paths in sorted(found.items())
    ]


def _unknown_people(articles: list[Article], index: PeopleIndex) -> list[ContentError]:
    """An id under ``people:`` that people.yaml lacks is most likely a typo; it settles nothing, so say so."""
    return [
        ContentError(article.path, None, f"people: {pid!r} is not an id in content/people.yaml; fix it or add them")
        for article in sorted(articles, key=lambda a: a.path)
        for pid in dict.fromkeys(article.people)
        if pid not in index.people
    ]
