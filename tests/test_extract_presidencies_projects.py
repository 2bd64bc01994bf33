"""Presidencies (country and year) and annual-plan projects (status and theme)."""

from __future__ import annotations

from pathlib import Path

from benelux_kg.corpus import Document
from benelux_kg.extract import Extraction, Extractor
from benelux_kg.namespaces import BKG, ID

EXTRACTOR = Extractor.from_files()


def extract(text: str) -> Extraction:
    return EXTRACTOR.extract(Document("test", text, Path("test.txt"), "0" * 64))


def objects(x: Extraction, predicate: str) -> set[tuple[str, str]]:
    return {
        (f.subject.value[len(ID) :], f.object.value.replace(ID, ""))
        for f in x.facts
        if f.predicate.value == BKG + predicate
    }


def test_a_presidency_is_a_country_and_a_year() -> None:
    # 002_9e5d61a85da0ad79, 001_760160cc3951b2ca
    x = extract(
        "Tenslotte is veiligheid de vierde prioriteit tijdens het Nederlandse voorzitterschap "
        "in 2023. Tijdens het Nederlands voorzitterschap van het Pentalateraal Energieforum "
        "in 2020 werd een verklaring aangenomen."
    )
    assert objects(x, "presidencyCountry") == {("presidency/nederland-2023", "country/nederland")}
    assert objects(x, "presidencyYear") == {("presidency/nederland-2023", "2023")}


def test_projects_under_a_status_heading_with_their_theme() -> None:
    # 002_9e5d61a85da0ad79, shortened
    text = (
        " 1.1. \tMOBILITEIT, DE RUGGENGRAAT VAN DE BENELUX INTERNE \nMARKT\n\n"
        "NIEUWE PROJECTEN\n\n"
        "Toelatingsregels voor lichte elektrische voertuigen (LEV’s) \n\n"
        "Lichte, elektrische voertuigen (LEV’s) zijn voertuigen om relatief kleine afstanden "
        "af te leggen. Welke voertuigen precies als LEV worden geclassificeerd, verschilt.\n\n"
        "LOPENDE PROJECTEN \n\n"
        "Infrastructuur voor alternatieve \nbrandstoffen\n\n"
        "De Benelux-landen stemmen verder af wat \nbetreft de uitrol van infrastructuur voor "
        "\nalternatieve brandstoffen.\n"
    )
    x = extract(text)
    assert objects(x, "projectStatus") == {
        ("project/toelatingsregels-voor-lichte-elektrische-voertuigen-lev-s", "status/nieuw"),
        ("project/infrastructuur-voor-alternatieve-brandstoffen", "status/lopend"),
    }
    theme = "theme/mobiliteit-de-ruggengraat-van-de-benelux-interne-markt"
    assert {t for _, t in objects(x, "theme")} == {theme}
