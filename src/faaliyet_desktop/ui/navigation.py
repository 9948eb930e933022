"""The navigation tree follows the report's chapters; each leaf is a page (a form or a text)."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from ..domain.checks import Location
from ..domain.model import NARRATIVE_SECTIONS, ReportYear
from .columns import Context, TableSpec
from .document import ReportDocument
from .i18n import QT_TRANSLATE_NOOP, tr_domain
from .narrative_editor import DeclarationPage, NarrativePage
from .pages import Page, TablePage, TextField
from .tables import budget_tables as bt
from .tables import general_tables as gt
from .tables import performance_tables as pt
from .tables import strategic_tables as st


@dataclass
class Node:
    title: str  # "Navigation" context (or a narrative key, shown by its domain title)
    page: str | None = None
    children: list[Node] = field(default_factory=list)


def _n(key: str) -> Node:
    return Node(NARRATIVE_SECTIONS[key], f"narrative:{key}")


CHAPTERS: list[Node] = [
    _n("foreword"),
    _n("executive_summary"),
    Node(QT_TRANSLATE_NOOP("Navigation", "I. Genel Bilgiler"), None, [
        Node(QT_TRANSLATE_NOOP("Navigation", "İdare Bilgileri"), "institution"),
        Node(QT_TRANSLATE_NOOP("Navigation", "A. Misyon ve Vizyon"), None, [_n("mission"), _n("vision")]),  # noqa: E501
        Node(QT_TRANSLATE_NOOP("Navigation", "B. Yetki, Görev ve Sorumluluklar"), "narrative:duties"),  # noqa: E501
        Node(QT_TRANSLATE_NOOP("Navigation", "C. İdareye İlişkin Bilgiler"), None, [
            Node(QT_TRANSLATE_NOOP("Navigation", "1. Fiziksel Yapı"), None, [
                _n("physical_structure"), Node(QT_TRANSLATE_NOOP("Navigation", "Tablo 1. Fiziksel Kaynaklar"), "physical")]),  # noqa: E501
            Node(QT_TRANSLATE_NOOP("Navigation", "2. Örgüt Yapısı"), None, [
                _n("organisation"), Node(QT_TRANSLATE_NOOP("Navigation", "Birimler"), "units")]),
            Node(QT_TRANSLATE_NOOP("Navigation", "3. Bilgi ve Teknolojik Kaynaklar"), None, [
                _n("it_resources"), Node(QT_TRANSLATE_NOOP("Navigation", "Tablo 2. BT Envanteri"), "it")]),  # noqa: E501
            Node(QT_TRANSLATE_NOOP("Navigation", "4. İnsan Kaynakları"), None, [
                _n("human_resources"),
                Node(QT_TRANSLATE_NOOP("Navigation", "Tablo 3. İstihdam Şekli"), "personnel_employment"),  # noqa: E501
                Node(QT_TRANSLATE_NOOP("Navigation", "Tablo 4. Cinsiyet"), "personnel_gender"),
                Node(QT_TRANSLATE_NOOP("Navigation", "Tablo 5. Eğitim Durumu"), "personnel_education")]),  # noqa: E501
            Node(QT_TRANSLATE_NOOP("Navigation", "5. Sunulan Hizmetler"), "narrative:services"),
            Node(QT_TRANSLATE_NOOP("Navigation", "6. Yönetim ve İç Kontrol Sistemi"), "narrative:internal_control"),  # noqa: E501
        ]),
    ]),
    Node(QT_TRANSLATE_NOOP("Navigation", "II. Amaç ve Hedefler"), None, [
        Node(QT_TRANSLATE_NOOP("Navigation", "A. İdarenin Amaç ve Hedefleri"), None, [
            _n("aims_intro"), Node(QT_TRANSLATE_NOOP("Navigation", "Tablo 6. Amaç ve Hedefler"), "goals")]),  # noqa: E501
        Node(QT_TRANSLATE_NOOP("Navigation", "B. Temel Politikalar ve Öncelikler"), "narrative:policies"),  # noqa: E501
    ]),
    Node(QT_TRANSLATE_NOOP("Navigation", "III. Faaliyetlere İlişkin Bilgi ve Değerlendirmeler"), None, [  # noqa: E501
        Node(QT_TRANSLATE_NOOP("Navigation", "A. Mali Bilgiler"), None, [
            Node(QT_TRANSLATE_NOOP("Navigation", "1. Bütçe Uygulama Sonuçları"), None, [
                _n("budget_results"), Node(QT_TRANSLATE_NOOP("Navigation", "Şekil 2. Harcama Oranı"), "spending_history")]),  # noqa: E501
            Node(QT_TRANSLATE_NOOP("Navigation", "2. Temel Mali Tablolar"), None, [
                _n("financial_tables"),
                Node(QT_TRANSLATE_NOOP("Navigation", "Ekonomik Kodlar"), "economic_codes"),
                Node(QT_TRANSLATE_NOOP("Navigation", "Tablo 7. Önceki/Cari Yıl Ödenekleri"), "budget7"),  # noqa: E501
                Node(QT_TRANSLATE_NOOP("Navigation", "Tablo 8–9. Bütçe Gerçekleşmesi"), "budget9"),
                Node(QT_TRANSLATE_NOOP("Navigation", "Tablo 10. Faaliyet Bazında"), "activities"),
                Node(QT_TRANSLATE_NOOP("Navigation", "Tablo 11. Birim Bazında"), "unit_spending"),
                Node(QT_TRANSLATE_NOOP("Navigation", "Tablo 12–13. Sonraki Yıl Ödenekleri"), "budget13")]),  # noqa: E501
            Node(QT_TRANSLATE_NOOP("Navigation", "3. Mali Denetim Sonuçları"), "narrative:financial_audit"),  # noqa: E501
        ]),
        Node(QT_TRANSLATE_NOOP("Navigation", "B. Performans Bilgileri"), None, [
            Node(QT_TRANSLATE_NOOP("Navigation", "1. Program, Alt Program, Faaliyet"), None, [
                _n("program_info"), Node(QT_TRANSLATE_NOOP("Navigation", "Tablo 14. Programlar"), "programs")]),  # noqa: E501
            Node(QT_TRANSLATE_NOOP("Navigation", "2. Performans Sonuçları"), None, [
                _n("performance_results"),
                Node(QT_TRANSLATE_NOOP("Navigation", "Tablo 15. Form-3"), "form3"),
                Node(QT_TRANSLATE_NOOP("Navigation", "Tablo 16. Form-4"), "form4"),
                _n("performance_audit")]),
            Node(QT_TRANSLATE_NOOP("Navigation", "3. Stratejik Planın Değerlendirilmesi"), None, [
                _n("strategic_plan"), Node(QT_TRANSLATE_NOOP("Navigation", "Tablo 17. Stratejik Plan"), "strategic")]),  # noqa: E501
            Node(QT_TRANSLATE_NOOP("Navigation", "4. Performans Bilgi Sistemi"), "narrative:performance_info_system"),  # noqa: E501
            Node(QT_TRANSLATE_NOOP("Navigation", "5. Diğer Hususlar"), "narrative:other_matters"),
        ]),
    ]),
    Node(QT_TRANSLATE_NOOP("Navigation", "IV. Kurumsal Kabiliyet ve Kapasite"), None, [
        _n("capacity_intro"),
        Node(QT_TRANSLATE_NOOP("Navigation", "A. Öngörülemeyen İhtiyaçlar"), "narrative:unforeseen_needs"),  # noqa: E501
        Node(QT_TRANSLATE_NOOP("Navigation", "B. Üstünlükler"), "narrative:strengths"),
        Node(QT_TRANSLATE_NOOP("Navigation", "C. Zayıflıklar"), "narrative:weaknesses"),
        Node(QT_TRANSLATE_NOOP("Navigation", "D. Değerlendirme"), "narrative:assessment"),
    ]),
    Node(QT_TRANSLATE_NOOP("Navigation", "V. Öneri ve Tedbirler"), "narrative:recommendations"),
    Node(QT_TRANSLATE_NOOP("Navigation", "Ekler"), None, [
        Node(QT_TRANSLATE_NOOP("Navigation", "EK-1 İç Kontrol Güvence Beyanı"), "declaration:ek1"),
        Node(QT_TRANSLATE_NOOP("Navigation", "EK-2 Mali Hizmetler Birim Yöneticisinin Beyanı"), "declaration:ek2"),  # noqa: E501
    ]),
]


def node_title(node: Node) -> str:
    if node.page and node.page.startswith("narrative:") and node.title in \
            NARRATIVE_SECTIONS.values():
        return tr_domain(node.title)
    return QCoreApplication.translate("Navigation", node.title)


def all_pages(nodes: list[Node] = CHAPTERS) -> list[tuple[str, str]]:
    """(page id, title) of every leaf in tree order."""
    out: list[tuple[str, str]] = []
    for n in nodes:
        if n.page:
            out.append((n.page, node_title(n)))
        out.extend(all_pages(n.children))
    return out


def node_paths(nodes: list[Node] = CHAPTERS, prefix: str = "") -> dict[int, str]:
    """Full label of every node (by id): "I. Genel Bilgiler › … › Tablo 1. Fiziksel
    Kaynaklar", for tooltips and the quick table list."""
    out: dict[int, str] = {}
    for n in nodes:
        path = f"{prefix} › {node_title(n)}" if prefix else node_title(n)
        out[id(n)] = path
        out.update(node_paths(n.children, path))
    return out


def page_paths() -> dict[str, str]:
    """page id → full label of its leaf."""
    paths = node_paths()
    out: dict[str, str] = {}

    def walk(nodes: list[Node]) -> None:
        for n in nodes:
            if n.page and n.page not in out:
                out[n.page] = paths[id(n)]
            walk(n.children)

    walk(CHAPTERS)
    return out


def page_for(loc: Location, year: int) -> tuple[str, Location]:
    """The page a finding's location lives on, and the location as that page names rows."""
    t = loc.table
    if t == "narrative":
        return f"narrative:{loc.row}", loc
    if t == "declaration":
        return f"declaration:{loc.row}", loc
    if t == "budget" and loc.row and ":" in loc.row:
        fy_text, _, code = loc.row.partition(":")
        fy = int(fy_text) if fy_text.isdigit() else year
        col = loc.column
        if fy == year - 1:
            return "budget7", Location("budget", code or None, "old" if col == "kbo" else None)
        if fy == year + 1:
            return "budget13", Location("budget", code or None, "new" if col == "kbo" else None)
        return "budget9", loc
    mapping = {"budget": "budget9", "subprograms": "programs"}
    return mapping.get(t, t), loc


_QUARTER_LABELS = [QT_TRANSLATE_NOOP("Fields", "1. Çeyrek değerlendirmesi"),
                   QT_TRANSLATE_NOOP("Fields", "2. Çeyrek değerlendirmesi"),
                   QT_TRANSLATE_NOOP("Fields", "3. Çeyrek değerlendirmesi"),
                   QT_TRANSLATE_NOOP("Fields", "4. Çeyrek değerlendirmesi")]


def _assessment_field(q: int) -> TextField:
    def get(report, key):  # type: ignore[no-untyped-def]
        ind = report.indicator(key)
        return ind.assessments[q] if ind else ""

    def set_(report, key, value):  # type: ignore[no-untyped-def]
        ind = report.indicator(key)
        a = list(ind.assessments)
        a[q] = value or ""
        ind.assessments = a

    return TextField(f"assessment{q + 1}", _QUARTER_LABELS[q], get, set_)  # as logged


def _pg_field(name: str, label: str) -> TextField:
    def get(report, key):  # type: ignore[no-untyped-def]
        pg = next((p for p in report.goal_indicators if p.code == key), None)
        return getattr(pg, name) if pg else ""

    def set_(report, key, value):  # type: ignore[no-untyped-def]
        pg = next(p for p in report.goal_indicators if p.code == key)
        setattr(pg, name, value or "")

    return TextField(name, label, get, set_)


_SIMPLE_SPECS: dict[str, list[TableSpec]] = {
    "institution": [gt.INSTITUTION], "units": [gt.UNITS], "physical": [gt.PHYSICAL],
    "personnel_employment": [gt.PERSONNEL_EMPLOYMENT],
    "personnel_gender": [gt.PERSONNEL_GENDER],
    "personnel_education": [gt.PERSONNEL_EDUCATION],
    "goals": [st.AIMS, st.GOALS6], "spending_history": [bt.SPENDING_HISTORY],
    "economic_codes": [bt.ECONOMIC_CODES], "budget7": [bt.BUDGET7],
    "budget9": [bt.BUDGET9], "budget13": [bt.BUDGET13], "activities": [bt.ACTIVITIES],
    "unit_spending": [bt.UNIT_SPENDING], "programs": [pt.PROGRAMS, pt.SUBPROGRAMS],
    "form4": [pt.FORM4], "form3": [pt.FORM3], "strategic": [st.GOALS17, st.PG17],
}


def page_specs(page_id: str, report: ReportYear) -> list[TableSpec]:
    """The grids of a table page (none for a text page)."""
    if page_id == "it":
        return [gt.it_spec(report), gt.IT_ITEMS]
    return list(_SIMPLE_SPECS.get(page_id, []))


def create_page(page_id: str, doc: ReportDocument, ctx: Context) -> Page:
    title = dict(all_pages()).get(page_id, page_id)
    kind, _, key = page_id.partition(":")
    if kind == "narrative":
        return NarrativePage(key, title, doc)
    if kind == "declaration":
        return DeclarationPage(key, title, doc)
    simple = _SIMPLE_SPECS
    if page_id in simple and page_id not in ("form3", "strategic"):
        stretch = [1, 3] if page_id in ("goals", "programs") else None
        return TablePage(page_id, title, doc, ctx, simple[page_id], stretch=stretch)
    if page_id == "it":
        return TablePage(page_id, title, doc, ctx,
                         lambda report: [gt.it_spec(report), gt.IT_ITEMS], stretch=[3, 1])
    if page_id == "form3":
        return TablePage(page_id, title, doc, ctx, [pt.FORM3],
                         details=(0, QT_TRANSLATE_NOOP("Fields", "Seçili göstergenin çeyreklik "
                                                       "değerlendirmeleri"),
                                  [_assessment_field(q) for q in range(4)]),
                         stretch=[3, 1])
    if page_id == "strategic":
        fields = [_pg_field("relevance", QT_TRANSLATE_NOOP("Fields", "İlgililik")),
                  _pg_field("effectiveness", QT_TRANSLATE_NOOP("Fields", "Etkililik")),
                  _pg_field("efficiency", QT_TRANSLATE_NOOP("Fields", "Etkinlik")),
                  _pg_field("sustainability", QT_TRANSLATE_NOOP("Fields", "Sürdürülebilirlik"))]
        return TablePage(page_id, title, doc, ctx, [st.GOALS17, st.PG17],
                         details=(1, QT_TRANSLATE_NOOP("Fields", "Seçili göstergenin "
                                                       "değerlendirmesi"), fields),
                         stretch=[3, 4, 1])
    raise KeyError(page_id)
