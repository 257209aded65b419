"""What a page shows while it holds nothing yet: what the page is for, and buttons for what to do.

The text wraps inside a column of a readable width in the middle of the page (a wrapped label
given its own alignment in a layout is squeezed to one or two lines; here it gets the column's
width and the height it needs).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

COLUMN_WIDTH = 620
HEADING_SCALE = 1.3


class EmptyState(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel()
        self.heading.setObjectName("emptyHeading")
        self.text = QLabel()
        self.text.setObjectName("emptyText")
        for label in (self.heading, self.text):
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons: list[QPushButton] = []
        self._row = QHBoxLayout()
        self._row.addStretch(1)
        self._row.addStretch(1)
        column = QWidget()
        column.setMaximumWidth(COLUMN_WIDTH)
        column.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        inner = QVBoxLayout(column)
        inner.setSpacing(12)
        inner.addWidget(self.heading)
        inner.addWidget(self.text)
        inner.addSpacing(6)
        inner.addLayout(self._row)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(column, 4)
        middle.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(2)
        self._scale_heading()

    def add_button(self, handler: Callable[[], object], name: str = "") -> QPushButton:
        """A button under the text (in the order added); ``name`` for tests and screen readers."""
        button = QPushButton()
        button.setObjectName(name)
        button.clicked.connect(lambda _=False: handler())
        self._row.insertWidget(self._row.count() - 1, button)
        self.buttons.append(button)
        if len(self.buttons) == 1:
            button.setDefault(True)
        return button

    def set_texts(self, heading: str, text: str) -> None:
        self.heading.setText(heading)
        self.text.setText(text)
        self.setAccessibleName(heading)
        self.setAccessibleDescription(text)

    def _scale_heading(self) -> None:
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * HEADING_SCALE)
        font.setBold(True)
        self.heading.setFont(font)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # larger or smaller text (View menu)
            self._scale_heading()
        super().changeEvent(event)
