"""NBSAP alignment and the reporting calendar.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

from synergy_desktop.storage.models import UTCDateTime

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _fk(column: str, target: str, table: str, ondelete: str) -> sa.Column:
    return sa.Column(
        column,
        sa.Integer(),
        sa.ForeignKey(
            target, ondelete=ondelete, name=f"fk_{table}_{column}_{target.split('.')[0]}"
        ),
        nullable=ondelete == "SET NULL",
    )


def upgrade() -> None:
    op.create_table(
        "workspace_settings",
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False, server_default=""),
    )
    op.create_table(
        "national_targets",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("code", sa.String(30), nullable=False),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("description", sa.Text(), nullable=False, server_default=""),
        sa.Column("nbsap_version", sa.String(100), nullable=False, server_default=""),
        sa.Column("lead_institution", sa.String(300), nullable=False, server_default=""),
        sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
    )
    op.create_table(
        "custom_frameworks",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("key", sa.String(40), nullable=False),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("instrument", sa.String(20), nullable=False, server_default=""),
        sa.Column("source", sa.String(300), nullable=False, server_default=""),
        sa.UniqueConstraint("key", name="uq_custom_frameworks_key"),
    )
    op.create_table(
        "custom_targets",
        sa.Column("id", sa.Integer(), primary_key=True),
        _fk("framework_id", "custom_frameworks.id", "custom_targets", "CASCADE"),
        sa.Column("key", sa.String(40), nullable=False),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False, server_default="0"),
    )
    op.create_index("ix_custom_targets_framework_id", "custom_targets", ["framework_id"])
    op.create_table(
        "alignments",
        sa.Column("id", sa.Integer(), primary_key=True),
        _fk("national_target_id", "national_targets.id", "alignments", "CASCADE"),
        sa.Column("framework", sa.String(40), nullable=False),
        sa.Column("reference", sa.String(40), nullable=False),
        sa.Column("level", sa.String(10), nullable=False),
        sa.Column("note", sa.Text(), nullable=False, server_default=""),
        sa.UniqueConstraint(
            "national_target_id", "framework", "reference", name="uq_alignments_national_target_id"
        ),
    )
    op.create_index("ix_alignments_national_target_id", "alignments", ["national_target_id"])
    op.create_table(
        "obligations",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("reference_key", sa.String(60), nullable=False, server_default=""),
        sa.Column("instrument", sa.String(20), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("cycle", sa.Text(), nullable=False, server_default=""),
        sa.Column("interval_months", sa.Integer(), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("due_precision", sa.String(10), nullable=False, server_default="day"),
        sa.Column("status", sa.String(20), nullable=False, server_default="not_started"),
        sa.Column("submitted_on", sa.Date(), nullable=True),
        _fk("responsible_id", "designations.id", "obligations", "SET NULL"),
        sa.Column("notes", sa.Text(), nullable=False, server_default=""),
        sa.Column("checked_on", sa.Date(), nullable=True),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
    )
    op.create_table(
        "datasets",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(300), nullable=False),
        sa.Column("custodian", sa.String(300), nullable=False, server_default=""),
        sa.Column("update_frequency", sa.String(100), nullable=False, server_default=""),
        sa.Column("last_updated", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False, server_default=""),
    )
    op.create_table(
        "dataset_uses",
        sa.Column(
            "dataset_id",
            sa.Integer(),
            sa.ForeignKey(
                "datasets.id", ondelete="CASCADE", name="fk_dataset_uses_dataset_id_datasets"
            ),
            primary_key=True,
        ),
        sa.Column(
            "obligation_id",
            sa.Integer(),
            sa.ForeignKey(
                "obligations.id",
                ondelete="CASCADE",
                name="fk_dataset_uses_obligation_id_obligations",
            ),
            primary_key=True,
        ),
    )


def downgrade() -> None:
    for table in (
        "dataset_uses",
        "datasets",
        "obligations",
        "alignments",
        "custom_targets",
        "custom_frameworks",
        "national_targets",
        "workspace_settings",
    ):
        op.drop_table(table)
