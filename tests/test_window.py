"""The guided window driven like a user would: keyboard, autosave, restart, trouble."""

from __future__ import annotations

import sqlite3

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import event

from synergy_desktop.domain.focal_points import FocalPointInput, Person
from synergy_desktop.domain.rating import Rating
from synergy_desktop.formats.excel.summary import export_summary
from synergy_desktop.services.assessments import AssessmentService
from synergy_desktop.storage.workspace import open_workspace
from synergy_desktop.ui.assessment import round_actions
from synergy_desktop.ui.assessment.framework_tree import STATUS
from synergy_desktop.ui.shared.tasks import Task
from synergy_desktop.ui.window.main_window import MainWindow


@pytest.fixture
def with_round(workspace_path, framework):
    ws = open_workspace(workspace_path, create=True)
    info = AssessmentService(ws, framework).create("Round 2026")
    ws.close()
    return info.id


@pytest.fixture
def opened(window, workspace_path, with_round):
    assert window.files.open_location(str(workspace_path))
    return window


def saved_answer(path, framework, assessment_id, option_id):
    ws = open_workspace(path)
    try:
        return AssessmentService(ws, framework).answer(assessment_id, option_id)
    finally:
        ws.close()


def test_create_a_round_from_the_menu(window, workspace_path, monkeypatch, qtbot):
    assert window.files.open_location(str(workspace_path), create=True)
    assert window.view.stack.currentIndex() == 0  # "no round yet" page
    monkeypatch.setattr(round_actions.RoundDialog, "exec", lambda self: 1)
    monkeypatch.setattr(round_actions.RoundDialog, "values", lambda self: ("Round A", "2026"))
    window.new_round.trigger()
    assert window.session.assessment.title == "Round A"
    assert window.round_combo.currentText() == "Round A (Draft)"
    assert window.view.stack.currentIndex() == 1
    assert window.view.page.option.id == "A1"


def test_answer_with_the_keyboard_then_restart(
    opened, qtbot, workspace_path, framework, settings, with_round
):
    window = opened
    page = window.view.page
    assert page.option.id == "A1"
    page.focus_first_field()
    focused = QApplication.focusWidget() or page.rating_buttons[Rating.NOT_DISCUSSED]
    qtbot.keyClick(focused, Qt.Key.Key_Down)
    chosen = page.rating_group.checkedButton()
    assert chosen is not None and chosen is not page.rating_buttons[Rating.NOT_DISCUSSED]
    rating = next(r for r, b in page.rating_buttons.items() if b is chosen)
    page.texts["evidence"].setFocus()
    qtbot.keyClicks(page.texts["evidence"], "Register kept by the ministry")
    alt = Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(page.texts["evidence"], Qt.Key.Key_Down, alt)  # next option, saved at once
    assert page.option.id == "A2"
    assert saved_answer(workspace_path, framework, with_round, "A1").evidence == (
        "Register kept by the ministry"
    )
    page.responsible.setFocus()
    qtbot.keyClicks(page.responsible, "Ministry of Foreign Affairs")
    qtbot.keyClick(page.responsible, Qt.Key.Key_Tab)  # leaving the field saves it
    assert saved_answer(workspace_path, framework, with_round, "A2").responsible == (
        "Ministry of Foreign Affairs"
    )
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Up, alt)
    assert page.option.id == "A1"
    assert page.texts["evidence"].toPlainText() == "Register kept by the ministry"
    window.close()

    again = MainWindow(settings, framework)
    qtbot.addWidget(again)
    again.files.open_location(settings.last_workspace)
    assert again.session.assessment.id == with_round
    assert again.session.answer("A1").rating is rating
    assert again.session.answer("A1").evidence == "Register kept by the ministry"
    assert again.session.answer("A2").responsible == "Ministry of Foreign Affairs"
    again.view.select_option("A2")
    assert again.view.page.responsible.text() == "Ministry of Foreign Affairs"
    assert saved_answer(workspace_path, framework, with_round, "A1").updated_by == "Test User"
    again.files.close_workspace()


def test_typing_is_saved_after_a_short_pause(opened, qtbot, workspace_path, framework, with_round):
    box = opened.view.page.texts["gaps"]
    box.setFocus()
    qtbot.keyClicks(box, "No legal mandate")
    qtbot.waitUntil(
        lambda: (
            saved_answer(workspace_path, framework, with_round, "A1").gaps == "No legal mandate"
        ),
        timeout=3000,
    )
    assert opened.save_label.text().startswith("Saved")


def test_closing_the_window_saves_what_was_typed(
    opened, qtbot, workspace_path, framework, with_round
):
    qtbot.keyClicks(opened.view.page.texts["next_steps"], "Draft terms of reference")
    opened.close()  # no pause, no focus change: the close itself must save
    answer = saved_answer(workspace_path, framework, with_round, "A1")
    assert answer.next_steps == "Draft terms of reference"


def test_tree_progress_follows_the_answers(opened, qtbot):
    model = opened.view.tree_model
    area_status = model.index(0, STATUS)
    assert model.data(area_status) == "0/6"
    opened.view.page.rating_buttons[Rating.LARGELY].click()
    assert model.data(area_status) == "1/6"
    assert model.data(model.option_index("A1", STATUS)) == "✓ 3"
    assert opened.view.overall_bar.value() == 1
    assert opened.view.overall_bar.text() == "1 of 29 answered"


def test_history_panel_shows_each_change(opened, qtbot):
    page = opened.view.page
    page.rating_buttons[Rating.PARTLY].click()
    page.rating_buttons[Rating.FULLY].click()
    model = opened.view.history_model
    rows = [
        (
            model.data(model.index(r, 1)),
            model.data(model.index(r, 2)),
            model.data(model.index(r, 3)),
            model.data(model.index(r, 4)),
        )
        for r in range(model.rowCount())
    ]
    assert ("Test User", "Rating", "2 – partly in place", "4 – fully in place") in rows
    assert ("Test User", "Rating", "Not yet discussed", "2 – partly in place") in rows


def test_undo_and_redo_an_answer(opened, qtbot, workspace_path, framework, with_round):
    page = opened.view.page
    page.rating_buttons[Rating.PLANNED].click()
    page.rating_buttons[Rating.LARGELY].click()
    assert opened.undo.isEnabled()
    opened.undo.trigger()
    assert page.rating_buttons[Rating.PLANNED].isChecked()
    assert saved_answer(workspace_path, framework, with_round, "A1").rating is Rating.PLANNED
    opened.redo.trigger()
    assert page.rating_buttons[Rating.LARGELY].isChecked()
    assert saved_answer(workspace_path, framework, with_round, "A1").rating is Rating.LARGELY


def test_finalised_round_opens_read_only(window, workspace_path, framework, with_round):
    ws = open_workspace(workspace_path)
    service = AssessmentService(ws, framework)
    service.save_answer(with_round, "A1", {"evidence": "Agreed"})
    service.finalise(with_round)
    ws.close()
    window.files.open_location(str(workspace_path))
    view = window.view
    assert view.banner.isVisible() and "read-only" in view.banner.text()
    page = view.page
    assert page.texts["evidence"].isReadOnly()
    assert not page.rating_buttons[Rating.FULLY].isEnabled()
    assert not window.finalise_round.isEnabled()
    window.session.stage("A1", "evidence", "Changed")
    assert window.session.pending == {}


def test_failed_save_keeps_the_text_and_says_why(
    opened, qtbot, dialogs, workspace_path, framework, with_round
):
    session = opened.session
    engine = session.context._workspace.engine  # the test fills the disk
    pages = sqlite3.connect(workspace_path).execute("PRAGMA page_count").fetchone()[0]

    def disk_full(connection, _record):
        connection.execute(f"PRAGMA max_page_count = {pages}")

    engine.dispose()
    event.listen(engine, "connect", disk_full)
    long_text = "Minutes of the committee. " * 1000
    box = opened.view.page.texts["evidence"]
    box.setPlainText(long_text)
    assert session.flush() is False
    assert opened.save_label.text().startswith("Could not save — the disk is full")
    assert any("could not be written" in text for text in dialogs.texts())
    assert box.toPlainText() == long_text
    assert session.pending["A1"]["evidence"] == long_text

    event.remove(engine, "connect", disk_full)
    engine.dispose()
    session.set_retry_interval(50)
    qtbot.waitUntil(lambda: not session.pending, timeout=3000)
    assert saved_answer(workspace_path, framework, with_round, "A1").evidence == long_text
    assert opened.save_label.text().startswith("Saved")


def test_too_long_text_stays_on_screen_with_the_reason(
    opened, dialogs, workspace_path, framework, with_round
):
    page = opened.view.page
    page.rating_buttons[Rating.PARTLY].click()
    too_long = "x" * 32_001
    page.texts["gaps"].setPlainText(too_long)
    page.responsible.setText("Ministry")
    page.responsible.textEdited.emit("Ministry")
    assert opened.session.flush() is False
    assert "too long" in opened.save_label.text()
    assert any("too long" in text for text in dialogs.texts())
    assert page.texts["gaps"].toPlainText() == too_long
    saved = saved_answer(workspace_path, framework, with_round, "A1")
    assert saved.responsible == "Ministry" and saved.gaps == ""
    page.texts["gaps"].setPlainText("Shortened")
    assert opened.session.flush() is True
    assert saved_answer(workspace_path, framework, with_round, "A1").gaps == "Shortened"


def test_opening_a_file_that_is_not_a_workspace(window, tmp_path, dialogs):
    notes = tmp_path / "notes.synergy"
    notes.write_text("not a database")
    assert window.files.open_location(str(notes)) is False
    assert any("not a Synergy Desktop workspace" in text for text in dialogs.texts())
    assert notes.read_text() == "not a database"
    assert window.stack.currentWidget() is window.start_page


def test_export_summary_from_the_menu(opened, tmp_path, dialogs, qtbot):
    opened.view.page.texts["evidence"].setPlainText("Typed just before exporting")
    target = tmp_path / "summary"
    dialogs.save_paths.append(str(target))
    opened.export.trigger()
    qtbot.waitUntil(lambda: "Summary written to" in opened.statusBar().currentMessage())
    written = tmp_path / "summary.xlsx"
    sheet = openpyxl.load_workbook(written)["Answers"]
    assert sheet["B2"].value == "A1"
    assert sheet["H2"].value == "Typed just before exporting"


def test_cancelled_export_leaves_no_file(opened, tmp_path, qtbot):
    target = tmp_path / "cancelled.xlsx"
    data = opened.session.context.summary(opened.session.assessment.id)
    task = Task(opened, "Export", lambda: export_summary(data, target), synchronous=True)
    with qtbot.waitSignal(task.done) as blocker:
        task.cancel()
        task.start()
    assert blocker.args == [True]
    assert list(tmp_path.glob("*.xlsx*")) == []


def test_tree_and_history_models_pass_the_model_tester(opened, qtmodeltester):
    opened.view.page.rating_buttons[Rating.PARTLY].click()
    qtmodeltester.check(opened.view.tree_model)
    qtmodeltester.check(opened.view.history_model)


def test_font_size_is_remembered(opened, settings):
    before = QApplication.font().pointSizeF()
    opened.larger.trigger()
    assert QApplication.font().pointSizeF() == before + 1
    assert settings.font_delta == 1
    opened.reset_font.trigger()
    assert QApplication.font().pointSizeF() == opened.base_point_size


def test_questionnaire_export_and_import_from_the_menu(
    opened, tmp_path, dialogs, qtbot, monkeypatch, with_round
):
    from synergy_desktop.ui.window.questionnaire_actions import PreviewDialog

    target = tmp_path / "for ministries.xlsx"
    dialogs.save_paths.append(str(target))
    opened.export_questionnaire.trigger()
    qtbot.waitUntil(lambda: "Questionnaire written to" in opened.statusBar().currentMessage())
    book = openpyxl.load_workbook(target)
    sheet = next(s for s in book.worksheets if s["A1"].value == "A")
    sheet["D3"] = "3 – largely in place"
    sheet["I3"] = "Budget line missing"
    book.save(target)

    dialogs.open_paths.append(str(target))
    monkeypatch.setattr(PreviewDialog, "exec", lambda dialog: 0)
    opened.import_questionnaire.trigger()
    assert opened.session.answer("A1").rating is Rating.NOT_DISCUSSED  # cancelled

    seen = {}

    def apply(dialog: PreviewDialog) -> int:
        seen["rows"] = dialog.changes.model().rowCount()
        seen["button"] = dialog.apply_button.text()
        return 1

    dialogs.open_paths.append(str(target))
    monkeypatch.setattr(PreviewDialog, "exec", apply)
    opened.import_questionnaire.trigger()
    assert seen == {"rows": 2, "button": "Apply 2 changes"}
    assert opened.session.answer("A1").rating is Rating.LARGELY
    assert opened.view.page.texts["gaps"].toPlainText() == "Budget line missing"
    assert opened.view.history_model.entries[0].source == "questionnaire for ministries.xlsx"


def test_window_and_splitter_sizes_are_remembered(opened, qtbot, settings, framework):
    opened.resize(760, 560)  # within the 800x600 offscreen screen
    opened.view.splitter.setSizes([250, 500])
    sizes = opened.view.splitter.sizes()
    opened.close()
    again = MainWindow(settings, framework)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (760, 560)
    again.files.open_location(settings.last_workspace)
    restored = again.view.splitter.sizes()
    assert abs(restored[0] / sum(restored) - sizes[0] / sum(sizes)) < 0.02
    again.files.close_workspace()


def test_round_details_record_period_and_participants(opened, monkeypatch, service, with_round):
    from synergy_desktop.ui.shared.dialogs import DetailsDialog

    monkeypatch.setattr(DetailsDialog, "exec", lambda dialog: 1)
    monkeypatch.setattr(
        DetailsDialog, "values", lambda dialog: ("2026-2027", ["Amina Diallo", " ", "Li Wei"])
    )
    opened.round_details.trigger()
    info = opened.session.assessment
    assert info.period == "2026-2027" and info.participants == ("Amina Diallo", "Li Wei")
    assert [e.field for e in opened.session.service.history(with_round)][:2] == [
        "participants",
        "period",
    ]
    opened.session.service.finalise(with_round)
    opened.session.refresh_round()
    assert not opened.round_details.isEnabled()


def test_f1_opens_the_user_guide_at_the_page_in_front(opened, qtbot):
    from PySide6.QtGui import QAction

    from synergy_desktop.ui.shared.help_browser import HelpBrowser

    opened.show_tab("register")
    opened.findChild(QAction, "userGuide").trigger()
    browser = opened.findChild(HelpBrowser, "helpBrowser")
    assert browser is not None and browser.isVisible()
    assert browser.current_section() == "focal_points"
    opened.show_tab("reporting")
    opened.findChild(QAction, "userGuide").trigger()
    assert browser.current_section() == "reporting"
    browser.close()


def test_export_report_from_the_menu_without_personal_data(opened, tmp_path, dialogs, qtbot):
    from docx import Document
    from PySide6.QtGui import QAction

    opened.session.context.focal_points.add(
        FocalPointInput(
            "CITES", "ma", Person(first_name="Ana", last_name="Ortega", institution="Ministry")
        )
    )
    dialogs.save_paths.append(str(tmp_path / "for the minister"))
    dialogs.leave_out_personal_data = True
    opened.findChild(QAction, "exportReport").trigger()
    qtbot.waitUntil(lambda: "Report written to" in opened.statusBar().currentMessage())
    written = tmp_path / "for the minister.docx"
    document = Document(str(written))
    text = "\n".join(p.text for p in document.paragraphs)
    text += "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert any(p.style.name == "Heading 1" for p in document.paragraphs)
    assert "Ortega" not in text
