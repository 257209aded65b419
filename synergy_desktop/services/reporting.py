"""The reporting calendar: obligations (seeded from shipped reference data), datasets, links."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, joinedload, selectinload

from synergy_desktop.content.reference import instrument_codes
from synergy_desktop.content.targets import shipped_obligations
from synergy_desktop.domain.reporting import (
    Dataset,
    DatasetInput,
    Obligation,
    ObligationInput,
    Precision,
    Status,
    first_cycle,
    next_due,
)
from synergy_desktop.services.answer_fields import check_lengths
from synergy_desktop.services.country import get_country
from synergy_desktop.services.errors import NotFoundError, ValidationError, guard_storage
from synergy_desktop.services.focal_points import role_name
from synergy_desktop.storage import models
from synergy_desktop.storage.workspace import Workspace
from synergy_desktop.text import arg, translate

SEEDED = "obligations_seeded"


def _shipped_text(key: str, field: str, stored: str, lang: str) -> str:
    """A text copied from the shipped reference data is shown in the user's language as long as
    the team has not changed it; an edited text is shown as typed."""
    shipped = next((o for o in shipped_obligations() if o.key == key), None)
    if shipped is None:
        return stored
    text = getattr(shipped, field)
    return text.get(lang) if stored in text.texts.values() else stored


def _obligation(row: models.ObligationRow, session: Session, lang: str = "en") -> Obligation:
    responsible = ""
    if row.responsible_id is not None:
        holder = row.responsible
        if holder is not None:
            contact = holder.contact
            name = (
                " ".join(p for p in (contact.prefix, contact.first_name, contact.last_name) if p)
                or contact.position
            )
            responsible = f"{name} ({role_name(holder.instrument, holder.role, lang)})"
    title, cycle, notes = row.title, row.cycle, row.notes
    if row.reference_key:
        title = _shipped_text(row.reference_key, "title", title, lang)
        cycle = _shipped_text(row.reference_key, "cycle", cycle, lang)
        notes = _shipped_text(row.reference_key, "note", notes, lang)
    return Obligation(
        row.id,
        row.instrument,
        title,
        cycle,
        row.interval_months,
        row.due_date,
        Precision(row.due_precision),
        Status(row.status),
        row.submitted_on,
        row.responsible_id,
        responsible,
        notes,
        row.reference_key,
        row.checked_on,
        tuple(sorted(d.id for d in row.datasets)),
        row.uid,
    )


def _dataset(row: models.DatasetRow) -> Dataset:
    return Dataset(
        row.id,
        row.name,
        row.custodian,
        row.update_frequency,
        row.last_updated,
        row.notes,
        tuple(sorted(o.id for o in row.obligations)),
        row.uid,
    )


class ReportingService:
    def __init__(self, workspace: Workspace, lang: str = "en") -> None:
        self.workspace = workspace
        self.lang = lang

    # -- obligations ----------------------------------------------------------------------

    @guard_storage
    def ensure_seeded(self, today: date | None = None) -> bool:
        """Copy the shipped obligations in once; afterwards they are the team's to edit.

        With ``today`` (a new workspace) the calendar starts on that day: each recurring report
        comes in at its first cycle due on or after it, and a one-off deadline already past is
        left out. Without it the shipped dates are copied as they are (the demo, older files).
        """
        if self.workspace.read_only:
            return False
        with self.workspace.session() as session:  # once seeded, no write lock to learn it
            if session.get(models.Setting, SEEDED) is not None:
                return False
        try:
            return self._seed(today)
        except IntegrityError:  # another person seeded the same server workspace just now
            return False

    def _seed(self, today: date | None) -> bool:
        with self.workspace.write() as session:
            if session.get(models.Setting, SEEDED) is not None:
                return False
            for item in shipped_obligations():
                due = item.due_date
                if today is not None and due is not None and due < today:
                    if not item.interval_months:
                        continue
                    due = first_cycle(due, item.interval_months, today)
                session.add(
                    models.ObligationRow(
                        reference_key=item.key,
                        instrument=item.instrument,
                        title=item.title.get(self.lang),
                        cycle=item.cycle.get(self.lang),
                        interval_months=item.interval_months,
                        due_date=due,
                        due_precision=item.due_precision.value,
                        notes=item.note.get(self.lang),
                        checked_on=item.checked_on,
                    )
                )
            session.add(models.Setting(key=SEEDED, value=(today or date.today()).isoformat()))
            return True

    @guard_storage
    def obligations(self) -> list[Obligation]:
        """The calendar, without the instruments the country is not Party to."""
        self.ensure_seeded()
        excluded = get_country(self.workspace).excluded_instruments
        query = (
            select(models.ObligationRow)
            .where(models.ObligationRow.instrument.not_in(excluded))
            .options(
                selectinload(models.ObligationRow.datasets),
                joinedload(models.ObligationRow.responsible).joinedload(models.Designation.contact),
            )
            .order_by(
                models.ObligationRow.due_date.is_(None),
                models.ObligationRow.due_date,
                models.ObligationRow.instrument,
            )
        )
        with self.workspace.session() as session:
            return [_obligation(row, session, self.lang) for row in session.scalars(query)]

    @guard_storage
    def get(self, obligation_id: int) -> Obligation:
        with self.workspace.session() as session:
            return _obligation(self._row(session, obligation_id), session, self.lang)

    @guard_storage
    def add(self, data: ObligationInput) -> Obligation:
        data = self._validate(data)
        with self.workspace.write() as session:
            row = models.ObligationRow()
            self._fill(row, data)
            session.add(row)
            session.flush()
            return _obligation(row, session, self.lang)

    @guard_storage
    def update(self, obligation_id: int, data: ObligationInput) -> Obligation:
        data = self._validate(data)
        with self.workspace.write() as session:
            row = self._row(session, obligation_id)
            self._fill(row, data)
            return _obligation(row, session, self.lang)

    @guard_storage
    def delete(self, obligation_id: int) -> None:
        with self.workspace.write() as session:
            session.delete(self._row(session, obligation_id))

    @guard_storage
    def set_status(
        self, obligation_id: int, status: Status, submitted_on: date | None = None
    ) -> Obligation | None:
        """Change the status. Submitting a recurring report adds its next cycle, which is
        returned (with the same datasets and responsible focal point)."""
        status = Status(status)
        if status is Status.SUBMITTED:
            submitted_on = submitted_on or date.today()
            if submitted_on > date.today():
                raise ValidationError(
                    translate("Reporting", "The submission date cannot be in the future."),
                    "submitted_on",
                )
        with self.workspace.write() as session:
            row = self._row(session, obligation_id)
            was = row.status
            row.status = status.value
            row.submitted_on = submitted_on if status is Status.SUBMITTED else None
            row.updated_at = datetime.now(UTC)
            if (
                status is Status.SUBMITTED
                and was != Status.SUBMITTED.value
                and row.interval_months
                and row.due_date
            ):
                following = models.ObligationRow(
                    reference_key=row.reference_key,
                    instrument=row.instrument,
                    title=row.title,
                    cycle=row.cycle,
                    interval_months=row.interval_months,
                    due_date=next_due(row.due_date, row.interval_months),
                    due_precision=row.due_precision,
                    responsible_id=row.responsible_id,
                    checked_on=row.checked_on,
                )
                following.datasets = list(row.datasets)
                session.add(following)
                session.flush()
                return _obligation(following, session, self.lang)
            return None

    # -- datasets -------------------------------------------------------------------------

    @guard_storage
    def datasets(self) -> list[Dataset]:
        with self.workspace.session() as session:
            rows = session.scalars(
                select(models.DatasetRow)
                .options(selectinload(models.DatasetRow.obligations))
                .order_by(models.DatasetRow.name)
            )
            return [_dataset(row) for row in rows]

    @guard_storage
    def save_dataset(self, data: DatasetInput, dataset_id: int | None = None) -> Dataset:
        check_lengths(notes=data.notes)
        if not data.name.strip():
            raise ValidationError(translate("Reporting", "A dataset needs a name."), "name")
        with self.workspace.write() as session:
            row = (
                models.DatasetRow()
                if dataset_id is None
                else self._dataset_row(session, dataset_id)
            )
            for name, value in vars(data).items():
                setattr(row, name, value.strip() if isinstance(value, str) else value)
            session.add(row)
            session.flush()
            return _dataset(row)

    @guard_storage
    def delete_dataset(self, dataset_id: int) -> None:
        with self.workspace.write() as session:
            session.delete(self._dataset_row(session, dataset_id))

    @guard_storage
    def set_feeds(self, dataset_id: int, obligation_ids: list[int]) -> Dataset:
        """The reports a dataset feeds."""
        with self.workspace.write() as session:
            row = self._dataset_row(session, dataset_id)
            obligations = [self._row(session, i) for i in dict.fromkeys(obligation_ids)]
            row.obligations = obligations
            session.flush()
            return _dataset(row)

    # -- helpers --------------------------------------------------------------------------

    def _validate(self, data: ObligationInput) -> ObligationInput:
        check_lengths(cycle=data.cycle, notes=data.notes)
        if data.instrument not in instrument_codes():
            raise ValidationError(
                arg(translate("Reporting", "Unknown instrument “%1”."), data.instrument),
                "instrument",
            )
        if not data.title.strip():
            raise ValidationError(translate("Reporting", "A report needs a title."), "title")
        if data.interval_months is not None and not 1 <= data.interval_months <= 240:
            raise ValidationError(
                translate("Reporting", "The interval must be between 1 and 240 months."),
                "interval_months",
            )
        precision = Precision(data.due_precision)
        if data.due_date is None:
            precision = Precision.NONE
        elif precision is Precision.NONE:
            precision = Precision.DAY
        return replace(data, title=data.title.strip(), due_precision=precision)

    @staticmethod
    def _fill(row: models.ObligationRow, data: ObligationInput) -> None:
        row.instrument = data.instrument
        row.title = data.title
        row.cycle = data.cycle.strip()
        row.interval_months = data.interval_months
        row.due_date = data.due_date
        row.due_precision = Precision(data.due_precision).value
        row.responsible_id = data.responsible_id
        row.notes = data.notes.strip()
        row.updated_at = datetime.now(UTC)

    @staticmethod
    def _row(session: Session, obligation_id: int) -> models.ObligationRow:
        row = session.get(models.ObligationRow, obligation_id)
        if row is None:
            raise NotFoundError(
                arg(
                    translate("Reporting", "There is no reporting obligation with id %1."),
                    obligation_id,
                )
            )
        return row

    @staticmethod
    def _dataset_row(session: Session, dataset_id: int) -> models.DatasetRow:
        row = session.get(models.DatasetRow, dataset_id)
        if row is None:
            raise NotFoundError(
                arg(translate("Reporting", "There is no dataset with id %1."), dataset_id)
            )
        return row
