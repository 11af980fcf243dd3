"""Figures: placeholder until the figure rules land."""

from __future__ import annotations

from datetime import date

from sitegen.model import Figure


def extract_figures(text: str, article_date: date | None = None) -> list[Figure]:
    """Figures found in ``text``."""
    return []
