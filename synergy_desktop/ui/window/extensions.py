"""Menu entries that features add to the main window without the window knowing them.

A feature module offers ``install(menus: MenuSlots, holder, settings, parent)``; it creates its
actions, puts each into a named slot of a menu (``menus.add("file", "export", action, ...)``)
and says when the action is enabled and what it is called (so it follows a language switch).
The window lists the installers in :data:`INSTALLERS` and calls them once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

#: When an entry is enabled: always, with a workspace open, with a round shown, or with an
#: editable (draft) round shown.
NEEDS = ("always", "workspace", "round", "editable")


@dataclass
class _Entry:
    action: QAction
    needs: str
    text: Callable[[], str]


@dataclass
class MenuSlots:
    """The window's menus, each cut into named slots (groups between separators)."""

    menus: dict[str, QMenu]
    ends: dict[tuple[str, str], QAction] = field(default_factory=dict)
    entries: list[_Entry] = field(default_factory=list)

    def slot(self, menu: str, name: str) -> None:
        """Open a new slot at the end of ``menu`` (the window declares its slots in order)."""
        self.ends[(menu, name)] = self.menus[menu].addSeparator()

    def add(
        self,
        menu: str,
        slot: str,
        action: QAction,
        *,
        needs: str = "always",
        text: Callable[[], str] | None = None,
    ) -> QAction:
        assert needs in NEEDS, needs
        self.menus[menu].insertAction(self.ends[(menu, slot)], action)
        self.entries.append(_Entry(action, needs, text or action.text))
        if text is not None:
            action.setText(text())
        return action

    def update(self, state: dict[str, bool]) -> None:
        for entry in self.entries:
            entry.action.setEnabled(entry.needs == "always" or state[entry.needs])

    def retranslate(self) -> None:
        for entry in self.entries:
            entry.action.setText(entry.text())


Installer = Callable[..., None]


def installers() -> list[Installer]:
    """The features that add menu entries (imported here so the window does not name them)."""
    from synergy_desktop.ui.window import (
        compare_actions,
        find_actions,
        help_actions,
        merge_actions,
        presenter,
        report_actions,
        workshop_actions,
    )

    return [
        report_actions.install,
        merge_actions.install,
        compare_actions.install,
        help_actions.install,
        presenter.install,
        find_actions.install,
        workshop_actions.install,
    ]
