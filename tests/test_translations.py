"""The shipped translations: complete, placeholders kept, compiled files up to date."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "i18n"
LANGS = ("zh_CN", "fr", "es", "ar", "ru", "en")
PLACEHOLDER = re.compile(r"%\d|%n")
CODE = re.compile(r"^(\d) – ")
sys.path.insert(0, str(ROOT / "scripts"))
import update_translations  # noqa: E402


def messages(lang: str):
    tree = ET.parse(I18N / f"synergy_desktop_{lang}.ts")
    for context in tree.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.findall("numerusform")]
            yield (
                name,
                message.findtext("source") or "",
                translation,
                forms or [translation.text or ""],
            )


@pytest.mark.parametrize("lang", LANGS)
def test_no_unfinished_or_empty_entries(lang):
    unfinished = [
        (c, s)
        for c, s, t, forms in messages(lang)
        if t.get("type") in ("unfinished", "vanished", "obsolete")
        or not all(f.strip() for f in forms)
    ]
    assert unfinished == []


@pytest.mark.parametrize("lang", LANGS)
def test_every_translation_keeps_the_placeholders(lang):
    broken = []
    for context, source, _, forms in messages(lang):
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for form in forms:
            if sorted(set(PLACEHOLDER.findall(form))) != wanted:
                broken.append((context, source, form))
    assert broken == []


@pytest.mark.parametrize("lang", LANGS)
def test_rating_labels_keep_their_code(lang):
    """Questionnaires are read back by the code before the dash, in any language."""
    for _, source, _, forms in messages(lang):
        if CODE.match(source):
            assert CODE.match(forms[0]) and CODE.match(forms[0])[1] == CODE.match(source)[1], (
                source,
                forms[0],
            )


@pytest.mark.parametrize("lang", LANGS)
def test_compiled_files_are_up_to_date(lang, tmp_path):
    fresh = tmp_path / f"{lang}.qm"
    update_translations.lrelease(I18N / f"synergy_desktop_{lang}.ts", fresh)
    assert fresh.read_bytes() == (I18N / f"synergy_desktop_{lang}.qm").read_bytes(), (
        "run: python scripts/update_translations.py --release"
    )


def test_translation_sources_cover_every_string_in_the_code(tmp_path):
    copy = tmp_path / "synergy_desktop_fr.ts"
    shutil.copy(I18N / "synergy_desktop_fr.ts", copy)
    update_translations.lupdate("fr", copy)

    def keys(path):
        tree = ET.parse(path)
        return {
            (c.findtext("name"), m.findtext("source"))
            for c in tree.iter("context")
            for m in c.iter("message")
        }

    assert keys(copy) == keys(I18N / "synergy_desktop_fr.ts"), (
        "run: python scripts/update_translations.py"
    )


def test_no_format_before_translate():
    """tr(f"...") cannot be extracted: placeholders must be %1, filled after translating."""
    offenders = []
    for path in (ROOT / "synergy_desktop").rglob("*.py"):
        text = path.read_text("utf-8")
        if re.search(r"(tr|translate)\(\s*(\"[^\"]*\",\s*)?f[\"']", text):
            offenders.append(path.name)
        # lupdate cannot see a tr() call inside the braces of an f-string either
        if re.search(r"f[\"'][^\"'\n]*\{[^}]*\b(tr|translate)\(", text):
            offenders.append(f"{path.name} (tr inside an f-string)")
    assert offenders == []


def test_update_script_runs_without_tools_missing():
    assert (
        subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "update_translations.py"), "--help"],
            capture_output=True,
        ).returncode
        == 0
    )


def test_every_translated_text_is_visible_to_lupdate():
    """translate("Context", "Text") with literals, never a helper that passes a variable on:
    pyside6-lupdate extracts literals only, and a hidden text stays English in every language."""
    import ast

    package = Path(__file__).resolve().parent.parent / "synergy_desktop"
    hooks = {"text.py", "translations.py"}  # where the translation function itself is defined
    offenders = []
    for path in package.rglob("*.py"):
        if path.name in hooks:
            continue
        calls = [n for n in ast.walk(ast.parse(path.read_text("utf-8"))) if isinstance(n, ast.Call)]

        def name(call):
            return getattr(call.func, "id", None) or getattr(call.func, "attr", None)

        # a table of texts marked with QT_TRANSLATE_NOOP("Context", …) may be translated later
        marked = {
            c.args[0].value
            for c in calls
            if name(c) == "QT_TRANSLATE_NOOP" and c.args and isinstance(c.args[0], ast.Constant)
        }
        for call in calls:
            if name(call) != "translate" or len(call.args) < 2:
                continue
            context, text = call.args[:2]
            if not isinstance(context, ast.Constant) or not isinstance(context.value, str):
                continue  # not a text translation (QPainter.translate and the like)
            if not isinstance(text, ast.Constant) and context.value not in marked:
                offenders.append(f"{path.relative_to(package)}:{call.lineno}")
    assert offenders == []
