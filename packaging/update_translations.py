"""Refresh translations/*.ts from the GUI sources, fill English, build the .qm catalogues.

    PYTHON=.venv/bin/python sh packaging/update_translations.sh

Turkish is the source language: faaliyet_desktop_tr.ts has every string (translations equal
to the sources); faaliyet_desktop_en.ts gets the English below. lupdate keeps translations
already in a .ts, so a string translated by hand in Qt Linguist is never overwritten.

lupdate cannot follow two idioms of the GUI: a module's own ``tr(text)`` wrapper (or
``_tr``, read as tr through -tr-function-alias) around ``QCoreApplication.translate(CTX,
text)`` (it files the strings under an empty context, which the running program never asks
for) and ``tr = QCoreApplication.translate`` followed by ``tr("Context", "text")`` (it reads
the context as the source). ``fix_contexts`` moves those strings to the context the program
really uses, so the English .qm finds them.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "faaliyet_desktop"
OUT = ROOT / "translations"


def tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else (shutil.which(name) or name)


EN: dict[str, str] = {
    "Veritabanı açılamadı": "The database could not be opened",
    "Başka Dosya Seç…": "Choose Another File…",
    "Yeni Veritabanı Oluştur…": "Create a New Database…",
    "Çık": "Quit",
    "Veritabanı Aç": "Open Database",
    "Faaliyet veritabanı (*.sqlite *.db);;Tüm dosyalar (*)":
        "Activity report database (*.sqlite *.db);;All files (*)",
    "Yeni Veritabanı": "New Database",
    "Faaliyet veritabanı (*.sqlite)": "Activity report database (*.sqlite)",
    "Önem": "Severity", "Tablo": "Table", "Bulgu": "Finding",
    "{0} bulgu: {1} hata, {2} uyarı. Bulguya gitmek için çift tıklayın.":
        "{0} findings: {1} errors, {2} warnings. Double-click a finding to go to it.",
    "Hesaplanan alan: elle girilmez.": "Derived field: not typed.",
    "Alt birimlerin toplamı; bir değer yazarsanız o geçerli olur.":
        "Sum of the sub-units; a value you type takes precedence.",
    "Hesaplanan alan": "Derived field",
    "{0} ({1}): {2}": "{0} ({1}): {2}",
    "Yeni ekonomik kod": "New economic code", "Kod": "Code",
    "Ekonomik sınıflandırma": "Economic classification",
    "Başlangıç ödeneği (KBÖ)": "Initial appropriation", "Eklenen": "Added",
    "Düşülen": "Deducted", "Toplam ödenek": "Total appropriation", "Harcama": "Spending",
    "Kalan": "Remaining", "Gerçekleşme %": "Realisation %", "Pay % (Tablo 8)": "Share % (Table 8)",
    "Artış %": "Increase %", "Önceki yıl KBÖ": "Previous year initial",
    "Cari yıl KBÖ": "Current year initial", "Sonraki yıl KBÖ (Tablo 12)":
        "Next year initial (Table 12)",
    "Yıl": "Year", "Harcama oranı": "Spending rate", "Yeni faaliyet": "New activity",
    "Program / alt program / faaliyet": "Program / sub-program / activity",
    "KBÖ": "Initial approp.", "Yıl sonu toplam ödenek": "Year-end total appropriation",
    "Gerçekleşme": "Realisation", "Gerç./KBÖ": "Real./Initial", "Gerç./Toplam": "Real./Total",
    "Harcama birimi": "Spending unit", "İdarenin adı": "Name of the institution",
    "Kısa adı": "Short name", "Üst yönetici": "Head of institution", "Unvanı": "Title",
    "Adres": "Address", "Bilgi": "Item", "Değer": "Value", "İdare": "Institution",
    "Teşkilat (Merkez/Taşra)": "Organisation (central/provincial)",
    "Genel Müdürlük": "General directorate", "Daire Başkanlığı / Birim": "Department / unit",
    "İl Müdürlüğü": "Provincial directorate",
    "Merkez (Geri Gönderme, Barınma)": "Centre (removal, accommodation)",
    "Yeni birim": "New unit", "Birim adı": "Unit name", "Türü": "Kind",
    "Üst birim": "Parent unit", "Yeni kalem": "New item", "Kaynak": "Resource",
    "Adet": "Count", "Kapasite / açıklama": "Capacity / note", "Alan (m²)": "Area (m²)",
    "Birim": "Unit", "Toplam": "Total", "Kalem": "Item", "Yeni program": "New program",
    "Program": "Program", "Yeni alt program": "New sub-program", "Alt program": "Sub-program",
    "Alt program hedefi (Form-3 başlığı)": "Sub-program objective (Form-3 heading)",
    "Alt program hedefleri (; ile ayırın)": "Sub-program targets (separate with ;)",
    "Stratejik amaçlar": "Strategic aims", "Toplam (akış)": "Sum (flow)",
    "Son çeyrek (stok)": "Last quarter (stock)", "Ortalama": "Average",
    "Elle girilir": "Typed", "Yeni gösterge": "New indicator", "1. Çeyrek": "Q1",
    "2. Çeyrek": "Q2", "3. Çeyrek": "Q3", "4. Çeyrek": "Q4",
    "Performans göstergesi": "Performance indicator", "Ölçü": "Measure",
    "Önceki yıl": "Prev. year", "Önceki değer": "Prev. value", "Hedef": "Target",
    "Yıl sonu tahmini": "Year-end estimate", "Yıl sonu kuralı": "Year-end rule",
    "Yıl sonu (elle)": "Year-end (typed)",
    "Yalnız yıl sonu kuralı 'Elle girilir' olan göstergelerde yazılır.":
        "Typed only for indicators whose year-end rule is 'Typed'.",
    "Yıl sonu değeri": "Year-end value", "Gerçekleşme oranı": "Realisation ratio",
    "Durum": "Status", "Sapmanın nedeni": "Reason for deviation", "Form-4'te": "In Form-4",
    "Form-3'te": "In Form-3", "Sıra": "Order", "Yeni amaç": "New aim",
    "Kısa başlık (Tablo 6)": "Short title (Table 6)",
    "Amaç (Tablo 17 başlığı)": "Aim (Table 17 heading)", "Yeni hedef": "New goal",
    "Amaç": "Aim", "Başlık": "Title", "Sorumlu birimler (kod; kod)":
        "Responsible units (code; code)",
    "Ağırlık toplamı": "Sum of weights", "Hedef performansı": "Goal performance",
    "Alınan tedbirler": "Measures taken", "Hedefe etkisi (%)": "Weight (%)",
    "Başlangıç (A)": "Baseline (A)", "Hedef (B)": "Target (B)", "Gerçekleşme (C)": "Actual (C)",
    "Performans": "Performance", "(C − A) / (B − A), %0–%100 arasında":
        "(C − A) / (B − A), between 0% and 100%",
    "Form-3 göstergesi": "Form-3 indicator", "{0}, {1}: {2}": "{0}, {1}: {2}",
    "Metin: {0}": "Text: {0}", "Yer": "Place", "Tarih (ay ve yıl)": "Date (month and year)",
    "İmzalayan": "Signed by",
    "Ulaşılamadı": "Not reached", "Kısmen Ulaşıldı": "Partly reached", "Ulaşıldı": "Reached",
    "Aşıldı": "Exceeded", "Dolu Kadro": "Permanent posts", "Sözleşmeli Personel":
        "Contract staff", "Kadrolu İşçi": "Permanent workers", "Hizmet Alımı":
        "Outsourced staff", "Geçici Personel": "Temporary staff", "Kadın": "Women",
    "Erkek": "Men", "İlköğretim": "Primary", "Lise": "High school",
    "Ön Lisans": "Associate degree", "Lisans": "Bachelor's", "Yüksek Lisans": "Master's",
    "Doktora": "Doctorate", "Sayı": "Number", "Oran": "Ratio", "Yüzde": "Percent",
    "HATA": "ERROR", "UYARI": "WARNING",
    "Başkan Sunuşu": "Foreword", "Yönetici Özeti": "Executive Summary",
    "Misyonumuz": "Mission", "Vizyonumuz": "Vision",
    "Yetki, Görev ve Sorumluluklar": "Powers, Duties and Responsibilities",
    "Fiziksel Yapı": "Physical Structure", "Örgüt Yapısı": "Organisation",
    "Bilgi ve Teknolojik Kaynaklar": "Information and Technology Resources",
    "İnsan Kaynakları": "Human Resources", "Sunulan Hizmetler": "Services Provided",
    "Yönetim ve İç Kontrol Sistemi": "Management and Internal Control",
    "İdarenin Amaç ve Hedefleri": "Aims and Goals of the Institution",
    "Temel Politikalar ve Öncelikler": "Basic Policies and Priorities",
    "Bütçe Uygulama Sonuçları": "Budget Execution Results",
    "Temel Mali Tablolara İlişkin Açıklamalar": "Notes on the Main Financial Tables",
    "Mali Denetim Sonuçları": "Financial Audit Results",
    "Program, Alt Program ve Faaliyet Bilgileri": "Programs, Sub-programs and Activities",
    "Performans Sonuçlarının Değerlendirilmesi": "Evaluation of Performance Results",
    "Performans Denetim Sonuçları": "Performance Audit Results",
    "Stratejik Planın Değerlendirilmesi": "Evaluation of the Strategic Plan",
    "Performans Bilgi Sisteminin Değerlendirilmesi":
        "Evaluation of the Performance Information System",
    "Diğer Hususlar": "Other Matters",
    "Kurumsal Kabiliyet ve Kapasitenin Değerlendirilmesi":
        "Institutional Capability and Capacity",
    "Stratejik Planda Öngörülemeyen Kurumsal Kapasite İhtiyaçları":
        "Capacity Needs Not Foreseen in the Strategic Plan",
    "Üstünlükler": "Strengths", "Zayıflıklar": "Weaknesses", "Değerlendirme": "Assessment",
    "Öneri ve Tedbirler": "Recommendations and Measures",
    "Tablo 1": "Table 1", "Tablo 2": "Table 2", "Tablo 3": "Table 3", "Tablo 4": "Table 4",
    "Tablo 5": "Table 5", "Tablo 6": "Table 6", "Şekil 2": "Figure 2", "Tablo 9": "Table 9",
    "Tablo 10": "Table 10", "Tablo 11": "Table 11", "Tablo 14": "Table 14",
    "Tablo 15 (Form-3)": "Table 15 (Form-3)", "Tablo 16 (Form-4)": "Table 16 (Form-4)",
    "Tablo 17": "Table 17", "Metin": "Text", "Ekler": "Annexes",
    "1. Çeyrek değerlendirmesi": "Q1 assessment", "2. Çeyrek değerlendirmesi": "Q2 assessment",
    "3. Çeyrek değerlendirmesi": "Q3 assessment", "4. Çeyrek değerlendirmesi": "Q4 assessment",
    "Seçili göstergenin çeyreklik değerlendirmeleri":
        "Quarterly assessments of the selected indicator",
    "İlgililik": "Relevance", "Etkililik": "Effectiveness", "Etkinlik": "Efficiency",
    "Sürdürülebilirlik": "Sustainability",
    "Seçili göstergenin değerlendirmesi": "Assessment of the selected indicator",
    "Satır Ekle": "Add Row", "Satırı Sil": "Remove Row", "Yukarı": "Up", "Aşağı": "Down",
    "Satır ekle: {0}": "Add row: {0}",
    "Bu satır hesaplanan bir satırdır; silinemez.": "This is a derived row; it cannot be removed.",
    "Satır sil: {0}": "Remove row: {0}", "Satır taşı: {0}": "Move row: {0}",
    "Denetimler": "Checks", "Geri Al": "Undo", "Yinele": "Redo",
    "Veritabanı Aç…": "Open Database…", "Yeni Veritabanı…": "New Database…",
    "Şimdi Kaydet": "Save Now", "Şablon Dışa Aktar…": "Export Templates…",
    "İçe Aktar…": "Import…", "Raporu Oluştur (PDF)": "Build Report (PDF)", "Çıkış": "Quit",
    "Yeni Yıl Oluştur…": "Create New Year…", "Konsolidasyon": "Consolidation",
    "Hakkında": "About", "Dosya": "File", "Düzen": "Edit", "Görünüm": "View",
    "Dil": "Language", "Yardım": "Help", "Araç Çubuğu": "Toolbar", " Yıl: ": " Year: ",
    " Birim: ": " Unit: ", "{0} yılını aç": "Open {0}", "Tüm idare": "Whole institution",
    "Yıl açılamadı": "The year could not be opened", "Yeni yıl": "New year",
    "{0} yılı {1} yılından oluşturuldu.": "{0} was created from {1}.",
    "Yeni Yıl Oluştur": "Create New Year",
    "{0} yılının yapısından (birimler, göstergeler, kodlar) oluşturulacak yıl:":
        "Year to create from the structure (units, indicators, codes) of {0}:",
    "✓ Tüm değişiklikler kaydedildi": "✓ All changes saved",
    "✗ KAYDEDİLEMEDİ": "✗ NOT SAVED", "Veritabanı: {0}": "Database: {0}",
    "Faaliyet Desktop — {0} — {1} Faaliyet Raporu{2}":
        "Faaliyet Desktop — {0} — {1} Activity Report{2}",
    "Faaliyet Desktop": "Faaliyet Desktop",
    "Bu özellik henüz kullanılamıyor": "This feature is not available yet",
    "Dil değişikliği uygulama yeniden başlatılınca geçerli olur.":
        "The new language applies when the application is restarted.",
    "Faaliyet Desktop Hakkında": "About Faaliyet Desktop",
    "Faaliyet Desktop {0}\nİdare faaliyet raporu hazırlama uygulaması. Değişiklikler "
    "yapıldıkları anda kaydedilir.":
        "Faaliyet Desktop {0}\nPrepares an institution's annual activity report. Changes are "
        "saved as they are made.",
    "Kaydedilemedi": "Not saved",
    "Son değişiklikler kaydedilemedi:\n{0}\n\nYine de çıkılsın mı? (Kaydedilmeyen "
    "değişiklikler kaybolur.)":
        "The last changes could not be saved:\n{0}\n\nQuit anyway? (Unsaved changes will be "
        "lost.)",
    "• Madde İşareti": "• Bullet", "Seçili satırları madde yapar ya da maddeyi kaldırır.":
        "Turns the selected lines into list items or back.",
    "Yer Tutucu Ekle": "Insert Placeholder",
    "Metne, verilerden canlı hesaplanan bir değer ekler.":
        "Inserts a figure computed live from the data.",
    'Paragrafları boş satırla ayırın; madde satırları "- " ile başlar.':
        'Separate paragraphs with an empty line; list items start with "- ".',
    "Önizleme (yer tutucular güncel değerleriyle)": "Preview (placeholders with live values)",
    "I. Genel Bilgiler": "I. General Information", "İdare Bilgileri": "Institution",
    "A. Misyon ve Vizyon": "A. Mission and Vision",
    "B. Yetki, Görev ve Sorumluluklar": "B. Powers, Duties and Responsibilities",
    "C. İdareye İlişkin Bilgiler": "C. About the Institution",
    "1. Fiziksel Yapı": "1. Physical Structure",
    "Tablo 1. Fiziksel Kaynaklar": "Table 1. Physical Resources",
    "2. Örgüt Yapısı": "2. Organisation", "Birimler": "Units",
    "3. Bilgi ve Teknolojik Kaynaklar": "3. Information and Technology",
    "Tablo 2. BT Envanteri": "Table 2. IT Inventory", "4. İnsan Kaynakları": "4. Human Resources",
    "Tablo 3. İstihdam Şekli": "Table 3. Employment Type", "Tablo 4. Cinsiyet": "Table 4. Gender",
    "Tablo 5. Eğitim Durumu": "Table 5. Education", "5. Sunulan Hizmetler": "5. Services",
    "6. Yönetim ve İç Kontrol Sistemi": "6. Management and Internal Control",
    "II. Amaç ve Hedefler": "II. Aims and Goals",
    "A. İdarenin Amaç ve Hedefleri": "A. Aims and Goals of the Institution",
    "Tablo 6. Amaç ve Hedefler": "Table 6. Aims and Goals",
    "B. Temel Politikalar ve Öncelikler": "B. Basic Policies and Priorities",
    "III. Faaliyetlere İlişkin Bilgi ve Değerlendirmeler":
        "III. Activities: Information and Evaluation",
    "A. Mali Bilgiler": "A. Financial Information",
    "1. Bütçe Uygulama Sonuçları": "1. Budget Execution Results",
    "Şekil 2. Harcama Oranı": "Figure 2. Spending Rate",
    "2. Temel Mali Tablolar": "2. Main Financial Tables", "Ekonomik Kodlar": "Economic Codes",
    "Tablo 7. Önceki/Cari Yıl Ödenekleri": "Table 7. Previous/Current Year Appropriations",
    "Tablo 8–9. Bütçe Gerçekleşmesi": "Tables 8–9. Budget Realisation",
    "Tablo 10. Faaliyet Bazında": "Table 10. By Activity",
    "Tablo 11. Birim Bazında": "Table 11. By Unit",
    "Tablo 12–13. Sonraki Yıl Ödenekleri": "Tables 12–13. Next Year Appropriations",
    "3. Mali Denetim Sonuçları": "3. Financial Audit Results",
    "B. Performans Bilgileri": "B. Performance Information",
    "1. Program, Alt Program, Faaliyet": "1. Programs, Sub-programs, Activities",
    "Tablo 14. Programlar": "Table 14. Programs",
    "2. Performans Sonuçları": "2. Performance Results", "Tablo 15. Form-3": "Table 15. Form-3",
    "Tablo 16. Form-4": "Table 16. Form-4",
    "3. Stratejik Planın Değerlendirilmesi": "3. Evaluation of the Strategic Plan",
    "Tablo 17. Stratejik Plan": "Table 17. Strategic Plan",
    "4. Performans Bilgi Sistemi": "4. Performance Information System",
    "5. Diğer Hususlar": "5. Other Matters",
    "IV. Kurumsal Kabiliyet ve Kapasite": "IV. Institutional Capability and Capacity",
    "A. Öngörülemeyen İhtiyaçlar": "A. Unforeseen Needs", "B. Üstünlükler": "B. Strengths",
    "C. Zayıflıklar": "C. Weaknesses", "D. Değerlendirme": "D. Assessment",
    "V. Öneri ve Tedbirler": "V. Recommendations and Measures",
    "EK-1 İç Kontrol Güvence Beyanı": "Annex 1 Internal Control Assurance Statement",
    "EK-2 Mali Hizmetler Birim Yöneticisinin Beyanı":
        "Annex 2 Statement of the Head of Financial Services",
    "Ekonomik Kodlar (I. Düzey)": "Economic Codes (Level I)",
    "Yeni kod, önceki, cari ve sonraki yıl için sıfır ödenekle eklenir; silinen kodun tüm "
    "yıllardaki satırları silinir.":
        "A new code is added with zero appropriations for the previous, current and next year; "
        "removing a code removes its lines in all years.",
    "Tablo 8–9. Bütçe Gerçekleşme Durumu (Cari Yıl)":
        "Tables 8–9. Budget Realisation (Current Year)",
    "Toplam ödenek = KBÖ + eklenen − düşülen; kalan = toplam ödenek − harcama. Ekonomik "
    "kodları 'Ekonomik Kodlar' sayfasında ekleyin.":
        "Total appropriation = initial + added − deducted; remaining = total − spending. Add "
        "economic codes on the 'Economic Codes' page.",
    "Cari yıl sütunu Tablo 8–9 ile aynı veridir; birinde değiştirmek diğerini de değiştirir.":
        "The current-year column is the data of Tables 8–9; changing one changes the other.",
    "Tablo 7. Önceki Yıl ve Cari Yıl Başlangıç Ödenekleri":
        "Table 7. Initial Appropriations, Previous and Current Year",
    "Tablo 12–13. Cari Yıl ve Sonraki Yıl Başlangıç Ödenekleri":
        "Tables 12–13. Initial Appropriations, Current and Next Year",
    "Şekil 2. Yıllara Göre Bütçe Harcama Oranı": "Figure 2. Budget Spending Rate by Year",
    "Cari yılın değerleri Tablo 9 toplamlarına eşit olmalıdır (denetimler karşılaştırır).":
        "The current year's figures must equal the totals of Table 9 (the checks compare them).",
    "Tablo 10. Program, Alt Program ve Faaliyet Bazında Harcamalar":
        "Table 10. Spending by Program, Sub-program and Activity",
    "Program ve alt program satırları faaliyetlerin toplamıdır. Yeni faaliyet seçili alt "
    "programın altına eklenir.":
        "Program and sub-program rows are sums of their activities. A new activity goes under "
        "the selected sub-program.",
    "Tabloya eklenecek birim kalmadı.": "Every unit is already in the table.",
    "Tablo 11. Harcama Birimleri Bazında Harcamalar": "Table 11. Spending by Spending Unit",
    "Birim filtresi seçiliyse yalnız o birimin alt birimleri ve onların toplamı gösterilir.":
        "With a unit filter, only that unit's sub-units and their total are shown.",
    "Örgüt Yapısı: Birimler": "Organisation: Units",
    "Birim ağacı: Tablo 2–5 ve 11 bu birimleri kullanır. Birimleri üst birimleri içinde "
    "sıralayın.":
        "The unit tree used by Tables 2–5 and 11. Order units within their parent.",
    "Gri italik hücreler alt birimlerin toplamıdır; bir birime değer yazarsanız o değer "
    "geçerli olur. Boş bırakmak için hücreyi silin.":
        "Grey italic cells are sums of the sub-units; a value you type for a unit takes "
        "precedence. Delete the cell to clear it.",
    "Tablo 3. İstihdam Şekline Göre Personel Dağılımı": "Table 3. Personnel by Employment Type",
    "Tablo 4. Cinsiyete Göre Personel Dağılımı": "Table 4. Personnel by Gender",
    "Tablo 5. Eğitim Durumuna Göre Personel Dağılımı": "Table 5. Personnel by Education",
    "Tablo 2. Bilgi ve Teknolojik Kaynaklar": "Table 2. Information and Technology Resources",
    "Gri italik hücreler alt birimlerin toplamıdır; bir birime değer yazarsanız o değer "
    "geçerli olur.":
        "Grey italic cells are sums of the sub-units; a value you type for a unit takes "
        "precedence.",
    "Envanter kalemleri": "Inventory items", "Programlar": "Programs",
    "Tablo 14. Programlar, Alt Programlar ve Alt Program Hedefleri":
        "Table 14. Programs, Sub-programs and Their Targets",
    "Tablo 15. Form-3: Performans Göstergelerinin Çeyreklik İzlenmesi":
        "Table 15. Form-3: Quarterly Monitoring of Performance Indicators",
    "Yıl sonu değeri göstergenin kuralına göre hesaplanır; oran = yıl sonu / hedef. Çeyrek "
    "değerlendirmelerini alttaki alanlara yazın.":
        "The year-end value follows the indicator's rule; ratio = year-end / target. Write the "
        "quarterly assessments in the fields below.",
    "Tablo 16. Form-4: Performans Programı Sonuçları":
        "Table 16. Form-4: Performance Programme Results",
    "Form-4 değerleri Form-3'ten gelir. Burada yalnız hangi göstergelerin hangi formda yer "
    "aldığı ve Form-4 sırası seçilir.":
        "Form-4 values come from Form-3. Here you choose which indicators appear in which form "
        "and their Form-4 order.",
    "Stratejik Amaçlar": "Strategic Aims",
    "Tablo 6. İdarenin Amaç ve Hedefleri": "Table 6. Aims and Goals of the Institution",
    "Tablo 17. Hedefler: Sorumlular, Sapmalar, Performans":
        "Table 17. Goals: Responsible Units, Deviations, Performance",
    "Hedef performansı = Σ ağırlık × gösterge performansı; hedefleri Tablo 6'da ekleyin.":
        "Goal performance = Σ weight × indicator performance; add goals in Table 6.",
    "Tablo 17. Performans Göstergeleri (A, B, C)": "Table 17. Performance Indicators (A, B, C)",
    "Gösterge performansı = (C − A) / (B − A), %0 ile %100 arasında; B = A ise tanımsızdır (—)."
    " Dört değerlendirmeyi alttaki alanlara yazın.":
        "Indicator performance = (C − A) / (B − A), between 0% and 100%; undefined (—) when "
        "B = A. Write the four assessments in the fields below.",
    # added later: column tooltips, and the colleagues' exchange dialogs
    "Kanunla verilen başlangıç ödeneği": "Initial appropriation by the budget law",
    "Pay %": "Share %", "Tablo 8: kodun KBÖ toplamındaki payı":
        "Table 8: the code's share of the initial appropriations",
    "İptal": "Cancel", "Şablon Dışa Aktar": "Export Template",
    "Kurum geneli (tüm tablolar)": "Whole institution (all tables)",
    "Her il için ayrı şablon oluştur (bir klasöre, 81 dosya)":
        "One template per province (into a folder, 81 files)",
    "Birim:": "Unit:", "Tablolar:": "Tables:", "Dışa Aktar…": "Export…",
    "Şablonların yazılacağı klasör": "Folder for the templates",
    "Şablonu kaydet": "Save template", "Excel Çalışma Kitabı (*.xlsx)": "Excel workbook (*.xlsx)",
    "Şablon yazıldı:": "Template written:", "Şablonlar yazılıyor": "Writing templates",
    "şablon yazıldı:": "templates written:",
    "İçe Aktarma Önizlemesi (deneme)": "Import Preview (dry run)", "Kural": "Rule",
    "Değişmeyen satırları da göster": "Show unchanged rows too",
    "İşaretlenenleri İçe Aktar": "Import Checked", "İçe Aktarma Geçmişi…": "Import History…",
    "Uygulanacak dosyaları işaretleyin; her dosya ya bütünüyle içe aktarılır ya da hiç "
    "aktarılmaz.": "Check the files to apply; each file is imported whole or not at all.",
    "reddedildi": "rejected", "İçe aktarılıyor": "Importing", "İçe Aktarma": "Import",
    "Hiçbir dosya uygulanmadı.": "No file was applied.",
    "Dosyalar okunuyor (deneme)": "Reading files (dry run)",
    "Doldurulmuş şablonları seçin": "Choose the filled-in templates",
    "Excel Çalışma Kitabı (*.xlsx);;Tüm dosyalar (*)": "Excel workbook (*.xlsx);;All files (*)",
    "İçe Aktarma Geçmişi": "Import History", "Tarih (UTC)": "Date (UTC)",
    "Parmak izi": "Fingerprint", "SHA-256": "SHA-256",
    "Bu içe aktarmayı geri al": "Revert this import", "Kapat": "Close", "Geri al": "Revert",
    "içe aktarması bütünüyle geri alınsın mı?": "import: revert it completely?",
    "değer eski haline getirildi.": "values restored.",
    "Yalnız il müdürlükleri": "Provincial directorates only", "Yalnız eksikler": "Missing only",
    "Gelen klasörünü tara…": "Scan the inbox folder…", "İçe aktar…": "Import…",
    "Geçmiş…": "History…", "Yenile": "Refresh",
    "Gelen şablonların klasörü": "Folder of the returned templates",
    # main window: backups and read-only databases; the colleagues' backup dialog
    "Yedek Al": "Back Up Now", "Yedekten Geri Yükle…": "Restore from Backup…",
    "Salt okunur": "Read-only", "Geri Al: {0}": "Undo: {0}", "Yinele: {0}": "Redo: {0}",
    "Sil": "Clear", "Yapıştır": "Paste", "{0}: {1} hücre": "{0}: {1} cells",
    "Yalnız hatalar": "Errors only", "Yalnız bu sayfa": "This page only",
    "Kopyala": "Copy", "Değişiklik Geçmişi…": "Change History…",
    "Değişiklik Günlüğü": "Change Log",
    # the colleagues' history view
    "Değişiklik geçmişi: {0}": "Change history: {0}",
    "{0} değişiklik (en eskisi üstte).": "{0} changes (oldest first).",
    "Bu hücre için kayıtlı bir değişiklik yok.": "No change is recorded for this cell.",
    "Yalnızca son hatasız denetimden sonrakiler": "Only after the last clean check",
    "Tablo:": "Table:",
    "Denetimler bu yıl hiç hatasız geçmedi; bütün değişiklikler gösteriliyor.":
        "The checks never passed without errors this year; all changes are shown.",
    "Son hatasız denetim: {0}, {1}.": "Last clean check: {0}, {1}.",
    "Bütün tablolar": "All tables", "{0} değişiklik.": "{0} changes.",
    "Değişiklik yok.": "No changes.", "Zaman": "Time", "Kullanıcı": "User", "Satır": "Row",
    "Alan": "Field", "Eski değer": "Old value", "Yeni değer": "New value",
    "elle girildi": "typed", "Excel'den içe aktarıldı": "imported from Excel",
    "önceki yıldan aktarıldı": "carried from the previous year", "geri yüklendi": "restored",
    "örnek veri": "sample data",
    "Vazgeç": "Cancel", "Dosyalar": "Files",
    "Seçili dosyanın satırları (yeni / değişen / reddedilen)":
        "Rows of the selected file (new / changed / rejected)",
    "İçe aktarılırsa yeni çıkacak denetim bulguları":
        "Check findings the import would newly cause",
    "Yedek alınamadı": "The backup failed", "Yedek alındı": "Backup made",
    "Veritabanının yedeği alındı:\n{path}\n({size})":
        "The database was backed up:\n{path}\n({size})",
    "Yedekten Geri Yükle": "Restore from Backup",
    "Geri yüklenecek yedeği seçin. Veritabanının şimdiki hali geri yüklemeden önce ayrıca "
    "yedeklenir; hiçbir şey kaybolmaz.":
        "Choose the backup to restore. The database as it is now is backed up first; nothing "
        "is lost.",
    "Tarih": "Date", "Neden": "Reason", "Boyut": "Size", "Yıllar": "Years",
    "Bu veritabanının henüz yedeği yok.": "This database has no backup yet.",
    "Geri Yükle": "Restore", "{n} yıl ({years})": "{n} years ({years})",
    "Yedek Dosyası Seç": "Choose a Backup File",
    "Faaliyet yedeği (*.sqlite *.db);;Tüm dosyalar (*)":
        "Activity report backup (*.sqlite *.db);;All files (*)",
    "Geri yükleme yapılamaz": "Cannot restore", "Veritabanı salt okunur.":
        "The database is read-only.", "Geri yüklenemez": "Cannot be restored",
    "Veritabanı {date} tarihli yedekle ({years}) değiştirilecek. Şimdiki hali önce "
    "yedeklenecek. Devam edilsin mi?":
        "The database will be replaced by the backup of {date} ({years}). Its current state "
        "is backed up first. Continue?",
    "Geri yüklenemedi": "The restore failed", "Yedek geri yüklendi.": "The backup was restored.",
    "Önceki hali şuraya yedeklendi:\n{path}": "The previous state was backed up to:\n{path}",
    # checks run on request, save failures, history log
    "Denetle": "Run Checks",
    "Denetimleri şimdi çalıştırır ve bu çalıştırmayı değişiklik geçmişine kaydeder.":
        "Runs the checks now and records this run in the change history.",
    "Denetim çalıştırıldı ve kaydedildi.": "The checks ran and the run was recorded.",
    "{0}\n\nYıl veritabanından yeniden yüklendi; diğer kullanıcının değerleri gösteriliyor. "
    "Değişikliğinizi gerekiyorsa yeniden girin. Geri alma geçmişi temizlendi.":
        "{0}\n\nThe year was reloaded from the database and shows the other user's values. "
        "Enter your change again if it is still needed. The undo history was cleared.",
    "{0}\n\nDeğişiklikleriniz bellekte duruyor; bir sonraki kaydetmede yeniden denenecek.":
        "{0}\n\nYour changes are kept in memory; the next save will try again.",
    "Paylaşılan (sunucudaki) veritabanı uygulamadan geri yüklenmez; sunucunun kendi "
    "yedeklerini kullanın.":
        "A shared (server) database is not restored from the application; use the server's "
        "own backups.",
    "En yeni {0} değişiklik gösteriliyor.": "Showing the newest {0} changes.",
    # import preview: the undo note; the Columns of Form-3 / Table 17 (provisional values,
    # direction, indicator kind)
    "Dikkat: içe aktarma, Düzen → Geri Al geçmişini temizler; bir içe aktarmayı bütünüyle "
    "\"İçe Aktarma Geçmişi…\" ile geri alabilirsiniz.":
        "Note: an import clears the Edit → Undo history; an import can be reverted as a whole "
        "with \"Import History…\".",
    "İçe aktarma, Düzen → Geri Al geçmişini temizler; bir içe aktarmayı bütünüyle "
    "\"İçe Aktarma Geçmişi…\" ile geri alabilirsiniz.":
        "An import clears the Edit → Undo history; an import can be reverted as a whole with "
        "\"Import History…\".",
    "Geçici (onaylandı)": "Provisional (confirmed)",
    "Geçici: çeyrek eksik": "Provisional: quarter missing", "Yön": "Direction",
    "Artan: oran = yıl sonu / hedef; azalan (düşük değer iyidir): oran = hedef / yıl sonu, "
    "yıl sonu 0 ise Aşıldı.":
        "Increasing: ratio = year-end / target; decreasing (lower is better): ratio = target / "
        "year-end, Exceeded if the year-end is 0.",
    "Bir çeyrek boşsa değer geçicidir (italik, işaretli); durumu onaylanana kadar raporda "
    "gösterilmez.":
        "If a quarter is empty the value is provisional (italic, marked); its status is not "
        "shown in the report until confirmed.",
    "Kesinlik": "Finality", "Geçici değeri onayla": "Confirm provisional value",
    "Eksik çeyrekle hesaplanan yıl sonu değerinin durumu, yalnız bir kişi onaylarsa nihai "
    "raporda gösterilir.":
        "The status of a year-end value computed with a missing quarter is shown in the final "
        "report only once someone confirms it.",
    "Yıl sonu (Form-3'te yoksa)": "Year-end (if not in Form-3)",
    "Form-3'te izlenmeyen göstergenin yıl sonu değeri; 0 bir değerdir, boş 'girilmedi'dir.":
        "Year-end value of an indicator not tracked in Form-3; 0 is a value, empty means "
        "'not entered'.",
    "Artan": "Increasing", "Azalan": "Decreasing", "Yıllık": "Annual",
    "Kümülatif": "Cumulative", "Düzey": "Level", "Gösterge türü": "Indicator type",
    "Yıllık: B ve C yılın kendi değeri; kümülatif: plan başından sayılır, A'yı içerir (Form-3 "
    "ile B − A, C − A karşılaştırılır); düzey: bir stok değeri.":
        "Annual: B and C are the year's own values; cumulative: counted from the start of the "
        "plan, includes A (Form-3 is compared with B − A, C − A); level: a stock value.",
    "Artan: yüksek değer iyidir; azalan: düşük değer iyidir (B < A).":
        "Increasing: higher is better; decreasing: lower is better (B < A).",
    "Yıl sonu değeri göstergenin kuralına göre hesaplanır; oran = yıl sonu / hedef (azalan "
    "göstergede hedef / yıl sonu). Boş çeyrek değeri geçici yapar. Çeyrek değerlendirmelerini "
    "alttaki alanlara yazın.":
        "The year-end value follows the indicator's rule; ratio = year-end / target (target / "
        "year-end for a decreasing indicator). An empty quarter makes the value provisional. "
        "Write the quarterly assessments in the fields below.",
    # checks panel, narrative fields, unit picker
    "{0} bulgu: {1} hata, {2} uyarı. Bulguya gitmek için çift tıklayın ya da Enter'a basın.":
        "{0} findings: {1} errors, {2} warnings. Double-click a finding or press Enter to go "
        "to it.",
    "Metin kutularını gizlemek ya da göstermek için başlıktaki kutuyu işaretleyin; yüksekliği "
    "aradaki çizgiyi sürükleyerek değiştirin.":
        "Tick the box in the heading to hide or show the text boxes; drag the line between "
        "them to change the height.",
    "Birim adı yazın…": "Type a unit name…",
    # grid: read-only cells, filter, paste report, choice refused, structure edits
    "Veritabanı salt okunur açık; değişiklik yapılamaz.":
        "The database is open read-only; no changes can be made.",
    "{0}: bu satır hesaplanan bir toplamdır; alt satırlardaki girdi hücrelerini değiştirin.":
        "{0}: this row is a computed total; change the input cells in the rows below.",
    "{0}: bu sütun diğer sütunlardan hesaplanır; girdi hücrelerini (beyaz) değiştirin.":
        "{0}: this column is computed from the other columns; change the input cells "
        "(white).",
    "{0}: bu değer alt birimlerin toplamıdır; alt birimlerin satırlarını değiştirin.":
        "{0}: this value is the sum of the sub-units; change the sub-units' rows.",
    "{0}: bu hücre değiştirilemez.": "{0}: this cell cannot be changed.",
    "Süz…": "Filter…",
    "Yalnız bu metni içeren satırları göster (birim, kod, ad).":
        "Show only the rows containing this text (unit, code, name).",
    "“{0}” seçeneklerde yok": "“{0}” is not one of the choices",
    "değer alınmadı": "value not taken",
    "Yapıştırılan hücrelerden {0} tanesi alınmadı:": "{0} of the pasted cells were not taken:",
    "“{0}” silinsin mi?\n\nBununla birlikte {1} kayıt da silinir":
        "Delete “{0}”?\n\n{1} dependent records are deleted with it",
    " (içindeki sayıların toplamı {0})": " (their figures add up to {0})",
    ".\nGerekirse Düzen → Geri Al ile geri alabilirsiniz.":
        ".\nIf needed, you can undo it with Edit → Undo.",
    "Silmeyi onaylayın": "Confirm Deletion",
    # find (Ctrl+F), table list (Ctrl+T), new menu actions
    "{0} — {1}. çeyrek değerlendirmesi": "{0} — Q{1} assessment", "{0} sonuç": "{0} results",
    "Bul": "Find",
    "Birim adı, kod, gösterge ya da metin yazın (ör. ankara, IL06, PG1.1)":
        "Type a unit name, code, indicator or text (e.g. ankara, IL06, PG1.1)",
    "Şekil 1. Organizasyon Şeması (Birimler)": "Figure 1. Organisation Chart (Units)",
    "Tablolar": "Tables",
    "Tablo numarası ya da adı yazın (ör. 9, form-3, misyon)":
        "Type a table number or name (e.g. 9, form-3, mission)",
    "Bu Yılı Sil…": "Delete This Year…", "Bul…": "Find…", "Tablolar…": "Tables…",
    "Kısayollar": "Shortcuts", "Başlangıç Sayfası": "Start Page",
    # save failures (status bar)
    "Yeniden Dene": "Retry",
    "Kaydedilemeyen değişiklikleri şimdi yeniden kaydetmeyi dene":
        "Try to save the unsaved changes again now",
    "{0}\n\nSon değişiklikleriniz veritabanına yazılmadı; yalnız bu pencerede duruyor. Bir "
    "sonraki değişiklikte, \"Yeniden Dene\" ile ya da Ctrl+S ile yeniden kaydedilmeye "
    "çalışılacak. Kaydedilmeden pencere kapatılırsa bu değişiklikler kaybolur.":
        "{0}\n\nYour latest changes were not written to the database; they are only in this "
        "window. They will be saved again on the next change, with \"Retry\" or with Ctrl+S. "
        "If the window is closed before they are saved, they are lost.",
    "Son değişiklikler kaydedilemedi:\n{0}\n\nYine de devam edilsin mi? (Kaydedilmeyen "
    "değişiklikler kaybolur.)":
        "The latest changes could not be saved:\n{0}\n\nContinue anyway? (The unsaved changes "
        "are lost.)",
    # keyboard shortcuts (Help → Shortcuts)
    "Bölümler arasında geç: içindekiler, sayfa (tablo), denetim bulguları":
        "Move between areas: contents, page (table), check findings",
    "Tabloda sonraki / önceki girdi hücresi (satır sonunda alt satıra geçer)":
        "Next / previous input cell in the table (wraps to the next row)",
    "Hücreyi düzenlemeye başla; düzenlerken: kaydet ve alt hücreye in":
        "Start editing the cell; while editing: save and move down",
    "Hücredeki düzenlemeden vazgeç": "Cancel editing the cell", "Hücreyi düzenle": "Edit the cell",
    "Seçili girdi hücrelerini temizle": "Clear the selected input cells",
    "Kopyala / Excel'den blok yapıştır": "Copy / paste a block from Excel",
    "Bul: birim, kod, gösterge ya da metin": "Find: unit, code, indicator or text",
    "Tablolar listesi: bir tabloya ya da bölüme git": "Table list: go to a table or section",
    "Şimdi kaydet (değişiklikler zaten kendiliğinden kaydedilir)":
        "Save now (changes are saved automatically anyway)",
    "Raporu oluştur (PDF)": "Build the report (PDF)",
    "Denetim bulgusunda: bulgunun hücresine git": "On a check finding: go to its cell",
    "Menüleri aç (altı çizili harf)": "Open the menus (underlined letter)",
    "Tuş": "Key", "Ne yapar": "What it does",
    # report dialog (progress, finished, draft) and Year → Delete This Year
    "Rapor oluşturuluyor…": "Building the report…", "İptal ediliyor…": "Cancelling…",
    "Rapor oluşturulamadı: {0}": "The report could not be built: {0}",
    "Rapor oluşturuldu:\n{0}": "The report was built:\n{0}", "Aç": "Open",
    "Klasörü aç": "Open Folder",
    "Bu bilgisayarda dosyayı açacak bir program bulunamadı. Rapor şurada:\n{0}":
        "No program on this computer can open the file. The report is here:\n{0}",
    "Denetimler {0} hata buldu. Rapor yine de oluşturulabilir; her sayfasında \"TASLAK\" "
    "filigranı olur.":
        "The checks found {0} errors. The report can still be built; every page then carries "
        "a \"TASLAK\" (draft) watermark.",
    "Taslak Olarak Oluştur": "Build as Draft", "Raporu Kaydet": "Save Report",
    "PDF dosyası (*.pdf)": "PDF file (*.pdf)",
    "Yılı sil": "Delete Year",
    "{0} veritabanındaki tek yıl; silinemez. Önce yeni bir yıl oluşturun.":
        "{0} is the only year in the database and cannot be deleted. Create a new year first.",
    "{0} yılının raporu, bütün tabloları ve metinleri silinecek.\n\nÖnce veritabanının "
    "yedeği alınır; gerekirse Dosya → Yedekten Geri Yükle ile geri getirebilirsiniz.\n\n"
    "{0} yılı silinsin mi?":
        "The {0} report, with all its tables and texts, will be deleted.\n\nThe database is "
        "backed up first; if needed you can bring it back with File → Restore from "
        "Backup.\n\nDelete the year {0}?",
    "Yıl silinemedi": "The year could not be deleted",
    "{0}\n\nHiçbir şey silinmedi.": "{0}\n\nNothing was deleted.", " Yedek: {0}": " Backup: {0}",
    "{0} yılı silindi.": "The year {0} was deleted.",
    # start page (Help → Start Page)
    "Başlangıç": "Start",
    """
<h2>Faaliyet Desktop'a hoş geldiniz</h2>
<p>Bu program idarenin yıllık <b>Faaliyet Raporu</b>nu hazırlar: tabloları ve metinleri
buraya girersiniz, program toplamları, oranları ve durumları kendisi hesaplar, yazdığınız
her şey <b>anında kaydedilir</b> ve sonunda raporun PDF'ini oluşturur.</p>
<h3>1. Nereden başlamalı?</h3>
<p>Soldaki içindekiler raporun bölümlerini izler. <b>Ctrl+T</b> ile bütün tabloların
listesini açıp bir tabloya doğrudan gidebilirsiniz. Beyaz hücreler girdi, gri hücreler
hesaplanan değerlerdir. Alttaki <b>Denetimler</b> eksik ve tutarsız değerleri listeler:
bir bulguya çift tıklayın ya da Enter'a basın, program ilgili hücreye gider.</p>
<h3>2. Birimlerden veri toplama</h3>
<p><b>Dosya → Şablon Dışa Aktar…</b> her birim için bir Excel şablonu üretir; birimler
şablonu doldurup geri gönderir. Gelen dosyaları <b>Dosya → İçe Aktar…</b> ile önce
denetleyip sonra alırsınız; hangi birimin gönderdiğini <b>Görünüm → Konsolidasyon</b>
gösterir.</p>
<h3>3. Raporu oluşturma</h3>
<p>Denetimlerde hata kalmadığında <b>Raporu Oluştur (PDF)</b> (Ctrl+P) raporu yazar; bittiğinde
dosyayı ya da klasörünü açabilirsiniz.</p>
<h3>Klavye</h3>
<p>Excel'deki gibi: Tab sonraki girdi hücresine, Enter düzenlemeye başlar ve alt hücreye iner,
F6 içindekiler, tablo ve bulgular arasında geçer, Ctrl+F birim, kod ya da metin bulur.
Bütün kısayollar: <b>Yardım → Kısayollar</b>. Bu sayfa: <b>Yardım → Başlangıç Sayfası</b>.</p>
""": """
<h2>Welcome to Faaliyet Desktop</h2>
<p>This program prepares the institution's annual <b>Activity Report</b>: you enter the tables
and texts here, the program computes the totals, ratios and statuses itself, everything you
type is <b>saved at once</b>, and at the end it builds the report's PDF.</p>
<h3>1. Where to start?</h3>
<p>The contents on the left follow the sections of the report. <b>Ctrl+T</b> opens the list of
all tables, so you can go straight to one. White cells are inputs, grey cells are computed
values. The <b>Checks</b> at the bottom list missing and inconsistent values: double-click a
finding or press Enter and the program goes to the cell.</p>
<h3>2. Collecting data from the units</h3>
<p><b>File → Export Templates…</b> produces an Excel template for each unit; the units fill in
the template and send it back. Returned files are first checked and then taken in with
<b>File → Import…</b>; <b>View → Consolidation</b> shows which units have sent theirs.</p>
<h3>3. Building the report</h3>
<p>When the checks show no errors, <b>Build Report (PDF)</b> (Ctrl+P) writes the report; when it
is done you can open the file or its folder.</p>
<h3>Keyboard</h3>
<p>As in Excel: Tab goes to the next input cell, Enter starts editing and moves down, F6 moves
between the contents, the table and the findings, Ctrl+F finds a unit, code or text.
All shortcuts: <b>Help → Shortcuts</b>. This page: <b>Help → Start Page</b>.</p>
""",
    # The year's closing: acknowledged findings, templates to every unit, the units' status
    "Tüm Birimlere Şablon": "Templates for Every Unit",
    "Tüm Birimlere Şablon Gönder…": "Send Templates to Every Unit…",
    "Listeyi Excel'e Aktar": "Export the List to Excel",
    "Tüm birimlere şablon…": "Templates for every unit…",
    "Listeyi Excel'e aktar…": "Export the list to Excel…",
    "Birim durum listesi": "Unit status list",
    "KABUL": "ACCEPTED",
    "kabul edildi": "accepted",
    "{0} bulgu kabul edildi.": "{0} findings accepted.",
    "Kabul et…": "Accept…",
    "Kabulü geri al": "Revoke the acceptance",
    "Bulguyu kabul et": "Accept the finding",
    "Kabul eden (ad soyad):": "Accepted by (full name):",
    "Gerekçe:": "Reason:",
    "Geri alan (ad soyad):": "Revoked by (full name):",
    # Excel import and consolidation headers
    "Uygula": "Apply", "Yeni": "New", "Değişen": "Changed", "Değişmeyen": "Unchanged",
    "Reddedilen": "Refused", "Yeni bulgu": "New findings", "Açıklama": "Explanation",
    "Sayfa": "Sheet", "Ad": "Name", "Hücre": "Cell", "Sütun": "Column",
    "Yeni değer / neden": "New value / reason", "Şablon gönderildi": "Template sent",
    "Hata": "Errors", "Uyarı": "Warnings",
}


# The same Turkish word in a context where the general English above does not fit.
EN_IN_CONTEXT: dict[tuple[str, str], str] = {
    ("Shortcuts", "Geri al"): "Undo",
}

_WRAPPER = re.compile(r"def _?tr\(text[^)]*\)[^:]*:\s*return QCoreApplication\.translate\("
                      r"(?:\"(\w+)\"|(\w+)), text\)")
_ALIAS = re.compile(r"^\s*tr = QCoreApplication\.translate\s*$", re.M)


def wrapper_context(path: Path) -> str | None:
    """The context of ``path``'s ``tr(text)`` wrapper; "" when tr aliases translate."""
    try:
        code = path.read_text(encoding="utf-8")
    except OSError:
        return None
    if _ALIAS.search(code):
        return ""
    m = _WRAPPER.search(code)
    if m is None:
        return None
    if m.group(1):
        return m.group(1)
    const = re.search(rf"^{m.group(2)} = \"(\w+)\"", code, re.M)
    return const.group(1) if const else None


def _context(root: ET.Element, name: str) -> ET.Element:
    for ctx in root.findall("context"):
        if (ctx.findtext("name") or "") == name:
            return ctx
    ctx = ET.Element("context")
    ET.SubElement(ctx, "name").text = name
    later = [i for i, c in enumerate(root.findall("context")) if (c.findtext("name") or "") > name]
    root.insert(later[0] if later else len(root), ctx)
    return ctx


def fix_contexts(ts: Path, before: dict[tuple[str, str], str]) -> int:
    """Move the messages lupdate filed under the empty context to the program's contexts.

    ``before`` holds the finished translations the .ts had before lupdate ran (context,
    source → text), so a hand translation of a moved message survives. Returns how many
    messages were moved."""
    tree = ET.parse(ts)
    root = tree.getroot()
    empty = next((c for c in root.findall("context") if not c.findtext("name")), None)
    if empty is None:
        return 0
    moved = 0
    for msg in empty.findall("message"):
        targets: dict[tuple[str, str], list[ET.Element]] = {}
        for loc in msg.findall("location"):
            name = wrapper_context((ts.parent / loc.get("filename", "")).resolve())
            if name is None:
                continue
            src, comment = msg.findtext("source") or "", msg.findtext("comment")
            if name == "":  # tr("Context", "text"): lupdate read the context as the source
                if comment is None:  # text not a literal (QT_TRANSLATE_NOOP lists it): drop
                    msg.remove(loc)
                    continue
                name, src = src, comment
            targets.setdefault((name, src), []).append(loc)
        for (ctx_name, src), locs in targets.items():
            for loc in locs:
                msg.remove(loc)
            ctx = _context(root, ctx_name)
            same = next((m for m in ctx.findall("message") if m.findtext("source") == src
                         and m.find("comment") is None), None)
            if same is None:
                same = ET.SubElement(ctx, "message")
                ET.SubElement(same, "source").text = src
                old = before.get((ctx_name, src))
                tr = ET.SubElement(same, "translation")
                if old is None:
                    tr.set("type", "unfinished")
                else:
                    tr.text = old
            for i, loc in enumerate(locs):
                same.insert(i, loc)
            moved += 1
        if not msg.findall("location"):
            empty.remove(msg)
    if not empty.findall("message"):
        root.remove(empty)
    root.text = "\n"
    for context in root.findall("context"):  # lupdate's layout: contexts flush left
        ET.indent(context, space="    ")
        context.tail = "\n"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return moved


def finished(ts: Path) -> dict[tuple[str, str], str]:
    """The finished translations of ``ts``: (context, source) → text."""
    if not ts.exists():
        return {}
    out = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") is None and tr.text:
                out[(ctx.findtext("name") or "", msg.findtext("source") or "")] = tr.text
    return out


def sources() -> list[str]:
    files = [SRC / "app.py"]
    files += sorted((SRC / "ui").rglob("*.py"))  # the colleagues' dialogs too: one catalogue
    return [str(p.relative_to(ROOT)) for p in files]


def fill(ts: Path, english: bool) -> tuple[int, list[str]]:
    tree = ET.parse(ts)
    done, missing = 0, []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            src = msg.findtext("source") or ""
            tr = msg.find("translation")
            assert tr is not None
            if tr.get("type") == "obsolete" or tr.get("type") == "vanished":
                continue
            target = (EN_IN_CONTEXT.get((name, src), EN.get(src)) if english else src)
            if target is None:
                if tr.get("type") == "unfinished" or not tr.text:
                    missing.append(f"{name}: {src!r}")
                continue
            tr.text = target
            tr.attrib.pop("type", None)
            done += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return done, missing


def main() -> int:
    OUT.mkdir(exist_ok=True)
    files = sources()
    for lang in ("tr", "en"):
        ts = OUT / f"faaliyet_desktop_{lang}.ts"
        before = finished(ts)
        subprocess.run([tool("pyside6-lupdate"), *files, "-no-obsolete",
                        "-tr-function-alias", "tr+=_tr", "-ts", str(ts)], cwd=ROOT, check=True)
        moved = fix_contexts(ts, before)
        done, missing = fill(ts, english=lang == "en")
        print(f"{ts.name}: {done} translated, {len(missing)} missing, "
              f"{moved} moved out of the empty context")
        for line in missing:
            print(f"    missing: {line}")
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm",
                        str(ts.with_suffix(".qm"))], cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
