import json
import shutil

import pytest

from synergy_desktop.content.checks import ContentError
from synergy_desktop.content.packs import (
    content_hash,
    default_pack_dir,
    load_pack,
    missing_translations,
)
from synergy_desktop.domain.framework import EVIDENCE_MODULES

EXPECTED_IDS = [
    "A1",
    "A2",
    "A3",
    "A4",
    "A5",
    "A6",
    "B1",
    "B2",
    "B3",
    "B4",
    "B5",
    "C1",
    "C2",
    "C3",
    "C4",
    "C5",
    "D1",
    "D2",
    "D3",
    "E1",
    "E2",
    "F1",
    "F2",
    "G1",
    "G2",
    "G3",
    "H1",
    "H2",
    "H3",
]


def test_default_pack_has_the_eight_areas_and_every_option(framework):
    assert [a.id for a in framework.areas] == list("ABCDEFGH")
    assert sorted(a.workshop_area for a in framework.areas) == list(range(1, 9))
    assert [o.id for o in framework.options] == EXPECTED_IDS
    for option in framework.options:
        assert option.title.get() and option.text.get() and option.guidance.get()
        assert 2 <= len(option.questions) <= 3, option.id
        assert option.basis or option.good_practice, option.id
        assert set(option.evidence) <= set(EVIDENCE_MODULES)


def test_references_are_never_invented_annex_paragraphs(framework):
    for option in framework.options:
        for basis in option.basis:
            assert "Annex I para" not in basis.get()
    a6 = framework.option("A6")
    assert a6.good_practice and not a6.basis


def test_evidence_links_follow_the_brief(framework):
    for option_id in ("A1", "A2", "A3", "A4", "A5", "F1"):
        assert "focal_points" in framework.option(option_id).evidence
    for option_id in ("B1", "B2", "B3", "B4"):
        assert "nbsap" in framework.option(option_id).evidence
    for option_id in ("C1", "C2", "C3", "C4", "C5"):
        assert "reporting" in framework.option(option_id).evidence


def test_pack_identity_and_hash(framework):
    document = json.loads((default_pack_dir() / "pack.json").read_text("utf-8"))
    assert framework.id == document["id"] == "synergies-national-options"
    assert framework.version == document["version"]
    assert framework.content_hash == content_hash(document)
    assert len(framework.content_hash) == 64


@pytest.fixture
def pack_copy(tmp_path):
    target = tmp_path / "pack"
    shutil.copytree(default_pack_dir(), target)
    return target


def _edit(folder, change):
    path = folder / "pack.json"
    document = json.loads(path.read_text("utf-8"))
    change(document)
    path.write_text(json.dumps(document), "utf-8")


def test_hash_changes_with_the_content(pack_copy, framework):
    _edit(pack_copy, lambda d: d["areas"][0]["options"][0].update(title="Another title"))
    assert load_pack(pack_copy).content_hash != framework.content_hash


def test_invalid_json_names_file_and_line(pack_copy):
    (pack_copy / "pack.json").write_text('{\n  "format": 1,\n  "id": oops\n}', "utf-8")
    with pytest.raises(ContentError) as caught:
        load_pack(pack_copy)
    assert "pack.json" in str(caught.value)
    assert "line 3" in str(caught.value)


def test_missing_guidance_names_the_entry(pack_copy):
    _edit(pack_copy, lambda d: d["areas"][1]["options"][2].pop("guidance"))
    with pytest.raises(ContentError) as caught:
        load_pack(pack_copy)
    assert caught.value.entry == "areas[1] (B).options[2] (B3).guidance"
    assert "non-empty text" in caught.value.problem


def test_duplicate_option_id_is_refused(pack_copy):
    _edit(pack_copy, lambda d: d["areas"][0]["options"][1].update(id="A1"))
    with pytest.raises(ContentError, match="each used once"):
        load_pack(pack_copy)


def test_unknown_evidence_module_is_refused(pack_copy):
    _edit(pack_copy, lambda d: d["areas"][0]["options"][0].update(evidence=["weather"]))
    with pytest.raises(ContentError, match="unknown evidence module 'weather'"):
        load_pack(pack_copy)


def test_option_without_basis_must_say_good_practice(pack_copy):
    def change(d):
        d["areas"][0]["options"][0].update(basis=[], good_practice=False)

    _edit(pack_copy, change)
    with pytest.raises(ContentError, match="good_practice"):
        load_pack(pack_copy)


def test_missing_pack_file(tmp_path):
    with pytest.raises(ContentError, match="does not exist"):
        load_pack(tmp_path)


def test_translation_overlay_with_fallback(pack_copy):
    folder = pack_copy / "translations"
    folder.mkdir(exist_ok=True)
    for old in folder.glob("*.json"):
        old.unlink()
    (folder / "fr.json").write_text(
        json.dumps(
            {
                "format": 1,
                "language": "fr",
                "pack_id": "synergies-national-options",
                "options": {"A1": {"title": "Registre des correspondants nationaux"}},
            }
        ),
        "utf-8",
    )
    framework = load_pack(pack_copy)
    assert framework.languages == ("en", "fr")
    a1 = framework.option("A1")
    assert a1.title.get("fr") == "Registre des correspondants nationaux"
    assert a1.text.get("fr") == a1.text.get("en")  # falls back, never empty
    missing = missing_translations(framework, "fr")
    assert "A1.title" not in missing and "A1.text" in missing


def test_translation_with_wrong_question_count_is_refused(pack_copy):
    folder = pack_copy / "translations"
    folder.mkdir(exist_ok=True)
    (folder / "es.json").write_text(
        json.dumps(
            {
                "format": 1,
                "language": "es",
                "pack_id": "synergies-national-options",
                "options": {"A1": {"questions": ["¿Una sola?"]}},
            }
        ),
        "utf-8",
    )
    with pytest.raises(ContentError) as caught:
        load_pack(pack_copy)
    assert "es.json" in caught.value.path
    assert caught.value.entry == "options.A1.questions"
