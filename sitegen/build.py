"""The pipeline: read content → extract → link → render → write.

Each stage is a module of its own; this one only runs them in order.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sitegen.config import load_config
from sitegen.errors import BuildError, ContentError
from sitegen.extract import extract
from sitegen.link import Site, link
from sitegen.markdown import markdown_parser
from sitegen.pages import site_pages
from sitegen.read import read_content
from sitegen.render import render_site
from sitegen.write import write_site


@dataclass(slots=True)
class BuildResult:
    site: Site
    files: int
    warnings: list[ContentError] = field(default_factory=list)
    errors: list[ContentError] = field(default_factory=list)
    """Files left out by ``keep_going``."""


def load_site(site_dir: Path, base_url: str | None = None, keep_going: bool = False) -> tuple[Site, list[ContentError]]:
    """Read, extract and link a site.

    Every content error is collected first.  By default any error stops the
    build (a publishing pipeline must not silently drop an article); with
    ``keep_going`` the bad files are left out and their errors returned.
    """
    config = load_config(site_dir, base_url)
    content = read_content(site_dir, markdown_parser(config.allow_html))
    if content.errors and not keep_going:
        raise BuildError(content.errors)
    extractions = {a.slug: extract(a.body, date.fromisoformat(a.date)) for a in content.articles}
    site = link(config, content.articles, extractions, content.people, content.topics)
    return site, content.errors


def build(
    site_dir: Path, out: Path | None = None, base_url: str | None = None, keep_going: bool = False
) -> BuildResult:
    """Build the site in ``site_dir`` into ``out`` (default ``site_dir/public``)."""
    site, errors = load_site(site_dir, base_url, keep_going)
    files = render_site(site_dir, site, site_pages(site))
    write_site(files, out or site_dir / "public")
    return BuildResult(site, len(files), site.warnings, errors)
