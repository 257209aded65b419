"""Merging another workspace ("theirs") into the open one ("mine"), field by field.

Records are matched by their stable ``uid`` only, never by integer ids or names (an answer by its
round's uid and the option's id; an alignment cell by its national target's uid and the
reference target; shipped reporting obligations copied into two files separately by their
shipped key and due date). What counts as a change since the two files parted:

* **Rounds and answers** keep a change history, and every history row has a uid. A row present
  in both files is shared ancestry. A side *changed* a field when it holds history rows of that
  field the other side does not have. Changed on their side only: taken. Changed on both sides
  to different values, or different with no history to tell (unrelated files): a **conflict**,
  shown with both values, authors and times, never resolved silently. A round deleted on one
  side is deleted on the other when that side did not change it since; deleted on one side and
  changed on the other is a conflict. A finalised round here is never changed: its incoming
  changes are reported as held, not applied.
* **Records without a history** (the focal-point register with former holders and hand-over
  notes, coordination mechanisms, members and meetings, national targets, frameworks, alignment
  cells, obligations and datasets, the country profile) are compared with a **shared base**:
  File > Save a copy and ``synergy copy`` write a digest of every field of every record into
  the workspace before copying it, so both files hold it. A field that differs from that base on
  one side only is taken from that side; on both sides, a conflict; a record missing on one
  side and unchanged on the other is deleted; missing on one side and changed on the other, a
  conflict. Without a shared base (a file copied by hand, or unrelated files) nothing is
  guessed: a record in both files with different values is a conflict for each differing field,
  a record only in theirs is added, a record only here is kept.

Applying happens in one transaction, after a backup (the context makes it). Their history rows
come in with their uids, original authors and times, and a source naming their file, so they
are shared from then on and merging the same file again changes nothing. Register changes,
which have no history of their own, get one history row each. Choosing "keep mine" is
remembered (a history row for answers, a list in the workspace settings for other records), so
the same conflict is not asked again. Their shared bases come in too.

A file that is not a workspace, is damaged, was written by a newer version, or holds rounds
answered against another framework version is refused with a plain message, changing nothing;
an older one is read from an upgraded temporary copy (see ``storage/reading.py``).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from synergy_desktop.domain.framework import Framework
from synergy_desktop.paths import is_database_url
from synergy_desktop.services.errors import ServiceError, StorageError, describe_storage_error
from synergy_desktop.services.merge_apply import MINE, THEIRS, Applier, MergeResult, prune
from synergy_desktop.services.merge_plan import Item, make_plan
from synergy_desktop.services.merge_records import (
    BASE_PREFIX,
    State,
    read_base,
    read_state,
    snapshot_text,
)
from synergy_desktop.storage import models as m
from synergy_desktop.storage.errors import WorkspaceError
from synergy_desktop.storage.reading import reading_copy
from synergy_desktop.storage.stable_ids import new_uid
from synergy_desktop.storage.workspace import Workspace
from synergy_desktop.text import arg, translate

__all__ = [
    "MINE",
    "THEIRS",
    "Item",
    "MergePreview",
    "MergeRefused",
    "MergeResult",
    "apply_merge",
    "mark_copy",
    "preview_merge",
]


class MergeRefused(ServiceError):
    """The other file cannot be merged; nothing was changed anywhere."""


@dataclass
class MergePreview:
    """Everything a merge would do, as plain data; nothing has been written yet."""

    source: str  # the other file or URL, as given
    source_name: str  # its name, as the history records it
    changes: list[Item]
    conflicts: list[Item]
    held: list[Item]
    shared_history: bool  # the two files have history rows in common
    shared_base: bool  # ... and a base written by Save a copy
    theirs: State = field(repr=False)
    base_texts: dict[str, str] = field(repr=False, default_factory=dict)

    @property
    def is_empty(self) -> bool:
        return not (self.changes or self.conflicts or self.held)


def _refuse(text: str, *values) -> MergeRefused:
    """A refusal: ``text`` is already translated; %1… are filled with ``values``."""
    return MergeRefused(arg(text, *values))


def _name(location: str) -> str:
    if is_database_url(location):
        from sqlalchemy.engine import make_url

        return make_url(location).render_as_string(hide_password=True)
    return Path(location).name


def _same_file(workspace: Workspace, location: str) -> bool:
    if workspace.path is None or is_database_url(location):
        return workspace.location == location
    try:
        return Path(location).expanduser().resolve() == workspace.path.resolve()
    except OSError:
        return False


def _read_theirs(location: str, mine_bases: set[str]) -> tuple[State, dict[str, str]]:
    try:
        with reading_copy(location) as other, other.snapshot(), other.session() as session:
            theirs = read_state(session)
            texts = {
                key: value
                for key, value in session.execute(
                    select(m.Setting.key, m.Setting.value).where(
                        m.Setting.key.like(f"{BASE_PREFIX}%")
                    )
                )
                if key not in mine_bases
            }
            return theirs, texts
    except WorkspaceError as exc:
        raise MergeRefused(str(exc)) from None
    except (SQLAlchemyError, KeyError, ValueError, TypeError):
        raise _refuse(
            translate(
                "Merge",
                "%1 cannot be merged: its records are damaged or incomplete. "
                "Nothing was changed; ask for a fresh copy.",
            ),
            location,
        ) from None


def _check_framework(theirs: State, mine: State, framework: Framework, location: str) -> None:
    known = {(framework.id, framework.version)}
    known |= {(r.values["pack_id"], r.values["pack_version"]) for r in mine.rounds.values()}
    for row in theirs.rounds.values():
        pack = (row.values["pack_id"], row.values["pack_version"])
        if pack not in known:
            raise _refuse(
                translate(
                    "Merge",
                    "%1 cannot be merged: its round “%2” was answered against the framework "
                    "%3 version %4, and this workspace uses %5 version %6. Nothing was changed.",
                ),
                location,
                row.values["title"],
                pack[0],
                pack[1],
                framework.id,
                framework.version,
            )


def _base(session, mine: State, theirs: State) -> dict | None:
    shared = sorted(mine.bases & theirs.bases)
    return read_base(session, shared[-1]) if shared else None


def preview_merge(workspace: Workspace, framework: Framework, location: str | Path) -> MergePreview:
    """Read the other workspace and compare; MergeRefused (plain message) when it cannot be."""
    location = str(location)
    if _same_file(workspace, location):
        raise _refuse(
            translate("Merge", "%1 is this workspace itself; choose another file to merge."),
            location,
        )
    try:
        with workspace.session() as session:
            mine_bases = {
                key
                for (key,) in session.execute(
                    select(m.Setting.key).where(m.Setting.key.like(f"{BASE_PREFIX}%"))
                )
            }
    except SQLAlchemyError as exc:
        raise StorageError(describe_storage_error(exc)) from exc
    theirs, texts = _read_theirs(location, mine_bases)
    try:
        with workspace.snapshot(), workspace.session() as session:
            mine = read_state(session)
            base = _base(session, mine, theirs)
    except SQLAlchemyError as exc:
        raise StorageError(describe_storage_error(exc)) from exc
    _check_framework(theirs, mine, framework, location)
    plan = make_plan(mine, theirs, base, framework)
    return MergePreview(
        location,
        _name(location),
        plan.changes,
        plan.conflicts,
        plan.held,
        plan.shared_history,
        plan.shared_base,
        theirs,
        texts,
    )


def apply_merge(
    workspace: Workspace,
    framework: Framework,
    preview: MergePreview,
    choices: dict[str, str] | None = None,
    author: str = "",
    *,
    changes: bool = True,
) -> MergeResult:
    """Apply every incoming change, and each conflict as ``choices`` says (conflict key:
    ``"mine"`` or ``"theirs"``; a conflict without a choice is left as it is), in one
    transaction (``changes=False``: the conflicts only). The comparison is made again inside
    the transaction, so an edit made here since the preview is never overwritten without
    being a conflict."""
    try:
        with workspace.write() as session:
            mine = read_state(session)
            base = _base(session, mine, preview.theirs)
            plan = make_plan(mine, copy.copy(preview.theirs), base, framework)
            applier = Applier(session, mine, preview.theirs, plan, author, preview.source_name)
            return applier.run(dict(choices or {}), preview.base_texts, changes)
    except SQLAlchemyError as exc:
        raise StorageError(
            arg(
                translate("Merge", "The merge was not applied (%1). Nothing was changed."),
                describe_storage_error(exc),
            )
        ) from exc


def mark_copy(workspace: Workspace) -> str:
    """Write a shared base into the workspace (before it is copied); its settings key."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    key = f"{BASE_PREFIX}{stamp}.{new_uid()}"
    with workspace.write() as session:
        state = read_state(session, with_history=False)
        session.add(m.Setting(key=key, value=snapshot_text(state)))
        session.flush()
        prune(session)
    return key
