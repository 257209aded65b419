"""The dashboard's boxes: a clickable card around each chart or list, and the small widgets
that are not charts (progress per area, the focal-point matrix, the next deadlines)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from synergy_desktop.domain.focal_points import CoverageCell, CoverageStatus

Align = Qt.AlignmentFlag
Index = QModelIndex | QPersistentModelIndex
#: Coverage colours (as the register's matrix) and symbols, so the status reads without colour.
COVERAGE_COLOURS = {
    CoverageStatus.FILLED: QColor("#cdebcd"),
    CoverageStatus.STALE: QColor("#fde2a0"),
    CoverageStatus.MISSING: QColor("#f4c4c4"),
}
COVERAGE_INK = {
    CoverageStatus.FILLED: QColor("#1b5e20"),
    CoverageStatus.STALE: QColor("#7a4f00"),
    CoverageStatus.MISSING: QColor("#a40000"),
}
MARKS = {CoverageStatus.FILLED: "✓", CoverageStatus.STALE: "!", CoverageStatus.MISSING: "✗"}
OVERDUE = "#a40000"


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
        self.title = QLabel()
        font = QFont()  # bold, and otherwise the application font (it follows Ctrl++)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(False)
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
        self.open_button.setText(button)
        self.setAccessibleName(title)
        self.open_button.setAccessibleName(button)

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


class CoverageMatrix(QWidget):
    """Instrument × role: one small square per role with ✓, ! or ✗ on its colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, list[CoverageCell]]] = []
        self.tips: dict[CoverageStatus, str] = {}
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self._hits: list[tuple[QRectF, str]] = []

    def set_rows(self, rows: list[tuple[str, list[CoverageCell]]], tips: dict) -> None:
        """``rows``: (instrument name, its cells in role order); ``tips``: cell -> tooltip."""
        self.rows = rows
        self.tips = tips
        self.updateGeometry()
        self.update()

    def _line(self) -> float:
        return self.fontMetrics().height() + 6.0

    def _layout(self) -> tuple[int, float, float]:
        """Blocks side by side, line height and name width: one block while every line fits
        in the height, two when the box is wide enough for them."""
        metrics = self.fontMetrics()
        widest = max((len(cells) for _, cells in self.rows), default=1)
        names = max((metrics.horizontalAdvance(name) for name, _ in self.rows), default=40)
        name_width = min(names + 12.0, max(metrics.averageCharWidth() * 18.0, self.width() * 0.5))
        rows = max(1, len(self.rows))
        line = min(self._line(), self.height() / rows)
        block = name_width + widest * (line + 1)
        if line < metrics.height() + 2 and self.width() >= 2 * block + 16:
            line = min(self._line(), self.height() / -(-rows // 2))
            return 2, line, name_width
        return 1, line, name_width

    def sizeHint(self) -> QSize:
        return QSize(360, int(self._line() * len(self.rows)) + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.fontMetrics().height() * 4)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        columns, line, name_width = self._layout()
        per_column = max(1, -(-len(self.rows) // columns))
        size = max(8.0, line - 3)
        block = self.width() / columns
        name_width = min(name_width, block * 0.6)
        rtl = self.isRightToLeft()
        mark_font = QFont(self.font())
        mark_font.setBold(True)
        mark_font.setPointSizeF(max(6.0, self.font().pointSizeF() * min(1.0, size / self._line())))
        text_pen = QPen(self.palette().color(QPalette.ColorRole.WindowText))
        self._hits = []

        def placed(rect: QRectF) -> QRectF:
            if rtl:  # mirror the whole matrix
                rect.moveLeft(self.width() - rect.right())
            return rect

        for index, (name, cells) in enumerate(self.rows):
            column, row = divmod(index, per_column)
            left = block * column
            y = row * line
            label = placed(QRectF(left + 2, y, name_width - 6, line))
            painter.setFont(self.font())
            painter.setPen(text_pen)
            elided = self.fontMetrics().elidedText(
                name, Qt.TextElideMode.ElideRight, int(label.width())
            )
            align = Align.AlignVCenter | (Align.AlignRight if rtl else Align.AlignLeft)
            painter.drawText(label, int(align), elided)
            painter.setFont(mark_font)
            for position, cell in enumerate(cells):
                x = left + name_width + position * (size + 3)
                square = placed(QRectF(x, y + (line - size) / 2, size, size))
                painter.fillRect(square, COVERAGE_COLOURS[cell.status])
                painter.setPen(COVERAGE_INK[cell.status])
                painter.drawText(square, int(Align.AlignCenter), MARKS[cell.status])
                self._hits.append((square, self.tips.get(cell, "")))
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            pos = event.position() if hasattr(event, "position") else event.pos()
            tip = next((t for rect, t in self._hits if rect.contains(pos)), "")
            self.setToolTip(tip)
        return super().event(event)


@dataclass(frozen=True)
class DeadlineLine:
    what: str  # instrument and report
    when: str  # due date and days left (or overdue by)
    overdue: bool


class DeadlineModel(QAbstractTableModel):
    """The next deadlines, two rows each (what, then when), so each line is cut on its own;
    overdue ones in red and bold."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lines: list[DeadlineLine] = []

    def set_lines(self, lines: Sequence[DeadlineLine]) -> None:
        if list(lines) == self.lines:
            return
        self.beginResetModel()
        self.lines = list(lines)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 2 * len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 1

    def line(self, row: int) -> DeadlineLine:
        return self.lines[row // 2]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        line = self.line(index.row())
        first = index.row() % 2 == 0
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return line.what if first else line.when
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{line.what}\n{line.when}"
        if role == Qt.ItemDataRole.ForegroundRole and line.overdue:
            return QBrush(QColor(OVERDUE))
        if role == Qt.ItemDataRole.FontRole and line.overdue:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and (index.row() // 2) % 2:
            return QPalette().alternateBase()  # the two rows of every other deadline shaded
        return None


class DeadlineTable(QTableView):
    """A plain list of the deadlines: no grid, no headers, long texts cut with "…"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.deadlines = DeadlineModel(self)
        self.setModel(self.deadlines)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.horizontalHeader().hide()
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setSelectionMode(QTableView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.viewport().setAutoFillBackground(False)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)

    def set_lines(self, lines: Sequence[DeadlineLine], empty: str) -> None:
        self.deadlines.set_lines(lines)
        self.empty.setText(empty)
        self.empty.setVisible(not lines)
        self._fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def shown(self) -> int:
        """How many deadlines are on screen (whole ones only)."""
        rows = self.deadlines.rowCount()
        return sum(1 for row in range(0, rows, 2) if not self.isRowHidden(row))

    def _fit(self) -> None:
        """Show the deadlines that fit whole, the most urgent first."""
        self.empty.resize(self.viewport().width(), self.empty.sizeHint().height())
        room = self.viewport().height()
        used = 0
        for row in range(0, self.deadlines.rowCount(), 2):
            height = self.sizeHintForRow(row) + self.sizeHintForRow(row + 1)
            fits = used + height <= room or row == 0
            used += height
            self.setRowHidden(row, not fits)
            self.setRowHidden(row + 1, not fits)
