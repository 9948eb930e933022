"""``faaliyet report``: always builds; check errors become warnings and the TASLAK watermark."""

from __future__ import annotations

from pypdf import PdfReader

from faaliyet_desktop import cli


def test_report_command_builds_a_draft_when_checks_fail(tmp_path, capsys):
    out = tmp_path / "rapor.pdf"
    rc = cli.main(["report", "--db", str(tmp_path / "db.sqlite"), "--year", "2024",
                   "--unit", "TASRA", "--out", str(out)])
    assert rc == 0
    err = capsys.readouterr().err
    assert "uyarı" in err and "TASLAK" in err  # the sample has check errors
    reader = PdfReader(out)
    assert all("TASLAK" in (p.extract_text() or "") for p in reader.pages)
    assert "Taşra Teşkilatı 2024 Yılı Birim Faaliyet Raporu" in reader.metadata.title
    assert "13.053" in " ".join(p.extract_text() or "" for p in reader.pages)


def test_report_command_rejects_an_unknown_unit(tmp_path, capsys):
    rc = cli.main(["report", "--db", str(tmp_path / "db.sqlite"), "--year", "2024",
                   "--unit", "YOK", "--out", str(tmp_path / "x.pdf")])
    assert rc == 2
    assert "YOK" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_report_command_rejects_an_unknown_year(tmp_path, capsys):
    rc = cli.main(["report", "--db", str(tmp_path / "db.sqlite"), "--year", "1999"])
    assert rc == 2
