"""The unit cycle on the command line: ``acknowledge`` (accept / revoke a finding),
``units-status`` (who was sent what, who sent back what; as an .xlsx sheet), and two additions
to commands of other packages: ``check`` lists findings numbered, acknowledged ones as KABUL
(exit 0 when every error is fixed or acknowledged), and ``export-template --all-units`` writes
one template per unit (a unit's template is recorded as sent).

The command logic lives in plain functions (``cmd_*``); :func:`register` only wires them.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any


def cmd_check(args: argparse.Namespace) -> int:
    """``faaliyet check``: numbered findings, KABUL lines with who and why; exit 1 while an
    error is open."""
    from ..cli import CliError, load_year, open_workspace
    from ..domain.checks import run_checks
    from ..storage import StorageError
    from .closing import check_lines

    with open_workspace(args) as ws:
        report = load_year(ws, args.year)
        findings = run_checks(report)
        try:
            part = ws.partition(args.year, findings)
        except StorageError as exc:
            raise CliError(exc.message) from exc
        try:  # the change history asks "what changed after the checks passed?"
            ws.record_check_run(args.year, findings)
        except StorageError as exc:
            print(f"faaliyet: denetim kaydı yazılamadı: {exc}", file=sys.stderr)
    for line in check_lines(findings, part):
        print(line)
    return 1 if part.open_errors else 0


def cmd_acknowledge(args: argparse.Namespace) -> int:
    """``faaliyet acknowledge``: accept (or ``--revoke``) findings by number or place."""
    from ..cli import CliError, load_year, open_workspace
    from ..domain.acknowledgements import location_text
    from ..domain.checks import run_checks
    from ..storage import StorageError
    from .closing import AcknowledgementError, pick_acknowledgements, pick_findings

    with open_workspace(args) as ws:
        findings = run_checks(load_year(ws, args.year))
        try:
            if args.revoke:
                acks = pick_acknowledgements(ws.acknowledgements(args.year), findings,
                                             number=args.finding, rule=args.rule,
                                             location=args.location)
                for ack in acks:
                    ws.revoke_acknowledgement(args.year, ack, args.by, args.reason or "")
                    print(f"KABUL GERİ ALINDI  [{ack.rule}] {ack.location}: {ack.message}")
                print(f"{len(acks)} kabul geri alındı; bulgu yeniden açık.")
                return 0
            if not args.reason:
                raise AcknowledgementError("Kabulün gerekçesini --reason ile yazın: bu bulgu "
                                           "neden veriyle düzeltilemiyor?")
            picked = pick_findings(findings, number=args.finding, rule=args.rule,
                                   location=args.location)
            for f in picked:
                ack = ws.acknowledge(args.year, f, args.by, args.reason)
                print(f"KABUL EDİLDİ  [{f.rule}] {location_text(f.location)}: {f.message}")
                print(f"  {ack.by} — {ack.reason}")
        except AcknowledgementError as exc:
            raise CliError(str(exc)) from exc
        except StorageError as exc:
            raise CliError(exc.message) from exc
    print(f"{len(picked)} bulgu kabul edildi (rakamları değişirse kabul geçerliliğini yitirir).")
    return 0


def cmd_export_all(args: argparse.Namespace) -> int:
    """``faaliyet export-template --all-units --out DIR``: one template per unit."""
    from ..cli import CliError, load_year, open_workspace
    from ..exchange.bulk import export_all
    from ..exchange.layout import LayoutError
    from ..storage import StorageError

    tables = _tables(args)
    if args.unit is not None:
        raise CliError("--unit ile --all-units birlikte verilemez: tek birim için --unit, "
                       "her birim için --all-units kullanın.")
    with open_workspace(args) as ws:
        report = load_year(ws, args.year)
        if args.out.exists() and not args.out.is_dir():
            raise CliError(f"{args.out} bir klasör değil: --all-units ile --out şablonların "
                           "yazılacağı klasörü göstermeli.")
        try:
            result = export_all(ws, args.year, args.out, tables=tables)
        except LayoutError as exc:
            raise CliError(str(exc)) from exc
        except StorageError as exc:
            raise CliError(exc.message) from exc
        except OSError as exc:
            raise CliError(f"{args.out} yazılamadı: {exc.strerror or exc}") from exc
    for w in result.written:
        print(f"{w.unit:6} {w.path.name}  gönderim no {w.export_id}")
    print(result.summary(report))
    return 0


def cmd_export_unit(args: argparse.Namespace) -> int:
    """``faaliyet export-template --unit U``: the unit's template, recorded as sent."""
    from ..cli import CliError, load_year, open_workspace
    from ..exchange.bulk import export_unit
    from ..exchange.layout import LayoutError
    from ..storage import StorageError

    with open_workspace(args) as ws:
        load_year(ws, args.year)
        try:
            w = export_unit(ws, args.year, args.unit, args.out, _tables(args),
                            log=not ws.readonly)
        except LayoutError as exc:
            raise CliError(str(exc)) from exc
        except StorageError as exc:
            raise CliError(exc.message) from exc
        except OSError as exc:
            raise CliError(f"{args.out} yazılamadı: {exc.strerror or exc}") from exc
    print(f"Şablon yazıldı: {args.out} ({w.tables} tablo, {w.rows} satır, parmak izi "
          f"{w.fingerprint[:12]})")
    return 0


def _tables(args: argparse.Namespace) -> list[str] | None:
    if not getattr(args, "tables", None):
        return None
    return [t.strip() for part in args.tables for t in part.split(",") if t.strip()]


def cmd_units_status(args: argparse.Namespace) -> int:
    """``faaliyet units-status``: per unit not sent / sent / received / applied / refused."""
    from ..cli import CliError, load_year, open_workspace
    from ..exchange import consolidation as cons
    from ..exchange.bulk import latest_exports, write_status_sheet
    from ..exchange.service import imported_units
    from ..storage import StorageError

    with open_workspace(args) as ws:
        report = load_year(ws, args.year)
        try:
            imported = imported_units(ws, args.year)
            exported = latest_exports(ws, args.year)
        except StorageError as exc:
            raise CliError(exc.message) from exc
        if args.inbox is not None:
            cons.Inbox.scan_folder(ws, args.year, args.inbox)
        statuses = cons.unit_statuses(report, imported, cons.Inbox.get(ws, args.year),
                                      exported=exported)
    for s in statuses:
        when = (s.imported_at or s.sent_at)[:16].replace("T", " ")
        print(f"{s.code:6} {s.status_tr:30} {when:16} {s.file_name}")
    summary = cons.summary(statuses)
    print(summary)
    if args.out is not None:
        try:
            write_status_sheet(statuses, args.out, args.year, summary)
        except OSError as exc:
            raise CliError(f"{args.out} yazılamadı: {exc.strerror or exc}") from exc
        print(f"Liste yazıldı: {args.out}")
    return 0


def _export_template_with_units(original: Callable[[argparse.Namespace], int]
                                ) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        if getattr(args, "all_units", False):
            return cmd_export_all(args)
        if args.unit is not None:
            return cmd_export_unit(args)
        return original(args)

    run.__wrapped__ = original  # type: ignore[attr-defined]
    return run


def register(subparsers: Any, add_db_option: Callable[[argparse.ArgumentParser], None]) -> None:
    p = subparsers.add_parser("acknowledge", help="gerçek ama veriyle düzeltilemeyen bir "
                              "bulguyu adı ve gerekçesiyle kabul eder (ya da kabulü geri alır)")
    add_db_option(p)
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--finding", type=int, default=None, metavar="N",
                   help="'faaliyet check' çıktısındaki bulgu numarası")
    p.add_argument("--rule", default=None, help="kural (ör. form3-tablo17)")
    p.add_argument("--location", default=None,
                   help="yer: tablo/satır/sütun (ör. strategic/PG4.6.1/target)")
    p.add_argument("--by", required=True, help="kabul eden (ya da geri alan) kişi: \"Ad Soyad\"")
    p.add_argument("--reason", default=None, help="gerekçe (kabulde zorunlu)")
    p.add_argument("--revoke", action="store_true", help="kabulü geri alır")
    p.set_defaults(func=cmd_acknowledge)

    p = subparsers.add_parser("units-status", help="birim başına şablon gönderildi / alındı / "
                              "içe aktarıldı / reddedildi listesi (isteğe bağlı .xlsx)")
    add_db_option(p)
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--out", type=Path, default=None, help="listenin yazılacağı .xlsx dosyası")
    p.add_argument("--inbox", type=Path, default=None,
                   help="birimlerden gelen şablonların klasörü (alındı olarak işaretlenir)")
    p.set_defaults(func=cmd_units_status)

    check = subparsers.choices.get("check")
    if check is not None:
        check.set_defaults(func=cmd_check)
        check.description = ("Tutarlılık denetimleri: bulgular numaralı; kabul edilenler KABUL "
                             "satırı. Açık hata varsa çıkış 1.")
    export = subparsers.choices.get("export-template")
    if export is not None:
        export.add_argument("--all-units", action="store_true",
                            help="her birim için ayrı şablon (--out bir klasör)")
        original = export.get_default("func")
        if original is not None and not hasattr(original, "__wrapped__"):
            export.set_defaults(func=_export_template_with_units(original))
