"""File > Merge another workspace…, Save a copy… and Compare workspaces… in the real window."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from synergy_desktop.services.context import WorkspaceContext
from synergy_desktop.ui.window import merge_dialog
from synergy_desktop.ui.window.merge_dialog import CompareDialog, MergeDialog


@pytest.fixture
def team(tmp_path, framework):
    """A base workspace and a colleague's copy with one change and one conflict."""
    base = WorkspaceContext.open_demo(tmp_path / "base.synergy", framework)
    round_id = base.assessments.list_assessments()[-1].id  # the draft round
    base.save_copy(tmp_path / "laptop.synergy")
    laptop = WorkspaceContext.open(tmp_path / "laptop.synergy", framework)
    laptop.assessments.save_answer(round_id, "B1", {"gaps": "No budget line"}, author="Bob")
    laptop.assessments.save_answer(round_id, "A2", {"evidence": "Bob's evidence"}, author="Bob")
    base.assessments.save_answer(round_id, "A2", {"evidence": "Alice's evidence"}, author="Al")
    laptop.close()
    base.close()
    return tmp_path, round_id


def action(window, name) -> QAction:
    return window.findChild(QAction, name)


def test_merge_shows_the_preview_then_applies_the_choices(
    window, team, dialogs, monkeypatch, qtbot
):
    folder, round_id = team
    assert window.files.open_location(str(folder / "base.synergy"))
    seen = {}

    def exec_(dialog: MergeDialog) -> int:
        seen["changes"] = [
            dialog.changes.model().index(r, 3).data()
            for r in range(dialog.changes.model().rowCount())
        ]
        model = dialog.conflict_model
        seen["conflict"] = [model.index(0, c).data() for c in range(5)]
        assert dialog.conflicts.accessibleName() == "Conflicts"
        model.setData(
            model.index(0, 5), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
        )
        return 1

    monkeypatch.setattr(MergeDialog, "exec", exec_)
    dialogs.open_paths.append(str(folder / "laptop.synergy"))
    assert action(window, "mergeWorkspace").isEnabled()
    action(window, "mergeWorkspace").trigger()
    qtbot.waitUntil(lambda: "changes" in seen)
    answers = window.holder.context.assessments.answers
    qtbot.waitUntil(lambda: answers(round_id)["B1"].gaps == "No budget line")

    assert seen["changes"] == ["No budget line"]
    assert seen["conflict"][2] == "Alice's evidence"
    assert seen["conflict"][3].startswith("Bob's evidence\n(Bob")
    answers = window.holder.context.assessments.answers(round_id)
    assert answers["B1"].gaps == "No budget line"
    assert answers["A2"].evidence == "Bob's evidence"  # "take theirs" was ticked


def test_cancelling_the_preview_changes_nothing(window, team, dialogs, monkeypatch, qtbot):
    folder, round_id = team
    assert window.files.open_location(str(folder / "base.synergy"))
    before = window.holder.context.assessments.answers(round_id)
    shown = []
    monkeypatch.setattr(MergeDialog, "exec", lambda self: shown.append(self) and 0)
    dialogs.open_paths.append(str(folder / "laptop.synergy"))
    action(window, "mergeWorkspace").trigger()
    qtbot.waitUntil(lambda: bool(shown))
    assert window.holder.context.assessments.answers(round_id) == before


def test_a_file_that_is_not_a_workspace_is_refused_in_plain_words(window, team, dialogs, qtbot):
    folder, _ = team
    assert window.files.open_location(str(folder / "base.synergy"))
    bad = folder / "notes.synergy"
    bad.write_text("hello")
    dialogs.open_paths.append(str(bad))
    action(window, "mergeWorkspace").trigger()
    qtbot.waitUntil(lambda: bool(dialogs.texts()))
    assert any("cannot be opened as a workspace" in t for t in dialogs.texts())
    assert bad.read_text() == "hello"


def test_save_a_copy_keeps_the_window_on_the_original(window, team, dialogs, qtbot):
    folder, _ = team
    assert window.files.open_location(str(folder / "base.synergy"))
    dialogs.save_paths.append(str(folder / "for-bob.synergy"))
    action(window, "saveCopy").trigger()
    qtbot.waitUntil((folder / "for-bob.synergy").exists)
    assert (folder / "for-bob.synergy").exists()
    assert window.holder.context.path == folder / "base.synergy"
    with WorkspaceContext.reading(folder / "for-bob.synergy") as copy:
        assert copy.assessments.list_assessments()


def test_compare_shows_the_table_and_exports_it(window, team, dialogs, monkeypatch, qtbot):
    folder, _ = team
    paths = [str(folder / "base.synergy"), str(folder / "laptop.synergy")]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: (paths, "")))
    seen = {}

    def exec_(dialog: CompareDialog) -> int:
        model = dialog.table.model()
        seen["head"] = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
        seen["first"] = [model.index(0, c).data() for c in range(5)]
        dialogs.save_paths.append(str(folder / "compare.xlsx"))
        dialog.export_button.click()
        return 0

    monkeypatch.setattr(merge_dialog.CompareDialog, "exec", exec_)
    action(window, "compareWorkspaces").trigger()
    qtbot.waitUntil(lambda: "head" in seen)
    qtbot.waitUntil((folder / "compare.xlsx").exists)
    assert seen["head"] == ["Option", "Title", "Verdania (base)", "Verdania (laptop)", "Spread"]
    assert seen["first"][0] == "A1"
    sheet = openpyxl.load_workbook(folder / "compare.xlsx")["Comparison"]
    assert sheet["D4"].value == "Verdania (base)" and sheet["B6"].value == "A1"
