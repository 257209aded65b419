"""Everything a summary export or report shows about one round, as plain data."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from synergy_desktop.domain.assessment import Answer, AssessmentInfo, Progress
from synergy_desktop.domain.country import Country
from synergy_desktop.domain.focal_points import Coverage, FocalPoint, Mechanism, MechanismStatus
from synergy_desktop.domain.framework import Framework
from synergy_desktop.domain.nbsap import Alignment, NationalTarget, ReferenceFramework
from synergy_desktop.domain.reporting import Dataset, Obligation


@dataclass(frozen=True)
class SummaryData:
    country: Country
    assessment: AssessmentInfo
    framework: Framework
    answers: dict[str, Answer]
    progress: Progress
    generated_at: datetime
    focal_points: tuple[FocalPoint, ...] = ()
    coverage: Coverage | None = None
    mechanisms: tuple[tuple[Mechanism, MechanismStatus], ...] = ()
    personal_data: bool = True
    targets: tuple[NationalTarget, ...] = ()
    frameworks: tuple[ReferenceFramework, ...] = ()
    alignments: tuple[Alignment, ...] = ()
    obligations: tuple[Obligation, ...] = ()
    datasets: tuple[Dataset, ...] = ()
    today: date = field(default_factory=date.today)
