"""The report of the demo read back as a reader meets it: the Word file through python-docx, the
PDF through pypdf (pages, images, fonts) and pdfminer.six (text in reading order, sizes)."""

from __future__ import annotations

import os
import re
import stat
import unicodedata
from contextlib import contextmanager
from datetime import date

import docx
import pytest
from docx.oxml.ns import qn
from pdfminer.high_level import extract_pages, extract_text
from pdfminer.layout import LTChar, LTTextContainer
from pypdf import PdfReader
from PySide6.QtCore import QLocale

from synergy_desktop.cli import main
from synergy_desktop.formats.report.build import build_report
from synergy_desktop.formats.report.model import Heading, Table
from synergy_desktop.services.assessments import AssessmentService
from synergy_desktop.services.demo import fill_demo
from synergy_desktop.services.summary import collect_summary
from synergy_desktop.storage.workspace import open_workspace
from synergy_desktop.text import translate
from synergy_desktop.ui.report.export import export_report, local_formats, paper_for
from synergy_desktop.ui.shared.translations import language

LANGUAGES = ("en", "zh_CN", "ar")
ARABIC_ROUND = "التقييم الذاتي الوطني لأوجه التآزر 2026"


@contextmanager
def report_language(lang: str):
    """Texts in ``lang`` while writing; the default locale restored afterwards."""
    before = QLocale()
    try:
        with language(lang):
            yield
    finally:
        QLocale.setDefault(before)


@pytest.fixture(scope="module")
def demo(tmp_path_factory, framework):
    path = tmp_path_factory.mktemp("demo") / "demo.synergy"
    workspace = open_workspace(path, create=True)
    round_id = fill_demo(workspace, framework)
    workspace.close()
    return path, round_id


def summary(demo, framework, *, personal_data=True, title=None):
    path, round_id = demo
    workspace = open_workspace(path)
    try:
        if title:
            AssessmentService(workspace, framework).rename(round_id, title)
        return collect_summary(workspace, framework, round_id, personal_data=personal_data)
    finally:
        workspace.close()


@pytest.fixture(scope="module")
def written(demo, framework, tmp_path_factory):
    """The demo's report in each language and format, written once for the module."""
    folder = tmp_path_factory.mktemp("reports")
    files = {}
    for lang in LANGUAGES:
        data = summary(demo, framework, title=ARABIC_ROUND if lang == "ar" else None)
        for suffix in (".docx", ".pdf"):
            target = folder / f"report-{lang}{suffix}"
            with report_language(lang):
                steps = list(export_report(data, target, lang, paper="A4"))
            assert steps[-1][0] == steps[-1][1]  # progress reaches its end
            files[lang, suffix] = target
    summary(demo, framework, title="National synergies self-assessment 2026")
    return files


def plain(text: str) -> str:
    """Extracted text as a reader sees it: presentation forms folded, one space between words."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_word_file_has_a_heading_per_area_in_its_language(written, framework, lang):
    document = docx.Document(written[lang, ".docx"])
    by_style: dict[str, list[str]] = {}
    for paragraph in document.paragraphs:
        by_style.setdefault(paragraph.style.name, []).append(paragraph.text)
    with language(lang):  # the report's own headings, as the translators wrote them
        title = translate("Report", "Synergies self-assessment report")
        action_plan = translate("Report", "Action plan")
    assert by_style["Title"] == [title]
    for area in framework.areas:
        assert f"{area.id} {area.title.get(lang)}" in by_style["Heading 1"]
        for option in area.options:
            assert f"{option.id} {option.title.get(lang)}" in by_style["Heading 2"]
    assert action_plan in by_style["Heading 1"]
    assert len(document.inline_shapes) == 2  # the area chart and the NBSAP chart
    tables = document.tables
    assert all(t.style.name == "Table Grid" for t in tables)
    header = tables[0].rows[0]._tr
    assert header.trPr is not None and header.trPr.find(qn("w:tblHeader")) is not None


def test_arabic_word_file_runs_right_to_left(written):
    document = docx.Document(written["ar", ".docx"])
    body = document.element.body
    paragraphs = [p for p in body.iter(qn("w:p")) if "".join(p.itertext()).strip()]
    assert paragraphs and all(
        p.pPr is not None and p.pPr.find(qn("w:bidi")) is not None for p in paragraphs
    )
    runs = [r for r in body.iter(qn("w:r")) if r.text]
    assert all(r.rPr is not None and r.rPr.find(qn("w:rtl")) is not None for r in runs)
    assert all(t._tbl.tblPr.find(qn("w:bidiVisual")) is not None for t in document.tables)
    assert document.sections[0]._sectPr.find(qn("w:bidi")) is not None
    texts = [p.text for p in document.paragraphs]
    assert ARABIC_ROUND in texts


def test_chinese_word_file_names_an_east_asian_font(written):
    document = docx.Document(written["zh_CN", ".docx"])
    defaults = document.styles.element.find(qn("w:docDefaults"))
    fonts = defaults.find(f".//{qn('w:rFonts')}")
    assert fonts.get(qn("w:eastAsia")) == "Microsoft YaHei"
    assert fonts.get(qn("w:eastAsiaTheme")) is None  # a theme font would win
    heading = document.styles["Heading 1"].element.find(f".//{qn('w:rFonts')}")
    assert heading.get(qn("w:eastAsia")) == "Microsoft YaHei"
    language_element = defaults.find(f".//{qn('w:lang')}")
    assert language_element.get(qn("w:eastAsia")) == "zh-CN"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_pdf_reads_whole_with_embedded_fonts_and_no_tiny_text(written, framework, lang):
    path = written[lang, ".pdf"]
    reader = PdfReader(path)
    assert 12 <= len(reader.pages) <= 40
    assert reader.pages[0].mediabox.width == pytest.approx(595, abs=1)  # A4
    images = sum(len(page.images) for page in reader.pages)
    assert images == 2
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object()["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
    sizes, pieces = [], []
    for page in extract_pages(path):  # one pass of pdfminer's layout analysis
        for box in page:
            if isinstance(box, LTTextContainer):
                pieces.append(box.get_text())
                sizes += [
                    char.size
                    for line in box
                    for char in getattr(line, "_objs", ())
                    if isinstance(char, LTChar) and char.get_text().strip()
                ]
    assert sizes and min(sizes) >= 7.95
    text = plain(" ".join(pieces))
    assert framework.title.get(lang) in text
    # a heading that wraps in Arabic has its Latin id ("B") between its two lines
    without_ids = re.sub(r" [A-H] ", " ", text)
    for area in framework.areas:
        if lang == "ar":  # a wrapped right-to-left heading may come out in two pieces
            words = area.title.get(lang).split()
            assert " ".join(words[:3]) in without_ids and all(w in text for w in words)
        else:
            assert area.title.get(lang) in without_ids
    if lang == "ar":
        assert ARABIC_ROUND in text


def test_pdf_on_letter_paper_where_the_locale_uses_it(demo, framework, tmp_path):
    assert paper_for(QLocale("en_US")) == "Letter"
    assert paper_for(QLocale("es_MX")) == "Letter"
    assert paper_for(QLocale("fr_FR")) == "A4"
    assert paper_for(QLocale("zh_CN")) == "A4"
    target = tmp_path / "letter.pdf"
    for _ in export_report(summary(demo, framework), target, "en", paper="Letter"):
        pass
    box = PdfReader(target).pages[0].mediabox
    assert (round(box.width), round(box.height)) == (612, 792)


def test_model_sections_and_action_plan_order(demo, framework):
    report = build_report(summary(demo, framework), "en")
    titles = report.headings(1)
    for expected in (
        "Summary",
        "Action plan",
        "Focal-point coverage",
        "NBSAP alignment: gaps both ways",
        "Reporting calendar: the next 24 months",
        "Annex: the framework and its bases",
    ):
        assert expected in titles
    plan = next(b for b in report.blocks if isinstance(b, Table) and b.header[0] == "Target date")
    dates = [row[0] for row in plan.rows]
    dated = [d for d in dates if d != "no date"]
    assert dated == sorted(dated) and dates[: len(dated)] == dated  # undated steps last
    assert report.blocks[0] == Heading("Synergies self-assessment report", 0)


def test_personal_data_left_out(demo, framework, tmp_path):
    with_names = build_report(summary(demo, framework), "en")
    without = build_report(summary(demo, framework, personal_data=False), "en")
    names = ("Amara Delacroix-Nwosu", "Kwame Lindqvist", "Olga Mwangi-Herrera")

    def words(report) -> str:
        return repr(report.blocks)

    assert all(name in words(with_names) for name in names[:2])
    assert not any(name in words(without) for name in names)
    assert "@" not in words(without)
    target = tmp_path / "anonymous.docx"
    data = summary(demo, framework, personal_data=False)
    for _ in export_report(data, target, "en", paper="A4"):
        pass
    document = docx.Document(target)
    everything = "\n".join(p.text for p in document.paragraphs) + "\n".join(
        cell.text for table in document.tables for row in table.rows for cell in row.cells
    )
    assert not any(name in everything for name in names)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
def test_cancel_keeps_the_old_file_and_leaves_no_temporary(demo, framework, tmp_path, suffix):
    target = tmp_path / f"report{suffix}"
    target.write_bytes(b"the previous report")
    work = export_report(summary(demo, framework), target, "en", paper="A4")
    for _ in range(6 if suffix == ".pdf" else 4):
        next(work)
    if suffix == ".pdf":  # the pages are being written to a temporary file beside the target
        assert len(list(tmp_path.glob(".report-*.tmp"))) == 1
    work.close()
    assert target.read_bytes() == b"the previous report"
    assert list(tmp_path.glob(".report-*")) == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_written_file_has_the_umask_permissions(demo, framework, tmp_path):
    target = tmp_path / "report.docx"
    for _ in export_report(summary(demo, framework), target, "en", paper="A4"):
        pass
    mask = os.umask(0)
    os.umask(mask)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~mask


def test_dates_follow_the_language(framework):
    day = date(2027, 3, 31)
    assert local_formats("en").day(day) == "31/03/2027"
    assert local_formats("en").month(day) == "03/2027"
    assert local_formats("zh_CN").day(day) == "2027/3/31"
    assert local_formats("zh_CN").month(day) == "2027/3"
    assert local_formats("es").day(day) == "31/3/2027"  # four-digit year, not "27"
    assert local_formats("fr").percent(0.476) == "48%"


def test_control_characters_and_formulas_in_answers_survive(tmp_path, workspace, service):
    info = service.create("Round")
    service.save_answers(
        info.id,
        {"A1": {"rating": 2, "evidence": "=cmd|'/c calc'!A1\x01 line\nsecond <b>line</b> & co"}},
    )
    data = collect_summary(workspace, service.framework, info.id)
    target = tmp_path / "odd.docx"
    for _ in export_report(data, target, "en", paper="A4"):
        pass
    texts = [p.text for p in docx.Document(target).paragraphs]
    assert any("=cmd|'/c calc'!A1 line\nsecond <b>line</b> & co" in t for t in texts)
    pdf = tmp_path / "odd.pdf"
    for _ in export_report(data, pdf, "en", paper="A4"):
        pass
    assert "second <b>line</b> & co" in plain(extract_text(pdf))


def test_command_line_writes_the_report(demo, tmp_path, capsys):
    path, _ = demo
    target = tmp_path / "rapport.pdf"
    code = main(
        ["report", str(target), "--workspace", str(path), "--lang", "fr", "--no-personal-data"]
    )
    assert code == 0
    assert "written to" in capsys.readouterr().out
    assert len(PdfReader(target).pages) > 10
    assert main(["report", str(tmp_path / "r.odt"), "--workspace", str(path)]) == 1
    assert "ending in .docx or .pdf" in capsys.readouterr().err
