"""Build dist/SynergyDesktop/: both programs in one folder that runs without Python.

Run with the Python of a virtual environment that has the project and PyInstaller
(``pip install -e ".[bundle]"``), on the system the folder is for (Windows, macOS or Linux):

    python scripts/build_bundle.py [--portable] [--zip]

--portable puts the ``portable`` marker in the folder (everything is then kept in ``data/``
beside the programs); --zip also writes dist/SynergyDesktop-<version>-<system>.zip.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import platform
import stat
import subprocess
import sys
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "synergy-desktop.spec"
NAME = "SynergyDesktop"


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def system_tag() -> str:
    system = {"darwin": "macos", "win32": "windows"}.get(sys.platform, sys.platform)
    return f"{system}-{platform.machine().lower()}"


def make_zip(folder: Path, version: str) -> Path:
    """The folder as one zip; file modes and symbolic links are kept, so that unzipping on
    Linux or macOS gives programs that run (shutil.make_archive would copy every link)."""
    archive = folder.parent / f"{NAME}-{version}-{system_tag()}.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for top, dirs, files in os.walk(folder):
            for name in sorted(dirs + files):
                path = Path(top) / name
                arcname = path.relative_to(folder.parent).as_posix()
                if path.is_symlink():
                    info = zipfile.ZipInfo(arcname, time.localtime(path.lstat().st_mtime)[:6])
                    info.create_system = 3  # Unix: unzip restores the link
                    info.external_attr = (stat.S_IFLNK | 0o777) << 16
                    zf.writestr(info, os.readlink(path))
                elif path.is_file():
                    zf.write(path, arcname)
    return archive


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build" / "pyinstaller", help="build cache"
    )
    parser.add_argument("--portable", action="store_true", help="add the portable marker")
    parser.add_argument("--zip", action="store_true", help="also write a zip of the folder")
    args = parser.parse_args(argv)
    if importlib.util.find_spec("PyInstaller") is None:
        print(
            'build_bundle: PyInstaller is not installed here; run pip install -e ".[bundle]" '
            "in this virtual environment first.",
            file=sys.stderr,
        )
        return 1
    start = time.perf_counter()
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        os.environ.get("SYNERGY_BUNDLE_LOG", "WARN"),
        "--distpath",
        str(args.dist),
        "--workpath",
        str(args.work),
        str(SPEC),
    ]
    result = subprocess.run(command, cwd=ROOT, check=False)
    if result.returncode:
        print("build_bundle: PyInstaller failed (messages above).", file=sys.stderr)
        return result.returncode
    folder = args.dist / NAME
    dangling = [p for p in folder.rglob("*") if p.is_symlink() and not p.exists()]
    if dangling:
        names = ", ".join(str(p.relative_to(folder)) for p in dangling)
        print(f"build_bundle: links to trimmed files: {names}; see qt_trim.py.", file=sys.stderr)
        return 1
    marker = folder / "portable"
    if args.portable:
        marker.write_text(
            "Portable mode: settings, logs and workspaces are kept in the data folder here.\n",
            encoding="utf-8",
        )
    elif marker.exists():
        marker.unlink()
    sys.path.insert(0, str(ROOT))
    from synergy_desktop import __version__

    size = folder_size(folder) / 1_000_000
    print(f"build_bundle: {folder} ({size:.0f} MB) in {time.perf_counter() - start:.0f} s")
    if args.zip:
        archive = make_zip(folder, __version__)
        print(f"build_bundle: {archive} ({archive.stat().st_size / 1_000_000:.0f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
