"""The year's close and the export log on a shared PostgreSQL database."""

from __future__ import annotations

from pathlib import Path

import pytest

from faaliyet_desktop.cli import main
from faaliyet_desktop.domain.checks import Severity, run_checks
from faaliyet_desktop.services import Workspace


def test_acknowledge_revoke_and_export_log_on_the_server(pg_sample_url: str, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]
                                                         ) -> None:
    with Workspace.open(pg_sample_url) as ws:
        findings = run_checks(ws.load(2024))
        errors = [f for f in findings if f.severity == Severity.ERROR]
        for f in errors:
            ws.acknowledge(2024, f, "Ayşe Yılmaz", "İki resmi belge farklı tanımlıyor")
        assert ws.partition(2024, findings).is_final
        ws.revoke_acknowledgement(2024, ws.acknowledgements(2024)[0], "Mehmet Kaya")
        assert len(ws.partition(2024, findings).open_errors) == 1
        assert len(ws.history(2024, "acknowledgement")) == len(errors) + 1
    assert main(["export-template", "--db", pg_sample_url, "--year", "2024", "--unit", "IL06",
                 "--out", str(tmp_path / "il06.xlsx")]) == 0
    assert main(["units-status", "--db", pg_sample_url, "--year", "2024"]) == 0
    out = capsys.readouterr().out
    assert "IL06   Gönderildi (yanıt bekleniyor)" in out
