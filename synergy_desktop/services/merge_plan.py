"""The three-way comparison of two workspaces: what comes in, what conflicts, what is held.

Pure functions over two :class:`~merge_records.State` objects (this workspace, "mine", and the
other, "theirs") and, for records without a history, the digests of their shared base. The rules
are described in ``services/merge.py``.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from synergy_desktop.domain.assessment import ANSWER_FIELDS
from synergy_desktop.domain.framework import Framework
from synergy_desktop.domain.rating import AssessmentStatus
from synergy_desktop.services.merge_items import (
    ADD,
    ANSWER_DEFAULTS,
    DELETE,
    UNKNOWN,
    UPDATE,
    Item,
    Plan,
)
from synergy_desktop.services.merge_labels import (
    answer_label,
    describe,
    kind_label,
    merge_field_label,
    show,
)
from synergy_desktop.services.merge_plan_records import RecordPlanning
from synergy_desktop.services.merge_records import ROUND_FIELDS, HistoryRow, State, fingerprint
from synergy_desktop.text import translate


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


class Planner(RecordPlanning):
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


def make_plan(mine, theirs, base, framework) -> Plan:
    return Planner(mine, theirs, base, framework).run()


__all__ = ["ANSWER_DEFAULTS", "Item", "Plan", "make_plan"]
