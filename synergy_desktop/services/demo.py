"""The demo workspace for trainers: a fictional country with one partly answered round."""

from __future__ import annotations

from pathlib import Path

from synergy_desktop.content.checks import read_json
from synergy_desktop.domain.assessment import ANSWER_FIELDS
from synergy_desktop.domain.country import Country
from synergy_desktop.domain.framework import Framework
from synergy_desktop.paths import resources_dir
from synergy_desktop.services.assessments import AssessmentService
from synergy_desktop.services.country import save_country
from synergy_desktop.services.demo_nbsap import fill_nbsap_and_reporting
from synergy_desktop.services.demo_register import fill_register
from synergy_desktop.services.errors import ServiceError
from synergy_desktop.storage.workspace import Workspace
from synergy_desktop.text import arg, translate

DEMO_FILE = "demo_workspace.json"


def demo_data_path() -> Path:
    return resources_dir() / "demo" / DEMO_FILE


def fill_demo(workspace: Workspace, framework: Framework) -> int:
    """Write the demo country and round into an empty workspace; return the round's id."""
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
    data = read_json(demo_data_path())
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
    round_data = data["assessment"]
    author = data.get("author", "")
    info = service.create(
        round_data["title"],
        period=round_data.get("period", ""),
        participants=round_data.get("participants", ()),
        author=author,
    )
    changes = {
        answer["option"]: {key: answer[key] for key in ANSWER_FIELDS if key in answer}
        for answer in data["answers"]
    }
    service.save_answers(info.id, changes, author=author, source=translate("Demo", "demo data"))
    fill_register(workspace)
    register = read_json(demo_data_path().parent / "demo_register.json")
    fill_nbsap_and_reporting(workspace, register["contacts"])
    return info.id
