"""The dashboard's next reporting deadlines: a plain list, two rows per deadline (what, then
when), overdue ones in red and bold with the words "overdue by N days"."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QFrame, QHeaderView, QLabel, QSizePolicy, QTableView, QWidget

Index = QModelIndex | QPersistentModelIndex
OVERDUE = "#a40000"


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

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # rows grow with Ctrl++: fewer fit
            QTimer.singleShot(0, self._fit)

    def shown(self) -> int:
        """How many deadlines are on screen (whole ones only)."""
        rows = self.deadlines.rowCount()
        return sum(1 for row in range(0, rows, 2) if not self.isRowHidden(row))

    def _height(self, row: int) -> int:
        """A row's height as the header will make it (at least its minimum section size)."""
        header = self.verticalHeader()
        return max(self.sizeHintForRow(row), header.minimumSectionSize())

    def _fit(self) -> None:
        """Show the deadlines that fit whole, the most urgent first."""
        self.empty.resize(self.viewport().width(), self.empty.sizeHint().height())
        room = self.viewport().height()
        used = 0
        for row in range(0, self.deadlines.rowCount(), 2):
            height = self._height(row) + self._height(row + 1)
            fits = used + height <= room or row == 0
            used += height
            self.setRowHidden(row, not fits)
            self.setRowHidden(row + 1, not fits)
