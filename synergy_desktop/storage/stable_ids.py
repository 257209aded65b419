"""Stable ids: a UUID on every row that two copies of a workspace may share.

Integer keys are local to one file: row 7 of one laptop's register and row 7 of another's are
different people as soon as both add someone after copying. A merge, and later a team server,
match records by ``uid`` instead. A copy of the file keeps the ids (the same records); creating a
record, "New round from this one" included, gives a new one.

The id is given when the object is built (so a service can hand it out before the row is flushed)
and, as a fallback for Core inserts, when the row is inserted. It is never changed afterwards.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import String, event
from sqlalchemy.orm import Mapped, mapped_column

UID_LENGTH = 36


def new_uid() -> str:
    """A random UUID in its 36-character text form."""
    return str(uuid.uuid4())


class StableId:
    """Mixin for a mapped class: a never-null ``uid`` with a unique index ``ix_<table>_uid``."""

    uid: Mapped[str] = mapped_column(
        String(UID_LENGTH), default=new_uid, nullable=False, unique=True, index=True
    )


@event.listens_for(StableId, "init", propagate=True)
def _give_uid(_target: Any, _args: Any, kwargs: dict[str, Any]) -> None:
    if kwargs.get("uid") is None:
        kwargs["uid"] = new_uid()
