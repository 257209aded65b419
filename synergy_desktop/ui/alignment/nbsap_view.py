"""NBSAP alignment: national targets, the matrix against a reference framework, the gaps."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from synergy_desktop.domain.nbsap import Level
from synergy_desktop.formats.excel.reading import WorkbookError
from synergy_desktop.services.context import WorkspaceContext
from synergy_desktop.services.errors import ServiceError
from synergy_desktop.text import arg
from synergy_desktop.ui.alignment.nbsap_dialogs import (
    FrameworkDialog,
    ImportPreviewDialog,
    TargetDialog,
)
from synergy_desktop.ui.alignment.nbsap_models import MatrixModel, RowRole, TargetModel
from synergy_desktop.ui.shared.empty_state import EmptyState
from synergy_desktop.ui.shared.tables import fit_columns, record_table

KEYS = {
    Qt.Key.Key_0: Level.NONE,
    Qt.Key.Key_1: Level.PARTIAL,
    Qt.Key.Key_2: Level.DIRECT,
    Qt.Key.Key_Delete: Level.NONE,
    Qt.Key.Key_Backspace: Level.NONE,
}


class LevelDelegate(QStyledItemDelegate):
    """Editing a cell (F2 or double-click) offers the three levels in a list."""

    def createEditor(self, parent, option, index):
        editor = QComboBox(parent)
        for level, text in (
            (Level.NONE, self.tr("none")),
            (Level.PARTIAL, self.tr("partial")),
            (Level.DIRECT, self.tr("direct")),
        ):
            editor.addItem(text, level.value)
        return editor

    def setEditorData(self, editor: QComboBox, index) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QComboBox, model, index) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class MatrixView(QTableView):
    """0 / 1 / 2 set none / partial / direct on the current cell; Space cycles."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        model = self.model()
        if index.isValid() and isinstance(model, MatrixModel):
            if event.key() in KEYS and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
                model.set_level(index, KEYS[event.key()])
                return
            if event.key() == Qt.Key.Key_Space:
                model.cycle(index)
                return
        super().keyPressEvent(event)


class NbsapView(QWidget):
    changed = Signal()

    def __init__(
        self, context: WorkspaceContext, lang: str = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.lang = lang
        self.service = context.nbsap
        self.target_model = TargetModel()
        self.matrix_model = MatrixModel(self.service, lang)
        self.matrix_model.failed.connect(
            lambda message: QMessageBox.warning(self, self.tr("Alignment"), message)
        )
        self.matrix_model.dataChanged.connect(self._cell_changed)
        self._build()
        self.reload()

    def _build(self) -> None:
        self.targets = record_table(self.target_model)
        self.targets.doubleClicked.connect(self.edit_target)
        self.buttons = {name: QPushButton() for name in ("add", "edit", "delete", "import")}
        self.buttons["add"].clicked.connect(self.add_target)
        self.buttons["edit"].clicked.connect(self.edit_target)
        self.buttons["delete"].clicked.connect(self.delete_target)
        self.buttons["import"].clicked.connect(self.import_targets)
        row = QHBoxLayout()
        for button in self.buttons.values():
            row.addWidget(button)
        row.addStretch(1)
        self.targets_title = QLabel()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.targets_title)
        left_layout.addWidget(self.targets, 1)
        left_layout.addLayout(row)

        self.framework = QComboBox()
        self.framework.currentIndexChanged.connect(self._show_matrix)
        self.framework_label = QLabel()
        self.framework_label.setBuddy(self.framework)
        self.add_framework_button = QPushButton()
        self.note_button = QPushButton()
        self.add_framework_button.clicked.connect(self.add_framework)
        self.delete_framework_button = QPushButton()
        self.delete_framework_button.clicked.connect(self.delete_framework)
        self.note_button.clicked.connect(self.edit_note)
        chooser = QHBoxLayout()
        chooser.addWidget(self.framework_label)
        chooser.addWidget(self.framework, 1)
        chooser.addWidget(self.note_button)
        chooser.addWidget(self.add_framework_button)
        chooser.addWidget(self.delete_framework_button)
        self.matrix = MatrixView()
        self.matrix.setModel(self.matrix_model)
        self.matrix.setItemDelegate(LevelDelegate(self.matrix))
        self.matrix.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.matrix.horizontalHeader().setDefaultSectionSize(42)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.gaps = QTextBrowser()
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(chooser)
        right_layout.addWidget(self.matrix, 3)
        right_layout.addWidget(self.legend)
        right_layout.addWidget(self.gaps, 2)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setSizes([520, 840])
        self.empty = EmptyState()
        self.empty.add_button(self.add_target, "addTarget")
        self.empty.add_button(self.import_targets, "importTargets")
        self.page_stack = QStackedWidget()  # the empty state until a national target exists
        self.page_stack.addWidget(self.empty)
        self.page_stack.addWidget(self.splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.page_stack)
        self.retranslate()

    def retranslate(self) -> None:
        self.target_model.retranslate()
        self.matrix_model.retranslate()
        self.targets_title.setText(self.tr("<b>National targets</b>"))
        for name, text in (
            ("add", self.tr("A&dd…")),
            ("edit", self.tr("Edi&t…")),
            ("delete", self.tr("De&lete…")),
            ("import", self.tr("&Import from Excel…")),
        ):
            self.buttons[name].setText(text)
        self.framework_label.setText(self.tr("Reference frame&work:"))
        self.add_framework_button.setText(self.tr("Add a framework…"))
        self.delete_framework_button.setText(self.tr("Delete framework…"))
        self.delete_framework_button.setToolTip(
            self.tr("Only frameworks added in this workspace can be deleted.")
        )
        self.note_button.setText(self.tr("&Note on cell…"))
        self.targets.setAccessibleName(self.tr("National targets"))
        self.empty.set_texts(
            self.tr("No national target is recorded yet"),
            self.tr(
                "Add the targets of your NBSAP, or import them from an Excel sheet with a "
                "“Code” and a “Title” column. Then mark which global targets each one serves "
                "(the Kunming-Montreal framework and the goals of the other conventions), and "
                "see the gaps both ways."
            ),
        )
        self.empty.buttons[0].setText(self.tr("Add a target…"))
        self.empty.buttons[1].setText(self.tr("Import targets from Excel…"))
        self.matrix.setAccessibleName(self.tr("Alignment matrix"))
        self.gaps.setAccessibleName(self.tr("Coverage and gaps"))
        self.legend.setText(
            self.tr(
                "● direct contribution   ◐ partial   (empty) none. Keys: 2 direct, 1 partial, 0 "
                "none, Space cycles, F2 opens a list. Point at a cell for the target's title."
            )
        )
        if self.framework.count():
            self._show_gaps()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.matrix_model.lang = lang
        self.reload()

    # -- data -----------------------------------------------------------------------------

    def reload(self) -> None:
        self.target_model.set_targets(self.service.targets(), self.service.alignments())
        self.page_stack.setCurrentWidget(self.splitter if self.target_model.targets else self.empty)
        fit_columns(self.targets, 320)
        current = self.framework.currentData()
        blocked = self.framework.blockSignals(True)
        self.framework.clear()
        for framework in self.service.frameworks():
            self.framework.addItem(framework.name.get(self.lang), framework.id)
        self.framework.setCurrentIndex(max(0, self.framework.findData(current)))
        self.framework.blockSignals(blocked)
        self._show_matrix()

    def _show_matrix(self) -> None:
        key = self.framework.currentData()
        framework = self.service.framework(key) if key else None
        self.delete_framework_button.setEnabled(bool(framework and framework.custom))
        self.matrix_model.load(self.target_model.targets, framework)
        self._show_gaps()

    def _cell_changed(self) -> None:
        self.target_model.set_targets(self.service.targets(), self.service.alignments())
        self._show_gaps()
        self.changed.emit()

    def _show_gaps(self) -> None:
        def heading(text: str) -> str:
            return f"<h4>{escape(text)}</h4>"

        none = self.tr("None.")

        def listing(items: list[str]) -> str:
            if not items:
                return f"<p>{escape(none)}</p>"
            return "<ul>" + "".join(f"<li>{escape(item)}</li>" for item in items) + "</ul>"

        current = self.framework.currentData()
        shares, uncovered_here = [], []
        for framework, coverage in self.service.coverage():
            share = arg(
                self.tr("%1 of %2 covered (%3%)"),
                coverage.covered,
                coverage.total,
                round(coverage.share * 100),
            )
            shares.append(f"{framework.name.get(self.lang)}: {share}")
            if framework.id == current:
                titles = {t.id: t.title.get(self.lang) for t in framework.targets}
                uncovered_here = [f"{i} {titles[i]}" for i in coverage.uncovered]
        unaligned = [f"{t.code} {t.title}" for t in self.service.unaligned()]
        coverage_title = self.tr("Coverage of each framework")
        uncovered_title = self.tr("Reference targets no national target covers")
        unaligned_title = self.tr("National targets that serve no reference target")
        self.gaps.setHtml(
            heading(coverage_title)
            + listing(shares)
            + heading(uncovered_title)
            + listing(uncovered_here)
            + heading(unaligned_title)
            + listing(unaligned)
        )

    def selected_target(self):
        index = self.targets.currentIndex()
        return index.data(RowRole) if index.isValid() else None

    # -- actions --------------------------------------------------------------------------

    def _done(self) -> None:
        self.reload()
        self.changed.emit()

    def add_target(self) -> None:
        if TargetDialog(self, self.tr("Add a national target"), self.service.add_target).exec():
            self._done()

    def edit_target(self) -> None:
        target = self.selected_target()
        if target is None:
            return
        dialog = TargetDialog(
            self,
            self.tr("Edit national target"),
            lambda data: self.service.update_target(target.id, data),
            target,
        )
        if dialog.exec():
            self._done()

    def delete_target(self) -> None:
        target = self.selected_target()
        if target is None:
            return
        text = arg(
            self.tr("Delete the national target %1 “%2” and its alignments?"),
            target.code,
            target.title,
        )
        if QMessageBox.question(
            self,
            self.tr("Delete target"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        ) == (QMessageBox.StandardButton.Yes):
            self.service.delete_target(target.id)
            self._done()

    def import_targets(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import national targets"), "", self.tr("Excel workbooks (*.xlsx)")
        )
        if not path:
            return
        try:
            preview = self.context.preview_targets(Path(path))
        except (WorkbookError, ServiceError) as exc:
            QMessageBox.warning(self, self.tr("Import national targets"), str(exc))
            return
        if not ImportPreviewDialog(self, preview).exec():
            return
        try:
            added = self.context.apply_targets(preview)
        except ServiceError as exc:
            QMessageBox.warning(
                self,
                self.tr("Import national targets"),
                arg(self.tr("Nothing was imported: %1"), exc),
            )
            return
        self._done()
        QMessageBox.information(
            self,
            self.tr("Import national targets"),
            self.tr("%n national target(s) added.", None, len(added)),
        )

    def add_framework(self) -> None:
        def submit(key, name, targets, instrument, source):
            return self.service.add_framework(
                key, name, targets, instrument=instrument, source=source
            )

        if FrameworkDialog(self, submit, self.lang).exec():
            self._done()

    def delete_framework(self) -> None:
        framework = self.matrix_model.framework
        if framework is None or not framework.custom:
            return
        text = arg(
            self.tr(
                "Delete the reference framework “%1” and every alignment to it? This "
                "cannot be undone."
            ),
            framework.name.get(self.lang),
        )
        if QMessageBox.question(
            self,
            self.tr("Delete framework"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        ) != (QMessageBox.StandardButton.Yes):
            return
        self.service.delete_framework(framework.id)
        self.framework.setCurrentIndex(0)
        self._done()

    def edit_note(self) -> None:
        index = self.matrix.currentIndex()
        if not index.isValid():
            return
        note, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Note on the alignment"),
            index.data(Qt.ItemDataRole.ToolTipRole).split("\n")[0],
            self.matrix_model.note(index),
        )
        if ok:
            self.matrix_model.set_level(index, self.matrix_model.level(index), note)
