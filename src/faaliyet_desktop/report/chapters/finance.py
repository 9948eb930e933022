"""Chapter III.A Mali Bilgiler: Şekil 2 and Tables 7–13 (budget, activities, units).

Percent precision per DOMAIN.md: Tables 7, 8, 9 and Şekil 2 two decimals; Tables 10, 11, 13
whole numbers; always truncated (format_percent). Amounts are integer TL (format_number).
"""

from __future__ import annotations

from reportlab.platypus import CondPageBreak, Flowable, NextPageTemplate, PageBreak

from ...domain import derived
from ...domain.model import UnitKind
from ...domain.numbers import format_percent, tr_upper
from ..charts import RateBar, spending_chart
from ..context import LANDSCAPE_W, PORTRAIT_W, Ctx, heading_upper
from ..flow import amount, bg, cell, data_table, head_cells, para, percent, text_width
from ..styles import SUBTOTAL_BG, TOTAL_BG

CHAPTER = "III. FAALİYETLERE İLİŞKİN BİLGİ ve DEĞERLENDİRMELER"


def build(ctx: Ctx) -> list[Flowable]:
    out: list[Flowable] = [ctx.heading(CHAPTER, 0, style_name="h0")]
    out.append(ctx.heading("A. " + heading_upper("Mali Bilgiler"), 1))
    out.append(ctx.heading("1. " + ctx.section_title("budget_results"), 2))
    out += ctx.text("budget_results")
    out += figure2(ctx)
    out.append(ctx.heading("2. " + ctx.section_title("financial_tables"), 2))
    out += ctx.text("financial_tables")
    if ctx.is_unit:
        out.append(para("Ekonomik sınıflandırma ve faaliyet düzeyindeki bütçe tabloları (Tablo "
                        "7–10, 12, 13) idare geneli için düzenlenir; birimin ödenek ve harcama "
                        "bilgileri Tablo 11'de yer almaktadır."))
        out += table11(ctx)
    else:
        out += table7(ctx)
        t8, t9 = table8(ctx), table9(ctx)
        if t9:  # Table 9 needs a landscape page; Table 8 shares it rather than stand alone
            out += [NextPageTemplate("landscape"), PageBreak()] + t8 + t9 + [
                NextPageTemplate("portrait"), PageBreak()]
        else:
            out += t8
        out += table10(ctx) + table11(ctx) + table12(ctx) + table13(ctx)
    if ctx.has_text("financial_audit"):
        out.append(ctx.heading("3. " + ctx.section_title("financial_audit"), 2))
        out += ctx.text("financial_audit")
    return out


def figure2(ctx: Ctx) -> list[Flowable]:
    if ctx.is_unit:
        total = derived.unit_spending_rows(ctx.report)[-1]
        if (not ctx.report.unit_spending or total.total_appropriation is None
                or total.realisation is None):  # nothing entered yet: no bar
            return []
        bars = [RateBar(f"{ctx.year} ({format_percent(total.pct_of_total, 2)})",
                        total.total_appropriation, total.realisation)]
    else:
        bars = [RateBar(f"{r.year} ({format_percent(r.rate_pct, 2)})", r.total_appropriation,
                        r.spending) for r in derived.spending_rates(ctx.report)]
    if not bars:
        return []
    return [CondPageBreak(290), ctx.caption("Şekil 2. Yıllar İtibarıyla Bütçe Harcama Oranları"),
            spending_chart(bars, PORTRAIT_W * 0.9)]


def _money(v: object, bold: bool = False, small: bool = False) -> object:
    st = ("small_r" if small else "cell_rb" if bold else "cell_r")
    return cell(amount(v), st)  # type: ignore[arg-type]


def _pct(v: object, decimals: int, bold: bool = False) -> object:
    """A percentage cell; bold on a total row like the amounts beside it."""
    return cell(percent(v, decimals), "cell_rb" if bold else "cell_r")  # type: ignore[arg-type]


def _comparison(ctx: Ctx, caption: str, old: int, new: int, decimals: int) -> list[Flowable]:
    rows_d = derived.comparison_rows(ctx.report, old, new)
    if len(rows_d) <= 1:
        return []
    rows: list[list[object]] = [head_cells(["EKONOMİK KOD", "AÇIKLAMA", f"{old} KBÖ",
                                            f"{new} KBÖ", "ARTIŞ (%)"])]
    for r in rows_d:
        tot = r.code == "TOPLAM"
        rows.append([cell("" if tot else r.code, "cell_c"), cell(r.name, "cell_b" if tot else
                                                                 "cell"),
                     _money(r.old, tot), _money(r.new, tot), _pct(r.increase_pct, decimals, tot)])
    w = PORTRAIT_W
    return [ctx.caption(caption), data_table(rows, [w * .12, w * .34, w * .2, w * .2, w * .14],
                                             extra=[bg(len(rows) - 1, TOTAL_BG)])]


def table7(ctx: Ctx) -> list[Flowable]:
    y = ctx.year
    return _comparison(ctx, f"Tablo 7. {y - 1}-{y} Mali Yılları Bütçe Ödenekleri Karşılaştırması",
                       y - 1, y, 2)


def _kbo_table(ctx: Ctx, caption: str, year: int, with_share: bool) -> list[Flowable]:
    rows_d = derived.budget_rows(ctx.report, year)
    if not rows_d:
        return []
    tot = derived.budget_total(rows_d)
    head = ["EKONOMİK KOD", "AÇIKLAMA", f"{year} KBÖ"] + (["PAY (%)"] if with_share else [])
    rows: list[list[object]] = [head_cells(head)]
    for r in rows_d + [tot]:
        t = r is tot
        rows.append([cell("" if t else r.code, "cell_c"), cell(r.name, "cell_b" if t else "cell"),
                     _money(r.kbo, t)] + ([_pct(r.share_pct, 2, t)] if with_share else []))
    w = PORTRAIT_W
    widths = [w * .12, w * .46, w * .24] + ([w * .14] if with_share else [])
    return [ctx.caption(caption), data_table(rows, widths, extra=[bg(len(rows) - 1, TOTAL_BG)])]


def table8(ctx: Ctx) -> list[Flowable]:
    y = ctx.year
    return _kbo_table(ctx, f"Tablo 8. {y} Mali Yılı Bütçesinin Ekonomik Sınıflandırma Bazında "
                      "Ödenek Dağılımı", y, True)


def table9(ctx: Ctx) -> list[Flowable]:
    rows_d = derived.budget_rows(ctx.report, ctx.year)
    if not rows_d:
        return []
    tot = derived.budget_total(rows_d)
    rows: list[list[object]] = [head_cells(
        ["EKONOMİK KOD", "AÇIKLAMA", "KBÖ", "EKLENEN ÖDENEK", "DÜŞÜLEN ÖDENEK", "TOPLAM ÖDENEK",
         "HARCAMA", "KALAN", "GERÇEKLEŞME YÜZDESİ (%)"], "head")]
    money_cols: list[list[str]] = [[] for _ in range(6)]
    for r in rows_d + [tot]:
        t = r is tot
        money = [amount(v) for v in (r.kbo, r.added, r.deducted, r.total_appropriation,
                                            r.spending, r.remaining)]
        for col, text in zip(money_cols, money, strict=True):
            col.append(text)
        st = "cell_rb" if t else "cell_r"
        rows.append([cell("" if t else r.code, "cell_c"),
                     cell("Toplam" if t else r.name, "cell_b" if t else "cell")]
                    + [cell(m, st) for m in money]
                    + [cell(percent(r.realisation_pct, 2, r.total_appropriation, r.spending),
                            st)])
    w = LANDSCAPE_W  # nine columns of full amounts: a landscape page (DOMAIN: wide tables)
    money_w = [text_width(c, "cell_rb") + 8 for c in money_cols]
    widths = [text_width(["EKONOMİK"], "head"), 0.0] + money_w + [
        text_width(["GERÇEKLEŞME"], "head")]
    widths[1] = w - sum(widths)
    extra = [bg(len(rows) - 1, TOTAL_BG)]
    return [ctx.caption(f"Tablo 9. {ctx.year} Yılı Bütçe Gerçekleşme Durumu"),
            data_table(rows, widths, extra=extra)]


def _spending_table(ctx: Ctx, caption: str, first: str, rows_d: list[derived.SpendingRow]
                    ) -> list[Flowable]:
    rows: list[list[object]] = [head_cells(
        [first, f"{ctx.year} Ödenek (KBÖ) (TL)", "Yıl Sonu Toplam Ödenek (TL)",
         "Gerçekleşme (TL)", "Gerçekleşme / Ödenek (KBÖ) (%)",
         "Gerçekleşme / Toplam Ödenek (%)"], "small_head")]
    extra = []
    for r in rows_d:
        grand = r.key == "GENEL_TOPLAM"
        strong = r.level == 0
        name = tr_upper(r.name) if r.level <= 1 and first == "PROGRAM SINIFLANDIRMASI" else (
            tr_upper(r.name) if grand else r.name)
        st = "cell_b" if strong else "cell"
        rows.append([cell(("    " * max(0, r.level - 1)) + name, st),
                     _money(r.kbo, strong), _money(r.total_appropriation, strong),
                     _money(r.realisation, strong),
                     _pct(r.pct_of_kbo, 0, strong), _pct(r.pct_of_total, 0, strong)])
        if grand:
            extra.append(bg(len(rows) - 1, TOTAL_BG))
        elif r.level == 0:
            extra.append(bg(len(rows) - 1, SUBTOTAL_BG))
        if r.level == 2:
            extra.append(("LEFTPADDING", (0, len(rows) - 1), (0, len(rows) - 1), 12))
    w = PORTRAIT_W
    return [ctx.caption(caption), data_table(rows, [w * .34, w * .15, w * .15, w * .15,
                                                    w * .105, w * .105], extra=extra)]


def table10(ctx: Ctx) -> list[Flowable]:
    rows_d = derived.activity_rows(ctx.report)
    if len(rows_d) <= 1:
        return []
    return _spending_table(ctx, "Tablo 10. Faaliyet Düzeyinde Ödenek ve Harcama Verileri",
                           "PROGRAM SINIFLANDIRMASI", rows_d)


def table11(ctx: Ctx) -> list[Flowable]:
    if not ctx.report.unit_spending:
        return [para("Bu birim için birim düzeyinde ödenek ve harcama verisi bulunmamaktadır "
                     "(birimin harcamaları bağlı olduğu üst birimin satırında yer alır).")]
    rows_d = derived.unit_spending_rows(ctx.report)
    rows_d = [derived.SpendingRow(r.key, tr_upper(spending_label(ctx, r.key, r.name)),
                                  0 if r.key == "GENEL_TOPLAM" else 1,
                                  r.kbo, r.total_appropriation, r.realisation, r.pct_of_kbo,
                                  r.pct_of_total) for r in rows_d]
    return _spending_table(ctx, "Tablo 11. Birim Düzeyinde Ödenek ve Harcama Verileri",
                           "KURUMSAL SINIFLANDIRMA", rows_d)


def spending_label(ctx: Ctx, code: str, name: str) -> str:
    """Table 11's label for a spending unit: its name, or — when it is an organisational
    scope (merkez/taşra teşkilatı) standing for sub-units that have no row of their own, all
    named alike — their common name in the plural, as the seed prints the provincial row
    ("Taşra Teşkilatı" over 81 "... İl Göç İdaresi Müdürlüğü": "İl Göç İdaresi
    Müdürlükleri"). A spending unit proper (a genel müdürlük) keeps its own name."""
    unit = ctx.report.unit(code)
    kids = ctx.report.children(code)
    own = {s.unit for s in ctx.report.unit_spending}
    if unit is None or unit.kind != UnitKind.SCOPE or len(kids) < 2 or any(
            k.code in own for k in kids):
        return name
    tail = common_tail([k.name for k in kids])
    if len(tail) < 2:
        return name
    plural = plural_tr(tail[-1])
    return " ".join(tail[:-1] + [plural]) if plural else name


def common_tail(names: list[str]) -> list[str]:
    """The words all ``names`` end with."""
    words = [n.split() for n in names]
    tail: list[str] = []
    for i in range(1, min(len(w) for w in words) + 1):
        ends = {tuple(w[-i:]) for w in words}
        if len(ends) != 1:
            break
        tail = list(next(iter(ends)))
    return tail


PLURALS = (("lüğü", "lükleri"), ("lığı", "lıkları"), ("liği", "likleri"), ("luğu", "lukları"),
           ("rkezi", "rkezleri"))


def plural_tr(word: str) -> str | None:
    """"Müdürlüğü" → "Müdürlükleri" (the possessive forms unit names end with); None when
    the word is none of them."""
    for end, repl in PLURALS:
        if word.endswith(end):
            return word[: -len(end)] + repl
    return None


def table12(ctx: Ctx) -> list[Flowable]:
    y = ctx.year + 1
    return _kbo_table(ctx, f"Tablo 12. {y} Mali Yılı Bütçe Ödenekleri", y, False)


def table13(ctx: Ctx) -> list[Flowable]:
    y = ctx.year
    return _comparison(ctx, f"Tablo 13. {y}-{y + 1} Mali Yılları Bütçe Ödenekleri "
                       "Karşılaştırması", y, y + 1, 0)
