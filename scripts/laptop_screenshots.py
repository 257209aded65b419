"""Render the Assessment page as it shows on a laptop screen, for the README.

    python scripts/laptop_screenshots.py docs/

writes assessment-1280.png (English), assessment-ar-1280.png (Arabic) and presenter.png
(presenter mode), each from the demo workspace on a 1280×720 screen. Every picture is made in a
fresh process, since the screen size is fixed when Qt starts (offscreen platform, screens file).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

SHOTS = (  # file, language, presenter mode
    ("assessment-1280.png", "en", False),
    ("assessment-ar-1280.png", "ar", False),
    ("presenter.png", "en", True),
)
SCREEN = (1280, 720)

ONE_SHOT = """
import sys
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from synergy_desktop.cli import main as cli_main
from synergy_desktop.content.packs import load_default_pack
from synergy_desktop.ui.app import create_application
from synergy_desktop.ui.shared.settings import Settings
from synergy_desktop.ui.window.main_window import MainWindow

target, lang, presenter, workspace = sys.argv[1], sys.argv[2], sys.argv[3] == "1", sys.argv[4]
app = create_application()
cli_main(["demo", "--workspace", workspace])
settings = Settings()
settings.author = "Screenshot"
window = MainWindow(settings, load_default_pack())
window.set_language(lang)
window.showMaximized()
window.files.open_location(workspace)
window.view.select_option("A1")
if presenter:
    window.findChild(QAction, "presenterModeAction").trigger()
window.activateWindow()
for _ in range(20):
    QCoreApplication.processEvents()
window.view.page.focus_first_field()  # the focus ring, in presenter mode
for _ in range(20):
    QCoreApplication.processEvents()
window.grab().save(target)
if presenter:
    window.findChild(QAction, "presenterModeAction").trigger()
window.files.close_workspace()
window.close()
"""


def main(outdir: str) -> int:
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        screens = Path(scratch) / "screens.json"
        width, height = SCREEN
        screen = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height}
        screens.write_text(json.dumps({"screens": [screen]}))
        script = Path(scratch) / "shot.py"
        script.write_text(ONE_SHOT)
        for name, lang, presenter in SHOTS:
            env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screens}")
            env.update(SYNERGY_CONFIG_DIR=scratch, SYNERGY_DATA_DIR=scratch)
            folder = Path(scratch) / Path(name).stem
            folder.mkdir()
            workspace = str(folder / "demo.synergy")
            args = [str(out / name), lang, "1" if presenter else "0", workspace]
            subprocess.run(
                [sys.executable, str(script), *args], env=env, check=True, capture_output=True
            )
            print(out / name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else "docs"))
