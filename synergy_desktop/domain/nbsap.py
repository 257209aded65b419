"""National targets, reference frameworks and their alignment, with the gap rules."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from synergy_desktop.domain.framework import LocalText


class Level(StrEnum):
    NONE = "none"
    PARTIAL = "partial"
    DIRECT = "direct"


@dataclass(frozen=True)
class NationalTarget:
    id: int
    code: str
    title: str
    description: str = ""
    nbsap_version: str = ""
    lead_institution: str = ""
    uid: str = ""


@dataclass(frozen=True)
class ReferenceTarget:
    id: str
    title: LocalText
    uid: str = ""  # set for the targets of a framework of the team's own


@dataclass(frozen=True)
class ReferenceFramework:
    id: str
    name: LocalText
    instrument: str
    source: str
    targets: tuple[ReferenceTarget, ...]
    custom: bool = False
    uid: str = ""  # set for a framework of the team's own; shipped ones are named by ``id``


@dataclass(frozen=True)
class Alignment:
    national_target_id: int
    framework: str
    reference: str
    level: Level
    note: str = ""
    uid: str = ""  # "" for a cell that holds nothing


@dataclass(frozen=True)
class FrameworkCoverage:
    framework: str
    covered: int
    total: int
    uncovered: tuple[str, ...]

    @property
    def share(self) -> float:
        return self.covered / self.total if self.total else 0.0


def framework_coverage(
    framework: ReferenceFramework, alignments: Iterable[Alignment]
) -> FrameworkCoverage:
    covered = {
        a.reference for a in alignments if a.framework == framework.id and a.level is not Level.NONE
    }
    ids = [t.id for t in framework.targets]
    uncovered = tuple(i for i in ids if i not in covered)
    return FrameworkCoverage(framework.id, len(ids) - len(uncovered), len(ids), uncovered)


def unaligned_targets(
    targets: Iterable[NationalTarget], alignments: Iterable[Alignment]
) -> list[NationalTarget]:
    """National targets that serve no reference target of any framework."""
    served = {a.national_target_id for a in alignments if a.level is not Level.NONE}
    return [t for t in targets if t.id not in served]


@dataclass(frozen=True)
class TargetInput:
    code: str
    title: str
    description: str = ""
    nbsap_version: str = ""
    lead_institution: str = ""
