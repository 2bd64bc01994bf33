"""Instruments named by type and subject, without a number.

Shapes, all built from the ``instrument_types`` and ``instrument_names`` tables:

- a type word and its subject: "Benelux-Beschikking inzake eHealth", "Uitvoeringsovereenkomst
  tussen België en Nederland inzake ...", "de beschikking over de grensoverschrijdende ...";
- a type word and a date: "de intentieverklaring van 2018", "Dublin Verklaring van 12
  september 2022";
- a type word and quoted titles: "de aanbevelingen 'Grensoverschrijdend telewerk ...' en ...";
- a compound with Benelux: "het Benelux-Politieverdrag";
- a type word and a short subject the document uses again: "de aanbeveling opleidingseisen";
- a declaration the text never names, but says who signed it and when: "de politieke verklaring
  die de Benelux-landen en NRW op 9 december 2008 ondertekenden" (see ``unnamed``).

A name that says it belongs to the EU ("Verdrag betreffende de Werking van de EU") is an
external act, never a Benelux instrument.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from ..namespaces import ID, slug
from .acts import BODY_CONVENTION
from .candidates import ANCHORED, NAMES, NUMBERS, Candidate
from .names import (
    DATE,
    WORD,
    canonical_label,
    first_date,
    is_capitalised,
    squash,
    subject_end,
)
from .regex import Opened, follows, may_start, one_of, word_first


@dataclass(frozen=True)
class InstrumentTables:
    types: dict[str, str]  # trigger word -> class
    modifiers: tuple[str, ...]
    loose_modifiers: tuple[str, ...]
    english_generic: frozenset[str]
    subject_openers: tuple[str, ...]
    party_openers: tuple[str, ...]
    stop_words: frozenset[str]
    max_words: int
    short_min_length: int
    function_words: frozenset[str]
    dated_types: frozenset[str]
    external_markers: frozenset[str]
    english_types: dict[str, str]
    # Participles that may stand between a type word and its subject: "een beschikking
    # ondertekend over de ..." names the "beschikking over de ...".
    participles: tuple[str, ...] = ()
    # Type words that name a Benelux instrument only with Benelux ("Benelux-regeling"); alone
    # they are EU or national acts ("de richtlijn", "de nieuwe regeling inzake ...").
    needs_benelux: frozenset[str] = frozenset({"richtlijn", "richtlijnen"})
    # Words after which an article goes on the same phrase (prepositions, conjunctions):
    # after any other word it starts a new one.
    linking_words: frozenset[str] = frozenset()
    # Particles of separable verbs ("voor", "vast"), never the last word of a name.
    particles: frozenset[str] = frozenset()
    # Fixed phrases of a verb ("aan de orde", "in werking"), never part of a name.
    clause_phrases: tuple[str, ...] = ()
    # Names of treaties and acts outside the Benelux ("cmr-verdrag"): an instrument that
    # names one ("Aanvullend Protocol bij het CMR-Verdrag") or goes by its acronym ("Verdrag
    # betreffende de overeenkomst tot internationaal vervoer ... (CMR)") is external too.
    external_names: frozenset[str] = frozenset()
    # Phrases of an amending title before the instrument it amends ("tot wijziging van",
    # "tot herziening van"): that instrument is named inside the title, a mention of its own.
    amending: tuple[str, ...] = ()
    # Bodies that make instruments ("comité van ministers"): "van" and one of them closing a
    # subject names who made it, unless a noun of ``issuer_relations`` stands before ("de rol
    # van het Benelux-Parlement").
    issuers: tuple[str, ...] = ()
    issuer_relations: frozenset[str] = frozenset()
    # Meetings after "tijdens"/"gedurende" ("tijdens de Benelux-top"): when, not what.
    meeting_nouns: tuple[str, ...] = ()


# A quoted title; a straight apostrophe inside a word ("diploma's") does not close it.
_QUOTED = re.compile(r"\s*(?:over\s+)?['‘“\"](.{8,200}?)['’”\"](?!\w)")
_QUOTE_AGENT = re.compile(r"\s+van\s+(?:het|de)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}")


class NamedInstrumentFinder:
    def __init__(self, tables: InstrumentTables):
        self.t = tables
        singular = sorted((w for w in tables.types if not _plural(w, tables.types)), key=len)
        plural = sorted((w for w in tables.types if _plural(w, tables.types)), key=len)
        mods = "|".join(re.escape(m) for m in (*tables.modifiers, *tables.loose_modifiers))
        self.triggers = tuple(tables.types)
        # The head: optional Benelux, modifiers, then a word ending in a type word.
        self._head = re.compile(
            rf"(?<![\w-])(?:(Benelux)[ -]?)?(?:((?:{mods})\s+)+)?"
            rf"(\w*{one_of(singular, fold=True)})(?![\w-])",
            re.IGNORECASE,
        )
        # The type word is found first; the name's start is looked for just before it.
        # Tried only where a type word begins (regex.Opened), inside a compound too.
        self._type_word = Opened(
            re.compile(
                rf"{may_start(singular)}{one_of(singular, fold=True)}(?![\w-])", re.IGNORECASE
            ),
            singular,
        )
        self._name_start_before = re.compile(
            rf"(?<![\w-])(?:Benelux[ -]?)?(?:(?:{mods})\s+)*\w*$", re.IGNORECASE
        )
        self._plural = re.compile(
            rf"(?<![\w-])\w*{one_of(plural, fold=True)}(?![\w-])",
            re.IGNORECASE,
        )
        self._openers = re.compile(
            r"\s+(" + "|".join(re.escape(o) for o in tables.subject_openers) + r")\s+",
            re.IGNORECASE,
        )
        capitalised = "|".join(re.escape(w.capitalize()) for w in reversed(singular))
        self._title_head = re.compile(
            rf"(?<![\w-])(?:Benelux-(\w*(?i:{'|'.join(re.escape(w) for w in singular)}))"
            rf"|(\w*(?:{capitalised})))(?![\w-])"
        )
        # "tussen de Benelux-lidstaten, Frankrijk en Duitsland met betrekking tot ...".
        # "het Koninkrijk der Nederlanden", "het Groothertogdom Luxemburg".
        # "de Noordse Raad van Ministers": "van" inside a name joins capitalised words, and
        # so does "voor" ("het Benelux-Bureau voor de Intellectuele Eigendom"); an acronym in
        # parentheses may follow ("de Mission Opérationnelle Transfrontalière (MOT)").
        # A national body may be named by its country after "in": "het Rijksarchief in België".
        # English titles name their parties alike, with "of" inside a name: "between the
        # Benelux Union and the Nordic Council of Ministers".
        # A local or regional body may go by its kind in lower case before its name: "de
        # provincie Limburg", "de gemeente Baarle-Hertog".
        party = (
            rf"(?:(?:de\s+|het\s+)?(?:{_PARTY_KINDS}[ \t\n]+)?[A-Z][\w-]+"
            r"(?:[ \t\n]+(?:(?:der|(?:van|voor)(?:[ \t\n]+(?:de|het))?)[ \t\n]+)?[A-Z][\w-]+)"
            rf"{{0,4}}(?:[ \t\n]+in[ \t\n]+{_COUNTRY})?(?:[ \t\n]+\([A-Z][\w-]{{1,10}}\))?"
            r"|the[ \t\n]+[A-Z][\w-]+(?:[ \t\n]+(?:of[ \t\n]+(?:the[ \t\n]+)?)?[A-Z][\w-]+){0,4})"
        )
        # "tussen de Benelux-staten en de Republiek Estland, de Republiek Letland en ...".
        self._parties = re.compile(
            r"\s+(?:" + "|".join(re.escape(p) for p in tables.party_openers) + rf")\s+{party}"
            rf"(?:(?:\s*,\s*|\s+(?:en|and)\s+){party})*"
        )
        self._amended_before = (
            re.compile(
                r"(?<!\w)(?:"
                + "|".join(r"\s+".join(map(re.escape, p.split())) for p in tables.amending)
                + r")\s+(?:(?:de|het|la|le|du|the)\s+)?$",
                re.IGNORECASE,
            )
            if tables.amending
            else None
        )
        # A subject that opens with an amendment ("houdende wijziging van de ... van 13 juni
        # 2023"): the date closing it is the amended instrument's, not the amending one's.
        self._amending_subject = (
            re.compile(
                r"(?:"
                + "|".join(r"\s+".join(map(re.escape, p.split())) for p in tables.amending)
                + r")(?!\w)",
                re.IGNORECASE,
            )
            if tables.amending
            else None
        )
        self._clause_phrase = (
            re.compile(
                r"\s+(?:"
                + "|".join(r"\s+".join(map(re.escape, p.split())) for p in tables.clause_phrases)
                + r")(?![\w-])",
                re.IGNORECASE,
            )
            if tables.clause_phrases
            else None
        )
        issuers = "|".join(
            r"[ \t\n]+".join(map(re.escape, i.split()))
            for i in sorted(tables.issuers, key=len, reverse=True)
        )
        # "... van het Benelux-Parlement", "... van het Comité van Ministers (van de Benelux
        # Unie)", closing a subject; a date may follow ("... van de Benelux-premiers van 4
        # juni 2029").
        self._issuer_at_end = (
            re.compile(
                rf"[ \t\n]+van[ \t\n]+(?:de|het)[ \t\n]+(?:{issuers})"
                r"(?:[ \t\n]+van[ \t\n]+de[ \t\n]+Benelux(?:[ \t\n]+Unie)?"
                r"|[ \t\n]+van[ \t\n]+(?-i:[A-Z])[\w-]*(?:(?:[ \t\n]+en[ \t\n]+|,?[ \t\n]+)"
                r"(?-i:[A-Z])[\w-]*){0,3})?"
                rf"(?P<dated>[ \t\n]+van[ \t\n]+(?:{DATE.pattern}))?$",
                re.IGNORECASE,
            )
            if tables.issuers
            else None
        )
        nouns = "|".join(re.escape(n) for n in tables.meeting_nouns)
        self._meeting_adjunct = (
            re.compile(
                r"[ \t\n]+(?:tijdens|gedurende)[ \t\n]+(?:(?:de|het|zijn|haar|hun)[ \t\n]+)?"
                rf"(?:[\w-]+[ \t\n]+){{0,2}}?[\w-]*(?:{nouns})(?![\w-])",
                re.IGNORECASE,
            )
            if tables.meeting_nouns
            else None
        )
        self._document_number = Opened(
            re.compile(
                rf"(?<![\w-]){may_start(singular)}"
                rf"((?i:{one_of(singular, fold=True)}))"
                r"[ \t\n]+(?:nr\.?[ \t\n]+)?(\d{2,4}/\d{1,2})(?![\d/])"
            ),
            singular,
        )
        english = "|".join(re.escape(w) for w in tables.english_types)
        every_type = "|".join(
            re.escape(w) for w in sorted((*singular, *tables.english_types), key=len, reverse=True)
        )
        self._quoted_title = re.compile(
            rf"[«“\"]\s*((?:[A-Z][a-z]*\s+)?(?:[a-z]+\s+){{0,2}}?((?i:{every_type}))\s+(?:of|on|van|over|"
            rf"inzake|betreffende)\s[^»”\"]{{5,300}})[»”\"]"
        )
        self._english = re.compile(rf"\b((?:[A-Z][\w-]+[ \t]+){{1,4}})({english})\b")
        openers = "|".join(re.escape(o) for o in tables.subject_openers)
        self._participle = (
            re.compile(
                r"\s+(?:" + "|".join(re.escape(p) for p in tables.participles) + r")"
                rf"(?=\s+(?:{openers})\s)",
                re.IGNORECASE,
            )
            if tables.participles
            else None
        )

    def title_head(self, window: str) -> re.Match[str] | None:
        """The last capitalised (or Benelux-) type word of ``window`` that opens a title."""
        last = None
        for match in self._title_head.finditer(window):
            last = match
        return last

    def names_subject(self, title: str) -> bool:
        return self._openers.search(" " + title + " ") is not None

    def title_date(self, title: str) -> str:
        """The date a title gives before its subject: "Beschikking ... van 20 juni 2011 tot
        wijziging ..." -> 2011-06-20; "" when it gives none."""
        opener = self._openers.search(" " + title + " ")
        before = title[: opener.start()] if opener else title
        found = re.search(rf"\bvan\s+({DATE.pattern})", before, re.IGNORECASE)
        return first_date(found.group(1)) if found else ""

    def class_of(self, word: str) -> str | None:
        return self._class_of(word)

    def find(self, text: str) -> Iterator[Candidate]:
        yield from self._headed(text)
        yield from self._document_numbered(text)
        yield from self._quoted(text)
        yield from self._english_names(text)
        yield from self._quoted_titles(text)

    def unnamed(
        self,
        text: str,
        found: Sequence[Candidate],
        verbs: tuple[str, ...],
        labels: Mapping[str, str],
    ) -> Iterator[Candidate]:
        """Declarations the text never names, only by who signed them and when:

        - "de politieke verklaring die de drie Benelux-landen en NRW op 9 december 2008
          ondertekenden": the parties and the date stand in the relative clause;
        - "Op 8 november 2017 ondertekenden de Benelux-premiers een politieke verklaring":
          the date, the signing verb and its subject stand before it.

        It is labelled by its type, its partners outside the member states (``labels``: the
        canonical label of each entity IRI) and its date: "Politieke verklaring
        Benelux-Noordrijn-Westfalen van 2008". A declaration already found by name, or one
        followed by its subject or its parties ("een verklaring over ...", "met ..."), is left
        to the other shapes.
        """
        relative, inverted, between = _unnamed_patterns(
            self._declaration_words(), verbs, self.t.modifiers
        )
        fronted = _fronted_pattern(self._signed_words(), verbs, self.t.modifiers)
        taken = [(c.begin, c.end) for c in found if c.layer == NAMES]
        spans: list[tuple[int, int, str, str]] = []  # begin, end, label, date
        for match in relative.finditer(text):
            begin, end = match.span("type")
            clause_begin, clause_end = match.span("clause")
            partners = self._partners(found, labels, clause_begin, clause_end)
            when = DATE.search(text, clause_begin, clause_end)
            if not partners and when is None:
                continue
            head = _capitalise(squash(match.group("type")))
            label = head
            if partners:
                label += " Benelux-" + partners
                if when is not None:
                    label += " van " + first_date(when.group())[:4]
            elif when is not None:
                label += " van " + squash(when.group())
            spans.append((begin, end, label, first_date(when.group()) if when else ""))
        for match in inverted.finditer(text):
            if self._openers.match(text, match.end()) or _PARTIES_AFTER.match(text, match.end()):
                continue  # named by its subject or parties: see _headed
            begin, end = match.span("type")
            head = _capitalise(squash(match.group("type")))
            agent = squash(match.group("agent"))
            label = f"{head} van {agent} van {squash(match.group('date'))}"
            spans.append((begin, end, label, first_date(match.group("date"))))
        for match in between.finditer(text):
            if self._openers.match(text, match.end()):
                continue  # "verklaring tussen A en B inzake ...": named by its subject
            begin, end = match.span("type")
            partners = self._partners(found, labels, *match.span("parties"))
            if partners:
                label = f"{_capitalise(squash(match.group('type')))} Benelux-{partners}"
                spans.append((begin, end, label, ""))
        for match in fronted.finditer(text):
            # "De Benelux Unie en de Grande Région ondertekenden op 7 juni 2018 een
            # intentieverklaring.": the signers open the sentence, the instrument closes it.
            begin, end = match.span("type")
            signers = _signers_before(text, match.start())
            if signers is None:
                continue
            partners = self._partners(found, labels, *signers)
            head = _capitalise(squash(match.group("type")))
            iso = first_date(match.group("date"))
            if partners:
                spans.append((begin, end, f"{head} Benelux-{partners} van {iso[:4]}", iso))
            elif any(
                signers[0] <= c.begin and c.end <= signers[1] and c.iri in _MEMBER_STATES
                for c in found
            ):
                # Signed by the member states alone: it goes by its date.
                spans.append((begin, end, f"{head} van {squash(match.group('date'))}", iso))
        for begin, end, label, iso in spans:
            if any(b < end and begin < e for b, e in taken):
                continue
            cls = self._class_of(text[begin:end].split()[-1]) or "Declaration"
            yield Candidate(begin, end, f"{ID}instrument/{slug(label)}", cls, label=label, date=iso)
        yield from self._restated(text, taken, verbs)

    def _restated(
        self, text: str, taken: Sequence[tuple[int, int]], verbs: tuple[str, ...]
    ) -> Iterator[Candidate]:
        """An arrangement signed by its kind alone, named by its subject in the next
        sentence, the kind's head noun standing for it: "X heeft gisteren een administratieve
        afspraak ondertekend met Y. De afspraak over de gemeenschappelijke meting van
        windturbinegeluid legt vast ..." gives "Administratieve afspraak over de
        gemeenschappelijke meting van windturbinegeluid", both phrases its mentions. The
        signing must be told as done (a signing verb, no modal in its sentence)."""
        for intro in _introduced_pattern(self._kind_words(), self.t.modifiers).finditer(text):
            kind = squash(intro.group("type"))
            clause = _clause_around(text, intro.start("type"), intro.end())
            if self._openers.match(text, intro.end()) or not _signed_in(
                text[clause[0] : clause[1]], verbs
            ):
                continue  # named there by its subject, or not said to be signed
            head = kind.split()[-1].lower()
            named = _restatement(head).search(text, clause[1] - 1, clause[1] + _RESTATED_REACH)
            if named is None:
                continue
            opener = self._openers.match(text, named.end())
            if opener is None:
                continue
            stop = self._subject_end(text, opener.end())
            stop = self._subject_tidied(text, opener.end(), stop)
            if stop <= opener.end() + 2 or self._trails_off(text[opener.end() : stop]):
                continue
            spans = [intro.span("type"), (named.start("noun"), stop)]
            if any(b < e2 and b2 < e for b, e in spans for b2, e2 in taken):
                continue
            label = f"{_capitalise(kind)} {squash(text[opener.start(1) : stop])}"
            cls = self._class_of(kind.lower()) or self._class_of(head) or "Agreement"
            iri = f"{ID}instrument/{slug(label)}"
            for begin, end in spans:
                yield Candidate(begin, end, iri, cls, label=label, priority=1)

    def _kind_words(self) -> tuple[str, ...]:
        """The singular type words of what parties sign, also of two words ("administratieve
        afspraak"), longest first."""
        return tuple(
            sorted(
                (
                    w
                    for w, cls in self.t.types.items()
                    if cls in {"Declaration", "Agreement"} and not _plural(w, self.t.types)
                ),
                key=len,
                reverse=True,
            )
        )

    @staticmethod
    def _partners(
        found: Sequence[Candidate], labels: Mapping[str, str], begin: int, end: int
    ) -> str:
        """The partners outside the member states named in ``text[begin:end]``, by label:
        "Noordrijn-Westfalen", "Frankrijk-Grande Région"."""
        names = (
            labels.get(c.iri) or c.label
            for c in found
            if begin <= c.begin
            and c.end <= end
            and c.cls in _PARTNER_CLASSES
            and c.iri not in _MEMBER_STATES
        )
        return "-".join(dict.fromkeys(n for n in names if n))

    def _declaration_words(self) -> tuple[str, ...]:
        return tuple(
            sorted(
                (
                    w
                    for w, cls in self.t.types.items()
                    if cls == "Declaration" and not _plural(w, self.t.types) and " " not in w
                ),
                key=len,
                reverse=True,
            )
        )

    def _signed_words(self) -> tuple[str, ...]:
        """The singular type words of what parties sign: declarations and agreements."""
        return tuple(
            sorted(
                (
                    w
                    for w, cls in self.t.types.items()
                    if cls in {"Declaration", "Agreement"}
                    and not _plural(w, self.t.types)
                    and " " not in w
                    and w in self.t.dated_types | {"intentieverklaring", "verklaring"}
                ),
                key=len,
                reverse=True,
            )
        )

    def _document_numbered(self, text: str) -> Iterator[Candidate]:
        """A type word and a parliamentary document number: "aanbeveling 948/2 over
        grensoverschrijdend telewerk" (the Benelux Parliament numbers its texts "948/1",
        "948/2", ...). The number identifies it, as an M-number does: the entity is "Aanbeveling
        948/2" in every document; the subject, where given, is its title and its label."""
        for match in self._document_number.finditer(text):
            cls = self._class_of(match.group(1))
            if cls is None or _plural(match.group(1).lower(), self.t.types):
                continue
            word = _singular(match.group(1).lower(), self.t.types)
            label = canonical_label(f"{word} {match.group(2)}", self.triggers)
            end, title = match.end(), ""
            opener = self._openers.match(text, end)
            if opener is not None:
                stop = self._subject_end(text, opener.end())
                stop = self._subject_tidied(text, opener.end(), stop)
                dated = _DATE_AT_END.search(text, opener.end(), stop)
                if dated is not None and dated.start() > opener.end() and _adopted_on(cls, dated):
                    # "aanbeveling 967/2 over ... van 7 december 2030": when it was adopted.
                    stop = len(text[: dated.start()].rstrip())
                if stop > opener.end() + 2 and not self._trails_off(text[opener.end() : stop]):
                    end = stop
                    title = squash(text[match.start() : end])
            yield Candidate(
                match.start(),
                end,
                f"{ID}instrument/{slug(label)}",
                cls,
                # The number identifies it; where the text gives its subject, the title is
                # the name it goes by ("Aanbeveling 912/2 over patiëntenmobiliteit").
                label=canonical_label(title, self.triggers) if title else label,
                title=title,
                priority=1,
            )

    def _quoted_titles(self, text: str) -> Iterator[Candidate]:
        """A quoted title that starts with a type word, as footnotes give them:
        «Joint political declaration of the Pentalateral Energy Forum on the role of ...»."""
        for match in self._quoted_title.finditer(text):
            title = match.group(1)
            cut = title.find(";")
            end = match.start(1) + (cut if cut > 0 else len(title))
            cls = self._class_of(match.group(2)) or self.t.english_types.get(
                match.group(2).capitalize()
            )
            if cls is not None:
                yield self._mint(text, match.start(1), end, cls)

    def _heads(self, text: str) -> Iterator[re.Match[str]]:
        """What ``_head.finditer`` finds, read back from each type word (much faster)."""
        last_end = 0
        for word in self._type_word.finditer(text):
            if word.start() < last_end:
                continue
            window = max(last_end, word.start() - 120)
            start = self._name_start_before.search(text, window, word.start())
            begin = start.start() if start else word.start()
            match = self._head.match(text, begin)
            while match is None and begin < word.start():
                begin = text.find(" ", begin, word.start()) + 1 or word.start()
                match = self._head.match(text, begin)
            if match is not None and match.end() == word.end():
                last_end = match.end()
                yield match

    def _headed(self, text: str) -> Iterator[Candidate]:
        for match in self._heads(text):
            head = match.group(3)
            cls = self._class_of(head)
            if cls is None or (head.isupper() and len(head) > 4):
                continue  # headings in capitals are found by the gazetteer, if at all
            benelux = bool(match.group(1))
            if not benelux and self._trigger_of(head) in self.t.needs_benelux:
                continue  # a richtlijn without Benelux is an EU act: see acts.py
            if head.lower() == "loi" and head != "LoI":
                continue  # "la loi du ...": a French law, not a letter of intent
            if _spoken_or_reached(text, match, cls):
                continue  # "gaf een verklaring over ...", "een akkoord ... bereikt"
            begin = self._name_start(text, match)
            if _hypothetical(text, begin):
                continue  # "onderzoekt of ... in aanmerking komen voor een Benelux-aanbeveling"
            cand = self._with_subject(text, match, begin, cls, benelux)
            if cand is None and benelux and len(head) > len(self._trigger_of(head)):
                # "Benelux-Politieverdrag": a compound is a name by itself.
                cand = self._mint(text, begin, match.end(), cls)
            if cand is not None:
                if self.amended_inside(text, begin):
                    cand = replace(cand, layer=NUMBERS)
                yield cand

    def amended_inside(self, text: str, begin: int) -> bool:
        """ "Verdrag tot herziening van het Verdrag tot instelling van ...": the instrument
        named after the phrase stands inside the amending one's title, and is named too."""
        return self._amended_before is not None and bool(
            self._amended_before.search(text, max(0, begin - 60), begin)
        )

    def _with_subject(
        self, text: str, match: re.Match[str], begin: int, cls: str, benelux: bool
    ) -> Candidate | None:
        pair = _PARTY_PAIR.match(text, match.end())
        if pair is not None and match.group(3)[:1].isupper() and not match.group(1):
            # "een tweede Intentieverklaring Benelux – Hauts-de-France 2022-2026": a title
            # of two parties joined by a dash, then its period or its date.
            start = match.start(3)
            when = pair.group("period") or pair.group("date") or ""
            end = pair.end() if when else pair.end("second")
            date = first_date(pair.group("date")) if pair.group("date") else ""
            label = text[start:end] if pair.group("period") else text[start : pair.end("second")]
            return self._mint(text, start, end, cls, date=date, label_text=label)
        partner = _BENELUX_PARTNER.match(text, match.end())
        if partner is not None and not match.group(1):
            # "de hernieuwde politieke verklaring Benelux-Noordrijn-Westfalen (van 2018)":
            # the parties joined to Benelux name it; a date after it says when it was signed.
            end = partner.end()
            runs = _PERIOD.match(text, end)  # "... Benelux-Hauts-de-France 2022-2026"
            if runs is not None:
                end = runs.end()
            when = re.match(rf"\s+(?:van|uit)\s+({DATE.pattern})", text[end:])
            date = first_date(when.group(1)) if when else ""
            described = match.group(3)[:1].islower()
            if when is not None and cls in _DATE_NAMED and described and len(date) == 10:
                # "de intentieverklaring Benelux Unie-Hauts-de-France van 7 juni 2018": a
                # declaration described, not titled, goes by the day it was signed (the
                # "Politieke Verklaring Benelux-Noordrijn-Westfalen" is a title of its own).
                end += when.end()
            return self._mint(text, begin, end, cls, date=date)
        ranged = re.match(
            r"\s*(?:van\s+)?\(?((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})\)?",
            text[match.end() :],
        )
        if ranged and (match.group(2) or benelux):
            # "Gemeenschappelijk Werkprogramma (2021-2024)": the period names it.
            period = f"{ranged.group(1)}-{ranged.group(2)}"
            label = canonical_label(f"{text[begin : match.end()]} {period}", self.triggers)
            return Candidate(
                begin,
                match.end() + ranged.end(),
                f"{ID}instrument/{slug(label)}",
                cls,
                label=label,
                priority=1,
            )
        position = match.end()
        date = ""
        between = None
        acronym = _ACRONYM_BETWEEN.match(text, position)
        if acronym is not None and (
            self._openers.match(text, acronym.end()) or self._parties.match(text, acronym.end())
        ):
            # "het memorandum van overeenstemming (MoU) over ...": the short name the text
            # gives in brackets stands between the type word and its subject or parties; the
            # name goes without it.
            between = (position, acronym.end())
            position = acronym.end()
        compound = benelux and len(match.group(3)) > len(self._trigger_of(match.group(3)))
        dated = re.match(r"\s+(?:van|uit)\s+", text[position:])
        if dated and not DATE.match(text, position + dated.end()):
            # "verklaring van de Benelux-premiers van 5 maart 2021": who, then when.
            dated = _AGENT_DATED.match(text[position:])
            if dated and self.names_subject(dated.group()):
                # "de aanbeveling van het Benelux-Parlement over ... van 7 december 2030":
                # the subject stands between who and when; see the agent below.
                dated = None
        if dated:
            found = DATE.match(text, position + dated.end())
            if found:
                date = first_date(found.group())
                position = found.end()
                # "van 6 juni 2019 van de ministers van Justitie van de Benelux inzake ...":
                # who made it may stand between the date and the subject.
                agent = _AGENT.match(text, position)
                if agent and self._openers.match(text, agent.end()):
                    position = agent.end()
        else:
            # "de aanbeveling van het Beneluxparlement over ...", "de Beschikking van het
            # Comité van Ministers inzake ...": its author (a body, named with a capital; "de
            # verklaring van de woordvoerder" is no instrument), then its subject.
            agent = _AGENT.match(text, position)
            named = agent is not None and re.search(r"(?<![\w-])[A-Z]", agent.group())
            if agent and named and self._openers.match(text, agent.end()):
                position = agent.end()
        parties = self._parties.match(text, position)
        between_parties = bool(parties and self._openers.match(text, parties.end()))
        if parties and between_parties:
            position = parties.end()
        elif parties and not date and self._by_parties(text, match, parties):
            # "het verdrag met Estland, Letland en Litouwen van 2021": named by its parties.
            end = parties.end()
            year = re.match(rf"\s+(?:van|uit)\s+({DATE.pattern})", text[end:])
            date = first_date(year.group(1)) if year else ""
            if year is not None and cls in _DATED_BY_PARTIES:
                # "het administratief akkoord met de Noordse Raad van Ministers van 25 januari
                # 2024": an arrangement is named by its party and the day it was signed.
                end += year.end()
            return self._mint(text, begin, end, cls, date=date)
        skipped = None
        if self._participle is not None and not date and position == match.end():
            participle = self._participle.match(text, position)
            if participle is not None:
                skipped = (position, participle.end())  # left out of the label
                position = participle.end()
        if between is not None:
            skipped = between
        opener = self._openers.match(text, position)
        phrase = self._clause_phrase
        if opener is not None and phrase is not None and phrase.match(text, position):
            opener = None  # "het verdrag ter goedkeuring bij de Kamer": a verb's phrase
        if opener is not None and text[opener.end() : opener.end() + 1] in "'‘“\"":
            return None  # a quoted title: see _quoted
        bare = not benelux and not match.group(2) and match.group(3)[:1].islower()
        if bare and not _determined(text, match.start()):
            return None  # "een intentieverklaring, overeenkomst tot samenwerking of ..."
        if bare and _DEMONSTRATIVE_BEFORE.search(text, max(0, match.start() - 6), match.start()):
            return None  # "met deze beschikking betreffende ...": the one named before
        item_end = _list_item_end(text, begin)
        if opener is not None and item_end is not None:
            # A list item that is an instrument's name: "• Benelux-Beschikking inzake de
            # aanduiding van de bevoegde autoriteiten die ... munitie;" names it whole.
            item_end, closing = without_date(text, begin, item_end)
            return self._mint(text, begin, item_end, cls, date=date or closing)
        if opener is not None:
            end = self._subject_end(text, opener.end())
            end = self._subject_tidied(text, opener.end(), end)
            if end > opener.end() + 2 and not self._trails_off(text[opener.end() : end]):
                # A name that gives the parties is a title too: "een intentieverklaring tussen
                # X en Y inzake de inzameling en recycling van textiel".
                if between_parties or self._formal(text, match, begin):
                    end = self._coordinated(text, opener.end(), end)
                end = _without_year(text, opener.end(), end)
                issued = self._issuer_closing(text, opener.end(), end)
                if issued is not None:
                    # "de verklaring over ... van de Benelux-premiers van 4 juni 2029": the
                    # maker is left out, the date kept where the type goes by it.
                    if cls in _DATE_NAMED and skipped is None:
                        skipped = (issued.start(), issued.start("dated"))
                    else:
                        date = date or _trailing_date(text[opener.end() : end])
                        end = issued.start()
                date = date or _dated_after(text, end)
                if not (
                    self._amending_subject is not None
                    and self._amending_subject.match(text, opener.start(1))
                ):
                    date = date or _trailing_date(text[opener.end() : end])
                date = date or _year_after(text, end)
                spoken = None  # the name without the participle: "beschikking over ..."
                if skipped is not None:
                    spoken = text[begin : skipped[0]] + text[skipped[1] : end]
                dated_end = _DATE_AT_END.search(text, opener.end(), end)
                if (
                    dated_end is not None
                    and skipped is None
                    and cls not in _DATE_NAMED
                    and self._formal(text, match, begin)
                ):
                    # "het Verdrag inzake de ... van 20 januari 2015": a printed title names
                    # no date; the date is when it was signed (the mention keeps it).
                    spoken = text[begin : dated_end.start()].rstrip()
                elif dated_end is not None and skipped is None and _adopted_on(cls, dated_end):
                    # "de beschikking over ... van 18 oktober 2023": a decision goes by its
                    # number or subject; the date says when it was adopted.
                    end = len(text[: dated_end.start()].rstrip())
                return self._mint(text, begin, end, cls, date=date, label_text=spoken)
        titled = self._title_words(text, match, begin)
        if titled:
            when = re.match(rf"\s+(?:van|uit)\s+({DATE.pattern})", text[titled:])
            date = first_date(when.group(1)) if when else ""
            return self._mint(text, begin, titled, cls, date=date)
        place = _PLACE_AFTER.match(text, match.end())
        if place and place.group(1).lower() not in _MONTHS and self._named_by_place(match, place):
            # "Verdrag van Senningen", "Verklaring van Den Haag"; a subject after the place
            # belongs to the title: "de Verklaring van Luxemburg over een gezamenlijke aanpak
            # van PFAS in de grensstreek".
            end = place.end()
            opener = self._openers.match(text, end)
            if opener is not None:
                stop = self._subject_tidied(
                    text, opener.end(), self._subject_end(text, opener.end())
                )
                if stop > opener.end() + 2 and not self._trails_off(text[opener.end() : stop]):
                    end = stop
            return self._mint(text, begin, end, cls)
        if date and compound:
            return self._mint(text, begin, match.end(), cls, date=date)  # "Benelux-Verdrag"
        if date and (benelux or match.group(2) or _capitalised_before(text, begin)):
            return self._mint(text, begin, position, cls, date=date)
        if date and match.group(3)[:1].isupper() and not _sentence_start(text, begin):
            return self._mint(text, begin, position, cls, date=date)
        definite = re.search(r"(?<!\w)(?:de|het)\s+$", text[max(0, begin - 5) : begin])
        if date and definite and self._trigger_of(match.group(3)) in self.t.dated_types:
            return self._mint(
                text, begin, position, cls, date=date
            )  # "de intentieverklaring van 2018"
        if match.group(2) and match.group(3)[:1].isupper() and not _sentence_start(text, begin):
            # "het Gemeenschappelijk Werkprogramma": a proper name, but of which one? Kept
            # only if the document also names it in full (see aliases.shortened).
            return replace(self._mint(text, begin, match.end(), cls), attributes=((ANCHORED, "1"),))
        return self._short_name(text, match, begin, cls)

    def _named_by_place(self, match: re.Match[str], place: re.Match[str]) -> bool:
        """ "Verklaring van Den Haag" names a declaration by the place it was made; so does a
        described one in lower case when an adjective or a compound says what kind it is:
        "de politieke verklaring van Den Haag", "de slotverklaring van Senningen". A bare
        "de verklaring van Nederland" is what a country said, and "de gezamenlijke verklaring
        van Nederland en België" names who made it, not where."""
        head = match.group(3)
        if head[:1].isupper():
            return True
        if self._class_of(head) not in {"Declaration", "Agreement"}:
            return False
        compound = len(head) > len(self._trigger_of(head))
        if not (match.group(2) or compound) or match.group(1):
            return False
        if place.group(1).split()[-1].lower() in _NOT_A_PLACE:
            return False
        return _PLACE_CLOSED.match(place.string, place.end()) is not None

    def _title_words(self, text: str, match: re.Match[str], begin: int) -> int:
        """The end of a title in capitalised words right after a capitalised type word,
        without quotes: "de Samenwerkingsovereenkomst Grensoverschrijdende Planning
        ondertekend", "de Intentieverklaring Digitale Grenzen"; or 0. The title runs on its
        line to a lower-case word, and the name stands inside a sentence (a heading of
        capitalised words is no title)."""
        if not match.group(3)[:1].isupper() or _sentence_start(text, begin):
            return 0
        title = _TITLE_WORDS_AFTER.match(text, match.end())
        if title is None or title.group(1).split()[0].lower() in _MONTHS:
            return 0
        if not _determined(text, match.start()):
            return 0
        return title.end(1)

    def _short_name(
        self, text: str, match: re.Match[str], begin: int, cls: str
    ) -> Candidate | None:
        """ "de aanbeveling opleidingseisen": a noun the document also uses by itself."""
        if match.group(1) or match.group(2):
            return None
        following = re.match(r" ([a-z][a-z-]+)\b", text[match.end() :])
        if following is None or len(following.group(1)) < self.t.short_min_length:
            return None
        noun = following.group(1)
        if noun in self.t.stop_words or noun in self.t.function_words:
            return None
        if not _determined(text, match.start()):
            return None
        # A noun, not a verb: the text also uses it after an article or a preposition; a
        # compound joined by a hyphen is a noun ("het Samenwerkingsakkoord
        # vacature-uitwisseling").
        if "-" not in noun.strip("-") and not _used_as_noun(text, noun):
            return None
        return self._mint(text, begin, match.end() + following.end(), cls)

    def _quoted(self, text: str) -> Iterator[Candidate]:
        for match in re.finditer(
            r"(?<![\w-])(?:Benelux-)?(aanbeveling(?:en)?|beschikking(?:en)?|verklaring(?:en)?)"
            r"(?![\w-])",
            text,
            re.IGNORECASE,
        ):
            cls = self._class_of(match.group(1))
            if cls is None:
                continue
            position = match.end()
            # "de aanbeveling van het Benelux-Parlement 'Grensoverschrijdend telewerk ...'":
            # who made it may stand between the type word and the quoted title.
            agent = _QUOTE_AGENT.match(text, position)
            if agent is not None and _QUOTED.match(text, agent.end()):
                position = agent.end()
            while True:
                quoted = _QUOTED.match(text, position)
                if quoted is None:
                    break
                title = squash(quoted.group(1))
                word = (
                    match.group(1).lower().rstrip("en")
                    if _plural(match.group(1).lower(), self.t.types)
                    else match.group(1).lower()
                )
                label = canonical_label(f"{_singular(word, self.t.types)} {title}", self.triggers)
                yield Candidate(
                    quoted.start(1),
                    quoted.end(1),
                    ID + "instrument/" + slug(label),
                    cls,
                    label=label,
                    title=title,
                )
                link = re.match(r"\s*(?:,|en)\s*", text[quoted.end() :])
                if link is None:
                    break
                position = quoted.end() + link.end()

    def _english_names(self, text: str) -> Iterator[Candidate]:
        for match in self._english.finditer(text):
            words = match.group(1).split()
            end = match.end()
            # "Joint Declaration on cross-border healthcare": the subject makes it a name.
            subject = _ENGLISH_SUBJECT.match(text, end)
            if subject is not None:
                stop = subject_end(text, subject.end(), self.t.stop_words, self.t.max_words)
                if stop > subject.end() + 2:
                    end = stop
            generic = all(w.lower() in self.t.english_generic for w in words)
            if generic and end == match.end():
                continue
            cls = self.t.english_types[match.group(2)]
            yield self._mint(text, match.start(), end, cls)

    def _formal(self, text: str, match: re.Match[str], begin: int) -> bool:
        """A title as printed ("Benelux-Verdrag ter ...", "Beschikking ... betreffende" in
        the middle of a sentence or an index), not a type word in running prose."""
        if match.group(1):
            return True
        return match.group(3)[:1].isupper() and not _sentence_start(text, begin)

    def _coordinated(self, text: str, start: int, end: int) -> int:
        """A printed title goes on over "en"/"of": "ter verbetering en versterking van de
        ... samenwerking inzake de bescherming van de gezondheid en de veiligheid op het werk";
        never over another type word or a capitalised name (a second thing named), and only
        when the title then closes (a parenthesis, a full stop, its number, its date), not in
        a verb: "de Benelux-Beschikking inzake eHealth en de verdere uitwerking wordt besproken"."""
        first = end
        while True:
            link = _LINK.match(text, end)
            further = (
                subject_end(text, link.end(), self.t.stop_words, self.t.max_words)
                if link is not None
                else end
            )
            chunk = text[link.end() : further] if link is not None else ""
            if (
                link is None
                or further <= link.end() + 2
                or self._type_word.search(chunk)
                or re.search(r"(?<![\w-])[A-Z]", chunk)
                or len(text[start:further].split()) > _TITLE_WORDS
            ):
                # A closing date closes the title too: "... over noodplanning en
                # crisisbeheersing van 2006 wordt ...".
                closed = (
                    _TITLE_CLOSED.match(text, end)
                    # "..., ondertekend te Metz op 2 april 2035": its signing follows.
                    or _SIGNED_AFTER_COMMA.match(text, end)
                    or _DATE_AT_END.search(text, start, end)
                    or _SIGNED_AFTER.match(text, end)
                    # A footnote's reference after the title: "..., Kamerstuk 36 512, nr. 1".
                    or _REFERENCE_AFTER.match(text, end)
                )
                return end if end == first or closed else first
            end = further

    def _mint(
        self,
        text: str,
        begin: int,
        end: int,
        cls: str,
        date: str = "",
        label_text: str | None = None,
    ) -> Candidate:
        surface = text[begin:end] if label_text is None else label_text
        label = canonical_label(surface, self.triggers)
        known = self._known_external(label) if cls != "ExternalAct" else None
        acronym = _ACRONYM_AT_END.search(text, begin, end) if label_text is None else None
        if (
            known is None
            and acronym is not None
            and acronym.start() > begin
            and _abbreviates(acronym.group(1), text[begin : acronym.start()])
        ):
            # "het Benelux-verdrag inzake de intellectuele eigendom (BVIE)": the acronym is
            # another name (see aliases), not part of this one.
            end = acronym.start()
            label = canonical_label(text[begin:end], self.triggers)
        cls = self._protocol_class(label, cls, text, begin)
        if known is not None:
            label, cls = known, "ExternalAct"
        elif cls != "ExternalAct" and self._external(label):
            cls = "ExternalAct"
        kind = "act" if cls == "ExternalAct" else "instrument"
        return Candidate(
            begin,
            end,
            f"{ID}{kind}/{slug(label)}",
            cls,
            label=label,
            date=date,
            priority=1,
        )

    def _protocol_class(self, label: str, cls: str, text: str = "", begin: int = 0) -> str:
        """A protocol takes the type of the instrument it amends or belongs to: "Protocol
        houdende wijziging van de Uitvoeringsovereenkomst ..." is an agreement, "Protocol bij
        het Verdrag ..." a treaty; so is "de overeenkomst ..., gewijzigd bij het protocol van
        9 februari 2026": the instrument named last before the phrase."""
        words = label.split()
        if not any(self._trigger_of(w) == _PROTOCOL for w in words[:2]):
            return cls
        amended = _PROTOCOL_OF.search(label)
        if amended is not None:
            kind = self._class_of(amended.group(1))
        elif _AMENDED_BY_BEFORE.search(text, max(0, begin - 40), begin):
            sentence = text.rfind(". ", max(0, begin - 300), begin) + 1
            named = list(self._type_word.finditer(text, sentence, begin))
            kind = self._class_of(named[-1].group()) if named else None
        else:
            return cls
        return kind if kind is not None and kind != "LegalInstrument" else cls

    def _known_external(self, label: str) -> str | None:
        """ "Verdrag betreffende ... (CMR)" is the "CMR-Verdrag" when that is a known name."""
        acronym = re.search(r"\(([A-Z][A-Za-z-]{1,10})\)$", label)
        if acronym is None or "benelux" in label.lower():
            return None
        trigger = self._trigger_of(label.split()[0])
        if trigger and f"{acronym.group(1).lower()}-{trigger}" in self.t.external_names:
            return f"{acronym.group(1)}-{trigger.capitalize()}"
        return None

    def _external(self, label: str) -> bool:
        lowered = label.lower()
        if "benelux" in lowered:
            return False
        if BODY_CONVENTION.match(label):
            return True  # "Verdrag van de Raad van Europa inzake ...": that body's convention
        if _FOREIGN_PLACE_TREATY.match(label):
            return True  # "Overeenkomst van Straatsburg", "Verdrag van Wenen inzake ..."
        if any(
            re.search(rf"(?<![\w-]){re.escape(n)}(?![\w-])", lowered) for n in self.t.external_names
        ):
            return True
        return any(
            re.search(rf"(?<!\w){re.escape(m)}(?!\w)", lowered) for m in self.t.external_markers
        )

    def _name_start(self, text: str, match: re.Match[str]) -> int:
        """A capitalised word before the head belongs to the name ("Dublin Verklaring");
        a loose adjective ("multilaterale") does not."""
        begin = match.start()
        if match.group(2) and not match.group(1):
            loose = re.match(
                r"(?:(?i:" + "|".join(self.t.loose_modifiers) + r")\s+)+", text[begin:]
            )
            return begin + loose.end() if loose else begin
        if match.group(1) or match.group(2):
            return begin
        before = re.search(r"([A-Z][\w-]+) $", text[max(0, begin - 40) : begin])
        head = match.group(3)
        if (
            before
            and before.group(1).lower() not in _NEVER_IN_NAME
            and head[:1].isupper()
            and not _sentence_start(text, begin - len(before.group(0)))
        ):
            return begin - len(before.group(0))
        return begin

    def _class_of(self, word: str) -> str | None:
        trigger = self._trigger_of(word)
        return self.t.types.get(trigger) if trigger else None

    def _trigger_of(self, word: str) -> str:
        lowered = word.lower()
        for trigger in sorted(self.t.types, key=len, reverse=True):
            if lowered == trigger or (lowered.endswith(trigger) and len(trigger) >= 6):
                return trigger
        return ""

    def _by_parties(self, text: str, match: re.Match[str], parties: re.Match[str]) -> bool:
        """A definite type word of a signed kind ("het verdrag", "de overeenkomst") with its
        parties names one instrument; "een verklaring met ..." or a heading does not."""
        head = match.group(3)
        if self._trigger_of(head) not in self.t.dated_types:
            return False
        definite = re.search(
            r"(?<!\w)(?:[Dd]e|[Hh]et)\s+$",
            text[max(0, match.start() - 5) : match.start()],
        )
        # Treaties and declarations between parties are named elsewhere: the party title of
        # a treaty goes with its subject, an unnamed declaration by its partners (unnamed).
        # A memorandum of understanding is a Declaration, but signed between parties as an
        # agreement is: "het memorandum van overeenstemming tussen de Benelux Unie en ...".
        two = re.search(r"\s(?:en|and)\s", parties.group()) is not None and (
            self._class_of(head) == "Agreement"
            or self._trigger_of(head).startswith(("memorandum", "mou"))
        )
        signed = _SIGNED_BEFORE.search(text, max(0, match.start() - 160), match.start())
        if signed is not None and two and parties.group().split()[0] in _BETWEEN:
            # "ondertekenden de voorzitters een samenwerkingsprotocol tussen het
            # Beneluxparlement en de Noordse Raad": the one signed, named by its two parties.
            return True
        opener = parties.group().split()[0]
        if signed is not None and opener == "met" and self._class_of(head) == "Agreement":
            # "het Secretariaat-Generaal ondertekende een administratief akkoord met de Euregio
            # Maas-Rijn": the agreement signed, named by the party it was signed with.
            return True
        if definite is not None and _DATED_AFTER.match(text, parties.end()):
            # "het administratief akkoord met de Noordse Raad van Ministers van 25 januari
            # 2024": its party and its date name one instrument.
            return True
        if definite is not None and head[:1].islower():
            # parties by their bare names, as states are: "met Estland, Letland en Litouwen";
            # or two bodies at least: "het memorandum of understanding tussen de Benelux Unie
            # en de Baltische Raad van Ministers".
            bare = re.match(r"\s+(?:met|tussen)\s+[A-Z]", parties.group()) is not None
            return bare or (two and parties.group().split()[0] in _BETWEEN)
        # A title opening an entry or a sentence: "Administratief akkoord tussen het
        # Secretariaat-Generaal van de Benelux Unie en het Secretariaat van de Noordse Raad
        # van Ministers, ondertekend te ...". Two parties at least, so a title, not a remark.
        titled = match.group(2) is not None or head[:1].isupper()
        return titled and (definite is not None or _sentence_start(text, match.start())) and two

    def _subject_end(self, text: str, start: int) -> int:
        """Where a subject that opens at ``start`` ends (:func:`subject_end`), going on over
        "uit" before a noun: "over de uitwisseling van gegevens uit dopingcontroles | vast".
        "uit" stops a subject as the particle of a verb ("... uit te voeren") or before a year
        ("uit 2015"); before a lower-case noun that no verb or particle follows within the
        name it is a preposition of the subject."""
        end = subject_end(text, start, self.t.stop_words, self.t.max_words)
        if end == start:
            end = self._adjectival_start(text, start, end)
        pair = _PROPER_PAIR.match(text, end)
        if pair is not None and _PROPER_LAST.search(text, start, end):
            # "over een sterrenpark in de Eifel en de Ardennen.": "en de" opens no new phrase
            # between two proper names, the second closing the sentence or the clause.
            end = pair.end()
        source = _SOURCE_AFTER.match(text, end)
        if source is None or self._verb_word(source.group(1)):
            return end
        further = subject_end(text, source.start(1), self.t.stop_words, self.t.max_words)
        words = [w.group().lower() for w in WORD.finditer(text, source.start(1), further)]
        # the noun after "uit" closes the subject, or a preposition goes on from it
        if len(words) > 1 and words[1] not in self.t.linking_words:
            further = source.end(1)
        return further

    def _adjectival_start(self, text: str, start: int, end: int) -> int:
        """A subject that opens with an adverb of the stop words is that word used as an
        adjective of the noun after it: "aanbeveling 1007/2 over snel internet in de
        grensstreek", "over tijdig herstel". The adverb stops a name only after the subject
        ("de beschikking over ... snel uit te voeren"), never as its first word; a verb or a
        particle after it ("over snel uit te voeren ...") still ends it there."""
        first = WORD.match(text, start)
        if first is None or first.group().lower() not in _ADJECTIVAL_ADVERBS:
            return end
        noun = _NEXT_WORD.match(text, first.end())
        if noun is None or not noun.group(1)[:1].islower() or self._verb_word(noun.group(1)):
            return end
        further = subject_end(text, noun.start(1), self.t.stop_words, self.t.max_words)
        return further if further > noun.start(1) else end

    def _verb_word(self, word: str) -> bool:
        lowered = word.lower()
        return (
            lowered in self.t.stop_words
            or lowered in self.t.particles
            or lowered in self.t.function_words
            or lowered in _NEVER_IN_NAME
            or lowered in _NOT_A_SOURCE
        )

    def _subject_tidied(self, text: str, start: int, end: int) -> int:
        """The end of a subject ``text[start:end]`` as :func:`subject_end` found it, tidied:

        - an article after a word that is no preposition starts a new phrase, the subject of
          a clause: "inzake de Benelux Interparlementaire Assemblee | het recht heeft ...";
        - a name never ends in the particle of a separable verb: "bereidt een aanbeveling over
          handhaving bij webwinkels | voor", "stelde een aanbeveling over ... | vast";
        - an instrument named by its number closes an amendment: "houdende wijziging van
          beschikking M(2017)12".
        """
        footnote = _FOOTNOTE_MARK.search(text, start, end)
        if footnote is not None:
            end = footnote.start()  # "... op het eigen grondgebied.⁴ Sindsdien neemt ..."
        field = _FIELD_LABEL.search(text, start, min(len(text), end + 24))
        if field is not None and field.start() < end:
            end = field.start()  # "6.2.2 Benelux-verklaring over ... | Status: lopend"
        if self._clause_phrase is not None:
            phrase = self._clause_phrase.search(text, start, end)
            if phrase is not None and phrase.start() > start:
                end = phrase.start()
        for adjunct in (self._meeting_adjunct, _ADJUNCT):
            # When, where and how it was adopted: "... tijdens de Benelux-top", "... op 7
            # december 2030", "... d.d. 7 december 2030", "... met 35 stemmen", "... – een
            # belangrijke stap –"; never part of a name.
            found = adjunct.search(text, start, end) if adjunct is not None else None
            if found is not None and found.start() > start:
                end = found.start()
        before: re.Match[str] | None = None
        last: re.Match[str] | None = None
        for word in WORD.finditer(text, start, end):
            lowered = word.group().lower()
            if last and lowered in _ARTICLES and last.group().lower() not in self.t.linking_words:
                end = len(text[: word.start()].rstrip())
                if before is not None and self._inverted_verb(before.group(), last.group()):
                    # "sinds de beschikking over ... rijbewijsgegevens | wisselen de
                    # diensten ...": the clause's verb stands before its subject.
                    end = len(text[: last.start()].rstrip())
                break
            before, last = last, word
        words = list(WORD.finditer(text, start, end))
        if len(words) > 1 and words[-1].group().lower() in self.t.particles:
            # "bereidt een politieke verklaring over cyberweerbaarheid | voor"
            end = len(text[: words[-1].start()].rstrip())
        elif len(words) > 1 and self._infinitive_closes(text, start, words[-2], words[-1]):
            # "zal een ontwerpaanbeveling over grensoverschrijdende spoedzorg | bespreken"
            end = len(text[: words[-1].start()].rstrip())
        words = list(WORD.finditer(text, start, end))
        while len(words) > 1 and words[-1].group() in self.t.linking_words:
            # A name never ends in a preposition or a conjunction: "stelde de beschikking
            # over laadpunten | tijdens zijn vergadering vast" (a stop word ended it there).
            words.pop()
            end = words[-1].end()
        issuer = self._issuer_closing(text, start, end)
        if issuer is not None and issuer.group("dated") is None:
            # "... over grensoverschrijdende zorg | van het Benelux-Parlement": who made it.
            end = issuer.start()
        number = _NUMBER_AFTER.match(text, end)
        if number and self._trigger_of(
            text[start:end].split()[-1] if text[start:end].split() else ""
        ):
            end = number.end()
            # "tot wijziging van Beschikking M (2020) 5 inzake eHealth": the amended one's
            # subject goes on after its number, inside the amending one's name.
            opener = self._openers.match(text, end)
            if opener is not None:
                further = subject_end(text, opener.end(), self.t.stop_words, self.t.max_words)
                further = self._subject_tidied(text, opener.end(), further)
                words = list(WORD.finditer(text, opener.end(), further))
                if len(words) > 1 and words[-1].group().lower() in self.t.particles:
                    further = len(text[: words[-1].start()].rstrip())  # "... eHealth | voor"
                subject = text[opener.end() : further]
                if further > opener.end() + 2 and not self._trails_off(subject):
                    end = further
        return end

    def _issuer_closing(self, text: str, start: int, end: int) -> re.Match[str] | None:
        """ "van het Benelux-Parlement" (and a date) closing the subject ``text[start:end]``:
        who made the instrument, unless the subject is about that body ("de rol van het
        Benelux-Parlement"); None otherwise."""
        if self._issuer_at_end is None:
            return None
        found = self._issuer_at_end.search(text, start, end)
        if found is None or found.start() <= start:
            return None
        words = [w.group().lower() for w in WORD.finditer(text, start, found.start())]
        if not words or words[-1] in self.t.issuer_relations:
            return None
        return found

    def _infinitive_closes(
        self, text: str, start: int, noun: re.Match[str], word: re.Match[str]
    ) -> bool:
        """``word``, the last of a subject after a noun, is the infinitive that closes a
        clause opened by a modal verb before the name ("Het Parlement zal ... een
        ontwerpaanbeveling over spoedzorg bespreken"): two nouns in a row never end a name."""
        verb = word.group()
        if not verb.endswith("en") or not verb[:1].islower() or not noun.group()[:1].islower():
            return False
        lowered = noun.group().lower()
        if lowered in self.t.linking_words or lowered in _NEVER_IN_NAME or lowered.endswith("e"):
            return False
        opened = _SENTENCE_OPEN.search(text, max(0, start - 150), start)
        return (
            _MODAL.search(text, opened.end() if opened else max(0, start - 150), start) is not None
        )

    def _inverted_verb(self, noun: str, word: str) -> bool:
        """``word``, between a subject's last noun and an article opening the next phrase,
        is a verb in the inverted order of a clause ("... van rijbewijsgegevens wisselen de
        diensten ..."): a lower-case word after a lower-case word that is no function word
        and no inflected adjective ("grensoverschrijdende inzet"). Two nouns in a row never
        end a name without a preposition between them."""
        if not word[:1].islower():
            return False
        lowered = noun.lower()
        if lowered in self.t.linking_words or lowered in _NEVER_IN_NAME:
            return False
        if noun[:1].isupper():
            # "tot wijziging van het Benelux-Politieverdrag | breidt de ...": a proper name
            # never takes a lower-case word after it inside a name.
            return word.lower() not in self.t.linking_words
        return not lowered.endswith("e")

    @staticmethod
    def _trails_off(subject: str) -> bool:
        """A subject of function words only ("over de") names nothing; a proper name or an
        acronym does ("inzake ANPR", "inzake eHealth")."""
        words = subject.split()
        if len(words) == 1 and len(words[0]) >= 3 and is_capitalised(words[0]):
            return False
        return len(words) < 2 and len(subject) < 6


# Adverbs among the stop words that are adjectives too ("snel internet", "tijdig herstel"):
# as the first word of a subject they qualify its noun (see _adjectival_start).
_ADJECTIVAL_ADVERBS = frozenset(
    {"snel", "sneller", "spoedig", "tijdig", "volledig", "integraal", "correct"}
)
_NEXT_WORD = re.compile(r"[ \t]*\n?[ \t]*([^\W\d_][\w-]*)")
# "... in de Eifel en de Ardennen." / "... tussen de Maas en de Schelde,": a proper name
# after an article ends a subject, "en", an article and a second proper name close it.
_PROPER_LAST = re.compile(r"(?<![\w-])(?:de|het)[ \t\n]+[A-Z][\w-]+$")
_PROPER_PAIR = re.compile(
    r"[ \t\n]+en[ \t\n]+(?:de|het)[ \t\n]+[A-Z][\w-]+(?=[ \t]*(?:[.,;:)]|\n\n|$))"
)
# A treaty or agreement named after a city outside the Benelux where it was concluded: the
# conventions of the Council of Europe (Straatsburg), the UN (Genève, New York, Wenen) and
# older multilateral agreements (Berlijn, Parijs, Rome) that the member states join but never
# make as the Benelux, whose own are signed in its capitals. Declarations are left out: a
# forum the Benelux hosts names its declarations after the city of its meeting ("Dublin
# Verklaring").
_FOREIGN_PLACE_TREATY = re.compile(
    r"(?i:verdrag|overeenkomst|conventie|akkoord)[ \t\n]+van[ \t\n]+(?:Straatsburg|Berlijn"
    r"|Parijs|Wenen|Genève|Rome|Londen|Madrid|Helsinki|Kopenhagen|Oslo|Warschau|Praag"
    r"|Washington|New[ \t\n]+York|Montreal|Kyoto|Bonn)(?![\w-])"
)
# Capitalised words that open a sentence, never a name: an article, a demonstrative or a
# possessive ("Het Verdrag tussen ...", "Dit Protocol ..."), a preposition ("Bij
# Beschikking ..."). A heading the cleaned text runs into the sentence hides the sentence
# start, so the word itself must tell.
_NEVER_IN_NAME = frozenset(
    {
        "de", "het", "een", "dit", "deze", "dat", "die", "zijn", "haar", "hun", "ons", "onze",
        "elk", "elke", "ieder", "iedere", "geen", "bij", "in", "op", "met", "volgens", "na",
        "van", "voor", "door", "onder", "sinds", "via", "ook", "en", "of", "maar",
    }
)  # fmt: skip
# "Benelux-Noordrijn-Westfalen", "Benelux-Hauts-de-France": the partners in a title, and
# the period it runs: "Intentieverklaring Benelux-Hauts-de-France 2022-2026".
_BENELUX_PARTNER = re.compile(r"[ \t\n]+Benelux(?:[ \t]+Unie)?[-–][A-Z]\w*(?:-\w+)*(?![\w-])")
# A date right after an instrument's parties: "... met de Noordse Raad van Ministers van 25
# januari 2024".
_DATED_AFTER = re.compile(rf"\s+(?:van|uit)\s+(?:{DATE.pattern})(?![\w-])")
# Instruments whose name by their parties goes on with their date (a treaty's does not:
# "het verdrag met Estland, Letland en Litouwen van 2021" is the treaty with those three).
_DATED_BY_PARTIES = frozenset({"Agreement", "Declaration"})
_BETWEEN = frozenset({"tussen", "between"})
# Kinds of local and regional bodies named before their name, in lower case.
_PARTY_KINDS = r"(?:provincie|gemeente|stad|deelstaat|regio|euregio|eurodistrict)"
# The member states and neighbours a national body may be named by ("in België").
_COUNTRY = r"(?:België|Nederland|Luxemburg|Frankrijk|Duitsland)(?![\w-])"
# The place a treaty or declaration is named after, one word or two with an article ("Den
# Haag", "La Hulpe").
_PLACE_AFTER = re.compile(
    r"[ \t\n]+van[ \t\n]+((?:(?:Den|De|La|Le|Les)[ \t]+)?[A-Z][a-zà-ÿ]+)(?![\w-])"
)
# Capitalised words after "van" that name who made a declaration, not where: the member
# states and neighbours (not Luxemburg, a city too), the Benelux, the Belgian regions.
_NOT_A_PLACE = frozenset(
    {"nederland", "belgië", "frankrijk", "duitsland", "benelux", "europa", "vlaanderen", "wallonië"}
)
# A place that closes a name by place: punctuation, or a lower-case word; never "en" or a
# further capitalised word ("van Den Haag en Brussel", "van Jan Peeters").
_PLACE_CLOSED = re.compile(r"(?:[ \t]*[.,;:)]|[ \t\n]+(?!en[ \t\n])[a-zà-ÿ]|[ \t]*$)")
# A short name in brackets between a type word and its subject: "(MoU)", "(LoI)".
_ACRONYM_BETWEEN = re.compile(r"[ \t]*\([A-Z][A-Za-z]{1,6}\)")
# A statement given ("gaf een verklaring over", "legde een verklaring af") and an agreement
# reached ("een akkoord bereikt over", "bereikten een overeenkomst"): no instrument.
_SPOKEN_BEFORE = re.compile(
    r"(?<![\w-])(?:gaf|gaven|geeft|geven|gegeven|legde|legden|legt|leggen)"
    r"(?:[ \t\n]+[\w-]+){0,3}?[ \t\n]+een[ \t\n]+$",
    re.IGNORECASE,
)
# "een akkoord", "geen overeenkomst", "een politiek akkoord".
_INDEFINITE = re.compile(
    r"(?<![\w-])(g?)een(?:[ \t\n]+(?:definitief|nieuw))?[ \t\n]+$", re.IGNORECASE
)
_REACHED = re.compile(r"(?<![\w-])bereik\w*(?![\w-])", re.IGNORECASE)
_CLAUSE_BOUND = re.compile(r"[.;:!?]")


def _spoken_or_reached(text: str, match: re.Match[str], cls: str) -> bool:
    """Whether the plain type word at ``match`` ("een verklaring", "een akkoord") is a
    statement someone gives or an agreement reached in its clause, not an instrument."""
    if match.group(1):
        return False
    head = match.group(3).lower()
    if cls == "Declaration" and head == "verklaring":
        if match.group(2):
            return False  # "gaven een gezamenlijke verklaring uit": a declaration issued
        return _SPOKEN_BEFORE.search(text, max(0, match.start() - 60), match.start()) is not None
    if cls == "Agreement" and head in {"akkoord", "overeenkomst"}:
        start = match.start()
        indefinite = _INDEFINITE.search(text, max(0, start - 25), start)
        if indefinite is None:
            return False  # "het akkoord over ... is bereikt": the one named
        if indefinite.group(1):
            return True  # "er is nog geen overeenkomst over ..."
        bound = max(0, start - 80)
        before = [b.end() for b in _CLAUSE_BOUND.finditer(text, bound, start)]
        if before:
            bound = before[-1]
        after = _CLAUSE_BOUND.search(text, match.end(), match.end() + 200)
        stop = after.start() if after else min(len(text), match.end() + 200)
        return _REACHED.search(text, bound, stop) is not None
    return False


# "uit" and a lower-case noun, the source of what a subject is about: "gegevens uit
# dopingcontroles", "stoffen uit het afvalwater"; never "uit te voeren" (see _subject_end).
_SOURCE_AFTER = re.compile(
    r"[ \t\n]+uit[ \t\n]+(?:(?:de|het)[ \t\n]+)?([a-zà-ÿ][\w-]{3,})(?![\w-])"
)
# Nouns of fixed phrases after "uit", never a source: "uit naam van", "uit handen".
_NOT_A_SOURCE = frozenset({"naam", "handen", "hoofde", "eigen", "zichzelf", "elkaar"})
_PERIOD = re.compile(r"[ \t\n]+(?:19|20)\d{2}[ \t]*[-–][ \t]*(?:19|20)\d{2}(?![\w-])")
# A declaration or memorandum is signed once and goes by its date: "Memorandum of
# Understanding over ... van 2006" keeps the date in its name, where a treaty's title does not.
_DATE_NAMED = frozenset({"Declaration"})
# A decision never goes by its date: a date after its subject is when it was adopted.
_DATE_APART = frozenset({"Decision"})
# A recommendation goes by its subject, and by a year where the text gives one ("de aanbeveling
# over grensarbeid van 2014"); a day after its subject is when it was adopted.
_DAY_APART = frozenset({"Recommendation"})
_PROTOCOL = "protocol"
# What a protocol amends or belongs to: "... wijziging van de Uitvoeringsovereenkomst",
# "Protocol bij het Benelux-Verdrag".
# "gewijzigd bij het ", "laatstelijk gewijzigd is bij het ": before the amending instrument.
_AMENDED_BY_BEFORE = re.compile(
    r"(?<!\w)(?:gewijzigd|aangevuld|herzien|aangepast)(?:\s+(?:is|werd|wordt))?\s+(?:bij|door)"
    r"\s+(?:de|het)\s+$",
    re.IGNORECASE,
)
_PROTOCOL_OF = re.compile(r"\b(?:van|bij)\s+(?:de|het)\s+([\w-]+)")
# An instrument still in question: "De Benelux Unie onderzoekt of ook andere materialen
# in aanmerking komen voor een Benelux-aanbeveling over ...", "bekijkt of een verklaring".
_QUESTION = re.compile(
    r"(?<![\w-])(?:onderzoek\w*|onderzocht|bekijk\w*|bekeken|nagaan|verken\w*)\s"
    r"(?:[^;:]*?\s)?of\s",
    re.IGNORECASE,
)
# A modal or auxiliary verb whose infinitive closes the clause: "zal ... bespreken".
_MODAL = re.compile(
    r"(?<![\w-])(?:zal|zullen|zou|zouden|wil|willen|kan|kunnen|moet|moeten|mag|mogen|gaat"
    r"|gaan)(?![\w-])",
    re.IGNORECASE,
)
_SENTENCE_OPEN = re.compile(r".*[.!?;:]\s", re.DOTALL)
_INDEFINITE_BEFORE = re.compile(r"(?<![\w-])een\s+$")
_SENTENCE_END = re.compile(r"[.!?;:]\s+(?=[A-Z])")


def _hypothetical(text: str, begin: int) -> bool:
    """Whether the indefinite instrument at ``begin`` is asked about in its sentence, not
    named."""
    if not _INDEFINITE_BEFORE.search(text, max(0, begin - 6), begin):
        return False
    window = max(0, begin - 300)
    start = window
    for end in _SENTENCE_END.finditer(text, window, begin):
        start = end.end()
    return _QUESTION.search(text, start, begin) is not None


# A signing verb in the past earlier in the clause, then an indefinite article: "sloten de
# twee agentschappen een ...", "ondertekenden de voorzitters een ...".
_SIGNED_BEFORE = re.compile(
    r"(?<![\w-])(?:ondertekenden|ondertekende|tekenden|tekende|sloten|sloot)(?![\w-])"
    r"[^.;:]*(?<!\w)een\s+$",
    re.IGNORECASE,
)
_PARTNER_CLASSES = {"Country", "NeighbouringRegion", "ExternalOrganisation"}
_MEMBER_STATES = {
    f"{ID}country/belgie",
    f"{ID}country/nederland",
    f"{ID}country/luxemburg",
}
_ACRONYM_AT_END = re.compile(r"[ \t\n]*\(([A-Z][A-Za-z0-9-]{1,10})\)$")
_PARTIES_AFTER = re.compile(r"\s+(?:met|tussen|van)\s")


@lru_cache(maxsize=4)
def _unnamed_patterns(
    words: tuple[str, ...], verbs: tuple[str, ...], modifiers: tuple[str, ...]
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The shapes of ``NamedInstrumentFinder.unnamed``, built from the declaration words,
    the modifiers and the signing verbs of the tables."""
    mods = "|".join(re.escape(m) for m in modifiers)
    kind = rf"(?P<type>(?:(?:{mods})\s+){{0,2}}(?:{'|'.join(re.escape(w) for w in words)}))"
    signed = "|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True) if " " not in v)
    # (regex.word_first: the patterns open on the article's letters, not a look-behind.)
    definite = word_first(["de", "het"], r"[\w-]", fold=True)
    article = word_first(["de", "het", "een"], r"[\w-]", fold=True)
    on_or_in = word_first(["op", "in"], r"[\w-]", capital=True)  # "[Oo]p|[Ii]n"
    relative = re.compile(
        rf"{definite}\s+{kind}\s+(?:die|dat)\s+(?P<clause>[^.;:()]{{3,160}}?)\s+"
        rf"(?:{signed})(?![\w-])",
        re.IGNORECASE,
    )
    inverted = re.compile(
        rf"{on_or_in}\s+(?P<date>{DATE.pattern})\s+(?i:{signed})\s+"
        rf"(?P<agent>(?:de|het)\s+[\w-]+(?:\s+van\s+(?:de|het)\s+[A-Z][\w-]+)?)\s+een\s+"
        rf"(?i:{kind})(?![\w-])"
    )
    # "de hernieuwde politieke verklaring tussen de Benelux Unie en Noordrijn-Westfalen."
    between = re.compile(
        rf"{article}\s+{kind}\s+tussen\s+(?P<parties>[^.;:()]{{3,120}}?)"
        rf"(?=\s*[.;:(),]|\s+(?:die|dat|waarin|waarmee|werd|werden|is|was|in|op)\s)",
        re.IGNORECASE,
    )
    return relative, inverted, between


@lru_cache(maxsize=4)
def _fronted_pattern(
    words: tuple[str, ...], verbs: tuple[str, ...], modifiers: tuple[str, ...]
) -> Opened:
    """A sentence whose subject signs, on a date, an instrument of no name that closes it:
    "Het Secretariaat-Generaal en de Euregio Maas-Rijn ondertekenden op 12 oktober 2023 een
    samenwerkingsovereenkomst." Two signers at least ("en"), a plural verb, a full stop or a
    place after the type word: an instrument followed by its subject is named otherwise."""
    mods = "|".join(re.escape(m) for m in modifiers)
    kind = rf"(?P<type>(?:(?:{mods})\s+){{0,2}}(?:{'|'.join(re.escape(w) for w in words)}))"
    # The plural verbs of signing ("ondertekenden", "tekenden", "sloten"), not of adopting.
    plurals = [
        v
        for v in sorted(verbs, key=len, reverse=True)
        if v.endswith("en") and " " not in v and ("teken" in v or v == "sloten")
    ]
    plural = "|".join(re.escape(v) for v in plurals)
    # The verb is looked for first (cheap); the signers before it by _signers_before. The
    # pattern opens on the verb: it is tried only where one begins (regex.Opened).
    pattern = re.compile(
        rf"(?<![\w-])(?:{plural})\s+(?:op|in)\s+(?P<date>{DATE.pattern})"
        rf"(?:\s+(?:in|te)\s+[A-Z][\w-]+)?\s+een\s+(?i:{kind})"
        rf"(?=\s*[.;]|\s+(?:in|te)\s+[A-Z])"
    )
    return Opened(pattern, plurals)


_SENTENCE_OPENING = re.compile(r"(?:\A|[.!?]\s|\n\n)(?=[A-Z])")


def _signers_before(text: str, verb: int) -> tuple[int, int] | None:
    """The subject of the sentence the verb at ``verb`` stands in, if it opens the sentence
    and joins two signers at least ("X en Y"); None otherwise."""
    window = max(0, verb - 240)
    start = -1
    for found in _SENTENCE_OPENING.finditer(text, window, verb):
        start = found.end()
    if start < 0:
        return None
    subject = text[start:verb]
    if not re.search(r"\s(?:en|and)\s", subject) or re.search(r"[.;:()]", subject):
        return None
    return start, verb


# How far after the sentence that signs an arrangement its restatement by subject may stand.
_RESTATED_REACH = 300
_CLAUSE_MARK = re.compile(r"[.!?;]\s|\n\s*\n")


@lru_cache(maxsize=4)
def _introduced_pattern(words: tuple[str, ...], modifiers: tuple[str, ...]) -> re.Pattern[str]:
    """An arrangement introduced by its kind after the indefinite article ("een
    administratieve afspraak", "een gezamenlijke intentieverklaring")."""
    mods = "|".join(re.escape(m) for m in modifiers)
    kinds = "|".join(r"\s+".join(map(re.escape, w.split())) for w in words)
    return re.compile(
        rf"(?<![\w-])een\s+(?P<type>(?:(?:{mods})\s+){{0,2}}(?:{kinds}))(?![\w-])",
        re.IGNORECASE,
    )


@lru_cache(maxsize=64)
def _restatement(head: str) -> re.Pattern[str]:
    """The definite restatement by the kind's head noun that opens a sentence: "De afspraak
    over ...", "Het akkoord inzake ..."."""
    return re.compile(rf"(?:^|[.!?]\s+|\n\s*)(?:De|Het)\s+(?P<noun>{re.escape(head)})(?=\s)")


def _clause_around(text: str, begin: int, end: int) -> tuple[int, int]:
    """The sentence around ``text[begin:end]``: from after the last full stop before it to
    the next one after it."""
    start = 0
    for mark in _CLAUSE_MARK.finditer(text, max(0, begin - 300), begin):
        start = mark.end()
    after = _CLAUSE_MARK.search(text, end)
    return start, after.start() + 1 if after else len(text)


def _signed_in(sentence: str, verbs: tuple[str, ...]) -> bool:
    """Whether ``sentence`` tells a signing done: a signing verb in the past ("ondertekend",
    "tekenden", "gesloten"), no infinitive nor noun, and no modal verb."""
    if _MODAL.search(sentence):
        return False
    return any(
        re.search(rf"(?<![\w-]){re.escape(v)}(?![\w-])", sentence, re.IGNORECASE)
        for v in verbs
        if " " not in v and (v.endswith(("d", "de", "den")) or "slo" in v)
    )


def _capitalise(words: str) -> str:
    return words[:1].upper() + words[1:]


_LINK = re.compile(r"[ \t\n]+(?:en|of)[ \t\n]+")
_ARTICLES = frozenset({"de", "het", "een"})
_NAME = r"[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,2}"
_PARTY_PAIR = re.compile(
    rf"[ \t]+(?P<first>{_NAME})[ \t]+[–-][ \t]+(?P<second>{_NAME})"
    rf"(?:[ \t]+(?P<period>(?:19|20)\d{{2}}[ \t]*[-–][ \t]*(?:19|20)\d{{2}})"
    rf"|[ \t]+van[ \t]+(?P<date>\d{{1,2}}[ \t]+[a-z]+[ \t]+(?:19|20)\d{{2}}))?(?![\w-])"
)
# The label of a field that opens the line after a heading ("Status: lopend", "Datum: 3 mei
# 2024", "Stand van zaken: ..."), which the clean text may join to the heading: a
# capitalised word and at most two lower-case ones before a colon and a space. A name never
# runs into it.
_FIELD_LABEL = re.compile(r"\s+[A-Z][a-zà-ÿ]+(?:[ \t]+[a-zà-ÿ]+){0,2}[ \t]*:(?=\s)")
# A footnote marker, with the punctuation before it: a name ends there.
_FOOTNOTE_MARK = re.compile(r"[.,;:]?[⁰¹²³⁴⁵⁶⁷⁸⁹]")
# "wijziging van beschikking M(2017)12": the number of the instrument a subject ends with.
_NUMBER_AFTER = re.compile(
    r"[ \t\n]+M[ \t\n]*\([ \t\n]*(?:19|20)\d{2}[ \t\n]*\)[ \t\n]*\d{1,3}(?![\d/])"
)
_TITLE_WORDS = 45
_REFERENCE_AFTER = re.compile(r",[ \t\n]+(?-i:[A-Z])[\w-]+[ \t\n]+(?:nr\.?[ \t]*)?\d")
# The title is the subject of its own signing: "Het Benelux-Verdrag ter verbetering en
# versterking van ... arbeidsvoorwaarden werd op 14 november 2023 te Den Haag ondertekend".
_SIGNED_AFTER = re.compile(
    r"\s+(?:werd|werden|is|zijn|wordt|worden)\s+(?:[^.;:]{0,60}?\s)?"
    r"(?:ondertekend|getekend|gesloten|aangenomen|vastgesteld|geratificeerd|bekrachtigd)(?!\w)"
)
_TITLE_CLOSED = re.compile(r"\s*(?:\(|[.;:](?:\s|$)|,\s*M\s?\(|$)")
_SIGNED_AFTER_COMMA = re.compile(
    r",\s+(?:ondertekend|getekend|gesloten|gedaan|aangenomen|vastgesteld)\s+(?:te|op|in|door)\s"
)
# "... over de digitale Benelux in 2015": the year says when, it is not part of the subject.
_IN_YEAR = re.compile(r"\s+in\s+(?:(?:\d{1,2}\s+)?[a-z]+\s+)?(?:19|20)\d{2}$")
_ENGLISH_SUBJECT = re.compile(r"[ \t]+(?:on|concerning|regarding)[ \t]+")
# "... uit 2015", and a year in brackets closing the reference: "... in de havens (2024)."
_YEAR_AFTER = re.compile(
    r"\s+uit\s+((?:19|20)\d{2})(?![\w-])|[ \t]*\(((?:19|20)\d{2})\)(?=\s*[.;,]|\s*$)"
)
_DATE_AT_END = re.compile(rf"\b(?:van|uit)\s+({DATE.pattern})$", re.IGNORECASE)


# The date closing a title, not part of it: "..., van 18 mei 2018", "..., ondertekend te Den
# Haag op 20 februari 2014", "... van 20 januari 2015".
_SIGNED = (
    r"(?:ondertekend|getekend|gedaan|aangenomen|vastgesteld|gesloten|signed|adopted|signée?s?"
    r"|adoptée?s?|faite?s?)"
)
_PLACE = r"(?:[ \t\n]+(?:te|in|at)[ \t\n]+[A-Z][\w'-]*(?:[ \t\n]+[A-Z][\w'-]*)?)?"
_TRAILING_DATE = re.compile(
    rf"[ \t\n]*,?[ \t\n]+(?:{_SIGNED}{_PLACE}[ \t\n]+(?:op|van|in|on|le)|van|of|du|d\.d\.)[ \t\n]+"
    rf"((?:{DATE.pattern}))[ \t\n]*[,:]?[ \t\n]*$",
    re.IGNORECASE,
)


def without_date(text: str, begin: int, end: int) -> tuple[int, str]:
    """A title's end without the date that closes it, and that date ("" if none)."""
    found = _TRAILING_DATE.search(text, begin, end)
    if found is None or found.start() <= begin:
        return end, ""
    return found.start(), first_date(found.group(1))


def _without_year(text: str, start: int, end: int) -> int:
    """The subject's end without a closing "in 2015" (a date the sentence may give, left
    to the relations, which know whether it is the date of signing)."""
    found = _IN_YEAR.search(text, start, end)
    return end if found is None or found.start() <= start else found.start()


def _abbreviates(acronym: str, name: str) -> bool:
    """ "BVIE" abbreviates the whole "Benelux-verdrag inzake de intellectuele eigendom" (its
    letters are initials of its words, from the first), "ANPR" only the end of "... inzake
    ... automatic number plate recognition", which stays part of the name."""
    initials = [w[0].lower() for w in re.split(r"[\s-]+", name) if w[:1].isalpha()]
    letters = [c.lower() for c in acronym if c.isalpha()]
    if not initials or not letters or letters[0] != initials[0]:
        return False
    rest = iter(initials[1:])
    return all(any(c == i for i in rest) for c in letters[1:])


def _year_after(text: str, end: int) -> str:
    """ "de aanbeveling over afvalmanagement van bouw- en sloopafval uit 2015": the year
    after the name."""
    found = _YEAR_AFTER.match(text, end)
    return (found.group(1) or found.group(2)) if found else ""


def _trailing_date(subject: str) -> str:
    """ "rond gasopslag van 30 maart 2022": the date that closes a name."""
    found = _DATE_AT_END.search(subject)
    return first_date(found.group(1)) if found else ""


_AGENT_DATED = re.compile(
    r"\s+van\s+(?:de|het)\s+(?:[\w-]+\s+){0,5}?[\w-]+\s+van\s+(?=\d{1,2}\s+[a-z]+\s+(?:19|20)\d{2})"
)
_AGENT = re.compile(
    r"\s+van\s+(?:de|het)(?:\s+[\w-]+){1,6}?(?=\s+(?:inzake|betreffende|over|omtrent)\s)"
)
_MONTHS = {
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
}


# Adjuncts that end a subject wherever they stand (see NamedInstrumentFinder._subject_tidied):
# a day after "op" ("... op 7 december 2030"), a date after "d.d." ("... d.d. 7 december
# 2030", "dd. 30.06.2021"), a count of votes ("... met 35 stemmen voor"), a spaced dash opening
# an aside ("... – een belangrijke stap –").
_ADJUNCT = re.compile(
    rf"[ \t\n]+op[ \t\n]+\d{{1,2}}[ \t\n]+(?i:{'|'.join(sorted(_MONTHS))})(?![\w-])"
    r"|[ \t\n]*,?[ \t\n]+(?i:d\.[ \t]?d|dd)(?![\w-])"
    r"|[ \t\n]+met[ \t\n]+\d+[ \t\n]+stem(?:men)?(?![\w-])"
    r"|[ \t\n]+[–—-](?=[ \t\n])"
)
_DD_DATE = re.compile(rf"[ \t\n]*,?[ \t\n]+(?i:d\.[ \t]?d\.?|dd\.)[ \t\n]*({DATE.pattern})")


def _adopted_on(cls: str, dated: re.Match[str]) -> bool:
    """Whether the date closing a subject (``_DATE_AT_END``) says when an instrument of
    ``cls`` was adopted, not part of its name: any date of a decision, a day of a
    recommendation."""
    if cls in _DATE_APART:
        return True
    return cls in _DAY_APART and re.match(r"\d{1,2}\s", dated.group(1)) is not None


def _dated_after(text: str, end: int) -> str:
    """ "... over grensoverschrijdende zorg d.d. 7 december 2030": the date after "d.d."."""
    found = _DD_DATE.match(text, end)
    return first_date(found.group(1)) if found else ""


# An item ends at ";", ".", the next bullet, or the dotted leaders of an index entry.
_ITEM_END = re.compile(r"[ \t]*(?:[.…][ \t]*){3,}|;|\.(?:\s|$)|\n\s*•|•")
_ITEM_LENGTH = 400
_ITEM_NUMBER = re.compile(r"[ \t]*[,(]?[ \t]*M[ \t]*\([ \t]*(?:19|20)\d{2}")


def _list_item_end(text: str, begin: int) -> int | None:
    """Where the list item that starts at ``begin`` ends (before its ";" or "."), or None
    when ``begin`` does not start a list item."""
    if not re.search(r"•\s*$", text[max(0, begin - 4) : begin]):
        return None
    end = _ITEM_END.search(text, begin, begin + _ITEM_LENGTH)
    if end is None:
        return None
    # "• Aanbeveling ... betreffende de fiscale fraude, M(2019)7.": the number is no part of
    # the name (instruments.find_titles makes the name the number's title).
    number = _ITEM_NUMBER.search(text, begin, end.start())
    return number.start() if number else end.start()


def _plural(word: str, types: dict[str, str]) -> bool:
    return any(word != t and word.startswith(t) and word.endswith("en") for t in types)


def _singular(word: str, types: dict[str, str]) -> str:
    return next((t for t in types if word.startswith(t) and word != t), word)


# A demonstrative points back at an instrument named before: "deze beschikking over ...".
_DEMONSTRATIVE_BEFORE = re.compile(r"(?<!\w)(?:[Dd]eze|[Dd]it)\s+$")


_NOUN_BEFORE = ("de", "het", "een", "van", "voor", "over")


def _used_as_noun(text: str, noun: str) -> bool:
    """Whether ``text`` has lower-case ``noun`` after an article or a preposition, in any
    case ("de opleidingseisen", "Van Opleidingseisen")."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a character whose lower case is longer ("İ")
        pattern = rf"\b(?:{'|'.join(_NOUN_BEFORE)})\s+{re.escape(noun)}\b"
        return re.search(pattern, text, re.IGNORECASE) is not None
    return follows(lowered, noun, _NOUN_BEFORE)


def _determined(text: str, position: int) -> bool:
    before = text[max(0, position - 7) : position].lower()
    # A possessive points at one instrument as an article does: "in zijn aanbeveling over ...".
    if re.search(r"(?<!\w)(?:de|het|een|deze|dit|die|zijn|haar|hun)\s+$", before) is not None:
        return True
    # "het in 2024 gesloten akkoord over ...", "de op 3 mei 2024 ondertekende overeenkomst
    # inzake ...": the article, then a participle of signing and when or where.
    return _SIGNED_PARTICIPLE_BEFORE.search(text, max(0, position - 60), position) is not None


_SIGNED_PARTICIPLE_BEFORE = re.compile(
    r"(?<![\w-])(?i:de|het|een)[ \t\n]+(?:(?:in|op|te)[ \t\n]+(?:[\w-]+[ \t\n]+){0,2}?"
    r"[\w-]+[ \t\n]+)?(?:ondertekende|getekende|gesloten|afgesloten|vernieuwde|verlengde"
    r"|herziene)[ \t\n]+$"
)


# Capitalised words of a title after its type word, then a lower-case word on the same line:
# "Grensoverschrijdende Planning ondertekend" (never a name in capitals, an acronym, a number).
_TITLE_WORDS_AFTER = re.compile(
    r"[ \t]+((?:[A-Z][a-zà-ÿ][\w-]*)(?:[ \t]+[A-Z][a-zà-ÿ][\w-]*){0,4})(?=[ \t]+[a-z])"
)


def _capitalised_before(text: str, position: int) -> bool:
    return bool(re.search(r"[A-Z][\w-]+ $", text[max(0, position - 30) : position]))


# What may stand before the first word of a line: indentation and a list mark ("-", "8.").
_LINE_OPENING = re.compile(r"(?:^|\n)[ \t]*(?:(?:[-–•*]|\d{1,2}[.)])[ \t]+)?$")


def _sentence_start(text: str, position: int) -> bool:
    before = text[max(0, position - 3) : position]
    if position == 0 or re.search(r"(?:[.!?:;•]\s*|\n)$", before):
        return True
    # "     -            Samenwerkingsprotocol tussen ...": an item of an indented list.
    return _LINE_OPENING.search(text, max(0, position - 40), position) is not None
