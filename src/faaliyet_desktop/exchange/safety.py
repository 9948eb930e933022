"""Checks a file must pass before openpyxl touches it: size, format, zip bombs, XML bombs.

An .xlsx is a zip archive of XML parts. We look at the raw bytes and the archive's directory
first, so a wrong format, a password-protected (encrypted, OLE) workbook, a zip bomb or a
document type declaration (XML entity bomb) is refused with a Turkish message, quickly,
without decompressing anything big. openpyxl itself parses with defusedxml when installed.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

MAX_FILE_BYTES = 20 * 1024 * 1024  # a filled template is a few hundred kB at most
MAX_MEMBER_BYTES = 60 * 1024 * 1024  # uncompressed size of one part
MAX_TOTAL_BYTES = 150 * 1024 * 1024  # uncompressed size of all parts
MAX_RATIO = 200  # uncompressed / compressed of a part larger than 1 MB
MAX_MEMBERS = 2_000

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
STRICT_NS = b"purl.oclc.org/ooxml/spreadsheetml"  # ISO 29500 Strict, not Transitional
_DTD = re.compile(rb"<!(DOCTYPE|ENTITY)", re.IGNORECASE)


class FileRefused(Exception):
    """The file cannot be imported as a whole; ``message`` is Turkish and says what to do."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class ArchiveInfo:
    members: int
    uncompressed: int


def _refuse(name: str, what: str, todo: str) -> FileRefused:
    return FileRefused(f"'{name}': {what} {todo}")


def check_file(path: Path) -> ArchiveInfo:
    """Refuse anything that is not a plain, reasonably sized .xlsx archive."""
    name = path.name
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _refuse(name, "dosya okunamadı.", "Dosyanın yerini ve okuma iznini kontrol "
                      "edin.") from exc
    if size == 0:
        raise _refuse(name, "dosya boş (0 bayt).", "Doldurulmuş şablonu yeniden gönderin.")
    if size > MAX_FILE_BYTES:
        raise _refuse(name, f"dosya çok büyük ({size // (1024 * 1024)} MB; en çok "
                      f"{MAX_FILE_BYTES // (1024 * 1024)} MB).",
                      "Bu bir doldurulmuş şablon olamaz; doğru dosyayı seçin.")
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
            if head == OLE_MAGIC:
                fh.seek(0)
                body = fh.read(min(size, 4 * 1024 * 1024))
                if "EncryptionInfo".encode("utf-16-le") in body:
                    raise _refuse(name, "dosya parolayla korunuyor (şifreli).",
                                  "Excel'de Dosya → Bilgi → Çalışma Kitabını Koru → Parolayla "
                                  "Şifrele bölümünden parolayı kaldırıp yeniden kaydedin.")
                raise _refuse(name, "eski Excel 97-2003 (.xls) biçiminde.",
                              "Dosyayı Excel ya da LibreOffice'te açıp 'Excel Çalışma Kitabı "
                              "(.xlsx)' olarak kaydedin.")
    except OSError as exc:
        raise _refuse(name, "dosya okunamadı.", "Dosyanın okuma iznini kontrol edin.") from exc
    if head[:4] != ZIP_MAGIC:
        suffix = path.suffix.lower()
        if suffix in (".csv", ".txt", ".tsv") or _looks_like_text(head):
            raise _refuse(name, "bir metin/CSV dosyası, Excel çalışma kitabı değil.",
                          "Uygulamanın verdiği .xlsx şablonunu doldurup gönderin.")
        raise _refuse(name, "bir Excel çalışma kitabı (.xlsx) değil.",
                      "Uygulamanın verdiği .xlsx şablonunu doldurup gönderin.")
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            return _check_archive(name, zf, infos)
    except zipfile.BadZipFile as exc:
        raise _refuse(name, "dosya bozuk (zip yapısı okunamıyor).",
                      "Dosyayı Excel'de açıp yeniden kaydedin ya da yeniden gönderilmesini "
                      "isteyin.") from exc
    except (OSError, EOFError, ValueError, NotImplementedError) as exc:
        raise _refuse(name, "dosya bozuk ya da desteklenmeyen biçimde sıkıştırılmış.",
                      "Dosyayı Excel'de açıp yeniden kaydedin.") from exc


def _looks_like_text(head: bytes) -> bool:
    return all(b in b"\t\r\n" or 32 <= b < 127 or b >= 128 for b in head)


def _check_archive(name: str, zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> ArchiveInfo:
    if len(infos) > MAX_MEMBERS:
        raise _refuse(name, f"arşiv çok fazla parça içeriyor ({len(infos)}).",
                      "Bu bir doldurulmuş şablon olamaz; doğru dosyayı seçin.")
    names = {i.filename for i in infos}
    if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
        what = "bir Excel çalışma kitabı değil"
        if "content.xml" in names:
            what += " (OpenDocument .ods dosyası)"
        elif "word/document.xml" in names:
            what += " (Word belgesi)"
        raise _refuse(name, what + ".", "Dosyayı Excel Çalışma Kitabı (.xlsx) olarak kaydedin.")
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise _refuse(name, "arşiv parolayla şifrelenmiş.", "Parolasız .xlsx gönderin.")
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if (info.file_size > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES
                or (info.file_size > 1024 * 1024 and ratio > MAX_RATIO)):
            raise _refuse(name, "dosya açıldığında aşırı büyüyor (sıkıştırma bombası olabilir: "
                          f"'{info.filename}' {info.file_size // (1024 * 1024)} MB).",
                          "Dosyayı açmayın; göndereni arayıp şablonun yeniden doldurulmasını "
                          "isteyin.")
    with zf.open("xl/workbook.xml") as fh:
        if STRICT_NS in fh.read(4096):
            raise _refuse(name, "Strict Open XML biçiminde kaydedilmiş; bu biçim okunamıyor.",
                          "Dosyayı Excel'de açıp Farklı Kaydet ile 'Excel Çalışma Kitabı "
                          "(.xlsx)' olarak kaydedin (Strict Open XML değil).")
    for info in infos:
        if info.filename.endswith((".xml", ".rels", ".vml")):
            with zf.open(info) as fh:
                head = fh.read(4096)
            if _DTD.search(head):
                raise _refuse(name, f"'{info.filename}' bir belge türü tanımı (DTD/ENTITY) "
                              "içeriyor; Excel böyle dosya üretmez (XML bombası olabilir).",
                              "Dosyayı açmayın; göndereni arayıp şablonun yeniden "
                              "doldurulmasını isteyin.")
    return ArchiveInfo(len(infos), total)
