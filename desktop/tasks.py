"""Qt-free progress reporting and cancellation for long work (imports, big reports)."""

from __future__ import annotations

import threading


class Cancelled(Exception):
    """The user cancelled the operation; nothing was written."""


class TaskControl:
    """Handed to long-running service calls: report progress, notice a cancel request.

    Progress is only stored here (thread-safe); the GUI reads the latest value on a
    timer, so a fast loop never floods the event queue.
    """

    def __init__(self) -> None:
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._progress: tuple[int, int, str] = (0, 0, "")

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
        with self._lock:
            self._progress = (done, total, message or self._progress[2])

    @property
    def progress(self) -> tuple[int, int, str]:
        """The latest (done, total, message)."""
        with self._lock:
            return self._progress
