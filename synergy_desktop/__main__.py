"""``python -m synergy_desktop`` starts the window (the bundled programs start here too).

``python -m synergy_desktop COMMAND ...`` (a first argument that is not an option, such as
``demo`` or ``export``) runs the ``synergy`` command line instead.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and not args[0].startswith("-"):
        return command_line(args)
    from synergy_desktop.ui.app import main as window

    return window(args)


def command_line(argv: Sequence[str] | None = None) -> int:
    from synergy_desktop.cli import main as cli

    return cli(argv)


if __name__ == "__main__":
    raise SystemExit(main())
