"""Shared database mode: the same schema on a PostgreSQL server (psycopg 3).

``--db postgresql+psycopg://user:pw@host/db`` (or FAALIYET_DB) instead of a file. No pragmas,
no file checks; migrations run under an advisory lock so two clients opening a new database at
the same time do not both migrate. Connection failures become StorageErrors with Turkish
messages; the password never appears in a message.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Engine, create_engine
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url

from .errors import (
    DatabaseLockedError,
    DatabaseMissingError,
    DiskError,
    ReadOnlyDatabaseError,
    StorageError,
)

CONNECT_TIMEOUT_S = 5
MIGRATION_LOCK_KEY = 7_422_001  # pg_advisory_xact_lock key of schema migrations

_URL = re.compile(r"^postgres(?:ql)?(?:\+[A-Za-z0-9_]+)?://", re.IGNORECASE)


class ServerUnavailableError(StorageError):
    """The server cannot be reached (down, wrong host or port, network)."""


class ServerAuthError(StorageError):
    """The server refused the user name or password."""


class ServerDatabaseMissingError(DatabaseMissingError):
    """The server has no database of that name."""


class ServerLocation(str):
    """Where a server database is, as shown to people: the URL without its password."""

    __slots__ = ()
    is_server = True


def is_server_url(target: object) -> bool:
    return isinstance(target, str) and bool(_URL.match(target.strip()))


def normalise(url: str) -> str:
    """``postgres://`` and ``postgresql://`` use psycopg 3 (the driver we ship)."""
    url = url.strip()
    scheme, sep, rest = url.partition("://")
    if "+" not in scheme:
        scheme = "postgresql+psycopg"
    elif scheme.lower().startswith("postgres+"):
        scheme = "postgresql+" + scheme.partition("+")[2]
    return scheme + sep + rest


def location(url: str) -> ServerLocation:
    try:
        shown = make_url(normalise(url)).render_as_string(hide_password=True)
    except Exception:  # an unparsable URL: show no part of it that could hold a password
        shown = url.split("://", 1)[0] + "://…"
    return ServerLocation(shown)


def make_server_engine(url: str) -> Engine:
    try:
        parsed = make_url(normalise(url))
    except sa_exc.ArgumentError as exc:
        raise ServerUnavailableError(
            f"'{location(url)}' geçerli bir veritabanı sunucusu adresi değil. Biçim: "
            "postgresql+psycopg://kullanıcı:parola@sunucu:5432/veritabanı"
        ) from exc
    return create_engine(
        parsed,
        pool_pre_ping=True,
        connect_args={"connect_timeout": CONNECT_TIMEOUT_S,
                      "application_name": "faaliyet-desktop"},
    )


def _psycopg_error(exc: BaseException) -> Any:
    orig = exc.orig if isinstance(exc, sa_exc.DBAPIError) else exc
    module = type(orig).__module__ or ""
    return orig if module.startswith("psycopg") else None


def translate_server(exc: BaseException, where: object) -> StorageError | None:
    """The StorageError for a PostgreSQL failure, or None (not one we know)."""
    error = _psycopg_error(exc)
    if error is None:
        return None
    state = getattr(error, "sqlstate", None) or ""
    text = str(error).lower()
    if state in ("28P01", "28000") or "password authentication failed" in text \
            or "no password supplied" in text:
        return ServerAuthError(
            f"'{where}' sunucusu kullanıcı adını ya da parolayı kabul etmedi. Bağlantı "
            "adresindeki kullanıcı adını ve parolayı kontrol edin."
        )
    if state == "3D000" or ("database" in text and "does not exist" in text):
        return ServerDatabaseMissingError(
            f"'{where}' sunucusunda bu adda bir veritabanı yok. Veritabanı adını kontrol "
            "edin ya da sunucu yöneticisinden veritabanını oluşturmasını isteyin."
        )
    if state in ("40001", "40P01", "55P03"):
        return DatabaseLockedError(
            f"'{where}' şu anda başka bir kullanıcının işlemiyle meşgul. Hiçbir değişiklik "
            "kaydedilmedi. Biraz sonra yeniden deneyin."
        )
    if state in ("25006", "42501"):
        return ReadOnlyDatabaseError(
            f"'{where}' üzerinde yazma yetkiniz yok; değişiklikler kaydedilemez. Sunucu "
            "yöneticisinden yazma yetkisi isteyin."
        )
    if state in ("53100", "53200", "53300"):
        if state == "53300":
            return ServerUnavailableError(
                f"'{where}' sunucusu şu anda yeni bağlantı kabul etmiyor (bağlantı sınırı). "
                "Biraz sonra yeniden deneyin."
            )
        return DiskError(
            f"'{where}' sunucusunda yer ya da bellek kalmadı. Hiçbir değişiklik kaydedilmedi. "
            "Sunucu yöneticisine haber verin."
        )
    if state.startswith("08") or state.startswith("57P") or (
        not state and type(error).__name__ in ("OperationalError", "InterfaceError")
    ):
        return ServerUnavailableError(
            f"'{where}' veritabanı sunucusuna bağlanılamadı (sunucu kapalı, adres ya da bağlantı "
            "noktası yanlış olabilir, ağ bağlantısı kopmuş olabilir). Hiçbir değişiklik "
            "kaydedilmedi. Sunucunun çalıştığını ve adresi kontrol edip yeniden deneyin."
        )
    return None
