"""Read stage: content files into :class:`Article`, :class:`Person` and :class:`Topic`.

All I/O on the content side happens here.  Every problem becomes a
:class:`ContentError` naming the file and line.
"""

from __future__ import annotations

import re
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, NoReturn, TypeVar

import yaml
from frontmatter.default_handlers import YAMLHandler
from markdown_it import MarkdownIt

from sitegen.errors import ContentError, display_path
from sitegen.markdown import render_markdown
from sitegen.model import Article, Person, Role, Topic
from sitegen.slugs import SlugError, check_slug, slugify

_YAML = YAMLHandler()


class _SafeLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """libyaml's safe loader when PyYAML was built with it (same results, many times faster).

    A date that looks like one but does not exist (2025-02-30) is a YAML error on its line,
    not a crash.
    """


def _timestamp(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> object:
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
    except ValueError as exc:
        raise yaml.constructor.ConstructorError(
            None, None, f"{node.value!r} is not a real date ({exc}); write it as YYYY-MM-DD", node.start_mark
        ) from None


_SafeLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)
_SAFE_LOADER = _SafeLoader
MAX_ARTICLE_BYTES = 20 * 1024 * 1024
"""Larger article files are refused: nobody writes a 20 MB news article, and extraction time grows with size."""
SOURCE_KEYS = {"name", "url"}
PERSON_KEYS = {"id", "name", "aliases", "roles", "description", "links"}
TOPIC_KEYS = {"id", "name", "description", "keywords"}
_URL = re.compile(r"https?://[^\s\x00-\x1f\x7f]+", flags=re.I)
ARTICLE_KEYS = {
    "title", "date", "source", "source_url", "author", "topics", "people", "summary", "draft", "slug",
    "statements",
}  # fmt: skip


@dataclass(slots=True)
class Content:
    """Everything under ``content/``, plus the errors found while reading it."""

    articles: list[Article] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    topics: list[Topic] = field(default_factory=list)
    errors: list[ContentError] = field(default_factory=list)


def read_text(path: Path, shown: str) -> str:
    """The file as text; a BOM is dropped, and bytes that are not UTF-8 are an error with their line.

    A file whose only line ends are ``\\r`` (classic Mac) is read with ``\\n``.
    """
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ContentError(shown, None, f"cannot be read: {_os_reason(exc)}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ContentError(shown, line, "not UTF-8 text; save the file as UTF-8") from None
    if "\r" in text and "\n" not in text:
        text = text.replace("\r", "\n")  # classic Mac line ends: YAML and front matter need \n
    return text


def _os_reason(exc: OSError) -> str:
    return exc.strerror.lower() if exc.strerror else type(exc).__name__


def check_site_file(path: Path, site_dir: Path, shown: str, limit: int | None = None) -> None:
    """Refuse a content file that is not a regular file inside the site folder, or is over ``limit`` bytes.

    Symbolic links are followed only when they resolve to a file inside the site
    folder: a link to ``/etc/passwd`` or to another project must not end up on a
    public web site.  A broken link, a link loop or a folder named ``*.md`` is an
    error too.

    Every build checks every article, so the site folder is resolved only when
    the file's real path does not already start with it as given (no resolved
    path runs through a symbolic link, so then it resolves to itself), and one
    ``stat`` gives both the kind and the size: 0.17 of 0.65 s at 10,000 articles.
    """
    try:
        real = path.resolve(strict=True)
        inside = real.is_relative_to(site_dir) or real.is_relative_to(site_dir.resolve())
        found = real.stat()
        is_file, size = stat.S_ISREG(found.st_mode), found.st_size
    except (OSError, RuntimeError) as exc:
        reason = _os_reason(exc) if isinstance(exc, OSError) else "symbolic link loop"
        what = "is a broken symbolic link" if path.is_symlink() else "cannot be read"
        raise ContentError(shown, None, f"{what} ({reason}); fix or remove it") from None
    if not inside:
        raise ContentError(
            shown,
            None,
            f"is a symbolic link to {real.as_posix()}, outside the site folder; "
            "links are followed only inside the site: copy the file into the site instead",
        )
    if not is_file:
        raise ContentError(shown, None, "is not a regular file; content files must be plain text files")
    if limit is not None and size > limit:
        raise ContentError(
            shown, None, f"is {size / 2**20:.1f} MB; the limit is {limit // 2**20} MB per article: split it"
        )


def split_front_matter(text: str) -> tuple[str | None, str, int]:
    """Front matter text, body, and the file line where the body starts."""
    if not _YAML.detect(text):
        return None, text, 1
    try:
        meta, rest = _YAML.split(text)
    except ValueError:
        return None, text, 1
    body = rest[1:] if rest.startswith("\n") else rest
    return meta, body, text[: len(text) - len(body)].count("\n") + 1


def read_extract_input(path: Path) -> tuple[str, date | None]:
    """Body and date of a file given to ``sitegen extract``: a Markdown article or plain text."""
    text = read_text(path, str(path))
    if path.suffix.lower() == ".txt":
        return text, None
    meta, body, _ = split_front_matter(text)
    if meta is None:
        return body, None
    data, _lines = _load_yaml_mapping(meta, str(path), first_line=1)
    return body, _date_value(data.get("date"))


def read_article(path: Path, site_dir: Path, md: MarkdownIt) -> Article:
    """One article file into an :class:`Article`, checking every front matter field."""
    shown = display_path(path, site_dir)
    check_site_file(path, site_dir, shown, MAX_ARTICLE_BYTES)
    text = read_text(path, shown)
    meta, body, body_line = split_front_matter(text)
    if meta is None:
        if text.lstrip("\ufeff").startswith("---"):
            raise ContentError(
                shown, 1, "front matter is never closed; end it with a line holding only '---' before the text"
            )
        raise ContentError(shown, 1, "no front matter; start the file with a '---' block holding title and date")
    data, lines = _load_yaml_mapping(meta, shown, first_line=1)
    fm = _FrontMatter(data, lines, shown)
    for key in data:
        if key not in ARTICLE_KEYS:
            fm.fail(key, f"unknown key {key!r}; known keys: {', '.join(sorted(ARTICLE_KEYS))}")
    title = fm.text("title", required=True)
    published = fm.date("date")
    slug = fm.slug(path.stem)
    html, blocks = render_markdown(body, md)
    source_name, source_url = fm.source()
    return Article(
        slug=slug,
        path=shown,
        title=title,  # type: ignore[arg-type]
        date=published,
        body=body,
        html=html,
        blocks=blocks,
        body_line=body_line,
        source_name=source_name,
        source_url=source_url,
        author=fm.text("author"),
        topics=fm.ids("topics"),
        people=fm.ids("people"),
        summary=fm.text("summary"),
        draft=fm.flag("draft"),
        edits={"statements": data["statements"]} if "statements" in data else {},
    )


class _FrontMatter:
    """Typed access to front matter values; a wrong value is an error on its own line."""

    def __init__(self, data: dict[str, Any], lines: dict[str, int], path: str) -> None:
        self.data, self.lines, self.path = data, lines, path

    where = "the front matter"

    def fail(self, key: str, message: str) -> NoReturn:
        raise ContentError(self.path, self.lines.get(key, 1), f"front matter: {message}")

    def text(self, key: str, required: bool = False) -> str | None:
        value = self.data.get(key)
        if value is None or value == "":
            if required:
                self.fail(key, f"{key!r} is missing; add `{key}: ...` to {self.where}")
            return None
        if not isinstance(value, (str, int, float)) or isinstance(value, bool):
            self.fail(key, f"{key!r} must be text, not {_type_name(value)}")
        return str(value).strip()

    def source(self) -> tuple[str | None, str | None]:
        """``source: {name, url}``, or ``source: Name`` with ``source_url: ...``."""
        source = self.data.get("source")
        if not isinstance(source, dict):
            return self.text("source"), self.url("source_url", self.data.get("source_url"))
        for key in source:
            if key not in SOURCE_KEYS:
                self.fail("source", f"unknown key {str(key)!r} under 'source'; known keys: name, url")
        sub = _FrontMatter({f"source.{k}": v for k, v in source.items()}, {}, self.path)
        sub.lines = dict.fromkeys(sub.data, self.lines.get("source", 1))
        return sub.text("source.name"), sub.url("source.url", sub.data.get("source.url"))

    def date(self, key: str) -> str:
        raw = self.data.get(key)
        if raw is None:
            self.fail(key, f"{key!r} is missing; add `{key}: YYYY-MM-DD` to the front matter")
        try:
            value = _date_value(raw)
        except DateValueError as exc:
            self.fail(key, f'{key!r} {exc}: "{raw}"')
        if value is None:
            self.fail(key, f'{key!r} is not a date: "{raw}"; write it as YYYY-MM-DD')
        return value.isoformat()  # type: ignore[union-attr]

    def slug(self, default: str) -> str:
        raw = self.data.get("slug")
        if raw is not None and not isinstance(raw, (str, int)) or isinstance(raw, bool):
            self.fail("slug", f"'slug' must be text, not {_type_name(raw)}")
        try:
            return check_slug(str(raw)) if raw is not None else slugify(default)
        except SlugError as exc:
            self.fail("slug", str(exc))
            raise  # unreachable: fail() raises

    def ids(self, key: str) -> list[str]:
        value = self.data.get(key) or []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            one = {"people": "person"}.get(key, key.removesuffix("s"))
            self.fail(key, f"{key!r} must be a list of ids, e.g. [{one}-one, {one}-two]")
        return [slugify(v) for v in value]

    def flag(self, key: str) -> bool:
        value = self.data.get(key, False)
        if not isinstance(value, bool):
            self.fail(key, f"{key!r} must be true or false")
        return bool(value)

    def url(self, key: str, value: object, what: str = "source URL") -> str | None:
        """An http(s) URL with no spaces or control characters: never ``javascript:`` or ``data:``."""
        if value is None:
            return None
        if not isinstance(value, str) or not _URL.fullmatch(value):
            shown = value[:40] if isinstance(value, str) else value
            self.fail(key, f"{what} must start with http:// or https:// and hold no spaces, not {shown!r}")
        return value  # type: ignore[return-value]


def _type_name(value: object) -> str:
    return {"dict": "a mapping", "list": "a list", "bool": "true/false", "NoneType": "empty"}.get(
        type(value).__name__, type(value).__name__
    )


_NUMERIC_DATE = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-]\d{4}")
_YEAR = re.compile(r"\b\d{4}\b")


class DateValueError(ValueError):
    """A front matter value that is not a usable date; the message says why."""


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _date_value(raw: object) -> date | None:
    """A front matter date: a YAML date, an ISO string, or any form dateparser reads ("5 Feb 2025").

    Relative dates ("tomorrow") would change with the day of the build, and
    03/04/2025 could be March or April: both are refused.
    """
    if isinstance(raw, datetime):
        return raw.date()
    if isinstance(raw, date):
        return raw
    if not isinstance(raw, str) or not raw.strip():
        return None
    try:
        return date.fromisoformat(raw.strip())
    except ValueError:
        pass
    numeric = _NUMERIC_DATE.fullmatch(raw.strip())
    if numeric and int(numeric[1]) <= 12 and int(numeric[2]) <= 12 and numeric[1] != numeric[2]:
        raise DateValueError("is ambiguous (day and month could be swapped); write it as YYYY-MM-DD")
    if not _YEAR.search(raw):
        return None
    import dateparser  # slow to import; most front matter dates are ISO

    parsed = dateparser.parse(
        raw, languages=["en"], settings={"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]}
    )
    return parsed.date() if parsed else None


def _parse_yaml(text: str, path: str, first_line: int) -> tuple[Any, Any]:
    """The YAML node tree and data of ``text``; a syntax error, a repeated key or an alias names its file line.

    Aliases (``*name``) are refused: content never needs them, and nested
    aliases can expand a few lines into billions of values for whatever walks them.
    """
    try:
        if "*" in text:
            for event in yaml.parse(text, Loader=_SAFE_LOADER):
                if isinstance(event, yaml.AliasEvent):
                    line = first_line + (event.start_mark.line if event.start_mark else 0)
                    raise ContentError(path, line, "YAML aliases (*name) are not supported here; write the value out")
        node = yaml.compose(text, Loader=_SAFE_LOADER)
        data = yaml.load(text, Loader=_SAFE_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = first_line + mark.line if mark else first_line
        problem = getattr(exc, "problem", None) or str(exc)
        raise ContentError(path, line, f"not valid YAML: {problem}") from None
    _check_unique_keys(node, path, first_line)
    return node, data


def _check_unique_keys(node: Any, path: str, first_line: int) -> None:
    """YAML forbids a key twice in one mapping; PyYAML silently keeps the last one, which hides typos."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, yaml.MappingNode):
            seen: dict[str, int] = {}
            for key, value in current.value:
                line = first_line + key.start_mark.line
                if isinstance(key, yaml.ScalarNode):
                    if key.value in seen:
                        raise ContentError(
                            path, line, f"{key.value!r} is given twice (first on line {seen[key.value]}); keep one"
                        )
                    seen[key.value] = line
                stack.append(value)
        elif isinstance(current, yaml.SequenceNode):
            stack.extend(current.value)


def _load_yaml_mapping(text: str, path: str, first_line: int) -> tuple[dict[str, Any], dict[str, int]]:
    """Parse a YAML mapping and the line of each top-level key (file lines, from ``first_line``)."""
    node, data = _parse_yaml(text, path, first_line)
    if data is None:
        return {}, {}
    if not isinstance(data, dict):
        raise ContentError(path, first_line, "front matter must be a mapping of `key: value` lines")
    lines = {
        str(k.value): first_line + k.start_mark.line
        for k, _ in node.value  # type: ignore[union-attr]
    }
    return {str(k): v for k, v in data.items()}, lines


def read_people(path: Path, site_dir: Path) -> list[Person]:
    """``content/people.yaml``: a list of people with id, name, aliases, roles, description, links."""
    return [
        Person(
            id=entry.id,
            name=entry.text("name", required=True),  # type: ignore[arg-type]
            aliases=entry.strings("aliases"),
            roles=entry.roles(),
            description=entry.text("description"),
            links=[entry.link(u) for u in entry.strings("links")],
        )
        for entry in _yaml_entries(path, site_dir, PERSON_KEYS)
    ]


def read_topics(path: Path, site_dir: Path) -> list[Topic]:
    """``content/topics.yaml``: a list of topics with id, name, description, keywords."""
    return [
        Topic(
            id=entry.id,
            name=entry.text("name", required=True),  # type: ignore[arg-type]
            description=entry.text("description"),
            keywords=entry.strings("keywords"),
        )
        for entry in _yaml_entries(path, site_dir, TOPIC_KEYS)
    ]


class _Entry(_FrontMatter):
    """One item of people.yaml or topics.yaml, with the line of each of its keys."""

    id: str
    where = "this entry"

    def strings(self, key: str) -> list[str]:
        value = self.data.get(key) or []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) for v in value):
            self.fail(key, f"{key!r} must be a list of text")
        return [str(v) for v in value]

    def roles(self) -> list[Role]:
        """Roles as plain text, or as ``{title, from, to}`` with ISO dates for roles that changed."""
        value = self.data.get("roles") or []
        value = [value] if isinstance(value, (str, dict)) else value
        if not isinstance(value, list):
            self.fail("roles", "'roles' must be a list")
        roles = []
        for item in value:
            if isinstance(item, str):
                roles.append(Role(item))
            elif isinstance(item, dict) and isinstance(item.get("title"), str):
                start, end = (self._role_date(item, k) for k in ("from", "to"))
                roles.append(Role(item["title"], _iso(start), _iso(end)))
            else:
                self.fail("roles", "each role is text or a mapping with 'title' and optional 'from'/'to' dates")
        return roles

    def _role_date(self, item: dict[str, Any], key: str) -> date | None:
        raw = item.get(key)
        if raw is None:
            return None
        try:
            value = _date_value(raw)
        except DateValueError as exc:
            self.fail("roles", f'role {key!r} {exc}: "{raw}"')
        if value is None:
            self.fail("roles", f'role {key!r} is not a date: "{raw}"; write it as YYYY-MM-DD')
        return value

    def link(self, url: str) -> str:
        return self.url("links", url, what="a link")  # type: ignore[return-value]

    def fail(self, key: str, message: str) -> NoReturn:
        raise ContentError(self.path, self.lines.get(key, self.lines.get("", 1)), message)


def _yaml_entries(path: Path, site_dir: Path, known: set[str] | None = None) -> list[_Entry]:
    """The items of a YAML list file, each checked to have a unique, valid id and only ``known`` keys."""
    shown = display_path(path, site_dir)
    if not path.exists() and not path.is_symlink():
        return []
    check_site_file(path, site_dir, shown)
    text = read_text(path, shown)
    node, data = _parse_yaml(text, shown, first_line=1)
    if data is None:
        return []
    if not isinstance(data, list):
        raise ContentError(shown, 1, "must be a list of entries, each starting with '- id: ...'")
    entries: list[_Entry] = []
    seen: dict[str, int] = {}
    for item, item_node in zip(data, node.value, strict=True):  # type: ignore[union-attr]
        line = item_node.start_mark.line + 1
        if not isinstance(item, dict):
            raise ContentError(shown, line, "each entry must be a mapping with at least 'id' and 'name'")
        lines = {"": line} | {str(k.value): k.start_mark.line + 1 for k, _ in item_node.value}
        entry = _Entry({str(k): v for k, v in item.items()}, lines, shown)
        for key in entry.data:
            if known is not None and key not in known:
                entry.fail(key, f"unknown key {key!r}; known keys: {', '.join(sorted(known))}")
        raw_id = entry.text("id", required=True)
        try:
            entry.id = check_slug(raw_id)  # type: ignore[arg-type]
        except SlugError as exc:
            raise ContentError(shown, lines.get("id", line), f"id: {exc}") from None
        if entry.id in seen:
            raise ContentError(shown, line, f"duplicate id {entry.id!r}, first used on line {seen[entry.id]}")
        seen[entry.id] = line
        entries.append(entry)
    return entries


def read_content(site_dir: Path, md: MarkdownIt) -> Content:
    """Read every article, person and topic; errors are collected, not raised, so all are reported."""
    content = read_people_and_topics(site_dir)
    results: list[Article | ContentError] = []
    for path in article_paths(site_dir):
        try:
            results.append(read_article(path, site_dir, md))
        except ContentError as exc:
            results.append(exc)
    articles, errors = collect_articles(results)
    content.articles.extend(articles)
    content.errors.extend(errors)
    return content


def article_paths(site_dir: Path) -> list[Path]:
    """The article files, in a fixed order whatever the file system's order."""
    return sorted((site_dir / "content" / "articles").glob("*.md"))


def read_people_and_topics(site_dir: Path) -> Content:
    """``people.yaml`` and ``topics.yaml``, with their errors."""
    content = Content()
    content.people = _read_or_record(read_people, site_dir / "content" / "people.yaml", site_dir, content.errors)
    content.topics = _read_or_record(read_topics, site_dir / "content" / "topics.yaml", site_dir, content.errors)
    return content


_Item = TypeVar("_Item")


def _read_or_record(
    reader: Callable[[Path, Path], list[_Item]], path: Path, site_dir: Path, errors: list[ContentError]
) -> list[_Item]:
    """What ``reader`` finds in ``path``; on an error, nothing, and the error joins ``errors`` (one bad file
    should not hide the errors in the others)."""
    try:
        return reader(path, site_dir)
    except ContentError as exc:
        errors.append(exc)
        return []


def collect_articles(results: list[Article | ContentError]) -> tuple[list[Article], list[ContentError]]:
    """Published articles with unique slugs, and the errors (read errors and duplicate slugs), in path order."""
    articles: list[Article] = []
    errors: list[ContentError] = []
    slugs: dict[str, str] = {}
    for result in results:
        if isinstance(result, ContentError):
            errors.append(result)
        elif result.slug in slugs:
            errors.append(
                ContentError(
                    result.path,
                    1,
                    f"slug {result.slug!r} is already used by {slugs[result.slug]}; "
                    "give one of them its own `slug:` in the front matter",
                )
            )
        else:
            slugs[result.slug] = result.path
            if not result.draft:
                articles.append(result)
    return articles, errors
