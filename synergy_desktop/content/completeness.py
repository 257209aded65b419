"""Which shipped texts have no translation in a language (they are shown in English)."""

from __future__ import annotations

from synergy_desktop.content.packs import load_default_pack, missing_translations
from synergy_desktop.content.reference import instruments
from synergy_desktop.content.targets import reference_frameworks, shipped_obligations


def missing_content(lang: str) -> list[str]:
    """Every missing text as "file: entry" (framework pack, instruments, targets, obligations)."""
    missing = [f"pack: {item}" for item in missing_translations(load_default_pack(), lang)]
    for instrument in instruments():
        for name in ("name", "short_name"):
            if not getattr(instrument, name).has(lang):
                missing.append(f"instruments: {instrument.code}.{name}")
        missing += [
            f"instruments: {instrument.code}.roles.{role.code}"
            for role in instrument.roles
            if not role.name.has(lang)
        ]
    for framework in reference_frameworks():
        if not framework.name.has(lang):
            missing.append(f"targets: {framework.id}.name")
        missing += [
            f"targets: {framework.id}.{t.id}" for t in framework.targets if not t.title.has(lang)
        ]
    for obligation in shipped_obligations():
        for name in ("title", "cycle", "note"):
            text = getattr(obligation, name)
            if text.get() and not text.has(lang):
                missing.append(f"obligations: {obligation.key}.{name}")
    return missing
