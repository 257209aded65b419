"""Base of the table models: after a language switch the views must re-read headers and cells."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, Qt


class TableModel(QAbstractTableModel):
    def retranslate(self) -> None:
        """Tell the views that header texts and displayed values changed language."""
        columns = self.columnCount()
        if columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
        rows = self.rowCount()
        if rows:
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, rows - 1)
        if rows and columns:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, columns - 1))
