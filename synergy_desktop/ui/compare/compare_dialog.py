"""Assessment > Compare rounds…: two rounds side by side, option by option.

Above, every option with its rating in both rounds and what changed (the arrow and the words);
"Only changes" hides the rest. Below, the selected option's fields side by side, and the score
of each area in both rounds.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from synergy_desktop.domain.labels import field_label, priority_label
from synergy_desktop.domain.round_comparison import (
    COMPARED_FIELDS,
    Direction,
    FieldChange,
    OptionComparison,
)
from synergy_desktop.services.dashboard import RoundComparison, compare_rounds, earlier_round
from synergy_desktop.services.errors import ServiceError
from synergy_desktop.ui.compare.compare_models import (
    AREA,
    DETAILS,
    OPTION,
    AreaScoresModel,
    ChangesFilter,
    ComparisonModel,
    RowRole,
    direction_text,
    rating_text,
    round_labels,
)
from synergy_desktop.ui.shared.dates import short_date
from synergy_desktop.ui.shared.workspace_holder import WorkspaceHolder

CHANGED_BACKGROUND = "#fff1b8"


class CompareDialog(QDialog):
    def __init__(self, holder: WorkspaceHolder, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.holder = holder
        self.session = holder.session
        self.comparison: RoundComparison | None = None
        self.setObjectName("compareRounds")
        self.resize(1100, 700)
        self.before_label, self.after_label = QLabel(), QLabel()
        self.before, self.after = QComboBox(), QComboBox()
        for label, combo in ((self.before_label, self.before), (self.after_label, self.after)):
            label.setBuddy(combo)
            combo.setMinimumContentsLength(32)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.currentIndexChanged.connect(self.reload)
        self.only_changes = QCheckBox()
        self.only_changes.toggled.connect(self._filter)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #a40000")
        framework = self.session.framework
        self.model = ComparisonModel(framework, holder.lang)
        self.proxy = ChangesFilter()
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(OPTION, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(OPTION, QHeaderView.ResizeMode.Interactive)
        for column in range(OPTION + 1, DETAILS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DETAILS, QHeaderView.ResizeMode.Stretch)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.details = QTextBrowser()
        self.details.setOpenLinks(False)
        self.areas = AreaScoresModel(framework, holder.lang)
        self.area_table = QTableView()
        self.area_table.setModel(self.areas)
        self.area_table.verticalHeader().hide()
        self.area_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.area_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.area_table.setWordWrap(False)
        area_header = self.area_table.horizontalHeader()
        area_header.setSectionResizeMode(AREA, QHeaderView.ResizeMode.Stretch)
        for column in range(AREA + 1, self.areas.columnCount()):
            area_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        choose = QHBoxLayout()
        for widget in (self.before_label, self.before, self.after_label, self.after):
            choose.addWidget(widget)
        choose.addStretch(1)
        choose.addWidget(self.only_changes)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.details)
        lower.addWidget(self.area_table)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.problem)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self._fill_rounds()
        self.retranslate()

    # -- rounds -------------------------------------------------------------------------

    def _fill_rounds(self) -> None:
        rounds = self.session.rounds()
        current = self.session.assessment.id if self.session.assessment else None
        if current is None and rounds:
            current = rounds[-1].id
        previous = earlier_round(rounds, current)
        for combo, chosen in ((self.before, previous), (self.after, current)):
            blocked = combo.blockSignals(True)
            combo.clear()
            for info in rounds:
                combo.addItem(info.title, info.id)
            index = combo.findData(chosen)
            combo.setCurrentIndex(index if index >= 0 else 0)
            combo.blockSignals(blocked)
        self.reload()

    def choose(self, before_id: int, after_id: int) -> None:
        """Compare round ``before_id`` with round ``after_id``."""
        for combo, chosen in ((self.before, before_id), (self.after, after_id)):
            blocked = combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(chosen))
            combo.blockSignals(blocked)
        self.reload()

    def reload(self, *_args) -> None:
        before_id, after_id = self.before.currentData(), self.after.currentData()
        self.comparison = None
        self.problem.clear()
        if before_id is not None and before_id == after_id:
            self.problem.setText(self.tr("Choose two different rounds to compare."))
        elif before_id is not None and after_id is not None:
            try:
                self.comparison = compare_rounds(
                    self.session.context.assessments, before_id, after_id
                )
            except ServiceError as exc:
                self.problem.setText(str(exc))
        self.problem.setVisible(bool(self.problem.text()))
        lang = self.holder.lang
        self.model.set_comparison(self.comparison, lang)
        self.areas.set_comparison(self.comparison, lang)
        self.details.clear()
        if self.proxy.rowCount():
            self.select_row(0)

    def select_row(self, row: int) -> None:
        """Select the ``row``-th option shown (QTableView.selectRow selects nothing when the
        view is laid out right to left)."""
        index = self.proxy.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
            | QItemSelectionModel.SelectionFlag.Current
        )
        self.table.selectionModel().setCurrentIndex(index, flags)

    def _filter(self, only: bool) -> None:
        self.proxy.set_only_changes(only)
        if self.proxy.rowCount():
            self.select_row(0)
        else:
            self.details.setPlainText(self.tr("Nothing changed between these rounds."))

    # -- the selected option --------------------------------------------------------------

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        row = indexes[0].data(RowRole) if indexes else None
        if row is not None:
            self.details.setHtml(self._details_html(row))

    def _value(self, name: str, value: object) -> str:
        if value is None or value == "" or value == ():
            return "—"
        if name == "priority":
            return priority_label(value)
        if name == "target_date":
            return short_date(value)
        if name == "conventions":
            return ", ".join(value)
        return str(value)

    def _details_html(self, row: OptionComparison) -> str:
        option = self.session.framework.option(row.option_id)
        title = option.title.get(self.holder.lang) if option else row.option_id
        words = {
            FieldChange.ADDED: self.tr("new"),
            FieldChange.CHANGED: self.tr("changed"),
            FieldChange.REMOVED: self.tr("removed"),
        }
        before, after = round_labels(self.comparison)
        rows = [
            (
                "",
                f"<b>{escape(before)}</b>",
                f"<b>{escape(after)}</b>",
                "",
            ),
            self._cells(
                field_label("rating"),
                rating_text(row.before.rating),
                rating_text(row.after.rating),
                direction_text(row) if row.direction is not Direction.SAME else "",
            ),
        ]
        for name in COMPARED_FIELDS:
            change = row.field(name)
            rows.append(
                self._cells(
                    field_label(name),
                    self._value(name, row.before.value(name)),
                    self._value(name, row.after.value(name)),
                    words[change] if change else "",
                )
            )
        rtl = self.isRightToLeft()
        lines = []
        for label, old, new, change in rows:
            cells = [label, old, new]
            if rtl:  # Qt lays tables out left to right: the columns go in reverse
                cells.reverse()
            style = f" style='background: {CHANGED_BACKGROUND}'" if change else ""
            lines.append(f"<tr{style}>{''.join(f'<td>{c}</td>' for c in cells)}</tr>")
        direction = "rtl" if rtl else "ltr"
        return (
            f"<div dir='{direction}'><h3>{escape(row.option_id)} {escape(title)}</h3>"
            f"<table width='100%' cellspacing='0' cellpadding='4' border='1' "
            f"style='border-collapse: collapse'>{''.join(lines)}</table></div>"
        )

    @staticmethod
    def _cells(label: str, before: str, after: str, change: str) -> tuple[str, str, str, str]:
        """Escaped cells of one field: its name (and the change in words), both values."""
        name = f"<b>{escape(label)}</b>" + (f"<br><i>{escape(change)}</i>" if change else "")
        return name, escape(before), escape(after), change

    # -- texts --------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Compare rounds"))
        self.before_label.setText(self.tr("&Compare:"))
        self.after_label.setText(self.tr("&with:"))
        self.before.setAccessibleName(self.tr("Earlier round"))
        self.after.setAccessibleName(self.tr("Later round"))
        self.only_changes.setText(self.tr("&Only changes"))
        self.table.setAccessibleName(self.tr("Options of both rounds"))
        self.details.setAccessibleName(self.tr("The selected option in both rounds"))
        self.area_table.setAccessibleName(self.tr("Score per area in both rounds"))
        self.model.retranslate()
        self.areas.retranslate()

    def resizeEvent(self, event) -> None:
        """The options keep a good third of the width; the other changes get the rest."""
        super().resizeEvent(event)
        width = self.table.viewport().width()
        self.table.horizontalHeader().resizeSection(OPTION, max(240, int(width * 0.36)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.reload()
        super().changeEvent(event)
