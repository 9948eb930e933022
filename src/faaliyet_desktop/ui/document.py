"""The open report year: the in-memory ReportYear, its undo stack, and autosave.

Every edit is a QUndoCommand. After a command is done, undone or redone, ``changed`` is
emitted once (every open model recomputes its derived cells) and the year is saved on the
next turn of the event loop (one transaction, diff-based), so neither closing the window
nor a crash loses an edit.
"""

from __future__ import annotations

import traceback
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..domain.model import ReportYear
from ..services.workspace import Workspace


class ReportDocument(QObject):
    changed = Signal(object)  # (table, row key, column) of the last edit
    structure_changed = Signal()
    save_state = Signal(bool, str)  # saved?, message
    save_failed = Signal(object)  # the StorageError of a failed save

    def __init__(self, workspace: Workspace, report: ReportYear,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.report = report
        self.undo_stack = QUndoStack(self)
        self.saved = True
        self.last_error = ""
        self.autosave = True
        # another window or program holds the database, or the file cannot be written
        self.readonly = bool(getattr(workspace, "readonly", False))
        self.readonly_message = (getattr(workspace, "readonly_message", None) or "")
        # The save runs on the next turn of the event loop: the changed cells are painted
        # first, and a burst of commands (a paste, a row move) is stored in one transaction.
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(0)
        self._save_timer.timeout.connect(self.save)
        self.undo_stack.indexChanged.connect(self._after_command)
        self._edited: set[tuple[str, str]] | None = set()

    @property
    def year(self) -> int:
        return self.report.year

    def push(self, command: QUndoCommand) -> None:
        if self.readonly:
            self.save_state.emit(False, self.readonly_message)
            return
        self.undo_stack.push(command)

    def notify(self, where: tuple[str, str, str], structural: bool = False) -> None:
        self.saved = False
        # what the next save must write: these (table, row) cells, or the whole year
        if structural:
            self._edited = None
        elif self._edited is not None:
            self._edited.add((where[0], where[1]))
        if structural:
            self.structure_changed.emit()
        self.changed.emit(where)

    def _after_command(self, _index: int) -> None:
        if self.autosave:
            self._save_timer.start()

    def discard(self) -> None:
        """Never save this document again (the year is being reloaded from the database):
        no autosave, and commands pushed from now on are dropped."""
        self.autosave = False
        self._save_timer.stop()
        self.readonly = True
        self.readonly_message = ""
        for signal in (self.changed, self.save_state, self.save_failed):
            try:
                signal.disconnect()
            except (RuntimeError, TypeError):
                pass

    def save_pending(self) -> bool:
        return self._save_timer.isActive()

    def save(self) -> bool:
        """Store the year now. On any failure the edits stay in memory (queued: the next edit,
        "Yeniden Dene" or closing tries again), ``saved`` stays False and ``save_failed`` says
        why; a failed save is never reported as saved."""
        from ..storage import StorageError

        self._save_timer.stop()
        note = getattr(self.workspace, "note_edits", None)
        if note is not None:  # only the edited cells are written (the whole year if need be)
            note(self.report, self._edited)
        try:
            self.workspace.save(self.report)
        except StorageError as exc:
            return self._failed(exc)
        except Exception as exc:  # a bug, not a known storage problem: still never "saved"
            traceback.print_exc()
            return self._failed(StorageError(
                f"Beklenmeyen bir hata nedeniyle kaydedilemedi ({type(exc).__name__}: {exc})."))
        self.saved = True
        self._edited = set()
        self.last_error = ""
        self.save_state.emit(True, "")
        return True

    def _failed(self, exc: Any) -> bool:
        self.saved = False
        self.last_error = exc.message
        self.save_state.emit(False, exc.message)
        self.save_failed.emit(exc)
        return False
