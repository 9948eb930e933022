"""The PDF report (ReportLab): the institution report and unit reports. Never imports Qt."""

from .builder import build_report
from .scope import UnknownUnitError
from .template import ReportCancelled

__all__ = ["ReportCancelled", "UnknownUnitError", "build_report"]
