"""The relation finder: its patterns built from the tables, and ``find``, which reads a
document sentence by sentence and dispatches to the readers of each predicate
(instruments.py, participation.py, members.py, parents.py, cooperation.py)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import replace

from ...namespaces import ID
from ..candidates import Candidate
from ..dating import RelativeDate, relative_dates
from ..regex import Opened, may_start
from ..sentences import Sentences
from .clauses import ClauseView, clause_views, coordinated_clauses, opened_as_sentence
from .common import (
    _FOLLOWING,
    _THEREIN,
    DATE_DOCUMENT,
    INSTRUMENTS,
    NOT_STATED,
    PARTNERS,
    PLACE,
    PLACES,
    SUB_ORGANIZATION,
    Relation,
    RelationTables,
)
from .cooperation import CooperationRelations
from .focus import _region_anaphor_search, _sole_subject
from .instruments import (
    InstrumentRelations,
    _entry_label_date,
    _is_draft,
    _meeting_of,
    _most_precise,
    noted_dates,
    stated_parties,
)
from .members import (
    _accession,
    _chaired_by,
    _co_organisers,
    _counted_back,
    _counted_referents,
    _doing_the_same,
    _following_group,
    _gathered_by_subject,
    _joined_forces_in,
    _members_counted_before,
    _members_of_topic,
    _ordinal_members,
    _represented_at_meeting,
    _seated_in_previous,
    _spoken_on_behalf,
    _taking_part_in_kind,
    _taking_part_there,
)
from .parents import (
    ParentRelations,
    _groups_below,
    _groups_listed_within,
    _under_group_of_kind,
    _under_which_it_falls,
)
from .participation import ParticipationRelations, _verb_search
from .representation import Representatives

# "... in Luxemburg", "... op 14 juni 2024 in Luxemburg", "... vond plaats in Brussel".
_HELD_IN = re.compile(
    r"\s+(?:in\s+\d{4}\s+)?(?:(?:vond|vindt)\s+(?:[a-z]+\s+){0,2}?plaats\s+)?"
    r"(?:op\s+\d{1,2}(?:\s+en\s+\d{1,2})?\s+[a-z]+(?:\s+\d{4})?\s+)?(?:in|te)\s+(?:het\s+|de\s+)?"
)


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


def _present_blocks(text: str, mentions: Sequence[Candidate]) -> list[tuple[int, int]]:
    """Where the lists of those present in minutes stand ("Aanwezig: ..."), which the
    attendance reader reads: from the label to the last of its parts."""
    from ..attendance import present_blocks  # attendance imports the relations package

    return present_blocks(text, mentions)


def _inside(position: int, blocks: Sequence[tuple[int, int]]) -> bool:
    return any(b <= position < e for b, e in blocks)


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


def _not_stated(text: str, span: tuple[int, int]) -> bool:
    """Whether the clause ``span`` denies, only hopes or advises (``NOT_STATED``)."""
    return any(p.search(text, span[0], span[1]) for p in NOT_STATED)


# The one name the plural stands as while its sentence is read again.
_COUNTED_IRI = ID + "counted/bodies"


class RelationFinder(
    InstrumentRelations, ParticipationRelations, ParentRelations, CooperationRelations
):
    def __init__(self, tables: RelationTables):
        self.t = tables
        self._marked = ""
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
        self._cooperates = _any_phrase(tables.cooperation, words=10)
        inside = "|".join(re.escape(v) for v in tables.inside) or "werken"
        # "In deze werkgroep werken X, Y en Z": the group the demonstrative names; "In de
        # werkgroep zitten X en Y": the last group of that kind; "In het Benelux-platform
        # Starters werken X, Y en Z samen": the group by its name.
        self._inside_words = tuple(tables.inside) or ("werken",)  # one in every match
        self._inside = re.compile(
            rf"(?<!\w)(?:[Ii]n|[Bb]innen)\s+(?:deze|dit|de|het)\s+[\w-]+(?:\s+[A-Z][\w-]*){{0,4}}"
            rf"\s+(?:{inside})(?!\w)"
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
            r",?\s+(?:waarin|waarbinnen|waaraan|waarvan|waarbij|waartoe)\s+[^.;:]{0,160}?"
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
        # Taking part declined or only hoped for (patterns.toml [participation] declining,
        # declined_after): "X weigert deel te nemen", "... om deel te nemen afgeslagen".
        self._declining = _any_word(tables.declining) if tables.declining else None
        self._declined_after = _any_word(tables.declined_after) if tables.declined_after else None
        # A conjunction joining two clauses (patterns.toml [clauses]), not two that hang on
        # the verb before it ("vraagt of X deelneemt en of Y ..."): clauses.py.
        conjunctions = "|".join(re.escape(w) for w in tables.conjunctions) or "en"
        subordinate = "|".join(re.escape(w) for w in tables.subordinators) or "of|dat"
        self._conjunction = re.compile(
            rf"\s*,?\s+(?:{conjunctions})\s+(?!(?:ook\s+)?(?:{subordinate})\s)"
        )
        # A clause only showing an interest in taking part ("toonde interesse in Y").
        self._hoping = _any_word(tables.hoping) if tables.hoping else None
        # A relative clause or an aside right after a name, set between a subject and its
        # verb ("X, die het Comité in 2021 instelde, valt onder Y", "X, een initiatief van Y,
        # valt onder Z"): its comma and opening word (clauses.py).
        openings = (*tables.relative_pronouns, *tables.aside_openings) or ("die", "dat")
        self._relative_opening = re.compile(
            rf"(?:\s*\([^()]{{1,60}}\))?\s*,\s+(?:{'|'.join(re.escape(w) for w in openings)})\s"
        )

    def find(
        self,
        text: str,
        sentences: Sentences,
        mentions: Sequence[Candidate],
        numbered: set[str],
        today: str = "",
        marked: str = "",
    ) -> Iterator[Relation]:
        """The relations of a document; ``today`` is its date (the manifest's), against
        which "vandaag" and "4 december jl." are read. ``marked``: the text with the footnote
        marks glued to names, which ``text`` has blanked."""
        self._marked = marked
        relative = relative_dates(text, today)
        # "mijn ministerie" read as the ministry of the letterhead, for the relations only.
        own = list(_own_ministry(text, mentions))
        if own:
            mentions = sorted([*mentions, *own], key=lambda m: m.begin)
        by_sentence: dict[int, list[Candidate]] = {}
        for m in mentions:
            by_sentence.setdefault(sentences.index(m.begin), []).append(m)
        present = _present_blocks(text, mentions)
        dates: list[Relation] = []  # eli:date_document, given once all are known
        # The one group the sentence before gave members to: "Aan de werkgroep nemen X en Y
        # deel. Frankrijk neemt als waarnemer deel." speaks of that group again.
        previous: Candidate | None = None
        parented: set[str] = set()  # groups whose parent a sentence names
        last_taking_part: list[Relation] = []  # the participants the sentence before gave
        # Who stands for whom: people and collective roles tied to places as the text goes.
        represented = Representatives(text, mentions)
        for i, (b, e) in enumerate(sentences.spans):
            here = by_sentence.get(i, [])
            # "De verklaring werd op ... ondertekend": a sentence that may name nothing else.
            dates.extend(self._anaphor_dates(text, here, (b, e), mentions))
            if not here:
                dates.extend(_entry_label_date(text, sentences.spans, by_sentence, i))
            listed_span, listed_here = _with_items(text, sentences.spans, by_sentence, i)
            if present:
                # The list of those present in minutes is the attendance reader's, by its
                # conventions ("Rijkswaterstaat (Nederland)": the body, not its country).
                listed_here = [m for m in listed_here if not _inside(m.begin, present)]
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
            if not ordinal and listed_span == span:
                # A sentence of clauses that each take part: each clause's own members.
                taking_part = self._taking_part_by_clause(
                    text, here, span, mentions, previous, taking_part
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
            yield from stated_parties(text, here, span, mentions)
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
            for parent in (
                *_groups_listed_within(text, here, sentences.spans, i, mentions),
                *_under_which_it_falls(text, here, sentences.spans, i, mentions),
            ):
                parented.add(parent.subject)
                yield parent
            yield from _following_group(text, here, sentences.spans, i, mentions)
            yield from represented.read(here, sentences.spans, i)
            # The clauses the readers above left unread, each read as a sentence of its own;
            # what a clause refers back to is named in its sentence ("...; ook X neemt eraan
            # deel"): a referent before it is the sentence's readers' to find.
            named = {m.iri for m in here}
            for view in clause_views(text, span, here, mentions, self._relative_opening):
                if _not_stated(view.text, view.span):
                    continue  # a clause that denies, or only hopes: the sentence's readers'
                # What stands before the clause is the sentence before it ("...; het valt").
                ahead = (b, view.span[0]) if view.span[0] > b else before
                for r in self._clause_relations(view, sentences, i, ahead, relative):
                    if r.subject not in named:
                        continue
                    if r.predicate == DATE_DOCUMENT:
                        dates.append(replace(r, evidence=span))
                        continue
                    if r.object not in named:
                        continue
                    if r.predicate == SUB_ORGANIZATION:
                        parented.add(r.subject)
                    yield replace(r, evidence=span)
        yield from _groups_below(text, sentences, by_sentence, mentions, parented)
        if marked:
            dated = {r.subject for r in dates}
            dates.extend(noted_dates(marked, sentences.spans, mentions, dated, self._adopted))
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

    def _taking_part_by_clause(
        self,
        text: str,
        here: list[Candidate],
        span: tuple[int, int],
        mentions: Sequence[Candidate],
        previous: Candidate | None,
        whole: list[Relation],
    ) -> list[Relation]:
        """The members the sentence gives (``whole``), read again clause by clause where
        clauses each with a verb of taking part are joined (clauses.py). A clause adds the
        members its verb gives between names of the sentence; a member the sentence gives
        to a group of another clause is left out where each clause gives its own name a
        relation of its own ("Aan X nemen België en Nederland deel, terwijl Luxemburg lid is
        van Y": not België in Y). A clause without a subject of its own ("..., en sluit aan
        bij Z") or a referent named before the sentence keeps what the sentence gives."""
        clauses = coordinated_clauses(
            text, span, self._conjunction, lambda clause: self._has_taking_part(text, clause)
        )
        if not clauses:
            return whole
        read: list[Relation] = []
        for k, (begin, end) in enumerate(clauses):
            inside = [m for m in here if begin <= m.begin < end]
            opened = opened_as_sentence(text, begin) if k else text
            found = self._participants(
                opened, inside, (begin, end), mentions, None if k else previous
            )
            read += [replace(r, evidence=span) for r in found]

        def clause_of(iri: str) -> int | None:
            """The one clause that names ``iri``, if one does."""
            at = {
                k
                for k, (b, e) in enumerate(clauses)
                for m in here
                if m.iri == iri and b <= m.begin < e
            }
            return at.pop() if len(at) == 1 else None

        given = {(r.subject, r.object) for r in read}
        # Who each clause gives a relation to, and which groups it gives members; a clause
        # that denies ("het neemt niet deel aan Y") gives its group none.
        members = {(clause_of(r.object), r.object) for r in read}
        groups = {(clause_of(r.subject), r.subject) for r in read}
        denied = {
            k
            for k, clause in enumerate(clauses)
            if _not_stated(text, clause) or self._only_hoping(text, clause)
        }

        def crossed(r: Relation) -> bool:
            group, member = clause_of(r.subject), clause_of(r.object)
            if group is None or member is None or group == member:
                return False
            return group in denied or (
                (member, r.object) in members and (group, r.subject) in groups
            )

        stated = {(r.subject, r.object) for r in whole}
        named = {m.iri for m in here}
        kept = [r for r in whole if (r.subject, r.object) in given or not crossed(r)]
        return kept + [
            r
            for r in read
            if (r.subject, r.object) not in stated and r.subject in named and r.object in named
        ]

    def _only_hoping(self, text: str, clause: tuple[int, int]) -> bool:
        """Whether ``clause`` only shows an interest, or declines ("weigert")."""
        return any(
            words is not None and words.search(text, clause[0], clause[1]) is not None
            for words in (self._hoping, self._declining)
        )

    def _has_taking_part(self, text: str, clause: tuple[int, int]) -> bool:
        """Whether ``clause`` holds a verb of taking part, or only an interest in it."""
        if _verb_search(self._takes_part, text, clause) is not None:
            return True
        if self._hoping is not None and self._hoping.search(text, clause[0], clause[1]):
            return True
        split = self._separable
        return split is not None and _verb_search(split, text, clause) is not None

    def _clause_relations(
        self,
        view: ClauseView,
        sentences: Sentences,
        i: int,
        before: tuple[int, int] | None,
        relative: Sequence[RelativeDate],
    ) -> Iterator[Relation]:
        """What one clause of a sentence says of taking part, amendments, parents and
        cooperation, read as the readers read a sentence (clauses.py)."""
        text, here, span, mentions = view.text, view.here, view.span, view.mentions
        yield from self._participants(text, here, span, mentions)
        yield from self._amends(text, here, span, mentions)
        yield from self._parents(text, here, span, mentions, before)
        yield from self._cooperation(text, here, span, sentences, i, mentions)
        yield from self._dates(text, here, span, relative)

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
