"""Table models of a mechanism's members and meetings."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from synergy_desktop.domain.focal_points import MeetingRecord, Member
from synergy_desktop.ui.shared import dates
from synergy_desktop.ui.shared.table_model import TableModel

Index = QModelIndex | QPersistentModelIndex
RowRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2


class MembersModel(TableModel):
    def __init__(self) -> None:
        super().__init__()
        self.members: list[Member] = []

    def set_members(self, members: list[Member]) -> None:
        self.beginResetModel()
        self.members = list(members)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.members)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        member = self.members[index.row()]
        if role == RowRole:
            return member
        if role in (Qt.ItemDataRole.DisplayRole, SortRole):
            return member.label if index.column() == 0 else member.institution
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Member"), self.tr("Institution"))[section]
        return None


class MeetingsModel(TableModel):
    def __init__(self) -> None:
        super().__init__()
        self.meetings: list[MeetingRecord] = []

    def set_meetings(self, meetings: list[MeetingRecord]) -> None:
        self.beginResetModel()
        self.meetings = list(meetings)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.meetings)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        meeting = self.meetings[index.row()]
        if role == RowRole:
            return meeting
        if role == SortRole and index.column() == 0:
            return meeting.held_on.toordinal()
        values = (
            dates.short_date(meeting.held_on),
            meeting.participants,
            meeting.decisions,
            meeting.next_steps,
        )
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SortRole):
            return values[index.column()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Date"),
                self.tr("Participants"),
                self.tr("Decisions"),
                self.tr("Next steps"),
            )[section]
        return None
