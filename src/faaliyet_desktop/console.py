"""Process-level set-up for the console and the display, before anything is printed or shown.

``use_utf8_output``: on Windows a redirected ``sys.stdout`` (a file or a pipe) uses the ANSI code
page (cp1252, cp1254), which cannot encode every character the reports print (``−``, ``…``,
and on cp1252 ``ş``/``ğ``/``ı``): the command line crashed with ``UnicodeEncodeError`` after
doing its work. Redirected output is therefore always UTF-8; a console keeps Python's own
Unicode console writer.

``missing_display_message``: on Linux, Qt without a display aborts with a misleading message about
``libxcb-cursor``; say what is wrong instead.
"""

from __future__ import annotations

import codecs
import io
import os
import sys
from collections.abc import Mapping


def use_utf8_output() -> None:
    """Re-encode stdout and stderr as UTF-8 unless they already are (no-op on a UTF-8 stream)."""
    for stream in (sys.stdout, sys.stderr):
        if not isinstance(stream, io.TextIOWrapper):  # None (windowed app) or a test's capture
            continue
        try:
            if codecs.lookup(stream.encoding).name == "utf-8":
                continue
        except LookupError:
            pass
        # errors="replace" only matters for lone surrogates: UTF-8 encodes every character
        stream.reconfigure(encoding="utf-8", errors="replace")


NO_DISPLAY = ("faaliyet-desktop: ekran yok; xvfb-run ya da QT_QPA_PLATFORM=offscreen kullanın "
              "(örnek: xvfb-run -a faaliyet-desktop).")


def missing_display_message(environ: Mapping[str, str] | None = None,
                            platform: str = sys.platform) -> str | None:
    """The Turkish error to print when Qt would find no display (Linux only), else None."""
    env = os.environ if environ is None else environ
    if not platform.startswith("linux"):
        return None
    if env.get("QT_QPA_PLATFORM") or env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return None
    return NO_DISPLAY


def stdin_is_interactive() -> bool:
    """True when stdin is a terminal a person types into (a question can be asked).

    On Windows ``isatty()`` is also true for ``< NUL`` (a character device); only a console has a
    console mode.
    """
    stdin = sys.stdin
    try:
        if stdin is None or not stdin.isatty():
            return False
    except (ValueError, OSError):  # closed or detached
        return False
    if sys.platform == "win32":
        import ctypes
        import msvcrt

        try:
            handle = msvcrt.get_osfhandle(stdin.fileno())
        except (ValueError, OSError):  # a stand-in stream without a descriptor: trust isatty()
            return True
        mode = ctypes.c_ulong()
        return bool(ctypes.windll.kernel32.GetConsoleMode(handle, ctypes.byref(mode)))
    return True
