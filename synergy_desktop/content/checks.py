"""Reading JSON content files with errors that name the file, the entry and the problem."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


class ContentError(Exception):
    """A content file is missing, unreadable or does not follow its schema."""

    def __init__(self, path: Path | str, entry: str, problem: str) -> None:
        self.path = str(path)
        self.entry = entry
        self.problem = problem
        where = f" at {entry}" if entry else ""
        super().__init__(f"{self.path}{where}: {problem}")


def read_json(path: Path) -> Any:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ContentError(path, "", "the file does not exist") from None
    except OSError as exc:
        raise ContentError(path, "", f"the file cannot be read ({exc.strerror})") from None
    try:
        return json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ContentError(path, "", "the file is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise ContentError(
            path, f"line {exc.lineno}, column {exc.colno}", f"invalid JSON ({exc.msg})"
        ) from None


class Checker:
    """Checks one JSON document; every failure raises ContentError with a readable location."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, entry: str, problem: str) -> None:
        raise ContentError(self.path, entry, problem)

    def obj(self, value: Any, entry: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            self.fail(entry, "expected an object")
        return value

    def items(
        self, value: Any, entry: str, *, min_len: int = 0, max_len: int | None = None
    ) -> list:
        if not isinstance(value, list):
            self.fail(entry, "expected a list")
        if len(value) < min_len:
            self.fail(entry, f"expected at least {min_len} entries, found {len(value)}")
        if max_len is not None and len(value) > max_len:
            self.fail(entry, f"expected at most {max_len} entries, found {len(value)}")
        return value

    def text(self, parent: dict, key: str, entry: str, *, required: bool = True) -> str:
        value = parent.get(key)
        if value is None and not required:
            return ""
        if not isinstance(value, str) or (required and not value.strip()):
            self.fail(f"{entry}.{key}", "expected a non-empty text")
        return value

    def texts(self, parent: dict, key: str, entry: str, **bounds: int) -> list[str]:
        values = self.items(parent.get(key), f"{entry}.{key}", **bounds)
        for i, value in enumerate(values):
            if not isinstance(value, str) or not value.strip():
                self.fail(f"{entry}.{key}[{i}]", "expected a non-empty text")
        return values

    def flag(self, parent: dict, key: str, entry: str) -> bool:
        value = parent.get(key, False)
        if not isinstance(value, bool):
            self.fail(f"{entry}.{key}", "expected true or false")
        return value

    def integer(self, parent: dict, key: str, entry: str, low: int, high: int) -> int:
        value = parent.get(key)
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            self.fail(f"{entry}.{key}", f"expected a whole number from {low} to {high}")
        return value

    def exact(self, parent: dict, key: str, entry: str, expected: object) -> None:
        if parent.get(key) != expected:
            self.fail(f"{entry}.{key}", f"expected {expected!r}, found {parent.get(key)!r}")
