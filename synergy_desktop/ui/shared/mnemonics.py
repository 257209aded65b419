"""Alt+letter mnemonics: read them from a window, and give labels letters nobody else uses.

A mnemonic is the letter after a single ``&`` in a menu title, button or label text. Two
mnemonics on the same letter in one window make Alt+letter ambiguous (Qt cycles between them
instead of acting), so labels built from translated field names get their letter here, chosen
among the letters the window does not use yet.
"""

from __future__ import annotations

import string
import unicodedata
from collections.abc import Iterable

from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenuBar,
    QToolBar,
    QWidget,
    QWidgetAction,
)


def mnemonic(text: str) -> str | None:
    """The mnemonic letter of ``text`` (lower case), or None."""
    index = 0
    while True:
        index = text.find("&", index)
        if index < 0 or index + 1 >= len(text):
            return None
        if text[index + 1] == "&":
            index += 2
            continue
        return text[index + 1].lower()


def plain(text: str) -> str:
    """``text`` without its mnemonic marker (``&&`` stays a literal ``&``)."""
    out, index = [], 0
    while index < len(text):
        if text[index] == "&" and index + 1 < len(text):
            out.append("&" if text[index + 1] == "&" else text[index + 1])
            index += 2
        elif text[index] == "&":
            index += 1
        else:
            out.append(text[index])
            index += 1
    return "".join(out)


def texts_with_mnemonics(window: QWidget, skip: QWidget | None = None) -> list[str]:
    """The texts that carry a mnemonic in ``window``: menu titles, and the labels (with a
    buddy), buttons and group boxes shown in it (and in its tool bars), except those inside
    ``skip``."""
    texts = []
    bars = [window.menuBar()] if isinstance(window, QMainWindow) else []
    bars += [bar for bar in window.findChildren(QMenuBar) if bar not in bars]
    for bar in bars:
        texts += [action.text() for action in bar.actions() if action.isVisible()]
    for bar in window.findChildren(QToolBar):  # laid out (and shown) only later
        for action in bar.actions():
            widget = action.defaultWidget() if isinstance(action, QWidgetAction) else None
            if widget is not None and not _inside(widget, skip):
                texts += _texts(widget)
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or _inside(widget, skip) or _in_tool_bar(widget):
            continue
        texts += _texts(widget)
    return [text for text in texts if mnemonic(text)]


def _texts(widget: QWidget) -> list[str]:
    if isinstance(widget, QLabel) and widget.buddy() is not None:
        return [widget.text()]
    if isinstance(widget, QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QGroupBox):
        return [widget.title()]
    return []


def used_letters(window: QWidget, skip: QWidget | None = None) -> set[str]:
    return {mnemonic(text) for text in texts_with_mnemonics(window, skip)} - {None}


def assign(texts: Iterable[str], taken: set[str]) -> list[str]:
    """``texts`` (without markers) each with a mnemonic on a letter not in ``taken`` and not
    used by another of them: the start of a word where possible, else another of its letters,
    else an added ``(&X)`` as Chinese and Japanese interfaces do."""
    texts = list(texts)
    choices = [_candidates(text, taken) for text in texts]
    owner: dict[str, int] = {}  # letter -> index of the text that has it
    for index in range(len(texts)):
        _augment(index, choices, owner, set())
    picked: list[tuple[int, str] | None] = [None] * len(texts)
    for letter, index in owner.items():
        picked[index] = next(c for c in choices[index] if c[1] == letter)
    spare = [c for c in string.ascii_lowercase if c not in taken and c not in owner]
    for index, pick in enumerate(picked):
        if pick is None and spare:
            picked[index] = (-1, spare.pop(0))
    return [_mark(text, pick) for text, pick in zip(texts, picked, strict=True)]


def _candidates(text: str, taken: set[str]) -> list[tuple[int, str]]:
    """(position, letter) pairs of ``text`` in the order of preference (word starts first)."""
    starts, others, seen = [], [], set()
    for index, char in enumerate(text):
        letter = char.lower()
        if not _typable(char) or letter in taken or letter in seen:
            continue
        seen.add(letter)
        at_start = index == 0 or not text[index - 1].isalnum()
        (starts if at_start else others).append((index, letter))
    return starts + others


def _augment(index: int, choices: list, owner: dict[str, int], visited: set[str]) -> bool:
    """Kuhn's augmenting path: give text ``index`` a letter, moving others if needed."""
    for _, letter in choices[index]:  # a free letter first, in the order of preference
        if letter not in owner:
            owner[letter] = index
            return True
    for _, letter in choices[index]:  # else move a text that can take another letter
        if letter in visited:
            continue
        visited.add(letter)
        if _augment(owner[letter], choices, owner, visited):
            owner[letter] = index
            return True
    return False


def _mark(text: str, pick: tuple[int, str] | None) -> str:
    escaped = [("&&" if char == "&" else char) for char in text]
    if pick is None:
        return "".join(escaped)
    index, letter = pick
    if index < 0:
        wide = text and unicodedata.east_asian_width(text[-1]) in "WF"
        return "".join(escaped) + ("" if wide else " ") + f"(&{letter.upper()})"
    escaped[index] = "&" + text[index]
    return "".join(escaped)


def _typable(char: str) -> bool:
    """A letter people type with Alt on their keyboard (not an ideograph or kana)."""
    return char.isalpha() and unicodedata.east_asian_width(char) not in "WF"


def _in_tool_bar(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QToolBar):
            return True
        parent = parent.parentWidget()
    return False


def _inside(widget: QWidget, ancestor: QWidget | None) -> bool:
    while widget is not None and ancestor is not None:
        if widget is ancestor:
            return True
        widget = widget.parentWidget()
    return False
