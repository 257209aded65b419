"""Help > Workshop: a fresh demo copy per participant, resetting it, the facilitator's guide."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from synergy_desktop.domain.rating import Rating
from synergy_desktop.paths import data_dir
from synergy_desktop.services.context import WorkspaceContext
from synergy_desktop.ui.shared.help_browser import HelpBrowser
from synergy_desktop.ui.window import workshop_actions
from synergy_desktop.ui.window.workshop_actions import ParticipantDialog, copy_path

Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


@pytest.fixture
def participant(monkeypatch):
    """The name the next participant types in the dialog."""
    typed = {"name": ""}
    monkeypatch.setattr(ParticipantDialog, "exec", lambda dialog: 1)
    monkeypatch.setattr(ParticipantDialog, "name", lambda dialog: typed["name"])
    return typed


def trigger(window, name: str) -> None:
    window.findChild(QAction, name).trigger()


def first_answered(window):
    session = window.session
    return next(o.id for o in session.framework.options if session.answer(o.id).is_answered)


def test_each_participant_gets_a_copy_with_their_name(window, participant, settings):
    participant["name"] = "Amina Diallo"
    trigger(window, "workshopFreshCopy")
    path = data_dir() / "workshop" / "Amina Diallo.synergy"
    assert window.session.context.path == path and path.exists()
    assert window.session.assessment is not None  # the demo round, ready to answer
    assert settings.author == "Amina Diallo" == window.session.author
    option = first_answered(window)
    window.view.select_option(option)
    window.view.page.rating_buttons[Rating.NOT_APPLICABLE].click()
    assert window.session.answer(option).updated_by == "Amina Diallo"

    participant["name"] = "Li Wei"
    trigger(window, "workshopFreshCopy")
    assert window.session.context.path == data_dir() / "workshop" / "Li Wei.synergy"
    assert window.session.answer(option).rating is not Rating.NOT_APPLICABLE
    amina = WorkspaceContext.open(path)  # Amina's copy kept her change
    try:
        round_id = amina.assessments.list_assessments()[-1].id
        assert amina.assessments.answer(round_id, option).rating is Rating.NOT_APPLICABLE
    finally:
        amina.close()


def test_reset_my_demo_starts_the_copy_afresh(window, participant, dialogs):
    participant["name"] = "Amina Diallo"
    trigger(window, "workshopFreshCopy")
    option = first_answered(window)
    demo_rating = window.session.answer(option).rating
    window.view.select_option(option)
    window.view.page.rating_buttons[Rating.NOT_APPLICABLE].click()

    dialogs.answers.append(No)  # "already has a copy": open it as it was left
    trigger(window, "workshopFreshCopy")
    assert window.session.answer(option).rating is Rating.NOT_APPLICABLE

    dialogs.answers.append(QMessageBox.StandardButton.Cancel)
    trigger(window, "workshopReset")
    assert window.session.answer(option).rating is Rating.NOT_APPLICABLE  # nothing happened
    dialogs.answers.append(Yes)
    trigger(window, "workshopReset")
    assert window.session.context.path == copy_path("Amina Diallo")
    assert window.session.answer(option).rating is demo_rating


def test_reset_without_a_demo_copy_says_what_to_do(window, dialogs, settings):
    settings.author = "Nobody Yet"
    trigger(window, "workshopReset")
    assert dialogs.shown[-1][0] == "information"
    assert "Open a fresh copy of the demo" in dialogs.shown[-1][1]
    assert not (data_dir() / "workshop").exists()


def test_a_name_never_leaves_the_workshop_folder():
    for name in ("../../etc/passwd", "a/b\\c:d", "  ", "Zoë Ngũgĩ", "李伟"):
        path = copy_path(name)
        assert path.parent == workshop_actions.workshop_dir()
        assert path.suffix == ".synergy" and ".." not in path.stem
    assert copy_path("李伟").stem == "李伟"


def test_the_facilitators_guide_opens_at_the_workshop_section(window):
    trigger(window, "workshopGuide")
    browser = window.findChild(HelpBrowser, "helpBrowser")
    assert browser.isVisible() and browser.current_section() == "workshop"
    browser.close()
