"""Where everything sits in a template, and the fingerprint of that structure.

The exporter writes a :class:`TemplateLayout`; the importer rebuilds the layout the database
expects for the same year, unit and tables and compares it with what the file holds.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from openpyxl.utils import get_column_letter

from ..domain.model import ReportYear
from .specs import FIRST_DATA_ROW, FIRST_VALUE_COLUMN, TOTAL_KEY, TableSpec, table_specs

TEMPLATE_KIND = "faaliyet-desktop/birim-sablonu"
TEMPLATE_VERSION = 1
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


def _canonical(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (int, Decimal)):
        return format(Decimal(value).normalize(), "f")
    return str(value).replace("\r\n", "\n").strip()


def row_digest(values: dict[str, Any]) -> str:
    """A short hash of a row's input values, the same whether they come from the database
    (at export) or from the file's cells (at import)."""
    canon = {k: _canonical(v) for k, v in values.items()}
    text = json.dumps(canon, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


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
