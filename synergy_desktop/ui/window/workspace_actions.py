"""File menu work: new, open, demo, close, save as, export, and what happens when a save fails."""

from __future__ import annotations

import getpass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from synergy_desktop.paths import data_dir
from synergy_desktop.services.context import (
    PasswordRequiredError,
    WorkspaceContext,
    WorkspaceError,
    WorkspaceMissingError,
)
from synergy_desktop.services.errors import ServiceError
from synergy_desktop.text import arg
from synergy_desktop.ui.shared.dialogs import AuthorDialog
from synergy_desktop.ui.shared.settings import Settings
from synergy_desktop.ui.shared.workspace_holder import WorkspaceHolder
from synergy_desktop.ui.window import first_run
from synergy_desktop.ui.window.country_dialog import CountryDialog
from synergy_desktop.ui.window.export_flow import ExportTexts, export_file

if TYPE_CHECKING:
    from synergy_desktop.services.context import WorkspaceContext

Button = QMessageBox.StandardButton


class WorkspaceActions(QObject):
    """File menu work on the holder's workspace; dialogs are parented to ``parent``."""

    def __init__(self, holder: WorkspaceHolder, settings: Settings, parent: QWidget) -> None:
        super().__init__(parent)
        self.holder = holder
        self.settings = settings
        self.parent_widget = parent

    @property
    def synchronous_tasks(self) -> bool:
        return self.holder.synchronous_tasks

    @synchronous_tasks.setter
    def synchronous_tasks(self, value: bool) -> None:
        self.holder.synchronous_tasks = value

    def _filter(self) -> str:
        return self.tr("Synergy workspaces (*.synergy);;All files (*)")

    # -- opening --------------------------------------------------------------------------

    def new_workspace(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.parent_widget,
            self.tr("New workspace"),
            str(data_dir() / "country.synergy"),
            self._filter(),
        )
        if not path:
            return
        target = Path(path if Path(path).suffix else f"{path}.synergy")
        if target.exists():
            QMessageBox.warning(
                self.parent_widget,
                self.tr("New workspace"),
                arg(
                    self.tr("%1 already exists. Choose another name, or open it with File > Open."),
                    target,
                ),
            )
            return
        try:
            context = WorkspaceContext.open(target, self.holder.framework, create=True)
        except WorkspaceError as exc:
            QMessageBox.warning(self.parent_widget, self.tr("New workspace"), str(exc))
            return
        completed = first_run.run(self.parent_widget, context, self.holder, self.settings)
        if self.show_context(context) and not completed:
            QMessageBox.information(
                self.parent_widget,
                self.tr("New workspace"),
                arg(
                    self.tr(
                        "The workspace %1 was created without a country. Fill in the country "
                        "and the treaties it is Party to with File > Country profile…; each "
                        "page says what to do next."
                    ),
                    target.name,
                ),
            )

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.parent_widget, self.tr("Open workspace"), str(data_dir()), self._filter()
        )
        if path:
            self.open_location(path)

    def open_location(self, location: str, create: bool = False) -> bool:
        """Open a workspace; the one open before is closed only once the new one is open."""
        # The workspace's modules (and the database layer) load with the first workspace.
        from synergy_desktop.services.context import (
            WorkspaceError,
        )

        try:
            context = self._open_context(location, create)
        except WorkspaceError as exc:
            if isinstance(exc, WorkspaceMissingError):
                self.settings.remove_recent(location)
            QMessageBox.warning(
                self.parent_widget, self.tr("The workspace cannot be opened"), str(exc)
            )
            return False
        return self.show_context(context)

    def _open_context(self, location: str, create: bool) -> WorkspaceContext | None:
        """Open ``location``; a team server that wants a password gets it asked here (it is
        used for the connection only, never stored or shown)."""
        try:
            return WorkspaceContext.open(location, self.holder.framework, create=create)
        except PasswordRequiredError as exc:
            password, ok = QInputDialog.getText(
                self.parent_widget,
                self.tr("Team server password"),
                arg(self.tr("%1\n\nPassword:"), exc),
                QLineEdit.EchoMode.Password,
            )
            if not ok:
                raise WorkspaceError(
                    self.tr("Opening was cancelled; nothing was changed.")
                ) from None
            return WorkspaceContext.open(
                location, self.holder.framework, create=create, password=password
            )

    def open_server_dialog(self) -> None:
        """File > Open team server workspace…: a PostgreSQL address, without the password."""
        location, ok = QInputDialog.getText(
            self.parent_widget,
            self.tr("Open team server workspace"),
            self.tr(
                "Address of the workspace on the team server, for example\n"
                "postgresql+psycopg://amina@server.ministry.example/biodiversity\n"
                "(leave the password out: it is asked for, or taken from your .pgpass file)"
            ),
        )
        if ok and location.strip():
            self.open_location(location.strip())

    def show_context(self, context: WorkspaceContext) -> bool:
        """Close what is open (asking about unsaved edits) and show ``context``."""
        from synergy_desktop.ui.assessment.session import Session

        if not self.close_workspace(remember=False):
            context.close()
            return False
        session = Session(context, self.author_name())
        rounds = session.rounds()
        last = self.settings.last_assessment(context.location)
        ids = [info.id for info in rounds]
        session.select(last if last in ids else (ids[-1] if ids else None))
        self.settings.add_recent(context.location)
        self.settings.last_workspace = context.location
        self.holder.attach(session)
        if context.backups:
            self.holder.message.emit(
                arg(
                    self.tr(
                        "The workspace was upgraded to this version; a copy of the old file "
                        "is at %1"
                    ),
                    context.backups[0],
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
                parent=self.parent_widget,
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
            reset = box.clickedButton() is reset_button
            if not reset and box.clickedButton() is not open_button:
                return
            if reset and not self.close_workspace(remember=False):
                return
        else:
            reset = False
        from synergy_desktop.services.context import WorkspaceContext, WorkspaceError

        try:
            context = WorkspaceContext.open_demo(
                path, self.holder.framework, reset=reset, lang=self.holder.lang
            )
        except (WorkspaceError, ServiceError, OSError) as exc:
            QMessageBox.warning(self.parent_widget, self.tr("Demo workspace"), str(exc))
            return
        self.show_context(context)

    def fill_recent_menu(self, menu) -> None:
        menu.clear()
        for location in self.settings.recent:
            action = menu.addAction(location)
            action.triggered.connect(lambda _=False, loc=location: self.open_location(loc))
        if menu.isEmpty():
            menu.addAction(self.tr("(no recent workspaces)")).setEnabled(False)

    # -- closing and saving elsewhere -----------------------------------------------------

    def close_workspace(self, remember: bool = True) -> bool:
        """Flush and close; ask before losing edits that could not be saved."""
        session = self.holder.session
        if session is None:
            return True
        if not session.flush():
            choice = QMessageBox.warning(
                self.parent_widget,
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
        self.holder.release()
        if not remember:
            self.settings.last_workspace = ""
        return True

    def save_workspace_as(self) -> bool:
        """Copy the open workspace (and edits not yet saved) to a new file; continue there."""
        session = self.holder.session
        if session is None:
            return False
        path, _ = QFileDialog.getSaveFileName(
            self.parent_widget,
            self.tr("Save workspace as"),
            str(data_dir() / "copy.synergy"),
            self._filter(),
        )
        if not path:
            return False
        target = Path(path if Path(path).suffix else f"{path}.synergy")
        try:
            session.context.save_as(target)  # the dialog confirmed any overwrite
        except ServiceError as exc:
            QMessageBox.warning(self.parent_widget, self.tr("Save workspace as"), str(exc))
            return False
        pending = {option: dict(fields) for option, fields in session.pending.items()}
        assessment_id = session.assessment.id if session.assessment else None
        session.discard_pending()
        if not self.open_location(str(target)):
            return False
        new_session = self.holder.session
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
            parent=self.parent_widget,
        )
        retry = box.addButton(self.tr("Try again"), QMessageBox.ButtonRole.AcceptRole)
        save_as = box.addButton(self.tr("Save workspace as…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        session = self.holder.session
        if box.clickedButton() is retry and session is not None:
            session.flush()
        elif box.clickedButton() is save_as:
            self.save_workspace_as()

    # -- export and author ----------------------------------------------------------------

    def export_summary(self) -> None:
        session = self.holder.session
        if session is None or session.assessment is None:
            return
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
        export_file(
            self.holder,
            self.parent_widget,
            "summary",
            texts,
            data_dir() / f"{session.assessment.title}.xlsx",
        )

    def edit_country(self) -> None:
        context = self.holder.context
        if context is None:
            return
        dialog = CountryDialog(self.parent_widget, context.country(), self.holder.lang)
        if not dialog.exec():
            return
        try:
            context.save_country(dialog.value())  # the pages catch up through the bus
        except ServiceError as exc:
            QMessageBox.warning(self.parent_widget, self.tr("Country profile"), str(exc))

    def author_name(self) -> str:
        if not self.settings.author:
            self.ask_author()
        return self.settings.author or getpass.getuser()

    def ask_author(self) -> None:
        dialog = AuthorDialog(self.parent_widget, self.settings.author)
        if dialog.exec() and dialog.name():
            self.settings.author = dialog.name()
            if self.holder.session is not None:
                self.holder.session.author = dialog.name()
