"""The load stage: reading every cached article and linking the site."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from sitegen.build import load_site
from sitegen.errors import BuildError


@pytest.mark.parametrize("enabled", [True, False])
def test_loading_leaves_the_collector_on_or_off_and_the_loaded_site_out_of_its_walks(sample_site: Path, enabled: bool):
    """The site lives until the build ends (which unfreezes it): no collection needs to walk it meanwhile."""
    (gc.enable if enabled else gc.disable)()
    try:
        site = load_site(sample_site).site
        assert gc.isenabled() is enabled
        assert not any(o is site.statements[0] for o in gc.get_objects())
    finally:
        gc.unfreeze()
        gc.enable()


def test_a_load_that_fails_leaves_nothing_frozen(sample_site: Path):
    """``sitegen serve`` rebuilds after a content error; what the failed load made must stay collectable."""
    (sample_site / "content/articles/broken.md").write_text("no front matter\n")
    gc.unfreeze()
    with pytest.raises(BuildError):
        load_site(sample_site)
    assert gc.get_freeze_count() == 0 and gc.isenabled()
