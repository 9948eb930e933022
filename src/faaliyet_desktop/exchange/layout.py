"""Where everything sits in a template, and the fingerprint of that structure.

The exporter writes a :class:`TemplateLayout`; the importer rebuilds the layout the database
expects for the same year, unit and tables and compares it with what the file holds.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from openpyxl.utils import get_column_letter

from ..domain.model import ReportYear
from .specs import FIRST_DATA_ROW, FIRST_VALUE_COLUMN, TOTAL_KEY, TableSpec, table_specs

TEMPLATE_KIND = "faaliyet-desktop/birim-sablonu"
TEMPLATE_VERSION = 2  # 2: per-cell base values and an HMAC signature
META_SHEET = "_sablon_bilgisi"
INSTRUCTIONS_SHEET = "Açıklamalar"


@dataclass(frozen=True)
class SheetLayout:
    spec: TableSpec
    rows: tuple[tuple[str, str, int], ...]  # (key, label, depth) of the data rows

    @property
    def letters(self) -> dict[str, str]:
        """Column key → column letter; ``_key`` is A and ``_label`` is B."""
        out = {"_key": "A", "_label": "B"}
        for i, col in enumerate(self.spec.columns):
            out[col.key] = get_column_letter(FIRST_VALUE_COLUMN + i)
        return out

    @property
    def last_column(self) -> int:
        return FIRST_VALUE_COLUMN + len(self.spec.columns) - 1

    @property
    def total_row(self) -> int | None:
        return FIRST_DATA_ROW + len(self.rows) if self.spec.total_row else None

    @property
    def last_row(self) -> int:
        return FIRST_DATA_ROW + len(self.rows) - (0 if self.spec.total_row else 1)

    def row_keys(self) -> list[str]:
        keys = [k for k, _, _ in self.rows]
        return keys + [TOTAL_KEY] if self.spec.total_row else keys


@dataclass(frozen=True)
class TemplateLayout:
    year: int
    unit: str | None
    sheets: tuple[SheetLayout, ...]

    @property
    def tables(self) -> tuple[str, ...]:
        return tuple(s.spec.key for s in self.sheets)

    def visible_structure(self) -> dict[str, object]:
        """Sheets, headers and row keys as the file shows them (see reader.file_structure)."""
        sheets = []
        for s in self.sheets:
            spec = s.spec
            headers = [spec.key_header, spec.label_header] + [c.header for c in spec.columns]
            sheets.append({"sheet": spec.sheet, "headers": headers, "rows": s.row_keys()})
        return {"sheets": sheets}

    def fingerprint(self) -> str:
        return structure_fingerprint(self, self.visible_structure())


def structure_fingerprint(layout: TemplateLayout, visible: dict[str, object]) -> str:
    """SHA-256 over kind, version, year, unit, tables and the visible structure."""
    body = {
        "kind": TEMPLATE_KIND,
        "version": TEMPLATE_VERSION,
        "year": layout.year,
        "unit": layout.unit or "",
        "tables": list(layout.tables),
        **visible,
    }
    text = json.dumps(body, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


BASE_PREFIX = "taban|"  # metadata keys of the rows' values at export: taban|<table>|<row>
SIGNATURE_KEY = "imza"  # HMAC-SHA256 of every other metadata row, with the database's key
EXPORT_ID_KEY = "disa_aktarma_no"


def canonical(value: Any) -> str:
    """One text per value, the same from the database and from a cell read back."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (int, Decimal)):
        return format(Decimal(value).normalize(), "f")
    return str(value).replace("\r\n", "\n").strip()


def value_digest(value: Any) -> str:
    return hashlib.sha256(canonical(value).encode("utf-8")).hexdigest()[:16]


def base_record(values: dict[str, Any]) -> str:
    """The row's input values at export, per cell (a short hash of each non-empty value), as
    the metadata stores them; blank cells are left out."""
    digests = {k: value_digest(v) for k, v in values.items() if canonical(v) != ""}
    return json.dumps(digests, sort_keys=True, separators=(",", ":"))


def parse_base(text: str | None) -> dict[str, str] | None:
    """A base record back (None when absent or unreadable)."""
    if text is None:
        return None
    try:
        data = json.loads(text)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    return {str(k): str(v) for k, v in data.items()}


def same_as_base(base: dict[str, str], column: str, value: Any) -> bool:
    """True when ``value`` is what the cell held at export (blank then and now included)."""
    want = base.get(column)
    if canonical(value) == "":
        return want is None
    return want == value_digest(value)


def signature(meta: dict[str, str] | list[tuple[str, str]], key: bytes) -> str:
    """HMAC-SHA256 over every metadata row but the signature itself (structure fingerprint,
    unit, year, tables, export id, base values ...)."""
    items = meta.items() if isinstance(meta, dict) else meta
    body = sorted((str(k), str(v).strip()) for k, v in items if k != SIGNATURE_KEY)
    text = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest()


def signature_ok(meta: dict[str, str], key: bytes) -> bool:
    got = meta.get(SIGNATURE_KEY, "")
    return bool(key) and bool(got) and hmac.compare_digest(got, signature(meta, key))


def input_values(sheet: SheetLayout, report: ReportYear, key: str,
                 values: dict[str, Any] | None) -> dict[str, Any]:
    """The row's values restricted to the input cells the template has for it."""
    values = values or {}
    return {c.key: values.get(c.key) for c in sheet.spec.columns
            if c.is_input and (c.applies is None or c.applies(report, key))}


class LayoutError(ValueError):
    """The requested template cannot be built (unknown unit or table); Turkish message."""


def build_layout(report: ReportYear, unit: str | None, tables: tuple[str, ...] | list[str]
                 ) -> TemplateLayout:
    specs = table_specs(report)
    if unit is not None and report.unit(unit) is None:
        raise LayoutError(f"'{unit}' kodlu bir birim {report.year} yılında tanımlı değil.")
    sheets = []
    for key in tables:
        spec = specs.get(key)
        if spec is None:
            raise LayoutError(
                f"'{key}' bilinen bir tablo değil; seçenekler: {', '.join(specs)}.")
        if unit is not None and not spec.unit_table:
            raise LayoutError(
                f"{spec.sheet}: bu tablo yalnızca kurum şablonunda yer alır (birim seçmeyin).")
        sheets.append(SheetLayout(spec, tuple(spec.rows(report, unit))))
    if not sheets:
        raise LayoutError("Şablon için en az bir tablo seçin.")
    return TemplateLayout(report.year, unit, tuple(sheets))
