"""Entry of both bundled programs (see synergy-desktop.spec): they are built from this one script,
so the folder holds one copy of everything. The name of the program decides what it does:
``synergy`` runs the command line, ``synergy-desktop`` starts the window."""

import sys
from pathlib import Path

from synergy_desktop.__main__ import command_line, main

if Path(sys.executable).stem.lower() == "synergy":
    raise SystemExit(command_line())
raise SystemExit(main())
