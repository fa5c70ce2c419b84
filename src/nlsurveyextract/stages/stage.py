"""What the stages after the percentages share: where their results go and how spaCy builds them.

Each of them (subjects, statements, linking) reads the percentage spans under
the spans key of the percentage component in the same pipeline, unless given
one of its own, and puts its results in one Doc extension.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

from ..text.docview import percentage_spans_key

Component = Callable[[Doc], Doc]
Factory = Callable[[Language, str, "str | None"], Component]


def doc_extension(name: str) -> str:
    """Register ``Doc._.<name>`` (default None) for a stage's results, once; return the name."""
    if not Doc.has_extension(name):
        Doc.set_extension(name, default=None)
    return name


def register(
    factory: str, build: Callable[[str], Component], assigns: str, requires: tuple[str, ...]
) -> Factory:
    """Register a stage with spaCy as ``factory``; ``nlp.add_pipe(factory)`` then builds it.

    ``assigns`` and ``requires`` name Doc extensions, as ``nlp.analyze_pipes()`` checks them.
    """

    def make(nlp: Language, name: str, spans_key: str | None) -> Component:
        return build(percentage_spans_key(nlp, spans_key))

    make.__doc__ = f'Build the component: ``nlp.add_pipe("{factory}")``.'
    Language.factory(
        factory,
        assigns=[f"doc._.{assigns}"],
        requires=[f"doc._.{name}" for name in requires],
        default_config={"spans_key": None},
        func=make,
    )
    return make
