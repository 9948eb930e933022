"""``faaliyet backup`` and ``faaliyet restore``; write commands refuse a database in use.

``restore`` asks for confirmation on the terminal unless ``--yes`` is given; without a
terminal and without ``--yes`` it refuses. The commands that change the database
(``new-year``, ``import`` without ``--dry-run``, ``restore``) refuse with the name of whoever
holds it; the others read it as it is.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

from .common import CliError, Command, open_workspace

# Commands of other groups that write the database (checked before they open it).
WRITE_COMMANDS = ("new-year", "import", "acknowledge")


def _on_server(args: argparse.Namespace) -> bool:
    """True for a shared PostgreSQL database (no lock file, no file backups)."""
    from ..storage.server import is_server_url

    return is_server_url(args.db if args.db is not None else os.environ.get("FAALIYET_DB"))


def _db_path(args: argparse.Namespace) -> Path:
    from ..paths import default_db_path

    return Path(args.db) if args.db is not None else default_db_path()


def refuse_if_in_use(path: Path) -> None:
    """CliError naming the holder when another instance writes ``path``."""
    from ..storage.lock import holder, in_use

    owner = holder(path)
    if owner is not None:
        raise CliError(in_use(path, owner).message)


def guard_write(args: argparse.Namespace) -> None:
    """Before a write command opens the database: refuse when another instance holds it."""
    if (args.command in WRITE_COMMANDS and not getattr(args, "dry_run", False)
            and not _on_server(args)):
        refuse_if_in_use(_db_path(args))


def cmd_backup(args: argparse.Namespace) -> int:
    from ..storage.backup import size_text
    from ..storage.errors import StorageError

    with open_workspace(args, create=False) as ws:
        start = time.perf_counter()
        try:
            info = ws.backup(args.out)
        except StorageError as exc:
            raise CliError(exc.message) from exc
        elapsed = time.perf_counter() - start
    print(f"Yedek alındı: {info.path} ({size_text(info.size)}, {elapsed * 1000:.0f} ms)")
    return 0


def _confirm(question: str) -> bool:
    from ..console import stdin_is_interactive

    if not stdin_is_interactive():  # (on Windows '< NUL' is a tty too)
        raise CliError("Onay alınamadı (etkileşimli bir terminal yok). Geri yüklemek için "
                       "komutu --yes ile çalıştırın.")
    try:
        answer = input(f"{question} [e/H] ")
    except EOFError:
        return False
    return answer.strip().lower() in ("e", "evet", "y", "yes")


def cmd_restore(args: argparse.Namespace) -> int:
    from ..storage.backup import restore_database, size_text, validate_backup
    from ..storage.errors import StorageError
    from ..storage.lock import DatabaseInUseError, acquire

    if _on_server(args):
        raise CliError("Paylaşılan (sunucudaki) veritabanı uygulamadan geri yüklenmez; "
                       "sunucunun kendi yedeklerini kullanın (ör. pg_restore).")
    db = _db_path(args)
    try:
        info = validate_backup(args.file)
    except StorageError as exc:
        raise CliError(exc.message) from exc
    years = ", ".join(str(y) for y in info.years) or "yok"
    print(f"Yedek: {info.path} ({info.created:%d.%m.%Y %H:%M}, {size_text(info.size)}, "
          f"yıllar: {years})")
    refuse_if_in_use(db)
    if not args.yes and not _confirm(f"'{db}' bu yedekle değiştirilecek (şimdiki hali önce "
                                     "yedeklenir). Devam edilsin mi?"):
        print("Vazgeçildi; veritabanına dokunulmadı.")
        return 1
    try:
        with acquire(db):
            before = restore_database(db, info.path)
    except DatabaseInUseError as exc:
        raise CliError(exc.message) from exc
    except StorageError as exc:
        raise CliError(exc.message) from exc
    except OSError as exc:
        raise CliError(f"'{db}' yazılamadı: {exc.strerror or exc}") from exc
    print(f"Geri yüklendi: {db}")
    if before is not None:
        print(f"Önceki hali yedeklendi: {before.path}")
    return 0


def register(command: Command) -> None:
    p = command("backup", cmd_backup, "veritabanının yedeğini alır")
    p.add_argument("--out", type=Path, default=None,
                   help="yedek dosyası (varsayılan: veritabanının yanındaki yedek klasörü)")

    p = command("restore", cmd_restore, "veritabanını bir yedekten geri yükler "
                "(şimdiki hali önce yedeklenir)")
    p.add_argument("file", type=Path, metavar="FILE", help="geri yüklenecek yedek dosyası")
    p.add_argument("--yes", "-y", action="store_true", help="onay sormadan geri yükle")
