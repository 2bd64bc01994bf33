"""The trigger-word tables of ``patterns.toml``, typed for the finders that read them."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from ..errors import InputError
from ..namespaces import ID
from .acts import ActTables
from .bodies import BodyTables
from .events import EventTables
from .named_instruments import InstrumentTables
from .organisations import OrganisationTables
from .people import PeopleTables
from .posts import PostTables
from .working_groups import GroupTables

PATTERNS_FILE = Path(__file__).with_name("patterns.toml")
# Common given names, one a line ("#" opens a comment): evidence that a capitalised pair in a
# list of people is a person's name.
GIVEN_NAMES_FILE = Path(__file__).with_name("given_names.txt")


@cache  # read once: the people's and the organisations' tables both use it
def _given_names(path: Path = GIVEN_NAMES_FILE) -> frozenset[str]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as error:
        raise InputError(error.strerror or str(error), source=str(path)) from None
    return frozenset(s for line in lines if (s := line.split("#", 1)[0].strip()))


def _words(table: dict[str, Any], key: str) -> tuple[str, ...]:
    return tuple(str(w).lower() for w in table.get(key, ()))


# The lists of Dutch verbs, particles and clause words a foreign name never runs on into.
_CLAUSE_WORDS = (
    ("instrument_names", "verb_particles"),
    ("instrument_names", "stop_words"),
    ("working_group_kinds", "subject_stops"),
    ("working_group_kinds", "sentence_starters"),
    ("participation", "verbs"),
    ("cooperation", "phrases"),
)


@dataclass(frozen=True)
class Patterns:
    instrument_types: dict[str, str]
    data: dict[str, Any]

    @classmethod
    def load(cls, path: Path = PATTERNS_FILE) -> Patterns:
        try:
            with path.open("rb") as handle:
                data = tomllib.load(handle)
        except tomllib.TOMLDecodeError as error:
            raise InputError(str(error), source=str(path)) from None
        except OSError as error:
            raise InputError(error.strerror or str(error), source=str(path)) from None
        return cls(instrument_types=dict(data["instrument_types"]), data=data)

    def table(self, name: str) -> dict[str, Any]:
        value = self.data.get(name, {})
        return value if isinstance(value, dict) else {}

    def instruments(self) -> InstrumentTables:
        names = self.table("instrument_names")
        acts = self.table("external_acts")
        return InstrumentTables(
            types=self.instrument_types,
            modifiers=_words(names, "modifiers"),
            loose_modifiers=_words(names, "loose_modifiers"),
            english_generic=frozenset(_words(self.table("english_generic"), "words")),
            subject_openers=_words(names, "subject_openers"),
            party_openers=_words(names, "party_openers"),
            stop_words=frozenset(_words(names, "stop_words")),
            max_words=int(names.get("max_words", 24)),
            short_min_length=int(self.table("instrument_short_names").get("min_length", 5)),
            function_words=frozenset(_words(names, "function_words")),
            dated_types=frozenset(_words(names, "dated_types")),
            external_markers=frozenset(_words(acts, "external_markers")),
            english_types={str(k): str(v) for k, v in self.table("english_instruments").items()},
            participles=(
                *_words(self.table("adoption"), "verbs"),
                *_words(self.table("adoption"), "particles"),
            ),
            needs_benelux=frozenset(_words(names, "needs_benelux")),
            linking_words=frozenset(
                (*_words(names, "linking_words"), *_words(names, "subject_openers"))
            ),
            particles=frozenset(_words(names, "verb_particles")),
            clause_phrases=_words(names, "clause_phrases"),
            issuers=_words(names, "issuers"),
            issuer_relations=frozenset(_words(names, "issuer_relations")),
            meeting_nouns=_words(names, "meeting_nouns"),
            external_names=frozenset(_words(acts, "treaty_names")),
            amending=_words(self.table("amendments"), "in_title"),
        )

    def acts(self) -> ActTables:
        acts = self.table("external_acts")
        return ActTables(
            heads=_words(acts, "heads"),
            compound_heads=_words(acts, "compound_heads"),
            treaty_names=_words(acts, "treaty_names"),
            generic_prefixes=frozenset(_words(acts, "generic_prefixes")),
            national_heads=_words(acts, "national_heads"),
            compound_national_heads=_words(acts, "compound_national_heads"),
            dated_heads=_words(acts, "dated_heads"),
            acronyms={str(k): str(v) for k, v in self.table("external_act_acronyms").items()},
        )

    def groups(self) -> GroupTables:
        kinds = self.table("working_group_kinds")
        names = self.table("instrument_names")
        return GroupTables(
            kinds=_words(kinds, "words"),
            plurals=_words(kinds, "plurals"),
            generic_prefixes=frozenset(_words(kinds, "generic_prefixes")),
            sentence_starters=frozenset(_words(kinds, "sentence_starters")),
            stop_words=frozenset(_words(names, "stop_words")),
            max_words=int(names.get("max_words", 24)),
            member_heads=_words(kinds, "member_heads"),
            subject_stops=frozenset(_words(kinds, "subject_stops")),
            committees=_words(kinds, "committees"),
            # A committee named without its body, near the parliament's name, is one of its.
            committee_body=str(self.table("events").get("plenary_body", "")),
            committee_body_names=_words(self.table("events"), "plenary_body_names"),
            # A role of one word ("Minister", "Voorzitter") opens a person, not a name's word.
            name_enders=frozenset(_words(kinds, "name_enders"))
            | frozenset(r for r in _words(self.table("roles"), "words") if " " not in r),
        )

    def people(self) -> PeopleTables:
        roles = self.table("roles")
        return PeopleTables(
            roles=_words(roles, "words"),
            titles=_words(roles, "titles"),
            particles=_words(roles, "particles"),
            not_names=frozenset(str(w) for w in roles.get("not_names", ())),
            surname_roles=frozenset(_words(roles, "surname_roles")),
            parties=tuple(str(w) for w in roles.get("parties", ())),
            body_heads=frozenset(str(w) for w in roles.get("body_heads", ())),
            given_names=_given_names(),
            list_labels=_words(roles, "list_labels"),
            list_heads=_words(roles, "list_heads"),
            heading_labels=_words(roles, "heading_labels"),
            name_columns=_words(roles, "name_columns"),
            list_subheads=_words(roles, "list_subheads"),
            first_name_columns=_words(roles, "first_name_columns"),
            not_people=frozenset(str(w) for w in roles.get("not_people", ())),
            name_openers=frozenset(_words(roles, "name_openers")),
            place_endings=_words(roles, "place_endings"),
            not_before_initials=frozenset(_words(roles, "not_before_initials")),
            named_after_heads=frozenset(_words(roles, "named_after_heads")),
            organisation_words=frozenset(
                str(w).lower() for w in self.table("organisation_nouns").get("name_heads", ())
            ),
            organisation_endings=(
                *_words(self.table("organisation_nouns"), "compound_name_heads"),
                *_words(self.table("organisation_nouns"), "company_heads"),
            ),
        )

    def posts(self) -> PostTables:
        roles = self.table("roles")
        bodies = roles.get("bodies", {})
        adjectives = roles.get("country_adjectives", {})
        return PostTables(
            memberships=frozenset(_words(roles, "memberships")),
            portfolio_roles=frozenset(_words(roles, "portfolio_roles")),
            role_bodies={str(k).lower(): ID + str(v) for k, v in bodies.items()},
            country_adjectives={str(k).lower(): f"{ID}country/{v}" for k, v in adjectives.items()},
        )

    def organisations(self) -> OrganisationTables:
        nouns = self.table("organisation_nouns")
        return OrganisationTables(
            singular=_words(nouns, "singular"),
            plural=_words(nouns, "plural"),
            compound_heads=_words(nouns, "compound_heads"),
            english_heads=_words(nouns, "english_heads"),
            name_heads=tuple(str(w) for w in nouns.get("name_heads", ())),
            compound_name_heads=_words(nouns, "compound_name_heads"),
            public_heads=frozenset(_words(nouns, "public_heads")),
            member_ties=frozenset(_words(nouns, "member_ties")),
            legal_forms=tuple(str(w) for w in nouns.get("legal_forms", ())),
            company_heads=_words(nouns, "company_heads"),
            descriptive=frozenset(str(w) for w in nouns.get("descriptive_adjectives", ())),
            not_names=frozenset(str(w) for w in nouns.get("not_names", ())),
            other_kinds=_words(nouns, "other_kinds"),
            country_codes=frozenset(str(k) for k in self.table("country_codes")),
            given_names=_given_names(),
            roles=frozenset(_words(self.table("roles"), "words")),
            list_headings=frozenset(
                w for w in _words(self.table("roles"), "heading_labels") if " " not in w
            ),
            starters=frozenset(_words(self.table("working_group_kinds"), "sentence_starters")),
            clause_words=frozenset(
                w for table, key in _CLAUSE_WORDS for p in self.words(table, key) for w in p.split()
            ),
        )

    def bodies(self) -> BodyTables:
        table = self.table("bodies")
        return BodyTables(
            heads=tuple(str(w) for w in table.get("heads", ())),
            compound_heads=tuple(str(w) for w in table.get("compound_heads", ())),
            alone=tuple(str(w) for w in table.get("alone", ())),
            national=frozenset(_words(table, "national_adjectives")),
            external=frozenset(_words(table, "external_adjectives")),
            member_adjectives=frozenset(_words(table, "member_adjectives")),
            foreign_adjectives=frozenset(_words(table, "foreign_adjectives")),
            chambers=tuple(str(w) for w in table.get("chambers", ())),
            ministries=tuple(str(w) for w in table.get("ministries", ())),
            councils=tuple(str(w) for w in table.get("councils", ())),
            council_complements=tuple(str(w) for w in table.get("council_complements", ())),
            not_councils=frozenset(str(w) for w in table.get("not_councils", ())),
            national_prefixes=_words(table, "national_prefixes"),
            member_places=frozenset(str(w) for w in table.get("member_places", ())),
            described_heads=_words(table, "described_heads"),
            associations=_words(table, "associations"),
            land_heads=tuple(str(w) for w in table.get("land_heads", ())),
            unions=tuple(str(w) for w in table.get("unions", ())),
            not_unions=frozenset(str(w).lower() for w in table.get("not_unions", ())),
            member_names=tuple(str(w) for w in table.get("member_names", ())),
        )

    def events(self) -> EventTables:
        events = self.table("events")
        return EventTables(
            words=_words(events, "words"),
            not_prefixes=frozenset(_words(events, "not_prefixes")),
            session_words=_words(events, "session_words"),
            dated_words=_words(events, "dated_words"),
            host_words=_words(events, "host_words"),
            hosted_kinds=_words(events, "hosted_kinds"),
            subject_openers=_words(events, "subject_openers"),
            subject_stops=frozenset(_words(events, "subject_stops")),
            plenary_words=_words(events, "plenary_words"),
            plenary_body_kinds=_words(events, "plenary_body_kinds"),
            plenary_body=str(events.get("plenary_body", "")),
            plenary_body_names=tuple(str(n) for n in events.get("plenary_body_names", ())),
            debate_words=_words(events, "debate_words"),
            visit_words=_words(events, "visit_words"),
        )

    def known_instruments(self) -> dict[str, tuple[str, tuple[str, ...]]]:
        """Canonical label -> (class, every name)."""
        out = {}
        for label, entry in self.table("known_instruments").items():
            names = tuple(str(n) for n in entry.get("names", ()))
            out[str(label)] = (str(entry.get("class", "LegalInstrument")), (str(label), *names))
        return out

    def words(self, table: str, key: str) -> tuple[str, ...]:
        return _words(self.table(table), key)

    def mapping(self, table: str) -> dict[str, str]:
        return {str(k).lower(): str(v) for k, v in self.table(table).items()}
