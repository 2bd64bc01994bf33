"""People, with the role and party the text gives them.

A person is only minted where the text marks a name as a person's: a link to a member's
page ("[Thom van Campen](#) (VVD)"), a title ("prof. Jeroen van den Hoven", "de heer
Donner"), a role before the name ("Staatssecretaris Zsolt Szabó") or after it ("Xavier
Bettel, minister van Buitenlandse Zaken"), initials ("S.A. Blok"), a party after a surname
("het lid Jansen (CDA)"), a body the person speaks for ("X Y namens de Noordse Raad"), or a
list that goes on from one of these ("Zowel prof. X uit Nederland als dr. Y uit België"). The
surname alone later in the document refers to the same person.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from ..namespaces import ID, slug
from .candidates import Candidate
from .regex import Opened, may_start, one_of

_UPPER = "A-ZÀ-ÝŠŽ"
# Lower-case letters, with those of the Baltic and Central European languages ("Jānis Vucāns",
# "Łukasz", "Dvořák"): Latin Extended-A mixes cases, so it stands only after a capital.
_LOWER = "a-zà-ÿ\u0100-\u017f"
# A double name may be broken over a line at its hyphen ("Jean-\nClaude Juncker").
_FIRST_REST = rf"[{_LOWER}]+(?:-(?:\n[ \t]*)?[{_UPPER}][{_LOWER}]+)?"  # after its capital
_FIRST = rf"[{_UPPER}]{_FIRST_REST}"
# A French or Irish elided particle may be glued to a surname ("d'Hondt", "O'Neill"); the
# second part of a double surname may open with particles ("Verbeek-de Groot", "Peeters-van
# den Broeck").
_SURNAME = (
    rf"(?:[dDO]['’](?=[{_UPPER}]))?[{_UPPER}][{_LOWER}]+(?:-(?:\n[ \t]*)?"
    rf"(?:(?:van|de|der|den|ter|ten|le|la|du)[ \t]+)*[{_UPPER}][{_LOWER}]+)?"
)
# Initials, a French double first name's joined by a hyphen ("J.-C. Schmit", "M.-A. Petit",
# "A.M. de Vries").
_INITIAL = rf"[{_UPPER}]\.(?:-[{_UPPER}]\.)?"
_INITIALS = rf"(?:{_INITIAL}){{1,4}}"
# A capital where a word begins, as rf"(?<![\w-])[{_UPPER}]" matches it, but written to open
# on the capital: ``re`` tries a pattern that opens on a look-behind at every position of a
# document, one that opens on a character class only where the class's characters stand (a
# few times faster). The look-behind, moved after the capital, reads the same character
# before it.
_WORD_CAPITAL = rf"[{_UPPER}](?<![\w-][{_UPPER}])"
# A party in brackets after a name ("het lid Verhoeven-Smit (CDA)", "(GL-PvdA)", "(CD&V)"),
# not a country's code ("(NL)").
# The member state's code the Benelux Parliament puts after a member's party: "(VVD, NL)",
# "(CD&V, B)", "(DP, L)".
_STATE_CODE = r"(?:,[ \t]*(?:NL|BE?|LU?|N))?"
_PARTY_AFTER = re.compile(rf"[ \t]*\((?!(?:NL|BE|LU|DE|FR)\))[A-Z][\w&-]{{1,11}}{_STATE_CODE}\)")
# A surname written in capitals, as Belgian and Luxembourg documents write it after the first
# name ("Hilde CREVITS", "Jean-Claude JUNCKER", "Pieter VAN DEN BERGE").
_CAPS_SURNAME = (
    rf"(?:(?:VAN|DE|DER|DEN|TER|VON|LE|LA|DU)[ \t]+)*(?:D['’])?[{_UPPER}]{{2,}}"
    rf"(?:-[{_UPPER}]{{2,}})?(?![\w-])"
)
# A name wholly in capitals, as the header of a written question gives the member and the
# minister ("van SANDER MOENS\n\naan HILDE CREVITS").
_CAPS_NAME = rf"[{_UPPER}][{_UPPER}'’-]+(?:[ \t]+[{_UPPER}][{_UPPER}'’-]+){{1,3}}"
_QUESTION_HEADER = re.compile(
    rf"(?m)^[ \t]*van[ \t]+({_CAPS_NAME})[ \t]*\n(?:[ \t]*\n)*[ \t]*aan[ \t]+({_CAPS_NAME})[ \t]*$"
)

# Lists of people (PeopleFinder._labelled_lists, _headed_lists). A bullet or dash before an
# item or a label.
_LEAD = " \t-–•·▪*"
# Where a list on its label's line goes on to the next line: after a comma, a semicolon or
# "en" ending the line.
_GOES_ON = re.compile(r"(?:[,;]|[ \t]en)[ \t]*$")
# A line that ends a list of one person a line: an item of the agenda ("1. Opening"), or
# another label ("Agenda:", "Verslag:").
_LIST_STOP = re.compile(rf"\d{{1,2}}[.)][ \t]|[{_UPPER}][\w-]*(?:[ \t]+[\w-]+){{0,3}}[ \t]*:")
# What may follow a person's name in an item: a bracket ("(BE, FOD Economie)"), then the
# end, a comma ("Jan Peeters, FOD Mobiliteit") or a dash ("Marie Schmit – LU").
_ITEM_REST = re.compile(r"[ \t]*(?:\([^()]{0,80}\))?[ \t]*(?:$|[,–]|-[ \t])")
# Between the items of a list in running text: "Jansen (VVD), De Vries en Marc Thill".
_LIST_GLUE = re.compile(
    r"(?:[ \t]*\([^()\n]{1,40}\))?(?:[ \t]*,[ \t\n]*(?:en[ \t\n]+)?|[ \t\n]+en[ \t\n]+)"
)
# What closes a name in running text: a bracket, punctuation, "en", a lower-case word.
_NAME_CLOSED = re.compile(r"[ \t]*[(,.;:)]|[ \t\n]+[a-z]|[ \t]*$")
# A label inside a line of the clean text: "... (NL) Verontschuldigd: Luc Dubois (BE)".
_INLINE_LABEL = re.compile(
    rf"(?<=\s)[{_UPPER}][\w-]*(?:[ \t]+[\w-]+){{0,3}}[ \t]*(?:\([^()\n]{{1,40}}\)[ \t]*)?:(?!\d)"
)
_FULL_STOP = re.compile(r"\.(?=\s|$)")
# What a label may follow on a line the clean text joined: the list's line before ("(NL)
# Verontschuldigd:") or a header's last word, capitalised or a number ("Brussel Aanwezig:").
_JOINED_AFTER = re.compile(rf"(?:[).,;]|(?<![\w-])[\d{_UPPER}][\w-]*)[ \t]+$")
# The adjective before a label in lower case, which opens the label's line: "Belgische
# leden:", "Nederlandse leden:", "Vaste leden:", "Plaatsvervangende leden:".
_QUALIFIED_BEFORE = re.compile(rf"(?<![\w-])[{_UPPER}][a-zà-ÿ]+e[ \t]+$")
# The article before the head of a list in running text: "de leden", "De heren".
_DE_BEFORE = re.compile(r"(?<![\w-])[Dd]e[ \t\n]+$")
_LIST_CAPS_SURNAME = (
    rf"(?:(?:VAN|DE|DER|DEN|TER|VON|LE|LA|DU|DI)[ \t]+)*(?:D['’])?[{_UPPER}]{{3,}}"
    rf"(?:-[{_UPPER}]{{2,}})?"
)
# Those present named in running text: "Aanwezig waren ook Marie Schmit (LU), Koen Maes (BE)
# en Pieter de Vries (NL)." (with a colon, a label: PeopleFinder._labelled_lists).
_PRESENT_IN_TEXT = Opened(
    re.compile(
        r"(?<![\w-])(?:[Aa]anwezig[ \t\n]+waren|[Tt]evens[ \t\n]+aanwezig[ \t\n]+waren"
        # "Namens Nederland namen Pieter Bakker en Eva Smit deel": a country or body, then
        # the people who took part for it.
        r"|[Nn]amens[ \t\n]+(?:de[ \t\n]+|het[ \t\n]+)?[A-Z][\w-]*(?:[ \t\n]+[A-Z][\w-]*)?"
        r"[ \t\n]+(?:nam|namen|waren|was)(?=[ \t\n]))"
        r"(?:[ \t\n]+(?:ook|verder|tevens|eveneens|voorts|aanwezig))?[ \t\n]+(?=[A-Z])"
    ),
    ["aanwezig", "tevens", "namens"],
)
# An item of a list that opens with an article names a body: "Aanwezig: Jan Peeters (FOD
# Economie), het Secretariaat-Generaal en de Staatskanzlei NRW".
_ARTICLE = re.compile(r"(?:de|het)[ \t]+(?=[A-Z])")
# What an item may open with before a person's name: the country or body the person stands
# for, with a colon ("België: Jan Peeters") or a country's code and a dash ("BE – Jan Peeters").
_ITEM_HEAD = re.compile(
    r"(?:[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){0,2}[ \t]*:|[A-Z]{2,3}[ \t]*[–-])[ \t]+"
)
# What closes a name in running text that no role or title marks (PeopleFinder._given_pairs):
# punctuation, a bracket, a dash, a lower-case word, the end of the line; no capitalised word.
_GIVEN_CLOSED = re.compile(r"[ \t]*(?:[(),.;:!?\"”’'»–]|$|\n)|[ \t]+[a-zà-ÿ]")
_ANY = re.compile(r".+", re.DOTALL)
# Between the words of a name in running text: blanks, or a line break ("Katrien\nDevos").
_BREAK = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
_ARTICLES = frozenset({"de", "het", "een", "des", "der", "den"})
# The words that join the items of a list: "Sprekers: Marie Curie, Paul Henri en ...".
_LIST_WORDS = frozenset({"en", "of", "et", "und", "and"})
# Prepositions before a place: "de fractie in Limburg (CDA)" names no person Limburg.
_PLACE_PREPOSITIONS = frozenset(
    {"in", "uit", "naar", "te", "op", "nabij", "rond", "binnen", "buiten", "tussen", "via"}
)
_NUMBERED_ITEM = re.compile(r"(\d{1,2})[.)][ \t]+(?=\S)")
_STRONG, _GIVEN, _PAIR, _BARE, _NONE = "strong", "given", "pair", "bare", "none"

# What every match of the colon-quote pattern holds (PeopleFinder._colon_quote): a document
# without it is not searched.
_COLON_QUOTE = re.compile(r":[ \t]*[\"“„‘'«]")


def _not_opening(words: Iterable[str]) -> str:
    """rf"(?!(?:{one_of(words)})\\s)" one character later, where the first letter has been
    read (:data:`_WORD_CAPITAL`): the same words, each as its first letter behind and the rest
    ahead."""
    rests: dict[str, set[str]] = {}
    for word in words:
        rests.setdefault(word[:1], set()).add(word[1:])
    if "" in rests:
        raise ValueError("an empty word matches everywhere")
    branches = []
    for first, rest in sorted(rests.items()):
        longer = rest - {""}
        ahead = one_of(longer) if longer else ""
        if longer and "" in rest:
            ahead += "?"  # the one-letter word too
        branches.append(rf"(?<={re.escape(first)}){ahead}")
    return rf"(?!(?:{'|'.join(branches)})\s)" if branches else ""


@dataclass(frozen=True)
class PeopleTables:
    roles: tuple[str, ...]
    titles: tuple[str, ...]
    particles: tuple[str, ...]
    not_names: frozenset[str]  # capitalised words that are never names (months, days...)
    surname_roles: frozenset[str]  # roles after which a surname alone names a person
    parties: tuple[str, ...] = ()  # "CD&V", "Groen": a party in brackets after a name
    body_heads: frozenset[str] = frozenset()  # "Agentschap": a body's name goes on after it
    given_names: frozenset[str] = frozenset()  # "Marie", "Jan": first names (given_names.txt)
    list_labels: tuple[str, ...] = ()  # "aanwezig", "voorzitter": a list of people's label
    list_heads: tuple[str, ...] = ()  # "leden", "heren": "de leden X, Y en Z"
    heading_labels: tuple[str, ...] = ()  # "Aanwezig", "AANWEZIGEN": a label alone on its line
    name_columns: tuple[str, ...] = ()  # "Naam": the head of a table's column of people
    list_subheads: tuple[str, ...] = ()  # "Delegatie": "Delegatie België:" inside a list
    first_name_columns: tuple[str, ...] = ()  # "Voornaam": a column beside the names'
    not_people: frozenset[str] = frozenset()  # "Max Havelaar": a brand named like a person
    # A body's head word ("Gesellschaft", "Centrum"), alone or ending a compound ("...amt"):
    # no word of a name in a list of people.
    organisation_words: frozenset[str] = frozenset()
    organisation_endings: tuple[str, ...] = ()
    # "Volgens", "Daarna": a capitalised word after which a name in running text may stand.
    name_openers: frozenset[str] = frozenset()
    place_endings: tuple[str, ...] = ()  # "straat", "gebouw": "Minister Lelylaan" is a street
    not_before_initials: frozenset[str] = frozenset()  # "bijlage": "bijlage A. Overzicht"
    named_after_heads: frozenset[str] = frozenset()  # "schip": "het schip Johan de Witt"


@dataclass(frozen=True)
class PersonFound:
    begin: int
    end: int
    name: str
    role: str = ""
    party: str = ""  # the party's surface form, as the text gives it


class PeopleFinder:
    def __init__(self, tables: PeopleTables):
        self.t = tables
        # A word ending in a body's head word names no person ("Overheidsdienst").
        self._body_words = tuple(sorted(h.lower() for h in tables.body_heads))
        particles = "|".join(re.escape(p) for p in sorted(tables.particles, key=len, reverse=True))
        # Belgian particles are capitalised ("Karel De Gucht", "Herman Van Rompuy").
        full_rest = rf"{_FIRST_REST}(?:\s+(?:{particles}|{particles.title()}))*\s+{_SURNAME}"
        self.full = rf"[{_UPPER}]{full_rest}"
        # Where the name is closed by a role or a link, a surname may have two parts ("Hanke
        # Bruins Slot, minister van ...").
        never = one_of(tables.not_names)
        self.long = rf"(?!(?:{never})\s){self.full}(?:[ \t]+{_SURNAME})?"
        # The two where a word begins, as rf"(?<![\w-])({self.full})" and rf"(?<![\w-])
        # ({self.long})" match them, opening on the capital (_WORD_CAPITAL); the test of the
        # words that are never names is made after it (_not_opening).
        full_at = rf"{_WORD_CAPITAL}{full_rest}"
        long_at = (
            rf"{_WORD_CAPITAL}{_not_opening(tables.not_names)}{full_rest}(?:[ \t]+{_SURNAME})?"
        )
        # After a role or a title a lower-case "van" opens a portfolio ("minister van
        # Buitenlandse Zaken"), so there a particle must be capitalised ("Van Veldhoven").
        self.surname = rf"(?:(?:{particles.title()})\s+)*{_SURNAME}"
        roles = one_of(tables.roles, fold=True)
        titles = one_of(tables.titles, fold=True)
        self._link = re.compile(rf"\[({self.long})\]\(#\)(?:\s*\(([^)]{{1,40}})\))?")
        self._titled = Opened(
            re.compile(
                rf"(?<![\w.]){may_start(tables.titles)}(?i:{titles})\s+(?:(?i:{titles})\s+)*({self.full}|{self.surname})"
            ),
            tables.titles,
        )
        self._role_before = Opened(
            re.compile(
                rf"(?<![\w-]){may_start(tables.roles)}(?i:{roles})(?:[ \t]+|[ \t]*\n[ \t]*)"
                rf"({self.full}|{self.surname})(?![\w-])"
            ),
            tables.roles,
        )
        self._role_after = re.compile(
            rf"({long_at}),\s+(?:de\s+)?(?:[A-Za-z]+\s+)?((?i:{roles}))\b"
        )
        # "de minister-president, Matthias Diependaele, ...": a name in apposition.
        self._role_comma = Opened(
            re.compile(
                rf"(?<![\w-]){may_start(tables.roles)}(?i:{roles}),"
                rf"[ \t]+({self.long})(?=\s*[,.;)])"
            ),
            tables.roles,
        )
        # "de minister van Arbeid, Georges Mischo", "minister van Buitenlandse Zaken Xavier
        # Bettel sprak": a role and its portfolio or place, then the name, which a lower-case
        # word or punctuation closes.
        # A comma before another capital, or "en", goes on with the portfolio ("minister van
        # Binnenlandse Zaken, Institutionele Hervormingen en Democratische Vernieuwing, X").
        portfolio = (
            r"(?:[A-Z][\w-]*(?:(?:,[ \t]*|[ \t]+en[ \t]+|[ \t]+)[A-Z][\w-]*)*?"
            r"|[a-z]{3,}(?=,))"  # "de voorzitter van de regio, Xavier Bertrand"
        )
        self._role_portfolio = Opened(
            re.compile(
                rf"(?<![\w-]){may_start(tables.roles)}(?i:{roles})[ \t]+(?:van|voor)[ \t]+"
                r"(?:het[ \t]+|de[ \t]+)?"
                rf"{portfolio}(?:,[ \t]*|[ \t]+)({self.full})"
                r"(?=\s*[.;:()]|,(?!\s*[A-Z])|\s+(?!(?:en|of)\s)[a-z])"
            ),
            tables.roles,
        )
        # "onder leiding van Hendrik-Jan Talsma (ChristenUnie)", "geleid door Mika Lehtonen":
        # who leads a delegation or chairs a committee, named in full.
        self._led_by = Opened(
            re.compile(
                r"(?<![\w-])(?:[Oo]nder[ \t]+(?:leiding|voorzitterschap)[ \t]+van"
                r"|[Gg]eleid[ \t]+door|[Vv]oorgezeten[ \t]+door)"
                rf"\s+({self.long})(?=\s*[,.;:()]|\s+[a-z])"
            ),
            ["onder", "geleid", "voorgezeten"],
        )
        # "Karen Ellemann namens de Noordse Raad van Ministers": who signs or speaks for a
        # body, named in full.
        self._on_behalf = re.compile(
            rf"({long_at})[ \t\n]+namens[ \t\n]+(?:de|het)[ \t\n]+(?=[A-Z])"
        )
        # A letter's signature: the signatory's function ending in a comma, then the name
        # alone on its line ("De Minister van Buitenlandse Zaken,\n\nCaspar Veldkamp"); there
        # initials may stand before a surname of two parts ("H.G.J. Bruins Slot").
        initialled = rf"{_INITIALS}[ \t]?{self.surname}(?:[ \t]+{_SURNAME})?"
        capitals = rf"{_FIRST}[ \t]+{_CAPS_SURNAME}"
        # "Vlaams minister van ...", "De Luxemburgse minister van ...": a government's or a
        # country's adjective before the role.
        adjective = r"(?:[A-Za-z]+[ \t]+)?"
        self._signature = re.compile(
            rf"(?m)(?:^|(?<=[.!?])[ \t]+)[ \t]*(?:(?i:de|het)[ \t]+)?{adjective}(?i:{roles})\b"
            rf"[^\n,]{{0,80}},[ \t]*\n\s*({capitals}|{self.full}|{initialled})[ \t]*$"
        )
        # A signature the other way round: the name alone on its line after a blank line, a
        # greeting ("Met vriendelijke groet,") or the last sentence (where conversion lost
        # the blank line), then the function on the next line ("Pieter de Wit\nMinister van
        # Infrastructuur", "Vlaams minister van ..."); not a field ("Voorzitter: ...").
        self._signed_above = re.compile(
            # A blank line or a mark and a line break, written to open on a character class
            # (_WORD_CAPITAL): as r"(?:\n[ \t]*\n|[,.!?]\n)".
            r"(?m)[\n,.!?](?:(?<=\n)[ \t]*\n|(?<=[,.!?])\n)"
            rf"[ \t]*({capitals}|{self.full}|{initialled})[ \t]*\n"
            rf"[ \t]*(?:(?i:de|het)[ \t]+)?{adjective}(?i:{roles})"
            r"(?:[ \t]+(?:van|voor)[ \t]+[^\n:]*)?[ \t]*,?$"
        )
        # The header of a report or minutes: a capitalised role, a colon and the name, which
        # ends its line or its clause, or the next field follows ("Voorzitter: Fernand
        # Kieffer Rapporteur: Marloes Teunissen" where the lines were joined).
        self._role_colon = Opened(
            re.compile(
                rf"(?<![\w-])(?=[{_UPPER}])(?i:{roles})[ \t]*:[ \t]*({self.long})"
                rf"(?=[ \t]*(?:\n|$|[,;.)])|[ \t]+[{_UPPER}][\w-]*[ \t]*:)"
            ),
            tables.roles,
        )
        # A role and a name joined by a copula, either way round: "Voorzitter is sinds 2023
        # Ilse Verbruggen van de VDAB", "Ilse Verbruggen is voorzitter van de werkgroep",
        # "Sinds 2022 is Jan de Boer rapporteur"; a few lower-case words or a year may stand
        # between the copula and the name.
        copula = r"(?:is|was|wordt|werd|blijft|bleef)"
        between = r"(?:[ \t\n]+(?:[a-z]+|(?:19|20)\d{2}))"
        self._role_is = Opened(
            re.compile(
                rf"(?<![\w-]){may_start(tables.roles)}(?i:{roles})[ \t\n]+{copula}{between}{{0,3}}?"
                rf"[ \t\n]+({self.long})(?=\s*[,.;:()]|\s+[a-z])"
            ),
            tables.roles,
        )
        is_role = rf"{copula}[ \t\n]+(?:(?:de|het|nieuwe|huidige)[ \t\n]+)*(?:{roles})(?![\w-])"
        self._is_role = re.compile(rf"({long_at})[ \t\n]+{is_role}")
        # Where a copula and a role stand (found first: far fewer places than capitals).
        copulas = ["is", "was", "wordt", "werd", "blijft", "bleef"]
        self._copula_role = Opened(re.compile(rf"(?<![\w-]){is_role}"), copulas)
        self._is_name_role = Opened(
            re.compile(
                rf"(?<![\w-]){copula}[ \t\n]+(?=[{_UPPER}])({self.long})[ \t\n]+"
                rf"(?:(?:de|het|nieuwe|huidige)[ \t\n]+)*(?:{roles})(?![\w-])"
            ),
            copulas,
        )
        # "KMI-directeur Daan Verstraete", "ECHA-woordvoerder Eva Smit": a role compounded
        # with a body's acronym, then the full name (a surname alone may be a place's).
        self._acronym_role = re.compile(
            rf"{_WORD_CAPITAL}[{_UPPER}]+[A-Za-z]*-(?i:{roles})[ \t]+({self.full})(?![\w-])"
        )
        # "...", aldus Marieke de Ruiter van het KNMI. / "...", zei Jan Smit na afloop: who
        # a quote is attributed to, named in full right after the verb of saying.
        self._quoted_by = re.compile(
            r"[\"”']\s*,?\s*(?:aldus|zei|zegt|vertelt|vertelde|verklaart|verklaarde|stelt|stelde"
            r"|benadrukt|benadrukte)\s+"
            rf"(?:(?:[{_UPPER}]{{2,}}[A-Za-z]*-)?(?i:{roles})\s+)?({self.long})"
            r"(?=\s*[,.;:]|\s+(?:van|namens|uit|bij|na|tijdens)\s)"
        )
        self._role_word_after = re.compile(rf"\s+(?i:{roles})(?![\w-])")
        self._portfolio = re.compile(rf"(?i:{roles})\s+(?:van|voor)\s+$")
        # Initials, then a particle in either case: "S.A. Blok", "A.B.C. de Vries", "J. Van
        # den Bossche" (after initials "van" opens no portfolio).
        # (Written to open on the capital, as r"\b({_INITIALS}...)": see _WORD_CAPITAL.)
        self._initials = re.compile(
            rf"([{_UPPER}](?<=\b[{_UPPER}])\.(?:-[{_UPPER}]\.)?(?:{_INITIAL}){{0,3}}"
            rf"\s?(?:(?:{particles}|{particles.title()})\s+)*{_SURNAME})"
        )
        # "Volgens Sandra Kleinhans is ...", "Daarna sprak Jan Peeters over ...": a name in
        # running text with no role or title, which a known first name marks as a person's
        # (PeopleFinder._given_pairs): where a word opens on a capital, then the name from
        # there, with at most a second surname ("Hanke Bruins Slot"); a line may break
        # before the surname ("bij Katrien\nDevos van ...").
        self._capital_word = re.compile(rf"{_WORD_CAPITAL}[{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?")
        self._pair = re.compile(
            rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?"
            rf"(?:{_BREAK}(?:{particles}|{particles.title()}))*{_BREAK}(?P<sur>{_SURNAME})"
            rf"(?:[ \t]+(?P<second>{_SURNAME}))?(?![\w'’-])"
        )
        # "Ook Bakker (D66) vroeg ...": a surname alone right before a party in brackets.
        self._surname_end = re.compile(
            rf"(?<![\w'’-])((?:(?:{particles.title()})[ \t]+)*{_SURNAME})[ \t]*$"
        )
        # "Jan Peeters (CD&V)", "Kristof Calvo (Groen)": a full name before a party.
        parties = one_of(tables.parties) if tables.parties else "(?!)"
        self._party = re.compile(rf"\(((?:{parties})){_STATE_CODE}\)")
        self._full_name = re.compile(rf"(?<![\w-])({self.long})[ \t]*")
        # "Wim Claessens (Departement Omgeving) zat de werkgroep voor": a full name and, in
        # brackets, the body the person works for, named by its head word.
        heads = one_of(tables.body_heads)
        self._affiliated = re.compile(
            rf"({full_at})[ \t]*\((?:het[ \t]+|de[ \t]+)?(?:{heads})[ \t]"
        )
        # "M. Jean-Pierre Dupont": "M." before a first name and a surname is "Monsieur", no
        # initial.
        # (The look-behind after the "M": ``re`` then looks for that letter alone.)
        self._monsieur = re.compile(rf"M(?<![\w.]M)\.[ \t]+({self.full})(?![\w-])")
        # "Lotte Jacobs: \"Dit is een mijlpaal.\"": a quote after the speaker's full name and a
        # colon, where a line or a sentence opens.
        self._colon_quote = re.compile(
            rf"(?m)(?:^|(?<=[.!?])[ \t]+)[ \t]*({self.long})[ \t]*:[ \t]*[\"“„‘'«]"
        )
        self._and_more = re.compile(rf"\s*(?:\s(?:als|en)|,)\s+(?:(?i:{titles})\s+)*({self.long})")
        # An item of a list of people: titles, then a name with initials ("A. de Groot"), a
        # first name and a surname ("Otto von Bergen", "Claire le Roux"), or a surname alone
        # ("De Vries", "Van den Bossche"; after a title "van der Berg").
        either = rf"(?:{particles}|{particles.title()})"
        not_particle = rf"(?!(?:{particles.title()})[ \t])"
        self._item = re.compile(
            rf"(?P<titles>(?:(?i:{titles})[ \t]+)*)"
            rf"(?:(?P<initials>{_INITIALS}[ \t]?(?:{either}[ \t]+)*{_SURNAME})"
            # "Jan PEETERS", "Pieter VAN DEN BERG": a surname in capitals, as Belgian and
            # Luxembourg lists write it (not a country's code: three capitals at least).
            rf"|(?P<caps>{not_particle}{_FIRST}[ \t]+{_LIST_CAPS_SURNAME})"
            rf"|(?P<full>{not_particle}{_FIRST}(?:[ \t]+{not_particle}{_FIRST})??"
            rf"(?:[ \t]+{either})*[ \t]+{_SURNAME}(?:[ \t]+{_SURNAME})?)"
            rf"|(?P<bare>(?:{either}[ \t]+)*{_SURNAME}))"
            r"(?![\w'’-])"
        )
        labels = one_of(tables.list_labels, fold=True) if tables.list_labels else "(?!)"
        # The label of a list of people: "Aanwezig:", "Verhinderd (leden):", "Te gast bij
        # agendapunt 3:", "Voorzitter:"; capitalised, where its line opens (checked after), or
        # in lower case after an adjective that opens the line ("Belgische leden:", "Vaste
        # leden:", _QUALIFIED_BEFORE); the body it serves may follow ("Secretaris van de
        # commissie:").
        self._list_label = Opened(
            re.compile(
                rf"(?<![\w-])(?=[{_UPPER}]|(?<=e[ \t])[a-z])(?i:{labels})"
                r"(?:[ \t]*\([^()\n]{1,40}\))?"
                r"(?:[ \t]+(?i:bij|voor|tijdens)[ \t]+agendapunt[^:\n]{0,20}"
                r"|[ \t]+van[ \t]+(?:de|het)[ \t]+[a-z]{4,})?[ \t]*:"
            ),
            tables.list_labels,
        )
        heads = one_of(tables.list_heads, fold=True) if tables.list_heads else "(?!)"
        self._list_head = Opened(
            re.compile(
                rf"(?<![\w-])(?P<head>(?i:{heads}))[ \t\n]+(?=[{_UPPER}]|(?i:{titles})[ \t])"
            ),
            tables.list_heads,
        )
        self._title_words = frozenset(tables.titles)
        self._head_at = re.compile(rf"(?:de[ \t]+)?(?P<head>{heads})[ \t\n]+")
        # A label heading its list alone on its line, without a colon, in any case:
        # "Aanwezig", "AANWEZIGEN", "3. Verontschuldigd".
        headings = one_of(tables.heading_labels, fold=True) if tables.heading_labels else "(?!)"
        self._list_heading = re.compile(
            rf"(?m)^[ \t]*(?:\d{{1,2}}[.)][ \t]*)?(?=[{_UPPER}])(?i:{headings})[ \t]*$"
        )
        # A sub-head inside a list of one person a line: "Delegatie België:", "Nederland",
        # "BELGIË:", "Leden" (one capitalised word), or a short label with nothing after its
        # colon ("Vlaamse overheid:").
        subheads = one_of(tables.list_subheads, fold=True) if tables.list_subheads else "(?!)"
        self._subhead = re.compile(
            rf"(?:(?=[{_UPPER}])(?i:{subheads})[ \t]+[^\n:()]{{1,40}}"
            rf"|[{_UPPER}][{_UPPER}{_LOWER}]+(?:-[{_UPPER}][{_UPPER}{_LOWER}]+)*"
            rf"|[{_UPPER}][^\s:()]*(?:[ \t]+[^\s:()]+){{0,2}}(?=[ \t]*:))[ \t]*:?[ \t]*$"
        )
        # A name written surname first, as lists and tables sort them: "Peeters, Jan",
        # "Vries, Jan de", "PEETERS Jan" (the first name a known one: checked after).
        self._reversed = re.compile(
            rf"(?P<sur>(?:(?:{particles.title()})[ \t]+)*{_SURNAME}|{_LIST_CAPS_SURNAME}),"
            rf"[ \t]*(?P<first>{_FIRST})(?P<part>(?:[ \t]+(?:{particles}))*)(?![\w'’-])"
            rf"|(?P<csur>{_LIST_CAPS_SURNAME})[ \t]+(?P<cfirst>{_FIRST})(?![\w'’-])"
        )
        # The head of a text table's column of people's names: "Naam | Organisatie | Land".
        columns = one_of(tables.name_columns, fold=True) if tables.name_columns else "(?!)"
        self._name_column = re.compile(rf"(?<![\w-])(?=[{_UPPER}])(?i:{columns})(?![\w-])")
        firsts = (
            one_of(tables.first_name_columns, fold=True) if tables.first_name_columns else "(?!)"
        )
        self._first_name_column = re.compile(rf"(?i:{firsts})$")

    def find(self, text: str, gaps: Sequence[int] = ()) -> Iterator[PersonFound]:
        """The people ``text`` names; ``gaps``: the offsets of the spaces that stand for a
        column gap of a text table (tabs or runs of spaces in the stored text)."""
        found = [*self._marked(text, gaps)]
        yield from found
        yield from self._given_pairs(text)
        # "Ook Bakker (D66) vroeg ...": a surname alone before a party names a person of its
        # own only where the document names no one else of that surname in full ("Roel van
        # Dijk (CDA)" ... "Van Dijk (CDA)").
        named = {_surname_of(f.name.split(), self.t.particles).lower() for f in found}
        named |= {f.name.lower() for f in found}
        for person in self._surname_with_party(text):
            if person.name.lower() not in named:
                yield person

    def _marked(self, text: str, gaps: Sequence[int]) -> Iterator[PersonFound]:
        """The people a title, a role, a party, a list or a signature marks as such."""
        for match in self._link.finditer(text):
            yield PersonFound(
                match.start(1), match.end(1), match.group(1), party=match.group(2) or ""
            )
        for pattern in (
            self._titled,
            self._role_before,
            self._initials,
            self._role_comma,
            self._role_portfolio,
            self._led_by,
            self._on_behalf,
            self._role_colon,
            self._role_is,
            self._is_role,
            self._is_name_role,
            self._acronym_role,
            self._quoted_by,
            self._affiliated,
            self._monsieur,
            self._colon_quote,
        ):
            if pattern is self._on_behalf and "namens" not in text:
                continue
            if pattern in (self._role_colon, self._colon_quote) and ":" not in text:
                continue
            if pattern is self._colon_quote and not _COLON_QUOTE.search(text):
                continue
            if pattern is self._monsieur and "M." not in text:
                continue
            for match in self._matches(pattern, text):
                found = self._person(match, 1)
                if found is None or not self._plausible(text, match, pattern):
                    continue
                yield found
                yield from self._more(text, match.end(1))
        yield from self._with_party(text)
        for header in _QUESTION_HEADER.finditer(text):
            for group in (1, 2):
                found = self._person(header, group)
                if found is not None:
                    yield found
        if ":" in text:
            yield from self._labelled_lists(text)
        yield from self._heading_lists(text)
        yield from self._name_tables(text, gaps)
        yield from self._headed_lists(text)
        signatures = [*self._signature.finditer(text)]
        if "\n" in text:
            signatures += self._signed_above.finditer(text)
        for match in signatures:
            found = self._person(match, 1)
            if found is not None:
                yield found
        for match in self._role_after.finditer(text):
            if self._portfolio.search(text, max(0, match.start() - 40), match.start()):
                continue  # "de ministers van Hoger Onderwijs, de ministers van ...": a portfolio
            found = self._person(match, 1, role=match.group(2).lower())
            if found is not None:
                yield found

    def _matches(self, pattern: re.Pattern[str] | Opened, text: str) -> Iterator[re.Match[str]]:
        """The matches of ``pattern``; those of "X is voorzitter" only where a copula and a
        role stand, the name looked for in the 80 characters before."""
        if pattern is not self._is_role:
            yield from pattern.finditer(text)
            return
        assert isinstance(pattern, re.Pattern)
        end = 0
        for role in self._copula_role.finditer(text):
            match = pattern.search(text, max(end, role.start() - 80), role.end())
            if match is not None and match.end() == role.end():
                end = match.end()
                yield match

    def _labelled_lists(self, text: str) -> Iterator[PersonFound]:
        """The people of a labelled list in minutes or a report's header: "Aanwezig: Jan
        Peeters (BE, FOD Economie), Marie Schmit (LU)", "Deelnemers:" and one person a line,
        "Voorzitter: mevrouw A. de Groot"."""
        for label in self._list_label.finditer(text):
            line_start = text.rfind("\n", 0, label.start()) + 1
            before = text[line_start : label.start()]
            if text[label.start()].islower():
                qualified = _QUALIFIED_BEFORE.search(before)
                if qualified is None:
                    continue  # "de leden: ..." inside a sentence
                before = before[: qualified.start()]  # "Belgische leden:"
            if before.strip(_LEAD) and not (
                # or follows a heading or the list's line before, which the clean text joined
                # to it: "... (NL) Verontschuldigd:", "... 3 maart 2025, Brussel Aanwezig:"
                before[-1:] in " \t" and _JOINED_AFTER.search(before)
            ):
                continue  # a label opens its line
            line_end = _line_end(text, label.end())
            if text[label.end() : line_end].strip():
                items = self._split(text, label.end(), self._inline_end(text, label.end()))
            else:
                items = self._one_a_line(text, line_end)
            yield from self._accepted(text, items)

    def _heading_lists(self, text: str) -> Iterator[PersonFound]:
        """The people of a list under a label alone on its line, without a colon:
        "Aanwezig\n- Jan Peeters (FOD Economie)\n- Marie Schmit (LU)", "AANWEZIGEN"."""
        for heading in self._list_heading.finditer(text):
            yield from self._accepted(text, self._one_a_line(text, heading.end()))

    def _name_tables(self, text: str, gaps: Sequence[int]) -> Iterator[PersonFound]:
        """The people of a text table whose column of names is headed "Naam", its columns
        parted by pipes, tabs or runs of spaces ("Naam | Organisatie | Land", "Peeters, Jan
        FOD Economie    BE"); a table without such a column (of projects, bodies or
        documents) names no one here."""
        for head in self._name_column.finditer(text):
            line_start = text.rfind("\n", 0, head.start()) + 1
            line_end = _line_end(text, head.end())
            pipes = "|" in text[line_start:line_end]
            cells = _cells(text, line_start, line_end, gaps, pipes)
            column = next((i for i, (a, b) in enumerate(cells) if a <= head.start() < b), -1)
            if len(cells) < 2 or column < 0 or cells[column] != head.span():
                continue  # "Naam" alone in its cell
            # "Naam<tab>Voornaam": the person named by the two cells together (not parted by
            # a pipe, which a name never holds).
            beside = [
                i
                for i in (column - 1, column + 1)
                if 0 <= i < len(cells)
                and not pipes
                and self._first_name_column.match(text[cells[i][0] : cells[i][1]])
            ]
            first_cell, last_cell = min([column, *beside]), max([column, *beside])
            entries = []
            position = line_end
            while position < len(text):
                begin = position + 1
                position = _line_end(text, begin)
                row = text[begin:position]
                if not row.strip() or pipes != ("|" in row):
                    break
                if not row.strip(" \t|-:+="):
                    continue  # "|---|---|": the rule under a markdown table's head
                row_cells = _cells(text, begin, position, gaps, pipes)
                if len(row_cells) != len(cells):
                    break
                a, b = row_cells[first_cell][0], row_cells[last_cell][1]
                kind, found = self._entry(text, a, b)
                if found is not None and found.end != b:
                    kind, found = _NONE, None  # "Jan Peeters Stichting": the name goes on
                entries.append((kind, found))
            yield from self._decided(entries, "")

    def _inline_end(self, text: str, position: int) -> int:
        """Where a list written on its label's line ends: at the line's end, unless a comma
        or "en" there carries it on to the next."""
        start = position
        end = _line_end(text, position)
        while _GOES_ON.search(text, position, end) and end < len(text):
            position = end + 1
            end = _line_end(text, position)
        # Another label on the line (the clean text joins short lines to a long one).
        for label in _INLINE_LABEL.finditer(text, start, end):
            if text[start : label.start()].rstrip()[-1:] in ("", ";"):
                continue  # "Aanwezig: België: Jan Peeters (...); Nederland: ...": an item's head
            if _depth(text[start:end], label.start() - start) == 0:
                end = self._label_start(text, label.start(), label.end())
                break
        # The end of a sentence the list ran on into: a full stop after a word that is no
        # title or initial ("dhr.", "A.").
        for stop in _FULL_STOP.finditer(text, start, end):
            word = re.search(r"(\w+)$", text[max(start, stop.start() - 12) : stop.start()])
            if word is None or len(word.group(1)) == 1:
                continue  # an initial
            if {word.group(1).lower(), word.group(1).lower() + "."} & self._title_words:
                continue  # "dhr.", "mevr."
            return stop.start()
        return end

    def _label_start(self, text: str, begin: int, end: int) -> int:
        """Where the label found at ``begin`` inside a joined line opens: at the list's own
        label, with the adjective before it, where the last names of the list before stand
        before it ("Sébastien Lecomte Nederlandse leden:" opens at "Nederlandse")."""
        known = self._list_label.search(text, begin, end)
        if known is None or known.start() == begin:
            return begin
        qualified = _QUALIFIED_BEFORE.search(text, begin, known.start())
        return qualified.start() if qualified and text[known.start()].islower() else known.start()

    def _one_a_line(self, text: str, position: int) -> list[tuple[int, int]]:
        """The items of a list of one person a line, from the line after its label: up to a
        blank line, another label, an agenda item or prose; lower-case sub-heads ("leden",
        "waarnemer") and the lines a bracket runs over are no items."""
        items: list[tuple[int, int]] = []
        depth = 0
        blank = False  # one blank line may stand between the label and the list
        number = 0  # of the last numbered item ("1. Jan Peeters (FOD Economie)")
        for _ in range(40):
            if position >= len(text):
                break
            begin = position + 1
            end = _line_end(text, begin)
            position = end
            line = text[begin:end]
            if not line.strip():
                if items or blank:
                    break
                blank = True
                continue
            if depth > 0:
                depth += line.count("(") - line.count(")")
                continue
            depth = line.count("(") - line.count(")")
            lead = begin + len(line) - len(line.lstrip(_LEAD))
            numbered = _NUMBERED_ITEM.match(text, lead, end)
            if numbered is not None:
                # A list numbered from 1 where it opens; any other number opens the agenda.
                if int(numbered.group(1)) != number + 1 or (not number and items):
                    break
                number += 1
                lead = numbered.end()
            elif number:
                break
            words = text[lead:end].split()
            if not words:
                continue  # a rule of dashes under a heading or between a table's rows
            titled = {words[0].lower(), " ".join(words[:2]).lower()} & self._title_words
            if text[lead].islower() and not titled:
                # (not "mevr. A. Janssens (FOD Binnenlandse Zaken)": a title opens the item)
                if len(line.split()) > 2:
                    break  # prose
                continue  # a sub-head
            label = self._list_label.pattern.match(text, lead, end)
            if label is None and self._subhead.match(text, lead, end):
                continue  # "Delegatie België:", "Nederland": the people below stand for it
            if label is not None or _LIST_STOP.match(text, lead, end):
                colon = text.find(":", lead, end)
                if label is None and colon > 0 and _ITEM_REST.match(text, colon + 1, end) is None:
                    # "Leefmilieu Brussel: Ine Wouters": a body, then its people.
                    items += self._split(text, colon + 1, end)
                    continue
                break
            if line.rstrip().endswith(".") and len(line.split()) >= 8:
                break
            bullet = line.lstrip()[:1]
            if bullet in "-–•*" and line.lstrip()[1:2] in " \t":
                # "- A (NL) - Marie Schmit (LU)": the clean text joined the next item's line
                # to a long one; it opens with the same bullet.
                cut = lead
                for joined in re.finditer(rf"[ \t]{re.escape(bullet)}[ \t]+", text[lead:end]):
                    if _depth(text[lead:end], joined.start()) == 0:
                        items.append((cut, lead + joined.start()))
                        cut = lead + joined.end()
                items.append((cut, end))
                continue
            items.append((lead, end))
        return items

    def _split(self, text: str, begin: int, end: int) -> list[tuple[int, int]]:
        """The items of a list on one line (or lines carried on): split at commas and "en"
        outside brackets, or at semicolons only where the list has them ("Jan Peeters, FOD
        Economie; Marie Schmit, LU")."""
        region = text[begin:end]
        depth = 0
        top: list[int] = []  # offsets of the commas and semicolons outside brackets
        semicolon = False
        for i, ch in enumerate(region):
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth = max(0, depth - 1)
            elif depth == 0 and ch in ",;":
                top.append(i)
                semicolon = semicolon or ch == ";"
        cuts = [(i, i + 1) for i in top if not semicolon or region[i] == ";"]
        if not semicolon:
            for glue in re.finditer(r"[ \t\n]en[ \t\n]", region):
                if _depth(region, glue.start()) == 0:
                    cuts.append((glue.start(), glue.end()))
        items = []
        start = 0
        for cut, after in sorted(cuts):
            items.append((start, cut))
            start = after
        items.append((start, len(region)))
        spans = []
        for a, b in items:
            piece = region[a:b]
            stripped = piece.strip().rstrip(".")
            if stripped:
                at = a + len(piece) - len(piece.lstrip())
                spans.append((begin + at, begin + at + len(stripped)))
        return spans

    def _entry(self, text: str, begin: int, end: int) -> tuple[str, PersonFound | None]:
        """What an item of a list holds: a name marked as a person's by a title, initials or
        a party (strong), by a known first name (given), a first name not known (pair), a
        surname alone (bare), or no name (none)."""
        turned = self._reversed.match(text, begin, end)
        if turned is not None:
            first = turned.group("first") or turned.group("cfirst")
            if all(part in self.t.given_names for part in first.split("-")):
                surname = turned.group("sur") or turned.group("csur")
                parts = (first, (turned.group("part") or "").strip(), surname)
                name = " ".join(w for w in parts if w)
                return _GIVEN, PersonFound(turned.start(), turned.end(), name)
        match = self._item.match(text, begin, end)
        if match is None:
            return _NONE, None
        group = next(g for g in ("initials", "caps", "full", "bare") if match.group(g))
        titled = bool(match.group("titles").strip())
        found = self._person(match, group)
        if found is None and titled and group == "bare" and match.group(group)[:1].islower():
            # "mevrouw van der Linden": after a title the particle opens the surname, which
            # is written "Van der Linden" when it stands alone.
            name = match.group(group)
            words = name.split()
            if not any(
                w in self.t.not_names or w.lower().endswith(self._body_words) for w in words
            ):
                found = PersonFound(
                    match.start(group), match.end(group), name[:1].upper() + name[1:]
                )
        if found is None or "\n" in found.name or found.name in self.t.not_people:
            return _NONE, None
        if any(self._organisation_word(w) for w in found.name.split()):
            return _NONE, None  # "Max Planck Gesellschaft", "Vlaamse Milieumaatschappij"
        party = _PARTY_AFTER.match(text, match.end(group)) is not None
        if titled or group == "initials" or (party and group != "full"):
            return _STRONG, found
        if group == "bare":
            if not found.name[:1].isupper():
                return _NONE, None  # "de Watergroep": an article
            return _BARE, found
        first = found.name.split()[0]
        if all(part in self.t.given_names for part in first.split("-")):
            return _GIVEN, found
        if group == "caps":
            return _NONE, None  # "Departement MOW": a word and an acronym
        return _PAIR, found

    def _organisation_word(self, word: str) -> bool:
        lower = word.lower()
        return lower in self.t.organisation_words or any(
            lower.endswith(e) and lower != e for e in self.t.organisation_endings
        )

    def _accepted(self, text: str, items: list[tuple[int, int]]) -> Iterator[PersonFound]:
        """The people of a labelled list: every name marked by a title or initials; names
        with a first name only where every item of the list is a person's name in full (a
        list of bodies, places or brands names no one); a surname alone only in a list of
        "de heren", "de dames" or "de leden" with a name marked among them."""
        if not items:
            return
        head = self._head_at.match(text, items[0][0])
        if head is not None:
            items[0] = (head.end(), items[0][1])
        entries = []
        for begin, end in items:
            kind, found = self._entry(text, begin, end)
            if found is not None and not _ITEM_REST.match(text, found.end, end):
                kind, found = _NONE, None  # "Jan Peeters Stichting": the name goes on
            if kind == _NONE and _ARTICLE.match(text, begin, end):
                continue  # "het Secretariaat-Generaal": a body among the people
            if kind == _NONE and (head_of_item := _ITEM_HEAD.match(text, begin, end)):
                # "België: Jan Peeters (FOD Economie)", "BE – Jan Peeters": the country or
                # body the person stands for, before the name.
                kind, found = self._entry(text, head_of_item.end(), end)
                if found is not None and not _ITEM_REST.match(text, found.end, end):
                    kind, found = _NONE, None
            entries.append((kind, found))
        yield from self._decided(entries, head.group("head").lower() if head else "")

    def _decided(
        self, entries: list[tuple[str, PersonFound | None]], head: str
    ) -> Iterator[PersonFound]:
        kinds = [kind for kind, _ in entries]
        clean = _NONE not in kinds
        in_full = all(k in (_STRONG, _GIVEN, _PAIR) for k in kinds)
        marked = sum(k in (_STRONG, _GIVEN) for k in kinds)
        particled = any(
            k == _BARE and f is not None and f.name.split()[0].lower() in self.t.particles
            for k, f in entries
        )
        # Members may be bodies; gentlemen, ladies and the holders of a role are people.
        people = head not in ("", "leden") or (head == "leden" and (marked or particled))
        for kind, found in entries:
            if found is None:
                continue
            if (
                kind == _STRONG
                or (kind == _GIVEN and clean and (in_full or people))
                or (kind == _PAIR and clean and (in_full or people) and marked)
                or (kind == _BARE and clean and people)
            ):
                yield found

    def _headed_lists(self, text: str) -> Iterator[PersonFound]:
        """ "de leden Jansen, De Vries en Marc Thill", "de heren Hansen en Van den Bossche":
        the names a list in running text coordinates after its head, up to what is no name."""
        for head in self._list_head.finditer(text):
            if _DE_BEFORE.search(text, max(0, head.start() - 4), head.start()):
                yield from self._decided(
                    self._running(text, head.end()), head.group("head").lower()
                )
        if "anwezig" in text or "amens" in text:
            for present in _PRESENT_IN_TEXT.finditer(text):
                yield from self._decided(self._running(text, present.end()), "")

    def _running(self, text: str, position: int) -> list[tuple[str, PersonFound | None]]:
        """The names of a list in running text from ``position``, up to what is no name."""
        entries: list[tuple[str, PersonFound | None]] = []
        while True:
            kind, found = self._entry(text, position, min(len(text), position + 120))
            if found is None or not _NAME_CLOSED.match(text, found.end):
                break
            entries.append((kind, found))
            glue = _LIST_GLUE.match(text, found.end)
            if glue is None:
                break
            position = glue.end()
        return entries

    def _given_pairs(self, text: str) -> Iterator[PersonFound]:
        """ "Volgens Sandra Kleinhans is ...", "met Jan Peeters over ...": a full name whose
        first name is a known one, in running text, where no capitalised word stands before
        it but a sentence's opening word ("Volgens", "Daarna") and no capitalised word
        follows it ("Stichting Jan Smit", "AZ Maria Middelares", "Marie Curie Fellowship":
        a name that goes on names no one)."""
        given = self.t.given_names
        for word in self._capital_word.finditer(text):
            if not all(part in given for part in word.group().split("-")):
                continue
            match = self._pair.match(text, word.start())
            if match is None or not self._free_before(text, word.start()):
                continue
            end = match.end()
            if match.group("second") and not self._closed(text, end):
                end = match.end("sur")  # "Jan Peeters Vlaanderen": without the second
            if not self._closed(text, end):
                continue
            if self._in_a_list(text, word.start(), end):
                continue
            name = text[word.start() : end]
            if "\n" in name and not self._inside_sentence(text, word.start()):
                continue  # "Grande\nRégion" ... a heading's end and the next line
            if self._not_a_name(name):
                continue
            found = PersonFound(word.start(), end, name)
            person = self._person_at(text, found)
            if person is not None:
                yield person

    def _person_at(self, text: str, found: PersonFound) -> PersonFound | None:
        match = _ANY.match(text, found.begin, found.end)
        person = None if match is None else self._person(match, 0)
        return person if person is not None and person.name == found.name else None

    def _free_before(self, text: str, position: int) -> bool:
        """No word before ``position`` that a name would go on from: a capitalised word other
        than a sentence's opening word, an article ("het Jan Palfijn ziekenhuis"), or a
        hyphen or apostrophe glued to it."""
        if text[max(0, position - 8) : position].rstrip(" \t\n").endswith("-"):
            return False  # "Jean-\nClaude Juncker": the second part of a first name
        at = position
        while at > 0 and text[at - 1] in " \t":
            at -= 1
        if at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "-'’"):
            return True
        if at < position and text[at - 1].isdigit():
            return True
        before = re.search(r"[\w'’-]+$", text[max(0, at - 40) : at])
        word = before.group() if before is not None else ""
        if at == position or not word or not word[0].isalpha():
            return False
        if word[0].isupper():
            return word.lower() in self.t.name_openers
        # "het schip Johan de Witt", "de luchthaven Charles de Gaulle": a thing named after
        # a person.
        return word not in _ARTICLES and word not in self.t.named_after_heads

    def _in_a_list(self, text: str, begin: int, end: int) -> bool:
        """A name in a labelled list ("Sprekers: Marie Curie, Paul Henri en ...") or an item
        of a bulleted one ("- Jan Peeters (FOD Economie)"): the list's readers decide there
        whether the list names people at all (_accepted)."""
        line = text[text.rfind("\n", 0, begin) + 1 : begin]
        if ":" in line:
            # Only names, brackets and "en" between the label's colon and the name (not a
            # sentence that runs on after a colon: "... bij Katrien Devos van ...").
            items = re.sub(r"\([^()]*\)", " ", line[line.rfind(":") + 1 :])
            words = re.findall(r"[^\W\d_][\w'’.-]*", items)
            if all(w[0].isupper() or w in _LIST_WORDS or w in self.t.particles for w in words):
                return True
        return not line.strip(_LEAD) and line.strip() != "" and bool(_ITEM_REST.match(text, end))

    @staticmethod
    def _inside_sentence(text: str, position: int) -> bool:
        """A lower-case word stands before ``position`` on its line: a sentence runs on."""
        line = text[text.rfind("\n", 0, position) + 1 : position]
        before = re.search(r"(\w+)[ \t]+$", line)
        return before is not None and before.group(1).islower()

    @staticmethod
    def _closed(text: str, end: int) -> bool:
        """A name in running text ends at ``end``: punctuation, a bracket, a lower-case word or
        the end of the line follows, no capitalised word."""
        return _GIVEN_CLOSED.match(text, end) is not None

    def _not_a_name(self, name: str) -> bool:
        """A name of a body, a brand, a street or a prize, by its words."""
        if any(name == p or name.startswith(p + " ") for p in self.t.not_people):
            return True
        parts = [w for word in name.split() for w in word.split("-")]
        return any(
            w in self.t.not_names or w.lower() in self.t.roles or self._organisation_word(w)
            for w in parts
        )

    def _surname_with_party(self, text: str) -> Iterator[PersonFound]:
        """ "Ook Bakker (D66) en De Jong (PVV) vroegen ...": a surname alone right before a
        party's name in brackets, where no other capitalised word stands before it."""
        for party in self._party.finditer(text):
            window = max(0, party.start() - 40)
            match = self._surname_end.search(text, window, party.start())
            if match is None or self._full_name.search(text, window, party.start()):
                continue
            if not self._free_before(text, match.start(1)):
                continue
            before = re.search(r"(\w+)[ \t]+$", text[max(0, match.start(1) - 20) : match.start(1)])
            if before is not None and before.group(1) in _PLACE_PREPOSITIONS:
                continue  # "de fractie in Limburg (CDA)": a place
            if self._not_a_name(match.group(1)):
                continue
            person = self._person(match, 1)
            if person is not None:
                yield PersonFound(person.begin, person.end, person.name, party=party.group(1))

    def _with_party(self, text: str) -> Iterator[PersonFound]:
        """ "Daarna sprak Jan Peeters (CD&V)": a full name right before a party's name."""
        for party in self._party.finditer(text):
            window = max(0, party.start() - 60)
            names = list(self._full_name.finditer(text, window, party.start()))
            name = names[-1] if names else None
            if name is None or name.end() != party.start():
                continue
            found = self._person(name, 1)
            if found is None:
                continue
            words = found.name.split()
            if words[0].lower() in self.t.roles:
                continue  # "Rapporteur X Y (Les Engagés)": the role's own pattern reads it
            yield PersonFound(found.begin, found.end, found.name, party=party.group(1))

    def _plausible(
        self, text: str, match: re.Match[str], pattern: re.Pattern[str] | Opened
    ) -> bool:
        name = match.group(1)
        if pattern is self._colon_quote and name in self.t.parties:
            return False  # "Open Vld: \"...\"": a party speaks
        if pattern in (self._is_role, self._is_name_role, self._quoted_by, self._colon_quote):
            # "Den Haag is gastheer": a name opening with a particle is a place's; "Grande
            # Région\nGastspreker was ...": a heading's end and the next line are no name.
            return name.split()[0].lower() not in self.t.particles and "\n" not in name
        if pattern is self._role_before and self._role_word_after.match(text, match.end(1)):
            return False  # "De Luxemburgse minister": an adjective before a role, no name
        if pattern is self._role_before and " " not in name.strip():
            # "burgemeester Venlo" names a town: a surname alone only after a personal role.
            role = text[match.start() : match.start(1)].strip().lower()
            # "het lid Verhoeven-Smit (CDA)": a party after the surname marks a person too.
            return role in self.t.surname_roles or bool(_PARTY_AFTER.match(text, match.end(1)))
        if pattern is self._role_portfolio:
            if "\n" in name:
                # "minister van ..., Inburgering en Gelijke Kansen\nGrensoverschrijdende
                # uitvaarten": the clean text keeps a line break only where a line ends (a
                # heading, a field), so the portfolio's last word and the next line's first
                # are no name.
                return False
            # "directeur van het Agentschap Wegbeheer Zuid, ...": the name of a body goes on.
            words = text[max(0, match.start(1) - 30) : match.start(1)].split()
            return not words or words[-1] not in self.t.body_heads
        if pattern is self._initials:
            if name.startswith("M.") and self._monsieur.match(text, match.start(1)):
                return False  # "M. Jean-Pierre Dupont": the full name is read without "M."
            line = text[text.rfind("\n", 0, match.start()) + 1 : match.start()]
            if not line.strip() and re.match(r"[A-Z]\.\s", name):
                return False  # "B. Respondenten": an appendix heading, lettered
            # "Bijlage B. Respondenten": initials after a capitalised word are a list label;
            # after a role ("Minister K.H.M. Ollongren") they open a name.
            before = re.search(r"(\S+)\s*$", text[max(0, match.start() - 30) : match.start()])
            if before is not None and before.group(1).lower() in self.t.not_before_initials:
                return False  # "bijlage A. Overzicht": a lettered part of the document
            return (
                before is None
                or not before.group(1)[:1].isupper()
                or before.group(1)[-1] in ",.;:)"
                or before.group(1).lower() in self.t.roles
            )
        return True

    def _person(self, match: re.Match[str], group: int | str, role: str = "") -> PersonFound | None:
        name = match.group(group)
        words = name.split()
        begin = match.start(group)
        # "Mevrouw Hadja Lahbib, minister ...": a title at the start of a sentence is no name.
        # "Senator Karin Brouwerts, Schepen ...": a role opening the name is no name either.
        # "De Kamerleden Jansen (VVD)": an article before a role is no name either.
        while len(words) > 2 and (
            words[0].lower() in self.t.titles
            or words[0].lower() in self.t.roles
            or (words[0] in ("De", "Het") and words[1].lower() in self.t.roles)
        ):
            begin = match.string.index(words[1], begin + len(words[0]))
            words = words[1:]
            name = match.string[begin : match.end(group)]
        if any(w in self.t.not_names for w in words) or words[-1].lower() in self.t.roles:
            return None  # "De Voorzitter" is a role, not a name
        if any(w.lower().endswith(self._body_words) for w in words):
            return None  # "Federale Overheidsdienst": a body's head, also in a compound
        last = words[-1].lower()
        if any(last.endswith(e) and len(last) - len(e) >= 4 for e in self.t.place_endings):
            return None  # "Minister Lelylaan", "Paul-Henri Spaakgebouw": a street, a building

        if not _case_sensitive_ok(name):
            return None
        return PersonFound(begin, match.end(group), name, role=role)

    def _more(self, text: str, position: int) -> Iterator[PersonFound]:
        """ "prof. X uit Nederland als dr. Y uit België": the list goes on."""
        skip = re.match(r"\s+uit\s+\w+", text[position:])
        if skip:
            position += skip.end()
        # "De premiers Yves Leterme, Jean-Claude Juncker en Jan Peter Balkenende": every
        # name of the list.
        while (more := self._and_more.match(text, position)) is not None:
            found = self._person(more, 1)
            if found is None or more.group(1).split()[0].lower() in self.t.particles:
                return  # "minister Asselborn, Den Haag": a list of names opens with a first name
            yield found
            position = more.end(1)

    def surnames(self, text: str, people: dict[str, str]) -> Iterator[tuple[int, int, str]]:
        """Later mentions by surname alone: (begin, end, full name) where unambiguous."""
        by_surname: dict[str, set[str]] = {}
        for name in people:
            words = name.split()
            tail = _surname_of(words, self.t.particles)
            if tail.lower() in self.t.particles:
                continue  # "De" alone is an article, never a surname
            by_surname.setdefault(tail.lower(), set()).add(name)
        if not by_surname:
            return
        pattern = re.compile(
            r"(?<![\w-])(" + "|".join(re.escape(s) for s in by_surname) + r")(?![\w-])",
            re.IGNORECASE,
        )
        for match in pattern.finditer(text):
            names = by_surname[match.group(1).lower()]
            if len(names) != 1 or not match.group(1)[:1].isupper():
                continue
            yield match.start(1), match.end(1), next(iter(names))


def _line_end(text: str, position: int) -> int:
    end = text.find("\n", position)
    return len(text) if end == -1 else end


def _cells(
    text: str, begin: int, end: int, gaps: Sequence[int], pipes: bool
) -> list[tuple[int, int]]:
    """The cells of a table's line between ``begin`` and ``end``, parted by pipes or at the
    column gaps in it, each without the blanks around it."""
    if pipes:
        cuts = [i for i in range(begin, end) if text[i] == "|"]
    else:
        cuts = [g for g in gaps[bisect_left(gaps, begin) : bisect_left(gaps, end)]]
    cells = []
    start = begin
    for stop in [*cuts, end]:
        piece = text[start:stop]
        at = start + len(piece) - len(piece.lstrip())
        cells.append((at, max(at, start + len(piece.rstrip()))))
        start = stop + 1
    return cells


def _depth(region: str, at: int) -> int:
    """How many brackets are open at ``at``."""
    return max(0, region.count("(", 0, at) - region.count(")", 0, at))


def _surname_of(words: list[str], particles: tuple[str, ...]) -> str:
    """ "Alexander van Hattem" -> "van Hattem"; "Xavier Bettel" -> "Bettel"."""
    i = len(words) - 1
    while i > 1 and words[i - 1].lower() in particles:
        i -= 1
    return " ".join(words[i:]) if len(words) > 1 else words[0]


def _case_sensitive_ok(name: str) -> bool:
    """The pattern ran without regard to case: every name word must still be capitalised."""
    words = [re.sub(r"^[dDO]['’]", "", w) for w in name.split()]  # "d'Hondt"
    return all(w[:1].isupper() or w.lower() == w for w in words) and name[:1].isupper()


def _capitalised(word: re.Match[str]) -> str:
    return word.group().capitalize() if word.group().isupper() else word.group()


def person_candidate(found: PersonFound, name: str | None = None) -> Candidate:
    label = name or re.sub(r"-\s+", "-", " ".join(found.name.split()))
    # "Hilde CREVITS", "SANDER MOENS": a word in capitals is written as a name elsewhere is.
    label = re.sub(r"(?<![\w.'’])[^\W\d_]{2,}(?![\w.])", _capitalised, label)
    return Candidate(
        found.begin,
        found.end,
        f"{ID}person/{slug(label)}",
        "Person",
        label=label,
        priority=2,
    )
