"""Round 31: bodies the reference data does not name, read from the grammar of their names.

A head noun of a body's kind after the capitalised adjectives that say whose body it is ("de
Tweede Kamer", "de Federale Politie", "het Waals Gewest", "de Europese Commissie", "de
Baltische Assemblee"); a ministry named by its portfolio; a chamber and a council named by
what follows ("de Kamer van volksvertegenwoordigers", "de Raad van State", "de Raad van
Europa"); a council an adjective puts above the states is an organisation, not a group ("de
Noordse Raad van Ministers"); a public body's task in lower case up to its acronym ("het
Europees Agentschap voor ... (ECHA)"); French names of a member state's bodies ("la Police
grand-ducale", "le Ministère de la Famille, de ... et de ..."); the class of a minted body
settled by the adjective before it, a national adjective opening it, or a list of national
bodies it stands in.

The bodies are read with the reference data's bodies left out, as ``tests/heldout/
leave_out.py`` scores them: what the finders read from a name's shape, not what the
reference knows."""

from __future__ import annotations

from extract_helpers import blind_bodies, extract_blind, short


def _entities(text: str) -> set[str]:
    return {short(e.iri.value) for e in extract_blind(text).entities}


# -- a head after the adjectives that say whose body it is -----------------------------------


def test_adjective_and_head_name_a_body_typed_by_the_adjective() -> None:
    text = (
        "Aan de werkgroep nemen de Federale Politie, de Koninklijke Marechaussee en de "
        "Nationale Politie deel. Het Waals Gewest, de Duitstalige Gemeenschap en het Vlaams "
        "Parlement werden geraadpleegd. De Tweede Kamer en de Eerste Kamer stemden in. De "
        "werkgroep overlegt met de Europese Commissie, het Europees Parlement en de Baltische "
        "Assemblee, en werkt samen met de Internationale Moezelcommissie."
    )
    found = blind_bodies(text)
    for name in (
        "Federale Politie",
        "Koninklijke Marechaussee",
        "Nationale Politie",
        "Waals Gewest",
        "Duitstalige Gemeenschap",
        "Vlaams Parlement",
        "Tweede Kamer",
        "Eerste Kamer",
    ):
        assert found.get(name) == "NationalBody", (name, found)
    for name in (
        "Europese Commissie",
        "Europees Parlement",
        "Baltische Assemblee",
        "Internationale Moezelcommissie",
    ):
        assert found.get(name) == "ExternalOrganisation", (name, found)
    # Without such an adjective a head names nothing new: it refers back, or is a common noun.
    found = blind_bodies(
        "De Federale Politie overlegde met de Commissie. Het Parlement keurde het goed; ook "
        "de Politie was aanwezig, net als de Grensoverschrijdende Commissie van de gemeenten."
    )
    assert set(found) == {"Federale Politie"}, found


def test_a_senate_alone_is_a_member_states_unless_a_foreign_adjective_says_otherwise() -> None:
    found = blind_bodies("Het verdrag ligt bij de Belgische Senaat; de Franse Senaat volgt later.")
    assert list(found.values()).count("NationalBody") == 1, found
    assert list(found.values()).count("ExternalOrganisation") == 1, found


# -- ministries, chambers and councils --------------------------------------------------------


def test_a_ministry_named_by_its_portfolio_is_a_member_states() -> None:
    text = (
        "Aan het overleg nemen het Ministerie van Wonen, Werk en Grenszaken en het Vlaams "
        "Ministerie van Mobiliteit en Openbare Werken deel. Het Franse Ministerie van "
        "Binnenlandse Zaken is waarnemer; het Ministerie van WWG stuurt de notulen."
    )
    found = blind_bodies(text)
    assert found.get("Ministerie van Wonen, Werk en Grenszaken") == "NationalBody", found
    assert found.get("Vlaams Ministerie van Mobiliteit en Openbare Werken") == "NationalBody"
    assert not any(s.endswith("Binnenlandse Zaken") for s in found), found
    assert "Ministerie van WWG" not in found, found


def test_a_ministry_as_a_letterhead_is_a_body() -> None:
    text = "> Ministerie van Grenszaken en Regio\n\nAan de Voorzitter,\n\nIk bericht u over X."
    assert blind_bodies(text).get("Ministerie van Grenszaken en Regio") == "NationalBody"


def test_chambers_and_councils_named_by_what_follows() -> None:
    text = (
        "Het verdrag ligt bij de Kamer van volksvertegenwoordigers. De Raad van State gaf "
        "advies, de Raad van Europa volgt het dossier en de Raad van Bestuur van de haven nam "
        "er kennis van."
    )
    found = blind_bodies(text)
    assert found.get("Kamer van volksvertegenwoordigers") == "NationalBody", found
    assert found.get("Raad van State") == "NationalBody", found
    assert found.get("Raad van Europa") == "ExternalOrganisation", found
    assert not any(s.startswith("Raad van Bestuur") for s in found), found


def test_a_council_above_the_states_is_an_organisation_not_a_group() -> None:
    text = (
        "Het Benelux-Parlement werkt samen met de Noordse Raad en de Interregionale "
        "Parlementaire Raad. Namens de Baltische Raad van Ministers tekende de voorzitter."
    )
    found = blind_bodies(text)
    assert found.get("Noordse Raad") == "ExternalOrganisation", found
    assert found.get("Interregionale Parlementaire Raad") == "ExternalOrganisation", found
    assert found.get("Baltische Raad van Ministers") == "ExternalOrganisation", found
    assert not any(e.startswith("working-group/") for e in _entities(text) if "raad" in e)


# -- names closed by an acronym, French names ---------------------------------------------------


def test_a_public_bodys_task_in_lower_case_up_to_its_acronym() -> None:
    text = (
        "De werkgroep werkt samen met het Europees Agentschap voor grensoverschrijdend "
        "vervoer (EAGV) en met het Federaal agentschap voor nucleaire controle (FANC); ook "
        "het Instituut voor de gelijke behandeling van grensarbeiders (IGBG) is betrokken."
    )
    found = blind_bodies(text)
    assert found.get("Europees Agentschap voor grensoverschrijdend vervoer") == (
        "ExternalOrganisation"
    ), found
    assert found.get("Federaal agentschap voor nucleaire controle") == "NationalBody", found
    assert (
        found.get("Instituut voor de gelijke behandeling van grensarbeiders") == "NationalBody"
    ), found


def test_french_names_of_a_member_states_bodies() -> None:
    text = (
        "Aan de werkgroep nemen de Federale Politie en de Police grand-ducale deel, met het "
        "Corps grand-ducal d'incendie et de secours, het Luxemburgse Ministère de la Famille, "
        "de l'Intégration et de la Jeunesse en het Haut-Commissariat à la Protection "
        "nationale. Ook de Service public de Wallonie neemt deel."
    )
    found = blind_bodies(text)
    for name in (
        "Police grand-ducale",
        "Corps grand-ducal d'incendie et de secours",
        "Ministère de la Famille, de l'Intégration et de la Jeunesse",
        "Haut-Commissariat à la Protection nationale",
        "Service public de Wallonie",
    ):
        assert found.get(name) == "NationalBody", (name, found)


def test_dutch_administrations_departments_and_authorities() -> None:
    text = (
        "In de werkgroep zitten de Algemene Administratie van Grensverkeer, het Departement "
        "Landbouw, de Autoriteit Wonen & Markt en het Vlaamse Agentschap Grenswerk."
    )
    found = blind_bodies(text)
    assert found.get("Algemene Administratie van Grensverkeer") == "NationalBody", found
    assert found.get("Departement Landbouw") == "NationalBody", found
    assert found.get("Autoriteit Wonen & Markt") == "NationalBody", found
    # "het Vlaamse ...": an inflected adjective after "het" describes, a name's would be bare.
    assert found.get("Agentschap Grenswerk") == "NationalBody", found


def test_cross_border_associations_and_foreign_parliaments() -> None:
    text = (
        "Het Secretariaat-Generaal werkt samen met de Euregio Rijn-Waal. Een delegatie "
        "bezocht de Landtag van Nedersaksen."
    )
    found = blind_bodies(text)
    assert found.get("Euregio Rijn-Waal") == "ExternalOrganisation", found
    assert found.get("Landtag van Nedersaksen") == "ExternalOrganisation", found


# -- the class of a minted body ---------------------------------------------------------------


def test_a_national_adjective_opening_the_name_makes_it_national() -> None:
    found = blind_bodies(
        "De werkgroep vergadert met het Nationaal Instituut voor Grensstatistiek. Ook de "
        "Vlaamse Vereniging voor Grensplanning neemt aan het overleg deel."
    )
    assert found.get("Nationaal Instituut voor Grensstatistiek") == "NationalBody", found
    # A society stays external, whatever its adjective.
    assert found.get("Vlaamse Vereniging voor Grensplanning") == "ExternalOrganisation", found


def test_a_one_word_body_listed_with_national_bodies_is_national() -> None:
    text = (
        "In de werkgroep zitten het GRIZ, het Zorginstituut Nederland en de Rijksdienst voor "
        "Grenszorg."
    )
    assert blind_bodies(text).get("GRIZ") == "NationalBody"


def test_a_lands_german_body_names_the_land_and_a_service_alone_is_national() -> None:
    text = (
        "Als waarnemer volgt het Ministerium für Grenzverkehr und Häfen van "
        "Noordrijn-Westfalen het werk; de Douanedienst voert de controles uit. De operatoren "
        "Grensnet, Borderlink en Telegrens werken mee."
    )
    found = blind_bodies(text)
    assert (
        found.get("Ministerium für Grenzverkehr und Häfen van Noordrijn-Westfalen")
        == "ExternalOrganisation"
    ), found
    assert found.get("Douanedienst") == "NationalBody", found
    for name in ("Grensnet", "Borderlink", "Telegrens"):
        assert found.get(name) == "ExternalOrganisation", (name, found)


def test_french_centres_unions_and_leagues() -> None:
    text = (
        "De kas werkt samen met het Centre commun de la protection sociale. Voor de "
        "grensgemeenten overlegt de VVSG met de Union des Villes et Communes de Grensland; "
        "ook de Ligue des voyageurs schuift aan."
    )
    found = blind_bodies(text)
    assert found.get("Centre commun de la protection sociale") == "NationalBody", found
    assert found.get("Union des Villes et Communes de Grensland") == "ExternalOrganisation"
    assert found.get("Ligue des voyageurs") == "ExternalOrganisation", found
