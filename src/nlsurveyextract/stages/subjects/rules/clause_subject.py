"""The figure is a rate or change of its clause's subject: ``De rente steeg naar 3,5 procent``.

The parse gives the figure's verb its subject; a coordinated clause after
``en`` or a comma has a subject of its own (``Goud won 1,2% en zilver
verloor 0,8%``), also when the verb is left out (``Fiat volgde met 5 procent
en Opel met 4 procent``). A figure that opens its main clause is the
subject itself (``Ruim 30 procent wil verhuizen``), and the rule gives way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ....lexicon.grammar import CLAUSE_COORDINATORS, COORDINATORS, DETERMINERS, ELLIPTICAL_PREPOSITIONS
from ....text.clauses import SUBJECT_DEPS, phrase_in_subject_position, subject_child, subject_like_phrase
from ....text.docview import Offsets, char_offsets
from ....text.phrases import next_word, past_descriptor
from ....text.tokens import describes_a_company, is_finite_verb, is_noun, morph, states_figure
from ....text.word_order import name_after_descriptor, name_before_verb

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

    from ....text.clauses import Clause, Figure


SHARING = frozenset({"en", "maar"})
"""Coordinators after which a finite verb shares the first conjunct's subject."""
CLAUSE_DEPS = frozenset({"ccomp", "advcl", "acl:relcl", "acl", "xcomp"})
# Coordinated and loosely attached clauses have subjects of their own.
COORDINATED_CLAUSE_DEPS = frozenset({"conj", "parataxis"})


def clause_subject(clause: Clause, figure: Figure) -> Offsets | None:
    """``De rente steeg 0,5%`` -> ``De rente``: the subject of the clause the figure is in.

    Walks up from the expression to its verb (or its copula predicate) and
    takes a nominal subject outside the expression. A figure that is itself
    the only subject makes the sentence elliptical, and this rule gives way.
    """
    doc, span = clause.doc, figure.span
    if not clause.parsed or governed_by_group_preposition(doc, span):
        return None
    if _opens_main_clause(clause):
        return None
    shared = _shared_subject(clause)
    if shared is not None:
        return shared
    parsed = _beyond_comma(doc, span, _parsed_clause_subject(span))
    own = _coordinated_clause_subject(clause)
    if own is not None and (parsed is None or parsed[0] < own[0]):
        return own
    return parsed if parsed is None else _completed_by_word_order(clause, parsed)


def _beyond_comma(doc: Doc, span: SpacySpan, subject: Offsets | None) -> Offsets | None:
    """None for a subject after the figure and a comma: it opens the next clause (``..., bank ING klom``).

    Not after a verb: ``"Ik ben nog niet 100 procent", zei de renner`` names
    the speaker in an inverted reporting clause.
    """
    if subject is None or subject[0] < span.end_char:
        return subject
    comma = doc.text.rfind(",", span.end_char, subject[0])
    if comma < 0:
        return subject
    after = doc.char_span(comma + 1, subject[0], alignment_mode="expand")
    inverted = after is not None and any(is_finite_verb(t) for t in after)
    return subject if inverted else None


def _completed_by_word_order(clause: Clause, parsed: Offsets) -> Offsets:
    """``het Damrak``, ``de FTSE 100``: the phrase in subject position, the parsed one and a word more.

    The parse and word order vote on the subject; where they agree on it but
    the parse lost its article or the number of a name, the phrase by word order is whole.
    """
    position = clause.subject_position
    if position is None:
        return parsed
    whole = char_offsets(clause.doc, position)
    covers = whole[0] <= parsed[0] and whole[1] >= parsed[1] and whole != parsed
    inside = [t for t in clause.doc[position[0] : position[1]] if parsed[0] <= t.idx < parsed[1]]
    return whole if covers and inside and position[1] - position[0] - len(inside) <= 2 else parsed


def _parsed_clause_subject(span: SpacySpan) -> Offsets | None:
    """The nominal subject the parse gives the figure's verb (or a verb above it)."""
    token = span.root
    if token.dep_ in SUBJECT_DEPS:
        verb = token.head
        subject = subject_child(verb, span, before_only=True)
        if subject is None and verb.dep_ == "xcomp":  # "gaat een huishouden 7 procent meer betalen"
            subject = subject_child(verb.head, span, before_only=True)
        return subject
    crossed_clause = False
    for _ in range(4):
        subject = subject_child(token, span, before_only=crossed_clause)
        if subject is not None:
            return subject
        if token.head.i == token.i or token.dep_ in COORDINATED_CLAUSE_DEPS:
            break
        crossed_clause = crossed_clause or token.dep_ in CLAUSE_DEPS
        token = token.head
    return None


def _coordinated_clause_subject(clause: Clause) -> Offsets | None:
    """``Goud won 1,2% en het zilver verloor 0,8%`` -> ``het zilver`` for 0,8%.

    When the figure's own clause, after a comma, colon or ``en``/``maar``,
    opens with a noun phrase followed by its finite verb, that phrase is the
    subject, wherever the parse hung the clause. After ``en`` the verb may be
    left out (``en Opel met 4 procent``).
    """
    doc, span, first = clause.doc, clause.figure, clause.start
    starts = [first] + [k + 1 for k in range(first, span.start) if doc[k].lower_ in CLAUSE_COORDINATORS]
    opening = next_word(doc, starts[-1])
    if not clause.has_finite_verb(clause.window, starts[-1]):
        return None  # no clause before it: "met CDA, SP, D66 kan ..." is one clause
    after_coordinator = len(starts) > 1
    phrase = subject_like_phrase(doc, opening, span.start, names_capitalised=after_coordinator)
    if phrase is None and opening < span.start and describes_a_company(doc[opening]):
        phrase = name_after_descriptor(doc, opening, span.start)  # ", uitzender Randstad koerste": tags aside
    if phrase is None:
        return None
    between = [t for t in doc[phrase[1] : span.start] if not t.is_space]
    following = next_word(doc, span.end)
    conjunct_ends = following >= len(doc) or doc[following].is_punct or doc[following].lower_ in COORDINATORS
    only_a_preposition = len(between) <= 1 and all(t.pos_ == "ADP" for t in between)
    gapped = after_coordinator and conjunct_ends and only_a_preposition
    if gapped:  # "Fiat volgde met 5 procent en Opel met 4 procent": the verb is left out
        return char_offsets(doc, phrase)
    verb = next((t.i for t in between if is_finite_verb(t) or states_figure(t)), None)
    if verb is None or any(t.is_punct for t in doc[phrase[1] : verb]):
        return None  # "CDA, SP en D66 - samen goed voor 40 zetels - kan": a list, not a clause
    return char_offsets(doc, phrase)


def _shared_subject(clause: Clause) -> Offsets | None:
    """``Boeing meldde goed nieuws en steeg 5 procent`` -> ``Boeing``: coordinated verbs share a subject.

    A finite verb right after ``en``/``maar`` opens a conjunct without a
    subject of its own; its subject is the first conjunct's (by V2 order),
    whatever noun the parse made the subject of the second verb.
    """
    doc, limit = clause.doc, clause.figure.start
    coordinator = next((k for k in range(limit - 1, clause.start - 1, -1) if doc[k].lower_ in SHARING), None)
    if coordinator is None:
        return None
    verb = next_word(doc, coordinator + 1)
    if verb >= limit or not (is_finite_verb(doc[verb]) or states_figure(doc[verb])):
        return None
    opener = clause.first_word
    fronted = not is_finite_verb(doc[opener]) and subject_like_phrase(doc, opener, coordinator) is None
    if fronted:  # "In 2024 daalde X met 2 procent en viel Y 3 procent lager uit"
        inverted = subject_like_phrase(doc, next_word(doc, verb + 1), limit)
        if inverted is not None:
            return char_offsets(doc, inverted)
    start = clause.start
    if coordinator == clause.first_word and start > clause.sentence[0]:
        start = clause.sentence[0]  # "X stond lang in de plus, maar laat nu 0,1% liggen"
    phrase = _modified_prefield(doc, next_word(doc, start), coordinator)
    phrase = phrase or phrase_in_subject_position(doc, start, coordinator)
    phrase = phrase or name_before_verb(doc, next_word(doc, start), coordinator, verb_only=True)
    return None if phrase is None else char_offsets(doc, phrase)


def _modified_prefield(doc: Doc, first: int, limit: int) -> tuple[int, int] | None:
    """``De in Londen genoteerde mijnbouwer Anglo American verlaagde ...`` -> ``Anglo American``.

    A determiner, a participle with its own phrase (``in Londen genoteerde``)
    and then the nouns right before the first finite verb: before a Dutch main
    clause's finite verb stands one constituent, so this is the subject, not
    a fronted adverbial. The noun that describes a name gives way to the name.
    """
    verb = next(
        (
            k
            for k in range(first + 1, limit)
            if is_finite_verb(doc[k]) or _past_tense_read_as_participle(doc, k)
        ),
        None,
    )
    if verb is None or verb - first < 4 or doc[first].lower_ not in DETERMINERS:
        return None
    k = head = verb
    while k - 1 > first and is_noun(doc[k - 1]) and not doc[k - 1].is_punct:
        k = head = k - 1
        if k - 2 > first and doc[k - 1].lower_ in ("en", "of") and doc[k - 2].text.endswith("-"):
            k -= 2  # "vliegtuig- en treinenbouwer": one noun with a shared head
    modifier = doc[k - 1]
    participle = "Part" in morph(modifier, "VerbForm") or modifier.pos_ == "ADJ"
    if k == verb or not participle or any(t.is_punct for t in doc[first:verb]):
        return None
    named = past_descriptor(doc, (head, verb))
    return named if named[0] > head else (k, verb)


def _past_tense_read_as_participle(doc: Doc, k: int) -> bool:
    """``Anglo American verlaagde zijn prognose``: a ``-de``/``-te`` form between a name and an object.

    Such a form after a noun and before a determiner or possessive is the
    past tense, whatever the morphology said (``de verlaagde prognose`` is
    the attributive participle, with the article before it).
    """
    word = doc[k]
    if "Part" not in morph(word, "VerbForm") or not word.lower_.endswith(("de", "te")) or k + 1 >= len(doc):
        return False
    return is_noun(doc[k - 1]) and (doc[k + 1].lower_ in DETERMINERS or doc[k + 1].pos_ == "PRON")


def _opens_main_clause(clause: Clause) -> bool:
    """``Slechts 12 procent vindt het beleid voldoende``: the figure is the subject itself.

    A Dutch main clause has one phrase before its finite verb; when that is
    the figure (after at most adverbs and a conjunction), a noun after the
    verb is an object, whatever the parse says. So is a figure right after
    the verb when an adverbial was fronted.
    """
    doc, span = clause.doc, clause.figure
    before = [t for t in doc[clause.first_word : span.start] if not t.is_space]
    if all(t.pos_ in ("ADV", "CCONJ") for t in before):
        verb = next_word(doc, span.end)
        return verb < len(doc) and is_finite_verb(doc[verb])
    return _after_fronted_adverbial(before) or clause.opens_subordinate


def _after_fronted_adverbial(before: list[Token]) -> bool:
    """``toen maakte 78 procent zich zorgen``, ``In 2019 had 30 procent ...``: inverted order.

    The figure stands right after the finite verb, and what precedes the verb
    is an adverb or a prepositional phrase, not a subject. A finite verb
    before it opens a clause of its own: in ``In Tokio daalde de Nikkei 1
    procent en de Hang Seng verloor 2 procent`` the second figure follows
    the second clause's verb, not a fronted phrase.
    """
    if len(before) < 2 or not is_finite_verb(before[-1]):
        return False
    fronted = before[:-1]
    verb = next((n for n, t in enumerate(fronted) if is_finite_verb(t)), None)
    if verb is not None and any(t.lower_ in SHARING for t in fronted[verb:]):
        return False  # a clause and "en" before the verb: the figure's clause is coordinated
    return all(t.pos_ == "ADV" for t in fronted) or fronted[0].pos_ == "ADP"


def governed_by_group_preposition(doc: Doc, span: SpacySpan) -> bool:
    """``leidt bij een vijfde tot hoofdpijn``: the figure is a group of people itself.

    Not in ``goed voor 11 procent van de omzet``, where ``voor`` belongs to
    the verb phrase ("accounts for").
    """
    if span.start == 0 or doc[span.start - 1].lower_ not in ELLIPTICAL_PREPOSITIONS:
        return False
    words_before = doc[max(0, span.start - 2) : span.start].text.lower()
    return words_before != "goed voor"
