"""The open workspace as the window sees it: current round, cached answers, autosave, undo.

Edits are staged per option and field, written after a short pause in typing (DEBOUNCE_MS) and
at once on :meth:`flush` (leaving a field, changing option, closing). A failed write keeps the
staged values, reports the failure and retries every RETRY_MS until it succeeds or the user saves
the workspace elsewhere.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from synergy_desktop.domain.assessment import Answer, AssessmentInfo, Progress
from synergy_desktop.domain.framework import Framework
from synergy_desktop.domain.labels import field_label
from synergy_desktop.domain.scoring import compute_progress
from synergy_desktop.services.context import WorkspaceContext
from synergy_desktop.services.errors import ServiceError, StorageError
from synergy_desktop.text import arg, translate

log = logging.getLogger(__name__)
DEBOUNCE_MS = 700
RETRY_MS = 5000


class _FieldEdit(QUndoCommand):
    def __init__(self, session: Session, option_id: str, field: str, old, new) -> None:
        super().__init__(
            arg(translate("Session", "change %1 of %2"), field_label(field), option_id)
        )
        self.session, self.option_id, self.field = session, option_id, field
        self.old, self.new = old, new
        self._first = True

    def redo(self) -> None:
        if self._first:  # the edit itself is already saved
            self._first = False
            return
        self.session.replay(self.option_id, self.field, self.new)

    def undo(self) -> None:
        self.session.replay(self.option_id, self.field, self.old)


class Session(QObject):
    answerSaved = Signal(str)  # option id
    historyAdded = Signal(object)  # list of HistoryEntry a save added, oldest first
    fieldReplayed = Signal(str, str, object)  # option id, field, value (undo/redo)
    saveStateChanged = Signal(str, str)  # state: saved|saving|pending|failed, text
    saveFailed = Signal(str)  # plain message, once per failure streak
    roundsChanged = Signal()
    assessmentChanged = Signal()

    def __init__(self, context: WorkspaceContext, author: str = "") -> None:
        super().__init__()
        self.context = context
        self.framework: Framework = context.framework
        self.service = context.assessments
        self.author = author
        self.assessment: AssessmentInfo | None = None
        self.answers: dict[str, Answer] = {}
        self.pending: dict[str, dict[str, object]] = {}
        # Why a staged value cannot be saved, by (option, field); checked once, when staged.
        self._invalid: dict[tuple[str, str], str] = {}
        self.undo_stack = QUndoStack(self)
        self._failing = False
        self._replaying = False
        self._progress: Progress | None = None
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.flush)
        self._retry = QTimer(self, singleShot=True, interval=RETRY_MS)
        self._retry.timeout.connect(self.flush)

    # -- rounds ---------------------------------------------------------------------------

    def rounds(self) -> list[AssessmentInfo]:
        return self.service.list_assessments()

    def select(self, assessment_id: int | None) -> None:
        self.flush()
        self.undo_stack.clear()
        self._progress = None
        if assessment_id is None:
            self.assessment, self.answers = None, {}
        else:
            self.assessment = self.service.get(assessment_id)
            self.answers = self.service.answers(assessment_id)
        self.assessmentChanged.emit()

    def refresh_round(self) -> None:
        if self.assessment is not None:
            self.assessment = self.service.get(self.assessment.id)
        self.roundsChanged.emit()
        self.assessmentChanged.emit()

    @property
    def read_only(self) -> bool:
        return self.assessment is None or self.assessment.is_final

    # -- answers --------------------------------------------------------------------------

    def answer(self, option_id: str) -> Answer:
        """The saved answer with any staged (not yet written) values on top."""
        base = self.answers.get(option_id, Answer(option_id))
        staged = self.pending.get(option_id)
        if not staged:
            return base
        return replace(base, **staged)

    def progress(self) -> Progress:
        """Progress including staged edits; cached until the next edit or save."""
        if self._progress is None:
            ids = set(self.answers) | set(self.pending)
            answers = {option_id: self.answer(option_id) for option_id in ids}
            self._progress = compute_progress(self.framework, answers)
        return self._progress

    def stage(self, option_id: str, field: str, value: object) -> None:
        """Remember an edit; it is written after a short pause or at the next flush."""
        if self.read_only:
            return
        # An invalid value is kept as typed and on screen; flush reports the problem.
        try:
            value = self.service.validate({field: value})[field]
            problem = None
        except ServiceError as exc:
            problem = str(exc)
        current = self.answer(option_id).value(field)
        if current == value:  # what is saved, or already staged
            return
        if problem is None:
            self._invalid.pop((option_id, field), None)
        else:
            self._invalid[(option_id, field)] = problem
        self.pending.setdefault(option_id, {})[field] = value
        self._progress = None
        if not self._failing:
            self.saveStateChanged.emit("pending", translate("Session", "Editing…"))
        self._debounce.start()

    def flush(self) -> bool:
        """Write every staged edit now. True when nothing is left unsaved.

        A value the service refuses (for example a text over the length limit) stays staged and
        on screen with the reason; the other fields are saved.
        """
        self._debounce.stop()
        if not self.pending or self.assessment is None:
            return not self.pending
        self.saveStateChanged.emit("saving", translate("Session", "Saving…"))
        problems: list[str] = []
        for option_id in list(self.pending):
            staged = self.pending[option_id]
            valid = {}
            for field, value in staged.items():
                problem = self._invalid.get((option_id, field))
                if problem is None:
                    valid[field] = value  # checked when staged
                else:
                    problems.append(problem)
            if valid and not self._save(option_id, valid):
                return False
            for field in valid:
                staged.pop(field, None)
            if not staged:
                del self.pending[option_id]
        if problems:
            self._fail(problems[0], retry=False)
            return False
        self._failing = False
        self._retry.stop()
        self.saveStateChanged.emit(
            "saved", arg(translate("Session", "Saved %1"), datetime.now().strftime("%H:%M"))
        )
        return True

    def _save(self, option_id: str, changes: dict[str, object]) -> bool:
        before = self.answers.get(option_id, Answer(option_id))
        try:
            saved = self.service.save_answer(
                self.assessment.id, option_id, changes, author=self.author, validated=True
            )
        except StorageError as exc:
            log.warning("save failed: %s", exc)
            self._fail(str(exc), retry=True)
            return False
        except ServiceError as exc:  # for example the round was finalised elsewhere
            self._fail(str(exc), retry=False)
            return False
        self.answers[option_id] = saved.answer
        self._progress = None
        if not self._replaying:
            for field, value in changes.items():
                old = before.value(field)
                if old != value:
                    self.undo_stack.push(_FieldEdit(self, option_id, field, old, value))
        self.answerSaved.emit(option_id)
        if saved.history:
            self.historyAdded.emit(list(saved.history))
        return True

    def replay(self, option_id: str, field: str, value: object) -> None:
        """Apply an undo/redo value: shown in the form and saved at once."""
        self._replaying = True
        try:
            self.pending.setdefault(option_id, {})[field] = value  # a value saved before
            self._invalid.pop((option_id, field), None)
            self._progress = None
            self.fieldReplayed.emit(option_id, field, value)
            self.flush()
        finally:
            self._replaying = False

    def discard_pending(self) -> None:
        self.pending.clear()
        self._invalid.clear()
        self._progress = None
        self._debounce.stop()
        self._retry.stop()
        self._failing = False

    def _fail(self, message: str, *, retry: bool) -> None:
        text = arg(translate("Session", "Could not save — %1"), message)
        self.saveStateChanged.emit("failed", text)
        if not self._failing:
            self._failing = True
            self.saveFailed.emit(message)
        if retry:
            self._retry.start()
        else:
            self._failing = False

    def set_retry_interval(self, milliseconds: int) -> None:
        self._retry.setInterval(milliseconds)

    def close(self) -> bool:
        """Write what is staged and stop retrying; the caller closes the context."""
        saved = self.flush()
        self._retry.stop()
        return saved
