from synergy_desktop.cli import main

raise SystemExit(main())
