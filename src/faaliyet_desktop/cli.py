"""``faaliyet``: the headless command line. Never imports PySide6.

Commands: years, check, dump, new-year; other packages add theirs through a ``register``
function in ``<package>.cli_commands`` (report, exchange).
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from . import __version__
from .domain.checks import SEVERITY_LABELS_TR, Severity, has_errors, run_checks
from .domain.summary import dump

# Packages that add sub-commands: each has a module with register(subparsers).
PLUGINS = ("faaliyet_desktop.report.cli_commands", "faaliyet_desktop.exchange.cli_commands",
           "faaliyet_desktop.services.cli_commands", "faaliyet_desktop.services.history_commands")


class CliError(Exception):
    """A user-facing failure: printed as one line, exit code 2."""


def open_workspace(args: argparse.Namespace, *, create: bool = True) -> Any:
    """The workspace of ``--db`` / ``FAALIYET_DB`` / the default path; errors become CliError."""
    from .services import Workspace
    from .storage import StorageError

    try:
        return Workspace.open(args.db, create=create)
    except StorageError as exc:
        raise CliError(str(exc)) from exc


def load_year(ws: Any, year: int) -> Any:
    from .storage import StorageError

    if year not in ws.years():
        have = ", ".join(str(y) for y in ws.years()) or "yok"
        raise CliError(f"{year} yılı veritabanında yok (mevcut yıllar: {have}).")
    try:
        return ws.load(year)
    except StorageError as exc:
        raise CliError(str(exc)) from exc


def cmd_years(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        for y in ws.years():
            print(y)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from .storage import StorageError

    with open_workspace(args) as ws:
        report = load_year(ws, args.year)
        findings = run_checks(report)
        try:  # the change history asks "what changed after the checks passed?"
            ws.record_check_run(args.year, findings)
        except StorageError as exc:
            print(f"faaliyet: denetim kaydı yazılamadı: {exc}", file=sys.stderr)
    errors = sum(1 for f in findings if f.severity == Severity.ERROR)
    for f in findings:
        print(f"{SEVERITY_LABELS_TR[f.severity]:5} {f.rule:16} {f.message}")
    print(f"{len(findings)} bulgu: {errors} hata, {len(findings) - errors} uyarı.")
    return 1 if has_errors(findings) else 0


def cmd_dump(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        report = load_year(ws, args.year)
    json.dump(dump(report), sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0


def cmd_new_year(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        load_year(ws, args.from_year)
        try:
            ws.new_year(args.from_year, args.year)
        except ValueError as exc:
            raise CliError(str(exc)) from exc
    print(f"{args.year} yılı {args.from_year} yılından oluşturuldu.")
    return 0


def add_db_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", type=db_target, default=None,
                   help="veritabanı dosyası ya da postgresql+psycopg://… sunucu adresi "
                   "(varsayılan: FAALIYET_DB ya da kullanıcı klasörü)")


def db_target(text: str) -> Path | str:
    """A database file, or a server URL kept as text (a Path would fold its '//')."""
    return text if "://" in text else Path(text)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="faaliyet", description="İdare faaliyet raporu (komut "
                                     "satırı)")
    parser.add_argument("--version", action="version", version=f"faaliyet {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    def command(name: str, func: Callable[[argparse.Namespace], int], help_: str
                ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_)
        add_db_option(p)
        p.set_defaults(func=func)
        return p

    command("years", cmd_years, "veritabanındaki yılları listeler")
    p = command("check", cmd_check, "tutarlılık denetimlerini çalıştırır (hata varsa çıkış 1)")
    p.add_argument("--year", type=int, required=True)
    p = command("dump", cmd_dump, "yılın tüm girdi ve hesaplanan değerlerini yazar")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--format", choices=["json"], default="json")
    p = command("new-year", cmd_new_year, "bir yılın yapısından yeni yıl oluşturur")
    p.add_argument("--from", dest="from_year", type=int, required=True)
    p.add_argument("--year", type=int, required=True)
    for module in PLUGINS:
        try:
            mod = importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise
            continue
        mod.register(sub, add_db_option)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from .console import use_utf8_output; use_utf8_output()  # noqa: E702, I001 (Windows: UTF-8)
    import multiprocessing

    multiprocessing.freeze_support()  # a frozen bundle's reader processes start here
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.func(args)
    except CliError as exc:
        print(f"faaliyet: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
