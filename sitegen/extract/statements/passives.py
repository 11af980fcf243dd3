"""Positions reported in the passive: "the levy was criticized by the union for its cost", "the plan, opposed
by most dockers, failed".

The one who takes the position is the agent after "by" (or nobody, when there
is none: "Roe was widely condemned"); the position is about the subject, and
the reason that may follow ("for its cost") belongs to it.  Content is the
subject and the rest of the clause after the agent, as two fragments.
"""

from __future__ import annotations

from .base import Context, Found, Span, has_words, trim_content
from .cues import INTENT_LEMMAS, OBJECT_LEMMAS, STANCE_LEMMAS
from .impersonal import clause_start
from .objects import is_agent
from .reported import content_end, has_double_quote
from .sources import looks_finite, tokens

_MADE_PUBLIC = frozenset("announce reveal confirm disclose".split())
"""What was made public, said in the passive ("the closure was announced", "was confirmed by the board")."""
PASSIVE_POSITIONS = (STANCE_LEMMAS | INTENT_LEMMAS | OBJECT_LEMMAS | _MADE_PUBLIC) - frozenset(
    "want plan intend decide decline refuse cite highlight invoke tout question list release sign request back".split()
)
"""Positions whose passive reports who took them about what ("was endorsed by", "was condemned")."""
_BE = frozenset("is are was were be been being 's".split())
_AGENT_STOP = frozenset(
    "for as after in on at during because over when while which who that since to with from and but".split()
)
_MAX_AGENT = 12


def passive_position(ctx: Context, floor: int, cue: Span, verb: Span, end: int, lemma: str) -> Found | None:
    """The statement of a passive position verb at ``verb`` (``cue`` with its auxiliaries), or None: it needs a
    form of "be" before it, or "by" after it ("the plan, opposed by most dockers, …")."""
    if lemma not in PASSIVE_POSITIONS or not ctx.masked[verb[0] : verb[1]].endswith("ed"):
        return None
    aux = {w.lower() for w in ctx.masked[cue[0] : verb[0]].split()}
    after = tokens(ctx.masked, verb[1], min(end, verb[1] + 200))
    by = next((i for i, t in enumerate(after[:3]) if t[2] == "by"), None)
    if not aux & _BE and (by is None or lemma in _MADE_PUBLIC):
        return None  # "a plan announced by the council" names the plan; only "was announced" reports it
    start = _subject_start(ctx.masked, floor, cue[0])
    if start is None:
        return None
    subject = trim_content(ctx.text, start, cue[0])
    if subject is None or has_double_quote(ctx.text, subject[0], subject[1]):
        return None
    src = None
    rest_at = verb[1]
    if by is not None:
        agent = _agent(after[by + 1 :])
        if agent is None or not is_agent(ctx.masked, agent):
            return None
        src, rest_at = agent, agent[1]
    rest = trim_content(ctx.text, rest_at, content_end(ctx, rest_at, end))
    if rest is not None and not (ctx.masked.startswith(_REASONS, rest[0]) and has_words(ctx.masked, rest, 2)):
        rest = None
    if rest is not None and has_double_quote(ctx.text, rest[0], rest[1]):
        return None
    if src is None and rest is None and ctx.masked[verb[1] : verb[1] + 1] not in (".", ",", ";"):
        return None  # "the ferry was backed into the dock": no agent, no reason, no position
    content = [subject, rest] if rest else [subject]
    return Found(src, cue, content, lemma, cue, "passive-position")


_REASONS = ("for ", "over ", "as ", "of ", "on ")
"""Phrases after a passive position that say what it is about ("criticized for …", "accused of …")."""


def _subject_start(masked: str, floor: int, pos: int) -> int | None:
    """Where the subject of the passive starts; for a reduced relative set off by a comma ("The bill, opposed by
    …"), the noun phrase before the comma."""
    before = masked[max(floor, pos - 3) : pos].rstrip()
    if before.endswith(","):
        comma = masked.rfind(",", floor, pos)
        return clause_start(masked, floor, comma)
    return clause_start(masked, floor, pos)


def _agent(toks: list[tuple[int, int, str]]) -> Span | None:
    """The agent after "by": up to a comma, a preposition of reason or time, or a verb."""
    n = 0
    for _, _, word in toks[:_MAX_AGENT]:
        low = word.lower().strip(",.;:")
        if n and (low in _AGENT_STOP or looks_finite(low) and word.islower()):
            break
        n += 1
        if word[-1] in ",.;:":
            break
    if not n:
        return None
    last = toks[n - 1]
    return toks[0][0], last[1] - (1 if last[2][-1] in ",.;:" else 0)
