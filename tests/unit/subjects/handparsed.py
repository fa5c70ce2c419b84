"""Helpers for hand-parsed Docs: build one from rows, take the clause and figure of a span."""

from __future__ import annotations

from spacy.tokens import Doc

from nlsurveyextract.stages.percentages import EXTENSION, FACTORY, SPANS_KEY
from nlsurveyextract.text.clauses import Clause, Figure, clause_of
from nlsurveyextract.text.docview import build_view

Row = tuple[str, str, str, int, str]
FIN = "VerbForm=Fin"


def rows_of(tagged: str) -> list[Row]:
    """Rows from ``word/POS``, ``word/POS/dep/head`` tokens, each with an optional ``@morph``."""
    rows = []
    for token in tagged.split():
        token, _, features = token.partition("@")
        word, pos, *parse = token.split("/") if not token.startswith("./") else [".", *token[2:].split("/")]
        dep, head = parse if parse else ("", "0")
        rows.append((word, pos, dep, int(head), features))
    return rows


def build(nlp, tagged: str | list[Row], *, parsed: bool = True) -> Doc:
    """A Doc from tagged tokens, one sentence, with its percentage spans (and without a parse if asked)."""
    rows = rows_of(tagged) if isinstance(tagged, str) else tagged
    words = [row[0] for row in rows]
    spaces = [i + 1 < len(rows) and rows[i + 1][1] != "PUNCT" for i in range(len(rows))]
    doc = Doc(
        nlp.vocab,
        words=words,
        spaces=spaces,
        pos=[row[1] for row in rows],
        deps=[row[2] for row in rows] if parsed else None,
        heads=[row[3] for row in rows] if parsed else None,
        morphs=[row[4] for row in rows],
        sent_starts=[i == 0 for i in range(len(rows))],
    )
    doc = nlp.get_pipe(FACTORY)(doc)
    build_view(doc, SPANS_KEY)
    return doc


def figure_at(doc: Doc, index: int = 0) -> tuple[Clause, Figure]:
    """The clause and figure of the ``index``-th percentage span."""
    span = doc.spans[SPANS_KEY][index]
    figure = Figure(span, span._.get(EXTENSION))
    return clause_of(figure), figure


def text(doc: Doc, offsets: tuple[int, int] | None) -> str | None:
    return None if offsets is None else doc.text[offsets[0] : offsets[1]]
