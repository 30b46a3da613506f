"""``python -m commitments``: the command line."""
import sys

from commitments.tui.cli import main

sys.exit(main())
