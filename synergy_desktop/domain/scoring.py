"""Completeness and scores.

completeness = answered options / all options (not applicable counts as answered);
score = mean of the 0-4 ratings of applicable, rated options ÷ 4 (None when nothing is rated).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from synergy_desktop.domain.assessment import Answer, AreaProgress, Progress
from synergy_desktop.domain.framework import Framework


def _progress(
    area_id: str, option_ids: Iterable[str], answers: Mapping[str, Answer]
) -> AreaProgress:
    ids = tuple(option_ids)
    answered = 0
    scores: list[int] = []
    for option_id in ids:
        answer = answers.get(option_id)
        if answer is None or not answer.is_answered:
            continue
        answered += 1
        if answer.rating.score is not None:
            scores.append(answer.rating.score)
    score = sum(scores) / len(scores) / 4 if scores else None
    return AreaProgress(area_id, len(ids), answered, len(scores), score, ids)


def compute_progress(framework: Framework, answers: Mapping[str, Answer]) -> Progress:
    areas = tuple(
        _progress(area.id, (o.id for o in area.options), answers) for area in framework.areas
    )
    overall = _progress("", (o.id for o in framework.options), answers)
    return Progress(areas, overall)
