"""The open workspace as the window sees it: current round, cached answers, autosave, undo.

Edits are staged per option and field, written after a short pause in typing (DEBOUNCE_MS) and
at once on :meth:`flush` (leaving a field, changing option, closing). A failed write keeps the
staged values, reports the failure and retries every RETRY_MS until it succeeds or the user saves
the workspace elsewhere.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QLocale, QObject, QTime, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from synergy_desktop.domain.assessment import Answer, AssessmentInfo, Progress
from synergy_desktop.domain.framework import Framework
from synergy_desktop.domain.labels import field_label
from synergy_desktop.domain.scoring import compute_progress
from synergy_desktop.services.context import WorkspaceContext
from synergy_desktop.services.errors import ConflictError, ServiceError, StorageError
from synergy_desktop.text import arg, translate

log = logging.getLogger(__name__)
DEBOUNCE_MS = 700
RETRY_MS = 5000
POLL_MS = 3000  # how often others' saves are picked up (a team server, a second window)


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
    answersRefreshed = Signal(object)  # option ids someone else changed (picked up by polling)
    conflict = Signal(str, object)  # option id, {field: (their value, HistoryEntry | None)}
    fieldReplayed = Signal(str, str, object)  # option id, field, value (undo/redo)
    saveStateChanged = Signal(str, str)  # state: saved|saving|pending|failed, text
    saveFailed = Signal(str)  # plain message, once per failure streak
    roundsChanged = Signal()
    assessmentChanged = Signal()
    optionRequested = Signal(object)  # a place to show: option_id, field, start, length, match

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
        self._state: tuple[str, object] | None = None  # the last save state and its detail
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.flush)
        self._retry = QTimer(self, singleShot=True, interval=RETRY_MS)
        self._retry.timeout.connect(self.flush)
        self._seen = 0  # the newest history row this window knows about
        self._mine: set[int] = set()  # history rows this window wrote itself
        self.conflicts: dict[str, dict] = {}  # option id -> unresolved conflicting fields
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self.pick_up_changes)
        self._poll.start()

    # -- rounds ---------------------------------------------------------------------------

    def rounds(self) -> list[AssessmentInfo]:
        return self.service.list_assessments()

    def select(self, assessment_id: int | None) -> None:
        self.flush()
        self.undo_stack.clear()
        self._progress = None
        self.conflicts = {}
        if assessment_id is None:
            self.assessment, self.answers = None, {}
        else:
            self._seen = self.service.last_change_id()
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
        return self.assessment is None or self.assessment.is_final or self.context.read_only

    @property
    def recorded_author(self) -> str:
        """The author the history records (on a server, with the database user)."""
        return self.context.recorded_author(self.author)

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
            self._announce("pending")
        self._debounce.start()

    def flush(self) -> bool:
        """Write every staged edit now. True when nothing is left unsaved.

        A value the service refuses (for example a text over the length limit) stays staged and
        on screen with the reason; the other fields are saved.
        """
        self._debounce.stop()
        if not self.pending or self.assessment is None:
            return not self.pending
        self._announce("saving")
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
        self._announce("saved", QTime.currentTime())
        return True

    def _save(self, option_id: str, changes: dict[str, object]) -> bool:
        before = self.answers.get(option_id, Answer(option_id))
        try:
            saved = self.service.save_answer(
                self.assessment.id,
                option_id,
                changes,
                author=self.recorded_author,
                validated=True,
                expected={field: before.value(field) for field in changes},
            )
        except ConflictError as exc:  # someone else saved this field meanwhile
            self.conflicts[option_id] = exc.conflicts
            self._fail(str(exc), retry=False)
            self.conflict.emit(option_id, exc.conflicts)
            return False
        except StorageError as exc:
            log.warning("save failed: %s", exc)
            self._fail(str(exc), retry=True)
            return False
        except ServiceError as exc:  # for example the round was finalised elsewhere
            self._fail(str(exc), retry=False)
            return False
        self.answers[option_id] = saved.answer
        self._mine.update(entry.id for entry in saved.history)
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

    def resolve(self, option_id: str, field: str, keep_mine: bool) -> None:
        """Settle a conflict: keep the value typed here (written over theirs, knowingly) or take
        theirs (what was typed here is dropped for that field)."""
        theirs, _entry = self.conflicts.get(option_id, {}).pop(field, (None, None))
        if not self.conflicts.get(option_id):
            self.conflicts.pop(option_id, None)
        stored = self.answers.get(option_id, Answer(option_id))
        self.answers[option_id] = replace(stored, **{field: theirs})
        if not keep_mine:
            staged = self.pending.get(option_id, {})
            staged.pop(field, None)
            if not staged:
                self.pending.pop(option_id, None)
            self._progress = None
            self.fieldReplayed.emit(option_id, field, theirs)
        self.flush()

    def pick_up_changes(self) -> list[str]:
        """Load what others saved to this round since the last look; staged (typed) values stay
        on top. Returns the options that changed. Other pages learn of others' changes to the
        register, calendar and the like through the context (a WORKSPACE change)."""
        self.context.look_for_changes_elsewhere()
        if self.assessment is None:
            return []
        try:
            entries = self.service.history_since(self.assessment.id, self._seen)
        except ServiceError:  # the next look may work; a save failure is reported elsewhere
            return []
        if not entries:
            return []
        self._seen = max(self._seen, entries[-1].id)
        theirs = [e for e in entries if e.id not in self._mine]
        options = sorted({e.option_id for e in theirs if e.option_id})
        if any(e.option_id is None for e in theirs):  # the round itself (title, final…)
            self.assessment = self.service.get(self.assessment.id)
            self.roundsChanged.emit()
        for option_id in options:
            self.answers[option_id] = self.service.answer(self.assessment.id, option_id)
        if options:
            self._progress = None
            self.historyAdded.emit(theirs)
            self.answersRefreshed.emit(options)
        return options

    def discard_pending(self) -> None:
        self.pending.clear()
        self._invalid.clear()
        self._progress = None
        self._debounce.stop()
        self._retry.stop()
        self._failing = False

    def _fail(self, message: str, *, retry: bool) -> None:
        self._announce("failed", message)
        if not self._failing:
            self._failing = True
            self.saveFailed.emit(message)
        if retry:
            self._retry.start()
        else:
            self._failing = False

    def _announce(self, state: str, detail: object = None) -> None:
        self._state = (state, detail)
        if state == "saved":
            text = arg(translate("Session", "Saved %1"), QLocale().toString(detail, "HH:mm"))
        elif state == "failed":
            text = arg(translate("Session", "Could not save — %1"), detail)
        elif state == "saving":
            text = translate("Session", "Saving…")
        else:
            text = translate("Session", "Editing…")
        self.saveStateChanged.emit(state, text)

    def restate(self) -> None:
        """Say the last save state again, in the language now shown."""
        if self._state is not None:
            self._announce(*self._state)

    def set_retry_interval(self, milliseconds: int) -> None:
        self._retry.setInterval(milliseconds)

    def close(self) -> bool:
        """Write what is staged and stop retrying; the caller closes the context."""
        saved = self.flush()
        self._retry.stop()
        self._poll.stop()
        return saved
