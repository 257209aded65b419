"""How the whole application looks: the normal style, a high-contrast theme, a thick focus ring.

The high-contrast theme is black on white (white on black when the system uses a dark colour
scheme) with Qt's Fusion style, which follows the palette on every system. The focus ring is a
thick, bright frame drawn around whichever widget has the keyboard focus, in every window; it is
a frame beside the widget (Qt's QFocusFrame), not a style sheet, so no control changes its size,
look or text size when the focus moves.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QFocusFrame,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QWidget,
)

RING_ON_LIGHT, RING_ON_DARK = "#0038a8", "#ffd400"
RING_WIDTH = 3
_state: dict[str, object] = {}  # the style and palette before the first change; the ring


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
    ink = QColor("#ffffff" if dark else "#000000")
    paper = QColor("#000000" if dark else "#ffffff")
    grey = QColor("#b0b0b0" if dark else "#595959")  # 7:1 on the paper
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    palette = QPalette()
    colours = {
        role.Window: paper,
        role.WindowText: ink,
        role.Base: paper,
        role.AlternateBase: QColor("#1f1f1f" if dark else "#f0f0f0"),
        role.Text: ink,
        role.Button: paper,
        role.ButtonText: ink,
        role.BrightText: ink,
        role.Light: QColor("#404040" if dark else "#e0e0e0"),
        role.Midlight: QColor("#303030" if dark else "#d0d0d0"),
        role.Mid: grey,
        role.Dark: ink,
        role.Shadow: ink,
        role.Highlight: QColor("#ffd400" if dark else "#00007a"),
        role.HighlightedText: QColor("#000000" if dark else "#ffffff"),
        role.Link: QColor("#8ab4ff" if dark else "#0000c8"),
        role.ToolTipBase: paper,
        role.ToolTipText: ink,
        role.PlaceholderText: grey,
    }
    for colour_role, colour in colours.items():
        palette.setColor(colour_role, colour)
    disabled = QColor("#949494" if dark else "#767676")  # 4.5:1, and unlike enabled text
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, colour_role, disabled)
    return palette


def apply_theme(*, high_contrast: bool, focus_ring: bool) -> None:
    """Set the application's look (each call decides everything: it undoes the last one)."""
    app = QApplication.instance()
    if "style" not in _state:
        _state.update(style=app.style().name(), palette=QPalette(app.palette()))
    dark = system_is_dark()
    if high_contrast:
        _state["changed"] = True
        if app.style().name().lower() != "fusion":
            app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(high_contrast_palette(dark))
    elif _state.pop("changed", False):
        original = str(_state["style"])
        if app.style().name().lower() != original.lower():
            app.setStyle(QStyleFactory.create(original))
        app.setPalette(_state["palette"])
    ring = _state.pop("ring", None)
    if ring is not None:
        ring.stop()
    if focus_ring or high_contrast:
        _state["ring"] = FocusRing(RING_ON_DARK if high_contrast and dark else RING_ON_LIGHT)


def focus_ring() -> FocusRing | None:
    return _state.get("ring")


class _Margins(QProxyStyle):
    """Room around the widget for the ring, and the ring above the widget (in the window or
    the scroll area the widget is in, never in a splitter that would take it for a pane)."""

    def styleHint(self, hint, option=None, widget=None, data=None) -> int:
        if hint == QStyle.StyleHint.SH_FocusFrame_AboveWidget:
            return 1
        return super().styleHint(hint, option, widget, data)

    def pixelMetric(self, metric, option=None, widget=None) -> int:
        if metric in (
            QStyle.PixelMetric.PM_FocusFrameHMargin,
            QStyle.PixelMetric.PM_FocusFrameVMargin,
        ):
            return RING_WIDTH + 1
        return super().pixelMetric(metric, option, widget)


class _RingFrame(QFocusFrame):
    def __init__(self, colour: QColor) -> None:
        super().__init__()
        self.setObjectName("focusRing")
        self.colour = colour
        self._style = _Margins(QStyleFactory.create("Fusion"))
        self.setStyle(self._style)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        pen = QPen(self.colour, RING_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = RING_WIDTH // 2
        painter.drawRect(self.rect().adjusted(half, half, -half - 1, -half - 1))


class FocusRing(QObject):
    """A thick frame that follows the keyboard focus from widget to widget, in every window.
    The frame sits beside the focused widget (in its parent), so it is made again when a
    page it sat in is closed."""

    def __init__(self, colour: str) -> None:
        super().__init__(QApplication.instance())
        self.colour = QColor(colour)
        self.frame: _RingFrame | None = None
        QApplication.instance().focusChanged.connect(self.follow)
        self.follow(None, QApplication.focusWidget())

    def follow(self, _old: QWidget | None, new: QWidget | None) -> None:
        target = new if new is not None and not new.isWindow() else None
        if self.frame is None or not shiboken6.isValid(self.frame):
            self.frame = _RingFrame(self.colour)
        self.frame.setWidget(target)
        if target is not None:
            self.frame.show()
            self.frame.raise_()
        else:
            self.frame.hide()

    def widget(self) -> QWidget | None:
        """The widget the ring is around."""
        if self.frame is None or not shiboken6.isValid(self.frame):
            return None
        return self.frame.widget() if self.frame.isVisible() else None

    def stop(self) -> None:
        QApplication.instance().focusChanged.disconnect(self.follow)
        if self.frame is not None and shiboken6.isValid(self.frame):
            self.frame.setWidget(None)
            self.frame.hide()
            self.frame.deleteLater()
        self.frame = None
        self.deleteLater()
