"""``python -m nlsurveyextract`` runs the ``extract`` command."""

import sys

from .cli import main

sys.exit(main())
