"""Statements: who said what in an article, by small named rules over the text.

Pipeline: find the quotations (``quotes``), blank them out so no rule looks
inside one, split into sentences, and at every speech verb (``cues``) try the
constructions in turn — content before the source (``direct``: '"…," he said',
'…, Singh argues', '"…," said Ms. Lee'), content after it (``reported``: 'X
said that …', 'X urged …', 'according to X'), the headline (``headline``);
then stance phrases no cue claimed (``stance``: 'X joked about …', 'X is wary of …').
Then sources are resolved to speakers (``resolve``/``speakers``) and the
attribution clause is read for date, medium and addressee (``when``).
Pure functions; offsets are indices into ``text``.
"""

from __future__ import annotations

import re
from datetime import date

from sitegen.model import Span, Statement

from ..text import paragraphs, sentences
from .after_cue import read_after
from .base import Context, Found, is_quote_span, trim_content
from .colon import colon_quote, speaker_label
from .cues import (
    INTENT_LEMMAS,
    KNOW_LEMMAS,
    NEEDS_TO,
    NOUN_LIKE,
    OBJECT_LEMMAS,
    STANCE_LEMMAS,
    THINK_LEMMAS,
    find_cues,
    is_participle,
    lemma_of,
    verb_after_subject,
)
from .direct import (
    absolute_participle,
    attribute_orphans,
    continue_quotes,
    fronted_subject,
    inverted,
    lead_pronoun_subject,
    quote_next,
    that_source,
    trailing,
)
from .evidence import EVIDENCE_VERBS, coordinated_tail, document_statement
from .gaps import GAP_LEMMAS, object_gap
from .headline import headline_span, headline_statements
from .impersonal import (
    SEEM_LEMMAS,
    evidence_tail,
    impersonal,
    lead_participle,
    naming,
    naming_participle,
    perceived,
    reportedly,
    seeming,
)
from .infinitives import infinitive_position
from .objects import contracted_perfect
from .passives import passive_position
from .quotes import find_quotes, mask
from .reported import (
    VERBAL_ATTACKS,
    according_to,
    asked_lead,
    asked_passive,
    attitude,
    backing_relative,
    document_lead,
    document_tail,
    forward,
    noun_clauses,
    participle,
    possessed_positions,
    with_participle,
    with_speaker_participle,
)
from .resolve import Resolver
from .sources import (
    coordinated_subject,
    cue_prefix_start,
    is_passive,
    left_source,
    with_closing_comma,
    without_stray_marks,
)
from .stance import stance_phrases
from .when import When, inherit_dates, read_clause

__all__ = ["extract_statements"]

MAX_SENTENCE = 3000
_MID_SENTENCE_STOP = re.compile(r"(?:\.\)|(?<![A-Z]\.)\b(?:[A-Z]\.){2,})$")
"""An abbreviation at the end of a sentence ("U.S."): tried only where a run of initials starts, so linear."""
MAX_CUES = 16


def extract_statements(text: str, article_date: date | None = None) -> list[Statement]:
    """Statements found in ``text`` (an article body), in reading order."""
    quotes = find_quotes(text)
    ctx = Context(text, mask(text, quotes), quotes)
    found: list[Found] = []
    head = headline_span(text)
    in_head = headline_statements(ctx, head) if head else []
    found += in_head
    for ps, pe in paragraphs(ctx.masked):
        if in_head and head and ps < head[1]:
            continue
        label = speaker_label(ctx, ps, pe)
        if label is not None:
            found.append(label)
            continue
        in_para: list[Found] = []
        for s, e in _sentences(ctx.masked, ps, pe):
            in_para += sentence_statements(ctx, s, e, pe)
        attribute_orphans(ctx, in_para, ps, pe)
        continue_quotes(ctx, in_para, pe)
        found += in_para
    return _to_statements(ctx, _dedupe(found), article_date)


def _sentences(masked: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of a paragraph, rejoined where a lowercase word follows a stop that closes a parenthesis
    or an initialism ("Roe (D-Vt.) said", "F.B.I. records show")."""
    out: list[tuple[int, int]] = []
    for s, e in sentences(masked, start, end):
        if out and masked[s].islower() and _MID_SENTENCE_STOP.search(masked, out[-1][0], out[-1][1]):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def sentence_statements(ctx: Context, s: int, e: int, para_end: int) -> list[Found]:
    """The attributions of one (masked) sentence, tried at every cue from left to right."""
    out: list[Found] = []
    floor = s
    e = min(e, s + MAX_SENTENCE)  # bounds the work on hostile input; real sentences are far shorter
    for m_start, m_end, form in find_cues(ctx.masked, s, e)[:MAX_CUES]:
        if m_start < floor:
            continue

        lemma = lemma_of(form)
        if lemma is None or lemma in _NESTED_LEMMAS and _inside_content(out, m_start):
            continue
        if lemma == "according to":
            if form[0].isupper() and m_start != s:
                continue
            f = according_to(ctx, floor, (m_start, m_end), e)
        elif lemma == "attitude":
            f = attitude(ctx, floor, (m_start, m_end), e) if form.islower() else None
        elif lemma == "perceive":
            if not form.islower():
                continue
            f = perceived(ctx, floor, (cue_prefix_start(ctx.masked, floor, m_start), m_end), m_end, e)
            if f is None and form in _ACTIVE_JUDGEMENTS:  # "the panel deemed the ferry unsafe"
                f = _finite(ctx, s, floor, (m_start, m_end), e, "consider", para_end)
        elif lemma == "reportedly":
            if _before_verb(ctx.masked, m_end, e):
                continue
            f = reportedly(ctx, floor, (m_start, m_end), e)
        elif lemma in SEEM_LEMMAS:
            if not form.islower():
                continue
            f = seeming(ctx, floor, (cue_prefix_start(ctx.masked, floor, m_start), m_end), m_end, e)
        elif form.lower() == "asked" and m_start - s <= 12:
            f = asked_lead(ctx, s, (m_start, m_end), e) or _finite(ctx, s, floor, (m_start, m_end), e, lemma, para_end)
        elif is_participle(form.split(None, 1)[0]) and not form.islower():
            f = lead_participle(ctx, s, (m_start, m_end), e, lemma)
        elif not form.islower():
            continue
        elif is_participle(form.split(None, 1)[0]):
            f = participle(ctx, s, (m_start, m_end), e, lemma, out[-1] if out else None) or _progressive(
                ctx, floor, (m_start, m_end), e, lemma, para_end
            )
            f = f or with_participle(ctx, s, (m_start, m_end), e, lemma)
            f = f or absolute_participle(ctx, s, (m_start, m_end), e, lemma)
            f = f or with_speaker_participle(ctx, s, (m_start, m_end), e, lemma)
            f = f or backing_relative(ctx, s, (m_start, m_end), e)
            f = f or lead_participle(ctx, s, (m_start, m_end), e, lemma)
            f = f or document_statement(ctx, floor, (m_start, m_end), e, lemma)
            f = f or naming_participle(ctx, s, floor, (m_start, m_end), e, out[-1] if out else None)
        else:
            f = coordinated_tail(ctx, floor, (m_start, m_end), e, lemma)
            if f is None and lemma in GAP_LEMMAS and not _inside_content(out, m_start):
                f = object_gap(ctx, floor, (m_start, m_end), e, lemma)
            f = f or _finite(ctx, s, floor, (m_start, m_end), e, lemma, para_end, out[-1] if out else None)
            if f is not None and form.lower() in NOUN_LIKE and not _verb_here(ctx, f, form):
                f = None
            if f is None and lemma in EVIDENCE_VERBS:
                f = document_statement(ctx, floor, (cue_prefix_start(ctx.masked, floor, m_start), m_end), e, lemma)
            if f is None and not _inside_content(out, m_start):
                f = infinitive_position(ctx, floor, (m_start, m_end), e, lemma, para_end)
                cue = (cue_prefix_start(ctx.masked, floor, m_start), m_end)
                f = f or passive_position(ctx, floor, cue, (m_start, m_end), e, lemma)
        if f is not None:
            out.append(f)
            floor = f.cue[1] if f.rule == "forward" else floor if f.rule == "relative" else f.clause[1]
    if not out:
        lead = document_lead(ctx, s, e) or document_tail(ctx, s, e)
        out = [lead] if lead else []
    out += noun_clauses(ctx, s, e, out)
    out += possessed_positions(ctx, s, e, out)
    out += stance_phrases(ctx, s, e, out)
    return out + _colon_quotes(ctx, s, e, out)


def _colon_quotes(ctx: Context, s: int, e: int, found: list[Found]) -> list[Found]:
    """Colons before quotes that no verb has claimed ("… said pollster Jo Roe: “…”" is left to the verb)."""
    out: list[Found] = []
    colon = ctx.masked.find(": ", s, e)
    while colon != -1 and len(out) < MAX_CUES:
        if not any(f.clause[0] <= colon < max(f.clause[1], f.content[-1][1]) for f in found):
            f = colon_quote(ctx, s, colon)
            if f is not None:
                out.append(f)
        colon = ctx.masked.find(": ", colon + 2, e)
    return out


_ACTIVE_JUDGEMENTS = frozenset(["considered", "deemed"])
_NESTED_LEMMAS = (
    frozenset(THINK_LEMMAS) | INTENT_LEMMAS | OBJECT_LEMMAS | KNOW_LEMMAS | VERBAL_ATTACKS | {"perceive", "see", "view"}
)
"""Beliefs, wants, acts and perceptions inside a statement's content are part of it ("Roe said he would
consider a run", "Roe said the pier, known as the Gull, is unsafe"), not statements of their own."""
_BE_FORMS = frozenset("is are was were been be am 's ’s 're ’re 'm ’m".split())


def _progressive(ctx: Context, floor: int, cue: tuple[int, int], end: int, lemma: str, para_end: int) -> Found | None:
    """ "Roe is urging the council to …" (a form of "be" before the -ing verb: the subject before it is the
    source) and "groups backing the levy" (a reduced relative: the noun before the verb is)."""
    start = cue_prefix_start(ctx.masked, floor, cue[0])
    before = ctx.masked[max(floor, start - 12) : start].split()
    words = ctx.masked[start : cue[0]].split()
    if words and words[-1].lower() in _BE_FORMS or before and before[-1].lower() in _BE_FORMS:
        be = start if words else ctx.masked.rfind(before[-1], floor, start)
        src = left_source(ctx.masked, floor, be, lemma, be)
        if src is None or not words and src[1] > be:
            return None
        f = _after_source(ctx, floor, src, (be, cue[1]), cue, end, lemma, para_end)
        past = ctx.masked[be : be + 4].lower().startswith(("was", "were", "been", "be "))  # "were calling" narrates
        return None if f is None or past and _quoted(ctx.text, f.content) else f
    if lemma not in _RELATIVE_PARTICIPLES or words or not before or not before[-1][-1:].isalpha():
        return None
    if before[-1].lower() in CUE_BLOCKERS:
        return None
    src = left_source(ctx.masked, floor, cue[0], "say", cue[0])
    if src is None:
        return None
    f = _after_source(ctx, floor, src, cue, cue, end, lemma, para_end)
    if f is None or f.rule != "forward" or _quoted(ctx.text, f.content):
        return None
    s, e = f.content[0]
    comma = ctx.masked.find(",", s, e)
    if comma != -1:
        f.content[0] = (s, comma)
    f.rule = "reduced-relative"
    f.clause = f.cue
    return f


def _quoted(text: str, content: list[tuple[int, int]]) -> bool:
    """True when the content has a double quotation mark in or next to it (left to the quote rules)."""
    return any(any(c in text[max(0, s - 1) : e + 1] for c in '"“”«»') or "''" in text[s:e] for s, e in content)


_RELATIVE_PARTICIPLES = frozenset(
    "support back oppose attack criticize criticise urge call for demand seek endorse praise".split()
)
CUE_BLOCKERS = frozenset(
    "the a an his her their its our my your this that these those of for to in on at by with from and or but "
    "not after before while without about against over under into through".split()
)


def _before_verb(masked: str, pos: int, end: int) -> bool:
    """True when a cue word follows at ``pos`` ("reportedly said"): the adverb is then part of that verb's cue."""
    nxt = find_cues(masked, pos, min(end, pos + 30))
    if not nxt or masked[pos : nxt[0][0]].strip():
        return False
    after = masked[nxt[0][1] : nxt[0][1] + 4].split(None, 1)
    return lemma_of(nxt[0][2]) not in NEEDS_TO or after[:1] == ["to"]  # "reportedly planning a sale" has no cue


def _inside_content(found: list[Found], pos: int) -> bool:
    """True when ``pos`` lies in the content of a statement already found in the sentence:
    "Roe told us that he believed …" is Roe's statement, not a second one by "he"."""
    return any(s <= pos < e for f in found for s, e in f.content)


def _finite(
    ctx: Context,
    s: int,
    floor: int,
    cue: tuple[int, int],
    end: int,
    lemma: str,
    para_end: int,
    previous: Found | None = None,
) -> Found | None:
    """A finite speech verb: content before it (quote or paraphrase) or after it."""
    cue_start = cue_prefix_start(ctx.masked, floor, cue[0])
    src, cue_start = contracted_perfect(ctx.masked, floor, cue_start, cue[1])
    src = src or left_source(ctx.masked, floor, cue_start, lemma, cue[0])
    cut = _shared_cut(ctx, previous, cue_start) if src is None else None
    if cut is not None and previous is not None and previous.source is not None:
        f = _after_source(ctx, floor, previous.source, (cue_start, cue[1]), cue, end, lemma, para_end)
        if f is not None:
            previous.content[-1] = cut
            return f
    if src is None:
        src = (
            coordinated_subject(ctx.masked, s, cue_start)
            or fronted_subject(ctx.masked, s, cue_start, lemma, end)
            or that_source(ctx.masked, s, cue_start, lemma, end)
            or lead_pronoun_subject(ctx.masked, s, cue_start, lemma, end)
        )
    full_cue = (cue_start, cue[1])
    if src is None and lemma == "ask" and is_passive(ctx.masked, cue_start, cue[0]):  # "Roe was asked about …"
        return asked_passive(ctx, full_cue, end)
    if src is None:
        return inverted(ctx, floor, cue, end, lemma) or impersonal(ctx, floor, (cue_start, cue[1]), cue[1], end, lemma)
    return _after_source(ctx, floor, src, full_cue, cue, end, lemma, para_end)


def _after_source(
    ctx: Context,
    floor: int,
    src: tuple[int, int],
    full_cue: tuple[int, int],
    cue: tuple[int, int],
    end: int,
    lemma: str,
    para_end: int,
) -> Found | None:
    after = read_after(ctx.masked, cue[1], end, lemma)
    if lemma in OBJECT_LEMMAS:  # "the audit released Friday said": acts never report the words before them
        return forward(ctx, src, full_cue, end, lemma, after, para_end)
    f = trailing(ctx, floor, src, full_cue, end, lemma, after) or evidence_tail(
        ctx, floor, src, full_cue, lemma, after.kind
    )
    if f is not None:
        return f
    return (
        forward(ctx, src, full_cue, end, lemma, after, para_end)
        or quote_next(ctx, src, full_cue, end, lemma, after, para_end)
        or naming(ctx, src, full_cue, end)
    )


def _shared_cut(ctx: Context, previous: Found | None, cue_start: int) -> tuple[int, int] | None:
    """Coordinated verbs: "Roe questioned the audit and criticized the levy" — the second verb takes the
    source of the statement before it in the sentence, whose content then ends before "and" (the span
    returned here)."""
    if previous is None or previous.source is None or previous.rule not in ("forward", "relative"):
        return None
    last = previous.content[-1]
    if not last[0] < cue_start <= last[1] + 1:
        return None
    before = ctx.masked[max(last[0], cue_start - 8) : cue_start]
    stripped = before.rstrip()
    if stripped == before or not stripped.endswith((" and", " but")):
        return None
    cut = trim_content(ctx.text, last[0], cue_start - len(before) + len(stripped) - 4)
    if cut is None or any(ch in ctx.text[cut[1] : cue_start] for ch in '"“”'):
        return None
    return cut


_MODALS = frozenset("may might could would will should can must".split())


_DO_FORMS = frozenset("do does did".split())


def _modal_bare(ctx: Context, f: Found, form: str) -> bool:
    """True for a bare noun-like form after a modal or "do" in its cue ("would support the levy", "does not
    support a ban"): a verb whatever the subject's number."""
    words = set(ctx.masked[f.cue[0] : f.cue[1]].lower().split())
    return form.lower() == f.lemma and bool((_MODALS | _DO_FORMS) & words)


def _verb_here(ctx: Context, f: Found, form: str) -> bool:
    """A noun-like cue ("hopes", "claims") counts only after a subject and before its clause (not "his hopes of …")."""
    if f.source is None or f.source[1] > f.cue[0]:
        return False
    if f.lemma in STANCE_LEMMAS and form.lower() == f.lemma and _MODALS & set(ctx.masked[f.cue[0] : f.cue[1]].split()):
        return False  # "voters may endorse the levy": a bare stance verb after a modal is no position yet
    nxt = ctx.masked[f.cue[1] : f.cue[1] + 30].split(None, 1)
    if _modal_bare(ctx, f, form):
        return bool(nxt) and verb_after_subject(form, "they", nxt[0])
    subject = ctx.masked[f.source[0] : f.source[1]].rstrip(",")  # "Ann Lee, among others," ends with its comma
    return verb_after_subject(form, subject, nxt[0] if nxt else "")


def _dedupe(found: list[Found]) -> list[Found]:
    """One statement per cue; the first rule to claim a cue keeps it."""
    seen: set[tuple[int, int]] = set()
    out = []
    for f in sorted(found, key=lambda f: (f.content[0][0], f.cue[0])):
        if f.cue in seen:
            continue
        seen.add(f.cue)
        out.append(f)
    return out


def _kind(text: str, content: list[tuple[int, int]]) -> str:
    if all(is_quote_span(text, c) for c in content):
        return "direct"
    if any(ch in text[s:e] for s, e in content for ch in ('"', "“", "”", "«", "»", "„", "''")):
        return "mixed"
    return "indirect"


def _source_span(ctx: Context, source: tuple[int, int]) -> tuple[int, int, str]:
    start, end = with_closing_comma(ctx.masked, without_stray_marks(ctx.masked, source))
    return start, end, ctx.text[start:end]


def _to_statements(ctx: Context, found: list[Found], article_date: date | None) -> list[Statement]:
    text = ctx.text
    resolver = Resolver(text, ctx.masked)
    whens: list[When] = []
    out: list[Statement] = []
    for f in sorted(found, key=lambda f: f.cue[0]):
        who = resolver.resolve(f)
        when = read_clause(text[f.clause[0] : f.clause[1]], article_date)
        if when.addressee is None and f.addressee is not None:
            when.addressee = text[f.addressee[0] : f.addressee[1]]
        if when.addressee:
            when.addressee = when.addressee.rstrip(".,;:") if not when.addressee.endswith(" Jr.") else when.addressee
        whens.append(when)
        src = Span(*_source_span(ctx, f.source)) if f.source else None
        out.append(
            Statement(
                kind=_kind(text, f.content),
                speaker=who.speaker,
                source=src,
                cue=Span(f.cue[0], f.cue[1], text[f.cue[0] : f.cue[1]]),
                content=[Span(s, e, text[s:e]) for s, e in f.content],
                role=who.role,
                speaker_type="person" if who.kind == "description" else who.kind,
            )
        )
    inherit_dates(whens)
    for st, when in zip(out, whens, strict=True):
        st.date, st.medium, st.addressee = when.date, when.medium, when.addressee
    return out
