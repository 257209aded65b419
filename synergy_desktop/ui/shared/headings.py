"""Headings that start where the page starts, whatever language their text is in.

A label aligns its text by the direction of the text itself: a country name or an option code in
Latin letters ("Republic of Verdania", "A1 …") stays on the left of an Arabic page. A heading
that follows the layout direction instead sits on the right in Arabic and on the left otherwise,
and moves when the language is switched.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel

Align = Qt.AlignmentFlag


class _FollowDirection(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutDirectionChange and isinstance(watched, QLabel):
            _align(watched)
        return False


def _align(label: QLabel) -> None:
    vertical = label.alignment() & Align.AlignVertical_Mask
    side = Align.AlignRight if label.isRightToLeft() else Align.AlignLeft
    label.setAlignment(side | Align.AlignAbsolute | vertical)


def follow_layout_direction(label: QLabel) -> QLabel:
    """Align ``label`` to the start of the layout (right in Arabic), now and after a switch."""
    label.installEventFilter(_FollowDirection(label))
    _align(label)
    return label
