"""What used to stay behind after a live language switch, or looked wrong in Arabic and Chinese."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QApplication

from synergy_desktop.cli import main as cli_main
from synergy_desktop.content.reference import instruments
from synergy_desktop.domain.focal_points import MechanismInput
from synergy_desktop.text import arg, number, translate
from synergy_desktop.ui.calendar.reporting_models import DUE, LEFT

WESTERN = re.compile(r"[0-9]")
ARABIC = re.compile(r"[\u0600-\u06ff]")
CHINESE = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def demo(window, tmp_path):
    path = tmp_path / "demo.synergy"
    assert cli_main(["demo", "--workspace", str(path)]) == 0
    assert window.files.open_location(str(path))
    yield window
    window.set_language("en")
    QLocale.setDefault(QLocale("en_US"))


def short(code: str, lang: str) -> str:
    return next(i.short_name.get(lang) for i in instruments() if i.code == code)


def test_ar_zh_en_leaves_nothing_behind(demo, qtbot):
    window = demo
    window.show_tab("register")  # the pages exist before the switches
    window.show_tab("coordination")
    window.show_tab("assessment")
    window.view.page.texts["evidence"].setPlainText("typed before the switch")
    assert window.session.flush()
    window.set_language("ar")
    assert ARABIC.search(window.workspace_label.text())
    assert ARABIC.search(window.save_label.text())
    assert ARABIC.search(window.register.details.toPlainText())
    window.set_language("zh_CN")
    assert CHINESE.search(window.workspace_label.text())
    window.set_language("en")
    assert window.workspace_label.text().startswith("Workspace: ")
    assert window.save_label.text().startswith("Saved ")
    hint = window.register.details.toPlainText()
    assert hint.startswith("Select an entry") and not ARABIC.search(hint)
    assert window.register.text_filter.placeholderText() == "name, e-mail, position…"


def test_headings_start_on_the_right_in_arabic(demo, qtbot):
    window = demo
    window.show_tab("overview")
    overview = window.tabs.overview
    qtbot.waitUntil(lambda: overview.title.text() != "")
    assert overview.title.text() == window.session.context.country().name  # not the file path
    headings = (overview.title, window.view.page.heading, window.view.overall_label)
    window.set_language("ar")
    for label in headings:
        assert label.alignment() & Qt.AlignmentFlag.AlignRight, label.text()
        assert label.alignment() & Qt.AlignmentFlag.AlignAbsolute
    window.set_language("en")
    for label in headings:
        assert label.alignment() & Qt.AlignmentFlag.AlignLeft, label.text()


@pytest.mark.parametrize("lang", ["ar", "zh_CN"])
def test_timeline_labels_are_whole_and_clear_of_the_diamonds(demo, qtbot, lang):
    window = demo
    window.set_language(lang)
    window.show_tab("reporting")
    timeline = window.tabs.reporting.timeline
    qtbot.waitUntil(lambda: timeline.width() > 600)
    metrics = QFontMetricsF(timeline.font())
    names = [timeline.short[code] for code in timeline._rows()]
    assert names and all(ARABIC.search(n) or CHINESE.search(n) for n in names)
    widest = max(metrics.horizontalAdvance(name) for name in names)
    assert timeline.label_width() >= widest  # no name is cut
    image = timeline.grab().toImage()  # and nothing is painted between a name and the plot
    rtl = lang == "ar"
    edge = int(timeline.label_width()) + 6
    x = timeline.width() - edge if rtl else edge
    base = image.pixelColor(x, timeline.height() // 2)
    assert all(image.pixelColor(x, y) == base for y in range(30, timeline.height() - 10))


def test_instrument_names_in_the_coordination_status_follow_the_language(demo, qtbot):
    window = demo
    context = window.session.context
    committee = context.coordination.save(MechanismInput("Committee"))  # no member yet
    window.show_tab("coordination")
    view = window.coordination
    view.reload(committee.id)
    window.set_language("zh_CN")
    text = view.status.text()
    assert short("CITES", "zh_CN") in text and "CITES" not in text
    assert "、" in text  # the list is written the Chinese way
    facts = " ".join(context.evidence(["coordination"], "zh_CN"))
    assert short("CITES", "zh_CN") in facts


def test_one_row_never_mixes_digits_in_arabic(demo, qtbot):
    window = demo
    window.set_language("ar")
    window.show_tab("reporting")
    model = window.tabs.reporting.obligation_model
    dated = [r for r in range(model.rowCount()) if model.rows[r].due_date is not None]
    assert dated
    for row in dated:
        cells = [model.index(row, column).data() for column in (DUE, LEFT)]
        assert not any(WESTERN.search(cell) for cell in cells), cells
    assert number(2026) == "٢٠٢٦"
    assert arg(translate("Test", "%1 of %2"), 3, 29) == "٣ of ٢٩"
    assert translate("Test", "%n day(s) left", None, 12) == "١٢ day(s) left"
    assert arg("%1", "2026-03-31") == "2026-03-31"  # a text keeps its own digits
    window.set_language("en")
    assert arg("%1 of %2", 3, 29) == "3 of 29"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
