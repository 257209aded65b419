"""The dashboard's focal-point coverage: instrument × role, one small square per role with
✓, ! or ✗ on its colour (the symbol carries the status without the colour)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from synergy_desktop.content.reference import instruments
from synergy_desktop.domain.focal_points import Coverage, CoverageCell, CoverageStatus

Align = Qt.AlignmentFlag

#: Coverage colours (as the register's matrix) and symbols, so the status reads without colour.
COVERAGE_COLOURS = {
    CoverageStatus.FILLED: QColor("#cdebcd"),
    CoverageStatus.STALE: QColor("#fde2a0"),
    CoverageStatus.MISSING: QColor("#f4c4c4"),
}
COVERAGE_INK = {
    CoverageStatus.FILLED: QColor("#1b5e20"),
    CoverageStatus.STALE: QColor("#7a4f00"),
    CoverageStatus.MISSING: QColor("#a40000"),
}
MARKS = {CoverageStatus.FILLED: "✓", CoverageStatus.STALE: "!", CoverageStatus.MISSING: "✗"}


class CoverageMatrix(QWidget):
    """Instrument × role: one small square per role with ✓, ! or ✗ on its colour."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[tuple[str, list[CoverageCell]]] = []
        self.tips: dict[CoverageStatus, str] = {}
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self._hits: list[tuple[QRectF, str]] = []

    def set_coverage(self, coverage: Coverage, lang: str) -> None:
        """One row per instrument (its short name in ``lang``), its roles in order."""
        names = {i.code: i.short_name.get(lang) for i in instruments()}
        roles = {(i.code, r.code): r.name.get(lang) for i in instruments() for r in i.roles}
        order: dict[str, list[CoverageCell]] = {}
        self.tips = {}
        for cell in coverage.cells:
            order.setdefault(cell.instrument, []).append(cell)
            holders = ", ".join(cell.holders) or "—"
            role = roles.get((cell.instrument, cell.role), cell.role)
            self.tips[cell] = f"{names.get(cell.instrument, cell.instrument)} — {role}: {holders}"
        self.rows = [(names.get(code, code), cells) for code, cells in order.items()]
        self.updateGeometry()
        self.update()

    def _line(self) -> float:
        return self.fontMetrics().height() + 6.0

    def _layout(self) -> tuple[int, float, float]:
        """Blocks side by side, line height and name width: one block while every line fits
        in the height, two when the box is wide enough for them."""
        metrics = self.fontMetrics()
        widest = max((len(cells) for _, cells in self.rows), default=1)
        names = max((metrics.horizontalAdvance(name) for name, _ in self.rows), default=40)
        name_width = min(names + 12.0, max(metrics.averageCharWidth() * 18.0, self.width() * 0.5))
        rows = max(1, len(self.rows))
        line = min(self._line(), self.height() / rows)
        block = name_width + widest * (line + 1)
        if line < metrics.height() + 2 and self.width() >= 2 * block + 16:
            line = min(self._line(), self.height() / -(-rows // 2))
            return 2, line, name_width
        return 1, line, name_width

    def sizeHint(self) -> QSize:
        return QSize(360, int(self._line() * len(self.rows)) + 4)

    def minimumSizeHint(self) -> QSize:
        """Names may shrink to three quarters of the text size, no further (the page scrolls
        instead)."""
        return QSize(200, int(len(self.rows) * (self.fontMetrics().height() * 0.75 + 1)))

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        columns, line, name_width = self._layout()
        per_column = max(1, -(-len(self.rows) // columns))
        size = max(8.0, line - 3)
        block = self.width() / columns
        name_width = min(name_width, block * 0.6)
        rtl = self.isRightToLeft()
        mark_font = QFont(self.font())
        mark_font.setBold(True)
        mark_font.setPointSizeF(max(6.0, self.font().pointSizeF() * min(1.0, size / self._line())))
        text_pen = QPen(self.palette().color(QPalette.ColorRole.WindowText))
        name_font = QFont(self.font())  # smaller names when the lines are lower than the text
        scale = min(1.0, line / (self.fontMetrics().height() + 2))
        name_font.setPointSizeF(max(6.0, self.font().pointSizeF() * scale))
        name_metrics = QFontMetricsF(name_font)
        self._hits = []

        def placed(rect: QRectF) -> QRectF:
            if rtl:  # mirror the whole matrix
                rect.moveLeft(self.width() - rect.right())
            return rect

        for index, (name, cells) in enumerate(self.rows):
            column, row = divmod(index, per_column)
            left = block * column
            y = row * line
            label = placed(QRectF(left + 2, y, name_width - 6, line))
            painter.setFont(name_font)
            painter.setPen(text_pen)
            elided = name_metrics.elidedText(name, Qt.TextElideMode.ElideRight, label.width())
            align = Align.AlignVCenter | (Align.AlignRight if rtl else Align.AlignLeft)
            painter.drawText(label, int(align), elided)
            painter.setFont(mark_font)
            for position, cell in enumerate(cells):
                x = left + name_width + position * (size + 3)
                square = placed(QRectF(x, y + (line - size) / 2, size, size))
                painter.fillRect(square, COVERAGE_COLOURS[cell.status])
                painter.setPen(COVERAGE_INK[cell.status])
                painter.drawText(square, int(Align.AlignCenter), MARKS[cell.status])
                self._hits.append((square, self.tips.get(cell, "")))
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            pos = event.position() if hasattr(event, "position") else event.pos()
            tip = next((t for rect, t in self._hits if rect.contains(pos)), "")
            self.setToolTip(tip)
        return super().event(event)
