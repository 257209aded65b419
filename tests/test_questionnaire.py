"""The questionnaire round trip: export, fill in (also via LibreOffice), preview, apply; and
hostile or broken files, which change nothing."""

from __future__ import annotations

import os
import shutil
import subprocess
import zipfile
from datetime import datetime

import openpyxl
import pytest

from synergy_desktop.cli import main
from synergy_desktop.domain.rating import Priority, Rating
from synergy_desktop.formats.excel.questionnaire import META_SHEET, export_questionnaire
from synergy_desktop.formats.excel.reading import WorkbookError
from synergy_desktop.formats.excel.summary import run
from synergy_desktop.services.questionnaire_import import (
    apply_questionnaire,
    preview_questionnaire,
)
from synergy_desktop.services.summary import collect_summary

COLUMNS = {
    "rating": "D",
    "priority": "E",
    "conventions": "F",
    "responsible": "G",
    "evidence": "H",
    "gaps": "I",
    "next_steps": "J",
    "target_date": "K",
}


@pytest.fixture
def round_id(service):
    info = service.create("Round 2026")
    service.save_answer(info.id, "A1", {"rating": 2, "evidence": "Register kept on paper"})
    return info.id


@pytest.fixture
def questionnaire(workspace, framework, round_id, tmp_path):
    target = tmp_path / "questionnaire.xlsx"
    run(export_questionnaire(collect_summary(workspace, framework, round_id), target))
    return target


def area_sheet(book, area_id):
    return next(s for s in book.worksheets if s["A1"].value == area_id)


def row_of(sheet, option_id):
    return next(c.row for c in sheet["A"] if c.value == option_id)


def fill(path, edits, *, saved_as=None):
    """Edit cells like a ministry would: {(option, field): value}."""
    book = openpyxl.load_workbook(path)
    for (option_id, name), value in edits.items():
        sheet = area_sheet(book, option_id[0])
        cell = sheet[f"{COLUMNS[name]}{row_of(sheet, option_id)}"]
        cell.value = value
        if isinstance(value, str) and value.startswith("="):
            cell.data_type = "s"  # typed as text, as a spreadsheet program stores it
    book.save(saved_as or path)
    return saved_as or path


def test_layout_for_ministries(questionnaire, framework):
    book = openpyxl.load_workbook(questionnaire)
    assert book.sheetnames[0] == "Instructions"
    assert book[META_SHEET].sheet_state == "veryHidden"
    sheet = area_sheet(book, "A")
    assert sheet.column_dimensions["A"].hidden and sheet.protection.sheet
    a1 = row_of(sheet, "A1")
    assert sheet[f"B{a1}"].value.startswith("A1 ")
    assert sheet[f"D{a1}"].value == "2 – partly in place"  # current answers are filled in
    assert sheet[f"H{a1}"].value == "Register kept on paper"
    assert not sheet[f"D{a1}"].protection.locked and sheet[f"C{a1}"].protection.locked
    validations = {str(v.sqref): v for v in sheet.data_validations.dataValidation}
    assert validations[f"D3:D{2 + 6}"].type == "list"
    assert validations[f"K3:K{2 + 6}"].type == "date"
    assert len([s for s in book.worksheets if s["A1"].value in "ABCDEFGH"]) == 8


def test_unchanged_questionnaire_changes_nothing(workspace, framework, questionnaire, round_id):
    preview = preview_questionnaire(workspace, framework, questionnaire, round_id)
    assert preview.changes == [] and preview.rejected == []


def test_filled_questionnaire_preview_and_apply(
    workspace, framework, questionnaire, round_id, service
):
    fill(
        questionnaire,
        {
            ("A1", "rating"): "4 – fully in place",
            ("A1", "priority"): "H – High",
            ("A1", "target_date"): datetime(2027, 6, 30),
            ("B2", "rating"): "NA – Not applicable",
            ("B2", "conventions"): "cites, CMS",
            ("C1", "evidence"): "=> see annex 3",
            ("A2", "rating"): "7 – excellent",
            ("A3", "target_date"): "soon",
            ("A4", "priority"): "urgent",
        },
    )
    preview = preview_questionnaire(workspace, framework, questionnaire, round_id)
    changes = {(c.option_id, c.field): (c.old, c.new) for c in preview.changes}
    assert changes[("A1", "rating")] == ("2", "4")
    assert changes[("A1", "priority")] == ("", "high")
    assert changes[("A1", "target_date")] == ("", "2027-06-30")
    assert changes[("B2", "conventions")] == ("", "CITES, CMS")
    assert changes[("C1", "evidence")] == ("", "=> see annex 3")
    reasons = {cell: reason for _, cell, reason in preview.rejected}
    assert "unknown rating" in next(r for r in reasons.values() if r.startswith("A2"))
    assert "is not a date" in next(r for r in reasons.values() if r.startswith("A3"))
    assert "unknown priority" in next(r for r in reasons.values() if r.startswith("A4"))
    assert service.answer(round_id, "A1").rating is Rating.PARTLY  # preview writes nothing

    apply_questionnaire(workspace, framework, preview, author="Ministry of Agriculture")
    a1 = service.answer(round_id, "A1")
    assert a1.rating is Rating.FULLY and a1.priority is Priority.HIGH
    assert service.answer(round_id, "B2").rating is Rating.NOT_APPLICABLE
    assert service.answer(round_id, "A2").rating is Rating.NOT_DISCUSSED  # rejected cell
    entry = service.history(round_id, "A1")[0]
    assert entry.source == "questionnaire questionnaire.xlsx"
    assert entry.author == "Ministry of Agriculture"


def test_edited_ids_wrong_sheets_and_formulas_are_rejected(
    workspace, framework, questionnaire, round_id
):
    book = openpyxl.load_workbook(questionnaire)
    sheet_a, sheet_b = area_sheet(book, "A"), area_sheet(book, "B")
    sheet_a[f"A{row_of(sheet_a, 'A5')}"] = "A9"  # an edited id
    b1 = row_of(sheet_b, "B1")
    last = sheet_a.max_row + 1
    for column in "ABCD":
        sheet_a[f"{column}{last}"] = sheet_b[f"{column}{b1}"].value  # a row moved sheets
    sheet_a[f"D{last}"] = "3 – largely in place"
    sheet_a[f"G{row_of(sheet_a, 'A6')}"] = '=CONCAT("Min","istry")'
    book.save(questionnaire)
    preview = preview_questionnaire(workspace, framework, questionnaire, round_id)
    reasons = [reason for _, _, reason in preview.rejected]
    assert any("option id was edited" in r for r in reasons)
    assert any("belongs on the sheet of area B (wrong sheet)" in r for r in reasons)
    assert any("a formula is not read" in r for r in reasons)
    assert ("B1", "rating") not in {(c.option_id, c.field) for c in preview.changes}


def test_a_questionnaire_of_another_framework_version_is_refused(
    workspace, framework, questionnaire, round_id
):
    book = openpyxl.load_workbook(questionnaire)
    meta = book[META_SHEET]
    next(r for r in meta.iter_rows() if r[0].value == "pack_hash")[1].value = "0" * 64
    book.save(questionnaire)
    with pytest.raises(WorkbookError, match="different framework version"):
        preview_questionnaire(workspace, framework, questionnaire, round_id)


def test_a_plain_workbook_is_not_a_questionnaire(workspace, framework, round_id, tmp_path):
    path = tmp_path / "plain.xlsx"
    openpyxl.Workbook().save(path)
    with pytest.raises(WorkbookError, match="not a Synergy Desktop questionnaire"):
        preview_questionnaire(workspace, framework, path, round_id)


def zip_with(path, members):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return path


def test_zip_bomb_is_refused_before_unpacking(workspace, framework, round_id, tmp_path):
    path = zip_with(
        tmp_path / "bomb.xlsx",
        {"[Content_Types].xml": "<Types/>", "xl/worksheets/sheet1.xml": "0" * 60_000_000},
    )
    with pytest.raises(WorkbookError, match="unreasonable size"):
        preview_questionnaire(workspace, framework, path, round_id)


def test_xml_entity_bomb_is_refused(workspace, framework, questionnaire, round_id, tmp_path):
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(
            f'<!ENTITY lol{i} "{"&lol{};".format(i - 1 if i > 1 else "") * 10}">'
            for i in range(1, 10)
        )
        + ']><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>'
        "</sheetData></worksheet>"
    )
    target = tmp_path / "entities.xlsx"
    with zipfile.ZipFile(questionnaire) as source, zipfile.ZipFile(target, "w") as out:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet3.xml":  # the sheet of area A
                data = bomb.encode()
            out.writestr(item, data)
    with pytest.raises(WorkbookError, match="damaged"):
        preview_questionnaire(workspace, framework, target, round_id)


def test_a_million_rows_are_refused(workspace, framework, questionnaire, round_id):
    book = openpyxl.load_workbook(questionnaire)
    area_sheet(book, "A").cell(row=1_000_000, column=2, value="far away")
    book.save(questionnaire)
    with pytest.raises(WorkbookError, match="more than 500 rows"):
        preview_questionnaire(workspace, framework, questionnaire, round_id)


def test_truncated_questionnaire(workspace, framework, questionnaire, round_id):
    questionnaire.write_bytes(questionnaire.read_bytes()[:-300])
    with pytest.raises(WorkbookError, match="damaged or truncated"):
        preview_questionnaire(workspace, framework, questionnaire, round_id)


def libreoffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(
    libreoffice() is None and os.environ.get("SYNERGY_REQUIRE_LIBREOFFICE") != "1",
    reason="LibreOffice is not installed (CI installs it)",
)
def test_questionnaire_resaved_by_libreoffice(
    workspace, framework, questionnaire, round_id, service, tmp_path
):
    assert libreoffice(), "CI must install LibreOffice (libreoffice-calc-nogui)"
    fill(
        questionnaire,
        {
            ("A1", "rating"): "3 – largely in place",
            ("A2", "target_date"): datetime(2027, 3, 31),
            ("B1", "next_steps"): "Invite the CMS focal point",
            ("C2", "rating"): "9 – wrong",
        },
    )
    out = tmp_path / "libreoffice"
    out.mkdir()
    subprocess.run(
        [
            libreoffice(),
            "--headless",
            "--calc",
            "--convert-to",
            "xlsx:Calc MS Excel 2007 XML",
            "--outdir",
            str(out),
            str(questionnaire),
        ],
        check=True,
        capture_output=True,
        timeout=180,
        env={**os.environ, "HOME": str(tmp_path)},
    )
    resaved = out / questionnaire.name
    with zipfile.ZipFile(resaved) as archive:  # really written by LibreOffice
        assert "LibreOffice" in archive.read("docProps/app.xml").decode()
    preview = preview_questionnaire(workspace, framework, resaved, round_id)
    changes = {(c.option_id, c.field): c.new for c in preview.changes}
    assert changes == {
        ("A1", "rating"): "3",
        ("A2", "target_date"): "2027-03-31",
        ("B1", "next_steps"): "Invite the CMS focal point",
    }
    assert [reason for _, _, reason in preview.rejected] == ["C2: unknown rating “9 – wrong”"]
    apply_questionnaire(workspace, framework, preview)
    assert service.answer(round_id, "A2").target_date.isoformat() == "2027-03-31"


def test_command_line_round_trip(workspace_path, questionnaire, round_id, capsys):
    fill(questionnaire, {("A1", "gaps"): "No budget line"})
    args = [
        "import-questionnaire",
        str(questionnaire),
        "--workspace",
        str(workspace_path),
        "--assessment",
        str(round_id),
    ]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "1 change(s), 0 rejected cell(s)." in out
    assert "A1\tgaps\t'' -> 'No budget line'" in out
    assert "Nothing was changed" in out
    assert main([*args, "--yes"]) == 0
    assert "1 answer field updated." in capsys.readouterr().out
    assert main(args) == 0
    assert "0 change(s)" in capsys.readouterr().out


def test_command_line_refuses_a_broken_file(workspace_path, round_id, tmp_path, capsys):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04 not really")
    code = main(
        [
            "import-questionnaire",
            str(path),
            "--workspace",
            str(workspace_path),
            "--assessment",
            str(round_id),
            "--yes",
        ]
    )
    err = capsys.readouterr().err
    assert code == 1 and "damaged or truncated" in err and "Traceback" not in err
