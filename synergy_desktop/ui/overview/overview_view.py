"""The first page of an open workspace: where things stand, and the next deadlines."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from synergy_desktop.content.reference import instruments
from synergy_desktop.domain.focal_points import CoverageStatus
from synergy_desktop.domain.reporting import upcoming
from synergy_desktop.text import arg
from synergy_desktop.ui.assessment.session import Session
from synergy_desktop.ui.calendar.reporting_models import due_text, left_text
from synergy_desktop.ui.shared.headings import follow_layout_direction

CARDS = ("assessment", "register", "nbsap", "deadlines")
MAX_DEADLINES = 7


class OverviewView(QWidget):
    openRequested = Signal(str)

    def __init__(self, session: Session, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = lang
        self._stale = True
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        follow_layout_direction(self.title)
        self.boxes: dict[str, QGroupBox] = {}
        self.texts: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        for position, name in enumerate(CARDS):
            box = QGroupBox()
            text = QLabel()
            text.setWordWrap(True)
            text.setTextFormat(Qt.TextFormat.RichText)
            text.setAlignment(Qt.AlignmentFlag.AlignTop)
            button = QPushButton()
            button.clicked.connect(lambda _=False, n=name: self.openRequested.emit(n))
            inner = QVBoxLayout(box)
            inner.addWidget(text, 1)
            inner.addWidget(button, 0, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(box, position // 2, position % 2)
            self.boxes[name], self.texts[name], self.buttons[name] = box, text, button
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(grid, 1)
        session.answerSaved.connect(self.refresh)
        session.assessmentChanged.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        titles = {
            "assessment": self.tr("Self-assessment"),
            "register": self.tr("Focal points"),
            "nbsap": self.tr("NBSAP alignment"),
            "deadlines": self.tr("Upcoming reporting deadlines"),
        }
        buttons = {
            "assessment": self.tr("Open the walk-through"),
            "register": self.tr("Open the register"),
            "nbsap": self.tr("Open the alignment"),
            "deadlines": self.tr("Open the calendar"),
        }
        for name in CARDS:
            self.boxes[name].setTitle(titles[name])
            self.buttons[name].setText(buttons[name])
        self.refresh()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.refresh()

    def refresh(self, *_args) -> None:
        """Re-read the figures; while hidden, only note that they are out of date (every
        autosave signals here, and the queries are not worth it for a page nobody sees)."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self._fill()

    def showEvent(self, event) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def _fill(self) -> None:
        context = self.session.context
        today = date.today()
        country = context.country()
        self.title.setText(
            country.name or self.tr("Country not named yet (File > Country profile…)")
        )
        info = self.session.assessment
        if info is None:
            self.texts["assessment"].setText(self.tr("No round yet."))
        else:
            overall = self.session.progress().overall
            score = (
                arg(self.tr("score %1%"), round(overall.score * 100))
                if overall.score is not None
                else self.tr("no rating yet")
            )
            self.texts["assessment"].setText(
                arg(
                    self.tr("<b>%1</b><br>%2 of %3 options answered; %4."),
                    escape(info.title),
                    overall.answered,
                    overall.total,
                    score,
                )
            )
        coverage = context.focal_points.coverage(today)
        self.texts["register"].setText(
            arg(
                self.tr(
                    "%1 of %2 roles filled<br>%3 missing, %4 not verified in the last %5 months."
                ),
                coverage.filled,
                coverage.total,
                coverage.count(CoverageStatus.MISSING),
                coverage.count(CoverageStatus.STALE),
                coverage.stale_after_months,
            )
        )
        lines = []
        for framework, share in context.nbsap.coverage():
            lines.append(
                arg(
                    self.tr("%1: %2 of %3 covered"),
                    escape(framework.name.get(self.lang)),
                    share.covered,
                    share.total,
                )
            )
        self.texts["nbsap"].setText("<br>".join(lines))
        short = {i.code: i.short_name.get(self.lang) for i in instruments()}
        rows = upcoming(context.reporting(self.lang).obligations(), today)
        items = []
        for obligation in rows[:MAX_DEADLINES]:
            line = (
                f"{escape(short.get(obligation.instrument, obligation.instrument))} — "
                f"{escape(obligation.title)}: {escape(due_text(obligation))} "
                f"({escape(left_text(obligation, today))})"
            )
            if obligation.is_overdue(today):
                line = f"<span style='color:#a40000'><b>{line}</b></span>"
            items.append(f"<li>{line}</li>")
        self.texts["deadlines"].setText(
            f"<ul style='margin:0'>{''.join(items)}</ul>"
            if items
            else self.tr("No dated report is open.")
        )
