"""The bundled folder: portable mode, shipped files found through sys._MEIPASS, and
``python -m synergy_desktop``. The frozen program is simulated by setting ``sys.frozen`` and
``sys.executable`` (as PyInstaller does); the writes are the real ones."""

from __future__ import annotations

import logging
import shutil
import sys
from pathlib import Path

import platformdirs
import pytest
from PySide6.QtCore import QLocale

from synergy_desktop import __version__, paths
from synergy_desktop.__main__ import main as module_main
from synergy_desktop.ui.shared.errors import setup_logging
from synergy_desktop.ui.shared.translations import install, locale_for, uninstall

XDG = ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")


def user_folders() -> list[Path]:
    """The platformdirs folders the application would use without portable mode."""
    names = (paths.APP_NAME, paths.APP_AUTHOR)
    return [
        Path(platformdirs.user_data_dir(*names)),
        Path(platformdirs.user_config_dir(*names)),
        Path(platformdirs.user_log_dir(*names)),
    ]


def files_in(folders: list[Path]) -> set[Path]:
    return {p for folder in folders if folder.exists() for p in folder.rglob("*")}


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    """A fresh home folder, and no SYNERGY_* overrides (the conftest sets them)."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    for name in (*XDG, "SYNERGY_DATA_DIR", "SYNERGY_CONFIG_DIR", "SYNERGY_LOG_DIR"):
        monkeypatch.delenv(name, raising=False)
    return folder


def frozen(monkeypatch, executable: Path) -> None:
    executable.parent.mkdir(parents=True, exist_ok=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(executable))


@pytest.fixture
def stick(tmp_path, home, monkeypatch) -> Path:
    """The unzipped folder on a USB stick, with the ``portable`` marker, running frozen."""
    folder = tmp_path / "stick" / "SynergyDesktop"
    frozen(monkeypatch, folder / "synergy-desktop")
    (folder / "portable").write_text("", encoding="utf-8")
    root = logging.getLogger()
    handlers = list(root.handlers)
    yield folder
    for handler in root.handlers:
        if handler not in handlers:
            handler.close()
    root.handlers = handlers


def test_portable_mode_keeps_everything_in_data_beside_the_program(stick, home, window):
    before = files_in(user_folders())
    data = stick / "data"
    assert paths.data_dir() == data
    assert paths.config_dir() == data / "config"
    assert paths.log_dir() == data / "logs"
    assert Path(paths.resolve_workspace(None)) == data / "workspace.synergy"

    window.settings.author = "Trainer Amina"
    window.files.open_demo()
    log = setup_logging()
    logging.getLogger("synergy_desktop").info("portable run")

    assert window.session.context.path == data / "demo" / "demo.synergy"
    assert window.session.progress().overall.answered == 22
    assert "Trainer Amina" in (data / "config" / "settings.ini").read_text("utf-8")
    assert log == data / "logs" / "synergy-desktop.log"
    assert "portable run" in log.read_text("utf-8")
    assert list(home.rglob("*")) == []
    assert files_in(user_folders()) == before


@pytest.mark.parametrize("marker", ["portable", "portable.txt"])
def test_either_marker_name_turns_portable_mode_on(tmp_path, home, monkeypatch, marker):
    frozen(monkeypatch, tmp_path / "app" / "synergy.exe")
    (tmp_path / "app" / marker).write_text("", encoding="utf-8")
    assert paths.data_dir() == tmp_path / "app" / "data"


def test_without_marker_the_user_folders_are_used(tmp_path, home, monkeypatch):
    frozen(monkeypatch, tmp_path / "app" / "synergy")
    assert paths.portable_root() is None
    assert [paths.data_dir(), paths.config_dir(), paths.log_dir()] == user_folders()


def test_a_marker_beside_a_python_interpreter_changes_nothing(tmp_path, home, monkeypatch):
    monkeypatch.setattr(sys, "executable", str(tmp_path / "python3"))
    (tmp_path / "portable").write_text("", encoding="utf-8")
    assert not paths.is_frozen()
    assert paths.data_dir() == user_folders()[0]


def test_environment_overrides_win_over_portable_mode(stick, tmp_path, monkeypatch):
    monkeypatch.setenv("SYNERGY_DATA_DIR", str(tmp_path / "elsewhere"))
    assert paths.data_dir() == tmp_path / "elsewhere"
    assert paths.config_dir() == stick / "data" / "config"


def test_macos_app_keeps_data_beside_the_app(tmp_path, home, monkeypatch):
    frozen(monkeypatch, tmp_path / "SynergyDesktop.app" / "Contents" / "MacOS" / "synergy-desktop")
    (tmp_path / "portable").write_text("", encoding="utf-8")
    assert paths.program_dir() == tmp_path
    assert paths.log_dir() == tmp_path / "data" / "logs"


def test_shipped_files_are_found_in_the_bundle(tmp_path, monkeypatch, qapp):
    bundle = tmp_path / "SynergyDesktop" / "_internal"
    shipped = bundle / "synergy_desktop"
    shutil.copytree(paths.resources_dir(), shipped / "resources")
    (shipped / "i18n").mkdir(parents=True)
    shutil.copy(paths.translations_dir() / "synergy_desktop_fr.qm", shipped / "i18n")
    frozen(monkeypatch, tmp_path / "SynergyDesktop" / "synergy")
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)

    assert paths.resources_dir() == shipped / "resources"
    assert (paths.resources_dir() / "frameworks" / "default" / "pack.json").is_file()
    translators = install("fr")
    try:
        ours = [t for t in translators if t.filePath().startswith(str(shipped))]
        assert len(ours) == 1
        assert ours[0].translate("MainWindow", "&Open…") == "&Ouvrir…"
    finally:
        uninstall(translators)
        QLocale.setDefault(locale_for("en"))


def test_python_m_runs_the_command_line_for_a_command(tmp_path, capsys):
    workspace = tmp_path / "demo.synergy"
    assert module_main(["demo", "--workspace", str(workspace)]) == 0
    assert "Demo workspace written to" in capsys.readouterr().out
    assert workspace.is_file()


def test_python_m_without_a_command_is_the_window(capsys):
    with pytest.raises(SystemExit) as caught:
        module_main(["--version"])
    assert caught.value.code == 0
    assert capsys.readouterr().out.strip() == f"synergy-desktop {__version__}"
