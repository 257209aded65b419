"""The workspace context: one open workspace, its services and its change events.

The faces (window, command line) hold a context and never storage. It owns the storage handle,
hands out the services (wrapped so that every write publishes a :class:`~events.Change`), and
carries the workspace-wide jobs: open, create, the demo, save-as and backup, the summary in one
snapshot, and every export as a progress generator. Several contexts can be open side by side in
one process (a trainer comparing teams); nothing here imports Qt.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from synergy_desktop.content.packs import load_default_pack
from synergy_desktop.domain.framework import Framework
from synergy_desktop.services import events
from synergy_desktop.services.errors import StorageError, describe_storage_error
from synergy_desktop.services.events import Change, ChangeHub, Publishing
from synergy_desktop.storage.errors import (
    NewerSchemaError,
    NotAWorkspaceError,
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
# An export writer: (summary, target, language) -> progress generator.
Writer = Callable[["SummaryData", Path, str], Progress]

__all__ = [
    "NewerSchemaError",
    "NotAWorkspaceError",
    "WorkspaceContext",
    "WorkspaceError",
    "WorkspaceMissingError",
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
        ("add", "update", "delete", "replace_holder", "end"), events.REGISTER
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

_EXPORTS: dict[str, Writer] = {}


def register_export(kind: str, writer: Writer) -> None:
    """Add an export kind (the window and the command line add the ones that need Qt)."""
    _EXPORTS[kind] = writer


def _excel_summary(data: SummaryData, target: Path, lang: str) -> Progress:
    from synergy_desktop.formats.excel.summary import export_summary  # openpyxl on first use

    return export_summary(data, target, lang)


def _excel_questionnaire(data: SummaryData, target: Path, lang: str) -> Progress:
    from synergy_desktop.formats.excel.questionnaire import export_questionnaire

    return export_questionnaire(data, target, lang)


register_export("summary", _excel_summary)
register_export("questionnaire", _excel_questionnaire)


class WorkspaceContext:
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

    def _publishing(self, service, name: str):
        return Publishing(service, self.events, WRITES[name])

    # -- opening ------------------------------------------------------------------------

    @classmethod
    def open(
        cls, location: str | Path, framework: Framework | None = None, *, create: bool = False
    ) -> WorkspaceContext:
        """Open (or create) a workspace file or database URL. WorkspaceError: plain message."""
        from synergy_desktop.storage.workspace import open_workspace

        workspace = open_workspace(location, create=create)
        return cls(workspace, framework or load_default_pack())

    @classmethod
    def open_demo(
        cls, path: Path, framework: Framework | None = None, *, reset: bool = False
    ) -> WorkspaceContext:
        """Open the demo at ``path``, writing it first when it does not exist (or ``reset``)."""
        from synergy_desktop.storage import copying

        framework = framework or load_default_pack()
        if reset:
            copying.remove_workspace_file(path)
        if Path(path).exists():
            return cls.open(path, framework)
        context = cls.open(path, framework, create=True)
        try:
            context.fill_demo()
        except BaseException:
            context.close()
            copying.remove_workspace_file(path)
            raise
        return context

    def fill_demo(self) -> int:
        """Write the demo country and round into this (empty) workspace; the round's id."""
        from synergy_desktop.services.demo import fill_demo

        round_id = fill_demo(self._workspace, self.framework)
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

    # -- imports ------------------------------------------------------------------------

    def preview_targets(self, path: Path):
        from synergy_desktop.services.target_import import preview_targets

        return preview_targets(self._workspace, path)

    def apply_targets(self, preview):
        from synergy_desktop.services.target_import import apply_targets

        added = apply_targets(self._workspace, preview)
        self.events.publish(Change(events.NBSAP, events.ids_of(added), "apply_targets"))
        return added

    def preview_questionnaire(self, path: Path, assessment_id: int):
        from synergy_desktop.services.questionnaire_import import preview_questionnaire

        return preview_questionnaire(self._workspace, self.framework, path, assessment_id)

    def apply_questionnaire(self, preview, author: str) -> int:
        from synergy_desktop.services.questionnaire_import import apply_questionnaire

        count = apply_questionnaire(self._workspace, self.framework, preview, author)
        ids = (preview.assessment_id, *{c.option_id for c in preview.changes})
        self.events.publish(Change(events.ANSWERS, ids, "apply_questionnaire"))
        return count

    # -- summary and exports ------------------------------------------------------------

    def summary(self, assessment_id: int | None = None, *, personal_data: bool = True):
        """Everything an export shows about one round, read as one consistent snapshot."""
        from synergy_desktop.services.summary import collect_summary

        self.reporting().ensure_seeded()  # a first write, before the snapshot starts
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
        writer = _EXPORTS.get(kind)
        if writer is None:
            raise ValueError(f"unknown export kind {kind!r}; known: {sorted(_EXPORTS)}")
        if data is None:
            data = self.summary(assessment_id, personal_data=personal_data)
        return writer(data, Path(target), language)

    @staticmethod
    def export_kinds() -> list[str]:
        return sorted(_EXPORTS)

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

    def backup(self, folder: Path | None = None) -> Path:
        """A dated consistent copy in ``folder`` (default: ``<name>.backups`` beside the file)."""
        from synergy_desktop.storage import copying

        return copying.backup_workspace(self._workspace, folder)

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            self._workspace.close()
