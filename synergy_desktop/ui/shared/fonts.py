"""Text size for the whole application (View > Larger / Smaller / Normal text size)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

SMALLEST, LARGEST = -4, 12  # points below and above the system size


def next_delta(current: int, step: int) -> int:
    """The new size offset: ``step`` 0 resets, +1/-1 grow or shrink within the limits."""
    return 0 if step == 0 else max(SMALLEST, min(LARGEST, current + step))


def apply_font(base_point_size: float, delta: int) -> None:
    font = QApplication.font()
    font.setPointSizeF(max(6.0, base_point_size + delta))
    QApplication.setFont(font)
