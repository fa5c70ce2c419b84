"""nlsurveyextract: percentage claims, their subjects and surveys from Dutch news.

>>> import nlsurveyextract                                        # doctest: +SKIP
>>> result = nlsurveyextract.extract("Vier op de tien Nederlanders sporten.")  # doctest: +SKIP
>>> [(f.value, f.subject.text) for f in result.findings]          # doctest: +SKIP
[(40.0, 'Nederlanders')]

The heavy parts (spaCy, the model) load on first use, so importing is cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = [
    "ArticleResult",
    "ErrorRecord",
    "ExtractConfig",
    "Finding",
    "Span",
    "Survey",
    "__version__",
    "extract",
    "extract_doc",
    "extract_file",
    "extract_many",
    "load",
    "to_dataframe",
]

_LAZY = {
    "ArticleResult": "schema",
    "ErrorRecord": "schema",
    "Finding": "schema",
    "Span": "schema",
    "Survey": "schema",
    "ExtractConfig": "config",
    "extract": "pipeline",
    "extract_doc": "pipeline",
    "extract_file": "pipeline",
    "extract_many": "batch",
    "load": "pipeline",
    "to_dataframe": "tables",
}

if TYPE_CHECKING:
    from .batch import extract_many
    from .config import ExtractConfig
    from .pipeline import extract, extract_doc, extract_file, load
    from .schema import ArticleResult, ErrorRecord, Finding, Span, Survey
    from .tables import to_dataframe


def __getattr__(name: str) -> Any:
    """Import the public names on first use, so `import nlsurveyextract` stays fast."""
    if name not in _LAZY:
        raise AttributeError(f"module 'nlsurveyextract' has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f".{_LAZY[name]}", __name__), name)
