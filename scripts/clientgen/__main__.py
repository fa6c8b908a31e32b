"""``python -m clientgen``."""

import sys

from clientgen.cli import main

sys.exit(main())
