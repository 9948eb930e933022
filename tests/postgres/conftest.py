"""A real PostgreSQL server for the shared-database tests, started once on loopback.

initdb into a temporary folder (as the ``postgres`` user when the tests run as root: the server
refuses to run as root), pg_ctl on 127.0.0.1 and a free port, password authentication, one
fresh database per test. Skipped, with the reason, only where the server binaries are missing
(``apt-get install postgresql``; ``packaging/dev-setup.sh --test`` installs it).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from _required import missing

USER = "faaliyet"
PASSWORD = "gizli-parola-123"


def _bindir() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                   key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0)
    if found:
        return Path(found[-1]).parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb and shutil.which("pg_ctl") else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass(frozen=True)
class Server:
    host: str
    port: int

    def url(self, database: str, *, password: str = PASSWORD, user: str = USER) -> str:
        return f"postgresql+psycopg://{user}:{password}@{self.host}:{self.port}/{database}"

    def admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(host=self.host, port=self.port, user=USER, password=PASSWORD,
                             dbname="postgres", autocommit=True) as connection:
            connection.execute(sql)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[Server]:
    bindir = _bindir()
    if bindir is None:
        missing("PostgreSQL server binaries (initdb, pg_ctl) are not installed: "
                "apt-get install postgresql")
    pytest.importorskip("psycopg", reason="psycopg 3 is not installed: pip install -e .[postgres]")
    root = Path(tempfile.mkdtemp(prefix="faaliyet-pg-"))
    as_root = os.geteuid() == 0
    prefix: list[str] = ["runuser", "-u", "postgres", "--"] if as_root else []
    if as_root:
        shutil.chown(root, "postgres")
    (root / "pw").write_text(PASSWORD + "\n")
    if as_root:
        shutil.chown(root / "pw", "postgres")
    data = root / "data"
    subprocess.run(
        [*prefix, str(bindir / "initdb"), "-D", str(data), "-U", USER, "--pwfile",
         str(root / "pw"), "-A", "scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "-N"],
        check=True, capture_output=True,
    )
    port = 0
    for _attempt in range(3):  # a free port can be taken between the probe and the start
        port = _free_port()
        options = (f"-h 127.0.0.1 -p {port} -k {root} -F -c fsync=off "
                   "-c full_page_writes=off -c synchronous_commit=off")
        started = subprocess.run(
            [*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-o", options,
             "-l", str(root / "log"), "-w", "-t", "30", "start"],
            capture_output=True,
        )
        if started.returncode == 0:
            break
    else:
        log = (root / "log").read_text(errors="replace") if (root / "log").exists() else ""
        shutil.rmtree(root, ignore_errors=True)
        pytest.fail(f"PostgreSQL did not start: {started.stderr!r}\n{log}")
    try:
        yield Server("127.0.0.1", port)
    finally:
        subprocess.run([*prefix, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate",
                        "-w", "stop"], capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def pg_url(pg_server: Server) -> Iterator[str]:
    """A fresh, empty database on the server (dropped after the test)."""
    name = "t_" + uuid.uuid4().hex[:12]
    pg_server.admin(f'CREATE DATABASE "{name}"')
    try:
        yield pg_server.url(name)
    finally:
        pg_server.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def _sample_template(pg_server: Server) -> str:
    """A database holding the migrated schema and the 2024 sample, copied by each test."""
    from faaliyet_desktop.sample import load_sample
    from faaliyet_desktop.storage import open_database

    name = "sample_template"
    pg_server.admin(f'CREATE DATABASE "{name}"')
    with open_database(pg_server.url(name)) as db:
        db.save_year(load_sample())
    return name


@pytest.fixture
def pg_sample_url(pg_server: Server, _sample_template: str) -> Iterator[str]:
    """A fresh database holding the 2024 sample (a copy of the session's template)."""
    name = "t_" + uuid.uuid4().hex[:12]
    pg_server.admin(f'CREATE DATABASE "{name}" TEMPLATE "{_sample_template}"')
    try:
        yield pg_server.url(name)
    finally:
        pg_server.admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
