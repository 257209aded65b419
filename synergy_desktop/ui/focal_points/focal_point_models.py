"""Table models of the focal-point register, its filter, and the coverage matrix."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from synergy_desktop.content.reference import instruments
from synergy_desktop.domain.focal_points import (
    Coverage,
    CoverageStatus,
    FocalPoint,
    is_stale,
)
from synergy_desktop.text import arg
from synergy_desktop.ui.shared import dates
from synergy_desktop.ui.shared.table_model import TableModel

Index = QModelIndex | QPersistentModelIndex
SortRole = Qt.ItemDataRole.UserRole + 1
EntryRole = Qt.ItemDataRole.UserRole + 2
(INSTRUMENT, ROLE, NAME, POSITION, INSTITUTION, EMAIL, PHONE, PRIMARY, VERIFIED, STATE) = range(10)
COLOURS = {
    CoverageStatus.FILLED: QColor("#d8f0d8"),
    CoverageStatus.STALE: QColor("#fde9b8"),
    CoverageStatus.MISSING: QColor("#f6d0d0"),
}
MARKS = {CoverageStatus.FILLED: "✓", CoverageStatus.STALE: "!", CoverageStatus.MISSING: "✗"}


def _names(lang: str) -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    short = {i.code: i.short_name.get(lang) for i in instruments()}
    roles = {(i.code, r.code): r.name.get(lang) for i in instruments() for r in i.roles}
    return short, roles


class FocalPointModel(TableModel):
    def __init__(self, lang: str = "en") -> None:
        super().__init__()
        self.lang = lang
        self.entries: list[FocalPoint] = []
        self.today = date.today()
        self.stale_months = 12
        self._short, self._roles = _names(lang)

    def set_entries(
        self, entries: list[FocalPoint], stale_months: int, today: date | None = None
    ) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.stale_months = stale_months
        self.today = today or date.today()
        self.endResetModel()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self._short, self._roles = _names(lang)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, STATE)
        if self.entries:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.entries) - 1, STATE))

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else STATE + 1

    def state(self, entry: FocalPoint) -> str:
        if not entry.is_current:
            return arg(self.tr("former holder until %1"), dates.short_date(entry.ended_on))
        if is_stale(entry.verified_on, self.today, self.stale_months):
            return self.tr("not verified recently")
        return self.tr("current")

    def _value(self, entry: FocalPoint, column: int):
        person = entry.person
        return (
            self._short.get(entry.instrument, entry.instrument),
            self._roles.get((entry.instrument, entry.role), entry.role),
            person.name,
            person.position,
            person.institution,
            person.email,
            person.phone,
            self.tr("yes") if entry.is_primary else "",
            dates.short_date(entry.verified_on),
            self.state(entry),
        )[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        if role == EntryRole:
            return entry
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._value(entry, index.column())
        if role == SortRole:
            if index.column() == VERIFIED:
                return entry.verified_on.toordinal() if entry.verified_on else 0
            return str(self._value(entry, index.column())).casefold()
        if role == Qt.ItemDataRole.ForegroundRole and not entry.is_current:
            return QBrush(QColor("#777777"))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Instrument"),
            self.tr("Role"),
            self.tr("Name"),
            self.tr("Position"),
            self.tr("Institution"),
            self.tr("E-mail"),
            self.tr("Phone"),
            self.tr("Primary"),
            self.tr("Last verified"),
            self.tr("State"),
        )[section]


class FocalPointFilter(QSortFilterProxyModel):
    """Filters by instrument, role, institution and free text; sorts on raw values."""

    def __init__(self) -> None:
        super().__init__()
        self.setSortRole(SortRole)
        self.instrument = ""
        self.role = ""
        self.institution = ""
        self.text = ""

    def set_filter(
        self, *, instrument: str = "", role: str = "", institution: str = "", text: str = ""
    ) -> None:
        self.beginFilterChange()
        self.instrument, self.role = instrument, role
        self.institution, self.text = institution.casefold(), text.casefold()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model: FocalPointModel = self.sourceModel()
        entry = model.entries[source_row]
        if self.instrument and entry.instrument != self.instrument:
            return False
        if self.role and entry.role != self.role:
            return False
        if self.institution and self.institution not in entry.person.institution.casefold():
            return False
        if self.text:
            haystack = " ".join(str(model._value(entry, c)) for c in range(STATE + 1))
            return self.text in haystack.casefold()
        return True


class CoverageModel(TableModel):
    """Rows: instruments the country is Party to; columns: their roles (left to right)."""

    def __init__(self, lang: str = "en") -> None:
        super().__init__()
        self.lang = lang
        self.coverage = Coverage((), 12)
        self.rows: list[tuple[str, list[str]]] = []
        self._short, self._roles = _names(lang)

    def set_coverage(self, coverage: Coverage) -> None:
        self.beginResetModel()
        self.coverage = coverage
        self.rows = [
            (i.code, [r.code for r in i.roles])
            for i in instruments()
            if i.code not in coverage.excluded
        ]
        self.endResetModel()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self._short, self._roles = _names(lang)
        self.set_coverage(self.coverage)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid():
            return 0
        return max((len(roles) for _, roles in self.rows), default=0)

    def cell_at(self, index: Index):
        if not index.isValid():
            return None
        instrument, roles = self.rows[index.row()]
        if index.column() >= len(roles):
            return None
        return self.coverage.cell(instrument, roles[index.column()])

    def flags(self, index: Index) -> Qt.ItemFlag:
        if self.cell_at(index) is None:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        cell = self.cell_at(index)
        if cell is None:
            return None
        name = self._roles.get((cell.instrument, cell.role), cell.role)
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{MARKS[cell.status]} {name}"
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(COLOURS[cell.status])
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#1a1a1a"))
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{self._short.get(cell.instrument)} — {name}: {self.describe(cell)}"
        return None

    def describe(self, cell) -> str:
        if cell.status is CoverageStatus.MISSING:
            return self.tr("missing: nobody is designated")
        holders = ", ".join(cell.holders)
        if cell.status is CoverageStatus.STALE:
            when = dates.short_date(cell.oldest_check) if cell.oldest_check else self.tr("never")
            return arg(self.tr("%1 (last verified: %2)"), holders, when)
        return holders

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            code = self.rows[section][0]
            return self._short.get(code, code)
        return arg(self.tr("Role %1"), section + 1)
