"""The first page of an open workspace: a dashboard of where things stand.

Scores and answers per area (bars), the scores around a radar (with the earlier round dashed),
progress per area, the score per area across rounds (with two rounds or more), the focal-point
coverage matrix, the NBSAP coverage per framework and the next deadlines. Each box opens the page
it sums up. The charts are built once; a refresh replaces their values, and only while the page
is visible (a hidden page just notes that it is out of date).
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from synergy_desktop.content.reference import instruments
from synergy_desktop.domain.focal_points import CoverageStatus
from synergy_desktop.services.dashboard import (
    RoundScores,
    earlier_round,
    next_deadlines,
    round_scores,
)
from synergy_desktop.text import arg
from synergy_desktop.ui.assessment.session import Session
from synergy_desktop.ui.calendar.reporting_models import due_text, left_text
from synergy_desktop.ui.overview.cards import (
    PAGE_OF,
    PLACES,
    AreaRow,
    Card,
    ElidedLabel,
    ProgressList,
)
from synergy_desktop.ui.overview.charts import AreaBars, CoverageBars, Radar, Trend
from synergy_desktop.ui.overview.deadlines import DeadlineLine, DeadlineTable
from synergy_desktop.ui.overview.matrix import CoverageMatrix
from synergy_desktop.ui.shared.dates import localised_digits, number, percent
from synergy_desktop.ui.shared.headings import follow_layout_direction

MAX_DEADLINES = 10  # as many as the box has room for


class OverviewView(QWidget):
    openRequested = Signal(str)

    def __init__(self, session: Session, lang: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.lang = lang
        self._stale = True
        self.rounds: list[RoundScores] = []
        self.title = QLabel()
        self.title.setObjectName("overviewTitle")
        follow_layout_direction(self.title)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        # No word wrap on this page: a height-for-width label would make the scroll area size
        # the page by its contents instead of sharing the window among the boxes.
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.summary.setObjectName("overviewSummary")
        self.bars, self.radar, self.trend = AreaBars(), Radar(), Trend()
        self.coverage_chart = CoverageBars()
        self.progress_list = ProgressList()
        self.matrix = CoverageMatrix()
        self.coverage_text = ElidedLabel()
        self.matrix_legend = ElidedLabel()
        self.deadlines = DeadlineTable()
        register = QWidget()
        inner = QVBoxLayout(register)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(2)
        inner.addWidget(self.coverage_text)
        inner.addWidget(self.matrix, 1)
        inner.addWidget(self.matrix_legend)
        bodies = {
            "scores": self.bars,
            "radar": self.radar,
            "trend": self.trend,
            "progress": self.progress_list,
            "register": register,
            "nbsap": self.coverage_chart,
            "deadlines": self.deadlines,
        }
        self.cards: dict[str, Card] = {}
        for name, body in bodies.items():
            card = Card(body, self)
            card.setObjectName(f"card_{name}")
            card.activated.connect(lambda n=name: self.openRequested.emit(PAGE_OF[n]))
            self.cards[name] = card
        self.grid = QGridLayout()
        self.grid.setSpacing(8)
        self._with_trend: bool | None = None
        self._arrange(False)
        content = QWidget()
        column = QVBoxLayout(content)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addSpacing(24)
        header.addWidget(self.summary, 1)
        column.addLayout(header)
        column.addLayout(self.grid, 1)
        content.setMinimumSize(900, 520)
        scroll = self.scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        session.answerSaved.connect(self.refresh)
        session.answersRefreshed.connect(self.refresh)
        session.assessmentChanged.connect(self.refresh)
        self._follow()
        self.retranslate()

    # -- layout, fonts, direction ---------------------------------------------------------

    def _arrange(self, with_trend: bool) -> None:
        if with_trend == self._with_trend:
            return
        self._with_trend = with_trend
        for card in self.cards.values():
            self.grid.removeWidget(card)
        places = PLACES[with_trend]
        for name, card in self.cards.items():
            if name in places:
                row, column, span = places[name]
                self.grid.addWidget(card, row, column, 1, span)
            card.setVisible(name in places)
        for index in range(12):
            self.grid.setColumnStretch(index, 1)
        for index in range(2):
            self.grid.setRowStretch(index, 1)

    def _follow(self) -> None:
        """Fonts from the application's (Ctrl++ / Ctrl+-), direction from the layout."""
        font = self.font()
        big = QFont()
        big.setBold(True)
        big.setPointSizeF(font.pointSizeF() * 1.5)
        self.title.setFont(big)
        for chart in (self.bars, self.radar, self.trend, self.coverage_chart):
            chart.follow(font, self.isRightToLeft(), self.palette())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (
            QEvent.Type.FontChange,
            QEvent.Type.LayoutDirectionChange,
            QEvent.Type.PaletteChange,
        ):
            self._follow()
        super().changeEvent(event)

    # -- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        walk = self.tr("Open the walk-through")
        texts = {
            "scores": (self.tr("Answers and score per area"), walk),
            "radar": (self.tr("Score per area"), walk),
            "progress": (self.tr("Progress per area"), walk),
            "trend": (self.tr("Score per area across rounds"), walk),
            "register": (self.tr("Focal points"), self.tr("Open the register")),
            "nbsap": (self.tr("NBSAP coverage per framework"), self.tr("Open the alignment")),
            "deadlines": (self.tr("Upcoming reporting deadlines"), self.tr("Open the calendar")),
        }
        for name, (title, button) in texts.items():
            self.cards[name].set_texts(title, button)
        charts = {"scores": self.bars, "radar": self.radar, "trend": self.trend}
        charts["nbsap"] = self.coverage_chart
        for name, chart in charts.items():  # a screen reader names each chart by its box
            chart.setAccessibleName(texts[name][0])
        self.scroll.setAccessibleName(self.tr("Overview of the round"))
        self.bars.set_texts(self.tr("Options answered"), self.tr("Score"))
        self.coverage_chart.set_texts(self.tr("Targets covered"))
        self.matrix_legend.setText(
            self._directed(
                arg(
                    self.tr("%1 filled   %2 not verified recently   %3 missing"),
                    "✓",
                    "!",
                    "✗",
                )
            )
        )
        self.refresh()

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.refresh()

    # -- data -----------------------------------------------------------------------------

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
        self.title.setText(
            context.country().name or self.tr("Country not named yet (File > Country profile…)")
        )
        self._fill_rounds()
        self._fill_register(today)
        self._fill_nbsap()
        self._fill_deadlines(today)

    def _fill_rounds(self) -> None:
        framework = self.session.framework
        info = self.session.assessment
        self.rounds = round_scores(self.session.context.assessments)
        if info is not None:  # the round on screen, with edits not yet written
            self.rounds = [
                RoundScores(r.info, self.session.progress()) if r.info.id == info.id else r
                for r in self.rounds
            ]
        letters = [area.id for area in framework.areas]
        names = [area.title.get(self.lang) for area in framework.areas]
        current = next((r for r in self.rounds if info and r.info.id == info.id), None)
        if current is None:
            self.summary.setText(self.tr("No round yet."))
            empty = [None] * len(letters)
            self.bars.set_data(letters, names, empty, empty)
            self.radar.set_data(letters, empty, "")
            self.progress_list.set_rows(
                [
                    AreaRow(area.id, name, 0, len(area.options), f"0/{number(len(area.options))}")
                    for area, name in zip(framework.areas, names, strict=True)
                ]
            )
            self._arrange(False)
            return
        progress = current.progress
        overall = progress.overall
        score = (
            arg(self.tr("score %1%"), number(round(overall.score * 100)))
            if overall.score is not None
            else self.tr("no rating yet")
        )
        self.summary.setText(
            self._directed(
                arg(
                    self.tr("<b>%1</b><br>%2 of %3 options answered; %4."),
                    escape(info.title),
                    number(overall.answered),
                    number(overall.total),
                    score,
                ).replace("<br>", " — ")
            )
        )
        areas = [progress.area(letter) for letter in letters]
        self.bars.set_data(
            letters,
            [f"{letter} {name}" for letter, name in zip(letters, names, strict=True)],
            [a.completeness if a else None for a in areas],
            [a.score if a else None for a in areas],
        )
        earlier_id = earlier_round([r.info for r in self.rounds], info.id)
        earlier = next((r for r in self.rounds if r.info.id == earlier_id), None)
        self.radar.set_data(
            letters,
            [a.score if a else None for a in areas],
            self._round_label(current),
            [earlier.score(letter) for letter in letters] if earlier else None,
            self._round_label(earlier) if earlier else "",
        )
        self.progress_list.set_rows(
            [
                AreaRow(
                    letter,
                    name,
                    a.answered if a else 0,
                    a.total if a else 0,
                    localised_digits(f"{a.answered if a else 0}/{a.total if a else 0}"),
                )
                for letter, name, a in zip(letters, names, areas, strict=True)
            ]
        )
        described = "; ".join(  # what a screen reader says for the bars and the radar
            arg(
                self.tr("%1 %2: %3 of %4 answered, score %5"),
                letter,
                name,
                number(a.answered),
                number(a.total),
                percent(a.score) if a.score is not None else "—",
            )
            for letter, name, a in zip(letters, names, areas, strict=True)
            if a is not None
        )
        self.bars.setAccessibleDescription(described)
        self.radar.setAccessibleDescription(described)
        with_trend = len(self.rounds) >= 2
        self._arrange(with_trend)
        if with_trend:
            self.trend.set_data(
                [self._round_label(r) for r in self.rounds],
                [
                    (letter, name, [r.score(letter) for r in self.rounds])
                    for letter, name in zip(letters, names, strict=True)
                ],
            )

    def _directed(self, text: str) -> str:
        """``text`` laid out right to left when the page is (a text that starts with a Latin
        name would otherwise read left to right)."""
        return "\u200f" + text if self.isRightToLeft() else text

    def _round_label(self, scores: RoundScores) -> str:
        """A short name for a round on an axis or legend: its period, else its title."""
        info = scores.info
        periods = [r.info.period for r in self.rounds]
        if info.period and periods.count(info.period) == 1:
            return localised_digits(info.period)
        return info.title if len(info.title) <= 28 else info.title[:27] + "…"

    def _fill_register(self, today: date) -> None:
        coverage = self.session.context.focal_points.coverage(today)
        self.coverage_text.setText(
            self._directed(
                arg(
                    self.tr(
                        "%1 of %2 roles filled<br>%3 missing, %4 not verified in the last %5 "
                        "months."
                    ),
                    number(coverage.filled),
                    number(coverage.total),
                    number(coverage.count(CoverageStatus.MISSING)),
                    number(coverage.count(CoverageStatus.STALE)),
                    number(coverage.stale_after_months),
                ).replace("<br>", "\n")
            )
        )
        self.matrix.set_coverage(coverage, self.lang)
        self.matrix.setAccessibleDescription(self.coverage_text.text())

    def _fill_nbsap(self) -> None:
        names, shares, tips = [], [], []
        for framework, share in self.session.context.nbsap.coverage():
            name = framework.name.get(self.lang)
            names.append(name)
            shares.append(share.share)
            tips.append(
                arg(
                    self.tr("%1: %2 of %3 covered"),
                    name,
                    number(share.covered),
                    number(share.total),
                )
            )
        self.coverage_chart.set_data(names, shares, tips)
        self.coverage_chart.setAccessibleDescription("; ".join(tips))

    def _fill_deadlines(self, today: date) -> None:
        short = {i.code: i.short_name.get(self.lang) for i in instruments()}
        obligations = self.session.context.reporting(self.lang).obligations()
        lines = []
        for deadline in next_deadlines(obligations, today, MAX_DEADLINES):
            obligation = deadline.obligation
            what = f"{short.get(obligation.instrument, obligation.instrument)} — {obligation.title}"
            when = f"{due_text(obligation)} · {left_text(obligation, today)}"
            lines.append(DeadlineLine(what, when, deadline.overdue))
        self.deadlines.set_lines(lines, self.tr("No dated report is open."))
