"""Styles as data: paragraph styles, colours and table styles of the report."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from .fonts import COND, COND_BOLD, SANS, SANS_BOLD, SANS_ITALIC, register_fonts
from .hyphen import hyphenate_tr

PRIMARY = colors.HexColor("#1F3864")  # headings, table headers
HEADER_BG = colors.HexColor("#1F3864")
HEADER_FG = colors.white
SUBTOTAL_BG = colors.HexColor("#DCE3F0")
TOTAL_BG = colors.HexColor("#B4C3DE")
GRID = colors.HexColor("#8A96AD")
LABEL_BG = colors.HexColor("#EEF1F7")
WATERMARK = colors.HexColor("#C00000")

HYPHENATE_FROM = 9  # letters: shorter words move to the next line whole

# name -> ParagraphStyle keyword arguments (parent is "base" unless given)
STYLE_SPECS: dict[str, dict[str, Any]] = {
    "base": dict(fontName=SANS, fontSize=9.5, leading=13.5, alignment=TA_JUSTIFY,
                 spaceAfter=5, bulletFontName=SANS),
    # justified text: long words are hyphenated the Turkish way, so no line gapes (hyphen.py)
    "body": dict(hyphenationLang=hyphenate_tr, hyphenationMinWordLength=HYPHENATE_FROM),
    "bullet": dict(leftIndent=14, bulletIndent=4, spaceAfter=2, hyphenationLang=hyphenate_tr,
                   hyphenationMinWordLength=HYPHENATE_FROM),
    "h0": dict(fontName=SANS_BOLD, fontSize=17, leading=22, alignment=TA_CENTER,
               textColor=PRIMARY, spaceBefore=6, spaceAfter=14),
    "h1": dict(fontName=SANS_BOLD, fontSize=12.5, leading=16, alignment=TA_LEFT,
               textColor=PRIMARY, spaceBefore=10, spaceAfter=6, keepWithNext=1),
    "h2": dict(fontName=SANS_BOLD, fontSize=11, leading=14, alignment=TA_LEFT,
               textColor=PRIMARY, spaceBefore=8, spaceAfter=4, keepWithNext=1),
    "h3": dict(fontName=SANS_BOLD, fontSize=10, leading=13, alignment=TA_LEFT,
               spaceBefore=6, spaceAfter=3, keepWithNext=1),
    "caption": dict(fontName=SANS_BOLD, fontSize=9, leading=12, alignment=TA_CENTER,
                    textColor=PRIMARY, spaceBefore=14, spaceAfter=4, keepWithNext=1),
    "note": dict(fontName=SANS_ITALIC, fontSize=8, leading=10.5, alignment=TA_LEFT),
    "legend": dict(fontName=SANS_ITALIC, fontSize=7, leading=9, alignment=TA_LEFT,
                   spaceBefore=2, spaceAfter=6),
    "label": dict(fontName=SANS_BOLD, fontSize=9.5, leading=13, alignment=TA_LEFT,
                  spaceBefore=5, spaceAfter=2, keepWithNext=1),
    "sign": dict(fontName=SANS, fontSize=10, leading=14, alignment=TA_RIGHT, spaceAfter=0),
    "sign_bold": dict(parent="sign", fontName=SANS_BOLD),
    "cover_inst": dict(fontName=SANS_BOLD, fontSize=20, leading=26, alignment=TA_CENTER,
                       textColor=PRIMARY),
    "cover_title": dict(fontName=SANS_BOLD, fontSize=26, leading=34, alignment=TA_CENTER,
                        textColor=PRIMARY, spaceBefore=20),
    "cover_sub": dict(fontName=SANS, fontSize=12, leading=16, alignment=TA_CENTER),
    "toc_title": dict(fontName=SANS_BOLD, fontSize=15, leading=20, alignment=TA_CENTER,
                      textColor=PRIMARY, spaceAfter=12),
    "toc0": dict(fontName=SANS_BOLD, fontSize=9.5, leading=12.5, leftIndent=0,
                 firstLineIndent=0, spaceBefore=3, spaceAfter=0, alignment=TA_LEFT),
    "toc1": dict(fontName=SANS, fontSize=9, leading=11.5, leftIndent=14,
                 firstLineIndent=0, alignment=TA_LEFT, spaceAfter=0),
    "toc2": dict(fontName=SANS, fontSize=8.5, leading=11, leftIndent=28,
                 firstLineIndent=0, alignment=TA_LEFT, spaceAfter=0),
    # table cells: condensed face so wide tables fit
    "cell": dict(fontName=COND, fontSize=8, leading=9.6, alignment=TA_LEFT, spaceAfter=0),
    "cell_r": dict(parent="cell", alignment=TA_RIGHT),
    "cell_c": dict(parent="cell", alignment=TA_CENTER),
    "cell_b": dict(parent="cell", fontName=COND_BOLD),
    "cell_rb": dict(parent="cell", fontName=COND_BOLD, alignment=TA_RIGHT),
    "head": dict(parent="cell", fontName=COND_BOLD, alignment=TA_CENTER, textColor=HEADER_FG),
    "small": dict(parent="cell", fontSize=7, leading=8.4),
    "small_r": dict(parent="cell", fontSize=7, leading=8.4, alignment=TA_RIGHT),
    "small_b": dict(parent="cell", fontName=COND_BOLD, fontSize=7, leading=8.4),
    "small_rb": dict(parent="cell", fontName=COND_BOLD, fontSize=7, leading=8.4,
                     alignment=TA_RIGHT),
    "small_c": dict(parent="cell", fontSize=7, leading=8.4, alignment=TA_CENTER),
    "small_head": dict(parent="cell", fontName=COND_BOLD, fontSize=7, leading=8.4,
                       alignment=TA_CENTER, textColor=HEADER_FG),
}

_cache: dict[str, ParagraphStyle] = {}


def style(name: str) -> ParagraphStyle:
    """The ParagraphStyle called ``name`` (built from STYLE_SPECS on first use)."""
    if name in _cache:
        return _cache[name]
    register_fonts()
    spec = dict(STYLE_SPECS[name])
    parent_name = spec.pop("parent", None if name == "base" else "base")
    parent = style(parent_name) if parent_name else None
    st = ParagraphStyle(name, parent=parent, **spec)
    _cache[name] = st
    return st


def base_table_style(header_rows: int = 1) -> list[tuple[Any, ...]]:
    """Grid, header band and padding common to every data table."""
    cmds: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("FONTNAME", (0, 0), (-1, -1), COND),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if header_rows:
        cmds.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_BG))
    return cmds
