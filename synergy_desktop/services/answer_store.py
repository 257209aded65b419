"""Reading and writing answers and their history as plain rows (SQLAlchemy Core).

Saving an answer is the application's most frequent write (every pause in typing), and reading a
round's answers and an option's history happens at every change of round or option. These
functions run inside a transaction the service opened, and use statements instead of ORM
objects: one statement per changed answer and one for its history rows, nothing loaded twice,
nothing tracked after the transaction ends.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import UTC, datetime

from sqlalchemy import Connection, String, bindparam, insert, select, type_coerce, update

from synergy_desktop.domain.assessment import ANSWER_FIELDS, Answer, HistoryEntry
from synergy_desktop.services import answer_fields
from synergy_desktop.services.assessment_rules import check_editable
from synergy_desktop.services.errors import ConflictError, NotFoundError
from synergy_desktop.storage.models import Assessment, ChangeRecord, Response
from synergy_desktop.storage.stable_ids import new_uid
from synergy_desktop.text import arg, translate

ROUNDS = Assessment.__table__
RESPONSES = Response.__table__
HISTORY = ChangeRecord.__table__

# Built once: a statement built per call costs more than running it (SQLAlchemy compiles and
# caches by statement shape; building and hashing the shape is the part that repeats).
_ROUND_STATE = (
    select(ROUNDS.c.status, ROUNDS.c.title)
    .where(ROUNDS.c.id == bindparam("round_id"))
    .with_for_update()
)
_ANSWERS = select(RESPONSES).where(RESPONSES.c.assessment_id == bindparam("round_id"))
_ANSWER = _ANSWERS.where(RESPONSES.c.option_id == bindparam("option"))
_INSERT_ANSWER = insert(RESPONSES)  # the columns are the keys of the values given
_UPDATE_ANSWER = update(RESPONSES).where(RESPONSES.c.id == bindparam("response_id"))
_INSERT_HISTORY = insert(HISTORY).returning(HISTORY.c.id, sort_by_parameter_order=True)
_TOUCH_ROUND = update(ROUNDS).where(ROUNDS.c.id == bindparam("round_id"))
# The columns of a history entry, in the order of HistoryEntry's fields; the time comes as the
# driver gives it and is made an aware UTC datetime below, once per row instead of through two
# layers of type processing (the panel under the walk-through reads hundreds of entries).
_ENTRY_COLUMNS = tuple(
    type_coerce(HISTORY.c[name], String) if name == "changed_at" else HISTORY.c[name]
    for name in (
        "id",
        "assessment_id",
        "option_id",
        "field",
        "old_value",
        "new_value",
        "author",
        "changed_at",
        "source",
        "uid",
    )
)
_NEWEST_FIRST = select(*_ENTRY_COLUMNS).order_by(HISTORY.c.changed_at.desc(), HISTORY.c.id.desc())
_OPTION_HISTORY = _NEWEST_FIRST.where(
    HISTORY.c.assessment_id == bindparam("round_id"), HISTORY.c.option_id == bindparam("option")
)


def not_found(assessment_id: int) -> NotFoundError:
    return NotFoundError(
        arg(
            translate("Assessments", "There is no assessment with id %1 in this workspace."),
            assessment_id,
        )
    )


def answer_from_row(row) -> Answer:
    """An answer from a ``responses`` row (an ORM object or a Core row)."""
    values = {name: answer_fields.from_column(name, getattr(row, name)) for name in ANSWER_FIELDS}
    return Answer(
        option_id=row.option_id,
        updated_by=row.updated_by,
        updated_at=row.updated_at,
        uid=row.uid,
        **values,
    )


def read_history(
    connection: Connection,
    assessment_id: int | None = None,
    option_id: str | None = None,
    limit: int | None = None,
) -> list[HistoryEntry]:
    """History entries, newest first; of one round and one option when given (the panel under
    the walk-through asks at every change of option: one index range, no sorting)."""
    if assessment_id is not None and option_id is not None and not limit:
        query, parameters = _OPTION_HISTORY, {"round_id": assessment_id, "option": option_id}
    else:
        query, parameters = _NEWEST_FIRST, {}
        if assessment_id is not None:
            query = query.where(HISTORY.c.assessment_id == assessment_id)
        if option_id is not None:
            query = query.where(HISTORY.c.option_id == option_id)
        if limit:
            query = query.limit(limit)
    return [
        HistoryEntry(id, round_id, option, field, old, new, author, _utc(when), source, uid)
        for id, round_id, option, field, old, new, author, when, source, uid in connection.execute(
            query, parameters
        ).all()
    ]


def _utc(value: str | datetime) -> datetime:
    """A stored time (naive UTC: text on SQLite, a datetime on a server) as an aware one."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC)


def lock_editable(connection: Connection, assessment_id: int) -> None:
    """Check that the round exists and is a draft; on a server, hold its row until the
    transaction ends (two saves to one round are serialised; SQLite holds the write lock)."""
    row = connection.execute(_ROUND_STATE, {"round_id": assessment_id}).first()
    if row is None:
        raise not_found(assessment_id)
    check_editable(row)


def read_answers(connection: Connection, assessment_id: int) -> dict[str, Answer]:
    rows = connection.execute(_ANSWERS, {"round_id": assessment_id})
    return {row.option_id: answer_from_row(row) for row in rows}


def apply_changes(
    connection: Connection,
    assessment_id: int,
    option_id: str,
    values: Mapping[str, object],
    author: str,
    source: str,
    expected: Mapping[str, object] | None = None,
) -> tuple[Answer, tuple[HistoryEntry, ...]]:
    """Write the fields of one answer that differ from what is stored, with one history row
    each; return the answer as stored now and the history entries added (no second read).

    With ``expected`` (the values the caller loaded), a field someone else changed since is not
    overwritten: ConflictError names it with the other value, author and time."""
    stored = connection.execute(_ANSWER, {"round_id": assessment_id, "option": option_id}).first()
    current = answer_from_row(stored) if stored is not None else Answer(option_id)
    if expected is not None:
        _refuse_overwrite(connection, assessment_id, option_id, current, values, expected)
    changed = {name: value for name, value in values.items() if current.value(name) != value}
    if not changed:
        return current, ()
    now = datetime.now(UTC)
    author, source = author or "", source or ""
    columns = {name: answer_fields.to_column(name, value) for name, value in changed.items()}
    columns.update(updated_by=author, updated_at=now)
    if stored is None:
        uid = new_uid()
        columns.update(assessment_id=assessment_id, option_id=option_id, uid=uid)
        connection.execute(_INSERT_ANSWER, columns)
    else:
        uid = stored.uid
        connection.execute(_UPDATE_ANSWER, {"response_id": stored.id, **columns})
    rows = [
        {
            "assessment_id": assessment_id,
            "option_id": option_id,
            "field": name,
            "old_value": answer_fields.to_text(name, current.value(name)),
            "new_value": answer_fields.to_text(name, value),
            "author": author,
            "changed_at": now,
            "source": source,
            "uid": new_uid(),
        }
        for name, value in changed.items()
    ]
    ids = connection.execute(_INSERT_HISTORY, rows).scalars()
    history = tuple(
        HistoryEntry(
            id,
            assessment_id,
            option_id,
            row["field"],
            row["old_value"],
            row["new_value"],
            author,
            now,
            source,
            row["uid"],
        )
        for id, row in zip(ids, rows, strict=True)
    )
    connection.execute(_TOUCH_ROUND, {"round_id": assessment_id, "updated_at": now})
    saved = replace(current, **changed, updated_by=author, updated_at=now, uid=uid)
    return saved, history


def _refuse_overwrite(
    connection: Connection,
    assessment_id: int,
    option_id: str,
    current: Answer,
    values: Mapping[str, object],
    expected: Mapping[str, object],
) -> None:
    changed = {
        name: current.value(name)
        for name, value in values.items()
        if name in expected and current.value(name) not in (expected[name], value)
    }
    if not changed:
        return
    latest: dict[str, HistoryEntry] = {}
    for entry in read_history(connection, assessment_id, option_id, None):  # newest first
        latest.setdefault(entry.field, entry)
    raise ConflictError(
        arg(
            translate(
                "Assessments",
                "Someone else changed %1 of option %2 since you opened it. Your text is "
                "kept on screen; choose whose version to keep.",
            ),
            ", ".join(changed),
            option_id,
        ),
        option_id,
        {name: (theirs, latest.get(name)) for name, theirs in changed.items()},
    )
