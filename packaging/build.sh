#!/usr/bin/env bash
# Builds the standalone bundle into dist/faaliyet-desktop/ and smoke-tests the frozen executables.
#   bash packaging/build.sh              # .venv + PyInstaller (dev-setup.sh --pack), build, test
#   FAALIYET_PYTHON=/path/python bash packaging/build.sh   # build with that interpreter instead
# Output: dist/faaliyet-desktop/{faaliyet-desktop,faaliyet,_internal/},
#         dist/faaliyet-desktop-<version>-linux-x86_64.tar.xz (…-windows-….zip on Windows),
#         and dist/bundle-figures.txt (build time, sizes).
set -euo pipefail
cd "$(dirname "$0")/.."

PY="${FAALIYET_PYTHON:-.venv/bin/python}"
if [ -z "${FAALIYET_PYTHON:-}" ] && ! { [ -x "$PY" ] && "$PY" -c "import PyInstaller" 2>/dev/null; }; then
  bash packaging/dev-setup.sh --pack
fi

# (tr: Python on Windows ends its lines with \r\n)
version=$("$PY" packaging/version_info.py --version | tr -d '\r')
os=$("$PY" -c "import sys; print({'win32': 'windows', 'darwin': 'macos'}.get(sys.platform, sys.platform))" \
  | tr -d '\r')
arch=$(uname -m)

# Compiled translations are committed (packaging/update_translations.sh); build a missing one.
lrelease="$(dirname "$PY")/pyside6-lrelease"
for ts in translations/*.ts; do
  [ -e "$ts" ] || continue
  qm="${ts%.ts}.qm"
  if [ ! -e "$qm" ]; then
    if [ -x "$lrelease" ]; then "$lrelease" -silent "$ts" -qm "$qm"
    else echo "build.sh: $qm is missing and pyside6-lrelease is not installed" >&2; exit 1; fi
  fi
done

rm -rf build/pyinstaller dist/faaliyet-desktop
start=$(date +%s)
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/faaliyet.spec
build_seconds=$(( $(date +%s) - start ))

archive="dist/faaliyet-desktop-${version}-${os}-${arch}"
rm -f "$archive".*
if [ "$os" = windows ]; then
  archive="$archive.zip"
  "$PY" -c "import shutil, sys; shutil.make_archive(sys.argv[1], 'zip', 'dist', 'faaliyet-desktop')" \
    "${archive%.zip}"
else
  archive="$archive.tar.xz"
  tar -C dist -cf - faaliyet-desktop | xz -T0 -6 > "$archive"
fi
size() { "$PY" -c "import os, sys; p = sys.argv[1]; print(os.path.getsize(p) if os.path.isfile(p) else
  sum(os.lstat(os.path.join(d, f)).st_size for d, _, fs in os.walk(p) for f in fs))" "$1"; }
unpacked=$(size dist/faaliyet-desktop | tr -d '\r')
packed=$(size "$archive" | tr -d '\r')
{
  echo "version        $version"
  echo "build_seconds  $build_seconds"
  echo "unpacked_bytes $unpacked ($(( unpacked / 1048576 )) MiB)"
  echo "packed_bytes   $packed ($(( packed / 1048576 )) MiB) $archive"
} | tee dist/bundle-figures.txt

bash packaging/test_bundle.sh dist/faaliyet-desktop
