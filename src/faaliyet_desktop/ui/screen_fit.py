"""Keep the main window on its screen: a first size from the available screen, a remembered
geometry clamped to it, and docks that scroll instead of widening the window."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDockWidget, QFrame, QMainWindow, QScrollArea, QWidget

PREFERRED = QSize(1400, 900)  # on a large screen; smaller screens get their available area
# A window manager's frame around the window, until the real one is known (after show()).
FRAME_GUESS = QSize(8, 36)
DOCK_MIN = QSize(280, 120)


def available_geometry(widget: QWidget | None = None) -> QRect:
    """The part of the window's screen not taken by panels and docks of the desktop.
    Headless (the offscreen platform: tests, --smoke, --screenshots) there is no screen to
    fit: the window keeps the size it is given."""
    if QGuiApplication.platformName() == "offscreen":
        return QRect(0, 0, 16384, 16384)
    screen = widget.screen() if widget is not None else None
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 768)


def _frame_extra(window: QWidget) -> QSize:
    if window.isVisible():
        frame, inner = window.frameGeometry(), window.geometry()
        return QSize(frame.width() - inner.width(), frame.height() - inner.height())
    return FRAME_GUESS


def clamp_to_screen(window: QWidget) -> None:
    """Move and shrink ``window`` (its frame included) into the available screen area."""
    area = available_geometry(window)
    extra = _frame_extra(window)
    max_w = max(area.width() - extra.width(), 200)
    max_h = max(area.height() - extra.height(), 200)
    window.setMaximumSize(16777215, 16777215)
    w = min(window.width(), max_w)
    h = min(window.height(), max_h)
    if (w, h) != (window.width(), window.height()):
        window.resize(w, h)
    frame = window.frameGeometry()
    x = min(max(frame.x(), area.x()), area.right() + 1 - frame.width())
    y = min(max(frame.y(), area.y()), area.bottom() + 1 - frame.height())
    x, y = max(x, area.x()), max(y, area.y())
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)


def initial_geometry(window: QMainWindow, saved: object) -> None:
    """The remembered geometry if there is one, clamped to the screen; otherwise the
    preferred size, or the available area of a smaller screen."""
    if isinstance(saved, QByteArray) and window.restoreGeometry(saved):
        clamp_to_screen(window)
        return
    area = available_geometry(window)
    w = min(PREFERRED.width(), area.width() - FRAME_GUESS.width())
    h = min(PREFERRED.height(), area.height() - FRAME_GUESS.height())
    window.resize(w, h)
    window.move(area.x() + (area.width() - w - FRAME_GUESS.width()) // 2,
                area.y() + (area.height() - h - FRAME_GUESS.height()) // 2)


def scrolling(content: QWidget) -> QScrollArea:
    """``content`` in a scroll area: its minimum size no longer sets the window's."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    area.setMinimumSize(DOCK_MIN)
    return area


class ScrollingDock(QDockWidget):
    """A dock whose content scrolls when the dock is narrower than the content's minimum
    (its buttons in a row), so opening it never widens the window past the screen.
    ``widget()`` is the content, as for a plain dock."""

    _content: QWidget | None = None

    def setWidget(self, widget: QWidget) -> None:  # type: ignore[override]
        self._content = widget
        super().setWidget(scrolling(widget))

    def widget(self) -> QWidget | None:  # type: ignore[override]
        return self._content


def fit_small_screen(window: QMainWindow) -> bool:
    """True on a laptop-sized screen (pages get more compact defaults)."""
    return available_geometry(window).height() < 900
