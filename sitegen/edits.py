"""Editors stay in control: front matter can suppress, correct or add statements.

```yaml
statements:
  suppress: [s-0123456789]                      # a wrong statement, by its id
  correct:
    s-abcdef0123: {speaker: s-jaishankar}       # a people id or a name
  add:
    - quote: "exact words as they stand in the article"
      speaker: raja-ram-singh
      kind: direct                              # optional: direct, indirect or mixed
      date: 2025-02-04                          # optional
```

Ids are the ones shown on the site (each statement's anchor and URL); they
come from what the extractor found, so an edit keeps pointing at the same
statement from build to build.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from sitegen.errors import ContentError
from sitegen.model import Article, Span, Statement
from sitegen.people import PeopleIndex

KINDS = ("direct", "indirect", "mixed")


class EditError(ValueError):
    """An edit that cannot be applied; the message says why."""


def edits_of(article: Article) -> dict[str, Any]:
    edits = article.edits.get("statements") or {}
    return edits if isinstance(edits, dict) else {}


def suppressed(article: Article) -> set[str]:
    return {str(i) for i in edits_of(article).get("suppress") or []}


def corrections(article: Article) -> dict[str, dict[str, Any]]:
    found = edits_of(article).get("correct") or {}
    return {str(k): v for k, v in found.items() if isinstance(v, dict)} if isinstance(found, dict) else {}


def added_statements(article: Article) -> list[Statement]:
    """Statements an editor added, located in the article body by their exact words."""
    return [_added(article, item) for item in edits_of(article).get("add") or []]


def _added(article: Article, item: Any) -> Statement:
    if not isinstance(item, dict) or not isinstance(item.get("quote"), str) or not item.get("speaker"):
        raise EditError("each added statement needs 'quote' (the exact words) and 'speaker'")
    quote = item["quote"]
    start = article.body.find(quote)
    if start < 0:
        raise EditError(f"added statement not found in the article text: {quote[:60]!r}")
    kind = item.get("kind") or ("direct" if re.match(r"[\"“‘'«„]", quote) else "indirect")
    if kind not in KINDS:
        raise EditError(f"kind must be one of {', '.join(KINDS)}, not {kind!r}")
    return Statement(
        kind=kind,
        speaker=str(item["speaker"]),
        source=None,
        cue=None,
        content=[Span(start, start + len(quote), quote)],
        date=_iso(item.get("date")),
    )


def corrected_speaker(index: PeopleIndex, value: Any, context: list[str]) -> tuple[str, str]:
    """(person id, display name) for a corrected speaker given as a people id or a name."""
    text = str(value)
    if text in index.people:
        return text, index.people[text].name
    found = index.lookup(text, context)
    if found is None:
        raise EditError(f"corrected speaker {text!r} is not an id or name in people.yaml")
    return found, index.people[found].name


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise EditError(f"date must be YYYY-MM-DD, not {value!r}") from None


def edit_error(article: Article, message: str) -> ContentError:
    return ContentError(article.path, None, f"front matter 'statements': {message}")
