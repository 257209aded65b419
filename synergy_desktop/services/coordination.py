"""National coordination mechanisms: details, members, meetings and whether they work."""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from synergy_desktop.content.reference import instrument_codes
from synergy_desktop.domain.focal_points import (
    Mechanism,
    MechanismInput,
    MechanismStatus,
    MeetingRecord,
    Member,
    mechanism_status,
)
from synergy_desktop.services.answer_fields import check_lengths
from synergy_desktop.services.country import get_country
from synergy_desktop.services.errors import NotFoundError, ValidationError, guard_storage
from synergy_desktop.services.focal_points import FocalPointService
from synergy_desktop.storage import models
from synergy_desktop.storage.workspace import Workspace
from synergy_desktop.text import arg, translate


def _mechanism(row: models.Mechanism) -> Mechanism:
    members = []
    for member in row.members:
        if member.contact_id is not None and member.contact is not None:
            contact = member.contact
            name = (
                " ".join(p for p in (contact.prefix, contact.first_name, contact.last_name) if p)
                or contact.position
            )
            members.append(
                Member(member.id, member.contact_id, name, contact.institution, member.uid)
            )
        else:
            members.append(
                Member(member.id, None, member.institution, member.institution, member.uid)
            )
    meetings = sorted(
        (
            MeetingRecord(m.id, m.held_on, m.participants, m.decisions, m.next_steps, m.uid)
            for m in row.meetings
        ),
        key=lambda m: m.held_on,
        reverse=True,
    )
    return Mechanism(
        row.id,
        row.name,
        row.legal_basis,
        row.mandate,
        row.chair_institution,
        row.secretariat,
        row.meetings_per_year,
        row.notes,
        tuple(members),
        tuple(meetings),
        row.uid,
    )


class CoordinationService:
    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace

    @guard_storage
    def mechanisms(self) -> list[Mechanism]:
        with self.workspace.session() as session:
            rows = session.scalars(select(models.Mechanism).order_by(models.Mechanism.id))
            return [_mechanism(row) for row in rows]

    @guard_storage
    def get(self, mechanism_id: int) -> Mechanism:
        with self.workspace.session() as session:
            return _mechanism(self._row(session, mechanism_id))

    @guard_storage
    def save(self, data: MechanismInput, mechanism_id: int | None = None) -> Mechanism:
        check_lengths(legal_basis=data.legal_basis, mandate=data.mandate, notes=data.notes)
        if not data.name.strip():
            raise ValidationError(translate("Coordination", "The mechanism needs a name."), "name")
        if not 0 <= data.meetings_per_year <= 52:
            raise ValidationError(
                translate("Coordination", "Planned meetings per year must be between 0 and 52."),
                "meetings_per_year",
            )
        with self.workspace.write() as session:
            row = models.Mechanism() if mechanism_id is None else self._row(session, mechanism_id)
            for name, value in vars(data).items():
                setattr(row, name, value.strip() if isinstance(value, str) else value)
            row.updated_at = datetime.now(UTC)
            session.add(row)
            session.flush()
            return _mechanism(row)

    @guard_storage
    def delete(self, mechanism_id: int) -> None:
        with self.workspace.write() as session:
            session.delete(self._row(session, mechanism_id))

    @guard_storage
    def add_member(
        self, mechanism_id: int, *, contact_id: int | None = None, institution: str = ""
    ) -> Mechanism:
        if contact_id is None and not institution.strip():
            raise ValidationError(
                translate(
                    "Coordination",
                    "Choose a person from the register or type the name of an institution.",
                )
            )
        with self.workspace.write() as session:
            row = self._row(session, mechanism_id)
            if contact_id is not None and session.get(models.Contact, contact_id) is None:
                raise NotFoundError(
                    arg(
                        translate("Coordination", "There is no person with id %1 in the register."),
                        contact_id,
                    )
                )
            if any(m.contact_id == contact_id for m in row.members if contact_id is not None):
                raise ValidationError(translate("Coordination", "This person is already a member."))
            row.members.append(
                models.MechanismMember(contact_id=contact_id, institution=institution.strip())
            )
            session.flush()
            return _mechanism(row)

    @guard_storage
    def remove_member(self, mechanism_id: int, member_id: int) -> Mechanism:
        with self.workspace.write() as session:
            row = self._row(session, mechanism_id)
            row.members = [m for m in row.members if m.id != member_id]
            session.flush()
            return _mechanism(row)

    @guard_storage
    def save_meeting(self, mechanism_id: int, record: MeetingRecord) -> Mechanism:
        """Add a meeting (``record.id`` 0) or change an existing one."""
        check_lengths(
            participants=record.participants,
            decisions=record.decisions,
            next_steps=record.next_steps,
        )
        if record.held_on > date.today():
            raise ValidationError(
                translate(
                    "Coordination",
                    "Record meetings once they have taken place; the date is in the future.",
                ),
                "held_on",
            )
        with self.workspace.write() as session:
            row = self._row(session, mechanism_id)
            meeting = next((m for m in row.meetings if m.id == record.id), None)
            if meeting is None:
                meeting = models.Meeting()
                row.meetings.append(meeting)
            meeting.held_on = record.held_on
            meeting.participants = record.participants.strip()
            meeting.decisions = record.decisions.strip()
            meeting.next_steps = record.next_steps.strip()
            session.flush()
            return _mechanism(row)

    @guard_storage
    def delete_meeting(self, mechanism_id: int, meeting_id: int) -> Mechanism:
        with self.workspace.write() as session:
            row = self._row(session, mechanism_id)
            row.meetings = [m for m in row.meetings if m.id != meeting_id]
            session.flush()
            return _mechanism(row)

    def status(self, mechanism: Mechanism, today: date | None = None) -> MechanismStatus:
        entries = FocalPointService(self.workspace).entries()
        active = get_country(self.workspace).active_instruments(instrument_codes())
        return mechanism_status(mechanism, entries, active, today or date.today())

    @staticmethod
    def _row(session: Session, mechanism_id: int) -> models.Mechanism:
        row = session.get(models.Mechanism, mechanism_id)
        if row is None:
            raise NotFoundError(
                arg(
                    translate("Coordination", "There is no coordination mechanism with id %1."),
                    mechanism_id,
                )
            )
        return row
