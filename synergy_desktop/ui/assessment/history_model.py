"""Table model of the change history of one option (newest first)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from synergy_desktop.domain.assessment import HistoryEntry
from synergy_desktop.domain.labels import field_label, rating_label
from synergy_desktop.domain.rating import Rating
from synergy_desktop.ui.shared import dates
from synergy_desktop.ui.shared.table_model import TableModel

WHEN, WHO, FIELD, OLD, NEW, SOURCE = range(6)
SortRole = Qt.ItemDataRole.UserRole + 1
EntryRole = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


class HistoryModel(TableModel):
    def __init__(self) -> None:
        super().__init__()
        self.entries: list[HistoryEntry] = []

    def set_entries(self, entries: list[HistoryEntry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def prepend(self, entries: list[HistoryEntry]) -> None:
        """Show entries a save just added (given oldest first) at the top."""
        if not entries:
            return
        self.beginInsertRows(QModelIndex(), 0, len(entries) - 1)
        self.entries[:0] = list(reversed(entries))
        self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 6

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        column = index.column()
        if role == EntryRole:
            return entry
        if role == SortRole:
            return entry.changed_at.timestamp() if column == WHEN else self._text(entry, column)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(entry, column)
        return None

    def _text(self, entry: HistoryEntry, column: int) -> str:
        if column == WHEN:
            return dates.short_date_time(entry.changed_at)
        if column == WHO:
            return entry.author or self.tr("(unknown)")
        if column == FIELD:
            return field_label(entry.field)
        if column in (OLD, NEW):
            value = entry.old_value if column == OLD else entry.new_value
            if value is None:
                return self.tr("(empty)")
            if entry.field == "rating":
                try:  # in the digits of the date beside it
                    return dates.localised_digits(rating_label(Rating(value)))
                except ValueError:
                    return value
            if entry.field == "target_date":
                try:
                    return dates.short_date(date.fromisoformat(value))
                except ValueError:
                    return value
            return value
        return entry.source

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("When"),
            self.tr("Who"),
            self.tr("Field"),
            self.tr("Before"),
            self.tr("After"),
            self.tr("Source"),
        )[section]
