"""Build a large workspace for the benchmarks: every option answered with long texts, 200
focal points, 60 national targets aligned against a 40-target framework, the full calendar."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

from synergy_desktop.content.packs import load_default_pack
from synergy_desktop.content.reference import instruments
from synergy_desktop.domain.focal_points import FocalPointInput, Person
from synergy_desktop.domain.nbsap import Level, TargetInput
from synergy_desktop.domain.reporting import DatasetInput
from synergy_desktop.services.assessments import AssessmentService
from synergy_desktop.services.focal_points import FocalPointService
from synergy_desktop.services.nbsap import NbsapService
from synergy_desktop.services.reporting import ReportingService
from synergy_desktop.storage.workspace import open_workspace

WORDS = (
    "register",
    "committee",
    "ministry",
    "report",
    "dataset",
    "wetland",
    "species",
    "habitat",
    "focal",
    "point",
    "coordination",
    "national",
    "target",
    "indicator",
    "budget",
)


def text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words))


def build(path: Path, history: int = 0) -> int:
    """The large workspace at ``path``; with ``history`` the answers are edited until the
    change history holds at least that many rows."""
    rng = random.Random(7)
    framework = load_default_pack()
    workspace = open_workspace(path, create=True)
    service = AssessmentService(workspace, framework)
    round_id = service.create("Large round", participants=[f"P{i}" for i in range(20)]).id
    service.save_answers(
        round_id,
        {
            option.id: {
                "rating": rng.randint(0, 4),
                "priority": "high",
                "conventions": ["CBD", "CMS"],
                "responsible": text(rng, 8),
                "evidence": text(rng, 400),
                "gaps": text(rng, 200),
                "next_steps": text(rng, 150),
                "target_date": date(2027, 6, 30),
            }
            for option in framework.options
        },
    )
    edits = 0
    while len(service.history()) < history:  # every field of every option, edited again
        edits += 1
        service.save_answers(
            round_id,
            {
                option.id: {
                    "rating": (edits + n) % 5,
                    "responsible": text(rng, 8),
                    "evidence": text(rng, 40),
                    "gaps": text(rng, 20),
                    "next_steps": text(rng, 15),
                    "priority": ("high", "medium", "low")[edits % 3],
                    "conventions": [["CBD"], ["CMS", "CITES"]][edits % 2],
                    "target_date": date(2027, 1 + edits % 12, 1),
                }
                for n, option in enumerate(framework.options)
            },
            author=f"Editor {edits % 7}",
        )
    register = FocalPointService(workspace)
    roles = [(i.code, r.code) for i in instruments() for r in i.roles if r.multiple]
    for n in range(200):
        code, role = roles[n % len(roles)]
        register.add(
            FocalPointInput(
                code,
                role,
                Person(
                    first_name=f"First{n}",
                    last_name=f"Last{n}",
                    position=text(rng, 4),
                    institution=f"Institution {n % 17}",
                    email=f"p{n}@example.org",
                    phone="+999 1",
                    address=text(rng, 10),
                ),
                verified_on=date(2026, 6, 1),
                notes=text(rng, 30),
            )
        )
    nbsap = NbsapService(workspace)
    nbsap.add_framework("BIG", "Forty targets", [(f"G{n:02d}", text(rng, 8)) for n in range(1, 41)])
    targets = nbsap.add_targets(
        [TargetInput(f"NT{n}", text(rng, 10), text(rng, 40)) for n in range(1, 61)]
    )
    for target in targets:
        for reference in rng.sample(range(1, 41), 12):
            nbsap.set_alignment(
                target.id, "BIG", f"G{reference:02d}", rng.choice((Level.PARTIAL, Level.DIRECT))
            )
    reporting = ReportingService(workspace)
    ids = [o.id for o in reporting.obligations()]
    for n in range(20):
        dataset = reporting.save_dataset(
            DatasetInput(f"Dataset {n}", "Institute", "every year", date(2026, 1, 1))
        )
        reporting.set_feeds(dataset.id, rng.sample(ids, 3))
    workspace.close()
    return round_id
