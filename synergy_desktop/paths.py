"""Where Synergy Desktop keeps its files.

Every location comes from platformdirs and can be overridden, so that tests, trainers and
portable installs can point anywhere:

- ``SYNERGY_DATA_DIR``   — the folder for workspaces and imported framework packs;
- ``SYNERGY_CONFIG_DIR`` — the folder for the settings file;
- ``SYNERGY_LOG_DIR``    — the folder for the rotating log file;
- ``SYNERGY_WORKSPACE``  — the workspace to open (a path or a database URL).

Command-line flags (``--workspace``) win over the environment, which wins over the defaults.

**Portable mode**: in the bundled folder (PyInstaller, ``sys.frozen``), a file named ``portable``
(or ``portable.txt``, as Windows hides extensions) next to the programs moves every default into
a ``data/`` folder beside them — workspaces and demo in ``data/``, settings in ``data/config/``,
the log in ``data/logs/`` — so a USB stick carries everything and the host keeps nothing. The
environment variables still win.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

import platformdirs

APP_NAME = "SynergyDesktop"
APP_AUTHOR = "SynergyDesktop"
DEFAULT_WORKSPACE_NAME = "workspace.synergy"
PORTABLE_MARKERS = ("portable", "portable.txt")
PORTABLE_DATA = "data"


def is_frozen() -> bool:
    """True inside the bundled folder built by PyInstaller."""
    return bool(getattr(sys, "frozen", False))


def program_dir() -> Path:
    """The folder the user sees holding the programs (for a macOS ``.app``, the folder holding
    the ``.app``, not ``Contents/MacOS`` inside it)."""
    folder = Path(sys.executable).resolve().parent
    if folder.name == "MacOS" and folder.parent.name == "Contents":
        app = folder.parent.parent
        if app.suffix == ".app":
            return app.parent
    return folder


def portable_root() -> Path | None:
    """``data/`` beside the programs in portable mode, else None (see the module text)."""
    if not is_frozen():
        return None
    folder = program_dir()
    if any((folder / marker).is_file() for marker in PORTABLE_MARKERS):
        return folder / PORTABLE_DATA
    return None


def _location(variable: str, portable_sub: str, default: Callable[[str, str], str]) -> Path:
    override = os.environ.get(variable)
    if override:
        return Path(override).expanduser()
    root = portable_root()
    if root is not None:
        return root / portable_sub
    return Path(default(APP_NAME, APP_AUTHOR))


def data_dir() -> Path:
    return _location("SYNERGY_DATA_DIR", "", platformdirs.user_data_dir)


def config_dir() -> Path:
    return _location("SYNERGY_CONFIG_DIR", "config", platformdirs.user_config_dir)


def log_dir() -> Path:
    return _location("SYNERGY_LOG_DIR", "logs", platformdirs.user_log_dir)


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


def _shipped(name: str) -> Path:
    """Shipped data: in the bundled folder under ``sys._MEIPASS/synergy_desktop/`` (the spec puts
    it there), inside the package in a wheel, at the project top level in a checkout."""
    bundle = getattr(sys, "_MEIPASS", None)
    if is_frozen() and bundle:
        return Path(bundle) / "synergy_desktop" / name
    inside = package_dir() / name
    if inside.is_dir():
        return inside
    return package_dir().parent / name


def resources_dir() -> Path:
    return _shipped("resources")


def translations_dir() -> Path:
    return _shipped("i18n")
