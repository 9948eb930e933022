"""Translation: Turkish is the source language; English comes from translations/*.qm.

Domain labels (statuses, section titles, personnel categories) are Turkish data; they are
listed here with QT_TRANSLATE_NOOP so lupdate collects them, and shown through ``tr_domain``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from ..domain.model import STATUS_LABELS_TR, Status
from ..paths import translations_dir

LANGUAGES = {"tr": "Türkçe", "en": "English"}
_translators: list[QTranslator] = []


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


DOMAIN_LABELS = [
    QT_TRANSLATE_NOOP("Domain", "Ulaşılamadı"),
    QT_TRANSLATE_NOOP("Domain", "Kısmen Ulaşıldı"),
    QT_TRANSLATE_NOOP("Domain", "Ulaşıldı"),
    QT_TRANSLATE_NOOP("Domain", "Aşıldı"),
    QT_TRANSLATE_NOOP("Domain", "Dolu Kadro"),
    QT_TRANSLATE_NOOP("Domain", "Sözleşmeli Personel"),
    QT_TRANSLATE_NOOP("Domain", "Kadrolu İşçi"),
    QT_TRANSLATE_NOOP("Domain", "Hizmet Alımı"),
    QT_TRANSLATE_NOOP("Domain", "Geçici Personel"),
    QT_TRANSLATE_NOOP("Domain", "Kadın"),
    QT_TRANSLATE_NOOP("Domain", "Erkek"),
    QT_TRANSLATE_NOOP("Domain", "İlköğretim"),
    QT_TRANSLATE_NOOP("Domain", "Lise"),
    QT_TRANSLATE_NOOP("Domain", "Ön Lisans"),
    QT_TRANSLATE_NOOP("Domain", "Lisans"),
    QT_TRANSLATE_NOOP("Domain", "Yüksek Lisans"),
    QT_TRANSLATE_NOOP("Domain", "Doktora"),
    QT_TRANSLATE_NOOP("Domain", "Sayı"),
    QT_TRANSLATE_NOOP("Domain", "Oran"),
    QT_TRANSLATE_NOOP("Domain", "Yüzde"),
    QT_TRANSLATE_NOOP("Domain", "HATA"),
    QT_TRANSLATE_NOOP("Domain", "UYARI"),
    QT_TRANSLATE_NOOP("Domain", "Başkan Sunuşu"),
    QT_TRANSLATE_NOOP("Domain", "Yönetici Özeti"),
    QT_TRANSLATE_NOOP("Domain", "Misyonumuz"),
    QT_TRANSLATE_NOOP("Domain", "Vizyonumuz"),
    QT_TRANSLATE_NOOP("Domain", "Yetki, Görev ve Sorumluluklar"),
    QT_TRANSLATE_NOOP("Domain", "Fiziksel Yapı"),
    QT_TRANSLATE_NOOP("Domain", "Örgüt Yapısı"),
    QT_TRANSLATE_NOOP("Domain", "Bilgi ve Teknolojik Kaynaklar"),
    QT_TRANSLATE_NOOP("Domain", "İnsan Kaynakları"),
    QT_TRANSLATE_NOOP("Domain", "Sunulan Hizmetler"),
    QT_TRANSLATE_NOOP("Domain", "Yönetim ve İç Kontrol Sistemi"),
    QT_TRANSLATE_NOOP("Domain", "İdarenin Amaç ve Hedefleri"),
    QT_TRANSLATE_NOOP("Domain", "Temel Politikalar ve Öncelikler"),
    QT_TRANSLATE_NOOP("Domain", "Bütçe Uygulama Sonuçları"),
    QT_TRANSLATE_NOOP("Domain", "Temel Mali Tablolara İlişkin Açıklamalar"),
    QT_TRANSLATE_NOOP("Domain", "Mali Denetim Sonuçları"),
    QT_TRANSLATE_NOOP("Domain", "Program, Alt Program ve Faaliyet Bilgileri"),
    QT_TRANSLATE_NOOP("Domain", "Performans Sonuçlarının Değerlendirilmesi"),
    QT_TRANSLATE_NOOP("Domain", "Performans Denetim Sonuçları"),
    QT_TRANSLATE_NOOP("Domain", "Stratejik Planın Değerlendirilmesi"),
    QT_TRANSLATE_NOOP("Domain", "Performans Bilgi Sisteminin Değerlendirilmesi"),
    QT_TRANSLATE_NOOP("Domain", "Diğer Hususlar"),
    QT_TRANSLATE_NOOP("Domain", "Kurumsal Kabiliyet ve Kapasitenin Değerlendirilmesi"),
    QT_TRANSLATE_NOOP("Domain", "Stratejik Planda Öngörülemeyen Kurumsal Kapasite İhtiyaçları"),
    QT_TRANSLATE_NOOP("Domain", "Üstünlükler"),
    QT_TRANSLATE_NOOP("Domain", "Zayıflıklar"),
    QT_TRANSLATE_NOOP("Domain", "Değerlendirme"),
    QT_TRANSLATE_NOOP("Domain", "Öneri ve Tedbirler"),
    QT_TRANSLATE_NOOP("Domain", "Örgüt Yapısı"),
    QT_TRANSLATE_NOOP("Domain", "Tablo 1"),
    QT_TRANSLATE_NOOP("Domain", "Tablo 2"),
    QT_TRANSLATE_NOOP("Domain", "Tablo 3"),
    QT_TRANSLATE_NOOP("Domain", "Tablo 4"),
    QT_TRANSLATE_NOOP("Domain", "Tablo 5"),
    QT_TRANSLATE_NOOP("Domain", "Tablo 6"),
    QT_TRANSLATE_NOOP("Domain", "Şekil 2"),
    QT_TRANSLATE_NOOP("Domain", "Tablo 9"),
    QT_TRANSLATE_NOOP("Domain", "Tablo 10"),
    QT_TRANSLATE_NOOP("Domain", "Tablo 11"),
    QT_TRANSLATE_NOOP("Domain", "Tablo 14"),
    QT_TRANSLATE_NOOP("Domain", "Tablo 15 (Form-3)"),
    QT_TRANSLATE_NOOP("Domain", "Tablo 16 (Form-4)"),
    QT_TRANSLATE_NOOP("Domain", "Tablo 17"),
    QT_TRANSLATE_NOOP("Domain", "Metin"),
    QT_TRANSLATE_NOOP("Domain", "Ekler"),
]


def tr_domain(text: str) -> str:
    return QCoreApplication.translate("Domain", text)


def status_label(status: Status) -> str:
    return tr_domain(STATUS_LABELS_TR[status])


def install_translator(language: str) -> str:
    """Load the application's and Qt's own translations for ``language`` ("tr" or "en")."""
    app = QCoreApplication.instance()
    for t in _translators:
        QCoreApplication.removeTranslator(t)
    _translators.clear()
    if language not in LANGUAGES:
        language = "tr"
    QLocale.setDefault(QLocale(QLocale.Language.Turkish if language == "tr"
                               else QLocale.Language.English))
    if app is None:
        return language
    t = QTranslator(app)
    if t.load(f"faaliyet_desktop_{language}", str(translations_dir())):
        QCoreApplication.installTranslator(t)
        _translators.append(t)
    from PySide6.QtCore import QLibraryInfo

    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}",
               QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        QCoreApplication.installTranslator(qt)
        _translators.append(qt)
    return language
