"""Assessment rounds: create, rename, delete, finalise, pre-fill, answer, history, progress."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from synergy_desktop.domain.assessment import (
    ANSWER_FIELDS,
    Answer,
    AssessmentInfo,
    HistoryEntry,
    Progress,
    SavedAnswer,
)
from synergy_desktop.domain.framework import Framework
from synergy_desktop.domain.rating import AssessmentStatus
from synergy_desktop.domain.scoring import compute_progress
from synergy_desktop.services import answer_fields
from synergy_desktop.services.answer_store import (
    apply_changes,
    lock_editable,
    not_found,
    read_answers,
    read_history,
)
from synergy_desktop.services.assessment_rules import (
    check_editable,
    entry_of,
    log_change,
    participant_names,
    round_title,
)
from synergy_desktop.services.errors import (
    ValidationError,
    guard_storage,
)
from synergy_desktop.storage.models import Assessment, ChangeRecord, Response
from synergy_desktop.storage.workspace import Workspace
from synergy_desktop.text import arg, translate


def _now() -> datetime:
    return datetime.now(UTC)


def _info(row: Assessment) -> AssessmentInfo:
    return AssessmentInfo(
        id=row.id,
        title=row.title,
        period=row.period,
        status=AssessmentStatus(row.status),
        pack_id=row.pack_id,
        pack_version=row.pack_version,
        pack_hash=row.pack_hash,
        participants=tuple(json.loads(row.participants or "[]")),
        created_at=row.created_at,
        updated_at=row.updated_at,
        finalised_at=row.finalised_at,
        previous_id=row.previous_id,
        uid=row.uid,
    )


class AssessmentService:
    """Every method is one short transaction on the workspace."""

    def __init__(self, workspace: Workspace, framework: Framework) -> None:
        self.workspace = workspace
        self.framework = framework

    # -- rounds ---------------------------------------------------------------------------

    @guard_storage
    def list_assessments(self) -> list[AssessmentInfo]:
        with self.workspace.session() as session:
            rows = session.scalars(select(Assessment).order_by(Assessment.id)).all()
            return [_info(row) for row in rows]

    @guard_storage
    def get(self, assessment_id: int) -> AssessmentInfo:
        with self.workspace.session() as session:
            return _info(self._row(session, assessment_id))

    @guard_storage
    def create(
        self, title: str, *, period: str = "", participants: Iterable[str] = (), author: str = ""
    ) -> AssessmentInfo:
        title = round_title(title)
        with self.workspace.write() as session:
            row = Assessment(
                title=title,
                period=period.strip(),
                status=AssessmentStatus.DRAFT.value,
                pack_id=self.framework.id,
                pack_version=self.framework.version,
                pack_hash=self.framework.content_hash,
                participants=json.dumps(participant_names(participants), ensure_ascii=False),
            )
            session.add(row)
            session.flush()
            log_change(session, row.id, None, "assessment", None, title, author, "created")
            return _info(row)

    @guard_storage
    def rename(self, assessment_id: int, title: str, *, author: str = "") -> AssessmentInfo:
        title = round_title(title)
        with self.workspace.write() as session:
            row = self._row(session, assessment_id)
            if row.title != title:
                log_change(session, row.id, None, "title", row.title, title, author)
                row.title = title
                row.updated_at = _now()
            return _info(row)

    @guard_storage
    def update_details(
        self,
        assessment_id: int,
        *,
        period: str | None = None,
        participants: Iterable[str] | None = None,
        author: str = "",
    ) -> AssessmentInfo:
        with self.workspace.write() as session:
            row = self._row(session, assessment_id)
            check_editable(row)
            if period is not None and period.strip() != row.period:
                log_change(session, row.id, None, "period", row.period, period.strip(), author)
                row.period = period.strip()
            if participants is not None:
                new = json.dumps(participant_names(participants), ensure_ascii=False)
                if new != row.participants:
                    log_change(
                        session,
                        row.id,
                        None,
                        "participants",
                        ", ".join(json.loads(row.participants)),
                        ", ".join(json.loads(new)),
                        author,
                    )
                    row.participants = new
            row.updated_at = _now()
            return _info(row)

    @guard_storage
    def delete(self, assessment_id: int, *, purge_history: bool = False, author: str = "") -> None:
        """Delete a round and its answers. Its history stays unless ``purge_history`` is true."""
        with self.workspace.write() as session:
            row = self._row(session, assessment_id)
            if purge_history:
                session.execute(delete(ChangeRecord).where(ChangeRecord.assessment_id == row.id))
            else:
                log_change(session, row.id, None, "assessment", row.title, None, author, "deleted")
            session.delete(row)

    @guard_storage
    def finalise(self, assessment_id: int, *, author: str = "") -> AssessmentInfo:
        with self.workspace.write() as session:
            row = self._row(session, assessment_id)
            check_editable(row)
            row.status = AssessmentStatus.FINAL.value
            row.finalised_at = row.updated_at = _now()
            log_change(
                session,
                row.id,
                None,
                "status",
                AssessmentStatus.DRAFT.value,
                AssessmentStatus.FINAL.value,
                author,
            )
            return _info(row)

    @guard_storage
    def new_round_from(
        self, previous_id: int, title: str, *, period: str = "", author: str = ""
    ) -> AssessmentInfo:
        """A new draft round whose answers start as copies of a previous round's answers."""
        title = round_title(title)
        source = arg(translate("Assessments", "pre-filled from round %1"), previous_id)
        with self.workspace.write() as session:
            previous = self._row(session, previous_id)
            row = Assessment(
                title=title,
                period=period.strip(),
                status=AssessmentStatus.DRAFT.value,
                pack_id=self.framework.id,
                pack_version=self.framework.version,
                pack_hash=self.framework.content_hash,
                participants=previous.participants,
                previous_id=previous.id,
            )
            session.add(row)
            session.flush()
            log_change(session, row.id, None, "assessment", None, title, author, source)
            for old in previous.responses:
                if self.framework.option(old.option_id) is None:
                    continue  # the option no longer exists in the current pack
                copy = Response(
                    assessment_id=row.id,
                    option_id=old.option_id,
                    updated_by=author,
                    updated_at=_now(),
                )
                for name in ANSWER_FIELDS:
                    setattr(copy, name, getattr(old, name))
                    text = answer_fields.to_text(
                        name, answer_fields.from_column(name, getattr(old, name))
                    )
                    if text is not None and not (name == "rating" and text == "nyd"):
                        log_change(session, row.id, old.option_id, name, None, text, author, source)
                session.add(copy)
            return _info(row)

    # -- answers --------------------------------------------------------------------------

    @guard_storage
    def answers(self, assessment_id: int) -> dict[str, Answer]:
        with self.workspace.session() as session:
            self._row(session, assessment_id)
            return read_answers(session.connection(), assessment_id)

    @guard_storage
    def answer(self, assessment_id: int, option_id: str) -> Answer:
        self._option(option_id)
        return self.answers(assessment_id).get(option_id, Answer(option_id))

    def validate(self, changes: Mapping[str, object]) -> dict[str, object]:
        """Check every field; raise ValidationError for the first bad one. Writes nothing."""
        return {name: answer_fields.normalise(name, value) for name, value in changes.items()}

    @guard_storage
    def save_answer(
        self,
        assessment_id: int,
        option_id: str,
        changes: Mapping[str, object],
        *,
        author: str = "",
        source: str = "",
        validated: bool = False,
        expected: Mapping[str, object] | None = None,
    ) -> SavedAnswer:
        """Store changed fields; every changed field lands in the history.

        Values are checked here unless the caller passes ``validated=True`` for values that
        already came out of :meth:`validate`. The answer is read and written in one write
        transaction, so the history's "before" is exact even with two writers. With
        ``expected`` (the values the caller loaded), a field that someone else has changed since
        is not overwritten: ConflictError names it, with the other value, author and time.
        """
        self._option(option_id)
        values = dict(changes) if validated else self.validate(changes)
        with self.workspace.write_rows() as connection:
            lock_editable(connection, assessment_id)
            answer, history = apply_changes(
                connection, assessment_id, option_id, values, author, source, expected
            )
            return SavedAnswer(answer, history)

    @guard_storage
    def save_answers(
        self,
        assessment_id: int,
        changes: Mapping[str, Mapping[str, object]],
        *,
        author: str = "",
        source: str = "",
    ) -> int:
        """Apply changes to several options in one transaction (all or nothing)."""
        for option_id in changes:
            self._option(option_id)
        validated = {option_id: self.validate(fields) for option_id, fields in changes.items()}
        with self.workspace.write_rows() as connection:
            lock_editable(connection, assessment_id)
            return sum(
                len(apply_changes(connection, assessment_id, option_id, values, author, source)[1])
                for option_id, values in validated.items()
            )

    # -- history and progress -------------------------------------------------------------

    @guard_storage
    def history_since(self, assessment_id: int, after_id: int) -> list[HistoryEntry]:
        """Changes to a round written after history row ``after_id``, oldest first (what
        others saved meanwhile; the window polls this)."""
        query = (
            select(ChangeRecord)
            .where(ChangeRecord.assessment_id == assessment_id, ChangeRecord.id > after_id)
            .order_by(ChangeRecord.id)
        )
        with self.workspace.session() as session:
            return [entry_of(row) for row in session.scalars(query)]

    @guard_storage
    def last_change_id(self) -> int:
        """The newest history row's id (0 for none): where "changes since" starts."""
        with self.workspace.session() as session:
            return session.scalar(select(func.max(ChangeRecord.id))) or 0

    @guard_storage
    def history(
        self,
        assessment_id: int | None = None,
        option_id: str | None = None,
        limit: int | None = None,
    ) -> list[HistoryEntry]:
        """Newest first; filtered by round and option when given."""
        with self.workspace.session() as session:  # rows, not objects: nothing to track
            return read_history(session.connection(), assessment_id, option_id, limit)

    @guard_storage
    def progress(self, assessment_id: int) -> Progress:
        return compute_progress(self.framework, self.answers(assessment_id))

    # -- helpers --------------------------------------------------------------------------

    def _row(self, session: Session, assessment_id: int, *, lock: bool = False) -> Assessment:
        """The round's row; ``lock`` holds it for this write transaction (a server database
        serialises two saves to one round this way; SQLite already holds the write lock)."""
        row = session.get(Assessment, assessment_id, with_for_update=lock or None)
        if row is None:
            raise not_found(assessment_id)
        return row

    def _option(self, option_id: str) -> None:
        if self.framework.option(option_id) is None:
            raise ValidationError(
                arg(
                    translate(
                        "Assessments", 'There is no option "%1" in the framework %2 (version %3).'
                    ),
                    option_id,
                    self.framework.id,
                    self.framework.version,
                ),
                "option",
            )
