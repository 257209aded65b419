"""The meeting room and low vision: presenter mode (F11), Ctrl++ for every text, the focus ring,
the high-contrast theme that follows the system, and shortcuts that read left to right in
Arabic menus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication

from synergy_desktop.cli import main as cli_main
from synergy_desktop.ui.shared import fonts, theme
from synergy_desktop.ui.shared.menus import LRM
from synergy_desktop.ui.window.main_window import MainWindow
from synergy_desktop.ui.window.presenter import PRESENTER_SCALE

HEADING = 1.35  # the option's title, times the text under it


@pytest.fixture
def demo_window(window, tmp_path, qtbot):
    path = tmp_path / "demo.synergy"
    assert cli_main(["demo", "--workspace", str(path)]) == 0
    assert window.files.open_location(str(path))
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    yield window
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def sizes(window) -> tuple[float, float, float]:
    page = window.view.page
    body = page.texts["evidence"].font().pointSizeF()
    return QApplication.font().pointSizeF(), page.heading.font().pointSizeF(), body


def contrast(first, second) -> float:
    def luminance(colour) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        r, g, b = (channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_f11_enlarges_every_text_and_leaves_it_as_it_was(demo_window, qtbot, settings):
    window = demo_window
    app_size, heading, body = sizes(window)
    history_before = window.findChild(QAction, "historyPanel").isChecked()
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_F11)
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    assert settings.presenter is True
    qtbot.waitUntil(lambda: sizes(window)[2] != body)  # widgets learn of it by event
    large_app, large_heading, large_body = sizes(window)
    assert large_app == pytest.approx(app_size * PRESENTER_SCALE)
    assert large_body == pytest.approx(body * PRESENTER_SCALE)
    assert large_heading == pytest.approx(large_body * HEADING)  # headings grow too
    assert not window.view.history_panel.isVisible()
    box = window.view.page.texts["gaps"]
    box.setFocus()
    assert theme.focus_ring().widget() is box  # the ring follows the focus
    window.view.page.priority.setFocus()
    assert theme.focus_ring().widget() is window.view.page.priority

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F11)
    assert not window.windowState() & Qt.WindowState.WindowFullScreen
    qtbot.waitUntil(lambda: sizes(window)[2] == body)
    assert sizes(window) == pytest.approx((app_size, heading, body))
    assert window.findChild(QAction, "historyPanel").isChecked() == history_before
    assert theme.focus_ring() is None
    assert settings.presenter is False


def test_larger_text_makes_headings_larger_too(demo_window, qtbot):
    window = demo_window
    body = sizes(window)[2]
    for _ in range(3):
        window.larger.trigger()
    qtbot.waitUntil(lambda: sizes(window)[2] == body + 3)
    app_size, heading, body = sizes(window)
    assert app_size == fonts.base_point_size() + 3
    assert heading == pytest.approx(body * HEADING)  # never smaller than the text under it
    start_title = window.start_page.title.font().pointSizeF()
    assert start_title == pytest.approx(app_size * 1.8)  # every heading, not only this page's
    window.reset_font.trigger()
    qtbot.waitUntil(lambda: sizes(window)[2] == fonts.base_point_size())
    app_size, heading, body = sizes(window)
    assert app_size == fonts.base_point_size()
    assert heading == pytest.approx(body * HEADING)


def test_presenter_mode_is_there_again_at_the_next_start(qtbot, settings, framework, dialogs):
    settings.presenter = True
    window = MainWindow(settings, framework)
    qtbot.addWidget(window)
    window.show()
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    assert window.findChild(QAction, "presenterModeAction").isChecked()
    assert QApplication.font().pointSizeF() == pytest.approx(
        fonts.base_point_size() * PRESENTER_SCALE
    )
    window.findChild(QAction, "presenterModeAction").trigger()
    assert QApplication.font().pointSizeF() == fonts.base_point_size()


def test_high_contrast_follows_the_system_until_chosen(
    qtbot, settings, framework, dialogs, monkeypatch
):
    monkeypatch.setattr(theme, "system_prefers_high_contrast", lambda: True)
    window = MainWindow(settings, framework)
    qtbot.addWidget(window)
    action = window.findChild(QAction, "highContrastAction")
    assert action.isChecked()
    palette = QApplication.palette()
    role = QPalette.ColorRole
    for text, ground in ((role.WindowText, role.Window), (role.Text, role.Base)):
        assert contrast(palette.color(text), palette.color(ground)) >= 7
    assert contrast(palette.color(role.HighlightedText), palette.color(role.Highlight)) >= 7
    assert theme.focus_ring() is not None
    action.trigger()  # the user turns it off: remembered, whatever the system says
    assert settings.high_contrast == "off"
    assert theme.focus_ring() is None
    assert QApplication.style().name().lower() == window.style().name().lower()
    again = MainWindow(settings, framework)
    qtbot.addWidget(again)
    assert not again.findChild(QAction, "highContrastAction").isChecked()


def test_arabic_menus_show_shortcuts_left_to_right(demo_window):
    window = demo_window
    window.set_language("ar")
    text = window.larger.text()
    _label, keys = text.split("\t")
    native = window.larger.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    assert keys == f"{LRM}{native}{LRM}"  # "Ctrl++" stays "Ctrl++", not "++Ctrl"
    assert native.endswith("++")
    window.set_language("en")
    assert "\t" not in window.larger.text()  # left to right, Qt writes the shortcut itself
