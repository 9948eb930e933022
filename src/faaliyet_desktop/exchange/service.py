"""Use cases over an open workspace: export, dry run, apply, import history, undo, provenance.

Each applied file is saved with one ``save_year`` transaction (the file goes in whole or not
at all) and its history record with every old → new value is written right after it; should
that record fail, the year is saved back as it was, so data never exists without its origin.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import exc as sa_exc
from sqlalchemy import func, insert, select, update

from .. import __version__
from ..domain.model import ReportYear
from ..storage import StorageError
from ..storage.backup import create_backup
from ..storage.engine import BEGIN_MODE
from ..storage.errors import translate
from ..storage.history import ChangeSource, link_import
from ..storage.import_log import exchange_import as T_IMPORT
from ..storage.import_log import exchange_import_value as T_VALUE
from ..storage.tables import ReportYearRow
from ..storage.template_key import read_template_key, template_key
from .export import export_template
from .layout import TemplateLayout
from .plan import FilePlan, ImportPlan, apply_values, plan_file, plan_import
from .reader import FilledTemplate, file_sha256
from .specs import table_specs

T_YEAR = ReportYearRow.__table__


# --- value encoding ---------------------------------------------------------------------------
def encode(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool):
        return json.dumps({"b": value})
    if isinstance(value, int):
        return json.dumps({"i": value})
    if isinstance(value, Decimal):
        return json.dumps({"d": str(value)})
    return json.dumps({"s": str(value)}, ensure_ascii=False)


def decode(text: str | None) -> Any:
    if text is None:
        return None
    data = json.loads(text)
    if "i" in data:
        return int(data["i"])
    if "d" in data:
        return Decimal(data["d"])
    if "b" in data:
        return bool(data["b"])
    return str(data["s"])


# --- plumbing -------------------------------------------------------------------------------
class _Tx:
    """A write transaction on the workspace's engine, with storage errors translated."""

    def __init__(self, workspace: Any) -> None:
        self.db = workspace.database

    def __enter__(self) -> Any:
        self._cm = self.db.engine.connect()
        self.conn = self._cm.__enter__()
        self.conn.execution_options(**{BEGIN_MODE: "IMMEDIATE"})
        self._tx = self.conn.begin()
        return self.conn

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        try:
            if exc_type is None:
                self._tx.commit()
            else:
                self._tx.rollback()
        finally:
            self._cm.__exit__(None, None, None)
        if exc is not None and not isinstance(exc, StorageError):
            if isinstance(exc, sa_exc.IntegrityError):
                raise StorageError(f"'{self.db.path}' kaydedilemedi: veri tutarsız "
                                   f"({exc.orig}). Hiçbir şey yazılmadı.") from exc
            known = translate(exc, self.db.path)
            if known is not None:
                raise known from exc


def _year_id(conn: Any, year: int) -> int | None:
    return conn.scalar(select(T_YEAR.c.id).where(T_YEAR.c.year == year))


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


# --- export ---------------------------------------------------------------------------------
def export_for(workspace: Any, year: int, path: str | Path, unit: str | None = None,
               tables: Sequence[str] | None = None) -> TemplateLayout:
    """Export a template; last year's values (when that year exists) become cell hints."""
    report = workspace.load(year)
    previous = workspace.load(year - 1) if (year - 1) in workspace.years() else None
    return export_template(report, path, unit, tables, previous=previous,
                           key=template_key(workspace.database.engine))


def signing_key(workspace: Any) -> bytes:
    """The key this database signs its templates with (none yet: nothing can be signed)."""
    key = read_template_key(workspace.database.engine)
    return key if key is not None else b""


# --- history --------------------------------------------------------------------------------
@dataclass(frozen=True)
class ImportRecord:
    id: int
    year: int
    file_name: str
    file_sha256: str
    fingerprint: str
    unit: str | None
    unit_name: str
    imported_at: str
    value_count: int
    status: str  # applied | undone
    undone_at: str | None
    user: str = ""  # who imported it (from the change history; "" when not recorded)

    @property
    def status_tr(self) -> str:
        return "geri alındı" if self.status == "undone" else "içe aktarıldı"


def history(workspace: Any, year: int) -> list[ImportRecord]:
    """Imports of ``year``, newest first."""
    db = workspace.database
    with db.engine.connect() as conn:
        year_id = _year_id(conn, year)
        if year_id is None:
            return []
        rows = conn.execute(select(T_IMPORT).where(T_IMPORT.c.report_year_id == year_id)
                            .order_by(T_IMPORT.c.id.desc())).mappings().all()
        users = _import_users(conn, [r["id"] for r in rows])
    return [_record_of(r, year, users.get(r["id"], "")) for r in rows]


def _record_of(r: Any, year: int, user: str) -> ImportRecord:
    return ImportRecord(r["id"], year, r["file_name"], r["file_sha256"],
                        r["template_fingerprint"], r["unit"], r["unit_name"], r["imported_at"],
                        r["value_count"], r["status"], r["undone_at"], user)


def _import_users(conn: Any, ids: list[int]) -> dict[int, str]:
    from ..storage.history import change_log

    out: dict[int, str] = {}
    for start in range(0, len(ids), 500):
        part = ids[start:start + 500]
        for import_id, user in conn.execute(
                select(change_log.c.import_id, func.min(change_log.c.user_name))
                .where(change_log.c.import_id.in_(part)).group_by(change_log.c.import_id)):
            out[int(import_id)] = str(user)
    return out


def import_record(workspace: Any, import_id: int) -> ImportRecord | None:
    """One import by its number, whatever its year (None when there is no such import)."""
    db = workspace.database
    with db.engine.connect() as conn:
        r = conn.execute(select(T_IMPORT, T_YEAR.c.year)
                         .join(T_YEAR, T_YEAR.c.id == T_IMPORT.c.report_year_id)
                         .where(T_IMPORT.c.id == import_id)).mappings().first()
        if r is None:
            return None
        users = _import_users(conn, [import_id])
    return _record_of(r, int(r["year"]), users.get(import_id, ""))


def _imported_before(records: list[ImportRecord]) -> Callable[[str], str | None]:
    by_sha = {r.file_sha256: r for r in records if r.status == "applied"}

    def lookup(sha: str) -> str | None:
        r = by_sha.get(sha)
        return None if r is None else r.imported_at
    return lookup


@dataclass(frozen=True)
class Provenance:
    file_name: str
    file_sha256: str
    fingerprint: str
    unit: str | None
    imported_at: str
    cell: str
    import_id: int


def provenance(workspace: Any, year: int, table: str, row: str, column: str
               ) -> Provenance | None:
    """Where the current value of a cell came from (the latest applied import that set it)."""
    db = workspace.database
    with db.engine.connect() as conn:
        year_id = _year_id(conn, year)
        if year_id is None:
            return None
        r = conn.execute(
            select(T_IMPORT, T_VALUE.c.cell)
            .join(T_VALUE, T_VALUE.c.import_id == T_IMPORT.c.id)
            .where(T_IMPORT.c.report_year_id == year_id, T_IMPORT.c.status == "applied",
                   T_VALUE.c.table_key == table, T_VALUE.c.row_key == row,
                   T_VALUE.c.column_key == column)
            .order_by(T_IMPORT.c.id.desc()).limit(1)).mappings().first()
    if r is None:
        return None
    return Provenance(r["file_name"], r["file_sha256"], r["template_fingerprint"], r["unit"],
                      r["imported_at"], r["cell"], r["id"])


def provenance_text(workspace: Any, year: int, table: str, row: str, column: str) -> str:
    """A Turkish one-liner for a tooltip: which file, unit and time a value came from."""
    src = provenance(workspace, year, table, row, column)
    if src is None:
        return ""
    when = src.imported_at.replace("T", " ").replace("+00:00", " UTC")
    return (f"İçe aktarıldı: {src.file_name} ({src.cell}), birim {src.unit or 'kurum'}, "
            f"{when}; dosya SHA-256 {src.file_sha256[:12]}…, şablon {src.fingerprint[:12]}…")


# --- dry run and apply ----------------------------------------------------------------------
def dry_run(workspace: Any, year: int, paths: Iterable[str | Path], *,
            expected_unit: str | None = None,
            progress: Callable[[int, int, str], bool | None] | None = None) -> ImportPlan:
    report = workspace.load(year)
    return plan_import(report, paths, key=signing_key(workspace), expected_unit=expected_unit,
                       progress=progress,
                       imported_before=_imported_before(history(workspace, year)))


@dataclass
class ApplyResult:
    name: str
    applied: bool
    message: str
    import_id: int | None = None
    values: int = 0


def _signature(plan: FilePlan) -> list[tuple[str, str, str, str | None, str | None]]:
    return sorted((r.table, r.row_key, c.column, encode(c.old), encode(c.new))
                  for r, c in plan.changes())


def apply_plan(workspace: Any, plan: ImportPlan, confirmed: Iterable[str | Path] | None = None,
               *, progress: Callable[[int, int, str], bool | None] | None = None
               ) -> list[ApplyResult]:
    """Apply the confirmed files of a dry run (all ready ones when ``confirmed`` is None).

    Each file: the values read in the dry run (the file must not have changed since), compared
    again with the database as it is now; applied only when the changes are exactly those
    previewed; saved in one transaction; recorded in the history.
    """
    wanted = None if confirmed is None else {Path(p) for p in confirmed}
    todo = [f for f in plan.files if f.can_apply and (wanted is None or f.path in wanted)]
    if todo and getattr(workspace, "readonly", False):  # another instance holds the file
        why = getattr(workspace, "readonly_message", None) or "Veritabanı salt okunur."
        return [ApplyResult(f.name, False, f"'{f.name}' uygulanmadı. {why}") for f in todo]
    if todo and not getattr(workspace.database, "is_server", False):
        # nothing lost, ever: the database file as it was goes to the backup folder first
        # (a shared PostgreSQL database is backed up by its server)
        try:
            create_backup(workspace.database.path, "ice-aktarma")
        except StorageError as exc:
            return [ApplyResult(f.name, False, f"'{f.name}' uygulanmadı: içe aktarmadan önce "
                                f"yedek alınamadı. {exc.message}") for f in todo]
    results: list[ApplyResult] = []
    report = workspace.load(plan.year)
    for i, fp in enumerate(todo):
        if progress is not None and progress(i, len(todo), fp.name) is False:
            break
        filled = fp.filled
        try:
            unchanged = filled is not None and file_sha256(fp.path) == fp.sha256
        except OSError:
            unchanged = False
        if filled is None or not unchanged:
            results.append(ApplyResult(fp.name, False, f"'{fp.name}' önizlemeden sonra "
                                       "değişmiş ya da silinmiş; önizlemeyi yenileyin."))
            continue
        results.append(_apply_one(workspace, report, fp, filled))
        if not results[-1].applied:
            report = workspace.load(plan.year)
    if progress is not None:
        progress(len(todo), len(todo), "")
    return results


def _apply_one(workspace: Any, report: ReportYear, previewed: FilePlan,
               filled: FilledTemplate) -> ApplyResult:
    name = previewed.name
    if filled.sha256 != previewed.sha256:
        return ApplyResult(name, False, f"'{name}' önizlemeden sonra değişmiş; önizlemeyi "
                           "yenileyin.")
    now = plan_file(report, filled, baseline=[], with_checks=False)
    if now.status != "ready" or _signature(now) != _signature(previewed):
        return ApplyResult(name, False, f"'{name}': veritabanı önizlemeden sonra değişmiş; "
                           "bu dosya uygulanmadı. Önizlemeyi yenileyip yeniden deneyin.")
    changes = apply_values(report, now)
    try:
        import_id = _save_with_record(workspace, report, filled, now, changes)
    except StorageError as exc:
        return ApplyResult(name, False, f"'{name}' kaydedilemedi; dosyanın hiçbir değeri "
                           f"yazılmadı: {exc.message}")
    return ApplyResult(name, True, f"'{name}': {len(changes)} değer içe aktarıldı.", import_id,
                       len(changes))


def _joined(database: Any, connection: Any) -> Any | None:
    """``database`` writing through ``connection`` (the caller's open transaction).

    Lets ``save_year`` and the history record share one transaction. Relies on the storage
    layer's single write entry point; None when that is not available.
    """
    from contextlib import contextmanager

    from ..storage import Database

    if not isinstance(database, Database) or not hasattr(Database, "_write"):
        return None

    class _InTransaction(Database):
        @contextmanager
        def _write(self) -> Any:
            yield connection

    joined = _InTransaction(database.path, database.engine)
    joined._loaded = database._loaded  # the rows as loaded: others' newer edits are conflicts
    return joined


def _save_with_record(workspace: Any, report: ReportYear, filled: FilledTemplate,
                      plan: FilePlan, changes: list[tuple[str, str, str, Any, Any]]) -> int:
    """Save the year and its history record in one transaction: both or neither."""
    with _Tx(workspace) as conn:
        joined = _joined(workspace.database, conn)
        if joined is not None:
            logged = joined.save_year(report, source=ChangeSource.IMPORTED, detail=filled.name)
            import_id = _record(conn, report.year, filled, plan, changes)
            link_import(conn, logged, import_id)  # the change history names the import
            return import_id
    # fallback (another storage implementation): two transactions, undone on failure
    workspace.save(report, source=ChangeSource.IMPORTED, detail=filled.name)
    try:
        with _Tx(workspace) as conn:
            return _record(conn, report.year, filled, plan, changes)
    except Exception:
        before = workspace.load(report.year)
        _put_back(before, [(t, r, c, old) for t, r, c, old, _new in changes])
        workspace.save(before)
        raise


def _record(conn: Any, year: int, filled: FilledTemplate, plan: FilePlan,
            changes: list[tuple[str, str, str, Any, Any]]) -> int:
    specs = {s.spec.key: s.spec.sheet for s in filled.layout.sheets}
    year_id = _year_id(conn, year)
    result = conn.execute(insert(T_IMPORT).values(
        report_year_id=year_id, file_name=filled.name, file_sha256=filled.sha256,
        template_fingerprint=filled.fingerprint, unit=filled.unit,
        unit_name=plan.unit_name, imported_at=_now(), app_version=__version__,
        value_count=len(changes), status="applied", undone_at=None))
    import_id = int(result.inserted_primary_key[0])
    conn.execute(insert(T_VALUE), [
        {"import_id": import_id, "table_key": t, "row_key": r, "column_key": c,
         "cell": f"{specs.get(t, t)}!{filled.cells.get((t, r, c), '')}",
         "old_value": encode(old), "new_value": encode(new)}
        for t, r, c, old, new in changes])
    return import_id


# --- undo -----------------------------------------------------------------------------------
class UndoRefused(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def undo_import(workspace: Any, year: int, import_id: int) -> int:
    """Put back every value an import changed, as a whole; returns how many.

    Refused (nothing changes) when a value was changed again since, by hand or by a later
    import: undo that later change first.
    """
    db = workspace.database
    with db.engine.connect() as conn:
        rec = conn.execute(select(T_IMPORT).where(T_IMPORT.c.id == import_id)).mappings().first()
        values = conn.execute(select(T_VALUE).where(T_VALUE.c.import_id == import_id)
                              .order_by(T_VALUE.c.id)).mappings().all()
    if rec is None:
        raise UndoRefused("Bu içe aktarma kaydı bulunamadı.")
    if rec["status"] != "applied":
        raise UndoRefused(f"'{rec['file_name']}' içe aktarması zaten geri alınmış.")
    report = workspace.load(year)
    specs = table_specs(report)
    conflicts = []
    for v in values:
        spec = specs.get(v["table_key"])
        current = (spec.get(report, v["row_key"]) or {}).get(v["column_key"]) if spec else None
        new = decode(v["new_value"])
        if not _equal(current, new):
            conflicts.append(f"{v['cell']}")
    if conflicts:
        shown = ", ".join(conflicts[:5]) + (" …" if len(conflicts) > 5 else "")
        raise UndoRefused(
            f"'{rec['file_name']}' geri alınamadı: {len(conflicts)} değer içe aktarmadan sonra "
            f"yeniden değiştirilmiş ({shown}). Önce sonraki değişiklikleri geri alın.")
    _put_back(report, [(v["table_key"], v["row_key"], v["column_key"], decode(v["old_value"]))
                       for v in values])
    undone = f"içe aktarma #{import_id} geri alındı: {rec['file_name']}"
    mark = update(T_IMPORT).where(T_IMPORT.c.id == import_id).values(status="undone",
                                                                       undone_at=_now())
    with _Tx(workspace) as conn:  # the data and the history change together
        joined = _joined(workspace.database, conn)
        if joined is not None:
            joined.save_year(report, source=ChangeSource.RESTORED, detail=undone)
            conn.execute(mark)
            return len(values)
    workspace.save(report, source=ChangeSource.RESTORED, detail=undone)
    with _Tx(workspace) as conn:
        conn.execute(mark)
    return len(values)


def _put_back(report: ReportYear, values: list[tuple[str, str, str, Any]]) -> None:
    """Set old values again, one put per row (a row that was new disappears again)."""
    specs = table_specs(report)
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    for table, row, column, old in values:
        rows.setdefault((table, row), {})[column] = old
    for (table, row), cols in rows.items():
        specs[table].put(report, row, cols)


def _equal(a: Any, b: Any) -> bool:
    if a in (None, "") and b in (None, ""):
        return True
    if isinstance(a, (int, Decimal)) and isinstance(b, (int, Decimal)):
        return Decimal(a) == Decimal(b)
    return bool(a == b)


def imported_units(workspace: Any, year: int) -> dict[str | None, ImportRecord]:
    """The latest applied import per unit (for the consolidation view)."""
    out: dict[str | None, ImportRecord] = {}
    for rec in reversed(history(workspace, year)):
        if rec.status == "applied":
            out[rec.unit] = rec
    return out


def count_imports(workspace: Any, year: int) -> int:
    db = workspace.database
    with db.engine.connect() as conn:
        year_id = _year_id(conn, year)
        return int(conn.scalar(select(func.count()).select_from(T_IMPORT)
                               .where(T_IMPORT.c.report_year_id == year_id)) or 0)
