"""Fixtures for driving the real window: patched static dialogs, a window per test."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QCheckBox, QFileDialog, QMessageBox

from synergy_desktop.ui.shared.settings import Settings
from synergy_desktop.ui.window.export_flow import PRIVACY_BOX
from synergy_desktop.ui.window.main_window import MainWindow


@dataclass
class Dialogs:
    """Records every message box; answers file dialogs and questions from queues."""

    shown: list[tuple[str, str]] = field(default_factory=list)
    save_paths: list[str] = field(default_factory=list)
    open_paths: list[str] = field(default_factory=list)
    answers: list[QMessageBox.StandardButton] = field(default_factory=list)
    leave_out_personal_data: bool = False  # ticked in an export's file dialog

    def texts(self) -> list[str]:
        return [text for _, text in self.shown]


@pytest.fixture
def dialogs(monkeypatch) -> Dialogs:
    record = Dialogs()

    def static(kind):
        def show(parent, title, text, *args, **kwargs):
            record.shown.append((kind, text))
            if record.answers:
                return record.answers.pop(0)
            return QMessageBox.StandardButton.Ok

        return staticmethod(show)

    for kind in ("warning", "information", "question", "critical"):
        monkeypatch.setattr(QMessageBox, kind, static(kind))
    monkeypatch.setattr(
        QMessageBox,
        "about",
        staticmethod(lambda parent, title, text: record.shown.append(("about", text))),
    )
    monkeypatch.setattr(
        QMessageBox, "exec", lambda self: record.shown.append(("box", self.text())) or 0
    )
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        staticmethod(
            lambda *a, **k: (record.save_paths.pop(0), "") if record.save_paths else ("", "")
        ),
    )

    def file_dialog(self):  # the export dialog, a QFileDialog with a check box
        if not record.save_paths:
            return 0
        self.selectFile(record.save_paths.pop(0))
        box = self.findChild(QCheckBox, PRIVACY_BOX)
        if box is not None:
            box.setChecked(record.leave_out_personal_data)
        return 1

    monkeypatch.setattr(QFileDialog, "exec", file_dialog)
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        staticmethod(
            lambda *a, **k: (record.open_paths.pop(0), "") if record.open_paths else ("", "")
        ),
    )
    return record


@pytest.fixture
def settings() -> Settings:
    value = Settings()
    value.author = "Test User"
    return value


@pytest.fixture
def window(qtbot, settings, framework, dialogs):
    win = MainWindow(settings, framework)
    win.files.synchronous_tasks = True
    qtbot.addWidget(win)
    win.show()
    yield win
    win.files.close_workspace()


@pytest.fixture(autouse=True)
def no_leftovers(request):
    """Fail a UI test that leaves worker threads running or extra windows open."""
    yield
    if "qtbot" not in request.fixturenames:
        return
    assert QThreadPool.globalInstance().waitForDone(5000)
    app = QApplication.instance()
    app.processEvents()
    stray = [
        w
        for w in app.topLevelWidgets()
        if w.isVisible() and not isinstance(w, MainWindow) and w.windowType() != 0
    ]
    assert stray == [], f"windows left open: {stray}"


def demo_with_one_round(path) -> None:
    """The demo as it was before it gained its finalised 2024 round: one partly answered round
    (for tests that build a second round themselves)."""
    from synergy_desktop.services.context import WorkspaceContext

    context = WorkspaceContext.open_demo(path)
    try:
        *earlier, _current = context.assessments.list_assessments()
        for info in earlier:
            context.assessments.delete(info.id, purge_history=True)
    finally:
        context.close()
