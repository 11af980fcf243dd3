"""Figure tracks: the same counted thing reported in several articles, followed over time.

Two figures belong to one track when they count the same thing (their
counted noun phrases are the same once case, plural endings and filler words
are set aside) in the same kind and unit.  Where two articles of about the
same date give different numbers, the track flags the disagreement, which is
what a fact-checker wants to see first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from sitegen.link import SiteFigure
from sitegen.slugs import slugify

DISAGREEMENT_WINDOW_DAYS = 3
"""Reports this close in time are taken to describe the same moment."""
_FILLER = frozenset("a an the of to in on for and or as at by from with more than about nearly some".split())
_WORD = re.compile(r"[a-z0-9]+")


@dataclass(slots=True)
class Disagreement:
    """Two articles of about the same date that give different numbers for the same thing."""

    first: SiteFigure
    second: SiteFigure


@dataclass(slots=True)
class Track:
    id: str
    label: str
    """The counted thing as the earliest article words it."""
    kind: str
    unit: str | None
    figures: list[SiteFigure]
    """Oldest first."""
    disagreements: list[Disagreement] = field(default_factory=list)


def track_key(figure: SiteFigure) -> str | None:
    """``"immigrants labelled as illegal"`` → ``"number|illegal immigrant labelled"``; None if nothing is counted."""
    counted = figure.figure.counted
    if not counted:
        return None
    words = sorted({_singular(w) for w in _WORD.findall(counted.lower()) if w not in _FILLER})
    if not words:
        return None
    return f"{figure.figure.kind}|{figure.figure.unit or ''}|{' '.join(words)}"


def figure_tracks(figures: list[SiteFigure]) -> list[Track]:
    """Tracks of figures that count the same thing in at least two articles, largest first."""
    groups: dict[str, list[SiteFigure]] = {}
    for figure in figures:
        key = track_key(figure)
        if key is not None:
            groups.setdefault(key, []).append(figure)
    tracks = [_track(members) for members in groups.values() if len({f.article for f in members}) >= 2]
    tracks.sort(key=lambda t: (-len(t.figures), t.id, t.unit or ""))
    seen: dict[str, int] = {}
    for track in tracks:  # two tracks can share a label when their units differ
        seen[track.id] = seen.get(track.id, 0) + 1
        if seen[track.id] > 1:
            track.id = f"{track.id}-{seen[track.id]}"
    return tracks


def _track(members: list[SiteFigure]) -> Track:
    ordered = sorted(members, key=lambda f: (f.date, f.article, f.figure.start))
    first = ordered[0].figure
    label = first.counted or ""
    return Track(
        id=slugify(label),
        label=label,
        kind=first.kind,
        unit=first.unit,
        figures=ordered,
        disagreements=_disagreements(ordered),
    )


def _disagreements(ordered: list[SiteFigure]) -> list[Disagreement]:
    """Each report against the nearest earlier report from another article that gives a different number.

    One flag per report at most, so a track that a thousand articles report
    stays a list a reader can go through (all pairs would grow with its square).
    """
    days = [date.fromisoformat(f.date).toordinal() for f in ordered]
    found = []
    for j, b in enumerate(ordered):
        for i in range(j - 1, -1, -1):
            if days[j] - days[i] > DISAGREEMENT_WINDOW_DAYS:
                break
            a = ordered[i]
            if a.article != b.article and a.figure.value != b.figure.value:
                found.append(Disagreement(a, b))
                break
    return found


def _singular(word: str) -> str:
    """Crude plural folding, enough to match "returnee" with "returnees" ("immigrants", "people" stay apart)."""
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word
