"""The activity report as plain data: every table and text of an institution's annual report.

Inputs only. Derived figures (totals, percentages, statuses, performances) are never stored
here; they are computed by :mod:`faaliyet_desktop.domain.derived`.

Identity: every row has a natural key (a unit code, an economic code, an indicator code ...)
that storage, the GUI, Excel templates and the checks use to name it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum


class UnitKind(str, Enum):
    """What an organisation unit is; decides where it sits in the tree and in Table 3."""

    INSTITUTION = "institution"  # the root: the whole administration
    SCOPE = "scope"  # Merkez Teşkilatı / Taşra Teşkilatı
    GENERAL_DIRECTORATE = "general_directorate"
    DEPARTMENT = "department"  # daire başkanlığı, müşavirlik, müdürlük at headquarters
    PROVINCIAL = "provincial"  # il göç idaresi müdürlüğü
    CENTRE = "centre"  # geri gönderme / barınma merkezi, research centre


class Scope(str, Enum):
    MERKEZ = "merkez"
    TASRA = "tasra"


class Aggregation(str, Enum):
    """How a Form-3 indicator's year-end value follows from its quarters."""

    SUM = "sum"  # flows: applications decided, people deported
    LAST = "last"  # stocks: active permits, capacity
    AVERAGE = "average"
    TYPED = "typed"  # pooled ratios: the year-end value is typed, not computed


class Direction(str, Enum):
    """Which way an indicator improves (DOMAIN.md "Indicator semantics")."""

    ARTAN = "artan"  # higher is better (the default)
    AZALAN = "azalan"  # lower is better: irregular migrants, processing days, error rates


DIRECTION_LABELS_TR: dict[Direction, str] = {
    Direction.ARTAN: "Artan (yüksek daha iyi)",
    Direction.AZALAN: "Azalan (düşük daha iyi)",
}


class PGType(str, Enum):
    """Table 17 indicator type (Stratejik Planlama Kılavuzu): how B and C relate to Form-3."""

    YILLIK = "yillik"  # B and C are the year's own values
    KUMULATIF = "kumulatif"  # B and C count from the plan's start and include A
    DUZEY = "duzey"  # a stock level


PG_TYPE_LABELS_TR: dict[PGType, str] = {
    PGType.YILLIK: "Yıllık",
    PGType.KUMULATIF: "Kümülatif",
    PGType.DUZEY: "Düzey",
}


class Status(str, Enum):
    """Realisation status of an indicator (Performans Programı İzleme Rehberi)."""

    NOT_REACHED = "not_reached"  # ratio < 80 %
    PARTIAL = "partial"  # 80 % <= ratio < 100 %
    REACHED = "reached"  # = 100 %
    EXCEEDED = "exceeded"  # > 100 %


STATUS_LABELS_TR: dict[Status, str] = {
    Status.NOT_REACHED: "Ulaşılamadı",
    Status.PARTIAL: "Kısmen Ulaşıldı",
    Status.REACHED: "Ulaşıldı",
    Status.EXCEEDED: "Aşıldı",
}

# Personnel categories (Tables 3, 4, 5). Keys are stable identifiers; labels are the seed's.
EMPLOYMENT_TYPES: dict[str, str] = {
    "dolu_kadro": "Dolu Kadro",
    "sozlesmeli": "Sözleşmeli Personel",
    "kadrolu_isci": "Kadrolu İşçi",
    "hizmet_alimi": "Hizmet Alımı",
    "gecici": "Geçici Personel",
}
GENDERS: dict[str, str] = {"kadin": "Kadın", "erkek": "Erkek"}
EDUCATION_LEVELS: dict[str, str] = {
    "ilkogretim": "İlköğretim",
    "lise": "Lise",
    "on_lisans": "Ön Lisans",
    "lisans": "Lisans",
    "yuksek_lisans": "Yüksek Lisans",
    "doktora": "Doktora",
}
MEASURE_UNITS: tuple[str, ...] = ("Sayı", "Oran", "Yüzde")


@dataclass
class Institution:
    name: str  # "Göç İdaresi Başkanlığı"
    short_name: str = ""  # "GİB"
    head_name: str = ""  # signs the foreword and EK-1
    head_title: str = ""
    address: str = ""
    logo_png: bytes | None = None  # optional, shown on the cover


@dataclass
class Unit:
    """A node of the organisation tree. ``parent`` is the parent's code (None for the root)."""

    code: str
    name: str
    kind: UnitKind
    parent: str | None = None
    order: int = 0


@dataclass
class PhysicalResource:
    """Table 1: a facility (count + capacity text) or an area line (m²)."""

    key: str
    name: str
    count: int | None = None
    capacity: str = ""  # free text as in the seed: "8 Kişilik", "7.500 Kitap Kapasiteli"
    area_m2: Decimal | None = None
    order: int = 0


@dataclass
class ITItem:
    """Table 2 row definition: an inventory item kind (Masaüstü Bilgisayar ...)."""

    code: str
    name: str
    order: int = 0


@dataclass
class ITCount:
    """Table 2 input: how many of an item a unit holds."""

    unit: str
    item: str
    count: int


@dataclass
class PersonnelRecord:
    """Tables 3-5 inputs for one unit. A missing key means 'not entered' (not zero).

    ``employment`` keys: EMPLOYMENT_TYPES; ``gender``: GENDERS; ``education``: EDUCATION_LEVELS.
    """

    unit: str
    employment: dict[str, int] = field(default_factory=dict)
    gender: dict[str, int] = field(default_factory=dict)
    education: dict[str, int] = field(default_factory=dict)


@dataclass
class EconomicCode:
    """Level-1 economic classification code (1 Personel Giderleri ...)."""

    code: str
    name: str
    order: int = 0


@dataclass
class BudgetLine:
    """Appropriation and spending of one economic code in one fiscal year.

    The report year carries three fiscal years: the previous one (KBÖ only, Table 7), the
    current one (all four figures, Tables 7-9, 13) and the next one (KBÖ only, Tables 12-13).
    """

    fiscal_year: int
    code: str
    kbo: Decimal
    added: Decimal | None = None
    deducted: Decimal | None = None
    spending: Decimal | None = None


@dataclass
class SpendingYear:
    """Şekil 2 input: total appropriation and spending of one year."""

    year: int
    total_appropriation: Decimal
    spending: Decimal


@dataclass
class Program:
    code: str
    name: str
    order: int = 0


@dataclass
class SubProgram:
    """Alt program (Tables 10, 14, 15): its targets and the strategic aims it serves."""

    code: str
    program: str
    name: str
    objective: str = ""  # alt program hedefi as printed at the head of Form-3 / Form-4
    targets: list[str] = field(default_factory=list)  # Table 14 alt program hedefleri
    aims: list[str] = field(default_factory=list)  # Table 14 linked strategic aim codes
    order: int = 0


@dataclass
class Activity:
    """Faaliyet (Table 10): appropriations and realisation of one activity."""

    code: str
    subprogram: str
    name: str
    kbo: Decimal | None = None  # None: not entered (a reported 0 is a value)
    total_appropriation: Decimal | None = None
    realisation: Decimal | None = None
    order: int = 0


@dataclass
class UnitSpending:
    """Table 11 input: appropriations and realisation of one spending unit."""

    unit: str
    kbo: Decimal | None = None  # None: not entered (a reported 0 is a value)
    total_appropriation: Decimal | None = None
    realisation: Decimal | None = None
    order: int = 0


@dataclass
class Indicator:
    """A Form-3 performance indicator of an alt program, with its quarterly values."""

    code: str
    subprogram: str
    name: str
    measure: str = "Sayı"  # one of MEASURE_UNITS
    previous_year: int | None = None
    previous_value: Decimal | None = None
    target: Decimal | None = None
    year_end_estimate: Decimal | None = None
    quarters: list[Decimal | None] = field(default_factory=lambda: [None, None, None, None])
    aggregation: Aggregation = Aggregation.SUM
    typed_year_end: Decimal | None = None  # used when aggregation is TYPED
    assessments: list[str] = field(default_factory=lambda: ["", "", "", ""])  # per quarter
    in_form3: bool = True  # listed in Table 15
    in_form4: bool = True  # listed in Table 16
    form4_order: int = 0
    deviation_reason: str = ""  # why it is below target (law 5018 art. 41)
    order: int = 0
    direction: Direction = Direction.ARTAN
    provisional_confirmed: bool = False  # a person accepts a year-end from incomplete quarters


@dataclass
class StrategicAim:
    code: str  # "A1"
    title: str  # Table 17 heading
    short_title: str = ""  # Table 6 label ("YÖNETİLEBİLİR DÜZENLİ GÖÇ")
    order: int = 0


@dataclass
class Goal:
    """Hedef: Table 6 text and the Table 17 block's goal-level fields."""

    code: str  # "H1.1" (printed as A1H1 in Table 6)
    aim: str
    text: str  # Table 6 wording
    title: str = ""  # Table 17 heading ("Nitelikli Vize Değerlendirme Sistemi")
    responsible_units: list[str] = field(default_factory=list)  # unit codes
    deviation_reason: str = ""
    measures: str = ""
    order: int = 0


@dataclass
class GoalIndicator:
    """Table 17 performance indicator (PG) of a goal."""

    code: str  # "PG1.1.1"
    goal: str
    name: str
    weight: Decimal  # percent, e.g. 40
    baseline: Decimal | None = None  # A
    target: Decimal | None = None  # B
    actual: Decimal | None = None  # C
    relevance: str = ""  # İlgililik
    effectiveness: str = ""  # Etkililik
    efficiency: str = ""  # Etkinlik
    sustainability: str = ""  # Sürdürülebilirlik
    form3_indicator: str | None = None  # the same indicator in Form-3, when there is one
    order: int = 0
    direction: Direction = Direction.ARTAN
    kind: PGType = PGType.YILLIK  # how B and C compare with the linked Form-3 indicator


# Narrative sections in report order: key -> Turkish title. The report and the GUI use these.
NARRATIVE_SECTIONS: dict[str, str] = {
    "foreword": "Başkan Sunuşu",
    "executive_summary": "Yönetici Özeti",
    "mission": "Misyonumuz",
    "vision": "Vizyonumuz",
    "duties": "Yetki, Görev ve Sorumluluklar",
    "physical_structure": "Fiziksel Yapı",
    "organisation": "Örgüt Yapısı",
    "it_resources": "Bilgi ve Teknolojik Kaynaklar",
    "human_resources": "İnsan Kaynakları",
    "services": "Sunulan Hizmetler",
    "internal_control": "Yönetim ve İç Kontrol Sistemi",
    "aims_intro": "İdarenin Amaç ve Hedefleri",
    "policies": "Temel Politikalar ve Öncelikler",
    "budget_results": "Bütçe Uygulama Sonuçları",
    "financial_tables": "Temel Mali Tablolara İlişkin Açıklamalar",
    "financial_audit": "Mali Denetim Sonuçları",
    "program_info": "Program, Alt Program ve Faaliyet Bilgileri",
    "performance_results": "Performans Sonuçlarının Değerlendirilmesi",
    "performance_audit": "Performans Denetim Sonuçları",
    "strategic_plan": "Stratejik Planın Değerlendirilmesi",
    "performance_info_system": "Performans Bilgi Sisteminin Değerlendirilmesi",
    "other_matters": "Diğer Hususlar",
    "capacity_intro": "Kurumsal Kabiliyet ve Kapasitenin Değerlendirilmesi",
    "unforeseen_needs": "Stratejik Planda Öngörülemeyen Kurumsal Kapasite İhtiyaçları",
    "strengths": "Üstünlükler",
    "weaknesses": "Zayıflıklar",
    "assessment": "Değerlendirme",
    "recommendations": "Öneri ve Tedbirler",
}


@dataclass
class Declaration:
    """EK-1 / EK-2: the annex declaration with its signer."""

    key: str  # "ek1" | "ek2"
    title: str
    text: str
    place: str = ""
    date: str = ""  # month and year as printed: "Şubat 2025"
    signer_name: str = ""
    signer_title: str = ""


@dataclass
class YearSettings:
    """Per-year thresholds (Performans Programı İzleme Rehberi), in percent of the target."""

    partial_pct: Decimal = Decimal(80)  # from here on: Kısmen Ulaşıldı
    reached_pct: Decimal = Decimal(100)  # exactly this: Ulaşıldı; above: Aşıldı
    overshoot_pct: Decimal = Decimal(120)  # Aşıldı above this needs a deviation reason


@dataclass
class ReportYear:
    """Everything the report of one year holds. Derived figures are not stored."""

    year: int
    institution: Institution
    units: list[Unit] = field(default_factory=list)
    physical_resources: list[PhysicalResource] = field(default_factory=list)
    it_items: list[ITItem] = field(default_factory=list)
    it_counts: list[ITCount] = field(default_factory=list)
    personnel: list[PersonnelRecord] = field(default_factory=list)
    economic_codes: list[EconomicCode] = field(default_factory=list)
    budget_lines: list[BudgetLine] = field(default_factory=list)
    spending_history: list[SpendingYear] = field(default_factory=list)
    programs: list[Program] = field(default_factory=list)
    subprograms: list[SubProgram] = field(default_factory=list)
    activities: list[Activity] = field(default_factory=list)
    unit_spending: list[UnitSpending] = field(default_factory=list)
    indicators: list[Indicator] = field(default_factory=list)
    aims: list[StrategicAim] = field(default_factory=list)
    goals: list[Goal] = field(default_factory=list)
    goal_indicators: list[GoalIndicator] = field(default_factory=list)
    narratives: dict[str, str] = field(default_factory=dict)  # NARRATIVE_SECTIONS keys
    declarations: list[Declaration] = field(default_factory=list)
    settings: YearSettings = field(default_factory=YearSettings)

    # --- look-ups by natural key -------------------------------------------------------
    def unit(self, code: str) -> Unit | None:
        return next((u for u in self.units if u.code == code), None)

    def children(self, code: str | None) -> list[Unit]:
        return sorted((u for u in self.units if u.parent == code), key=lambda u: (u.order, u.code))

    def root_unit(self) -> Unit | None:
        return next((u for u in self.units if u.parent is None), None)

    def scope_unit(self, scope: Scope) -> Unit | None:
        """The Merkez or Taşra node, recognised by kind and code."""
        return next(
            (u for u in self.units if u.kind == UnitKind.SCOPE and u.code.lower() == scope.value),
            None,
        )

    def budget(self, fiscal_year: int) -> list[BudgetLine]:
        order = {c.code: c.order for c in self.economic_codes}
        lines = [b for b in self.budget_lines if b.fiscal_year == fiscal_year]
        return sorted(lines, key=lambda b: (order.get(b.code, 999), b.code))

    def indicator(self, code: str) -> Indicator | None:
        return next((i for i in self.indicators if i.code == code), None)

    def goal(self, code: str) -> Goal | None:
        return next((g for g in self.goals if g.code == code), None)

    def personnel_of(self, unit: str) -> PersonnelRecord | None:
        return next((p for p in self.personnel if p.unit == unit), None)
