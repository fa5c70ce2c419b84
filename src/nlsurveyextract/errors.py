"""Exceptions of nlsurveyextract, with messages that say what to do next.

Every error the library raises on purpose is a :class:`NlsurveyextractError`,
and :func:`~nlsurveyextract.extract` and
:func:`~nlsurveyextract.extract_file` raise nothing else: a failure inside
spaCy or the rules reaches the caller as an :class:`ExtractionError`.
Each class carries a short machine-readable ``kind`` that the batch and CLI
layers copy into error records (``{"source": ..., "error": {"kind": ...,
"message": ...}}``), so a failing file is accounted for instead of lost.

The kinds are part of the public contract and do not change:

==============  =============================  =========================================
``kind``        class                          meaning
==============  =============================  =========================================
``input``       :class:`InputError`            the input is not an article (base class)
``empty``       :class:`EmptyInputError`       no text, only white space or a header
``binary``      :class:`BinaryInputError`      an image, archive, program, random bytes
``too_large``   :class:`InputTooLargeError`    over ``max_bytes`` (a ``str`` in UTF-8)
``unreadable``  :class:`UnreadableInputError`  missing, a folder, no permission
``type``        :class:`InputTypeError`        not ``str`` or bytes (``None``, a number)
``model``       :class:`ModelError`            the spaCy pipeline cannot be used
``internal``    :class:`ExtractionError`       a bug: an unexpected failure inside
``timeout``     :class:`ExtractionTimeout`     one article took longer than allowed
==============  =============================  =========================================

>>> issubclass(InputTypeError, TypeError), issubclass(InputError, ValueError)
(True, True)
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

__all__ = [
    "BinaryInputError",
    "EmptyInputError",
    "ExtractionError",
    "ExtractionTimeout",
    "InputError",
    "InputTooLargeError",
    "InputTypeError",
    "ModelError",
    "NlsurveyextractError",
    "UnreadableInputError",
    "describe",
    "internal_errors",
]

REPORT_ADVICE = (
    "this is a bug in nlsurveyextract, not in your input; please report it with the input "
    "that caused it (or the smallest part of it that still fails)"
)
"""What every :class:`ExtractionError` message asks the user to do."""


class NlsurveyextractError(Exception):
    """Base class: something the library recognised as going wrong.

    ``kind`` names the failure for error records; subclasses override it.
    """

    kind: str = "error"


class InputError(NlsurveyextractError, ValueError):
    """The input cannot be read as a Dutch news article.

    A :class:`ValueError` too, so ``except ValueError`` keeps catching it.
    """

    kind = "input"


class EmptyInputError(InputError):
    """The input holds no text at all (zero bytes or only white space)."""

    kind = "empty"


class BinaryInputError(InputError):
    """The input is binary data (an image, an executable, a zip), not text."""

    kind = "binary"


class InputTooLargeError(InputError):
    """The input is larger than the limit, ``max_bytes`` (bytes; a ``str`` counted in UTF-8)."""

    kind = "too_large"


class UnreadableInputError(InputError):
    """The file could not be opened or read (missing, a folder, no permission)."""

    kind = "unreadable"


class InputTypeError(InputError, TypeError):
    """The API was given something that is not text: ``None``, a number, a list.

    A :class:`TypeError` too, so ``except TypeError`` keeps catching it.
    """

    kind = "type"


class ModelError(NlsurveyextractError):
    """The spaCy pipeline could not be loaded or does not have what is needed."""

    kind = "model"


class ExtractionError(NlsurveyextractError):
    """Extraction failed inside the library (spaCy, the rules, the operating system).

    The original exception is kept as ``__cause__``; the message names it and
    asks for a report, because valid input should never cause one.
    """

    kind = "internal"


class ExtractionTimeout(NlsurveyextractError, TimeoutError):
    """One article took longer than ``ExtractConfig.timeout_seconds`` (batch runs)."""

    kind = "timeout"


def describe(error: BaseException) -> dict[str, str]:
    """Turn an exception into the ``error`` field of an error record.

    Errors we raise keep their ``kind``; anything else is an ``internal``
    error, whose message names its type so a bug report can be written.

    >>> describe(EmptyInputError("x.txt: the file is empty"))
    {'kind': 'empty', 'message': 'x.txt: the file is empty'}
    """
    if isinstance(error, NlsurveyextractError):
        return {"kind": error.kind, "message": str(error)}
    return {"kind": "internal", "message": f"{type(error).__name__}: {error}"}


@contextlib.contextmanager
def internal_errors(source: str, step: str) -> Iterator[None]:
    """Turn any unexpected exception in ``step`` into an :class:`ExtractionError`.

    Errors of this library pass through unchanged; a spaCy ``ValueError``, an
    ``OSError`` or a ``RecursionError`` becomes one error the caller can
    catch, saying where it happened and what to do.

    >>> with internal_errors("a.txt", "the spaCy pipeline"):  # doctest: +ELLIPSIS
    ...     raise RecursionError("maximum recursion depth exceeded")
    Traceback (most recent call last):
    ...
    nlsurveyextract.errors.ExtractionError: a.txt: RecursionError in the spaCy pipeline: ...
    """
    try:
        yield
    except NlsurveyextractError:
        raise
    except Exception as error:
        raise ExtractionError(
            f"{source}: {type(error).__name__} in {step}: {error}; {REPORT_ADVICE}"
        ) from error


# --- batch runs ---------------------------------------------------------------


class NotAFileError(UnreadableInputError):
    """The path is a folder, FIFO, socket or device: refused without opening it."""

    kind = "not_a_file"


class WorkerCrashError(NlsurveyextractError):
    """The worker process handling an article died (a crash, or killed when stuck)."""

    kind = "crash"


class MissingExtraError(NlsurveyextractError, ImportError):
    """An optional dependency (pandas, dask) is not installed."""

    kind = "dependency"
