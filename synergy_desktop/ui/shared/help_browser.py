"""The user guide window: contents, the section in a QTextBrowser, and search across sections.

``HelpBrowser(parent, lang).show_section("assessment")`` or ``.show_page("register")`` (the page
names of the window); :func:`show_help` reuses an open guide window instead of stacking a new one.
The guide's HTML lives in ``resources/help/<lang>/`` and is read through ``content.help``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from synergy_desktop.content import help as guide
from synergy_desktop.text import arg

_ROLE_HIT = Qt.ItemDataRole.UserRole
_STYLE = """
h1 { font-size: x-large; margin-bottom: 6px; }
h2 { font-size: large; margin-top: 14px; margin-bottom: 4px; }
kbd { font-family: monospace; font-weight: bold; }
td { padding: 4px; }
"""
_HTML = QTextDocument.ResourceType.HtmlResource.value
_ALL_HITS = QColor("#fff2a8")
_CHOSEN_HIT = QColor("#ffb347")


class GuideView(QTextBrowser):
    """A QTextBrowser that reads the guide's files through the loader (English fallback)."""

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        self.setOpenExternalLinks(False)
        self.document().setDefaultStyleSheet(_STYLE)

    def loadResource(self, kind: int, url: QUrl):
        if _value(kind) == _HTML and url.isLocalFile():
            name = Path(url.toLocalFile()).stem
            try:
                return guide.read_html(self.lang, name)
            except (KeyError, OSError):
                return None
        return super().loadResource(kind, url)


class HelpBrowser(QDialog):
    """The user guide in the interface language (English where a section is missing)."""

    def __init__(self, parent: QWidget | None = None, lang: str = "en") -> None:
        super().__init__(parent)
        self.setObjectName("helpBrowser")
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.lang = guide.guide_language(lang)
        self._chosen: guide.Hit | None = None
        self._syncing = False
        self._current = ""

        self.back_button = QToolButton()
        self.forward_button = QToolButton()
        self.search_label = QLabel()
        self.search_field = QLineEdit()
        self.search_field.setClearButtonEnabled(True)
        self.search_label.setBuddy(self.search_field)
        self.list_label = QLabel()
        self.list_label.setWordWrap(True)
        self.contents = QListWidget()
        self.results = QListWidget()
        self.results.setWordWrap(True)
        self.results.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.results.hide()
        self.view = GuideView(self.lang)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.close)

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.forward_button)
        top.addWidget(self.search_label)
        top.addWidget(self.search_field, 1)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.list_label)
        side_layout.addWidget(self.contents)
        side_layout.addWidget(self.results)
        self.splitter = QSplitter()
        self.splitter.addWidget(side)
        self.splitter.addWidget(self.view)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 640])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.buttons)

        self.back_button.clicked.connect(self.view.backward)
        self.forward_button.clicked.connect(self.view.forward)
        self.view.backwardAvailable.connect(self.back_button.setEnabled)
        self.view.forwardAvailable.connect(self.forward_button.setEnabled)
        self.view.sourceChanged.connect(self._source_changed)
        self.contents.currentRowChanged.connect(self._content_chosen)
        self.results.currentRowChanged.connect(self._hit_chosen)
        self.results.itemActivated.connect(
            lambda _item: self._hit_chosen(self.results.currentRow())
        )
        self.search_field.textChanged.connect(self._search)
        self.search_field.returnPressed.connect(self._first_hit)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self._focus_search)
        self.back_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Back))
        self.forward_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Forward))
        self.back_button.setEnabled(False)
        self.forward_button.setEnabled(False)

        self.resize(940, 640)
        self.retranslate()
        self.set_language(self.lang)

    # -- API ------------------------------------------------------------------------------

    def show_section(self, name: str, anchor: str = "") -> None:
        """Open section ``name`` (at ``anchor``); an unknown name opens the first section."""
        names = [self.contents.item(i).data(_ROLE_HIT) for i in range(self.contents.count())]
        if name not in names:
            name = names[0] if names else name
        url = QUrl.fromLocalFile(str(guide.help_dir() / self.lang / f"{name}.html"))
        if anchor:
            url.setFragment(anchor)
        if url == self.view.source():
            self.view.reload()
            self._source_changed(url)
        else:
            self.view.setSource(url)

    def show_page(self, page: str) -> None:
        """Open the section that explains a page of the window ("assessment", "register"…)."""
        self.show_section(guide.section_for_page(page))

    def current_section(self) -> str:
        return self._current

    def set_language(self, lang: str) -> None:
        """Show the guide in ``lang`` (or English), keeping the open section."""
        current = self._current
        self.lang = guide.guide_language(lang)
        self.view.lang = self.lang
        rtl = self.lang.split("_")[0] in guide.RIGHT_TO_LEFT
        self.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        )
        self._syncing = True
        self.contents.clear()
        for section in guide.sections(self.lang):
            item = QListWidgetItem(section.title)
            item.setData(_ROLE_HIT, section.name)
            self.contents.addItem(item)
        self._syncing = False
        self.view.clearHistory()
        self.show_section(current or guide.SECTIONS[0])
        self._search(self.search_field.text())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("User guide"))
        self.back_button.setText(self.tr("Back"))
        self.back_button.setToolTip(self.tr("Back (Alt+Left)"))
        self.forward_button.setText(self.tr("Forward"))
        self.forward_button.setToolTip(self.tr("Forward (Alt+Right)"))
        self.search_label.setText(self.tr("&Search:"))
        self.search_field.setPlaceholderText(self.tr("a word or a phrase, for example round"))
        self.search_field.setAccessibleName(self.tr("Search the user guide"))
        self.contents.setAccessibleName(self.tr("Sections of the user guide"))
        self.results.setAccessibleName(self.tr("Places found in the user guide"))
        self.view.setAccessibleName(self.tr("Text of the user guide"))
        self._update_list_label()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter opens a hit, never the Close button; Esc first clears a search."""
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        if key == Qt.Key.Key_Escape and self.search_field.text():
            self.search_field.clear()
            self.search_field.setFocus()
            event.accept()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            lang = guide.guide_language(QLocale().name())
            if lang != self.lang:
                self.set_language(lang)
        super().changeEvent(event)

    # -- navigation -----------------------------------------------------------------------

    def _content_chosen(self, row: int) -> None:
        if self._syncing or row < 0:
            return
        name = self.contents.item(row).data(_ROLE_HIT)
        if name != self.current_section():
            self._chosen = None
            self.show_section(name)

    def _source_changed(self, url: QUrl) -> None:
        name = self._current = Path(url.toLocalFile()).stem
        self._syncing = True
        for row in range(self.contents.count()):
            if self.contents.item(row).data(_ROLE_HIT) == name:
                self.contents.setCurrentRow(row)
        self._syncing = False
        title = self.view.documentTitle()
        self.setWindowTitle(
            arg(self.tr("%1 – User guide"), title) if title else self.tr("User guide")
        )
        self._highlight()

    # -- search ---------------------------------------------------------------------------

    def _focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def _search(self, query: str) -> None:
        searching = bool(query.strip())
        self.contents.setVisible(not searching)
        self.results.setVisible(searching)
        self._syncing = True
        self.results.clear()
        for hit in guide.search(self.lang, query):
            item = QListWidgetItem(f"{hit.title}\n{hit.snippet}")
            item.setData(_ROLE_HIT, hit)
            item.setToolTip(hit.snippet)
            self.results.addItem(item)
        self._syncing = False
        self._chosen = None
        self._update_list_label()
        self._highlight()

    def _first_hit(self) -> None:
        if self.results.count():
            self.results.setCurrentRow(0)
            self._hit_chosen(0)

    def _hit_chosen(self, row: int) -> None:
        if self._syncing or row < 0:
            return
        hit: guide.Hit = self.results.item(row).data(_ROLE_HIT)
        self._chosen = hit
        if hit.section == self.current_section():
            self._highlight()
        else:
            self.show_section(hit.section)

    def _update_list_label(self) -> None:
        query = self.search_field.text().strip()
        if not query:
            self.list_label.setText(self.tr("<b>Contents</b>"))
        elif not guide.searchable(query):
            self.list_label.setText(self.tr("Type at least two letters."))
        elif self.results.count() == 0:
            self.list_label.setText(arg(self.tr("No place in the guide contains “%1”."), query))
        else:
            self.list_label.setText(self.tr("%n place(s) found", None, self.results.count()))

    def _highlight(self) -> None:
        """Mark every match of the query in the open section; scroll to the chosen one."""
        query = self.search_field.text()
        text = self.view.document().toPlainText()
        matches = guide.find_all(text, query) if guide.searchable(query) else []
        chosen = None
        if self._chosen is not None and self._chosen.section == self.current_section():
            chosen = min(self._chosen.occurrence, len(matches) - 1) if matches else None
        selections = []
        for n, (start, end) in enumerate(matches):
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.view.document())
            cursor.setPosition(_utf16(text, start))
            cursor.setPosition(_utf16(text, end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setBackground(_CHOSEN_HIT if n == chosen else _ALL_HITS)
            fmt.setForeground(QColor("black"))
            selection.format = fmt
            selections.append(selection)
        self.view.setExtraSelections(selections)
        if chosen is not None:
            start, end = matches[chosen]
            cursor = QTextCursor(self.view.document())
            cursor.setPosition(_utf16(text, end))
            self.view.setTextCursor(cursor)
            self.view.ensureCursorVisible()

    def marked(self) -> tuple[str, list[str]]:
        """The chosen match and every marked match in the open section (for tests)."""
        selections = self.view.extraSelections()
        texts = [s.cursor.selectedText() for s in selections]
        chosen = [
            s.cursor.selectedText()
            for s in selections
            if s.format.background().color() == _CHOSEN_HIT
        ]
        return (chosen[0] if chosen else ""), texts


def show_help(parent: QWidget, lang: str, page: str | None = None) -> HelpBrowser:
    """Show the guide window of ``parent`` (one per parent), at the section for ``page``."""
    browser = parent.findChild(HelpBrowser, "helpBrowser")
    if browser is None:
        browser = HelpBrowser(parent, lang)
    elif browser.lang != guide.guide_language(lang):
        browser.set_language(lang)
    if page:
        browser.show_page(page)
    browser.show()
    browser.raise_()
    browser.activateWindow()
    return browser


def _value(kind) -> int:
    return kind if isinstance(kind, int) else kind.value


def _utf16(text: str, index: int) -> int:
    """A position in Python characters as Qt counts it (UTF-16 code units)."""
    return len(text[:index].encode("utf-16-le")) // 2
