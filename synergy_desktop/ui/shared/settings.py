"""User preferences in an INI file in the config folder (overridable: SYNERGY_CONFIG_DIR)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from synergy_desktop.paths import config_dir

MAX_RECENT = 8


class Settings:
    def __init__(self) -> None:
        path = config_dir() / "settings.ini"
        self._qs = QSettings(str(path), QSettings.Format.IniFormat)

    def _get(self, key: str, default: object = None) -> object:
        return self._qs.value(key, default)

    def _set(self, key: str, value: object) -> None:
        if self._qs.contains(key) and self._qs.value(key) == value:
            return  # nothing to write (every start sets the language and the last workspace)
        self._qs.setValue(key, value)
        self._qs.sync()

    @property
    def author(self) -> str:
        return str(self._get("user/author", "") or "")

    @author.setter
    def author(self, name: str) -> None:
        self._set("user/author", name.strip())

    @property
    def language(self) -> str:
        return str(self._get("view/language", "") or "")

    @language.setter
    def language(self, code: str) -> None:
        self._set("view/language", code)

    @property
    def recent(self) -> list[str]:
        value = self._get("workspaces/recent", [])
        if isinstance(value, str):
            value = [value]
        return [str(v) for v in (value or []) if v]

    def add_recent(self, location: str) -> None:
        items = [location, *[r for r in self.recent if r != location]][:MAX_RECENT]
        self._set("workspaces/recent", items)

    def remove_recent(self, location: str) -> None:
        self._set("workspaces/recent", [r for r in self.recent if r != location])

    @property
    def last_workspace(self) -> str:
        return str(self._get("workspaces/last", "") or "")

    @last_workspace.setter
    def last_workspace(self, location: str) -> None:
        self._set("workspaces/last", location)

    def last_assessment(self, location: str) -> int | None:
        value = self._get(f"assessments/{_key(location)}")
        try:
            return int(value) if value is not None else None
        except (TypeError, ValueError):
            return None

    def set_last_assessment(self, location: str, assessment_id: int) -> None:
        self._set(f"assessments/{_key(location)}", assessment_id)

    @property
    def font_delta(self) -> int:
        try:
            return int(self._get("view/font_delta", 0))
        except (TypeError, ValueError):
            return 0

    @font_delta.setter
    def font_delta(self, delta: int) -> None:
        self._set("view/font_delta", delta)

    @property
    def presenter(self) -> bool:
        return str(self._get("view/presenter", "false")).lower() == "true"

    @presenter.setter
    def presenter(self, on: bool) -> None:
        self._set("view/presenter", "true" if on else "false")

    @property
    def high_contrast(self) -> str:
        """On ("on"), off ("off"), or follow the system's contrast setting ("")."""
        value = str(self._get("view/high_contrast", "") or "")
        return value if value in ("on", "off") else ""

    @high_contrast.setter
    def high_contrast(self, value: str) -> None:
        self._set("view/high_contrast", value)

    def geometry(self, name: str) -> QByteArray | None:
        value = self._get(f"window/{name}")
        return value if isinstance(value, QByteArray) else None

    def set_geometry(self, name: str, value: QByteArray) -> None:
        self._set(f"window/{name}", value)


def _key(location: str) -> str:
    import hashlib

    return hashlib.sha1(location.encode("utf-8")).hexdigest()[:16]
