"""The demo's focal-point register and coordination committee (resources/demo); dates moved
by the demo's clock."""

from __future__ import annotations

from datetime import date

from synergy_desktop.domain.focal_points import (
    FocalPointInput,
    MechanismInput,
    MeetingRecord,
    Person,
)
from synergy_desktop.services.coordination import CoordinationService
from synergy_desktop.services.country import get_country, save_country
from synergy_desktop.services.demo_dates import DemoClock
from synergy_desktop.services.demo_texts import demo_file
from synergy_desktop.services.focal_points import PERSON_FIELDS, FocalPointService
from synergy_desktop.storage.workspace import Workspace


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _input(item: dict, people: dict[str, Person], contact_ids: dict[str, int]) -> FocalPointInput:
    return FocalPointInput(
        instrument=item["instrument"],
        role=item["role"],
        person=people[item["contact"]],
        contact_id=contact_ids.get(item["contact"]),
        is_primary=item.get("primary", False),
        designated_on=_day(item.get("designated_on")),
        verified_on=_day(item.get("verified_on")),
        notes=item.get("notes", ""),
    )


def fill_register(workspace: Workspace, clock: DemoClock) -> None:
    data = clock.rebase(demo_file("demo_register.json", clock.lang))
    country = get_country(workspace)
    save_country(
        workspace,
        type(country)(**{**vars(country), "stale_after_months": data["stale_after_months"]}),
    )
    people = {
        c["key"]: Person(**{k: c.get(k) or "" for k in PERSON_FIELDS}) for c in data["contacts"]
    }
    service = FocalPointService(workspace)
    contact_ids: dict[str, int] = {}

    def add(item: dict) -> int:
        entry = service.add(_input(item, people, contact_ids))
        contact_ids[item["contact"]] = entry.contact_id
        return entry.id

    ended = {(e["instrument"], e["role"]): e for e in data.get("ended", [])}
    former = {key: add({**item, "verified_on": None}) for key, item in ended.items()}
    for item in data["designations"]:
        key = (item["instrument"], item["role"])
        if key not in former:
            add(item)
            continue
        entry = service.replace_holder(
            former.pop(key),
            _input(item, people, contact_ids),
            on=_day(ended[key]["ended_on"]),
            handover_note=ended[key].get("handover_note", ""),
        )
        contact_ids[item["contact"]] = entry.contact_id
    for key, former_id in former.items():  # left, and nobody designated since
        service.end(
            former_id,
            on=_day(ended[key]["ended_on"]),
            handover_note=ended[key].get("handover_note", ""),
        )
    mechanism_data = data["mechanism"]
    coordination = CoordinationService(workspace)
    mechanism = coordination.save(
        MechanismInput(
            name=mechanism_data["name"],
            legal_basis=mechanism_data.get("legal_basis", ""),
            mandate=mechanism_data.get("mandate", ""),
            chair_institution=mechanism_data.get("chair_institution", ""),
            secretariat=mechanism_data.get("secretariat", ""),
            meetings_per_year=mechanism_data.get("meetings_per_year", 0),
        )
    )
    for member in mechanism_data.get("members", []):
        if "contact" in member:
            if member["contact"] in contact_ids:
                coordination.add_member(mechanism.id, contact_id=contact_ids[member["contact"]])
        else:
            coordination.add_member(mechanism.id, institution=member["institution"])
    for meeting in mechanism_data.get("meetings", []):
        coordination.save_meeting(
            mechanism.id,
            MeetingRecord(
                0,
                date.fromisoformat(meeting["date"]),
                meeting.get("participants", ""),
                meeting.get("decisions", ""),
                meeting.get("next_steps", ""),
            ),
        )
