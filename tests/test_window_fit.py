"""The window on laptop screens: it fits the screen, the status bar shows, and the Assessment
page shows every answer field and the option's text without a scroll bar, in three languages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QRect, QSize

from synergy_desktop.ui.window.fit import FRAME, initial_geometry
from synergy_desktop.ui.window.main_window import MainWindow

#: Started in a fresh process on a screen of the given size (Qt's offscreen platform reads the
#: screens from a file), the real window opens the demo and reports what a user would see.
PROBE = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtCore import QCoreApplication
    from synergy_desktop.cli import main as cli_main
    from synergy_desktop.content.packs import load_default_pack
    from synergy_desktop.ui.app import create_application
    from synergy_desktop.ui.shared.settings import Settings
    from synergy_desktop.ui.window.main_window import MainWindow

    def settle():
        for _ in range(10):
            QCoreApplication.processEvents()

    app = create_application()
    cli_main(["demo", "--workspace", sys.argv[1]])
    settings = Settings()
    settings.author = "Probe"
    window = MainWindow(settings, load_default_pack())
    window.show()
    window.files.open_location(sys.argv[1])
    report = {"screen": list(window.screen().availableGeometry().getRect())}
    for lang in ("en", "zh_CN", "ar"):
        window.set_language(lang)
        settle()
        view = window.view
        page = view.page
        viewport = page.form_scroll.viewport()
        def inside(widget):
            top_left = widget.mapTo(viewport, widget.rect().topLeft())
            bottom = top_left.y() + widget.height()
            return widget.isVisible() and top_left.y() >= 0 and bottom <= viewport.height()
        bar = window.statusBar()
        report[lang] = {
            "frame": list(window.frameGeometry().getRect()),
            "status_bar_bottom": bar.mapTo(window, bar.rect().bottomLeft()).y(),
            "window_height": window.height(),
            "status_bar_visible": bar.isVisible(),
            "form_scrolls": page.form_scroll.verticalScrollBar().maximum(),
            "fields_hidden": [
                name for name, label in page.labels.items()
                if not (inside(label) and inside(label.buddy()))
            ],
            "guide_width": page.guide.width() if page.guide.isVisible() else 0,
            "history_shown": view.history_panel.isVisible(),
            "evidence_lines": page.texts["evidence"].height()
            // page.texts["evidence"].fontMetrics().lineSpacing(),
        }
    window.set_language("en")
    window.files.close_workspace()
    window.close()
    print(json.dumps(report))
    """
)


def probe(tmp_path, width: int, height: int) -> dict:
    screens = tmp_path / "screens.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height}
    screen |= {"logicalDpiX": 96, "logicalDpiY": 96, "dpr": 1}
    screens.write_text(json.dumps({"windowFrameMargins": True, "screens": [screen]}))
    script = tmp_path / "probe.py"
    script.write_text(PROBE)
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screens}")
    result = subprocess.run(
        [sys.executable, str(script), str(tmp_path / "demo.synergy")],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


#: 1366×768, 1280×720, and 1280×720 less a 40-pixel task bar
@pytest.mark.parametrize(("width", "height"), [(1366, 768), (1280, 720), (1280, 680)])
def test_the_assessment_page_fits_a_laptop_screen(tmp_path, width, height):
    report = probe(tmp_path, width, height)
    x, y, w, h = report["screen"]
    for lang in ("en", "zh_CN", "ar"):
        seen = report[lang]
        fx, fy, fw, fh = seen["frame"]
        assert x <= fx and y <= fy and fx + fw <= x + w and fy + fh <= y + h, (lang, seen)
        assert seen["status_bar_visible"]
        assert seen["status_bar_bottom"] < seen["window_height"], (lang, seen)
        assert seen["form_scrolls"] == 0, (lang, seen)  # nothing scrolls in the form
        assert seen["fields_hidden"] == [], (lang, seen)
        assert seen["guide_width"] >= 300, (lang, seen)  # guidance and questions beside it
        assert not seen["history_shown"], (lang, seen)  # closed on a small screen
        assert seen["evidence_lines"] >= 2, (lang, seen)


def test_a_new_window_takes_the_room_the_screen_offers():
    laptop = QRect(0, 0, 1366, 728)  # 1366×768 with a task bar
    placed = initial_geometry(laptop)
    assert placed.height() == 728 - FRAME.height() and placed.width() == 1280
    assert laptop.contains(placed)
    large = QRect(0, 0, 2560, 1400)
    assert initial_geometry(large).size() == QSize(1280, 800)
    assert large.contains(initial_geometry(large))


def test_a_size_remembered_on_a_larger_screen_is_shrunk(qtbot, settings, framework, dialogs):
    first = MainWindow(settings, framework)
    qtbot.addWidget(first)
    first.setGeometry(0, 0, 1600, 1200)  # larger than the 800×800 offscreen screen
    settings.set_geometry("main", first.saveGeometry())
    again = MainWindow(settings, framework)
    qtbot.addWidget(again)
    available = again.screen().availableGeometry()
    assert again.frameGeometry().height() <= available.height()
    assert again.frameGeometry().width() <= available.width()
