"""The register, the coverage matrix and the coordination screen, driven through the window."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from synergy_desktop.domain.focal_points import FocalPointInput, Person
from synergy_desktop.services.assessments import AssessmentService
from synergy_desktop.services.focal_points import FocalPointService
from synergy_desktop.storage.workspace import open_workspace
from synergy_desktop.ui.coordination.coordination_dialogs import MeetingDialog, MemberDialog
from synergy_desktop.ui.focal_points.focal_point_dialog import FocalPointDialog
from synergy_desktop.ui.focal_points.focal_point_models import INSTITUTION, NAME


@pytest.fixture
def opened(window, workspace_path, framework):
    ws = open_workspace(workspace_path, create=True)
    AssessmentService(ws, framework).create("Round")
    register = FocalPointService(ws)
    register.add(
        FocalPointInput(
            "CBD",
            "nfp",
            Person(first_name="Amina", last_name="Diallo", institution="Ministry of Environment"),
            verified_on=date.today(),
        )
    )
    register.add(
        FocalPointInput(
            "CITES",
            "ma",
            Person(last_name="Ortega", institution="Customs Authority"),
            verified_on=date.today(),
        )
    )
    ws.close()
    window.files.open_location(str(workspace_path))
    return window


def keyboard_fill(qtbot, instrument: str, role: str, texts: dict[str, str]):
    """An exec() replacement that fills the dialog with key presses and presses Enter."""

    def run(dialog: FocalPointDialog) -> int:
        dialog.show()
        dialog.activateWindow()  # as exec() would: the modal dialog gets the keyboard
        qtbot.waitUntil(dialog.isActiveWindow)
        dialog.instrument.setFocus()
        while dialog.instrument.currentData() != instrument:
            qtbot.keyClick(dialog.instrument, Qt.Key.Key_Down)
        while dialog.role.currentData() != role:
            qtbot.keyClick(dialog.role, Qt.Key.Key_Down)
        for name, text in texts.items():
            dialog.fields[name].setFocus()
            dialog.fields[name].selectAll()
            qtbot.keyClicks(dialog.fields[name], text)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
        run.dialog = dialog
        if dialog.isVisible():
            dialog.reject()
            return 0
        return dialog.result()

    return run


def table_rows(view):
    proxy = view.proxy
    return [
        (proxy.index(r, NAME).data(), proxy.index(r, INSTITUTION).data())
        for r in range(proxy.rowCount())
    ]


def test_add_an_entry_with_the_keyboard(opened, qtbot, monkeypatch):
    view = opened.register
    opened.page_actions["register"].trigger()
    assert opened.tabs.current_name() == "register"
    fill = keyboard_fill(
        qtbot,
        "CITES",
        "sa",
        {"last_name": "Moreau", "institution": "Biodiversity Institute", "email": "moreau@bio.vd"},
    )
    monkeypatch.setattr(FocalPointDialog, "exec", fill)
    missing_before = view.coverage_model.coverage.total - view.coverage_model.coverage.filled
    view.add_button.click()
    assert ("Moreau", "Biodiversity Institute") in table_rows(view)
    coverage = view.coverage_model.coverage
    assert coverage.total - coverage.filled == missing_before - 1


def test_invalid_email_keeps_the_dialog_open_with_the_reason(opened, qtbot, monkeypatch):
    fill = keyboard_fill(
        qtbot,
        "CMS",
        "nfp",
        {"last_name": "Okafor", "institution": "Wildlife", "email": "okafor-at-wildlife"},
    )
    monkeypatch.setattr(FocalPointDialog, "exec", fill)
    opened.register.add_button.click()
    assert "is not a valid e-mail address" in fill.dialog.error.text()
    assert all(name != "Okafor" for name, _ in table_rows(opened.register))


def test_edit_an_entry(opened, qtbot, monkeypatch):
    view = opened.register
    row = next(
        r for r in range(view.proxy.rowCount()) if view.proxy.index(r, NAME).data() == "Ortega"
    )
    view.table.setCurrentIndex(view.proxy.index(row, 0))
    monkeypatch.setattr(
        FocalPointDialog,
        "exec",
        keyboard_fill(qtbot, "CITES", "ma", {"institution": "Customs and Excise Authority"}),
    )
    view.edit_button.click()
    assert ("Ortega", "Customs and Excise Authority") in table_rows(view)


def test_filter_the_table(opened, qtbot):
    view = opened.register
    view.instrument_filter.setCurrentIndex(view.instrument_filter.findData("CITES"))
    assert table_rows(view) == [("Ortega", "Customs Authority")]
    view.instrument_filter.setCurrentIndex(0)
    qtbot.keyClicks(view.text_filter, "amina")
    assert table_rows(view) == [("Amina Diallo", "Ministry of Environment")]
    view.text_filter.clear()
    view.institution_filter.setText("customs")
    assert table_rows(view) == [("Ortega", "Customs Authority")]


def test_deleting_an_entry_shows_a_gap_in_the_matrix_and_on_option_a1(opened, dialogs, qtbot):
    page = opened.view.page
    opened.view.select_option("A1")
    assert "2 of 30 roles filled" in page.description.toPlainText()
    assert "and 22 more" in page.description.toPlainText()
    view = opened.register
    cell = view.coverage_model.coverage.cell("CITES", "ma")
    assert cell.status.value == "filled"
    row = next(
        r for r in range(view.proxy.rowCount()) if view.proxy.index(r, NAME).data() == "Ortega"
    )
    view.table.setCurrentIndex(view.proxy.index(row, 0))
    dialogs.answers.append(QMessageBox.StandardButton.Yes)
    view.delete_button.click()
    assert view.coverage_model.coverage.cell("CITES", "ma").status.value == "missing"
    matrix_index = next(
        view.coverage_model.index(r, c)
        for r in range(view.coverage_model.rowCount())
        for c in range(view.coverage_model.columnCount())
        if (cell := view.coverage_model.cell_at(view.coverage_model.index(r, c)))
        and (cell.instrument, cell.role) == ("CITES", "ma")
    )
    assert matrix_index.data().startswith("✗ ")  # readable without colour
    # the option page learns of the deletion through the change bus (queued)
    qtbot.waitUntil(lambda: "1 of 30 roles filled" in page.description.toPlainText())
    assert "and 23 more" in page.description.toPlainText()


def test_change_of_holder_keeps_the_handover_note(opened, qtbot, monkeypatch):
    view = opened.register
    row = next(
        r
        for r in range(view.proxy.rowCount())
        if view.proxy.index(r, NAME).data() == "Amina Diallo"
    )
    view.table.setCurrentIndex(view.proxy.index(row, 0))

    def change(dialog):
        dialog.fields["last_name"].setText("Keller")
        dialog.fields["institution"].setText("Ministry of Environment")
        dialog.change_date.setText(date.today().isoformat())
        dialog.handover_note.setPlainText("COP report draft is in the shared folder")
        dialog._accept()
        return dialog.result()

    monkeypatch.setattr(FocalPointDialog, "exec", change)
    view.change_button.click()
    assert ("Keller", "Ministry of Environment") in table_rows(view)
    row = next(
        r for r in range(view.proxy.rowCount()) if view.proxy.index(r, NAME).data() == "Keller"
    )
    view.table.setCurrentIndex(view.proxy.index(row, 0))
    details = view.details.toPlainText()
    assert "Hand-over note from Amina Diallo" in details
    assert "COP report draft is in the shared folder" in details
    view.former.setChecked(True)
    assert ("Amina Diallo", "Ministry of Environment") in table_rows(view)


def test_coordination_screen_and_a2_evidence(opened, qtbot, monkeypatch):
    screen = opened.coordination
    monkeypatch.setattr(
        "synergy_desktop.ui.coordination.coordination_view.QInputDialog.getText",
        lambda *a, **k: ("Biodiversity committee", True),
    )
    screen.new_button.click()
    assert screen.mechanism.name == "Biodiversity committee"
    screen.rhythm.setValue(4)
    screen.save_details()

    def add_first_person(dialog: MemberDialog) -> int:
        dialog.person.setCurrentIndex(1)
        return 1

    monkeypatch.setattr(MemberDialog, "exec", add_first_person)
    screen.add_member_button.click()
    monkeypatch.setattr(MeetingDialog, "exec", lambda dialog: 1)
    screen.add_meeting_button.click()
    assert screen.meetings_model.rowCount() == 1
    assert "Met 1 time in the last 12 months (planned: 4 a year)" in screen.status.text()
    assert "less often than planned" in screen.status.text()
    opened.view.select_option("A2")
    text = opened.view.page.description.toPlainText()
    assert "Biodiversity committee met 1 time in the last 12 months" in text


def test_models_pass_the_model_tester(opened, qtmodeltester):
    qtmodeltester.check(opened.register.model)
    qtmodeltester.check(opened.register.proxy)
    qtmodeltester.check(opened.register.coverage_model)
    qtmodeltester.check(opened.coordination.members_model)
    qtmodeltester.check(opened.coordination.meetings_model)


def test_country_profile_switches_instruments_off(opened, monkeypatch):
    from synergy_desktop.ui.window.country_dialog import CountryDialog

    def untick(dialog):
        dialog.parties["GEF"].setChecked(False)
        dialog.stale.setValue(24)
        return 1

    monkeypatch.setattr(CountryDialog, "exec", untick)
    opened.country.trigger()
    coverage = opened.register.coverage_model.coverage
    assert coverage.total == 28 and "GEF" in coverage.excluded
    assert "24 months" in opened.register.legend.text()
