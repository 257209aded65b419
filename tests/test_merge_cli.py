"""synergy merge / copy / compare: exit codes, the summary line, the workbook's cells."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from synergy_desktop.cli import main
from synergy_desktop.services.context import WorkspaceContext


@pytest.fixture
def pair(tmp_path, framework):
    base = WorkspaceContext.open_demo(tmp_path / "base.synergy", framework)
    round_id = base.assessments.list_assessments()[-1].id  # the draft round
    assert main(["copy", str(tmp_path / "base.synergy"), str(tmp_path / "laptop.synergy")]) == 0
    laptop = WorkspaceContext.open(tmp_path / "laptop.synergy", framework)
    laptop.assessments.save_answer(round_id, "C2", {"rating": 4}, author="Bob")
    laptop.assessments.save_answer(round_id, "A2", {"gaps": "Theirs"}, author="Bob")
    base.assessments.save_answer(round_id, "A2", {"gaps": "Mine"}, author="Alice")
    laptop.close()
    base.close()
    return tmp_path, round_id


def answers(path, round_id):
    with WorkspaceContext.reading(path) as context:
        return context.assessments.answers(round_id)


def test_merge_previews_then_applies_with_yes_and_prefer(pair, capsys):
    folder, round_id = pair
    args = ["merge", str(folder / "laptop.synergy"), "--workspace", str(folder / "base.synergy")]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "change\tAnswer" in out and "conflict\tAnswer" in out and "'Mine'" in out
    assert "0 change(s) applied, 1 conflict(s) unresolved; 1 change(s) ready." in out
    assert answers(folder / "base.synergy", round_id)["C2"].rating.value != "4"

    assert main([*args, "--yes"]) == 0
    out = capsys.readouterr().out
    assert "1 change(s) applied, 1 conflict(s): 0 settled with theirs, 0 kept as here, " in out
    merged = answers(folder / "base.synergy", round_id)
    assert (merged["C2"].rating.value, merged["A2"].gaps) == ("4", "Mine")

    assert main([*args, "--prefer", "theirs"]) == 0
    # the conflict settled with theirs is the one change applied
    assert "1 change(s) applied, 1 conflict(s): 1 settled with theirs" in capsys.readouterr().out
    assert answers(folder / "base.synergy", round_id)["A2"].gaps == "Theirs"
    assert main([*args, "--yes"]) == 0
    assert "0 change(s) applied, 0 conflict(s)" in capsys.readouterr().out


def test_merge_refuses_with_exit_1_and_one_sentence(pair, capsys):
    folder, _ = pair
    bad = folder / "bad.synergy"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    code = main(["merge", str(bad), "--workspace", str(folder / "base.synergy"), "--yes"])
    err = capsys.readouterr().err
    assert code == 1 and err.startswith("synergy: ") and err.count("\n") == 1
    assert "Traceback" not in err


def test_copy_never_overwrites(pair, capsys):
    folder, _ = pair
    target = folder / "laptop.synergy"
    before = target.read_bytes()
    assert main(["copy", str(folder / "base.synergy"), str(target)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert target.read_bytes() == before


def test_compare_writes_ratings_spread_and_charts(pair, capsys):
    folder, _ = pair
    out = folder / "compare.xlsx"
    files = [str(folder / "base.synergy"), str(folder / "laptop.synergy")]
    before = [Path(f).read_bytes() for f in files]
    assert main(["compare", *files, "--out", str(out)]) == 0
    assert [Path(f).read_bytes() for f in files] == before  # read-only
    book = openpyxl.load_workbook(out)
    sheet = book["Comparison"]
    header = [c.value for c in sheet[4]]
    assert header == ["Area", "Option", "Title", "Verdania (base)", "Verdania (laptop)", "Spread"]
    rows = {row[1]: row for row in sheet.iter_rows(min_row=6, values_only=True)}
    assert rows["C2"][3:] == (rows["C2"][3], 4, 4 - rows["C2"][3])
    assert rows["A1"][5] == 0
    assert len(book["Charts"]._charts) == 8  # one per area
    assert "2 workspaces compared over 29 options" in capsys.readouterr().out


def test_compare_needs_two_workspaces(pair, capsys):
    folder, _ = pair
    code = main(["compare", str(folder / "base.synergy"), "--out", str(folder / "c.xlsx")])
    assert code == 1 and "at least two" in capsys.readouterr().err
