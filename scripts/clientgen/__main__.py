"""``python -m clientgen``."""

from clientgen.cli import run

run()
