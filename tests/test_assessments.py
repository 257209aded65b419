from datetime import date

import pytest

from synergy_desktop.domain.rating import AssessmentStatus, Priority, Rating
from synergy_desktop.services.errors import LockedError, NotFoundError, ValidationError

pytestmark = pytest.mark.both_backends


def test_create_list_rename(service):
    first = service.create("  Self-assessment 2026 ", period="2026", participants=["Ana", " "])
    second = service.create("Workshop test")
    assert [r.title for r in service.list_assessments()] == [
        "Self-assessment 2026",
        "Workshop test",
    ]
    assert first.participants == ("Ana",) and first.status is AssessmentStatus.DRAFT
    renamed = service.rename(second.id, "Workshop round", author="Li")
    assert renamed.title == "Workshop round"
    change = service.history(second.id)[0]
    assert (change.field, change.old_value, change.new_value, change.author) == (
        "title",
        "Workshop test",
        "Workshop round",
        "Li",
    )


def test_round_records_the_framework_pack(service, framework):
    info = service.create("Round")
    assert (info.pack_id, info.pack_version, info.pack_hash) == (
        framework.id,
        framework.version,
        framework.content_hash,
    )


def test_empty_title_is_refused(service):
    with pytest.raises(ValidationError, match="needs a title"):
        service.create("   ")


def test_every_change_lands_in_the_history(service):
    info = service.create("Round")
    service.save_answer(
        info.id, "A1", {"rating": 2, "evidence": "List of 14 roles"}, author="Amina"
    )
    service.save_answer(
        info.id,
        "A1",
        {"rating": "3", "evidence": "List of 14 roles"},
        author="Jonas",
        source="workshop",
    )
    entries = service.history(info.id, "A1")
    assert [(e.field, e.old_value, e.new_value, e.author) for e in entries] == [
        ("rating", "2", "3", "Jonas"),
        ("evidence", None, "List of 14 roles", "Amina"),
        ("rating", "nyd", "2", "Amina"),
    ]
    assert entries[0].source == "workshop"
    answer = service.answer(info.id, "A1")
    assert answer.rating is Rating.LARGELY and answer.updated_by == "Jonas"


def test_all_answer_fields_round_trip(service):
    info = service.create("Round")
    service.save_answer(
        info.id,
        "C1",
        {
            "rating": "na",
            "priority": "High",
            "conventions": "cites, CBD",
            "responsible": "Ministry of Environment",
            "evidence": "=SUM(A1)",
            "gaps": "None",
            "next_steps": "Draft calendar",
            "target_date": "2027-06-30",
        },
    )
    answer = service.answer(info.id, "C1")
    assert answer.rating is Rating.NOT_APPLICABLE
    assert answer.priority is Priority.HIGH
    assert answer.conventions == ("CBD", "CITES")  # reference order, known codes
    assert answer.evidence == "=SUM(A1)"
    assert answer.target_date == date(2027, 6, 30)


@pytest.mark.parametrize(
    ("option", "changes", "message"),
    [
        ("Z9", {"rating": 1}, 'There is no option "Z9"'),
        ("A1", {"rating": 7}, "The rating must be 0 to 4"),
        ("A1", {"rating": True}, "The rating must be 0 to 4"),
        ("A1", {"target_date": "soon"}, "YYYY-MM-DD"),
        ("A1", {"target_date": "2027-02-30"}, "YYYY-MM-DD"),
        ("A1", {"priority": "urgent"}, "high, medium or low"),
        ("A1", {"conventions": ["CBD", "XYZ"]}, '"XYZ" is not a known convention code'),
        ("A1", {"evidence": "x" * 32_001}, "too long"),
        ("A1", {"colour": "green"}, "There is no answer field"),
    ],
)
def test_invalid_answers_are_refused_and_nothing_is_written(service, option, changes, message):
    info = service.create("Round")
    with pytest.raises(ValidationError, match=message):
        service.save_answer(info.id, option, {"gaps": "typed first", **changes})
    assert service.answers(info.id) == {}
    assert [e.field for e in service.history(info.id)] == ["assessment"]


def test_batch_save_is_all_or_nothing(service):
    info = service.create("Round")
    with pytest.raises(ValidationError):
        service.save_answers(info.id, {"A1": {"rating": 2}, "A2": {"rating": 9}})
    assert service.answers(info.id) == {}
    assert service.save_answers(info.id, {"A1": {"rating": 2}, "A2": {"rating": 1}}) == 2


def test_unknown_round(service):
    with pytest.raises(NotFoundError, match="no assessment with id 42"):
        service.save_answer(42, "A1", {"rating": 1})


def test_finalised_round_refuses_edits(service):
    info = service.create("Round")
    service.save_answer(info.id, "A1", {"rating": 2})
    final = service.finalise(info.id, author="Chair")
    assert final.is_final and final.finalised_at is not None
    with pytest.raises(LockedError, match="finalised and cannot be changed"):
        service.save_answer(info.id, "A1", {"rating": 4})
    with pytest.raises(LockedError):
        service.finalise(info.id)
    assert service.answer(info.id, "A1").rating is Rating.PARTLY


def test_new_round_is_prefilled_from_the_previous(service):
    first = service.create("Round 2026", participants=["Ana", "Li"])
    service.save_answer(
        first.id, "B3", {"rating": 3, "next_steps": "Map CMS goals", "conventions": ["CMS"]}
    )
    service.finalise(first.id)
    second = service.new_round_from(first.id, "Round 2027", period="2027", author="Ana")
    assert second.previous_id == first.id and second.participants == ("Ana", "Li")
    copied = service.answer(second.id, "B3")
    assert copied.rating is Rating.LARGELY and copied.next_steps == "Map CMS goals"
    assert copied.conventions == ("CMS",)
    sources = {e.source for e in service.history(second.id, "B3")}
    assert sources == {f"pre-filled from round {first.id}"}
    service.save_answer(second.id, "B3", {"rating": 4})
    assert service.answer(first.id, "B3").rating is Rating.LARGELY


def test_delete_keeps_history_unless_purged(service):
    kept = service.create("Kept history")
    service.save_answer(kept.id, "A1", {"rating": 1})
    service.delete(kept.id, author="Ana")
    assert service.list_assessments() == []
    fields = [e.field for e in service.history(kept.id)]
    assert fields[0] == "assessment" and "rating" in fields
    purged = service.create("Purged")
    service.save_answer(purged.id, "A1", {"rating": 1})
    service.delete(purged.id, purge_history=True)
    assert service.history(purged.id) == []


def test_progress_and_scores(service, framework):
    info = service.create("Round")
    service.save_answers(
        info.id,
        {
            "A1": {"rating": 4},
            "A2": {"rating": 2},
            "A3": {"rating": "na"},
            "A4": {"evidence": "discussed, no rating yet"},
            "B1": {"rating": 0},
        },
    )
    progress = service.progress(info.id)
    area_a = progress.area("A")
    assert (area_a.total, area_a.answered, area_a.rated) == (6, 3, 2)
    assert area_a.score == pytest.approx((4 + 2) / 2 / 4)
    assert area_a.completeness == pytest.approx(3 / 6)
    assert progress.area("B").score == 0.0
    assert progress.area("C").score is None and progress.area("C").answered == 0
    overall = progress.overall
    assert overall.total == len(framework.options)
    assert overall.answered == 4
    assert overall.score == pytest.approx((4 + 2 + 0) / 3 / 4)
