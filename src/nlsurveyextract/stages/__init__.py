"""The NLP stages, one spaCy component each, in the order they run.

Their extension values (``span._.nlse_percentage``, ``doc._.nlse_surveys``)
are frozen dataclasses. ``nlp.pipe(texts, n_process=2)`` sends each Doc back
from its worker with ``Doc.to_bytes``, which packs extension values with
msgpack; the encoder registered here carries this package's dataclasses
through it as a map of their fields, so multiprocess pipes work. Only
dataclasses of this package are rebuilt (no pickle: a Doc file from elsewhere
cannot run code), and lists come back as the tuples frozen dataclasses hold.
"""

from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Callable
from typing import Any

import srsly

_MARK = "__nlsurveyextract_dataclass__"
_PACKAGE = "nlsurveyextract."


def _pack_dataclass(obj: object, chain: Callable[[object], object] | None = None) -> object:
    """Encode for msgpack: one of this package's dataclasses as its class name and fields."""
    kind = type(obj)
    if dataclasses.is_dataclass(obj) and kind.__module__.startswith(_PACKAGE):
        fields = {field.name: getattr(obj, field.name) for field in dataclasses.fields(obj)}
        return {_MARK: f"{kind.__module__}:{kind.__qualname__}", "fields": fields}
    return obj if chain is None else chain(obj)


def _unpack_dataclass(obj: object, chain: Callable[[object], object] | None = None) -> object:
    """Decode from msgpack: the marked map back into its dataclass."""
    if isinstance(obj, dict) and _MARK in obj and str(obj[_MARK]).startswith(_PACKAGE):
        module, _, name = str(obj[_MARK]).partition(":")
        kind = getattr(importlib.import_module(module), name)
        if isinstance(kind, type) and dataclasses.is_dataclass(kind):
            return kind(**{key: _as_tuples(value) for key, value in obj["fields"].items()})
    return obj if chain is None else chain(obj)


def _as_tuples(value: Any) -> Any:
    return tuple(_as_tuples(item) for item in value) if isinstance(value, list) else value


srsly.msgpack_encoders.register(_MARK, func=_pack_dataclass)
srsly.msgpack_decoders.register(_MARK, func=_unpack_dataclass)
