"""Tests of faaliyet_desktop.storage."""
