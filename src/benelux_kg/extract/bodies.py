"""Bodies the reference data does not name, read from the grammar of their names.

Most bodies of an unseen document are unknown to the reference data. Where no head word of
:mod:`.organisations` opens the name, a body is often named by a head noun that says what
kind of body it is and the capitalised adjectives before it: "de Tweede Kamer", "de
Federale Politie", "het Vlaams Parlement", "het Waals Gewest", "de Duitstalige
Gemeenschap", "de Europese Commissie", "de Baltische Assemblee", "de Internationale
Maascommissie". The adjective says whose body it is: one of a member state or its regions
("Federale", "Vlaams", "Tweede") makes a NationalBody, one above the states ("Europese",
"Internationale", "Baltische") an ExternalOrganisation; without such an adjective nothing is
read. A few heads name a body alone ("de Senaat"), typed by a country's adjective before
them. A ministry named with its portfolio ("het Ministerie van Volksgezondheid, Welzijn en
Sport"), a chamber named by its members ("de Kamer van volksvertegenwoordigers") and a
council by one word ("de Raad van State") are a member state's unless a foreign or
supranational word says otherwise ("de Raad van Europa"). A public body's task in lower case
runs up to the acronym in brackets that closes its name ("het Europees Agentschap voor
chemische stoffen (ECHA)").

:meth:`BodyFinder.retyped` then settles what other finders minted from a name's shape, by
the same cues: a member state's adjective right before the name ("de Belgische Sociale
Inlichtingen- en Opsporingsdienst"), a national or supranational adjective opening it ("het
Nationaal Crisiscentrum", "de Noordse Raad van Ministers"), a chamber ("de Kamer van
Koophandel"), the state's prefix ("Rijkswaterstaat"), a list of national bodies a one-word
name stands in ("het RIZIV, het Zorginstituut Nederland en ..."); a council above the states
is an organisation, not a group; a German body of a Land names the Land ("het Ministerium
für ... van Noordrijn-Westfalen"); a member state's adjective is no word of a one-word name
("de Waalse Forem").

Every word list is the ``bodies`` table of ``patterns.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from ..namespaces import ID, slug
from .candidates import KNOWN, PLACES, Candidate
from .names import squash
from .regex import one_of

_NATIONAL = "NationalBody"
_EXTERNAL = "ExternalOrganisation"
_BODY_CLASSES = frozenset({_NATIONAL, _EXTERNAL})
# A capitalised word before a head; its lower-case form is looked up in the tables.
_WORD_BEFORE = re.compile(r"([A-ZÀ-Ý][\w'’-]*)[ \t]*\n?[ \t]*$")
# Articles and the like that open a body's name in a running sentence.
_OPENERS = frozenset({"de", "het", "der", "die", "das", "den", "la", "le", "les", "the", "l'"})
# A word of a portfolio: capitalised, perhaps hyphenated over a line end ("Volksgezond-\nheid").
_PORTFOLIO_WORD = r"[A-ZÀ-Ý][\w'’]*(?:-\n?[ \t]*[\w'’]+)*"
# White space within a sentence: blanks, or one line break (a blank line ends the name).
_SPACE = r"(?:[ \t]+|[ \t]*\n[ \t]*)(?!\n)"
_PORTFOLIO = re.compile(
    rf"{_SPACE}van{_SPACE}({_PORTFOLIO_WORD}(?:{_SPACE}{_PORTFOLIO_WORD})?"
    rf"(?:,{_SPACE}{_PORTFOLIO_WORD}(?:{_SPACE}{_PORTFOLIO_WORD})?)*"
    rf"(?:{_SPACE}en{_SPACE}{_PORTFOLIO_WORD}(?:{_SPACE}{_PORTFOLIO_WORD})?)?)"
    r"(?![\w'’-])"
)


@dataclass(frozen=True)
class BodyTables:
    heads: tuple[str, ...]  # "Kamer", "Politie", "Parlement": a body after an adjective
    compound_heads: tuple[str, ...]  # "commissie": "de Internationale Maascommissie"
    alone: tuple[str, ...]  # "Senaat": a body with an article alone
    national: frozenset[str]  # "tweede", "federale", "vlaams": a member state's body
    external: frozenset[str]  # "europese", "internationale", "baltische": above the states
    member_adjectives: frozenset[str]  # "belgische": before a name, ties it to a state
    foreign_adjectives: frozenset[str]  # "franse", "duitse": before a name, elsewhere
    chambers: tuple[str, ...]  # "Kamer van": a member state's chamber
    ministries: tuple[str, ...]  # "Ministerie": with a portfolio, a member state's
    councils: tuple[str, ...] = ()  # "Raad": "de Noordse Raad", "de Raad van State"
    council_complements: tuple[str, ...] = ()  # "van Ministers": "de Noordse Raad van Ministers"
    not_councils: frozenset[str] = frozenset()  # "Bestuur": "de Raad van Bestuur" is a board
    national_prefixes: tuple[str, ...] = ()  # "rijks": "Rijkswaterstaat" is the state's
    member_places: frozenset[str] = frozenset()  # "Brussel": "Leefmilieu Brussel"
    described_heads: tuple[str, ...] = ()  # "agentschap": "het Europees Agentschap voor ..."
    associations: tuple[str, ...] = ()  # "vereniging": no state's body, whatever adjective
    land_heads: tuple[str, ...] = ()  # "Ministerium", "Landtag": named with their Land
    unions: tuple[str, ...] = ()  # "Unie": "de Europese Binnenvaart Unie", "de Taalunie"
    not_unions: frozenset[str] = frozenset()  # "bankenunie": a policy, no organisation
    # "Deutschsprachigen Gemeinschaft": a member state's community named in a foreign name
    member_names: tuple[str, ...] = ()


class BodyFinder:
    def __init__(self, tables: BodyTables):
        self.t = tables
        self._head = re.compile(rf"{one_of(tables.heads)}(?![\w'’-])")
        compounds = tables.compound_heads or ("commissie",)
        self._compound = re.compile(rf"{one_of(compounds)}(?![\w'’-])")
        self._alone = re.compile(rf"{one_of(tables.alone or ('Senaat',))}(?![\w'’-])")
        councils = one_of(tables.councils or ("Raad",))
        self._council_of = re.compile(
            rf"{councils}[ \t\n]+van[ \t\n]+([A-ZÀ-Ý][a-zà-ÿ]+)(?![\w'’-])(?![ \t\n]+[A-ZÀ-Ý])"
        )
        self._complement = re.compile(
            rf"[ \t\n]+{one_of(tables.council_complements or ('van Ministers',))}(?![\w'’-])"
        )
        heads = one_of(tables.described_heads or ("Agentschap",), fold=True)
        # The head (perhaps ending a lower-case compound: "referentiecentrum"), the particle
        # that opens the task, the task in words of the sentence, and nothing else up to the
        # bracket: no punctuation, no capitalised word but those of a place or a union.
        self._described = re.compile(
            rf"(?<![\w-])((?:[A-Z][a-z]*|[a-z]*)(?i:{heads}))"
            r"[ \t\n]+(?:voor|van|ter)(?:[ \t\n]+(?:de|het))?"
            r"(?:[ \t\n]+(?:[a-zà-ÿ][\w'’-]*|Europese[ \t\n]+Unie|[A-Z]{2,}[\w-]*-?)){1,9}"
            r"[ \t\n]*$"
        )
        # A union's head as a word or ending a compound ("Unie", "Taalunie").
        self._union = re.compile(rf"(?i:{one_of(tables.unions or ('Unie',))})(?![\w'’-])")
        chambers = one_of(tables.chambers or ("Kamer van",))
        self._chamber = re.compile(rf"{chambers}[ \t\n]+[a-zà-ÿ]{{6,}}(?![\w'’-])")
        # Capitalised national adjectives that open a ministry's name ("Vlaams Ministerie").
        self._ministry_adjectives = frozenset(w.capitalize() for w in tables.national)
        self._ministry = re.compile(
            rf"{one_of(tables.ministries or ('Ministerie',))}(?=[ \t\n]+van)"
        )

    def find(self, text: str) -> Iterator[Candidate]:
        yield from self._adjective_heads(text)
        yield from self._compounds(text)
        yield from self._unions(text)
        yield from self._alone_heads(text)
        yield from self._ministries(text)
        yield from self._chambers(text)
        yield from self._councils_of(text)
        if "(" in text:
            yield from self._described_acronyms(text)

    def _described_acronyms(self, text: str) -> Iterator[Candidate]:
        """ "het Europees Agentschap voor chemische stoffen (ECHA)", "het Federaal agentschap
        voor geneesmiddelen en gezondheidsproducten (FAGG)", "het Instituut voor de
        gelijkheid van vrouwen en mannen (IGVM)": a head of a public body, its task in lower
        case after "voor", "van" or "ter", and the acronym in brackets that closes the name.
        Typed by its adjectives; a Dutch-named public body without one is a member state's."""
        for acronym in _BRACKETED_ACRONYM.finditer(text):
            window = text[max(0, acronym.start() - 160) : acronym.start()].lower()
            if not any(head in window for head in self.t.described_heads):
                continue  # no head before it: the search below would find nothing
            named = self._described.search(text, max(0, acronym.start() - 160), acronym.start())
            if named is None:
                continue
            head = named.group(1)
            begin, words = self._adjectives(text, named.start(1))
            if head[:1].islower() and not words:
                continue  # "het referentiecentrum voor ..." without "Europees": no name
            if not self._opened(text, begin):
                continue
            inner = {w.lower() for w in text[begin : named.end()].split()}
            cls = self._class([*words, *inner]) or _NATIONAL
            yield _body(text, begin, named.end(), cls)

    def _councils_of(self, text: str) -> Iterator[Candidate]:
        """ "de Raad van State", "de Raad van Europa": a council named by one capitalised word
        after "van"; above the states where that word says so, else a member state's."""
        for match in self._council_of.finditer(text):
            if _inside_word(text, match.start()):
                continue
            if match.group(1) in self.t.not_councils or not self._opened(text, match.start()):
                continue
            cls = _EXTERNAL if match.group(1).lower() in self.t.external else _NATIONAL
            yield _body(text, match.start(), match.end(), cls)

    def _chambers(self, text: str) -> Iterator[Candidate]:
        """ "de Kamer van volksvertegenwoordigers": a chamber named by the people it holds,
        in lower case (a capitalised name is read by :mod:`.organisations`)."""
        for match in self._chamber.finditer(text):
            if _inside_word(text, match.start()):
                continue
            before = text[max(0, match.start() - 30) : match.start()].split()
            if before and before[-1].lower() in self.t.foreign_adjectives:
                continue
            if not self._opened(text, match.start()):
                continue
            yield _body(text, match.start(), match.end(), _NATIONAL)

    def _adjectives(self, text: str, end: int) -> tuple[int, list[str]]:
        """The capitalised adjectives of the tables that stand right before ``end`` (two at
        most), and where the first begins."""
        begin, words = end, list[str]()
        for _ in range(2):
            match = _WORD_BEFORE.search(text, max(0, begin - 40), begin)
            if match is None:
                break
            word = match.group(1).lower()
            if word not in self.t.national and word not in self.t.external:
                break
            begin, words = match.start(1), [word, *words]
        return begin, words

    def _opened(self, text: str, begin: int) -> bool:
        """An article, or a lower-case word of the running sentence, before the name."""
        before = text[max(0, begin - 30) : begin].split()
        if not before:
            return False
        word = before[-1]
        if word.lower() in _OPENERS or word[-1:] in "(,":
            return True
        return word[:1].islower() and word[-1:] not in ".:;!?"

    def _class(self, words: Iterable[str]) -> str | None:
        words = list(words)
        if any(w in self.t.external for w in words):
            return _EXTERNAL
        if any(w in self.t.national for w in words):
            return _NATIONAL
        return None

    def _adjective_heads(self, text: str) -> Iterator[Candidate]:
        """ "de Tweede Kamer", "de Federale Politie", "de Europese Commissie"."""
        for match in self._head.finditer(text):
            if _inside_word(text, match.start()):
                continue
            begin, words = self._adjectives(text, match.start())
            cls = self._class(words)
            if cls is None or not self._opened(text, begin):
                continue
            task = _TASK.match(text, match.end())  # "de Internationale Commissie voor X"
            yield _body(text, begin, task.end() if task else match.end(), cls)

    def _compounds(self, text: str) -> Iterator[Candidate]:
        """ "de Internationale Maascommissie": a capitalised compound on a head, after an
        adjective above the states (a bilateral "Grenscommissie" is a group of its members)."""
        for match in self._compound.finditer(text):
            start = match.start()
            while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "-"):
                start -= 1
            if start == match.start() or not text[start].isupper():
                continue
            begin, words = self._adjectives(text, start)
            if self._class(words) != _EXTERNAL or not self._opened(text, begin):
                continue
            yield _body(text, begin, match.end(), _EXTERNAL)

    def _unions(self, text: str) -> Iterator[Candidate]:
        """ "de Europese Binnenvaart Unie", "de Internationale Telecommunicatie Unie": an
        adjective above the states, a capitalised noun and the head; "de Internationale
        Spoorwegunie", "de Nederlandse Taalunie": a compound on it after such an adjective or a
        member state's. A union of states or of their bodies is no body of one state ("de
        Europese Bankenunie" is a policy, no organisation; "de Europese Unie" is read by
        ``_adjective_heads``)."""
        for match in self._union.finditer(text):
            start = match.start()
            while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "-"):
                start -= 1
            before = _WORD_BEFORE.search(text, max(0, start - 40), start)
            if before is None or not text[start].isupper():
                continue
            word = before.group(1).lower()
            if start < match.start():
                if text[start : match.end()].lower() in self.t.not_unions:
                    continue
                if word not in self.t.external and word not in self.t.member_adjectives:
                    continue
                begin = before.start(1)
            else:
                if word in self.t.external or word in self.t.national:
                    continue  # "de Europese Unie": one adjective, no noun
                if _ADJECTIVE_END.search(word) or before.group(1).isupper():
                    continue  # "de Europese Economische Unie", "de Benelux Unie"
                begin, words = self._adjectives(text, before.start(1))
                if self._class(words) != _EXTERNAL:
                    continue
            if self._opened(text, begin):
                yield _body(text, begin, match.end(), _EXTERNAL)

    def _alone_heads(self, text: str) -> Iterator[Candidate]:
        """ "de Senaat", "de Belgische Senaat" (a member state's), "de Franse Senaat"."""
        for match in self._alone.finditer(text):
            if _inside_word(text, match.start()):
                continue
            before = text[max(0, match.start() - 30) : match.start()].split()
            if not before:
                continue
            cls, begin = _NATIONAL, match.start()
            if before[-1].lower() in self.t.foreign_adjectives:
                # "de Franse Senaat": another state's, named with its adjective.
                cls, begin = _EXTERNAL, text.rindex(before[-1], 0, begin)
                before.pop()
            elif before[-1].lower() in self.t.member_adjectives:
                before.pop()
            if not before or before[-1].lower() not in _OPENERS:
                continue
            yield _body(text, begin, match.end(), cls)

    def _ministries(self, text: str) -> Iterator[Candidate]:
        """ "het Ministerie van Volksgezondheid, Welzijn en Sport": a ministry named by its
        portfolio in a Benelux text is a member state's, unless a foreign adjective ties it
        elsewhere ("het Franse Ministerie van ...")."""
        for match in self._ministry.finditer(text):
            if _inside_word(text, match.start()):
                continue
            portfolio = _PORTFOLIO.match(text, match.end())
            if portfolio is None or portfolio.group(1).isupper():
                continue  # "het Ministerie van VWS": a short name, read as an alias
            before = text[max(0, match.start() - 30) : match.start()].split() or [""]
            if before[-1].lower() in self.t.foreign_adjectives:
                continue
            if before[-1].lower() in self.t.external:
                continue
            begin = match.start()
            adjective = _WORD_BEFORE.search(text, max(0, begin - 30), begin)
            if adjective is not None and adjective.group(1) in self._ministry_adjectives:
                begin = adjective.start(1)  # "het Vlaams Ministerie van Onderwijs en Vorming"
            if (
                before[-1].lower() not in self.t.member_adjectives
                and not self._opened(text, begin)
                and not _fills_line(text, begin, portfolio.end())
            ):
                continue
            yield _body(text, begin, portfolio.end(), _NATIONAL)

    def retyped(self, text: str, found: list[Candidate]) -> list[Candidate]:
        """Minted bodies whose class a cue of their name or the word before them settles:
        a member state's adjective before the name, a national adjective opening it, a
        chamber ("de Kamer van Koophandel") of no foreign state."""
        out = []
        regions = {c.begin: c for c in found if c.cls == "NeighbouringRegion"}
        for cand in found:
            if cand.cls in _BODY_CLASSES and cand.priority < KNOWN and cand.label:
                cand = self._of_region(text, cand, regions)
                cand = self._without_adjective(text, cand)
                cls = self._cue(text, cand)
                if cls is not None and cls != cand.cls:
                    cand = replace(cand, cls=cls)
            elif cand.cls == "WorkingGroup" and cand.priority < KNOWN and cand.label:
                cand = self._council(text, cand)
            out.append(cand)
        return _listed_with_national(text, out, self.t.member_places)

    def _of_region(self, text: str, cand: Candidate, regions: dict[int, Candidate]) -> Candidate:
        """ "het Ministerium für Umwelt van Noordrijn-Westfalen", "de Landtag van NRW": a
        German body of a Land names the Land in its name (a Dutch name does not: "de
        Taskforce X van de Grande Région" is a group with the region as a participant)."""
        first = cand.label.split()[0]
        if not first.startswith(self.t.land_heads) and not first.endswith(self.t.land_heads):
            return cand
        of = _OF_PLACE.match(text, cand.end)
        region = regions.get(of.end()) if of is not None else None
        if region is None:
            return cand
        return _body(text, cand.begin, region.end, cand.cls)

    def _without_adjective(self, text: str, cand: Candidate) -> Candidate:
        """ "de Waalse Forem", "de Vlaamse VDAB": a member state's adjective before a one-word
        name describes the body, it is no word of its name (a head of the tables, "het Vlaamse
        Gewest", or a compound on a body's kind, "de Vlaamse Milieumaatschappij", keeps it)."""
        words = cand.label.split()
        if len(words) != 2 or words[0].lower() not in self.t.member_adjectives:
            return cand
        name = words[1]
        lowered = name.lower()
        if (
            name in self.t.heads
            or _ONE_WORD.fullmatch(name) is None
            or lowered.endswith((*self.t.associations, *self.t.described_heads))
            # "de Nederlandse Taalunie": a union of states, no body of one
            or lowered.endswith(tuple(u.lower() for u in self.t.unions))
        ):
            return cand
        begin = text.find(name, cand.begin, cand.end)
        if begin < 0:
            return cand
        return _body(text, begin, cand.end, _NATIONAL)

    def _council(self, text: str, cand: Candidate) -> Candidate:
        """ "de Noordse Raad", "de Interregionale Parlementaire Raad", "de Baltische Raad van
        Ministers": a council that an adjective puts above the states or among foreign states
        is an organisation of its own, not a group (a "Benelux-raad" compound is a group)."""
        words = text[cand.begin : cand.end].split()  # the label lower-cases a group's kind
        if len(words) < 2 or words[-1] not in self.t.councils:
            return cand
        if words[0].lower() not in self.t.external or not all(w[:1].isupper() for w in words):
            return cand
        end = cand.end
        complement = self._complement.match(text, end)
        if complement is not None:
            end = complement.end()
        return _body(text, cand.begin, end, _EXTERNAL)

    def _cue(self, text: str, cand: Candidate) -> str | None:
        """The class a minted body's name or the word before it says, or None."""
        words = [w.lower() for w in re.split(r"[\s'’]+", cand.label) if w]
        if not words:
            return None
        if any(name in cand.label for name in self.t.member_names):
            return _NATIONAL  # "het Arbeitsamt der Deutschsprachigen Gemeinschaft"
        if words[0] in self.t.external:
            return _EXTERNAL  # "de Noordse Raad van Ministers", "het Europees Instituut ..."
        if any(w in self.t.external for w in words):
            return None
        if any(w.endswith(self.t.associations) for w in words):
            return None  # "de Vlaamse Vereniging voor ...": a society, whoever's members
        before = text[max(0, cand.begin - 30) : cand.begin].split()
        adjective = before[-1].lower() if before else ""
        if adjective in self.t.foreign_adjectives:
            return None
        if adjective in self.t.member_adjectives:
            return _NATIONAL
        if words[0] in self.t.national:
            return _NATIONAL
        if any(cand.label.startswith(c) for c in self.t.chambers):
            return _NATIONAL
        if words[0].startswith(self.t.national_prefixes or ("rijks",)) and len(words[0]) > 8:
            return _NATIONAL  # "Rijkswaterstaat", "het Rijksinstituut voor ..."
        return None


# The end of an adjective, no noun: "Economische", "Monetaire", "Politieke", "Sociale".
_ADJECTIVE_END = re.compile(r"(?:isch|ische|sche|se|aire|ale|ele|ieke|ige)$")
# "van (het)" before a place that closes a German body's name.
_OF_PLACE = re.compile(r"[ \t\n]+van[ \t\n]+(?:(?:de|het)[ \t\n]+)?")
# A task after a head, in capitalised words: "voor Grensrivieren", "voor Maas en Schelde".
_TASK = re.compile(
    r"[ \t\n]+voor(?:[ \t\n]+(?:de|het))?[ \t\n]+[A-ZÀ-Ý][\w'’-]*"
    r"(?:[ \t\n]+(?:en[ \t\n]+)?[A-ZÀ-Ý][\w'’-]*){0,3}(?![\w'’-])"
)
# An acronym in brackets: "(ECHA)", "(EURCAW-Transport)".
_BRACKETED_ACRONYM = re.compile(r"\(([A-Z]{2,}[A-Za-z]*(?:-[A-Z][\w]*)?)\)")
# What joins two names of a list: a comma or "en", perhaps an article, perhaps an acronym
# in brackets after the first.
_LIST_JOIN = re.compile(
    r"(?:[ \t]*\([A-Z][\w&.-]{0,11}\))?[ \t]*(?:,|,?[ \t\n]+en)[ \t\n]+(?:(?:de|het)[ \t\n]+)?$"
)
# A one-word name shaped like an acronym or a coined word ("RIZIV", "Logius").
_ONE_WORD = re.compile(r"[A-ZÀ-Ý][\w.&+-]*")


def _listed_with_national(
    text: str, found: list[Candidate], places: frozenset[str]
) -> list[Candidate]:
    """A one-word body of no class cue ("het RIZIV", "Logius"), or one named by a word and a
    member state's place ("Leefmilieu Brussel"), minted as an external organisation, that
    stands in a list with national bodies and no other external one is a national body too:
    "waarin het RIZIV, het Zorginstituut Nederland en ..."."""
    bodies = sorted(
        (c for c in found if c.cls in _BODY_CLASSES or c.cls == "Institution"),
        key=lambda c: c.begin,
    )
    # Chains of neighbours in one list.
    chains: list[list[Candidate]] = []
    for cand in bodies:
        last = chains[-1][-1] if chains else None
        if (
            last is not None
            and last.end <= cand.begin
            and cand.begin - last.end < 30
            and _LIST_JOIN.match(text[last.end : cand.begin]) is not None
        ):
            chains[-1].append(cand)
        else:
            chains.append([cand])
    retype: dict[int, Candidate] = {}
    for chain in chains:
        if len(chain) < 2:
            continue
        lone = [c for c in chain if _lone(c, places)]
        others = [c for c in chain if not _lone(c, places)]
        if not lone or not others:
            continue
        if all(c.cls == _NATIONAL for c in others):
            for c in lone:
                if len(others) < 2 and not c.label.isupper():
                    continue  # "Staatsbosbeheer, Natagora en ...": one neighbour says little
                retype[id(c)] = replace(c, cls=_NATIONAL)
    if not retype:
        return found
    return [retype.get(id(c), c) for c in found]


def _lone(cand: Candidate, places: frozenset[str]) -> bool:
    if cand.cls != _EXTERNAL or cand.priority >= KNOWN or not cand.label:
        return False
    words = cand.label.split()
    if len(words) == 2 and words[1] in places:
        return _ONE_WORD.fullmatch(words[0]) is not None
    return len(words) == 1 and _ONE_WORD.fullmatch(cand.label) is not None


def _inside_word(text: str, at: int) -> bool:
    """A letter, a digit or a hyphen stands right before ``at``."""
    return at > 0 and (text[at - 1].isalnum() or text[at - 1] == "-")


def _fills_line(text: str, begin: int, end: int) -> bool:
    """The name is a line of its own, a letterhead ("> Ministerie van X")."""
    start = text.rfind("\n", 0, begin) + 1
    stop = text.find("\n", end)
    stop = len(text) if stop == -1 else stop
    return not text[start:begin].strip(" \t>#*-") and not text[end:stop].strip()


def _body(text: str, begin: int, end: int, cls: str) -> Candidate:
    label = squash(text[begin:end])
    return Candidate(
        begin,
        end,
        f"{ID}organisation/{slug(label)}",
        cls,
        label=label,
        layer=PLACES,
        priority=1,
    )
