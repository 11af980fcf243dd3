"""Static full-text search: index the written site with Pagefind, in shards that a build rebuilds only when they change.

Pagefind reads the built HTML (only what sits inside ``data-pagefind-body``)
and writes a compressed index; the browser fetches index chunks on demand, so
search needs no server and works from any sub-path.  Pagefind has no
incremental mode, so the indexed pages are split into shards (see
:func:`plan`), each a Pagefind bundle of its own in ``public/pagefind/<shard>/``;
a build re-indexes only the shards holding a page whose key changed and
carries the others over.  ``public/pagefind/shards.json`` lists them, and the
search page (``templates/static/search.js``) merges their answers so that a
query finds exactly what one index over all pages would.  The binary comes
from the ``pagefind[bin]`` wheel (or a ``pagefind`` on PATH).  Without it the
site is still built; the search page then says search is unavailable.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import importlib.metadata
import json
import logging
import os
import re
import shutil
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

BUNDLE = "pagefind"
"""Folder of the index inside the site, as the search page expects it."""
LISTING = "shards.json"
"""The shard list inside :data:`BUNDLE`, removed first and written last: the search page reads it, and a build
trusts a shard folder only when a listing names it with its key."""
SHARD_PAGES = 128
MAX_SHARDS = 16
"""A section's pages go into a power of two of shards of about :data:`SHARD_PAGES` pages, at most :data:`MAX_SHARDS`.

An edit changes one article page and the pages of its people and topics
(9 pages on the 1k benchmark site: 1 article, 6 people, 2 topics), so it
re-indexes one article shard, several people shards and a topic shard; but
a search costs the reader's browser one index chunk request per shard and
query word.  Measured on the 1k site (1,653 indexed pages; 2 jobs; wall time
to index everything / after such an edit): one shard per section (4 shards)
5.2 / 5.1-5.8 s; 256 pages, 8 shards 4.9 / 1.2-1.3 s; 128 pages, 14 shards
4.0 / 1.1-1.2 s; 64 pages, 27 shards 6.3 / 0.7-1.0 s; 32 pages, 54 shards
6.9 / 0.6 s.  Below 128 pages an edit saves a few tenths of a second while
the requests per word double.  At 10,000 articles the cap gives article
shards of about 625 pages: 22 shards in all.
"""
SHARED_FILES = re.compile(r"pagefind\.js|pagefind-worker\.js|wasm\.[\w-]+\.pagefind")
"""Pagefind's script, worker and WebAssembly, the same in every bundle: kept in the first shard only, which the
search page loads Pagefind from."""
DATA_FILES = re.compile(r"pagefind-entry\.json|pagefind\.[\w-]+\.pf_meta|(index|fragment|filter)/[^/]+")
"""A shard's own files.  Pagefind's UI scripts and styles are left out: the search page draws its own results."""
TIMEOUT = 300
"""Seconds Pagefind may go without answering before it is taken to hang and stopped (see :class:`_Watchdog`)."""
INDEXED = frozenset({("articles",), ("people",), ("topics",), ("figures", "tracks")})
"""Folders whose ``*/index.html`` pages the templates mark with ``data-pagefind-body``.

Pagefind parses every page it is given, marked or not: on the whole site
(32,000 pages at 1,000 articles when each statement had a page) that took 66 s
and 0.9 GiB; on these pages alone, 8 s and 0.4 GiB for the same index.  A theme
that marks other pages must add them here.
"""
WINDOW = 16
"""Pages sent ahead of Pagefind's answers.  It queues what it has not indexed yet:
sending all 10,700 pages of the 10k site at once added up to 0.3 GiB to its peak."""
MARK = b"data-pagefind-"
BODY, IGNORE = MARK + b"body", MARK + b"ignore"

log = logging.getLogger(__name__)


class PagefindError(RuntimeError):
    """The Pagefind service answered with an error, or stopped before answering."""


def pagefind_binary() -> Path | None:
    """The Pagefind executable, or None when neither the wheel's binary nor one on PATH exists."""
    try:
        import pagefind_bin  # type: ignore[import-not-found]

        return Path(pagefind_bin.get_executable())
    except (ImportError, FileNotFoundError):
        found = shutil.which("pagefind")
        return Path(found) if found else None


@dataclass(frozen=True, slots=True)
class Shard:
    """One Pagefind bundle: its folder name, its pages (paths in the site), a key that changes when its index would."""

    name: str
    pages: tuple[str, ...]
    key: str


def index_site(root: Path, keys: Mapping[str, str] | None = None, published: Path | None = None, jobs: int = 1) -> bool:
    """Bring ``root/pagefind/`` up to date with the HTML in ``root``; False (and a warning) if search is off.

    ``keys`` gives a page's key by its path (a page it lacks is keyed by its
    bytes); ``published`` is the copy of the site whose unchanged shards are
    hard-linked rather than indexed again (see :func:`_refresh`); up to
    ``jobs`` shards are indexed at a time.  If any shard fails the whole
    index goes, so the site never serves shards of different builds.  Each
    shard gets its pages cut to what Pagefind indexes (see :func:`searchable`)
    and sorted by path (see :func:`indexed`), so the same site gives the same
    index on any file system, in any order and with any number of jobs.  (The
    templates use no ``data-pagefind-filter``: Pagefind 1.5 writes filter files
    in a random order.)
    """
    binary = pagefind_binary()
    if binary is None:
        return _disable(root, "the pagefind binary is missing (pip install 'pagefind[bin]')")
    try:
        shards = plan(_page_keys(root, keys or {}), _version(binary))
        _refresh(shards, root, (published or root) / BUNDLE, binary, jobs)
    except (OSError, subprocess.SubprocessError, PagefindError) as exc:
        return _disable(root, f"pagefind failed: {str(exc)[-500:]}")
    return True


def plan(keys: Mapping[str, str], version: str) -> list[Shard]:
    """Split the indexed pages (path → key) into shards, sorted by name; the first one carries Pagefind's scripts.

    A page's shard depends only on its section, its path and how many pages
    the section has (:func:`shard_count`), so an edit leaves every other shard
    with the same pages, and so the same key.
    """
    sections: dict[str, list[str]] = {}
    for rel in sorted(keys):
        sections.setdefault(rel.rsplit("/", 2)[0].replace("/", "-"), []).append(rel)
    members: dict[str, list[str]] = {}
    for section, pages in sections.items():
        count = shard_count(len(pages))
        for rel in pages:
            members.setdefault(f"{section}-{_bucket(rel, count):02d}", []).append(rel)
    names = sorted(members)
    return [
        Shard(name, tuple(members[name]), _shard_key(version, name == names[0], members[name], keys)) for name in names
    ]


def shard_count(pages: int) -> int:
    """Shards for a section of ``pages`` pages: a power of two, so a growing section seldom reshuffles its pages."""
    count = 1
    while count < MAX_SHARDS and count * SHARD_PAGES < pages:
        count *= 2
    return count


def _bucket(rel: str, count: int) -> int:
    """A stable hash of the page's path (Python's ``hash`` of a string changes from run to run)."""
    return int.from_bytes(hashlib.sha256(rel.encode("utf-8")).digest()[:8], "big") % count


def _shard_key(version: str, first: bool, pages: Iterable[str], keys: Mapping[str, str]) -> str:
    return hashlib.sha256(json.dumps([version, first, [(rel, keys[rel]) for rel in pages]]).encode()).hexdigest()


def _page_keys(root: Path, keys: Mapping[str, str]) -> dict[str, str]:
    """Path → key of every indexed page on disk: its build key, or the hash of its bytes when the build gave none."""
    paths = (path.relative_to(root).as_posix() for path in indexed(root))
    return {rel: keys.get(rel) or hashlib.sha256((root / rel).read_bytes()).hexdigest() for rel in paths}


def _version(binary: Path) -> str:
    """Pagefind's version, part of every shard's key so that an upgrade re-indexes instead of mixing versions.

    Read from the wheel's metadata, not by running the binary (10 ms a build);
    a binary from PATH is known by its name and size.
    """
    try:
        return "pagefind " + importlib.metadata.version("pagefind_bin")
    except importlib.metadata.PackageNotFoundError:
        return f"{binary.name} {binary.stat().st_size}"


def listed(bundle: Path) -> dict[str, str]:
    """Shard name → key of the shards a finished index in ``bundle`` holds ({} when there is none)."""
    try:
        shards = json.loads((bundle / LISTING).read_text(encoding="utf-8"))["shards"]
        return {s["name"]: s["key"] for s in shards if (bundle / s["name"]).is_dir()}
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def _refresh(shards: list[Shard], root: Path, source: Path, binary: Path, jobs: int) -> None:
    """Keep the shards ``root``'s listing names with their key, link those ``source``'s names, index the rest.

    ``root`` is the staging copy, which was the published site one build ago
    (the spare), so most shards are kept as they are.  The listing goes first
    and comes back last: a run that stops half-way leaves no listing, and
    nothing of its shards is trusted later.
    """
    bundle = root / BUNDLE
    kept, carried = listed(bundle), listed(source) if source != bundle else {}
    (bundle / LISTING).unlink(missing_ok=True)
    _prune(bundle, {shard.name for shard in shards})
    stale = [shard for shard in shards if kept.get(shard.name) != shard.key]
    for shard in stale:
        if carried.get(shard.name) == shard.key:
            _copy_tree(source / shard.name, bundle / shard.name)
    rebuild = [shard for shard in stale if carried.get(shard.name) != shard.key]
    log.info(
        "search: %d of %d shards to index (%d pages)", len(rebuild), len(shards), sum(len(s.pages) for s in rebuild)
    )
    _index_shards(rebuild, root, binary, jobs, first=shards[0].name if shards else "")
    listing = {"shards": [{"name": shard.name, "key": shard.key} for shard in shards]}
    bundle.mkdir(parents=True, exist_ok=True)
    (bundle / LISTING).write_text(json.dumps(listing, indent=1) + "\n", encoding="utf-8")


def _disable(root: Path, why: str) -> bool:
    log.warning("search is disabled: %s", why)
    shutil.rmtree(root / BUNDLE, ignore_errors=True)
    return False


def _prune(bundle: Path, names: set[str]) -> None:
    """Remove from ``bundle`` all but the folders of the shards in ``names`` (gone shards, an older layout)."""
    for entry in sorted(bundle.iterdir()) if bundle.is_dir() else ():
        if entry.name not in names or not entry.is_dir():
            shutil.rmtree(entry) if entry.is_dir() else entry.unlink()


def _index_shards(shards: list[Shard], root: Path, binary: Path, jobs: int, first: str) -> None:
    """Index the shards, ``jobs`` Pagefind services at a time (each uses one core and holds only its own shard)."""
    with ThreadPoolExecutor(max_workers=max(1, min(jobs, len(shards)))) as pool:
        for _ in pool.map(lambda shard: _index_shard(shard, root, binary, shard.name == first), shards):
            pass


def _index_shard(shard: Shard, root: Path, binary: Path, first: bool) -> None:
    """Index one shard's pages into its folder of ``root/pagefind``, keeping only the files the search page reads."""
    pages = ((page_url(root, root / rel), searchable((root / rel).read_bytes())) for rel in shard.pages)
    wanted = functools.partial(_wanted, first=first)
    keep = functools.partial(_update, root / BUNDLE / shard.name, wanted=wanted)
    _run_service(binary, ((url, html) for url, html in pages if html is not None), keep)


def _wanted(rel: str, first: bool) -> bool:
    return bool(DATA_FILES.fullmatch(rel) or (first and SHARED_FILES.fullmatch(rel)))


def indexed(public_dir: Path) -> Iterator[Path]:
    """The pages in the :data:`INDEXED` folders, sorted by path.

    Pagefind numbers pages in the order it is given them, and the numbers
    decide both the index bytes and the order of equally ranked results.
    Its own ``--site`` walk follows the directory listing, which differs
    between file systems (ext4 hashes names, tmpfs lists the newest first):
    the same site gave a different index in ``/tmp`` and in ``/dev/shm``.
    """
    for folder in sorted(INDEXED):
        top = public_dir.joinpath(*folder)
        pages = sorted(os.listdir(top)) if top.is_dir() else []
        yield from (page for page in (top / name / "index.html" for name in pages) if page.is_file())


def page_url(public_dir: Path, page: Path) -> str:
    """The URL Pagefind gives ``page``: its folder, from the site root."""
    return "/" + page.parent.relative_to(public_dir).as_posix() + "/"


def searchable(html: bytes) -> str | None:
    """What Pagefind indexes of a page: its ``<html>`` tag (the language), ``<title>`` and marked body.

    The body loses its ``data-pagefind-ignore`` elements (Pagefind skips them),
    which spares Pagefind parsing the JSON-LD and the summary aside of an
    article page.  None for an unmarked page (Pagefind leaves those out once
    any page is marked); the whole page when a Pagefind attribute sits outside
    the body or inside an ignored element, whose handling is Pagefind's to know,
    or when a page's text names one.  It works on bytes and decodes only what
    it keeps: searching decoded text was most of its cost on person and track pages.
    """
    at = html.find(BODY)
    if at < 0:
        return None
    start = _tag_start(html, at)
    end = _element_end(html, start) if start is not None else 0
    body = _without_ignored(html, start, end) if start is not None else None
    if body is None or html.count(MARK, 0, start) or html.count(MARK, end):
        return html.decode("utf-8")
    root = re.search(rb"<html\b[^>]*>", html)
    title = re.search(rb"<title>.*?</title>", html, re.DOTALL)
    head = (root.group() if root else b"<html>", b"<head>", title.group() if title else b"", b"</head><body>")
    return b"".join((*head, *body, b"</body></html>")).decode("utf-8")


def _without_ignored(html: bytes, start: int, end: int) -> list[bytes] | None:
    """The parts of ``html[start:end]`` outside ignored elements; None when one holds other Pagefind attributes."""
    kept, at = [], start
    while (found := html.find(IGNORE, at, end)) >= 0:
        tag = _tag_start(html, found)
        if tag is None or tag < at:
            return None
        close = _element_end(html, tag)
        if html.count(MARK, tag, close) > 1:
            return None
        kept.append(html[at:tag])
        at = close
    kept.append(html[at:end])
    return kept


def _tag_start(html: bytes, at: int) -> int | None:
    """Where the start tag holding the attribute at ``at`` begins; None when ``at`` is text, not in a tag."""
    start = html.rfind(b"<", 0, at)
    return None if start < 0 or html.find(b">", start, at) >= 0 else start


def _element_end(html: bytes, start: int) -> int:
    """Where the element whose start tag begins at ``start`` ends, counting nested elements of its name."""
    name = re.match(rb"<([\w-]+)", html[start : start + 64])
    if name is None:
        raise ValueError(f"no tag at {start}")
    opens, close = re.compile(rb"<" + name.group(1) + rb"[\s>]"), b"</" + name.group(1) + b">"
    depth, at, end = 0, start, -1
    while True:
        if end < at:  # the next close moves only once it is passed: one scan of the page, however deep the nesting
            end = html.find(close, at)
        if end < 0:
            return len(html)
        if opened := opens.search(html, at, end):
            depth, at = depth + 1, opened.end()
            continue
        depth, at = depth - 1, end + len(close)
        if depth == 0:
            return at


def _run_service(binary: Path, pages: Iterable[tuple[str, str]], keep: Callable[[Iterator[File]], None]) -> None:
    """Index ``pages`` (URL, HTML) with ``pagefind --service``; ``keep`` takes the bundle's files as they arrive.

    The service is what Pagefind's own Python and Node APIs drive: base64 JSON
    messages ended by a comma, each answered in turn.  The Python API waits
    0.1 s per answer, 1,000 s for 10,000 pages, so this talks to it directly:
    a thread sends every page while this one reads the answers.  The bundle
    comes back as one answer (100 MB at 10k articles), read file by file, so
    neither a second copy on disk nor the whole answer in memory is needed.
    """
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(
            [str(binary), "--service"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=errors
        )
        try:
            with _Watchdog(process) as watchdog:
                _converse(process, pages, keep, watchdog.heard)
        except PagefindError as exc:
            errors.seek(0)
            raise PagefindError(f"{exc} {errors.read().decode('utf-8', 'replace')}") from None
        finally:
            process.kill()
            process.wait()


class _Watchdog:
    """Kills Pagefind once it has said nothing for :data:`TIMEOUT` seconds.

    A limit on the whole run, as there was, cuts a large site's index short
    (Pagefind took 112 s at 30,000 articles, and a bigger site or a slower or
    busier machine takes longer); a Pagefind that hangs goes quiet instead.
    """

    def __init__(self, process: subprocess.Popen[bytes]) -> None:
        self._process, self._last = process, time.monotonic()
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="pagefind-watchdog", daemon=True)

    def heard(self) -> None:
        self._last = time.monotonic()

    def _watch(self) -> None:
        while not self._done.wait(min(1.0, TIMEOUT)):
            if time.monotonic() - self._last > TIMEOUT:
                self._process.kill()
                return

    def __enter__(self) -> _Watchdog:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._done.set()
        self._thread.join()


def _converse(
    process: subprocess.Popen[bytes],
    pages: Iterable[tuple[str, str]],
    keep: Callable[[Iterator[File]], None],
    heard: Callable[[], None],
) -> None:
    """Send ``pages`` and hand the bundle to ``keep``; ``heard`` is called whenever Pagefind says something."""
    assert process.stdin is not None and process.stdout is not None
    answers = _Answers(process.stdout, heard)
    _send(process.stdin, 0, {"type": "NewIndex", "config": None})
    index = answers.small()["index_id"]
    window, stop, failed = threading.Semaphore(WINDOW), threading.Event(), list[BaseException]()
    sender = threading.Thread(target=_send_pages, args=(process.stdin, index, pages, window, stop, failed), daemon=True)
    sender.start()
    try:
        while answers.kind() != b"GetFiles":
            answers.small()
            window.release()
        keep(answers.files())
    except PagefindError as exc:
        raise PagefindError(f"{exc} {''.join(map(repr, failed))}") from None
    finally:
        stop.set()
        window.release(WINDOW)
        sender.join()


def _send_pages(
    stdin: IO[bytes],
    index: int,
    pages: Iterable[tuple[str, str]],
    window: threading.Semaphore,
    stop: threading.Event,
    failed: list[BaseException],
) -> None:
    """Send every page, at most :data:`WINDOW` ahead of the answers, then ask for the files.

    A page that cannot be read closes the pipe, so Pagefind stops and the
    reader reports it; a broken pipe means Pagefind stopped by itself.
    """
    try:
        for number, (url, html) in enumerate(pages, 1):
            window.acquire()
            if stop.is_set():
                return
            _send(stdin, number, {"type": "AddFile", "index_id": index, "url": url, "file_contents": html})
        _send(stdin, 0, {"type": "GetFiles", "index_id": index})
    except BrokenPipeError:
        pass
    except Exception as exc:  # the reader thread reports it
        failed.append(exc)
        stdin.close()


def _send(stdin: IO[bytes], number: int, payload: dict[str, object]) -> None:
    stdin.write(base64.b64encode(json.dumps({"message_id": number, "payload": payload}).encode("utf-8")) + b",")
    stdin.flush()


File = tuple[str, bytes]
"""A file of the bundle: its path inside it and its bytes."""
_FILE = re.compile(rb'\{"path":"([^"\\]*)","content":"([A-Za-z0-9+/=]*)"\}')
_FILES_START, _FILES_END = b'"files":[', b"]}}"


class _Answers:
    """Pagefind's answers on its stdout, in order; an error answer, or Pagefind stopping, raises."""

    def __init__(self, stdout: IO[bytes], heard: Callable[[], None]) -> None:
        self.stdout, self.buffer, self.heard = stdout, bytearray(), heard

    def kind(self) -> bytes:
        """The type of the next answer, read from its first bytes without taking it."""
        while len(self.buffer) < 96 and self.buffer.find(b",") < 0:
            self._read()
        head = base64.b64decode(self.buffer[: min(96, _end(self.buffer))])
        found = re.search(rb'"type":"(\w+)"', head)
        if found is None:
            raise PagefindError(f"unexpected answer {head!r}")
        return found.group(1)

    def small(self) -> dict[str, Any]:
        """The next answer, decoded whole."""
        answer = json.loads(base64.b64decode(b"".join(self._message())))["payload"]
        if answer["type"] == "Error":
            raise PagefindError(answer.get("message", "pagefind failed"))
        return dict(answer)

    def files(self) -> Iterator[File]:
        """The files of the next answer, the bundle, decoded one by one as its text arrives."""
        text, carry, at = bytearray(), b"", -1
        for chunk in self._message():
            chunk = carry + chunk
            whole = len(chunk) - len(chunk) % 4
            text += base64.b64decode(chunk[:whole])
            carry = chunk[whole:]
            if at < 0 and (start := text.find(_FILES_START)) >= 0:
                at = start + len(_FILES_START)
            while at >= 0 and (file := _FILE.match(text, at)):
                yield file.group(1).decode("utf-8"), base64.b64decode(file.group(2))
                at = file.end() + (text[file.end() : file.end() + 1] == b",")
            if at > 0:
                del text[:at]
                at = 0
        if carry or bytes(text) != _FILES_END:
            raise PagefindError(f"unexpected end of the files answer {bytes(text[:100])!r}")

    def _message(self) -> Iterator[bytes]:
        """The next answer's base64 text, in pieces as it arrives."""
        while (comma := self.buffer.find(b",")) < 0:
            if self.buffer:
                yield bytes(self.buffer)
                self.buffer.clear()
            self._read()
        yield bytes(self.buffer[:comma])
        del self.buffer[: comma + 1]

    def _read(self) -> None:
        chunk = self.stdout.read1(1 << 20)  # type: ignore[attr-defined]
        if not chunk:
            raise PagefindError("pagefind stopped before answering")
        self.heard()
        self.buffer += chunk


def _end(buffer: bytearray) -> int:
    """Where the first answer in ``buffer`` ends, rounded down to whole base64 quads."""
    comma = buffer.find(b",")
    end = len(buffer) if comma < 0 else comma
    return end - end % 4


def _update(bundle: Path, files: Iterator[File], wanted: Callable[[str], bool]) -> None:
    """Make ``bundle`` hold exactly the ``wanted`` ``files``, rewriting only those that changed.

    Most of an index survives an edit (each page's fragment file is named by its
    content), and deleting files written by an earlier build is what costs here:
    1.3 s for the 1,900 files of the 1k corpus's index on this machine's disk.
    """
    old = {p.relative_to(bundle).as_posix() for p in bundle.rglob("*") if p.is_file()} if bundle.is_dir() else set()
    new = set()
    for rel, content in files:
        if not wanted(rel):
            continue
        new.add(rel)
        target = bundle / rel
        if rel in old and target.read_bytes() == content:
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.unlink(missing_ok=True)  # a hard link into the published index must not be written through
        target.write_bytes(content)
    for rel in sorted(old - new):
        (bundle / rel).unlink()


def _copy_tree(source: Path, target: Path) -> None:
    """Make ``target`` a copy of the folder ``source`` made of hard links (an unchanged shard of the published site)."""
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source, target, copy_function=_link_or_copy)


def _link_or_copy(source: str, target: str) -> None:
    try:
        os.link(source, target)
    except OSError:  # a file system without hard links
        shutil.copy2(source, target)
