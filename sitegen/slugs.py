"""Slugs: the one place that decides what a URL path segment may look like.

A slug is lower-case ASCII letters, digits and hyphens, so it can never name
a parent directory, an absolute path, a drive or a hidden file: nothing built
from slugs can leave ``public/``.
"""

from __future__ import annotations

import re
import unicodedata

_VALID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")
MAX_LENGTH = 80


class SlugError(ValueError):
    """A slug given in content is not usable as a URL segment."""


def slugify(text: str) -> str:
    """``"S. Jaishankar"`` → ``"s-jaishankar"``; accents are folded to ASCII."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = _NOT_ALNUM.sub("-", ascii_text.lower()).strip("-")[:MAX_LENGTH].strip("-")
    return slug or "untitled"


def check_slug(slug: str) -> str:
    """Return ``slug`` when it is valid as written, else raise :class:`SlugError` saying why."""
    if isinstance(slug, str) and _VALID.fullmatch(slug) and len(slug) <= MAX_LENGTH:
        return slug
    return _reject(slug)


def _reject(slug: str) -> str:
    if not isinstance(slug, str):
        raise SlugError(f"slug must be text, not {type(slug).__name__}")
    shown = repr(slug[:40])
    if "\0" in slug:
        raise SlugError(f"slug {shown} contains a NUL byte")
    if "/" in slug or "\\" in slug or ".." in slug or re.match(r"[A-Za-z]:", slug):
        raise SlugError(f"slug {shown} is a path; use letters, digits and hyphens only, e.g. {slugify(slug)!r}")
    if _VALID.fullmatch(slug):
        raise SlugError(f"slug {shown}... is {len(slug)} characters long; the limit is {MAX_LENGTH}")
    raise SlugError(f"slug {shown} is not valid; use lower-case letters, digits and hyphens, e.g. {slugify(slug)!r}")
