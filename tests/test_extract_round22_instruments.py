"""Round 22 (helper INS): names of instruments that sets P and Q showed cut short: a subject
going on over "uit" and a noun, a participle closing the clause a numbered recommendation
stands in, a declaration named after a place with its subject, a party named by its country
("het Rijksarchief in België"). Every text is made up."""

from __future__ import annotations

import pytest

from extract_helpers import iris, of_class, titles


# "uit" and a noun is part of a subject: the source of what the instrument is about.
@pytest.mark.parametrize(
    ("text", "cls", "iri"),
    [
        (
            "Het Comité van Ministers stelde in mei een aanbeveling over de uitwisseling van "
            "gegevens uit dopingcontroles vast.",
            "Recommendation",
            "instrument/aanbeveling-over-de-uitwisseling-van-gegevens-uit-dopingcontroles",
        ),
        (
            "Het Comité nam een beschikking over het weren van stoffen uit het afvalwater "
            "van ziekenhuizen aan.",
            "Decision",
            "instrument/beschikking-over-het-weren-van-stoffen-uit-het-afvalwater-van-ziekenhuizen",
        ),
        (
            "De landen ondertekenden een verklaring over het gebruik van gegevens uit "
            "kentekenregisters voor de handhaving.",
            "Declaration",
            "instrument/verklaring-over-het-gebruik-van-gegevens-uit-kentekenregisters-voor-de-"
            "handhaving",
        ),
    ],
)
def test_a_subject_goes_on_over_uit_and_a_noun(text: str, cls: str, iri: str) -> None:
    assert iri in of_class(text, cls)


@pytest.mark.parametrize(
    ("text", "iri"),
    [
        # "uit" as a verb's particle, before a year or in a fixed phrase is no part of it.
        (
            "De landen beloofden de beschikking over de erkenning van attesten snel uit te voeren.",
            "instrument/beschikking-over-de-erkenning-van-attesten",
        ),
        (
            "De aanbeveling over het beheer van bouwafval uit 2015 geldt nog.",
            "instrument/aanbeveling-over-het-beheer-van-bouwafval",
        ),
        (
            "De ministers ondertekenden de verklaring over de opvang van vluchtelingen uit "
            "naam van hun regeringen.",
            "instrument/verklaring-over-de-opvang-van-vluchtelingen",
        ),
    ],
)
def test_uit_as_a_particle_a_year_or_a_phrase_ends_the_subject(text: str, iri: str) -> None:
    found = {
        i for cls in ("Decision", "Recommendation", "Declaration") for i in of_class(text, cls)
    }
    assert iri in found


# A participle of asking or proposing closes the clause a numbered recommendation stands in.
@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Het Beneluxparlement heeft in aanbeveling 970/2 over de bescherming van "
            "seizoenarbeiders gevraagd om betere informatie.",
            "aanbeveling 970/2 over de bescherming van seizoenarbeiders",
        ),
        (
            "Het Parlement had in aanbeveling 971/2 over de toegang tot kinderopvang verzocht "
            "de regels te vereenvoudigen.",
            "aanbeveling 971/2 over de toegang tot kinderopvang",
        ),
        (
            "De commissie heeft in aanbeveling 972/2 betreffende de erkenning van diploma's "
            "voorgesteld een register op te zetten.",
            "aanbeveling 972/2 betreffende de erkenning van diploma's",
        ),
    ],
)
def test_a_participle_of_asking_closes_a_numbered_title(text: str, title: str) -> None:
    assert title in titles(text)


# A treaty or declaration named after a place: a place of two words, a subject after it.
@pytest.mark.parametrize(
    ("text", "iri"),
    [
        (
            "De ministers ondertekenden de Verklaring van Luxemburg over een gezamenlijke "
            "aanpak van PFAS in de grensstreek.",
            "instrument/verklaring-van-luxemburg-over-een-gezamenlijke-aanpak-van-pfas-in-de-grensstreek",
        ),
        (
            "De regeringsleiders ondertekenden de Verklaring van\nBrugge inzake de "
            "samenwerking op het gebied van waterstof.",
            "instrument/verklaring-van-brugge-inzake-de-samenwerking-op-het-gebied-van-waterstof",
        ),
        (
            "De Verklaring van Den Haag werd in 2023 door de drie landen ondertekend.",
            "instrument/verklaring-van-den-haag",
        ),
    ],
)
def test_a_declaration_named_after_a_place(text: str, iri: str) -> None:
    assert iri in of_class(text, "Declaration")


def test_a_treaty_named_after_a_place_keeps_its_short_name() -> None:
    text = "Het Verdrag van Senningen is in 2015 in werking getreden."
    assert "instrument/verdrag-van-senningen" in of_class(text, "Treaty")


def test_a_month_after_van_is_no_place() -> None:
    text = "De Verklaring van Mei over de jeugd werd voorgelezen."
    assert not any("mei" in i for i in of_class(text, "Declaration"))


# A party of an agreement named by its country after "in".
@pytest.mark.parametrize(
    ("text", "iri"),
    [
        (
            "Administratief akkoord tussen het Secretariaat-Generaal en het Rijksarchief in "
            "België inzake de digitalisering van het archief, ondertekend op 4 april 2028.",
            "instrument/administratief-akkoord-tussen-het-secretariaat-generaal-en-het-"
            "rijksarchief-in-belgie-inzake-de-digitalisering-van-het-archief",
        ),
        (
            "Administratief akkoord tussen het Secretariaat-Generaal en het Kadaster in "
            "Nederland inzake de uitwisseling van kaarten, ondertekend op 2 mei 2027.",
            "instrument/administratief-akkoord-tussen-het-secretariaat-generaal-en-het-"
            "kadaster-in-nederland-inzake-de-uitwisseling-van-kaarten",
        ),
        (
            "Samenwerkingsovereenkomst tussen de Nationale Bibliotheek in Luxemburg en de "
            "Koninklijke Bibliotheek inzake de uitwisseling van catalogi, ondertekend op 3 "
            "maart 2026.",
            "instrument/samenwerkingsovereenkomst-tussen-de-nationale-bibliotheek-in-luxemburg-"
            "en-de-koninklijke-bibliotheek-inzake-de-uitwisseling-van-catalogi",
        ),
    ],
)
def test_a_party_named_by_its_country(text: str, iri: str) -> None:
    assert iri in of_class(text, "Agreement")


def test_a_place_after_in_is_no_part_of_a_party() -> None:
    text = (
        "Administratief akkoord tussen het Secretariaat-Generaal en het Kadaster in Brussel "
        "inzake de uitwisseling van kaarten, ondertekend op 2 mei 2027."
    )
    assert not any("brussel" in i for i in of_class(text, "Agreement"))


# Round 22 (helper INS2): conventions of international bodies, second names of EU acts,
# regional codes, misprinted numbers in a rectification.


def acts(text: str) -> set[str]:
    return of_class(text, "ExternalAct")


# A treaty word right before the Council of Europe, the UN or the Hague Conference names that
# body's convention: an external act, never a Benelux treaty.
@pytest.mark.parametrize(
    ("text", "iri"),
    [
        (
            "De werkgroep volgt de uitvoering van het Antidopingverdrag van de Raad van Europa.",
            "act/antidopingverdrag-van-de-raad-van-europa",
        ),
        (
            "Het Kinderrechtenverdrag van de Verenigde Naties geldt in de drie landen.",
            "act/kinderrechtenverdrag-van-de-verenigde-naties",
        ),
        (
            "België heeft het Verdrag van de Raad van Europa inzake de preventie van "
            "terrorisme geratificeerd.",
            "act/verdrag-van-de-raad-van-europa-inzake-de-preventie-van-terrorisme",
        ),
        (
            "Het Verdrag van de Verenigde Naties inzake het recht van de zee is van toepassing.",
            "act/verdrag-van-de-verenigde-naties-inzake-het-recht-van-de-zee",
        ),
    ],
)
def test_a_convention_of_an_international_body_is_an_external_act(text: str, iri: str) -> None:
    assert iri in acts(text)
    assert not of_class(text, "Treaty")


def test_an_agreement_with_an_international_body_stays_a_benelux_agreement() -> None:
    text = (
        "Het Administratief akkoord tussen het Secretariaat-Generaal en de Raad van Europa "
        "inzake integriteit in de sport werd op 3 mei 2024 ondertekend."
    )
    assert (
        "instrument/administratief-akkoord-tussen-het-secretariaat-generaal-en-de-raad-van-"
        "europa-inzake-integriteit-in-de-sport" in of_class(text, "Agreement")
    )
    assert not acts(text)


def test_a_benelux_treaty_ratified_keeps_its_class() -> None:
    text = (
        "Nederland heeft het Benelux-Verdrag inzake de bestrijding van sociale fraude bekrachtigd."
    )
    assert "instrument/benelux-verdrag-inzake-de-bestrijding-van-sociale-fraude" in of_class(
        text, "Treaty"
    )


# Conventions known by the place they were opened for signature.
@pytest.mark.parametrize(
    ("text", "iri"),
    [
        ("De partijen bij het Verdrag van Macolin ontmoeten elkaar.", "act/verdrag-van-macolin"),
        ("Het Verdrag van Lanzarote beschermt kinderen.", "act/verdrag-van-lanzarote"),
        ("Het Verdrag van Bazel regelt de overbrenging van afval.", "act/verdrag-van-bazel"),
    ],
)
def test_a_convention_named_after_its_place(text: str, iri: str) -> None:
    assert iri in acts(text)
    assert not of_class(text, "Treaty")


# A second name of a numbered EU act is another name of it: in apposition ("de zogenaamde"),
# a compound on a noun of its title, a heading over the section citing it.
@pytest.mark.parametrize(
    ("text", "iri"),
    [
        (
            "Dat volgt uit Richtlijn (EU) 2025/516, de zogenaamde [ViDA-richtlijn](#). In "
            "België is e-facturatie verplicht.",
            "act/richtlijn-eu-2025-516",
        ),
        (
            "Dat regelt Verordening (EU) 2023/1115, de zogenoemde ontbossingsverordening. De "
            "douane controleert dat.",
            "act/verordening-eu-2023-1115",
        ),
        (
            "Welke rechter bevoegd is, regelt Verordening (EU) 2015/848 betreffende "
            "insolventieprocedures. De Insolventieverordening verplicht de lidstaten hun "
            "registers te koppelen.",
            "act/verordening-eu-2015-848",
        ),
        (
            "Het overleg.\n\n4. Natuurherstelverordening\n\nDe lidstaten moeten op grond van "
            "artikel 10 van Verordening (EU) 2024/1991 de achteruitgang keren.",
            "act/verordening-eu-2024-1991",
        ),
    ],
)
def test_a_second_name_of_a_numbered_act(text: str, iri: str) -> None:
    assert acts(text) == {iri}


@pytest.mark.parametrize(
    "text",
    [
        # An acronym names an act of its own; a noun not in the title names another act.
        "De REACH-verordening en Verordening (EU) 2019/1021 betreffende persistente "
        "organische verontreinigende stoffen.",
        "De bouwproductenverordening vult Verordening (EU) 2016/679 betreffende "
        "gegevensbescherming aan.",
        # A line of running text is no heading.
        "Het overleg over de nieuwe\nbouwproductenverordening\nen over Verordening (EU) "
        "2016/679 gaat door.",
    ],
)
def test_another_act_stays_apart(text: str) -> None:
    assert len(acts(text)) == 2


# The regions' codified acts.
@pytest.mark.parametrize(
    ("text", "iri"),
    [
        (
            "De heer Peeters verwees naar de Vlaamse Codex Wonen van 2021. Volgens hem volstaat "
            "die.",
            "act/vlaamse-codex-wonen",
        ),
        (
            "De vergunning valt onder de Codex Ruimtelijke Ordening. De gemeente beslist.",
            "act/codex-ruimtelijke-ordening",
        ),
        ("De Waalse Codex Fiscaliteit werd gewijzigd.", "act/waalse-codex-fiscaliteit"),
    ],
)
def test_a_regional_codex(text: str, iri: str) -> None:
    assert iri in acts(text)


def test_the_codex_alimentarius_is_no_act() -> None:
    assert not acts("De normen van de Codex Alimentarius gelden wereldwijd.")


# A number quoted as the misprint a rectification corrects is no instrument.
@pytest.mark.parametrize(
    ("text", "right", "wrong"),
    [
        (
            'In de titel van M (2028) 4 moet "M (2023) 14" worden gelezen in plaats\nvan '
            '"M (2023) 41", zoals op blz. 5 werd gedrukt.',
            "m-2023-14",
            "m-2023-41",
        ),
        ('Op blz. 7 lees "M (2019) 2" i.p.v. "M (2019) 12".', "m-2019-2", "m-2019-12"),
        (
            "In het register moet „M (2020) 5” worden gelezen in plaats van „M (2020) 15”.",
            "m-2020-5",
            "m-2020-15",
        ),
    ],
)
def test_a_misprinted_number_is_no_instrument(text: str, right: str, wrong: str) -> None:
    found = iris(text)
    assert f"instrument/{right}" in found
    assert f"instrument/{wrong}" not in found


def test_an_instrument_replaced_by_another_is_one() -> None:
    found = iris("Beschikking M (2024) 5 geldt in plaats van M (2019) 2.")
    assert "instrument/m-2019-2" in found
