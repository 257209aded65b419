"""Live language switching, right to left, and content and exports in other languages."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QApplication

from synergy_desktop.cli import main as cli_main
from synergy_desktop.domain.rating import Rating
from synergy_desktop.formats.excel.questionnaire import export_questionnaire
from synergy_desktop.formats.excel.summary import run
from synergy_desktop.services.questionnaire_import import preview_questionnaire
from synergy_desktop.services.summary import collect_summary
from synergy_desktop.ui.shared.translations import LANGUAGES, PseudoTranslator, install, uninstall


@pytest.fixture
def english_afterwards(qapp):
    """For tests that install a language themselves (not through a window)."""
    yield
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(QLocale("en_US"))


@pytest.fixture
def demo_window(window, tmp_path, english_afterwards):
    path = tmp_path / "demo.synergy"
    assert cli_main(["demo", "--workspace", str(path)]) == 0
    window.files.open_location(str(path))
    return window


def test_switch_through_all_six_languages_and_back(demo_window, qtbot):
    window = demo_window
    seen = {}
    for code in LANGUAGES:
        window.set_language(code)
        seen[code] = (
            window.file_menu.title(),
            window.tabs.tabText(1),
            window.view.page.heading.text(),
        )
        assert window.language_actions[code].isChecked()
        assert window.settings.language == code
    window.set_language("en")
    assert window.file_menu.title() == "&File"
    assert window.tabs.tabText(1) == "Assessment"
    titles = {code: menu for code, (menu, _, _) in seen.items()}
    assert len(set(titles.values())) == 6  # every language shows its own menu title
    assert "文件" in titles["zh_CN"] and titles["fr"] == "&Fichier"
    headings = {code: heading for code, (_, _, heading) in seen.items()}
    assert headings["zh_CN"] != headings["en"]  # the option itself is shown in Chinese


def test_arabic_lays_the_window_out_right_to_left(demo_window):
    demo_window.set_language("ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert demo_window.isRightToLeft() and demo_window.view.tree.isRightToLeft()
    assert QLocale().language() == QLocale.Language.Arabic
    demo_window.set_language("fr")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_models_announce_new_headers(demo_window, qtbot):
    model = demo_window.view.tree_model
    with qtbot.waitSignal(model.headerDataChanged):
        demo_window.set_language("es")
    assert model.headerData(0, Qt.Orientation.Horizontal) != "Area and option"


def test_export_in_chinese_has_chinese_option_titles(
    tmp_path, capsys, framework, english_afterwards
):
    path = tmp_path / "demo.synergy"
    cli_main(["demo", "--workspace", str(path)])
    out = tmp_path / "summary-zh.xlsx"
    assert cli_main(["export", str(out), "--workspace", str(path), "--lang", "zh_CN"]) == 0
    book = openpyxl.load_workbook(out)
    answers = book.worksheets[1]
    rows = list(answers.iter_rows(min_row=2, values_only=True))
    a1 = next(r for r in rows if r[1] == "A1")
    assert a1[2] == framework.option("A1").title.get("zh_CN")
    assert any("\u4e00" <= ch <= "\u9fff" for ch in answers["A1"].value)  # Chinese header
    assert book.sheetnames[0] != "Overview"


def test_questionnaire_filled_in_chinese_is_read_back(
    workspace, framework, service, tmp_path, english_afterwards
):
    info = service.create("Round")
    target = tmp_path / "q-zh.xlsx"
    translators = install("zh_CN")
    try:
        run(export_questionnaire(collect_summary(workspace, framework, info.id), target, "zh_CN"))
    finally:
        uninstall(translators)
    book = openpyxl.load_workbook(target)
    sheet = next(s for s in book.worksheets if s["A1"].value == "A")
    assert sheet["B3"].value == "A1 " + framework.option("A1").title.get("zh_CN")
    lists = book["_synergy"]
    chinese_rating = next(c.value for c in lists["D"] if c.value and c.value.startswith("3 – "))
    assert chinese_rating != "3 – largely in place"
    sheet["D3"] = chinese_rating
    book.save(target)
    preview = preview_questionnaire(workspace, framework, target, info.id)
    assert [(c.option_id, c.field, c.new) for c in preview.changes] == [("A1", "rating", "3")]


def test_pseudo_localisation_marks_and_lengthens_every_string(qapp, english_afterwards):
    translator = PseudoTranslator()
    qapp.installTranslator(translator)
    try:
        text = QCoreApplication.translate("Labels", "Saved %1")
        assert text.startswith("⟦") and text.endswith("⟧") and "%1" in text
        assert len(text) > len("Saved %1")
        html = QCoreApplication.translate("Evidence", "<b>%1</b> of %2")
        assert "<b>" in html and "</b>" in html
    finally:
        qapp.removeTranslator(translator)


def test_screenshots_in_arabic(tmp_path, english_afterwards):
    assert cli_main(["screenshots", str(tmp_path / "ar"), "--lang", "ar"]) == 0
    assert (tmp_path / "ar" / "walkthrough.png").stat().st_size > 10_000


def test_qt_standard_buttons_are_translated_too(demo_window):
    from PySide6.QtWidgets import QDialogButtonBox

    demo_window.set_language("fr")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Annuler"


def test_every_table_header_follows_a_live_switch(demo_window):
    tabs = demo_window.tabs
    models = [
        tabs.coordination.members_model,
        tabs.nbsap.target_model,
        tabs.reporting.obligation_model,
        tabs.register.model,
        demo_window.view.history_model,
    ]
    english = [m.headerData(0, Qt.Orientation.Horizontal) for m in models]
    announced = []
    for model in models:
        model.headerDataChanged.connect(lambda *_, m=model: announced.append(m))
    demo_window.set_language("ru")
    russian = [m.headerData(0, Qt.Orientation.Horizontal) for m in models]
    assert all(a != b for a, b in zip(english, russian, strict=True)), russian
    assert set(map(id, announced)) == set(map(id, models))


def test_overview_catches_up_when_shown(demo_window, qtbot):
    demo_window.show_tab("overview")
    card = demo_window.tabs.overview.summary
    qtbot.waitUntil(lambda: "22 of 29 options answered" in card.text())
    before = card.text()
    demo_window.show_tab("assessment")
    demo_window.view.select_option("A6")
    demo_window.view.page.rating_buttons[Rating.FULLY].click()
    assert card.text() == before  # hidden: not re-queried on every save
    demo_window.show_tab("overview")
    qtbot.waitUntil(lambda: "23 of 29 options answered" in card.text())
