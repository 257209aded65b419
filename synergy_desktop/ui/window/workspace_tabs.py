"""The pages of an open workspace, as tabs: overview, walk-through and the evidence modules.

A page is built the first time it is shown or asked for, so opening a workspace only builds and
loads what the user sees first. Pages are not wired to each other: each page says which change
topics it shows (``CHANGES``) and is refreshed through the bus when one of them changes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from synergy_desktop.services import events
from synergy_desktop.ui.shared.bus import UiBus

if TYPE_CHECKING:
    from synergy_desktop.ui.assessment.session import Session

PAGES = ("overview", "assessment", "register", "coordination", "nbsap", "reporting")
EVIDENCE = (events.REGISTER, events.COORDINATION, events.NBSAP, events.REPORTING, events.COUNTRY)
#: What each page shows besides its own edits, and how it catches up.
CHANGES = {
    "overview": (events.TOPICS, lambda view: view.refresh()),
    "assessment": (EVIDENCE, lambda view: view.page.refresh_evidence()),
    "register": ((events.COUNTRY,), lambda view: view.reload()),
    "coordination": ((events.REGISTER, events.COUNTRY), lambda view: view.reload()),
    "nbsap": ((events.COUNTRY,), lambda view: view.reload()),
    "reporting": ((events.REGISTER, events.COUNTRY), lambda view: view.reload()),
}


def _build(name: str, session: Session, lang: str) -> QWidget:
    """A new page. Its module is imported here, when the page is first built, so the window
    starts without the pages nobody has opened yet (and what they import)."""
    context = session.context
    if name == "overview":
        from synergy_desktop.ui.overview.overview_view import OverviewView

        return OverviewView(session, lang)
    if name == "assessment":
        from synergy_desktop.ui.assessment.assessment_view import AssessmentView

        return AssessmentView(session, lang)
    if name == "register":
        from synergy_desktop.ui.focal_points.focal_points_view import FocalPointsView

        return FocalPointsView(context, lang)
    if name == "coordination":
        from synergy_desktop.ui.coordination.coordination_view import CoordinationView

        return CoordinationView(context, lang)
    if name == "nbsap":
        from synergy_desktop.ui.alignment.nbsap_view import NbsapView

        return NbsapView(context, lang)
    from synergy_desktop.ui.calendar.reporting_view import ReportingView

    return ReportingView(context, lang)


class WorkspaceTabs(QTabWidget):
    def __init__(self, session: Session, bus: UiBus, lang: str = "en") -> None:
        super().__init__()
        self.setDocumentMode(True)
        self.session = session
        self.bus = bus
        self.lang = lang
        self.built: dict[str, QWidget] = {}
        self.holders: dict[str, QWidget] = {}
        self.factories: dict[str, Callable[[], QWidget]] = {
            name: lambda n=name: _build(n, session, self.lang) for name in PAGES
        }
        for name in PAGES:
            holder = QWidget()
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.holders[name] = holder
            self.addTab(holder, "")
        self.currentChanged.connect(lambda index: self.page(PAGES[index]))
        session.optionRequested.connect(self.show_place)
        self.name_tabs()  # no page is built until show_page() or an attribute asks for one

    def page(self, name: str) -> QWidget:
        """The page ``name``, built on first use."""
        if name not in self.built:
            view = self.factories[name]()
            self.built[name] = view
            self.holders[name].layout().addWidget(view)
            topics, catch_up = CHANGES[name]
            self.bus.on(topics, lambda _change, v=view, f=catch_up: f(v), view)
            if name == "overview":
                view.openRequested.connect(self.show_page)
        return self.built[name]

    overview = property(lambda self: self.page("overview"))
    assessment = property(lambda self: self.page("assessment"))
    register = property(lambda self: self.page("register"))
    coordination = property(lambda self: self.page("coordination"))
    nbsap = property(lambda self: self.page("nbsap"))
    reporting = property(lambda self: self.page("reporting"))

    def show_page(self, name: str) -> None:
        name = {"deadlines": "reporting"}.get(name, name)
        self.setCurrentWidget(self.holders[name])
        self.page(name)

    def show_place(self, place) -> None:
        """Show an option's field on the Assessment page (a search hit, for example)."""
        self.show_page("assessment")
        self.assessment.show_place(place)

    def current_name(self) -> str:
        return PAGES[self.currentIndex()]

    def set_language(self, lang: str) -> None:
        """Content (framework, instruments, targets) in ``lang``; labels follow through the
        translators and QEvent.LanguageChange."""
        self.lang = lang
        for view in self.built.values():
            view.set_language(lang)

    def name_tabs(self) -> None:
        names = (
            self.tr("Overview"),
            self.tr("Assessment"),
            self.tr("Focal points"),
            self.tr("Coordination"),
            self.tr("NBSAP alignment"),
            self.tr("Reporting calendar"),
        )
        for index, text in enumerate(names):
            self.setTabText(index, text)

    def retranslate(self) -> None:
        for view in self.built.values():
            view.retranslate()
        self.name_tabs()
