"""Base of form dialogs whose OK saves through a service and stays open on a refused value."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from synergy_desktop.services.errors import ServiceError


class SubmitDialog(QDialog):
    """A form whose OK calls ``submit``; a refused value keeps the dialog open with the reason."""

    def __init__(self, parent: QWidget | None, title: str, submit: Callable[[], object]):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.submit = submit
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a40000")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def row(self, label: str, widget: QWidget) -> QWidget:
        widget.setAccessibleName(label.replace("&", "").rstrip(":"))
        self.form.addRow(label, widget)
        return widget

    def _accept(self) -> None:
        try:
            self.submit()
        except ServiceError as exc:
            self.error.setText(str(exc))
            return
        self.accept()
