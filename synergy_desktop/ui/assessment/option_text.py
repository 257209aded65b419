"""The description of an option: as rich text, and the panel beside the answer form."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QTextBrowser, QWidget

from synergy_desktop.domain.framework import Area, Option
from synergy_desktop.domain.labels import evidence_label
from synergy_desktop.text import arg, translate

FACTS_BACKGROUND, FACTS_TEXT = "#eef4fb", "#10253f"


def describe_option(
    option: Option,
    area: Area | None,
    lang: str,
    facts_title: str = "",
    facts: tuple[str, ...] | list[str] = (),
) -> str:
    """The option as rich text; ``facts`` (what the workspace already shows about it) first,
    in a box."""

    def heading(text: str) -> str:
        return f"<h4>{escape(text)}</h4>"

    def items(texts: list[str], tag: str = "ul") -> str:
        return f"<{tag}>" + "".join(f"<li>{escape(t)}</li>" for t in texts) + f"</{tag}>"

    parts = []
    if facts:
        listed = "".join(f"<li>{escape(fact)}</li>" for fact in facts)
        parts.append(
            f"<table width='100%' cellpadding='6' cellspacing='0' border='1' "
            f"bgcolor='{FACTS_BACKGROUND}' style='color:{FACTS_TEXT}; border-color:#9db7d5'>"
            f"<tr><td><b>{escape(facts_title)}</b>"
            f"<ul style='margin-top:2px; margin-bottom:0'>{listed}</ul></td></tr></table>"
        )
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


def boxed(label: QLabel, background: str, text: str) -> None:
    """A label on a coloured box with a frame (by palette, so it follows the text size)."""
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(background))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
    label.setPalette(palette)
    label.setAutoFillBackground(True)
    label.setFrameShape(QFrame.Shape.Box)
    label.setMargin(6)


class OptionTextPanel(QTextBrowser):
    """What the option asks, beside the answer form: what the workspace already shows about it,
    then the option's text, what "fully in place" looks like, the questions and the basis, in
    one scrolling text; the panel collapses when the team knows the option well."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setObjectName("optionText")

        self.option_id = ""

    def show_option(self, option_id: str, html: str) -> None:
        """Show ``html``; when it is the same option again (new facts, another language), the
        reader keeps their place."""
        bar = self.verticalScrollBar()
        position = bar.value() if option_id == self.option_id else 0
        self.option_id = option_id
        self.setHtml(html)
        bar.setValue(position)
