"""The register of focal points and authorities, and the coverage matrix."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from synergy_desktop.content.reference import instruments
from synergy_desktop.domain.focal_points import FocalPoint
from synergy_desktop.services.context import WorkspaceContext
from synergy_desktop.services.errors import ServiceError
from synergy_desktop.services.focal_points import role_name
from synergy_desktop.text import arg, translate
from synergy_desktop.ui.focal_points.focal_point_dialog import FocalPointDialog
from synergy_desktop.ui.focal_points.focal_point_models import (
    CoverageModel,
    EntryRole,
    FocalPointFilter,
    FocalPointModel,
)
from synergy_desktop.ui.focal_points.register_import_dialog import run_import
from synergy_desktop.ui.shared import dates
from synergy_desktop.ui.shared.empty_state import EmptyState
from synergy_desktop.ui.shared.tables import fit_columns, record_table


class FocalPointsView(QWidget):
    changed = Signal()

    def __init__(
        self, context: WorkspaceContext, lang: str = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.service = context.focal_points
        self.lang = lang
        self.model = FocalPointModel(lang)
        self.proxy = FocalPointFilter()
        self.proxy.setSourceModel(self.model)
        self.coverage_model = CoverageModel(lang)
        self._build()
        self.reload()

    def _build(self) -> None:
        self.instrument_filter = QComboBox()
        self.role_filter = QComboBox()
        self.institution_filter = QLineEdit()
        self.text_filter = QLineEdit()
        self.former = QCheckBox()
        self.instrument_filter.currentIndexChanged.connect(self._instrument_filter_changed)
        self.role_filter.currentIndexChanged.connect(self._apply_filter)
        self.institution_filter.textChanged.connect(self._apply_filter)
        self.text_filter.textChanged.connect(self._apply_filter)
        self.former.toggled.connect(self.reload)
        self.filter_labels = [QLabel() for _ in range(4)]
        filters = QHBoxLayout()
        for label, widget in zip(
            self.filter_labels,
            (self.instrument_filter, self.role_filter, self.institution_filter, self.text_filter),
            strict=True,
        ):
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget, 1)
        filters.addWidget(self.former)

        self.table = record_table(self.proxy, sortable=True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(self.edit_entry)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        QShortcut(
            QKeySequence(Qt.Key.Key_Return),
            self.table,
            self.edit_entry,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.table,
            self.delete_entry,
            context=Qt.ShortcutContext.WidgetShortcut,
        )

        self.add_button = QPushButton()
        self.edit_button = QPushButton()
        self.change_button = QPushButton()
        self.delete_button = QPushButton()
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.import_register)
        self.add_button.clicked.connect(self.add_entry)
        self.edit_button.clicked.connect(self.edit_entry)
        self.change_button.clicked.connect(self.change_holder)
        self.delete_button.clicked.connect(self.delete_entry)
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.edit_button,
            self.change_button,
            self.delete_button,
            self.import_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.count_label = QLabel()
        buttons.addWidget(self.count_label)

        self.details = QTextBrowser()
        self.details.setMinimumWidth(260)
        upper = QSplitter(Qt.Orientation.Horizontal)
        upper.addWidget(self.table)
        upper.addWidget(self.details)
        upper.setStretchFactor(0, 4)
        upper.setStretchFactor(1, 1)

        self.matrix_title = QLabel()
        self.matrix = QTableView()
        self.matrix.setModel(self.coverage_model)
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.matrix.clicked.connect(self._matrix_clicked)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.matrix_title)
        lower_layout.addWidget(self.matrix, 1)
        lower_layout.addWidget(self.legend)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(filters)
        top_layout.addWidget(upper, 1)
        top_layout.addLayout(buttons)
        self.empty = EmptyState()
        self.empty.add_button(self.add_entry, "addFocalPoint")
        self.empty.add_button(self.import_register, "importFocalPoints")
        self.top_stack = QStackedWidget()  # the empty state until the register holds an entry
        self.top_stack.addWidget(self.empty)
        self.top_stack.addWidget(top)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.top_stack)
        self.splitter.addWidget(lower)
        self.splitter.setSizes([420, 330])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)
        self.retranslate()

    def retranslate(self) -> None:
        self.model.retranslate()
        self.coverage_model.retranslate()
        for label, text in zip(
            self.filter_labels,
            (
                self.tr("&Instrument:"),
                self.tr("R&ole:"),
                self.tr("Instit&ution:"),
                self.tr("&Search:"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.former.setText(self.tr("Show for&mer holders"))
        self.add_button.setText(self.tr("A&dd…"))
        self.edit_button.setText(self.tr("Edi&t…"))
        self.change_button.setText(self.tr("&Change holder…"))
        self.delete_button.setText(self.tr("De&lete…"))
        self.import_button.setText(self.tr("Im&port…"))
        self.import_button.setToolTip(
            self.tr("Import focal points from a spreadsheet (Excel workbook or CSV file)")
        )
        self.empty.buttons[0].setText(self.tr("Add a focal point…"))
        self.empty.buttons[1].setText(self.tr("Import from a spreadsheet…"))
        self.text_filter.setPlaceholderText(self.tr("name, e-mail, position…"))
        self.table.setAccessibleName(self.tr("Focal points and authorities"))
        self.matrix.setAccessibleName(self.tr("Coverage of roles"))
        self.details.setAccessibleName(self.tr("Details of the chosen entry"))
        self.matrix_title.setText(
            self.tr("<b>Coverage: every role of every instrument the country is Party to</b>")
        )
        self._fill_instrument_filter()
        self._update_legend()
        self._show_details()  # the hint or the entry, in the new language
        self._explain_empty()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.model.set_language(lang)
        self.coverage_model.set_language(lang)
        self.retranslate()

    # -- data -----------------------------------------------------------------------------

    def reload(self) -> None:
        country = self.context.country()
        entries = self.service.entries(include_ended=self.former.isChecked())
        self.model.set_entries(entries, country.stale_after_months)
        self.coverage_model.set_coverage(self.service.coverage())
        fit_columns(self.table, 240)
        self._update_legend()
        self.count_label.setText(self.tr("%n entries shown", None, self.proxy.rowCount()))
        self._show_details()
        empty = not entries and not self.service.entries(include_ended=True)
        self.top_stack.setCurrentWidget(self.empty if empty else self.top_stack.widget(1))
        self._explain_empty()

    def _explain_empty(self) -> None:
        coverage = self.coverage_model.coverage
        self.empty.set_texts(
            self.tr("No focal point is recorded yet"),
            translate(
                "FocalPointsView",
                "Record who holds each focal point and authority role of the treaties the "
                "country is Party to; the matrix below shows the %n role(s) to fill. If the "
                "team already keeps a list in a spreadsheet, import it: every row is checked "
                "and shown to you before anything is added.",
                None,
                coverage.total,
            ),
        )

    def selected(self) -> FocalPoint | None:
        index = self.table.currentIndex()
        return index.data(EntryRole) if index.isValid() else None

    def _fill_instrument_filter(self) -> None:
        current = self.instrument_filter.currentData()
        blocked = self.instrument_filter.blockSignals(True)
        self.instrument_filter.clear()
        self.instrument_filter.addItem(self.tr("All"), "")
        for instrument in instruments():
            self.instrument_filter.addItem(instrument.short_name.get(self.lang), instrument.code)
        self.instrument_filter.setCurrentIndex(max(0, self.instrument_filter.findData(current)))
        self.instrument_filter.blockSignals(blocked)
        self._instrument_filter_changed()

    def _instrument_filter_changed(self) -> None:
        code = self.instrument_filter.currentData() or ""
        blocked = self.role_filter.blockSignals(True)
        self.role_filter.clear()
        self.role_filter.addItem(self.tr("All"), "")
        for instrument in instruments():
            if instrument.code == code:
                for role in instrument.roles:
                    self.role_filter.addItem(role.name.get(self.lang), role.code)
        self.role_filter.blockSignals(blocked)
        self._apply_filter()

    def _apply_filter(self) -> None:
        self.proxy.set_filter(
            instrument=self.instrument_filter.currentData() or "",
            role=self.role_filter.currentData() or "",
            institution=self.institution_filter.text(),
            text=self.text_filter.text(),
        )
        self.count_label.setText(self.tr("%n entries shown", None, self.proxy.rowCount()))

    def _update_legend(self) -> None:
        coverage = self.coverage_model.coverage
        self.legend.setText(
            arg(
                self.tr(
                    "✓ filled (green)   ! not verified in the last %1 months (amber)   ✗ missing "
                    "(red) — %2 of %3 roles filled, %4 missing"
                ),
                coverage.stale_after_months,
                coverage.filled,
                coverage.total,
                coverage.total - coverage.filled,
            )
        )

    def _show_details(self) -> None:
        entry = self.selected()
        if entry is None:
            self.details.setHtml(
                self.tr(
                    "<p>Select an entry to see its details, hand-over "
                    "note and the former holders of the role.</p>"
                )
            )
            return
        person = entry.person
        parts = [
            f"<h3>{escape(role_name(entry.instrument, entry.role, self.lang))}</h3>",
            f"<p><b>{escape(person.label)}</b><br>{escape(person.position)}<br>"
            f"{escape(person.institution)} {escape(person.department)}<br>"
            f"{escape(person.email)} {escape(person.phone)}</p>",
        ]
        if entry.notes:
            parts.append(f"<p>{escape(entry.notes)}</p>")
        previous = self.service.predecessor(entry.id)
        if previous is not None and previous.handover_note:
            parts.append(
                arg(
                    self.tr("<p><b>Hand-over note from %1 (until %2):</b><br>%3</p>"),
                    escape(previous.person.label),
                    dates.short_date(previous.ended_on),
                    escape(previous.handover_note),
                )
            )
        history = self.service.role_history(entry.instrument, entry.role)
        if history:
            former = self.tr("Former holders")
            parts.append(f"<p><b>{escape(former)}</b></p><ul>")
            for old in history:
                since = dates.short_date(old.designated_on) if old.designated_on else "?"
                until = dates.short_date(old.ended_on)
                parts.append(f"<li>{escape(old.person.label)}: {since} – {until}</li>")
            parts.append("</ul>")
        self.details.setHtml("".join(parts))

    def _matrix_clicked(self, index) -> None:
        cell = self.coverage_model.cell_at(index)
        if cell is None:
            return
        self.instrument_filter.setCurrentIndex(self.instrument_filter.findData(cell.instrument))
        self.role_filter.setCurrentIndex(self.role_filter.findData(cell.role))

    # -- actions --------------------------------------------------------------------------

    def _dialog(self, title: str, submit, **kwargs) -> bool:
        dialog = FocalPointDialog(self, title, self.lang, self.service.contacts(), submit, **kwargs)
        if not dialog.exec():
            return False
        self.reload()
        self.changed.emit()
        return True

    def import_register(self) -> None:
        if run_import(self, self.context, self.lang):
            self.reload()
            self.changed.emit()

    def add_entry(self) -> None:
        self._dialog(self.tr("Add a focal point"), self.service.add)

    def edit_entry(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        self._dialog(
            self.tr("Edit focal point"),
            lambda data: self.service.update(entry.id, data),
            entry=entry,
            handover=self.service.predecessor(entry.id),
        )

    def change_holder(self) -> None:
        entry = self.selected()
        if entry is None or not entry.is_current:
            return
        dialog = FocalPointDialog(
            self,
            self.tr("Change holder"),
            self.lang,
            self.service.contacts(),
            lambda data: None,
            entry=entry,
            change_holder=True,
        )
        dialog.submit = lambda data: self.service.replace_holder(
            entry.id, data, on=dialog.change_day(), handover_note=dialog.handover_note.toPlainText()
        )
        if dialog.exec():
            self.reload()
            self.changed.emit()

    def delete_entry(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        text = arg(
            self.tr(
                "Delete the entry “%1” for %2? Use “Change holder” instead when "
                "somebody else took over: it keeps the history."
            ),
            entry.person.label,
            role_name(entry.instrument, entry.role, self.lang),
        )
        if QMessageBox.question(
            self,
            self.tr("Delete entry"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        ) != (QMessageBox.StandardButton.Yes):
            return
        try:
            self.service.delete(entry.id)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Delete entry"), str(exc))
            return
        self.reload()
        self.changed.emit()
