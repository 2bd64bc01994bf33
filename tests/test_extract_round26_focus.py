"""Round 26: signing verbs for the parties of a declaration or agreement, a meeting or group
named by its kind in the sentence before ("De conferentie werd ... georganiseerd. Ook X nam
deel.") or before "waaraan ... deelneemt", and the Belgian "Directie-generaal" as a unit."""

from __future__ import annotations

from extract_helpers import parents, participants

DECLARATION = "instrument/intentieverklaring-over-grensoverschrijdend-onderwijs"
TEXT = "de Intentieverklaring over grensoverschrijdend onderwijs"
GROUP = "De Benelux-werkgroep Grensarbeid werd in 2023 opgericht. "
WG = "working-group/benelux-werkgroep-grensarbeid"


def test_signing_verbs() -> None:
    for sentence, party in (
        (f"Op 3 maart 2027 tekenden België, Nederland en Luxemburg {TEXT}.", "country/luxemburg"),
        (f"Noordrijn-Westfalen tekende in Düsseldorf {TEXT}.", "region/noordrijn-westfalen"),
        (f"België en Nederland sloten in 2024 {TEXT}.", "country/nederland"),
        (
            f"Vlaanderen en Wallonië zetten hun handtekening onder {TEXT}.",
            "organisation/waals-gewest",
        ),
        (f"Luxemburg ondertekende {TEXT} mee.", "country/luxemburg"),
        (f"Frankrijk onderschreef in juni {TEXT}.", "country/frankrijk"),
    ):
        assert (DECLARATION, party) in participants(sentence), sentence


def test_signing_refused() -> None:
    for sentence in (
        f"Frankrijk tekende {TEXT} niet.",
        f"Frankrijk heeft {TEXT} nog niet ondertekend.",
        f"Frankrijk ondertekende {TEXT} nooit.",
        f"Frankrijk is uitgenodigd om {TEXT} te tekenen.",
    ):
        assert not any(o == "country/frankrijk" for _, o in participants(sentence)), sentence


def test_meeting_named_by_kind_before() -> None:
    for text, meeting, party in (
        (
            "Op de eerste Benelux-Waterstofconferentie spraken de ministers over leidingen. De "
            "conferentie werd door het Secretariaat-Generaal georganiseerd. Ook de NAVO nam deel; "
            "de pers was welkom.",
            "event/benelux-waterstofconferentie",
            "organisation/noord-atlantische-verdragsorganisatie",
        ),
        (
            "In Gent vond de Benelux-conferentie Zeewind plaats. De conferentie werd door het "
            "Vlaams Energieagentschap georganiseerd. Ook Frankrijk was aanwezig.",
            "event/benelux-conferentie-zeewind",
            "country/frankrijk",
        ),
        (
            GROUP + "De werkgroep vergadert viermaal per jaar. Ook Frankrijk neemt deel.",
            WG,
            "country/frankrijk",
        ),
    ):
        assert (meeting, party) in participants(text), text


def test_meeting_by_kind_refused() -> None:
    for text in (
        GROUP + "De werkgroep vergadert viermaal per jaar. Frankrijk neemt niet deel.",
        "Op de Benelux-Waterstofconferentie en de Benelux-Zeewindconferentie spraken de ministers "
        "over leidingen. De conferentie werd in Gent georganiseerd. Ook de NAVO nam deel.",
    ):
        assert not any(
            o in {"country/frankrijk", "organisation/noord-atlantische-verdragsorganisatie"}
            for _, o in participants(text)
        ), text


def test_group_by_kind_before_whereto() -> None:
    for sentence, party in (
        (
            "Het rapport werd besproken in de werkgroep, waaraan sinds 2025 ook de Franse "
            "Direction générale du travail (DGT) deelneemt.",
            "organisation/direction-generale-du-travail",
        ),
        (
            "Het rapport werd voorbereid door de werkgroep, waaraan Frankrijk en Duitsland als "
            "waarnemer deelnemen.",
            "country/duitsland",
        ),
        (
            "De resultaten komen aan bod in de werkgroep, waaraan Luxemburg sinds 2024 deelneemt.",
            "country/luxemburg",
        ),
    ):
        assert (WG, party) in participants(GROUP + sentence), sentence


def test_group_by_kind_whereto_refused() -> None:
    two = "De Benelux-werkgroep Grensarbeid en de Benelux-werkgroep Zorg werden opgericht. "
    for text in (
        GROUP + "Het rapport werd besproken in de werkgroep, waaraan Frankrijk niet deelneemt.",
        two + "Het rapport werd besproken in de werkgroep, waaraan ook Frankrijk deelneemt.",
        GROUP + "Het rapport werd besproken in het netwerk, waaraan ook Frankrijk deelneemt.",
    ):
        assert not any(o == "country/frankrijk" for _, o in participants(text)), text


def test_directie_generaal_under_its_ministry() -> None:
    for sentence, unit, parent in (
        (
            "De Directie-generaal Energie van de FOD Economie neemt deel aan de werkgroep.",
            "organisation/directie-generaal-energie",
            "organisation/fod-economie",
        ),
        (
            "Ook de Directie-generaal Energie van de FOD Economie voert de metingen uit.",
            "organisation/directie-generaal-energie",
            "organisation/fod-economie",
        ),
    ):
        assert (unit, parent) in parents(sentence), sentence


def test_sloten_zich_aan_still_joins() -> None:
    text = (
        "In 2026 trad Frankrijk toe tot het Benelux-netwerk Bodemsanering. Eerder sloten de "
        "Vlaamse Milieumaatschappij en de Waalse Bodemdienst zich al bij het netwerk aan."
    )
    assert (
        "working-group/benelux-netwerk-bodemsanering",
        "organisation/vlaamse-milieumaatschappij",
    ) in participants(text)
