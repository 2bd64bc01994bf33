"""Roles of people as W3C ORG posts and memberships.

"Xavier Bettel, minister van Buitenlandse Zaken" holds a post (``org:Post``: role
minister, portfolio "Buitenlandse Zaken"); "het Tweede Kamerlid Thom van Campen (VVD)" is a
member (``org:Membership``: role parlementslid, organisation the Tweede Kamer, party VVD).
A role names the people it stands before ("de Eerste Kamerleden A (GL-PvdA), B (VVD) en C
(CDA)") or the one it follows after a comma. Roles, parties and bodies are reference data;
which roles are memberships and which words name a body are the ``roles`` table.

Each post or membership is a node of its own, ``{person IRI}#post-{role}[-{body}]`` or
``{person IRI}#membership-{body or role}``: a hash IRI under the person, so that it
dereferences to the person it belongs to.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from pyoxigraph import Literal

from ..namespaces import BKG, ORG, RDF, slug
from ..reference import ReferenceEntity
from .candidates import Candidate
from .gazetteer import Gazetteer
from .people import PersonFound
from .sentences import Sentences

# (subject IRI, predicate IRI, object IRI or literal, position of the sentence that says so)
PersonFact = tuple[str, str, "str | Literal", int]

_BODIES = {"Institution", "NationalBody", "BeneluxUnion", "WorkingGroup", "ExternalOrganisation"}
_REACH = 400  # characters back from a name to the role that may stand before a list of names
_TITLE = r"(?:prof|dr|mr|ir|drs|ing)\.?"
# What may stand between a role and the name it goes with: other linked names and their
# parties, a portfolio, titles, articles, commas.
# A label's colon too: "Voorzitter: mevrouw A. de Groot".
_GAP = re.compile(
    rf"(?:\s+|,|:|\[|\ben\b|\bde\b|\bhet\b|\bheer\b|\bmevrouw\b|{_TITLE}(?!\w)|\[[^\]\n]{{1,60}}\]\(#\)"
    r"|\([^()\n]{1,40}\)|\b(?:van|voor)\s+[A-Z][\w-]*(?:(?:\s*,\s*|\s+en\s+|\s+)[A-Z][\w-]*)*)*"
)
_AFTER_NAME = re.compile(r"(?:\]\(#\))?\s*(?:\(([^()\n]{1,40})\))?\s*,\s*(?:de\s+|het\s+)?")
_PORTFOLIO = re.compile(
    r"\s+(?:van|voor)\s+([A-Z][\w-]*(?:(?:\s*,\s*|\s+en\s+|\s+van\s+de\s+|\s+)[A-Z][\w-]*)*)"
)
_OF_BODY = re.compile(r"\s+(?:van|in|bij)\s+(?:de|het)\s+$")


@dataclass(frozen=True)
class PostTables:
    memberships: frozenset[str]  # role slugs held as a membership ("parlementslid")
    portfolio_roles: frozenset[str]  # role slugs that have a portfolio ("minister")
    role_bodies: Mapping[str, str]  # role word -> body IRI ("tweede kamerlid" -> Tweede Kamer)
    country_adjectives: Mapping[str, str]  # "luxemburgse" -> country IRI


@dataclass(frozen=True)
class _Role:
    iri: str
    begin: int
    end: int
    surface: str


class PostReader:
    def __init__(self, reference: Mapping[str, ReferenceEntity], tables: PostTables):
        self.t = tables
        self.roles = Gazetteer(_names_typed(reference, ORG + "Role"))
        self.parties = Gazetteer(_names_typed(reference, BKG + "PoliticalParty"))

    def facts(
        self,
        text: str,
        found: Sequence[Candidate],
        people: Sequence[PersonFound],
        sentences: Sentences,
    ) -> Iterator[PersonFact]:
        by_begin = {c.begin: c for c in found if c.cls == "Person"}
        for person in people:
            cand = by_begin.get(person.begin)
            if cand is None:
                continue
            start, end = sentences.around(person.begin)
            party = self._party(text, person, end)
            role = self._role_before(text, person, max(start, person.begin - _REACH))
            role = (
                role or self._role_after(text, person, end) or self._role_aside(text, person, end)
            )
            if party:
                yield cand.iri, BKG + "party", party, person.begin
            if role is None:
                continue
            yield cand.iri, ORG + "role", role.iri, person.begin
            yield from self._holding(text, found, cand.iri, person, role, party)
            # "[Hendrik-Jan Talsma](#) (delegatieleider, ChristenUnie)": a second role.
            aside = re.match(r"(?:\]\(#\))?\s*\(([^()\n]{1,60})\)", text[person.end : end])
            for extra in self.roles.find(aside.group(1)) if aside else []:
                if extra.key != role.iri:
                    at = person.end + aside.start(1) + extra.begin  # type: ignore[union-attr]
                    second = _Role(extra.key, at, at + len(extra.surface), extra.surface)
                    yield cand.iri, ORG + "role", extra.key, person.begin
                    yield from self._holding(text, found, cand.iri, person, second, party)

    def _party(self, text: str, person: PersonFound, stop: int) -> str:
        surface = person.party
        if not surface:
            after = re.match(r"(?:\]\(#\))?\s*\(([^()\n]{1,40})\)", text[person.end : stop])
            surface = after.group(1) if after else ""
        matches = self.parties.find(surface) if surface else []
        return matches[0].key if matches else ""

    def _role_before(self, text: str, person: PersonFound, start: int) -> _Role | None:
        for last in reversed(self.roles.find(text[start : person.begin])):
            begin, end = start + last.begin, start + last.end
            closing, opening = text.find(")", end, person.begin), text.find("(", end, person.begin)
            if closing != -1 and (opening == -1 or closing < opening):
                continue  # "(delegatieleider, ChristenUnie)": another person's aside
            if not _GAP.fullmatch(text, end, person.begin):
                return None
            return _Role(last.key, begin, end, last.surface)
        return None

    def _role_after(self, text: str, person: PersonFound, stop: int) -> _Role | None:
        gap = _AFTER_NAME.match(text, person.end, stop)
        if gap is None:
            return None
        at = gap.end()
        adjective = re.match(r"([A-Za-z]+e)\s+", text[at:stop])
        if adjective and adjective.group(1).lower() in self.t.country_adjectives:
            at += adjective.end()
        matches = self.roles.find(text[at : min(stop, at + 40)])
        if not matches or matches[0].begin != 0:
            return None
        return _Role(matches[0].key, at, at + matches[0].end, matches[0].surface)

    def _role_aside(self, text: str, person: PersonFound, stop: int) -> _Role | None:
        """ "de leden Kieffer (voorzitter), De Bruijn": a role in brackets after the name."""
        aside = re.match(r"(?:\]\(#\))?[ \t]*\(([^()\n]{1,60})\)", text[person.end : stop])
        if aside is None:
            return None
        at = person.end + aside.start(1)
        matches = self.roles.find(aside.group(1))
        if not matches or aside.group(1)[: matches[0].begin].strip(" ,"):
            return None  # "(Departement Omgeving, voorzitter)": a body's, or its role
        return _Role(matches[0].key, at + matches[0].begin, at + matches[0].end, matches[0].surface)

    def _holding(
        self,
        text: str,
        found: Sequence[Candidate],
        person_iri: str,
        person: PersonFound,
        role: _Role,
        party: str,
    ) -> Iterator[PersonFact]:
        role_slug = role.iri.rsplit("/", 1)[-1]
        # The portfolio and the body come after the role, before the name it stands before.
        limit = person.begin if role.end <= person.begin else len(text)
        portfolio = ""
        after = role.end
        if role_slug in self.t.portfolio_roles:
            found_portfolio = _PORTFOLIO.match(text, role.end, limit)
            if found_portfolio is not None:
                portfolio = " ".join(found_portfolio.group(1).split())
                after = found_portfolio.end()
        body = self.t.role_bodies.get(" ".join(role.surface.lower().split()), "")
        country = ""
        for c in found:
            if c.begin < after or c.begin > after + 12 or c.begin >= limit:
                continue
            linked = _OF_BODY.fullmatch(text, after, c.begin) or re.fullmatch(
                r"\s+van\s+", text[after : c.begin]
            )
            if not linked:
                continue
            if c.cls in _BODIES and not body:
                body = c.iri
            elif c.cls in {"Country", "MemberState"}:
                country = c.iri
        if portfolio and not country:
            # "minister van Buitenlandse Zaken en Buitenlandse Handel van België"
            tail = next(
                (
                    c
                    for c in found
                    if c.cls in {"Country", "MemberState"} and 0 <= c.begin - after <= 6
                ),
                None,
            )
            if tail is not None and re.fullmatch(r"\s+van\s+", text[after : tail.begin]):
                country = tail.iri
        adjective = re.search(r"([A-Za-z]+e)\s+$", text[max(0, role.begin - 20) : role.begin])
        if not country and adjective:
            country = self.t.country_adjectives.get(adjective.group(1).lower(), "")
        membership = role_slug in self.t.memberships
        kind = "membership" if membership else "post"
        node = f"{person_iri}#{kind}-{slug(_local(body) if membership and body else role_slug)}"
        if not membership and body:
            node += f"-{slug(_local(body))}"
        at = person.begin
        if membership:
            yield node, RDF + "type", ORG + "Membership", at
            yield node, ORG + "member", person_iri, at
            if body:
                yield node, ORG + "organization", body, at
            if party:
                yield node, BKG + "party", party, at
        else:
            yield node, RDF + "type", ORG + "Post", at
            yield node, ORG + "heldBy", person_iri, at
            yield person_iri, ORG + "holds", node, at
            if body:
                yield node, ORG + "postIn", body, at
        yield node, ORG + "role", role.iri, at
        if portfolio:
            yield node, BKG + "portfolio", Literal(portfolio, language="nl"), at
        if country:
            yield node, BKG + "country", country, at


def _local(iri: str) -> str:
    return iri.rsplit("/", 1)[-1]


def _names_typed(reference: Mapping[str, ReferenceEntity], type_iri: str) -> list[tuple[str, str]]:
    return [
        (name, ref.iri.value)
        for ref in reference.values()
        if any(t.value == type_iri for t in ref.types)
        for name in ref.names
    ]
