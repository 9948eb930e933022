"""The Windows version resource of both executables, made from ``faaliyet_desktop.__version__``.

Used by faaliyet.spec; ``python packaging/version_info.py`` prints it in PyInstaller's text form.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COMPANY = "Faaliyet Desktop"
PRODUCT = "Faaliyet Desktop"
COPYRIGHT = "GPL-3.0-or-later"


def app_version() -> str:
    """``__version__`` read from the source (the spec must not import the package)."""
    text = (ROOT / "src" / "faaliyet_desktop" / "__init__.py").read_text(encoding="utf-8")
    match = re.search(r'^__version__\s*=\s*["\']([^"\']+)["\']', text, re.M)
    if not match:
        raise SystemExit("faaliyet_desktop/__init__.py has no __version__")
    return match.group(1)


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """``0.1.0`` → (0, 1, 0, 0); a suffix such as ``.dev1`` or ``rc2`` is dropped."""
    numbers = [int(n) for n in re.findall(r"\d+", version.split("+")[0])[:4]]
    numbers += [0] * (4 - len(numbers))
    return numbers[0], numbers[1], numbers[2], numbers[3]


def version_info_text(original_filename: str, description: str) -> str:
    """PyInstaller's version-file text (``EXE(version=path)``); parsed by PyInstaller on Windows."""
    version = app_version()
    numbers = version_tuple(version)
    strings = {
        "CompanyName": COMPANY,
        "FileDescription": description,
        "FileVersion": version,
        "InternalName": original_filename.removesuffix(".exe"),
        "LegalCopyright": COPYRIGHT,
        "OriginalFilename": original_filename,
        "ProductName": PRODUCT,
        "ProductVersion": version,
    }
    table = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    # 041F = Turkish, 04B0 / 1200 = Unicode (UTF-16)
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
      StringTable('041F04B0', [
{table}
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x041F, 1200])])
  ]
)
"""


def write_version_file(folder: Path, exe_name: str, description: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"version-{exe_name.removesuffix('.exe')}.txt"
    path.write_text(version_info_text(exe_name, description), encoding="utf-8")
    return path


if __name__ == "__main__":
    if sys.argv[1:] == ["--version"]:
        print(app_version())
    else:
        print(version_info_text("faaliyet-desktop.exe", "Faaliyet Desktop"), end="")
    sys.exit(0)
