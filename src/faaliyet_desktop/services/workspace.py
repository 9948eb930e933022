"""A workspace is an open database: the use cases the GUI and the CLI share."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.carry_forward import new_year_from
from ..domain.model import ReportYear
from ..paths import default_db_path
from ..sample import load_sample

if TYPE_CHECKING:
    from ..storage import Database


class Workspace:
    """One open database. Every method is one user action and one transaction."""

    def __init__(self, database: Database, path: Path) -> None:
        self.database = database
        self.path = path

    @classmethod
    def open(cls, path: str | Path | None = None, *, create: bool = True) -> Workspace:
        """Open (and migrate) the database at ``path`` (default: per-user folder or
        ``FAALIYET_DB``). A new, empty database starts with the built-in 2024 sample.
        Raises :class:`faaliyet_desktop.storage.StorageError` with a Turkish message."""
        from ..storage import open_database

        target = Path(path) if path is not None else default_db_path()
        db = open_database(target, create=create)
        ws = cls(db, target)
        if not db.years():
            db.save_year(load_sample())
        return ws

    def years(self) -> list[int]:
        return list(self.database.years())

    def load(self, year: int) -> ReportYear:
        return self.database.load_year(year)

    def save(self, report: ReportYear) -> None:
        self.database.save_year(report)

    def new_year(self, from_year: int, year: int) -> ReportYear:
        """Carry the structure of ``from_year`` into a new ``year`` and save it."""
        if year in self.years():
            raise ValueError(f"{year} yılı zaten var.")
        report = new_year_from(self.load(from_year), year)
        self.save(report)
        return report

    def close(self) -> None:
        self.database.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
