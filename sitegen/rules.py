"""The versions of the extraction rules, the parsing code and the page-making code: hashes of their source.

Kept apart from :mod:`sitegen.extract` so that the first step of every build,
checking whether anything changed (``cache.inputs_signature``), does not
import the rules themselves: that import is most of a no-change build.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

PACKAGE = Path(__file__).parent
RULES = PACKAGE / "extract"


def source_digest(folder: Path, pattern: str) -> str:
    """Hash of the Python source under ``folder`` matching ``pattern``."""
    return _digest(folder, sorted(folder.glob(pattern)))


def _digest(folder: Path, paths: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


RULES_VERSION = source_digest(RULES, "**/*.py")
"""Any change to a rule invalidates cached extractions."""
PAGES_VERSION = source_digest(PACKAGE, "*.py")
"""The link, page and render code: pages are keyed by their inputs, so a change here must re-render every page."""

PARSE_MODULES = ("config", "edits", "errors", "link", "markdown", "model", "parse", "people", "read", "slugs")
"""The modules besides the rules that a cached article comes from: :mod:`sitegen.parse` and all it imports.

A test follows the imports and fails when this list falls behind them.
"""


def parse_version(package: Path) -> str:
    """Hash of the code that makes an article's cache entry: the rules and ``PARSE_MODULES`` in ``package``.

    The page code is left out, so that changing a template's context or a
    page's layout does not make every article parse again.
    """
    modules = sorted(package / f"{name}.py" for name in PARSE_MODULES)
    return _digest(package, modules + sorted((package / RULES.name).glob("**/*.py")))


PARSE_VERSION = parse_version(PACKAGE)
"""Part of every article cache key: an entry made by other reading, extraction or id code is a miss."""
