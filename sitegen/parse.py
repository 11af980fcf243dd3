"""One article from its file to what the cache keeps: read, extract, and the ids linking gives it.

This is the unit of caching and of parallel work (:func:`sitegen.build.load_site`).
A cache entry is only as fresh as the code that made it, so everything this
module runs, its imports and theirs, is hashed into
:data:`sitegen.rules.PARSE_VERSION`, which is part of every entry's key.
"""

from __future__ import annotations

import functools
from datetime import date
from pathlib import Path

from markdown_it import MarkdownIt

from sitegen.errors import ContentError
from sitegen.extract import extract
from sitegen.link import article_ids
from sitegen.markdown import markdown_parser
from sitegen.model import Article, ArticleIds, Extraction
from sitegen.read import read_article

ParseResult = tuple[Article, Extraction, ArticleIds] | ContentError


def parse_article(path: Path, site_dir: Path, allow_html: bool) -> ParseResult:
    """Read and extract one article, and the ids linking gives it, or the content error that stops it."""
    try:
        article = read_article(path, site_dir, _markdown(allow_html))
    except ContentError as exc:
        return exc
    extraction = extract(article.body, date.fromisoformat(article.date))
    return article, extraction, article_ids(article, extraction)


@functools.lru_cache(maxsize=2)
def _markdown(allow_html: bool) -> MarkdownIt:
    """One parser per setting and process, made once rather than for every article."""
    return markdown_parser(allow_html)
