"""Assessment > Compare rounds…: two real rounds side by side through the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from synergy_desktop.ui.compare.compare_dialog import CompareDialog
from synergy_desktop.ui.compare.compare_models import AFTER, BEFORE, CHANGE, OPTION, RowRole
from tests.ui_helpers import demo_with_one_round


@pytest.fixture
def demo_window(window, tmp_path):
    path = tmp_path / "demo.synergy"
    demo_with_one_round(path)
    window.set_language("en")
    window.files.open_location(str(path))
    yield window
    window.set_language("en")
    window.release_language()


def compare_action(window):
    return window.findChild(type(window.quit), "compareRounds")


def second_round(window) -> tuple[int, int]:
    session = window.session
    first = session.assessment.id
    info = session.service.new_round_from(first, "Follow-up", period="2028", author="Test")
    session.service.save_answers(
        info.id,
        {
            "A1": {"rating": "4", "evidence": "The register is checked every quarter."},
            "A2": {"rating": "1"},
            "B1": {"next_steps": "Publish the revised NBSAP."},
        },
    )
    session.select(info.id)
    session.refresh_round()
    return first, info.id


def open_dialog(window, qtbot) -> CompareDialog:
    compare_action(window).trigger()
    dialog = window.findChild(CompareDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.proxy.rowCount() > 0)
    return dialog


def row_of(dialog: CompareDialog, option_id: str) -> int:
    proxy = dialog.proxy
    return next(
        r for r in range(proxy.rowCount()) if proxy.index(r, 0).data(RowRole).option_id == option_id
    )


def test_the_menu_entry_needs_a_workspace_and_two_rounds(demo_window, dialogs):
    action = compare_action(demo_window)
    assert action in demo_window.round_menu.actions()
    assert action.text() == "&Compare rounds…" and action.isEnabled()
    action.trigger()  # the demo has one round: say what to do instead
    assert dialogs.shown[-1][0] == "information"
    assert "New round from this one" in dialogs.shown[-1][1]
    assert demo_window.findChild(CompareDialog) is None
    demo_window.files.close_workspace()
    assert not action.isEnabled()


def test_the_dialog_lists_a_changed_rating_with_its_direction(demo_window, qtbot):
    first, second = second_round(demo_window)
    dialog = open_dialog(demo_window, qtbot)
    assert (dialog.before.currentData(), dialog.after.currentData()) == (first, second)
    proxy = dialog.proxy
    assert proxy.rowCount() == len(demo_window.framework.options)
    a1, a2 = row_of(dialog, "A1"), row_of(dialog, "A2")
    assert proxy.index(a1, BEFORE).data() == "2 – partly in place"
    assert proxy.index(a1, AFTER).data() == "4 – fully in place"
    assert proxy.index(a1, CHANGE).data().startswith("▲ up 2")
    assert proxy.index(a2, CHANGE).data().startswith("▼ down 1")
    colour = proxy.index(a2, CHANGE).data(Qt.ItemDataRole.ForegroundRole).color().name()
    assert colour == "#a40000"
    assert "Evidence and notes" in proxy.index(a1, CHANGE + 1).data()
    assert proxy.headerData(BEFORE, Qt.Orientation.Horizontal) == "2026"
    dialog.select_row(a1)
    details = dialog.details.toPlainText()
    assert "The register is checked every quarter." in details and "changed" in details
    areas = dialog.areas
    assert areas.index(0, 3).data().startswith("▲")  # area A scored higher in the later round
    assert areas.index(areas.rowCount() - 1, 0).data() == "All areas"
    dialog.close()


def test_only_changes_hides_the_options_that_did_not_change(demo_window, qtbot):
    second_round(demo_window)
    dialog = open_dialog(demo_window, qtbot)
    dialog.only_changes.setChecked(True)
    shown = [dialog.proxy.index(r, OPTION).data(RowRole) for r in range(dialog.proxy.rowCount())]
    assert [row.option_id for row in shown] == ["A1", "A2", "B1"]
    dialog.only_changes.setChecked(False)
    assert dialog.proxy.rowCount() == len(demo_window.framework.options)
    dialog.close()


def test_choosing_the_same_round_twice_says_so(demo_window, qtbot):
    first, _ = second_round(demo_window)
    dialog = open_dialog(demo_window, qtbot)
    dialog.choose(first, first)
    assert dialog.problem.text() == "Choose two different rounds to compare."
    assert dialog.proxy.rowCount() == 0
    dialog.close()


def test_the_models_pass_the_model_tester(demo_window, qtbot, qtmodeltester):
    second_round(demo_window)
    dialog = open_dialog(demo_window, qtbot)
    qtmodeltester.check(dialog.model)
    qtmodeltester.check(dialog.proxy)
    qtmodeltester.check(dialog.areas)
    qtmodeltester.check(demo_window.tabs.overview.deadlines.deadlines)
    dialog.close()


def test_the_dialog_follows_a_live_language_switch(demo_window, qtbot):
    second_round(demo_window)
    dialog = open_dialog(demo_window, qtbot)
    english = dialog.proxy.index(0, OPTION).data()
    demo_window.set_language("ar")
    QApplication.processEvents()
    assert dialog.isRightToLeft()
    arabic = dialog.proxy.index(0, OPTION).data()
    assert arabic != english and arabic.startswith("A1 ")
    change = dialog.proxy.index(row_of(dialog, "A1"), CHANGE).data()
    assert "٢" in change and "2" not in change  # the digits of the row's dates and scores
    dialog.close()
