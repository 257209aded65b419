"""The national coordination mechanism(s): details, members, meetings, and how it works."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from synergy_desktop.content.reference import instruments
from synergy_desktop.domain.focal_points import Mechanism, MechanismInput
from synergy_desktop.services.context import WorkspaceContext
from synergy_desktop.services.errors import ServiceError
from synergy_desktop.text import arg, translate
from synergy_desktop.ui.coordination.coordination_dialogs import MeetingDialog, MemberDialog
from synergy_desktop.ui.coordination.coordination_models import MeetingsModel, MembersModel, RowRole
from synergy_desktop.ui.shared import dates
from synergy_desktop.ui.shared.empty_state import EmptyState
from synergy_desktop.ui.shared.tables import fit_columns, record_table

TEXT_FIELDS = ("name", "legal_basis", "chair_institution", "secretariat")
LONG_FIELDS = ("mandate", "notes")


class CoordinationView(QWidget):
    changed = Signal()

    def __init__(
        self, context: WorkspaceContext, lang: str = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.lang = lang
        self.service = context.coordination
        self.mechanism: Mechanism | None = None
        self._loading = False
        self._save_timer = QTimer(self, singleShot=True, interval=600)
        self._save_timer.timeout.connect(self.save_details)
        self._build()
        self.reload()

    def _build(self) -> None:
        self.chooser = QComboBox()
        self.chooser.currentIndexChanged.connect(self._chosen)
        self.new_button = QPushButton()
        self.delete_button = QPushButton()
        self.new_button.clicked.connect(self.new_mechanism)
        self.delete_button.clicked.connect(self.delete_mechanism)
        top = QHBoxLayout()
        self.chooser_label = QLabel()
        self.chooser_label.setBuddy(self.chooser)
        top.addWidget(self.chooser_label)
        top.addWidget(self.chooser, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.delete_button)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("mechanismStatus")
        self.inputs: dict[str, QLineEdit | QPlainTextEdit] = {}
        for name in TEXT_FIELDS:
            edit = QLineEdit()
            edit.textEdited.connect(self._edited)
            edit.editingFinished.connect(self.save_details)
            self.inputs[name] = edit
        for name in LONG_FIELDS:
            box = QPlainTextEdit()
            box.setTabChangesFocus(True)
            box.setFixedHeight(70)
            box.textChanged.connect(self._edited)
            self.inputs[name] = box
        self.rhythm = QSpinBox()
        self.rhythm.setRange(0, 52)
        self.rhythm.valueChanged.connect(self._edited)
        self.form = QFormLayout()
        self.form_labels: dict[str, QLabel] = {}
        for name in (
            "name",
            "legal_basis",
            "mandate",
            "chair_institution",
            "secretariat",
            "rhythm",
            "notes",
        ):
            widget = self.rhythm if name == "rhythm" else self.inputs[name]
            label = QLabel()
            label.setBuddy(widget)
            self.form_labels[name] = label
            self.form.addRow(label, widget)

        self.members_model = MembersModel()
        self.members = record_table(self.members_model)
        self.add_member_button = QPushButton()
        self.remove_member_button = QPushButton()
        self.add_member_button.clicked.connect(self.add_member)
        self.remove_member_button.clicked.connect(self.remove_member)
        self.meetings_model = MeetingsModel()
        self.meetings = record_table(self.meetings_model)
        self.meetings.doubleClicked.connect(self.edit_meeting)
        self.add_meeting_button = QPushButton()
        self.edit_meeting_button = QPushButton()
        self.delete_meeting_button = QPushButton()
        self.add_meeting_button.clicked.connect(self.add_meeting)
        self.edit_meeting_button.clicked.connect(self.edit_meeting)
        self.delete_meeting_button.clicked.connect(self.delete_meeting)
        self.members_title, self.meetings_title = QLabel(), QLabel()

        member_box = QVBoxLayout()
        member_box.addWidget(self.members_title)
        member_box.addWidget(self.members, 1)
        member_buttons = QHBoxLayout()
        member_buttons.addWidget(self.add_member_button)
        member_buttons.addWidget(self.remove_member_button)
        member_buttons.addStretch(1)
        member_box.addLayout(member_buttons)
        meeting_box = QVBoxLayout()
        meeting_box.addWidget(self.meetings_title)
        meeting_box.addWidget(self.meetings, 1)
        meeting_buttons = QHBoxLayout()
        for button in (
            self.add_meeting_button,
            self.edit_meeting_button,
            self.delete_meeting_button,
        ):
            meeting_buttons.addWidget(button)
        meeting_buttons.addStretch(1)
        meeting_box.addLayout(meeting_buttons)
        lists = QHBoxLayout()
        lists.addLayout(member_box, 2)
        lists.addLayout(meeting_box, 3)

        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.status)
        body.addLayout(self.form)
        body.addLayout(lists, 1)
        self.empty = EmptyState()
        self.empty.add_button(self.new_mechanism, "addMechanism")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.top_bar = QWidget()  # the chooser, hidden while there is nothing to choose
        self.top_bar.setLayout(top)
        top.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.top_bar)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.body, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.members_model.retranslate()
        self.meetings_model.retranslate()
        labels = {
            "name": self.tr("&Name:"),
            "legal_basis": self.tr("&Legal basis or act:"),
            "mandate": self.tr("&Mandate:"),
            "chair_institution": self.tr("&Chair:"),
            "secretariat": self.tr("Secre&tariat:"),
            "rhythm": self.tr("&Planned meetings per year:"),
            "notes": self.tr("N&otes:"),
        }
        for name, label in self.form_labels.items():
            label.setText(labels[name])
        for name, widget in self.inputs.items():
            widget.setAccessibleName(labels[name].replace("&", "").rstrip(":"))
        self.rhythm.setAccessibleName(labels["rhythm"].replace("&", "").rstrip(":"))
        self.chooser_label.setText(self.tr("Coor&dination mechanism:"))
        self.new_button.setText(self.tr("New mechanism…"))
        self.delete_button.setText(self.tr("Delete mechanism…"))
        self.members_title.setText(self.tr("<b>Members</b>"))
        self.meetings_title.setText(self.tr("<b>Meetings held</b>"))
        self.add_member_button.setText(self.tr("Add member…"))
        self.remove_member_button.setText(self.tr("Remove member"))
        self.add_meeting_button.setText(self.tr("Record meeting…"))
        self.edit_meeting_button.setText(self.tr("Edit meeting…"))
        self.delete_meeting_button.setText(self.tr("Delete meeting…"))
        self.members.setAccessibleName(self.tr("Members"))
        self.meetings.setAccessibleName(self.tr("Meetings held"))
        self.empty.set_texts(
            self.tr("No coordination mechanism is recorded yet"),
            self.tr(
                "A national biodiversity committee or working group that brings the focal "
                "points of the different treaties together is option A2 of the framework. "
                "Record its legal basis, mandate and chair, its members from the register and "
                "the meetings it holds."
            ),
        )
        self.empty.buttons[0].setText(self.tr("Add a mechanism…"))
        self._show_status()

    def set_language(self, lang: str) -> None:
        """Instrument names in ``lang`` (the labels follow through retranslate)."""
        self.lang = lang
        self._show_status()

    # -- data -----------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        current = select_id or (self.mechanism.id if self.mechanism else None)
        mechanisms = self.service.mechanisms()
        blocked = self.chooser.blockSignals(True)
        self.chooser.clear()
        for mechanism in mechanisms:
            self.chooser.addItem(mechanism.name, mechanism.id)
        index = self.chooser.findData(current)
        self.chooser.setCurrentIndex(index if index >= 0 else (0 if mechanisms else -1))
        self.chooser.blockSignals(blocked)
        self._chosen()

    def _chosen(self) -> None:
        mechanism_id = self.chooser.currentData()
        self.mechanism = self.service.get(mechanism_id) if mechanism_id is not None else None
        has = self.mechanism is not None
        self.body.setVisible(has)
        self.empty.setVisible(not has)
        self.top_bar.setVisible(has)
        self.delete_button.setEnabled(has)
        if not has:
            return
        self._loading = True
        for name, widget in self.inputs.items():
            value = getattr(self.mechanism, name)
            if isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
            else:
                widget.setText(value)
        self.rhythm.setValue(self.mechanism.meetings_per_year)
        self._loading = False
        self.members_model.set_members(list(self.mechanism.members))
        self.meetings_model.set_meetings(list(self.mechanism.meetings))
        fit_columns(self.members, 260)
        fit_columns(self.meetings, 200)
        self._show_status()

    def _show_status(self) -> None:
        if self.mechanism is None:
            self.status.clear()
            return
        status = self.service.status(self.mechanism)
        text = arg(
            translate(
                "CoordinationView",
                "Met %n time(s) in the last 12 months (planned: %1 a year).",
                None,
                status.meetings_last_year,
            ),
            status.planned_per_year,
        )
        if not status.meets_as_planned:
            text += " " + self.tr("It meets less often than planned.")
        if status.absent_instruments:
            short = {i.code: i.short_name.get(self.lang) for i in instruments()}
            text += " " + arg(
                self.tr("No focal point of these instruments is a member: %1."),
                QLocale().createSeparatedList(
                    [short.get(code, code) for code in status.absent_instruments]
                ),
            )
        self.status.setText(text)

    def _edited(self) -> None:
        if not self._loading and self.mechanism is not None:
            self._save_timer.start()

    def details(self) -> MechanismInput:
        values = {
            name: (w.toPlainText() if isinstance(w, QPlainTextEdit) else w.text())
            for name, w in self.inputs.items()
        }
        return MechanismInput(meetings_per_year=self.rhythm.value(), **values)

    def save_details(self) -> None:
        self._save_timer.stop()
        if self.mechanism is None or self._loading:
            return
        try:
            self.mechanism = self.service.save(self.details(), self.mechanism.id)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Coordination mechanism"), str(exc))
            return
        self.chooser.setItemText(self.chooser.currentIndex(), self.mechanism.name)
        self._show_status()
        self.changed.emit()

    # -- actions --------------------------------------------------------------------------

    def _run(self, work) -> None:
        try:
            self.mechanism = work()
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Coordination mechanism"), str(exc))
            return
        self.reload(self.mechanism.id if self.mechanism else None)
        self.changed.emit()

    def new_mechanism(self) -> None:
        name, ok = QInputDialog.getText(
            self,
            self.tr("New mechanism"),
            self.tr("Name:"),
            text=self.tr("National biodiversity committee"),
        )
        if ok and name.strip():
            self._run(lambda: self.service.save(MechanismInput(name=name)))

    def delete_mechanism(self) -> None:
        if self.mechanism is None:
            return
        text = arg(
            self.tr(
                "Delete “%1” with its members and %2 recorded meetings? This cannot be undone."
            ),
            self.mechanism.name,
            len(self.mechanism.meetings),
        )
        if QMessageBox.question(
            self,
            self.tr("Delete mechanism"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        ) == (QMessageBox.StandardButton.Yes):
            mechanism_id = self.mechanism.id
            self.mechanism = None
            self.service.delete(mechanism_id)
            self.reload()
            self.changed.emit()

    def add_member(self) -> None:
        if self.mechanism is None:
            return
        dialog = MemberDialog(self, self.context.focal_points.contacts())
        if dialog.exec():
            contact_id, institution = dialog.value()
            mechanism_id = self.mechanism.id
            self._run(
                lambda: self.service.add_member(
                    mechanism_id, contact_id=contact_id, institution=institution
                )
            )

    def remove_member(self) -> None:
        member = self.members.currentIndex().data(RowRole)
        if self.mechanism is not None and member is not None:
            mechanism_id = self.mechanism.id
            self._run(lambda: self.service.remove_member(mechanism_id, member.id))

    def add_meeting(self) -> None:
        self._meeting_dialog(None)

    def edit_meeting(self) -> None:
        meeting = self.meetings.currentIndex().data(RowRole)
        if meeting is not None:
            self._meeting_dialog(meeting)

    def _meeting_dialog(self, meeting) -> None:
        if self.mechanism is None:
            return
        dialog = MeetingDialog(self, meeting)
        if dialog.exec():
            mechanism_id, record = self.mechanism.id, dialog.value()
            self._run(lambda: self.service.save_meeting(mechanism_id, record))

    def delete_meeting(self) -> None:
        meeting = self.meetings.currentIndex().data(RowRole)
        if self.mechanism is None or meeting is None:
            return
        text = arg(self.tr("Delete the meeting of %1?"), dates.short_date(meeting.held_on))
        if QMessageBox.question(
            self,
            self.tr("Delete meeting"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        ) == (QMessageBox.StandardButton.Yes):
            mechanism_id = self.mechanism.id
            self._run(lambda: self.service.delete_meeting(mechanism_id, meeting.id))
