import json
import shutil

import pytest

from synergy_desktop.content.checks import ContentError
from synergy_desktop.content.reference import instruments, load_instruments, reference_dir


def test_every_instrument_of_the_brief_with_its_roles():
    by_code = {i.code: i for i in instruments()}
    assert list(by_code) == [
        "CBD",
        "CPB",
        "NP",
        "CITES",
        "CMS",
        "RAMSAR",
        "WHC",
        "ITPGRFA",
        "IPPC",
        "UNFCCC",
        "UNCCD",
        "GEF",
    ]
    cites = {r.code: r for r in by_code["CITES"].roles}
    assert cites["ma"].name.get() == "Management Authority" and cites["ma"].multiple
    assert cites["sa"].name.get() == "Scientific Authority"
    assert by_code["CPB"].parent == "CBD" and by_code["NP"].parent == "CBD"
    assert {r.code for r in by_code["UNCCD"].roles} == {"nfp", "stc"}
    assert by_code["IPPC"].roles[0].basis == "Article VIII.2"


def test_broken_reference_file_names_the_entry(tmp_path):
    folder = tmp_path / "reference"
    shutil.copytree(reference_dir(), folder)
    path = folder / "instruments.json"
    document = json.loads(path.read_text("utf-8"))
    document["instruments"][3]["roles"][1]["code"] = "ma"
    path.write_text(json.dumps(document), "utf-8")
    with pytest.raises(ContentError) as caught:
        load_instruments(folder)
    assert caught.value.entry == "instruments[3] (CITES).roles[1]"
    assert "used twice" in caught.value.problem


def test_translation_of_an_unknown_role_is_refused(tmp_path):
    folder = tmp_path / "reference"
    shutil.copytree(reference_dir(), folder)
    path = folder / "translations" / "fr.json"
    document = json.loads(path.read_text("utf-8"))
    document["instruments"]["CITES"]["roles"]["nfp"] = "Correspondant"
    path.write_text(json.dumps(document), "utf-8")
    with pytest.raises(ContentError) as caught:
        load_instruments(folder)
    assert caught.value.entry == "instruments.CITES.roles.nfp"
    assert "fr.json" in caught.value.path
