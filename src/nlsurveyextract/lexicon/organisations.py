"""Words around the names of organisations and people in Dutch news.

Sources: the member lists of the VOC (Vereniging voor Opinie- en
Communicatieonderzoek) and the Dutch statistics system for the institutes,
the ANS on names (surname particles, lowercase words inside a name) and the
way Dutch news introduces a source (``onderzoeksbureau Ipsos``, ``directeur
Sandra Molenaar``). The survey stage reads them to tell a source from a
person or a common word.
"""

from __future__ import annotations

# Polling and statistics institutes of the Netherlands (and the world pollsters
# Dutch news cites), after the lists on the websites of the VOC (Vereniging
# voor Opinie- en Communicatieonderzoek) and the Dutch statistics system. A
# mention of one of these next to a percentage reports its figures.
KNOWN_SOURCES = frozenset(
    name.strip().casefold()
    for name in """
    CBS; Centraal Bureau voor de Statistiek; CPB; Centraal Planbureau; SCP;
    Sociaal en Cultureel Planbureau; PBL; Planbureau voor de Leefomgeving; RIVM; Nibud; TNO; DNB;
    Eurostat; Ipsos; Ipsos I&O; I&O Research; I&O; Kantar; Kantar Public; Motivaction; GfK;
    Peil.nl; Maurice de Hond; Peilingwijzer; Gallup; YouGov; Nielsen; Multiscope;
    Trimbos-instituut; Nivel; Verian; Pew Research Center
""".split(";")
)
# Lowercase words inside an organisation name (``Centraal Bureau voor de
# Statistiek``, ``Universiteit van Amsterdam``) and Dutch surname particles.
# English names keep their own links: ``Save the Children``, ``Bank of America``.
NAME_LINKS = frozenset("voor van de der den het 't ter ten & the of for".split())
SURNAME_PARTICLES = frozenset({"van", "de", "der", "den", "het", "'t", "ter", "ten", "la", "le", "du"})
# Endings of the adjectives that open organisation names (``Centraal Bureau``,
# ``Sociaal en Cultureel``, ``Koninklijke Bibliotheek``, ``Medisch Centrum``): a
# capitalised word with one of them is no first name.
NAME_ADJECTIVE_ENDINGS = ("aal", "eel", "isch", "ische", "ief", "ieve", "lijk", "lijke")
# Lowercase heads that open a name: ``ministerie van Volksgezondheid, Welzijn en Sport``.
LOWERCASE_NAME_HEADS = frozenset({"ministerie", "gemeente", "provincie"})
# Prepositions that open a lowercase complement inside a name when a bracketed
# acronym closes it: ``het Bureau van de Verenigde Naties voor drugsbestrijding (BVND)``.
NAME_COMPLEMENT_LINKS = frozenset({"voor", "van", "tegen", "in"})
# Words that, as the last or only part of a capitalised sequence, show an
# organisation rather than a person (``Kantar Public``, ``Plan International``).
ORGANISATION_WORDS = frozenset(
    w.casefold()
    for w in """
    Bureau Research Public International Times Universiteit University Nederland Instituut
    Institute Centrum Center Centre Comité Groep Group Bank Raad Fonds Stichting Vereniging
    Bond Bestuur Partners Consult Monitor Panel Media News Post Journal Herald Planbureau
    Ombudsman Inspectie Dienst Autoriteit Federatie Alliantie Hogeschool Ministerie Fund
    Foundation Trust Council Agency Office Association Society Organisation Organization Forum
""".split()
)
# Endings that mark such a word inside a compound: ``Woonbond``, ``Planbureau``.
ORGANISATION_SUFFIXES = tuple(
    """
    bureau bond vereniging instituut stichting bank raad centrum fonds groep dienst federatie
    unie research
""".split()
)
# Titles and roles before a person's name (``Nibud-consultant Tom Bakker``,
# ``directeur Sandra Molenaar``): a name after these is a person, not a source.
PERSON_TITLES = tuple(
    """
    consultant directeur woordvoerder woordvoerster onderzoeker onderzoekster hoogleraar
    socioloog econoom politicoloog voorzitter ceo topman topvrouw wetenschapper correspondent
    lijsttrekker minister staatssecretaris premier burgemeester wethouder president psycholoog
    journalist analist expert deskundige adviseur manager oprichter eigenaar hoofdredacteur
    leider dokter arts professor
""".split()
)
# Capitalised words that are never a source by themselves: pronouns, determiners
# and adverbs at the start of a sentence (``Eerder meldde ...``), and demonyms
# (``Nederlanders``).
GENERIC_CAPITALISED = frozenset(
    w.casefold()
    for w in """
    De Het Een Dat Die Dit Deze Zij Ze Hij Wij We Men Er Ook Uit Volgens Onderzoekers
    Wetenschappers Nederlanders Belgen Vlamingen Duitsers Fransen Britten Amerikanen Europeanen
    Amsterdammers Rotterdammers Nederland Europa België Ik Je U Wie Wat Waar Hoe Maar En Want
    Dus Toch Daarom Als Bij In Op Over Met Nu Zo Hoewel Omdat Terwijl Tijdens Sinds Na Voor Aan
    Eerder Later Inmiddels Intussen Daarnaast Bovendien Verder Toen Daarna Vervolgens Vandaag
    Gisteren Morgen Zelfs Vooral Eveneens Daarbij Jaarlijks Maandelijks Wekelijks Tegelijk
""".split()
)
# Nouns that describe an organisation before its name (``vakbond FNV``,
# ``Onderzoeksbureau Motivaction`` at the start of a sentence), matched as the
# end of a compound.
DESCRIPTOR_NOUNS = tuple(
    """
    bureau peiler onderzoeker site bond bonden organisatie instituut stichting programma blad
    krant omroep bedrijf dienstverlener verwerker platform vereniging bank verzekeraar keten
    koepel
""".split()
)
# Descriptors that cannot stand between a cue and a name: function words and
# verbs that would let ``volgens onderzoek blijkt Nederland`` reach a name.
NOT_DESCRIPTORS = frozenset(
    """
    van voor in op onder naar met uit door dat die dit deze en of is zijn was werd wordt heeft
    hebben blijkt ook nog al wel niet er zo dan om bij tot als aan over te hem haar hen hun ons
    mij zich
""".split()
)
# Heads of the common nouns business news sets before a company's name, without an
# article (``Kunstmestmaker OCI verloor 4 procent``, ``en bank ING sloot hoger``): the
# name is the subject, the descriptor only says what the company is. Dutch compounds are
# right-headed, so ``chipmachinemaker`` and ``postbedrijf`` end in one of them.
COMPANY_DESCRIPTOR_HEADS = tuple(
    """
    maker fabrikant producent leverancier bedrijf concern verzekeraar bank uitzender keten
    fonds reus gigant handelaar maatschappij vervoerder bouwer brouwer ontwikkelaar aanbieder
    exploitant kabelaar rederij investeerder supermarkt retailer beurs gewicht cap genoot
    winkel webshop warenhuis platform dienst groep holding operator provider startup
""".split()
)
# Endings of Dutch agent nouns (ANS: ``-er``, ``-aar``, ``-ant``, ``-ent``, ``-eur``): a
# descriptor of seven letters or more with one of them (``Pakketbezorger``, ``Koploper``,
# ``Concurrent``) says what the company after it does.
AGENT_NOUN_ENDINGS = ("er", "aar", "ant", "ent", "eur")
