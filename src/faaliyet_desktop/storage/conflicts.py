"""Optimistic locking: a save that would overwrite someone else's newer value is refused."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import Connection

from . import history
from .errors import StorageError

if TYPE_CHECKING:
    from .tracking import Conflict


class ConflictError(StorageError):
    """Someone else changed (or deleted) a figure this save changes, since it was loaded.

    Nothing was saved. ``conflicts`` lists every clash; the message names the first: the
    table, row and field, the other user's value and yours. Reload the year and enter the
    change again.
    """

    def __init__(self, message: str, conflicts: Sequence[Conflict] = (),
                 other_user: str | None = None) -> None:
        super().__init__(message)
        self.conflicts = list(conflicts)
        self.other_user = other_user


def conflict_error(connection: Connection, year: int, conflicts: Sequence[Conflict]
                   ) -> ConflictError:
    first = conflicts[0]
    last = history.query_changes(connection, year, table=first.table, row=first.row,
                                 field=first.field, newest_first=True, limit=1)
    who = "başka bir kullanıcı"
    other = None
    if last:
        other = last[0].user
        who = f"başka bir kullanıcı ({other}, {last[0].changed_at[:16].replace('T', ' ')} UTC)"
    where = f"{history.table_label(first.table)}"
    if first.row:
        where += f", '{first.row}' satırı"
    where += f", '{history.field_label(first.field)}' alanı"
    if first.deleted:
        what = (f"{where}: bu satırı siz yükledikten sonra {who} sildi; sizin değeriniz "
                f"{history.display_value(first.mine)}.")
    else:
        what = (f"{where}: siz yükledikten sonra {who} değiştirdi. Onun değeri "
                f"{history.display_value(first.theirs)}, sizin değeriniz "
                f"{history.display_value(first.mine)}.")
    more = f" ({len(conflicts) - 1} çakışma daha var.)" if len(conflicts) > 1 else ""
    return ConflictError(
        f"{year} yılı kaydedilemedi, çakışma: {what}{more} Hiçbir değişiklik kaydedilmedi. "
        "Yılı yeniden yükleyin, değeri kontrol edip değişikliğinizi yeniden girin.",
        conflicts, other,
    )


def year_created_meanwhile(year: int) -> ConflictError:
    return ConflictError(
        f"{year} yılı kaydedilemedi, çakışma: bu yıl aynı anda başka bir kullanıcı tarafından "
        "oluşturuldu. Hiçbir değişiklik kaydedilmedi. Yılı yeniden yükleyip tekrar deneyin."
    )
