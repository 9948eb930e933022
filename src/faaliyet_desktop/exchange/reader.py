"""Read a filled template: refuse what is not our template, read every input cell or say why not.

The file is checked by :mod:`.safety` first; then openpyxl opens it read-only with
``data_only=False`` so formulas typed where values are expected are seen as formulas.
"""

from __future__ import annotations

import hashlib
import io
import re
import warnings
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path, PurePosixPath
from typing import Any, NamedTuple

from defusedxml import ElementTree as SafeET
from openpyxl import load_workbook
from openpyxl.utils import column_index_from_string, get_column_letter

from ..domain.model import ReportYear
from ..domain.numbers import format_number
from .converters import CellError, Text
from .layout import (
    INSTRUCTIONS_SHEET,
    META_SHEET,
    TEMPLATE_KIND,
    TEMPLATE_VERSION,
    LayoutError,
    SheetLayout,
    TemplateLayout,
    build_layout,
    canonical,
    signature_ok,
    structure_fingerprint,
)
from .safety import FileRefused, check_file
from .specs import FIRST_DATA_ROW, FIRST_VALUE_COLUMN, HEADER_ROW

MAX_ROWS = 20_000  # rows read per sheet; empty formatted rows count too
EXTRA_COLUMNS = 10  # columns read beyond the template's last one (to see added data)

Values = dict[str, dict[str, dict[str, Any]]]  # table → row key → column key → value


@dataclass(frozen=True)
class Rejection:
    """A cell (or row) that cannot be read: where and what was expected, in Turkish."""

    table: str
    sheet: str
    cell: str  # "C5", or "5" for a whole row
    row_key: str | None
    message: str

    def __str__(self) -> str:
        return f"{self.sheet}!{self.cell}: {self.message}"


@dataclass
class FilledTemplate:
    path: Path
    sha256: str
    meta: dict[str, str]
    layout: TemplateLayout
    values: Values = field(default_factory=dict)
    cells: dict[tuple[str, str, str], str] = field(default_factory=dict)  # → "C5"
    rejections: list[Rejection] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def unit(self) -> str | None:
        return self.layout.unit

    @property
    def fingerprint(self) -> str:
        return self.meta.get("parmak_izi", "")


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _damaged(path: Path, exc: BaseException) -> FileRefused:
    kind = type(exc).__name__
    if "Entit" in kind or "DTD" in kind or "Forbidden" in kind:
        return FileRefused(f"'{path.name}': dosya güvenli olmayan XML (varlık/DTD tanımı) "
                           "içeriyor; açılmadı. Göndereni arayıp şablonun yeniden "
                           "doldurulmasını isteyin.")
    return FileRefused(f"'{path.name}': dosya bozuk ya da okunamıyor ({kind}). Dosyayı "
                       "Excel'de açıp .xlsx olarak yeniden kaydedin ya da yeniden "
                       "gönderilmesini isteyin.")


@contextmanager
def _guard(path: Path) -> Iterator[None]:
    """openpyxl parses lazily in read-only mode: any failure while reading is a damaged file."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    except FileRefused:
        raise
    except Exception as exc:  # openpyxl raises many kinds on damaged parts
        raise _damaged(path, exc) from exc


def _open(path: Path) -> Any:
    # From the bytes, not the name: openpyxl refuses a real workbook named .xls or without an
    # extension, which safety.check_file has already recognised by its content.
    with _guard(path):
        data = io.BytesIO(path.read_bytes())
        return load_workbook(data, read_only=True, data_only=False, keep_links=False)


def read_metadata(path: Path) -> dict[str, str]:
    """Only the hidden metadata sheet (for the consolidation view); FileRefused if absent."""
    check_file(path)
    wb = _open(path)
    try:
        with _guard(path):
            return _metadata(wb, path)
    finally:
        wb.close()


def _metadata(wb: Any, path: Path) -> dict[str, str]:
    if META_SHEET not in wb.sheetnames:
        raise FileRefused(
            f"'{path.name}': bu dosya bir Faaliyet Desktop şablonu değil (şablon bilgisi "
            "sayfası yok; dosya başka bir programla oluşturulmuş ya da sayfası silinmiş). "
            "Uygulamadan şablon dışa aktarıp birime o dosyayı doldurtun.")
    meta: dict[str, str] = {}
    ws = wb[META_SHEET]
    ws.reset_dimensions()
    for i, row in enumerate(ws.iter_rows(max_col=2, values_only=True)):
        if i > MAX_ROWS:
            break
        if row and row[0] is not None:
            meta[_text(row[0])] = _text(row[1] if len(row) > 1 else None)
    if meta.get("sablon_turu") != TEMPLATE_KIND:
        raise FileRefused(
            f"'{path.name}': bu dosya bir Faaliyet Desktop birim şablonu değil. Uygulamadan "
            "şablon dışa aktarıp birime o dosyayı doldurtun.")
    return meta


def _check_meta(meta: dict[str, str], path: Path, report: ReportYear,
                expected_unit: str | None, key: bytes) -> None:
    name = path.name
    try:
        version = int(meta.get("sablon_surumu", ""))
    except ValueError:
        version = -1
    if version < TEMPLATE_VERSION:
        raise FileRefused(
            f"'{name}': şablon eski bir sürümle hazırlanmış (şablon sürümü "
            f"{meta.get('sablon_surumu') or '?'}, "
            f"bu uygulama {TEMPLATE_VERSION} bekliyor). Güncel şablonu dışa aktarıp birime "
            "gönderin; birim verisini yeni şablona girsin.")
    if version > TEMPLATE_VERSION:
        raise FileRefused(
            f"'{name}': şablon uygulamanın daha yeni bir sürümüyle hazırlanmış (şablon sürümü "
            f"{version}, bu uygulama {TEMPLATE_VERSION}). Uygulamayı güncelleyin.")
    if not signature_ok(meta, key):
        raise FileRefused(
            f"'{name}': şablonun imzası geçersiz: dosya bu veritabanından dışa aktarılmamış ya "
            "da şablon bilgisi (birim, yıl, tablolar) sonradan değiştirilmiş. Yalnızca bu "
            "veritabanından dışa aktarılan şablonlar içe aktarılabilir; yeni şablon dışa "
            "aktarıp birime gönderin.")
    year = meta.get("yil", "")
    if year != str(report.year):
        raise FileRefused(
            f"'{name}': dosya {year or '?'} yılı için hazırlanmış; içe aktarılan yıl "
            f"{report.year}. Doğru yılı seçin ya da birimden {report.year} şablonunu "
            "doldurmasını isteyin.")
    unit = meta.get("birim") or None
    if unit is not None and report.unit(unit) is None:
        raise FileRefused(
            f"'{name}': dosyadaki birim '{unit}' ({meta.get('birim_adi', '')}) {report.year} "
            "yılının örgüt yapısında yok. Birimi örgüt yapısına ekleyin ya da doğru birimin "
            "dosyasını seçin.")
    if expected_unit is not None and unit != expected_unit:
        want = report.unit(expected_unit)
        got = f"'{unit}' ({meta.get('birim_adi', '')})" if unit else "kurum geneli"
        raise FileRefused(
            f"'{name}': dosya başka bir birime ait: {got}; beklenen '{expected_unit}' "
            f"({want.name if want else ''}). Doğru birimin dosyasını seçin.")


# --- sheet XML scan: merged cells, hidden rows and columns, every cell holding data --------
_REF = re.compile(r"\$?([A-Za-z]{1,3})\$?(\d+)")
MAX_DATA_CELLS = 200_000  # a filled template holds a few thousand; more is not a template


def _truthy(value: str | None) -> bool:
    return value in ("1", "true")


def _zero(value: str | None) -> bool:
    try:
        return value is not None and float(value) == 0
    except ValueError:
        return False


@dataclass
class SheetScan:
    """What the sheet's XML shows beyond cell values: merges, what a person cannot see, and
    every cell that holds something (a value, a text or a formula), wherever it is."""

    merged: list[str] = field(default_factory=list)
    hidden_rows: set[int] = field(default_factory=set)
    hidden_cols: set[int] = field(default_factory=set)  # explicitly hidden (or zero width)
    cols_hidden_by_default: bool = False  # defaultColWidth="0": columns without <col>
    shown_cols: set[int] = field(default_factory=set)
    data_cells: set[tuple[int, int]] = field(default_factory=set)
    sheet_hidden: bool = False  # the whole sheet hidden (state hidden / veryHidden)

    def col_hidden(self, col: int) -> bool:
        if col in self.hidden_cols:
            return True
        return self.cols_hidden_by_default and col not in self.shown_cols


def _sheet_parts(zf: zipfile.ZipFile, hidden: set[str] | None = None) -> dict[str, str]:
    """Sheet name → zip member of its XML; the names of hidden sheets go into ``hidden``."""
    ns_r = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
    wb = SafeET.fromstring(zf.read("xl/workbook.xml"))
    rels = SafeET.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target", "") for r in rels}
    out: dict[str, str] = {}
    for el in wb.iter():
        if el.tag.endswith("}sheet") and el.get("name") is not None:
            target = targets.get(el.get(ns_r), "")
            if target.startswith("/"):
                part = target.lstrip("/")
            else:
                part = str(PurePosixPath("xl") / target)
            out[str(el.get("name"))] = part
            if hidden is not None and el.get("state") in ("hidden", "veryHidden"):
                hidden.add(str(el.get("name")))
    return out


def _scan_hidden_and_merged(raw: RawFile, names: list[str]) -> None:
    try:
        with zipfile.ZipFile(raw.path) as zf:
            hidden: set[str] = set()
            parts = _sheet_parts(zf, hidden)
            others = [n for n in parts if n not in names and n != META_SHEET]
            for name in [*names, *others]:
                part = parts.get(name)
                if part is None or part not in zf.namelist():
                    continue
                scan = scan_sheet(zf.read(part))
                scan.sheet_hidden = name in hidden
                raw.scans[name] = scan
    except FileRefused as exc:
        raise FileRefused(f"'{raw.path.name}': {exc.message}") from exc
    except Exception as exc:
        raise FileRefused(f"'{raw.path.name}': dosyanın iç yapısı okunamıyor "
                          f"({type(exc).__name__}). Dosyayı Excel'de açıp .xlsx olarak yeniden "
                          "kaydedin.") from exc


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _holds_data(cell: Any) -> bool:
    """A <c> element with a value, a text or a formula (a shared formula has no text)."""
    for child in cell.iter():
        name = _local(child.tag)
        if name in ("v", "t") and (child.text or "").strip():
            return True
        if name == "f" and ((child.text or "").strip() or child.get("t") == "shared"):
            return True
    return False


def scan_sheet(data: bytes) -> SheetScan:
    """One streaming pass over the sheet's XML (linear; no DTD can reach here)."""
    scan = SheetScan()
    rows_hidden_by_default = False
    row_number = 0
    col_number = 0
    for event, el in SafeET.iterparse(io.BytesIO(data), events=("start", "end")):
        name = _local(el.tag)
        if event == "start":
            if name == "sheetFormatPr":
                rows_hidden_by_default = _truthy(el.get("zeroHeight"))
                scan.cols_hidden_by_default = _zero(el.get("defaultColWidth"))
            elif name == "col":
                try:
                    lo = int(el.get("min", "0"))
                    hi = int(el.get("max", el.get("min", "0")))
                except ValueError:
                    continue
                hidden = _truthy(el.get("hidden")) or _zero(el.get("width"))
                target = scan.hidden_cols if hidden else scan.shown_cols
                target.update(range(max(lo, 1), min(hi, 16_384) + 1))
            elif name == "row":
                try:
                    row_number = int(el.get("r", "")) if el.get("r") else row_number + 1
                except ValueError:
                    row_number += 1
                col_number = 0
                zero = _zero(el.get("ht"))
                shown = (_truthy(el.get("customHeight")) and el.get("ht") is not None
                         and not zero)
                if _truthy(el.get("hidden")) or zero or (rows_hidden_by_default and not shown):
                    scan.hidden_rows.add(row_number)
            elif name == "mergeCell" and el.get("ref"):
                scan.merged.append(str(el.get("ref")))
            continue
        if name == "c":
            found = _REF.fullmatch(el.get("r") or "")
            if found:
                col_number = column_index_from_string(found.group(1).upper())
                row_number = int(found.group(2))
            else:
                col_number += 1
            if _holds_data(el):
                scan.data_cells.add((row_number, col_number))
                if len(scan.data_cells) > MAX_DATA_CELLS:
                    raise FileRefused(
                        f"sayfada olağan dışı çok dolu hücre var ({MAX_DATA_CELLS} üzeri); bu "
                        "bir doldurulmuş şablon olamaz. Doğru dosyayı seçin.")
            el.clear()
        elif name == "row":
            el.clear()
    return scan


def _coords(cells: list[tuple[int, int]], limit: int = 5) -> str:
    shown = [f"{get_column_letter(c)}{r}" for r, c in sorted(cells)[:limit]]
    return ", ".join(shown) + (" …" if len(cells) > limit else "")


def _check_scan(name: str, sheet: SheetLayout, scan: SheetScan,
                input_cells: set[tuple[int, int]]) -> None:
    """Refuse merges over the table and hidden cells that hold data; accept a merged title
    and hidden rows or columns that hold nothing."""
    where = f"'{name}', '{sheet.spec.sheet}' sayfası"
    bad = []
    for ref in scan.merged:
        rows = [int(x) for x in re.findall(r"\d+", ref)]
        if rows and max(rows) >= HEADER_ROW:
            bad.append(ref)
    if bad:
        shown = ", ".join(bad[:5]) + (" …" if len(bad) > 5 else "")
        raise FileRefused(
            f"{where}: tablonun içinde birleştirilmiş hücreler var ({shown}). Birleştirilmiş "
            "hücrede hangi değerin hangi sütuna ait olduğu belli olmaz. Hücre birleştirmeyi "
            "kaldırıp her değeri kendi hücresine yazın.")
    hidden = [(r, c) for r, c in scan.data_cells
              if (scan.sheet_hidden or r in scan.hidden_rows or scan.col_hidden(c))
              and ((r, c) in input_cells or r > sheet.last_row or c > sheet.last_column)]
    if hidden and scan.sheet_hidden:
        raise FileRefused(
            f"{where}: sayfa gizlenmiş ve veri içeriyor ({_coords(hidden)}). Kimsenin görmediği "
            "veri içe aktarılmaz. Sayfayı gösterin (sayfa sekmesine sağ tıklayıp Göster), "
            "değerleri kontrol edip yeniden kaydedin.")
    if hidden:
        raise FileRefused(
            f"{where}: gizli (görünmeyen) satır ya da sütunlardaki hücrelerde veri var "
            f"({_coords(hidden)}). Kimsenin görmediği veri içe aktarılmaz. Gizli satır ve "
            "sütunları gösterin (Biçim → Gizle ve Göster), değerleri kontrol edip yeniden "
            "kaydedin.")


# --- the workbook ---------------------------------------------------------------------------
class Cell(NamedTuple):
    """A cell as read (plain data, so a reader process can hand it over)."""

    value: Any
    data_type: str
    row: int
    column: int
    number_format: str = "General"


Grid = list[tuple[int, list[Cell]]]  # (row number, cells)


@dataclass
class RawFile:
    """Phase one of reading (no database needed): bytes checked, metadata and sheets read."""

    path: Path
    sha256: str
    meta: dict[str, str]
    sheetnames: list[str]
    grids: dict[str, Grid] = field(default_factory=dict)
    row_errors: dict[str, str] = field(default_factory=dict)  # too many rows
    scans: dict[str, SheetScan] = field(default_factory=dict)  # merged / hidden / data cells


SheetMap = dict[str, tuple[str, int]]  # table key → (sheet name, columns to read)


def sheet_map(report: ReportYear) -> SheetMap:
    """What a reader needs to know of the tables: their sheet names and widths."""
    from .specs import table_specs

    return {key: (spec.sheet, FIRST_VALUE_COLUMN + len(spec.columns) - 1 + EXTRA_COLUMNS)
            for key, spec in table_specs(report).items()}


def read_raw(path: str | Path, sheets: SheetMap) -> RawFile:
    """Check the bytes, read the metadata and the sheets the metadata names.

    Raises :class:`FileRefused` for a file that is not a readable template of ours.
    """
    path = Path(path)
    check_file(path)
    digest = file_sha256(path)
    wb = _open(path)
    try:
        with _guard(path):
            meta = _metadata(wb, path)
            raw = RawFile(path, digest, meta, list(wb.sheetnames))
            tables = [t for t in meta.get("tablolar", "").split(",") if t in sheets]
            for table in tables:
                name, max_col = sheets[table]
                if name not in wb.sheetnames:
                    continue
                try:
                    raw.grids[name] = _read_grid(wb[name], name, max_col, path.name)
                except FileRefused as exc:
                    raw.row_errors[name] = exc.message
    finally:
        wb.close()
    _scan_hidden_and_merged(raw, [sheets[t][0] for t in tables])
    return raw


def read_filled(path: str | Path, report: ReportYear, expected_unit: str | None = None, *,
                key: bytes) -> FilledTemplate:
    """Read a filled template against the database's ``report``.

    Raises :class:`FileRefused` when the file cannot be imported at all (wrong kind, year,
    unit, version or structure, damaged, dangerous). Cells that cannot be read are collected
    as :class:`Rejection` s in the result.
    """
    return check_raw(read_raw(path, sheet_map(report)), report, expected_unit, key=key)


def check_raw(raw: RawFile, report: ReportYear, expected_unit: str | None = None, *,
              key: bytes) -> FilledTemplate:
    """Phase two: the file against the database (signature with the database's template
    ``key``, year, unit, version, structure, hidden data, values)."""
    path, meta = raw.path, raw.meta
    _check_meta(meta, path, report, expected_unit, key)
    tables = tuple(t for t in meta.get("tablolar", "").split(",") if t)
    try:
        layout = build_layout(report, meta.get("birim") or None, tables)
    except LayoutError as exc:
        raise FileRefused(f"'{path.name}': {exc}") from exc
    result = FilledTemplate(path, raw.sha256, meta, layout)
    for sheet in layout.sheets:
        name = sheet.spec.sheet
        if name not in raw.sheetnames:
            others = [s for s in raw.sheetnames if s != META_SHEET]
            raise FileRefused(
                f"'{path.name}': '{name}' sayfası bulunamadı (sayfa adı değiştirilmiş ya da "
                f"silinmiş; dosyadaki sayfalar: {', '.join(others)}). Sayfa adlarını "
                "değiştirmeden özgün şablonu doldurun.")
        if name in raw.row_errors:
            raise FileRefused(raw.row_errors[name])
    _check_structure(result, raw.grids)
    for sheet in layout.sheets:
        scan = raw.scans.get(sheet.spec.sheet, SheetScan())
        _check_scan(path.name, sheet, scan, input_cells(sheet, report))
    ours = {s.spec.sheet for s in layout.sheets}
    notes = raw.scans.get(INSTRUCTIONS_SHEET)
    if notes is not None:
        from .export import instruction_lines

        count = len(instruction_lines(layout, report))
        typed = sorted((r, c) for r, c in notes.data_cells if c > 1 or r > count)
        if typed:
            raise FileRefused(
                f"'{path.name}': '{INSTRUCTIONS_SHEET}' sayfasına veri yazılmış "
                f"({_coords(typed)}). Bu sayfadaki veri içe aktarılmaz; değerleri tabloların "
                "sarı hücrelerine taşıyın ya da silip yeniden kaydedin.")
    for name, scan in raw.scans.items():
        if name not in ours and name != INSTRUCTIONS_SHEET and scan.data_cells:
            cells = sorted(scan.data_cells)
            raise FileRefused(
                f"'{path.name}': şablonda olmayan '{name}' sayfasında veri var "
                f"({_coords(cells)}). Bu sayfadaki veri içe aktarılmaz; değerleri şablondaki "
                "sayfaların sarı hücrelerine taşıyın ya da sayfayı silip yeniden kaydedin.")
    for sheet in layout.sheets:
        _read_values(result, sheet, raw.grids[sheet.spec.sheet], report,
                     raw.scans.get(sheet.spec.sheet, SheetScan()))
    return result


def input_cells(sheet: SheetLayout, report: ReportYear) -> set[tuple[int, int]]:
    """(row, column) of every cell the unit may fill."""
    out = set()
    for i, (key, _label, _depth) in enumerate(sheet.rows):
        for idx, col in enumerate(sheet.spec.columns):
            if col.is_input and (col.applies is None or col.applies(report, key)):
                out.add((FIRST_DATA_ROW + i, FIRST_VALUE_COLUMN + idx))
    return out


def _read_grid(ws: Any, name: str, max_col: int, file_name: str) -> Grid:
    grid: Grid = []
    # The <dimension> a file declares may be stale or forged; read-only openpyxl would stop
    # there and silently skip rows below it. Read what the sheet really holds.
    ws.reset_dimensions()
    for i, row in enumerate(ws.iter_rows(min_row=1, max_col=max_col)):
        if i >= MAX_ROWS:
            raise FileRefused(
                f"'{file_name}', '{name}' sayfası: {MAX_ROWS} satırdan fazla satır var. "
                "Şablonun altına eklenen satırları silip yeniden kaydedin.")
        number = next((c.row for c in row if getattr(c, "row", None)), None)
        if number is None:
            continue
        cells = [Cell(c.value, getattr(c, "data_type", "n"), number, col,
                      getattr(c, "number_format", None) or "General")
                 for col, c in enumerate(row, start=1)]
        grid.append((number, cells))
    return grid


def _cell(grid_rows: dict[int, list[Any]], row: int, col: int) -> Any:
    cells = grid_rows.get(row)
    if cells is None or col - 1 >= len(cells):
        return None
    return cells[col - 1]


def _value(cell: Any) -> Any:
    return None if cell is None else cell.value


def file_structure(layout: TemplateLayout, grids: dict[str, Grid]) -> dict[str, object]:
    """The structure as the file shows it (headers and row keys), in the fingerprint's form."""
    sheets = []
    for sheet in layout.sheets:
        rows = dict(grids.get(sheet.spec.sheet, []))
        headers = [_text(_value(c)) for c in rows.get(HEADER_ROW, [])]
        while headers and headers[-1] == "":
            headers.pop()
        # row numbers matter: a key moved down one row is a different structure
        keyed = {r: _text(_value(_cell(rows, r, 1))) for r in rows if r >= FIRST_DATA_ROW}
        last = max((r for r, k in keyed.items() if k), default=FIRST_DATA_ROW - 1)
        keys = [keyed.get(r, "") for r in range(FIRST_DATA_ROW, last + 1)]
        sheets.append({"sheet": sheet.spec.sheet, "headers": headers, "rows": keys})
    return {"sheets": sheets}


def _check_structure(result: FilledTemplate, grids: dict[str, Grid]) -> None:
    layout = result.layout
    name = result.name
    actual = structure_fingerprint(layout, file_structure(layout, grids))
    expected = layout.fingerprint()
    recorded = result.fingerprint
    if actual == expected and recorded == expected:
        return
    if actual == recorded:
        raise FileRefused(
            f"'{name}': şablon alındıktan sonra veritabanındaki yapı değişmiş (ör. yeni bir "
            "birim, gösterge, ekonomik kod ya da faaliyet eklenmiş veya çıkarılmış). Bu dosya "
            "güncel yapıyla eşleşmiyor. Yeni şablon dışa aktarıp birime gönderin; birim "
            "verisini yeni şablona girsin.")
    diffs = _differences(layout, grids)
    detail = "; ".join(diffs[:3]) if diffs else "şablon bilgisi sayfası değiştirilmiş"
    raise FileRefused(
        f"'{name}': şablonun yapısı değiştirilmiş ({detail}). Satır ya da sütun eklemeyin, "
        "silmeyin; başlıkları ve kodları değiştirmeyin. Özgün şablonu doldurun ya da yeni "
        "şablon isteyin.")


def _differences(layout: TemplateLayout, grids: dict[str, Grid]) -> list[str]:
    out: list[str] = []
    for sheet in layout.sheets:
        rows = dict(grids.get(sheet.spec.sheet, []))
        spec = sheet.spec
        want_headers = [spec.key_header, spec.label_header] + [c.header for c in spec.columns]
        for col in range(1, sheet.last_column + EXTRA_COLUMNS + 1):
            want = want_headers[col - 1] if col <= len(want_headers) else ""
            got = _text(_value(_cell(rows, HEADER_ROW, col)))
            if got != want:
                coord = f"{get_column_letter(col)}{HEADER_ROW}"
                out.append(f"'{spec.sheet}' {coord} başlığı '{want}' olmalı, '{got}' bulundu"
                           if want else f"'{spec.sheet}' {coord}: şablonda olmayan sütun "
                           f"'{got}' eklenmiş")
        want_keys = sheet.row_keys()
        last = max([r for r in rows if r >= FIRST_DATA_ROW
                    and _text(_value(_cell(rows, r, 1)))], default=0)
        for i in range(max(len(want_keys), last - FIRST_DATA_ROW + 1)):
            r = FIRST_DATA_ROW + i
            want = want_keys[i] if i < len(want_keys) else ""
            got = _text(_value(_cell(rows, r, 1)))
            if got != want:
                out.append(f"'{spec.sheet}' A{r} hücresinde '{want}' kodu olmalı, "
                           f"'{got}' bulundu" if want else
                           f"'{spec.sheet}' A{r}: şablonda olmayan satır '{got}' eklenmiş")
    return out


def is_percent_format(number_format: str | None) -> bool:
    """True when the number format shows the value ×100 with a % sign (``0%``, ``%0,00``);
    a quoted or escaped ``"%"`` (our own Form-3 ratio format) is a literal and does not."""
    if not number_format:
        return False
    section = number_format.split(";")[0]
    section = re.sub(r'"[^"]*"|\\.|\[[^\]]*\]', "", section)
    return "%" in section


def _format_decimals(number_format: str) -> int | None:
    """Decimal places a number format shows (None: General, show what is needed)."""
    section = re.sub(r'"[^"]*"|\\.|\[[^\]]*\]', "", number_format.split(";")[0])
    if not re.search(r"[0#?]", section):
        return None
    _, dot, frac = section.partition(".")
    return len(re.match(r"[0#?]*", frac).group(0)) if dot else 0  # type: ignore[union-attr]


def seen_number(value: float | int, number_format: str = "General") -> str:
    """A number as the unit sees it in the cell: Turkish format, the cell format's decimals
    (at most 6 for General), ``%`` where the format shows a percentage."""
    number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    percent = is_percent_format(number_format)
    if percent:
        number *= 100
    decimals = _format_decimals(number_format)
    text = format_number(number, 6 if decimals is None else decimals, trim=True)
    return ("%" + text) if percent else text


def _sentence(text: str) -> str:
    """End a message with exactly one full stop."""
    text = text.rstrip()
    while text.endswith(".."):
        text = text[:-1]
    return text if text.endswith((".", "!", "?", "…")) else text + "."


def _cell_text(value: Any) -> str:
    """A cell's value in the canonical text the metadata and the database use."""
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return str(value)
        return canonical(Decimal(repr(value)))
    return canonical(value)


def _shown(cell: Any) -> str:
    value = _value(cell)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return seen_number(value, getattr(cell, "number_format", "General"))
    text = _text(value)
    return f"'{text if len(text) <= 40 else text[:37] + '…'}'"


def _is_formula(cell: Any) -> bool:
    return cell is not None and getattr(cell, "data_type", None) == "f"


def _as_typed(cell: Any, converter: Any) -> Any:
    """The value the unit meant: a number shown as a percentage (``%175`` typed in Excel is
    stored as 1.75 with a ``%`` format) is read as the percentage seen (175), like the text
    ``"%175"``."""
    raw = _value(cell)
    if (isinstance(raw, (int, float)) and not isinstance(raw, bool)
            and is_percent_format(getattr(cell, "number_format", None))):
        if isinstance(converter, Text):
            return seen_number(raw, cell.number_format)
        if isinstance(raw, float) and (raw != raw or raw in (float("inf"), float("-inf"))):
            return raw
        number = (Decimal(repr(raw)) if isinstance(raw, float) else Decimal(raw)) * 100
        return number.normalize() if number != number.to_integral_value() else int(number)
    return raw


def _cell_message(exc: CellError, cell: Any) -> str:
    """The converter's message with a float quoted as the unit sees it, not with 16 digits."""
    message = str(exc)
    raw = _value(cell)
    if isinstance(raw, float) and not raw.is_integer() and raw == raw:
        seen = seen_number(raw, getattr(cell, "number_format", "General"))
        exact = Decimal(repr(raw)) * (100 if is_percent_format(cell.number_format) else 1)
        full = format_number(exact, 6, trim=True)
        note = "" if seen.lstrip("%") == full else f" (hücredeki değer {full})"
        for text in (repr(raw), str(raw)):
            message = message.replace(text, seen + note)
    return message


def _read_values(result: FilledTemplate, sheet: SheetLayout, grid: Grid,
                 report: ReportYear, scan: SheetScan) -> None:
    spec = sheet.spec
    rows = dict(grid)
    letters = sheet.letters
    table_values = result.values.setdefault(spec.key, {})
    data_rows = {FIRST_DATA_ROW + i: key for i, (key, _, _) in enumerate(sheet.rows)}
    labels = {FIRST_DATA_ROW + i: label for i, (_, label, _) in enumerate(sheet.rows)}

    def reject(coord: str, key: str | None, message: str) -> None:
        result.rejections.append(Rejection(spec.key, spec.sheet, coord, key,
                                           _sentence(message)))

    for r, key in data_rows.items():
        row_values: dict[str, Any] = {}
        info = spec.info(report, key)
        label_cell = _cell(rows, r, 2)
        if _text(_value(label_cell)) not in ("", labels[r].strip()):
            reject(f"B{r}", key, f"ad hücresi değiştirilmiş (şablonda '{labels[r]}', dosyada "
                   f"{_shown(label_cell)}); adlar içe aktarılmaz. Yazılanı silip özgün adı "
                   "geri getirin; değeri ilgili sarı hücreye yazın")
        for idx, col in enumerate(spec.columns):
            c = FIRST_VALUE_COLUMN + idx
            coord = f"{letters[col.key]}{r}"
            cell = _cell(rows, r, c)
            raw = _value(cell)
            applies = col.applies is None or col.applies(report, key)
            if not col.is_input or not applies:
                _check_locked(reject, col, cell, coord, key, applies, info)
                continue
            result.cells[(spec.key, key, col.key)] = coord
            if _is_formula(cell):
                reject(coord, key, f"formül var ({raw}); burada değer bekleniyor. Hücreye "
                       "sayıyı ya da metni doğrudan yazın (formülü kopyalayıp 'Değerleri "
                       "Yapıştır' ile yapıştırın)")
                continue
            assert col.converter is not None
            try:
                row_values[col.key] = col.converter.clean(_as_typed(cell, col.converter))
            except CellError as exc:
                reject(coord, key, f"{col.header}: {_cell_message(exc, cell)}")
        table_values[key] = row_values
    if sheet.total_row is not None:
        _check_total_row(reject, sheet, rows)
    caption = spec.caption(report.year)
    title = _cell(rows, 1, 1)
    if _text(_value(title)) not in ("", caption.strip()):
        reject("A1", None, f"tablo başlığı değiştirilmiş (dosyada {_shown(title)}); başlık "
               "içe aktarılmaz. Yazılanı silip özgün başlığı geri getirin")
    # anything typed outside the template's rows and columns would be silently lost
    last_row, last_col = sheet.last_row, sheet.last_column
    outside = sorted((r, c) for r, c in scan.data_cells
                     if (r == 1 and c > 1) or (r >= HEADER_ROW and c > last_col)
                     or r > last_row)
    for r, c in _grid_outside(grid, last_row, last_col):
        if (r, c) not in scan.data_cells:
            outside.append((r, c))
    for r, c in sorted(set(outside))[:20]:
        reject(f"{get_column_letter(c)}{r}", None,
               "şablonun satır ve sütunları dışında veri var; bu değer içe aktarılamaz. "
               "Değeri şablondaki doğru hücreye taşıyın ya da silin")
    if len(set(outside)) > 20:
        reject("…", None, f"şablon dışında {len(set(outside)) - 20} hücrede daha veri var")


def _grid_outside(grid: Grid, last_row: int, last_col: int) -> list[tuple[int, int]]:
    """Cells outside the table in what openpyxl read (a safety net for cells the XML scan
    could not place, e.g. written without a reference)."""
    out = []
    for r, cells in grid:
        for cell in cells:
            if cell.value in (None, ""):
                continue
            if (r == 1 and cell.column > 1) or (r >= HEADER_ROW and cell.column > last_col) \
                    or r > last_row:
                out.append((r, cell.column))
    return out


def _check_locked(reject: Any, col: Any, cell: Any, coord: str, key: str, applies: bool,
                  info: dict[str, Any]) -> None:
    """A locked cell (derived formula, information, an input that does not apply to the row)
    that holds something the template did not put there is refused, never ignored."""
    raw = _value(cell)
    if raw is None or (isinstance(raw, str) and raw.strip() == ""):
        return
    if col.role == "derived":
        if _is_formula(cell):
            return
        reject(coord, key, f"'{col.header}' hesaplanan bir sütundur; formülün yerine "
               f"{_shown(cell)} yazılmış ve bu değer içe aktarılmaz. Değeri ilgili sarı giriş "
               "hücrelerine yazın; hesaplanan hücreyi boşaltın ya da özgün şablondan geri "
               "kopyalayın")
    elif col.role == "info":
        want = info.get(col.key)
        if _cell_text(raw) == _cell_text(want) or _same_number(raw, want):
            return
        reject(coord, key, f"'{col.header}' kilitli bir bilgi hücresidir (şablonda "
               f"{_shown(Cell(want, 's', 0, 0)) if want not in (None, '') else 'boş'}, dosyada "
               f"{_shown(cell)}); değiştirilen değer içe aktarılmaz. Özgün değeri geri getirin; "
               "değişiklik gerekiyorsa Strateji Geliştirme birimine bildirin")
    elif not applies:
        reject(coord, key, f"'{col.header}' bu satırda girilmez (hücre kilitli, gri); "
               f"{_shown(cell)} içe aktarılmaz. Değeri silin")


def _same_number(cell_value: Any, wanted: Any) -> bool:
    """A number the template wrote, read back as the float the file stores."""
    numbers = (int, float, Decimal)
    if (isinstance(cell_value, bool) or isinstance(wanted, bool)
            or not isinstance(cell_value, numbers) or not isinstance(wanted, numbers)):
        return False
    return float(cell_value) == float(wanted)


def _check_total_row(reject: Any, sheet: SheetLayout, rows: dict[int, list[Any]]) -> None:
    r = sheet.total_row
    assert r is not None
    label = _cell(rows, r, 2)
    if _text(_value(label)) not in ("", "Genel Toplam"):
        reject(f"B{r}", None, f"toplam satırının adı değiştirilmiş (dosyada {_shown(label)})")
    for idx, col in enumerate(sheet.spec.columns):
        c = FIRST_VALUE_COLUMN + idx
        cell = _cell(rows, r, c)
        raw = _value(cell)
        if raw is None or (isinstance(raw, str) and raw.strip() == "") or _is_formula(cell):
            continue
        if col.summed and raw == 0 and not any(True for _ in sheet.rows):
            continue  # an empty table's total is a plain 0
        reject(f"{get_column_letter(c)}{r}", None,
               f"toplam satırına ({col.header}) {_shown(cell)} yazılmış; toplamlar satırlardan "
               "hesaplanır ve bu değer içe aktarılmaz. Değerleri birimlerin satırlarına yazın, "
               "toplam hücresini özgün formülüne döndürün")
