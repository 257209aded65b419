"""The demo's national targets, alignments, reporting statuses and datasets (resources/demo);
dates moved by the demo's clock, the shipped deadlines too."""

from __future__ import annotations

from datetime import date

from synergy_desktop.domain.focal_points import FocalPoint
from synergy_desktop.domain.nbsap import Level, TargetInput
from synergy_desktop.domain.reporting import DatasetInput, ObligationInput, Precision, Status
from synergy_desktop.services.demo_dates import DemoClock
from synergy_desktop.services.demo_texts import demo_file
from synergy_desktop.services.focal_points import FocalPointService
from synergy_desktop.services.nbsap import NbsapService
from synergy_desktop.services.reporting import ReportingService
from synergy_desktop.storage.workspace import Workspace


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _holder(
    entries: list[FocalPoint], email_by_key: dict[str, str], key: str | None, instrument: str
) -> int | None:
    """The current register entry of the demo contact ``key`` for ``instrument``."""
    if not key:
        return None
    email = email_by_key.get(key)
    matches = [e for e in entries if e.person.email == email]
    preferred = [e for e in matches if e.instrument == instrument]
    chosen = (preferred or matches or [None])[0]
    return chosen.id if chosen else None


def fill_nbsap_and_reporting(workspace: Workspace, contacts: list[dict], clock: DemoClock) -> None:
    data = clock.rebase(demo_file("demo_nbsap_reporting.json", clock.lang))
    nbsap = NbsapService(workspace)
    targets = nbsap.add_targets(
        [
            TargetInput(
                t["code"],
                t["title"],
                t.get("description", ""),
                t.get("nbsap_version", ""),
                t.get("lead_institution", ""),
            )
            for t in data["national_targets"]
        ]
    )
    ids = {t.code: t.id for t in targets}
    for row in data["alignments"]:
        nbsap.set_alignment(
            ids[row["target"]],
            row["framework"],
            row["reference"],
            Level(row["level"]),
            row.get("note", ""),
        )

    reporting = ReportingService(workspace)
    entries = FocalPointService(workspace).entries()
    email_by_key = {c["key"]: c.get("email", "") for c in contacts}
    shipped = {o.reference_key: o for o in reporting.obligations()}
    rows = {row["key"]: row for row in data["obligations"]}
    for key, obligation in shipped.items():  # the shipped deadlines move with the demo
        row = rows.get(key, {})
        reporting.update(
            obligation.id,
            ObligationInput(
                obligation.instrument,
                obligation.title,
                obligation.cycle,
                obligation.interval_months,
                clock.day(obligation.due_date),
                obligation.due_precision,
                _holder(entries, email_by_key, row.get("responsible"), obligation.instrument),
                row.get("notes", obligation.notes),
            ),
        )
    for row in data["obligations"]:
        obligation = shipped[row["key"]]
        if row.get("status", "not_started") != Status.NOT_STARTED.value:
            reporting.set_status(
                obligation.id, Status(row["status"]), _day(row.get("submitted_on"))
            )
    for row in data.get("extra_obligations", []):
        added = reporting.add(
            ObligationInput(
                row["instrument"],
                row["title"],
                row.get("cycle", ""),
                row.get("interval_months"),
                _day(row.get("due_date")),
                Precision(row.get("due_precision", "day")),
                _holder(entries, email_by_key, row.get("responsible"), row["instrument"]),
                row.get("notes", ""),
            )
        )
        if row.get("status", "not_started") != Status.NOT_STARTED.value:
            reporting.set_status(added.id, Status(row["status"]), _day(row.get("submitted_on")))
    for row in data["datasets"]:
        dataset = reporting.save_dataset(
            DatasetInput(
                row["name"],
                row.get("custodian", ""),
                row.get("update_frequency", ""),
                _day(row.get("last_updated")),
                row.get("notes", ""),
            )
        )
        reporting.set_feeds(dataset.id, [shipped[key].id for key in row.get("feeds", [])])
