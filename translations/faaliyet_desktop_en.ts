<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message>
        <location filename="../src/faaliyet_desktop/app.py" line="68" />
        <location filename="../src/faaliyet_desktop/app.py" line="95" />
        <source>Veritabanı açılamadı</source>
        <translation>The database could not be opened</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/app.py" line="70" />
        <location filename="../src/faaliyet_desktop/app.py" line="96" />
        <source>Başka Dosya Seç…</source>
        <translation>Choose Another File…</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/app.py" line="71" />
        <location filename="../src/faaliyet_desktop/app.py" line="97" />
        <source>Yeni Veritabanı Oluştur…</source>
        <translation>Create a New Database…</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/app.py" line="73" />
        <location filename="../src/faaliyet_desktop/app.py" line="98" />
        <source>Çık</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/app.py" line="78" />
        <location filename="../src/faaliyet_desktop/app.py" line="99" />
        <source>Veritabanı Aç</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/app.py" line="79" />
        <location filename="../src/faaliyet_desktop/app.py" line="100" />
        <source>Faaliyet veritabanı (*.sqlite *.db);;Tüm dosyalar (*)</source>
        <translation>Activity report database (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/app.py" line="83" />
        <location filename="../src/faaliyet_desktop/app.py" line="101" />
        <source>Yeni Veritabanı</source>
        <translation>New Database</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/app.py" line="84" />
        <location filename="../src/faaliyet_desktop/app.py" line="102" />
        <source>Faaliyet veritabanı (*.sqlite)</source>
        <translation>Activity report database (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/backup_dialog.py" line="92" />
        <source>Başka Dosya Seç…</source>
        <translation>Choose Another File…</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/backup_dialog.py" line="56" />
        <source>Yedek alınamadı</source>
        <translation>The backup failed</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/backup_dialog.py" line="59" />
        <source>Yedek alındı</source>
        <translation>Backup made</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/backup_dialog.py" line="60" />
        <source>Veritabanının yedeği alındı:
{path}
({size})</source>
        <translation>The database was backed up:
{path}
({size})</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/backup_dialog.py" line="71" />
        <location filename="../src/faaliyet_desktop/ui/backup_dialog.py" line="166" />
        <location filename="../src/faaliyet_desktop/ui/backup_dialog.py" line="183" />
        <source>Yedekten Geri Yükle</source>
        <translation>Restore from Backup</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/backup_dialog.py" line="74" />
        <source>Geri yüklenecek yedeği seçin. Veritabanının şimdiki hali geri yüklemeden önce ayrıca yedeklenir; hiçbir şey kaybolmaz.</source>
        <translation>Choose the backup to restore. The database as it is now is backed up first; nothing is lost.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/backup_dialog.py" line="80" />
        <source>Tarih</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/backup_dialog.py" line="80" />
        <source>Neden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/backup_dialog.py" line="80" />
        <source>Boyut</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/backup_dialog.py" line="80" />
        <source>Yıllar</source>
        <translation>Years</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/backup_dialog.py" line="89" />
        <source>Bu veritabanının henüz yedeği yok.</source>
        <translation>This database has no backup yet.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/backup_dialog.py" line="93" />
        <source>Geri Yükle</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/backup_dialog.py" line="111" />
        <source>{n} yıl ({years})</source>
        <translation>{n} years ({years})</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/backup_dialog.py" line="134" />
        <source>Yedek Dosyası Seç</source>
        <translation>Choose a Backup File</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/backup_dialog.py" line="135" />
        <source>Faaliyet yedeği (*.sqlite *.db);;Tüm dosyalar (*)</source>
        <translation>Activity report backup (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/backup_dialog.py" line="148" />
        <location filename="../src/faaliyet_desktop/ui/backup_dialog.py" line="153" />
        <source>Geri yükleme yapılamaz</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/backup_dialog.py" line="149" />
        <source>Paylaşılan (sunucudaki) veritabanı uygulamadan geri yüklenmez; sunucunun kendi yedeklerini kullanın.</source>
        <translation>A shared (server) database is not restored from the application; use the server's own backups.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/backup_dialog.py" line="154" />
        <source>Veritabanı salt okunur.</source>
        <translation>The database is read-only.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/backup_dialog.py" line="162" />
        <source>Geri yüklenemez</source>
        <translation>Cannot be restored</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/backup_dialog.py" line="167" />
        <source>Veritabanı {date} tarihli yedekle ({years}) değiştirilecek. Şimdiki hali önce yedeklenecek. Devam edilsin mi?</source>
        <translation>The database will be replaced by the backup of {date} ({years}). Its current state is backed up first. Continue?</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/backup_dialog.py" line="178" />
        <source>Geri yüklenemedi</source>
        <translation>The restore failed</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/backup_dialog.py" line="180" />
        <source>Yedek geri yüklendi.</source>
        <translation>The backup was restored.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/backup_dialog.py" line="182" />
        <source>Önceki hali şuraya yedeklendi:
{path}</source>
        <translation>The previous state was backed up to:
{path}</translation>
    </message>
</context>
<context>
    <name>BulkExport</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/bulk_export.py" line="39" />
        <source>Şablonlar yazılıyor</source>
        <translation>Writing templates</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/bulk_export.py" line="41" />
        <source>Tüm Birimlere Şablon</source>
        <translation>Templates for Every Unit</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/bulk_export.py" line="48" />
        <source>Şablonların yazılacağı klasör</source>
        <translation>Folder for the templates</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/bulk_export.py" line="56" />
        <source>Tüm Birimlere Şablon Gönder…</source>
        <translation>Send Templates to Every Unit…</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/bulk_export.py" line="84" />
        <source>Listeyi Excel'e Aktar</source>
        <translation>Export the List to Excel</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/bulk_export.py" line="92" />
        <source>Tüm birimlere şablon…</source>
        <translation>Templates for every unit…</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/bulk_export.py" line="94" />
        <source>Listeyi Excel'e aktar…</source>
        <translation>Export the list to Excel…</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/bulk_export.py" line="102" />
        <source>Birim durum listesi</source>
        <translation>Unit status list</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/bulk_export.py" line="104" />
        <source>Excel Çalışma Kitabı (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>CellHistoryDialog</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/history_view.py" line="191" />
        <source>Değişiklik geçmişi: {0}</source>
        <translation>Change history: {0}</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/history_view.py" line="211" />
        <source>{0} değişiklik (en eskisi üstte).</source>
        <translation>{0} changes (oldest first).</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/history_view.py" line="213" />
        <source>Bu hücre için kayıtlı bir değişiklik yok.</source>
        <translation>No change is recorded for this cell.</translation>
    </message>
</context>
<context>
    <name>ChangeLogWidget</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/history_view.py" line="239" />
        <source>Yalnızca son hatasız denetimden sonrakiler</source>
        <translation>Only after the last clean check</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/history_view.py" line="244" />
        <source>Tablo:</source>
        <translation>Table:</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/history_view.py" line="274" />
        <source>Denetimler bu yıl hiç hatasız geçmedi; bütün değişiklikler gösteriliyor.</source>
        <translation>The checks never passed without errors this year; all changes are shown.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/history_view.py" line="277" />
        <source>Son hatasız denetim: {0}, {1}.</source>
        <translation>Last clean check: {0}, {1}.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/history_view.py" line="281" />
        <source>En yeni {0} değişiklik gösteriliyor.</source>
        <translation>Showing the newest {0} changes.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/history_view.py" line="296" />
        <source>Bütün tablolar</source>
        <translation>All tables</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/history_view.py" line="307" />
        <source>{0} değişiklik.</source>
        <translation>{0} changes.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/history_view.py" line="308" />
        <source>Değişiklik yok.</source>
        <translation>No changes.</translation>
    </message>
</context>
<context>
    <name>ChangeModel</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/history_view.py" line="38" />
        <source>Zaman</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/history_view.py" line="39" />
        <source>Kullanıcı</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/history_view.py" line="40" />
        <source>Kaynak</source>
        <translation>Resource</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/history_view.py" line="41" />
        <source>Tablo</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/history_view.py" line="42" />
        <source>Satır</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/history_view.py" line="43" />
        <source>Alan</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/history_view.py" line="44" />
        <source>Eski değer</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/history_view.py" line="45" />
        <source>Yeni değer</source>
        <translation>New value</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/history_view.py" line="48" />
        <source>elle girildi</source>
        <translation>typed</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/history_view.py" line="49" />
        <source>Excel'den içe aktarıldı</source>
        <translation>imported from Excel</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/history_view.py" line="50" />
        <source>önceki yıldan aktarıldı</source>
        <translation>carried from the previous year</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/history_view.py" line="51" />
        <source>geri yüklendi</source>
        <translation>restored</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/history_view.py" line="52" />
        <source>örnek veri</source>
        <translation>sample data</translation>
    </message>
</context>
<context>
    <name>ChecksModel</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/checks_model.py" line="17" />
        <source>Önem</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/checks_model.py" line="18" />
        <source>Tablo</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/checks_model.py" line="19" />
        <source>Bulgu</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/checks_model.py" line="22" />
        <source>KABUL</source>
        <translation>ACCEPTED</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/checks_model.py" line="23" />
        <source>kabul edildi</source>
        <translation>accepted</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/checks_panel.py" line="69" />
        <source>Yalnız hatalar</source>
        <translation>Errors only</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/checks_panel.py" line="70" />
        <source>Yalnız bu sayfa</source>
        <translation>This page only</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/checks_panel.py" line="73" />
        <source>Denetle</source>
        <translation>Run Checks</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/checks_panel.py" line="75" />
        <source>Denetimleri şimdi çalıştırır ve bu çalıştırmayı değişiklik geçmişine kaydeder.</source>
        <translation>Runs the checks now and records this run in the change history.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/checks_panel.py" line="122" />
        <source>{0} bulgu: {1} hata, {2} uyarı. Bulguya gitmek için çift tıklayın ya da Enter'a basın.</source>
        <translation>{0} findings: {1} errors, {2} warnings. Double-click a finding or press Enter to go to it.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/checks_panel.py" line="126" />
        <source>{0} bulgu kabul edildi.</source>
        <translation>{0} findings accepted.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/checks_panel.py" line="184" />
        <source>Kabul et…</source>
        <translation>Accept…</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/checks_panel.py" line="188" />
        <location filename="../src/faaliyet_desktop/ui/checks_panel.py" line="220" />
        <location filename="../src/faaliyet_desktop/ui/checks_panel.py" line="261" />
        <location filename="../src/faaliyet_desktop/ui/checks_panel.py" line="264" />
        <source>Kabulü geri al</source>
        <translation>Revoke the acceptance</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/checks_panel.py" line="202" />
        <location filename="../src/faaliyet_desktop/ui/checks_panel.py" line="243" />
        <location filename="../src/faaliyet_desktop/ui/checks_panel.py" line="246" />
        <source>Bulguyu kabul et</source>
        <translation>Accept the finding</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/checks_panel.py" line="208" />
        <source>Kabul eden (ad soyad):</source>
        <translation>Accepted by (full name):</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/checks_panel.py" line="209" />
        <source>Gerekçe:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/checks_panel.py" line="221" />
        <source>Geri alan (ad soyad):</source>
        <translation>Revoked by (full name):</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/spec_table_model.py" line="244" />
        <source>Hesaplanan alan: elle girilmez.</source>
        <translation>Derived field: not typed.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/spec_table_model.py" line="335" />
        <source>Alt birimlerin toplamı; bir değer yazarsanız o geçerli olur.</source>
        <translation>Sum of the sub-units; a value you type takes precedence.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/spec_table_model.py" line="338" />
        <source>Hesaplanan alan</source>
        <translation>Derived field</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/spec_table_model.py" line="396" />
        <source>{0} ({1}): {2}</source>
        <translation>{0} ({1}): {2}</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="45" />
        <source>Yeni ekonomik kod</source>
        <translation>New economic code</translation>
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
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="60" />
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="116" />
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="174" />
        <source>Ekonomik sınıflandırma</source>
        <translation>Economic classification</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="121" />
        <source>Eklenen</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="124" />
        <source>Düşülen</source>
        <translation>Deducted</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="127" />
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="237" />
        <source>Toplam ödenek</source>
        <translation>Total appropriation</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="129" />
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="240" />
        <source>Harcama</source>
        <translation>Spending</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="132" />
        <source>Kalan</source>
        <translation>Remaining</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="134" />
        <source>Gerçekleşme %</source>
        <translation>Realisation %</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="180" />
        <source>Artış %</source>
        <translation>Increase %</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="191" />
        <source>Önceki yıl KBÖ</source>
        <translation>Previous year initial</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="191" />
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="194" />
        <source>Cari yıl KBÖ</source>
        <translation>Current year initial</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="195" />
        <source>Sonraki yıl KBÖ (Tablo 12)</source>
        <translation>Next year initial (Table 12)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="234" />
        <source>Yıl</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="242" />
        <source>Harcama oranı</source>
        <translation>Spending rate</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="278" />
        <source>Yeni faaliyet</source>
        <translation>New activity</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="296" />
        <source>Program / alt program / faaliyet</source>
        <translation>Program / sub-program / activity</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="118" />
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="298" />
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="361" />
        <source>KBÖ</source>
        <translation>Initial approp.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="120" />
        <source>Kanunla verilen başlangıç ödeneği</source>
        <translation>Initial appropriation by the budget law</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="137" />
        <source>Pay %</source>
        <translation>Share %</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="139" />
        <source>Tablo 8: kodun KBÖ toplamındaki payı</source>
        <translation>Table 8: the code's share of the initial appropriations</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="300" />
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="363" />
        <source>Yıl sonu toplam ödenek</source>
        <translation>Year-end total appropriation</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="303" />
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="366" />
        <source>Gerçekleşme</source>
        <translation>Realisation</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="305" />
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="368" />
        <source>Gerç./KBÖ</source>
        <translation>Real./Initial</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="307" />
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="370" />
        <source>Gerç./Toplam</source>
        <translation>Real./Total</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="357" />
        <source>Harcama birimi</source>
        <translation>Spending unit</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="40" />
        <source>İdarenin adı</source>
        <translation>Name of the institution</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="41" />
        <source>Kısa adı</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="42" />
        <source>Üst yönetici</source>
        <translation>Head of institution</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="43" />
        <source>Unvanı</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="44" />
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="65" />
        <source>Bilgi</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="66" />
        <source>Değer</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="73" />
        <source>İdare</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="74" />
        <source>Teşkilat (Merkez/Taşra)</source>
        <translation>Organisation (central/provincial)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="75" />
        <source>Genel Müdürlük</source>
        <translation>General directorate</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="76" />
        <source>Daire Başkanlığı / Birim</source>
        <translation>Department / unit</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="77" />
        <source>İl Müdürlüğü</source>
        <translation>Provincial directorate</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="78" />
        <source>Merkez (Geri Gönderme, Barınma)</source>
        <translation>Centre (removal, accommodation)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="133" />
        <source>Yeni birim</source>
        <translation>New unit</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="144" />
        <source>Birim adı</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="146" />
        <source>Türü</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="149" />
        <source>Üst birim</source>
        <translation>Parent unit</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="169" />
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="320" />
        <source>Yeni kalem</source>
        <translation>New item</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="181" />
        <source>Kaynak</source>
        <translation>Resource</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="183" />
        <source>Adet</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="185" />
        <source>Kapasite / açıklama</source>
        <translation>Capacity / note</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="188" />
        <source>Alan (m²)</source>
        <translation>Area (m²)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="216" />
        <source>Birim</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="260" />
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="311" />
        <source>Toplam</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="327" />
        <source>Kalem</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="38" />
        <source>Yeni program</source>
        <translation>New program</translation>
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
        <translation>New sub-program</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="81" />
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="184" />
        <source>Alt program</source>
        <translation>Sub-program</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="83" />
        <source>Alt program hedefi (Form-3 başlığı)</source>
        <translation>Sub-program objective (Form-3 heading)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="86" />
        <source>Alt program hedefleri (; ile ayırın)</source>
        <translation>Sub-program targets (separate with ;)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="88" />
        <source>Stratejik amaçlar</source>
        <translation>Strategic aims</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="98" />
        <source>Toplam (akış)</source>
        <translation>Sum (flow)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="99" />
        <source>Son çeyrek (stok)</source>
        <translation>Last quarter (stock)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="100" />
        <source>Ortalama</source>
        <translation>Average</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="101" />
        <source>Elle girilir</source>
        <translation>Typed</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="149" />
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="167" />
        <source>Yeni gösterge</source>
        <translation>New indicator</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="170" />
        <source>Geçici (onaylandı)</source>
        <translation>Provisional (confirmed)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="171" />
        <source>Geçici: çeyrek eksik</source>
        <translation>Provisional: quarter missing</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="174" />
        <source>1. Çeyrek</source>
        <translation>Q1</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="175" />
        <source>2. Çeyrek</source>
        <translation>Q2</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="176" />
        <source>3. Çeyrek</source>
        <translation>Q3</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="177" />
        <source>4. Çeyrek</source>
        <translation>Q4</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="187" />
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="266" />
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="204" />
        <source>Performans göstergesi</source>
        <translation>Performance indicator</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="189" />
        <source>Ölçü</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="191" />
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="227" />
        <source>Yön</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="193" />
        <source>Artan: oran = yıl sonu / hedef; azalan (düşük değer iyidir): oran = hedef / yıl sonu, yıl sonu 0 ise Aşıldı.</source>
        <translation>Increasing: ratio = year-end / target; decreasing (lower is better): ratio = target / year-end, Exceeded if the year-end is 0.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="196" />
        <source>Önceki yıl</source>
        <translation>Prev. year</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="198" />
        <source>Önceki değer</source>
        <translation>Prev. value</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="200" />
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="268" />
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="88" />
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="118" />
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="202" />
        <source>Hedef</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="202" />
        <source>Yıl sonu tahmini</source>
        <translation>Year-end estimate</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="209" />
        <source>Yıl sonu kuralı</source>
        <translation>Year-end rule</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="212" />
        <source>Yıl sonu (elle)</source>
        <translation>Year-end (typed)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="215" />
        <source>Yalnız yıl sonu kuralı 'Elle girilir' olan göstergelerde yazılır.</source>
        <translation>Typed only for indicators whose year-end rule is 'Typed'.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="217" />
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="270" />
        <source>Yıl sonu değeri</source>
        <translation>Year-end value</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="219" />
        <source>Bir çeyrek boşsa değer geçicidir (italik, işaretli); durumu onaylanana kadar raporda gösterilmez.</source>
        <translation>If a quarter is empty the value is provisional (italic, marked); its status is not shown in the report until confirmed.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="222" />
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="277" />
        <source>Gerçekleşme oranı</source>
        <translation>Realisation ratio</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="224" />
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="279" />
        <source>Durum</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="226" />
        <source>Kesinlik</source>
        <translation>Finality</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="228" />
        <source>Geçici değeri onayla</source>
        <translation>Confirm provisional value</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="231" />
        <source>Eksik çeyrekle hesaplanan yıl sonu değerinin durumu, yalnız bir kişi onaylarsa nihai raporda gösterilir.</source>
        <translation>The status of a year-end value computed with a missing quarter is shown in the final report only once someone confirms it.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="234" />
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="128" />
        <source>Sapmanın nedeni</source>
        <translation>Reason for deviation</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="258" />
        <source>Form-4'te</source>
        <translation>In Form-4</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="260" />
        <source>Form-3'te</source>
        <translation>In Form-3</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="262" />
        <source>Sıra</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="272" />
        <source>Yıl sonu (Form-3'te yoksa)</source>
        <translation>Year-end (if not in Form-3)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="275" />
        <source>Form-3'te izlenmeyen göstergenin yıl sonu değeri; 0 bir değerdir, boş 'girilmedi'dir.</source>
        <translation>Year-end value of an indicator not tracked in Form-3; 0 is a value, empty means 'not entered'.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="37" />
        <source>Yeni amaç</source>
        <translation>New aim</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="50" />
        <source>Kısa başlık (Tablo 6)</source>
        <translation>Short title (Table 6)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="52" />
        <source>Amaç (Tablo 17 başlığı)</source>
        <translation>Aim (Table 17 heading)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="78" />
        <source>Yeni hedef</source>
        <translation>New goal</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="86" />
        <source>Amaç</source>
        <translation>Aim</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="119" />
        <source>Başlık</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="121" />
        <source>Sorumlu birimler (kod; kod)</source>
        <translation>Responsible units (code; code)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="123" />
        <source>Ağırlık toplamı</source>
        <translation>Sum of weights</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="126" />
        <source>Hedef performansı</source>
        <translation>Goal performance</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="131" />
        <source>Alınan tedbirler</source>
        <translation>Measures taken</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="176" />
        <source>Artan</source>
        <translation>Increasing</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="177" />
        <source>Azalan</source>
        <translation>Decreasing</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="180" />
        <source>Yıllık</source>
        <translation>Annual</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="181" />
        <source>Kümülatif</source>
        <translation>Cumulative</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="182" />
        <source>Düzey</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="206" />
        <source>Hedefe etkisi (%)</source>
        <translation>Weight (%)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="209" />
        <source>Başlangıç (A)</source>
        <translation>Baseline (A)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="211" />
        <source>Hedef (B)</source>
        <translation>Target (B)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="213" />
        <source>Gerçekleşme (C)</source>
        <translation>Actual (C)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="215" />
        <source>Performans</source>
        <translation>Performance</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="217" />
        <source>(C − A) / (B − A), %0–%100 arasında</source>
        <translation>(C − A) / (B − A), between 0% and 100%</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="218" />
        <source>Form-3 göstergesi</source>
        <translation>Form-3 indicator</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="221" />
        <source>Gösterge türü</source>
        <translation>Indicator type</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="223" />
        <source>Yıllık: B ve C yılın kendi değeri; kümülatif: plan başından sayılır, A'yı içerir (Form-3 ile B − A, C − A karşılaştırılır); düzey: bir stok değeri.</source>
        <translation>Annual: B and C are the year's own values; cumulative: counted from the start of the plan, includes A (Form-3 is compared with B − A, C − A); level: a stock value.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="229" />
        <source>Artan: yüksek değer iyidir; azalan: düşük değer iyidir (B &lt; A).</source>
        <translation>Increasing: higher is better; decreasing: lower is better (B &lt; A).</translation>
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
        <translation>Text: {0}</translation>
    </message>
</context>
<context>
    <name>DeclarationPage</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/narrative_editor.py" line="265" />
        <source>Başlık</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/narrative_editor.py" line="265" />
        <source>Yer</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/narrative_editor.py" line="266" />
        <source>Tarih (ay ve yıl)</source>
        <translation>Date (month and year)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/narrative_editor.py" line="267" />
        <source>İmzalayan</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/narrative_editor.py" line="268" />
        <source>Unvanı</source>
        <translation>Title</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="23" />
        <source>Ulaşılamadı</source>
        <translation>Not reached</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="24" />
        <source>Kısmen Ulaşıldı</source>
        <translation>Partly reached</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="25" />
        <source>Ulaşıldı</source>
        <translation>Reached</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="26" />
        <source>Aşıldı</source>
        <translation>Exceeded</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="27" />
        <source>Dolu Kadro</source>
        <translation>Permanent posts</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="28" />
        <source>Sözleşmeli Personel</source>
        <translation>Contract staff</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="29" />
        <source>Kadrolu İşçi</source>
        <translation>Permanent workers</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="30" />
        <source>Hizmet Alımı</source>
        <translation>Outsourced staff</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="31" />
        <source>Geçici Personel</source>
        <translation>Temporary staff</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="32" />
        <source>Kadın</source>
        <translation>Women</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="33" />
        <source>Erkek</source>
        <translation>Men</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="34" />
        <source>İlköğretim</source>
        <translation>Primary</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="35" />
        <source>Lise</source>
        <translation>High school</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="36" />
        <source>Ön Lisans</source>
        <translation>Associate degree</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="37" />
        <source>Lisans</source>
        <translation>Bachelor's</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="38" />
        <source>Yüksek Lisans</source>
        <translation>Master's</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="39" />
        <source>Doktora</source>
        <translation>Doctorate</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="40" />
        <source>Sayı</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="41" />
        <source>Oran</source>
        <translation>Ratio</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="42" />
        <source>Yüzde</source>
        <translation>Percent</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="43" />
        <source>HATA</source>
        <translation>ERROR</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="44" />
        <source>UYARI</source>
        <translation>WARNING</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="45" />
        <source>Başkan Sunuşu</source>
        <translation>Foreword</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="46" />
        <source>Yönetici Özeti</source>
        <translation>Executive Summary</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="47" />
        <source>Misyonumuz</source>
        <translation>Mission</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="48" />
        <source>Vizyonumuz</source>
        <translation>Vision</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="49" />
        <source>Yetki, Görev ve Sorumluluklar</source>
        <translation>Powers, Duties and Responsibilities</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="50" />
        <source>Fiziksel Yapı</source>
        <translation>Physical Structure</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="51" />
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="73" />
        <source>Örgüt Yapısı</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="52" />
        <source>Bilgi ve Teknolojik Kaynaklar</source>
        <translation>Information and Technology Resources</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="53" />
        <source>İnsan Kaynakları</source>
        <translation>Human Resources</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="54" />
        <source>Sunulan Hizmetler</source>
        <translation>Services Provided</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="55" />
        <source>Yönetim ve İç Kontrol Sistemi</source>
        <translation>Management and Internal Control</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="56" />
        <source>İdarenin Amaç ve Hedefleri</source>
        <translation>Aims and Goals of the Institution</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="57" />
        <source>Temel Politikalar ve Öncelikler</source>
        <translation>Basic Policies and Priorities</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="58" />
        <source>Bütçe Uygulama Sonuçları</source>
        <translation>Budget Execution Results</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="59" />
        <source>Temel Mali Tablolara İlişkin Açıklamalar</source>
        <translation>Notes on the Main Financial Tables</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="60" />
        <source>Mali Denetim Sonuçları</source>
        <translation>Financial Audit Results</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="61" />
        <source>Program, Alt Program ve Faaliyet Bilgileri</source>
        <translation>Programs, Sub-programs and Activities</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="62" />
        <source>Performans Sonuçlarının Değerlendirilmesi</source>
        <translation>Evaluation of Performance Results</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="63" />
        <source>Performans Denetim Sonuçları</source>
        <translation>Performance Audit Results</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="64" />
        <source>Stratejik Planın Değerlendirilmesi</source>
        <translation>Evaluation of the Strategic Plan</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="65" />
        <source>Performans Bilgi Sisteminin Değerlendirilmesi</source>
        <translation>Evaluation of the Performance Information System</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="66" />
        <source>Diğer Hususlar</source>
        <translation>Other Matters</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="67" />
        <source>Kurumsal Kabiliyet ve Kapasitenin Değerlendirilmesi</source>
        <translation>Institutional Capability and Capacity</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="68" />
        <source>Stratejik Planda Öngörülemeyen Kurumsal Kapasite İhtiyaçları</source>
        <translation>Capacity Needs Not Foreseen in the Strategic Plan</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="69" />
        <source>Üstünlükler</source>
        <translation>Strengths</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="70" />
        <source>Zayıflıklar</source>
        <translation>Weaknesses</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="71" />
        <source>Değerlendirme</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="72" />
        <source>Öneri ve Tedbirler</source>
        <translation>Recommendations and Measures</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="74" />
        <source>Tablo 1</source>
        <translation>Table 1</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="75" />
        <source>Tablo 2</source>
        <translation>Table 2</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="76" />
        <source>Tablo 3</source>
        <translation>Table 3</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="77" />
        <source>Tablo 4</source>
        <translation>Table 4</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="78" />
        <source>Tablo 5</source>
        <translation>Table 5</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="79" />
        <source>Tablo 6</source>
        <translation>Table 6</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="80" />
        <source>Şekil 2</source>
        <translation>Figure 2</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="81" />
        <source>Tablo 9</source>
        <translation>Table 9</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="82" />
        <source>Tablo 10</source>
        <translation>Table 10</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="83" />
        <source>Tablo 11</source>
        <translation>Table 11</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="84" />
        <source>Tablo 14</source>
        <translation>Table 14</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="85" />
        <source>Tablo 15 (Form-3)</source>
        <translation>Table 15 (Form-3)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="86" />
        <source>Tablo 16 (Form-4)</source>
        <translation>Table 16 (Form-4)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="87" />
        <source>Tablo 17</source>
        <translation>Table 17</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="88" />
        <source>Metin</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/i18n.py" line="89" />
        <source>Ekler</source>
        <translation>Annexes</translation>
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
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="365" />
        <source>Uygula</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="562" />
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="366" />
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="627" />
        <source>Dosya</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="562" />
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="366" />
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="627" />
        <source>Birim</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="367" />
        <source>Yeni</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="367" />
        <source>Değişen</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="368" />
        <source>Değişmeyen</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="368" />
        <source>Reddedilen</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="369" />
        <source>Yeni bulgu</source>
        <translation>New findings</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="369" />
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="631" />
        <source>Açıklama</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="371" />
        <source>Sayfa</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="372" />
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="626" />
        <source>Kod</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="372" />
        <source>Ad</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="373" />
        <source>Hücre</source>
        <translation>Cell</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="373" />
        <source>Sütun</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="374" />
        <source>Eski değer</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="375" />
        <source>Yeni değer / neden</source>
        <translation>New value / reason</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="628" />
        <source>Tarih</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="629" />
        <source>Şablon gönderildi</source>
        <translation>Template sent</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="630" />
        <source>Hata</source>
        <translation>Errors</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="630" />
        <source>Uyarı</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="340" />
        <source>Şablonlar yazılıyor</source>
        <translation>Writing templates</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="297" />
        <source>Şablonların yazılacağı klasör</source>
        <translation>Folder for the templates</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="304" />
        <source>Excel Çalışma Kitabı (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="208" />
        <source>İptal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="246" />
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="320" />
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="323" />
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="344" />
        <source>Şablon Dışa Aktar</source>
        <translation>Export Template</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="248" />
        <source>Kurum geneli (tüm tablolar)</source>
        <translation>Whole institution (all tables)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="254" />
        <source>Her il için ayrı şablon oluştur (bir klasöre, 81 dosya)</source>
        <translation>One template per province (into a folder, 81 files)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="257" />
        <source>Birim:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="258" />
        <source>Tablolar:</source>
        <translation>Tables:</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="261" />
        <source>Dışa Aktar…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="263" />
        <source>Vazgeç</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="303" />
        <source>Şablonu kaydet</source>
        <translation>Save template</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="324" />
        <source>Şablon yazıldı:</source>
        <translation>Template written:</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="345" />
        <source>şablon yazıldı:</source>
        <translation>templates written:</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="389" />
        <source>İçe Aktarma Önizlemesi (deneme)</source>
        <translation>Import Preview (dry run)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="395" />
        <source>Önem</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="395" />
        <source>Kural</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="395" />
        <source>Bulgu</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="399" />
        <source>Değişmeyen satırları da göster</source>
        <translation>Show unchanged rows too</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="401" />
        <source>Dosyalar</source>
        <translation>Files</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="402" />
        <source>Seçili dosyanın satırları (yeni / değişen / reddedilen)</source>
        <translation>Rows of the selected file (new / changed / rejected)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="404" />
        <source>İçe aktarılırsa yeni çıkacak denetim bulguları</source>
        <translation>Check findings the import would newly cause</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="413" />
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="567" />
        <source>Kapat</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="414" />
        <source>İşaretlenenleri İçe Aktar</source>
        <translation>Import Checked</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="416" />
        <source>İçe Aktarma Geçmişi…</source>
        <translation>Import History…</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="446" />
        <source>Uygulanacak dosyaları işaretleyin; her dosya ya bütünüyle içe aktarılır ya da hiç aktarılmaz.</source>
        <translation>Check the files to apply; each file is imported whole or not at all.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="448" />
        <source>Dikkat: içe aktarma, Düzen → Geri Al geçmişini temizler; bir içe aktarmayı bütünüyle "İçe Aktarma Geçmişi…" ile geri alabilirsiniz.</source>
        <translation>Note: an import clears the Edit → Undo history; an import can be reverted as a whole with "Import History…".</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="451" />
        <source>İçe aktarma, Düzen → Geri Al geçmişini temizler; bir içe aktarmayı bütünüyle "İçe Aktarma Geçmişi…" ile geri alabilirsiniz.</source>
        <translation>An import clears the Edit → Undo history; an import can be reverted as a whole with "Import History…".</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="472" />
        <source>reddedildi</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="503" />
        <source>İçe aktarılıyor</source>
        <translation>Importing</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="511" />
        <source>İçe Aktarma</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="511" />
        <source>Hiçbir dosya uygulanmadı.</source>
        <translation>No file was applied.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="524" />
        <source>Dosyalar okunuyor (deneme)</source>
        <translation>Reading files (dry run)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="538" />
        <source>Doldurulmuş şablonları seçin</source>
        <translation>Choose the filled-in templates</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="539" />
        <source>Excel Çalışma Kitabı (*.xlsx);;Tüm dosyalar (*)</source>
        <translation>Excel workbook (*.xlsx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="560" />
        <source>İçe Aktarma Geçmişi</source>
        <translation>Import History</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="562" />
        <source>Tarih (UTC)</source>
        <translation>Date (UTC)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="563" />
        <source>Değer</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="563" />
        <source>Parmak izi</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="563" />
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="565" />
        <source>Bu içe aktarmayı geri al</source>
        <translation>Revert this import</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="599" />
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="606" />
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="611" />
        <source>Geri al</source>
        <translation>Revert</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="600" />
        <source>içe aktarması bütünüyle geri alınsın mı?</source>
        <translation>import: revert it completely?</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="611" />
        <source>değer eski haline getirildi.</source>
        <translation>values restored.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="639" />
        <source>Yalnız il müdürlükleri</source>
        <translation>Provincial directorates only</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="641" />
        <source>Yalnız eksikler</source>
        <translation>Missing only</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="645" />
        <source>Gelen klasörünü tara…</source>
        <translation>Scan the inbox folder…</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="646" />
        <source>İçe aktar…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="647" />
        <source>Geçmiş…</source>
        <translation>History…</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="648" />
        <source>Yenile</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/exchange_dialogs.py" line="704" />
        <source>Gelen şablonların klasörü</source>
        <translation>Folder of the returned templates</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="167" />
        <source>1. Çeyrek değerlendirmesi</source>
        <translation>Q1 assessment</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="168" />
        <source>2. Çeyrek değerlendirmesi</source>
        <translation>Q2 assessment</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="169" />
        <source>3. Çeyrek değerlendirmesi</source>
        <translation>Q3 assessment</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="170" />
        <source>4. Çeyrek değerlendirmesi</source>
        <translation>Q4 assessment</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="235" />
        <source>Seçili göstergenin çeyreklik değerlendirmeleri</source>
        <translation>Quarterly assessments of the selected indicator</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="240" />
        <source>İlgililik</source>
        <translation>Relevance</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="241" />
        <source>Etkililik</source>
        <translation>Effectiveness</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="242" />
        <source>Etkinlik</source>
        <translation>Efficiency</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="243" />
        <source>Sürdürülebilirlik</source>
        <translation>Sustainability</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="245" />
        <source>Seçili göstergenin değerlendirmesi</source>
        <translation>Assessment of the selected indicator</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/pages.py" line="87" />
        <source>Metin kutularını gizlemek ya da göstermek için başlıktaki kutuyu işaretleyin; yüksekliği aradaki çizgiyi sürükleyerek değiştirin.</source>
        <translation>Tick the box in the heading to hide or show the text boxes; drag the line between them to change the height.</translation>
    </message>
</context>
<context>
    <name>Find</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/find.py" line="84" />
        <source>{0} — {1}. çeyrek değerlendirmesi</source>
        <translation>{0} — Q{1} assessment</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/find.py" line="170" />
        <source>{0} sonuç</source>
        <translation>{0} results</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/find.py" line="183" />
        <source>Bul</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/find.py" line="184" />
        <source>Birim adı, kod, gösterge ya da metin yazın (ör. ankara, IL06, PG1.1)</source>
        <translation>Type a unit name, code, indicator or text (e.g. ankara, IL06, PG1.1)</translation>
    </message>
</context>
<context>
    <name>GridFilter</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/grid_filter.py" line="29" />
        <source>Süz…</source>
        <translation>Filter…</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/grid_filter.py" line="30" />
        <source>Yalnız bu metni içeren satırları göster (birim, kod, ad).</source>
        <translation>Show only the rows containing this text (unit, code, name).</translation>
    </message>
</context>
<context>
    <name>GridKeys</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/grid_keys.py" line="18" />
        <source>Veritabanı salt okunur açık; değişiklik yapılamaz.</source>
        <translation>The database is open read-only; no changes can be made.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/grid_keys.py" line="20" />
        <source>{0}: bu satır hesaplanan bir toplamdır; alt satırlardaki girdi hücrelerini değiştirin.</source>
        <translation>{0}: this row is a computed total; change the input cells in the rows below.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/grid_keys.py" line="22" />
        <source>{0}: bu sütun diğer sütunlardan hesaplanır; girdi hücrelerini (beyaz) değiştirin.</source>
        <translation>{0}: this column is computed from the other columns; change the input cells (white).</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/grid_keys.py" line="24" />
        <source>{0}: bu değer alt birimlerin toplamıdır; alt birimlerin satırlarını değiştirin.</source>
        <translation>{0}: this value is the sum of the sub-units; change the sub-units' rows.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/grid_keys.py" line="26" />
        <source>{0}: bu hücre değiştirilemez.</source>
        <translation>{0}: this cell cannot be changed.</translation>
    </message>
</context>
<context>
    <name>GridPanel</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/grid_panel.py" line="46" />
        <source>Sil</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/grid_panel.py" line="101" />
        <location filename="../src/faaliyet_desktop/ui/grid_panel.py" line="250" />
        <source>Yapıştır</source>
        <translation>Paste</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/grid_panel.py" line="118" />
        <source>“{0}” seçeneklerde yok</source>
        <translation>“{0}” is not one of the choices</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/grid_panel.py" line="127" />
        <source>{0}: {1} hücre</source>
        <translation>{0}: {1} cells</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/grid_panel.py" line="188" />
        <source>Satır Ekle</source>
        <translation>Add Row</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/grid_panel.py" line="189" />
        <source>Satırı Sil</source>
        <translation>Remove Row</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/grid_panel.py" line="191" />
        <source>Yukarı</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/grid_panel.py" line="193" />
        <source>Aşağı</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/grid_panel.py" line="248" />
        <source>Kopyala</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/grid_panel.py" line="257" />
        <source>Değişiklik Geçmişi…</source>
        <translation>Change History…</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/grid_panel.py" line="345" />
        <source>Satır ekle: {0}</source>
        <translation>Add row: {0}</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/grid_panel.py" line="357" />
        <source>Bu satır hesaplanan bir satırdır; silinemez.</source>
        <translation>This is a derived row; it cannot be removed.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/grid_panel.py" line="369" />
        <source>Satır sil: {0}</source>
        <translation>Remove row: {0}</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/grid_panel.py" line="393" />
        <source>Satır taşı: {0}</source>
        <translation>Move row: {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="97" />
        <source>Denetimler</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="169" />
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="514" />
        <source>Geri Al</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="171" />
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="516" />
        <source>Yinele</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="186" />
        <source>Veritabanı Aç…</source>
        <translation>Open Database…</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="188" />
        <source>Yeni Veritabanı…</source>
        <translation>New Database…</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="190" />
        <source>Şimdi Kaydet</source>
        <translation>Save Now</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="192" />
        <source>Şablon Dışa Aktar…</source>
        <translation>Export Templates…</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="194" />
        <source>İçe Aktar…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="196" />
        <source>Yedek Al</source>
        <translation>Back Up Now</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="197" />
        <source>Yedekten Geri Yükle…</source>
        <translation>Restore from Backup…</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="199" />
        <source>Raporu Oluştur (PDF)</source>
        <translation>Build Report (PDF)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="201" />
        <source>Denetle</source>
        <translation>Run Checks</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="203" />
        <source>Çıkış</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="205" />
        <source>Yeni Yıl Oluştur…</source>
        <translation>Create New Year…</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="207" />
        <source>Bu Yılı Sil…</source>
        <translation>Delete This Year…</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="209" />
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="739" />
        <source>Konsolidasyon</source>
        <translation>Consolidation</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="212" />
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="754" />
        <source>Değişiklik Günlüğü</source>
        <translation>Change Log</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="214" />
        <source>Hakkında</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="215" />
        <source>Bul…</source>
        <translation>Find…</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="217" />
        <source>Tablolar…</source>
        <translation>Tables…</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="219" />
        <source>Kısayollar</source>
        <translation>Shortcuts</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="221" />
        <source>Başlangıç Sayfası</source>
        <translation>Start Page</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="226" />
        <source>Dosya</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="238" />
        <source>Düzen</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="244" />
        <source>Yıl</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="247" />
        <source>Görünüm</source>
        <translation>View</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="253" />
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="790" />
        <source>Dil</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="263" />
        <source>Yardım</source>
        <translation>Help</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="272" />
        <source>Araç Çubuğu</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="275" />
        <source> Yıl: </source>
        <translation> Year: </translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="278" />
        <source> Birim: </source>
        <translation> Unit: </translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="299" />
        <source>{0} yılını aç</source>
        <translation>Open {0}</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="314" />
        <source>Tüm idare</source>
        <translation>Whole institution</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="337" />
        <source>Yıl açılamadı</source>
        <translation>The year could not be opened</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="372" />
        <source>Yeni yıl</source>
        <translation>New year</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="376" />
        <source>{0} yılı {1} yılından oluşturuldu.</source>
        <translation>{0} was created from {1}.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="382" />
        <source>Yeni Yıl Oluştur</source>
        <translation>Create New Year</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="383" />
        <source>{0} yılının yapısından (birimler, göstergeler, kodlar) oluşturulacak yıl:</source>
        <translation>Year to create from the structure (units, indicators, codes) of {0}:</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="513" />
        <source>Geri Al: {0}</source>
        <translation>Undo: {0}</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="515" />
        <source>Yinele: {0}</source>
        <translation>Redo: {0}</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/save_status.py" line="67" />
        <source>Salt okunur</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/save_status.py" line="52" />
        <source>✓ Tüm değişiklikler kaydedildi</source>
        <translation>✓ All changes saved</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/save_status.py" line="58" />
        <source>✗ KAYDEDİLEMEDİ</source>
        <translation>✗ NOT SAVED</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="572" />
        <source>Veritabanı: {0}</source>
        <translation>Database: {0}</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="580" />
        <source>Faaliyet Desktop — {0} — {1} Faaliyet Raporu{2}</source>
        <translation>Faaliyet Desktop — {0} — {1} Activity Report{2}</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="605" />
        <source>{0}

Yıl veritabanından yeniden yüklendi; diğer kullanıcının değerleri gösteriliyor. Değişikliğinizi gerekiyorsa yeniden girin. Geri alma geçmişi temizlendi.</source>
        <translation>{0}

The year was reloaded from the database and shows the other user's values. Enter your change again if it is still needed. The undo history was cleared.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="631" />
        <source>Denetim çalıştırıldı ve kaydedildi.</source>
        <translation>The checks ran and the run was recorded.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="664" />
        <source>Veritabanı Aç</source>
        <translation>Open Database</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="665" />
        <source>Faaliyet veritabanı (*.sqlite *.db);;Tüm dosyalar (*)</source>
        <translation>Activity report database (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="671" />
        <source>Yeni Veritabanı</source>
        <translation>New Database</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="672" />
        <source>Faaliyet veritabanı (*.sqlite)</source>
        <translation>Activity report database (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="689" />
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="693" />
        <source>Veritabanı açılamadı</source>
        <translation>The database could not be opened</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="791" />
        <source>Dil değişikliği uygulama yeniden başlatılınca geçerli olur.</source>
        <translation>The new language applies when the application is restarted.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="832" />
        <source>Faaliyet Desktop Hakkında</source>
        <translation>About Faaliyet Desktop</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="833" />
        <source>Faaliyet Desktop {0}
İdare faaliyet raporu hazırlama uygulaması. Değişiklikler yapıldıkları anda kaydedilir.</source>
        <translation>Faaliyet Desktop {0}
Prepares an institution's annual activity report. Changes are saved as they are made.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="604" />
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="610" />
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="852" />
        <source>Kaydedilemedi</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/main_window.py" line="853" />
        <source>Son değişiklikler kaydedilemedi:
{0}

Yine de çıkılsın mı? (Kaydedilmeyen değişiklikler kaybolur.)</source>
        <translation>The last changes could not be saved:
{0}

Quit anyway? (Unsaved changes will be lost.)</translation>
    </message>
</context>
<context>
    <name>NarrativeEditor</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/narrative_editor.py" line="95" />
        <source>• Madde İşareti</source>
        <translation>• Bullet</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/narrative_editor.py" line="96" />
        <source>Seçili satırları madde yapar ya da maddeyi kaldırır.</source>
        <translation>Turns the selected lines into list items or back.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/narrative_editor.py" line="100" />
        <source>Yer Tutucu Ekle</source>
        <translation>Insert Placeholder</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/narrative_editor.py" line="101" />
        <source>Metne, verilerden canlı hesaplanan bir değer ekler.</source>
        <translation>Inserts a figure computed live from the data.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/narrative_editor.py" line="110" />
        <source>Paragrafları boş satırla ayırın; madde satırları "- " ile başlar.</source>
        <translation>Separate paragraphs with an empty line; list items start with "- ".</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/narrative_editor.py" line="128" />
        <source>Önizleme (yer tutucular güncel değerleriyle)</source>
        <translation>Preview (placeholders with live values)</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="36" />
        <source>I. Genel Bilgiler</source>
        <translation>I. General Information</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="37" />
        <source>İdare Bilgileri</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="38" />
        <source>A. Misyon ve Vizyon</source>
        <translation>A. Mission and Vision</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="39" />
        <source>B. Yetki, Görev ve Sorumluluklar</source>
        <translation>B. Powers, Duties and Responsibilities</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="40" />
        <source>C. İdareye İlişkin Bilgiler</source>
        <translation>C. About the Institution</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="41" />
        <source>1. Fiziksel Yapı</source>
        <translation>1. Physical Structure</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="42" />
        <source>Tablo 1. Fiziksel Kaynaklar</source>
        <translation>Table 1. Physical Resources</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="43" />
        <source>2. Örgüt Yapısı</source>
        <translation>2. Organisation</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="44" />
        <source>Birimler</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="45" />
        <source>3. Bilgi ve Teknolojik Kaynaklar</source>
        <translation>3. Information and Technology</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="46" />
        <source>Tablo 2. BT Envanteri</source>
        <translation>Table 2. IT Inventory</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="47" />
        <source>4. İnsan Kaynakları</source>
        <translation>4. Human Resources</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="49" />
        <source>Tablo 3. İstihdam Şekli</source>
        <translation>Table 3. Employment Type</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="50" />
        <source>Tablo 4. Cinsiyet</source>
        <translation>Table 4. Gender</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="51" />
        <source>Tablo 5. Eğitim Durumu</source>
        <translation>Table 5. Education</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="52" />
        <source>5. Sunulan Hizmetler</source>
        <translation>5. Services</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="53" />
        <source>6. Yönetim ve İç Kontrol Sistemi</source>
        <translation>6. Management and Internal Control</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="56" />
        <source>II. Amaç ve Hedefler</source>
        <translation>II. Aims and Goals</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="57" />
        <source>A. İdarenin Amaç ve Hedefleri</source>
        <translation>A. Aims and Goals of the Institution</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="58" />
        <source>Tablo 6. Amaç ve Hedefler</source>
        <translation>Table 6. Aims and Goals</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="59" />
        <source>B. Temel Politikalar ve Öncelikler</source>
        <translation>B. Basic Policies and Priorities</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="61" />
        <source>III. Faaliyetlere İlişkin Bilgi ve Değerlendirmeler</source>
        <translation>III. Activities: Information and Evaluation</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="62" />
        <source>A. Mali Bilgiler</source>
        <translation>A. Financial Information</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="63" />
        <source>1. Bütçe Uygulama Sonuçları</source>
        <translation>1. Budget Execution Results</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="64" />
        <source>Şekil 2. Harcama Oranı</source>
        <translation>Figure 2. Spending Rate</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="65" />
        <source>2. Temel Mali Tablolar</source>
        <translation>2. Main Financial Tables</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="67" />
        <source>Ekonomik Kodlar</source>
        <translation>Economic Codes</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="68" />
        <source>Tablo 7. Önceki/Cari Yıl Ödenekleri</source>
        <translation>Table 7. Previous/Current Year Appropriations</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="69" />
        <source>Tablo 8–9. Bütçe Gerçekleşmesi</source>
        <translation>Tables 8–9. Budget Realisation</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="70" />
        <source>Tablo 10. Faaliyet Bazında</source>
        <translation>Table 10. By Activity</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="71" />
        <source>Tablo 11. Birim Bazında</source>
        <translation>Table 11. By Unit</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="72" />
        <source>Tablo 12–13. Sonraki Yıl Ödenekleri</source>
        <translation>Tables 12–13. Next Year Appropriations</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="73" />
        <source>3. Mali Denetim Sonuçları</source>
        <translation>3. Financial Audit Results</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="75" />
        <source>B. Performans Bilgileri</source>
        <translation>B. Performance Information</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="76" />
        <source>1. Program, Alt Program, Faaliyet</source>
        <translation>1. Programs, Sub-programs, Activities</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="77" />
        <source>Tablo 14. Programlar</source>
        <translation>Table 14. Programs</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="78" />
        <source>2. Performans Sonuçları</source>
        <translation>2. Performance Results</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="80" />
        <source>Tablo 15. Form-3</source>
        <translation>Table 15. Form-3</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="81" />
        <source>Tablo 16. Form-4</source>
        <translation>Table 16. Form-4</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="83" />
        <source>3. Stratejik Planın Değerlendirilmesi</source>
        <translation>3. Evaluation of the Strategic Plan</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="84" />
        <source>Tablo 17. Stratejik Plan</source>
        <translation>Table 17. Strategic Plan</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="85" />
        <source>4. Performans Bilgi Sistemi</source>
        <translation>4. Performance Information System</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="86" />
        <source>5. Diğer Hususlar</source>
        <translation>5. Other Matters</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="89" />
        <source>IV. Kurumsal Kabiliyet ve Kapasite</source>
        <translation>IV. Institutional Capability and Capacity</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="91" />
        <source>A. Öngörülemeyen İhtiyaçlar</source>
        <translation>A. Unforeseen Needs</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="92" />
        <source>B. Üstünlükler</source>
        <translation>B. Strengths</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="93" />
        <source>C. Zayıflıklar</source>
        <translation>C. Weaknesses</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="94" />
        <source>D. Değerlendirme</source>
        <translation>D. Assessment</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="96" />
        <source>V. Öneri ve Tedbirler</source>
        <translation>V. Recommendations and Measures</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="97" />
        <source>Ekler</source>
        <translation>Annexes</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="98" />
        <source>EK-1 İç Kontrol Güvence Beyanı</source>
        <translation>Annex 1 Internal Control Assurance Statement</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/navigation.py" line="99" />
        <source>EK-2 Mali Hizmetler Birim Yöneticisinin Beyanı</source>
        <translation>Annex 2 Statement of the Head of Financial Services</translation>
    </message>
</context>
<context>
    <name>PasteReport</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/paste_report.py" line="50" />
        <source>değer alınmadı</source>
        <translation>value not taken</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/paste_report.py" line="63" />
        <source>Yapıştırılan hücrelerden {0} tanesi alınmadı:</source>
        <translation>{0} of the pasted cells were not taken:</translation>
    </message>
</context>
<context>
    <name>QuickTables</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/quick_tables.py" line="35" />
        <source>Şekil 1. Organizasyon Şeması (Birimler)</source>
        <translation>Figure 1. Organisation Chart (Units)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/quick_tables.py" line="44" />
        <source>Tablolar</source>
        <translation>Tables</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/quick_tables.py" line="45" />
        <source>Tablo numarası ya da adı yazın (ör. 9, form-3, misyon)</source>
        <translation>Type a table number or name (e.g. 9, form-3, mission)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/report_dialog.py" line="31" />
        <source>Raporu Oluştur (PDF)</source>
        <translation>Build Report (PDF)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/report_dialog.py" line="88" />
        <source>İptal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/report_dialog.py" line="180" />
        <source>Vazgeç</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/report_dialog.py" line="153" />
        <source>Kapat</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/report_dialog.py" line="88" />
        <source>Rapor oluşturuluyor…</source>
        <translation>Building the report…</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/report_dialog.py" line="107" />
        <source>İptal ediliyor…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/report_dialog.py" line="126" />
        <source>Rapor oluşturulamadı: {0}</source>
        <translation>The report could not be built: {0}</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/report_dialog.py" line="148" />
        <source>Rapor oluşturuldu:
{0}</source>
        <translation>The report was built:
{0}</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/report_dialog.py" line="151" />
        <source>Aç</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/report_dialog.py" line="152" />
        <source>Klasörü aç</source>
        <translation>Open Folder</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/report_dialog.py" line="165" />
        <source>Bu bilgisayarda dosyayı açacak bir program bulunamadı. Rapor şurada:
{0}</source>
        <translation>No program on this computer can open the file. The report is here:
{0}</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/report_dialog.py" line="176" />
        <source>Denetimler {0} hata buldu. Rapor yine de oluşturulabilir; her sayfasında "TASLAK" filigranı olur.</source>
        <translation>The checks found {0} errors. The report can still be built; every page then carries a "TASLAK" (draft) watermark.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/report_dialog.py" line="179" />
        <source>Taslak Olarak Oluştur</source>
        <translation>Build as Draft</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/report_dialog.py" line="189" />
        <source>Raporu Kaydet</source>
        <translation>Save Report</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/report_dialog.py" line="190" />
        <source>PDF dosyası (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
</context>
<context>
    <name>SaveStatus</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/save_status.py" line="34" />
        <source>Yeniden Dene</source>
        <translation>Retry</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/save_status.py" line="35" />
        <source>Kaydedilemeyen değişiklikleri şimdi yeniden kaydetmeyi dene</source>
        <translation>Try to save the unsaved changes again now</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/save_status.py" line="74" />
        <source>{0}

Son değişiklikleriniz veritabanına yazılmadı; yalnız bu pencerede duruyor. Bir sonraki değişiklikte, "Yeniden Dene" ile ya da Ctrl+S ile yeniden kaydedilmeye çalışılacak. Kaydedilmeden pencere kapatılırsa bu değişiklikler kaybolur.</source>
        <translation>{0}

Your latest changes were not written to the database; they are only in this window. They will be saved again on the next change, with "Retry" or with Ctrl+S. If the window is closed before they are saved, they are lost.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/save_status.py" line="86" />
        <source>Kaydedilemedi</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/save_status.py" line="87" />
        <source>Son değişiklikler kaydedilemedi:
{0}

Yine de devam edilsin mi? (Kaydedilmeyen değişiklikler kaybolur.)</source>
        <translation>The latest changes could not be saved:
{0}

Continue anyway? (The unsaved changes are lost.)</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/keyboard.py" line="26" />
        <source>Bölümler arasında geç: içindekiler, sayfa (tablo), denetim bulguları</source>
        <translation>Move between areas: contents, page (table), check findings</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/keyboard.py" line="28" />
        <source>Tabloda sonraki / önceki girdi hücresi (satır sonunda alt satıra geçer)</source>
        <translation>Next / previous input cell in the table (wraps to the next row)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/keyboard.py" line="30" />
        <source>Hücreyi düzenlemeye başla; düzenlerken: kaydet ve alt hücreye in</source>
        <translation>Start editing the cell; while editing: save and move down</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/keyboard.py" line="32" />
        <source>Hücredeki düzenlemeden vazgeç</source>
        <translation>Cancel editing the cell</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/keyboard.py" line="33" />
        <source>Hücreyi düzenle</source>
        <translation>Edit the cell</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/keyboard.py" line="34" />
        <source>Seçili girdi hücrelerini temizle</source>
        <translation>Clear the selected input cells</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/keyboard.py" line="35" />
        <source>Kopyala / Excel'den blok yapıştır</source>
        <translation>Copy / paste a block from Excel</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/keyboard.py" line="36" />
        <source>Geri al</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/keyboard.py" line="37" />
        <source>Yinele</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/keyboard.py" line="38" />
        <source>Bul: birim, kod, gösterge ya da metin</source>
        <translation>Find: unit, code, indicator or text</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/keyboard.py" line="39" />
        <source>Tablolar listesi: bir tabloya ya da bölüme git</source>
        <translation>Table list: go to a table or section</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/keyboard.py" line="41" />
        <source>Şimdi kaydet (değişiklikler zaten kendiliğinden kaydedilir)</source>
        <translation>Save now (changes are saved automatically anyway)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/keyboard.py" line="43" />
        <source>Denetle</source>
        <translation>Run Checks</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/keyboard.py" line="44" />
        <source>Raporu oluştur (PDF)</source>
        <translation>Build the report (PDF)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/keyboard.py" line="45" />
        <source>Denetim bulgusunda: bulgunun hücresine git</source>
        <translation>On a check finding: go to its cell</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/keyboard.py" line="46" />
        <source>Menüleri aç (altı çizili harf)</source>
        <translation>Open the menus (underlined letter)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/keyboard.py" line="149" />
        <source>Kısayollar</source>
        <translation>Shortcuts</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/keyboard.py" line="152" />
        <source>Tuş</source>
        <translation>Key</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/keyboard.py" line="153" />
        <source>Ne yapar</source>
        <translation>What it does</translation>
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
&lt;h2&gt;Welcome to Faaliyet Desktop&lt;/h2&gt;
&lt;p&gt;This program prepares the institution's annual &lt;b&gt;Activity Report&lt;/b&gt;: you enter the tables
and texts here, the program computes the totals, ratios and statuses itself, everything you
type is &lt;b&gt;saved at once&lt;/b&gt;, and at the end it builds the report's PDF.&lt;/p&gt;
&lt;h3&gt;1. Where to start?&lt;/h3&gt;
&lt;p&gt;The contents on the left follow the sections of the report. &lt;b&gt;Ctrl+T&lt;/b&gt; opens the list of
all tables, so you can go straight to one. White cells are inputs, grey cells are computed
values. The &lt;b&gt;Checks&lt;/b&gt; at the bottom list missing and inconsistent values: double-click a
finding or press Enter and the program goes to the cell.&lt;/p&gt;
&lt;h3&gt;2. Collecting data from the units&lt;/h3&gt;
&lt;p&gt;&lt;b&gt;File → Export Templates…&lt;/b&gt; produces an Excel template for each unit; the units fill in
the template and send it back. Returned files are first checked and then taken in with
&lt;b&gt;File → Import…&lt;/b&gt;; &lt;b&gt;View → Consolidation&lt;/b&gt; shows which units have sent theirs.&lt;/p&gt;
&lt;h3&gt;3. Building the report&lt;/h3&gt;
&lt;p&gt;When the checks show no errors, &lt;b&gt;Build Report (PDF)&lt;/b&gt; (Ctrl+P) writes the report; when it
is done you can open the file or its folder.&lt;/p&gt;
&lt;h3&gt;Keyboard&lt;/h3&gt;
&lt;p&gt;As in Excel: Tab goes to the next input cell, Enter starts editing and moves down, F6 moves
between the contents, the table and the findings, Ctrl+F finds a unit, code or text.
All shortcuts: &lt;b&gt;Help → Shortcuts&lt;/b&gt;. This page: &lt;b&gt;Help → Start Page&lt;/b&gt;.&lt;/p&gt;
</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/start_page.py" line="45" />
        <source>Başlangıç</source>
        <translation>Start</translation>
    </message>
</context>
<context>
    <name>StructureEdits</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/structure_edits.py" line="40" />
        <source>“{0}” silinsin mi?

Bununla birlikte {1} kayıt da silinir</source>
        <translation>Delete “{0}”?

{1} dependent records are deleted with it</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/structure_edits.py" line="43" />
        <source> (içindeki sayıların toplamı {0})</source>
        <translation> (their figures add up to {0})</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/structure_edits.py" line="45" />
        <source>.
Gerekirse Düzen → Geri Al ile geri alabilirsiniz.</source>
        <translation>.
If needed, you can undo it with Edit → Undo.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/structure_edits.py" line="47" />
        <source>Silmeyi onaylayın</source>
        <translation>Confirm Deletion</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="58" />
        <source>Ekonomik Kodlar (I. Düzey)</source>
        <translation>Economic Codes (Level I)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="67" />
        <source>Yeni kod, önceki, cari ve sonraki yıl için sıfır ödenekle eklenir; silinen kodun tüm yıllardaki satırları silinir.</source>
        <translation>A new code is added with zero appropriations for the previous, current and next year; removing a code removes its lines in all years.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="112" />
        <source>Tablo 8–9. Bütçe Gerçekleşme Durumu (Cari Yıl)</source>
        <translation>Tables 8–9. Budget Realisation (Current Year)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="142" />
        <source>Toplam ödenek = KBÖ + eklenen − düşülen; kalan = toplam ödenek − harcama. Ekonomik kodları 'Ekonomik Kodlar' sayfasında ekleyin.</source>
        <translation>Total appropriation = initial + added − deducted; remaining = total − spending. Add economic codes on the 'Economic Codes' page.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="184" />
        <source>Cari yıl sütunu Tablo 8–9 ile aynı veridir; birinde değiştirmek diğerini de değiştirir.</source>
        <translation>The current-year column is the data of Tables 8–9; changing one changes the other.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="190" />
        <source>Tablo 7. Önceki Yıl ve Cari Yıl Başlangıç Ödenekleri</source>
        <translation>Table 7. Initial Appropriations, Previous and Current Year</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="193" />
        <source>Tablo 12–13. Cari Yıl ve Sonraki Yıl Başlangıç Ödenekleri</source>
        <translation>Tables 12–13. Initial Appropriations, Current and Next Year</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="232" />
        <source>Şekil 2. Yıllara Göre Bütçe Harcama Oranı</source>
        <translation>Figure 2. Budget Spending Rate by Year</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="247" />
        <source>Cari yılın değerleri Tablo 9 toplamlarına eşit olmalıdır (denetimler karşılaştırır).</source>
        <translation>The current year's figures must equal the totals of Table 9 (the checks compare them).</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="291" />
        <source>Tablo 10. Program, Alt Program ve Faaliyet Bazında Harcamalar</source>
        <translation>Table 10. Spending by Program, Sub-program and Activity</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="314" />
        <source>Program ve alt program satırları faaliyetlerin toplamıdır. Yeni faaliyet seçili alt programın altına eklenir.</source>
        <translation>Program and sub-program rows are sums of their activities. A new activity goes under the selected sub-program.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="336" />
        <source>Tabloya eklenecek birim kalmadı.</source>
        <translation>Every unit is already in the table.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="354" />
        <source>Tablo 11. Harcama Birimleri Bazında Harcamalar</source>
        <translation>Table 11. Spending by Spending Unit</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/budget_tables.py" line="375" />
        <source>Birim filtresi seçiliyse yalnız o birimin alt birimleri ve onların toplamı gösterilir.</source>
        <translation>With a unit filter, only that unit's sub-units and their total are shown.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="64" />
        <source>İdare Bilgileri</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="139" />
        <source>Örgüt Yapısı: Birimler</source>
        <translation>Organisation: Units</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="155" />
        <source>Birim ağacı: Tablo 2–5 ve 11 bu birimleri kullanır. Birimleri üst birimleri içinde sıralayın.</source>
        <translation>The unit tree used by Tables 2–5 and 11. Order units within their parent.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="179" />
        <source>Tablo 1. Fiziksel Kaynaklar</source>
        <translation>Table 1. Physical Resources</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="262" />
        <source>Gri italik hücreler alt birimlerin toplamıdır; bir birime değer yazarsanız o değer geçerli olur. Boş bırakmak için hücreyi silin.</source>
        <translation>Grey italic cells are sums of the sub-units; a value you type for a unit takes precedence. Delete the cell to clear it.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="270" />
        <source>Tablo 3. İstihdam Şekline Göre Personel Dağılımı</source>
        <translation>Table 3. Personnel by Employment Type</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="274" />
        <source>Tablo 4. Cinsiyete Göre Personel Dağılımı</source>
        <translation>Table 4. Personnel by Gender</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="277" />
        <source>Tablo 5. Eğitim Durumuna Göre Personel Dağılımı</source>
        <translation>Table 5. Personnel by Education</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="309" />
        <source>Tablo 2. Bilgi ve Teknolojik Kaynaklar</source>
        <translation>Table 2. Information and Technology Resources</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="313" />
        <source>Gri italik hücreler alt birimlerin toplamıdır; bir birime değer yazarsanız o değer geçerli olur.</source>
        <translation>Grey italic cells are sums of the sub-units; a value you type for a unit takes precedence.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/general_tables.py" line="325" />
        <source>Envanter kalemleri</source>
        <translation>Inventory items</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="43" />
        <source>Programlar</source>
        <translation>Programs</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="74" />
        <source>Tablo 14. Programlar, Alt Programlar ve Alt Program Hedefleri</source>
        <translation>Table 14. Programs, Sub-programs and Their Targets</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="180" />
        <source>Tablo 15. Form-3: Performans Göstergelerinin Çeyreklik İzlenmesi</source>
        <translation>Table 15. Form-3: Quarterly Monitoring of Performance Indicators</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="240" />
        <source>Yıl sonu değeri göstergenin kuralına göre hesaplanır; oran = yıl sonu / hedef (azalan göstergede hedef / yıl sonu). Boş çeyrek değeri geçici yapar. Çeyrek değerlendirmelerini alttaki alanlara yazın.</source>
        <translation>The year-end value follows the indicator's rule; ratio = year-end / target (target / year-end for a decreasing indicator). An empty quarter makes the value provisional. Write the quarterly assessments in the fields below.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="256" />
        <source>Tablo 16. Form-4: Performans Programı Sonuçları</source>
        <translation>Table 16. Form-4: Performance Programme Results</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/performance_tables.py" line="283" />
        <source>Form-4 değerleri Form-3'ten gelir. Burada yalnız hangi göstergelerin hangi formda yer aldığı ve Form-4 sırası seçilir.</source>
        <translation>Form-4 values come from Form-3. Here you choose which indicators appear in which form and their Form-4 order.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="47" />
        <source>Stratejik Amaçlar</source>
        <translation>Strategic Aims</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="83" />
        <source>Tablo 6. İdarenin Amaç ve Hedefleri</source>
        <translation>Table 6. Aims and Goals of the Institution</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="115" />
        <source>Tablo 17. Hedefler: Sorumlular, Sapmalar, Performans</source>
        <translation>Table 17. Goals: Responsible Units, Deviations, Performance</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="135" />
        <source>Hedef performansı = Σ ağırlık × gösterge performansı; hedefleri Tablo 6'da ekleyin.</source>
        <translation>Goal performance = Σ weight × indicator performance; add goals in Table 6.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="199" />
        <source>Tablo 17. Performans Göstergeleri (A, B, C)</source>
        <translation>Table 17. Performance Indicators (A, B, C)</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/tables/strategic_tables.py" line="234" />
        <source>Gösterge performansı = (C − A) / (B − A), %0 ile %100 arasında; B = A ise tanımsızdır (—). Dört değerlendirmeyi alttaki alanlara yazın.</source>
        <translation>Indicator performance = (C − A) / (B − A), between 0% and 100%; undefined (—) when B = A. Write the four assessments in the fields below.</translation>
    </message>
</context>
<context>
    <name>TextBinding</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/text_binding.py" line="63" />
        <source>Değişiklik Geçmişi…</source>
        <translation>Change History…</translation>
    </message>
</context>
<context>
    <name>UnitSearch</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/unit_search.py" line="57" />
        <source>Birim adı yazın…</source>
        <translation>Type a unit name…</translation>
    </message>
</context>
<context>
    <name>YearActions</name>
    <message>
        <location filename="../src/faaliyet_desktop/ui/year_actions.py" line="27" />
        <location filename="../src/faaliyet_desktop/ui/year_actions.py" line="32" />
        <source>Yılı sil</source>
        <translation>Delete Year</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/year_actions.py" line="28" />
        <source>{0} veritabanındaki tek yıl; silinemez. Önce yeni bir yıl oluşturun.</source>
        <translation>{0} is the only year in the database and cannot be deleted. Create a new year first.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/year_actions.py" line="33" />
        <source>{0} yılının raporu, bütün tabloları ve metinleri silinecek.

Önce veritabanının yedeği alınır; gerekirse Dosya → Yedekten Geri Yükle ile geri getirebilirsiniz.

{0} yılı silinsin mi?</source>
        <translation>The {0} report, with all its tables and texts, will be deleted.

The database is backed up first; if needed you can bring it back with File → Restore from Backup.

Delete the year {0}?</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/year_actions.py" line="45" />
        <location filename="../src/faaliyet_desktop/ui/year_actions.py" line="50" />
        <source>Yıl silinemedi</source>
        <translation>The year could not be deleted</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/year_actions.py" line="46" />
        <source>{0}

Hiçbir şey silinmedi.</source>
        <translation>{0}

Nothing was deleted.</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/year_actions.py" line="54" />
        <source> Yedek: {0}</source>
        <translation> Backup: {0}</translation>
    </message>
    <message>
        <location filename="../src/faaliyet_desktop/ui/year_actions.py" line="55" />
        <source>{0} yılı silindi.</source>
        <translation>The year {0} was deleted.</translation>
    </message>
</context>
</TS>