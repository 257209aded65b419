"""Reference data shipped in ``resources/reference``: the instruments and their focal-point roles.

Text is in English in the main file; ``translations/<lang>.json`` holds the other languages::

    {"format": 1, "language": "fr",
     "instruments": {"CBD": {"name": "...", "short_name": "...", "roles": {"nfp": "..."}}}}
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

from synergy_desktop.content.checks import Checker, read_json
from synergy_desktop.domain.framework import SOURCE_LANGUAGE, Instrument, LocalText, Role
from synergy_desktop.paths import resources_dir

FAMILIES = ("biodiversity", "rio", "finance")
_CODE = re.compile(r"^[A-Z][A-Z0-9]{1,9}$")


def reference_dir() -> Path:
    return resources_dir() / "reference"


@cache
def instruments() -> tuple[Instrument, ...]:
    """The shipped instruments (cached: the files do not change while the app runs)."""
    return load_instruments(reference_dir())


def instrument_codes() -> tuple[str, ...]:
    return tuple(i.code for i in instruments())


def load_instruments(folder: Path) -> tuple[Instrument, ...]:
    path = folder / "instruments.json"
    check = Checker(path)
    doc = check.obj(read_json(path), "instruments file")
    check.exact(doc, "format", "instruments file", 1)
    entries = check.items(doc.get("instruments"), "instruments", min_len=1)
    seen: set[str] = set()
    for i, entry in enumerate(entries):
        where = f"instruments[{i}]"
        check.obj(entry, where)
        code = check.text(entry, "code", where)
        where = f"{where} ({code})"
        if not _CODE.match(code) or code in seen:
            check.fail(where, "instrument codes are upper-case, each used once")
        seen.add(code)
        check.text(entry, "name", where)
        check.text(entry, "short_name", where)
        if entry.get("family") not in FAMILIES:
            check.fail(f"{where}.family", f"expected one of {', '.join(FAMILIES)}")
        if entry.get("parent") is not None and entry["parent"] not in seen:
            check.fail(f"{where}.parent", "the parent must be listed before the instrument")
        roles = check.items(entry.get("roles"), f"{where}.roles", min_len=1)
        role_codes: set[str] = set()
        for j, role in enumerate(roles):
            role_where = f"{where}.roles[{j}]"
            check.obj(role, role_where)
            role_code = check.text(role, "code", role_where)
            if role_code in role_codes:
                check.fail(role_where, f"role code {role_code!r} is used twice")
            role_codes.add(role_code)
            check.text(role, "name", role_where)
            check.flag(role, "multiple", role_where)
    overlays = _overlays(folder, entries)
    return tuple(_instrument(entry, overlays) for entry in entries)


def _overlays(folder: Path, entries: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The translations, checked against the instruments and roles they translate."""
    roles = {e["code"]: {r["code"] for r in e["roles"]} for e in entries}
    result = {}
    translations = folder / "translations"
    if translations.is_dir():
        for path in sorted(translations.glob("*.json")):
            check = Checker(path)
            doc = check.obj(read_json(path), "translation")
            check.exact(doc, "language", "translation", path.stem)
            texts = check.obj(doc.get("instruments", {}), "translation.instruments")
            for code, item in texts.items():
                if code not in roles:
                    check.fail(f"instruments.{code}", "no such instrument")
                for role in check.obj(item, f"instruments.{code}").get("roles", {}):
                    if role not in roles[code]:
                        check.fail(f"instruments.{code}.roles.{role}", "no such role")
            result[path.stem] = texts
    return result


def _instrument(entry: dict[str, Any], overlays: dict[str, dict[str, Any]]) -> Instrument:
    code = entry["code"]

    def local(field: str) -> LocalText:
        texts = {SOURCE_LANGUAGE: entry[field]}
        for lang, overlay in overlays.items():
            value = overlay.get(code, {}).get(field)
            if value:
                texts[lang] = value
        return LocalText(texts)

    def role(data: dict[str, Any]) -> Role:
        texts = {SOURCE_LANGUAGE: data["name"]}
        for lang, overlay in overlays.items():
            value = overlay.get(code, {}).get("roles", {}).get(data["code"])
            if value:
                texts[lang] = value
        return Role(data["code"], LocalText(texts), data["multiple"], data.get("basis", ""))

    return Instrument(
        code=code,
        name=local("name"),
        short_name=local("short_name"),
        family=entry["family"],
        parent=entry.get("parent"),
        roles=tuple(role(r) for r in entry["roles"]),
    )
