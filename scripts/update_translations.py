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
