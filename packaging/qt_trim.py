"""What of Qt goes into the bundled folder: the rules the spec and its hooks share.

Only the Qt modules the application imports (plus QtCharts, for the dashboard) are analysed.
The hooks in ``hooks/`` replace PyInstaller's own for QtCore, QtGui and QtCharts so that dropped
plugins and translations never reach the dependency analysis (a dropped plugin would otherwise
still drag its libraries in, such as the GTK theme's GTK, cairo and pango). The spec applies
:func:`keep` once more to everything collected.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: The languages that ship (i18n/*.qm); Qt's own texts are kept for these only.
LANGUAGES = sorted(p.stem.removeprefix("synergy_desktop_") for p in (ROOT / "i18n").glob("*.qm"))

#: Qt for Python modules analysed: what the application imports, and QtCharts (the dashboard).
#: QPdfWriter (the PDF report) is part of QtGui.
QT_MODULES = ["QtCore", "QtGui", "QtWidgets", "QtCharts"]
#: Every other module of PySide6 is excluded. QtOpenGL(Widgets) as Python modules are not needed:
#: QtCharts links their Qt libraries, which stay.
QT_EXCLUDED = [
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtAxContainer", "QtBluetooth", "QtCanvasPainter", "QtConcurrent", "QtDataVisualization",
    "QtDBus", "QtDesigner", "QtGraphs", "QtGraphsWidgets", "QtHelp", "QtHttpServer",
    "QtLabsStyleKit", "QtLocation", "QtMultimedia", "QtMultimediaWidgets", "QtNetwork",
    "QtNetworkAuth", "QtNfc", "QtOpenGL", "QtOpenGLWidgets", "QtPdf", "QtPdfWidgets",
    "QtPositioning", "QtPrintSupport", "QtQml", "QtQmlFeatures", "QtQuick", "QtQuick3D",
    "QtQuickControls2", "QtQuickTest", "QtQuickWidgets", "QtRemoteObjects", "QtScxml",
    "QtSensors", "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql", "QtStateMachine",
    "QtSvg", "QtSvgWidgets", "QtTest", "QtTextToSpeech", "QtUiTools", "QtWebChannel",
    "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets", "QtWebView",
    "QtXml", "QtAsyncio",
]  # fmt: skip
EXCLUDED_MODULES = {f"PySide6.{name}" for name in QT_EXCLUDED}

#: Plugin folders kept, each with the name fragments of the plugins kept (None: all of them).
#: Every other folder (sql drivers, multimedia, print support, generic input, eglfs, icon
#: engines, network, QML tooling, ...) is dropped.
KEEP_PLUGINS: dict[str, list[str] | None] = {
    # offscreen (CI, screenshots); xcb and wayland on Linux; windows; cocoa on macOS.
    "platforms": ["offscreen", "xcb", "wayland", "windows", "cocoa"],
    "platforms/darwin": None,
    "xcbglintegrations": None,
    # Window decorations on Wayland (Adwaita, for GNOME, needs the small QtSvg library).
    "wayland-decoration-client": None,
    "wayland-graphics-integration-client": None,
    "wayland-shell-integration": None,
    # Desktop-portal file dialogs on Linux; the GTK theme would drag the build machine's GTK in.
    "platformthemes": ["xdgdesktopportal"],
    # Compose key (accents) and IBus (Chinese input) on Linux; not the virtual keyboard (QML).
    "platforminputcontexts": ["compose", "ibus"],
    # Native look on Windows and macOS.
    "styles": None,
    # PNG is built into QtGui; JPEG for pictures in reports, ICO for Windows icons.
    "imageformats": ["jpeg", "ico"],
}
#: Qt libraries no kept module or plugin needs (file names such as libQt6Quick.so.6,
#: Qt6Quick.dll, QtQuick.framework); a safety net behind the rules above.
DROP_QT_LIBS = re.compile(
    r"Qt6?(Qml|Quick|VirtualKeyboard|Pdf|Network|WebEngine|WebChannel|WebSockets|WebView|"
    r"3D|Multimedia|Sql|PrintSupport|Test|Designer|Help|Location|Positioning|Sensors|"
    r"Bluetooth|Nfc|SerialPort|SerialBus|TextToSpeech|Graphs|DataVisualization|RemoteObjects|"
    r"Scxml|StateMachine|SpatialAudio|HttpServer|NetworkAuth|UiTools|LabsStyleKit|"
    r"CanvasPainter|ShaderTools)"
)
_PLUGIN = re.compile(r"(?:^|/)plugins/(.+)/([^/]+)$")
_TRANSLATION = re.compile(r"(?:^|/)translations/([^/]+)\.qm$")


def keep(dest: str) -> bool:
    """Whether the file at ``dest`` (its path inside the folder) stays in the bundle."""
    dest = dest.replace("\\", "/")
    if not dest.startswith("PySide6/"):
        return True
    plugin = _PLUGIN.search(dest)
    if plugin:
        kind, name = plugin.groups()
        if kind not in KEEP_PLUGINS:
            return False
        names = KEEP_PLUGINS[kind]
        return names is None or any(part in name for part in names)
    translation = _TRANSLATION.search(dest)
    if translation:
        return translation.group(1) in {f"qtbase_{lang}" for lang in LANGUAGES}
    if "/qml/" in dest:
        return False
    names = [Path(dest).name, *(part for part in dest.split("/") if part.endswith(".framework"))]
    return not any(DROP_QT_LIBS.search(name) for name in names)


def trimmed_qt_dependencies(hook_file: str) -> tuple[list, list, list]:
    """PyInstaller's own collection for a PySide6 module, less what :func:`keep` drops."""
    from PyInstaller.utils.hooks.qt import add_qt6_dependencies

    hiddenimports, binaries, datas = add_qt6_dependencies(hook_file)

    def kept(entries):
        return [(src, dest) for src, dest in entries if keep(f"{dest}/{Path(src).name}")]

    hiddenimports = [name for name in hiddenimports if name not in EXCLUDED_MODULES]
    return hiddenimports, kept(binaries), kept(datas)


def prune(binaries: list) -> tuple[list, list]:
    """``binaries`` (the spec's TOC) less what :func:`keep` drops; a dropped library that a kept
    binary still links stays (the second list names them, for the build log)."""
    from PyInstaller.depend.bindepend import get_imports

    kept = [entry for entry in binaries if keep(entry[0])]
    dropped = [entry for entry in binaries if not keep(entry[0])]
    rescued: list = []
    scan = kept
    while dropped and scan:
        needed = set()
        for _dest, src, typecode in scan:
            if typecode in ("BINARY", "EXTENSION") and src and Path(src).is_file():
                needed |= {Path(name).name.lower() for name, _path in get_imports(src)}
        scan = [entry for entry in dropped if Path(entry[0]).name.lower() in needed]
        dropped = [entry for entry in dropped if entry not in scan]
        rescued += scan
    return kept + rescued, rescued
