"""The frozen executable's entry: the same as the ``clerk-app`` console script (ui/entry.py)."""

import sys

from ui.entry import main

if __name__ == "__main__":
    sys.exit(main())
