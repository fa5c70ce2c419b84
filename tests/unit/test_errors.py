"""The exception hierarchy: stable kinds, the built-in classes callers catch, wrapped failures."""

from __future__ import annotations

import pytest

from nlsurveyextract import errors
from nlsurveyextract.errors import (
    BinaryInputError,
    EmptyInputError,
    ExtractionError,
    ExtractionTimeout,
    InputError,
    InputTooLargeError,
    InputTypeError,
    ModelError,
    NlsurveyextractError,
    UnreadableInputError,
    describe,
    internal_errors,
)

# The kinds written into error records: part of the output contract.
KINDS = [
    (InputError, "input"),
    (EmptyInputError, "empty"),
    (BinaryInputError, "binary"),
    (InputTooLargeError, "too_large"),
    (UnreadableInputError, "unreadable"),
    (InputTypeError, "type"),
    (ModelError, "model"),
    (ExtractionError, "internal"),
    (ExtractionTimeout, "timeout"),
]


@pytest.mark.parametrize(("cls", "kind"), [pytest.param(c, k, id=k) for c, k in KINDS])
def test_every_error_has_its_stable_kind(cls, kind):
    assert cls.kind == kind
    assert describe(cls("a.txt: wat er misging")) == {"kind": kind, "message": "a.txt: wat er misging"}


def test_every_public_error_class_has_a_documented_kind():
    documented = {cls for cls, _ in KINDS}
    public = {getattr(errors, name) for name in errors.__all__}
    classes = {obj for obj in public if isinstance(obj, type) and obj is not NlsurveyextractError}
    assert classes == documented
    for cls, kind in KINDS:
        assert f"``{kind}``" in errors.__doc__
        assert issubclass(cls, NlsurveyextractError)


@pytest.mark.parametrize(
    ("cls", "builtin"),
    [
        pytest.param(InputError, ValueError, id="input-is-value-error"),
        pytest.param(InputTypeError, TypeError, id="type-is-type-error"),
        pytest.param(InputTypeError, InputError, id="type-is-input-error"),
        pytest.param(ExtractionTimeout, TimeoutError, id="timeout-is-timeout-error"),
    ],
)
def test_errors_are_also_the_builtin_class_callers_already_catch(cls, builtin):
    with pytest.raises(builtin):
        raise cls("x")


def test_a_foreign_exception_is_described_as_internal():
    assert describe(KeyError("zetels")) == {"kind": "internal", "message": "KeyError: 'zetels'"}


@pytest.mark.parametrize(
    "failure",
    [
        pytest.param(RecursionError("maximum recursion depth exceeded"), id="recursion"),
        pytest.param(OSError(28, "No space left on device"), id="os"),
        pytest.param(ValueError("[E088] Text of length 1200000 exceeds maximum"), id="spacy-value-error"),
    ],
)
def test_internal_errors_wraps_unexpected_failures_with_what_to_do(failure):
    with pytest.raises(ExtractionError) as caught, internal_errors("artikel.txt", "the spaCy pipeline"):
        raise failure
    message = str(caught.value)
    assert message.startswith(f"artikel.txt: {type(failure).__name__} in the spaCy pipeline: ")
    assert "please report it with the input" in message
    assert caught.value.__cause__ is failure
    assert describe(caught.value)["kind"] == "internal"


def test_internal_errors_lets_the_librarys_own_errors_through():
    with pytest.raises(EmptyInputError, match=r"^leeg\.txt: no text$"), internal_errors("leeg.txt", "x"):
        raise EmptyInputError("leeg.txt: no text")
