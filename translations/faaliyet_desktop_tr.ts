<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="tr_TR">
<context>
    <name>App</name>
    <message>
        <location filename="../src/faaliyet_desktop/app.py" line="68" />
        <location filename="../src/faaliyet_desktop/app.py" line="95" />
        <source>Veritabanı açılamadı</source>
        <translation>Veritabanı açılamadı</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/app.py" line="70" />
        <location filename="../src/faaliyet_desktop/app.py" line="96" />
        <source>Başka Dosya Seç…</source>
        <translation>Başka Dosya Seç…</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/app.py" line="71" />
        <location filename="../src/faaliyet_desktop/app.py" line="97" />
        <source>Yeni Veritabanı Oluştur…</source>
        <translation>Yeni Veritabanı Oluştur…</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/app.py" line="73" />
        <location filename="../src/faaliyet_desktop/app.py" line="98" />
        <source>Çık</source>
        <translation>Çık</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/app.py" line="78" />
        <location filename="../src/faaliyet_desktop/app.py" line="99" />
        <source>Veritabanı Aç</source>
        <translation>Veritabanı Aç</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/app.py" line="79" />
        <location filename="../src/faaliyet_desktop/app.py" line="100" />
        <source>Faaliyet veritabanı (*.sqlite *.db);;Tüm dosyalar (*)</source>
        <translation>Faaliyet veritabanı (*.sqlite *.db);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/app.py" line="83" />
        <location filename="../src/faaliyet_desktop/app.py" line="101" />
        <source>Yeni Veritabanı</source>
        <translation>Yeni Veritabanı</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/app.py" line="84" />
        <location filename="../src/faaliyet_desktop/app.py" line="102" />
        <source>Faaliyet veritabanı (*.sqlite)</source>
        <translation>Faaliyet veritabanı (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/backup_dialog.py" line="92" />
        <source>Başka Dosya Seç…</source>
        <translation>Başka Dosya Seç…</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/backup_dialog.py" line="56" />
        <source>Yedek alınamadı</source>
        <translation>Yedek alınamadı</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/backup_dialog.py" line="59" />
        <source>Yedek alındı</source>
        <translation>Yedek alındı</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/backup_dialog.py" line="60" />
        <source>Veritabanının yedeği alındı:
{path}
({size})</source>
        <translation>Veritabanının yedeği alındı:
{path}
({size})</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/backup_dialog.py" line="71" />
        <location filename="../src/faaliyet_desktop/ui/backup_dialog.py" line="166" />
        <location filename="../src/faaliyet_desktop/ui/backup_dialog.py" line="183" />
        <source>Yedekten Geri Yükle</source>
        <translation>Yedekten Geri Yükle</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/backup_dialog.py" line="74" />
        <source>Geri yüklenecek yedeği seçin. Veritabanının şimdiki hali geri yüklemeden önce ayrıca yedeklenir; hiçbir şey kaybolmaz.</source>
        <translation>Geri yüklenecek yedeği seçin. Veritabanının şimdiki hali geri yüklemeden önce ayrıca yedeklenir; hiçbir şey kaybolmaz.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/backup_dialog.py" line="80" />
        <source>Tarih</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/backup_dialog.py" line="80" />
        <source>Neden</source>
        <translation>Neden</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/backup_dialog.py" line="80" />
        <source>Boyut</source>
        <translation>Boyut</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/backup_dialog.py" line="80" />
        <source>Yıllar</source>
        <translation>Yıllar</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/backup_dialog.py" line="89" />
        <source>Bu veritabanının henüz yedeği yok.</source>
        <translation>Bu veritabanının henüz yedeği yok.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/backup_dialog.py" line="93" />
        <source>Geri Yükle</source>
        <translation>Geri Yükle</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/backup_dialog.py" line="111" />
        <source>{n} yıl ({years})</source>
        <translation>{n} yıl ({years})</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/backup_dialog.py" line="134" />
        <source>Yedek Dosyası Seç</source>
        <translation>Yedek Dosyası Seç</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/backup_dialog.py" line="135" />
        <source>Faaliyet yedeği (*.sqlite *.db);;Tüm dosyalar (*)</source>
        <translation>Faaliyet yedeği (*.sqlite *.db);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/backup_dialog.py" line="148" />
        <location filename="../src/faaliyet_desktop/ui/backup_dialog.py" line="153" />
        <source>Geri yükleme yapılamaz</source>
        <translation>Geri yükleme yapılamaz</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/backup_dialog.py" line="149" />
        <source>Paylaşılan (sunucudaki) veritabanı uygulamadan geri yüklenmez; sunucunun kendi yedeklerini kullanın.</source>
        <translation>Paylaşılan (sunucudaki) veritabanı uygulamadan geri yüklenmez; sunucunun kendi yedeklerini kullanın.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/backup_dialog.py" line="154" />
        <source>Veritabanı salt okunur.</source>
        <translation>Veritabanı salt okunur.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/backup_dialog.py" line="162" />
        <source>Geri yüklenemez</source>
        <translation>Geri yüklenemez</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/backup_dialog.py" line="167" />
        <source>Veritabanı {date} tarihli yedekle ({years}) değiştirilecek. Şimdiki hali önce yedeklenecek. Devam edilsin mi?</source>
        <translation>Veritabanı {date} tarihli yedekle ({years}) değiştirilecek. Şimdiki hali önce yedeklenecek. Devam edilsin mi?</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/backup_dialog.py" line="178" />
        <source>Geri yüklenemedi</source>
        <translation>Geri yüklenemedi</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/backup_dialog.py" line="180" />
        <source>Yedek geri yüklendi.</source>
        <translation>Yedek geri yüklendi.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/backup_dialog.py" line="182" />
        <source>Önceki hali şuraya yedeklendi:
{path}</source>
        <translation>Önceki hali şuraya yedeklendi:
{path}</translation>
    </message>
</context>
<context>
    <name>BulkExport</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/bulk_export.py" line="39" />
        <source>Şablonlar yazılıyor</source>
        <translation>Şablonlar yazılıyor</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/bulk_export.py" line="41" />
        <source>Tüm Birimlere Şablon</source>
        <translation>Tüm Birimlere Şablon</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/bulk_export.py" line="48" />
        <source>Şablonların yazılacağı klasör</source>
        <translation>Şablonların yazılacağı klasör</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/bulk_export.py" line="56" />
        <source>Tüm Birimlere Şablon Gönder…</source>
        <translation>Tüm Birimlere Şablon Gönder…</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/bulk_export.py" line="84" />
        <source>Listeyi Excel'e Aktar</source>
        <translation>Listeyi Excel'e Aktar</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/bulk_export.py" line="92" />
        <source>Tüm birimlere şablon…</source>
        <translation>Tüm birimlere şablon…</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/bulk_export.py" line="94" />
        <source>Listeyi Excel'e aktar…</source>
        <translation>Listeyi Excel'e aktar…</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/bulk_export.py" line="102" />
        <source>Birim durum listesi</source>
        <translation>Birim durum listesi</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/bulk_export.py" line="104" />
        <source>Excel Çalışma Kitabı (*.xlsx)</source>
        <translation>Excel Çalışma Kitabı (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>CellHistoryDialog</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/history_view.py" line="191" />
        <source>Değişiklik geçmişi: {0}</source>
        <translation>Değişiklik geçmişi: {0}</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/history_view.py" line="211" />
        <source>{0} değişiklik (en eskisi üstte).</source>
        <translation>{0} değişiklik (en eskisi üstte).</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/history_view.py" line="213" />
        <source>Bu hücre için kayıtlı bir değişiklik yok.</source>
        <translation>Bu hücre için kayıtlı bir değişiklik yok.</translation>
    </message>
</context>
<context>
    <name>ChangeLogWidget</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/history_view.py" line="239" />
        <source>Yalnızca son hatasız denetimden sonrakiler</source>
        <translation>Yalnızca son hatasız denetimden sonrakiler</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/history_view.py" line="244" />
        <source>Tablo:</source>
        <translation>Tablo:</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/history_view.py" line="274" />
        <source>Denetimler bu yıl hiç hatasız geçmedi; bütün değişiklikler gösteriliyor.</source>
        <translation>Denetimler bu yıl hiç hatasız geçmedi; bütün değişiklikler gösteriliyor.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/history_view.py" line="277" />
        <source>Son hatasız denetim: {0}, {1}.</source>
        <translation>Son hatasız denetim: {0}, {1}.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/history_view.py" line="281" />
        <source>En yeni {0} değişiklik gösteriliyor.</source>
        <translation>En yeni {0} değişiklik gösteriliyor.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/history_view.py" line="296" />
        <source>Bütün tablolar</source>
        <translation>Bütün tablolar</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/history_view.py" line="307" />
        <source>{0} değişiklik.</source>
        <translation>{0} değişiklik.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/history_view.py" line="308" />
        <source>Değişiklik yok.</source>
        <translation>Değişiklik yok.</translation>
    </message>
</context>
<context>
    <name>ChangeModel</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/history_view.py" line="38" />
        <source>Zaman</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/history_view.py" line="39" />
        <source>Kullanıcı</source>
        <translation>Kullanıcı</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/history_view.py" line="40" />
        <source>Kaynak</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/history_view.py" line="41" />
        <source>Tablo</source>
        <translation>Tablo</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/history_view.py" line="42" />
        <source>Satır</source>
        <translation>Satır</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/history_view.py" line="43" />
        <source>Alan</source>
        <translation>Alan</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/history_view.py" line="44" />
        <source>Eski değer</source>
        <translation>Eski değer</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/history_view.py" line="45" />
        <source>Yeni değer</source>
        <translation>Yeni değer</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/history_view.py" line="48" />
        <source>elle girildi</source>
        <translation>elle girildi</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/history_view.py" line="49" />
        <source>Excel'den içe aktarıldı</source>
        <translation>Excel'den içe aktarıldı</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/history_view.py" line="50" />
        <source>önceki yıldan aktarıldı</source>
        <translation>önceki yıldan aktarıldı</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/history_view.py" line="51" />
        <source>geri yüklendi</source>
        <translation>geri yüklendi</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/history_view.py" line="52" />
        <source>örnek veri</source>
        <translation>örnek veri</translation>
    </message>
</context>
<context>
    <name>ChecksModel</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/checks_model.py" line="17" />
        <source>Önem</source>
        <translation>Önem</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/checks_model.py" line="18" />
        <source>Tablo</source>
        <translation>Tablo</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/checks_model.py" line="19" />
        <source>Bulgu</source>
        <translation>Bulgu</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/checks_model.py" line="22" />
        <source>KABUL</source>
        <translation>KABUL</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/checks_model.py" line="23" />
        <source>kabul edildi</source>
        <translation>kabul edildi</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/checks_panel.py" line="69" />
        <source>Yalnız hatalar</source>
        <translation>Yalnız hatalar</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/checks_panel.py" line="70" />
        <source>Yalnız bu sayfa</source>
        <translation>Yalnız bu sayfa</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/checks_panel.py" line="73" />
        <source>Denetle</source>
        <translation>Denetle</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/checks_panel.py" line="75" />
        <source>Denetimleri şimdi çalıştırır ve bu çalıştırmayı değişiklik geçmişine kaydeder.</source>
        <translation>Denetimleri şimdi çalıştırır ve bu çalıştırmayı değişiklik geçmişine kaydeder.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/checks_panel.py" line="122" />
        <source>{0} bulgu: {1} hata, {2} uyarı. Bulguya gitmek için çift tıklayın ya da Enter'a basın.</source>
        <translation>{0} bulgu: {1} hata, {2} uyarı. Bulguya gitmek için çift tıklayın ya da Enter'a basın.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/checks_panel.py" line="126" />
        <source>{0} bulgu kabul edildi.</source>
        <translation>{0} bulgu kabul edildi.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/checks_panel.py" line="184" />
        <source>Kabul et…</source>
        <translation>Kabul et…</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/checks_panel.py" line="188" />
        <location filename="../src/faaliyet_desktop/ui/checks_panel.py" line="220" />
        <location filename="../src/faaliyet_desktop/ui/checks_panel.py" line="261" />
        <location filename="../src/faaliyet_desktop/ui/checks_panel.py" line="264" />
        <source>Kabulü geri al</source>
        <translation>Kabulü geri al</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/checks_panel.py" line="202" />
        <location filename="../src/faaliyet_desktop/ui/checks_panel.py" line="243" />
        <location filename="../src/faaliyet_desktop/ui/checks_panel.py" line="246" />
        <source>Bulguyu kabul et</source>
        <translation>Bulguyu kabul et</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/checks_panel.py" line="208" />
        <source>Kabul eden (ad soyad):</source>
        <translation>Kabul eden (ad soyad):</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/checks_panel.py" line="209" />
        <source>Gerekçe:</source>
        <translation>Gerekçe:</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/checks_panel.py" line="221" />
        <source>Geri alan (ad soyad):</source>
        <translation>Geri alan (ad soyad):</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/spec_table_model.py" line="244" />
        <source>Hesaplanan alan: elle girilmez.</source>
        <translation>Hesaplanan alan: elle girilmez.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/spec_table_model.py" line="335" />
        <source>Alt birimlerin toplamı; bir değer yazarsanız o geçerli olur.</source>
        <translation>Alt birimlerin toplamı; bir değer yazarsanız o geçerli olur.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/spec_table_model.py" line="338" />
        <source>Hesaplanan alan</source>
        <translation>Hesaplanan alan</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/spec_table_model.py" line="396" />
        <source>{0} ({1}): {2}</source>
        <translation>{0} ({1}): {2}</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="45" />
        <source>Yeni ekonomik kod</source>
        <translation>Yeni ekonomik kod</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="59" />
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="114" />
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="172" />
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="294" />
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="141" />
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="326" />
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="44" />
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="77" />
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="183" />
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="265" />
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="49" />
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="85" />
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="201" />
        <source>Kod</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="60" />
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="116" />
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="174" />
        <source>Ekonomik sınıflandırma</source>
        <translation>Ekonomik sınıflandırma</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="121" />
        <source>Eklenen</source>
        <translation>Eklenen</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="124" />
        <source>Düşülen</source>
        <translation>Düşülen</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="127" />
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="237" />
        <source>Toplam ödenek</source>
        <translation>Toplam ödenek</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="129" />
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="240" />
        <source>Harcama</source>
        <translation>Harcama</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="132" />
        <source>Kalan</source>
        <translation>Kalan</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="134" />
        <source>Gerçekleşme %</source>
        <translation>Gerçekleşme %</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="180" />
        <source>Artış %</source>
        <translation>Artış %</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="191" />
        <source>Önceki yıl KBÖ</source>
        <translation>Önceki yıl KBÖ</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="191" />
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="194" />
        <source>Cari yıl KBÖ</source>
        <translation>Cari yıl KBÖ</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="195" />
        <source>Sonraki yıl KBÖ (Tablo 12)</source>
        <translation>Sonraki yıl KBÖ (Tablo 12)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="234" />
        <source>Yıl</source>
        <translation>Yıl</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="242" />
        <source>Harcama oranı</source>
        <translation>Harcama oranı</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="278" />
        <source>Yeni faaliyet</source>
        <translation>Yeni faaliyet</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="296" />
        <source>Program / alt program / faaliyet</source>
        <translation>Program / alt program / faaliyet</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="118" />
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="298" />
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="361" />
        <source>KBÖ</source>
        <translation>KBÖ</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="120" />
        <source>Kanunla verilen başlangıç ödeneği</source>
        <translation>Kanunla verilen başlangıç ödeneği</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="137" />
        <source>Pay %</source>
        <translation>Pay %</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="139" />
        <source>Tablo 8: kodun KBÖ toplamındaki payı</source>
        <translation>Tablo 8: kodun KBÖ toplamındaki payı</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="300" />
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="363" />
        <source>Yıl sonu toplam ödenek</source>
        <translation>Yıl sonu toplam ödenek</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="303" />
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="366" />
        <source>Gerçekleşme</source>
        <translation>Gerçekleşme</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="305" />
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="368" />
        <source>Gerç./KBÖ</source>
        <translation>Gerç./KBÖ</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="307" />
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="370" />
        <source>Gerç./Toplam</source>
        <translation>Gerç./Toplam</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="357" />
        <source>Harcama birimi</source>
        <translation>Harcama birimi</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="40" />
        <source>İdarenin adı</source>
        <translation>İdarenin adı</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="41" />
        <source>Kısa adı</source>
        <translation>Kısa adı</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="42" />
        <source>Üst yönetici</source>
        <translation>Üst yönetici</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="43" />
        <source>Unvanı</source>
        <translation>Unvanı</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="44" />
        <source>Adres</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="65" />
        <source>Bilgi</source>
        <translation>Bilgi</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="66" />
        <source>Değer</source>
        <translation>Değer</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="73" />
        <source>İdare</source>
        <translation>İdare</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="74" />
        <source>Teşkilat (Merkez/Taşra)</source>
        <translation>Teşkilat (Merkez/Taşra)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="75" />
        <source>Genel Müdürlük</source>
        <translation>Genel Müdürlük</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="76" />
        <source>Daire Başkanlığı / Birim</source>
        <translation>Daire Başkanlığı / Birim</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="77" />
        <source>İl Müdürlüğü</source>
        <translation>İl Müdürlüğü</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="78" />
        <source>Merkez (Geri Gönderme, Barınma)</source>
        <translation>Merkez (Geri Gönderme, Barınma)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="133" />
        <source>Yeni birim</source>
        <translation>Yeni birim</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="144" />
        <source>Birim adı</source>
        <translation>Birim adı</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="146" />
        <source>Türü</source>
        <translation>Türü</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="149" />
        <source>Üst birim</source>
        <translation>Üst birim</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="169" />
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="320" />
        <source>Yeni kalem</source>
        <translation>Yeni kalem</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="181" />
        <source>Kaynak</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="183" />
        <source>Adet</source>
        <translation>Adet</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="185" />
        <source>Kapasite / açıklama</source>
        <translation>Kapasite / açıklama</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="188" />
        <source>Alan (m²)</source>
        <translation>Alan (m²)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="216" />
        <source>Birim</source>
        <translation>Birim</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="260" />
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="311" />
        <source>Toplam</source>
        <translation>Toplam</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="327" />
        <source>Kalem</source>
        <translation>Kalem</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="38" />
        <source>Yeni program</source>
        <translation>Yeni program</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="45" />
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="78" />
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="65" />
        <source>Yeni alt program</source>
        <translation>Yeni alt program</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="81" />
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="184" />
        <source>Alt program</source>
        <translation>Alt program</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="83" />
        <source>Alt program hedefi (Form-3 başlığı)</source>
        <translation>Alt program hedefi (Form-3 başlığı)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="86" />
        <source>Alt program hedefleri (; ile ayırın)</source>
        <translation>Alt program hedefleri (; ile ayırın)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="88" />
        <source>Stratejik amaçlar</source>
        <translation>Stratejik amaçlar</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="98" />
        <source>Toplam (akış)</source>
        <translation>Toplam (akış)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="99" />
        <source>Son çeyrek (stok)</source>
        <translation>Son çeyrek (stok)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="100" />
        <source>Ortalama</source>
        <translation>Ortalama</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="101" />
        <source>Elle girilir</source>
        <translation>Elle girilir</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="149" />
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="167" />
        <source>Yeni gösterge</source>
        <translation>Yeni gösterge</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="170" />
        <source>Geçici (onaylandı)</source>
        <translation>Geçici (onaylandı)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="171" />
        <source>Geçici: çeyrek eksik</source>
        <translation>Geçici: çeyrek eksik</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="174" />
        <source>1. Çeyrek</source>
        <translation>1. Çeyrek</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="175" />
        <source>2. Çeyrek</source>
        <translation>2. Çeyrek</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="176" />
        <source>3. Çeyrek</source>
        <translation>3. Çeyrek</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="177" />
        <source>4. Çeyrek</source>
        <translation>4. Çeyrek</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="187" />
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="266" />
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="204" />
        <source>Performans göstergesi</source>
        <translation>Performans göstergesi</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="189" />
        <source>Ölçü</source>
        <translation>Ölçü</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="191" />
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="227" />
        <source>Yön</source>
        <translation>Yön</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="193" />
        <source>Artan: oran = yıl sonu / hedef; azalan (düşük değer iyidir): oran = hedef / yıl sonu, yıl sonu 0 ise Aşıldı.</source>
        <translation>Artan: oran = yıl sonu / hedef; azalan (düşük değer iyidir): oran = hedef / yıl sonu, yıl sonu 0 ise Aşıldı.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="196" />
        <source>Önceki yıl</source>
        <translation>Önceki yıl</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="198" />
        <source>Önceki değer</source>
        <translation>Önceki değer</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="200" />
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="268" />
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="88" />
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="118" />
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="202" />
        <source>Hedef</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="202" />
        <source>Yıl sonu tahmini</source>
        <translation>Yıl sonu tahmini</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="209" />
        <source>Yıl sonu kuralı</source>
        <translation>Yıl sonu kuralı</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="212" />
        <source>Yıl sonu (elle)</source>
        <translation>Yıl sonu (elle)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="215" />
        <source>Yalnız yıl sonu kuralı 'Elle girilir' olan göstergelerde yazılır.</source>
        <translation>Yalnız yıl sonu kuralı 'Elle girilir' olan göstergelerde yazılır.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="217" />
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="270" />
        <source>Yıl sonu değeri</source>
        <translation>Yıl sonu değeri</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="219" />
        <source>Bir çeyrek boşsa değer geçicidir (italik, işaretli); durumu onaylanana kadar raporda gösterilmez.</source>
        <translation>Bir çeyrek boşsa değer geçicidir (italik, işaretli); durumu onaylanana kadar raporda gösterilmez.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="222" />
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="277" />
        <source>Gerçekleşme oranı</source>
        <translation>Gerçekleşme oranı</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="224" />
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="279" />
        <source>Durum</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="226" />
        <source>Kesinlik</source>
        <translation>Kesinlik</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="228" />
        <source>Geçici değeri onayla</source>
        <translation>Geçici değeri onayla</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="231" />
        <source>Eksik çeyrekle hesaplanan yıl sonu değerinin durumu, yalnız bir kişi onaylarsa nihai raporda gösterilir.</source>
        <translation>Eksik çeyrekle hesaplanan yıl sonu değerinin durumu, yalnız bir kişi onaylarsa nihai raporda gösterilir.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="234" />
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="128" />
        <source>Sapmanın nedeni</source>
        <translation>Sapmanın nedeni</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="258" />
        <source>Form-4'te</source>
        <translation>Form-4'te</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="260" />
        <source>Form-3'te</source>
        <translation>Form-3'te</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="262" />
        <source>Sıra</source>
        <translation>Sıra</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="272" />
        <source>Yıl sonu (Form-3'te yoksa)</source>
        <translation>Yıl sonu (Form-3'te yoksa)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="275" />
        <source>Form-3'te izlenmeyen göstergenin yıl sonu değeri; 0 bir değerdir, boş 'girilmedi'dir.</source>
        <translation>Form-3'te izlenmeyen göstergenin yıl sonu değeri; 0 bir değerdir, boş 'girilmedi'dir.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="37" />
        <source>Yeni amaç</source>
        <translation>Yeni amaç</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="50" />
        <source>Kısa başlık (Tablo 6)</source>
        <translation>Kısa başlık (Tablo 6)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="52" />
        <source>Amaç (Tablo 17 başlığı)</source>
        <translation>Amaç (Tablo 17 başlığı)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="78" />
        <source>Yeni hedef</source>
        <translation>Yeni hedef</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="86" />
        <source>Amaç</source>
        <translation>Amaç</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="119" />
        <source>Başlık</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="121" />
        <source>Sorumlu birimler (kod; kod)</source>
        <translation>Sorumlu birimler (kod; kod)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="123" />
        <source>Ağırlık toplamı</source>
        <translation>Ağırlık toplamı</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="126" />
        <source>Hedef performansı</source>
        <translation>Hedef performansı</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="131" />
        <source>Alınan tedbirler</source>
        <translation>Alınan tedbirler</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="176" />
        <source>Artan</source>
        <translation>Artan</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="177" />
        <source>Azalan</source>
        <translation>Azalan</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="180" />
        <source>Yıllık</source>
        <translation>Yıllık</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="181" />
        <source>Kümülatif</source>
        <translation>Kümülatif</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="182" />
        <source>Düzey</source>
        <translation>Düzey</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="206" />
        <source>Hedefe etkisi (%)</source>
        <translation>Hedefe etkisi (%)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="209" />
        <source>Başlangıç (A)</source>
        <translation>Başlangıç (A)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="211" />
        <source>Hedef (B)</source>
        <translation>Hedef (B)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="213" />
        <source>Gerçekleşme (C)</source>
        <translation>Gerçekleşme (C)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="215" />
        <source>Performans</source>
        <translation>Performans</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="217" />
        <source>(C − A) / (B − A), %0–%100 arasında</source>
        <translation>(C − A) / (B − A), %0–%100 arasında</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="218" />
        <source>Form-3 göstergesi</source>
        <translation>Form-3 göstergesi</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="221" />
        <source>Gösterge türü</source>
        <translation>Gösterge türü</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="223" />
        <source>Yıllık: B ve C yılın kendi değeri; kümülatif: plan başından sayılır, A'yı içerir (Form-3 ile B − A, C − A karşılaştırılır); düzey: bir stok değeri.</source>
        <translation>Yıllık: B ve C yılın kendi değeri; kümülatif: plan başından sayılır, A'yı içerir (Form-3 ile B − A, C − A karşılaştırılır); düzey: bir stok değeri.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="229" />
        <source>Artan: yüksek değer iyidir; azalan: düşük değer iyidir (B &lt; A).</source>
        <translation>Artan: yüksek değer iyidir; azalan: düşük değer iyidir (B &lt; A).</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/spec_table_model.py" line="389" />
        <source>{0}, {1}: {2}</source>
        <translation>{0}, {1}: {2}</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/text_binding.py" line="139" />
        <source>Metin: {0}</source>
        <translation>Metin: {0}</translation>
    </message>
</context>
<context>
    <name>DeclarationPage</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/narrative_editor.py" line="265" />
        <source>Başlık</source>
        <translation>Başlık</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/narrative_editor.py" line="265" />
        <source>Yer</source>
        <translation>Yer</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/narrative_editor.py" line="266" />
        <source>Tarih (ay ve yıl)</source>
        <translation>Tarih (ay ve yıl)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/narrative_editor.py" line="267" />
        <source>İmzalayan</source>
        <translation>İmzalayan</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/narrative_editor.py" line="268" />
        <source>Unvanı</source>
        <translation>Unvanı</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="23" />
        <source>Ulaşılamadı</source>
        <translation>Ulaşılamadı</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="24" />
        <source>Kısmen Ulaşıldı</source>
        <translation>Kısmen Ulaşıldı</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="25" />
        <source>Ulaşıldı</source>
        <translation>Ulaşıldı</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="26" />
        <source>Aşıldı</source>
        <translation>Aşıldı</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="27" />
        <source>Dolu Kadro</source>
        <translation>Dolu Kadro</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="28" />
        <source>Sözleşmeli Personel</source>
        <translation>Sözleşmeli Personel</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="29" />
        <source>Kadrolu İşçi</source>
        <translation>Kadrolu İşçi</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="30" />
        <source>Hizmet Alımı</source>
        <translation>Hizmet Alımı</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="31" />
        <source>Geçici Personel</source>
        <translation>Geçici Personel</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="32" />
        <source>Kadın</source>
        <translation>Kadın</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="33" />
        <source>Erkek</source>
        <translation>Erkek</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="34" />
        <source>İlköğretim</source>
        <translation>İlköğretim</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="35" />
        <source>Lise</source>
        <translation>Lise</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="36" />
        <source>Ön Lisans</source>
        <translation>Ön Lisans</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="37" />
        <source>Lisans</source>
        <translation>Lisans</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="38" />
        <source>Yüksek Lisans</source>
        <translation>Yüksek Lisans</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="39" />
        <source>Doktora</source>
        <translation>Doktora</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="40" />
        <source>Sayı</source>
        <translation>Sayı</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="41" />
        <source>Oran</source>
        <translation>Oran</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="42" />
        <source>Yüzde</source>
        <translation>Yüzde</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="43" />
        <source>HATA</source>
        <translation>HATA</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="44" />
        <source>UYARI</source>
        <translation>UYARI</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="45" />
        <source>Başkan Sunuşu</source>
        <translation>Başkan Sunuşu</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="46" />
        <source>Yönetici Özeti</source>
        <translation>Yönetici Özeti</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="47" />
        <source>Misyonumuz</source>
        <translation>Misyonumuz</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="48" />
        <source>Vizyonumuz</source>
        <translation>Vizyonumuz</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="49" />
        <source>Yetki, Görev ve Sorumluluklar</source>
        <translation>Yetki, Görev ve Sorumluluklar</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="50" />
        <source>Fiziksel Yapı</source>
        <translation>Fiziksel Yapı</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="51" />
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="73" />
        <source>Örgüt Yapısı</source>
        <translation>Örgüt Yapısı</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="52" />
        <source>Bilgi ve Teknolojik Kaynaklar</source>
        <translation>Bilgi ve Teknolojik Kaynaklar</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="53" />
        <source>İnsan Kaynakları</source>
        <translation>İnsan Kaynakları</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="54" />
        <source>Sunulan Hizmetler</source>
        <translation>Sunulan Hizmetler</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="55" />
        <source>Yönetim ve İç Kontrol Sistemi</source>
        <translation>Yönetim ve İç Kontrol Sistemi</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="56" />
        <source>İdarenin Amaç ve Hedefleri</source>
        <translation>İdarenin Amaç ve Hedefleri</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="57" />
        <source>Temel Politikalar ve Öncelikler</source>
        <translation>Temel Politikalar ve Öncelikler</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="58" />
        <source>Bütçe Uygulama Sonuçları</source>
        <translation>Bütçe Uygulama Sonuçları</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="59" />
        <source>Temel Mali Tablolara İlişkin Açıklamalar</source>
        <translation>Temel Mali Tablolara İlişkin Açıklamalar</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="60" />
        <source>Mali Denetim Sonuçları</source>
        <translation>Mali Denetim Sonuçları</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="61" />
        <source>Program, Alt Program ve Faaliyet Bilgileri</source>
        <translation>Program, Alt Program ve Faaliyet Bilgileri</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="62" />
        <source>Performans Sonuçlarının Değerlendirilmesi</source>
        <translation>Performans Sonuçlarının Değerlendirilmesi</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="63" />
        <source>Performans Denetim Sonuçları</source>
        <translation>Performans Denetim Sonuçları</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="64" />
        <source>Stratejik Planın Değerlendirilmesi</source>
        <translation>Stratejik Planın Değerlendirilmesi</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="65" />
        <source>Performans Bilgi Sisteminin Değerlendirilmesi</source>
        <translation>Performans Bilgi Sisteminin Değerlendirilmesi</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="66" />
        <source>Diğer Hususlar</source>
        <translation>Diğer Hususlar</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="67" />
        <source>Kurumsal Kabiliyet ve Kapasitenin Değerlendirilmesi</source>
        <translation>Kurumsal Kabiliyet ve Kapasitenin Değerlendirilmesi</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="68" />
        <source>Stratejik Planda Öngörülemeyen Kurumsal Kapasite İhtiyaçları</source>
        <translation>Stratejik Planda Öngörülemeyen Kurumsal Kapasite İhtiyaçları</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="69" />
        <source>Üstünlükler</source>
        <translation>Üstünlükler</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="70" />
        <source>Zayıflıklar</source>
        <translation>Zayıflıklar</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="71" />
        <source>Değerlendirme</source>
        <translation>Değerlendirme</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="72" />
        <source>Öneri ve Tedbirler</source>
        <translation>Öneri ve Tedbirler</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="74" />
        <source>Tablo 1</source>
        <translation>Tablo 1</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="75" />
        <source>Tablo 2</source>
        <translation>Tablo 2</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="76" />
        <source>Tablo 3</source>
        <translation>Tablo 3</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="77" />
        <source>Tablo 4</source>
        <translation>Tablo 4</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="78" />
        <source>Tablo 5</source>
        <translation>Tablo 5</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="79" />
        <source>Tablo 6</source>
        <translation>Tablo 6</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="80" />
        <source>Şekil 2</source>
        <translation>Şekil 2</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="81" />
        <source>Tablo 9</source>
        <translation>Tablo 9</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="82" />
        <source>Tablo 10</source>
        <translation>Tablo 10</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="83" />
        <source>Tablo 11</source>
        <translation>Tablo 11</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="84" />
        <source>Tablo 14</source>
        <translation>Tablo 14</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="85" />
        <source>Tablo 15 (Form-3)</source>
        <translation>Tablo 15 (Form-3)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="86" />
        <source>Tablo 16 (Form-4)</source>
        <translation>Tablo 16 (Form-4)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="87" />
        <source>Tablo 17</source>
        <translation>Tablo 17</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="88" />
        <source>Metin</source>
        <translation>Metin</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="89" />
        <source>Ekler</source>
        <translation>Ekler</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="562" />
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="365" />
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="371" />
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="626" />
        <source>Durum</source>
        <translation>Durum</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="365" />
        <source>Uygula</source>
        <translation>Uygula</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="562" />
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="366" />
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="627" />
        <source>Dosya</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="562" />
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="366" />
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="627" />
        <source>Birim</source>
        <translation>Birim</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="367" />
        <source>Yeni</source>
        <translation>Yeni</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="367" />
        <source>Değişen</source>
        <translation>Değişen</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="368" />
        <source>Değişmeyen</source>
        <translation>Değişmeyen</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="368" />
        <source>Reddedilen</source>
        <translation>Reddedilen</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="369" />
        <source>Yeni bulgu</source>
        <translation>Yeni bulgu</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="369" />
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="631" />
        <source>Açıklama</source>
        <translation>Açıklama</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="371" />
        <source>Sayfa</source>
        <translation>Sayfa</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="372" />
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="626" />
        <source>Kod</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="372" />
        <source>Ad</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="373" />
        <source>Hücre</source>
        <translation>Hücre</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="373" />
        <source>Sütun</source>
        <translation>Sütun</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="374" />
        <source>Eski değer</source>
        <translation>Eski değer</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="375" />
        <source>Yeni değer / neden</source>
        <translation>Yeni değer / neden</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="628" />
        <source>Tarih</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="629" />
        <source>Şablon gönderildi</source>
        <translation>Şablon gönderildi</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="630" />
        <source>Hata</source>
        <translation>Hata</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="630" />
        <source>Uyarı</source>
        <translation>Uyarı</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="340" />
        <source>Şablonlar yazılıyor</source>
        <translation>Şablonlar yazılıyor</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="297" />
        <source>Şablonların yazılacağı klasör</source>
        <translation>Şablonların yazılacağı klasör</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="304" />
        <source>Excel Çalışma Kitabı (*.xlsx)</source>
        <translation>Excel Çalışma Kitabı (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="208" />
        <source>İptal</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="246" />
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="320" />
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="323" />
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="344" />
        <source>Şablon Dışa Aktar</source>
        <translation>Şablon Dışa Aktar</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="248" />
        <source>Kurum geneli (tüm tablolar)</source>
        <translation>Kurum geneli (tüm tablolar)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="254" />
        <source>Her il için ayrı şablon oluştur (bir klasöre, 81 dosya)</source>
        <translation>Her il için ayrı şablon oluştur (bir klasöre, 81 dosya)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="257" />
        <source>Birim:</source>
        <translation>Birim:</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="258" />
        <source>Tablolar:</source>
        <translation>Tablolar:</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="261" />
        <source>Dışa Aktar…</source>
        <translation>Dışa Aktar…</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="263" />
        <source>Vazgeç</source>
        <translation>Vazgeç</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="303" />
        <source>Şablonu kaydet</source>
        <translation>Şablonu kaydet</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="324" />
        <source>Şablon yazıldı:</source>
        <translation>Şablon yazıldı:</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="345" />
        <source>şablon yazıldı:</source>
        <translation>şablon yazıldı:</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="389" />
        <source>İçe Aktarma Önizlemesi (deneme)</source>
        <translation>İçe Aktarma Önizlemesi (deneme)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="395" />
        <source>Önem</source>
        <translation>Önem</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="395" />
        <source>Kural</source>
        <translation>Kural</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="395" />
        <source>Bulgu</source>
        <translation>Bulgu</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="399" />
        <source>Değişmeyen satırları da göster</source>
        <translation>Değişmeyen satırları da göster</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="401" />
        <source>Dosyalar</source>
        <translation>Dosyalar</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="402" />
        <source>Seçili dosyanın satırları (yeni / değişen / reddedilen)</source>
        <translation>Seçili dosyanın satırları (yeni / değişen / reddedilen)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="404" />
        <source>İçe aktarılırsa yeni çıkacak denetim bulguları</source>
        <translation>İçe aktarılırsa yeni çıkacak denetim bulguları</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="413" />
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="567" />
        <source>Kapat</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="414" />
        <source>İşaretlenenleri İçe Aktar</source>
        <translation>İşaretlenenleri İçe Aktar</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="416" />
        <source>İçe Aktarma Geçmişi…</source>
        <translation>İçe Aktarma Geçmişi…</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="446" />
        <source>Uygulanacak dosyaları işaretleyin; her dosya ya bütünüyle içe aktarılır ya da hiç aktarılmaz.</source>
        <translation>Uygulanacak dosyaları işaretleyin; her dosya ya bütünüyle içe aktarılır ya da hiç aktarılmaz.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="448" />
        <source>Dikkat: içe aktarma, Düzen → Geri Al geçmişini temizler; bir içe aktarmayı bütünüyle "İçe Aktarma Geçmişi…" ile geri alabilirsiniz.</source>
        <translation>Dikkat: içe aktarma, Düzen → Geri Al geçmişini temizler; bir içe aktarmayı bütünüyle "İçe Aktarma Geçmişi…" ile geri alabilirsiniz.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="451" />
        <source>İçe aktarma, Düzen → Geri Al geçmişini temizler; bir içe aktarmayı bütünüyle "İçe Aktarma Geçmişi…" ile geri alabilirsiniz.</source>
        <translation>İçe aktarma, Düzen → Geri Al geçmişini temizler; bir içe aktarmayı bütünüyle "İçe Aktarma Geçmişi…" ile geri alabilirsiniz.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="472" />
        <source>reddedildi</source>
        <translation>reddedildi</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="503" />
        <source>İçe aktarılıyor</source>
        <translation>İçe aktarılıyor</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="511" />
        <source>İçe Aktarma</source>
        <translation>İçe Aktarma</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="511" />
        <source>Hiçbir dosya uygulanmadı.</source>
        <translation>Hiçbir dosya uygulanmadı.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="524" />
        <source>Dosyalar okunuyor (deneme)</source>
        <translation>Dosyalar okunuyor (deneme)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="538" />
        <source>Doldurulmuş şablonları seçin</source>
        <translation>Doldurulmuş şablonları seçin</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="539" />
        <source>Excel Çalışma Kitabı (*.xlsx);;Tüm dosyalar (*)</source>
        <translation>Excel Çalışma Kitabı (*.xlsx);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="560" />
        <source>İçe Aktarma Geçmişi</source>
        <translation>İçe Aktarma Geçmişi</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="562" />
        <source>Tarih (UTC)</source>
        <translation>Tarih (UTC)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="563" />
        <source>Değer</source>
        <translation>Değer</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="563" />
        <source>Parmak izi</source>
        <translation>Parmak izi</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="563" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="565" />
        <source>Bu içe aktarmayı geri al</source>
        <translation>Bu içe aktarmayı geri al</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="599" />
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="606" />
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="611" />
        <source>Geri al</source>
        <translation>Geri al</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="600" />
        <source>içe aktarması bütünüyle geri alınsın mı?</source>
        <translation>içe aktarması bütünüyle geri alınsın mı?</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="611" />
        <source>değer eski haline getirildi.</source>
        <translation>değer eski haline getirildi.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="639" />
        <source>Yalnız il müdürlükleri</source>
        <translation>Yalnız il müdürlükleri</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="641" />
        <source>Yalnız eksikler</source>
        <translation>Yalnız eksikler</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="645" />
        <source>Gelen klasörünü tara…</source>
        <translation>Gelen klasörünü tara…</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="646" />
        <source>İçe aktar…</source>
        <translation>İçe aktar…</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="647" />
        <source>Geçmiş…</source>
        <translation>Geçmiş…</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="648" />
        <source>Yenile</source>
        <translation>Yenile</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="704" />
        <source>Gelen şablonların klasörü</source>
        <translation>Gelen şablonların klasörü</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="167" />
        <source>1. Çeyrek değerlendirmesi</source>
        <translation>1. Çeyrek değerlendirmesi</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="168" />
        <source>2. Çeyrek değerlendirmesi</source>
        <translation>2. Çeyrek değerlendirmesi</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="169" />
        <source>3. Çeyrek değerlendirmesi</source>
        <translation>3. Çeyrek değerlendirmesi</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="170" />
        <source>4. Çeyrek değerlendirmesi</source>
        <translation>4. Çeyrek değerlendirmesi</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="235" />
        <source>Seçili göstergenin çeyreklik değerlendirmeleri</source>
        <translation>Seçili göstergenin çeyreklik değerlendirmeleri</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="240" />
        <source>İlgililik</source>
        <translation>İlgililik</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="241" />
        <source>Etkililik</source>
        <translation>Etkililik</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="242" />
        <source>Etkinlik</source>
        <translation>Etkinlik</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="243" />
        <source>Sürdürülebilirlik</source>
        <translation>Sürdürülebilirlik</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="245" />
        <source>Seçili göstergenin değerlendirmesi</source>
        <translation>Seçili göstergenin değerlendirmesi</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/pages.py" line="87" />
        <source>Metin kutularını gizlemek ya da göstermek için başlıktaki kutuyu işaretleyin; yüksekliği aradaki çizgiyi sürükleyerek değiştirin.</source>
        <translation>Metin kutularını gizlemek ya da göstermek için başlıktaki kutuyu işaretleyin; yüksekliği aradaki çizgiyi sürükleyerek değiştirin.</translation>
    </message>
</context>
<context>
    <name>Find</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/find.py" line="84" />
        <source>{0} — {1}. çeyrek değerlendirmesi</source>
        <translation>{0} — {1}. çeyrek değerlendirmesi</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/find.py" line="170" />
        <source>{0} sonuç</source>
        <translation>{0} sonuç</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/find.py" line="183" />
        <source>Bul</source>
        <translation>Bul</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/find.py" line="184" />
        <source>Birim adı, kod, gösterge ya da metin yazın (ör. ankara, IL06, PG1.1)</source>
        <translation>Birim adı, kod, gösterge ya da metin yazın (ör. ankara, IL06, PG1.1)</translation>
    </message>
</context>
<context>
    <name>GridFilter</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/grid_filter.py" line="29" />
        <source>Süz…</source>
        <translation>Süz…</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/grid_filter.py" line="30" />
        <source>Yalnız bu metni içeren satırları göster (birim, kod, ad).</source>
        <translation>Yalnız bu metni içeren satırları göster (birim, kod, ad).</translation>
    </message>
</context>
<context>
    <name>GridKeys</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/grid_keys.py" line="18" />
        <source>Veritabanı salt okunur açık; değişiklik yapılamaz.</source>
        <translation>Veritabanı salt okunur açık; değişiklik yapılamaz.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/grid_keys.py" line="20" />
        <source>{0}: bu satır hesaplanan bir toplamdır; alt satırlardaki girdi hücrelerini değiştirin.</source>
        <translation>{0}: bu satır hesaplanan bir toplamdır; alt satırlardaki girdi hücrelerini değiştirin.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/grid_keys.py" line="22" />
        <source>{0}: bu sütun diğer sütunlardan hesaplanır; girdi hücrelerini (beyaz) değiştirin.</source>
        <translation>{0}: bu sütun diğer sütunlardan hesaplanır; girdi hücrelerini (beyaz) değiştirin.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/grid_keys.py" line="24" />
        <source>{0}: bu değer alt birimlerin toplamıdır; alt birimlerin satırlarını değiştirin.</source>
        <translation>{0}: bu değer alt birimlerin toplamıdır; alt birimlerin satırlarını değiştirin.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/grid_keys.py" line="26" />
        <source>{0}: bu hücre değiştirilemez.</source>
        <translation>{0}: bu hücre değiştirilemez.</translation>
    </message>
</context>
<context>
    <name>GridPanel</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/grid_panel.py" line="46" />
        <source>Sil</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/grid_panel.py" line="101" />
        <location filename="../src/faaliyet_desktop/ui/grid_panel.py" line="250" />
        <source>Yapıştır</source>
        <translation>Yapıştır</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/grid_panel.py" line="118" />
        <source>“{0}” seçeneklerde yok</source>
        <translation>“{0}” seçeneklerde yok</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/grid_panel.py" line="127" />
        <source>{0}: {1} hücre</source>
        <translation>{0}: {1} hücre</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/grid_panel.py" line="188" />
        <source>Satır Ekle</source>
        <translation>Satır Ekle</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/grid_panel.py" line="189" />
        <source>Satırı Sil</source>
        <translation>Satırı Sil</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/grid_panel.py" line="191" />
        <source>Yukarı</source>
        <translation>Yukarı</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/grid_panel.py" line="193" />
        <source>Aşağı</source>
        <translation>Aşağı</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/grid_panel.py" line="248" />
        <source>Kopyala</source>
        <translation>Kopyala</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/grid_panel.py" line="257" />
        <source>Değişiklik Geçmişi…</source>
        <translation>Değişiklik Geçmişi…</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/grid_panel.py" line="345" />
        <source>Satır ekle: {0}</source>
        <translation>Satır ekle: {0}</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/grid_panel.py" line="357" />
        <source>Bu satır hesaplanan bir satırdır; silinemez.</source>
        <translation>Bu satır hesaplanan bir satırdır; silinemez.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/grid_panel.py" line="369" />
        <source>Satır sil: {0}</source>
        <translation>Satır sil: {0}</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/grid_panel.py" line="393" />
        <source>Satır taşı: {0}</source>
        <translation>Satır taşı: {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="97" />
        <source>Denetimler</source>
        <translation>Denetimler</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="169" />
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="514" />
        <source>Geri Al</source>
        <translation>Geri Al</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="171" />
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="516" />
        <source>Yinele</source>
        <translation>Yinele</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="186" />
        <source>Veritabanı Aç…</source>
        <translation>Veritabanı Aç…</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="188" />
        <source>Yeni Veritabanı…</source>
        <translation>Yeni Veritabanı…</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="190" />
        <source>Şimdi Kaydet</source>
        <translation>Şimdi Kaydet</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="192" />
        <source>Şablon Dışa Aktar…</source>
        <translation>Şablon Dışa Aktar…</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="194" />
        <source>İçe Aktar…</source>
        <translation>İçe Aktar…</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="196" />
        <source>Yedek Al</source>
        <translation>Yedek Al</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="197" />
        <source>Yedekten Geri Yükle…</source>
        <translation>Yedekten Geri Yükle…</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="199" />
        <source>Raporu Oluştur (PDF)</source>
        <translation>Raporu Oluştur (PDF)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="201" />
        <source>Denetle</source>
        <translation>Denetle</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="203" />
        <source>Çıkış</source>
        <translation>Çıkış</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="205" />
        <source>Yeni Yıl Oluştur…</source>
        <translation>Yeni Yıl Oluştur…</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="207" />
        <source>Bu Yılı Sil…</source>
        <translation>Bu Yılı Sil…</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="209" />
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="739" />
        <source>Konsolidasyon</source>
        <translation>Konsolidasyon</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="212" />
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="754" />
        <source>Değişiklik Günlüğü</source>
        <translation>Değişiklik Günlüğü</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="214" />
        <source>Hakkında</source>
        <translation>Hakkında</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="215" />
        <source>Bul…</source>
        <translation>Bul…</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="217" />
        <source>Tablolar…</source>
        <translation>Tablolar…</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="219" />
        <source>Kısayollar</source>
        <translation>Kısayollar</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="221" />
        <source>Başlangıç Sayfası</source>
        <translation>Başlangıç Sayfası</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="226" />
        <source>Dosya</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="238" />
        <source>Düzen</source>
        <translation>Düzen</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="244" />
        <source>Yıl</source>
        <translation>Yıl</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="247" />
        <source>Görünüm</source>
        <translation>Görünüm</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="253" />
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="790" />
        <source>Dil</source>
        <translation>Dil</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="263" />
        <source>Yardım</source>
        <translation>Yardım</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="272" />
        <source>Araç Çubuğu</source>
        <translation>Araç Çubuğu</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="275" />
        <source> Yıl: </source>
        <translation> Yıl: </translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="278" />
        <source> Birim: </source>
        <translation> Birim: </translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="299" />
        <source>{0} yılını aç</source>
        <translation>{0} yılını aç</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="314" />
        <source>Tüm idare</source>
        <translation>Tüm idare</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="337" />
        <source>Yıl açılamadı</source>
        <translation>Yıl açılamadı</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="372" />
        <source>Yeni yıl</source>
        <translation>Yeni yıl</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="376" />
        <source>{0} yılı {1} yılından oluşturuldu.</source>
        <translation>{0} yılı {1} yılından oluşturuldu.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="382" />
        <source>Yeni Yıl Oluştur</source>
        <translation>Yeni Yıl Oluştur</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="383" />
        <source>{0} yılının yapısından (birimler, göstergeler, kodlar) oluşturulacak yıl:</source>
        <translation>{0} yılının yapısından (birimler, göstergeler, kodlar) oluşturulacak yıl:</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="513" />
        <source>Geri Al: {0}</source>
        <translation>Geri Al: {0}</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="515" />
        <source>Yinele: {0}</source>
        <translation>Yinele: {0}</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/save_status.py" line="67" />
        <source>Salt okunur</source>
        <translation>Salt okunur</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/save_status.py" line="52" />
        <source>✓ Tüm değişiklikler kaydedildi</source>
        <translation>✓ Tüm değişiklikler kaydedildi</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/save_status.py" line="58" />
        <source>✗ KAYDEDİLEMEDİ</source>
        <translation>✗ KAYDEDİLEMEDİ</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="572" />
        <source>Veritabanı: {0}</source>
        <translation>Veritabanı: {0}</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="580" />
        <source>Faaliyet Desktop — {0} — {1} Faaliyet Raporu{2}</source>
        <translation>Faaliyet Desktop — {0} — {1} Faaliyet Raporu{2}</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="605" />
        <source>{0}

Yıl veritabanından yeniden yüklendi; diğer kullanıcının değerleri gösteriliyor. Değişikliğinizi gerekiyorsa yeniden girin. Geri alma geçmişi temizlendi.</source>
        <translation>{0}

Yıl veritabanından yeniden yüklendi; diğer kullanıcının değerleri gösteriliyor. Değişikliğinizi gerekiyorsa yeniden girin. Geri alma geçmişi temizlendi.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="631" />
        <source>Denetim çalıştırıldı ve kaydedildi.</source>
        <translation>Denetim çalıştırıldı ve kaydedildi.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="664" />
        <source>Veritabanı Aç</source>
        <translation>Veritabanı Aç</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="665" />
        <source>Faaliyet veritabanı (*.sqlite *.db);;Tüm dosyalar (*)</source>
        <translation>Faaliyet veritabanı (*.sqlite *.db);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="671" />
        <source>Yeni Veritabanı</source>
        <translation>Yeni Veritabanı</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="672" />
        <source>Faaliyet veritabanı (*.sqlite)</source>
        <translation>Faaliyet veritabanı (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="689" />
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="693" />
        <source>Veritabanı açılamadı</source>
        <translation>Veritabanı açılamadı</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="791" />
        <source>Dil değişikliği uygulama yeniden başlatılınca geçerli olur.</source>
        <translation>Dil değişikliği uygulama yeniden başlatılınca geçerli olur.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="832" />
        <source>Faaliyet Desktop Hakkında</source>
        <translation>Faaliyet Desktop Hakkında</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="833" />
        <source>Faaliyet Desktop {0}
İdare faaliyet raporu hazırlama uygulaması. Değişiklikler yapıldıkları anda kaydedilir.</source>
        <translation>Faaliyet Desktop {0}
İdare faaliyet raporu hazırlama uygulaması. Değişiklikler yapıldıkları anda kaydedilir.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="604" />
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="610" />
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="852" />
        <source>Kaydedilemedi</source>
        <translation>Kaydedilemedi</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="853" />
        <source>Son değişiklikler kaydedilemedi:
{0}

Yine de çıkılsın mı? (Kaydedilmeyen değişiklikler kaybolur.)</source>
        <translation>Son değişiklikler kaydedilemedi:
{0}

Yine de çıkılsın mı? (Kaydedilmeyen değişiklikler kaybolur.)</translation>
    </message>
</context>
<context>
    <name>NarrativeEditor</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/narrative_editor.py" line="95" />
        <source>• Madde İşareti</source>
        <translation>• Madde İşareti</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/narrative_editor.py" line="96" />
        <source>Seçili satırları madde yapar ya da maddeyi kaldırır.</source>
        <translation>Seçili satırları madde yapar ya da maddeyi kaldırır.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/narrative_editor.py" line="100" />
        <source>Yer Tutucu Ekle</source>
        <translation>Yer Tutucu Ekle</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/narrative_editor.py" line="101" />
        <source>Metne, verilerden canlı hesaplanan bir değer ekler.</source>
        <translation>Metne, verilerden canlı hesaplanan bir değer ekler.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/narrative_editor.py" line="110" />
        <source>Paragrafları boş satırla ayırın; madde satırları "- " ile başlar.</source>
        <translation>Paragrafları boş satırla ayırın; madde satırları "- " ile başlar.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/narrative_editor.py" line="128" />
        <source>Önizleme (yer tutucular güncel değerleriyle)</source>
        <translation>Önizleme (yer tutucular güncel değerleriyle)</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="36" />
        <source>I. Genel Bilgiler</source>
        <translation>I. Genel Bilgiler</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="37" />
        <source>İdare Bilgileri</source>
        <translation>İdare Bilgileri</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="38" />
        <source>A. Misyon ve Vizyon</source>
        <translation>A. Misyon ve Vizyon</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="39" />
        <source>B. Yetki, Görev ve Sorumluluklar</source>
        <translation>B. Yetki, Görev ve Sorumluluklar</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="40" />
        <source>C. İdareye İlişkin Bilgiler</source>
        <translation>C. İdareye İlişkin Bilgiler</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="41" />
        <source>1. Fiziksel Yapı</source>
        <translation>1. Fiziksel Yapı</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="42" />
        <source>Tablo 1. Fiziksel Kaynaklar</source>
        <translation>Tablo 1. Fiziksel Kaynaklar</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="43" />
        <source>2. Örgüt Yapısı</source>
        <translation>2. Örgüt Yapısı</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="44" />
        <source>Birimler</source>
        <translation>Birimler</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="45" />
        <source>3. Bilgi ve Teknolojik Kaynaklar</source>
        <translation>3. Bilgi ve Teknolojik Kaynaklar</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="46" />
        <source>Tablo 2. BT Envanteri</source>
        <translation>Tablo 2. BT Envanteri</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="47" />
        <source>4. İnsan Kaynakları</source>
        <translation>4. İnsan Kaynakları</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="49" />
        <source>Tablo 3. İstihdam Şekli</source>
        <translation>Tablo 3. İstihdam Şekli</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="50" />
        <source>Tablo 4. Cinsiyet</source>
        <translation>Tablo 4. Cinsiyet</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="51" />
        <source>Tablo 5. Eğitim Durumu</source>
        <translation>Tablo 5. Eğitim Durumu</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="52" />
        <source>5. Sunulan Hizmetler</source>
        <translation>5. Sunulan Hizmetler</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="53" />
        <source>6. Yönetim ve İç Kontrol Sistemi</source>
        <translation>6. Yönetim ve İç Kontrol Sistemi</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="56" />
        <source>II. Amaç ve Hedefler</source>
        <translation>II. Amaç ve Hedefler</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="57" />
        <source>A. İdarenin Amaç ve Hedefleri</source>
        <translation>A. İdarenin Amaç ve Hedefleri</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="58" />
        <source>Tablo 6. Amaç ve Hedefler</source>
        <translation>Tablo 6. Amaç ve Hedefler</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="59" />
        <source>B. Temel Politikalar ve Öncelikler</source>
        <translation>B. Temel Politikalar ve Öncelikler</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="61" />
        <source>III. Faaliyetlere İlişkin Bilgi ve Değerlendirmeler</source>
        <translation>III. Faaliyetlere İlişkin Bilgi ve Değerlendirmeler</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="62" />
        <source>A. Mali Bilgiler</source>
        <translation>A. Mali Bilgiler</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="63" />
        <source>1. Bütçe Uygulama Sonuçları</source>
        <translation>1. Bütçe Uygulama Sonuçları</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="64" />
        <source>Şekil 2. Harcama Oranı</source>
        <translation>Şekil 2. Harcama Oranı</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="65" />
        <source>2. Temel Mali Tablolar</source>
        <translation>2. Temel Mali Tablolar</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="67" />
        <source>Ekonomik Kodlar</source>
        <translation>Ekonomik Kodlar</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="68" />
        <source>Tablo 7. Önceki/Cari Yıl Ödenekleri</source>
        <translation>Tablo 7. Önceki/Cari Yıl Ödenekleri</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="69" />
        <source>Tablo 8–9. Bütçe Gerçekleşmesi</source>
        <translation>Tablo 8–9. Bütçe Gerçekleşmesi</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="70" />
        <source>Tablo 10. Faaliyet Bazında</source>
        <translation>Tablo 10. Faaliyet Bazında</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="71" />
        <source>Tablo 11. Birim Bazında</source>
        <translation>Tablo 11. Birim Bazında</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="72" />
        <source>Tablo 12–13. Sonraki Yıl Ödenekleri</source>
        <translation>Tablo 12–13. Sonraki Yıl Ödenekleri</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="73" />
        <source>3. Mali Denetim Sonuçları</source>
        <translation>3. Mali Denetim Sonuçları</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="75" />
        <source>B. Performans Bilgileri</source>
        <translation>B. Performans Bilgileri</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="76" />
        <source>1. Program, Alt Program, Faaliyet</source>
        <translation>1. Program, Alt Program, Faaliyet</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="77" />
        <source>Tablo 14. Programlar</source>
        <translation>Tablo 14. Programlar</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="78" />
        <source>2. Performans Sonuçları</source>
        <translation>2. Performans Sonuçları</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="80" />
        <source>Tablo 15. Form-3</source>
        <translation>Tablo 15. Form-3</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="81" />
        <source>Tablo 16. Form-4</source>
        <translation>Tablo 16. Form-4</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="83" />
        <source>3. Stratejik Planın Değerlendirilmesi</source>
        <translation>3. Stratejik Planın Değerlendirilmesi</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="84" />
        <source>Tablo 17. Stratejik Plan</source>
        <translation>Tablo 17. Stratejik Plan</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="85" />
        <source>4. Performans Bilgi Sistemi</source>
        <translation>4. Performans Bilgi Sistemi</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="86" />
        <source>5. Diğer Hususlar</source>
        <translation>5. Diğer Hususlar</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="89" />
        <source>IV. Kurumsal Kabiliyet ve Kapasite</source>
        <translation>IV. Kurumsal Kabiliyet ve Kapasite</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="91" />
        <source>A. Öngörülemeyen İhtiyaçlar</source>
        <translation>A. Öngörülemeyen İhtiyaçlar</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="92" />
        <source>B. Üstünlükler</source>
        <translation>B. Üstünlükler</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="93" />
        <source>C. Zayıflıklar</source>
        <translation>C. Zayıflıklar</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="94" />
        <source>D. Değerlendirme</source>
        <translation>D. Değerlendirme</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="96" />
        <source>V. Öneri ve Tedbirler</source>
        <translation>V. Öneri ve Tedbirler</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="97" />
        <source>Ekler</source>
        <translation>Ekler</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="98" />
        <source>EK-1 İç Kontrol Güvence Beyanı</source>
        <translation>EK-1 İç Kontrol Güvence Beyanı</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="99" />
        <source>EK-2 Mali Hizmetler Birim Yöneticisinin Beyanı</source>
        <translation>EK-2 Mali Hizmetler Birim Yöneticisinin Beyanı</translation>
    </message>
</context>
<context>
    <name>PasteReport</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/paste_report.py" line="50" />
        <source>değer alınmadı</source>
        <translation>değer alınmadı</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/paste_report.py" line="63" />
        <source>Yapıştırılan hücrelerden {0} tanesi alınmadı:</source>
        <translation>Yapıştırılan hücrelerden {0} tanesi alınmadı:</translation>
    </message>
</context>
<context>
    <name>QuickTables</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/quick_tables.py" line="35" />
        <source>Şekil 1. Organizasyon Şeması (Birimler)</source>
        <translation>Şekil 1. Organizasyon Şeması (Birimler)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/quick_tables.py" line="44" />
        <source>Tablolar</source>
        <translation>Tablolar</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/quick_tables.py" line="45" />
        <source>Tablo numarası ya da adı yazın (ör. 9, form-3, misyon)</source>
        <translation>Tablo numarası ya da adı yazın (ör. 9, form-3, misyon)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/report_dialog.py" line="31" />
        <source>Raporu Oluştur (PDF)</source>
        <translation>Raporu Oluştur (PDF)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/report_dialog.py" line="88" />
        <source>İptal</source>
        <translation>İptal</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/report_dialog.py" line="180" />
        <source>Vazgeç</source>
        <translation>Vazgeç</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/report_dialog.py" line="153" />
        <source>Kapat</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/report_dialog.py" line="88" />
        <source>Rapor oluşturuluyor…</source>
        <translation>Rapor oluşturuluyor…</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/report_dialog.py" line="107" />
        <source>İptal ediliyor…</source>
        <translation>İptal ediliyor…</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/report_dialog.py" line="126" />
        <source>Rapor oluşturulamadı: {0}</source>
        <translation>Rapor oluşturulamadı: {0}</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/report_dialog.py" line="148" />
        <source>Rapor oluşturuldu:
{0}</source>
        <translation>Rapor oluşturuldu:
{0}</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/report_dialog.py" line="151" />
        <source>Aç</source>
        <translation>Aç</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/report_dialog.py" line="152" />
        <source>Klasörü aç</source>
        <translation>Klasörü aç</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/report_dialog.py" line="165" />
        <source>Bu bilgisayarda dosyayı açacak bir program bulunamadı. Rapor şurada:
{0}</source>
        <translation>Bu bilgisayarda dosyayı açacak bir program bulunamadı. Rapor şurada:
{0}</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/report_dialog.py" line="176" />
        <source>Denetimler {0} hata buldu. Rapor yine de oluşturulabilir; her sayfasında "TASLAK" filigranı olur.</source>
        <translation>Denetimler {0} hata buldu. Rapor yine de oluşturulabilir; her sayfasında "TASLAK" filigranı olur.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/report_dialog.py" line="179" />
        <source>Taslak Olarak Oluştur</source>
        <translation>Taslak Olarak Oluştur</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/report_dialog.py" line="189" />
        <source>Raporu Kaydet</source>
        <translation>Raporu Kaydet</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/report_dialog.py" line="190" />
        <source>PDF dosyası (*.pdf)</source>
        <translation>PDF dosyası (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/save_status.py" line="34" />
        <source>Yeniden Dene</source>
        <translation>Yeniden Dene</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/save_status.py" line="35" />
        <source>Kaydedilemeyen değişiklikleri şimdi yeniden kaydetmeyi dene</source>
        <translation>Kaydedilemeyen değişiklikleri şimdi yeniden kaydetmeyi dene</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/save_status.py" line="74" />
        <source>{0}

Son değişiklikleriniz veritabanına yazılmadı; yalnız bu pencerede duruyor. Bir sonraki değişiklikte, "Yeniden Dene" ile ya da Ctrl+S ile yeniden kaydedilmeye çalışılacak. Kaydedilmeden pencere kapatılırsa bu değişiklikler kaybolur.</source>
        <translation>{0}

Son değişiklikleriniz veritabanına yazılmadı; yalnız bu pencerede duruyor. Bir sonraki değişiklikte, "Yeniden Dene" ile ya da Ctrl+S ile yeniden kaydedilmeye çalışılacak. Kaydedilmeden pencere kapatılırsa bu değişiklikler kaybolur.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/save_status.py" line="86" />
        <source>Kaydedilemedi</source>
        <translation>Kaydedilemedi</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/save_status.py" line="87" />
        <source>Son değişiklikler kaydedilemedi:
{0}

Yine de devam edilsin mi? (Kaydedilmeyen değişiklikler kaybolur.)</source>
        <translation>Son değişiklikler kaydedilemedi:
{0}

Yine de devam edilsin mi? (Kaydedilmeyen değişiklikler kaybolur.)</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/keyboard.py" line="26" />
        <source>Bölümler arasında geç: içindekiler, sayfa (tablo), denetim bulguları</source>
        <translation>Bölümler arasında geç: içindekiler, sayfa (tablo), denetim bulguları</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/keyboard.py" line="28" />
        <source>Tabloda sonraki / önceki girdi hücresi (satır sonunda alt satıra geçer)</source>
        <translation>Tabloda sonraki / önceki girdi hücresi (satır sonunda alt satıra geçer)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/keyboard.py" line="30" />
        <source>Hücreyi düzenlemeye başla; düzenlerken: kaydet ve alt hücreye in</source>
        <translation>Hücreyi düzenlemeye başla; düzenlerken: kaydet ve alt hücreye in</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/keyboard.py" line="32" />
        <source>Hücredeki düzenlemeden vazgeç</source>
        <translation>Hücredeki düzenlemeden vazgeç</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/keyboard.py" line="33" />
        <source>Hücreyi düzenle</source>
        <translation>Hücreyi düzenle</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/keyboard.py" line="34" />
        <source>Seçili girdi hücrelerini temizle</source>
        <translation>Seçili girdi hücrelerini temizle</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/keyboard.py" line="35" />
        <source>Kopyala / Excel'den blok yapıştır</source>
        <translation>Kopyala / Excel'den blok yapıştır</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/keyboard.py" line="36" />
        <source>Geri al</source>
        <translation>Geri al</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/keyboard.py" line="37" />
        <source>Yinele</source>
        <translation>Yinele</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/keyboard.py" line="38" />
        <source>Bul: birim, kod, gösterge ya da metin</source>
        <translation>Bul: birim, kod, gösterge ya da metin</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/keyboard.py" line="39" />
        <source>Tablolar listesi: bir tabloya ya da bölüme git</source>
        <translation>Tablolar listesi: bir tabloya ya da bölüme git</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/keyboard.py" line="41" />
        <source>Şimdi kaydet (değişiklikler zaten kendiliğinden kaydedilir)</source>
        <translation>Şimdi kaydet (değişiklikler zaten kendiliğinden kaydedilir)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/keyboard.py" line="43" />
        <source>Denetle</source>
        <translation>Denetle</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/keyboard.py" line="44" />
        <source>Raporu oluştur (PDF)</source>
        <translation>Raporu oluştur (PDF)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/keyboard.py" line="45" />
        <source>Denetim bulgusunda: bulgunun hücresine git</source>
        <translation>Denetim bulgusunda: bulgunun hücresine git</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/keyboard.py" line="46" />
        <source>Menüleri aç (altı çizili harf)</source>
        <translation>Menüleri aç (altı çizili harf)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/keyboard.py" line="149" />
        <source>Kısayollar</source>
        <translation>Kısayollar</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/keyboard.py" line="152" />
        <source>Tuş</source>
        <translation>Tuş</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/keyboard.py" line="153" />
        <source>Ne yapar</source>
        <translation>Ne yapar</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/start_page.py" line="16" />
        <source>
&lt;h2&gt;Faaliyet Desktop'a hoş geldiniz&lt;/h2&gt;
&lt;p&gt;Bu program idarenin yıllık &lt;b&gt;Faaliyet Raporu&lt;/b&gt;nu hazırlar: tabloları ve metinleri
buraya girersiniz, program toplamları, oranları ve durumları kendisi hesaplar, yazdığınız
her şey &lt;b&gt;anında kaydedilir&lt;/b&gt; ve sonunda raporun PDF'ini oluşturur.&lt;/p&gt;
&lt;h3&gt;1. Nereden başlamalı?&lt;/h3&gt;
&lt;p&gt;Soldaki içindekiler raporun bölümlerini izler. &lt;b&gt;Ctrl+T&lt;/b&gt; ile bütün tabloların
listesini açıp bir tabloya doğrudan gidebilirsiniz. Beyaz hücreler girdi, gri hücreler
hesaplanan değerlerdir. Alttaki &lt;b&gt;Denetimler&lt;/b&gt; eksik ve tutarsız değerleri listeler:
bir bulguya çift tıklayın ya da Enter'a basın, program ilgili hücreye gider.&lt;/p&gt;
&lt;h3&gt;2. Birimlerden veri toplama&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;Dosya → Şablon Dışa Aktar…&lt;/b&gt; her birim için bir Excel şablonu üretir; birimler
şablonu doldurup geri gönderir. Gelen dosyaları &lt;b&gt;Dosya → İçe Aktar…&lt;/b&gt; ile önce
denetleyip sonra alırsınız; hangi birimin gönderdiğini &lt;b&gt;Görünüm → Konsolidasyon&lt;/b&gt;
gösterir.&lt;/p&gt;
&lt;h3&gt;3. Raporu oluşturma&lt;/h3&gt;
&lt;p&gt;Denetimlerde hata kalmadığında &lt;b&gt;Raporu Oluştur (PDF)&lt;/b&gt; (Ctrl+P) raporu yazar; bittiğinde
dosyayı ya da klasörünü açabilirsiniz.&lt;/p&gt;
&lt;h3&gt;Klavye&lt;/h3&gt;
&lt;p&gt;Excel'deki gibi: Tab sonraki girdi hücresine, Enter düzenlemeye başlar ve alt hücreye iner,
F6 içindekiler, tablo ve bulgular arasında geçer, Ctrl+F birim, kod ya da metin bulur.
Bütün kısayollar: &lt;b&gt;Yardım → Kısayollar&lt;/b&gt;. Bu sayfa: &lt;b&gt;Yardım → Başlangıç Sayfası&lt;/b&gt;.&lt;/p&gt;
</source>
        <translation>
&lt;h2&gt;Faaliyet Desktop'a hoş geldiniz&lt;/h2&gt;
&lt;p&gt;Bu program idarenin yıllık &lt;b&gt;Faaliyet Raporu&lt;/b&gt;nu hazırlar: tabloları ve metinleri
buraya girersiniz, program toplamları, oranları ve durumları kendisi hesaplar, yazdığınız
her şey &lt;b&gt;anında kaydedilir&lt;/b&gt; ve sonunda raporun PDF'ini oluşturur.&lt;/p&gt;
&lt;h3&gt;1. Nereden başlamalı?&lt;/h3&gt;
&lt;p&gt;Soldaki içindekiler raporun bölümlerini izler. &lt;b&gt;Ctrl+T&lt;/b&gt; ile bütün tabloların
listesini açıp bir tabloya doğrudan gidebilirsiniz. Beyaz hücreler girdi, gri hücreler
hesaplanan değerlerdir. Alttaki &lt;b&gt;Denetimler&lt;/b&gt; eksik ve tutarsız değerleri listeler:
bir bulguya çift tıklayın ya da Enter'a basın, program ilgili hücreye gider.&lt;/p&gt;
&lt;h3&gt;2. Birimlerden veri toplama&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;Dosya → Şablon Dışa Aktar…&lt;/b&gt; her birim için bir Excel şablonu üretir; birimler
şablonu doldurup geri gönderir. Gelen dosyaları &lt;b&gt;Dosya → İçe Aktar…&lt;/b&gt; ile önce
denetleyip sonra alırsınız; hangi birimin gönderdiğini &lt;b&gt;Görünüm → Konsolidasyon&lt;/b&gt;
gösterir.&lt;/p&gt;
&lt;h3&gt;3. Raporu oluşturma&lt;/h3&gt;
&lt;p&gt;Denetimlerde hata kalmadığında &lt;b&gt;Raporu Oluştur (PDF)&lt;/b&gt; (Ctrl+P) raporu yazar; bittiğinde
dosyayı ya da klasörünü açabilirsiniz.&lt;/p&gt;
&lt;h3&gt;Klavye&lt;/h3&gt;
&lt;p&gt;Excel'deki gibi: Tab sonraki girdi hücresine, Enter düzenlemeye başlar ve alt hücreye iner,
F6 içindekiler, tablo ve bulgular arasında geçer, Ctrl+F birim, kod ya da metin bulur.
Bütün kısayollar: &lt;b&gt;Yardım → Kısayollar&lt;/b&gt;. Bu sayfa: &lt;b&gt;Yardım → Başlangıç Sayfası&lt;/b&gt;.&lt;/p&gt;
</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/start_page.py" line="45" />
        <source>Başlangıç</source>
        <translation>Başlangıç</translation>
    </message>
</context>
<context>
    <name>StructureEdits</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/structure_edits.py" line="40" />
        <source>“{0}” silinsin mi?

Bununla birlikte {1} kayıt da silinir</source>
        <translation>“{0}” silinsin mi?

Bununla birlikte {1} kayıt da silinir</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/structure_edits.py" line="43" />
        <source> (içindeki sayıların toplamı {0})</source>
        <translation> (içindeki sayıların toplamı {0})</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/structure_edits.py" line="45" />
        <source>.
Gerekirse Düzen → Geri Al ile geri alabilirsiniz.</source>
        <translation>.
Gerekirse Düzen → Geri Al ile geri alabilirsiniz.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/structure_edits.py" line="47" />
        <source>Silmeyi onaylayın</source>
        <translation>Silmeyi onaylayın</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="58" />
        <source>Ekonomik Kodlar (I. Düzey)</source>
        <translation>Ekonomik Kodlar (I. Düzey)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="67" />
        <source>Yeni kod, önceki, cari ve sonraki yıl için sıfır ödenekle eklenir; silinen kodun tüm yıllardaki satırları silinir.</source>
        <translation>Yeni kod, önceki, cari ve sonraki yıl için sıfır ödenekle eklenir; silinen kodun tüm yıllardaki satırları silinir.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="112" />
        <source>Tablo 8–9. Bütçe Gerçekleşme Durumu (Cari Yıl)</source>
        <translation>Tablo 8–9. Bütçe Gerçekleşme Durumu (Cari Yıl)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="142" />
        <source>Toplam ödenek = KBÖ + eklenen − düşülen; kalan = toplam ödenek − harcama. Ekonomik kodları 'Ekonomik Kodlar' sayfasında ekleyin.</source>
        <translation>Toplam ödenek = KBÖ + eklenen − düşülen; kalan = toplam ödenek − harcama. Ekonomik kodları 'Ekonomik Kodlar' sayfasında ekleyin.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="184" />
        <source>Cari yıl sütunu Tablo 8–9 ile aynı veridir; birinde değiştirmek diğerini de değiştirir.</source>
        <translation>Cari yıl sütunu Tablo 8–9 ile aynı veridir; birinde değiştirmek diğerini de değiştirir.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="190" />
        <source>Tablo 7. Önceki Yıl ve Cari Yıl Başlangıç Ödenekleri</source>
        <translation>Tablo 7. Önceki Yıl ve Cari Yıl Başlangıç Ödenekleri</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="193" />
        <source>Tablo 12–13. Cari Yıl ve Sonraki Yıl Başlangıç Ödenekleri</source>
        <translation>Tablo 12–13. Cari Yıl ve Sonraki Yıl Başlangıç Ödenekleri</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="232" />
        <source>Şekil 2. Yıllara Göre Bütçe Harcama Oranı</source>
        <translation>Şekil 2. Yıllara Göre Bütçe Harcama Oranı</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="247" />
        <source>Cari yılın değerleri Tablo 9 toplamlarına eşit olmalıdır (denetimler karşılaştırır).</source>
        <translation>Cari yılın değerleri Tablo 9 toplamlarına eşit olmalıdır (denetimler karşılaştırır).</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="291" />
        <source>Tablo 10. Program, Alt Program ve Faaliyet Bazında Harcamalar</source>
        <translation>Tablo 10. Program, Alt Program ve Faaliyet Bazında Harcamalar</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="314" />
        <source>Program ve alt program satırları faaliyetlerin toplamıdır. Yeni faaliyet seçili alt programın altına eklenir.</source>
        <translation>Program ve alt program satırları faaliyetlerin toplamıdır. Yeni faaliyet seçili alt programın altına eklenir.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="336" />
        <source>Tabloya eklenecek birim kalmadı.</source>
        <translation>Tabloya eklenecek birim kalmadı.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="354" />
        <source>Tablo 11. Harcama Birimleri Bazında Harcamalar</source>
        <translation>Tablo 11. Harcama Birimleri Bazında Harcamalar</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="375" />
        <source>Birim filtresi seçiliyse yalnız o birimin alt birimleri ve onların toplamı gösterilir.</source>
        <translation>Birim filtresi seçiliyse yalnız o birimin alt birimleri ve onların toplamı gösterilir.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="64" />
        <source>İdare Bilgileri</source>
        <translation>İdare Bilgileri</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="139" />
        <source>Örgüt Yapısı: Birimler</source>
        <translation>Örgüt Yapısı: Birimler</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="155" />
        <source>Birim ağacı: Tablo 2–5 ve 11 bu birimleri kullanır. Birimleri üst birimleri içinde sıralayın.</source>
        <translation>Birim ağacı: Tablo 2–5 ve 11 bu birimleri kullanır. Birimleri üst birimleri içinde sıralayın.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="179" />
        <source>Tablo 1. Fiziksel Kaynaklar</source>
        <translation>Tablo 1. Fiziksel Kaynaklar</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="262" />
        <source>Gri italik hücreler alt birimlerin toplamıdır; bir birime değer yazarsanız o değer geçerli olur. Boş bırakmak için hücreyi silin.</source>
        <translation>Gri italik hücreler alt birimlerin toplamıdır; bir birime değer yazarsanız o değer geçerli olur. Boş bırakmak için hücreyi silin.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="270" />
        <source>Tablo 3. İstihdam Şekline Göre Personel Dağılımı</source>
        <translation>Tablo 3. İstihdam Şekline Göre Personel Dağılımı</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="274" />
        <source>Tablo 4. Cinsiyete Göre Personel Dağılımı</source>
        <translation>Tablo 4. Cinsiyete Göre Personel Dağılımı</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="277" />
        <source>Tablo 5. Eğitim Durumuna Göre Personel Dağılımı</source>
        <translation>Tablo 5. Eğitim Durumuna Göre Personel Dağılımı</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="309" />
        <source>Tablo 2. Bilgi ve Teknolojik Kaynaklar</source>
        <translation>Tablo 2. Bilgi ve Teknolojik Kaynaklar</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="313" />
        <source>Gri italik hücreler alt birimlerin toplamıdır; bir birime değer yazarsanız o değer geçerli olur.</source>
        <translation>Gri italik hücreler alt birimlerin toplamıdır; bir birime değer yazarsanız o değer geçerli olur.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="325" />
        <source>Envanter kalemleri</source>
        <translation>Envanter kalemleri</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="43" />
        <source>Programlar</source>
        <translation>Programlar</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="74" />
        <source>Tablo 14. Programlar, Alt Programlar ve Alt Program Hedefleri</source>
        <translation>Tablo 14. Programlar, Alt Programlar ve Alt Program Hedefleri</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="180" />
        <source>Tablo 15. Form-3: Performans Göstergelerinin Çeyreklik İzlenmesi</source>
        <translation>Tablo 15. Form-3: Performans Göstergelerinin Çeyreklik İzlenmesi</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="240" />
        <source>Yıl sonu değeri göstergenin kuralına göre hesaplanır; oran = yıl sonu / hedef (azalan göstergede hedef / yıl sonu). Boş çeyrek değeri geçici yapar. Çeyrek değerlendirmelerini alttaki alanlara yazın.</source>
        <translation>Yıl sonu değeri göstergenin kuralına göre hesaplanır; oran = yıl sonu / hedef (azalan göstergede hedef / yıl sonu). Boş çeyrek değeri geçici yapar. Çeyrek değerlendirmelerini alttaki alanlara yazın.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="256" />
        <source>Tablo 16. Form-4: Performans Programı Sonuçları</source>
        <translation>Tablo 16. Form-4: Performans Programı Sonuçları</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="283" />
        <source>Form-4 değerleri Form-3'ten gelir. Burada yalnız hangi göstergelerin hangi formda yer aldığı ve Form-4 sırası seçilir.</source>
        <translation>Form-4 değerleri Form-3'ten gelir. Burada yalnız hangi göstergelerin hangi formda yer aldığı ve Form-4 sırası seçilir.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="47" />
        <source>Stratejik Amaçlar</source>
        <translation>Stratejik Amaçlar</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="83" />
        <source>Tablo 6. İdarenin Amaç ve Hedefleri</source>
        <translation>Tablo 6. İdarenin Amaç ve Hedefleri</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="115" />
        <source>Tablo 17. Hedefler: Sorumlular, Sapmalar, Performans</source>
        <translation>Tablo 17. Hedefler: Sorumlular, Sapmalar, Performans</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="135" />
        <source>Hedef performansı = Σ ağırlık × gösterge performansı; hedefleri Tablo 6'da ekleyin.</source>
        <translation>Hedef performansı = Σ ağırlık × gösterge performansı; hedefleri Tablo 6'da ekleyin.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="199" />
        <source>Tablo 17. Performans Göstergeleri (A, B, C)</source>
        <translation>Tablo 17. Performans Göstergeleri (A, B, C)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="234" />
        <source>Gösterge performansı = (C − A) / (B − A), %0 ile %100 arasında; B = A ise tanımsızdır (—). Dört değerlendirmeyi alttaki alanlara yazın.</source>
        <translation>Gösterge performansı = (C − A) / (B − A), %0 ile %100 arasında; B = A ise tanımsızdır (—). Dört değerlendirmeyi alttaki alanlara yazın.</translation>
    </message>
</context>
<context>
    <name>TextBinding</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/text_binding.py" line="63" />
        <source>Değişiklik Geçmişi…</source>
        <translation>Değişiklik Geçmişi…</translation>
    </message>
</context>
<context>
    <name>UnitSearch</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/unit_search.py" line="57" />
        <source>Birim adı yazın…</source>
        <translation>Birim adı yazın…</translation>
    </message>
</context>
<context>
    <name>YearActions</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/year_actions.py" line="27" />
        <location filename="../src/faaliyet_desktop/ui/year_actions.py" line="32" />
        <source>Yılı sil</source>
        <translation>Yılı sil</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/year_actions.py" line="28" />
        <source>{0} veritabanındaki tek yıl; silinemez. Önce yeni bir yıl oluşturun.</source>
        <translation>{0} veritabanındaki tek yıl; silinemez. Önce yeni bir yıl oluşturun.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/year_actions.py" line="33" />
        <source>{0} yılının raporu, bütün tabloları ve metinleri silinecek.

Önce veritabanının yedeği alınır; gerekirse Dosya → Yedekten Geri Yükle ile geri getirebilirsiniz.

{0} yılı silinsin mi?</source>
        <translation>{0} yılının raporu, bütün tabloları ve metinleri silinecek.

Önce veritabanının yedeği alınır; gerekirse Dosya → Yedekten Geri Yükle ile geri getirebilirsiniz.

{0} yılı silinsin mi?</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/year_actions.py" line="45" />
        <location filename="../src/faaliyet_desktop/ui/year_actions.py" line="50" />
        <source>Yıl silinemedi</source>
        <translation>Yıl silinemedi</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/year_actions.py" line="46" />
        <source>{0}

Hiçbir şey silinmedi.</source>
        <translation>{0}

Hiçbir şey silinmedi.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/year_actions.py" line="54" />
        <source> Yedek: {0}</source>
        <translation> Yedek: {0}</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/year_actions.py" line="55" />
        <source>{0} yılı silindi.</source>
        <translation>{0} yılı silindi.</translation>
    </message>
</context>
</TS>