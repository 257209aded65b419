"""Bringing in the register a team already keeps: xlsx and CSV, six languages, all or nothing."""

from __future__ import annotations

import csv
from datetime import date

import openpyxl
import pytest

from synergy_desktop.domain.country import Country
from synergy_desktop.domain.focal_points import FocalPointInput, Person
from synergy_desktop.formats.excel.reading import WorkbookError
from synergy_desktop.services.context import WorkspaceContext
from synergy_desktop.services.country import save_country
from synergy_desktop.services.errors import ValidationError
from synergy_desktop.services.focal_points import FocalPointService
from synergy_desktop.services.register_import import (
    apply_register_import,
    preview_register_import,
)

ENGLISH = [
    "Instrument",
    "Role",
    "Title",
    "First name",
    "Last name",
    "Position",
    "Institution",
    "Department",
    "Address",
    "E-mail",
    "Phone",
]


def workbook(path, rows):
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def write_csv(path, rows, encoding="utf-8-sig", delimiter=","):
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    return path


def test_xlsx_in_english_every_row_accepted_or_rejected_with_its_reason(tmp_path, workspace):
    register = FocalPointService(workspace)
    register.add(FocalPointInput("CMS", "nfp", Person(last_name="Ture", institution="Wildlife")))
    save_country(workspace, Country("Testland", excluded_instruments=("ITPGRFA",)))
    path = workbook(
        tmp_path / "register.xlsx",
        [
            ["Focal points of Testland, as kept by the ministry"],  # a title above the header
            ENGLISH,
            [
                "CBD",
                "nfp",
                "Dr",
                "Amina",
                "Diallo",
                "Director",
                "Ministry of Environment",
                "",
                "",
                "amina@env.gov",
                221301,
            ],
            [
                "Convention on International Trade in Endangered Species of Wild Fauna and Flora",
                "Management Authority",
                "",
                "Jo",
                "Park",
                "",
                "Forestry Service",
                "",
                "",
                "",
                "",
            ],
            ["cites", "management authority", "", "Li", "Wei", "", "Customs", "", "", "", ""],
            [
                "CBD",
                "SBSTTA focal point",
                "Dr",
                "Amina",
                "Diallo",
                "Director",
                "Ministry of Environment",
                "",
                "",
                "amina@env.gov",
                221301,
            ],
            [],
            ["XYZ", "nfp", "", "A", "B", "", "Ministry", "", "", "", ""],
            ["CBD", "treasurer", "", "A", "B", "", "Ministry", "", "", "", ""],
            ["Ramsar", "nfp", "", "", "", "", "Wetlands Agency", "", "", "", ""],
            ["UNCCD", "nfp", "", "C", "D", "", "Land Agency", "", "", "not-an-address", ""],
            ["CBD", "National focal point", "", "E", "F", "", "Ministry", "", "", "", ""],
            ["CMS", "nfp", "", "G", "H", "", "Wildlife", "", "", "", ""],
            ["ITPGRFA", "nfp", "", "I", "J", "", "Agriculture", "", "", "", ""],
            ["CITES", "ma", "", "Jo", "Park", "", "Forestry Service", "", "", "", ""],
        ],
    )
    preview = preview_register_import(workspace, path)
    assert preview.sheet == "Sheet"
    assert [(n, d.instrument, d.role) for n, d in preview.accepted] == [
        (3, "CBD", "nfp"),
        (4, "CITES", "ma"),
        (5, "CITES", "ma"),  # a role with several holders
        (6, "CBD", "sbstta"),
    ]
    assert preview.accepted[0][1].person.phone == "221301"
    reasons = dict(preview.rejected)
    assert reasons[8] == "Unknown instrument “XYZ”"
    assert reasons[9] == "CBD has no role “treasurer”"
    assert "Give a name" in reasons[10]
    assert "not a valid e-mail address" in reasons[11]
    assert reasons[12] == "CBD National focal point is given again (first on row 3)"
    assert "already has a holder in the register (Ture)" in reasons[13]
    assert "not Party to ITPGRFA" in reasons[14]
    assert "The same row appears again (first on row 4)" in reasons[15]
    assert len(preview.rejected) == 8
    assert register.entries()[0].person.last_name == "Ture"  # a preview writes nothing

    added = apply_register_import(workspace, preview)
    assert len(added) == 4
    entries = {(e.instrument, e.role, e.person.last_name) for e in register.entries()}
    assert ("CBD", "sbstta", "Diallo") in entries and ("CITES", "ma", "Wei") in entries
    amina = [e for e in register.entries() if e.person.last_name == "Diallo"]
    assert len({e.contact_id for e in amina}) == 1  # one person holding two roles


def test_csv_with_french_headers_semicolons_and_windows_encoding(tmp_path, workspace, framework):
    french = ["Instrument", "Rôle", "Civilité", "Prénom", "Nom", "Poste", "Institution",
              "Service", "Adresse", "Courriel", "Téléphone"]  # fmt: skip
    rows = [
        french,
        ["CDB", "Correspondant national", "Mme", "Hélène", "Mbaye", "Directrice",
         "Ministère de l'Environnement", "Direction des parcs", "Dakar", "h.mbaye@env.sn", ""],
        ["Protocole de Nagoya", "Autorité nationale compétente", "", "René", "Faye", "",
         "Agence de la biodiversité", "", "", "", ""],
        ["CITES", "Autorité scientifique", "", "", "Ndiaye", "", "", "", "", "", ""],
    ]  # fmt: skip
    for encoding in ("cp1252", "utf-8-sig", "utf-16"):
        path = write_csv(tmp_path / f"points-{encoding}.csv", rows, encoding, ";")
        preview = preview_register_import(workspace, path)
        assert [(d.instrument, d.role) for _, d in preview.accepted] == [
            ("CBD", "nfp"),
            ("NP", "cna"),
        ], encoding
        first = preview.accepted[0][1].person
        assert (first.first_name, first.department, first.email) == (
            "Hélène",
            "Direction des parcs",
            "h.mbaye@env.sn",
        )
        assert [n for n, _ in preview.rejected] == [4]
        assert "institution" in preview.rejected[0][1]
    context = WorkspaceContext(workspace, framework)
    context.apply_register_import(preview)
    assert {e.person.last_name for e in FocalPointService(workspace).entries()} == {
        "Mbaye",
        "Faye",
    }


def test_other_languages_and_header_spellings(tmp_path, workspace):
    path = workbook(
        tmp_path / "zh.xlsx",
        [
            ["文书", "角色", "名", "姓", "机构", "电子邮件"],
            ["生物多样性公约", "国家联络点", "伟", "李", "生态环境部", "li@mee.gov.cn"],
            ["UNFCCC", "nfp", "Ivan", "Petrov", "Ministry", "ivan@example.org"],
        ],
    )
    assert len(preview_register_import(workspace, path).accepted) == 2
    arabic = write_csv(
        tmp_path / "ar.csv",
        [
            ["الصك", "الدور", "الاسم الأول", "اسم العائلة", "المؤسسة", "البريد الإلكتروني"],
            ["اتفاقية التنوع البيولوجي", "جهة الاتصال الوطنية", "ليلى", "حسن", "وزارة البيئة", ""],
        ],
    )
    preview = preview_register_import(workspace, arabic)
    assert [(d.instrument, d.role, d.person.last_name) for _, d in preview.accepted] == [
        ("CBD", "nfp", "حسن")
    ]


def test_a_refused_file_writes_nothing(tmp_path, workspace):
    register = FocalPointService(workspace)
    headless = workbook(tmp_path / "headless.xlsx", [["CBD", "nfp", "A", "B"]])
    with pytest.raises(WorkbookError, match="no header row"):
        preview_register_import(workspace, headless)
    text = tmp_path / "notes.csv"
    text.write_bytes(b"\x00\x01binary")
    with pytest.raises(WorkbookError, match="not a text"):
        preview_register_import(workspace, text)
    fake = tmp_path / "register.xlsx"
    fake.write_text("Instrument,Role\nCBD,nfp\n")
    with pytest.raises(WorkbookError, match="not an Excel workbook"):
        preview_register_import(workspace, fake)
    assert register.entries() == []
    assert fake.read_text() == "Instrument,Role\nCBD,nfp\n"


def test_all_or_nothing_when_the_register_changed_after_the_preview(tmp_path, workspace):
    register = FocalPointService(workspace)
    path = write_csv(
        tmp_path / "points.csv",
        [ENGLISH, ["CMS", "nfp", "", "A", "Bello", "", "Wildlife", "", "", "", ""],
         ["CBD", "nfp", "", "C", "Diop", "", "Environment", "", "", "", ""]],
    )  # fmt: skip
    preview = preview_register_import(workspace, path)
    assert len(preview.accepted) == 2
    someone = Person(last_name="Else", institution="Environment")
    register.add(FocalPointInput("CBD", "nfp", someone, verified_on=date.today()))
    with pytest.raises(ValidationError, match="only one holder"):
        apply_register_import(workspace, preview)
    assert [e.person.last_name for e in register.entries()] == ["Else"]  # CMS row not added
