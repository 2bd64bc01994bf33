# ruff: noqa: E501  (the made-up documents are held verbatim, one string each)
"""Round 62: an audit of meetings named by their day rather than by their body, written before
the round's code (made-up passages: other groups, dates and layouts, and negatives).

Each case gives the document's date (or "") and the whole set of meetings expected; a negative
expects fewer, or none.

Read since this round: in the minutes of a group's meeting and in a letter reporting one
body's meeting, that body's other meetings named by their place in the series ("Verslag van
de 6e vergadering (14 januari 2031)", "Het verslag van de vorige vergadering van 3 februari
2029", "De 8e vergadering vindt plaats op donderdag 3 juli 2031", "De volgende vergadering
vindt op 6 december 2030 in Brussel plaats", "Op 2 maart 2031 vindt de volgende vergadering
plaats"), and the same ordinal elsewhere in the text; a group's first meeting with a new
member, the group named in full just before ("De eerste vergadering met Wallonië aan tafel
vindt plaats op 20 februari 2031"); a meeting named by a compound on "overleg" and its day
("het jaarlijkse coördinatieoverleg van 4 oktober 2030").

Audit figure (the whole set of meetings right): 4/12 before the round (three negatives and
"another body's next meeting"; the minutes' next meeting was read from any day in its
sentence, a deadline or a publication too), 12/12 after it.
"""

from __future__ import annotations

import pytest

from benelux_kg.namespaces import BKG
from extract_helpers import AMENDS, audited, extract, facts, of_class, short

EV = "event/"

MINUTES = (
    "BENELUX-WERKGROEP GRENSWATER\n\n"
    "Verslag van de 7e vergadering\n\n"
    "Datum:    woensdag 9 april 2031, 10.00 – 16.00 uur\n"
    "Plaats:   Secretariaat-Generaal van de Benelux Unie, Brussel\n\n"
    "Aanwezig\n"
    "  Leden:          Ann Peeters (Vlaamse Milieumaatschappij, voorzitter)\n"
    "                  Joost Bakker (Rijkswaterstaat)\n\n"
    "1. Opening en vaststelling van de agenda\n"
    "De voorzitter opent de vergadering. De agenda wordt vastgesteld.\n\n"
)
GROUP = EV + "vergadering-benelux-werkgroep-grenswater-"

# (id, text, the document's date, expected meetings)
CASES: list[tuple[str, str, str, set[str]]] = [
    # -- the minutes' other meetings -----------------------------------------------------------
    (
        "minutes-previous-in-brackets-next-ordinal",
        MINUTES + "2. Verslag van de 6e vergadering (14 januari 2031)\n"
        "Het verslag wordt zonder wijzigingen goedgekeurd.\n\n"
        "Besluiten\n- Het verslag van de 6e vergadering wordt vastgesteld.\n\n"
        "Volgende vergadering\n"
        "De 8e vergadering vindt plaats op donderdag 3 juli 2031 in Namen, bij de SPW.\n",
        "",
        {GROUP + "2031-04-09", GROUP + "2031-01-14", GROUP + "2031-07-03"},
    ),
    (
        "minutes-previous-van-next-gepland",
        MINUTES + "2. Verslag van de vorige vergadering\n"
        "Het verslag van de vorige vergadering van 22 januari 2031 wordt ongewijzigd goedgekeurd.\n\n"
        "3. Rondvraag\nGeen punten.\n\n"
        "De volgende vergadering is gepland op 18 september 2031.\n",
        "",
        {GROUP + "2031-04-09", GROUP + "2031-01-22", GROUP + "2031-09-18"},
    ),
    (
        "minutes-next-date-first",
        MINUTES + "2. Rondvraag\nGeen punten.\n\n"
        "Op 2 oktober 2031 vindt de volgende vergadering plaats, in Luxemburg.\n",
        "",
        {GROUP + "2031-04-09", GROUP + "2031-10-02"},
    ),
    (
        "minutes-ordinal-word",
        MINUTES
        + "2. Planning\nDe tiende vergadering wordt gehouden op 11 december 2031 in Den Haag.\n",
        "",
        {GROUP + "2031-04-09", GROUP + "2031-12-11"},
    ),
    # -- a letter on one body's meeting ----------------------------------------------------------
    (
        "letter-committee-next-meeting",
        "Betreft: Verslag van de vergadering van het Benelux Comité van Ministers van 14 juni 2030\n\n"
        "Hierbij bericht ik uw Kamer over de vergadering van het Benelux Comité van Ministers die "
        "op 14 juni 2030 in Luxemburg plaatsvond.\n\n"
        "Het Comité besprak de voortgang van het werkprogramma. De volgende vergadering vindt op "
        "6 december 2030 in Brussel plaats, onder Belgisch voorzitterschap.\n",
        "2030-06-20",
        {
            EV + "vergadering-comite-van-ministers-2030-06-14",
            EV + "vergadering-comite-van-ministers-2030-12-06",
        },
    ),
    # -- a group's first meeting with a new member ----------------------------------------------
    (
        "first-meeting-with-new-member",
        "Concreet treedt Wallonië per 1 januari toe tot de Benelux-werkgroep Bodemsanering. Die "
        "werkgroep valt onder het Directiecomité Leefmilieu.\n\n"
        "De eerste vergadering met Wallonië aan tafel vindt op 20 februari 2031 in Bergen plaats. "
        "Op de agenda staat de uitvoering van het actieplan.\n",
        "2031-01-10",
        {EV + "vergadering-benelux-werkgroep-bodemsanering-2031-02-20"},
    ),
    # -- a coordination meeting named by a compound on "overleg" --------------------------------
    (
        "dated-compound-overleg",
        "Bevinding 2.1 – De samenwerking werkt. Het jaarlijkse coördinatieoverleg van 4 oktober "
        "2030 in Antwerpen, waaraan ook Frontex deelnam, gold voor de respondenten als het ijkpunt.\n",
        "",
        {EV + "jaarlijkse-coordinatieoverleg-2030-10-04"},
    ),
    # -- negatives -----------------------------------------------------------------------------
    # A deadline, a publication and a date after the next meeting's verb are no meeting.
    (
        "minutes-deadline-and-publication",
        MINUTES + "2. Rapport\nDe werkgroep rondt het rapport af vóór 1 juni 2031. De volgende "
        "vergadering bespreekt de nota die op 12 mei 2031 verschijnt. De volgende vergadering "
        "moet vóór 15 juni 2031 plaatsvinden.\n",
        "",
        {GROUP + "2031-04-09"},
    ),
    # Another body's next meeting is that body's, not the group's.
    (
        "minutes-other-body-next",
        MINUTES + "2. Mededelingen\nDe volgende vergadering van het Directiecomité Leefmilieu "
        "vindt plaats op 5 mei 2031.\n",
        "",
        {GROUP + "2031-04-09", EV + "vergadering-directiecomite-leefmilieu-2031-05-05"},
    ),
    # Two bodies' meetings reported: whose is the next one?
    (
        "two-bodies-next-unknown",
        "De vergadering van het Benelux Comité van Ministers van 3 maart 2031 besprak het "
        "werkprogramma. De vergadering van de Benelux-werkgroep Asbest van 4 april 2031 ging over "
        "sanering.\n\nDe volgende vergadering vindt plaats op 9 juni 2031.\n",
        "",
        {
            EV + "vergadering-comite-van-ministers-2031-03-03",
            EV + "vergadering-benelux-werkgroep-asbest-2031-04-04",
        },
    ),
    # No group named: a first meeting of whom?
    (
        "first-meeting-no-group",
        "Het project start in het voorjaar. De eerste vergadering vindt plaats op 3 maart 2031 "
        "in Luik.\n",
        "",
        set(),
    ),
    # A date alone is no meeting.
    (
        "date-alone",
        MINUTES + "2. Rapport\nOp 16 juni 2031 publiceert het secretariaat het verslag.\n",
        "",
        {GROUP + "2031-04-09"},
    ),
]

WRONG: dict[str, str] = {}  # audit: 4/12 before the round, 12/12 after it


def _meetings(text: str, day: str) -> set[str]:
    """The meetings read from ``text`` dated ``day``."""
    return {
        short(e.iri.value)
        for e in extract(text, day=day).entities
        if any(t.value == BKG + "Meeting" for t in e.types)
    }


@pytest.mark.parametrize(
    ("name", "text", "day", "expected"),
    audited(CASES, lambda case: WRONG.get(str(case[0]))),
)
def test_meetings_named_by_their_day(name: str, text: str, day: str, expected: set[str]) -> None:
    assert _meetings(text, day) == expected, name


# -- an instrument referred to by a demonstrative and its kind ----------------------------------
# "Die beschikking zal Aanbeveling M (2019) 8 ... vervangen" (a planned replacement amends,
# set J): the beschikking named last before it amends the one named. Audit: 1/5 before the
# round (the negatives, and "Deze beschikking vervangt", read already), 5/5 after it.
REFERRED: list[tuple[str, str, set[tuple[str, str]]]] = [
    (
        "described-die-beschikking-zal-vervangen",
        "Het werkplan voorziet in het ontwerp van een beschikking over de erkenning van "
        "jachtaktes. Die beschikking zal Aanbeveling M (2017) 3 betreffende de jacht in de "
        "grensstreek vervangen. Het Comité zal haar naar verwachting in juni vaststellen.",
        {("instrument/beschikking-over-de-erkenning-van-jachtaktes", "instrument/m-2017-3")},
    ),
    (
        "numbered-deze-beschikking-vervangt",
        "Beschikking M (2031) 4 betreft de erkenning van diploma's. Deze beschikking vervangt "
        "Beschikking M (2015) 3.",
        {("instrument/m-2031-4", "instrument/m-2015-3")},
    ),
    (
        "kind-picks-the-antecedent",
        "Beschikking M (2031) 4 betreft diploma's; Aanbeveling M (2030) 2 betreft zwemwater. "
        "Die beschikking zal Aanbeveling M (2019) 8 over drinkwater vervangen.",
        {("instrument/m-2031-4", "instrument/m-2019-8")},
    ),
    # Negatives: no instrument of that kind named before; a group as the subject.
    (
        "kind-not-named-before",
        "Aanbeveling M (2030) 2 betreft zwemwater. Die beschikking zal Aanbeveling M (2019) 8 "
        "vervangen.",
        set(),
    ),
    (
        "group-demonstrative",
        "Het werkplan voorziet in een beschikking over jachtaktes. Die werkgroep zal "
        "Aanbeveling M (2017) 3 evalueren en vervangen.",
        set(),
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), REFERRED)
def test_demonstrative_and_kind_as_subject(
    name: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert facts(text, AMENDS) == expected, name


# -- a national act named by a capitalised compound on "-wet" ----------------------------------
# "de Tabaks- en rookwarenwet" (a first part coordinated with "en"), "de Opiumwet"; not "een
# Chipwet voor Europa" (a kind of act), nor "de wet" in lower case. Audit: 2/5 before the
# round (the negatives), 5/5 after it.
COMPOUND_ACTS: list[tuple[str, str, set[str]]] = [
    (
        "coordinated-first-part",
        "Voor Nederland sluit de werkgroep aan bij de Alcohol- en horecawet.",
        {"act/alcohol-en-horecawet"},
    ),
    (
        "one-word-compound",
        "Nederland past de Opiumwet aan; België volgt met een eigen regeling.",
        {"act/opiumwet"},
    ),
    (
        "two-compounds-in-a-list",
        "De controles steunen op de Arbeidsomstandighedenwet en de Warenwet.",
        {"act/arbeidsomstandighedenwet", "act/warenwet"},
    ),
    # Negatives: an indefinite article, the head alone in lower case.
    ("indefinite", "De Commissie kondigde een Zorgwet voor Europa aan.", set()),
    ("lower-case-head", "De wet regelt de verkoop van tabak aan minderjarigen.", set()),
]


@pytest.mark.parametrize(("name", "text", "expected"), COMPOUND_ACTS)
def test_national_act_compound_on_wet(name: str, text: str, expected: set[str]) -> None:
    assert of_class(text, "ExternalAct") == expected, name
