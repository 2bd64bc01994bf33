"""Round 23: text tables of members. Column heads with a slash ("Land/regio"), a caption
above a rule line or with a parenthesis, roles that say a body takes no part, markdown pipe
tables with wrapped cells and groups by their short name, and tables that are no tables of
members. Every text is made up."""

from __future__ import annotations

import pytest

from extract_helpers import PARTICIPANT, SUB, facts


def of(group: str, text: str, predicate: str = PARTICIPANT) -> set[str]:
    return {o for s, o in facts(text, predicate) if s == f"working-group/{group}"}


# Columns set apart by runs of spaces; a "Land/regio" column (no participant), a role column.
@pytest.mark.parametrize(
    ("text", "group", "members"),
    [
        (
            "De Benelux-werkgroep Binnenvaartveiligheid kwam in 2027 vier keer bijeen.\n\n"
            "Tabel 2.1  Deelnemers aan de werkgroep (stand: 1 maart 2027)\n"
            "-----------------------------------------------------------------\n"
            "Land/regio  Organisatie                               Rol\n"
            "België      De Vlaamse Waterweg                       voorzitter\n"
            "Nederland   Rijkswaterstaat                           lid\n"
            "NRW         Wasserstraßen- und Schifffahrtsamt Rhein  waarnemer\n"
            "-----------------------------------------------------------------\n\n"
            "De werkgroep rapporteert jaarlijks.\n",
            "benelux-werkgroep-binnenvaartveiligheid",
            {"organisation/de-vlaamse-waterweg", "organisation/rijkswaterstaat"},
        ),
        (
            "De Benelux-werkgroep Voedselveiligheid werd in 2024 opgericht.\n\n"
            "Samenstelling van de werkgroep\n"
            "Lidstaat/regio   Instantie                        Functie\n"
            "Luxemburg        ALVA                             secretariaat\n"
            "België           FAVV                             voorzitter\n"
            "Nederland        NVWA                             lid\n\n"
            "De werkgroep vergadert twee keer per jaar.\n",
            "benelux-werkgroep-voedselveiligheid",
            {
                "organisation/federaal-agentschap-voor-de-veiligheid-van-de-voedselketen",
                "organisation/nederlandse-voedsel-en-warenautoriteit",
            },
        ),
    ],
)
def test_a_table_of_members_with_a_place_column(text: str, group: str, members: set[str]) -> None:
    found = of(group, text)
    assert members <= found
    assert not {"country/belgie", "country/nederland", "country/luxemburg"} & found


def test_a_row_whose_role_says_no_part_gives_no_participant() -> None:
    text = (
        "De Benelux-werkgroep Spoorveiligheid kwam in 2027 drie keer bijeen.\n\n"
        "Tabel 3.2  Samenstelling van de werkgroep\n"
        "Land        Organisatie                 Rol\n"
        "België      Infrabel                    voorzitter\n"
        "Nederland   ProRail                     lid\n"
        "Duitsland   DB InfraGO                  uitgenodigd\n"
        "Frankrijk   SNCF Réseau                 geen lid\n\n"
        "De werkgroep rapporteert jaarlijks.\n"
    )
    found = of("benelux-werkgroep-spoorveiligheid", text)
    assert {"organisation/infrabel", "organisation/prorail"} <= found
    assert "organisation/sncf-reseau" not in found
    assert "organisation/db-infrago" not in found


# Markdown pipe tables: a group column by the short name, wrapped cells, lower-case heads.
def test_a_pipe_table_with_wrapped_cells_and_short_group_names() -> None:
    text = (
        "De Benelux-werkgroep Grensoverschrijdende Zorgmobiliteit en de Benelux-werkgroep "
        "Ambulancezorg vallen onder het Comité van Ministers.\n\n"
        "Overzicht werkgroepen\n\n"
        "| Werkgroep                     | valt onder               | deelnemers          |\n"
        "|-------------------------------|--------------------------|---------------------|\n"
        "| Ambulancezorg                 | Comité van Ministers     | België, Nederland,  |\n"
        "|                               |                          |   Luxemburg         |\n"
        "| Grensoverschrijdende Zorg-    | Comité van Ministers     | RIZIV, CNS          |\n"
        "|   mobiliteit                  |                          |                     |\n"
    )
    assert {"country/belgie", "country/nederland", "country/luxemburg"} <= of(
        "benelux-werkgroep-ambulancezorg", text
    )
    assert "organisation/riziv" in of("benelux-werkgroep-grensoverschrijdende-zorgmobiliteit", text)


def test_a_pipe_table_captioned_with_the_groups_of_a_body() -> None:
    text = (
        "Het Benelux Douaneoverleg bestaat sinds 2010. Later werd ook de Benelux-werkgroep "
        "Fraudebestrijding opgericht.\n\n"
        "Tabel 5.1  Werkgroepen van het Benelux Douaneoverleg\n"
        "| Werkgroep                    | Opgericht | Deelnemers naast de Benelux-landen |\n"
        "|------------------------------|-----------|------------------------------------|\n"
        "| Benelux-werkgroep Risico's   | 2019      | -                                  |\n"
        "| Benelux-werkgroep Fraude-    | 2022      | Europol, Frankrijk (waarnemer)     |\n"
        "|   bestrijding                |           |                                    |\n\n"
        "Bron: eigen bewerking.\n"
    )
    found = of("benelux-werkgroep-fraudebestrijding", text)
    assert {"organisation/europol", "country/frankrijk"} <= found
    assert "working-group/benelux-douaneoverleg" in of(
        "benelux-werkgroep-fraudebestrijding", text, SUB
    )


def test_a_pipe_table_without_outer_pipes_under_a_caption_naming_the_group() -> None:
    text = (
        "De Benelux-werkgroep Geneesmiddelentekorten werd in 2023 ingesteld.\n\n"
        "Tabel 3.1  Samenstelling van de werkgroep\n"
        "Land        | Lid                                   | Rol\n"
        "------------|---------------------------------------|-----------\n"
        "België      | FAGG                                  | voorzitter\n"
        "Nederland   | Inspectie Gezondheidszorg en Jeugd    | lid\n"
        "-           | EMA                                   | waarnemer\n\n"
        "De werkgroep rapporteert jaarlijks.\n"
    )
    found = of("benelux-werkgroep-geneesmiddelentekorten", text)
    assert "organisation/europees-geneesmiddelenbureau" in found
    assert "country/belgie" not in found


# Tables that are no tables of members: an index of instruments, a budget, a timetable, a
# table of work items with who leads them.
@pytest.mark.parametrize(
    "table",
    [
        "| Instrument                  | datum      | partijen        |\n"
        "|-----------------------------|------------|-----------------|\n"
        "| Memorandum crisisbeheersing | 2006       | BE, NL, LU      |\n"
        "| Ambulancebeschikking        | 2023       | Comité van Ministers |\n",
        "Post                        Bedrag (EUR)     Jaar\n"
        "Personeel                   1.200.000        2027\n"
        "Werkingskosten              300.000          2027\n",
        "| Datum        | Activiteit                   | Trekker               |\n"
        "|--------------|------------------------------|-----------------------|\n"
        "| 12 maart     | vergadering werkgroep        | Nederland (voorzitter) |\n"
        "| 8 oktober    | conferentie                  | Secretariaat-Generaal |\n",
        "   Project                  | Trekker                          | Status\n"
        "   -------------------------|----------------------------------|--------\n"
        "   eID-erkenning            | Benelux-werkgroep Digitale Identiteit | lopend\n"
        "   Cyberplatform            | NCSC (voorzitter)                | nieuw\n",
    ],
)
def test_a_table_that_is_no_table_of_members_gives_no_participant(table: str) -> None:
    text = (
        "De Benelux-werkgroep Digitale Identiteit werkt aan de erkenning van eID's.\n\n"
        f"Overzicht van de werkgroep\n\n{table}\nDe werkgroep rapporteert jaarlijks.\n"
    )
    found = of("benelux-werkgroep-digitale-identiteit", text)
    assert not found & {"country/belgie", "country/nederland", "country/luxemburg"}
    assert "organisation/ncsc" not in found
