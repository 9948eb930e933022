"""Draws the application icon: resources/icons/app.svg rendered to app.png and a multi-size app.ico.

Run once when the design changes (the files are committed):
    QT_QPA_PLATFORM=offscreen python packaging/make_icon.py
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)

# A report page with a rising bar chart on the deep blue of a public-sector form.
SVG = """<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <rect x="8" y="8" width="240" height="240" rx="44" fill="#123f73"/>
  <path d="M64 36 H156 L196 76 V220 H64 Z" fill="#ffffff"/>
  <path d="M156 36 V76 H196 Z" fill="#c9d6e6"/>
  <rect x="84" y="60" width="56" height="10" rx="5" fill="#9fb3c8"/>
  <rect x="84" y="82" width="84" height="10" rx="5" fill="#9fb3c8"/>
  <rect x="84" y="160" width="22" height="40" rx="3" fill="#e30a17"/>
  <rect x="117" y="136" width="22" height="64" rx="3" fill="#e30a17"/>
  <rect x="150" y="110" width="22" height="90" rx="3" fill="#e30a17"/>
</svg>
"""


def dib_bytes(bgra_rows: list[bytes], size: int) -> bytes:
    """A classic 32-bit icon image: BITMAPINFOHEADER, BGRA rows bottom-up, an empty AND mask."""
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    mask = b"\0" * (((size + 31) // 32) * 4 * size)
    return header + b"".join(reversed(bgra_rows)) + mask


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """An .ico: classic bitmaps below 256 px, PNG at 256 px (what every Windows tool reads)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, data in sorted(images.items()):
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def render(renderer: object, size: int):  # -> QImage
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)  # type: ignore[attr-defined]
    painter.end()
    return image


def bgra_rows(image: object, size: int) -> list[bytes]:
    """Rows of a Format_ARGB32 image: on little-endian machines its bytes are B, G, R, A."""
    assert sys.byteorder == "little"
    return [bytes(image.constScanLine(y))[: size * 4] for y in range(size)]  # type: ignore[attr-defined]


def png_bytes(image: object) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    return bytes(data.data())


def main() -> int:
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - QImage/QPainter need it
    ICONS.mkdir(parents=True, exist_ok=True)
    (ICONS / "app.svg").write_text(SVG, encoding="utf-8")
    renderer = QSvgRenderer(QByteArray(SVG.encode()))
    images = {size: render(renderer, size) for size in ICO_SIZES}
    (ICONS / "app.png").write_bytes(png_bytes(images[256]))
    (ICONS / "app.ico").write_bytes(ico_bytes(
        {size: png_bytes(img) if size >= 256 else dib_bytes(bgra_rows(img, size), size)
         for size, img in images.items()}))
    print(f"wrote {ICONS}/app.svg, app.png, app.ico ({', '.join(map(str, ICO_SIZES))} px)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
