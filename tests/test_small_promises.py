"""Small promises: saved workbooks get the usual file permissions; database addresses and
folders that cannot work give one plain sentence."""

from __future__ import annotations

import importlib.util
import os
import shutil
import stat
import subprocess
import sys

import pytest

from synergy_desktop.cli import main
from synergy_desktop.storage.errors import WorkspaceError
from synergy_desktop.storage.workspace import open_workspace


@pytest.mark.skipif(os.name != "posix", reason="file modes and the umask are POSIX")
@pytest.mark.parametrize("umask", [0o022, 0o027, 0o077])
def test_workbooks_get_the_permissions_of_any_new_file(tmp_path, capsys, umask):
    workspace = tmp_path / "w.synergy"
    assert main(["demo", "--workspace", str(workspace)]) == 0
    old = os.umask(umask)
    try:
        for command, name in (("export", "summary.xlsx"), ("questionnaire", "q.xlsx")):
            assert main([command, str(tmp_path / name), "--workspace", str(workspace)]) == 0
            mode = stat.S_IMODE((tmp_path / name).stat().st_mode)
            assert mode == 0o666 & ~umask, oct(mode)
    finally:
        os.umask(old)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    capsys.readouterr()


@pytest.mark.skipif(bool(importlib.util.find_spec("psycopg")), reason="psycopg is installed")
def test_postgresql_without_its_driver_says_what_to_install():
    for url in ("postgresql://ana:secret@db.example/verdania", "postgresql+psycopg://db/v"):
        with pytest.raises(WorkspaceError) as caught:
            open_workspace(url)
        message = str(caught.value)
        assert 'pip install "synergy-desktop[postgres]"' in message
        assert "secret" not in message and "No module" not in message


@pytest.mark.parametrize("url", ["foo://bar", "postgresql://ana:secret@db:port/x", "mysql://a@b/c"])
def test_an_address_this_version_cannot_open(url):
    with pytest.raises(WorkspaceError, match=r"Write (the address|it) as postgresql://") as caught:
        open_workspace(url)
    assert "secret" not in str(caught.value) and "sqlalche" not in str(caught.value)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc exists on Linux only")
def test_a_workspace_where_no_file_can_be_made():
    with pytest.raises(WorkspaceError) as caught:
        open_workspace("/proc/d.synergy", create=True)
    message = str(caught.value)
    assert message.startswith("A new workspace cannot be created at /proc/d.synergy (")
    assert "sqlalche" not in message and "OperationalError" not in message


@pytest.mark.skipif(
    os.name != "posix" or (os.geteuid() == 0 and not shutil.which("setpriv")),
    reason="POSIX permissions; as root, setpriv drops the right to ignore them",
)
def test_a_workspace_in_a_folder_that_does_not_allow_writing(tmp_path):
    """A workspace on read-only media (or a share without write access) is not "damaged"."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    assert main(["demo", "--workspace", str(folder / "w.synergy")]) == 0
    folder.chmod(0o555)
    try:
        prefix = []
        if os.geteuid() == 0:
            prefix = [
                "setpriv",
                "--inh-caps=-dac_override,-dac_read_search",
                "--bounding-set=-dac_override,-dac_read_search",
            ]
        command = ["list", "--workspace", str(folder / "w.synergy")]
        done = subprocess.run(
            [*prefix, sys.executable, "-m", "synergy_desktop.cli", *command],
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"},
        )
    finally:
        folder.chmod(0o755)
    assert done.returncode == 1
    assert "its folder does not allow writing" in done.stderr and "damaged" not in done.stderr
