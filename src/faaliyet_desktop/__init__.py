"""Faaliyet Desktop: the annual activity report (İdare Faaliyet Raporu) of a Turkish public administration."""

__version__ = "0.1.0"
