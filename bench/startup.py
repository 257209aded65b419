"""Process start to the first painted window, and to the workspace usable, against a bare
PySide6 QMainWindow painted for the first time, in the same run.

Run: python bench/startup.py [--rounds 7] [--workspace PATH]
Each sample is a new Python process: a bare window, then ours, then a bare one again... Ours runs
the real entry point (``synergy_desktop.ui.app.main``) with the demo workspace (or PATH) as the
last workspace; an application-wide event filter prints when the main window first paints and
when the workspace's pages first paint.
"""

from __future__ import annotations

import argparse
import compileall
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import Result, from_pairs, print_results

PACKAGE = Path(__file__).resolve().parent.parent / "synergy_desktop"
PAINTED_GOAL = 1.5
USABLE_GOAL = 2.5
BASELINE = "bare QMainWindow first paint"

BARE = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", time.process_time(), flush=True)
            watched.removeEventFilter(self)
            QTimer.singleShot(0, app.quit)
        return False
w = QMainWindow(); w.resize(1280, 800)
watch = Watch(); w.installEventFilter(watch)
w.show()
app.exec()
"""

OURS = """
import sys, time
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
PAINT = QEvent.Type.Paint
class Watch(QObject):
    painted = False
    def eventFilter(self, watched, event):
        if event.type() != PAINT or not watched.isWidgetType():
            return False
        window = watched.window()
        if not self.painted and type(window).__name__ == "MainWindow":
            self.painted = True
            print("painted", time.process_time(), flush=True)
        tabs = getattr(window, "tabs", None)
        if self.painted and tabs is not None and (watched is tabs or tabs.isAncestorOf(watched)):
            print("usable", time.process_time(), flush=True)
            QCoreApplication.instance().removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False
watch = Watch()
QApplication.instance() or QApplication([sys.argv[0]])
QCoreApplication.instance().installEventFilter(watch)
from synergy_desktop.ui import app as gui
sys.exit(gui.main(["--no-error-dialog"]))
"""


def sample(code: str, env: dict[str, str]) -> dict[str, float]:
    """Seconds from process start to each mark the child prints ("painted", "usable"), and the
    child's own CPU seconds at that mark ("painted cpu", "usable cpu": what load on the machine
    affects least)."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    marks = {}
    for line in process.stdout:
        mark, _, cpu = line.strip().partition(" ")
        marks[mark] = time.perf_counter() - start
        marks[f"{mark} cpu"] = float(cpu)
    if process.wait(timeout=120) != 0 or "painted" not in marks:
        raise RuntimeError(f"the child failed or never painted: {marks}")
    return marks


def run(rounds: int = 7, workspace: Path | None = None) -> list[Result]:
    with tempfile.TemporaryDirectory() as folder:
        # As installed (pip and the bundle compile every module), not as a source tree run
        # with PYTHONDONTWRITEBYTECODE: compile ours once, then let the children use it.
        compileall.compile_dir(str(PACKAGE), quiet=1)
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env.update(
            QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            SYNERGY_CONFIG_DIR=folder,
            SYNERGY_DATA_DIR=folder,
            SYNERGY_LOG_DIR=folder,
        )
        if workspace is None:
            workspace = Path(folder) / "demo.synergy"
            subprocess.run(
                [sys.executable, "-m", "synergy_desktop", "demo", "--workspace", str(workspace)],
                check=True,
                capture_output=True,
                env=env,
            )
        env["SYNERGY_WORKSPACE"] = str(workspace)
        os.environ["SYNERGY_CONFIG_DIR"] = folder
        from synergy_desktop.ui.shared.settings import Settings

        Settings().author = "bench"  # no name dialog
        sample(BARE, env), sample(OURS, env)  # warm the file cache for both
        pairs = {key: [] for key in ("painted", "usable", "painted cpu", "usable cpu")}
        for _ in range(rounds):
            bare = sample(BARE, env)
            ours = sample(OURS, env)
            for key in pairs:
                pairs[key].append((ours[key], bare[key.replace("usable", "painted")]))
    name = workspace.name
    return [
        from_pairs("start: first painted window", pairs["painted"], BASELINE, PAINTED_GOAL),
        from_pairs(f"start: workspace usable ({name})", pairs["usable"], BASELINE, USABLE_GOAL),
        from_pairs(
            "  the same in CPU time: first painted window",
            pairs["painted cpu"],
            "bare QMainWindow, CPU time",
            PAINTED_GOAL,
        ),
        from_pairs(
            f"  the same in CPU time: workspace usable ({name})",
            pairs["usable cpu"],
            "bare QMainWindow, CPU time",
            USABLE_GOAL,
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--workspace", type=Path, help="open this workspace instead of the demo")
    args = parser.parse_args()
    print_results(run(args.rounds, args.workspace))


if __name__ == "__main__":
    main()
