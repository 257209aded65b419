"""The dashboard's boxes: a clickable card around each chart or list, a label that shortens
its lines to the box, and the progress per area."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QEvent,
    QObject,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

Align = Qt.AlignmentFlag
#: The page each box opens.
PAGE_OF = {
    "scores": "assessment",
    "radar": "assessment",
    "progress": "assessment",
    "trend": "assessment",
    "register": "register",
    "nbsap": "nbsap",
    "deadlines": "deadlines",
}
#: Where the boxes sit on a 12-column grid: (row, column, span), without and with the trend.
PLACES = {
    False: {
        "scores": (0, 0, 4),
        "radar": (0, 4, 4),
        "progress": (0, 8, 4),
        "register": (1, 0, 4),
        "nbsap": (1, 4, 4),
        "deadlines": (1, 8, 4),
    },
    True: {
        "scores": (0, 0, 4),
        "radar": (0, 4, 4),
        "trend": (0, 8, 4),
        "progress": (1, 0, 3),
        "register": (1, 3, 3),
        "nbsap": (1, 6, 3),
        "deadlines": (1, 9, 3),
    },
}


class ElidedLabel(QLabel):
    """Plain text on one line or a few (split at "\\n"), each cut with "…" when the box is
    narrow; the whole text is the tooltip. It never asks for more width than it gets."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        metrics = self.fontMetrics()
        align = Align.AlignVCenter | (Align.AlignRight if self.isRightToLeft() else Align.AlignLeft)
        lines = self.text().split("\n")
        height = self.height() / max(1, len(lines))
        for index, line in enumerate(lines):
            elided = metrics.elidedText(line, Qt.TextElideMode.ElideRight, self.width())
            rect = QRectF(0, index * height, self.width(), height)
            painter.drawText(rect, int(align), elided)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)


class Card(QFrame):
    """A titled box that opens the page it sums up: click anywhere, or Enter / Space when it
    has the keyboard focus, or its "open" button."""

    activated = Signal()

    def __init__(self, body: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.title = ElidedLabel()
        font = QFont()  # bold, and otherwise the application font (it follows Ctrl++)
        font.setBold(True)
        self.title.setFont(font)
        self.open_button = QToolButton()
        self.open_button.setAutoRaise(True)
        self.open_button.setStyleSheet("color: palette(link)")
        self.open_button.clicked.connect(self.activated)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.title, 1)
        header.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        layout.addLayout(header)
        layout.addWidget(body, 1)
        self.body = body
        self._watch(body)

    def _watch(self, widget: QWidget) -> None:
        """Catch clicks on the body and its children (a chart view takes its own)."""
        for item in (widget, *widget.findChildren(QWidget)):
            item.installEventFilter(self)
            viewport = getattr(item, "viewport", None)
            if callable(viewport):
                viewport().installEventFilter(self)

    def sizeHint(self) -> QSize:
        """All boxes ask for the same size, so the grid shares the page evenly (a box's body
        makes do with the space it gets)."""
        return QSize(320, 220)

    def set_texts(self, title: str, button: str) -> None:
        self.title.setText(title)
        self.button_text = button
        self.open_button.setToolTip(button)
        self.setAccessibleName(title)
        self.open_button.setAccessibleName(button)
        self._fit_header()

    def _fit_header(self) -> None:
        """The button's words when title and words fit side by side, else an arrow."""
        text = getattr(self, "button_text", "")
        metrics = self.fontMetrics()
        bold = QFont(self.font())
        bold.setBold(True)
        needed = QFontMetrics(bold).horizontalAdvance(self.title.text()) + 24
        room = self.width() - 16 - metrics.horizontalAdvance(text) - 16
        arrow = "←" if self.isRightToLeft() else "→"
        self.open_button.setText(text if needed <= room else arrow)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_header()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LayoutDirectionChange):
            self._fit_header()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.MouseButtonRelease
            and event.button() == Qt.MouseButton.LeftButton
        ):
            self.activated.emit()
            return True
        return super().eventFilter(watched, event)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.activated.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit()
            return
        super().keyPressEvent(event)


@dataclass(frozen=True)
class AreaRow:
    letter: str
    name: str
    answered: int
    total: int
    text: str  # what the bar shows, e.g. "3/4"


class ProgressList(QWidget):
    """One line per area: its letter and name, and a bar of the options answered."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setVerticalSpacing(2)
        self.grid.setColumnStretch(1, 1)
        self.rows: list[tuple[QLabel, ElidedLabel, QProgressBar, QLabel]] = []

    def set_rows(self, rows: Sequence[AreaRow]) -> None:
        while len(self.rows) > len(rows):
            for widget in self.rows.pop():
                widget.deleteLater()
        while len(self.rows) < len(rows):
            index = len(self.rows)
            letter, name, bar, count = QLabel(), ElidedLabel(), QProgressBar(), QLabel()
            bold = QFont()
            bold.setBold(True)
            letter.setFont(bold)
            bar.setTextVisible(False)
            bar.setFixedWidth(max(60, bar.fontMetrics().horizontalAdvance("00/00") * 2))
            bar.setFixedHeight(max(8, bar.fontMetrics().height() // 2))
            count.setAlignment(Align.AlignVCenter | Align.AlignTrailing)
            count.setMinimumWidth(count.fontMetrics().horizontalAdvance("00/00"))
            for column, widget in enumerate((letter, name, bar, count)):
                self.grid.addWidget(widget, index, column)
            self.rows.append((letter, name, bar, count))
        for (letter, name, bar, count), row in zip(self.rows, rows, strict=True):
            letter.setText(row.letter)
            name.setText(row.name)
            bar.setRange(0, max(1, row.total))
            bar.setValue(row.answered)
            count.setText(row.text)
            bar.setAccessibleName(f"{row.letter} {row.name}: {row.text}")
