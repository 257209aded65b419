"""What the dashboard and the round comparison read, without Qt: real workspaces, real rounds."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from synergy_desktop.domain.assessment import Answer
from synergy_desktop.domain.rating import Rating
from synergy_desktop.domain.reporting import Obligation, Status
from synergy_desktop.domain.round_comparison import (
    Direction,
    FieldChange,
    compare_answers,
    field_change,
    rating_direction,
)
from synergy_desktop.services.context import WorkspaceContext
from synergy_desktop.services.dashboard import (
    compare_rounds,
    earlier_round,
    next_deadlines,
    round_scores,
)
from tests.ui_helpers import demo_with_one_round


@pytest.fixture
def demo(tmp_path, framework):
    demo_with_one_round(tmp_path / "demo.synergy")  # the tests add the second round
    context = WorkspaceContext.open(tmp_path / "demo.synergy", framework)
    yield context
    context.close()


def follow_up(context: WorkspaceContext) -> tuple[int, int]:
    """A second round started from the demo's, with some ratings moved and a new text."""
    first = context.assessments.list_assessments()[0]
    second = context.assessments.new_round_from(first.id, "Follow-up", period="2028")
    context.assessments.save_answers(
        second.id,
        {
            "A1": {"rating": "4", "evidence": "The register is checked every quarter."},
            "A2": {"rating": "1"},
            "A6": {"rating": "2"},  # not discussed in the demo round
            "B1": {"next_steps": "Publish the revised NBSAP."},
        },
        author="Test",
    )
    return first.id, second.id


def test_round_scores_are_the_services_progress_oldest_first(demo):
    first, second = follow_up(demo)
    rounds = round_scores(demo.assessments)
    assert [r.info.id for r in rounds] == [first, second]
    for scores in rounds:
        expected = demo.assessments.progress(scores.info.id)
        assert scores.progress == expected
        assert scores.score("A") == expected.area("A").score
    assert rounds[1].score("A") > rounds[0].score("A")


def test_the_round_to_compare_with_is_the_one_a_round_was_started_from(demo):
    first, second = follow_up(demo)
    third = demo.assessments.create("Unrelated round").id
    infos = demo.assessments.list_assessments()
    assert earlier_round(infos, second) == first
    assert earlier_round(infos, third) == second  # no source: the round before it in time
    assert earlier_round(infos, first) is None
    assert earlier_round(infos, None) is None


def test_compare_rounds_lists_every_option_with_what_changed(demo, framework):
    first, second = follow_up(demo)
    comparison = compare_rounds(demo.assessments, first, second)
    rows = {row.option_id: row for row in comparison.options}
    assert list(rows) == [o.id for o in framework.options]
    assert (rows["A1"].direction, rows["A1"].steps) == (Direction.UP, 2)
    assert rows["A1"].field("evidence") is FieldChange.CHANGED
    assert (rows["A2"].direction, rows["A2"].steps) == (Direction.DOWN, -1)
    assert rows["A6"].direction is Direction.ANSWERED
    assert rows["B1"].direction is Direction.SAME
    assert rows["B1"].fields == (("next_steps", FieldChange.CHANGED),)
    assert {row.option_id for row in comparison.changed} == {"A1", "A2", "A6", "B1"}
    assert comparison.after.progress == demo.assessments.progress(second)


def test_rating_directions_and_field_changes():
    assert rating_direction(Rating.PLANNED, Rating.FULLY) == (Direction.UP, 3)
    assert rating_direction(Rating.FULLY, Rating.NOT_STARTED) == (Direction.DOWN, -4)
    assert rating_direction(Rating.PARTLY, Rating.PARTLY) == (Direction.SAME, 0)
    assert rating_direction(Rating.NOT_DISCUSSED, Rating.NOT_DISCUSSED)[0] is Direction.SAME
    assert rating_direction(Rating.NOT_DISCUSSED, Rating.PARTLY)[0] is Direction.ANSWERED
    assert rating_direction(Rating.PARTLY, Rating.NOT_DISCUSSED)[0] is Direction.UNANSWERED
    assert rating_direction(Rating.PARTLY, Rating.NOT_APPLICABLE)[0] is Direction.APPLICABILITY
    assert field_change("", "new text") is FieldChange.ADDED
    assert field_change("old", "") is FieldChange.REMOVED
    assert field_change((), ("CBD",)) is FieldChange.ADDED
    assert field_change(None, None) is None


def test_compare_answers_of_an_empty_and_an_answered_round(framework):
    after = {"A1": Answer("A1", Rating.LARGELY, gaps="No budget line.")}
    rows = compare_answers(framework, {}, after)
    changed = [row for row in rows if row.changed]
    assert [row.option_id for row in changed] == ["A1"]
    assert changed[0].direction is Direction.ANSWERED
    assert changed[0].fields == (("gaps", FieldChange.ADDED),)


def test_next_deadlines_put_the_overdue_first_and_count_the_days():
    today = date(2026, 3, 10)

    def obligation(number: int, due: date | None, status=Status.NOT_STARTED) -> Obligation:
        return Obligation(number, "CBD", f"Report {number}", due_date=due, status=status)

    rows = [
        obligation(1, today + timedelta(days=40)),
        obligation(2, today - timedelta(days=3)),
        obligation(3, None),
        obligation(4, today - timedelta(days=30), Status.SUBMITTED),
        obligation(5, today + timedelta(days=2)),
    ]
    deadlines = next_deadlines(rows, today, limit=2)
    assert [(d.obligation.id, d.days_left, d.overdue) for d in deadlines] == [
        (2, -3, True),
        (5, 2, False),
    ]
