"""Merging workspaces: real files, copies made with Save a copy, edits through the services."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from synergy_desktop.domain.focal_points import FocalPointInput, MechanismInput, MeetingRecord
from synergy_desktop.domain.nbsap import Level, TargetInput
from synergy_desktop.domain.rating import Rating
from synergy_desktop.services.context import WorkspaceContext
from synergy_desktop.services.merge import MINE, THEIRS, MergeRefused

FIXTURES = Path(__file__).parent / "fixtures" / "workspaces"


@pytest.fixture
def base(tmp_path, framework):
    context = WorkspaceContext.open_demo(tmp_path / "base.synergy", framework)
    context.reporting().ensure_seeded()
    yield context
    context.close()


@pytest.fixture
def round_id(base):
    return base.assessments.list_assessments()[-1].id  # the draft round


def copy_of(context, path, framework) -> WorkspaceContext:
    context.save_copy(path)
    return WorkspaceContext.open(path, framework)


def edit_holder(context, index=0, **changes):
    entry = context.focal_points.entries()[index]
    data = FocalPointInput(
        entry.instrument,
        entry.role,
        replace(entry.person, **{k: v for k, v in changes.items() if k != "notes"}),
        entry.contact_id,
        entry.is_primary,
        entry.designated_on,
        entry.verified_on,
        changes.get("notes", entry.notes),
    )
    return context.focal_points.update(entry.id, data)


def mechanism_input(mechanism, **changes) -> MechanismInput:
    names = ("name", "legal_basis", "mandate", "chair_institution", "secretariat")
    values = {n: getattr(mechanism, n) for n in (*names, "meetings_per_year", "notes")}
    return MechanismInput(**(values | changes))


def test_edits_of_different_fields_merge_without_conflict(base, round_id, tmp_path, framework):
    laptop = copy_of(base, tmp_path / "laptop.synergy", framework)
    base.assessments.save_answer(round_id, "A1", {"evidence": "Mine"}, author="Alice")
    laptop.assessments.save_answer(round_id, "A1", {"gaps": "Theirs"}, author="Bob")
    laptop.assessments.save_answer(round_id, "B1", {"rating": 4}, author="Bob")
    edit_holder(base, 0, phone="+1 111")
    edit_holder(laptop, 0, email="new@example.org")
    laptop.close()

    preview = base.preview_merge(tmp_path / "laptop.synergy")
    assert preview.conflicts == []
    assert preview.shared_history and preview.shared_base
    fields = {(c.kind, c.field) for c in preview.changes}
    assert fields == {("answer", "gaps"), ("answer", "rating"), ("contact", "email")}
    gaps = next(c for c in preview.changes if c.field == "gaps")
    assert (gaps.theirs, gaps.theirs_author) == ("Theirs", "Bob")

    result = base.apply_merge(preview, {}, "Alice")
    assert (result.applied, result.conflicts) == (3, 0)
    answer = base.assessments.answer(round_id, "A1")
    assert (answer.evidence, answer.gaps) == ("Mine", "Theirs")
    assert base.assessments.answer(round_id, "B1").rating is Rating.FULLY
    person = base.focal_points.entries()[0].person
    assert (person.phone, person.email) == ("+1 111", "new@example.org")
    merged = next(h for h in base.assessments.history(round_id, "A1") if h.field == "gaps")
    assert merged.author == "Bob"
    assert merged.source == "merged from laptop.synergy"
    assert base.backups or list((tmp_path / "base.backups").glob("*.synergy"))


def test_the_same_field_on_both_sides_is_a_conflict(base, round_id, tmp_path, framework):
    laptop = copy_of(base, tmp_path / "laptop.synergy", framework)
    base.assessments.save_answer(round_id, "A2", {"evidence": "Alice's text"}, author="Alice")
    laptop.assessments.save_answer(round_id, "A2", {"evidence": "Bob's text"}, author="Bob")
    edit_holder(base, 1, notes="Alice's note")
    edit_holder(laptop, 1, notes="Bob's note")
    laptop.close()

    preview = base.preview_merge(tmp_path / "laptop.synergy")
    assert preview.changes == []
    conflicts = {(c.kind, c.field): c for c in preview.conflicts}
    answer = conflicts[("answer", "evidence")]
    assert (answer.mine, answer.mine_author) == ("Alice's text", "Alice")
    assert (answer.theirs, answer.theirs_author) == ("Bob's text", "Bob")
    assert answer.mine_when and answer.theirs_when
    assert conflicts[("designation", "notes")].theirs == "Bob's note"

    result = base.apply_merge(preview, {}, "Alice")  # no choice: nothing is decided
    assert (result.applied, result.unresolved) == (0, 2)
    assert base.assessments.answer(round_id, "A2").evidence == "Alice's text"
    assert base.focal_points.entries()[1].notes == "Alice's note"

    again = base.preview_merge(tmp_path / "laptop.synergy")
    assert len(again.conflicts) == 2  # still asked, never settled silently
    choices = {c.key: THEIRS if c.kind == "answer" else MINE for c in again.conflicts}
    result = base.apply_merge(again, choices, "Alice")
    assert (result.taken, result.kept) == (1, 1)
    assert base.assessments.answer(round_id, "A2").evidence == "Bob's text"
    assert base.focal_points.entries()[1].notes == "Alice's note"
    third = base.preview_merge(tmp_path / "laptop.synergy")
    assert third.is_empty  # "keep mine" is remembered


def test_merging_the_same_file_twice_changes_nothing(base, round_id, tmp_path, framework):
    laptop = copy_of(base, tmp_path / "laptop.synergy", framework)
    laptop.assessments.save_answer(round_id, "C1", {"next_steps": "Meet in May"}, author="Bob")
    laptop.nbsap.add_target(TargetInput("NT-99", "A new target"))
    laptop.close()
    first = base.preview_merge(tmp_path / "laptop.synergy")
    assert len(first.changes) == 2
    base.apply_merge(first, {}, "Alice")
    history = len(base.assessments.history())
    targets = base.nbsap.targets()

    second = base.preview_merge(tmp_path / "laptop.synergy")
    assert second.is_empty
    result = base.apply_merge(second, {}, "Alice")
    assert result.applied == 0
    assert len(base.assessments.history()) == history
    assert base.nbsap.targets() == targets


def test_a_finalised_round_is_never_changed(base, round_id, tmp_path, framework):
    laptop = copy_of(base, tmp_path / "laptop.synergy", framework)
    laptop.assessments.save_answer(round_id, "A1", {"rating": 0}, author="Bob")
    laptop.close()
    before = base.assessments.answers(round_id)
    base.assessments.finalise(round_id, author="Alice")

    preview = base.preview_merge(tmp_path / "laptop.synergy")
    assert [(h.field, h.theirs) for h in preview.held] == [("rating", "0")]
    assert "finalised" in preview.held[0].reason
    result = base.apply_merge(preview, {}, "Alice")
    assert (result.applied, result.held) == (0, 1)
    assert base.assessments.answers(round_id) == before


def test_deletions_merge_and_conflict(base, round_id, tmp_path, framework):
    laptop = copy_of(base, tmp_path / "laptop.synergy", framework)
    entries = laptop.focal_points.entries()
    laptop.focal_points.delete(entries[2].id)  # deleted there, untouched here
    laptop.focal_points.delete(entries[3].id)  # deleted there, changed here
    edit_holder(base, 3, notes="Still here, and changed")
    gone = base.nbsap.targets()[0]
    base.nbsap.delete_target(gone.id)  # deleted here, untouched there
    laptop.close()

    preview = base.preview_merge(tmp_path / "laptop.synergy")
    deletions = [c for c in preview.changes if c.action == "delete"]
    # the person held no other role, so the register removed them with the entry
    assert sorted(c.kind for c in deletions) == ["contact", "designation"]
    assert [(c.kind, c.action) for c in preview.conflicts] == [("designation", "delete")]
    base.apply_merge(preview, {preview.conflicts[0].key: MINE}, "Alice")
    uids = {e.uid for e in base.focal_points.entries()}
    assert entries[2].uid not in uids and entries[3].uid in uids
    assert gone.uid not in {t.uid for t in base.nbsap.targets()}  # stays deleted


def test_register_coordination_and_nbsap_edits_merge(base, tmp_path, framework):
    laptop = copy_of(base, tmp_path / "laptop.synergy", framework)
    mechanism = laptop.coordination.mechanisms()[0]
    laptop.coordination.save(mechanism_input(mechanism, mandate="A wider mandate"), mechanism.id)
    laptop.coordination.save_meeting(
        mechanism.id, MeetingRecord(0, date(2026, 1, 15), "Ten people", "Agreed the plan")
    )
    target = laptop.nbsap.add_target(TargetInput("NT-50", "Wetlands restored"))
    laptop.nbsap.set_alignment(target.id, "KMGBF", "GBF-T02", Level.DIRECT, "Restoration")
    old = laptop.focal_points.entries()[0]
    laptop.focal_points.replace_holder(
        old.id,
        FocalPointInput(old.instrument, old.role, replace(old.person, last_name="Newholder")),
        on=date(2026, 2, 1),
        handover_note="Files are in the shared drive",
    )
    laptop.close()
    base.coordination.save(mechanism_input(mechanism, chair_institution="New chair"), mechanism.id)

    preview = base.preview_merge(tmp_path / "laptop.synergy")
    assert preview.conflicts == []
    base.apply_merge(preview, {}, "Alice")
    merged = base.coordination.get(mechanism.id)
    assert (merged.mandate, merged.chair_institution) == ("A wider mandate", "New chair")
    assert [m.decisions for m in merged.meetings if m.held_on == date(2026, 1, 15)] == [
        "Agreed the plan"
    ]
    new_target = next(t for t in base.nbsap.targets() if t.code == "NT-50")
    assert new_target.uid == target.uid
    cell = [a for a in base.nbsap.alignments("KMGBF") if a.national_target_id == new_target.id]
    assert [(a.reference, a.level, a.note) for a in cell] == [
        ("GBF-T02", Level.DIRECT, "Restoration")
    ]
    former = base.focal_points.role_history(old.instrument, old.role)[0]
    assert former.handover_note == "Files are in the shared drive"
    successor = base.focal_points.get(former.successor_id)
    assert successor.person.last_name == "Newholder"


def test_unrelated_files_are_matched_by_id_only(tmp_path, framework, base):
    other = WorkspaceContext.open_demo(tmp_path / "other.synergy", framework)
    other.close()
    preview = base.preview_merge(tmp_path / "other.synergy")
    assert not preview.shared_history and not preview.shared_base
    # nothing shares a uid: everything of theirs is new, nothing is deleted; the shipped
    # obligations both files copied in are one record each, and the focal point responsible
    # for them and the datasets they draw on differ (other records): conflicts, not guesses
    assert {c.action for c in preview.changes} == {"add"}
    assert {(c.kind, c.field) for c in preview.conflicts} == {
        ("obligation", "responsible"),
        ("obligation", "datasets"),
    }
    before = base.focal_points.entries()
    base.apply_merge(preview, {}, "Lead")
    after = base.focal_points.entries()
    assert len(after) == 2 * len(before)  # their register came in beside ours
    assert {e.uid for e in before} <= {e.uid for e in after}


def _bytes(path: Path) -> bytes:
    return path.read_bytes()


@pytest.mark.parametrize("kind", ["text", "empty", "other-db", "truncated", "newer", "pack"])
def test_hostile_and_mismatched_files_are_refused_unchanged(base, tmp_path, framework, kind):
    target = tmp_path / f"{kind}.synergy"
    if kind == "text":
        target.write_text("not a workspace")
    elif kind == "empty":
        target.write_bytes(b"")
    elif kind == "other-db":
        connection = sqlite3.connect(target)
        connection.execute("CREATE TABLE t (x)")
        connection.commit()
        connection.close()
    else:
        copy_of(base, target, framework).close()
        if kind == "truncated":
            target.write_bytes(target.read_bytes()[:5000])
        else:
            connection = sqlite3.connect(target)
            if kind == "newer":
                connection.execute("UPDATE alembic_version SET version_num = '9999'")
            else:
                connection.execute("UPDATE assessments SET pack_version = '0.1-other'")
            connection.commit()
            connection.close()
    before = _bytes(target)
    mine_before = len(base.assessments.history())
    with pytest.raises(MergeRefused) as refused:
        base.preview_merge(target)
    message = str(refused.value)
    assert str(target) in message and "Traceback" not in message
    assert "\n" not in message
    assert _bytes(target) == before
    assert len(base.assessments.history()) == mine_before


def test_an_older_schema_is_read_from_a_temporary_copy(base, tmp_path):
    old = tmp_path / "old.synergy"
    shutil.copyfile(FIXTURES / "schema-0003.synergy", old)
    before = old.read_bytes()
    preview = base.preview_merge(old)
    assert old.read_bytes() == before
    assert not list(tmp_path.glob("old.backups"))  # the original was not upgraded in place
    base.apply_merge(preview, {}, "Alice")
    assert old.read_bytes() == before
    titles = {r.title for r in base.assessments.list_assessments()}
    with WorkspaceContext.reading(old) as theirs:
        assert {r.title for r in theirs.assessments.list_assessments()} <= titles


def test_a_workspace_cannot_be_merged_into_itself(base, tmp_path):
    with pytest.raises(MergeRefused, match="itself"):
        base.preview_merge(tmp_path / "base.synergy")


def test_three_laptops_lose_no_edit(base, round_id, tmp_path, framework):
    laptops = [copy_of(base, tmp_path / f"laptop{n}.synergy", framework) for n in (1, 2, 3)]
    cbd, ramsar, consultant = laptops
    cbd.assessments.save_answer(round_id, "A1", {"evidence": "CBD evidence"}, author="CBD")
    edit_holder(cbd, 0, phone="+2 222")
    ramsar.assessments.save_answer(round_id, "B2", {"rating": 3}, author="Ramsar")
    ramsar.assessments.save_answer(round_id, "A1", {"gaps": "Ramsar gaps"}, author="Ramsar")
    target = consultant.nbsap.add_target(TargetInput("NT-77", "Consultant's target"))
    consultant.nbsap.set_alignment(target.id, "KMGBF", "GBF-T03", Level.PARTIAL)
    consultant.assessments.save_answer(round_id, "D1", {"next_steps": "Draft"}, author="C")
    base.assessments.save_answer(round_id, "E1", {"responsible": "Coordinator"}, author="Lead")
    for laptop in laptops:
        laptop.close()

    for n in (1, 2, 3):
        preview = base.preview_merge(tmp_path / f"laptop{n}.synergy")
        assert preview.conflicts == [], n
        base.apply_merge(preview, {}, "Lead")

    answers = base.assessments.answers(round_id)
    assert answers["A1"].evidence == "CBD evidence"
    assert answers["A1"].gaps == "Ramsar gaps"
    assert answers["B2"].rating is Rating.LARGELY
    assert answers["D1"].next_steps == "Draft"
    assert answers["E1"].responsible == "Coordinator"
    assert base.focal_points.entries()[0].person.phone == "+2 222"
    merged = next(t for t in base.nbsap.targets() if t.code == "NT-77")
    assert [
        a.reference for a in base.nbsap.alignments("KMGBF") if a.national_target_id == merged.id
    ] == ["GBF-T03"]
    for n in (1, 2, 3):  # and nothing is left to bring in
        assert base.preview_merge(tmp_path / f"laptop{n}.synergy").is_empty
