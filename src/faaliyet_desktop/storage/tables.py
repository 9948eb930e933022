"""SQLAlchemy declarative models: one table per domain entity, each row owned by a report year.

Every entity row carries ``report_year_id`` (ON DELETE CASCADE), its natural key (unique within
the year), ``position`` (its place in the domain list, so a load returns the same order) and
``revision`` (starts at 1, +1 on every update; for optimistic locking). References between
entities (an indicator's alt program, a count's unit ...) are kept as codes, exactly as the
domain holds them; the checks, not the schema, report a dangling code.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    ForeignKeyConstraint,
    Integer,
    LargeBinary,
    MetaData,
    Table,
    Text,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import Mapped, MappedColumn, mapped_column

from .column_types import DecimalText, StringList

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_N_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

PERSONNEL_CATEGORIES = ("employment", "gender", "education")


class Base:
    """Tables written in the declarative style, built as plain Core tables.

    The application reads and writes with Core statements only (no ORM session, no mapped
    instances), so a subclass becomes just its ``__table__``: the ``mapped_column`` attributes
    of the class and its mixins (copied, ordered by ``sort_order`` as declarative does) plus
    ``__table_args__``. Mapping some twenty-five classes with the ORM cost about 0.1 s on every
    start of the program, the command line's included.
    """

    metadata: ClassVar[MetaData] = MetaData(naming_convention=NAMING_CONVENTION)
    __table__: ClassVar[Table]

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        name = cls.__dict__.get("__tablename__")
        if name is None:
            return
        found: dict[str, tuple[MappedColumn[Any], bool]] = {}  # key: (column, of a mixin)
        for klass in reversed(cls.__mro__):
            for key, value in vars(klass).items():
                if isinstance(value, MappedColumn):
                    found.pop(key, None)
                    found[key] = (value, klass is not cls)
        columns = []
        def order(item: tuple[str, tuple[MappedColumn[Any], bool]]) -> int:
            value = item[1][0]._sort_order
            return value if isinstance(value, int) else 0

        for key, (mapped, shared) in sorted(found.items(), key=order):
            column = mapped.column._copy() if shared else mapped.column  # a mixin's: a copy
            column.key = key
            if column.name is None:
                column.name = key
            columns.append(column)
        table_args = cls.__dict__.get("__table_args__", ())
        options: dict[str, Any] = {}
        args: tuple[Any, ...] = ()
        if isinstance(table_args, dict):
            options = table_args
        elif table_args and isinstance(table_args[-1], dict):
            args, options = tuple(table_args[:-1]), table_args[-1]
        else:
            args = tuple(table_args)
        cls.__table__ = Table(name, cls.metadata, *columns, *args, **options)


def _revision() -> Mapped[int]:
    return mapped_column(Integer, nullable=False, server_default=text("1"), sort_order=100)


class AppMeta(Base):
    """Key/value facts about the file (which app version created it, last opened it)."""

    __tablename__ = "app_meta"
    key: Mapped[str] = mapped_column(Text, primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


class ReportYearRow(Base):
    __tablename__ = "report_year"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    year: Mapped[int] = mapped_column(Integer, nullable=False, unique=True)
    revision: Mapped[int] = _revision()


class YearOwned:
    """Columns shared by every entity table."""

    id: Mapped[int] = mapped_column(Integer, primary_key=True, sort_order=-3)
    report_year_id: Mapped[int] = mapped_column(
        ForeignKey("report_year.id", ondelete="CASCADE"), nullable=False, sort_order=-2
    )
    position: Mapped[int] = mapped_column(Integer, nullable=False, sort_order=-1)
    revision: Mapped[int] = _revision()


class InstitutionRow(YearOwned, Base):
    __tablename__ = "institution"
    __table_args__ = (UniqueConstraint("report_year_id"),)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    short_name: Mapped[str] = mapped_column(Text, nullable=False)
    head_name: Mapped[str] = mapped_column(Text, nullable=False)
    head_title: Mapped[str] = mapped_column(Text, nullable=False)
    address: Mapped[str] = mapped_column(Text, nullable=False)
    logo_png: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)


class UnitRow(YearOwned, Base):
    __tablename__ = "unit"
    __table_args__ = (UniqueConstraint("report_year_id", "code"),)
    code: Mapped[str] = mapped_column(Text, nullable=False)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    kind: Mapped[str] = mapped_column(Text, nullable=False)
    parent: Mapped[str | None] = mapped_column(Text, nullable=True)
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False)


class PhysicalResourceRow(YearOwned, Base):
    __tablename__ = "physical_resource"
    __table_args__ = (UniqueConstraint("report_year_id", "key"),)
    key: Mapped[str] = mapped_column(Text, nullable=False)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    count: Mapped[int | None] = mapped_column(Integer, nullable=True)
    capacity: Mapped[str] = mapped_column(Text, nullable=False)
    area_m2: Mapped[Decimal | None] = mapped_column(DecimalText, nullable=True)
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False)


class ITItemRow(YearOwned, Base):
    __tablename__ = "it_item"
    __table_args__ = (UniqueConstraint("report_year_id", "code"),)
    code: Mapped[str] = mapped_column(Text, nullable=False)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False)


class ITCountRow(YearOwned, Base):
    __tablename__ = "it_count"
    __table_args__ = (UniqueConstraint("report_year_id", "unit", "item"),)
    unit: Mapped[str] = mapped_column(Text, nullable=False)
    item: Mapped[str] = mapped_column(Text, nullable=False)
    count: Mapped[int] = mapped_column(Integer, nullable=False)


class PersonnelRecordRow(YearOwned, Base):
    """One unit's personnel record; it exists even when no count is entered yet."""

    __tablename__ = "personnel_record"
    __table_args__ = (UniqueConstraint("report_year_id", "unit"),)
    unit: Mapped[str] = mapped_column(Text, nullable=False)


class PersonnelCountRow(YearOwned, Base):
    """One entered figure of Tables 3-5; ``position`` is its place within (unit, category)."""

    __tablename__ = "personnel_count"
    __table_args__ = (
        UniqueConstraint("report_year_id", "unit", "category", "key"),
        ForeignKeyConstraint(
            ["report_year_id", "unit"],
            ["personnel_record.report_year_id", "personnel_record.unit"],
            ondelete="CASCADE",
        ),
        CheckConstraint("category IN ('employment', 'gender', 'education')", name="category"),
    )
    unit: Mapped[str] = mapped_column(Text, nullable=False)
    category: Mapped[str] = mapped_column(Text, nullable=False)
    key: Mapped[str] = mapped_column(Text, nullable=False)
    value: Mapped[int] = mapped_column(Integer, nullable=False)


class EconomicCodeRow(YearOwned, Base):
    __tablename__ = "economic_code"
    __table_args__ = (UniqueConstraint("report_year_id", "code"),)
    code: Mapped[str] = mapped_column(Text, nullable=False)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False)


class BudgetLineRow(YearOwned, Base):
    __tablename__ = "budget_line"
    __table_args__ = (UniqueConstraint("report_year_id", "fiscal_year", "code"),)
    fiscal_year: Mapped[int] = mapped_column(Integer, nullable=False)
    code: Mapped[str] = mapped_column(Text, nullable=False)
    kbo: Mapped[Decimal] = mapped_column(DecimalText, nullable=False)
    added: Mapped[Decimal | None] = mapped_column(DecimalText, nullable=True)
    deducted: Mapped[Decimal | None] = mapped_column(DecimalText, nullable=True)
    spending: Mapped[Decimal | None] = mapped_column(DecimalText, nullable=True)


class SpendingYearRow(YearOwned, Base):
    __tablename__ = "spending_year"
    __table_args__ = (UniqueConstraint("report_year_id", "year"),)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    total_appropriation: Mapped[Decimal] = mapped_column(DecimalText, nullable=False)
    spending: Mapped[Decimal] = mapped_column(DecimalText, nullable=False)


class ProgramRow(YearOwned, Base):
    __tablename__ = "program"
    __table_args__ = (UniqueConstraint("report_year_id", "code"),)
    code: Mapped[str] = mapped_column(Text, nullable=False)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False)


class SubProgramRow(YearOwned, Base):
    __tablename__ = "subprogram"
    __table_args__ = (UniqueConstraint("report_year_id", "code"),)
    code: Mapped[str] = mapped_column(Text, nullable=False)
    program: Mapped[str] = mapped_column(Text, nullable=False)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    objective: Mapped[str] = mapped_column(Text, nullable=False)
    targets: Mapped[list[str]] = mapped_column(StringList, nullable=False)
    aims: Mapped[list[str]] = mapped_column(StringList, nullable=False)
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False)


class ActivityRow(YearOwned, Base):
    __tablename__ = "activity"
    __table_args__ = (UniqueConstraint("report_year_id", "code"),)
    code: Mapped[str] = mapped_column(Text, nullable=False)
    subprogram: Mapped[str] = mapped_column(Text, nullable=False)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    kbo: Mapped[Decimal | None] = mapped_column(DecimalText, nullable=True)
    total_appropriation: Mapped[Decimal | None] = mapped_column(DecimalText, nullable=True)
    realisation: Mapped[Decimal | None] = mapped_column(DecimalText, nullable=True)
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False)


class UnitSpendingRow(YearOwned, Base):
    __tablename__ = "unit_spending"
    __table_args__ = (UniqueConstraint("report_year_id", "unit"),)
    unit: Mapped[str] = mapped_column(Text, nullable=False)
    kbo: Mapped[Decimal | None] = mapped_column(DecimalText, nullable=True)
    total_appropriation: Mapped[Decimal | None] = mapped_column(DecimalText, nullable=True)
    realisation: Mapped[Decimal | None] = mapped_column(DecimalText, nullable=True)
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False)


class IndicatorRow(YearOwned, Base):
    """Form-3 indicator; quarters and their assessments as columns q1..q4, assessment1..4."""

    __tablename__ = "indicator"
    __table_args__ = (UniqueConstraint("report_year_id", "code"),)
    code: Mapped[str] = mapped_column(Text, nullable=False)
    subprogram: Mapped[str] = mapped_column(Text, nullable=False)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    measure: Mapped[str] = mapped_column(Text, nullable=False)
    previous_year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    previous_value: Mapped[Decimal | None] = mapped_column(DecimalText, nullable=True)
    target: Mapped[Decimal | None] = mapped_column(DecimalText, nullable=True)
    year_end_estimate: Mapped[Decimal | None] = mapped_column(DecimalText, nullable=True)
    q1: Mapped[Decimal | None] = mapped_column(DecimalText, nullable=True)
    q2: Mapped[Decimal | None] = mapped_column(DecimalText, nullable=True)
    q3: Mapped[Decimal | None] = mapped_column(DecimalText, nullable=True)
    q4: Mapped[Decimal | None] = mapped_column(DecimalText, nullable=True)
    aggregation: Mapped[str] = mapped_column(Text, nullable=False)
    typed_year_end: Mapped[Decimal | None] = mapped_column(DecimalText, nullable=True)
    assessment1: Mapped[str] = mapped_column(Text, nullable=False)
    assessment2: Mapped[str] = mapped_column(Text, nullable=False)
    assessment3: Mapped[str] = mapped_column(Text, nullable=False)
    assessment4: Mapped[str] = mapped_column(Text, nullable=False)
    in_form3: Mapped[bool] = mapped_column(Boolean, nullable=False)
    in_form4: Mapped[bool] = mapped_column(Boolean, nullable=False)
    form4_order: Mapped[int] = mapped_column(Integer, nullable=False)
    deviation_reason: Mapped[str] = mapped_column(Text, nullable=False)
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False)
    direction: Mapped[str] = mapped_column(
        Text, nullable=False, server_default=text("'artan'"))
    provisional_confirmed: Mapped[bool] = mapped_column(
        Boolean, nullable=False, server_default=false())


class AimRow(YearOwned, Base):
    __tablename__ = "aim"
    __table_args__ = (UniqueConstraint("report_year_id", "code"),)
    code: Mapped[str] = mapped_column(Text, nullable=False)
    title: Mapped[str] = mapped_column(Text, nullable=False)
    short_title: Mapped[str] = mapped_column(Text, nullable=False)
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False)


class GoalRow(YearOwned, Base):
    __tablename__ = "goal"
    __table_args__ = (UniqueConstraint("report_year_id", "code"),)
    code: Mapped[str] = mapped_column(Text, nullable=False)
    aim: Mapped[str] = mapped_column(Text, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    title: Mapped[str] = mapped_column(Text, nullable=False)
    deviation_reason: Mapped[str] = mapped_column(Text, nullable=False)
    measures: Mapped[str] = mapped_column(Text, nullable=False)
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False)


class GoalResponsibleUnitRow(YearOwned, Base):
    """A unit responsible for a goal; ``position`` is its place in the goal's list."""

    __tablename__ = "goal_responsible_unit"
    __table_args__ = (
        UniqueConstraint("report_year_id", "goal", "unit"),
        ForeignKeyConstraint(
            ["report_year_id", "goal"], ["goal.report_year_id", "goal.code"], ondelete="CASCADE"
        ),
    )
    goal: Mapped[str] = mapped_column(Text, nullable=False)
    unit: Mapped[str] = mapped_column(Text, nullable=False)


class GoalIndicatorRow(YearOwned, Base):
    __tablename__ = "goal_indicator"
    __table_args__ = (UniqueConstraint("report_year_id", "code"),)
    code: Mapped[str] = mapped_column(Text, nullable=False)
    goal: Mapped[str] = mapped_column(Text, nullable=False)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    weight: Mapped[Decimal] = mapped_column(DecimalText, nullable=False)
    baseline: Mapped[Decimal | None] = mapped_column(DecimalText, nullable=True)
    target: Mapped[Decimal | None] = mapped_column(DecimalText, nullable=True)
    actual: Mapped[Decimal | None] = mapped_column(DecimalText, nullable=True)
    relevance: Mapped[str] = mapped_column(Text, nullable=False)
    effectiveness: Mapped[str] = mapped_column(Text, nullable=False)
    efficiency: Mapped[str] = mapped_column(Text, nullable=False)
    sustainability: Mapped[str] = mapped_column(Text, nullable=False)
    form3_indicator: Mapped[str | None] = mapped_column(Text, nullable=True)
    sort_order: Mapped[int] = mapped_column(Integer, nullable=False)
    direction: Mapped[str] = mapped_column(
        Text, nullable=False, server_default=text("'artan'"))
    kind: Mapped[str] = mapped_column(Text, nullable=False, server_default=text("'yillik'"))


class NarrativeRow(YearOwned, Base):
    __tablename__ = "narrative"
    __table_args__ = (UniqueConstraint("report_year_id", "key"),)
    key: Mapped[str] = mapped_column(Text, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)


class DeclarationRow(YearOwned, Base):
    __tablename__ = "declaration"
    __table_args__ = (UniqueConstraint("report_year_id", "key"),)
    key: Mapped[str] = mapped_column(Text, nullable=False)
    title: Mapped[str] = mapped_column(Text, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    place: Mapped[str] = mapped_column(Text, nullable=False)
    date: Mapped[str] = mapped_column(Text, nullable=False)
    signer_name: Mapped[str] = mapped_column(Text, nullable=False)
    signer_title: Mapped[str] = mapped_column(Text, nullable=False)


class YearSettingsRow(YearOwned, Base):
    """Per-year status thresholds and the overshoot limit, in percent (one row per year)."""

    __tablename__ = "year_settings"
    __table_args__ = (UniqueConstraint("report_year_id"),)
    partial_pct: Mapped[Decimal] = mapped_column(DecimalText, nullable=False)
    reached_pct: Mapped[Decimal] = mapped_column(DecimalText, nullable=False)
    overshoot_pct: Mapped[Decimal] = mapped_column(DecimalText, nullable=False)


metadata = Base.metadata


def table_of(model: type[Base]) -> Table:
    """The Core table of a model (typed as a Table, for insert/update/delete)."""
    table = model.__table__
    assert isinstance(table, Table)
    return table


from . import history  # noqa: E402, F401, I001  (change history shares this metadata)
from . import import_log  # noqa: E402, F401  (exchange tables share this metadata)
from . import template_key  # noqa: E402, F401  (the template signing key shares this metadata)
from . import cycle_log  # noqa: E402, F401  (acknowledgements and the export log share it)
