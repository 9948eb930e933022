"""Storage: the SQLite file that holds the report years (SQLAlchemy models, Alembic migrations).

Public API, the only names other packages use::

    db = open_database(default_database_path())   # creates, validates, migrates
    db.years(); db.load_year(2024); db.save_year(report); db.delete_year(2023); db.close()

Every known failure is a :class:`StorageError` whose ``message`` (Turkish) says what is wrong
and what to do; anything else is a bug and propagates unchanged.
"""

from __future__ import annotations

from ..paths import default_db_path as default_database_path
from .conflicts import ConflictError
from .database import Database, open_database
from .errors import (
    DatabaseLockedError,
    DatabaseMissingError,
    DiskError,
    InvalidDataError,
    NewerSchemaError,
    NotADatabaseError,
    ReadOnlyDatabaseError,
    StorageError,
    YearNotFoundError,
)

__all__ = [
    "ConflictError",
    "Database",
    "DatabaseLockedError",
    "DatabaseMissingError",
    "DiskError",
    "InvalidDataError",
    "NewerSchemaError",
    "NotADatabaseError",
    "ReadOnlyDatabaseError",
    "StorageError",
    "YearNotFoundError",
    "default_database_path",
    "open_database",
]
