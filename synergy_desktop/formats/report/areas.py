"""One section per area of the framework (every option with the team's answer), and the annex
with the framework's bases and the rating scale."""

from __future__ import annotations

from synergy_desktop.domain.framework import Option
from synergy_desktop.domain.labels import (
    field_label,
    priority_label,
    rating_label,
    rating_meaning,
)
from synergy_desktop.domain.rating import Rating
from synergy_desktop.formats.report.context import ReportContext
from synergy_desktop.formats.report.model import Block, Heading, Paragraph, Table
from synergy_desktop.text import arg, translate


def area_sections(context: ReportContext) -> list[Block]:
    blocks: list[Block] = []
    for area in context.data.framework.areas:
        progress = context.data.progress.area(area.id)
        blocks.append(Heading(context.area_name(area), 1))
        blocks.append(Paragraph(context.text(area.summary), style="note"))
        if progress is not None:
            blocks.append(
                Paragraph(
                    arg(
                        translate("Report", "%1 of %2 options answered; score %3."),
                        progress.answered,
                        progress.total,
                        context.percent(progress.score),
                    )
                )
            )
        for option in area.options:
            blocks += option_blocks(context, option)
    return blocks


def option_blocks(context: ReportContext, option: Option) -> list[Block]:
    answer = context.answer(option)
    blocks: list[Block] = [Heading(context.option_name(option), 2)]
    if not answer.is_answered:
        blocks.append(Paragraph(rating_meaning(Rating.NOT_DISCUSSED), style="note"))
        return blocks
    rating = arg(
        translate("Report", "%1. %2"), rating_label(answer.rating), rating_meaning(answer.rating)
    )
    fields = [
        ("rating", rating),
        ("priority", priority_label(answer.priority)),
        ("conventions", ", ".join(context.instrument(c) for c in answer.conventions)),
        ("evidence", answer.evidence.strip()),
        ("gaps", answer.gaps.strip()),
        ("responsible", answer.responsible.strip()),
        ("next_steps", answer.next_steps.strip()),
        ("target_date", context.day(answer.target_date)),
    ]
    blocks += [
        Paragraph(value, label=context.label(field_label(name))) for name, value in fields if value
    ]
    return blocks


def annex(context: ReportContext) -> list[Block]:
    framework = context.data.framework
    info = context.data.assessment
    blocks: list[Block] = [
        Heading(translate("Report", "Annex: the framework and its bases"), 1),
        Paragraph(
            context.text(framework.title), label=context.label(translate("Report", "Framework"))
        ),
        Paragraph(
            arg(
                translate("Report", "%1, version %2 (content %3)"),
                info.pack_id,
                info.pack_version,
                info.pack_hash[:12],
            ),
            label=context.label(translate("Report", "Framework version")),
        ),
        Paragraph(context.text(framework.description), style="note"),
        Heading(translate("Report", "Rating scale"), 2),
        Table(
            (field_label("rating"), translate("Report", "Meaning")),
            tuple((rating_label(r), rating_meaning(r)) for r in Rating),
            (30, 70),
        ),
        Heading(translate("Report", "What each option rests on"), 2),
    ]
    good_practice = translate("Report", "Good practice (no decision or resolution text)")
    rows = []
    for option in framework.options:
        bases = [context.text(b) for b in option.basis]
        if option.good_practice or not bases:
            bases.append(good_practice)
        rows.append((context.option_name(option), "\n".join(bases)))
    blocks.append(
        Table((translate("Report", "Option"), translate("Report", "Bases")), tuple(rows), (45, 55))
    )
    return blocks
