"""Light background colour per indicator status, shared by the GUI and the PDF report."""

from __future__ import annotations

from .model import Status

STATUS_COLORS: dict[Status, str] = {
    Status.NOT_REACHED: "#f8d7da",
    Status.PARTIAL: "#fff3cd",
    Status.REACHED: "#d4edda",
    Status.EXCEEDED: "#cfe2ff",
}
