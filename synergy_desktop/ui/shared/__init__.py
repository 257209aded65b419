"""What the pages share: tasks, error dialogs, table models, settings, languages."""
