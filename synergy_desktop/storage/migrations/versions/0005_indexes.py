"""Indexes for workspaces that have grown for years.

- ``change_history (assessment_id, option_id, changed_at)``: the history of one option of one
  round, newest first, is read at every change of option; the index finds its rows and gives
  them in order (it replaces the index on ``assessment_id`` alone, which it covers).
- ``designations (ended_on, instrument, role)``: the current holders (``ended_on`` empty) in the
  order the register shows them, without reading every former holder.
- ``designations (successor_id)``: who held a role before (the hand-over note).
- ``obligations (responsible_id)``: the reports a focal point is responsible for (they pass to
  the new holder at a hand-over).

Generic operations only (the same revision upgrades a team's PostgreSQL workspace).

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28
"""

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("change_history") as batch:
        batch.drop_index("ix_change_history_assessment_id")
        batch.create_index("ix_change_history_option", ["assessment_id", "option_id", "changed_at"])
    with op.batch_alter_table("designations") as batch:
        batch.create_index("ix_designations_current", ["ended_on", "instrument", "role"])
        batch.create_index("ix_designations_successor_id", ["successor_id"])
    with op.batch_alter_table("obligations") as batch:
        batch.create_index("ix_obligations_responsible_id", ["responsible_id"])


def downgrade() -> None:
    with op.batch_alter_table("obligations") as batch:
        batch.drop_index("ix_obligations_responsible_id")
    with op.batch_alter_table("designations") as batch:
        batch.drop_index("ix_designations_successor_id")
        batch.drop_index("ix_designations_current")
    with op.batch_alter_table("change_history") as batch:
        batch.drop_index("ix_change_history_option")
        batch.create_index("ix_change_history_assessment_id", ["assessment_id"])
