"""A whole round answered with the keyboard alone, through Qt's key events: Tab stops, the
rating, the conventions list, Alt+letters and Alt+Down, then the saved answers after reopening."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListView, QRadioButton

from synergy_desktop.domain.rating import Rating
from synergy_desktop.services.assessments import AssessmentService
from synergy_desktop.storage.workspace import open_workspace
from synergy_desktop.ui.assessment.rating_choice import RATING_ORDER
from synergy_desktop.ui.shared.mnemonics import mnemonic
from synergy_desktop.ui.window.main_window import MainWindow

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def with_round(workspace_path, framework):
    ws = open_workspace(workspace_path, create=True)
    info = AssessmentService(ws, framework).create("Round 2026")
    ws.close()
    return info.id


@pytest.fixture
def opened(window, workspace_path, with_round, qtbot):
    assert window.files.open_location(str(workspace_path))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key pressed where the keyboard focus is, as a user's key would be."""
    target = QApplication.focusWidget() or QApplication.activeWindow()
    qtbot.keyClick(target, key, modifier)


def alt_letter(qtbot, label_text: str) -> None:
    """Alt and the underlined letter of a label."""
    letter = mnemonic(label_text)
    assert letter is not None, label_text
    press(qtbot, getattr(Qt.Key, f"Key_{letter.upper()}"), ALT)


def saved(path, framework, assessment_id):
    ws = open_workspace(path)
    try:
        service = AssessmentService(ws, framework)
        return {o.id: service.answer(assessment_id, o.id) for o in framework.options}
    finally:
        ws.close()


def test_tab_lands_on_the_chosen_rating_and_space_keeps_it(opened, qtbot):
    page = opened.view.page
    page.rating_buttons[Rating.LARGELY].click()
    page.priority.setFocus()
    press(qtbot, Qt.Key.Key_Tab, SHIFT)  # back from Priority into the rating
    assert QApplication.focusWidget() is page.rating_buttons[Rating.LARGELY]
    press(qtbot, Qt.Key.Key_Space)
    assert page.rating.value() is Rating.LARGELY
    assert opened.session.answer("A1").rating is Rating.LARGELY
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.priority  # one Tab stop for seven buttons


def test_the_conventions_are_one_tab_stop_and_space_ticks(
    opened, qtbot, workspace_path, framework, with_round
):
    page = opened.view.page
    page.priority.setFocus()
    press(qtbot, Qt.Key.Key_Tab)
    assert isinstance(QApplication.focusWidget(), QListView)
    press(qtbot, Qt.Key.Key_Space)  # CBD, the first
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Space)  # the third
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.responsible  # the twelve are one stop
    codes = saved(workspace_path, framework, with_round)["A1"].conventions
    model = page.conventions_model
    assert codes == (model.instruments[0].code, model.instruments[2].code)
    press(qtbot, Qt.Key.Key_Tab, SHIFT)
    press(qtbot, Qt.Key.Key_Space)  # the third again: unticked
    assert saved(workspace_path, framework, with_round)["A1"].conventions == (codes[0],)


def test_a_whole_round_answered_with_the_keyboard_alone(
    opened, qtbot, workspace_path, framework, settings, with_round
):
    window = opened
    press(qtbot, Qt.Key.Key_2, CTRL)  # the Assessment page
    page = window.view.page
    expected = {}
    for position, option in enumerate(framework.options):
        assert page.option.id == option.id
        alt_letter(qtbot, page.labels["rating"].text())
        assert isinstance(QApplication.focusWidget(), QRadioButton)
        rating = RATING_ORDER[position % 5]
        if position % 2:
            press(qtbot, getattr(Qt.Key, f"Key_{position % 5}"))  # a digit chooses
        else:
            for _ in range(position % 5 + 1):  # from "not yet discussed", round to 0, on
                press(qtbot, Qt.Key.Key_Down)
        assert page.rating.value() is rating
        alt_letter(qtbot, page.labels["evidence"].text())
        assert QApplication.focusWidget() is page.texts["evidence"]
        qtbot.keyClicks(QApplication.focusWidget(), f"Seen at the workshop ({option.id})")
        expected[option.id] = (rating, f"Seen at the workshop ({option.id})")
        press(qtbot, Qt.Key.Key_Down, ALT)  # the next option; what was typed is saved
    assert page.option.id == framework.options[-1].id
    window.close()

    again = MainWindow(settings, framework)
    qtbot.addWidget(again)
    assert again.files.open_location(str(workspace_path))
    answers = {o.id: again.session.answer(o.id) for o in framework.options}
    assert {k: (a.rating, a.evidence) for k, a in answers.items()} == expected
    assert again.view.overall_bar.text() == f"{len(expected)} of {len(expected)} answered"
    again.files.close_workspace()
    stored = saved(workspace_path, framework, with_round)
    assert {k: (a.rating, a.evidence) for k, a in stored.items()} == expected


def test_a_final_round_keeps_its_conventions_and_the_model_passes_the_tester(
    window, workspace_path, framework, with_round, qtbot, qtmodeltester
):
    ws = open_workspace(workspace_path)
    service = AssessmentService(ws, framework)
    service.save_answer(with_round, "A1", {"conventions": ("CBD",)})
    service.finalise(with_round)
    ws.close()
    assert window.files.open_location(str(workspace_path))
    page = window.view.page
    model = page.conventions_model
    qtmodeltester.check(model)
    assert model.codes() == ("CBD",)
    first = model.index(0)
    assert not model.flags(first) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.setData(first, Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert model.codes() == ("CBD",)
