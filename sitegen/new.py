"""``sitegen new``: a starter site with a config, one article, people, topics and the Pages workflow."""

from __future__ import annotations

from pathlib import Path

SCAFFOLD = Path(__file__).parent / "scaffold"
LAYOUT = {
    "sitegen.toml": "sitegen.toml",
    "content/articles/first-article.md": "content/articles/first-article.md",
    "content/people.yaml": "content/people.yaml",
    "content/topics.yaml": "content/topics.yaml",
    "pages.yml": ".github/workflows/pages.yml",
    "gitignore": ".gitignore",
}
"""Scaffold file → where it goes in the new site (dot-files are stored without the dot)."""


class SiteExistsError(Exception):
    """The target folder already holds files; ``new`` never overwrites anything."""


def new_site(target: Path) -> list[Path]:
    """Create the starter site in ``target`` (new or empty) and return the files written."""
    if target.exists() and any(target.iterdir()):
        raise SiteExistsError(f"{target} is not empty; choose a new folder")
    written = []
    for source, dest in LAYOUT.items():
        path = target / dest
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes((SCAFFOLD / source).read_bytes())
        written.append(path)
    return written
