"""The Word document's styles, fonts and page: built-in styles where Word has one (Title,
Heading 1-3, List Bullet, Caption, Table Grid) so that a ministry's template replaces them, three
small styles of our own for notes and table text, East Asian and right-to-left fonts, the page
size and the footer with page numbers."""

from __future__ import annotations

from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

NOTE = "Report Note"
TABLE_TEXT = "Table Text"
TABLE_HEADING = "Table Heading"

#: Fonts Word uses for Chinese, Japanese and Korean (present on Windows and macOS; other
#: systems substitute their own CJK font).
EAST_ASIAN_FONTS = {"zh": "Microsoft YaHei", "ja": "Yu Gothic", "ko": "Malgun Gothic"}
COMPLEX_SCRIPT_FONT = "Arial"  # has Arabic, Hebrew and Persian glyphs on Windows and macOS
LANGUAGE_TAGS = {
    "en": "en-GB",
    "fr": "fr-FR",
    "es": "es-ES",
    "ru": "ru-RU",
    "ar": "ar-SA",
    "zh": "zh-CN",
}
PAGE_SIZES_MM = {"A4": (210, 297), "Letter": (215.9, 279.4)}
MARGIN_MM = 20


def language_tag(lang: str) -> str:
    if "_" in lang:
        return lang.replace("_", "-")
    return LANGUAGE_TAGS.get(lang, lang)


# The run properties (w:rPr) in the order the schema fixes for them.
_RUN_PROPERTIES = (
    "w:rStyle", "w:rFonts", "w:b", "w:bCs", "w:i", "w:iCs", "w:caps", "w:smallCaps", "w:strike",
    "w:dstrike", "w:outline", "w:shadow", "w:emboss", "w:imprint", "w:noProof", "w:snapToGrid",
    "w:vanish", "w:webHidden", "w:color", "w:spacing", "w:w", "w:kern", "w:position", "w:sz",
    "w:szCs", "w:highlight", "w:u", "w:effect", "w:bdr", "w:shd", "w:fitText", "w:vertAlign",
    "w:rtl", "w:cs", "w:em", "w:lang", "w:eastAsianLayout", "w:specVanish",
)  # fmt: skip


def _after(order: tuple[str, ...], tag: str) -> tuple[str, ...]:
    return order[order.index(tag) + 1 :]


#: What may follow each on/off element we add, per parent (the schema fixes the order).
_AFTER = {
    ("w:pPr", "w:bidi"): (
        "w:adjustRightInd",
        "w:snapToGrid",
        "w:spacing",
        "w:ind",
        "w:contextualSpacing",
        "w:mirrorIndents",
        "w:suppressOverlap",
        "w:jc",
        "w:textDirection",
        "w:textAlignment",
        "w:textboxTightWrap",
        "w:outlineLvl",
        "w:divId",
        "w:cnfStyle",
        "w:rPr",
        "w:sectPr",
        "w:pPrChange",
    ),
    ("w:rPr", "w:rtl"): _after(_RUN_PROPERTIES, "w:rtl"),
    ("w:rPr", "w:bCs"): _after(_RUN_PROPERTIES, "w:bCs"),
    ("w:rPr", "w:iCs"): _after(_RUN_PROPERTIES, "w:iCs"),
    ("w:tblPr", "w:bidiVisual"): (
        "w:tblStyleRowBandSize",
        "w:tblStyleColBandSize",
        "w:tblW",
        "w:jc",
        "w:tblCellSpacing",
        "w:tblInd",
        "w:tblBorders",
        "w:shd",
        "w:tblLayout",
        "w:tblCellMar",
        "w:tblLook",
        "w:tblCaption",
        "w:tblDescription",
        "w:tblPrChange",
    ),
    ("w:trPr", "w:tblHeader"): ("w:tblCellSpacing", "w:jc", "w:hidden", "w:ins", "w:del"),
    ("w:sectPr", "w:bidi"): ("w:rtlGutter", "w:docGrid", "w:printerSettings", "w:sectPrChange"),
}


def set_flag(parent, tag: str) -> None:
    """Add an empty on/off child such as ``w:bidi`` in its schema position (once)."""
    if parent.find(qn(tag)) is not None:
        return
    prefix, name = parent.tag.split("}")[-1], tag
    after = _AFTER[(f"w:{prefix}", name)]
    parent.insert_element_before(OxmlElement(tag), *after)


def prepare(document: Document, lang: str, right_to_left: bool, paper: str) -> None:
    _page(document, paper, right_to_left)
    _defaults(document, lang, right_to_left)
    styles = document.styles
    normal = styles["Normal"]
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(4)
    if NOTE not in [s.name for s in styles]:
        note = styles.add_style(NOTE, WD_STYLE_TYPE.PARAGRAPH)
        note.base_style = normal
        note.font.italic = True
        note.font.color.rgb = RGBColor(0x4A, 0x4A, 0x4A)
        text = styles.add_style(TABLE_TEXT, WD_STYLE_TYPE.PARAGRAPH)
        text.base_style = normal
        text.font.size = Pt(9)
        text.paragraph_format.space_after = Pt(0)
        heading = styles.add_style(TABLE_HEADING, WD_STYLE_TYPE.PARAGRAPH)
        heading.base_style = text
        heading.font.bold = True
    styles["Title"].font.size = Pt(24)
    for name in (
        "Normal",
        NOTE,
        TABLE_TEXT,
        TABLE_HEADING,
        "Heading 1",
        "Heading 2",
        "Heading 3",
        "Title",
        "Subtitle",
        "List Bullet",
        "Caption",
    ):
        _complex_script_twins(styles[name].element.get_or_add_rPr())


def _complex_script_twins(rpr) -> None:
    """Arabic text takes its size, weight and slant from the complex-script twins (szCs, bCs,
    iCs): give them the same values as the Latin ones."""
    size = rpr.find(qn("w:sz"))
    if size is not None:
        twin = rpr.find(qn("w:szCs"))
        if twin is None:
            twin = OxmlElement("w:szCs")
            size.addnext(twin)
        twin.set(qn("w:val"), size.get(qn("w:val")))
    for latin, twin in (("w:b", "w:bCs"), ("w:i", "w:iCs")):
        element = rpr.find(qn(latin))
        if element is not None and element.get(qn("w:val")) not in ("0", "false"):
            set_flag(rpr, twin)


def _defaults(document: Document, lang: str, right_to_left: bool) -> None:
    """Document-wide fonts and language: the East Asian font named on every style that uses a
    theme font for it (a theme font would win over our choice), the language for spelling."""
    east_asian = EAST_ASIAN_FONTS.get(lang.split("_")[0])
    styles_element = document.styles.element
    defaults = styles_element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    language = rpr.find(qn("w:lang"))
    tag = language_tag(lang)
    if language is None:
        language = OxmlElement("w:lang")
        rpr.append(language)
    if east_asian:
        language.set(qn("w:eastAsia"), tag)
    if right_to_left:
        language.set(qn("w:bidi"), tag)
    if not east_asian and not right_to_left:
        language.set(qn("w:val"), tag)
    for fonts in styles_element.iter(qn("w:rFonts")):
        if east_asian:
            fonts.attrib.pop(qn("w:eastAsiaTheme"), None)
            fonts.set(qn("w:eastAsia"), east_asian)
        if right_to_left:
            fonts.attrib.pop(qn("w:cstheme"), None)
            fonts.set(qn("w:cs"), COMPLEX_SCRIPT_FONT)


def _page(document: Document, paper: str, right_to_left: bool) -> None:
    width, height = PAGE_SIZES_MM.get(paper, PAGE_SIZES_MM["A4"])
    for section in document.sections:
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(width), Mm(height)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Mm(MARGIN_MM))
        if right_to_left:
            set_flag(section._sectPr, "w:bidi")


def text_width_mm(paper: str) -> float:
    return PAGE_SIZES_MM.get(paper, PAGE_SIZES_MM["A4"])[0] - 2 * MARGIN_MM
