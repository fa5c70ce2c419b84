"""Logging: the library reports through :mod:`logging` and never prints.

Everything goes to the ``nlsurveyextract`` logger, which has a
:class:`logging.NullHandler`, so an application that configures no logging
hears nothing, and one that does (``logging.basicConfig(level="INFO")``)
hears every warning a result carries: a text that does not look Dutch, a
truncated input, findings whose confidence is low. The warnings stay in
``ArticleResult.warnings`` as well, for whoever reads the output instead.

A command line maps its options onto this logger with :func:`configure`:
``--verbose`` shows INFO (one line per article), ``--quiet`` only errors.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from .schema import Finding

LOGGER_NAME = "nlsurveyextract"
logger = logging.getLogger(LOGGER_NAME)
logger.addHandler(logging.NullHandler())

CHECK_BELOW = 0.6
"""Findings with a lower confidence were right about a third of the time on the
development corpus (see README, confidence): a reviewer should check them."""


def low_confidence_notes(findings: Sequence[Finding]) -> tuple[str, ...]:
    """A warning naming the findings to check, or nothing when all are confident.

    >>> from nlsurveyextract.schema import Finding, Span
    >>> quote = Span.of("Zestien procent", 0, 15)
    >>> low_confidence_notes([Finding(value=16.0, form="words", span=quote, sentence=quote, confidence=0.35)])
    ('1 finding has a confidence below 0.6 (finding 1: Zestien procent): check its subject',)
    """
    doubtful = [(number, f) for number, f in enumerate(findings, start=1) if f.confidence < CHECK_BELOW]
    if not doubtful:
        return ()
    listed = ", ".join(f"finding {number}: {finding.span.text}" for number, finding in doubtful)
    if len(doubtful) == 1:
        return (f"1 finding has a confidence below {CHECK_BELOW} ({listed}): check its subject",)
    return (
        f"{len(doubtful)} findings have a confidence below {CHECK_BELOW} ({listed}): check their subjects",
    )


def logged_warnings(source: str, warnings: tuple[str, ...], findings: Sequence[Finding]) -> tuple[str, ...]:
    """A result's warnings, with a note on findings to check; each one logged as it is returned.

    Called where a result is built, so every way of extracting (one text, a
    file, a batch, the spaCy component) logs the same lines.
    """
    noted = warnings + low_confidence_notes(findings)
    for warning in noted:
        logger.warning("%s: %s", source, warning)
    logger.info("%s: %d findings", source, len(findings))
    return noted


def configure(verbose: bool = False, quiet: bool = False, stream: TextIO | None = None) -> logging.Handler:
    """Send the library's log to ``stream`` (standard error): what ``--verbose``/``--quiet`` set.

    Warnings by default, INFO with ``verbose``, only errors with ``quiet``.
    """
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("extract: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.ERROR if quiet else logging.INFO if verbose else logging.WARNING)
    return handler
