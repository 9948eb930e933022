"""Test data for the storage tests: a small but complete report year, folder snapshots."""

from __future__ import annotations

import hashlib
from decimal import Decimal
from pathlib import Path

from faaliyet_desktop.domain.model import (
    Activity,
    Aggregation,
    BudgetLine,
    Declaration,
    EconomicCode,
    Goal,
    GoalIndicator,
    Indicator,
    Institution,
    ITCount,
    ITItem,
    PersonnelRecord,
    PhysicalResource,
    Program,
    ReportYear,
    SpendingYear,
    StrategicAim,
    SubProgram,
    Unit,
    UnitKind,
    UnitSpending,
)

D = Decimal


def complete_report(year: int = 2024) -> ReportYear:
    """Every entity and every field, with the awkward values: None next to 0, empty strings,
    exact decimals, Turkish letters, list orders that are not the key order."""
    return ReportYear(
        year=year,
        institution=Institution(
            name="Göç İdaresi Başkanlığı",
            short_name="GİB",
            head_name="Atilla TOROS",
            head_title="Göç İdaresi Başkanı",
            address="Ankara",
            logo_png=b"\x89PNG\r\n\x1a\n\x00\x01",
        ),
        units=[
            Unit("GIB", "Göç İdaresi Başkanlığı", UnitKind.INSTITUTION, None, 0),
            Unit("tasra", "Taşra Teşkilatı", UnitKind.SCOPE, "GIB", 2),
            Unit("merkez", "Merkez Teşkilatı", UnitKind.SCOPE, "GIB", 1),
            Unit("YUK", "Yabancılar Genel Müdürlüğü", UnitKind.GENERAL_DIRECTORATE, "merkez", 1),
            Unit("SGDB", "Strateji Geliştirme Daire Başkanlığı", UnitKind.DEPARTMENT, "merkez"),
            Unit("IL06", "Ankara İl Göç İdaresi Müdürlüğü", UnitKind.PROVINCIAL, "tasra", 6),
            Unit("GGM01", "Ağrı Geri Gönderme Merkezi", UnitKind.CENTRE, "tasra", 7),
        ],
        physical_resources=[
            PhysicalResource("toplanti", "Toplantı Salonu", 12, "8 Kişilik", None, 1),
            PhysicalResource("kutuphane", "Kütüphane", 1, "7.500 Kitap Kapasiteli", None, 2),
            PhysicalResource("alan_kapali", "Kapalı Alan", None, "", D("12500.75"), 3),
            PhysicalResource("alan_acik", "Açık Alan", 0, "", D("0"), 4),
        ],
        it_items=[ITItem("masaustu", "Masaüstü Bilgisayar", 1), ITItem("yazici", "Yazıcı", 2)],
        it_counts=[
            ITCount("IL06", "yazici", 40),
            ITCount("IL06", "masaustu", 310),
            ITCount("SGDB", "masaustu", 0),
        ],
        personnel=[
            PersonnelRecord(
                "IL06",
                employment={"sozlesmeli": 12, "dolu_kadro": 250, "gecici": 0},
                gender={"erkek": 150, "kadin": 112},
                education={"lisans": 200, "lise": 30, "doktora": 2},
            ),
            PersonnelRecord("SGDB", employment={"dolu_kadro": 45}),
            PersonnelRecord("YUK"),  # not entered yet: no counts at all
        ],
        economic_codes=[
            EconomicCode("01", "Personel Giderleri", 1),
            EconomicCode("03", "Mal ve Hizmet Alım Giderleri", 3),
            EconomicCode("02", "Sosyal Güvenlik Kurumlarına Devlet Primi Giderleri", 2),
        ],
        budget_lines=[
            BudgetLine(year - 1, "01", D("1000000")),
            BudgetLine(year, "01", D("138188839.46"), D("0"), None, D("138000000.00")),
            BudgetLine(year, "03", D("5E+3"), D("12.5"), D("-3.17"), D("4999.99")),
            BudgetLine(year + 1, "01", D("150000000")),
        ],
        spending_history=[
            SpendingYear(year, D("26695936936"), D("26263512310.10")),
            SpendingYear(year - 1, D("20000000000.00"), D("19000000000")),
        ],
        programs=[Program("GOC", "Göç Yönetimi", 1), Program("YDP", "Yönetim ve Destek", 2)],
        subprograms=[
            SubProgram(
                "GOC.DG",
                "GOC",
                "Düzensiz Göç",
                "Düzensiz göçle etkin mücadele",
                ["Hedef 1: düzensiz göçmen sayısını azaltmak", "Hedef 2"],
                ["A2", "A1"],
                1,
            ),
            SubProgram("YDP.UY", "YDP", "Üst Yönetim", "", [], [], 2),
        ],
        activities=[
            Activity(
                "GOC.DG.1",
                "GOC.DG",
                "Düzensiz Göçle Mücadele",
                D("1065237000"),
                D("2241115000"),
                D("2240884214"),
                1,
            ),
            Activity("YDP.UY.1", "YDP.UY", "Kamuoyu İlişkileri", D("96000")),
        ],
        unit_spending=[
            UnitSpending("SGDB", D("42639000"), D("60798000"), D("58949667.25"), 2),
            UnitSpending("IL06"),
        ],
        indicators=[
            Indicator(
                code="PG3",
                subprogram="GOC.DG",
                name="Sınır dışı edilen düzensiz göçmen sayısı",
                measure="Sayı",
                previous_year=year - 1,
                previous_value=D("106172"),
                target=D("150000"),
                year_end_estimate=D("150000"),
                quarters=[D("30000"), D("0"), None, D("41000.5")],
                aggregation=Aggregation.SUM,
                typed_year_end=None,
                assessments=["İlk çeyrekte hedefin üzerinde.", "", "Veri yok", ""],
                in_form3=True,
                in_form4=False,
                form4_order=0,
                deviation_reason="",
                order=2,
            ),
            Indicator(
                code="PG1",
                subprogram="GOC.DG",
                name="Mağdurların korunma oranı",
                measure="Yüzde",
                previous_year=None,
                previous_value=None,
                target=D("95.00"),
                year_end_estimate=D("94.5"),
                quarters=[D("93.1"), D("94.2"), D("-0.0"), D("0.000001")],
                aggregation=Aggregation.TYPED,
                typed_year_end=D("94.21"),
                assessments=["a", "b", "c", "d"],
                in_form3=False,
                in_form4=True,
                form4_order=3,
                deviation_reason="Kapasite yetersizliği",
                order=1,
            ),
            Indicator("PG2", "YDP.UY", "Aktif ikamet izni", aggregation=Aggregation.LAST),
            Indicator("PG4", "YDP.UY", "Ortalama süre", "Oran", aggregation=Aggregation.AVERAGE),
        ],
        aims=[
            StrategicAim("A2", "Uluslararası korumada etkinlik", "ULUSLARARASI KORUMA", 2),
            StrategicAim("A1", "Yönetilebilir düzenli göç", "YÖNETİLEBİLİR DÜZENLİ GÖÇ", 1),
        ],
        goals=[
            Goal(
                "H1.1",
                "A1",
                "Vize sistemini geliştirmek",
                "Nitelikli Vize Değerlendirme",
                ["SGDB", "YUK", "IL06"],
                "Sapma yok",
                "Tedbir gerekmiyor",
                1,
            ),
            Goal("H2.1", "A2", "Koruma süreçleri", ""),
        ],
        goal_indicators=[
            GoalIndicator(
                "PG1.1.1",
                "H1.1",
                "Vize başvurusu sonuçlandırma süresi",
                D("40"),
                D("30"),
                D("20"),
                D("25.5"),
                "ilgili",
                "etkili",
                "etkin",
                "sürdürülebilir",
                "PG3",
                1,
            ),
            GoalIndicator("PG1.1.2", "H1.1", "Memnuniyet", D("60.0"), None, None, None),
        ],
        narratives={
            "vision": "Vizyonumuz: güvenli, düzenli göç.",
            "foreword": "Başkan sunuşu… %{toplam_personel} personel",
            "mission": "",
        },
        declarations=[
            Declaration(
                "ek2",
                "Mali Hizmetler Birim Yöneticisinin Beyanı",
                "Beyan ederim.",
                "Ankara",
                "Şubat 2025",
                "Ad SOYAD",
                "Strateji Geliştirme Daire Başkanı",
            ),
            Declaration("ek1", "İç Kontrol Güvence Beyanı", "Güvence veririm."),
        ],
    )


def folder_state(folder: Path) -> dict[str, str]:
    """Names and sha256 of every file under ``folder`` (to prove nothing was touched)."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        if p.is_file()
        else "/"
        for p in sorted(folder.rglob("*"))
    }
