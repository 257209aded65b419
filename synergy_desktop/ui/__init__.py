"""The Qt user interface: the only layer that imports PySide6 widgets."""

from synergy_desktop.ui.shared import import_checks as _import_checks

_import_checks.install()  # before the window's modules are imported (see import_checks)
