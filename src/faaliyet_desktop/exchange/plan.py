"""The dry run: what importing each file would do, row by row, and which checks would newly fail.

Nothing here writes anything. A file whose rows are all readable is ``ready`` (or
``nochange`` when it changes nothing); a file with any rejected row, or refused as a whole, is
``refused`` and cannot be applied: a file goes in whole or not at all.

Per cell, three-way against the value the template was exported with: a cell the unit left as
exported (blank then and now included) is not touched; a cell only the file changed is written;
a cell both the file and the database changed since the export refuses the file, naming both
values. Files of one run that compete (the same unit, or the same cell) are all held back.
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
from .layout import BASE_PREFIX, parse_base, same_as_base
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
    rejected_keys = set(rejected)
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
            base = parse_base(filled.meta.get(f"{BASE_PREFIX}{spec.key}|{key}"))
            kept_cols: list[str] = []
            for col, value in new.items():
                before = old_vals.get(col)
                if _same(before, value):
                    continue
                conv = converters[col]
                assert conv is not None
                coord = filled.cells.get((spec.key, key, col), "")
                if base is not None and (spec.key, key) not in rejected_keys:
                    if same_as_base(base, col, value):
                        # the unit left the cell as exported (blank then, blank now, or the
                        # same value): not touched; the database's newer value stays
                        kept_cols.append(headers[col])
                        continue
                    if not same_as_base(base, col, before):
                        reasons.append(Rejection(
                            spec.key, spec.sheet, coord, key,
                            f"{headers[col]}: şablon alındıktan sonra hem veritabanında hem "
                            f"dosyada değişmiş (veritabanında {conv.display(before)}, dosyada "
                            f"{conv.display(value)}). Hangisinin doğru olduğuna karar verin: "
                            "veritabanındaki doğruysa hücreyi dosyada eski haline getirin; "
                            "dosyadaki doğruysa yeni şablon dışa aktarıp değeri ona girin."))
                        continue
                changes.append(CellChange(col, headers[col], coord, before, value,
                                          conv.display(before), conv.display(value)))
            note = ""
            kept = bool(kept_cols) and not changes
            if kept_cols:
                note = ("Birimin değiştirmediği hücreler (" + ", ".join(kept_cols[:4])
                        + (" …" if len(kept_cols) > 4 else "") + ") şablon alındıktan sonra "
                        "veritabanında değişmiş; veritabanındaki değerler korunuyor.")
            row.note = note
            empty_before = all(v in (None, "") for v in old_vals.values())
            will_exist = bool(changes) or (old is not None and not empty_before)
            if will_exist and not kept:
                for col in spec.required:
                    if col in new and new[col] in (None, "") and col not in kept_cols:
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


def plan_import(report: ReportYear, paths: Iterable[str | Path], *, key: bytes,
                expected_unit: str | None = None,
                progress: Callable[[int, int, str], bool | None] | None = None,
                imported_before: Callable[[str], str | None] | None = None) -> ImportPlan:
    """Dry run of importing ``paths`` into ``report`` (each file against the same state).

    ``key`` is the database's template key: a file not signed with it is refused.
    Files that compete (the same unit, or changes to the same cell) are all held back, so the
    result never depends on the order the files were named in.
    ``progress(done, total, name)`` is called before each file; returning False cancels.
    ``imported_before(sha256)`` tells when the same file was imported already.
    """
    files_in = [Path(p) for p in paths]
    baseline: list[Finding] | None = None
    files: list[FilePlan] = []
    hashes_seen: dict[str, str] = {}
    reads = read_many(files_in, sheet_map(report))
    try:
        for i, (path, raw) in enumerate(zip(files_in, reads, strict=False)):
            if progress is not None and progress(i, len(files_in), path.name) is False:
                break
            try:
                if isinstance(raw, FileRefused):
                    raise raw
                filled = check_raw(raw, report, expected_unit, key=key)
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
            if baseline is None:
                baseline = run_checks(report)
            plan = plan_file(report, filled, baseline)
            if imported_before is not None:
                plan.previously_imported = imported_before(filled.sha256) or ""
            files.append(plan)
    finally:
        reads.close()
    hold_back_competitors(files)
    if progress is not None:
        progress(len(files), len(files_in), "")
    return ImportPlan(report.year, files)


def hold_back_competitors(files: list[FilePlan]) -> None:
    """Refuse every file that competes with another one of the same run: two files of the
    same unit, or two files changing the same cell. Decided before anything is applied."""
    read = [f for f in files if f.filled is not None]
    by_unit: dict[str | None, list[FilePlan]] = {}
    for f in read:
        by_unit.setdefault(f.unit, []).append(f)
    reasons: dict[int, str] = {}
    for unit, group in by_unit.items():
        if len(group) < 2:
            continue
        names = ", ".join(f"'{f.name}'" for f in group)
        who = unit or "kurum geneli"
        for f in group:
            reasons[id(f)] = (
                f"'{f.name}': aynı birimin ({who}) birden çok dosyası seçildi ({names}). "
                "Hiçbiri uygulanmadı: hangisinin geçerli olduğuna karar verip yalnız onu içe "
                "aktarın.")
    owners: dict[tuple[str, str, str], FilePlan] = {}
    for f in read:
        if id(f) in reasons:
            continue
        for row, change in f.changes():
            cell = (row.table, row.row_key, change.column)
            other = owners.setdefault(cell, f)
            if other is f:
                continue
            where = f"{row.sheet} {row.row_key} {change.header}"
            for a, b in ((f, other), (other, f)):
                reasons.setdefault(id(a), (
                    f"'{a.name}': '{b.name}' dosyasıyla aynı hücreyi değiştiriyor ({where}). "
                    "Hiçbiri uygulanmadı: hangisinin geçerli olduğuna karar verip yalnız onu "
                    "içe aktarın."))
    for f in read:
        if id(f) in reasons:
            f.status = "refused"
            f.message = reasons[id(f)]


def _safe_sha(path: Path) -> str:
    try:
        return file_sha256(path)
    except OSError:
        return ""
