"""Statements: placeholder until the statement rules land."""

from __future__ import annotations

from datetime import date

from sitegen.model import Statement


def extract_statements(text: str, article_date: date | None = None) -> list[Statement]:
    """Statements found in ``text``."""
    return []
