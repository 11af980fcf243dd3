"""Encoded export records kept between builds.

Each data export (``data/statements.json`` and the other three) is one line
or row per statement or figure, and an edit changes the records of one
article only; yet encoding every record again (``to_jsonable``, then the JSON
or CSV encoder) was about 4.5 s of CPU of a 14 s one-article edit at 1,000
articles.  So each export keeps, in a file of its own, its last text and
each record's key and length.  The key is a digest of the record serialised
with every field, nested ones included (:func:`sitegen.export.record_bytes`),
so it changes whenever anything the record exports changes, at a fraction
of the cost of encoding; it is salted with the code that encodes.

The records before and after an edited article run as they did last time,
so their text is copied from the last one a run at a time; only where the
runs break is a record looked up or encoded.  A file of one entry per record
(a ``dict`` of 800,000 texts at 10,000 articles) took 3.8 s of an edit's CPU
to read and write, most of it making and freeing those objects.

The files hold only what the last build exported; like the rest of the
cache they may be deleted or damaged at any time: a bad file is a miss for
every record.  One ``marshal`` file per export: data only, no code runs when
it is read.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import logging
import marshal
import os
import zlib
from array import array
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

FORMAT = 5
"""Bumped when the file's layout changes."""
KEY_SIZE = 16
"""Bytes of a record's key."""

Around = tuple[str, str]
"""What an export has before its first record and after its last."""

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Texts:
    """An export as one text: what comes before the records, ``sep.join`` of their texts, what comes after.

    With each record's key and length.
    """

    sep: bytes
    keys: bytes
    """The records' keys, one after the other."""
    lengths: array[int]
    text: bytes
    """UTF-8, as are ``sep`` and the lengths: slices of it are copied once, into the new text, and never decoded."""
    head: int = 0
    """Where the first record starts in :attr:`text`."""

    def __len__(self) -> int:
        return len(self.lengths)


class RecordMemo:
    """:meth:`joined` is ``head + sep.join(map(encode, items)) + tail``, from the last build's text where it can."""

    def __init__(
        self,
        folder: Path,
        salt: bytes,
        serialise: Callable[[Any], bytes],
        read: bool = True,
        keyed: Sequence[Sequence[Any]] = (),
    ) -> None:
        """``serialise``: a record as bytes that show all it exports.  ``keyed``: the lists the exports will be
        given, keyed here at once.

        A build keys them in the parent before the render workers fork, so the
        JSON and the CSV export of one list, rendered in different workers,
        do not both key every record.
        """
        self.folder, self.read, self._salt, self._serialise = folder, read, salt, serialise
        self._keys = {id(items): (items, self._digests(items)) for items in keyed}
        """Each entry holds its list, so no other list can take its ``id()`` while this lives."""

    def keys(self, items: Sequence[Any]) -> list[bytes]:
        """Each record's key."""
        found = self._keys.get(id(items))
        return found[1] if found is not None else self._digests(items)

    def _digests(self, items: Sequence[Any]) -> list[bytes]:
        """A digest of the salt and each record's bytes."""
        salt, serialise = self._salt, self._serialise
        return [hashlib.blake2b(serialise(item), digest_size=KEY_SIZE, key=salt).digest() for item in items]

    def joined(self, name: str, items: Sequence[Any], encode: Callable[[Any], str], sep: str, around: Around) -> bytes:
        """``head + sep.join(map(encode, items)) + tail`` as UTF-8, reusing the memo file ``name``; saves the new one.

        Bytes, never text: an export is hundreds of MB at 10,000 articles, and
        as a ``str`` (two bytes a character once one is beyond Latin-1) and
        encoded again it took twice the memory of the bytes alone.
        """
        path, none, edges = self.folder / f"{name}.bin", Texts(sep.encode(), b"", array("q"), b""), _utf8(around)
        new = reuse(_load(path, none.sep) if self.read else none, self.keys(items), items, encode, edges)
        _save(path, new)
        return new.text


def reuse(
    old: Texts, keys: list[bytes], items: Sequence[Any], encode: Callable[[Any], str], around: tuple[bytes, bytes]
) -> Texts:
    """The records ``items`` (with ``keys``) between ``around`` as :class:`Texts`, taking from ``old`` what it holds.

    Records that follow each other as they did in ``old`` are copied as one
    run; where they stop doing so, the next record is looked up among all of
    ``old``'s and the run goes on from there, or it is encoded.
    """
    blob, gap, text = b"".join(keys), len(old.sep), memoryview(old.text)
    starts = list(itertools.accumulate(old.lengths, initial=old.head))  # + gap * j: where old's record j starts
    runs: list[bytes | memoryview] = []
    lengths = array("q")
    where: dict[bytes, int] | None = None
    i = j = 0
    while i < len(keys):
        count = _same_run(old.keys, j, blob, i, min(len(old) - j, len(keys) - i))
        if count:
            runs.append(text[starts[j] + gap * j : starts[j + count] + gap * (j + count - 1)])
            lengths += old.lengths[j : j + count]
            i, j = i + count, j + count
            continue
        where = _positions(old.keys) if where is None else where
        if keys[i] in where:
            j = where[keys[i]]
            continue
        runs.append(encode(items[i]).encode())
        lengths.append(len(runs[-1]))
        i += 1
    return Texts(old.sep, blob, lengths, _between(around, old.sep, runs), len(around[0]))


def _between(around: tuple[bytes, bytes], sep: bytes, runs: list[bytes | memoryview]) -> bytes:
    """``head + sep.join(runs) + tail`` in one copy (``bytes.join`` copies each memoryview once)."""
    pieces: list[bytes | memoryview] = [around[0]]
    for run in runs:
        pieces += [sep, run] if len(pieces) > 1 else [run]
    return b"".join([*pieces, around[1]])


def _same_run(old: bytes, j: int, new: bytes, i: int, most: int) -> int:
    """How many keys (at most ``most``) of ``new`` from its ``i``-th on equal those of ``old`` from its ``j``-th.

    The span compared doubles while it matches, then halves: each byte is compared about twice.
    """

    def same(done: int, count: int) -> bool:
        return (
            old[(j + done) * KEY_SIZE : (j + done + count) * KEY_SIZE]
            == new[(i + done) * KEY_SIZE : (i + done + count) * KEY_SIZE]
        )

    done, step = 0, 1
    while done + step <= most and same(done, step):
        done, step = done + step, step * 2
    while step > 1:
        step //= 2
        if done + step <= most and same(done, step):
            done += step
    return done


def _positions(keys: bytes) -> dict[bytes, int]:
    """Each key's position in ``keys`` (the last, for a repeated one)."""
    return {keys[at : at + KEY_SIZE]: at // KEY_SIZE for at in range(0, len(keys), KEY_SIZE)}


_ACTIVE: RecordMemo | None = None
"""The memo of the build that is rendering (see :func:`kept`)."""


@contextlib.contextmanager
def kept(memo: RecordMemo) -> Iterator[None]:
    """Within the block, :func:`joined` uses ``memo`` (forked render workers inherit it)."""
    global _ACTIVE
    _ACTIVE = memo
    try:
        yield
    finally:
        _ACTIVE = None


def joined(name: str, items: Sequence[Any], encode: Callable[[Any], str], sep: str, around: Around) -> bytes:
    """``head + sep.join(map(encode, items)) + tail`` as UTF-8: through the build's memo, or directly outside
    :func:`kept`."""
    if _ACTIVE is None:
        return (around[0] + sep.join(map(encode, items)) + around[1]).encode()
    return _ACTIVE.joined(name, items, encode, sep, around)


def _utf8(around: Around) -> tuple[bytes, bytes]:
    return around[0].encode(), around[1].encode()


def _load(path: Path, sep: bytes) -> Texts:
    """The saved texts, or none when the file is missing, damaged or of another format (marshal runs no code).

    The file is a marshal header (the format, :class:`Texts` but its text, and
    the text's CRC-32), followed by the text, which goes into the new export as
    it is: a text whose CRC does not match is a miss, not a damaged export.
    """
    none = Texts(sep, b"", array("q"), b"")
    try:
        with path.open("rb") as file:
            version, saved_sep, keys, lengths, head, crc = marshal.load(file)
            texts = Texts(sep, keys, array("q", lengths), file.read(), head)
    except (OSError, ValueError, EOFError, TypeError):
        return none
    whole = (
        isinstance(keys, bytes)
        and isinstance(head, int)
        and len(keys) == KEY_SIZE * len(texts)
        and min(texts.lengths, default=0) >= 0
        and 0 <= head <= head + sum(texts.lengths) + len(sep) * max(len(texts) - 1, 0) <= len(texts.text)
        and crc == zlib.crc32(texts.text)
    )
    return texts if version == FORMAT and saved_sep == sep and whole else none


def _save(path: Path, texts: Texts) -> None:
    """Keep this build's texts (a file never grows beyond one export's worth); a write error only warns."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tmp.open("wb") as file:
            header = (FORMAT, texts.sep, texts.keys, texts.lengths.tobytes(), texts.head, zlib.crc32(texts.text))
            file.write(marshal.dumps(header))
            file.write(texts.text)
        os.replace(tmp, path)
    except OSError as exc:
        log.warning("the cache in %s cannot be written (%s); building without it", path.parent, exc)
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
