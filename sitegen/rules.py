"""The version of the extraction rules: a hash of their source.

Kept apart from :mod:`sitegen.extract` so that the first step of every build,
checking whether anything changed (``cache.inputs_signature``), does not
import the rules themselves: that import is most of a no-change build.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

RULES = Path(__file__).parent / "extract"


def _rules_version() -> str:
    """Hash of the extraction rules' source, so any change to a rule invalidates cached extractions."""
    digest = hashlib.sha256()
    for path in sorted(RULES.rglob("*.py")):
        digest.update(path.relative_to(RULES).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


RULES_VERSION = _rules_version()
