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
from synergy_desktop.ui.assessment.conflict_dialog import ask_about_conflicts
from synergy_desktop.ui.assessment.framework_tree import (
    STATUS,
    TITLE,
    FrameworkTreeModel,
    WrappingDelegate,
)
from synergy_desktop.ui.assessment.history_model import HistoryModel, SortRole
from synergy_desktop.ui.assessment.option_text import boxed
from synergy_desktop.ui.assessment.session import Session
from synergy_desktop.ui.shared import dates
from synergy_desktop.ui.shared.empty_state import EmptyState
from synergy_desktop.ui.shared.headings import follow_layout_direction


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
        session.answersRefreshed.connect(lambda _ids: self._update_progress())
        session.conflict.connect(
            lambda option_id, conflicts: ask_about_conflicts(self, session, option_id, conflicts)
        )
        session.assessmentChanged.connect(self._assessment_changed)
        self._assessment_changed()

    def _build(self) -> None:
        self.banner = QLabel()
        self.banner.setObjectName("finalBanner")
        self.banner.setWordWrap(True)
        boxed(self.banner, "#fff3c4", "#3d3000")
        self.banner.hide()

        self.overall_label = follow_layout_direction(QLabel())
        self.overall_label.setWordWrap(True)  # a long round title does not widen the list
        self.overall_bar = QProgressBar()
        self.overall_bar.setTextVisible(True)
        self.tree = QTreeView()
        self.tree.setModel(self.tree_model)
        self.tree.setAlternatingRowColors(True)
        self.tree.setWordWrap(True)  # whole option titles, on two lines where needed
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setObjectName("frameworkTree")
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        # Sized from the texts it can show (see _fit_status_column), not by measuring every row
        # whenever an answer is saved.
        self.tree.header().setSectionResizeMode(STATUS, QHeaderView.ResizeMode.Fixed)
        self.tree.header().sectionResized.connect(lambda *_: self.tree.doItemsLayout())
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
        nav.setContentsMargins(4, 0, 0, 0)
        nav.addWidget(self.previous_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        answer_side = QWidget()
        answer_layout = QVBoxLayout(answer_side)
        answer_layout.setContentsMargins(0, 0, 0, 0)
        answer_layout.setSpacing(4)
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
        self.history_panel.setObjectName("historyPanel")
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
        self.splitter.setSizes([310, 970])

        self.empty = EmptyState()
        self.empty_button = self.empty.add_button(self.newRoundRequested.emit, "startFirstRound")

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
        self.empty.set_texts(
            self.tr("No assessment round yet"),
            self.tr(
                "A round is one pass of the team through all options of the framework, for "
                "example the self-assessment of this year. Start the first round, then answer "
                "option by option; everything is saved as you type."
            ),
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

    def show_place(self, place) -> None:
        """Select ``place.option_id`` and put the cursor on the text found in ``place.field``."""
        self.select_option(place.option_id)
        self.page.focus_field(place.field, place.start, place.length, place.match)

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
        if self.session.context.read_only:
            self.banner.setText(
                self.tr(
                    "You may only read this workspace: your account on the team server has no "
                    "right to change it. You can look at everything and export it; ask the "
                    "workspace's administrator for editing rights."
                )
            )
            self.banner.show()
        elif info is not None and info.is_final:
            when = dates.short_date(info.finalised_at.astimezone()) if info.finalised_at else ""
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
