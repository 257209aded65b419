"""Process start to main window shown (demo workspace open) vs a bare PySide6 QMainWindow.

Run: python bench/startup.py [--repeat 5]
Each sample is a new Python process; the child prints when its first window is shown.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import report

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1280, 800); w.show()
QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
app.exec()
"""

OURS = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from synergy_desktop.ui import app as gui
from synergy_desktop.ui.window.main_window import MainWindow
application = QApplication.instance()
original_show = MainWindow.show
def show(self):
    original_show(self)
    QTimer.singleShot(0, lambda: (print("shown", flush=True), QApplication.quit()))
MainWindow.show = show
sys.exit(gui.main(["--workspace", sys.argv[1], "--no-error-dialog"]))
"""


def sample(code: str, *args: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=env
    )
    for line in process.stdout:
        if line.strip() == "shown":
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError("the window was never shown")
    process.wait(timeout=60)
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["SYNERGY_CONFIG_DIR"] = folder
        workspace = str(Path(folder) / "demo.synergy")
        subprocess.run(
            [sys.executable, "-m", "synergy_desktop", "demo", "--workspace", workspace],
            check=True,
            capture_output=True,
        )
        from synergy_desktop.ui.shared.settings import Settings

        Settings().author = "bench"
        sample(BARE)  # warm the file cache for both
        sample(OURS, workspace)
        bare = statistics.median(sample(BARE) for _ in range(args.repeat))
        ours = statistics.median(sample(OURS, workspace) for _ in range(args.repeat))
    report("startup to main window with the demo open", ours, bare, "bare QMainWindow")


if __name__ == "__main__":
    main()
