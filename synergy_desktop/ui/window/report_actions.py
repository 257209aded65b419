"""File > Export report…: the round as a Word document or a PDF, in the interface language."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from synergy_desktop.paths import data_dir
from synergy_desktop.services.context import register_export
from synergy_desktop.text import translate
from synergy_desktop.ui.shared.settings import Settings
from synergy_desktop.ui.shared.workspace_holder import WorkspaceHolder
from synergy_desktop.ui.window.export_flow import ExportTexts, export_file
from synergy_desktop.ui.window.extensions import MenuSlots


def export_report(data, target, lang, **options):
    """The report writer, imported when a report is first written (not at start-up)."""
    from synergy_desktop.ui.report.export import export_report as write

    return write(data, target, lang, **options)


register_export("report", export_report)  # the charts and the PDF need Qt, so the face adds it


def export_round_report(holder: WorkspaceHolder, parent: QWidget) -> None:
    session = holder.session
    if session is None or session.assessment is None:
        return
    texts = ExportTexts(
        translate("ReportActions", "Export report"),
        translate("ReportActions", "Word document (*.docx);;PDF document (*.pdf)"),
        translate("ReportActions", "Writing the report"),
        translate("ReportActions", "Report written to %1"),
        translate("ReportActions", "Export cancelled; nothing was written."),
        translate(
            "ReportActions",
            "The report cannot be written to %1 (%2). Close it if it is open in another "
            "program, or choose another place.",
        ),
        suffixes=(".docx", ".pdf"),
    )
    export_file(holder, parent, "report", texts, data_dir() / f"{session.assessment.title}.docx")


def install(menus: MenuSlots, holder: WorkspaceHolder, _settings: Settings, parent: QWidget):
    action = QAction(parent)
    action.setObjectName("exportReport")
    action.setShortcut("Ctrl+Shift+E")
    action.triggered.connect(lambda: export_round_report(holder, parent))
    parent.addAction(action)
    menus.add(
        "file",
        "export",
        action,
        needs="round",
        text=lambda: translate("ReportActions", "Export repor&t…"),
    )
