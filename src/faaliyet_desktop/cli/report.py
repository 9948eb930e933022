"""``faaliyet report``: build the PDF of a year (institution or one unit).

Always builds. Open check errors (neither fixed nor acknowledged) are printed as warnings and
turn the "TASLAK" watermark on; ``--draft`` turns it on regardless; ``--final`` refuses while
an error is open. Acknowledged findings are listed in an annex (unless ``--no-ack-appendix``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .common import CliError, Command, load_year, open_workspace


def default_output(year: int, unit: str | None) -> Path:
    return Path(f"faaliyet_raporu_{year}" + (f"_{unit}" if unit else "") + ".pdf")


def cmd_report(args: argparse.Namespace) -> int:
    from ..domain.acknowledgements import open_summary
    from ..domain.checks import SEVERITY_LABELS_TR, run_checks
    from ..report.builder import build_report
    from ..report.scope import UnknownUnitError
    from ..storage.errors import StorageError

    if args.final and args.draft:
        raise CliError("--final ile --draft birlikte verilemez.")
    with open_workspace(args) as ws:
        report = load_year(ws, args.year)
        findings = run_checks(report)
        try:  # acknowledged findings do not keep the report a draft
            part = ws.partition(args.year, findings)
        except StorageError as exc:
            raise CliError(exc.message) from exc
    if args.unit is not None and report.unit(args.unit) is None:
        raise CliError(f"'{args.unit}' kodlu birim {args.year} yılında yok.")
    draft = bool(args.draft)
    if not part.is_final:
        if args.final:
            raise CliError(f"Kesin rapor oluşturulamadı: {open_summary(part)}. Hataları "
                           "düzeltin ya da 'faaliyet acknowledge' ile adınız ve gerekçenizle "
                           "kabul edin.")
        errors = part.open_errors
        for f in errors:
            print(f"uyarı: {SEVERITY_LABELS_TR[f.severity]} [{f.rule}] {f.message}",
                  file=sys.stderr)
        print(f"uyarı: denetimlerde {len(errors)} açık hata var; rapor TASLAK filigranıyla "
              "oluşturuluyor.", file=sys.stderr)
        draft = True
    acknowledged = [] if args.no_ack_appendix else part.acknowledged
    out = args.out or default_output(args.year, args.unit)
    try:
        build_report(report, out, unit=args.unit, draft=draft, acknowledged=acknowledged)
    except UnknownUnitError as exc:
        raise CliError(str(exc)) from exc
    except OSError as exc:
        raise CliError(f"{out} yazılamadı: {exc.strerror or exc}") from exc
    note = f"; {len(acknowledged)} kabul edilen bulgu ekte" if acknowledged else ""
    print(f"Rapor oluşturuldu: {out}" + (" (TASLAK)" if draft else " (kesin)") + note)
    return 0


def register(command: Command) -> None:
    p = command("report", cmd_report, "faaliyet raporunu PDF olarak oluşturur")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--unit", default=None, help="birim kodu: yalnızca o birimin raporu")
    p.add_argument("--out", type=Path, default=None, help="PDF dosyası (varsayılan: "
                   "faaliyet_raporu_<yıl>[_<birim>].pdf)")
    p.add_argument("--draft", action="store_true", help="TASLAK filigranı ekler")
    p.add_argument("--final", action="store_true", help="kesin rapor: açık (düzeltilmemiş ya "
                   "da kabul edilmemiş) hata varsa oluşturulmaz, çıkış 2")
    p.add_argument("--no-ack-appendix", action="store_true",
                   help="kabul edilen bulgular ekini koyma")
