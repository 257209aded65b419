"""The rating of an option: seven radio buttons that behave as one field for the keyboard.

Tab lands on the chosen rating (the only button in the Tab chain), so Space never overwrites
it; the arrow keys move through the ratings in their order (0 to 4, n/a, not discussed) and
choose as they go (after the last comes the first); the digits 0–4 choose a rating directly.
The field label's mnemonic reaches the chosen rating too (the widget's focus proxy).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QRadioButton, QWidget

from synergy_desktop.domain.labels import rating_label, rating_meaning
from synergy_desktop.domain.rating import Rating

RATING_ORDER = (
    Rating.NOT_STARTED,
    Rating.PLANNED,
    Rating.PARTLY,
    Rating.LARGELY,
    Rating.FULLY,
    Rating.NOT_APPLICABLE,
    Rating.NOT_DISCUSSED,
)
_ROWS = 4  # 0–3 in the first column; 4, n/a and "not discussed" in the second
_NEXT = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Left: -1}
_DIGITS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(5)}


class RatingChoice(QWidget):
    chosen = Signal(object)  # the Rating the user chose

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        self.group = QButtonGroup(self)
        self.buttons: dict[Rating, QRadioButton] = {}
        for position, rating in enumerate(RATING_ORDER):
            button = QRadioButton()
            button.installEventFilter(self)
            self.group.addButton(button, position)
            self.buttons[rating] = button
            grid.addWidget(button, position % _ROWS, position // _ROWS)
        self.meaning = QLabel()
        self.meaning.setWordWrap(True)
        self.meaning.setObjectName("ratingMeaning")
        grid.addWidget(self.meaning, _ROWS, 0, 1, 2)  # under the buttons, on its own line
        grid.setColumnStretch(1, 1)
        self.group.idToggled.connect(self._toggled)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # for the label's Alt+letter (a proxy)
        self._follow_choice()

    def retranslate(self) -> None:
        for rating, button in self.buttons.items():
            button.setText(rating_label(rating))
            button.setToolTip(rating_meaning(rating))
            button.setAccessibleDescription(rating_meaning(rating))
        self._show_meaning()

    def value(self) -> Rating | None:
        position = self.group.checkedId()
        return RATING_ORDER[position] if position >= 0 else None

    def set_value(self, rating: Rating) -> None:
        """Show ``rating`` without reporting it as the user's choice."""
        had_focus = any(button.hasFocus() for button in self.buttons.values())
        blocked = self.group.blockSignals(True)
        self.buttons[rating].setChecked(True)
        self.group.blockSignals(blocked)
        self._follow_choice()
        self._show_meaning()
        if had_focus:  # the focus follows to the new option's rating, so Space keeps it
            self.buttons[rating].setFocus(Qt.FocusReason.OtherFocusReason)

    def set_enabled(self, enabled: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(enabled)

    def focus_chosen(self) -> None:
        self.focusProxy().setFocus(Qt.FocusReason.TabFocusReason)

    # -- keyboard -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and watched in self.buttons.values():
            return self._key(watched, event)
        return False

    def _key(self, button: QRadioButton, event: QKeyEvent) -> bool:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers != Qt.KeyboardModifier.NoModifier:
            return False  # Alt+Down and the like belong to the window
        key = event.key()
        if key in _DIGITS:
            self._choose(RATING_ORDER[_DIGITS[key]])
            return True
        if key not in _NEXT:
            return False
        step = _NEXT[key]
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self.isRightToLeft():
            step = -step
        position = (self.group.id(button) + step) % len(RATING_ORDER)  # round, as radio groups do
        self._choose(RATING_ORDER[position])
        return True

    def _choose(self, rating: Rating) -> None:
        button = self.buttons[rating]
        if button.isEnabled():
            button.setFocus(Qt.FocusReason.OtherFocusReason)
            button.setChecked(True)  # toggled -> chosen

    # -- state ----------------------------------------------------------------------------

    def _toggled(self, position: int, checked: bool) -> None:
        if checked:
            self._follow_choice()
            self._show_meaning()
            self.chosen.emit(RATING_ORDER[position])

    def _follow_choice(self) -> None:
        """Only the chosen button is a Tab stop, and the widget's focus goes to it."""
        chosen = self.group.checkedButton() or self.buttons[RATING_ORDER[0]]
        for button in self.buttons.values():
            button.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus if button is chosen else Qt.FocusPolicy.ClickFocus
            )
        self.setFocusProxy(chosen)

    def _show_meaning(self) -> None:
        self.meaning.setText(rating_meaning(self.value() or Rating.NOT_DISCUSSED))
        self._fit_meaning()

    def _fit_meaning(self) -> None:
        """As tall as the wrapped meaning at its width, so a form that is short of room
        scrolls rather than cut it."""
        width = self.width()  # the meaning spans the whole widget
        if width > 0:
            bounds = QRect(0, 0, width, 10_000)
            text = self.meaning.fontMetrics().boundingRect(
                bounds, Qt.TextFlag.TextWordWrap, self.meaning.text()
            )
            self.meaning.setMinimumHeight(text.height() + 2)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_meaning()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_meaning()
