"""The register of national focal points and authorities."""

from __future__ import annotations

import re
from dataclasses import asdict
from datetime import UTC, date, datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from synergy_desktop.content.reference import instruments
from synergy_desktop.domain.focal_points import (
    Coverage,
    FocalPoint,
    FocalPointInput,
    Person,
    compute_coverage,
)
from synergy_desktop.services.answer_fields import check_lengths
from synergy_desktop.services.country import get_country
from synergy_desktop.services.errors import NotFoundError, ValidationError, guard_storage
from synergy_desktop.storage.models import (
    Contact,
    Designation,
    MechanismMember,
    ObligationRow,
)
from synergy_desktop.storage.workspace import Workspace
from synergy_desktop.text import arg, translate

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]{2,}$")
PERSON_FIELDS = tuple(asdict(Person()))


def role_name(instrument_code: str, role_code: str, lang: str = "en") -> str:
    for instrument in instruments():
        if instrument.code == instrument_code:
            for role in instrument.roles:
                if role.code == role_code:
                    return f"{instrument.short_name.get(lang)} {role.name.get(lang)}"
    return f"{instrument_code} {role_code}"


def _person(row: Contact) -> Person:
    return Person(**{name: getattr(row, name) or "" for name in PERSON_FIELDS})


_HOLDERS = Designation.__table__
_PEOPLE = Contact.__table__
# The register as rows (no ORM objects: the Overview, the evidence of every option and the
# summary read all of it): a designation's columns, its person's uid, then the person.
_REGISTER = (
    select(
        *(
            _HOLDERS.c[name]
            for name in (
                "id",
                "contact_id",
                "instrument",
                "role",
                "is_primary",
                "designated_on",
                "verified_on",
                "ended_on",
                "handover_note",
                "notes",
                "successor_id",
                "uid",
            )
        ),
        _PEOPLE.c.uid.label("contact_uid"),
        *(_PEOPLE.c[name] for name in PERSON_FIELDS),
    )
    .join_from(_HOLDERS, _PEOPLE, _HOLDERS.c.contact_id == _PEOPLE.c.id)
    .order_by(_HOLDERS.c.instrument, _HOLDERS.c.role, _HOLDERS.c.id)
)
_CURRENT_REGISTER = _REGISTER.where(_HOLDERS.c.ended_on.is_(None))


def _entry_of_row(row) -> FocalPoint:
    """A focal point from a row of ``_REGISTER`` (in FocalPoint's order after the person)."""
    person = Person(*(value or "" for value in row[13:]))
    return FocalPoint(row[0], row[1], person, *row[2:13])


def _entry(row: Designation) -> FocalPoint:
    return FocalPoint(
        row.id,
        row.contact_id,
        _person(row.contact),
        row.instrument,
        row.role,
        row.is_primary,
        row.designated_on,
        row.verified_on,
        row.ended_on,
        row.handover_note,
        row.notes,
        row.successor_id,
        row.uid,
        row.contact.uid,
    )


class FocalPointService:
    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace

    @guard_storage
    def entries(self, *, include_ended: bool = False) -> list[FocalPoint]:
        query = _REGISTER if include_ended else _CURRENT_REGISTER
        with self.workspace.session() as session:
            return [_entry_of_row(row) for row in session.connection().execute(query).all()]

    @guard_storage
    def get(self, designation_id: int) -> FocalPoint:
        with self.workspace.session() as session:
            return _entry(self._row(session, designation_id))

    @guard_storage
    def contacts(self) -> list[tuple[int, Person]]:
        with self.workspace.session() as session:
            rows = session.scalars(select(Contact).order_by(Contact.last_name, Contact.id))
            return [(row.id, _person(row)) for row in rows]

    @guard_storage
    def add(self, data: FocalPointInput) -> FocalPoint:
        return self.add_entries([data])[0]

    @guard_storage
    def add_entries(self, items: list[FocalPointInput]) -> list[FocalPoint]:
        """Add several entries in one transaction: all or none. Rows that give the very same
        new person (every detail alike) share one contact."""
        for data in items:
            self.validate(data)
        with self.workspace.write() as session:
            people: dict[Person, Contact] = {}
            rows = []
            for data in items:
                self._check_single_holder(session, data.instrument, data.role, None)
                row = Designation(instrument=data.instrument, role=data.role)
                shared = people.get(data.person) if data.contact_id is None else None
                row.contact = shared or self._contact(session, data)
                if data.contact_id is None:
                    people[data.person] = row.contact
                self._fill(row, data)
                session.add(row)
                session.flush()
                waiting = self._waiting_note(session, data.instrument, data.role)
                if waiting is not None:  # the role was vacant: the new holder gets the note
                    waiting.successor_id = row.id
                rows.append(row)
            return [_entry(row) for row in rows]

    @guard_storage
    def update(self, designation_id: int, data: FocalPointInput) -> FocalPoint:
        self.validate(data)
        with self.workspace.write() as session:
            row = self._row(session, designation_id)
            if (data.instrument, data.role) != (row.instrument, row.role):
                self._check_single_holder(session, data.instrument, data.role, row.id)
            row.instrument, row.role = data.instrument, data.role
            row.contact = self._contact(session, data, row.contact_id)
            self._fill(row, data)
            session.flush()
            return _entry(row)

    @guard_storage
    def delete(self, designation_id: int) -> None:
        """Remove an entry; the person goes too when they hold no other role or membership."""
        with self.workspace.write() as session:
            row = self._row(session, designation_id)
            contact = row.contact
            session.delete(row)
            session.flush()
            others = session.scalar(
                select(Designation.id).where(Designation.contact_id == contact.id).limit(1)
            )
            member = session.scalar(
                select(MechanismMember.id).where(MechanismMember.contact_id == contact.id).limit(1)
            )
            if others is None and member is None:
                session.delete(contact)

    @guard_storage
    def replace_holder(
        self, designation_id: int, data: FocalPointInput, *, on: date, handover_note: str = ""
    ) -> FocalPoint:
        """Record a change of holder: the old entry is kept with its end date and note."""
        self.validate(data)
        with self.workspace.write() as session:
            old = self._row(session, designation_id)
            if old.ended_on is not None:
                raise ValidationError(
                    translate("FocalPoints", "This entry already belongs to a former holder.")
                )
            if old.designated_on and on < old.designated_on:
                raise ValidationError(
                    translate(
                        "FocalPoints",
                        "The change cannot be dated before the previous holder was designated.",
                    )
                )
            new = Designation(instrument=old.instrument, role=old.role)
            new.contact = self._contact(session, data)
            self._fill(new, data)
            new.designated_on = data.designated_on or on
            session.add(new)
            session.flush()
            old.ended_on = on
            old.handover_note = handover_note.strip()
            old.successor_id = new.id
            # the reports the old holder was responsible for pass to the new holder
            session.execute(
                update(ObligationRow)
                .where(ObligationRow.responsible_id == old.id)
                .values(responsible_id=new.id)
            )
            old.updated_at = datetime.now(UTC)
            return _entry(new)

    @guard_storage
    def end(self, designation_id: int, *, on: date, handover_note: str = "") -> FocalPoint:
        """The holder left and nobody has been designated yet: the role becomes vacant."""
        with self.workspace.write() as session:
            row = self._row(session, designation_id)
            if row.ended_on is not None:
                raise ValidationError(
                    translate("FocalPoints", "This entry already belongs to a former holder.")
                )
            row.ended_on = on
            row.handover_note = handover_note.strip()
            row.updated_at = datetime.now(UTC)
            return _entry(row)

    @guard_storage
    def predecessor(self, designation_id: int) -> FocalPoint | None:
        """The former holder whose role passed to this entry (with the hand-over note)."""
        with self.workspace.session() as session:
            row = session.scalar(
                select(Designation).where(Designation.successor_id == designation_id)
            )
            return _entry(row) if row else None

    @guard_storage
    def role_history(self, instrument: str, role: str) -> list[FocalPoint]:
        query = (
            select(Designation)
            .where(
                Designation.instrument == instrument,
                Designation.role == role,
                Designation.ended_on.is_not(None),
            )
            .order_by(Designation.ended_on.desc())
        )
        with self.workspace.session() as session:
            return [_entry(row) for row in session.scalars(query)]

    def coverage(self, today: date | None = None) -> Coverage:
        country = get_country(self.workspace)
        return compute_coverage(
            instruments(),
            self.entries(),
            today or date.today(),
            country.stale_after_months,
            country.excluded_instruments,
        )

    # -- validation -----------------------------------------------------------------------

    def validate(self, data: FocalPointInput) -> None:
        def fail(message: str, field: str) -> None:
            raise ValidationError(message, field)

        instrument = next((i for i in instruments() if i.code == data.instrument), None)
        if instrument is None:
            fail(
                arg(translate("FocalPoints", "Unknown instrument “%1”."), data.instrument),
                "instrument",
            )
        if data.role not in {r.code for r in instrument.roles}:
            fail(
                arg(
                    translate("FocalPoints", "%1 has no role “%2”."),
                    instrument.short_name.get(),
                    data.role,
                ),
                "role",
            )
        person = data.person
        check_lengths(notes=data.notes, address=person.address)
        if not person.institution.strip():
            fail(
                translate(
                    "FocalPoints",
                    "Give the institution of the focal point; it stays "
                    "in exports even without personal data.",
                ),
                "institution",
            )
        if not (person.last_name.strip() or person.first_name.strip() or person.position.strip()):
            fail(
                translate(
                    "FocalPoints",
                    "Give a name, or at least the position, of the person who holds the role.",
                ),
                "last_name",
            )
        if person.email.strip() and not _EMAIL.match(person.email.strip()):
            fail(
                arg(
                    translate(
                        "FocalPoints",
                        "“%1” is not a valid e-mail address (expected "
                        "something like name@ministry.gov).",
                    ),
                    person.email.strip(),
                ),
                "email",
            )
        today = date.today()
        if data.verified_on and data.verified_on > today:
            fail(
                translate("FocalPoints", "The date last verified cannot be in the future."),
                "verified_on",
            )
        if data.designated_on and data.verified_on and data.verified_on < data.designated_on:
            fail(
                translate(
                    "FocalPoints", "The entry cannot have been verified before the designation."
                ),
                "verified_on",
            )

    def _check_single_holder(
        self, session: Session, instrument: str, role: str, exclude_id: int | None
    ) -> None:
        spec = next(
            r for i in instruments() if i.code == instrument for r in i.roles if r.code == role
        )
        if spec.multiple:
            return
        query = select(Designation).where(
            Designation.instrument == instrument,
            Designation.role == role,
            Designation.ended_on.is_(None),
        )
        holder = next((r for r in session.scalars(query) if r.id != exclude_id), None)
        if holder is not None:
            raise ValidationError(
                arg(
                    translate(
                        "FocalPoints",
                        "%1 can have only one holder, and %2 holds it. "
                        "Use “Change holder” to record a new holder.",
                    ),
                    role_name(instrument, role),
                    _person(holder.contact).label,
                ),
                "role",
            )

    # -- rows -----------------------------------------------------------------------------

    @staticmethod
    def _waiting_note(session: Session, instrument: str, role: str) -> Designation | None:
        """The last former holder of a role nobody has taken over yet."""
        return session.scalar(
            select(Designation)
            .where(
                Designation.instrument == instrument,
                Designation.role == role,
                Designation.ended_on.is_not(None),
                Designation.successor_id.is_(None),
            )
            .order_by(Designation.ended_on.desc())
            .limit(1)
        )

    @staticmethod
    def _row(session: Session, designation_id: int) -> Designation:
        row = session.get(Designation, designation_id)
        if row is None:
            raise NotFoundError(
                arg(
                    translate("FocalPoints", "There is no focal-point entry with id %1."),
                    designation_id,
                )
            )
        return row

    @staticmethod
    def _contact(session: Session, data: FocalPointInput, fallback: int | None = None) -> Contact:
        contact_id = data.contact_id if data.contact_id is not None else fallback
        row = session.get(Contact, contact_id) if contact_id is not None else None
        if row is None:
            row = Contact()
            session.add(row)
        for name in PERSON_FIELDS:
            setattr(row, name, getattr(data.person, name).strip())
        row.updated_at = datetime.now(UTC)
        return row

    @staticmethod
    def _fill(row: Designation, data: FocalPointInput) -> None:
        row.is_primary = data.is_primary
        row.designated_on = data.designated_on
        row.verified_on = data.verified_on
        row.notes = data.notes.strip()
        row.updated_at = datetime.now(UTC)
