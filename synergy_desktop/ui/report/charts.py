"""Drawing the report's charts to PNG with QPainter on a QImage: no widgets, no window, safe
off the UI thread. Horizontal bars on a 0-100% axis, one group per category, mirrored for a
right-to-left language."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPainter, QPen

from synergy_desktop.formats.report.model import ChartSpec
from synergy_desktop.ui.report.fonts import report_font

DPI = 220
COLOURS = (QColor("#8DA9C4"), QColor("#2F5D50"), QColor("#C98B2B"), QColor("#7A4E8C"))
GRID = QColor("#C8C8C8")
TEXT = QColor("#222222")
TICKS = (0.0, 0.25, 0.5, 0.75, 1.0)


def mm_to_px(mm: float, dpi: int = DPI) -> float:
    return mm / 25.4 * dpi


def render_chart(spec: ChartSpec, lang: str, dpi: int = DPI) -> bytes:
    """The chart as PNG bytes, ``spec.width_mm`` × ``spec.height_mm`` at ``dpi``."""
    image = QImage(
        round(mm_to_px(spec.width_mm, dpi)),
        round(mm_to_px(spec.height_mm, dpi)),
        QImage.Format.Format_ARGB32_Premultiplied,
    )
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        if spec.right_to_left:
            painter.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        _Bars(painter, spec, lang, image.width(), image.height(), dpi).draw()
    finally:
        painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


class _Bars:
    def __init__(self, painter: QPainter, spec: ChartSpec, lang: str, width, height, dpi):
        self.painter = painter
        self.spec = spec
        self.width = width
        self.height = height
        self.dpi = dpi
        self.title_font = report_font(lang, 10, bold=True)
        self.font = report_font(lang, 8)
        self.metrics = QFontMetricsF(self.font, painter.device())
        self.rtl = spec.right_to_left

    def x(self, left: float, width: float = 0.0) -> float:
        """A left edge in left-to-right terms, mirrored for right to left."""
        return self.width - left - width if self.rtl else left

    def rect(self, left: float, top: float, width: float, height: float) -> QRectF:
        return QRectF(self.x(left, width), top, width, height)

    def draw(self) -> None:
        painter, spec = self.painter, self.spec
        pad = mm_to_px(2, self.dpi)
        line = self.metrics.height()
        painter.setPen(TEXT)
        painter.setFont(self.title_font)
        title_height = line * 1.6
        painter.drawText(
            QRectF(0, 0, self.width, title_height), Qt.AlignmentFlag.AlignCenter, spec.title
        )
        painter.setFont(self.font)
        top = title_height + self._legend(title_height, line)
        axis_height = line * 1.4
        label_width = self.width * 0.42
        plot_left = label_width + pad
        plot_width = self.width - plot_left - mm_to_px(12, self.dpi)
        plot_height = self.height - top - axis_height
        group = plot_height / max(1, len(spec.categories))
        for tick in TICKS:
            x = plot_left + plot_width * tick
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(
                round(self.x(x)), round(top), round(self.x(x)), round(top + plot_height)
            )
            painter.setPen(TEXT)
            painter.drawText(
                self.rect(x - 60, top + plot_height, 120, axis_height),
                Qt.AlignmentFlag.AlignCenter,
                spec.percent(tick),
            )
        bars = max(1, len(spec.series))
        bar = min(group * 0.78 / bars, line * 1.3)
        for index, category in enumerate(spec.categories):
            y = top + group * index
            self._label(category, self.rect(0, y, label_width, group))
            first = y + (group - bar * bars) / 2
            for number, series in enumerate(spec.series):
                value = series.values[index] if index < len(series.values) else None
                self._bar(
                    value,
                    COLOURS[number % len(COLOURS)],
                    plot_left,
                    plot_width,
                    first + bar * number,
                    bar,
                )

    def _legend(self, top: float, line: float) -> float:
        if len(self.spec.series) < 2:
            return 0.0
        swatch = line * 0.7
        gap = line * 0.6
        widths = [
            swatch + gap / 2 + self.metrics.horizontalAdvance(s.name) for s in self.spec.series
        ]
        left = (self.width - sum(widths) - gap * (len(widths) - 1)) / 2
        for number, (series, width) in enumerate(zip(self.spec.series, widths, strict=True)):
            self.painter.fillRect(
                self.rect(left, top + (line - swatch) / 2, swatch, swatch),
                COLOURS[number % len(COLOURS)],
            )
            self.painter.drawText(
                self.rect(left + swatch + gap / 2, top, width - swatch - gap / 2, line),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                series.name,
            )
            left += width + gap
        return line * 1.4

    def _label(self, text: str, rect: QRectF) -> None:
        """The category's name in up to two lines, shortened with "…" beyond that."""
        width = rect.width() - mm_to_px(1, self.dpi)
        if self.metrics.horizontalAdvance(text) > width * 2:
            text = self.metrics.elidedText(text, Qt.TextElideMode.ElideRight, width * 1.85)
        gap = mm_to_px(1, self.dpi)
        self.painter.setPen(TEXT)
        # aligned towards the bars: "right" turns to the left edge for right to left
        self.painter.drawText(
            rect.adjusted(gap, 0, -gap, 0),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight | Qt.TextFlag.TextWordWrap,
            text,
        )

    def _bar(self, value, colour, left: float, width: float, top: float, height: float) -> None:
        length = width * max(0.0, min(1.0, value)) if value is not None else 0.0
        if length:
            self.painter.fillRect(self.rect(left, top, length, height * 0.9), colour)
        text = self.spec.percent(value) if value is not None else "–"
        self.painter.setPen(TEXT)
        self.painter.drawText(
            self.rect(left + length + 4, top, 200, height * 0.9),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            text,
        )
