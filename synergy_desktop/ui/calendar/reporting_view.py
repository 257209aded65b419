"""The harmonised reporting calendar: obligations, deadlines, timeline, shared datasets."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from synergy_desktop.content.reference import instruments
from synergy_desktop.domain.reporting import Status
from synergy_desktop.services.context import WorkspaceContext
from synergy_desktop.services.errors import ServiceError
from synergy_desktop.text import arg
from synergy_desktop.ui.calendar.reporting_dialogs import DatasetDialog, ObligationDialog
from synergy_desktop.ui.calendar.reporting_models import (
    DatasetModel,
    ObligationModel,
    RowRole,
    SortRole,
)
from synergy_desktop.ui.calendar.timeline import Timeline
from synergy_desktop.ui.shared.empty_state import EmptyState
from synergy_desktop.ui.shared.tables import fit_columns, record_table


class SharedFilter(QSortFilterProxyModel):
    def __init__(self) -> None:
        super().__init__()
        self.shared_only = False
        self.setSortRole(SortRole)

    def set_shared_only(self, value: bool) -> None:
        self.beginFilterChange()
        self.shared_only = value
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        return not self.shared_only or self.sourceModel().rows[source_row].is_shared


class ReportingView(QWidget):
    changed = Signal()

    def __init__(
        self, context: WorkspaceContext, lang: str = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.lang = lang
        self.service = context.reporting(lang)
        self.today = date.today()
        self.obligation_model = ObligationModel()
        self.obligation_proxy = QSortFilterProxyModel()
        self.obligation_proxy.setSourceModel(self.obligation_model)
        self.obligation_proxy.setSortRole(SortRole)
        self.dataset_model = DatasetModel()
        self.dataset_proxy = SharedFilter()
        self.dataset_proxy.setSourceModel(self.dataset_model)
        self._build()
        self.reload()

    def _build(self) -> None:
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.timeline = Timeline()
        self.obligations = record_table(self.obligation_proxy, sortable=True)
        self.obligations.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        self.obligations.doubleClicked.connect(self.edit_obligation)
        self.ob_buttons = {
            name: QPushButton() for name in ("add", "edit", "preparing", "submitted", "delete")
        }
        self.ob_buttons["add"].clicked.connect(self.add_obligation)
        self.ob_buttons["edit"].clicked.connect(self.edit_obligation)
        self.ob_buttons["preparing"].clicked.connect(lambda: self.set_status(Status.IN_PREPARATION))
        self.ob_buttons["submitted"].clicked.connect(self.mark_submitted)
        self.ob_buttons["delete"].clicked.connect(self.delete_obligation)
        ob_row = QHBoxLayout()
        for button in self.ob_buttons.values():
            ob_row.addWidget(button)
        ob_row.addStretch(1)

        self.datasets = record_table(self.dataset_proxy, sortable=True)
        self.datasets.doubleClicked.connect(self.edit_dataset)
        self.shared_only = QCheckBox()
        self.shared_only.toggled.connect(self.dataset_proxy.set_shared_only)
        self.ds_buttons = {name: QPushButton() for name in ("add", "edit", "delete")}
        self.ds_buttons["add"].clicked.connect(self.add_dataset)
        self.ds_buttons["edit"].clicked.connect(self.edit_dataset)
        self.ds_buttons["delete"].clicked.connect(self.delete_dataset)
        ds_row = QHBoxLayout()
        for button in self.ds_buttons.values():
            ds_row.addWidget(button)
        ds_row.addStretch(1)
        ds_row.addWidget(self.shared_only)

        self.calendar_title, self.datasets_title = QLabel(), QLabel()
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.summary)
        top_layout.addWidget(self.timeline)
        top_layout.addWidget(self.calendar_title)
        top_layout.addWidget(self.obligations, 1)
        top_layout.addLayout(ob_row)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.datasets_title)
        bottom_layout.addWidget(self.datasets, 1)
        bottom_layout.addLayout(ds_row)
        self.empty = EmptyState()
        self.empty.add_button(self.add_obligation, "addObligation")
        self.top_stack = QStackedWidget()  # the empty state while the calendar holds nothing
        self.top_stack.addWidget(self.empty)
        self.top_stack.addWidget(top)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.top_stack)
        self.splitter.addWidget(bottom)
        self.splitter.setSizes([520, 230])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)
        self.retranslate()

    def retranslate(self) -> None:
        self.obligation_model.retranslate()
        self.dataset_model.retranslate()
        texts = {
            "add": self.tr("A&dd…"),
            "edit": self.tr("Ed&it…"),
            "preparing": self.tr("In &preparation"),
            "submitted": self.tr("&Submitted…"),
            "delete": self.tr("De&lete…"),
        }
        for name, text in texts.items():
            self.ob_buttons[name].setText(text)
        for name, text in (
            ("add", self.tr("Add dataset…")),
            ("edit", self.tr("Edit dataset…")),
            ("delete", self.tr("Delete dataset…")),
        ):
            self.ds_buttons[name].setText(text)
        self.shared_only.setText(self.tr("Only datasets that feed &two or more reports"))
        self.calendar_title.setText(self.tr("<b>Reporting obligations</b> (overdue in red)"))
        self.datasets_title.setText(
            self.tr(
                "<b>Datasets</b>: report once, use many times (bold: feeds two or more reports)"
            )
        )
        self.obligations.setAccessibleName(self.tr("Reporting obligations"))
        self.datasets.setAccessibleName(self.tr("Datasets"))
        self.timeline.setAccessibleName(self.tr("Deadlines in the next 36 months"))
        self.empty.set_texts(
            self.tr("The reporting calendar is empty"),
            self.tr(
                "List the reports the country owes each treaty it is Party to, with their due "
                "dates and the focal point responsible; the calendar then shows what is due "
                "next, what is late, and the datasets several reports share."
            ),
        )
        self.empty.buttons[0].setText(self.tr("Add a reporting obligation…"))
        self._summarise()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.service.lang = lang
        self.reload()

    # -- data -----------------------------------------------------------------------------

    def reload(self) -> None:
        self.today = date.today()
        rows = self.service.obligations()
        self.obligation_model.set_rows(rows, self.today, self.lang)
        short = {i.code: i.short_name.get(self.lang) for i in instruments()}
        names = {o.id: f"{short.get(o.instrument, o.instrument)} {o.title}" for o in rows}
        self.dataset_model.set_rows(self.service.datasets(), names)
        self.timeline.set_obligations(rows, short, self.today)
        top = self.top_stack.widget(1)
        self.top_stack.setCurrentWidget(top if rows else self.empty)
        fit_columns(self.obligations, 300)
        fit_columns(self.datasets, 260)
        self._summarise()

    def _summarise(self) -> None:
        rows = self.obligation_model.rows
        overdue = [o for o in rows if o.is_overdue(self.today)]
        shared = [d for d in self.dataset_model.rows if d.is_shared]
        self.summary.setText(
            arg(
                self.tr(
                    "%1 obligations, %2 overdue, %3 submitted. %4 of %5 datasets feed two or more "
                    "reports. The diamonds show the deadlines of the next 36 months (red: overdue, "
                    "amber: in preparation, grey: not started); the blue line is today."
                ),
                len(rows),
                len(overdue),
                sum(1 for o in rows if o.status is Status.SUBMITTED),
                len(shared),
                len(self.dataset_model.rows),
            )
        )

    def _selected(self, view: QTableView):
        index = view.currentIndex()
        return index.data(RowRole) if index.isValid() else None

    def _run(self, work) -> bool:
        try:
            work()
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Reporting calendar"), str(exc))
            return False
        self.reload()
        self.changed.emit()
        return True

    def _confirm(self, title: str, text: str) -> bool:
        return QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        ) == (QMessageBox.StandardButton.Yes)

    # -- obligations ----------------------------------------------------------------------

    def _holders(self):
        return self.context.focal_points.entries()

    def add_obligation(self) -> None:
        dialog = ObligationDialog(
            self,
            self.tr("Add a reporting obligation"),
            self.service.add,
            self._holders(),
            lang=self.lang,
        )
        if dialog.exec():
            self.reload()
            self.changed.emit()

    def edit_obligation(self) -> None:
        row = self._selected(self.obligations)
        if row is None:
            return
        dialog = ObligationDialog(
            self,
            self.tr("Edit reporting obligation"),
            lambda data: self.service.update(row.id, data),
            self._holders(),
            row,
            self.lang,
        )
        if dialog.exec():
            self.reload()
            self.changed.emit()

    def set_status(self, status: Status) -> None:
        row = self._selected(self.obligations)
        if row is not None:
            self._run(lambda: self.service.set_status(row.id, status))

    def mark_submitted(self) -> None:
        row = self._selected(self.obligations)
        if row is None:
            return
        text, ok = QInputDialog.getText(
            self,
            self.tr("Report submitted"),
            arg(self.tr("Date on which “%1” was submitted (YYYY-MM-DD):"), row.title),
            text=date.today().isoformat(),
        )
        if not ok:
            return
        try:
            when = date.fromisoformat(text.strip())
        except ValueError:
            QMessageBox.warning(
                self,
                self.tr("Report submitted"),
                arg(
                    self.tr(
                        "“%1” is not a date written as YYYY-MM-DD; the status was not changed."
                    ),
                    text,
                ),
            )
            return
        self._run(lambda: self.service.set_status(row.id, Status.SUBMITTED, when))

    def delete_obligation(self) -> None:
        row = self._selected(self.obligations)
        if row is not None and self._confirm(
            self.tr("Delete obligation"),
            arg(self.tr("Delete “%1 %2” from the calendar?"), row.instrument, row.title),
        ):
            self._run(lambda: self.service.delete(row.id))

    # -- datasets -------------------------------------------------------------------------

    def _save_dataset(self, data, feeds, dataset_id=None):
        saved = self.service.save_dataset(data, dataset_id)
        return self.service.set_feeds(saved.id, feeds)

    def add_dataset(self) -> None:
        dialog = DatasetDialog(
            self, self.tr("Add a dataset"), self._save_dataset, self.obligation_model.rows
        )
        if dialog.exec():
            self.reload()
            self.changed.emit()

    def edit_dataset(self) -> None:
        row = self._selected(self.datasets)
        if row is None:
            return
        dialog = DatasetDialog(
            self,
            self.tr("Edit dataset"),
            lambda data, feeds: self._save_dataset(data, feeds, row.id),
            self.obligation_model.rows,
            row,
        )
        if dialog.exec():
            self.reload()
            self.changed.emit()

    def delete_dataset(self) -> None:
        row = self._selected(self.datasets)
        if row is not None and self._confirm(
            self.tr("Delete dataset"), arg(self.tr("Delete the dataset “%1”?"), row.name)
        ):
            self._run(lambda: self.service.delete_dataset(row.id))
