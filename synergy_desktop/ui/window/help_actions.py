"""Help menu: the user guide (F1 opens the section of the page in front)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from synergy_desktop.text import translate
from synergy_desktop.ui.shared.settings import Settings
from synergy_desktop.ui.shared.workspace_holder import WorkspaceHolder
from synergy_desktop.ui.window.extensions import MenuSlots


def _show_guide(parent: QWidget, holder: WorkspaceHolder) -> None:
    from synergy_desktop.ui.shared.help_browser import show_help  # on first use, not at start-up

    show_help(parent, holder.lang, holder.current_page)


def install(
    menus: MenuSlots, holder: WorkspaceHolder, _settings: Settings, parent: QWidget
) -> None:
    guide = QAction(parent)
    guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    guide.setObjectName("userGuide")
    guide.triggered.connect(lambda: _show_guide(parent, holder))
    parent.addAction(guide)
    menus.add("help", "guide", guide, text=lambda: translate("HelpActions", "&User guide"))
