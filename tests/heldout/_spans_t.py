# ruff: noqa: F405  (the annotation tables hold long Dutch titles verbatim)
"""Gold standard of held-out set T (tests/heldout/gold/u01…u06).

Set T was written in session 10 by a helper that never read the extractor's code, patterns,
reference data or output, never ran the extractor or ``evaluate_set.py``, and never opened the
other held-out sets. It is a measurement set: nobody may tune the extractor against it. The
offset helpers and the JSON writer are those of ``_spans.py`` (set A).

Usage::

    python tests/heldout/_spans_t.py              # write gold/u01…u06.json, verify every span
    python tests/heldout/_spans_t.py review DOC   # every hit and evidence in context
"""

from __future__ import annotations

import sys
from typing import Any

import _spans as _A  # set A's module: its JSON writer and review (run as a script)
from _spans import *  # noqa: F403  (the vocabulary every set shares: _spans.__all__)

GRAND_EST = "id/region/grand-est"
HDF = "id/region/hauts-de-france"
GRANDE_REGION = "id/region/grande-region"
NDS = "id/region/nedersaksen"
EC = "id/organisation/europese-commissie"


def known(iri: str, cls: str, label: str, *names: str) -> Any:
    """An entity that already occurs in the seeds or the development sets (its IRI kept)."""
    return Ent(iri, cls, label, list(names) or [label])


def nrw(*names: str) -> Any:
    return region(NRW, "Noordrijn-Westfalen", *(names or ("Noordrijn-Westfalen",)))


# Entities of the seeds and the development sets, with the IRIs they have there.
_VWS = body("Ministerie van Volksgezondheid, Welzijn en Sport")
_DC_SZ = wg("Directiecomité Sociale Zaken")
_DC_LM = wg("Directiecomité Leefmilieu")
_DC_EN = wg("Directiecomité Energie")
_DC_IM = wg("Directiecomité Interne Markt")
_RDW = known("id/organisation/rdw", "NationalBody", "RDW", "Rijksdienst voor het Wegverkeer", "RDW")
_AVIQ = body("Agence pour une Vie de Qualité", "Agence pour une Vie de Qualité", "AVIQ")
_MIN_FAM = body("Ministère de la Famille, des Solidarités, du Vivre ensemble et de l'Accueil")
_FOD_MOB = body("FOD Mobiliteit en Vervoer")
_RWS = body("Rijkswaterstaat")
_KM = body("Koninklijke Marine")
_MARCOMP = body("Marinecomponent")
_FOD_VVVL = body(
    "FOD Volksgezondheid, Veiligheid van de Voedselketen en Leefmilieu",
    "FOD Volksgezondheid, Veiligheid van de Voedselketen en Leefmilieu",
    "FOD Volksgezondheid",
)
_AGE = body("Administration de la gestion de l'eau")
_KWNL = body("Kustwacht Nederland")
_FOD_ECO = body("FOD Economie")
_SPW = body("Service public de Wallonie")
_MIN_ECO_LU = body("Ministère de l'Économie")
_LB = body("Leefmilieu Brussel")
_EDR = org("Eems Dollard Regio")
_CREOS = known("id/organisation/creos", "ExternalOrganisation", "Creos", "Creos Luxembourg")
_LVVN = body("Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur")
_MECB = body("Ministère de l'Environnement, du Climat et de la Biodiversité")
_SBB = body("Staatsbosbeheer")
_GRENSCOM = wg("Nederlands-Nedersaksische Grenscommissie")
_VERORD_NHV = known(
    "id/act/verordening-eu-2024-1991",
    "ExternalAct",
    "Verordening (EU) 2024/1991",
    "Verordening (EU) 2024/1991",
    "Natuurherstelverordening",
    "natuurherstelverordening",
)
_COMM_JBZ = known(
    "id/working-group/commissie-justitie-en-binnenlandse-zaken-van-het-benelux-parlement",
    "WorkingGroup",
    "Commissie Justitie en Binnenlandse Zaken van het Benelux-Parlement",
    "commissie Justitie en Binnenlandse Zaken",
)
_BUREAU = known(
    "id/working-group/bureau-van-het-benelux-parlement",
    "WorkingGroup",
    "Bureau van het Benelux-Parlement",
    "Bureau van het Benelux-Parlement",
)
_FP = body("Federale Politie")
_NP = body("Nationale Politie")
_PGD = body("Police grand-ducale")
_EUROPOL = known(EUROPOL, "ExternalOrganisation", "Europol")
_EC3 = org("European Cybercrime Centre", "European Cybercrime Centre", "EC3")
_WG_CYBER = wg("Benelux-werkgroep Cybercriminaliteit")
_SENN = wg("Senningenoverleg")
_R951 = known(
    "id/instrument/aanbeveling-951-2-betreffende-de-bestrijding-van-fraude-met-uitzendarbeid",
    "Recommendation",
    "Aanbeveling 951/2 betreffende de bestrijding van fraude met uitzendarbeid",
    "aanbeveling 951/2 over fraude met uitzendarbeid",
)
_OVAM = body(
    "Openbare Vlaamse Afvalstoffenmaatschappij", "Openbare Vlaamse Afvalstoffenmaatschappij", "OVAM"
)
_ADM_ENV = body("Administration de l'environnement")
_VRO = body("Ministerie van Volkshuisvesting en Ruimtelijke Ordening")
_MHKBD = org("Ministerium für Heimat, Kommunales, Bau und Digitalisierung")
_WG_CB = wg("Benelux-werkgroep Circulair Bouwen")
_DECL_BOUW = known(
    "id/instrument/benelux-verklaring-over-het-hergebruik-van-bouwmaterialen",
    "Declaration",
    "Benelux-verklaring over het hergebruik van bouwmaterialen",
)
_R958 = known(
    "id/instrument/aanbeveling-958-2-over-de-erkenning-van-beroepskwalificaties-in-de-bouwsector",
    "Recommendation",
    "Aanbeveling 958/2 over de erkenning van beroepskwalificaties in de bouwsector",
    "aanbeveling 958/2 over de erkenning van beroepskwalificaties in de bouwsector",
)
_GWP_2029 = known(
    "id/instrument/gemeenschappelijk-werkprogramma-2029-2032",
    "LegalInstrument",
    "Gemeenschappelijk Werkprogramma 2029-2032",
)
_TOP_2025 = known(
    "id/event/benelux-top-2025", "Meeting", "Benelux-top 2025", "Benelux-top van 2025"
)

SPECS: dict[str, tuple[list[Any], list[Any]]] = {}

# --- u01: Kamerbrief (VWS) on the disability parking card in the Benelux --------------------
_U01 = "u01_letter_disability_parking"
_EV_CD = event(
    "Commissiedebat Gehandicaptenbeleid 5 februari 2030",
    "commissiedebat Gehandicaptenbeleid van 5 februari 2030",
    slug="commissiedebat-gehandicaptenbeleid-2030-02-05",
)
_M2029_17 = m_number("M(2029)17", "Decision", "Beschikking M (2029) 17")
_M2012_3 = m_number("M(2012)3", "Recommendation", "Aanbeveling M (2012) 3")
_WG_TOEG = wg("Benelux-werkgroep Toegankelijkheid")
_FOD_SZ = body("FOD Sociale Zekerheid")
_VAPH = body("Vlaams Agentschap voor Personen met een Handicap")
_EDF = org("European Disability Forum")
_R1013 = ins(
    "Aanbeveling 1013/2 over toegankelijk grensoverschrijdend openbaar vervoer",
    "Recommendation",
    "aanbeveling 1013/2 over toegankelijk grensoverschrijdend openbaar vervoer",
)
SPECS[_U01] = (
    [
        _VWS,
        tk("Tweede Kamer der Staten-Generaal", "uw Kamer"),
        _EV_CD,
        person("Van Dijk"),
        act("Richtlijn (EU) 2024/2841"),
        act("VN-Verdrag inzake de rechten van personen met een handicap"),
        cvm("Comité van Ministers", "Comité"),
        bu(),
        _M2029_17,
        _M2012_3,
        _WG_TOEG,
        _DC_SZ,
        country(NL, "Nederland"),
        country(BE, "België"),
        country(LU, "Luxemburg"),
        _RDW,
        _FOD_SZ,
        _VAPH,
        known("id/organisation/waals-gewest", "NationalBody", "Waals Gewest", "Wallonië"),
        _AVIQ,
        _MIN_FAM,
        _EDF,
        org("Ieder(in)"),
        nrw(),
        bp("Benelux-Parlement"),
        _R1013,
        _FOD_MOB,
        person("Marieke Hoogland-Smit"),
    ],
    [
        Rel(I_CVM, SUB, BU, "heeft het Comité van Ministers van de Benelux Unie"),
        Rel(_M2029_17.iri, PASSED, I_CVM, "heeft het Comité van Ministers van de Benelux Unie"),
        Rel(
            _M2029_17.iri, DATE, "2029-12-10", "heeft het Comité van Ministers van de Benelux Unie"
        ),
        # "Zij treedt in de plaats van" = replaces (set F: eli:amends).
        Rel(_M2029_17.iri, AMENDS, _M2012_3.iri, "treedt in de plaats van Aanbeveling"),
        Rel(_M2012_3.iri, PASSED, I_CVM, "treedt in de plaats van Aanbeveling"),
        Rel(
            _WG_TOEG.iri, SUB, _DC_SZ.iri, "De beschikking is voorbereid door de Benelux-werkgroep"
        ),
        # "Mijn ministerie is er namens Nederland lid van, samen met de RDW" (set K).
        Rel(_WG_TOEG.iri, PART, _VWS.iri, "Mijn ministerie is er namens Nederland lid van"),
        Rel(_WG_TOEG.iri, PART, NL, "Mijn ministerie is er namens Nederland lid van"),
        Rel(_WG_TOEG.iri, PART, _RDW.iri, "Mijn ministerie is er namens Nederland lid van"),
        Rel(_WG_TOEG.iri, PART, BE, "Voor België nemen de FOD"),
        Rel(_WG_TOEG.iri, PART, _FOD_SZ.iri, "Voor België nemen de FOD"),
        Rel(_WG_TOEG.iri, PART, _VAPH.iri, "Voor België nemen de FOD"),
        Rel(_WG_TOEG.iri, PART, "id/organisation/waals-gewest", "Wallonië wordt vertegenwoordigd"),
        Rel(_WG_TOEG.iri, PART, _AVIQ.iri, "Wallonië wordt vertegenwoordigd"),
        Rel(_WG_TOEG.iri, PART, LU, "Luxemburg zit aan tafel via"),
        Rel(_WG_TOEG.iri, PART, _MIN_FAM.iri, "Luxemburg zit aan tafel via"),
        # Ieder(in) consulted but "geen lid"; NRW only interested: nothing.
        Rel(_WG_TOEG.iri, COOP, _EDF.iri, "De werkgroep werkt samen met het European"),
        Rel(_R1013.iri, PASSED, I_BP, "In aanbeveling 1013/2"),
        Rel(_R1013.iri, DATE, "2029-12-15", "In aanbeveling 1013/2"),
        Rel(_RDW.iri, COOP, _FOD_MOB.iri, "De RDW en de Belgische FOD Mobiliteit"),
    ],
)

# --- u02: minutes of the 4th meeting of the working group on munitions at sea ---------------
_U02 = "u02_minutes_sea_munitions"
_WG_MUN = wg(
    "Benelux-werkgroep Munitie op Zee",
    "Benelux-werkgroep Munitie op Zee",
    "BENELUX-WERKGROEP MUNITIE OP ZEE",
)
_EV4 = event(
    "Vergadering Benelux-werkgroep Munitie op Zee 12 september 2029",
    "4e vergadering",
    slug="vergadering-benelux-werkgroep-munitie-op-zee-2029-09-12",
)
_EV3 = event(
    "Vergadering Benelux-werkgroep Munitie op Zee 14 mei 2029",
    "3e vergadering",
    slug="vergadering-benelux-werkgroep-munitie-op-zee-2029-05-14",
)
_EV5 = event(
    "Vergadering Benelux-werkgroep Munitie op Zee 6 februari 2030",
    "5e vergadering",
    "volgende vergadering",
    slug="vergadering-benelux-werkgroep-munitie-op-zee-2030-02-06",
)
_VLIZ = body("Vlaams Instituut voor de Zee", "Vlaams Instituut voor de Zee", "VLIZ")
_BSH = org(
    "Bundesamt für Seeschifffahrt und Hydrographie",
    "Bundesamt für Seeschifffahrt und Hydrographie",
    "BSH",
)
_GEOMAR = org("GEOMAR Helmholtz-Zentrum")
_OSPAR = org("OSPAR-Commissie")
_MOU_MUN = ins(
    "Memorandum van overeenstemming over munitie op zee",
    "Declaration",
    "memorandum van overeenstemming over munitie op zee",
)
_REC_MUN = ins(
    "Aanbeveling over het melden van munitievondsten door vissers",
    "Recommendation",
    "aanbeveling over het melden van munitievondsten door vissers",
)
_U02_MEMBERS = (_RWS, _KM, _MARCOMP, _FOD_VVVL, _VLIZ, _AGE)
SPECS[_U02] = (
    [
        _WG_MUN,
        _EV4,
        _EV3,
        _EV5,
        _VLIZ,
        _RWS,
        _KM,
        _MARCOMP,
        _FOD_VVVL,
        _AGE,
        _KWNL,
        country(LU, "Luxemburg"),
        country(NL, "Nederland"),
        country(BE, "België"),
        country(DE, "Duitsland"),
        sg(),
        bu(),
        _BSH,
        _GEOMAR,
        act("Richtlijn 2008/56/EG", "Richtlijn 2008/56/EG", "Kaderrichtlijn mariene strategie"),
        _OSPAR,
        _MOU_MUN,
        _DC_LM,
        csg(),
        _REC_MUN,
        cvm("Comité van Ministers"),
        *[
            person(n, *s)
            for n, *s in (
                ("Joost Kramer",),
                ("Evelien Bos",),
                ("Frank Meijer",),
                ("Yves Lambrecht",),
                ("Sofie Vermeulen",),
                ("Pieter De Smet",),
                ("Carole Weis",),
                ("Hanne Goossens",),
                ("Katrin Oelmann", "Oelmann"),
            )
        ],
    ],
    [
        # The "Aanwezig:" list: members and the observer take part in the group and the
        # meeting, the secretariat in the meeting only; the excused member in the group only;
        # the guest in the meeting (set P).
        *[Rel(_WG_MUN.iri, PART, x.iri, "Aanwezig:") for x in _U02_MEMBERS],
        *[Rel(_EV4.iri, PART, x.iri, "Aanwezig:") for x in _U02_MEMBERS],
        Rel(_EV4.iri, PART, I_SG, "Aanwezig:"),
        Rel(I_SG, SUB, BU, "Secretariaat-Generaal van de Benelux Unie (secretariaat)"),
        Rel(_WG_MUN.iri, PART, _KWNL.iri, "Verhinderd (lid)"),
        Rel(_EV4.iri, PART, _BSH.iri, "Gast bij agendapunt 3"),
        Rel(_WG_MUN.iri, PART, LU, "Luxemburg volgt het werk als waarnemer"),
        Rel(_BSH.iri, COOP, _GEOMAR.iri, "Het BSH werkt daarvoor"),
        # Germany "geen lid"; the BSH only invited to the next meeting: nothing.
        Rel(_WG_MUN.iri, COOP, _OSPAR.iri, "De werkgroep stemt haar werk af"),
        Rel(_MOU_MUN.iri, PART, BE, "door België en Nederland is ondertekend"),
        Rel(_MOU_MUN.iri, PART, NL, "door België en Nederland is ondertekend"),
        Rel(_MOU_MUN.iri, DATE, "2027-06-03", "door België en Nederland is ondertekend"),
        # "valt onder X en brengt via dat directiecomité verslag uit aan Y" (set K).
        Rel(_WG_MUN.iri, SUB, _DC_LM.iri, "De werkgroep blijft vallen onder"),
        Rel(_DC_LM.iri, SUB, I_CSG, "De werkgroep blijft vallen onder"),
        Rel(_REC_MUN.iri, PASSED, I_CVM, "De werkgroep stelt een ontwerp op"),
    ],
)

# --- u03: evaluation chapter, the Benelux network on energy poverty ------------------------
_U03 = "u03_evaluation_energy_poverty"
_NET_EA = wg("Benelux-netwerk Energiearmoede")
_M2026_14 = m_number(
    "M(2026)14", "Recommendation", "Aanbeveling M (2026) 14", "M (2026) 14", "aanbeveling van 2026"
)
_M2029_21 = m_number("M(2029)21", "Decision", "Beschikking M (2029) 21")
_VEKA = body("Vlaams Energie- en Klimaatagentschap")
_KGG = body("Ministerie van Klimaat en Groene Groei")
_NBNL = org("Netbeheer Nederland")
_KLIMA = body("Klima-Agence")
_VZ_NRW = org("Verbraucherzentrale NRW")
_EPAH = org("Energy Poverty Advisory Hub", "Energy Poverty Advisory Hub", "EPAH")
_R989 = ins(
    "Aanbeveling 989/2 over energiearmoede in de grensstreek",
    "Recommendation",
    "aanbeveling 989/2 over energiearmoede in de grensstreek",
)
_CONF_EA = event("Benelux-conferentie Energiearmoede")
_KBS = org("Koning Boudewijnstichting")
_DECL_EZ = ins(
    "Gemeenschappelijke politieke verklaring over energiezekerheid",
    "Declaration",
    "Gemeenschappelijke politieke verklaring over energiezekerheid",
)
SPECS[_U03] = (
    [
        _NET_EA,
        _M2026_14,
        cvm("Comité van Ministers"),
        _DC_EN,
        csg(),
        act("Richtlijn (EU) 2023/1791"),
        act("Verordening (EU) 2023/955"),
        _FOD_ECO,
        _VEKA,
        _SPW,
        _KGG,
        _NBNL,
        _MIN_ECO_LU,
        _KLIMA,
        _VZ_NRW,
        nrw("Noordrijn-Westfalen", "NRW"),
        _LB,
        _EPAH,
        known(EC, "ExternalOrganisation", "Europese Commissie"),
        bp("Benelux-Parlement"),
        _R989,
        _CONF_EA,
        sg(),
        _KBS,
        _EDR,
        _M2029_21,
        country(NL, "Nederland"),
        _CREOS,
        org("Fluvius"),
        country(FR, "Frankrijk"),
        known(GRAND_EST, "NeighbouringRegion", "Grand Est", "Région Grand Est"),
        _DECL_EZ,
        _TOP_2025,
    ],
    [
        Rel(_M2026_14.iri, PASSED, I_CVM, "Het Benelux-netwerk Energiearmoede is opgericht"),
        Rel(_M2026_14.iri, DATE, "2026-12-08", "Het Benelux-netwerk Energiearmoede is opgericht"),
        Rel(_NET_EA.iri, SUB, _DC_EN.iri, "Het netwerk rapporteert aan het Directiecomité"),
        Rel(_DC_EN.iri, SUB, I_CSG, "Het netwerk rapporteert aan het Directiecomité"),
        # The table's organisation and role columns (set L/Q), not its country column.
        *[
            Rel(_NET_EA.iri, PART, x.iri, "Tabel 3.1 geeft de leden")
            for x in (_FOD_ECO, _VEKA, _SPW, _KGG, _NBNL, _MIN_ECO_LU, _KLIMA, _VZ_NRW)
        ],
        # "nam in 2027 en 2028 deel, maar heeft zich … teruggetrokken" (past participation).
        Rel(_NET_EA.iri, PART, _LB.iri, "Leefmilieu Brussel nam in 2027"),
        Rel(_NET_EA.iri, PART, _VZ_NRW.iri, "zentrale NRW schuift sinds 2028"),
        Rel(_NET_EA.iri, COOP, _EPAH.iri, "Het netwerk werkt samen met het Energy"),
        Rel(_EPAH.iri, SUB, EC, "Het netwerk werkt samen met het Energy"),
        Rel(_NET_EA.iri, PART, _EPAH.iri, "Een medewerker van het EPAH"),
        Rel(_R989.iri, PASSED, I_BP, "Benelux-Parlement neemt aanbeveling 989/2"),
        Rel(_R989.iri, DATE, "2027-12-10", "Benelux-Parlement neemt aanbeveling 989/2"),
        # Organiser and co-organiser; the Eems Dollard Regio invited but absent.
        Rel(_CONF_EA.iri, PART, I_SG, "Benelux-conferentie Energiearmoede in Namen"),
        Rel(_CONF_EA.iri, PART, _KBS.iri, "Benelux-conferentie Energiearmoede in Namen"),
        Rel(_M2029_21.iri, PASSED, I_CVM, "Het Comité van Ministers wijzigt de opdracht"),
        Rel(_M2029_21.iri, DATE, "2029-06-17", "Het Comité van Ministers wijzigt de opdracht"),
        Rel(_M2029_21.iri, AMENDS, _M2026_14.iri, "Het Comité van Ministers wijzigt de opdracht"),
        # Fluvius and Creos "geïnteresseerd, maar geen lid"; Grand Est asked for information.
        Rel(_DECL_EZ.iri, DATE, "2025", "De aanbeveling volgde op de Gemeenschappelijke"),
    ],
)

# --- u04: news page of Lower Saxony's state chancellery on peatlands -----------------------
_U04 = "u04_region_lower_saxony_peatlands"
_STK = org(
    "Niedersächsische Staatskanzlei",
    "Niedersächsische Staatskanzlei",
    "Niedersächsischen Staatskanzlei",
)
_DECL_VEEN = ins(
    "Intentieverklaring over de bescherming en vernatting van veengebieden",
    "Declaration",
    "intentieverklaring over de bescherming en vernatting van veengebieden",
)
_WG_VEEN = wg("Benelux-werkgroep Veengebieden")
_ANB = body("Agentschap voor Natuur en Bos")
_LBEG = org(
    "Landesamt für Bergbau, Energie und Geologie",
    "Landesamt für Bergbau, Energie und Geologie",
    "LBEG",
)
_WS = event(
    "Workshop over het meten van broeikasgasuitstoot uit veen 17 juni 2030",
    "workshop over het meten van broeikasgasuitstoot uit veen",
    slug="workshop-over-het-meten-van-broeikasgasuitstoot-uit-veen-2030-06-17",
)
SPECS[_U04] = (
    [
        _STK,
        region(NDS, "Nedersaksen"),
        bu(),
        _DECL_VEEN,
        person("Jonas Wehrmann", "Wehrmann"),
        known("id/person/frans-weekers", "Person", "Frans Weekers"),
        country(NL, "Nederland"),
        _WG_VEEN,
        _DC_LM,
        _LVVN,
        _ANB,
        _MECB,
        _LBEG,
        nrw(),
        region("id/region/sleeswijk-holstein", "Sleeswijk-Holstein"),
        _VERORD_NHV,
        _SBB,
        _GRENSCOM,
        _WS,
        _EDR,
        sg(),
    ],
    [
        # The headline: "X en Y werken samen" gives one relation, subject first (set I).
        Rel(NDS, COOP, BU, "Nedersaksen en Benelux Unie werken samen"),
        Rel(_DECL_VEEN.iri, PART, NDS, "Het Land Nedersaksen en de Benelux Unie hebben vandaag"),
        Rel(_DECL_VEEN.iri, PART, BU, "Het Land Nedersaksen en de Benelux Unie hebben vandaag"),
        Rel(
            _DECL_VEEN.iri,
            DATE,
            "2030-04-24",
            "Het Land Nedersaksen en de Benelux Unie hebben vandaag",
        ),
        Rel(_WG_VEEN.iri, PART, NDS, "Met de verklaring wordt Nedersaksen lid"),
        Rel(_WG_VEEN.iri, SUB, _DC_LM.iri, "Die werkgroep\nvalt onder"),
        *[
            Rel(_WG_VEEN.iri, PART, x.iri, "Zij brengt\nhet Nederlandse")
            for x in (_LVVN, _ANB, _MECB)
        ],
        Rel(_WG_VEEN.iri, PART, _LBEG.iri, "Het Land wordt in de werkgroep vertegenwoordigd"),
        # NRW "volgt de werkgroep als waarnemer"; its cooperation is with bare "de Benelux"
        # (not annotated); Schleswig-Holstein only interested.
        Rel(_WG_VEEN.iri, PART, NRW, "volgt de werkgroep\nals waarnemer"),
        Rel(_LBEG.iri, COOP, _SBB.iri, "Het LBEG werkt daarvoor al samen"),
        Rel(_GRENSCOM.iri, PART, NDS, "De verklaring bouwt voort op een eerdere afspraak"),
        Rel(_GRENSCOM.iri, PART, NL, "De verklaring bouwt voort op een eerdere afspraak"),
        # Organiser, co-organiser and a body sending a speaker (set J).
        Rel(_WS.iri, PART, _LBEG.iri, "In juni organiseert het LBEG"),
        Rel(_WS.iri, PART, _EDR.iri, "In juni organiseert het LBEG"),
        Rel(_WS.iri, PART, I_SG, "stuurt een spreker"),
    ],
)

# --- u05: report of the Benelux Parliament's committee on justice, 18 January 2030 ----------
_U05 = "u05_committee_report_online_fraud"
_EV_COMM = event(
    "Vergadering commissie Justitie en Binnenlandse Zaken 18 januari 2030",
    "vergadering van de commissie Justitie en Binnenlandse Zaken van vrijdag 18 januari 2030",
    slug="vergadering-commissie-justitie-en-binnenlandse-zaken-2030-01-18",
)
_NVB = org("Nederlandse Vereniging van Banken")
_FHD = org("Fraudehelpdesk")
_FEBELFIN = org("Febelfin")
_ABBL = org("ABBL")
_R1002 = ins(
    "Aanbeveling 1002/2 betreffende de bestrijding van telefoonfraude",
    "Recommendation",
    "aanbeveling 1002/2 betreffende de bestrijding van telefoonfraude",
)
_D_FRAUDE = ins(
    "Beschikking over de uitwisseling van gegevens over frauderekeningen",
    "Decision",
    "beschikking over de uitwisseling van gegevens over frauderekeningen",
)
_ONTW = ins(
    "Ontwerpaanbeveling over een gezamenlijke Benelux-aanpak van online fraude",
    "Recommendation",
    "ontwerpaanbeveling over een gezamenlijke Benelux-aanpak van online fraude",
)
_PZ_2030_03 = event(
    "Plenaire zitting Benelux-Parlement 14-15 maart 2030",
    "plenaire zitting van 14 en 15 maart 2030",
    slug="plenaire-zitting-benelux-parlement-2030-03",
)
_COMM_BA = wg(
    "Commissie Rechtszaken van de Baltische Assemblee",
    "commissie Rechtszaken van de Baltische Assemblee",
)
SPECS[_U05] = (
    [
        bp("BENELUX-PARLEMENT", "Interparlementaire Assemblee", "Parlement", "Benelux-Parlement"),
        _COMM_JBZ,
        _EV_COMM,
        *[
            person(n, *s)
            for n, *s in (
                ("Dirk Vandenbroucke", "D. Vandenbroucke"),
                ("Koen Halsema", "Halsema", "K. Halsema"),
                ("Ines Kayser", "Kayser"),
                ("Anouk Terlinden",),
                ("Bram Oosterhuis",),
                ("Martine Reuter",),
                ("Tom Wellens", "Wellens"),
                ("Laura Pauwels",),
                ("Ellen de Roo", "de Roo"),
                ("Philippe Marchal",),
                ("Joris Haesaerts",),
            )
        ],
        _FHD,
        _NVB,
        _FEBELFIN,
        _ABBL,
        _FP,
        _WG_CYBER,
        _SENN,
        _NP,
        _PGD,
        _EUROPOL,
        _EC3,
        act("Verordening (EU) 2024/886"),
        country(LU, "Luxemburg"),
        cvm("Comité van Ministers", "Comité"),
        _R1002,
        _D_FRAUDE,
        _ONTW,
        _PZ_2030_03,
        _R951,
        _COMM_BA,
        known(BA, "ExternalOrganisation", "Baltische Assemblee"),
        _BUREAU,
        known(NR, "ExternalOrganisation", "Noordse Raad"),
    ],
    [
        # Guests speaking "namens" bodies and a police officer presenting take part in the
        # meeting (sets J, Q); the committee does not take part in its own meeting (set I);
        # the ABBL sent a written contribution but was absent.
        Rel(_EV_COMM.iri, PART, _NVB.iri, "spreekt namens de Nederlandse Vereniging"),
        Rel(_EV_COMM.iri, PART, _FHD.iri, "spreekt namens de Nederlandse Vereniging"),
        Rel(_EV_COMM.iri, PART, _FEBELFIN.iri, "namens Febelfin"),
        Rel(_EV_COMM.iri, PART, _FP.iri, "Commissaris Joris Haesaerts van de Federale"),
        Rel(_WG_CYBER.iri, SUB, _SENN.iri, "Commissaris Joris Haesaerts van de Federale"),
        *[
            Rel(_WG_CYBER.iri, PART, x.iri, "Aan die werkgroep nemen de Federale")
            for x in (_FP, _NP, _PGD, _EUROPOL)
        ],
        Rel(_WG_CYBER.iri, COOP, _EC3.iri, "De werkgroep werkt samen met het European"),
        Rel(_EC3.iri, SUB, EUROPOL, "De werkgroep werkt samen met het European"),
        Rel(_R1002.iri, PASSED, I_BP, "De commissie neemt kennis van het antwoord"),
        Rel(_R1002.iri, DATE, "2028-12-08", "De commissie neemt kennis van het antwoord"),
        Rel(_D_FRAUDE.iri, PASSED, I_CVM, "Comité kondigt daarin aan"),
        # The draft adopted in committee gets neither issuer nor date (set C); 951/2 is
        # left untouched ("laat … ongemoeid"): no amendment.
        Rel(_R951.iri, PASSED, I_BP, "De ontwerpaanbeveling laat aanbeveling"),
        Rel(_COMM_BA.iri, SUB, BA, "besluit de commissie samen te werken met"),
        Rel(_COMM_JBZ.iri, COOP, _COMM_BA.iri, "besluit de commissie samen te werken met"),
        Rel(_BUREAU.iri, SUB, I_BP, "Het Bureau van\nhet Benelux-Parlement wordt gevraagd"),
        # The Nordic Council informed, not invited: nothing.
    ],
)

# --- u06: annual plan 2030, chapter 5 (construction products and circular building) ------
_U06 = "u06_annual_plan_construction"
_WG_BP = wg("Benelux-werkgroep Bouwproducten")
_D_KEUR = ins(
    "Beschikking over de wederzijdse erkenning van keuringen van bouwproducten",
    "Decision",
    "beschikking over de wederzijdse erkenning van keuringen van bouwproducten",
)
_MIN_LOG = body("Ministère du Logement et de l'Aménagement du territoire")
_BUILDWISE = org("Buildwise", "Buildwise", "WTCB")
_TNO = org("TNO")
_M2028_19 = m_number("M(2028)19", "Decision", "Beschikking M (2028) 19")
_M2019_15 = m_number(
    "M(2019)15",
    "Decision",
    "Beschikking M (2019) 15 betreffende de overbrenging van bouw- en sloopafval",
)
_LIST = org(
    "Luxembourg Institute of Science and Technology",
    "Luxembourg Institute of Science and Technology",
    "LIST",
)
_DAG_CB = event("Benelux-dag Circulair Bouwen")
_CB = org("Confederatie Bouw")
_BNL = org("Bouwend Nederland")
SPECS[_U06] = (
    [
        bu(),
        _DC_IM,
        csg(),
        act("Verordening (EU) 2024/3110", "Verordening (EU) 2024/3110", "Bouwproductenverordening"),
        _WG_BP,
        _D_KEUR,
        cvm("Comité van Ministers"),
        _FOD_ECO,
        _VRO,
        _MIN_LOG,
        _BUILDWISE,
        _TNO,
        sg(),
        country(BE, "België"),
        country(NL, "Nederland"),
        country(LU, "Luxemburg"),
        _DECL_BOUW,
        _M2028_19,
        _M2019_15,
        _WG_CB,
        _OVAM,
        _RWS,
        _ADM_ENV,
        nrw(),
        _MHKBD,
        _LIST,
        _DAG_CB,
        _CB,
        _BNL,
        known(HDF, "NeighbouringRegion", "Hauts-de-France", "Région Hauts-de-France"),
        known(GRANDE_REGION, "NeighbouringRegion", "Grande Région"),
        bp("Benelux-Parlement"),
        _R958,
        _GWP_2029,
    ],
    [
        Rel(_DC_IM.iri, SUB, I_CSG, "Het Directiecomité Interne Markt houdt het overzicht"),
        Rel(_WG_BP.iri, SUB, _DC_IM.iri, "De Benelux-werkgroep Bouwproducten, die onder"),
        # A planned beschikking: the Committee, no date (sets J, M).
        Rel(_D_KEUR.iri, PASSED, I_CVM, "De Benelux-werkgroep Bouwproducten, die onder"),
        *[
            Rel(_WG_BP.iri, PART, x.iri, "Aan de werkgroep nemen de FOD")
            for x in (_FOD_ECO, _VRO, _MIN_LOG)
        ],
        # Buildwise and TNO support, "maar zijn geen lid"; "Trekker:" lines give nothing (set Q).
        *[Rel(_DECL_BOUW.iri, PART, c, "In 2022 ondertekenden België") for c in (BE, NL, LU)],
        Rel(_DECL_BOUW.iri, DATE, "2022", "In 2022 ondertekenden België"),
        Rel(_M2028_19.iri, PASSED, I_CVM, "Ter uitvoering daarvan stelde"),
        Rel(_M2028_19.iri, DATE, "2028-12-04", "Ter uitvoering daarvan stelde"),
        Rel(_M2028_19.iri, AMENDS, _M2019_15.iri, "Ter uitvoering daarvan stelde"),
        Rel(_M2019_15.iri, PASSED, I_CVM, "Ter uitvoering daarvan stelde"),
        *[Rel(_WG_CB.iri, PART, x.iri, "die de werkgroep vormen") for x in (_OVAM, _RWS, _ADM_ENV)],
        # "neemt als waarnemer deel via zijn Ministerium …": the region and the ministry (set K).
        Rel(_WG_CB.iri, PART, NRW, "Noordrijn-Westfalen neemt als"),
        Rel(_WG_CB.iri, PART, _MHKBD.iri, "Noordrijn-Westfalen neemt als"),
        Rel(_WG_CB.iri, COOP, _LIST.iri, "werkgroep werkt samen met het Luxembourg"),
        # Organiser and co-organisers; Hauts-de-France invited (no answer), the Grande
        # Région approached: nothing.
        *[
            Rel(_DAG_CB.iri, PART, x, "Op 30 september 2030 organiseert")
            for x in (I_SG, _CB.iri, _BNL.iri)
        ],
        Rel(_R958.iri, PASSED, I_BP, "In zijn aanbeveling 958/2"),
        Rel(_R958.iri, DATE, "2025", "In zijn aanbeveling 958/2"),
    ],
)


def main(argv: list[str]) -> None:
    _A.main(argv, SPECS)  # write and verify gold/*.json, or review one document


if __name__ == "__main__":
    main(sys.argv)
