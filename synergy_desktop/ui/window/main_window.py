"""The main window: menus, round selector, status bar; hosts the start page or the walk-through."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QToolBar,
)

from synergy_desktop.domain.framework import Framework
from synergy_desktop.domain.labels import status_label
from synergy_desktop.text import arg
from synergy_desktop.ui.assessment.round_actions import RoundActions
from synergy_desktop.ui.shared import language
from synergy_desktop.ui.shared.dialogs import show_about
from synergy_desktop.ui.shared.fonts import apply_font, base_point_size, next_delta
from synergy_desktop.ui.shared.menus import add_items, show_shortcuts
from synergy_desktop.ui.shared.settings import Settings
from synergy_desktop.ui.shared.translations import LANGUAGES
from synergy_desktop.ui.shared.workspace_holder import WorkspaceHolder
from synergy_desktop.ui.window.extensions import MenuSlots, installers
from synergy_desktop.ui.window.fit import is_small_screen, place
from synergy_desktop.ui.window.questionnaire_actions import QuestionnaireActions
from synergy_desktop.ui.window.start_page import StartPage
from synergy_desktop.ui.window.workspace_actions import WorkspaceActions
from synergy_desktop.ui.window.workspace_tabs import PAGES, WorkspaceTabs

if TYPE_CHECKING:  # the walk-through is imported when a workspace is first shown
    from synergy_desktop.ui.assessment.assessment_view import AssessmentView
    from synergy_desktop.ui.assessment.session import Session

Key = QKeySequence.StandardKey


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings, framework: Framework, lang: str = "en") -> None:
        super().__init__()
        self.settings = settings
        self.framework = framework
        self.holder = WorkspaceHolder(framework, self)
        self.holder.lang = lang
        self.view: AssessmentView | None = None
        self.tabs: WorkspaceTabs | None = None
        self.translators: list = []
        self._switching = False
        self.base_point_size = base_point_size()
        self.start_page = StartPage()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.start_page)
        self.setCentralWidget(self.stack)
        self.files = WorkspaceActions(self.holder, settings, self)
        self.rounds = RoundActions(self.holder, settings, self)
        self.questionnaires = QuestionnaireActions(self.holder, self)
        self.holder.attached.connect(self.attach)
        self.holder.detaching.connect(self._detaching)
        self.holder.message.connect(lambda text, ms: self.statusBar().showMessage(text, ms))
        self.holder.languageRequested.connect(self.set_language)
        self._make_actions()
        self._make_menus()
        self._make_toolbar()
        self.workspace_label = QLabel()
        self.save_label = QLabel()
        self.save_label.setObjectName("saveState")
        self.statusBar().addWidget(self.workspace_label, 1)
        self.statusBar().addPermanentWidget(self.save_label)
        self.start_page.newRequested.connect(self.files.new_workspace)
        self.start_page.openRequested.connect(self.files.open_dialog)
        self.start_page.demoRequested.connect(self.files.open_demo)
        self.start_page.recentChosen.connect(self.files.open_location)
        apply_font(self.base_point_size, self.settings.font_delta)
        place(self, self.settings.geometry("main"))  # never larger than the screen
        self.retranslate()
        self.update_state()

    # -- actions and menus ----------------------------------------------------------------

    def _action(self, handler, shortcut=None, *, checkable: bool = False) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            shortcuts = shortcut if isinstance(shortcut, list) else [shortcut]
            action.setShortcuts([QKeySequence(s) for s in shortcuts])
        action.setCheckable(checkable)
        action.triggered.connect(handler)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        f, r = self.files, self.rounds
        self.new_ws = self._action(f.new_workspace, Key.New)
        self.open_ws = self._action(f.open_dialog, Key.Open)
        self.open_demo = self._action(f.open_demo)
        self.open_server = self._action(f.open_server_dialog)
        self.export = self._action(f.export_summary, "Ctrl+E")
        self.export_questionnaire = self._action(self.questionnaires.export)
        self.import_questionnaire = self._action(self.questionnaires.import_)
        self.save_as = self._action(f.save_workspace_as, Key.SaveAs)
        self.country = self._action(f.edit_country)
        self.close_ws = self._action(f.close_workspace, Key.Close)
        self.quit = self._action(self.close, Key.Quit)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.undo = self._action(lambda: self.session and self.session.undo_stack.undo(), Key.Undo)
        self.redo = self._action(
            lambda: self.session and self.session.undo_stack.redo(), ["Ctrl+Shift+Z", "Ctrl+Y"]
        )
        self.author = self._action(f.ask_author)
        self.new_round = self._action(r.new_round, "Ctrl+Shift+N")
        self.rename_round = self._action(r.rename)
        self.round_details = self._action(r.edit_details)
        self.finalise_round = self._action(r.finalise)
        self.round_from = self._action(r.new_round_from_current)
        self.delete_round = self._action(r.delete)
        self.next_option = self._action(
            lambda: self.view and self.view.go_next(), ["Alt+Down", "Ctrl+PgDown"]
        )
        self.previous_option = self._action(
            lambda: self.view and self.view.go_previous(), ["Alt+Up", "Ctrl+PgUp"]
        )
        self.larger = self._action(lambda: self.change_font(+1), [Key.ZoomIn, "Ctrl+="])
        self.smaller = self._action(lambda: self.change_font(-1), Key.ZoomOut)
        self.reset_font = self._action(lambda: self.change_font(0), "Ctrl+0")
        self.page_actions = {
            name: self._action(lambda _=False, n=name: self.show_tab(n), f"Ctrl+{number}")
            for number, name in enumerate(PAGES, start=1)
        }
        self.show_history = self._action(self._toggle_history, checkable=True)
        self.show_history.setObjectName("historyPanel")
        self.show_history.setChecked(not is_small_screen())  # closed on laptop screens
        self.languages = QActionGroup(self)
        self.languages.setExclusive(True)
        self.language_actions = {}
        for code, name in LANGUAGES.items():
            action = self._action(lambda _=False, c=code: self.set_language(c), checkable=True)
            action.setText(name)  # each language in its own name, never translated
            self.languages.addAction(action)
            self.language_actions[code] = action
        self.about = self._action(self.show_about)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu, self.edit_menu = bar.addMenu(""), bar.addMenu("")
        self.round_menu, self.view_menu = bar.addMenu(""), bar.addMenu("")
        self.help_menu = bar.addMenu("")
        self.recent_menu = QMenu(self)
        self.recent_menu.aboutToShow.connect(lambda: self.files.fill_recent_menu(self.recent_menu))
        self.language_menu = QMenu(self)
        add_items(self.language_menu, self.language_actions.values())
        self.slots = MenuSlots(
            {
                "file": self.file_menu,
                "edit": self.edit_menu,
                "assessment": self.round_menu,
                "view": self.view_menu,
                "help": self.help_menu,
            }
        )
        f = self  # each slot: its menu, its name, the window's own entries in it
        layout = (
            ("file", "open", (f.new_ws, f.open_ws, f.recent_menu, f.open_server, f.open_demo)),
            ("file", "workspace", (f.country, f.save_as)),
            ("file", "export", (f.export, f.export_questionnaire, f.import_questionnaire)),
            ("file", "close", (f.close_ws, f.quit)),
            ("edit", "undo", (f.undo, f.redo)),
            ("edit", "find", ()),
            ("edit", "author", (f.author,)),
            ("assessment", "rounds", (f.new_round, f.rename_round, f.round_details)),
            ("assessment", "status", (f.finalise_round, f.round_from, f.delete_round)),
            ("assessment", "compare", ()),
            ("assessment", "navigate", (f.previous_option, f.next_option)),
            ("view", "pages", tuple(f.page_actions.values())),
            ("view", "text", (f.larger, f.smaller, f.reset_font)),
            ("view", "panels", (f.show_history, f.language_menu)),
            ("help", "guide", ()),
            ("help", "about", (f.about,)),
        )
        for menu, slot, items in layout:
            add_items(self.slots.menus[menu], items)
            self.slots.slot(menu, slot)
        for install in installers():
            install(self.slots, self.holder, self.settings, self)

    def _make_toolbar(self) -> None:
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("roundToolbar")
        self.toolbar.setMovable(False)
        self.round_label = QLabel()
        self.round_combo = QComboBox()
        self.round_combo.setMinimumContentsLength(40)
        self.round_combo.activated.connect(self._round_chosen)
        self.round_label.setBuddy(self.round_combo)
        self.toolbar.addWidget(self.round_label)
        self.toolbar.addWidget(self.round_combo)
        self.addToolBar(self.toolbar)

    def retranslate(self) -> None:
        texts = {
            self.new_ws: self.tr("&New workspace…"),
            self.open_ws: self.tr("&Open…"),
            self.open_demo: self.tr("Open &demo workspace"),
            self.open_server: self.tr("Open team ser&ver workspace…"),
            self.export: self.tr("&Export summary…"),
            self.export_questionnaire: self.tr("Export q&uestionnaire…"),
            self.import_questionnaire: self.tr("&Import questionnaire…"),
            self.save_as: self.tr("Save workspace &as…"),
            self.country: self.tr("Country &profile…"),
            self.page_actions["overview"]: self.tr("&Overview"),
            self.page_actions["assessment"]: self.tr("&Assessment"),
            self.page_actions["register"]: self.tr("&Focal points"),
            self.page_actions["coordination"]: self.tr("&Coordination"),
            self.page_actions["nbsap"]: self.tr("&NBSAP alignment"),
            self.page_actions["reporting"]: self.tr("&Reporting calendar"),
            self.close_ws: self.tr("&Close workspace"),
            self.quit: self.tr("&Quit"),
            self.undo: self.tr("&Undo"),
            self.redo: self.tr("&Redo"),
            self.author: self.tr("Your &name…"),
            self.new_round: self.tr("&New round…"),
            self.rename_round: self.tr("&Rename…"),
            self.round_details: self.tr("Round &details…"),
            self.finalise_round: self.tr("&Finalise…"),
            self.round_from: self.tr("New round from &this one…"),
            self.delete_round: self.tr("De&lete round…"),
            self.next_option: self.tr("Ne&xt option"),
            self.previous_option: self.tr("&Previous option"),
            self.larger: self.tr("Lar&ger text"),
            self.smaller: self.tr("&Smaller text"),
            self.reset_font: self.tr("Nor&mal text size"),
            self.show_history: self.tr("&History panel"),
            self.about: self.tr("&About Synergy Desktop"),
        }
        for action, text in texts.items():
            action.setText(text)
        self.file_menu.setTitle(self.tr("&File"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.round_menu.setTitle(self.tr("&Assessment"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.round_label.setText(self.tr("&Round: "))
        self.round_combo.setAccessibleName(self.tr("Assessment round"))
        self.slots.retranslate()
        show_shortcuts(self.menuBar())  # "Ctrl++", not "++Ctrl", in Arabic
        self.toolbar.setWindowTitle(self.tr("Round"))
        self.start_page.retranslate()
        if self.view is not None:
            self.tabs.retranslate()
        self.update_state()  # the status bar and the title in the new language
        if self.session is not None:
            self.session.restate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self._switching:
            self.retranslate()
        super().changeEvent(event)

    # -- state ----------------------------------------------------------------------------

    @property
    def session(self) -> Session | None:
        return self.holder.session

    @property
    def lang(self) -> str:
        return self.holder.lang

    def _page_changed(self, *_args) -> None:
        self.holder.current_page = self.tabs.current_name() if self.tabs is not None else ""

    def _detaching(self, session: Session) -> None:
        if self.view is not None:
            self.settings.set_geometry("splitter", self.view.splitter.saveState())
        if session.assessment is not None:  # remembered once, not at every change of round
            self.settings.set_last_assessment(session.context.location, session.assessment.id)

    def attach(self, session: Session | None) -> None:
        """Show a newly opened session (or the start page when None)."""
        if self.tabs is not None:
            self.stack.removeWidget(self.tabs)
            self.tabs.deleteLater()
            self.tabs = self.view = None
        if session is None:
            self.start_page.set_recent(self.settings.recent)
            self.stack.setCurrentWidget(self.start_page)
            self.save_label.clear()
        else:
            self.tabs = WorkspaceTabs(session, self.holder.bus, self.lang)
            self.view = self.tabs.assessment
            self.tabs.currentChanged.connect(self._page_changed)
            self.tabs.show_page("assessment" if session.assessment else "overview")
            self._page_changed()
            self.view.newRoundRequested.connect(self.rounds.new_round)
            self.view.history_panel.setVisible(self.show_history.isChecked())
            splitter = self.settings.geometry("splitter")
            if splitter is not None:
                self.view.splitter.restoreState(splitter)
            self.stack.addWidget(self.tabs)
            self.stack.setCurrentWidget(self.tabs)
            session.saveStateChanged.connect(self._save_state)
            session.saveFailed.connect(self.files.save_failed)
            session.assessmentChanged.connect(self.update_state)
            session.roundsChanged.connect(self.fill_rounds)
            session.undo_stack.canUndoChanged.connect(self.update_state)
            session.undo_stack.canRedoChanged.connect(self.update_state)
            self.fill_rounds()
        self.update_state()

    def fill_rounds(self) -> None:
        self.round_combo.clear()
        if self.session is None:
            return
        for info in self.session.rounds():
            self.round_combo.addItem(
                arg(self.tr("%1 (%2)"), info.title, status_label(info.status)), info.id
            )
        if self.session.assessment is not None:
            self.round_combo.setCurrentIndex(self.round_combo.findData(self.session.assessment.id))

    def _round_chosen(self, index: int) -> None:
        assessment_id = self.round_combo.itemData(index)
        if self.session is not None and assessment_id is not None:
            self.session.select(assessment_id)

    def update_state(self) -> None:
        has_ws = self.session is not None
        has_round = has_ws and self.session.assessment is not None
        editable = has_round and not self.session.read_only
        for action in (
            self.export,
            self.save_as,
            self.close_ws,
            self.new_round,
            self.country,
            *self.page_actions.values(),
        ):
            action.setEnabled(has_ws)
        for action in (self.export, self.export_questionnaire):
            action.setEnabled(has_round)
        self.import_questionnaire.setEnabled(editable)
        for action in (
            self.rename_round,
            self.round_from,
            self.delete_round,
            self.next_option,
            self.previous_option,
        ):
            action.setEnabled(has_round)
        self.finalise_round.setEnabled(editable)
        self.round_details.setEnabled(editable)
        self.undo.setEnabled(editable and self.session.undo_stack.canUndo())
        self.redo.setEnabled(editable and self.session.undo_stack.canRedo())
        self.toolbar.setVisible(has_ws)
        self.workspace_label.setText(
            arg(self.tr("Workspace: %1"), self.session.context.display_name)
            if has_ws
            else self.tr("No workspace open")
        )
        self.slots.update(
            {"workspace": has_ws, "round": bool(has_round), "editable": bool(editable)}
        )
        self.update_title()

    def update_title(self) -> None:
        if self.session is not None and self.session.context.path is not None:
            self.setWindowTitle(
                arg(self.tr("%1 – Synergy Desktop"), self.session.context.path.name)
            )
        else:
            self.setWindowTitle(self.tr("Synergy Desktop"))

    def _save_state(self, state: str, text: str) -> None:
        self.save_label.setText(text)
        self.save_label.setProperty("state", state)
        colour = "#a40000" if state == "failed" else ""
        self.save_label.setStyleSheet(f"color: {colour}" if colour else "")

    def set_language(self, lang: str) -> None:
        """Switch the whole interface live; the choice is remembered."""
        if lang not in LANGUAGES:
            lang = "en"
        self.holder.lang = lang
        self.settings.language = lang
        self.language_actions[lang].setChecked(True)
        self._switching = True  # one retranslation below, not one per translator event
        try:
            self.translators = language.switch(lang, self.translators)
        finally:
            self._switching = False
        if self.tabs is not None:
            self.tabs.set_language(lang)
        self.retranslate()
        self.fill_rounds()

    def show_tab(self, name: str) -> None:
        if self.tabs is not None:
            self.tabs.show_page(name)

    @property
    def register(self):
        return self.tabs.register if self.tabs else None

    @property
    def coordination(self):
        return self.tabs.coordination if self.tabs else None

    def _toggle_history(self, checked: bool) -> None:
        if self.view is not None:
            self.view.history_panel.setVisible(checked)

    # -- view -----------------------------------------------------------------------------

    def change_font(self, step: int) -> None:
        self.settings.font_delta = next_delta(self.settings.font_delta, step)
        apply_font(self.base_point_size, self.settings.font_delta)

    def show_about(self) -> None:
        show_about(self, self.session.context.display_name if self.session else "")

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.close_workspace():
            event.ignore()
            return
        self.settings.set_geometry("main", self.saveGeometry())
        self.release_language()
        event.accept()

    def release_language(self) -> None:
        """Give back what set_language changed for the whole application."""
        language.release(self.translators)
        self.translators = []
