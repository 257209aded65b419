"""Writing the records that keep no history (register, coordination, NBSAP, calendar)."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, insert, select, update

from synergy_desktop.services.merge_items import Item
from synergy_desktop.services.merge_records import KIND, KINDS
from synergy_desktop.storage import models as m


def now() -> datetime:
    return datetime.now(UTC)


class RecordWriting:
    """Part of merge_apply.Applier: needs ``session``, ``theirs``, ``plan``, ``ids``,
    ``deferred``, ``log``, ``author`` and ``_row``."""

    # -- records without a history --------------------------------------------------------

    def _records(self, effects: list[tuple], taken: list[Item]) -> None:
        by_kind: dict[str, list[tuple]] = defaultdict(list)
        for effect in effects:
            by_kind[effect[1]].append(effect)
        labels = {item.key: item for item in taken}
        for kind in KINDS:
            adds = [e[2] for e in by_kind[kind.name] if e[0] == "record_add"]
            if adds:
                self._insert(kind.name, adds)
            fields: dict[str, dict[str, Any]] = defaultdict(dict)
            for effect in by_kind[kind.name]:
                if effect[0] == "record":
                    fields[effect[2]][effect[3]] = effect[4]
            for key, values in fields.items():
                self._update(kind.name, key, values)
        deferred, self.deferred = self.deferred, []
        for kind_name, key, name, value in deferred:  # references to rows added after them
            self._update(kind_name, key, {name: value}, defer=False)
        for kind in reversed(KINDS):
            for effect in by_kind[kind.name]:
                if effect[0] == "record_delete":
                    self._delete(kind.name, effect[2])
        for effect, item in ((self.plan.effects[k], i) for k, i in labels.items()):
            if effect[0].startswith("record"):
                self._log_record(effect, item)

    def _columns(
        self, kind_name: str, values: dict[str, Any], key: str, defer: bool = True
    ) -> dict[str, Any]:
        kind = KIND[kind_name]
        columns = {}
        for name, value in values.items():
            if name == "datasets":
                continue
            if name in kind.refs:
                column, target = kind.refs[name]
                resolved = self.ids[target].get(value) if value is not None else None
                if value is not None and resolved is None and defer:
                    self.deferred.append((kind_name, key, name, value))
                columns[column] = resolved
            else:
                columns[name] = value
        if "updated_at" in kind.table.c:
            columns["updated_at"] = now()
        return columns

    def _insert(self, kind_name: str, keys: list[str]) -> None:
        kind = KIND[kind_name]
        rows = []
        for key in keys:
            row = self.theirs.records[kind_name][key]
            columns = self._columns(kind_name, row.values, key)
            if kind_name != "country":
                columns["uid"] = row.uid
            rows.append(columns)
        self.session.execute(insert(kind.table), rows)
        if kind_name == "country":
            found = self.session.execute(select(kind.table.c.id)).first()
            self.ids["country"]["country"] = found[0]
        else:
            uids = {self.theirs.records[kind_name][key].uid: key for key in keys}
            for row_id, uid in self.session.execute(
                select(kind.table.c.id, kind.table.c.uid).where(kind.table.c.uid.in_(list(uids)))
            ):
                self.ids[kind_name][uids[uid]] = row_id
        if kind_name == "obligation":
            for key in keys:
                self._feeds(key, self.theirs.records[kind_name][key].values["datasets"])

    def _update(self, kind_name: str, key: str, values: dict[str, Any], defer: bool = True) -> None:
        kind = KIND[kind_name]
        row_id = self.ids[kind_name][key]
        columns = self._columns(kind_name, values, key, defer)
        self.session.execute(update(kind.table).where(kind.table.c.id == row_id).values(columns))
        if "datasets" in values:
            self._feeds(key, values["datasets"])

    def _feeds(self, key: str, datasets: tuple[str, ...]) -> None:
        uses = m.DatasetUse.__table__
        obligation_id = self.ids["obligation"][key]
        self.session.execute(delete(uses).where(uses.c.obligation_id == obligation_id))
        rows = [
            {"dataset_id": self.ids["dataset"][d], "obligation_id": obligation_id}
            for d in datasets
            if d in self.ids["dataset"]
        ]
        if rows:
            self.session.execute(insert(uses), rows)

    def _delete(self, kind_name: str, key: str) -> None:
        table = KIND[kind_name].table
        row_id = self.ids[kind_name][key]
        for kind in KINDS:  # a record something kept here still needs is not deleted
            for name in kind.required:
                column, target = kind.refs[name]
                if (
                    target == kind_name
                    and self.session.execute(
                        select(kind.table.c.id).where(kind.table.c[column] == row_id).limit(1)
                    ).first()
                ):
                    self.skipped += 1
                    return
        del self.ids[kind_name][key]
        self.session.execute(delete(table).where(table.c.id == row_id))

    def _log_record(self, effect: tuple, item: Item) -> None:
        """The register keeps no history of its own: the merge writes one row per change."""
        when = item.theirs_when or now()
        self.log.append(
            self._row(
                None,
                None,
                f"{item.kind}.{item.field or item.action}"[:50],
                item.mine or None,
                item.theirs or None,
                self.author,
                when,
                "",
            )
        )
