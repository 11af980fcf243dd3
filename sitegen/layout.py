"""Where a site's templates live: its own overrides first, then the ones shipped with sitegen.

A module of its own (not in ``render``) so that the no-change check can list
template files without importing Jinja and the render stage.
"""

from __future__ import annotations

from pathlib import Path

import sitegen


def default_templates() -> Path:
    """The templates shipped in the wheel, or the repository's ``templates/`` in a source checkout."""
    packaged = Path(sitegen.__file__).parent / "templates"
    return packaged if packaged.is_dir() else Path(sitegen.__file__).parent.parent / "templates"


def template_folders(site_dir: Path) -> list[Path]:
    """Where templates are looked up: the site's own overrides first, then the defaults."""
    return [site_dir / "templates", default_templates()]
