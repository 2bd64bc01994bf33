"""What every reader of relations shares: the predicates and the IRIs of the Union's bodies,
the classes each relation takes, :class:`Relation` and :class:`RelationTables`, the
negations that state no relation (``NOT_STATED``), and the patterns of names and lists
that several readers use."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ...namespaces import BKG, ELI, ID, ORG
from ..candidates import Candidate
from ..model import INSTRUMENT_CLASSES

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

INSTRUMENTS = INSTRUMENT_CLASSES
PLACES = {"Country", "MemberState", "NeighbouringRegion"}
# What a Benelux body adopts (a declaration is signed by ministers, a treaty by states).
ADOPTED_BY_BODIES = {"LegalInstrument", "Directive", "Agreement"}
# Agencies and governments of the member states take part too ("brengt de FOD Economie en
# de ACM samen").
PARTNERS = PLACES | {"ExternalOrganisation", "NationalBody"}
GROUPS = {"WorkingGroup"}
# What a sentence may refer back to as the group or meeting it speaks of ("De werkgroep ...",
# "Tijdens de vergadering ..."), and what a party takes part in or holds a seat in.
GATHERINGS = frozenset({"Meeting", *GROUPS})
# What a body may belong to (the contract's range of org:subOrganizationOf): not a place.
PARENTS = {"Institution", "BeneluxUnion", "WorkingGroup", "ExternalOrganisation", "NationalBody"}
MEMBER_STATES = {ID + "country/belgie", ID + "country/nederland", ID + "country/luxemburg"}
# What places take part in by the verbs of the sentence; a treaty or a recommendation
# binds or addresses countries, which is not taking part.
TAKING_PART = GROUPS | {"Meeting", "Declaration", "Agreement", "Treaty"}
_ASIDE = re.compile(r"\s*\([^()]{1,300}\)")
_ARTICLE_START = re.compile(r"^\s*(?:de|het|la|le|l'|the)\s+", re.IGNORECASE)


def _plain(name: str) -> str:
    """A name compared without case, hyphens, line breaks and an article."""
    return re.sub(r"[\W_]+", " ", _ARTICLE_START.sub("", name).lower()).strip()


_NEGATION = re.compile(r"(?<!\w)(?:geen|niet|nog niet)(?!\w)", re.IGNORECASE)
# Taking part or cooperating that is only possible, wished, proposed or asked for: "X kan
# later toetreden", "X is uitgenodigd om deel te nemen", "X zou kunnen aansluiten", "X
# overweegt toe te treden", "een samenwerking met X is voorgesteld".
_NOT_YET = re.compile(
    r"(?<!\w)(?:kan|kunnen|kon|konden|zou|zouden|mag|mogen|uitgenodigd|verzocht|voorgesteld"
    r"|overweegt|overwegen|overwoog)(?!\w)",
    re.IGNORECASE,
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
    # Words by which taking part is declined or only hoped for, before the verb of taking part
    # ("X weigert deel te nemen", "X zal mogelijk toetreden", "Noch X noch Y neemt deel"), and
    # those that decline it after the verb, in its clause ("... om deel te nemen afgeslagen").
    declining: tuple[str, ...] = ()
    declined_after: tuple[str, ...] = ()
    # The pronouns that open a relative clause ("die", "dat", "waarin"): one set between a
    # name and the verb of its clause is left out when the clause is read again (clauses.py).
    relative_pronouns: tuple[str, ...] = ()
    # The words that open an aside set there as well ("X, een initiatief van Y, valt onder").
    aside_openings: tuple[str, ...] = ()
    # The conjunctions that join clauses read one by one for taking part ("..., terwijl").
    conjunctions: tuple[str, ...] = ()
    # The words after a conjunction that make what follows hang on the verb before ("en of").
    subordinators: tuple[str, ...] = ()
    # Words by which a clause only shows an interest in taking part ("toonde interesse in Y").
    hoping: tuple[str, ...] = ()


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


# "De Europese Commissie", "Ook de Europese Commissie": the body the sentence opens with.
_UNIT_SUBJECT = re.compile(r"\s*(?:Ook\s+)?(?:(?:[Dd]e|[Hh]et)\s+)?")
# The glue between two names of one list, an aside allowed: "X (marktintegratie) en Y",
# "X, Y en de Z".
_LIST_GLUE = r"\s*(?:,\s*(?:en\s+)?|\s+en\s+)(?:de\s+|het\s+)?"
# An adjective of nationality before a name in a list ("en het Duitse Open Grid Europe").
_NATIONALITY = r"[A-Z][a-z]+(?:se|sche)\s+"
_GROUP_GLUE = re.compile(rf"(?:\s*\([^()]{{1,40}}\))?{_LIST_GLUE}")
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
# A list item may open the clause inside a span the sentence splitter did not cut: "- Met X
# werkt Y samen" (for _fronted_with; once shadowed by the _ITEM_OPENING below).
_MET_ITEM_OPENING = re.compile(r"\n[ \t]*[-•*–][ \t]+(?=Met\s)")


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
_SENTENCE_BREAK = re.compile(r"[.;:]\s")
_LIST_ITEM = re.compile(
    r"(?:de\s+|het\s+)?(?:(?:twee|drie)\s+)?Benelux[- ](?:landen|lidstaten|partners|Unie)"
    # "de regering van Frankrijk", "de Région Hauts-de-France", "de deelstaat Saarland".
    r"|(?:de\s+|het\s+)?(?:regering(?:en)?\s+van\s+(?:de\s+|het\s+)?"
    r"|(?:Région|regio|deelstaat|provincie)\s+)?"
)


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


# "de Nationale Politie van Nederland"; also after an abbreviation: "het Europees Centrum
# voor ... (ERCC) van de Europese Commissie".
_OF_THE_OWNER = re.compile(r"(?:\s*\([^()]{1,20}\))?\s+van\s+(?:de\s+|het\s+)?")
_THEREIN = re.compile(r"(?<!\w)(?:[Dd]aarin|[Hh]ierin|[Ee]rin|[Dd]aarbinnen|[Hh]ierbinnen)(?!\w)")
# "Namens Nederland schuift ook de SVB aan": the place a member speaks for.
_OWNER_BEFORE = re.compile(r"(?<!\w)(?:van|voor|uit|namens)\s+(?:de\s+|het\s+)?$", re.IGNORECASE)
# "aan de volgende werkgroepen:": the groups are the items of the list that follows.
_FOLLOWING = re.compile(r"\baan\s+de\s+volgende\s+[\w-]+[^.;:]{0,40}:\s*$")


# What opens a list item before the instrument it is about: a bullet or a number, and the
# type word ("• Beschikking M (2026) 7 ...", "2. aanbeveling 957/2 over ...").
_ITEM_OPENING = re.compile(r"[\s•·▪◦▸*–-]*(?:(?:\d{1,2}|[a-z])[.)]\s+)?(?:[A-Z]?[a-z]+\s+)?")


def _name_end(text: str, end: int, limit: int) -> int:
    """Past what a name's mention leaves of it: "van 2022", a hyphenated word's rest."""
    dated = re.match(r"\s+(?:van|uit|in)\s+(?:\d{1,2}\s+[a-z]+\s+)?(?:19|20)\d{2}", text[end:limit])
    return end + dated.end() if dated else end
