#!/usr/bin/env bash
# Installs what Faaliyet Desktop needs on a Debian/Ubuntu machine into ./.venv.
#   bash packaging/dev-setup.sh          # system libraries Qt needs + the app
#   bash packaging/dev-setup.sh --test   # + test tools, PDF tools and LibreOffice Calc
#   bash packaging/dev-setup.sh --pack   # + PyInstaller and binutils (packaging/build.sh)
# Set FAALIYET_NO_APT=1 to skip the Debian packages (e.g. when they are already there).
set -euo pipefail
cd "$(dirname "$0")/.."

want_test=0
want_pack=0
for arg in "$@"; do
  case "$arg" in
    --test) want_test=1 ;;
    --pack) want_pack=1 ;;
  esac
done

pkgs=(python3-venv libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libglib2.0-0 libfontconfig1
      libdbus-1-3 fonts-dejavu-core libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
      libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1)
[ $want_test = 1 ] && pkgs+=(poppler-utils libreoffice-calc-nogui xvfb)
[ $want_test = 1 ] && pkgs+=(postgresql)  # tests/postgres start a throwaway server
[ $want_pack = 1 ] && pkgs+=(binutils xz-utils)

if [ -z "${FAALIYET_NO_APT:-}" ] && command -v apt-get >/dev/null; then
  missing=()
  for p in "${pkgs[@]}"; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    SUDO=""
    [ "$(id -u)" != 0 ] && SUDO="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip >/dev/null 2>&1 || true
extras=()
[ $want_test = 1 ] && extras+=(test)
[ $want_pack = 1 ] && extras+=(pack)
if [ ${#extras[@]} -gt 0 ]; then
  .venv/bin/python -m pip install -q -e ".[$(IFS=,; echo "${extras[*]}")]"
else
  .venv/bin/python -m pip install -q -e .
fi
