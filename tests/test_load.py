"""The load stage: reading every cached article and linking the site."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from sitegen.build import PARALLEL_THRESHOLD, _map, load_site


@pytest.mark.parametrize("enabled", [True, False])
def test_loading_leaves_the_garbage_collector_as_it_found_it(sample_site: Path, enabled: bool):
    (gc.enable if enabled else gc.disable)()
    try:
        assert len(load_site(sample_site).site.articles) == 6
        assert gc.isenabled() is enabled
    finally:
        gc.enable()


def _collecting(_: Path) -> bool:
    return gc.isenabled()


def test_parse_workers_collect_garbage_while_the_parent_does_not():
    """The parent pauses collection while loading; workers parsing thousands of articles must not inherit that."""
    gc.disable()
    try:
        assert all(_map(_collecting, [Path(str(i)) for i in range(PARALLEL_THRESHOLD)], jobs=2))  # type: ignore[arg-type]
    finally:
        gc.enable()
