"""Text size for the whole application (View > Larger / Smaller / Normal text size, presenter mode).

The size is the system size plus a step in points (Ctrl++ / Ctrl+-), times a scale (presenter
mode). Widgets that set their own size — headings made ``1.35 ×`` the text around them — are
rescaled by the same ratio, so a heading never ends up smaller than the text under it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

SMALLEST, LARGEST = -4, 12  # points below and above the system size
_SIZE_RESOLVED = 0x2  # QFont::SizeResolved: the font's size was set, not inherited
_BASE = "synergyBaseFontSize"  # the system size, remembered on the application object
_SCALE = "synergyFontScale"


def next_delta(current: int, step: int) -> int:
    """The new size offset: ``step`` 0 resets, +1/-1 grow or shrink within the limits."""
    return 0 if step == 0 else max(SMALLEST, min(LARGEST, current + step))


def base_point_size() -> float:
    """The application's text size before this program changed it (the system's size)."""
    app = QApplication.instance()
    size = app.property(_BASE)
    if size is None:
        size = QApplication.font().pointSizeF()
        app.setProperty(_BASE, size)
    return float(size)


def scale() -> float:
    return float(QApplication.instance().property(_SCALE) or 1.0)


def set_scale(factor: float, delta: int) -> None:
    """Scale all text by ``factor`` (1.0 is normal; presenter mode enlarges)."""
    QApplication.instance().setProperty(_SCALE, factor)
    apply_font(base_point_size(), delta)


def apply_font(base_point_size: float, delta: int) -> None:
    font = QApplication.font()
    old = font.pointSizeF()
    font.setPointSizeF(max(6.0, (base_point_size + delta) * scale()))
    if old > 0 and font.pointSizeF() != old:
        _rescale_own_sizes(font.pointSizeF() / old)
    QApplication.setFont(font)
    for widget in QApplication.allWidgets():  # Qt leaves widgets with a style sheet behind
        if widget.styleSheet() and not widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
            widget.setFont(font)


def _rescale_own_sizes(ratio: float) -> None:
    """Headings and other widgets with a size of their own follow the application's text."""
    for widget in QApplication.allWidgets():
        if not widget.testAttribute(Qt.WidgetAttribute.WA_SetFont):
            continue
        font = widget.font()
        if font.resolveMask() & _SIZE_RESOLVED and font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * ratio)
            widget.setFont(font)
