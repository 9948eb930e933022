"""Entry of the frozen ``faaliyet-desktop`` window (windowed executable on Windows).

With ``FAALIYET_STARTUP_TIMING=1`` it prints ``FAALIYET_SHOWN <unix time>`` to stderr when the main
window receives its first paint event (the moment it is shown with content), and before that
``FAALIYET_MARK python|qapp <unix time>`` when this script starts (the bootloader and Python are
up) and when the QApplication exists, for packaging/startup_time.py (``exit`` quits at the first
paint). The hook sits here so the application itself carries no timing code.
"""

import os
import sys


def _mark(name: str) -> None:
    import time

    print(f"FAALIYET_MARK {name} {time.time():.6f}", file=sys.stderr, flush=True)


def _install_startup_timing() -> None:
    _mark("python")
    from PySide6 import QtWidgets
    from PySide6.QtCore import QEvent, QObject

    class _FirstPaint(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.done = False

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if (not self.done and event.type() == QEvent.Type.Paint
                    and isinstance(obj, QtWidgets.QWidget)
                    and isinstance(obj.window(), QtWidgets.QMainWindow)):
                self.done = True
                import time

                print(f"FAALIYET_SHOWN {time.time():.6f}", file=sys.stderr, flush=True)
                if os.environ.get("FAALIYET_STARTUP_TIMING") == "exit":
                    os._exit(0)
            return False

    base = QtWidgets.QApplication

    class _TimedApplication(base):  # type: ignore[misc, valid-type]
        def __init__(self, *args: object) -> None:
            super().__init__(*args)
            _mark("qapp")
            self._first_paint = _FirstPaint()
            self.installEventFilter(self._first_paint)

    QtWidgets.QApplication = _TimedApplication  # type: ignore[misc]


if __name__ == "__main__":
    if os.environ.get("FAALIYET_STARTUP_TIMING"):
        _install_startup_timing()
    from faaliyet_desktop.app import main

    sys.exit(main())
