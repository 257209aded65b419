"""The user guide window: the section for each page, contents, search with highlighted hits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QWidget

from synergy_desktop.content import help as guide
from synergy_desktop.ui.shared.help_browser import HelpBrowser, show_help
from synergy_desktop.ui.window.workspace_tabs import PAGES


@pytest.fixture
def browser(qtbot):
    def make(lang: str = "en") -> HelpBrowser:
        widget = HelpBrowser(None, lang)
        qtbot.addWidget(widget)
        widget.show()
        qtbot.waitExposed(widget)
        return widget

    return make


def shown_title(b: HelpBrowser) -> str:
    return b.view.document().firstBlock().text()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_each_page_of_the_window_opens_its_section(browser, lang):
    b = browser(lang)
    titles = {s.name: s.title for s in guide.sections(lang)}
    for page in (*PAGES, "focal_points"):
        b.show_page(page)
        section = guide.section_for_page(page)
        assert b.current_section() == section
        assert shown_title(b) == titles[section]  # the heading the reader sees
        assert b.contents.currentItem().text() == titles[section]
        assert titles[section] in b.windowTitle()


def test_the_contents_list_every_section_and_opens_the_one_clicked(browser, qtbot):
    b = browser("fr")
    names = [s.title for s in guide.sections("fr")]
    assert [b.contents.item(i).text() for i in range(b.contents.count())] == names
    assert b.current_section() == "getting_started"
    row = guide.SECTIONS.index("questionnaires")
    rect = b.contents.visualItemRect(b.contents.item(row))
    qtbot.mouseClick(b.contents.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert b.current_section() == "questionnaires"
    assert shown_title(b) == "Questionnaires"
    assert "Fichier > Exporter le questionnaire" in b.view.toPlainText()


def test_arabic_is_shown_right_to_left(browser):
    b = browser("ar")
    assert b.layoutDirection() == Qt.LayoutDirection.RightToLeft
    b.show_section("assessment")
    assert shown_title(b) == "التقييم"
    block = b.view.document().firstBlock()
    assert block.textDirection() == Qt.LayoutDirection.RightToLeft
    assert b.contents.item(0).text() == "البدء"


def test_other_languages_fall_back_to_english(browser):
    assert browser("de").lang == "en"
    b = browser("zh")
    assert b.lang == "zh_CN"
    b.show_page("nbsap")
    assert shown_title(b) == "NBSAP 对应"


def test_search_lists_hits_and_a_click_opens_and_marks_the_hit(browser, qtbot):
    b = browser("en")
    b.show_section("keyboard")
    qtbot.keyClicks(b.search_field, "questionnaire")
    assert b.results.isVisible() and not b.contents.isVisible()
    hits = guide.search("en", "questionnaire")
    assert b.results.count() == len(hits) >= 5
    assert str(len(hits)) in b.list_label.text()
    row = next(i for i, h in enumerate(hits) if h.section == "questionnaires" and h.occurrence == 2)
    item = b.results.item(row)
    assert item.text().startswith("Questionnaires\n")
    assert hits[row].snippet in item.text()
    b.results.scrollToItem(item)
    rect = b.results.visualItemRect(item)
    qtbot.mouseClick(b.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert b.current_section() == "questionnaires"
    chosen, marked = b.marked()
    assert chosen.casefold() == "questionnaire"
    assert len(marked) == len([h for h in hits if h.section == "questionnaires"])
    # the cursor sits at the chosen hit, which the view scrolled to
    text = b.view.document().toPlainText()
    third = guide.find_all(text, "questionnaire")[2]
    assert b.view.textCursor().position() == third[1]
    assert b.view.cursorRect().intersects(b.view.viewport().rect())


def test_enter_in_the_search_field_opens_the_first_hit_and_clearing_shows_the_contents(
    browser, qtbot
):
    b = browser("ru")
    b.search_field.setText("передача дел")  # QTest types ASCII only
    qtbot.keyClick(b.search_field, Qt.Key.Key_Return)
    first = guide.search("ru", "передача дел")[0]
    assert b.current_section() == first.section
    assert b.marked()[0].casefold() == "передача дел"
    assert b.isVisible()  # Enter did not press the Close button
    b.search_field.setFocus()
    qtbot.keyClick(b.search_field, Qt.Key.Key_Escape)  # clears the search, keeps the window
    assert b.isVisible() and b.search_field.text() == ""
    assert b.contents.isVisible() and not b.results.isVisible()
    assert b.marked() == ("", [])
    qtbot.keyClick(b.search_field, Qt.Key.Key_Escape)
    assert not b.isVisible()


def test_a_search_that_finds_nothing_says_so(browser, qtbot):
    b = browser("es")
    qtbot.keyClicks(b.search_field, "zzqx")
    assert b.results.count() == 0
    assert "zzqx" in b.list_label.text()


def test_links_open_other_sections_and_back_returns(browser, qtbot):
    b = browser("en")
    b.show_section("getting_started")
    doc = b.view.document()
    cursor = doc.find("Saving")  # the link to assessment.html#autosave
    assert cursor.charFormat().anchorHref() == "assessment.html#autosave"
    b.view.ensureCursorVisible()
    b.view.setTextCursor(cursor)
    b.view.ensureCursorVisible()
    rect = b.view.cursorRect(cursor)
    qtbot.mouseClick(b.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center() - QPoint(8, 0))
    qtbot.waitUntil(lambda: b.current_section() == "assessment")
    assert b.contents.currentItem().text() == "Assessment"
    assert b.back_button.isEnabled()
    b.back_button.click()
    assert b.current_section() == "getting_started"


def test_ctrl_f_goes_to_the_search_field(browser, qtbot):
    b = browser("en")
    b.activateWindow()
    b.view.setFocus()
    qtbot.waitUntil(b.view.hasFocus)
    qtbot.keyClick(b.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert b.search_field.hasFocus()


def test_show_help_reuses_the_window_and_follows_the_language(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    first = show_help(parent, "en", "register")
    assert first.current_section() == "focal_points"
    again = show_help(parent, "fr", "nbsap")
    assert again is first
    assert again.lang == "fr"
    assert shown_title(again) == "Alignement sur le SPANB"
    again.set_language("es")
    assert again.current_section() == "nbsap"
    assert shown_title(again) == "Alineación con la EPANB"
    again.close()


def test_every_control_has_an_accessible_name(browser):
    b = browser("en")
    for widget in (b.search_field, b.contents, b.results, b.view):
        assert widget.accessibleName()
    for button in (b.back_button, b.forward_button):
        assert button.text()


def test_the_text_cursor_counts_like_qt(browser):
    b = browser("zh_CN")
    b.search_field.setText("联络点")
    b._first_hit()
    cursor = b.view.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, 3)
    assert cursor.selectedText() == "联络点"


def test_a_section_missing_in_a_language_is_shown_in_english(qtbot, tmp_path, monkeypatch):
    for lang, name, title in (
        ("en", "getting_started", "Getting started"),
        ("en", "keyboard", "Keyboard shortcuts"),
        ("fr", "getting_started", "Premiers pas"),
    ):
        folder = tmp_path / lang
        folder.mkdir(exist_ok=True)
        (folder / f"{name}.html").write_text(
            f'<html lang="{lang}" dir="ltr"><head><title>{title}</title></head>'
            f'<body><h1>{title}</h1><p><a href="getting_started.html">back</a></p></body></html>',
            "utf-8",
        )
    monkeypatch.setattr(guide, "help_dir", lambda: tmp_path)
    b = HelpBrowser(None, "fr")
    qtbot.addWidget(b)
    assert [b.contents.item(i).text() for i in range(2)] == ["Premiers pas", "Keyboard shortcuts"]
    b.show_section("keyboard")
    assert shown_title(b) == "Keyboard shortcuts"
    b.show_section("no_such_section")
    assert shown_title(b) == "Premiers pas"


def test_a_live_language_switch_changes_the_guide(browser, qtbot):
    from synergy_desktop.ui.shared import language

    b = browser("en")
    b.show_page("coordination")
    translators = language.switch("ru", [])
    try:
        qtbot.waitUntil(lambda: b.lang == "ru")
        assert b.current_section() == "coordination"
        assert shown_title(b) == "Координация"
        assert b.layoutDirection() == Qt.LayoutDirection.LeftToRight
    finally:
        language.release(translators)
    qtbot.waitUntil(lambda: b.lang == "en")
    assert shown_title(b) == "Coordination"
