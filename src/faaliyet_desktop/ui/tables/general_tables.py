"""Chapter I forms: institution, organisation units, Table 1 (physical), Table 2 (IT),
Tables 3-5 (personnel by employment type, gender, education)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from ...domain import derived, numbers
from ...domain.model import (
    EDUCATION_LEVELS,
    EMPLOYMENT_TYPES,
    GENDERS,
    ITCount,
    ITItem,
    PersonnelRecord,
    PhysicalResource,
    ReportYear,
    Unit,
    UnitKind,
)
from ..columns import (
    Column,
    Context,
    Kind,
    ListOps,
    Row,
    TableSpec,
    attr,
    attr_setter,
    sorted_items,
    unique_code,
    unique_in,
)
from ..i18n import QT_TRANSLATE_NOOP, tr_domain

# --- institution -------------------------------------------------------------------------
INSTITUTION_FIELDS = [
    ("name", QT_TRANSLATE_NOOP("Columns", "İdarenin adı")),
    ("short_name", QT_TRANSLATE_NOOP("Columns", "Kısa adı")),
    ("head_name", QT_TRANSLATE_NOOP("Columns", "Üst yönetici")),
    ("head_title", QT_TRANSLATE_NOOP("Columns", "Unvanı")),
    ("address", QT_TRANSLATE_NOOP("Columns", "Adres")),
]


def _institution_rows(report: ReportYear, ctx: Context) -> list[Row]:
    return [Row(key, getattr(report.institution, key), extra={"label": label})
            for key, label in INSTITUTION_FIELDS]


def _set_institution(report: ReportYear, key: str, value: Any) -> None:
    setattr(report.institution, key, value or "")


def _field_label(row: Row) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("Columns", row.extra["label"])


INSTITUTION = TableSpec(
    "institution", QT_TRANSLATE_NOOP("Tables", "İdare Bilgileri"),
    [Column("field", QT_TRANSLATE_NOOP("Columns", "Bilgi"), get=_field_label, width=200),
     Column("value", QT_TRANSLATE_NOOP("Columns", "Değer"), get=lambda r: r.obj,
            set=_set_institution)],
    _institution_rows, stretch="value",
)

# --- organisation units ------------------------------------------------------------------
UNIT_KIND_LABELS = {
    UnitKind.INSTITUTION: QT_TRANSLATE_NOOP("Columns", "İdare"),
    UnitKind.SCOPE: QT_TRANSLATE_NOOP("Columns", "Teşkilat (Merkez/Taşra)"),
    UnitKind.GENERAL_DIRECTORATE: QT_TRANSLATE_NOOP("Columns", "Genel Müdürlük"),
    UnitKind.DEPARTMENT: QT_TRANSLATE_NOOP("Columns", "Daire Başkanlığı / Birim"),
    UnitKind.PROVINCIAL: QT_TRANSLATE_NOOP("Columns", "İl Müdürlüğü"),
    UnitKind.CENTRE: QT_TRANSLATE_NOOP("Columns", "Merkez (Geri Gönderme, Barınma)"),
}


def unit_tree(report: ReportYear, root: str | None = None) -> list[tuple[Unit, int]]:
    """Units depth-first in their order, with their depth; only ``root``'s subtree if given."""
    out: list[tuple[Unit, int]] = []
    kids: dict[str | None, list[Unit]] = {}
    for u in report.units:
        kids.setdefault(u.parent, []).append(u)
    for v in kids.values():
        v.sort(key=lambda u: (u.order, u.code))
    known = {u.code for u in report.units}

    def visit(u: Unit, depth: int) -> None:
        out.append((u, depth))
        for c in kids.get(u.code, []):
            visit(c, depth + 1)

    if root is not None and root in known:
        start = [next(u for u in report.units if u.code == root)]
    else:
        start = [u for u in report.units if u.parent is None or u.parent not in known]
        start.sort(key=lambda u: (u.order, u.code))
    for u in start:
        visit(u, 0)
    return out


def _kind_choices(report: ReportYear) -> list[tuple[Any, str]]:
    from PySide6.QtCore import QCoreApplication

    return [(k, QCoreApplication.translate("Columns", v)) for k, v in UNIT_KIND_LABELS.items()]


def _unit_choices(report: ReportYear) -> list[tuple[Any, str]]:
    return [(None, "—")] + [(u.code, "  " * d + u.name) for u, d in unit_tree(report)]


def _unit_name_of(report: ReportYear, code: str | None) -> str:
    u = report.unit(code) if code else None
    return u.name if u else (code or "")


def _units_rows(report: ReportYear, ctx: Context) -> list[Row]:
    return [Row(u.code, u, level=d, extra={"parent_name": _unit_name_of(report, u.parent)})
            for u, d in unit_tree(report)]


def _new_unit(report: ReportYear, ctx: Context, selected: str | None) -> Unit:
    parent = report.unit(selected) if selected else None
    parent_code = parent.parent if parent and parent.parent else (
        parent.code if parent else (report.root_unit().code if report.root_unit() else None))
    siblings = [u for u in report.units if u.parent == parent_code]
    return Unit(unique_code((u.code for u in report.units), "BIRIM"),
                QT_TRANSLATE_NOOP("Columns", "Yeni birim"),
                UnitKind.DEPARTMENT, parent_code,
                max((u.order for u in siblings), default=0) + 1)


UNITS = TableSpec(
    "units", QT_TRANSLATE_NOOP("Tables", "Örgüt Yapısı: Birimler"),
    [
        Column("code", QT_TRANSLATE_NOOP("Columns", "Kod"), get=attr("code"),
               set=attr_setter("units", "code", "code"),
               validate=unique_in("units", "code"), rekeys=True, width=120),
        Column("name", QT_TRANSLATE_NOOP("Columns", "Birim adı"), get=attr("name"),
               set=attr_setter("units", "code", "name")),
        Column("kind", QT_TRANSLATE_NOOP("Columns", "Türü"), Kind.CHOICE,
               get=attr("kind"), set=attr_setter("units", "code", "kind"),
               choices=_kind_choices, width=220),
        Column("parent", QT_TRANSLATE_NOOP("Columns", "Üst birim"), Kind.CHOICE,
               get=attr("parent"), set=attr_setter("units", "code", "parent"),
               choices=_unit_choices, width=260),
    ],
    _units_rows,
    ops=ListOps("units", "code", _new_unit, siblings=lambda a, b: a.parent == b.parent),
    note=QT_TRANSLATE_NOOP("Tables", "Birim ağacı: Tablo 2–5 ve 11 bu birimleri kullanır. "
                           "Birimleri üst birimleri içinde sıralayın."),
    stretch="name",
)

# --- Table 1 ----------------------------------------------------------------------------------


def _physical_rows(report: ReportYear, ctx: Context) -> list[Row]:
    return [Row(p.key, p) for p in sorted_items(report.physical_resources, "key")]


def _new_physical(report: ReportYear, ctx: Context, selected: str | None) -> PhysicalResource:
    return PhysicalResource(unique_code((p.key for p in report.physical_resources), "kaynak"),
                            QT_TRANSLATE_NOOP("Columns", "Yeni kalem"),
                            order=max((p.order for p in report.physical_resources),
                                      default=0) + 1)


def _phys(field_name: str) -> Any:
    return attr_setter("physical_resources", "key", field_name)


PHYSICAL = TableSpec(
    "physical", QT_TRANSLATE_NOOP("Tables", "Tablo 1. Fiziksel Kaynaklar"),
    [
        Column("name", QT_TRANSLATE_NOOP("Columns", "Kaynak"), get=attr("name"),
               set=_phys("name")),
        Column("count", QT_TRANSLATE_NOOP("Columns", "Adet"), Kind.INT, get=attr("count"),
               set=_phys("count"), width=110),
        Column("capacity", QT_TRANSLATE_NOOP("Columns", "Kapasite / açıklama"),
               get=attr("capacity"), set=lambda r, k, v: _phys("capacity")(r, k, v or ""),
               width=280),
        Column("area_m2", QT_TRANSLATE_NOOP("Columns", "Alan (m²)"), Kind.AMOUNT,
               get=attr("area_m2"), set=_phys("area_m2"), decimals=0, width=130),
    ],
    _physical_rows,
    ops=ListOps("physical_resources", "key", _new_physical),
    stretch="name",
)

# --- unit matrices: Table 2 and Tables 3-5 ------------------------------------------------------


def _matrix_rows(report: ReportYear, ctx: Context,
                 values: Callable[[], tuple[dict[str, dict[str, Decimal | None]],
                                            dict[str, dict[str, Any]]]]) -> list[Row]:
    rolled, typed = values()
    rows = []
    for u, depth in unit_tree(report, ctx.root):
        rows.append(Row(u.code, u, level=depth,
                        extra={"values": {c: v.get(u.code) for c, v in rolled.items()},
                               "typed": typed.get(u.code, {}),
                               "group": u.kind in (UnitKind.INSTITUTION, UnitKind.SCOPE)}))
    return rows


def _matrix_columns(categories: dict[str, str], setter_for: Callable[[str], Any],
                    total_get: Callable[[Row], Any], total_header: str,
                    int_kind: Kind = Kind.INT,
                    rule: numbers.NumberRule = numbers.COUNT) -> list[Column]:
    cols = [Column("unit", QT_TRANSLATE_NOOP("Columns", "Birim"),
                   get=lambda r: r.obj.name, width=290)]
    for key, label in categories.items():
        cols.append(Column(
            key, label, int_kind,
            get=lambda r, k=key: r.extra["values"].get(k),
            raw=lambda r, k=key: r.extra["typed"].get(k),
            is_typed=lambda r, k=key: k in r.extra["typed"] or r.extra["values"].get(k) is None,
            set=setter_for(key), rule=rule, width=118))
    cols.append(Column("total", total_header, Kind.INT, get=total_get, derived=True,
                       width=110))
    return cols


def _personnel_spec(group: str, table_key: str, title: str,
                    categories: dict[str, str]) -> TableSpec:
    def rows(report: ReportYear, ctx: Context) -> list[Row]:
        table = derived.personnel_table(report, group)
        typed = {p.unit: dict(getattr(p, group)) for p in report.personnel}
        out = _matrix_rows(report, ctx, lambda: (table.values, typed))
        for r in out:
            r.extra["row_total"] = table.row_total(r.key)
        return out

    def setter_for(cat: str) -> Any:
        def setter(report: ReportYear, unit: str, value: Any) -> None:
            rec = report.personnel_of(unit)
            if rec is None:
                if value is None:
                    return
                rec = PersonnelRecord(unit)
                report.personnel.append(rec)
            d = getattr(rec, group)
            if value is None:
                d.pop(cat, None)
            else:
                d[cat] = int(value)
            if not (rec.employment or rec.gender or rec.education):
                report.personnel.remove(rec)
        return setter

    return TableSpec(
        table_key, title,
        _matrix_columns(categories, setter_for, lambda r: r.extra["row_total"],
                        QT_TRANSLATE_NOOP("Columns", "Toplam"), rule=numbers.HEAD_COUNT),
        rows,
        note=QT_TRANSLATE_NOOP("Tables", "Gri italik hücreler alt birimlerin toplamıdır; bir "
                               "birime değer yazarsanız o değer geçerli olur. Boş bırakmak için "
                               "hücreyi silin."),
    )


PERSONNEL_EMPLOYMENT = _personnel_spec(
    "employment", "personnel_employment",
    QT_TRANSLATE_NOOP("Tables", "Tablo 3. İstihdam Şekline Göre Personel Dağılımı"),
    EMPLOYMENT_TYPES)
PERSONNEL_GENDER = _personnel_spec(
    "gender", "personnel_gender",
    QT_TRANSLATE_NOOP("Tables", "Tablo 4. Cinsiyete Göre Personel Dağılımı"), GENDERS)
PERSONNEL_EDUCATION = _personnel_spec(
    "education", "personnel_education",
    QT_TRANSLATE_NOOP("Tables", "Tablo 5. Eğitim Durumuna Göre Personel Dağılımı"),
    EDUCATION_LEVELS)


def _it_rows(report: ReportYear, ctx: Context) -> list[Row]:
    totals = derived.it_totals(report)
    typed: dict[str, dict[str, Any]] = {}
    for c in report.it_counts:
        typed.setdefault(c.unit, {})[c.item] = c.count
    out = _matrix_rows(report, ctx, lambda: (totals, typed))
    for r in out:
        r.extra["row_total"] = derived.total(r.extra["values"].values())
    return out


def _it_setter(item: str) -> Any:
    def setter(report: ReportYear, unit: str, value: Any) -> None:
        existing = next((c for c in report.it_counts if c.unit == unit and c.item == item), None)
        if value is None:
            if existing is not None:
                report.it_counts.remove(existing)
        elif existing is None:
            report.it_counts.append(ITCount(unit, item, int(value)))
        else:
            existing.count = int(value)
    return setter


def it_spec(report: ReportYear) -> TableSpec:
    """Table 2's columns are the report's IT items, so the spec is built per report."""
    items = {i.code: i.name for i in sorted_items(report.it_items, "code")}
    return TableSpec(
        "it", QT_TRANSLATE_NOOP("Tables", "Tablo 2. Bilgi ve Teknolojik Kaynaklar"),
        _matrix_columns(items, _it_setter, lambda r: r.extra["row_total"],
                        QT_TRANSLATE_NOOP("Columns", "Toplam")),
        _it_rows,
        note=QT_TRANSLATE_NOOP("Tables", "Gri italik hücreler alt birimlerin toplamıdır; bir "
                               "birime değer yazarsanız o değer geçerli olur."),
    )


def _new_it_item(report: ReportYear, ctx: Context, selected: str | None) -> ITItem:
    return ITItem(unique_code((i.code for i in report.it_items), "kalem"),
                  QT_TRANSLATE_NOOP("Columns", "Yeni kalem"),
                  max((i.order for i in report.it_items), default=0) + 1)


IT_ITEMS = TableSpec(
    "it", QT_TRANSLATE_NOOP("Tables", "Envanter kalemleri"),
    [Column("code", QT_TRANSLATE_NOOP("Columns", "Kod"), get=attr("code"), width=140),
     Column("name", QT_TRANSLATE_NOOP("Columns", "Kalem"), get=attr("name"),
            set=attr_setter("it_items", "code", "name"))],
    lambda report, ctx: [Row(i.code, i) for i in sorted_items(report.it_items, "code")],
    ops=ListOps("it_items", "code", _new_it_item,
                also_remove=lambda report, item: {
                    "it_counts": [c for c in report.it_counts if c.item != item.code]}),
    stretch="name",
)


def category_label(label: str) -> str:
    return tr_domain(label)
