"""Counters the safety tests fill (kill points, fuzzed inputs) and the summary prints."""

from __future__ import annotations

from collections import Counter

COUNTS: Counter[str] = Counter()
