"""What the attribution rules hand over before speakers are resolved: spans only, as offsets."""

from __future__ import annotations

from dataclasses import dataclass, field

from .quotes import Quote

Span = tuple[int, int]
QUOTE_MARKS = "\"“”„«»‘’'`"


@dataclass(slots=True)
class Found:
    """One attribution as found by a rule: source, cue and content offsets, and its attribution clause."""

    source: Span | None
    cue: Span
    content: list[Span]
    lemma: str
    clause: Span
    """Source, cue and their adverbials ("said in the letter dated February 4"): read for date and medium."""
    rule: str = ""
    addressee: Span | None = None
    fragments_from: list[Quote] = field(default_factory=list)


@dataclass(slots=True)
class Context:
    """The article as every rule sees it: the text, the masked text (quotes blanked) and the quotes."""

    text: str
    masked: str
    quotes: list[Quote]
    ends: dict[int, Quote] = field(init=False)
    quote_ends: list[int] = field(init=False)
    """The quotes' ends, in order (quotes never overlap)."""

    def __post_init__(self) -> None:
        self.ends = {q.end: q for q in self.quotes}
        self.quote_ends = [q.end for q in self.quotes]

    def quote_starting(self, pos: int) -> Quote | None:
        """The quote that opens at ``pos``."""
        return _bisect_quote(self.quotes, pos, exact=True)

    def quote_ending(self, pos: int) -> Quote | None:
        """The quote whose closing mark ends at ``pos``."""
        return self.ends.get(pos)

    def quote_containing(self, pos: int) -> Quote | None:
        """The quote spanning ``pos`` (marks included)."""
        return _bisect_quote(self.quotes, pos, exact=False)


def _bisect_quote(quotes: list[Quote], pos: int, exact: bool) -> Quote | None:
    lo, hi = 0, len(quotes)
    while lo < hi:
        mid = (lo + hi) // 2
        if quotes[mid].start <= pos:
            lo = mid + 1
        else:
            hi = mid
    if lo == 0:
        return None
    q = quotes[lo - 1]
    if exact:
        return q if q.start == pos else None
    return q if q.start <= pos < q.end else None


def trim_content(text: str, start: int, end: int) -> Span | None:
    """Content span without edge blanks, a leading comma/colon or a final period/comma outside quotes."""
    while start < end and (text[start].isspace() or text[start] in ",:;—–-"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",.;:—–-"):
        end -= 1
    return (start, end) if end - start >= 2 else None


def has_words(text: str, span: Span, n: int) -> bool:
    """True when ``text[span]`` has at least ``n`` whitespace-separated words (without listing them all)."""
    return len(text[span[0] : span[1]].split(None, n)) >= n


def is_quote_span(text: str, span: Span) -> bool:
    """True when the fragment is a whole quotation (it opens and closes with a mark)."""
    s, e = span
    return e - s >= 2 and text[s] in QUOTE_MARKS and text[e - 1] in QUOTE_MARKS
