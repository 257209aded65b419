"""The window's size on the screen it opens on: never larger than the space the screen offers.

On a laptop (1366×768, 1280×720) the window takes the available area, so the status bar with
"Saved" stays on screen; on larger screens it opens at a comfortable size, centred. A size
remembered from another, larger screen is shrunk to fit.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

PREFERRED = QSize(1280, 800)
#: Height kept for the title bar and frame the window manager adds around the window.
FRAME = QSize(16, 40)
#: Below this available height the history panel starts closed (it takes room from the answer).
SMALL_HEIGHT = 900


def initial_geometry(available: QRect, preferred: QSize = PREFERRED) -> QRect:
    """Where a new window goes on a screen whose free area (without task bars) is
    ``available``: the preferred size, or less, centred."""
    width = min(preferred.width(), available.width() - FRAME.width())
    height = min(preferred.height(), available.height() - FRAME.height())
    size = QSize(max(width, 320), max(height, 240))
    rect = QRect(0, 0, size.width(), size.height())
    rect.moveCenter(available.center())
    return rect


def available_area(widget: QWidget | None = None) -> QRect:
    screen = (widget.screen() if widget is not None else None) or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def is_small_screen(widget: QWidget | None = None) -> bool:
    return available_area(widget).height() < SMALL_HEIGHT


def place(window: QWidget, saved: object = None) -> None:
    """Size ``window`` for its screen; restore ``saved`` geometry, shrunk when it no longer fits."""
    full_screen = window.windowState() & Qt.WindowState.WindowFullScreen  # presenter mode
    available = available_area(window)
    window.setGeometry(initial_geometry(available))
    if saved is not None and window.restoreGeometry(saved):
        frame = window.frameGeometry()
        if frame.height() > available.height() or frame.width() > available.width():
            window.setGeometry(initial_geometry(available, window.size()))
    if full_screen:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowFullScreen)
