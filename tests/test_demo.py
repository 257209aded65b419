"""The demo follows the calendar: on any day a trainer sees the same picture."""

from datetime import date, timedelta

import pytest

from synergy_desktop.domain.focal_points import CoverageStatus
from synergy_desktop.domain.rating import AssessmentStatus
from synergy_desktop.domain.reporting import upcoming
from synergy_desktop.services.coordination import CoordinationService
from synergy_desktop.services.demo import demo_data, fill_demo
from synergy_desktop.services.demo_dates import DemoClock
from synergy_desktop.services.focal_points import FocalPointService
from synergy_desktop.services.reporting import ReportingService
from synergy_desktop.services.summary import collect_summary


def test_the_clock_moves_whole_months_and_never_into_the_future():
    as_of = date(2026, 11, 15)
    assert DemoClock(as_of, date(2026, 11, 28)).months == 0
    assert DemoClock(as_of, date(2026, 11, 14)).months == -1  # 15 October lies before today
    assert DemoClock(as_of, date(2029, 3, 15)).months == 28
    clock = DemoClock(as_of, date(2026, 3, 1))
    assert clock.months == -9
    assert clock.day("2026-11-15") == date(2026, 2, 15) <= clock.today
    assert clock.day("2026-05-31") == date(2025, 8, 31)
    assert clock.day("2026-02-28") == date(2025, 5, 28)
    assert DemoClock(as_of, date(2027, 1, 20)).day("2026-12-31") == date(2027, 2, 28)
    assert clock.day(None) is None and clock.day("") is None


def test_date_tokens_in_texts_follow_the_same_clock():
    clock = DemoClock(date(2026, 11, 15), date(2029, 5, 20))  # 30 months later
    text = clock.text(
        "Due on {date:2026-02-28}, checked in {month:2026-06}, in {year:2026}; NBSAP 2025-2030."
    )
    assert text == "Due on 28 August 2028, checked in December 2028, in 2029; NBSAP 2025-2030."
    data = clock.rebase({"a": ["2026-01-31", {"b": "{year:2024} edition"}], "n": 3, "x": None})
    assert data == {"a": ["2028-07-31", {"b": "2027 edition"}], "n": 3, "x": None}


# Today, and days before it (a workspace cannot record a check or a meeting after the real today):
# other months, a month end, a day before the 15th, several years back.
DAYS_BACK = [0, 17, 75, 200, 366, 1000, 1826]


@pytest.mark.parametrize("days_back", DAYS_BACK)
def test_the_demo_shows_the_same_picture_on_any_day(workspace, framework, days_back):
    today = date.today() - timedelta(days=days_back)
    current_id = fill_demo(workspace, framework, today=today)

    obligations = ReportingService(workspace).obligations()
    open_dated = upcoming(obligations, today)
    overdue = [o for o in open_dated if o.is_overdue(today)]
    assert 2 <= len(overdue) <= 5, [(o.title, o.due_date) for o in overdue]
    assert len(open_dated) - len(overdue) >= 5  # most reports are ahead
    assert any(0 < o.days_left(today) <= 120 for o in open_dated)  # and one is close
    submitted = [o.submitted_on for o in obligations if o.submitted_on]
    assert submitted and max(submitted) <= today

    register = FocalPointService(workspace)
    coverage = register.coverage(today)
    assert 2 <= coverage.count(CoverageStatus.STALE) <= 5  # a few not confirmed for too long
    assert coverage.count(CoverageStatus.MISSING) >= 3
    entries = register.entries()
    checked = [e.verified_on for e in entries if e.verified_on]
    assert max(checked) <= today and min(checked) < today - timedelta(days=365)
    assert sum(1 for d in checked if d > today - timedelta(days=365)) >= 20
    coordination = CoordinationService(workspace)
    committee = coordination.mechanisms()[0]
    assert coordination.status(committee, today).meetings_last_year == 1
    assert max(m.held_on for m in committee.meetings) <= today

    summary = collect_summary(workspace, framework)
    assert summary.assessment.id == current_id  # the current round is the one shown
    assert str(today.year) in summary.assessment.title or str(today.year - 1) in (
        summary.assessment.title
    )
    targets = [a.target_date for a in summary.answers.values() if a.target_date]
    assert sum(1 for d in targets if d > today) > len(targets) / 2


def test_the_earlier_round_is_finalised_two_years_back_with_lower_ratings(service, workspace):
    today = date.today()
    current_id = fill_demo(workspace, service.framework, today=today)
    earlier, current = service.list_assessments()
    assert current.id == current_id and current.previous_id == earlier.id
    assert earlier.status is AssessmentStatus.FINAL and current.status is AssessmentStatus.DRAFT
    assert int(current.period) - int(earlier.period) == 2
    assert earlier.finalised_at.date() < today - timedelta(days=365)
    assert earlier.created_at < earlier.finalised_at < current.created_at

    before, now = service.answers(earlier.id), service.answers(current.id)
    scored = [o for o in before if before[o].rating.score is not None]
    rose = [o for o in scored if now[o].rating.score > before[o].rating.score]
    fell = [o for o in scored if now[o].rating.score < before[o].rating.score]
    assert len(rose) >= 5 and fell  # a trend to show, and one step back
    assert sum(1 for o in before if before[o].evidence != now[o].evidence) >= 10
    assert set(before) <= set(now)  # pre-filling left nothing the current round does not say
    history = service.history(earlier.id)
    assert history and all(h.changed_at.date() <= earlier.finalised_at.date() for h in history)
    data = demo_data(today=today)
    assert len(now) == len(data["answers"])
    assert {o: a.evidence for o, a in now.items()} == {
        a["option"]: a.get("evidence", "") for a in data["answers"]
    }
