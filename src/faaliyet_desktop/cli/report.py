"""``faaliyet report``: build the PDF of a year (institution or one unit).

Always builds. Check errors are printed as warnings and turn the "TASLAK" watermark on;
``--draft`` turns it on regardless. ReportLab is imported only when the command runs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .common import CliError, Command, load_year, open_workspace


def default_output(year: int, unit: str | None) -> Path:
    return Path(f"faaliyet_raporu_{year}" + (f"_{unit}" if unit else "") + ".pdf")


def cmd_report(args: argparse.Namespace) -> int:
    from ..domain.checks import SEVERITY_LABELS_TR, Severity, has_errors, run_checks
    from ..report.builder import build_report
    from ..report.scope import UnknownUnitError

    with open_workspace(args) as ws:
        report = load_year(ws, args.year)
    if args.unit is not None and report.unit(args.unit) is None:
        raise CliError(f"'{args.unit}' kodlu birim {args.year} yılında yok.")
    findings = run_checks(report)
    draft = bool(args.draft)
    if has_errors(findings):
        errors = [f for f in findings if f.severity == Severity.ERROR]
        for f in errors:
            print(f"uyarı: {SEVERITY_LABELS_TR[f.severity]} [{f.rule}] {f.message}",
                  file=sys.stderr)
        print(f"uyarı: denetimlerde {len(errors)} hata var; rapor TASLAK filigranıyla "
              "oluşturuluyor.", file=sys.stderr)
        draft = True
    out = args.out or default_output(args.year, args.unit)
    try:
        build_report(report, out, unit=args.unit, draft=draft)
    except UnknownUnitError as exc:
        raise CliError(str(exc)) from exc
    except OSError as exc:
        raise CliError(f"{out} yazılamadı: {exc.strerror or exc}") from exc
    print(f"Rapor oluşturuldu: {out}" + (" (TASLAK)" if draft else ""))
    return 0


def register(command: Command) -> None:
    p = command("report", cmd_report, "faaliyet raporunu PDF olarak oluşturur")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--unit", default=None, help="birim kodu: yalnızca o birimin raporu")
    p.add_argument("--out", type=Path, default=None, help="PDF dosyası (varsayılan: "
                   "faaliyet_raporu_<yıl>[_<birim>].pdf)")
    p.add_argument("--draft", action="store_true", help="TASLAK filigranı ekler")
