"""Edit > Find: the search over a round's options and answers, and the jump to what was found."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog

from synergy_desktop.domain.assessment import Answer
from synergy_desktop.services.assessments import AssessmentService
from synergy_desktop.services.search import search_round
from synergy_desktop.storage.workspace import open_workspace


def test_finds_option_texts_and_answers_in_framework_order(framework):
    answers = {"B2": Answer("B2", evidence="The register is kept by the ministry.")}
    hits = search_round(framework, answers, "register")
    assert hits[0].option_id == "A1" and hits[0].field == "title"
    assert hits[0].match == "register"
    order = [o.id for o in framework.options]
    assert [order.index(h.option_id) for h in hits] == sorted(
        order.index(h.option_id) for h in hits
    )
    evidence = next(h for h in hits if h.option_id == "B2")
    assert (evidence.field, evidence.start, evidence.match) == ("evidence", 4, "register")


def test_words_in_any_order_case_and_accents_ignored(framework):
    text = "Le Comité national de coordination s'est réuni deux fois."
    answers = {"A2": Answer("A2", gaps=text)}
    (hit,) = search_round(framework, answers, "REUNI comite", "fr")[-1:]
    assert (hit.option_id, hit.field) == ("A2", "gaps")
    assert text[hit.start : hit.start + hit.length] == hit.match == "Comité"
    assert search_round(framework, answers, "comite budget", "fr") == [
        h for h in search_round(framework, answers, "comite budget", "fr") if h.field != "gaps"
    ]


def test_arabic_short_vowels_and_the_interface_language(framework):
    answers = {"C1": Answer("C1", next_steps="إنشاء لَجْنَة وطنية للتنسيق")}
    hits = search_round(framework, answers, "لجنة", "ar")
    assert ("C1", "next_steps", "لَجْنَة") in [(h.option_id, h.field, h.match) for h in hits]
    french = search_round(framework, {}, "correspondants", "fr")
    assert french and french[0].option_id == "A1" and french[0].field == "title"
    assert search_round(framework, {}, "correspondants", "en") == []


def test_nothing_to_find_and_long_texts_cut_around_the_hit(framework):
    assert search_round(framework, {}, "   ") == []
    long = "word " * 100 + "needle " + "word " * 100
    (hit,) = search_round(framework, {"D1": Answer("D1", evidence=long)}, "needle")
    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert "needle" in hit.snippet and len(hit.snippet) < 200


@pytest.fixture
def opened(window, workspace_path, framework, qtbot):
    ws = open_workspace(workspace_path, create=True)
    service = AssessmentService(ws, framework)
    info = service.create("Round 2026")
    gaps = "Nobody keeps the indicator spreadsheet up to date."
    service.save_answer(info.id, "C2", {"gaps": gaps})
    ws.close()
    assert window.files.open_location(str(workspace_path))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def find(window, qtbot, words: str) -> QDialog:
    qtbot.keyClick(
        QApplication.focusWidget() or window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier
    )
    dialog = window.findChild(QDialog, "findDialog")
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.field)
    dialog.field.clear()
    qtbot.keyClicks(dialog.field, words)
    return dialog


def test_ctrl_f_lists_hits_and_enter_selects_the_text_in_its_field(opened, qtbot):
    window = opened
    window.show_tab("register")  # the hit brings the Assessment page forward
    dialog = find(window, qtbot, "spreadsheet NOBODY")
    assert len(dialog.model.hits) == 1 and "1" in dialog.count.text()
    qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    page = window.view.page
    assert window.tabs.current_name() == "assessment" and page.option.id == "C2"
    box = page.texts["gaps"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box)
    assert box.textCursor().selectedText() == "Nobody"


def test_what_was_just_typed_is_found_and_option_text_hits_open_the_guide(opened, qtbot):
    window = opened
    page = window.view.page
    page.texts["evidence"].setFocus()
    qtbot.keyClicks(page.texts["evidence"], "Minutes of the steering group")
    page.show_guide(False)
    dialog = find(window, qtbot, "steering")
    assert dialog.model.hits[0].option_id == "A1"
    dialog = find(window, qtbot, "calendar")
    guidance = next(r for r, h in enumerate(dialog.model.hits) if h.field == "guidance")
    dialog.results.setCurrentIndex(dialog.model.index(guidance))
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    assert page.guide.isVisible()
    assert page.description.textCursor().selectedText().lower() == "calendar"
    assert window.findChild(QAction, "findInRound").isEnabled()


def test_the_hits_model_passes_the_model_tester(opened, qtbot, qtmodeltester):
    dialog = find(opened, qtbot, "register")
    assert dialog.model.rowCount() > 3
    qtmodeltester.check(dialog.model)
    dialog.close()
