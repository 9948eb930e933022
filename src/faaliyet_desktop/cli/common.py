"""What every command shares: the user-facing error, the ``--db`` option, opening a workspace.

Light on purpose (argparse and pathlib only at import time): the storage layer is imported
when a command opens the database.
"""

from __future__ import annotations

import argparse
import gc
from collections.abc import Callable
from pathlib import Path
from typing import Any

Handler = Callable[[argparse.Namespace], int]
# command(name, handler, help) -> the sub-command's parser, with --db and the handler set
Command = Callable[[str, Handler, str], argparse.ArgumentParser]


class CliError(Exception):
    """A user-facing failure: printed as one line, exit code 2."""


DB_HELP = ("veritabanı dosyası ya da postgresql+psycopg://… sunucu adresi "
           "(varsayılan: FAALIYET_DB ya da kullanıcı klasörü)")


def db_target(text: str) -> Path | str:
    """A database file, or a server URL kept as text (a Path would fold its '//')."""
    return text if "://" in text else Path(text)


def add_db_option(p: argparse.ArgumentParser, *, top: bool = False) -> None:
    """``--db`` on the main parser (default None) and on every sub-command (no default, so a
    value given before the sub-command survives; one given after it wins)."""
    p.add_argument("--db", type=db_target, default=None if top else argparse.SUPPRESS,
                   help=DB_HELP)


def open_workspace(args: argparse.Namespace, *, create: bool = True) -> Any:
    """The workspace of ``--db`` / ``FAALIYET_DB`` / the default path; errors become CliError."""
    from ..services.workspace import Workspace
    from ..storage.errors import StorageError

    try:
        workspace = Workspace.open(args.db, create=create)
    except StorageError as exc:
        raise CliError(str(exc)) from exc
    started()
    return workspace


def started() -> None:
    """The start-up is over: the garbage collector main() held back works again (the work
    of a command, e.g. a report or an import, may make cycles worth collecting)."""
    gc.enable()


def load_year(ws: Any, year: int) -> Any:
    """The report of ``year``; CliError naming the years there are when it is missing."""
    from ..storage.errors import StorageError

    if year not in ws.years():
        have = ", ".join(str(y) for y in ws.years()) or "yok"
        raise CliError(f"{year} yılı veritabanında yok (mevcut yıllar: {have}).")
    try:
        return ws.load(year)
    except StorageError as exc:
        raise CliError(str(exc)) from exc
