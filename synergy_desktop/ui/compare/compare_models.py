"""Table models of two rounds compared: option by option, and the scores per area."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from synergy_desktop.domain.framework import Framework
from synergy_desktop.domain.labels import field_label, rating_label
from synergy_desktop.domain.rating import Rating
from synergy_desktop.domain.round_comparison import Direction, FieldChange, OptionComparison
from synergy_desktop.services.dashboard import RoundComparison
from synergy_desktop.text import arg, translate
from synergy_desktop.ui.shared.dates import localised_digits, percent
from synergy_desktop.ui.shared.table_model import TableModel

Index = QModelIndex | QPersistentModelIndex
RowRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
OPTION, BEFORE, AFTER, CHANGE, DETAILS = range(5)
AREA, AREA_BEFORE, AREA_AFTER, AREA_CHANGE = range(4)
UP_COLOUR, DOWN_COLOUR = QColor("#1b6e20"), QColor("#a40000")
#: The sign and the colour of each direction (the words carry the meaning too).
ARROWS = {
    Direction.UP: "▲",
    Direction.DOWN: "▼",
    Direction.SAME: "=",
    Direction.ANSWERED: "●",
    Direction.UNANSWERED: "○",
    Direction.APPLICABILITY: "◆",
}


def direction_text(row: OptionComparison) -> str:
    """The arrow and the words: "▲ up 2 steps", "▼ down 1 step", "= unchanged"…"""
    words = {
        Direction.UP: lambda: translate("Compare", "up %n step(s)", None, row.steps),
        Direction.DOWN: lambda: translate("Compare", "down %n step(s)", None, -row.steps),
        Direction.SAME: lambda: translate("Compare", "unchanged"),
        Direction.ANSWERED: lambda: translate("Compare", "answered for the first time"),
        Direction.UNANSWERED: lambda: translate("Compare", "no longer answered"),
        Direction.APPLICABILITY: lambda: translate("Compare", "applicability changed"),
    }[row.direction]()
    return f"{ARROWS[row.direction]} {localised_digits(words)}"


def rating_text(rating: Rating) -> str:
    """The rating's label in the digits of the row it sits in."""
    return localised_digits(rating_label(rating))


def fields_text(row: OptionComparison) -> str:
    """The other fields that changed, grouped: "New: Evidence and notes; Changed: Gaps…"."""
    groups = {
        FieldChange.ADDED: translate("Compare", "New: %1"),
        FieldChange.CHANGED: translate("Compare", "Changed: %1"),
        FieldChange.REMOVED: translate("Compare", "Removed: %1"),
    }
    parts = []
    for kind, template in groups.items():
        names = [field_label(name) for name, change in row.fields if change is kind]
        if names:
            parts.append(arg(template, ", ".join(names)))
    return "; ".join(parts)


def round_labels(comparison: RoundComparison | None) -> tuple[str, str]:
    """Short names for the two rounds (their periods when these differ, else their titles)."""
    if comparison is None:
        return "", ""
    before, after = comparison.before.info, comparison.after.info
    if before.period and after.period and before.period != after.period:
        return before.period, after.period
    return before.title, after.title


def round_titles(comparison: RoundComparison | None) -> tuple[str, str]:
    if comparison is None:
        return "", ""
    return comparison.before.info.title, comparison.after.info.title


def _colour(direction: Direction) -> QColor | None:
    return {Direction.UP: UP_COLOUR, Direction.DOWN: DOWN_COLOUR}.get(direction)


class ComparisonModel(TableModel):
    """One row per option of the framework: both ratings and what changed."""

    def __init__(self, framework: Framework, lang: str = "en") -> None:
        super().__init__()
        self.framework = framework
        self.lang = lang
        self.rows: list[OptionComparison] = []
        self.titles = self.tips = ("", "")

    def set_comparison(self, comparison: RoundComparison | None, lang: str | None = None) -> None:
        self.beginResetModel()
        self.lang = lang or self.lang
        self.rows = list(comparison.options) if comparison else []
        self.titles = round_labels(comparison)
        self.tips = round_titles(comparison)
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, DETAILS)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else DETAILS + 1

    def _option(self, row: OptionComparison) -> str:
        option = self.framework.option(row.option_id)
        title = option.title.get(self.lang) if option else ""
        return f"{row.option_id} {title}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == RowRole:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (
                self._option(row),
                rating_text(row.before.rating),
                rating_text(row.after.rating),
                direction_text(row),
                fields_text(row),
            )[column]
        if role == SortRole:
            if column == CHANGE:
                return row.steps
            if column == OPTION:
                return index.row()  # framework order
            return self.data(index)
        if role == Qt.ItemDataRole.ForegroundRole and column == CHANGE:
            colour = _colour(row.direction)
            return QBrush(colour) if colour else None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and section in (BEFORE, AFTER):
            return self.tips[section - BEFORE]
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Option"),
            self.titles[0] or self.tr("Earlier round"),
            self.titles[1] or self.tr("Later round"),
            self.tr("Rating change"),
            self.tr("Other changes"),
        )[section]


class ChangesFilter(QSortFilterProxyModel):
    """Every option, or only those where something changed."""

    def __init__(self) -> None:
        super().__init__()
        self.only_changes = False
        self.setSortRole(SortRole)

    def set_only_changes(self, only: bool) -> None:
        self.beginFilterChange()
        self.only_changes = only
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self.only_changes:
            return True
        row = self.sourceModel().index(source_row, 0, source_parent).data(RowRole)
        return row is not None and row.changed


class AreaScoresModel(TableModel):
    """The score of each area in both rounds and the difference in points."""

    def __init__(self, framework: Framework, lang: str = "en") -> None:
        super().__init__()
        self.framework = framework
        self.lang = lang
        self.rows: list[tuple[str, float | None, float | None]] = []
        self.titles = self.tips = ("", "")

    def set_comparison(self, comparison: RoundComparison | None, lang: str | None = None) -> None:
        self.beginResetModel()
        self.lang = lang or self.lang
        self.rows = []
        self.titles = round_labels(comparison)
        self.tips = round_titles(comparison)
        if comparison is not None:
            before, after = comparison.before, comparison.after
            self.rows = [
                (area.id, before.score(area.id), after.score(area.id))
                for area in self.framework.areas
            ]
            self.rows.append(("", before.progress.overall.score, after.progress.overall.score))
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, AREA_CHANGE)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else AREA_CHANGE + 1

    @staticmethod
    def points(before: float | None, after: float | None) -> int | None:
        if before is None or after is None:
            return None
        return round(after * 100) - round(before * 100)

    def _score(self, value: float | None) -> str:
        return percent(value) if value is not None else "—"

    def _change(self, before: float | None, after: float | None) -> str:
        points = self.points(before, after)
        if points is None:
            return ""
        if points > 0:
            return "▲ " + localised_digits(self.tr("+%n point(s)", None, points))
        if points < 0:
            return "▼ " + localised_digits(self.tr("−%n point(s)", None, -points))
        return "= " + self.tr("unchanged")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        area_id, before, after = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == AREA:
                area = self.framework.area(area_id)
                return f"{area_id} {area.title.get(self.lang)}" if area else self.tr("All areas")
            if column == AREA_CHANGE:
                return self._change(before, after)
            return self._score(before if column == AREA_BEFORE else after)
        if role == Qt.ItemDataRole.ForegroundRole and column == AREA_CHANGE:
            points = self.points(before, after) or 0
            return QBrush(UP_COLOUR if points > 0 else DOWN_COLOUR) if points else None
        if role == Qt.ItemDataRole.FontRole and not area_id:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and section in (AREA_BEFORE, AREA_AFTER):
            return self.tips[section - AREA_BEFORE]
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Area"),
            self.titles[0] or self.tr("Earlier round"),
            self.titles[1] or self.tr("Later round"),
            self.tr("Change"),
        )[section]
