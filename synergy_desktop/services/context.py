"""The workspace context: one open workspace, its services and its change events.

The faces (window, command line) hold a context and never storage. It owns the storage handle,
hands out the services (wrapped so that every write publishes a :class:`~events.Change`), and
carries the workspace-wide jobs: open, create, the demo, save-as and backup, the summary in one
snapshot, and every export as a progress generator. Several contexts can be open side by side in
one process (a trainer comparing teams); nothing here imports Qt.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from synergy_desktop.content.packs import load_default_pack
from synergy_desktop.domain.framework import Framework
from synergy_desktop.services import events, exports
from synergy_desktop.services.errors import StorageError, describe_storage_error
from synergy_desktop.services.events import Change, ChangeHub, Publishing
from synergy_desktop.services.exports import register_export
from synergy_desktop.services.incoming import IncomingFiles
from synergy_desktop.storage.errors import (
    NewerSchemaError,
    NotAWorkspaceError,
    PasswordRequiredError,
    WorkspaceError,
    WorkspaceMissingError,
)
from synergy_desktop.text import arg, translate

# The services and the storage (SQLAlchemy, and Alembic when a workspace needs an upgrade) are
# imported when a workspace is opened, not with this module: the window imports it and shows
# itself before any workspace is open.
if TYPE_CHECKING:
    from synergy_desktop.domain.country import Country
    from synergy_desktop.domain.summary import SummaryData
    from synergy_desktop.services.assessments import AssessmentService
    from synergy_desktop.services.coordination import CoordinationService
    from synergy_desktop.services.focal_points import FocalPointService
    from synergy_desktop.services.nbsap import NbsapService
    from synergy_desktop.services.reporting import ReportingService
    from synergy_desktop.storage.workspace import Workspace

log = logging.getLogger(__name__)
Progress = Iterator[tuple[int, int, str]]


def needs_password(location: str) -> bool:
    """Whether a team server asks for a password that the address and .pgpass do not give."""
    from synergy_desktop.storage.server import needs_password as server_needs_password

    return server_needs_password(location)


__all__ = [
    "NewerSchemaError",
    "NotAWorkspaceError",
    "PasswordRequiredError",
    "WorkspaceContext",
    "WorkspaceError",
    "WorkspaceMissingError",
    "needs_password",
    "register_export",
]

# Which service calls write, and the topic of the change they publish.
WRITES = {
    "assessments": {
        "create": events.ROUNDS,
        "rename": events.ROUNDS,
        "update_details": events.ROUNDS,
        "delete": events.ROUNDS,
        "finalise": events.ROUNDS,
        "new_round_from": events.ROUNDS,
        "save_answer": events.ANSWERS,
        "save_answers": events.ANSWERS,
    },
    "focal_points": dict.fromkeys(
        ("add", "add_entries", "update", "delete", "replace_holder", "end"), events.REGISTER
    ),
    "coordination": dict.fromkeys(
        ("save", "delete", "add_member", "remove_member", "save_meeting", "delete_meeting"),
        events.COORDINATION,
    ),
    "nbsap": dict.fromkeys(
        (
            "add_target",
            "add_targets",
            "update_target",
            "delete_target",
            "add_framework",
            "delete_framework",
            "set_alignment",
        ),
        events.NBSAP,
    ),
    "reporting": dict.fromkeys(
        (
            "ensure_seeded",
            "add",
            "update",
            "delete",
            "set_status",
            "save_dataset",
            "delete_dataset",
            "set_feeds",
        ),
        events.REPORTING,
    ),
}

# Topics whose records keep no history: their writes move the workspace's change count.
COUNTED = {
    events.REGISTER,
    events.COORDINATION,
    events.NBSAP,
    events.REPORTING,
    events.COUNTRY,
    events.ROUNDS,
    events.WORKSPACE,
}
ELSEWHERE = "changed elsewhere"


class WorkspaceContext(IncomingFiles):
    """One open workspace. Use :meth:`open`; close it with :meth:`close`."""

    def __init__(self, workspace: Workspace, framework: Framework) -> None:
        from synergy_desktop.services.assessments import AssessmentService
        from synergy_desktop.services.coordination import CoordinationService
        from synergy_desktop.services.focal_points import FocalPointService
        from synergy_desktop.services.nbsap import NbsapService

        self._workspace = workspace
        self.framework = framework
        self.events = ChangeHub()
        self.assessments: AssessmentService = self._publishing(
            AssessmentService(workspace, framework), "assessments"
        )
        self.focal_points: FocalPointService = self._publishing(
            FocalPointService(workspace), "focal_points"
        )
        self.coordination: CoordinationService = self._publishing(
            CoordinationService(workspace), "coordination"
        )
        self.nbsap: NbsapService = self._publishing(NbsapService(workspace), "nbsap")
        self._closed = False
        self._known_count = 0
        self._looked = False
        self.events.subscribe(self._count_change)

    def _publishing(self, service, name: str):
        return Publishing(service, self.events, WRITES[name])

    # -- others' changes ------------------------------------------------------------------

    def _count_change(self, change: Change) -> None:
        if change.topic in COUNTED and change.action != ELSEWHERE and not self.read_only:
            from synergy_desktop.storage import change_count

            try:
                count = change_count.bump(self._workspace)
            except Exception:  # a notice for other windows; the change itself is saved
                log.warning("could not count a change", exc_info=True)
                return
            missed = self._looked and count != self._known_count + 1  # others wrote between
            self._known_count = count
            if missed:
                self.events.publish(Change(events.WORKSPACE, (), ELSEWHERE))

    def look_for_changes_elsewhere(self) -> bool:
        """True (and a WORKSPACE change published) when someone else changed records that keep
        no history of their own since this context last looked. Answers are found through their
        history instead (AssessmentService.history_since)."""
        from synergy_desktop.storage import change_count

        try:
            count = change_count.read(self._workspace)
        except Exception:
            return False
        if count == self._known_count:
            return False
        first_look = self._known_count == 0 and not self._looked
        self._known_count, self._looked = count, True
        if not first_look:
            self.events.publish(Change(events.WORKSPACE, (), ELSEWHERE))
        return not first_look

    # -- opening ------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        location: str | Path,
        framework: Framework | None = None,
        *,
        create: bool = False,
        password: str | None = None,
    ) -> WorkspaceContext:
        """Open (or create) a workspace file or database URL. WorkspaceError: plain message;
        PasswordRequiredError when a server wants a password that was not given."""
        from synergy_desktop.storage.workspace import open_workspace

        workspace = open_workspace(location, create=create, password=password)
        return cls(workspace, framework or load_default_pack())

    @classmethod
    @contextmanager
    def reading(
        cls, location: str | Path, framework: Framework | None = None
    ) -> Iterator[WorkspaceContext]:
        """Another workspace, only to read: opened from a temporary copy (upgraded there when
        older), so the file itself is never written, not even its journal mode."""
        from synergy_desktop.storage.reading import reading_copy

        with reading_copy(location) as workspace:
            context = cls(workspace, framework or load_default_pack())
            context._closed = True  # the copy closes with the block
            yield context

    @classmethod
    def open_demo(
        cls,
        path: Path,
        framework: Framework | None = None,
        *,
        reset: bool = False,
        lang: str = "en",
    ) -> WorkspaceContext:
        """Open the demo at ``path``, writing it first (in ``lang``) when it does not exist (or
        ``reset``)."""
        from synergy_desktop.storage import copying

        framework = framework or load_default_pack()
        if reset:
            copying.remove_workspace_file(path)
        if Path(path).exists():
            return cls.open(path, framework)
        context = cls.open(path, framework, create=True)
        try:
            context.fill_demo(lang)
        except BaseException:
            context.close()
            copying.remove_workspace_file(path)
            raise
        return context

    def fill_demo(self, lang: str = "en") -> int:
        """Write the demo country and round into this (empty) workspace, in ``lang``; the
        round's id."""
        from synergy_desktop.services.demo import fill_demo

        round_id = fill_demo(self._workspace, self.framework, lang=lang)
        self.events.publish(Change(events.WORKSPACE, (round_id,), "fill_demo"))
        return round_id

    # -- identity -----------------------------------------------------------------------

    @property
    def location(self) -> str:
        """The file path or database URL, as given (for the recent list and settings)."""
        return self._workspace.location

    @property
    def display_name(self) -> str:
        return self._workspace.display_name

    @property
    def path(self) -> Path | None:
        """The workspace file, or None for a database URL."""
        return self._workspace.path

    @property
    def backups(self) -> list[Path]:
        """Copies made before an upgrade when this workspace was opened."""
        return list(self._workspace.backups)

    @property
    def closed(self) -> bool:
        return self._closed

    @property
    def read_only(self) -> bool:
        """The person may only read (a database role without write grants, a read-only file)."""
        return self._workspace.read_only

    @property
    def db_user(self) -> str:
        """The database user on a team server; empty for a file."""
        return self._workspace.db_user

    @property
    def is_server(self) -> bool:
        return self._workspace.path is None

    def recorded_author(self, author: str) -> str:
        """The name the history records: on a server, the database user stands beside it."""
        if self.db_user and self.db_user != author:
            return f"{author} ({self.db_user})" if author else self.db_user
        return author

    # -- services that need a language or are plain functions ----------------------------

    def reporting(self, lang: str = "en") -> ReportingService:
        """The reporting calendar; shipped texts in ``lang`` where the team has not changed
        them."""
        from synergy_desktop.services.reporting import ReportingService

        return self._publishing(ReportingService(self._workspace, lang), "reporting")

    def country(self) -> Country:
        from synergy_desktop.services.country import get_country

        return get_country(self._workspace)

    def save_country(self, country: Country) -> Country:
        from synergy_desktop.services.country import save_country

        saved = save_country(self._workspace, country)
        self.events.publish(Change(events.COUNTRY, (), "save_country"))
        return saved

    def evidence(self, modules, lang: str = "en", today: date | None = None) -> list[str]:
        """What the workspace already shows about an option's evidence modules."""
        from synergy_desktop.services.evidence import evidence_facts

        return evidence_facts(self._workspace, modules, today=today, lang=lang)

    # -- summary and exports ------------------------------------------------------------

    def summary(self, assessment_id: int | None = None, *, personal_data: bool = True):
        """Everything an export shows about one round, read as one consistent snapshot."""
        from synergy_desktop.services.reporting import ReportingService
        from synergy_desktop.services.summary import collect_summary

        ReportingService(self._workspace).ensure_seeded()  # a first write, before the snapshot
        with self._workspace.snapshot():
            return collect_summary(
                self._workspace, self.framework, assessment_id, personal_data=personal_data
            )

    def export(
        self,
        kind: str,
        target: Path,
        language: str = "en",
        *,
        personal_data: bool = True,
        assessment_id: int | None = None,
        data: SummaryData | None = None,
    ) -> Progress:
        """The progress generator of one export (``summary``, ``questionnaire`` and what the
        faces registered). The data is read when this is called, on the caller's thread; the
        generator only writes the file, so it may run on another thread."""
        writer = exports.writer(kind)
        if data is None:
            data = self.summary(assessment_id, personal_data=personal_data)
        return writer(data, Path(target), language)

    @staticmethod
    def export_kinds() -> list[str]:
        return exports.kinds()

    # -- copies ---------------------------------------------------------------------------

    def save_as(self, target: Path) -> Path:
        """Write a consistent copy of this workspace to a new file ``target`` (replacing a file
        the user agreed to overwrite). The context stays on the original; the caller opens the
        copy when it wants to continue there."""
        from synergy_desktop.storage import copying

        try:
            return copying.copy_workspace(self._workspace, Path(target), replace=True)
        except (OSError, WorkspaceError) as exc:
            raise StorageError(
                arg(
                    translate(
                        "Context",
                        "The workspace cannot be written to %1 (%2). Choose another place.",
                    ),
                    target,
                    describe_storage_error(exc) if not isinstance(exc, WorkspaceError) else exc,
                )
            ) from exc

    def save_copy(self, target: Path) -> Path:
        """A copy to hand to a colleague: first the shared base a later merge compares with
        (services/merge.py) is written here, then the copy is made; the context stays here."""
        from synergy_desktop.services.merge import mark_copy

        try:
            mark_copy(self._workspace)
        except Exception:  # a read-only workspace still gives a copy, merged by values only
            log.warning("no shared base written before copying %s", self.location, exc_info=True)
        return self.save_as(target)

    def backup(self, folder: Path | None = None) -> Path:
        """A dated consistent copy in ``folder`` (default: ``<name>.backups`` beside the file)."""
        from synergy_desktop.storage import copying

        return copying.backup_workspace(self._workspace, folder)

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._workspace.close()
