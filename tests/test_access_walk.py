"""Every page and every dialog of the window, opened the way a user opens them: no Alt+letter
is claimed twice in one window or menu, every Alt+letter of a label leads to its field, and
every widget the keyboard reaches has a name that a screen reader can say (its own, or the text
of the label it belongs to)."""

from __future__ import annotations

from collections import defaultdict

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMenu,
    QWidget,
)

from synergy_desktop.cli import main as cli_main
from synergy_desktop.ui.shared.mnemonics import mnemonic, plain, texts_with_mnemonics
from synergy_desktop.ui.window.workspace_tabs import PAGES

#: Every dialog the window opens (class name); the walk fails when one of them did not open.
DIALOGS = {
    "RoundDialog",
    "DetailsDialog",
    "AuthorDialog",
    "CountryDialog",
    "FocalPointDialog",
    "MemberDialog",
    "MeetingDialog",
    "ObligationDialog",
    "DatasetDialog",
    "TargetDialog",
    "FrameworkDialog",
    "ImportPreviewDialog",
    "PreviewDialog",
    "QFileDialog",
    "ParticipantDialog",
    "FindDialog",
    "HelpBrowser",
}


def duplicates(texts: list[str]) -> dict[str, list[str]]:
    by_letter = defaultdict(list)
    for text in texts:
        by_letter[mnemonic(text)].append(plain(text.split("\t")[0]))
    return {letter: found for letter, found in by_letter.items() if letter and len(found) > 1}


def nameless(window: QWidget) -> list[str]:
    """The widgets Tab can reach in ``window`` that have no accessible name."""
    found = []
    for widget in window.findChildren(QWidget):
        tab_stop = widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
        if not tab_stop or not widget.isVisibleTo(window) or widget.focusProxy() is not None:
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name).strip() if interface else ""
        if not name:
            found.append(f"{type(widget).__name__}({widget.objectName()!r})")
    return found


def dead_mnemonics(window: QWidget) -> list[str]:
    """Labels whose Alt+letter leads nowhere: their buddy cannot take the focus."""
    return [
        plain(label.text())
        for label in window.findChildren(QLabel)
        if label.isVisibleTo(window)
        and label.buddy() is not None
        and mnemonic(label.text())
        and label.buddy().focusPolicy() == Qt.FocusPolicy.NoFocus
    ]


def menu_levels(window) -> list[tuple[str, list[str]]]:
    levels, todo = [], [("menu bar", window.menuBar())]
    while todo:
        title, menu = todo.pop()
        texts = [a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator()]
        levels.append((plain(title), texts))
        todo += [(a.text(), a.menu()) for a in menu.actions() if isinstance(a.menu(), QMenu)]
    return levels


def settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


@pytest.fixture
def demo_window(window, tmp_path):
    path = tmp_path / "demo.synergy"
    assert cli_main(["demo", "--workspace", str(path)]) == 0
    assert window.files.open_location(str(path))
    return window


def test_menus_use_each_letter_once_per_menu(demo_window):
    problems = {title: duplicates(texts) for title, texts in menu_levels(demo_window)}
    assert {title: found for title, found in problems.items() if found} == {}


def test_every_page_uses_each_letter_once_and_names_what_tab_reaches(demo_window):
    window = demo_window
    problems = {}
    for page in PAGES:
        window.show_tab(page)
        settle()
        clashes = duplicates(texts_with_mnemonics(window))
        unnamed = nameless(window) + dead_mnemonics(window)
        if clashes or unnamed:
            problems[page] = (clashes, unnamed)
    assert problems == {}


def test_every_dialog_uses_each_letter_once_and_names_what_tab_reaches(
    demo_window, dialogs, tmp_path, monkeypatch
):
    window = demo_window
    seen: dict[str, tuple] = {}

    def check(dialog: QWidget) -> None:
        settle()
        seen[type(dialog).__name__] = (
            duplicates(texts_with_mnemonics(dialog)),
            nameless(dialog) + dead_mnemonics(dialog),
        )

    def walk_exec(dialog: QDialog) -> int:
        dialog.show()
        check(dialog)
        dialog.hide()
        return 0

    choose_file = QFileDialog.exec  # the dialogs fixture's: it picks dialogs.save_paths
    monkeypatch.setattr(QDialog, "exec", walk_exec)
    monkeypatch.setattr(QFileDialog, "exec", walk_exec)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("", False)))

    for action in (window.new_round, window.round_details, window.author, window.country):
        action.trigger()
    window.findChild(QAction, "exportReport").trigger()  # the export dialog
    window.findChild(QAction, "workshopFreshCopy").trigger()

    questionnaire = tmp_path / "questionnaire.xlsx"
    dialogs.save_paths.append(str(questionnaire))
    monkeypatch.setattr(QFileDialog, "exec", choose_file)
    window.export_questionnaire.trigger()
    monkeypatch.setattr(QFileDialog, "exec", walk_exec)
    dialogs.open_paths.append(str(questionnaire))
    window.import_questionnaire.trigger()

    tabs = window.tabs
    window.show_tab("register")
    tabs.register.add_entry()
    window.show_tab("coordination")
    tabs.coordination.add_member()
    tabs.coordination.add_meeting()
    window.show_tab("reporting")
    tabs.reporting.add_obligation()
    tabs.reporting.add_dataset()
    window.show_tab("nbsap")
    tabs.nbsap.add_target()
    tabs.nbsap.add_framework()
    targets = tmp_path / "targets.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["Code", "Title"])
    book.active.append(["T9", "Restore wetlands"])
    book.save(targets)
    dialogs.open_paths.append(str(targets))
    tabs.nbsap.buttons["import"].click()

    window.show_tab("assessment")
    window.findChild(QAction, "findInRound").trigger()
    find = window.findChild(QDialog, "findDialog")
    check(find)
    find.close()
    window.findChild(QAction, "userGuide").trigger()
    guide = window.findChild(QDialog, "helpBrowser")
    check(guide)
    guide.close()

    assert DIALOGS - set(seen) == set()
    assert {name: found for name, found in seen.items() if found != ({}, [])} == {}


@pytest.mark.parametrize("lang", ["fr", "es", "ar", "ru", "zh_CN"])
def test_each_language_uses_each_letter_once_per_menu_and_page(demo_window, lang):
    """The translations choose their own Alt+letters; none may clash in a menu or on a page."""
    window = demo_window
    window.set_language(lang)
    try:
        problems = {title: duplicates(texts) for title, texts in menu_levels(window)}
        problems = {title: found for title, found in problems.items() if found}
        for page in PAGES:
            window.show_tab(page)
            settle()
            clashes = duplicates(texts_with_mnemonics(window))
            if clashes:
                problems[page] = clashes
    finally:
        window.set_language("en")
    assert problems == {}
