"""Round 25: bodies named in forms that recur across Benelux documents by different writers.

- a name the apposition after it says is a body's ("X, de Duitse vereniging die ...");
- German ministries and chancelleries named by a compound ("het Finanzministerium van ...");
- a legal form or kind in lower case before the name ("de vzw X", "het adviesbureau Y");
- hospitals ("het Ziekenhuis X", "het Maasziekenhuis", "het Centre hospitalier du Nord");
- French names with two adjectives after the head, "Autorité", and "européen(ne)" that puts a
  French-named body above the states;
- an acronym with the name it stands for in brackets after it ("GRM (Grensregio ...)");
- Belgian police zones ("de Politiezone Maasland").
"""

from __future__ import annotations

import pytest

from extract_helpers import classes, extract, of_class

ORG = "organisation/"

# -- apposition: "NAME, de [adjectives] <kind of body>" --------------------------------------


@pytest.mark.parametrize(
    ("text", "iri"),
    [
        (
            "De werkgroep stemt af met Datanet, de Europese vereniging die het netwerk beheert.",
            "datanet",
        ),
        (
            "Wij spraken met Grenslicht, de Belgische stichting voor duisternis, over de campagne.",
            "grenslicht",
        ),
        (
            "Het advies kwam van Fietsvoorall, de Vlaamse belangenorganisatie voor fietsers.",
            "fietsvoorall",
        ),
        (
            "Verder schuift Kompasnet, het Nederlandse adviesbureau voor mobiliteit, aan.",
            "kompasnet",
        ),
        (
            "De ouders zijn vertegenwoordigd; OuderKracht, de Nederlandse vereniging van ouders.",
            "ouderkracht",
        ),
        ("Ook werd Data.NRW, de breedbandorganisatie van de deelstaat, uitgenodigd.", "data-nrw"),
    ],
)
def test_a_name_the_apposition_calls_a_body(text: str, iri: str) -> None:
    assert classes(text).get(ORG + iri) == "ExternalOrganisation"


def test_an_apposition_of_a_member_states_agency_makes_a_national_body() -> None:
    text = "Het akkoord met Grensnet, het Vlaamse agentschap voor netten, werd getekend."
    assert classes(text).get(ORG + "grensnet") == "NationalBody"


@pytest.mark.parametrize(
    "text",
    [
        "Kortom, de organisatie moet beter samenwerken.",  # a sentence's first word
        "Hij woont in Maastricht, de stad die aan de grens ligt.",  # no body's noun
        "Samen met Jan Peeters, de voorzitter van de vereniging, sprak zij.",
        "In Antwerpen, de grootste haven van het land, werkt het bedrijf.",
        "Via Brussel, het agentschap van de regio, loopt het dossier.",  # a place
    ],
)
def test_no_body_from_an_apposition_without_one(text: str) -> None:
    found = of_class(text, "ExternalOrganisation") | of_class(text, "NationalBody")
    assert not {i for i in found if i.split("/")[-1] in {"kortom", "maastricht", "antwerpen"}}
    assert ORG + "jan-peeters" not in found
    assert ORG + "brussel" not in found


# -- German ministries and chancelleries named by a compound ---------------------------------


@pytest.mark.parametrize(
    ("text", "iri"),
    [
        (
            "Het Finanzministerium van Noordrijn-Westfalen volgt het werk.",
            "finanzministerium-van-noordrijn-westfalen",
        ),
        ("Als waarnemer neemt het Umweltministerium deel.", "umweltministerium"),
        ("Het Bundesumweltministerium was vertegenwoordigd.", "bundesumweltministerium"),
        ("Een delegatie van de Staatskanzlei was aanwezig.", "staatskanzlei"),
        ("De Staatskanzlei Rheinland-Pfalz nam deel.", "staatskanzlei-rheinland-pfalz"),
    ],
)
def test_a_german_ministry_or_chancellery_by_its_compound(text: str, iri: str) -> None:
    assert classes(text).get(ORG + iri) == "ExternalOrganisation"


def test_a_lower_case_ministry_word_is_no_body() -> None:
    assert not of_class("Het ministerium heeft dat gezegd.", "ExternalOrganisation")


# -- a legal form or kind before the name ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iri"),
    [
        ("De vzw Grenzeloos Zorgen reageerde op het voorstel.", "grenzeloos-zorgen"),
        ("Volgens de asbl Frontières Ouvertes is dat te weinig.", "frontieres-ouvertes"),
        ("Het adviesbureau Kompasnet voerde de studie uit.", "kompasnet"),
        ("De vakbond Grensbond vraagt meer aandacht.", "grensbond"),
        ("Het ziekenhuis Sint-Grens werkt over de grens.", "sint-grens"),
    ],
)
def test_a_kind_in_lower_case_before_the_name(text: str, iri: str) -> None:
    assert classes(text).get(ORG + iri) == "ExternalOrganisation"


def test_a_kind_alone_is_no_body() -> None:
    text = "De vakbonden en de ziekenhuizen zijn betrokken; de vzw zal antwoorden."
    assert not of_class(text, "ExternalOrganisation")


# -- hospitals ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iri"),
    [
        (
            "Het Ziekenhuis Oost-Grensland werkt samen met de huisartsen.",
            "ziekenhuis-oost-grensland",
        ),
        ("Patiënten gaan naar het Maasziekenhuis in de buurt.", "maasziekenhuis"),
        ("Het Universitätsklinikum Aachen neemt patiënten op.", "universitatsklinikum-aachen"),
        ("Het Centre hospitalier du Nord en de artsen werken samen.", "centre-hospitalier-du-nord"),
    ],
)
def test_a_hospital(text: str, iri: str) -> None:
    assert classes(text).get(ORG + iri) == "ExternalOrganisation"


def test_the_hospital_alone_is_no_body() -> None:
    assert not of_class("Het ziekenhuis ligt aan de grens.", "ExternalOrganisation")


# -- French names: two adjectives, "Autorité", "européen" ------------------------------------


def test_a_french_authority_with_two_adjectives_is_national() -> None:
    text = "De Autorité luxembourgeoise indépendante de l'audiovisuel werkt mee."
    iri = ORG + "autorite-luxembourgeoise-independante-de-l-audiovisuel"
    assert classes(text).get(iri) == "NationalBody"


@pytest.mark.parametrize(
    ("text", "iri"),
    [
        (
            "Volgens de Autorité européenne des marchés financiers is dat zo.",
            "autorite-europeenne-des-marches-financiers",
        ),
        (
            "Het Office européen de lutte antifraude onderzoekt de zaak.",
            "office-europeen-de-lutte-antifraude",
        ),
        (
            "De Agence européenne des produits chimiques adviseert.",
            "agence-europeenne-des-produits-chimiques",
        ),
    ],
)
def test_a_european_french_name_is_above_the_states(text: str, iri: str) -> None:
    assert classes(text).get(ORG + iri) == "ExternalOrganisation"


def test_a_french_name_stops_before_a_dutch_word() -> None:
    text = "De Administration des ponts et chaussées hier en daar."
    assert ORG + "administration-des-ponts-et-chaussees" in of_class(text, "NationalBody")


# -- an acronym, then its name in brackets ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iri", "cls"),
    [
        (
            "Het rapport is opgesteld door GRM (Grensregio Mobiliteitscentrum). GRM publiceert.",
            "grensregio-mobiliteitscentrum",
            "ExternalOrganisation",
        ),
        (
            "Wij werken samen met het CGW (Centrum voor Grenswerk). Het CGW adviseert.",
            "centrum-voor-grenswerk",
            "NationalBody",  # named in Dutch by its task (round 53; external before)
        ),
        (
            "Volgens het VBGA (Vlaams Bureau voor Grensarbeid) stijgt het aantal.",
            "vlaams-bureau-voor-grensarbeid",
            "NationalBody",
        ),
    ],
)
def test_an_acronym_before_its_name(text: str, iri: str, cls: str) -> None:
    assert classes(text).get(ORG + iri) == cls


def test_the_acronym_before_its_name_and_its_later_use_are_mentions() -> None:
    text = "Het rapport is opgesteld door GRM (Grensregio Mobiliteitscentrum). GRM publiceert."
    spans = {
        text[m.begin : m.end]
        for m in extract(text).mentions
        if m.entity.value.endswith("grensregio-mobiliteitscentrum")
    }
    assert spans == {"GRM", "Grensregio Mobiliteitscentrum"}


@pytest.mark.parametrize(
    "text",
    [
        "De werkgroep WMC (Werkgroep Mobiele Connectiviteit) vergadert.",  # a group
        "De KRW (Kaderrichtlijn Water) geldt.",  # an act
        "In de tabel: BE (België), NL (Nederland), LU (Luxemburg).",
        "Het ABC (Grensregio Mobiliteitscentrum) telt niet.",  # letters that do not follow
    ],
)
def test_no_body_from_an_acronym_before_another_kind(text: str) -> None:
    assert not of_class(text, "ExternalOrganisation") and not of_class(text, "NationalBody")


# -- Belgian police zones --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iri"),
    [
        ("De Politiezone Maasland werkt samen met de buren.", "politiezone-maasland"),
        ("Daarnaast is de Politiezone Grenskant betrokken.", "politiezone-grenskant"),
        ("Agenten van de Politiezone Vesdre patrouilleren mee.", "politiezone-vesdre"),
    ],
)
def test_a_police_zone_is_national(text: str, iri: str) -> None:
    assert classes(text).get(ORG + iri) == "NationalBody"


def test_the_police_zone_alone_is_no_body() -> None:
    assert not of_class("De politiezone zal een besluit nemen.", "NationalBody")


# -- the Belgian "Directie-generaal" ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iri"),
    [
        (
            "De Directie-generaal Wegen en Verkeer van de FOD Mobiliteit en Vervoer nam deel.",
            "directie-generaal-wegen-en-verkeer",
        ),
        (
            "Namens de Directie-generaal Luchtvaart van de FOD Mobiliteit sprak de directeur.",
            "directie-generaal-luchtvaart",
        ),
        ("De Directie-generaal Energie van de FOD Economie overlegt.", "directie-generaal-energie"),
    ],
)
def test_a_directorate_general_of_a_federal_service_is_national(text: str, iri: str) -> None:
    assert classes(text).get(ORG + iri) == "NationalBody"


def test_the_directorate_general_alone_is_no_body() -> None:
    assert not of_class("De Directie-generaal zal antwoorden.", "NationalBody")
