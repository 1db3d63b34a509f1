"""One helper for background work: progress, cancel, and the result back on the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.tasks import Cancelled, TaskControl


class _Signals(QObject):
    """Crosses from the worker thread to the GUI thread exactly once per run."""

    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[TaskControl], Any], control: TaskControl, signals: _Signals):
        super().__init__()
        self._work, self._control, self._signals = work, control, signals

    def run(self) -> None:
        try:
            result = self._work(self._control)
        except Cancelled:
            self._signals.cancelled.emit()
        except Exception as exc:
            self._signals.failed.emit(exc)
        else:
            self._signals.succeeded.emit(result)


class BackgroundOperation(QObject):
    """Run ``work(control)`` on the thread pool; the window never freezes.

    ``on_success(result)``, ``on_error(exception)`` and ``on_cancel()`` are called on
    the GUI thread. A progress dialog with a Cancel button appears when the work
    takes longer than ``show_after_ms``.
    """

    finished = Signal()
    progressed = Signal(int, int, str)  # done, total (0 = unknown), message

    def __init__(self, parent: QWidget, title: str, work: Callable[[TaskControl], Any], *,
                 on_success: Callable[[Any], None], on_error: Callable[[Exception], None],
                 on_cancel: Callable[[], None] | None = None, cancellable: bool = True,
                 show_after_ms: int = 400) -> None:
        super().__init__(parent)
        self._signals = _Signals(self)
        self.control = TaskControl()
        self._runnable = _Runnable(work, self.control, self._signals)
        self._runnable.setAutoDelete(False)
        self._on_success, self._on_error, self._on_cancel = on_success, on_error, on_cancel
        self.dialog = QProgressDialog(title, self.tr("Cancel") if cancellable else "", 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(show_after_ms)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        if not cancellable:
            self.dialog.setCancelButton(None)
        self.dialog.canceled.connect(self.control.cancel)
        self._last_progress: tuple[int, int, str] = (0, 0, "")
        self._poll = QTimer(self)
        self._poll.setInterval(100)
        self._poll.timeout.connect(self._read_progress)
        self._signals.succeeded.connect(self._succeeded)
        self._signals.failed.connect(self._failed)
        self._signals.cancelled.connect(self._cancelled)
        self.running = False

    def start(self) -> BackgroundOperation:
        self.running = True
        self.dialog.setValue(0)
        QThreadPool.globalInstance().start(self._runnable)
        self._poll.start()
        return self

    def _read_progress(self) -> None:
        progress = self.control.progress
        if progress != self._last_progress:
            self._last_progress = progress
            self._show_progress(*progress)
            self.progressed.emit(*progress)

    def _show_progress(self, done: int, total: int, message: str) -> None:
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)
        if message:
            self.dialog.setLabelText(message)

    def _finish(self) -> None:
        self._poll.stop()
        self._read_progress()
        self.running = False
        self.dialog.canceled.disconnect(self.control.cancel)
        self.dialog.close()
        self.dialog.deleteLater()
        self.finished.emit()
        self.deleteLater()

    def _succeeded(self, result: object) -> None:
        self._finish()
        self._on_success(result)

    def _failed(self, exc: Exception) -> None:
        self._finish()
        self._on_error(exc)

    def _cancelled(self) -> None:
        self._finish()
        if self._on_cancel is not None:
            self._on_cancel()
