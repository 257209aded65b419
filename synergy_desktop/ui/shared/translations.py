"""Interface languages: Qt Linguist translations (.qm) for the app and for Qt itself.

QtCore only, so the command line can write exports in any language too. The window installs
them through :func:`install` and switches live; ``SYNERGY_PSEUDO=1`` replaces every language by
a pseudo-localisation that lengthens and marks each string, to find clipped or untranslated text.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from synergy_desktop import text
from synergy_desktop.paths import translations_dir

# Every layer translates through this hook; Qt's translators do the work once the UI is loaded.
text.install_translator(QCoreApplication.translate)

#: Codes and native names of the six UN languages, in the order the menu shows them.
LANGUAGES = {
    "en": "English",
    "zh_CN": "中文",
    "fr": "Français",
    "es": "Español",
    "ar": "العربية",
    "ru": "Русский",
}
RIGHT_TO_LEFT = {"ar"}
_PLACEHOLDER = re.compile(r"(%\d|%n|<[^>]+>|&\w+;|\n)")
_ACCENTS = str.maketrans("aeiouAEIOUcnsyCNSY", "àéîõüÀÉÎÕÜçñšýÇÑŠÝ")


def qm_file(lang: str) -> str:
    return str(translations_dir() / f"synergy_desktop_{lang}.qm")


def system_language() -> str:
    """The user's system language when it is one of the six, else English."""
    name = QLocale.system().name()  # e.g. "fr_FR", "zh_CN"
    if name in LANGUAGES:
        return name
    base = name.split("_")[0]
    if base == "zh":
        return "zh_CN"
    return base if base in LANGUAGES else "en"


def locale_for(lang: str) -> QLocale:
    return QLocale(
        lang
        if "_" in lang
        else {"en": "en_GB", "fr": "fr_FR", "es": "es_ES", "ar": "ar_EG", "ru": "ru_RU"}.get(
            lang, lang
        )
    )


class PseudoTranslator(QTranslator):
    """Makes every string longer and marks it, keeping placeholders and markup intact."""

    def translate(self, context, source, disambiguation=None, n=-1):
        if not source:
            return source
        parts = _PLACEHOLDER.split(source)
        out = []
        for part in parts:
            if _PLACEHOLDER.fullmatch(part):
                out.append(part)
            else:
                out.append(part.translate(_ACCENTS))
        text = "".join(out)
        return f"⟦{text}{'~' * max(2, len(source) // 3)}⟧"

    def isEmpty(self) -> bool:
        return False


def install(lang: str) -> list[QTranslator]:
    """Install the translators for ``lang`` on the running application; return them (the
    caller keeps them alive and passes them to :func:`uninstall` on the next switch)."""
    app = QCoreApplication.instance()
    if app is None:
        app = QCoreApplication([])
    QLocale.setDefault(locale_for(lang))
    text.set_digits(locale_for(lang).zeroDigit())  # numbers in texts like the dates Qt writes
    installed: list[QTranslator] = []
    if os.environ.get("SYNERGY_PSEUDO") == "1":
        pseudo = PseudoTranslator(app)
        app.installTranslator(pseudo)
        return [pseudo]
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if lang != "en" and qt.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    ours = QTranslator(app)
    if ours.load(qm_file(lang)):
        app.installTranslator(ours)
        installed.append(ours)
    return installed


def uninstall(translators: list[QTranslator]) -> None:
    app = QCoreApplication.instance()
    for translator in translators:
        app.removeTranslator(translator)
    text.set_digits()


@contextmanager
def language(lang: str) -> Iterator[None]:
    """Texts in ``lang`` for the duration of the block (the command line's exports)."""
    zero = text.zero_digit()
    translators = install(lang)
    try:
        yield
    finally:
        uninstall(translators)
        text.set_digits(zero)
