"""Edit > Find… (Ctrl+F): search the round's options, evidence, gaps and next steps."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from synergy_desktop.text import translate
from synergy_desktop.ui.assessment.find_dialog import FindDialog
from synergy_desktop.ui.shared.settings import Settings
from synergy_desktop.ui.shared.workspace_holder import WorkspaceHolder
from synergy_desktop.ui.window.extensions import MenuSlots


def find_dialog(holder: WorkspaceHolder, parent: QWidget) -> FindDialog | None:
    """The window's find dialog for the open workspace and language (made when needed)."""
    session = holder.session
    if session is None or session.assessment is None:
        return None
    dialog = parent.findChild(FindDialog, "findDialog")
    if dialog is not None and (dialog.session is not session or dialog.lang != holder.lang):
        dialog.hide()
        dialog.deleteLater()
        dialog.setObjectName("")
        dialog = None
    if dialog is None:
        dialog = FindDialog(session, holder.lang, parent)
    return dialog


def install(menus: MenuSlots, holder: WorkspaceHolder, _settings: Settings, parent: QWidget):
    action = QAction(parent)
    action.setObjectName("findInRound")
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Find))
    action.triggered.connect(lambda: (d := find_dialog(holder, parent)) and d.open_again())
    parent.addAction(action)
    menus.add(
        "edit", "find", action, needs="round", text=lambda: translate("FindActions", "&Find…")
    )
    holder.attached.connect(lambda _session: _close(parent))  # it belonged to the workspace


def _close(parent: QWidget) -> None:
    dialog = parent.findChild(FindDialog, "findDialog")
    if dialog is not None:
        dialog.hide()
        dialog.setObjectName("")
        dialog.deleteLater()
