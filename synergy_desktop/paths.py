"""Where Synergy Desktop keeps its files.

Every location comes from platformdirs and can be overridden, so that tests, trainers and
portable installs can point anywhere:

- ``SYNERGY_DATA_DIR``   — the folder for workspaces and imported framework packs;
- ``SYNERGY_CONFIG_DIR`` — the folder for the settings file;
- ``SYNERGY_LOG_DIR``    — the folder for the rotating log file;
- ``SYNERGY_WORKSPACE``  — the workspace to open (a path or a database URL).

Command-line flags (``--workspace``) win over the environment, which wins over the defaults.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "SynergyDesktop"
APP_AUTHOR = "SynergyDesktop"
DEFAULT_WORKSPACE_NAME = "workspace.synergy"


def data_dir() -> Path:
    override = os.environ.get("SYNERGY_DATA_DIR")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def config_dir() -> Path:
    override = os.environ.get("SYNERGY_CONFIG_DIR")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR))


def log_dir() -> Path:
    override = os.environ.get("SYNERGY_LOG_DIR")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def default_workspace() -> Path:
    return data_dir() / DEFAULT_WORKSPACE_NAME


def resolve_workspace(flag: str | None) -> str:
    """The workspace to use: the flag, else ``SYNERGY_WORKSPACE``, else the default file.

    Returns a path or a database URL as a string.
    """
    if flag:
        return flag
    env = os.environ.get("SYNERGY_WORKSPACE")
    if env:
        return env
    return str(default_workspace())


def is_database_url(location: str) -> bool:
    return "://" in location


def package_dir() -> Path:
    return Path(__file__).resolve().parent


def resources_dir() -> Path:
    """Shipped data: inside the package in a wheel, at the project top level in a checkout."""
    inside = package_dir() / "resources"
    if inside.is_dir():
        return inside
    return package_dir().parent / "resources"


def translations_dir() -> Path:
    inside = package_dir() / "i18n"
    if inside.is_dir():
        return inside
    return package_dir().parent / "i18n"
