"""Round 53: a second audit of bodies the reference data does not know, written before this
round changed the extractor.

Seventy-two further made-up national bodies and external organisations in short Dutch
sentences, in the policy fields of round 51's audit (``test_extract_round51_body_audit``),
named in Dutch, French, German and English, by the conventions of ``tests/heldout/README.md``;
thirteen new negatives. Each name is read blind to the reference data's bodies and must be
found with its whole span and its class. The names were written before any code of this round,
so that they measure the round's constructions on names nobody fixed them against: 37 of the
72 were read whole with their class before this round, 50 after it, and the false bodies in
the negatives went from 1 ("het Centrum van Maastricht") to 0. Those not yet read so are
listed in ``_MISSED`` and expected to fail (strictly: a fix shows).

Then the constructions this round reads, each with made-up variants and a near miss.
"""

from __future__ import annotations

import pytest

from extract_helpers import audited, blind_bodies, blind_body_spans

_N = "NationalBody"
_E = "ExternalOrganisation"

_CASES = [
    (
        "health",
        "Het Federaal Kenniscentrum voor de Gezondheidszorg bracht advies uit.",
        "Federaal Kenniscentrum voor de Gezondheidszorg",
        _N,
    ),
    (
        "health",
        "Het Centraal Bureau voor Zorginformatie publiceerde de cijfers.",
        "Centraal Bureau voor Zorginformatie",
        _N,
    ),
    (
        "health",
        "In Luxemburg test het Laboratoire national de contrôle de monsters.",
        "Laboratoire national de contrôle",
        _N,
    ),
    (
        "health",
        "Het Klinikum Saarbrücken neemt ook Luxemburgse patiënten op.",
        "Klinikum Saarbrücken",
        _E,
    ),
    (
        "ems",
        "De Veiligheidsregio Limburg-Noord coördineert de ambulancezorg.",
        "Veiligheidsregio Limburg-Noord",
        _N,
    ),
    (
        "ems",
        "De Hulpverleningszone Kempen stuurt een ziekenwagen.",
        "Hulpverleningszone Kempen",
        _N,
    ),
    ("ems", "De Meldkamer Oost-Nederland verdeelt de ritten.", "Meldkamer Oost-Nederland", _N),
    (
        "water",
        "De Vereniging van Vlaamse Drinkwaterbedrijven reageerde op het plan.",
        "Vereniging van Vlaamse Drinkwaterbedrijven",
        _E,
    ),
    (
        "water",
        "De Inspectie Leefomgeving en Transport controleert de waterbedrijven.",
        "Inspectie Leefomgeving en Transport",
        _N,
    ),
    ("water", "Het Waterbedrijf Limburg investeert in zuivering.", "Waterbedrijf Limburg", _E),
    (
        "mining",
        "De Inspectie Toezicht op de Energievoorziening keurde de boring goed.",
        "Inspectie Toezicht op de Energievoorziening",
        _N,
    ),
    (
        "mining",
        "Het Landesamt für Geologie und Bergwesen keurde het plan goed.",
        "Landesamt für Geologie und Bergwesen",
        _E,
    ),
    (
        "school",
        "Het Agentschap voor Onderwijsdiensten betaalt de lonen.",
        "Agentschap voor Onderwijsdiensten",
        _N,
    ),
    (
        "school",
        "In Luxemburg organiseert het Institut national des langues de examens.",
        "Institut national des langues",
        _N,
    ),
    (
        "vet",
        "Het Uitvoeringsinstituut Beroepsopleidingen verdeelt de subsidies.",
        "Uitvoeringsinstituut Beroepsopleidingen",
        _N,
    ),
    (
        "vet",
        "Het Bundesinstitut für Berufsbildung publiceerde een studie.",
        "Bundesinstitut für Berufsbildung",
        _E,
    ),
    (
        "aviation",
        "De Onderzoeksraad voor Luchtvaartincidenten onderzocht het ongeval.",
        "Onderzoeksraad voor Luchtvaartincidenten",
        _N,
    ),
    (
        "aviation",
        "De Deutsche Flugsicherung regelt het verkeer boven de Eifel.",
        "Deutsche Flugsicherung",
        _E,
    ),
    (
        "aviation",
        "In Luxemburg regelt de Administration de la navigation aérienne het verkeer.",
        "Administration de la navigation aérienne",
        _N,
    ),
    (
        "ports",
        "Het Havenbedrijf Antwerpen-Brugge breidt de terminal uit.",
        "Havenbedrijf Antwerpen-Brugge",
        _E,
    ),
    (
        "ports",
        "Het Kustwachtcentrum Den Helder coördineerde de redding.",
        "Kustwachtcentrum Den Helder",
        _N,
    ),
    ("rail", "Het Eisenbahn-Bundesamt keurde de treinen goed.", "Eisenbahn-Bundesamt", _E),
    (
        "rail",
        "De Dienst Veiligheid en Interoperabiliteit der Spoorwegen gaf de vergunning.",
        "Dienst Veiligheid en Interoperabiliteit der Spoorwegen",
        _N,
    ),
    (
        "road",
        "In Luxemburg keurt de Société Nationale de Contrôle Technique de voertuigen.",
        "Société Nationale de Contrôle Technique",
        _N,
    ),
    (
        "police",
        "Het Centraal Orgaan voor de Inbeslagneming en de Verbeurdverklaring beheert de goederen.",
        "Centraal Orgaan voor de Inbeslagneming en de Verbeurdverklaring",
        _N,
    ),
    ("police", "Het Bundeskriminalamt deelt zijn gegevens.", "Bundeskriminalamt", _E),
    (
        "prisons",
        "De Dienst Justitiële Inrichtingen beheert de gevangenissen.",
        "Dienst Justitiële Inrichtingen",
        _N,
    ),
    (
        "prisons",
        "In Luxemburg verblijven de gedetineerden in het Centre pénitentiaire de Luxembourg.",
        "Centre pénitentiaire de Luxembourg",
        _N,
    ),
    ("fire", "De Brandweerzone Antwerpen rukte uit.", "Brandweerzone Antwerpen", _N),
    (
        "fire",
        "Het Nederlands Instituut Publieke Veiligheid leidt de brandweerlieden op.",
        "Nederlands Instituut Publieke Veiligheid",
        _N,
    ),
    (
        "fire",
        "Het Corps grand-ducal d'incendie et de secours stuurde twee wagens.",
        "Corps grand-ducal d'incendie et de secours",
        _N,
    ),
    (
        "food",
        "Het Federaal Agentschap voor de Veiligheid van de Voedselketen nam stalen.",
        "Federaal Agentschap voor de Veiligheid van de Voedselketen",
        _N,
    ),
    (
        "food",
        "Het Bundesinstitut für Risikobewertung deelt zijn analyses.",
        "Bundesinstitut für Risikobewertung",
        _E,
    ),
    (
        "food",
        "Het Instituut voor Voedselveiligheid en Diergezondheid analyseerde de monsters.",
        "Instituut voor Voedselveiligheid en Diergezondheid",
        _N,
    ),
    (
        "nuclear",
        "Het Federaal Agentschap voor Nucleaire Controle houdt toezicht.",
        "Federaal Agentschap voor Nucleaire Controle",
        _N,
    ),
    (
        "nuclear",
        "De Nationale Instelling voor Radioactief Afval beheert de opslag.",
        "Nationale Instelling voor Radioactief Afval",
        _N,
    ),
    (
        "energy",
        "De Vlaamse Regulator van de Elektriciteits- en Gasmarkt publiceerde de tarieven.",
        "Vlaamse Regulator van de Elektriciteits- en Gasmarkt",
        _N,
    ),
    ("energy", "De Bundesnetzagentur keurde de verbinding goed.", "Bundesnetzagentur", _E),
    ("telecom", "Het Agentschap Telecom meet de straling van de masten.", "Agentschap Telecom", _N),
    (
        "stats",
        "Het Planbureau voor Economische Analyse raamt de groei.",
        "Planbureau voor Economische Analyse",
        _N,
    ),
    ("stats", "Het Centraal Planbureau raamt de groei lager.", "Centraal Planbureau", _N),
    (
        "stats",
        "Het Statistisches Landesamt Rheinland-Pfalz telt de pendelaars.",
        "Statistisches Landesamt Rheinland-Pfalz",
        _E,
    ),
    (
        "culture",
        "Het Koninklijk Instituut voor het Kunstpatrimonium restaureert het retabel.",
        "Koninklijk Instituut voor het Kunstpatrimonium",
        _N,
    ),
    ("culture", "Het Goethe-Institut organiseert de taallessen.", "Goethe-Institut", _E),
    ("sport", "De Dopingautoriteit controleert de renners.", "Dopingautoriteit", _N),
    (
        "sport",
        "De Koninklijke Belgische Voetbalbond organiseert de wedstrijd.",
        "Koninklijke Belgische Voetbalbond",
        _E,
    ),
    (
        "tourism",
        "Het Nederlands Bureau voor Toerisme en Congressen promoot Limburg.",
        "Nederlands Bureau voor Toerisme en Congressen",
        _N,
    ),
    (
        "social",
        "De Rijksdienst voor Pensioenen betaalt de pensioenen uit.",
        "Rijksdienst voor Pensioenen",
        _N,
    ),
    (
        "social",
        "De Hulpkas voor Ziekte- en Invaliditeitsverzekering betaalt terug.",
        "Hulpkas voor Ziekte- en Invaliditeitsverzekering",
        _N,
    ),
    (
        "labour",
        "De Inspectie Werk en Inkomen onderzocht de uitkeringen.",
        "Inspectie Werk en Inkomen",
        _N,
    ),
    (
        "labour",
        "In Luxemburg controleert de Inspection du travail et des mines de werven.",
        "Inspection du travail et des mines",
        _N,
    ),
    (
        "planning",
        "In Wallonië beschermt het Agence wallonne du Patrimoine de monumenten.",
        "Agence wallonne du Patrimoine",
        _N,
    ),
    (
        "nature",
        "Het Instituut voor Bosbouw en Wildbeheer telt de herten.",
        "Instituut voor Bosbouw en Wildbeheer",
        _N,
    ),
    (
        "nature",
        "Het Bundesamt für Naturschutz steunt het project.",
        "Bundesamt für Naturschutz",
        _E,
    ),
    (
        "data",
        "De Gegevensbeschermingsautoriteit legde een boete op.",
        "Gegevensbeschermingsautoriteit",
        _N,
    ),
    (
        "data",
        "De Toezichthouder voor de Informatiebeveiliging gaf advies.",
        "Toezichthouder voor de Informatiebeveiliging",
        _N,
    ),
    (
        "cyber",
        "Het Nationaal Centrum voor Cyberveiligheid waarschuwde de bedrijven.",
        "Nationaal Centrum voor Cyberveiligheid",
        _N,
    ),
    (
        "intl",
        "De Aziatische Ontwikkelingsbank financiert de haven.",
        "Aziatische Ontwikkelingsbank",
        _E,
    ),
    (
        "intl",
        "De Internationale Arbeidsorganisatie publiceerde de normen.",
        "Internationale Arbeidsorganisatie",
        _E,
    ),
    (
        "customs",
        "De Administratie der Douane en Accijnzen controleert de vrachtwagens.",
        "Administratie der Douane en Accijnzen",
        _N,
    ),
    ("customs", "Het Zollkriminalamt onderzoekt de smokkel.", "Zollkriminalamt", _E),
    ("consumer", "De Consumentenbond kaartte het probleem aan.", "Consumentenbond", _E),
    (
        "lux",
        "In Luxemburg int de Administration des contributions directes de belasting.",
        "Administration des contributions directes",
        _N,
    ),
    (
        "lux",
        "Het Centre commun de la sécurité sociale registreert de grensarbeiders.",
        "Centre commun de la sécurité sociale",
        _N,
    ),
    (
        "brussels",
        "Het Brussels Instituut voor Milieubeheer meet de luchtkwaliteit.",
        "Brussels Instituut voor Milieubeheer",
        _N,
    ),
    (
        "wallonia",
        "Het Office wallon des déchets volgt de afvalstromen.",
        "Office wallon des déchets",
        _N,
    ),
    (
        "list",
        "Het rapport werd opgesteld door het Centraal Planbureau en de Deutsche Bundesbank.",
        "Deutsche Bundesbank",
        _E,
    ),
    (
        "univ",
        "De Universiteit van Luxemburg leidt het onderzoek.",
        "Universiteit van Luxemburg",
        _E,
    ),
    (
        "univ",
        "Het Universitair Medisch Centrum Utrecht behandelt de patiënten.",
        "Universitair Medisch Centrum Utrecht",
        _E,
    ),
    (
        "nl",
        "Het Centraal Orgaan opvang asielzoekers zoekt nieuwe locaties.",
        "Centraal Orgaan opvang asielzoekers",
        _N,
    ),
    (
        "tax",
        "De Administration de l'enregistrement et des domaines int de btw.",
        "Administration de l'enregistrement et des domaines",
        _N,
    ),
    (
        "land",
        "Het Kadasterbureau Zuid-Limburg meet de percelen op.",
        "Kadasterbureau Zuid-Limburg",
        _N,
    ),
]

_MISSED = frozenset(
    {
        ("health", "Federaal Kenniscentrum voor de Gezondheidszorg"),
        ("health", "Laboratoire national de contrôle"),
        ("ems", "Meldkamer Oost-Nederland"),
        ("water", "Waterbedrijf Limburg"),
        ("school", "Institut national des langues"),
        ("aviation", "Deutsche Flugsicherung"),
        ("aviation", "Onderzoeksraad voor Luchtvaartincidenten"),
        ("ports", "Kustwachtcentrum Den Helder"),
        ("police", "Centraal Orgaan voor de Inbeslagneming en de Verbeurdverklaring"),
        ("fire", "Corps grand-ducal d'incendie et de secours"),
        ("nuclear", "Nationale Instelling voor Radioactief Afval"),
        ("energy", "Vlaamse Regulator van de Elektriciteits- en Gasmarkt"),
        ("stats", "Centraal Planbureau"),
        ("sport", "Koninklijke Belgische Voetbalbond"),
        ("social", "Hulpkas voor Ziekte- en Invaliditeitsverzekering"),
        ("data", "Toezichthouder voor de Informatiebeveiliging"),
        ("intl", "Aziatische Ontwikkelingsbank"),
        ("intl", "Internationale Arbeidsorganisatie"),
        ("consumer", "Consumentenbond"),
        ("list", "Deutsche Bundesbank"),
        ("univ", "Universitair Medisch Centrum Utrecht"),
        ("nl", "Centraal Orgaan opvang asielzoekers"),
    }
)

_NEGATIVES = [
    "De Veiligheidsregio's werken samen bij rampen over de grens.",
    "De hulpverleningszones in Limburg zijn hervormd.",
    "Het toezicht op de Mijnbouwwet werd versterkt.",
    "Het Centrum van Maastricht is autovrij.",
    "Het Instituut werd in 1990 opgericht.",
    "Het Bureau besprak de agenda.",
    "De Europese Bankenunie is voltooid.",
    "Het Huis van de Toekomst werd geopend.",
    "De Week van de Veiligheid in Europa begint maandag.",
    "Het Jaar van de Landbouw in Vlaanderen werd afgesloten.",
    "Het Plan voor Veiligheid op de Wegen werd voorgesteld.",
    "Het Planbureau-rapport werd besproken in de Kamercommissie.",
    "De Dag van de Mijnwerker in Genk trok veel volk.",
]


@pytest.mark.parametrize(
    ("field", "text", "name", "cls"),
    audited(_CASES, lambda case: "still read wrong" if (case[0], case[2]) in _MISSED else None),
)
def test_a_body_is_read_whole_with_its_class(field: str, text: str, name: str, cls: str) -> None:
    begin = text.index(name)
    assert (begin, begin + len(name), cls) in blind_body_spans(text), (field, name)


@pytest.mark.parametrize("text", _NEGATIVES)
def test_no_body_in_a_generic_phrase(text: str) -> None:
    assert blind_bodies(text) == {}


def test_the_audit_holds_enough_names() -> None:
    assert len(_CASES) >= 60
    assert len({field for field, *_ in _CASES}) >= 30


# -- the constructions read this round -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # institutes, offices and centres named in Dutch by their task are an administration's
        (
            "Het Instituut voor Grensoverschrijdende Arbeid publiceerde cijfers.",
            {"Instituut voor Grensoverschrijdende Arbeid": _N},
        ),
        ("Het Instituut Publieke Gezondheid waarschuwde.", {"Instituut Publieke Gezondheid": _N}),
        (
            "Het Bureau voor Grensstatistiek publiceerde de cijfers.",
            {"Bureau voor Grensstatistiek": _N},
        ),
        (
            "Het Centrum voor Grensoverschrijdende Zorg gaf advies.",
            {"Centrum voor Grensoverschrijdende Zorg": _N},
        ),
        (
            "Het Zorginstituut Grensregio's beoordeelt de vergoeding.",
            {"Zorginstituut Grensregio's": _N},
        ),
        # ... not when a word above the states names them, nor by one proper name
        (
            "Het Europees Instituut voor Grensstudies publiceerde cijfers.",
            {"Europees Instituut voor Grensstudies": _E},
        ),
        ("Het Instituut Clingendael schreef een rapport.", {"Instituut Clingendael": _E}),
        # compounds on an office with a name or a task after them, or an adjective before
        (
            "Het Planbureau voor Grenseconomie raamt de groei.",
            {"Planbureau voor Grenseconomie": _N},
        ),
        ("Het Kadasterbureau Noord-Limburg meet op.", {"Kadasterbureau Noord-Limburg": _N}),
        # safety regions and rescue and fire zones are local bodies of a member state
        (
            "De Veiligheidsregio Brabant-Zuidoost oefende.",
            {"Veiligheidsregio Brabant-Zuidoost": _N},
        ),
        ("De Hulpverleningszone Westhoek rukte uit.", {"Hulpverleningszone Westhoek": _N}),
        ("De Brandweerzone Midwest bluste de brand.", {"Brandweerzone Midwest": _N}),
        # a noun of supervision governs "op" inside a name
        (
            "De Inspectie Toezicht op de Grensarbeid controleerde.",
            {"Inspectie Toezicht op de Grensarbeid": _N},
        ),
        (
            "De Dienst Toezicht op het Grensverkeer gaf een boete.",
            {"Dienst Toezicht op het Grensverkeer": _N},
        ),
        # a French laboratory; a French name ends before a Dutch plural on a consonant and "-en"
        (
            "In Luxemburg test het Laboratoire national de métrologie de stalen.",
            {"Laboratoire national de métrologie": _N},
        ),
        (
            "In Luxemburg registreert de Direction de l'immatriculation de voertuigen.",
            {"Direction de l'immatriculation": _N},
        ),
        (
            "In Wallonië beheert het Office wallon de la forêt de bossen.",
            {"Office wallon de la forêt": _N},
        ),
        # a name ending on an inflected adjective at a line's end goes on with its noun
        (
            "Het protocol met het Bureau voor Intellectuele\n   Eigendom van de Europese Unie.",
            {"Bureau voor Intellectuele\n   Eigendom van de Europese Unie": _E},
        ),
        (
            "Het Instituut voor Grensoverschrijdende\n   Arbeid publiceerde cijfers.",
            {"Instituut voor Grensoverschrijdende\n   Arbeid": _N},
        ),
        (
            "Het Bureau voor Grensstatistiek\nDe cijfers volgen.",
            {"Bureau voor Grensstatistiek": _N},
        ),
    ],
)
def test_dutch_administrations_local_bodies_and_name_ends(text: str, names: dict[str, str]) -> None:
    found = blind_bodies(text)
    for name, cls in names.items():
        assert found.get(name) == cls, (name, found)


@pytest.mark.parametrize(
    "text",
    [
        # a town's centre; a council or an office without its task; plurals; lower case
        "Het Centrum van Luik is druk op zaterdag.",
        "Het Grensbureau opent om negen uur.",
        "De Veiligheidsregio's oefenen samen.",
        "Het toezicht op de Grensarbeid werd versterkt.",
        # "op" goes on only after a noun of supervision
        "Het Plan Grensarbeid op de Agenda werd besproken.",
    ],
)
def test_no_administration_without_a_name(text: str) -> None:
    assert blind_bodies(text) == {}
