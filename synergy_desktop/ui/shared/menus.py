"""Filling menus from lists of actions."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar


def add_items(menu: QMenu, items: Iterable[QAction | QMenu | None]) -> None:
    """Add actions and submenus in order; None is a separator."""
    for item in items:
        if item is None:
            menu.addSeparator()
        elif isinstance(item, QMenu):
            menu.addMenu(item)
        else:
            menu.addAction(item)


LRM = "\u200e"  # LEFT-TO-RIGHT MARK


def show_shortcuts(bar: QMenuBar) -> None:
    """In a right-to-left interface, write each shortcut into its menu entry between
    left-to-right marks, so "Ctrl++" does not read "++Ctrl" (Qt leaves an entry whose text has
    a tab alone); left to right, Qt shows the shortcuts itself."""
    rtl = QGuiApplication.isRightToLeft()
    for menu in _menus(bar):
        for action in menu.actions():
            text = action.text().split("\t")[0]
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            wanted = f"{text}\t{LRM}{keys}{LRM}" if rtl and keys else text
            if action.text() != wanted:
                action.setText(wanted)


def _menus(bar: QMenuBar) -> list[QMenu]:
    found, todo = [], [a.menu() for a in bar.actions() if a.menu() is not None]
    while todo:
        menu = todo.pop()
        found.append(menu)
        todo += [a.menu() for a in menu.actions() if a.menu() is not None]
    return found
