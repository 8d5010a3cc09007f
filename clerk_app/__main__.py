"""``python -m clerk_app``: the scripting interface only (no GUI)."""

import sys

from clerk_app.cli.main import main

sys.exit(main())
