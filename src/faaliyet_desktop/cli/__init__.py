"""``faaliyet``: the headless command line. Never imports PySide6.

One module per command group (core, report, exchange, backup, history, cycle); each defines its
arguments with argparse only and imports what its commands need (storage, ReportLab,
openpyxl ...) inside the command functions, so ``faaliyet years`` loads no more than it uses.
``--db`` may be given before the sub-command or after it (the latter wins).
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence

from .. import __version__
from . import backup, core, cycle, exchange, history, report
from .common import CliError, Handler, add_db_option, db_target, load_year, open_workspace

__all__ = ["CliError", "add_db_option", "build_parser", "db_target", "load_year", "main",
           "open_workspace"]

GROUPS = (core, report, exchange, backup, history, cycle)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="faaliyet", description="İdare faaliyet raporu (komut "
                                     "satırı)")
    parser.add_argument("--version", action="version", version=f"faaliyet {__version__}")
    add_db_option(parser, top=True)
    sub = parser.add_subparsers(dest="command", required=True)

    def command(name: str, func: Handler, help_: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_)
        add_db_option(p)
        p.set_defaults(func=func)
        return p

    for group in GROUPS:
        group.register(command)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from ..console import use_utf8_output

    use_utf8_output()  # Windows: a redirected stdout would use the ANSI code page and crash
    import multiprocessing

    multiprocessing.freeze_support()  # a frozen bundle's reader processes start here
    collecting = gc.isenabled()
    # Start-up (imports, opening the database) makes no garbage worth a cyclic collection,
    # yet one would walk every object imported so far: off until the database is open.
    gc.disable()
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        backup.guard_write(args)
        code: int = args.func(args)
    except CliError as exc:
        print(f"faaliyet: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    finally:
        if collecting:
            gc.enable()
        if argv is None:  # the process's own command (console script, python -m): it ends
            # now; frozen objects are left to the operating system instead of being walked
            # by a last collection at exit (about as long as listing the years)
            gc.freeze()
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
