"""What polls, records and studies show: evidence subjects the plain source rules miss.

The source rules accept a short subject right before the verb; evidence often
has a longer one, or none of its own:

* a modified document phrase: "a harbour survey taken Monday for the Gazette
  and Radio Nord shows …", "port records show …";
* a relative clause of a document: "its report, which showed a deficit" (the
  document is the source);
* a participle right after a document noun: "with surveys showing Ruiz ahead";
* a document after the content: "…, records show, and …".

Each is tried only where the ordinary rules found nothing at the cue.
"""

from __future__ import annotations

from .after_cue import read_after
from .base import Context, Found, Span, has_words, trim_content
from .lexicon import DETERMINERS, DOCUMENT_HEADS
from .reported import content_end, has_double_quote
from .sources import looks_finite, tokens

EVIDENCE_VERBS = frozenset(["show", "find", "reveal", "indicate", "suggest"])
"""Verbs whose content is what a document or data shows."""
_PARTICIPLES = {"showing": "show", "finding": "find", "revealing": "reveal", "indicating": "indicate"}
_DOCUMENTS = DOCUMENT_HEADS | frozenset(
    "inquiry inquiries probe probes paper papers ledger ledgers disclosures tallies returns polls surveys "
    "findings data".split()
)
_NOT_MODIFIER = frozenset(
    "is was are were has had have will would could can should may might must not also that which who "
    "he she it they we i".split()
)
_COORDINATORS = frozenset(["and", "or", "but"])
"""Between a document noun and its verb only in a name ("for the Gazette and Radio Nord"); never before it."""
_RELATIVES = frozenset(["which", "that"])
_MAX_SUBJECT = 14


def document_statement(ctx: Context, floor: int, cue: Span, end: int, lemma: str) -> Found | None:
    """The statement of a document or data at an evidence verb (see the module docstring), or None."""
    form = ctx.masked[cue[0] : cue[1]].lower().split()[-1]
    if form in _PARTICIPLES:
        return _participle(ctx, floor, cue, end, _PARTICIPLES[form])
    if lemma not in EVIDENCE_VERBS:
        return None
    src = _relative_document(ctx.masked, floor, cue[0]) or _document_subject(ctx.masked, floor, cue[0])
    if src is None:
        return None
    after = read_after(ctx.masked, cue[1], end, lemma)
    if after.kind in ("end", "comma"):
        return _tail(ctx, floor, src, cue, lemma, after.pos, end)
    if after.kind not in ("clause", "that"):
        return None
    span = trim_content(ctx.text, after.pos, content_end(ctx, after.pos, end))
    if span is None or not has_words(ctx.masked, span, 2) or has_double_quote(ctx.text, span[0], span[1]):
        return None
    return Found(src, cue, [span], lemma, (src[0], max(cue[1], after.extras_end)), "evidence")


def coordinated_tail(ctx: Context, floor: int, cue: Span, end: int, lemma: str) -> Found | None:
    """ "The pier cost $2 million, records show, and the council …": a document between two clauses reports
    the one before it (the one after, opening with "and", is the writer's); tried before the forward rules."""
    if lemma not in EVIDENCE_VERBS or not ctx.masked.startswith(",", cue[1]):
        return None
    src = _document_subject(ctx.masked, floor, cue[0])
    if src is None:
        return None
    return _tail(ctx, floor, src, cue, lemma, cue[1] + 2, end)


def _is_document(word: str) -> bool:
    return word.strip(",.;:()").lower() in _DOCUMENTS


def _document_subject(masked: str, floor: int, cue_start: int) -> Span | None:
    """ "port records", "a harbour survey taken Monday for the Gazette and Radio Nord": the nearest
    document noun before the verb in the same clause, with its determiner and adjectives; the words after it
    (a participle, "by …", a date) may not hold a verb or a clause word."""
    toks = tokens(masked, max(floor, cue_start - 160), cue_start)
    toks = toks[-_MAX_SUBJECT:]
    for k in range(len(toks) - 1, -1, -1):
        word = toks[k][2]
        if word[-1] in ",;:—" or not word[:1].isalnum():
            return None
        if _is_document(word) and word.islower():
            after = [t[2] for t in toks[k + 1 :]]
            if any(w in _NOT_MODIFIER or w.lower().endswith(("'s", "’s")) for w in after):
                return None
            if any(looks_finite(w) and not w.endswith("ed") and w not in _COORDINATORS for w in after):
                return None
            start = k
            while start > 0 and _premodifier(toks[start - 1][2]):
                start -= 1
                if toks[start][2].lower() in DETERMINERS:
                    break
            return toks[start][0], toks[-1][1]
        if word in _NOT_MODIFIER:
            return None
    return None


def _premodifier(word: str) -> bool:
    """A word that may stand before a document noun: a determiner, an adjective, a name ("Gazette")."""
    low = word.lower()
    if word[-1] in ",;:" or word in _NOT_MODIFIER or low in _COORDINATORS or not word[:1].isalnum():
        return False
    return low in DETERMINERS or not looks_finite(word)


def _relative_document(masked: str, floor: int, cue_start: int) -> Span | None:
    """ "the poll, which showed …", "a new survey that found …": a relative clause of a document; the source
    is the document's noun phrase (annotators mark it more often than the pronoun)."""
    toks = tokens(masked, max(floor, cue_start - 80), cue_start)
    if len(toks) < 2 or toks[-1][2].lower() not in _RELATIVES:
        return None
    for k in range(len(toks) - 2, max(-1, len(toks) - 2 - _RELATIVE_REACH), -1):
        word = toks[k][2].rstrip(",")
        if _is_document(word) and word[:1].islower():
            start = k
            while start > 0 and k - start < 4 and _premodifier(toks[start - 1][2]):
                start -= 1
                if toks[start][2].lower() in DETERMINERS:
                    break
            return toks[start][0], toks[k][1] - (1 if toks[k][2].endswith(",") else 0)
        if looks_finite(word) or word in _NOT_MODIFIER or k < len(toks) - 2 and toks[k][2][-1] in ",;:":
            return None
    return None


_RELATIVE_REACH = 4
"""Words between a document noun and its relative pronoun: "the records from July, which …"."""


def _participle(ctx: Context, floor: int, cue: Span, end: int, lemma: str) -> Found | None:
    """ "with surveys showing Ruiz ahead", "ledgers showing the fees": a participle right after a
    document noun (no comma) gives what the document shows; the source is the noun and its modifiers."""
    toks = tokens(ctx.masked, max(floor, cue[0] - 80), cue[0])
    if not toks or not _is_document(toks[-1][2]) or not toks[-1][2].isalpha() or not toks[-1][2].islower():
        return None
    start = len(toks) - 1
    while start > 0 and len(toks) - start < 4 and _premodifier(toks[start - 1][2]):
        start -= 1
        if toks[start][2].lower() in DETERMINERS or toks[start][2].lower() in ("with", "despite"):
            break
    if toks[start][2].lower() in ("with", "despite"):
        start += 1
    src = (toks[start][0], toks[-1][1])
    after = read_after(ctx.masked, cue[1], end, lemma)
    if after.kind not in ("clause", "that"):
        return None
    stop = content_end(ctx, after.pos, end)
    comma = ctx.masked.find(",", after.pos, stop)
    span = trim_content(ctx.text, after.pos, comma if comma != -1 and comma - after.pos > 12 else stop)
    if span is None or not has_words(ctx.masked, span, 2) or has_double_quote(ctx.text, span[0], span[1]):
        return None
    return Found(src, cue, [span], lemma, cue, "evidence-participle")


def _tail(ctx: Context, floor: int, src: Span, cue: Span, lemma: str, pos: int, end: int) -> Found | None:
    """ "The pier cost $2 million, records show(, and …)": the clause before the document, set off by a comma,
    when nothing but adverbials or a new coordinated clause follows the verb."""
    if pos < end and ctx.masked[pos - 2 : pos].strip() == ",":
        nxt = ctx.masked[pos : pos + 6].split(None, 1)
        if not nxt or nxt[0] not in ("and", "but", "while", "though", "although", "as"):
            return None
    before = ctx.masked[floor : src[0]].rstrip()
    if not before.endswith((",", "—", "–")) or has_double_quote(ctx.text, floor, src[0]):
        return None
    span = trim_content(ctx.text, floor, floor + len(before))
    if span is None or not has_words(ctx.masked, span, 3):
        return None
    return Found(src, cue, [span], lemma, (src[0], cue[1]), "evidence-tail")
