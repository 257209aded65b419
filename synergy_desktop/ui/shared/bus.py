"""The window's side of the change events: a context's changes as queued Qt signals.

Pages connect to :attr:`UiBus.changed` (or call :meth:`UiBus.on`) instead of being wired to
each other. Delivery is queued, so a page refreshes after the call that made the change has
returned, and a change made on a worker thread arrives on the UI thread.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal

if TYPE_CHECKING:
    from synergy_desktop.services.context import WorkspaceContext
    from synergy_desktop.services.events import Change


class UiBus(QObject):
    changed = Signal(object)  # a services.events.Change
    _incoming = Signal(object)

    def __init__(self, context: WorkspaceContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._incoming.connect(self.changed, Qt.ConnectionType.QueuedConnection)
        self._unsubscribe = context.events.subscribe(self._incoming.emit)

    def on(self, topics: tuple[str, ...], slot: Callable[[Change], None], receiver: QObject):
        """Call ``slot`` for changes of ``topics`` (and workspace-wide ones) while ``receiver``
        lives."""

        def deliver(change: Change) -> None:
            if change.concerns(*topics):
                slot(change)

        self.changed.connect(deliver)
        receiver.destroyed.connect(lambda *_: _disconnect(self.changed, deliver))

    def detach(self) -> None:
        """Stop listening to the context (before it closes)."""
        self._unsubscribe()


def _disconnect(signal, slot) -> None:
    with contextlib.suppress(RuntimeError, TypeError):  # the bus is gone already
        signal.disconnect(slot)
