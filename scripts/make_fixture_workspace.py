"""Write the fixture workspace of the current schema.

The file is tests/fixtures/workspaces/schema-<revision>.synergy.

Run once when a release adds a migration; commit the file and never regenerate an old one, so
that every later migration is tested against workspaces as users really have them.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

from synergy_desktop.content.packs import load_default_pack
from synergy_desktop.domain.country import Country
from synergy_desktop.domain.focal_points import (
    FocalPointInput,
    MechanismInput,
    MeetingRecord,
    Person,
)
from synergy_desktop.domain.nbsap import Level, TargetInput
from synergy_desktop.domain.reporting import DatasetInput, Status
from synergy_desktop.services.assessments import AssessmentService
from synergy_desktop.services.coordination import CoordinationService
from synergy_desktop.services.country import save_country
from synergy_desktop.services.focal_points import FocalPointService
from synergy_desktop.services.nbsap import NbsapService
from synergy_desktop.services.reporting import ReportingService
from synergy_desktop.storage.backup import backup_sqlite
from synergy_desktop.storage.workspace import head_revision, open_workspace

FOLDER = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "workspaces"


def add_register(workspace) -> None:
    """Schema 0002 on: one focal point, one former holder, a committee with a meeting; from the
    0004 fixture on the committee also has two members (the focal point and an institution)."""
    register = FocalPointService(workspace)
    old = register.add(
        FocalPointInput("CMS", "nfp", Person(last_name="Former", institution="Wildlife Unit"))
    )
    holder = register.replace_holder(
        old.id,
        FocalPointInput(
            "CMS",
            "nfp",
            Person(
                first_name="Fix",
                last_name="Ture",
                institution="Wildlife Unit",
                email="fix@wildlife.test",
            ),
        ),
        on=date(2025, 1, 31),
        handover_note="Files in cabinet 3",
    )
    committee = CoordinationService(workspace).save(
        MechanismInput(name="Fixture committee", meetings_per_year=2)
    )
    CoordinationService(workspace).save_meeting(
        committee.id, MeetingRecord(0, date(2026, 3, 1), "8")
    )
    CoordinationService(workspace).add_member(committee.id, contact_id=holder.contact_id)
    CoordinationService(workspace).add_member(committee.id, institution="Fixture institute")


def add_nbsap_and_reporting(workspace) -> None:
    """Schema 0003 on: two national targets, one alignment, a submitted report, a dataset; from
    the 0004 fixture on also a framework of the team's own with one alignment to it."""
    nbsap = NbsapService(workspace)
    first, _ = nbsap.add_targets(
        [TargetInput("FT1", "Fixture target"), TargetInput("FT2", "Unaligned target")]
    )
    nbsap.set_alignment(first.id, "KMGBF", "GBF-T03", Level.DIRECT, "fixture note")
    nbsap.add_framework("FXF", "Fixture framework", [("F1", "First goal"), ("F2", "Second goal")])
    nbsap.set_alignment(first.id, "FXF", "F1", Level.PARTIAL)
    reporting = ReportingService(workspace)
    nr7 = next(o for o in reporting.obligations() if o.reference_key == "cbd-nr7")
    reporting.set_status(nr7.id, Status.SUBMITTED, date(2026, 3, 1))
    dataset = reporting.save_dataset(DatasetInput("Fixture dataset", "Fixture institute"))
    reporting.set_feeds(dataset.id, [nr7.id])


def main() -> int:
    target = FOLDER / f"schema-{head_revision()}.synergy"
    if target.exists():
        print(f"{target} exists; fixtures of released schemas are never rewritten.")
        return 1
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fixture.synergy"
        workspace = open_workspace(path, create=True)
        framework = load_default_pack()
        save_country(workspace, Country("Fixture Republic", "Fixtureland", "FXL", ""))
        service = AssessmentService(workspace, framework)
        info = service.create(
            "Fixture round", period="2026", participants=["A. Tester"], author="fixture"
        )
        service.save_answer(
            info.id,
            "A1",
            {
                "rating": 3,
                "evidence": "Register kept by the ministry",
                "conventions": ["CBD", "CITES"],
            },
            author="fixture",
        )
        service.save_answer(
            info.id,
            "C1",
            {"rating": "na", "target_date": "2027-03-31", "priority": "high"},
            author="fixture",
        )
        add_register(workspace)
        add_nbsap_and_reporting(workspace)
        workspace.close()
        FOLDER.mkdir(parents=True, exist_ok=True)
        backup_sqlite(path, target)  # one self-contained file, no -wal beside it
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
