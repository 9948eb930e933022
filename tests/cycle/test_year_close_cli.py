"""The year closes: acknowledge findings from the command line, a final report, revoking."""

from __future__ import annotations

from pypdf import PdfReader

from faaliyet_desktop import cli
from faaliyet_desktop.domain.checks import Severity, run_checks
from faaliyet_desktop.sample import load_sample

REASON = "Form-3 ve Stratejik Plan göstergeyi farklı tanımlıyor (iki resmi belge)"


def run(capsys, *args):
    code = cli.main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def _text(path):
    return [p.extract_text() or "" for p in PdfReader(path).pages]


def _error_numbers():
    return [n for n, f in enumerate(run_checks(load_sample()), start=1)
            if f.severity == Severity.ERROR]


def test_check_numbers_findings_and_acknowledge_takes_the_number(capsys, db_path):
    db = str(db_path)
    code, out, _ = run(capsys, "check", "--db", db, "--year", "2024")
    assert code == 1
    lines = out.splitlines()
    assert lines[0].startswith("1. HATA") or lines[0].lstrip().startswith("1. HATA")
    code, out, _ = run(capsys, "acknowledge", "--db", db, "--year", "2024", "--finding", "2",
                       "--by", "Ayşe Yılmaz", "--reason", REASON)
    assert code == 0 and "KABUL EDİLDİ" in out
    code, out, _ = run(capsys, "check", "--db", db, "--year", "2024")
    assert code == 1
    second = next(ln for ln in out.splitlines() if ln.lstrip().startswith("2."))
    assert "KABUL" in second and "HATA" not in second
    assert "kabul edildi: Ayşe Yılmaz" in out and REASON in out
    assert out.splitlines()[-1].endswith("8 hata açık.")


def test_acknowledging_needs_a_name_a_reason_and_an_existing_finding(capsys, db_path):
    db = str(db_path)
    code, _, err = run(capsys, "acknowledge", "--db", db, "--year", "2024", "--finding", "1",
                       "--by", "  ", "--reason", REASON)
    assert code == 2 and "adını" in err
    code, _, err = run(capsys, "acknowledge", "--db", db, "--year", "2024", "--finding", "1",
                       "--by", "Ayşe Yılmaz")
    assert code == 2 and "gerekçe" in err
    code, _, err = run(capsys, "acknowledge", "--db", db, "--year", "2024", "--finding", "99",
                       "--by", "Ayşe Yılmaz", "--reason", REASON)
    assert code == 2 and "99 numaralı bulgu yok" in err
    code, _, err = run(capsys, "acknowledge", "--db", db, "--year", "2024", "--rule",
                       "agirlik-toplam", "--location", "strategic/H9.9", "--by", "Ayşe Yılmaz",
                       "--reason", REASON)
    assert code == 2 and "bulgusu yok" in err
    code, out, _ = run(capsys, "history", "--db", db, "--year", "2024", "--table",
                       "acknowledgement")
    assert "Değişiklik yok." in out


def test_every_error_acknowledged_gives_a_final_report_and_a_revoke_brings_taslak_back(
        capsys, db_path, tmp_path):
    db = str(db_path)
    pdf = tmp_path / "rapor.pdf"
    code, _, err = run(capsys, "report", "--db", db, "--year", "2024", "--final", "--out",
                       str(pdf))
    assert code == 2 and "Kesin rapor oluşturulamadı" in err and "açık hata" in err
    assert "form3-tablo17" in err and not pdf.exists()

    numbers = _error_numbers()
    for n in numbers:
        code, _, err = run(capsys, "acknowledge", "--db", db, "--year", "2024", "--finding",
                           str(n), "--by", "Ayşe Yılmaz", "--reason", REASON)
        assert code == 0, err
    code, out, _ = run(capsys, "check", "--db", db, "--year", "2024")
    assert code == 0 and out.count("KABUL ") == len(numbers)

    code, out, err = run(capsys, "report", "--db", db, "--year", "2024", "--final", "--out",
                         str(pdf))
    assert code == 0, err
    assert "(kesin)" in out
    pages = _text(pdf)
    assert not any("TASLAK" in p for p in pages)
    annex = "\n".join(pages[-3:])
    assert "KABUL EDİLEN DENETİM BULGULARI" in annex and "Ayşe Yılmaz" in annex
    assert "Form-3 ve Stratejik Plan" in annex

    code, out, _ = run(capsys, "acknowledge", "--db", db, "--year", "2024", "--revoke",
                       "--rule", "agirlik-toplam", "--location", "strategic/H2.3/weight",
                       "--by", "Mehmet Kaya", "--reason", "Ağırlıklar yeniden incelenecek")
    assert code == 0 and "KABUL GERİ ALINDI" in out
    code, _, err = run(capsys, "report", "--db", db, "--year", "2024", "--final", "--out",
                       str(pdf))
    assert code == 2 and "agirlik-toplam" in err and "1 açık hata" in err
    code, out, _ = run(capsys, "report", "--db", db, "--year", "2024", "--out", str(pdf))
    assert code == 0 and "(TASLAK)" in out
    assert all("TASLAK" in p for p in _text(pdf))

    code, out, _ = run(capsys, "history", "--db", db, "--year", "2024", "--table",
                       "acknowledgement")
    lines = [ln for ln in out.splitlines() if "agirlik-toplam@strategic/H2.3/weight" in ln]
    assert len(lines) == 2
    assert "→ Ayşe Yılmaz: " + REASON in lines[0] or "Ayşe Yılmaz" in lines[0]
    assert "kabul geri alındı: Mehmet Kaya" in lines[1]
    assert f"{len(numbers) + 1} değişiklik." in out


def test_an_acknowledgement_no_longer_applies_once_the_figures_change(capsys, db_path):
    from faaliyet_desktop.services import Workspace

    db = str(db_path)
    code, _, _ = run(capsys, "acknowledge", "--db", db, "--year", "2024", "--rule",
                     "agirlik-toplam", "--location", "strategic/H2.3", "--by", "Ayşe Yılmaz",
                     "--reason", REASON)
    assert code == 0
    code, out, _ = run(capsys, "check", "--db", db, "--year", "2024")
    assert "KABUL agirlik-toplam" in out
    with Workspace.open(db_path) as ws:
        report = ws.load(2024)
        pg = next(g for g in report.goal_indicators if g.code == "PG2.3.1")
        pg.weight += 5  # the goal's weights now sum to 85 %, not 80 %
        ws.save(report)
    code, out, _ = run(capsys, "check", "--db", db, "--year", "2024")
    line = next(ln for ln in out.splitlines() if "agirlik-toplam" in ln)
    assert "HATA" in line and "%85" in line
    assert "rakamlar değiştiği için kabul artık geçerli değil" in out
    code, _, err = run(capsys, "acknowledge", "--db", db, "--year", "2024", "--rule",
                       "agirlik-toplam", "--location", "strategic/H2.3", "--by", "Ayşe Yılmaz",
                       "--reason", REASON)
    assert code == 0, err  # the new figures can be accepted again
    code, out, _ = run(capsys, "check", "--db", db, "--year", "2024")
    assert "KABUL agirlik-toplam" in out and "artık geçerli değil" not in out


def test_acknowledging_twice_is_refused(capsys, db_path):
    db = str(db_path)
    args = ["acknowledge", "--db", db, "--year", "2024", "--finding", "1", "--by",
            "Ayşe Yılmaz", "--reason", REASON]
    assert run(capsys, *args)[0] == 0
    code, _, err = run(capsys, *args)
    assert code == 2 and "zaten kabul edilmiş" in err


def test_a_run_with_every_error_acknowledged_is_a_clean_check(capsys, db_path):
    from faaliyet_desktop.services import Workspace

    db = str(db_path)
    for n in _error_numbers():
        assert run(capsys, "acknowledge", "--db", db, "--year", "2024", "--finding", str(n),
                   "--by", "Ayşe Yılmaz", "--reason", REASON)[0] == 0
    assert run(capsys, "check", "--db", db, "--year", "2024")[0] == 0
    with Workspace.open(db_path) as ws:
        clean = ws.database.last_clean_check(2024)
    warnings = sum(1 for f in run_checks(load_sample()) if f.severity == Severity.WARNING)
    assert clean is not None and clean.error_count == 0 and clean.warning_count == warnings
