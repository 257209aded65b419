"""Several teams' ratings side by side (a trainer's comparison of workshop workspaces)."""

from __future__ import annotations

from dataclasses import dataclass

from synergy_desktop.domain.rating import Rating


@dataclass(frozen=True)
class Team:
    name: str  # the country or the file, as the table heads the column
    round_title: str
    location: str


@dataclass(frozen=True)
class ComparedOption:
    area_id: str
    area_title: str
    option_id: str
    option_title: str
    ratings: tuple[Rating | None, ...]  # one per team; None where the team has no round

    @property
    def scores(self) -> list[int]:
        return [r.score for r in self.ratings if r is not None and r.score is not None]

    @property
    def spread(self) -> int | None:
        """Highest minus lowest rating given (0-4 only); None with fewer than two."""
        scores = self.scores
        return max(scores) - min(scores) if len(scores) >= 2 else None


@dataclass(frozen=True)
class Comparison:
    teams: tuple[Team, ...]
    rows: tuple[ComparedOption, ...]

    def areas(self) -> list[tuple[str, str]]:
        return list(dict.fromkeys((row.area_id, row.area_title) for row in self.rows))
