"""A trainer's comparison: several teams' workspaces, each option's ratings side by side.

Each workspace is opened through the context, read-only (from a temporary copy), and its most
recently changed round is compared. Nothing is written to any of them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from synergy_desktop.domain.framework import Framework
from synergy_desktop.domain.rating import Rating
from synergy_desktop.domain.team_comparison import ComparedOption, Comparison, Team
from synergy_desktop.services.context import WorkspaceContext
from synergy_desktop.services.errors import ServiceError, StorageError
from synergy_desktop.storage.errors import WorkspaceError
from synergy_desktop.text import arg, translate

Progress = Iterator[tuple[int, int, str]]


def _team(context: WorkspaceContext, location: str) -> tuple[Team, dict[str, Rating] | None]:
    country = context.country()
    name = country.short_name or country.name or Path(location).stem
    rounds = context.assessments.list_assessments()
    if not rounds:
        return Team(name, "", location), None
    latest = max(rounds, key=lambda r: (r.updated_at is not None, r.updated_at, r.id))
    answers = context.assessments.answers(latest.id)
    return Team(name, latest.title, location), {k: a.rating for k, a in answers.items()}


def compare_workspaces(
    locations: Sequence[str | Path], framework: Framework, lang: str = "en"
) -> Comparison:
    """Read every workspace; ServiceError (plain message) naming the one that cannot be read."""
    if len(locations) < 2:
        raise ServiceError(translate("Compare", "Give at least two workspaces to compare."))
    teams: list[Team] = []
    ratings: list[dict[str, Rating] | None] = []
    for location in locations:
        try:
            with WorkspaceContext.reading(location, framework) as context:
                team, answers = _team(context, str(location))
        except WorkspaceError as exc:
            raise ServiceError(str(exc)) from None
        except StorageError as exc:
            raise ServiceError(
                arg(translate("Compare", "%1 cannot be read (%2)."), location, exc)
            ) from None
        teams.append(team)
        ratings.append(answers)
    teams = _distinct(teams)
    rows = []
    for area in framework.areas:
        for option in area.options:
            rows.append(
                ComparedOption(
                    area.id,
                    area.title.get(lang),
                    option.id,
                    option.title.get(lang),
                    tuple(
                        None if r is None else r.get(option.id, Rating.NOT_DISCUSSED)
                        for r in ratings
                    ),
                )
            )
    return Comparison(tuple(teams), tuple(rows))


def _distinct(teams: list[Team]) -> list[Team]:
    """Two teams of one country are told apart by their file names."""
    names = [t.name for t in teams]
    return [
        Team(f"{t.name} ({Path(t.location).stem})", t.round_title, t.location)
        if names.count(t.name) > 1
        else t
        for t in teams
    ]


def write_comparison(comparison: Comparison, target: Path, lang: str = "en") -> Progress:
    from synergy_desktop.formats.excel.compare import export_comparison  # openpyxl on first use

    return export_comparison(comparison, Path(target), lang)
