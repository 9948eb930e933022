"""``faaliyet-desktop``: the GUI's composition root.

Options: ``--db PATH`` (else FAALIYET_DB, else the last database, else the per-user default),
``--lang tr|en``, ``--smoke`` (open the main window on the sample in a temporary database,
visit every form, exit 0), ``--screenshots DIR`` (grab every form at 1400×900 into DIR).
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import tempfile
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from . import __version__


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="faaliyet-desktop",
                                description="İdare faaliyet raporu (masaüstü)")
    p.add_argument("--version", action="version", version=f"faaliyet-desktop {__version__}")
    p.add_argument("--db", type=_db_target, default=None,
                   help="veritabanı dosyası ya da postgresql+psycopg://… sunucu adresi")
    p.add_argument("--year", type=int, default=None, help="açılacak yıl")
    p.add_argument("--lang", choices=["tr", "en"], default=None, help="arayüz dili")
    p.add_argument("--smoke", action="store_true",
                   help="örnek veriyle ana pencereyi açar, her formu gezer ve çıkar")
    p.add_argument("--screenshots", type=Path, default=None, metavar="DIR",
                   help="her formun ekran görüntüsünü DIR klasörüne kaydeder ve çıkar")
    return p.parse_args(list(argv) if argv is not None else None)


def _db_target(text: str) -> Path | str:
    """A database file, or a server URL kept as text (a Path would fold its '//')."""
    return text if "://" in text else Path(text)


def open_workspace_interactive(path: Path | str, parent: Any = None, *, interactive: bool = True
                               ) -> Any:
    """Open the database at ``path``. On a StorageError show its Turkish message and offer
    to pick another file or create a new one; None when the user gives up."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from .services import Workspace
    from .storage import StorageError

    def tr(text: str) -> str:
        return QCoreApplication.translate("App", text)

    create = True
    while True:
        try:
            return Workspace.open(path, create=create)
        except StorageError as exc:
            if not interactive:
                print(f"faaliyet-desktop: {exc.message}", file=sys.stderr)
                return None
            box = QMessageBox(QMessageBox.Icon.Critical, tr("Veritabanı açılamadı"),
                              exc.message, parent=parent)
            other = box.addButton(tr("Başka Dosya Seç…"), QMessageBox.ButtonRole.AcceptRole)
            new = box.addButton(tr("Yeni Veritabanı Oluştur…"),
                                QMessageBox.ButtonRole.AcceptRole)
            box.addButton(tr("Çık"), QMessageBox.ButtonRole.RejectRole)
            box.exec()
            clicked = box.clickedButton()
            if clicked is other:
                chosen, _ = QFileDialog.getOpenFileName(
                    parent, tr("Veritabanı Aç"), str(Path(path).parent),
                    tr("Faaliyet veritabanı (*.sqlite *.db);;Tüm dosyalar (*)"))
                create = False
            elif clicked is new:
                chosen, _ = QFileDialog.getSaveFileName(
                    parent, tr("Yeni Veritabanı"), str(Path(path).parent / "faaliyet.sqlite"),
                    tr("Faaliyet veritabanı (*.sqlite)"))
                create = True
            else:
                return None
            if not chosen:
                return None
            path = Path(chosen)


# lupdate cannot see through tr() above: the App strings, listed for it.
_APP_STRINGS = [
    QT_TRANSLATE_NOOP("App", "Veritabanı açılamadı"),
    QT_TRANSLATE_NOOP("App", "Başka Dosya Seç…"),
    QT_TRANSLATE_NOOP("App", "Yeni Veritabanı Oluştur…"),
    QT_TRANSLATE_NOOP("App", "Çık"),
    QT_TRANSLATE_NOOP("App", "Veritabanı Aç"),
    QT_TRANSLATE_NOOP("App", "Faaliyet veritabanı (*.sqlite *.db);;Tüm dosyalar (*)"),
    QT_TRANSLATE_NOOP("App", "Yeni Veritabanı"),
    QT_TRANSLATE_NOOP("App", "Faaliyet veritabanı (*.sqlite)"),
]


def _install_excepthook(smoke: bool) -> None:
    """A bug shows a dialog with the traceback instead of killing the window silently."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    def hook(exc_type: Any, exc: BaseException, tb: Any) -> None:
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        print(text, file=sys.stderr)
        if smoke:
            QApplication.exit(1)
            return
        box = QMessageBox(QMessageBox.Icon.Critical, "Faaliyet Desktop",
                          "Beklenmeyen bir hata oluştu. Kaydedilmiş değişiklikler "
                          "veritabanında duruyor; kaydedilemeyen bir değişiklik varsa durum "
                          "çubuğundaki kayıt göstergesi kırmızıdır. Ayrıntılar:")
        box.setDetailedText(text)
        box.exec()

    sys.excepthook = hook


def _started() -> None:
    """The window is up: what was imported stays for the whole session (frozen: never walked
    by a collection again), and the garbage collector works from now on."""
    gc.freeze()
    gc.enable()


def main(argv: Sequence[str] | None = None) -> int:
    import multiprocessing

    multiprocessing.freeze_support()  # a frozen bundle's reader processes start here
    args = parse_args(argv if argv is not None else sys.argv[1:])
    from .console import missing_display_message

    if (no_display := missing_display_message()) is not None:
        print(no_display, file=sys.stderr)
        return 2
    # Start-up makes no garbage worth a cyclic collection, yet each one would walk every
    # object imported so far: collection waits until the window is on screen (_started).
    gc.disable()
    from PySide6.QtCore import QCoreApplication, QSettings, QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from .paths import default_db_path, resource
    from .ui.i18n import install_translator
    from .ui.main_window import MainWindow

    QCoreApplication.setOrganizationName("FaaliyetDesktop")
    QCoreApplication.setApplicationName("FaaliyetDesktop")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    icon = resource("icons", "app.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    settings = QSettings()
    batch = args.smoke or args.screenshots is not None
    install_translator(args.lang or str(settings.value("language", "tr")))
    _install_excepthook(batch)

    tmp: tempfile.TemporaryDirectory[str] | None = None
    path: Path | str
    if args.db is not None:
        path = args.db
    elif batch:
        tmp = tempfile.TemporaryDirectory(prefix="faaliyet-smoke-")
        path = Path(tmp.name) / "sample.sqlite"
    elif os.environ.get("FAALIYET_DB"):
        path = _db_target(os.environ["FAALIYET_DB"]) if "://" in os.environ["FAALIYET_DB"] \
            else default_db_path()
    else:
        last = settings.value("lastDb")
        path = Path(str(last)) if last else default_db_path()
    if isinstance(path, Path):  # not for a server URL (shared database mode)
        path.parent.mkdir(parents=True, exist_ok=True)
    ws = open_workspace_interactive(path, interactive=not batch)
    if ws is None:
        gc.enable()
        return 1
    if batch:  # never let a batch run change the user's remembered state
        settings = QSettings(str(Path(tempfile.gettempdir()) / "faaliyet-batch.ini"),
                             QSettings.Format.IniFormat)
        settings.clear()
    elif isinstance(path, Path):  # a server URL holds a password: not remembered
        settings.setValue("lastDb", str(ws.path))
    win = MainWindow(ws, year=args.year, settings=settings)
    try:
        if batch:
            _started()
        if args.screenshots is not None:
            from .ui.smoke import take_screenshots

            take_screenshots(win, args.screenshots)
            return 0
        if args.smoke:
            from .ui.smoke import visit_all

            visited = visit_all(win)
            print(f"faaliyet-desktop --smoke: {len(visited)} sayfa gezildi, sorun yok.")
            return 0
        win.show()  # the first run of the checks waits for the first paint (QTimer 0)
        QTimer.singleShot(0, _started)
        return int(app.exec())
    finally:
        if batch:
            win.close()
            ws.close()
            if tmp is not None:
                tmp.cleanup()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
