"""Screenshots of the main pages as a person sees them on a real X server.

    xvfb-run -s "-screen 0 1366x768x24" python docs/screenshots/take_screens.py DB laptop_1366
    xvfb-run -s "-screen 0 1920x1080x24" python docs/screenshots/take_screens.py DB wide_1920

The whole screen is grabbed, so a window larger than the screen would show cut off.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

PAGES = [("start", "baslangic"), ("personnel_employment", "tablo3"), ("budget9", "tablo8_9"),
         ("form3", "tablo15_form3"), ("strategic", "tablo17"),
         ("narrative:duties", "metin")]


def main() -> None:
    db, prefix = Path(sys.argv[1]), sys.argv[2]
    out = Path(__file__).parent
    app = QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName("FaaliyetDesktopScreens")
    from faaliyet_desktop.services import Workspace
    from faaliyet_desktop.ui.i18n import install_translator
    from faaliyet_desktop.ui.main_window import MainWindow

    install_translator("tr")
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    ws = Workspace.open(db)
    win = MainWindow(ws, settings=settings)
    win.show()
    for _ in range(20):
        app.processEvents()
    win.checks.run_now()
    screen = app.primaryScreen()

    def shot(name: str) -> None:
        for _ in range(20):
            app.processEvents()
        path = out / f"{prefix}_{name}.png"
        screen.grabWindow(0).save(str(path))
        print(path, win.frameGeometry(), screen.availableGeometry())

    for page_id, name in PAGES:
        page = win.show_page(page_id)
        if page.grids():
            page.grids()[0].select(page.grids()[0].model.row(2).key, None)
        shot(name)
    page = win.show_page("form3")  # scrolled to the quarters: code and name stay in view
    grid = page.grids()[0]
    grid.select(grid.model.row(3).key, "q3")
    shot("tablo15_form3_kaydirilmis")
    win.show_page("unit_spending")
    win.show_consolidation()
    shot("konsolidasyon")
    win.close()
    ws.close()


if __name__ == "__main__":
    main()
