"""Switching the running application's language: translators, layout direction, locale."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from synergy_desktop.ui.shared.translations import RIGHT_TO_LEFT, install, uninstall


def switch(lang: str, current: list[QTranslator]) -> list[QTranslator]:
    """Replace the installed translators by those of ``lang``; Arabic lays out right to left."""
    direction = (
        Qt.LayoutDirection.RightToLeft if lang in RIGHT_TO_LEFT else Qt.LayoutDirection.LeftToRight
    )
    QApplication.setLayoutDirection(direction)
    uninstall(current)
    return install(lang)


def release(current: list[QTranslator]) -> None:
    """Give back what :func:`switch` changed for the whole application."""
    uninstall(current)
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    QLocale.setDefault(QLocale.system())
