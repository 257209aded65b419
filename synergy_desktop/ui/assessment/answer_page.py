"""The answer page of one option: what it asks, and the fields the team fills in."""

from __future__ import annotations

from datetime import date
from html import escape
from itertools import pairwise

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from synergy_desktop.content.reference import instruments
from synergy_desktop.domain.assessment import Answer
from synergy_desktop.domain.framework import Option
from synergy_desktop.domain.labels import (
    field_label,
    priority_label,
    rating_label,
    rating_meaning,
)
from synergy_desktop.domain.rating import Priority, Rating
from synergy_desktop.ui.assessment.option_text import describe_option
from synergy_desktop.ui.assessment.session import Session
from synergy_desktop.ui.shared.date_field import OptionalDate

RATING_ORDER = (
    Rating.NOT_STARTED,
    Rating.PLANNED,
    Rating.PARTLY,
    Rating.LARGELY,
    Rating.FULLY,
    Rating.NOT_APPLICABLE,
    Rating.NOT_DISCUSSED,
)


class _FocusOut(QObject):
    """Calls ``flush`` when a watched text box loses focus."""

    def __init__(self, flush) -> None:
        super().__init__()
        self.flush = flush

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.flush()
        return False


class AnswerPage(QWidget):
    previousRequested = Signal()
    nextRequested = Signal()

    def __init__(self, session: Session, lang: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.lang = lang
        self.option: Option | None = None
        self._loading = False
        # What the workspace shows, by evidence modules, language and day: it does not change
        # with the option or the round, only when the records do (the bus calls
        # refresh_evidence then).
        self._facts: dict[tuple, list[str]] = {}
        self._focus_out = _FocusOut(self.session.flush)
        self._build()
        session.fieldReplayed.connect(self._replayed)

    # -- construction ---------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("optionHeading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.evidence = QLabel()
        self.evidence.setObjectName("evidenceBox")
        self.evidence.setWordWrap(True)
        self.evidence.setTextFormat(Qt.TextFormat.RichText)
        self.evidence.setStyleSheet(
            "QLabel#evidenceBox { background: #eef4fb; color: #10253f; border: 1px solid "
            "#9db7d5; padding: 6px; }"
        )
        self.evidence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.evidence.hide()

        self.description = QTextBrowser()
        self.description.setOpenLinks(False)
        self.description.setAccessibleName(self.tr("Option description"))

        form = QWidget()
        self.form = QFormLayout(form)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._build_rating()
        self.priority = QComboBox()
        self.priority.currentIndexChanged.connect(
            lambda: self._stage("priority", self.priority.currentData(), now=True)
        )
        self._build_conventions()
        self.responsible = QLineEdit()
        self.responsible.textEdited.connect(lambda t: self._stage("responsible", t))
        self.responsible.editingFinished.connect(self.session.flush)
        self.texts: dict[str, QPlainTextEdit] = {}
        for name in ("evidence", "gaps", "next_steps"):
            box = QPlainTextEdit()
            box.setTabChangesFocus(True)
            box.setMinimumHeight(70)
            box.textChanged.connect(lambda n=name, b=box: self._stage(n, b.toPlainText()))
            box.installEventFilter(self._focus_out)
            self.texts[name] = box
        self._build_date()
        self.labels: dict[str, QLabel] = {}
        for name, widget in (
            ("rating", self.rating_box),
            ("priority", self.priority),
            ("conventions", self.conventions_box),
            ("responsible", self.responsible),
            ("evidence", self.texts["evidence"]),
            ("gaps", self.texts["gaps"]),
            ("next_steps", self.texts["next_steps"]),
            ("target_date", self.date_box),
        ):
            label = QLabel()
            label.setBuddy(widget)
            self.labels[name] = label
            self.form.addRow(label, widget)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.description)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.evidence)
        layout.addWidget(self.splitter, 1)
        self.retranslate()
        self._tab_order()

    def _build_rating(self) -> None:
        self.rating_box = QWidget()
        grid = QGridLayout(self.rating_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.rating_group = QButtonGroup(self)
        self.rating_buttons: dict[Rating, QRadioButton] = {}
        for position, rating in enumerate(RATING_ORDER):
            button = QRadioButton()
            self.rating_group.addButton(button, position)
            self.rating_buttons[rating] = button
            grid.addWidget(
                button, position % 5 if position < 5 else position - 5, 0 if position < 5 else 1
            )
        self.rating_meaning = QLabel()
        self.rating_meaning.setWordWrap(True)
        self.rating_meaning.setObjectName("ratingMeaning")
        grid.addWidget(self.rating_meaning, 2, 1, 3, 1, Qt.AlignmentFlag.AlignTop)
        self.rating_group.idToggled.connect(self._rating_toggled)

    def _build_conventions(self) -> None:
        self.conventions_box = QWidget()
        grid = QGridLayout(self.conventions_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.convention_checks: dict[str, QCheckBox] = {}
        for position, instrument in enumerate(instruments()):
            check = QCheckBox()
            check.toggled.connect(self._conventions_toggled)
            self.convention_checks[instrument.code] = check
            grid.addWidget(check, position // 4, position % 4)

    def _build_date(self) -> None:
        self.date_box = OptionalDate()
        self.date_box.changed.connect(lambda value: self._stage("target_date", value, now=True))

    def _tab_order(self) -> None:
        chain = [
            *self.rating_buttons.values(),
            self.priority,
            *self.convention_checks.values(),
            self.responsible,
            *self.texts.values(),
            self.date_box.check,
            self.date_box.edit,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def retranslate(self) -> None:
        for name, label in self.labels.items():
            label.setText(_mnemonic(field_label(name)))
        for rating, button in self.rating_buttons.items():
            button.setText(rating_label(rating))
            button.setToolTip(rating_meaning(rating))
            button.setAccessibleDescription(rating_meaning(rating))
        self._loading = True
        current = self.priority.currentData()
        self.priority.clear()
        self.priority.addItem(self.tr("(none)"), None)
        for priority in Priority:
            self.priority.addItem(priority_label(priority), priority)
        self.priority.setCurrentIndex(max(0, self.priority.findData(current)))
        self._loading = False
        for instrument in instruments():
            check = self.convention_checks[instrument.code]
            check.setText(instrument.short_name.get(self.lang))
            check.setToolTip(instrument.name.get(self.lang))
            check.setAccessibleName(instrument.name.get(self.lang))
        self.date_box.set_texts(self.tr("Set a target date"), field_label("target_date"))
        for name, box in self.texts.items():
            box.setAccessibleName(field_label(name))
        self.responsible.setAccessibleName(field_label("responsible"))
        self.priority.setAccessibleName(field_label("priority"))
        self.responsible.setPlaceholderText(self.tr("Ministry, agency or unit that leads"))
        self._show_meaning()
        if self.option is not None:
            self._describe()

    # -- showing an option ----------------------------------------------------------------

    def show_option(self, option: Option) -> None:
        if self.option is not None and self.option.id != option.id:
            self.session.flush()
        self.option = option
        self._describe()
        self.load(self.session.answer(option.id))
        self.set_read_only(self.session.read_only)

    def _describe(self) -> None:
        option = self.option
        area = self.session.framework.area(option.area_id)
        self.heading.setText(f"{option.id}  {option.title.get(self.lang)}")
        self.heading.setAccessibleName(self.heading.text())
        self.description.setHtml(describe_option(option, area, self.lang))
        self._show_evidence()

    def refresh_evidence(self) -> None:
        """Read again what the workspace holds about the option (its records changed)."""
        self._facts.clear()
        self._show_evidence()

    def _show_evidence(self) -> None:
        """What the workspace already holds about the option (register, committee…)."""
        if self.option is None:
            return
        key = (tuple(self.option.evidence), self.lang, date.today())
        facts = self._facts.get(key)
        if facts is None:
            facts = self._facts[key] = self.session.context.evidence(key[0], lang=self.lang)
        if not facts:
            self.evidence.hide()
            return
        title = escape(self.tr("What this workspace shows"))
        items = "".join(f"<li>{escape(fact)}</li>" for fact in facts)
        self.evidence.setText(f"<b>{title}</b><ul style='margin:0'>{items}</ul>")
        self.evidence.setAccessibleName(title)
        self.evidence.show()

    def load(self, answer: Answer) -> None:
        self._loading = True
        try:
            self.rating_buttons[answer.rating].setChecked(True)
            self.priority.setCurrentIndex(max(0, self.priority.findData(answer.priority)))
            for code, check in self.convention_checks.items():
                check.setChecked(code in answer.conventions)
            self.responsible.setText(answer.responsible)
            for name, box in self.texts.items():
                if box.toPlainText() != answer.value(name):
                    box.setPlainText(answer.value(name))
            self.date_box.set_value(answer.target_date, QDate.currentDate().addMonths(12))
            self._show_meaning()
        finally:
            self._loading = False

    def set_read_only(self, read_only: bool) -> None:
        for button in self.rating_buttons.values():
            button.setEnabled(not read_only)
        for check in self.convention_checks.values():
            check.setEnabled(not read_only)
        self.priority.setEnabled(not read_only)
        self.responsible.setReadOnly(read_only)
        for box in self.texts.values():
            box.setReadOnly(read_only)
        self.date_box.set_read_only(read_only)

    def focus_first_field(self) -> None:
        checked = self.rating_group.checkedButton()
        (checked or self.rating_buttons[Rating.NOT_STARTED]).setFocus(Qt.FocusReason.TabFocusReason)

    # -- edits ----------------------------------------------------------------------------

    def _stage(self, field: str, value: object, *, now: bool = False) -> None:
        """Hand an edit to the session; choices (``now``) are written at once, text after a
        pause in typing."""
        if not self._loading and self.option is not None:
            self.session.stage(self.option.id, field, value)
            if now:
                self.session.flush()

    def _rating_toggled(self, button_id: int, checked: bool) -> None:
        if checked:
            self._show_meaning()
            self._stage("rating", RATING_ORDER[button_id], now=True)

    def _show_meaning(self) -> None:
        button_id = self.rating_group.checkedId()
        rating = RATING_ORDER[button_id] if button_id >= 0 else Rating.NOT_DISCUSSED
        self.rating_meaning.setText(rating_meaning(rating))

    def _conventions_toggled(self) -> None:
        chosen = tuple(code for code, check in self.convention_checks.items() if check.isChecked())
        self._stage("conventions", chosen, now=True)

    def _replayed(self, option_id: str, field: str, value: object) -> None:
        if self.option is not None and option_id == self.option.id:
            self.load(self.session.answer(option_id))


def _mnemonic(label: str) -> str:
    return label if "&" in label else f"&{label}"
