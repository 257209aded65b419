"""The pages of an open workspace, as tabs: overview, walk-through and the evidence modules."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget

from synergy_desktop.ui.assessment_view import AssessmentView
from synergy_desktop.ui.coordination_view import CoordinationView
from synergy_desktop.ui.focal_points_view import FocalPointsView
from synergy_desktop.ui.nbsap_view import NbsapView
from synergy_desktop.ui.overview_view import OverviewView
from synergy_desktop.ui.reporting_view import ReportingView
from synergy_desktop.ui.session import Session

PAGES = ("overview", "assessment", "register", "coordination", "nbsap", "reporting")


class WorkspaceTabs(QTabWidget):
    def __init__(self, session: Session, lang: str = "en") -> None:
        super().__init__()
        self.setDocumentMode(True)
        self.overview = OverviewView(session, lang)
        self.assessment = AssessmentView(session, lang)
        self.register = FocalPointsView(session.workspace, lang)
        self.coordination = CoordinationView(session.workspace)
        self.nbsap = NbsapView(session.workspace, lang)
        self.reporting = ReportingView(session.workspace, lang)
        for name in PAGES:
            self.addTab(getattr(self, name), "")
        for page in (self.register, self.coordination, self.nbsap, self.reporting):
            page.changed.connect(self.evidence_changed)
        self.register.changed.connect(self.reporting.reload)  # responsible focal points
        self.overview.openRequested.connect(self.show_page)
        self.name_tabs()

    def show_page(self, name: str) -> None:
        self.setCurrentWidget(getattr(self, {"deadlines": "reporting"}.get(name, name)))

    def evidence_changed(self) -> None:
        """Something an option page or the overview summarises has changed."""
        self.assessment.page.refresh_evidence()
        self.overview.refresh()

    def reload(self) -> None:
        for page in (self.register, self.coordination, self.nbsap, self.reporting):
            page.reload()
        self.evidence_changed()

    def set_language(self, lang: str) -> None:
        """Content (framework, instruments, targets) in ``lang``; labels follow through the
        translators and QEvent.LanguageChange."""
        for name in ("overview", "assessment", "register", "nbsap", "reporting"):
            getattr(self, name).set_language(lang)

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
        for name in PAGES:
            getattr(self, name).retranslate()
        self.name_tabs()
