"""Relations between the entities of one document, each with the sentence that states it.

- ``eli:passed_by``: an M-numbered instrument and every beschikking are acts of the
  Committee of Ministers; a recommendation is passed by the body the text names nearest
  before it (the Committee, or the Benelux Parliament).
- ``eli:amends``: "X, zoals gewijzigd bij Beschikking Y": Y amends X.
- ``eli:date_document``: the date stated in the name ("intentieverklaring van 6 juni
  2019"), or the one date of a sentence that says the instrument was signed or adopted.
- ``bkg:participant``: places named in an instrument's name ("tussen België en
  Nederland"), in parentheses after a group, or in a sentence that says they take part.
- ``org:subOrganizationOf``: "X van de Benelux Unie", and a group named after its parent
  ("Bureau van het Benelux-Parlement").
- ``bkg:cooperatesWith``: "samenwerking met X" where the Benelux is the one cooperating.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from ..namespaces import BKG, ELI, ID, ORG
from .candidates import Candidate
from .dating import RelativeDate, relative_dates
from .model import INSTRUMENT_CLASSES
from .names import DATE, first_date
from .regex import Opened, may_contain, may_start
from .sentences import Sentences

COMMITTEE = ID + "institution/comite-van-ministers"
PARLIAMENT = ID + "institution/benelux-parlement"
BENELUX_UNION = ID + "organisation/benelux-unie"
PASSED_BY = ELI + "passed_by"
AMENDS = ELI + "amends"
DATE_DOCUMENT = ELI + "date_document"
PARTICIPANT = BKG + "participant"
SUB_ORGANIZATION = ORG + "subOrganizationOf"
COOPERATES = BKG + "cooperatesWith"
PLACE = BKG + "place"
# "... in Luxemburg", "... op 14 juni 2024 in Luxemburg", "... vond plaats in Brussel".
_HELD_IN = re.compile(
    r"\s+(?:in\s+\d{4}\s+)?(?:(?:vond|vindt)\s+(?:[a-z]+\s+){0,2}?plaats\s+)?"
    r"(?:op\s+\d{1,2}(?:\s+en\s+\d{1,2})?\s+[a-z]+(?:\s+\d{4})?\s+)?(?:in|te)\s+(?:het\s+|de\s+)?"
)

INSTRUMENTS = INSTRUMENT_CLASSES
PLACES = {"Country", "MemberState", "NeighbouringRegion"}
# What a Benelux body adopts (a declaration is signed by ministers, a treaty by states).
ADOPTED_BY_BODIES = {"LegalInstrument", "Directive", "Agreement"}
# Agencies and governments of the member states take part too ("brengt de FOD Economie en
# de ACM samen").
PARTNERS = PLACES | {"ExternalOrganisation", "NationalBody"}
GROUPS = {"WorkingGroup"}
# What a body may belong to (the contract's range of org:subOrganizationOf): not a place.
PARENTS = {"Institution", "BeneluxUnion", "WorkingGroup", "ExternalOrganisation", "NationalBody"}
MEMBER_STATES = {ID + "country/belgie", ID + "country/nederland", ID + "country/luxemburg"}
_NUMBERED = re.compile(r"M\(\d{4}\)\d+$")
# A draft ("ontwerpaanbeveling", "ontwerp-beschikking", "Projet de recommandation").
_DRAFT = re.compile(r"\s*(?:ontwerp|projet\s+d)", re.IGNORECASE)
# A text of the Benelux Parliament, numbered "948/2": its label is the type word and the
# number, and the subject where the text gives one ("Aanbeveling 948/2 over telewerk").
_PARLIAMENT_NUMBER = re.compile(r"^\S+\s\d{2,4}/\d{1,2}(?:\s|$)")
# What places take part in by the verbs of the sentence; a treaty or a recommendation
# binds or addresses countries, which is not taking part.
TAKING_PART = GROUPS | {"Meeting", "Declaration", "Agreement", "Treaty"}
_DATE_REACH = 80  # characters between an instrument and the date of its signing
# The body named before a recommendation answers it, it did not make it: "de antwoorden van
# het comité van ministers op de aanbeveling", "het Comité reageerde op de aanbeveling".
# The body that adopted an instrument, named between its number and its date or the rest of
# its title: "M (2023) 4 van het Comité van Ministers van 14 juni 2023", "M (2021) 2 du
# Comité de Ministres du 3 mars 2021".
_BY_BODY = (
    r"(?:\s+(?:van\s+(?:het|de)|du|de\s+la)\s+(?-i:[A-Z])[\w-]*"
    r"(?:\s+(?:(?:van|de|der|des)\s+)?(?-i:[A-Z])[\w-]*){0,4})?"
)
_DATED_AFTER = re.compile(
    rf"\)?,?{_BY_BODY},?\s+(?:van|du|d\.d\.)\s+({DATE.pattern})", re.IGNORECASE
)
_PLANNED_BEFORE = re.compile(
    r"(?<!\w)(?:voorzien|gepland|verwacht|beoogd)\s+(?:in|voor|op|tegen)\s+(?:[a-z]+\s+)?$"
)
# "... van 8 juni 2004", "aanbeveling 912/2 over patiëntenmobiliteit uit 2018", "de
# aanbeveling 'Grensoverschrijdend telewerk' van 22 maart 2025".
_PLAIN_DATED_AFTER = re.compile(
    rf"['’”\"]?[ \t\n]+(?P<prep>van|uit)[ \t\n]+({DATE.pattern})(?![\w-])"
)
# A name that completes another one: "ter uitvoering van (artikel 35 van) het Verdrag";
# the participle after it is the other instrument's.
# "tot wijziging van de Beschikking M (2023) 4 ..., vastgesteld op ..." likewise.
_OF_ANOTHER = re.compile(
    r"(?<!\w)van\s+(?:artikel\s+\d+\s+van\s+)?(?:de|het)\s+(?:[A-Z][a-z]+\s+)?$"
)
# A participle of signing or adoption right after the name, with who signed it or where,
# then the day: ", vastgesteld op 20 juni 2016", ", ondertekend te Brussel op 1 juni 2006",
# ", vastgesteld door het Comité van Ministers op 18 oktober 2023", ", ondertekend in 1958".
_SIGNED_AFTER = re.compile(
    r"(?:[ \t\n]*\([^()]{1,80}\))?"
    # the subject printed after a number: "M (2016) 8 betreffende de bewegwijzering ..."
    r"(?:[ \t\n]+(?:betreffende|inzake|over|houdende)[ \t\n][^,.;:()]{1,200}?)?"
    r",?[ \t\n]+(?:vastgesteld|aangenomen|ondertekend|getekend"
    r"|gesloten|gedaan)(?:[ \t\n]+(?:door|te|in)[ \t\n]+[^,.;:()]{1,60}?)?[ \t\n]+(?:op|in)"
    rf"[ \t\n]+({DATE.pattern})(?![\w-])"
)
# A separable verb of adoption split around its object, the particle closing the clause:
# "nam het Parlement op 3 mei de aanbeveling ... aan.", "keurde het parlement twee
# aanbevelingen goed:", "stelde het Comité de volgende teksten vast:".
_SPLIT_ADOPTION = re.compile(
    r"(?<!\w)(?:nam|namen|keurde|keurden|stelde|stelden)\s[^.;]{0,300}?\s(?:aan|goed|vast)"
    # the particle closes the clause, or the subject of the instrument or a second verb
    # follows it: "stelde Beschikking M (2028) 9 vast inzake ...", "nam ... aan en keurde".
    r"(?=\s*(?:[.,;:!]|$)|\s+(?:en|inzake|betreffende|houdende)\s)",
    re.IGNORECASE,
)
# A second agent of an amendment: "gewijzigd bij X en opnieuw bij Y", "bij X, en bij Y".
_ALSO_BY = re.compile(r"\s*,?\s*(?:en|of)\s+(?:[a-z]+\s+)?(?:bij|door)\s+(?:[\w-]+\s+)?")
# The agent of a passive clause: "... werd bij M (2020)19 verlengd", "is door het Protocol".
_PASSIVE_BY = re.compile(
    r"(?<!\w)(?:werd|werden|wordt|worden|is|zijn|was)\s+(?:[a-z]+\s+)?(?:bij|door)\s+"
    r"(?:(?:de|het)\s+)?(?:[\w-]+\s+)?$"
)
# A sentence opening with a date, before its verb: "Op 2 oktober 2023 ondertekenden ...";
# capitalised, so after a heading the cleaned text ran into the sentence too.
_SPLIT_VERBS = ("nam", "keurde", "stelde")  # one in every match of _SPLIT_ADOPTION


def _split_adoption(sentence: str) -> re.Match[str] | None:
    """_SPLIT_ADOPTION in the sentence, looked for only where one of its verbs stands."""
    if not may_contain(sentence, _SPLIT_VERBS):
        return None
    return _SPLIT_ADOPTION.search(sentence)


_OPENING_DATE = re.compile(rf"(?<![\w-])(?:Op|In)\s+({DATE.pattern})\s+")
# The same with a day but no year ("Op 16 november ondertekenden ..."), which the document's
# date resolves; after the day, "jl." may stand.
_OPENING_RELATIVE = re.compile(r"(?<![\w-])Op\s+")
_AFTER_RELATIVE = re.compile(r"\s+")
_AMENDING_CLAUSE = re.compile(r"[^.;]{0,20}?,?\s+(?:die|dat)\s+(?:(?:de|het)\s+)?(?:[\w-]+\s+)?")
# Between an amending instrument and "tot wijziging van": nothing, or its author and date
# ("Beschikking M (2024) 2 van het Comité van Ministers van 11 maart 2024 tot wijziging ...").
_JUST_BEFORE = re.compile(
    rf"[ \t\n]*,?(?:{_BY_BODY}(?:,?\s+(?:van|du)\s+{DATE.pattern})?,?)?[ \t\n]*"
)
# The date of adoption printed before the number it was given: "vastgesteld op 11 maart
# 2024 onder nummer M(2024)1", "aangenomen op 3 mei 2022 als aanbeveling M (2022) 3".
# "Bij Beschikking ", "door het Protocol ": an instrument named as the agent of a clause.
_AGENT_BEFORE = re.compile(r"(?<!\w)(?:[Bb]ij|[Dd]oor|[Mm]et)\s+(?:(?:de|het)\s+)?(?:[\w-]+\s+)?$")
_CLAUSE_END = re.compile(r"[.;:]\s|\s(?:en|maar|terwijl|waarna)\s")
_NUMBERED_ON = re.compile(
    rf"(?:vastgesteld|aangenomen|ondertekend|goedgekeurd|getekend|gesloten)\s+op\s+"
    rf"({DATE.pattern})\s+(?:onder|met|als)\s+(?:het\s+)?(?:nummer|nr\.?|[a-z]+)[ \t\n]*$",
    re.IGNORECASE,
)
_ANSWERED = re.compile(
    r"(?<!\w)(?:antwoord(?:en)?\s+van\s+(?:het|de)\s|(?:antwoord|reageer|reageerde|reactie)\w*"
    r"[^.;]{0,60}?\sop\s+(?:(?:de|deze|die)\s+)?aanbeveling)",
    re.IGNORECASE,
)
# The author named right after a recommendation: "de aanbeveling van het Beneluxparlement",
# "de aanbeveling ... die het Benelux-Parlement aannam".
_AUTHOR_IN_NAME = re.compile(r"\S+\s+(?:van|door)\s+(?:het|de)\s+")
_AUTHOR_LINK = re.compile(r"\s+(?:van|door)\s+(?:het|de)\s+|,?\s+(?:die|dat)\s+(?:het|de)\s+")
_ASIDE = re.compile(r"\s*\([^()]{1,300}\)")
_ARTICLE_START = re.compile(r"^\s*(?:de|het|la|le|l'|the)\s+", re.IGNORECASE)


def _plain(name: str) -> str:
    """A name compared without case, hyphens, line breaks and an article."""
    return re.sub(r"[\W_]+", " ", _ARTICLE_START.sub("", name).lower()).strip()


# A date after these words bounds a period ("vanaf 2013", "sinds 2008"); it dates no signing.
_PERIOD_BEFORE = re.compile(
    r"(?<!\w)(?:vanaf|sinds|tot(?:\s+en\s+met)?|na|voor|vóór|uiterlijk|eind|begin)\s+$",
    re.IGNORECASE,
)
# A question still open: "we onderzoeken of X kan aansluiten", "bekeken wordt of ...".
# A question asked, as in a parliamentary letter: "Het lid X vraagt of Y deelneemt", "wil
# weten of", "informeert of".
_OPEN_QUESTION = re.compile(
    r"(?<!\w)(?:onderzo\w*|bekijk\w*|bekeken|nagaan|na\s+te\s+gaan|verken\w*"
    r"|vraagt|vragen|vroeg|vroegen|gevraagd|weten|informeert|informeren|informeerde)"
    r"(?:\s+[^\s.;]+){0,8}?\s+of\s",
    re.IGNORECASE,
)
_NEGATION = re.compile(r"(?<!\w)(?:geen|niet|nog niet)(?!\w)", re.IGNORECASE)
# A question asks whether a body takes part; it states no membership ("Neemt X deel aan de
# werkgroep?"). The sentence ends in a question mark, and opens on its verb or a question word.
_QUESTION_OPENING = re.compile(
    # After the label of a written question ("Vraag 2"); "Klopt het dat X deelneemt?",
    # "Kunt u bevestigen dat ...?", "Weet de minister of ...?" ask about what follows.
    r"[\s\d.)]*(?:[Vv]raag\s+\d+[.:]?\s+)?"
    r"(?:(?:neemt|nemen|is|zijn|zit|zitten|maakt|maken|heeft|hebben|wordt|worden"
    r"|kan|kunnen|zal|zullen|klopt|kunt|weet|bent|deelt)\s"
    r"|(?:welke|waarom|wie|hoe|wanneer|waarin|overweegt)\s)",
    re.IGNORECASE,
)
# A modal verb opening the clause of an infinitive of joining: "Indien de regering instemt, kan
# de Police grand-ducale vanaf 2027 aan het overleg deelnemen", "zou X kunnen toetreden".
_MODAL_IN_CLAUSE = re.compile(
    r"(?:^|[,;:]\s*)(?:dan\s+)?(?:kan|kunnen|zou|zouden|mag|mogen)\s(?:[^,;:.]*)$", re.IGNORECASE
)
_INFINITIVE = re.compile(r"(?:deel\s+te\s+nemen|deelnemen|toetreden|aansluiten|aanschuiven)$")
# A membership that has ended: "Tot 2021 was X lid", "X nam tot eind 2022 deel", "Sinds
# het vertrek van X ...", "na de uittreding van X".
_UNTIL = re.compile(
    r"(?<!\w)tot\s+(?:(?:begin|eind|medio|\d{1,2})\s+)?(?:[a-z]+\s+)?(?:19|20)\d{2}(?!\d)",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"(?<!\w)(?:was|waren|nam|namen|zat|zaten|maakte|maakten|had|hadden|hoorde|hoorden)(?!\w)",
    re.IGNORECASE,
)
# Where the clause of a membership that ended stops: a semicolon, or a new clause that
# says what holds since ("..., sindsdien is Y lid", "..., maar nu neemt Y deel").
_ENDED_CLAUSE_END = re.compile(
    r"[;:]|,?\s+(?:sindsdien|daarna|nadien|inmiddels|nu|maar|terwijl|sinds)(?!\w)",
    re.IGNORECASE,
)
_ENDED_CLAUSE_START = re.compile(r"[;:]\s*")


def _ended_clauses(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """The clauses of the sentence that state a membership that ended: "tot 2022" with a
    verb in the past ("X nam tot eind 2022 deel", "Tot 2021 was X lid")."""
    ended: list[tuple[int, int]] = []
    for until in _UNTIL.finditer(text, span[0], span[1]):
        begin = span[0]
        for opening in _ENDED_CLAUSE_START.finditer(text, span[0], until.start()):
            begin = opening.end()
        stop = _ENDED_CLAUSE_END.search(text, until.end(), span[1])
        end = stop.start() if stop is not None else span[1]
        if _PAST.search(text, begin, end):
            ended.append((begin, end))
    return ended


_DEPARTED_BEFORE = re.compile(
    r"(?<!\w)(?:vertrek|uittreding|uitstap|terugtrekking|terugtreding|afscheid|opzegging)"
    r"\s+(?:van|door)\s+(?:de\s+|het\s+)?$",
    re.IGNORECASE,
)
# A role that ends a sentence without a verb or final punctuation: the last cell of a row
# of a table of members ("Nederland   RIVM   lid"), read apart (group_tables).
_ROLE_CELL = re.compile(r"(?:lid|leden)\s*")
# "het lid Van Dijk", "het Kamerlid De Vries": a member of parliament who speaks.
_MEMBER_OF_PARLIAMENT = re.compile(r"(?<!\w)[Hh]et\s+(?:[Kk]amer)?lid\s+(?-i:[A-Z])")
# "zitting" as the noun of a session, not the seat of "zitting hebben in": "tijdens de
# plenaire zitting in de Senaat", "de zitting in Luxemburg" (a venue, no membership).
_SESSION_NOUN = re.compile(
    r"(?<!\w)(?:de|een|zijn|haar|hun|deze|elke|iedere|dezelfde|plenaire|gezamenlijke"
    r"|jaarlijkse|openbare|besloten|volgende|vorige|laatste|eerste|tweede|extra|informele"
    r"|buitengewone|bijzondere|constituerende|feestelijke)\s+$",
    re.IGNORECASE,
)
# Taking part or cooperating that is only possible, wished, proposed or asked for: "X kan
# later toetreden", "X is uitgenodigd om deel te nemen", "X zou kunnen aansluiten", "X
# overweegt toe te treden", "een samenwerking met X is voorgesteld".
_NOT_YET = re.compile(
    r"(?<!\w)(?:kan|kunnen|kon|konden|zou|zouden|mag|mogen|uitgenodigd|verzocht|voorgesteld"
    r"|overweegt|overwegen|overwoog)(?!\w)",
    re.IGNORECASE,
)
# An intention to join is no membership yet: "X wil op termijn deelnemen", "X hoopt aan te
# sluiten", "X is van plan toe te treden" (while "X wil samenwerken met Y" is a cooperation
# the gold counts, as "zal samenwerken" is).
_INTENDED = re.compile(
    r"(?<!\w)(?:wil|willen|wilde|wilden|hoopt|hopen|hoopte|hoopten|wenst|wensen|streeft"
    r"|streven|van\s+plan|beoogt|beogen|voornemens)(?!\w)",
    re.IGNORECASE,
)
# A clause of contrast with the subject left out that denies the membership the verb before
# seemed to state: "X is bij de werkgroep betrokken ..., maar is geen lid", "X heeft
# belangstelling getoond, maar is (nog) geen lid geworden", "..., maar neemt niet deel".
_BUT_NO_MEMBER = re.compile(
    r",\s*maar\s+(?:is|zijn|was|waren|werd|werden|wordt|worden|heeft|hebben|neemt|nemen|nam"
    r"|namen)\s+(?:[a-z]+\s+){0,2}?(?:geen|niet)\s+(?:lid|leden|deelnemer|deelnemers|partij"
    r"|deel)(?!\w)"
)
# Advice of an evaluation: "De evaluatoren bevelen aan ... te betrekken", "Aanbeveling 5.1:
# betrek Noordrijn-Westfalen als waarnemer".
_ADVICE = re.compile(
    r"(?<!\w)(?:bevelen|beveelt|bevalen|beval)\s+(?:[\w-]+\s+){0,3}?aan(?!\w)"
    r"|(?<!\w)Aanbeveling\s+\d+(?:\.\d+)*\s*:"
)
# A sentence with any of these states no relation outright (what the learned classifier,
# which cannot read them, is kept from).
NOT_STATED = (_NEGATION, _NOT_YET, _ADVICE)


@dataclass(frozen=True)
class Relation:
    subject: str
    predicate: str
    object: str  # an IRI, or a date for eli:date_document
    evidence: tuple[int, int]  # clean-text span of the sentence


@dataclass(frozen=True)
class RelationTables:
    amendment: tuple[str, ...]
    amending: tuple[str, ...]
    adoption_verbs: tuple[str, ...]
    participation: tuple[str, ...]
    cooperation: tuple[str, ...]
    # Nouns that refer back to any group ("dit samenwerkingsverband").
    group_nouns: tuple[str, ...] = ()
    # Verbs by which the parties of a declaration or agreement speak ("hebben ... opgeroepen").
    declaring: tuple[str, ...] = ()
    # Verbs by which members act inside a group named just before ("In deze werkgroep werken
    # Nederland en België ...", "..., waarin België en Nederland zitting hebben").
    inside: tuple[str, ...] = ()
    # What a group does, after "deel aan de": "neemt als waarnemer deel aan de werkzaamheden".
    work_nouns: tuple[str, ...] = ()
    # Participles by which states join a declaration made by others ("die ook door X werd
    # ondersteund").
    supporting: tuple[str, ...] = ()
    # Words saying an instrument is still being prepared ("bereidt een aanbeveling ... voor"):
    # nobody has passed it yet.
    preparation: tuple[str, ...] = ()
    # Verbs and participles of an amendment whose agent is named with "bij"/"door"/"met":
    # "Bij Beschikking M (2023) 1 werd de Beschikking M (2018) 7 gewijzigd".
    amending_verbs: tuple[str, ...] = ()
    # Labels of the lines of a text table of groups ("Deelnemers:", "Valt onder:"): such a
    # table is read apart (group_tables), not by the verbs of the sentence it falls in.
    table_labels: tuple[str, ...] = ()


def _opening(words: list[str]) -> str:
    """The one-character test before a search for any of ``words`` (see regex.may_start);
    nothing for no words, where the search is left as it was."""
    return may_start(words) if words else ""


def _any_word(words: Iterable[str]) -> Opened:
    """Any of ``words`` (or phrases) standing as whole words, case-insensitive; tried only
    where one of them begins (regex.Opened)."""
    words = list(words)
    alternatives = "|".join(re.escape(w) for w in words)
    pattern = re.compile(_opening(words) + r"(?<!\w)(?:" + alternatives + r")(?!\w)", re.IGNORECASE)
    return Opened(pattern, words)


def _any_phrase(phrases: Iterable[str], words: int = 5) -> Opened:
    """Like :func:`_any_word`; a " * " in a phrase stands for up to ``words`` words ("werkt
    * samen met": "werkt sinds 2008 structureel samen met")."""
    phrases = list(phrases)
    gap = rf"\s+(?:[^\s.;:,]+\s+){{0,{words}}}?"
    alternatives = "|".join(
        gap.join(re.escape(part) for part in p.split(" * "))
        for p in sorted(phrases, key=len, reverse=True)
    )
    pattern = re.compile(
        _opening(phrases) + r"(?<!\w)(?:" + alternatives + r")(?!\w)", re.IGNORECASE
    )
    return Opened(pattern, [p.split(" * ")[0] for p in phrases])  # what a match opens with


class RelationFinder:
    def __init__(self, tables: RelationTables):
        self.t = tables
        self._amend = re.compile(
            r"(?:" + "|".join(re.escape(a) for a in tables.amendment) + r")\s+(?:\w+\s+)?$",
            re.IGNORECASE,
        )
        self._amending = _any_word(tables.amending)
        self._amending_verb = _any_word(tables.amending_verbs) if tables.amending_verbs else None
        self._adopted = _any_word(tables.adoption_verbs)
        self._preparing = _any_phrase(tables.preparation or ("in voorbereiding",))
        self._takes_part = _any_word(tables.participation)
        self._separable = _split_verbs(tables.participation)
        self._declared = _split_verbs(tables.declaring)
        # "werkt voor het leidingtracé naar Rotterdam al samen met": seven words between.
        self._cooperates = _any_phrase(tables.cooperation, words=7)
        inside = "|".join(re.escape(v) for v in tables.inside) or "werken"
        # "In deze werkgroep werken X, Y en Z": the group the demonstrative names; "In de
        # werkgroep zitten X en Y": the last group of that kind.
        self._inside_words = tuple(tables.inside) or ("werken",)  # one in every match
        self._inside = re.compile(
            rf"(?<!\w)(?:[Ii]n|[Bb]innen)\s+(?:deze|dit|de|het)\s+[\w-]+\s+(?:{inside})(?!\w)"
        )
        # "Daarin zitten X en Y": members of the group named before.
        # "Daarin onderhandelen X, Y en Z": any plural verb with the members as its subject
        # right after it (not a passive: "Daarin worden X en Y genoemd").
        self._therein = re.compile(
            rf"{_THEREIN.pattern}\s+(?:(?:{inside})(?!\w)"
            r"|(?!(?:worden|werden|zijn|waren|staan|stonden|komen|kwamen)\s)[a-z]{3,}en"
            r"(?=\s+(?:(?:de|het)\s+)?[A-Z]))"
        )
        # "X, waarin ... zitting hebben": the group right before the relative pronoun.
        # "X, waaraan ook Frankrijk deelneemt": the same with a verb of taking part;
        # "X, waarvan Europol en Frontex deel uitmaken": of membership.
        simple = "|".join(
            re.escape(v) for v in (*tables.inside, *tables.participation) if "*" not in v
        )
        self._wherein = re.compile(
            r",?\s+(?:waarin|waarbinnen|waaraan|waarvan)\s+[^.;:]{0,160}?"
            rf"(?<!\w)(?:{simple or inside})(?!\w)"
        )
        supporting = "|".join(re.escape(v) for v in tables.supporting) or "ondersteund"
        # "de verklaring ..., die ook door Tsjechië en Slovenië werd ondersteund": states that
        # join a declaration or an agreement after its authors; the verb of its own clause may
        # stand between ("werd de verklaring X ondertekend, die ook door Y wordt onderschreven",
        # "nam de top de verklaring X aan, die ook door Y werd onderschreven").
        self._supported_by = re.compile(
            r"(?:\s+[a-z]+)?,?\s+(?:die|dat)\s+(?:ook\s+|eveneens\s+|tevens\s+)?door\s+"
        )
        self._supporting = re.compile(
            rf"\s+(?:(?:werd|wordt|is|werden|worden|zijn)\s+)?(?:[a-z]+\s+)?(?:{supporting})(?!\w)"
        )
        work = "|".join(re.escape(w) for w in tables.work_nouns) or "werkzaamheden"
        labels = "|".join(re.escape(w) for w in sorted(tables.table_labels, key=len, reverse=True))
        # A line of a text table that opens with its label ("Deelnemers: BE, NL, LU").
        self._table_line = re.compile(rf"\n[ \t]*(?i:{labels})[ \t]*:[ \t]") if labels else None
        # "neemt deel aan de werkzaamheden", "sluit bij de werkgroep aan".
        self._work = re.compile(rf"\s+(?:aan|bij)\s+(?:de|het)\s+(?:{work})(?!\w)", re.IGNORECASE)

    def find(
        self,
        text: str,
        sentences: Sentences,
        mentions: Sequence[Candidate],
        numbered: set[str],
        today: str = "",
    ) -> Iterator[Relation]:
        """The relations of a document; ``today`` is its date (the manifest's), against
        which "vandaag" and "4 december jl." are read."""
        relative = relative_dates(text, today)
        # "mijn ministerie" read as the ministry of the letterhead, for the relations only.
        own = list(_own_ministry(text, mentions))
        if own:
            mentions = sorted([*mentions, *own], key=lambda m: m.begin)
        by_sentence: dict[int, list[Candidate]] = {}
        for m in mentions:
            by_sentence.setdefault(sentences.index(m.begin), []).append(m)
        dates: list[Relation] = []  # eli:date_document, given once all are known
        # The one group the sentence before gave members to: "Aan de werkgroep nemen X en Y
        # deel. Frankrijk neemt als waarnemer deel." speaks of that group again.
        previous: Candidate | None = None
        parented: set[str] = set()  # groups whose parent a sentence names
        last_taking_part: list[Relation] = []  # the participants the sentence before gave
        for i, (b, e) in enumerate(sentences.spans):
            here = by_sentence.get(i, [])
            # "De verklaring werd op ... ondertekend": a sentence that may name nothing else.
            dates.extend(self._anaphor_dates(text, here, (b, e), mentions))
            if not here:
                dates.extend(_entry_label_date(text, sentences.spans, by_sentence, i))
            listed_span, listed_here = _with_items(text, sentences.spans, by_sentence, i)
            if not here and listed_here:
                # "Leden van de taskforce zijn:" and a bulleted list: the members only.
                yield from self._participants(text, listed_here, listed_span, mentions, previous)
                previous = None
                continue
            if i and (
                counted := _counted_back(text, (b, e), here, by_sentence.get(i - 1, []), mentions)
            ):
                yield from counted  # "Deze drie toezichthouders vormen samen het netwerk."
            if not here and not _region_anaphor_search(text, (b, e)):
                previous = None
                last_taking_part = []
                continue  # a sentence without names ("De regio neemt deel aan ...:" has one)
            span = (b, e)
            yield from self._passed_by(text, here, mentions, numbered, span)
            yield from self._amends(text, here, span, mentions)
            dates.extend(self._dates(text, here, span, relative))
            dates.extend(self._referred_dates(text, here, span, mentions))
            # "In de eerste hebben X en Y zitting, in de tweede Z": each its own group.
            ordinal = _ordinal_members(text, span, here, by_sentence.get(i - 1, []) if i else [])
            taking_part = ordinal or list(
                self._participants(text, listed_here, listed_span, mentions, previous)
            )
            if i:
                taking_part += _members_counted_before(
                    text, sentences.spans[i - 1], span, by_sentence.get(i - 1, []), here
                )

            # "X volgt de werkgroep als waarnemer. Dat doet sinds 2025 ook Y.": Y takes part
            # in what X took part in.
            taking_part += _doing_the_same(text, span, here, last_taking_part)
            last_taking_part = taking_part
            yield from taking_part
            organisers = list(_co_organisers(text, here, span, mentions))
            yield from organisers
            yield from _accession(text, here, span, mentions)
            yield from _chaired_by(text, here, span, mentions)
            # "Hij wordt georganiseerd door X. Estland neemt als waarnemer deel.": the meeting.
            previous = _sole_subject(taking_part or organisers, mentions, e)
            before = sentences.spans[i - 1] if i else None
            for parent in self._parents(text, here, span, mentions, before):
                parented.add(parent.subject)
                yield parent
            # Bodies that organise a meeting together take part in it; their "in samenwerking
            # met" is said of the meeting, not a partnership of their own.
            together = {r.object for r in organisers}
            for r in self._cooperation(text, here, span, sentences, i, mentions):
                if not (r.subject in together and r.object in together):
                    yield r
            yield from self._places(text, here, span)
            if referred := _counted_referents(text, sentences.spans, by_sentence, i):
                yield from self._counted_relations(
                    text, here, span, sentences, i, mentions, previous, referred
                )
            yield from _gathered_by_subject(text, here, span, mentions, before)
            yield from _joined_forces_in(text, here, span)
            yield from _seated_in_previous(text, here, span, mentions, before)
            if not taking_part:
                yield from _members_of_topic(text, here, sentences.spans, i, mentions)
            yield from _spoken_on_behalf(text, here, span, mentions)
            yield from _represented_at_meeting(text, here, sentences.spans, i, mentions)
            yield from _taking_part_there(text, here, sentences.spans, i, mentions)
            yield from _taking_part_in_kind(text, here, sentences.spans, i, mentions)
            for parent in _under_group_of_kind(text, here, sentences.spans, i, mentions):
                parented.add(parent.subject)
                yield parent
            yield from _following_group(text, here, sentences.spans, i, mentions)
        yield from _groups_below(text, sentences, by_sentence, mentions, parented)
        meeting = _meeting_of(mentions, today, text)
        dates.extend(self._list_dates(text, sentences.spans, by_sentence, relative, meeting))
        if meeting is not None:
            dated = {r.subject for r in dates}  # instruments a sentence of their own dates
            dates.extend(
                self._meeting_dates(text, sentences.spans, by_sentence, meeting, dated, relative)
            )
        # A draft is dated by no sentence: "De commissie keurde op 17 oktober een
        # ontwerpaanbeveling over X goed" dates the committee's vote, not a text adopted.
        drafts = {
            m.iri for m in mentions if m.cls in INSTRUMENTS and not m.date and _is_draft(text, m)
        }
        yield from (r for r in _most_precise(dates) if r.subject not in drafts)

    def _counted_relations(
        self,
        text: str,
        here: list[Candidate],
        span: tuple[int, int],
        sentences: Sentences,
        i: int,
        mentions: Sequence[Candidate],
        previous: Candidate | None,
        referred: tuple[re.Match[str], list[Candidate]],
    ) -> Iterator[Relation]:
        """The sentence read again with its counted plural ("de drie regulatoren") standing
        as one name of the bodies it counts: what it says of that name (taking part,
        cooperating) each of them does. The other readers decide; this adds no construction."""
        counted, bodies = referred
        # The plural without its article, where a name would stand: "de [drie regulatoren]".
        begin = counted.start(1) if counted.group(1) else counted.start(2)
        stand_in = Candidate(begin, counted.end(), _COUNTED_IRI, bodies[0].cls, "")
        with_it = sorted([*here, stand_in], key=lambda m: m.begin)
        mentioned = sorted([*mentions, stand_in], key=lambda m: m.begin)
        found = [
            *self._participants(text, with_it, span, mentioned, previous),
            *self._cooperation(text, with_it, span, sentences, i, mentioned),
        ]
        own = {b.iri for b in bodies}
        for r in found:
            if r.subject == _COUNTED_IRI and r.object not in own:
                yield from (Relation(b.iri, r.predicate, r.object, span) for b in bodies)
            elif r.object == _COUNTED_IRI and r.subject not in own:
                yield from (Relation(r.subject, r.predicate, b.iri, span) for b in bodies)

    def _passed_by(
        self,
        text: str,
        here: list[Candidate],
        mentions: Sequence[Candidate],
        numbered: set[str],
        span: tuple[int, int],
    ) -> Iterator[Relation]:
        preparing = self._preparing.search(text, span[0], span[1]) is not None
        for m in here:
            if m.cls == "Treaty":
                continue  # a treaty is signed by the states, not adopted by an institution
            if _is_draft(text, m):
                continue  # "de ontwerpaanbeveling over ...": a draft is not passed (yet)
            if m.iri in numbered or m.cls == "Decision":
                yield Relation(m.iri, PASSED_BY, COMMITTEE, span)
            elif m.cls == "Recommendation" and _PARLIAMENT_NUMBER.search(m.label):
                # "aanbeveling 948/2": the Benelux Parliament numbers its texts so.
                yield Relation(m.iri, PASSED_BY, PARLIAMENT, span)
            elif m.cls == "Recommendation" and preparing:
                continue  # "het netwerk bereidt een aanbeveling over ... voor"
            elif m.cls == "Recommendation":
                # A body named before the section heading the recommendation stands under
                # (or opens) passes nothing in it: "6.3.1 Aanbeveling over contactverboden".
                headings = [
                    h.start()
                    for h in _SECTION_HEADING.finditer(text, max(0, m.begin - 1200), m.end)
                ]
                reach = m.begin - headings[-1] if headings else 1200
                body = _author_after(text, here, m) or _nearest_before(
                    mentions, m.begin, {COMMITTEE, PARLIAMENT}, reach
                )
                if body is not None and _ANSWERED.search(text, span[0], m.begin):
                    # "de antwoorden van het comité van ministers op de aanbeveling": the
                    # Committee answers the Parliament's recommendations.
                    body = PARLIAMENT if body == COMMITTEE else None
                if body is not None:
                    yield Relation(m.iri, PASSED_BY, body, span)
            elif m.cls in ADOPTED_BY_BODIES and self._adopted.search(text, span[0], span[1]):
                # "kwam het Comité van Ministers bijeen en werden de prioriteiten vastgelegd
                # in het Gemeenschappelijk Werkprogramma 2021-2024".
                # A body named inside the instrument's name is a party to it, not its author:
                # "een samenwerkingsprotocol tussen het Beneluxparlement en de Noordse Raad".
                bodies = {
                    b.iri
                    for b in here
                    if b.iri in {COMMITTEE, PARLIAMENT} and not m.begin <= b.begin < m.end
                }
                if len(bodies) == 1:
                    yield Relation(m.iri, PASSED_BY, bodies.pop(), span)

    def _amends(
        self,
        text: str,
        here: list[Candidate],
        span: tuple[int, int],
        mentions: Sequence[Candidate] = (),
    ) -> Iterator[Relation]:
        instruments = [m for m in here if m.cls in INSTRUMENTS]
        yield from self._amends_in_name(text, instruments, span, mentions)
        yield from self._amends_by_agent(text, instruments, span)
        yield from self._amends_by_anaphor(text, instruments, span, mentions)
        yield from _amends_anaphoric_object(text, instruments, span, mentions)
        yield from _amends_pronoun_object(text, instruments, span, mentions)
        yield from _amends_described_subject(text, instruments, span)
        yield from _amends_demonstrative_object(text, instruments, span, mentions, self._amend)
        by_phrase: dict[int, Candidate] = {}  # amending instrument's index -> amended one
        for i, m in enumerate(instruments):
            if i == 0:
                continue
            if not self._amend.search(text[max(span[0], m.begin - 40) : m.begin]):
                # "gewijzigd bij Beschikking M(2018)3 en opnieuw bij M (2024)11": a second
                # agent coordinated with the first amends the same instrument.
                earlier = by_phrase.get(i - 1)
                linked = _ALSO_BY.fullmatch(text, instruments[i - 1].end, m.begin)
                if earlier is not None and linked is not None and earlier.iri != m.iri:
                    by_phrase[i] = earlier
                    yield Relation(m.iri, AMENDS, earlier.iri, span)
                continue
            amended = next((p for p in reversed(instruments[:i]) if p.iri != m.iri), None)
            if amended is not None:
                by_phrase[i] = amended
                yield Relation(m.iri, AMENDS, amended.iri, span)
        # "Beschikking ... tot wijziging van de beschikking M (2009) 5 ..., M (2011) 4": the
        # instrument whose title says so amends the one named right after the phrase; so does
        # the one named right before it: "de beschikking M (2022) 9 tot wijziging van ...",
        # "Beschikking M (2023) 2 wijzigt de beschikking M (2020) 14".
        for phrase in self._amending.finditer(text, span[0], span[1]):
            titled = [m for m in instruments if m.begin <= phrase.start() and phrase.end() <= m.end]
            if not titled:
                titled = [
                    m for m in instruments if _JUST_BEFORE.fullmatch(text, m.end, phrase.start())
                ]
            after = [m for m in instruments if 0 <= m.begin - phrase.end() <= 30]
            if titled and after and titled[0].iri != after[0].iri:
                yield Relation(titled[0].iri, AMENDS, after[0].iri, span)
            elif titled and not after:
                # A title read with its relative clause ("Beschikking betreffende de pyropas,
                # die de Beschikking M (2020) 14 vervangt"): it amends the one nested before
                # the verb.
                nested = [
                    m
                    for m in instruments
                    if titled[0].begin < m.begin
                    and m.iri != titled[0].iri
                    and _JUST_BEFORE.fullmatch(text, m.end, phrase.start())
                    and _AMENDING_CLAUSE.search(text, titled[0].begin, m.begin)
                ]
                if nested:
                    yield Relation(titled[0].iri, AMENDS, nested[-1].iri, span)
                    continue
                # A verb at the end of a relative clause: "de Beschikking M (2024) 1, die de
                # Beschikking M (2020) 5 wijzigt": the one before "die" amends the one named.
                amended = titled[0]
                amending = next(
                    (
                        m
                        for m in reversed(instruments)
                        if m.end <= amended.begin
                        and _AMENDING_CLAUSE.fullmatch(text, m.end, amended.begin)
                    ),
                    None,
                )
                if amending is not None and amending.iri != amended.iri:
                    yield Relation(amending.iri, AMENDS, amended.iri, span)

    def _amends_by_anaphor(
        self,
        text: str,
        instruments: list[Candidate],
        span: tuple[int, int],
        mentions: Sequence[Candidate],
    ) -> Iterator[Relation]:
        """ "Het verdrag vervangt het Memorandum of Understanding ...": a sentence that opens
        with a bare anaphor and an amending verb; the anaphor is the instrument of that type
        named last before the sentence."""
        opening = _ANAPHOR_OPENING.match(text, span[0], span[1])
        if opening is None or any(m.begin < opening.end() for m in instruments):
            yield from self._amends_in_note(text, instruments, span, mentions)
            yield from self._amends_by_pronoun(text, instruments, span, mentions)
            return  # "De beschikking tot wijziging van ...": a name, not an anaphor
        verb = self._amending.match(text, opening.end(), span[1])
        if verb is None:
            yield from self._amends_by_pronoun(text, instruments, span, mentions)
            return
        found = _kind_named_before(text, instruments, mentions, opening.group(1), span[0], verb)
        if found is not None:
            yield Relation(found[0].iri, AMENDS, found[1].iri, span)

    def _amends_in_note(
        self,
        text: str,
        instruments: list[Candidate],
        span: tuple[int, int],
        mentions: Sequence[Candidate],
    ) -> Iterator[Relation]:
        """A note line under an index entry, run into the sentence of the line before (a
        title in another language): "Deze aanbeveling vervangt Aanbeveling M (2018) 10." The
        anaphor is the instrument of that kind (by its name or its class) named last before."""
        for note in _NOTE_ANAPHOR.finditer(text, span[0], span[1]):
            verb = self._amending.match(text, note.end(), span[1])
            if verb is None:
                continue
            found = _kind_named_before(
                text, instruments, mentions, note.group(1), note.start(), verb
            )
            if found is not None:
                yield Relation(found[0].iri, AMENDS, found[1].iri, span)

    def _amends_by_pronoun(
        self,
        text: str,
        instruments: list[Candidate],
        span: tuple[int, int],
        mentions: Sequence[Candidate],
    ) -> Iterator[Relation]:
        """A clause whose subject is a pronoun or "de tekst", referring to the instrument
        named last before it: "Zij vervangt Aanbeveling M (2019) 4", "; zij werd gewijzigd
        bij Beschikking M (2023) 11", "De tekst zal aanbeveling 946/2 ... vervangen"."""
        if not instruments:
            return  # the other instrument is named in the clause
        for start in _clause_starts(text, span):
            subject = _REFERRING_SUBJECT.match(text, start, span[1])
            if subject is None:
                continue
            clause = _CLAUSE_END.search(text, subject.end(), span[1])
            end = clause.start() if clause else span[1]
            after = [m for m in instruments if subject.end() <= m.begin < end]
            verb = self._amending.match(text, subject.end(), end)
            passive = _PASSIVE_AMENDED.match(text, subject.end(), end)
            objects: list[Candidate] = []  # what the pronoun's instrument amends
            agents: list[Candidate] = []  # what amends the pronoun's instrument
            if verb is not None:
                # "Zij vervangt Aanbeveling M (2019) 4": it amends the object.
                objects = [m for m in after if m.begin - verb.end() <= 30][:1]
            elif passive is not None:
                # "zij werd gewijzigd bij Beschikking M (2023) 11": the agent amends it.
                agents = [m for m in after if m.begin - passive.end() <= 20][:1]
            else:
                # "De tekst bouwt voort op ... en zal Aanbeveling M (2011) 4 vervangen".
                stop = text.find(";", subject.end(), span[1])
                stop = span[1] if stop < 0 else stop
                later = [m for m in instruments if subject.end() <= m.begin < stop]
                objects = list(_future_objects(text, later, subject.end(), stop))
            if not objects and not agents:
                continue
            antecedent = _antecedent(text, start, mentions, subject["pronoun"] or "")
            if antecedent is None:
                continue
            pairs = [(antecedent, m) for m in objects] + [(m, antecedent) for m in agents]
            for amending, amended_one in pairs:
                if amending.iri != amended_one.iri:
                    yield Relation(amending.iri, AMENDS, amended_one.iri, span)

    def _amends_by_agent(
        self, text: str, instruments: list[Candidate], span: tuple[int, int]
    ) -> Iterator[Relation]:
        """The amending instrument as the agent of the clause, the amended one its object:
        "Bij Beschikking M (2023) 1 werd de Beschikking M (2018) 7 gewijzigd", "de bij
        Beschikking M (2022) 9 gewijzigde Beschikking M (2020) 14", "Met Beschikking M (2021)
        3 herziet het Comité de Beschikking M (2016) 4"."""
        if self._amending_verb is None:
            return
        for i, agent in enumerate(instruments):
            if not _AGENT_BEFORE.search(text, max(span[0], agent.begin - 30), agent.begin):
                continue
            amended = next(
                (m for m in instruments[i + 1 :] if m.iri != agent.iri and m.begin >= agent.end),
                None,
            )
            if amended is None:
                continue
            clause = _CLAUSE_END.search(text, amended.end, span[1])
            end = clause.start() if clause else span[1]
            between = text[agent.end : amended.begin]
            if ";" in between or _CLAUSE_END.search(between):
                continue
            verb = self._amending_verb.search(text, agent.end, end)
            if verb is not None:
                yield Relation(agent.iri, AMENDS, amended.iri, span)
        # The passive with its subject first: "Beschikking M(2017) 12 ... werd bij M (2020)19
        # verlengd en uitgebreid": the agent amends the subject named before it.
        for i, agent in enumerate(instruments[1:], start=1):
            passive = _PASSIVE_BY.search(text, max(span[0], agent.begin - 40), agent.begin)
            subject = instruments[i - 1]
            if passive is None or subject.iri == agent.iri or subject.end > passive.start():
                continue
            if ";" in text[subject.end : passive.start()] or _CLAUSE_END.search(
                text, subject.end, passive.start()
            ):
                continue
            gap = re.match(r"\s+", text[agent.end :])
            if gap is not None and self._amending_verb.match(text, agent.end + gap.end()):
                yield Relation(agent.iri, AMENDS, subject.iri, span)
        yield from _amends_object_first(text, instruments, span, self._amending_verb)

    def _amends_in_name(
        self,
        text: str,
        instruments: list[Candidate],
        span: tuple[int, int],
        mentions: Sequence[Candidate],
    ) -> Iterator[Relation]:
        """ "Protocol tot wijziging van het Benelux-Verdrag inzake ...": a name that holds the
        name of the instrument it amends, which the document names elsewhere too."""
        for m in instruments:
            phrase = self._amending.search(text, m.begin, m.end)
            if phrase is None or not m.label:
                continue
            tail = _ARTICLE_START.sub("", text[phrase.end() : m.end])
            wanted = _plain(tail)
            amended = next(
                (
                    o
                    for o in mentions
                    if o.iri != m.iri
                    and o.cls in INSTRUMENTS
                    and wanted
                    and wanted in {_plain(o.label), _plain(text[o.begin : o.end])}
                ),
                None,
            )
            if amended is not None:
                yield Relation(m.iri, AMENDS, amended.iri, span)

    def _dates(
        self,
        text: str,
        here: list[Candidate],
        span: tuple[int, int],
        relative: Sequence[RelativeDate] = (),
    ) -> Iterator[Relation]:
        sentence = text[span[0] : span[1]]
        adopted = (
            self._adopted.search(sentence) is not None or _split_adoption(sentence) is not None
        )
        if adopted and self._preparing.search(sentence) is not None:
            # "bereidt een verklaring ... voor, die de landen in 2026 willen ondertekenen":
            # a plan; the year is when it may be signed.
            adopted = False
        relative = [d for d in relative if span[0] <= d.begin < span[1]]
        # "Op 2 oktober 2023 ondertekenden de drie landen de politieke verklaring ..., die
        # Duitsland in 2024 mede onderschreef": a sentence opening with the date and the
        # signing verb dates the first instrument it names, whatever dates follow.
        opening = _OPENING_DATE.search(sentence) if "Op" in sentence or "In" in sentence else None
        opened = first_date(opening.group(1)) if opening is not None else ""
        if opening is not None and not self._adopted.match(sentence, opening.end()):
            opening = None
        if opening is None and relative:
            # "Op 16 november ondertekenden ...": the same with a day the document dates.
            yearless = _OPENING_RELATIVE.search(sentence)
            day = next(
                (d for d in relative if yearless and d.begin == span[0] + yearless.end()), None
            )
            if yearless is not None and day is not None:
                rest = _AFTER_RELATIVE.match(text, day.end, span[1])
                if rest is not None and self._adopted.match(text, rest.end(), span[1]):
                    opening, opened = yearless, day.iso
        first = next((m for m in here if m.cls in INSTRUMENTS), None)
        # An index entry dated by its closing date is about the instrument it opens with;
        # the others it names ("ter uitvoering van het Benelux-Politieverdrag") are not dated.
        entry = bool(first and _listed_date(text, here, first, span))
        renewing = _renewing(text, here, span)
        for m in here:
            if m.cls not in INSTRUMENTS:
                continue
            after = _DATED_AFTER.match(text, m.end, span[1])
            if (
                after
                and "d.d." in after.group()
                and self._amend.search(text, m.begin - 40, m.begin)
            ):
                # "..., zoals gewijzigd bij Beschikking M (2023) 11, d.d. 10.03.2025": in an
                # index entry the closing date is the entry's, not the amending one's.
                after = None
            signed = _SIGNED_AFTER.match(text, m.end, span[1])
            if signed is not None and _OF_ANOTHER.search(text, max(span[0], m.begin - 40), m.begin):
                signed = None  # "ter uitvoering van het Benelux-Politieverdrag, gedaan te ..."
            signed_on = first_date(signed.group(1)) if signed else ""
            if m.date and len(m.date) == 4 and signed_on.startswith(m.date + "-"):
                # "het Memorandum ... van 2006, ondertekend te Brussel op 1 juni 2006": the
                # day it was signed says more than the year of its name.
                yield Relation(m.iri, DATE_DOCUMENT, signed_on, span)
            elif m.date:
                yield Relation(m.iri, DATE_DOCUMENT, m.date, span)
            elif after and _NUMBERED.match(m.label):
                # "... (M(2023)4) van 12 december 2023": the date printed after the number.
                yield Relation(m.iri, DATE_DOCUMENT, first_date(after.group(1)), span)
            elif (on := _numbered_on(text, m, span)) and _NUMBERED.match(m.label):
                yield Relation(m.iri, DATE_DOCUMENT, on, span)
            elif listed := _listed_date(text, here, m, span):
                yield Relation(m.iri, DATE_DOCUMENT, listed, span)
            elif noted := _footnote_date(text, m, span):
                yield Relation(m.iri, DATE_DOCUMENT, noted, span)
            elif signed_on:
                # "Richtlijn M (2016) 8 ..., vastgesteld op 20 juni 2016", "de beschikking
                # ..., vastgesteld door het Comité van Ministers op 18 oktober 2023".
                yield Relation(m.iri, DATE_DOCUMENT, signed_on, span)
            elif plain := _plain_date(text, m, span[1]):
                # "het Verdrag van Senningen van 8 juni 2004": a known name, then its date.
                yield Relation(m.iri, DATE_DOCUMENT, plain, span)
            elif m is renewing and (renewed := _one_date_outside(text, here, span)):
                # "werd op 15 november 2022 vernieuwd met de intentieverklaring ...": the
                # renewal is the day of the instrument that renews.
                yield Relation(m.iri, DATE_DOCUMENT, renewed, span)
            elif own := self._clause_date(text, m, span) or self._clause_relative(
                text, m, span, relative
            ):
                yield Relation(m.iri, DATE_DOCUMENT, own, span)
            elif opening is not None and m is first and not _NUMBERED.match(m.label):
                yield Relation(m.iri, DATE_DOCUMENT, opened, span)
            elif adopted and not entry and (same := _date_of_number_year(text, here, m, span)):
                # "Het Comité stelde op 25 juni 2019 Beschikking M (2019) 11 vast": the one
                # day of the sentence in the year of the number.
                yield Relation(m.iri, DATE_DOCUMENT, same, span)
            elif self._amend.search(text, max(span[0], m.begin - 40), m.begin) and (
                year := _date_of_number_year(text, here, m, span, years=True)
            ):
                # "heeft ... in 2024 geactualiseerd bij Beschikking M (2024) 15": the amending
                # one is dated by the one date of the sentence in its number's year.
                yield Relation(m.iri, DATE_DOCUMENT, year, span)
            elif (
                adopted
                and not _NUMBERED.match(m.label)
                and not entry
                and not _heading(text, m, span)
            ):
                # "Het Comité stelde op 16 november zijn antwoord vast op aanbeveling 962/2,
                # die het Parlement op 13 juni 2026 aannam": a date before the recommendation
                # is the answer's; only one after it may be the recommendation's.
                window = (m.begin, span[1]) if _answered(text, m, span) else span
                date = self._nearest_date(text, here, m, window, relative)
                if date:
                    yield Relation(m.iri, DATE_DOCUMENT, date, span)

    def _anaphor_dates(
        self,
        text: str,
        here: list[Candidate],
        span: tuple[int, int],
        mentions: Sequence[Candidate],
    ) -> Iterator[Relation]:
        """ "De verklaring werd op 17 mei 2022 in Luxemburg ondertekend door ...": a sentence
        that opens with a bare anaphor and says, with one date, that it was signed or
        adopted, dates the instrument of that kind named last before it (a heading)."""
        if any(m.cls in INSTRUMENTS for m in here):
            return
        opening = _ANAPHOR_OPENING.match(text, span[0], span[1])
        if opening is None or opening.group(1) not in _KIND_CLASSES:
            return
        if self._adopted.search(text, span[0], span[1]) is None:
            return
        if self._preparing.search(text, span[0], span[1]) is not None:
            return
        days = list(DATE.finditer(text, span[0], span[1]))
        if len(days) != 1:
            return
        noun = opening.group(1)
        before = [
            o
            for o in mentions
            if o.cls in INSTRUMENTS
            and span[0] - _ANAPHOR_DATE_REACH <= o.begin < span[0]
            and (_of_kind(text, o, noun) or o.cls == _KIND_CLASSES[noun])
        ]
        if before and not before[-1].date:
            yield Relation(before[-1].iri, DATE_DOCUMENT, first_date(days[0].group()), span)

    def _referred_dates(
        self,
        text: str,
        here: list[Candidate],
        span: tuple[int, int],
        mentions: Sequence[Candidate],
    ) -> Iterator[Relation]:
        """A sentence naming no instrument that dates the one a pronoun refers to: "Deze werd
        op 4 maart 2025 in Brussel ondertekend", "Het Comité stelde haar op 7 december 2020
        vast"."""
        start = span[0]
        end = text.find(";", start, span[1])  # the clause: "... vast; zij werd ..."
        end = span[1] if end < 0 else end
        if any(m.cls in INSTRUMENTS and m.begin < end for m in here):
            return
        subject = _REFERRING_SUBJECT.match(text, start, end)
        pronoun = (subject["pronoun"] or "") if subject is not None else ""
        if subject is None:
            clause = text[start:end]
            if not any(p in clause for p in _OBJECT_PRONOUN_WORDS):
                return
            verb = _DATED_OBJECT_PRONOUN.search(text, start, end)
            if verb is None:
                return
            pronoun = verb["pronoun"]
        elif not self._adopted.search(text, subject.end(), end):
            return
        dates = {first_date(d.group()) for d in DATE.finditer(text, start, end)}
        if len(dates) != 1:
            return
        antecedent = _antecedent(text, start, mentions, pronoun)
        if antecedent is not None:
            yield Relation(antecedent.iri, DATE_DOCUMENT, dates.pop(), span)

    def _list_dates(
        self,
        text: str,
        spans: Sequence[tuple[int, int]],
        by_sentence: dict[int, list[Candidate]],
        relative: Sequence[RelativeDate],
        meeting: _Meeting | None = None,
    ) -> Iterator[Relation]:
        """ "Het Comité stelde op 16 november de volgende teksten vast:" and a list: the one
        date of the sentence that introduces the list dates the instrument each item opens
        with, while the items run on (each but the last closes with a semicolon). Without a
        date, "De ministers namen twee beschikkingen aan:" in the report of a meeting is dated
        by the meeting (``meeting``)."""
        for i, (b, e) in enumerate(spans):
            if not text[b:e].rstrip().endswith(":"):
                continue
            date = self._introduced_date(text, (b, e), relative)
            here = by_sentence.get(i, [])
            if not date and meeting and self._at_the_meeting(text, (b, e), here, meeting, relative):
                date = meeting.day
            if not date:
                continue
            for j in range(i + 1, len(spans)):
                start, end = spans[j]
                first = min(
                    (m for m in by_sentence.get(j, []) if m.cls in INSTRUMENTS),
                    key=lambda m: m.begin,
                    default=None,
                )
                if first is None or not _item_opening(text, start, first.begin):
                    break
                yield Relation(first.iri, DATE_DOCUMENT, date, (start, end))
                if not text[start:end].rstrip().endswith(";"):
                    break

    def _introduced_date(
        self, text: str, span: tuple[int, int], relative: Sequence[RelativeDate]
    ) -> str:
        """The one date of a sentence saying that what it introduces was adopted."""
        sentence = text[span[0] : span[1]]
        if self._adopted.search(sentence) is None and _split_adoption(sentence) is None:
            return ""
        stated = list(DATE.finditer(sentence))
        if any(_TWO_DAYS.search(d.group()) for d in stated):
            return ""  # "op 20 en 21 juni 2025": which of the two days is not said
        dates = {first_date(d.group()) for d in stated if not _in_period(sentence, d)}
        dates |= {d.iso for d in relative if span[0] <= d.begin < span[1]}
        return dates.pop() if len(dates) == 1 else ""

    def _clause_relative(
        self,
        text: str,
        m: Candidate,
        span: tuple[int, int],
        relative: Sequence[RelativeDate],
    ) -> str:
        """ "Aanbeveling M (2028) 12, die het Comité van Ministers op 12 juni jongstleden
        aannam": the clause of :meth:`_clause_date` with a day the document dates."""
        for day in relative:
            if not m.end < day.begin < span[1]:
                continue
            if _CLAUSE_RELATIVE.fullmatch(text, m.end, day.begin) is None:
                return ""
            rest = _AFTER_RELATIVE.match(text, day.end, span[1])
            signed = rest is not None and self._adopted.match(text, rest.end(), span[1])
            return day.iso if signed else ""
        return ""

    def _clause_date(self, text: str, m: Candidate, span: tuple[int, int]) -> str:
        """ "Het Samenwerkingsakkoord ..., dat VDAB en UWV op 12 mei 2022 sloten": the date
        in the relative clause that says who signed the instrument named before it."""
        clause = _CLAUSE_DATED.match(text, m.end, span[1])
        if clause is None:
            return ""
        signed = self._adopted.match(text, clause.end(), span[1])
        return first_date(clause.group(1)) if signed else ""

    def _meeting_dates(
        self,
        text: str,
        spans: Sequence[tuple[int, int]],
        by_sentence: dict[int, list[Candidate]],
        meeting: _Meeting,
        dated: set[str],
        relative: Sequence[RelativeDate],
    ) -> Iterator[Relation]:
        """ "De top nam tevens de politieke verklaring over droogte aan": in the report of a
        meeting, an instrument the sentence says was signed or adopted, with no date of its
        own anywhere, was so at the meeting (``meeting``, its day)."""
        for i, (b, e) in enumerate(spans):
            first = next((m for m in by_sentence.get(i, []) if m.cls in INSTRUMENTS), None)
            if first is None or first.iri in dated:
                continue
            here = by_sentence.get(i, [])
            if _heading(text, first, (b, e)) or not self._at_the_meeting(
                text, (b, e), here, meeting, relative
            ):
                continue
            dated.add(first.iri)
            yield Relation(first.iri, DATE_DOCUMENT, meeting.day, (b, e))

    def _at_the_meeting(
        self,
        text: str,
        span: tuple[int, int],
        here: list[Candidate],
        meeting: _Meeting,
        relative: Sequence[RelativeDate],
    ) -> bool:
        """Whether a sentence says in the past that something was signed or adopted, stating
        no date nor pointing to an earlier time ("eerder", "destijds") or a negation, nor
        naming as its actor a body other than the one that met ("Het Comité van Ministers
        stelde daarnaast ... vast" in the report of a summit)."""
        sentence = text[span[0] : span[1]]
        if any(
            not _in_period(sentence, d) and not _NUMBER_OPENING.search(sentence, 0, d.start())
            for d in DATE.finditer(sentence)
        ):
            return False  # the year of an M-number "M (2028) 9" is no date of the sentence
        if any(span[0] <= d.begin < span[1] for d in relative):
            return False
        if any(m.iri in _BODY_IN_MEETING_IRI and m.iri not in meeting.bodies for m in here):
            return False
        if _EARLIER.search(sentence) or _NEGATION.search(sentence):
            return False
        by = _MADE_BY_NUMBER.search(sentence)
        if by is not None and by.group(1) == meeting.day[:4]:
            return True  # "Bij Beschikking M (2028) 11 werd de werkgroep ingesteld."
        return bool(_PAST_ADOPTION.search(sentence) or _split_adoption(sentence))

    @staticmethod
    def _nearest_date(
        text: str,
        here: list[Candidate],
        m: Candidate,
        span: tuple[int, int],
        relative: Sequence[RelativeDate] = (),
    ) -> str:
        """The date closest to the instrument, if no other instrument is closer to it:
        "het Verdrag van Senningen dat in 2004 ... ondertekend werd, en in 2006 ..."."""
        instruments = [i for i in here if i.cls in INSTRUMENTS and not _heading(text, i, span)]

        def distance(i: Candidate, at: int, end: int) -> int:
            # A parenthesis right after the name (a translation, an abbreviation) does not
            # part it from what follows: "... air pollution (inzake ...), ondertekend in 2021".
            aside = _ASIDE.match(text, i.end)
            after = aside.end() if aside and aside.end() <= at else i.end
            # A semicolon parts the items of a list: "... bij het protocol van 9 februari
            # 2026;\n b. de uitvoeringsovereenkomst inzake ..., die ... ondertekenden".
            if ";" in text[end : i.begin] or ";" in text[after:at]:
                return _DATE_REACH + 1
            return max(0, at - after, i.begin - end)

        stated = [
            (d.start(), d.end(), first_date(d.group()))
            for d in DATE.finditer(text, *span)
            if not _in_period(text, d)
        ]
        # "vandaag", "op 4 december jl.": a day the document's own date resolves.
        stated += [(d.begin, d.end, d.iso) for d in relative if span[0] <= d.begin < span[1]]
        dates = [
            (at, end, iso)
            for at, end, iso in sorted(stated)
            # "Werkprogramma 2021-2024" is no date of signing; the date of a meeting is that
            # of what it adopted: "aangenomen in de plenaire zitting van 8 december 2023".
            if not any(c.begin <= at < c.end and c.cls != "Meeting" for c in here)
            and not _PERIOD_BEFORE.search(text, max(span[0], at - 12), at)
            # "(ondertekening voorzien in 2025)": a plan, not the date of signing.
            and not _PLANNED_BEFORE.search(text, max(span[0], at - 20), at)
        ]
        if len(dates) == 1 and len(instruments) == 1:
            return dates[0][2]
        # "werden de aanbevelingen 'X' en 'Y' aangenomen": instruments named together share
        # the date; the one nearer to it does not part the other from it.
        together = _coordinated(text, instruments, m)
        best: tuple[int, str] | None = None
        for at, end, iso in dates:
            mine = min(distance(i, at, end) for i in together)
            others = (i for i in instruments if i not in together)
            if mine > _DATE_REACH or any(distance(i, at, end) < mine for i in others):
                continue
            if best is None or mine < best[0]:
                best = (mine, iso)
        return best[1] if best else ""

    def _participants(
        self,
        text: str,
        here: list[Candidate],
        span: tuple[int, int],
        mentions: Sequence[Candidate] = (),
        previous: Candidate | None = None,
    ) -> Iterator[Relation]:
        places = [m for m in here if m.cls in PARTNERS]
        if not any(p.cls == "NeighbouringRegion" for p in places):
            places += _region_anaphor(text, span, mentions)
        attached: set[int] = set()  # places listed in parentheses after another name
        # "X zal in de werkgroep Y blijven inzetten": a partner acting in a group.
        for p in places:
            acting = _ACTING_IN.match(text, p.end, span[1])
            if acting is None or _NEGATION.search(text, p.end, acting.end()):
                continue
            group = next((g for g in here if g.cls in GROUPS and g.begin == acting.end()), None)
            if group is not None:
                yield Relation(group.iri, PARTICIPANT, p.iri, span)
        yield from _discussing_in_group(text, here, places, span)
        for m in here:
            if m.cls not in INSTRUMENTS | GROUPS | {"Meeting"}:
                continue
            # A region joined to the Benelux in a group's name ("de stuurgroep Hauts-de-France
            # – Benelux", "het Benelux-NRW Netwerk"), or named right after it ("de Taskforce
            # Grenzgänger van de Grande Région"), takes part in it.
            for p in places:
                if (
                    m.cls in GROUPS
                    and p.cls == "NeighbouringRegion"
                    and (
                        (
                            m.begin <= p.begin
                            and p.end <= m.end
                            and (
                                _BENELUX_DASH_END.search(text, m.begin, p.begin)
                                or _DASH_BENELUX.match(text, p.end, m.end)
                            )
                        )
                        or _OF_THE_REGION.fullmatch(text, m.end, p.begin)
                    )
                ):
                    yield Relation(m.iri, PARTICIPANT, p.iri, span)
            # The same in the name of a declaration or agreement ("de politieke verklaring
            # Benelux-Noordrijn-Westfalen"), where the region may be no mention of its own.
            if m.cls in {"Declaration", "Agreement"} and text.find("Benelux", m.begin, m.end) >= 0:
                for party in _joined_regions(text, m, mentions):
                    yield Relation(m.iri, PARTICIPANT, party, span)
            # Bodies inside a meeting's name: "het jaarlijkse overleg met de Noordse Raad".
            if m.cls == "Meeting":
                opening = re.search(r"\s(?:met|tussen)\s", text[m.begin : m.end])
                for b in here if opening is not None else ():
                    start = m.begin + opening.end() if opening is not None else m.end
                    if b.cls in MEETING_BODIES and start <= b.begin < m.end:
                        yield Relation(m.iri, PARTICIPANT, b.iri, span)
            # Places inside the name: "Uitvoeringsovereenkomst tussen België en Nederland";
            # an arrangement's parties may be bodies ("Administratief akkoord tussen het
            # Secretariaat-Generaal van de Benelux Unie en ...": not the Union, its owner).
            parties = places
            if m.cls in {"Agreement", "Declaration"}:
                parties = [p for p in here if p.cls in PARTNERS | SIGNING_BODIES]
            for p in parties:
                inside = m.begin <= p.begin and p.end <= m.end and m.cls in INSTRUMENTS
                owned = p.cls in SIGNING_BODIES and any(
                    _OF_THE_OWNER.fullmatch(text, q.end, p.begin)
                    for q in parties
                    if q.end < p.begin
                )
                if inside and not owned and re.search(r"\btussen\b", text[m.begin : p.begin]):
                    if "wijziging" in text[m.begin : p.begin] and _AMENDED_BETWEEN.search(
                        text, m.begin, p.begin
                    ):
                        continue  # the parties of the instrument it amends, not its own
                    yield Relation(m.iri, PARTICIPANT, p.iri, span)
            # The parties right after the name: "de intentieverklaring van 11 december 2018
            # tussen de Benelux-landen en Frankrijk".
            if m.cls in INSTRUMENTS:
                between = _PARTIES_AFTER.match(text, m.end, span[1])
                if between is not None and between.group().rstrip().endswith("met"):
                    # "met" gives the parties of a declaration, agreement or treaty only.
                    between = between if m.cls in {"Declaration", "Agreement", "Treaty"} else None
                if between is not None:
                    for p in _listed(
                        text, _parties_of(text, m, here, places), between.end(), span[1]
                    ):
                        yield Relation(m.iri, PARTICIPANT, p.iri, span)
            supported = (
                self._supported_by.match(text, _name_end(text, m.end, span[1]), span[1])
                if m.cls in {"Declaration", "Agreement", "Treaty"}
                else None
            )
            if supported is not None:
                listed_places = list(_listed(text, places, supported.end(), span[1]))
                tail = listed_places[-1].end if listed_places else supported.end()
                if listed_places and self._supporting.match(text, tail, span[1]):
                    for p in listed_places:
                        attached.add(p.begin)
                        yield Relation(m.iri, PARTICIPANT, p.iri, span)
            # "Het Samenwerkingsakkoord X, dat VDAB, Forem en UWV in 2022 sloten": the parties
            # that are the subject of the relative clause.
            signed = (
                _SIGNED_BY_CLAUSE.match(text, _name_end(text, m.end, span[1]), span[1])
                if m.cls in {"Declaration", "Agreement", "Treaty"}
                else None
            )
            if signed is not None:
                signers = list(_listed(text, places, signed.end(), span[1]))
                if signers and _SIGNED_TAIL.match(text, signers[-1].end, span[1]):
                    for p in signers:
                        attached.add(p.begin)
                        yield Relation(m.iri, PARTICIPANT, p.iri, span)
            # A parenthesised list right after the name.
            following = re.match(r"\s*\(([^()]{3,200})\)", text[m.end : span[1]])
            if following:
                listed = (m.end + following.start(1), m.end + following.end(1))
                for p in places:
                    if listed[0] <= p.begin and p.end <= listed[1]:
                        attached.add(p.begin)
                        yield Relation(m.iri, PARTICIPANT, p.iri, span)
        for g in here:
            if g.cls != "Meeting":
                continue
            # "een Benelux-Top ... tussen de premiers van de Benelux-landen en het College van
            # Secretarissen-Generaal": the bodies a meeting is held between.
            between = re.match(r"[^.;:]{0,40}?\btussen\b", text[g.end : span[1]])
            if between is not None and re.search(r"\b(?:de|het|een)\s", between.group()):
                between = None  # "na het onderhoud tussen ...": another noun's parties
            if between is not None:
                stop = _clause_end(text, g.end + between.end(), span[1])
                for b in here:
                    if b.cls in MEETING_BODIES and g.end + between.end() <= b.begin < stop:
                        yield Relation(g.iri, PARTICIPANT, b.iri, span)
        # "De Benelux Unie werkt samen met X": a partner of the Union, not of a group.
        partners = set(self._cooperation_partners(text, here, span))
        places = [p for p in places if p.begin not in partners]
        # A place inside a body's name ("het Zorginstituut Nederland") is no member of its own.
        named_in = {
            p.begin
            for p in places
            if any(
                m.begin <= p.begin and p.end <= m.end and m.end - m.begin > p.end - p.begin
                for m in here
            )
        }
        clauses: list[tuple[int, int]] = []
        for p in places:
            # "de Grande Région, waarin Lotharingen ... deelneemt": members of a region or an
            # organisation, not of a group the sentence names.
            region = self._wherein.match(text, p.end, span[1])
            if region is not None and p.cls not in GROUPS:
                clauses.append((region.start(), region.end()))
        for g in here:
            wherein = self._wherein.match(text, g.end, span[1]) if g.cls in GROUPS else None
            if wherein is None and g.cls in GROUPS:
                # "de werkgroep X, waarin het UWV, de VDAB en de ADEM afspraken maken": the
                # partners listed right after the relative pronoun are the group's members.
                opening = _WHEREIN_LIST.match(text, g.end, span[1])
                members = list(_listed(text, places, opening.end(), span[1])) if opening else []
                for member in members:
                    attached.add(member.begin)
                    yield Relation(g.iri, PARTICIPANT, member.iri, span)
                if opening is not None and members:
                    clauses.append((opening.start(), members[-1].end))
                continue
            if wherein is None:
                continue
            clauses.append((wherein.start(), wherein.end()))
            for p in places:
                if wherein.start() <= p.begin < wherein.end() and p.begin not in named_in:
                    attached.add(p.begin)
                    yield Relation(g.iri, PARTICIPANT, p.iri, span)
            # "waarin België en Nederland samenwerken met Duitsland en Frankrijk": the partners
            # after the verb take part as well; so do those after "samen met", the verb
            # itself ("waarin X en Y samen met Z de dienstregeling afstemmen").
            with_ = (
                _SPACE.match(text, wherein.end(), span[1])
                if wherein.group().endswith("met")
                else _WITH.match(text, wherein.end(), span[1])
            )
            with_end = with_.end() if with_ else None
            for p in _listed(text, places, with_end, span[1]) if with_end else ():
                attached.add(p.begin)
                yield Relation(g.iri, PARTICIPANT, p.iri, span)
            # "waarin X en Y samenwerken en waaraan Z als waarnemer deelneemt": a second
            # relative clause of the same group adds its members.
            also = _AND_RELATIVE.match(text, wherein.end(), span[1])
            again = self._wherein.match(text, also.end(), span[1]) if also else None
            if again is not None and not _NEGATION.search(text, again.start(), again.end()):
                clauses.append((again.start(), again.end()))
                for p in places:
                    if again.start() <= p.begin < again.end() and p.begin not in named_in:
                        attached.add(p.begin)
                        yield Relation(g.iri, PARTICIPANT, p.iri, span)
        for g, p in _cooperation_in_group(text, here, places, span):
            attached.add(p.begin)
            yield Relation(g.iri, PARTICIPANT, p.iri, span)
        verb = _verb_search(self._takes_part, text, span)
        if verb is None and any(text.find(w, *span) >= 0 for w in self._inside_words):
            verb = self._inside.search(text, span[0], span[1])
        if verb is None and _may_be_therein(text, span):
            verb = self._therein.search(text, span[0], span[1])
        split = self._separable
        separable = _verb_search(split, text, span) if split is not None else None
        if separable is not None and (
            verb is None
            or separable.start() < verb.start()
            # "sloten zich bij het netwerk aan": joining, not the signing verb "sloten"
            or (separable.start() == verb.start() and _simple_signing(text, verb))
        ):
            # "nemen volgend jaar deel"; the first verb of the sentence: "Aan de werkgroep
            # namen X en Y deel; Z was als waarnemer aanwezig".
            verb = separable
        delegations = _delegated_institutions(text, here)
        if verb is None and _present(text, span):
            # "aanwezig", "een delegatie": present at a meeting, not a member of a group.
            verb = _PRESENT.search(text, span[0], span[1])
            here = [m for m in here if m.cls in PARTNERS or m.cls == "Meeting"]
        declared = self._declared
        declaring = False
        if verb is None and declared is not None:
            # "In hun Verklaring ... hebben de Benelux-landen met X, Y en Z opgeroepen ...":
            # only a declaration or an agreement speaks through its parties.
            verb = declared.search(text, span[0], span[1])
            declaring = verb is not None
            here = [
                m
                for m in here
                if m.cls in PARTNERS | SIGNING_BODIES or m.cls in {"Declaration", "Agreement"}
            ]
        if verb is None or any(b <= verb.start() < e for b, e in clauses):
            return  # no verb, or the one of a relative clause already read
        # The verb may be the label itself ("Deelnemers: BE, NL").
        label_end = min(span[1], verb.end() + 4)
        if self._table_line is not None and self._table_line.search(text, span[0], label_end):
            return  # "Valt onder: X\nDeelnemers: BE, NRW (waarnemer)": a table, read apart
        if _ROLE_CELL.fullmatch(text, verb.start(), span[1]):
            return  # "Nederland  RIVM  lid": the role column of a table, read apart
        if _NEGATION.search(text, max(span[0], verb.start() - 40), verb.end() + 10):
            return  # "Luxemburg is geen lid van deze Taskforce"
        if _BUT_NO_MEMBER.search(text, verb.end(), span[1]):
            return  # "X is bij de werkgroep betrokken als beheerder ..., maar is geen lid"
        if _signed_not(text, verb, span):
            return  # "X tekende de verklaring niet", "De ministers sloten de top af"
        if _OPEN_QUESTION.search(text, span[0], verb.start()):
            return  # "Ik onderzoek of Nedersaksen als waarnemer kan aansluiten": not yet
        if _ADVICE.search(text, span[0], verb.start()):
            return  # "Wij bevelen aan Frankrijk als waarnemer te betrekken": advice, no fact
        if _NOT_YET.search(text, max(span[0], verb.start() - 40), verb.start()):
            return  # "Europol kan later toetreden", "is uitgenodigd om deel te nemen"
        if _modal_clause(text, span, verb):
            return  # "Indien ..., kan de Police grand-ducale vanaf 2027 aan X deelnemen"
        if _asked(text, span):
            return  # "Neemt het Ministère de la Santé deel aan de werkgroep?": a question
        if _INTENDED.search(text, max(span[0], verb.start() - 40), verb.start()):
            return  # "Nedersaksen wil op termijn deelnemen aan de werkgroep"
        # "Tot 2021 was X lid van de werkgroep": a membership that ended, in its own clause
        # ("Het UWV nam tot eind 2022 deel; sindsdien is de VDAB lid": the VDAB is one).
        ended = _ended_clauses(text, span)
        groups = [
            m
            for m in here
            if m.cls in TAKING_PART
            and _taken_part_in(text, m, span)
            # "de vergadering van het Senningenoverleg": the meeting, not the group in its name
            and not any(
                o.cls == "Meeting" and o is not m and o.begin <= m.begin < m.end <= o.end
                for o in here
            )
        ]
        groups = _antecedent_only(text, groups, verb)
        closing_referral = False
        by_kind = False  # the group is named by its kind only ("aan de werkgroep")
        clause_start = span[0]  # where the clause of the verb opens
        if not groups:
            # "dit forum", "deze werkgroep": the group named last before, or a meeting the
            # sentence before spoke of ("... waren aanwezig, inclusief een delegatie namens X").
            referred = _referred_group(text, span, mentions, self.t.group_nouns)
            # From the verb's start: "neemt als waarnemer aan de werkgroep deel".
            work = self._work.search(text, verb.start(), min(span[1], verb.end() + 40))
            # "neemt als waarnemer deel." with no object at all ("aan de politiesamenwerking",
            # "daaraan" name what is taken part in).
            # The verb may close the first clause, before a semicolon: "NRW neemt als
            # waarnemer deel; het Land wordt daarbij vertegenwoordigd door ...".
            semicolon = _SEMICOLON_NEXT.match(text, verb.end(), span[1])
            closing = (
                (
                    _CLOSING.search(text, span[0], span[1])
                    or (semicolon and _CLOSING.search(text, span[0], semicolon.end()))
                )
                and not _TAKEN_PART_IN.search(text, span[0], span[1])
                and not _INVOLVED_IN.search(text, span[0], span[1])
            )
            closing_referral = referred is None and bool(work is not None or closing)
            if closing_referral:
                # "NRW neemt als waarnemer deel aan de werkzaamheden", "NRW neemt als
                # waarnemer deel.": of the group named last before.
                noun = work.group().split()[-1].lower() if work is not None else ""
                # "... deel aan de werkgroep": the last werkgroep, however far back; "aan het
                # netwerk": also a compound ending in it (the Euregionaal Traumanetwerk); "...
                # deel aan de werkzaamheden": the group named last.
                referred = _last_of_kind(text, span, mentions, noun, True) if noun else None
                if referred is None and previous is not None and previous.cls in _GIVEN_MEMBERS:
                    # "Aan de werkgroep nemen X en Y deel. Frankrijk is waarnemer.": the group
                    # the sentence before gave members to, not a parent named since; or the
                    # meeting ("X en Y waren aanwezig; Z nam als waarnemer deel.").
                    referred = previous
                if referred is None:
                    referred = _last_group(text, span, mentions)
                    if referred is not None and _instrument_after(text, span, mentions, referred):
                        # "... de verklaring X, ondertekend op 12 maart. Y is op 2 april
                        # toegetreden.": what was named last is joined, not the group.
                        referred = None
            opening = _TAKEN_PART_OPENING.match(text, span[0], span[1])
            # The verb follows the opening, or holds it ("In de werkgroep zitten"), or closes
            # the clause after an auxiliary ("In de werkgroep zijn X en Y vertegenwoordigd",
            # "Aan het netwerk zullen X en Y deelnemen").
            if opening is None or not (
                verb.start() <= opening.end() <= verb.end()
                or (
                    _AUXILIARY.match(text, opening.end(), verb.start())
                    and not _SENTENCE_BREAK.search(text, opening.end(), verb.start())
                )
            ):
                # "...; aan de stuurgroep nemen ook X en Y deel": after a semicolon.
                opening = _TAKEN_PART_CLAUSE.search(
                    text, max(span[0], verb.start() - 60), verb.start()
                )
                clause_start = opening.start() if opening is not None else span[0]
            if referred is None and opening is not None:
                # "Aan de werkgroep nemen X en Y deel", "Aan de alliantie nemen ... deel": the
                # last group of the kind the sentence opens with.
                referred = _last_of_kind(text, span, mentions, opening.group(1).lower(), True)
                by_kind = referred is not None and not opening.end() >= verb.start()
            # "Aan de top namen X en Y deel", "neemt ook Z aan de conferentie deel": the last
            # meeting of that kind.
            aan = _AAN_KIND_OPENING.match(text, span[0], verb.start()) or _AAN_KIND_DEEL.search(
                text, verb.start(), min(span[1], verb.end() + 1)
            )
            meeting_kind = aan.group(1) if aan is not None else None
            reach = _MEETING_REACH
            if meeting_kind is None and text.find("woon", span[0], span[1]) >= 0:
                # "Een delegatie van X woonde de hoorzitting als gast bij": the last meeting of
                # the kind attended, which a report may have opened with.
                attended = _ATTENDED_KIND.search(text, span[0], span[1])
                meeting_kind = attended.group(1) if attended is not None else None
                reach = _REPORTED_MEETING_REACH
            if referred is None and meeting_kind is not None:
                referred = _last_meeting_of_kind(text, span, mentions, meeting_kind.lower(), reach)
            if (
                referred is None
                and text.find("woon", span[0], span[1]) >= 0
                and _ATTENDED_WORK.search(text, span[0], span[1])
            ):
                # "X woont de vergaderingen als waarnemer bij": the meetings of no meeting
                # named are those of the group spoken of, which X takes part in.
                if previous is not None and previous.cls in GROUPS:
                    referred = previous
                else:
                    referred = _last_group(text, span, mentions)
            if (
                referred is None
                and text.find("deelname", span[0], span[1]) >= 0
                and _CONFIRMED.search(text, span[0], span[1])
            ):
                # "De Europese Commissie heeft haar deelname bevestigd": to the meeting the
                # text spoke of last (a group is joined, not confirmed for).
                referred = _last_meeting_of_kind(text, span, mentions, "", _MEETING_REACH)
            within = _IN_KIND_BEFORE.search(text, max(span[0], verb.start() - 40), verb.start())
            if referred is None and within is not None:
                # "Verder zijn X en Y in de werkgroep vertegenwoordigd": the last group of
                # that kind.
                referred = _last_of_kind(text, span, mentions, within.group(1).lower(), True)
            if referred is None:
                # "Frankrijk is lid van de werkgroep", "X zal aan het netwerk deelnemen",
                # "X trad toe tot de stuurgroep": the last group of the kind named next to
                # the verb, on either side.
                noun = _kind_next_to(text, verb, clause_start, span[1])
                referred = _last_of_kind(text, span, mentions, noun, True) if noun else None
                by_kind = referred is not None
            if referred is None and _may_be_therein(text, span) and _THEREIN.search(text, *span):
                # "Daarin zitten de Federale Politie, ...": the group named last before.
                referred = _last_group(text, span, mentions)
            pronoun = _PERSONAL_PRONOUN_OPENING.fullmatch(text, span[0], verb.start())
            if referred is None and pronoun is not None:
                # "De werkgroep X is opgericht. Zij bestaat uit Y en Z": the group named last.
                referred = _last_group(text, span, mentions)
            members_named = _MEMBERS_OPENING.match(text, span[0], span[1]) or (
                ";" in text[span[0] : verb.start()]
                and _MEMBERS_CLAUSE.search(text, span[0], span[1])
            )
            if referred is None and members_named:
                # "³ Opgericht in 2019; leden zijn X en Y": a footnote speaks of the group its
                # mark is set after ("het Benelux Netwerk Cultureel Erfgoed³").
                referred = _marked_group(text, span, mentions)
            if referred is None and (
                _THERETO.search(text, span[0], span[1])
                or members_named
                or (text.find("r ", span[0], span[1]) >= 0 and _THERE_SPLIT.search(text, *span))
            ):
                # "Daaraan nemen X en Y deel": the group the sentence before ended on, or a
                # meeting named after it ("... organiseert een conferentie. Daaraan nemen ...").
                referred = _last_meeting_after_group(text, span, mentions)
                referred = referred or _last_group_unless_new(text, span, mentions)
            kind = _INSTRUMENT_SUBJECT.match(text, span[0], verb.start())
            if referred is None and kind is not None and _SIGNED.search(verb.group()):
                # "Het memorandum werd gesloten tussen X, Y en Z": the instrument of that
                # kind named last before.
                referred = _last_instrument(text, span, mentions, kind.group(1).lower())
            if (
                referred is None
                and _SIGNED.search(verb.group())
                and _PRONOUN_PASSIVE.match(text, span[0], verb.start())
            ):
                # "Deze werd in 2025 ondertekend door X, Y en Z": the instrument named last.
                referred = _last_instrument(text, span, mentions, "")
            opened_by = _DECLARED_IN.match(text, span[0], verb.start()) if declaring else None
            if referred is None and opened_by is not None:
                # "Met de verklaring engageren X en Y zich", "In dit akkoord spreken X en Y
                # af": the instrument of that kind named last before.
                referred = _last_instrument(text, span, mentions, opened_by.group(1).lower())
            groups = [referred] if referred is not None else []
            numbered = _numbered_groups(text, verb.end(), span, mentions)
            if numbered:
                groups = numbered  # "nemen deel aan de Support Groups"
            if _FOLLOWING.search(text, verb.end(), span[1]):
                # "De regio neemt deel aan de volgende werkgroepen:" and a list of items.
                groups = _items(text, span[1], mentions)
        # A relative clause or "volgens X" speaks of someone else: "..., die volgens de
        # Europese Commissie een belangrijke rol heeft gespeeld".
        clause_end = _clause_end(text, verb.end(), span[1])
        # "In de werkgroep hebben X en Y zitting; ook Z wordt erin vertegenwoordigd": a
        # clause after a semicolon with a verb of taking part of its own adds members.
        while clause_end < span[1] and text[clause_end] == ";":
            next_end = _clause_end(text, clause_end + 1, span[1])
            if _NEXT_BULLET.match(text, clause_end + 1, span[1]):
                clause_end = next_end  # the next item of a bulleted list ("• het NCCN;\n• ...")
                continue
            again = self._takes_part.search(text, clause_end, next_end) or (
                split.search(text, clause_end, next_end) if split is not None else None
            )
            if again is None:
                break
            clause_end = _clause_end(text, again.end(), span[1])
        arrangement = bool(groups) and all(g.cls in {"Declaration", "Agreement"} for g in groups)
        if arrangement and (declaring or _SIGNING.fullmatch(verb.group())):
            # "Het akkoord werd door het Secretariaat-Generaal en de Noordse Raad ondertekend":
            # a body of the Union may sign an arrangement, if named close to the verb.
            # So may one signing through a person on its behalf: "en door de
            # secretaris-generaal namens het Secretariaat-Generaal".
            signers = [
                m
                for m in here
                if m.cls in SIGNING_BODIES
                and (
                    _near_verb(text, m, verb)
                    or (
                        m.begin > verb.end()
                        and _ON_BEHALF.search(text, max(span[0], m.begin - 12), m.begin)
                    )
                )
            ]
            places = sorted(places + signers, key=lambda m: m.begin)
        if _CHAIRED.search(verb.group()):
            # "Het netwerk wordt gecoördineerd door het Secretariaat-Generaal": a body of the
            # Union that chairs or coordinates a group takes part in it.
            chairs = [
                m
                for m in here
                if m.cls == "Institution"
                and _BY_BEFORE.search(text, max(span[0], m.begin - 12), m.begin)
            ]
            places = sorted(places + chairs, key=lambda m: m.begin)
        if delegations and groups and all(g.cls == "Meeting" for g in groups):
            # "Een delegatie van het Beneluxparlement woonde de top bij", "nam een delegatie van
            # het Benelux-Parlement deel aan de jaarzitting": a body of the Union whose
            # delegation attends a meeting takes part in it (not in a group: members are sent).
            places = sorted(places + delegations, key=lambda m: m.begin)
        worked_with = {
            p.iri
            for p in places
            if _WORKS_WITH_BEFORE.search(text, max(span[0], p.begin - _WORKS_WITH_REACH), p.begin)
            or self._worked_with(text, span, p)
        }
        # Only a partner that is the subject takes part in a group the sentence does not name.
        named = any(m.cls in TAKING_PART for m in here) or not (closing_referral or by_kind)
        outside = [
            p
            for p in places
            if not any(g.begin <= p.begin < g.end for g in groups)
            and clause_start <= p.begin < clause_end
            and p.begin not in attached
            # Without a group in the sentence, the partner is its subject: not "de politietop
            # van België", "Voor Nederland neemt de politiechef deel".
            and (named or not _OWNER_BEFORE.search(text, max(span[0], p.begin - 12), p.begin))
            # "de Nationale Politie van Nederland": the place owns a partner, it is none; nor
            # is the owner of a group ("het Handhavingsforum van ECHA werkt samen met ...").
            and not any(
                _OF_THE_OWNER.fullmatch(text, q.end, p.begin)
                for q in places + [g for g in here if g.cls in GROUPS]
                if q.end < p.begin
            )
            # "het Centrum voor Cybersecurity België": a place inside a partner's name
            and not any(q.begin <= p.begin and p.end <= q.end and q != p for q in places)
            # "De werkgroep werkt nauw samen met Europol": a partner of the group, no member
            # (and its abbreviation after the name: "met het Europees Geneesmiddelenbureau (EMA)")
            and p.iri not in worked_with
            # "tijdens de top in Luxemburg ondertekenden", "ondertekend te Brussel": a place
            and not _LOCATION_BEFORE.search(text, max(span[0], p.begin - 4), p.begin)
            # "In de Euregio Maas-Rijn bundelen X en Y ...": where the sentence is set
            and not _PLACE_OPENING.fullmatch(text, span[0], p.begin)
            # "tijdens zijn plenaire zitting in de Senaat": where a meeting is held
            and not any(
                m.cls == "Meeting" and _VENUE_AFTER.fullmatch(text, m.end, p.begin) for m in here
            )
            # "..., een netwerk van de Euregio Maas-Rijn": the owner in an apposition (also
            # by the abbreviation after its name: "de weerdienst van de ANA (ANA)")
            and not any(
                _APPOSITION_OWNER.search(text, max(span[0], q.begin - 40), q.begin)
                for q in (p, *_spelled_out(text, p, places))
            )
            # "Sinds het vertrek van X bestaat de werkgroep uit Y en Z": a former member
            and not _DEPARTED_BEFORE.search(text, max(span[0], p.begin - 40), p.begin)
            and not any(b <= p.begin < e for b, e in ended)
        ]
        for g in groups:
            for p in outside:
                yield Relation(g.iri, PARTICIPANT, p.iri, span)

    def _worked_with(self, text: str, span: tuple[int, int], p: Candidate) -> bool:
        """Whether ``p`` is one of the partners a verb of cooperation names before it in the
        same clause, however long the list ("werkt samen met X, Y en Z"): a partner, no
        member, of the group."""
        openings = list(_WORKS_WITH_OPEN.finditer(text, span[0], p.begin))
        opening = openings[-1] if openings else None
        if opening is None or _RELATIVE.search(text, opening.end(), p.begin):
            return False
        # "werkt samen met X en neemt deel aan Y": another verb opens a clause of its own.
        verb = self._takes_part.search(text, opening.end(), p.begin)
        return verb is None or "met" in verb.group().lower()

    def _cooperation_partners(
        self, text: str, here: list[Candidate], span: tuple[int, int]
    ) -> Iterator[int]:
        """Where the partners of "de Benelux Unie werkt samen met X" begin in this sentence."""
        if not re.search(r"Benelux(?:\s+|-)Unie", text[span[0] : span[1]]):
            return
        for match in self._cooperates.finditer(text, span[0], span[1]):
            near = [m for m in here if m.cls in PARTNERS and 0 <= m.begin - match.end() < 20]
            first = near[0] if near else None
            if first is not None and re.fullmatch(
                r"\s*(?:de\s+|het\s+)?", text[match.end() : first.begin]
            ):
                yield first.begin

    def _places(
        self, text: str, here: list[Candidate], span: tuple[int, int]
    ) -> Iterator[Relation]:
        """ "Plenaire zitting Benelux Parlement in Luxemburg": where a meeting is held."""
        for m in here:
            if m.cls != "Meeting":
                continue
            for p in here:
                between = text[m.end : p.begin]
                if p.cls in PLACES and p.begin >= m.end and _HELD_IN.fullmatch(between):
                    yield Relation(m.iri, PLACE, p.iri, span)

    def _parents(
        self,
        text: str,
        here: list[Candidate],
        span: tuple[int, int],
        mentions: Sequence[Candidate] = (),
        previous: tuple[int, int] | None = None,
    ) -> Iterator[Relation]:
        # "Het netwerk, dat rechtstreeks aan het Comité van Ministers rapporteert, ...": the
        # group of that kind named last before, under the body of the relative clause.
        opening = _KIND_OPENING.match(text, span[0], span[1])
        if opening is not None:
            noun = opening.group(1).lower()
            before = [
                m
                for m in mentions
                if m.cls in GROUPS
                and span[0] - _REFERENCE_REACH <= m.begin < span[0]
                and re.search(rf"(?:^|[\s-]){re.escape(noun)}(?:\s|$)", m.label.lower())
            ]
            for p in here if before else []:
                if (
                    p.cls in PARENTS
                    and _UNDER_CLAUSE.fullmatch(text, opening.end(), p.begin)
                    and _UNDER_VERB.match(text, p.end)
                ):
                    yield Relation(before[-1].iri, SUB_ORGANIZATION, p.iri, span)
        yield from self._reports_to(text, here, span, mentions)
        yield from _founded(text, here, span, mentions)
        yield from _belonging_of_subject(text, here, span, mentions, previous)
        yield from _reports_via(text, here, span, mentions, previous)
        yield from _housed_where(text, here, span)
        yield from _steered(text, here, span)
        # "Deze werkgroep rapporteert aan het Comité van Ministers": the group "deze
        # werkgroep" refers to, under the body.
        this = _THIS_SUBJECT.match(text, span[0], span[1])
        # "De werkgroep valt onder het Directiecomité", "Dat netwerk rapporteert aan het
        # College": the last group of that kind.
        kind = (
            _KIND_SUBJECT.match(text, span[0], span[1]) or _KIND_COMMA.match(text, span[0], span[1])
            if this is None
            else None
        )
        opened = this or kind
        if opened is not None:
            after = opened.end(1) if kind is not None else opened.end()
            bodies = [
                p
                for p in here
                if p.cls in PARENTS and _REPORTS_OR_UNDER.fullmatch(text, after, p.begin)
            ]
            subject = None
            if bodies and this is not None:
                subject = _referred_group(text, span, mentions, self.t.group_nouns)
            elif bodies and kind is not None:
                pointed = _POINTING_OPENING.match(text, span[0]) is not None
                subject = _last_of_kind(text, span, mentions, kind.group(1).lower(), True, pointed)
            if subject is not None and subject.cls in GROUPS:
                for p in bodies:
                    yield Relation(subject.iri, SUB_ORGANIZATION, p.iri, span)
        # "Het netwerk X valt onder deze werkgroep, evenals de werkgroep Y": both are under
        # the group of that kind named last before.
        for m in here:
            under_this = _UNDER_THIS.match(text, m.end, span[1]) if m.cls in GROUPS else None
            if under_this is None:
                continue
            parent = _last_of_kind(text, span, mentions, under_this.group(1).lower(), True)
            if parent is None or parent.iri == m.iri:
                continue
            yield Relation(m.iri, SUB_ORGANIZATION, parent.iri, span)
            also = _AS_WELL.match(text, under_this.end(), span[1])
            listed = also.end() if also is not None else -1
            for g in here:
                if g.cls in GROUPS and g.begin == listed and g.iri != parent.iri:
                    yield Relation(g.iri, SUB_ORGANIZATION, parent.iri, span)
        # "Binnen dit overleg is de werkgroep X opgericht": the group "dit overleg" refers to.
        within_this = _WITHIN_THIS.match(text, span[0], span[1])
        referred = (
            _referred_group(text, (span[0], within_this.end()), mentions, self.t.group_nouns)
            if within_this is not None
            else None
        )
        if referred is not None and referred.cls in GROUPS and within_this is not None:
            for m in here:
                if m.cls in GROUPS and m.begin >= within_this.end() and m.iri != referred.iri:
                    yield Relation(m.iri, SUB_ORGANIZATION, referred.iri, span)
        for m in here:
            if m.cls == "ExternalOrganisation":
                yield from _external_parents(text, here, m, span)
            elif m.cls == "NationalBody":
                yield from _national_parents(text, here, m, span)
                continue
            if m.cls not in {"Institution", "WorkingGroup"}:
                continue
            tail = re.match(r"\s+van\s+de\s+Benelux(?:\s+|-)Unie\b", text[m.end : m.end + 40])
            inside = re.search(r"\svan\s+de\s+Benelux(?:\s+|-)Unie$", text[m.begin : m.end])
            # "Comité van Ministers van de Benelux Economische Unie": any name of the Union.
            union = any(
                u.iri == BENELUX_UNION and _OF_THE.fullmatch(text, m.end, u.begin)
                for u in here
                if u.begin >= m.end
            )
            if tail or inside or union:
                yield Relation(m.iri, SUB_ORGANIZATION, BENELUX_UNION, span)
                continue
            if m.cls != "WorkingGroup":
                continue
            for p in here:
                if p.iri == m.iri or p.cls not in PARENTS:
                    continue
                nested = m.begin < p.begin and p.end <= m.end
                named_in = nested and re.search(r"\bvan\s+(?:de|het)\s+$", text[m.begin : p.begin])
                # "de werkgroep X onder het Comité van Ministers", "het netwerk Y, dat valt
                # onder het Senningenoverleg", "de werkgroep Fraude van het Senningenoverleg".
                under = p.begin >= m.end and _UNDER.fullmatch(text, m.end, p.begin)
                if (
                    under
                    and _FOUNDED_BY.search(text, m.end, p.begin)
                    and _co_founder(text, here, p)
                ):
                    under = None  # "opgericht door X, Y en Z": founders taking part, no parent
                # "X, die rechtstreeks aan het Comité rapporteert", "X, die onder het Comité
                # valt": the verb closes the relative clause after the parent.
                clause = (
                    p.begin >= m.end
                    and _UNDER_CLAUSE.fullmatch(text, m.end, p.begin)
                    and _UNDER_VERB.match(text, p.end)
                )
                # "Binnen het Senningenoverleg is de werkgroep Cybercrime actief."
                within = (
                    p.end <= m.begin
                    and _WITHIN_OPENING.fullmatch(text, span[0], p.begin)
                    and not any(
                        o.cls in PARENTS
                        and p.end <= o.begin < m.begin
                        # "Support Group 1 (...) en Support Group 2": groups of one list
                        and not (o.cls in GROUPS and _COORDINATED.fullmatch(text, o.end, m.begin))
                        for o in here
                    )
                )
                if named_in or under or clause or within:
                    yield Relation(m.iri, SUB_ORGANIZATION, p.iri, span)
                # "De werkgroep X en de werkgroep Y vallen onder Z": the whole subject.
                if under and _PLURAL_VERB.search(text, m.end, p.begin):
                    for g in _coordinated_before(text, here, m):
                        yield Relation(g.iri, SUB_ORGANIZATION, p.iri, span)

    @staticmethod
    def _reports_to(
        text: str, here: list[Candidate], span: tuple[int, int], mentions: Sequence[Candidate]
    ) -> Iterator[Relation]:
        """ "De werkgroep X rapporteert jaarlijks aan het Comité", "... volgt de werkgroep X de
        praktijk op; zij rapporteert aan het Senningenoverleg": the group under the body.
        "Het platform ... rapporteert aan het College": a sentence whose subject is a group
        named by its kind speaks of the group of that kind named last before."""
        for p in here:
            if p.cls not in PARENTS:
                continue
            verb = _REPORTS.search(text, max(span[0], p.begin - 60), p.begin)
            if verb is None:
                continue
            before = [g for g in here if g.cls in GROUPS and g.end <= verb.start() and g != p]
            if not before:
                kind = _KIND_SUBJECT.match(text, span[0], verb.start())
                if kind is None or _RELATIVE_CLAUSE.search(text, kind.end(), verb.start()):
                    continue  # "Het netwerk, dat ... rapporteert": read with its relative clause
                pointed = _POINTING_OPENING.match(text, span[0]) is not None
                group = _last_of_kind(text, span, mentions, kind.group(1).lower(), True, pointed)
                if group is not None and group.iri != p.iri:
                    yield Relation(group.iri, SUB_ORGANIZATION, p.iri, span)
                continue
            group = before[-1]
            if any(o.cls in PARENTS and group.end <= o.begin < verb.start() for o in here):
                continue  # another body stands between: the subject is not the group
            gap = text[group.end : verb.start()]
            if _SUBJECT_GAP.fullmatch(gap) or _PRONOUN_SUBJECT.search(gap):
                yield Relation(group.iri, SUB_ORGANIZATION, p.iri, span)

    def _cooperation(
        self,
        text: str,
        here: list[Candidate],
        span: tuple[int, int],
        sentences: Sentences,
        index: int,
        mentions: Sequence[Candidate] = (),
    ) -> Iterator[Relation]:
        sentence = text[span[0] : span[1]]
        previous = sentences.spans[index - 1] if index else span
        # The Benelux Union is the one cooperating where the sentence (or the one before)
        # names it and a verb names no other subject.
        union_near = re.search(r"Benelux(?:\s+|-)Unie", text[previous[0] : span[1]])
        before = sentences.spans[index - 1] if index else None
        for match in self._cooperates.finditer(sentence):
            start = span[0] + match.end()
            window = (max(span[0], start - len(match.group()) - 60), start)
            if _NEGATION.search(text, *window) or _NOT_YET.search(text, *window):
                continue  # "zou kunnen samenwerken met", "werkt niet samen met": not stated
            if _between_pair(text, here, span, match, start):
                yield from _between_pair(text, here, span, match, start)
                continue
            acting = _cooperating(text, here, span[0], span[0] + match.start(), start, match)
            if acting is None:
                acting = _noun_subject(text, here, span[0], span[0] + match.start(), match)
            if acting is None:
                acting = _adverbial_subject(text, here, span[0], span[0] + match.start(), match)
            if acting is None:
                acting = _group_by_kind(text, span, span[0] + match.start(), mentions, match)
            if acting is None:
                acting = _main_subject(text, here, span, span[0] + match.start(), mentions, match)
            if acting is None:
                acting = _pronoun_cooperator(
                    text, here, span, before, mentions, span[0] + match.start(), match
                )
            if acting is None:
                acting = _kind_before_clause(text, span, span[0] + match.start(), mentions, match)
            if acting is None and (not union_near or match.group().lower().startswith("partner")):
                continue  # "partner van X" needs its subject
            cooperator = acting.iri if acting is not None else BENELUX_UNION
            if (
                cooperator == BENELUX_UNION
                and match.group().lower().endswith("tussen")
                and not re.search(r"Benelux(?:\s+|-)Unie", text[start : start + 120])
            ):
                continue  # "samenwerking tussen X en de Benelux Unie", not between two others
            # A subject other than the Union may work with the Union or one of its bodies.
            wanted = PARTNERS | (COOPERATORS if cooperator != BENELUX_UNION else set())
            partners = [m for m in here if m.cls in wanted and m.iri != cooperator]
            first = next((m for m in partners if start <= m.begin < start + 80), None)
            if first is None:
                continue
            # "werkt samen met de Baltische Assemblee en de Noordse Raad": every partner of a
            # coordinated list.
            listed = [first]
            for m in partners:
                if m.begin > listed[-1].end:
                    if not _AND.fullmatch(text, listed[-1].end, m.begin):
                        break
                    listed.append(m)
            # "samen met X, die onder de vlag van Z opereert, en met Y": "met" again.
            listed += [
                m
                for m in partners
                if m.begin > listed[-1].end
                and _AND_WITH.search(text, max(listed[-1].end, m.begin - 40), m.begin)
            ]
            # "Het FAVV en de NVWA werken samen met X": each body of the subject.
            cooperators = [cooperator]
            if acting is not None and acting.cls in COOPERATORS:
                cooperators += [
                    g.iri
                    for g in _coordinated_before(text, here, acting, COOPERATORS)
                    if g.iri not in MEMBER_STATES
                ]
            for c in cooperators:
                for m in listed:
                    # Two member states working together is the Benelux itself, no partnership.
                    if m.iri != c and (
                        m.iri not in MEMBER_STATES
                        or (c != BENELUX_UNION and c not in MEMBER_STATES)
                    ):
                        yield Relation(c, COOPERATES, m.iri, span)
        yield from _working_together(text, here, span)
        yield from _joined_hands(text, here, span)
        yield from _fronted_with(text, here, span)


# The head of an agency's or an office's name: "Bureau voor ...", "Agentschap van ...",
# "Directoraat-generaal ...", "Europees Centrum voor ...".
_AGENCY_HEAD = re.compile(
    r"(?:Europees\s+|Europese\s+)?(?:[\w-]*(?:agentschap|bureau|centrum|dienst|instituut"
    r"|directoraat|autoriteit|eenheid|institute|centre|office|agency)(?![\w]))",
    re.IGNORECASE,
)
# The bare genitive between two names: "(ERCC) van de ".
_OF_BARE = re.compile(r"(?:\s*\([^()]{1,40}\))?\s+van\s+(?:de|het)\s+")


# A plural verb of belonging: "vallen", "maken deel uit", "rapporteren".
_PLURAL_VERB = re.compile(
    r"(?<!\w)(?:vallen|vielen|ressorteren|rapporteren|rapporteerden|maken|maakten|zijn|waren"
    r"|werden|worden|hangen|brengen|werken)(?!\w)"
)


def _coordinated_before(
    text: str, here: list[Candidate], m: Candidate, classes: set[str] = GROUPS
) -> list[Candidate]:
    """The names of ``classes`` coordinated before ``m`` ("de werkgroep X, Y en de werkgroep
    Z")."""
    found: list[Candidate] = []
    last = m
    for g in sorted((g for g in here if g.end <= m.begin), key=lambda g: -g.end):
        if g.cls not in classes or not _COORDINATED.fullmatch(text, g.end, last.begin):
            break
        found.append(g)
        last = g
    return found


# A body founding a group: "richt (in 2026) de werkgroep X op", "heeft de werkgroep X
# opgericht", "stelde een netwerk X in"; the object stands between the verb and its particle,
# which closes the clause ("stelt de werkgroep in kennis" is no founding).
_FOUNDING = re.compile(
    r"(?<!\w)(?:(?:(?:richt|richtte|richtten|richten)(\s+[^.;:]{1,150}?)\s+op"
    r"|(?:stelt|stelde|stelden|stellen)(\s+[^.;:]{1,150}?)\s+in)(?=\s*(?:[.,;:)]|$|en\s))"
    r"|(?:heeft|hebben|had|hadden)(\s+[^.;:]{1,150}?)\s+(?:opgericht|ingesteld)(?!\w))"
)
# Before the founder's name, inverted after the verb: "richt het Comité van Ministers".
_FOUNDER_AFTER = re.compile(r"\s+(?:de\s+|het\s+)?")


def _founded(
    text: str, here: list[Candidate], span: tuple[int, int], mentions: Sequence[Candidate]
) -> Iterator[Relation]:
    """ "Het Senningenoverleg richt een werkgroep X op", "De commissie richt een werkgroep X
    op" (the group of that kind named before): a group founding a group is its parent. An
    institution founds by decision what may report elsewhere ("richt het Comité het platform
    op ... rapporteert aan het College"): no parent of its own."""
    for verb in _FOUNDING.finditer(text, span[0], span[1]):
        group = next(i for i in (1, 2, 3) if verb.group(i) is not None)
        start, end = verb.start(group), verb.end(group)
        founders = [
            p
            for p in here
            if p.cls in GROUPS
            and (
                (p.end <= verb.start() and not text[p.end : verb.start()].strip())
                or (_FOUNDER_AFTER.fullmatch(text, start, p.begin) is not None)
            )
        ]
        founder = founders[0] if founders else None
        if founder is None:
            kind = _KIND_SUBJECT.match(text, span[0], verb.start())
            if kind is None or kind.end(1) + 1 != verb.start():
                continue
            founder = _last_of_kind(text, span, mentions, kind.group(1).lower(), True)
        if founder is None:
            continue
        for g in here:
            # The founder before the verb, or after it and before the group.
            after = g.begin >= founder.end or founder.begin < start
            if (
                g.cls in GROUPS
                and g.iri != founder.iri
                and start < g.begin <= g.end <= end
                and after
            ):
                yield Relation(g.iri, SUB_ORGANIZATION, founder.iri, span)


def _external_parents(
    text: str, here: list[Candidate], m: Candidate, span: tuple[int, int]
) -> Iterator[Relation]:
    """An outside body under another outside body, by the constructions of a group: "het
    Bureau voor Intellectuele Eigendom van de Europese Unie", "DG REGIO van de Europese
    Commissie", "de ELA, een agentschap van de Europese Unie", "X maakt deel uit van Y"."""
    for p in here:
        if p.iri == m.iri or p.cls != "ExternalOrganisation":
            continue
        nested = m.begin < p.begin and p.end <= m.end
        # "X van de Y" only for an agency or an office by its name: "de (Ecofin-)Raad van de
        # Europese Unie" is an institution of the Union.
        agency = _AGENCY_HEAD.match(text, m.begin) is not None
        named_in = (
            nested and agency and re.search(r"\bvan\s+(?:de|het)\s+$", text[m.begin : p.begin])
        )
        under = p.begin >= m.end and _UNDER.fullmatch(text, m.end, p.begin)
        if under and not agency and _OF_BARE.fullmatch(text, m.end, p.begin):
            under = None
        # "het Maastricht Upper Area Control Centre (MUAC) van Eurocontrol": "van" and a
        # name without an article, which no list of bodies would leave bare.
        of_name = p.begin >= m.end and _OF_NAME.fullmatch(text, m.end, p.begin)
        if named_in or under or of_name:
            yield Relation(m.iri, SUB_ORGANIZATION, p.iri, span)
    yield from _unit_of_subject(text, here, m, span)


# "van" and a name with no article: "(MUAC) van Eurocontrol".
_OF_NAME = re.compile(r"(?:\s*\([^()]{1,20}\))?\s+van\s+")
# The head of the name of a unit inside a body: "Directoraat-generaal Milieu", "Division de
# la pharmacie", "Dienst Vreemdelingenzaken", "Directie Wegverkeer", the Belgian
# "Directie-generaal Energie".
_UNIT_HEAD = re.compile(
    r"(?:Directoraat-?generaal|DG|Division|Direction|Directie-generaal|Directie|Dienst|Afdeling"
    r"|Departement|Département|Service)(?![\w-])"
)
# "door haar Directoraat-generaal Milieu": the unit of the body the sentence is about.
_POSSESSIVE = re.compile(r"(?<!\w)(?:haar|zijn)\s+$")
# A national unit named by its parent's name after it: "(ANA)", ", de weerdienst van de
# Luxemburgse", "van de" after a unit's name.
_NATIONAL_OF = re.compile(
    r"(?:\s*\([^()]{1,40}\))?,\s+(?:de|het|een)\s+(?:[a-z]+e\s+){0,2}[a-z]*?(?:dienst|agentschap|afdeling"
    r"|directie|inspectie)\s+van\s+(?:de|het)\s+(?:[A-Z][a-z]+(?:se|sche)\s+)?"
)
# "De Europese Commissie", "Ook de Europese Commissie": the body the sentence opens with.
_UNIT_SUBJECT = re.compile(r"\s*(?:Ook\s+)?(?:(?:[Dd]e|[Hh]et)\s+)?")
_UNIT_OF = re.compile(_OF_NAME.pattern + r"(?:de|het)\s+")


def _unit_of_subject(
    text: str, here: list[Candidate], m: Candidate, span: tuple[int, int]
) -> Iterator[Relation]:
    """ "De Europese Commissie was vertegenwoordigd door haar Directoraat-generaal Milieu":
    a unit by its name under the body the sentence opens with, the only body before it."""
    if not _UNIT_HEAD.match(text, m.begin) or not _POSSESSIVE.search(text, span[0], m.begin):
        return
    bodies = [p for p in here if p.end <= m.begin and p.cls in PARTNERS | {"Institution"}]
    if len({p.iri for p in bodies}) != 1:
        return
    subject = bodies[0]
    if subject.cls not in {"ExternalOrganisation", "NationalBody"}:
        return
    if _UNIT_SUBJECT.fullmatch(text, span[0], subject.begin):
        yield Relation(m.iri, SUB_ORGANIZATION, subject.iri, span)


def _spelled_out(text: str, p: Candidate, places: Sequence[Candidate]) -> list[Candidate]:
    """The name ``p`` abbreviates, right before it: "Administration de la navigation
    aérienne" for "(ANA)"."""
    return [
        q
        for q in places
        if q.iri == p.iri and q.end < p.begin and _OPEN_PAREN.fullmatch(text, q.end, p.begin)
    ]


_OPEN_PAREN = re.compile(r"\s*\(")


def _ordinal_members(
    text: str, span: tuple[int, int], here: Sequence[Candidate], there: Sequence[Candidate]
) -> list[Relation]:
    """ "Onder X vallen twee subgroepen: A en B. In de eerste hebben C en D zitting, in de
    tweede E.": the groups the sentence before lists, each referred to by its ordinal; the
    bodies after an ordinal, up to the next, take part in its group."""
    sentence = text[span[0] : span[1]]
    if not any(w in sentence for w in ("tweede", "derde", "vierde", "laatst")):
        return []  # (a cheap test first: two ordinals, so a second one)
    ordinals = list(_ORDINAL.finditer(text, span[0], span[1]))
    if len(ordinals) < 2 or not _SEATED.search(text, span[0], span[1]):
        return []
    groups = _listed_groups(text, there)
    if len(groups) < 2:
        return []
    found: list[Relation] = []
    for k, ordinal in enumerate(ordinals):
        word = ordinal.group(1).lower()
        n = len(groups) - 1 if word in {"laatste", "laatstgenoemde"} else _ORDINALS[word]
        if n >= len(groups):
            return []
        end = ordinals[k + 1].start() if k + 1 < len(ordinals) else span[1]
        bodies = [
            m
            for m in here
            if ordinal.end() <= m.begin < end and (m.cls in PARTNERS or m.cls == "Institution")
        ]
        found.extend(Relation(groups[n].iri, PARTICIPANT, m.iri, span) for m in bodies)
    return found


def _listed_groups(text: str, there: Sequence[Candidate]) -> list[Candidate]:
    """The longest list of groups in a sentence ("A, B en C"; the last if two are as long),
    not a parent or a founder named apart ("Onder X vallen A en B")."""
    best: list[Candidate] = []
    run: list[Candidate] = []
    for g in sorted((m for m in there if m.cls in GROUPS), key=lambda m: m.begin):
        if run and g.iri == run[-1].iri:
            continue
        if run and not _GROUP_GLUE.fullmatch(text, run[-1].end, g.begin):
            run = []
        run.append(g)
        if len(run) >= len(best):
            best = list(run)
    return best


def _marked_group(
    text: str, span: tuple[int, int], mentions: Sequence[Candidate]
) -> Candidate | None:
    """The group a footnote speaks of: the one named right before the footnote's mark in
    the text above it ("Het Benelux Netwerk Cultureel Erfgoed³ ...", "³ Leden zijn ...")."""
    mark = _MARK.match(text, span[0], span[1])
    if mark is None:
        return None
    at = text.rfind(mark.group(1), 0, span[0])
    return next((m for m in mentions if m.cls in GROUPS and m.end == at), None)


def _co_founder(text: str, here: Sequence[Candidate], founder: Candidate) -> bool:
    """Whether another body is coordinated with ``founder`` ("door de DVIS, de ILT en de
    ACF")."""
    return any(
        q.begin > founder.end
        and q.iri != founder.iri
        and (q.cls in PARTNERS or q.cls == "Institution")
        and _CO_FOUNDER.fullmatch(text, founder.end, q.begin) is not None
        for q in here
    )


def _counted_back(
    text: str,
    span: tuple[int, int],
    here: Sequence[Candidate],
    there: Sequence[Candidate],
    mentions: Sequence[Candidate],
) -> list[Relation]:
    """ "Deze drie toezichthouders vormen samen het netwerk", "De twee diensten nemen deel aan
    de werkgroep X": the bodies the sentence before named, exactly as many as counted, take
    part in the group (named, or by its kind the group of that kind named last)."""
    counted = _COUNTED_BACK.match(text, span[0], span[1])
    if counted is None or _NEGATION.search(text, *span):
        return []
    verb = _FORM_OR_JOIN.search(text, counted.end(), span[1])
    if verb is None:
        return []
    group = next(
        (
            m
            for m in here
            if m.cls in GROUPS and m.begin >= verb.start() and m.begin < verb.end() + 40
        ),
        None,
    )
    kind = _KIND_AFTER.match(text, verb.end(), span[1])
    if group is None and kind is not None:
        group = _last_of_kind(text, span, mentions, kind.group(1).lower(), True)
    if group is None:
        return []
    bodies = {
        p.iri: p
        for p in there
        if (p.cls in PARTNERS or p.cls == "Institution")
        and p.iri != group.iri
        and not any(q is not p and q.begin <= p.begin and p.end <= q.end for q in there)
    }
    if len(bodies) != _COUNTS[counted.group(1).lower()]:
        return []
    return [Relation(group.iri, PARTICIPANT, iri, span) for iri in bodies]


def _is_draft(text: str, m: Candidate) -> bool:
    return _DRAFT.match(m.label or text[m.begin : m.end]) is not None


def _national_parents(
    text: str, here: list[Candidate], m: Candidate, span: tuple[int, int]
) -> Iterator[Relation]:
    """A body of a state under another, by a verb of belonging right after its name: "Het
    Nationaal Cyber Security Centrum valt onder het ministerie van Justitie en Veiligheid",
    "Brussel Mobiliteit, dat deel uitmaakt van het Brussels Hoofdstedelijk Gewest"."""
    for p in here:
        if (
            p.cls == "NationalBody"
            and p.iri != m.iri
            and p.begin >= m.end
            and (
                _BODY_UNDER.fullmatch(text, m.end, p.begin)
                # "MeteoLux, de weerdienst van de Luxemburgse Administration ..."
                or _NATIONAL_OF.fullmatch(text, m.end, p.begin)
                # "de Division de la pharmacie et des médicaments van de Direction de la santé"
                or (_UNIT_HEAD.match(text, m.begin) and _UNIT_OF.fullmatch(text, m.end, p.begin))
            )
        ):
            yield Relation(m.iri, SUB_ORGANIZATION, p.iri, span)
    yield from _unit_of_subject(text, here, m, span)


# An ordinal standing for one of the groups the sentence before named: "In de eerste hebben X
# zitting, in de tweede Y", "De eerste bestaat uit X, de tweede uit Y" (not "de eerste
# vergadering": no noun follows).
_ORDINALS = {"eerste": 0, "tweede": 1, "derde": 2, "vierde": 3}
_ORDINAL = re.compile(
    r"(?<!\w)(?:[Ii]n\s+|[Aa]an\s+|[Bb]ij\s+)?[Dd]e\s+(eerste|tweede|derde|vierde|laatste"
    r"|laatstgenoemde)(?=\s*[,;]|\s+(?:de|het|uit|zijn|is|zit|zitten|hebben|heeft|nemen"
    r"|neemt|bestaat|werken|werkt|[A-ZÀ-Ý])(?!\w))"
)
_SEATED = re.compile(
    r"(?<!\w)(?:zitting|deel|lid|leden|vertegenwoordigd|bestaat|bestaan|zitten|zit)(?!\w)"
)
# The glue between two names of one list, an aside allowed: "X (marktintegratie) en Y",
# "X, Y en de Z".
_LIST_GLUE = r"\s*(?:,\s*(?:en\s+)?|\s+en\s+)(?:de\s+|het\s+)?"
# An adjective of nationality before a name in a list ("en het Duitse Open Grid Europe").
_NATIONALITY = r"[A-Z][a-z]+(?:se|sche)\s+"
_GROUP_GLUE = re.compile(rf"(?:\s*\([^()]{{1,40}}\))?{_LIST_GLUE}")
# "opgericht door X": the founder after the verb; another coordinated with it (", Y en Z").
_FOUNDED_BY = re.compile(r"opgericht\s+door\s+(?:de\s+|het\s+)?$")
_CO_FOUNDER = re.compile(rf"{_GROUP_GLUE.pattern}(?:{_NATIONALITY})?")
# Bodies counted back: "Deze drie toezichthouders", "De twee diensten", "Die vier partners".
_COUNTS = {"twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8}
_COUNTED_BACK = re.compile(
    r"\s*(?:Deze|De|Die|Alle)\s+(" + "|".join(_COUNTS) + r")\s+(?:[a-zé-]+\s+)??[a-zé-]+\s",
    re.IGNORECASE,
)
# What the bodies counted back do: "vormen (samen) het netwerk", "nemen deel aan", "zijn
# lid van", "hebben zitting in".
_FORM_OR_JOIN = re.compile(
    r"(?<!\w)(?:vormen|vormden|nemen\s+(?:[a-z]+\s+){0,2}?deel\s+aan|namen\s+(?:[a-z]+\s+){0,2}?deel"
    r"\s+aan|zijn\s+(?:[a-z]+\s+){0,2}?lid\s+van|hebben\s+(?:[a-z]+\s+){0,2}?zitting\s+in)"
    r"(?:\s+samen)?\s+(?:de|het)\s+"
)
_KIND_AFTER = re.compile(r"([a-zé]{4,})(?!\w)")


# The sentence says its subject does what the sentence before said: "Dat doet sinds 2025
# ook de ASNR", "Hetzelfde doen ook X en Y", "X doet dat sinds 2025 ook", "Ook X doet dat".
_SAME_BEFORE = re.compile(
    r"\s*(?:Dat|Dit|Hetzelfde)\s+(?:doet|doen|deed|deden)\s+(?:[^\s.;:,]+\s+){0,4}?"
    rf"(?:ook|eveneens)\s+(?:de\s+|het\s+)?(?:{_NATIONALITY})?"
)
_SAME_AFTER = re.compile(
    r"\s+(?:doet|doen|deed|deden)\s+(?:dat|dit|hetzelfde)\s+(?:[^\s.;:,]+\s+){0,3}?"
    r"(?:ook|eveneens)(?!\w)"
)
_SAME_OPENING = re.compile(rf"\s*(?:Ook\s+)?(?:(?:De|Het)\s+)?(?:{_NATIONALITY})?")


def _doing_the_same(
    text: str, span: tuple[int, int], here: Sequence[Candidate], before: Sequence[Relation]
) -> list[Relation]:
    """The partners a sentence says do the same as the sentence before, which gave one
    group (or meeting, or instrument) its participants, take part in it too."""
    groups = {r.subject for r in before if r.predicate == PARTICIPANT}
    if len(groups) != 1 or _NEGATION.search(text, *span):
        return []  # "Dat doet ook X nog niet"
    partners = [m for m in here if m.cls in PARTNERS]
    if not partners:
        return []
    same = _SAME_BEFORE.match(text, span[0], span[1])
    if same is not None:
        listed = [m for m in partners if m.begin == same.end()]
    else:
        first = partners[0]
        opening = _SAME_OPENING.fullmatch(text, span[0], first.begin)
        aside = _ASIDE.match(text, first.end, span[1])  # "X (ABBR) doet dat ook"
        verb = _SAME_AFTER.match(text, aside.end() if aside else first.end, span[1])
        listed = [first] if opening is not None and verb is not None else []
    if not listed:
        return []
    # "Dat doen ook X en Y": every body of a coordinated list.
    for m in partners:
        if m.begin > listed[-1].end and _COORDINATED.fullmatch(text, listed[-1].end, m.begin):
            listed.append(m)
    group = next(iter(groups))
    joined = dict.fromkeys(m.iri for m in listed if m.iri != group)
    return [Relation(group, PARTICIPANT, iri, span) for iri in joined]


# A personal pronoun opening a sentence, for the subject of the sentence before: "Zij werd
# in 2019 opgericht", "Het werkt samen met"; "het" only before a verb ("Het ontstond na").
_SUBJECT_PRONOUN = re.compile(
    r"\s*(?:Zij|Hij|Ze|Het(?=\s+(?:werd|wordt|is|was|valt|viel|ressorteert|rapporteert"
    r"|rapporteerde|maakt|maakte|ontstond|hangt|werkt|werkte|brengt|bracht|staat|stond)\s)"
    # "Het werk is belegd bij de werkgroep X. Die ressorteert onder ...": the demonstrative
    # as subject, only before a verb of belonging (elsewhere it may point at any noun).
    r"|Die(?=\s+(?:valt|ressorteert|rapporteert)\s))"
    r"(?!\w)"
)


def _subject_of(
    text: str,
    span: tuple[int, int],
    here: Sequence[Candidate],
    mentions: Sequence[Candidate],
    previous: tuple[int, int] | None,
) -> tuple[Candidate, int] | None:
    """The body a sentence opens with and where its name ends: a name ("De werkgroep X
    ..."), a group by its kind ("Het platform ..."), or a pronoun for the subject of the
    sentence before ("Zij ...", "Het werkt ...")."""
    start = _section_end(text, span)
    pronoun = _SUBJECT_PRONOUN.match(text, start, span[1])
    if pronoun is None:
        return _named_subject(text, (start, span[1]), here, mentions)
    found = _previous_subject(text, mentions, previous)
    return (found, pronoun.end()) if found is not None else None


def _previous_subject(
    text: str, mentions: Sequence[Candidate], previous: tuple[int, int] | None
) -> Candidate | None:
    """The body the sentence ``previous`` is about, for a pronoun of the next one: its
    subject, or the one group it names."""
    if previous is None:
        return None
    before = [m for m in mentions if previous[0] <= m.begin < previous[1]]
    subject = _named_subject(text, previous, before, mentions)
    if subject is None:
        groups = [m for m in before if m.cls in GROUPS]
        if len({g.iri for g in groups}) != 1 or any(m.cls in PARENTS - GROUPS for m in before):
            return None
        return groups[0]
    return subject[0]


def _named_subject(
    text: str, span: tuple[int, int], here: Sequence[Candidate], mentions: Sequence[Candidate]
) -> tuple[Candidate, int] | None:
    """The body named at the opening of ``span``, by its name or its kind."""
    opening = _SUBJECT_OPENING.match(text, _section_end(text, span), span[1])
    at = opening.end() if opening is not None else span[0]
    named = next((m for m in here if m.begin == at and m.cls in COOPERATORS), None)
    if named is not None:
        return named, named.end
    kind = _KIND_SUBJECT.match(text, _section_end(text, span), span[1])
    if kind is None:
        return None
    group = _last_of_kind(text, span, mentions, kind.group(1).lower(), True)
    return (group, kind.end(1)) if group is not None else None


def _belonging_of_subject(
    text: str,
    here: list[Candidate],
    span: tuple[int, int],
    mentions: Sequence[Candidate],
    previous: tuple[int, int] | None,
) -> Iterator[Relation]:
    """ "Zij valt onder het Directiecomité" (the group the sentence before spoke of), "De
    werkgroep X werd in 2019 opgericht en valt onder het Directiecomité", "Het ontstond in
    1996 en valt onder het Comité": the group the sentence opens with under the body."""
    pronoun = _SUBJECT_PRONOUN.match(text, _section_end(text, span)) is not None
    if not pronoun and (
        " en " not in text[span[0] : span[1]]
        or _AND_BELONGING.search(text, span[0], span[1]) is None
    ):
        return
    found = _subject_of(text, span, here, mentions, previous)
    if found is None or found[0].cls not in GROUPS:
        return
    subject, after = found
    for p in here:
        if p.cls not in PARENTS or p.begin < after or p.iri == subject.iri:
            continue
        verb = _REPORTS_OR_UNDER.fullmatch(text, after, p.begin) if pronoun else None
        if verb is None:
            verb = next(
                (v for v in _AND_BELONGING.finditer(text, after, p.begin) if v.end() == p.begin),
                None,
            )
        # Another body between the subject and the verb may be the subject of the verb.
        if verb is not None and not any(
            m.cls in COOPERATORS and after <= m.begin < verb.start() for m in here
        ):
            yield Relation(subject.iri, SUB_ORGANIZATION, p.iri, span)


def _reports_via(
    text: str,
    here: list[Candidate],
    span: tuple[int, int],
    mentions: Sequence[Candidate],
    previous: tuple[int, int] | None,
) -> Iterator[Relation]:
    """ "De werkgroep rapporteert via het Directiecomité aan het College": the group under
    the body it reports through, and that body under the one reported to."""
    if " via " not in text[span[0] : span[1]]:
        return
    for verb in _REPORTS_VIA.finditer(text, span[0], span[1]):
        middle = next((m for m in here if m.begin == verb.end() and m.cls in PARENTS), None)
        kind = _VIA_KIND.match(text, verb.end(), span[1]) if middle is None else None
        if kind is not None:
            # "rapporteert via het overleg aan het Comité": the group of that kind named
            # last before; what follows is measured from the noun.
            named = _last_of_kind(text, span, mentions, kind.group(1).lower(), True)
            if named is not None:
                middle = replace(named, begin=kind.start(), end=kind.end())
        top = next(
            (
                m
                for m in here
                if middle is not None
                and m.cls in PARENTS
                and m.begin > middle.end
                and _VIA_TO.fullmatch(text, middle.end, m.begin)
            ),
            None,
        )
        if middle is None or top is None:
            continue
        found = _subject_of(text, span, here, mentions, previous)
        if (
            found is not None
            and found[0].cls in GROUPS
            and not any(m.cls in COOPERATORS and found[1] <= m.begin < verb.start() for m in here)
        ):
            yield Relation(found[0].iri, SUB_ORGANIZATION, middle.iri, span)
        if middle.cls in GROUPS and middle.iri != top.iri:
            yield Relation(middle.iri, SUB_ORGANIZATION, top.iri, span)


# The parent steering the group, as the subject of "aansturen": "Het Directiecomité X (, een
# van de ...,) stuurt (sinds 2024) de werkgroep Y aan", "Sinds 2024 stuurt het
# Directiecomité X de werkgroep Y aan", "X, dat de werkgroep Y aanstuurt".
_STEERS = re.compile(
    r"(?:,[^,.;:]{1,150},)?\s+(?:stuurt|sturen|stuurde|stuurden)\s+(?:(?:[a-z]+|\d{4})\s+){0,3}?"
    r"(?:de\s+|het\s+)?"
)
_STEERS_BEFORE = re.compile(r"(?<!\w)(?:stuurt|sturen|stuurde|stuurden)\s+(?:de\s+|het\s+)?$")
_STEERS_INVERTED = re.compile(r"\s+(?:(?:[a-z]+|\d{4})\s+){0,3}?(?:de\s+|het\s+)?")
# Adverbs only before the particle: not "stuurt de werkgroep een uitnodiging aan".
_STEERS_PARTICLE = re.compile(r"(?:\s+(?!(?:een|de|het)\s)(?:[a-z]+|\d{4})){0,3}?\s+aan(?!\w)")
_STEERS_CLAUSE = re.compile(r",\s*(?:dat|die)\s+(?:(?:[a-z]+|\d{4})\s+){0,2}?(?:de\s+|het\s+)?")
_STEERS_VERB = re.compile(
    r"(?:\s+(?:[a-z]+|\d{4})){0,3}?\s+(?:aanstuurt|aanstuurde|aansturen|aanstuurden"
    r"|heeft\s+aangestuurd|aangestuurd\s+heeft)(?!\w)"
)


def _steered(text: str, here: list[Candidate], span: tuple[int, int]) -> Iterator[Relation]:
    """ "Het Directiecomité X stuurt de werkgroep Y aan": the group under the body that steers
    it (a body only: a person or a presidency leading a group is its chair, no parent)."""
    for p in here:
        if p.cls not in PARENTS:
            continue
        inverted = _STEERS_BEFORE.search(text, max(span[0], p.begin - 20), p.begin) is not None
        for g in here:
            if g.cls not in GROUPS or g.iri == p.iri or g.begin < p.end:
                continue
            if _STEERS.fullmatch(text, p.end, g.begin) or (
                inverted and _STEERS_INVERTED.fullmatch(text, p.end, g.begin)
            ):
                closing = _STEERS_PARTICLE
            elif _STEERS_CLAUSE.fullmatch(text, p.end, g.begin):
                closing = _STEERS_VERB
            else:
                continue
            if closing.match(text, g.end, span[1]) is not None:
                yield Relation(g.iri, SUB_ORGANIZATION, p.iri, span)


def _housed_where(text: str, here: list[Candidate], span: tuple[int, int]) -> Iterator[Relation]:
    """ "de DUO, waar het Coördinatiepunt is ondergebracht", "het Senningenoverleg,
    waarbinnen de werkgroep X werd opgericht": the body of the clause under the one before."""
    sentence = text[span[0] : span[1]]
    if "ondergebracht" not in sentence and "opgericht" not in sentence:
        return
    for p in here:
        if p.cls not in PARENTS:
            continue
        for m in here:
            if (
                m.begin > p.end
                and m.iri != p.iri
                and m.cls in GROUPS | {"NationalBody", "ExternalOrganisation"}
                and _WHERE_HOUSED.fullmatch(text, p.end, m.begin)
                and _HOUSED_VERB.match(text, m.end)
            ):
                yield Relation(m.iri, SUB_ORGANIZATION, p.iri, span)


# A sentence putting the groups named after it under one parent body. The parent opens the
# sentence: "Onder het Senningenoverleg werken vier werkgroepen (tabel 4.1)", "Binnen de
# Raad zijn twee werkgroepen actief:".
_WITHIN_PLURAL = re.compile(
    r"\s+(?:werken|werkten|zijn|waren|functioneren|opereren|bestaan|vallen)\s"
    r"[^.;]{0,60}?werkgroepen(?!\w)"
)
# The groups, then the parent: "De werkgroepen die hieronder worden genoemd, vallen onder het
# College", "De volgende werkgroepen rapporteren aan het Directiecomité:".
_PLURAL_UNDER = re.compile(
    r"werkgroepen(?!\w)[^.;:]{0,80}?\s(?:vallen|vielen|ressorteren|rapporteren|rapporteerden)"
    r"\s+(?:[a-z]+\s+){0,2}?(?:onder|aan)\s+(?:de\s+|het\s+)?"
)
# The parent as the subject: "Het Directiecomité ... stuurde de werkgroepen hieronder aan",
# "Het College coördineert de volgende werkgroepen".
_PARENT_OF_PLURAL = re.compile(
    r"[^.;:]{0,120}?\s(?:stuurt|stuurde|stuurden|coördineert|coördineerde|overkoepelt"
    r"|overkoepelde|begeleidt|begeleidde)\s+(?:[a-z]+\s+){0,2}?werkgroepen(?!\w)"
)
# That the groups are the ones named after the sentence ("hieronder" may be hyphenated
# across a line break: "hieron-\nder").
_BELOW = re.compile(r"(?<!\w)(?:hier-?\s*on-?\s*der|hierna)(?!\w)")
# A numbered heading, a line of its own: "3. MOBILITEIT", " 3.2. \tWEDERZIJDSE ERKENNING";
# the cleaned text runs it on after the sentence before ("... aan. 3.1 Fiets\n").
_HEADING = re.compile(
    r"(?:^|(?<=[.:!?] ))[ \t]*(\d{1,2}(?:\.\d{1,2})*)\.?[ \t]+[A-Z][^\n.]{0,80}\n", re.MULTILINE
)
_BELOW_REACH = 3000  # characters after the sentence in which the groups are named


def _groups_below(
    text: str,
    sentences: Sentences,
    by_sentence: dict[int, list[Candidate]],
    mentions: Sequence[Candidate],
    parented: set[str],
) -> Iterator[Relation]:
    """The groups first named after a sentence that puts "the groups below" under a parent,
    up to the end of that sentence's section; a group whose parent is named elsewhere
    ("tenzij anders aangegeven") keeps that one."""
    at = text.find("werkgroepen")
    while at >= 0:
        i = sentences.index(at)
        b, e = sentences.spans[i]
        at = text.find("werkgroepen", max(e, at + 1))
        parent = _parent_of_plural(text, b, e, by_sentence.get(i, []))
        if parent is None:
            continue
        limit = min(len(text), e + _BELOW_REACH)
        # The heading may open the sentence ("3. VEILIGHEID\n\nDe werkgroepen ...").
        level = _section_level(text, text.find("werkgroepen", b, e))
        for heading in _HEADING.finditer(text, e, limit):
            if level and heading.group(1).count(".") + 1 <= level:
                limit = heading.start()
                break
        named_before = {m.iri for m in mentions if m.begin < e}
        for m in mentions:
            if (
                e <= m.begin < limit
                and m.cls in GROUPS
                and m.iri != parent.iri
                and m.iri not in named_before
                and m.iri not in parented
            ):
                yield Relation(m.iri, SUB_ORGANIZATION, parent.iri, (b, e))


def _parent_of_plural(text: str, b: int, e: int, here: list[Candidate]) -> Candidate | None:
    """The parent of "the groups below" in the sentence ``b``-``e``, if it is one such."""
    opening = _SUBJECT_OPENING.match(text, b, e)
    start = opening.end() if opening is not None else b
    for p in here:
        if p.cls not in PARENTS:
            continue
        within = _WITHIN_OPENING.fullmatch(text, _section_end(text, (b, e)), p.begin)
        if within is not None and _WITHIN_PLURAL.match(text, p.end, e):
            return p
        # "de volgende werkgroepen", "de werkgroepen (die) hieronder": next to the plural,
        # not anywhere ("de werkgroepen in de volgende jaren").
        plural = text.rfind("werkgroepen", b, p.begin)
        word = plural if plural >= 0 else text.find("werkgroepen", p.end, e)
        below = word >= 0 and (
            text[max(b, word - 20) : word].rstrip().endswith(("volgende", "onderstaande"))
            or _BELOW.search(text, word, min(e, word + 50)) is not None
        )
        if below and plural >= 0 and _PLURAL_UNDER.fullmatch(text, plural, p.begin):
            return p
        if below and p.begin == start and _PARENT_OF_PLURAL.match(text, p.end, e):
            return p
    return None


def _section_level(text: str, position: int) -> int:
    """The depth of the numbered section ``position`` stands in ("3.2" is 2), 0 if none
    within reach."""
    level = 0
    for heading in _HEADING.finditer(text, max(0, position - _BELOW_REACH), position):
        level = heading.group(1).count(".") + 1
    return level


# The nouns of cooperation whose subject is the body before the verb of their clause.
_NOUN_OF_COOPERATION = re.compile(
    r"(?:in\s+)?(?:samenwerking|samenwerkingsakkoord|samenwerkingsovereenkomst"
    r"|samenwerkingsprotocol|partnerschap|partner)\s",
    re.IGNORECASE,
)
# The verb between that body and the noun: "Het Beneluxparlement zet de samenwerking met X
# voort", "X zocht in 2024 de samenwerking met Y", "X sloot een samenwerkingsakkoord met Y",
# "X is sinds 2020 een vaste partner van Y", "X organiseert in samenwerking met Y".
_NOUN_VERB = re.compile(
    r"\s+(?:zet|zette|zetten|versterkt|versterkte|versterken|intensiveert|intensiveerde"
    r"|verdiept|verdiepte|zoekt|zocht|zoeken|zochten|sluit|sloot|sluiten|sloten"
    r"|ondertekent|ondertekende|ondertekenden|tekende|tekenden|heeft|hebben|had|hadden"
    r"|is|zijn|was|waren|werd|blijft|bleef|startte|begon|breidt|breidde|bouwt|bouwde"
    r"|onderhoudt|onderhield|organiseert|organiseerde|organiseren|organiseerden|besloot"
    r"|gaat|ging|gingen)(?:\s+[^\s.;:,]+){0,5}?\s+(?:(?:de|een|zijn|haar|hun)\s+)?"
    r"(?:[a-z]+e\s+)?",
)


def _noun_subject(
    text: str, here: list[Candidate], sentence_start: int, begin: int, match: re.Match[str]
) -> Candidate | None:
    """The subject of a noun of cooperation after a verb ("Het Beneluxparlement zet de
    samenwerking met de Noordse Raad voort", "Europol is partner van het Secretariaat-
    Generaal"): the body named last before the verb, in the same clause."""
    if _NOUN_OF_COOPERATION.match(match.group() + " ") is None:
        return None
    breaks = _clause_breaks(text, here, sentence_start, begin)
    clause = breaks[-1] if breaks else sentence_start
    before = [m for m in here if clause <= m.begin and m.end <= begin]
    if not before or before[-1].cls not in COOPERATORS:
        return None
    verb = _NOUN_VERB.fullmatch(text, before[-1].end, begin)
    return before[-1] if verb is not None else None


# An adverbial of cooperation inside a clause ("X stelt in nauw overleg met Y een plan op",
# "X organiseert in 2025 in samenwerking met Y ..."), and between it and its subject a
# finite verb with a few adverbs: no article, no comma (no other noun may be the subject).
_ADVERBIAL = re.compile(r"in\s+(?:nauw\s+)?(?:overleg|samenwerking|partnerschap)\s", re.I)
_VERB_GAP = re.compile(
    r"\s+(?!(?:de|het|een|van|voor)\s)[a-z]+(?:\s+(?!(?:de|het|een)\s)(?:[a-z]+|\d{4})){0,3}\s+"
)


def _adverbial_subject(
    text: str, here: list[Candidate], sentence_start: int, begin: int, match: re.Match[str]
) -> Candidate | None:
    """The subject of an adverbial of cooperation: the body named last before, in the same
    clause, followed by its verb ("Het FAVV stelt in nauw overleg met de NVWA een plan op")."""
    if _ADVERBIAL.match(match.group() + " ") is None:
        return None
    breaks = _clause_breaks(text, here, sentence_start, begin)
    clause = breaks[-1] if breaks else sentence_start
    before = [m for m in here if clause <= m.begin and m.end <= begin]
    if not before or before[-1].cls not in COOPERATORS:
        return None
    subject = before[-1]
    if _OWNER_BEFORE.search(text, max(sentence_start, subject.begin - 12), subject.begin):
        return None  # "het plan van X wordt in overleg met Y opgesteld": X owns the subject
    return subject if _VERB_GAP.fullmatch(text, subject.end, begin) else None


# "De samenwerking tussen het Secretariaat-Generaal en Europol": the first body named works
# with the second (two member states working together are the Benelux itself).
_BETWEEN_AND = re.compile(r"\s+en\s+(?:de\s+|het\s+)?")


def _between_pair(
    text: str, here: list[Candidate], span: tuple[int, int], match: re.Match[str], start: int
) -> list[Relation]:
    """The two bodies right after "samenwerking tussen", joined by "en"."""
    if not match.group().lower().endswith("tussen"):
        return []
    bodies = [m for m in here if m.cls in COOPERATORS | PARTNERS and m.begin >= start]
    if len(bodies) < 2 or not re.fullmatch(r"\s*(?:de\s+|het\s+)?", text[start : bodies[0].begin]):
        return []
    first, second = bodies[0], bodies[1]
    if (
        not _BETWEEN_AND.fullmatch(text, first.end, second.begin)
        or first.iri == second.iri
        or (first.iri in MEMBER_STATES and second.iri in MEMBER_STATES)
        or BENELUX_UNION in (first.iri, second.iri)  # the Union's own rule: it comes first
    ):
        return []
    return [Relation(first.iri, COOPERATES, second.iri, span)]


# "..., en met het Benelux-NRW Netwerk": a further partner after a relative clause.
# "en sinds 2011 ook met de Noordse Raad": a few words may stand between.
_AND_WITH = re.compile(r",?\s+en\s+(?:(?:[a-z]+|\d{4})\s+){0,3}?met\s+(?:de\s+|het\s+)?$")
# Who may be the subject of "werkt samen met": a body, a region, an organisation or a group
# (the states' cooperation is what the Union is, not a partnership of it).
COOPERATORS = {
    "Institution",
    "BeneluxUnion",
    "NeighbouringRegion",
    "ExternalOrganisation",
    "NationalBody",
    "WorkingGroup",
}


# Between a subject and an infinitive of cooperation: "zal nauw", "besloot voor dit dossier".
_AUXILIARY_GAP = re.compile(
    r"(?:zal|zullen|wil|willen|gaat|gaan|moet|moeten|kan|kunnen|besloot|besluit|besloten"
    r"|beslist|wenst|zou|zouden)\s+(?:(?:[a-z]+|\d{4})\s+){0,4}?"
)


def _group_by_kind(
    text: str,
    span: tuple[int, int],
    verb_start: int,
    mentions: Sequence[Candidate],
    match: re.Match[str],
) -> Candidate | None:
    """The subject "de werkgroep" of a verb of cooperation opening the sentence ("De
    werkgroep werkt nauw samen met Europol"): the last group of that kind named before."""
    if not match.group().lower().startswith(("werk", "samenwerk", "samen te werk")):
        return None
    kind = _KIND_SUBJECT.match(text, _section_end(text, span), verb_start)
    # "De taskforce zal nauw samenwerken met", "De commissie besloot samen te werken met":
    # an auxiliary or a verb of deciding, and adverbs, between.
    if (
        kind is not None
        and kind.end() != verb_start
        and not match.group().lower().startswith("werk")
    ):
        gap = _AUXILIARY_GAP.fullmatch(text, kind.end(), verb_start)
        return _last_of_kind(text, span, mentions, kind.group(1).lower()) if gap else None
    if kind is None or kind.end() != verb_start:
        # After the verb: "Op Europees niveau werkt de werkgroep samen met de ELA".
        kind = _KIND_AFTER_VERB.match(match.group())
    if kind is None:
        return None
    return _last_of_kind(text, span, mentions, kind.group(1).lower())


# An adverb opening the sentence, the verb of cooperation, then a pronoun as its subject:
# "Daarnaast werkt het samen met", "Sinds 2020 werkt zij nauw samen met".
_INVERTED_PRONOUN = re.compile(
    r"\s*(?:[A-Z][a-z]+|(?:Sinds|In|Vanaf)\s+\d{4})\s+((?:werkt|werkte)\s+(?:het|zij|ze|hij))\s+"
    r"(?:[a-z]+\s+){0,2}samen"
)


def _pronoun_cooperator(
    text: str,
    here: list[Candidate],
    span: tuple[int, int],
    previous: tuple[int, int] | None,
    mentions: Sequence[Candidate],
    verb_start: int,
    match: re.Match[str],
) -> Candidate | None:
    """ "Het platform rapporteert aan het Comité. Het werkt samen met X": the subject of the
    sentence before, for a pronoun opening this one."""
    if not match.group().lower().startswith(("werk", "samenwerk")):
        return None
    inverted_at = _INVERTED_PRONOUN.match(text, _section_end(text, span), span[1])
    if inverted_at is not None and inverted_at.start(1) == verb_start:
        # "Daarnaast werkt het samen met X": the pronoun after the verb.
        inverted = _previous_subject(text, mentions, previous)
        return inverted if inverted is not None and inverted.cls in COOPERATORS else None
    if _SUBJECT_PRONOUN.match(text, _section_end(text, span)) is None:
        return None
    found = _subject_of(text, span, here, mentions, previous)
    if found is None or any(
        m.cls in COOPERATORS and found[1] <= m.begin < verb_start for m in here
    ):
        return None
    if _SINGULAR_SHE.match(text, _section_end(text, span)) and any(
        _LIST_GOES_ON.fullmatch(text, found[0].end, m.begin)
        for m in mentions
        if m.begin > found[0].end
    ):
        # "X, Y en Z zijn als partner toegetreden. Zij werkt samen met W": a singular verb
        # cannot stand for a list; "zij" is the group spoken of (a werkgroep, a taskforce).
        group = _last_group(text, span, mentions)
        return group if group is not None and group.cls in COOPERATORS else None
    return found[0]


# A feminine singular pronoun and its verb: "Zij werkt", "Ze werkte".
_SINGULAR_SHE = re.compile(r"\s*(?:Zij|Ze)\s+(?:werkt|werkte)\s")
# The next name of a coordinated list: "Proximus, KPN en POST".
_LIST_GOES_ON = re.compile(r"\s*(?:,|\ben\b)\s*(?:de\s+|het\s+)?")


# What opens a sentence before its subject: a section number, an article.
_SUBJECT_OPENING = re.compile(r"\s*(?:\d+(?:\.\d+)*\s+)?(?:(?:De|Het|Dit|Deze|Dat)\s+)?")


def _main_subject(
    text: str,
    here: list[Candidate],
    span: tuple[int, int],
    verb_start: int,
    mentions: Sequence[Candidate],
    match: re.Match[str],
) -> Candidate | None:
    """The subject opening the sentence, for a verb of cooperation in a later clause with no
    name of its own: "De werkgroep X, die onder Y valt, werkt de verklaring uit en werkt
    daarbij samen met Europol", "Het Forum werkt aan X en zal nauw samenwerken met Y"."""
    if not match.group().lower().startswith(("werk", "samenwerken", "samenwerkt")):
        return None
    breaks = _clause_breaks(text, here, span[0], verb_start)
    if not breaks or any(breaks[-1] <= m.begin < verb_start for m in here):
        return None
    opening = _SUBJECT_OPENING.match(text, _section_end(text, span), span[1])
    at = opening.end() if opening is not None else span[0]
    first = next((m for m in here if m.begin == at and m.cls in COOPERATORS), None)
    if first is not None:
        return first
    kind = _KIND_SUBJECT.match(text, _section_end(text, span), verb_start)
    if kind is None or any(m.begin < verb_start for m in here):
        return None
    return _last_of_kind(text, span, mentions, kind.group(1).lower())


# "X en Y werken (sinds 2026 op dit terrein nauw) samen", "X en Y zullen samenwerken": both
# the subject.
# Not "X en Y werken samen in de Taskforce Z": members of one group, no partners.
_TOGETHER = re.compile(
    r"\s+(?:(?:werken|werkten)\s+(?:[^\s.;:,]+\s+){0,7}?samen"
    # Exercising together is working together: "X en Y oefenen (jaarlijks) samen".
    r"|(?:oefenen|oefenden)\s+(?:[^\s.;:,]+\s+){0,7}?samen"
    r"|(?:zullen|willen|gaan|blijven)\s+(?:[^\s.;:,]+\s+){0,3}?samenwerken"
    # "X en Y hebben afgesproken (om) samen te werken", "X en Y besloten in 2024 samen te
    # werken", "X en Y kwamen overeen samen te werken", "X en Y trekken samen op".
    r"|(?:hebben|spraken|besloten|kwamen|komen)\s+(?:[^\s.;:,]+\s+){0,3}?(?:af\s+)?(?:om\s+)?"
    r"samen\s+te"
    r"\s+werken|(?:trekken|trokken)\s+(?:[^\s.;:,]+\s+){0,3}?samen\s+op"
    # "X en Y hebben (in 2024) een samenwerkingsakkoord gesloten".
    r"|(?:hebben|sloten|ondertekenden|tekenden)\s+(?:[^\s.;:,]+\s+){0,3}?"
    r"samenwerkings(?:akkoord|overeenkomst|protocol)"
    # "X en Y zetten hun samenwerking voort", "X en Y hebben hun nauwe samenwerking versterkt".
    r"|(?:zetten|zetteden|versterken|versterkten|hebben|intensiveren|intensiveerden|verdiepen"
    r"|verdiepten|breiden|breidden)\s+(?:[^\s.;:,]+\s+){0,3}?hun\s+(?:[a-z]+e\s+)?"
    r"samenwerking(?!\s+met\b)"
    # "X en Y zijn (sinds 2020) partners", not "partners in het project".
    r"|(?:zijn|waren)\s+(?:[^\s.;:,]+\s+){0,2}?partners(?!\s+(?:in|van|binnen|bij)\b))(?!\w)"
    r"(?!\s+met\b)(?!\s+(?:in|binnen)\s+(?:de|het)\s(?!kader\s))"
)


def _working_together(
    text: str, here: list[Candidate], span: tuple[int, int]
) -> Iterator[Relation]:
    """ "Het Beneluxparlement en de Noordse Raad werken vanaf 2026 samen": the first works
    with the second (two member states working together are the Benelux itself)."""
    for second in here:
        if second.cls not in PARTNERS | COOPERATORS:
            continue
        if not _TOGETHER.match(text, second.end) and not _inverted_together(text, here, second):
            continue
        before = [m for m in here if m.end <= second.begin]
        first = before[-1] if before else None
        if (
            first is None
            # A state with a neighbour: "Nederland en NRW werken samen in het kader van".
            or first.cls not in COOPERATORS | PLACES
            or first.iri == second.iri
            or not (
                _COORDINATED.fullmatch(text, first.end, second.begin)
                # The nationality of the second only after a body: a place before it may end
                # a name not found ("Het Agence régionale de santé Grand Est en het
                # Luxemburgse ministerie").
                or (
                    first.cls not in PLACES
                    and _COORDINATED_NATIONAL.fullmatch(text, first.end, second.begin)
                )
            )
            or (first.iri in MEMBER_STATES and second.iri in MEMBER_STATES)
        ):
            continue
        yield Relation(first.iri, COOPERATES, second.iri, span)


# Joining hands: "X en Y slaan de handen ineen met Z", "Daarvoor slaan X en Y de handen
# ineen met Z", "X heeft (in 2024) de handen ineen geslagen met Z".
_HANDS_VERBS = r"slaan|slaat|sloeg|sloegen|hebben|heeft|hadden|had"
_HANDS_VERB = re.compile(rf"(?<!\w)(?:{_HANDS_VERBS})(?!\w)")
_HANDS_WITH = re.compile(
    rf"(?P<verb>\s+(?:{_HANDS_VERBS})(?:\s+[^\s.;:,]+){{0,3}}?)?,?\s*de\s+handen\s+ineen"
    rf"(?:\s+(?:geslagen|te\s+slaan))?\s+met\s+(?:de\s+|het\s+)?(?:{_NATIONALITY})?"
)
_HANDS_LIST = re.compile(rf"{_LIST_GLUE}(?:{_NATIONALITY})?")
_ABBREVIATION_AFTER = re.compile(r"\s*\([^()]{1,20}\)")


def _joined_hands(text: str, here: list[Candidate], span: tuple[int, int]) -> Iterator[Relation]:
    """ "Daarvoor slaan BOSA en Logius de handen ineen met de AED": each body of the
    coordinated subject (after the verb, or before it) works with each partner after "met"."""
    if text.find("handen ineen", span[0], span[1]) < 0:
        return
    bodies: list[Candidate] = []
    for m in (m for m in here if m.cls in COOPERATORS | PLACES):
        if bodies and bodies[-1].end <= m.begin and text[bodies[-1].end : m.begin].strip() == "(":
            continue  # "de FOD Beleid en Ondersteuning (BOSA)": the abbreviation of the name
        if not bodies or m.begin >= bodies[-1].end:
            bodies.append(m)
    for i, m in enumerate(bodies):
        hands = _HANDS_WITH.match(text, _abbreviated_end(text, m.end, span[1]), span[1])
        if hands is None:
            continue
        if hands.group("verb") is not None:
            # "X en Y slaan (voortaan) de handen ineen met": the list of bodies ending in
            # ``m``, back to its first item.
            subject = [m]
            for q in reversed(bodies[:i]):
                glue = _abbreviated_end(text, q.end, subject[0].begin)
                if not _HANDS_LIST.fullmatch(text, glue, subject[0].begin):
                    break
                subject.insert(0, q)
        else:
            # Inverted, "Daarvoor slaan X, Y en Z de handen ineen met": every body between
            # the verb and "de handen", in one clause.
            verbs = list(_HANDS_VERB.finditer(text, span[0], m.begin))
            if not verbs or _SENTENCE_BREAK.search(text, verbs[-1].end(), m.begin):
                continue
            subject = [q for q in bodies[: i + 1] if q.begin >= verbs[-1].end()]
            if hands.group().startswith(","):
                # "slaan de Belgische en de Nederlandse Peppol-autoriteit, BOSA en Logius, de
                # handen ineen": a list set off by commas is an apposition, naming the bodies
                # the noun before it describes; only the list's items are the subject.
                commas = [
                    k
                    for k in range(1, len(subject))
                    if re.fullmatch(
                        r",\s*(?:de\s+|het\s+)?", text[subject[k - 1].end : subject[k].begin]
                    )
                ]
                subject = subject[commas[-1] :] if commas else subject
        listed: list[Candidate] = []
        for q in bodies[i + 1 :]:
            # The first partner right after "met", the others coordinated with it.
            first = not listed and q.begin == hands.end()
            if first or (
                listed
                and _HANDS_LIST.fullmatch(
                    text, _abbreviated_end(text, listed[-1].end, q.begin), q.begin
                )
            ):
                listed.append(q)
            elif listed or q.begin > hands.end():
                break
        for c in subject:
            for q in listed:
                if c.iri != q.iri and not (c.iri in MEMBER_STATES and q.iri in MEMBER_STATES):
                    yield Relation(c.iri, COOPERATES, q.iri, span)


# "Met Wallonië onderzoekt het Departement Zorg hoe ...": a partner fronted by "met" before
# a verb of joint work, whose subject follows it (the main clause inverted).
_FRONTED_WITH = re.compile(rf"\s*(?:[-•*–]\s*)?Met\s+(?:de\s+|het\s+)?(?:{_NATIONALITY})?")
# A list item may open the clause inside a span the sentence splitter did not cut.
_ITEM_OPENING = re.compile(r"\n[ \t]*[-•*–][ \t]+(?=Met\s)")
_JOINT_WORK_AFTER = re.compile(
    r"\s+(?:onderzoekt|onderzoeken|onderzocht|onderzochten|verkent|verkennen|verkende"
    r"|verkenden|ontwikkelt|ontwikkelen|ontwikkelde|ontwikkelden|bereidt|bereiden|bereidde"
    r"|bereidden|werkt|werken|werkte|werkten|overlegt|overleggen|overlegde|overlegden"
    r"|bespreekt|bespreken|besprak|bespraken)\s+(?:de\s+|het\s+)?"
    rf"(?:{_NATIONALITY})?"
)


def _fronted_with(text: str, here: list[Candidate], span: tuple[int, int]) -> Iterator[Relation]:
    """ "Met Wallonië onderzoekt het Departement Zorg ...", "Met de ADEM werkt het UWV aan
    ...": the subject after the verb works with the partner the sentence opens with."""
    if text.find("Met", *span) < 0:
        return
    starts = [span[0], *(o.end() for o in _ITEM_OPENING.finditer(text, *span))]
    bodies = [m for m in here if m.cls in COOPERATORS | PLACES]
    for start in starts:
        opening = _FRONTED_WITH.match(text, start, span[1])
        first = next((m for m in bodies if opening and m.begin == opening.end()), None)
        if first is None:
            continue
        verb = _JOINT_WORK_AFTER.match(text, _abbreviated_end(text, first.end, span[1]), span[1])
        subject = next((m for m in bodies if verb is not None and m.begin == verb.end()), None)
        if subject is None or subject.cls not in COOPERATORS or subject.iri == first.iri:
            continue
        line_end = text.find("\n", subject.end, span[1])
        if _NEGATION.search(text, start, line_end if line_end >= 0 else span[1]):
            continue  # "Met Frankrijk werkt de dienst (nog) niet samen"
        if first.iri in MEMBER_STATES and subject.iri in MEMBER_STATES:
            continue
        yield Relation(subject.iri, COOPERATES, first.iri, span)


def _abbreviated_end(text: str, end: int, limit: int) -> int:
    """The end of a name with the abbreviation in parentheses after it ("Logius (DGI)")."""
    after = _ABBREVIATION_AFTER.match(text, end, limit)
    return after.end() if after is not None else end


# "Sinds 2020 werken X en Y (nauw) samen": the verb before its coordinated subject.
_WORK_BEFORE = re.compile(r"(?<!\w)(?:werken|werkten|oefenen|oefenden)\s+(?:de\s+|het\s+)?\Z")
_SAMEN_CLOSING = re.compile(
    r"\s+(?:[^\s.;:,]+\s+){0,5}?samen(?!\w)(?!\s+met\b)"
    r"(?!\s+(?:in|binnen)\s+(?:de|het)\s(?!kader\s))"
)


def _inverted_together(text: str, here: list[Candidate], second: Candidate) -> bool:
    """Whether ``second`` closes a subject after its verb "werken" ("Daarnaast werken X en Y
    nauw samen")."""
    before = [m for m in here if m.end <= second.begin]
    if not before or not _SAMEN_CLOSING.match(text, second.end):
        return False
    first = before[-1]
    verb = _WORK_BEFORE.search(text[max(0, first.begin - 20) : first.begin])
    # "In de werkgroep werken X en Y samen": members of one group, no partners.
    opening = text[max(0, first.begin - 60) : first.begin]
    return verb is not None and _IN_GROUP_BEFORE.search(opening) is None


# "In de werkgroep", "Binnen het netwerk", "Daarin": the group the verb's subject is in.
_IN_GROUP_BEFORE = re.compile(
    r"(?<!\w)(?:[Ii]n|[Bb]innen)\s+(?:de|het|deze|dit)\s|[Dd]aarin|[Hh]ierin"
)


# "werkt de werkgroep samen met": the subject after the verb.
_KIND_AFTER_VERB = re.compile(r"werk\w*\s+(?:de|het)\s+([a-z]{4,})\s", re.IGNORECASE)
# The number of a section opening a sentence: "4.2.2  De werkgroep werkt samen met ...".
_SECTION_NUMBER = re.compile(r"\s*\d+(?:\.\d+)+\s+")


# A heading glued to the sentence after it, where no full stop parts them (a letter's
# "Samenwerking tussen de toezichthouders\nDe ANVS werkt ..."): a short first line without
# punctuation that does not end in a function word (as "Het Comité van\nMinisters" does),
# before a line that opens as a sentence does.
_HEADING_LINE = re.compile(
    r"[^\S\n]*[A-Z][^.,;:!?()\n]{2,55}(?<!\sde)(?<!\shet)(?<!\seen)(?<!\svan)(?<!\sen)"
    r"(?<!\sin)(?<!\sop)(?<!\smet)(?<!\svoor)(?<!\sbij)(?<!\saan)(?<!\suit)(?<!\stot)"
    r"\n[^\S\n]*(?=(?:De|Het|Een|Dit|Deze|In|Op|Sinds|Met|Voor|Tijdens|Bij|Na|Ook)\s)"
)


def _section_end(text: str, span: tuple[int, int]) -> int:
    """Where a sentence starts after the number of its section, if it opens with one, or
    after a heading on a line of its own."""
    number = _SECTION_NUMBER.match(text, span[0], span[1])
    if number is not None:
        return number.end()
    # (Only a sentence with a line break near its opening may have one: a cheap test first.)
    if text.find("\n", span[0], min(span[1], span[0] + 60)) < 0:
        return span[0]
    heading = _HEADING_LINE.match(text, span[0], span[1])
    return heading.end() if heading is not None else span[0]


_CLAUSE_BREAK = re.compile(r"[,;:()]|\s(?:die|dat|en|maar|terwijl)\s")


def _clause_breaks(text: str, here: Sequence[Candidate], begin: int, end: int) -> list[int]:
    """Where clauses begin between ``begin`` and ``end``; not inside a name ("de Algemene
    Administratie van Douane en Accijnzen werken samen met")."""
    return [
        b.end()
        for b in _CLAUSE_BREAK.finditer(text, begin, end)
        if not any(m.begin < b.start() < m.end for m in here)
    ]


# How a verb of cooperation opens ("werkt samen met", "heeft samengewerkt met", "besloot
# samen te werken met", "trekt samen op met"); a noun ("de samenwerking met X") does not.
_COOPERATING_VERBS = (
    *("werk", "samenwerken", "samenwerkt", "he", "samen te", "trek", "trok", "samen op"),
    # "X oefent (jaarlijks) samen met Y".
    *("oefen",),
    *("gaat", "gaan", "ging"),
    # "X sloot in 2024 een partnerschap met Y": the verb of closing, with its subject before.
    *("sloot", "sluit", "sloten", "sluiten"),
)


def _cooperating(
    text: str,
    here: list[Candidate],
    sentence_start: int,
    begin: int,
    end: int,
    match: re.Match[str],
) -> Candidate | None:
    """The subject of a verb of cooperation ("Het Beneluxparlement werkt sinds 2022 samen
    met", "Sinds 2018 werkt de Région Hauts-de-France samen met"): the body named last
    before "met" in the same clause. A noun ("de samenwerking met X") has no subject."""
    if not match.group().lower().startswith(_COOPERATING_VERBS):
        return None
    breaks = _clause_breaks(text, here, sentence_start, begin)
    clause = breaks[-1] if breaks else sentence_start
    before = [
        m
        for m in here
        if clause <= m.begin
        and m.end <= end - len("met")
        and (
            m.cls in COOPERATORS
            or (m.cls in PLACES and _state_subject(text, m, sentence_start, begin))
        )
    ]
    if not before:
        return None
    # "Het Handhavingsforum van ECHA werkt samen met": the forum, not its owner, whether
    # the owner is part of the forum's name or not.
    last = before[-1]
    container = next(
        (m for m in before if m.begin <= last.begin and last.end <= m.end and m is not last),
        None,
    )
    return container or _owned_by(text, here, last) or last


def _owned_by(text: str, here: list[Candidate], owner: Candidate) -> Candidate | None:
    """The body named right before ``owner`` as its part ("het Handhavingsforum van het
    Europees Agentschap voor chemische stoffen"), if any."""
    return next(
        (
            m
            for m in here
            if m.end < owner.begin
            and m.cls in COOPERATORS
            and _OF_THE_OWNER.fullmatch(text, m.end, owner.begin)
        ),
        None,
    )


# Before a state that is no subject of its own: one of a list ("België, Nederland en
# Luxemburg") or of a relative clause ("waarin ...").
_NOT_ALONE = re.compile(r"(?:,|(?<!\w)en)\s*$|(?<!\w)(?:waar\w*|die|dat)(?!\w)")


def _state_subject(text: str, m: Candidate, sentence_start: int, verb: int) -> bool:
    """ "Nederland werkt ook in 2026 nauw samen met NRW": a state right before the verb is
    its subject; not in "Voor de grensstreek met Duitsland werkt de werkgroep samen met ..."
    nor "..., waarin België, Nederland en Luxemburg samenwerken met ..."."""
    return (
        not text[m.end : verb].strip()
        and _KIND_AFTER_VERB.match(text, verb) is None
        and _NOT_ALONE.search(text, sentence_start, m.begin) is None
    )


# An adjective of nationality may stand before the next name ("en het Duitse Open Grid Europe").
_AND = re.compile(
    r"\s*(?:,?\s*(?:net\s+als|evenals|alsook|alsmede)\s+|,\s*(?:en\s+)?|\s+en\s+(?:ook\s+)?"
    r"|\s+samen\s+met\s+)(?:met\s+)?(?:de\s+|het\s+)?"
    rf"(?:{_NATIONALITY})?"
)
_AND_ADJECTIVE = re.compile(_NATIONALITY)
_COORDINATED = re.compile(rf"(?:\s*\([^()]{{1,60}}\))?{_LIST_GLUE}")
# The second partner may carry its nationality outside its name: "Het UWV en het Belgische
# Fonds voor Sluiting van Ondernemingen werken samen".
_COORDINATED_NATIONAL = re.compile(rf"{_COORDINATED.pattern}(?:{_NATIONALITY})?")
# The verbs of belonging to a parent body, in the forms the documents use.
# The second verb of a relative clause, of belonging: "(die in 2027 werd opgericht) en deel
# uitmaakt van", "en onder ... valt" is read with the parent after it.
_AND_PART_OF = (
    r"en\s+(?:deel\s+uit(?:maakt|maken|maakte|maakten)\s+van"
    r"|(?:rapporteert|rapporteren|rapporteerde)\s+aan|(?:valt|vallen|viel)\s+onder)"
)
_FALLS = r"valt|vallen|viel|vielen"
_RESSORTS = r"ressorteert|ressorteren"
_REPORTS_VERB = r"rapporteert|rapporteren|rapporteerde|rapporteerden"
# Other verbs of belonging, up to the preposition before the parent: "maakt deel uit van",
# "is ondergebracht bij", "is een onderdeel van", "hangt af van", "brengt verslag uit aan",
# "werkt in opdracht van", "wordt aangestuurd door", "werd opgericht door/binnen".
_BELONGS = (
    r"(?:maakt|maken|maakte|maakten)\s+(?:[a-z]+\s+){0,2}?deel\s+uit\s+van"
    r"|(?:is|zijn|was|waren|werd|werden|wordt|worden)\s+(?:(?:[a-z]+|\d{4})\s+){0,2}?"
    r"(?:(?:een\s+|het\s+)?onderdeel\s+van|ondergebracht\s+bij|aangestuurd\s+door|ingebed\s+in"
    r"|opgericht\s+(?:door|binnen|onder))"
    # A participle in apposition: "X, in 2019 opgericht door het Y,", "X, ondergebracht bij Y".
    r"|,\s*(?:(?:[a-z]+|\d{4})\s+){0,2}?(?:opgericht\s+(?:door|binnen)|ondergebracht\s+bij|ingebed\s+in"
    r"|aangestuurd\s+door)"
    r"|(?:hangt|hangen|hing|hingen)\s+(?:[a-z]+\s+){0,2}?af\s+van"
    # Reporting with a noun: "brengt (jaarlijks) verslag uit aan", "legt verslag af aan" and
    # the blend of the two, "legt verslag uit aan".
    r"|(?:brengt|brengen|bracht|brachten|legt|leggen|legde|legden)\s+(?:(?:[a-z]+|\d{4})\s+)"
    r"{0,4}?verslag\s+(?:uit|af)\s+aan"
    r"|(?:werkt|werken|werkte|werkten)\s+(?:[a-z]+\s+){0,2}?in\s+opdracht\s+van"
)
# A body of a state under another: "valt (sinds 2019) onder", "ressorteert onder", "maakt
# deel uit van", "is een onderdeel van", "is ondergebracht bij" (not "opgericht door": a
# founder is no parent, nor "werkt binnen": a place of work).
_BODY_UNDER = re.compile(
    r"(?:\s*\([^()]{1,40}\))?,?\s*(?:die\s+|dat\s+)?"
    rf"(?:(?:{_FALLS}|{_RESSORTS}|ressorteerde)\s+(?:(?:[a-z]+|\d{{4}})\s+){{0,3}}?onder"
    r"|(?:maakt|maken|maakte)\s+(?:[a-z]+\s+){0,2}?deel\s+uit\s+van|deel\s+uitmaakt\s+van"
    r"|(?:is|zijn|was|waren|werd|wordt)\s+(?:(?:[a-z]+|\d{4})\s+){0,2}?"
    r"(?:(?:een\s+|het\s+)?onderdeel\s+van|ondergebracht\s+bij))"
    r"\s+(?:de\s+|het\s+)?"
)
_UNDER = re.compile(
    r"(?:\s*\([^()]{1,40}\))?"
    # "valt onder", "valt sinds 2020 rechtstreeks onder", "die deel uitmaakt van"; the
    # participle of a founding may stand before the clause ("X ingesteld, die valt onder").
    r"(?:\s+(?:ingesteld|opgericht)(?=,))?"
    rf"(?:,?\s*(?:die\s+|dat\s+)?(?:(?:{_FALLS}|{_RESSORTS}|werkt|werken"
    r"|functioneert|opereert|staat|staan|stond|stonden)\s+(?:(?:[a-z]+|\d{4})\s+){0,3}?"
    r"(?:onder|binnen)"
    rf"|{_BELONGS}|deel\s+uitmaakt\s+van|deel\s+uitmaken\s+van)|\s+(?:onder|binnen)"
    # "X, die in 2027 werd opgericht en deel uitmaakt van het Directiecomité Y".
    rf"|,\s*(?:die|dat)\s+(?:(?:[a-z]+|\d{{4}})\s+){{1,5}}?{_AND_PART_OF}"
    # "het netwerk X, dat rapporteert aan het College", "X, die rechtstreeks rapporteert aan
    # het College", "X, dat op zijn beurt rapporteert (verantwoording aflegt) aan het College";
    # also after a semicolon: "... onder het Directiecomité X; dat rapporteert aan het College".
    rf"|[,;]?\s*(?:die\s+|dat\s+)(?:[a-z]+\s+){{0,3}}?(?:{_REPORTS_VERB}"
    r"|verantwoording\s+afleg(?:t|gen))\s+(?:[a-z]+\s+){0,3}?aan)"
    r"\s+(?:de\s+|het\s+)?(?:(?:auspiciën|verantwoordelijkheid|leiding|coördinatie|paraplu"
    r"|vleugels|aansturing|regie)\s+van\s+(?:de|het)\s+)?(?:bredere?\s+)?"
    r"|(?:\s*\([^()]{1,40}\))?\s+van\s+(?:de|het)\s+"
    # "het Digital Transport and Logistics Forum (DTLF), een expertgroep van de Commissie".
    # The noun is no name ("het Europees Parlement, de Raad van de Europese Unie" is a list).
    # "X, een vaste commissie van het Benelux Parlement": adjectives may stand before the noun.
    r"|(?:\s*\([^()]{1,40}\))?,\s+(?:een|de|het)\s+(?-i:(?:[a-z]+e\s+){0,2}(?=[a-z]))"
    r"[\w-]*?(?:groep|comité|orgaan|forum|netwerk|platform|overleg|raad|agentschap|dienst"
    r"|bureau|centrum|instituut|onderdeel|commissie)\s+van\s+(?:de|het)\s+"
    # One of several: "X, een van de directiecomités van het College".
    r"|(?:\s*\([^()]{1,40}\))?,\s+(?-i:een)\s+van\s+de\s+(?-i:(?:[a-z]+e\s+){0,2}(?=[a-z]))"
    r"[\w-]*?(?:groep|comité|orgaan|forum|netwerk|platform|overleg|agentschap|dienst"
    r"|bureau|centrum|instituut|onderdel|commissie)(?:s|en)\s+van\s+(?:de|het)\s+"
    # "X is een werkgroep van het Y", "ITEM is het expertisecentrum ... van de Universiteit".
    r"|\s+(?:is|was)\s+(?:een|de|het)\s+[\w-]*?(?:groep|comité|orgaan|forum|netwerk|platform"
    r"|overleg|agentschap|dienst|bureau|centrum|instituut|onderdeel)"
    r"(?:\s+(?:voor|inzake)\s+[\w-]+(?:\s+[\w-]+){0,2}?)?\s+van\s+(?:de|het)\s+",
    re.IGNORECASE,
)
# A sentence that opens with a group's kind and a relative clause: "Het netwerk, dat ...".
_THIS_SUBJECT = re.compile(r"\s*(?:Deze|Dit)\s+[a-z]{4,}")
# "Dat netwerk valt onder", "Dat netwerk, waarin ook X participeert, valt eveneens onder",
# "De werkgroep maakt deel uit van".
_REPORTS_OR_UNDER = re.compile(
    r"(?:,\s*(?:die|dat|waarin|waaraan|waarvan|waarbij)\s[^,.;:]{1,120},)?"
    rf"(?:\s+(?:[a-z]+\s+){{0,2}}?(?:{_REPORTS_VERB})\s+(?:[a-z]+\s+){{0,2}}?aan"
    # "De werkgroep ressorteert onder het Directiecomité": "ressorteren" as "vallen".
    rf"|\s+(?:{_FALLS}|{_RESSORTS}|ressorteerde)\s+(?:(?:[a-z]+|\d{{4}})\s+){{0,2}}?onder"
    rf"|\s+(?:{_BELONGS}))"
    r"\s+(?:de\s+|het\s+)?"
)
_UNDER_THIS = re.compile(
    rf",?\s*(?:die\s+|dat\s+)?(?:{_FALLS})\s+(?:ook\s+)?onder\s+(?:deze|dit)\s+"
    r"([a-z]{4,})(?!\w)"
)
# A second verb of belonging for the subject of the sentence: "... werd in 2019 opgericht en
# valt onder het Directiecomité", "... ontstond in 1996 en rapporteert jaarlijks aan het".
_AND_BELONGING = re.compile(
    rf"\s+en\s+(?:(?:{_FALLS}|{_RESSORTS})\s+(?:[a-z]+\s+){{0,2}}?onder"
    rf"|(?:{_REPORTS_VERB})\s+(?:[a-z]+\s+){{0,2}}?aan|{_BELONGS})\s+(?:de\s+|het\s+)?"
)
# "rapporteert via het Directiecomité aan het College": the body between, and above it.
_REPORTS_VIA = re.compile(
    rf"(?<!\w)(?:{_REPORTS_VERB}|legt\s+verantwoording\s+af|leggen\s+verantwoording\s+af)"
    r"\s+(?:[a-z]+\s+){0,2}?via\s+(?:de\s+|het\s+)?"
)
_VIA_TO = re.compile(r"\s+aan\s+(?:de\s+|het\s+)?")
# A body gone through named by its kind: "via het overleg", "via dit directiecomité".
_VIA_KIND = re.compile(r"(?:dit\s+|deze\s+)?([a-zé]{4,})(?=\s+aan\s)")
# "de Dienst Uitvoering Onderwijs (DUO), waar het Nationaal Coördinatiepunt is
# ondergebracht": the parent, then a relative clause of place with the part.
_WHERE_HOUSED = re.compile(
    r"(?:\s*\([^()]{1,40}\))?,\s*(?:waar|waarin|waarbinnen)\s+(?:ook\s+)?(?:de\s+|het\s+)?"
)
_HOUSED_VERB = re.compile(
    r"\s+(?:(?:[a-z]+|\d{4})\s+){0,3}?"
    r"(?:(?:is|zijn|was|waren|werd|werden|wordt|worden)\s+(?:ondergebracht|opgericht)"
    r"|(?:ondergebracht|opgericht)\s+(?:is|zijn|was|waren|werd|werden|wordt|worden))(?!\w)"
)
_AS_WELL = re.compile(r",?\s*(?:evenals|net\s+als)\s+(?:de\s+|het\s+)?")
# "Dat netwerk, dat aan het Comité rapporteert, ...": the demonstrative too.
_KIND_OPENING = re.compile(r"\s*(?:Het|De|Dit|Deze|Dat)\s+([a-z]{4,})(?=,\s*(?:die|dat)\s)")
_OF_THE = re.compile(r"\s+van\s+de\s+")
_OF_THE_REGION = re.compile(r"\s+van\s+(?:de|het)\s+")
_BENELUX_DASH_END = re.compile(r"Benelux\s*[-–—]\s*$")
# "Benelux-", "Benelux Unie-", "Benelux – " inside a name, before the region joined to it.
_BENELUX_DASH = re.compile(r"Benelux(?:[\s-]+Unie)?\s*[-–—]\s*")
_DASH_BENELUX = re.compile(r"\s*[-–—]\s*Benelux(?![\w-])")
# A sentence that opens with its parent body: "Binnen het Senningenoverleg is ...".
# "Onder aansturing van het Directiecomité X werkt ...", "Onder de vleugels van het ...".
_WITHIN_OPENING = re.compile(
    r"\s*(?:Binnen|Onder)\s+(?:(?:de\s+)?(?:leiding|aansturing|auspiciën|vleugels|regie"
    r"|verantwoordelijkheid)\s+van\s+)?(?:de|het)\s+"
)
# The opening of a relative clause whose verb follows the parent body ("..., die onder het
# Comité van Ministers valt", "..., die rechtstreeks aan het Comité rapporteert").
# "..., die door het Senningenoverleg werd opgericht", "..., dat bij het College is
# ondergebracht".
_UNDER_CLAUSE = re.compile(
    # "X ingesteld, die valt onder": the participle of a founding before the clause.
    r"(?:\s+(?:ingesteld|opgericht)(?=,))?"
    r",?\s*(?:die|dat)\s+(?:[a-z]+\s+){0,3}?(?:onder|binnen|aan|door|bij)\s+(?:de|het)\s+",
    re.IGNORECASE,
)
# The verb may follow an auxiliary ("die aan het Senningenoverleg zal rapporteren") or be a
# passive ("die door het Comité werd opgericht", "dat bij het College is ondergebracht").
_UNDER_VERB = re.compile(
    rf"\s+(?:{_FALLS}|{_RESSORTS}|{_REPORTS_VERB}"
    r"|verantwoording\s+aflegt|functioneert|opereert"
    r"|(?:zal|zullen|moet|moeten|kan|kunnen|gaat|gaan)\s+(?:rapporteren|vallen|ressorteren"
    r"|functioneren|opereren)"
    r"|(?:werd|werden|wordt|worden|is|zijn)\s+(?:opgericht|ondergebracht|aangestuurd)"
    r"|(?:opgericht|ondergebracht|aangestuurd)\s+(?:werd|werden|wordt|worden|is|zijn))(?!\w)"
)
_ACTING_IN = re.compile(
    r"\s+(?:zal|zullen|is|zijn|blijft|blijven|was|waren|wil|willen)\s+(?:[a-z]+\s+){0,3}?"
    r"in\s+(?:de|het)\s+"
)
# Discussing in a group, the partners the subject, before the verb or (inverted) after it:
# "Sinds 2026 bespreken België, Nederland en Luxemburg de knelpunten in de werkgroep X",
# "De drie landen overleggen daarover in het Benelux-platform Y."
_DISCUSSING = re.compile(
    r"(?<!\w)(?:bespreken|bespreekt|bespraken|besprak|overleggen|overlegt|overlegden|overlegde"
    r"|behandelen|behandelt|behandelden|behandelde)(?!\w)"
)
_DISCUSSED_IN = re.compile(r"\s+(?:[^\s.;:,()]+\s+){0,6}?in\s+(?:de|het)\s+$")
_DISCUSSION_END = re.compile(r"(?:\s*\([^()]{1,20}\))?\s*(?:[.;]|$)")
# Before the first partner of the subject: "bespreken de FOD Justitie en ...".
_SUBJECT_LEAD = re.compile(rf"\s*(?:[Dd]e\s+|[Hh]et\s+)?(?:{_NATIONALITY})?")


def _discussing_in_group(
    text: str, here: list[Candidate], places: list[Candidate], span: tuple[int, int]
) -> Iterator[Relation]:
    """The partners that discuss something in a group named as the clause's last words take
    part in it (the subject listed right before the verb, from the clause's start, or right
    after it)."""
    for verb in _DISCUSSING.finditer(text, *span):
        opening = [o.end() for o in _CLAUSE_OPENING.finditer(text, span[0], verb.start())]
        start = opening[-1] if opening else span[0]
        # Inverted: the list right after the verb.
        lead = _SUBJECT_LEAD.match(text, verb.end(), span[1])
        subject = list(_listed(text, places, lead.end() if lead else verb.end(), span[1]))
        after = subject[-1].end if subject else verb.end()
        if not subject:
            # Straight: a list from the clause's start ending right before the verb.
            lead = _SUBJECT_LEAD.match(text, start, verb.start())
            subject = list(_listed(text, places, lead.end() if lead else start, verb.start()))
            if not subject or text[subject[-1].end : verb.start()].strip():
                continue
        group = next(
            (
                g
                for g in here
                if g.cls in GROUPS
                and g.begin > after
                and _DISCUSSED_IN.fullmatch(text, after, g.begin)
                and _DISCUSSION_END.match(text, g.end, span[1])
            ),
            None,
        )
        if group is None or any(after <= m.begin < group.begin for m in here):
            continue
        if _NEGATION.search(text, start, group.begin) or _NOT_YET.search(text, start, group.begin):
            continue
        for p in subject:
            yield Relation(group.iri, PARTICIPANT, p.iri, span)


_RELATIVE = re.compile(
    r",\s*(?:die|dat|welke|waarin|waarbij|waardoor|hoewel|terwijl|omdat|maar)\b|;|\bvolgens\b",
    re.IGNORECASE,
)
# The noun may hold an accent ("dit comité").
_DEMONSTRATIVE = re.compile(
    r"(?<!\w)(?:dit|deze|dat|die|het|de)\s+([a-zà-ÿ]+)(?![\w-])", re.IGNORECASE
)
# Present at a meeting: "aanwezig", "een delegatie", "woonden de zitting bij".
_PRESENT = re.compile(
    r"\b(?:aanwezig|delegatie|vertegenwoordigd)\b"
    r"|\b(?:woonde|woonden|woont|wonen)\s+(?:[^\s.;:]+\s+){0,4}?bij\b",
    re.IGNORECASE,
)
_PRESENT_WORDS = ("aanwezig", "delegatie", "vertegenwoordigd", "woon", "wonen")
MEETING_BODIES = PARTNERS | {"Institution", "NationalBody"}
# Who may be a party to an arrangement or a declaration besides places and organisations.
SIGNING_BODIES = {"Institution", "BeneluxUnion"}
_REFERENCE_REACH = 600  # characters back to the group a demonstrative refers to


def _present(text: str, span: tuple[int, int]) -> bool:
    """Whether _PRESENT is found in the span; looked for only where one of its words
    stands."""
    return may_contain(text, _PRESENT_WORDS, span[0], span[1]) and bool(
        _PRESENT.search(text, span[0], span[1])
    )


def _verb_search(
    verbs: Opened | re.Pattern[str], text: str, span: tuple[int, int]
) -> re.Match[str] | None:
    """The first verb of taking part in the span, passing over "het lid Van Dijk" (a member
    of parliament who asks, not a membership) and "de plenaire zitting in" (a session)."""
    verb = verbs.search(text, span[0], span[1])
    while verb is not None and (
        _MEMBER_OF_PARLIAMENT.search(text, max(0, verb.start() - 9), verb.end() + 2)
        or _session(text, verb)
    ):
        verb = verbs.search(text, verb.end(), span[1])
    return verb


def _session(text: str, verb: re.Match[str]) -> bool:
    """Whether the "zitting" of a verb of taking part ("zitting in", "heeft * zitting") is the
    noun of a session: "tijdens zijn plenaire zitting in de Senaat"."""
    at = verb.group().lower().find("zitting")
    if at < 0:
        return False
    at += verb.start()
    return _SESSION_NOUN.search(text, max(0, at - 16), at) is not None


def _split_verbs(phrases: tuple[str, ...]) -> Opened | None:
    """Separable verbs of the table ("nemen * deel"): thirty words may stand between ("nemen
    naast de Benelux-landen ook Duitsland, Frankrijk en Oostenrijk deel"); tried only where
    a first part begins (regex.Opened)."""
    split = [p.split(" * ") for p in phrases if " * " in p or " " not in p]
    if not split:
        return None
    alternatives = "|".join(
        r"\s+(?:[^\s.;:]+\s+){0,30}?".join(re.escape(part) for part in parts) for parts in split
    )
    firsts = [parts[0] for parts in split]
    pattern = re.compile(
        _opening(firsts) + r"(?<!\w)(?:" + alternatives + r")(?!\w)", re.IGNORECASE
    )
    return Opened(pattern, firsts)


# The bullets that open the items of a list; the sentences split before each.
_BULLET_GAP = re.compile(r"\s*[•·▪◦▸]\s*$")
# A numbered or lettered item opens a sentence of its own: "leden:\n1. het UWV;\n2. de VDAB".
_NUMBERED_ITEM = re.compile(r"(?:\d{1,2}[.)]|[a-z]\))[ \t]+(?:de\s+|het\s+)?[A-ZÀ-Ý]")
# The next item after a ";": a bullet, or a dash, an asterisk, a number or a letter opening
# the next line ("uit:\n- de VMM;\n- Rijkswaterstaat", "a) het UWV;\nb) de VDAB").
_NEXT_BULLET = re.compile(r"\s*(?:[•·▪◦▸]|\n[ \t]*(?:[-–*]|\d{1,2}[.)]|[a-z]\))[ \t])")


def _with_items(
    text: str,
    spans: Sequence[tuple[int, int]],
    by_sentence: Mapping[int, list[Candidate]],
    i: int,
) -> tuple[tuple[int, int], list[Candidate]]:
    """The sentence ``i`` and, where it ends on a colon, the bulleted items after it, each a
    sentence of its own ("De taskforce telt de volgende leden:\n• het NCCN;\n• ..."): the
    members the sentence announces are in them. The names of the items join the sentence's."""
    b, e = spans[i]
    here = list(by_sentence.get(i, []))
    if not text[b:e].rstrip().endswith(":") or _FOLLOWING.search(text, b, e):
        return (b, e), here  # "aan de volgende werkgroepen:": the items are groups, read apart
    items: list[Candidate] = []
    j = i + 1
    while j < len(spans) and (
        _BULLET_GAP.match(text, spans[j - 1][1], spans[j][0])
        or (
            "\n" in text[spans[j - 1][1] : spans[j][0]]
            and _NUMBERED_ITEM.match(text, spans[j][0], spans[j][1]) is not None
        )
    ):
        items.extend(by_sentence.get(j, []))
        e = spans[j][1]
        j += 1
    if not items or any(m.cls not in PARTNERS for m in items):
        # Items that name instruments or groups ("• de uitvoeringsovereenkomst inzake ANPR,
        # waarmee België en Nederland ... delen") are sentences of their own, no members.
        return spans[i], here
    return (b, e), here + items


def _asked(text: str, span: tuple[int, int]) -> bool:
    """Whether the sentence is a question ("Neemt X deel aan Y?", "Welke diensten ...?")."""
    return text[span[0] : span[1]].rstrip().endswith("?") and bool(
        _QUESTION_OPENING.match(text, span[0], span[1])
    )


def _modal_clause(text: str, span: tuple[int, int], verb: re.Match[str]) -> bool:
    """Whether the verb of joining is an infinitive under a modal verb that opens its clause:
    a possibility, no membership ("..., kan X vanaf 2027 aan het overleg deelnemen")."""
    if not _INFINITIVE.search(verb.group()):
        return False
    return _MODAL_IN_CLAUSE.search(text[span[0] : verb.start()]) is not None


def _clause_end(text: str, position: int, end: int) -> int:
    found = _RELATIVE.search(text, position, end)
    return found.start() if found else end


def _name_of(text: str, m: Candidate) -> str:
    """A mention's name in lower case: its label, or (a reference entity) its words."""
    return (m.label or " ".join(text[m.begin : m.end].split())).lower()


def _referred_group(
    text: str, span: tuple[int, int], mentions: Sequence[Candidate], nouns: Sequence[str] = ()
) -> Candidate | None:
    """The group a sentence without a name speaks of: "dit forum" is the last group whose
    name ends in "forum"; a delegation or those present attend the meeting just named."""
    before = [
        m
        for m in mentions
        if m.cls in TAKING_PART and span[0] - _REFERENCE_REACH <= m.begin < span[0]
    ]
    for match in _DEMONSTRATIVE.finditer(text, span[0], span[1]) if before else ():
        noun = match.group(1).lower()
        # "Het netwerk wordt gecoördineerd door ...": a definite article refers back only as
        # the subject opening the sentence, and only to a group of that kind by name.
        opening = not text[span[0] : match.start()].strip()
        if not match.group().lower().startswith(("dit", "deze")) and not opening:
            continue
        by_article = not match.group().lower().startswith(("dit", "deze"))
        # "deze werkgroep": the last group whose name ends in the noun, or has it as a word
        # or the head of a compound ("de Benelux-werkgroep Grensoverschrijdende Ambulancezorg").
        named = [
            m
            for m in before
            if m.cls in GROUPS
            and (
                _name_of(text, m).endswith(noun)
                or (noun in nouns and not by_article)
                or re.search(rf"(?:^|[\s-]){re.escape(noun)}(?:\s|$)", _name_of(text, m))
                # "dit comité": the head of a compound name ("Directiecomité Volksgezondheid")
                or (len(noun) > 5 and re.search(rf"\w{re.escape(noun)}(?:\s|$)", _name_of(text, m)))
            )
        ]
        if named:
            return named[-1]
    if _present(text, span):
        meetings = [m for m in before if m.cls == "Meeting" and span[0] - m.begin <= 300]
        if meetings:
            return meetings[-1]
        # "... woonden de zitting bij": the last meeting of that kind, further back.
        definite = {n.group(1).lower() for n in _DEFINITE_NOUN.finditer(text, span[0], span[1])}
        kinds = [
            m
            for m in mentions
            if m.cls == "Meeting"
            and span[0] - _MEETING_REACH <= m.begin < span[0]
            and definite & set(_name_of(text, m).split()[:2])
        ]
        if kinds:
            return kinds[-1]
    return None


_DEFINITE_NOUN = re.compile(r"(?<!\w)(?:de|het|deze|die|dit)\s+([a-z]{3,})\b", re.IGNORECASE)
_MEETING_REACH = 1500  # characters back to the meeting "de zitting" refers to
_REPORTED_MEETING_REACH = 3000  # the same for "woonde de zitting bij", late in a report


# "... tussen de Benelux-landen en Frankrijk", "een intentieverklaring met de regering van X";
# a date or year may stand between ("de politieke verklaring in 2008 tussen ...").
_PARTIES_AFTER = re.compile(
    r"(?:\s+(?:in|van|uit)\s+(?:\d{1,2}\s+[a-z]+\s+)?(?:19|20)\d{2})?\s+(?:tussen|met)\s+"
)
# An amending instrument's name that holds the parties of the one it amends: "Protocol tot
# wijziging van de Overeenkomst tussen België, Luxemburg en Nederland ...".
_AMENDED_BETWEEN = re.compile(r"wijziging\s+van\s[^;]*?\stussen\s")
# What may open an item of the list before the party itself: an article, the government of
# a party; or an item that is no place ("de drie Benelux-lidstaten", "de Benelux Unie").
_WITH = re.compile(r"\s+met\s+")
_SPACE = re.compile(r"\s+")
_AND_RELATIVE = re.compile(r"[^.;:,]{0,80}?\s+en(?=\s+waar(?:in|aan|binnen|van)\s)")
# The verb of signing: "ondertekenden", "werd ... ondertekend".
_SIGNING = re.compile(r"ondertekend(?:en)?", re.IGNORECASE)
_SIGNER_REACH = 100  # characters between a signing body and the verb
_SENTENCE_BREAK = re.compile(r"[.;:]\s")


def _near_verb(text: str, m: Candidate, verb: re.Match[str]) -> bool:
    """Whether ``m`` stands within reach of ``verb`` with no clause break between ("Het
    akkoord werd door het Secretariaat-Generaal en de Noordse Raad ondertekend")."""
    low, high = (m.end, verb.start()) if m.end <= verb.start() else (verb.end(), m.begin)
    return high - low <= _SIGNER_REACH and _SENTENCE_BREAK.search(text, low, high) is None


# ", dat VDAB, Forem en UWV op 12 mei 2022 sloten": a relative clause whose subject signed;
# or subscribed to it later (", die Duitsland in 2024 mede heeft onderschreven").
_ON_BEHALF = re.compile(r"(?<!\w)namens\s+(?:de\s+|het\s+)?$")
_SIGNED_BY_CLAUSE = re.compile(r",?\s+(?:dat|die)\s+")
_SIGNED_TAIL = re.compile(
    r"\s+(?:[^\s.;:,]+\s+){0,6}?(?:sloten|sloot|ondertekenden|ondertekende|afsloten|aangingen"
    r"|onderschreef|onderschreven|onderschrijft|onderschrijven)(?!\w)"
)
# "de werkgroep X, met vertegenwoordigers van Y en Z,": members in an apposition.
_WHEREIN_LIST = re.compile(
    r",\s*(?:waarin|waarbinnen|met\s+(?:vertegenwoordigers|deskundigen|experts"
    r"|afgevaardigden|delegaties)\s+van)\s+(?:ook\s+)?"
)
_LIST_ITEM = re.compile(
    r"(?:de\s+|het\s+)?(?:(?:twee|drie)\s+)?Benelux[- ](?:landen|lidstaten|partners|Unie)"
    # "de regering van Frankrijk", "de Région Hauts-de-France", "de deelstaat Saarland".
    r"|(?:de\s+|het\s+)?(?:regering(?:en)?\s+van\s+(?:de\s+|het\s+)?"
    r"|(?:Région|regio|deelstaat|provincie)\s+)?"
)


def _parties_of(
    text: str, m: Candidate, here: list[Candidate], places: list[Candidate]
) -> list[Candidate]:
    """Who may be a party of ``m``: a declaration or an agreement may also be made by a body of
    the Union ("het administratief akkoord van 2 mei 2024 tussen het Secretariaat-Generaal en
    de Euregio Maas-Rijn"); its list is read as a whole, so that body must not end it."""
    if m.cls not in {"Declaration", "Agreement"}:
        return places
    bodies = [b for b in here if b.cls in SIGNING_BODIES and b.begin >= m.end]
    parties = sorted(places + bodies, key=lambda b: b.begin)
    # "het Secretariaat-Generaal van de Benelux Unie en X": the owner belongs to the item,
    # no party of its own.
    owned: dict[int, Candidate] = {}
    for b, q in pairwise(parties):
        if _OF_THE_OWNER.fullmatch(text, b.end, q.begin):
            owned[q.begin] = b
    return [
        replace(b, end=next((q.end for q in parties if owned.get(q.begin) is b), b.end))
        for b in parties
        # The Union itself stays an item of the list that is read as no party ("tussen de
        # Benelux Unie en Noordrijn-Westfalen"), as the gold has it.
        if b.begin not in owned and b.cls != "BeneluxUnion"
    ]


def _listed(text: str, places: list[Candidate], start: int, end: int) -> Iterator[Candidate]:
    """The places of a coordinated list that starts at ``start`` ("de Benelux-landen en
    Frankrijk", "België, Nederland en Luxemburg")."""
    position = start
    ordered = sorted((p for p in places if start <= p.begin < end), key=lambda p: p.begin)
    for p in ordered:
        lead = _LIST_ITEM.match(text, position)
        at = lead.end() if lead else position
        # "en de Baltische Assemblee": the glue's optional adjective may open the name.
        adjective = position > start and _AND_ADJECTIVE.fullmatch(text, p.begin, position)
        if at != p.begin and not adjective:
            glue = _AND.match(text, at)
            if glue is None or glue.end() != p.begin:
                return
        yield p
        position = p.end
        glue = _AND.match(text, position)
        if glue is None:
            return
        position = glue.end()


# "rapporteert (jaarlijks) aan het", "legt verantwoording af aan de": ends right at the body.
# A sentence whose subject is a group named by its kind: "Het netwerk ...", "Dit platform ...".
# "Die" is a demonstrative only before a group's kind ("Die werkgroep valt onder ..."), not
# before a verb ("Die komt jaarlijks bijeen").
_DIE_KIND = (
    r"Die(?=\s+[a-z-]*(?:groep|netwerk|comité|overleg|platform|taskforce|forum|commissie)\s)"
)
# (The kind may be "directiecomité", "comité".)
_KIND_SUBJECT = re.compile(rf"\s*(?:Het|De|Dit|Deze|Dat|{_DIE_KIND})\s+([a-zé]{{4,}})\s")
# A demonstrative opening: "Dat directiecomité rapporteert aan ...".
_POINTING_OPENING = re.compile(r"\s*(?:Dit|Deze|Dat|Die)\s")
# "Dat netwerk, waarin ook X participeert, valt ...": the subject before a relative clause.
_KIND_COMMA = re.compile(r"\s*(?:Het|De|Dit|Deze|Dat)\s+([a-z]{4,})(?=,)")
_RELATIVE_CLAUSE = re.compile(r",\s*(?:dat|die|waarvan|waarin)\s")
_REPORTS = re.compile(
    rf"(?<!\w)(?:{_REPORTS_VERB}|legt\s+verantwoording\s+af"
    # (Not through a body: "rapporteert via het overleg aan het Comité" is read by
    # _reports_via.)
    r"|leggen\s+verantwoording\s+af)\s+(?:(?!via\s)[a-z]+\s+){0,3}?aan\s+(?:de|het)\s+$"
)
# Between a group and its verb: a few words ("De werkgroep X rapporteert"), or a new clause
# whose subject is a pronoun ("...; zij rapporteert").
_SUBJECT_GAP = re.compile(r"\s+(?:(?:[a-z]+|\d{4})\s+){0,2}")
_PRONOUN_SUBJECT = re.compile(r"[;,]\s*(?:zij|hij|het|deze|die|ze)\s+$")
# "Binnen dit overleg", "Onder deze werkgroep": a demonstrative for the group named before.
_WITHIN_THIS = re.compile(r"\s*(?:Binnen|Onder)\s+(?:dit|deze)\s+[\w-]+\s")
# "de Nationale Politie van Nederland"; also after an abbreviation: "het Europees Centrum
# voor ... (ERCC) van de Europese Commissie".
_OF_THE_OWNER = re.compile(r"(?:\s*\([^()]{1,20}\))?\s+van\s+(?:de\s+|het\s+)?")
# A pronominal adverb for the group named just before: "Daarin zitten X en Y".
# "Daaraan nemen X en Y deel", "Hieraan doet ook Z mee": the group named last before.
_THERETO = re.compile(r"(?<!\w)(?:[Dd]aaraan|[Hh]ieraan|[Ee]raan)(?!\w)")
# The same split, its preposition closing the clause: "X en Y zijn er lid van", "X maakt er
# deel van uit", "X heeft er zitting in", "X vaardigt er een expert naar af"; or the members
# named by a noun: "Deelnemers zijn X en Y", "Leden waren X en Y".
_THERE_SPLIT = re.compile(
    r"(?<!\w)(?:[Ee]r|[Dd]aar|[Hh]ier)(?:\s+[^\s.;:,]+){0,4}?\s+(?:aan|in|van|bij|naar)"
    r"(?:\s+(?:deel|uit|af|toe|mee|betrokken|vertegenwoordigd))?\s*(?:[.;]|,\s*(?:evenals|net\s+als)\s)"
)
_MEMBERS_OPENING = re.compile(
    r"\s*(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}\s*)?(?:De\s+)?(?:Leden|Deelnemers)\s+(?:zijn|waren)\s"
    # "De (andere) leden zijn X en Y", "Haar overige leden zijn": the article or possessive
    # before the noun in lower case, as the sentence's subject.
    r"|\s*(?:De|Haar|Zijn)\s+(?:andere\s+|overige\s+|vaste\s+)?(?:leden|deelnemers)"
    r"\s+(?:zijn|waren)\s"
)
# The same after a clause of its own: "Opgericht in 2019; leden zijn X en Y".
_MEMBERS_CLAUSE = re.compile(r";\s*(?:[Ll]eden|[Dd]eelnemers)\s+(?:zijn|waren)\s")
_MARK = re.compile(r"\s*([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})\s")
# The kind of group next to a verb of taking part: "lid van de werkgroep", "in het
# netwerk vertegenwoordigd", "aan de stuurgroep deelnemen", "toe tot de taskforce".
_KIND_BEFORE_VERB = re.compile(
    r"(?<!\w)(?:aan|in|bij|tot|van|binnen)\s+(?:de|het|deze|dit)\s+([a-z][a-z-]{3,})\s+"
    r"(?:[^\s.;:,]+\s+){0,2}$"
)
_KIND_AFTER_VERB_OBJECT = re.compile(
    r"\s+(?:[^\s.;:,]+\s+){0,2}?(?:aan|in|bij|tot|van|binnen)\s+(?:de|het|deze|dit)\s+"
    r"([a-z][a-z-]{3,})(?![\w-])"
)
_KIND_INSIDE_VERB = re.compile(
    r"\s(?:aan\s+|in\s+|tot\s+)?(?:de|het|deze|dit)\s+([a-z][a-z-]{3,})\s"
)
_THEREIN = re.compile(r"(?<!\w)(?:[Dd]aarin|[Hh]ierin|[Ee]rin|[Dd]aarbinnen|[Hh]ierbinnen)(?!\w)")


def _may_be_therein(text: str, span: tuple[int, int]) -> bool:
    """Whether _THEREIN may stand in the span: each of its words ends on "rin" or "binnen"."""
    return text.find("rin", *span) >= 0 or text.find("binnen", *span) >= 0


# "aan de Support Groups": the plural of numbered groups' common name.
_PLURAL_OBJECT = re.compile(
    r"\s+aan\s+(?:de|alle|beide)\s+((?:[\w-]+\s+){0,2}?[\w-]+?)(?:s|en)(?=[\s.;,:]|$)"
)
_NUMBER_SUFFIX = re.compile(r"\s+(?:\d{1,2}|[IVX]{1,4})$")


# "de samenwerking tussen X en Y", "de samenwerking ... die de Benelux-landen met X voeren".
_COOPERATION_NOUN = re.compile(r"(?<!\w)[\w-]*samenwerking(?!\w)", re.IGNORECASE)
_PARTY_OPENING = re.compile(r"(?<!\w)(?:tussen|met)\s+")
# The group in which, or by which, that cooperation is done.
_FRAMEWORK_BEFORE = re.compile(r"(?<!\w)(?:in|door|binnen|via)\s+(?:het|de)\s+$")


def _cooperation_in_group(
    text: str, here: list[Candidate], places: list[Candidate], span: tuple[int, int]
) -> Iterator[tuple[Candidate, Candidate]]:
    """ "De politiesamenwerking tussen België, Nederland en Luxemburg wordt aangestuurd door
    het Senningenoverleg", "de samenwerking die de Benelux-landen met Duitsland en Frankrijk
    voeren in het Pentalateraal Energieforum": the parties take part in the group."""
    if not may_contain(text, ("samenwerking",), span[0], span[1]):
        return
    noun = _COOPERATION_NOUN.search(text, span[0], span[1])
    if noun is None or _NEGATION.search(text, span[0], span[1]):
        return
    for g in here:
        if g.cls not in GROUPS or g.begin < noun.end():
            continue
        if not _FRAMEWORK_BEFORE.search(text, max(noun.end(), g.begin - 30), g.begin):
            continue
        if any(o.cls in GROUPS and noun.end() <= o.begin < g.begin for o in here):
            continue  # another group stands between: the cooperation is of that one
        seen: set[str] = set()
        # The parties may precede the noun: "de verklaring tussen X en Y ... wordt de
        # samenwerking voortgezet via het Z-overleg".
        for opening in _PARTY_OPENING.finditer(text, span[0], g.begin):
            for p in _listed(text, places, opening.end(), g.begin):
                if p.iri not in seen:
                    seen.add(p.iri)
                    yield g, p
        return


def _numbered_groups(
    text: str, position: int, span: tuple[int, int], mentions: Sequence[Candidate]
) -> list[Candidate]:
    """The numbered groups a plural names ("Support Group 1 en Support Group 2 ... nemen deel
    aan de Support Groups"): two at least, named within reach before."""
    plural = _PLURAL_OBJECT.match(text, position, span[1])
    if plural is None:
        return []
    singular = _plain(plural.group(1))
    found: dict[str, Candidate] = {}
    for m in mentions:
        if m.cls not in GROUPS or not span[0] - _REFERENCE_REACH <= m.begin < span[1]:
            continue
        suffix = _NUMBER_SUFFIX.search(m.label)
        if suffix is not None and _plain(m.label[: suffix.start()]) == singular:
            found.setdefault(m.iri, m)
    return list(found.values()) if len(found) > 1 else []


# "werkt nauw samen met", "zal nauw samenwerken met": the partner of a group, no member.
_WORKS_WITH_BEFORE = re.compile(
    r"(?<!\w)(?:werk(?:t|en|te|ten)\s+(?:[a-z]+\s+){0,3}?samen|samen(?:\s+te\s+)?werk(?:en|t))"
    r"\s+met\s+(?:de\s+|het\s+)?"
    # A noun of description ("met de netbeheerders Elia en TenneT"), and the partners listed
    # before this one, each with its own "met" ("met X, met Y en met Z").
    r"(?:[a-z]+\s+)?(?:[^.;:]{0,100}?(?:,\s*|\s+en\s+)(?:met\s+)?(?:de\s+|het\s+)?)?$"
)
_WORKS_WITH_REACH = 140  # characters back from a partner to "werkt samen met"
_WORKS_WITH_OPEN = re.compile(
    r"(?<!\w)(?:werk(?:t|en|te|ten)\s+(?:[^\s.;:,]+\s+){0,12}?samen"
    r"|samen(?:\s+te\s+)?werk(?:en|t))\s+met\s"
)
_LOCATION_BEFORE = re.compile(r"(?<!\w)(?:in|te)\s+$")
_PLACE_OPENING = re.compile(r"\s*(?:In|Binnen)\s+(?:de\s+|het\s+)?")
# The venue after a meeting's name: "de zitting in de Senaat", "het overleg in het Vlaams
# Parlement".
_VENUE_AFTER = re.compile(r"\s+(?:in|te)\s+(?:de\s+|het\s+)?")
# (Also with the owner's nationality: "MeteoLux, de weerdienst van de Luxemburgse ANA".)
_APPOSITION_OWNER = re.compile(
    rf",\s*(?:een|het|de)\s+[a-z-]{{4,}}\s+van\s+(?:de\s+|het\s+)?(?:{_NATIONALITY})?$"
)
# "Namens Nederland schuift ook de SVB aan": the place a member speaks for.
_OWNER_BEFORE = re.compile(r"(?<!\w)(?:van|voor|uit|namens)\s+(?:de\s+|het\s+)?$", re.IGNORECASE)
_TAKEN_PART_IN = re.compile(
    r"(?<!\w)(?:aan\s+(?:de|het|deze|dit)|daaraan|eraan|hieraan|waaraan)(?!\w)", re.I
)
# A sentence opening with what is taken part in: "Aan de werkgroep nemen X en Y deel".
# "In de werkgroep zitten X en Y", "Binnen het netwerk werken X en Y": the same.
_TAKEN_PART_OPENING = re.compile(
    r"\s*(?:Aan|In|Binnen)\s+(?:de|het|deze|dit)\s+([a-z][a-z-]{3,})\s+"
)
# A personal pronoun opening the sentence, a few words before the verb: "Zij bestaat uit",
# "Zij telt sinds 2024 ook".
_PERSONAL_PRONOUN_OPENING = re.compile(r"\s*(?:Zij|Ze|Hij)\s+(?:[^\s.;:,]+\s+){0,4}")
_TAKEN_PART_CLAUSE = re.compile(r";\s+aan\s+(?:de|het|deze|dit)\s+([a-z][a-z-]{3,})\s+$")
# An auxiliary or modal verb in second place, its participle or infinitive closing the
# clause: "In de werkgroep zijn ...", "Aan het overleg hebben ...", "Aan de top zal ...".
_AUXILIARY = re.compile(
    r"(?:is|zijn|was|waren|wordt|worden|werd|werden|heeft|hebben|had|hadden|zal|zullen|zou"
    r"|zouden|kan|kunnen|wil|willen|mag|mogen)\s"
)
# The kind of group right before the verb: "zijn ... in de werkgroep vertegenwoordigd".
_IN_KIND_BEFORE = re.compile(r"(?<!\w)in\s+(?:de|het|deze|dit)\s+([a-z][a-z-]{3,})\s+$")
# Nothing but the end of the sentence after a verb ("NRW neemt als waarnemer deel.").
# Also a separable verb closing in "aan" ("Het UWV schuift sinds 2025 aan."), or an
# observer's role ("Frankrijk is sinds 2025 waarnemer.").
# The participles and nouns that close a clause of taking part do so as well ("De operatoren
# zijn als agendalid betrokken.", "Ook Frankrijk is sinds 2024 vertegenwoordigd."), and the
# role may be shared with a list after it ("X is waarnemer, net als de Europese Commissie.").
_CLOSING = re.compile(
    r"(?<!\w)(?:deel(?:nemen|neemt|nam|namen|genomen)?|aan|waarnemers?|betrokken"
    r"|vertegenwoordigd|aangesloten|toegetreden|lid|leden|mee|meegewerkt|meegedaan)"
    r"(?:,?\s+(?:net\s+als|evenals|alsook|alsmede)\s+[^.;:]{1,120}?"
    # Or a clause of condition after it: "schuiven aan waar het politiesamenwerking betreft".
    r"|,?\s+(?:waar|wanneer|zodra|indien|als)\s+(?:het|de|dit|dat)\s+(?:[^.;:,]{1,80}?\s)?"
    r"(?:betreft|gaat|nodig\s+is)"
    # Any clause of time or condition: "schuift aan wanneer handhaving op de agenda staat".
    r"|,?\s+(?:wanneer|zodra|indien|telkens\s+als)\s+[^.;:,()]{1,80}?)?\s*[.!;]?\s*$",
    re.IGNORECASE,
)
_SEMICOLON_NEXT = re.compile(r"[ \t]*;")
# What one is involved in, other than a group: "worden bij de uitwerking betrokken".
_INVOLVED_IN = re.compile(r"(?<!\w)bij\s+(?:de\s+|het\s+|een\s+)?(?-i:[a-z])[a-z]")
# "aan de volgende werkgroepen:": the groups are the items of the list that follows.
_FOLLOWING = re.compile(r"\baan\s+de\s+volgende\s+[\w-]+[^.;:]{0,40}:\s*$")
_ITEM = re.compile(r"\s*(?:[•·▪◦▸]|\n[ \t]*(?:[*–-]|\d+[.)]))[ \t]*")
# An item ends at the next bullet, or at a line that is not indented (a wrapped item is).
_ITEM_END = re.compile(r"\s*[•·▪◦▸]|\n(?![ \t])|$")
# "De regio neemt deel", "de regio zal deelnemen": the region the text is about.
_REGION_ANAPHOR = re.compile(
    r"(?<![\w-])([Dd](?:e|eze)\s+regio)\s+(?:zal|zullen|neemt|nam|werkt|werkte|is|was"
    r"|heeft|had|blijft|wil|sloot|ondertekende)(?!\w)"
)
_REGION_REACH = 3000  # characters back to the region "de regio" stands for


def _region_anaphor_search(text: str, span: tuple[int, int]) -> re.Match[str] | None:
    """_REGION_ANAPHOR in the span, looked for only where "regio" stands."""
    if text.find("regio", span[0], span[1]) < 0:
        return None
    return _REGION_ANAPHOR.search(text, span[0], span[1])


def _region_anaphor(
    text: str, span: tuple[int, int], mentions: Sequence[Candidate]
) -> list[Candidate]:
    """ "De regio neemt deel ...": the region the text is about (the one it names most often
    before), as a partner."""
    found = _region_anaphor_search(text, span)
    if found is None:
        return []
    regions = [
        m
        for m in mentions
        if m.cls == "NeighbouringRegion" and span[0] - _REGION_REACH <= m.begin < found.start(1)
    ]
    if not regions:
        return []
    counts: dict[str, int] = {}
    for m in regions:
        counts[m.iri] = counts.get(m.iri, 0) + 1
    # The most named; of equals, the one named last.
    region = max(reversed(regions), key=lambda m: counts[m.iri])
    return [Candidate(found.start(1), found.end(1), region.iri, region.cls)]


def _items(text: str, end: int, mentions: Sequence[Candidate]) -> list[Candidate]:
    """The first group of each item of the list that starts after ``end``."""
    groups = []
    position = end
    while (item := _ITEM.match(text, position)) is not None:
        following = _ITEM_END.search(text, item.end())
        stop = following.start() if following else len(text)
        first = next(
            (m for m in mentions if m.cls in GROUPS and item.end() <= m.begin < stop), None
        )
        if first is not None:
            groups.append(first)
        position = stop
    return groups


_TWO_DAYS = re.compile(r"\d\s+en\s+\d")
# A year that bounds a period: "het programma 2021-2024", "2018 – 2022".
_YEAR_RANGE_AFTER = re.compile(r"\s*[-–]\s*(?:19|20)\d{2}(?!\d)")
_YEAR_RANGE_BEFORE = re.compile(r"(?:19|20)\d{2}\s*[-–]\s*$")


def _in_period(text: str, found: re.Match[str]) -> bool:
    """Whether a year found in ``text`` is one end of a period of years."""
    if not found.group().isdigit():
        return False
    return bool(
        _YEAR_RANGE_AFTER.match(text, found.end())
        or _YEAR_RANGE_BEFORE.search(text, max(0, found.start() - 8), found.start())
    )


def _heading(text: str, m: Candidate, span: tuple[int, int]) -> bool:
    """A name standing alone on the line the sentence opens with is a heading run into it
    ("Aanbeveling over waterbeheer\nOp zaterdag nam het parlement ..."): it dates nothing."""
    line_end = text.find("\n", m.end, span[1])
    return (
        not text[span[0] : m.begin].strip()
        and line_end != -1
        and not text[m.end : line_end].strip()
    )


# What opens a list item before the instrument it is about: a bullet or a number, and the
# type word ("• Beschikking M (2026) 7 ...", "2. aanbeveling 957/2 over ...").
_ITEM_OPENING = re.compile(r"[\s•·▪◦▸*–-]*(?:(?:\d{1,2}|[a-z])[.)]\s+)?(?:[A-Z]?[a-z]+\s+)?")
_BULLET_BEFORE = re.compile(r"[•·▪◦▸*–-][ \t]*$")


def _item_opening(text: str, start: int, begin: int) -> bool:
    """Whether the sentence at ``start`` is a list item that opens with the mention at
    ``begin``."""
    if not _ITEM_OPENING.fullmatch(text, start, begin):
        return False
    numbered = re.match(r"\s*(?:\d{1,2}|[a-z])[.)]\s", text[start:begin])
    return numbered is not None or _BULLET_BEFORE.search(text, max(0, start - 4), start) is not None


# A signing or an adoption told in the past: "ondertekenden de regeringsleiders", "werd de
# verklaring ondertekend", "is aangenomen".
_PAST_ADOPTION = re.compile(
    r"(?<![\w-])(?:ondertekenden|ondertekende|tekenden|tekende|aannam|aannamen|vaststelde"
    r"|vaststelden|goedkeurde|goedkeurden)(?![\w-])"
    r"|(?<![\w-])(?:werd|werden|is|zijn)\s(?:[^.;:]{0,200}?\s)?(?:ondertekend|aangenomen"
    r"|vastgesteld|goedgekeurd)(?![\w-])",
    re.IGNORECASE,
)
# What opens an M-number before its year: "M (".
_NUMBER_OPENING = re.compile(r"(?<![\w-])M\s*\(\s*$")
# A numbered instrument that did something, in the past, at the meeting reported on: "Bij
# Beschikking M (2028) 11 werd de werkgroep ingesteld", "Met Beschikking M (2028) 10 wijzigde
# het Comité ...". Only an instrument of the meeting's year (one made before is background).
_MADE_BY_NUMBER = re.compile(
    r"(?<![\w-])(?:Bij|Met)\s+(?:de\s+|het\s+)?[\w-]*(?:beschikking|aanbeveling|richtlijn)"
    r"\s+M\s*\(\s*((?:19|20)\d{2})\s*\)\s*\d+\s*,?\s+"
    r"(?:werd|werden|wijzigde|wijzigden|verving|vervingen)(?![\w-])",
    re.IGNORECASE,
)
# Words that place what the sentence tells before the meeting reported on.
_EARLIER = re.compile(
    r"(?<!\w)(?:eerder|destijds|vroeger|reeds|toen|vorig\w*|indertijd|al\s+in)(?!\w)",
    re.IGNORECASE,
)


def _most_precise(dates: list[Relation]) -> list[Relation]:
    """The dates of the instruments, without a year that a day of the same year stated
    elsewhere makes precise ("sloot in 2021 een intentieverklaring" and the footnote's
    "ondertekend op 14 oktober 2021")."""
    days = {(r.subject, r.object[:4]) for r in dates if len(r.object) > len("2021")}
    return [r for r in dates if len(r.object) > len("2021") or (r.subject, r.object) not in days]


# The day a meeting was held, in a relative clause after its name: "de Benelux-top die op
# 4 december 2023 in Den Haag plaatsvond".
_HELD_ON = re.compile(
    rf"\s+(?:die|dat)\s+op\s+(?:[a-z]+dag\s+)?({DATE.pattern})\s+[^.;:]{{0,60}}?"
    r"(?:plaatsvond|werd\s+gehouden|gehouden\s+werd)(?!\w)"
)


@dataclass(frozen=True)
class _Meeting:
    """The meeting a document reports on: its day, and the bodies that met (a summit, a
    meeting of the Committee of Ministers, a session of the Parliament)."""

    day: str
    bodies: frozenset[str]


# The institution whose meeting a meeting's IRI names ("vergadering-comite-van-ministers-...").
_BODY_IN_MEETING_IRI = {COMMITTEE: "comite-van-ministers", PARLIAMENT: "parlement"}


def _meeting_of(mentions: Sequence[Candidate], today: str, text: str) -> _Meeting | None:
    """The one meeting a document reports on: the one full date its meetings give, on or
    before the document's own date (a later one is announced, not reported)."""
    if len(today) != len("2026-01-01"):
        return None
    days: dict[str, set[str]] = {}
    for m in mentions:
        if m.cls != "Meeting":
            continue
        held = _HELD_ON.match(text, m.end)
        day = first_date(held.group(1)) if held else m.date
        if len(day) == len(today) and day <= today:
            days.setdefault(day, set()).add(m.iri)
    if len(days) != 1:
        return None
    day, iris = days.popitem()
    bodies = {b for b, word in _BODY_IN_MEETING_IRI.items() if any(word in i for i in iris)}
    return _Meeting(day, frozenset(bodies))


def _answered(text: str, m: Candidate, span: tuple[int, int]) -> bool:
    """ "Het Comité heeft op 16 november zijn antwoord vastgesteld op aanbeveling 962/2": the
    date of the sentence is the answer's, not the recommendation's."""
    found = _ANSWERED.search(text, max(span[0], m.begin - 100), m.end)
    return found is not None and found.end() >= m.begin


def _name_end(text: str, end: int, limit: int) -> int:
    """Past what a name's mention leaves of it: "van 2022", a hyphenated word's rest."""
    dated = re.match(r"\s+(?:van|uit|in)\s+(?:\d{1,2}\s+[a-z]+\s+)?(?:19|20)\d{2}", text[end:limit])
    return end + dated.end() if dated else end


# The date that closes an index entry, before its dotted leaders: "Uitvoeringsovereenkomst
# ... inzake ANPR, ter uitvoering van ..., van 13 juni 2023 ........ p. 41".
def _numbered_on(text: str, m: Candidate, span: tuple[int, int]) -> str:
    """ "vastgesteld op 11 maart 2024 onder nummer M(2024)1": the date before the number."""
    found = _NUMBERED_ON.search(text, max(span[0], m.begin - 90), m.begin)
    return first_date(found.group(1)) if found else ""


# "Beschikking M (2018) 5 wijzigt die beschikking", "Beschikking M (2023) 9 van 11 december
# 2023 paste die beschikking aan het protocol aan": an amending verb right after an
# instrument (and its author or date), its object a demonstrative and a type word.
_AMENDS_DEMONSTRATIVE = re.compile(
    rf"{_JUST_BEFORE.pattern}(?:wijzigt|wijzigde|vervangt|verving|herziet|herzag|verlengt"
    r"|verlengde|(?P<split>past|paste|vult|vulde))\s+(?:die|deze|dat|dit)\s+"
    r"(?P<noun>[a-z][\w-]{3,})(?!\w)"
)
# The particle of "past ... aan", "vulde ... aan" ("past die beschikking toe" applies it).
_PARTICLE_AAN = re.compile(r"[^.;:]*?(?<!\w)aan(?!\w)")


# "De nieuwe aanbeveling M (2025) 6 van het Comité over de toegankelijkheid van ...
# vervangt Aanbeveling M (2012) 9": an instrument opening its clause, described by its
# author or subject (no comma, no relative clause), then the finite amending verb.
_AMENDS_DESCRIBED = re.compile(
    r"\s+(?:van|over|inzake|betreffende|omtrent|met\s+betrekking\s+tot)\s"
    r"(?:(?!\b(?:die|dat|welke|wat|en|maar)\b)[^,;:()\n.])"
    r"{2,150}?\s*"
)
# What may stand before such an instrument in its clause: an article or demonstrative and
# adjectives with the type word ("De nieuwe aanbeveling", "Ook de herziene Beschikking").
_AMENDS_CLAUSE_OPENING = re.compile(r"(?:^|[;:]\s*)(?:[A-Z]?[a-z][\w-]*\s+){0,4}$")
_AMENDS_FINITE = re.compile(r"(?<!\w)(?:wijzigt|wijzigde|vervangt|verving|herziet|herzag)(?!\w)")


def _amends_described_subject(
    text: str, instruments: Sequence[Candidate], span: tuple[int, int]
) -> Iterator[Relation]:
    """The subject of an amending verb named with its author or subject between them
    amends the instrument named right after the verb (see ``_AMENDS_DESCRIBED``)."""
    if len(instruments) < 2:
        return  # (a cheap test first: a subject and another instrument it amends)
    for verb in _AMENDS_FINITE.finditer(text, span[0], span[1]):
        amended = next((m for m in instruments if 0 <= m.begin - verb.end() <= 30), None)
        subject = next((m for m in instruments if m.end <= verb.start()), None)
        if amended is None or subject is None or subject.iri == amended.iri:
            continue
        if any(subject.end <= m.begin and m.end <= verb.start() for m in instruments):
            continue  # another instrument between: the nearer one's relation, if any
        if not _AMENDS_DESCRIBED.fullmatch(text, subject.end, verb.start()):
            continue
        if _AMENDS_CLAUSE_OPENING.search(text[span[0] : subject.begin]) is None:
            continue
        yield Relation(subject.iri, AMENDS, amended.iri, span)


def _amends_object_first(
    text: str,
    instruments: Sequence[Candidate],
    span: tuple[int, int],
    verbs: Opened | None,
) -> Iterator[Relation]:
    """ "Het Comité heeft de looptijd van Beschikking M (2018) 13 ... bij Beschikking M
    (2025) 8 met vijf jaar verlengd": the agent named after its object, the participle
    closing the clause; the agent amends the object."""
    if verbs is None:
        return
    for i, agent in enumerate(instruments[1:], start=1):
        subject = instruments[i - 1]
        if subject.iri == agent.iri or subject.end > agent.begin:
            continue
        if not _AGENT_BEFORE.search(text, max(subject.end, agent.begin - 30), agent.begin):
            continue
        between = text[subject.end : agent.begin]
        if ";" in between or _CLAUSE_END.search(between):
            continue
        clause = _CLAUSE_END.search(text, agent.end, span[1])
        end = clause.start() if clause else span[1]
        if any(agent.end <= m.begin < end for m in instruments):
            continue  # an object after the agent: see _amends_by_agent
        closing = _AMENDS_CLOSING_VERB.search(text, agent.end, end)
        if closing is not None and verbs.pattern.fullmatch(text, closing.start(1), closing.end(1)):
            yield Relation(agent.iri, AMENDS, subject.iri, span)


# The participle that closes a clause: "... met vijf jaar verlengd."
_AMENDS_CLOSING_VERB = re.compile(r"(?<!\w)([a-z]+)[\s.!?]*$")


def _amends_anaphoric_object(
    text: str,
    instruments: Sequence[Candidate],
    span: tuple[int, int],
    mentions: Sequence[Candidate],
) -> Iterator[Relation]:
    """The instrument before an amending verb amends the last one of the kind the
    demonstrative names, named before it: "Sinds Beschikking M (2015) 3 ... . Beschikking M
    (2018) 5 wijzigt die beschikking"."""
    for m in instruments:
        found = _AMENDS_DEMONSTRATIVE.match(text, m.end, span[1])
        if found is None or (found["split"] and not _PARTICLE_AAN.match(text, found.end())):
            continue
        noun = found["noun"].lower()
        before = [
            o
            for o in mentions
            if o.cls in INSTRUMENTS
            and m.begin - _KIND_REACH <= o.begin
            and o.end <= m.begin
            and o.iri != m.iri
            and _of_kind(text, o, noun)
        ]
        if before:
            yield Relation(m.iri, AMENDS, before[-1].iri, span)


# The amending instrument as the subject or agent, the amended one a pronoun: "Bij
# Beschikking M (2024) 6 van 17 juni 2024 werd zij uitgebreid tot ...", "Beschikking M (2025)
# 12 breidde haar uit tot ...", "Protocol X wijzigde het op twee punten".
_PASSIVE_PRONOUN_AMENDED = re.compile(
    r"\s*(?:werd|werden|wordt|is)\s+(?P<pronoun>zij|het|hij)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:gewijzigd|uitgebreid|aangevuld|verlengd|aangepast|herzien|vervangen)(?!\w)"
)
_ACTIVE_PRONOUN_AMENDED = re.compile(
    r"\s*(?:wijzigt|wijzigde|breidt|breidde|vult|vulde|verlengt|verlengde|past|paste|herziet"
    r"|herzag|vervangt|verving)\s+(?P<pronoun>haar|het|hem)(?!\w)"
)


# Nothing but an article and a type word before the sentence's subject: "Beschikking ".
_TYPE_OPENING = re.compile(r"\s*(?:(?:De|Het)\s+)?(?:[A-Za-z][\w-]*\s+)?")


def _amends_pronoun_object(
    text: str, instruments: list[Candidate], span: tuple[int, int], mentions: Sequence[Candidate]
) -> Iterator[Relation]:
    """An instrument of the sentence amends the one a pronoun object refers to, the one named
    last before it: "Bij Beschikking M (2024) 6 werd zij uitgebreid tot ..."."""
    for agent in instruments:
        end = _name_end(text, agent.end, span[1])
        by = _AGENT_BEFORE.search(text, max(span[0], agent.begin - 30), agent.begin)
        found = (_PASSIVE_PRONOUN_AMENDED if by is not None else _ACTIVE_PRONOUN_AMENDED).match(
            text, end, span[1]
        )
        opening = _TYPE_OPENING.fullmatch(text, span[0], agent.begin)
        if found is None or (by is None and opening is None):
            continue  # the active verb needs the instrument as the sentence's subject
        antecedent = _antecedent(text, agent.begin, mentions, found["pronoun"])
        if antecedent is not None and antecedent.iri != agent.iri:
            yield Relation(agent.iri, AMENDS, antecedent.iri, span)


# The subject of a clause that refers back to an instrument: a pronoun before a verb in
# lower case ("Zij vervangt ...", "; zij werd gewijzigd bij ...", "Het past ... aan"), or
# "de tekst" ("De tekst bouwt voort op ... en zal Aanbeveling M (2011) 4 vervangen").
_REFERRING_SUBJECT = re.compile(
    r"\s*(?:(?P<pronoun>[Zz]ij|[Hh]et|[Dd]eze|[Dd]it)\s+(?=[a-z])|[Dd]e\s+tekst\s+)"
)
_PRONOUN_REACH = 400  # characters back to the instrument a pronoun refers to
# A passive amendment right after the subject, its agent next: "werd gewijzigd bij ",
# "is vervangen door het ", "werd in 2024 aangevuld bij ".
_PASSIVE_AMENDED = re.compile(
    r"(?:werd|wordt|is|was)\s+(?:[\w-]+\s+){0,3}?(?:gewijzigd|vervangen|aangevuld|herzien"
    r"|aangepast|verlengd)\s+(?:bij|door)\s+"
)
# The future with its object between: "zal Aanbeveling M (2011) 4 ... vervangen".
_WILL = re.compile(r"(?<!\w)(?:zal|zullen)\s+(?:de\s+|het\s+)?")
_AMEND_INFINITIVE = re.compile(r"[^,;.:]{0,120}?(?<!\w)(?:vervangen|wijzigen|herzien)(?!\w)")
# Nothing, or the type word of a numbered instrument: "zal Aanbeveling M (2011) 4".
_TYPE_WORD_GAP = re.compile(r"(?:[A-Za-z][\w-]*\s+)?")
# Instruments whose type word takes "het" (and "dit", "het" as their pronoun).
_NEUTER_KINDS = ("verdrag", "protocol", "memorandum", "akkoord", "werkprogramma", "besluit")


# A verb of adoption with a pronoun as its object, then the day: "stelde haar op 7 december
# 2020 vast", "ondertekenden het in 2024".
_DATED_OBJECT_PRONOUN = re.compile(
    r"(?<!\w)(?:stelde|stelden|nam|namen|keurde|keurden|ondertekende|ondertekenden|tekende"
    r"|tekenden|sloot|sloten)\s+(?P<pronoun>haar|het|hem)\s+(?:op|in)\s+\d"
)

# A cheap literal test before that search: the pronoun and the preposition of the day.
_OBJECT_PRONOUN_WORDS = (" haar op ", " het op ", " hem op ", " haar in ", " het in ", " hem in ")


def _antecedent(
    text: str, start: int, mentions: Sequence[Candidate], pronoun: str
) -> Candidate | None:
    """The instrument named last before ``start`` that a pronoun refers to: "het" and "dit"
    to one of a kind that takes "het" ("het verdrag"), "zij" and "haar" to another."""
    earlier = [
        m
        for m in mentions
        if m.cls in INSTRUMENTS and start - _PRONOUN_REACH <= m.begin and m.end <= start
    ]
    pronoun = pronoun.lower()
    if pronoun in ("het", "dit"):
        earlier = [m for m in earlier if _neuter(text, m)]
    elif pronoun in ("zij", "haar"):
        earlier = [m for m in earlier if not _neuter(text, m)]
    return earlier[-1] if earlier else None


# A renewal or replacement by a new instrument, named next: "vernieuwd met de ", "verlengd
# met een tweede ", "vervangen door het nieuwe ".
_RENEWAL = re.compile(r"(?<!\w)(?:vernieuwd|verlengd|vervangen)\s+(?:met|door)\s+")
_RENEWAL_GAP = re.compile(r"(?:(?:de|het|een)\s+)?(?:[a-z]+\s+)?")


def _renewing(text: str, here: Sequence[Candidate], span: tuple[int, int]) -> Candidate | None:
    """The instrument a sentence says renews or replaces another one."""
    sentence = text[span[0] : span[1]]
    if "vernieuwd" not in sentence and "verlengd" not in sentence and "vervangen" not in sentence:
        return None
    for phrase in _RENEWAL.finditer(text, *span):
        for m in here:
            if m.cls in INSTRUMENTS and _RENEWAL_GAP.fullmatch(text, phrase.end(), m.begin):
                return m
    return None


def _one_date_outside(text: str, here: Sequence[Candidate], span: tuple[int, int]) -> str:
    """The one full day a sentence states outside the names it holds."""
    days = {
        first_date(d.group())
        for d in DATE.finditer(text, *span)
        if not any(c.begin <= d.start() < c.end for c in here) and not _in_period(text, d)
    }
    day = days.pop() if len(days) == 1 else ""
    return day if len(day) == 10 else ""


def _clause_starts(text: str, span: tuple[int, int]) -> Iterator[int]:
    """Where the sentence and each clause after a semicolon in it begin."""
    yield span[0]
    at = text.find("; ", span[0], span[1])
    while at >= 0:
        yield at + 1
        at = text.find("; ", at + 2, span[1])


def _neuter(text: str, m: Candidate) -> bool:
    """Whether instrument ``m`` is of a kind that takes "het" ("het verdrag")."""
    return any(_of_kind(text, m, noun) for noun in _NEUTER_KINDS)


def _future_objects(
    text: str, after: Sequence[Candidate], start: int, end: int
) -> Iterator[Candidate]:
    """The object of "zal ... vervangen": the instrument right after "zal", the verb
    closing its clause."""
    for will in _WILL.finditer(text, start, end):
        named = next(
            (m for m in after if _TYPE_WORD_GAP.fullmatch(text, will.end(), m.begin)), None
        )
        if named is not None and _AMEND_INFINITIVE.match(text, named.end, end):
            yield named


def _of_kind(text: str, m: Candidate, noun: str) -> bool:
    """Whether instrument mention ``m`` is of the kind ``noun`` names: its name has the word
    ("het verdrag": the Benelux-Verdrag inzake ...), or a number follows the word ("de
    beschikking": Beschikking M (2015) 3)."""
    if re.search(rf"{re.escape(noun)}(?:\s|$)", _name_of(text, m)):
        return True
    return bool(_NUMBERED.match(m.label)) and bool(
        re.search(rf"(?<!\w){re.escape(noun)}\s+$", text[max(0, m.begin - 30) : m.begin], re.I)
    )


def _date_of_number_year(
    text: str,
    here: Sequence[Candidate],
    m: Candidate,
    span: tuple[int, int],
    years: bool = False,
) -> str:
    """The one full date of the sentence in the year of ``m``'s number M(YYYY)N, when no
    other instrument of the sentence is numbered in that year: "Beschikking M (2025) 5, die
    op 16 juni 2025 werd vastgesteld"."""
    number = _NUMBERED.match(m.label)
    if number is None:
        return ""
    year = m.label[2:6]
    if any(o.iri != m.iri and o.label[2:6] == year and _NUMBERED.match(o.label) for o in here):
        return ""
    days = {
        first_date(d.group())
        for d in DATE.finditer(text, *span)
        if not _in_period(text, d) and not any(c.begin <= d.start() < c.end for c in here)
    }
    if years:
        # The one date of the sentence, a year or a day of the number's year.
        return next(iter(days)) if len(days) == 1 and next(iter(days))[:4] == year else ""
    same = [d for d in days if len(d) == 10 and d.startswith(year + "-")]
    return same[0] if len(same) == 1 else ""


# A treaty's entry closes with where and when it was done: "gedaan te Den Haag op 9 februari
# 2026 ....", "fait à Bruxelles le ...", or the place alone: "Vilnius, 21 april 2026 ....".
_ENTRY_PLACE = r",\s+(?-i:[A-Z])[\w-]+(?:\s+(?-i:[A-Z])[\w-]+)?,"
_ENTRY_DATE = re.compile(
    rf"(?:,?\s+(?:van|du|d\.d\.|(?:ondertekend|signé|gedaan|fait)[^,.;]{{0,40}}?\s+(?:op|le))"
    rf"|{_ENTRY_PLACE})\s+({DATE.pattern})[ \t\n]*(?:[.…][ \t\n]*){{3,}}",
    re.IGNORECASE,
)
# ... or with a place or a label that can only introduce the entry's own date, then the
# end of the line: "Riga, 4 mei 2026.\n  Partijen: ...", "Vastgesteld: 15.06.2026 ....".
_ENTRY_LABELLED_DATE = re.compile(
    rf"(?:{_ENTRY_PLACE}|\s+(?:vastgesteld|ondertekend|gedaan|aangenomen)\s*:)\s+"
    rf"({DATE.pattern})\.?[ \t]*(?:\n|$)",
    re.IGNORECASE,
)
# A list item that opens with a date and the instrument: "• op 13 juni 2023 de
# Uitvoeringsovereenkomst ...".
_ITEM_DATED = re.compile(rf"\s*(?:op|le|on)\s+({DATE.pattern})\s+(?:de|het|la|le|l'|the)\s+")


def _listed_date(text: str, here: list[Candidate], m: Candidate, span: tuple[int, int]) -> str:
    """The date of the instrument that an index entry or a list item is about: the entry's
    closing date, or the date the item opens with. Only the instrument the entry opens with
    is dated so; the others it names are not what the entry is about. A sentence may hold
    several entries of an index, each closed by its leaders and page number."""
    start = _entry_start(text, span[0], m.begin)
    first = min(
        (i for i in here if i.cls in INSTRUMENTS and i.begin >= start),
        key=lambda i: i.begin,
        default=None,
    )
    if first is None or first.iri != m.iri or first.begin != m.begin:
        return ""
    opening = text[start : m.begin]
    item = _ITEM_DATED.fullmatch(opening)
    if item is not None and _LIST_ITEM_START.search(text, max(0, span[0] - 4), span[0] + 1):
        return first_date(item.group(1))
    entry = _ENTRY_OPENING.fullmatch(opening)
    if entry is None and start == span[0]:
        entry = _HEADED_ENTRY.fullmatch(opening)
    if entry is None or (entry.group("kind") and not _NUMBERED.match(m.label)):
        return ""
    leader = _LEADER.search(text, m.end, span[1])
    end = leader.end() if leader else span[1]
    closing = _ENTRY_DATE.search(text, m.end, end) or _ENTRY_LABELLED_DATE.search(text, m.end, end)
    if closing is None and leader is not None:
        # "..., ondertekend te Luxemburg op 14 juli 2025, ter uitvoering van ... ..... 23".
        closing = _SIGNED_IN_ENTRY.search(text, m.end, leader.start())
    return first_date(closing.group(1)) if closing else ""


# What opens an entry before its instrument: a bullet, its number, and the type word of a
# numbered instrument ("2. Beschikking M(2026)2 tot wijziging ...").
_ENTRY_OPENING = re.compile(r"[\s•·*–-]*(?:\d{1,3}\.\s+)?(?P<kind>[A-Z][a-z]+\s+)?")
# The leaders and page number that close an entry of an index: "........ 25".
_LEADER = re.compile(r"(?:[.…][ \t\n]*){3,}")
_LEADER_AND_PAGE = re.compile(r"(?:[.…][ \t\n]*){2,}\d{1,4}(?!\d)")
# A heading of the index run into the sentence of its first entry: "Overeenkomsten\n".
_HEADED_ENTRY = re.compile(rf"[^\n.;:]{{1,60}}\n{_ENTRY_OPENING.pattern}")
# The signing of an entry's instrument, wherever the entry states it.
_SIGNED_IN_ENTRY = re.compile(
    rf"(?:ondertekend|gedaan|signé|fait)[^,.;]{{0,40}}?\s+(?:op|le)\s+({DATE.pattern})",
    re.IGNORECASE,
)


# A footnote that cites an instrument: its mark opens a line or follows a full stop.
_FOOTNOTE_MARK = re.compile(r"(?:^|\n|[.!?]\s)[ \t]*[⁰¹²³⁴⁵⁶⁷⁸⁹]+[ \t]*$")
# ... and closes with where and when it was signed: ", Brussel, 23 juli 2018."
_FOOTNOTE_DATE = re.compile(rf"{_ENTRY_PLACE}\s+({DATE.pattern})\.(?:\s|$)")


def _footnote_date(text: str, m: Candidate, span: tuple[int, int]) -> str:
    """ "¹ Verdrag tussen ... inzake politiesamenwerking, Brussel, 23 juli 2018.": the date a
    footnote citing an instrument closes with."""
    if not _FOOTNOTE_MARK.search(text, max(0, m.begin - 6), m.begin):
        return ""
    cited = _FOOTNOTE_DATE.match(text, m.end, span[1])
    return first_date(cited.group(1)) if cited else ""


# Between two instruments named together: "'X' en 'Y'", "X, Y en Z".
_COORDINATION = re.compile(r"['’”\"]?\s*(?:,\s*(?:en\s+)?|\s+en\s+)(?:de\s+|het\s+)?['‘“\"]?")


def _coordinated(text: str, instruments: list[Candidate], m: Candidate) -> list[Candidate]:
    """``m`` and the instruments coordinated with it, in a row of names joined by commas and
    "en"."""
    ordered = sorted(instruments, key=lambda i: i.begin)
    at = next((k for k, i in enumerate(ordered) if i is m), None)
    if at is None:
        return [m]
    first = last = at
    while first > 0 and _COORDINATION.fullmatch(text, ordered[first - 1].end, ordered[first].begin):
        first -= 1
    while last + 1 < len(ordered) and _COORDINATION.fullmatch(
        text, ordered[last].end, ordered[last + 1].begin
    ):
        last += 1
    return ordered[first : last + 1]


# A relative clause after a name, up to its date and the word after it (the verb, or a place
# and then the verb): ", dat VDAB en UWV op 12 mei 2022 " + "sloten".
# The same clause up to a day stated relative to the document ("op 12 juni jongstleden").
_CLAUSE_RELATIVE = re.compile(r"\s*,?\s+(?:dat|die)\s+(?:[^.;:]{0,100}?\s)?op\s+")
_CLAUSE_DATED = re.compile(
    rf"\s*,?\s+(?:dat|die)\s+(?:[^.;:()]{{0,100}}?\s)?(?:op|in)\s+({DATE.pattern})"
    r"\s+(?:(?:in|te)\s+(?-i:[A-Z])[\w-]+\s+)?"
)


def _plain_date(text: str, m: Candidate, end: int) -> str:
    """The date right after a name: "van 8 juni 2004", "uit 2018". A treaty is revised under
    its name, so "het herziene Politieverdrag uit 2004" names a version, not a signing."""
    plain = _PLAIN_DATED_AFTER.match(text, m.end, end)
    if plain is None or (plain.group("prep") == "uit" and m.cls == "Treaty"):
        return ""
    return first_date(plain.group(2))


def _entry_start(text: str, begin: int, position: int) -> int:
    """Where the index entry holding ``position`` starts: after the page number closing the
    entry before it in the sentence, or at the sentence's start."""
    start = begin
    for leader in _LEADER_AND_PAGE.finditer(text, begin, position):
        start = leader.end()
    return start


_LIST_ITEM_START = re.compile(r"[•·*–]\s*")
# A line of an index entry that gives its date under a label: "Vastgesteld: 15.06.2026 ....".
_LABELLED_DATE = re.compile(
    rf"\s*(?:Vastgesteld|Ondertekend|Aangenomen|Gedaan)\s*:\s+({DATE.pattern})", re.IGNORECASE
)
_ENTRY_REACH = 600  # characters from the start of an index entry to its date line


def _entry_label_date(
    text: str, spans: Sequence[tuple[int, int]], by_sentence: dict[int, list[Candidate]], i: int
) -> Iterator[Relation]:
    """ "1. Beschikking M (2026) 1 van het Comité ... .\n Vastgesteld: 15.06.2026 ....": a
    date line of its own dates the instrument that the entry, a few sentences up, opens with."""
    begin, end = spans[i]
    label = _LABELLED_DATE.match(text, begin, end)
    if label is None:
        return
    for j in range(i - 1, max(-1, i - 4), -1):
        instruments = [m for m in by_sentence.get(j, []) if m.cls in INSTRUMENTS]
        if not instruments:
            continue
        first = min(instruments, key=lambda m: m.begin)
        # The entry opens with the instrument, or with its type word: "Beschikking M (2026) 4".
        opened = re.fullmatch(r"\s*(?:[A-Z][\w-]*\s+)?", text[spans[j][0] : first.begin])
        if opened and begin - spans[j][0] <= _ENTRY_REACH:
            yield Relation(first.iri, DATE_DOCUMENT, first_date(label.group(1)), (spans[j][0], end))
        return


def _kind_named_before(
    text: str,
    instruments: Sequence[Candidate],
    mentions: Sequence[Candidate],
    noun: str,
    at: int,
    verb: re.Match[str],
) -> tuple[Candidate, Candidate] | None:
    """For "Deze aanbeveling vervangt X" at ``at``: the amending instrument, the one of kind
    ``noun`` named last before ``at``, and the amended one, named right after ``verb``."""
    amended = next((m for m in instruments if 0 <= m.begin - verb.end() <= 30), None)
    if amended is None:
        return None
    noun = noun.lower()
    before = [
        m
        for m in mentions
        if m.cls in INSTRUMENTS
        and at - _KIND_REACH <= m.begin < at
        # "Deze aanbeveling" after an index entry "M (2024) 7  Aanbeveling betreffende
        # ...": a number whose type word follows it is of the kind its class names.
        and (_of_kind(text, m, noun) or m.cls == _KIND_CLASSES.get(noun))
    ]
    if not before or before[-1].iri == amended.iri:
        return None
    return before[-1], amended


# A demonstrative and a type word: "die beschikking", "deze aanbeveling".
_DEMONSTRATIVE_KIND = re.compile(r"(?<!\w)(?:die|deze|dat|dit)\s+([a-z][\w-]{3,})(?!\w)")


def _amends_demonstrative_object(
    text: str,
    instruments: Sequence[Candidate],
    span: tuple[int, int],
    mentions: Sequence[Candidate],
    amend: re.Pattern[str],
) -> Iterator[Relation]:
    """The object of an amendment named by a demonstrative in the clause before the
    amending phrase, the agent after it: "Het Comité heeft de bijlage bij die beschikking in
    2024 geactualiseerd bij Beschikking M (2024) 15". The demonstrative refers to the
    instrument of its kind named last before the sentence."""
    for m in instruments:
        phrase = amend.search(text, max(span[0], m.begin - 40), m.begin)
        if phrase is None:
            continue
        clause = max(span[0], text.rfind(";", span[0], phrase.start()) + 1)
        if any(clause <= o.begin < phrase.start() for o in instruments):
            continue  # "X, zoals gewijzigd bij Y": the object is named
        kinds = [
            d.group(1)
            for d in _DEMONSTRATIVE_KIND.finditer(text, clause, phrase.start())
            if d.group(1) in _KIND_CLASSES
        ]
        if len(kinds) != 1:
            continue
        noun = kinds[0]
        before = [
            o
            for o in mentions
            if o.cls in INSTRUMENTS
            and span[0] - _KIND_REACH <= o.begin < span[0]
            and o.iri != m.iri
            and (_of_kind(text, o, noun) or o.cls == _KIND_CLASSES[noun])
        ]
        if before:
            yield Relation(m.iri, AMENDS, before[-1].iri, span)


# The same anaphor as below, opening a note line run into the sentence before it.
_NOTE_ANAPHOR = re.compile(r"\n[ \t]*(?:Deze|Dit)\s+([a-z][\w-]{3,})\s+")
# The class an anaphor's noun names, for a number whose type word stands elsewhere.
_KIND_CLASSES = {
    "aanbeveling": "Recommendation",
    "beschikking": "Decision",
    "verklaring": "Declaration",
    "intentieverklaring": "Declaration",
    "verdrag": "Treaty",
    "overeenkomst": "Agreement",
}
# A sentence that opens with a bare anaphor of an instrument: "Het verdrag ", "Deze
# beschikking ", "Het nieuwe protocol ".
_ANAPHOR_OPENING = re.compile(r"\s*(?:De|Het|Dit|Deze|Dat)\s+(?:nieuwe\s+)?([a-z][\w-]{3,})\s+")
_COPULA = re.compile(r"\s+(?:is|was)\s+(?:het|de|een)\s+")
_KIND_REACH = 3000  # characters back to the group "de werkgroep" refers to
_ANAPHOR_DATE_REACH = 400  # characters back to the instrument a dated anaphor refers to


def _kind_next_to(text: str, verb: re.Match[str], start: int, end: int) -> str:
    """The noun of "aan/in/van/tot de <noun>" right before or right after ``verb``."""
    before = _KIND_BEFORE_VERB.search(text, max(start, verb.start() - 60), verb.start())
    if before is not None:
        return before.group(1).lower()
    after = _KIND_AFTER_VERB_OBJECT.match(text, verb.end(), end)
    if after is not None:
        return after.group(1).lower()
    # The object inside a separable verb: "X zit de werkgroep voor", "X nam aan het netwerk
    # deel".
    inside = _KIND_INSIDE_VERB.search(text, verb.start(), verb.end())
    return inside.group(1).lower() if inside is not None else ""


def _last_of_kind(
    text: str,
    span: tuple[int, int],
    mentions: Sequence[Candidate],
    noun: str,
    compound: bool = False,
    parents: bool = False,
) -> Candidate | None:
    """The group named last before whose name has ``noun`` as a word or a compound's head
    ("de werkgroep": the Benelux-werkgroep Rijbewijzen en Voertuigen); with ``compound``, also
    a name ending in it ("de alliantie": the Europese Havenalliantie). With ``parents``, also
    one named as another's parent: a demonstrative points back to it ("..., die deel uitmaakt
    van het Directiecomité X. Dat directiecomité rapporteert aan ...")."""
    head = re.compile(rf"(?:^|[\s-]|benelux){re.escape(noun)}(?:\s|$)")
    before = [
        m
        for m in mentions
        if m.cls in GROUPS
        and span[0] - _KIND_REACH <= m.begin < span[0]
        and (head.search(_name_of(text, m)) or (compound and _name_of(text, m).endswith(noun)))
        # "de werkgroep X, die onder de Benelux-werkgroep Y valt": Y is named as the parent
        # of the group spoken of.
        and (parents or not _is_parent_named(text, m))
        # "Het Senningenoverleg is het strategisch overleg van ...": a description of the
        # group just named, not a group of its own.
        and not any(
            g.cls in GROUPS and g.end < m.begin and _COPULA.fullmatch(text, g.end, m.begin)
            for g in mentions
        )
    ]
    return before[-1] if before else None


# What an instrument rests on is not what the verb speaks of: "op basis van het
# Benelux-Politieverdrag", "ter uitvoering van het verdrag", "krachtens het Verdrag".
_BASIS_BEFORE = re.compile(
    r"(?<!\w)(?:op\s+(?:basis|grond)\s+van|ter\s+uitvoering\s+van|krachtens|overeenkomstig)"
    r"\s+(?:de\s+|het\s+)?$",
    re.IGNORECASE,
)


def _taken_part_in(text: str, m: Candidate, span: tuple[int, int]) -> bool:
    """Whether ``m``, named in the sentence of a verb of taking part, may be what its
    partners take part in: not a treaty named as the basis of another instrument (a
    declaration named so still speaks of its parties: "op basis van de intentieverklaring
    waarin de Benelux-landen en Frankrijk ...")."""
    if m.cls in GROUPS and _is_parent_named(text, m):
        return False  # "X neemt deel aan de werkgroep Y, die onder het Z valt": not Z
    return not (
        m.cls == "Treaty" and _BASIS_BEFORE.search(text, max(span[0], m.begin - 30), m.begin)
    )


def _is_parent_named(text: str, m: Candidate) -> bool:
    """Whether group ``m`` is named as the parent of another: "die onder de
    Benelux-werkgroep Crisisbeheersing valt", "de werkgroep valt onder het Directiecomité"."""
    return _UNDER_BEFORE.search(text, max(0, m.begin - 60), m.begin) is not None


# A parent named in "valt onder de Benelux-werkgroep Crisisbeheersing", "rapporteert (jaarlijks)
# aan het Directiecomité", "is ingebed in het Directiecomité", "ressorteert bij de" (not "maakt
# deel uit van", said of members too: "Nederland maakt deel uit van de coalitie").
_UNDER_BEFORE = re.compile(
    r"(?<!\w)(?:onder|(?:rapporte\w+|verslag\s+(?:uit|af))\s+(?:[a-z]+\s+){0,2}?aan|ingebed\s+in"
    r"|ondergebracht\s+bij|(?:valt|vallen|viel|ressorteert|ressorteren)\s+(?:[a-z]+\s+){0,2}?bij"
    # "lid van de werkgroep X, die deel uitmaakt van het Directiecomité Y": a relative clause
    # of the group before, so Y is its parent (said after a comma only: "Nederland maakt
    # deel uit van de coalitie" names a member).
    r"|(?<=,)\s*(?:die|dat)\s+(?:[a-z]+\s+){0,2}?deel\s+uit(?:maakt|maken|maakte|maakten)\s+van"
    # The same after a first verb of the clause: "X, die in 2027 werd opgericht en deel
    # uitmaakt van het Directiecomité Y".
    rf"|(?<=,)\s*(?:die|dat)\s+(?:(?:[a-z]+|\d{{4}})\s+){{1,5}}?{_AND_PART_OF})"
    r"\s+(?:de\s+|het\s+)?$"
)


# A meeting organised by several: "Het Secretariaat-Generaal organiseert de dag samen met de
# Grande Région", "de conferentie, die de Benelux Unie samen met X organiseerde".
_ORGANISED = re.compile(r"(?<!\w)(?:ge)?organise(?:er|ert|ren|erde|erden|erd)(?!\w)", re.I)
_TOGETHER_WITH = re.compile(r"(?<!\w)(?:samen|in\s+samenwerking)\s+met(?!\w)", re.IGNORECASE)
# The meeting organised as a pronoun: "organiseert haar samen met", "organiseerden hem".
_ORGANISED_PRONOUN = re.compile(
    r"(?<!\w)(?:organiseert|organiseren|organiseerde|organiseerden)\s+(?:haar|hem|deze|die)\s"
)
ORGANISERS = PARTNERS | {"Institution"}
# The meeting as a pronoun opening a passive: "Hij wordt georganiseerd door", "Deze werd in
# 2025 georganiseerd door"; and the clause of its agents, up to a break or a relative clause.
_ORGANISED_BY_PRONOUN = re.compile(
    r"\s*(?:Hij|Zij|Ze|Deze|Die)\s+(?:wordt|werd|is|was)\s+(?:[^\s.;:,]+\s+){0,4}?"
    r"georganiseerd\s+door\s"
)
_AGENT_CLAUSE = re.compile(r"[^.;:]*?(?=,\s*(?:die|dat|waar\w*)\s|[.;:]|$)")


def _co_organisers(
    text: str, here: list[Candidate], span: tuple[int, int], mentions: Sequence[Candidate]
) -> Iterator[Relation]:
    """The bodies that organise a meeting together take part in it: the one meeting the
    sentence names, or the last meeting of the kind it speaks of ("de dag")."""
    if not may_contain(text, ("organise",), *span) or not _ORGANISED.search(text, *span):
        return
    passive = _ORGANISED_BY_PRONOUN.match(text, span[0], span[1])
    if passive is not None and not any(m.cls == "Meeting" for m in here):
        # "Hij wordt georganiseerd door X (in samenwerking met Y).": the meeting named last.
        meeting = _last_meeting_of_kind(text, span, mentions)
        if meeting is None:
            return
        clause = _AGENT_CLAUSE.match(text, passive.end(), span[1])
        end = clause.end() if clause is not None else passive.end()
        for m in here:
            inside = any(q is not m and q.begin <= m.begin < m.end <= q.end for q in here)
            if m.cls in ORGANISERS and passive.end() <= m.begin < end and not inside:
                yield Relation(meeting.iri, PARTICIPANT, m.iri, span)
        return
    if not _TOGETHER_WITH.search(text, *span):
        yield from _organiser(text, here, span)
        return
    meetings = [m for m in here if m.cls == "Meeting"]
    meeting = meetings[0] if len(meetings) == 1 else None
    if not meetings:
        for noun in _DEFINITE_NOUN.finditer(text, *span):
            meeting = _last_meeting_of_kind(text, span, mentions, noun.group(1).lower())
            if meeting is not None:
                break
    if meeting is None and _ORGANISED_PRONOUN.search(text, *span):
        # "Het Secretariaat-Generaal organiseert haar samen met X": the meeting named last.
        meeting = _last_meeting_of_kind(text, span, mentions)
    if meeting is None:
        return
    for m in here:
        if (
            m.cls in ORGANISERS
            and not meeting.begin <= m.begin < meeting.end
            # "Op 8 oktober volgt in Luxemburg de Klimaatdag": where it is held, no organiser
            and not (m.cls in PLACES and _LOCATION_BEFORE.search(text, span[0], m.begin))
        ):
            yield Relation(meeting.iri, PARTICIPANT, m.iri, span)


# The organiser of a meeting as the subject of its verb: before it ("X organiseert op 4 juni
# de ..."), right after it ("... organiseerde X op 4 juni de ..."), or its agent ("... werd
# georganiseerd door X").
_ORGANISER_BEFORE = re.compile(
    r"\s+(?:(?:heeft|had|zal|gaat)\s+)?(?:(?:[a-z]+|\d{4})\s+){0,4}?"
    r"(?:organiseert|organiseerde|georganiseerd)(?!\w)"
)
_ORGANISER_AFTER = re.compile(
    r"(?<!\w)(?:organiseert|organiseerde|georganiseerd\s+door)\s+(?:de\s+|het\s+)?$"
)
_ORGANISED_MEETING = re.compile(r"[^.;:]{0,80}?\s(?:de|het|een)\s+$")


def _organiser(text: str, here: list[Candidate], span: tuple[int, int]) -> Iterator[Relation]:
    """ "Met deelname van A en B organiseerde X op 20 maart de Benelux-conferentie Y", "De
    Benelux-dag Z werd georganiseerd door X": the one organiser of the one meeting the
    sentence names takes part in it (gold: organisers of a conference take part)."""
    meetings = [m for m in here if m.cls == "Meeting"]
    if len(meetings) != 1:
        return
    meeting = meetings[0]
    for m in here:
        if m.cls not in ORGANISERS or meeting.begin <= m.begin < meeting.end:
            continue
        before = _ORGANISER_BEFORE.match(text, m.end, span[1])
        after = _ORGANISER_AFTER.search(text, max(span[0], m.begin - 40), m.begin)
        if before is not None and meeting.begin >= before.end():
            # The subject, then the verb, then the meeting as its object.
            if not _ORGANISED_MEETING.fullmatch(text, before.end(), meeting.begin):
                continue
        elif after is None:
            continue
        yield Relation(meeting.iri, PARTICIPANT, m.iri, span)


# A party joining an instrument: "Noordrijn-Westfalen trad op dezelfde dag tot de verklaring
# toe", "NRW, dat in 2018 tot het memorandum toetrad", "...; NRW trad er in 2018 toe".
_ACCEDED = re.compile(
    r"(?<!\w)(?:(?:trad|traden|treedt|treden)\s+(?:[^\s.;:]+\s+){0,5}?"
    r"(?:tot\s+(?:de|het|dit|deze)\s+(?P<kind>[a-z][\w-]{3,})\s+)?toe"
    r"|tot\s+(?:de|het|dit|deze)\s+(?P<noun>[a-z][\w-]{3,})\s+"
    r"(?:toetrad|toetraden|toetreedt|toetreden|(?:is|zijn)\s+toegetreden)"
    # The bare perfect, with no "tot": "X is op 2 april 2029 toegetreden." (what was named
    # last before).
    r"|(?P<bare>(?:is|zijn|was|waren)\s+(?:[^\s.;:,]+\s+){0,5}?toegetreden(?=\s*[.;]))"
    r")(?!\w)"
)
# Joining by the reflexive verb: "ook de Noordse Raad sluit zich bij de verklaring aan",
# "NRW heeft zich in juni bij de verklaring aangesloten", "die zich bij het akkoord aansloot".
_JOINED_BY = re.compile(
    r"(?<!\w)zich\s+(?:[^\s.;:]+\s+){0,5}?bij\s+(?:de|het|dit|deze)\s+(?P<joined>[a-z][\w-]{3,})"
    r"\s+(?:aan|aangesloten|aansloot|aansloten|aansluit|aansluiten)(?!\w)"
)
# Subscribing to it: "Hauts-de-France onderschreef de verklaring in 2025", "Ierland
# onderschrijft sinds 2023 de Verklaring van ...".
_SUBSCRIBED = re.compile(
    r"(?<!\w)(?P<subscribing>onderschreef|onderschreven|onderschrijft|onderschrijven)\s+"
    r"(?:[^\s.;:]+\s+){0,3}?(?:de|het|dit|deze)\s+(?:(?P<subscribed>[a-z][\w-]{3,})(?![\w-]))?"
)
# Standing behind it: "Denemarken en Noorwegen schaarden zich achter de verklaring", "X heeft
# zich achter de tekst geschaard".
_BEHIND = re.compile(
    r"(?<!\w)(?:schaart|scharen|schaarde|schaarden|hebben|heeft|hadden|had)\s+zich\s+"
    r"(?:[^\s.;:]+\s+){0,4}?achter\s+(?:de|het|dit|deze)\s+(?P<behind>[a-z][\w-]{3,})(?![\w-])"
)
# Nouns that stand for the instrument just named, whatever its kind.
_ANY_KIND = ("tekst", "teksten")
_CLAUSE_OPENING = re.compile(r"[;:]\s")


def _accession(
    text: str, here: list[Candidate], span: tuple[int, int], mentions: Sequence[Candidate]
) -> Iterator[Relation]:
    """The partners that join a declaration, agreement or treaty take part in it: the one
    named after "tot", the last of the kind its noun names, or ("er") the last named before."""
    verbs = list(_ACCEDED.finditer(text, *span))
    if text.find("zich", *span) >= 0:
        verbs += _JOINED_BY.finditer(text, *span)
    if text.find("onderschr", *span) >= 0:
        verbs += _SUBSCRIBED.finditer(text, *span)
    if text.find("achter", *span) >= 0:
        verbs += _BEHIND.finditer(text, *span)
    for verb in verbs:
        groups = verb.groupdict()
        opening = [o.end() for o in _CLAUSE_OPENING.finditer(text, span[0], verb.start())]
        start = opening[-1] if opening else span[0]
        instruments = [m for m in here if m.cls in {"Declaration", "Agreement", "Treaty"}]
        named = [m for m in instruments if verb.start() <= m.begin <= verb.end()]
        noun = groups.get("kind") or groups.get("noun") or groups.get("joined")
        noun = noun or groups.get("subscribed") or groups.get("behind")
        if noun in _ANY_KIND:
            noun = None  # "achter de tekst": the instrument named last
        if groups.get("subscribing") and not named and not noun:
            continue  # "onderschrijft de Europese aanpak": no instrument
        if named:
            joined: Candidate | None = named[0]
        elif noun:
            joined = _last_instrument(text, span, mentions, noun.lower())
        else:
            earlier = [m for m in instruments if m.end <= start]
            joined = earlier[-1] if earlier else _last_instrument(text, span, mentions, "")
            if groups.get("bare") and not earlier:
                # Only if nothing else one joins (a group, a meeting) was named since.
                last = _last_named(
                    text, span, mentions, _REFERRED_KINDS - INSTRUMENTS, "", _REFERENCE_REACH
                )
                joined = (
                    _instrument_after(text, span, mentions, last) if last is not None else joined
                )
        if joined is None:
            continue
        for p in here:
            if (
                p.cls in PARTNERS
                and start <= p.begin < verb.start()
                and not any(i.begin <= p.begin < i.end for i in instruments)
                and not _OWNER_BEFORE.search(text, max(span[0], p.begin - 12), p.begin)
            ):
                yield Relation(joined.iri, PARTICIPANT, p.iri, span)
    yield from _joined_or_signed_too(text, here, span, mentions)


# Joining what a pronominal adverb stands for: "NRW heeft zich er in januari bij aangesloten",
# "ook Denemarken sloot zich daarbij aan", "X wil zich erbij aansluiten" (an intention: left).
_JOINED_THERE = re.compile(
    r"(?<!\w)zich\s+(?:(?:er|daar|hier)\s+(?:[^\s.;:,]+\s+){0,4}?bij|(?:[^\s.;:,]+\s+){0,4}?"
    r"(?:erbij|daarbij|hierbij)(?:\s+[^\s.;:,]+){0,3}?)\s+(?:aan|aangesloten|aansloot|aansloten"
    r"|aansluit|aansluiten)(?!\w)"
)
# Signing along with the parties named before: "Het Secretariaat-Generaal tekende mee", "Ook
# Denemarken ondertekende de verklaring mee", "X heeft mee ondertekend"; or by the noun: "Ook
# NRW zette zijn handtekening (onder het memorandum)".
_SIGNED_TOO = re.compile(
    # (No conjunction between: "X tekende bezwaar aan en deed mee" is no signing.)
    r"(?<!\w)(?:(?:tekende|tekenden|ondertekende|ondertekenden)\s+"
    r"(?:(?!(?:en|of|maar|dat|die|om|te)\s)[^\s.;:,]+\s+){0,6}?mee"
    r"(?=\s*(?:[.;:,!]|$))"
    r"|(?:mee|mede)[- ]?(?:ondertekend|getekend)(?!\w)"
    r"|(?:zette|zetten|zet|plaatste|plaatsten|plaatst)\s+(?:[^\s.;:]+\s+){0,4}?"
    r"(?:zijn|haar|hun)\s+handtekening(?:en)?(?:\s+onder\s+(?:de|het|dit|deze)"
    r"\s+(?P<signed>[a-z][\w-]{3,}))?(?![\w-])"
    r"|(?:zijn|haar|hun)\s+handtekening(?:en)?\s+(?:[^\s.;:]+\s+){0,3}?(?:onder\s+(?:de|het"
    r"|dit|deze)\s+(?P<under>[a-z][\w-]{3,})\s+(?:[^\s.;:]+\s+){0,3}?)?(?:gezet|geplaatst)(?!\w))"
)
_SENTENCE_END = re.compile(r"[.!?]\s")
# What the adverb or the verb may stand for: the last thing named that one joins or signs.
_REFERRED_KINDS = INSTRUMENTS | GROUPS | {"Meeting"}


def _joined_or_signed_too(
    text: str, here: list[Candidate], span: tuple[int, int], mentions: Sequence[Candidate]
) -> Iterator[Relation]:
    """The partners that join, or sign along with others, the declaration, agreement or
    treaty the clause names or, when it names none, the one named last before: only if
    nothing else one could join (another instrument, a group, a meeting) came after it."""
    verbs: list[re.Match[str]] = []
    if text.find("zich", *span) >= 0:
        verbs += _JOINED_THERE.finditer(text, *span)
    if text.find("mee", *span) >= 0 or text.find("handtekening", *span) >= 0:
        verbs += _SIGNED_TOO.finditer(text, *span)
    for verb in verbs:
        opening = [o.end() for o in _CLAUSE_OPENING.finditer(text, span[0], verb.start())]
        start = opening[-1] if opening else span[0]
        if (
            _NEGATION.search(text, start, verb.end())
            or _NOT_YET.search(text, start, verb.end())
            or _INTENDED.search(text, start, verb.end())
        ):
            continue  # "X heeft de verklaring niet mee ondertekend", "X wil zich erbij aansluiten"
        inside = [
            m for m in here if m.cls in _REFERRED_KINDS and verb.start() <= m.begin < verb.end()
        ]
        noun = verb.groupdict().get("signed") or verb.groupdict().get("under")
        joined: Candidate | None
        if inside:
            joined = inside[0]
        elif noun:
            joined = _last_instrument(text, span, mentions, noun.lower())
        else:
            # The adverb or the bare verb refers to the last thing named before the clause.
            before = [
                m
                for m in mentions
                if m.cls in _REFERRED_KINDS and span[0] - _REFERENCE_REACH <= m.begin < start
            ]
            joined = before[-1] if before else None
            if joined is not None and len(_SENTENCE_END.findall(text, joined.end, start)) > 1:
                joined = None  # only what the sentence before (or this one) named
        signing = verb.re is _SIGNED_TOO
        # One joins a group too ("De werkgroep X ... NRW heeft zich er in 2025 bij
        # aangesloten"), but signs only an instrument.
        if joined is None or not (
            joined.cls in _PARTY_INSTRUMENTS or (joined.cls in GROUPS and not signing)
        ):
            continue
        for p in here:
            inverted = verb.start() <= p.begin < verb.end() and signing
            if (
                (p.cls in PARTNERS or (signing and p.cls in SIGNING_BODIES))
                and (start <= p.begin < verb.start() or inverted)
                and not any(m.begin <= p.begin < m.end for m in here if m.cls in INSTRUMENTS)
                and not _OWNER_BEFORE.search(text, max(span[0], p.begin - 12), p.begin)
                and p.iri != joined.iri
            ):
                yield Relation(joined.iri, PARTICIPANT, p.iri, span)


# The chair of a group or meeting: "De werkgroep vergadert onder voorzitterschap van de
# Arbeidsinspectie", "Die komt jaarlijks bijeen onder voorzitterschap van het SG".
# An adjective of origin may stand before the chair: "onder voorzitterschap van het Vlaamse
# Departement Omgeving".
# "onder voorzitterschap van", "onder leiding van", "wordt geleid door", "wordt getrokken
# door": the body that chairs or leads.
_CHAIR_OF = re.compile(
    r"(?<!\w)(?:onder\s+(?:voorzitterschap|leiding)\s+van|(?:geleid|getrokken)\s+door)\s+"
    r"(?:de\s+|het\s+)?(?:[A-Z][a-z]+(?:se|sche)\s+)?$"
)
_PRONOUN_OPENING = re.compile(r"\s*(?:Die|Dat|Zij|Het)\s+[a-z]")


def _chaired_by(
    text: str, here: list[Candidate], span: tuple[int, int], mentions: Sequence[Candidate]
) -> Iterator[Relation]:
    """A body that chairs a group takes part in it: the group named before in the sentence,
    the last of the kind the sentence opens with, or the last group for a pronoun."""
    for chair in here:
        if chair.cls not in PARTNERS | {"Institution"}:
            continue
        if not _CHAIR_OF.search(text, max(span[0], chair.begin - 50), chair.begin):
            continue
        named = [
            m
            for m in here
            if m.cls in GROUPS | {"Meeting"}
            and m.end <= chair.begin
            # "Zij rapporteert aan het Directiecomité X en staat onder voorzitterschap van Y":
            # the parent the group reports to is not what Y chairs.
            and not _is_parent_named(text, m)
        ]
        group = named[-1] if named else None
        kind = _KIND_SUBJECT.match(text, span[0], span[1]) if group is None else None
        if kind is not None:
            group = _last_of_kind(text, span, mentions, kind.group(1).lower(), True)
        elif group is None and _PRONOUN_OPENING.match(text, span[0], span[1]):
            group = _last_group(text, span, mentions)
        if group is not None and group.iri != chair.iri:
            yield Relation(group.iri, PARTICIPANT, chair.iri, span)


# The verbs of chairing a group, and its agent: "voorgezeten door het Secretariaat-Generaal".
_CHAIRED = re.compile(r"voorgezeten|gecoördineerd", re.IGNORECASE)
# "een delegatie van het Beneluxparlement", "delegaties van het Benelux-Parlement".
_DELEGATION_OF = re.compile(r"(?<!\w)delegaties?\s+van\s+(?:de\s+|het\s+)?$", re.IGNORECASE)


def _delegated_institutions(text: str, here: Sequence[Candidate]) -> list[Candidate]:
    """The bodies of the Union the sentence names right after "een delegatie van"."""
    return [
        m
        for m in here
        if m.cls == "Institution" and _DELEGATION_OF.search(text, max(0, m.begin - 24), m.begin)
    ]


_BY_BEFORE = re.compile(r"(?<!\w)door\s+(?:de\s+|het\s+)?$")


# "woonde de hoorzitting als gast bij", "woonden de zitting bij": the kind of meeting attended.
_ATTENDED_KIND = re.compile(
    r"(?<!\w)(?:woonde|woonden|woont|wonen)\s+(?:de|het|deze|dit)\s+([a-z][a-z-]{2,})\s+"
    r"(?:[^\s.;:]+\s+){0,3}?bij(?!\w)"
)
# Taking part confirmed or promised, in no meeting named: "X heeft haar deelname bevestigd",
# "X en Y hebben hun deelname toegezegd", "X bevestigde zijn deelname".
_CONFIRMED = re.compile(
    r"(?<!\w)(?:zijn|haar|hun)\s+deelname\s+(?:(?:[a-z]+|\d{4})\s+){0,2}?"
    r"(?:bevestigd|toegezegd|aangekondigd)(?!\w)"
    r"|(?<!\w)(?:bevestigt|bevestigen|bevestigde|bevestigden|zegt|zeggen|zegde|zegden)"
    r"\s+(?:(?:[a-z]+|\d{4})\s+){0,2}?(?:zijn|haar|hun)\s+deelname(?:\s+toe)?(?!\w)(?!\s+aan\s)"
)
# The work of a group attended, with nothing after the noun ("woont de vergaderingen als
# waarnemer bij"; not "de vergaderingen van het Comité"): taking part in the group.
_ATTENDED_WORK = re.compile(
    r"(?<!\w)(?:woonde|woonden|woont|wonen)\s+(?:(?:[a-z]+|\d{4})\s+){0,2}?(?:de|het)\s+"
    r"(?:vergaderingen|bijeenkomsten"
    r"|werkzaamheden|activiteiten)\s+(?:(?!van\s|in\s|op\s)[^\s.;:]+\s+){0,3}?bij(?!\w)"
)
# "neemt ook de premier aan de top deel": what is taken part in, inside a separable verb.
_AAN_KIND_OPENING = re.compile(r"\s*Aan\s+(?:de|het|deze|dit)\s+([a-z][a-z-]{2,})\s")
_AAN_KIND_DEEL = re.compile(
    r"(?<!\w)aan\s+(?:de|het|deze|dit)\s+([a-z][a-z-]{2,})\s+deel(?:nemen|neemt|nam|namen)?(?!\w)"
)


def _last_named(
    text: str,
    span: tuple[int, int],
    mentions: Sequence[Candidate],
    classes: Collection[str],
    noun: str,
    reach: int,
) -> Candidate | None:
    """The mention of ``classes`` named last before, within ``reach``, whose name has
    ``noun`` as a word or a compound's head ("de top": the Benelux-top 2026; "het
    memorandum": the Memorandum of Understanding over ...); any of them without ``noun``."""
    head = re.compile(rf"(?:^|[\s-]|\w){re.escape(noun)}(?:\s|$)")
    before = [
        m
        for m in mentions
        if m.cls in classes
        and span[0] - reach <= m.begin < span[0]
        and (
            not noun
            or head.search(_name_of(text, m))
            or head.search(" ".join(text[m.begin : m.end].lower().split()))
        )
    ]
    return before[-1] if before else None


def _last_meeting_of_kind(
    text: str,
    span: tuple[int, int],
    mentions: Sequence[Candidate],
    noun: str = "",
    reach: int = _MEETING_REACH,
) -> Candidate | None:
    """The meeting named last before (of the kind ``noun`` names): "de conferentie", the
    Benelux-onderwijsconferentie."""
    return _last_named(text, span, mentions, {"Meeting"}, noun, reach)


# "Het memorandum werd ...", "Het verdrag, gesloten tussen ...": a subject named by its kind.
_PARTY_INSTRUMENTS = frozenset({"Declaration", "Agreement", "Treaty"})
_INSTRUMENT_SUBJECT = re.compile(r"\s*(?:Het|De|Dit|Deze)\s+([a-z]{4,})[\s,]")
# The instrument a declaring verb speaks through, opening the sentence: "Met de verklaring",
# "In dit akkoord", "Daarbij" excluded (no kind named).
_DECLARED_IN = re.compile(r"\s*(?:Met|In)\s+(?:het|de|dit|deze)\s+([a-z]{4,})\s+$")
# A pronoun subject of a passive: "Deze werd op 4 maart ondertekend door ...".
_PRONOUN_PASSIVE = re.compile(r"\s*(?:Deze|Dit|Die|Dat)\s+(?:werd|werden|is|zijn|wordt|worden)\s")
# A verb by which the parties of an instrument are named: "ondertekend", "gesloten tussen".
_SIGNED = re.compile(r"ondertek|gesloten", re.IGNORECASE)


def _instrument_after(
    text: str, span: tuple[int, int], mentions: Sequence[Candidate], group: Candidate
) -> Candidate | None:
    """The declaration, agreement or treaty named after ``group`` and before the sentence,
    within reach: the last thing named, which a verb with no object joins."""
    found = [
        m
        for m in mentions
        if m.cls in _PARTY_INSTRUMENTS
        and group.end <= m.begin < span[0]
        and span[0] - _REFERENCE_REACH <= m.begin
    ]
    if not found or any(
        m.cls in GROUPS | {"Meeting"} and found[-1].end <= m.begin < span[0] for m in mentions
    ):
        return None
    return found[-1]


def _last_instrument(
    text: str, span: tuple[int, int], mentions: Sequence[Candidate], noun: str
) -> Candidate | None:
    """The declaration, agreement or treaty named last before (of the kind ``noun`` names)."""
    return _last_named(text, span, mentions, _PARTY_INSTRUMENTS, noun, _REFERENCE_REACH)


# "De werkgroep telt vier leden. Het gaat om X, Y en Z.": a sentence that names the members
# the sentence before counted.
_MEMBERS_NAMED = re.compile(
    r"\s*(?:Het\s+gaat\s+om|Het\s+betreft|Dat\s+zijn|Dit\s+zijn|Het\s+zijn|Deze\s+zijn"
    r"|Te\s+weten|Namelijk)\s"
)
_MEMBERS_COUNTED = re.compile(
    r"(?<!\w)(?:leden|lidorganisaties|deelnemers|partners|deelnemende\s+organisaties)(?!\w)"
)


def _members_counted_before(
    text: str,
    before: tuple[int, int],
    span: tuple[int, int],
    there: Sequence[Candidate],
    here: Sequence[Candidate],
) -> list[Relation]:
    """The members a sentence names after the one group of the sentence before counted them
    ("De werkgroep X telt vier leden. Het gaat om A, B en C.")."""
    opening = _MEMBERS_NAMED.match(text, span[0], span[1])
    if opening is None or not _MEMBERS_COUNTED.search(text, *before):
        return []
    if _NEGATION.search(text, *before) or _NEGATION.search(text, *span):
        return []
    counted = [m for m in there if m.cls in GROUPS | {"Meeting"}]
    if any(m.cls in GROUPS for m in here) or len({m.iri for m in counted}) != 1:
        return []
    return [
        Relation(counted[0].iri, PARTICIPANT, p.iri, span)
        for p in here
        if p.cls in PARTNERS and not any(q != p and q.begin <= p.begin < q.end for q in here)
    ]


# What the sentence before may have given members to, that a closing "Z nam als waarnemer
# deel." speaks of again.
_GIVEN_MEMBERS = GROUPS | {"Meeting"}


def _sole_subject(
    found: Sequence[Relation], mentions: Sequence[Candidate], before: int
) -> Candidate | None:
    """The one group or meeting a sentence's members were given to (its last mention
    before ``before``, the sentence's end), or None if there were none or several."""
    subjects = {r.subject for r in found if r.predicate == PARTICIPANT}
    if len(subjects) != 1:
        return None
    iri = subjects.pop()
    named = [m for m in mentions if m.iri == iri and m.begin < before]
    return named[-1] if named else None


def _last_group(
    text: str, span: tuple[int, int], mentions: Sequence[Candidate]
) -> Candidate | None:
    """The group named last before this sentence, within reach, but not one named as the
    parent of another ("De werkgroep X, die onder het Senningenoverleg valt, ...")."""
    before = [
        m
        for m in mentions
        if m.cls in GROUPS
        and span[0] - _REFERENCE_REACH <= m.begin < span[0]
        and not _is_parent_named(text, m)
    ]
    return before[-1] if before else None


# An indefinite noun phrase: a new referent that "daaraan" may stand for instead.
_INDEFINITE = re.compile(r"(?<!\w)een\s+(?!keer\b|maal\b|aantal\b)", re.IGNORECASE)


def _joined_regions(text: str, m: Candidate, mentions: Sequence[Candidate]) -> Iterator[str]:
    """The regions joined to the Benelux by a dash in the name ``m`` ("Benelux-Noordrijn-
    Westfalen", "Benelux Unie-Hauts-de-France"), known by the names the text gives them;
    and the Union, where the name spells it out."""
    for dash in _BENELUX_DASH.finditer(text, m.begin, m.end):
        if "Unie" in dash.group():
            union = (u for u in mentions if u.begin == dash.start() and u.cls in SIGNING_BODIES)
            yield from (u.iri for u in union)
        for r in mentions:
            surface = text[r.begin : r.end]
            if (
                r.cls == "NeighbouringRegion"
                and dash.end() + len(surface) <= m.end
                and text.startswith(surface, dash.end())
            ):
                yield r.iri
                break


def _last_meeting_after_group(
    text: str, span: tuple[int, int], mentions: Sequence[Candidate]
) -> Candidate | None:
    """The meeting named last before, within reach, if no group was named after it and
    nothing new was introduced since."""
    meeting = _last_meeting_of_kind(text, span, mentions, reach=_REFERENCE_REACH)
    if meeting is None or _INDEFINITE.search(text, meeting.end, span[0]):
        return None
    group = _last_group(text, span, mentions)
    return meeting if group is None or group.begin < meeting.begin else None


def _last_group_unless_new(
    text: str, span: tuple[int, int], mentions: Sequence[Candidate]
) -> Candidate | None:
    """The group named last before, unless something new was introduced after it ("Naast
    de taskforce is er een wekelijks overleg. Daaraan nemen ...": the overleg)."""
    group = _last_group(text, span, mentions)
    if group is None or _INDEFINITE.search(text, group.end, span[0]):
        return None
    return group


def _author_after(text: str, here: list[Candidate], m: Candidate) -> str | None:
    for body in here:
        if body.iri not in {COMMITTEE, PARLIAMENT}:
            continue
        if body.begin >= m.end and _AUTHOR_LINK.fullmatch(text, m.end, body.begin):
            return body.iri
        inside = m.begin < body.begin < m.end and body.begin - m.begin < 40
        if inside and _AUTHOR_IN_NAME.fullmatch(text, m.begin, body.begin):
            return body.iri  # "Aanbeveling van het Beneluxparlement over ..."
    return None


# A numbered section heading: "\n6.3.1 Aanbeveling over ...", or run into the sentence
# before it by the clean text (". 6.2.2 Benelux-verklaring ...").
_SECTION_HEADING = re.compile(
    r"(?:^|\n|(?<=[.!?:])[ \t]+)[ \t]*\d{1,2}(?:\.\d{1,2})+\.?[ \t]+(?=[A-Z])"
)


def _nearest_before(
    mentions: Sequence[Candidate], position: int, wanted: set[str], window: int
) -> str | None:
    best: Candidate | None = None
    for m in mentions:
        near = m.iri in wanted and position - window <= m.begin < position
        if near and (best is None or m.begin > best.begin):
            best = m
    return best.iri if best else None


# The writer of a letter calls the ministry of its letterhead "mijn ministerie" ("staat onder
# voorzitterschap van mijn ministerie", "Nederland is vertegenwoordigd door mijn ministerie").
_OWN_MINISTRY = Opened(
    re.compile(r"(?<!\w)[Mm]ijn\s+(?:ministerie|departement)(?![\w-])(?!\s+van\s+[A-Z])"),
    ["mijn"],
)
_LETTERHEAD_REACH = 300  # characters from the top of a letter to the end of its letterhead
_MINISTRY_NAME = re.compile(r"(?:minist[eè]r[ie]e?|departement)\b", re.IGNORECASE)


def _own_ministry(text: str, mentions: Sequence[Candidate]) -> Iterator[Candidate]:
    """ "mijn ministerie" as a mention of the ministry the letterhead names (the first
    mention of the text, a national body named "Ministerie ..."); none without one."""
    first = min(mentions, key=lambda m: m.begin, default=None)
    if (
        first is None
        or first.cls != "NationalBody"
        or first.begin >= _LETTERHEAD_REACH
        or not _MINISTRY_NAME.match(text, first.begin, first.end)
    ):
        return
    for own in _OWN_MINISTRY.finditer(text):
        if not any(m.begin < own.end() and own.start() < m.end for m in mentions):
            yield replace(first, begin=own.start(), end=own.end())


# Round 22 (set Q): participation and cooperation read from the subject of a sentence.

# A verb of taking part inside a relative clause right after a group or a meeting: "tijdens
# de exotendag die het Secretariaat-Generaal samen met de Euregio organiseerde" speaks of
# that day, not of a platform the main clause named.
_RELATIVE_AFTER = re.compile(r",?\s+(?:die|dat)\s+[^.;:,()]{0,120}$")


def _antecedent_only(text: str, groups: list[Candidate], verb: re.Match[str]) -> list[Candidate]:
    """Of several groups, the one a relative clause holding ``verb`` stands right after."""
    if len(groups) < 2:
        return groups
    for g in groups:
        if g.end <= verb.start() and _RELATIVE_AFTER.fullmatch(text, g.end, verb.start()):
            return [g]
    return groups


# A group that gathers its members: "Zij valt onder X en brengt A, B en C samen", "Het
# platform brengt de diensten bijeen die ...: A, B en C".
_GATHERS = re.compile(
    r"(?<!\w)(?:brengt|brengen|bracht|brachten)\s+([^.;]{3,400}?)\s+(?:samen|bijeen)(?!\w)"
)
# The members named after the verb, by a plural noun and a list: "brengt de diensten bijeen
# die ... uitvoeren: A, B en C".
_GATHERED_NOUN = re.compile(r"(?:de|het)\s+[a-z]{4,}")


def _gathered_by_subject(
    text: str,
    here: list[Candidate],
    span: tuple[int, int],
    mentions: Sequence[Candidate],
    before: tuple[int, int] | None,
) -> Iterator[Relation]:
    """The members of the group a sentence opens with (by its name, its kind or a pronoun
    for the subject of the sentence before) that "brengt ... samen/bijeen"."""
    if text.find("br", span[0], span[1]) < 0:
        return
    gathers = _GATHERS.search(text, span[0], span[1])
    if gathers is None:
        return
    found = _subject_of(text, span, here, mentions, before)
    if found is None or found[0].cls not in GROUPS or found[1] > gathers.start():
        return
    # Nothing named between the subject and the verb may be its subject instead.
    if any(found[1] <= m.begin < gathers.start() and m.cls in PARTNERS for m in here):
        return
    if _NEGATION.search(text, span[0], gathers.end()) or _NOT_YET.search(
        text, span[0], gathers.end()
    ):
        return
    end = gathers.end(1)
    if _GATHERED_NOUN.fullmatch(gathers.group(1)) and text.find(":", end, span[1]) >= 0:
        end = span[1]
    for m in here:
        if m.cls in PARTNERS and gathers.start() < m.begin < end:
            if any(o.begin <= m.begin and m.end <= o.end and o is not m for o in here):
                continue  # a place inside a member's name
            yield Relation(found[0].iri, PARTICIPANT, m.iri, span)


# Joining forces in a group: "X en Y trekken (daarin) samen op in het netwerk Z", "Met X
# trekt Y samen op in het netwerk Z": all of them take part in the group, and are no
# partners of each other for it.
_JOINED_IN = re.compile(
    r"(?<!\w)(?:trekt|trekken|trok|trokken)\s+(?:[^\s.;:,]+\s+){0,3}?samen\s+op\s+"
    r"(?:(?:[a-z]+\s+){0,2}?)(?:in|binnen)\s+(?:de\s+|het\s+)?$"
)
_WITH_OPENING = re.compile(r"\s*Met\s+(?:de\s+|het\s+)?")
_JOINING = (COOPERATORS | PLACES) - GROUPS  # who may join forces in a group


def _joined_forces_in(
    text: str, here: list[Candidate], span: tuple[int, int]
) -> Iterator[Relation]:
    if text.find("samen op", span[0], span[1]) < 0:
        return
    for g in here:
        if g.cls not in GROUPS:
            continue
        verb = _JOINED_IN.search(text, max(span[0], g.begin - 80), g.begin)
        if verb is None or _NEGATION.search(text, span[0], verb.end()):
            continue
        opening = _WITH_OPENING.match(text, _section_end(text, span), verb.start())
        members = [
            m
            for m in here
            if m.cls in _JOINING
            and span[0] <= m.begin < verb.start()
            and not any(o.begin <= m.begin and m.end <= o.end and o is not m for o in here)
        ]
        # The subject: a coordinated list right before the verb ("De VNG en de VVSG
        # trekken"), or the body after an inverted verb with "Met X" opening ("Met X trekt
        # de Benelux Unie samen op").
        subject = [m for m in here if m.cls in _JOINING and m.begin >= verb.start()]
        subject = [m for m in subject if m.end <= verb.end()]
        if opening is not None:
            after = [m for m in here if m.cls in _JOINING and verb.start() < m.begin]
            after = [m for m in after if m.end <= verb.end()]
            partner = next((m for m in members if m.begin == opening.end()), None)
            if partner is None or not after:
                continue
            taking = [partner, after[0]]
        else:
            last = max(members, key=lambda m: m.end, default=None)
            if last is None or not re.fullmatch(r"\s*", text[last.end : verb.start()]):
                continue
            taking = [last, *_coordinated_before(text, here, last, _JOINING)]
        for m in (*taking, *subject):
            yield Relation(g.iri, PARTICIPANT, m.iri, span)


# A sentence opening with the verb of a seat: "Zitting hebben X, Y en Z." speaks of the
# group the sentence before was about.
_SEATED_OPENING = re.compile(
    r"\s*(?:Zitting\s+(?:hebben|heeft|hadden|had)|Lid\s+zijn)\s+(?:de\s+|het\s+)?"
)


def _seated_in_previous(
    text: str,
    here: list[Candidate],
    span: tuple[int, int],
    mentions: Sequence[Candidate],
    before: tuple[int, int] | None,
) -> Iterator[Relation]:
    if not here or not text.startswith(("Z", "L"), _section_end(text, span)):
        return
    opening = _SEATED_OPENING.match(text, _section_end(text, span), span[1])
    if opening is None:
        return
    group = _previous_subject(text, mentions, before)
    if group is None or group.cls not in GROUPS:
        return
    places = [m for m in here if m.cls in PARTNERS]
    for m in _subject_list(text, places, opening.end()):
        yield Relation(group.iri, PARTICIPANT, m.iri, span)


# A group by its kind opening the sentence, with a relative clause closed by a comma, then a
# verb of cooperation: "Dat netwerk, dat aan het Comité rapporteert, werkt sinds 2026 samen
# met X".
_KIND_CLAUSE_SUBJECT = re.compile(
    r"\s*(?:Het|De|Dit|Deze|Dat)\s+([a-z]{4,}),\s*(?:die|dat)\s[^.;:,]{1,120},\s*$"
)


def _kind_before_clause(
    text: str,
    span: tuple[int, int],
    verb_start: int,
    mentions: Sequence[Candidate],
    match: re.Match[str],
) -> Candidate | None:
    if not match.group().lower().startswith("werk"):
        return None
    kind = _KIND_CLAUSE_SUBJECT.fullmatch(text, _section_end(text, span), verb_start)
    if kind is None:
        return None
    return _last_of_kind(text, span, mentions, kind.group(1).lower())


# Between two names of a list, an abbreviation in brackets after the first: "het Office de
# la Naissance et de l'Enfance (ONE) en het Luxemburgse Ministère ...".
_SUBJECT_GLUE = re.compile(rf"(?:\s*\([^()]{{1,60}}\))?(?:{_AND.pattern})")


def _subject_list(text: str, places: Sequence[Candidate], start: int) -> list[Candidate]:
    """The names coordinated at ``start`` ("X, Y en de Z"), the subject of the sentence."""
    found: list[Candidate] = []
    for p in sorted((p for p in places if p.begin >= start), key=lambda p: p.begin):
        if found and text.startswith("(", p.begin - 1):
            continue  # "het Office ... (ONE)": the abbreviation of the name before
        if not found:
            if p.begin != start:
                return []
        elif not _SUBJECT_GLUE.fullmatch(text, found[-1].end, p.begin):
            break
        found.append(p)
    return found


def _member_sentence(text: str, span: tuple[int, int], here: Sequence[Candidate]) -> bool:
    """Whether a sentence only lists members of a group it does not name ("Zitting hebben
    X en Y", "X en Y sluiten zich als partner aan")."""
    start = _section_end(text, span)
    if _SEATED_OPENING.match(text, start, span[1]) is not None:
        return True
    subject = _subject_list(text, [m for m in here if m.cls in PARTNERS], start)
    return bool(subject) and (
        _JOINS_CLOSING.match(text, subject[-1].end, span[1]) is not None
        or _REPRESENTED.match(text, subject[-1].end, span[1]) is not None
    )


def _topic_group(
    text: str, spans: Sequence[tuple[int, int]], index: int, mentions: Sequence[Candidate]
) -> Candidate | None:
    """The group the sentences before ``index`` are about: the subject of the sentence before
    (a name, a kind, or a pronoun for the one before it), looking past sentences that only
    list members ("Zitting hebben ..."), up to three back."""
    for j in range(index - 1, max(-1, index - 4), -1):
        span = spans[j]
        here = [m for m in mentions if span[0] <= m.begin < span[1]]
        found = _subject_of(text, span, here, mentions, spans[j - 1] if j else None)
        if _member_sentence(text, span, here):
            continue
        if found is not None:
            return found[0] if found[0].cls in GROUPS else None
        return None
    return None


# Members with a verb that names no group ("X en Y sluiten zich als partner aan", "X doet mee
# waar het ... gaat", "X schuift aan wanneer ..."), or a member state represented by a body
# ("Nederland is vertegenwoordigd door het Ministerie X, dat ..."): the group the text is
# about.
_JOINS_CLOSING = re.compile(
    r"\s+(?:(?:sluit|sluiten|sloot|sloten)\s+zich\s+(?:[^\s.;:,]+\s+){0,3}?aan"
    r"|(?:doet|doen|deed|deden)\s+(?:[^\s.;:,]+\s+){0,2}?mee)(?=[\s.;,])"
)
_REPRESENTED = re.compile(r"\s+(?:is|was|wordt|werd)\s+vertegenwoordigd\s+door\s+(?:de\s+|het\s+)?")


def _members_of_topic(
    text: str,
    here: list[Candidate],
    spans: Sequence[tuple[int, int]],
    index: int,
    mentions: Sequence[Candidate],
) -> Iterator[Relation]:
    span = spans[index]
    if not here or any(m.cls in TAKING_PART for m in here):
        return
    start = _section_end(text, span)
    if min(m.begin for m in here) != start:
        return  # (a cheap test first: the sentence opens with a name)
    places = [m for m in here if m.cls in PARTNERS]
    subject = _subject_list(text, places, start)
    if not subject:
        return
    tail = subject[-1].end
    members: list[Candidate] = []
    joins = _JOINS_CLOSING.match(text, tail, span[1])
    if joins is not None and _CLOSING.search(text, joins.end() - 3, span[1]):
        members = subject
    represented = _REPRESENTED.match(text, tail, span[1]) if len(subject) == 1 else None
    if represented is not None:
        body = next((m for m in places if m.begin == represented.end()), None)
        if subject[0].cls in PLACES and body is not None and body.cls not in PLACES:
            members = [subject[0], body]
    if not members:
        return
    if _NEGATION.search(text, span[0], span[1]) or _NOT_YET.search(text, span[0], span[1]):
        return
    group = _topic_group(text, spans, index, mentions)
    if group is not None:
        for m in members:
            yield Relation(group.iri, PARTICIPANT, m.iri, span)


# "Namens de Grande Région lichtte de heer X de studie toe", "Namens Vlaanderen sprak Y": a
# body that speaks through a person at the meeting named last takes part in it.
_ON_BEHALF_OPENING = re.compile(r"\s*Namens\s+(?:de\s+|het\s+)?")
_ARTICLE = re.compile(r"(?:de|het)\s+")
_THERE_AFTER = re.compile(r"\s+(?:er|daar)\s")
_SPEAKS = re.compile(
    r"\s+(?:sprak|spreekt|lichtte|licht|gaf|geeft|presenteerde|presenteert|nam|neemt"
    r"|verwelkomde|opende|schetste|toonde)\s"
)


def _spoken_on_behalf(
    text: str, here: list[Candidate], span: tuple[int, int], mentions: Sequence[Candidate]
) -> Iterator[Relation]:
    if not here or not text.startswith("Namens", _section_end(text, span)):
        return
    opening = _ON_BEHALF_OPENING.match(text, _section_end(text, span), span[1])
    if opening is None:
        return
    body = next((m for m in here if m.begin == opening.end() and m.cls in MEETING_BODIES), None)
    if body is None or not _SPEAKS.match(text, body.end, span[1]):
        return
    meeting = _last_meeting_of_kind(text, span, mentions, "", _REPORTED_MEETING_REACH)
    if meeting is not None:
        yield Relation(meeting.iri, PARTICIPANT, body.iri, span)
        # "Namens Nederland presenteerde het Ministerie van X er een handreiking": the body
        # that speaks, right after the verb, with "er" for the meeting, takes part too.
        verb = _SPEAKS.match(text, body.end, span[1])
        speaker = next(
            (
                m
                for m in here
                if verb is not None
                and m.cls in MEETING_BODIES - PLACES
                and _ARTICLE.fullmatch(text, verb.end(), m.begin)
            ),
            None,
        )
        if speaker is not None and _THERE_AFTER.match(text, speaker.end, span[1]):
            yield Relation(meeting.iri, PARTICIPANT, speaker.iri, span)


# A body that follows a group, named by its kind, or its work as an observer: "De DFS volgt
# de werkgroep sinds dit voorjaar.", "De Europese Commissie volgt de werkzaamheden als
# waarnemer": it takes part in the group named last, or the one the text is about.
_FOLLOWS_KIND = re.compile(
    r"\s+(?:volgt|volgen|volgde|volgden)\s+(?:ook\s+|sinds\s+\d{4}\s+)?"
    r"(?:de\s+(?P<kind>werkgroep|taskforce|stuurgroep)|de\s+(?P<work>werkzaamheden))"
    r"(?=[\s.;,])"
)
_AS_OBSERVER = re.compile(r"\bals\s+waarnemer\b")


def _following_group(
    text: str,
    here: list[Candidate],
    spans: Sequence[tuple[int, int]],
    index: int,
    mentions: Sequence[Candidate],
) -> Iterator[Relation]:
    span = spans[index]
    if not here or text.find("volg", span[0], span[1]) < 0:
        return
    opening = _UNIT_SUBJECT.match(text, _section_end(text, span), span[1])
    if opening is None:
        return
    first = min(here, key=lambda m: m.begin)
    if first.begin != opening.end() or first.cls not in PARTNERS | {"Institution"}:
        return
    end = first.end
    if text.startswith(" (", end):  # "De Deutsche Flugsicherung (DFS) volgt"
        close = text.find(")", end, min(span[1], end + 40))
        end = close + 1 if close >= 0 else end
    follows = _FOLLOWS_KIND.match(text, end, span[1])
    if follows is None or _NEGATION.search(text, span[0], span[1]):
        return
    # A group named right after the kind is read by the verb tables ("de werkgroep X").
    if any(m.begin <= follows.end() + 1 and m.end > follows.end() for m in here):
        return
    group: Candidate | None
    if follows.group("kind"):
        group = _last_of_kind(text, span, mentions, follows.group("kind"))
    else:
        # "volgt de werkzaamheden" alone may be a reader following the news: only as an
        # observer, of the group the sentences before are about.
        clause_end = text.find(" en ", follows.end(), span[1])
        clause_end = clause_end if clause_end >= 0 else span[1]
        if _AS_OBSERVER.search(text, follows.end(), clause_end) is None:
            return
        group = _topic_group(text, spans, index, mentions)
    if group is not None and group.cls in GROUPS:
        yield Relation(group.iri, PARTICIPANT, first.iri, span)


# A counted plural of bodies that refers back to bodies named before: "de drie regulatoren",
# "de drie weerdiensten", "Naast de drie Peppol-autoriteiten", "met beide assemblees". The noun
# (its last part) says what kind of body; its singular finds where the text introduced them.
_BODY_PLURALS = {
    "regulatoren": "regulator",
    "toezichthouders": "toezichthouder",
    "autoriteiten": "autoriteit",
    "diensten": "dienst",
    "instanties": "instantie",
    "agentschappen": "agentschap",
    "instituten": "instituut",
    "assemblees": "assemblee",
    "parlementen": "parlement",
}
_COUNTED_PLURAL = re.compile(
    r"(?<![\w-])(?:(?:[Dd]e|[Dd]eze|[Aa]lle)\s+(twee|drie|vier|vijf|zes)|(?:[Dd]e\s+)?([Bb]eide))"
    rf"\s+((?:[\w]+-)?[a-z]*?({'|'.join(_BODY_PLURALS)}))(?![\w-])"
)
_COUNTED_WORDS = ("twee", "drie", "vier", "vijf", "zes", "eide")  # one in every such plural
# The classes such a plural may stand for: an assembly may be an institution of the Union.
_COUNTED_BODIES = {"NationalBody", "ExternalOrganisation"}
_ASSEMBLIES = {"assemblees", "parlementen"}
_NAMED_AFTER = re.compile(r"\s*(?:[,:(]|[-–—]|,?\s*(?:namelijk|te\s+weten))\s*(?:de\s+|het\s+)?")
_COUNTED_REACH = 4000  # characters back to the bodies a counted plural refers to
# The one name the plural stands as while its sentence is read again.
_COUNTED_IRI = ID + "counted/bodies"


def _bodies_in(found: Iterable[Candidate], classes: Collection[str]) -> dict[str, Candidate]:
    """The bodies of ``classes`` among ``found``, one per entity, none inside another's name."""
    listed = [m for m in found if m.cls in classes]
    return {
        m.iri: m
        for m in reversed(listed)
        if not any(q is not m and q.begin <= m.begin and m.end <= q.end for q in listed)
    }


def _counted_referents(
    text: str,
    spans: Sequence[tuple[int, int]],
    by_sentence: Mapping[int, list[Candidate]],
    i: int,
) -> tuple[re.Match[str], list[Candidate]] | None:
    """The plural that counts bodies named before and those bodies: those of the sentence
    before if it names exactly that many ("Een delegatie van X en een waarnemer van Y woonden
    de zitting bij. ... met beide assemblees"), else the one set of exactly that many named
    before within reach, as a list ("X (ABBR), Y en de Luxemburgse Z") or in a sentence that
    names the kind ("slaan de Belgische en de Nederlandse Peppol-autoriteit, X en Y, de handen
    ineen met de Luxemburgse Z"). None if there is no such plural or more than one such set."""
    b, e = spans[i]
    if not any(text.find(w, b, e) >= 0 for w in _COUNTED_WORDS):
        return None  # no "twee" ... "zes", no "beide": no counted plural
    counted = _COUNTED_PLURAL.search(text, b, e)
    if counted is None:
        return None
    count = _COUNTS[counted.group(1).lower()] if counted.group(1) else 2
    noun = counted.group(4)
    classes = _COUNTED_BODIES | {"Institution"} if noun in _ASSEMBLIES else _COUNTED_BODIES
    here = by_sentence.get(i, [])
    # Named right there ("de drie regulatoren, X, Y en Z"): the plural needs no referents.
    if any(_NAMED_AFTER.fullmatch(text, counted.end(), m.begin) for m in here):
        return None
    # "nemen de drie diensten deel: X, Y en Z": the names follow the colon.
    colon = text.find(":", counted.end(), e)
    if colon >= 0 and any(m.begin > colon and m.cls in classes for m in here):
        return None
    kind = _plain(counted.group(3)[: -len(noun)] + _BODY_PLURALS[noun])

    def named_in(j: int) -> dict[str, Candidate]:
        # "de Nederlandse Peppol-autoriteit, Logius": the kind alone, before a name, is no
        # name of its own ("de Baltische Assemblee" is one).
        found = by_sentence.get(j, [])
        return _bodies_in((m for m in found if _plain(text[m.begin : m.end]) != kind), classes)

    before = named_in(i - 1) if i else {}
    if len(before) == count:
        return counted, list(before.values())
    sets: set[frozenset[str]] = set()
    named: dict[str, Candidate] = {}
    for j in range(i - 1, -1, -1):
        if spans[j][1] < b - _COUNTED_REACH:
            break
        bodies = named_in(j)
        named.update(bodies)
        if len(bodies) == count and kind in _plain(text[spans[j][0] : spans[j][1]]):
            sets.add(frozenset(bodies))
        ordered = sorted(bodies.values(), key=lambda m: m.begin)
        chain = ordered[:1]
        for m in [*ordered[1:], None]:
            if m is not None and _COORDINATED_NATIONAL.fullmatch(text, chain[-1].end, m.begin):
                chain.append(m)
                continue
            if len(chain) == count:
                sets.add(frozenset(c.iri for c in chain))
            chain = [m] if m is not None else []
    if len(sets) != 1:
        return None
    return counted, [named[iri] for iri in sorted(sets.pop())]


# Signing verbs in the simple past, whose negation or particle follows the object: "X tekende
# de verklaring niet", and "sloot/sloten ... af", which closes a meeting rather than an
# agreement.
_SIGNING_SIMPLE = frozenset(
    {"tekende", "tekenden", "sloot", "sloten", "ondertekende", "ondertekenden", "onderschreef"}
)
_NOT_IN_CLAUSE = re.compile(r"[^.;:,]*?(?<!\w)(?:niet|nooit)(?!\w)")
_CLOSED_OFF = re.compile(r"[^.;:,]*?\saf\s*(?:[.;:,]|$)")


def _simple_signing(text: str, verb: re.Match[str]) -> bool:
    return text[verb.start() : verb.end()].split(maxsplit=1)[0].lower() in _SIGNING_SIMPLE


def _signed_not(text: str, verb: re.Match[str], span: tuple[int, int]) -> bool:
    if not _simple_signing(text, verb):
        return False
    word = text[verb.start() : verb.end()].split(maxsplit=1)[0].lower()
    if _NOT_IN_CLAUSE.match(text, verb.end(), span[1]):
        return True
    return word.startswith("slo") and _CLOSED_OFF.match(text, verb.end(), span[1]) is not None


# A place represented at a meeting by a body: "Nederland was vertegenwoordigd door de
# Rechtbank Limburg", "De Europese Commissie was op de exotendag vertegenwoordigd door haar
# Directoraat-generaal Milieu". Both take part in the meeting in focus: the one the clause
# names by its kind, or else the only meeting named in this sentence or the one before (no
# group named there, which the representation could be in instead).
_REPRESENTED_AT = re.compile(
    r"\s+(?:is|was|wordt|werd)\s+(?:op\s+(?:de|het)\s+(?P<kind>[a-z]{4,})\s+)?"
    r"vertegenwoordigd\s+door\s+(?:de\s+|het\s+|haar\s+|zijn\s+)?"
)
_CLAUSE_OPENING = re.compile(r"(?:^|[.;:]\s*|\n\s*)(?:[Oo]ok\s+)?(?:[Dd]e\s+|[Hh]et\s+)?$")


_FOCUS = frozenset({"Meeting", *GROUPS})  # what a sentence may refer back to


def _in_focus(
    text: str,
    spans: Sequence[tuple[int, int]],
    index: int,
    mentions: Sequence[Candidate],
    classes: Collection[str],
    rivals: Collection[str] = (),
    kind: str = "",
    besides: str = "",
) -> Candidate | None:
    """The meeting or group (of ``classes``) a sentence speaks of without naming it: the only
    one named in this sentence or the one before ("Op 4 mei vond de conferentie X plaats.
    Frankrijk was er aanwezig."); with ``kind``, the only group of that kind named before
    within reach ("Onder de werkgroep valt ..."). Nothing when two compete (one of
    ``rivals`` competes too), or none is named; ``besides`` is the one the sentence is about,
    never its own referent."""
    if kind:
        # A long kind also ends a compound name: "de conferentie" is the Noordzeeconferentie.
        compound = "|[a-z]{3}" if len(kind) >= 8 else ""
        head = re.compile(rf"(?:^|[\s-]|benelux{compound}){re.escape(kind)}(?:\s|$)")
        near = [
            m
            for m in mentions
            if m.cls in classes
            and spans[index][0] - _KIND_REACH <= m.begin < spans[index][0]
            and head.search(_name_of(text, m))
        ]
    else:
        start = spans[index - 1][0] if index else spans[index][0]
        near = [m for m in mentions if start <= m.begin < spans[index][1]]
    found = {m.iri: m for m in near if m.cls in {*classes, *rivals} and m.iri != besides}
    only = next(iter(found.values())) if len(found) == 1 else None
    return only if only is not None and only.cls in classes else None


# A body at the meeting "er" or "daar" points back to: "X was er aanwezig", "X gaf er een
# presentatie", "X licht de tekst daar toe", "X schoof er als spreker aan". Not "er" of a
# pronominal adverb ("gaf er een toelichting op": on a text) nor of "er ... over".
_THERE_AT_MEETING = re.compile(
    r"\s+(?:(?:gaf|gaven|geeft|geven|hield|hielden|houdt|houden|verzorgde|verzorgden|"
    r"verzorgt|verzorgen)\s+(?:er|daar)\s+(?:ook\s+)?(?:een|de)\s+(?:[a-z]+\s+)?"
    r"(?:presentatie|toelichting|lezing|slotlezing|inleiding|toespraak|workshop)"
    r"(?!\s+(?:op|bij|over|van|aan|voor|mee)\b)"
    r"|(?:licht|lichten|lichtte|lichtten)\s+(?:(?:de|het|zijn|haar|hun)\s+[a-z]+\s+)?"
    r"(?:er|daar)\s+toe)\s*[.;]"
)
# The same of a meeting or group: present, at the table ("X was er aanwezig", "X schuift er
# als waarnemer aan"); and with the meeting or group left out ("Ook Frankrijk nam deel.",
# "Luxemburg was als waarnemer aanwezig."), the sentence ending right after the verb.
_THERE_OR_BARE = re.compile(
    r"\s+(?:(?:was|waren|is|zijn)\s+(?:(?:er|daar)\s+)?(?:ook\s+|eveneens\s+)?"
    r"(?:als\s+(?:waarnemers?|gast|gasten)\s+)?aanwezig"
    r"|(?:schoof|schoven|schuift|schuiven)\s+(?:er|daar)\s+(?:ook\s+)?"
    r"(?:als\s+(?:waarnemers?|gast|gasten|sprekers?)\s+)?aan"
    r"|(?:nam|namen|neemt|nemen)\s+(?:ook\s+|eveneens\s+|tevens\s+)?"
    r"(?:als\s+(?:waarnemers?|gast|gasten)\s+)?deel)\s*[.;]"
)
# Inverted, the subjects after the verb: "Daarnaast namen X en Y deel.", "Verder was ook X
# aanwezig."
_BARE_INVERTED = re.compile(
    r"(?:^|[.;:]\s*|\n\s*)(?:Daarnaast|Verder|Voorts|Ook|Eveneens)\s+"
    r"(?:(?P<part>nam|namen|neemt|nemen)|was|waren|is|zijn)\s+(?:ook\s+|eveneens\s+)?"
    r"(?:de\s+|het\s+)?$"
)
_BARE_INVERTED_TAIL = re.compile(
    r"\s+(?:ook\s+|eveneens\s+)?(?:als\s+(?:waarnemers?|gast|gasten)\s+)?"
    r"(?P<tail>deel|aanwezig)\s*[.;]"
)
_NEW_PARAGRAPH = re.compile(r"\n[ \t]*\n")
_OWNER_AFTER = re.compile(r"\s+van\s+(?:de\s+|het\s+)?")


def _taking_part_there(
    text: str,
    here: list[Candidate],
    spans: Sequence[tuple[int, int]],
    index: int,
    mentions: Sequence[Candidate],
) -> Iterator[Relation]:
    """Bodies that take part in the meeting or group in focus, which the sentence refers to
    by "er" or "daar", or leaves out; nothing when the sentence names a meeting, group or
    instrument of its own, or a new paragraph opens."""
    span = spans[index]
    sentence = text[span[0] : span[1]]
    # Cheap first: every form has "er" or "daar", or "deel" or "aanwezig" closing a clause.
    if not (
        " er " in sentence or " daar " in sentence or " deel" in sentence or " aanwezig" in sentence
    ):
        return
    if not index or any(m.cls in _FOCUS | INSTRUMENTS for m in here):
        return
    if _NEW_PARAGRAPH.search(text, spans[index - 1][1], span[0]):
        return
    bodies = [m for m in here if m.cls in MEETING_BODIES]
    if not bodies:
        return
    first = bodies[0]
    listed = list(_listed(text, bodies, first.begin, span[1]))
    if not listed:
        return
    after = listed[-1].end
    # "Het Secretariaat-Generaal van de Benelux Unie licht ...": the owner is no subject.
    owner = _OWNER_AFTER.match(text, after, span[1])
    if owner is not None:
        after = next((m.end for m in here if m.begin == owner.end()), after)
    classes: Collection[str] = ()
    inverted = _BARE_INVERTED.search(text[span[0] : first.begin])
    if inverted is not None:
        tail = _BARE_INVERTED_TAIL.match(text, after, span[1])
        if tail is not None and (tail.group("tail") == "deel") == bool(inverted.group("part")):
            classes = _FOCUS
    elif _CLAUSE_OPENING.search(text[span[0] : first.begin]):
        if _THERE_AT_MEETING.match(text, after, span[1]):
            classes = {"Meeting"}
        elif _THERE_OR_BARE.match(text, after, span[1]):
            classes = _FOCUS
    if not classes or _NEGATION.search(text, span[0], span[1]):
        return
    focus = _in_focus(text, spans, index, mentions, classes, _FOCUS | INSTRUMENTS)
    if focus is None:
        focus = _named_by_kind_before(text, spans, index, mentions, classes)
    if focus is not None:
        for body in listed:
            yield Relation(focus.iri, PARTICIPANT, body.iri, span)


# The sentence before opens on the meeting or group by its kind: "De conferentie werd in Gent
# georganiseerd. Ook de NAVO nam deel." The kind is a meeting's or a group's.
_MEETING_KINDS = (
    "conferentie|top|bijeenkomst|vergadering|zitting|workshop|congres|studiedag|werkbezoek"
)
_GROUP_KINDS = "werkgroep|taskforce|stuurgroep|netwerk|platform|directiecomité"
_KIND_OPENS = re.compile(
    rf"\s*(?:De|Het|Deze|Dit)\s+(?:(?P<meeting>{_MEETING_KINDS})|(?P<group>{_GROUP_KINDS}))\s"
)


def _named_by_kind_before(
    text: str,
    spans: Sequence[tuple[int, int]],
    index: int,
    mentions: Sequence[Candidate],
    classes: Collection[str],
) -> Candidate | None:
    """The only meeting or group of the kind the sentence before opens on, when that sentence
    names no meeting, group or instrument itself."""
    before = spans[index - 1]
    found = _KIND_OPENS.match(text, before[0], before[1])
    if found is None or any(
        before[0] <= m.begin < before[1] and m.cls in _FOCUS | INSTRUMENTS for m in mentions
    ):
        return None
    kinds = {"Meeting"} if found.group("meeting") else set(GROUPS)
    kinds &= set(classes)
    if not kinds:
        return None
    kind = found.group("meeting") or found.group("group")
    return _in_focus(text, spans, index - 1, mentions, kinds, kind=kind)


# A relative clause on a group named by its kind: "Die actie werd voorbereid in de werkgroep,
# waaraan sinds 2024 ook X deelneemt": the bodies of the clause take part in the only group
# of that kind named before.
_KIND_WHERETO = re.compile(
    rf"(?:in|aan|door|binnen|bij|met)\s+(?:de|het|dit|deze)\s+(?P<kind>{_GROUP_KINDS})\s*,\s+"
    r"waaraan\s+"
)
_KIND_WHERETO_VERB = re.compile(
    r"[^.;:,]*?\s(?:deelneemt|deelnemen|deelnam|deelnamen|meedoet|meedoen|meewerkt|"
    r"meewerken)(?=\s*[.;:,]|\s+en\s)"
)


def _taking_part_in_kind(
    text: str,
    here: list[Candidate],
    spans: Sequence[tuple[int, int]],
    index: int,
    mentions: Sequence[Candidate],
) -> Iterator[Relation]:
    span = spans[index]
    if "waaraan" not in text[span[0] : span[1]]:
        return
    for found in _KIND_WHERETO.finditer(text, span[0], span[1]):
        verb = _KIND_WHERETO_VERB.match(text, found.end(), span[1])
        if verb is None or _NEGATION.search(text, found.end(), verb.end()):
            continue
        bodies = [
            m
            for m in here
            if found.end() <= m.begin < verb.end() and m.cls in PARTNERS | MEETING_BODIES
        ]
        if not bodies or any(
            found.end() <= m.begin < verb.end() and m.cls in _FOCUS | INSTRUMENTS for m in here
        ):
            continue
        group = _in_focus(text, spans, index, mentions, GROUPS, kind=found.group("kind"))
        if group is not None:
            for body in _listed(text, bodies, bodies[0].begin, verb.end()):
                yield Relation(group.iri, PARTICIPANT, body.iri, span)


# A group under another named by its kind only: "X, dat onder de werkgroep valt", "X valt
# onder het directiecomité.", "Onder de werkgroep valt X": the only group of that kind
# named before.
_KIND_OF_PARENT = (
    r"(?:de|het|dit|deze)\s+(?P<kind>werkgroep|taskforce|stuurgroep|netwerk|directiecomité)"
)
_UNDER_KIND_RELATIVE = re.compile(
    rf",\s+(?:dat|die)\s+(?:[a-z]+\s+){{0,3}}?onder\s+{_KIND_OF_PARENT}\s+"
    r"(?:valt|viel|ressorteert|ressorteerde)\b"
)
_UNDER_KIND_MAIN = re.compile(
    r"\s+(?:valt|viel|ressorteert|ressorteerde)\s+(?:\w+\s+){0,3}?onder\s+"
    rf"{_KIND_OF_PARENT}\s*[.;,]"
)
_UNDER_KIND_FRONTED = re.compile(
    rf"(?:^|[.;:]\s*|\n\s*)Onder\s+{_KIND_OF_PARENT}\s+(?:valt|vallen|viel|vielen|"
    r"ressorteert|ressorteren)\s+(?:ook\s+|sinds\s+\d{4}\s+)?(?:de\s+|het\s+)?$"
)


def _under_group_of_kind(
    text: str,
    here: list[Candidate],
    spans: Sequence[tuple[int, int]],
    index: int,
    mentions: Sequence[Candidate],
) -> Iterator[Relation]:
    span = spans[index]
    if "onder" not in text[span[0] : span[1]].lower():
        return
    groups = [m for m in here if m.cls in GROUPS]
    for g in groups:
        found = _UNDER_KIND_RELATIVE.match(text, g.end, span[1]) or _UNDER_KIND_MAIN.match(
            text, g.end, span[1]
        )
        subjects = [g]
        if found is None:
            found = _UNDER_KIND_FRONTED.search(text[span[0] : g.begin])
            if found is None:
                continue
            subjects = list(_listed(text, groups, g.begin, span[1]))
        if _NEGATION.search(text, found.start(), found.end()):
            continue
        parent = _in_focus(text, spans, index, mentions, GROUPS, kind=found.group("kind"))
        for sub in subjects:
            if parent is not None and parent.iri != sub.iri:
                yield Relation(sub.iri, SUB_ORGANIZATION, parent.iri, span)


def _represented_at_meeting(
    text: str,
    here: list[Candidate],
    spans: Sequence[tuple[int, int]],
    index: int,
    mentions: Sequence[Candidate],
) -> Iterator[Relation]:
    if "vertegenwoordigd door" not in text[spans[index][0] : spans[index][1]]:
        return
    span = spans[index]
    for place in here:
        if place.cls not in PARTNERS:
            continue
        found = _REPRESENTED_AT.match(text, place.end, span[1])
        if found is None or not _CLAUSE_OPENING.search(text[span[0] : place.begin]):
            continue
        body = next((m for m in here if m.begin == found.end() and m.cls in MEETING_BODIES), None)
        if body is None or body.cls in PLACES or _NEGATION.search(text, place.end, found.end()):
            continue
        if found.group("kind"):
            meeting = _last_meeting_of_kind(text, span, mentions, found.group("kind"))
        else:
            meeting = _in_focus(text, spans, index, mentions, {"Meeting"}, GROUPS)
        if meeting is not None:
            yield Relation(meeting.iri, PARTICIPANT, place.iri, span)
            yield Relation(meeting.iri, PARTICIPANT, body.iri, span)
