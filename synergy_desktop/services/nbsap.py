"""National targets, reference frameworks (shipped and the team's own) and their alignment."""

from __future__ import annotations

import re

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from synergy_desktop.content.reference import instrument_codes
from synergy_desktop.content.targets import reference_frameworks
from synergy_desktop.domain.framework import LocalText
from synergy_desktop.domain.nbsap import (
    Alignment,
    FrameworkCoverage,
    Level,
    NationalTarget,
    ReferenceFramework,
    ReferenceTarget,
    TargetInput,
    framework_coverage,
    unaligned_targets,
)
from synergy_desktop.services.answer_fields import check_lengths
from synergy_desktop.services.country import get_country
from synergy_desktop.services.errors import NotFoundError, ValidationError, guard_storage
from synergy_desktop.storage import models
from synergy_desktop.storage.workspace import Workspace
from synergy_desktop.text import arg, translate

_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,29}$")
_CELLS = models.AlignmentRow.__table__
_ALIGNMENTS = select(
    _CELLS.c.national_target_id,
    _CELLS.c.framework,
    _CELLS.c.reference,
    _CELLS.c.level,
    _CELLS.c.note,
    _CELLS.c.uid,
)


def _target(row: models.NationalTarget) -> NationalTarget:
    return NationalTarget(
        row.id,
        row.code,
        row.title,
        row.description,
        row.nbsap_version,
        row.lead_institution,
        row.uid,
    )


def validate_target(data: TargetInput) -> TargetInput:
    check_lengths(description=data.description)
    code, title = data.code.strip(), data.title.strip()
    if not code:
        raise ValidationError(
            translate("Nbsap", "A national target needs a code, for example T1 or 3.2."), "code"
        )
    if not _CODE.match(code):
        raise ValidationError(
            arg(
                translate(
                    "Nbsap",
                    "“%1” is not a usable code: use letters, digits, dots or dashes, at most 30.",
                ),
                code,
            ),
            "code",
        )
    if not title:
        raise ValidationError(translate("Nbsap", "A national target needs a title."), "title")
    if len(title) > 500:
        raise ValidationError(
            translate("Nbsap", "The title is too long (at most 500 characters)."), "title"
        )
    return TargetInput(
        code,
        title,
        data.description.strip(),
        data.nbsap_version.strip(),
        data.lead_institution.strip(),
    )


class NbsapService:
    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace

    # -- national targets -----------------------------------------------------------------

    @guard_storage
    def targets(self) -> list[NationalTarget]:
        query = select(models.NationalTarget).order_by(
            models.NationalTarget.position, models.NationalTarget.id
        )
        with self.workspace.session() as session:
            return [_target(row) for row in session.scalars(query)]

    @guard_storage
    def add_target(self, data: TargetInput) -> NationalTarget:
        return self.add_targets([data])[0]

    @guard_storage
    def add_targets(self, items: list[TargetInput]) -> list[NationalTarget]:
        """Add several targets in one transaction: all or none."""
        items = [validate_target(item) for item in items]
        with self.workspace.write() as session:
            codes = set(session.scalars(select(models.NationalTarget.code)))
            position = session.scalar(select(func.max(models.NationalTarget.position))) or 0
            rows = []
            for item in items:
                self._unique(codes, item.code)
                codes.add(item.code)
                position += 1
                row = models.NationalTarget(position=position, **vars(item))
                session.add(row)
                rows.append(row)
            session.flush()
            return [_target(row) for row in rows]

    @guard_storage
    def update_target(self, target_id: int, data: TargetInput) -> NationalTarget:
        data = validate_target(data)
        with self.workspace.write() as session:
            row = self._row(session, target_id)
            others = set(
                session.scalars(
                    select(models.NationalTarget.code).where(models.NationalTarget.id != target_id)
                )
            )
            self._unique(others, data.code)
            for name, value in vars(data).items():
                setattr(row, name, value)
            return _target(row)

    @guard_storage
    def delete_target(self, target_id: int) -> None:
        with self.workspace.write() as session:
            session.delete(self._row(session, target_id))

    @staticmethod
    def _unique(codes: set[str], code: str) -> None:
        if code in codes:
            raise ValidationError(
                arg(
                    translate("Nbsap", "There is already a national target with the code “%1”."),
                    code,
                ),
                "code",
            )

    @staticmethod
    def _row(session: Session, target_id: int) -> models.NationalTarget:
        row = session.get(models.NationalTarget, target_id)
        if row is None:
            raise NotFoundError(
                arg(translate("Nbsap", "There is no national target with id %1."), target_id)
            )
        return row

    # -- reference frameworks -------------------------------------------------------------

    @guard_storage
    def frameworks(self) -> list[ReferenceFramework]:
        """The reference frameworks, without those of instruments the country is not Party
        to (a framework tied to no instrument always stays)."""
        excluded = get_country(self.workspace).excluded_instruments
        shipped = [f for f in reference_frameworks() if f.instrument not in excluded]
        with self.workspace.session() as session:
            for row in session.scalars(
                select(models.CustomFramework).order_by(models.CustomFramework.id)
            ):
                if row.instrument and row.instrument in excluded:
                    continue
                shipped.append(
                    ReferenceFramework(
                        row.key,
                        LocalText({"en": row.name}),
                        row.instrument,
                        row.source,
                        tuple(
                            ReferenceTarget(t.key, LocalText({"en": t.title}), t.uid)
                            for t in row.targets
                        ),
                        custom=True,
                        uid=row.uid,
                    )
                )
        return shipped

    def framework(self, key: str) -> ReferenceFramework:
        found = next((f for f in self.frameworks() if f.id == key), None)
        if found is None:
            raise NotFoundError(
                arg(translate("Nbsap", "There is no reference framework “%1”."), key)
            )
        return found

    @guard_storage
    def add_framework(
        self,
        key: str,
        name: str,
        targets: list[tuple[str, str]],
        *,
        instrument: str = "",
        source: str = "",
    ) -> ReferenceFramework:
        """A framework of the team's own: ``targets`` are (id, title) pairs."""
        key, name = key.strip(), name.strip()
        if not _CODE.match(key):
            raise ValidationError(
                translate(
                    "Nbsap", "Give the framework a short code (letters, digits, dots or dashes)."
                ),
                "key",
            )
        if key in self._framework_keys():
            raise ValidationError(
                arg(translate("Nbsap", "A framework with the code “%1” exists already."), key),
                "key",
            )
        if not name:
            raise ValidationError(translate("Nbsap", "Give the framework a name."), "name")
        if instrument and instrument not in instrument_codes():
            raise ValidationError(
                arg(translate("Nbsap", "Unknown instrument “%1”."), instrument), "instrument"
            )
        clean = [(k.strip(), t.strip()) for k, t in targets if k.strip() or t.strip()]
        if not clean:
            raise ValidationError(
                translate(
                    "Nbsap", "List at least one goal or target, one per line as “code: title”."
                ),
                "targets",
            )
        ids = [k for k, _ in clean]
        if len(set(ids)) != len(ids) or not all(_CODE.match(k) and t for k, t in clean):
            raise ValidationError(
                translate(
                    "Nbsap",
                    "Each goal needs its own short code and a "
                    "title, one per line as “code: title”.",
                ),
                "targets",
            )
        with self.workspace.write() as session:
            row = models.CustomFramework(
                key=key, name=name, instrument=instrument, source=source.strip()
            )
            row.targets = [
                models.CustomTarget(key=k, title=t, position=i) for i, (k, t) in enumerate(clean)
            ]
            session.add(row)
        return self.framework(key)

    def _framework_keys(self) -> set[str]:
        """Every framework code in use, shown or not."""
        with self.workspace.session() as session:
            own = set(session.scalars(select(models.CustomFramework.key)))
        return own | {f.id for f in reference_frameworks()}

    @guard_storage
    def delete_framework(self, key: str) -> None:
        with self.workspace.write() as session:
            row = session.scalar(
                select(models.CustomFramework).where(models.CustomFramework.key == key)
            )
            if row is None:
                raise ValidationError(
                    translate("Nbsap", "Only frameworks added in this workspace can be deleted.")
                )
            session.execute(delete(models.AlignmentRow).where(models.AlignmentRow.framework == key))
            session.delete(row)

    # -- alignment ------------------------------------------------------------------------

    @guard_storage
    def alignments(self, framework: str | None = None) -> list[Alignment]:
        """The cells that hold something, for the frameworks shown (see :meth:`frameworks`)."""
        shown = [f.id for f in self.frameworks()]
        query = _ALIGNMENTS.where(_CELLS.c.framework.in_(shown))
        if framework is not None:
            query = query.where(_CELLS.c.framework == framework)
        levels = {level.value: level for level in Level}
        with self.workspace.session() as session:  # rows, not objects: the whole matrix
            return [
                Alignment(target, key, reference, levels[level], note, uid)
                for target, key, reference, level, note, uid in session.connection().execute(query)
            ]

    @guard_storage
    def set_alignment(
        self, target_id: int, framework: str, reference: str, level: Level, note: str | None = None
    ) -> Alignment:
        """Set one cell of the matrix; level NONE without a note removes it."""
        level = Level(level)
        known = self.framework(framework)
        if reference not in {t.id for t in known.targets}:
            raise ValidationError(
                arg(translate("Nbsap", "%1 has no target “%2”."), known.name.get(), reference),
                "reference",
            )
        with self.workspace.write() as session:
            self._row(session, target_id)
            row = session.scalar(
                select(models.AlignmentRow).where(
                    models.AlignmentRow.national_target_id == target_id,
                    models.AlignmentRow.framework == framework,
                    models.AlignmentRow.reference == reference,
                )
            )
            if row is None:
                row = models.AlignmentRow(
                    national_target_id=target_id, framework=framework, reference=reference, note=""
                )
                session.add(row)
            row.level = level.value
            if note is not None:
                row.note = note.strip()
            uid = row.uid
            if level is Level.NONE and not row.note:
                session.delete(row)
                uid = ""
            return Alignment(target_id, framework, reference, level, row.note, uid)

    def coverage(self) -> list[tuple[ReferenceFramework, FrameworkCoverage]]:
        alignments = self.alignments()
        return [(f, framework_coverage(f, alignments)) for f in self.frameworks()]

    def unaligned(self) -> list[NationalTarget]:
        return unaligned_targets(self.targets(), self.alignments())
