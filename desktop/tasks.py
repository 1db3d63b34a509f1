"""Qt-free progress reporting and cancellation for long work (imports, big reports)."""

from __future__ import annotations

import threading
from collections.abc import Callable

ProgressCallback = Callable[[int, int, str], None]


class Cancelled(Exception):
    """The user cancelled the operation; nothing was written."""


class TaskControl:
    """Handed to long-running service calls: report progress, notice a cancel request."""

    def __init__(self, on_progress: ProgressCallback | None = None) -> None:
        self._cancel = threading.Event()
        self._on_progress = on_progress

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled("操作已取消，未写入任何数据。")

    def report(self, done: int, total: int, message: str = "") -> None:
        """Report progress (``total`` 0 means unknown); raises Cancelled if asked to stop."""
        self.check()
        if self._on_progress is not None:
            self._on_progress(done, total, message)
