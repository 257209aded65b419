"""What a merge reads from a workspace: every mergeable record as plain values, by stable key.

Records are read with SQLAlchemy Core (SQLite or PostgreSQL alike) into :class:`State`:
rounds and answers (which have a change history), the history itself, and the records that
keep no history of their own (register, coordination, NBSAP, calendar, country profile), whose
foreign keys are turned from local integer ids into the uids of the rows they point to.

Keys: a record's ``uid``; an answer's key is its round's uid and the option's id (two copies
may each create the answer of one option); an alignment cell's key is its national target's uid,
the framework key and the reference target (a cell set to "none" is removed and comes back with
a new uid); the country profile is one row.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from synergy_desktop.domain.assessment import ANSWER_FIELDS
from synergy_desktop.storage import models as m

ROUND_FIELDS = ("title", "period", "participants", "status")
BASE_PREFIX = "merge.base."
KEPT_KEY = "merge.kept"


@dataclass(frozen=True)
class Kind:
    """One kind of record without a history: its table, compared fields and references."""

    name: str
    table: Any
    fields: tuple[str, ...]
    refs: dict[str, tuple[str, str]] = field(default_factory=dict)  # field: (column, kind)
    natural: tuple[str, ...] = ()  # key fields instead of the uid
    required: tuple[str, ...] = ()  # references that must exist (NOT NULL foreign keys)

    def column(self, name: str) -> str:
        return self.refs[name][0] if name in self.refs else name


PERSON = ("prefix", "first_name", "last_name", "position", "institution", "department")
KINDS: tuple[Kind, ...] = (
    Kind(
        "country",
        m.CountryProfile.__table__,
        ("name", "short_name", "iso3", "notes", "excluded_instruments", "stale_after_months"),
    ),
    Kind("contact", m.Contact.__table__, (*PERSON, "email", "phone", "address")),
    Kind(
        "designation",
        m.Designation.__table__,
        (
            "contact",
            "instrument",
            "role",
            "is_primary",
            "designated_on",
            "verified_on",
            "ended_on",
            "handover_note",
            "notes",
            "successor",
        ),
        {"contact": ("contact_id", "contact"), "successor": ("successor_id", "designation")},
        required=("contact",),
    ),
    Kind(
        "mechanism",
        m.Mechanism.__table__,
        (
            "name",
            "legal_basis",
            "mandate",
            "chair_institution",
            "secretariat",
            "meetings_per_year",
            "notes",
        ),
    ),
    Kind(
        "member",
        m.MechanismMember.__table__,
        ("mechanism", "contact", "institution"),
        {"mechanism": ("mechanism_id", "mechanism"), "contact": ("contact_id", "contact")},
        required=("mechanism",),
    ),
    Kind(
        "meeting",
        m.Meeting.__table__,
        ("mechanism", "held_on", "participants", "decisions", "next_steps"),
        {"mechanism": ("mechanism_id", "mechanism")},
        required=("mechanism",),
    ),
    Kind(
        "target",
        m.NationalTarget.__table__,
        ("code", "title", "description", "nbsap_version", "lead_institution", "position"),
    ),
    Kind("framework", m.CustomFramework.__table__, ("key", "name", "instrument", "source")),
    Kind(
        "framework_target",
        m.CustomTarget.__table__,
        ("framework", "key", "title", "position"),
        {"framework": ("framework_id", "framework")},
        required=("framework",),
    ),
    Kind(
        "alignment",
        m.AlignmentRow.__table__,
        ("target", "framework", "reference", "level", "note"),
        {"target": ("national_target_id", "target")},
        natural=("target", "framework", "reference"),
        required=("target",),
    ),
    Kind(
        "dataset",
        m.DatasetRow.__table__,
        ("name", "custodian", "update_frequency", "last_updated", "notes"),
    ),
    Kind(
        "obligation",
        m.ObligationRow.__table__,
        (
            "reference_key",
            "instrument",
            "title",
            "cycle",
            "interval_months",
            "due_date",
            "due_precision",
            "status",
            "submitted_on",
            "responsible",
            "notes",
            "checked_on",
            "datasets",
        ),
        {"responsible": ("responsible_id", "designation")},
    ),
)
KIND = {kind.name: kind for kind in KINDS}


@dataclass
class Row:
    """One record's values (references as keys), its local id and when it last changed."""

    values: dict[str, Any]
    id: Any = None
    uid: str = ""
    updated_at: datetime | None = None


@dataclass(frozen=True)
class HistoryRow:
    uid: str
    assessment_id: int | None
    option_id: str | None
    field: str
    old: str | None
    new: str | None
    author: str
    changed_at: datetime
    source: str


@dataclass
class State:
    """Everything a merge compares, read in one transaction."""

    rounds: dict[str, Row] = field(default_factory=dict)
    answers: dict[tuple[str, str], Row] = field(default_factory=dict)
    history: dict[str, HistoryRow] = field(default_factory=dict)
    records: dict[str, dict[str, Row]] = field(default_factory=dict)
    bases: set[str] = field(default_factory=set)  # settings keys of the copies' bases
    kept: dict[str, str] = field(default_factory=dict)  # choices of "keep mine", see merge.py
    round_ids: dict[int, str] = field(default_factory=dict)  # local id: round uid
    ids: dict[str, dict[Any, str]] = field(default_factory=dict)  # kind: local id: uid


def fingerprint(value: Any) -> str:
    """A short digest of one value (the shared base keeps digests, not the values)."""
    text = json.dumps(plain(value), ensure_ascii=False, sort_keys=True)
    return hashlib.blake2b(text.encode("utf-8"), digest_size=6).hexdigest()


def plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, tuple):
        return list(value)
    return value


def row_fingerprint(kind: Kind, row: Row) -> str:
    return "".join(fingerprint(row.values[name]) for name in kind.fields)


def field_fingerprints(kind: Kind, stored: str) -> dict[str, str]:
    size = len(stored) // max(len(kind.fields), 1)
    return {name: stored[i * size : (i + 1) * size] for i, name in enumerate(kind.fields)}


def natural_key(kind: Kind, values: dict[str, Any]) -> str:
    return "|".join(str(values[name]) for name in kind.natural)


def read_state(session: Session, *, with_history: bool = True) -> State:
    """Read every mergeable record of the workspace behind ``session``."""
    state = State()
    rounds = m.Assessment.__table__
    for row in session.execute(select(rounds)).mappings():
        state.round_ids[row["id"]] = row["uid"]
    for row in session.execute(select(rounds)).mappings():
        values = {name: row[name] for name in ROUND_FIELDS}
        for name in ("pack_id", "pack_version", "pack_hash", "created_at", "finalised_at"):
            values[name] = row[name]
        values["previous"] = state.round_ids.get(row["previous_id"])
        state.rounds[row["uid"]] = Row(values, row["id"], row["uid"], row["updated_at"])
    answers = m.Response.__table__
    for row in session.execute(select(answers)).mappings():
        round_uid = state.round_ids[row["assessment_id"]]
        values = {name: row[name] for name in ANSWER_FIELDS}
        values["updated_by"] = row["updated_by"]
        state.answers[(round_uid, row["option_id"])] = Row(
            values, row["id"], row["uid"], row["updated_at"]
        )
    if with_history:
        history = m.ChangeRecord.__table__
        for row in session.execute(select(history)).mappings():
            state.history[row["uid"]] = HistoryRow(
                row["uid"],
                row["assessment_id"],
                row["option_id"],
                row["field"],
                row["old_value"],
                row["new_value"],
                row["author"],
                row["changed_at"],
                row["source"],
            )
    _read_records(session, state)
    settings = m.Setting.__table__
    for (key,) in session.execute(select(settings.c.key).where(settings.c.key.like("merge.%"))):
        if key.startswith(BASE_PREFIX):
            state.bases.add(key)
    kept = session.get(m.Setting, KEPT_KEY)
    state.kept = json.loads(kept.value or "{}") if kept is not None else {}
    return state


def _read_records(session: Session, state: State) -> None:
    raw: dict[str, list[dict[str, Any]]] = {}
    for kind in KINDS:
        raw[kind.name] = [dict(r) for r in session.execute(select(kind.table)).mappings()]
        ids = state.ids.setdefault(kind.name, {})
        for row in raw[kind.name]:
            ids[row["id"]] = row.get("uid") or "country"
    uses = m.DatasetUse.__table__
    feeds: dict[Any, list[str]] = defaultdict(list)
    for dataset_id, obligation_id in session.execute(
        select(uses.c.dataset_id, uses.c.obligation_id)
    ):
        feeds[obligation_id].append(state.ids["dataset"][dataset_id])
    for kind in KINDS:
        rows = state.records.setdefault(kind.name, {})
        for row in raw[kind.name]:
            values = {}
            for name in kind.fields:
                if name == "datasets":
                    values[name] = tuple(sorted(feeds.get(row["id"], ())))
                elif name in kind.refs:
                    column, target = kind.refs[name]
                    values[name] = state.ids[target].get(row[column])
                else:
                    values[name] = row[name]
            uid = row.get("uid") or "country"
            key = natural_key(kind, values) if kind.natural else uid
            rows[key] = Row(values, row["id"], uid, row.get("updated_at"))


def snapshot_text(state: State) -> str:
    """The shared base a copy records: a digest of every field of every record."""
    rows = {
        kind.name: {
            key: row_fingerprint(kind, row) for key, row in state.records[kind.name].items()
        }
        for kind in KINDS
    }
    return json.dumps({"rows": rows}, separators=(",", ":"))


def read_base(session: Session, key: str) -> dict[str, dict[str, str]]:
    value = session.get(m.Setting, key)
    return json.loads(value.value)["rows"] if value is not None else {}
