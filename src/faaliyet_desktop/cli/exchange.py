"""``faaliyet export-template`` and ``faaliyet import``: Excel templates from the command line.

``import`` prints the dry-run preview (new / changed old → new / unchanged / rejected with the
reason, and the checks that would newly fail); without ``--dry-run`` it then applies every
file that can go in whole. Exit code 1 when any file is refused. openpyxl is imported only
when one of these commands runs.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from .common import CliError, Command, load_year, open_workspace


def cmd_export_template(args: argparse.Namespace) -> int:
    if args.all_units or args.unit is not None:  # recorded as sent (the unit cycle)
        from .cycle import cmd_export_all, cmd_export_unit

        return cmd_export_all(args) if args.all_units else cmd_export_unit(args)
    from ..exchange.layout import LayoutError
    from ..exchange.service import export_for

    tables = None
    if args.tables:
        tables = [t.strip() for part in args.tables for t in part.split(",") if t.strip()]
    with open_workspace(args) as ws:
        load_year(ws, args.year)
        try:
            layout = export_for(ws, args.year, args.out, args.unit, tables)
        except LayoutError as exc:
            raise CliError(str(exc)) from exc
        except OSError as exc:
            raise CliError(f"{args.out} yazılamadı: {exc.strerror or exc}") from exc
    rows = sum(len(s.rows) for s in layout.sheets)
    print(f"Şablon yazıldı: {args.out} ({len(layout.sheets)} tablo, {rows} satır, parmak izi "
          f"{layout.fingerprint()[:12]})")
    return 0


def cmd_imports(args: argparse.Namespace) -> int:
    """``faaliyet imports --year Y``: every import of the year, newest first."""
    from ..exchange.service import history

    with open_workspace(args) as ws:
        load_year(ws, args.year)
        records = history(ws, args.year)
    if not records:
        print(f"{args.year} yılında içe aktarma yok.")
        return 0
    for line in import_lines(records):
        print(line)
    return 0


def import_lines(records: list[Any]) -> list[str]:
    """One line per import: id, when, file, unit, values, status (undone: when)."""
    out = []
    for r in records:
        when = r.imported_at.replace("T", " ").replace("+00:00", " UTC")
        status = r.status_tr
        if r.undone_at:
            status += " (" + r.undone_at.replace("T", " ").replace("+00:00", " UTC") + ")"
        unit = f"{r.unit} {r.unit_name}" if r.unit else f"kurum geneli ({r.unit_name})"
        out.append(f"#{r.id}  {when}  {r.file_name}  {unit}  {r.value_count} değer  "
                   f"{r.user or '-'}  {status}")
    return out


def cmd_undo(args: argparse.Namespace) -> int:
    """``faaliyet import --undo ID``: take an import back as a whole (as the GUI does)."""
    from ..exchange.service import UndoRefused, import_record, undo_import
    from ..storage.errors import StorageError

    with open_workspace(args) as ws:
        rec = import_record(ws, args.undo)
        if rec is None:
            raise CliError(f"#{args.undo} numaralı içe aktarma kaydı bulunamadı. Kayıtları "
                           "'faaliyet imports --year YIL' ile listeleyin.")
        if getattr(ws, "readonly", False):
            raise CliError(f"İçe aktarma #{rec.id} geri alınamadı: "
                           f"{ws.readonly_message or 'veritabanı salt okunur.'}")
        try:
            n = undo_import(ws, rec.year, rec.id)
        except UndoRefused as exc:
            raise CliError(str(exc)) from exc
        except StorageError as exc:
            raise CliError(f"İçe aktarma #{rec.id} geri alınamadı; hiçbir değer değişmedi: "
                           f"{exc}") from exc
    print(f"İçe aktarma #{rec.id} geri alındı: {rec.file_name} ({n} değer eski haline döndü).")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from ..exchange.preview import preview_lines
    from ..exchange.service import apply_plan, dry_run

    if args.undo is not None:
        if args.files:
            raise CliError("--undo ile dosya verilmez: yalnızca geri alınacak içe aktarmanın "
                           "numarasını yazın.")
        return cmd_undo(args)
    if not args.files:
        raise CliError("İçe aktarılacak en az bir .xlsx dosyası verin (ya da --undo NUMARA).")
    with open_workspace(args) as ws:
        if not ws.years():
            raise CliError("Veritabanında hiç yıl yok.")
        year = args.year or max(ws.years())
        load_year(ws, year)
        plan = dry_run(ws, year, args.files, expected_unit=args.unit)
        for line in preview_lines(plan, show_unchanged=args.verbose):
            print(line)
        if not args.dry_run:
            results = apply_plan(ws, plan)
            for r in results:
                print(("UYGULANDI  " if r.applied else "UYGULANMADI ") + r.message)
            if not results:
                print("Uygulanacak dosya yok.")
            if any(not r.applied for r in results):
                return 1
        else:
            print("Deneme (--dry-run): veritabanında hiçbir şey değişmedi.")
    return 1 if plan.any_refused else 0


def register(command: Command) -> None:
    p = command("export-template", cmd_export_template,
                "birim ya da kurum için Excel veri giriş şablonu yazar")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--unit", default=None, help="birim kodu (ör. IL34); verilmezse kurum şablonu")
    p.add_argument("--tables", nargs="+", default=None,
                   help="tablolar (virgülle ya da boşlukla): it, personnel_employment, "
                        "personnel_gender, personnel_education, budget, activities, "
                        "unit_spending, form3")
    p.add_argument("--out", type=Path, required=True,
                   help="yazılacak .xlsx dosyası (--all-units ile: klasör)")
    p.add_argument("--all-units", action="store_true",
                   help="her birim için ayrı şablon (--out bir klasör)")

    p = command("import", cmd_import, "doldurulmuş şablonları önizler ve içe aktarır")
    p.add_argument("files", nargs="*", type=Path, metavar="FILE.xlsx")
    p.add_argument("--undo", type=int, default=None, metavar="NUMARA",
                   help="bu numaralı içe aktarmayı geri alır (numaralar: faaliyet imports)")
    p.add_argument("--year", type=int, default=None,
                   help="içe aktarılacak yıl (varsayılan: veritabanındaki en son yıl)")
    p.add_argument("--unit", default=None, help="dosyaların ait olması gereken birim kodu")
    p.add_argument("--dry-run", action="store_true",
                   help="yalnızca önizleme: hiçbir şey yazılmaz")
    p.add_argument("--verbose", "-v", action="store_true", help="değişmeyen satırları da yaz")

    p = command("imports", cmd_imports, "bir yılın içe aktarmalarını listeler (numara, zaman, "
                "dosya, birim, kullanıcı, geri alındı mı)")
    p.add_argument("--year", type=int, required=True)
