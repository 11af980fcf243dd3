"""Test helper: find every internal link and anchor in a built site and check it resolves."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.links.append(value)
            if name == "id" and value:
                self.ids.add(value)


def parse(path: Path) -> _Links:
    parser = _Links()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def broken_links(public: Path, base_path: str) -> list[str]:
    """``page -> link`` for every internal link (under ``base_path``) whose file or anchor is missing."""
    pages = {p: parse(p) for p in public.rglob("*.html")}
    broken = []
    for page, parsed in sorted(pages.items()):
        for link in parsed.links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc:
                continue
            if not parts.path:
                target = page
            elif parts.path.startswith(base_path):
                rel = unquote(parts.path[len(base_path) :])
                target = public / rel / "index.html" if rel == "" or rel.endswith("/") else public / rel
            else:
                broken.append(f"{page.relative_to(public)} -> {link} (outside {base_path})")
                continue
            if not target.exists():
                broken.append(f"{page.relative_to(public)} -> {link}")
            elif parts.fragment and target.suffix == ".html" and parts.fragment not in pages[target].ids:
                broken.append(f"{page.relative_to(public)} -> {link} (no such anchor)")
    return broken
