"""Read many files at once: phase one of reading (no database) in worker processes.

Reading a workbook is CPU-bound pure Python (openpyxl), so threads do not help; with 8 files
or more a small process pool (spawned, so it is safe beside Qt's threads) reads them in
parallel. Results come back in the order of the paths. ``FAALIYET_IMPORT_WORKERS=1`` turns
the pool off. A frozen build (PyInstaller) reads in-process by default, because spawning
needs ``multiprocessing.freeze_support()`` in its entry point; with that in place,
``FAALIYET_IMPORT_WORKERS=2`` turns the pool on there too.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Generator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from .reader import RawFile, SheetMap, read_raw
from .safety import FileRefused

MIN_FILES_FOR_POOL = 8
MAX_WORKERS = 2  # each reader process costs ~70 MB; two keep an 81-file import under 300 MB


def _read(path: Path, sheets: SheetMap) -> RawFile | FileRefused:
    try:
        return read_raw(path, sheets)
    except FileRefused as exc:
        return exc


def worker_count(files: int) -> int:
    env = os.environ.get("FAALIYET_IMPORT_WORKERS")
    if env is not None:
        try:
            wanted = max(1, int(env))
        except ValueError:
            wanted = 1
    elif getattr(sys, "frozen", False):
        wanted = 1
    else:
        wanted = min(os.cpu_count() or 1, MAX_WORKERS)
    return 1 if files < MIN_FILES_FOR_POOL else min(wanted, files)


def read_many(paths: list[Path], sheets: SheetMap
              ) -> Generator[RawFile | FileRefused, None, None]:
    """``read_raw`` of every path, in order; a refusal is yielded, not raised."""
    workers = worker_count(len(paths))
    if workers <= 1:
        for path in paths:
            yield _read(path, sheets)
        return
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        futures = [pool.submit(_read, path, sheets) for path in paths]
        try:
            for future in futures:
                yield future.result()
        finally:
            for future in futures:
                future.cancel()
