#!/bin/sh
# Refresh translations/*.ts from the GUI sources and build the .qm files (see the .py).
set -e
cd "$(dirname "$0")/.."
exec "${PYTHON:-python3}" packaging/update_translations.py "$@"
