"""The guided walk-through: framework tree, answer page, history panel."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QItemSelectionModel, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from synergy_desktop.domain.framework import Option
from synergy_desktop.text import arg
from synergy_desktop.ui.assessment.answer_page import AnswerPage
from synergy_desktop.ui.assessment.framework_tree import STATUS, TITLE, FrameworkTreeModel
from synergy_desktop.ui.assessment.history_model import HistoryModel, SortRole
from synergy_desktop.ui.assessment.session import Session


class AssessmentView(QWidget):
    newRoundRequested = Signal()

    def __init__(self, session: Session, lang: str = "en", parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.lang = lang
        self.options: tuple[Option, ...] = session.framework.options
        self.tree_model = FrameworkTreeModel(session, lang)
        self.history_model = HistoryModel()
        self._shown = False  # an option was shown since the round changed
        self._build()
        session.answerSaved.connect(self._answer_saved)
        session.historyAdded.connect(self._history_added)
        session.assessmentChanged.connect(self._assessment_changed)
        self._assessment_changed()

    def _build(self) -> None:
        self.banner = QLabel()
        self.banner.setObjectName("finalBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "QLabel#finalBanner { background: #fff3c4; color: #3d3000;"
            " border: 1px solid #c9a800; padding: 6px; }"
        )
        self.banner.hide()

        self.overall_label = QLabel()
        self.overall_bar = QProgressBar()
        self.overall_bar.setTextVisible(True)
        self.tree = QTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        # Sized from the texts it can show (see _fit_status_column), not by measuring every row
        # whenever an answer is saved.
        self.tree.header().setSectionResizeMode(STATUS, QHeaderView.ResizeMode.Fixed)
        self.tree.expandAll()
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.overall_label)
        left_layout.addWidget(self.overall_bar)
        left_layout.addWidget(self.tree, 1)

        self.page = AnswerPage(self.session, self.lang)
        self.previous_button = QPushButton()
        self.next_button = QPushButton()
        self.previous_button.clicked.connect(self.go_previous)
        self.next_button.clicked.connect(self.go_next)
        nav = QHBoxLayout()
        nav.addWidget(self.previous_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        answer_side = QWidget()
        answer_layout = QVBoxLayout(answer_side)
        answer_layout.setContentsMargins(0, 0, 0, 0)
        answer_layout.addWidget(self.page, 1)
        answer_layout.addLayout(nav)

        self.history_title = QLabel()
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.history_model)
        proxy.setSortRole(SortRole)
        self.history_view = QTableView()
        self.history_view.setModel(proxy)
        self.history_view.setSortingEnabled(True)
        self.history_view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        self.history_view.setWordWrap(True)
        self.history_view.verticalHeader().hide()
        header = self.history_view.horizontalHeader()
        header.setStretchLastSection(False)
        fit, stretch = QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch
        for column, mode in enumerate((fit, fit, fit, stretch, stretch, fit)):
            header.setSectionResizeMode(column, mode)
        header.setResizeContentsPrecision(0)  # fit to the rows in sight, not to a long history
        self.history_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_panel = QWidget()
        history_layout = QVBoxLayout(self.history_panel)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(self.history_title)
        history_layout.addWidget(self.history_view, 1)

        self.centre = QSplitter(Qt.Orientation.Vertical)
        self.centre.addWidget(answer_side)
        self.centre.addWidget(self.history_panel)
        self.centre.setStretchFactor(0, 4)
        self.centre.setStretchFactor(1, 1)
        self.centre.setSizes([600, 170])

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.centre)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([380, 980])

        self.empty = QWidget()
        empty_layout = QVBoxLayout(self.empty)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_button = QPushButton()
        self.empty_button.clicked.connect(self.newRoundRequested)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label, 0, Qt.AlignmentFlag.AlignCenter)
        empty_layout.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignCenter)
        empty_layout.addStretch(2)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        walk = QWidget()
        walk_layout = QVBoxLayout(walk)
        walk_layout.setContentsMargins(0, 0, 0, 0)
        walk_layout.addWidget(self.banner)
        walk_layout.addWidget(self.splitter, 1)
        self.stack.addWidget(walk)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.stack)
        self.retranslate()

    def retranslate(self) -> None:
        self.previous_button.setText(self.tr("← &Previous option"))
        self.previous_button.setToolTip(self.tr("Previous option (Alt+Up)"))
        self.next_button.setText(self.tr("&Next option →"))
        self.next_button.setToolTip(self.tr("Next option (Alt+Down)"))
        self.history_title.setText(self.tr("History of this option"))
        self.tree.setAccessibleName(self.tr("Areas and options"))
        self.history_view.setAccessibleName(self.tr("History of this option"))
        self.empty_label.setText(
            self.tr(
                "This workspace has no assessment round yet. A round "
                "is one pass through all options, for example the "
                "self-assessment of 2026."
            )
        )
        self.empty_button.setText(self.tr("Start the first round…"))
        self.page.retranslate()
        self.history_model.retranslate()
        self._fit_status_column()
        self._update_banner()
        self._update_progress()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit_status_column()
        super().changeEvent(event)

    def _fit_status_column(self) -> None:
        metrics = self.tree.fontMetrics()
        widest = max(metrics.horizontalAdvance(text) for text in self.tree_model.status_samples())
        margin = 2 * self.tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 12
        self.tree.header().resizeSection(STATUS, widest + margin)

    def set_language(self, lang: str) -> None:
        self.lang = lang
        self.page.lang = lang
        self.tree_model.set_language(lang)
        self.tree.expandAll()
        current = self.current_option()
        if current is not None:
            self.select_option(current.id)
            self.page.show_option(current)

    # -- navigation -----------------------------------------------------------------------

    def current_option(self) -> Option | None:
        return self.page.option

    def select_option(self, option_id: str) -> None:
        index = self.tree_model.option_index(option_id)
        if index.isValid():
            self.tree.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.tree.scrollTo(index)

    def go_next(self) -> None:
        self._step(+1)

    def go_previous(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        current = self.current_option()
        ids = [o.id for o in self.options]
        position = ids.index(current.id) + delta if current else 0
        if 0 <= position < len(ids):
            self.select_option(ids[position])

    def _current_changed(self, current, _previous) -> None:
        option = self.tree_model.option_at(current)
        if option is None:
            area = self.tree_model.area_at(current)
            if area is not None and area.options:
                option = area.options[0]
            else:
                return
        self.page.show_option(option)
        self._update_nav()
        self._load_history()
        self._shown = True

    def _update_nav(self) -> None:
        current = self.current_option()
        ids = [o.id for o in self.options]
        position = ids.index(current.id) if current else -1
        self.previous_button.setEnabled(position > 0)
        self.next_button.setEnabled(0 <= position < len(ids) - 1)

    # -- updates --------------------------------------------------------------------------

    def _answer_saved(self, _option_id: str) -> None:
        self._update_progress()

    def _history_added(self, entries: list) -> None:
        current = self.current_option()
        if current is not None:
            self.history_model.prepend([e for e in entries if e.option_id == current.id])

    def _load_history(self) -> None:
        current = self.current_option()
        if current is None or self.session.assessment is None:
            self.history_model.set_entries([])
            return
        self.history_model.set_entries(
            self.session.service.history(self.session.assessment.id, current.id)
        )

    def _assessment_changed(self) -> None:
        has_round = self.session.assessment is not None
        self.stack.setCurrentIndex(1 if has_round else 0)
        self._update_banner()
        self._update_progress()
        self.tree.expandAll()
        if not has_round:
            return
        current = self.current_option()
        self._shown = False
        self.select_option(current.id if current else self.options[0].id)
        if current is not None and not self._shown:  # the selection did not move: show it here
            self.page.show_option(current)
            self._load_history()

    def _update_banner(self) -> None:
        info = self.session.assessment
        if info is not None and info.is_final:
            when = info.finalised_at.astimezone().strftime("%Y-%m-%d") if info.finalised_at else ""
            self.banner.setText(
                arg(
                    self.tr(
                        "This round was finalised on %1 and is read-only. To continue the "
                        "work, use Assessment > New round from this one."
                    ),
                    when,
                )
            )
            self.banner.show()
        else:
            self.banner.hide()

    def _update_progress(self) -> None:
        overall = self.session.progress().overall
        self.overall_bar.setMaximum(overall.total)
        self.overall_bar.setValue(overall.answered)
        self.overall_bar.setFormat(
            arg(self.tr("%1 of %2 answered"), overall.answered, overall.total)
        )
        title = self.session.assessment.title if self.session.assessment else ""
        self.overall_label.setText(f"<b>{escape(title)}</b>")
