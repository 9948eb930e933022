"""The headless CLI on a real SQLite file: years, check, dump, new-year, clear errors."""

from __future__ import annotations

import json
from decimal import Decimal as D

import pytest

from faaliyet_desktop import cli


def run(capsys, *args):
    code = cli.main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "rapor.sqlite")


def test_years_on_a_new_database_is_the_sample(capsys, db):
    assert run(capsys, "years", "--db", db) == (0, "2024\n", "")


def test_default_database_from_environment(capsys, tmp_path, monkeypatch):
    path = tmp_path / "env.sqlite"
    monkeypatch.setenv("FAALIYET_DB", str(path))
    assert run(capsys, "years")[0] == 0
    assert path.exists()


def test_check_finds_the_seeds_inconsistencies(capsys, db):
    code, out, _ = run(capsys, "check", "--db", db, "--year", "2024")
    assert code == 1
    assert "agirlik-toplam" in out and "H2.3" in out and "%80" in out
    assert "form4-veri" in out and "b-esit-a" in out and "form3-tablo17" in out
    assert "butce-tutarlilik" not in out and "personel-toplam" not in out
    assert out.strip().splitlines()[-1].endswith("uyarı.")


def test_dump_has_inputs_and_derived_figures_with_exact_decimal_strings(capsys, db):
    code, out, _ = run(capsys, "dump", "--db", db, "--year", "2024", "--format", "json")
    assert code == 0
    data = json.loads(out)
    t3 = data["derived"]["table3"]
    assert t3["toplam"]["total"] == "14052" and t3["merkez"]["total"] == "999"
    t9 = data["derived"]["table9"][-1]
    assert t9["total_appropriation"] == "31307525936" and t9["spending"] == "29496087082"
    assert abs(D(t9["realisation_pct"]) - D("94.2139")) < D("0.001")
    statuses = {i["code"]: i["status_label"] for i in data["derived"]["form3"]}
    assert statuses["GY.GYH.1"] == "Kısmen Ulaşıldı" and statuses["GY.DG.5"] == "Aşıldı"
    goals = {g["code"]: g["performance_pct"] for g in data["derived"]["table17"]}
    assert D(goals["H2.3"]) == 80 and D(goals["H1.1"]) == 100
    # Decimals are strings: exact, also above 9·10¹³ TL where a JSON float loses kuruş
    assert isinstance(data["inputs"]["budget_lines"][0]["kbo"], str)
    assert data["findings"]


def test_new_year_carries_the_structure(capsys, db):
    assert run(capsys, "new-year", "--db", db, "--from", "2024", "--year", "2025")[0] == 0
    assert run(capsys, "years", "--db", db)[1] == "2024\n2025\n"
    code, out, _ = run(capsys, "dump", "--db", db, "--year", "2025")
    data = json.loads(out)
    inputs = data["inputs"]
    assert len(inputs["units"]) > 100 and len(inputs["goal_indicators"]) == 52
    prev = {b["code"]: b["kbo"] for b in inputs["budget_lines"] if b["fiscal_year"] == 2024}
    cur = {b["code"]: b["kbo"] for b in inputs["budget_lines"] if b["fiscal_year"] == 2025}
    assert prev["1"] == "7111020000" and cur["1"] == "10300404000"
    ind = next(i for i in inputs["indicators"] if i["code"] == "GY.GYH.1")
    assert ind["previous_year"] == 2024 and ind["previous_value"] == "913719"
    assert ind["quarters"] == [None, None, None, None] and ind["target"] == "950000"
    fig2 = {r["year"]: r for r in data["derived"]["figure2"]}
    assert fig2[2024]["spending"] == "29496087082"
    # the same year twice is refused with a message
    code, _, err = run(capsys, "new-year", "--db", db, "--from", "2024", "--year", "2025")
    assert code == 2 and "zaten var" in err


def test_unknown_year_is_a_clear_message(capsys, db):
    code, _, err = run(capsys, "check", "--db", db, "--year", "1999")
    assert code == 2 and "1999 yılı veritabanında yok" in err and "2024" in err


def test_corrupt_database_is_a_clear_message_and_untouched(capsys, tmp_path):
    bad = tmp_path / "bozuk.sqlite"
    bad.write_bytes(b"bu bir veritabani degil" * 100)
    before = bad.read_bytes()
    code, _, err = run(capsys, "check", "--db", str(bad), "--year", "2024")
    assert code == 2
    assert "Traceback" not in err and "bozuk.sqlite" in err
    assert bad.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bozuk.sqlite"]


def test_db_before_the_sub_command(capsys, db, tmp_path):
    assert run(capsys, "--db", db, "check", "--year", "2024")[0] == 1
    assert run(capsys, "--db", db, "years") == (0, "2024\n", "")
    # given on both sides, the sub-command's value wins (the other file is never created)
    other = tmp_path / "diger.sqlite"
    assert run(capsys, "--db", str(other), "years", "--db", db) == (0, "2024\n", "")
    assert not other.exists()


def test_every_command_group_is_registered():
    from faaliyet_desktop.cli import build_parser

    sub = next(a for a in build_parser()._actions if a.dest == "command")
    assert {"years", "check", "dump", "new-year", "report", "export-template", "import",
            "backup", "restore", "history"} <= set(sub.choices)


def test_years_loads_no_alembic_reportlab_openpyxl_or_qt(db):
    """On an up-to-date database a read-only command imports only what it uses."""
    import subprocess
    import sys

    assert cli.main(["years", "--db", db]) == 0  # created and migrated here, first
    code = (
        "import sys\n"
        "from faaliyet_desktop.cli import main\n"
        f"assert main(['years', '--db', {db!r}]) == 0\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules}\n"
        "               & {'alembic', 'reportlab', 'openpyxl', 'PySide6', 'mako'})\n"
        "print('LOADED', heavy)\n"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=300)
    assert res.returncode == 0, res.stderr
    assert "LOADED []" in res.stdout, res.stdout


def test_history_limit_is_the_newest_oldest_first(capsys, db):
    assert run(capsys, "new-year", "--db", db, "--from", "2024", "--year", "2025")[0] == 0
    _, everything, _ = run(capsys, "history", "--db", db, "--year", "2025")
    _, newest, _ = run(capsys, "history", "--db", db, "--year", "2025", "--limit", "2")
    lines = everything.strip().splitlines()
    assert newest.strip().splitlines() == lines[-3:-1] + ["2 değişiklik."]
