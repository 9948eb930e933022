"""The embedded fonts of the report: DejaVu (full Turkish coverage), shipped in resources/fonts."""

from __future__ import annotations

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..paths import resource

# family name -> (regular, bold, italic) file names under resources/fonts
FAMILIES: dict[str, tuple[str, str, str]] = {
    "DejaVuSans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"),
    "DejaVuSansCondensed": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf",
                            "DejaVuSansCondensed.ttf"),
}

SANS = "DejaVuSans"
SANS_BOLD = "DejaVuSans-Bold"
SANS_ITALIC = "DejaVuSans-Italic"
COND = "DejaVuSansCondensed"
COND_BOLD = "DejaVuSansCondensed-Bold"

_registered = False


def register_fonts() -> None:
    """Register the families once per process (idempotent)."""
    global _registered
    if _registered:
        return
    for family, (regular, bold, italic) in FAMILIES.items():
        names = (family, f"{family}-Bold", f"{family}-Italic")
        for name, file in zip(names, (regular, bold, italic), strict=True):
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont(name, str(resource("fonts", file))))
        addMapping(family, 0, 0, names[0])
        addMapping(family, 1, 0, names[1])
        addMapping(family, 0, 1, names[2])
        addMapping(family, 1, 1, names[1])
    _registered = True
