"""The unit cycle on the command line: ``check`` (numbered findings, acknowledged ones as
KABUL; exit 0 when every error is fixed or acknowledged), ``acknowledge`` (accept / revoke a
finding), ``units-status`` (who was sent what, who sent back what; as an .xlsx sheet), and the
per-unit and ``--all-units`` forms of ``export-template`` (a unit's template is recorded as
sent). Heavy imports inside the commands, as in every group.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .common import CliError, Command, load_year, open_workspace


def cmd_check(args: argparse.Namespace) -> int:
    """``faaliyet check``: numbered findings, KABUL lines with who and why; exit 1 while an
    error is open."""
    from ..domain.checks import run_checks
    from ..services.closing import check_lines
    from ..storage.errors import StorageError

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
    from ..domain.acknowledgements import location_text
    from ..domain.checks import run_checks
    from ..services.closing import AcknowledgementError, pick_acknowledgements, pick_findings
    from ..storage.errors import StorageError

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
    from ..exchange.bulk import export_all
    from ..exchange.layout import LayoutError
    from ..storage.errors import StorageError

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
    from ..exchange.bulk import export_unit
    from ..exchange.layout import LayoutError
    from ..storage.errors import StorageError

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
    from ..exchange import consolidation as cons
    from ..exchange.bulk import latest_exports, write_status_sheet
    from ..exchange.service import imported_units
    from ..storage.errors import StorageError

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


def register(command: Command) -> None:
    p = command("acknowledge", cmd_acknowledge, "gerçek ama veriyle düzeltilemeyen bir bulguyu "
                "adı ve gerekçesiyle kabul eder (ya da kabulü geri alır)")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--finding", type=int, default=None, metavar="N",
                   help="'faaliyet check' çıktısındaki bulgu numarası")
    p.add_argument("--rule", default=None, help="kural (ör. form3-tablo17)")
    p.add_argument("--location", default=None,
                   help="yer: tablo/satır/sütun (ör. strategic/PG4.6.1/target)")
    p.add_argument("--by", required=True, help="kabul eden (ya da geri alan) kişi: \"Ad Soyad\"")
    p.add_argument("--reason", default=None, help="gerekçe (kabulde zorunlu)")
    p.add_argument("--revoke", action="store_true", help="kabulü geri alır")

    p = command("units-status", cmd_units_status, "birim başına şablon gönderildi / alındı / "
                "içe aktarıldı / reddedildi listesi (isteğe bağlı .xlsx)")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--out", type=Path, default=None, help="listenin yazılacağı .xlsx dosyası")
    p.add_argument("--inbox", type=Path, default=None,
                   help="birimlerden gelen şablonların klasörü (alındı olarak işaretlenir)")
