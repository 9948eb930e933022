"""The dry run: what importing each file would do, row by row, and which checks would newly fail.

Nothing here writes anything. A file whose rows are all readable is ``ready`` (or
``nochange`` when it changes nothing); a file with any rejected row, or refused as a whole, is
``refused`` and cannot be applied: a file goes in whole or not at all.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from ..domain.checks import Finding, run_checks
from ..domain.model import ReportYear
from .layout import BASE_PREFIX, input_values, row_digest
from .parallel import read_many
from .reader import FilledTemplate, RawFile, Rejection, check_raw, file_sha256, sheet_map
from .safety import FileRefused
from .specs import table_specs

ROW_STATUS_TR = {"new": "yeni", "changed": "değişti", "unchanged": "değişmedi",
                 "rejected": "reddedildi"}
FILE_STATUS_TR = {"ready": "içe aktarılabilir", "nochange": "değişiklik yok",
                  "refused": "reddedildi"}


@dataclass(frozen=True)
class CellChange:
    column: str
    header: str
    cell: str
    old: Any
    new: Any
    old_text: str
    new_text: str


@dataclass
class RowPlan:
    table: str
    sheet: str
    row_key: str
    label: str
    status: str  # new | changed | unchanged | rejected
    changes: list[CellChange] = field(default_factory=list)
    reasons: list[Rejection] = field(default_factory=list)
    note: str = ""  # kept newer database values, or a conflict

    @property
    def status_tr(self) -> str:
        return ROW_STATUS_TR[self.status]


@dataclass
class FilePlan:
    path: Path
    status: str  # ready | nochange | refused
    message: str = ""
    sha256: str = ""
    unit: str | None = None
    unit_name: str = ""
    fingerprint: str = ""
    rows: list[RowPlan] = field(default_factory=list)
    new_findings: list[Finding] = field(default_factory=list)
    previously_imported: str = ""  # when the same file was imported before: when
    filled: FilledTemplate | None = field(default=None, repr=False)  # what was read

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def can_apply(self) -> bool:
        return self.status == "ready"

    @property
    def status_tr(self) -> str:
        return FILE_STATUS_TR[self.status]

    def count(self, status: str) -> int:
        return sum(1 for r in self.rows if r.status == status)

    def changes(self) -> list[tuple[RowPlan, CellChange]]:
        return [(r, c) for r in self.rows for c in r.changes if r.status in ("new", "changed")]


@dataclass
class ImportPlan:
    year: int
    files: list[FilePlan]

    @property
    def any_refused(self) -> bool:
        return any(f.status == "refused" for f in self.files)


def _same(old: Any, new: Any) -> bool:
    if old in (None, "") and new in (None, ""):
        return True
    if isinstance(old, (int, Decimal)) and isinstance(new, (int, Decimal)):
        return Decimal(old) == Decimal(new)
    return bool(old == new)


def plan_file(report: ReportYear, filled: FilledTemplate,
              baseline: list[Finding] | None = None, *, with_checks: bool = True) -> FilePlan:
    """Compare the file's values with ``report``; no side effects."""
    unit = report.unit(filled.unit) if filled.unit else None
    plan = FilePlan(filled.path, "ready", sha256=filled.sha256, unit=filled.unit,
                    unit_name=unit.name if unit else report.institution.name,
                    fingerprint=filled.fingerprint, filled=filled)
    specs = table_specs(report)
    rejected: dict[tuple[str, str | None], list[Rejection]] = {}
    for rej in filled.rejections:
        rejected.setdefault((rej.table, rej.row_key), []).append(rej)
    for sheet in filled.layout.sheets:
        spec = sheet.spec
        headers = {c.key: c.header for c in spec.columns}
        converters = {c.key: c.converter for c in spec.columns}
        for key, label, _depth in sheet.rows:
            row = RowPlan(spec.key, spec.sheet, key, label, "unchanged")
            reasons = rejected.pop((spec.key, key), [])
            new = filled.values.get(spec.key, {}).get(key, {})
            old = spec.get(report, key)
            old_vals = old or {}
            changes = []
            for col, value in new.items():
                before = old_vals.get(col)
                if _same(before, value):
                    continue
                conv = converters[col]
                assert conv is not None
                changes.append(CellChange(
                    col, headers[col], filled.cells.get((spec.key, key, col), ""), before,
                    value, conv.display(before), conv.display(value)))
            base = filled.meta.get(f"{BASE_PREFIX}{spec.key}|{key}")
            note = ""
            kept = False
            if base is not None and not reasons:
                touched = row_digest(new) != base
                db_moved = row_digest(input_values(sheet, report, key, old)) != base
                if changes and not touched:
                    # the unit left the row as exported; the database changed since: keep it
                    note = ("Birim bu satırı değiştirmedi; veritabanındaki değer şablon "
                            "alındıktan sonra değişmiş ve korunuyor.")
                    changes = []
                    kept = True
                elif changes and db_moved:
                    note = ("Dikkat: bu satır şablon alındıktan sonra veritabanında da "
                            "değişmiş; dosyadaki değerler onun yerine yazılacak.")
            row.note = note
            empty_before = all(v in (None, "") for v in old_vals.values())
            will_exist = bool(changes) or (old is not None and not empty_before)
            if will_exist and not kept:
                for col in spec.required:
                    if col in new and new[col] in (None, ""):
                        reasons.append(Rejection(
                            spec.key, spec.sheet, filled.cells.get((spec.key, key, col), ""),
                            key, f"{headers[col]} boş bırakılamaz (değer yoksa 0 yazın)."))
            if reasons:
                row.status = "rejected"
                row.reasons = reasons
            elif changes:
                row.status = "new" if (old is None or empty_before) else "changed"
            row.changes = changes
            plan.rows.append(row)
    for (table, _key), reasons in rejected.items():  # data outside the template's rows
        sheet_name = specs[table].sheet if table in specs else table
        plan.rows.append(RowPlan(table, sheet_name, "", "(şablon dışı)", "rejected",
                                 reasons=reasons))
    if any(r.status == "rejected" for r in plan.rows):
        n = plan.count("rejected")
        plan.status = "refused"
        plan.message = (f"{n} satırda okunamayan değer var; dosya içe aktarılamaz. Birime "
                        "hücreleri düzelttirip dosyayı yeniden gönderin.")
    elif not plan.changes():
        plan.status = "nochange"
        plan.message = "Dosyadaki değerler veritabanındakiyle aynı; içe aktarılacak değişiklik yok."
    elif with_checks:
        after = _writable_copy(report)
        apply_values(after, plan)
        before = baseline if baseline is not None else run_checks(report)
        plan.new_findings = newly_failing(before, run_checks(after))
    return plan


_WRITTEN = ("personnel", "it_counts", "unit_spending", "budget_lines", "activities",
            "indicators")


def _writable_copy(report: ReportYear) -> ReportYear:
    """A copy whose tables an import writes are deep copies; the rest is shared (read only)."""
    return dataclasses.replace(report, **{name: copy.deepcopy(getattr(report, name))
                                          for name in _WRITTEN})


def _finding_key(f: Finding) -> tuple[str, str, str | None, str | None, str]:
    return (f.rule, f.location.table, f.location.row, f.location.column, f.message)


def newly_failing(before: Iterable[Finding], after: Iterable[Finding]) -> list[Finding]:
    """Findings after the import that were not there before (same rule, place and text)."""
    seen = {_finding_key(f) for f in before}
    return [f for f in after if _finding_key(f) not in seen]


def apply_values(report: ReportYear, plan: FilePlan) -> list[tuple[str, str, str, Any, Any]]:
    """Write the plan's changes into ``report``; returns (table, row, column, old, new)."""
    specs = table_specs(report)
    done: list[tuple[str, str, str, Any, Any]] = []
    for row in plan.rows:
        if row.status not in ("new", "changed"):
            continue
        spec = specs[row.table]
        values = {c.column: c.new for c in row.changes}
        spec.put(report, row.row_key, values)
        done.extend((row.table, row.row_key, c.column, c.old, c.new) for c in row.changes)
    return done


def plan_import(report: ReportYear, paths: Iterable[str | Path], *,
                expected_unit: str | None = None,
                progress: Callable[[int, int, str], bool | None] | None = None,
                imported_before: Callable[[str], str | None] | None = None) -> ImportPlan:
    """Dry run of importing ``paths`` into ``report`` (each file against the same state).

    ``progress(done, total, name)`` is called before each file; returning False cancels.
    ``imported_before(sha256)`` tells when the same file was imported already.
    """
    files_in = [Path(p) for p in paths]
    baseline: list[Finding] | None = None
    files: list[FilePlan] = []
    units_seen: dict[str | None, str] = {}
    hashes_seen: dict[str, str] = {}
    reads = read_many(files_in, sheet_map(report))
    try:
        for i, (path, raw) in enumerate(zip(files_in, reads, strict=False)):
            if progress is not None and progress(i, len(files_in), path.name) is False:
                break
            try:
                if isinstance(raw, FileRefused):
                    raise raw
                filled = check_raw(raw, report, expected_unit)
            except FileRefused as exc:
                sha = raw.sha256 if isinstance(raw, RawFile) else _safe_sha(path)
                code = (raw.meta.get("birim") or None) if isinstance(raw, RawFile) else None
                known = report.unit(code) if code is not None else None
                files.append(FilePlan(path, "refused", exc.message, sha256=sha,
                                      unit=known.code if known else None,
                                      unit_name=known.name if known else ""))
                continue
            if filled.sha256 in hashes_seen:
                files.append(FilePlan(path, "refused", f"'{path.name}': aynı dosya bu listede iki "
                                      f"kez var ('{hashes_seen[filled.sha256]}'). Birini çıkarın.",
                                      sha256=filled.sha256, unit=filled.unit))
                continue
            hashes_seen[filled.sha256] = path.name
            if filled.unit in units_seen:
                who = filled.unit or "kurum geneli"
                files.append(FilePlan(
                    path, "refused", f"'{path.name}': aynı birimin ({who}) başka bir dosyası da "
                    f"seçildi ('{units_seen[filled.unit]}'). Hangisinin geçerli olduğuna karar "
                    "verip yalnız onu içe aktarın.", sha256=filled.sha256, unit=filled.unit))
                continue
            units_seen[filled.unit] = path.name
            if baseline is None:
                baseline = run_checks(report)
            plan = plan_file(report, filled, baseline)
            if imported_before is not None:
                plan.previously_imported = imported_before(filled.sha256) or ""
            files.append(plan)
    finally:
        reads.close()
    if progress is not None:
        progress(len(files), len(files_in), "")
    return ImportPlan(report.year, files)


def _safe_sha(path: Path) -> str:
    try:
        return file_sha256(path)
    except OSError:
        return ""
