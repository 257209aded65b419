"""Assessment menu work: new round, rename, finalise, new round from this one, delete."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from synergy_desktop.services.errors import ServiceError
from synergy_desktop.text import arg
from synergy_desktop.ui.shared.dialogs import DetailsDialog, RoundDialog
from synergy_desktop.ui.shared.settings import Settings
from synergy_desktop.ui.shared.workspace_holder import WorkspaceHolder

Button = QMessageBox.StandardButton


class RoundActions(QObject):
    """Assessment menu work on the holder's workspace; dialogs are parented to ``parent``."""

    def __init__(self, holder: WorkspaceHolder, settings: Settings, parent: QWidget) -> None:
        super().__init__(parent)
        self.holder = holder
        self.settings = settings
        self.parent_widget = parent

    @property
    def session(self):
        return self.holder.session

    def _run(self, title: str, work) -> object | None:
        try:
            return work()
        except ServiceError as exc:
            QMessageBox.warning(self.parent_widget, title, str(exc))
            return None

    def _show(self, assessment_id: int) -> None:
        self.session.select(assessment_id)
        self.settings.set_last_assessment(self.session.context.location, assessment_id)
        self.session.refresh_round()

    def new_round(self) -> None:
        if self.session is None:
            return
        dialog = RoundDialog(self.parent_widget, self.tr("New round"))
        if not dialog.exec():
            return
        title, period = dialog.values()
        info = self._run(
            self.tr("New round"),
            lambda: self.session.service.create(
                title, period=period, author=self.session.recorded_author
            ),
        )
        if info is not None:
            self._show(info.id)

    def rename(self) -> None:
        if self.session is None or self.session.assessment is None:
            return
        current = self.session.assessment
        title, ok = QInputDialog.getText(
            self.parent_widget,
            self.tr("Rename round"),
            self.tr("New title:"),
            QLineEdit.EchoMode.Normal,
            current.title,
        )
        if not ok or not title.strip() or title.strip() == current.title:
            return
        renamed = self._run(
            self.tr("Rename round"),
            lambda: self.session.service.rename(
                current.id, title, author=self.session.recorded_author
            ),
        )
        if renamed is not None:
            self.session.refresh_round()

    def edit_details(self) -> None:
        if self.session is None or self.session.assessment is None:
            return
        current = self.session.assessment
        dialog = DetailsDialog(self.parent_widget, current.period, current.participants)
        if not dialog.exec():
            return
        period, participants = dialog.values()
        saved = self._run(
            self.tr("Round details"),
            lambda: self.session.service.update_details(
                current.id,
                period=period,
                participants=participants,
                author=self.session.recorded_author,
            ),
        )
        if saved is not None:
            self.session.refresh_round()

    def finalise(self) -> None:
        if self.session is None or self.session.assessment is None:
            return
        self.session.flush()
        current = self.session.assessment
        progress = self.session.progress().overall
        text = arg(
            self.tr(
                "Finalise the round “%1”? Its answers become read-only; you can "
                "still export them and start a new round from it.\n\n%2 of %3 "
                "options are answered."
            ),
            current.title,
            progress.answered,
            progress.total,
        )
        if (
            QMessageBox.question(
                self.parent_widget,
                self.tr("Finalise round"),
                text,
                Button.Yes | Button.Cancel,
                Button.Cancel,
            )
            != Button.Yes
        ):
            return
        if (
            self._run(
                self.tr("Finalise round"),
                lambda: self.session.service.finalise(
                    current.id, author=self.session.recorded_author
                ),
            )
            is not None
        ):
            self.session.refresh_round()

    def new_round_from_current(self) -> None:
        if self.session is None or self.session.assessment is None:
            return
        self.session.flush()
        current = self.session.assessment
        dialog = RoundDialog(self.parent_widget, self.tr("New round from this one"))
        if not dialog.exec():
            return
        title, period = dialog.values()
        info = self._run(
            self.tr("New round"),
            lambda: self.session.service.new_round_from(
                current.id, title, period=period, author=self.session.recorded_author
            ),
        )
        if info is not None:
            self._show(info.id)

    def delete(self) -> None:
        if self.session is None or self.session.assessment is None:
            return
        current = self.session.assessment
        answered = self.session.progress().overall.answered
        text = arg(
            self.tr(
                "Delete the round “%1” and its %2 answers? This cannot be undone. "
                "The change history of the round is kept in the workspace."
            ),
            current.title,
            answered,
        )
        if (
            QMessageBox.warning(
                self.parent_widget,
                self.tr("Delete round"),
                text,
                Button.Yes | Button.Cancel,
                Button.Cancel,
            )
            != Button.Yes
        ):
            return
        self.session.discard_pending()
        if (
            self._run(
                self.tr("Delete round"),
                lambda: self.session.service.delete(
                    current.id, author=self.session.recorded_author
                ),
            )
            is None
        ):
            return
        rounds = self.session.rounds()
        self.session.select(rounds[-1].id if rounds else None)
        self.session.refresh_round()
