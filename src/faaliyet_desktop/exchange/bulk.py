"""Send and collect in bulk: one template per unit (each recorded in the export log, its export
id written into the file's metadata), and the per-unit status list as an Excel sheet.
"""

from __future__ import annotations

import importlib
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from ..domain.model import ReportYear, UnitKind
from . import layout as _layout
from .export import build_workbook, write_text
from .layout import META_SHEET
from .specs import REPORTING_KINDS, unit_rows

# The export id in the template's metadata sheet: the exchange's own key when its templates
# carry one (then it is also signed), else a row this module adds.
EXPORT_ID_KEY: str = getattr(_layout, "EXPORT_ID_KEY", "gonderim_no")

# progress(done, total, file name) → False to stop
Progress = Callable[[int, int, str], bool]


@dataclass(frozen=True)
class Written:
    unit: str
    unit_name: str
    path: Path
    export_id: str
    fingerprint: str
    tables: int = 0
    rows: int = 0


@dataclass
class BulkExport:
    folder: Path
    written: list[Written] = field(default_factory=list)
    total: int = 0
    cancelled: bool = False
    logged: bool = True  # False: a read-only database, the sends could not be recorded

    def summary(self, report: ReportYear) -> str:
        """Turkish: how many templates, for which kinds of unit, where."""
        kinds: dict[str, int] = {}
        for w in self.written:
            u = report.unit(w.unit)
            label = "il müdürlüğü" if u is not None and u.kind == UnitKind.PROVINCIAL \
                else "merkez birimi"
            kinds[label] = kinds.get(label, 0) + 1
        parts = ", ".join(f"{n} {k}" for k, n in kinds.items())
        text = f"{len(self.written)} şablon yazıldı: {self.folder}" + (f" ({parts})" if parts
                                                                       else "")
        if self.cancelled:
            text += f"; iptal edildi, {self.total - len(self.written)} birimin şablonu yazılmadı"
        text += "." if self.logged else "; veritabanı salt okunur olduğu için gönderimler " \
            "kaydedilemedi."
        return text


def template_name(year: int, unit: str) -> str:
    return f"sablon_{year}_{unit}.xlsx"


def reporting_units(report: ReportYear, kinds: tuple[UnitKind, ...] = REPORTING_KINDS
                    ) -> list[str]:
    """The units that fill a template, in the organisation's order."""
    out = []
    for code, _name, _depth in unit_rows(report, None):
        u = report.unit(code)
        if u is not None and u.kind in kinds:
            out.append(code)
    return out


def new_export_id(year: int, unit: str) -> str:
    return f"{year}-{unit}-{uuid.uuid4().hex[:8]}"


def _previous(workspace: Any, year: int) -> ReportYear | None:
    return workspace.load(year - 1) if (year - 1) in workspace.years() else None


def _signing(workspace: Any) -> dict[str, Any]:
    """``key=`` for build_workbook where this version signs its templates with the database's
    template key (as a single export does), else nothing."""
    try:
        module = importlib.import_module("faaliyet_desktop.storage.template_key")
    except ModuleNotFoundError:
        return {}
    return {"key": module.template_key(workspace.database.engine)}


def export_unit(workspace: Any, year: int, unit: str, path: str | Path,
                tables: Sequence[str] | None = None, *, report: ReportYear | None = None,
                previous: ReportYear | None = None, log: bool = True) -> Written:
    """Write ``unit``'s template to ``path`` as a single export does (last year's values as
    hints, signed where templates are signed), and record the send with the template's
    export id."""
    report = report or workspace.load(year)
    if previous is None:
        previous = _previous(workspace, year)
    wb, layout = build_workbook(report, unit, tables, previous=previous,
                                **_signing(workspace))
    meta = wb[META_SHEET]
    export_id = next((str(r[1]) for r in meta.iter_rows(max_col=2, values_only=True)
                      if r[0] == EXPORT_ID_KEY and r[1]), "")
    if not export_id:  # this template version has no export id of its own: add one
        export_id = new_export_id(year, unit)
        row = meta.max_row + 1
        write_text(meta.cell(row, 1), EXPORT_ID_KEY)
        write_text(meta.cell(row, 2), export_id)
    target = Path(path)
    tmp = target.with_name(target.name + ".tmp")
    try:
        wb.save(tmp)
        tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)
    u = report.unit(unit)
    name = u.name if u is not None else unit
    fingerprint = layout.fingerprint()
    if log:
        workspace.database.record_export(year, unit, name, target.name, export_id, fingerprint)
    return Written(unit, name, target, export_id, fingerprint, len(layout.sheets),
                   sum(len(sheet.rows) for sheet in layout.sheets))


def export_all(workspace: Any, year: int, folder: str | Path, *,
               units: Sequence[str] | None = None, tables: Sequence[str] | None = None,
               progress: Progress | None = None) -> BulkExport:
    """One template per unit (default: every reporting unit) into ``folder``, named
    ``sablon_<year>_<unit>.xlsx``; ``progress`` returning False stops after the current one."""
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    report = workspace.load(year)
    previous = _previous(workspace, year)
    codes = list(units) if units is not None else reporting_units(report)
    log = not getattr(workspace, "readonly", False)
    result = BulkExport(target, total=len(codes), logged=log)
    for i, code in enumerate(codes):
        path = target / template_name(year, code)
        if progress is not None and not progress(i, len(codes), path.name):
            result.cancelled = True
            break
        result.written.append(export_unit(workspace, year, code, path, tables, report=report,
                                          previous=previous, log=log))
    if progress is not None and not result.cancelled:
        progress(len(codes), len(codes), "")
    return result


def latest_exports(workspace: Any, year: int) -> dict[str | None, Any]:
    """The newest recorded export per unit (for the consolidation view)."""
    out: dict[str | None, Any] = {}
    for rec in workspace.database.exports(year):
        out[rec.unit] = rec
    return out


# --- the status list as a sheet ---------------------------------------------------------------

STATUS_HEADERS = ["Kod", "Birim", "Durum", "Şablon gönderildi", "Gönderilen dosya",
                  "Son içe aktarma", "İçe aktarılan dosya", "Hata", "Uyarı", "Açıklama"]


def _when(text: str) -> str:
    return text[:19].replace("T", " ") if text else ""


def status_rows(statuses: Sequence[Any]) -> list[list[Any]]:
    """One row per unit: code, name, status, sent (when, file), last import (when, file),
    errors, warnings, note."""
    return [[s.code, s.name, s.status_tr, _when(s.sent_at), s.sent_file, _when(s.imported_at),
             s.imported_file, s.errors, s.warnings, s.message] for s in statuses]


def write_status_sheet(statuses: Sequence[Any], path: str | Path, year: int,
                       summary: str = "") -> Path:
    """The consolidation list as an .xlsx sheet (written atomically)."""
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = f"Birimler {year}"[:31]
    first = 1
    if summary:
        ws.cell(1, 1, f"{year}: {summary}").font = Font(bold=True)
        first = 3
    for c, header in enumerate(STATUS_HEADERS, start=1):
        ws.cell(first, c, header).font = Font(bold=True)
    for r, row in enumerate(status_rows(statuses), start=first + 1):
        for c, value in enumerate(row, start=1):
            cell = ws.cell(r, c)
            if isinstance(value, int):
                cell.value = value
            else:
                write_text(cell, str(value) if value is not None else "")
    for c, width in enumerate((8, 40, 26, 20, 28, 20, 28, 7, 7, 40), start=1):
        ws.column_dimensions[get_column_letter(c)].width = width
    ws.freeze_panes = ws.cell(first + 1, 1)
    target = Path(path)
    tmp = target.with_name(target.name + ".tmp")
    try:
        wb.save(tmp)
        tmp.replace(target)
    finally:
        tmp.unlink(missing_ok=True)
    return target
