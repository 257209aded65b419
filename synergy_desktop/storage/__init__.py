"""The workspace store: SQLAlchemy models, opening and checking workspaces, migrations, backups."""
