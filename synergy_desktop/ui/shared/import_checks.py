"""Spare PySide's source check of modules that cannot use Qt.

Once PySide6 is imported, every later import passes through its ``__feature__`` hook, which reads
the whole source of each new module (``inspect.getsource``, kept in ``linecache``) to see whether
it mentions PySide6. A module that does not is marked "ignore" (-1). For the database layer
opened after the window shows (SQLAlchemy and the standard library modules it pulls in) that
costs about 17 MiB of source lines kept in memory and a good part of the import time.

:func:`install` marks, before they are imported, the modules known not to use Qt: the standard
library, the non-Qt libraries the application uses and its own layers below ``ui`` (a test keeps
PySide6 out of them) as not using Qt, and the window's own modules as using it. PySide reaches
the same verdicts; it is only spared reading them. Nothing happens if PySide's internals differ
from what this expects.
"""

from __future__ import annotations

import linecache
import sys

LIBRARIES = frozenset(
    (
        "sqlalchemy",
        "alembic",
        "mako",
        "openpyxl",
        "et_xmlfile",
        "docx",
        "lxml",
        "typing_extensions",
        "greenlet",
        "psycopg",
        "psycopg_binary",
        "platformdirs",
    )
)
OWN_LAYERS = tuple(
    f"synergy_desktop.{layer}" for layer in ("domain", "content", "storage", "services", "formats")
)
IGNORE = -1  # PySide's mark for "this module does not use PySide"
USES_QT = 0  # PySide's mark for "this module uses PySide (no __feature__ selected)"


class _NoQtModules:
    """A meta-path finder that finds nothing: it only marks the module about to be imported."""

    def find_spec(self, name: str, path=None, target=None):
        top = name.partition(".")[0]
        if top in sys.stdlib_module_names or top in LIBRARIES or name.startswith(OWN_LAYERS):
            mark = IGNORE
        elif name.startswith("synergy_desktop.ui."):
            mark = USES_QT  # the window's own modules: Qt is what they are about
        else:
            return None
        marks = getattr(sys.modules.get("shibokensupport.feature"), "pyside_feature_dict", None)
        if isinstance(marks, dict) and name not in marks:
            marks[name] = mark
        return None


def install() -> None:
    """Mark the modules imported from now on (once per process)."""
    if not any(isinstance(finder, _NoQtModules) for finder in sys.meta_path):
        sys.meta_path.insert(0, _NoQtModules())


def forget_source_lines() -> None:
    """Drop the source lines PySide read before :func:`install` (a traceback reads them again
    when it needs them): a few MiB the database layer can reuse."""
    linecache.clearcache()
