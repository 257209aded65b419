#!/usr/bin/env bash
# Build the wheel, install it into a fresh virtual environment outside the source tree and run
# the headless commands there: proves that resources and migrations ship inside the wheel.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$root/.venv/bin/python" -m build --wheel --outdir "$work/dist" "$root" >/dev/null
python3 -m venv "$work/env"
"$work/env/bin/pip" install -q "$work"/dist/*.whl
cd "$work"
"$work/env/bin/synergy" --version
"$work/env/bin/synergy" demo --workspace "$work/demo/demo.synergy"
"$work/env/bin/synergy" export "$work/summary.xlsx" --workspace "$work/demo/demo.synergy"
"$work/env/bin/synergy" export "$work/summary-zh.xlsx" --lang zh_CN \
  --workspace "$work/demo/demo.synergy"
"$work/env/bin/python" - "$work/summary.xlsx" "$work/summary-zh.xlsx" <<'PY'
import sys

import openpyxl

import synergy_desktop

assert "site-packages" in synergy_desktop.__file__, synergy_desktop.__file__
rows = list(openpyxl.load_workbook(sys.argv[1])["Answers"].iter_rows(min_row=2, values_only=True))
assert len(rows) == 29, len(rows)
chinese = openpyxl.load_workbook(sys.argv[2]).sheetnames[0]
assert chinese != "Overview" and any("\u4e00" <= ch <= "\u9fff" for ch in chinese), chinese
print(f"wheel check: {len(rows)} options exported; translations ship ({chinese})")
PY
