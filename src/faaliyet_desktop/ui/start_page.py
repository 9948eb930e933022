"""The start page: what the program is, where to begin, how templates travel to the units
and back, how the PDF is built. Shown on the first start; Yardım → Başlangıç Sayfası."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QToolButton, QVBoxLayout, QWidget

from .i18n import QT_TRANSLATE_NOOP
from .pages import Page

START_PAGE = "start"

_TEXT = QT_TRANSLATE_NOOP("StartPage", """
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
""")


class StartPage(Page):
    """Text and a few buttons that run the window's own actions."""

    def __init__(self, actions: list[Any], parent: QWidget | None = None) -> None:
        super().__init__(START_PAGE, QCoreApplication.translate("StartPage", "Başlangıç"),
                         parent)
        self.setObjectName("startPage")
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(24, 16, 24, 16)
        text = QLabel(QCoreApplication.translate("StartPage", _TEXT), body)
        text.setObjectName("startText")
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setMaximumWidth(900)
        lay.addWidget(text)
        self.buttons: list[QToolButton] = []
        for action in actions:
            b = QToolButton(body)
            b.setDefaultAction(action)
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            lay.addWidget(b)
            self.buttons.append(b)
        lay.addStretch(1)
        area = QScrollArea(self)
        area.setWidgetResizable(True)
        area.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(area)

