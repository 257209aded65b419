"""The demo in the language it is created in: every text translated, dates still following today."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from datetime import date, timedelta

import pytest

from synergy_desktop.cli import main as cli_main
from synergy_desktop.content.checks import read_json
from synergy_desktop.services.assessments import AssessmentService
from synergy_desktop.services.context import WorkspaceContext
from synergy_desktop.services.coordination import CoordinationService
from synergy_desktop.services.country import get_country
from synergy_desktop.services.demo import demo_clock, demo_data, fill_demo
from synergy_desktop.services.demo_dates import MONTHS, DemoClock, format_day
from synergy_desktop.services.demo_texts import (
    DEMO_FILES,
    demo_dir,
    overlay_language,
    texts,
    translations_dir,
)
from synergy_desktop.services.focal_points import FocalPointService
from synergy_desktop.services.nbsap import NbsapService
from synergy_desktop.services.reporting import ReportingService
from synergy_desktop.storage.workspace import open_workspace

LANGS = ("zh_CN", "fr", "es", "ar", "ru")
TOKEN = re.compile(r"\{(?:date|month|year):[0-9-]+\}")
QT_PLACEHOLDER = re.compile(r"%\d")
#: The script each language is written in: a word of it must appear in every translated text.
SCRIPT = {
    "zh_CN": lambda ch: "CJK" in unicodedata.name(ch, ""),
    "ar": lambda ch: "ARABIC" in unicodedata.name(ch, ""),
    "ru": lambda ch: "CYRILLIC" in unicodedata.name(ch, ""),
}


def overlay_document(lang: str) -> dict:
    return read_json(translations_dir() / f"{lang}.json")


def source_texts(name: str) -> dict[str, str]:
    return texts(name, read_json(demo_dir() / name))


def in_script(text: str, lang: str) -> bool:
    return any(SCRIPT[lang](ch) for ch in text)


def test_there_is_an_overlay_for_each_language_and_nothing_else():
    assert sorted(p.stem for p in translations_dir().glob("*.json")) == sorted(LANGS)


@pytest.mark.parametrize("lang", LANGS)
def test_every_text_of_the_demo_is_translated_with_its_tokens(lang):
    document = overlay_document(lang)
    assert document["format"] == 1 and document["language"] == lang
    assert set(document) == {"format", "language", *DEMO_FILES}
    for name in DEMO_FILES:
        source, overlay = source_texts(name), document[name]
        assert set(overlay) == set(source), (
            name,
            sorted(set(source) - set(overlay)),  # missing
            sorted(set(overlay) - set(source)),  # left over from texts that are gone
        )
        for key, english in source.items():
            text = overlay[key]
            where = f"{lang} {name} {key}"
            assert text.strip(), where
            assert Counter(TOKEN.findall(text)) == Counter(TOKEN.findall(english)), where
            assert Counter(QT_PLACEHOLDER.findall(text)) == Counter(
                QT_PLACEHOLDER.findall(english)
            ), where
            assert text.count("%") == english.count("%"), where
            assert "{" not in TOKEN.sub("", text) and "}" not in TOKEN.sub("", text), where
            if len(english.split()) >= 3:  # sentences and names of things, not "Dr" or a year
                assert text != english, where
                if lang in SCRIPT:
                    assert in_script(text, lang), where


@pytest.mark.parametrize("lang", LANGS)
def test_personal_names_and_codes_stay_as_they_are(lang):
    english = demo_data("demo_register.json")
    local = demo_data("demo_register.json", lang=lang)
    for ours, theirs in zip(english["contacts"], local["contacts"], strict=True):
        for field in ("key", "first_name", "last_name", "email", "phone"):
            assert ours[field] == theirs[field]
    english = demo_data()
    local = demo_data(lang=lang)
    assert local["author"] == english["author"]
    for ours, theirs in zip(english["answers"], local["answers"], strict=True):
        assert {k: v for k, v in ours.items() if k not in source_fields()} == {
            k: v for k, v in theirs.items() if k not in source_fields()
        }
    # a participant keeps their name at the start of the line
    for ours, theirs in zip(
        english["assessment"]["participants"], local["assessment"]["participants"], strict=True
    ):
        assert theirs.split(" – ")[0] == ours.split(" – ")[0]


def source_fields() -> set[str]:
    return {"responsible", "evidence", "gaps", "next_steps"}


@pytest.mark.parametrize("lang", LANGS)
def test_the_demo_is_written_in_the_language_it_is_created_in(workspace, framework, lang):
    today = date.today()
    round_id = fill_demo(workspace, framework, today=today, lang=lang)
    clock = demo_clock(today, lang)
    document = overlay_document(lang)
    main = document["demo_workspace.json"]
    register = document["demo_register.json"]
    nbsap = document["demo_nbsap_reporting.json"]

    service = AssessmentService(workspace, framework)
    earlier, current = service.list_assessments()
    assert current.id == round_id
    assert current.title == clock.text(main["assessment.title"])
    assert earlier.title == clock.text(main["earlier_round.title"])
    assert str(today.year) in current.title or str(today.year - 1) in current.title
    country = get_country(workspace)
    assert country.name == main["country.name"]
    assert country.notes == main["country.notes"]
    answer = service.answers(round_id)["A1"]
    assert answer.evidence == clock.text(main["answers.A1.evidence"])
    assert answer.responsible == main["answers.A1.responsible"]
    assert service.answers(earlier.id)["C1"].gaps == clock.text(
        main["earlier_round.answers.C1.gaps"]
    )

    entries = FocalPointService(workspace).entries(include_ended=True)
    cbd = next(e for e in entries if (e.instrument, e.role) == ("CBD", "nfp"))
    assert cbd.notes == clock.text(register["designations.CBD/nfp/p1.notes"])
    assert cbd.person.position == register["contacts.p1.position"]
    assert cbd.person.first_name == "Amara"  # names stay
    handed_over = next(
        e for e in entries if (e.instrument, e.role) == ("CMS", "nfp") and e.ended_on
    )
    assert handed_over.handover_note == clock.text(register["ended.CMS/nfp/p9.handover_note"])
    committee = CoordinationService(workspace).mechanisms()[0]
    assert committee.name == register["mechanism.name"]

    target = next(t for t in NbsapService(workspace).targets() if t.code == "NT1")
    assert target.title == nbsap["national_targets.NT1.title"]
    assert target.nbsap_version == nbsap["national_targets.NT1.nbsap_version"]
    datasets = ReportingService(workspace).datasets()
    assert nbsap["datasets.red-list.name"] in {d.name for d in datasets}

    shown = [current.title, country.name, answer.evidence, cbd.notes, target.title]
    if lang in SCRIPT:
        assert all(in_script(text, lang) for text in shown), shown
    else:
        assert not any(text in source_texts(name).values() for name in DEMO_FILES for text in shown)
    # dates inside texts are written in the language too: no English month name is left
    for text in (answer.evidence, cbd.notes, handed_over.handover_note):
        assert not any(re.search(rf"\b{month}\b", text) for month in MONTHS), text


def test_an_unknown_language_gets_the_english_demo(workspace, framework):
    fill_demo(workspace, framework, lang="de")
    english = demo_data()
    assert get_country(workspace).name == english["country"]["name"] == "Republic of Verdania"
    service = AssessmentService(workspace, framework)
    current = service.list_assessments()[-1]
    assert current.title == english["assessment"]["title"]
    assert service.answers(current.id)["A1"].evidence == english["answers"][0]["evidence"]
    assert overlay_language("de") == "en"
    assert overlay_language("pt_BR") == "en"


def test_a_language_is_found_by_its_base_or_its_region():
    assert overlay_language("fr_CA") == "fr"
    assert overlay_language("zh") == "zh_CN"
    assert overlay_language("ar_EG") == "ar"


def test_date_tokens_are_written_in_each_language():
    as_of, today = date(2026, 11, 15), date(2026, 11, 20)
    text = "{date:2026-02-01} / {month:2026-06} / {year:2026}"
    written = {lang: DemoClock(as_of, today, lang).text(text) for lang in ("en", *LANGS)}
    assert written == {
        "en": "1 February 2026 / June 2026 / 2026",
        "fr": "1er février 2026 / juin 2026 / 2026",
        "es": "1 de febrero de 2026 / junio de 2026 / 2026",
        "ru": "1 февраля 2026 / июнь 2026 / 2026",
        "zh_CN": "2026年2月1日 / 2026年6月 / 2026",
        "ar": "1 فبراير 2026 / يونيو 2026 / 2026",
    }


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("days_back", [0, 200, 1000])
def test_the_dates_follow_today_in_every_language(tmp_path, framework, lang, days_back):
    today = date.today() - timedelta(days=days_back)
    pictures = {}
    for code in ("en", lang):
        workspace = open_workspace(str(tmp_path / f"{code}.synergy"), create=True)
        try:
            fill_demo(workspace, framework, today=today, lang=code)
            service = AssessmentService(workspace, framework)
            rounds = service.list_assessments()
            entries = FocalPointService(workspace).entries(include_ended=True)
            obligations = ReportingService(workspace).obligations()
            pictures[code] = (
                [r.period for r in rounds],
                {o: a.target_date for o, a in service.answers(rounds[-1].id).items()},
                sorted(str((e.instrument, e.role, e.verified_on, e.ended_on)) for e in entries),
                sorted(str((o.instrument, o.due_date, o.submitted_on)) for o in obligations),
                [m.held_on for m in CoordinationService(workspace).mechanisms()[0].meetings],
            )
            cbd = next(e for e in entries if (e.instrument, e.role) == ("CBD", "nfp"))
        finally:
            workspace.close()
    assert pictures[lang] == pictures["en"]
    # the date written in the designation note moved with the same clock, in the language
    moved = demo_clock(today).day("2019-04-01")
    assert format_day(moved, overlay_language(lang)) in cbd.notes


def test_synergy_demo_writes_the_demo_in_the_language_asked(tmp_path, capsys, english_afterwards):
    path = tmp_path / "ar.synergy"
    assert cli_main(["demo", "--lang", "ar", "--workspace", str(path)]) == 0
    context = WorkspaceContext.open(path)
    try:
        assert (
            context.country().name == overlay_document("ar")["demo_workspace.json"]["country.name"]
        )
        assert in_script(context.assessments.list_assessments()[-1].title, "ar")
    finally:
        context.close()


def test_open_demo_in_a_language_and_afresh_in_another(tmp_path, framework):
    path = tmp_path / "demo.synergy"
    context = WorkspaceContext.open_demo(path, framework, lang="es")
    try:
        assert context.country().name == "República de Verdania"
    finally:
        context.close()
    context = WorkspaceContext.open_demo(path, framework, lang="fr")  # opened as it was
    try:
        assert context.country().name == "República de Verdania"
    finally:
        context.close()
    context = WorkspaceContext.open_demo(path, framework, reset=True, lang="fr")
    try:
        assert context.country().name == "République de Verdanie"
    finally:
        context.close()


@pytest.fixture
def english_afterwards(qapp):
    """The command line installs the language it writes in; put English back for other tests."""
    from PySide6.QtCore import QLocale, Qt
    from PySide6.QtWidgets import QApplication

    yield
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(QLocale("en_US"))


def test_file_open_demo_uses_the_interface_language(window, english_afterwards):
    window.set_language("ar")
    try:
        window.files.open_demo()
        context = window.session.context
        assert context.country().name == "جمهورية فيردانيا"
        assert in_script(window.session.assessment.title, "ar")
    finally:
        window.set_language("en")
