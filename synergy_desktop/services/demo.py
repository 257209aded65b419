"""The demo workspace for trainers: a fictional country with a finalised round two years back
and a partly answered current round. Every date follows today's date (services/demo_dates.py)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import select, update

from synergy_desktop.content.checks import read_json
from synergy_desktop.domain.assessment import ANSWER_FIELDS, Answer
from synergy_desktop.domain.country import Country
from synergy_desktop.domain.framework import Framework
from synergy_desktop.paths import resources_dir
from synergy_desktop.services.assessments import AssessmentService
from synergy_desktop.services.country import save_country
from synergy_desktop.services.demo_dates import DemoClock
from synergy_desktop.services.demo_nbsap import fill_nbsap_and_reporting
from synergy_desktop.services.demo_register import fill_register
from synergy_desktop.services.demo_texts import SOURCE_LANGUAGE, demo_file, overlay_language
from synergy_desktop.services.errors import ServiceError, guard_storage
from synergy_desktop.storage.models import Assessment, ChangeRecord, Response
from synergy_desktop.storage.workspace import Workspace
from synergy_desktop.text import arg, translate

DEMO_FILE = "demo_workspace.json"


def demo_data_path() -> Path:
    return resources_dir() / "demo" / DEMO_FILE


def demo_clock(today: date | None = None, lang: str = SOURCE_LANGUAGE) -> DemoClock:
    """The clock that moves the demo's dates from the day they were written to ``today`` and
    writes the date tokens of its texts in ``lang`` (English when the demo has no such
    language)."""
    as_of = date.fromisoformat(read_json(demo_data_path())["as_of"])
    return DemoClock(as_of, today or date.today(), overlay_language(lang))


def demo_data(name: str = DEMO_FILE, today: date | None = None, lang: str = SOURCE_LANGUAGE) -> Any:
    """A demo file (``demo_workspace.json``, ``demo_register.json``...) as the demo writes it
    on ``today`` in ``lang``: texts translated, dates moved, date tokens in texts filled."""
    clock = demo_clock(today, lang)
    return clock.rebase(demo_file(name, clock.lang))


def _changes(answers: list[dict], complete: bool = False) -> dict[str, dict[str, object]]:
    """Answer rows as changes; ``complete`` gives every field, empty where the file has none,
    so that nothing pre-filled from an earlier round stays by accident."""
    empty = Answer("")
    return {
        answer["option"]: {
            key: answer.get(key, empty.value(key))
            for key in ANSWER_FIELDS
            if complete or key in answer
        }
        for answer in answers
    }


def fill_demo(
    workspace: Workspace,
    framework: Framework,
    today: date | None = None,
    lang: str = SOURCE_LANGUAGE,
) -> int:
    """Write the demo country and its rounds into an empty workspace, its texts in ``lang``
    (English for a language the demo is not translated into); return the id of the current
    (partly answered) round, the one the window opens."""
    service = AssessmentService(workspace, framework)
    if service.list_assessments():
        raise ServiceError(
            arg(
                translate(
                    "Demo",
                    "%1 already holds assessments. The demo is only written into "
                    "a new, empty workspace.",
                ),
                workspace.display_name,
            )
        )
    clock = demo_clock(today, lang)
    data = clock.rebase(demo_file(DEMO_FILE, clock.lang))
    country = data["country"]
    save_country(
        workspace,
        Country(
            country["name"],
            country.get("short_name", ""),
            country.get("iso3", ""),
            country.get("notes", ""),
        ),
    )
    author = data.get("author", "")
    source = translate("Demo", "demo data")
    earlier = data["earlier_round"]
    first = service.create(
        earlier["title"],
        period=earlier.get("period", ""),
        participants=earlier.get("participants", ()),
        author=author,
    )
    service.save_answers(first.id, _changes(earlier["answers"]), author=author, source=source)
    service.finalise(first.id, author=author)
    _backdate(workspace, first.id, earlier)

    round_data = data["assessment"]
    info = service.new_round_from(
        first.id, round_data["title"], period=round_data.get("period", ""), author=author
    )
    service.update_details(info.id, participants=round_data.get("participants", ()), author=author)
    changes = _changes(data["answers"], complete=True)
    service.save_answers(info.id, changes, author=author, source=source)
    fill_register(workspace, clock)
    register = clock.rebase(demo_file("demo_register.json", clock.lang))
    fill_nbsap_and_reporting(workspace, register["contacts"], clock)
    return info.id


@guard_storage
def _backdate(workspace: Workspace, assessment_id: int, dates: dict) -> None:
    """Give the earlier round the times it was held: started, answered, finalised (the dates
    in ``dates`` are already moved to today's calendar)."""
    started, answered, finalised = (
        datetime.combine(date.fromisoformat(dates[key]), time(hour), tzinfo=UTC)
        for key, hour in (("started", 9), ("answered", 15), ("finalised", 11))
    )
    with workspace.session() as session, session.begin():
        row = session.get(Assessment, assessment_id)
        row.created_at, row.updated_at, row.finalised_at = started, finalised, finalised
        session.execute(
            update(Response)
            .where(Response.assessment_id == assessment_id)
            .values(updated_at=answered)
        )
        for record in session.scalars(
            select(ChangeRecord).where(ChangeRecord.assessment_id == assessment_id)
        ):
            record.changed_at = {"assessment": started, "status": finalised}.get(
                record.field, answered
            )
