"""What the bundled folder keeps of Qt (packaging/qt_trim.py), for the file layouts of the
Linux, Windows and macOS wheels of PySide6. The build itself is checked by scripts/check_bundle.sh.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtCore import QLibraryInfo

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("qt_trim", ROOT / "packaging" / "qt_trim.py")
qt_trim = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(qt_trim)


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/plugins/platforms/libqoffscreen.so",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/plugins/platforms/libqwayland.so",
        "PySide6\\plugins\\platforms\\qwindows.dll",
        "PySide6/plugins/styles/qmodernwindowsstyle.dll",
        "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
        "PySide6/Qt/plugins/imageformats/libqjpeg.so",
        "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
        "PySide6/Qt/translations/qtbase_zh_CN.qm",
        "PySide6/translations/qtbase_ar.qm",
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/lib/libQt6Charts.so.6",
        "PySide6/Qt6Gui.dll",
        "PySide6/Qt/lib/QtWidgets.framework/Versions/A/QtWidgets",
        "PySide6/QtCharts.abi3.so",
        "synergy_desktop/resources/frameworks/default/pack.json",
        "libpython3.11.so.1.0",
    ],
)
def test_kept(dest):
    assert qt_trim.keep(dest)


@pytest.mark.parametrize(
    "dest",
    [
        "PySide6/Qt/plugins/platforms/libqeglfs.so",
        "PySide6/Qt/plugins/platforms/libqvnc.so",
        "PySide6/plugins/platforms/qdirect2d.dll",
        "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
        "PySide6/Qt/plugins/imageformats/libqpdf.so",
        "PySide6/Qt/plugins/iconengines/libqsvgicon.so",
        "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
        "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so",
        "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
        "PySide6/Qt/translations/qtbase_de.qm",
        "PySide6/Qt/translations/qt_fr.qm",
        "PySide6/translations/qtwebengine_ar.qm",
        "PySide6/Qt/lib/libQt6Quick.so.6",
        "PySide6/Qt/lib/libQt6WebEngineCore.so.6",
        "PySide6/Qt6Pdf.dll",
        "PySide6/Qt/lib/QtQml.framework/Versions/A/QtQml",
        "PySide6/Qt/lib/QtQuick.framework/Resources/Info.plist",
        "PySide6/Qt/qml/QtQuick/Controls/qmldir",
    ],
)
def test_dropped(dest):
    assert not qt_trim.keep(dest)


def test_qt_translations_exist_for_every_shipped_language():
    assert {"en", "zh_CN", "fr", "es", "ar", "ru"} <= set(qt_trim.LANGUAGES)
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    missing = [code for code in qt_trim.LANGUAGES if not (folder / f"qtbase_{code}.qm").is_file()]
    assert missing == []
