"""A workspace after ten years of use (bench/large_workspace.py build_decade): what the window and
the exports do with it, each against a baseline measured in the same run.

- open the workspace in the window and show the Overview, against the same on the demo workspace
  (a team's first weeks) in the same window: how much ten years slow it down;
- switch rounds in the window (the walk-through in front), against the same between two rounds
  of the demo workspace;
- the history of an option (the one rewritten most: 300 entries), against the same raw read;
- export the summary, against a raw openpyxl write of the same cells;
- export the report (.docx and .pdf), against plain python-docx paragraphs and tables and a
  plain-text QTextDocument printed to PDF;
- merge two copies that were both edited (when the merge engine is present), against raw reads
  of every table of both files.

Run: python bench/decade.py [--rounds 5] [--workspace DECADE.synergy]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import Result, compare, from_pairs, print_results, timed
from large_workspace import BUSY_OPTION, Decade, build_decade

from synergy_desktop.content.packs import load_default_pack
from synergy_desktop.services.context import WorkspaceContext

GROWTH_GOAL = 1.5  # ten years of use against a first round: at most half as slow again
READ_GOAL = 3.0  # rows as the services hand them out against the bare rows
EXPORT_GOAL = 1.5  # a styled document against a plain one with the same content
RAW_READS = "raw sqlite3 reads of the same rows"
HISTORY = (
    "SELECT * FROM change_history WHERE assessment_id = ? AND option_id = ? "
    "ORDER BY changed_at DESC, id DESC"
)


def _application():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def _window(config: Path):
    """The real main window, as the application builds it (settings in ``config``)."""
    os.environ["SYNERGY_CONFIG_DIR"] = str(config)
    from synergy_desktop.ui.shared.settings import Settings
    from synergy_desktop.ui.window.main_window import MainWindow

    settings = Settings()
    settings.author = "bench"
    window = MainWindow(settings, load_default_pack())
    window.files.synchronous_tasks = True
    window.resize(1280, 800)
    window.show()
    _application().processEvents()
    return window


def small_workspace(folder: Path) -> Decade:
    """The demo workspace with a second round (New round from this one): the baseline of the
    window's benchmarks."""
    path = folder / "demo.synergy"
    context = WorkspaceContext.open_demo(path, load_default_pack())
    first = context.assessments.list_assessments()[-1].id
    second = context.assessments.new_round_from(first, "Second round").id
    context.close()
    return Decade(path, second, first, "A1")


def open_and_overview(decade: Decade, small: Decade, config: Path, rounds: int) -> Result:
    app = _application()
    window = _window(config)

    def opener(workspace: Decade):
        def work() -> None:
            window.files.open_location(str(workspace.path))
            window.show_tab("overview")
            app.processEvents()  # lays out and paints what changed

        return work

    big, demo = opener(decade), opener(small)
    close = window.files.close_workspace
    for work in (big, demo):
        work(), close()  # warm up
    pairs = []
    for _ in range(rounds):
        base = timed(demo, 3, after=close)
        mine = timed(big, 3, after=close)
        pairs.append((mine, base))
    window.close()
    return from_pairs(
        "decade: open in the window and show the Overview",
        pairs,
        "the same with the demo workspace",
        GROWTH_GOAL,
    )


def switch_rounds(decade: Decade, small: Decade, config: Path, rounds: int) -> Result:
    app = _application()
    window = _window(config)
    turn = [0]

    def switcher(workspace: Decade):
        def work() -> None:
            if window.session is None or window.session.context.path != workspace.path:
                window.files.open_location(str(workspace.path))
                window.view.select_option("A1")
                app.processEvents()
            turn[0] += 1
            wanted = workspace.previous if turn[0] % 2 else workspace.current
            window._round_chosen(window.round_combo.findData(wanted))
            app.processEvents()  # lays out and paints what changed

        return work

    big, demo = switcher(decade), switcher(small)
    big(), demo()  # open both once, so that each round below times switches only
    pairs = []
    for _ in range(rounds):
        demo()  # the demo is open: switch there first
        base = timed(demo, 6)
        big()  # opens the ten-year workspace, untimed
        mine = timed(big, 6)
        pairs.append((mine, base))
    window.close()
    return from_pairs(
        "decade: switch rounds (walk-through in front)",
        pairs,
        "the same between the demo's two rounds",
        GROWTH_GOAL,
    )


def option_history(decade: Decade, rounds: int) -> Result:
    context = WorkspaceContext.open(decade.path, load_default_pack())
    connection = sqlite3.connect(decade.path)
    shown = len(context.assessments.history(decade.current, decade.option))

    result = compare(
        f"decade: the history of an option ({shown} entries)",
        lambda: context.assessments.history(decade.current, decade.option),
        lambda: connection.execute(HISTORY, (decade.current, decade.option)).fetchall(),
        RAW_READS,
        READ_GOAL,
        rounds=rounds,
        inner=20,
    )
    connection.close()
    context.close()
    return result


def export_summary(decade: Decade, folder: Path, rounds: int) -> Result:
    import openpyxl

    context = WorkspaceContext.open(decade.path, load_default_pack())
    target = folder / "summary.xlsx"

    def ours() -> None:
        for _ in context.export("summary", target, "en", assessment_id=decade.current):
            pass

    ours()
    cells = {
        sheet.title: [
            (cell.row, cell.column, cell.value)
            for row in sheet.iter_rows()
            for cell in row
            if cell.value is not None
        ]
        for sheet in openpyxl.load_workbook(target)
    }

    def raw() -> None:
        book = openpyxl.Workbook()
        book.remove(book.active)
        for title, values in cells.items():
            sheet = book.create_sheet(title)
            for row, column, value in values:
                sheet.cell(row=row, column=column, value=value)
        book.save(folder / "raw.xlsx")

    count = sum(map(len, cells.values()))
    result = compare(
        f"decade: export the summary ({count} cells, reading included)",
        ours,
        raw,
        "raw openpyxl write of the same cells",
        EXPORT_GOAL,
        rounds=rounds,
        inner=1,
    )
    context.close()
    return result


def export_report(decade: Decade, folder: Path, rounds: int) -> list[Result]:
    _application()
    import docx
    from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument
    from report import plain_text  # bench/report.py: the report's text, unstyled

    import synergy_desktop.ui.window.report_actions  # noqa: F401  (registers the "report" kind)

    context = WorkspaceContext.open(decade.path, load_default_pack())
    paragraphs, tables = plain_text(context.summary(decade.current))

    def plain_docx() -> None:
        document = docx.Document()
        for text in paragraphs:
            document.add_paragraph(text)
        for table in tables:
            grid = document.add_table(rows=len(table), cols=len(table[0]))
            for row, values in zip(grid.rows, table, strict=True):
                for cell, value in zip(row.cells, values, strict=True):
                    cell.text = value
        document.save(str(folder / "plain.docx"))

    def plain_pdf() -> None:
        text = "\n".join(paragraphs + ["\t".join(row) for table in tables for row in table])
        document = QTextDocument()
        document.setPlainText(text)
        writer = QPdfWriter(str(folder / "plain.pdf"))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        document.print_(writer)

    results = []
    for suffix, baseline, name in (
        ("docx", plain_docx, "plain python-docx paragraphs and tables"),
        ("pdf", plain_pdf, "plain-text QTextDocument printed to PDF"),
    ):

        def ours(suffix=suffix) -> None:
            target = folder / f"report.{suffix}"
            for _ in context.export("report", target, "en", assessment_id=decade.current):
                pass

        results.append(
            compare(
                f"decade: export the report as .{suffix} (reading included)",
                ours,
                baseline,
                name,
                EXPORT_GOAL,
                rounds=rounds,
                inner=1,
            )
        )
    context.close()
    return results


def merge_copies(decade: Decade, folder: Path, rounds: int) -> Result | None:
    """Two copies of the ten-year workspace, both edited, merged (preview and apply)."""
    if not hasattr(WorkspaceContext, "preview_merge"):
        print("decade: merge two copies: skipped (no merge engine in this version)")
        return None
    from dataclasses import replace

    from synergy_desktop.domain.focal_points import FocalPointInput

    mine, theirs = folder / "mine.synergy", folder / "theirs.synergy"
    shutil.copyfile(decade.path, mine)
    context = WorkspaceContext.open(mine, load_default_pack())
    context.save_copy(theirs)
    other = WorkspaceContext.open(theirs, load_default_pack())
    options = [option.id for option in context.framework.options]
    entries = context.focal_points.entries()
    for ctx, who, edited, people in (
        (context, "A", options[:10], entries[:20]),
        (other, "B", options[10:20] + options[:2], entries[20:40]),
    ):
        for option in edited:
            ctx.assessments.save_answer(decade.current, option, {"gaps": f"{who}"}, author=who)
        for entry in people:
            person = replace(entry.person, phone=f"+{who}")
            ctx.focal_points.update(
                entry.id, FocalPointInput(entry.instrument, entry.role, person, entry.contact_id)
            )
    context.close()
    other.close()
    work = folder / "work.synergy"

    def ours() -> None:
        ctx = WorkspaceContext.open(work, load_default_pack())
        preview = ctx.preview_merge(theirs)
        ctx.apply_merge(preview, {c.key: "theirs" for c in preview.conflicts}, "Bench")
        ctx.close()

    def reset() -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{work}{suffix}").unlink(missing_ok=True)
        shutil.rmtree(folder / "work.backups", ignore_errors=True)
        shutil.copyfile(mine, work)

    tables = [
        row[0]
        for row in sqlite3.connect(mine).execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'"
        )
    ]

    def raw() -> None:
        for path in (mine, theirs):
            connection = sqlite3.connect(path)
            for table in tables:
                connection.execute(f'SELECT * FROM "{table}"').fetchall()
            connection.close()

    reset()
    return compare(
        "decade: merge two edited copies (preview and apply)",
        ours,
        raw,
        "raw sqlite3 reads of every table of both files",
        READ_GOAL,
        rounds=rounds,
        inner=1,
        after=reset,
    )


def run(rounds: int = 5, workspace: Path | None = None) -> list[Result]:
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        source = workspace or build_decade(folder / "built.synergy").path
        path = folder / "decade.synergy"
        shutil.copyfile(source, path)  # upgraded and written to: a copy
        context = WorkspaceContext.open(path, load_default_pack())  # upgrades once, untimed
        listed = context.assessments.list_assessments()
        decade = Decade(path, listed[-1].id, listed[-2].id, BUSY_OPTION)
        context.close()
        config = folder / "config"
        small = small_workspace(folder)
        results = [
            open_and_overview(decade, small, config, rounds),
            switch_rounds(decade, small, config, rounds),
            option_history(decade, rounds),
            export_summary(decade, folder, rounds),
            *export_report(decade, folder, rounds),
        ]
        merged = merge_copies(decade, folder, rounds)
        if merged is not None:
            results.append(merged)
    return results


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--workspace", type=Path, help="a workspace from build_decade")
    args = parser.parse_args()
    print_results(run(args.rounds, args.workspace))


if __name__ == "__main__":
    main()
