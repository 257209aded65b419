"""File menu work: new, open, demo, close, save as, export, and what happens when a save fails."""

from __future__ import annotations

import getpass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from synergy_desktop.paths import data_dir
from synergy_desktop.services.demo import fill_demo
from synergy_desktop.services.errors import ServiceError
from synergy_desktop.services.summary import collect_summary
from synergy_desktop.storage.backup import backup_open_database
from synergy_desktop.storage.errors import WorkspaceError, WorkspaceMissingError
from synergy_desktop.storage.workspace import open_workspace
from synergy_desktop.text import arg
from synergy_desktop.ui.assessment.session import Session
from synergy_desktop.ui.shared.dialogs import AuthorDialog
from synergy_desktop.ui.window.export_flow import ExportTexts, export_workbook

if TYPE_CHECKING:
    from synergy_desktop.ui.window.main_window import MainWindow

Button = QMessageBox.StandardButton


class WorkspaceActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.synchronous_tasks = False  # tests run long work on the calling thread

    def _filter(self) -> str:
        return self.tr("Synergy workspaces (*.synergy);;All files (*)")

    # -- opening --------------------------------------------------------------------------

    def new_workspace(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("New workspace"),
            str(data_dir() / "country.synergy"),
            self._filter(),
        )
        if not path:
            return
        target = Path(path if Path(path).suffix else f"{path}.synergy")
        if target.exists():
            QMessageBox.warning(
                self.window,
                self.tr("New workspace"),
                arg(
                    self.tr("%1 already exists. Choose another name, or open it with File > Open."),
                    target,
                ),
            )
            return
        self.open_location(str(target), create=True)

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open workspace"), str(data_dir()), self._filter()
        )
        if path:
            self.open_location(path)

    def open_location(self, location: str, create: bool = False) -> bool:
        if not self.close_workspace(remember=False):
            return False
        try:
            workspace = open_workspace(location, create=create)
        except WorkspaceError as exc:
            if isinstance(exc, WorkspaceMissingError):
                self.window.settings.remove_recent(location)
            QMessageBox.warning(self.window, self.tr("The workspace cannot be opened"), str(exc))
            self.window.attach(None)
            return False
        session = Session(workspace, self.window.framework, self.author_name())
        rounds = session.rounds()
        last = self.window.settings.last_assessment(workspace.location)
        ids = [info.id for info in rounds]
        session.select(last if last in ids else (ids[-1] if ids else None))
        self.window.settings.add_recent(workspace.location)
        self.window.settings.last_workspace = workspace.location
        self.window.attach(session)
        if workspace.backups:
            self.window.statusBar().showMessage(
                arg(
                    self.tr(
                        "The workspace was upgraded to this version; a copy of the old file "
                        "is at %1"
                    ),
                    workspace.backups[0],
                ),
                15000,
            )
        return True

    def open_demo(self) -> None:
        path = data_dir() / "demo" / "demo.synergy"
        if path.exists():
            box = QMessageBox(
                QMessageBox.Icon.Question,
                self.tr("Demo workspace"),
                self.tr(
                    "The demo workspace already exists. Open it as it was left, or start it afresh "
                    "(every change made to the demo is lost)?"
                ),
                parent=self.window,
            )
            open_button = box.addButton(
                self.tr("Open as it was"), QMessageBox.ButtonRole.AcceptRole
            )
            reset_button = box.addButton(
                self.tr("Start afresh"), QMessageBox.ButtonRole.DestructiveRole
            )
            box.addButton(Button.Cancel)
            box.setDefaultButton(open_button)
            box.exec()
            if box.clickedButton() is reset_button:
                if not self.close_workspace(remember=False):
                    return
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{path}{suffix}").unlink(missing_ok=True)
            elif box.clickedButton() is not open_button:
                return
        if not path.exists():
            try:
                workspace = open_workspace(path, create=True)
                try:
                    fill_demo(workspace, self.window.framework)
                finally:
                    workspace.close()
            except (WorkspaceError, ServiceError, OSError) as exc:
                QMessageBox.warning(self.window, self.tr("Demo workspace"), str(exc))
                return
        self.open_location(str(path))

    def fill_recent_menu(self) -> None:
        menu = self.window.recent_menu
        menu.clear()
        for location in self.window.settings.recent:
            action = menu.addAction(location)
            action.triggered.connect(lambda _=False, loc=location: self.open_location(loc))
        if menu.isEmpty():
            menu.addAction(self.tr("(no recent workspaces)")).setEnabled(False)

    # -- closing and saving elsewhere -----------------------------------------------------

    def close_workspace(self, remember: bool = True) -> bool:
        """Flush and close; ask before losing edits that could not be saved."""
        session = self.window.session
        if session is None:
            return True
        if not session.flush():
            choice = QMessageBox.warning(
                self.window,
                self.tr("Unsaved changes"),
                self.tr(
                    "Some changes could not be saved. If you close the workspace now, they "
                    "are lost. Save the workspace under another name first?"
                ),
                Button.Save | Button.Discard | Button.Cancel,
                Button.Save,
            )
            if choice == Button.Cancel:
                return False
            if choice == Button.Save:
                return self.save_workspace_as() and self.close_workspace(remember)
            session.discard_pending()
        if self.window.view is not None:
            self.window.settings.set_geometry("splitter", self.window.view.splitter.saveState())
        session.close()
        if not remember:
            self.window.settings.last_workspace = ""
        self.window.attach(None)
        return True

    def save_workspace_as(self) -> bool:
        """Copy the open workspace (and edits not yet saved) to a new file; continue there."""
        session = self.window.session
        if session is None:
            return False
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save workspace as"),
            str(data_dir() / "copy.synergy"),
            self._filter(),
        )
        if not path:
            return False
        target = Path(path if Path(path).suffix else f"{path}.synergy")
        try:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{target}{suffix}").unlink(missing_ok=True)  # the dialog confirmed it
            backup_open_database(session.workspace.engine, target)
        except Exception as exc:
            QMessageBox.warning(
                self.window,
                self.tr("Save workspace as"),
                arg(
                    self.tr("The workspace cannot be written to %1 (%2). Choose another place."),
                    target,
                    exc,
                ),
            )
            return False
        pending = {option: dict(fields) for option, fields in session.pending.items()}
        assessment_id = session.assessment.id if session.assessment else None
        session.discard_pending()
        session.close()
        self.window.attach(None)
        if not self.open_location(str(target)):
            return False
        new_session = self.window.session
        if assessment_id is not None:
            new_session.select(assessment_id)
        for option_id, fields in pending.items():
            for field, value in fields.items():
                new_session.stage(option_id, field, value)
        return new_session.flush()

    def save_failed(self, message: str) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Could not save"),
            arg(
                self.tr(
                    "Your last changes could not be written to the workspace: %1\n\nThey are "
                    "still on "
                    "screen. Synergy Desktop tries again every few seconds; you can also save the "
                    "workspace under another name, for example on another drive."
                ),
                message,
            ),
            parent=self.window,
        )
        retry = box.addButton(self.tr("Try again"), QMessageBox.ButtonRole.AcceptRole)
        save_as = box.addButton(self.tr("Save workspace as…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        session = self.window.session
        if box.clickedButton() is retry and session is not None:
            session.flush()
        elif box.clickedButton() is save_as:
            self.save_workspace_as()

    # -- export and author ----------------------------------------------------------------

    def export_summary(self) -> None:
        session = self.window.session
        if session is None or session.assessment is None:
            return
        session.flush()
        from synergy_desktop.formats.excel.summary import (
            export_summary,  # openpyxl loads on first use
        )

        data = collect_summary(session.workspace, self.window.framework, session.assessment.id)
        texts = ExportTexts(
            self.tr("Export summary"),
            self.tr("Excel workbook (*.xlsx)"),
            self.tr("Exporting the summary"),
            self.tr("Summary written to %1"),
            self.tr("Export cancelled; nothing was written."),
            self.tr(
                "The workbook cannot be written to %1 (%2). Close it if it is open in "
                "another program, or choose another place."
            ),
        )
        export_workbook(
            self.window,
            texts,
            data_dir() / f"{session.assessment.title}.xlsx",
            lambda target: export_summary(data, target, self.window.lang),
            synchronous=self.synchronous_tasks,
        )

    def author_name(self) -> str:
        if not self.window.settings.author:
            self.ask_author()
        return self.window.settings.author or getpass.getuser()

    def ask_author(self) -> None:
        dialog = AuthorDialog(self.window, self.window.settings.author)
        if dialog.exec() and dialog.name():
            self.window.settings.author = dialog.name()
            if self.window.session is not None:
                self.window.session.author = dialog.name()
