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


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _graph() -> dict[str, set[str]]:
    """Every module of the package and the package modules it imports (at any depth)."""
    paths = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in paths.items():
        targets = set()
        for imported in imports(path):
            while imported and imported not in paths:
                imported = imported.rpartition(".")[0]
            if imported and imported != name and imported != "synergy_desktop":
                targets.add(imported)
        graph[name] = targets
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one member (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def test_no_pyside_outside_the_ui_layer():
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in PACKAGE.rglob("*.py")
        if path.relative_to(PACKAGE).parts[0] != "ui"
        for name in imports(path)
        if name.startswith("PySide6")
    ]
    assert offenders == []


def test_faces_reach_storage_only_through_the_context():
    faces = [*modules("ui"), PACKAGE / "cli.py"]
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in faces
        for name in imports(path)
        if name.startswith("synergy_desktop.storage")
    ]
    assert offenders == []


def test_file_formats_do_not_use_services():
    offenders = [
        f"{path.relative_to(PACKAGE)} imports {name}"
        for path in modules("formats")
        for name in imports(path)
        if name.startswith(("synergy_desktop.services", "synergy_desktop.ui"))
    ]
    assert offenders == []


def test_no_import_cycle_between_files():
    assert _cycles(_graph()) == []


def test_no_import_cycle_between_packages():
    packages: dict[str, set[str]] = {}
    for module, targets in _graph().items():
        layer = _layer(module)
        packages.setdefault(layer, set()).update(_layer(t) for t in targets if _layer(t) != layer)
    assert _cycles(packages) == []


def test_the_cycle_finder_finds_a_cycle():
    """The checks above can fail: a made-up graph with a cycle is reported."""
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
