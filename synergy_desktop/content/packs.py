"""Framework packs: a folder with ``pack.json`` (source language) and ``translations/<lang>.json``.

The content hash covers the canonical form of ``pack.json`` — the structure and source text the
answers refer to. Translations do not change it: an answer given in French is an answer to the
same option.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

from synergy_desktop.content.checks import Checker, ContentError, read_json
from synergy_desktop.domain.framework import (
    EVIDENCE_MODULES,
    SOURCE_LANGUAGE,
    Area,
    Framework,
    LocalText,
    Option,
)
from synergy_desktop.paths import resources_dir

PACK_FORMAT = 1
PACK_FILE = "pack.json"
_AREA_ID = re.compile(r"^[A-Z]$")
_VERSION = re.compile(r"^\d+\.\d+(\.\d+)?$")
_LANG = re.compile(r"^[a-z]{2}(_[A-Z]{2})?$")


def default_pack_dir() -> Path:
    return resources_dir() / "frameworks" / "default"


def content_hash(document: Any) -> str:
    canonical = json.dumps(document, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def load_default_pack() -> Framework:
    return load_pack(default_pack_dir())


def load_pack(location: Path | str) -> Framework:
    """Load and validate a pack folder (or its ``pack.json``); raise ContentError when broken."""
    location = Path(location)
    folder = location.parent if location.suffix == ".json" else location
    pack_file = folder / PACK_FILE
    document = read_json(pack_file)
    base = _parse_base(Checker(pack_file), document)
    overlays = {}
    translations = folder / "translations"
    if translations.is_dir():
        for path in sorted(translations.glob("*.json")):
            overlays[path.stem] = _parse_overlay(Checker(path), read_json(path), base, path.stem)
    return _build(base, overlays, content_hash(document))


def _parse_base(check: Checker, doc: Any) -> dict[str, Any]:
    doc = check.obj(doc, "pack")
    check.exact(doc, "format", "pack", PACK_FORMAT)
    check.exact(doc, "language", "pack", SOURCE_LANGUAGE)
    check.text(doc, "id", "pack")
    if not _VERSION.match(str(doc.get("version", ""))):
        check.fail("pack.version", "expected a version such as 1.0.0")
    check.text(doc, "title", "pack")
    check.text(doc, "description", "pack")
    areas = check.items(doc.get("areas"), "pack.areas", min_len=1)
    seen: set[str] = set()
    for i, area in enumerate(areas):
        entry = f"areas[{i}]"
        check.obj(area, entry)
        area_id = check.text(area, "id", entry)
        entry = f"areas[{i}] ({area_id})"
        if not _AREA_ID.match(area_id) or area_id in seen:
            check.fail(entry, "area ids are single capital letters, each used once")
        seen.add(area_id)
        check.text(area, "title", entry)
        check.text(area, "summary", entry)
        check.integer(area, "workshop_area", entry, 1, 8)
        options = check.items(area.get("options"), f"{entry}.options", min_len=1)
        for j, option in enumerate(options):
            _check_option(check, option, f"{entry}.options[{j}]", area_id, seen)
    return doc


def _check_option(check: Checker, option: Any, entry: str, area_id: str, seen: set[str]) -> None:
    check.obj(option, entry)
    option_id = check.text(option, "id", entry)
    entry = f"{entry} ({option_id})"
    if not re.fullmatch(rf"{area_id}\d{{1,2}}", option_id) or option_id in seen:
        check.fail(entry, f"option ids start with their area letter {area_id}, each used once")
    seen.add(option_id)
    for key in ("title", "text", "guidance"):
        check.text(option, key, entry)
    check.texts(option, "questions", entry, min_len=1, max_len=5)
    basis = check.texts(option, "basis", entry)
    good_practice = check.flag(option, "good_practice", entry)
    if not basis and not good_practice:
        check.fail(entry, "an option needs a basis, or good_practice: true when it has none")
    evidence = check.items(option.get("evidence", []), f"{entry}.evidence")
    for module in evidence:
        if module not in EVIDENCE_MODULES:
            check.fail(f"{entry}.evidence", f"unknown evidence module {module!r}")


def _parse_overlay(check: Checker, doc: Any, base: dict[str, Any], stem: str) -> dict[str, Any]:
    doc = check.obj(doc, "translation")
    check.exact(doc, "format", "translation", PACK_FORMAT)
    check.exact(doc, "language", "translation", stem)
    if not _LANG.match(stem) or stem == SOURCE_LANGUAGE:
        check.fail("translation.language", f"{stem!r} is not a translation language code")
    check.exact(doc, "pack_id", "translation", base["id"])
    known_areas = {a["id"]: a for a in base["areas"]}
    known_options = {o["id"]: o for a in base["areas"] for o in a["options"]}
    for area_id, texts in check.obj(doc.get("areas", {}), "translation.areas").items():
        if area_id not in known_areas:
            check.fail(f"areas.{area_id}", "no such area in the pack")
        check.obj(texts, f"areas.{area_id}")
    for option_id, texts in check.obj(doc.get("options", {}), "translation.options").items():
        entry = f"options.{option_id}"
        if option_id not in known_options:
            check.fail(entry, "no such option in the pack")
        check.obj(texts, entry)
        for key in ("questions", "basis"):
            if key in texts:
                expected = len(known_options[option_id][key])
                check.texts(texts, key, entry, min_len=expected, max_len=expected)
    return doc


def _text(
    base: dict, overlays: dict[str, dict], section: str | None, key_id: str | None, field: str
) -> LocalText:
    texts = {SOURCE_LANGUAGE: base[field]}
    for lang, overlay in overlays.items():
        node = overlay if section is None else overlay.get(section, {}).get(key_id, {})
        value = node.get(field)
        if isinstance(value, str) and value.strip():
            texts[lang] = value
    return LocalText(texts)


def _list(
    base: dict, overlays: dict[str, dict], option_id: str, field: str
) -> tuple[LocalText, ...]:
    result = []
    for i, source in enumerate(base[field]):
        texts = {SOURCE_LANGUAGE: source}
        for lang, overlay in overlays.items():
            values = overlay.get("options", {}).get(option_id, {}).get(field)
            if values and values[i].strip():
                texts[lang] = values[i]
        result.append(LocalText(texts))
    return tuple(result)


def _build(doc: dict, overlays: dict[str, dict], digest: str) -> Framework:
    areas = []
    for area in doc["areas"]:
        options = tuple(
            Option(
                id=o["id"],
                area_id=area["id"],
                title=_text(o, overlays, "options", o["id"], "title"),
                text=_text(o, overlays, "options", o["id"], "text"),
                guidance=_text(o, overlays, "options", o["id"], "guidance"),
                questions=_list(o, overlays, o["id"], "questions"),
                basis=_list(o, overlays, o["id"], "basis"),
                good_practice=bool(o.get("good_practice", False)),
                evidence=tuple(o.get("evidence", ())),
            )
            for o in area["options"]
        )
        areas.append(
            Area(
                id=area["id"],
                title=_text(area, overlays, "areas", area["id"], "title"),
                summary=_text(area, overlays, "areas", area["id"], "summary"),
                workshop_area=area["workshop_area"],
                options=options,
            )
        )
    return Framework(
        id=doc["id"],
        version=doc["version"],
        content_hash=digest,
        title=_text(doc, overlays, None, None, "title"),
        description=_text(doc, overlays, None, None, "description"),
        areas=tuple(areas),
        languages=(SOURCE_LANGUAGE, *sorted(overlays)),
    )


def missing_translations(framework: Framework, lang: str) -> list[str]:
    """Every text of the pack that has no translation in ``lang`` (shown in English instead)."""
    missing = [
        name
        for name, text in (("title", framework.title), ("description", framework.description))
        if not text.has(lang)
    ]
    for area in framework.areas:
        missing += [
            f"{area.id}.{name}"
            for name, text in (("title", area.title), ("summary", area.summary))
            if not text.has(lang)
        ]
        for option in area.options:
            for name in ("title", "text", "guidance"):
                if not getattr(option, name).has(lang):
                    missing.append(f"{option.id}.{name}")
            for name in ("questions", "basis"):
                for i, text in enumerate(getattr(option, name)):
                    if not text.has(lang):
                        missing.append(f"{option.id}.{name}[{i}]")
    return missing


__all__ = [
    "ContentError",
    "content_hash",
    "default_pack_dir",
    "load_default_pack",
    "load_pack",
    "missing_translations",
]
