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


def load_site(site_dir: Path, base_url: str | None = None) -> Site:
    """Read, extract and link a site; every content error is collected before failing once."""
    config = load_config(site_dir, base_url)
    content = read_content(site_dir, markdown_parser(config.allow_html))
    if content.errors:
        raise BuildError(content.errors)
    extractions = {a.slug: extract(a.body, date.fromisoformat(a.date)) for a in content.articles}
    return link(config, content.articles, extractions, content.people, content.topics)


def build(site_dir: Path, out: Path | None = None, base_url: str | None = None) -> BuildResult:
    """Build the site in ``site_dir`` into ``out`` (default ``site_dir/public``)."""
    site = load_site(site_dir, base_url)
    files = render_site(site_dir, site, site_pages(site))
    write_site(files, out or site_dir / "public")
    return BuildResult(site, len(files), site.warnings)
