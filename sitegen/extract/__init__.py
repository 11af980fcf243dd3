"""Extract stage: statements and figures from one article body.

Pure functions from text to data; no I/O.  Offsets are Python string indices
into the body, so ``body[start:end] == text`` for every span.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date

from sitegen.model import Extraction, Figure, Statement

from .figures import extract_figures
from .names import name_candidates
from .statements import extract_statements

MAX_DIGIT_GROUPS = 20_000
"""Digit groups read for figures in one body (a long report has a few thousand).  Each figure costs tens of
microseconds, so a body made of millions of numbers would take minutes: past this many, the rest is not read
for figures, and the build says from which line (see :func:`figure_cut`)."""
_DIGIT_GROUP = re.compile(r"\d+")


def extract(body: str, article_date: date | None = None) -> Extraction:
    """Find statements and figures in ``body``; figures inside a statement get its speaker."""
    statements = extract_statements(body, article_date)
    cut = figure_cut(body)
    figures = extract_figures(body if cut is None else body[:cut], article_date)
    _credit_figures(statements, figures)
    return Extraction(statements, figures, name_candidates(body), figures_cut=cut)


def figure_cut(body: str) -> int | None:
    """Where reading figures stops: the line holding the digit group past :data:`MAX_DIGIT_GROUPS`, else None.

    Digit groups are separated by at least one other character, so a body shorter than
    ``2 * MAX_DIGIT_GROUPS + 1`` characters cannot hold one too many: every real article is
    answered without scanning its digits.
    """
    if len(body) <= 2 * MAX_DIGIT_GROUPS:
        return None
    for n, match in enumerate(_DIGIT_GROUP.finditer(body)):
        if n == MAX_DIGIT_GROUPS:
            return body.rfind("\n", 0, match.start()) + 1
    return None


def _credit_figures(statements: list[Statement], figures: list[Figure]) -> None:
    """A figure quoted inside a statement was cited by that statement's speaker.

    Content spans are looked up by bisection, so crediting stays linear-logarithmic
    even in an article with thousands of statements and figures.
    """
    spans = sorted(
        ((c.start, c.end, n) for n, st in enumerate(statements) if st.speaker for c in st.content),
        key=lambda span: span[:2],
    )
    starts = [span[0] for span in spans]
    for fig in figures:
        i = bisect_right(starts, fig.start) - 1
        if i >= 0 and fig.end <= spans[i][1]:
            st = statements[spans[i][2]]
            fig.speaker = st.speaker
            if fig.date is None:
                fig.date = st.date
