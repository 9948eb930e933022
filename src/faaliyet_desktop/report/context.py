"""What every chapter builder receives: the (possibly unit-restricted) data, titles and helpers."""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import Flowable

from ..domain.model import NARRATIVE_SECTIONS, ReportYear
from ..domain.numbers import tr_upper
from .flow import Caption, Heading, narrative
from .scope import UnitScope
from .template import MARGIN_BOTTOM, MARGIN_TOP, MARGIN_X

PORTRAIT_W = A4[0] - 2 * MARGIN_X
PORTRAIT_H = A4[1] - MARGIN_TOP - MARGIN_BOTTOM
LANDSCAPE_W = landscape(A4)[0] - 1.6 * MARGIN_X
LANDSCAPE_H = landscape(A4)[1] - MARGIN_TOP - MARGIN_BOTTOM


def heading_upper(text: str) -> str:
    """Turkish upper case for headings, keeping the conjunction "ve" small as the seed does."""
    return tr_upper(text).replace(" VE ", " ve ")


def short_institution(name: str) -> str:
    """"Göç İdaresi Başkanlığı" → "Başkanlık" (how the seed's captions name the institution)."""
    last = name.split()[-1] if name.split() else name
    for suffix, repl in (("lığı", "lık"), ("liği", "lik"), ("luğu", "luk"), ("lüğü", "lük")):
        if last.endswith(suffix):
            return last[: -len(suffix)] + repl
    return name


@dataclass
class Ctx:
    report: ReportYear
    scope: UnitScope | None = None
    _keys: dict[str, int] = field(default_factory=dict)

    @property
    def year(self) -> int:
        return self.report.year

    @property
    def is_unit(self) -> bool:
        return self.scope is not None

    @property
    def institution(self) -> str:
        return self.report.institution.name

    @property
    def who(self) -> str:
        """The subject of captions: "Başkanlık" or the unit's name."""
        if self.scope is not None:
            return self.scope.unit.name
        return short_institution(self.institution)

    @property
    def title(self) -> str:
        if self.scope is not None:
            return f"{self.scope.unit.name} {self.year} Yılı Birim Faaliyet Raporu"
        return f"{self.year} Yılı İdare Faaliyet Raporu"

    @property
    def header_text(self) -> str:
        if self.scope is not None:
            return f"{self.institution} — {self.title}"
        return f"{self.institution} — {self.title}"

    def key(self, prefix: str) -> str:
        n = self._keys.get(prefix, 0) + 1
        self._keys[prefix] = n
        return f"{prefix}{n}"

    def heading(self, text: str, level: int, *, toc: bool = True,
                style_name: str | None = None) -> Heading:
        return Heading(text, level, self.key("h"), toc=toc, style_name=style_name)

    def caption(self, text: str) -> Caption:
        return Caption(text, self.key("c"))

    def text(self, key: str) -> list[Flowable]:
        return narrative(self.report.narratives.get(key), self.report)

    def has_text(self, key: str) -> bool:
        return bool((self.report.narratives.get(key) or "").strip())

    @staticmethod
    def section_title(key: str) -> str:
        return NARRATIVE_SECTIONS[key]
