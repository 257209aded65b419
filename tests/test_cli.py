from datetime import date

import openpyxl
import pytest

from synergy_desktop import __version__
from synergy_desktop.cli import main
from synergy_desktop.services.demo import demo_data


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo(workspace_url, capsys):
    """A demo workspace: a file, or a PostgreSQL database in tests marked both_backends."""
    code, out, err = run(capsys, "demo", "--workspace", workspace_url)
    assert code == 0, err
    assert "Demo workspace written to" in out
    return workspace_url


def test_version(capsys):
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0
    assert capsys.readouterr().out.strip() == f"synergy {__version__}"


@pytest.mark.both_backends
def test_list_starts_each_line_with_the_round_id(demo, capsys):
    code, out, _ = run(capsys, "list", "--workspace", str(demo))
    assert code == 0
    data = demo_data()
    earlier, current = (line.split("\t") for line in out.strip().splitlines())
    assert earlier[:3] == ["1", data["earlier_round"]["title"], "Final"]
    assert earlier[3].startswith(f"{len(data['earlier_round']['answers'])}/29 answered")
    assert current[:3] == ["2", data["assessment"]["title"], "Draft"]
    assert current[3].startswith(f"{len(data['answers'])}/29 answered")
    year = date.today().year
    assert current[1].endswith((str(year), str(year - 1)))  # the round follows the calendar


@pytest.mark.both_backends
def test_workspace_from_environment(demo, capsys, monkeypatch):
    monkeypatch.setenv("SYNERGY_WORKSPACE", str(demo))
    code, out, _ = run(capsys, "list")
    assert code == 0 and out.startswith("1\t") and "\n2\t" in out


@pytest.mark.both_backends
def test_demo_refuses_a_workspace_that_holds_rounds(demo, capsys):
    code, _, err = run(capsys, "demo", "--workspace", str(demo))
    assert code == 1
    assert "already holds assessments" in err
    assert "Traceback" not in err


@pytest.mark.both_backends
def test_export_contains_every_option_with_the_demo_answers(demo, tmp_path, capsys, framework):
    out_file = tmp_path / "summary.xlsx"
    code, out, err = run(capsys, "export", str(out_file), "--workspace", str(demo))
    assert code == 0, err
    assert "written to" in out
    data = demo_data()
    by_option = {a["option"]: a for a in data["answers"]}

    book = openpyxl.load_workbook(out_file)
    assert book.sheetnames == [
        "Overview",
        "Answers",
        "Action items",
        "Focal points",
        "Coverage",
        "Coordination",
        "NBSAP alignment",
        "Reporting calendar",
    ]
    overview = book["Overview"]
    values = [[c.value for c in row] for row in overview.iter_rows()]
    flat = [v for row in values for v in row if v is not None]
    assert data["country"]["name"] in flat
    assert data["assessment"]["title"] in flat
    area_rows = {row[0]: row for row in values if row[0] in tuple("ABCDEFGH")}
    assert len(area_rows) == 8
    answered_a = sum(1 for k in by_option if k.startswith("A"))
    assert area_rows["A"][3] == answered_a
    assert area_rows["A"][4] == pytest.approx(answered_a / 6)

    answers = book["Answers"]
    rows = list(answers.iter_rows(min_row=2, values_only=True))
    assert [r[1] for r in rows] == [o.id for o in framework.options]
    assert answers.freeze_panes == "D2"
    assert answers.auto_filter.ref == "A1:M30"
    for row in rows:
        option_id = row[1]
        assert row[2] == framework.option(option_id).title.get()
        given = by_option.get(option_id)
        if given is None:
            assert row[3] == "Not yet discussed"
            continue
        rating = str(given["rating"])
        assert row[3].startswith(rating) or (rating == "na" and row[3] == "Not applicable")
        assert (row[7] or "") == given.get("evidence", "")
        assert (row[9] or "") == given.get("next_steps", "")
        if given.get("target_date"):
            assert row[10].date().isoformat() == given["target_date"]


def test_text_that_looks_like_a_formula_stays_text(tmp_path, capsys, workspace_path, service):
    info = service.create("Round")
    service.save_answer(
        info.id,
        "A1",
        {
            "evidence": '=HYPERLINK("http://x")',
            "gaps": "+1 more",
            "next_steps": "@chair",
            "responsible": "-ministry\x07",
        },
    )
    out_file = tmp_path / "safe.xlsx"
    code, _, err = run(capsys, "export", str(out_file), "--workspace", str(workspace_path))
    assert code == 0, err
    sheet = openpyxl.load_workbook(out_file)["Answers"]
    a1 = next(row for row in sheet.iter_rows(min_row=2) if row[1].value == "A1")
    assert a1[7].value == '=HYPERLINK("http://x")' and a1[7].data_type == "s"
    assert a1[7].quotePrefix
    assert a1[8].value == "+1 more" and a1[8].data_type == "s"
    assert a1[9].value == "@chair"
    assert a1[6].value == "-ministry"  # the bell character Excel rejects is gone


def test_export_of_an_empty_round_says_so(tmp_path, capsys, workspace_path, service):
    service.create("Fresh round")
    out_file = tmp_path / "empty.xlsx"
    assert run(capsys, "export", str(out_file), "--workspace", str(workspace_path))[0] == 0
    overview = openpyxl.load_workbook(out_file)["Overview"]
    texts = [c.value for row in overview.iter_rows() for c in row if isinstance(c.value, str)]
    assert any("No option has been answered" in t for t in texts)
    answers = openpyxl.load_workbook(out_file)["Answers"]
    assert answers.max_row == 30


def test_export_errors_are_plain_sentences(tmp_path, capsys, demo):
    code, _, err = run(
        capsys, "export", str(tmp_path / "missing" / "x.xlsx"), "--workspace", str(demo)
    )
    assert code == 1 and "does not exist" in err and "Traceback" not in err
    code, _, err = run(capsys, "export", str(tmp_path / "x.csv"), "--workspace", str(demo))
    assert code == 1 and ".xlsx" in err
    code, _, err = run(
        capsys, "export", str(tmp_path / "x.xlsx"), "--workspace", str(demo), "--assessment", "99"
    )
    assert code == 1 and "no assessment with id 99" in err
    assert not (tmp_path / "x.xlsx").exists()


def test_list_on_a_file_that_is_not_a_workspace(tmp_path, capsys):
    notes = tmp_path / "notes.txt"
    notes.write_text("hello")
    code, _, err = run(capsys, "list", "--workspace", str(notes))
    assert code == 1
    assert "not a Synergy Desktop workspace" in err
    assert notes.read_text() == "hello"


def test_check_pack(capsys):
    code, out, _ = run(capsys, "check-pack")
    assert "synergies-national-options version" in out
    assert "8 areas, 29 options" in out
    assert code == 0


@pytest.mark.both_backends
def test_export_with_and_without_personal_data(demo, tmp_path, capsys):
    register = demo_data("demo_register.json")
    person = register["contacts"][0]
    full, private = tmp_path / "full.xlsx", tmp_path / "private.xlsx"
    assert run(capsys, "export", str(full), "--workspace", str(demo))[0] == 0
    assert (
        run(capsys, "export", str(private), "--workspace", str(demo), "--no-personal-data")[0] == 0
    )

    def texts(path):
        book = openpyxl.load_workbook(path)
        return [
            str(c.value)
            for sheet in book
            for row in sheet.iter_rows()
            for c in row
            if c.value is not None
        ]

    everything = "\n".join(texts(full))
    assert person["last_name"] in everything and person["email"] in everything
    hidden = "\n".join(texts(private))
    for contact in register["contacts"]:  # structured contact data appears nowhere
        assert contact["email"] not in hidden and contact["phone"] not in hidden
    book = openpyxl.load_workbook(private)
    structured = [
        str(c.value)
        for name in ("Overview", "Focal points", "Coverage")
        for row in book[name].iter_rows()
        for c in row
        if c.value is not None
    ]
    for contact in register["contacts"]:  # names only where the team typed them in free text
        assert not any(contact["last_name"] in text for text in structured), contact
    assert book["Answers"]["L2"].value is None  # "last changed by" is a name
    sheet = openpyxl.load_workbook(private)["Focal points"]
    header = [c.value for c in sheet[1]]
    assert "Name" not in header and "E-mail" not in header and "Notes" not in header
    assert "Institution" in header and "Role" in header
    institutions = {
        row[header.index("Institution")] for row in sheet.iter_rows(min_row=2, values_only=True)
    }
    assert person["institution"] in institutions


@pytest.mark.both_backends
def test_demo_register_has_realistic_gaps(demo, capsys):
    from synergy_desktop.domain.focal_points import CoverageStatus
    from synergy_desktop.services.coordination import CoordinationService
    from synergy_desktop.services.focal_points import FocalPointService
    from synergy_desktop.storage.workspace import open_workspace

    ws = open_workspace(demo)
    try:
        coverage = FocalPointService(ws).coverage(date.today())
        assert coverage.count(CoverageStatus.MISSING) >= 3
        assert coverage.count(CoverageStatus.STALE) >= 1
        assert coverage.cell("CITES", "sa").status is CoverageStatus.MISSING
        service = CoordinationService(ws)
        committee = service.mechanisms()[0]
        status = service.status(committee, date.today())
        assert status.planned_per_year == 4 and status.meetings_last_year == 1
        assert set(status.absent_instruments) >= {"CITES"}
        assert FocalPointService(ws).role_history("CMS", "nfp")[0].handover_note
    finally:
        ws.close()


@pytest.mark.both_backends
def test_export_nbsap_and_reporting_sheets(demo, tmp_path, capsys):
    out_file = tmp_path / "summary.xlsx"
    assert run(capsys, "export", str(out_file), "--workspace", str(demo))[0] == 0
    data = demo_data("demo_nbsap_reporting.json")
    book = openpyxl.load_workbook(out_file)
    sheet = book["NBSAP alignment"]
    rows = list(sheet.iter_rows(values_only=True))
    header = next(r for r in rows if r[0] == "National target")
    nt1 = next(r for r in rows if r[0] and str(r[0]).startswith("NT1 "))
    direct = {
        a["reference"]
        for a in data["alignments"]
        if a["target"] == "NT1" and a["framework"] == "KMGBF" and a["level"] == "direct"
    }
    assert {header[i] for i, v in enumerate(nt1) if v == 2} == direct
    rules = [r.formula for rng in sheet.conditional_formatting for r in rng.rules]
    assert ["2"] in rules and ["1"] in rules
    texts = [str(r[0]) for r in rows if r[0]]
    assert "Kunming-Montreal Global Biodiversity Framework: 17 of 23 covered" in texts
    assert any(t.startswith("   not covered: GBF-T12") for t in texts)
    assert any(
        t.startswith("NT14 ")
        for t in texts[texts.index("National targets that serve no reference target") :]
    )

    calendar = book["Reporting calendar"]
    rows = list(calendar.iter_rows(values_only=True))
    trade = next(r for r in rows if r[1] == "Annual trade report" and r[4] == "in preparation")
    assert trade[3] < 0  # days left: overdue
    names = [r[0] for r in rows]
    red_list = rows[names.index("National Red List of threatened species")]
    assert red_list[5] == "yes" and "CBD Seventh national report" in red_list[4]
    assert calendar.print_title_rows == "$4:$4"  # the header repeats on every page
