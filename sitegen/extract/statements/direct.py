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
from bisect import bisect_left, bisect_right
from itertools import accumulate

from .after_cue import After, read_after
from .base import Context, Found, Span, is_quote_span, trim_content
from .cues import CUE_PREFIX, INVERTIBLE, lemma_of
from .lexicon import CLAUSE_WORDS, DETERMINERS, EXTRA_START
from .quotes import Quote
from .reported import according_to, content_end
from .sources import (
    ABBREVIATED,
    IRREGULAR_PAST,
    MAX_GROUP_WORDS,
    NAME_LINKS,
    PREPOSITIONS,
    coordinated_subject,
    cue_prefix_start,
    left_source,
    looks_finite,
    right_source,
    sentence_subject,
    tokens,
    valid_np,
)

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
        if more is not None and start is not None and rule == "quote-tail" and _not_speech(ctx, more):
            outer = _reported_by(ctx, start, more, end)
            if outer is not None:
                return outer
            clause_end = after.pos  # '"…," Roe said, referring to the plan': the rest is not her words
        elif more is not None and (
            rule == "quote-tail" or not _looks_like_lead(ctx.masked, *more) or is_quote_span(ctx.text, more)
        ):
            content.append(more)
            clause_end = after.pos
    if rule == "paraphrase-tail" and _looks_like_lead(ctx.masked, *content[0]):
        if len(content) == 1:
            return None  # "In a statement, Roe said." — a lead phrase is content only with a clause after the cue
        if is_quote_span(ctx.text, content[1]):  # 'Asked about the pier, Roe said, "Probably."'
            content, rule = content[1:], "quote-lead"
    return Found(src, cue, content, lemma, (src[0], max(clause_end, cue[1])), rule, after.addressee)


_ACCORDING = re.compile(r"according to\b")


def _reported_by(ctx: Context, start: int, more: Span, end: int) -> Found | None:
    """'"…," Roe said, according to the Gazette': the paper reports Roe's words, so the statement is the
    paper's, and its content is the quote with the attribution inside it (Roe's saying is not told twice)."""
    m = _ACCORDING.match(ctx.masked, more[0])
    if m is None:
        return None
    return according_to(ctx, start, (m.start(), m.end()), end)


_AFTER_ATTRIBUTION = frozenset("according as while when before after in on at during".split())


def _not_speech(ctx: Context, span: Span) -> bool:
    """True when what follows '"…," Roe said,' is about the saying, not more of it: "according to the paper",
    "as the crowd cheered", "referring to the plan" (no quotation in it)."""
    if ctx.quote_containing(span[0]) is not None:
        return False
    first = ctx.masked[span[0] : span[0] + 20].split(None, 1)[0].lower().strip(",")
    return first in _AFTER_ATTRIBUTION or first.endswith("ing")


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
    if before.split(None, 1)[0].lower() in ("who", "which"):
        return None  # "Roe, an adviser who backed the plan, said Obama …": the clause before is no content
    found = right_source(ctx.masked, cue[1], end)
    if found is None:
        return None
    src = (found[0], found[1])
    if not _ends_inverted(ctx.masked, found[2], end):
        return None
    if ctx.masked[found[0] : found[1]].lower() in _PRONOUN_SOURCES and _continues_clause(ctx.masked, found[2], end):
        return None  # "…, said he and other leaders would stay away": "he" begins what was said
    after = _rest_of_inverted(ctx, found[2], end)
    rel = _relative_speech(ctx.masked, found[2] - 1, end) if after.kind == "end" else None
    if rel is not None:
        after = After("end", rel, None, rel)
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


_WHO = re.compile(r",\s+who\s+")
_RELATIVE_SPEECH = frozenset(
    "say add tell note explain argue acknowledge concede predict insist warn contend maintain stress".split()
)
"""Verbs of a relative clause after an inverted source that make it a statement ("who added that …"); not
"write" or "observe" ("who writes for a trade paper", "who observed the vote")."""
_MAX_WHO_GAP = 3


def _relative_speech(masked: str, start: int, end: int) -> int | None:
    """'"…," said Ana Roe, a planner, who added that …': a relative clause after an inverted source that says
    something itself is a statement of its own; the comma before "who" (returned) ends this one's clause."""
    m = _WHO.search(masked, start, end)
    if m is None or any(c in masked[start : m.start()] for c in '"“”«»'):
        return None
    words = masked[m.end() : min(end, m.end() + 60)].split()[:_MAX_WHO_GAP]
    for word in words:
        lemma = lemma_of(word.strip(",.;:"))
        if lemma is not None:
            return m.start() if lemma in _RELATIVE_SPEECH else None
        if word.lower() not in CUE_PREFIX:
            return None
    return None


_ALSO_INVERTED = frozenset(["read"])
"""Verbs that come before their source after a quotation though they are not speech verbs: '"…," read the sign.'"""


def _continues_clause(masked: str, pos: int, end: int) -> bool:
    rest = masked[pos:end].lstrip()
    return bool(rest) and rest.split(None, 1)[0].lower() in INVERTED_TAIL


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


INVERTED_TAIL = frozenset("and who of that whose".split())


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


_CONTINUED = frozenset(["quote-tail", "quote-lead", "said-lead", "forward"])
"""Rules whose statement takes in the unattributed quotes that follow it in its paragraph ("forward" only with a
verb of speech: 'Roe said that the port would close. "We had no choice."')."""
_NEEDS_SPEECH = frozenset(["forward", "participle"])
_SPEECH = frozenset(
    "say tell add write explain note argue claim insist warn declare state recall remark observe continue respond "
    "reply tweet post quip joke predict promise pledge confirm stress emphasize emphasise acknowledge concede "
    "contend maintain assert announce testify complain".split()
)


def continue_quotes(ctx: Context, found: list[Found], para_end: int) -> None:
    """Append the quotes that follow an attributed quote in its paragraph and have no attribution of their own."""
    if not any(f.rule in _CONTINUED for f in found):
        return
    covered = _Covered([span for f in found for span in f.content])
    for f in found:
        if f.rule not in _CONTINUED or f.rule in _NEEDS_SPEECH and f.lemma not in _SPEECH:
            continue
        pos = _past_relative(found, max(f.clause[1], f.content[-1][1]))
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
    last = max((f for f in found if f.rule in _CONTINUED), key=lambda f: f.content[-1][1], default=None)
    if (
        last is not None
        and (last.rule not in _NEEDS_SPEECH or last.lemma in _SPEECH)
        and not ctx.masked[max(last.content[-1][1], last.clause[1]) : para_end].strip(" .,;:!?\"”'’")
    ):  # the statement ends its paragraph: quote paragraphs after it are its speaker's words running on
        done = last.content[-1][1]  # a colon's quote in the next paragraph is content already
        last.content.extend(q for q in _quote_paragraphs_after(ctx, para_end) if q[0] >= done)


def _past_relative(found: list[Found], pos: int) -> int:
    """'"…," said Roe, who added that …. "…"': the end of a relative statement that follows an attribution
    ending at ``pos`` (its source opens there), where the quotes continuing that attribution start."""
    for g in found:
        if g.rule == "relative" and g.source is not None and pos <= g.source[0] <= pos + 3:
            return max(g.clause[1], g.content[-1][1])
    return pos


_MAX_QUOTE_PARAGRAPHS = 4


def _quote_paragraphs_after(ctx: Context, para_end: int) -> list[Span]:
    """The paragraphs after ``para_end`` that are each one quotation and nothing else (a speaker's words running
    on), up to a paragraph that is not, or one signed by a dash."""
    text = ctx.text
    out: list[Span] = []
    pos = para_end
    while len(out) < _MAX_QUOTE_PARAGRAPHS:
        i = pos
        while i < len(text) and i < pos + 8 and text[i].isspace():
            i += 1
        q = ctx.quote_starting(i)
        if q is None or not q.closed or "\n" not in text[pos:i]:
            break
        line_end = text.find("\n", q.end)
        line_end = len(text) if line_end == -1 else line_end
        if text[q.end : line_end].strip(" .,;"):
            break  # the paragraph goes on after its quote ('"…," Roe said.'): it has an attribution of its own
        nxt = text[line_end : line_end + 12].lstrip()
        if nxt and nxt[0] in _DASHES:
            break  # a signed quote: '"…"' then '- Ana Ruiz'
        out.append((q.start, q.end))
        pos = line_end
    return out


def quote_next(ctx: Context, src: Span, cue: Span, end: int, lemma: str, after: After, para_end: int) -> Found | None:
    """'Roe said in a statement. "…"': a verb of speech whose sentence ends with nothing said in it (no quote or
    paraphrase before it, only adverbials after it) introduces the quote that comes next, in the same paragraph
    or as the next one, when that quote is a sentence of its own (not attributed again: '"…," Lee added.')."""
    if after.kind != "end" or lemma not in _SPEECH or lemma in _NOT_INTRODUCING:
        return None
    m = ctx.masked
    start = i = max(after.extras_end, cue[1])
    while i < len(m) and m[i] in ".: \t" and i < end + 2:
        i += 1
    if m[start:i].strip() not in (".", ":"):
        return None
    nl = False
    while i < len(m) and m[i].isspace() and i < para_end + 8:
        nl = nl or m[i] == "\n"
        i += 1
    q = ctx.quote_starting(i)
    if q is None or not q.closed:
        return None
    if nl:
        if i < para_end or not _quote_paragraphs_after(ctx, para_end):
            return None
    elif not _closes_sentence(ctx, q, para_end):
        return None
    return Found(src, cue, [(q.start, q.end)], lemma, (src[0], max(cue[1], after.extras_end)), "forward")


_NOT_INTRODUCING = frozenset(["continue", "respond", "reply", "ask", "go on"])
"""Verbs that end a sentence about a reply or a question, not one that introduces the next quote."""


_MAX_FRONT_WORDS = 5
_MAX_SET_OFF_WORDS = 45


def fronted_subject(masked: str, sentence_start: int, cue_start: int, lemma: str, end: int) -> Span | None:
    """ "Ana Roe, during a visit to Brill, Ohio, said the pier is "unsafe."" and '"…," a clerk, who asked not to be
    named, told the Gazette.': a short noun phrase opening the sentence (or right after its opening quote), set
    off by commas from a speech verb, with a quotation before or after the verb; the comma groups between
    (however many commas they hold) describe the speaker or the occasion. Read when no closer subject reads
    as one."""
    if lemma not in _SPEECH:
        return None
    toks = tokens(masked, sentence_start, cue_start)
    if len(toks) < 3 or len(toks) > _MAX_SET_OFF_WORDS or not toks[-1][2].endswith((",", ',"', ",”", ",''")):
        return None
    quoted_after = any(c in masked[cue_start:end] for c in '"“”') or "''" in masked[cue_start:end]
    opening = _opening_quote_end(toks)
    if opening:
        toks = toks[opening:]
    elif not quoted_after or not toks[0][2][:1].isupper():
        return None
    k = next((i for i, t in enumerate(toks[:_MAX_FRONT_WORDS]) if t[2].endswith(",")), None)
    if k is None or k == len(toks) - 1:
        return None
    front = toks[: k + 1]
    first = _bare(front[0][2])
    if first in EXTRA_START or first in PREPOSITIONS or first in _NOT_FRONT:
        return None
    if not valid_np([(a, b - (w[-1] == ","), w.rstrip(",")) for a, b, w in front], "say"):
        return None
    return front[0][0], front[-1][1] - 1


_AND_BEFORE = re.compile(r"(?:^|[\s,])(?:and|but)\s$")
_MAX_LEAD_WORDS = 6


def lead_pronoun_subject(masked: str, sentence_start: int, cue_start: int, lemma: str, end: int) -> Span | None:
    """'In the last race, she backed Lee and said, "…"': a speech verb after "and" shares the subject pronoun
    that follows a short lead phrase of the sentence; only with a quotation after the verb."""
    if lemma not in _SPEECH or not _has_double_quote(masked[cue_start:end]):
        return None
    if not _AND_BEFORE.search(masked, max(sentence_start, cue_start - 6), cue_start):
        return None
    toks = tokens(masked, sentence_start, cue_start)
    comma = next((i for i, t in enumerate(toks[: _MAX_LEAD_WORDS + 1]) if t[2].endswith(",")), None)
    if comma is None or comma + 1 >= len(toks) or toks[comma + 1][2] not in _PRONOUN_SOURCES:
        return None
    return toks[comma + 1][0], toks[comma + 1][1]


_THAT_SAYS = frozenset(["say"])


def that_source(masked: str, sentence_start: int, cue_start: int, lemma: str, end: int) -> Span | None:
    """'caps that said, "…"', 'a headline that read "…"': a relative "that" or "which" right before the
    verb stands for the thing that says it (its noun phrase, when one reads as such, is taken in); only with a
    quotation after the verb."""
    if lemma not in _THAT_SAYS or not _has_double_quote(masked[cue_start:end]):
        return None
    toks = tokens(masked, max(sentence_start, cue_start - 80), cue_start)
    if not toks or toks[-1][2] not in ("that", "which"):
        return None
    that = toks[-1]
    ante = left_source(masked, sentence_start, that[0], "say") if len(toks) > 1 else None
    if ante is not None and ante[1] >= that[0] - 2:
        return ante[0], that[1]
    return that[0], that[1]


def _opening_quote_end(toks: list[tuple[int, int, str]]) -> int:
    """Number of tokens of a quotation opening the sentence ('"xx xx," …' in the masked text), else 0."""
    if not toks or toks[0][2][:1] not in '"“' and not toks[0][2].startswith("''"):
        return 0
    for i, t in enumerate(toks[:_MAX_SET_OFF_WORDS]):
        if t[2].endswith(('"', "”", "''")) and (i or len(t[2]) > 1):
            return i + 1 if i + 1 < len(toks) else 0
    return 0


_NOT_FRONT = frozenset("but and so yet still however meanwhile instead then later also".split())


_ABSOLUTE_LEMMAS = frozenset("say call add tell warn argue claim insist note predict promise vow declare".split())
_ABSOLUTE_BOUNDARY = frozenset(["with", "and", "-", "--", "—", "–"])
_MAX_ABSOLUTE_WORDS = 10


def absolute_participle(ctx: Context, sentence_start: int, cue: Span, end: int, lemma: str) -> Found | None:
    """ "…, with the mayor saying the pier is "unsafe"" and "… – Roe calling it a "fine start"": a noun phrase
    right before a participle of speech (after "with", a dash or a comma, no comma of its own) is its source;
    only with a quotation in what follows, since such phrases often describe rather than report."""
    if lemma not in _ABSOLUTE_LEMMAS:
        return None
    toks = tokens(ctx.masked, max(sentence_start, cue[0] - 120), cue[0])
    k = len(toks) - 1
    while k >= 0 and len(toks) - k <= _MAX_ABSOLUTE_WORDS:
        word = toks[k][2]
        if word.lower() in _ABSOLUTE_BOUNDARY or word.endswith((",", ";", ":")):
            break
        k -= 1
    np = toks[k + 1 :]
    if k < 0 or not np or len(np) > _MAX_ABSOLUTE_WORDS - 1 or not valid_np(np, "say"):
        return None
    after = read_after(ctx.masked, cue[1], end, lemma)
    if after.kind in ("end", "comma") and not ctx.quote_starting(after.pos) or ctx.masked.startswith(" card", cue[1]):
        return None  # nothing said after it, or "a calling card"
    stop = content_end(ctx, after.pos, end)
    nxt = _NEXT_ABSOLUTE.search(ctx.masked, after.pos, stop)
    span = trim_content(ctx.text, after.pos, nxt.start() if nxt else stop)
    if span is None or not _has_double_quote(ctx.text[span[0] : span[1]]):
        return None
    return Found((np[0][0], np[-1][1]), cue, [span], lemma, (np[0][0], max(cue[1], after.extras_end)), "absolute")


_NEXT_ABSOLUTE = re.compile(r"(?<=\S)\sand\s(?:[A-Z][\w.'’-]*\s){1,3}(?:saying|calling|adding|telling|warning)\b")
"""'… – Roe saying it was "good" and Lee calling it "great"': the second participle and its source end the first."""


def _has_double_quote(seg: str) -> bool:
    return any(c in seg for c in '"“”') or "''" in seg


# Quotes no verb rule has claimed: attributions that rest on the quotation itself.

_PRONOUN_SOURCES = frozenset("he she they i we".split())
_PARTICLES = frozenset("back out up on".split())
_LEAD_CUE_CAPS = frozenset("Said Says Added Adds Wrote Writes Stated Asked Explained Continued Recalled".split())
_MAX_NAME_WORDS = 6
_OBJECT_STARTS = frozenset("the a an his her their its my our your this that these those it them him me us".split())
_LOOK = 200
"""Characters read on either side of an unclaimed quote for its attribution."""


def _quote_start(q: Quote) -> int:
    return q.start


def attribute_orphans(ctx: Context, found: list[Found], para_start: int, para_end: int) -> None:
    """Append statements for the quotes of a paragraph that no rule claimed, when the quote itself marks the
    attribution: '"…," Roe barked.' / '"…," exclaimed Roe.' (any past-tense verb after a quote that opens the
    sentence and ends with a comma, question or exclamation mark), 'Roe shot back, "…"' / 'As Roe put it: "…"'
    (a verb and a comma or colon before a quote that ends the sentence), 'Said Roe, "…"', and a quote paragraph
    signed on the next line ('- Ana Ruiz.')."""
    k = bisect_left(ctx.quotes, para_start, key=_quote_start)
    has_quotes = k < len(ctx.quotes) and ctx.quotes[k].start < para_end
    covered = _Covered([span for f in found for span in f.content] + [f.clause for f in found]) if has_quotes else None
    claimed = {f.cue[0] for f in found}
    while covered is not None and k < len(ctx.quotes) and ctx.quotes[k].start < para_end:
        q = ctx.quotes[k]
        k += 1
        if not q.closed or covered.holds(q.start) or covered.holds(q.end - 1) or q.end > para_end:
            continue
        if len(ctx.text[q.start : q.end].split(None, 1)) < 2 and not _ends_speech(ctx.text, q) or _is_title(ctx, q):
            continue  # one quoted word is a term, a quoted title is a name, not speech
        f = (
            _tail_verb(ctx, q, para_start, para_end, claimed)
            or _as_put_it(ctx, q, para_start, para_end)
            or _said_lead(ctx, q, para_start)
            or _lead_verb(ctx, q, para_start, para_end, claimed)
            or _signed(ctx, q, para_start, para_end)
        )
        if f is not None:
            found.append(f)
            covered.quotes.add(q.start)
    if (
        para_end > para_start
        and ctx.masked[para_end - 1] == ":"
        and not any(f.clause[1] >= para_end - 2 for f in found)
    ):
        f = _colon_paragraph(ctx, para_start, para_end)
        if f is not None:
            found.append(f)


def _bare(word: str) -> str:
    return word.strip(",;:.!?()[]\"“”‘’'").lower()


def _is_title(ctx: Context, q: Quote) -> bool:
    """True for a quoted title ("The Art of the Possible,"): a few words, every one capitalised but the small
    ones."""
    words = ctx.text[q.start : q.end].split(None, _MAX_TITLE_WORDS)
    if not 1 < len(words) <= _MAX_TITLE_WORDS:
        return False
    return all(w.lstrip("\"“„«'`‘")[:1].isupper() or _bare(w) in _TITLE_SMALL for w in words)


_TITLE_SMALL = frozenset("of the a an and in on for to at with by or from".split())
_MAX_TITLE_WORDS = 8


def _inner_end(text: str, q: Quote) -> str:
    """The last character inside the quotation marks."""
    inner = text[q.start : q.end].rstrip("\"“”„«»'`’ ")
    return inner[-1:]


def _ends_speech(text: str, q: Quote) -> bool:
    return _inner_end(text, q) in ",?!" or text[q.end : q.end + 1] == ","


def _opens_sentence(masked: str, para_start: int, pos: int) -> bool:
    """True when only blanks, or the end of a sentence, come before ``pos`` in its paragraph."""
    before = masked[max(para_start, pos - 4) : pos].rstrip()
    if not masked[max(para_start, pos - _LOOK) : pos].strip() and pos - para_start <= _LOOK:
        return True
    return before.endswith((".", "!", "?", ".”", '."', "?”", '?"', "!”", '!"', ".''", "?''"))


def _past_verb(word: str) -> bool:
    """A lowercase past-tense word ("barked", "shot"), as a verb after its subject."""
    return word.isalpha() and word.islower() and (len(word) > 4 and word.endswith("ed") or word in IRREGULAR_PAST)


def _tail_verb(ctx: Context, q: Quote, para_start: int, para_end: int, claimed: set[int]) -> Found | None:
    """'"…," Roe barked.' and '"…," exclaimed Roe.' with a verb the lexicon does not list."""
    m = ctx.masked
    if not _ends_speech(ctx.text, q) or not _opens_sentence(m, para_start, q.start):
        return None
    toks = tokens(m, q.end, min(para_end, q.end + _LOOK))
    if toks and toks[0][2] == ",":
        toks = toks[1:]
    if len(toks) < 2:
        return None
    first = _bare(toks[0][2])
    if _past_verb(first) and toks[0][2].isalpha() and toks[0][0] not in claimed:  # '"…," exclaimed Roe.'
        found = right_source(m, toks[0][1], min(para_end, toks[0][1] + _LOOK))
        if found is None or not _ends_inverted(m, found[2], para_end):
            return None
        cue = (toks[0][0], toks[0][1])
        return Found((found[0], found[1]), cue, [(q.start, q.end)], "say", (cue[0], found[1]), "quote-tail")
    n = 1 if first in _PRONOUN_SOURCES and toks[0][2].isalpha() else _name_length(toks)
    if n == 0 or n >= len(toks):
        return None
    verb = toks[n]
    word = verb[2].rstrip(".,;!?")
    if not _tail_verb_word(verb[2]) or verb[0] in claimed or not verb[2][-1].isalpha() and word == verb[2]:
        return None  # a verb of the lexicon was read by the verb rules
    if verb[2][-1].isalpha() and n + 1 < len(toks) and _bare(toks[n + 1][2]) in _OBJECT_STARTS:
        return None  # '"…?" Roe put his house up for sale': the verb has an object, it reports nothing
    np = toks[:n]
    if not valid_np(np, "say"):
        return None
    cue_end = verb[1] - (0 if verb[2][-1].isalpha() else 1)
    if n + 1 < len(toks) and verb[2][-1].isalpha() and toks[n + 1][2].rstrip(".,;") in _PARTICLES:
        cue_end = toks[n + 1][1] - (0 if toks[n + 1][2][-1].isalpha() else 1)
    src = (np[0][0], np[-1][1] - (1 if np[-1][2][-1] in ",." and not np[-1][2].endswith(".") else 0))
    return Found(src, (verb[0], cue_end), [(q.start, q.end)], "say", (src[0], cue_end), "quote-tail")


def _not_invertible(word: str) -> bool:
    """True for a verb the inverted rule does not read: unknown, or a cue that only follows its subject."""
    lemma = lemma_of(word)
    return lemma is None or lemma not in INVERTIBLE and lemma not in _ALSO_INVERTED


def _name_length(toks: list[tuple[int, int, str]]) -> int:
    """How many tokens at the start are a source noun phrase before its verb: a capitalised name ("Mr. Roe",
    "Ana de Ruiz") or a short determiner phrase ("the crowd", "an angry Roe", "a voice-over in the ad")."""
    first = _bare(toks[0][2])
    if first in ("the", "a", "an", "one", "another"):
        n = 1
        while n < len(toks) and n <= _MAX_NAME_WORDS and _np_word(toks[n][2]) and not _tail_verb_word(toks[n][2]):
            n += 1
        return n if n > 1 else 0
    n = 0
    while n < len(toks) and n < _MAX_NAME_WORDS and (_cap_word(toks[n][2]) or n and toks[n][2] in NAME_LINKS):
        n += 1
    return n


_PLURAL_NOUN = re.compile(r"(?:er|or|ist|ian|ant|ent|ee|ss)s$")
"""Plural nouns for people ("leaders", "voters") are no present tense: '"…?" Several Republican leaders, …'."""


def _np_word(word: str) -> bool:
    """A word of a short noun phrase: letters, hyphens and apostrophes, no punctuation after it."""
    return word.replace("-", "").replace("'", "").replace("’", "").isalpha()


def _tail_verb_word(word: str) -> bool:
    """The verb after a quote and its source: a past tense, or any form of a speech verb ("states", "say")."""
    bare = word.rstrip(".,;!?")
    lemma = lemma_of(bare)
    if _past_verb(bare) or bare.islower() and lemma is not None and lemma in INVERTIBLE:
        return True
    # a present tense ending the clause: '"…," a voice-over in the ad states.'
    return (
        bare != word
        and bare.isalpha()
        and bare.islower()
        and len(bare) > 3
        and bare.endswith("s")
        and not _PLURAL_NOUN.search(bare)
    )


def _cap_word(word: str) -> bool:
    return word[:1].isupper() and word.replace(".", "").replace("-", "").replace("'", "").replace("’", "").isalpha()


def _lead_verb(ctx: Context, q: Quote, para_start: int, para_end: int, claimed: set[int]) -> Found | None:
    """'Roe shot back, "…"', 'Roe boomed: "…"', 'As Roe put it, "…"': a verb, a comma or colon, and a quote
    that ends the sentence."""
    m = ctx.masked
    if not _closes_sentence(ctx, q, para_end):
        return None
    toks = tokens(m, max(para_start, q.start - _LOOK), q.start)
    if len(toks) < 2 or not toks[-1][2].endswith((",", ":")) or len(toks[-1][2]) < 2:
        return None
    word = toks[-1][2][:-1]
    k = len(toks) - 1
    if word in _PARTICLES and (_past_verb(toks[-2][2]) or _lead_verb_word(toks[-2][2])):  # "Roe wrote back, …"
        word = toks[-2][2]
        k -= 1
    put = next(
        (i for i in range(k, max(0, k - 10), -1) if toks[i][2].rstrip(",:") == "it" and toks[i - 1][2] == "put"), None
    )
    colon = toks[-1][2].endswith(":") and k == len(toks) - 1
    if put is not None:  # "As Roe put it:", "as Roe put it in a memo to staff,"
        k = put - 1
    elif colon and not (_lead_verb_word(word) and lemma_of(word) is None):
        # "Roe went even further: …", "The letter continues: …"
        return _colon_lead(ctx, q, para_start, toks[-1])
    elif not (_lead_verb_word(word) or k < len(toks) - 1 and _past_verb(word)) or toks[k][0] in claimed:
        return None  # a verb of the lexicon was read by the verb rules
    floor = _sentence_floor(m, para_start, toks[k][0])
    cue_start = cue_prefix_start(m, floor, toks[k][0])  # "Roe then wrote back, …"
    cue = (cue_start, toks[-1][1] - 1 if put is None else toks[put][1] - (toks[put][2] != "it"))
    who = left_source(m, floor, cue_start, "say") or coordinated_subject(m, floor, cue_start)
    if who is None or put is None and not _names_someone(m, who, word):
        return _colon_lead(ctx, q, para_start, toks[-1]) if colon and put is None else None
    return Found(who, cue, [(q.start, q.end)], "say", (who[0], toks[-1][1]), "quote-lead")


def _colon_lead(ctx: Context, q: Quote, para_start: int, colon_tok: tuple[int, int, str]) -> Found | None:
    """ "The letter continues: “…”", "Roe then owned up to it: “…”": a sentence that ends with a colon
    right before a quote names the speaker as its subject, whatever its verb (the predicate is the cue)."""
    floor = _sentence_floor(ctx.masked, para_start, colon_tok[0])
    found = _subject_and_predicate(tokens(ctx.masked, floor, colon_tok[1])) or _set_off_predicate(
        ctx.masked, floor, colon_tok[1]
    )
    if found is None:
        return None
    src, pred_start = found
    return Found(src, (pred_start, colon_tok[1]), [(q.start, q.end)], "say", (src[0], colon_tok[1]), "quote-lead")


_PUT_IT = re.compile(r"\b(?:put|puts)\s+it\b[^,:;.!?]{0,60}[,:]\s*")
_AS = re.compile(r"\b[Aa]s\s+")
_MAX_PUT_SOURCE = 160


def _as_put_it(ctx: Context, q: Quote, para_start: int, para_end: int) -> Found | None:
    """ "As Roe put it, “…”", "as the mayor puts it: “…”", "as he puts it, the levy is “a tax on bread”": the
    source between "as" and "put it"; the content runs from after its comma to the end of the sentence (just
    the quote when that closes the sentence)."""
    m = ctx.masked
    floor = _sentence_floor(m, para_start, q.start)
    put = None
    for found in _PUT_IT.finditer(m, floor, q.start + 1):
        put = found
    if put is None or any(stop in m[put.end() : q.start] for stop in (". ", "! ", "? ")):
        return None
    as_at = None
    for found in _AS.finditer(m, max(floor, put.start() - _MAX_PUT_SOURCE), put.start()):
        as_at = found
    if as_at is None:
        return None
    src = left_source(m, as_at.end(), put.start(), "say")
    if src is None or src[0] != as_at.end():
        return None
    cue = (put.start(), put.start() + len(m[put.start() : put.end()].split(None, 1)[0]) + 3)  # "put(s) it"
    if put.end() == q.start and _closes_sentence(ctx, q, para_end):
        content = (q.start, q.end)
    else:
        content = trim_content(ctx.text, put.end(), _sentence_end(m, q.end, para_end)) or (q.start, q.end)
    return Found(src, cue, [content], "say", (as_at.start(), cue[1]), "quote-lead")


def _sentence_end(masked: str, pos: int, para_end: int) -> int:
    """End of the sentence going on at ``pos`` (its stop excluded), at most ``_LOOK`` characters on; a title's
    stop ("Mr. Roe") ends no sentence."""
    hi = min(para_end, pos + _LOOK)
    ends = [i for i in (masked.find(stop, pos, hi) for stop in ("! ", "? ")) if i != -1]
    i = masked.find(". ", pos, hi)
    for _ in range(_MAX_ABBREVIATIONS):
        if i == -1 or not ABBREVIATED.fullmatch(masked[max(pos, i - 4) : i + 1].split()[-1]):
            break
        i = masked.find(". ", i + 2, hi)
    ends += [i] if i != -1 else []
    return min(ends) if ends else hi


def _lead_verb_word(word: str) -> bool:
    """A past tense in -ed ("shrugged") or a present in -s ("jokes") before a comma and a quote."""
    return _past_verb(word) and word.endswith("ed") or word.isalpha() and word.islower() and word.endswith("s")


def _names_someone(masked: str, src: Span, verb: str) -> bool:
    """A present tense in -s needs a pronoun or a name before it ("He jokes, …"), not any noun phrase."""
    if verb.endswith("ed"):
        return True
    words = masked[src[0] : src[1]].split()
    first = words[0]
    low = first.lower()
    if low in DETERMINERS and _bare(words[-1]) in _SPEAKING_THINGS:  # "the letter continues, "…""
        return True
    return low in _PRONOUN_SOURCES or first[:1].isupper() and low not in DETERMINERS and src[1] - src[0] <= 40


_SPEAKING_THINGS = frozenset(
    "message letter memo statement ad advertisement narrator voiceover announcer caption sign post tweet email "
    "note report video banner headline slogan spot release".split()
)
"""Heads of noun phrases for texts and voices that speak in the present tense: "the ad continues, "…""."""


def _closes_sentence(ctx: Context, q: Quote, para_end: int) -> bool:
    """True when the quote ends its sentence: a stop inside it or right after it, or the paragraph end."""
    rest = ctx.masked[q.end : min(para_end, q.end + 3)].lstrip()
    return _inner_end(ctx.text, q) in ".?!" or not rest or rest[0] in ".?!—–" or rest.startswith("- ")


def _sentence_floor(masked: str, para_start: int, pos: int) -> int:
    """Start of the sentence holding ``pos`` (searched at most ``_LOOK`` characters back)."""
    low = max(para_start, pos - _LOOK)
    for stop in ("! ", "? ", ". "):
        i = masked.rfind(stop, low, pos)
        for _ in range(_MAX_ABBREVIATIONS):  # "said Mr. Roe": a title's stop ends no sentence
            if i == -1 or stop != ". " or not ABBREVIATED.fullmatch(masked[max(low, i - 4) : i + 1].split()[-1]):
                break
            i = masked.rfind(stop, low, i)
        if i != -1:
            low = max(low, i + 2)
    return low


_MAX_ABBREVIATIONS = 4


def _said_lead(ctx: Context, q: Quote, para_start: int) -> Found | None:
    """'Said Roe, "…"' and 'Added Ana Ruiz, a nurse: "…"': a capitalised verb opening the sentence, its source,
    and the quote."""
    m = ctx.masked
    toks = tokens(m, max(para_start, q.start - _LOOK), q.start)
    if len(toks) < 2 or not toks[-1][2].endswith((",", ":")):
        return None
    for i in range(len(toks) - 2, max(-1, len(toks) - 2 - MAX_GROUP_WORDS), -1):
        if toks[i][2] in _LEAD_CUE_CAPS and _opens_sentence(m, para_start, toks[i][0]):
            found = right_source(m, toks[i][1], q.start)
            if found is None:
                return None
            rest = m[found[2] : q.start]
            if any(c in rest for c in '"“”«»') or rest.count(",") > 2:
                return None
            src_end = q.start - len(m[found[1] : q.start]) + len(m[found[1] : q.start].rstrip(" ,:"))
            cue = (toks[i][0], toks[i][1])
            return Found((found[0], src_end), cue, [(q.start, q.end)], "say", (cue[0], src_end), "said-lead")
        if toks[i][2].endswith((".", "!", "?")) and not ABBREVIATED.fullmatch(toks[i][2]):
            return None
    return None


_MAX_PREDICATE_WORDS = 10


def _colon_paragraph(ctx: Context, para_start: int, para_end: int) -> Found | None:
    """ "Roe issued the following statement:" then a paragraph that is one quotation: the subject of the
    sentence ending with the colon said it (the verb may be any: "echoed:", "describes itself this way:")."""
    m = ctx.masked
    i = para_end
    while i < len(m) and i < para_end + 8 and m[i].isspace():
        i += 1
    q = ctx.quote_starting(i)
    if q is None or not q.closed or m[q.end : q.end + 200].split("\n", 1)[0].strip(" .,;"):
        return None  # the next paragraph goes on after its quote (and may attribute it itself)
    toks = tokens(m, _sentence_floor(m, para_start, para_end - 1), para_end)
    if len(toks) < 2 or len(toks) > MAX_GROUP_WORDS:
        return None
    if toks[0][2] in _LEAD_CUE_CAPS:  # "Stated Roe:"
        named = right_source(m, toks[0][1], para_end)
        if named is None or named[2] != para_end:
            return None
        return Found(
            (named[0], named[1]),
            (toks[0][0], toks[0][1]),
            [(q.start, q.end)],
            "say",
            (toks[0][0], para_end),
            "colon-paragraph",
        )
    found = _subject_and_predicate(toks)
    if found is None and _verb_like(toks[-1][2]):  # "…, and Breitbart News responded:"
        src = left_source(m, toks[0][0], toks[-1][0], "say")
        found = (src, toks[-1][0]) if src is not None else None
    if found is None:
        return None
    src, pred_start = found
    return Found(src, (pred_start, para_end), [(q.start, q.end)], "say", (src[0], para_end), "colon-paragraph")


def _set_off_predicate(masked: str, floor: int, colon_end: int) -> tuple[Span, int] | None:
    """ "Ann Roe, the mayor, gave her answer:" and "Roe, who chairs the board, cut in to ask:": a subject
    set off by comma groups (read as a sentence subject), then a short predicate with no comma of its own."""
    src = sentence_subject(masked, floor, colon_end)
    if src is None:
        return None
    pred = [t for t in tokens(masked, src[1], colon_end) if t[2].strip(",")]
    if not pred or len(pred) > _MAX_PREDICATE_WORDS + 4 or not _verb_like(pred[0][2]):
        return None
    if any(t[2].endswith((",", ";")) or t[2] in _DASHES for t in pred) or _clause_after_that(pred):
        return None
    return src, pred[0][0]


def _clause_after_that(pred: list[tuple[int, int, str]]) -> bool:
    """True for "… fell on a feast day, so that an aide could only joke:": "that" opens a clause with its own subject
    (a determiner, a pronoun or a name after it), whose speaker is not the sentence's subject."""
    for a, b in zip(pred, pred[1:], strict=False):
        if a[2] == "that" and (_bare(b[2]) in DETERMINERS or _bare(b[2]) in _PRONOUN_SOURCES or b[2][:1].isupper()):
            return True
    return False


_LEAD_LINKS = frozenset("but and so yet then later still instead".split())
"""Conjunctions and adverbs opening a sentence before its subject (no comma after them)."""


def _subject_and_predicate(toks: list[tuple[int, int, str]]) -> tuple[Span, int] | None:
    """For the words of a sentence ending with a colon ("Later, Roe went even further:"): the subject and
    where the predicate starts, when the subject reads as a noun phrase and the predicate is short."""
    for _ in range(2):  # "Later, Roe echoed:", "At the rally, …": lead phrases before the subject
        while len(toks) > 2 and _bare(toks[0][2]) in _LEAD_LINKS:  # "But then she added:"
            toks = toks[1:]
        comma = next((j for j, t in enumerate(toks[:9]) if t[2].endswith(",")), None)
        first = _bare(toks[0][2])
        # "At the rally, Roe …", "Later, …", and any short phrase before a pronoun: "Back in Brill, she …"
        pronoun_next = comma is not None and comma + 1 < len(toks) and toks[comma + 1][2] in _PRONOUN_SOURCES
        lead = first in PREPOSITIONS or first in EXTRA_START or first.endswith("ly") or pronoun_next
        if comma is None or not lead:
            break
        toks = toks[comma + 1 :]
    if len(toks) < 2:
        return None
    k = 1 if _bare(toks[0][2]) in _PRONOUN_SOURCES else 0
    while k == 0 or k < len(toks) and not _verb_like(toks[k][2]) and _bare(toks[0][2]) not in _PRONOUN_SOURCES:
        if k >= _MAX_NAME_WORDS + 4 or toks[k][2].endswith((",", ";", ":")):
            return None
        k += 1
    if k >= len(toks) or len(toks) - k > _MAX_PREDICATE_WORDS or not valid_np(toks[:k], "say"):
        return None
    if any(t[2].endswith((",", ";")) for t in toks[k:]) or _clause_after_that(toks[k:]):
        return None  # "… cheers, and then Roe continues:": a second clause has its own subject
    return (toks[0][0], toks[k - 1][1]), toks[k][0]


_NOT_VERBS = CLAUSE_WORDS | PREPOSITIONS | frozenset("to than such there here also just only even very so not".split())


def _verb_like(word: str) -> bool:
    """A word that may be the verb after a subject: a finite-looking word, a cue, or a present tense in -s."""
    low = word.rstrip(":,")
    if low in _NOT_VERBS:
        return False
    return (
        looks_finite(low)
        or lemma_of(low) is not None
        or low.isalpha()
        and low.islower()
        and len(low) > 3
        and low.endswith("s")
        and not low.endswith("ss")
    )


_DASHES = "-—–"


def _signed(ctx: Context, q: Quote, para_start: int, para_end: int) -> Found | None:
    """A paragraph that is one quotation, signed on the next line: '"…"' then '- Ana Ruiz, Leeds.'"""
    text = ctx.text
    if q.start != para_start or text[q.end : para_end].strip(" .") or not _closes_sentence(ctx, q, para_end):
        return None
    i = para_end
    while i < len(text) and i < para_end + 8 and text[i].isspace():
        i += 1
    if i >= len(text) or text[i] not in _DASHES or "\n" not in text[para_end:i]:
        return None
    line_end = text.find("\n", i)
    line_end = len(text) if line_end == -1 else line_end
    toks = tokens(ctx.masked, i + 1, min(line_end, i + 1 + _LOOK))
    n = 0
    while n < len(toks) and n < _MAX_NAME_WORDS and _cap_word(toks[n][2].rstrip(",.")):
        n += 1
        if toks[n - 1][2][-1] in ",." and not ABBREVIATED.fullmatch(toks[n - 1][2]):
            break
    if n == 0 or _bare(toks[0][2]) in _OBJECT_STARTS or _bare(toks[0][2]) in ("a", "an", "the"):
        return None
    last = toks[n - 1]
    src = (toks[0][0], last[1] - (1 if last[2][-1] in ",." else 0))
    return Found(src, (i, i + 1), [(q.start, q.end)], "say", (i, src[1]), "signed")
