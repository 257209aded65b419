"""Stable ids: a uid on every row that two copies of a workspace may share.

Every existing row gets a fresh random UUID. Copies of a workspace made *after* this upgrade share
their ids; two copies of an older file that are upgraded separately do not (nothing in an older
file tells which rows of two copies are the same record).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

#: The tables that get a uid, parents before children.
TABLES = (
    "assessments",
    "responses",
    "change_history",
    "contacts",
    "designations",
    "mechanisms",
    "mechanism_members",
    "meetings",
    "national_targets",
    "alignments",
    "custom_frameworks",
    "custom_targets",
    "obligations",
    "datasets",
)
BATCH_SIZE = 5000


def _fill(table: str) -> None:
    """A fresh uuid4 for every row, in batches so a large history stays within memory."""
    bind = op.get_bind()
    rows = sa.table(table, sa.column("id", sa.Integer), sa.column("uid", sa.String(36)))
    update = (
        rows.update().where(rows.c.id == sa.bindparam("row_id")).values(uid=sa.bindparam("new"))
    )
    ids = bind.execute(sa.select(rows.c.id).where(rows.c.uid.is_(None))).scalars().all()
    for start in range(0, len(ids), BATCH_SIZE):
        bind.execute(
            update,
            [{"row_id": i, "new": str(uuid.uuid4())} for i in ids[start : start + BATCH_SIZE]],
        )


def upgrade() -> None:
    # SQLite: adding a nullable column is a plain ALTER TABLE; making it NOT NULL rebuilds the
    # table once (batch mode; storage.workspace runs migrations with foreign keys off, so the
    # rebuild does not cascade to the rows that refer to the table).
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("uid", sa.String(36), nullable=True))
        _fill(table)
        with op.batch_alter_table(table) as batch:
            batch.alter_column("uid", existing_type=sa.String(36), nullable=False)
            batch.create_index(f"ix_{table}_uid", ["uid"], unique=True)


def downgrade() -> None:
    for table in reversed(TABLES):
        with op.batch_alter_table(table) as batch:
            batch.drop_index(f"ix_{table}_uid")
            batch.drop_column("uid")
