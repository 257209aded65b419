"""Everything a summary export shows, gathered in one read (plain data, no database objects)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from synergy_desktop.domain.assessment import Answer, AssessmentInfo, Progress
from synergy_desktop.domain.framework import Framework
from synergy_desktop.services.assessments import AssessmentService
from synergy_desktop.services.country import Country, get_country
from synergy_desktop.services.errors import NotFoundError
from synergy_desktop.storage.workspace import Workspace
from synergy_desktop.text import arg, translate


@dataclass(frozen=True)
class SummaryData:
    country: Country
    assessment: AssessmentInfo
    framework: Framework
    answers: dict[str, Answer]
    progress: Progress
    generated_at: datetime
    workspace_name: str


def collect_summary(
    workspace: Workspace, framework: Framework, assessment_id: int | None = None
) -> SummaryData:
    """The data for one round; without an id, the most recently changed round."""
    service = AssessmentService(workspace, framework)
    if assessment_id is None:
        rounds = service.list_assessments()
        if not rounds:
            raise NotFoundError(
                arg(
                    translate("Summary", "%1 holds no assessment yet. Create a round first."),
                    workspace.display_name,
                )
            )
        assessment_id = max(rounds, key=lambda info: (info.updated_at, info.id)).id
    info = service.get(assessment_id)
    answers = service.answers(assessment_id)
    return SummaryData(
        country=get_country(workspace),
        assessment=info,
        framework=framework,
        answers=answers,
        progress=service.progress(assessment_id),
        generated_at=datetime.now(UTC),
        workspace_name=workspace.display_name,
    )
