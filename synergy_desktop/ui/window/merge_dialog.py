"""The merge preview (every incoming change and conflict, "keep mine / take theirs" per
conflict) and the comparison of several teams' workspaces."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from synergy_desktop.text import arg
from synergy_desktop.ui.shared.rows_model import rows_view

if TYPE_CHECKING:
    from synergy_desktop.domain.team_comparison import Comparison
    from synergy_desktop.services.merge import MergePreview

MINE, THEIRS = "mine", "theirs"


def _when(value) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value else ""


def _who(author: str, when) -> str:
    return " · ".join(p for p in (author, _when(when)) if p)


def _fit(view: QTableView) -> QTableView:
    """Columns share the width and long texts wrap, so every value can be read."""
    view.setWordWrap(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


class ConflictModel(QAbstractTableModel):
    """One row per conflict; the last column holds the choice (a check box: take theirs)."""

    COLUMNS = 6

    def __init__(self, conflicts, parent=None) -> None:
        super().__init__(parent)
        self.conflicts = list(conflicts)
        self.choices = {c.key: MINE for c in self.conflicts}

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.conflicts)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("Record"),
            self.tr("Field"),
            self.tr("Here (mine)"),
            self.tr("In the other file (theirs)"),
            self.tr("Changed here by"),
            self.tr("Take theirs"),
        )[section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.conflicts[index.row()]
        column = index.column()
        if column == 5:
            if role == Qt.ItemDataRole.CheckStateRole:
                taken = self.choices[item.key] == THEIRS
                return Qt.CheckState.Checked if taken else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.DisplayRole:
                return (
                    self.tr("take theirs")
                    if self.choices[item.key] == THEIRS
                    else self.tr("keep mine")
                )
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        theirs = item.theirs
        who = _who(item.theirs_author, item.theirs_when)
        if column == 3 and who and role == Qt.ItemDataRole.DisplayRole:
            theirs = f"{item.theirs}\n({who})"
        return (
            f"{item.kind_label}: {item.label}",
            item.field_label,
            item.mine,
            theirs,
            _who(item.mine_author, item.mine_when),
        )[column]

    def flags(self, index):
        flags = super().flags(index)
        if index.column() == 5:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if index.column() != 5 or role != Qt.ItemDataRole.CheckStateRole:
            return False
        key = self.conflicts[index.row()].key
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        self.choices[key] = THEIRS if checked else MINE
        self.dataChanged.emit(index, index)
        return True

    def choose_all(self, choice: str) -> None:
        self.beginResetModel()
        self.choices = dict.fromkeys(self.choices, choice)
        self.endResetModel()


class MergeDialog(QDialog):
    """Nothing is written until Apply; conflicts keep this workspace's value unless ticked."""

    def __init__(self, parent: QWidget | None, preview: MergePreview) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge another workspace"))
        self.setAccessibleName(self.tr("Merge another workspace"))
        self.resize(1000, 680)
        summary = QLabel(
            arg(
                self.tr(
                    "%1: %2 change(s) come in; %3 conflict(s) need your choice; %4 change(s) "
                    "are held and not applied. A backup copy is made before anything is written."
                ),
                preview.source_name,
                len(preview.changes),
                len(preview.conflicts),
                len(preview.held),
            )
        )
        summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        if not preview.shared_history:
            note = QLabel(
                self.tr(
                    "The two workspaces share no history: records are matched by their stable "
                    "ids only, and every difference is a conflict."
                )
            )
            note.setWordWrap(True)
            layout.addWidget(note)
        self.changes = rows_view(
            [self.tr("Record"), self.tr("Field"), self.tr("Here"), self.tr("Incoming"),
             self.tr("Changed by")],
            [(f"{c.kind_label}: {c.label}", c.field_label, c.mine, c.theirs,
              _who(c.theirs_author, c.theirs_when)) for c in preview.changes],
        )  # fmt: skip
        _fit(self.changes)
        self.changes.setAccessibleName(self.tr("Incoming changes"))
        self.conflict_model = ConflictModel(preview.conflicts, self)
        self.conflicts = QTableView()
        self.conflicts.setModel(self.conflict_model)
        self.conflicts.setAccessibleName(self.tr("Conflicts"))
        self.conflicts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        _fit(self.conflicts)
        self.held = rows_view(
            [self.tr("Record"), self.tr("Field"), self.tr("Incoming"), self.tr("Why")],
            [(f"{c.kind_label}: {c.label}", c.field_label, c.theirs, c.reason)
             for c in preview.held],
        )  # fmt: skip
        _fit(self.held)
        self.held.setAccessibleName(self.tr("Held changes"))
        layout.addWidget(QLabel(self.tr("<b>Incoming changes</b>")))
        layout.addWidget(self.changes, 3)
        layout.addWidget(QLabel(self.tr("<b>Conflicts</b> (tick to take theirs)")))
        layout.addWidget(self.conflicts, 3)
        if preview.held:
            layout.addWidget(QLabel(self.tr("<b>Held</b> (reported, not applied)")))
            layout.addWidget(self.held, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.keep_all = QPushButton(self.tr("Keep all mine"))
        self.take_all = QPushButton(self.tr("Take all theirs"))
        self.keep_all.clicked.connect(lambda: self.conflict_model.choose_all(MINE))
        self.take_all.clicked.connect(lambda: self.conflict_model.choose_all(THEIRS))
        for button in (self.keep_all, self.take_all):
            button.setEnabled(bool(preview.conflicts))
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ResetRole)
        self.apply_button = buttons.addButton(
            self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setEnabled(bool(preview.changes or preview.conflicts))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choices(self) -> dict[str, str]:
        return dict(self.conflict_model.choices)


class CompareDialog(QDialog):
    """Each option's rating per team, the spread, and Export to Excel."""

    def __init__(self, parent: QWidget | None, comparison: Comparison, export) -> None:
        super().__init__(parent)
        from synergy_desktop.formats.excel.compare import rating_text

        self.setObjectName("compareDialog")
        self.setWindowTitle(self.tr("Compare workspaces"))
        self.setAccessibleName(self.tr("Compare workspaces"))
        self.resize(1000, 640)
        teams = comparison.teams
        heads = [self.tr("Option"), self.tr("Title"), *[t.name for t in teams], self.tr("Spread")]
        rows = [
            (
                o.option_id,
                o.option_title,
                *[str(rating_text(r)) for r in o.ratings],
                "" if o.spread is None else str(o.spread),
            )
            for o in comparison.rows
        ]
        self.table = rows_view(heads, rows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Ratings of each team"))
        rounds = ", ".join(f"{t.name}: {t.round_title or '—'}" for t in teams)
        label = QLabel(arg(self.tr("Rounds compared: %1"), rounds))
        label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(
            self.tr("Export to Excel…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.export_button.clicked.connect(lambda: export(comparison))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
