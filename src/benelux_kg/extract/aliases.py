"""Second mentions: abbreviations, short forms and anaphors of entities already found.

- An abbreviation defined in parentheses after a name ("North Seas Energy Cooperation
  (NSEC)") names that entity wherever it occurs in the document.
- A Benelux compound has a short form: "het Politieverdrag" is the Benelux-Politieverdrag.
- A short name a legal text introduces after a full one ("het Verdrag van Brussel van 24 juni
  2004, hierna ook: het Benelux-Verkeersverdrag", "(hierna: het BVIE)", "hierna te noemen:
  ...") names the same entity, there and wherever the document uses it again.
- An anaphor, a capitalised head noun after a determiner ("het College", "de Commissie",
  "uw Kamer"), refers to the one entity of the document whose name ends in that noun; when
  two entities qualify it is ambiguous and left alone.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Sequence
from functools import lru_cache

from .candidates import ANCHORED, Candidate
from .model import INSTRUMENT_TYPES

_NUMBERED = re.compile(r"^M\(\d{4}\)\d+$")
_ABBREVIATION = re.compile(r"\s*\(([A-Z][A-Za-z0-9!&/-]{1,11})\)")


def abbreviations(text: str, found: Sequence[Candidate]) -> Iterator[Candidate]:
    defined: dict[str, Candidate] = {}
    for cand in found:
        if cand.cls == "Person":
            continue  # "Gusty Graas (DP)": a person's brackets hold a party, not a short name
        match = _ABBREVIATION.match(text, cand.end)
        if match is None:
            continue
        short = match.group(1)
        if sum(1 for c in short if c.isupper()) < 2 or short in defined:
            continue
        defined[short] = cand
    if not defined:
        return
    shorts = "|".join(re.escape(s) for s in sorted(defined, key=len, reverse=True))
    for match in re.finditer(rf"(?<![\w-])(?:{shorts})(?![\w-])", text):
        yield copy_at(defined[match.group()], match.start(), match.end())


def shortened(text: str, found: Sequence[Candidate]) -> list[Candidate]:
    """Names of one thing that the finders minted as several, joined within the document:

    - a name that ends another of the same class ("Corona Taskforce", "Cross-border Corona
      Taskforce"; for people the surname: "Mein", "Georg Mein");
    - a name that is the same thing without its date ("Benelux-Top", "Benelux Top van 7
      oktober 2020");
    - a name that is the printed title of a numbered instrument ("Benelux-Beschikking
      inzake eHealth", whose number M(2020)5 the document gives elsewhere);
    - a name in parentheses right after another of the same class ("Europese Verklaring
      van 3 juni 2022 (European Cycling Declaration)").
    """
    full: dict[str, list[Candidate]] = {}
    titles: dict[str, Candidate] = {}
    for cand in found:
        if cand.label and cand.priority >= 0:
            full.setdefault(cand.cls, []).append(cand)
        if cand.title:
            titles.setdefault(_key(cand.title), cand)
    after: dict[int, Candidate] = {}
    for cand in found:
        close = re.match(r"\s*\(", text[cand.end : cand.end + 3])
        if close:
            after[cand.end + close.end()] = cand
    targets: dict[int, Candidate] = {}
    noted = {**_translated(text, found), **_footnoted(text, found), **_acronym_named(text, found)}
    defined, minted = _hereafter(text, found)
    for i, cand in enumerate(found):
        target = (
            defined.get(i)
            or _longer(cand, full.get(cand.cls, []))
            or _same_subject(cand, full.get(cand.cls, []))
            or _one_word_subject(cand, full.get(cand.cls, []))
            or _same_date(cand, full.get(cand.cls, []))
            or _under_heading(text, cand, full.get(cand.cls, []))
            or noted.get(i)
        )
        if target is None and not cand.title and _key(cand.label) in titles:
            target = titles[_key(cand.label)]
        previous = after.get(cand.begin)
        enclosed = text[cand.end : cand.end + 1] == ")"
        if target is None and previous is not None and previous.cls == cand.cls and enclosed:
            target = previous if previous.iri != cand.iri else None
        if target is not None and target.iri != cand.iri:
            targets[i] = target
    # Follow chains: a spelling of a short form of a full name is the full name.
    by_iri = {c.iri: targets[i] for i, c in enumerate(found) if i in targets}
    out = []
    for i, cand in enumerate(found):
        target = targets.get(i)
        seen = {cand.iri}
        while target is not None and target.iri in by_iri and target.iri not in seen:
            seen.add(target.iri)
            target = by_iri[target.iri]
        final = target or cand
        if (ANCHORED, "1") in final.attributes:
            continue  # a bare name the document never gives in full
        out.append(final if target is None else copy_at(target, cand.begin, cand.end))
    return [*out, *minted]


# "..., hierna ook: het X", "(hierna: X)", "hierna te noemen: X", "(hierna 'X')": a legal
# text introducing the short name it will use. Between the full name and it, at most the
# date or place of signing: "het Verdrag van Brussel van 24 juni 2004, hierna ook: ...".
_HEREAFTER = re.compile(
    r"(?:\s+van\s+\d{1,2}\s+[a-z]+\s+\d{4})?"
    r"(?:,?\s+(?:op\s+\d{1,2}\s+[a-z]+\s+\d{4}\s+)?(?:te\s+[A-Z][\w-]+\s+)?"
    r"(?:ondertekend|gesloten|vastgesteld|aangenomen))?"
    r"\s*(?:,|\()\s*hierna(?:\s+ook)?(?:\s+te\s+noemen|\s+genoemd)?\s*:?\s*"
    r"[\"'‘“„]?(?:de\s+|het\s+)?"
)
# Who a legal text gives no short name of its own: a person, a country or region.
_NOT_NAMED_SHORT = {"Person", "Country", "MemberState", "NeighbouringRegion"}
_LISTED_BEFORE = re.compile(r"(?:\s*,\s*|\s+en\s+)(?:de\s+|het\s+)?$")
# A short name the finders did not find: capitalised words, or an acronym, closed by a
# bracket, a quote, a comma or a full stop.
_SHORT_NAME = re.compile(r"([A-Z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3}?)[\"'’”]?\s*[),.;]")


def _hereafter(
    text: str, found: Sequence[Candidate]
) -> tuple[dict[int, Candidate], list[Candidate]]:
    """The short names introduced with "hierna": which candidates become which entity (the
    full name the short one's, both found), and the mentions of a short name the finders did
    not find (the full name's)."""
    targets: dict[int, Candidate] = {}
    minted: list[Candidate] = []
    starts = {c.begin: i for i, c in enumerate(found)}
    ends = {c.end for c in found}
    for cand in found:
        if cand.cls in _NOT_NAMED_SHORT or "hierna" not in text[cand.end : cand.end + 90]:
            continue
        listed = _LISTED_BEFORE.search(text, max(0, cand.begin - 8), cand.begin)
        if listed is not None and listed.start() in ends:
            continue  # "België, Nederland en Luxemburg (hierna: Benelux)": the list's name
        opening = _HEREAFTER.match(text, cand.end)
        if opening is None:
            continue
        short = starts.get(opening.end())
        if short is not None and found[short].cls == cand.cls:
            # The name the document goes on to use is the one it is known by, unless the
            # full name is the one the reference data knows.
            keep, drop = found[short], cand
            if keep.label and not drop.label:
                keep, drop = drop, keep
            targets.update((i, keep) for i, c in enumerate(found) if c.iri == drop.iri)
        elif short is None:
            name = _SHORT_NAME.match(text, opening.end())
            if name is not None:
                minted.extend(_uses(text, cand, name.group(1), found))
    return targets, minted


def _uses(
    text: str, full: Candidate, short: str, found: Sequence[Candidate]
) -> Iterator[Candidate]:
    """Every use of ``short`` that no candidate covers, as a mention of ``full``."""
    for match in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])", text):
        if not any(c.begin < match.end() and match.start() < c.end for c in found):
            yield copy_at(full, match.start(), match.end())


_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
# A footnote marker right after a name: "... op het eigen grondgebied.⁴".
_MARK = re.compile(r"[.,;:]?([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})")
# A footnote line opening with its marker: "⁴ Intentieverklaring inzake ...", "4 Verdrag ...".
# The clean text may have joined the footnote lines: "... geratificeerd. ⁴ Intentieverklaring".
_NOTE_OPEN = re.compile(
    r"(?:(?:^|\n|[.!?;)][ \t]+)[ \t]*([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})|(?:^|\n)[ \t]*(\d{1,2}))[ \t]+$"
)


def _footnoted(text: str, found: Sequence[Candidate]) -> dict[int, Candidate]:
    """An instrument named in running text with a footnote marker, whose footnote opens with
    the instrument's title, is the instrument of that title: "Frankrijk sloot een
    intentieverklaring met de Benelux-landen over ...⁴" with "⁴ Intentieverklaring inzake de
    digitale vrachtbrief, ondertekend op ..."."""
    notes: dict[str, Candidate] = {}
    for cand in found:
        if cand.cls not in INSTRUMENT_TYPES:
            continue
        opening = _NOTE_OPEN.search(text, max(0, cand.begin - 8), cand.begin)
        if opening is not None:
            marker = opening.group(1) or opening.group(2)
            notes.setdefault(marker.translate(_SUPERSCRIPTS), cand)
    out: dict[int, Candidate] = {}
    for i, cand in enumerate(found):
        mark = _MARK.match(text, cand.end) if cand.cls in INSTRUMENT_TYPES else None
        if mark is None:
            continue
        note = notes.get(mark.group(1).translate(_SUPERSCRIPTS))
        if note is not None and note.cls == cand.cls and note.begin > cand.end:
            out[i] = note
    return out


# Dotted leaders of an index entry, and the start of the next entry ("4.", "•").
_LEADERS = re.compile(r"(?:[.…][ \t]*){4,}")
_ENTRY_START = re.compile(r"\n[ \t]*(?:\d{1,3}\.|[A-Z]\.|•)[ \t]")
_TRANSLATION_REACH = 300


def _translated(text: str, found: Sequence[Candidate]) -> dict[int, Candidate]:
    """The other-language title that an index of the bilingual official journal gives in
    parentheses after an entry: "Décision ... M (2023) 6 relative à ..., du 20 septembre 2023
    ...... p. 17 (Nederlandse tekst: Beschikking inzake ...)" is the numbered instrument."""
    numbered = [c for c in found if c.cls in INSTRUMENT_TYPES and _NUMBERED.match(c.label)]
    out: dict[int, Candidate] = {}
    for i, cand in enumerate(found):
        if cand.cls not in INSTRUMENT_TYPES or _NUMBERED.match(cand.label):
            continue
        before = [n for n in numbered if n.end <= cand.begin and n.cls == cand.cls]
        if not before:
            continue
        entry = max(before, key=lambda n: n.end)
        between = text[entry.end : cand.begin]
        opened = between.rfind("(")
        if (
            len(between) <= _TRANSLATION_REACH
            and _LEADERS.search(between)
            and opened > 0
            and ")" not in between[opened:]
            and not _ENTRY_START.search(between)
        ):
            out[i] = entry
    return out


# "Verordening (EU) 2020/1056 betreffende elektronische informatie over goederenvervoer
# (eFTI)": the acronym closing the subject that follows an act's name, in its sentence.
_SUBJECT_ACRONYM = re.compile(r"[^.;:()]{3,150}?\(([A-Za-z][A-Za-z0-9-]{1,10})\)")


def _acronym_named(text: str, found: Sequence[Candidate]) -> dict[int, Candidate]:
    """An act named by the acronym of its subject and its head word: "de eFTI-verordening"
    is the "Verordening (EU) 2020/1056 betreffende ... (eFTI)" the document named before."""
    defined: dict[str, Candidate] = {}
    for cand in found:
        if cand.cls != "ExternalAct" or not cand.label:
            continue
        acronym = _SUBJECT_ACRONYM.match(text, cand.end)
        inside = acronym and any(
            o is not cand and cand.end < o.begin < acronym.end() for o in found
        )
        if acronym is None or inside or sum(1 for c in acronym.group(1) if c.isupper()) < 2:
            continue
        head = cand.label.split()[0].lower()
        defined.setdefault(f"{acronym.group(1).lower()}-{head}", cand)
    out: dict[int, Candidate] = {}
    for i, cand in enumerate(found):
        target = defined.get(re.sub(r"\s+", "", cand.label.lower())) if cand.label else None
        if cand.cls == "ExternalAct" and target is not None and target.iri != cand.iri:
            out[i] = target
    return out


def _compact(label: str) -> str:
    return re.sub(r"[^\w]+", "", label.lower())


@lru_cache(maxsize=4096)
def _keys(label: str) -> tuple[str, str, str]:
    """(key, stem, compact) of a label, computed once per label."""
    key = _key(label)
    stem = _stem(key)
    return key, stem, _compact(stem)


def _longer(cand: Candidate, same_class: Sequence[Candidate]) -> Candidate | None:
    if not cand.label or _NUMBERED.match(cand.label):
        return None
    short, short_stem, mine = _keys(cand.label)
    # The same name written apart or together: "Tripartiete Maas Overleg", "Maasoverleg".
    spelled = [o for o in same_class if _keys(o.label)[2] == mine]
    first = min(spelled, key=lambda o: o.begin) if spelled else cand
    if first.iri != cand.iri:
        return first
    if len(short) < (2 if cand.cls == "Person" else 8):
        return None
    matches = {}
    for other in same_class:
        longer, longer_stem, _ = _keys(other.label)
        if longer == short:
            continue
        dated = longer_stem.startswith(short_stem) and _DATED_REST.match(
            longer_stem[len(short_stem) :]
        )
        rest = longer[: len(longer) - len(short)]
        amending = _AMENDING.search(rest) or _ATTACHED.search(rest) or _ANOTHER.search(rest)
        if dated or (longer.endswith(" " + short) and not amending):
            # "Protocol tot wijziging van het Benelux-Verdrag ..." is not the Benelux-Verdrag.
            matches[other.iri] = other
    return next(iter(matches.values())) if len(matches) == 1 else None


# A longer name that amends the shorter one names another instrument.
_AMENDING = re.compile(
    r"\b(?:wijziging|aanvulling|modification|amending|modifiant|wijzigt)\b[\w ]*$"
)
# A longer name that renews or follows the shorter one names another instrument: "de
# hernieuwde politieke verklaring Benelux-X" is not the "Politieke Verklaring Benelux-X".
_ANOTHER = re.compile(r"\b(?:hernieuwde|herziene|tweede|derde|vierde|volgende)\b")
# A longer name that ends in the shorter one after a preposition names another thing that
# belongs to it: "Aanvullend Protocol bij het CMR-Verdrag" is not the CMR-Verdrag.
_ATTACHED = re.compile(
    r"\b(?:bij|van|tot|ter|aan|op|voor|met|inzake|betreffende|over|onder)(?:\s+(?:de|het|een))?\s*$"
)
# What a dated name adds to the bare one: "van 7 oktober 2020", "2021-2024", "(2021 2024)".
_DATED_REST = re.compile(r"^\s+(?:van\s+)?(?:\d{1,2}\s+[a-z]+\s+)?\(?\d{4}(?:\s*\d{4})?\)?$")


def _stem(key: str) -> str:
    """Inflection aside: "gemeenschappelijke werkprogramma" = "gemeenschappelijk ..."."""
    return " ".join(w[:-1] if w.endswith("e") and len(w) > 4 else w for w in key.split())


_FUNCTION = {
    "de",
    "het",
    "een",
    "van",
    "voor",
    "over",
    "inzake",
    "betreffende",
    "omtrent",
    "tot",
    "ter",
    "rond",
    "in",
    "op",
    "met",
    "en",
    "benelux",
    "aangaande",
    "bij",
    "uit",
}


# Words that open the subject of a name ("beschikking inzake ..."), and words before the type
# word that do not tell two instruments apart ("de nieuwe beschikking over ...").
_OPENERS = {
    "inzake",
    "betreffende",
    "over",
    "omtrent",
    "rond",
    "tot",
    "ter",
    "aangaande",
    "houdende",
    "on",
    "concerning",
}
_LOOSE = {"benelux", "nieuwe", "nieuw", "huidige", "deze", "die", "dit", "het", "de", "een"}


def _split_label(label: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words of a name before its subject (type word and modifiers: "tweede politieke
    verklaring") and the content words of its subject."""
    words = re.findall(r"[^\W\d_]+", label.lower())
    cut = next((i for i, w in enumerate(words) if w in _OPENERS and i > 0), 1)
    head = frozenset(w for w in words[:cut] if w not in _LOOSE)
    subject = frozenset(w for w in words[cut:] if w not in _FUNCTION and len(w) > 2)
    return head, subject


def _same_subject(cand: Candidate, same_class: Sequence[Candidate]) -> Candidate | None:
    """Two instruments of one type on the same subject are one: "Benelux-aanbeveling over de
    einde-afvalcriteria", "aanbeveling omtrent einde-afvalcriteria"; not when the words before
    the subject tell them apart: "eerste beschikking inzake X", "tweede beschikking inzake X"."""
    if cand.cls not in INSTRUMENT_TYPES or not cand.label or _NUMBERED.match(cand.label):
        return None
    head, mine = _split_label(cand.label)
    if len(mine) < 2:
        return None
    matches = {}
    for other in same_class:
        if other.iri == cand.iri or other.begin >= cand.begin or _NUMBERED.match(other.label):
            continue
        other_head, theirs = _split_label(other.label)
        if mine <= theirs and head <= other_head and not _other_years(cand.label, other.label):
            matches[other.iri] = other
    return next(iter(matches.values())) if len(matches) == 1 else None


def _one_word_subject(cand: Candidate, same_class: Sequence[Candidate]) -> Candidate | None:
    """An instrument named by one word of its subject is the one instrument of its type
    whose full name or title has that word: "de Benelux-beschikking over ambulances" is the
    "Beschikking over de grensoverschrijdende inzet van ambulances", "de beschikking over
    laadpunten" the "Beschikking M (2026) 7 betreffende ... keuringen van openbare laadpunten"."""
    if cand.cls not in INSTRUMENT_TYPES or not cand.label or _NUMBERED.match(cand.label):
        return None
    words = re.findall(r"[^\W\d_]+", cand.label.lower())
    if not any(w in _OPENERS for w in words[1:]):
        return None  # named by its parties ("intentieverklaring Benelux-Nedersaksen"), not so
    head, mine = _split_label(cand.label)
    if len(mine) != 1:
        return None
    matches = {}
    for other in same_class:
        if other.iri == cand.iri or _other_years(cand.label, other.label):
            continue
        other_head, theirs = _split_label(other.title or other.label)
        if len(theirs) > 1 and mine <= theirs and head <= other_head:
            matches[other.iri] = other
    return next(iter(matches.values())) if len(matches) == 1 else None


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def _other_years(one: str, other: str) -> bool:
    """Two names that both state a year, but not the same years, name two instruments: the
    "intentieverklaring Benelux-Hauts-de-France 2022-2026" renews the one "van 7 juni 2018"."""
    mine, theirs = set(_YEAR.findall(one)), set(_YEAR.findall(other))
    return bool(mine and theirs and mine != theirs)


# A heading line that is a name alone: "1. Benelux-Verdrag inzake de bestrijding van ...".
_HEADING_BEFORE = re.compile(r"(?:^|\n)[ \t]*(?:\d{1,2}[.)]?[ \t]+)?$")
_HEADING_AFTER = re.compile(r"[ \t]*(?:\n|$)")


def _under_heading(text: str, cand: Candidate, same_class: Sequence[Candidate]) -> Candidate | None:
    """A section headed by an instrument's short name prints its full title below: "1.
    Benelux-Verdrag inzake de bestrijding van sociale fraude" over "Het Benelux-Verdrag ter
    verbetering ... inzake de bestrijding van sociale fraude en ... werd ondertekend". The
    full title whose subject holds all of the heading's is the heading's instrument."""
    if cand.cls not in INSTRUMENT_TYPES or not cand.label or _NUMBERED.match(cand.label):
        return None
    head, mine = _split_label(cand.label)
    matches = {}
    for other in same_class:
        if other.iri == cand.iri or other.begin >= cand.begin or not other.label:
            continue
        heading = _HEADING_BEFORE.search(text, max(0, other.begin - 8), other.begin)
        if heading is None or not _HEADING_AFTER.match(text, other.end):
            continue
        other_head, theirs = _split_label(other.label)
        if len(theirs) >= 2 and theirs < mine and other_head <= head:
            matches[other.iri] = other
    return next(iter(matches.values())) if len(matches) == 1 else None


# A name by type and date alone: "memorandum van 2006", "de verklaring van 7 juni 2018".
_TYPE_AND_DATE = re.compile(
    r"^[^\W\d_]+(?:\s+[^\W\d_]+){0,3}?\s+(?:van|uit)\s+(?:\d{1,2}\s+[^\W\d_]+\s+)?\d{4}$",
    re.IGNORECASE,
)


def _same_date(cand: Candidate, same_class: Sequence[Candidate]) -> Candidate | None:
    """An instrument named by its type and date only is the one instrument of that type the
    document names in full with that date: "het memorandum van 2006" after "het Memorandum of
    Understanding over noodplanning ... van 2006"; a year matches a full date of that year."""
    if cand.cls not in INSTRUMENT_TYPES or not cand.date or not cand.label:
        return None
    if not _TYPE_AND_DATE.match(cand.label):
        return None
    head, _ = _split_label(cand.label)
    matches = {}
    for other in same_class:
        if other.iri == cand.iri or not other.date or _NUMBERED.match(other.label):
            continue
        same = other.date == cand.date or (
            len(cand.date) == 4 and other.date.startswith(cand.date + "-")
        )
        if same and head <= _split_label(other.label)[0]:
            matches[other.iri] = other
    return next(iter(matches.values())) if len(matches) == 1 else None


def _key(label: str) -> str:
    return re.sub(r"[\s\-–()]+", " ", label.lower()).strip()


def short_forms(text: str, found: Sequence[Candidate]) -> Iterator[Candidate]:
    """ "Politieverdrag" for "Benelux-Politieverdrag", where the document names it in full."""
    seen: set[str] = set()
    for cand in found:
        if not cand.label.startswith("Benelux-") or cand.iri in seen or " " in cand.label:
            continue
        seen.add(cand.iri)
        short = cand.label[len("Benelux-") :]
        if len(short) < 8:
            continue
        pattern = rf"(?<![\w-]){re.escape(short)}(?![\w-])"
        for match in re.finditer(pattern, text, re.IGNORECASE):
            if match.group()[:1].isupper():
                yield copy_at(cand, match.start(), match.end())


def anaphors(
    text: str,
    found: Sequence[Candidate],
    names: dict[str, set[str]],
    determiners: Sequence[str],
    heads: Sequence[str],
    group_heads: Collection[str] = (),
) -> Iterator[Candidate]:
    """``names``: every name (label, alias, surface) of each entity IRI in the document.
    ``group_heads``: kinds of group that may open a group's name before its subject
    ("Strategisch Overleg Grensoverschrijdende Brandweerzorg": "het Overleg" refers to it)."""
    by_iri = {c.iri: c for c in found}
    groups = {c.iri for c in found if c.cls == "WorkingGroup"}
    owners: dict[str, set[str]] = {}
    for iri, entity_names in names.items():
        for name in entity_names:
            for part in _head_parts(name):
                for head in heads:
                    if part.endswith(head):
                        owners.setdefault(head, set()).add(iri)
            if iri in groups:
                for word in _words_before_subject(name):
                    if word in group_heads:
                        owners.setdefault(word, set()).add(iri)
    pattern = re.compile(
        r"(?<!\w)(?i:"
        + "|".join(determiners)
        + r")\s+("
        + "|".join(h.capitalize() for h in heads)
        + r")(?![\w-])"
    )
    for match in pattern.finditer(text):
        iris = owners.get(match.group(1).lower(), set())
        if len(iris) == 1:
            cand = by_iri.get(next(iter(iris)))
        else:
            cand = _just_named(text, found, iris, match.start())
        if cand is not None:
            yield copy_at(cand, match.start(1), match.end(1))


_NEAR = 300  # characters: about two sentences


# "valt onder het Senningenoverleg", "ressorteert onder de werkgroep X": a body named as the
# one another falls under.
_UNDER = re.compile(r"(?<!\w)onder\s+(?:de|het)\s+(?:Benelux[\s-])?$")


def _just_named(
    text: str, found: Sequence[Candidate], iris: set[str], position: int
) -> Candidate | None:
    """Where several entities fit, the anaphor refers to one the text named just before,
    provided no other that fits was named between. A body named only as the one another
    falls under is not what the text goes on about ("Het Overleg valt onder het
    Senningenoverleg. Aan het Overleg nemen ... deel")."""
    before = [c for c in found if c.iri in iris and position - _NEAR <= c.end <= position]
    if not before:
        return None
    parents = {
        c.iri for c in before if _UNDER.search(text, max(0, c.begin - 20), c.begin) is not None
    }
    subjects = [c for c in before if c.iri not in parents]
    if subjects and parents:
        before = subjects
    last = max(before, key=lambda c: c.end)
    others = {c.iri for c in before}
    return last if others == {last.iri} else None


# The preposition that opens a name's subject: "College van Secretarissen-Generaal".
_SUBJECT_OPENS = re.compile(r"\s+(?:van|voor|der|inzake|betreffende|tussen)\s+")


def _before_subject(name: str) -> list[str]:
    """The words of a name before its first preposition."""
    return _SUBJECT_OPENS.split(name.strip(), maxsplit=1)[0].split()


def _head_parts(name: str) -> list[str]:
    """The head noun of a name and its hyphenated parts: "College van Secretarissen-Generaal"
    -> college; "Secretariaat-Generaal" -> secretariaat, generaal; "Tweede Kamer" -> kamer."""
    words = _before_subject(name)
    last = words[-1] if words else ""
    return [p.lower() for p in last.split("-") if p]


def _words_before_subject(name: str) -> list[str]:
    """The words of a name before its first preposition, and their hyphenated parts, in
    lower case: "Benelux-werkgroep Drinkwater" -> benelux, werkgroep, drinkwater."""
    return [p.lower() for word in _before_subject(name) for p in word.split("-") if p]


def copy_at(cand: Candidate, begin: int, end: int) -> Candidate:
    return Candidate(
        begin,
        end,
        cand.iri,
        cand.cls,
        label=cand.label,
        layer=cand.layer,
        attributes=cand.attributes,
    )
