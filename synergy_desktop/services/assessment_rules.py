"""Rules shared by the assessment services: titles, participants, the lock of a finalised round,
and the history row every change writes."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy.orm import Session

from synergy_desktop.domain.assessment import ANSWER_FIELDS, Answer, HistoryEntry
from synergy_desktop.domain.rating import AssessmentStatus
from synergy_desktop.services import answer_fields
from synergy_desktop.services.errors import LockedError, ValidationError
from synergy_desktop.storage.models import Assessment, ChangeRecord, Response
from synergy_desktop.text import arg, translate


def answer_of(row: Response) -> Answer:
    values = {name: answer_fields.from_column(name, getattr(row, name)) for name in ANSWER_FIELDS}
    return Answer(
        option_id=row.option_id,
        updated_by=row.updated_by,
        updated_at=row.updated_at,
        uid=row.uid,
        **values,
    )


def entry_of(row: ChangeRecord) -> HistoryEntry:
    return HistoryEntry(
        row.id,
        row.assessment_id,
        row.option_id,
        row.field,
        row.old_value,
        row.new_value,
        row.author,
        row.changed_at,
        row.source,
        row.uid,
    )


def now() -> datetime:
    return datetime.now(UTC)


def check_editable(row: Assessment) -> None:
    if row.status == AssessmentStatus.FINAL.value:
        raise LockedError(
            arg(
                translate(
                    "Assessments",
                    'The round "%1" is finalised and cannot be '
                    "changed. Start a new round from it to continue the work.",
                ),
                row.title,
            )
        )


def round_title(title: str) -> str:
    title = (title or "").strip()
    if not title:
        raise ValidationError(translate("Assessments", "A round needs a title."), "title")
    if len(title) > 300:
        raise ValidationError(
            translate("Assessments", "The title is too long (at most 300 characters)."), "title"
        )
    return title


def participant_names(names: Iterable[str]) -> list[str]:
    return [name.strip() for name in names if name and name.strip()]


def log_change(
    session: Session,
    assessment_id: int | None,
    option_id: str | None,
    field: str,
    old: str | None,
    new: str | None,
    author: str,
    source: str = "",
    when: datetime | None = None,
) -> ChangeRecord:
    record = ChangeRecord(
        assessment_id=assessment_id,
        option_id=option_id,
        field=field,
        old_value=old,
        new_value=new,
        author=author or "",
        changed_at=when or now(),
        source=source or "",
    )
    session.add(record)
    return record
