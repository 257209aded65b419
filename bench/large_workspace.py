"""Workspaces for the benchmarks.

``build``: one round with every option answered in long texts, 200 focal points, 60 national
targets aligned against a 40-target framework, the full calendar.
``build_decade``: the same team after ten years of use (many rounds, a long history, former
holders); ``python bench/large_workspace.py OUT.synergy`` writes one.
"""

from __future__ import annotations

import argparse
import json
import random
import time
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, insert, select

from synergy_desktop.content.packs import load_default_pack
from synergy_desktop.content.reference import instruments
from synergy_desktop.domain.country import Country
from synergy_desktop.domain.focal_points import (
    FocalPointInput,
    MechanismInput,
    MeetingRecord,
    Person,
)
from synergy_desktop.domain.nbsap import Level, TargetInput
from synergy_desktop.domain.reporting import DatasetInput, ObligationInput
from synergy_desktop.services.assessments import AssessmentService
from synergy_desktop.services.coordination import CoordinationService
from synergy_desktop.services.country import save_country
from synergy_desktop.services.focal_points import FocalPointService
from synergy_desktop.services.nbsap import NbsapService
from synergy_desktop.services.reporting import ReportingService
from synergy_desktop.storage.models import AlignmentRow, Assessment, ChangeRecord, Response
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


# -- a workspace after ten years of use ------------------------------------------------------

ROUNDS = 100  # ten a year: the national round and the area rounds of a busy team
HISTORY_ROWS = 10_000
CURRENT_HOLDERS = 200
FORMER_HOLDERS = 400
NATIONAL_TARGETS = 60
REFERENCE_TARGETS = 40
OBLIGATIONS = 50
BUSY_OPTION = "B2"  # the option whose history the team rewrote most in the current round


@dataclass(frozen=True)
class Decade:
    """What the benchmarks need to know about a ten-year workspace."""

    path: Path
    current: int  # the draft round the window shows
    previous: int  # the round before it (to switch to)
    option: str  # the option of the current round with the longest history


def build_decade(path: Path) -> Decade:
    """A workspace after ten years: 100 rounds (99 finalised), 10,000 history rows, 200 focal
    points with 400 former holders, 60 national targets against a 40-target framework, 50
    obligations. The register, targets, coordination and calendar go through the services (so
    their links are real); old rounds, their answers and most history rows are bulk inserts."""
    rng = random.Random(10)
    framework = load_default_pack()
    options = [option.id for option in framework.options]
    workspace = open_workspace(path, create=True)
    save_country(workspace, Country("Republic of Benchmark", "Benchmark", "BMK"))
    start = datetime.now(UTC) - timedelta(days=3650)
    old_rounds = _old_rounds(workspace, framework, options, rng, start)
    service = AssessmentService(workspace, framework)
    current = service.new_round_from(old_rounds[-1], "Round 100", author="Amina").id
    service.save_answers(
        current,
        {option: _long_answer(rng) for option in options},
        author="Amina",
    )
    _history(workspace, old_rounds, current, options, rng, start)
    contact_ids = _register(workspace, rng)
    _coordination(workspace, contact_ids, rng)
    _nbsap(workspace, rng)
    _calendar(workspace, rng)
    workspace.close()
    return Decade(path, current, old_rounds[-1], BUSY_OPTION)


def _long_answer(rng: random.Random) -> dict[str, object]:
    return {
        "rating": rng.randint(0, 4),
        "priority": rng.choice(("high", "medium", "low")),
        "conventions": rng.sample(("CBD", "CMS", "CITES", "RAMSAR"), 2),
        "responsible": text(rng, 8),
        "evidence": text(rng, 400),
        "gaps": text(rng, 200),
        "next_steps": text(rng, 150),
        "target_date": date(2027, 6, 30),
    }


def _old_rounds(workspace, framework, options, rng, start) -> list[int]:
    """Rounds 1-99, finalised, each answered in full with shorter texts (bulk inserts)."""
    ids = []
    with workspace.write() as session:
        previous = None
        for number in range(1, ROUNDS):
            created = start + timedelta(days=36 * number)
            previous = session.execute(
                insert(Assessment).returning(Assessment.id),
                {
                    "title": f"Round {number}",
                    "period": str(created.year),
                    "status": "final",
                    "pack_id": framework.id,
                    "pack_version": framework.version,
                    "pack_hash": framework.content_hash,
                    "participants": json.dumps([f"P{i}" for i in range(12)]),
                    "created_at": created,
                    "updated_at": created + timedelta(days=30),
                    "finalised_at": created + timedelta(days=30),
                    "previous_id": previous,
                },
            ).scalar_one()
            ids.append(previous)
            session.execute(
                insert(Response),
                [
                    {
                        "assessment_id": previous,
                        "option_id": option,
                        "rating": str(rng.randint(0, 4)),
                        "priority": rng.choice(("high", "medium", "low")),
                        "conventions": json.dumps(["CBD", "CMS"]),
                        "responsible": text(rng, 6),
                        "evidence": text(rng, 60),
                        "gaps": text(rng, 30),
                        "next_steps": text(rng, 30),
                        "updated_by": "Amina",
                        "updated_at": created + timedelta(days=20),
                    }
                    for option in options
                ],
            )
    return ids


def _history(workspace, old_rounds, current, options, rng, start) -> None:
    """Fill the history up to HISTORY_ROWS: edits spread over the old rounds, a third of them on
    the current round, and a long rewrite of one option there."""
    fields = ("rating", "evidence", "gaps", "next_steps", "responsible", "priority")
    with workspace.write() as session:
        have = session.scalar(select(func.count()).select_from(ChangeRecord))
        rows = []
        busy = 300
        for n in range(busy):
            rows.append((current, BUSY_OPTION, "evidence", n))
        remaining = HISTORY_ROWS - have - busy
        for n in range(remaining):
            round_id = current if n % 3 == 0 else rng.choice(old_rounds)
            rows.append((round_id, rng.choice(options), rng.choice(fields), n))
        now = datetime.now(UTC)
        session.execute(
            insert(ChangeRecord),
            [
                {
                    "assessment_id": round_id,
                    "option_id": option,
                    "field": field,
                    "old_value": text(rng, 12),
                    "new_value": text(rng, 12),
                    "author": rng.choice(("Amina", "Li Wei", "Jean", "Olga", "Carlos")),
                    "changed_at": (
                        now - timedelta(minutes=n)
                        if round_id == current
                        else start + timedelta(days=36 * (round_id - old_rounds[0]) + n % 30)
                    ),
                    "source": "",
                }
                for round_id, option, field, n in rows
            ],
        )


def _register(workspace, rng) -> list[int]:
    """200 current focal points; 400 hand-overs leave 400 former holders behind."""
    register = FocalPointService(workspace)
    roles = [(i.code, r.code) for i in instruments() for r in i.roles if r.multiple]
    today = date.today()

    def person(n: int) -> Person:
        return Person(
            first_name=f"First{n}",
            last_name=f"Last{n}",
            position=text(rng, 4),
            institution=f"Institution {n % 17}",
            email=f"p{n}@example.org",
            phone="+999 1",
            address=text(rng, 10),
        )

    entries = []
    for n in range(CURRENT_HOLDERS):
        code, role = roles[n % len(roles)]
        entries.append(
            register.add(
                FocalPointInput(
                    code,
                    role,
                    person(n),
                    designated_on=today - timedelta(days=3650),
                    verified_on=today - timedelta(days=rng.randint(0, 700)),
                    notes=text(rng, 30),
                )
            )
        )
    for n in range(FORMER_HOLDERS):
        slot = n % CURRENT_HOLDERS
        old = entries[slot]
        entries[slot] = register.replace_holder(
            old.id,
            FocalPointInput(
                old.instrument,
                old.role,
                person(CURRENT_HOLDERS + n),
                verified_on=today - timedelta(days=rng.randint(0, 400)),
            ),
            on=today - timedelta(days=3000 - 7 * n),
            handover_note=text(rng, 20),
        )
    return [entry.contact_id for entry in entries]


def _coordination(workspace, contact_ids, rng) -> None:
    service = CoordinationService(workspace)
    committee = service.save(
        MechanismInput(name="National biodiversity committee", meetings_per_year=4)
    )
    for contact_id in contact_ids[:20]:
        service.add_member(committee.id, contact_id=contact_id)
    today = date.today()
    for n in range(40):
        service.save_meeting(
            committee.id,
            MeetingRecord(0, today - timedelta(days=90 * n + 1), "14", text(rng, 40)),
        )


def _nbsap(workspace, rng) -> None:
    """60 national targets; about half of the 60 x 40 matrix filled, a few KMGBF links each."""
    nbsap = NbsapService(workspace)
    keys = [f"G{n:02d}" for n in range(1, REFERENCE_TARGETS + 1)]
    nbsap.add_framework("BIG", "Forty targets", [(key, text(rng, 8)) for key in keys])
    targets = nbsap.add_targets(
        [
            TargetInput(f"NT{n}", text(rng, 10), text(rng, 40))
            for n in range(1, NATIONAL_TARGETS + 1)
        ]
    )
    with workspace.write() as session:
        session.execute(
            insert(AlignmentRow),
            [
                {
                    "national_target_id": target.id,
                    "framework": framework,
                    "reference": reference,
                    "level": rng.choice(("partial", "direct")),
                    "note": text(rng, 6),
                }
                for target in targets
                for framework, references in (
                    ("BIG", rng.sample(keys, REFERENCE_TARGETS // 2)),
                    ("KMGBF", [f"GBF-T{t:02d}" for t in rng.sample(range(1, 24), 3)]),
                )
                for reference in references
            ],
        )


def _calendar(workspace, rng) -> None:
    """The shipped obligations plus past cycles and the team's own up to 50; 20 datasets."""
    reporting = ReportingService(workspace)
    reporting.ensure_seeded()
    have = len(reporting.obligations())
    responsible = FocalPointService(workspace).entries()
    today = date.today()
    for n in range(OBLIGATIONS - have):
        reporting.add(
            ObligationInput(
                rng.choice(("CBD", "CMS", "CITES", "RAMSAR")),
                f"Report {n}",
                "every year",
                12,
                today + timedelta(days=30 * n - 600),
                responsible_id=responsible[n].id,
                notes=text(rng, 10),
            )
        )
    ids = [o.id for o in reporting.obligations()]
    for n in range(20):
        dataset = reporting.save_dataset(
            DatasetInput(f"Dataset {n}", "Institute", "every year", today - timedelta(days=n))
        )
        reporting.set_feeds(dataset.id, rng.sample(ids, 3))


def main() -> None:
    parser = argparse.ArgumentParser(description="Write the ten-year benchmark workspace.")
    parser.add_argument("target", type=Path)
    path = parser.parse_args().target
    if path.exists():
        raise SystemExit(f"{path} exists; choose a new file")
    started = time.perf_counter()
    decade = build_decade(path)
    print(f"{path}: {decade} written in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
