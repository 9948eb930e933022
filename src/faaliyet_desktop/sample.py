"""The built-in sample: the 2024 report of the Presidency of Migration Management, as data.

The sample lives in ``resources/sample/<year>/*.json``: partial documents of a ReportYear,
merged in file-name order (lists are concatenated, dicts updated, scalars taken from the
first file that has them).
"""

from __future__ import annotations

import json
from typing import Any

from .domain.codec import report_from_plain
from .domain.model import ReportYear
from .paths import resource

SAMPLE_YEAR = 2024


def _merge(into: dict[str, Any], part: dict[str, Any]) -> None:
    for key, value in part.items():
        if key not in into:
            into[key] = value
        elif isinstance(into[key], list) and isinstance(value, list):
            into[key].extend(value)
        elif isinstance(into[key], dict) and isinstance(value, dict):
            into[key].update(value)
        else:
            raise ValueError(f"sample: '{key}' appears in more than one part")


def sample_plain(year: int = SAMPLE_YEAR) -> dict[str, Any]:
    folder = resource("sample", str(year))
    merged: dict[str, Any] = {}
    for path in sorted(folder.glob("*.json")):
        _merge(merged, json.loads(path.read_text(encoding="utf-8")))
    return merged


def load_sample(year: int = SAMPLE_YEAR) -> ReportYear:
    """The sample report year as domain objects (a fresh copy on every call)."""
    return report_from_plain(sample_plain(year))
