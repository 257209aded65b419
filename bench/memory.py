"""Peak memory of the running application with a ten-year workspace open, against a bare PySide6
QMainWindow, in the same run.

Run: python bench/memory.py [--rounds 3] [--workspace DECADE.synergy]
Each sample is a new process; it reports its own peak resident set (VmHWM on Linux, else
resource.getrusage's ru_maxrss, which on Linux a child inherits from its parent) once the window
has painted (the bare one) or once the workspace is usable and every page has been shown (ours:
the overview, the walk-through, the register, coordination, alignment and the calendar, as
someone looking around would).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import Result, from_pairs, print_results
from large_workspace import build_decade

GOAL_MIB = 60.0

PEAK = """
import resource, sys
def peak_mib():
    # Linux: this process's own high-water mark. ru_maxrss is not used there: a child keeps the
    # peak of the process it was forked from (the benchmark's own), so both sides would read it.
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return kib / 1024 if sys.platform != "darwin" else kib / 1024 / 1024
"""

BARE = (
    PEAK
    + """
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, app.quit)
        return False
w = QMainWindow(); w.resize(1280, 800)
watch = Watch(); w.installEventFilter(watch)
w.show()
app.exec()
print(f"peak {peak_mib():.1f}", flush=True)
"""
)

OURS = (
    PEAK
    + """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from synergy_desktop.ui import app as gui
from synergy_desktop.ui.window.workspace_tabs import PAGES
application = QApplication([sys.argv[0]])
args, _ = gui.parse_args(["--no-error-dialog", "--lang", "en"])
window = gui.start(args, gui.Settings(), None)

shown = []

def look_around():
    if window.session is None:
        QTimer.singleShot(20, look_around)
        return
    for name in PAGES:
        window.show_tab(name)
        application.processEvents()
        shown.append(name)
    QTimer.singleShot(0, application.quit)  # (quitting closes the window and the workspace)

QTimer.singleShot(0, look_around)
application.exec()
if shown != list(PAGES):
    sys.exit("the workspace never opened")
print(f"peak {peak_mib():.1f}", flush=True)
"""
)


def peak(code: str, env: dict[str, str]) -> float:
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=300
    )
    lines = [line for line in result.stdout.splitlines() if line.startswith("peak ")]
    if result.returncode != 0 or not lines:
        raise RuntimeError(f"the child failed: {result.stderr[-2000:]}")
    return float(lines[-1].split()[1])


def run(rounds: int = 3, workspace: Path | None = None) -> list[Result]:
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        source = workspace or build_decade(folder / "built.synergy").path
        path = folder / "decade.synergy"
        shutil.copyfile(source, path)
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env.update(
            QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            SYNERGY_CONFIG_DIR=str(folder),
            SYNERGY_DATA_DIR=str(folder),
            SYNERGY_LOG_DIR=str(folder),
            SYNERGY_WORKSPACE=str(path),
        )
        os.environ["SYNERGY_CONFIG_DIR"] = str(folder)
        from synergy_desktop.ui.shared.settings import Settings

        Settings().author = "bench"  # no name dialog
        peak(OURS, env)  # upgrades the copy once (not part of the samples)
        pairs = [(peak(OURS, env), peak(BARE, env)) for _ in range(rounds)]
    return [
        from_pairs(
            "peak memory, ten-year workspace open, every page shown",
            pairs,
            "bare QMainWindow",
            GOAL_MIB,
            unit="MiB",
        )
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workspace", type=Path, help="a workspace from build_decade")
    args = parser.parse_args()
    print_results(run(args.rounds, args.workspace))


if __name__ == "__main__":
    main()
