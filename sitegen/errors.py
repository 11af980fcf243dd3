"""Errors a user can act on: each names the file and line it is about."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class ContentError(Exception):
    """A problem in a content or configuration file, shown as ``path:line: message``."""

    path: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"

    def __reduce__(self):  # type: ignore[no-untyped-def]
        # Errors cross process boundaries (parallel parsing and rendering); the default
        # Exception pickling would call ContentError() without its fields.
        return (type(self), (self.path, self.line, self.message))


_frozen_setattr = ContentError.__setattr__


def _setattr(self: ContentError, name: str, value: object) -> None:
    """Fields stay frozen; Python's own exception attributes can still be set.

    ``concurrent.futures`` sets ``exc.__traceback__ = None`` on an error raised in
    a worker process; a plain frozen dataclass refuses that and the worker dies.
    """
    if name.startswith("__") and name.endswith("__"):
        object.__setattr__(self, name, value)
    else:
        _frozen_setattr(self, name, value)


ContentError.__setattr__ = _setattr  # type: ignore[method-assign,assignment]


class BuildError(Exception):
    """The build stopped; ``errors`` lists every content error that caused it."""

    def __init__(self, errors: list[ContentError]) -> None:
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return (type(self), (self.errors,))


def display_path(path: Path, root: Path) -> str:
    """``path`` relative to the site directory when it is inside it, for messages."""
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()
