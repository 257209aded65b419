"""What a merge plan is made of: the items a preview shows and the effects applying has."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from synergy_desktop.domain.assessment import ANSWER_FIELDS
from synergy_desktop.services.merge_records import HistoryRow
from synergy_desktop.storage import models as m

ADD, UPDATE, DELETE = "add", "update", "delete"
WHOLE = "*"  # the "field" of a whole record (added or deleted)
UNKNOWN = "?"  # the round of a history row whose round neither side has any more
ANSWER_DEFAULTS = {
    name: m.Response.__table__.c[name].default.arg if m.Response.__table__.c[name].default else None
    for name in ANSWER_FIELDS
}


@dataclass(frozen=True)
class Item:
    """One incoming change, conflict or held change, as the preview shows it."""

    key: str  # stable within one pair of workspaces; choices name conflicts by it
    kind: str  # "round", "answer", "designation"...
    kind_label: str
    label: str
    field: str  # "" for a whole record
    field_label: str
    action: str  # ADD, UPDATE or DELETE (what taking theirs does here)
    mine: str
    theirs: str
    theirs_author: str = ""
    theirs_when: datetime | None = None
    mine_author: str = ""
    mine_when: datetime | None = None
    reason: str = ""  # why a held change is not applied


@dataclass
class Plan:
    changes: list[Item] = field(default_factory=list)
    conflicts: list[Item] = field(default_factory=list)
    held: list[Item] = field(default_factory=list)
    effects: dict[str, tuple] = field(default_factory=dict)  # item key: what applying does
    history: dict[str, list[HistoryRow]] = field(default_factory=dict)  # item key: rows
    settled_history: list[HistoryRow] = field(default_factory=list)  # imported in any case
    kept_values: dict[str, str] = field(default_factory=dict)  # item key: fp of theirs
    shared_history: bool = False
    shared_base: bool = False
