"""A painted timeline of the reporting deadlines in the next 36 months."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from synergy_desktop.domain.focal_points import months_before
from synergy_desktop.domain.reporting import Obligation, Status, upcoming
from synergy_desktop.ui.shared import dates

MONTHS = 36
DIAMOND = 7  # half the width of a deadline's diamond
COLOURS = {
    "overdue": QColor("#c62828"),
    Status.IN_PREPARATION: QColor("#e0a000"),
    Status.NOT_STARTED: QColor("#5c6f82"),
}


class Timeline(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.obligations: list[Obligation] = []
        self.today = date.today()
        self.short: dict[str, str] = {}
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(150)

    def set_obligations(
        self, obligations: list[Obligation], short: dict[str, str], today: date | None = None
    ) -> None:
        self.today = today or date.today()
        self.obligations = upcoming(obligations, self.today, MONTHS)
        self.short = short
        self.setAccessibleDescription(self.describe())
        self.update()

    def describe(self) -> str:
        return "; ".join(
            f"{self.short.get(o.instrument, o.instrument)} {o.title} {dates.short_date(o.due_date)}"
            for o in self.obligations
        )

    def sizeHint(self) -> QSize:
        return QSize(900, 60 + 22 * max(3, len(self._rows())))

    def _rows(self) -> list[str]:
        return list(dict.fromkeys(o.instrument for o in self.obligations))

    def label_width(self) -> float:
        """Room for the longest instrument name in the current font (names are long in Arabic
        and wide in Chinese), at most a third of the widget; a longer name is elided."""
        metrics = QFontMetricsF(self.font())
        widest = max(
            (metrics.horizontalAdvance(self.short.get(code, code)) for code in self._rows()),
            default=0.0,
        )
        return min(widest + 8, max(60.0, self.width() / 3))

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        rows = self._rows()
        label_width = self.label_width()
        metrics = QFontMetricsF(self.font())
        top, bottom = 28, self.height() - 8
        left, right = label_width + 8 + DIAMOND, self.width() - 12 - DIAMOND
        start = date(self.today.year, self.today.month, 1)
        end = months_before(start, -MONTHS)
        span = (end - start).days or 1
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft

        def x_of(day: date) -> float:
            ratio = min(max((day - start).days / span, 0.0), 1.0)
            x = left + ratio * (right - left)
            return self.width() - x if rtl else x

        text_pen = QPen(palette.text().color())
        grid = QPen(palette.mid().color())
        painter.setPen(grid)
        step = 3
        spacing = abs(x_of(months_before(start, -step)) - x_of(start))
        for offset in range(0, MONTHS + 1, step):
            month = months_before(start, -offset)
            x = x_of(month)
            painter.drawLine(QPointF(x, top - 4), QPointF(x, bottom))
            painter.setPen(text_pen)
            label = painter.fontMetrics().elidedText(
                dates.month(month, short=True), Qt.TextElideMode.ElideRight, int(spacing - 4)
            )
            painter.drawText(
                QRectF(x - spacing / 2, 4, spacing, 18), Qt.AlignmentFlag.AlignCenter, label
            )
            painter.setPen(grid)
        today_x = x_of(self.today)
        painter.setPen(QPen(QColor("#1565c0"), 2))
        painter.drawLine(QPointF(today_x, top - 6), QPointF(today_x, bottom))
        row_height = (bottom - top) / max(1, len(rows))
        for index, instrument in enumerate(rows):
            y = top + row_height * (index + 0.5)
            painter.setPen(text_pen)
            label_rect = QRectF(
                self.width() - label_width - 4 if rtl else 4, y - 9, label_width, 18
            )
            side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
            name = metrics.elidedText(
                self.short.get(instrument, instrument), Qt.TextElideMode.ElideRight, label_width
            )
            painter.drawText(
                label_rect,
                side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter,
                name,
            )
            for obligation in (o for o in self.obligations if o.instrument == instrument):
                key = "overdue" if obligation.is_overdue(self.today) else obligation.status
                x = x_of(obligation.due_date)
                path = QPainterPath()
                path.moveTo(x, y - DIAMOND)
                path.lineTo(x + DIAMOND, y)
                path.lineTo(x, y + DIAMOND)
                path.lineTo(x - DIAMOND, y)
                path.closeSubpath()
                painter.fillPath(path, COLOURS.get(key, COLOURS[Status.NOT_STARTED]))
        painter.end()
