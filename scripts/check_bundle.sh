#!/usr/bin/env bash
# Build the one-folder bundle (PyInstaller), unzip it outside the source tree and use it there
# with no virtual environment and no Python on PATH: proves that both programs, the resources,
# the migrations, our translations and Qt's, and the fonts work in the folder users receive.
# Needs the project's .venv with the bundle extra: pip install -e ".[bundle]".
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
started=$SECONDS

"$root/.venv/bin/python" "$root/scripts/build_bundle.py" --zip \
  --dist "$work/dist" --work "$work/build"
built=$SECONDS

# What a trainer does: unzip the archive somewhere else; nothing of the build is left behind.
mkdir "$work/stick"
if command -v unzip >/dev/null 2>&1; then
  unzip -q "$work"/dist/SynergyDesktop-*.zip -d "$work/stick"
else
  cp -a "$work/dist/SynergyDesktop" "$work/stick/"
fi
rm -rf "$work/dist" "$work/build"
app="$work/stick/SynergyDesktop"
cd "$work"

# A bare environment: system PATH only, an empty home, no display.
home="$work/home"
run() {
  mkdir -p "$home"
  env -i PATH=/usr/bin:/bin HOME="$home" LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen "$@"
}
fail() {
  echo "bundle check: $*" >&2
  exit 1
}

version="$(run "$app/synergy" --version)"
[ "$version" = "synergy $(cd "$root" && .venv/bin/python -c 'import synergy_desktop as s; print(s.__version__)')" ] ||
  fail "unexpected version: $version"
run "$app/synergy" demo --workspace "$work/demo.synergy"
run "$app/synergy" export "$work/summary.xlsx" --workspace "$work/demo.synergy"
run "$app/synergy" export "$work/summary-zh.xlsx" --lang zh_CN --workspace "$work/demo.synergy"
if run "$app/synergy" --help | grep -qE '^ +report( |$)'; then
  run "$app/synergy" report "$work/report.pdf" --workspace "$work/demo.synergy"
  [ -s "$work/report.pdf" ] || fail "the report was not written"
fi
# A workspace of the first schema is backed up and upgraded: Alembic finds its scripts.
cp "$root/tests/fixtures/workspaces/schema-0001.synergy" "$work/old.synergy"
run "$app/synergy" list --workspace "$work/old.synergy" | grep -q "Fixture round" ||
  fail "the old workspace was not listed"
ls "$work"/old.backups/*.synergy >/dev/null || fail "no backup before the upgrade"

for lang in zh_CN ar; do
  run "$app/synergy" screenshots "$work/shots-$lang" --lang "$lang" 2>/dev/null >/dev/null
done
# Not blank, and translated: the workbook's first sheet has a Chinese name.
/usr/bin/python3 "$root/scripts/check_png.py" --min-colours 64 "$work"/shots-*/*.png
/usr/bin/python3 - "$work/summary-zh.xlsx" <<'PY'
import re
import sys
import zipfile

book = zipfile.ZipFile(sys.argv[1]).read("xl/workbook.xml").decode("utf-8")
first = re.search(r'<sheet [^>]*name="([^"]+)"', book).group(1)
assert re.search("[\u4e00-\u9fff]", first), first
print(f"bundle check: Chinese workbook ({first})")
PY

# Portable mode: with the marker, everything stays in data/ beside the programs.
home="$work/portable-home"
touch "$app/portable"
run "$app/synergy" demo >/dev/null
run "$app/synergy" list | grep -q "^1"$'\t' || fail "portable workspace not listed"
(run timeout 8 "$app/synergy-desktop" --no-error-dialog 2>/dev/null || [ $? = 124 ]) ||
  fail "the window did not start"
[ -f "$app/data/workspace.synergy" ] || fail "portable workspace not in data/"
[ -f "$app/data/logs/synergy-desktop.log" ] || fail "the window wrote no log in data/logs"
! grep -q Traceback "$app/data/logs/synergy-desktop.log" || fail "the window logged an error"
[ -z "$(find "$home" -mindepth 1 -print -quit)" ] || fail "portable mode wrote to the home"

size="$(du -sm "$app" | cut -f1)"
echo "bundle check: ok (${size} MB; build $((built - started)) s, checks $((SECONDS - built)) s)"
