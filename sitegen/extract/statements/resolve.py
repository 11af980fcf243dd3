"""Resolve every found source to a speaker, in reading order, keeping track of who is salient.

Salient persons are previous speakers and persons opening a sentence.  A
pronoun takes the most recent salient person of compatible gender; "who"
takes the name just before ", who"; a role description ("the CPI(ML) MP",
"the senator") takes the most recent salient person.  Everything else goes
through :func:`speakers.resolve_phrase`.
"""

from __future__ import annotations

from bisect import bisect_left, insort

from .base import Found
from .speakers import NameIndex, Who, resolve_phrase

_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
_UNRESOLVED = frozenset("they we i you it".split())


class Resolver:
    """Resolves sources in order; remembers the salient persons seen so far."""

    def __init__(self, text: str, masked: str) -> None:
        self.text = text
        self.names = NameIndex(masked)
        self.salient: list[tuple[int, str]] = []
        for mention in self.names.mentions:
            if _opens_sentence(masked, mention.start):
                name = mention.name if " " in mention.name else self.names.full_name(mention.surname, mention.start)
                if name:
                    self.salient.append((mention.start, name))
        self.salient.sort()
        self.mention_starts = [mention.start for mention in self.names.mentions]

    def resolve(self, f: Found) -> Who:
        """The speaker of ``f``; person speakers become salient for later pronouns."""
        if f.source is None:
            return Who(None, "anonymous")
        pos = f.source[0]
        phrase = self.text[f.source[0] : f.source[1]]
        low = phrase.lower()
        if low in _GENDER:
            who = self._latest(pos, _GENDER[low])
        elif low in ("who", "which"):
            who = self._antecedent(pos)
        elif low in _UNRESOLVED:
            who = Who(None, "organisation" if low == "it" else "anonymous")
        else:
            who = resolve_phrase(phrase, pos, self.names)
            if who.kind == "description":
                latest = self._latest(pos, None)
                who = Who(latest.speaker, latest.kind, who.role or phrase) if latest.speaker else Who(None, "anonymous")
        if who.kind == "person" and who.speaker:
            insort(self.salient, (pos, who.speaker))
        return who

    def _latest(self, pos: int, gender: str | None) -> Who:
        """The most recent salient person before ``pos`` (found by bisection: an article can hold thousands)."""
        for k in range(bisect_left(self.salient, (pos,)) - 1, -1, -1):
            name = self.salient[k][1]
            g = self.names.gender_of(name)
            if gender is None or g is None or g == gender:
                return Who(name, "person")
        return Who(None, "anonymous")

    def _antecedent(self, pos: int) -> Who:
        """ "Sanders, who said": the name ending just before the relative pronoun."""
        i = bisect_left(self.mention_starts, pos) - 1
        best = self.names.mentions[i] if i >= 0 else None
        if best is None or pos - best.start > len(best.name) + 40:
            return Who(None, "anonymous")
        gap = self.text[best.start : pos]
        if not gap.rstrip().endswith(","):
            return Who(None, "anonymous")
        return resolve_phrase(gap.rstrip().rstrip(","), best.start, self.names)


def _opens_sentence(masked: str, start: int) -> bool:
    j = start - 1
    while j >= 0 and masked[j] in " \t":
        j -= 1
    return j < 0 or masked[j] in ".!?\n"
