"""The description of an option: as rich text, and the panel beside the answer form."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

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


class OptionTextPanel(QWidget):
    """What the option asks, beside the answer form: what the workspace already shows, then
    the option's text, what "fully in place" looks like, the questions and the basis. One
    scrolling text; the panel collapses when the team knows the option well."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.evidence = QLabel()
        self.evidence.setObjectName("evidenceBox")
        self.evidence.setWordWrap(True)
        self.evidence.setTextFormat(Qt.TextFormat.RichText)
        self.evidence.setStyleSheet(
            "QLabel#evidenceBox { background: #eef4fb; color: #10253f; border: 1px solid "
            "#9db7d5; padding: 6px; }"
        )
        self.evidence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.evidence.hide()
        self.description = QTextBrowser()
        self.description.setOpenLinks(False)
        self.description.setObjectName("optionText")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.evidence)
        layout.addWidget(self.description, 1)

    def show_facts(self, title: str, facts: list[str]) -> None:
        """The facts the workspace holds about the option (register, committee…), or none."""
        if not facts:
            self.evidence.hide()
            return
        items = "".join(f"<li>{escape(fact)}</li>" for fact in facts)
        self.evidence.setText(f"<b>{escape(title)}</b><ul style='margin:0'>{items}</ul>")
        self.evidence.setAccessibleName(title)
        self.evidence.show()
