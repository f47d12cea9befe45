"""`python -m chatsync` runs the command line."""

from chatsync.cli import main

raise SystemExit(main())
