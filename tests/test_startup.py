"""Start-up: the window paints first, then the workspace opens (or the start page says why not)."""

from __future__ import annotations

import linecache
import os
import subprocess
import sys

import pytest
from PySide6.QtWidgets import QWidget

from synergy_desktop.services.context import WorkspaceContext
from synergy_desktop.ui import app as gui


def _start(location: str, settings) -> gui.MainWindow:
    args, _ = gui.parse_args(["--workspace", location, "--lang", "en"])
    window = gui.start(args, settings, None)
    window.files.synchronous_tasks = True
    return window


def test_the_window_appears_before_the_workspace_opens_then_shows_it(
    qtbot, settings, workspace_path, dialogs
):
    WorkspaceContext.open(workspace_path, create=True).close()
    window = _start(str(workspace_path), settings)
    qtbot.addWidget(window)
    assert window.isVisible()
    assert window.session is None  # not yet: the window paints first
    assert window.start_page.opening.isVisible()
    assert window.start_page.opening.text() == f"Opening {workspace_path}…"
    assert not window.start_page.new_button.isVisible()
    qtbot.waitUntil(lambda: window.session is not None, timeout=10_000)
    assert window.stack.currentWidget() is window.tabs
    assert window.session.context.path == workspace_path
    assert workspace_path.name in window.windowTitle()
    assert window.start_page.opening.isHidden()
    assert dialogs.shown == []


def test_a_failed_open_at_start_shows_the_start_page_and_the_message(
    qtbot, settings, tmp_path, dialogs
):
    notes = tmp_path / "notes.synergy"
    notes.write_text("shopping list", encoding="utf-8")
    settings.add_recent(str(notes))
    window = _start(str(notes), settings)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(dialogs.shown), timeout=10_000)
    kind, text = dialogs.shown[0]
    assert kind == "warning"
    assert str(notes) in text and "cannot be opened as a workspace" in text
    assert window.session is None
    assert window.stack.currentWidget() is window.start_page
    assert window.start_page.opening.isHidden()
    assert window.start_page.new_button.isVisible()
    assert window.start_page.recent.count() == 1
    assert notes.read_text(encoding="utf-8") == "shopping list"  # never touched


def test_a_window_that_never_paints_still_opens_its_workspace(qtbot, monkeypatch):
    monkeypatch.setattr(gui.AfterFirstPaint, "FALLBACK_MS", 50)
    hidden = QWidget()  # never shown, so never painted
    qtbot.addWidget(hidden)
    calls = []
    gui.AfterFirstPaint(hidden, lambda: calls.append("opened"))
    qtbot.waitUntil(lambda: calls == ["opened"], timeout=5_000)


def test_the_addresses_shown_while_opening_carry_no_password():
    shown = gui.shown_location(
        "postgresql://amina:s3cret@db.gov:5433/team?password=x&sslmode=require"
    )
    assert shown == "postgresql://amina@db.gov:5433/team?sslmode=require"
    assert gui.shown_location("/data/country.synergy") == "/data/country.synergy"


CHILD = """
import sys
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

HEAVY = ("sqlalchemy", "alembic", "openpyxl", "docx")
seen = {}

class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched.isWidgetType():
            window = watched.window()
            if type(window).__name__ == "MainWindow":
                if "painted" not in seen:
                    seen["painted"] = sorted(m for m in HEAVY if m in sys.modules)
                if getattr(window, "session", None) is not None and "usable" not in seen:
                    seen["usable"] = sorted(m for m in HEAVY if m in sys.modules)
                    QTimer.singleShot(0, QApplication.quit)
        return False

QApplication([sys.argv[0]])
watch = Watch()
QCoreApplication.instance().installEventFilter(watch)
from synergy_desktop.ui import app
app.main(["--workspace", sys.argv[1], "--no-error-dialog", "--lang", "en"])
print("painted:", ",".join(seen.get("painted", ["never"])))
print("usable:", ",".join(seen.get("usable", ["never"])))
"""


def test_the_window_paints_before_the_database_layer_is_loaded(tmp_path, settings):
    path = tmp_path / "country.synergy"
    WorkspaceContext.open(path, create=True).close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")  # the test's folders (conftest)
    result = subprocess.run(
        [sys.executable, "-c", CHILD, str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(": ", 1) for line in result.stdout.split("\n") if ": " in line)
    assert lines["painted"] == ""  # none of them before the first paint
    assert "sqlalchemy" in lines["usable"].split(",")  # loaded with the workspace
    assert "openpyxl" not in lines["usable"]  # only for an export or an import


def test_modules_that_cannot_use_qt_are_not_read_for_pyside(tmp_path, monkeypatch):
    """The database layer, loaded after the window shows, is not read line by line by PySide's
    import hook (about 17 MiB of source kept in memory, and import time)."""
    marks = getattr(sys.modules.get("shibokensupport.feature"), "pyside_feature_dict", None)
    if not isinstance(marks, dict):
        pytest.skip("this PySide version has no feature marks")
    from synergy_desktop.ui.shared import import_checks

    import_checks.install()
    import_checks.install()  # once is enough
    assert sum(isinstance(f, import_checks._NoQtModules) for f in sys.meta_path) == 1
    package = tmp_path / "noqt_sample"
    package.mkdir()
    (package / "__init__.py").write_text("VALUE = 1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(import_checks, "LIBRARIES", import_checks.LIBRARIES | {"noqt_sample"})
    import noqt_sample

    assert noqt_sample.VALUE == 1
    assert marks["noqt_sample"] == import_checks.IGNORE
    assert str(package / "__init__.py") not in linecache.cache  # never read for PySide


def test_the_round_in_front_at_closing_is_the_one_shown_at_reopening(
    window, workspace_path, settings
):
    context = WorkspaceContext.open(workspace_path, create=True)
    first = context.assessments.create("First round").id
    context.assessments.create("Second round")
    context.close()
    window.files.open_location(str(workspace_path))
    assert window.session.assessment.title == "Second round"  # the newest, the first time
    window._round_chosen(window.round_combo.findData(first))
    assert window.session.assessment.id == first
    window.files.close_workspace()
    window.files.open_location(str(workspace_path))
    assert window.session.assessment.title == "First round"
    assert window.round_combo.currentText().startswith("First round")
