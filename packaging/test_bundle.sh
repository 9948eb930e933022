#!/usr/bin/env bash
# Smoke-tests a built bundle headless, as a user would run it (no Python needed):
#   bash packaging/test_bundle.sh [dist/faaliyet-desktop]
# 1. the window opens on the sample and visits every form (--smoke, offscreen platform);
# 2. the command line builds the 2024 sample report (PDF) into a fresh per-user data folder;
# 3. nothing is written inside the bundle folder (it may be read-only, e.g. Program Files);
# 4. every shared library resolves, and those taken from the system are the documented ones
#    (packaging/linux-runtime-packages.txt) — Linux only.
# Used by packaging/build.sh and packaging/test_clean_root.sh (inside the clean Debian root).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dist="$(cd "${1:-$here/../dist/faaliyet-desktop}" && pwd)"
ext=""
case "$(uname -s)" in MINGW*|MSYS*|CYGWIN*) ext=".exe" ;; esac
gui="$dist/faaliyet-desktop$ext"
cli="$dist/faaliyet$ext"
[ -x "$gui" ] && [ -x "$cli" ] || { echo "test_bundle: no executables in $dist" >&2; exit 1; }

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# A fresh user: the per-user data folder starts empty, so the database is created with the sample.
export HOME="$tmp/home" XDG_DATA_HOME="$tmp/home/.local/share" XDG_CONFIG_HOME="$tmp/home/.config"
export XDG_CACHE_HOME="$tmp/home/.cache" TMPDIR="$tmp"
mkdir -p "$HOME"
unset FAALIYET_DB PYTHONPATH PYTHONHOME
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }
passed=0
ok() { passed=$((passed + 1)); echo "ok $passed - $*"; }
fail() { echo "test_bundle: FAIL: $*" >&2; echo "test_bundle: $passed passed, 1 failed"; exit 1; }
snapshot() { (cd "$dist" && find . -printf '%P\t%y\t%s\t%T@\n' | LC_ALL=C sort); }
snapshot > "$tmp/before"

"$cli" --version > /dev/null || fail "faaliyet --version"
"$gui" --version > /dev/null || fail "faaliyet-desktop --version"
ok "both executables start ($("$cli" --version))"

t0=$(date +%s.%N)
set +e; QT_QPA_PLATFORM=offscreen timeout 300 "$gui" --smoke > "$tmp/smoke.out" 2>&1; code=$?; set -e
[ $code = 0 ] || { cat "$tmp/smoke.out"; fail "faaliyet-desktop --smoke exited $code"; }
t1=$(date +%s.%N)
cat "$tmp/smoke.out"
# (a windowed Windows executable has no stdout: there the exit code alone tells)
[ -n "$ext" ] || grep -q "sorun yok" "$tmp/smoke.out" || fail "--smoke did not report its pages"
! grep -Ei "traceback|error|could not|cannot" "$tmp/smoke.out" || fail "--smoke printed errors"
ok "faaliyet-desktop --smoke (offscreen): exit 0 in $(secs "$t0" "$t1") s"

pdf="$tmp/out/faaliyet_raporu_2024.pdf"
mkdir -p "$tmp/out"
t0=$(date +%s.%N)
set +e; timeout 600 "$cli" report --year 2024 --out "$pdf" > "$tmp/report.out" 2>&1; code=$?; set -e
{ [ $code = 0 ] && ! grep -q "Traceback" "$tmp/report.out"; } \
  || { cat "$tmp/report.out"; fail "faaliyet report exited $code"; }
t1=$(date +%s.%N)
tail -n 1 "$tmp/report.out"
[ "$(head -c 5 "$pdf")" = "%PDF-" ] || fail "$pdf is not a PDF"
pages=""
command -v pdfinfo > /dev/null && pages=", $(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}') pages"
[ "$(stat -c %s "$pdf")" -gt 50000 ] || fail "the sample report is suspiciously small"
ok "faaliyet report --year 2024: $(stat -c %s "$pdf") bytes$pages, $(secs "$t0" "$t1") s"
db="$XDG_DATA_HOME/FaaliyetDesktop/faaliyet.sqlite"
[ -z "$ext" ] || db="$(cygpath -u "$LOCALAPPDATA")/FaaliyetDesktop/FaaliyetDesktop/faaliyet.sqlite"
[ -s "$db" ] || fail "the database was not created in the per-user data folder ($db)"
ok "database created in the per-user data folder ($(stat -c %s "$db") bytes)"
# output to a file, as in a script (on Windows: the ANSI code page, unless the CLI writes UTF-8)
set +e; "$cli" check --year 2024 > "$tmp/check.out" 2> "$tmp/check.err"; code=$?; set -e
# exit 1 = findings with errors (the sample has some), with their summary last; anything else,
# or a traceback, is a crash
if [ $code != 1 ] || grep -Eq "Traceback|Error" "$tmp/check.err" \
   || ! tail -n 1 "$tmp/check.out" | grep -Eq "^[0-9]+ bulgu: [0-9]+ hata"; then
  cat "$tmp/check.out" "$tmp/check.err"; fail "faaliyet check exited $code"
fi
grep -q "B − A = " "$tmp/check.out" || fail "faaliyet check: the output is not UTF-8"
ok "faaliyet check --year 2024: exit 1, $(tail -n 1 "$tmp/check.out" | tr -d '\r')"

snapshot > "$tmp/after"
diff "$tmp/before" "$tmp/after" || fail "files changed inside the bundle folder"
ok "nothing written inside the bundle folder"

if [ "$(uname -s)" = Linux ] && command -v ldd > /dev/null; then
  # Libraries the bundle takes from the system: compare with the documented list.
  : > "$tmp/ldd"
  while IFS= read -r -d '' f; do
    head -c 4 "$f" | grep -q "ELF" || continue
    LD_LIBRARY_PATH="$dist/_internal" ldd "$f" >> "$tmp/ldd" 2>/dev/null || true
  done < <(find "$dist" -type f \( -name "*.so*" -o -perm -u+x \) -print0)
  if grep "not found" "$tmp/ldd" | sort -u | grep .; then fail "unresolved libraries"; fi
  ok "every shared library resolves"
  awk '$2 == "=>" && $3 ~ /^\// {print $1}' "$tmp/ldd" | sort -u > "$tmp/libs"
  grep -v "^$dist/" <(awk '$2 == "=>" && $3 ~ /^\// {print $3}' "$tmp/ldd" | sort -u) \
    | xargs -r -n1 basename | sort -u > "$tmp/system-libs"
  echo "system libraries used: $(tr '\n' ' ' < "$tmp/system-libs")"
  documented="$here/linux-runtime-libs.txt"
  missing=$(grep -vxF -f <(grep -v '^#' "$documented" | awk '{print $1}') "$tmp/system-libs" || true)
  [ -z "$missing" ] || fail "undocumented system libraries (add to $documented): $missing"
  ok "system libraries are the documented ones"
fi
echo "test_bundle: $passed passed, 0 failed"
