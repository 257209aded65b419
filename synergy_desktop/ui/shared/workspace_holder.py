"""The workspace a window shows: its UI session (autosave, undo) and its change bus.

Menus' actions and pages receive the holder (and the settings and a parent widget), never the
window. Each window has its own holder, so two workspaces can be open side by side.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from synergy_desktop.domain.framework import Framework
from synergy_desktop.ui.shared.bus import UiBus

if TYPE_CHECKING:  # a workspace's modules load with the first workspace, after the window shows
    from synergy_desktop.services.context import WorkspaceContext
    from synergy_desktop.ui.assessment.session import Session


class WorkspaceHolder(QObject):
    attached = Signal(object)  # the new Session, or None when the workspace was closed
    detaching = Signal(object)  # the Session about to close (save layout and the like)
    message = Signal(str, int)  # a status-bar text and how long to show it (ms)
    languageRequested = Signal(str)  # a dialog asks the window to switch the interface language

    def __init__(self, framework: Framework, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.framework = framework
        self.session: Session | None = None
        self.bus: UiBus | None = None
        self.lang = "en"
        self.synchronous_tasks = False  # tests run long work on the calling thread
        self.current_page = ""  # the page in front, for F1 (set by the window's tabs)

    @property
    def context(self) -> WorkspaceContext | None:
        return self.session.context if self.session is not None else None

    def attach(self, session: Session | None) -> None:
        """Show ``session`` (the one open before must have been released)."""
        self.session = session
        self.bus = UiBus(session.context, self) if session is not None else None
        self.attached.emit(session)

    def release(self) -> None:
        """Close the open session and its context (after a successful flush or a discard)."""
        session = self.session
        if session is None:
            return
        self.detaching.emit(session)
        session.close()
        if self.bus is not None:
            self.bus.detach()
            self.bus.deleteLater()
        session.context.close()
        self.attach(None)
