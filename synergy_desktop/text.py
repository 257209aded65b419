"""Translatable text for every layer (QtCore only, no widgets).

Write ``translate("Context", "Saved %1")`` with a literal context and source text so that
``pyside6-lupdate`` extracts it, then fill placeholders with :func:`arg`. Never format before
translating.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

_PLACEHOLDER = re.compile(r"%(\d)")


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate(context, source, disambiguation, n)


def arg(template: str, *values: object) -> str:
    """Replace %1..%9 in one pass (a value that contains "%2" is not expanded again)."""

    def fill(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return str(values[index]) if 0 <= index < len(values) else match.group(0)

    return _PLACEHOLDER.sub(fill, template)
