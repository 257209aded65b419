"""Focal points, authorities and coordination mechanisms; country-profile settings.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

from synergy_desktop.storage.models import UTCDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("country_profile") as batch:
        batch.add_column(
            sa.Column("excluded_instruments", sa.Text(), nullable=False, server_default="[]")
        )
        batch.add_column(
            sa.Column("stale_after_months", sa.Integer(), nullable=False, server_default="12")
        )
    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("prefix", sa.String(30), nullable=False, server_default=""),
        sa.Column("first_name", sa.String(100), nullable=False, server_default=""),
        sa.Column("last_name", sa.String(100), nullable=False, server_default=""),
        sa.Column("position", sa.String(200), nullable=False, server_default=""),
        sa.Column("institution", sa.String(300), nullable=False, server_default=""),
        sa.Column("department", sa.String(300), nullable=False, server_default=""),
        sa.Column("email", sa.String(200), nullable=False, server_default=""),
        sa.Column("phone", sa.String(60), nullable=False, server_default=""),
        sa.Column("address", sa.Text(), nullable=False, server_default=""),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "designations",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "contact_id",
            sa.Integer(),
            sa.ForeignKey(
                "contacts.id", ondelete="RESTRICT", name="fk_designations_contact_id_contacts"
            ),
            nullable=False,
        ),
        sa.Column("instrument", sa.String(20), nullable=False),
        sa.Column("role", sa.String(40), nullable=False),
        sa.Column("is_primary", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("designated_on", sa.Date(), nullable=True),
        sa.Column("verified_on", sa.Date(), nullable=True),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("handover_note", sa.Text(), nullable=False, server_default=""),
        sa.Column("notes", sa.Text(), nullable=False, server_default=""),
        sa.Column(
            "successor_id",
            sa.Integer(),
            sa.ForeignKey(
                "designations.id",
                ondelete="SET NULL",
                name="fk_designations_successor_id_designations",
            ),
            nullable=True,
        ),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_designations_contact_id", "designations", ["contact_id"])
    op.create_index("ix_designations_instrument_role", "designations", ["instrument", "role"])
    op.create_table(
        "mechanisms",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("legal_basis", sa.Text(), nullable=False, server_default=""),
        sa.Column("mandate", sa.Text(), nullable=False, server_default=""),
        sa.Column("chair_institution", sa.String(300), nullable=False, server_default=""),
        sa.Column("secretariat", sa.String(300), nullable=False, server_default=""),
        sa.Column("meetings_per_year", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("notes", sa.Text(), nullable=False, server_default=""),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "mechanism_members",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "mechanism_id",
            sa.Integer(),
            sa.ForeignKey(
                "mechanisms.id",
                ondelete="CASCADE",
                name="fk_mechanism_members_mechanism_id_mechanisms",
            ),
            nullable=False,
        ),
        sa.Column(
            "contact_id",
            sa.Integer(),
            sa.ForeignKey(
                "contacts.id", ondelete="CASCADE", name="fk_mechanism_members_contact_id_contacts"
            ),
            nullable=True,
        ),
        sa.Column("institution", sa.String(300), nullable=False, server_default=""),
    )
    op.create_index("ix_mechanism_members_mechanism_id", "mechanism_members", ["mechanism_id"])
    op.create_table(
        "meetings",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "mechanism_id",
            sa.Integer(),
            sa.ForeignKey(
                "mechanisms.id", ondelete="CASCADE", name="fk_meetings_mechanism_id_mechanisms"
            ),
            nullable=False,
        ),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("participants", sa.Text(), nullable=False, server_default=""),
        sa.Column("decisions", sa.Text(), nullable=False, server_default=""),
        sa.Column("next_steps", sa.Text(), nullable=False, server_default=""),
    )
    op.create_index("ix_meetings_mechanism_id", "meetings", ["mechanism_id"])


def downgrade() -> None:
    op.drop_table("meetings")
    op.drop_table("mechanism_members")
    op.drop_table("mechanisms")
    op.drop_table("designations")
    op.drop_table("contacts")
    with op.batch_alter_table("country_profile") as batch:
        batch.drop_column("stale_after_months")
        batch.drop_column("excluded_instruments")
