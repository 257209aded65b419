"""The layer rules of ARCHITECTURE.md, enforced on the source text of every module."""

import ast
from pathlib import Path

import synergy_desktop

PACKAGE = Path(synergy_desktop.__file__).parent
BELOW_UI = ("domain", "content", "storage", "services", "formats")
WIDGET_MODULES = ("PySide6.QtWidgets", "PySide6.QtGui", "PySide6.QtCharts")


def imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def modules(layer: str):
    return sorted((PACKAGE / layer).rglob("*.py"))


def test_no_widgets_below_the_ui_layer():
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for layer in BELOW_UI
        for path in modules(layer)
        for name in imports(path)
        if name.startswith(WIDGET_MODULES)
    ]
    assert offenders == []


def test_domain_is_pure():
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in modules("domain")
        for name in imports(path)
        if name.startswith(("PySide6", "sqlalchemy", "openpyxl", "synergy_desktop.storage"))
    ]
    assert offenders == []


def test_ui_never_touches_the_orm():
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in modules("ui")
        for name in imports(path)
        if name.startswith(("sqlalchemy", "synergy_desktop.storage.models"))
    ]
    assert offenders == []


def test_modules_stay_small():
    large = [
        f"{path.relative_to(PACKAGE)}: {n} lines"
        for path in PACKAGE.rglob("*.py")
        if (n := len(path.read_text("utf-8").splitlines())) > 450
    ]
    assert large == []
