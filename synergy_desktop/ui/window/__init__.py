"""The main window, its start page and the workspace-wide actions of its menus."""
