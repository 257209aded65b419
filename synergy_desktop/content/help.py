"""The user guide shipped in ``resources/help/<lang>/<section>.html``: list, read, search, check.

Qt-free, so the command line and the tests can use it too. Each language has one folder with one
short HTML file per section; the section's title is the file's ``<title>``. A section missing in
a language is shown in English. Search ignores case, accents and Arabic vowel marks, and treats
every run of white space as one space, so "regle" finds "règle" and "Round" finds "round".
"""

from __future__ import annotations

import re
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

from synergy_desktop.paths import resources_dir

FALLBACK = "en"
#: Sections in reading order; a file not listed here comes after them, by name.
SECTIONS = (
    "getting_started",
    "overview",
    "assessment",
    "focal_points",
    "coordination",
    "nbsap",
    "reporting",
    "exports",
    "questionnaires",
    "teamwork",
    "languages",
    "keyboard",
    "workshop",
)
#: The section that explains each page of the window (names as in ``WorkspaceTabs.PAGES``).
PAGE_SECTIONS = {
    "start": "getting_started",
    "overview": "overview",
    "assessment": "assessment",
    "focal_points": "focal_points",
    "register": "focal_points",
    "coordination": "coordination",
    "nbsap": "nbsap",
    "alignment": "nbsap",
    "reporting": "reporting",
    "deadlines": "reporting",
    "calendar": "reporting",
}
RIGHT_TO_LEFT = {"ar"}
SNIPPET = 40  # characters of context on each side of a hit
_NAME = re.compile(r"^[a-z][a-z0-9_]*$")
# Arabic tatweel is decoration; alif maqsura is often typed as ya.
_ARABIC = str.maketrans({"\u0640": "", "\u0649": "\u064a"})
_BLOCKS = {"p", "li", "h1", "h2", "h3", "h4", "dt", "dd", "tr", "td", "th", "div", "br", "pre"}


@dataclass(frozen=True)
class Section:
    name: str
    title: str
    lang: str  # the language the file is written in (English when it fell back)
    path: Path


@dataclass(frozen=True)
class Hit:
    section: str
    title: str
    snippet: str
    occurrence: int  # the n-th match (from 0) of the query in the section's text
    start: int  # position in the section's plain text
    end: int


def help_dir() -> Path:
    return resources_dir() / "help"


def languages(root: Path | None = None) -> list[str]:
    root = root or help_dir()
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir() if p.is_dir())


def guide_language(lang: str, root: Path | None = None) -> str:
    """The guide's language for an interface language: itself, its base ("zh" → "zh_CN"), or
    English."""
    available = languages(root)
    if lang in available:
        return lang
    base = lang.replace("-", "_").split("_")[0]
    for code in available:
        if code.split("_")[0] == base:
            return code
    return FALLBACK


def section_for_page(page: str) -> str:
    """The section to open for a page of the window (the getting-started section otherwise)."""
    return PAGE_SECTIONS.get(page, page if page in SECTIONS else "getting_started")


def sections(lang: str, root: Path | None = None) -> list[Section]:
    """Every section of the guide in reading order, in ``lang`` where it exists, else English."""
    root = root or help_dir()
    lang = guide_language(lang, root)
    names = {p.stem for p in _files(root / FALLBACK)} | {p.stem for p in _files(root / lang)}
    order = {name: i for i, name in enumerate(SECTIONS)}
    result = []
    for name in sorted(names, key=lambda n: (order.get(n, len(order)), n)):
        path = section_path(lang, name, root)
        result.append(Section(name, _parsed(path).title or name, path.parent.name, path))
    return result


def section_path(lang: str, name: str, root: Path | None = None) -> Path:
    """The file of section ``name`` in ``lang``, or in English when the language lacks it."""
    root = root or help_dir()
    if not _NAME.match(name):
        raise KeyError(name)
    for code in (guide_language(lang, root), FALLBACK):
        path = root / code / f"{name}.html"
        if path.is_file():
            return path
    raise KeyError(name)


def read_html(lang: str, name: str, root: Path | None = None) -> str:
    return _parsed(section_path(lang, name, root)).html


def plain_text(lang: str, name: str, root: Path | None = None) -> str:
    """The text a reader sees in the section (no title element, white space collapsed)."""
    return _parsed(section_path(lang, name, root)).text


def search(lang: str, query: str, root: Path | None = None, limit: int = 200) -> list[Hit]:
    """Every place where ``query`` occurs in the guide of ``lang``, section by section."""
    if not searchable(query):
        return []
    hits: list[Hit] = []
    for section in sections(lang, root):
        text = _parsed(section.path).text
        for n, (start, end) in enumerate(find_all(text, query)):
            hits.append(Hit(section.name, section.title, snippet(text, start, end), n, start, end))
            if len(hits) >= limit:
                return hits
    return hits


def searchable(query: str) -> bool:
    """At least two letters, or one ideograph (a single Chinese character is a word)."""
    folded = fold(query)[0].strip()
    return len(folded) >= 2 or any(unicodedata.east_asian_width(c) == "W" for c in folded)


def fold(text: str) -> tuple[str, list[int]]:
    """``text`` without case, accents or vowel marks and with single spaces, and for every
    character of the result the index of the character of ``text`` it came from."""
    out: list[str] = []
    origin: list[int] = []
    for i, char in enumerate(text):
        if char.isspace():
            if not out or out[-1] != " ":
                out.append(" ")
                origin.append(i)
            continue
        for part in unicodedata.normalize("NFD", char.translate(_ARABIC)):
            if unicodedata.combining(part) or unicodedata.category(part) == "Cf":
                continue  # accents, vowel marks, direction marks
            for folded in part.casefold():
                out.append(folded)
                origin.append(i)
    return "".join(out), origin


def find_all(text: str, query: str) -> list[tuple[int, int]]:
    """Start and end (in ``text``) of each non-overlapping match of ``query``."""
    needle = fold(query)[0].strip()
    if not needle:
        return []
    haystack, origin = fold(text)
    found = []
    at = haystack.find(needle)
    while at >= 0:
        last = at + len(needle) - 1
        found.append((origin[at], origin[last] + 1))
        at = haystack.find(needle, at + len(needle))
    return found


def snippet(text: str, start: int, end: int, width: int = SNIPPET) -> str:
    """The match with some text around it, cut at a space where there is one."""
    left = max(0, start - width)
    right = min(len(text), end + width)
    if left > 0:  # cut at a space, unless that leaves little context (Chinese has few spaces)
        space = text.find(" ", left, start - width // 2)
        left = space + 1 if space >= 0 else left
    if right < len(text):
        space = text.rfind(" ", end + width // 2, right)
        right = space if space >= 0 else right
    body = " ".join(text[left:right].split())
    return ("…" if left > 0 else "") + body + ("…" if right < len(text) else "")


def problems(root: Path | None = None) -> list[str]:
    """What is wrong with the shipped guide, one plain sentence each (empty when all is well):
    files that are not well-formed, lack a title or the lang/dir attributes, sections missing in
    a language, and links to a section or anchor that does not exist."""
    root = root or help_dir()
    found: list[str] = []
    english = {p.stem for p in _files(root / FALLBACK)}
    if not english:
        return [f"{root / FALLBACK} holds no section of the guide."]
    for lang in languages(root):
        names = {p.stem for p in _files(root / lang)}
        for name in sorted(english - names):
            found.append(f"{lang}: the section {name} is missing.")
        for name in sorted(names - english):
            found.append(f"{lang}: the section {name} does not exist in English.")
        for path in _files(root / lang):
            found.extend(_file_problems(path, lang, root))
    return found


# -- reading and parsing ---------------------------------------------------------------------


@dataclass(frozen=True)
class _Parsed:
    html: str
    title: str
    text: str
    links: tuple[str, ...]
    ids: frozenset[str]
    lang: str | None
    dir: str | None


def _files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.html") if _NAME.match(p.stem))


@cache
def _parsed(path: Path) -> _Parsed:
    html = path.read_text("utf-8")
    parser = _Reader()
    parser.feed(html)
    parser.close()
    text = " ".join("".join(parser.text).split())
    return _Parsed(
        html,
        " ".join(parser.title.split()),
        text,
        tuple(parser.links),
        frozenset(parser.ids),
        parser.lang,
        parser.dir,
    )


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.title = ""
        self.text: list[str] = []
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.lang: str | None = None
        self.dir: str | None = None
        self._head = False
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "html":
            self.lang, self.dir = values.get("lang"), values.get("dir")
        elif tag == "head":
            self._head = True
        elif tag == "title":
            self._in_title = True
        elif tag == "a" and values.get("href"):
            self.links.append(values["href"] or "")
        if values.get("id"):
            self.ids.add(values["id"] or "")
        if tag == "a" and values.get("name"):
            self.ids.add(values["name"] or "")
        if tag in _BLOCKS:
            self.text.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag == "head":
            self._head = False
        elif tag == "title":
            self._in_title = False
        if tag in _BLOCKS:
            self.text.append(" ")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._head:
            self.text.append(data)


def _file_problems(path: Path, lang: str, root: Path) -> list[str]:
    where = f"{lang}/{path.name}"
    html = path.read_text("utf-8")
    try:
        ET.fromstring(re.sub(r"^\s*<!DOCTYPE[^>]*>", "", html, flags=re.IGNORECASE))
    except ET.ParseError as exc:
        return [f"{where} is not well-formed ({exc})."]
    parsed = _parsed(path)
    found = []
    if not parsed.title:
        found.append(f"{where} has no <title>.")
    if parsed.lang != lang.replace("_", "-"):
        found.append(f"{where}: <html lang> is {parsed.lang!r}, expected {lang!r}.")
    expected_dir = "rtl" if lang.split("_")[0] in RIGHT_TO_LEFT else "ltr"
    if parsed.dir != expected_dir:
        found.append(f"{where}: <html dir> is {parsed.dir!r}, expected {expected_dir!r}.")
    for link in parsed.links:
        target, _, anchor = link.partition("#")
        if "://" in target or target.startswith("mailto:"):
            found.append(f"{where} links outside the guide ({link}); the guide works offline.")
            continue
        linked = path.parent / target if target else path
        if not linked.is_file():
            found.append(f"{where} links to {link}, which does not exist.")
        elif anchor and anchor not in _parsed(linked).ids:
            found.append(f"{where} links to {link}, but that section has no anchor {anchor!r}.")
    return found
