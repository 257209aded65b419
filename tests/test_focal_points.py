from datetime import date

import pytest

from synergy_desktop.domain.focal_points import (
    CoverageStatus,
    FocalPointInput,
    MechanismInput,
    MeetingRecord,
    Person,
    months_before,
)
from synergy_desktop.services.coordination import CoordinationService
from synergy_desktop.services.country import get_country, save_country
from synergy_desktop.services.errors import ValidationError
from synergy_desktop.services.evidence import evidence_facts
from synergy_desktop.services.focal_points import FocalPointService

pytestmark = pytest.mark.both_backends

TODAY = date.today()


def ago(months: int) -> date:
    """A day ``months`` before today: the tests hold on any date."""
    return months_before(TODAY, months)


AMINA = Person(
    prefix="Dr",
    first_name="Amina",
    last_name="Diallo",
    position="Director",
    institution="Ministry of Environment",
    email="amina@env.gov.vd",
)


@pytest.fixture
def register(workspace):
    return FocalPointService(workspace)


def entry(instrument="CBD", role="nfp", person=AMINA, **extra):
    return FocalPointInput(instrument=instrument, role=role, person=person, **extra)


def test_add_and_list(register):
    added = register.add(entry(verified_on=ago(5), is_primary=True))
    listed = register.entries()
    assert [(e.instrument, e.role, e.person.name) for e in listed] == [
        ("CBD", "nfp", "Dr Amina Diallo")
    ]
    assert listed[0].is_primary and listed[0].id == added.id


def test_long_names_are_kept_whole(register):
    """Workspace files never limited these lengths; a team server keeps them whole too."""
    long = Person(last_name="N" * 150, institution="Ministry of" + " Environment" * 40)
    register.add(entry(person=long))
    stored = register.entries()[0].person
    assert stored.last_name == long.last_name and stored.institution == long.institution


@pytest.mark.parametrize(
    ("person", "extra", "message"),
    [
        (Person(last_name="X", institution=""), {}, "Give the institution"),
        (Person(institution="Ministry"), {}, "Give a name, or at least the position"),
        (
            Person(last_name="X", institution="M", email="amina(at)env"),
            {},
            "is not a valid e-mail address",
        ),
        (AMINA, {"verified_on": date(2999, 1, 1)}, "cannot be in the future"),
        (
            AMINA,
            {"designated_on": ago(6), "verified_on": ago(10)},
            "verified before the designation",
        ),
    ],
)
def test_validation_says_what_is_wrong(register, person, extra, message):
    with pytest.raises(ValidationError, match=message):
        register.add(entry(person=person, **extra))
    assert register.entries() == []


def test_unknown_instrument_or_role(register):
    with pytest.raises(ValidationError, match="Unknown instrument"):
        register.add(entry(instrument="XYZ"))
    with pytest.raises(ValidationError, match="has no role"):
        register.add(entry(instrument="CITES", role="nfp"))


def test_only_one_holder_where_the_role_allows_one(register):
    register.add(entry())
    with pytest.raises(ValidationError, match="can have only one holder, and Dr Amina Diallo"):
        register.add(entry(person=Person(last_name="Other", institution="M")))
    register.add(entry("CITES", "ma"))
    register.add(entry("CITES", "ma", person=Person(last_name="Second", institution="Customs")))
    assert len([e for e in register.entries() if e.role == "ma"]) == 2


def test_one_person_holds_several_roles(register):
    first = register.add(entry())
    register.add(entry("CBD", "chm", contact_id=first.contact_id))
    changed = Person(**{**vars(AMINA), "phone": "+999 1"})
    register.update(first.id, entry(person=changed, contact_id=first.contact_id))
    phones = {e.role: e.person.phone for e in register.entries()}
    assert phones == {"nfp": "+999 1", "chm": "+999 1"}
    assert len(register.contacts()) == 1


def test_change_of_holder_keeps_history_and_handover_note(register):
    old = register.add(entry("CMS", "nfp", designated_on=date(2017, 2, 1)))
    new = register.replace_holder(
        old.id,
        entry("CMS", "nfp", person=Person(last_name="Okafor", institution="Wildlife")),
        on=date(2024, 9, 30),
        handover_note="Report due before COP15; files in shared drive",
    )
    current = [e for e in register.entries() if e.instrument == "CMS"]
    assert [e.person.last_name for e in current] == ["Okafor"]
    assert current[0].designated_on == date(2024, 9, 30)
    history = register.role_history("CMS", "nfp")
    assert [(h.person.last_name, h.designated_on, h.ended_on) for h in history] == [
        ("Diallo", date(2017, 2, 1), date(2024, 9, 30))
    ]
    note = register.predecessor(new.id)
    assert note.handover_note == "Report due before COP15; files in shared drive"
    with pytest.raises(ValidationError, match="former holder"):
        register.replace_holder(old.id, entry("CMS", "nfp"), on=date(2025, 1, 1))


def test_coverage_filled_missing_and_stale(register, workspace):
    register.add(entry(verified_on=ago(5)))
    register.add(
        entry(
            "CBD",
            "chm",
            person=Person(last_name="B", institution="M"),
            verified_on=ago(32),
        )
    )
    coverage = register.coverage(TODAY)
    assert coverage.cell("CBD", "nfp").status is CoverageStatus.FILLED
    assert coverage.cell("CBD", "chm").status is CoverageStatus.STALE
    assert coverage.cell("CBD", "sbstta").status is CoverageStatus.MISSING
    assert coverage.total == 30 and coverage.filled == 2
    save_country(
        workspace,
        get_country(workspace).__class__(
            excluded_instruments=("GEF", "ITPGRFA"), stale_after_months=36
        ),
    )
    coverage = register.coverage(TODAY)
    assert coverage.total == 27
    assert coverage.cell("GEF", "operational") is None
    assert coverage.cell("CBD", "chm").status is CoverageStatus.FILLED  # 36 months now


def test_entry_never_verified_is_stale(register):
    register.add(entry())
    assert register.coverage(TODAY).cell("CBD", "nfp").status is CoverageStatus.STALE


def test_deleting_the_last_role_of_a_person_removes_the_person(register):
    first = register.add(entry())
    second = register.add(entry("CBD", "chm", contact_id=first.contact_id))
    register.delete(first.id)
    assert len(register.contacts()) == 1
    register.delete(second.id)
    assert register.contacts() == []
    assert register.coverage(TODAY).cell("CBD", "chm").status is CoverageStatus.MISSING


def test_months_before_handles_month_ends():
    assert months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert months_before(date(2026, 11, 21), 12) == date(2025, 11, 21)
    assert months_before(date(2026, 1, 15), 13) == date(2024, 12, 15)


def test_mechanism_meetings_and_absent_focal_points(workspace, register):
    cbd = register.add(entry(verified_on=ago(10)))
    register.add(entry("CITES", "ma", person=Person(last_name="Ma", institution="Customs")))
    service = CoordinationService(workspace)
    committee = service.save(MechanismInput(name="Biodiversity committee", meetings_per_year=4))
    service.add_member(committee.id, contact_id=cbd.contact_id)
    service.add_member(committee.id, institution="National Statistics Office")
    for day in (ago(6), ago(17)):
        committee = service.save_meeting(committee.id, MeetingRecord(0, day, "12 people"))
    status = service.status(committee, TODAY)
    assert status.meetings_last_year == 1 and status.planned_per_year == 4
    assert not status.meets_as_planned
    assert status.absent_instruments == ("CITES",)
    assert [m.label for m in committee.members] == ["Dr Amina Diallo", "National Statistics Office"]
    with pytest.raises(ValidationError, match="already a member"):
        service.add_member(committee.id, contact_id=cbd.contact_id)
    with pytest.raises(ValidationError, match="future"):
        service.save_meeting(committee.id, MeetingRecord(0, date(2999, 1, 1)))


def test_evidence_sentences_for_options(workspace, register):
    register.add(entry(verified_on=ago(5)))
    register.add(
        entry(
            "CBD",
            "chm",
            person=Person(last_name="B", institution="M"),
            verified_on=ago(32),
        )
    )
    committee = CoordinationService(workspace).save(
        MechanismInput(name="Committee", meetings_per_year=4)
    )
    CoordinationService(workspace).save_meeting(committee.id, MeetingRecord(0, ago(6)))
    facts = evidence_facts(workspace, ["focal_points", "coordination", "nbsap"], TODAY)
    assert facts[0].startswith("2 of 30 roles filled; missing: CBD SBSTTA focal point, ")
    assert facts[0].endswith(" and 22 more.")
    assert facts[1] == "1 role not verified in the last 12 months."
    assert facts[2] == "Committee met 1 time in the last 12 months (planned: 4 a year)."
    assert facts[3] == "Focal points of CBD are not members of Committee."


def test_a_vacant_role_passes_its_note_to_the_next_holder(register):
    old = register.add(entry("RAMSAR", "strp", designated_on=date(2019, 1, 1)))
    register.end(old.id, on=date(2025, 6, 30), handover_note="Induction note on file")
    assert register.coverage(TODAY).cell("RAMSAR", "strp").status is CoverageStatus.MISSING
    new = register.add(
        entry("RAMSAR", "strp", person=Person(last_name="Tsegaye", institution="Parks"))
    )
    note = register.predecessor(new.id)
    assert note is not None and note.handover_note == "Induction note on file"
    later = register.add(entry("CMS", "nfp"))
    assert register.predecessor(later.id) is None  # nobody left CMS: no note
