"""Excel templates between units: export, fill offline, import with a dry run, consolidate.

Modules, in the order data flows through them:

- ``specs``: the tables a template carries, declared as data (columns with converters,
  rows, get/put into the domain model, derived columns as Excel formulas).
- ``converters``: ``clean(cell) -> value`` / ``render(value) -> cell`` for counts, amounts,
  text and choices; refuses what it cannot read without guessing.
- ``layout``: where everything sits; the structure fingerprint; per-cell base values (for the
  three-way merge); the HMAC signature with the database's template key.
- ``export``: writes the template (protection, validation, formats, instructions, metadata).
- ``safety``: size, format, encryption, zip-bomb and XML-bomb checks before openpyxl.
- ``reader`` / ``parallel``: reads a filled template (two phases; many files in parallel).
- ``plan``: the dry run (new / changed / unchanged / rejected, newly failing checks; competing
  files held back).
- ``service``: apply (one transaction per file, with its history), history, undo,
  provenance, export for a workspace.
- ``consolidation``: which unit has sent what.
- ``preview``: the dry-run lines of ``faaliyet import`` (the commands themselves —
  ``export-template``, ``import`` (also ``--undo N``) and ``imports`` — are in
  ``faaliyet_desktop.cli.exchange``).
"""
