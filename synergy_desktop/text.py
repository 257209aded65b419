"""Translatable text for every layer, without Qt.

Write ``translate("Context", "Saved %1")`` with a literal context and source text so that
``pyside6-lupdate`` extracts it, then fill placeholders with :func:`arg`. Never format before
translating. Mark texts kept in tables with :func:`QT_TRANSLATE_NOOP` and translate them where
they are shown.

The layers below the window do not import Qt: the application (window or command line) installs
the function that really translates with :func:`install_translator`; until then texts stay in
English.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_PLACEHOLDER = re.compile(r"%(\d)")
Translator = Callable[[str, str, "str | None", int], str]
_translator: Translator | None = None


def install_translator(translator: Translator | None) -> None:
    """Route :func:`translate` through ``translator`` (None: back to the English source)."""
    global _translator
    _translator = translator


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    if _translator is not None:
        return _translator(context, source, disambiguation, n)
    return source.replace("%n", str(n)) if n >= 0 else source


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for extraction under ``context``; it is translated where it is shown."""
    return source


def arg(template: str, *values: object) -> str:
    """Replace %1..%9 in one pass (a value that contains "%2" is not expanded again)."""

    def fill(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if 0 <= index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(fill, template)
