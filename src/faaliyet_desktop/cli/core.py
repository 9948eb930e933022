"""``years``, ``check``, ``dump``, ``new-year``: the core commands."""

from __future__ import annotations

import argparse
import json
import sys

from .common import CliError, Command, load_year, open_workspace


def cmd_years(args: argparse.Namespace) -> int:
    with open_workspace(args) as ws:
        for y in ws.years():
            print(y)
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from .cycle import cmd_check as numbered_check

    return numbered_check(args)


def cmd_dump(args: argparse.Namespace) -> int:
    from ..domain.summary import dump

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


def register(command: Command) -> None:
    command("years", cmd_years, "veritabanındaki yılları listeler")
    p = command("check", cmd_check, "tutarlılık denetimlerini çalıştırır (hata varsa çıkış 1)")
    p.add_argument("--year", type=int, required=True)
    p = command("dump", cmd_dump, "yılın tüm girdi ve hesaplanan değerlerini yazar")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--format", choices=["json"], default="json")
    p = command("new-year", cmd_new_year, "bir yılın yapısından yeni yıl oluşturur")
    p.add_argument("--from", dest="from_year", type=int, required=True)
    p.add_argument("--year", type=int, required=True)
