"""The first workspace schema: country profile, assessments, responses, change history.

Revision ID: 0001
Revises:
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

from synergy_desktop.storage.models import UTCDateTime

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

#: SQLite application_id that marks a file as a Synergy Desktop workspace ("SYNG").
APPLICATION_ID = 0x53594E47
#: The same mark on a PostgreSQL server, in a one-row table (see storage.server).
MARKER_TABLE = "synergy_workspace"


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    else:
        marker = op.create_table(
            MARKER_TABLE, sa.Column("application_id", sa.Integer(), nullable=False)
        )
        op.bulk_insert(marker, [{"application_id": APPLICATION_ID}])
    op.create_table(
        "country_profile",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, server_default=""),
        sa.Column("short_name", sa.String(100), nullable=False, server_default=""),
        sa.Column("iso3", sa.String(3), nullable=False, server_default=""),
        sa.Column("notes", sa.Text(), nullable=False, server_default=""),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "assessments",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("period", sa.String(100), nullable=False, server_default=""),
        sa.Column("status", sa.String(10), nullable=False, server_default="draft"),
        sa.Column("pack_id", sa.String(100), nullable=False),
        sa.Column("pack_version", sa.String(30), nullable=False),
        sa.Column("pack_hash", sa.String(64), nullable=False),
        sa.Column("participants", sa.Text(), nullable=False, server_default="[]"),
        sa.Column("created_at", UTCDateTime(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("finalised_at", UTCDateTime(), nullable=True),
        sa.Column(
            "previous_id",
            sa.Integer(),
            sa.ForeignKey(
                "assessments.id",
                ondelete="SET NULL",
                name="fk_assessments_previous_id_assessments",
            ),
            nullable=True,
        ),
    )
    op.create_table(
        "responses",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "assessment_id",
            sa.Integer(),
            sa.ForeignKey(
                "assessments.id",
                ondelete="CASCADE",
                name="fk_responses_assessment_id_assessments",
            ),
            nullable=False,
        ),
        sa.Column("option_id", sa.String(20), nullable=False),
        sa.Column("rating", sa.String(3), nullable=False, server_default="nyd"),
        sa.Column("priority", sa.String(10), nullable=True),
        sa.Column("conventions", sa.Text(), nullable=False, server_default="[]"),
        sa.Column("responsible", sa.Text(), nullable=False, server_default=""),
        sa.Column("evidence", sa.Text(), nullable=False, server_default=""),
        sa.Column("gaps", sa.Text(), nullable=False, server_default=""),
        sa.Column("next_steps", sa.Text(), nullable=False, server_default=""),
        sa.Column("target_date", sa.Date(), nullable=True),
        sa.Column("updated_by", sa.String(200), nullable=False, server_default=""),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.UniqueConstraint("assessment_id", "option_id", name="uq_responses_assessment_id"),
    )
    op.create_index("ix_responses_assessment_id", "responses", ["assessment_id"])
    op.create_table(
        "change_history",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("assessment_id", sa.Integer(), nullable=True),
        sa.Column("option_id", sa.String(20), nullable=True),
        sa.Column("field", sa.String(50), nullable=False),
        sa.Column("old_value", sa.Text(), nullable=True),
        sa.Column("new_value", sa.Text(), nullable=True),
        sa.Column("author", sa.String(200), nullable=False, server_default=""),
        sa.Column("changed_at", UTCDateTime(), nullable=False),
        sa.Column("source", sa.String(500), nullable=False, server_default=""),
    )
    op.create_index("ix_change_history_assessment_id", "change_history", ["assessment_id"])
    op.create_index("ix_change_history_changed_at", "change_history", ["changed_at"])


def downgrade() -> None:
    op.drop_table("change_history")
    op.drop_table("responses")
    op.drop_table("assessments")
    op.drop_table("country_profile")
    if op.get_bind().dialect.name != "sqlite":
        op.drop_table(MARKER_TABLE)
