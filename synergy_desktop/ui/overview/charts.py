"""The dashboard's charts (QtCharts), each built once; :meth:`set_data` replaces only the values.

Every chart takes its fonts from the application font (so Ctrl++ / Ctrl+- scale it), its
numbers from the interface locale, and mirrors itself for right-to-left languages: categories
run from the right and value axes sit on the right. Areas are named by their letter on the
axes; the full names are in the tooltips and the progress list beside the charts.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import (
    QAbstractAxis,
    QAreaSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QPolarChart,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from synergy_desktop.ui.shared.dates import percent

Align = Qt.AlignmentFlag
#: Completeness light, score dark: both readable on a projector and in grey print.
ANSWERED = QColor("#8fb8d6")
SCORE = QColor("#1f5f8b")
EARLIER = QColor("#8a8a8a")
#: One colour per area in the trend (Okabe-Ito, colour-blind safe; yellow darkened for white).
AREA_COLOURS = (
    "#0072b2",
    "#d55e00",
    "#009e73",
    "#cc79a7",
    "#8a7a00",
    "#56b4e9",
    "#e69f00",
    "#444444",
)


def percent_sign() -> str:
    """The locale's percent sign without its direction mark (QtCharts measures the mark as
    nothing and then cuts the label)."""
    return QLocale().percent().replace("\u061c", "")


def to_percent(value: float | None) -> float:
    return 0.0 if value is None else round(value * 100, 1)


class Chart(QChartView):
    """A chart view that follows the application font, locale and layout direction."""

    def __init__(self, chart: QChart, parent: QWidget | None = None) -> None:
        super().__init__(chart, parent)
        self.chart_ = chart
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 120)
        self.setFrameShape(QChartView.Shape.NoFrame)
        self.setStyleSheet("background: transparent")
        chart.setBackgroundVisible(False)
        chart.setMargins(QMargins(0, 0, 0, 0))
        chart.layout().setContentsMargins(0, 0, 0, 0)
        chart.setLocalizeNumbers(True)
        chart.legend().setAlignment(Align.AlignBottom)
        self.rtl = False
        self._data: tuple | None = None  # the last set_data arguments, to mirror them

    def value_axis(self, title: str = "") -> QValueAxis:
        axis = QValueAxis()
        axis.setRange(0, 100)
        axis.setTickCount(6)
        axis.setLabelFormat("%.0f%")  # QtCharts keeps the text after the number
        axis.setTitleText(title)
        return axis

    def follow(self, font: QFont, rtl: bool, palette) -> None:
        """Fonts from ``font``, numbers in the default locale, mirrored when ``rtl``."""
        chart = self.chart_
        chart.setLocale(QLocale())
        small = QFont(font)
        small.setPointSizeF(max(6.0, font.pointSizeF() * 0.9))
        text = palette.text().color()
        legend = chart.legend()
        legend.setFont(font)
        legend.setLabelColor(text)
        legend.setReverseMarkers(rtl)
        self.rtl = rtl
        for axis in chart.axes():
            if isinstance(axis, QValueAxis):  # the locale's percent sign after the number
                axis.setLabelFormat("%.0f" + percent_sign())
            axis.setLabelsFont(small)
            axis.setTitleFont(small)
            axis.setLabelsColor(text)
            axis.setTitleBrush(QBrush(text))
        self.mirror(rtl)

    def mirror(self, rtl: bool) -> None:
        """Place axes for the layout direction (subclasses know which axis is which)."""

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_labels()

    def fit_labels(self) -> None:
        """Fewer value ticks when the chart is low, so the labels never turn into "...";
        subclasses also shorten long category names here."""
        values = getattr(self, "values", None)
        if isinstance(values, QValueAxis) and values.orientation() == Qt.Orientation.Vertical:
            line = QFontMetricsF(values.labelsFont()).height()
            values.setTickCount(6 if self.height() > line * 14 else 3)

    @staticmethod
    def move_axis(chart: QChart, axis: QAbstractAxis, alignment: Align) -> None:
        if axis.alignment() == alignment:
            return
        series = [s for s in chart.series() if axis in s.attachedAxes()]
        for item in series:
            item.detachAxis(axis)
        chart.removeAxis(axis)
        chart.addAxis(axis, alignment)
        for item in series:
            item.attachAxis(axis)


class AreaBars(Chart):
    """Answered share and score per area, as grouped vertical bars."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QChart(), parent)
        self.answered, self.score = QBarSet(""), QBarSet("")
        self.answered.setColor(ANSWERED)
        self.score.setColor(SCORE)
        for bar_set in (self.answered, self.score):
            bar_set.setBorderColor(bar_set.color())
            bar_set.hovered.connect(lambda on, i, s=bar_set: self._hover(on, i, s))
        self.series = QBarSeries()
        self.series.append(self.answered)
        self.series.append(self.score)
        self.series.setBarWidth(0.8)
        self.chart_.addSeries(self.series)
        self.categories = QBarCategoryAxis()
        self.values = self.value_axis()
        self.chart_.addAxis(self.categories, Align.AlignBottom)
        self.chart_.addAxis(self.values, Align.AlignLeft)
        self.series.attachAxis(self.categories)
        self.series.attachAxis(self.values)
        self.names: list[str] = []

    def set_texts(self, answered: str, score: str) -> None:
        self.answered.setLabel(answered)
        self.score.setLabel(score)

    def set_data(self, letters: Sequence[str], names: Sequence[str], answered, scores) -> None:
        """Per area in framework order; right to left the first area is drawn on the right
        (a category axis can not be reversed, so the lists are)."""
        self._data = (letters, names, answered, scores)
        order = (lambda items: list(items)[::-1]) if self.rtl else list
        self.names = order(names)
        letters = order(letters)
        if list(self.categories.categories()) != letters:
            self.categories.clear()
            self.categories.append(letters)
        for bar_set, values in ((self.answered, answered), (self.score, scores)):
            values = [to_percent(v) for v in order(values)]
            if bar_set.count() != len(values):
                bar_set.remove(0, bar_set.count())
                bar_set.append(values)
            else:
                for index, value in enumerate(values):
                    if bar_set.at(index) != value:
                        bar_set.replace(index, value)

    def values_of(self, which: str) -> list[float]:
        """The bars' values in framework order (as the user reads them)."""
        bar_set = self.answered if which == "answered" else self.score
        values = [bar_set.at(i) for i in range(bar_set.count())]
        return values[::-1] if self.rtl else values

    def _hover(self, on: bool, index: int, bar_set: QBarSet) -> None:
        if not on or index >= len(self.names):
            QToolTip.hideText()
            return
        value = percent(bar_set.at(index) / 100)
        text = f"{self.names[index]}\n{bar_set.label()}: {value}"
        QToolTip.showText(self.cursor().pos(), text, self)

    def mirror(self, rtl: bool) -> None:
        self.move_axis(self.chart_, self.values, Align.AlignRight if rtl else Align.AlignLeft)
        if self._data is not None:
            self.set_data(*self._data)


class Radar(Chart):
    """Scores per area around a circle: this round filled, the earlier one dashed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QPolarChart(), parent)
        chart: QPolarChart = self.chart_
        self.angles = QCategoryAxis()
        self.angles.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self.radius = self.value_axis()
        self.radius.setTickCount(5)
        self.radius.setLabelsVisible(False)
        chart.addAxis(self.angles, QPolarChart.PolarOrientation.PolarOrientationAngular)
        chart.addAxis(self.radius, QPolarChart.PolarOrientation.PolarOrientationRadial)
        self.current_line = QLineSeries()
        self.current = QAreaSeries(self.current_line)
        fill = QColor(SCORE)
        fill.setAlpha(70)
        self.current.setBrush(fill)
        self.current.setPen(QPen(SCORE, 2.5))
        self.earlier = QLineSeries()
        self.earlier.setPen(QPen(EARLIER, 2, Qt.PenStyle.DashLine))
        for series in (self.earlier, self.current):
            chart.addSeries(series)
            series.attachAxis(self.angles)
            series.attachAxis(self.radius)
        self.letters: list[str] = []
        chart.legend().setAlignment(Align.AlignRight)

    def mirror(self, rtl: bool) -> None:
        self.chart_.legend().setAlignment(Align.AlignLeft if rtl else Align.AlignRight)

    def set_data(
        self,
        letters: Sequence[str],
        current: Sequence[float | None],
        current_name: str,
        earlier: Sequence[float | None] | None = None,
        earlier_name: str = "",
    ) -> None:
        if list(letters) != self.letters:
            self.letters = list(letters)
            for label in list(self.angles.categoriesLabels()):
                self.angles.remove(label)
            self.angles.setStartValue(0)
            for index, letter in enumerate(self.letters):
                self.angles.append(letter, index + 1)
            self.angles.setRange(0, max(1, len(self.letters)))
        self.current_line.replace(self._points(current))
        self.current.setName(current_name)
        self.earlier.replace(self._points(earlier) if earlier is not None else [])
        self.earlier.setName(earlier_name)
        self.earlier.setVisible(earlier is not None)
        for series, shown in ((self.earlier, earlier is not None), (self.current, current_name)):
            for marker in self.chart_.legend().markers(series):
                marker.setVisible(bool(shown))

    @staticmethod
    def _points(values: Sequence[float | None]) -> list[QPointF]:
        if not values:
            return []
        points = [QPointF(index + 1, to_percent(value)) for index, value in enumerate(values)]
        return [QPointF(0, points[-1].y()), *points]  # closes the shape at the top

    def values_of(self) -> list[float]:
        return [p.y() for p in self.current_line.points()[1:]]


class Trend(Chart):
    """The score of each area across rounds, one line per area."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QChart(), parent)
        self.rounds = QBarCategoryAxis()
        self.values = self.value_axis()
        self.chart_.addAxis(self.rounds, Align.AlignBottom)
        self.chart_.addAxis(self.values, Align.AlignLeft)
        self.lines: dict[str, QLineSeries] = {}

    def set_data(
        self, rounds: Sequence[str], areas: Sequence[tuple[str, str, Sequence[float | None]]]
    ) -> None:
        """``areas``: (letter, name, score per round) in framework order; rounds oldest first
        (from the right when right to left)."""
        self._data = (rounds, areas)
        last = len(rounds) - 1
        labels = list(rounds)[::-1] if self.rtl else list(rounds)
        if list(self.rounds.categories()) != labels:
            self.rounds.clear()
            self.rounds.append(labels)
        for index, (letter, name, scores) in enumerate(areas):
            line = self.lines.get(letter)
            if line is None:
                line = self.lines[letter] = QLineSeries()
                line.setPen(QPen(QColor(AREA_COLOURS[index % len(AREA_COLOURS)]), 2.5))
                line.setPointsVisible(True)
                self.chart_.addSeries(line)
                line.attachAxis(self.rounds)
                line.attachAxis(self.values)
            line.setName(letter)
            line.setProperty("area_name", name)
            line.replace(
                [
                    QPointF(last - i if self.rtl else i, to_percent(s))
                    for i, s in enumerate(scores)
                    if s is not None
                ]
            )

    def mirror(self, rtl: bool) -> None:
        self.move_axis(self.chart_, self.values, Align.AlignRight if rtl else Align.AlignLeft)
        if self._data is not None:
            self.set_data(*self._data)


class CoverageBars(Chart):
    """The share of each reference framework's targets that national targets cover.

    Framework names are shortened here to a share of the width (QtCharts' own shortening
    miscounts and cuts the first letters off)."""

    NAME_SHARE = 0.36

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QChart(), parent)
        self.covered = QBarSet("")
        self.covered.setColor(ANSWERED)
        self.covered.setBorderColor(SCORE)
        self.covered.hovered.connect(self._hover)
        self.series = QHorizontalBarSeries()
        self.series.append(self.covered)
        self.series.setBarWidth(0.6)
        self.series.setLabelsVisible(True)
        self.series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsInsideBase)
        self.series.setLabelsFormat("@value%")
        self.series.setLabelsPrecision(3)
        self.chart_.addSeries(self.series)
        self.frameworks = QBarCategoryAxis()
        self.values = self.value_axis()
        self.chart_.addAxis(self.frameworks, Align.AlignLeft)
        self.chart_.addAxis(self.values, Align.AlignBottom)
        self.series.attachAxis(self.frameworks)
        self.series.attachAxis(self.values)
        self.chart_.legend().setVisible(False)
        self.names: list[str] = []
        self.tips: list[str] = []

    def set_data(self, names: Sequence[str], shares: Sequence[float], tips: Sequence[str]) -> None:
        # A horizontal bar chart lists its first category at the bottom; the first framework
        # belongs at the top.
        self.names, self.tips = list(names)[::-1], list(tips)[::-1]
        self.fit_labels()
        values = [round(share * 100) for share in list(shares)[::-1]]
        if self.covered.count() != len(values):
            self.covered.remove(0, self.covered.count())
            self.covered.append(values)
        else:
            for index, value in enumerate(values):
                if self.covered.at(index) != value:
                    self.covered.replace(index, value)

    def fit_labels(self) -> None:
        metrics = QFontMetricsF(self.frameworks.labelsFont())
        width = max(40.0, self.width() * self.NAME_SHARE)
        labels: list[str] = []
        for name in self.names:
            label = metrics.elidedText(name, Qt.TextElideMode.ElideRight, width)
            while label in labels:  # categories must differ; a zero-width space does not show
                label += "\u200b"
            labels.append(label)
        if list(self.frameworks.categories()) != labels:
            self.frameworks.clear()
            self.frameworks.append(labels)

    def set_texts(self, axis: str) -> None:
        self.values.setTitleText(axis)

    def _hover(self, on: bool, index: int) -> None:
        if on and index < len(self.tips):
            QToolTip.showText(self.cursor().pos(), self.tips[index], self)
        else:
            QToolTip.hideText()

    def follow(self, font: QFont, rtl: bool, palette) -> None:
        super().follow(font, rtl, palette)
        self.covered.setLabelColor(QColor("#10324a"))
        self.series.setLabelsFormat("@value" + percent_sign())
        small = QFont(font)
        small.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        self.covered.setLabelFont(small)
        self.fit_labels()

    def mirror(self, rtl: bool) -> None:
        self.values.setReverse(rtl)
        self.move_axis(self.chart_, self.frameworks, Align.AlignRight if rtl else Align.AlignLeft)
