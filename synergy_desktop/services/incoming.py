"""What comes into a workspace from files: national targets, a register, filled-in
questionnaires and another workspace to merge. Each is read into a preview first and applied in
one transaction; applying publishes a change. Part of the workspace context."""

from __future__ import annotations

from pathlib import Path

from synergy_desktop.services import events
from synergy_desktop.services.events import Change


class IncomingFiles:
    """Mixed into WorkspaceContext (which provides ``_workspace``, ``framework`` and
    ``events``)."""

    # -- imports ------------------------------------------------------------------------

    def preview_targets(self, path: Path):
        from synergy_desktop.services.target_import import preview_targets

        return preview_targets(self._workspace, path)

    def apply_targets(self, preview):
        from synergy_desktop.services.target_import import apply_targets

        added = apply_targets(self._workspace, preview)
        self.events.publish(Change(events.NBSAP, events.ids_of(added), "apply_targets"))
        return added

    def preview_register_import(self, path: Path):
        """Focal points from a spreadsheet (xlsx or CSV): every row accepted or rejected."""
        from synergy_desktop.services.register_import import preview_register_import

        return preview_register_import(self._workspace, path)

    def apply_register_import(self, preview):
        from synergy_desktop.services.register_import import apply_register_import

        added = apply_register_import(self._workspace, preview)
        self.events.publish(Change(events.REGISTER, events.ids_of(added), "apply_register_import"))
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

    # -- merging another workspace ------------------------------------------------------

    def preview_merge(self, location: str | Path):
        """Compare another workspace with this one (services/merge.py); MergeRefused."""
        from synergy_desktop.services.merge import preview_merge

        return preview_merge(self._workspace, self.framework, location)

    def apply_merge(
        self, preview, choices: dict[str, str] | None = None, author: str = "", *, changes=True
    ):
        """Back this workspace up, then apply ``preview`` in one transaction."""
        from synergy_desktop.services.merge import apply_merge

        if (preview.changes or preview.conflicts) and self.path is not None:
            self.backup()
        result = apply_merge(
            self._workspace, self.framework, preview, choices, author, changes=changes
        )
        self.events.publish(Change(events.WORKSPACE, (), "apply_merge"))
        return result
