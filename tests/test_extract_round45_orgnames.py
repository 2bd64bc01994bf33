"""Round 45: organisation names cut short or not found.

External organisations the reference data does not know, read whole from the grammar of their
names: a network or an office named by a compound on "bureau" after an adjective above the
states or of a member state ("het Europees Netwerk voor Grensregio's", "het Europees
Grensbureau voor Statistiek"); German societies and centres ("de Deutsche Gesellschaft für
Internationale Zusammenarbeit", "het Deutsches Zentrum für Luft- und Raumfahrt"); federations
named "Verbond van ..."; unions of states or of their bodies ("de Europese Binnenvaart Unie",
"de Nederlandse Taalunie"); railway companies named in French, whose country's adjective
closes the name ("de Société Nationale des Chemins de Fer Belges"), which are companies, no
public bodies. Each kind has negatives of its shape: a generic phrase in lower case, a network
that is a group, a policy named a union, a public société.

The bodies are read with the reference data's bodies left out, as ``tests/heldout/
leave_out.py`` scores them."""

from __future__ import annotations

import pytest

from extract_helpers import extract, extract_blind

_EXTERNAL = "ExternalOrganisation"
_NATIONAL = "NationalBody"


def _mentions(text: str) -> dict[str, str]:
    """Surface at each mention's offsets -> the class of its entity, read blind to the
    reference data's bodies."""
    x = extract_blind(text)
    classes = {}
    for e in x.entities:
        local = [t.value.rsplit("#", 1)[-1] for t in e.types]
        classes[e.iri.value] = next((c for c in local if c != "Organization"), local[0])
    return {text[m.begin : m.end]: classes.get(m.entity.value, "") for m in x.mentions}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a network after an adjective above the states or of a member state, with its task
        (
            "De Benelux Unie werkt samen met het Europees Netwerk voor Grensregio's.",
            {"Europees Netwerk voor Grensregio's": _EXTERNAL},
        ),
        (
            "Daarbij werkt de werkgroep samen met het Internationaal Netwerk voor Waterbeheer.",
            {"Internationaal Netwerk voor Waterbeheer": _EXTERNAL},
        ),
        (
            "Namens het Vlaams Netwerk van Ondernemingen sprak de voorzitter.",
            {"Vlaams Netwerk van Ondernemingen": _EXTERNAL},
        ),
        (
            "Ook het Europese Netwerk voor Plattelandsontwikkeling publiceerde een rapport.",
            {"Europese Netwerk voor Plattelandsontwikkeling": _EXTERNAL},
        ),
        # a compound on "bureau" after such an adjective
        (
            "Aan het overleg namen het Europees Grensbureau voor Statistiek en de "
            "Bertelsmann Stiftung deel.",
            {"Europees Grensbureau voor Statistiek": _EXTERNAL, "Bertelsmann Stiftung": _EXTERNAL},
        ),
        (
            "Het Internationaal Verbindingsbureau voor Douanezaken stuurde een brief.",
            {"Internationaal Verbindingsbureau voor Douanezaken": _EXTERNAL},
        ),
        (
            # "Bureau" stays a name head of its own, without an adjective; named in Dutch by
            # its task, a member state's (round 53; external before)
            "Het Bureau voor Grensstatistiek publiceert cijfers, net als het Europees "
            "Grensbureau voor Statistiek.",
            {
                "Bureau voor Grensstatistiek": "NationalBody",
                "Europees Grensbureau voor Statistiek": _EXTERNAL,
            },
        ),
        (
            "Volgens het Europees Geneesmiddelenbureau is het middel veilig.",
            {"Europees Geneesmiddelenbureau": _EXTERNAL},
        ),
        # German societies and centres, also with nouns coordinated by "und"
        (
            "Het project wordt gesteund door de Deutsche Gesellschaft für Internationale "
            "Zusammenarbeit (GIZ).",
            {"Deutsche Gesellschaft für Internationale Zusammenarbeit": _EXTERNAL},
        ),
        (
            "Namens het Deutsches Zentrum für Luft- und Raumfahrt sprak een onderzoeker.",
            {"Deutsches Zentrum für Luft- und Raumfahrt": _EXTERNAL},
        ),
        (
            "De Max-Planck-Gesellschaft en het Zentrum für Europäische Wirtschaftsforschung "
            "werkten samen.",
            {
                "Max-Planck-Gesellschaft": _EXTERNAL,
                "Zentrum für Europäische Wirtschaftsforschung": _EXTERNAL,
            },
        ),
        (
            "Ook de Deutsche Gesellschaft für Sonnenenergie was aanwezig.",
            {"Deutsche Gesellschaft für Sonnenenergie": _EXTERNAL},
        ),
        # federations named "Verbond van ..."
        (
            "Het Verbond van Verzekeraars en het Verbond van Nederlandse Ondernemingen waren "
            "aanwezig.",
            {
                "Verbond van Verzekeraars": _EXTERNAL,
                "Verbond van Nederlandse Ondernemingen": _EXTERNAL,
            },
        ),
        (
            "Namens het Verbond van Belgische Ondernemingen sprak de directeur.",
            {"Verbond van Belgische Ondernemingen": _EXTERNAL},
        ),
        # unions: an adjective above the states, a noun and "Unie"; a compound on "unie"
        (
            "De werkgroep werkt samen met de Europese Binnenvaart Unie en de Nederlandse Taalunie.",
            {"Europese Binnenvaart Unie": _EXTERNAL, "Nederlandse Taalunie": _EXTERNAL},
        ),
        (
            "Ook de Internationale Spoorwegunie en de Internationale Telecommunicatie Unie "
            "waren er.",
            {
                "Internationale Spoorwegunie": _EXTERNAL,
                "Internationale Telecommunicatie Unie": _EXTERNAL,
            },
        ),
        (
            "Het standpunt van de Europese Omroep Unie is bekend.",
            {"Europese Omroep Unie": _EXTERNAL},
        ),
        # railway companies named in French: the country's adjective closes the name
        (
            "De treinen van de Société Nationale des Chemins de Fer Belges rijden naar Luik.",
            {"Société Nationale des Chemins de Fer Belges": _EXTERNAL},
        ),
        (
            "Met de Société Nationale des Chemins de Fer Luxembourgeois (CFL) en de Société "
            "Nationale des Chemins de Fer Français is een akkoord gesloten.",
            {
                "Société Nationale des Chemins de Fer Luxembourgeois": _EXTERNAL,
                "CFL": _EXTERNAL,
                "Société Nationale des Chemins de Fer Français": _EXTERNAL,
            },
        ),
        (
            "Ook de Nationale Maatschappij der Belgische Spoorwegen doet mee.",
            {"Nationale Maatschappij der Belgische Spoorwegen": _EXTERNAL},
        ),
    ],
)
def test_organisation_names_read_whole(text: str, names: dict[str, str]) -> None:
    found = _mentions(text)
    for name, cls in names.items():
        assert found.get(name) == cls, (name, found)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # generic phrases in lower case
        (
            "Volgens de Nederlandse overheid is een Europees netwerk voor grensregio's nodig, "
            "net als een internationale stichting.",
            ("Nederlandse overheid", "Europees netwerk voor grensregio's"),
        ),
        ("Een verbond van steden is gewenst. Het Verbond reageerde.", ("Verbond",)),
        # a network without such an adjective, or a Benelux one, is no organisation
        (
            "Ook het Netwerk Grensarbeid vergaderde, net als het Benelux Netwerk voor "
            "Grensinfopunten.",
            ("Benelux Netwerk voor Grensinfopunten",),
        ),
        # an office of any kind: no adjective
        ("Het Grensbureau in Venlo helpt pendelaars.", ("Grensbureau",)),
        # policies named a union, and a union with adjectives only
        (
            "De Europese Bankenunie en de Europese Economische Unie zijn geen nieuwe organisaties.",
            ("Europese Bankenunie", "Bankenunie", "Europese Economische Unie", "Economische Unie"),
        ),
    ],
)
def test_generic_phrases_name_no_organisation(text: str, absent: tuple[str, ...]) -> None:
    found = _mentions(text)
    for name in absent:
        assert name not in found, (name, found)


def test_network_without_adjective_stays_a_group() -> None:
    found = _mentions("Ook het Netwerk Grensarbeid vergaderde in Brussel.")
    assert found.get("Netwerk Grensarbeid") == "WorkingGroup"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Met de Société Nationale de Circulation Automobile sprak de minister.",
            "Société Nationale de Circulation Automobile",
        ),
        (
            "De Administration des chemins de fer keurt de dienstregeling goed.",
            "Administration des chemins de fer",
        ),
    ],
)
def test_public_societes_stay_national(text: str, name: str) -> None:
    assert _mentions(text).get(name) == _NATIONAL


def test_with_the_reference_known_names_win() -> None:
    """With the reference data, a known body keeps its own entity."""
    text = "De werkgroep werkt samen met de Europese Binnenvaart Unie en de Nederlandse Taalunie."
    x = extract(text)
    iris = {text[m.begin : m.end]: m.entity.value for m in x.mentions}
    minted = {e.iri.value for e in x.entities if e.labels}  # a reference entity has none
    assert iris["Nederlandse Taalunie"] not in minted
    assert iris["Europese Binnenvaart Unie"] not in minted
