"""NBSAP alignment and the reporting calendar, driven through the window."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from synergy_desktop.domain.nbsap import TargetInput
from synergy_desktop.domain.reporting import upcoming
from synergy_desktop.services.assessments import AssessmentService
from synergy_desktop.services.nbsap import NbsapService
from synergy_desktop.storage.workspace import open_workspace
from synergy_desktop.ui.alignment.nbsap_dialogs import ImportPreviewDialog


@pytest.fixture
def opened(window, workspace_path, framework):
    ws = open_workspace(workspace_path, create=True)
    AssessmentService(ws, framework).create("Round")
    NbsapService(ws).add_target(TargetInput("T1", "Protect 30% of land and sea"))
    ws.close()
    window.files.open_location(str(workspace_path))
    return window


def test_import_targets_through_the_dialog(opened, tmp_path, dialogs, monkeypatch):
    path = tmp_path / "targets.xlsx"
    book = openpyxl.Workbook()
    for row in (
        ["Code", "Title", "Lead institution"],
        ["T2", "Restore wetlands", "Parks"],
        ["T3", "", ""],
        ["T1", "Clash", ""],
    ):
        book.active.append(row)
    book.save(path)
    dialogs.open_paths.append(str(path))
    seen = {}

    def accept(dialog: ImportPreviewDialog) -> int:
        seen["accepted"] = dialog.accepted.model().rowCount()
        seen["rejected"] = [
            dialog.rejected.model().index(r, 1).data()
            for r in range(dialog.rejected.model().rowCount())
        ]
        seen["button"] = dialog.import_button.text()
        return 1

    monkeypatch.setattr(ImportPreviewDialog, "exec", accept)
    view = opened.tabs.nbsap
    view.buttons["import"].click()
    assert seen["accepted"] == 1 and seen["button"] == "Import 1 target"
    assert "needs a title" in seen["rejected"][0] and "already used" in seen["rejected"][1]
    codes = [t.code for t in view.target_model.targets]
    assert codes == ["T1", "T2"]
    assert dialogs.shown[-1] == ("information", "1 national target added.")


def test_cancelled_import_adds_nothing(opened, tmp_path, dialogs, monkeypatch):
    path = tmp_path / "targets.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Code", "Title"])
    book.active.append(["T9", "Anything"])
    book.save(path)
    dialogs.open_paths.append(str(path))
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda dialog: 0)
    opened.tabs.nbsap.buttons["import"].click()
    assert [t.code for t in opened.tabs.nbsap.target_model.targets] == ["T1"]


def test_a_broken_file_is_reported_plainly(opened, tmp_path, dialogs):
    path = tmp_path / "targets.xlsx"
    path.write_text("Code;Title\n")
    dialogs.open_paths.append(str(path))
    opened.tabs.nbsap.buttons["import"].click()
    assert "not an Excel workbook" in dialogs.texts()[-1]


def test_edit_matrix_cells_with_the_keyboard(opened, qtbot):
    view = opened.tabs.nbsap
    opened.page_actions["nbsap"].trigger()
    model = view.matrix_model
    assert view.framework.currentData() == "KMGBF"
    assert "GBF-T03 " in view.gaps.toPlainText()
    cell = model.index(0, 2)  # T1 × GBF-T03
    view.matrix.setCurrentIndex(cell)
    view.matrix.setFocus()
    qtbot.keyClick(view.matrix, Qt.Key.Key_2)
    assert model.data(cell) == "●"
    assert "GBF-T03 " not in view.gaps.toPlainText()  # the gap disappeared
    qtbot.keyClick(view.matrix, Qt.Key.Key_Right)
    qtbot.keyClick(view.matrix, Qt.Key.Key_Space)
    assert model.data(model.index(0, 3)) == "◐"
    qtbot.keyClick(view.matrix, Qt.Key.Key_0)
    assert model.data(model.index(0, 3)) == ""
    levels = {(a.reference, a.level.value) for a in opened.session.context.nbsap.alignments()}
    assert levels == {("GBF-T03", "direct")}
    opened.view.select_option("B3")
    assert "1 of 23 covered" in opened.view.page.description.toPlainText()


def test_mark_a_report_submitted_and_see_it_leave_the_upcoming_list(opened, monkeypatch):
    view = opened.tabs.reporting
    proxy = view.obligation_proxy
    row = next(
        r
        for r in range(proxy.rowCount())
        if proxy.index(r, 1).data() == "Biennial Transparency Report"
    )
    view.obligations.setCurrentIndex(proxy.index(row, 0))
    before = upcoming(view.obligation_model.rows, date.today())
    assert any(
        o.title == "Biennial Transparency Report" and o.due_date.year == 2026 for o in before
    )
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: (date.today().isoformat(), True))
    )
    view.ob_buttons["submitted"].click()
    after = upcoming(view.obligation_model.rows, date.today())
    titles = [(o.title, o.due_date.year) for o in after]
    assert ("Biennial Transparency Report", 2026) not in titles
    assert ("Biennial Transparency Report", 2028) in titles  # the next cycle is in


def test_models_pass_the_model_tester(opened, qtmodeltester):
    tabs = opened.tabs
    for model in (
        tabs.nbsap.target_model,
        tabs.nbsap.matrix_model,
        tabs.reporting.obligation_model,
        tabs.reporting.obligation_proxy,
        tabs.reporting.dataset_model,
        tabs.reporting.dataset_proxy,
    ):
        qtmodeltester.check(model)


def test_delete_a_framework_of_ones_own(opened, dialogs):
    from PySide6.QtWidgets import QMessageBox

    view = opened.tabs.nbsap
    assert not view.delete_framework_button.isEnabled()  # KMGBF is shipped
    opened.session.context.nbsap.add_framework("AU", "Regional strategy", [("G1", "Protect")])
    view.reload()
    view.framework.setCurrentIndex(view.framework.findData("AU"))
    assert view.delete_framework_button.isEnabled()
    dialogs.answers.append(QMessageBox.StandardButton.Yes)
    view.delete_framework_button.click()
    assert view.framework.findData("AU") == -1
    assert "Regional strategy" in dialogs.texts()[-1]
