"""The conventions an answer concerns: one checkable list (one Tab stop; arrows move, Space
toggles), wrapped over a few lines so all twelve instruments show without scrolling."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QListView, QSizePolicy

from synergy_desktop.content.reference import instruments

Index = QModelIndex | QPersistentModelIndex
CodeRole = Qt.ItemDataRole.UserRole + 1
_SPACING = 2


class ConventionsModel(QAbstractListModel):
    """The instruments of the reference list, each checked when the answer concerns it."""

    toggled = Signal()  # the user checked or unchecked one

    def __init__(self, lang: str = "en") -> None:
        super().__init__()
        self.lang = lang
        self.instruments = instruments()
        self.chosen: set[str] = set()
        self.editable = True

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.instruments)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        instrument = self.instruments[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return instrument.short_name.get(self.lang)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return instrument.name.get(self.lang)
        if role == Qt.ItemDataRole.CheckStateRole:
            checked = instrument.code in self.chosen
            return Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        if role == CodeRole:
            return instrument.code
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsUserCheckable if self.editable else flags

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole or not self.editable:
            return False
        code = self.instruments[index.row()].code
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.chosen.add(code)
        else:
            self.chosen.discard(code)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.toggled.emit()
        return True

    def codes(self) -> tuple[str, ...]:
        """The checked instruments in the order of the reference list."""
        return tuple(i.code for i in self.instruments if i.code in self.chosen)

    def set_codes(self, codes) -> None:
        """Show ``codes`` as checked (not reported as the user's change)."""
        self.chosen = set(codes)
        if self.instruments:
            self.dataChanged.emit(self.index(0), self.index(len(self.instruments) - 1))

    def set_language(self, lang: str) -> None:
        self.lang = lang
        if self.instruments:
            self.dataChanged.emit(self.index(0), self.index(len(self.instruments) - 1))


class ConventionsList(QListView):
    """The instruments side by side, wrapped like words, tall enough to show every one."""

    def __init__(self, model: ConventionsModel) -> None:
        super().__init__()
        self.setModel(model)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSpacing(_SPACING)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # A fixed height that follows the width (not height-for-width, which would make the
        # scroll area around the form ask every text box for its preferred height).
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setCurrentIndex(model.index(0))
        model.dataChanged.connect(lambda *_: self._fit())
        self._fit()

    def _item_sizes(self) -> list[QSize]:
        model = self.model()
        return [self.sizeHintForIndex(model.index(row)) for row in range(model.rowCount())]

    def heightForWidth(self, width: int) -> int:
        """The height the items need when wrapped at ``width`` (as the view lays them out)."""
        usable = max(1, width - 2 * self.frameWidth() - _SPACING)
        height, line_width, line_height = _SPACING, 0, 0
        for size in self._item_sizes():
            step = size.width() + 2 * _SPACING
            if line_width and line_width + step > usable:
                height += line_height
                line_width, line_height = 0, 0
            line_width += step
            line_height = max(line_height, size.height() + 2 * _SPACING)
        return height + line_height + 2 * self.frameWidth()

    def sizeHint(self) -> QSize:
        width = sum(s.width() + 2 * _SPACING for s in self._item_sizes()) // 3
        return QSize(width, self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        widest = max((s.width() for s in self._item_sizes()), default=40)
        return QSize(widest + 4 * _SPACING, self.height())

    def _fit(self) -> None:
        height = self.heightForWidth(self.width())
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()
