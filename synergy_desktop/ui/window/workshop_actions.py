"""Help > Workshop: a demo copy per participant, reset it, and the facilitator's guide.

Each participant types their name once and gets their own copy of the demo in the data folder
(``workshop/<name>.synergy``); their edits are recorded under that name. "Reset my demo" starts
the copy in front afresh. The facilitator's guide is the "workshop" section of the user guide.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QMenu,
    QMessageBox,
    QWidget,
)

from synergy_desktop.paths import data_dir
from synergy_desktop.services.context import WorkspaceContext, WorkspaceError
from synergy_desktop.services.errors import ServiceError
from synergy_desktop.text import arg, translate
from synergy_desktop.ui.shared.dialogs import AuthorDialog
from synergy_desktop.ui.shared.help_browser import show_help
from synergy_desktop.ui.shared.settings import Settings
from synergy_desktop.ui.shared.workspace_holder import WorkspaceHolder
from synergy_desktop.ui.window.extensions import MenuSlots
from synergy_desktop.ui.window.workspace_actions import WorkspaceActions

Button = QMessageBox.StandardButton


def workshop_dir() -> Path:
    return data_dir() / "workshop"


def copy_path(name: str) -> Path:
    """The participant's demo copy: their name made safe as a file name."""
    safe = re.sub(r"[^\w .-]+", "-", name.strip(), flags=re.UNICODE).strip(" .-")[:60]
    return workshop_dir() / f"{safe or 'participant'}.synergy"


class ParticipantDialog(AuthorDialog):
    """A participant's name for their own copy of the demo (OK needs a name)."""

    def __init__(self, parent: QWidget | None, name: str) -> None:
        super().__init__(
            parent,
            name,
            translate("ParticipantDialog", "Your copy of the demo"),
            translate(
                "ParticipantDialog",
                "You get your own copy of the demo country, to change as you like. Your "
                "changes are recorded under your name. Type the name to show:",
            ),
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.name_edit.textChanged.connect(lambda typed: ok.setEnabled(bool(typed.strip())))
        ok.setEnabled(bool(name.strip()))


class Workshop(QMenu):
    """The Workshop submenu of Help and what its entries do."""

    def __init__(self, holder: WorkspaceHolder, settings: Settings, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("workshopMenu")
        self.holder = holder
        self.settings = settings
        self.parent_widget = parent
        self.files = WorkspaceActions(holder, settings, parent)
        self.fresh = self.addAction("", self.open_fresh_copy)
        self.fresh.setObjectName("workshopFreshCopy")
        self.reset = self.addAction("", self.reset_demo)
        self.reset.setObjectName("workshopReset")
        self.addSeparator()
        self.guide = self.addAction("", self.show_guide)
        self.guide.setObjectName("workshopGuide")
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(translate("Workshop", "&Workshop"))
        self.fresh.setText(translate("Workshop", "&Open a fresh copy of the demo for me…"))
        self.reset.setText(translate("Workshop", "&Reset my demo…"))
        self.guide.setText(translate("Workshop", "&Facilitator's guide"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- entries --------------------------------------------------------------------------

    def open_fresh_copy(self) -> bool:
        dialog = ParticipantDialog(self.parent_widget, self.settings.author)
        if not dialog.exec() or not dialog.name():
            return False
        name = dialog.name()
        path = copy_path(name)
        if path.exists():
            choice = QMessageBox.question(
                self.parent_widget,
                translate("Workshop", "Your copy of the demo"),
                arg(
                    translate(
                        "Workshop",
                        "%1 already has a copy of the demo. Start it afresh? Every change "
                        "made in it is lost. (No opens it as it was left.)",
                    ),
                    name,
                ),
                Button.Yes | Button.No | Button.Cancel,
                Button.No,
            )
            if choice == Button.Cancel:
                return False
            return self._open(path, name, reset=choice == Button.Yes)
        return self._open(path, name, reset=True)

    def reset_demo(self) -> bool:
        path = self._demo_in_front()
        if path is None:
            QMessageBox.information(
                self.parent_widget,
                translate("Workshop", "Reset my demo"),
                translate(
                    "Workshop",
                    "No demo copy is open. Open yours first with Help > Workshop > Open a "
                    "fresh copy of the demo for me.",
                ),
            )
            return False
        choice = QMessageBox.question(
            self.parent_widget,
            translate("Workshop", "Reset my demo"),
            arg(
                translate("Workshop", "Start %1 afresh? Every change made in it is lost."),
                path.name,
            ),
            Button.Yes | Button.Cancel,
            Button.Cancel,
        )
        if choice != Button.Yes:
            return False
        return self._open(path, self.settings.author, reset=True)

    def show_guide(self) -> None:
        show_help(self.parent_widget, self.holder.lang, None).show_section("workshop")

    # -- helpers --------------------------------------------------------------------------

    def _demo_in_front(self) -> Path | None:
        """The demo copy that is open, else the copy of the person named in the settings."""
        context = self.holder.context
        path = context.path if context is not None else None
        demos = (workshop_dir().resolve(), (data_dir() / "demo").resolve())
        if path is not None and path.resolve().parent in demos:
            return path
        own = copy_path(self.settings.author) if self.settings.author else None
        return own if own is not None and own.exists() else None

    def _open(self, path: Path, name: str, *, reset: bool) -> bool:
        """(Re)write the demo at ``path`` when ``reset`` and show it; the workspace in front
        stays open if that fails, unless it is the very file being reset."""
        context = self.holder.context
        open_here = context is not None and context.path is not None
        same = open_here and reset and context.path.resolve() == path.resolve()
        if same and not self.files.close_workspace(remember=False):
            return False
        if name:
            self.settings.author = name  # the participant's edits carry their name
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            context = WorkspaceContext.open_demo(path, self.holder.framework, reset=reset)
        except (WorkspaceError, ServiceError, OSError) as exc:
            QMessageBox.warning(
                self.parent_widget, translate("Workshop", "Your copy of the demo"), str(exc)
            )
            return False
        return self.files.show_context(context)


def install(menus: MenuSlots, holder: WorkspaceHolder, settings: Settings, parent: QWidget):
    workshop = Workshop(holder, settings, parent)
    menus.add(
        "help", "guide", workshop.menuAction(), text=lambda: translate("Workshop", "&Workshop")
    )
