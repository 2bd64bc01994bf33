"""Round 22: participation, cooperation and parent bodies in constructions set P showed."""

from __future__ import annotations

import pytest

from extract_helpers import parents, participants, partners


# "De werkgroep ressorteert onder het Directiecomité X": the group of that kind named before.
@pytest.mark.parametrize(
    ("text", "group", "parent"),
    [
        (
            "2027 was het eerste werkjaar van de Benelux-werkgroep Jeugdsport.\n"
            "De werkgroep ressorteert onder het Directiecomité Volksgezondheid.",
            "working-group/benelux-werkgroep-jeugdsport",
            "working-group/directiecomite-volksgezondheid",
        ),
        (
            "In 2025 vergaderde het Benelux-netwerk Grensarbeid vier keer. Het netwerk "
            "ressorteert sinds 2024 onder het College van Secretarissen-Generaal.",
            "working-group/benelux-netwerk-grensarbeid",
            "institution/college-van-secretarissen-generaal",
        ),
        (
            "De Benelux-werkgroep Bodembeheer werd in 2019 opgericht. De werkgroep "
            "ressorteerde toen onder het Directiecomité Leefmilieu, dat op zijn beurt "
            "rapporteert aan het College van Secretarissen-Generaal.",
            "working-group/benelux-werkgroep-bodembeheer",
            "working-group/directiecomite-leefmilieu",
        ),
    ],
)
def test_a_group_named_by_its_kind_ressorts_under_its_parent(
    text: str, group: str, parent: str
) -> None:
    assert (group, parent) in parents(text)


def test_ressorting_needs_a_group_of_that_kind_named_before() -> None:
    text = "De werkgroep ressorteert onder het Directiecomité Volksgezondheid."
    assert not parents(text)


# "X is lid van de werkgroep Y, die deel uitmaakt van het Directiecomité Z": Z is Y's parent,
# not a group X takes part in.
@pytest.mark.parametrize(
    ("text", "group", "member", "parent"),
    [
        (
            "Vlaanderen is sinds de oprichting in 2026 lid van de Benelux-werkgroep "
            "Dementiezorg, die deel uitmaakt van het Directiecomité Volksgezondheid.",
            "working-group/benelux-werkgroep-dementiezorg",
            "organisation/vlaams-gewest",
            "working-group/directiecomite-volksgezondheid",
        ),
        (
            "Het UWV neemt deel aan het Benelux-netwerk Arbeidsbemiddeling, dat deel "
            "uitmaakt van het Directiecomité Interne Markt.",
            "working-group/benelux-netwerk-arbeidsbemiddeling",
            "organisation/uwv",
            "working-group/directiecomite-interne-markt",
        ),
        (
            "Luxemburg trad in 2024 toe tot de Benelux-werkgroep Drinkwater, die "
            "deel uitmaakt van het Directiecomité Leefmilieu.",
            "working-group/benelux-werkgroep-drinkwater",
            "country/luxemburg",
            "working-group/directiecomite-leefmilieu",
        ),
    ],
)
def test_the_group_a_relative_clause_puts_under_a_parent_is_not_joined(
    text: str, group: str, member: str, parent: str
) -> None:
    found = participants(text)
    assert (group, member) in found
    assert (parent, member) not in found
    assert (group, parent) in parents(text)


def test_a_member_that_makes_up_a_group_still_takes_part() -> None:
    text = "Nederland maakt sinds 2024 deel uit van de Benelux-werkgroep Drinkwater."
    assert ("working-group/benelux-werkgroep-drinkwater", "country/nederland") in participants(text)


# "De (andere) leden zijn X en Y": the members of the group named before.
@pytest.mark.parametrize(
    ("text", "group", "members"),
    [
        (
            "De Benelux-werkgroep Dementiezorg werd in 2026 opgericht. Het Departement Zorg "
            "zit de werkgroep voor. De andere leden zijn het Agence pour une Vie de Qualité "
            "(AViQ) en de FOD Justitie.",
            "working-group/benelux-werkgroep-dementiezorg",
            {"organisation/agence-pour-une-vie-de-qualite", "organisation/fod-justitie"},
        ),
        (
            "In 2023 richtte het College het Benelux-netwerk Grensarbeid op. De leden zijn "
            "het UWV, de VDAB en de ADEM.",
            "working-group/benelux-netwerk-grensarbeid",
            {"organisation/uwv", "organisation/vdab", "organisation/adem"},
        ),
        (
            "De Benelux-werkgroep Drinkwater kwam twee keer bijeen. De overige leden waren "
            "Luxemburg en Noordrijn-Westfalen.",
            "working-group/benelux-werkgroep-drinkwater",
            {"country/luxemburg", "region/noordrijn-westfalen"},
        ),
    ],
)
def test_the_members_named_after_the_group(text: str, group: str, members: set[str]) -> None:
    found = participants(text)
    assert {(group, m) for m in members} <= found


def test_members_named_with_no_group_before_take_part_in_nothing() -> None:
    assert not participants("De leden zijn het UWV, de VDAB en de ADEM.")


# "X is bij de werkgroep betrokken ..., maar is geen lid": the clause of contrast denies it.
@pytest.mark.parametrize(
    "text",
    [
        "Het gaat om de Benelux-werkgroep Insolventie. De Raad voor de rechtspraak is bij de "
        "werkgroep betrokken als beheerder van het register, maar is geen lid.",
        "Het gaat om de Benelux-werkgroep Drinkwater. Frankrijk is bij de werkgroep "
        "betrokken, maar is nog geen lid geworden.",
        "Het gaat om het Benelux-netwerk Grensarbeid. Het UWV werd bij het netwerk "
        "betrokken, maar neemt niet deel.",
    ],
)
def test_involved_but_no_member_takes_no_part(text: str) -> None:
    assert not participants(text)


def test_a_member_beside_another_that_is_none_still_takes_part() -> None:
    text = "Het UWV neemt deel aan het Benelux-netwerk Grensarbeid, maar de VDAB is geen lid."
    found = participants(text)
    assert ("working-group/benelux-netwerk-grensarbeid", "organisation/uwv") in found
    assert ("working-group/benelux-netwerk-grensarbeid", "organisation/vdab") not in found


# A verb of taking part that closes the first clause, before a semicolon: the group named last.
@pytest.mark.parametrize(
    ("text", "group", "member"),
    [
        (
            "Het gaat om de Benelux-werkgroep Insolventie. Noordrijn-Westfalen neemt sinds "
            "2027 als waarnemer deel; het Land wordt daarbij vertegenwoordigd door de "
            "Staatskanzlei.",
            "working-group/benelux-werkgroep-insolventie",
            "region/noordrijn-westfalen",
        ),
        (
            "In 2024 werd het Benelux-netwerk Grensarbeid opgericht. Frankrijk neemt als "
            "waarnemer deel; het verslag gaat naar de ministers.",
            "working-group/benelux-netwerk-grensarbeid",
            "country/frankrijk",
        ),
        (
            "De Benelux-werkgroep Drinkwater vergaderde in Brussel. Sinds mei is ook het UWV "
            "aangesloten; de volgende vergadering is in juni.",
            "working-group/benelux-werkgroep-drinkwater",
            "organisation/uwv",
        ),
    ],
)
def test_taking_part_closes_the_first_clause(text: str, group: str, member: str) -> None:
    assert (group, member) in participants(text)


def test_a_clause_after_the_semicolon_that_names_a_work_adds_nothing() -> None:
    # Round 22 read no relation here. Since round 26 the reader of taking part in the group
    # in focus does: an observer takes part (the sets' convention). The clause after the
    # semicolon ("levert een bijdrage aan de kosten") still gives nothing of its own.
    text = (
        "Het gaat om de Benelux-werkgroep Insolventie. Noordrijn-Westfalen neemt als "
        "waarnemer deel; het Land levert een bijdrage aan de kosten."
    )
    assert participants(text) == {
        ("working-group/benelux-werkgroep-insolventie", "region/noordrijn-westfalen")
    }


# "X en het Belgische Y werken samen": the nationality outside the second name.
@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Het UWV en het Belgische Fonds voor Sluiting van Ondernemingen werken daartoe "
            "sinds vorig jaar samen.",
            "organisation/uwv",
            "organisation/fonds-voor-sluiting-van-ondernemingen",
        ),
        (
            "De VDAB en de Nederlandse Belastingdienst werken sinds 2020 nauw samen.",
            "organisation/vdab",
            "organisation/belastingdienst",
        ),
        (
            "Logius en de Luxemburgse ADEM werkten in 2025 samen.",
            "organisation/logius",
            "organisation/adem",
        ),
    ],
)
def test_working_together_with_a_nationality(text: str, first: str, second: str) -> None:
    assert (first, second) in partners(text)


def test_working_together_in_a_group_is_no_partnership() -> None:
    text = "Het UWV en de Belgische VDAB werken samen in de Benelux-werkgroep Grensarbeid."
    assert not partners(text)


# "X en Y slaan de handen ineen met Z": each body of the subject works with Z.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Daarvoor slaan de FOD Beleid en Ondersteuning (BOSA) en Logius de handen ineen "
            "met de Luxemburgse ADEM.",
            {
                ("organisation/fod-beleid-en-ondersteuning", "organisation/adem"),
                ("organisation/logius", "organisation/adem"),
            },
        ),
        (
            "Het UWV en de VDAB slaan de handen ineen met de Belastingdienst.",
            {
                ("organisation/uwv", "organisation/belastingdienst"),
                ("organisation/vdab", "organisation/belastingdienst"),
            },
        ),
        (
            "Sinds 2024 heeft de Belastingdienst de handen ineen geslagen met de FOD "
            "Financiën en Logius.",
            {
                ("organisation/belastingdienst", "organisation/fod-financien"),
                ("organisation/belastingdienst", "organisation/logius"),
            },
        ),
        (
            "Daarvoor slaan de Nederlandse instanties, het UWV en de VDAB, de handen ineen met "
            "de ADEM.",
            {
                ("organisation/uwv", "organisation/adem"),
                ("organisation/vdab", "organisation/adem"),
            },
        ),
    ],
)
def test_joining_hands(text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= partners(text)


def test_joining_hands_needs_a_body_as_subject() -> None:
    assert not partners("De ministers slaan de handen ineen met de Belastingdienst.")


def test_no_nationality_after_a_place_that_may_end_a_name() -> None:
    text = (
        "Het Observatoire régional Grand Est en de Luxemburgse ADEM werken samen bij de "
        "planning van de zorg."
    )
    assert ("region/grand-est", "organisation/adem") not in partners(text)


# Joining what a pronominal adverb stands for: the instrument or group named last before,
# when nothing else one could join came after it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In mei 2026 ondertekenden België, Nederland en Luxemburg de "
            "Benelux-intentieverklaring over duurzame mobiliteit. Hauts-de-France sloot zich "
            "daarbij in 2027 aan.",
            (
                "instrument/benelux-intentieverklaring-over-duurzame-mobiliteit",
                "region/hauts-de-france",
            ),
        ),
        (
            "De politieke verklaring over waterstof werd in 2024 door de Benelux-landen "
            "ondertekend. Sinds maart heeft ook Noordrijn-Westfalen zich erbij aangesloten.",
            ("instrument/politieke-verklaring-over-waterstof", "region/noordrijn-westfalen"),
        ),
        (
            "De intentieverklaring over de bescherming van wilde bestuivers werd in 2025 "
            "ondertekend. Noordrijn-Westfalen heeft zich er in januari 2026 bij aangesloten.",
            (
                "instrument/intentieverklaring-over-de-bescherming-van-wilde-bestuivers",
                "region/noordrijn-westfalen",
            ),
        ),
        (
            "De Benelux-werkgroep Natuur werd in 2024 opgericht. Noordrijn-Westfalen heeft zich "
            "er in 2025 bij aangesloten.",
            ("working-group/benelux-werkgroep-natuur", "region/noordrijn-westfalen"),
        ),
    ],
)
def test_joining_by_a_pronominal_adverb(text: str, expected: tuple[str, str]) -> None:
    assert expected in participants(text)


def test_no_joining_by_an_adverb_as_an_intention() -> None:
    text = (
        "De politieke verklaring over waterstof werd in 2024 door de Benelux-landen "
        "ondertekend. Nedersaksen wil zich er later bij aansluiten."
    )
    assert ("instrument/politieke-verklaring-over-waterstof", "region/nedersaksen") not in (
        participants(text)
    )


def test_no_joining_by_an_adverb_past_something_else_named() -> None:
    # "daarbij" stands for the recommendation named last, which one does not join.
    text = (
        "De politieke verklaring over waterstof werd in 2024 door de Benelux-landen "
        "ondertekend. Het Beneluxparlement nam in 2025 aanbeveling 964/2 over grensarbeiders "
        "aan. Noordrijn-Westfalen heeft zich daarbij aangesloten."
    )
    assert not {p for p in participants(text) if p[1] == "region/noordrijn-westfalen"}


# Signing along: "tekende mee", "zette zijn handtekening (onder het memorandum)".
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 2025 ondertekenden de drie landen het memorandum van overeenstemming over "
            "duurzame energie. Ook Noordrijn-Westfalen heeft zijn handtekening onder het "
            "memorandum gezet.",
            (
                "instrument/memorandum-van-overeenstemming-over-duurzame-energie",
                "region/noordrijn-westfalen",
            ),
        ),
        (
            "In 2025 ondertekenden de drie landen het memorandum van overeenstemming over "
            "duurzame energie. Ook Nedersaksen zette zijn handtekening.",
            (
                "instrument/memorandum-van-overeenstemming-over-duurzame-energie",
                "region/nedersaksen",
            ),
        ),
        (
            "De ministers ondertekenden de Benelux-intentieverklaring over duurzame mobiliteit. "
            "Het Secretariaat-Generaal tekende mee.",
            (
                "instrument/benelux-intentieverklaring-over-duurzame-mobiliteit",
                "institution/secretariaat-generaal",
            ),
        ),
        (
            "De ministers ondertekenden de Benelux-intentieverklaring over duurzame mobiliteit. "
            "Namens de regio tekende ook Hauts-de-France mee.",
            (
                "instrument/benelux-intentieverklaring-over-duurzame-mobiliteit",
                "region/hauts-de-france",
            ),
        ),
    ],
)
def test_signing_along(text: str, expected: tuple[str, str]) -> None:
    assert expected in participants(text)


@pytest.mark.parametrize(
    "text",
    [
        "De ministers ondertekenden de Benelux-intentieverklaring over duurzame mobiliteit. "
        "Frankrijk heeft niet mee ondertekend.",
        # One signs an instrument, not a group.
        "De Benelux-werkgroep Natuur werd in 2024 opgericht. Ook Frankrijk zette zijn "
        "handtekening.",
    ],
)
def test_no_signing_along(text: str) -> None:
    assert not {p for p in participants(text) if p[1] == "country/frankrijk"}


# Discussing in a group: the subject, before the verb or after it, takes part in the group
# that closes the clause.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sinds 2026 bespreken België, Nederland en Luxemburg de knelpunten in de "
            "Benelux-werkgroep Insolventie.",
            {
                ("working-group/benelux-werkgroep-insolventie", "country/belgie"),
                ("working-group/benelux-werkgroep-insolventie", "country/nederland"),
                ("working-group/benelux-werkgroep-insolventie", "country/luxemburg"),
            },
        ),
        (
            "Nederland en Luxemburg bespreken de resultaten jaarlijks in de Benelux-werkgroep "
            "Bodem.",
            {
                ("working-group/benelux-werkgroep-bodem", "country/nederland"),
                ("working-group/benelux-werkgroep-bodem", "country/luxemburg"),
            },
        ),
        (
            "In 2025 behandelden de FOD Economie en de ACM de klachten in het Benelux-netwerk "
            "Consumentenbescherming.",
            {
                (
                    "working-group/benelux-netwerk-consumentenbescherming",
                    "organisation/fod-economie",
                ),
                (
                    "working-group/benelux-netwerk-consumentenbescherming",
                    "organisation/autoriteit-consument-markt",
                ),
            },
        ),
    ],
)
def test_discussing_in_a_group(text: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= participants(text)


@pytest.mark.parametrize(
    "text",
    [
        # The group is not where they discuss: it is what they discuss.
        "België en Frankrijk bespreken het rapport van de Benelux-werkgroep Bodem.",
        "België en Frankrijk bespreken de knelpunten niet in de Benelux-werkgroep Bodem.",
    ],
)
def test_no_discussing_in_a_group(text: str) -> None:
    assert ("working-group/benelux-werkgroep-bodem", "country/frankrijk") not in participants(text)


# A partner fronted by "Met" before a verb of joint work, its subject after the verb.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "- Met Wallonië onderzoekt het Departement Zorg hoe de dagopvang beter kan aansluiten.",
            ("organisation/departement-zorg", "organisation/waals-gewest"),
        ),
        (
            "Met het Waals Gewest ontwikkelt de VDAB een gezamenlijke opleiding.",
            ("organisation/vdab", "organisation/waals-gewest"),
        ),
        (
            "Met de Luxemburgse ADEM bereidt het UWV een gezamenlijke brochure voor.",
            ("organisation/uwv", "organisation/adem"),
        ),
    ],
)
def test_fronted_with(text: str, expected: tuple[str, str]) -> None:
    assert expected in partners(text)


@pytest.mark.parametrize(
    "text",
    [
        # A verb of no joint work: "Met de ADEM als voorzitter ...", "Met de ADEM heeft".
        "Met de ADEM als voorzitter vergadert het UWV twee keer per jaar.",
        "Met de ADEM heeft het UWV geen afspraken.",
    ],
)
def test_no_fronted_with(text: str) -> None:
    assert ("organisation/uwv", "organisation/adem") not in partners(text)


def test_no_joining_what_the_sentence_before_did_not_name() -> None:
    # "daarbij" stands for the proposal of the sentence before, not the declaration.
    text = (
        "De politieke verklaring over waterstof werd in 2020 ondertekend. België stelt voor "
        "de samenwerking uit te breiden tot netbeheer. Nederland sluit zich daarbij aan."
    )
    assert ("instrument/politieke-verklaring-over-waterstof", "country/nederland") not in (
        participants(text)
    )


def test_no_signing_along_across_a_conjunction() -> None:
    text = (
        "De ministers ondertekenden de Benelux-intentieverklaring over duurzame mobiliteit. "
        "Frankrijk tekende bezwaar aan en deed mee."
    )
    assert not {p for p in participants(text) if p[1] == "country/frankrijk"}
