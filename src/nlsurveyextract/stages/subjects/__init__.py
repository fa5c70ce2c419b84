"""Who or what each percentage is about: the subject layer, a spaCy component.

Dutch news names the group of a proportion in a handful of ways, tried from
the most explicit to the least (the registry in
:mod:`~nlsurveyextract.stages.subjects.engine`, one module per construction
in :mod:`~nlsurveyextract.stages.subjects.rules`):

1. ``of_group``: a partitive ``van``-phrase, ``veertig procent van de telers``.
2. ``respective_item``: ``Gouda en Edam: respectievelijk 48 en 39 procent``,
   and the sides of a comparison, ``vaker dan kopers (11% versus 4%)``.
3. ``quantified_noun``: the group follows the quantity, ``Zes op de tien telers``.
4. ``apposition``: a figure in brackets after its item, ``Utrecht (27 procent)``.
5. ``clause_subject``: a rate or change of the clause's subject, ``De rente
   steeg naar 3,5 procent``, or figures closing a clause after a colon; the
   subject of a bracketed predicate, ``is vaker vrouw (64 procent)``; the
   object of a transitive change, ``verhoogt de premie met 6 procent``.
6. ``fronted_group``: ``Van de telers wil 45 procent stoppen``.
7. ``change_partner`` and ``coordinated_figure``: the figure continues the
   one before it, ``van 12 naar 17 procent``, or restates the change of the
   sentence before, ``Het gaat om een groei van 4 procent``.
8. ``context``: an elliptical figure, ``Slechts negen procent heeft een
   plan``, takes the group a reader carries from before
   (:mod:`~nlsurveyextract.stages.subjects.discourse`).

The rules read the parse where it is right and Dutch word order where it is
not (a trained parser gets about a quarter of the attachments wrong); none of
them knows any particular group: they follow Dutch syntax.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ...text.docview import build_view, expression_spans
from ..mentions import survey_mentions
from ..percentages import EXTENSION as PERCENTAGE
from ..stage import doc_extension, register
from ..surveys import EXTENSION as SURVEYS
from .discourse import Discourse
from .engine import (
    RULES,
    Rule,
    SubjectChoice,
    explicit_subject,
    first_match,
    group_end,
    resolve_subject,
    resolve_subjects,
)

__all__ = [
    "EXTENSION",
    "FACTORY",
    "RULES",
    "Discourse",
    "Rule",
    "SubjectChoice",
    "SubjectResolver",
    "explicit_subject",
    "first_match",
    "group_end",
    "resolve_subject",
]

FACTORY = "nlsurveyextract_subjects"
EXTENSION = doc_extension("nlse_subjects")
"""``doc._.nlse_subjects``: one :class:`SubjectChoice` per percentage span, in text order."""


class SubjectResolver:
    """spaCy component: the subject of every percentage span, in ``doc._.nlse_subjects``.

    It reads the spans of the percentage component (under the same spans
    key) and, where the pipeline has them, tags, morphology and the parse; on
    a Doc without a parse the rules that need one are skipped.
    """

    def __init__(self, spans_key: str) -> None:
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        """Resolve the figures in text order, carrying the discourse from one to the next."""
        build_view(doc, self.spans_key)
        expressions = [span._.get(PERCENTAGE) for span in expression_spans(doc)]
        discourse = Discourse.from_doc(doc, survey_mentions(doc))
        doc._.set(EXTENSION, resolve_subjects(doc, expressions, discourse))
        return doc


make_subject_resolver = register(FACTORY, SubjectResolver, EXTENSION, requires=(SURVEYS,))
