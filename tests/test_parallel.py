"""parallel_map: map in order, over forked workers when there is enough work."""

from __future__ import annotations

import gc
import os

from sitegen.parallel import THRESHOLD, parallel_map


def _pid_and_square(n: int) -> tuple[int, int]:
    return os.getpid(), n * n


def _collecting(_: int) -> bool:
    return gc.isenabled()


def test_results_come_in_order_from_other_processes_when_there_are_enough_items():
    done = list(parallel_map(_pid_and_square, list(range(THRESHOLD)), jobs=2))
    assert [square for _, square in done] == [n * n for n in range(THRESHOLD)]
    assert os.getpid() not in {pid for pid, _ in done}


def test_few_items_are_mapped_in_this_process():
    assert {pid for pid, _ in parallel_map(_pid_and_square, [1, 2, 3], jobs=2)} == {os.getpid()}


def test_workers_collect_garbage_while_the_parent_does_not():
    """The parent pauses collection while loading; workers parsing thousands of articles must not inherit that."""
    gc.disable()
    try:
        assert all(parallel_map(_collecting, list(range(THRESHOLD)), jobs=2))
    finally:
        gc.enable()
