#!/usr/bin/env bash
# Runs the bundle in a bare Debian (debootstrap minbase: no Python, no X, no fonts) where only the
# documented runtime packages are installed, as an ordinary user who cannot write to the bundle:
#   sudo bash packaging/test_clean_root.sh [dist/faaliyet-desktop]
# Needs root (debootstrap, chroot) and the Debian package mirror the host's apt already uses
# (FAALIYET_DEBIAN_MIRROR overrides it). The bare root is cached as a tarball next to
# FAALIYET_CLEAN_ROOT (default /tmp/faaliyet-clean-root) and unpacked afresh on every run.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dist="$(cd "${1:-$here/../dist/faaliyet-desktop}" && pwd)"
root="${FAALIYET_CLEAN_ROOT:-/tmp/faaliyet-clean-root}"
suite="${FAALIYET_DEBIAN_SUITE:-bookworm}"
[ "$(id -u)" = 0 ] || { echo "test_clean_root: run as root (debootstrap, chroot)" >&2; exit 1; }

mirror="${FAALIYET_DEBIAN_MIRROR:-}"
if [ -z "$mirror" ]; then  # the mirror this machine's apt uses for Debian's main archive
  mirror=$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null \
             | awk '/^URIs:/ {u=$2} /^Suites:/ && u != "" {for (i=2;i<=NF;i++) if ($i=="'"$suite"'") {print u; exit}}')
fi
if [ -z "$mirror" ]; then
  mirror=$(awk '$1=="deb" && $3=="'"$suite"'" {print $2; exit}' /etc/apt/sources.list 2>/dev/null || true)
fi
[ -n "$mirror" ] || { echo "test_clean_root: set FAALIYET_DEBIAN_MIRROR" >&2; exit 1; }

# Runtime packages: the libraries of linux-runtime-libs.txt, plus fontconfig's configuration and
# one font family (Qt draws its text with the system's fonts).
mapfile -t pkgs < <(grep -v '^#' "$here/linux-runtime-libs.txt" | awk 'NF {print $2}' | sort -u)
pkgs+=(fontconfig-config fonts-dejavu-core)

cleanup() {
  umount "$root/tmp/.X11-unix" 2> /dev/null || true
  umount "$root/proc" 2> /dev/null || true
  umount "$root/dev" 2> /dev/null || true
}
trap cleanup EXIT
cleanup
if grep -q " $root/" /proc/mounts; then  # never rm -rf through a bind mount of the host's /dev
  echo "test_clean_root: something is still mounted under $root" >&2; exit 1
fi

base="$root.base.tar"
if [ ! -s "$base" ]; then
  command -v debootstrap > /dev/null || apt-get install -y -qq debootstrap > /dev/null
  rm -rf "$root"
  debootstrap --variant=minbase "$suite" "$root" "$mirror" > "$root.debootstrap.log" 2>&1 \
    || { tail -20 "$root.debootstrap.log"; exit 1; }
  tar -C "$root" -cf "$base" .
fi

rm -rf "$root" && mkdir -p "$root" && tar -C "$root" -xf "$base"
cp /etc/resolv.conf "$root/etc/resolv.conf"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"

echo "clean root: installing ${pkgs[*]}"
chroot "$root" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
chroot "$root" env DEBIAN_FRONTEND=noninteractive \
  apt-get install -y -qq --no-install-recommends "${pkgs[@]}" > /dev/null
if chroot "$root" sh -c 'ls /usr/bin/python* /usr/local/bin/python* 2> /dev/null'; then
  echo "test_clean_root: the clean root has a Python" >&2; exit 1
fi
echo "clean root: no Python; $(chroot "$root" dpkg-query -W | wc -l) Debian packages"

mkdir -p "$root/opt/faaliyet-test"
cp -a "$dist" "$root/opt/faaliyet-desktop"
chown -R root:root "$root/opt/faaliyet-desktop"
cp "$here/test_bundle.sh" "$here/linux-runtime-libs.txt" "$root/opt/faaliyet-test/"
chroot "$root" useradd -m tester
chroot --userspec=tester:tester "$root" env -i HOME=/home/tester PATH=/usr/bin:/bin LANG=C.UTF-8 \
  bash /opt/faaliyet-test/test_bundle.sh /opt/faaliyet-desktop

# The real desktop platform (xcb): the window on an X server of the host (Xvfb), whose socket is
# shared with the clean root; the root itself has no X server, only the documented libraries.
if command -v Xvfb > /dev/null; then
  display=":$((50 + $$ % 40))"
  Xvfb "$display" -screen 0 1600x1000x24 -nolisten tcp -ac > /dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb 2> /dev/null || true; cleanup' EXIT
  sleep 1
  mkdir -p "$root/tmp/.X11-unix"
  mount --bind /tmp/.X11-unix "$root/tmp/.X11-unix"
  set +e
  chroot --userspec=tester:tester "$root" env -i HOME=/home/tester PATH=/usr/bin:/bin \
    LANG=C.UTF-8 DISPLAY="$display" QT_QPA_PLATFORM=xcb \
    timeout 300 /opt/faaliyet-desktop/faaliyet-desktop --smoke > "$root.xcb.log" 2>&1
  code=$?
  set -e
  umount "$root/tmp/.X11-unix"
  cat "$root.xcb.log"
  [ $code = 0 ] || { echo "test_clean_root: --smoke on xcb exited $code" >&2; exit 1; }
  echo "ok - faaliyet-desktop --smoke on the xcb platform (X server of the host)"
fi
echo "test_clean_root: OK"
