"""The comparison of records that keep no history (register, coordination, NBSAP, calendar,
country profile) against the shared base the two files hold; the rules are in merge.py."""

from __future__ import annotations

from typing import Any

from synergy_desktop.services.merge_items import ADD, DELETE, UPDATE, WHOLE
from synergy_desktop.services.merge_labels import record_label, show
from synergy_desktop.services.merge_records import (
    KINDS,
    Kind,
    field_fingerprints,
    fingerprint,
    row_fingerprint,
)
from synergy_desktop.text import translate


class RecordPlanning:
    """Part of the planner (merge_plan.Planner): needs ``mine``, ``theirs``, ``base``, ``plan``,
    ``_item`` and ``_held``."""

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
