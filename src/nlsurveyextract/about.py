"""Versions: of the package, of the Dutch pipeline it ships, and of spaCy.

The package and its trained pipeline have versions of their own (a new rule
does not retrain the model; a retrained model changes no code), so a bug
report needs both: ``extract --version`` prints :func:`version_line`.

>>> versions()["nlsurveyextract"] == __version__
True
"""

from __future__ import annotations

import json
from importlib import metadata

from . import __version__


def model_version() -> str:
    """``name version`` of the bundled pipeline, read from its ``meta.json`` without loading it."""
    from .errors import ModelError
    from .pipeline import shipped_model_path

    try:
        meta = json.loads((shipped_model_path() / "meta.json").read_text(encoding="utf-8"))
    except (ModelError, OSError, ValueError):
        return "missing"
    return f"{meta.get('name', '?')} {meta.get('version', '?')}"


def versions() -> dict[str, str]:
    """The versions a bug report needs: package, bundled pipeline, spaCy."""
    try:
        spacy_version = metadata.version("spacy")
    except metadata.PackageNotFoundError:
        spacy_version = "missing"
    return {"nlsurveyextract": __version__, "model": model_version(), "spacy": spacy_version}


def version_line() -> str:
    """One line for ``extract --version``.

    >>> version_line().startswith(f"nlsurveyextract {__version__} (model nlsurveyextract_sm ")
    True
    """
    found = versions()
    return f"nlsurveyextract {found['nlsurveyextract']} (model {found['model']}, spaCy {found['spacy']})"
