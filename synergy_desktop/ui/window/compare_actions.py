"""Assessment > Compare rounds…: the menu entry (enabled with a workspace open)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from synergy_desktop.text import translate
from synergy_desktop.ui.shared.settings import Settings
from synergy_desktop.ui.shared.workspace_holder import WorkspaceHolder
from synergy_desktop.ui.window.extensions import MenuSlots

if TYPE_CHECKING:
    from synergy_desktop.ui.compare.compare_dialog import CompareDialog


def open_compare(holder: WorkspaceHolder, parent: QWidget) -> CompareDialog | None:
    """Show the comparison (window-modal), or say why there is nothing to compare."""
    session = holder.session
    if session is None:
        return None
    session.flush()  # compare what is on screen
    if len(session.rounds()) < 2:
        QMessageBox.information(
            parent,
            translate("CompareActions", "Compare rounds"),
            translate(
                "CompareActions",
                "This workspace has one round only. Start the next one with Assessment > New "
                "round from this one, then compare them here.",
            ),
        )
        return None
    from synergy_desktop.ui.compare.compare_dialog import CompareDialog  # with the database

    dialog = CompareDialog(holder, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def install(
    menus: MenuSlots, holder: WorkspaceHolder, _settings: Settings, parent: QWidget
) -> None:
    action = QAction(parent)
    action.setObjectName("compareRounds")
    action.triggered.connect(lambda: open_compare(holder, parent))
    menus.add(
        "assessment",
        "compare",
        action,
        needs="workspace",
        text=lambda: translate("CompareActions", "&Compare rounds…"),
    )
