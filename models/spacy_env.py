"""Let the model scripts run while a ``spacy_factories`` entry point cannot be imported.

spaCy loads every ``spacy_factories`` entry point when it creates a pipeline.
While the package under development declares a factory whose module does not
exist yet, that import error would stop training and evaluation, which never
use the factory. This skips such entry points with a warning.
"""

from __future__ import annotations

import importlib.metadata
import sys


def tolerate_broken_entry_points() -> None:
    """Make catalogue skip entry points whose import fails (call before creating pipelines)."""
    import catalogue

    def get_entry_points(self: catalogue.Registry) -> dict:
        loaded = {}
        for entry_point in importlib.metadata.entry_points(group=self.entry_point_namespace):
            try:
                loaded[entry_point.name] = entry_point.load()
            except (ImportError, AttributeError) as err:
                print(f"warning: skipped entry point {entry_point.name}: {err}", file=sys.stderr)
        return loaded

    catalogue.Registry.get_entry_points = get_entry_points
