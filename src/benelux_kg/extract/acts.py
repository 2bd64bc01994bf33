"""EU and national acts: recognised, typed bkg:ExternalAct, never Benelux instruments.

Shapes: an EU number ("Richtlijn 2008/114/EG", "Verordening (EU) 2017/1938"), a Council of
Europe resolution ("Resolutie CM/Res (2020)9"), a head word and a capitalised subject
("Richtlijn Luchtkwaliteit", "Mededeling Groei in Grensgebieden"), a capitalised name and a
head word ("TEN-E Verordening"), a compound on a head word ("NIS-richtlijn",
"drinkwaterrichtlijn") and the names of external treaties of the ``external_acts`` table.
A compound on Benelux ("Benelux-richtlijn") is a Benelux instrument and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from ..namespaces import ID, slug
from .candidates import Candidate
from .names import DATE, squash
from .regex import Opened, may_start, one_of, word_first

# The Euratom Treaty numbers its acts as the EU does: "Richtlijn 2013/59/Euratom",
# "Verordening (Euratom) 2020/1", "Verordening (EU, Euratom) 2020/2093".
# (regex.word_first: the pattern opens on the heads' letters, as r"\b(Richtlijn|...)" would.)
_NUMBERED_HEADS = (
    "Richtlijn",
    "Verordening",
    "Besluit",
    "Kaderbesluit",
    "Uitvoeringsverordening",
    "Directive",
    "Regulation",
)
_NUMBERED = re.compile(
    rf"({word_first(_NUMBERED_HEADS)})"
    r"\s+(?:\((?:EU|EG|EEG|Euratom)(?:,\s*Euratom)?\)\s+)?(?:(?:nr\.|Nr\.|No)\s*)?"
    r"\d{2,4}/\d{1,4}(?:/(?:EG|EEG|EU|JBZ|GBVB|Euratom))?(?![\w/])"
)
_RESOLUTION = re.compile(word_first(["Resolutie"]) + r"\s+[A-Z]+/Res\s*\(\d{4}\)\s*\d+")
_CAPITAL_WORD = r"(?:[A-Z][\w’'-]*|e[A-Z][\w-]*)"
_CONNECTOR = r"(?:in|van|voor|op)"
_ACRONYM_BEFORE = re.compile(r"(?<![\w-])([A-Z][A-Z0-9]+(?:-[A-Z0-9]+)*)([ \t]+)$")
# "... 2022/869 (de herziene TEN-E-verordening)": an opening bracket, an article and an
# adjective at most, before another name of the act.
_BRACKET_NAME = re.compile(r"[ \t\n]*\([ \t]*(?:(?:de|het|the)\s+)?(?:[a-z]+\s+)?$")
# ... and a lower-case word or two after it: "(de handhavingsrichtlijn detachering)".
_BRACKET_CLOSE = re.compile(r"[ \t]*(?:[a-z]+[ \t]*){0,2}\)")
# The title of a numbered act, between its number and the bracket: "Verordening (EU)
# 2020/1056 betreffende elektronische informatie over goederenvervoer (eFTI-verordening)".
_TITLE = re.compile(r"[ \t\n]+(?:betreffende|inzake|tot|houdende|over|van|op)[ \t\n][^().;]{0,200}")
# A treaty or agreement named by the acronym of a system or body outside the Benelux:
# "het EUCARIS-verdrag", "de CMR-Overeenkomst" (a Benelux one is "Benelux-verdrag").
_ACRONYM_TREATY = re.compile(
    # (As r"(?<![\w-])([A-Z]...": the look-behind after the capital, so that ``re`` tries
    # the pattern only where a capital stands.)
    r"([A-Z](?<![\w-][A-Z])[A-Z0-9]{1,9})-(?i:verdrag|overeenkomst|akkoord|conventie)(?![\w-])"
)
_NOT_SUBJECT = {"Europees", "Europese", "EU", "Benelux", "De", "Het"}
# The international bodies whose conventions the Benelux states join but never make: the
# Council of Europe, the United Nations, the Hague Conference, the ILO.
_CONVENTION_BODY = (
    r"(?:Raad[ \t\n]+van[ \t\n]+Europa|Verenigde[ \t\n]+Naties|VN"
    r"|Haagse[ \t\n]+Conferentie(?:[ \t\n]+voor[ \t\n]+Internationaal[ \t\n]+Privaatrecht)?"
    r"|Internationale[ \t\n]+Arbeidsorganisatie|IAO)(?![\w-])"
)
# The regions' codified acts: "de Vlaamse Codex Wonen", "de Codex Ruimtelijke Ordening" (the
# Codex Alimentarius is a body's food standards, no act).
_CODEX = re.compile(
    r"(?<![\w-])(?:(?:Vlaamse|Waalse|Brusselse)[ \t\n]+)?Codex"
    r"((?:[ \t\n]+(?!Alimentarius)[A-Z][a-zà-ÿ]+(?![\w-])){1,2})"
)
# A treaty word right before such a body is that body's convention, an external act: "het
# Antidopingverdrag van de Raad van Europa", "het Verdrag van de Verenigde Naties inzake ...".
# (A Benelux agreement may name the body as a party: "Administratief akkoord tussen het
# Secretariaat-Generaal en de Raad van Europa" is no convention of it; "het CMR-verdrag van de
# Verenigde Naties" is named by its acronym already.)
_CONVENTION_WORD = (
    r"(?<![\w-])((?!Benelux|[A-Z][A-Z0-9]+-)[A-Z][\w’'-]*(?:verdrag|conventie)"
    r"|Verdrag|Conventie|Overeenkomst)[ \t\n]+(?:van[ \t\n]+de|der)[ \t\n]+"
)
BODY_CONVENTION = re.compile(_CONVENTION_WORD + _CONVENTION_BODY)
_BODY = re.compile(_CONVENTION_BODY)
_CONVENTION_BEFORE = re.compile(_CONVENTION_WORD + "$")


# Acts named by an acronym alone, in capitals: "de AVG", "onder de GDPR", "le RGPD".
@dataclass(frozen=True)
class ActTables:
    heads: tuple[str, ...]
    compound_heads: tuple[str, ...]
    treaty_names: tuple[str, ...]
    generic_prefixes: frozenset[str]
    # National acts: a capitalised head and a lower-case subject ("Wet politiegegevens",
    # "Regeling particuliere beveiligingsorganisaties en recherchebureaus") ...
    national_heads: tuple[str, ...] = ()
    # ... or a capitalised compound on a head after "de" ("de Tabaks- en rookwarenwet").
    compound_national_heads: tuple[str, ...] = ()
    # ... or a head and the date of the act ("koninklijk besluit van 8 februari 2024", "Wet
    # van 2 oktober 2017 tot regeling van ...").
    dated_heads: tuple[str, ...] = ()
    # Acts named by an acronym in capitals ("de AVG") and the name each stands for.
    acronyms: dict[str, str] = field(default_factory=dict)


class ActFinder:
    def __init__(self, tables: ActTables):
        self.t = tables
        heads = word_first(h.capitalize() for h in tables.heads)
        # "Richtlijn Luchtkwaliteit", "Mededeling Groei in Grensgebieden".
        self._head_first = re.compile(
            rf"({heads})((?:\s+{_CONNECTOR})*\s+{_CAPITAL_WORD}"
            rf"(?:(?:\s+{_CONNECTOR})*\s+{_CAPITAL_WORD})*)"
        )
        # Every head word, found once; the words before it are read from there.
        last = (*tables.compound_heads, "regulation", "directive")
        # Tried only where a head begins (regex.Opened), inside a word too.
        self._head = Opened(re.compile(rf"{may_start(last)}(?i:{'|'.join(last)})(?![\w-])"), last)
        # "TEN-E Verordening", "European eHealth Data Space Verordening".
        self._words_before = re.compile(
            rf"((?:{_CAPITAL_WORD}[ \t]+){{0,4}}{_CAPITAL_WORD})([ \t]+|-)$"
        )
        self._compound_prefix = re.compile(r"[\w’'-]{3,}$")
        self._tail = re.compile(r"\s*\(?([A-Za-z][\w-]{1,10})\)?")
        national = "|".join(h.capitalize() for h in tables.national_heads) or "(?!)"
        self._national = Opened(
            re.compile(
                rf"(?<![\w-])(?:{national})"
                r"((?:[ \t\n]+(?:en[ \t\n]+)?[a-zà-ÿ][\w-]*(?:['’]s)?){1,5})"
                r"(?:[ \t\n]+((?:19|20)\d{2}))?(?![\w-])"
            ),
            [h.capitalize() for h in tables.national_heads],
        )
        # "de Opiumwet", "de Tabaks- en rookwarenwet": a first part coordinated with "en".
        compound = "|".join(map(re.escape, tables.compound_national_heads)) or "(?!)"
        # Read back from the head (a literal the engine finds fast) to the article.
        self._national_compound_head = re.compile(rf"(?:{compound})(?![\w-])")
        self._national_compound = re.compile(
            r"(?<![\w-])(?:de|De)[ \t\n]+([A-Z][a-zà-ÿ]{2,}"
            rf"(?:-[ \t\n]+(?:en|of)[ \t\n]+[a-zà-ÿ]{{3,}})?(?:{compound}))$"
        )
        # A one-word head names an act only capitalised ("de Wet van ...", not "een wet van
        # ..."); a compound one in either case ("het koninklijk besluit van ...").
        dated = "|".join(
            r"[ \t\n]+".join(rf"(?i:{w[:1]}){re.escape(w[1:])}" for w in h.split())
            if " " in h
            else re.escape(h.capitalize())
            for h in tables.dated_heads
        )
        # Tried only where a head's first word begins (regex.Opened).
        self._dated = Opened(
            re.compile(
                rf"(?<![\w-])(?<!een )(?:{dated or '(?!)'})[ \t\n]+van[ \t\n]+(?:{DATE.pattern})"
                r"(?:[ \t\n]+(?:tot|betreffende|houdende|inzake|op)[ \t\n]+"
                r"(?:[^.,;:()\n]|\n(?![ \t]*\n)){3,120})?"
            ),
            [h.split()[0] for h in tables.dated_heads],
        )
        acronyms = "|".join(map(re.escape, tables.acronyms)) or "(?!)"
        self._acronym = Opened(
            re.compile(rf"(?<![\w-])({acronyms})(?![\w-])"),
            tables.acronyms,
        )
        self._treaties = Opened(
            re.compile(
                # The longest name that fits wins ("Handvest van de grondrechten van de
                # Europese Unie" over "Handvest van de grondrechten").
                rf"(?<![\w-]){may_start(tables.treaty_names)}"
                rf"({one_of(tables.treaty_names, fold=True)})(?![\w-])",
                re.IGNORECASE,
            ),
            tables.treaty_names,
        )

    def find(self, text: str) -> Iterator[Candidate]:
        """Every act; a name in brackets right after a numbered act is another name of it:
        "de Richtlijn (EU) 2022/2555 (de NIS2-richtlijn)"."""
        found = list(self._find(text))
        numbered = {c.end: c for c in found if c.priority == 3}
        aliases: dict[str, Candidate] = {}  # the other name's IRI -> the numbered act
        for cand in found:
            if cand.priority != 3:
                opening = _BRACKET_NAME.search(text, max(0, cand.begin - 40), cand.begin)
                named = None
                if opening is not None:
                    named = numbered.get(opening.start()) or _titled(
                        text, numbered, opening.start()
                    )
                if named is not None and _BRACKET_CLOSE.match(text, cand.end):
                    aliases.setdefault(cand.iri, named)
        for cand in found:
            if cand.priority != 3 and cand.iri not in aliases:
                named = _appositive(text, numbered, cand) or _by_subject(text, found, cand)
                if named is not None:
                    aliases[cand.iri] = named
        for cand in found:
            named = aliases.get(cand.iri)
            yield cand if named is None else replace(cand, iri=named.iri, label=named.label)

    def _find(self, text: str) -> Iterator[Candidate]:
        for match in _NUMBERED.finditer(text):
            yield self._act(match.start(), match.end(), match.group(), priority=3)
        for match in _RESOLUTION.finditer(text):
            yield self._act(match.start(), match.end(), match.group(), priority=3)
        for match in self._treaties.finditer(text):
            yield self._act(match.start(), match.end(), match.group(), priority=2)
        if "Codex" in text:  # rare: skip the scan
            for match in _CODEX.finditer(text):
                yield self._act(match.start(), match.end(), match.group(), priority=2)
        for body in _BODY.finditer(text):  # the rare body first, then the treaty word before it
            treaty = _CONVENTION_BEFORE.search(text, max(0, body.start() - 80), body.start())
            if treaty is not None:
                surface = text[treaty.start() : body.end()]
                yield self._act(treaty.start(), body.end(), surface, priority=2)
        for match in self._acronym.finditer(text):
            act = self._act(match.start(), match.end(), match.group(), priority=2)
            label = self.t.acronyms[match.group()]
            yield replace(act, iri=f"{ID}act/{slug(label)}", label=label)
        yield from self._national_acts(text)
        for match in _ACRONYM_TREATY.finditer(text):
            # "de werkgroep Verdrag Politie (SENN-Verdrag ...)": a name in brackets names the
            # thing before it; "het VN-verdrag" is one of many.
            bracketed = text[max(0, match.start() - 1) : match.start()] == "("
            if match.group(1).lower() not in self.t.generic_prefixes and not bracketed:
                yield self._act(match.start(), match.end(), match.group(), priority=2)
        for match in self._head_first.finditer(text):
            # "Richtlijn M (2016) 8 ...": the letter M opens a Benelux number, no subject.
            numbered = _numbered_next(text, match.end(1)) or _numbered_next(text, match.end())
            if numbered or text[max(0, match.start() - 8) : match.start()].endswith("Benelux-"):
                continue
            subject = [w for w in match.group(2).split() if w[:1].isupper()]
            if not subject or subject[0] in _NOT_SUBJECT:
                continue
            yield self._act(match.start(), match.end(), match.group())
        for match in self._head.finditer(text):
            head = match.group()
            window_start = max(0, match.start() - 80)
            before = None
            if head[:1].isupper():
                before = self._words_before.search(text, window_start, match.start())
            else:
                # "de TEN-E verordening": an acronym names the act whatever the head's case.
                before = _ACRONYM_BEFORE.search(text, window_start, match.start())
            if before is None:
                compound = self._compound_prefix.search(text, window_start, match.start())
                if compound is not None:
                    yield from self._compound(text, compound.start(), match.end())
                continue
            words = list(re.finditer(r"\S+", before.group(1)))
            while words and words[0].group().lower() in self.t.generic_prefixes:
                words = words[1:]
            if not words:
                continue
            begin = before.start(1) + words[0].start()
            end = match.end()
            tail = self._tail.match(text, end)
            if tail and "(" in tail.group() and tail.group().rstrip().endswith(")"):
                end = tail.end()  # "... Information-Verordening (e-FTI)"
            yield self._act(begin, end, text[begin:end], priority=2)

    def _national_acts(self, text: str) -> Iterator[Candidate]:
        """ "de Nederlandse Wet politiegegevens", "het koninklijk besluit van 8 februari
        2024", "de Tabaks- en rookwarenwet": a national act's head, capitalised inside a
        sentence, with its lower-case subject; or the head of a dated act with its date (and
        its subject, if given); or a capitalised compound on a head after "de"."""
        for match in self._dated.finditer(text):
            yield self._act(match.start(), match.end(), match.group(), priority=2)
        for head in self._national_compound_head.finditer(text):
            named = self._national_compound.search(text, max(0, head.start() - 80), head.end())
            if named is not None:
                yield self._act(named.start(1), named.end(1), named.group(1), priority=2)
        for match in self._national.finditer(text):
            if _SENTENCE_START.search(text, max(0, match.start() - 3), match.start()):
                continue  # "Regeling van ..." opening a sentence may be any word
            words = list(re.finditer(r"[^\W\d_][\w-]*(?:['’]s)?", match.group(1)))
            kept = []
            for word in words:
                if word.group() in _NOT_NATIONAL_SUBJECT:
                    break
                kept.append(word)
            while kept and kept[-1].group() == "en":
                kept.pop()
            if not kept or len(kept[0].group()) < 4:
                continue
            end = match.start(1) + kept[-1].end()
            if len(kept) == len(words) and match.group(2):
                end = match.end(2)  # "Reglement verkeersregels en verkeerstekens 1990"
            yield self._act(match.start(), end, text[match.start() : end], priority=2)

    def _compound(self, text: str, begin: int, end: int) -> Iterator[Candidate]:
        """ "drinkwaterrichtlijn", "NIS-richtlijn", "Bouwproductenverordening CPR"."""
        word = text[begin:end]
        prefix = re.split(r"(?i)-?(?:richtlijn|verordening)$", word)[0].lower().strip("-")
        if len(prefix) < 3 or prefix in self.t.generic_prefixes or prefix.startswith("benelux"):
            return
        tail = self._tail.match(text, end)
        if tail and tail.group(1).isupper():
            end = tail.end()
        yield self._act(begin, end, text[begin:end])

    @staticmethod
    def _act(begin: int, end: int, surface: str, priority: int = 1) -> Candidate:
        label = squash(surface)
        label = label[:1].upper() + label[1:]
        return Candidate(
            begin, end, f"{ID}act/{slug(label)}", "ExternalAct", label=label, priority=priority
        )


_SENTENCE_START = re.compile(r"(?:^|[.!?:;•]\s*|\n\s*\n\s*)$")
# Words that end the lower-case subject of a national act: verbs, pronouns, prepositions.
_NOT_NATIONAL_SUBJECT = frozenset(
    {
        "is", "zijn", "was", "werd", "wordt", "worden", "blijft", "blijven", "geldt", "gelden",
        "bepaalt", "regelt", "die", "dat", "van", "in", "op", "voor", "met", "bij", "te", "om",
        "als", "ook", "niet", "nog", "wel", "de", "het", "een", "tot", "door", "uit", "over",
        "aan", "naar",
    }
)  # fmt: skip


def _titled(text: str, numbered: dict[int, Candidate], opening: int) -> Candidate | None:
    """The numbered act whose title runs up to this opening bracket, if any."""
    before = [end for end in numbered if opening - 220 <= end < opening]
    if not before:
        return None
    end = max(before)
    title = _TITLE.match(text, end)
    bracket = text.find("(", opening)
    return numbered[end] if title is not None and title.end() == bracket else None


# "Richtlijn (EU) 2025/516, de zogenaamde ViDA-richtlijn": a second name in apposition (a
# link's bracket may open it).
_SO_CALLED = re.compile(
    r",?[ \t\n]+(?:(?:de|het)[ \t\n]+)?(?:zogenaamde|zogenoemde|zgn\.|ook[ \t\n]+wel)[ \t\n]+\[?$"
)
# A compound on a head word whose first part is a noun: "Insolventieverordening".
_NOUN_COMPOUND = re.compile(r"(?i)^([a-zà-ÿ]{5,})-?(richtlijn|verordening)$")
# A heading line holding the name alone, maybe numbered: "4. Natuurherstelverordening" (after
# a blank line or a closed sentence, so no line of running text that wraps there).
_HEADING_BEFORE = re.compile(r"(?:^|[.:;!?)][ \t]*\n|\n[ \t]*\n)[ \t]*(?:\d+(?:\.\d+)*\.?[ \t]+)?$")
_HEADING_AFTER = re.compile(r"[ \t]*\n")


def _appositive(text: str, numbered: dict[int, Candidate], cand: Candidate) -> Candidate | None:
    """The numbered act this name follows in apposition: "..., de zogenaamde X"."""
    opening = _SO_CALLED.search(text, max(0, cand.begin - 40), cand.begin)
    return numbered.get(opening.start()) if opening is not None else None


def _by_subject(text: str, found: list[Candidate], cand: Candidate) -> Candidate | None:
    """ "de Insolventieverordening" after "Verordening (EU) 2015/848 betreffende
    insolventieprocedures": a compound named after a noun is the one numbered act of its head
    whose title holds that noun; or the first one of the section a heading names by it
    ("4. Natuurherstelverordening" over "... artikel 10 van Verordening (EU) 2024/1991 ...")."""
    compound = _NOUN_COMPOUND.match(cand.label)
    if compound is None:
        return None  # an acronym ("REACH-verordening") names an act of its own
    noun, head = compound.group(1).lower(), compound.group(2).lower()
    same_head = [c for c in found if c.priority == 3 and c.label.lower().startswith(head)]
    titled = []
    for act in same_head:
        title = _TITLE.match(text, act.end)
        words = re.findall(r"\w+", title.group().lower()) if title is not None else []
        if any("".join(words[i : i + 3]).startswith(noun) for i in range(len(words))):
            titled.append(act)
    if len({act.iri for act in titled}) == 1:
        return titled[0]
    if _HEADING_BEFORE.search(text, max(0, cand.begin - 16), cand.begin) and (
        _HEADING_AFTER.match(text, cand.end)
    ):
        below = [c for c in same_head if cand.end < c.begin <= cand.end + 300]
        if below:
            return min(below, key=lambda c: c.begin)
    return None


def _numbered_next(text: str, position: int) -> bool:
    return bool(re.match(r"\s*\(?\s*M\s?\(", text[position : position + 8]))
