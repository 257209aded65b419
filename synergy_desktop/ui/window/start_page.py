"""The start page shown when no workspace is open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from synergy_desktop.text import arg


class StartPage(QWidget):
    newRequested = Signal()
    openRequested = Signal()
    demoRequested = Signal()
    recentChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.title.setFont(font)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.new_button = QPushButton()
        self.open_button = QPushButton()
        self.demo_button = QPushButton()
        self.new_button.clicked.connect(self.newRequested)
        self.open_button.clicked.connect(self.openRequested)
        self.demo_button.clicked.connect(self.demoRequested)
        buttons = QHBoxLayout()
        for button in (self.new_button, self.open_button, self.demo_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.recent_label = QLabel()
        self.recent = QListWidget()
        self.recent.itemActivated.connect(
            lambda item: self.recentChosen.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.recent_label.setBuddy(self.recent)
        self.opening = QLabel()  # "Opening …" while a workspace opens at start-up
        self.opening.setObjectName("openingWorkspace")
        self.opening.setWordWrap(True)
        self.opening.hide()
        self._opening_location: str | None = None

        column = QVBoxLayout()
        column.addWidget(self.title)
        column.addWidget(self.intro)
        column.addSpacing(12)
        column.addWidget(self.opening)
        column.addLayout(buttons)
        column.addSpacing(18)
        column.addWidget(self.recent_label)
        column.addWidget(self.recent, 1)
        self.filler = QWidget()  # takes the list's place while a workspace opens
        self.filler.hide()
        column.addWidget(self.filler, 1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 4)
        outer.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Synergy Desktop"))
        self.intro.setText(
            self.tr(
                "Work through the national options for synergies among the biodiversity-related "
                "conventions (CBD decision XIII/24): focal points, NBSAPs, national reporting and "
                "more. Everything stays on this computer in a workspace file."
            )
        )
        self.new_button.setText(self.tr("Create a new workspace…"))
        self.open_button.setText(self.tr("Open a workspace…"))
        self.demo_button.setText(self.tr("Open the demo workspace"))
        self.demo_button.setToolTip(
            self.tr(
                "A fictional country with a partly answered round, "
                "for training and trying things out"
            )
        )
        self.recent_label.setText(self.tr("&Recent workspaces (press Enter to open):"))
        self.recent.setAccessibleName(self.tr("Recent workspaces"))
        if self._opening_location is not None:
            self.opening.setText(arg(self.tr("Opening %1…"), self._opening_location))

    def set_opening(self, location: str | None) -> None:
        """Say that ``location`` is being opened (the buttons and the list wait), or with None
        offer them again."""
        self._opening_location = location
        waiting = location is not None
        for widget in (self.new_button, self.open_button, self.demo_button):
            widget.setVisible(not waiting)
        self.recent_label.setVisible(not waiting)
        self.recent.setVisible(not waiting)
        self.filler.setVisible(waiting)
        self.opening.setVisible(waiting)
        if waiting:
            self.opening.setText(arg(self.tr("Opening %1…"), location))

    def set_recent(self, locations: list[str]) -> None:
        self.recent.clear()
        for location in locations:
            path = Path(location)
            item = QListWidgetItem(f"{path.name}    —    {path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, location)
            item.setToolTip(location)
            self.recent.addItem(item)
        if locations:
            self.recent.setCurrentRow(0)
