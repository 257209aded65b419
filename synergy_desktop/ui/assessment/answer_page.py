"""The answer page of one option: what it asks, and the fields the team fills in.

The option's text sits in a collapsible panel beside the form, so on a 1280×720 laptop every
field of the form shows at once and nothing scrolls inside something else that scrolls.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from PySide6.QtCore import QDate, QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from synergy_desktop.domain.assessment import Answer
from synergy_desktop.domain.framework import Option
from synergy_desktop.domain.labels import field_label, priority_label
from synergy_desktop.domain.rating import Priority
from synergy_desktop.ui.assessment.conventions_list import ConventionsList, ConventionsModel
from synergy_desktop.ui.assessment.option_text import OptionTextPanel, describe_option
from synergy_desktop.ui.assessment.rating_choice import RATING_ORDER, RatingChoice
from synergy_desktop.ui.assessment.session import Session
from synergy_desktop.ui.shared import mnemonics
from synergy_desktop.ui.shared.date_field import OptionalDate
from synergy_desktop.ui.shared.headings import follow_layout_direction

__all__ = ["RATING_ORDER", "AnswerPage"]
FIELDS = (
    "rating",
    "priority",
    "conventions",
    "responsible",
    "evidence",
    "gaps",
    "next_steps",
    "target_date",
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


class _MinimumHeight(QWidget):
    """Holds the form so the scroll area sees its minimum height only: the wrapped labels'
    height-for-width would otherwise make it ask every text box for its preferred height and
    scroll a form that fits."""

    def __init__(self, inner: QWidget) -> None:
        super().__init__()
        self.inner = inner
        inner.setParent(self)

    def minimumSizeHint(self) -> QSize:
        return self.inner.minimumSizeHint()

    def sizeHint(self) -> QSize:
        return self.inner.minimumSizeHint()

    def resizeEvent(self, event) -> None:
        self.inner.setGeometry(self.rect())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()
        return super().event(event)


class _FormScroll(QScrollArea):
    """Scrolls the form up and down only; it is never narrower than the form."""

    def __init__(self) -> None:
        super().__init__()
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def minimumSizeHint(self) -> QSize:
        inner = self.widget().minimumSizeHint() if self.widget() is not None else QSize()
        bar = self.verticalScrollBar().sizeHint().width()
        width = inner.width() + bar + 2 * self.frameWidth()
        return QSize(width, super().minimumSizeHint().height())


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
        session.answersRefreshed.connect(self._refreshed)

    # -- construction ---------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("optionHeading")
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)  # follows Ctrl++ (ui.shared.fonts)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        follow_layout_direction(self.heading)
        self.guide_button = QToolButton()
        self.guide_button.setObjectName("guideToggle")
        self.guide_button.setCheckable(True)
        self.guide_button.setChecked(True)
        self.guide_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.guide_button.toggled.connect(self.show_guide)

        self.guide = self.description = OptionTextPanel()

        form = QWidget()
        form.setObjectName("answerForm")
        self.form = QFormLayout(form)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # labels above
        # their fields when the form is narrow (large text), rather than squeezing the guide
        self.form.setVerticalSpacing(6)
        self.rating = RatingChoice()
        self.rating.chosen.connect(lambda rating: self._stage("rating", rating, now=True))
        self.rating_buttons = self.rating.buttons
        self.rating_group = self.rating.group
        self.priority = QComboBox()
        self.priority.currentIndexChanged.connect(
            lambda: self._stage("priority", self.priority.currentData(), now=True)
        )
        self.conventions_model = ConventionsModel(self.lang)
        self.conventions_model.toggled.connect(
            lambda: self._stage("conventions", self.conventions_model.codes(), now=True)
        )
        self.conventions = ConventionsList(self.conventions_model)
        self.conventions.setObjectName("conventionsList")
        self.responsible = QLineEdit()
        self.responsible.textEdited.connect(lambda t: self._stage("responsible", t))
        self.responsible.editingFinished.connect(self.session.flush)
        self.texts: dict[str, QPlainTextEdit] = {}
        for name in ("evidence", "gaps", "next_steps"):
            box = QPlainTextEdit()
            box.setObjectName(name)
            box.setTabChangesFocus(True)
            box.setMinimumHeight(self._lines(2))
            box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            box.textChanged.connect(lambda n=name, b=box: self._stage(n, b.toPlainText()))
            box.installEventFilter(self._focus_out)
            self.texts[name] = box
        self.date_box = OptionalDate()
        self.date_box.changed.connect(lambda value: self._stage("target_date", value, now=True))
        widgets = {
            "rating": self.rating,
            "priority": self.priority,
            "conventions": self.conventions,
            "responsible": self.responsible,
            **self.texts,
            "target_date": self.date_box,
        }
        self.labels: dict[str, QLabel] = {}
        for name in FIELDS:
            label = QLabel()
            label.setBuddy(widgets[name])
            self.labels[name] = label
            self.form.addRow(label, widgets[name])
        self.form_scroll = _FormScroll()
        self.form_scroll.setObjectName("answerFormScroll")
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.form_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.form_scroll.setWidget(_MinimumHeight(form))

        self.body = QSplitter(Qt.Orientation.Horizontal)
        self.body.setObjectName("answerBody")
        self.body.addWidget(self.guide)
        self.body.addWidget(self.form_scroll)
        self.body.setStretchFactor(0, 1)
        self.body.setStretchFactor(1, 2)
        self.body.setSizes([330, 620])
        self.body.setCollapsible(1, False)
        self.body.splitterMoved.connect(self._guide_moved)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.guide_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.body, 1)
        self.retranslate()
        self._tab_order()

    def _lines(self, count: int) -> int:
        return self.fontMetrics().lineSpacing() * count + 10  # the frame and margins

    def _tab_order(self) -> None:
        chain = [
            *self.rating_buttons.values(),
            self.priority,
            self.conventions,
            self.responsible,
            *self.texts.values(),
            self.date_box.check,
            self.date_box.edit,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def retranslate(self) -> None:
        self.rating.retranslate()
        self._loading = True
        current = self.priority.currentData()
        self.priority.clear()
        self.priority.addItem(self.tr("(none)"), None)
        for priority in Priority:
            self.priority.addItem(priority_label(priority), priority)
        self.priority.setCurrentIndex(max(0, self.priority.findData(current)))
        self._loading = False
        self.conventions_model.set_language(self.lang)
        self.date_box.set_texts(self.tr("Set a target date"), field_label("target_date"))
        for name, box in self.texts.items():
            box.setAccessibleName(field_label(name))
        self.rating.setAccessibleName(field_label("rating"))
        self.conventions.setAccessibleName(field_label("conventions"))
        self.responsible.setAccessibleName(field_label("responsible"))
        self.priority.setAccessibleName(field_label("priority"))
        self.description.setAccessibleName(self.tr("Option description"))
        self.responsible.setPlaceholderText(self.tr("Ministry, agency or unit that leads"))
        self.guide_button.setToolTip(self.tr("Show or hide the option's text and guidance"))
        self.assign_mnemonics()
        if self.option is not None:
            self._describe()

    def assign_mnemonics(self) -> None:
        """Alt+letter for each field, on letters the window's menus and buttons leave free."""
        names = list(self.labels)
        texts = [field_label(name) for name in names] + [self.tr("Guidance")]
        marked = mnemonics.assign(texts, mnemonics.used_letters(self.window(), skip=self))
        for name, text in zip(names, marked, strict=False):
            self.labels[name].setText(text)
        self.guide_button.setText(marked[-1])

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # Ctrl++, presenter mode
            for box in self.texts.values():
                box.setMinimumHeight(self._lines(2))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.assign_mnemonics()  # the window around the page is known now

    # -- the option's text beside the form ------------------------------------------------

    def show_guide(self, shown: bool) -> None:
        """Open or close the panel with the option's text (the form takes the room)."""
        self.guide.setVisible(shown)
        if self.guide_button.isChecked() != shown:
            self.guide_button.setChecked(shown)

    def _guide_moved(self, *_args) -> None:
        if self.body.sizes()[0] == 0 and self.guide_button.isChecked():
            self.guide_button.setChecked(False)

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
        title = option.title.get(self.lang)
        self.heading.setText(f"{option.id}  {title}")
        self.heading.setAccessibleName(self.heading.text())
        self.heading.setToolTip(title)
        self._show_evidence()

    def refresh_evidence(self) -> None:
        """Read again what the workspace holds about the option (its records changed)."""
        self._facts.clear()
        self._show_evidence()

    def _show_evidence(self) -> None:
        """The option's text with what the workspace already holds about it (register,
        committee…) on top; read once per option and day until something changes."""
        if self.option is None:
            return
        option = self.option
        key = (tuple(option.evidence), self.lang, date.today())
        facts = self._facts.get(key)
        if facts is None:
            facts = self._facts[key] = self.session.context.evidence(key[0], lang=self.lang)
        area = self.session.framework.area(option.area_id)
        title = self.tr("What this workspace shows")
        self.guide.show_option(option.id, describe_option(option, area, self.lang, title, facts))

    def load(self, answer: Answer) -> None:
        self._loading = True
        try:
            self.rating.set_value(answer.rating)
            self.priority.setCurrentIndex(max(0, self.priority.findData(answer.priority)))
            self.conventions_model.set_codes(answer.conventions)
            self.responsible.setText(answer.responsible)
            self.responsible.setCursorPosition(0)  # the start of a long name shows
            for name, box in self.texts.items():
                if box.toPlainText() != answer.value(name):
                    box.setPlainText(answer.value(name))
            self.date_box.set_value(answer.target_date, QDate.currentDate().addMonths(12))
        finally:
            self._loading = False

    def set_read_only(self, read_only: bool) -> None:
        self.rating.set_enabled(not read_only)
        self.conventions_model.editable = not read_only
        self.priority.setEnabled(not read_only)
        self.responsible.setReadOnly(read_only)
        for box in self.texts.values():
            box.setReadOnly(read_only)
        self.date_box.set_read_only(read_only)

    def focus_first_field(self) -> None:
        self.rating.focus_chosen()

    def focus_field(self, name: str, start: int = -1, length: int = 0, match: str = "") -> None:
        """Put the cursor in field ``name`` and select ``length`` characters from ``start``
        (positions in Python characters); in the option's text, select ``match``."""
        if name in ("title", "text", "guidance", "questions", "basis"):
            self.show_guide(True)
            self.description.moveCursor(QTextCursor.MoveOperation.Start)
            if match:
                self.description.find(match)
            self.description.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        label = self.labels.get(name)
        widget = self.texts.get(name) or (label.buddy() if label is not None else None)
        if widget is None:
            return
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(widget, QPlainTextEdit) and start >= 0:
            text = widget.toPlainText()
            cursor = widget.textCursor()
            cursor.setPosition(_utf16(text, start))
            cursor.setPosition(_utf16(text, start + length), QTextCursor.MoveMode.KeepAnchor)
            widget.setTextCursor(cursor)
            widget.ensureCursorVisible()
        elif isinstance(widget, QLineEdit) and start >= 0:
            text = widget.text()
            begin = _utf16(text, start)
            widget.setSelection(begin, _utf16(text, start + length) - begin)

    # -- edits ----------------------------------------------------------------------------

    def _stage(self, field: str, value: object, *, now: bool = False) -> None:
        """Hand an edit to the session; choices (``now``) are written at once, text after a
        pause in typing."""
        if not self._loading and self.option is not None:
            self.session.stage(self.option.id, field, value)
            if now:
                self.session.flush()

    def _refreshed(self, option_ids: list[str]) -> None:
        """Others saved these options; what is typed here stays (staged values are on top)."""
        if self.option is not None and self.option.id in option_ids:
            self.load(self.session.answer(self.option.id))

    def _replayed(self, option_id: str, field: str, value: object) -> None:
        if self.option is not None and option_id == self.option.id:
            self.load(self.session.answer(option_id))


def _utf16(text: str, index: int) -> int:
    """A position in Python characters as Qt counts it (UTF-16 code units)."""
    return len(text[:index].encode("utf-16-le")) // 2
