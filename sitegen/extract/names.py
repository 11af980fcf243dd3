"""Names mentioned in an article: the runs of capitalised words that could name a person.

Found once per article (and cached with it), so linking only has to look
each candidate up in people.yaml instead of scanning every article again.
"""

from __future__ import annotations

import re

_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’.-]{0,40}(?:[ \t]+[A-Z][\w'’.-]{0,40}){0,5}")
MAX_WORDS = 5
"""A title plus a four-word name; longer runs are headlines, not names."""


def name_candidates(text: str) -> list[str]:
    """Every run of up to five capitalised words, in order of first appearance, without repeats.

    ``"External Affairs Minister S. Jaishankar"`` yields the whole run and
    each shorter run inside it, so "S. Jaishankar" and "Jaishankar" are both
    there to be matched.
    """
    seen: dict[str, None] = {}
    for run in _CAPITALISED_RUN.findall(text):
        for words in _split_at_sentence_ends(run.split()):
            for i in range(len(words)):
                for j in range(min(len(words), i + MAX_WORDS), i, -1):
                    seen.setdefault(" ".join(words[i:j]))
    return list(seen)


_ABBREVIATIONS = frozenset(
    [
        "Mr.",
        "Mrs.",
        "Ms.",
        "Dr.",
        "Prof.",
        "St.",
        "Jr.",
        "Sr.",
        "Gen.",
        "Sen.",
        "Rep.",
        "Gov.",
        "Lt.",
        "Col.",
        "Capt.",
        "Smt.",
    ]
)


def _split_at_sentence_ends(words: list[str]) -> list[list[str]]:
    """``["Bo.", "Ann", "Lee"]`` → ``[["Bo"], ["Ann", "Lee"]]``: a full stop ends a name unless it marks
    an initial ("S.") or a title ("Mr.")."""
    parts: list[list[str]] = [[]]
    for word in words:
        if word.endswith(".") and len(word) > 2 and word not in _ABBREVIATIONS:
            parts[-1].append(word.rstrip("."))
            parts.append([])
        else:
            parts[-1].append(word.rstrip(",;:") if len(word) > 1 else word)
    return [p for p in parts if p]
