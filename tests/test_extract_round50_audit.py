"""Round 50: participation stated apart, audited for breadth.

A party takes part in a working group or a meeting (``bkg:participant``) where no one sentence
names both: the group or meeting stands in a heading, a title line, a caption or an earlier
sentence, the party in a later sentence, a list, a table row or an attendance line. The cases
are made up, one short document each, of the six kinds the unseen sets hold: an annual-plan
chapter, an evaluation chapter with a participants' table, a Kamerbrief on a meeting of the
Committee of Ministers, a neighbouring region's news page, a Publicatieblad index and a
working group's minutes with an attendance list.

Each case gives every participation its text states, judged by the conventions of
tests/heldout/README.md and the judgement calls of sets P, Q and S: chairs and observers take
part, guests of a meeting too; the secretariat of a group, its "Trekker", a host, the invited,
the interested, the excused (of a meeting), the places and topics named do not. ``unsure``
holds pairs the conventions leave open (the group of those present at its meeting, unless a
label names them members); they count neither way. A case the extractor still gets wrong is
marked ``xfail`` (strict) with what it misses.

Run as a script for the audit figure: how many expected relations are found, and how many
false ones.
"""

from __future__ import annotations

import pytest

from extract_helpers import PARTICIPANT, facts

DAY = "2031-05-04"
BE, NL, LU = "country/belgie", "country/nederland", "country/luxemburg"
FR, DE = "country/frankrijk", "country/duitsland"
NRW, SAAR, RLP = "region/noordrijn-westfalen", "region/saarland", "region/rijnland-palts"
GR = "region/grande-region"
VG, WG = "organisation/vlaams-gewest", "organisation/waals-gewest"
SG = "institution/secretariaat-generaal"
RWS = "organisation/rijkswaterstaat"
SPW = "organisation/service-public-de-wallonie"
AGE = "organisation/administration-de-la-gestion-de-l-eau"
LANUK = "organisation/landesamt-fur-natur-umwelt-und-klima"
FP, NP, PGD = (
    "organisation/federale-politie",
    "organisation/nationale-politie",
    "organisation/police-grand-ducale",
)
ANB, SBB = "organisation/agentschap-voor-natuur-en-bos", "organisation/staatsbosbeheer"
MINE = "working-group/benelux-werkgroep-mijnwater"
MINE_MEETING = "event/vergadering-benelux-werkgroep-mijnwater-2031-03-03"
CM_MEETING = "event/vergadering-comite-van-ministers-2031-06-12"
MINUTES = "Verslag van de vergadering van de Benelux-werkgroep Mijnwater van 3 maart 2031\n\n"


def wg(name: str) -> str:
    return f"working-group/benelux-werkgroep-{name}"


def org(slug: str) -> str:
    return f"organisation/{slug}"


Pairs = frozenset[tuple[str, str]]


# What the extractor still gets wrong, by case: those cases are strict xfails.
MISSING: dict[str, str] = {
    "eval-alle-deelnemers-colon": '"spraken met alle deelnemers: X, Y en Z"',
    "eval-table-secretariaat-row": "a body's name in a table cell is not found",
    "letter-voor-x-nam-deel": '"voor België de minister van Economie": the gapped second clause',
    "letter-guest-and-vertegenwoordigd": '"Minister-president Wüst van Noordrijn-Westfalen"',
    "news-toegetreden-naast": '"telt een nieuw lid. X is toegetreden, naast Y en Z"',
    "journal-instelling-leden": '"houdende instelling van de Benelux-werkgroep X": no group found',
    "minutes-voorzitter-in-brackets": '"De voorzitter (X) opent de vergadering"',
}


def case(
    kind: str,
    text: str,
    expected: set[tuple[str, str]],
    unsure: set[tuple[str, str]] | None = None,
) -> object:
    """One made-up document, the participations it states, and the pairs left open."""
    missing = MISSING.get(kind, "")
    marks = [pytest.mark.xfail(reason=missing, strict=True)] if missing else []
    return pytest.param(text, frozenset(expected), frozenset(unsure or ()), marks=marks, id=kind)


CASES = [
    # -- annual-plan chapters ---------------------------------------------------------------
    case(
        "plan-heading-bestaat-uit",
        "3.2 Benelux-werkgroep Grondwaterbeheer\n\nStatus: lopend\n\n"
        "De werkgroep bestaat uit Rijkswaterstaat, de Vlaamse Milieumaatschappij en de "
        "Administration de la gestion de l'eau.\n",
        {
            (wg("grondwaterbeheer"), RWS),
            (wg("grondwaterbeheer"), org("vlaamse-milieumaatschappij")),
            (wg("grondwaterbeheer"), AGE),
        },
    ),
    case(
        "plan-telt-vertegenwoordigers",
        "4.1 Benelux-werkgroep Bodemsanering\n\n"
        "In 2031 bereidt de werkgroep een aanbeveling voor. Zij telt vertegenwoordigers van "
        "België, Nederland en Luxemburg.\n",
        {(wg("bodemsanering"), BE), (wg("bodemsanering"), NL), (wg("bodemsanering"), LU)},
    ),
    case(
        "plan-naast-neemt-ook-deel",
        "2.3 Benelux-werkgroep Hoogwater\n\n"
        "De werkgroep werd in 2029 opgericht. Naast België en Nederland neemt ook Luxemburg "
        "deel. Noordrijn-Westfalen volgt het werk als waarnemer.\n",
        {
            (wg("hoogwater"), BE),
            (wg("hoogwater"), NL),
            (wg("hoogwater"), LU),
            (wg("hoogwater"), NRW),
        },
    ),
    case(
        "plan-vertegenwoordigd-via",
        "5.4 Benelux-werkgroep Energiearmoede\n\n"
        "Vlaanderen en Wallonië zijn in de werkgroep vertegenwoordigd via hun "
        "energieagentschappen. Nederland en Luxemburg zijn eveneens lid.\n",
        {
            (wg("energiearmoede"), VG),
            (wg("energiearmoede"), WG),
            (wg("energiearmoede"), NL),
            (wg("energiearmoede"), LU),
        },
    ),
    case(
        "plan-trekker-is-no-member",
        "3.1 Benelux-werkgroep Stikstof\n\nStatus: nieuw\nTrekker: Rijkswaterstaat\n\n"
        "De werkgroep start in het voorjaar van 2031.\n",
        set(),
    ),
    case(
        "plan-labelled-lists",
        "6.2 Benelux-netwerk Grensoverschrijdende Zorg\n\n"
        "Leden:\n- RIZIV\n- Zorginstituut Nederland\n- Caisse nationale de santé\n\n"
        "Waarnemer: Europese Commissie\n",
        {
            ("working-group/benelux-netwerk-grensoverschrijdende-zorg", org("riziv")),
            (
                "working-group/benelux-netwerk-grensoverschrijdende-zorg",
                org("zorginstituut-nederland"),
            ),
            (
                "working-group/benelux-netwerk-grensoverschrijdende-zorg",
                org("caisse-nationale-de-sante"),
            ),
            ("working-group/benelux-netwerk-grensoverschrijdende-zorg", org("europese-commissie")),
        },
    ),
    case(
        "plan-chair-then-zitting",
        "4.3 Benelux-werkgroep Cybersecurity\n\n"
        "De werkgroep wordt voorgezeten door het Centrum voor Cybersecurity België. Verder "
        "hebben het Nationaal Cyber Security Centrum en het GOVCERT.LU er zitting in.\n",
        {
            (wg("cybersecurity"), org("centrum-voor-cybersecurity-belgie")),
            (wg("cybersecurity"), org("nationaal-cyber-security-centrum")),
            (wg("cybersecurity"), org("govcert-lu")),
        },
    ),
    case(
        "plan-invitation-planned",
        "2.1 Benelux-werkgroep Luchtkwaliteit\n\n"
        "De werkgroep komt vier keer per jaar samen in Brussel. In 2031 wil zij Frankrijk "
        "uitnodigen om als waarnemer deel te nemen; daarover is nog geen besluit genomen.\n",
        set(),
    ),
    case(
        "plan-de-volgende-nemen-deel",
        "3.4 Benelux-werkgroep Mantelzorg\n\n"
        "De volgende organisaties nemen deel:\n"
        "• Departement Zorg\n• AViQ\n• Ministerie van VWS\n",
        {
            (wg("mantelzorg"), org("departement-zorg")),
            (wg("mantelzorg"), org("agence-pour-une-vie-de-qualite")),
            (wg("mantelzorg"), org("ministerie-van-volksgezondheid-welzijn-en-sport")),
        },
    ),
    case(
        "plan-secretariaat-label",
        "4.2 Benelux-werkgroep Ondermijning\n\n"
        "Deelnemers: Federale Politie, Nationale Politie, Police grand-ducale.\n"
        "Secretariaat: Secretariaat-Generaal.\n",
        {(wg("ondermijning"), FP), (wg("ondermijning"), NP), (wg("ondermijning"), PGD)},
    ),
    case(
        "plan-er-lid-van",
        "2.5 Benelux-platform Waterstof\n\n"
        "Het platform brengt de netbeheerders samen. Fluxys, Gasunie en Creos zijn er lid van; "
        "de Europese Commissie is als waarnemer betrokken.\n",
        {
            ("working-group/benelux-platform-waterstof", org("fluxys")),
            ("working-group/benelux-platform-waterstof", org("gasunie")),
            ("working-group/benelux-platform-waterstof", org("creos")),
            ("working-group/benelux-platform-waterstof", org("europese-commissie")),
        },
    ),
    # -- evaluation chapters ------------------------------------------------------------------
    case(
        "eval-pipe-table-land-organisatie-rol",
        "Tabel 3. Deelnemers aan de Benelux-werkgroep Spoorgoederen\n\n"
        "| Land | Organisatie | Rol |\n|---|---|---|\n"
        "| België | Infrabel | voorzitter |\n| Nederland | ProRail | lid |\n"
        "| Luxemburg | CFL | lid |\n| Duitsland | DB InfraGO | waarnemer |\n",
        {
            (wg("spoorgoederen"), org("infrabel")),
            (wg("spoorgoederen"), org("prorail")),
            (wg("spoorgoederen"), org("cfl")),
            (wg("spoorgoederen"), org("db-infrago")),
        },
    ),
    case(
        "eval-tab-table",
        "Tabel 2 – Samenstelling van de Benelux-werkgroep Verkeersveiligheid\n\n"
        "Land\tOrganisatie\tRol\n"
        "België\tVias institute\tlid\n"
        "Nederland\tRijkswaterstaat\tvoorzitter\n"
        "Luxemburg\tPolice grand-ducale\tlid\n",
        {
            (wg("verkeersveiligheid"), org("vias-institute")),
            (wg("verkeersveiligheid"), RWS),
            (wg("verkeersveiligheid"), PGD),
        },
    ),
    case(
        "eval-aligned-table",
        "Tabel 4: leden van de Benelux-werkgroep Drinkwater\n\n"
        "Land         Organisatie                 Rol\n"
        "België       De Watergroep               lid\n"
        "Nederland    Vewin                       voorzitter\n"
        "Luxemburg    Administration de la gestion de l'eau   lid\n",
        {
            (wg("drinkwater"), org("de-watergroep")),
            (wg("drinkwater"), org("vewin")),
            (wg("drinkwater"), AGE),
        },
    ),
    case(
        "eval-betrokken-partijen",
        "3.2 De Benelux-werkgroep Arbeidsinspectie\n\n"
        "Betrokken partijen:\n"
        "• Nederlandse Arbeidsinspectie\n• FOD Werkgelegenheid, Arbeid en Sociaal Overleg\n"
        "• Inspection du travail et des mines\n",
        {
            (wg("arbeidsinspectie"), org("nederlandse-arbeidsinspectie")),
            (wg("arbeidsinspectie"), org("fod-werkgelegenheid-arbeid-en-sociaal-overleg")),
            (wg("arbeidsinspectie"), org("inspection-du-travail-et-des-mines")),
        },
    ),
    case(
        "eval-alle-deelnemers-colon",
        "3.1 Het Benelux-overleg Natuurbeheer\n\n"
        "Het overleg werd in 2027 opgezet. De evaluatoren spraken met alle deelnemers: het "
        "Agentschap voor Natuur en Bos, Staatsbosbeheer en de Administration de la nature et "
        "des forêts.\n",
        {
            ("working-group/benelux-overleg-natuurbeheer", ANB),
            ("working-group/benelux-overleg-natuurbeheer", SBB),
            (
                "working-group/benelux-overleg-natuurbeheer",
                org("administration-de-la-nature-et-des-forets"),
            ),
        },
    ),
    case(
        "eval-voorzitterschap-not-secretariaat",
        "4.2 Benelux-werkgroep Crisisbeheersing\n\n"
        "Aan de werkgroep nemen de crisiscentra van de drie landen deel. Het Nationaal "
        "Crisiscentrum heeft het voorzitterschap; het Secretariaat-Generaal verzorgt het "
        "secretariaat.\n",
        {(wg("crisisbeheersing"), org("nationaal-crisiscentrum"))},
    ),
    case(
        "eval-table-organisatie-first",
        "Tabel 1. Deelnemers Benelux-werkgroep Grensarbeid\n\n"
        "| Organisatie | Land | Status |\n|---|---|---|\n"
        "| VDAB | België | lid |\n| UWV | Nederland | lid |\n| ADEM | Luxemburg | lid |\n"
        "| Bundesagentur für Arbeit | Duitsland | waarnemer |\n",
        {
            (wg("grensarbeid"), org("vdab")),
            (wg("grensarbeid"), org("uwv")),
            (wg("grensarbeid"), org("adem")),
            (wg("grensarbeid"), org("bundesagentur-fur-arbeit")),
        },
    ),
    case(
        "eval-places-and-recommendation",
        "4.1 Benelux-werkgroep Geneesmiddelen\n\n"
        "De werkgroep werd in 2024 opgericht. Ze vergadert in Brussel, Den Haag en Luxemburg. "
        "De evaluatie beveelt aan ook Duitsland en Frankrijk bij het werk te betrekken.\n",
        set(),
    ),
    case(
        "eval-table-of-topics",
        "Tabel 5. Onderwerpen van de Benelux-werkgroep Voedselveiligheid\n\n"
        "| Onderwerp | Jaar |\n|---|---|\n| Etikettering | 2028 |\n| Controles | 2029 |\n",
        set(),
    ),
    case(
        "eval-table-secretariaat-row",
        "Tabel 6 Deelnemers aan het Benelux-overleg Natuurbeheer (bron: interviews)\n\n"
        "| Organisatie | Rol |\n|---|---|\n"
        "| Staatsbosbeheer | voorzitter |\n| Agentschap voor Natuur en Bos | lid |\n"
        "| Secretariaat-Generaal | secretariaat |\n",
        {
            ("working-group/benelux-overleg-natuurbeheer", SBB),
            ("working-group/benelux-overleg-natuurbeheer", ANB),
        },
    ),
    case(
        "eval-vertegenwoordigd-colon-list",
        "4.3 Samenstelling\n\n"
        "In de Benelux-werkgroep Drugs zijn de politiediensten van de drie landen "
        "vertegenwoordigd:\n- de Federale Politie;\n- de Nationale Politie;\n"
        "- de Police grand-ducale.\nFrankrijk heeft de status van waarnemer.\n",
        {(wg("drugs"), FP), (wg("drugs"), NP), (wg("drugs"), PGD), (wg("drugs"), FR)},
    ),
    case(
        "eval-interviewed-is-no-member",
        "4.4 Benelux-werkgroep Drugs\n\n"
        "Geïnterviewde organisaties:\n- Federale Politie\n- Nationale Politie\n- Europol\n",
        set(),
    ),
    # -- Kamerbrieven on a meeting of the Committee of Ministers ------------------------------
    case(
        "letter-vergaderde-vertegenwoordigd-door",
        "Op 12 juni 2031 vergaderde het Comité van Ministers van de Benelux Unie in Luxemburg. "
        "De vergadering was gewijd aan de energietransitie. Nederland werd vertegenwoordigd "
        "door de minister van Buitenlandse Zaken.\n",
        {(CM_MEETING, NL)},
    ),
    case(
        "letter-title-namens-nam-deel",
        "Geannoteerde agenda van de vergadering van het Comité van Ministers op 12 juni 2031\n\n"
        "Namens Luxemburg nam de minister van Economie deel. Noordrijn-Westfalen was als gast "
        "aanwezig.\n",
        {(CM_MEETING, LU), (CM_MEETING, NRW)},
    ),
    case(
        "letter-vergadering-onder-voorzitterschap",
        "Verslag van de vergadering van het Comité van Ministers van 12 juni 2031\n\n"
        "De vergadering stond onder voorzitterschap van België. Ook de secretaris-generaal "
        "was aanwezig.\n",
        {(CM_MEETING, BE)},
    ),
    case(
        "letter-aan-de-vergadering-namen-ook-deel",
        "Op 12 juni 2031 kwam het Comité van Ministers in Brussel bijeen. Aan de vergadering "
        "namen ook vertegenwoordigers van Noordrijn-Westfalen en de Grande Région deel.\n",
        {(CM_MEETING, NRW), (CM_MEETING, GR)},
    ),
    case(
        "letter-was-vertegenwoordigd-door-gapped",
        "Op 12 juni 2031 vergaderde het Comité van Ministers in Den Haag. De vergadering stond "
        "in het teken van de energietransitie. België was vertegenwoordigd door de "
        "staatssecretaris voor Europese Zaken en Luxemburg door de minister van Buitenlandse "
        "Zaken.\n",
        {(CM_MEETING, BE), (CM_MEETING, LU)},
    ),
    case(
        "letter-invited-sent-nobody",
        "Op 12 juni 2031 vergaderde het Comité van Ministers in Luxemburg. Frankrijk was "
        "uitgenodigd, maar zond geen vertegenwoordiger.\n",
        set(),
    ),
    case(
        "letter-host-is-no-participant",
        "Op 12 juni 2031 vergaderde het Comité van Ministers in Luxemburg. De vergadering vond "
        "plaats in Senningen; het Groothertogdom trad op als gastheer. Nederland werd "
        "vertegenwoordigd door mij.\n",
        {(CM_MEETING, NL)},
    ),
    case(
        "letter-agenda-topics",
        "Op 12 juni 2031 vergaderde het Comité van Ministers in Luxemburg. Op de agenda stonden "
        "de samenwerking met Noordrijn-Westfalen, de Grande Région en Frankrijk.\n",
        set(),
    ),
    case(
        "letter-voor-x-nam-deel",
        "Vergadering van het Comité van Ministers, 12 juni 2031\n\n"
        "De Benelux-landen waren vertegenwoordigd op ministerieel niveau. Voor Nederland nam "
        "de minister van Buitenlandse Zaken deel, voor België de minister van Economie.\n",
        {(CM_MEETING, NL), (CM_MEETING, BE)},
    ),
    case(
        "letter-guest-and-vertegenwoordigd",
        "Op 12 juni 2031 vond in Brussel de vergadering van het Comité van Ministers plaats. "
        "Minister-president Wüst van Noordrijn-Westfalen schoof als gast aan. Ook de Grande "
        "Région was vertegenwoordigd.\n",
        {(CM_MEETING, NRW), (CM_MEETING, GR)},
    ),
    case(
        "letter-not-invited-excused",
        "Op 12 juni 2031 vond in Brussel de vergadering van het Comité van Ministers plaats. "
        "Het Benelux-Parlement was niet uitgenodigd. Duitsland liet zich verontschuldigen.\n",
        set(),
    ),
    # -- a neighbouring region's news pages -------------------------------------------------
    case(
        "news-ook-sloot-zich-aan",
        "Het Saarland neemt sinds 2030 deel aan de Benelux-werkgroep Mijnwater. Ook "
        "Rijnland-Palts sloot zich aan.\n",
        {(MINE, SAAR), (MINE, RLP)},
    ),
    case(
        "news-headline-lid-volgt",
        "Benelux-werkgroep Mijnwater\n\n"
        "Het Saarland is sinds januari lid van de werkgroep. Rijnland-Palts volgt als "
        "waarnemer.\n",
        {(MINE, SAAR), (MINE, RLP)},
    ),
    case(
        "news-host-only",
        "Saarbrücken, 4 mei 2031. De Benelux-werkgroep Mijnwater kwam gisteren voor het eerst "
        "in Saarbrücken bijeen. Het Saarland was gastheer.\n",
        set(),
    ),
    case(
        "news-toegetreden-naast",
        "De Benelux-werkgroep Mijnwater telt sinds dit jaar een nieuw lid. Het Saarland is "
        "toegetreden, naast België, Nederland en Luxemburg.\n",
        {(MINE, SAAR), (MINE, BE), (MINE, NL), (MINE, LU)},
    ),
    case(
        "news-werken-samen-schuift-ook-aan",
        "In de Benelux-werkgroep Mijnwater werken België, Nederland en Luxemburg sinds 2028 "
        "samen. Sinds dit jaar schuift ook het Saarland aan.\n",
        {(MINE, BE), (MINE, NL), (MINE, LU), (MINE, SAAR)},
    ),
    case(
        "news-wants-to-involve",
        "De Benelux-werkgroep Mijnwater wil ook Frankrijk en Rijnland-Palts betrekken. Beide "
        "hebben belangstelling getoond.\n",
        set(),
    ),
    case(
        "news-sprekers-namens",
        "De Benelux-conferentie Mijnwater vond op 3 mei 2031 plaats in Saarbrücken. "
        "Sprekers waren er namens het Saarland, Wallonië en Rijnland-Palts.\n",
        {
            ("event/benelux-conferentie-mijnwater", SAAR),
            ("event/benelux-conferentie-mijnwater", WG),
            ("event/benelux-conferentie-mijnwater", RLP),
        },
    ),
    case(
        "news-neighbours-named-near",
        "De Benelux-werkgroep Mijnwater bestaat sinds 2028. Het Saarland en Lotharingen zijn "
        "buurregio's van Luxemburg.\n",
        set(),
    ),
    case(
        "news-headline-treedt-toe",
        "Mainz, 4 mei 2031\n\nRijnland-Palts treedt toe tot de Benelux-werkgroep Mijnwater\n\n"
        "Vanaf juni neemt het land deel aan de vergaderingen. Het Saarland is al sinds 2029 "
        "betrokken.\n",
        {(MINE, RLP), (MINE, SAAR)},
    ),
    # -- Publicatieblad indexes ---------------------------------------------------------------
    case(
        "journal-deelnemers-semicolon-waarnemer",
        "M (2031) 4\tBeschikking van het Comité van Ministers tot oprichting van een "
        "Benelux-werkgroep Waterstof ........ 17\n"
        "\tDeelnemers: België, Nederland, Luxemburg; waarnemer: Noordrijn-Westfalen.\n",
        {
            (wg("waterstof"), BE),
            (wg("waterstof"), NL),
            (wg("waterstof"), LU),
            (wg("waterstof"), NRW),
        },
    ),
    case(
        "journal-samengesteld-uit",
        "M (2031) 5\tBeschikking van het Comité van Ministers tot oprichting van de "
        "Benelux-werkgroep Netcongestie ........ 21\n"
        "\tDe werkgroep is samengesteld uit de CREG, de ACM en het ILR.\n",
        {
            (wg("netcongestie"), org("creg")),
            (wg("netcongestie"), org("autoriteit-consument-markt")),
            (wg("netcongestie"), org("institut-luxembourgeois-de-regulation")),
        },
    ),
    case(
        "journal-instelling-leden",
        "M (2031) 6\tBeschikking van het Comité van Ministers houdende instelling van de "
        "Benelux-werkgroep Laadpalen ........ 25\n"
        "\tLeden: FOD Economie, RDW, Ministère de la Mobilité et des Travaux publics.\n",
        {
            (wg("laadpalen"), org("fod-economie")),
            (wg("laadpalen"), org("rdw")),
            (wg("laadpalen"), org("ministere-de-la-mobilite-et-des-travaux-publics")),
        },
    ),
    case(
        "journal-parent-only",
        "M (2031) 7\tBeschikking van het Comité van Ministers betreffende de Benelux-werkgroep "
        "Sluizen ........ 29\n"
        "\tDe werkgroep rapporteert aan het Directiecomité Verkeer en Vervoer.\n",
        set(),
    ),
    case(
        "journal-scope-places",
        "M (2031) 8\tBeschikking van het Comité van Ministers tot oprichting van de "
        "Benelux-werkgroep Drinkwater ........ 33\n"
        "\tVan toepassing in België, Nederland en Luxemburg.\n",
        set(),
    ),
    case(
        "journal-note-leden-waarnemer",
        "M (2031) 9\tBeschikking van het Comité van Ministers tot oprichting van een "
        "Benelux-werkgroep Parkeerbeleid ........ 37\n"
        "\tDe werkgroep valt onder het Directiecomité Verkeer en Vervoer. Leden: RDW, FOD "
        "Mobiliteit en Vervoer; waarnemer: Kraftfahrt-Bundesamt.\n",
        {
            (wg("parkeerbeleid"), org("rdw")),
            (wg("parkeerbeleid"), org("fod-mobiliteit-en-vervoer")),
            (wg("parkeerbeleid"), org("kraftfahrt-bundesamt")),
        },
    ),
    # -- minutes with an attendance list --------------------------------------------------------
    case(
        "minutes-country-lines-secretariaat",
        MINUTES + "Aanwezig:\n"
        "- België: Service public de Wallonie (voorzitter)\n"
        "- Nederland: Rijkswaterstaat\n"
        "- Luxemburg: Administration de la gestion de l'eau\n"
        "- Secretariaat: Secretariaat-Generaal\n",
        {(MINE_MEETING, SPW), (MINE_MEETING, RWS), (MINE_MEETING, AGE), (MINE_MEETING, SG)},
        {(MINE, SPW), (MINE, RWS), (MINE, AGE)},
    ),
    case(
        "minutes-leden-waarnemer-verontschuldigd",
        MINUTES + "Aanwezig:\n"
        "Leden: Rijkswaterstaat, Service public de Wallonie\n"
        "Waarnemer: LANUK\n"
        "Verontschuldigd: Administration de la gestion de l'eau\n",
        {
            (MINE_MEETING, RWS),
            (MINE_MEETING, SPW),
            (MINE_MEETING, LANUK),
            (MINE, RWS),
            (MINE, SPW),
            (MINE, LANUK),
            (MINE, AGE),
        },
    ),
    case(
        "minutes-aanwezigen-gast",
        MINUTES + "Aanwezigen:\n"
        "Rijkswaterstaat, Service public de Wallonie, Administration de la gestion de l'eau\n"
        "Gast: LANUK (agendapunt 3)\n",
        {(MINE_MEETING, RWS), (MINE_MEETING, SPW), (MINE_MEETING, AGE), (MINE_MEETING, LANUK)},
        {(MINE, RWS), (MINE, SPW), (MINE, AGE)},
    ),
    case(
        "minutes-afwezig-met-kennisgeving",
        MINUTES + "Aanwezig:\n"
        "Rijkswaterstaat\nService public de Wallonie\n\n"
        "Afwezig met kennisgeving:\n"
        "Administration de la gestion de l'eau\n",
        {(MINE_MEETING, RWS), (MINE_MEETING, SPW)},
        {(MINE, RWS), (MINE, SPW), (MINE, AGE)},
    ),
    case(
        "minutes-voorzitter-in-brackets",
        MINUTES + "1. Opening\nDe voorzitter (Rijkswaterstaat) opent de vergadering. De "
        "vertegenwoordiger van de Administration de la gestion de l'eau heeft zich "
        "verontschuldigd.\n",
        {(MINE_MEETING, RWS)},
        {(MINE, RWS), (MINE, AGE)},
    ),
    case(
        "minutes-aanwezig-table",
        MINUTES + "Aanwezig:\n"
        "| Land | Organisatie |\n|---|---|\n"
        "| België | Service public de Wallonie |\n| Nederland | Rijkswaterstaat |\n",
        {(MINE_MEETING, SPW), (MINE_MEETING, RWS)},
        {(MINE, SPW), (MINE, RWS)},
    ),
    case(
        "minutes-agenda-places",
        MINUTES + "Agenda:\n1. Monitoring in België\n2. Meetnet in Nederland\n"
        "3. Rapportage aan Luxemburg\n",
        set(),
    ),
    case(
        "minutes-uitgenodigd-niet-aanwezig",
        MINUTES + "Aanwezig: Rijkswaterstaat (voorzitter), Service public de Wallonie, "
        "Secretariaat-Generaal (secretariaat)\n"
        "Uitgenodigd maar niet aanwezig: LANUK\n",
        {(MINE_MEETING, RWS), (MINE_MEETING, SPW), (MINE_MEETING, SG)},
        {(MINE, RWS), (MINE, SPW)},
    ),
    case(
        "minutes-niet-aanwezig",
        MINUTES + "Aanwezig:\nRijkswaterstaat (voorzitter)\nService public de Wallonie\n"
        "Secretariaat-Generaal (secretaris)\n\n"
        "Niet aanwezig: Administration de la gestion de l'eau\n",
        {(MINE_MEETING, RWS), (MINE_MEETING, SPW), (MINE_MEETING, SG)},
        {(MINE, RWS), (MINE, SPW), (MINE, AGE)},
    ),
    case(
        "minutes-deelnemers-label",
        MINUTES + "Deelnemers:\n- Rijkswaterstaat\n- Service public de Wallonie\n"
        "Genodigden: LANUK\n",
        {(MINE_MEETING, RWS), (MINE_MEETING, SPW)},
        {(MINE, RWS), (MINE, SPW), (MINE_MEETING, LANUK)},
    ),
]


@pytest.mark.parametrize(("text", "expected", "unsure"), CASES)
def test_participation_stated_apart(text: str, expected: Pairs, unsure: Pairs) -> None:
    assert facts(text, PARTICIPANT, day=DAY) - unsure == expected


def audit() -> tuple[int, int, int]:
    """Expected relations, those found, and false ones, over every case."""
    total = found = false = 0
    for param in CASES:
        text, expected, unsure = param.values  # type: ignore[attr-defined]
        got = facts(text, PARTICIPANT, day=DAY) - unsure
        total += len(expected)
        found += len(got & expected)
        false += len(got - expected)
    return total, found, false


if __name__ == "__main__":
    total, found, false = audit()
    print(f"{len(CASES)} documents: {found}/{total} expected relations found, {false} false")
