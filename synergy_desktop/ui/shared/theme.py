"""How the whole application looks: the normal style, a high-contrast theme, a thick focus ring.

The high-contrast theme is black on white (white on black when the system uses a dark colour
scheme) with Qt's Fusion style, which follows the palette on every system. The focus ring is a
style sheet: a thick, bright border on the widget that has the keyboard focus, used by presenter
mode and the high-contrast theme. Each control keeps the same border width with or without the
focus, so nothing moves when the focus does.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

_original: dict[str, object] = {}  # the style and palette before the first change
RING_ON_LIGHT, RING_ON_DARK = "#0038a8", "#ffd400"

_FOCUS_RING = """
QLineEdit, QAbstractSpinBox, QComboBox, QAbstractScrollArea {
    border: 3px solid palette(mid); }
QAbstractScrollArea#answerFormScroll { border: none; }
QCheckBox, QRadioButton { border: 3px solid transparent; padding: 1px; }
QPushButton, QToolButton {
    border: 2px solid palette(dark); border-radius: 4px; padding: 4px 10px;
    background: palette(button); color: palette(button-text); }
QPushButton:disabled, QToolButton:disabled { color: palette(mid); }
QToolButton:checked { background: palette(midlight); }
QLineEdit:focus, QAbstractSpinBox:focus, QComboBox:focus, QAbstractScrollArea:focus,
QCheckBox:focus, QRadioButton:focus {
    border: 3px solid %(ring)s; }
QPushButton:focus, QToolButton:focus { border: 4px solid %(ring)s; padding: 2px 8px; }
QAbstractItemView::item:focus { border: 2px solid %(ring)s; }
QTabBar::tab:focus { border: 3px solid %(ring)s; }
"""


def system_prefers_high_contrast() -> bool:
    """Whether the system asks for high contrast, where Qt reports it (Qt 6.10 and later)."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is None:
        return False
    preference = accessibility().contrastPreference()
    return preference == Qt.ContrastPreference.HighContrast


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def high_contrast_palette(dark: bool) -> QPalette:
    ink, paper = (QColor("#ffffff"), QColor("#000000")) if dark else ("#000000", "#ffffff")
    ink, paper = QColor(ink), QColor(paper)
    palette = QPalette(ink, paper, paper, paper, QColor("#808080"), ink, ink, paper, paper)
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    palette.setColor(role.Base, paper)
    palette.setColor(role.AlternateBase, QColor("#1a1a1a" if dark else "#f0f0f0"))
    palette.setColor(role.Highlight, QColor("#ffd400" if dark else "#00007a"))
    palette.setColor(role.HighlightedText, QColor("#000000" if dark else "#ffffff"))
    palette.setColor(role.Link, QColor("#8ab4ff" if dark else "#0000c8"))
    palette.setColor(role.ToolTipBase, paper)
    palette.setColor(role.ToolTipText, ink)
    palette.setColor(role.PlaceholderText, QColor("#b0b0b0" if dark else "#595959"))
    palette.setColor(role.Mid, QColor("#b0b0b0" if dark else "#595959"))
    palette.setColor(role.Dark, ink)
    palette.setColor(role.Midlight, QColor("#404040" if dark else "#d8d8d8"))
    grey = QColor("#a0a0a0" if dark else "#6b6b6b")  # 4.5:1 or better on the paper
    for each in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, each, grey)
    return palette


def apply_theme(*, high_contrast: bool, focus_ring: bool) -> None:
    """Set the application's look (each call decides everything: it undoes the last one)."""
    app = QApplication.instance()
    if not _original:
        _original.update(style=app.style().name(), palette=QPalette(app.palette()))
    dark = system_is_dark()
    if high_contrast:
        _original["changed"] = True
        if app.style().name().lower() != "fusion":
            app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(high_contrast_palette(dark))
    elif _original.pop("changed", False):
        original = str(_original["style"])
        if app.style().name().lower() != original.lower():
            app.setStyle(QStyleFactory.create(original))
        app.setPalette(_original["palette"])
    ring = RING_ON_DARK if high_contrast and dark else RING_ON_LIGHT
    sheet = _FOCUS_RING % {"ring": ring} if focus_ring or high_contrast else ""
    if app.styleSheet() != sheet:
        app.setStyleSheet(sheet)


def focus_ring_active() -> bool:
    return bool(QApplication.instance().styleSheet())
