"""SQLAlchemy 2.x typed models of a workspace.

Later features add their tables through new migrations. Revision 0001: country profile,
assessments, responses, change history. Revision 0002: contacts, designations (focal points and
authorities), coordination mechanisms, their members and meetings; country-profile settings.
Revision 0003: national targets, custom reference frameworks, alignments, reporting obligations,
datasets and the reports they feed, workspace settings. Revision 0004: a stable ``uid`` on every
row two copies of a workspace may share (see storage.stable_ids); the country profile (one row)
and the settings (keyed by name) need none, nor do the dataset-report links (a pair of uids).
Revision 0005: indexes for the queries of a workspace after years of use (an option's history,
the current focal points, predecessors, the reports of a focal point).
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import (
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from synergy_desktop.storage.stable_ids import StableId

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator):
    """Stored as naive UTC (portable to SQLite and PostgreSQL), returned as aware UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are not stored")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class CountryProfile(Base):
    __tablename__ = "country_profile"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="", server_default="")
    short_name: Mapped[str] = mapped_column(String(100), default="", server_default="")
    iso3: Mapped[str] = mapped_column(String(3), default="", server_default="")
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # JSON list of codes
    excluded_instruments: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")
    stale_after_months: Mapped[int] = mapped_column(Integer, default=12, server_default="12")


class Assessment(StableId, Base):
    __tablename__ = "assessments"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    period: Mapped[str] = mapped_column(String(100), default="", server_default="")
    status: Mapped[str] = mapped_column(String(10), default="draft", server_default="draft")
    pack_id: Mapped[str] = mapped_column(String(100))
    pack_version: Mapped[str] = mapped_column(String(30))
    pack_hash: Mapped[str] = mapped_column(String(64))
    # JSON list of names
    participants: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    finalised_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    previous_id: Mapped[int | None] = mapped_column(
        ForeignKey("assessments.id", ondelete="SET NULL"), nullable=True
    )

    responses: Mapped[list[Response]] = relationship(
        back_populates="assessment", cascade="all, delete-orphan", passive_deletes=True
    )


class Response(StableId, Base):
    __tablename__ = "responses"
    __table_args__ = (UniqueConstraint("assessment_id", "option_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("assessments.id", ondelete="CASCADE"), index=True
    )
    option_id: Mapped[str] = mapped_column(String(20))
    rating: Mapped[str] = mapped_column(String(3), default="nyd", server_default="nyd")
    priority: Mapped[str | None] = mapped_column(String(10), nullable=True)
    # JSON list of instrument codes
    conventions: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")
    responsible: Mapped[str] = mapped_column(Text, default="", server_default="")
    evidence: Mapped[str] = mapped_column(Text, default="", server_default="")
    gaps: Mapped[str] = mapped_column(Text, default="", server_default="")
    next_steps: Mapped[str] = mapped_column(Text, default="", server_default="")
    target_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    updated_by: Mapped[str] = mapped_column(String(200), default="", server_default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    assessment: Mapped[Assessment] = relationship(back_populates="responses")


class ChangeRecord(StableId, Base):
    """One changed field. Deliberately no foreign key: history can outlive its assessment."""

    __tablename__ = "change_history"
    # The history of one option of one round, newest first (revision 0005).
    __table_args__ = (
        Index("ix_change_history_option", "assessment_id", "option_id", "changed_at"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    assessment_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    option_id: Mapped[str | None] = mapped_column(String(20), nullable=True)
    field: Mapped[str] = mapped_column(String(50))
    old_value: Mapped[str | None] = mapped_column(Text, nullable=True)
    new_value: Mapped[str | None] = mapped_column(Text, nullable=True)
    author: Mapped[str] = mapped_column(String(200), default="", server_default="")
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    source: Mapped[str] = mapped_column(String(500), default="", server_default="")


class Contact(StableId, Base):
    """A person (or office) who holds one or more focal-point roles."""

    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    prefix: Mapped[str] = mapped_column(String(30), default="", server_default="")
    first_name: Mapped[str] = mapped_column(String(100), default="", server_default="")
    last_name: Mapped[str] = mapped_column(String(100), default="", server_default="")
    position: Mapped[str] = mapped_column(String(200), default="", server_default="")
    institution: Mapped[str] = mapped_column(String(300), default="", server_default="")
    department: Mapped[str] = mapped_column(String(300), default="", server_default="")
    email: Mapped[str] = mapped_column(String(200), default="", server_default="")
    phone: Mapped[str] = mapped_column(String(60), default="", server_default="")
    address: Mapped[str] = mapped_column(Text, default="", server_default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    designations: Mapped[list[Designation]] = relationship(back_populates="contact")


class Designation(StableId, Base):
    """One role held by one contact for one instrument; ``ended_on`` set for former holders."""

    __tablename__ = "designations"
    __table_args__ = (
        Index("ix_designations_instrument_role", "instrument", "role"),
        # The current holders in the register's order (revision 0005).
        Index("ix_designations_current", "ended_on", "instrument", "role"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="RESTRICT"), index=True
    )
    instrument: Mapped[str] = mapped_column(String(20))
    role: Mapped[str] = mapped_column(String(40))
    is_primary: Mapped[bool] = mapped_column(default=False, server_default=false())
    designated_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    verified_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    ended_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    handover_note: Mapped[str] = mapped_column(Text, default="", server_default="")
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")
    successor_id: Mapped[int | None] = mapped_column(
        ForeignKey("designations.id", ondelete="SET NULL"), nullable=True, index=True
    )
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    contact: Mapped[Contact] = relationship(back_populates="designations")


class Mechanism(StableId, Base):
    """A national coordination mechanism (committee, working group)."""

    __tablename__ = "mechanisms"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    legal_basis: Mapped[str] = mapped_column(Text, default="", server_default="")
    mandate: Mapped[str] = mapped_column(Text, default="", server_default="")
    chair_institution: Mapped[str] = mapped_column(String(300), default="", server_default="")
    secretariat: Mapped[str] = mapped_column(String(300), default="", server_default="")
    meetings_per_year: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    members: Mapped[list[MechanismMember]] = relationship(
        back_populates="mechanism", cascade="all, delete-orphan", passive_deletes=True
    )
    meetings: Mapped[list[Meeting]] = relationship(
        back_populates="mechanism", cascade="all, delete-orphan", passive_deletes=True
    )


class MechanismMember(StableId, Base):
    """A member: a contact from the register, or an institution by name."""

    __tablename__ = "mechanism_members"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mechanism_id: Mapped[int] = mapped_column(
        ForeignKey("mechanisms.id", ondelete="CASCADE"), index=True
    )
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), nullable=True
    )
    institution: Mapped[str] = mapped_column(String(300), default="", server_default="")

    mechanism: Mapped[Mechanism] = relationship(back_populates="members")
    contact: Mapped[Contact | None] = relationship()


class Meeting(StableId, Base):
    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mechanism_id: Mapped[int] = mapped_column(
        ForeignKey("mechanisms.id", ondelete="CASCADE"), index=True
    )
    held_on: Mapped[date] = mapped_column(Date)
    participants: Mapped[str] = mapped_column(Text, default="", server_default="")
    decisions: Mapped[str] = mapped_column(Text, default="", server_default="")
    next_steps: Mapped[str] = mapped_column(Text, default="", server_default="")

    mechanism: Mapped[Mechanism] = relationship(back_populates="meetings")


class Setting(Base):
    """Small workspace-wide facts, for example that the shipped obligations were copied in."""

    __tablename__ = "workspace_settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="", server_default="")


class NationalTarget(StableId, Base):
    __tablename__ = "national_targets"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(30))
    title: Mapped[str] = mapped_column(String(500))
    description: Mapped[str] = mapped_column(Text, default="", server_default="")
    nbsap_version: Mapped[str] = mapped_column(String(100), default="", server_default="")
    lead_institution: Mapped[str] = mapped_column(String(300), default="", server_default="")
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


class CustomFramework(StableId, Base):
    """A reference framework the team added itself (for example a regional strategy)."""

    __tablename__ = "custom_frameworks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    instrument: Mapped[str] = mapped_column(String(20), default="", server_default="")
    source: Mapped[str] = mapped_column(String(300), default="", server_default="")

    targets: Mapped[list[CustomTarget]] = relationship(
        back_populates="framework",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="CustomTarget.position",
    )


class CustomTarget(StableId, Base):
    __tablename__ = "custom_targets"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    framework_id: Mapped[int] = mapped_column(
        ForeignKey("custom_frameworks.id", ondelete="CASCADE"), index=True
    )
    key: Mapped[str] = mapped_column(String(40))
    title: Mapped[str] = mapped_column(String(500))
    position: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    framework: Mapped[CustomFramework] = relationship(back_populates="targets")


class AlignmentRow(StableId, Base):
    """How much a national target contributes to one reference target (partial or direct)."""

    __tablename__ = "alignments"
    __table_args__ = (UniqueConstraint("national_target_id", "framework", "reference"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    national_target_id: Mapped[int] = mapped_column(
        ForeignKey("national_targets.id", ondelete="CASCADE"), index=True
    )
    framework: Mapped[str] = mapped_column(String(40))
    reference: Mapped[str] = mapped_column(String(40))
    level: Mapped[str] = mapped_column(String(10))
    note: Mapped[str] = mapped_column(Text, default="", server_default="")


class ObligationRow(StableId, Base):
    """One report due under one instrument (recurring reports get one row per cycle)."""

    __tablename__ = "obligations"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reference_key: Mapped[str] = mapped_column(String(60), default="", server_default="")
    instrument: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(300))
    cycle: Mapped[str] = mapped_column(Text, default="", server_default="")
    interval_months: Mapped[int | None] = mapped_column(Integer, nullable=True)
    due_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    due_precision: Mapped[str] = mapped_column(String(10), default="day", server_default="day")
    status: Mapped[str] = mapped_column(
        String(20), default="not_started", server_default="not_started"
    )
    submitted_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    responsible_id: Mapped[int | None] = mapped_column(
        ForeignKey("designations.id", ondelete="SET NULL"), nullable=True, index=True
    )
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")
    checked_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    datasets: Mapped[list[DatasetRow]] = relationship(
        secondary="dataset_uses", back_populates="obligations"
    )
    responsible: Mapped[Designation | None] = relationship()


class DatasetRow(StableId, Base):
    __tablename__ = "datasets"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    custodian: Mapped[str] = mapped_column(String(300), default="", server_default="")
    update_frequency: Mapped[str] = mapped_column(String(100), default="", server_default="")
    last_updated: Mapped[date | None] = mapped_column(Date, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="", server_default="")

    obligations: Mapped[list[ObligationRow]] = relationship(
        secondary="dataset_uses", back_populates="datasets"
    )


class DatasetUse(Base):
    __tablename__ = "dataset_uses"

    dataset_id: Mapped[int] = mapped_column(
        ForeignKey("datasets.id", ondelete="CASCADE"), primary_key=True
    )
    obligation_id: Mapped[int] = mapped_column(
        ForeignKey("obligations.id", ondelete="CASCADE"), primary_key=True
    )
