"""Content before its attribution: '"…," Singh said.', '…, Singh argues.', '"…," said Ms. Lee.'

These are the commonest shapes of direct speech.  The content runs from the
start of the sentence (or the end of the previous attribution in it) to the
source; a comma after the attribution followed by more text makes the
statement interrupted ('"…," he said, "…"'): one statement, two fragments.
After a quote has been attributed, quotes that follow it in the same paragraph
with no attribution of their own continue it ('"…," he said. "…"').
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from .after_cue import After
from .base import Context, Found, Span, trim_content
from .cues import INVERTIBLE
from .lexicon import EXTRA_START
from .sources import right_source, tokens

PARAPHRASE_TAIL = frozenset(
    "say tell argue believe think claim insist note explain write add warn suggest contend maintain assert predict "
    "acknowledge admit conclude report estimate fear hope feel agree allege charge state declare announce reckon "
    "figure concede observe stress emphasize emphasise testify".split()
)
"""Verbs that may follow unquoted content ("…, Singh argues."); "continued", "asked" may not."""
_CONTENT_AFTER = frozenset(["that", "clause", "colon", "quote"])
_GAP = re.compile(r"[\s,—–-]*")
_NOT_A_LEAD = frozenset("asked speaking pressed responding according referring".split())


def quote_before(ctx: Context, floor: int, pos: int, clause_only: bool) -> int | None:
    """Start of the content when a quote ends just before ``pos`` (only commas, dashes, blanks between).

    With ``clause_only`` (nothing but adverbials follow the cue) the quote may close the previous
    sentence of the paragraph: '"Why now?" Singh asked.' splits after the question mark.
    """
    m = ctx.masked
    i = pos
    low = floor if not clause_only else max(0, floor - 3)
    while i > low and (m[i - 1] in ",—–-" or m[i - 1].isspace() and m[i - 1] != "\n"):
        i -= 1
    q = ctx.quote_ending(i)
    if q is None:
        return None
    if q.start < floor:
        return q.start if clause_only and not m[q.end : floor].strip() else None
    return floor if m[floor : q.start].strip() and not m[floor : q.start].rstrip().endswith((".", ":")) else q.start


def trailing(ctx: Context, floor: int, src: Span, cue: Span, end: int, lemma: str, after: After) -> Found | None:
    """A statement whose content precedes its source ("…," he said / …, Singh argues)."""
    limit = min(src[0], cue[0])
    start = quote_before(ctx, floor, limit, after.kind in ("end", "comma"))
    if start is not None and after.kind in _CONTENT_AFTER and ctx.quote_starting(start) is None:
        return None  # 'On "Morning Desk," Roe said that …': the quote is a title in a lead phrase
    if start is not None:
        q_end = _last_quote_end(ctx, start, limit)
        content = [(start, q_end)]
        rule = "quote-tail"
    else:
        if lemma not in PARAPHRASE_TAIL or after.kind not in ("end", "comma") or _participle(ctx.masked, cue[1]):
            return None
        span = _paraphrase_before(ctx, floor, limit)
        if span is None:
            return None
        content = [span]
        rule = "paraphrase-tail"
    clause_end = after.extras_end
    if after.kind == "comma":
        more = trim_content(ctx.text, after.pos, _second_end(ctx, after.pos, end))
        if more is not None and (rule == "quote-tail" or not _looks_like_lead(ctx.masked, *more)):
            content.append(more)
            clause_end = after.pos
    if rule == "paraphrase-tail" and len(content) == 1 and _looks_like_lead(ctx.masked, *content[0]):
        return None  # "In a statement, Roe said." — a lead phrase is content only with a clause after the cue
    return Found(src, cue, content, lemma, (src[0], max(clause_end, cue[1])), rule, after.addressee)


_PARTICIPLE_OBJECT = re.compile(r"(?<!\s)\s+(?:with|by)\b", re.IGNORECASE)


def _participle(masked: str, cue_end: int) -> bool:
    """True for "…, the first of several flights agreed with the union" or "… announced by the ministry": a cue
    followed by "with"/"by" is a participle describing a thing, not someone speaking after their words."""
    return _PARTICIPLE_OBJECT.match(masked, cue_end) is not None


def _last_quote_end(ctx: Context, start: int, limit: int) -> int:
    """End of the last quote between ``start`` and ``limit``, else ``start``.  Quotes are in order and never
    overlap, so their ends are in order too and the last one closing by ``limit`` is found by bisection."""
    k = bisect_right(ctx.quote_ends, limit) - 1
    return ctx.quotes[k].end if k >= 0 and ctx.quotes[k].start >= start else start


def _paraphrase_before(ctx: Context, floor: int, src_start: int) -> Span | None:
    """Unquoted content before ", SOURCE CUE": it must end with a comma."""
    before = ctx.masked[floor:src_start].rstrip()
    if not before.endswith((",", "—", "–")):
        return None
    return trim_content(ctx.text, floor, floor + len(before))


def _looks_like_lead(masked: str, start: int, end: int) -> bool:
    """True for introductory phrases that are not content ("In a statement", "On Tuesday", "Asked why")."""
    toks = tokens(masked, start, end)
    if len(toks) < 4:
        return True
    first = toks[0][2].lower().strip(",")
    return len(toks) <= 8 and (first in EXTRA_START or first in _NOT_A_LEAD or first.endswith("ing"))


def _second_end(ctx: Context, start: int, end: int) -> int:
    """End of the second fragment of an interrupted statement: the sentence end, or the quote's end."""
    q = ctx.quote_starting(start)
    if q is not None and q.end > end:
        return q.end
    return end


def inverted(ctx: Context, floor: int, cue: Span, end: int, lemma: str) -> Found | None:
    """'"…," said Ms. Lee, a spokeswoman.': the cue before its source, both after the content."""
    if lemma not in INVERTIBLE and lemma not in _ALSO_INVERTED:
        return None
    before = ctx.masked[floor : cue[0]].rstrip() or _previous_sentence_end(ctx.masked, floor)
    if not before.endswith((",", "”", '"', "''", "»", "—", "“")):
        return None
    found = right_source(ctx.masked, cue[1], end)
    if found is None:
        return None
    src = (found[0], found[1])
    if not _ends_inverted(ctx.masked, found[2], end):
        return None
    after = _rest_of_inverted(ctx, found[2], end)
    if ctx.masked[found[2] - 1] == ",":  # "said Ms. Lee, a spokeswoman for the campaign."
        stop = min(after.extras_end, end)
        comma = ctx.masked.find(",", found[2], stop)
        appos_end = comma if comma != -1 else stop
        while appos_end > found[2] and ctx.masked[appos_end - 1] in " .!?":
            appos_end -= 1
        if appos_end > found[2] and not any(c in ctx.masked[found[2] : appos_end] for c in '"“”«»'):
            src = (found[0], appos_end)
    if after.kind not in ("end", "comma"):
        return None
    return trailing(ctx, floor, src, cue, end, lemma, after)


_ALSO_INVERTED = frozenset(["read"])
"""Verbs that come before their source after a quotation though they are not speech verbs: '"…," read the sign.'"""


def _previous_sentence_end(masked: str, pos: int) -> str:
    """The few characters closing the sentence before ``pos``: '"Why now?" asked Roe' splits after the mark."""
    return masked[max(0, pos - 4) : pos].rstrip()


def _ends_inverted(masked: str, pos: int, end: int) -> bool:
    """After '…, said Ms. Lee' comes the sentence end, a comma or an adverbial, never her verb
    ('…, said the market had risen' is not inverted)."""
    rest = masked[pos:end].lstrip()
    if not rest or masked[pos - 1] in ",;:" or rest[0] in ".,;:!?—–-(\"“”'":
        return True
    word = rest.split(None, 1)[0].lower()
    return word in EXTRA_START or word.endswith("ing") or word in INVERTED_TAIL


INVERTED_TAIL = frozenset("and who of".split())


def _rest_of_inverted(ctx: Context, start: int, end: int) -> After:
    """After '"…," said Ms. Lee': the rest of the sentence is about her, unless a quote resumes after a comma."""
    m = ctx.masked
    for i in range(start, end - 1):
        if m[i] == "," and ctx.quote_starting(i + 1 + (len(m[i + 1 : i + 3]) - len(m[i + 1 : i + 3].lstrip()))):
            j = i + 1
            while j < end and m[j].isspace():
                j += 1
            return After("comma", j, None, i)
        if ctx.quote_starting(i) is not None:
            break
    return After("end", end, None, end)


class _Covered:
    """Offsets inside the content already found in a paragraph, answered by bisection (a paragraph may hold
    thousands of statements)."""

    def __init__(self, spans: list[Span]) -> None:
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        self.reach = list(accumulate((e for _, e in spans), max, initial=0))[1:]
        self.quotes: set[int] = set()

    def holds(self, pos: int) -> bool:
        k = bisect_right(self.starts, pos) - 1
        return pos in self.quotes or (k >= 0 and self.reach[k] > pos)


def continue_quotes(ctx: Context, found: list[Found], para_end: int) -> None:
    """Append the quotes that follow an attributed quote in its paragraph and have no attribution of their own."""
    covered = _Covered([span for f in found for span in f.content])
    for f in found:
        if f.rule != "quote-tail":
            continue
        pos = max(f.clause[1], f.content[-1][1])
        while True:
            gap = _GAP.match(ctx.masked, pos)
            nxt = gap.end() if gap else pos
            while nxt < para_end and ctx.masked[nxt] in ".;:!? \t":
                nxt += 1
            q = ctx.quote_starting(nxt)
            if q is None or q.start >= para_end or covered.holds(q.start):
                break
            f.content.append((q.start, q.end))
            covered.quotes.add(q.start)  # quotes never overlap: a later quote is inside this one only if it is it
            pos = q.end
