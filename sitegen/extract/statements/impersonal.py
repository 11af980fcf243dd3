"""Attributions without a source: "the vote is expected to pass", "Ruiz seemed rattled".

The expectation or impression is nobody's in particular (the writer's), so the
statement has no source; its content is the clause around the cue.  For the
passive "is expected to" that is one span from the subject on; for "seems",
"appears" it is two fragments, the subject and the complement, the verb left out.
"""

from __future__ import annotations

from .after_cue import read_after
from .base import Context, Found, Span, has_words, trim_content
from .cues import lemma_of
from .lexicon import CLAUSE_WORDS, DETERMINERS, DOCUMENT_HEADS
from .objects import is_agent
from .reported import content_end
from .sources import cue_prefix_start, head_word, left_source, sentence_subject, tokens

_BE = frozenset("is are was were be been being".split())
_MAX_SUBJECT_WORDS = 12


_PASSIVE_REPORTS = frozenset(
    "expect believe think say report know estimate understand allege fear hope predict suggest reveal announce "
    "confirm rumor rumour claim argue".split()
)
_RAISING = frozenset("expect believe think say report know estimate understand allege rumor rumour claim".split())
"""Passive reports with no agent: "it was reported that …" (any of these), "the vote is expected to …" (these)."""


def impersonal(ctx: Context, floor: int, cue: Span, verb_end: int, end: int, lemma: str) -> Found | None:
    """The sourceless statement at ``cue`` (auxiliaries included), or None when the shape does not fit."""
    nxt = ctx.masked[verb_end : verb_end + 6].split()
    first = nxt[0] if nxt else ""
    if lemma not in _PASSIVE_REPORTS or first not in ("to", "that") or first == "to" and lemma not in _RAISING:
        return None
    if not any(t[2].lower() in _BE for t in tokens(ctx.masked, *cue)):
        return None
    if first == "that":  # "it was reported that …": the clause is the content
        if ctx.masked[max(floor, cue[0] - 4) : cue[0]].strip().lower() != "it":
            return None
        span = trim_content(ctx.text, verb_end, content_end(ctx, verb_end, end))
        return Found(None, cue, [span], lemma, cue, "impersonal") if span else None
    start = _clause_start(ctx.masked, floor, cue[0])
    if start is None:
        return None
    span = trim_content(ctx.text, start, content_end(ctx, verb_end, end))
    if span is None:
        return None
    return Found(None, cue, [span], lemma, cue, "impersonal")


SEEM_LEMMAS = frozenset(["seem", "appear"])
_NOT_COMPLEMENT = frozenset(
    "on at in with before for from by during after as alongside onstage there here and or but , . ; :".split()
)
"""Words after "appeared" that make it a showing-up ("appeared on television"), not an impression."""


def seeming(ctx: Context, floor: int, cue: Span, verb_end: int, end: int, lemma: str = "seem") -> Found | None:
    """ "Ruiz seemed rattled by the attack", "the plan appears to have stalled": the writer's impression,
    with no source; content is the subject and the complement ("it seems that …": the complement only)."""
    nxt = ctx.masked[verb_end : verb_end + 40].split(None, 1)
    if not nxt or not nxt[0][0].isalpha() or nxt[0][0].isupper():
        return None
    if lemma == "seem" and nxt[0].lower().strip(",.;:") in _NOT_COMPLEMENT:
        return None
    if ctx.masked[verb_end - 6 : verb_end].lower() == "appear" and not _bare_appear(ctx.masked, floor, cue, nxt):
        return None
    start = _clause_start(ctx.masked, floor, cue[0])
    rest = trim_content(ctx.text, verb_end, content_end(ctx, verb_end, end))
    if start is None or rest is None or _quoted(ctx.text, start, rest[1]):
        return None
    subject = trim_content(ctx.text, start, cue[0])
    if subject is None or ctx.masked[subject[0] : subject[1]].lower() in ("it", "there"):
        return Found(None, cue, [rest], lemma, cue, "seeming")
    if ctx.masked[subject[0] : subject[1]].split()[-1].lower() in DETERMINERS:
        return None
    holder = subject if lemma == "seem" and _acts(nxt) else None
    return Found(holder, cue, [subject, rest], lemma, cue, "seeming")


PERCEIVED_FORMS = {f: "perceive" for f in "seen viewed regarded perceived considered deemed known".split()}
"""Passive perceptions with no source: "Ruiz is seen as the favourite", "the pier, long regarded as safe"."""
_BE_BEFORE = frozenset("is are was were be been being widely largely generally long still also not often".split())


def perceived(ctx: Context, floor: int, cue: Span, verb_end: int, end: int) -> Found | None:
    """ "Ruiz is widely seen as the favourite", "the plan, viewed as a compromise, …", "a ferry known as the
    Gull": a passive perception (after a form of "be" or a comma, or right after a noun before "as") before
    "as", "to" or "for"; "is considered the favourite", "were deemed unsafe": a judgement's complement with no
    "as".  Content is the subject and the complement."""
    nxt = ctx.masked[verb_end : verb_end + 20].split(None, 1)
    if not nxt:
        return None
    verb_start = ctx.masked.rfind(" ", cue[0], verb_end - 1) + 1 or cue[0]
    before = ctx.masked[max(floor, verb_start - 40) : verb_start].split()
    after_be = bool(before) and (before[-1].lower() in _BE_BEFORE or before[-1].endswith(","))
    aux = {w.lower() for w in ctx.masked[cue[0] : verb_start].split()}
    if aux & _HAVE and "been" not in aux:
        return None  # "has long considered the levy unfair": active, the subject judges
    if nxt[0] in ("as", "to", "for"):
        if not after_be and not (nxt[0] == "as" and _after_noun(before)):
            return None
    elif not (after_be and ctx.masked[verb_start:verb_end] in _JUDGED and _complement(nxt[0])):
        return None
    return seeming(ctx, floor, cue, verb_end, end, "perceive")


_JUDGED = frozenset(["considered", "deemed"])
_HAVE = frozenset("has have had 've 's".split())
"""Judgements whose complement follows with no "as" ("is considered the favourite")."""
_NOT_COMPLEMENT_START = frozenset(
    "by in at on with from of about into after before during since until that and or but than because if".split()
)
_NOT_NOUN_BEFORE_AS = frozenset(
    "has have had having is are was were be been being it he she they we i you who which that what also not".split()
)


def _after_noun(before: list[str]) -> bool:
    """True when a noun or name stands right before the participle ("a ferry known as …", "a state seen as
    …"), not an auxiliary ("has seen as many") or a pronoun."""
    if not before:
        return False
    last = before[-1]
    return last.isalpha() and last.lower() not in _NOT_NOUN_BEFORE_AS and not last.lower().endswith("ly")


def _complement(word: str) -> bool:
    """True when ``word`` can open a judgement's complement ("one of …", "unsafe", "too risky")."""
    return word[:1].isalnum() and word.islower() and word not in _NOT_COMPLEMENT_START


REPORTEDLY = frozenset(["reportedly"])


def reportedly(ctx: Context, floor: int, cue: Span, end: int) -> Found | None:
    """ "The firm reportedly plans a sale": hearsay with no named source; content is the clause without the
    adverb (when a speech verb follows, "reportedly said", the verb's own rule has it)."""
    start = _clause_start(ctx.masked, floor, cue[0]) if cue[0] > floor else floor
    rest = trim_content(ctx.text, cue[1], content_end(ctx, cue[1], end))
    if start is None or rest is None or not has_words(ctx.masked, rest, 2) or _quoted(ctx.text, start, rest[1]):
        return None
    subject = trim_content(ctx.text, start, cue[0])
    return Found(None, cue, [subject, rest] if subject else [rest], "reportedly", cue, "reportedly")


_NOT_BEFORE_APPEAR = frozenset("to not n't did does do may might must could would should will can i you we".split())


def _bare_appear(masked: str, floor: int, cue: Span, nxt: list[str]) -> bool:
    """ "The donors appear to have ties": bare "appear" is an impression only after a plural noun (not "to",
    a modal or "do") and before "to"."""
    before = masked[max(floor, cue[0] - 30) : cue[1] - 6].split()
    if nxt[0] != "to" or not before:
        return False
    last = before[-1].lower()
    return last not in _NOT_BEFORE_APPEAR and last.isalpha() and (last.endswith("s") or last in ("they", "people"))


def _acts(nxt: list[str]) -> bool:
    """ "Roe seemed to concede …": a speech or thought verb after "to" makes the subject the holder."""
    if nxt[0] != "to" or len(nxt) < 2:
        return False
    verb = nxt[1].split(None, 1)[0].lower()
    return lemma_of(verb) is not None or lemma_of(verb + "s") is not None


def _quoted(text: str, start: int, end: int) -> bool:
    seg = text[start:end]
    return any(c in seg for c in '"“”«»') or "''" in seg


def _clause_start(masked: str, floor: int, pos: int) -> int | None:
    """Start of the subject before ``pos``: after the last comma or clause word, at most a dozen words back."""
    toks = tokens(masked, max(floor, pos - 200), pos)
    if not toks:
        return None
    j = len(toks)
    while j > 0 and len(toks) - j < _MAX_SUBJECT_WORDS:
        word = toks[j - 1][2]
        if word.lower() in CLAUSE_WORDS and j < len(toks) or word.endswith((",", ";", ":")):
            break
        j -= 1
    if j == len(toks) or len(toks) - j >= _MAX_SUBJECT_WORDS and j > 0 and toks[0][0] > floor:
        return None
    return toks[j][0]


clause_start = _clause_start
"""The start of the subject before a verb (for the other modules that read one)."""

_EVIDENCE_TAIL = frozenset(["show", "find"])


def evidence_tail(ctx: Context, floor: int, src: Span, cue: Span, lemma: str, after_kind: str) -> Found | None:
    """ "The levy raised a million, records show.", "…, a new survey of dockers found.": what a document or data
    shows, set off by a comma before it, with nothing after the verb but adverbials."""
    if lemma not in _EVIDENCE_TAIL or after_kind != "end":
        return None
    if head_word([t[2] for t in tokens(ctx.masked, *src)]) not in DOCUMENT_HEADS:
        return None
    before = ctx.masked[floor : src[0]].rstrip()
    if not before.endswith((",", "—", "–")) or any(ch in ctx.text[floor : src[0]] for ch in '"“”'):
        return None
    span = trim_content(ctx.text, floor, floor + len(before))
    if span is None or not has_words(ctx.masked, span, 3):
        return None
    return Found(src, cue, [span], lemma, (src[0], cue[1]), "evidence-tail")


_LEAD_PREPOSITIONS = frozenset("after before since while when in by upon without on".split())
_LEAD_CONJUNCTIONS = frozenset("and but so yet".split())
_MAX_LEAD_CHARS = 400


def lead_participle(ctx: Context, sentence_start: int, cue: Span, end: int, lemma: str) -> Found | None:
    """ "Noting that the ferry is late, Ruiz added …", "After suggesting on Monday that …, Ruiz left": a participle
    opening the sentence (after "after", "since", "in" …) reports the main clause's subject; its content runs to
    the comma before that subject."""
    lead = ctx.masked[sentence_start : cue[0]].split()
    while lead and lead[0].lower() in _LEAD_CONJUNCTIONS:
        lead = lead[1:]
    if len(lead) > 1 or lead and lead[0].lower() not in _LEAD_PREPOSITIONS:
        return None
    after = read_after(ctx.masked, cue[1], end, lemma)
    if after.kind not in ("that", "clause"):
        return None
    comma = _closing_comma(ctx.masked, after.pos, min(end, after.pos + _MAX_LEAD_CHARS))
    if comma is None:
        return None
    src = sentence_subject(ctx.masked, comma + 1, end)
    if src is None:
        return None
    span = trim_content(ctx.text, after.pos, comma)
    if span is None or not has_words(ctx.masked, span, 2) or _quoted(ctx.text, span[0], span[1]):
        return None
    return Found(src, cue, [span], lemma, (cue[0], max(cue[1], after.extras_end)), "lead-participle")


def _closing_comma(masked: str, start: int, stop: int) -> int | None:
    """The comma that ends an opening participle phrase: its first comma."""
    comma = masked.find(",", start, stop)
    return comma if comma != -1 else None


_NAMING_FORMS = frozenset(["called", "calls", "call", "calling"])
_OBJECT_PRONOUNS = frozenset("him her them it me us you himself herself themselves itself myself ourselves".split())
_PREDICATE_START = frozenset("a an the his her their its our my".split())
_NAME_PARTS = 3
_NOT_PREDICATE = frozenset(
    "out back up off in on over down for to into onto about at by with from and or but as after before when while "
    "that which who what if so than then there here again later now today yesterday tonight earlier early late "
    "last next recently".split()
)


def naming(ctx: Context, src: Span, cue: Span, end: int) -> Found | None:
    """ "Critics called him a fraud", "Roe calls herself a pragmatist", "they called the levy a tax", "called her
    old coach her mentor", "most dockers call him honest": naming somebody or something without quotation
    marks; content is the object and what it is called (a noun phrase, or a word after a pronoun or name)."""
    if ctx.masked[cue[0] : cue[1]].split()[-1].lower() not in _NAMING_FORMS:
        return None
    if ctx.masked[src[0] : src[1]].split(None, 1)[0].lower() in ("a", "an"):
        return None  # "a firm called Harbour Holdings": the writer names the firm
    toks = tokens(ctx.masked, cue[1], min(end, cue[1] + 200))
    if len(toks) < 2:
        return None
    first = toks[0][2]
    low = first.lower()
    if low in _OBJECT_PRONOUNS:
        lengths, plain = [1, 2, 3] if low == "her" else [1], True
    elif first[:1].isupper() and first.isalpha():
        k = 0
        while k < min(len(toks), _NAME_PARTS) and toks[k][2][:1].isupper() and toks[k][2].isalpha():
            k += 1
        lengths, plain = [k], True
    elif low in ("the", "this", "that", "his", "their", "its", "our", "my") and toks[1][2].isalpha():
        lengths, plain = [2, 3], False
    else:
        return None
    if not any(_predicate(toks, k, plain and k == lengths[0]) for k in lengths):
        return None
    span = trim_content(ctx.text, toks[0][0], content_end(ctx, toks[0][0], end))
    if span is None or not has_words(ctx.masked, span, 2) or _quoted(ctx.text, span[0], span[1]):
        return None
    return Found(src, cue, [span], "call", (src[0], cue[1]), "naming")


def naming_participle(
    ctx: Context, sentence_start: int, floor: int, cue: Span, end: int, previous: Found | None
) -> Found | None:
    """ "…, calling him a liar" (the source of the statement before, or the sentence's subject) and "with Ruiz
    calling Ode a fraud" (the name right before the participle): naming by participle, no quotation."""
    if ctx.masked[cue[0] : cue[1]].lower() != "calling":
        return None
    before = ctx.masked[max(floor, cue[0] - 12) : cue[0]].rstrip()
    if before.endswith(","):
        src = previous.source if previous is not None and previous.source is not None else None
        src = src or sentence_subject(ctx.masked, sentence_start, cue[0])
    else:
        start = cue_prefix_start(ctx.masked, floor, cue[0])
        src = left_source(ctx.masked, floor, start, "say") or _after_with(ctx.masked, floor, start)
        if src is not None and not is_agent(ctx.masked, src):
            return None
    if src is None or src[1] > cue[0]:
        return None
    f = naming(ctx, src, cue, end)
    if f is not None:
        f.rule = "naming-participle"
    return f


def _after_with(masked: str, floor: int, pos: int) -> Span | None:
    """ "with Ruiz calling …", "with former mayor Ana Ruiz repeatedly calling …": the phrase between "with" and
    the participle (no comma in it)."""
    toks = tokens(masked, max(floor, pos - 80), pos)
    k = next((i for i in range(len(toks) - 2, max(-1, len(toks) - 8), -1) if toks[i][2].lower() == "with"), None)
    if k is None or any(t[2][-1] in ",;:" for t in toks[k + 1 :]):
        return None
    return toks[k + 1][0], toks[-1][1]


_AUXILIARIES = frozenset("is was are were has have had will would can could should may might must does did".split())


def _predicate(toks: list[tuple[int, int, str]], k: int, bare: bool) -> bool:
    """True when what the object is called starts at ``toks[k]``: a noun phrase ("a fraud", "her mentor"), or,
    after a pronoun or name (``bare``), a plain word ("him honest", "themselves moderate")."""
    if k >= len(toks) or toks[k - 1][2].endswith((",", ".", ";", ":")) or not toks[k - 1][2].isalpha():
        return False
    word = toks[k][2]
    if word.lower() in _PREDICATE_START:
        return k + 1 < len(toks) and toks[k + 1][2].strip(",.;").isalpha()
    low = word.strip(",.;")
    return (
        bare
        and low.isalpha()
        and low.islower()
        and len(low) > 3
        and low not in _NOT_PREDICATE
        and not low.endswith("ing")
        and low not in _AUXILIARIES
    )
