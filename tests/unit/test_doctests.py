"""Every module's doctests run as part of the suite, against the installed package."""

import doctest
import importlib
import pkgutil

import pytest

import nlsurveyextract

MODULES = sorted(
    info.name
    for info in pkgutil.walk_packages(nlsurveyextract.__path__, "nlsurveyextract.")
    if not info.name.endswith("__main__")
)


@pytest.mark.parametrize("name", MODULES)
def test_doctests(name):
    module = importlib.import_module(name)
    failures, _ = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert failures == 0
