"""Gathering everything a summary export shows (plain data, no database objects)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from synergy_desktop.content.reference import instrument_codes, instruments
from synergy_desktop.domain.focal_points import (
    PERSONAL_FIELDS,
    FocalPoint,
    compute_coverage,
    mechanism_status,
)
from synergy_desktop.domain.framework import Framework
from synergy_desktop.domain.scoring import compute_progress
from synergy_desktop.domain.summary import SummaryData
from synergy_desktop.services.assessments import AssessmentService
from synergy_desktop.services.coordination import CoordinationService
from synergy_desktop.services.country import get_country
from synergy_desktop.services.errors import NotFoundError
from synergy_desktop.services.focal_points import FocalPointService
from synergy_desktop.services.nbsap import NbsapService
from synergy_desktop.services.reporting import ReportingService
from synergy_desktop.storage.workspace import Workspace
from synergy_desktop.text import arg, translate


def collect_summary(
    workspace: Workspace,
    framework: Framework,
    assessment_id: int | None = None,
    *,
    personal_data: bool = True,
) -> SummaryData:
    """The data for one round; without an id, the most recently changed round.

    ``personal_data=False`` leaves names, e-mails, phones and addresses out of everything the
    export will see (roles, positions and institutions stay).
    """
    service = AssessmentService(workspace, framework)
    if assessment_id is None:
        rounds = service.list_assessments()
        if not rounds:
            raise NotFoundError(
                arg(
                    translate("Summary", "%1 holds no assessment yet. Create a round first."),
                    workspace.display_name,
                )
            )
        assessment_id = max(rounds, key=lambda info: (info.updated_at, info.id)).id
    info = service.get(assessment_id)
    answers = service.answers(assessment_id)
    country = get_country(workspace)
    entries = FocalPointService(workspace).entries()  # read once, used three times
    coverage = compute_coverage(
        instruments(),
        entries,
        date.today(),
        country.stale_after_months,
        country.excluded_instruments,
    )
    mechanisms = tuple(
        (
            m,
            mechanism_status(
                m, entries, country.active_instruments(instrument_codes()), date.today()
            ),
        )
        for m in CoordinationService(workspace).mechanisms()
    )
    if not personal_data:
        entries = [without_personal_data(entry) for entry in entries]
    if not personal_data:
        mechanisms = tuple(
            (
                replace(
                    m,
                    members=tuple(
                        replace(member, label=member.institution) for member in m.members
                    ),
                ),
                status,
            )
            for m, status in mechanisms
        )
    nbsap = NbsapService(workspace)
    reporting = ReportingService(workspace)
    obligations = reporting.obligations()
    if not personal_data:
        obligations = [replace(o, responsible=_role_only(o.responsible)) for o in obligations]
    return SummaryData(
        country=country,
        assessment=info,
        framework=framework,
        answers=answers,
        progress=compute_progress(framework, answers),
        generated_at=datetime.now(UTC),
        focal_points=tuple(entries),
        coverage=coverage,
        mechanisms=mechanisms,
        personal_data=personal_data,
        targets=tuple(nbsap.targets()),
        frameworks=tuple(nbsap.frameworks()),
        alignments=tuple(nbsap.alignments()),
        obligations=tuple(obligations),
        datasets=tuple(reporting.datasets()),
    )


def _role_only(responsible: str) -> str:
    """ "Name (CBD National focal point)" → "CBD National focal point"."""
    return responsible[responsible.find("(") + 1 : -1] if responsible.endswith(")") else ""


def without_personal_data(entry: FocalPoint) -> FocalPoint:
    cleared = {name: "" for name in PERSONAL_FIELDS}
    return replace(entry, person=replace(entry.person, **cleared))
