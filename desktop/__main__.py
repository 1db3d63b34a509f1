"""``python -m desktop`` opens the GUI (any arguments go to the command line)."""

import sys

from desktop.cli import main

sys.exit(main(sys.argv[1:] or ["gui"]))
