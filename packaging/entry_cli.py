"""Entry of the frozen ``faaliyet`` command line (console executable)."""

import sys

from faaliyet_desktop.console import use_utf8_output

if __name__ == "__main__":
    use_utf8_output()  # a file or a pipe on Windows: UTF-8, not the ANSI code page
    from faaliyet_desktop.cli import main

    sys.exit(main())
