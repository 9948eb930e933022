#!/usr/bin/env bash
# Installs what Faaliyet Desktop needs on a Debian/Ubuntu machine into ./.venv.
#   bash packaging/dev-setup.sh          # system libraries Qt needs + the app
#   bash packaging/dev-setup.sh --test   # + test tools, PDF tools and LibreOffice Calc
#   bash packaging/dev-setup.sh --pack   # + PyInstaller and binutils (packaging/build.sh)
# Set FAALIYET_NO_APT=1 to skip the Debian packages (e.g. when they are already there, or when
# there is no root/sudo: install them once as root, then run this as the user).
# Needs Python >= 3.11 (python3). Apt needs root or sudo.
set -euo pipefail
cd "$(dirname "$0")/.."
say() { echo "dev-setup: $*"; }

if ! python3 -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  say "Python 3.11 ya da daha yenisi gerekli (python3: $(python3 --version 2>&1 || echo yok))." >&2
  say "Debian 12 / Ubuntu 24.04 bunu içerir: apt-get install python3 python3-venv" >&2
  exit 1
fi

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
    if [ "$(id -u)" != 0 ]; then
      if ! command -v sudo >/dev/null; then
        say "eksik Debian paketleri: ${missing[*]}" >&2
        say "bunları kurmak için root ya da sudo gerekli. Ya root olarak çalıştırın:" >&2
        say "  su -c 'bash $PWD/packaging/dev-setup.sh $*'" >&2
        say "ya da paketleri root olarak kurun (apt-get install ${missing[*]})" >&2
        say "ve sonra FAALIYET_NO_APT=1 bash packaging/dev-setup.sh $* çalıştırın." >&2
        exit 1
      fi
      SUDO="sudo"
    fi
    export DEBIAN_FRONTEND=noninteractive
    say "Debian paketleri kuruluyor (${#missing[@]}): ${missing[*]}"
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    say "Debian paketleri hazır"
  fi
fi

if [ ! -x .venv/bin/python ]; then
  say ".venv oluşturuluyor"
  python3 -m venv .venv
fi
say "pip güncelleniyor"
.venv/bin/python -m pip install -q --upgrade pip >/dev/null 2>&1 || true
extras=()
[ $want_test = 1 ] && extras+=(test)
[ $want_pack = 1 ] && extras+=(pack)
say "Python paketleri .venv'e kuruluyor (PySide6 dahil; ilk kez bir dakika kadar sürer)"
if [ ${#extras[@]} -gt 0 ]; then
  .venv/bin/python -m pip install -q -e ".[$(IFS=,; echo "${extras[*]}")]"
else
  .venv/bin/python -m pip install -q -e .
fi
say "hazır: .venv/bin/faaliyet-desktop (pencere), .venv/bin/faaliyet (komut satırı)"
