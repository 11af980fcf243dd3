"""Content that is a verb's object: who can hold it, and clauses that open without "that".

Verbs such as "threaten", "sign", "name" or "feel" take what was said, wanted or
thought as their object ("Roe signed the petition", "the union felt the offer
was too low"), but the same verbs say nothing of the kind after a thing ("the
storm threatened to close the pier").  ``is_agent`` tells a subject that can
hold a position (a person, a group, an organisation, a document) from one that
cannot; ``bare_clause`` tells an object clause ("felt the offer was low") from a
plain noun phrase ("felt the cold") without a parser.
"""

from __future__ import annotations

import re

from .base import Span
from .lexicon import ANONYMOUS_HEADS, DETERMINERS, DOCUMENT_HEADS, ORG_HEADS, PRONOUNS, QUANTIFIER_SOURCES
from .sources import head_word, quantity_phrase, tokens

_AGENT_SUFFIX = re.compile(r"(?:ist|er|or|ant|ent|ian|ive|ee|man|men|woman|women)s?$")
_OWNER = re.compile(r"['’]s?$")


def is_agent(masked: str, src: Span) -> bool:
    """True when the subject can hold a position: a pronoun, a name (a capitalised head), a group of people
    ("officials", "two senators", "most voters"), an organisation or a document ("the union", "the report").

    "the storm", "a pending harbour bylaw" and "the primary" cannot."""
    words = [t[2] for t in tokens(masked, *src)]
    if not words:
        return False
    lows = [w.strip(",.;:()").lower() for w in words]
    if len(words) == 1 and (lows[0] in PRONOUNS or lows[0] in QUANTIFIER_SOURCES):
        return lows[0] != "it"
    if lows[-1] in ("who", "whom") or quantity_phrase(lows):
        return True
    if lows[0].endswith(("ed", "ing")) and (words[0][:1].isupper() or len(lows) > 1 and lows[1] in DETERMINERS):
        return False  # "Based on the figures", "issued a short notice": a verb phrase, no subject
    head = head_word(words)
    word = next((w for w in reversed(words) if w.strip(",.;:()").lower() == head), "")
    if word[:1].isupper():
        return True
    head = _OWNER.sub("", head)
    return (
        head in ANONYMOUS_HEADS
        or head in ORG_HEADS
        or head in DOCUMENT_HEADS
        or bool(_AGENT_SUFFIX.search(head))
        and head not in _NOT_AGENTS
    )


_NOT_AGENTS = frozenset(
    "matter matters order orders number numbers letter water weather winter summer paper center centre "
    "event events moment moments element elements amendment amendments agreement agreements statement "
    "government measure measures power powers border borders career careers meter chapter".split()
)
"""Words with an agent's ending that name things ("the measure", "the amendment"); "government" and
"statement" are organisations and documents and are found above, before this list is read."""


_FINITE = frozenset(
    "is was are were has had have will would could can should may might must isn't wasn't aren't weren't "
    "won't wouldn't can't couldn't shouldn't hasn't hadn't haven't doesn't didn't does did do don't".split()
)
_CLAUSE_SUBJECT = frozenset("he she they we i it there you this that these those".split())
_NOT_IN_SUBJECT = frozenset(
    "him her them me us when if because as while after before since until unless though although and or but "
    "to that which who where how why what whether about into at by".split()
)
_MAX_SUBJECT = 8
_CONTRACTED_SUBJECT = re.compile(r"(?:he|she|it|they|we|i|you|there)['’](?:s|re|m|ll|d|ve)")


def bare_clause(masked: str, pos: int, end: int) -> bool:
    """True when a clause opens at ``pos`` without "that": a subject pronoun, or a short noun phrase, then a
    finite verb ("felt the offer was too low", "knows this plan will fail", "knew the vote was lost");
    not an object followed by its own clause ("knew him when he was young")."""
    toks = tokens(masked, pos, min(end, pos + 120))
    if len(toks) < 2:
        return False
    first = toks[0][2].lower()
    if first in _CLAUSE_SUBJECT and toks[1][2].lower() in _FINITE | {"’s", "'s"}:
        return True
    if _CONTRACTED_SUBJECT.fullmatch(first):  # "know they're being ignored"
        return True
    for k, (_, _, word) in enumerate(toks[: _MAX_SUBJECT + 1]):
        low = word.lower()
        if k and low in _FINITE:
            return True
        if low.strip(",.;:") in _NOT_IN_SUBJECT or word[-1] in ",.;:!?" or not word[:1].isalnum():
            return False
    return False


_NOT_OBJECT = frozenset(
    "up off out into in on at by for from with to about as after before during since until over under through "
    "that which who whom this last next yesterday today tonight monday tuesday wednesday thursday friday saturday "
    "sunday".split()
)
"""Words after an -ed verb that show it is no act on an object: a particle ("signed up"), a modifier's phrase
("the survey released Monday", "the minutes released by the board"), a relative clause."""


def takes_object(masked: str, src: Span, pos: int, media: frozenset[str] = frozenset()) -> bool:
    """True when the words at ``pos`` read as the object of an act by the subject ``src``: the subject can act,
    opens with no preposition ("In a statement released …" has none), and the object opens with a noun
    phrase that is not a bare medium ("released a statement Monday": what it says is the content, elsewhere)."""
    first = masked[src[0] : src[1]].split(None, 1)
    if not first or first[0].lower() in _NOT_OBJECT or not is_agent(masked, src):
        return False
    words = masked[pos : pos + 240].split()[:_OBJECT_WORDS]
    if not words or not words[0][:1].isalnum() or words[0].lower().strip(",.;:") in _NOT_OBJECT:
        return False
    return not _bare_medium(words, media)


_OBJECT_WORDS = 30
_MEDIUM_REACH = 4
_SAYS = frozenset("of about titled entitled".split())


def _bare_medium(words: list[str], media: frozenset[str]) -> bool:
    """True when the object is a medium ("released a statement on Friday", "a video condemning …"): what it
    says is the content, found by the participle rules if anywhere; "a memo titled …", "a statement of
    support" say it themselves."""
    k = next((i for i, w in enumerate(words[:_MEDIUM_REACH]) if w.lower().strip(",.;:") in media), None)
    if k is None:
        return False
    return k + 1 >= len(words) or words[k + 1].lower() not in _SAYS


_CONTRACTED = re.compile(r"(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)(['’](?:s|ve|d))")


def contracted_perfect(masked: str, floor: int, cue_start: int, cue_end: int) -> tuple[Span | None, int]:
    """ "he's said he will run", "she’s argued that …", "they've claimed …": the pronoun before a contracted
    "has"/"have"/"had" is the source, and the auxiliary joins the cue (as the annotation has it); (None,
    cue_start) when the word before the cue is no such contraction, or the "'s" is "is" ("he's expected to")."""
    start = max(floor, masked.rfind(" ", floor, cue_start - 1) + 1)  # the word before the cue, even opening a line
    m = _CONTRACTED.fullmatch(masked, start, cue_start - 1)
    if m is None or masked[cue_start - 1] != " " or masked[cue_end : cue_end + 4].split()[:1] == ["to"]:
        return None, cue_start
    return (m.start(), m.start(1)), m.start(1)
