"""Test harness: offscreen Qt, forced locale, a fresh data folder and workspace per test."""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["LANG"] = "en_US.UTF-8"
os.environ["LC_ALL"] = "en_US.UTF-8"
os.environ.pop("SYNERGY_WORKSPACE", None)
os.environ["SYNERGY_NO_ERROR_DIALOG"] = "1"

from pathlib import Path

import pytest

from synergy_desktop.content.packs import load_default_pack
from synergy_desktop.services.assessments import AssessmentService
from synergy_desktop.storage.workspace import open_workspace

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path, monkeypatch):
    """Every test gets its own data and log folders; nothing touches the real user folders."""
    monkeypatch.setenv("SYNERGY_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("SYNERGY_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setenv("SYNERGY_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("SYNERGY_WORKSPACE", raising=False)
    return tmp_path


@pytest.fixture(scope="session", autouse=True)
def english_texts(qapp):
    """The application always runs with a translator (English has real plural forms)."""
    from synergy_desktop.ui.shared.translations import install, uninstall

    translators = install("en")
    yield
    uninstall(translators)


@pytest.fixture(scope="session")
def framework():
    return load_default_pack()


@pytest.fixture
def workspace_path(tmp_path) -> Path:
    return tmp_path / "country.synergy"


@pytest.fixture
def backend() -> str:
    """The workspace's database: "sqlite"; tests marked both_backends also run on "postgres"."""
    return "sqlite"


def pytest_generate_tests(metafunc):
    if "backend" in metafunc.fixturenames and metafunc.definition.get_closest_marker(
        "both_backends"
    ):
        postgres = pytest.param("postgres", marks=pytest.mark.postgres)
        metafunc.parametrize("backend", ["sqlite", postgres])


@pytest.fixture
def workspace_url(backend, workspace_path, request) -> str:
    """A file path, or the URL of a fresh PostgreSQL workspace (skipped without a server)."""
    if backend == "postgres":
        return request.getfixturevalue("postgres_workspace_url")
    return str(workspace_path)


@pytest.fixture
def workspace(workspace_url):
    ws = open_workspace(workspace_url, create=True)
    yield ws
    ws.close()


@pytest.fixture
def service(workspace, framework) -> AssessmentService:
    return AssessmentService(workspace, framework)


pytest_plugins = ["tests.ui_helpers", "tests.postgres_helpers"]
