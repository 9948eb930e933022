"""``faaliyet history``: the change history of a year, a table, a row or one figure, and the
audit question "who changed Table 9 after the checks passed?" (``--after-clean-check``)."""

from __future__ import annotations

import argparse
from typing import Any

from .common import CliError, Command, open_workspace


def format_change(change: Any) -> str:
    """One line: when, who, table, row, field, old → new, from where."""
    from ..storage.history import display_value, field_label

    when = change.changed_at[:19].replace("T", " ")
    where = " ".join(p for p in (change.table_tr, change.row) if p)
    return (f"{when}  {change.user}  {where}  {field_label(change.field)}: "
            f"{display_value(change.old, field=change.field)} → "
            f"{display_value(change.new, field=change.field)}  ({change.source_tr})")


def cmd_history(args: argparse.Namespace) -> int:
    from ..storage.errors import StorageError

    with open_workspace(args, create=False) as ws:
        if args.year not in ws.years():
            have = ", ".join(str(y) for y in ws.years()) or "yok"
            raise CliError(f"{args.year} yılı veritabanında yok (mevcut yıllar: {have}).")
        try:
            if args.after_clean_check:
                clean = ws.database.last_clean_check(args.year)
                changes = ws.changes_after_clean_check(args.year, args.table)
                if clean is None:
                    print(f"{args.year} yılının denetimleri hiç hatasız geçmedi; yılın bütün "
                          "değişiklikleri:")
                else:
                    print(f"Son hatasız denetim: {clean.run_at[:19].replace('T', ' ')} UTC, "
                          f"{clean.user} ({clean.warning_count} uyarı).")
            else:  # narrowed and limited by the query
                changes = ws.history(args.year, args.table, args.row, args.field,
                                     limit=args.limit or None)
        except StorageError as exc:
            raise CliError(exc.message) from exc
    if args.row is not None:
        changes = [c for c in changes if c.row == args.row]
    if args.field is not None:
        changes = [c for c in changes if c.field == args.field]
    if args.limit:
        changes = changes[-args.limit:]
    for change in changes:
        print(format_change(change))
    if not changes:
        print("Değişiklik yok." if not args.after_clean_check
              else "Son hatasız denetimden sonra değişiklik yok.")
    else:
        print(f"{len(changes)} değişiklik.")
    return 0


def register(command: Command) -> None:
    p = command("history", cmd_history, "bir yılın, tablonun ya da hücrenin değişiklik geçmişi")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--table", default=None,
                   help="tablo anahtarı: budget, form3, strategic, narrative, "
                   "personnel_employment …")
    p.add_argument("--row", default=None, help="satır anahtarı (ör. bütçe için 2024:01)")
    p.add_argument("--field", default=None, help="alan (ör. kbo, q1, text)")
    p.add_argument("--after-clean-check", action="store_true",
                   help="yalnızca son hatasız denetimden sonraki değişiklikler")
    p.add_argument("--limit", type=int, default=0, help="en fazla bu kadar (en yeniler)")
