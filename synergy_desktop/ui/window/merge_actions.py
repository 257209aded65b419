"""File menu: Merge another workspace…, Save a copy…, Compare workspaces…"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from synergy_desktop.paths import data_dir
from synergy_desktop.services.context import WorkspaceError
from synergy_desktop.services.errors import ServiceError
from synergy_desktop.text import arg, translate
from synergy_desktop.ui.shared.settings import Settings
from synergy_desktop.ui.shared.tasks import Task
from synergy_desktop.ui.shared.workspace_holder import WorkspaceHolder
from synergy_desktop.ui.window.extensions import MenuSlots
from synergy_desktop.ui.window.merge_dialog import CompareDialog, MergeDialog

PROBLEMS = (ServiceError, WorkspaceError, OSError)


class MergeActions(QObject):
    def __init__(self, holder: WorkspaceHolder, parent: QWidget) -> None:
        super().__init__(parent)
        self.holder = holder
        self.parent_widget = parent
        self.dialog: MergeDialog | None = None  # the open preview (tests look at it)
        self.compare_dialog: CompareDialog | None = None

    def _filter(self) -> str:
        return self.tr("Synergy workspaces (*.synergy);;All files (*)")

    def _run(self, title: str, work, done) -> None:
        """``work()`` off the UI thread with a progress dialog and Cancel; ``done(result)``
        on the UI thread unless cancelled; a failure is shown as its plain message."""
        result: list[object] = []

        def steps():
            yield 0, 0, title
            result.append(work())
            yield 1, 1, title

        task = Task(self.parent_widget, title, steps, synchronous=self.holder.synchronous_tasks)
        task.done.connect(lambda cancelled: None if cancelled or not result else done(result[0]))
        task.error.connect(
            lambda exc: QMessageBox.warning(
                self.parent_widget,
                title,
                str(exc) if isinstance(exc, PROBLEMS) else arg(self.tr("It failed: %1"), exc),
            )
        )
        task.start()

    # -- merge ----------------------------------------------------------------------------

    def merge(self) -> None:
        session = self.holder.session
        if session is None:
            return
        session.flush()
        path, _ = QFileDialog.getOpenFileName(
            self.parent_widget,
            self.tr("Merge another workspace"),
            str(data_dir()),
            self._filter(),
        )
        if not path:
            return
        context = session.context
        self._run(
            self.tr("Reading the other workspace…"),
            lambda: context.preview_merge(path),
            self._show_preview,
        )

    def _show_preview(self, preview) -> None:
        session = self.holder.session
        if session is None:
            return
        if preview.is_empty:
            QMessageBox.information(
                self.parent_widget,
                self.tr("Merge another workspace"),
                arg(
                    self.tr("%1 holds nothing that this workspace does not have already."),
                    preview.source_name,
                ),
            )
            return
        self.dialog = MergeDialog(self.parent_widget, preview)
        accepted = self.dialog.exec()
        choices = self.dialog.choices()
        self.dialog.deleteLater()
        self.dialog = None
        if not accepted:
            self.holder.message.emit(self.tr("Merge cancelled; nothing was changed."), 8000)
            return
        context, author = session.context, session.author
        self._run(
            self.tr("Merging…"),
            lambda: context.apply_merge(preview, choices, author),
            lambda result: self._merged(preview, result),
        )

    def _merged(self, preview, result) -> None:
        session = self.holder.session
        if session is not None and session.assessment is not None:
            ids = [r.id for r in session.context.assessments.list_assessments()]
            if session.assessment.id in ids:
                session.select(session.assessment.id)
        self.holder.message.emit(
            arg(
                self.tr(
                    "Merged %1: %2 change(s) applied, %3 conflict(s) kept as here, "
                    "%4 left undecided, %5 held."
                ),
                preview.source_name,
                result.applied,
                result.kept,
                result.unresolved,
                result.held,
            ),
            20000,
        )

    # -- save a copy --------------------------------------------------------------------

    def save_copy(self) -> None:
        session = self.holder.session
        if session is None:
            return
        session.flush()
        path, _ = QFileDialog.getSaveFileName(
            self.parent_widget,
            self.tr("Save a copy"),
            str(data_dir() / "copy.synergy"),
            self._filter(),
        )
        if not path:
            return
        target = Path(path if Path(path).suffix else f"{path}.synergy")
        context = session.context
        self._run(
            self.tr("Saving a copy…"),
            lambda: context.save_copy(target),
            lambda written: self.holder.message.emit(
                arg(
                    self.tr("A copy was saved to %1; you are still working in %2."),
                    written,
                    context.display_name,
                ),
                15000,
            ),
        )

    # -- compare --------------------------------------------------------------------------

    def compare(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self.parent_widget,
            self.tr("Compare workspaces"),
            str(data_dir()),
            self._filter(),
        )
        if not paths:
            return
        if len(paths) < 2:
            QMessageBox.information(
                self.parent_widget,
                self.tr("Compare workspaces"),
                self.tr("Choose two or more workspaces (hold Ctrl to choose several)."),
            )
            return
        from synergy_desktop.services.compare import compare_workspaces

        framework, lang = self.holder.framework, self.holder.lang
        self._run(
            self.tr("Reading the workspaces…"),
            lambda: compare_workspaces(paths, framework, lang),
            self._show_comparison,
        )

    def _show_comparison(self, comparison) -> None:
        self.compare_dialog = CompareDialog(self.parent_widget, comparison, self.export)
        self.compare_dialog.exec()
        self.compare_dialog.deleteLater()
        self.compare_dialog = None

    def export(self, comparison) -> None:
        from synergy_desktop.services.compare import write_comparison

        parent = self.compare_dialog or self.parent_widget
        path, _ = QFileDialog.getSaveFileName(
            parent,
            self.tr("Export the comparison"),
            str(data_dir() / "compare.xlsx"),
            self.tr("Excel workbook (*.xlsx)"),
        )
        if not path:
            return
        target = Path(path if path.lower().endswith(".xlsx") else f"{path}.xlsx")
        task = Task(
            parent,
            self.tr("Writing the workbook…"),
            lambda: write_comparison(comparison, target, self.holder.lang),
            synchronous=self.holder.synchronous_tasks,
        )
        task.done.connect(
            lambda cancelled: self.holder.message.emit(
                self.tr("Export cancelled; nothing was written.")
                if cancelled
                else arg(self.tr("Comparison written to %1"), target),
                15000,
            )
        )
        task.error.connect(
            lambda exc: QMessageBox.warning(
                parent,
                self.tr("Export the comparison"),
                arg(self.tr("The workbook cannot be written to %1 (%2)."), target, exc),
            )
        )
        task.start()


def install(menus: MenuSlots, holder: WorkspaceHolder, _settings: Settings, parent: QWidget):
    actions = MergeActions(holder, parent)  # a child of parent: findChild(MergeActions)
    entries = (
        (
            "mergeWorkspace",
            actions.merge,
            "workspace",
            lambda: translate("MergeActions", "&Merge another workspace…"),
        ),
        (
            "saveCopy",
            actions.save_copy,
            "workspace",
            lambda: translate("MergeActions", "Save a cop&y…"),
        ),
        (
            "compareWorkspaces",
            actions.compare,
            "always",
            lambda: translate("MergeActions", "Compare &workspaces…"),
        ),
    )
    for name, slot, needs, text in entries:
        action = QAction(parent)
        action.setObjectName(name)
        action.triggered.connect(slot)
        menus.add("file", "workspace", action, needs=needs, text=text)
