"""Alembic environment: always run from code with an open connection (see storage.workspace)."""

from alembic import context

from synergy_desktop.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "Synergy Desktop migrations run when a workspace is opened; they need a connection."
    )


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    # The server's workspace mark (migration 0001) is not a model.
    return not (type_ == "table" and name == "synergy_workspace")


context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode rebuilds tables safely
    compare_type=True,
    include_object=include_object,
)
with context.begin_transaction():
    context.run_migrations()
