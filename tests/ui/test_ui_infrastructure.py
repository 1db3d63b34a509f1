"""The background-operation helper, the table model, the idle lock, translations."""

from __future__ import annotations

import shutil
import subprocess
import sys
import threading
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QPushButton, QWidget

from desktop.tasks import TaskControl
from desktop.ui.idle import IdleWatcher
from desktop.ui.operations import BackgroundOperation
from desktop.ui.table_model import Column, RowTableModel

ROOT = Path(__file__).resolve().parents[2]


def _operation(qtbot, work, **kwargs):  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    outcome: dict[str, object] = {}
    op = BackgroundOperation(
        parent, "测试", work,
        on_success=lambda r: outcome.update(result=r, thread=QThread.currentThread()),
        on_error=lambda e: outcome.update(error=e),
        on_cancel=lambda: outcome.update(cancelled=True), **kwargs)
    outcome["parent"] = parent  # keep the parent (and with it the operation) alive
    return op, outcome


def test_result_arrives_on_the_gui_thread_with_progress(qtbot) -> None:
    seen: list[tuple[int, int]] = []

    def work(control: TaskControl) -> str:
        for i in range(3):
            control.report(i + 1, 3, f"第 {i + 1} 步")
        return threading.current_thread().name

    op, outcome = _operation(qtbot, work)
    op.progressed.connect(lambda d, t, _m: seen.append((d, t)))
    op.start()
    qtbot.waitUntil(lambda: "result" in outcome, timeout=5000)
    assert outcome["result"] != threading.main_thread().name, "the work ran off the GUI thread"
    assert outcome["thread"] is QThread.currentThread()
    qtbot.waitUntil(lambda: seen[-1:] == [(3, 3)], timeout=2000)


def test_cancel_stops_the_work(qtbot) -> None:
    started = threading.Event()

    def work(control: TaskControl) -> str:
        started.set()
        deadline = time.monotonic() + 10  # bounded, so a broken cancel fails instead of hanging
        while time.monotonic() < deadline:
            control.report(0, 0, "处理中")
        return "ran to the end"

    op, outcome = _operation(qtbot, work)
    op.start()
    assert started.wait(5)
    op.dialog.findChild(QPushButton).click()  # the progress dialog's Cancel button
    qtbot.waitUntil(lambda: outcome.get("cancelled") is True, timeout=5000)
    assert "result" not in outcome and "error" not in outcome


def test_errors_come_back_as_exceptions(qtbot) -> None:
    def work(_control: TaskControl) -> None:
        raise ValueError("坏数据")

    op, outcome = _operation(qtbot, work)
    op.start()
    qtbot.waitUntil(lambda: "error" in outcome, timeout=5000)
    assert str(outcome["error"]) == "坏数据"


@dataclass(frozen=True)
class _Row:
    name: str
    amount: int


def test_row_table_model(qtmodeltester) -> None:
    model: RowTableModel[_Row] = RowTableModel([
        Column("姓名", lambda r: r.name), Column("金额", lambda r: f"{r.amount}", align_right=True)])
    model.set_rows([_Row("张三", 1), _Row("李四", 2)])
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.index(1, 0).data() == "李四"
    assert model.row_at(0) == _Row("张三", 1)


def test_idle_watcher_locks_only_after_the_set_time(qtbot) -> None:
    watcher = IdleWatcher(minutes=10)
    with qtbot.waitSignal(watcher.idle, timeout=1000):
        assert watcher.check(now=watcher.last_activity + 10 * 60)
    assert not watcher.check(now=watcher.last_activity + 9 * 60)
    watcher.minutes = 0
    assert not watcher.check(now=watcher.last_activity + 10_000), "0 minutes means never lock"


def test_main_window_lock_shortcut_asks_for_a_lock(make_window, qtbot, press_shortcut) -> None:
    from PySide6.QtCore import Qt

    window = make_window()
    with qtbot.waitSignal(window.lock_requested, timeout=1000):
        press_shortcut(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)


def test_zh_cn_translation_is_complete_and_up_to_date(tmp_path: Path) -> None:
    """Fails on any unfinished entry, including strings added to the code but not to the .ts."""
    ts = tmp_path / "check.ts"
    shutil.copy(ROOT / "resources" / "i18n" / "union_ledger_zh_CN.ts", ts)
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import i18n
    finally:
        sys.path.pop(0)
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), "-silent", "-no-obsolete", *i18n.sources(), "-ts", str(ts)],
                   check=True, capture_output=True)
    def translated(translation: ET.Element) -> bool:
        forms = translation.findall("numerusform")  # plural messages (%n) hold one text per form
        texts = [f.text for f in forms] if forms else [translation.text]
        return all((t or "").strip() for t in texts)

    unfinished = [m.findtext("source") for m in ET.parse(ts).iter("message")
                  if m.find("translation").get("type") == "unfinished" or not translated(m.find("translation"))]
    assert unfinished == []


def test_smoke_test_command_exits_zero(tmp_path: Path) -> None:
    exe = Path(sys.executable).parent / "union-ledger"
    result = subprocess.run([str(exe), "--data-dir", str(tmp_path), "gui", "--smoke-test"],
                            capture_output=True, text=True, timeout=120,
                            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert "自检通过" in result.stdout
    assert not (tmp_path / "ledger.sqlite3").exists(), "the smoke test never touches real data"
