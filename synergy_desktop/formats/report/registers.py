"""The sections drawn from the workspace's registers: the action plan, focal-point coverage,
NBSAP gaps both ways and the reporting calendar of the next 24 months."""

from __future__ import annotations

from datetime import date

from synergy_desktop.domain.focal_points import CoverageStatus, months_before
from synergy_desktop.domain.labels import field_label, priority_label
from synergy_desktop.domain.nbsap import framework_coverage, unaligned_targets
from synergy_desktop.domain.reporting import Status, upcoming
from synergy_desktop.formats.report.context import ReportContext
from synergy_desktop.formats.report.model import (
    Block,
    BulletList,
    Chart,
    ChartSpec,
    Heading,
    Paragraph,
    Series,
    Table,
)
from synergy_desktop.text import arg, translate

CALENDAR_MONTHS = 24


def action_plan(context: ReportContext) -> list[Block]:
    items = []
    for option in context.data.framework.options:
        answer = context.answer(option)
        if answer.next_steps.strip():
            items.append((answer.target_date or date.max, option, answer))
    items.sort(key=lambda item: (item[0], item[1].id))
    blocks: list[Block] = [Heading(translate("Report", "Action plan"), 1)]
    if not items:
        blocks.append(
            Paragraph(translate("Report", "No next steps are recorded in this round yet."))
        )
        return blocks
    blocks.append(
        Paragraph(
            translate(
                "Report",
                "Every next step recorded in this round, soonest first; steps without a "
                "target date come last.",
            )
        )
    )
    rows = tuple(
        (
            context.day(answer.target_date) or translate("Report", "no date"),
            context.option_name(option),
            answer.next_steps.strip(),
            answer.responsible.strip(),
            priority_label(answer.priority),
        )
        for _, option, answer in items
    )
    header = (
        field_label("target_date"),
        translate("Report", "Option"),
        field_label("next_steps"),
        field_label("responsible"),
        field_label("priority"),
    )
    blocks.append(Table(header, rows, (11, 20, 36, 25, 8)))
    return blocks


def _coverage_status(status: CoverageStatus) -> str:
    return {
        CoverageStatus.FILLED: translate("Report", "filled"),
        CoverageStatus.STALE: translate("Report", "not verified recently"),
        CoverageStatus.MISSING: translate("Report", "vacant"),
    }[status]


def focal_point_coverage(context: ReportContext) -> list[Block]:
    coverage = context.data.coverage
    blocks: list[Block] = [Heading(translate("Report", "Focal-point coverage"), 1)]
    if coverage is None or not coverage.cells:
        blocks.append(Paragraph(translate("Report", "No focal-point roles apply.")))
        return blocks
    blocks.append(
        Paragraph(
            arg(
                translate(
                    "Report",
                    "%1 of %2 roles filled; %3 vacant; %4 not verified in the last %5 months.",
                ),
                coverage.filled,
                coverage.total,
                coverage.count(CoverageStatus.MISSING),
                coverage.count(CoverageStatus.STALE),
                coverage.stale_after_months,
            )
        )
    )

    def names(status: CoverageStatus) -> tuple[str, ...]:
        return tuple(
            arg(
                translate("Report", "%1 — %2"),
                context.instrument(c.instrument),
                context.role(c.instrument, c.role),
            )
            for c in coverage.cells
            if c.status is status
        )

    for title, status, empty in (
        (
            translate("Report", "Vacant roles"),
            CoverageStatus.MISSING,
            translate("Report", "Every role has a holder."),
        ),
        (
            translate("Report", "Roles not verified recently"),
            CoverageStatus.STALE,
            translate("Report", "Every holder was verified recently."),
        ),
    ):
        blocks.append(Heading(title, 2))
        items = names(status)
        blocks.append(BulletList(items) if items else Paragraph(empty))
    blocks.append(Heading(translate("Report", "All roles"), 2))
    header = (
        translate("Report", "Instrument"),
        translate("Report", "Role"),
        translate("Report", "Status"),
    )
    personal = context.data.personal_data
    if personal:
        header += (translate("Report", "Holder(s)"),)
    rows = []
    for cell in coverage.cells:
        row = (
            context.instrument(cell.instrument),
            context.role(cell.instrument, cell.role),
            _coverage_status(cell.status),
        )
        rows.append((*row, "\n".join(cell.holders)) if personal else row)
    widths = (18, 40, 17, 25) if personal else (22, 53, 25)
    blocks.append(Table(header, tuple(rows), widths))
    return blocks


def nbsap_gaps(context: ReportContext) -> list[Block]:
    data = context.data
    blocks: list[Block] = [Heading(translate("Report", "NBSAP alignment: gaps both ways"), 1)]
    if not data.targets:
        blocks.append(
            Paragraph(translate("Report", "No national target is recorded in this workspace yet."))
        )
        return blocks
    blocks.append(
        Paragraph(
            translate(
                "Report",
                "Which targets of the global frameworks no national target serves yet, and "
                "which national targets serve none of them.",
            )
        )
    )
    coverages = [(f, framework_coverage(f, data.alignments)) for f in data.frameworks]
    if coverages:
        blocks.append(
            Chart(
                ChartSpec(
                    key="nbsap",
                    title=translate("Report", "Targets covered by at least one national target"),
                    categories=tuple(context.text(f.name) for f, _ in coverages),
                    series=(
                        Series(
                            translate("Report", "Covered"), tuple(c.share for _, c in coverages)
                        ),
                    ),
                    width_mm=160,
                    height_mm=14 + 7 * len(coverages),
                    right_to_left=context.right_to_left,
                    percent=context.formats.percent,
                )
            )
        )
    for framework, coverage in coverages:
        blocks.append(Heading(context.text(framework.name), 2))
        blocks.append(
            Paragraph(
                arg(
                    translate("Report", "%1 of %2 targets covered."),
                    coverage.covered,
                    coverage.total,
                )
            )
        )
        if coverage.uncovered:
            titles = {t.id: context.text(t.title) for t in framework.targets}
            blocks.append(
                Table(
                    (translate("Report", "Target not covered"), translate("Report", "Title")),
                    tuple((ref, titles.get(ref, "")) for ref in coverage.uncovered),
                    (18, 82),
                )
            )
    blocks.append(Heading(translate("Report", "National targets that serve no global target"), 2))
    unaligned = unaligned_targets(data.targets, data.alignments)
    if unaligned:
        blocks.append(
            Table(
                (translate("Report", "National target"), translate("Report", "Title")),
                tuple((t.code, t.title) for t in unaligned),
                (18, 82),
            )
        )
    else:
        blocks.append(Paragraph(translate("Report", "Every national target serves at least one.")))
    return blocks


def _obligation_status(status: Status) -> str:
    return {
        Status.NOT_STARTED: translate("Report", "not started"),
        Status.IN_PREPARATION: translate("Report", "in preparation"),
        Status.SUBMITTED: translate("Report", "submitted"),
    }[status]


def calendar(context: ReportContext) -> list[Block]:
    data = context.data
    until = months_before(data.today, -CALENDAR_MONTHS)
    blocks: list[Block] = [
        Heading(translate("Report", "Reporting calendar: the next 24 months"), 1),
    ]
    rows = []
    for obligation in upcoming(data.obligations, data.today, CALENDAR_MONTHS):
        status = _obligation_status(obligation.status)
        if obligation.is_overdue(data.today):
            status = arg(translate("Report", "overdue, %1"), status)
        rows.append(
            (
                context.due(obligation),
                context.instrument(obligation.instrument),
                obligation.title,
                status,
                obligation.responsible,
            )
        )
    if not rows:
        blocks.append(
            Paragraph(
                arg(translate("Report", "No open report is due until %1."), context.day(until))
            )
        )
        return blocks
    blocks.append(
        Paragraph(
            arg(
                translate("Report", "Open reports due until %1, overdue ones first."),
                context.day(until),
            )
        )
    )
    header = (
        translate("Report", "Due"),
        translate("Report", "Instrument"),
        translate("Report", "Report"),
        translate("Report", "Status"),
        translate("Report", "Responsible"),
    )
    blocks.append(Table(header, tuple(rows), (13, 13, 36, 16, 22)))
    return blocks
