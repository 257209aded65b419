"""Carrying out a merge plan inside one write transaction (SQLAlchemy Core, any database)."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from synergy_desktop.domain.assessment import ANSWER_FIELDS
from synergy_desktop.domain.rating import AssessmentStatus
from synergy_desktop.services.merge_apply_records import RecordWriting, now
from synergy_desktop.services.merge_items import ANSWER_DEFAULTS, Item, Plan
from synergy_desktop.services.merge_labels import show
from synergy_desktop.services.merge_plan import _rounds_of_history
from synergy_desktop.services.merge_records import (
    BASE_PREFIX,
    KEPT_KEY,
    KINDS,
    HistoryRow,
    State,
)
from synergy_desktop.storage import models as m
from synergy_desktop.storage.stable_ids import new_uid
from synergy_desktop.text import arg, translate

KEEP_BASES = 20  # shared bases a workspace keeps (the newest)
MINE, THEIRS = "mine", "theirs"


@dataclass(frozen=True)
class MergeResult:
    changes: int  # incoming changes applied (no conflict)
    taken: int  # conflicts settled with their value
    kept: int  # conflicts settled with this workspace's value
    unresolved: int  # conflicts left as they are (nothing changed)
    held: int  # incoming changes of finalised rounds and the like, reported only

    @property
    def applied(self) -> int:
        return self.changes + self.taken

    @property
    def conflicts(self) -> int:
        return self.taken + self.kept + self.unresolved


_now = now


class Applier(RecordWriting):
    def __init__(
        self, session: Session, mine: State, theirs: State, plan: Plan, author: str, source: str
    ) -> None:
        self.session, self.mine, self.theirs, self.plan = session, mine, theirs, plan
        self.author, self.source = author, source
        self.round_ids = {uid: row.id for uid, row in mine.rounds.items()}
        self.ids = {
            kind.name: {k: r.id for k, r in mine.records[kind.name].items()} for kind in KINDS
        }
        self.deferred: list[tuple[str, str, str, Any]] = []  # kind, key, field, value
        self.log: list[dict[str, Any]] = []
        self.skipped = 0  # deletions left out because records kept here still need them

    # -- the whole job --------------------------------------------------------------------

    def run(
        self, choices: dict[str, str], base_texts: dict[str, str], changes: bool = True
    ) -> MergeResult:
        taken = list(self.plan.changes) if changes else []
        count = len(taken)
        kept: list[Item] = []
        unresolved = 0
        for item in self.plan.conflicts:
            choice = choices.get(item.key)
            if choice == THEIRS:
                taken.append(item)
            elif choice == MINE:
                kept.append(item)
            else:
                unresolved += 1
        effects = [self.plan.effects[item.key] for item in taken]
        order = {"round_add": 0, "round": 1, "answer": 1, "round_delete": 2}
        for effect in sorted(
            (e for e in effects if e[0] in order), key=lambda e: order[e[0]]
        ):  # rounds first, then fields, then deletions
            getattr(self, f"_{effect[0]}")(*effect[1:])
        self._flush_answers()
        self._records([e for e in effects if e[0] not in order], taken)
        self._import_history([*taken, *kept])
        self._keep(kept)
        self._bases(base_texts)
        if self.log:
            self.session.execute(insert(m.ChangeRecord.__table__), self.log)
        return MergeResult(
            count - self.skipped,
            len(taken) - count,
            len(kept),
            unresolved,
            len(self.plan.held) + self.skipped,
        )

    # -- rounds and answers ---------------------------------------------------------------

    def _round_add(self, uid: str) -> None:
        row = self.theirs.rounds[uid]
        values = {name: row.values[name] for name in ("title", "period", "participants", "status")}
        for name in ("pack_id", "pack_version", "pack_hash", "created_at", "finalised_at"):
            values[name] = row.values[name]
        previous = row.values["previous"]
        result = self.session.execute(
            insert(m.Assessment.__table__).values(
                uid=uid,
                previous_id=self.round_ids.get(previous) if previous else None,
                updated_at=row.updated_at,
                **values,
            )
        )
        self.round_ids[uid] = result.inserted_primary_key[0]
        answers = [
            {
                "uid": answer.uid,
                "assessment_id": self.round_ids[uid],
                "option_id": option,
                "updated_at": answer.updated_at,
                **answer.values,
            }
            for (round_uid, option), answer in self.theirs.answers.items()
            if round_uid == uid
        ]
        if answers:
            self.session.execute(insert(m.Response.__table__), answers)

    def _round(self, uid: str, name: str, value: Any) -> None:
        values: dict[str, Any] = {name: value, "updated_at": _now()}
        if name == "status" and value == AssessmentStatus.FINAL.value:
            values["finalised_at"] = self.theirs.rounds[uid].values["finalised_at"] or _now()
        self.session.execute(
            update(m.Assessment.__table__)
            .where(m.Assessment.id == self.round_ids[uid])
            .values(values)
        )

    def _answer(self, uid: str, option: str, name: str, value: Any) -> None:
        self._answers[(uid, option)][name] = value

    def _round_delete(self, uid: str) -> None:
        round_id = self.round_ids.pop(uid)
        self.session.execute(
            delete(m.Response.__table__).where(m.Response.assessment_id == round_id)
        )
        self.session.execute(
            update(m.Assessment.__table__)
            .where(m.Assessment.previous_id == round_id)
            .values(previous_id=None)
        )
        self.session.execute(delete(m.Assessment.__table__).where(m.Assessment.id == round_id))

    @property
    def _answers(self) -> dict[tuple[str, str], dict[str, Any]]:
        if not hasattr(self, "_pending"):
            self._pending: dict[tuple[str, str], dict[str, Any]] = defaultdict(dict)
        return self._pending

    def _flush_answers(self) -> None:
        for (uid, option), values in self._answers.items():
            mine = self.mine.answers.get((uid, option))
            theirs = self.theirs.answers.get((uid, option))
            stamp = {
                "updated_by": theirs.values["updated_by"] if theirs else self.author,
                "updated_at": theirs.updated_at if theirs else _now(),
            }
            if mine is not None:
                self.session.execute(
                    update(m.Response.__table__)
                    .where(m.Response.id == mine.id)
                    .values(**values, **stamp)
                )
            else:
                full = {name: ANSWER_DEFAULTS[name] for name in ANSWER_FIELDS} | values
                self.session.execute(
                    insert(m.Response.__table__).values(
                        uid=theirs.uid if theirs else new_uid(),
                        assessment_id=self.round_ids[uid],
                        option_id=option,
                        **full,
                        **stamp,
                    )
                )
            self.session.execute(
                update(m.Assessment.__table__)
                .where(m.Assessment.id == self.round_ids[uid])
                .values(updated_at=_now())
            )

    # -- history --------------------------------------------------------------------------

    def _row(self, assessment_id, option_id, name, old, new, author, when, source) -> dict:
        text = arg(translate("Merge", "merged from %1"), self.source)
        if source:
            text = f"{text}; {source}"
        return {
            "uid": new_uid(),
            "assessment_id": assessment_id,
            "option_id": option_id,
            "field": name,
            "old_value": old,
            "new_value": new,
            "author": author or "",
            "changed_at": when,
            "source": text[:500],
        }

    def _import_history(self, items: list[Item]) -> None:
        rows: list[HistoryRow] = list(self.plan.settled_history)
        for item in items:
            rows.extend(self.plan.history.get(item.key, ()))
        rounds = _rounds_of_history(self.theirs, self.mine)
        # rounds deleted here keep their history under their old local id
        former = {uid: i for i, uid in _rounds_of_history(self.mine, self.theirs).items()}
        for row in rows:
            assessment_id = None
            if row.assessment_id is not None:
                uid = rounds.get(row.assessment_id)
                assessment_id = self.round_ids.get(uid) or former.get(uid)
                if assessment_id is None:
                    continue  # its round is in neither workspace any more
            record = self._row(
                assessment_id,
                row.option_id,
                row.field,
                row.old,
                row.new,
                row.author,
                row.changed_at,
                row.source,
            )
            record["uid"] = row.uid  # the same change: shared history from now on
            self.log.append(record)

    def _keep(self, kept: list[Item]) -> None:
        """Remember refusals: history rows for answers, the kept list for other records."""
        ledger = dict(self.mine.kept)
        for item in kept:
            effect = self.plan.effects[item.key]
            if effect[0] in ("answer", "round", "round_add", "round_delete"):
                uid = effect[1]
                if uid not in self.round_ids:
                    continue
                option = effect[2] if effect[0] == "answer" else None
                name = item.field or "assessment"
                note = translate("Merge", "kept this workspace's value")
                self.log.append(
                    self._row(
                        self.round_ids[uid],
                        option,
                        name,
                        item.theirs or None,
                        item.mine or None,
                        self.author,
                        _now(),
                        note,
                    )
                )
            else:
                ledger[item.key] = self.plan.kept_values[item.key]
        if ledger != self.mine.kept:
            self._setting(KEPT_KEY, json.dumps(ledger, separators=(",", ":")))

    def _bases(self, texts: dict[str, str]) -> None:
        """Take the other file's shared bases, so its descendants share them with us too."""
        new = {k: v for k, v in texts.items() if k not in self.mine.bases}
        if not new:
            return
        table = m.Setting.__table__
        self.session.execute(insert(table), [{"key": k, "value": v} for k, v in new.items()])
        prune(self.session)

    def _setting(self, key: str, value: str) -> None:
        table = m.Setting.__table__
        self.session.execute(delete(table).where(table.c.key == key))
        self.session.execute(insert(table).values(key=key, value=value))


def prune(session: Session) -> None:
    """Keep the newest shared bases (their keys sort by the time they were written)."""
    table = m.Setting.__table__
    keys = sorted(
        k
        for (k,) in session.execute(select(table.c.key).where(table.c.key.like(f"{BASE_PREFIX}%")))
    )
    old = keys[:-KEEP_BASES]
    if old:
        session.execute(delete(table).where(table.c.key.in_(old)))


__all__ = ["MINE", "THEIRS", "Applier", "MergeResult", "prune", "show"]
