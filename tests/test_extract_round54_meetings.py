"""Round 54: an audit of meetings as the six document kinds state them (an annual-plan
chapter, an evaluation chapter, a Kamerbrief on a Committee of Ministers meeting, a
neighbouring region's news page, a Publicatieblad index, a working group's minutes with an
attendance list), each with the meetings the conventions annotate (tests/heldout/README.md,
"Meeting IRIs") and their participants; negatives have none.

Read since this round: minutes' headers in more layouts ("Vergadering nr. 5 — 3 februari
2032" above the group's name, "Werkgroep X – 7e vergadering" above "Datum:", "Verslag 14e
vergadering" between the group and its day, a header table) and the next meeting such minutes
announce; a body that met on a day stated before the verb ("Op 12 juni 2031 vergaderde het
Comité van Ministers", "dat op 12 juni 2031 vergaderde", "heeft op 12 juni 2031 vergaderd");
a compound on "bijeenkomst" or "vergadering" named with its day ("de evaluatiebijeenkomst van
3 mei 2031"); "rondetafelgesprek" as an event word.

Audit figure (meetings right / under another IRI / missed / false; their participants right /
missed / false): 30/2/17/0 and 16/9/0 before the round, 41/1/7/0 and 21/4/0 after it. The
cases still missed are marked xfail (strict) with the reason. "kwam ... bijeen" alone is no
meeting (seed 001), so such cases are negatives unless the text names the meeting after.
"""

from __future__ import annotations

import pytest

from benelux_kg.namespaces import BKG
from extract_helpers import PARTICIPANT, extract, short

CM = "event/vergadering-comite-van-ministers-2031-06-12"
BE, NL, LU = "country/belgie", "country/nederland", "country/luxemburg"

# (name, text, document's date, {meeting: its participants})
CASES = [
    pytest.param(
        (
            "Verslag van de 14e vergadering van de Benelux-werkgroep Grondwater\nDatum: 3 "
            "februari 2032\nPlaats: Secretariaat-Generaal, Brussel\n\nAanwezig:\n- "
            "Rijkswaterstaat (voorzitter)\n- Secretariaat-Generaal (secretariaat)\n\n1. Opening\n"
            "De voorzitter opent de vergadering."
        ),
        "",
        {
            "event/vergadering-benelux-werkgroep-grondwater-2032-02-03": {
                "institution/secretariaat-generaal",
                "organisation/rijkswaterstaat",
            }
        },
        id="min_ordinal_of_group_datum_lines",
    ),
    pytest.param(
        (
            "Notulen van de vergadering van de werkgroep Medische Hulpverlening\n12 mei 2032, "
            "Luxemburg\n\nAanwezig: Rijkswaterstaat, Secretariaat-Generaal\n\n1. Opening"
        ),
        "",
        {
            "event/vergadering-werkgroep-medische-hulpverlening-2032-05-12": {
                "institution/secretariaat-generaal",
                "organisation/rijkswaterstaat",
            }
        },
        id="min_notulen_group_date_below",
    ),
    pytest.param(
        (
            "Vergadering nr. 5 — 3 februari 2032\nBenelux-werkgroep Drinkwater\n\nAanwezig: "
            "Rijkswaterstaat\n\n1. Opening"
        ),
        "",
        {
            "event/vergadering-benelux-werkgroep-drinkwater-2032-02-03": {
                "organisation/rijkswaterstaat"
            }
        },
        id="min_nr_dash_date_group_below",
    ),
    pytest.param(
        (
            "Benelux-werkgroep Drinkwater\nVergadering nr. 5 — 3 februari 2032\n\nAanwezig: "
            "Rijkswaterstaat\n\n1. Opening"
        ),
        "",
        {
            "event/vergadering-benelux-werkgroep-drinkwater-2032-02-03": {
                "organisation/rijkswaterstaat"
            }
        },
        id="min_group_then_nr_line",
    ),
    pytest.param(
        (
            "| Vergadering | Benelux-werkgroep Bodemsanering |\n|---|---|\n| Datum | 3 februari "
            "2032 |\n| Plaats | Den Haag |\n\nAanwezig: Rijkswaterstaat\n\n1. Opening"
        ),
        "",
        {
            "event/vergadering-benelux-werkgroep-bodemsanering-2032-02-03": {
                "organisation/rijkswaterstaat"
            }
        },
        id="min_header_table",
    ),
    pytest.param(
        (
            "BENELUX-WERKGROEP LUCHTKWALITEIT\n\nVerslag van de vergadering van 3 februari "
            "2032\n\nAanwezig: Rijkswaterstaat\n\n1. Opening"
        ),
        "",
        {
            "event/vergadering-benelux-werkgroep-luchtkwaliteit-2032-02-03": {
                "organisation/rijkswaterstaat"
            }
        },
        id="min_caps_heading_verslag",
    ),
    pytest.param(
        (
            "Verslag\nWerkgroep Luchtkwaliteit – 7e vergadering\nDatum: 3 februari 2032\nPlaats: "
            "Brussel\n\nAanwezig: Rijkswaterstaat\n\n1. Opening"
        ),
        "",
        {"event/vergadering-werkgroep-luchtkwaliteit-2032-02-03": {"organisation/rijkswaterstaat"}},
        id="min_group_dash_ordinal",
    ),
    pytest.param(
        (
            "Verslag van de vergadering van de Benelux-taskforce Hittestress van dinsdag 3 "
            "februari 2032 te Luxemburg\n\nAanwezig: Rijkswaterstaat\n\n1. Opening"
        ),
        "",
        {
            "event/vergadering-benelux-taskforce-hittestress-2032-02-03": {
                "organisation/rijkswaterstaat"
            }
        },
        id="min_one_line_weekday_te",
    ),
    pytest.param(
        (
            "Verslag van de vergadering van het Directiecomité Leefmilieu van 3 februari 2032\n\n"
            "Aanwezig: Rijkswaterstaat\n\n1. Opening"
        ),
        "",
        {
            "event/vergadering-directiecomite-leefmilieu-2032-02-03": {
                "organisation/rijkswaterstaat"
            }
        },
        id="min_directiecomite_one_line",
    ),
    pytest.param(
        (
            "Benelux-werkgroep Grondwater\nVerslag 14e vergadering\n3 februari 2032, Brussel\n\n"
            "Aanwezig: Rijkswaterstaat\n\n1. Opening"
        ),
        "",
        {
            "event/vergadering-benelux-werkgroep-grondwater-2032-02-03": {
                "organisation/rijkswaterstaat"
            }
        },
        id="min_group_verslag_nth_date_place",
    ),
    pytest.param(
        (
            "Verslag van de 14e vergadering van de Benelux-werkgroep Grondwater\nDatum: 3 "
            "februari 2032\n\nAanwezig: Rijkswaterstaat\n\n1. Opening\nDe volgende vergadering "
            "vindt plaats op 19 juni 2032 in Den Haag."
        ),
        "",
        {
            "event/vergadering-benelux-werkgroep-grondwater-2032-02-03": {
                "organisation/rijkswaterstaat"
            },
            "event/vergadering-benelux-werkgroep-grondwater-2032-06-19": set(),
        },
        id="min_next_meeting",
    ),
    pytest.param(
        (
            "Datum: 3 februari 2032\nPlaats: Brussel\nBetreft: verslag van de vergadering van de "
            "Benelux-werkgroep Grondwater\n\nAanwezig: Rijkswaterstaat\n\n1. Opening"
        ),
        "",
        {
            "event/vergadering-benelux-werkgroep-grondwater-2032-02-03": {
                "organisation/rijkswaterstaat"
            }
        },
        id="min_datum_first_then_onderwerp",
    ),
    pytest.param(
        ("Verslag van de werkgroep Luchtkwaliteit over 2031\n\nDe werkgroep kwam viermaal bijeen."),
        "",
        {},
        id="min_neg_report_over_year",
    ),
    pytest.param(
        (
            "Op 12 juni 2031 vond in Luxemburg de vergadering van het Benelux Comité van "
            "Ministers plaats."
        ),
        "",
        {CM: set()},
        id="kb_took_place_fronted",
    ),
    pytest.param(
        (
            "Met deze brief informeer ik uw Kamer over de vergadering van het Comité van "
            "Ministers van 12 juni 2031."
        ),
        "",
        {CM: set()},
        id="kb_inform_of_meeting_van_date",
    ),
    pytest.param(
        ("Het Benelux Comité van Ministers heeft op 12 juni 2031 in Luxemburg vergaderd."),
        "",
        {CM: set()},
        id="kb_perfect_tense",
    ),
    pytest.param(
        ("De vergadering van het Comité van Ministers vond op 12 juni 2031 plaats in Luxemburg."),
        "",
        {CM: set()},
        id="kb_meeting_subject_took_place",
    ),
    pytest.param(
        (
            "Op 12 juni 2031 heeft in Luxemburg de vergadering van het Comité van Ministers "
            "plaatsgevonden."
        ),
        "",
        {CM: set()},
        id="kb_perfect_plaatsgevonden",
    ),
    pytest.param(
        (
            "Tijdens de vergadering van het Comité van Ministers op 12 juni 2031 werd het "
            "jaarplan vastgesteld."
        ),
        "",
        {CM: set()},
        id="kb_tijdens_op_date",
    ),
    pytest.param(
        (
            "Op 12 juni 2031 vond de halfjaarlijkse vergadering van het Comité van Ministers van "
            "de Benelux Unie plaats."
        ),
        "",
        {CM: set()},
        id="kb_halfyearly_of_union",
    ),
    pytest.param(
        (
            "De ministers van Buitenlandse Zaken van België, Nederland en Luxemburg kwamen op 12 "
            "juni 2031 in Luxemburg bijeen voor de vergadering van het Comité van Ministers."
        ),
        "",
        {CM: {BE, LU, NL}},
        id="kb_ministers_met_for_meeting",
    ),
    pytest.param(
        (
            "Het Comité van Ministers van de Benelux Unie kwam op 12 juni 2031 in Luxemburg "
            "bijeen onder voorzitterschap van Luxemburg. De vergadering stelde het jaarplan vast."
        ),
        "",
        {CM: {LU}},
        id="kb_chaired_by_luxembourg",
        marks=pytest.mark.xfail(
            strict=True,
            reason="the chairing state of a meeting met by 'kwam ... bijeen' is not read",
        ),
    ),
    pytest.param(
        (
            "Op 12 juni 2031 heb ik deelgenomen aan de vergadering van het Benelux Comité van "
            "Ministers in Luxemburg."
        ),
        "",
        {CM: set()},
        id="kb_i_took_part",
    ),
    pytest.param(
        (
            "Het Comité van Ministers, dat op 12 juni 2031 in Luxemburg bijeenkwam, stelde het "
            "jaarplan vast."
        ),
        "",
        {},
        id="kb_relative_bijeenkwam",
    ),
    pytest.param(
        (
            "Het Comité van Ministers dat op 12 juni 2031 in Luxemburg vergaderde, stelde het "
            "jaarplan vast."
        ),
        "",
        {CM: set()},
        id="kb_relative_vergaderde",
    ),
    pytest.param(
        (
            "Hierbij informeer ik u over de uitkomsten van de Benelux-ministerraad die op 12 "
            "juni 2031 in Luxemburg plaatsvond."
        ),
        "",
        {"event/benelux-ministerraad-2031-06-12": set()},
        id="kb_ministerraad",
        marks=pytest.mark.xfail(
            strict=True, reason="'de Benelux-ministerraad' is not read as a meeting"
        ),
    ),
    pytest.param(
        ("Het ministerieel overleg van 4 maart heeft de afspraken bevestigd."),
        "2031-03-20",
        {"event/ministerieel-overleg-2031-03-04": set()},
        id="kb_ministerial_consultation_no_year",
        marks=pytest.mark.xfail(
            strict=True, reason="'het overleg van 4 maart' needs its year in the name"
        ),
    ),
    pytest.param(
        (
            "De informele ministeriële Benelux-bijeenkomst van 4 maart 2031 in Brussel bracht de "
            "ministers van België, Nederland en Luxemburg samen."
        ),
        "",
        {"event/informele-ministeriele-benelux-bijeenkomst-2031-03-04": {BE, LU, NL}},
        id="kb_informal_ministerial",
        marks=pytest.mark.xfail(
            strict=True, reason="adjectives before a capitalised compound are left out of the IRI"
        ),
    ),
    pytest.param(
        ("Het Benelux-overleg op ministerieel niveau vond plaats op 4 maart 2031 in Brussel."),
        "",
        {"event/benelux-overleg-op-ministerieel-niveau-2031-03-04": set()},
        id="kb_benelux_overleg_ministerial_level",
        marks=pytest.mark.xfail(
            strict=True, reason="'het Benelux-overleg op ministerieel niveau' is not read"
        ),
    ),
    pytest.param(
        (
            "Op 12 juni 2031 vergaderde het Comité van Ministers in Luxemburg. Aan de "
            "vergadering namen ook Noordrijn-Westfalen en de Grande Région deel."
        ),
        "",
        {CM: {"region/grande-region", "region/noordrijn-westfalen"}},
        id="kb_participants_after",
    ),
    pytest.param(
        (
            "Op 12 juni 2031 vergaderde het Comité van Ministers in Luxemburg. Tijdens deze "
            "bijeenkomst werd het jaarplan vastgesteld."
        ),
        "",
        {CM: set()},
        id="kb_tijdens_deze_bijeenkomst_anaphor",
    ),
    pytest.param(
        ("Het Comité van Ministers zal in juni 2032 opnieuw vergaderen."),
        "",
        {},
        id="kb_neg_month_only",
    ),
    pytest.param(
        ("Het Comité van Ministers is het hoogste besluitvormende orgaan van de Benelux Unie."),
        "",
        {},
        id="kb_neg_body",
    ),
    pytest.param(
        (
            "In oktober 2032 organiseert het Secretariaat-Generaal de Benelux-conferentie "
            "Grondwater zonder Grenzen."
        ),
        "",
        {
            "event/benelux-conferentie-grondwater-zonder-grenzen": {
                "institution/secretariaat-generaal"
            }
        },
        id="ap_named_conference_month",
    ),
    pytest.param(
        ("Op 14 maart 2032 vindt in Maastricht de Benelux-Grondwaterdag plaats."),
        "",
        {"event/benelux-grondwaterdag": set()},
        id="ap_named_day",
    ),
    pytest.param(
        (
            "In het voorjaar van 2032 vindt een expertenbijeenkomst over grondwatermonitoring "
            "plaats."
        ),
        "",
        {},
        id="ap_neg_spring_expert_meeting",
    ),
    pytest.param(
        (
            "De werkgroep vergadert viermaal per jaar; de vergaderingen worden voorbereid door "
            "het Secretariaat-Generaal."
        ),
        "",
        {},
        id="ap_neg_generic_meetings",
    ),
    pytest.param(
        ("Op 14 maart 2032 organiseert de werkgroep een studiedag voor waterbeheerders."),
        "",
        {"event/studiedag-voor-waterbeheerders-2032-03-14": set()},
        id="ap_study_day_dated",
        marks=pytest.mark.xfail(
            strict=True, reason="'organiseert' (present) is no verb of a day event"
        ),
    ),
    pytest.param(
        ("De startbijeenkomst van de Benelux-werkgroep Grondwater vond plaats op 9 februari 2032."),
        "",
        {"event/startbijeenkomst-benelux-werkgroep-grondwater-2032-02-09": set()},
        id="ap_startbijeenkomst_group",
    ),
    pytest.param(
        (
            "Tijdens de evaluatiebijeenkomst van 3 mei 2031 in Brussel bespraken de leden de "
            "eerste resultaten."
        ),
        "",
        {"event/evaluatiebijeenkomst-2031-05-03": set()},
        id="ev_evaluation_meeting_of_day",
    ),
    pytest.param(
        (
            "Op 3 mei 2031 vond in Brussel een evaluatiebijeenkomst plaats met de leden van de "
            "werkgroep."
        ),
        "",
        {"event/evaluatiebijeenkomst-2031-05-03": set()},
        id="ev_evaluation_meeting_took_place",
        marks=pytest.mark.xfail(
            strict=True, reason="an indefinite kind with no audience or subject is not named"
        ),
    ),
    pytest.param(
        ("Daarnaast werden twee rondetafelgesprekken met de betrokken diensten georganiseerd."),
        "",
        {},
        id="ev_neg_two_round_tables",
    ),
    pytest.param(
        (
            "Het Benelux-rondetafelgesprek over medische helikopters van 5 april 2031 bracht de "
            "drie landen samen."
        ),
        "",
        {"event/benelux-rondetafelgesprek-over-medische-helikopters": set()},
        id="ev_round_table_named_dated",
    ),
    pytest.param(
        ("Op 12 oktober 2030 vond een stakeholderbijeenkomst over medische helikopters plaats."),
        "",
        {"event/stakeholderbijeenkomst-over-medische-helikopters-2030-10-12": set()},
        id="ev_stakeholder_with",
    ),
    pytest.param(
        (
            "Op 14 mei 2032 kwam de Interregionale Parlementsraad in Saarbrücken bijeen. De "
            "vergadering was gewijd aan grensarbeid."
        ),
        "",
        {"event/vergadering-interregionale-parlementsraad-2032-05-14": set()},
        id="rg_ipr_met",
    ),
    pytest.param(
        ("De Interregionale Parlementsraad kwam op 14 mei 2032 in Saarbrücken bijeen."),
        "",
        {},
        id="rg_ipr_met_subject_first",
    ),
    pytest.param(
        ("De top van de Grande Région vond op 30 januari 2032 plaats in Metz."),
        "",
        {"event/top-grande-region-2032-01-30": set()},
        id="rg_summit_grande_region",
    ),
    pytest.param(
        ("Minister-president Anke Rehlinger bracht op 3 maart 2032 een werkbezoek aan Luxemburg."),
        "",
        {"event/werkbezoek-aan-luxemburg-2032-03-03": set()},
        id="rg_visit_minister_president",
    ),
    pytest.param(
        (
            "Tijdens de Regionalkonferenz van 3 maart 2032 in Saarbrücken stelden de partners "
            "het plan vast."
        ),
        "",
        {"event/regionalkonferenz-2032-03-03": set()},
        id="rg_regionalkonferenz_dated",
        marks=pytest.mark.xfail(strict=True, reason="German event words are not read"),
    ),
    pytest.param(
        ("Op 3 maart 2032 vond in Saarbrücken de Grubenwasser-Konferenz plaats."),
        "",
        {"event/grubenwasser-konferenz": set()},
        id="rg_named_konferenz",
        marks=pytest.mark.xfail(strict=True, reason="German event words are not read"),
    ),
    pytest.param(
        (
            "De Interregionale Parlementsraad (IPR) is het parlementaire orgaan van de Grande "
            "Région."
        ),
        "",
        {},
        id="rg_neg_ipr_body",
    ),
    pytest.param(
        ("De Conferentie van Regionale Overheden adviseert de regeringen."),
        "",
        {},
        id="rg_neg_conference_body",
    ),
    pytest.param(
        (
            "Aanbeveling 1020/2 inzake grondwater, aangenomen door het Benelux-Parlement tijdens "
            "de plenaire zitting van 14 maart 2032."
        ),
        "",
        {"event/plenaire-zitting-benelux-parlement-2032-03": set()},
        id="pb_plenary_session",
    ),
    pytest.param(
        (
            "Beschikking M (2032) 3 van het Comité van Ministers inzake grondwater, aangenomen "
            "tijdens de vergadering van het Comité van Ministers van 12 juni 2032."
        ),
        "",
        {"event/vergadering-comite-van-ministers-2032-06-12": set()},
        id="pb_decision_at_cm_meeting",
    ),
    pytest.param(
        ("Beschikking M (2032) 3 van het Comité van Ministers inzake grondwater, d.d. 12.06.2032."),
        "",
        {},
        id="pb_neg_decision_dd",
    ),
    pytest.param(
        (
            "Verslag van de 14e vergadering van de Benelux-werkgroep Grondwater\nDatum: 3 "
            "februari 2032\n\nAanwezig: Rijkswaterstaat\nVerhinderd: Secretariaat-Generaal\n\n1. "
            "Opening"
        ),
        "",
        {
            "event/vergadering-benelux-werkgroep-grondwater-2032-02-03": {
                "organisation/rijkswaterstaat"
            }
        },
        id="min_excused_not_meeting",
    ),
    pytest.param(
        (
            "Op 12 juni 2031 vergaderde het Comité van Ministers. De volgende vergadering van "
            "het Comité van Ministers vindt plaats op 11 december 2031."
        ),
        "",
        {CM: set(), "event/vergadering-comite-van-ministers-2031-12-11": set()},
        id="kb_next_meeting_of_cm",
    ),
    pytest.param(
        (
            "Het Comité van Ministers kwam gisteren in Luxemburg bijeen. De vergadering stelde "
            "het jaarplan vast."
        ),
        "2031-06-13",
        {CM: set()},
        id="kb_met_yesterday",
    ),
]


@pytest.mark.parametrize(("text", "day", "gold"), CASES)
def test_meetings_and_participants(text: str, day: str, gold: dict[str, set[str]]) -> None:
    extraction = extract(text, day=day)
    found = {
        short(e.iri.value)
        for e in extraction.entities
        if any(t.value == BKG + "Meeting" for t in e.types)
    }
    participants = {
        (short(f.subject.value), short(f.object.value))
        for f in extraction.facts
        if f.predicate.value == PARTICIPANT and short(f.subject.value) in found
    }
    assert found == set(gold)
    assert participants == {(m, p) for m, ps in gold.items() for p in ps}


@pytest.mark.parametrize(
    "text",
    [
        # A compound that only ends like a meeting word, and a kind of one-day meeting that is
        # named by its audience or subject too (read elsewhere, with it).
        "De concessie van 5 april 2031 loopt in 2040 af.",
        "Tijdens de stakeholderbijeenkomst van 12 oktober 2023 werd het register besproken.",
        # A group's name above a bare date is a letterhead as often as a header.
        "Benelux-werkgroep Drinkwater\n3 februari 2032\n\nAanwezig: Rijkswaterstaat",
        # A number of a meeting without its day, a day with no meeting.
        "Benelux-werkgroep Drinkwater\nVergadering nr. 5\n\nAanwezig: Rijkswaterstaat",
        # "vergaderd" of people, not of a named body.
        "De ministers hebben op 12 juni 2031 in Luxemburg vergaderd.",
    ],
)
def test_no_meeting(text: str) -> None:
    assert not {
        e.iri.value
        for e in extract(text).entities
        if any(t.value == BKG + "Meeting" for t in e.types)
    }


@pytest.mark.parametrize(
    "text",
    [
        "Op 12 juni 2031 vergaderde het Comité van Ministers in Luxemburg.",
        "Het Comité van Ministers heeft op 12 juni 2031 vergaderd.",
        "Het Comité van Ministers, dat op 12 juni 2031 in Den Haag vergaderde, stelde dit vast.",
        "De vergadering van het Comité van Ministers van 12 juni 2031 stelde het plan vast.",
    ],
)
def test_committee_met_however_the_day_is_placed(text: str) -> None:
    assert {
        short(e.iri.value)
        for e in extract(text).entities
        if any(t.value == BKG + "Meeting" for t in e.types)
    } == {CM}
