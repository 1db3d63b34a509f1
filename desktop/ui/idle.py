"""Locks the window after the idle time set in settings."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
             QEvent.Type.Wheel, QEvent.Type.TouchBegin}


class IdleWatcher(QObject):
    """Install on the QApplication; emits ``idle`` once the user has been away long enough."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None, check_every_ms: int = 15_000) -> None:
        super().__init__(parent)
        self.minutes = minutes
        self.last_activity = time.monotonic()
        self.paused = False
        self._timer = QTimer(self)
        self._timer.setInterval(check_every_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self.last_activity = time.monotonic()
        return False

    def check(self, now: float | None = None) -> bool:
        if self.paused or self.minutes <= 0:
            return False
        now = time.monotonic() if now is None else now
        if now - self.last_activity >= self.minutes * 60:
            self.idle.emit()
            return True
        return False

    def reset(self) -> None:
        self.last_activity = time.monotonic()
