"""Refresh translations/*.ts from the GUI sources, fill English, build the .qm catalogues.

    /tmp/venv/bin/python packaging/update_translations.py

Turkish is the source language: faaliyet_desktop_tr.ts has every string (translations equal
to the sources); faaliyet_desktop_en.ts gets the English below. lupdate keeps translations
already in a .ts, so a string translated by hand in Qt Linguist is never overwritten.
"""

from __future__ import annotations

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
}


def sources() -> list[str]:
    files = [SRC / "app.py"]
    files += sorted((SRC / "ui").rglob("*.py"))  # the colleagues' dialogs too: one catalogue
    return [str(p.relative_to(ROOT)) for p in files]


def fill(ts: Path, english: bool) -> tuple[int, int]:
    tree = ET.parse(ts)
    done = missing = 0
    for msg in tree.getroot().iter("message"):
        src = msg.findtext("source") or ""
        tr = msg.find("translation")
        assert tr is not None
        if tr.get("type") == "obsolete" or tr.get("type") == "vanished":
            continue
        target = EN.get(src) if english else src
        if target is None:
            missing += 1
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
        subprocess.run([tool("pyside6-lupdate"), *files, "-no-obsolete", "-ts", str(ts)],
                       cwd=ROOT, check=True)
        done, missing = fill(ts, english=lang == "en")
        print(f"{ts.name}: {done} translated, {missing} missing")
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm",
                        str(ts.with_suffix(".qm"))], cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
