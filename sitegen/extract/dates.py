"""Dates written in article text, resolved against the article's own date.

dateparser does the reading; relative forms ("yesterday", "on Tuesday") are
anchored to the article date, never to the day of the build, so builds stay
deterministic.
"""

from __future__ import annotations

import functools
import re
from datetime import date, datetime


@functools.lru_cache(maxsize=4096)
def resolve_date(expression: str, relative_to: date | None) -> str | None:
    """ISO date for ``expression`` ("February 4", "yesterday"), or None if it is not a date.

    Without an article date, relative expressions cannot be anchored and give None.
    """
    import dateparser  # imported lazily: it takes half a second to load

    base = datetime(relative_to.year, relative_to.month, relative_to.day) if relative_to else None
    if base is None and _is_relative(expression):
        return None
    settings = {
        "PREFER_DATES_FROM": "past",
        "RELATIVE_BASE": base or datetime(2000, 1, 1),
        "REQUIRE_PARTS": ["day", "month"],
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    parsed = dateparser.parse(expression, languages=["en"], settings=settings)  # type: ignore[arg-type]
    if parsed is None:
        return None
    if base is None and not _YEAR.search(expression):
        return None  # "February 4" needs an article date to pick the year
    return parsed.date().isoformat()


_YEAR = re.compile(r"\b\d{4}\b")
_RELATIVE_WORDS = frozenset(
    "yesterday today tomorrow monday tuesday wednesday thursday friday saturday sunday last next ago".split()
)


def _is_relative(expression: str) -> bool:
    return any(w.strip(",.").lower() in _RELATIVE_WORDS for w in expression.split())
