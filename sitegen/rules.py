"""The versions of the extraction rules and of the page-making code: hashes of their source.

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
    digest = hashlib.sha256()
    for path in sorted(folder.glob(pattern)):
        digest.update(path.relative_to(folder).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


RULES_VERSION = source_digest(RULES, "**/*.py")
"""Any change to a rule invalidates cached extractions."""
PAGES_VERSION = source_digest(PACKAGE, "*.py")
"""The link, page and render code: pages are keyed by their inputs, so a change here must re-render every page."""
