#!/bin/bash
# The Windows part of packaging/windows/build-and-test.sh, run inside its Debian 12 Wine root:
# /fw is the cache (Windows CPython, wheels, Inno Setup, the base Wine prefix), /build this run
# (src = the checkout, out = logs and results, prefix = this run's Wine prefix). Windows sees
# them as Z:\fw and Z:\build. Every failure is recorded with "FAIL:"; the exit code is 1 if any.
set -uo pipefail
export WINEDEBUG=-all HOME=/root LANG=C.UTF-8 WINEPREFIX=/build/prefix
SUMMARY=/build/summary.txt
OUT=/build/out
say() { echo "$*" | tee -a "$SUMMARY"; }
step() { STEP="$1"; STEP_T0=$(date +%s); echo "=== $1"; }
done_step() { say "$(printf '%-46s %5ss  %s' "$STEP" $(( $(date +%s) - STEP_T0 )) "${1:-ok}")"; }
failed=0
bad() { say "FAIL: $*"; failed=1; }
die() { say "FAIL: $*"; exit 1; }
# A Windows program with stdout and stderr on a pipe. (Under Wine a Windows Python whose stdout
# is a regular file does not start: "init_sys_streams ... Invalid handle"; hence always | cat.)
w() { wine "$@" </dev/null 2>&1 | cat; return "${PIPESTATUS[0]}"; }
# Python tracebacks, encoding errors, PyInstaller's "Failed to execute script" in a log
crashed() { grep -Eq "Traceback|UnicodeEncodeError|Failed to (execute|start)|Unhandled exception" "$1"; }
wait_window() {  # the id of the visible "Faaliyet Desktop" window, or nothing after 2 minutes
  local win=""
  for _ in $(seq 120); do
    win=$(xdotool search --onlyvisible --name "Faaliyet Desktop" 2>/dev/null | head -1)
    [ -n "$win" ] && break
    sleep 1
  done
  echo "$win"
}
quit_window() {  # Alt+F4 (Windows has no Ctrl+Q); true when the window is gone
  # a click on the page title (a label) makes it the active window: there is no window manager
  xdotool mousemove --window "$1" 600 62 click 1 2>/dev/null
  sleep 1
  xdotool key alt+F4 2>/dev/null
  for _ in $(seq 60); do
    xdotool search --onlyvisible --name "Faaliyet Desktop" >/dev/null 2>&1 || return 0
    sleep 1
  done
  return 1
}

# a free display number (X's abstract sockets are shared with the host and other chroots)
Xvfb -displayfd 3 -screen 0 1366x800x24 -nolisten tcp 3> /build/xvfb.display > "$OUT/xvfb.log" 2>&1 &
echo $! > /build/xvfb.pid
for _ in $(seq 50); do [ -s /build/xvfb.display ] && break; sleep 0.2; done
[ -s /build/xvfb.display ] || die "Xvfb did not start"
export DISPLAY=":$(head -1 /build/xvfb.display)"

# --- the Wine prefix: Windows 10, + the test-only icuuc.dll (cached, copied per run) -----------
step "Wine prefix (Windows 10)"
BASE=/fw/prefix-$(cat /build/src/packaging/windows/icuuc_stub.c | sha256sum | cut -c1-12)
if [ ! -e "$BASE/.ready" ]; then
  rm -rf "$BASE"
  # no Mono / Gecko install prompts: the application needs neither
  WINEPREFIX=$BASE WINEDLLOVERRIDES="mscoree,mshtml=" w wineboot -i > "$OUT/wineboot.log"
  WINEPREFIX=$BASE w winecfg -v win10 >> "$OUT/wineboot.log"
  x86_64-w64-mingw32-gcc -O2 -shared -s -o "$BASE/drive_c/windows/system32/icuuc.dll" \
    /build/src/packaging/windows/icuuc_stub.c || die "icuuc stub"
  WINEPREFIX=$BASE wineserver -w
  touch "$BASE/.ready"
fi
cp -a "$BASE" /build/prefix
winver=$(w reg query 'HKLM\Software\Microsoft\Windows NT\CurrentVersion' /v CurrentBuildNumber | awk '/REG_SZ/ {print $3}' | tr -d '\r')
done_step "$(wine --version), Windows build $winver"

# --- Windows CPython 3.11 + the Windows wheels (cached per requirement list) --------------------
step "Windows Python + wheels (offline pip)"
PYU=/fw/py311-$WHEELS_KEY
PY="Z:\\fw\\py311-$WHEELS_KEY\\python.exe"
if [ ! -e "$PYU/.ready" ]; then
  rm -rf "$PYU"
  cp -a /fw/cp311 "$PYU"
  w "$PY" -m pip install --disable-pip-version-check --no-warn-script-location --no-index \
    --find-links "Z:\\fw\\wheels-$WHEELS_KEY" -r "Z:\\fw\\wheels-$WHEELS_KEY\\requirements.txt" \
    > "$OUT/pip-install.log" || { tail -20 "$OUT/pip-install.log"; die "pip install"; }
  touch "$PYU/.ready"
fi
w "$PY" -c "import sys, PySide6, PyInstaller; print(sys.version.split()[0], sys.platform, 'PySide6', PySide6.__version__, 'PyInstaller', PyInstaller.__version__)" > "$OUT/python.txt"
done_step "$(tail -1 "$OUT/python.txt" | tr -d '\r')"

# --- the headless test suite on Windows Python: in the background, in a prefix of its own -----
# (it needs no display; it runs while the bundle is built, installed and tried, on the 2nd core)
if [ "${FAALIYET_WINE_TESTS:-1}" != 0 ]; then
  cp -a "$BASE" /build/prefix-tests
  TESTS_T0=$(date +%s)
  # the GUI tests drive Qt widgets (covered here by --smoke and the window); LibreOffice and
  # PostgreSQL are not in the Wine root; ruff/mypy are platform-independent
  (cd /build/src && WINEPREFIX=/build/prefix-tests PYTHONPATH='Z:\build\src\src' \
     PYTHONDONTWRITEBYTECODE=1 w "$PY" -m pytest -q -p no:cacheprovider \
     -m "not gui and not libreoffice" --ignore=tests/gui --ignore=tests/postgres \
     --ignore=tests/test_lint.py -o addopts="--strict-markers -ra" tests \
     > "$OUT/pytest-windows.txt"; echo $? > "$OUT/pytest.rc") &
  TESTS_PID=$!
fi

# --- the bundle: the project's own packaging/faaliyet.spec -------------------------------------
step "PyInstaller bundle (packaging/faaliyet.spec)"
cd /build/src || die "no source"
# the project is not installed into this Python: its source goes on the path, also for the spec's
# collect_submodules("faaliyet_desktop"), which runs in a child process
PYTHONPATH='Z:\build\src\src' w "$PY" -m PyInstaller --noconfirm --clean --log-level WARN --distpath dist \
  --workpath build/pyinstaller packaging/faaliyet.spec > "$OUT/pyinstaller.log"
rc=$?
D=/build/src/dist/faaliyet-desktop
[ $rc = 0 ] && [ -f "$D/faaliyet.exe" ] && [ -f "$D/faaliyet-desktop.exe" ] \
  || { tail -30 "$OUT/pyinstaller.log"; die "PyInstaller rc=$rc"; }
find "$D" -iname 'icuuc*' | grep -q . && bad "the test-only icuuc.dll was bundled"
BUNDLE_BYTES=$(du -sb "$D" | cut -f1)
done_step "$(( BUNDLE_BYTES / 1048576 )) MiB, $(find "$D" -type f | wc -l) files"

# --- the installer: the project's own packaging/faaliyet-desktop.iss ---------------------------
step "Inno Setup: ISCC packaging/faaliyet-desktop.iss"
w 'Z:\fw\inno\bin\ISCC.exe' /Qp "/DAppVersion=$VERSION" 'Z:\build\src\packaging\faaliyet-desktop.iss' \
  > "$OUT/iscc.log"
rc=$?
SETUP=/build/src/dist/FaaliyetDesktop-Kurulum-$VERSION.exe
[ $rc = 0 ] && [ -f "$SETUP" ] || { tr '\r' '\n' < "$OUT/iscc.log" | tail -8; die "ISCC rc=$rc"; }
cp "$SETUP" "$OUT/"
done_step "$(basename "$SETUP"), $(( $(stat -c %s "$SETUP") / 1048576 )) MiB"

# --- silent install for all users (/CURRENTUSER fails under Wine 8: {autopf} per user) ---------
step "setup /VERYSILENT /ALLUSERS"
SW="Z:\\build\\src\\dist\\$(basename "$SETUP")"
w "$SW" /VERYSILENT /SUPPRESSMSGBOXES /ALLUSERS /NORESTART '/LOG=Z:\build\out\setup.log' > /dev/null
rc=$?
APP="/build/prefix/drive_c/Program Files/Faaliyet Desktop"
AW='C:\Program Files\Faaliyet Desktop'
LNK="/build/prefix/drive_c/ProgramData/Microsoft/Windows/Start Menu/Programs/Faaliyet Desktop.lnk"
[ $rc = 0 ] && grep -q "Installation process succeeded" "$OUT/setup.log" || die "setup rc=$rc"
diff <(cd "$D" && find . -type f -exec sha256sum {} + | sort -k2) \
     <(cd "$APP" && find . -type f ! -name 'unins*' -exec sha256sum {} + | sort -k2) > /dev/null \
  || bad "installed files differ from the bundle"
[ -f "$LNK" ] || bad "no Start-menu shortcut"
done_step "rc=$rc, $(find "$APP" -type f | wc -l) files = the bundle, Start-menu shortcut"

# --- the installed command line, output redirected to a pipe (the ANSI code page crash) --------
step "installed faaliyet.exe: check, report, backup"
DATA=/build/prefix/drive_c/users/root/AppData/Local/FaaliyetDesktop/FaaliyetDesktop
w "$AW\\faaliyet.exe" --version > "$OUT/cli-version.txt" || bad "faaliyet --version"
w "$AW\\faaliyet.exe" check --year 2024 > "$OUT/check.txt"
rc=$?
# 1 = findings with errors (the sample has some); a crash is any other code or a traceback
if [ $rc != 1 ] || crashed "$OUT/check.txt" || ! tail -1 "$OUT/check.txt" | grep -q "bulgu:.*hata"; then
  tail -5 "$OUT/check.txt"; bad "faaliyet check: rc=$rc"
fi
grep -q "B − A = " "$OUT/check.txt" || bad "check: Turkish text/U+2212 not written as UTF-8"
w "$AW\\faaliyet.exe" report --year 2024 --out 'Z:\build\out\report-2024.pdf' > "$OUT/report.txt"
rc=$?
pages=$(pdfinfo "$OUT/report-2024.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}')
{ [ $rc = 0 ] && [ -n "$pages" ] && ! crashed "$OUT/report.txt"; } \
  || { tail -5 "$OUT/report.txt"; bad "faaliyet report: rc=$rc"; }
w "$AW\\faaliyet.exe" backup > "$OUT/backup.txt"
rc=$?
{ [ $rc = 0 ] && ! crashed "$OUT/backup.txt"; } || { cat "$OUT/backup.txt"; bad "faaliyet backup: rc=$rc"; }
[ -s "$DATA/faaliyet.sqlite" ] || bad "no database in %LOCALAPPDATA%"
nbackups=$(find "$DATA/faaliyet-yedekler" -type f 2>/dev/null | wc -l)
[ "$nbackups" -gt 0 ] || bad "no backup in $DATA/faaliyet-yedekler"
done_step "check rc=1 \"$(tail -1 "$OUT/check.txt" | tr -d '\r')\"; report ${pages:-?} pages; $nbackups backup(s)"

# --- the installed window: --smoke, then a start from the Start-menu shortcut ------------------
step "installed faaliyet-desktop.exe --smoke"
QT_QPA_PLATFORM=offscreen w "$AW\\faaliyet-desktop.exe" --smoke > "$OUT/smoke.txt"
rc=$?
{ [ $rc = 0 ] && ! crashed "$OUT/smoke.txt"; } || { cat "$OUT/smoke.txt"; bad "--smoke rc=$rc"; }
done_step "rc=$rc"

step "window from the Start-menu shortcut + screenshot"
(w start /wait 'C:\ProgramData\Microsoft\Windows\Start Menu\Programs\Faaliyet Desktop.lnk' \
   > "$OUT/gui.txt"; echo $? > "$OUT/gui.rc") &
gpid=$!
win=$(wait_window)
title=""
if [ -n "$win" ]; then
  title=$(xdotool getwindowname "$win")
  # the window maps before it paints: wait (at most 3 minutes) until it shows more than a few
  # colours and two shots two seconds apart agree but for a few pixels (the text cursor blinks)
  for _ in $(seq 90); do
    sleep 2
    xwd -id "$win" -silent | convert xwd:- "$OUT/shot.png" 2>/dev/null || continue
    [ "$(identify -format '%k' "$OUT/shot.png")" -gt 64 ] || continue
    if [ -f "$OUT/prev.png" ]; then
      differ=$(compare -metric AE "$OUT/prev.png" "$OUT/shot.png" null: 2>&1 | cut -d' ' -f1)
      [[ "$differ" =~ ^[0-9]+$ ]] && [ "$differ" -lt 400 ] && break  # (large: 1.2e+06)
    fi
    mv "$OUT/shot.png" "$OUT/prev.png"
  done
  mv "$OUT/shot.png" "$OUT/windows-wine.png"
  rm -f "$OUT/prev.png"
  [ "$(identify -format '%k' "$OUT/windows-wine.png")" -gt 64 ] || bad "the window stayed blank"
  quit_window "$win" || { bad "the window did not close on Alt+F4"; wineserver -k; }
else
  xwd -root -silent | convert xwd:- "$OUT/no-window.png"
  bad "no window from the Start-menu shortcut"
  wineserver -k
fi
wait "$gpid"
grc=$(cat "$OUT/gui.rc" 2>/dev/null)
{ [ "$grc" = 0 ] && ! crashed "$OUT/gui.txt"; } || bad "the window exited with $grc"
done_step "'$title', exit $grc, $(identify -format '%wx%h' "$OUT/windows-wine.png" 2>/dev/null)"

# --- silent uninstall: the program goes, the database and the backups stay ---------------------
step "uninstall /VERYSILENT (data kept)"
(cd "$DATA" && find . -type f -exec sha256sum {} + | sort -k2) > /build/data-before
w "$AW\\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART '/LOG=Z:\build\out\uninstall.log' > /dev/null
rc=$?
for _ in $(seq 60); do [ -e "$APP" ] || break; sleep 1; done  # the uninstaller finishes from %TEMP%
wineserver -w
[ $rc = 0 ] || bad "uninstaller rc=$rc"
[ -e "$APP" ] && bad "the program folder is still there"
[ -e "$LNK" ] && bad "the Start-menu shortcut is still there"
(cd "$DATA" && find . -type f -exec sha256sum {} + | sort -k2) > /build/data-after
diff /build/data-before /build/data-after > /dev/null || bad "the user's data folder changed"
grep -q "faaliyet.sqlite" /build/data-after || bad "the database was removed"
grep -q "faaliyet-yedekler/" /build/data-after || bad "the backups were removed"
done_step "rc=$rc; program folder and shortcut removed; database + $nbackups backup(s) kept, unchanged"

# --- the headless test suite on Windows Python (started above) ---------------------------------
if [ -n "${TESTS_PID:-}" ]; then
  STEP="pytest on Windows Python (headless suite)"; STEP_T0=$TESTS_T0
  echo "=== waiting for: $STEP"
  wait "$TESTS_PID"
  rc=$(cat "$OUT/pytest.rc" 2>/dev/null || echo none)
  summary=$(grep -E "^[=]* ?[0-9]+ (passed|failed)" "$OUT/pytest-windows.txt" | tail -1 | tr -d '\r=' | sed 's/^ *//')
  [ "$rc" = 0 ] || { grep -E "^(FAILED|ERROR)" "$OUT/pytest-windows.txt" | head -30; bad "pytest on Windows rc=$rc"; }
  WINEPREFIX=/build/prefix-tests wineserver -k 2>/dev/null
  done_step "${summary:-no summary} (in parallel with the steps above)"
fi

exit $failed
