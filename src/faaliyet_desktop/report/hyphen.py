"""Turkish hyphenation for justified text.

ReportLab hyphenates with pyphen, whose dictionaries have no Turkish; but Turkish syllables
follow one rule, so the break points are computed: every syllable holds one vowel, and of the
consonants between two vowels the last one starts the next syllable ("per-for-mans",
"Türk-çe", "kar-deş", "prog-ram"). ReportLab takes a callable as ``hyphenationLang``: word →
(head, tail) pairs, the longest head first.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

VOWELS = frozenset("aeıioöuüâîûAEIİOÖUÜÂÎÛ")
MIN_HEAD = 2  # letters left before the hyphen
MIN_TAIL = 2  # letters carried to the next line


def break_points(word: str) -> list[int]:
    """Indices where ``word`` may be hyphenated (between its syllables)."""
    if not word.isalpha():
        return []
    vowels = [i for i, ch in enumerate(word) if ch in VOWELS]
    points = []
    for a, b in itertools.pairwise(vowels):
        at = b if b == a + 1 else b - 1
        if MIN_HEAD <= at <= len(word) - MIN_TAIL:
            points.append(at)
    return points


def hyphenate_tr(word: str) -> Iterator[tuple[str, str]]:
    """(head, tail) splits of ``word``, longest head first (what ReportLab asks for)."""
    for at in reversed(break_points(word)):
        yield word[:at], word[at:]
