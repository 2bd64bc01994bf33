"""Working groups, consultations, platforms, networks, task forces, fora and committees.

Shapes, built from the ``working_group_kinds`` table:

- a capitalised compound on a kind word: "Senningenoverleg", "Telecomwerkgroep",
  "Penta-overleg", "CIRCABC-VAT-forum";
- a kind word and a capitalised name: "werkgroep SENN-Recherche", "Werkgroep Mini One Stop
  Shop", "Taskforce Grensarbeiders van de Grande Région", "Benelux-platform Crisisbeheersing";
- capitalised words ending in a capitalised kind: "Benelux Energie Expertise Netwerk",
  "Cross-border Corona Taskforce", "L-gas Risk Group";
- a plural kind and a list of names: "de werkgroepen SENN-Meldkamer, SENN-Post en PolCyber";
- a Benelux compound and its subject: "Benelux-netwerk van crisiscommunicatiespecialisten".

A kind word alone ("de werkgroep", "het strategisch overleg") names nothing.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass, replace

from ..namespaces import ID, slug
from .candidates import PLACES, Candidate
from .names import (
    FIELD_LABEL,
    MONTHS,
    WEEKDAY,
    before_row,
    canonical_label,
    subject_end,
    trim_to_line,
)
from .regex import Opened, follows, may_start, one_of

# "eHealth", "e-CMR": a lower-case prefix before capitals is a name word too.
_NAME_WORD = r"(?:[A-Z][\w’'!/-]*|[a-z]+-?[A-Z][\w-]*|\d+)"
# An en dash joins the partners of a bilateral group ("stuurgroep Hauts-de-France – Benelux").
_CONNECTOR = r"(?:van[ \t]+de|van[ \t]+het|van|voor|en|&|der|[–—])"
# Names run over a single line break (a narrow column); _group then cuts them where the
# break ends a heading or a paragraph.
_GAP = r"[ \t]*\n?[ \t]*(?<=\s)"
_NAME = rf"{_NAME_WORD}(?:{_GAP}(?:{_CONNECTOR}{_GAP})?{_NAME_WORD})*"
# A committee's subject may be a list: "de commissie Duurzaamheid, Energie en Mobiliteit".
_LISTED_NAME = rf"{_NAME_WORD}(?:(?:,[ \t]*|{_GAP}(?:{_CONNECTOR}{_GAP})?){_NAME_WORD})*"
# The words before which a word the text uses is a noun (see _named: "Benelux-overleg X").
_NOUN_BEFORE = ("de", "het", "een", "van", "voor", "over", "zwaar")
# A name after "Benelux" and a capitalised kind, or after a kind, may join its words with
# "over" too ("het Benelux Overleg Zorg over de Grens", "de werkgroep Zorg over de Grens").
_SPACED_NAME = (
    rf"{_NAME_WORD}(?:{_GAP}(?:(?:{_CONNECTOR}|over[ \t]+(?:de|het))[ \t]+)?{_NAME_WORD})*"
)
# English names join their words with "and", "of", "for" ("Digital Transport and Logistics
# Forum", "Network of Transmission System Operators").
_ENGLISH_JOIN = r"(?:[ \t]+(?:and|of|for|on)[ \t]+|[ \t]*\n?[ \t]*(?<=\s))"
# Articles and pronouns that never open a name after a kind ("de werkgroep Deze ...").
_NEVER_FIRST = {
    "de",
    "het",
    "een",
    "dit",
    "deze",
    "ons",
    "the",
    "this",
    "benelux",
    "overleg",
}
# A table cell that goes on in the next cell: "| Netwerk Handhaving | in ontwikke- |".
_CELL_END = re.compile(
    r"[ \t]*\|"
)  # Kinds that only name a group when another word comes first ("Schelderaad" yes, "Raad" no).
_NOT_COMPOUND = {
    "office",
    "bureau",
    "comité",
    "directiecomité",
    "netwerk",
    "network",
    "group",
}
_NOT_BEFORE_NAME = {"office", "group", "raad", "network"}
_FUNCTION_WORDS = {
    "tussen",
    "binnen",
    "onder",
    "inzake",
    "zoals",
    "waarin",
    "waarbij",
    "welke",
    "tegen",
    "naast",
    "achter",
    "samen",
    "vanuit",
}
# "van (de/het)" or "en" and a capitalised word inside a group's name: perhaps a known body.
_KNOWN_LINK = re.compile(r"\s+(?:van(?:\s+(?:de|het))?|en)\s+([A-Z][\w’'.&+-]*)")
# A list going on after a name: ", België", " en Luxemburg".
_LIST_GOES_ON = re.compile(r"(?:,[ \t]*|[ \t]+en[ \t]+)[A-Z]")
# "van het Senningenoverleg" after a group's name: the name of its parent.
_PARENT_LINK = re.compile(r"\s+van\s+(?:de|het)\s+([A-Z][\w-]+)(?![\w-])")
# "Benelux-NRW " or "Benelux " right before a capitalised kind word.
_BENELUX_BEFORE = re.compile(r"(?<![\w-])Benelux(?:-[A-Z][\w]*)+[ \t]+$")
_INSTRUMENT_WORDS = re.compile(r"(?i)declaration|verklaring|verdrag|treaty|agreement")
_QUOTED = r"['‘“\"][\w\s-]{2,40}['’”\"]"
# A quoted participle says what state a group is in, not what it is called ("werkgroep
# ‘slapend’ houden").
_PARTICIPLE = re.compile(r"['‘“\"][a-z]+ende?['’”\"]")
# A heading line in capitals (letters, spaces, hyphens, a colon), at least three words.
_CAPITALS_LINE = re.compile(r"(?m)^[ \t]*(?:[\d.]+\s+)?[A-Z][A-Z:’' -]+(?:\s+[A-Z][A-Z’'-]+){2,}")
_PAST = re.compile(r"(?:ge|be|ver|ont|her|er)[a-z]+[dt]$")  # "bepaald": a verb, no theme
_BODY_NAMED = re.compile(r"\svan\s+(?:de|het)\s+[A-Z]")
_BODY_REACH = 2000  # characters (about a page) around a committee to the parliament it belongs to
# A body named after a committee in other words than "van de/het": "... (Benelux Parlement)".
# "van" and a day dates a meeting of the committee, it names no body ("de vergadering van de
# commissie Cultuur van vrijdag 23 januari", "... van 4 maart").
_BODY_AFTER = re.compile(rf"\s*(?:\(|van\s(?!\s*(?:\d|{WEEKDAY}\b))|uit\s|der\s)")
# A capitalised adjective, inflected or of a neuter noun, right before a compound name.
# An adjective before a kind word: "Strategisch", "Permanente", "Gemeenschappelijk".
_KIND_ADJECTIVE = r"(?!Unie\b)[A-Z][a-z]+(?:isch|aal|eel|ig|lijk|ent|e)"
_ADJECTIVE_BEFORE = re.compile(r"(?<![\w-])(?:[A-Z][a-z]+(?:e|aal|eel|isch)|Benelux) $")
# "van de drie landen", "van beide landen": which countries, not part of the name.
_COUNTED_TAIL = re.compile(
    r"\s+van\s+(?:de\s+)?(?:twee|drie|vier|vijf|zes|beide|alle|onze|deze)\s+\w+$"
)


@dataclass(frozen=True)
class GroupTables:
    kinds: tuple[str, ...]
    plurals: tuple[str, ...]
    generic_prefixes: frozenset[str]
    sentence_starters: frozenset[str]
    stop_words: frozenset[str]
    max_words: int
    # Plural nouns of the people a group brings together ("het netwerk van de
    # Directeurs-generaal van de Europese crisiscentra").
    member_heads: tuple[str, ...] = ()
    # Verbs that end the subject of a described group ("... voor vuurwerk kwam in 2023 ...").
    subject_stops: frozenset[str] = frozenset()
    # Committees of a body: "de commissie Justitie ... van het Benelux Parlement".
    committees: tuple[str, ...] = ()
    # The parliament a committee named without its body belongs to, where the text names the
    # parliament near it ("De derde komt uit de commissie Cultuur, Onderwijs en
    # Volksgezondheid", after "de commissie Duurzaamheid ... van het Beneluxparlement").
    committee_body: str = ""
    committee_body_names: tuple[str, ...] = ()
    # Capitalised words that are no word of a name after its kind: a role before a person
    # ("de werkgroep Luchtkwaliteit Minister Dijkstra opende"), a reference ("Zie bijlage 2").
    name_enders: frozenset[str] = frozenset()


def _may_end_a_name(text: str, position: int) -> bool:
    """Whether a name word (:data:`_NAME_WORD`) and a space could end at ``position``: the
    word before must hold a capital or a digit. A cheap test before a search that is tried
    from every position of the 80 characters before each kind word."""
    # "$" also matches before a newline that ends the searched span.
    end = position - 1 if position and text[position - 1] == "\n" else position
    if end == 0 or text[end - 1] not in " \t":
        return False
    words = text[max(0, position - 80) : end].split()
    return bool(words) and any(c.isdigit() or "A" <= c <= "Z" for c in words[-1])


class WorkingGroupFinder:
    def __init__(
        self,
        tables: GroupTables,
        regions: Collection[str] = (),
        body_heads: Collection[str] = (),
        known: Collection[tuple[str, str]] = (),
    ):
        self.t = tables
        # Heads of a body's own name ("Bureau", "Raad", "Kamer"): "het Bureau voor
        # Grensmobiliteit (BGM)" is a body, with or without its abbreviation.
        self._body_heads = frozenset(h.lower() for h in body_heads)
        # Names of neighbouring regions: "de Taskforce Grenzgänger van de Grande Région" is the
        # Taskforce Grenzgänger, in which the region takes part (a region is no parent body).
        folded = sorted({_fold(r) for r in regions if r.strip()}, key=len, reverse=True)
        self._region_after = (
            re.compile(rf"\s+van\s+(?:de|het)\s+(?:{'|'.join(map(re.escape, folded))})(?![\w-])")
            if folded
            else None
        )
        # Names the reference knows (bodies, countries, regions): after "van de/het" or
        # "van" a body is the group's parent ("de werkgroep X van het Comité van Ministers"),
        # after "en" another party ("de werkgroep X en Europol"); neither is part of the
        # group's name. A country after "van" is no parent, but a party ("de werkgroep X van
        # Nederland en België"). By first word, longest first: a table, no pattern to compile.
        by_first: dict[str, list[str]] = {}
        for name, _ in known:
            if len(name) > 2 and name[:1].isupper():
                by_first.setdefault(name.split()[0], []).append(" ".join(name.split()))
        self._known_by_first = {w: sorted(n, key=len, reverse=True) for w, n in by_first.items()}
        # Prefix trees, matched as the alternations longest first (see regex.one_of).
        kinds = one_of(tables.kinds)
        plurals = one_of(tables.plurals)
        self.triggers = tables.kinds
        self._kind_words = frozenset(k.lower() for k in tables.kinds if " " not in k)
        # Capitalised words that end a name after its kind: a new sentence, a verb of the
        # clause ("werkgroep Hooligans Besloot"), a role or a reference.
        self._enders = tables.sentence_starters | tables.subject_stops | tables.name_enders
        self._compound = re.compile(
            rf"(?=[A-Z])(?<![\w-])([A-Z][\w]*?(?:-[A-Za-z]+?)*?)(-?)((?i:{kinds}))(?![\w-])"
        )
        self._kind_then_name = Opened(
            re.compile(
                # "Benelux-werkgroep X", "Benelux-NRW-werkgroep X": a partner's acronym may stand
                # between "Benelux" and the kind.
                rf"{may_start([*tables.kinds, 'benelux', 'strategisch', 'centrale'])}"
                rf"(?<![\w-])((?:Benelux-(?:[A-Z]{{2,5}}-)?)?(?:[Ss]trategisch\s+|[Cc]entrale\s+)?"
                rf"(?i:{kinds}))"
                # (The name may join its words with "over de" as well: "de Benelux-werkgroep
                # Apotheekzorg over de Grens".)
                rf"{_GAP}({_SPACED_NAME}|{_QUOTED})"
            ),
            [*tables.kinds, "benelux", "strategisch", "centrale"],
        )
        # "het Bureau van het Benelux-Parlement": a capitalised kind and its parent body.
        self._kind_of = re.compile(
            rf"(?=[A-Z])(?<![\w-])([A-Z](?i:{kinds})?[a-z]*)"
            rf"[ \t]+van[ \t]+(?:de|het)[ \t]+({_NAME})"
        )
        # "de Benelux-werkgroep vuurwerk": a Benelux group and a noun the text uses again.
        self._benelux_noun = re.compile(
            r"(?<![\w-])Benelux-((?i:werkgroep|netwerk|platform|overleg))[ \t]+([a-z]{5,})\b"
        )
        self._quoted_name = re.compile(rf"[‘'\"“]([A-Z][\w -]{{2,60}}?[ -]((?i:{kinds})))[’'\"”]")
        self._abbreviated = Opened(
            re.compile(
                rf"(?<![\w-]){may_start(tables.kinds)}((?i:{kinds}))"
                r"((?:[ \t]+[\w-]+){1,5}?)[ \t]*"
                rf"\((?=[A-Za-z0-9/!-]*[A-Z][a-z]*[A-Z])[A-Z][A-Za-z0-9/!-]{{1,12}}\)"
            ),
            tables.kinds,
        )
        self._kind_in_heading = re.compile(
            rf"(?<![\w-]){one_of(k.upper() for k in tables.kinds)}(?![\w-])"
        )
        # "BENELUX-WERKGROEP BESTUIVERS" alone on its line (the kind need not be upper-case
        # in the table: "comité" is "COMITÉ").
        self._benelux_capitals = re.compile(
            rf"(?m)^[ \t]*BENELUX-({one_of(k.upper() for k in tables.kinds if ' ' not in k)})"
            r"[ \t]+([A-ZÀ-Ý][A-ZÀ-Ý’'-]+(?:[ \t]+[A-ZÀ-Ý][A-ZÀ-Ý’'-]+){0,3})[ \t]*$"
        )
        spaced = [k for k in tables.kinds if " " in k]
        self._spaced_kind = re.compile(
            rf"(?i)(?<![\w-])(?:{one_of(spaced) if spaced else '(?!)'})(?![\w-])"
        )
        self._bare = re.compile(rf"(?:Benelux[ -]?)?(?:[Ss]trategisch\s+)?(?i:{kinds})")
        self._kind = Opened(
            re.compile(rf"(?<![\w-]){may_start(tables.kinds)}((?i:{kinds}))(?![\w-])"),
            tables.kinds,
        )
        self._words_before = re.compile(
            rf"(?:{_NAME_WORD}[ \t]+)?(?:{_NAME_WORD}{_ENGLISH_JOIN}){{0,3}}{_NAME_WORD}[ \t]+$"
        )
        self._plural_list = Opened(
            re.compile(
                rf"{may_start(tables.plurals)}(?<![\w-]){plurals}\s+({_NAME_WORD}(?:\s*,\s*{_NAME_WORD})*\s+en\s+{_NAME_WORD})"
            ),
            tables.plurals,
        )
        self._benelux_subject = re.compile(
            rf"(?<![\w-])Benelux-({kinds})\s+(van|inzake)\s+", re.IGNORECASE
        )
        members = "|".join(re.escape(m) for m in sorted(tables.member_heads, key=len, reverse=True))
        # "het strategisch overleg van de Directeuren-Generaal van de migratiediensten".
        # Found from the members (rare) back to the kind, which is faster than the reverse.
        self._members = re.compile(rf"\bvan\s+de\s+(?i:{members or 'ministers'})(?![\w-])")
        self._kind_before_members = re.compile(
            rf"(?<![\w-])(?i:het|de)\s+((?:[Ss]trategisch\s+|[Aa]mbtelijk\s+)?(?i:{kinds}))\s+$"
        )
        # "de Vlaams-Nederlandse bestuurlijke werkgroep rond grensbelemmeringen": a
        # bi-national adjective before a kind and its subject ("de Belgische werkgroep voor
        # X" describes a group, it does not name one).
        self._proper_adjective = re.compile(
            rf"(?=[A-Z])(?<![\w-])([A-Z][a-z]+(?:-[A-Z][a-z]+)+e)\s+(?:[a-z]+e\s+)?((?:{kinds}))"
            rf"\s+(?:rond|inzake|voor|over)\s+([a-z][\w-]+(?:\s+[a-z][\w-]+){{0,2}}?)"
            rf"(?=\s+(?:en|of|die|dat|is|zijn|wordt|worden)\b|\s*[,.;:()]|$)"
        )
        committees = "|".join(re.escape(c) for c in tables.committees) or "commissie"
        bodies = "|".join(
            r"[\s-]*".join(re.escape(part) for part in re.split(r"[\s-]+", n))
            for n in tables.committee_body_names
        )
        self._committee_body = (
            re.compile(rf"(?<![\w-])(?:{bodies})(?![\w-])", re.IGNORECASE)
            if bodies and tables.committee_body
            else None
        )
        self._committee = re.compile(
            rf"{may_start(tables.committees or ['commissie'])}(?<![\w-])(?i:{committees})"
            rf"[ \t]+({_LISTED_NAME})"
        )
        # "Support Group 1", "Werkgroep 3", "Expertgroep II": a capitalised kind (and the
        # word before it) and its number name one of several groups.
        self._numbered = re.compile(
            rf"(?=[A-Z])(?<![\w-])((?:[A-Z][a-z]+[ \t]+)?(?=[A-Z])(?i:{kinds}))"
            r"[ \t]+(\d{1,2}|[IVX]{1,4})"
            r"(?![\w/.,-]\w|\w)"
        )
        # "het Benelux Forum Arbeidsmobiliteit", "het Benelux Kennisnetwerk Slimme Steden",
        # "het Benelux Jeugdparlement": "Benelux", a space and a capitalised kind (or a
        # compound on one), then the group's capitalised name.
        # A capitalised adjective may stand before the kind: "het Benelux Strategisch Overleg
        # Ondermijning", "de Benelux Permanente Werkgroep Havens".
        self._benelux_spaced = re.compile(
            rf"(?<![\w-])Benelux[ \t]+(?:(?P<adjective>{_KIND_ADJECTIVE})[ \t]+)?"
            rf"((?=[A-Z])[A-Za-z]*?(?i:{kinds})|[A-Z][a-z]{{3,}}parlement)"
            rf"(?![\w-])(?:[ \t]+({_SPACED_NAME}))?"
        )
        # "het strategisch overleg energie": a strategic consultation and its subject noun.
        self._strategic_noun = re.compile(
            r"(?<![\w-])([Ss]trategisch\s+overleg)[ \t]+([a-z]{5,})\b"
        )

    def find(self, text: str) -> Iterator[Candidate]:
        found = [cand for cand in self._all(text) if cand is not None]
        names = {_words(c.label) for c in found}
        for cand in found:
            # "het Senningenoverleg, het strategisch overleg van de ministers ...": a group
            # described by its members right after another's name is that group, in apposition.
            if self._members.search(text, cand.begin, cand.end) and any(
                _APPOSITION.fullmatch(text, o.end, cand.begin) for o in found if o.end <= cand.begin
            ):
                continue
            # A name a table cell breaks off ("| Netwerk Handhaving | in ontwikke- |
            # Consumentenrecht |") is the start of a longer name of the same document.
            head = _words(cand.label)
            if _CELL_END.match(text, cand.end) and any(
                len(n) > len(head) and n[: len(head)] == head for n in names
            ):
                continue
            if _NESTED_AFTER.search(text, max(0, cand.begin - 60), cand.begin):
                # Named inside the title of the instrument that sets it up or the name of its
                # meeting: a mention of its own within that name, on the layer of nested names.
                cand = replace(cand, layer=PLACES)
            yield cand

    def _all(self, text: str) -> Iterator[Candidate | None]:
        yield from self._compounds(text)
        yield from self._named(text)
        yield from self._lists(text)
        yield from self._quoted_and_abbreviated(text)
        yield from self._committees(text)
        stops = self.t.stop_words | self.t.subject_stops
        for match in self._benelux_subject.finditer(text):
            end = subject_end(text, match.end(), stops, 6)
            counted = _COUNTED_TAIL.search(text, match.end(), end)
            if counted is not None:
                end = counted.start()
            # "het Benelux-netwerk inzake ... van het Senningenoverleg": a parent group's name
            # ends the subject.
            end = self._before_parent(text, match.end(), end)
            if end > match.end():
                yield self._group(text, match.start(), end, anchor=match.start(1))
        yield from self._described(text)
        yield from self._headed(text)
        for match in self._numbered.finditer(text):
            first = match.group(1).split()[0]
            if len(match.group(1).split()) > 1 and first.lower() in self.t.sentence_starters:
                continue  # "Ook Werkgroep 2": the number names the group, not the word before
            if _ITEM_LABEL.match(text, match.end()) and _ITEM_OPENING.search(
                text, max(0, match.start() - 6), match.start()
            ):
                continue  # "• Support Group 1: Marktintegratie": a list's label, as the seeds
            yield self._group(text, match.start(), match.end(), priority=1)

    def _headed(self, text: str) -> Iterator[Candidate | None]:
        """A heading in capitals that names a group ("BENELUX: KENNISCENTRUM VOOR
        GRENSOVERSCHRIJDENDE SAMENWERKING") makes the same words in running text a name."""
        if "BENELUX-" in text:
            yield from self._benelux_title(text)
        for heading in _CAPITALS_LINE.finditer(text):
            kind = self._kind_in_heading.search(heading.group())
            if kind is None:
                continue
            phrase = heading.group()[kind.start() :].rstrip(" .:")
            words = phrase.split()
            if len(words) < 3 or words[-1].lower() in self.t.stop_words:
                continue
            pattern = r"\s+".join(re.escape(w) for w in words)
            running = [
                m
                for m in re.finditer(rf"(?<![\w-]){pattern}(?![\w-])", text, re.IGNORECASE)
                if not m.group().isupper()
            ]
            if not running:
                continue  # the heading alone may be a topic, not a body
            label = " ".join(running[0].group().split())
            label = label[:1].upper() + label[1:]
            iri = f"{ID}working-group/{slug(label)}"
            begin = heading.start() + kind.start()
            yield Candidate(begin, begin + len(phrase), iri, "WorkingGroup", label=label)
            for m in running:
                yield Candidate(m.start(), m.end(), iri, "WorkingGroup", label=label)

    def _benelux_title(self, text: str) -> Iterator[Candidate]:
        """A line of its own in capitals that is a Benelux compound on a kind and its subject
        ("BENELUX-WERKGROEP BESTUIVERS" over the minutes of its meeting) names that group,
        as "Benelux-werkgroep Bestuivers" would."""
        for match in self._benelux_capitals.finditer(text):
            subject = match.group(2).split()
            if subject[0].lower() in self.t.stop_words or subject[0].lower() in MONTHS:
                continue
            words = [w.capitalize() if i == 0 else w.lower() for i, w in enumerate(subject)]
            label = f"Benelux-{match.group(1).lower()} {' '.join(words)}"
            iri = f"{ID}working-group/{slug(label)}"
            yield Candidate(match.start(1) - 8, match.end(2), iri, "WorkingGroup", label=label)

    def _described(self, text: str) -> Iterator[Candidate | None]:
        """Groups named by a description: who meets, or a proper adjective and a subject."""
        for members in self._members.finditer(text):
            # "het overleg van de ministers", not "een overleg van de ministers" (one of many).
            match = self._kind_before_members.search(
                text, max(0, members.start() - 40), members.start()
            )
            if match is None:
                continue
            end = subject_end(text, members.end(), self.t.stop_words | self.t.subject_stops, 10)
            counted = _COUNTED_TAIL.search(text, members.end(), end)
            end = counted.start() if counted is not None else end
            yield self._group(text, match.start(1), max(end, members.end()), anchor=match.start(1))
        for match in self._proper_adjective.finditer(text):
            if match.group(1).lower() in self.t.generic_prefixes:
                continue
            yield self._group(text, match.start(), match.end(3), anchor=match.start(2))
        for match in self._strategic_noun.finditer(text):
            noun = match.group(2)
            if noun in self.t.stop_words or noun in _FUNCTION_WORDS or _PAST.match(noun):
                continue
            # A theme, not a verb or an adverb: the text also uses it as a noun.
            if follows(text, noun, ("de", "het", "van", "voor", "inzake", "rond")):
                yield self._group(text, match.start(), match.end(), anchor=match.start())

    def _compounds(self, text: str) -> Iterator[Candidate | None]:
        for match in self._compound.finditer(text):
            prefix = match.group(1)
            if len(prefix) < 3 or _sentence_start(text, match.start()):
                continue
            if prefix.lower() in self.t.generic_prefixes or match.group().isupper():
                continue
            begin = match.start()
            # An adjective before it belongs to the name ("Tripartiete Maasoverleg",
            # "Euregionaal Traumanetwerk"), and so does "Benelux" ("het Benelux Crisisoverleg").
            adjective = _ADJECTIVE_BEFORE.search(text, max(0, begin - 30), begin)
            if adjective and _sentence_start(text, adjective.start()):
                adjective = None
            if match.group(3).lower() in _NOT_COMPOUND and (
                adjective is None or adjective.group().strip().lower() in self.t.generic_prefixes
            ):
                # "5G-netwerk", "het Europese ECRIS-netwerk": a network of cables or systems
                continue
            if adjective:
                begin = adjective.start()
            yield self._group(text, begin, match.end(), anchor=match.start(3))

    def _named(self, text: str) -> Iterator[Candidate | None]:
        for match in self._kind_then_name.finditer(text):
            yield from self._kind_and_name(text, match)
        yield from self._benelux_spaced_names(text)
        for match in self._kind_of.finditer(text):
            kind = match.group(1).lower()
            if kind in self.t.kinds and not _sentence_start(text, match.start()):
                yield self._group(text, match.start(), match.end(), anchor=match.start())
        for match in self._benelux_noun.finditer(text):
            noun = match.group(2)
            if noun in self.t.stop_words or noun in _FUNCTION_WORDS:
                continue
            # A noun, not a verb: the text also uses it after an article or a preposition.
            if follows(text, noun, _NOUN_BEFORE):
                yield self._group(text, match.start(), match.end(), anchor=match.start())
        for match in self._kind.finditer(text):
            if not _may_end_a_name(text, match.start()):
                continue  # "de werkgroep": no name can end right before the kind
            before = self._words_before.search(text, max(0, match.start() - 80), match.start())
            if before is None:
                continue
            spans = list(re.finditer(r"\S+", before.group()))
            words = [w.group() for w in spans]
            kind = match.group(1)
            if not kind[:1].isupper() and not _english(words):
                continue
            # "the Working Group on Border Data", "High Level Group for Energy": an English
            # kind and its subject after "on"/"for" make a name of generic words.
            tail = _ENGLISH_TAIL.match(text, match.end()) if kind[:1].isupper() else None
            # Only the words after the last generic one name the group.
            cut = max(
                (
                    i + 1
                    for i, w in enumerate(words)
                    if (
                        w.lower() in self.t.generic_prefixes
                        and w != "Benelux"
                        and (tail is None or w.lower() not in _ENGLISH_GENERIC)
                    )
                    or w.isdigit()
                    or (w in {"and", "of", "for", "on"} and i == 0)
                ),
                default=0,
            )
            words = words[cut:]
            if not words or words == ["Benelux"]:
                continue
            if tail is None and all(w.lower() in _ENGLISH_GENERIC for w in words):
                continue  # "the Working Group", "a High Level Group": no subject, no name
            begin = before.start() + spans[cut].start()
            end = match.end() if tail is None else tail.end()
            yield self._group(text, begin, end, priority=1, anchor=match.start(1))

    def _kind_and_name(self, text: str, match: re.Match[str]) -> Iterator[Candidate | None]:
        """A kind and the capitalised name after it ("werkgroep SENN-Recherche")."""
        kind = match.group(1)
        words = match.group(2).split()
        if kind.isupper() or self._generic_first(words):
            return
        if _PARTICIPLE.fullmatch(match.group(2)):
            return
        if kind.split("-")[-1].lower() in _NOT_BEFORE_NAME or words[0][:1].isdigit():
            return
        end = self._before_parent(text, match.start(2), match.end(2))
        # "het Benelux-NRW Netwerk Grensinfopunten": a Benelux compound before a
        # capitalised kind belongs to the name (a bare "Benelux" does not).
        begin = match.start()
        prefix = _BENELUX_BEFORE.search(text, max(0, begin - 40), begin)
        if prefix is not None and kind[:1].isupper():
            begin = prefix.start()
        yield self._group(text, begin, end, anchor=match.start(1))
        if end < match.end():
            # The parent or party cut off may be a group named the same way ("werkgroep X
            # van het Directiecomité Leefmilieu"): the words the match had taken are read again.
            for inner in self._kind_then_name.finditer(text, end, match.end()):
                yield from self._kind_and_name(text, inner)

    def _benelux_spaced_names(self, text: str) -> Iterator[Candidate | None]:
        """ "het Benelux Overleg Grensarbeid", "het Benelux Crisisoverleg Hoogwater": the name
        runs from "Benelux" over the kind to the capitalised words after it."""
        for match in self._benelux_spaced.finditer(text):
            kind = match.group(2)
            adjective = match.group("adjective")
            if adjective and (kind.endswith("parlement") or match.group(3) is None):
                continue  # only a kind and a name after the adjective make a name
            if kind.endswith("parlement"):
                # "het Benelux Jeugdparlement": a body of the parliament, no kind word in it.
                yield self._group(text, match.start(), match.end(2), anchor=None)
                continue
            if match.group(3) is None or kind.lower() in _NOT_BEFORE_NAME | {"bureau"}:
                continue  # a compound alone is found as one ("het Benelux Crisisoverleg")
            words = match.group(3).split()
            if self._generic_first(words) or words[0].lower() in self.t.sentence_starters:
                continue
            end = self._before_parent(text, match.start(3), match.end(3))
            found = self._group(text, match.start(), end, anchor=match.start(2))
            if found is not None and kind[:1].isupper() and kind.lower() in self.t.kinds:
                # "het Benelux Directiecomité Verkeer en Vervoer": the group is the
                # Directiecomité Verkeer en Vervoer, named with the Union it works in.
                opening = match.start("adjective" if adjective else 2)
                named = self._group(text, opening, end, anchor=match.start(2))
                if named is not None:
                    found = replace(found, iri=named.iri, label=named.label)
            yield found

    def _generic_first(self, words: list[str]) -> bool:
        """ "de werkgroep digitale ..." names nothing; "de werkgroep Digitale Vrachtbrief" does:
        a capitalised adjective opens a name of two words or more."""
        first = words[0].lower()
        if first not in self.t.generic_prefixes:
            return False
        return first in _NEVER_FIRST or not words[0][:1].isupper() or len(words) < 2

    def _before_parent(self, text: str, begin: int, end: int) -> int:
        """Where a name stops before its parent group: "werkgroep Politieverdrag van het
        Senningenoverleg" is the group Politieverdrag of the Senningenoverleg; before a body
        the reference knows ("van het Comité van Ministers", "van Europol") or another party
        after "en" ("werkgroep Grondwater en Europol")."""
        if self._region_after is not None:
            folded = _fold(text[begin:end])
            region = self._region_after.search(folded)
            if region is not None:
                return begin + region.start()
        end = self._before_listed_party(text, begin, self._before_known(text, begin, end))
        for link in _PARENT_LINK.finditer(text, begin, end):
            # The parent's name ends in a compound on a kind word: "het Senningenoverleg",
            # "het Pentalateraal Energieforum".
            last = text[link.start(1) : end].split()[-1]
            parent = self._compound.fullmatch(last)
            if parent is not None and parent.group(1).lower() not in self.t.generic_prefixes:
                return link.start()
            # Or opens on a capitalised kind: "van het Directiecomité Leefmilieu", "van de
            # Stuurgroep X" (a kind alone after "van" names no parent: "Werkgroep Veiligheid
            # van Werkgroepen" is no shape of policy prose, and is left).
            first = link.group(1)
            if link.start() > begin and first.lower() in self._kind_words:
                return link.start()
            # Or the parliament: "de Contactgroep Noordrijn-Westfalen van het Benelux-Parlement"
            # is the contact group of the parliament, named without it.
            body = self._committee_body
            if body is not None and body.match(text, link.start(1)) and link.start() > begin:
                return link.start()
        return end

    def _before_known(self, text: str, begin: int, end: int) -> int:
        """``end``, or where "van (de/het)" or "en" and a body, country or region the
        reference knows start after the first word of the name."""
        first = text.find(" ", begin, end)
        if first < 0 or not self._known_by_first:
            return end
        for link in _KNOWN_LINK.finditer(text, first, end):
            names = self._known_by_first.get(link.group(1))
            if not names:
                continue
            rest = " ".join(text[link.start(1) : end].split())
            for name in names:
                after = rest[len(name) : len(name) + 1]
                if rest.startswith(name) and not (after.isalnum() or after == "-"):
                    return link.start()
        return end

    def _before_listed_party(self, text: str, begin: int, end: int) -> int:
        """``end``, or where a body, country or region the reference knows starts that ends
        the name and opens a list: "de Benelux-werkgroep Grondwater Nederland, België en
        Luxemburg ..." and "... Grondwater Vlaanderen en Wallonië" name the parties after
        the group, not its subject."""
        if not _LIST_GOES_ON.match(text, end):
            return end
        for word in re.finditer(r"(?<=\s)[A-Z]\S*", text[begin:end]):
            rest = " ".join(text[begin + word.start() : end].split())
            if rest in self._known_by_first.get(word.group(), ()):
                return begin + len(text[begin : begin + word.start()].rstrip())
        return end

    def _committees(self, text: str) -> Iterator[Candidate | None]:
        """ "de commissie Justitie en Binnenlandse Zaken van het Benelux Parlement": a
        committee is named with its subject and the body it belongs to."""
        matches = [
            m
            for m in self._committee.finditer(text)
            if m.group(1).split()[0].lower() not in self.t.generic_prefixes
            and m.group(1).split()[0] not in {"van", "voor"}
        ]
        with_body = [
            _words(m.group(1)) for m in matches if _BODY_NAMED.search(m.group(1)) is not None
        ]
        for match in matches:
            name = match.group(1)
            if _BODY_NAMED.search(name):
                yield self._group(text, match.start(), match.end(), anchor=None)
                continue
            if any(w[: len(_words(name))] == _words(name) for w in with_body):
                continue  # "de commissie Landbouw": the short name of one named in full
            # "de commissie Justitie": of which body? Of the parliament named near it.
            near = self._committee_body is not None and self._committee_body.search(
                text, max(0, match.start() - _BODY_REACH), match.end() + _BODY_REACH
            )
            found = self._group(text, match.start(), match.end(), anchor=None) if near else None
            if found is not None and found.label and not _BODY_AFTER.match(text, found.end):
                label = f"{found.label} van het {self.t.committee_body}"
                iri = f"{ID}working-group/{slug(label)}"
                yield Candidate(found.begin, found.end, iri, "WorkingGroup", label=label)

    def _quoted_and_abbreviated(self, text: str) -> Iterator[Candidate | None]:
        # "de ‘L-gas market conversion taskforce’": a quoted name ending in a kind.
        for match in self._quoted_name.finditer(text):
            if _INSTRUMENT_WORDS.search(match.group(1)):
                continue
            yield self._group(text, match.start(1), match.end(1), anchor=match.start(2))
        # "Werkgroep voor informatie-uitwisseling (FISC-INFO)": a name its abbreviation closes.
        for match in self._abbreviated.finditer(text):
            if not match.group(1)[:1].isupper():
                continue  # "de werkgroep van experts (FISC)": a capital marks a name
            head, first = match.group(1), match.group(2).split()[0]
            if head.lower() in self._body_heads and first in {"voor", "van"}:
                continue  # "het Bureau voor Grensmobiliteit (BGM)": a body's name (organisations)
            yield self._group(text, match.start(), match.end(2), anchor=match.start())

    def _lists(self, text: str) -> Iterator[Candidate | None]:
        for match in self._plural_list.finditer(text):
            for item in re.finditer(_NAME_WORD, match.group(1)):
                if item.group() == "en":
                    continue
                begin = match.start(1) + item.start()
                yield self._group(text, begin, begin + len(item.group()))

    def _group(
        self,
        text: str,
        begin: int,
        end: int,
        priority: int = 0,
        anchor: int | None = None,
    ) -> Candidate | None:
        begin, end = trim_to_line(text, begin, end, begin if anchor is None else anchor)
        for word in re.finditer(r"\S+", text[begin:end]):
            after_anchor = anchor is None or begin + word.start() > anchor
            starter = word.group()[:1].isupper() and word.group().lower() in self._enders
            if word.start() and after_anchor and starter:
                end = begin + word.start()  # a new sentence, not the rest of the name
                break
            if word.start() and after_anchor and _SEPARABLE_PARTICIPLE.fullmatch(word.group()):
                end = begin + word.start()  # "het netwerk van grensgemeenten opgericht"
                break
        # "Project  Status  Trekker\n-------\nMaas lopend werkgroep Klimaatadaptatie\nDroogte":
        # below a rule of dashes, up to a blank line, each line is a row: a name ends with it.
        newline = text.find("\n", begin, end)
        if newline >= 0:
            block = text.rfind("\n\n", 0, begin)
            if _TABLE_RULE.search(text, max(block, 0, begin - 2000), begin):
                end = newline
        # "Directiecomité X\nDeelnemers: BE, NL": a name never runs into the label of a line.
        for line_label in _LABEL_LINE.finditer(text, begin, min(len(text), end + 40)):
            if (begin if anchor is None else anchor) < line_label.start() < end:
                end = line_label.start()
                break
        # Nor into a field ("... de Benelux-werkgroep X\nDatum: 14 maart 2029", its lines
        # joined), a day or a time ("Directiecomité Mobiliteit\n21 maart 2029", "werkgroep
        # Drones 12-05-2029, 10.00 uur", "... Interne Markt\nDinsdag 3 maart").
        for stop in (FIELD_LABEL, _DAY_OR_TIME, _SEASON_YEAR):
            found = stop.search(text, begin, min(len(text), end + 40))
            if found and (begin if anchor is None else anchor) < found.start() < end:
                end = found.start()
        end = before_row(text, begin, _before_date(text, begin, end))
        while end > begin and text[end - 1].isspace():
            end -= 1
        if text[end - 1 : end] == "-":
            return None  # "Benelux-werkgroep Crisis-": a cell wrapped onto the next row
        if self._bare.fullmatch(text, begin, end):
            return None  # "het Benelux-platform": a kind, no name
        words = text[begin:end].split()
        if (
            anchor is not None
            and not any(w.lower().endswith(self.triggers) for w in words)
            and not self._spaced_kind.search(text, begin, end)
        ):
            return None  # a kind of two words counts too ("Task Force X", "groupe de travail X")
        if any(len(w) >= 6 and w.isupper() and "-" not in w for w in words):
            return None  # a heading in capitals
        label = canonical_label(text[begin:end], self.triggers).replace(" & ", " en ")
        if _EUROPEAN.search(label) and not label.lower().startswith("benelux"):
            # "het Gaming Regulators European Forum", "the International Network of ...": an
            # English name at European or world level names an association of its own, not a
            # group of the Benelux or its members (no such group in any gold has one).
            label = " ".join(text[begin:end].split())  # an organisation keeps its spelling
            iri = f"{ID}organisation/{slug(label)}"
            return Candidate(begin, end, iri, "ExternalOrganisation", label=label, layer=PLACES)
        return Candidate(
            begin,
            end,
            f"{ID}working-group/{slug(label)}",
            "WorkingGroup",
            label=label,
            priority=priority,
        )


# The subject of an English group after its kind: "on Cross-border Data", "for the North Sea".
_ENGLISH_TAIL = re.compile(
    rf"[ \t]+(?:on|for)[ \t]+(?:the[ \t]+)?{_NAME_WORD}"
    rf"(?:[ \t]+(?:(?:and|of)[ \t]+)?{_NAME_WORD}){{0,5}}"
)
# English words that make a kind generic alone ("the Working Group", "a High Level Group")
# but open a name with a subject after it.
_ENGLISH_GENERIC = {"working", "steering", "advisory", "high", "level", "high-level", "expert"}
# The English words of a name at European or world level.
_EUROPEAN = re.compile(r"(?<![\w-])(?:European|International|Global|World)(?![\w-])")


# "het Senningenoverleg, het strategisch overleg van de ministers ..." and "Het
# Senningenoverleg is het strategisch overleg van de ministers ...": what the group is.
_APPOSITION = re.compile(r"(?:,\s*|\s+(?:is|was|blijft)\s+)(?:het|de)\s+")
# "Beschikking M (2026) 2 tot oprichting van het Benelux Cyberplatform", "Beschikking tot
# instelling van de Benelux-werkgroep Waterstof": the group an instrument sets up; "de
# vergadering van de commissie Cultuur van 4 maart 2026": the group that meets; "de
# Samenwerkingsovereenkomst ... betreffende het Benelux-netwerk van grensgemeenten": the
# group an instrument is about; "Notulen stuurgroep Grensarbeid d.d. 12.05.2029",
# "Besluitenlijst Directiecomité X": the group whose meeting a minutes' header names.
_NESTED_AFTER = re.compile(
    r"(?:(?:\btot\s+(?:de\s+)?(?:oprichting|instelling)|\b(?:vergadering|bijeenkomst|zitting))"
    r"\s+van|\b(?:betreffende|inzake))\s+(?:de|het|een)\s+$"
    r"|(?m:^)[ \t]*(?-i:Verslag|Notulen|Besluitenlijst|Ontwerpverslag|Ontwerpnotulen)"
    r"(?:[ \t]+van[ \t]+de)?(?:[ \t]+(?:\d{1,2}(?:e|ste|de)[ \t]+)?vergadering)?"
    r"[ \t]+(?:van[ \t]+)?(?:(?:de|het)[ \t]+)?$",
    re.IGNORECASE,
)
# A past participle of a separable verb ("opgericht", "ingesteld") ends a name: the verb of
# the clause, not a word of the group's subject.
_SEPARABLE_PARTICIPLE = re.compile(r"(?:op|aan|af|in|uit|mee|samen|vast|toe|bij)ge[a-z]{2,}[dt]")
# A line of a text table opening with its label ("Deelnemers:", "Valt onder:").
# The rule under the header of a plain-text table: "-------------", "=====  =====".
_TABLE_RULE = re.compile(r"(?m)^[ \t]*[-=+|]{3}[-=+| \t]{7,}$")
_LABEL_LINE = re.compile(r"\n[ \t]*[A-Z][a-z]+(?:[ \t]+[a-z]+)?[ \t]*:")
# A list item that opens with a numbered label and a colon ("• Support Group 1: ...").
_ITEM_OPENING = re.compile(r"(?:^|\n)[ \t]*(?:[•·▪*–-][ \t]*)?$")
_ITEM_LABEL = re.compile(r"[ \t]*:")


# "de werkgroep Postdiensten van 11 september 2025": "van" and a day before a month's name
# date the meeting; they end the group's name, also across a line break.
_DAY_AT_END = re.compile(r"\s+van\s+\d{1,2}$")
_MONTH_AFTER = re.compile(rf"\s+(?:{'|'.join(MONTHS)})(?![\w-])")


# A day, a date or a time after a group's name, however written: "21 maart 2029", "dinsdag",
# "12.05.2029", "12-05-2029", "12/05/2029", "d.d. 12 mei", "10.00-15.30 uur", "10:00", "14u".
_DAY_OR_TIME = re.compile(
    rf"\s+(?:(?:van|op)\s+)?(?:d\.d\.|(?i:{WEEKDAY})(?![\w-])"
    rf"|\d{{1,2}}(?:\s+(?i:{'|'.join(MONTHS)})(?![\w-])"
    r"|([./-])\d{1,2}\1(?:19|20)?\d{2}(?!\d)"
    r"|[.:]\d{2}(?!\d)(?![.,]\d)"
    r"|[ \t]*(?:uur|u)(?![\w-])))"
)


# A month or a part of the year and a year after a group's name: "werkgroep Waterschaarste
# Januari 2031", "Benelux-werkgroep Grondwater Eind 2031" (a date, however capitalised).
_SEASON_YEAR = re.compile(
    rf"\s+(?i:{'|'.join(MONTHS)}|eind|begin|medio|voorjaar|najaar|zomer|winter|lente|herfst)"
    r"\s+(?:19|20)\d{2}(?!\d)"
)


def _before_date(text: str, begin: int, end: int) -> int:
    """``end``, or where "van" and a day start the date after a group's name."""
    day = _DAY_AT_END.search(text, begin, end)
    if day is not None and _MONTH_AFTER.match(text, end):
        return day.start()
    return end


def _fold(name: str) -> str:
    """Lower case, hyphens and line breaks as spaces; keeps the length."""
    return re.sub(r"[-\n\t]", " ", name.lower())


def _words(label: str) -> tuple[str, ...]:
    """A group's name compared without case and without a leading "Benelux"."""
    return tuple(re.sub(r"^benelux[ -]", "", label.lower()).split())


def _english(words: list[str]) -> bool:
    return len(words) >= 2 and all(w[:1].isupper() or w.islower() for w in words)


def _sentence_start(text: str, position: int) -> bool:
    before = text[max(0, position - 3) : position]
    return position == 0 or bool(re.search(r"(?:[.!?:;•]\s*|\n)$", before))
