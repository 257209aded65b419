"""When someone else saved a field this window was editing: show both values, let the person
keep theirs or take the other. Nothing is overwritten silently."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QMessageBox, QWidget

from synergy_desktop.domain.labels import field_label
from synergy_desktop.text import arg, translate
from synergy_desktop.ui.assessment.session import Session


def _shown(value: object) -> str:
    if value is None or value == "" or value == ():
        return translate("ConflictDialog", "(empty)")
    if isinstance(value, tuple):
        return ", ".join(str(v) for v in value)
    return str(getattr(value, "value", value))


def ask_about_conflicts(parent: QWidget, session: Session, option_id: str, conflicts: dict):
    """One question per conflicting field; the answer settles it through the session."""
    for field, (theirs, entry) in list(conflicts.items()):
        mine = session.answer(option_id).value(field)
        who = (
            entry.author
            if entry is not None and entry.author
            else translate("ConflictDialog", "someone else")
        )
        when = (
            QLocale().toString(
                entry.changed_at.astimezone().replace(tzinfo=None),
                QLocale.FormatType.ShortFormat,
            )
            if entry is not None
            else ""
        )
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            translate("ConflictDialog", "Someone else changed this answer"),
            arg(
                translate(
                    "ConflictDialog",
                    "%1 of option %2 was changed by %3 (%4) while you were editing it.\n\n"
                    "Theirs: %5\n\nYours: %6\n\nWhich version should be kept?",
                ),
                field_label(field),
                option_id,
                who,
                when,
                _shown(theirs),
                _shown(mine),
            ),
            parent=parent,
        )
        keep = box.addButton(
            translate("ConflictDialog", "Keep mine"), QMessageBox.ButtonRole.AcceptRole
        )
        take = box.addButton(
            translate("ConflictDialog", "Take theirs"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.setDefaultButton(keep)
        box.exec()
        if box.clickedButton() in (keep, take):
            session.resolve(option_id, field, keep_mine=box.clickedButton() is keep)
