"""Models of the NBSAP screen: national targets, and the alignment matrix with a heat map."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from synergy_desktop.domain.nbsap import Alignment, Level, NationalTarget, ReferenceFramework
from synergy_desktop.services.errors import ServiceError
from synergy_desktop.services.nbsap import NbsapService
from synergy_desktop.text import arg
from synergy_desktop.ui.shared.table_model import TableModel

Index = QModelIndex | QPersistentModelIndex
RowRole = Qt.ItemDataRole.UserRole + 1
LevelRole = Qt.ItemDataRole.UserRole + 2
HEAT = {Level.NONE: None, Level.PARTIAL: QColor("#b9dcb0"), Level.DIRECT: QColor("#4f9a52")}
MARK = {Level.NONE: "", Level.PARTIAL: "◐", Level.DIRECT: "●"}
CYCLE = {Level.NONE: Level.PARTIAL, Level.PARTIAL: Level.DIRECT, Level.DIRECT: Level.NONE}


class TargetModel(TableModel):
    def __init__(self) -> None:
        super().__init__()
        self.targets: list[NationalTarget] = []
        self.served: dict[int, int] = {}

    def set_targets(self, targets: list[NationalTarget], alignments: list[Alignment]) -> None:
        self.beginResetModel()
        self.targets = list(targets)
        self.served = {}
        for a in alignments:
            if a.level is not Level.NONE:
                self.served[a.national_target_id] = self.served.get(a.national_target_id, 0) + 1
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.targets)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        target = self.targets[index.row()]
        if role == RowRole:
            return target
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            served = self.served.get(target.id, 0)
            return (
                target.code,
                target.title,
                target.nbsap_version,
                target.lead_institution,
                str(served) if served else self.tr("none"),
            )[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 4:
            return None if self.served.get(target.id) else QBrush(QColor("#a40000"))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Code"),
                self.tr("National target"),
                self.tr("NBSAP version"),
                self.tr("Lead institution"),
                self.tr("Reference targets served"),
            )[section]
        return None


class MatrixModel(TableModel):
    """National targets (rows) × the targets of one reference framework (columns)."""

    failed = Signal(str)

    def __init__(self, service: NbsapService, lang: str = "en") -> None:
        super().__init__()
        self.service = service
        self.lang = lang
        self.targets: list[NationalTarget] = []
        self.framework: ReferenceFramework | None = None
        self.cells: dict[tuple[int, str], Alignment] = {}

    def load(self, targets: list[NationalTarget], framework: ReferenceFramework | None) -> None:
        self.beginResetModel()
        self.targets = list(targets)
        self.framework = framework
        alignments = self.service.alignments(framework.id) if framework else []
        self.cells = {(a.national_target_id, a.reference): a for a in alignments}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.targets)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() or self.framework is None:
            return 0
        return len(self.framework.targets)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def level(self, index: Index) -> Level:
        cell = self._cell(index)
        return cell.level if cell else Level.NONE

    def _cell(self, index: Index) -> Alignment | None:
        target = self.targets[index.row()]
        reference = self.framework.targets[index.column()].id
        return self.cells.get((target.id, reference))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        level = self.level(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return MARK[level]
        if role in (LevelRole, Qt.ItemDataRole.EditRole):
            return level.value
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = HEAT[level]
            return QBrush(colour) if colour else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#ffffff" if level is Level.DIRECT else "#1a1a1a"))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            target = self.targets[index.row()]
            reference = self.framework.targets[index.column()]
            names = {
                Level.NONE: self.tr("no contribution"),
                Level.PARTIAL: self.tr("partial contribution"),
                Level.DIRECT: self.tr("direct contribution"),
            }
            text = arg(
                self.tr("%1 → %2 %3: %4"),
                target.code,
                reference.id,
                reference.title.get(self.lang),
                names[level],
            )
            cell = self._cell(index)
            if cell and cell.note:
                text += "\n" + cell.note
            return text
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        try:
            level = Level(value)
        except ValueError:
            return False
        return self.set_level(index, level)

    def set_level(self, index: Index, level: Level, note: str | None = None) -> bool:
        target = self.targets[index.row()]
        reference = self.framework.targets[index.column()].id
        try:
            saved = self.service.set_alignment(target.id, self.framework.id, reference, level, note)
        except ServiceError as exc:
            self.failed.emit(str(exc))
            return False
        if saved.level is Level.NONE and not saved.note:
            self.cells.pop((target.id, reference), None)
        else:
            self.cells[(target.id, reference)] = saved
        self.dataChanged.emit(index, index)
        return True

    def cycle(self, index: Index) -> bool:
        return self.set_level(index, CYCLE[self.level(index)])

    def note(self, index: Index) -> str:
        cell = self._cell(index)
        return cell.note if cell else ""

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Vertical:
            if section >= len(self.targets):
                return None
            target = self.targets[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return target.code
            if role == Qt.ItemDataRole.ToolTipRole:
                return target.title
            return None
        if self.framework is None or section >= len(self.framework.targets):
            return None
        reference = self.framework.targets[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return reference.id.split("-")[-1]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{reference.id}: {reference.title.get(self.lang)}"
        return None
