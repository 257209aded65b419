"""The three-way comparison of two workspaces: what comes in, what conflicts, what is held.

Pure functions over two :class:`~merge_records.State` objects (this workspace, "mine", and the
other, "theirs") and, for records without a history, the digests of their shared base. The rules
are described in ``services/merge.py``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from synergy_desktop.domain.assessment import ANSWER_FIELDS
from synergy_desktop.domain.framework import Framework
from synergy_desktop.domain.rating import AssessmentStatus
from synergy_desktop.services.merge_labels import (
    answer_label,
    describe,
    kind_label,
    merge_field_label,
    record_label,
    show,
)
from synergy_desktop.services.merge_records import (
    KIND,
    KINDS,
    ROUND_FIELDS,
    HistoryRow,
    Kind,
    State,
    field_fingerprints,
    fingerprint,
    row_fingerprint,
)
from synergy_desktop.storage import models as m
from synergy_desktop.text import translate

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


def _rounds_of_history(side: State, other: State) -> dict[int, str]:
    """Local round id -> round uid, for the ids of rounds this side deleted too (through the
    history rows both sides share)."""
    mapping = dict(side.round_ids)
    for uid, row in side.history.items():
        if row.assessment_id is None or row.assessment_id in mapping:
            continue
        twin = other.history.get(uid)
        if twin is not None and twin.assessment_id in other.round_ids:
            mapping[row.assessment_id] = other.round_ids[twin.assessment_id]
    return mapping


def _unshared(side: State, other: State) -> dict[tuple, list[HistoryRow]]:
    rounds = _rounds_of_history(side, other)
    grouped: dict[tuple, list[HistoryRow]] = defaultdict(list)
    for uid, row in side.history.items():
        if uid in other.history:
            continue
        round_uid = (
            rounds.get(row.assessment_id, UNKNOWN) if row.assessment_id is not None else None
        )
        grouped[(round_uid, row.option_id, row.field)].append(row)
    return grouped


def _known_rounds(side: State, other: State) -> set[str]:
    """Rounds that ``side`` has history of which ``other`` also holds (the round was known to
    both at some point)."""
    rounds = _rounds_of_history(side, other)
    return {
        rounds[row.assessment_id]
        for uid, row in side.history.items()
        if uid in other.history and row.assessment_id in rounds
    }


def _latest(rows: list[HistoryRow]) -> tuple[str, datetime | None]:
    if not rows:
        return "", None
    last = max(rows, key=lambda r: r.changed_at)
    return last.author, last.changed_at


class Planner:
    def __init__(
        self,
        mine: State,
        theirs: State,
        base: dict[str, dict[str, str]] | None,
        framework: Framework,
    ) -> None:
        self.mine, self.theirs, self.base, self.framework = mine, theirs, base, framework
        self.plan = Plan(
            shared_history=any(uid in mine.history for uid in theirs.history),
            shared_base=base is not None,
        )
        self.mine_rows = _unshared(mine, theirs)
        self.theirs_rows = _unshared(theirs, mine)
        self.claimed: set[tuple] = set()  # history groups that belong to an item

    # -- building ------------------------------------------------------------------------

    def run(self) -> Plan:
        self._rounds()
        self._records()
        self.plan.settled_history.extend(
            row
            for group, rows in self.theirs_rows.items()
            if group not in self.claimed and self._open_round(group[0])
            for row in rows
        )
        return self.plan

    def _open_round(self, round_uid: str | None) -> bool:
        if round_uid is None:
            return True
        row = self.mine.rounds.get(round_uid)
        return row is not None and row.values["status"] != AssessmentStatus.FINAL.value

    def _item(self, bucket: list[Item], key: str, kind: str, label: str, name: str, **kw) -> Item:
        item = Item(key, kind, kind_label(kind), label, name, merge_field_label(kind, name), **kw)
        bucket.append(item)
        return item

    def _held(self, item_key, kind, label, name, action, mine, theirs, who, when, reason):
        self._item(
            self.plan.held,
            item_key,
            kind,
            label,
            name,
            action=action,
            mine=mine,
            theirs=theirs,
            theirs_author=who,
            theirs_when=when,
            reason=reason,
        )

    # -- rounds and answers (with history) -----------------------------------------------

    def _rounds(self) -> None:
        mine, theirs = self.mine, self.theirs
        known_to_mine = _known_rounds(theirs, mine)
        known_to_theirs = _known_rounds(mine, theirs)
        for uid, row in theirs.rounds.items():
            if uid in mine.rounds:
                self._round_pair(uid)
                continue
            label = row.values["title"]
            rows = [r for g, rs in self.theirs_rows.items() if g[0] == uid for r in rs]
            who, when = _latest(rows)
            key = f"round|{uid}|"
            if uid in known_to_mine:  # deleted here
                if not rows:
                    continue
                mine_rows = [r for g, rs in self.mine_rows.items() if g[0] == uid for r in rs]
                self._item(
                    self.plan.conflicts,
                    key,
                    "round",
                    label,
                    "",
                    action=ADD,
                    mine=translate("Merge", "deleted"),
                    theirs=translate("Merge", "changed"),
                    theirs_author=who,
                    theirs_when=when,
                    mine_author=_latest(mine_rows)[0],
                    mine_when=_latest(mine_rows)[1],
                )
            else:
                answered = sum(1 for r, _ in theirs.answers if r == uid)
                self._item(
                    self.plan.changes,
                    key,
                    "round",
                    label,
                    "",
                    action=ADD,
                    mine="",
                    theirs=translate("Merge", "%n answer(s)", None, answered),
                    theirs_author=who,
                    theirs_when=when or row.updated_at,
                )
            self.plan.effects[key] = ("round_add", uid)
            self.plan.history[key] = rows
            self.claimed.update(g for g in self.theirs_rows if g[0] == uid)
        for uid, row in mine.rounds.items():
            if uid in theirs.rounds or uid not in known_to_theirs:
                continue
            rows = [r for g, rs in self.theirs_rows.items() if g[0] == uid for r in rs]
            mine_rows = [r for g, rs in self.mine_rows.items() if g[0] == uid for r in rs]
            key = f"round|{uid}|"
            label = row.values["title"]
            who, when = _latest(rows)
            self.claimed.update(g for g in self.theirs_rows if g[0] == uid)
            if row.values["status"] == AssessmentStatus.FINAL.value:
                self._held(
                    key,
                    "round",
                    label,
                    "",
                    DELETE,
                    "",
                    translate("Merge", "deleted"),
                    who,
                    when,
                    translate("Merge", "The round is finalised here."),
                )
                continue
            bucket = self.plan.conflicts if mine_rows else self.plan.changes
            self._item(
                bucket,
                key,
                "round",
                label,
                "",
                action=DELETE,
                mine=translate("Merge", "changed") if mine_rows else label,
                theirs=translate("Merge", "deleted"),
                theirs_author=who,
                theirs_when=when,
                mine_author=_latest(mine_rows)[0],
                mine_when=_latest(mine_rows)[1],
            )
            self.plan.effects[key] = ("round_delete", uid)
            self.plan.history[key] = rows

    def _round_pair(self, uid: str) -> None:
        mine_row, theirs_row = self.mine.rounds[uid], self.theirs.rounds[uid]
        locked = mine_row.values["status"] == AssessmentStatus.FINAL.value
        label = mine_row.values["title"]
        for name in ROUND_FIELDS:
            self._field(
                ("round", uid, None, name),
                f"round|{uid}|{name}",
                "round",
                label,
                mine_row.values[name],
                theirs_row.values[name],
                locked,
                ("round", uid, name, theirs_row.values[name]),
            )
        options = {o for r, o in self.mine.answers if r == uid}
        options |= {o for r, o in self.theirs.answers if r == uid}
        for option in sorted(options):
            mine_answer = self.mine.answers.get((uid, option))
            theirs_answer = self.theirs.answers.get((uid, option))
            label = answer_label(self.mine, uid, option, self.framework)
            for name in ANSWER_FIELDS:
                mv = mine_answer.values[name] if mine_answer else ANSWER_DEFAULTS[name]
                tv = theirs_answer.values[name] if theirs_answer else ANSWER_DEFAULTS[name]
                self._field(
                    ("answer", uid, option, name),
                    f"answer|{uid}|{option}|{name}",
                    "answer",
                    label,
                    mv,
                    tv,
                    locked,
                    ("answer", uid, option, name, tv),
                    mine_answer,
                    theirs_answer,
                )

    def _field(self, what, key, kind, label, mv, tv, locked, effect, mrow=None, trow=None):
        group = (what[1], what[2], what[3])
        theirs_rows = self.theirs_rows.get(group, [])
        mine_rows = self.mine_rows.get(group, [])
        if mv == tv:
            return  # settled: their history rows come in with the rest
        self.claimed.add(group)
        who, when = _latest(theirs_rows) if theirs_rows else describe(trow)
        mine_who, mine_when = _latest(mine_rows) if mine_rows else describe(mrow)
        name = what[-1]
        mine_text, theirs_text = show(kind, name, mv), show(kind, name, tv)
        if mine_rows and not theirs_rows:
            return  # changed here only: kept
        if locked:
            self._held(
                key,
                kind,
                label,
                name,
                UPDATE,
                mine_text,
                theirs_text,
                who,
                when,
                translate("Merge", "The round is finalised here."),
            )
            return
        bucket = self.plan.changes if theirs_rows and not mine_rows else self.plan.conflicts
        self._item(
            bucket,
            key,
            kind,
            label,
            name,
            action=UPDATE,
            mine=mine_text,
            theirs=theirs_text,
            theirs_author=who,
            theirs_when=when,
            mine_author=mine_who,
            mine_when=mine_when,
        )
        self.plan.effects[key] = effect
        self.plan.history[key] = theirs_rows
        self.plan.kept_values[key] = fingerprint(tv)

    # -- records without a history (register, coordination, NBSAP, calendar) --------------

    def _records(self) -> None:
        self._pair_twin_obligations()
        deletions: list[tuple[Kind, str, str]] = []
        for kind in KINDS:
            mine_rows = self.mine.records[kind.name]
            theirs_rows = self.theirs.records[kind.name]
            base = self.base.get(kind.name, {}) if self.base is not None else None
            for key in sorted(set(mine_rows) | set(theirs_rows)):
                in_base = base is not None and key in base
                if key in mine_rows and key in theirs_rows:
                    self._record_pair(kind, key, base.get(key) if in_base else None)
                elif key in theirs_rows:
                    self._record_theirs_only(kind, key, base.get(key) if in_base else None)
                elif in_base:
                    stored = base[key]
                    item_key = f"{kind.name}|{key}|{WHOLE}"
                    if self.mine.kept.get(item_key) == DELETE:
                        continue  # their deletion was seen and refused before
                    changed = row_fingerprint(kind, mine_rows[key]) != stored
                    deletions.append((kind, key, "conflict" if changed else "change"))
        self._deletions(deletions)

    def _pair_twin_obligations(self) -> None:
        """Shipped obligations copied into two unrelated workspaces are one record."""
        mine, theirs = self.mine.records["obligation"], self.theirs.records["obligation"]
        free = {
            (r.values["reference_key"], r.values["due_date"]): key
            for key, r in mine.items()
            if key not in theirs and r.values["reference_key"]
        }
        for key in [k for k in theirs if k not in mine]:
            row = theirs[key]
            twin = free.pop((row.values["reference_key"], row.values["due_date"]), None)
            if twin is not None and row.values["reference_key"]:
                theirs[twin] = theirs.pop(key)

    def _record_pair(self, kind: Kind, key: str, stored: str | None) -> None:
        mine_row, theirs_row = (
            self.mine.records[kind.name][key],
            self.theirs.records[kind.name][key],
        )
        base = field_fingerprints(kind, stored) if stored is not None else None
        label = record_label(self.mine, kind.name, key)
        for name in kind.fields:
            mv, tv = mine_row.values[name], theirs_row.values[name]
            if mv == tv:
                continue
            item_key = f"{kind.name}|{key}|{name}"
            tfp = fingerprint(tv)
            if self.mine.kept.get(item_key) == tfp:
                continue  # this value of theirs was seen and refused before
            mine_changed = base is None or fingerprint(mv) != base[name]
            theirs_changed = base is None or tfp != base[name]
            if not theirs_changed:
                continue
            bucket = self.plan.changes if not mine_changed else self.plan.conflicts
            self._item(
                bucket,
                item_key,
                kind.name,
                label,
                name,
                action=UPDATE,
                mine=show(kind.name, name, mv, self.mine),
                theirs=show(kind.name, name, tv, self.theirs),
                theirs_when=theirs_row.updated_at,
                mine_when=mine_row.updated_at,
            )
            self.plan.effects[item_key] = ("record", kind.name, key, name, tv)
            self.plan.kept_values[item_key] = tfp

    def _record_theirs_only(self, kind: Kind, key: str, stored: str | None) -> None:
        row = self.theirs.records[kind.name][key]
        item_key = f"{kind.name}|{key}|{WHOLE}"
        fp = row_fingerprint(kind, row)
        label = record_label(self.theirs, kind.name, key)
        deleted_here = stored is not None
        if deleted_here and (fp == stored or self.mine.kept.get(item_key) == fp):
            return  # deleted here, unchanged there: stays deleted
        missing = self._missing_parent(kind, row.values)
        if missing:
            self._held(
                item_key,
                kind.name,
                label,
                "",
                ADD,
                "",
                label,
                "",
                row.updated_at,
                translate("Merge", "It belongs to a record that is not in this workspace."),
            )
            return
        if kind.name == "framework" and any(
            r.values["key"] == row.values["key"] for r in self.mine.records["framework"].values()
        ):
            self._held(
                item_key,
                kind.name,
                label,
                "",
                ADD,
                "",
                label,
                "",
                None,
                translate("Merge", "This workspace has another framework with the same key."),
            )
            return
        bucket = self.plan.conflicts if deleted_here else self.plan.changes
        self._item(
            bucket,
            item_key,
            kind.name,
            label,
            "",
            action=ADD,
            mine=translate("Merge", "deleted") if deleted_here else "",
            theirs=label if not deleted_here else translate("Merge", "changed"),
            theirs_when=row.updated_at,
        )
        self.plan.effects[item_key] = ("record_add", kind.name, key)
        self.plan.kept_values[item_key] = fp

    def _missing_parent(self, kind: Kind, values: dict[str, Any]) -> bool:
        for name in kind.required:
            target = kind.refs[name][1]
            key = values[name]
            if key in self.mine.records[target]:
                continue
            if f"{target}|{key}|{WHOLE}" in self.plan.effects:
                continue  # added by this merge (parents come first)
            return True
        return False

    def _deletions(self, deletions: list[tuple[Kind, str, str]]) -> None:
        planned = {(kind.name, key) for kind, key, _ in deletions}
        for kind, key, how in deletions:
            label = record_label(self.mine, kind.name, key)
            item_key = f"{kind.name}|{key}|{WHOLE}"
            row = self.mine.records[kind.name][key]
            if self._has_children(kind.name, key, planned):
                self._held(
                    item_key,
                    kind.name,
                    label,
                    "",
                    DELETE,
                    label,
                    translate("Merge", "deleted"),
                    "",
                    None,
                    translate("Merge", "Records added here still refer to it."),
                )
                continue
            bucket = self.plan.conflicts if how == "conflict" else self.plan.changes
            self._item(
                bucket,
                item_key,
                kind.name,
                label,
                "",
                action=DELETE,
                mine=translate("Merge", "changed") if how == "conflict" else label,
                theirs=translate("Merge", "deleted"),
                mine_when=row.updated_at,
            )
            self.plan.effects[item_key] = ("record_delete", kind.name, key)
            self.plan.kept_values[item_key] = DELETE

    def _has_children(self, kind_name: str, key: str, planned: set[tuple[str, str]]) -> bool:
        for kind in KINDS:
            for name, (_column, target) in kind.refs.items():
                if target != kind_name or name not in (*kind.required, "contact"):
                    continue
                for child_key, child in self.mine.records[kind.name].items():
                    if child.values[name] == key and (kind.name, child_key) not in planned:
                        return True
        return False


def make_plan(mine, theirs, base, framework) -> Plan:
    return Planner(mine, theirs, base, framework).run()


__all__ = ["ADD", "DELETE", "KIND", "UPDATE", "Item", "Plan", "make_plan"]
