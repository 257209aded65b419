"""The description of an option as rich text for the answer page."""

from __future__ import annotations

from html import escape

from synergy_desktop.domain.framework import Area, Option
from synergy_desktop.domain.labels import evidence_label
from synergy_desktop.text import arg, translate


def describe_option(option: Option, area: Area | None, lang: str) -> str:
    def heading(text: str) -> str:
        return f"<h4>{escape(text)}</h4>"

    def items(texts: list[str], tag: str = "ul") -> str:
        return f"<{tag}>" + "".join(f"<li>{escape(t)}</li>" for t in texts) + f"</{tag}>"

    parts = []
    if area is not None:
        where = arg(translate("OptionText", "Area %1: %2"), area.id, area.title.get(lang))
        parts.append(f"<p><i>{escape(where)}</i></p>")
    parts.append(f"<p>{escape(option.text.get(lang))}</p>")
    parts.append(heading(translate("OptionText", "What “fully in place” looks like")))
    parts.append(f"<p>{escape(option.guidance.get(lang))}</p>")
    parts.append(heading(translate("OptionText", "Questions for the team")))
    parts.append(items([q.get(lang) for q in option.questions], "ol"))
    parts.append(heading(translate("OptionText", "Basis")))
    if option.basis:
        parts.append(items([b.get(lang) for b in option.basis]))
    if option.good_practice:
        note = translate(
            "OptionText",
            "Good practice: this option does not rest on a specific decision or resolution.",
        )
        parts.append(f"<p><i>{escape(note)}</i></p>")
    if option.evidence:
        label = translate("OptionText", "Related evidence in this workspace:")
        modules = ", ".join(evidence_label(m) for m in option.evidence)
        parts.append(f"<p><b>{escape(label)}</b> {escape(modules)}</p>")
    return "\n".join(parts)
