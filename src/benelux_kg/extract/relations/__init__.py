"""Relations between the entities of one document, each with the sentence that states it.

- ``eli:passed_by``: an M-numbered instrument and every beschikking are acts of the
  Committee of Ministers; a recommendation is passed by the body the text names nearest
  before it (the Committee, or the Benelux Parliament).
- ``eli:amends``: "X, zoals gewijzigd bij Beschikking Y": Y amends X.
- ``eli:date_document``: the date stated in the name ("intentieverklaring van 6 juni
  2019"), or the one date of a sentence that says the instrument was signed or adopted.
- ``bkg:participant``: places named in an instrument's name ("tussen België en
  Nederland"), in parentheses after a group, or in a sentence that says they take part.
- ``org:subOrganizationOf``: "X van de Benelux Unie", and a group named after its parent
  ("Bureau van het Benelux-Parlement").
- ``bkg:cooperatesWith``: "samenwerking met X" where the Benelux is the one cooperating.

The modules, each importing only from those above it:

- ``common``: the predicates, IRIs and classes, :class:`Relation`, :class:`RelationTables`,
  ``NOT_STATED`` and the patterns of names and lists several readers share;
- ``focus``: what a sentence refers back to without naming it (the one
  resolver ``_focus``, ``_topic_group``, ``_last_instrument``, ...);
- ``members``: the readers of ``bkg:participant`` beside the verbs of taking part
  (accession, chairs, organisers, counted members, representation, "daar");
- ``instruments``, ``participation``, ``parents``, ``cooperation``: the methods of the
  finder for each predicate (mixins) and the patterns and helpers only they use;
- ``representation``: ``bkg:participant`` through those who stand for a party ("de
  ministers van X en Y", "minister Krischer", "namens X"), read per document in order;
- ``clauses``: the clauses of a sentence the readers would leave unread (after a semicolon,
  around an inserted relative clause, joined by "en", "maar", "terwijl"), each read again
  as a sentence of its own by the finder;
- ``finder``: :class:`RelationFinder`, its patterns built from the tables, and ``find``.
"""

from .common import (
    ADOPTED_BY_BODIES,
    AMENDS,
    BENELUX_UNION,
    COMMITTEE,
    COOPERATES,
    COOPERATORS,
    DATE_DOCUMENT,
    GATHERINGS,
    GROUPS,
    INSTRUMENTS,
    MEMBER_STATES,
    NOT_STATED,
    PARENTS,
    PARLIAMENT,
    PARTICIPANT,
    PARTNERS,
    PASSED_BY,
    PLACE,
    PLACES,
    SUB_ORGANIZATION,
    TAKING_PART,
    Relation,
    RelationTables,
)
from .finder import RelationFinder
from .members import MEETING_BODIES, ORGANISERS, SIGNING_BODIES

__all__ = [
    "ADOPTED_BY_BODIES",
    "AMENDS",
    "BENELUX_UNION",
    "COMMITTEE",
    "COOPERATES",
    "COOPERATORS",
    "DATE_DOCUMENT",
    "GATHERINGS",
    "GROUPS",
    "INSTRUMENTS",
    "MEETING_BODIES",
    "MEMBER_STATES",
    "NOT_STATED",
    "ORGANISERS",
    "PARENTS",
    "PARLIAMENT",
    "PARTICIPANT",
    "PARTNERS",
    "PASSED_BY",
    "PLACE",
    "PLACES",
    "SIGNING_BODIES",
    "SUB_ORGANIZATION",
    "TAKING_PART",
    "Relation",
    "RelationFinder",
    "RelationTables",
]
