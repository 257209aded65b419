"""Shipped reference frameworks (KMGBF targets, other conventions' goals) and obligations.

Both files live in ``resources/reference``; translations go in ``translations/<lang>.json``::

    {"frameworks": {"KMGBF": {"name": "...", "targets": {"GBF-T01": "..."}}},
     "obligations": {"cbd-nr7": {"title": "...", "cycle": "...", "note": "..."}}}
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from synergy_desktop.content.checks import Checker, read_json
from synergy_desktop.content.reference import instrument_codes, reference_dir
from synergy_desktop.domain.framework import SOURCE_LANGUAGE, LocalText
from synergy_desktop.domain.nbsap import ReferenceFramework, ReferenceTarget
from synergy_desktop.domain.reporting import Precision

_KEY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$")


@dataclass(frozen=True)
class ShippedObligation:
    key: str
    instrument: str
    title: LocalText
    cycle: LocalText
    note: LocalText
    interval_months: int | None
    due_date: date | None
    due_precision: Precision
    checked_on: date


def _overlays(folder: Path, section: str) -> dict[str, dict[str, Any]]:
    result = {}
    translations = folder / "translations"
    if translations.is_dir():
        for path in sorted(translations.glob("*.json")):
            check = Checker(path)
            doc = check.obj(read_json(path), "translation")
            result[path.stem] = check.obj(doc.get(section, {}), f"translation.{section}")
    return result


def _local(source: str, overlays: dict[str, dict], *keys: str) -> LocalText:
    texts = {SOURCE_LANGUAGE: source}
    for lang, overlay in overlays.items():
        node: Any = overlay
        for key in keys:
            node = node.get(key, {}) if isinstance(node, dict) else {}
        if isinstance(node, str) and node.strip():
            texts[lang] = node
    return LocalText(texts)


@cache
def reference_frameworks() -> tuple[ReferenceFramework, ...]:
    return load_frameworks(reference_dir())


def load_frameworks(folder: Path) -> tuple[ReferenceFramework, ...]:
    path = folder / "targets.json"
    check = Checker(path)
    doc = check.obj(read_json(path), "targets file")
    check.exact(doc, "format", "targets file", 1)
    overlays = _overlays(folder, "frameworks")
    frameworks = []
    seen: set[str] = set()
    for i, entry in enumerate(check.items(doc.get("frameworks"), "frameworks", min_len=1)):
        where = f"frameworks[{i}]"
        check.obj(entry, where)
        key = check.text(entry, "id", where)
        if not _KEY.match(key) or key in seen:
            check.fail(where, "framework ids are short codes, each used once")
        seen.add(key)
        check.text(entry, "name", where)
        instrument = entry.get("instrument", "")
        if instrument and instrument not in instrument_codes():
            check.fail(f"{where}.instrument", f"unknown instrument {instrument!r}")
        targets = []
        target_ids: set[str] = set()
        for j, target in enumerate(
            check.items(entry.get("targets"), f"{where}.targets", min_len=1)
        ):
            twhere = f"{where}.targets[{j}]"
            check.obj(target, twhere)
            target_id = check.text(target, "id", twhere)
            if not _KEY.match(target_id) or target_id in target_ids:
                check.fail(twhere, "target ids are short codes, each used once")
            target_ids.add(target_id)
            title = check.text(target, "title", twhere)
            targets.append(
                ReferenceTarget(target_id, _local(title, overlays, key, "targets", target_id))
            )
        frameworks.append(
            ReferenceFramework(
                key,
                _local(entry["name"], overlays, key, "name"),
                instrument,
                entry.get("source", ""),
                tuple(targets),
            )
        )
    return tuple(frameworks)


@cache
def shipped_obligations() -> tuple[ShippedObligation, ...]:
    return load_obligations(reference_dir())


def load_obligations(folder: Path) -> tuple[ShippedObligation, ...]:
    path = folder / "obligations.json"
    check = Checker(path)
    doc = check.obj(read_json(path), "obligations file")
    check.exact(doc, "format", "obligations file", 1)
    try:
        checked = date.fromisoformat(doc.get("checked", ""))
    except (TypeError, ValueError):
        check.fail("checked", "expected the date the entries were checked, as YYYY-MM-DD")
    overlays = _overlays(folder, "obligations")
    result = []
    seen: set[str] = set()
    for i, entry in enumerate(check.items(doc.get("obligations"), "obligations", min_len=1)):
        where = f"obligations[{i}]"
        check.obj(entry, where)
        key = check.text(entry, "key", where)
        where = f"{where} ({key})"
        if key in seen:
            check.fail(where, "keys are used once")
        seen.add(key)
        if entry.get("instrument") not in instrument_codes():
            check.fail(f"{where}.instrument", "unknown instrument")
        title = check.text(entry, "title", where)
        precision = entry.get("due_precision", "day")
        if precision not in {p.value for p in Precision}:
            check.fail(f"{where}.due_precision", "expected day, month, year or none")
        due = entry.get("due_date")
        try:
            due_date = date.fromisoformat(due) if due else None
        except (TypeError, ValueError):
            check.fail(f"{where}.due_date", "expected YYYY-MM-DD or null")
        if (due_date is None) != (precision == "none"):
            check.fail(where, "due_precision is 'none' exactly when there is no due_date")
        interval = entry.get("interval_months")
        if interval is not None and (not isinstance(interval, int) or interval <= 0):
            check.fail(f"{where}.interval_months", "expected a positive whole number or null")
        result.append(
            ShippedObligation(
                key,
                entry["instrument"],
                _local(title, overlays, key, "title"),
                _local(entry.get("cycle", ""), overlays, key, "cycle"),
                _local(entry.get("note", ""), overlays, key, "note"),
                interval,
                due_date,
                Precision(precision),
                checked,
            )
        )
    return tuple(result)
