# ruff: noqa: E501  (the made-up documents are held verbatim, one string each)
"""Round 67: an audit of who is party to a signed instrument (declarations, arrangements,
agreements, memoranda, treaties) and when it was signed, written before the round's code
(made-up passages: other instruments, parties, places and layouts, and negatives).

Each case gives the document's date (or "") and the whole set of the instruments'
``bkg:participant`` and ``eli:date_document`` facts expected; a negative expects none, or
fewer.

Read since this round: the parties stated as the subject of a copula, the instrument by its
name or by its kind ("Partijen bij de afspraak zijn X, Y en Z", "De ondertekenaars van het
Verdrag van Kerkrade waren X en Y", "Ondertekenaars zijn X en Y" after the instrument); an
arrangement signed by its kind alone and named by its subject in the next sentence ("X heeft
gisteren een administratieve afspraak ondertekend met Y. De afspraak over ... legt vast"),
both phrases its mentions, so that the signing sentence dates it and gives its parties.

Audit figure (the whole set right): 12/19 before the round (the five negatives and seven
forms read before), 17/19 after it; the two left are strict expected failures: the parties
of a perfect whose subject signs ("X en Y hebben ... een administratieve regeling gesloten")
and a compound name of its parties ("de Benelux-Saarland-verklaring") signed "namens" a
country.
"""

from __future__ import annotations

import pytest

from extract_helpers import DATE, PARTICIPANT, audited, extract, iris, of_class, short

INS = "instrument/"

# (id, text, the document's date, expected (instrument, party) pairs, expected dates)
CASES: list[tuple[str, str, str, set[tuple[str, str]], set[tuple[str, str]]]] = [
    # -- forms read before the round ---------------------------------------------------------
    (
        "fronted-date-plural-verb",
        "Op 12 maart 2040 ondertekenden Nederland en Noordrijn-Westfalen in Venlo een "
        "intentieverklaring inzake de bestrijding van ondermijning.",
        "",
        {
            (
                INS + "intentieverklaring-inzake-de-bestrijding-van-ondermijning",
                "country/nederland",
            ),
            (
                INS + "intentieverklaring-inzake-de-bestrijding-van-ondermijning",
                "region/noordrijn-westfalen",
            ),
        },
        {(INS + "intentieverklaring-inzake-de-bestrijding-van-ondermijning", "2040-03-12")},
    ),
    (
        "signed-with",
        "Nederland ondertekende op 12 maart 2040 met Noordrijn-Westfalen een intentieverklaring "
        "over grensoverschrijdende zorg.",
        "",
        {
            (INS + "intentieverklaring-over-grensoverschrijdende-zorg", "country/nederland"),
            (
                INS + "intentieverklaring-over-grensoverschrijdende-zorg",
                "region/noordrijn-westfalen",
            ),
        },
        {(INS + "intentieverklaring-over-grensoverschrijdende-zorg", "2040-03-12")},
    ),
    (
        "between-in-name-passive",
        "Het samenwerkingsakkoord tussen Vlaanderen en Nederland over de Schelde werd op 3 april "
        "2039 ondertekend.",
        "",
        {
            (
                INS + "samenwerkingsakkoord-tussen-vlaanderen-en-nederland-over-de-schelde",
                "organisation/vlaams-gewest",
            ),
            (
                INS + "samenwerkingsakkoord-tussen-vlaanderen-en-nederland-over-de-schelde",
                "country/nederland",
            ),
        },
        {
            (
                INS + "samenwerkingsakkoord-tussen-vlaanderen-en-nederland-over-de-schelde",
                "2039-04-03",
            )
        },
    ),
    (
        "passive-by-three",
        "De intentieverklaring inzake waterstof werd door België, Nederland en Luxemburg "
        "ondertekend.",
        "",
        {
            (INS + "intentieverklaring-inzake-waterstof", "country/belgie"),
            (INS + "intentieverklaring-inzake-waterstof", "country/nederland"),
            (INS + "intentieverklaring-inzake-waterstof", "country/luxemburg"),
        },
        set(),
    ),
    (
        "today-in-dated-release",
        "Vandaag ondertekenden België en Nederland in Brussel het Memorandum of Understanding "
        "(MoU) over de uitwisseling van gegevens over drugs.",
        "2040-05-20",
        {
            (
                INS + "memorandum-of-understanding-over-de-uitwisseling-van-gegevens-over-drugs",
                "country/belgie",
            ),
            (
                INS + "memorandum-of-understanding-over-de-uitwisseling-van-gegevens-over-drugs",
                "country/nederland",
            ),
        },
        {
            (
                INS + "memorandum-of-understanding-over-de-uitwisseling-van-gegevens-over-drugs",
                "2040-05-20",
            )
        },
    ),
    (
        "accession-and-between",
        "Het Verdrag inzake sociale zekerheid van 4 juni 2039 werd gesloten tussen België en "
        "Luxemburg. Nederland trad in 2040 toe tot het verdrag.",
        "",
        {
            (INS + "verdrag-inzake-sociale-zekerheid", "country/belgie"),
            (INS + "verdrag-inzake-sociale-zekerheid", "country/luxemburg"),
            (INS + "verdrag-inzake-sociale-zekerheid", "country/nederland"),
        },
        {(INS + "verdrag-inzake-sociale-zekerheid", "2039-06-04")},
    ),
    (
        "yesterday-inverted-with",
        "Luxemburgs minister van Mobiliteit Carole Weis heeft gisteren in Remich een administratieve "
        "afspraak over de handhaving van snelheidslimieten ondertekend met Anke Vogel, "
        "staatssecretaris van het Saarland.",
        "2041-03-15",
        {
            (
                INS + "administratieve-afspraak-over-de-handhaving-van-snelheidslimieten",
                "region/saarland",
            )
        },
        {(INS + "administratieve-afspraak-over-de-handhaving-van-snelheidslimieten", "2041-03-14")},
    ),
    # -- the parties stated as such (read since this round) -----------------------------------
    (
        "parties-by-kind",
        "De administratieve afspraak over de handhaving van snelheidslimieten werd vorig jaar "
        "gesloten. Partijen bij de afspraak zijn Luxemburg, België en het Saarland.",
        "",
        {
            (
                INS + "administratieve-afspraak-over-de-handhaving-van-snelheidslimieten",
                "country/luxemburg",
            ),
            (
                INS + "administratieve-afspraak-over-de-handhaving-van-snelheidslimieten",
                "country/belgie",
            ),
            (
                INS + "administratieve-afspraak-over-de-handhaving-van-snelheidslimieten",
                "region/saarland",
            ),
        },
        set(),
    ),
    (
        "signatories-by-name-past",
        "Het Verdrag van Kerkrade werd in 2031 gesloten. De ondertekenaars van het Verdrag van "
        "Kerkrade waren België, Nederland en Noordrijn-Westfalen.",
        "",
        {
            (INS + "verdrag-van-kerkrade", "country/belgie"),
            (INS + "verdrag-van-kerkrade", "country/nederland"),
            (INS + "verdrag-van-kerkrade", "region/noordrijn-westfalen"),
        },
        {(INS + "verdrag-van-kerkrade", "2031")},
    ),
    (
        "signatories-no-kind",
        "Het convenant inzake zwerfvuil werd in 2039 gesloten.\n\nOndertekenaars zijn de Benelux "
        "Unie, het Vlaams Gewest en Nederland.",
        "",
        {
            (INS + "convenant-inzake-zwerfvuil", "organisation/benelux-unie"),
            (INS + "convenant-inzake-zwerfvuil", "organisation/vlaams-gewest"),
            (INS + "convenant-inzake-zwerfvuil", "country/nederland"),
        },
        {(INS + "convenant-inzake-zwerfvuil", "2039")},
    ),
    (
        "treaty-parties-other-layout",
        "Het Benelux-Politieverdrag trad op 1 oktober 2023 in werking. Verdragspartijen zijn "
        "België, Nederland en Luxemburg.",
        "",
        {
            (INS + "benelux-politieverdrag", "country/belgie"),
            (INS + "benelux-politieverdrag", "country/nederland"),
            (INS + "benelux-politieverdrag", "country/luxemburg"),
        },
        set(),
    ),
    # -- an instrument introduced by its kind, named in the next sentence ----------------------
    (
        "introduced-then-named-by-subject",
        "Luxemburgs minister van Mobiliteit Carole Weis heeft gisteren in Remich een administratieve "
        "afspraak ondertekend met de Belgische minister van Verkeer, Jan Peeters, en met Anke Vogel, "
        "staatssecretaris van het Saarland. De afspraak over de gezamenlijke handhaving van "
        "snelheidslimieten in de grensstreek legt vast dat boetes worden uitgewisseld.\n"
        "Partijen bij de afspraak zijn het Groothertogdom Luxemburg, België en het Saarland.",
        "2041-03-15",
        {
            (
                INS
                + "administratieve-afspraak-over-de-gezamenlijke-handhaving-van-snelheidslimieten-in-de-grensstreek",
                x,
            )
            for x in ("country/luxemburg", "country/belgie", "region/saarland")
        },
        {
            (
                INS
                + "administratieve-afspraak-over-de-gezamenlijke-handhaving-van-snelheidslimieten-in-de-grensstreek",
                "2041-03-14",
            )
        },
    ),
    (
        "introduced-perfect-subject-then-named-apart",
        "Het Waals Gewest en de Grande Région hebben eergisteren in Namen een administratieve "
        "regeling gesloten.\n\nDe regeling inzake de erkenning van brandweeropleidingen geldt "
        "vijf jaar.",
        "2039-05-05",
        {
            (
                INS + "administratieve-regeling-inzake-de-erkenning-van-brandweeropleidingen",
                "organisation/waals-gewest",
            ),
            (
                INS + "administratieve-regeling-inzake-de-erkenning-van-brandweeropleidingen",
                "region/grande-region",
            ),
        },
        {
            (
                INS + "administratieve-regeling-inzake-de-erkenning-van-brandweeropleidingen",
                "2039-05-03",
            )
        },
    ),
    (
        "compound-named-on-behalf",
        "Namens Nederland tekende minister De Vries op 2 mei 2040 de Benelux-Saarland-verklaring; "
        "namens België deed minister Peeters dat.",
        "",
        {
            (INS + "benelux-saarland-verklaring", "country/nederland"),
            (INS + "benelux-saarland-verklaring", "country/belgie"),
        },
        {(INS + "benelux-saarland-verklaring", "2040-05-02")},
    ),
    # -- negatives -----------------------------------------------------------------------------
    # Planned only: no parties, no date.
    (
        "planned-only",
        "De drie landen zullen in juni een intentieverklaring over waterstof ondertekenen.",
        "",
        set(),
        set(),
    ),
    # Planned only: the arrangement restated by its subject is no signed instrument yet.
    (
        "planned-then-restated",
        "De minister zal volgende maand een administratieve afspraak ondertekenen met "
        "Vlaanderen. De afspraak over de uitwisseling van verkeersgegevens moet de handhaving "
        "verbeteren.",
        "",
        set(),
        set(),
    ),
    # "Partijen bij" followed by no list of parties.
    (
        "parties-no-list",
        "Het convenant inzake zwerfvuil werd in 2039 gesloten. Partijen bij het convenant zijn "
        "verplicht hun gegevens te delen met Nederland.",
        "",
        set(),
        {(INS + "convenant-inzake-zwerfvuil", "2039")},
    ),
    # The parties of something that is no instrument.
    (
        "parties-of-a-dispute",
        "Het convenant inzake zwerfvuil werd in 2039 gesloten. Partijen bij het geschil zijn "
        "Nederland en België.",
        "",
        set(),
        {(INS + "convenant-inzake-zwerfvuil", "2039")},
    ),
    # A person is no party; the list stops at what is no body or place.
    (
        "parties-people",
        "Het convenant inzake zwerfvuil werd in 2039 gesloten. Ondertekenaars waren minister "
        "Jan Peeters en Nederland.",
        "",
        set(),
        {(INS + "convenant-inzake-zwerfvuil", "2039")},
    ),
]

INSTRUMENT_CLASSES = {"Declaration", "Agreement", "Treaty"}


def signed(text: str, day: str) -> tuple[set[tuple[str, str]], set[tuple[str, str]]]:
    """The instruments' parties and dates read from ``text``."""
    x = extract(text, day=day)
    instruments = {
        e.iri.value
        for e in x.entities
        if any(t.value.rsplit("#", 1)[-1].rsplit("/", 1)[-1] in INSTRUMENT_CLASSES for t in e.types)
    }
    parties = {
        (short(f.subject.value), short(f.object.value))
        for f in x.facts
        if f.predicate.value == PARTICIPANT and f.subject.value in instruments
    }
    dated = {
        (short(f.subject.value), short(f.object.value))
        for f in x.facts
        if f.predicate.value == DATE
    }
    return parties, dated


def _wrong(case: tuple[object, ...]) -> str | None:
    name, text, day, parties, dated = case
    assert isinstance(text, str) and isinstance(day, str)
    if signed(text, day) == (parties, dated):
        return None
    return f"{name}: not read yet"


@pytest.mark.parametrize(("name", "text", "day", "parties", "dated"), audited(CASES, _wrong))
def test_signed_instruments(
    name: str, text: str, day: str, parties: set[tuple[str, str]], dated: set[tuple[str, str]]
) -> None:
    assert signed(text, day) == (parties, dated), name


# -- the arrangement signed by its kind and named by its subject in the next sentence -------

RESTATED = [
    (
        "afspraak-next-sentence",
        "Minister Weis heeft gisteren een administratieve afspraak ondertekend met het Saarland. "
        "De afspraak over de gezamenlijke handhaving van snelheidslimieten legt vast dat boetes "
        "worden uitgewisseld.",
        "Agreement",
        "instrument/administratieve-afspraak-over-de-gezamenlijke-handhaving-van-snelheidslimieten",
    ),
    (
        "regeling-next-paragraph",
        "Het Waals Gewest en de Grande Région hebben in Namen een administratieve regeling "
        "gesloten.\n\nDe regeling inzake de erkenning van brandweeropleidingen geldt vijf jaar.",
        "Agreement",
        "instrument/administratieve-regeling-inzake-de-erkenning-van-brandweeropleidingen",
    ),
]


@pytest.mark.parametrize(("name", "text", "cls", "iri"), RESTATED)
def test_restated_arrangement(name: str, text: str, cls: str, iri: str) -> None:
    assert iri in of_class(text, cls), name
    # both phrases are its mentions: the kind signed and the restatement by subject
    x = extract(text)
    spans = [text[m.begin : m.end] for m in x.mentions if short(m.entity.value) == iri]
    assert len(spans) == 2, (name, spans)


# Negatives: a restatement by another noun, or only planned, or too far away, names nothing.
NOT_RESTATED = [
    "Het Secretariaat-Generaal sloot in 2039 een administratieve afspraak met de Euregio "
    "Maas-Rijn. De werkgroep over grensarbeid volgt de uitvoering.",
    "De minister zal een administratieve afspraak ondertekenen met Vlaanderen. De afspraak over "
    "de uitwisseling van verkeersgegevens moet de handhaving verbeteren.",
    "Het Secretariaat-Generaal sloot in 2039 een administratieve afspraak met de Euregio "
    "Maas-Rijn. "
    + "Daarna volgden lange besprekingen over de begroting en de planning. " * 6
    + "De afspraak over de uitwisseling van gegevens werkt goed.",
]


@pytest.mark.parametrize("text", NOT_RESTATED)
def test_not_restated(text: str) -> None:
    assert not any("over-de-uitwisseling" in i for i in iris(text))
    assert not any("grensarbeid" in i for i in iris(text))
