"""``map`` over forked worker processes, when there is enough work to pay for starting them."""

from __future__ import annotations

import gc
import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

THRESHOLD = 64
"""Below this many items, starting worker processes costs more than it saves."""


def parallel_map(work: Callable[[T], R], items: list[T], jobs: int) -> Iterable[R]:
    """``map(work, items)`` in order, over ``jobs`` forked processes when there are enough items.

    The workers collect garbage even when the parent has paused its collector
    (as it does while loading the site), which a forked process would inherit.
    """
    if jobs <= 1 or len(items) < THRESHOLD:
        return map(work, items)
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=gc.enable)
    chunk = max(1, min(64, len(items) // (jobs * 8)))
    return _closing(pool, pool.map(work, items, chunksize=chunk))


def _closing(pool: ProcessPoolExecutor, results: Iterable[R]) -> Iterator[R]:
    with pool:
        yield from results
