"""Filling menus from lists of actions."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu


def add_items(menu: QMenu, items: Iterable[QAction | QMenu | None]) -> None:
    """Add actions and submenus in order; None is a separator."""
    for item in items:
        if item is None:
            menu.addSeparator()
        elif isinstance(item, QMenu):
            menu.addMenu(item)
        else:
            menu.addAction(item)
