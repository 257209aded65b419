"""View > Presenter mode (F11) and View > High contrast, for the meeting room and for low vision.

Presenter mode shows the window full screen with all text half as large again (headings and
chart text too, since they follow the application's text size), a thick focus ring and the
history panel closed. The high-contrast theme follows the system's contrast setting until the
user chooses; both choices are remembered.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QWidget

from synergy_desktop.text import translate
from synergy_desktop.ui.assessment.assessment_view import AssessmentView
from synergy_desktop.ui.shared import fonts, theme
from synergy_desktop.ui.shared.settings import Settings
from synergy_desktop.ui.shared.workspace_holder import WorkspaceHolder
from synergy_desktop.ui.window.extensions import MenuSlots

PRESENTER_SCALE = 1.5
MESSAGE_DELAY_MS = 300
TREE_SHARE = 0.22  # of the window's width, for the list of options in presenter mode


class PresenterMode(QObject):
    """The presenter and contrast state of one window."""

    def __init__(self, window: QWidget, holder: WorkspaceHolder, settings: Settings) -> None:
        super().__init__(window)
        self.setObjectName("presenterMode")
        self.window = window
        self.holder = holder
        self.settings = settings
        self.active = False
        self._state_before = Qt.WindowState.WindowNoState
        self._history_before = False
        self.presenter = QAction(window, checkable=True)
        self.presenter.setObjectName("presenterModeAction")
        shortcuts = QKeySequence.keyBindings(QKeySequence.StandardKey.FullScreen)
        if QKeySequence("F11") not in shortcuts:
            shortcuts.insert(0, QKeySequence("F11"))
        self.presenter.setShortcuts(shortcuts)
        self.presenter.toggled.connect(self.set_presenter)
        self.contrast = QAction(window, checkable=True)
        self.contrast.setObjectName("highContrastAction")
        self.contrast.triggered.connect(self._contrast_chosen)
        for action in (self.presenter, self.contrast):
            window.addAction(action)
        hints = QGuiApplication.styleHints()
        accessibility = getattr(hints, "accessibility", None)
        if accessibility is not None:
            accessibility().contrastPreferenceChanged.connect(self._system_changed)
        hints.colorSchemeChanged.connect(self._system_changed)
        holder.attached.connect(self._fit_walkthrough)  # a workspace opened in presenter mode

    # -- presenter mode -------------------------------------------------------------------

    def set_presenter(self, on: bool) -> None:
        """Enter or leave presenter mode (remembered for the next start)."""
        if on == self.active:
            return
        self.active = on
        self.settings.presenter = on
        if self.presenter.isChecked() != on:
            self.presenter.setChecked(on)
        history = self.window.findChild(QAction, "historyPanel")
        if on:
            self._state_before = self.window.windowState()
            self._history_before = history is not None and history.isChecked()
            self.window.setWindowState(Qt.WindowState.WindowFullScreen)
            if history is not None and history.isChecked():
                history.trigger()  # unchecks it and closes the panel
        else:
            self.window.setWindowState(self._state_before & ~Qt.WindowState.WindowFullScreen)
            if history is not None and self._history_before and not history.isChecked():
                history.trigger()
        fonts.set_scale(PRESENTER_SCALE if on else 1.0, self.settings.font_delta)
        self.apply_theme()
        self._fit_walkthrough()
        if on:  # once the larger text is laid out (a status bar message shown before a
            # change of text size lets the bar's other widgets show through it)
            QTimer.singleShot(MESSAGE_DELAY_MS, self, self._say_how_to_leave)

    def _fit_walkthrough(self, *_args) -> None:
        """In presenter mode the list of options gives room to the option and its answer."""
        for view in self.window.findChildren(AssessmentView):
            sizes = view.splitter.sizes()
            total = sum(sizes)
            if self.active and total and view.property("sizesBefore") is None:
                view.setProperty("sizesBefore", sizes)
                tree = int(total * TREE_SHARE)
                view.splitter.setSizes([tree, total - tree])
            elif not self.active and view.property("sizesBefore") is not None:
                view.splitter.setSizes(view.property("sizesBefore"))
                view.setProperty("sizesBefore", None)

    def _say_how_to_leave(self) -> None:
        if self.active:
            self.holder.message.emit(
                translate("Presenter", "Presenter mode: press F11 to leave it."), 5000
            )

    # -- contrast -------------------------------------------------------------------------

    def high_contrast(self) -> bool:
        chosen = self.settings.high_contrast
        return chosen == "on" if chosen else theme.system_prefers_high_contrast()

    def _contrast_chosen(self, on: bool) -> None:
        self.settings.high_contrast = "on" if on else "off"
        self.apply_theme()

    def _system_changed(self, *_args) -> None:
        self.apply_theme()

    def apply_theme(self) -> None:
        high = self.high_contrast()
        self.contrast.setChecked(high)
        theme.apply_theme(high_contrast=high, focus_ring=self.active)


def install(menus: MenuSlots, holder: WorkspaceHolder, settings: Settings, parent: QWidget):
    mode = PresenterMode(parent, holder, settings)
    menus.add(
        "view", "text", mode.presenter, text=lambda: translate("Presenter", "&Presenter mode")
    )
    menus.add("view", "text", mode.contrast, text=lambda: translate("Presenter", "High con&trast"))
    if settings.presenter:
        mode.set_presenter(True)  # full screen from the start, as it was left
    else:
        fonts.set_scale(1.0, settings.font_delta)
        mode.apply_theme()
