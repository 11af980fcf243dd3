"""What follows a cue: its addressee, its adverbials, then (maybe) the content.

``said in the letter dated February 4.`` has only adverbials after the verb, so
the content must be before it; ``said in a statement that …`` has content after
"that"; ``told reporters, "…`` has a quote after the comma.  ``read_after``
tells these apart without a parser: an addressee for verbs that take one, then
phrases that open with a preposition or a time word, then whatever comes next.
"""

from __future__ import annotations

from dataclasses import dataclass

from .lexicon import ADDRESSEE_WORDS, DETERMINERS, EXTRA_START, NOT_IN_NP
from .sources import Tok, _is_adverb, tokens

_TAKES_ADDRESSEE = frozenset("tell ask assure inform warn remind promise".split())
_QUOTE_OPEN = "\"“„«'`‘"
_TAKES_INFINITIVE = frozenset(
    ["decline", "refuse", "want", "plan", "intend", "hope", "vow", "pledge", "promise", "seek", "decide", "expect"]
    + ["threaten", "offer"]
)
MAX_EXTRA_WORDS = 14
_CLAUSE_SUBJECTS = frozenset("he she they we i it there".split())
_FINITE = frozenset(
    "is was are were has had have will would could can should may might must isn't wasn't aren't weren't won't "
    "wouldn't can't couldn't shouldn't hasn't hadn't haven't doesn't didn't".split()
)
"""Verbs that make the words before them a clause's subject, not an adverbial phrase."""
_WINDOW = 320
"""Characters after a cue read to classify it: an addressee and a few adverbials fit."""


@dataclass(frozen=True, slots=True)
class After:
    """``kind`` is ``end`` (nothing but adverbials), ``comma`` (a comma, then more), ``colon``,
    ``that``, ``quote`` or ``clause``; ``pos`` is where the content (or the rest) starts."""

    kind: str
    pos: int
    addressee: tuple[int, int] | None
    extras_end: int


def _is_addressee_start(word: str) -> bool:
    low = word.lower().strip(",.:")
    return word[:1].isupper() or low in DETERMINERS or low in ADDRESSEE_WORDS


def _addressee(toks: list[Tok]) -> int:
    """Number of tokens forming the addressee right after "told"/"asked" (0 when none)."""
    if not toks or not _is_addressee_start(toks[0][2]) or toks[0][2][0] in _QUOTE_OPEN:
        return 0
    n = 0
    for t in toks[:6]:
        word = t[2]
        low = word.lower().strip(",.:;")
        if n and (low == "that" or low in EXTRA_START or low in NOT_IN_NP or word[0] in _QUOTE_OPEN):
            break
        if n and (low in _CLAUSE_SUBJECTS or low in DETERMINERS) and word.islower():
            break  # "told the Gazette he would appeal", "told the BBC her office …": a new phrase opens the content
        if n and not word[:1].isupper() and toks[0][2].lower().strip(",.:") in ADDRESSEE_WORDS:
            break
        n += 1
        if word.endswith((",", ".", ":", ";")) or low in ADDRESSEE_WORDS:
            break
    return n


def read_after(masked: str, start: int, end: int, lemma: str) -> After:
    """Classify what follows a cue ending at ``start`` in the sentence ending at ``end``."""
    while end > start and (masked[end - 1].isspace() or masked[end - 1] in ".!?)"):
        end -= 1
    if masked.startswith(";", start):  # "…, analysts say; in 2012 …": the clause after a semicolon is another one
        return After("end", start, None, start)
    toks = tokens(masked, start, min(end, start + _WINDOW))
    i = 0
    addressee = None
    if lemma in _TAKES_ADDRESSEE:
        n = _addressee(toks)
        if n:
            last = toks[n - 1]
            addressee = (toks[0][0], last[1] - (1 if last[2][-1] in ",.:;" else 0))
            i = n
            if last[2][-1] in ",:" and i < len(toks):
                return After("comma" if last[2][-1] == "," else "colon", toks[i][0], addressee, last[1] - 1)
    if lemma in _TAKES_INFINITIVE and i < len(toks) and toks[i][2] == "to":  # "declined to comment"
        return After("clause", toks[i][0], addressee, start)
    if _asked_to(lemma, addressee, toks, i):
        return After("clause", toks[i][0], addressee, toks[i - 1][1])
    i = _skip_extras(toks, i, masked, start)
    extras_end = toks[i - 1][1] if i else start
    if i >= len(toks):
        return After("end", end, addressee, end)
    word = toks[i][2]
    prev_end = toks[i - 1][2][-1] if i else masked[start] if start < len(masked) else ""
    if i and prev_end in ",:":
        return After("comma" if prev_end == "," else "colon", toks[i][0], addressee, toks[i - 1][1] - 1)
    if word in (":", ",") or word[0] in ":,":
        return After("colon" if word[0] == ":" else "comma", toks[i][0] + 1, addressee, toks[i][0])
    if word.lower().rstrip(",") == "that":  # "added that, in May, …"
        return After("that", toks[i][0], addressee, extras_end)
    if word[0] in _QUOTE_OPEN:
        return After("quote", toks[i][0], addressee, extras_end)
    if i and masked[toks[i][0] - 1] == "(":
        return After("clause", toks[i][0], addressee, extras_end)
    return After("clause", toks[0][0] if not addressee else toks[i][0], addressee, extras_end)


def _asked_to(lemma: str, addressee: tuple[int, int] | None, toks: list[Tok], i: int) -> bool:
    """True for a request with its addressee: "asked the board to delay the vote" (content "to delay the vote");
    "to" would otherwise open an adverbial phrase ("told her to her face" is rare enough)."""
    return (
        lemma == "ask"
        and addressee is not None
        and i + 1 < len(toks)
        and toks[i][2] == "to"
        and toks[i + 1][2][:1].islower()
        and toks[i + 1][2].lower() not in DETERMINERS
    )


def _skip_extras(toks: list[Tok], i: int, masked: str, start: int) -> int:
    """Index of the first token after adverbial phrases ("in a statement", "on Tuesday")."""
    if i == 0 and start < len(masked) and masked[start] in ",:":
        return 0
    while i < len(toks):
        low = toks[i][2].lower().rstrip(",.:;!?")
        if _is_adverb(low):
            i += 1
            if toks[i - 1][2][-1] in ",:":
                return i
            continue
        if low not in EXTRA_START or toks[i][2][0] in _QUOTE_OPEN:
            return i
        j = i
        while j < len(toks) and j - i < MAX_EXTRA_WORDS:
            word = toks[j][2]
            if j > i and (word.lower() == "that" or word[0] in _QUOTE_OPEN):
                return j
            if j > i and word in _FINITE:
                return i  # "said there is …", "said this was …", "said last year was …": the words are a subject
            if j > i + 1 and word in _CLAUSE_SUBJECTS:
                return j  # "said in court it takes months": the phrase ends where a pronoun subject starts
            j += 1
            if word[-1] in ",:;" or word[-1] in ".!?" and j == len(toks):
                break
        if j - i >= MAX_EXTRA_WORDS:
            return i
        if toks[j - 1][2][-1] in ",:":
            return j
        i = j
    return i
