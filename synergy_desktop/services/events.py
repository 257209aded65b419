"""Change events: every write made through a workspace context says what it changed.

A :class:`Change` names a topic (what kind of record) and the ids concerned. The context's
:class:`ChangeHub` calls every subscriber synchronously on the thread that made the change; the
window turns that into queued Qt signals (``ui/shared/bus.py``), the command line ignores it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass

log = logging.getLogger(__name__)

# The topics a change can have, one per kind of record a page shows.
ROUNDS = "rounds"  # a round was created, renamed, finalised, deleted
ANSWERS = "answers"  # answers of a round (ids: the round id, then option ids)
REGISTER = "register"  # focal points, persons, designations
COORDINATION = "coordination"  # mechanisms, members, meetings
NBSAP = "nbsap"  # national targets, frameworks, alignment
REPORTING = "reporting"  # obligations and datasets
COUNTRY = "country"  # the country profile
WORKSPACE = "workspace"  # anything at all (an import or merge that touched many records)
TOPICS = (ROUNDS, ANSWERS, REGISTER, COORDINATION, NBSAP, REPORTING, COUNTRY, WORKSPACE)


@dataclass(frozen=True)
class Change:
    topic: str
    ids: tuple[object, ...] = ()
    action: str = ""  # the service call that made it, for logs and tests

    def concerns(self, *topics: str) -> bool:
        return self.topic in topics or self.topic == WORKSPACE


Subscriber = Callable[[Change], None]


class ChangeHub:
    """A small publish/subscribe hub; a failing subscriber is logged and never stops a write."""

    def __init__(self) -> None:
        self._subscribers: list[Subscriber] = []

    def subscribe(self, subscriber: Subscriber) -> Callable[[], None]:
        """Call ``subscriber`` for every change; returns the function that unsubscribes."""
        self._subscribers.append(subscriber)

        def unsubscribe() -> None:
            if subscriber in self._subscribers:
                self._subscribers.remove(subscriber)

        return unsubscribe

    def publish(self, change: Change) -> None:
        for subscriber in list(self._subscribers):
            try:
                subscriber(change)
            except Exception:  # a page's refresh must not undo a saved change
                log.exception("a change subscriber failed on %s", change)


def ids_of(result: object) -> tuple[object, ...]:
    """The ids of what a service call returned (one record, a list of them, or nothing)."""
    if result is None or isinstance(result, bool):
        return ()
    if isinstance(result, int | str):
        return (result,)
    if isinstance(result, Iterable) and not isinstance(result, dict):
        return tuple(i for item in result for i in ids_of_record(item))
    return ids_of_record(result)


def ids_of_record(record: object) -> tuple[object, ...]:
    for name in ("id", "option_id", "key"):
        value = getattr(record, name, None)
        if value is not None:
            return (value,)
    answer = getattr(record, "answer", None)
    return ids_of_record(answer) if answer is not None else ()


class Publishing:
    """A service whose writing methods publish a change after they succeed.

    ``writes`` maps each method that changes data to its topic; every other attribute is the
    service's own. A test checks that every public method of every service is either listed
    here as a write or known as a read, so a new write cannot forget to publish.
    """

    def __init__(self, service: object, hub: ChangeHub, writes: dict[str, str]) -> None:
        self._service = service
        self._hub = hub
        self._writes = writes
        self._wrapped: dict[str, object] = {}

    @property
    def service(self) -> object:
        return self._service

    def __setattr__(self, name: str, value: object) -> None:
        if name.startswith("_"):
            object.__setattr__(self, name, value)
        else:  # for example the reporting service's language
            setattr(self._service, name, value)

    def __getattr__(self, name: str):
        wrapped = self._wrapped.get(name)
        if wrapped is not None:
            return wrapped
        attribute = getattr(self._service, name)
        topic = self._writes.get(name)
        if topic is None or not callable(attribute):
            return attribute

        def publishing_call(*args, **kwargs):
            result = attribute(*args, **kwargs)
            if result is False:  # the call says it changed nothing (e.g. already seeded)
                return result
            named = (a for a in args if isinstance(a, int | str) and not isinstance(a, bool))
            ids = tuple(dict.fromkeys((*named, *ids_of(result))))
            self._hub.publish(Change(topic, ids, name))
            return result

        publishing_call.__name__ = name
        publishing_call.__doc__ = attribute.__doc__
        self._wrapped[name] = publishing_call
        return publishing_call
