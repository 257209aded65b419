"""The summary workbook read back cell by cell: charts, action items, printing, safety."""

from __future__ import annotations

import zipfile
from datetime import date

import openpyxl
import pytest

from synergy_desktop.domain.country import Country
from synergy_desktop.formats.excel import summary as summary_module
from synergy_desktop.formats.excel.summary import export_summary, run
from synergy_desktop.services.country import save_country
from synergy_desktop.services.summary import collect_summary


@pytest.fixture
def answered(workspace, service):
    save_country(workspace, Country("Republic of Testland & Co"))
    info = service.create("Round 2026")
    service.save_answers(
        info.id,
        {
            "A1": {
                "rating": 3,
                "next_steps": "Check the register",
                "target_date": "2027-06-30",
                "responsible": "Ministry of Environment",
            },
            "B2": {
                "rating": 1,
                "next_steps": "Invite all focal points",
                "target_date": "2027-01-15",
            },
            "C1": {"rating": 0, "next_steps": "Draft the calendar"},
            "D1": {"rating": "na"},
        },
    )
    return info


def export(workspace, framework, target, assessment_id=None):
    data = collect_summary(workspace, framework, assessment_id)
    run(export_summary(data, target))
    return openpyxl.load_workbook(target)


def test_overview_has_native_bar_and_radar_charts(workspace, framework, answered, tmp_path):
    target = tmp_path / "summary.xlsx"
    book = export(workspace, framework, target)
    with zipfile.ZipFile(target) as archive:
        charts = [
            archive.read(n).decode() for n in archive.namelist() if n.startswith("xl/charts/chart")
        ]
    assert len(charts) == 2
    assert any("<barChart>" in c for c in charts) and any("<radarChart>" in c for c in charts)
    overview = book["Overview"]
    rows = {r[0]: r for r in overview.iter_rows(values_only=True) if r[0] in tuple("ABCDEFGH")}
    assert rows["A"][3] == 1 and rows["A"][5] == pytest.approx(3 / 4)
    assert rows["E"][5] is None  # nothing rated in area E: empty, not zero
    assert rows["D"][3] == 1 and rows["D"][5] is None  # "not applicable" counts, no score


def test_action_items_sorted_by_date(workspace, framework, answered, tmp_path):
    sheet = export(workspace, framework, tmp_path / "s.xlsx")["Action items"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [r[1] for r in rows] == ["B2", "A1", "C1"]  # undated last
    assert rows[0][0].date() == date(2027, 1, 15)
    assert sheet["A2"].number_format == "dd/mm/yyyy"  # the English short date
    assert rows[1][3] == "Check the register" and rows[1][4] == "Ministry of Environment"


def test_every_sheet_is_print_ready(workspace, framework, answered, tmp_path):
    book = export(workspace, framework, tmp_path / "s.xlsx")
    for sheet in book.worksheets:
        assert sheet.page_setup.orientation == "landscape", sheet.title
        assert sheet.page_setup.fitToWidth == 1, sheet.title
        assert sheet.page_setup.fitToHeight == 0, sheet.title  # rows flow onto more pages
        assert sheet.sheet_properties.pageSetUpPr.fitToPage, sheet.title
        assert sheet.oddHeader.center.text == "Republic of Testland && Co – Round 2026"
        assert sheet.oddFooter.center.text == "Page &P of &N"
    assert book["Answers"].print_title_rows == "$1:$1"
    assert book["Action items"].print_title_rows == "$1:$1"


def test_long_text_and_control_characters(workspace, framework, service, tmp_path):
    info = service.create("Round")
    long_text = "Evidence " + "x" * 31_987 + " end"  # the longest text an answer may have
    service.save_answer(info.id, "A1", {"evidence": long_text, "gaps": "bell\x07 and tab\tok"})
    sheet = export(workspace, framework, tmp_path / "s.xlsx")["Answers"]
    row = next(r for r in sheet.iter_rows(min_row=2, values_only=True) if r[1] == "A1")
    assert row[7] == long_text and len(row[7]) == 32_000
    assert row[8] == "bell and tab\tok"


def test_a_failed_export_leaves_nothing_behind(
    workspace, framework, answered, tmp_path, monkeypatch
):
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "summary.xlsx"
    target.write_bytes(b"the previous export")

    def broken(book, data, lang):
        raise OSError("disk full")

    monkeypatch.setattr(summary_module, "SHEETS", (*summary_module.SHEETS, broken))
    data = collect_summary(workspace, framework)
    with pytest.raises(OSError, match="disk full"):
        run(export_summary(data, target))
    assert target.read_bytes() == b"the previous export"
    assert sorted(p.name for p in target.parent.iterdir()) == ["summary.xlsx"]


def test_a_cancelled_export_leaves_nothing_behind(workspace, framework, answered, tmp_path):
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "summary.xlsx"
    progress = export_summary(collect_summary(workspace, framework), target)
    next(progress)
    next(progress)
    progress.close()  # what Cancel does
    assert list(target.parent.iterdir()) == []
