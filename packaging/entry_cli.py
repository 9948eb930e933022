"""Entry of the frozen ``faaliyet`` command line (console executable)."""

import sys

from faaliyet_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
