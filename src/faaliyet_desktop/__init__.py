"""Faaliyet Desktop: the annual activity report (İdare Faaliyet Raporu) application."""

__version__ = "0.1.0"
