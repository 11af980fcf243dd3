"""A progress bar for long builds, drawn only on a terminal (tqdm decides)."""

from __future__ import annotations

from types import TracebackType

from tqdm import tqdm


class ProgressBar:
    """Receives ``update(stage, done, total)`` from the build; silent when disabled or not on a TTY."""

    def __init__(self, enabled: bool = True) -> None:
        self.enabled = enabled
        self._bar: tqdm | None = None

    def update(self, stage: str, done: int, total: int) -> None:
        if not self.enabled:
            return
        if self._bar is None:
            # disable=None: tqdm turns itself off when stderr is not a terminal (CI logs stay clean).
            self._bar = tqdm(total=total, desc=stage, unit="article", disable=None, leave=False)
        self._bar.update(done - self._bar.n)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()
