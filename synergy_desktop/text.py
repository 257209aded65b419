"""Translatable text for every layer, without Qt.

Write ``translate("Context", "Saved %1")`` with a literal context and source text so that
``pyside6-lupdate`` extracts it, then fill placeholders with :func:`arg`. Never format before
translating. Mark texts kept in tables with :func:`QT_TRANSLATE_NOOP` and translate them where
they are shown.

The layers below the window do not import Qt: the application (window or command line) installs
the function that really translates with :func:`install_translator`; until then texts stay in
English. Numbers put into a text (``arg`` with an int, the ``%n`` of a plural) are written with
the digits of the interface language (:func:`set_digits`), like the dates Qt writes, so that one
line never mixes Arabic-Indic and Western digits.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_PLACEHOLDER = re.compile(r"%(\d)")
Translator = Callable[[str, str, "str | None", int], str]
_translator: Translator | None = None
_zero = "0"
_digits: dict[int, int] | None = None


def set_digits(zero: str = "0") -> None:
    """Write numbers with the ten digits that start at ``zero`` ("0", or "٠" in Arabic)."""
    global _zero, _digits
    _zero = zero
    _digits = None if zero == "0" else {ord("0") + i: ord(zero) + i for i in range(10)}


def zero_digit() -> str:
    return _zero


def number(value: int) -> str:
    """An integer in the digits of the interface language."""
    text = str(value)
    return text.translate(_digits) if _digits else text


def install_translator(translator: Translator | None) -> None:
    """Route :func:`translate` through ``translator`` (None: back to the English source)."""
    global _translator
    _translator = translator


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    if _translator is not None:
        text = _translator(context, source, disambiguation, n)
    else:
        text = source.replace("%n", str(n)) if n >= 0 else source
    if n >= 0 and _digits:  # the translator wrote the count of a plural in Western digits
        text = re.sub(rf"(?<![0-9]){n}(?![0-9])", number(n), text)
    return text


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for extraction under ``context``; it is translated where it is shown."""
    return source


def arg(template: str, *values: object) -> str:
    """Replace %1..%9 in one pass (a value that contains "%2" is not expanded again)."""

    def fill(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        if not 0 <= index < len(values):
            return match.group(0)
        value = values[index]
        return number(value) if type(value) is int else str(value)

    return _PLACEHOLDER.sub(fill, template)
