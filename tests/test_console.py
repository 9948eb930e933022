"""Console output and display set-up (faaliyet_desktop.console).

Redirected output: on Windows a file or a pipe gets the ANSI code page (cp1252, cp1254), which
cannot encode every character the command line prints; it crashed with UnicodeEncodeError after
doing its work. Off Windows the same code page is forced with PYTHONIOENCODING. The test also
runs on Windows Python under Wine (packaging/windows/build-and-test.sh), there with the real code
page.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from faaliyet_desktop import console

ROOT = Path(__file__).resolve().parents[1]


def _legacy_code_page_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), env.get("PYTHONPATH", "")])
    if sys.platform == "win32":
        env.pop("PYTHONIOENCODING", None)  # the real thing: the ANSI code page
        env.pop("PYTHONUTF8", None)
    else:
        env.update(PYTHONIOENCODING="cp1254", LANG="C", LC_ALL="C", PYTHONUTF8="0")
    return env


LAUNCHERS = {
    # the installed console script (faaliyet = faaliyet_desktop.cli:main)
    "cli.main": ["-c", "import sys; from faaliyet_desktop.cli import main; sys.exit(main())"],
    # the frozen executable's entry (packaging/entry_cli.py)
    "entry_cli": [str(ROOT / "packaging" / "entry_cli.py")],
}


@pytest.mark.parametrize("launcher", sorted(LAUNCHERS))
def test_check_with_redirected_output_writes_utf8_and_does_not_crash(tmp_path, launcher):
    db = tmp_path / "rapor.sqlite"
    res = subprocess.run([sys.executable, *LAUNCHERS[launcher], "check", "--db", str(db),
                          "--year", "2024"], capture_output=True, env=_legacy_code_page_env(),
                         timeout=600)
    err = res.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err and "UnicodeEncodeError" not in err, err
    assert res.returncode == 1, err  # 1 = findings with errors (the sample has some)
    out = res.stdout.decode("utf-8")  # strict: every character as UTF-8
    assert "Tespit edilen özel ihtiyaç sahibi sayısı" in out
    assert "B − A = " in out  # U+2212: in neither cp1252 nor cp1254
    assert out.strip().splitlines()[-1].endswith(" uyarı.")


def test_report_with_redirected_output_exits_0(tmp_path):
    db, pdf = tmp_path / "rapor.sqlite", tmp_path / "rapor.pdf"
    res = subprocess.run([sys.executable, *LAUNCHERS["entry_cli"], "report", "--db", str(db),
                          "--year", "2024", "--out", str(pdf)], capture_output=True,
                         env=_legacy_code_page_env(), timeout=600)
    err = res.stderr.decode("utf-8", "replace")
    assert res.returncode == 0 and "Traceback" not in err, err
    assert pdf.read_bytes()[:5] == b"%PDF-"
    res.stdout.decode("utf-8")


def test_utf8_output_leaves_other_streams_alone(monkeypatch):
    raw = io.BytesIO()
    legacy = io.TextIOWrapper(raw, encoding="cp1252")
    captured = io.StringIO()
    monkeypatch.setattr(sys, "stdout", legacy)
    monkeypatch.setattr(sys, "stderr", captured)
    console.use_utf8_output()
    assert sys.stdout.encoding == "utf-8" and sys.stderr is captured
    print("ş − ğ", end="")
    sys.stdout.flush()
    assert raw.getvalue() == "ş − ğ".encode()


@pytest.mark.parametrize(("env", "platform", "missing"), [
    ({}, "linux", True),
    ({"DISPLAY": ":0"}, "linux", False),
    ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
    ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
    ({}, "win32", False),
    ({}, "darwin", False),
])
def test_missing_display_message(env, platform, missing):
    message = console.missing_display_message(env, platform)
    assert (message is not None) == missing
    if missing:
        assert message is not None and "ekran yok" in message and "xvfb-run" in message


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland: Linux only")
def test_desktop_without_a_display_says_so(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT / "src"), env.get("PYTHONPATH", "")])
    for args in (["--smoke"], ["--db", str(tmp_path / "a.sqlite")]):
        res = subprocess.run([sys.executable, "-c", "import sys; from faaliyet_desktop.app "
                              "import main; sys.exit(main(sys.argv[1:]))", *args],
                             capture_output=True, text=True, env=env, timeout=300)
        assert res.returncode == 2, res.stderr
        assert "ekran yok; xvfb-run ya da QT_QPA_PLATFORM=offscreen kullanın" in res.stderr
        assert "xcb" not in res.stderr
