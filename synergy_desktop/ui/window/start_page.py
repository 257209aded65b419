"""The start page shown when no workspace is open: the three ways in, then the recent files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from synergy_desktop.text import arg
from synergy_desktop.ui.shared.headings import follow_layout_direction


class StartPage(QWidget):
    newRequested = Signal()
    openRequested = Signal()
    demoRequested = Signal()
    recentChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = follow_layout_direction(QLabel())
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.title.setFont(font)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.new_button = QCommandLinkButton()
        self.open_button = QCommandLinkButton()
        self.demo_button = QCommandLinkButton()
        self.new_button.clicked.connect(self.newRequested)
        self.open_button.clicked.connect(self.openRequested)
        self.demo_button.clicked.connect(self.demoRequested)
        self.new_button.setDefault(True)
        self.first_time = QLabel()  # shown instead of the list while there is no recent file
        self.first_time.setWordWrap(True)
        self.first_time.setObjectName("firstTime")
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
        column.addStretch(1)
        column.addWidget(self.title)
        column.addWidget(self.intro)
        column.addSpacing(12)
        column.addWidget(self.opening)
        for button in (self.new_button, self.open_button, self.demo_button):
            column.addWidget(button)
        column.addSpacing(12)
        column.addWidget(self.first_time)
        column.addWidget(self.recent_label)
        column.addWidget(self.recent, 4)
        self.filler = QWidget()  # takes the list's place while a workspace opens
        self.filler.hide()
        column.addWidget(self.filler, 4)
        column.addStretch(1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 4)
        outer.addStretch(1)
        self.retranslate()
        self.set_recent([])
        self._point_arrows()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._point_arrows()
        super().changeEvent(event)

    def _point_arrows(self) -> None:
        """An arrow before each action; none right to left, where Qt would draw it at the far
        end of the line, away from the text."""
        icon = (
            QIcon()
            if self.isRightToLeft()
            else self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowForward, None, self)
        )
        for button in (self.new_button, self.open_button, self.demo_button):
            button.setIcon(icon)

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
        self.new_button.setDescription(
            self.tr(
                "One file for your country: its name, the treaties it is Party to, and the "
                "first round of the self-assessment."
            )
        )
        self.open_button.setText(self.tr("Open a workspace…"))
        self.open_button.setDescription(
            self.tr("A workspace file made on this computer or received from a colleague.")
        )
        self.demo_button.setText(self.tr("Open the demo workspace"))
        self.demo_button.setDescription(
            self.tr(
                "A fictional country with a partly answered round, "
                "for training and trying things out"
            )
        )
        self.demo_button.setToolTip(self.demo_button.description())
        self.first_time.setText(
            self.tr(
                "No workspace has been opened on this computer yet. Start with your own "
                "country, or look around the demo first: nothing you do there touches your work."
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
        if waiting:
            self.first_time.hide()
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
        self.first_time.setVisible(not locations)
        self.recent_label.setVisible(bool(locations))
        self.recent.setVisible(bool(locations))
