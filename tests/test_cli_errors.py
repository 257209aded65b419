"""Bad input on the command line: one plain sentence and exit code 1, or argparse's usage and
exit code 2 for a mistake in the arguments themselves; never a traceback. Each case runs the
real `synergy` process, as a user would."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys

import pytest

from synergy_desktop.cli import main

LINUX = sys.platform.startswith("linux")
NO_DAC = [  # root reads every file; without these capabilities permissions apply to it too
    "setpriv",
    "--inh-caps=-dac_override,-dac_read_search",
    "--bounding-set=-dac_override,-dac_read_search",
]


@pytest.fixture(scope="module")
def place(tmp_path_factory):
    """A folder with a demo workspace, a questionnaire of it, a text file, a sub-folder and
    two files nobody may read."""
    root = tmp_path_factory.mktemp("cli-errors")
    workspace = root / "demo.synergy"
    assert main(["demo", "--workspace", str(workspace)]) == 0
    assert main(["questionnaire", str(root / "q.xlsx"), "--workspace", str(workspace)]) == 0
    (root / "notes.txt").write_text("hello", "utf-8")
    (root / "folder").mkdir()
    for name in ("locked.synergy", "locked.xlsx"):
        shutil.copyfile(workspace if name.endswith(".synergy") else root / "q.xlsx", root / name)
        (root / name).chmod(0)
    return root


W = ("--workspace", "demo.synergy")
CASES = [
    # (arguments, exit code, words the message must contain)
    (("list", "--workspace", "missing.synergy"), 1, "There is no workspace at missing.synergy"),
    (("list", "--workspace", "folder"), 1, "it is a folder, not a file"),
    (("list", "--workspace", "locked.synergy"), 1, "cannot be read (Permission denied)"),
    (("demo", "--workspace", "/proc/d.synergy"), 1, "A new workspace cannot be created at"),
    (("export", "out.xlsx", *W, "--assessment", "99"), 1, "no assessment with id 99"),
    (("export", "out.xlsx", *W, "--assessment", "x"), 2, "invalid int value: 'x'"),
    (("export", "out.xlsx", *W, "--lang", "xx"), 2, "invalid choice: 'xx'"),
    (("export", "gone/out.xlsx", *W), 1, "The folder gone does not exist"),
    (("questionnaire", "q2.xlsx", *W, "--assessment", "99"), 1, "no assessment with id 99"),
    (("import-questionnaire", "missing.xlsx", *W, "--assessment", "2"), 1, "does not exist"),
    (("import-questionnaire", "folder", *W, "--assessment", "2"), 1, "cannot be read"),
    (("import-questionnaire", "notes.txt", *W, "--assessment", "2"), 1, "not an Excel workbook"),
    (("import-questionnaire", "locked.xlsx", *W, "--assessment", "2"), 1, "Permission denied"),
    (("import-questionnaire", "q.xlsx", *W, "--assessment", "99"), 1, "no assessment with id 99"),
    (("import-questionnaire", "q.xlsx", *W), 2, "required: --assessment"),
    (("list", "--workspace", "postgresql+psycopg://ana:secret@localhost/db"), 1, "[postgres]"),
    (("check-pack", "folder"), 1, "pack.json: the file does not exist"),
    (("check-content", "--lang", "xx"), 2, "invalid choice: 'xx'"),
    (("screenshots", "notes.txt"), 1, "notes.txt is a file, not a folder"),
    (("screenshots", "/proc/shots"), 1, "cannot be written to the folder /proc/shots"),
    (("screenshots", "shots", "--workspace", "missing.synergy"), 1, "There is no workspace"),
    (("no-such-command",), 2, "invalid choice: 'no-such-command'"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("args", "code", "words"), CASES, ids=[" ".join(c[0]) for c in CASES])
def test_bad_input_gives_a_plain_message(place, args, code, words):
    prefix: list[str] = []
    if any(a.startswith("locked.") for a in args) and os.geteuid() == 0:
        if not shutil.which("setpriv"):
            pytest.skip("root reads every file, and setpriv is not there to drop that right")
        prefix = NO_DAC
    if any(a.startswith("/proc/") for a in args) and not LINUX:
        pytest.skip("/proc exists on Linux only")
    if "postgresql" in " ".join(args) and importlib.util.find_spec("psycopg"):
        pytest.skip("the PostgreSQL driver is installed here")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
    before = sorted(p.name for p in place.iterdir())
    done = subprocess.run(
        [*prefix, sys.executable, "-m", "synergy_desktop.cli", *args],
        cwd=place,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    err = done.stderr
    assert done.returncode == code, err
    assert "Traceback" not in err and "sqlalche" not in err and "Error:" not in err, err
    assert words in err, err
    assert "secret" not in err  # a password in an address is never shown
    if code == 1:
        assert err.startswith("synergy: ") and len(err.strip().splitlines()) == 1, err
    else:
        assert "usage: synergy" in err
    assert sorted(p.name for p in place.iterdir()) == before  # nothing left behind
