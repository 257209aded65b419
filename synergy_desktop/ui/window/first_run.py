"""The first-run guide of a new workspace: the country, the treaties it is Party to, the language,
who is typing, and the first round — one page, then the workspace opens ready to answer.

Everything is written through the workspace context: the country profile (the treaties left
unticked are its ``excluded_instruments``, editable later in File > Country profile), the
reporting calendar seeded from today, and the first round. Cancel leaves a valid workspace with
only the calendar, and the pages then say what to do next.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from synergy_desktop.content.reference import instruments
from synergy_desktop.domain.country import Country
from synergy_desktop.services.context import WorkspaceContext
from synergy_desktop.services.errors import ServiceError
from synergy_desktop.text import arg, translate
from synergy_desktop.ui.shared.headings import follow_layout_direction
from synergy_desktop.ui.shared.settings import Settings
from synergy_desktop.ui.shared.translations import LANGUAGES
from synergy_desktop.ui.shared.workspace_holder import WorkspaceHolder

#: Instrument families ticked at first: every convention and protocol, and the GEF, which
#: nearly every country takes part in. The team unticks what the country has not joined.
PRE_TICKED = ("biodiversity", "rio", "finance")
COLUMNS = 3
MIN_WIDTH = 600


@dataclass(frozen=True)
class FirstSteps:
    country: Country
    language: str
    author: str
    round_title: str = ""  # empty: no round yet


def set_up(context: WorkspaceContext, steps: FirstSteps | None, today: date | None = None):
    """Write the choices: the country, then the calendar from ``today`` (so that treaties not
    joined stay out of it), then the first round. ``steps`` None (the guide was cancelled)
    seeds the calendar only. Returns the new round, or None."""
    today = today or date.today()
    if steps is not None:
        context.save_country(steps.country)
    context.reporting().ensure_seeded(today=today)
    if steps is None or not steps.round_title.strip():
        return None
    return context.assessments.create(
        steps.round_title, period=str(today.year), author=steps.author
    )


class FirstRunDialog(QDialog):
    languageChosen = Signal(str)  # the window switches the whole interface

    def __init__(
        self, parent: QWidget | None, lang: str = "en", author: str = "", today: date | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstRun")
        self.lang = lang
        self.year = (today or date.today()).year
        self.heading = follow_layout_direction(QLabel())
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.intro = QLabel()
        self.intro.setWordWrap(True)

        self.name = QLineEdit()
        self.short_name = QLineEdit()
        self.iso3 = QLineEdit()
        self.iso3.setMaxLength(3)
        self.iso3.setValidator(QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,3}")))
        self.author = QLineEdit(author)
        self.language = QComboBox()
        for code, native in LANGUAGES.items():
            self.language.addItem(native, code)  # each language in its own name
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.labels = {key: QLabel() for key in ("name", "short", "iso", "author", "language")}
        form = QFormLayout()
        for key, widget in (
            ("name", self.name),
            ("short", self.short_name),
            ("iso", self.iso3),
            ("language", self.language),
            ("author", self.author),
        ):
            self.labels[key].setBuddy(widget)
            form.addRow(self.labels[key], widget)

        self.parties_box = QGroupBox()
        grid = QGridLayout()
        self.parties: dict[str, QCheckBox] = {}
        for position, instrument in enumerate(instruments()):
            check = QCheckBox()
            check.setChecked(instrument.family in PRE_TICKED)
            self.parties[instrument.code] = check
            grid.addWidget(check, position // COLUMNS, position % COLUMNS)
        self.parties_hint = QLabel()
        self.parties_hint.setWordWrap(True)
        box = QVBoxLayout(self.parties_box)
        box.addLayout(grid)
        box.addWidget(self.parties_hint)

        self.round_box = QGroupBox()
        self.round_box.setCheckable(True)
        self.round_box.setChecked(True)
        self.round_title = QLineEdit()
        self.round_label = QLabel()
        self.round_label.setBuddy(self.round_title)
        round_form = QFormLayout(self.round_box)
        round_form.addRow(self.round_label, self.round_title)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.setup_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.setup_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._update_button)
        self.round_box.toggled.connect(self._update_button)
        self.round_title.textChanged.connect(self._update_button)

        self.setMinimumWidth(MIN_WIDTH)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.parties_box)
        layout.addWidget(self.round_box)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._suggested = ""
        self._follow_suggestion()
        self._update_button()
        self.name.setFocus()

    def suggested_title(self) -> str:
        return arg(self.tr("Self-assessment %1"), self.year)

    def _follow_suggestion(self) -> None:
        """The suggested title, in the language now shown, unless the user typed another."""
        if self.round_title.text() in ("", self._suggested):
            self._suggested = self.suggested_title()
            self.round_title.setText(self._suggested)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Set up the new workspace"))
        self.setAccessibleName(self.windowTitle())
        self.heading.setText(self.tr("Set up the workspace for your country"))
        self.intro.setText(
            self.tr(
                "A few answers and the workspace is ready: the pages then show only the treaties "
                "the country is Party to, the reporting calendar starts from today, and the team "
                "can start answering. Everything can be changed later (File > Country profile)."
            )
        )
        texts = {
            "name": self.tr("&Country:"),
            "short": self.tr("S&hort name:"),
            "iso": self.tr("&ISO code:"),
            "language": self.tr("&Language:"),
            "author": self.tr("&Your name:"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.name.setPlaceholderText(self.tr("for example Republic of Verdania"))
        self.short_name.setPlaceholderText(self.tr("for example Verdania (optional)"))
        self.iso3.setPlaceholderText(self.tr("three letters, for example VRD (optional)"))
        self.author.setPlaceholderText(self.tr("shown in the history of every change you make"))
        self.name.setAccessibleName(self.tr("Country name"))
        self.short_name.setAccessibleName(self.tr("Short name"))
        self.iso3.setAccessibleName(self.tr("ISO code"))
        self.language.setAccessibleName(self.tr("Language of the interface"))
        self.author.setAccessibleName(self.tr("Your name"))
        self.parties_box.setTitle(self.tr("Treaties the country is &Party to"))
        for instrument in instruments():
            check = self.parties[instrument.code]
            check.setText(instrument.short_name.get(self.lang))
            check.setToolTip(instrument.name.get(self.lang))
            check.setAccessibleName(instrument.name.get(self.lang))
        self.parties_hint.setText(
            self.tr(
                "Untick those the country has not joined: their roles, reports and goals are "
                "then left out of the register, the calendar and the alignment."
            )
        )
        self.round_box.setTitle(self.tr("Start the first &round of the self-assessment now"))
        self.round_label.setText(self.tr("&Title:"))
        self.round_title.setAccessibleName(self.tr("Title of the round"))
        self.setup_button.setText(self.tr("&Set up the workspace"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self._follow_suggestion()
            self._fit()
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Tall enough for the wrapped texts at the width the dialog has (a dialog is sized
        from its widest line, which leaves wrapped lines too little height)."""
        width = max(self.width(), self.sizeHint().width())
        self.resize(width, max(self.height(), self.layout().totalHeightForWidth(width)))

    def _language_changed(self) -> None:
        self.lang = self.language.currentData()
        self.languageChosen.emit(self.lang)
        self.retranslate()  # also when the window is not listening (instrument names)
        self._follow_suggestion()

    def _update_button(self) -> None:
        ready = bool(self.name.text().strip()) and (
            not self.round_box.isChecked() or bool(self.round_title.text().strip())
        )
        self.setup_button.setEnabled(ready)

    def value(self) -> FirstSteps:
        excluded = tuple(code for code, check in self.parties.items() if not check.isChecked())
        return FirstSteps(
            Country(
                self.name.text().strip(),
                self.short_name.text().strip(),
                self.iso3.text().strip(),
                excluded_instruments=excluded,
            ),
            self.lang,
            self.author.text().strip(),
            self.round_title.text().strip() if self.round_box.isChecked() else "",
        )


def run(
    parent: QWidget, context: WorkspaceContext, holder: WorkspaceHolder, settings: Settings
) -> bool:
    """Show the guide for the new workspace ``context`` and write what was chosen; True when
    it was completed (False: cancelled, or the choices could not be written)."""
    dialog = FirstRunDialog(parent, holder.lang, settings.author)
    dialog.languageChosen.connect(holder.languageRequested)
    steps = dialog.value() if dialog.exec() else None
    dialog.deleteLater()
    if steps is not None and steps.author:
        settings.author = steps.author
    try:
        set_up(context, steps)
    except ServiceError as exc:
        QMessageBox.warning(
            parent, translate("FirstRunDialog", "Set up the new workspace"), str(exc)
        )
        return False
    return steps is not None
