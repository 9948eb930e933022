"""Imports go one way: domain imports nothing of ours; the CLI and the report never load Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "faaliyet_desktop"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                found.add("." * node.level + (node.module or ""))
            elif node.module:
                found.add(node.module)
    return found


@pytest.mark.parametrize("path", sorted((SRC / "domain").glob("*.py")), ids=lambda p: p.name)
def test_domain_imports_nothing_of_ours(path):
    for name in _imports(path):
        assert not name.startswith("..") and not name.startswith("faaliyet_desktop"), name
        assert not name.startswith(("PySide6", "sqlalchemy", "reportlab", "openpyxl")), name


@pytest.mark.parametrize("layer", ["domain", "storage", "services", "exchange", "report"])
def test_only_ui_imports_qt(layer):
    for path in (SRC / layer).rglob("*.py"):
        for name in _imports(path):
            assert not name.startswith("PySide6"), f"{path}: {name}"


def test_cli_never_loads_pyside6(tmp_path):
    code = (
        "import sys\n"
        "from faaliyet_desktop import cli\n"
        f"rc = cli.main(['check', '--db', r'{tmp_path / 'a.sqlite'}', '--year', '2024'])\n"
        "assert 'PySide6' not in sys.modules, 'PySide6 was imported'\n"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=300)
    assert res.returncode == 0, res.stderr


def _top_level_imports(path: Path) -> set[str]:
    """Imports run when the module loads (not those inside functions)."""
    found: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            found.add("." * node.level + (node.module or ""))
    return found


@pytest.mark.parametrize("path", sorted((SRC / "cli").glob("*.py")), ids=lambda p: p.name)
def test_cli_modules_load_only_argparse_definitions(path):
    """Building the parser imports nothing heavy: each command imports what it uses."""
    allowed_ours = {".", ".common", "..", ".backup", ".core", ".exchange", ".history",
                    ".report"}
    for name in _top_level_imports(path):
        if name.startswith("."):
            assert name in allowed_ours, f"{path.name}: {name}"
        else:
            assert name.split(".")[0] in sys.stdlib_module_names or name == "__future__", \
                f"{path.name}: {name}"
