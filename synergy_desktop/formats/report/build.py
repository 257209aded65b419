"""The report of one round as a :class:`ReportDocument`: the cover, the one-page summary, then
the sections in :mod:`areas` and :mod:`registers`."""

from __future__ import annotations

from synergy_desktop.domain.labels import field_label, rating_label, status_label
from synergy_desktop.domain.rating import Priority
from synergy_desktop.domain.summary import SummaryData
from synergy_desktop.formats.report.areas import annex, area_sections
from synergy_desktop.formats.report.context import ReportContext
from synergy_desktop.formats.report.model import (
    Block,
    BulletList,
    Chart,
    ChartSpec,
    Heading,
    LocalFormats,
    PageBreak,
    Paragraph,
    ReportDocument,
    Series,
)
from synergy_desktop.formats.report.registers import (
    action_plan,
    calendar,
    focal_point_coverage,
    nbsap_gaps,
)
from synergy_desktop.text import arg, translate

LISTED = 3  # options named under strongest and under weakest
PRIORITIES = 5  # options named under top priorities


def build_report(
    data: SummaryData, lang: str = "en", formats: LocalFormats | None = None
) -> ReportDocument:
    """Everything the report says about ``data``, in ``lang`` (texts through the installed
    translator, framework and reference texts from their translations)."""
    context = ReportContext(data, lang, formats or LocalFormats())
    blocks: list[Block] = [*cover(context), PageBreak(), *summary(context)]
    for section in (area_sections, action_plan, focal_point_coverage, nbsap_gaps, calendar, annex):
        blocks.append(PageBreak())
        blocks.extend(section(context))
    title = translate("Report", "Synergies self-assessment report")
    country = data.country.display_name
    return ReportDocument(
        title=title,
        lang=lang,
        blocks=tuple(blocks),
        subject=data.assessment.title,
        footer=" – ".join(part for part in (country, data.assessment.title) if part),
        page_label=translate("Report", "Page %1 of %2"),
    )


def cover(context: ReportContext) -> list[Block]:
    data = context.data
    info = data.assessment
    framework = data.framework
    participants = info.participants
    if not participants:
        people = translate("Report", "not recorded")
    elif data.personal_data:
        people = "\n".join(participants)
    else:
        people = translate(
            "Report",
            "%n participant(s); names are left out of this report",
            None,
            len(participants),
        )
    facts = [
        (field_label("period"), info.period),
        (field_label("status"), status_label(info.status)),
        (translate("Report", "Framework"), context.text(framework.title)),
        (
            translate("Report", "Framework version"),
            arg(
                translate("Report", "%1, version %2 (content %3)"),
                info.pack_id,
                info.pack_version,
                info.pack_hash[:12],
            ),
        ),
        (translate("Report", "Date of this report"), context.day(data.generated_at.date())),
        (field_label("participants"), people),
    ]
    blocks: list[Block] = [
        Heading(translate("Report", "Synergies self-assessment report"), 0),
        Paragraph(data.country.name or translate("Report", "Country not set"), style="subtitle"),
        Paragraph(info.title, style="subtitle"),
    ]
    blocks += [Paragraph(value, label=context.label(name)) for name, value in facts if value]
    blocks.append(
        Paragraph(
            translate(
                "Report",
                "This report was written by Synergy Desktop from the team's answers. Each "
                "option is rated from 0 (not started) to 4 (fully in place); the annex "
                "explains the scale and lists the texts each option rests on.",
            ),
            style="note",
        )
    )
    if not data.personal_data:
        blocks.append(
            Paragraph(
                translate(
                    "Report",
                    "Names, e-mail addresses and telephone numbers are left out of this report.",
                ),
                style="note",
            )
        )
    return blocks


def summary(context: ReportContext) -> list[Block]:
    data = context.data
    overall = data.progress.overall
    blocks: list[Block] = [Heading(translate("Report", "Summary"), 1)]
    if overall.score is None:
        headline = arg(
            translate("Report", "%1 of %2 options answered; no option is rated yet."),
            overall.answered,
            overall.total,
        )
    else:
        headline = arg(
            translate("Report", "%1 of %2 options answered (%3); overall score %4."),
            overall.answered,
            overall.total,
            context.percent(overall.completeness),
            context.percent(overall.score),
        )
    blocks.append(Paragraph(headline))
    areas = data.framework.areas
    completeness = translate("Report", "Completeness")
    score = translate("Report", "Score")
    blocks.append(
        Chart(
            ChartSpec(
                key="areas",
                title=translate("Report", "Completeness and score per area"),
                categories=tuple(context.area_name(a) for a in areas),
                series=(
                    Series(
                        completeness,
                        tuple(data.progress.area(a.id).completeness for a in areas),
                    ),
                    Series(score, tuple(data.progress.area(a.id).score for a in areas)),
                ),
                width_mm=160,
                height_mm=14 + 7 * len(areas),
                right_to_left=context.right_to_left,
                percent=context.formats.percent,
            ),
            translate(
                "Report",
                "Completeness = answered options ÷ all options. Score = mean rating (0-4) of "
                "the rated, applicable options ÷ 4.",
            ),
        )
    )
    blocks += _highlights(context)
    return blocks


def _highlights(context: ReportContext) -> list[Block]:
    rated = []
    priorities = []
    for option in context.data.framework.options:
        answer = context.answer(option)
        if answer.rating.score is not None:
            rated.append((answer.rating.score, option, answer))
        if answer.priority is Priority.HIGH:
            priorities.append(option)
    strongest = sorted((r for r in rated if r[0] >= 3), key=lambda r: (-r[0], r[1].id))[:LISTED]
    weakest = sorted((r for r in rated if r[0] <= 1), key=lambda r: (r[0], r[1].id))[:LISTED]

    def rated_items(items) -> tuple[str, ...]:
        return tuple(
            arg(
                translate("Report", "%1 — %2"),
                context.option_name(option),
                rating_label(answer.rating),
            )
            for _, option, answer in items
        )

    def by_date(option):
        due = context.answer(option).target_date
        return (due is None, due, option.id)

    top = []
    for option in sorted(priorities, key=by_date)[:PRIORITIES]:
        due = context.answer(option).target_date
        name = context.option_name(option)
        top.append(
            arg(translate("Report", "%1 — next step by %2"), name, context.day(due))
            if due
            else name
        )
    blocks: list[Block] = []
    for title, items, empty in (
        (
            translate("Report", "Strongest options"),
            rated_items(strongest),
            translate("Report", "No option is rated 3 or 4 yet."),
        ),
        (
            translate("Report", "Weakest options"),
            rated_items(weakest),
            translate("Report", "No option is rated 0 or 1."),
        ),
        (
            translate("Report", "Top priorities"),
            tuple(top),
            translate("Report", "No option is marked as a high priority yet."),
        ),
    ):
        blocks.append(Heading(title, 2))
        blocks.append(BulletList(items) if items else Paragraph(empty))
    return blocks
