"""Site configuration from ``sitegen.toml``."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, fields
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

from sitegen.errors import ContentError

CONFIG_FILE = "sitegen.toml"


@dataclass(frozen=True, slots=True)
class SiteConfig:
    """Settings of one site; every key is optional in ``sitegen.toml``."""

    title: str = "sitegen site"
    description: str = ""
    base_url: str = "/"
    """Where the site is published, e.g. ``https://example.github.io/repo/``; its path prefixes every link."""
    language: str = "en"
    timezone: str = "UTC"
    allow_html: bool = False
    """Pass raw HTML in Markdown through; escaped when false (the default)."""

    @property
    def base_path(self) -> str:
        """The path part of ``base_url``, always starting and ending with ``/``."""
        path = re.sub(r"^[a-z][a-z0-9+.-]*://[^/]*", "", self.base_url, flags=re.I)
        return "/" + path.strip("/") + "/" if path.strip("/") else "/"

    @property
    def origin(self) -> str:
        """Scheme and host of ``base_url`` ("" when the site is served from a bare path)."""
        m = re.match(r"^[a-z][a-z0-9+.-]*://[^/]*", self.base_url, flags=re.I)
        return m.group(0) if m else ""


def load_config(site_dir: Path, base_url: str | None = None) -> SiteConfig:
    """Read ``sitegen.toml`` (optional); ``base_url`` from the command line wins over the file."""
    path = site_dir / CONFIG_FILE
    data: dict[str, object] = {}
    if path.exists() or path.is_symlink():
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8-sig"))
        except tomllib.TOMLDecodeError as exc:
            line = re.search(r"line (\d+)", str(exc))
            raise ContentError(CONFIG_FILE, int(line.group(1)) if line else None, f"not valid TOML: {exc}") from None
        except UnicodeDecodeError:
            raise ContentError(CONFIG_FILE, None, "not UTF-8 text; save it as UTF-8") from None
        except OSError as exc:
            reason = exc.strerror.lower() if exc.strerror else type(exc).__name__
            raise ContentError(CONFIG_FILE, None, f"cannot be read ({reason}); it must be a TOML file") from None
    known = {f.name: f for f in fields(SiteConfig)}
    values: dict[str, object] = {}
    for key, value in data.items():
        if key not in known:
            raise ContentError(
                CONFIG_FILE,
                _line_of(path, key),
                f"unknown setting {key!r}; known settings: {', '.join(sorted(known))} (no [tables])",
            )
        if known[key].type == "bool" and not isinstance(value, bool):
            raise ContentError(CONFIG_FILE, _line_of(path, key), f"{key!r} must be true or false, without quotes")
        if known[key].type != "bool" and not isinstance(value, str):
            message = f'{key!r} must be text in quotes, e.g. {key} = "..."'
            raise ContentError(CONFIG_FILE, _line_of(path, key), message)
        values[key] = value
    if "base_url" in values:
        _check_base_url(str(values["base_url"]), _line_of(path, "base_url"))
    if base_url is not None:
        _check_base_url(base_url, None, shown="--base-url")
        values["base_url"] = base_url
    return SiteConfig(**values)  # type: ignore[arg-type]


_BASE_URL = re.compile(r"(?:https?://[^/\s?#]+)?(?:/[^\s?#\"'<>\\]*)?", flags=re.I)


def _check_base_url(value: str, line: int | None, shown: str = CONFIG_FILE) -> None:
    """``base_url`` prefixes every link, so it is an http(s) URL or a path, never ``javascript:`` or ``//host``."""
    if value.startswith("//") or not _BASE_URL.fullmatch(value):
        raise ContentError(
            shown,
            line,
            f"base_url {value[:60]!r} is not an http(s) URL or a path; write e.g. https://me.github.io/repo/ or /repo/",
        )


def _line_of(path: Path, key: str) -> int | None:
    if not path.is_file():
        return None
    for number, line in enumerate(path.read_text(encoding="utf-8-sig").splitlines(), 1):
        if re.match(rf"\s*{re.escape(key)}\s*=", line):
            return number
    return None
