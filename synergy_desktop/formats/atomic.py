"""Writing a file so that the target is either the old file or the complete new one."""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from pathlib import Path


def temporary_sibling(target: Path) -> Path:
    """Create an empty file next to ``target`` (same folder, so the final rename stays on one
    file system) with the permissions the user's umask gives new files, and return its path."""
    target = Path(target)
    for _ in range(100):
        candidate = target.with_name(f".{target.stem}-{secrets.token_hex(4)}{target.suffix}.tmp")
        try:
            handle = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        except FileExistsError:
            continue
        os.close(handle)
        return candidate
    raise FileExistsError(target)


def write_atomically(target: Path, write: Callable[[Path], None]) -> None:
    """Call ``write(temporary_path)``, then move the result over ``target`` in one step.

    On any error (or an interruption) the temporary file is removed and ``target`` is untouched.
    """
    temp = temporary_sibling(target)
    try:
        write(temp)
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
