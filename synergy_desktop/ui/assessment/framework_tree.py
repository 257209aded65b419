"""Tree model of the framework: areas with their progress, options with their answer state."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView

from synergy_desktop.domain.framework import Area, Option
from synergy_desktop.domain.rating import Rating
from synergy_desktop.text import arg
from synergy_desktop.ui.assessment.session import Session

TITLE, STATUS = 0, 1
OptionIdRole = Qt.ItemDataRole.UserRole + 1
AnsweredRole = Qt.ItemDataRole.UserRole + 2
_AREA = 0xFFFF  # internalId of top-level rows
Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole
#: The roles this model answers; a view asks for many more (fonts, colours, icons, check states)
#: on every paint, and those are answered without looking at the answers.
_ROLES = frozenset(
    (
        int(Role.DisplayRole),
        int(Role.ToolTipRole),
        int(Role.AccessibleTextRole),
        int(Role.TextAlignmentRole),
        int(OptionIdRole),
        int(AnsweredRole),
    )
)


class FrameworkTreeModel(QAbstractItemModel):
    def __init__(self, session: Session, lang: str = "en") -> None:
        super().__init__()
        self.session = session
        self.lang = lang
        self.areas: tuple[Area, ...] = session.framework.areas
        session.answerSaved.connect(self.option_changed)
        session.answersRefreshed.connect(lambda ids: [self.option_changed(i) for i in ids])
        session.assessmentChanged.connect(self.refresh)

    # -- structure ------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _AREA)
        return self.createIndex(row, column, parent.row())

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _AREA:
            return QModelIndex()
        return self.createIndex(index.internalId(), 0, _AREA)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self.areas)
        if parent.internalId() == _AREA and parent.column() == 0:
            return len(self.areas[parent.row()].options)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 2

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- data -----------------------------------------------------------------------------

    def area_at(self, index: Index) -> Area | None:
        if index.isValid() and index.internalId() == _AREA:
            return self.areas[index.row()]
        return None

    def option_at(self, index: Index) -> Option | None:
        if index.isValid() and index.internalId() != _AREA:
            return self.areas[index.internalId()].options[index.row()]
        return None

    def option_index(self, option_id: str, column: int = TITLE) -> QModelIndex:
        for area_row, area in enumerate(self.areas):
            for row, option in enumerate(area.options):
                if option.id == option_id:
                    return self.createIndex(row, column, area_row)
        return QModelIndex()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in _ROLES or not index.isValid():
            return None
        area = self.area_at(index)
        if area is not None:
            return self._area_data(area, index.column(), role)
        option = self.option_at(index)
        return self._option_data(option, index.column(), role)

    def _area_data(self, area: Area, column: int, role: int):
        progress = self.session.progress().area(area.id)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TITLE:
                return f"{area.id}  {area.title.get(self.lang)}"
            return arg(self.tr("%1/%2"), progress.answered, progress.total)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            text = arg(self.tr("%1 of %2 options answered"), progress.answered, progress.total)
            return f"{area.title.get(self.lang)} — {text}"
        if role == AnsweredRole:
            return progress.answered == progress.total
        return None

    def _option_data(self, option: Option, column: int, role: int):
        answer = self.session.answer(option.id)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TITLE:
                return f"{option.id}  {option.title.get(self.lang)}"
            return self._mark(answer.rating)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            state = self.tr("answered") if answer.is_answered else self.tr("not yet discussed")
            return f"{option.id} {option.title.get(self.lang)} — {state}"
        if role == OptionIdRole:
            return option.id
        if role == AnsweredRole:
            return answer.is_answered
        if role == Qt.ItemDataRole.TextAlignmentRole and column == STATUS:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def status_samples(self) -> list[str]:
        """Every kind of text the answer column shows, to size it once (instead of measuring
        every row at every saved answer)."""
        most = max(len(area.options) for area in self.areas) if self.areas else 0
        marks = [self._mark(rating) for rating in Rating]
        return [
            *marks,
            arg(self.tr("%1/%2"), most, most),
            self.headerData(STATUS, Qt.Orientation.Horizontal),
        ]

    def _mark(self, rating: Rating) -> str:
        if rating is Rating.NOT_DISCUSSED:
            return "—"
        if rating is Rating.NOT_APPLICABLE:
            return self.tr("n/a")
        return f"✓ {rating.value}"

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Area and option") if section == TITLE else self.tr("Answer")
        return None

    # -- updates --------------------------------------------------------------------------

    def option_changed(self, option_id: str) -> None:
        index = self.option_index(option_id)
        if not index.isValid():
            return
        self.dataChanged.emit(index, self.option_index(option_id, STATUS))
        area = self.parent(index)
        self.dataChanged.emit(area, self.index(area.row(), STATUS))

    def refresh(self) -> None:
        self.beginResetModel()
        self.endResetModel()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 1)
        self.refresh()


class WrappingDelegate(QStyledItemDelegate):
    """Rows as tall as their title wrapped at the column's width, so no title is cut."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        if index.column() != TITLE:
            return size
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        depth = 2 if index.parent().isValid() else 1
        width = self.view.columnWidth(TITLE) - self.view.indentation() * depth - 12
        bounds = QRect(0, 0, max(width, 40), 10_000)
        text = item.fontMetrics.boundingRect(bounds, Qt.TextFlag.TextWordWrap, item.text)
        return QSize(size.width(), max(size.height(), text.height() + 4))
