"""A new team's first five minutes, driven through the window: the first-run guide, the empty
pages and their buttons, importing the register they already keep, and a failed Open."""

from __future__ import annotations

import csv
from datetime import date

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from synergy_desktop.services.context import WorkspaceContext
from synergy_desktop.ui.alignment.nbsap_dialogs import ImportPreviewDialog, TargetDialog
from synergy_desktop.ui.calendar.reporting_dialogs import ObligationDialog
from synergy_desktop.ui.focal_points.focal_point_dialog import FocalPointDialog
from synergy_desktop.ui.focal_points.register_import_dialog import RegisterImportDialog
from synergy_desktop.ui.shared import dialogs as shared_dialogs
from synergy_desktop.ui.window.first_run import FirstRunDialog


def drive(qtbot, steps, *, finish: str = "setup"):
    """An exec() replacement: show the guide, let ``steps`` work its widgets like a user, then
    press Set up (or Cancel). The dialog is always closed, even when a step fails."""

    def run(dialog: FirstRunDialog) -> int:
        run.dialog = dialog
        dialog.show()
        try:
            steps(dialog)
            button = (
                dialog.setup_button
                if finish == "setup"
                else dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
            )
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        finally:
            if dialog.isVisible():
                dialog.reject()
        return dialog.result()

    return run


def type_into(qtbot, edit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)


def test_the_guide_sets_up_country_treaties_author_and_first_round(
    window, dialogs, qtbot, monkeypatch, tmp_path, settings
):
    def steps(dialog: FirstRunDialog) -> None:
        assert not dialog.setup_button.isEnabled()  # a country name is needed first
        assert all(check.isChecked() for check in dialog.parties.values())  # all pre-ticked
        type_into(qtbot, dialog.name, "Republic of Verdania")
        type_into(qtbot, dialog.short_name, "Verdania")
        type_into(qtbot, dialog.iso3, "vrd1")  # three letters at most
        type_into(qtbot, dialog.author, "Amina Diallo")
        for code in ("ITPGRFA", "IPPC"):
            qtbot.mouseClick(
                dialog.parties[code], Qt.MouseButton.LeftButton, pos=_left(dialog.parties[code])
            )
        assert dialog.round_box.isChecked()
        assert dialog.round_title.text() == f"Self-assessment {date.today().year}"
        type_into(qtbot, dialog.round_title, "First synergies round")
        assert dialog.setup_button.isEnabled()

    monkeypatch.setattr(FirstRunDialog, "exec", drive(qtbot, steps))
    dialogs.save_paths.append(str(tmp_path / "verdania"))
    window.new_ws.trigger()

    session = window.session
    assert session is not None and session.context.path == tmp_path / "verdania.synergy"
    country = session.context.country()
    assert (country.name, country.short_name, country.iso3) == (
        "Republic of Verdania",
        "Verdania",
        "VRD",
    )
    assert country.excluded_instruments == ("ITPGRFA", "IPPC")
    assert session.assessment.title == "First synergies round"
    assert settings.author == "Amina Diallo" and session.author == "Amina Diallo"
    assert window.tabs.current_name() == "assessment" and window.view.stack.currentIndex() == 1
    coverage = session.context.focal_points.coverage()
    assert {c.instrument for c in coverage.cells}.isdisjoint({"ITPGRFA", "IPPC"})
    obligations = session.context.reporting().obligations()
    assert obligations and {o.instrument for o in obligations}.isdisjoint({"ITPGRFA", "IPPC"})
    assert all(o.due_date >= date.today() for o in obligations if o.due_date)
    window.show_tab("overview")
    qtbot.waitUntil(lambda: window.tabs.overview.title.text() == "Republic of Verdania")
    assert dialogs.texts() == []  # nothing to warn about

    window.files.close_workspace()  # what was written is in the file
    reopened = WorkspaceContext.open(tmp_path / "verdania.synergy")
    try:
        assert reopened.country().excluded_instruments == ("ITPGRFA", "IPPC")
        assert [r.title for r in reopened.assessments.list_assessments()] == [
            "First synergies round"
        ]
    finally:
        reopened.close()


def _left(widget):
    """A point on the box of a check box (its left end; the right end in Arabic)."""
    from PySide6.QtCore import QPoint

    x = widget.width() - 8 if widget.isRightToLeft() else 8
    return QPoint(x, widget.height() // 2)


def test_cancelling_the_guide_leaves_a_valid_empty_workspace_and_says_so(
    window, dialogs, qtbot, monkeypatch, tmp_path
):
    monkeypatch.setattr(FirstRunDialog, "exec", drive(qtbot, lambda d: None, finish="cancel"))
    dialogs.save_paths.append(str(tmp_path / "later.synergy"))
    window.start_page.new_button.click()
    assert window.session is not None and window.session.assessment is None
    assert any("created without a country" in text for text in dialogs.texts())
    assert window.view.stack.currentWidget() is window.view.empty
    context = window.session.context
    assert context.country().name == ""
    assert all(o.due_date >= date.today() for o in context.reporting().obligations() if o.due_date)
    window.show_tab("overview")
    title = window.tabs.overview.title
    qtbot.waitUntil(lambda: title.text() != "")
    assert str(tmp_path) not in title.text() and "Country profile" in title.text()


def test_the_language_chosen_in_the_guide_switches_the_window(
    window, dialogs, qtbot, monkeypatch, tmp_path
):
    def steps(dialog: FirstRunDialog) -> None:
        dialog.language.setFocus()
        while dialog.language.currentData() != "ar":
            qtbot.keyClick(dialog.language, Qt.Key.Key_Down)
        assert window.isRightToLeft() and dialog.isRightToLeft()
        assert window.language_actions["ar"].isChecked()
        assert dialog.parties["CBD"].text() == "اتفاقية التنوع البيولوجي"
        assert dialog.heading.alignment() & Qt.AlignmentFlag.AlignRight
        assert "٢٠" in dialog.round_title.text()  # the suggested title follows the language
        type_into(qtbot, dialog.name, "Verdania")

    monkeypatch.setattr(FirstRunDialog, "exec", drive(qtbot, steps))
    dialogs.save_paths.append(str(tmp_path / "ar.synergy"))
    window.new_ws.trigger()
    assert window.settings.language == "ar"
    assert window.session.context.country().name == "Verdania"
    window.set_language("en")


# -- empty pages ----------------------------------------------------------------------------


@pytest.fixture
def empty(window, workspace_path):
    assert window.files.open_location(str(workspace_path), create=True)
    return window


def not_clipped(state) -> bool:
    """The text of an empty state has the height its wrapped lines need."""
    label = state.text
    return label.isVisible() and label.height() >= label.heightForWidth(label.width())


def test_assessment_without_a_round_offers_the_first_round(empty, qtbot, monkeypatch):
    empty.show_tab("assessment")
    view = empty.view
    assert view.stack.currentWidget() is view.empty
    qtbot.waitUntil(lambda: not_clipped(view.empty))
    assert (
        view.empty.text.heightForWidth(view.empty.text.width())
        > view.empty.text.fontMetrics().height()
    )
    assert view.empty_button.text() == "Start the first round…"
    monkeypatch.setattr(shared_dialogs.RoundDialog, "exec", lambda self: 1)
    qtbot.mouseClick(view.empty_button, Qt.MouseButton.LeftButton)
    assert empty.session.assessment.title == f"Self-assessment {date.today().year}"
    assert view.stack.currentIndex() == 1


def test_empty_register_adds_a_focal_point_or_imports_a_spreadsheet(
    empty, qtbot, monkeypatch, dialogs, tmp_path
):
    empty.show_tab("register")
    view = empty.register
    assert view.top_stack.currentWidget() is view.empty
    qtbot.waitUntil(lambda: not_clipped(view.empty))
    add, import_ = view.empty.buttons
    assert (add.text(), import_.text()) == ("Add a focal point…", "Import from a spreadsheet…")
    assert "30 role" in view.empty.text.text()

    def fill(dialog: FocalPointDialog) -> int:  # the first button opens the entry form
        dialog.fields["last_name"].setText("Sow")
        dialog.fields["institution"].setText("Environment")
        dialog._accept()
        return dialog.result()

    monkeypatch.setattr(FocalPointDialog, "exec", fill)
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert view.top_stack.currentIndex() == 1 and view.proxy.rowCount() == 1
    view.service.delete(view.service.entries()[0].id)
    view.reload()
    assert view.top_stack.currentWidget() is view.empty

    source = tmp_path / "register.csv"
    with source.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle).writerows(
            [
                ["Instrument", "Role", "First name", "Last name", "Institution", "E-mail"],
                ["CBD", "National focal point", "Amina", "Diallo", "Environment", "a@env.gov"],
                ["CMS", "nfp", "Jo", "Park", "Wildlife", ""],
                ["WHO", "nfp", "X", "Y", "Health", ""],
            ]
        )
    seen = {}

    def preview(dialog: RegisterImportDialog) -> int:
        seen["added"] = dialog.accepted.model().rowCount()
        seen["reason"] = dialog.rejected.model().index(0, 1).data()
        seen["button"] = dialog.import_button.text()
        return 1

    monkeypatch.setattr(RegisterImportDialog, "exec", preview)
    dialogs.open_paths.append(str(source))
    qtbot.mouseClick(import_, Qt.MouseButton.LeftButton)
    assert seen == {
        "added": 2,
        "reason": "Unknown instrument “WHO”",
        "button": "Import 2 focal points",  # English plural forms from the .ts
    }
    assert any("2 focal point" in text for text in dialogs.texts())
    assert view.top_stack.currentIndex() == 1  # the table now, with the two entries
    assert view.proxy.rowCount() == 2
    assert view.coverage_model.coverage.filled == 2


def test_import_button_of_a_filled_register_and_a_refused_file(
    empty, qtbot, monkeypatch, dialogs, tmp_path
):
    empty.show_tab("register")
    view = empty.register
    bad = tmp_path / "points.xlsx"
    bad.write_text("not a workbook")
    dialogs.open_paths.append(str(bad))
    monkeypatch.setattr(RegisterImportDialog, "exec", lambda self: pytest.fail("no preview"))
    view.import_button.click()
    assert any("not an Excel workbook" in text for text in dialogs.texts())
    assert view.service.entries() == []


def test_empty_coordination_adds_a_mechanism(empty, qtbot, monkeypatch):
    empty.show_tab("coordination")
    view = empty.coordination
    qtbot.waitUntil(view.empty.isVisible)
    assert view.body.isHidden() and view.top_bar.isHidden()
    qtbot.waitUntil(lambda: not_clipped(view.empty))
    monkeypatch.setattr(
        QInputDialog, "getText", staticmethod(lambda *a, **k: ("National committee", True))
    )
    (button,) = view.empty.buttons
    assert button.text() == "Add a mechanism…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert view.mechanism.name == "National committee"
    assert view.empty.isHidden() and not view.body.isHidden() and not view.top_bar.isHidden()


def test_empty_alignment_adds_or_imports_targets(empty, qtbot, monkeypatch, dialogs, tmp_path):
    empty.show_tab("nbsap")
    view = empty.tabs.nbsap
    assert view.page_stack.currentWidget() is view.empty
    qtbot.waitUntil(lambda: not_clipped(view.empty))
    add, import_ = view.empty.buttons
    assert (add.text(), import_.text()) == ("Add a target…", "Import targets from Excel…")

    def fill(dialog: TargetDialog) -> int:
        dialog.code.setText("T1")
        dialog.title_edit.setText("Protect wetlands")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(TargetDialog, "exec", fill)
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    assert [t.code for t in view.target_model.targets] == ["T1"]
    assert view.page_stack.currentWidget() is view.splitter

    empty.session.context.nbsap.delete_target(view.target_model.targets[0].id)
    view.reload()
    assert view.page_stack.currentWidget() is view.empty
    book = openpyxl.Workbook()
    book.active.append(["Code", "Title"])
    book.active.append(["T9", "Restore rivers"])
    book.save(tmp_path / "targets.xlsx")
    dialogs.open_paths.append(str(tmp_path / "targets.xlsx"))
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda self: 1)
    qtbot.mouseClick(import_, Qt.MouseButton.LeftButton)
    assert [t.code for t in view.target_model.targets] == ["T9"]


def test_empty_calendar_adds_an_obligation(empty, qtbot, monkeypatch):
    reporting = empty.session.context.reporting()
    for obligation in reporting.obligations():
        reporting.delete(obligation.id)
    empty.show_tab("reporting")
    view = empty.tabs.reporting
    assert view.top_stack.currentWidget() is view.empty
    qtbot.waitUntil(lambda: not_clipped(view.empty))
    (button,) = view.empty.buttons
    assert button.text() == "Add a reporting obligation…"

    def fill(dialog: ObligationDialog) -> int:
        dialog.title_edit.setText("Sixth national report")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(ObligationDialog, "exec", fill)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert [o.title for o in view.obligation_model.rows] == ["Sixth national report"]
    assert view.top_stack.currentIndex() == 1


def test_start_page_without_recent_workspaces(window, workspace_path):
    page = window.start_page
    assert window.stack.currentWidget() is page
    page.set_recent([])
    assert page.first_time.isVisible() and not page.recent.isVisible()
    assert "No workspace has been opened" in page.first_time.text()
    assert all(b.isVisible() for b in (page.new_button, page.open_button, page.demo_button))
    page.set_recent([str(workspace_path)])
    assert page.recent.isVisible() and not page.first_time.isVisible()


def test_a_failed_open_keeps_the_current_workspace_open(window, dialogs, tmp_path):
    first = tmp_path / "first.synergy"
    assert window.files.open_location(str(first), create=True)
    broken = tmp_path / "broken.synergy"
    broken.write_bytes(b"SQLite format 3\x00 but not really")
    dialogs.open_paths.append(str(broken))
    window.open_ws.trigger()
    assert any("cannot" in text.lower() or "not a" in text for text in dialogs.texts())
    assert window.session is not None and window.session.context.path == first
    assert window.stack.currentWidget() is window.tabs
    assert window.settings.last_workspace == str(first)
    assert window.session.context.country() is not None  # still open and usable
