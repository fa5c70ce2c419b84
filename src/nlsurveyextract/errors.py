"""Exceptions of nlsurveyextract, with messages that say what to do next.

Every error the library raises on purpose is a :class:`NlsurveyextractError`.
Each class carries a short machine-readable ``kind`` that the batch and CLI
layers copy into error records (``{"source": ..., "error": {"kind": ...,
"message": ...}}``), so a failing file is accounted for instead of lost.
"""

from __future__ import annotations


class NlsurveyextractError(Exception):
    """Base class: something the library recognised as going wrong.

    ``kind`` names the failure for error records; subclasses override it.
    """

    kind: str = "error"


class InputError(NlsurveyextractError, ValueError):
    """The input cannot be read as a Dutch news article."""

    kind = "input"


class EmptyInputError(InputError):
    """The input holds no text at all (zero bytes or only white space)."""

    kind = "empty"


class BinaryInputError(InputError):
    """The input is binary data (an image, an executable, a zip), not text."""

    kind = "binary"


class InputTooLargeError(InputError):
    """The input is larger than the configured limit (``max_bytes``)."""

    kind = "too_large"


class UnreadableInputError(InputError):
    """The file could not be opened or read (missing, a folder, no permission)."""

    kind = "unreadable"


class ModelError(NlsurveyextractError):
    """The spaCy pipeline could not be loaded or does not have what is needed."""

    kind = "model"


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


# --- batch runs ---------------------------------------------------------------


class NotAFileError(UnreadableInputError):
    """The path is a folder, FIFO, socket or device: refused without opening it."""

    kind = "not_a_file"


class ArticleTimeoutError(NlsurveyextractError):
    """One article took longer than ``ExtractConfig.timeout_seconds``."""

    kind = "timeout"


class WorkerCrashError(NlsurveyextractError):
    """The worker process handling an article died (a crash, or killed when stuck)."""

    kind = "crash"


class MissingExtraError(NlsurveyextractError, ImportError):
    """An optional dependency (pandas, dask) is not installed."""

    kind = "dependency"
