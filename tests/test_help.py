"""The user guide shipped in resources/help: complete in six languages, well-formed, searchable."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from synergy_desktop.content import help as guide

LANGUAGES = ("en", "zh_CN", "fr", "es", "ar", "ru")
# A word each language's guide uses in the section on focal points (the hand-over of a role).
HANDOVER = {
    "en": "hand-over",
    "zh_CN": "交接",
    "fr": "passation",
    "es": "traspaso",
    "ar": "التسليم",
    "ru": "передача дел",
}


def test_the_guide_ships_in_the_six_languages_with_the_same_sections():
    assert set(guide.languages()) == set(LANGUAGES)
    for lang in LANGUAGES:
        files = {p.stem for p in (guide.help_dir() / lang).glob("*.html")}
        assert files == set(guide.SECTIONS), lang
        sections = guide.sections(lang)
        assert [s.name for s in sections] == list(guide.SECTIONS)
        assert all(s.lang == lang for s in sections), lang  # nothing fell back to English


def test_the_shipped_guide_has_no_problems():
    assert guide.problems() == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_file_is_well_formed_with_title_language_and_direction(lang):
    direction = "rtl" if lang == "ar" else "ltr"
    titles = set()
    for name in guide.SECTIONS:
        text = guide.read_html(lang, name)
        root = ET.fromstring(text.split(">", 1)[1])  # after <!DOCTYPE html>
        assert root.tag == "html"
        assert root.get("lang") == lang.replace("_", "-")
        assert root.get("dir") == direction
        title = root.findtext("head/title").strip()
        assert title and title == root.findtext("body/h1").strip(), name
        titles.add(title)
    assert len(titles) == len(guide.SECTIONS)  # every section has its own title


@pytest.mark.parametrize("lang", LANGUAGES)
def test_links_between_sections_resolve(lang):
    count = 0
    for section in guide.sections(lang):
        parsed = guide._parsed(section.path)
        for link in parsed.links:
            target, _, anchor = link.partition("#")
            linked = section.path.parent / target
            assert linked.is_file(), f"{lang}/{section.name} → {link}"
            if anchor:
                assert anchor in guide._parsed(linked).ids, f"{lang}/{section.name} → {link}"
            count += 1
    assert count >= 30  # sections point readers to one another


@pytest.mark.parametrize("lang", LANGUAGES)
def test_search_finds_a_known_word_in_each_language(lang):
    word = HANDOVER[lang]
    hits = guide.search(lang, word)
    assert "focal_points" in {hit.section for hit in hits}
    hit = next(h for h in hits if h.section == "focal_points")
    assert hit.title == guide.sections(lang)[3].title
    text = guide.plain_text(lang, "focal_points")
    assert guide.fold(text[hit.start : hit.end])[0] == guide.fold(word)[0]
    assert guide.fold(word)[0] in guide.fold(hit.snippet)[0]


def test_search_ignores_case_accents_vowel_marks_and_spacing():
    assert guide.find_all("Les échéances changent", "ECHEANCES") == [(4, 13)]
    assert guide.find_all("الأدلة والملاحظات", "الادلة") == [(0, 6)]
    assert guide.find_all("Ещё не обсуждалось", "еще") == [(0, 3)]
    assert guide.find_all("new\n   round", "new round") == [(0, 12)]
    assert guide.find_all("\u200eCtrl++\u200e", "ctrl++") == [(1, 7)]
    assert [h.section for h in guide.search("fr", "ECHEANCES")][:1] == ["overview"]
    assert guide.search("es", "linea de tiempo")[0].section == "reporting"
    assert guide.search("ar", "الادلة")  # the text writes الأدلة


def test_search_needs_two_letters_or_one_ideograph():
    assert guide.search("en", "") == []
    assert guide.search("en", "a") == []
    assert guide.search("zh_CN", "轮")  # one Chinese character is a word
    assert guide.search("en", "zzqx") == []


def test_snippets_show_the_hit_in_context():
    text = "one two three four five six seven eight nine ten eleven twelve thirteen"
    start = text.index("seven")
    snippet = guide.snippet(text, start, start + 5, width=12)
    assert snippet == "…five six seven eight nine…"
    assert guide.snippet("round", 0, 5) == "round"


def test_pages_of_the_window_map_to_sections():
    from synergy_desktop.ui.window.workspace_tabs import PAGES

    for page in (*PAGES, "focal_points"):
        assert guide.section_for_page(page) in guide.SECTIONS
    assert guide.section_for_page("register") == "focal_points"
    assert guide.section_for_page("focal_points") == "focal_points"
    assert guide.section_for_page("reporting") == "reporting"
    assert guide.section_for_page("no such page") == "getting_started"


def test_the_guide_language_follows_the_interface_or_falls_back_to_english():
    assert guide.guide_language("ar") == "ar"
    assert guide.guide_language("zh") == "zh_CN"
    assert guide.guide_language("fr_CA") == "fr"
    assert guide.guide_language("de") == "en"


def _write(path, lang="en", title="A", body="<p>Text</p>", direction="ltr"):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        f'<!DOCTYPE html>\n<html lang="{lang}" dir="{direction}"><head><title>{title}</title>'
        f"</head><body><h1>{title}</h1>{body}</body></html>",
        "utf-8",
    )


def test_a_missing_section_is_shown_in_english(tmp_path):
    _write(tmp_path / "en" / "getting_started.html", title="Getting started")
    _write(tmp_path / "en" / "keyboard.html", title="Keyboard")
    _write(tmp_path / "fr" / "getting_started.html", lang="fr", title="Premiers pas")
    sections = guide.sections("fr", tmp_path)
    assert [(s.name, s.title, s.lang) for s in sections] == [
        ("getting_started", "Premiers pas", "fr"),
        ("keyboard", "Keyboard", "en"),
    ]
    assert guide.problems(tmp_path) == ["fr: the section keyboard is missing."]


def test_problems_name_each_broken_file(tmp_path):
    _write(tmp_path / "en" / "a.html", body='<p><a href="b.html#nowhere">B</a></p>')
    _write(tmp_path / "en" / "b.html", title="")
    _write(tmp_path / "en" / "c.html", body='<p><a href="missing.html">?</a></p>')
    (tmp_path / "en" / "d.html").write_text("<html><body><p>open", "utf-8")
    _write(tmp_path / "ar" / "a.html", lang="ar", direction="ltr")
    found = guide.problems(tmp_path)
    assert "en/a.html links to b.html#nowhere, but that section has no anchor 'nowhere'." in found
    assert "en/b.html has no <title>." in found
    assert "en/c.html links to missing.html, which does not exist." in found
    assert any(p.startswith("en/d.html is not well-formed") for p in found)
    assert "ar/a.html: <html dir> is 'ltr', expected 'rtl'." in found
    assert "ar: the section b is missing." in found


def test_snippets_keep_context_in_text_with_few_spaces():
    text = "联络点 “联络点”页保存本国作为缔约方的每项文书的国家联络点和主管部门名册"
    snippet = guide.snippet(text, 0, 3, width=12)
    assert snippet.startswith("联络点 “联络点”页保存") and snippet.endswith("…")
