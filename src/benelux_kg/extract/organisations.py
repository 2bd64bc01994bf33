"""External organisations the reference data does not know, named where the text says what
they are: "het bedrijf ASML", "het onderzoekscentrum Imec", "bedrijven zoals Elmos
Semiconductor en Infineon", "de drie AI-coalities (NLAIC, AI4Belgium en Luxembourg
Digital)", "het Onderzoeksinstituut voor Discrete Wiskunde".

The nouns that say "this is an organisation" are the ``organisation_nouns`` table. A name
must be capitalised; one the reference data knows (a country, an institution) is found by
the gazetteer instead, which wins where the spans are equal.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from ..namespaces import ID, slug
from .candidates import NAMES, PLACES, Candidate
from .model import INSTRUMENT_CLASSES
from .names import MONTHS, WEEKDAYS, squash
from .regex import Opened, may_start, one_of, word_first

# A name word; a full stop only inside an abbreviation ("K.M.O.", "N.V."), so that a name
# never runs over the end of its sentence ("het Havenbedrijf Rotterdam. Het Europees ...").
_NAME_WORD = (
    r"(?:[A-Z][\w&'’-]*(?:\.[\w&'’-]+)*(?:(?<=\.[\w&'’-])\.)?|[a-z]+[A-Z][\w-]*"
    r"|\d+[A-Za-z][\w-]*)"
)
_NAME = rf"{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}}"
_LIST = rf"{_NAME}(?:\s*,\s*{_NAME})*(?:\s+en\s+{_NAME})?"

# A capitalised word of a Dutch, German or English name ("Grenzverkehr", "Border", "SZW").
# A title before its full stop ("van Prof. Dr. X") is no name word; a short word of a name
# ending a sentence is ("het Agentschap voor Natuur en Bos.", "de Raad van State.").
_TITLE = r"(?:Dr|Drs|Prof|Mr|Mw|Mevr|Dhr|Ir|Ing|St|Jr|Sr|Mgr|Lic|Hr|Fr|Em|Ds)\."
_CAP = rf"(?!{_TITLE})[A-ZÀ-Ý][\w'’&-]*"
# What joins the words of such a name: "voor (de)", "van (het)", "für (die)", "of (the)",
# "in der", "en", "und", "and"; "en" only before a capitalised word, never before an article
# ("het Instituut X en de Universiteit Y" are two).
# A noun of supervision governs "op" ("de Inspectie Toezicht op de Sociale Wetten", "de
# Commissie van Toezicht op de Inlichtingendiensten"); elsewhere "op" ends the name.
_JOIN = (
    r"(?:[ \t]+(?:(?:voor|van|ter|tot|für|of|for|zur|zum|zu|von|in[ \t]+der|(?<=oezicht[ \t])op)"
    r"(?:[ \t]+(?:de|het|der|die|das|den|the|des))?|en|und|and|&|der|des))?[ \t]+"
)
# The rest of a name after its head: "Grensarbeid en Mobiliteit", "voor Grenseconomie",
# "für Sicherheit in der Informationstechnik", "of Border Regions".
_TAIL = rf"(?:{_JOIN}{_CAP}){{1,7}}"
# A French name after its head, in lower case: "générale des frontières", "wallonne de l'air
# et du climat", "de la gestion de l'eau". Words join by "de", "des", "du", "et", "pour";
# one adjective may follow the head or a noun ("civile", "régionale").
# "hospitalier", "routière" and "européen(ne)" too, the first with a stem of three letters at
# least ("hier", "vier" are Dutch).
_FR_ADJ = (
    r"(?:[a-zà-ÿ-]*(?:e|es|al|aux|ique|iques|if|ifs|ive|el|é|ée|és|ées|eur|ois|ais|on"
    r"|éen|éens|éenne|éennes|ic|ics|un)|[a-zà-ÿ-]{3,}(?:ier|iers|ière|ières)"
    # Capitalised, with an ending no Dutch capitalised word has: "Société Nationale de
    # Circulation Automobile", "Institut Luxembourgeois de Régulation", "Police Grand-Ducale".
    r"|[A-ZÀ-Ý][a-zà-ÿ-]*(?:ale|ales|aux|oise|oises|ois|ique|iques|ile|iles|ienne|ée|éen"
    # A country's adjective closing the name: "Société Nationale des Chemins de Fer Belges",
    # "... Français".
    r"|éenne|ière|ières|ais|aise|aises)|Belges?)"
)
# "l'" is an article: "de l'Intégration". A Dutch noun's ending ends the name: "de Direction
# de l'aviation civile de vergunningen afgeeft": "de" is the Dutch article there. So does a
# Dutch plural on a consonant and "-en", which French nouns hardly have ("het Agence wallonne du
# Patrimoine de monumenten", "de Société Nationale de Contrôle Technique de voertuigen").
_FR_NOUN = (
    r"(?![\wÀ-ÿ-]*(?:ing|ingen|heid|heden|schap|schappen|[bcdfgklmnpqrstvwxz]en)(?![\w'’]))"
    r"[\wÀ-ÿ-]+(?![\w'’])"
)
_FR_JOIN = (
    # "pour le patrimoine", "sur les ...": the article joins too, never is a noun of the name.
    r"(?:[ \t]+(?:et[ \t]+)?(?:de[ \t]+la|de|des|du|(?:pour|sur)[ \t]+(?:l(?:a|es?)|une?)|pour"
    r"|sur|à[ \t]+la|à|aux|au)[ \t]+"
    r"|[ \t]+(?:et[ \t]+)?(?:de[ \t]+|pour[ \t]+|à[ \t]+)?[ld]['’]"
    # "des villes et communes", "des Villes et Communes": "et" alone joins two nouns.
    r"|[ \t]+et[ \t]+(?=[a-zà-ÿA-ZÀ-Ý]))"
)
# French words the Dutch lists of clause words hold too: never where a French name stops.
_FRENCH_WORDS = frozenset({"de", "des", "du", "et", "pour", "sur", "à", "la", "le", "les", "en"})


def _french_tail(dutch: frozenset[str]) -> str:
    """The French tail, whose adjectives and nouns are no Dutch verb, particle or clause word
    ("... neemt de Service de renseignement de l'État deel": "deel" ends no name)."""
    words = sorted((w for w in dutch - _FRENCH_WORDS if w.isalpha()), key=len, reverse=True)
    not_dutch = rf"(?!(?:{'|'.join(words)})(?![\w'’]))" if words else ""
    # A particle ("de", "des") is no adjective: it joins the next noun.
    particle = r"(?!(?:de|des|du|la|le|les|et|à|au|aux|pour|sur)(?![\w'’]))"
    adjective = rf"[ \t]+{not_dutch}{particle}{_FR_ADJ}(?![\w'’])"
    # Two adjectives may follow the head: "Autorité luxembourgeoise indépendante de ...".
    joined = rf"(?:{adjective}){{0,2}}(?:{_FR_JOIN}{not_dutch}{_FR_NOUN}(?:{adjective})?){{1,4}}"
    # Adjectives alone ("la Police grand-ducale"): read only where one ties the body to a
    # member state (``OrganisationFinder._headed``).
    return rf"(?:{joined}|(?:{adjective}){{1,2}})"


_FRENCH_HEADS = {
    "Direction",
    "Institut",
    "Division",
    # "le Laboratoire national de santé".
    "Laboratoire",
    "Académie",
    "Agence",
    "Administration",
    "Ministère",
    "Office",
    "Service",
    "Observatoire",
    "Fédération",
    "Centre",
    "Préfecture",
    "Caisse",
    "Chambre",
    "Commissariat",
    "Département",
    "Inspection",
    "Conseil",
    # "de Société publique d'aide ...", "het Syndicat des communes ...", "het Musée national
    # d'art ...", "het Fonds du Logement" (Dutch "Fonds voor ..." falls back to the Dutch tail).
    "Société",
    "Syndicat",
    "Musée",
    "Fonds",
    # "l'Autorité luxembourgeoise indépendante de l'audiovisuel", "l'Autorité de la
    # concurrence".
    "Autorité",
    # "la Police grand-ducale", "le Corps grand-ducal d'incendie et de secours".
    "Police",
    "Corps",
    # "le Haut-Commissariat à la Protection nationale".
    "Haut-Commissariat",
    # Unions and leagues: "l'Union des Villes et Communes de Wallonie", "la Ligue des
    # familles".
    "Union",
    "Ligue",
    # "l'Université de Liège", "la Fondation ... pour la Santé" (no public heads: external).
    "Université",
    "Fondation",
    # Libraries and archives: "la Bibliothèque nationale du Luxembourg" (national by its
    # adjective), "la Médiathèque départementale du Nord", "les Archives de l'État".
    "Bibliothèque",
    "Médiathèque",
    "Archives",
}
# French heads whose name has a capitalised word (a place, a patron): "l'Université de Liège",
# "la Fondation Roi Baudouin" ("l'Université d'été" is a summer school, not a university).
_NAMED_HEADS = frozenset({"Université", "Fondation"})
# Heads of universities: after "van de" they end a unit's own name ("het Centrum voor
# Grensstudies van de Universiteit Hasselt"), they start no parent body of it.
_UNIVERSITIES = frozenset({"Universiteit", "Université", "Universität"})
# French adjectives of a hospital: "le Centre hospitalier du Nord" is no public body.
_HOSPITALS = frozenset({"hospitalier", "hospitalière", "universitaire"})
# French adjectives that make a body public: "Société publique ...", "Musée national ...".
_FR_PUBLIC = frozenset({"public", "publique", "publics", "publiques", "national", "nationale"})
# Dutch heads of administrations: Dutch is an official language of Belgium and the
# Netherlands only, so "het Agentschap Jongerenwelzijn" or "de Dienst Publiek en Communicatie"
# is a member state's body unless a word of the name or an adjective before it says otherwise
# ("het Europees Agentschap voor ...", "het Agentschap van de Europese Unie ...").
# Courts named in Dutch ("de Rechtbank Limburg") sit in Belgium or the Netherlands.
_DUTCH_PUBLIC = frozenset(
    {
        "agentschap",
        "dienst",
        "directie",
        "inspectie",
        "expertisecentrum",
        "rechtbank",
        "gerechtshof",
        # Councils, colleges, authorities and departments named in Dutch: "de Raad voor de
        # rechtspraak", "het College voor de Rechten van de Mens", "de Autoriteit Consument &
        # Markt", "het Departement Omgeving" ("de Raad van Europa": above the states).
        "raad",
        "college",
        "autoriteit",
        "departement",
        # "de Algemene Administratie van Douane en Accijnzen".
        "administratie",
        # Institutes, offices and centres named in Dutch: "het Instituut voor Natuur- en
        # Bosonderzoek", "het Centraal Bureau voor de Statistiek", "het Centrum voor Onderzoek
        # in Diergeneeskunde" ("het Europees Instituut voor ...": above the states).
        "instituut",
        "bureau",
        "centrum",
    }
)
# Institutes, offices and centres are an administration's when named by their task ("het
# Instituut Fysieke Veiligheid", "het Instituut voor ..."), not by one proper name ("het
# Instituut Clingendael" is a foundation; "het Centraal Bureau Rijvaardigheidsbewijzen" is
# described by its adjective too).
_NAMED_BY_TASK = frozenset({"instituut", "bureau", "centrum"})
# Councils and colleges named by their task ("de Raad voor de rechtspraak", "het College
# ter Beoordeling van Geneesmiddelen") are a member state's; named by their members ("het
# College van Commissarissen") they may be anyone's.
_BOARDS = frozenset({"raad", "college"})
# So does an authority named by a compound ("de Kansspelautoriteit"); "de Autoriteit X" may
# be a European one.
# So do compounds on an institute or an office named in Dutch ("het Uitvoeringsinstituut
# Werknemersverzekeringen", "het Planbureau voor de Leefomgeving").
_COMPOUND_ADMINISTRATIONS = frozenset(
    {"inspectie", "agentschap", "autoriteit", "instituut", "bureau"}
)
# A compound that opens on the world or Europe is above the states, as the adjective is:
# "het Wereldantidopingagentschap", "de Europaautoriteit".
_ABOVE_STATES_PREFIXES = ("wereld", "europ", "internationa")
_ABOVE_STATES = frozenset(
    {"europees", "europese", "eu", "internationaal", "internationale", "benelux", "unie", "europa"}
)
# English heads that close a name ("European Border Health Centre", "Border Watch
# International"); "of"/"for" may go on ("European Network of Border Regions").
_ENGLISH_FINAL = (
    "Centre",
    "Center",
    "Agency",
    "Association",
    "Authority",
    "Institute",
    "Foundation",
    "Federation",
    "Network",
    "Observatory",
    "Organisation",
    "Organization",
    "Alliance",
    "Confederation",
    "Council",
    "International",
    "Union",
    "Stiftung",
    "Institut",
    # "de Global Crop Diversity Trust", "de Crop Trust", "the British Library": only after an
    # article (``_ARTICLE_FINAL``).
    "Trust",
    "Library",
)
# English heads that close a name only after an article, being common words too ("van Public
# Trust in de instellingen").
_ARTICLE_FINAL = frozenset({"Trust", "Library"})
# Head words that name a body only with the particle that opens their tail: "de Raad voor
# Grensverkeer", "het Bureau voor Grensstatistiek", "de Kamer van Ambachten"; "het Bureau van
# het Benelux Parlement" is the board of an assembly, "de Raad Justitie" a meeting of one.
# "het Verbond van Nederlandse Ondernemingen" ("het Verbond" alone refers back); "het Europees
# Netwerk voor Grensregio's" (see ``ADJECTIVE_HEADS``).
_JOINED_HEADS = {
    "Raad": ("voor",),
    "Bureau": ("voor",),
    "Kamer": ("van", "voor"),
    "Verbond": ("van",),
    "Organisatie": ("voor",),
    "Netwerk": ("voor", "van"),
}
# Head words that name no body with a particle: "het Centrum van Maastricht" is the town's
# centre ("het Centrum voor Onderzoek ...", "het Centrum Grensarbeid" are bodies).
_NOT_JOINED = {"Centrum": ("van",)}
# A head word, and the end of a compound, that name an organisation only after an adjective
# above the states or of a member state: "het Europees Netwerk voor Grensregio's", "het Vlaams
# Netwerk van Ondernemingen", "het Europees Grensbureau voor Statistiek". Without one, or after
# "Benelux", a network is a group of its members ("het Netwerk Grensarbeid", "het Benelux
# Netwerk voor ...": :mod:`.working_groups`) and a compound on "bureau" an office of any kind
# ("het Bureau voor ..." is a name head of its own, read without an adjective).
ADJECTIVE_HEADS = frozenset({"Netwerk"})
# A compound on "bureau" names a body with a capitalised adjective before it or a name after it
# ("het Centraal Planbureau", "het Planbureau voor de Leefomgeving", "het Kadasterbureau
# Zuid-Limburg"); "het Grensbureau" alone is an office.
# So do compounds on a library, an archive or a museum ("de Stadsbibliotheek Venlo", "het
# Landesarchiv Baden-Württemberg"; "de Stadsbibliotheek" alone may be any town's).
_HERITAGE = frozenset({"bibliotheek", "bibliothek", "archief", "archiv", "museum"})
_ADJECTIVE_COMPOUNDS = _HERITAGE | {"bureau"}
# The first parts of a compound that make a library, an archive or a museum a unit of a
# university, no body of its own ("de Universiteitsbibliotheek Gent").
_UNIVERSITY_PARTS = ("universiteits", "universitäts", "hogeschool", "hochschul")
# Compound heads that end Dutch words too: they name a body only in an unhyphened word with a
# capitalised name after it ("de Wasserverband Eifel-Rur", "de Zweckverband Nahverkehr
# Rheinland"); "in Benelux-verband", "het Penta-samenwerkingsverband", "het
# Samenwerkingsverband" alone are frameworks.
_SHARED_COMPOUNDS = frozenset({"verband", "organisatie"})
# A compound opening on the world names a body above the states with no name after it: "de
# Wereldgezondheidsorganisatie", "de Werelddouaneorganisatie".
_WORLD = "Wereld"
# Heads of the local governments of the Benelux, named in Dutch: every such body is
# national ("de Provincie Limburg", "de Gemeente Baarle-Nassau", "het Waterschap Aa en Maas").
# So is a Belgian local police zone ("de Politiezone Maasland").
# So are the safety regions and the Belgian rescue and fire zones ("de Veiligheidsregio
# Zuid-Limburg", "de Hulpverleningszone Oost-Limburg", "de Brandweerzone Antwerpen").
_LOCAL_HEADS = frozenset(
    {
        "provincie",
        "gemeente",
        "waterschap",
        "politiezone",
        "veiligheidsregio",
        "hulpverleningszone",
        "brandweerzone",
    }
)
# French heads that German or English names open too ("Institut für", "Office for").
_SHARED_HEADS = frozenset({"Institut", "Office", "Fonds", "Centre"})
# A first word of a name cut short before "und"/"en"/"et", the compound that ends it naming
# both ("Industrie- und Handelskammer").
_CUT_SHORT = re.compile(r"(?<![\w'’-])[A-ZÄÖÜ][\w]+-[ \t]+(?:und|en|et)[ \t]+$")
# "van de" and a capitalised word inside a Dutch tail: perhaps the body it is a unit of.
_PARENT_HEAD = re.compile(r"[ \t]+van[ \t]+(?:de|het)[ \t]+([A-Z][\w-]*)")
# "et" and an article before a capitalised word inside a French tail: another body begins.
_FRENCH_AND = re.compile(r"[ \t]+et[ \t]+(l['’]|la[ \t]+|le[ \t]+|les[ \t]+)?(?=[A-ZÀ-Ý])")
# A comma and a particle that carry a French portfolio on: ", de l'Enfance", ", du Climat".
_FRENCH_COMMA = re.compile(r",[ \t\n]*(?:de[ \t]+la|de[ \t]+l['’]|des|du|d['’])")
# Words of a French name that place the body in France, not in Belgium or Luxembourg.
_FRANCE = frozenset({"français", "française", "france"})
# Words of a French name that put the body above the states, as "Europees" does a Dutch one:
# "l'Autorité européenne des marchés financiers", "l'Office européen de lutte antifraude".
_FR_ABOVE_STATES = frozenset(
    {"européen", "européenne", "européens", "européennes", "international", "internationale"}
)
_ELSEWHERE = _FRANCE | _FR_ABOVE_STATES
# Companies that run a railway are no public bodies, whatever adjective names them national or
# a member state's (as the reference data types NMBS/SNCB and CFL): "de Société Nationale des
# Chemins de Fer Belges", "de Nationale Maatschappij der Belgische Spoorwegen" ("de
# Administration des chemins de fer" is an administration).
_RAILWAYS = frozenset({"chemins", "spoorwegen"})
_COMPANY_HEADS = frozenset({"société", "maatschappij"})
# Capitalised particles of a family name inside a company's name ("Van Oord", "Jan De Nul").
_PARTICLES = frozenset({"Van", "De", "Den", "Der", "Von", "Le", "La", "Du"})
# Capitalised adjectives that may open a name before its head ("Europese", "Vlaams",
# "Federaal", "Nationaal", "Hoge").
# A first part joined by a hyphen: "Rheinisch-Westfälische", "Oost-Vlaamse".
_ADJECTIVE = r"(?:[A-Z][a-zà-ÿ]+-)?[A-Z][a-zà-ÿ]+(?:e|s|aal|al|ijk)"
# The first column of a table row before a name: one word alone at the start of its line
# ("Luxemburg Division de la pharmacie ..."; the clean text keeps one space of a column gap).
_ROW_START = re.compile(r"(?:^|\n)[ \t]*([A-ZÀ-Ý][\w-]+)[ \t]+$")
# Articles and the like before a name: a name is only read where one opens it, or where a
# lower-case word of the sentence stands before it.
_OPENERS = frozenset(
    {"de", "het", "der", "die", "das", "den", "dem", "la", "le", "les", "the", "een"}
)

# What opens a body's name that a member state closes: an article, or "met" before a
# partner.
_PLACED_OPENERS = _OPENERS | {"met"}
# Member states and regions whose name may close a body's name, in their Dutch spelling
# ("de Politie Nederland", "het Europees Consumentencentrum België", "Rode Kruis Vlaanderen").
_PLACE_WORDS = ("Nederland", "België", "Luxemburg", "Vlaanderen", "Wallonië", "Brussel")
# Capitalised words before a place that name the place itself or its government, not a body
# of it ("het Koninkrijk België", "de Staat Nederland", "de Benelux-partners Nederland").
_PLACE_NOUNS = frozenset(
    {"Koninkrijk", "Groothertogdom", "Republiek", "Staat", "Land", "Regio", "Gewest", "Benelux"}
)
# Adjectives that open the name of a body of a European or international network: a country
# word in it says where the office is, not whose body it is ("het Europees
# Consumentencentrum België" is one of the EU's network of centres).
_NETWORK_OPENERS = frozenset(
    {"Europees", "Europese", "European", "Internationaal", "Internationale", "International"}
)

# "Vragen gesteld door de leden der Kamer": the formula of the Aanhangsel van de Handelingen of
# the Tweede Kamer (written questions); "der Kamer" names it where the Eerste Kamer is absent.
_MEMBERS_OF_THE_HOUSE = re.compile(r"(?<![\w-])[Ll]eden[ \t\n]+der[ \t\n]+(Kamer)(?![\w-])")
_TWEEDE_KAMER = f"{ID}organisation/tweede-kamer"


# An acronym in brackets ("(HCCH)", "(DFS)"), and the capitalised name before it, words
# joined by particles and perhaps broken over a line ("Internationaal Privaat-\nrecht").
# A tail's last words "van de Vlaamse", "voor de Nederlandse": an adjective of a place
# whose noun is in lower case ("... overheid", "... regering"), not a word of the name.
_DANGLING_ADJECTIVE = re.compile(
    r"[ \t]+(?:van|voor)(?:[ \t]+(?:de|het))?[ \t]+[A-ZÀ-Ý][a-zà-ÿ]+(?:se|sche)$"
)
# "für Natur, Umwelt und Klima-\nschutz": nouns listed after "für", "und" closing the list;
# a noun may be hyphenated over a line end.
_GERMAN_NOUN = r"[A-ZÄÖÜ][\wäöüß]*(?:-\n[a-zäöüß][\wäöüß]*)?"
_GERMAN_LIST = re.compile(
    rf"[ \t]+für[ \t]+{_GERMAN_NOUN}(?:,[ \t\n]+{_GERMAN_NOUN})+[ \t\n]+und[ \t\n]+{_GERMAN_NOUN}"
)
_MINISTRY = re.compile(r"[Mm]inisterie(?=[ \t\n]+van[ \t\n])")
_MINISTRY_WORD = re.compile(r"inisterie")  # a literal: found fast, the rest checked after
_MINISTRY_UNIT = re.compile(
    r"(?<![\w-])(?:directie|dienst|afdeling)[ \t]+([A-ZÀ-Ý][\w-]+"
    r"(?:[ \t\n]+(?:en[ \t\n]+)?[A-ZÀ-Ý][\w-]+){0,4})"
    r"(?=[ \t\n]+van[ \t\n]+(?:het|de)[ \t\n]+[Mm]inisterie[ \t\n]+van[ \t\n]+[A-Z])"
)
_LOWER_NEXT = re.compile(r"[ \t\n]+[a-z]")
# Dotted leaders between the columns of a list ("Jan Peeters ........ Ministerium für ...").
_LEADERS = re.compile(r"[.…]{3,}")
_ACRONYM = re.compile(r"\(([A-Z][A-Z&]{1,6})\)")
# An acronym of capitals and the name it stands for in brackets after it: "GRM (Grensregio
# Mobiliteitscentrum)"; the name of two words or more, joined as a body's name is.
_ACRONYM_FIRST = re.compile(
    rf"(?<![\w&-])([A-Z][A-Z&]{{1,6}})[ \t]+\(({_CAP}(?:{_JOIN}{_CAP}){{1,7}})\)"
)
_JOIN_LINES = _JOIN.replace("[ \\t]", "\\s")
# An inflected adjective that ends a tail waits for its noun ("voor Intellectuele"), which a
# line break may put on the next line, capitalised and indented.
_WAITING_ADJECTIVE = re.compile(
    r"[ \t][A-Z][a-zà-ÿ]+(?:ele|ale|ese|ende|ische|sche|ige|ieke|ijke|bare)$"
)
_NEXT_LINE_NAME = re.compile(r"[ \t]*\n[ \t]*[A-ZÀ-Ý][a-zà-ÿ]")
_NAME_BEFORE = re.compile(rf"(?<![\w'’-]){_CAP}(?:{_JOIN_LINES}{_CAP}){{1,7}}\s*$")


def _follows(letters: str, name: str) -> bool:
    """Every letter of the acronym, in order, somewhere in the name."""
    position = 0
    for letter in letters:
        position = name.find(letter, position) + 1
        if position == 0:
            return False
    return True


# What a unit's name is followed by where it names the body it belongs to: perhaps its
# acronym, "van (de/het)" and up to three capitalised words ("het Centrum voor X (CX) van
# Wageningen University & Research", "het Regionaal Bureau voor Europa van de
# Wereldgezondheidsorganisatie").
_OF_OWNER = re.compile(
    r"(?:[ \t]*\([A-Z][\w&-]*\))?[ \t\n]+van[ \t\n]+(?:(?:de|het)[ \t\n]+)?"
    r"([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,2})"
)
# Words of an owner's name that make its units no state's bodies: a university's, one above
# the states ("Wereld...", "Europese ...", "Internationale ...").
_OWNER_ABROAD = _UNIVERSITIES | {"University", "Hogeschool"}


def _unit_abroad(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` is followed by that of a university or of a body
    above the states that it is a unit of: "het Centrum voor Genetische Bronnen Nederland
    (CGN) van Wageningen University & Research" is the university's, no Dutch body; "het
    Regionaal Bureau voor Afrika van de Wereldgezondheidsorganisatie" the WHO's."""
    owner = _OF_OWNER.match(text, end)
    if owner is None:
        return False
    words = owner.group(1).split()
    return any(w in _OWNER_ABROAD or w.lower().startswith(_ABOVE_STATES_PREFIXES) for w in words)


def _ministry_words(text: str) -> Iterator[re.Match[str]]:
    """ "ministerie van" or "Ministerie van" as a word of its own."""
    for word in _MINISTRY_WORD.finditer(text):
        begin = word.start() - 1
        if begin < 0 or (begin and (text[begin - 1].isalnum() or text[begin - 1] == "-")):
            continue
        match = _MINISTRY.match(text, begin)
        if match is not None:
            yield match


@dataclass(frozen=True)
class OrganisationTables:
    singular: tuple[str, ...]
    plural: tuple[str, ...]
    compound_heads: tuple[str, ...]  # "Onderzoeksinstituut", "Kenniscentrum" ...
    not_names: frozenset[str]  # capitalised words that start no organisation's name
    starters: frozenset[str]  # words that start a sentence, not a name ("Dezelfde")
    english_heads: tuple[str, ...] = ()  # "Port of", "University of"
    name_heads: tuple[str, ...] = ()  # "Autoriteit", "Bundesamt", "Direction", "Agency"
    compound_name_heads: tuple[str, ...] = ()  # "instituut": "het Waterinstituut"
    public_heads: frozenset[str] = frozenset()  # heads of public bodies ("agentschap")
    member_ties: frozenset[str] = frozenset()  # "vlaamse", "belgië": a member state's body
    legal_forms: tuple[str, ...] = ()  # "N.V.", "GmbH"
    company_heads: tuple[str, ...] = ()  # "netbeheerder", "energiebedrijf"
    descriptive: frozenset[str] = frozenset()  # "Belgische": describes, does not name
    clause_words: frozenset[str] = frozenset()  # Dutch verbs and particles: "deel", "samen"
    other_kinds: tuple[str, ...] = ()  # "werkgroep", "verordening": names of groups, acts
    country_codes: frozenset[str] = frozenset()  # "BE", "NL": a country's code, no body
    given_names: frozenset[str] = frozenset()  # "Marloes", "Jan": a person's, no body's name
    roles: frozenset[str] = frozenset()  # "minister", "voorzitter": a person's role, no body
    list_headings: frozenset[str] = frozenset()  # "gasten", "waarnemers": a list's heading


class OrganisationFinder:
    def __init__(self, tables: OrganisationTables):
        self.t = tables
        singular = one_of(tables.singular, fold=True)
        plural = one_of(tables.plural, fold=True)
        heads = "|".join(re.escape(w) for w in tables.compound_heads)
        # "het bedrijf ASML", "het Duitse bedrijf X", "het Belgische agentschap Y": an article,
        # perhaps an adjective, a noun and the name.
        adjective = r"(?:([A-Za-zà-ÿ]+(?:e|s))[ \t]+)?"
        # (regex.word_first: the pattern opens on the article's letters, as it would on
        # r"(?<![\w-])(?:[Hh]et|[Dd]e)".)
        article = word_first(["het", "de"], r"[\w-]", capital=True)
        self._one = re.compile(rf"{article}\s+{adjective}((?i:{singular}))\s+({_NAME})")
        english = "|".join(re.escape(w) for w in tables.english_heads) or "port of"
        # "Port of Antwerp-Bruges": an English head and a capitalised name.
        self._english = Opened(
            re.compile(rf"(?<![\w-])(?i:{english})[ \t]+{_NAME_WORD}"),
            tables.english_heads or ("port of",),
        )
        # "bedrijven zoals X en Y"; "coalities van de landen (X, Y en Z)": a list in
        # parentheses has two names at least, else it explains a word ("(Authorised ...)").
        self._plural = Opened(
            re.compile(rf"{may_start(tables.plural)}(?i:{plural})(?![\w-])"), tables.plural
        )
        self._many = re.compile(
            rf"(?:\s+[\w-]+){{0,6}}?\s*"
            rf"(?:zoals\s+({_LIST})|\(\s*({_NAME}(?:\s*,\s*{_NAME})*\s+en\s+{_NAME})\s*\))"
        )
        # "De transmissienetbeheerders Elia, TenneT, Creos, RTE en Amprion": a list of two
        # names at least right after the noun, in apposition.
        self._apposition = re.compile(
            rf"[ \t]+({_NAME}(?:[ \t]*,\s*{_NAME})*\s+en\s+{_NAME})(?![\w-])"
        )
        self._compound = re.compile(
            # (As r"(?<![\w-])([A-Z]...": the look-behind after the capital, so that ``re``
            # tries the pattern only where a capital stands.)
            rf"([A-Z](?<![\w-][A-Z])[a-z]*(?i:{heads}))\s+(?:voor|van)\s+({_NAME_WORD}(?:\s+{_NAME_WORD})*)"
        )
        # "de Autoriteit Grensarbeid", "het Bundesamt für ...", "la Direction générale ...": a
        # capitalised head word of a body's name, read with its tail by ``_headed``.
        names = tables.name_heads or ("Autoriteit",)
        # Plain alternations without look-behinds: the engine then skips to a first letter
        # fast; what stands before a match is checked in code.
        self._head = re.compile(rf"{one_of(names)}(?![\w'’-])")
        self._head_words = frozenset(names)
        self._tail = re.compile(_TAIL)
        self._tail_lines = re.compile(rf"(?:{_JOIN_LINES}{_CAP}){{1,7}}")
        self._first_word = re.compile(_CAP)
        self._french = re.compile(_french_tail(tables.clause_words))
        # "het Waterinstituut", "de Vlaamse Milieumaatschappij": a capitalised compound
        # ending in a head word; the word's start is found by looking back.
        compounds = tables.compound_name_heads or ("instituut",)
        hyphened = [f"-{w.capitalize()}" for w in compounds]  # "het Scheldt-Instituut"
        self._compound_head = re.compile(rf"{one_of((*compounds, *hyphened))}(?![\w'’-])")
        # "European Border Health Centre", "Border Watch International": an English head
        # closing a name, "of"/"for" and more capitalised words may follow.
        self._final = re.compile(rf"[ \t]{one_of(_ENGLISH_FINAL)}(?![\w'’-])")
        self._of_tail = re.compile(rf"[ \t]+(?:of|for)(?:[ \t]+the)?(?:[ \t]+{_CAP}){{1,4}}")
        # "Grensbouw N.V.", "Grenzwerke GmbH": a company's name before its legal form.
        forms = tables.legal_forms or ("N.V.",)
        self._legal = re.compile(rf"[ \t]{one_of(forms)}(?![\w])")
        # "netbeheerder Grensnet", "het Duitse energiebedrijf Grenzstahl": a lower-case
        # sector noun, also in a compound, then the company's capitalised name.
        sectors = tables.company_heads or ("bedrijf",)
        self._sector = re.compile(rf"{one_of(sectors)}[ \t]+(?={_NAME_WORD})")
        # "OpenPeppol, de internationale vereniging die ...", "Grenzwerk, het Duitse
        # adviesbureau voor ...": a name and, in apposition after a comma, an article, up to
        # two adjectives and a noun (or a compound ending in one) that says what the body is.
        # "Zorgpunt, een Belgische vzw voor ...", "Luchtwacht, de Nederlandse beheerder van
        # ...": "een" too, and a sector's noun (``company_heads``).
        self._kinds = (*tables.singular, "bureau", *tables.company_heads)
        kinds = one_of(self._kinds, fold=True)
        self._described = re.compile(
            r",[ \t\n]+(?:de|het|een)[ \t\n]+((?:[A-Za-zà-ÿ-]+e[ \t\n]+){0,2})"
            rf"([a-zà-ÿ-]*(?i:{kinds}))(?![\w'’-])"
        )
        self._described_name = re.compile(
            rf"(?<![\w.'’&-])({_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,2}})[ \t]*$"
        )
        # "de Douane België": a capitalised head word, the place, then no name word on.
        self._place = re.compile(
            # The look-behind after the first letter: a search opening on a class of letters
            # skips the others at once (one behind it tries every position).
            rf"([A-Z](?<![\w'’-][A-Z])[a-zà-ÿ]+)[ \t]+({one_of(_PLACE_WORDS)})"
            rf"(?![\w'’-])(?![ \t]+[A-ZÀ-Ý])"
        )

    def find(self, text: str) -> Iterator[Candidate]:
        if "der Kamer" in text and "Eerste Kamer" not in text:
            for match in _MEMBERS_OF_THE_HOUSE.finditer(text):
                yield Candidate(
                    match.start(1), match.end(1), _TWEEDE_KAMER, "NationalBody", layer=PLACES
                )
        for match in self._one.finditer(text):
            adjective, noun = match.group(1), match.group(2)
            if noun.isupper():
                # A legal form in capitals before the name, no part of it: "de EGTS Linieland
                # van Waas en Hulst", "het GECT Alzette Belval" (not "de EGTS Verordening").
                yield from self._after_form(text, match.start(3), noun)
            elif noun[:1].isupper():
                if adjective:
                    continue  # "de Vlaamse Vereniging X": read by ``_headed``
                # "het Havenbedrijf Rotterdam": a capitalised noun is the head of the name.
                yield from self._names(
                    text, match.start(2), text[match.start(2) : match.end(3)], noun
                )
            else:
                tie = bool(adjective) and adjective.lower() in self.t.member_ties
                yield from self._names(text, match.start(3), match.group(3), noun, tie)
        for match in self._english.finditer(text):
            if match.group()[:1].isupper():
                yield self._organisation(text, match.start(), match.end())
        for plural in self._plural.finditer(text):
            listed = self._many.match(text, plural.end())
            group = 1 if listed is not None and listed.group(1) else 2
            if listed is None:
                listed, group = self._apposition.match(text, plural.end()), 1
            if listed is None:
                continue
            for item in re.finditer(_NAME, listed.group(group)):
                yield from self._names(text, listed.start(group) + item.start(), item.group())
        for match in self._compound.finditer(text):
            yield self._organisation(text, match.start(), match.end())
        yield from self._headed(text)
        if "(" in text:
            yield from self._acronymed(text)
            yield from self._acronym_first(text)
        yield from self._head_final(text)
        yield from self._companies(text)
        yield from self._placed(text)
        yield from self._described_names(text)
        yield from self._tied_shapes(text)
        if "opdracht" in text:
            yield from self._commissioned(text)
        if "inisterie" in text:
            yield from self._ministries(text)
            yield from self._units_of_ministries(text)
            yield from self._signed_ministry(text)

    def _no_name(self, word: str) -> bool:
        """Whether ``word`` opens no body's name: a word listed as none ("Kortom") or one
        that opens sentences ("Daarnaast")."""
        return word in self.t.not_names or word.lower() in self.t.starters

    def _after_form(self, text: str, begin: int, form: str) -> Iterator[Candidate]:
        """A name after a legal form, in the grammar of a body's name: capitalised words
        joined by "van", "voor", "en" ("Linieland van Waas en Hulst")."""
        first = self._first_word.match(text, begin)
        if first is None:
            return
        tail = self._tail.match(text, first.end())
        end = self._cut(text, tail) if tail is not None else first.end()
        words = text[begin:end].split()
        if self._other_kind(words):
            return
        yield from self._names(text, begin, " ".join(words), form)

    def _tied_shapes(self, text: str) -> Iterator[Candidate]:
        """One word of a body's shape after a member state's adjective, perhaps with a
        lower-case noun between: "het Luxemburgse ABCERT", "de Waalse Energie-Agence", "het
        Nederlandse kenniscentrum Water+". An acronym, an inner capital, a hyphen between
        capitals or a closing "+" is no Dutch word; the adjective ties the body to a member
        state. Where the reference data knows the word, its own candidate wins the tie."""
        for match in _TIED_SHAPE.finditer(text):
            if match.group(1).lower() not in self.t.member_ties:
                continue
            name = match.group(3)
            if self._no_name(name):
                continue
            yield self._organisation(text, match.start(3), match.end(3), "NationalBody")

    def _described_names(self, text: str) -> Iterator[Candidate]:
        """A name the apposition after it says is a body's: "OpenPeppol, de internationale
        vereniging die het netwerk beheert", "Grenzwerk, het Duitse adviesbureau", "Zorgpunt,
        een Belgische vzw voor mantelzorgers". The name stands in a running sentence (a
        lower-case word, an article, a comma, a semicolon or a bracket before it); at a
        sentence's or a line's start, where a capitalised word may be any word ("Kortom, de
        organisatie ..."), only where a comma closes the apposition ("Tafel Nordrhein, de
        Duitse koepel van voedselbanken, schuift als gast aan"). A given name opens a
        person's name ("Marloes Brink, de Nederlandse beheerder van ...")."""
        for match in self._described.finditer(text):
            named = self._described_name.search(text, max(0, match.start() - 80), match.start())
            if named is None:
                continue
            words = named.group(1).split()
            begin = named.start(1)
            while len(words) > 1 and words[0] not in self.t.not_names and self._no_name(words[0]):
                # "Namens Vewin, de vereniging van ...": a word that opens the sentence, no
                # article, before the name.
                begin = text.index(words[1], begin + len(words[0]))
                words = words[1:]
            if self._no_name(words[0]):
                continue
            if words[0] in self.t.given_names:
                continue
            if any(w in _PLACE_WORDS or w.lower() in self.t.member_ties for w in words):
                continue  # "Vlaanderen, het agentschap ...": a place, not the body's name
            before = text[max(0, begin - 40) : begin].split()
            opened = bool(before) and (self._opens(before[-1]) or before[-1][-1:] in ";(")
            if not opened and not _CLOSED_APPOSITION.match(text, match.end()):
                continue
            if opened and before[-1][-1:] == "," and len(before) > 1 and before[-2][:1].isupper():
                continue  # "Jan Peeters, Marie Dubois, de ...": a list, perhaps of people
            tie = any(a.lower() in self.t.member_ties for a in match.group(1).split())
            # The kind is the longest word of the table that ends the noun: "adviesbureau" is
            # a firm, "bureau" (public) only alone; "belangenorganisatie" is an "organisatie".
            noun = match.group(2).lower()
            kinds = (k for k in (*self.t.singular, "bureau") if noun.endswith(k))
            head = max(kinds, key=len, default=noun)
            label = squash(text[begin : named.end(1)])
            yield self._organisation(text, begin, named.end(1), self._class(label, head, tie))

    def _commissioned(self, text: str) -> Iterator[Candidate]:
        """The author of a commissioned study, named in its colophon at a line's start:
        "Uitgevoerd door Noordkaap Advies in opdracht van het Secretariaat-Generaal",
        "Brugman Consult, in opdracht van het Ministerie van ...", "Datalab Zuid – Eindrapport
        in opdracht van ...". Not a person ("Jan Peeters, in opdracht van ..."), not the
        study's own title ("Eindrapport Grenswerk, in opdracht van ...") nor a group ("X
        Group" is a firm's English name, "Working Group" a group's)."""
        for match in _COMMISSIONED.finditer(text):
            group = 1 if match.group(1) else 2
            words = match.group(group).split()
            first = words[0]
            if self._no_name(first):
                continue
            if first in self.t.given_names or first.lower() in _DATE_WORDS:
                continue
            if any(w.lower().endswith(_REPORT_WORDS) for w in words):
                continue
            if self._other_kind([w for w in words if w != "Group"]) or "Working" in words:
                continue
            label = squash(match.group(group))
            cls = self._class(label, self._public_word(words), False)
            yield self._organisation(text, match.start(group), match.end(group), cls)

    def _placed(self, text: str) -> Iterator[Candidate]:
        """A body named by a head word and the member state or region it belongs to, with
        nothing between: "de Politie Nederland", "de Douane België", "het Rode Kruis
        Vlaanderen", "het Europees Consumentencentrum Nederland". The place ends the name
        only where no capitalised word follows on its line (a column of a table: "Ministerie
        van Buitenlandse Zaken Nederland Benelux-coördinator") and no hyphen joins it on."""
        for match in self._place.finditer(text):
            head = match.group(1)
            if head in _PLACE_NOUNS or head in self.t.not_names or head in _PLACE_WORDS:
                continue
            if head.lower() in self.t.starters or head in self.t.descriptive:
                continue
            begin = self._leading_names(text, match.start(1), 2)
            before = text[max(0, begin - 40) : begin].split()
            listed = bool(before) and (before[-1][-1:] in ",(" or before[-1] == "en")
            if not before or (before[-1].lower() not in _PLACED_OPENERS and not listed):
                # Only after an article, or "met" before a partner ("werkt samen met Dementie
                # Nederland"): "Namens Nederland", "Zowel België ...".
                continue
            words = text[begin : match.start(2)].split()
            if any(w in _PLACE_NOUNS or w in self.t.not_names for w in words):
                continue
            label = squash(text[begin : match.end()])
            cls = self._class(label, self._public_word(words), True)
            if words[0] in _NETWORK_OPENERS:
                cls = "ExternalOrganisation"
            yield self._organisation(text, begin, match.end(), cls)

    def _ministries(self, text: str) -> Iterator[Candidate]:
        """ "het Luxemburgse ministerie van Volksgezondheid", "de Vlaamse Ministerie van
        Onderwijs": a ministry a member state's adjective ties to it is a national body. Without
        it, "het ministerie van Sociale Zaken", "zijn ministerie van Verkeer" or "het Franse
        ministerie van Transport" describe a ministry; the gazetteer names the known ones."""
        for match in _ministry_words(text):
            before = text[max(0, match.start() - 40) : match.start()].split()
            if not before or before[-1].lower() not in self.t.member_ties:
                continue
            tail = self._tail.match(text, match.end())
            if tail is None or text[tail.start() : tail.end()].split()[0] != "van":
                continue
            yield self._organisation(text, match.start(), self._cut(text, tail), "NationalBody")

    def _signed_ministry(self, text: str) -> Iterator[Candidate]:
        """ "Mijn ministerie zit de werkgroep voor" in a letter signed "De Minister van
        Justitie en Veiligheid,": the writer's ministry, the Ministerie van Justitie en
        Veiligheid, where the letter names it nowhere else (a letterhead that names it is
        read with the relations)."""
        own = [*_OWN_MINISTRY.finditer(text)]
        signed = [*_SIGNED_BY_MINISTER.finditer(text)] if own else []
        if not signed:
            return
        portfolio = " ".join(signed[-1].group(1).split())
        if portfolio.isupper():  # "DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,"
            portfolio = " ".join(
                w.lower() if w.lower() in _PORTFOLIO_JOINS else w.capitalize()
                for w in portfolio.split()
            )
        label = f"Ministerie van {portfolio}"
        if re.search(rf"inisterie\s+van\s+{re.escape(portfolio)}", text, re.IGNORECASE):
            return
        for match in own:
            yield Candidate(
                match.start(),
                match.end(),
                f"{ID}organisation/{slug(label)}",
                "NationalBody",
                label=label,
                layer=PLACES,
                priority=1,
            )

    def _units_of_ministries(self, text: str) -> Iterator[Candidate]:
        """ "de directie Europese Zaken van het ministerie van ...", "de dienst Juridische
        Zaken van het Ministerie van ...": a unit named in lower case is a name where its
        capitalised words run up to the ministry it belongs to, a member state's body."""
        for ministry in _ministry_words(text):
            unit = _MINISTRY_UNIT.search(text, max(0, ministry.start() - 120), ministry.end() + 12)
            if unit is not None:
                yield self._organisation(text, unit.start(), unit.end(1), "NationalBody")

    def _public_word(self, words: list[str]) -> str:
        """The head of a public body among the words of a name, also as the end of a
        compound ("het Agentschap Digitaal", "het Zorginstituut"), or ``""``."""
        for word in words:
            lowered = word.lower()
            public = next((h for h in self.t.public_heads if lowered.endswith(h)), "")
            if public:
                return public
        return ""

    def _names(
        self, text: str, begin: int, name: str, head: str = "", tie: bool = False
    ) -> Iterator[Candidate]:
        words = name.split()
        while words and words[-1].lower() in {"en", "of"}:
            words.pop()
        if not words or self._no_name(words[0]):
            return
        surface = " ".join(words)
        end = text.find(words[-1], begin) + len(words[-1])
        if surface and end > begin:
            label = squash(text[begin:end])
            yield self._organisation(text, begin, end, self._class(label, head, tie))

    def _headed(self, text: str) -> Iterator[Candidate]:
        """Names read from a capitalised head word: "de Autoriteit Grensarbeid en
        Mobiliteit", "het Centrum voor Grenseconomie", "het Bundesamt für Grenzverkehr", "la
        Direction générale des frontières", "het Vlaams Klimaatagentschap"."""
        for match in self._head.finditer(text):
            if match.start() and (
                text[match.start() - 1].isalnum() or text[match.start() - 1] == "-"
            ):
                continue  # inside a word: "Kenniscentrum" is read as a compound
            tail = None
            if match.group() in _FRENCH_HEADS:
                tail = self._french.match(text, match.end())
            end = 0
            if tail is not None and match.group() in _NAMED_HEADS and tail.group().islower():
                tail = None  # "de Université d'été ...": a summer school; "de Liège" names one
            if tail is not None:
                tied = self._french_tied(text, tail)
                if tied < 0:
                    tail = None  # "la Police française": adjectives alone, of no member state
                elif tied:
                    # "la Police grand-ducale"; "de Agence luxembourgeoise antidopage (ALAD)".
                    end = _acronym_complement(text, match.start(), tied)
            if tail is None:
                tail = self._over_line(text, self._tail.match(text, match.end()))
            elif not end:
                end = self._french_end(text, tail)
            if tail is None:
                continue  # "de Inspectie" alone refers back, it names no new body
            first = text[tail.start() : tail.end()].split()[0]
            joined = _JOINED_HEADS.get(match.group())
            if (joined is not None and first not in joined) or first in _NOT_JOINED.get(
                match.group(), ()
            ):
                continue
            if match.group() in ADJECTIVE_HEADS and not self._adjective_opens(text, match.start()):
                continue
            head = match.group()
            if not end and head in _SHARED_HEADS:
                # German or English ("het Institut für ...", "het Office for ..."), not
                # French: the presumption of a French name does not hold.
                head = head.lower()
            end = end or self._german_listed(text, match.end()) or self._cut(text, tail)
            national = self._unit_of_national(text, end)
            yield from self._body(
                text, match.start(), end, head, national, not national and _unit_abroad(text, end)
            )
        for match in self._compound_head.finditer(text):
            begin = match.start()
            if begin == 0 or not (text[begin - 1].isalpha() or text[begin - 1] == "-"):
                continue  # a head word alone, no compound
            while begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] == "-"):
                begin -= 1
            word = text[begin : match.end()]
            if not word[:1].isupper() or match.start() - begin < 3:
                continue
            lowered = match.group().lstrip("-").lower()
            tail = self._tail.match(text, match.end())
            if lowered in _ADJECTIVE_COMPOUNDS and not (
                self._adjective_opens(text, begin, any_adjective=True) or tail is not None
            ):
                continue  # "het Grensbureau": an office; "het Europees Grensbureau voor X"
            if lowered in _HERITAGE and word.lower().startswith(_UNIVERSITY_PARTS):
                continue  # "de Universiteitsbibliotheek Gent": the university's library
            if match.group()[:1] == "-":
                begin = self._leading_names(text, begin, 2)  # "het Robert Koch-Instituut"
            else:
                # "de Industrie- und Handelskammer Aachen": a first word cut short joins it.
                cut_short = _CUT_SHORT.search(text, max(0, begin - 40), begin)
                if cut_short is not None:
                    begin = cut_short.start()
            if match.group() in _SHARED_COMPOUNDS and (
                "-" in word or (tail is None and not word.startswith(_WORLD))
            ):
                continue
            end = self._cut(text, tail, compound=True) if tail is not None else match.end()
            # A compound's head is German or Dutch, never French: "het Fraunhofer-Institut
            # für ...", "het Goethe-Institut" are no public bodies of a French name.
            yield from self._body(
                text, begin, end, match.group().lstrip("-").lower(), abroad=_unit_abroad(text, end)
            )

    def _over_line(self, text: str, tail: re.Match[str] | None) -> re.Match[str] | None:
        """A tail that ends on an inflected adjective at a line's end goes on with the noun on
        the next line: "het Bureau voor Intellectuele\n Eigendom van de Europese Unie"."""
        if tail is None or not _WAITING_ADJECTIVE.search(text, tail.start(), tail.end()):
            return tail
        if not _NEXT_LINE_NAME.match(text, tail.end()):
            return tail
        return self._tail_lines.match(text, tail.start()) or tail

    def _adjective_opens(self, text: str, begin: int, any_adjective: bool = False) -> bool:
        """A capitalised adjective above the states or of a member state right before
        ``begin``: "Europees", "Internationale", "Vlaams", "Nederlandse"; with
        ``any_adjective``, any capitalised one ("het Centraal Planbureau")."""
        before = text[max(0, begin - 30) : begin].split()
        if not before or re.fullmatch(_ADJECTIVE, before[-1]) is None:
            return False
        if any_adjective and before[-1] not in self.t.descriptive:
            return before[-1].lower() not in self.t.starters
        return before[-1] in _NETWORK_OPENERS or before[-1].lower() in self.t.member_ties

    def _french_tied(self, text: str, tail: re.Match[str]) -> int:
        """A French tail of adjectives alone ("grand-ducale") ends at its last member state's
        tie (a lower-case noun after it, "de Agence luxembourgeoise antidopage", goes on only
        before its acronym: ``listed_bodies``); -1 without a tie, 0 for a joined tail ("de la
        ...", "d'incendie"), read whole."""
        words = text[tail.start() : tail.end()].split()
        if any(
            w.lower() in _FRENCH_WORDS or w[:2].lower() in {"l'", "d'", "l’", "d’"} for w in words
        ):
            return 0
        ties = [w for w in words if w.lower() in self.t.member_ties]
        if not ties:
            return -1
        return text.rindex(ties[-1], tail.start(), tail.end()) + len(ties[-1])

    def _french_end(self, text: str, tail: re.Match[str]) -> int:
        """The end of a French tail: "et" before another capitalised head starts another
        body ("l'Office national des frontières et l'Institut wallon ..."). A comma and a
        particle go on with the portfolio ("le Ministère de l'Éducation nationale, de
        l'Enfance et de la Jeunesse")."""
        other = _FRENCH_AND.search(text, tail.start(), tail.end())
        if other is not None and (
            other.group(1) or text[other.end() :].split(None, 1)[0] in _FRENCH_HEADS
        ):
            return other.start()  # not "des Villes et Communes de X": nouns of one name
        end = tail.end()
        while _FRENCH_COMMA.match(text, end):
            more = self._french.match(text, end + 1)
            if more is None or _FRENCH_AND.search(text, more.start(), more.end()):
                break
            end = more.end()
        return end

    def _acronymed(self, text: str) -> Iterator[Candidate]:
        """A capitalised name of two words or more with its acronym in brackets: "de Deutsche
        Flugsicherung (DFS)", "de Haagse Conferentie voor Internationaal Privaatrecht
        (HCCH)". The acronym is the evidence of a body's name where no head word says so: it
        opens with the name's first letter and its letters follow in the name's order."""
        for acronym in _ACRONYM.finditer(text):
            letters = acronym.group(1).replace("&", "").lower()
            name = _NAME_BEFORE.search(text, max(0, acronym.start() - 120), acronym.start())
            if name is None:
                continue
            spans = [(m.start(), m.group()) for m in re.finditer(r"\S+", name.group())]
            tie = foreign = False
            while spans and (
                spans[0][1] in self.t.not_names
                or spans[0][1].lower() in self.t.starters
                or spans[0][1] in self.t.descriptive
            ):
                # "de Duitse X (ABC)", "De X (ABC)": an article or an adjective opens it.
                word = spans.pop(0)[1]
                tie = tie or word.lower() in self.t.member_ties
                foreign = foreign or (word in self.t.descriptive and not tie)
            if not spans:
                continue
            begin = name.start() + spans[0][0]
            words = [w for _, w in spans]
            if len(words) < 2 or words[0][:1].lower() != letters[:1]:
                continue
            if not _follows(letters, " ".join(words).lower()) or self._other_kind(words):
                continue
            end = name.start() + len(name.group().rstrip())
            label = squash(text[begin:end])
            head = next((w for w in words if w.lower() in self.t.public_heads), "")
            yield self._organisation(text, begin, end, self._class(label, head, tie, foreign))

    def _acronym_first(self, text: str) -> Iterator[Candidate]:
        """An acronym, then the name it stands for in brackets: "GRM (Grensregio
        Mobiliteitscentrum)", "het CGW (Centrum voor Grenswerk)". The acronym's letters open the
        name's words in their order, as in ``_acronymed``; its later uses name the body too."""
        for match in _ACRONYM_FIRST.finditer(text):
            acronym, name = match.group(1), match.group(2)
            letters = acronym.replace("&", "").lower()
            words = name.split()
            if words[0] in self.t.not_names or words[0] in self.t.descriptive:
                continue
            if words[0][:1].lower() != letters[:1] or not _follows(letters, name.lower()):
                continue
            if self._other_kind(words) or acronym in self.t.not_names:
                continue
            before = text[max(0, match.start() - 40) : match.start()].split()
            if before and not self._opens(before[-1]) and before[-1][-1:] not in ";":
                continue
            label = squash(name)
            tie = any(w.lower() in self.t.member_ties for w in words)
            body = self._organisation(
                text,
                match.start(2),
                match.end(2),
                self._class(label, self._public_word(words), tie),
            )
            yield body
            for use in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text):
                yield replace(body, begin=use.start(), end=use.end())

    def _other_kind(self, words: list[str]) -> bool:
        """A word of the name, or the end of a compound, names a group, an act or an event."""
        return any(
            w.lower().rstrip("-").endswith(kind) for w in words for kind in self.t.other_kinds
        )

    def _cut(self, text: str, tail: re.Match[str], compound: bool = False) -> int:
        """The end of a tail. "en" before a country, an acronym or another body's head
        starts another party ("het Agentschap Grenswerk en België", "het Centrum voor X en
        GOVCERT.LU", "de Vlaamse Milieumaatschappij en Waterschap Y"); so does "en" right
        after the head, and after a compound any "en"."""
        end = self._before_heading(text, tail)
        first = text[tail.start() : tail.end()].split()[0]
        if first in {"en", "und", "and"}:
            return tail.start()
        # "de Directie Grensarbeid van de FOD Sociale Zekerheid": "van" and another body's
        # head word start the body it is a unit of, a name of its own.
        parent = _PARENT_HEAD.search(text, tail.start(), end)
        if parent is not None and self._parent_body(parent.group(1)):
            end = parent.start()
        if compound and " en " in text[tail.start() : end]:
            # "de Vlaamse Confederatie Bouw en Bouwend Nederland": the compound's name ends
            # before "en" ("de Vlaamse Milieumaatschappij en Waterschap Y": at once).
            return text.find(" en ", tail.start(), end)
        position = text.find(" en ", tail.start(), end)
        while position != -1:
            word = text[position + 4 : end].split()[0]
            if (
                word.lower() in self.t.member_ties
                or any(w.isupper() and len(w) > 1 for w in text[position:end].split())
                or word in self._head_words
                or self._compound_head.search(word) is not None
            ):
                return position
            position = text.find(" en ", position + 4, end)
        return self._before_common_noun(text, tail.start(), end, compound)

    def _before_heading(self, text: str, tail: re.Match[str]) -> int:
        """The end of a tail, before the heading of an attendance list's next part that the
        clean text joined to the name's line ("· Jan Peeters ..... Ministerium für Umwelt
        Saarland Gasten (punt 3)": "Gasten" heads the guests)."""
        for word in re.finditer(r"[A-ZÀ-Ý][\w'’-]*", text[tail.start() : tail.end()]):
            if word.group().lower() in self.t.list_headings and word.start() > 0:
                return text.rfind(" ", tail.start(), tail.start() + word.start())
        return tail.end()

    def _parent_body(self, word: str) -> bool:
        """Whether ``word``, after "van de" in a tail, opens the name of the body the named
        one is a unit of: a head word ("de Directie X van de FOD Y"), or a compound on one
        ("het Regionaal Bureau voor Europa van de Wereldgezondheidsorganisatie"); not a
        university, whose units keep it in their names ("het Centrum voor Grensstudies van de
        Universiteit Hasselt")."""
        if word in _UNIVERSITIES or word.lower().endswith(("universiteit", "universität")):
            return False
        if word in self._head_words:
            return True
        head = self._compound_head.search(word)
        return head is not None and head.end() == len(word) and head.start() >= 3

    def _german_listed(self, text: str, after_head: int) -> int:
        """The end of a German name whose subjects are listed with commas: "das Landesamt
        für Natur, Umwelt und Klimaschutz" (a comma ends a Dutch name, not this one); the Land
        whose body it is may close it ("... und Verbraucherschutz Nordrhein-Westfalen", "...
        und Verbraucherschutz des Saarlandes")."""
        listed = _GERMAN_LIST.match(text, after_head)
        if listed is None:
            return 0
        tail = self._tail.match(text, listed.end())
        return self._cut(text, tail) if tail is not None else listed.end()

    @staticmethod
    def _before_common_noun(text: str, tail_start: int, end: int, compound: bool) -> int:
        """``end``, or where "van de" starts a phrase of an adjective and a common noun:
        "de Zorginspectie van de Vlaamse overheid" is the Zorginspectie, "van de Vlaamse
        overheid" says whose; the name keeps words of its own before it."""
        dangling = _DANGLING_ADJECTIVE.search(text, tail_start, end)
        if dangling is None or not _LOWER_NEXT.match(text, end):
            return end
        if dangling.start() > tail_start or compound:
            return dangling.start()
        return end

    def _unit_of_national(self, text: str, end: int) -> bool:
        """A unit of a body tied to a member state is tied to it: "de Directie Grensarbeid
        van de FOD Sociale Zekerheid", "de Dienst X van het Vlaams Agentschap Y"."""
        parent = _PARENT_HEAD.match(text, end)
        if parent is None or parent.group(1) not in self._head_words:
            return False
        words = text[parent.start(1) : parent.start(1) + 60].split()[:4]
        return any(w.lower().strip(",.") in self.t.member_ties for w in [parent.group(1), *words])

    def _body(
        self, text: str, begin: int, end: int, head: str, tie: bool = False, abroad: bool = False
    ) -> Iterator[Candidate]:
        """The body named from ``begin`` to ``end`` by ``head``, with the capitalised adjectives
        before it, where an article or the running sentence opens it; ``tie`` ties it to a
        member state, ``abroad`` makes it a unit of a body above the states or of a university
        (``_unit_abroad``), no state's."""
        cell = _ROW_START.search(text, max(0, begin - 40), begin)
        if cell is not None and cell.group(1).lower() in self.t.member_ties:
            # A row of a text table whose first column is the member state ("Nederland
            # College ter Beoordeling van Geneesmiddelen lid"): the state opens the name and
            # ties the body to it.
            label = squash(text[begin:end])
            yield self._organisation(text, begin, end, self._class(label, head, True))
            return
        before = text[max(0, begin - 40) : begin].split()
        # Capitalised adjectives open the name ("de Europese Autoriteit ..."), those of a
        # country only describe it ("het Belgische Centrum ...").
        foreign = False
        if before and before[-1][:1] == "(" and re.fullmatch(_ADJECTIVE, before[-1][1:]):
            begin = text.rindex(before[-1], 0, begin) + 1  # "(Nationaal Centrum voor ...)"
            before[-1] = "("
        while before and re.fullmatch(_ADJECTIVE, before[-1]):
            # "het Vlaamse Agentschap X": after "het" a name's adjective is bare ("het Vlaams
            # Agentschap X"); an inflected one of a member state describes the body.
            inflected = (
                len(before) > 1
                and before[-2].lower() == "het"
                and before[-1].endswith("e")
                and before[-1].lower() in self.t.member_ties
            )
            if (
                inflected
                or before[-1] in self.t.descriptive
                or before[-1].lower() in self.t.starters
            ):
                tie = tie or before[-1].lower() in self.t.member_ties
                foreign = before[-1] in self.t.descriptive and not tie
                before.pop()
                break
            begin = text.rindex(before.pop(), 0, begin)
        if not before or not self._opens(before[-1]):
            return  # a heading or a sentence's first word, no evidence of a name
        label = squash(text[begin:end])
        cls = "ExternalOrganisation" if abroad else self._class(label, head, tie, foreign)
        yield self._organisation(text, begin, end, cls)

    def _class(self, label: str, head: str, tie: bool, foreign: bool = False) -> str:
        """A public body tied to a member state or region, by a word of its name or the
        adjective before it, is a NationalBody ("het Vlaams Agentschap X", "het Belgische
        Centrum voor X"); so is a French-named public body that no foreign adjective ties
        elsewhere ("de Direction de la santé": Belgian or Luxembourgish in a Benelux text,
        but "de Franse Direction générale du travail"). Every other body is an
        ExternalOrganisation."""
        if head.lower() in _LOCAL_HEADS and not foreign:
            return "NationalBody"
        words = {w.lower() for w in re.split(r"[\s'’-]+", label)}
        words |= {w.lower() for w in label.split()}  # "grand-ducale" is one tie
        if head.lower() in _COMPANY_HEADS and words & _RAILWAYS:
            return "ExternalOrganisation"  # a railway company
        if head in _FRENCH_HEADS and words & _FR_PUBLIC and not foreign and not words & _ELSEWHERE:
            return "NationalBody"  # "la Société publique de ...": a public body by its name
        if tie and head in _FRENCH_HEADS and not foreign:
            # "het Luxemburgse Centre pour ...", "de Belgische Caisse ...": French and a member
            # state's adjective together leave Belgium or Luxembourg, whatever the head.
            return "NationalBody"
        if head == "Centre" and not foreign and not words & (_ELSEWHERE | _HOSPITALS):
            # A French centre ("le Centre commun de la sécurité sociale"; an English "Centre
            # for ..." has its head lower-cased by ``_headed``) is a public body.
            return "NationalBody"
        if head.lower() not in self.t.public_heads:
            return "ExternalOrganisation"
        if tie or words & self.t.member_ties or label.lower().startswith("rijks"):
            return "NationalBody"
        if head in _FRENCH_HEADS and not foreign and not words & _ELSEWHERE:
            return "NationalBody"
        # "de Raad van de Oostzeestaten": a body of states is above them.
        of_states = any(len(w) > 6 and w.endswith("staten") for w in words)
        if (
            self._dutch_administration(label, head)
            and not foreign
            and not words & _ABOVE_STATES
            and not of_states
        ):
            return "NationalBody"
        return "ExternalOrganisation"

    @staticmethod
    def _dutch_administration(label: str, head: str) -> bool:
        """A Dutch head of an administration opens the name ("de Dienst Publiek en
        Communicatie"), or ends a compound of an inspectorate or agency ("de Zorginspectie");
        a compound on "dienst" is a service more often than a body ("de Veerdienst X")."""
        lowered = head.lower()
        if lowered not in _DUTCH_PUBLIC | _COMPOUND_ADMINISTRATIONS:
            return False
        words = label.split()
        # Capitalised adjectives may open the name: "de Algemene Administratie van ...".
        while len(words) > 1 and re.fullmatch(_ADJECTIVE, words[0]) and words[0].lower() != lowered:
            words.pop(0)
        first = words[0].lower() if words else ""
        if lowered in _BOARDS and words[1:2] == ["van"]:
            return False  # "het College van Commissarissen": a board of people, anyone's
        if lowered == "dienst" and len(words) == 1 and len(first) > len(lowered):
            return True  # "de Belastingdienst" alone ("de Veerdienst X" is a service)
        if lowered in _NAMED_BY_TASK and len(label.split()) == (2 if first == lowered else 1):
            # "het Instituut Clingendael": named by a place or patron, anyone's; "het
            # Grenseffecteninstituut" alone may be a university's.
            return False
        return (first == lowered and lowered in _DUTCH_PUBLIC) or (
            lowered in _COMPOUND_ADMINISTRATIONS
            and first.endswith(lowered)
            and (first != lowered or lowered in _DUTCH_PUBLIC)
            and not first.startswith(_ABOVE_STATES_PREFIXES)
        )

    @staticmethod
    def _opens(word: str) -> bool:
        """An article, or a lower-case word of the running sentence, before a name."""
        if word.lower() in _OPENERS or word[-1:] in "(,":
            return True
        if word.lower() in {"l'", "l’", "d'", "d’"}:
            return True  # "l'Office national de l'enfance", "d'Agence wallonne ..."
        if _LEADERS.fullmatch(word):
            return True  # "· Jan Peeters ........ Syndicat des ...": a list's next column
        return word[:1].islower() and word[-1:] not in ".:;!?"

    def _leading_names(self, text: str, end: int, most: int) -> int:
        """Where the run of capitalised name words that ends at ``end`` begins."""
        line = text.rfind("\n", max(0, end - 80), end) + 1
        begin = end
        words = text[max(line, end - 80) : end].split()
        for i in range(len(words) - 1, -1, -1):
            bare = words[i]
            if bare != bare.rstrip(",") or not re.fullmatch(_CAP, bare) or most == 0:
                break
            if bare in self.t.descriptive:
                break  # "het Duitse Friedrich-Loeffler-Institut": a German body, not its name
            if self._no_name(bare):
                # "aan Van Oord B.V.", "Jan De Nul NV": a particle inside a company's name,
                # not an article opening the sentence.
                before = words[i - 1] if i else ""
                if not (bare in _PARTICLES and before[:1].isalpha() and before[-1:].isalpha()):
                    break
            begin = text.rindex(bare, 0, begin)
            most -= 1
        return begin

    def _head_final(self, text: str) -> Iterator[Candidate]:
        """ "het European Border Health Centre", "Border Watch International"."""
        for match in self._final.finditer(text):
            begin = self._leading_names(text, match.start() + 1, 4)
            if begin == match.start() + 1 or text[max(0, begin - 5) : begin].split()[-1:] in (
                ["and"],
                ["of"],
                ["for"],
            ):
                continue  # "(Communication and Information Resource Centre ...)": a part
            if match.group().strip().startswith("Cent") and re.search(
                r"(?<![\w-])(?:in|naar)[ \t]+(?:het|de|the)[ \t]+", text[max(0, begin - 12) : begin]
            ):
                continue  # "kwam in het World Port Center bijeen": a building, a venue
            if match.group().strip() in _ARTICLE_FINAL:
                before = text[max(0, begin - 5) : begin].split()[-1:]
                if not before or before[0].lower() not in _OPENERS:
                    continue
            tail = self._of_tail.match(text, match.end())
            yield self._organisation(text, begin, tail.end() if tail else match.end())

    def _companies(self, text: str) -> Iterator[Candidate]:
        for match in self._legal.finditer(text):
            begin = self._leading_names(text, match.start() + 1, 4)
            if begin < match.start() + 1:
                yield self._organisation(text, begin, match.end())
        for match in self._sector.finditer(text):
            start = match.start()
            while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "-"):
                start -= 1
            noun = text[start : match.end()].strip()
            opening = text[max(0, start - 2) : start].strip()
            if not noun[:1].islower() and (
                noun.lower() in self.t.singular or opening[-1:] not in {"", ".", "!", "?", ":"}
            ):
                continue  # "Havenbedrijf Rotterdam": a capitalised noun heads the name
            name = re.match(_NAME, text[match.end() :])
            if name is not None:
                yield from self._names(text, match.end(), name.group())

    def listed_bodies(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """Capitalised names that stand in a list with bodies: "het Instituut X (IX),
        Wageningen Marine Research en de Rederscentrale", "TEC, Arriva en Sales-Lentz", "met de
        X, met CZ en met de Caisse nationale de santé". A list of bodies holds bodies; a name
        found this way may carry the list on ("X, Y en Z": Z after Y after the known X)."""
        occupied = {i for c in found for i in range(c.begin, c.end)}
        queue = [(c.begin, c.end, c.cls) for c in found if c.cls in _LISTED_BODIES]
        bodies = {begin: end for begin, end, _ in queue}
        out: list[Candidate] = []
        while queue:
            begin, end, cls = queue.pop()
            bracket = _BRACKETED.match(text, end)
            after = _AFTER_LINK.match(text, bracket.end() if bracket else end)
            before = _BEFORE_LINK.search(text, max(0, begin - 80), begin)
            if after is not None and after.group("of") and after.end("of") not in bodies:
                after = None  # "X van de Y": only a unit of a body the list names
            for match, chained in ((after, True), (before, False)):
                if match is None:
                    continue
                cand = self._listed_name(text, match.start(1), match.end(1), occupied, chained)
                bare = chained and _BARE_COMMA.fullmatch(text, match.start(), match.start(1))
                # The list goes on after the name, or after the body it is a unit of.
                goes_on = bodies[match.end("of")] if chained and match.group("of") else match.end(1)
                if bare and not _LIST_GOES_ON.match(text, goes_on):
                    cand = None
                if cand is not None:
                    if cls == "NationalBody" and cand.cls == "ExternalOrganisation":
                        cand = self._national_desk(cand)
                    occupied.update(range(cand.begin, cand.end))
                    out.append(cand)
                    queue.append((cand.begin, cand.end, cand.cls))
        return out

    def title_parties(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """The parties an instrument's title names after "tussen" that no finder read, as
        bodies: "Administratief akkoord tussen het Secretariaat-Generaal van de Benelux Unie
        en het Rijksarchief in België inzake ...", "Intentieverklaring tussen het KMI, het
        KNMI, MeteoLux en ... over ...". The title wins the layer of names, the parties nest
        in it in the layer of places."""
        out: list[Candidate] = []
        for title in found:
            if title.layer != NAMES or title.cls not in INSTRUMENT_CLASSES:
                continue
            between = _BETWEEN.search(text, title.begin, title.end)
            if between is None:
                continue
            known = sorted(
                (
                    c
                    for c in found
                    if c.layer == PLACES and between.end() <= c.begin and c.end <= title.end
                ),
                key=lambda c: c.begin,
            )
            out.extend(self._parties(text, _party_items(text, between.end(), title.end, known)))
        return out

    def _parties(self, text: str, items: list[list[_Token]]) -> Iterator[Candidate]:
        """The items of a list of parties that name a body no finder read: capitalised words
        joined by particles ("de Haagse Conferentie voor Internationaal Privaatrecht"),
        perhaps ending in a known place ("het Rijksarchief in België"); one word only where
        it is shaped like a body's name ("MeteoLux"). A list holds two parties at least."""
        if len(items) < 2:
            return
        minted: list[Candidate] = []
        for item in items:
            if any(t.known is not None for t in item[:-1]):
                continue  # a known party, perhaps of its owner ("X van de Benelux Unie")
            last = item[-1].known
            words = [text[t.begin : t.end] for t in (item[:-1] if last is not None else item)]
            if last is not None and not _joined_to(words, last):
                continue  # a known party alone, or no name before it
            if not self._party_name(words, last is not None):
                continue
            begin, end = item[0].begin, item[-1].end
            cls = self._party_class(text[begin:end])
            if last is not None and last.cls == "MemberState" and words[0] not in _NETWORK_OPENERS:
                cls = "NationalBody"  # "het Rijksarchief in België": a member state's body
            minted.append(self._organisation(text, begin, end, cls))
        if not minted:
            return
        bodies = [t.known for item in items for t in item if t.known is not None]
        national = [b for b in bodies if b.cls in _BODY_CLASSES]
        for cand in minted:
            # "tussen het KMI, het KNMI, MeteoLux en ...": a body listed with national bodies
            # only is the third member state's.
            if len(national) >= 2 and all(b.cls == "NationalBody" for b in national):
                cand = replace(cand, cls="NationalBody")
            yield cand

    def _party_name(self, words: list[str], placed: bool) -> bool:
        first = words[0]
        if not re.fullmatch(_CAP, first) or first in self.t.not_names or first in _PLACE_NOUNS:
            return False
        if first.lower() in self.t.starters or first in self.t.descriptive:
            return False
        if len(words) == 1 and not placed:
            return re.fullmatch(_PARTY_SHAPE, first) is not None
        content = [w for w in words if w not in _NAME_PARTICLES]
        if not placed and (words[-1] in _NAME_PARTICLES or _ADJECTIVE_END.search(words[-1])):
            return False
        return all(
            re.fullmatch(_CAP, w) and not _COMMON_WORD.fullmatch(w) and w.lower() not in _DATE_WORDS
            for w in content
        )

    def _party_class(self, surface: str) -> str:
        """A body named for the state ("het Rijksarchief ...", "de Rijksdienst ...") or by
        the words of a member state's public body is national."""
        label = squash(surface)
        words = label.split()
        cls = self._class(label, self._public_word(words), False)
        if label.lower().startswith("rijks"):
            return "NationalBody"
        return cls

    def _listed_name(
        self, text: str, begin: int, end: int, occupied: set[int], chained: bool
    ) -> Candidate | None:
        """A name in a list of bodies, unless it is a place, a date, a sentence's first word
        or part of something else found. Before a body (not ``chained`` after one), "en"
        before the name joins it to the words before: "Rijkswaterstaat Zee en Delta"."""
        if not occupied.isdisjoint(range(begin, end)):
            return None
        words = text[begin:end].split()
        opens_sentence = text[:begin].rstrip()[-1:] in {"", ".", "!", "?", ":"}
        if len(words) > 1 and words[0] in _SENTENCE_ARTICLES and opens_sentence:
            # "De Ouderbond en de Ligue des familles ...": the article opening the sentence is
            # no part of the name (mid-sentence it is: "met De Vlaamse Waterweg en ...").
            begin = text.index(words[1], begin + len(words[0]))
            words = words[1:]
        first = words[0]
        if self._no_name(first):
            return None
        if (
            len(words) == 1
            and first in self.t.country_codes
            and text[max(0, begin - 3) : begin].rstrip().endswith("(")
        ):
            # "Jan Peeters (BE, FOD Economie)": the country's code opening a bracket, no body
            # (unlike "met CZ en met de Caisse nationale de santé").
            return None
        if first in self.t.descriptive or first in _PARTICLES:
            return None
        french = _FRENCH_ADJECTIVES.match(text, end)
        if french is not None:
            end = french.end()  # "de Centrale paysanne luxembourgeoise": its adjectives too
            end = _acronym_complement(text, begin, end)
        elif len(words) == 1 and (first in self._head_words or f"({first})" in text):
            return None  # "de Raad" refers back; "de ABC" is the short name of "X (ABC)"
        for word in words:
            if word in _PLACE_WORDS or word in _PLACE_NOUNS or word.lower() in _DATE_WORDS:
                return None
            if _COMMON_WORD.fullmatch(word):
                return None  # "de Benelux-landen", "het EU-platform", "de Frans- en ..."
        if _ADJECTIVE_END.search(words[-1]):
            return None  # "de Baltische staten", "de Duitstalige gemeenschappen"
        opener = text[max(0, begin - 40) : begin].split()
        if not opener or (not chained and not _opens_listed(opener[-1])):
            return None  # "Zee en Delta en X", "de vestiging Warstein of X"
        if len(words) == 1 and first.lower() in self.t.roles:
            return None  # "De Minister en de Ligue des familles ...": a person by a role
        if _NAME_GOES_ON.search(" ".join(opener[-3:])):
            return None  # "de Week van de Mantelzorg en ...": the end of a longer name
        if not self._opens(opener[-1]):
            return None  # a heading or a sentence's first word
        label = squash(text[begin:end])
        cls = self._class(label, self._public_word(words), False)
        lowered = {w.lower() for w in label.split()}
        if french is not None and lowered & _FR_PUBLIC and not lowered & _ELSEWHERE:
            # "de Organisation nationale antidopage": a French name that calls itself national
            # or public, listed with bodies of the Benelux, is Belgian or Luxembourgish.
            cls = "NationalBody"
        return self._organisation(text, begin, end, cls)

    def _national_desk(self, cand: Candidate) -> Candidate:
        """A Dutch-named public desk or committee listed with a national body is national: no
        foreign word in its name, a public head or a desk's as its last word's end."""
        words = cand.label.split()
        if any(w in self.t.descriptive or not w.isalpha() for w in words):
            return cand
        last = words[-1].lower()
        heads = (*self.t.public_heads, *_DESK_HEADS)
        if words[-1][:1].isupper() and any(last.endswith(h) for h in heads):
            return replace(cand, cls="NationalBody")
        return cand

    def _organisation(self, text: str, begin: int, end: int, cls: str | None = None) -> Candidate:
        label = squash(text[begin:end])
        return Candidate(
            begin,
            end,
            f"{ID}organisation/{slug(label)}",
            cls or "ExternalOrganisation",
            label=label,
            layer=PLACES,
            priority=1,
        )


# A word shaped like a body's name, no Dutch word: an acronym ("ABCERT"), an inner capital
# ("HydroLux"), capitals joined by a hyphen ("Energie-Agence"), a closing "+" ("Water+").
_BODY_SHAPE = (
    r"(?:[A-Z]{2,}[A-Za-z]*|[A-Z][a-zà-ÿ]+[A-Z][A-Za-zà-ÿ]*"
    r"|[A-Z][a-zà-ÿ]+-[A-Z][a-zà-ÿ]+|[A-Z][\w-]*\+)"
)
# An article, an adjective, perhaps a lower-case noun ("kenniscentrum"), then one such word
# that no capitalised word or bracket continues.
_TIED_SHAPE = re.compile(
    # The article's first letter before the look-behind: a search opening on a class of
    # letters skips the others at once (one behind it tries every position).
    r"[DdHh](?<![\w-][DdHh])(?:(?<=[Hh])et|(?<=[Dd])e)"
    rf"[ \t\n]+([A-Z][a-zà-ÿ]+)[ \t\n]+(?:([a-z]+)[ \t\n]+)?"
    rf"({_BODY_SHAPE})(?![\w+'’&-]|\.\w)(?![ \t\n]*\(|[ \t\n]+[A-ZÀ-Ý])"
    # A French or German tail runs the name on: "het Luxemburgse Haut-Commissariat à la ...".
    r"(?![ \t\n]+(?:à|au|aux|de|du|des|la|le|les|für|der|van|voor)(?![\w'’-]))"
)
# A commissioned study's colophon at a line's start: "Uitgevoerd door X in opdracht van",
# "X, in opdracht van", "X – Evaluatie in opdracht van" (a dash and the study's kind).
_COMMISSIONED = re.compile(
    r"(?m)^[ \t]*(?:(?:Uitgevoerd|Opgesteld|Geschreven|Samengesteld|Verricht)[ \t]+door"
    rf"[ \t]+({_NAME})[ \t]*,?|({_NAME})[ \t]*(?:,|[ \t][–—-][ \t]+[A-Z][a-zà-ÿ]+"
    r"(?:[ \t]+[a-zà-ÿ]+){0,2}))[ \t]+in[ \t\n]+opdracht[ \t\n]+van[ \t\n]"
)
# Words of a study's or a report's title, no author's name: "Eindrapport X, in opdracht van".
_REPORT_WORDS = ("rapport", "evaluatie", "studie", "verslag", "nota", "analyse", "onderzoek")
# The rest of an apposition up to the comma that closes it, within its sentence: "Tafel
# Nordrhein, de Duitse koepel[ van voedselbanken,] schuift als gast aan".
_CLOSED_APPOSITION = re.compile(r"[^.;:!?\n,]{0,60},")
# A capitalised word and "van de"/"voor het" before a listed name: the name ends a longer
# one ("de Week van de Mantelzorg en de X").
_NAME_GOES_ON = re.compile(r"^[A-ZÀ-Ý][\w'’-]* (?:van|voor) (?:de|het)$")
# Articles that open a sentence, capitalised before a listed name.
_SENTENCE_ARTICLES = frozenset({"De", "Het"})
# Months and weekdays: a capitalised one in a list is a date's, never a body's name.
_DATE_WORDS = frozenset({*MONTHS, *WEEKDAYS})
# Classes of what a list of bodies holds: the known or minted bodies a capitalised name
# stands in a list with.
_LISTED_BODIES = frozenset({"ExternalOrganisation", "NationalBody", "Institution"})
# What joins two items of a list of bodies: a comma, "en"/"of" (also after a comma), perhaps
# "met" again ("met de X, met Y en met de Z"), then perhaps an article.
_LIST_LINK = (
    r"(?:[ \t]*,[ \t]*(?:(?:en|of)[ \t]+)?|[ \t]+(?:en|of)[ \t]+)(?:met[ \t]+)?"
    r"(?:(?:de|het|la|le|les|the|der|die)[ \t]+|l['’])?"
)
# An acronym in brackets after a body's name: the list goes on after it ("(ILVO), X en Y").
_BRACKETED = re.compile(r"[ \t]*\([A-Z][\w&.-]{0,11}\)")
# A capitalised name of one to four words ("Sales-Lentz", "Wageningen Marine Research"),
# then what ends an item of a list: a comma, "en"/"of", a bracket, the end of a clause, or
# a lower-case word; never a fifth capitalised word.
_LIST_NAME_WORD = r"(?:[A-ZÀ-Ý][\w'’&-]*|[a-z]+[A-Z][\w-]*)"
# A word after the name that carries it on: "de Raad van ...", "het Fonds voor ...".
_GOES_ON = r"(?:van|voor|der|des|du|de|für|of|for)(?![\w'’-])"
_AFTER_LINK = re.compile(
    rf"{_LIST_LINK}({_LIST_NAME_WORD}(?:[ \t]+{_LIST_NAME_WORD}){{0,3}})"
    rf"(?=[ \t]*(?:[,;:.)]|\n|$)|[ \t]+(?:en|of)[ \t]|[ \t]+\(|[ \t]+(?!{_GOES_ON})[a-zà-ÿ]"
    # A unit of a body: "Vogelhuis Zuid van de Universiteit Gent" (the body checked in code).
    r"|(?P<of>[ \t]+van[ \t]+(?:de|het)[ \t]+)[A-ZÀ-Ý])"
)
_BEFORE_LINK = re.compile(
    rf"(?<=[ \t(])({_LIST_NAME_WORD}(?:[ \t]+{_LIST_NAME_WORD}){{0,3}})"
    rf"(?:[ \t]*,[ \t]*(?:(?:en|of)[ \t]+)?|[ \t]+(?:en|of)[ \t]+)(?:met[ \t]+)?"
    r"(?:(?:de|het|la|le|les|the|der|die)[ \t]+|l['’])?$"
)
# French adjectives after a listed name are part of it ("de Centrale paysanne
# luxembourgeoise", "de Chambre immobilière"): endings no Dutch verb or adverb after a name has.
_FRENCH_ADJECTIVES = re.compile(
    r"(?:[ \t]+[a-zà-ÿ]+(?:aise|oise|[aeo]nne|ale|aux|ique|aire|elle|euse|ée|é)s?)+(?![\w'’-])"
)
# The writer's own ministry in a letter, and the minister's signature that closes it: "De
# Minister van Justitie en Veiligheid," ending its line (the clean text may join it to the
# last sentence; a portfolio in capitals).
_OWN_MINISTRY = re.compile(r"(?<![\w-])[Mm]ijn[ \t\n]+ministerie(?![\w-])(?![ \t\n]+van\b)")
_SIGNED_BY_MINISTER = re.compile(
    r"(?m)(?:^|(?<=[.!?])[ \t])[ \t]*(?:De|DE)[ \t]+"
    r"(?:[Mm]inister|MINISTER|[Ss]taatssecretaris|STAATSSECRETARIS)"
    r"[ \t]+(?:van|VAN)[ \t]+([A-Z][\w-]*(?:,?[ \t]+[\w-]+){0,6}),[ \t]*$"
)
_PORTFOLIO_JOINS = frozenset({"en", "van", "voor", "de", "het"})

# A lower-case word after a French name's adjectives, perhaps on the next line, and the
# acronym in brackets of the sentence, right after it or after its parent ("van de X (ABC)").
_FRENCH_COMPLEMENT = re.compile(r"[ \t]*\n?[ \t]*([a-zà-ÿ]{4,})(?![\w'’-])")
_ACRONYM_AHEAD = re.compile(
    r"[ \t\n]*(?:van[ \t\n]+(?:de|het)[ \t\n]+[A-ZÀ-Ý][\w-]*(?:[ \t\n]+[A-ZÀ-Ý][\w-]*){0,3}"
    r"[ \t\n]*)?\(([A-Z][A-Z&]{1,6})\)"
)


def _acronym_complement(text: str, begin: int, end: int) -> int:
    """A French name goes on with a lower-case complement where the acronym the text gives
    it says so: "de Agence luxembourgeoise antidopage (ALAD)", "de Organisation nationale
    antidopage van de Fédération Wallonie-Bruxelles (ONAD)". The complement's first letter is
    the acronym's next after the initials of the words read; the name read so far has not all
    its letters, the longer name has."""
    word = _FRENCH_COMPLEMENT.match(text, end)
    if word is None:
        return end
    acronym = _ACRONYM_AHEAD.match(text, word.end())
    if acronym is None:
        return end
    letters = acronym.group(1).replace("&", "").lower()
    name = text[begin:end].lower()
    initials = "".join(w[0] for w in name.split() if w not in _FRENCH_WORDS)
    if not letters.startswith(initials) or len(letters) <= len(initials):
        return end
    longer = f"{name} {word.group(1)}"
    if word.group(1)[0] != letters[len(initials)] or _follows(letters, name):
        return end
    return word.end(1) if _follows(letters, longer) else end


# Right after a bare comma, a name must be followed by another link of the list: "X, Y en
# Z" (not a place after a comma: "Nordic Council of Ministers, Kopenhagen.").
_BARE_COMMA = re.compile(r"[ \t]*,[ \t]*$")
_LIST_GOES_ON = re.compile(r"[ \t]*,|[ \t]+(?:en|of)[ \t]")


# A word that is a common noun or an adjective, with a name's capital only before a hyphen.
_COMMON_WORD = re.compile(r"[\w'’&-]*-(?:[a-zà-ÿ][\w'’&]*)?")
# The endings of an adjective before a noun, never a body's name on its own.
_ADJECTIVE_END = re.compile(r"(?:ische|sche|ige|se)$")
# Before a listed name that a body follows: an article, a bracket or comma, or a
# preposition that opens a list of parties.
_LISTED_OPENERS = frozenset(
    {*_OPENERS, "met", "door", "aan", "bij", "tussen", "namens", "voor", "van", "zoals"}
)


def _opens_listed(word: str) -> bool:
    return word.lower() in _LISTED_OPENERS or word[-1:] in "(,"


# "tussen" in an instrument's title: the parties follow ("Verdrag tussen België en ...").
_BETWEEN = re.compile(r"(?<![\w-])tussen\s+")
# Lower-case words inside a list of parties: the particles that join the words of a name
# ("het Bureau voor Intellectuele Eigendom van de ..."), the articles that open an item and
# "en" between two. Any other lower-case word ("inzake", "over", "betreffende",
# "lidstaten") ends the list.
_NAME_PARTICLES = frozenset(
    {"van", "voor", "in", "der", "den", "des", "für", "of", "for", "du", "et", "de", "het"}
)
_PARTY_GLUE = _NAME_PARTICLES | {"the", "la", "le", "les", "die", "das", "en"}
# What joins a body's name to the place it ends in ("het Rijksarchief in België", "het
# Instituut voor Wallonië") or to the organisation it belongs to ("het Octrooibureau van de
# Europese Unie").
_PLACE_JOINS = frozenset({"in", "van", "voor"})
_PLACE_CLASSES = frozenset({"Country", "MemberState", "NeighbouringRegion"})
_OWNER_CLASSES = frozenset({"ExternalOrganisation", "BeneluxUnion"})


def _joined_to(words: list[str], known: Candidate) -> bool:
    """The words of an item of a list of parties end in a particle that joins them to the
    known name after them: a place after "in", "van" or "voor"; an organisation after "van
    de" or "van het", where a name of two words or more stands before ("het Bureau voor
    Grensstatistiek van de Europese Unie"; "het Secretariaat van de Noordse Raad" is the
    Council's own office, read as the Council)."""
    if len(words) < 2:
        return False
    if known.cls in _PLACE_CLASSES:
        return words[-1] in _PLACE_JOINS
    named = sum(1 for w in words[:-2] if w not in _NAME_PARTICLES) >= 2
    return (
        named and known.cls in _OWNER_CLASSES and words[-2] == "van" and words[-1] in {"de", "het"}
    )


# One word that names a party alone: an acronym ("ABCERT"), an inner capital ("MeteoLux"), a
# closing "+"; a plain capitalised word may be a place ("Curaçao").
_PARTY_SHAPE = r"(?:[A-Z]{2,}[A-Za-z]*|[A-Z][a-zà-ÿ]+[A-Z][A-Za-zà-ÿ]*|[A-Z][\w-]*\+)"
_PARTY_WORD = re.compile(r"[^\s,;:()]+|,")


@dataclass(frozen=True)
class _Token:
    begin: int
    end: int
    known: Candidate | None = None  # the known or found name this token is


def _party_items(text: str, begin: int, end: int, known: list[Candidate]) -> list[list[_Token]]:
    """The items of the list of parties in ``text[begin:end]``: runs of words and names
    found, split at commas and "en", without their articles. The list ends at the first
    lower-case word that is no particle ("inzake", "over", "lidstaten"), a number, a bracket
    or a semicolon."""
    tokens: list[_Token] = []
    position = begin
    queue = [c for c in known if c.begin >= begin]
    while position < end:
        if queue and queue[0].begin <= position:
            name = queue.pop(0)
            tokens.append(_Token(name.begin, name.end, name))
            position = name.end
            continue
        limit = queue[0].begin if queue else end
        word = _PARTY_WORD.search(text, position, limit)
        if word is None:
            if limit == end or text[position:limit].strip(" \t\n"):
                break
            position = limit
            continue
        if text[position : word.start()].strip(" \t\n"):
            break  # a bracket or semicolon between: the list is over
        surface = word.group()
        if surface != "," and surface[:1].islower() and surface not in _PARTY_GLUE:
            break
        if surface[:1].isdigit():
            break
        tokens.append(_Token(word.start(), word.end()))
        position = word.end()
    glue = _PARTY_GLUE
    items: list[list[_Token]] = [[]]
    for token in tokens:
        surface = text[token.begin : token.end]
        if token.known is None and surface in {",", "en"}:
            items.append([])
        else:
            items[-1].append(token)
    out = []
    for item in items:
        while item and item[0].known is None and text[item[0].begin : item[0].end] in glue:
            item = item[1:]
        while item and item[-1].known is None and text[item[-1].begin : item[-1].end] in glue:
            item = item[:-1]  # "... en B voor de uitwisseling": the list ends with "B"
        if item:
            out.append(item)
    return out


# Dutch heads of public desks and committees: such a name in a list with a national body is
# one too ("het Agentschap X, de Huurcommissie en ...", "... en het Maritiem
# Informatiekruispunt").
_DESK_HEADS = ("commissie", "punt")


# "de Gemeenschappelijke Nautische Autoriteit (GNA), waarin Vlaanderen en Nederland
# samenwerken": the clause names the members of a body they share. Such a joint body of
# members is a group of theirs, not an organisation of its own (the gold types it a
# WorkingGroup, as set E's Nederlands-Nedersaksische Grenscommissie).
_JOINT_CLAUSE = re.compile(
    r"(?:[ \t]*\([A-Z][\w&.-]{0,11}\))?[ \t]*,\s*waarin\s+([^.;:()]{3,120}?)\s+"
    r"(?:samenwerken|samenwerkten|(?:zitting|overleg)\s+(?:hebben|hadden|plegen|pleegden)"
    r"|vertegenwoordigd\s+zijn|samenkomen)(?![\w-])"
)
# The members a joint body joins: states, regions and national bodies.
_MEMBER_CLASSES = frozenset({"Country", "MemberState", "NationalBody", "NeighbouringRegion"})
# "MeteoLux, de weerdienst van de Luxemburgse Administration ...": an apposition that makes
# a body a service or unit of a national body makes it national (set K's DUO rule).
_UNIT_APPOSITION = re.compile(
    r"[ \t]*,\s*(?:de|het)\s+[a-zà-ÿ-]*(?:dienst|afdeling|directie|eenheid|inspectie|bureau"
    r"|centrum|agentschap|administratie)\s+van\s+(?:de|het)\s+()(?:[A-Z][a-z]+(?:se|sche)\s+)?"
)


def retyped(text: str, found: list[Candidate]) -> list[Candidate]:
    """Minted bodies whose class the words right after them settle: a joint body of members
    ("X (ABC), waarin A en B samenwerken") is a WorkingGroup; a service of a national body
    ("X, de weerdienst van de Luxemburgse Y") is a NationalBody."""
    out = []
    for cand in found:
        if cand.layer == PLACES and cand.label and cand.cls in _BODY_CLASSES:
            joint = _JOINT_CLAUSE.match(text, cand.end)
            if joint is not None and _members(found, joint.start(1), joint.end(1)) >= 2:
                iri = f"{ID}working-group/{slug(cand.label)}"
                cand = replace(cand, cls="WorkingGroup", iri=iri)
            elif cand.cls == "ExternalOrganisation":
                unit = _UNIT_APPOSITION.match(text, cand.end)
                if unit is not None and any(
                    o.begin in (unit.start(1), unit.end()) and o.cls == "NationalBody"
                    for o in found
                ):
                    cand = replace(cand, cls="NationalBody")
        out.append(cand)
    return out


_BODY_CLASSES = frozenset({"ExternalOrganisation", "NationalBody"})


def _members(found: list[Candidate], begin: int, end: int) -> int:
    return sum(1 for c in found if begin <= c.begin and c.end <= end and c.cls in _MEMBER_CLASSES)
