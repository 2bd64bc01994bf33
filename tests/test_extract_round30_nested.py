"""Round 30: names inside other names. The parties an instrument's title names after "tussen"
that no finder read become bodies of their own ("... en het Rijksarchief in X inzake ..."),
the second party of a compound ("intentieverklaring Benelux-Nedersaksen") a mention of its
own; a known organisation inside a body's name ("het Agentschap van de Europese Unie voor
...") is a mention of its own and the body's parent; a known name inside a body's name that
itself stands in a title nests one layer deeper. A place or body named inside another
party's name is no party of its own."""

from __future__ import annotations

from extract_helpers import PARTICIPANT, SUB, classes, extract, short

EU = "organisation/europese-unie"
UNION = "organisation/benelux-unie"
SG = "institution/secretariaat-generaal"
NRW = "region/noordrijn-westfalen"


def _read(text: str) -> tuple[set[tuple[str, str]], set[tuple[str, str, str]]]:
    """(surface at the mention's offsets, entity) pairs, and (subject, predicate, object)
    facts; every mention's text is the stored text at its offsets, trimmed."""
    x = extract(text)
    mentions = set()
    for m in x.mentions:
        anchor = text[m.begin : m.end]
        assert anchor and anchor == anchor.strip(), (m, anchor)
        mentions.add((anchor, short(m.entity.value)))
    facts = {(short(f.subject.value), f.predicate.value, short(f.object.value)) for f in x.facts}
    return mentions, facts


def _instrument(mentions: set[tuple[str, str]], opening: str) -> str:
    (iri,) = {i for s, i in mentions if s.startswith(opening) and i.startswith("instrument/")}
    return iri


def _parties(facts: set[tuple[str, str, str]], instrument: str) -> set[str]:
    return {o for s, p, o in facts if s == instrument and p == PARTICIPANT}


# -- parties a title names after "tussen" ----------------------------------------------------


def test_unknown_parties_in_a_title_are_bodies_and_parties() -> None:
    cases = (
        (
            "Op 3 maart 2027 werd het Administratief akkoord tussen het Secretariaat-Generaal "
            "van de Benelux Unie en de Internationale Commissie voor Grensrivieren inzake "
            "waterkwaliteit ondertekend.",
            "Administratief akkoord",
            "Internationale Commissie voor Grensrivieren",
            "organisation/internationale-commissie-voor-grensrivieren",
            "ExternalOrganisation",
        ),
        (
            "Het Memorandum van overeenstemming tussen de Benelux Unie en de Oostzeeraad voor "
            "Havenbeheer over scheepvaart werd in 2026 verlengd.",
            "Memorandum",
            "Oostzeeraad voor Havenbeheer",
            "organisation/oostzeeraad-voor-havenbeheer",
            "ExternalOrganisation",
        ),
        (
            "Het Administratief akkoord tussen het Secretariaat-Generaal en EuroGeo Connect "
            "inzake kaarten trad in werking. Later werd het Administratief akkoord verlengd.",
            "Administratief akkoord tussen",
            "EuroGeo Connect",
            "organisation/eurogeo-connect",
            "ExternalOrganisation",
        ),
        (
            # A body named for the member state it ends in is that state's.
            "Het Samenwerkingsprotocol tussen het Secretariaat-Generaal van de Benelux Unie en "
            "het Nationaal Archief in Luxemburg inzake digitalisering werd getekend.",
            "Samenwerkingsprotocol",
            "Nationaal Archief in Luxemburg",
            "organisation/nationaal-archief-in-luxemburg",
            "NationalBody",
        ),
    )
    for text, opening, surface, body, cls in cases:
        mentions, facts = _read(text)
        instrument = _instrument(mentions, opening)
        assert (surface, body) in mentions, text
        assert classes(text)[body] == cls, text
        assert body in _parties(facts, instrument), text


def test_a_body_listed_with_national_bodies_only_is_national() -> None:
    text = (
        "De Intentieverklaring tussen het Kadaster, het Nationaal Geografisch Instituut, "
        "GeoLux en het Secretariaat-Generaal van de Benelux Unie over gedeelde luchtfoto's "
        "werd in 2026 getekend."
    )
    mentions, facts = _read(text)
    assert ("GeoLux", "organisation/geolux") in mentions
    assert classes(text)["organisation/geolux"] == "NationalBody"
    instrument = _instrument(mentions, "Intentieverklaring")
    assert _parties(facts, instrument) == {
        "organisation/kadaster",
        "organisation/nationaal-geografisch-instituut",
        "organisation/geolux",
        SG,
    }


def test_the_place_a_party_ends_in_nests_in_it_and_takes_no_part() -> None:
    text = (
        "Het Samenwerkingsprotocol tussen het Secretariaat-Generaal van de Benelux Unie en "
        "het Nationaal Archief in Luxemburg inzake digitalisering werd getekend."
    )
    mentions, facts = _read(text)
    assert ("Luxemburg", "country/luxemburg") in mentions
    instrument = _instrument(mentions, "Samenwerkingsprotocol")
    assert _parties(facts, instrument) == {SG, "organisation/nationaal-archief-in-luxemburg"}


def test_a_country_inside_a_known_party_inside_a_title_nests_deeper() -> None:
    for text in (
        "De Intentieverklaring tussen het Koninklijk Meteorologisch Instituut van België en "
        "het Secretariaat-Generaal van de Benelux Unie over hittegolven werd ondertekend.",
        "Het Protocol tussen het Koninklijk Meteorologisch Instituut van België en de "
        "Benelux Unie inzake stormwaarschuwingen trad in 2025 in werking.",
        "Onder de instrumenten: de Samenwerkingsovereenkomst tussen het Secretariaat-Generaal "
        "en het Koninklijk Meteorologisch Instituut van België betreffende klimaatdata.",
    ):
        mentions, facts = _read(text)
        assert ("België", "country/belgie") in mentions, text
        assert "Koninklijk Meteorologisch Instituut van België" in {s for s, _ in mentions}
        (instrument,) = {i for s, i in mentions if " tussen " in s and i.startswith("instr")}
        parties = _parties(facts, instrument)
        assert "country/belgie" not in parties, text
        assert any("meteorologisch-instituut" in p for p in parties), text


def test_a_title_without_parties_mints_nothing() -> None:
    for text in (
        "De problemen vallen tussen wal en schip, zo bleek uit de Overeenkomst tussen de "
        "lidstaten inzake vervoer.",
        "De Overeenkomst tussen 1 januari en 31 maart werd niet toegepast.",
        "De Intentieverklaring tussen het Duitse en het Nederlandse ministerie over luchtvaart "
        "werd ondertekend.",
    ):
        assert not {i for i in classes(text) if i.startswith("organisation/")}, text


def test_a_place_or_a_common_word_in_the_list_is_no_body() -> None:
    # "Curaçao": a plain capitalised word may be a place; "Benelux-landen": a common noun.
    text = "De Overeenkomst tussen België en Curaçao inzake belastingen werd ondertekend."
    assert not {i for i in classes(text) if i.startswith("organisation/")}
    text = (
        "De Overeenkomst tussen de Benelux-landen en de Nordic Council inzake energie werd "
        "gesloten."
    )
    assert {i for i in classes(text) if i.startswith("organisation/")} == {
        "organisation/noordse-raad"
    }


def test_an_office_of_a_known_party_is_that_party() -> None:
    # "het Secretariaat van de Raad van Europa": one word before "van de", the Council's own.
    text = (
        "Het Administratief akkoord tussen het Secretariaat-Generaal van de Benelux Unie en "
        "het Secretariaat van de Raad van Europa werd in 2024 ondertekend."
    )
    mentions, facts = _read(text)
    assert not any(i.startswith("organisation/secretariaat") for _, i in mentions)
    instrument = _instrument(mentions, "Administratief akkoord")
    assert "organisation/raad-van-europa" in _parties(facts, instrument)


# -- the second party of a compound ----------------------------------------------------------


def test_the_second_party_of_a_compound_title() -> None:
    for text, surface, region in (
        (
            "De intentieverklaring Benelux-Nedersaksen van 2020 werd vernieuwd.",
            "Nedersaksen",
            "region/nedersaksen",
        ),
        (
            "Het memorandum Benelux Unie-Noordrijn-Westfalen van 2019 over waterstof werd "
            "vernieuwd.",
            "Noordrijn-Westfalen",
            NRW,
        ),
        (
            "In 2018 ondertekenden zij de politieke verklaring Benelux-Saarland over grensarbeid.",
            "Saarland",
            "region/saarland",
        ),
    ):
        mentions, facts = _read(text)
        assert (surface, region) in mentions, text
        (instrument,) = {i for _, i in mentions if i.startswith("instrument/")}
        assert region in _parties(facts, instrument), text


def test_no_compound_party_without_a_first_party() -> None:
    # "Benelux-Verdrag", "Noord-Brabant": a hyphen that joins no two parties.
    text = "Het Benelux-Verdrag inzake grensarbeid werd in Noord-Brabant besproken."
    mentions, _ = _read(text)
    assert not any(i.startswith("region/") for _, i in mentions)


# -- a known organisation inside a body's name -----------------------------------------------


def test_the_union_inside_a_minted_body_is_its_parent() -> None:
    for text, body in (
        (
            "In het Agentschap van de Europese Unie voor grensbeheer werken de lidstaten samen.",
            "organisation/agentschap-van-de-europese-unie",
        ),
        (
            "Het Bureau voor Grensstatistiek van de Europese Unie werkt met Eurostat.",
            "organisation/bureau-voor-grensstatistiek-van-de-europese-unie",
        ),
        (
            "Het Samenwerkingsprotocol tussen het Benelux-Bureau voor de Intellectuele "
            "Eigendom en het Kenniscentrum Grensdata van de Europese Unie werd in 2024 "
            "ondertekend.",
            "organisation/kenniscentrum-grensdata-van-de-europese-unie",
        ),
    ):
        mentions, facts = _read(text)
        assert ("Europese Unie", EU) in mentions, text
        assert (body, SUB, EU) in facts, text
        assert not any(p == PARTICIPANT and o == EU for _, p, o in facts), text


def test_the_union_inside_a_known_body_in_the_middle_of_its_name() -> None:
    for text, body in (
        (
            "Het Bureau van de Europese Unie voor de grondrechten publiceerde een rapport over "
            "grensarbeiders.",
            "bureau-van-de-europese-unie-voor-de-grondrechten",
        ),
        (
            "De werkgroep overlegt met het Agentschap van de Europese Unie voor het "
            "ruimtevaartprogramma over satellietdata.",
            "ruimtevaartprogramma",
        ),
        (
            "Het Agentschap van de Europese Unie voor opleiding op het gebied van "
            "rechtshandhaving gaf een cursus in Brussel.",
            "opleiding-op-het-gebied-van-rechtshandhaving",
        ),
    ):
        mentions, facts = _read(text)
        assert ("Europese Unie", EU) in mentions, text
        assert any(s.endswith(body) and p == SUB and o == EU for s, p, o in facts), text


def test_no_nested_union_outside_a_body() -> None:
    # "de lidstaten van de Europese Unie": no body's name, one mention of the Union.
    text = "De lidstaten van de Europese Unie bespraken de grensarbeid."
    x = extract(text)
    spans = [(m.begin, m.end) for m in x.mentions if short(m.entity.value) == EU]
    assert len(spans) == len(set(spans)) == 1
    assert not {s for s, _, _ in _read(text)[1] if s.startswith("organisation/")}


def test_only_the_full_title_names_its_parties() -> None:
    # "het Administratief akkoord" later: a short mention, no parties repeated.
    text = (
        "Het Administratief akkoord tussen het Secretariaat-Generaal en EuroGeo Connect "
        "inzake kaarten trad in werking. Later werd het Administratief akkoord verlengd. Het "
        "Administratief akkoord tussen het Secretariaat-Generaal en EuroGeo Connect inzake "
        "kaarten geldt tot 2030."
    )
    mentions = [
        (m.begin, short(m.entity.value))
        for m in extract(text).mentions
        if short(m.entity.value) == "organisation/eurogeo-connect"
    ]
    assert len(mentions) == 2
    assert all(text[b : b + 15] == "EuroGeo Connect" for b, _ in mentions)


# -- a body named by a word and its member state, after "met" -------------------------------


def test_a_partner_named_with_its_member_state_after_met() -> None:
    for text, surface, body, place in (
        (
            "Het Kenniscentrum Grenszorg werkt samen met Dementie Nederland.",
            "Dementie Nederland",
            "organisation/dementie-nederland",
            "country/nederland",
        ),
        (
            "Het Kenniscentrum Grenszorg werkt samen met Dementie Nederland en met Mantelzorg "
            "Vlaanderen.",
            "Mantelzorg Vlaanderen",
            "organisation/mantelzorg-vlaanderen",
            "",
        ),
        (
            "De Benelux-werkgroep Zorg overlegt met Hartstichting Luxemburg over preventie.",
            "Hartstichting Luxemburg",
            "organisation/hartstichting-luxemburg",
            "country/luxemburg",
        ),
    ):
        mentions, _ = _read(text)
        assert (surface, body) in mentions, text
        assert classes(text)[body] == "ExternalOrganisation", text
        if place:  # the member state nests in the body's name
            assert (surface.split()[-1], place) in mentions, text


def test_a_member_state_alone_after_met_is_no_body() -> None:
    for text in (
        "Het Kenniscentrum Grenszorg werkt samen met Nederland en met België.",
        "Het netwerk werkt sinds 2020 met Brussel Nederland samen.",
    ):
        assert not {i for i in classes(text) if i.startswith("organisation/")}, text
