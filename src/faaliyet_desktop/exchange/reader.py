"""Read a filled template: refuse what is not our template, read every input cell or say why not.

The file is checked by :mod:`.safety` first; then openpyxl opens it read-only with
``data_only=False`` so formulas typed where values are expected are seen as formulas.
"""

from __future__ import annotations

import hashlib
import re
import warnings
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, NamedTuple

from defusedxml import ElementTree as SafeET
from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from ..domain.model import ReportYear
from .converters import CellError
from .layout import (
    META_SHEET,
    TEMPLATE_KIND,
    TEMPLATE_VERSION,
    LayoutError,
    SheetLayout,
    TemplateLayout,
    build_layout,
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
    with _guard(path):
        return load_workbook(path, read_only=True, data_only=False, keep_links=False)


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
                expected_unit: str | None) -> None:
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


# --- sheet XML scan: merged cells, hidden rows and columns ----------------------------------
_MERGE = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*\bref="([A-Z0-9:$]+)"')
_HIDDEN_ROW = re.compile(rb'<(?:\w+:)?row\b[^>]*\bhidden="(?:1|true)"[^>]*>')
_ROW_NUM = re.compile(rb'\br="(\d+)"')
_HIDDEN_COL = re.compile(rb'<(?:\w+:)?col\b[^>]*\bhidden="(?:1|true)"[^>]*>')
_COL_MIN = re.compile(rb'\bmin="(\d+)"')


def _sheet_parts(zf: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name → zip member of its XML."""
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
    return out


def _scan_hidden_and_merged(raw: RawFile, names: list[str]) -> None:
    try:
        with zipfile.ZipFile(raw.path) as zf:
            parts = _sheet_parts(zf)
            for name in names:
                part = parts.get(name)
                if part is None:
                    continue
                try:
                    _scan_sheet(raw.path.name, name, zf.read(part))
                except FileRefused as exc:
                    raw.scan_errors[name] = exc.message
    except FileRefused:
        raise
    except Exception as exc:
        raise FileRefused(f"'{raw.path.name}': dosyanın iç yapısı okunamıyor "
                          f"({type(exc).__name__}). Dosyayı Excel'de açıp .xlsx olarak yeniden "
                          "kaydedin.") from exc


def _scan_sheet(name: str, sheet: str, data: bytes) -> None:
    where = f"'{name}', '{sheet}' sayfası"
    if b"mergeCell" in data:
        refs = [m.decode() for m in _MERGE.findall(data)]
        if refs:
            shown = ", ".join(refs[:5]) + (" …" if len(refs) > 5 else "")
            raise FileRefused(
                f"{where}: birleştirilmiş hücreler var ({shown}). Birleştirilmiş hücrede hangi "
                "değerin hangi sütuna ait olduğu belli olmaz. Hücre birleştirmeyi kaldırıp her "
                "değeri kendi hücresine yazın.")
    if b"hidden" in data:
        rows = []
        for m in _HIDDEN_ROW.finditer(data):
            num = _ROW_NUM.search(m.group(0))
            if num:
                rows.append(int(num.group(1)))
        if rows:
            shown = ", ".join(str(r) for r in rows[:5]) + (" …" if len(rows) > 5 else "")
            raise FileRefused(
                f"{where}: gizli satırlar var (satır {shown}). Gizli satırdaki veriyi kimse "
                "görmeden içe aktarmamak için dosya reddedildi. Satırları gösterin (Biçim → "
                "Göster), kontrol edip yeniden kaydedin.")
        cols = []
        for m in _HIDDEN_COL.finditer(data):
            num = _COL_MIN.search(m.group(0))
            if num:
                cols.append(get_column_letter(int(num.group(1))))
        if cols:
            raise FileRefused(
                f"{where}: gizli sütunlar var ({', '.join(cols[:5])}). Sütunları gösterin, "
                "kontrol edip yeniden kaydedin.")


# --- the workbook ---------------------------------------------------------------------------
class Cell(NamedTuple):
    """A cell as read (plain data, so a reader process can hand it over)."""

    value: Any
    data_type: str
    row: int
    column: int


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
    scan_errors: dict[str, str] = field(default_factory=dict)  # merged / hidden


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


def read_filled(path: str | Path, report: ReportYear, expected_unit: str | None = None
                ) -> FilledTemplate:
    """Read a filled template against the database's ``report``.

    Raises :class:`FileRefused` when the file cannot be imported at all (wrong kind, year,
    unit, version or structure, damaged, dangerous). Cells that cannot be read are collected
    as :class:`Rejection` s in the result.
    """
    return check_raw(read_raw(path, sheet_map(report)), report, expected_unit)


def check_raw(raw: RawFile, report: ReportYear, expected_unit: str | None = None
              ) -> FilledTemplate:
    """Phase two: the file against the database (year, unit, version, structure, values)."""
    path, meta = raw.path, raw.meta
    _check_meta(meta, path, report, expected_unit)
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
        if sheet.spec.sheet in raw.scan_errors:
            raise FileRefused(raw.scan_errors[sheet.spec.sheet])
    for sheet in layout.sheets:
        _read_values(result, sheet, raw.grids[sheet.spec.sheet], report)
    return result


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
        cells = [Cell(c.value, getattr(c, "data_type", "n"), number, col)
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


def _read_values(result: FilledTemplate, sheet: SheetLayout, grid: Grid,
                 report: ReportYear) -> None:
    spec = sheet.spec
    rows = dict(grid)
    letters = sheet.letters
    table_values = result.values.setdefault(spec.key, {})
    data_rows = {FIRST_DATA_ROW + i: key for i, (key, _, _) in enumerate(sheet.rows)}
    for r, key in data_rows.items():
        row_values: dict[str, Any] = {}
        for idx, col in enumerate(spec.columns):
            if not col.is_input or (col.applies is not None and not col.applies(report, key)):
                continue
            c = FIRST_VALUE_COLUMN + idx
            coord = f"{letters[col.key]}{r}"
            cell = _cell(rows, r, c)
            raw = _value(cell)
            result.cells[(spec.key, key, col.key)] = coord
            if getattr(cell, "data_type", None) == "f" or (
                    isinstance(raw, str) and raw.startswith("=") and cell is not None
                    and getattr(cell, "data_type", "s") == "f"):
                result.rejections.append(Rejection(
                    spec.key, spec.sheet, coord, key,
                    f"formül var ({raw}); burada değer bekleniyor. Hücreye sayıyı ya da metni "
                    "doğrudan yazın (formülü kopyalayıp 'Değerleri Yapıştır' ile yapıştırın)."))
                continue
            assert col.converter is not None
            try:
                row_values[col.key] = col.converter.clean(raw)
            except CellError as exc:
                result.rejections.append(Rejection(
                    spec.key, spec.sheet, coord, key, f"{col.header}: {exc}."))
        table_values[key] = row_values
    # anything typed outside the template's rows and columns would be silently lost
    last_row = sheet.last_row
    last_col = sheet.last_column
    for r, cells in grid:
        if r < FIRST_DATA_ROW:
            continue
        for cell in cells:
            number = getattr(cell, "column", None)
            if number is None or cell.value in (None, ""):
                continue
            if r > last_row or number > last_col:
                coord = f"{get_column_letter(number)}{r}"
                result.rejections.append(Rejection(
                    spec.key, spec.sheet, coord, None,
                    "şablonun satır ve sütunları dışında veri var; bu değer içe aktarılamaz. "
                    "Değeri şablondaki doğru hücreye taşıyın ya da silin."))
                break
