"""The demo in the language it is created in.

The demo files in resources/demo are written in English; ``resources/demo/translations/<lang>.json``
holds every human-readable text of them in another language, keyed by where the text sits::

    {"format": 1, "language": "fr",
     "demo_workspace.json": {"country.name": "République de Verdanie",
                             "answers.A1.evidence": "...", "assessment.participants.0": "..."},
     "demo_register.json": {"contacts.p1.position": "...", "designations.CBD/nfp/p1.notes": "..."},
     "demo_nbsap_reporting.json": {"national_targets.NT1.title": "...", ...}}

A key is the path of the text: field names, and for an item of a list its stable key (the option
id, the contact key, the target code, instrument/role/contact of a designation...) or, for lists
without one, its index. Personal names, e-mails, codes and dates are not texts and stay as they
are. Date tokens (``{date:2026-02-28}``) stay in the translations and are filled by the demo's
clock in the same language. A language without an overlay, or a text missing from one, is
written in English.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from synergy_desktop.content.checks import read_json
from synergy_desktop.paths import resources_dir

SOURCE_LANGUAGE = "en"

#: The fields whose string values are texts a reader sees, per file (a list of strings counts
#: too). Other fields are names, codes, keys and dates: "responsible" of an obligation is the
#: key of a contact, "first_name" a personal name.
TEXT_FIELDS = {
    # the country profile, the rounds and their answers
    "demo_workspace.json": frozenset(
        [
            "name",
            "short_name",
            "notes",
            "title",
            "period",
            "participants",
            "responsible",
            "evidence",
            "gaps",
            "next_steps",
        ]
    ),
    # contacts, designations, hand-overs, the committee and its meetings
    "demo_register.json": frozenset(
        [
            "prefix",
            "position",
            "institution",
            "department",
            "address",
            "notes",
            "handover_note",
            "name",
            "legal_basis",
            "mandate",
            "chair_institution",
            "secretariat",
            "participants",
            "decisions",
            "next_steps",
        ]
    ),
    # national targets, alignments, obligations the demo team wrote, datasets
    "demo_nbsap_reporting.json": frozenset(
        [
            "title",
            "description",
            "nbsap_version",
            "lead_institution",
            "note",
            "notes",
            "cycle",
            "name",
            "custodian",
            "update_frequency",
        ]
    ),
}
#: How an item of a list is named in a key; lists not named here use the item's index.
ITEM_KEYS = {
    "answers": ("option",),
    "contacts": ("key",),
    "designations": ("instrument", "role", "contact"),
    "ended": ("instrument", "role", "contact"),
    "national_targets": ("code",),
    "alignments": ("target", "reference"),
    "obligations": ("key",),
    "extra_obligations": ("key",),
    "datasets": ("key",),
}


DEMO_FILES = tuple(TEXT_FIELDS)


def demo_dir() -> Path:
    return resources_dir() / "demo"


def translations_dir() -> Path:
    return demo_dir() / "translations"


def _item_key(list_name: str, index: int, item: Any) -> str:
    fields = ITEM_KEYS.get(list_name)
    if fields and isinstance(item, dict):
        return "/".join(str(item[field]) for field in fields)
    return str(index)


def _walk(data: Any, fields: frozenset[str], visit, path: str = "", field: str = "") -> Any:
    """A copy of ``data`` in which ``visit(key, text)`` replaced every text."""
    if isinstance(data, dict):
        return {
            name: _walk(value, fields, visit, f"{path}.{name}" if path else name, name)
            for name, value in data.items()
        }
    if isinstance(data, list):
        return [
            _walk(item, fields, visit, f"{path}.{_item_key(field, i, item)}", field)
            for i, item in enumerate(data)
        ]
    if isinstance(data, str) and data and field in fields:
        return visit(path, data)
    return data


def texts(name: str, data: Any) -> dict[str, str]:
    """Every text of the demo file ``name`` by its key (the keys an overlay must hold)."""
    found: dict[str, str] = {}

    def collect(key: str, text: str) -> str:
        if key in found:
            raise ValueError(f"two texts of the demo share the key {key}")
        found[key] = text
        return text

    _walk(data, TEXT_FIELDS[name], collect)
    return found


def localise(name: str, data: Any, overlay: dict[str, str]) -> Any:
    """A copy of the demo file ``name``'s ``data`` with each text replaced by its translation
    in ``overlay`` (the English text where it has none)."""
    return _walk(data, TEXT_FIELDS[name], lambda key, text: overlay.get(key) or text)


def overlay_language(lang: str) -> str:
    """The language whose overlay a demo in ``lang`` uses: ``lang`` itself, its base language
    (``fr_CA`` → ``fr``), one of the same base (``zh`` → ``zh_CN``), else English."""
    available = sorted(path.stem for path in translations_dir().glob("*.json"))
    base = lang.split("_")[0]
    for candidate in (lang, base):
        if candidate in available:
            return candidate
    same_base = [code for code in available if code.split("_")[0] == base]
    return same_base[0] if same_base else SOURCE_LANGUAGE


def _overlay_document(lang: str) -> dict[str, Any]:
    if lang == SOURCE_LANGUAGE:
        return {}
    return read_json(translations_dir() / f"{lang}.json")


def overlay(name: str, lang: str) -> dict[str, str]:
    """The translations of the demo file ``name`` in ``lang`` (empty for English)."""
    return dict(_overlay_document(overlay_language(lang)).get(name, {}))


def demo_file(name: str, lang: str = SOURCE_LANGUAGE) -> Any:
    """The demo file ``name`` with its texts in ``lang`` (dates not moved yet)."""
    data = read_json(demo_dir() / name)
    translations = overlay(name, lang)
    return localise(name, data, translations) if translations else data
