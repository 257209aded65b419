"""Edit > Find…: search the round's options and answers, list the hits, jump to one.

Type to search; Down moves into the list; Enter (in the field or on a hit) shows the option with
the text found selected in its field, and closes the dialog. Ctrl+F opens it again with the
same words and the next hit chosen.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from synergy_desktop.domain.labels import field_label
from synergy_desktop.services.search import Hit, search_round
from synergy_desktop.text import arg, translate
from synergy_desktop.ui.assessment.session import Session

Index = QModelIndex | QPersistentModelIndex
HitRole = Qt.ItemDataRole.UserRole + 1


def place_label(field: str) -> str:
    """Where in an option a hit is, in the interface language."""
    own = {
        "title": translate("Find", "Title"),
        "text": translate("Find", "Option text"),
        "guidance": translate("OptionText", "What “fully in place” looks like"),
        "questions": translate("OptionText", "Questions for the team"),
    }
    return own.get(field) or field_label(field)


class HitsModel(QAbstractListModel):
    def __init__(self) -> None:
        super().__init__()
        self.hits: list[Hit] = []
        self.titles: dict[str, str] = {}

    def set_hits(self, hits: list[Hit], titles: dict[str, str]) -> None:
        self.beginResetModel()
        self.hits, self.titles = hits, titles
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            where = arg(
                translate("Find", "%1 %2 — %3"),
                hit.option_id,
                self.titles.get(hit.option_id, ""),
                place_label(hit.field),
            )
            if hit.field == "title":
                return where
            return arg(translate("Find", "%1: %2"), where, hit.snippet)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.data(index)
        if role == HitRole:
            return hit
        return None


class _Wrapping(QStyledItemDelegate):
    """Each hit as tall as its text wrapped at the list's width."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        width = max(80, self.view.viewport().width() - 12)
        bounds = QRect(0, 0, width, 10_000)
        text = item.fontMetrics.boundingRect(bounds, Qt.TextFlag.TextWordWrap, item.text)
        return QSize(width, text.height() + 8)


class FindDialog(QDialog):
    def __init__(self, session: Session, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findDialog")
        self.session = session
        self.lang = lang
        self.model = HitsModel()
        self.field = QLineEdit()
        self.field.setObjectName("findField")
        self.field.setClearButtonEnabled(True)
        self.field.textChanged.connect(self.search)
        self.field.returnPressed.connect(self.go)
        self.field.installEventFilter(self)
        self.label = QLabel()
        self.label.setBuddy(self.field)
        self.count = QLabel()
        self.results = QListView()
        self.results.setObjectName("findResults")
        self.results.setModel(self.model)
        self.results.setWordWrap(True)
        self.results.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.results.setAlternatingRowColors(True)
        self.results.setUniformItemSizes(False)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)  # rewrap when resized
        self.results.setItemDelegate(_Wrapping(self.results))
        self.results.activated.connect(lambda _index: self.go())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.go_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.go_button.clicked.connect(self.go)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.field)
        layout.addWidget(self.count)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 460)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Find in this round"))
        self.label.setText(self.tr("&Find in options, evidence, gaps and next steps:"))
        self.field.setAccessibleName(self.tr("Words to find"))
        self.results.setAccessibleName(self.tr("Places found"))
        self.go_button.setText(self.tr("&Go to"))
        self._show_count()

    def open_again(self) -> None:
        """Show the dialog; with a search already made, the next hit is chosen."""
        current = self.results.currentIndex()
        if self.model.hits:
            self.search(self.field.text())
            row = (current.row() + 1) % self.model.rowCount() if current.isValid() else 0
            self.results.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1)))
        self.show()
        self.raise_()
        self.activateWindow()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def search(self, text: str) -> None:
        self.session.flush()  # what was typed a moment ago is found too
        titles = {o.id: o.title.get(self.lang) for o in self.session.framework.options}
        hits = search_round(self.session.framework, self.session.answers, text, self.lang)
        self.model.set_hits(hits, titles)
        if hits:
            self.results.setCurrentIndex(self.model.index(0))
        self._show_count()

    def _show_count(self) -> None:
        if not self.field.text().strip():
            self.count.setText("")
        elif self.model.hits:
            self.count.setText(self.tr("%n place(s) found", "", len(self.model.hits)))
        else:
            self.count.setText(self.tr("Nothing found in this round."))
        self.go_button.setEnabled(bool(self.model.hits))

    def current_hit(self) -> Hit | None:
        index = self.results.currentIndex()
        return self.model.data(index, HitRole) if index.isValid() else None

    def go(self) -> None:
        """Show the chosen hit in the window (and close the dialog)."""
        hit = self.current_hit()
        if hit is None:
            return
        self.hide()
        parent = self.parentWidget()
        if parent is not None:
            parent.activateWindow()
        self.session.optionRequested.emit(hit)

    def eventFilter(self, watched, event) -> bool:
        is_key = watched is self.field and isinstance(event, QKeyEvent)
        if is_key and event.type() == QKeyEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down:
            self.results.setFocus(Qt.FocusReason.TabFocusReason)
            if not self.results.currentIndex().isValid() and self.model.hits:
                self.results.setCurrentIndex(self.model.index(0))
            return True
        return super().eventFilter(watched, event)
