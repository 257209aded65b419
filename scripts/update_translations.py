"""Refresh the Qt Linguist translations.

    python scripts/update_translations.py          # lupdate all sources into i18n/*.ts, then
                                                   # lrelease every .ts into its .qm
    python scripts/update_translations.py --release  # only lrelease (after editing a .ts)

The .ts files are the translators' sources; the .qm files are compiled from them and ship in
the wheel. tests/test_translations.py fails when either is out of date.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "i18n"
PACKAGE = ROOT / "synergy_desktop"
LANGUAGES = ("zh_CN", "fr", "es", "ar", "ru", "en")


def tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in PACKAGE.rglob("*.py"))


def ts_file(lang: str) -> Path:
    return I18N / f"synergy_desktop_{lang}.ts"


def lupdate(lang: str, target: Path) -> None:
    before = _messages(target)
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            *sources(),
            "-ts",
            str(target),
            "-source-language",
            "en",
            "-target-language",
            lang,
            "-no-obsolete",
            "-locations",
            "none",
            "-silent",
        ],
        check=True,
        cwd=ROOT,
    )
    complete_counted(lang, target, before)


# How many plural forms Qt Linguist expects per language (lrelease checks the count).
PLURAL_FORMS = {"en": 2, "fr": 2, "es": 2, "ru": 3, "ar": 6, "zh_CN": 1}


def counted_calls() -> dict[tuple[str, str], bool]:
    """Every translate("Context", "Text", …) in the package: (context, text) -> whether a
    count is given (a fourth argument or n=…), i.e. whether the text has plural forms.

    pyside6-lupdate does not mark a plain function call with a count as a plural, and misses
    some calls whose count is an expression; this fills what it leaves out."""
    import ast

    found: dict[tuple[str, str], bool] = {}
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            args = node.args
            if name != "translate" or len(args) < 2:
                continue
            if not all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args[:2]):
                continue
            counted = len(args) >= 4 or any(k.arg == "n" for k in node.keywords)
            key = (args[0].value, args[1].value)
            found[key] = found.get(key, False) or counted
    return found


def _messages(path: Path) -> dict:
    """(context, source) -> a copy of its <message> element, from an existing .ts file."""
    import copy
    import xml.etree.ElementTree as ET

    if not path.exists():
        return {}
    return {
        (c.findtext("name"), m.findtext("source")): copy.deepcopy(m)
        for c in ET.parse(path).iter("context")
        for m in c.iter("message")
    }


def complete_counted(lang: str, path: Path, before: dict) -> None:
    """Add what lupdate missed (see counted_calls); plural texts get their plural forms, and a
    translation the file had before is kept."""
    import xml.etree.ElementTree as ET

    tree = ET.parse(path)
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    present = {
        (name, m.findtext("source")): m for name, c in contexts.items() for m in c.iter("message")
    }
    changed = False
    for key, counted in sorted(counted_calls().items()):
        message = present.get(key)
        if message is not None and (not counted or message.get("numerus") == "yes"):
            continue
        changed = True
        name, source = key
        if message is None:
            context = contexts.get(name)
            if context is None:
                context = contexts[name] = ET.SubElement(root, "context")
                ET.SubElement(context, "name").text = name
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation")
        old = before.get(key)
        message.remove(message.find("translation"))
        if old is not None and (old.get("numerus") == "yes") == counted:
            message.append(old.find("translation"))
        else:
            translation = ET.SubElement(message, "translation", type="unfinished")
            if counted:
                for _ in range(PLURAL_FORMS.get(lang, 2)):
                    ET.SubElement(translation, "numerusform")
        if counted:
            message.set("numerus", "yes")
    if changed:
        tree.write(path, encoding="utf-8", xml_declaration=True)


def fill_english(path: Path) -> None:
    """English needs no translation, only real singular and plural forms for "%n" texts:
    "%n day(s) left" becomes "%n day left" / "%n days left"."""
    import xml.etree.ElementTree as ET

    tree = ET.parse(path)
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if message.get("numerus") == "yes":
            singular = (
                source.replace("entries", "entry")
                .replace("target(s) serve ", "target serves ")
                .replace("(s)", "")
            )
            forms = translation.findall("numerusform")
            forms[0].text = singular
            forms[1].text = source.replace("(s)", "s")
        else:
            translation.text = source
        translation.attrib.pop("type", None)
    tree.write(path, encoding="utf-8", xml_declaration=True)


def lrelease(source: Path, target: Path) -> None:
    subprocess.run(
        [tool("pyside6-lrelease"), str(source), "-qm", str(target), "-silent"], check=True, cwd=ROOT
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--release", action="store_true", help="only compile .ts into .qm")
    args = parser.parse_args()
    I18N.mkdir(exist_ok=True)
    for lang in LANGUAGES:
        if not args.release:
            lupdate(lang, ts_file(lang))
            if lang == "en":
                fill_english(ts_file(lang))
        lrelease(ts_file(lang), ts_file(lang).with_suffix(".qm"))
        print(f"{ts_file(lang).name} -> {ts_file(lang).with_suffix('.qm').name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
