#!/usr/bin/env bash
# Builds the standalone bundle into dist/faaliyet-desktop/ and smoke-tests the frozen executables.
#   bash packaging/build.sh              # .venv + PyInstaller (dev-setup.sh --pack), build, test
#   FAALIYET_PYTHON=/path/python bash packaging/build.sh   # build with that interpreter instead
# Output: dist/faaliyet-desktop/{faaliyet-desktop,faaliyet,_internal/},
#         dist/faaliyet-desktop-<version>-linux-x86_64.tar.xz, and dist/bundle-figures.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

PY="${FAALIYET_PYTHON:-.venv/bin/python}"
if [ -z "${FAALIYET_PYTHON:-}" ] && ! { [ -x "$PY" ] && "$PY" -c "import PyInstaller" 2>/dev/null; }; then
  bash packaging/dev-setup.sh --pack
fi

version=$("$PY" packaging/version_info.py --version)
os=$("$PY" -c "import sys; print({'win32': 'windows', 'darwin': 'macos'}.get(sys.platform, sys.platform))")
arch=$(uname -m)

# Compiled translations: build any .qm that is missing or older than its .ts (pyside6-lrelease).
lrelease="$(dirname "$PY")/pyside6-lrelease"
for ts in translations/*.ts; do
  [ -e "$ts" ] || continue
  qm="${ts%.ts}.qm"
  if [ ! -e "$qm" ] || [ "$ts" -nt "$qm" ]; then
    if [ -x "$lrelease" ]; then "$lrelease" -silent "$ts" -qm "$qm"
    else echo "build.sh: $qm is missing or stale and pyside6-lrelease is not installed" >&2; fi
  fi
done

rm -rf build/pyinstaller dist/faaliyet-desktop
start=$(date +%s)
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/faaliyet.spec
build_seconds=$(( $(date +%s) - start ))

archive="dist/faaliyet-desktop-${version}-${os}-${arch}.tar.xz"
rm -f "$archive"
tar -C dist -cf - faaliyet-desktop | xz -T0 -6 > "$archive"

unpacked=$(du -sb dist/faaliyet-desktop | cut -f1)
packed=$(stat -c %s "$archive")
{
  echo "version        $version"
  echo "build_seconds  $build_seconds"
  echo "unpacked_bytes $unpacked ($(( unpacked / 1048576 )) MiB)"
  echo "xz_bytes       $packed ($(( packed / 1048576 )) MiB) $archive"
} | tee dist/bundle-figures.txt

bash packaging/test_bundle.sh dist/faaliyet-desktop
