"""What the finders report before the extractor turns it into entities and mentions.

Every finder returns :class:`Candidate` spans of the *clean* text. Layers exist so that
names may nest: a country inside the name of an agreement ("Uitvoeringsovereenkomst tussen
België en Nederland ...") is a mention of its own. Within a layer the longest span wins.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

# Layer of the places and organisations the reference data names; everything a finder
# mints from the shape of a name (instruments, acts, groups, people, events) is layer 1.
PLACES = 0
NAMES = 1
NUMBERS = 2  # an instrument's number is a mention even inside another name
# A known name inside a body's name that itself stands inside a longer name (a title, a
# meeting's name): the country in "Intentieverklaring tussen het Koninklijk Meteorologisch
# Instituut van België en ...", the Union in "Protocol tussen X en het Bureau voor ... van de
# Europese Unie", the region in "het werkbezoek aan de Landtag van Noordrijn-Westfalen".
INNER = 3
# Marks a name that stands only if the document also gives it in full ("de Benelux-Top",
# "het Gemeenschappelijk Werkprogramma": of which year?).
ANCHORED = "needs-full-name"


@dataclass(frozen=True)
class Candidate:
    begin: int
    end: int
    iri: str  # full entity IRI
    cls: str  # local name of its most specific class
    label: str = ""  # canonical Dutch label; empty for reference entities
    layer: int = NAMES
    title: str = ""  # full title where the text gives one (dcterms:title)
    date: str = ""  # ISO date or year stated with the name
    priority: int = 0  # breaks ties between spans of equal length: higher wins
    attributes: tuple[tuple[str, str], ...] = field(default=())


# The priority of what the reference data names: it wins a tie against what a finder mints.
KNOWN = 4
# Classes of bodies a finder mints from the shape of a name.
_BODIES = frozenset({"ExternalOrganisation", "NationalBody"})


def resolve(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates per layer: longest first, then priority, then leftmost."""
    chosen: list[Candidate] = []
    taken: dict[int, set[int]] = {}
    candidates_list = list(candidates)
    ordered = sorted(
        _not_over_known(candidates_list),
        key=lambda c: (-(c.end - c.begin), -c.priority, c.begin),
    )
    lost: list[Candidate] = []  # known names that nest in a body, beaten by a longer name
    for cand in ordered:
        covered = taken.setdefault(cand.layer, set())
        span = range(cand.begin, cand.end)
        if not covered.isdisjoint(span):
            if cand.layer == NAMES and cand.priority == KNOWN and cand.cls in _NESTING:
                lost.append(cand)
            continue
        covered.update(span)
        chosen.append(cand)
    chosen = _uncrossed(chosen)
    # "Verordening (EU) 2022/869": the "EU" of an act's number names no organisation.
    # A named act keeps its bodies: "het Verdrag betreffende de Werking van de EU".
    acts = [(c.begin, c.end) for c in chosen if c.cls == "ExternalAct" and c.priority == 3]
    chosen = [
        c
        for c in chosen
        if c.cls != "ExternalOrganisation"
        or not any(b <= c.begin and c.end <= e and (b, e) != (c.begin, c.end) for b, e in acts)
    ]
    chosen.extend(_places_inside_minted(candidates_list, chosen))
    if lost:
        chosen.extend(_inside_inner_body(lost, chosen))
    if any(c.layer in (NAMES, INNER) and c.cls in _NESTING and c.priority == KNOWN for c in chosen):
        # A name moved to a deeper layer that its own layer chose all the same (the body it
        # nested in lost): one mention.
        spans = {(c.begin, c.end, c.iri) for c in chosen if c.layer == PLACES}
        chosen = [c for c in chosen if c.layer == PLACES or (c.begin, c.end, c.iri) not in spans]
    return sorted(chosen, key=lambda c: (c.begin, c.end))


# Classes of the places whose name inside a body's name is a mention of its own.
_PLACE_CLASSES = frozenset({"Country", "MemberState", "NeighbouringRegion"})
# Classes of the known names that nest in a body's name: its place, or the organisation it
# belongs to ("het Agentschap van de Europese Unie voor ...").
_NESTING = _PLACE_CLASSES | {"ExternalOrganisation", "BeneluxUnion"}
# Classes of the bodies a known name may nest in.
_HOSTS = _BODIES | {"Institution"}


def _places_inside_minted(
    candidates: list[Candidate], chosen: list[Candidate]
) -> Iterator[Candidate]:
    """A country inside the name of a body a finder minted keeps its meaning, as inside a
    known one ("de Politie Nederland", "het Europees Consumentencentrum België"): moved to
    the layer of names, where it may nest in the body's span, which won the layer of places."""
    minted = [c for c in chosen if c.cls in _BODIES and c.priority < KNOWN and c.layer == PLACES]
    if not minted:
        return
    names = {(c.begin, c.end) for c in chosen if c.layer == NAMES}
    taken = {i for c in chosen if c.layer == NAMES for i in range(c.begin, c.end)}
    inner = {i for c in chosen if c.layer == INNER for i in range(c.begin, c.end)}
    for c in candidates:
        if c.cls not in _PLACE_CLASSES or c.priority != KNOWN or c.layer != PLACES:
            continue
        if (c.begin, c.end) in names:
            continue
        body = next((b for b in minted if b.begin < c.begin and c.end <= b.end), None)
        if body is None:
            continue
        span = range(c.begin, c.end)
        if taken.isdisjoint(span):
            taken.update(span)
            yield replace(c, layer=NAMES)
        elif inner.isdisjoint(span) and _holds(chosen, body):
            # The body is itself a party named in a title: "tussen X en het Rijksarchief
            # in België inzake ...".
            inner.update(span)
            yield replace(c, layer=INNER)


def _holds(chosen: list[Candidate], body: Candidate) -> bool:
    """Every name of the layer of names that overlaps ``body`` holds it whole (an
    instrument's title naming it as a party, a meeting's name naming its host), so a name
    inside the body may nest deeper."""
    return all(
        o.begin <= body.begin and body.end <= o.end
        for o in chosen
        if o.layer == NAMES and o.begin < body.end and body.begin < o.end
    )


def _inside_inner_body(lost: list[Candidate], chosen: list[Candidate]) -> Iterator[Candidate]:
    """A known name nested in a body's name ("het Koninklijk Meteorologisch Instituut van
    België", "het Agentschap van de Europese Unie voor ..."), where the body is named inside
    a longer name (an instrument's title, a meeting's name), keeps its mention one layer
    deeper: the longer name beat it in the layer of names, the body in that of places."""
    hosts = [c for c in chosen if c.layer == PLACES and c.cls in _HOSTS]
    inner = {i for c in chosen if c.layer == INNER for i in range(c.begin, c.end)}
    for c in lost:
        span = range(c.begin, c.end)
        if not inner.isdisjoint(span):
            continue
        body = next(
            (
                b
                for b in hosts
                if b.begin <= c.begin and c.end <= b.end and (b.begin, b.end) != (c.begin, c.end)
            ),
            None,
        )
        if body is not None and _holds(chosen, body):
            inner.update(span)
            yield replace(c, layer=INNER)


def _not_over_known(candidates: list[Candidate]) -> list[Candidate]:
    """A body minted from the shape of a name where the name is another's: one that spans a
    known name, or a group, act or meeting another finder reads, exactly ("de North Seas
    Energy Cooperation (NSEC)" is the known forum, not an organisation), or that starts where
    a known body starts and only goes on from it ("het College van Secretarissen-Generaal
    van de Benelux Unie": the known College, of the Union)."""
    known = [c for c in candidates if c.priority == KNOWN]
    # Known names of anything, and the names other finders read as a group, an act, a
    # meeting: "de Centrale Overleggroep Senningen (COS)" is the group.
    spans = {(c.begin, c.end) for c in known}
    spans |= {(c.begin, c.end) for c in candidates if c.layer == NAMES and c.cls not in _BODIES}
    starts = {c.begin: c.end for c in known if c.cls in _BODIES or c.cls == "Institution"}

    def minted_over_known(c: Candidate) -> bool:
        if c.cls not in _BODIES or c.priority >= KNOWN or c.layer != PLACES:
            return False
        if (c.begin, c.end) in spans:
            return True
        return c.begin in starts and not _runs_on(c.label[starts[c.begin] - c.begin :])

    return [c for c in candidates if not minted_over_known(c)]


def _runs_on(rest: str) -> bool:
    """The name of another body that opens with a known one's: "le Ministère de la Famille
    et de l'Intégration" (a French name going on with "et": an older or newer name), "de
    Vlaamse Milieumaatschappij Oost" (a capitalised word right after it: a unit), not the
    known body and its parent ("het College van Secretarissen-Generaal van de Benelux Unie")."""
    words = rest.split()
    if rest.startswith(" et ") and len(words) >= 2:
        return True
    return rest.startswith(" ") and bool(words) and words[0][:1].isupper()


def _uncrossed(chosen: list[Candidate]) -> list[Candidate]:
    """A minted name that crosses a known one is cut from it: in "de Interregionale
    Parlementaire Raad van de Grande Région" the reference knows the council, so "Raad van de
    Grande Région" (read from its last word) names nothing. Known names of one layer never
    overlap each other, so only the neighbours of a minted name can cross it."""
    known = sorted((c.begin, c.end) for c in chosen if c.layer == PLACES)
    if not known:
        return chosen
    begins = [b for b, _ in known]

    def crosses(c: Candidate) -> bool:
        i = bisect_left(begins, c.begin) - 1  # the last known name that begins before it
        if i >= 0 and c.begin < known[i][1] < c.end:
            return True
        j = bisect_left(begins, c.end) - 1  # the last known name that begins inside it
        return j >= 0 and c.begin < known[j][0] and known[j][1] > c.end

    return [c for c in chosen if c.layer != NAMES or c.cls == "Person" or not crosses(c)]
