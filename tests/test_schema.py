"""The migrations build exactly the schema that storage/models.py describes.

The engine comes from a fixture so that the same checks can run against PostgreSQL once that
backend lands (parametrise ``empty_engine``).
"""

from __future__ import annotations

import shutil

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import URL, create_engine

from synergy_desktop.storage.models import Base
from synergy_desktop.storage.workspace import _alembic_config, _upgrade, open_workspace
from tests.conftest import FIXTURES

FIXTURE_FILES = sorted((FIXTURES / "workspaces").glob("schema-*.synergy"))


def _server_default_differs(
    context, inspected, metadata, inspected_default, metadata_default, rendered_metadata_default
):
    """Alembic's SQLite comparison reads an empty-string default, stored as ``('')``, as
    different from ``""``; decide that case and leave every other one to Alembic (None)."""
    if context.dialect.name == "sqlite" and rendered_metadata_default == "":
        return inspected_default not in ("''", "('')")
    return None


def schema_differences(engine) -> list:
    """What Alembic's autogenerate would change to turn the database into the models."""
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={"compare_type": True, "compare_server_default": _server_default_differs},
        )
        return compare_metadata(context, Base.metadata)


@pytest.fixture
def empty_engine(tmp_path):
    """An empty database to migrate."""
    engine = create_engine(URL.create("sqlite+pysqlite", database=str(tmp_path / "empty.db")))
    yield engine
    engine.dispose()


def test_migrations_build_exactly_the_schema_of_the_models(empty_engine):
    _upgrade(empty_engine)
    assert schema_differences(empty_engine) == []


def test_the_comparison_sees_what_a_migration_leaves_out(empty_engine):
    """Stop before the stable ids: the check must report the missing uid columns and indexes."""
    config = _alembic_config()
    with empty_engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0003")
    differences = schema_differences(empty_engine)
    added = {(d[0], d[2], d[3].name) for d in differences if d[0] == "add_column"}
    assert ("add_column", "assessments", "uid") in added
    assert ("add_column", "change_history", "uid") in added
    assert any(d[0] == "add_index" and d[1].name == "ix_responses_uid" for d in differences)


def test_server_defaults_are_compared(empty_engine):
    _upgrade(empty_engine)
    column = Base.metadata.tables["responses"].c.rating
    saved = column.server_default
    column.server_default = None
    try:
        differences = schema_differences(empty_engine)
    finally:
        column.server_default = saved
    assert [(d[0][0], d[0][2], d[0][3]) for d in differences] == [
        ("modify_default", "responses", "rating")
    ]


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=lambda p: p.stem)
def test_every_upgraded_fixture_has_the_schema_of_the_models(tmp_path, fixture):
    target = tmp_path / fixture.name
    shutil.copy(fixture, target)
    workspace = open_workspace(target)
    try:
        assert schema_differences(workspace.engine) == []
    finally:
        workspace.close()
