"""What the workspace already knows about an option: short, live sentences for its page."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from synergy_desktop.content.reference import instruments
from synergy_desktop.domain.focal_points import CoverageStatus
from synergy_desktop.domain.reporting import shared_datasets, upcoming
from synergy_desktop.services.coordination import CoordinationService
from synergy_desktop.services.focal_points import FocalPointService, role_name
from synergy_desktop.services.nbsap import NbsapService
from synergy_desktop.services.reporting import ReportingService
from synergy_desktop.storage.workspace import Workspace
from synergy_desktop.text import arg, translate

MAX_LISTED = 6


def _listing(names: list[str]) -> str:
    shown = ", ".join(names[:MAX_LISTED])
    if len(names) > MAX_LISTED:
        shown += arg(translate("Evidence", " and %1 more"), len(names) - MAX_LISTED)
    return shown


def focal_point_facts(workspace: Workspace, today: date, lang: str = "en") -> list[str]:
    coverage = FocalPointService(workspace).coverage(today)
    if not coverage.total:
        return [translate("Evidence", "The country profile excludes every instrument.")]
    facts = [arg(translate("Evidence", "%1 of %2 roles filled."), coverage.filled, coverage.total)]
    missing = [
        role_name(c.instrument, c.role, lang)
        for c in coverage.cells
        if c.status is CoverageStatus.MISSING
    ]
    if missing:
        facts[0] = arg(
            translate("Evidence", "%1 of %2 roles filled; missing: %3."),
            coverage.filled,
            coverage.total,
            _listing(missing),
        )
    stale = [c for c in coverage.cells if c.status is CoverageStatus.STALE]
    if stale:
        facts.append(
            arg(
                translate(
                    "Evidence", "%n role(s) not verified in the last %1 months.", None, len(stale)
                ),
                coverage.stale_after_months,
            )
        )
    return facts


def coordination_facts(workspace: Workspace, today: date, lang: str = "en") -> list[str]:
    service = CoordinationService(workspace)
    mechanisms = service.mechanisms()
    if not mechanisms:
        return [translate("Evidence", "No coordination mechanism is recorded yet.")]
    facts = []
    short = {i.code: i.short_name.get(lang) for i in instruments()}
    for mechanism in mechanisms:
        status = service.status(mechanism, today)
        facts.append(
            arg(
                translate(
                    "Evidence",
                    "%1 met %n time(s) in the last 12 months (planned: %2 a year).",
                    None,
                    status.meetings_last_year,
                ),
                mechanism.name,
                status.planned_per_year,
            )
        )
        if status.absent_instruments:
            facts.append(
                arg(
                    translate("Evidence", "Focal points of %1 are not members of %2."),
                    ", ".join(short.get(code, code) for code in status.absent_instruments),
                    mechanism.name,
                )
            )
    return facts


def nbsap_facts(workspace: Workspace, today: date, lang: str = "en") -> list[str]:
    service = NbsapService(workspace)
    targets = service.targets()
    if not targets:
        return [translate("Evidence", "No national target is recorded yet (NBSAP alignment).")]
    parts = []
    for framework, coverage in service.coverage():
        parts.append(
            arg(
                translate("Evidence", "%1: %2 of %3 covered"),
                framework.name.get(lang),
                coverage.covered,
                coverage.total,
            )
        )
    facts = [
        arg(translate("Evidence", "%n national target(s) recorded.", None, len(targets))),
        "; ".join(parts) + ".",
    ]
    unaligned = service.unaligned()
    if unaligned:
        facts.append(
            arg(
                translate(
                    "Evidence",
                    "%n national target(s) serve no reference target: %1.",
                    None,
                    len(unaligned),
                ),
                _listing([t.code for t in unaligned]),
            )
        )
    return facts


def reporting_facts(workspace: Workspace, today: date, lang: str = "en") -> list[str]:
    obligations = ReportingService(workspace, lang).obligations()
    overdue = [o for o in obligations if o.is_overdue(today)]
    facts = [
        arg(
            translate(
                "Evidence",
                "%n reporting obligation(s) in the calendar; %1 overdue.",
                None,
                len(obligations),
            ),
            len(overdue),
        )
    ]
    coming = upcoming(obligations, today)
    following = next((o for o in coming if not o.is_overdue(today)), None)
    if following is not None:
        facts.append(
            arg(
                translate(
                    "Evidence",
                    "Next deadline: %1 %2 in %n day(s).",
                    None,
                    following.days_left(today),
                ),
                next(
                    (
                        i.short_name.get(lang)
                        for i in instruments()
                        if i.code == following.instrument
                    ),
                    following.instrument,
                ),
                following.title,
            )
        )
    return facts


def dataset_facts(workspace: Workspace, today: date, lang: str = "en") -> list[str]:
    datasets = ReportingService(workspace, lang).datasets()
    if not datasets:
        return [translate("Evidence", "No dataset is recorded yet (reporting calendar).")]
    shared = shared_datasets(datasets)
    return [
        arg(
            translate(
                "Evidence",
                "%n dataset(s) recorded; %1 feed two or more reports.",
                None,
                len(datasets),
            ),
            len(shared),
        )
    ]


FACTS = {
    "focal_points": focal_point_facts,
    "coordination": coordination_facts,
    "nbsap": nbsap_facts,
    "reporting": reporting_facts,
    "datasets": dataset_facts,
}


def evidence_facts(
    workspace: Workspace, modules: Iterable[str], today: date | None = None, lang: str = "en"
) -> list[str]:
    """Sentences for the evidence modules an option links to (modules without data are
    skipped)."""
    today = today or date.today()
    facts: list[str] = []
    for module in modules:
        source = FACTS.get(module)
        if source is not None:
            facts.extend(source(workspace, today, lang))
    return facts
