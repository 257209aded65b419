"""What the workspace already knows about an option: short, live sentences for its page."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from synergy_desktop.domain.focal_points import CoverageStatus
from synergy_desktop.services.coordination import CoordinationService
from synergy_desktop.services.focal_points import FocalPointService, role_name
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
                    ", ".join(status.absent_instruments),
                    mechanism.name,
                )
            )
    return facts


FACTS = {
    "focal_points": focal_point_facts,
    "coordination": coordination_facts,
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
