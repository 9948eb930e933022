"""The 2024 sample report, read back: headings, captions, key figures on the right pages."""

from __future__ import annotations

import re

import pytest

from faaliyet_desktop.domain import derived
from faaliyet_desktop.domain.model import STATUS_LABELS_TR
from faaliyet_desktop.domain.numbers import format_percent
from faaliyet_desktop.report.chapters.strategic import goal_performance_text

CHAPTERS = [
    "BAŞKAN SUNUŞU", "YÖNETİCİ ÖZETİ", "I. GENEL BİLGİLER", "II. AMAÇ ve HEDEFLER",
    "III. FAALİYETLERE İLİŞKİN BİLGİ ve", "IV. KURUMSAL KABİLİYET ve KAPASİTENİN",
    "V. ÖNERİ ve TEDBİRLER", "EKLER",
]
CAPTIONS = [
    "Tablo 1. Fiziki Kaynaklara İlişkin Bilgiler",
    "Şekil 1. Organizasyon Şeması",
    "Tablo 2. Bilgi Teknolojileri Envanteri",
    "Tablo 3. Başkanlık Merkez ve Taşra Teşkilatı Personel Sayıları",
    "Tablo 4. Başkanlık Merkez Teşkilatı Cinsiyet Durumuna Göre Personel Dağılımı",
    "Tablo 5. Başkanlık Merkez Teşkilatı Öğrenim Durumuna Göre Personel Dağılımı",
    "Tablo 6. Stratejik Amaç ve Hedeflerimiz",
    "Şekil 2. Yıllar İtibarıyla Bütçe Harcama Oranları",
    "Tablo 7. 2023-2024 Mali Yılları Bütçe Ödenekleri Karşılaştırması",
    "Tablo 8. 2024 Mali Yılı Bütçesinin Ekonomik Sınıflandırma Bazında Ödenek Dağılımı",
    "Tablo 9. 2024 Yılı Bütçe Gerçekleşme Durumu",
    "Tablo 10. Faaliyet Düzeyinde Ödenek ve Harcama Verileri",
    "Tablo 11. Birim Düzeyinde Ödenek ve Harcama Verileri",
    "Tablo 12. 2025 Mali Yılı Bütçe Ödenekleri",
    "Tablo 13. 2024-2025 Mali Yılları Bütçe Ödenekleri Karşılaştırması",
    "Tablo 14. Program, Alt Program ve Faaliyet Bilgileri",
    "Tablo 15. Performans Göstergesi Gerçekleşmeleri İzleme Formu (3 Aylık/Form-3)",
    "Tablo 16. Performans Göstergesi Sonuçları Formu (Form-4)",
    "Tablo 17. Stratejik Plan Değerlendirme Tabloları",
]


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("heading", CHAPTERS)
def test_every_chapter_heading_is_printed(report_pdf, heading):
    assert report_pdf.page_of(heading) > 2


@pytest.mark.parametrize("caption", CAPTIONS)
def test_every_caption_is_printed_in_the_seed_wording(report_pdf, caption):
    assert [n for n, t in enumerate(report_pdf.pages, 1) if caption in flat(t)]


def test_pages_follow_the_seed_order(report_pdf):
    firsts = [report_pdf.page_of(c) for c in ("BAŞKAN SUNUŞU", "I. GENEL BİLGİLER",
                                               "Tablo 3.", "II. AMAÇ ve HEDEFLER", "Tablo 9.",
                                               "Tablo 15.", "Tablo 17.", "V. ÖNERİ ve TEDBİRLER",
                                               "EK-1", "EK-2")]
    assert firsts == sorted(firsts)


def test_cover_and_annexes(report_pdf, sample_report):
    cover = report_pdf.pages[0]
    assert "GÖÇ İDARESİ BAŞKANLIĞI" in cover and "İDARE FAALİYET RAPORU" in cover
    assert "2024 YILI" in cover
    for key, label in (("ek1", "EK-1"), ("ek2", "EK-2")):
        decl = next(d for d in sample_report.declarations if d.key == key)
        page = report_pdf.pages[report_pdf.page_of(label) - 1]
        for text in (decl.place, decl.date, decl.signer_name, decl.signer_title):
            assert text in page, (label, text)
    foreword = report_pdf.pages[report_pdf.page_of("BAŞKAN SUNUŞU") - 1 + 0]
    assert "Hüseyin KÖK" in " ".join(report_pdf.pages[report_pdf.page_of("BAŞKAN SUNUŞU") - 1:
                                                      report_pdf.page_of("YÖNETİCİ ÖZETİ")])
    assert foreword


def test_head_count_on_table_3_page(report_pdf):
    page = report_pdf.pages[report_pdf.page_of("Tablo 3.") - 1]
    assert "14.052" in page and "13.053" in page and "999" in page


def test_table_9_totals_and_rate(report_pdf):
    page = flat(report_pdf.pages[report_pdf.page_of("Tablo 9.") - 1])
    for figure in ("21.631.742.000", "16.630.210.362", "6.954.426.426", "31.307.525.936",
                   "29.496.087.082", "%94,21"):
        assert figure in page, figure


def test_spending_rates_in_figure_2(report_pdf):
    page = flat(report_pdf.pages[report_pdf.page_of("Şekil 2.") - 1])
    assert "2024 (%94,21)" in page and "2023 (%98,83)" in page


def test_tables_10_and_11_whole_percentages(report_pdf):
    page = flat(report_pdf.pages[report_pdf.page_of("Tablo 10.") - 1])
    assert "GENEL TOPLAM 21.631.742.000 31.307.525.936 29.496.087.082 %136 %94" in page


def test_every_form3_status_is_on_its_form3_page(report_pdf, sample_report):
    form3_pages = report_pdf.pages_with("Tablo 15.")
    assert len(form3_pages) >= 2
    texts = flat(" ".join(report_pdf.pages[p - 1] for p in form3_pages))
    checked = 0
    for ind in sample_report.indicators:
        if not ind.in_form3:
            continue
        res = derived.indicator_result(ind)
        if res.status is None:
            continue
        cell = f"{format_percent(res.ratio_pct, 2)} {STATUS_LABELS_TR[res.status]}"
        assert cell in texts, (ind.code, cell)
        checked += 1
    assert checked >= 20


def test_every_goal_performance_is_in_its_goal_block(report_pdf, sample_report):
    assert sample_report.goals, "the sample has no Table 17 goals yet"
    for goal in sample_report.goals:
        pgs = derived.goal_indicators_of(sample_report, goal.code)
        expected = f"{goal.code} Performansı {goal_performance_text(goal, pgs)}"
        pages = [flat(t) for t in report_pdf.pages if f"{goal.code} Performansı" in t]
        assert pages and any(expected in t for t in pages), expected


def test_quarterly_assessments_are_printed(report_pdf, sample_report):
    for q in range(1, 5):
        assert report_pdf.pages_with(f"Değerlendirme {q}. Dönem")
    ind = next(i for i in sample_report.indicators if i.assessments[0])
    words = ind.assessments[0].split()[:6]
    assert any(" ".join(words) in flat(t) for t in report_pdf.pages)


def test_turkish_number_format_everywhere(report_pdf):
    body = flat(" ".join(report_pdf.pages))
    assert not re.search(r"\d,\d{3},\d{3}", body)  # no English thousands separators
    assert not re.search(r"\d+\.\d{1,2}%", body)  # no "94.21%"
