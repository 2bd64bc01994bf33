"""Round 30: participation through representatives (relations/representation.py).

A place or body takes part in a meeting, a group or an instrument when someone who stands for
it attends, sits in, signs or endorses: a role of a place ("de minister-president van X"), a
collective role ("de ministers van Energie van X en Y", later "de ministers"), a person the
text tied to a place by a role, "namens X", "X vertegenwoordigde Y", a delegation or a speaker
sent. The person is no participant; a negation, a possibility, an intention or an invitation
gives nothing. Made-up texts only.
"""

from __future__ import annotations

import pytest

from extract_helpers import participants

TOP = "De Benelux-top vond op 3 maart 2026 in Gent plaats. "
SUMMIT = "event/benelux-top-2026"
CONFERENCE = "De Benelux-conferentie over waterbeheer vond op 8 juni 2027 in Venlo plaats. "
WATER = "event/benelux-conferentie-over-waterbeheer"
DECLARATION = "instrument/verklaring-van-gent-over-grensarbeid"
GROUP = "De Benelux-werkgroep Bodembeheer werd in 2025 opgericht. "
SOIL = "working-group/benelux-werkgroep-bodembeheer"


def _of(text: str, subject: str) -> set[str]:
    return {o for s, o in participants(text) if s == subject}


# -- a collective role of places, with the places ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "subject", "parties"),
    [
        (
            "Op 4 mei 2027 kwamen de regeringsleiders van België, Nederland en Luxemburg in "
            "Brussel bijeen voor de Benelux-top van 2027.",
            "event/benelux-top-2027",
            {"country/belgie", "country/nederland", "country/luxemburg"},
        ),
        (
            TOP + "Aan de top namen de premiers van Nederland en Luxemburg deel.",
            SUMMIT,
            {"country/nederland", "country/luxemburg"},
        ),
        (
            CONFERENCE + "Aan de conferentie namen de ministers van Landbouw van België en "
            "Nederland deel.",
            WATER,
            {"country/belgie", "country/nederland"},
        ),
        (
            CONFERENCE + "Aan de conferentie namen delegaties van de Noordse Raad en de "
            "Baltische Assemblee deel.",
            WATER,
            {"organisation/noordse-raad", "organisation/baltische-assemblee"},
        ),
        (
            CONFERENCE + "Afgevaardigden van de Noordse Raad woonden de conferentie bij.",
            WATER,
            {"organisation/noordse-raad"},
        ),
    ],
)
def test_a_collective_role_of_places_takes_part(text: str, subject: str, parties: set[str]) -> None:
    assert _of(text, subject) >= parties


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "Op 5 oktober 2027 ondertekenden de ministers van Werk van Frankrijk en Duitsland "
            "de Verklaring van Gent over grensarbeid.",
            {"country/frankrijk", "country/duitsland"},
        ),
        (
            "De Verklaring van Gent over grensarbeid werd op 3 maart 2026 ondertekend door de "
            "ministers van Werk van België en Nederland.",
            {"country/belgie", "country/nederland"},
        ),
        (
            "De staatssecretarissen van Denemarken en Nederland hebben gisteren de Verklaring "
            "van Gent over grensarbeid ondertekend.",
            {"country/denemarken", "country/nederland"},
        ),
    ],
)
def test_a_collective_role_of_places_signs(text: str, parties: set[str]) -> None:
    assert _of(text, DECLARATION) >= parties


# -- one role of a place, and the person it is tied to -------------------------------------------


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            TOP + "Als gast schoof de minister-president van Rijnland-Palts, Alexander "
            "Schweitzer, aan.",
            "region/rijnland-palts",
        ),
        (
            TOP + "Anke Rehlinger, minister-president van Saarland, nam als gast deel.",
            "region/saarland",
        ),
        (
            TOP + "Minister-president Tobias Hans van Saarland was als gast aanwezig.",
            "region/saarland",
        ),
        (TOP + "Ook de voorzitter van de Région Grand Est woonde de top bij.", "region/grand-est"),
    ],
)
def test_a_role_of_a_place_attends(text: str, party: str) -> None:
    assert party in _of(text, SUMMIT)


@pytest.mark.parametrize(
    ("text", "subject", "party"),
    [
        (
            "De minister-president van Saarland, Anke Rehlinger, bezocht in 2026 Luxemburg. "
            "De Benelux-top vond op 3 maart 2027 in Gent plaats. Rehlinger woonde de top bij.",
            "event/benelux-top-2027",
            "region/saarland",
        ),
        (
            "Marie Dupont, voorzitter van de Région Hauts-de-France, sprak in 2026 in Rijsel. "
            "De Verklaring van Gent over grensarbeid werd later opgesteld. Deze werd ondertekend "
            "door het Secretariaat-Generaal en voorzitter Dupont.",
            DECLARATION,
            "region/hauts-de-france",
        ),
        (
            "Jens Keller, minister van Verkeer van Noordrijn-Westfalen, opende in 2026 een "
            "nieuwe brug. Het Secretariaat-Generaal en minister Keller ondertekenden de "
            "Verklaring van Gent over grensarbeid.",
            DECLARATION,
            "region/noordrijn-westfalen",
        ),
    ],
)
def test_a_person_tied_to_a_place_acts_for_it(text: str, subject: str, party: str) -> None:
    assert party in _of(text, subject)


def test_the_person_is_no_participant() -> None:
    text = (
        TOP + "Als gast schoof de minister-president van Rijnland-Palts, Alexander Schweitzer, aan."
    )
    assert not any(o.startswith("person/") for _, o in participants(text))


# -- a collective role named again -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "parties"),
    [
        (
            "De regeringsleiders van België, Nederland en Luxemburg kwamen op 3 maart 2026 "
            "bijeen voor de Benelux-top van 2026. De regeringsleiders ondertekenden er de "
            "Verklaring van Gent over grensarbeid.",
            {"country/belgie", "country/nederland", "country/luxemburg"},
        ),
        (
            "De drie premiers ondertekenden de Verklaring van Gent over grensarbeid. Nederland, "
            "België en Luxemburg werken al lang samen.",
            {"country/belgie", "country/nederland", "country/luxemburg"},
        ),
        (
            "Het Comité van Ministers vergaderde op 3 maart 2026 in Den Haag. België, Nederland "
            "en Luxemburg waren vertegenwoordigd. De ministers van de drie landen ondertekenden "
            "de Verklaring van Gent over grensarbeid.",
            {"country/belgie", "country/nederland", "country/luxemburg"},
        ),
        (
            "De ministers van Energie van Frankrijk en Duitsland bezochten in mei Gent. Daar "
            "ondertekenden de ministers de Verklaring van Gent over grensarbeid.",
            {"country/frankrijk", "country/duitsland"},
        ),
    ],
)
def test_a_collective_role_named_again(text: str, parties: set[str]) -> None:
    assert _of(text, DECLARATION) >= parties


def test_a_role_named_again_and_a_person_sign_together() -> None:
    text = (
        "De regeringsleiders van België en Nederland kwamen op 3 maart 2026 bijeen voor de "
        "Benelux-top van 2026. Als gast schoof de minister-president van Rijnland-Palts, "
        "Alexander Schweitzer, aan. De regeringsleiders en minister-president Schweitzer "
        "ondertekenden vandaag de Verklaring van Gent over grensarbeid."
    )
    assert _of(text, DECLARATION) >= {
        "country/belgie",
        "country/nederland",
        "region/rijnland-palts",
    }


# -- on behalf of ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "subject", "party"),
    [
        (
            "De Verklaring van Gent over grensarbeid werd op 3 maart 2026 ondertekend. Minister "
            "Peeters tekende namens Vlaanderen.",
            DECLARATION,
            "organisation/vlaams-gewest",
        ),
        (
            "Het Memorandum van overeenstemming over waterstof werd op 3 maart 2026 in Keulen "
            "gesloten. Staatssecretaris Jansen tekende namens Nederland.",
            "instrument/memorandum-van-overeenstemming-over-waterstof",
            "country/nederland",
        ),
        (
            CONFERENCE + "Namens Luxemburg nam minister Marc Weber deel.",
            WATER,
            "country/luxemburg",
        ),
        (
            CONFERENCE + "Namens Wallonië lichtte minister Anne Dubois het plan toe.",
            WATER,
            "organisation/waals-gewest",
        ),
        (
            CONFERENCE + "Minister Claire Petit woonde de conferentie namens de Grande Région bij.",
            WATER,
            "region/grande-region",
        ),
    ],
)
def test_a_party_acted_for_takes_part(text: str, subject: str, party: str) -> None:
    assert party in _of(text, subject)


def test_guests_listed_on_behalf_of_bodies() -> None:
    text = (
        CONFERENCE + "Als gasten namen deel: de heer Pieter Smit, die sprak namens de "
        "Vereniging van Nederlandse Gemeenten (VNG), mevrouw Els Maes namens de Vereniging van "
        "Vlaamse Steden en Gemeenten (VVSG) en de heer Paul Klein namens de Noordse Raad."
    )
    assert _of(text, WATER) >= {
        "organisation/vereniging-van-nederlandse-gemeenten",
        "organisation/vereniging-van-vlaamse-steden-en-gemeenten",
        "organisation/noordse-raad",
    }


@pytest.mark.parametrize(
    ("text", "members"),
    [
        (
            GROUP + "Namens Nederland is het RIVM in de werkgroep vertegenwoordigd; voor "
            "Luxemburg heeft de Administration de l'environnement er zitting in.",
            {
                "country/nederland",
                "country/luxemburg",
                "organisation/rijksinstituut-voor-volksgezondheid-en-milieu",
                "organisation/administration-de-l-environnement",
            },
        ),
        (
            GROUP + "Voor België hebben de Vlaamse Milieumaatschappij en de Service public de "
            "Wallonie er zitting in, voor Nederland Rijkswaterstaat.",
            {
                "country/belgie",
                "country/nederland",
                "organisation/vlaamse-milieumaatschappij",
                "organisation/rijkswaterstaat",
            },
        ),
        (
            GROUP + "Namens Frankrijk is de Direction de l'eau vertegenwoordigd.",
            {"country/frankrijk"},
        ),
    ],
)
def test_a_place_a_member_sits_for(text: str, members: set[str]) -> None:
    assert _of(text, SOIL) >= members


@pytest.mark.parametrize(
    "text",
    [
        GROUP + "Namens Nederland schuift het RIVM aan.",
        GROUP + "Namens Frankrijk neemt de Direction de l'eau deel.",
        GROUP + "Het RIVM neemt namens Nederland deel.",
    ],
)
def test_in_a_group_joining_on_behalf_gives_the_body_only(text: str) -> None:
    found = _of(text, SOIL)
    assert not ({"country/nederland", "country/frankrijk"} & found), found


def test_the_bodies_listed_for_each_place_at_a_meeting() -> None:
    text = (
        CONFERENCE + "Namens België namen de SIOD en de Rijksdienst voor Sociale Zekerheid "
        "deel, namens Nederland de Sociale Verzekeringsbank en Logius."
    )
    assert _of(text, WATER) >= {
        "country/belgie",
        "country/nederland",
        "organisation/sociale-inlichtingen-en-opsporingsdienst",
        "organisation/rijksdienst-voor-sociale-zekerheid",
        "organisation/sociale-verzekeringsbank",
        "organisation/logius",
    }


def test_a_body_acting_for_a_place_takes_part_too() -> None:
    text = (
        GROUP + "Namens België neemt de Vlaamse Milieumaatschappij deel, namens Nederland "
        "Rijkswaterstaat."
    )
    assert _of(text, SOIL) >= {
        "organisation/vlaamse-milieumaatschappij",
        "organisation/rijkswaterstaat",
    }


# -- "X vertegenwoordigde Y" --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "subject", "parties"),
    [
        (
            "De Benelux-top van 2026 vond op 3 maart plaats in Gent. Premier Anna Visser "
            "vertegenwoordigde Nederland, minister-president Jan Claes België.",
            SUMMIT,
            {"country/nederland", "country/belgie"},
        ),
        (
            CONFERENCE + "Staatssecretaris Tom Berg vertegenwoordigde Denemarken.",
            WATER,
            {"country/denemarken"},
        ),
        (
            GROUP + "Het Departement Omgeving vertegenwoordigt Vlaanderen in de werkgroep.",
            SOIL,
            {"organisation/vlaams-gewest"},
        ),
    ],
)
def test_someone_represents_a_place(text: str, subject: str, parties: set[str]) -> None:
    assert _of(text, subject) >= parties


# -- those sent -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (CONFERENCE + "Ook Frankrijk was met een delegatie aanwezig.", "country/frankrijk"),
        (
            CONFERENCE + "De Europese Commissie heeft toegezegd een spreker te sturen.",
            "organisation/europese-commissie",
        ),
        (CONFERENCE + "De Noordse Raad stuurde een delegatie.", "organisation/noordse-raad"),
    ],
)
def test_a_body_that_sends_someone_takes_part(text: str, party: str) -> None:
    assert party in _of(text, WATER)


# -- a group defined as the meeting of a collective role ----------------------------------------


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Het Benelux-overleg Waterbeheer is het jaarlijkse overleg van de ministers van "
            "Waterbeheer van België, Nederland en Luxemburg.",
            "working-group/benelux-overleg-waterbeheer",
        ),
        (
            "Het Benelux-netwerk Waterbeheer is het netwerk van de ministers van Waterbeheer van "
            "België, Nederland en Luxemburg.",
            "working-group/benelux-netwerk-waterbeheer",
        ),
        (
            "Het Benelux-platform Grensarbeid is het informele platform van de staatssecretarissen "
            "van België, Nederland en Luxemburg.",
            "working-group/benelux-platform-grensarbeid",
        ),
    ],
)
def test_a_group_of_a_collective_role(text: str, subject: str) -> None:
    assert _of(text, subject) >= {"country/belgie", "country/nederland", "country/luxemburg"}


# -- nothing stated --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # negated
        TOP + "De regeringsleiders van België en Nederland ondertekenden de Verklaring van Gent "
        "over grensarbeid niet.",
        TOP + "De minister-president van Saarland nam niet deel.",
        CONFERENCE + "Het Beneluxparlement was uitgenodigd, maar zond geen spreker.",
        # possible or intended only
        TOP + "De ministers van België en Nederland willen de Verklaring van Gent over "
        "grensarbeid in 2027 onderschrijven.",
        TOP + "De minister-president van Rijnland-Palts kan als gast aanschuiven.",
        TOP + "Minister-president Schweitzer van Rijnland-Palts wil in 2027 aan de top deelnemen.",
        # invited only
        TOP + "De minister-president van Saarland is uitgenodigd, maar heeft nog niet geantwoord.",
        "De Verklaring van Gent over grensarbeid werd op 3 maart 2026 ondertekend. De premier "
        "van Frankrijk werd uitgenodigd de verklaring te ondertekenen.",
        # the inviting party is no subject
        TOP + "Op uitnodiging van de premier van Frankrijk schoven ook vertegenwoordigers van de "
        "vakbonden aan.",
        # members of an assembly, not its envoys
        "De plenaire zitting van het Beneluxparlement vond op 14 maart 2026 in Brussel plaats. "
        "Namens de Tweede Kamer namen vier leden deel.",
    ],
)
def test_no_participation_stated(text: str) -> None:
    found = {o for _, o in participants(text)}
    stated = {
        "country/belgie",
        "country/nederland",
        "country/frankrijk",
        "region/saarland",
        "region/rijnland-palts",
        "institution/benelux-parlement",
        "organisation/tweede-kamer",
        "country/luxemburg",
    }
    assert not (found & stated), found


def test_those_set_beside_the_subject_are_no_subject() -> None:
    text = (
        TOP + "Naast de drie premiers neemt ook de minister-president van Saarland aan de top "
        "deel. Het gaat om België, Nederland en Luxemburg."
    )
    assert _of(text, SUMMIT) == {"region/saarland"}


@pytest.mark.parametrize(
    "text",
    [
        # a person the text ties to no place
        TOP + "Minister Pieters nam als gast deel.",
        TOP + "Naast premier Jansen namen minister Koster en staatssecretaris Vos deel.",
        # a role of the Union's own: no party of a summit
        TOP + "Secretaris-generaal Frans Weekers van de Benelux Unie was aanwezig.",
        # represented elsewhere, not at the summit
        TOP + "De Belgische ambassade vertegenwoordigt België in Europese overleggen.",
        # a place's adjective names no place (the gold reads only named places)
        TOP + "Aan de top nam de Belgische premier Bart De Wever deel. België is lid.",
    ],
)
def test_no_party_without_a_tie(text: str) -> None:
    found = _of(text, SUMMIT)
    assert not ({"organisation/benelux-unie", "country/belgie"} & found), found
    assert not any(o.startswith("person/") for o in found), found
