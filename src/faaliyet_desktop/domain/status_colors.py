"""Colours of the realisation statuses, shared by the GUI and the PDF report (one place).

Light backgrounds that stay readable with black text, in print and on screen.
"""

from __future__ import annotations

from .model import Status

STATUS_COLORS: dict[Status, str] = {
    Status.NOT_REACHED: "#F4C7C3",  # light red: ulaşılamadı
    Status.PARTIAL: "#FCE8B2",  # light amber: kısmen ulaşıldı
    Status.REACHED: "#B7E1CD",  # light green: ulaşıldı
    Status.EXCEEDED: "#C9DAF8",  # light blue: aşıldı
}

STATUS_TEXT_COLOR = "#000000"


def status_color(status: Status | None) -> str | None:
    """Background colour of a status cell; None when there is no status."""
    return None if status is None else STATUS_COLORS[status]
