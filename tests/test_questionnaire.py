"""The questionnaire round trip: export, fill in (also via LibreOffice), preview, apply; and
hostile or broken files, which change nothing."""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import sys
import warnings
import zipfile
import zlib
from datetime import datetime

import openpyxl
import pytest

from synergy_desktop.cli import main
from synergy_desktop.domain.rating import Priority, Rating
from synergy_desktop.formats.excel.questionnaire import META_SHEET, export_questionnaire
from synergy_desktop.formats.excel.reading import WorkbookError
from synergy_desktop.formats.excel.summary import run
from synergy_desktop.services.errors import ServiceError
from synergy_desktop.services.questionnaire_import import (
    apply_questionnaire,
    preview_questionnaire,
)
from synergy_desktop.services.summary import collect_summary
from synergy_desktop.services.workbook_input import RefusedFileError

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


# -- hostile files: every failure is one plain refusal, nothing is lost without a word ---------


def read_parts(path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def write_parts(path, parts: dict[str, bytes]):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def sheet_part(parts: dict[str, bytes], first: str) -> str:
    """The part of the sheet whose cell A1 holds ``first`` (an area id, or "format")."""
    head = re.compile(rb'<c r="A1"[^>]*><is><t>' + re.escape(first.encode()) + rb"</t>")
    return next(n for n, data in parts.items() if n.startswith("xl/w") and head.search(data))


def put_cell(xml: bytes, ref: str, cell: str) -> bytes:
    """Replace the cell ``ref`` of a sheet's XML by ``cell`` (raw XML)."""
    pattern = re.compile(rb'<c r="' + ref.encode() + rb'"[^>]*?(?:/>|>.*?</c>)', re.S)
    changed, count = pattern.subn(cell.encode(), xml, count=1)
    assert count == 1, ref
    return changed


def edit_sheet(path, first: str, *cells: tuple[str, str]):
    parts = read_parts(path)
    name = sheet_part(parts, first)
    for ref, cell in cells:
        parts[name] = put_cell(parts[name], ref, cell)
    return write_parts(path, parts)


def patch_zip_entry(path, member: str, *, method: int | None = None, flags: int = 0):
    """Set the compression method or flag bits of one member, in both zip headers."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        local = archive.getinfo(member).header_offset
    central = data.find(b"PK\x01\x02" + bytes(42)[:0])
    while data[central + 46 : central + 46 + len(member)] != member.encode():
        central = data.find(b"PK\x01\x02", central + 4)
    for at, field_offset in ((local, 6), (central, 8)):
        if method is not None:
            data[at + field_offset + 2 : at + field_offset + 4] = method.to_bytes(2, "little")
        value = int.from_bytes(data[at + field_offset : at + field_offset + 2], "little") | flags
        data[at + field_offset : at + field_offset + 2] = value.to_bytes(2, "little")
    path.write_bytes(bytes(data))
    return path


def garble_member(path, member: str):
    """Overwrite bytes in the middle of one member's deflated data (zlib cannot inflate it)."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(member)
    start = info.header_offset + 30 + len(member) + len(info.extra)
    data[start : start + 40] = bytes((b * 7 + 13) & 0xFF for b in data[start : start + 40])
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize(
    "damage",
    [
        lambda p: patch_zip_entry(p, "xl/worksheets/sheet3.xml", method=9),  # deflate64
        lambda p: patch_zip_entry(p, "xl/styles.xml", method=99),  # AES
        lambda p: patch_zip_entry(p, "xl/worksheets/sheet2.xml", flags=0x1),  # encrypted
        lambda p: garble_member(p, "xl/worksheets/sheet3.xml"),  # zlib.error
        lambda p: write_parts(p, read_parts(p) | {"[Content_Types].xml": b"<Types/>"}),
    ],
    ids=["method 9", "method 99", "encrypted member", "broken deflate", "no content types"],
)
def test_damaged_archives_are_one_plain_refusal(
    workspace, framework, questionnaire, round_id, damage, service
):
    damage(questionnaire)
    before = service.answers(round_id)
    with pytest.raises(RefusedFileError) as refused:
        preview_questionnaire(workspace, framework, questionnaire, round_id)
    assert isinstance(refused.value, ServiceError)
    message = str(refused.value)
    assert str(questionnaire) in message and "Nothing was imported" in message
    assert "damaged" in message or "not an Excel workbook" in message
    assert service.answers(round_id) == before


@pytest.mark.parametrize(
    "error",
    [
        zlib.error("invalid distance too far back"),
        NotImplementedError("That compression method is not supported"),
        RuntimeError("File is encrypted, password required for extraction"),
        EOFError(),
        struct.error("unpack requires a buffer of 4 bytes"),
        zipfile.BadZipFile("Bad CRC-32"),
        OSError("read error"),
        ValueError("negative seek"),
    ],
    ids=lambda e: f"{type(e).__module__}.{type(e).__name__}",
)
def test_whatever_testzip_raises_is_the_damaged_refusal(
    workspace, framework, questionnaire, round_id, error, monkeypatch
):
    def broken(self):
        raise error

    monkeypatch.setattr(zipfile.ZipFile, "testzip", broken)
    with pytest.raises(RefusedFileError, match="damaged or truncated"):
        preview_questionnaire(workspace, framework, questionnaire, round_id)


@pytest.mark.parametrize(
    "cell",
    [
        '<c r="B1" t="inlineStr"><is><t>synergy-questionnaire-1</t></is>',  # not closed
        '<c r="B1" t="s"><v>0</v></c>',  # a shared string, but the file has none
        '<c r="B1" t="n"><v>synergy</v></c>',  # a number that is text
        '<c r="B1" t="d"><v>2020-02-31</v></c>',  # a date that does not exist
    ],
    ids=["malformed", "shared string", "number with text", "impossible date"],
)
def test_a_hostile_identity_sheet_is_refused_plainly(
    workspace, framework, questionnaire, round_id, cell
):
    edit_sheet(questionnaire, "format", ("B1", cell))
    with pytest.raises(RefusedFileError, match="hidden identification sheet is damaged"):
        preview_questionnaire(workspace, framework, questionnaire, round_id)


def test_rows_below_an_undercounting_dimension_are_read(
    workspace, framework, questionnaire, round_id
):
    fill(questionnaire, {("A6", "gaps"): "Nobody keeps the list"})
    parts = read_parts(questionnaire)
    name = sheet_part(parts, "A")
    parts[name] = re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:K3"', parts[name])
    write_parts(questionnaire, parts)
    preview = preview_questionnaire(workspace, framework, questionnaire, round_id)
    assert [(c.option_id, c.field, c.new) for c in preview.changes] == [
        ("A6", "gaps", "Nobody keeps the list")
    ]


def test_an_area_sheet_moved_first_is_read(workspace, framework, questionnaire, round_id):
    fill(questionnaire, {("B1", "next_steps"): "Meet in March"})
    book = openpyxl.load_workbook(questionnaire)
    book.move_sheet(area_sheet(book, "B"), offset=-book.index(area_sheet(book, "B")))
    book.save(questionnaire)
    assert openpyxl.load_workbook(questionnaire, read_only=True).sheetnames[0].startswith("B ")
    preview = preview_questionnaire(workspace, framework, questionnaire, round_id)
    assert [(c.option_id, c.new) for c in preview.changes] == [("B1", "Meet in March")]
    assert preview.rejected == []


def test_an_option_twice_with_different_answers_is_reported_not_guessed(
    workspace, framework, questionnaire, round_id
):
    book = openpyxl.load_workbook(questionnaire)
    sheet = area_sheet(book, "A")
    a2 = row_of(sheet, "A2")
    copy = sheet.max_row + 1
    for column in range(1, 12):
        sheet.cell(copy, column, sheet.cell(a2, column).value)
    sheet[f"D{a2}"] = "3 – largely in place"
    sheet[f"D{copy}"] = "1 – planned"
    sheet[f"J{a2}"] = sheet[f"J{copy}"] = "Same in both"
    book.save(questionnaire)
    preview = preview_questionnaire(workspace, framework, questionnaire, round_id)
    changes = {(c.option_id, c.field): c.new for c in preview.changes}
    assert ("A2", "rating") not in changes
    assert changes[("A2", "next_steps")] == "Same in both"  # both copies agree
    [(_, cell, reason)] = preview.rejected
    assert cell == f"D{a2}" and "A2 appears on more than one row" in reason
    assert f"!D{copy}" in reason


def test_a_doubled_area_sheet_counts_as_one_when_it_agrees(
    workspace, framework, questionnaire, round_id
):
    book = openpyxl.load_workbook(questionnaire)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the copy's name is long; renamed at once
        copy = book.copy_worksheet(area_sheet(book, "C"))
    copy.title = "C (2)"
    copy[f"H{row_of(copy, 'C1')}"] = "Added in the copy only"
    book.save(questionnaire)
    preview = preview_questionnaire(workspace, framework, questionnaire, round_id)
    assert preview.changes == []
    [(_, _, reason)] = preview.rejected
    assert "C1 appears on more than one row" in reason and copy.title in reason


def test_missing_sheets_and_rows_are_reported_or_refused(
    workspace, framework, questionnaire, round_id
):
    book = openpyxl.load_workbook(questionnaire)
    del book[area_sheet(book, "B").title]
    sheet = area_sheet(book, "A")
    sheet.delete_rows(row_of(sheet, "A3"))
    book.save(questionnaire)
    preview = preview_questionnaire(workspace, framework, questionnaire, round_id)
    reasons = [reason for _, _, reason in preview.rejected]
    assert any("the sheet of area B is missing" in r and "its 5 option" in r for r in reasons)
    assert any("the row of option A3 is missing" in r for r in reasons)

    parts = read_parts(questionnaire)  # listed in the workbook, absent from the file
    del parts[sheet_part(parts, "C")]
    write_parts(questionnaire, parts)
    with pytest.raises(RefusedFileError, match=r"the workbook is damaged \(the sheet “C "):
        preview_questionnaire(workspace, framework, questionnaire, round_id)


def test_values_no_answer_takes_are_rejected(
    workspace, framework, questionnaire, round_id, service
):
    fill(questionnaire, {("A2", "target_date"): datetime(2027, 1, 1)})  # a cell styled as date
    parts = read_parts(questionnaire)
    style = re.search(rb'<c r="K4" s="(\d+)"', parts[sheet_part(parts, "A")]).group(1).decode()
    edit_sheet(
        questionnaire,
        "A",
        ("H3", '<c r="H3" t="inlineStr"><is><t>Register_x0001_ kept</t></is></c>'),
        ("I3", '<c r="I3" t="inlineStr"><is><t>_x0041_ lack of staff</t></is></c>'),
        ("K4", f'<c r="K4" s="{style}"><v>-5</v></c>'),
        ("K5", f'<c r="K5" s="{style}"><v>2958466</v></c>'),  # openpyxl would warn
        ("K6", '<c r="K6" t="inlineStr"><is><t>2301-01-01</t></is></c>'),
        ("D4", '<c r="D4" t="x"><v>2</v></c>'),
        ("D5", '<c r="D5" t="b"><v>1</v></c>'),
        ("D6", '<c r="D6" t="e"><v>#N/A</v></c>'),
        ("G7", '<c r="G7" t="inlineStr"><is><t>_xD800_ lone half</t></is></c>'),
    )
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        preview = preview_questionnaire(workspace, framework, questionnaire, round_id)
    assert caught == []  # openpyxl's warnings stay inside the reader
    reasons = {cell: reason for _, cell, reason in preview.rejected}
    assert "control character (U+0001)" in reasons["H3"]
    assert "the date 1899-12-25 is not a plausible target date" in reasons["K4"]
    assert "shows an error (#VALUE!)" in reasons["K5"]
    assert "the date 2301-01-01 is not a plausible target date" in reasons["K6"]
    assert "a type this application does not know (“x”)" in reasons["D4"]
    assert "TRUE or FALSE" in reasons["D5"]
    assert "shows an error (#N/A)" in reasons["D6"]
    assert "control character (U+D800)" in reasons["G7"]
    assert len(reasons) == 8
    changes = {(c.option_id, c.field): c.new for c in preview.changes}
    assert changes == {("A1", "gaps"): "A lack of staff"}  # Excel's escape, read as Excel shows
    apply_questionnaire(workspace, framework, preview)
    assert service.answer(round_id, "A1").evidence == "Register kept on paper"


@pytest.mark.slow
def test_the_command_prints_one_plain_sentence_for_hostile_files(
    workspace_path, questionnaire, round_id, tmp_path
):
    original = questionnaire.read_bytes()

    def variant(name, damage):
        path = tmp_path / f"{name}.xlsx"
        path.write_bytes(original)
        damage(path)
        return path

    refused = [
        variant("aes", lambda p: patch_zip_entry(p, "xl/styles.xml", method=99)),
        variant("inflate", lambda p: garble_member(p, "xl/worksheets/sheet3.xml")),
        variant(
            "identity",
            lambda p: edit_sheet(p, "format", ("B1", '<c r="B1" t="d"><v>2020-02-31</v></c>')),
        ),
        variant("typed", lambda p: edit_sheet(p, "A", ("H3", '<c r="H3" t="n"><v>x</v></c>'))),
    ]
    fill(questionnaire, {("A2", "target_date"): datetime(2027, 1, 1)})
    style = re.search(
        rb'<c r="K4" s="(\d+)"', read_parts(questionnaire)["xl/worksheets/sheet3.xml"]
    )
    far_date = f'<c r="K4" s="{style.group(1).decode()}"><v>2958466</v></c>'
    accepted = edit_sheet(questionnaire, "A", ("K4", far_date))  # openpyxl warns on this one

    def command(path):
        return subprocess.run(
            [
                *(sys.executable, "-W", "always", "-m", "synergy_desktop"),
                *("import-questionnaire", str(path), "--workspace", str(workspace_path)),
                *("--assessment", str(round_id)),
            ],
            capture_output=True,
            text=True,
            timeout=120,
        )

    for path in refused:
        result = command(path)
        assert result.returncode == 1, (path, result.stderr)
        assert result.stdout == ""
        [line] = result.stderr.splitlines()
        assert line.startswith("synergy: ") and "nothing was imported" in line.lower(), line
    result = command(accepted)
    assert result.returncode == 0 and result.stderr == "", result.stderr
    assert "rejected A Institutional arrangements an!K4: A2: the cell shows an error" in (
        result.stdout
    )


def test_the_target_import_reads_through_the_same_guarded_reader(workspace, tmp_path):
    from synergy_desktop.services.target_import import preview_targets

    path = tmp_path / "targets.xlsx"
    book = openpyxl.Workbook()
    for row in (["Code", "Title"], ["T1", "Protect wetlands"], ["T2", "x"], ["T3", "x"]):
        book.active.append(row)
    book.save(path)
    parts = read_parts(path)
    sheet = parts["xl/worksheets/sheet1.xml"]
    sheet = put_cell(sheet, "B3", '<c r="B3" t="inlineStr"><is><t>Bell_x0007_</t></is></c>')
    parts["xl/worksheets/sheet1.xml"] = put_cell(sheet, "B4", '<c r="B4" t="e"><v>#N/A</v></c>')
    write_parts(path, parts)
    preview = preview_targets(workspace, path)
    assert [data.code for _, data in preview.accepted] == ["T1"]
    assert preview.rejected == [
        (3, "B3: the text holds an invisible control character (U+0007); remove it"),
        (4, "B4: the cell shows an error (#N/A); type the value instead"),
    ]

    impossible = '<c r="A2" t="d"><v>2020-02-31</v></c>'
    parts["xl/worksheets/sheet1.xml"] = put_cell(sheet, "A2", impossible)
    write_parts(path, parts)
    with pytest.raises(RefusedFileError, match="is damaged near row 2"):
        preview_targets(workspace, path)

    parts["xl/workbook.xml"] = re.sub(rb"<sheet [^>]*/>", b"", parts["xl/workbook.xml"])
    write_parts(path, parts)
    with pytest.raises(RefusedFileError, match="no header row"):
        preview_targets(workspace, path)
