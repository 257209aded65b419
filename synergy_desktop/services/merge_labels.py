"""How a merge names what it shows: kinds of record, fields, records and values."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from synergy_desktop.domain.assessment import ANSWER_FIELDS
from synergy_desktop.domain.framework import Framework
from synergy_desktop.domain.labels import field_label
from synergy_desktop.services import answer_fields
from synergy_desktop.services.focal_points import role_name
from synergy_desktop.services.merge_records import Row, State
from synergy_desktop.text import QT_TRANSLATE_NOOP, arg, translate

_KINDS = {
    "round": QT_TRANSLATE_NOOP("Merge", "Round"),
    "answer": QT_TRANSLATE_NOOP("Merge", "Answer"),
    "country": QT_TRANSLATE_NOOP("Merge", "Country profile"),
    "contact": QT_TRANSLATE_NOOP("Merge", "Person"),
    "designation": QT_TRANSLATE_NOOP("Merge", "Focal point"),
    "mechanism": QT_TRANSLATE_NOOP("Merge", "Coordination mechanism"),
    "member": QT_TRANSLATE_NOOP("Merge", "Member"),
    "meeting": QT_TRANSLATE_NOOP("Merge", "Meeting"),
    "target": QT_TRANSLATE_NOOP("Merge", "National target"),
    "framework": QT_TRANSLATE_NOOP("Merge", "Reference framework"),
    "framework_target": QT_TRANSLATE_NOOP("Merge", "Framework target"),
    "alignment": QT_TRANSLATE_NOOP("Merge", "Alignment cell"),
    "dataset": QT_TRANSLATE_NOOP("Merge", "Dataset"),
    "obligation": QT_TRANSLATE_NOOP("Merge", "Reporting obligation"),
}
_FIELDS = {
    "name": QT_TRANSLATE_NOOP("Merge", "Name"),
    "short_name": QT_TRANSLATE_NOOP("Merge", "Short name"),
    "iso3": QT_TRANSLATE_NOOP("Merge", "ISO code"),
    "notes": QT_TRANSLATE_NOOP("Merge", "Notes"),
    "excluded_instruments": QT_TRANSLATE_NOOP("Merge", "Instruments left out"),
    "stale_after_months": QT_TRANSLATE_NOOP("Merge", "Months before an entry needs checking"),
    "prefix": QT_TRANSLATE_NOOP("Merge", "Prefix"),
    "first_name": QT_TRANSLATE_NOOP("Merge", "First name"),
    "last_name": QT_TRANSLATE_NOOP("Merge", "Last name"),
    "position": QT_TRANSLATE_NOOP("Merge", "Position"),
    "institution": QT_TRANSLATE_NOOP("Merge", "Institution"),
    "department": QT_TRANSLATE_NOOP("Merge", "Department"),
    "email": QT_TRANSLATE_NOOP("Merge", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("Merge", "Phone"),
    "address": QT_TRANSLATE_NOOP("Merge", "Address"),
    "contact": QT_TRANSLATE_NOOP("Merge", "Person"),
    "instrument": QT_TRANSLATE_NOOP("Merge", "Instrument"),
    "role": QT_TRANSLATE_NOOP("Merge", "Role"),
    "is_primary": QT_TRANSLATE_NOOP("Merge", "Primary"),
    "designated_on": QT_TRANSLATE_NOOP("Merge", "Designated on"),
    "verified_on": QT_TRANSLATE_NOOP("Merge", "Last verified"),
    "ended_on": QT_TRANSLATE_NOOP("Merge", "Ended on"),
    "handover_note": QT_TRANSLATE_NOOP("Merge", "Hand-over note"),
    "successor": QT_TRANSLATE_NOOP("Merge", "Successor"),
    "legal_basis": QT_TRANSLATE_NOOP("Merge", "Legal basis"),
    "mandate": QT_TRANSLATE_NOOP("Merge", "Mandate"),
    "chair_institution": QT_TRANSLATE_NOOP("Merge", "Chair"),
    "secretariat": QT_TRANSLATE_NOOP("Merge", "Secretariat"),
    "meetings_per_year": QT_TRANSLATE_NOOP("Merge", "Meetings per year"),
    "mechanism": QT_TRANSLATE_NOOP("Merge", "Mechanism"),
    "held_on": QT_TRANSLATE_NOOP("Merge", "Held on"),
    "participants": QT_TRANSLATE_NOOP("Merge", "Participants"),
    "decisions": QT_TRANSLATE_NOOP("Merge", "Decisions"),
    "next_steps": QT_TRANSLATE_NOOP("Merge", "Next steps"),
    "code": QT_TRANSLATE_NOOP("Merge", "Code"),
    "title": QT_TRANSLATE_NOOP("Merge", "Title"),
    "description": QT_TRANSLATE_NOOP("Merge", "Description"),
    "nbsap_version": QT_TRANSLATE_NOOP("Merge", "NBSAP version"),
    "lead_institution": QT_TRANSLATE_NOOP("Merge", "Lead institution"),
    "key": QT_TRANSLATE_NOOP("Merge", "Key"),
    "source": QT_TRANSLATE_NOOP("Merge", "Source"),
    "framework": QT_TRANSLATE_NOOP("Merge", "Framework"),
    "target": QT_TRANSLATE_NOOP("Merge", "National target"),
    "reference": QT_TRANSLATE_NOOP("Merge", "Reference target"),
    "level": QT_TRANSLATE_NOOP("Merge", "Level"),
    "note": QT_TRANSLATE_NOOP("Merge", "Note"),
    "custodian": QT_TRANSLATE_NOOP("Merge", "Custodian"),
    "update_frequency": QT_TRANSLATE_NOOP("Merge", "Updated"),
    "last_updated": QT_TRANSLATE_NOOP("Merge", "Last updated"),
    "reference_key": QT_TRANSLATE_NOOP("Merge", "Reference"),
    "cycle": QT_TRANSLATE_NOOP("Merge", "Cycle"),
    "interval_months": QT_TRANSLATE_NOOP("Merge", "Every (months)"),
    "due_date": QT_TRANSLATE_NOOP("Merge", "Due"),
    "due_precision": QT_TRANSLATE_NOOP("Merge", "Due date precision"),
    "status": QT_TRANSLATE_NOOP("Merge", "Status"),
    "submitted_on": QT_TRANSLATE_NOOP("Merge", "Submitted on"),
    "responsible": QT_TRANSLATE_NOOP("Merge", "Responsible"),
    "checked_on": QT_TRANSLATE_NOOP("Merge", "Checked on"),
    "datasets": QT_TRANSLATE_NOOP("Merge", "Datasets"),
}


def kind_label(kind: str) -> str:
    source = _KINDS.get(kind)
    return translate("Merge", source) if source else kind


def merge_field_label(kind: str, name: str) -> str:
    if not name:
        return translate("Merge", "(whole record)")
    if kind in ("round", "answer"):
        return field_label(name)
    source = _FIELDS.get(name)
    return translate("Merge", source) if source else name


def show(kind: str, name: str, value: Any, state: State | None = None) -> str:
    """A value as the preview shows it."""
    if value is None or value == "" or value == ():
        return ""
    if kind == "answer" and name in ANSWER_FIELDS:
        return answer_fields.to_text(name, answer_fields.from_column(name, value)) or ""
    if name == "participants" and kind == "round":
        return ", ".join(json.loads(value or "[]"))
    if name == "excluded_instruments":
        return ", ".join(json.loads(value or "[]"))
    if isinstance(value, bool):
        return translate("Merge", "yes") if value else translate("Merge", "no")
    if isinstance(value, datetime | date):
        return value.isoformat()
    if state is not None and name in _REFERENCES:
        target = _REFERENCES[name]
        if name == "datasets":
            return ", ".join(record_label(state, "dataset", key) for key in value)
        return record_label(state, target, value)
    return str(value)


_REFERENCES = {
    "contact": "contact",
    "successor": "designation",
    "mechanism": "mechanism",
    "target": "target",
    "responsible": "designation",
    "datasets": "dataset",
}


def record_label(state: State, kind: str, key: str, framework: Framework | None = None) -> str:
    """A short name of one record, from the workspace that has it."""
    row = state.records.get(kind, {}).get(key)
    if kind == "round":
        row = state.rounds.get(key)
        return row.values["title"] if row else key
    if row is None:
        return key[:8]
    values = row.values
    if kind == "country":
        return values["name"] or kind_label("country")
    if kind == "contact":
        return _person(values)
    if kind == "designation":
        return f"{role_name(values['instrument'], values['role'])}: {_holder(state, values)}"
    if kind in ("mechanism", "dataset"):
        return values["name"]
    if kind == "member":
        who = _contact(state, values["contact"]) or values["institution"]
        return f"{record_label(state, 'mechanism', values['mechanism'])}: {who}"
    if kind == "meeting":
        mechanism = record_label(state, "mechanism", values["mechanism"])
        return f"{mechanism}: {show(kind, 'held_on', values['held_on'])}"
    if kind == "target":
        return f"{values['code']} {values['title']}".strip()
    if kind == "framework":
        return f"{values['key']} {values['name']}".strip()
    if kind == "framework_target":
        framework_row = state.records["framework"].get(values["framework"])
        prefix = framework_row.values["key"] if framework_row else ""
        return f"{prefix} {values['key']}".strip()
    if kind == "alignment":
        target = record_label(state, "target", values["target"]).split(" ")[0]
        return f"{target} → {values['framework']} {values['reference']}"
    if kind == "obligation":
        due = show(kind, "due_date", values["due_date"])
        return f"{values['instrument']} {values['title']} {due}".strip()
    return key[:8]


def answer_label(state: State, round_uid: str, option_id: str, framework: Framework) -> str:
    title = record_label(state, "round", round_uid)
    option = framework.option(option_id)
    name = option.title.get() if option is not None else ""
    return arg(translate("Merge", "%1: %2 %3"), title, option_id, name).strip()


def _person(values: dict[str, Any]) -> str:
    name = " ".join(p for p in (values["first_name"], values["last_name"]) if p).strip()
    return name or values["position"] or values["institution"]


def _contact(state: State, key: str | None) -> str:
    row = state.records["contact"].get(key) if key else None
    return _person(row.values) if row else ""


def _holder(state: State, values: dict[str, Any]) -> str:
    return _contact(state, values["contact"]) or "?"


def describe(row: Row | None) -> tuple[str, datetime | None]:
    """Who last changed a record and when (answers keep an author; other records only a time)."""
    if row is None:
        return "", None
    return row.values.get("updated_by", "") or "", row.updated_at
