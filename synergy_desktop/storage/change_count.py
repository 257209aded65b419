"""A workspace-wide count of changes to records that keep no history of their own (register,
coordination, NBSAP, calendar, country). Each write through the context adds one; a window that
sees the count move without having moved it knows someone else changed something and reloads.
Answers need no count: their change history already tells a window what others saved."""

from __future__ import annotations

from synergy_desktop.storage.handle import Workspace
from synergy_desktop.storage.models import Setting

KEY = "changes.count"


def read(workspace: Workspace) -> int:
    with workspace.session() as session:
        row = session.get(Setting, KEY)
        return int(row.value) if row is not None and row.value.isdigit() else 0


def bump(workspace: Workspace) -> int:
    """Add one and return the new count (in its own short write transaction)."""
    with workspace.write() as session:
        row = session.get(Setting, KEY, with_for_update=True)
        if row is None:
            row = Setting(key=KEY, value="0")
            session.add(row)
        count = (int(row.value) if row.value.isdigit() else 0) + 1
        row.value = str(count)
        return count
