"""Start-up, the start page, the demo, the error pipeline and the screenshots command."""

from __future__ import annotations

import sys

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox

from synergy_desktop.cli import main as cli_main
from synergy_desktop.paths import data_dir
from synergy_desktop.ui.app import startup_location
from synergy_desktop.ui.shared.errors import ErrorReporter, log_file, setup_logging


def test_demo_from_the_start_page(window, qtbot):
    window.start_page.demo_button.click()
    session = window.session
    assert session is not None
    assert session.context.path == data_dir() / "demo" / "demo.synergy"
    assert session.progress().overall.answered == 22
    assert window.round_combo.count() == 2  # the finalised earlier round, and this one
    assert not session.read_only and session.assessment.id == session.rounds()[-1].id


def test_demo_can_start_afresh(window, qtbot, monkeypatch):
    window.files.open_demo()
    window.session.stage("H3", "rating", "4")
    window.session.flush()
    assert window.session.answer("H3").rating.value == "4"

    def choose_reset(box):
        box.clickedButton = lambda: next(
            b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
        )
        return 0

    monkeypatch.setattr(QMessageBox, "exec", choose_reset)
    window.files.open_demo()
    assert window.session.answer("H3").rating.value != "4"


def test_recent_workspace_opens_from_the_start_page(window, workspace_path, qtbot):
    window.files.open_location(str(workspace_path), create=True)
    window.files.close_workspace(remember=False)
    assert window.start_page.recent.count() == 1
    item = window.start_page.recent.item(0)
    window.start_page.recent.itemActivated.emit(item)
    assert window.session is not None
    assert window.session.context.path == workspace_path


def test_startup_reopens_the_last_workspace(settings, workspace_path, tmp_path):
    assert startup_location(None, settings) is None
    settings.last_workspace = str(workspace_path)
    assert startup_location(None, settings) is None  # the file does not exist (yet)
    workspace_path.write_bytes(b"")
    assert startup_location(None, settings) == str(workspace_path)
    assert startup_location("/elsewhere.synergy", settings) == "/elsewhere.synergy"


def test_uncaught_errors_are_logged_without_a_dialog(qtbot):
    setup_logging()
    reporter = ErrorReporter(show_dialog=True)  # SYNERGY_NO_ERROR_DIALOG=1 wins in tests
    assert reporter.show_dialog is False
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError:
        reporter.report(*sys.exc_info())
    text = log_file().read_text("utf-8")
    assert "RuntimeError: boom in a slot" in text
    assert "Traceback" in reporter.last_details


def test_about_box_names_version_and_workspace(window, workspace_path, dialogs):
    window.files.open_location(str(workspace_path), create=True)
    window.about.trigger()
    kind, text = dialogs.shown[-1]
    assert kind == "about" and "0.1.0" in text and str(workspace_path) in text


def test_screenshots_command_renders_every_screen(tmp_path, capsys, qtbot):
    assert cli_main(["screenshots", str(tmp_path / "shots")]) == 0
    names = sorted(p.name for p in (tmp_path / "shots").glob("*.png"))
    assert names == [
        "about.png",
        "coordination.png",
        "focal-points.png",
        "history-panel.png",
        "nbsap-alignment.png",
        "overview.png",
        "reporting-calendar.png",
        "start-page.png",
        "walkthrough.png",
    ]
    walkthrough = QImage(str(tmp_path / "shots" / "walkthrough.png"))
    assert walkthrough.width() >= 1200 and walkthrough.height() >= 700
