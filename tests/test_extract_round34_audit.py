"""Round 34: participation and amendment audited for breadth. Ways of saying that a body takes
part that the readers did not know ("laat zich vertegenwoordigen", "omvat vertegenwoordigers
van", "waarnemersstatus", "waarbij X zich aansloot"), taking part declined, doubted or denied
(also in a relative clause), and amendments by the other nouns and verbs of replacing,
supplementing and extending ("ter vervanging van", "komt in de plaats van", "vult ... aan",
"een wijziging van X door Y", "waarbij X wordt gewijzigd", a list of amended instruments)."""

from __future__ import annotations

from extract_helpers import AMENDS, facts, participants

DRONES = "working-group/benelux-werkgroep-drones"
WATER = "working-group/benelux-werkgroep-waterstof"
NETWORK = "working-group/benelux-netwerk-grensinfopunten"
SUMMIT = "event/benelux-top-2024"


def amends(text: str) -> set[tuple[str, str]]:
    return facts(text, AMENDS)


# -- participation: constructions the readers did not know -----------------------------------


def test_a_body_that_has_itself_represented_takes_part() -> None:
    cases = (
        (
            "Frankrijk laat zich in de Benelux-werkgroep Drones vertegenwoordigen door zijn "
            "ambassade in Brussel.",
            {(DRONES, "country/frankrijk")},
        ),
        (
            "Duitsland en Frankrijk laten zich sinds 2023 in de Benelux-werkgroep Waterstof "
            "vertegenwoordigen.",
            {(WATER, "country/duitsland"), (WATER, "country/frankrijk")},
        ),
        (
            "Op de Benelux-top van 2024 liet ook Noordrijn-Westfalen zich vertegenwoordigen.",
            {(SUMMIT, "region/noordrijn-westfalen")},
        ),
        (
            "Frankrijk liet zich op de Benelux-top van 2024 vertegenwoordigen door zijn "
            "ambassadeur.",
            {(SUMMIT, "country/frankrijk")},
        ),
    )
    for text, expected in cases:
        assert expected <= participants(text), text


def test_a_group_that_holds_representatives_has_them_as_participants() -> None:
    cases = (
        (
            "De Benelux-werkgroep Drones omvat vertegenwoordigers van België, Nederland en "
            "Luxemburg.",
            {
                (DRONES, "country/belgie"),
                (DRONES, "country/nederland"),
                (DRONES, "country/luxemburg"),
            },
        ),
        (
            "Sinds 2024 omvat de Benelux-werkgroep Waterstof ook vertegenwoordigers van Frankrijk.",
            {(WATER, "country/frankrijk")},
        ),
        (
            "Het Benelux-netwerk Grensinfopunten omvatte vertegenwoordigers van de Grande Région "
            "en Noordrijn-Westfalen.",
            {(NETWORK, "region/grande-region"), (NETWORK, "region/noordrijn-westfalen")},
        ),
    )
    for text, expected in cases:
        assert expected <= participants(text), text


def test_representatives_counted_or_held_in_a_group() -> None:
    cases = (
        (
            "De Benelux-werkgroep Drones telt vertegenwoordigers van België, Nederland en "
            "Luxemburg.",
            {
                (DRONES, "country/belgie"),
                (DRONES, "country/nederland"),
                (DRONES, "country/luxemburg"),
            },
        ),
        (
            "Frankrijk heeft een vertegenwoordiger in de Benelux-werkgroep Drones.",
            {(DRONES, "country/frankrijk")},
        ),
        (
            "Duitsland en Frankrijk hebben elk twee vertegenwoordigers in de Benelux-werkgroep "
            "Waterstof.",
            {(WATER, "country/duitsland"), (WATER, "country/frankrijk")},
        ),
        (
            "In de Benelux-werkgroep Drones, met daarin Frankrijk en Duitsland, wordt aan "
            "gemeenschappelijke regels gewerkt.",
            {(DRONES, "country/frankrijk"), (DRONES, "country/duitsland")},
        ),
    )
    for text, expected in cases:
        assert expected <= participants(text), text
    # Partners located somewhere are no members (passes on the starting code too).
    text = "Het Benelux-netwerk Grensinfopunten overlegt met partners in de Grande Région."
    assert not participants(text)
    text = "Frankrijk heeft geen vertegenwoordiger in de Benelux-werkgroep Drones."
    assert not participants(text)


def test_an_observers_status_makes_a_participant() -> None:
    cases = (
        (
            "Frankrijk heeft een waarnemersstatus in de Benelux-werkgroep Drones.",
            (DRONES, "country/frankrijk"),
        ),
        (
            "In het Benelux-netwerk Grensinfopunten heeft Noordrijn-Westfalen sinds 2022 "
            "waarnemersstatus.",
            (NETWORK, "region/noordrijn-westfalen"),
        ),
        (
            "De Europese Commissie heeft de waarnemersstatus in de Benelux-werkgroep Waterstof.",
            (WATER, "organisation/europese-commissie"),
        ),
    )
    for text, pair in cases:
        assert pair in participants(text), text


def test_joining_in_a_subordinate_clause() -> None:
    cases = (
        (
            "De Benelux-werkgroep Drones, waarbij Frankrijk zich in 2024 aansloot, kwam twee "
            "keer bijeen.",
            {(DRONES, "country/frankrijk")},
        ),
        (
            "Het Benelux-netwerk Grensinfopunten, waarbij Frankrijk en Duitsland zich aansloten, "
            "breidde zijn werk uit.",
            {(NETWORK, "country/frankrijk"), (NETWORK, "country/duitsland")},
        ),
        (
            "Nadat Noordrijn-Westfalen zich in 2022 bij het Benelux-netwerk Grensinfopunten "
            "aansloot, groeide het netwerk snel.",
            {(NETWORK, "region/noordrijn-westfalen")},
        ),
    )
    for text, expected in cases:
        assert expected <= participants(text), text


# -- participation declined, doubted, denied -------------------------------------------------


def test_taking_part_refused_or_doubted_gives_no_participant() -> None:
    # All but the last four stated a participant on the starting code.
    texts = (
        "Duitsland weigert deel te nemen aan de Benelux-werkgroep Drones.",
        "Duitsland heeft geweigerd deel te nemen aan de Benelux-werkgroep Waterstof.",
        "Luxemburg weigerde in 2023 toe te treden tot de Benelux-werkgroep Drones.",
        "Duitsland heeft afgezien van deelname aan de Benelux-werkgroep Drones.",
        "Duitsland zal mogelijk toetreden tot de Benelux-werkgroep Waterstof.",
        "Het is de bedoeling dat Frankrijk in 2027 toetreedt tot de Benelux-werkgroep Drones.",
        "Duitsland heeft de uitnodiging om deel te nemen aan de Benelux-werkgroep Drones "
        "afgeslagen.",
        "Noch Frankrijk noch Duitsland neemt deel aan de Benelux-werkgroep Waterstof.",
        "Duitsland heeft de waarnemersstatus in de Benelux-werkgroep Drones aangevraagd.",
        # These four passed on the starting code too.
        "Duitsland zou kunnen deelnemen aan de Benelux-werkgroep Drones.",
        "Duitsland is uitgenodigd om deel te nemen aan de Benelux-werkgroep Waterstof.",
        "Duitsland laat zich niet vertegenwoordigen in de Benelux-werkgroep Drones.",
        "Duitsland heeft geen waarnemersstatus in de Benelux-werkgroep Drones.",
    )
    for text in texts:
        assert not participants(text), text


def test_a_modal_verb_anywhere_in_the_clause_of_an_infinitive_of_joining() -> None:
    # "aansluiten" is a verb of joining from this round on; the modal keeps it a possibility.
    texts = (
        "Frankrijk kan zich na de evaluatie bij de Benelux-werkgroep Drones aansluiten.",
        "Frankrijk zou zich graag bij de Benelux-werkgroep Waterstof willen aansluiten.",
    )
    for text in texts:
        assert not participants(text), text


def test_a_relative_clause_that_denies_or_doubts_taking_part() -> None:
    # All stated a participant on the starting code but the last (no verb of joining then).
    texts = (
        "De Benelux-werkgroep Drones, waaraan Duitsland niet deelneemt, kwam bijeen.",
        "De Benelux-werkgroep Waterstof, waaraan Duitsland zou kunnen deelnemen, kwam bijeen.",
        "De Benelux-werkgroep Drones, waaraan Duitsland weigert deel te nemen, kwam bijeen.",
        "De Benelux-werkgroep Waterstof, waarvan Duitsland geen lid is, kwam bijeen.",
        "De Benelux-werkgroep Drones, waarbij Frankrijk zich niet aansloot, kwam bijeen.",
    )
    for text in texts:
        assert not participants(text), text


def test_a_refusal_elsewhere_leaves_the_participant_of_its_own_clause() -> None:
    text = "Frankrijk neemt deel aan de Benelux-werkgroep Drones, maar Duitsland weigert."
    assert participants(text) == {(DRONES, "country/frankrijk")}
    text = (
        "Frankrijk neemt sinds 2022 deel aan de Benelux-werkgroep Waterstof om zo veel "
        "mogelijk kennis te delen."
    )
    assert (WATER, "country/frankrijk") in participants(text)


# -- amendment: the other nouns and verbs ----------------------------------------------------

NEW = "instrument/m-2025-6"
OLD = "instrument/m-2024-3"


def test_a_replacement_by_its_noun_or_by_taking_the_others_place_amends() -> None:
    texts = (
        "Beschikking M (2025) 6 ter vervanging van Beschikking M (2024) 3 werd op 1 december "
        "2025 vastgesteld.",
        "Beschikking M (2025) 6 tot vervanging van Beschikking M (2024) 3.",
        "Beschikking M (2025) 6 komt in de plaats van Beschikking M (2024) 3.",
        "Beschikking M(2025)6 strekt tot wijziging van Beschikking M(2024)3.",
    )
    for text in texts:
        assert (NEW, OLD) in amends(text), text
    text = "Aanbeveling 962/2 komt in de plaats van aanbeveling 912/2."
    assert ("instrument/aanbeveling-962-2", "instrument/aanbeveling-912-2") in amends(text)


def test_a_replacement_between_instruments_named_by_short_name() -> None:
    police, senningen = "instrument/benelux-politieverdrag", "instrument/verdrag-van-senningen"
    texts = (
        "Het Benelux-Politieverdrag komt in de plaats van het Verdrag van Senningen.",
        "De vervanging van het Verdrag van Senningen door het Benelux-Politieverdrag werd in "
        "2018 afgesproken.",
    )
    for text in texts:
        assert (police, senningen) in amends(text), text
    text = "Aanbeveling 962/2, waarmee aanbeveling 912/2 werd vervangen, werd aangenomen."
    assert ("instrument/aanbeveling-962-2", "instrument/aanbeveling-912-2") in amends(text)


def test_a_split_verb_of_amending_with_its_object_named() -> None:
    texts = (
        "Beschikking M (2025) 6 vult Beschikking M (2024) 3 aan.",
        "Beschikking M (2025) 6 past de Beschikking M (2024) 3 aan met een nieuwe bijlage.",
        "Beschikking M (2025) 6 paste Beschikking M (2024) 3 aan, zodat de proef doorloopt.",
    )
    for text in texts:
        assert (NEW, OLD) in amends(text), text


def test_extending_updating_or_changing_by_a_phrase_amends() -> None:
    texts = (
        "Beschikking M (2025) 6 verlengt Beschikking M (2024) 3 met twee jaar.",
        "Beschikking M (2025) 6 actualiseert Beschikking M (2024) 3.",
        "Beschikking M (2025) 6 brengt wijzigingen aan in Beschikking M (2024) 3.",
        "Beschikking M (2024) 3 wordt door Beschikking M (2025) 6 vervangen.",
    )
    for text in texts:
        assert (NEW, OLD) in amends(text), text


def test_the_noun_of_an_amendment_with_its_agent() -> None:
    texts = (
        "Een wijziging van Beschikking M (2024) 3 door Beschikking M (2025) 6 was nodig.",
        "De wijziging van Beschikking M (2024) 3 bij Beschikking M (2025) 6 trad op 1 januari "
        "2026 in werking.",
    )
    for text in texts:
        assert (NEW, OLD) in amends(text), text
    text = "De vervanging van Aanbeveling 912/2 door Aanbeveling 962/2 werd in 2026 afgerond."
    assert ("instrument/aanbeveling-962-2", "instrument/aanbeveling-912-2") in amends(text)


def test_a_relative_clause_whose_pronoun_is_the_agent() -> None:
    texts = (
        "Beschikking M (2025) 6, waarbij Beschikking M (2024) 3 wordt gewijzigd, treedt op 1 "
        "maart 2026 in werking.",
        "Beschikking M (2025) 6, waarmee Beschikking M (2024) 3 werd vervangen, treedt in werking.",
        "Beschikking M (2025) 6, waardoor Beschikking M (2024) 3 wordt aangevuld, is gepubliceerd.",
    )
    for text in texts:
        assert (NEW, OLD) in amends(text), text


def test_a_list_of_amended_instruments_closed_by_en() -> None:
    text = "Beschikking M (2025) 6 tot wijziging van de Beschikkingen M (2024) 3 en M (2023) 11."
    assert {(NEW, OLD), (NEW, "instrument/m-2023-11")} <= amends(text)
    text = (
        "Beschikking M (2025) 6 wijzigt Beschikking M (2024) 3, Beschikking M (2023) 11 en "
        "Beschikking M (2022) 9."
    )
    assert {(NEW, OLD), (NEW, "instrument/m-2023-11"), (NEW, "instrument/m-2022-9")} <= amends(text)


def test_no_amendment_denied_doubted_or_by_a_comma_of_an_index() -> None:
    # The first stated an amendment on the starting code; the rest passed on it too.
    assert not amends("Beschikking M (2025) 6 wijzigt Beschikking M (2024) 3 niet.")
    assert not amends(
        "Beschikking M (2025) 6, waarbij Beschikking M (2024) 3 niet wordt gewijzigd, treedt in "
        "werking."
    )
    assert not amends("Beschikking M (2025) 6 zou Beschikking M (2024) 3 kunnen wijzigen.")
    assert not amends(
        "De wijziging van Beschikking M (2024) 3 wordt voorbereid door het Secretariaat-Generaal."
    )
    # Repeal is not amendment (the conventions are silent on it; left out).
    assert not amends("Beschikking M (2025) 6 tot intrekking van Beschikking M (2024) 3.")
    # A comma alone may open the next entry of an index.
    found = amends(
        "M (2025) 1 tot wijziging van de Beschikking M (2020) 11, M (2025) 2 betreffende de "
        "overbrenging van afvalstoffen."
    )
    assert found == {("instrument/m-2025-1", "instrument/m-2020-11")}
