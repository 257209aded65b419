"""Team-work commands of ``synergy``: merge another workspace, copy one, compare several.

Registered from cli.py (:func:`add_commands`, :data:`COMMANDS`). Errors are raised as
ServiceError or WorkspaceError, which the command line prints as one plain sentence (exit 1).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from synergy_desktop.content.packs import load_default_pack
from synergy_desktop.paths import is_database_url, resolve_workspace
from synergy_desktop.services.context import WorkspaceContext
from synergy_desktop.services.errors import ServiceError
from synergy_desktop.text import arg, translate


def add_commands(commands, workspace_option: Callable[[argparse.ArgumentParser], None]) -> None:
    merge = commands.add_parser(
        "merge", help="merge another workspace into this one, field by field (preview first)"
    )
    merge.add_argument("other", metavar="OTHER", help="the other workspace file or database URL")
    merge.add_argument(
        "--yes", action="store_true", help="apply the changes that conflict with nothing"
    )
    merge.add_argument(
        "--prefer",
        choices=("mine", "theirs"),
        help="settle every conflict with this workspace's value (mine) or the other's (theirs)",
    )
    merge.add_argument("--author", default="", help="name recorded in the history")
    workspace_option(merge)
    copy = commands.add_parser(
        "copy", help="copy a workspace (a file or a database URL) into a new workspace file"
    )
    copy.add_argument("source", metavar="SOURCE", help="workspace file or database URL")
    copy.add_argument("target", metavar="TARGET.synergy", type=Path)
    compare = commands.add_parser(
        "compare", help="compare the ratings of several teams' workspaces in one workbook"
    )
    compare.add_argument("workspaces", metavar="WORKSPACE", nargs="+")
    compare.add_argument("--out", metavar="OUT.xlsx", type=Path, required=True)
    compare.add_argument("--lang", default="en", help="language of the workbook (default: en)")


def _when(value) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value else ""


def _who(author: str, when) -> str:
    parts = [p for p in (author, _when(when)) if p]
    return f" ({', '.join(parts)})" if parts else ""


def cmd_merge(args: argparse.Namespace) -> int:
    context = WorkspaceContext.open(resolve_workspace(args.workspace), load_default_pack())
    try:
        preview = context.preview_merge(args.other)
        for item in preview.changes:
            print(
                arg(
                    translate("Cli", "change\t%1\t%2\t%3\t%4 -> %5%6"),
                    item.kind_label,
                    item.label,
                    item.field_label,
                    repr(item.mine),
                    repr(item.theirs),
                    _who(item.theirs_author, item.theirs_when),
                )
            )
        for item in preview.conflicts:
            print(
                arg(
                    translate("Cli", "conflict\t%1\t%2\t%3\tmine %4%5\ttheirs %6%7"),
                    item.kind_label,
                    item.label,
                    item.field_label,
                    repr(item.mine),
                    _who(item.mine_author, item.mine_when),
                    repr(item.theirs),
                    _who(item.theirs_author, item.theirs_when),
                )
            )
        for item in preview.held:
            print(
                arg(
                    translate("Cli", "held\t%1\t%2\t%3\t%4"),
                    item.kind_label,
                    item.label,
                    item.field_label,
                    item.reason,
                )
            )
        if not preview.shared_history:
            print(
                translate(
                    "Cli",
                    "The two workspaces share no history: records were matched by their "
                    "stable ids only, and every difference is a conflict.",
                )
            )
        if not args.yes and not args.prefer:
            print(
                arg(
                    translate(
                        "Cli",
                        "0 change(s) applied, %1 conflict(s) unresolved; %2 change(s) ready. "
                        "Run again with --yes to apply them, and --prefer mine|theirs to "
                        "settle the conflicts.",
                    ),
                    len(preview.conflicts),
                    len(preview.changes),
                )
            )
            return 0
        choices = {c.key: args.prefer for c in preview.conflicts} if args.prefer else {}
        # --prefer alone settles the conflicts and applies nothing else
        result = context.apply_merge(preview, choices, args.author, changes=args.yes)
    finally:
        context.close()
    print(
        arg(
            translate(
                "Cli",
                "%1 change(s) applied, %2 conflict(s): %3 settled with theirs, %4 kept as "
                "here, %5 unresolved; %6 held.",
            ),
            result.applied,
            result.conflicts,
            result.taken,
            result.kept,
            result.unresolved,
            result.held,
        )
    )
    return 0


def cmd_copy(args: argparse.Namespace) -> int:
    target = args.target
    if is_database_url(str(target)):
        raise ServiceError(
            translate("Cli", "The copy is always a workspace file; give a file name as TARGET.")
        )
    if target.exists():
        raise ServiceError(
            arg(
                translate(
                    "Cli", "%1 already exists. Give a new file name; nothing was overwritten."
                ),
                target,
            )
        )
    if target.suffix.lower() != ".synergy":
        raise ServiceError(
            arg(translate("Cli", "Give a file name ending in .synergy (not %1)."), target)
        )
    context = WorkspaceContext.open(args.source, load_default_pack())
    try:
        written = context.save_copy(target)
        source = context.display_name
    finally:
        context.close()
    print(arg(translate("Cli", "Copy of %1 written to %2."), source, written))
    return 0


def cmd_compare(args: argparse.Namespace) -> int:
    from synergy_desktop.services.compare import compare_workspaces, write_comparison

    if args.out.suffix.lower() != ".xlsx":
        raise ServiceError(
            arg(translate("Cli", "Give a file name ending in .xlsx (not %1)."), args.out)
        )
    comparison = compare_workspaces(args.workspaces, load_default_pack(), args.lang)
    for _ in write_comparison(comparison, args.out, args.lang):
        pass
    print(
        arg(
            translate("Cli", "%1 workspaces compared over %2 options; written to %3."),
            len(comparison.teams),
            len(comparison.rows),
            args.out,
        )
    )
    return 0


COMMANDS = {"merge": cmd_merge, "copy": cmd_copy, "compare": cmd_compare}
