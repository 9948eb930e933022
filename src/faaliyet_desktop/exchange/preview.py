"""The dry-run preview as plain text lines (the CLI prints them; the GUI shows the same data)."""

from __future__ import annotations

from ..domain.checks import SEVERITY_LABELS_TR
from ..domain.numbers import tr_upper
from .plan import FilePlan, ImportPlan


def file_summary(f: FilePlan) -> str:
    if f.status == "refused" and not f.rows:
        return f"REDDEDİLDİ — {f.message}"
    counts = (f"{f.count('new')} yeni, {f.count('changed')} değişen, "
              f"{f.count('unchanged')} değişmeyen, {f.count('rejected')} reddedilen satır")
    head = {"ready": "İÇE AKTARILABİLİR", "nochange": "DEĞİŞİKLİK YOK",
            "refused": "REDDEDİLDİ"}[f.status]
    return f"{head} — {counts}"


def preview_lines(plan: ImportPlan, *, show_unchanged: bool = False) -> list[str]:
    out: list[str] = []
    for f in plan.files:
        who = f" [{f.unit or 'kurum'}: {f.unit_name}]" if f.unit_name else ""
        out.append(f"== {f.name}{who}")
        out.append(f"   {file_summary(f)}")
        if f.previously_imported:
            out.append(f"   Not: bu dosya {f.previously_imported} tarihinde içe aktarılmıştı.")
        if f.status == "refused" and f.rows:
            out.append(f"   {f.message}")
        for r in f.rows:
            if r.status == "unchanged" and not show_unchanged and not r.note:
                continue
            out.append(f"   {tr_upper(r.status_tr):11} {r.sheet} / {r.row_key} {r.label}")
            if r.note:
                out.append(f"      ({r.note})")
            for c in r.changes:
                out.append(f"      {c.cell} {c.header}: {c.old_text} → {c.new_text}")
            for reason in r.reasons:
                out.append(f"      ! {reason.sheet}!{reason.cell}: {reason.message}")
        if f.new_findings:
            out.append(f"   İçe aktarma sonrası yeni denetim bulguları ({len(f.new_findings)}):")
            for finding in f.new_findings:
                out.append(f"      {SEVERITY_LABELS_TR[finding.severity]} [{finding.rule}] "
                           f"{finding.message}")
    refused = sum(1 for f in plan.files if f.status == "refused")
    ready = sum(1 for f in plan.files if f.status == "ready")
    same = sum(1 for f in plan.files if f.status == "nochange")
    out.append(f"Toplam {len(plan.files)} dosya: {ready} içe aktarılabilir, {same} değişiklik "
               f"yok, {refused} reddedildi.")
    return out
