"""Fail when a screenshot is blank: count the distinct colours of PNG files.

Standard library only, so any Python 3 runs it (CI uses the system python3, outside every
virtual environment): python3 scripts/check_png.py --min-colours 64 FILE.png...
"""

from __future__ import annotations

import argparse
import struct
import sys
import zlib
from pathlib import Path


def _paeth(a: int, b: int, c: int) -> int:
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    if pa <= pb and pa <= pc:
        return a
    return b if pb <= pc else c


def _unfilter(kind: int, line: bytearray, prev: bytearray, bpp: int) -> bytearray:
    if kind == 1:
        for i in range(bpp, len(line)):
            line[i] = (line[i] + line[i - bpp]) & 255
    elif kind == 2:
        line = bytearray((a + b) & 255 for a, b in zip(line, prev, strict=True))
    elif kind in (3, 4):
        for i in range(len(line)):
            left = line[i - bpp] if i >= bpp else 0
            if kind == 3:
                line[i] = (line[i] + ((left + prev[i]) >> 1)) & 255
            else:
                upper_left = prev[i - bpp] if i >= bpp else 0
                line[i] = (line[i] + _paeth(left, prev[i], upper_left)) & 255
    return line


def colours(path: Path) -> tuple[int, int, int]:
    """Width, height and number of distinct colours of an 8-bit RGB or RGBA PNG."""
    data = path.read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError(f"{path} is not a PNG file")
    pos, idat = 8, bytearray()
    width = height = bpp = 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour_type = struct.unpack(">IIBB", body[:10])
            if depth != 8 or colour_type not in (2, 6):
                raise ValueError(f"{path}: only 8-bit RGB(A) is read, not {depth}/{colour_type}")
            bpp = 3 if colour_type == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(bytes(idat))
    stride = width * bpp
    prev = bytearray(stride)
    seen: set[bytes] = set()
    for y in range(height):
        start = y * (stride + 1)
        line = _unfilter(raw[start], bytearray(raw[start + 1 : start + 1 + stride]), prev, bpp)
        seen.update(bytes(line[i : i + bpp]) for i in range(0, stride, bpp))
        prev = line
    return width, height, len(seen)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--min-colours", type=int, default=64)
    parser.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args(argv)
    failed = 0
    for path in args.files:
        width, height, count = colours(path)
        verdict = "ok" if count >= args.min_colours else "BLANK?"
        failed += verdict != "ok"
        print(f"{path.parent.name}/{path.name}: {width}x{height}, {count} colours, {verdict}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
