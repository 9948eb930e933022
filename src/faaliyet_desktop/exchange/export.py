"""Export an Excel template (openpyxl) for the whole institution or for one unit.

One sheet per table with the seed's caption, the rows pre-filled with what the database holds
(or last year's value as a cell comment), input cells unlocked and validated, everything else
protected, derived columns as formulas, frozen headers, an instructions sheet and a hidden
metadata sheet carrying kind, version, year, unit, application version, date, fingerprint,
export id, each cell's value at export (as a short hash) and an HMAC signature made with the
database's template key (``storage.template_key``).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from .. import __version__
from ..domain.model import ReportYear
from .converters import Amount, Choice, Count, Text, safe_text
from .layout import (
    BASE_PREFIX,
    EXPORT_ID_KEY,
    INSTRUCTIONS_SHEET,
    META_SHEET,
    SIGNATURE_KEY,
    TEMPLATE_KIND,
    TEMPLATE_VERSION,
    SheetLayout,
    TemplateLayout,
    base_record,
    build_layout,
    input_values,
    signature,
)
from .specs import FIRST_DATA_ROW, HEADER_ROW, TOTAL_KEY, default_tables

INPUT_FILL = PatternFill("solid", fgColor="FFF9E5")
LOCKED_FILL = PatternFill("solid", fgColor="EDEDED")
HEADER_FILL = PatternFill("solid", fgColor="D9E2F3")
BOLD = Font(bold=True)
UNLOCKED = Protection(locked=False)
WRAP = Alignment(wrap_text=True, vertical="top")


def write_text(cell: Cell, text: str | None) -> None:
    """Write ``text`` as a plain string Excel never runs as a formula (=, +, -, @ ...)."""
    if text is None or text == "":
        cell.value = None
        return
    cell.value = text
    cell.data_type = "s"  # openpyxl would otherwise store "=..." as a formula
    if not safe_text(text):
        cell.quotePrefix = True


def write_value(cell: Cell, value: Any) -> None:
    if isinstance(value, str):
        write_text(cell, value)
    else:
        cell.value = value


def _validation(converter: Any) -> DataValidation | None:
    if isinstance(converter, Count):
        dv = DataValidation(type="whole", operator="between", formula1="0",
                            formula2=str(converter.maximum), allow_blank=True)
        dv.error = f"0 ile {converter.maximum} arasında bir tam sayı girin."
    elif isinstance(converter, Amount):
        low = f"-{int(converter.maximum)}" if converter.allow_negative else "0"
        dv = DataValidation(type="decimal", operator="between", formula1=low,
                            formula2=str(int(converter.maximum)), allow_blank=True)
        dv.error = ("Bir sayı girin (ondalık ayırıcı virgül)." if converter.allow_negative
                    else "Sıfır ya da pozitif bir sayı girin (ondalık ayırıcı virgül).")
    elif isinstance(converter, Choice):
        dv = DataValidation(type="list", formula1='"' + ",".join(converter.choices) + '"',
                            allow_blank=True)
        dv.error = "Listeden bir değer seçin: " + ", ".join(converter.choices) + "."
    elif isinstance(converter, Text):
        dv = DataValidation(type="textLength", operator="lessThanOrEqual",
                            formula1=str(converter.max_length), allow_blank=True)
        dv.error = f"Metin en çok {converter.max_length} karakter olabilir."
    else:
        return None
    dv.errorTitle = "Geçersiz değer"
    dv.showErrorMessage = True
    return dv


def _fmt_hint(value: Any) -> str:
    from ..domain.numbers import format_value

    if isinstance(value, (int, float)) or hasattr(value, "as_tuple"):
        return format_value(value)
    return str(value)


def _write_table(ws: Worksheet, sheet: SheetLayout, report: ReportYear,
                 previous: ReportYear | None) -> None:
    spec = sheet.spec
    letters = sheet.letters
    ws["A1"] = spec.caption(report.year)
    ws["A1"].font = Font(bold=True, size=12)
    headers = [spec.key_header, spec.label_header] + [c.header for c in spec.columns]
    for i, text in enumerate(headers, start=1):
        cell = ws.cell(HEADER_ROW, i)
        write_text(cell, text)
        cell.font = BOLD
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    ws.row_dimensions[HEADER_ROW].height = 45
    ws.column_dimensions["A"].width = 14
    ws.column_dimensions["B"].width = 45
    for col in spec.columns:
        ws.column_dimensions[letters[col.key]].width = col.width

    validations: dict[str, DataValidation] = {}
    for col in spec.input_columns():
        dv = _validation(col.converter)
        if dv is not None:
            validations[col.key] = dv
            ws.add_data_validation(dv)

    validated: dict[str, list[int]] = {}  # column key → rows with a validated input cell
    for offset, (key, label, depth) in enumerate(sheet.rows):
        r = FIRST_DATA_ROW + offset
        write_text(ws.cell(r, 1), key)
        label_cell = ws.cell(r, 2)
        write_text(label_cell, label)
        label_cell.alignment = Alignment(indent=min(depth, 10))
        values = spec.get(report, key) or {}
        info = spec.info(report, key)
        hints = (spec.get(previous, key) or {}) if previous is not None else {}
        for col in spec.columns:
            cell = ws.cell(r, _col_index(letters[col.key]))
            if col.number_format:
                cell.number_format = col.number_format
            if col.role == "derived":
                assert col.formula is not None
                cell.value = col.formula(letters, r)
                cell.fill = LOCKED_FILL
                continue
            if col.role == "info":
                write_value(cell, info.get(col.key))
                cell.fill = LOCKED_FILL
                continue
            if col.applies is not None and not col.applies(report, key):
                cell.fill = LOCKED_FILL
                continue
            assert col.converter is not None
            value = values.get(col.key)
            write_value(cell, col.converter.render(value))
            cell.protection = UNLOCKED
            cell.fill = INPUT_FILL
            if isinstance(col.converter, Text):
                cell.alignment = WRAP
            if col.key in validations:
                validated.setdefault(col.key, []).append(r)
            hint = hints.get(col.key)
            if value in (None, "") and hint not in (None, ""):
                cell.comment = Comment(
                    f"Geçen yıl ({previous.year if previous else ''}): {_fmt_hint(hint)}",
                    "Faaliyet Desktop")
    for key, rows in validated.items():  # one range per run of rows (add() per cell is slow)
        letter = letters[key]
        start = prev = rows[0]
        for row in [*rows[1:], None]:
            if row is not None and row == prev + 1:
                prev = row
                continue
            validations[key].add(f"{letter}{start}:{letter}{prev}" if prev > start
                                 else f"{letter}{start}")
            if row is not None:
                start = prev = row
    if sheet.total_row is not None:
        r = sheet.total_row
        first, last = FIRST_DATA_ROW, r - 1
        write_text(ws.cell(r, 1), TOTAL_KEY)
        write_text(ws.cell(r, 2), "Genel Toplam")
        for c in (1, 2):
            ws.cell(r, c).font = BOLD
        for col in spec.columns:
            cell = ws.cell(r, _col_index(letters[col.key]))
            cell.font = BOLD
            cell.fill = LOCKED_FILL
            if col.number_format:
                cell.number_format = col.number_format
            if col.summed:
                L = letters[col.key]
                cell.value = f"=SUM({L}{first}:{L}{last})" if last >= first else 0
            elif col.role == "derived" and col.formula is not None:
                cell.value = col.formula(letters, r)
    ws.freeze_panes = ws.cell(FIRST_DATA_ROW, 3).coordinate
    _print_setup(ws)
    ws.print_title_rows = f"1:{HEADER_ROW}"
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    ws.protection.autoFilter = False


def _col_index(letter: str) -> int:
    from openpyxl.utils import column_index_from_string

    return column_index_from_string(letter)


def instruction_lines(layout: TemplateLayout, report: ReportYear) -> list[tuple[str, bool]]:
    """The instructions sheet's lines (text, bold), one per row of column A."""
    unit = report.unit(layout.unit) if layout.unit else None
    who = f"{unit.name} ({unit.code})" if unit else f"{report.institution.name} (kurum geneli)"
    lines = [
        (f"{report.year} Yılı İdare Faaliyet Raporu – Veri Giriş Şablonu", True),
        (f"Birim: {who}", False),
        ("", False),
        ("Nasıl doldurulur?", True),
        ("1. Yalnızca açık sarı hücrelere veri girin. Gri hücreler (kodlar, adlar, toplamlar ve "
         "oranlar) kilitlidir; toplamlar ve oranlar siz yazdıkça kendiliğinden hesaplanır.", False),
        ("2. Sayıları rakamla girin. Binlik ayırıcı nokta, ondalık ayırıcı virgüldür "
         "(ör. 1.234.567 ya da 1.234,5). Personel ve envanter sayıları tam sayıdır.", False),
        ("3. Bilmediğiniz ya da sizi ilgilendirmeyen hücreleri boş bırakın; sıfır yalnızca "
         "gerçekten sıfırsa yazılmalıdır.", False),
        ("4. Hücrelere formül yazmayın; formül içeren giriş hücreleri içe aktarılırken "
         "reddedilir.", False),
        ("5. Sayfa adlarını, satır ve sütunların yerini, kodları ve başlıkları değiştirmeyin; "
         "satır eklemeyin ya da silmeyin. Değişmiş şablon içe aktarılamaz. Şablon bu birim ve "
         "yıl için imzalıdır; başka birimin ya da yılın şablonunu kullanmayın.", False),
        ("   Gri hücrelere, toplam satırına ve tablonun dışına değer yazmayın; satır ya da "
         "sütun gizlemeyin. Böyle yazılan ya da gizlenen değerler içe aktarılmaz, dosya "
         "reddedilir. Yüzde yazarken (ör. %175) hücrede görünen değer alınır.", False),
        ("6. Hücre açıklamasında 'Geçen yıl' yazıyorsa bu yalnızca bir ipucudur; içe aktarılmaz. "
         "Değeri kullanmak istiyorsanız hücreye kendiniz yazın.", False),
        ("7. Dosyayı .xlsx biçiminde kaydedin (Excel ya da LibreOffice). Parola koymayın, "
         ".xls ya da .csv olarak kaydetmeyin.", False),
        ("8. Doldurduğunuz dosyayı Strateji Geliştirme birimine gönderin.", False),
        ("", False),
        ("Şablondaki tablolar", True),
    ]
    lines += [(f"• {s.spec.sheet}: {s.spec.caption(report.year)}", False) for s in layout.sheets]
    return lines


def _instructions(ws: Worksheet, layout: TemplateLayout, report: ReportYear) -> None:
    lines = instruction_lines(layout, report)
    for i, (text, bold) in enumerate(lines, start=1):
        cell = ws.cell(i, 1)
        write_text(cell, text)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if bold:
            cell.font = Font(bold=True, size=12 if i == 1 else 11)
        # spreadsheet programs do not grow rows for wrapped text on their own
        ws.row_dimensions[i].height = 16 * max(1, -(-len(text) // 80))
    ws.column_dimensions["A"].width = 85
    _print_setup(ws, portrait=True)
    ws.protection.sheet = True


def _print_setup(ws: Worksheet, portrait: bool = False) -> None:
    """Landscape (tables), one page wide, headers repeated on every printed page."""
    ws.page_setup.orientation = "portrait" if portrait else "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0


def metadata(layout: TemplateLayout, report: ReportYear, created: dt.datetime,
             key: bytes | None = None, export_id: str | None = None) -> list[tuple[str, str]]:
    """The hidden sheet's rows; signed with ``key`` (the database's template key) when given.

    A template without a valid signature is refused on import, so only templates exported by
    the importing database go in.
    """
    unit = report.unit(layout.unit) if layout.unit else None
    rows = [
        ("sablon_turu", TEMPLATE_KIND),
        ("sablon_surumu", str(TEMPLATE_VERSION)),
        ("yil", str(layout.year)),
        ("birim", layout.unit or ""),
        ("birim_adi", unit.name if unit else report.institution.name),
        ("tablolar", ",".join(layout.tables)),
        ("uygulama_surumu", __version__),
        ("olusturma_tarihi", created.isoformat(timespec="seconds")),
        ("parmak_izi", layout.fingerprint()),
        (EXPORT_ID_KEY, export_id or uuid.uuid4().hex),
    ] + [  # each cell's value as exported: an import merges per cell against it (three-way)
        (f"{BASE_PREFIX}{sheet.spec.key}|{row}",
         base_record(input_values(sheet, report, row, sheet.spec.get(report, row))))
        for sheet in layout.sheets for row, _label, _depth in sheet.rows
    ]
    if key is not None:
        rows.append((SIGNATURE_KEY, signature(rows, key)))
    return rows


def build_workbook(report: ReportYear, unit: str | None = None,
                   tables: Sequence[str] | None = None, *,
                   previous: ReportYear | None = None,
                   created: dt.datetime | None = None,
                   key: bytes | None = None) -> tuple[Workbook, TemplateLayout]:
    """The template workbook for ``unit`` (None: the institution) and ``tables``."""
    layout = build_layout(report, unit, tuple(tables) if tables else default_tables(unit))
    created = created or dt.datetime.now(dt.UTC).replace(microsecond=0)
    wb = Workbook()
    ws0 = wb.active
    assert ws0 is not None
    ws0.title = INSTRUCTIONS_SHEET
    _instructions(ws0, layout, report)
    for sheet in layout.sheets:
        ws = wb.create_sheet(sheet.spec.sheet)
        _write_table(ws, sheet, report, previous)
    meta = wb.create_sheet(META_SHEET)
    for i, (name, value) in enumerate(metadata(layout, report, created, key), start=1):
        write_text(meta.cell(i, 1), name)
        write_text(meta.cell(i, 2), value)
    meta.sheet_state = "hidden"
    meta.protection.sheet = True
    wb.security = WorkbookProtection(lockStructure=True)
    wb.active = 1 if len(wb.worksheets) > 2 else 0
    return wb, layout


def export_template(report: ReportYear, path: str | Path, unit: str | None = None,
                    tables: Sequence[str] | None = None, *,
                    previous: ReportYear | None = None,
                    key: bytes | None = None) -> TemplateLayout:
    """Write the template to ``path`` (.xlsx) and return its layout.

    ``key`` is the database's template key (storage.template_key); an unsigned template is
    refused on import.
    """
    wb, layout = build_workbook(report, unit, tables, previous=previous, key=key)
    target = Path(path)
    tmp = target.with_name(target.name + ".tmp")
    wb.save(tmp)
    tmp.replace(target)
    return layout
