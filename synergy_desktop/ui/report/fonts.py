"""The report's fonts per language: the first family installed wins, and Qt falls back along the
list for characters a family lacks (Chinese in a Latin font, Latin in an Arabic one)."""

from __future__ import annotations

from PySide6.QtGui import QFont

LATIN = ["Noto Sans", "Segoe UI", "Helvetica Neue", "Arial", "Liberation Sans", "DejaVu Sans"]
FAMILIES = {
    "zh": [
        "Noto Sans CJK SC",
        "Microsoft YaHei",
        "PingFang SC",
        "Source Han Sans SC",
        "WenQuanYi Micro Hei",
        "SimSun",
        *LATIN,
    ],
    "ja": ["Noto Sans CJK JP", "Yu Gothic", "Hiragino Sans", "Meiryo", *LATIN],
    "ko": ["Noto Sans CJK KR", "Malgun Gothic", "Apple SD Gothic Neo", *LATIN],
    # fonts whose lam-alef ligatures are in the character map, so that text copied or
    # searched in the PDF reads "لا" (Noto Naskh and Kufi compose it from unmapped glyphs)
    "ar": ["Noto Sans Arabic", "Segoe UI", "Arial", "Geeza Pro", *LATIN],
}


def families(lang: str) -> list[str]:
    return FAMILIES.get(lang.split("_")[0], LATIN)


def report_font(lang: str, point_size: float, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(families(lang))
    font.setPointSizeF(point_size)
    font.setBold(bold)
    # whole glyph outlines in the PDF (no hinting to a screen grid), kerning on
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    font.setKerning(True)
    return font
