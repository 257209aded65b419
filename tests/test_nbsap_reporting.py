from datetime import date

import openpyxl
import pytest

from synergy_desktop.domain.focal_points import FocalPointInput, Person
from synergy_desktop.domain.nbsap import Level, TargetInput
from synergy_desktop.domain.reporting import (
    DatasetInput,
    ObligationInput,
    Precision,
    Status,
    upcoming,
)
from synergy_desktop.formats.excel.reading import WorkbookError
from synergy_desktop.services.errors import ValidationError
from synergy_desktop.services.evidence import evidence_facts
from synergy_desktop.services.focal_points import FocalPointService
from synergy_desktop.services.nbsap import NbsapService
from synergy_desktop.services.reporting import ReportingService
from synergy_desktop.services.target_import import apply_targets, preview_targets

pytestmark = pytest.mark.both_backends

TODAY = date(2026, 11, 21)


@pytest.fixture
def nbsap(workspace):
    return NbsapService(workspace)


@pytest.fixture
def reporting(workspace):
    return ReportingService(workspace)


def test_shipped_frameworks(nbsap):
    frameworks = {f.id: f for f in nbsap.frameworks()}
    kmgbf = frameworks["KMGBF"]
    assert [t.id for t in kmgbf.targets] == [f"GBF-T{n:02d}" for n in range(1, 24)]
    assert len(frameworks["CMS-SPMS"].targets) == 5
    assert len(frameworks["RAMSAR-SP4"].targets) == 4


def test_targets_alignment_and_gaps(nbsap):
    t1, t2, _ = nbsap.add_targets(
        [
            TargetInput("T1", "Protect 30% of land and sea"),
            TargetInput("T2", "Restore wetlands"),
            TargetInput("T3", "Grow nature tourism"),
        ]
    )
    nbsap.set_alignment(t1.id, "KMGBF", "GBF-T03", Level.DIRECT)
    nbsap.set_alignment(t2.id, "KMGBF", "GBF-T02", Level.PARTIAL, "wetlands only")
    nbsap.set_alignment(t2.id, "RAMSAR-SP4", "RAMSAR-G2", Level.DIRECT)
    coverage = {f.id: c for f, c in nbsap.coverage()}
    assert (coverage["KMGBF"].covered, coverage["KMGBF"].total) == (2, 23)
    assert "GBF-T01" in coverage["KMGBF"].uncovered
    assert coverage["RAMSAR-SP4"].covered == 1
    assert [t.code for t in nbsap.unaligned()] == ["T3"]
    nbsap.set_alignment(t1.id, "KMGBF", "GBF-T03", Level.NONE)  # the gap comes back
    coverage = {f.id: c for f, c in nbsap.coverage()}
    assert coverage["KMGBF"].covered == 1
    assert nbsap.alignments("KMGBF")[0].note == "wetlands only"


def test_alignment_validation(nbsap):
    target = nbsap.add_target(TargetInput("T1", "Protect"))
    with pytest.raises(ValidationError, match="has no target"):
        nbsap.set_alignment(target.id, "KMGBF", "GBF-T99", Level.DIRECT)
    with pytest.raises(ValidationError, match="already a national target"):
        nbsap.add_target(TargetInput("T1", "Again"))
    with pytest.raises(ValidationError, match="needs a title"):
        nbsap.add_target(TargetInput("T9", "  "))


def test_custom_framework(nbsap):
    framework = nbsap.add_framework(
        "AU-BIO", "Regional biodiversity strategy", [("G1", "Protect"), ("G2", "Restore")]
    )
    assert framework.custom and [t.id for t in framework.targets] == ["G1", "G2"]
    target = nbsap.add_target(TargetInput("T1", "Protect"))
    nbsap.set_alignment(target.id, "AU-BIO", "G2", Level.PARTIAL)
    nbsap.delete_framework("AU-BIO")
    assert "AU-BIO" not in {f.id for f in nbsap.frameworks()}
    assert nbsap.alignments() == []
    with pytest.raises(ValidationError, match="Only frameworks added"):
        nbsap.delete_framework("KMGBF")


def workbook(path, rows):
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_import_preview_reports_every_rejected_row(tmp_path, workspace, nbsap):
    nbsap.add_target(TargetInput("T1", "Existing"))
    path = workbook(
        tmp_path / "targets.xlsx",
        [
            ["National targets of Verdania"],
            ["Code", "Title", "Description", "Lead institution"],
            ["T1", "Clashes with the workspace", "", ""],
            ["T2", "Protect 30%", "Land and sea", "Ministry"],
            [None, "No code", "", ""],
            ["T3", None, "", ""],
            ["T2", "Duplicate in file", "", ""],
            [4, "Numeric code", "", ""],
            [None, None, None, None],
        ],
    )
    preview = preview_targets(workspace, path)
    assert [(n, d.code) for n, d in preview.accepted] == [(4, "T2"), (8, "4")]
    reasons = dict(preview.rejected)
    assert "already used" in reasons[3]
    assert "needs a code" in reasons[5]
    assert "needs a title" in reasons[6]
    assert "appears again (first on row 4)" in reasons[7]
    assert [t.code for t in nbsap.targets()] == ["T1"]  # a preview writes nothing
    apply_targets(workspace, preview)
    assert [t.code for t in nbsap.targets()] == ["T1", "T2", "4"]


def test_import_is_all_or_nothing(tmp_path, workspace, nbsap):
    preview = preview_targets(
        workspace,
        workbook(tmp_path / "t.xlsx", [["Code", "Title"], ["A", "First"], ["B", "Second"]]),
    )
    nbsap.add_target(TargetInput("B", "Added meanwhile"))
    with pytest.raises(ValidationError):
        apply_targets(workspace, preview)
    assert [t.code for t in nbsap.targets()] == ["B"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"Code,Title\nT1,Protect\n", "not an Excel workbook"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "password-protected"),
    ],
)
def test_files_that_are_not_workbooks(tmp_path, workspace, content, message):
    path = tmp_path / "targets.xlsx"
    path.write_bytes(content)
    with pytest.raises(WorkbookError, match=message):
        preview_targets(workspace, path)
    assert path.read_bytes() == content


def test_truncated_workbook_and_missing_header(tmp_path, workspace):
    good = workbook(tmp_path / "good.xlsx", [["Code", "Title"], ["T1", "Protect"]])
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(good.read_bytes()[:-200])
    with pytest.raises(WorkbookError, match="damaged or truncated"):
        preview_targets(workspace, broken)
    headless = workbook(tmp_path / "headless.xlsx", [["T1", "Protect"]])
    with pytest.raises(WorkbookError, match="no header row"):
        preview_targets(workspace, headless)


def test_shipped_obligations_are_seeded_once(reporting):
    obligations = reporting.obligations()
    keys = {o.reference_key for o in obligations}
    assert {"cbd-nr7", "cites-annual-trade", "unfccc-btr"} <= keys
    nr7 = next(o for o in obligations if o.reference_key == "cbd-nr7")
    assert nr7.due_date == date(2026, 2, 28) and nr7.checked_on is not None
    reporting.delete(nr7.id)
    assert len(reporting.obligations()) == len(obligations) - 1  # not seeded again


def test_deadlines_overdue_and_upcoming(reporting):
    rows = {o.reference_key: o for o in reporting.obligations()}
    trade = rows["cites-annual-trade"]
    assert trade.is_overdue(TODAY) and trade.days_left(TODAY) == -21
    assert not rows["cbd-nr8"].is_overdue(TODAY)
    coming = upcoming(reporting.obligations(), TODAY, horizon_months=24)
    assert coming[0].due_date <= coming[-1].due_date
    assert "cbd-nr8" not in {o.reference_key for o in coming}  # June 2029 is beyond 24 months
    assert all(o.due_date is not None for o in coming)


def test_submitting_a_recurring_report_adds_the_next_cycle(reporting, workspace):
    trade = next(o for o in reporting.obligations() if o.reference_key == "cites-annual-trade")
    data = reporting.save_dataset(DatasetInput("Trade permit database", "Management Authority"))
    reporting.set_feeds(data.id, [trade.id])
    following = reporting.set_status(trade.id, Status.SUBMITTED, date.today())
    assert following.due_date == date(2027, 10, 31) and following.status is Status.NOT_STARTED
    assert following.dataset_ids == (data.id,)
    submitted = reporting.get(trade.id)
    assert submitted.status is Status.SUBMITTED and not submitted.is_overdue(TODAY)
    assert trade.id not in {o.id for o in upcoming(reporting.obligations(), TODAY)}
    with pytest.raises(ValidationError, match="future"):
        reporting.set_status(following.id, Status.SUBMITTED, date(2999, 1, 1))


def test_datasets_shared_by_several_reports(reporting):
    rows = {o.reference_key: o for o in reporting.obligations()}
    red_list = reporting.save_dataset(
        DatasetInput("National Red List", "Institute", "every 5 years", date(2024, 6, 30))
    )
    single = reporting.save_dataset(DatasetInput("Pest surveillance", "NPPO"))
    reporting.set_feeds(red_list.id, [rows["cbd-nr7"].id, rows["cms-nr"].id])
    reporting.set_feeds(single.id, [rows["ippc-obligations"].id])
    shared = [d.name for d in reporting.datasets() if d.is_shared]
    assert shared == ["National Red List"]
    with pytest.raises(ValidationError, match="needs a name"):
        reporting.save_dataset(DatasetInput(" "))


def test_obligations_can_be_added_and_corrected(reporting, workspace):
    holder = FocalPointService(workspace).add(
        FocalPointInput("CMS", "nfp", Person(last_name="Okafor", institution="Wildlife"))
    )
    added = reporting.add(
        ObligationInput(
            "CMS",
            "Report under the AEWA",
            "every 3 years",
            None,
            date(2027, 3, 31),
            Precision.DAY,
            holder.id,
        )
    )
    assert added.responsible == "Okafor (CMS National focal point)"
    fixed = reporting.update(added.id, ObligationInput("CMS", "Report under AEWA", due_date=None))
    assert fixed.due_precision is Precision.NONE and fixed.due_date is None
    with pytest.raises(ValidationError, match="Unknown instrument"):
        reporting.add(ObligationInput("XYZ", "Report"))


def test_responsibility_follows_a_change_of_holder(reporting, workspace):
    register = FocalPointService(workspace)
    old = register.add(FocalPointInput("CMS", "nfp", Person(last_name="Old", institution="W")))
    report = next(o for o in reporting.obligations() if o.reference_key == "cms-nr")
    reporting.update(report.id, ObligationInput("CMS", report.title, responsible_id=old.id))
    new = register.replace_holder(
        old.id,
        FocalPointInput("CMS", "nfp", Person(last_name="New", institution="W")),
        on=date(2026, 1, 1),
    )
    assert reporting.get(report.id).responsible_id == new.id


def test_evidence_for_nbsap_and_reporting_options(workspace, nbsap, reporting):
    target = nbsap.add_target(TargetInput("T1", "Protect"))
    nbsap.add_target(TargetInput("T2", "Tourism"))
    nbsap.set_alignment(target.id, "KMGBF", "GBF-T03", Level.DIRECT)
    facts = evidence_facts(workspace, ["nbsap"], TODAY)
    assert facts[0] == "2 national targets recorded."
    assert "Kunming-Montreal Global Biodiversity Framework: 1 of 23 covered" in facts[1]
    assert facts[2] == "1 national target serves no reference target: T2."
    facts = evidence_facts(workspace, ["reporting", "datasets"], TODAY)
    assert facts[0].startswith("16 reporting obligations in the calendar;")
    assert "overdue" in facts[0]
    assert facts[1].startswith("Next deadline: ")
    assert facts[2] == "No dataset is recorded yet (reporting calendar)."


def test_import_reads_headers_in_other_languages(tmp_path, workspace, nbsap):
    path = workbook(
        tmp_path / "cibles.xlsx",
        [["Código", "Título", "Institución principal"], ["M1", "Proteger el 30 %", "Ministerio"]],
    )
    preview = preview_targets(workspace, path)
    assert [(d.code, d.title, d.lead_institution) for _, d in preview.accepted] == [
        ("M1", "Proteger el 30 %", "Ministerio")
    ]
    path = workbook(tmp_path / "zh.xlsx", [["代码", "标题"], ["T1", "保护"]])
    assert [d.title for _, d in preview_targets(workspace, path).accepted] == ["保护"]
