"""Models of the reporting calendar: obligations and datasets."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from synergy_desktop.content.reference import instruments
from synergy_desktop.domain.reporting import Dataset, Obligation, Precision, Status
from synergy_desktop.text import arg, number, translate
from synergy_desktop.ui.shared import dates
from synergy_desktop.ui.shared.table_model import TableModel

Index = QModelIndex | QPersistentModelIndex
RowRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
INSTRUMENT, REPORT, DUE, LEFT, STATUS, RESPONSIBLE, DATASETS = range(7)


def status_text(status: Status) -> str:
    return {
        Status.NOT_STARTED: translate("Reporting", "not started"),
        Status.IN_PREPARATION: translate("Reporting", "in preparation"),
        Status.SUBMITTED: translate("Reporting", "submitted"),
    }[status]


def due_text(obligation: Obligation) -> str:
    """The due date as precisely as it is known, in the user's locale."""
    due = obligation.due_date
    if due is None:
        return translate("Reporting", "no fixed date")
    if obligation.due_precision is Precision.MONTH:
        return dates.month(due)
    if obligation.due_precision is Precision.YEAR:
        return dates.year(due)
    return dates.short_date(due)


def left_text(obligation: Obligation, today: date) -> str:
    """Days left or overdue (in the digits of the dates beside it), or the submission date."""
    if obligation.status is Status.SUBMITTED:
        when = dates.short_date(obligation.submitted_on)
        return arg(translate("Reporting", "submitted %1"), when)
    days = obligation.days_left(today)
    if days is None:
        return ""
    if days < 0:
        return dates.localised_digits(translate("Reporting", "overdue by %n day(s)", None, -days))
    return dates.localised_digits(translate("Reporting", "%n day(s) left", None, days))


class ObligationModel(TableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Obligation] = []
        self.today = date.today()
        self.short = {i.code: i.short_name.get() for i in instruments()}

    def set_rows(self, rows: list[Obligation], today: date | None = None, lang: str = "en") -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.today = today or date.today()
        self.short = {i.code: i.short_name.get(lang) for i in instruments()}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else DATASETS + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == RowRole:
            return row
        if role == SortRole:
            if column in (DUE, LEFT):
                return row.due_date.toordinal() if row.due_date else 10**7
            return str(self.data(index)).casefold()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.short.get(row.instrument, row.instrument),
                row.title,
                due_text(row),
                left_text(row, self.today),
                status_text(row.status),
                row.responsible,
                number(len(row.dataset_ids)) if row.dataset_ids else "",
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(t for t in (row.title, row.cycle, row.notes) if t)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.is_overdue(self.today):
                return QBrush(QColor("#a40000"))
            if row.status is Status.SUBMITTED:
                return QBrush(QColor("#666666"))
        if role == Qt.ItemDataRole.FontRole and row.is_overdue(self.today) and column == LEFT:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Instrument"),
                self.tr("Report"),
                self.tr("Due"),
                self.tr("Days left"),
                self.tr("Status"),
                self.tr("Responsible"),
                self.tr("Datasets"),
            )[section]
        return None


class DatasetModel(TableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Dataset] = []
        self.report_names: dict[int, str] = {}

    def set_rows(self, rows: list[Dataset], report_names: dict[int, str]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.report_names = report_names
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == RowRole:
            return row
        # reports of treaties the country is not Party to are not listed
        feeds = "; ".join(
            self.report_names[i] for i in row.obligation_ids if i in self.report_names
        )
        values = (
            row.name,
            row.custodian,
            row.update_frequency,
            dates.short_date(row.last_updated),
            feeds,
        )
        if role == SortRole and index.column() == 3:
            return row.last_updated.toordinal() if row.last_updated else 0
        if role in (Qt.ItemDataRole.DisplayRole, SortRole):
            return values[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(t for t in (row.name, row.notes, feeds) if t)
        if role == Qt.ItemDataRole.FontRole and row.is_shared and index.column() == 0:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Dataset"),
                self.tr("Custodian"),
                self.tr("Updated"),
                self.tr("Last update"),
                self.tr("Reports it feeds"),
            )[section]
        return None
