"""The headless command line: ``synergy demo | list | export | check-pack | screenshots``.

User errors go to stderr as one plain sentence with exit code 1; no tracebacks. Mistakes in the
arguments themselves are argparse's: the usage line and exit code 2.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from synergy_desktop import __version__, cli_team
from synergy_desktop.content.checks import ContentError
from synergy_desktop.content.packs import load_default_pack, load_pack, missing_translations
from synergy_desktop.domain.framework import Framework
from synergy_desktop.domain.labels import status_label
from synergy_desktop.paths import resolve_workspace
from synergy_desktop.services.context import WorkspaceContext, WorkspaceError
from synergy_desktop.services.errors import ServiceError
from synergy_desktop.text import arg, translate
from synergy_desktop.ui.shared.translations import LANGUAGES, language


class UserError(Exception):
    pass


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="synergy",
        description="Synergy Desktop on the command line: demo workspaces, lists and exports.",
    )
    parser.add_argument("--version", action="version", version=f"synergy {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def workspace_option(sub: argparse.ArgumentParser) -> None:
        sub.add_argument(
            "--workspace",
            metavar="PATH",
            help="workspace file or database URL (default: $SYNERGY_WORKSPACE, "
            "else the workspace in your data folder)",
        )

    def lang_option(sub: argparse.ArgumentParser) -> None:
        sub.add_argument(
            "--lang",
            choices=sorted(LANGUAGES),
            default="en",
            help="language of the workbook or screens (default: en)",
        )

    demo = commands.add_parser("demo", help="create a demo workspace with a fictional country")
    workspace_option(demo)
    lang_option(demo)
    listing = commands.add_parser("list", help="list the assessment rounds of a workspace")
    workspace_option(listing)
    export = commands.add_parser("export", help="write a summary workbook (.xlsx)")
    export.add_argument("output", metavar="OUT.xlsx", type=Path)
    export.add_argument(
        "--assessment",
        type=int,
        metavar="ID",
        help="round to export (default: the most recently changed)",
    )
    export.add_argument(
        "--no-personal-data",
        action="store_true",
        help="leave out names, e-mails, phones and addresses of focal points, participants and "
        "authors (free text is exported as typed)",
    )
    workspace_option(export)
    lang_option(export)
    report = commands.add_parser("report", help="write the report of a round (.docx or .pdf)")
    report.add_argument("output", metavar="OUT.docx|OUT.pdf", type=Path)
    report.add_argument("--assessment", type=int, metavar="ID", help="round (default: latest)")
    report.add_argument("--no-personal-data", action="store_true", help="no names, e-mails, phones")
    workspace_option(report)
    lang_option(report)
    check = commands.add_parser(
        "check-pack", help="validate a framework pack and report missing translations"
    )
    check.add_argument("pack", nargs="?", type=Path, help="pack folder (default: the shipped pack)")
    questionnaire = commands.add_parser(
        "questionnaire", help="write a questionnaire workbook for ministries to fill in"
    )
    questionnaire.add_argument("output", metavar="OUT.xlsx", type=Path)
    questionnaire.add_argument(
        "--assessment", type=int, metavar="ID", help="round (default: the most recently changed)"
    )
    workspace_option(questionnaire)
    lang_option(questionnaire)
    back = commands.add_parser(
        "import-questionnaire", help="read a filled-in questionnaire back (preview first)"
    )
    back.add_argument("input", metavar="IN.xlsx", type=Path)
    back.add_argument("--assessment", type=int, metavar="ID", required=True)
    back.add_argument(
        "--yes",
        action="store_true",
        help="apply the accepted changes (without it, only the preview)",
    )
    back.add_argument("--author", default="", help="name recorded in the history")
    workspace_option(back)
    shots = commands.add_parser("screenshots", help="render the main screens to PNG files")
    shots.add_argument("outdir", type=Path)
    shots.add_argument(
        "--workspace", metavar="PATH", help="workspace to show (default: a fresh demo workspace)"
    )
    lang_option(shots)
    content = commands.add_parser(
        "check-content", help="report every text of the shipped content missing in a language"
    )
    content.add_argument("--lang", choices=sorted(LANGUAGES), help="only this language")
    cli_team.add_commands(commands, workspace_option)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    try:
        return COMMANDS[args.command](args)
    except (UserError, WorkspaceError, ServiceError, ContentError) as exc:
        print(f"synergy: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("synergy: interrupted", file=sys.stderr)
        return 130


def _framework() -> Framework:
    return load_default_pack()


def _open(args: argparse.Namespace, *, create: bool = False) -> WorkspaceContext:
    return WorkspaceContext.open(resolve_workspace(args.workspace), _framework(), create=create)


def cmd_demo(args: argparse.Namespace) -> int:
    context = _open(args, create=True)
    try:
        if args.lang == "en":
            assessment_id = context.fill_demo()
        else:
            with language(args.lang):  # the history's "demo data" in that language too
                assessment_id = context.fill_demo(args.lang)
        progress = context.assessments.progress(assessment_id)
    finally:
        context.close()
    print(
        arg(
            translate("Cli", "Demo workspace written to %1 (round %2, %3 of %4 options answered)."),
            context.display_name,
            assessment_id,
            progress.overall.answered,
            progress.overall.total,
        )
    )
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    context = _open(args)
    try:
        service = context.assessments
        rounds = service.list_assessments()
        if not rounds:
            print(translate("Cli", "This workspace holds no assessment yet."), file=sys.stderr)
        for info in rounds:
            overall = service.progress(info.id).overall
            print(
                arg(
                    translate("Cli", "%1\t%2\t%3\t%4/%5 answered (%6%)"),
                    info.id,
                    info.title,
                    status_label(info.status),
                    overall.answered,
                    overall.total,
                    round(overall.completeness * 100),
                )
            )
    finally:
        context.close()
    return 0


def _export(args: argparse.Namespace, kind: str, *, personal_data: bool = True):
    """Run one export of the context, as the window does; the summary data it wrote."""
    context = _open(args)
    try:
        data = context.summary(args.assessment, personal_data=personal_data)
        with language(args.lang):
            for _ in context.export(kind, args.output, args.lang, data=data):
                pass  # the command line has no Cancel button
    except OSError as exc:
        raise UserError(
            arg(
                translate(
                    "Cli",
                    "The file cannot be written to %1 (%2). Close "
                    "it if it is open in another program, or choose another "
                    "place.",
                ),
                args.output,
                exc.strerror or exc,
            )
        ) from None
    finally:
        context.close()
    return data


def cmd_export(args: argparse.Namespace) -> int:
    _xlsx_target(args.output)
    data = _export(args, "summary", personal_data=not args.no_personal_data)
    print(
        arg(
            translate("Cli", "Summary of round %1 (%2) written to %3."),
            data.assessment.id,
            data.assessment.title,
            args.output,
        )
    )
    return 0


def _xlsx_target(target: Path) -> None:
    if target.suffix.lower() != ".xlsx":
        raise UserError(arg(translate("Cli", "Give a file name ending in .xlsx (not %1)."), target))
    if not target.parent.exists():
        raise UserError(
            arg(
                translate(
                    "Cli",
                    "The folder %1 does not exist. Create it or choose "
                    "another place for the workbook.",
                ),
                target.parent,
            )
        )


def cmd_questionnaire(args: argparse.Namespace) -> int:
    _xlsx_target(args.output)
    data = _export(args, "questionnaire")
    print(
        arg(
            translate("Cli", "Questionnaire for round %1 (%2) written to %3."),
            data.assessment.id,
            data.assessment.title,
            args.output,
        )
    )
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from synergy_desktop.ui.report.export import check_target, write_report

    try:
        check_target(args.output)
    except ValueError as exc:
        raise UserError(str(exc)) from None
    context = _open(args)
    try:
        data = context.summary(args.assessment, personal_data=not args.no_personal_data)
    finally:
        context.close()
    try:
        write_report(data, args.output, args.lang)
    except OSError as exc:
        raise UserError(
            arg(
                translate(
                    "Cli",
                    "The report cannot be written to %1 (%2). Close it if it is open in "
                    "another program, or choose another place.",
                ),
                args.output,
                exc.strerror or exc,
            )
        ) from None
    info = data.assessment
    print(
        arg(
            translate("Cli", "Report of round %1 (%2) written to %3."),
            info.id,
            info.title,
            args.output,
        )
    )
    return 0


def cmd_import_questionnaire(args: argparse.Namespace) -> int:
    from synergy_desktop.formats.excel.reading import WorkbookError

    context = _open(args)
    try:
        try:
            preview = context.preview_questionnaire(args.input, args.assessment)
        except WorkbookError as exc:
            raise UserError(str(exc)) from None
        print(
            arg(
                translate("Cli", "%1 change(s), %2 rejected cell(s)."),
                len(preview.changes),
                len(preview.rejected),
            )
        )
        for change in preview.changes:
            print(f"  {change.option_id}\t{change.field}\t{change.old!r} -> {change.new!r}")
        for sheet, cell, reason in preview.rejected:
            print(arg(translate("Cli", "  rejected %1!%2: %3"), sheet, cell, reason))
        if not args.yes:
            print(
                translate(
                    "Cli",
                    "Nothing was changed. Run again with --yes to apply the accepted changes.",
                )
            )
            return 0
        count = context.apply_questionnaire(preview, args.author)
    finally:
        context.close()
    print(translate("Cli", "%n answer field(s) updated.", None, count))
    return 0


def cmd_check_pack(args: argparse.Namespace) -> int:
    framework = load_pack(args.pack) if args.pack else _framework()
    print(
        arg(
            translate("Cli", "%1 version %2: %3 areas, %4 options, content %5."),
            framework.id,
            framework.version,
            len(framework.areas),
            len(framework.options),
            framework.content_hash[:12],
        )
    )
    incomplete = 0
    for lang in framework.languages[1:]:
        missing = missing_translations(framework, lang)
        if missing:
            incomplete += 1
            print(
                arg(
                    translate("Cli", "%1: %2 texts missing (shown in English): %3"),
                    lang,
                    len(missing),
                    ", ".join(missing[:10]),
                )
            )
        else:
            print(arg(translate("Cli", "%1: complete"), lang))
    return 1 if incomplete else 0


def cmd_screenshots(args: argparse.Namespace) -> int:
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from synergy_desktop.ui.window.screenshots import ScreenshotError, render

    try:
        paths = render(args.outdir, args.workspace, args.lang)
    except ScreenshotError as exc:
        raise UserError(str(exc)) from None
    for path in paths:
        print(path)
    return 0


def cmd_check_content(args: argparse.Namespace) -> int:
    from synergy_desktop.content.completeness import missing_content

    incomplete = 0
    for lang in [args.lang] if args.lang else [c for c in LANGUAGES if c != "en"]:
        missing = missing_content(lang)
        if missing:
            incomplete += 1
            print(
                arg(
                    translate("Cli", "%1: %2 texts missing (shown in English):"), lang, len(missing)
                )
            )
            for item in missing:
                print(f"  {item}")
        else:
            print(arg(translate("Cli", "%1: complete"), lang))
    return 1 if incomplete else 0


COMMANDS = {
    "demo": cmd_demo,
    "list": cmd_list,
    "export": cmd_export,
    "check-pack": cmd_check_pack,
    "check-content": cmd_check_content,
    "screenshots": cmd_screenshots,
    "questionnaire": cmd_questionnaire,
    "import-questionnaire": cmd_import_questionnaire,
    "report": cmd_report,
    **cli_team.COMMANDS,
}


if __name__ == "__main__":
    raise SystemExit(main())
