"""Positions taken in an infinitive: "the union voted to endorse Ruiz", "dockers tend to favor the levy".

A bare position verb after "to" has no subject of its own; the subject of the
verbs before "to" holds the position ("voted", "tend", "used", "has yet",
"was quick").  The cue runs from the first of those verbs to the position verb,
the content is its object.  Tried only where no other rule claimed the verb.
"""

from __future__ import annotations

from .after_cue import read_after
from .base import Context, Found, Span
from .lexicon import CLAUSE_WORDS, DETERMINERS
from .objects import is_agent
from .reported import forward
from .sources import PREPOSITIONS, _is_adverb, left_source, looks_finite, tokens

POSITION_INFINITIVES = frozenset(
    "endorse support back oppose favor favour prefer criticize criticise condemn denounce praise defend attack "
    "reject blame sign".split()
)
"""Bare verbs whose object is a position when "to" comes before them."""
_MAX_CHAIN = 4
_NOT_IN_CHAIN = (
    (CLAUSE_WORDS - {"yet"})
    | DETERMINERS
    | PREPOSITIONS - {"on"}
    | frozenset("not order him her them us me it".split())
)
"""Words that end the chain: "in order to", "urged the board to", "voted for them to"; "went on to" is one."""


def infinitive_position(ctx: Context, floor: int, cue: Span, end: int, lemma: str, para_end: int) -> Found | None:
    """ "Ode has yet to endorse the mayor", "the council voted to back the plan": the subject before the verbs
    that lead to "to" takes the position; None when no such subject or no object."""
    if lemma not in POSITION_INFINITIVES or ctx.masked[cue[0] : cue[1]].lower() != lemma:
        return None
    toks = tokens(ctx.masked, max(floor, cue[0] - 120), cue[0])
    k = len(toks)
    if k and _is_adverb(toks[k - 1][2]):  # "to recently endorse"
        k -= 1
    if not k or toks[k - 1][2] != "to":
        return None
    to = k - 1
    start = to
    while start > 0 and to - start < _MAX_CHAIN and _chain_word(toks[start - 1][2]):
        start -= 1
    verb = next((i for i in range(start, to) if _verb_like(toks[i][2])), None)
    if verb is None or verb == 0 and toks[0][0] > floor or to - verb == 1 and toks[verb][2] in _BE:
        return None  # "who is to blame" is no position taken
    chain_start = toks[verb][0]
    src = left_source(ctx.masked, floor, chain_start, "say")
    if src is None or src[1] > chain_start or not is_agent(ctx.masked, src):
        return None
    after = read_after(ctx.masked, cue[1], end, lemma)
    if after.kind not in ("clause", "that"):
        return None
    f = forward(ctx, src, (chain_start, cue[1]), end, lemma, after, para_end)
    if f is not None:
        f.rule = "infinitive-position"
    return f


_BE = frozenset("is are was were be".split())
_CHAIN_VERBS = frozenset("tend tends used went go goes continue continues continued began begin begins".split())
"""Verbs before "to" that looks_finite does not know ("tend to favor", "used to back")."""


def _verb_like(word: str) -> bool:
    """The first verb of the chain: an auxiliary, a past form or a verb of habit ("has yet", "voted", "tend")."""
    return looks_finite(word) or word in _CHAIN_VERBS


def _chain_word(word: str) -> bool:
    """A word of the verb chain before "to": lowercase, plain, no clause word, determiner or preposition."""
    return word.isalpha() and word.islower() and word not in _NOT_IN_CHAIN
