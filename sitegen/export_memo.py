"""Encoded export records kept between builds.

Each data export (``data/statements.json`` and the other three) is one line
or row per statement or figure, and an edit changes the records of one
article only; yet encoding every record again (``to_jsonable``, then the JSON
or CSV encoder) was about 4.5 s of CPU of a 14 s one-article edit at 1,000
articles.  So each export keeps its encoded records in a file of its own,
keyed by a digest of the record's ``repr``: a dataclass's ``repr`` shows every
field, nested ones included, so it changes whenever anything the record
exports changes, and it costs a fraction of encoding.  The key is salted with
the code that encodes.

The files hold only the entries the last build used; like the rest of the
cache they may be deleted or damaged at any time: a bad file is a miss for
every record.  One ``marshal`` file per export: data only, no code runs when
it is read.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import marshal
import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

FORMAT = 1
"""Bumped when the file's layout changes."""

log = logging.getLogger(__name__)


class RecordMemo:
    """:meth:`encoded` is ``map(encode, items)``, answered from the last build where a record is unchanged."""

    def __init__(self, folder: Path, salt: bytes, read: bool = True, keyed: Sequence[Sequence[Any]] = ()) -> None:
        """``keyed``: the lists the exports will be given, keyed here at once.

        A build keys them in the parent before the render workers fork, so the
        JSON and the CSV export of one list, rendered in different workers,
        do not both key every record.
        """
        self.folder, self.read, self._salt = folder, read, salt
        self._keys = {id(items): (items, _digests(items, salt)) for items in keyed}
        """Each entry holds its list, so no other list can take its ``id()`` while this lives."""

    def keys(self, items: Sequence[Any]) -> list[bytes]:
        """Each record's key."""
        found = self._keys.get(id(items))
        return found[1] if found is not None else _digests(items, self._salt)

    def encoded(self, name: str, items: Sequence[Any], encode: Callable[[Any], str]) -> list[str]:
        """``[encode(item) for item in items]``, reusing the texts of the memo file ``name``; saves what it used."""
        path = self.folder / f"{name}.bin"
        old = _load(path) if self.read else {}
        used: dict[bytes, str] = {}
        texts = []
        for key, item in zip(self.keys(items), items, strict=True):
            text = used.get(key) or old.get(key)
            if not isinstance(text, str):
                text = encode(item)
            used[key] = text
            texts.append(text)
        _save(path, used)
        return texts


_ACTIVE: RecordMemo | None = None
"""The memo of the build that is rendering (see :func:`kept`)."""


@contextlib.contextmanager
def kept(memo: RecordMemo) -> Iterator[None]:
    """Within the block, :func:`encoded` uses ``memo`` (forked render workers inherit it)."""
    global _ACTIVE
    _ACTIVE = memo
    try:
        yield
    finally:
        _ACTIVE = None


def encoded(name: str, items: Sequence[Any], encode: Callable[[Any], str]) -> list[str]:
    """``[encode(item) for item in items]``: through the build's memo, or directly outside :func:`kept`."""
    if _ACTIVE is None:
        return [encode(item) for item in items]
    return _ACTIVE.encoded(name, items, encode)


def _digests(items: Sequence[Any], salt: bytes) -> list[bytes]:
    """A digest of the salt and each record's ``repr``."""
    return [hashlib.blake2b(repr(item).encode(), digest_size=16, key=salt).digest() for item in items]


def _load(path: Path) -> dict[bytes, Any]:
    """The saved entries, or none when the file is missing, damaged or of another format (marshal runs no code)."""
    try:
        version, entries = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return entries if version == FORMAT and isinstance(entries, dict) else {}


def _save(path: Path, entries: dict[bytes, str]) -> None:
    """Keep what this build used (a file never grows beyond one export's worth); a write error only warns."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(marshal.dumps((FORMAT, entries)))
        os.replace(tmp, path)
    except OSError as exc:
        log.warning("the cache in %s cannot be written (%s); building without it", path.parent, exc)
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
