# ruff: noqa: E501, F405  (the annotation tables hold long Dutch titles verbatim)
"""Gold standard of development set R (tests/heldout/gold/s01…s06).

Set R was written in session 9 by a helper that never read the extractor's code, patterns,
reference data or output, never ran the extractor or ``evaluate_set.py``, and never opened the
held-out sets B, N and O. It has six documents on policy fields the other sets do not cover: the
Handelingen of a plenary sitting of the Benelux Parliament (mental health care in the border
area), the minutes of a meeting of the Directiecomité Justitie en Binnenlandse Zaken
(translation of court documents), a chapter of the annual plan 2030 (soil and dredged
sediments), a press release of the Belgian FOD Mobiliteit en Vervoer (a memorandum on aircraft
noise around border airports), a Benelux Publicatieblad index (January-June 2030) that gathers
the set's instruments, and a chapter of an external evaluation of the Benelux start-up network
with a partners' table. It is made for the relation readers: participants in speeches ("namens
de Noordse Raad bijwoont", "spreekt namens het Comité van Ministers"), in "Aanwezig:" lists with
an observer, an excused member and a guest, by description ("Naast de drie
justitieministeries"), as signatories, chairs of a meeting, speakers and co-organisers;
negations and plans ("maar neemt niet aan de werkgroep deel", "willen meedoen", "is
geïnformeerd, maar geen partij", "wil later aansluiten"); parents ("ressorteert onder dit
Directiecomité", "is ingebed in", "een van de directiecomités van het College", "dat op zijn
beurt verantwoording aflegt aan", "brengt … verslag uit aan", an apposition "het kenniscentrum
van Rijkswaterstaat", "via zijn"); cooperation ("trekt hierin samen op met … en met", "slaan de
handen ineen", "Het College onderzoekt dit … samen met"); dates relative to a dateline
("Gisteren", "Tijdens dezelfde vergadering"); amendments ("vervangt", "uitgebreid tot", "tot
wijziging van … zoals gewijzigd bij", "houdende wijziging van"). The offset helpers and the JSON
writer are those of ``_spans.py`` (set A), which imports the matching rules of
``tests/gold/_spans.py``.

Usage::

    python tests/heldout/_spans_r.py              # write gold/s01…s06.json, verify every span
    python tests/heldout/_spans_r.py review DOC   # every hit and evidence in context
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import _spans as _A  # set A's module: its JSON writer and review (run as a script)
from _spans import *  # noqa: F403  (the vocabulary every set shares: _spans.__all__)

HERE = Path(__file__).resolve().parent

EC = "id/organisation/europese-commissie"
HDF = "id/region/hauts-de-france"

# Entities that also occur in the seeds or in the development sets keep their IRIs there.
_DC_VG = wg("Directiecomité Volksgezondheid")
_DC_JBZ_IRI = "id/working-group/directiecomite-justitie-en-binnenlandse-zaken"
_DC_LM_IRI = "id/working-group/directiecomite-leefmilieu"
_DC_VV = wg("Directiecomité Verkeer en Vervoer")
_DC_IM = wg("Directiecomité Interne Markt")
_COMM_COV = wg(
    "Commissie Cultuur, Onderwijs en Volksgezondheid van het Benelux-Parlement",
    "commissie Cultuur, Onderwijs en Volksgezondheid",
)
_BUREAU = wg("Bureau van het Benelux-Parlement", "Bureau van het Beneluxparlement")
_IPR = org("Interregionale Parlementaire Raad")
_SENAAT = body("Senaat")
_RIZIV = body("RIZIV")
_ZIN = body("Zorginstituut Nederland")
_CNS = body("Caisse nationale de santé")
_DEP_ZORG = body("Departement Zorg")
_AVIQ = Ent(
    "id/organisation/agence-pour-une-vie-de-qualite",
    "NationalBody",
    "Agence pour une Vie de Qualité",
    ["AViQ"],
)
_VWS = Ent(
    "id/organisation/ministerie-van-volksgezondheid-welzijn-en-sport",
    "NationalBody",
    "Ministerie van Volksgezondheid, Welzijn en Sport",
    ["Ministerie van VWS"],
)
_DSANTE = body("Direction de la santé")
_REG_883 = act("Verordening (EG) nr. 883/2004")
_GRAND_EST = Ent("id/region/grand-est", "NeighbouringRegion", "Grand-Est", ["Grand Est"])
_RLP = region("id/region/rijnland-palts", "Rijnland-Palts")
_FOD_JUS = body("FOD Justitie")
_JENV = Ent(
    "id/organisation/ministerie-van-justitie-en-veiligheid",
    "NationalBody",
    "Ministerie van Justitie en Veiligheid",
    ["Ministerie van Justitie en Veiligheid"],
)
_MJ_LU = body("Ministère de la Justice")
_JUSTIZ = Ent(
    "id/organisation/justizministerium-van-noordrijn-westfalen",
    "ExternalOrganisation",
    "Justizministerium van Noordrijn-Westfalen",
    ["Justizministerium"],
)
_EJN = wg("Europees Justitieel Netwerk in burgerlijke en handelszaken")
_SENN = wg("Senningenoverleg")
_OVAM = Ent(
    "id/organisation/openbare-vlaamse-afvalstoffenmaatschappij",
    "NationalBody",
    "Openbare Vlaamse Afvalstoffenmaatschappij",
    ["OVAM"],
)
_SPW = Ent(
    "id/organisation/service-public-de-wallonie",
    "NationalBody",
    "Service public de Wallonie",
    ["Service public de Wallonie", "SPW"],
)
_LB = body("Leefmilieu Brussel")
_AEV = body("Administration de l'environnement")
_RWS = body("Rijkswaterstaat")
_LANUK = Ent(
    "id/organisation/landesamt-fur-natur-umwelt-und-klima",
    "ExternalOrganisation",
    "Landesamt für Natur, Umwelt und Klima",
    ["Landesamt für Natur, Umwelt und Klima", "LANUK"],
)
_DVW = body("De Vlaamse Waterweg")
_VNSC = org("Vlaams-Nederlandse Scheldecommissie")
_IMC = org("Internationale Maascommissie")
_REG_1157 = act("Verordening (EU) 2024/1157")
_FOD_MV = body("FOD Mobiliteit en Vervoer")
_SKEYES = body("skeyes")
_LVNL = body("LVNL")
_ANA = body(
    "Administration de la navigation aérienne",
    "Administration de la navigation aérienne",
    "ANA",
)
_EUROCONTROL = org("Eurocontrol")
_MUAC = org(
    "Maastricht Upper Area Control Centre",
    "Maastricht Upper Area Control Centre",
    "MUAC",
)
_VLAIO = Ent(
    "id/organisation/agentschap-innoveren-ondernemen",
    "NationalBody",
    "Agentschap Innoveren & Ondernemen",
    ["Agentschap Innoveren & Ondernemen", "VLAIO"],
)
_VLG_IRI = "id/organisation/vlaams-gewest"
_WAG_IRI = "id/organisation/waals-gewest"

# New to set R, shared by two or three of its documents.
_R1012_LABEL = "Aanbeveling 1012/2 over geestelijke gezondheidszorg in de grensstreek"
_R1012_IRI = "id/instrument/aanbeveling-1012-2-over-geestelijke-gezondheidszorg-in-de-grensstreek"
_R1009_LABEL = "Aanbeveling 1009/2 over geluidshinder rond regionale luchthavens"
_R1009_IRI = "id/instrument/aanbeveling-1009-2-over-geluidshinder-rond-regionale-luchthavens"
_M2030_2_IRI = "id/instrument/m-2030-2"
_M2030_5_IRI = "id/instrument/m-2030-5"
_M2021_8_IRI = "id/instrument/m-2021-8"
_M2017_9_IRI = "id/instrument/m-2017-9"
_M2023_12_IRI = "id/instrument/m-2023-12"
_WG_SED = wg("Benelux-werkgroep Sedimenten")
_MOU_LABEL = "Memorandum van overeenstemming over geluidshinder rond grensluchthavens"
_MOU_IRI = "id/instrument/memorandum-van-overeenstemming-over-geluidshinder-rond-grensluchthavens"
_EV_CVM_IRI = "id/event/vergadering-comite-van-ministers-2030-06-17"
_BZR_DUS = org("Bezirksregierung Düsseldorf")

SPECS: dict[str, tuple[list[Any], list[Any]]] = {}

# --- s01: Handelingen of the Benelux Parliament, plenary sitting of 15 June 2030 -------------
_S01 = "s01_proceedings_mental_health"
_EV_JUNI = event(
    "Plenaire zitting Benelux-Parlement 14-15 juni 2030",
    "PLENAIRE VERGADERING VAN ZATERDAG 15 JUNI 2030",
    "junizitting",
    slug="plenaire-zitting-benelux-parlement-2030-06",
)
_EV_DEC = event(
    "Plenaire zitting Benelux-Parlement 6-7 december 2030",
    "volgende plenaire zitting",
    slug="plenaire-zitting-benelux-parlement-2030-12",
)
_EV_HOOR = event(
    "Hoorzitting van de commissie Cultuur, Onderwijs en Volksgezondheid van 16 mei 2030",
    "hoorzitting van 16 mei 2030",
    slug="hoorzitting-commissie-cultuur-onderwijs-en-volksgezondheid-2030-05-16",
)
_WG_GGZ = wg("Benelux-werkgroep Geestelijke Gezondheidszorg")
_MONDRIAAN = org("Mondriaan")
_ZOL = org("Ziekenhuis Oost-Limburg")
_CHNP = org("Centre Hospitalier Neuro-Psychiatrique")
_PLATFORM = wg("Benelux-platform Suïcidepreventie")
_113 = org("113 Zelfmoordpreventie")
_VLESP = org("Vlaams Expertisecentrum Suïcidepreventie")
_R1012_S01 = Ent(
    _R1012_IRI,
    "Recommendation",
    _R1012_LABEL,
    ["aanbeveling over geestelijke gezondheidszorg in de grensstreek", "aanbeveling 1012/2"],
)
_R1004 = ins(
    "Aanbeveling 1004/2 over suïcidepreventie in de grensregio's",
    "Recommendation",
    "aanbeveling 1004/2 over suïcidepreventie in de grensregio's",
)
_M2030_2_S01 = Ent(
    _M2030_2_IRI,
    "Recommendation",
    "M(2030)2",
    ["Aanbeveling M (2030) 2 betreffende de uitwisseling van gegevens bij crisisopnames"],
)
_M2021_8_S01 = Ent(_M2021_8_IRI, "Recommendation", "M(2021)8", ["Aanbeveling M (2021) 8"])
_D_CRISIS = ins(
    "Beschikking over de erkenning van crisiskaarten",
    "Decision",
    "beschikking over de erkenning van crisiskaarten",
)
_EV_CONF = event("Conferentie Jong en veerkrachtig", 'conferentie "Jong en veerkrachtig"')
SPECS[_S01] = (
    [
        bp("BENELUX-PARLEMENT", "Interparlementaire Assemblee", "Beneluxparlement", "Parlement"),
        _EV_JUNI,
        _SENAAT,
        person("Hilde Vermeersch"),
        _IPR,
        person("Liv Sandberg"),
        Ent(NR, "ExternalOrganisation", "Noordse Raad", ["Noordse Raad"]),
        person("Jeroen Maes"),
        country(BE, "België"),
        _COMM_COV,
        _EV_HOOR,
        country(LU, "Luxemburg"),
        _RIZIV,
        _ZIN,
        _CNS,
        _REG_883,
        _WG_GGZ,
        _DC_VG,
        _DEP_ZORG,
        _AVIQ,
        _VWS,
        _DSANTE,
        region(NRW, "Noordrijn-Westfalen"),
        person("Ingrid de Waal", "de Waal"),
        country(NL, "Nederland"),
        _MONDRIAAN,
        _ZOL,
        person("Gilles Reding"),
        _GRAND_EST,
        _RLP,
        _CHNP,
        _PLATFORM,
        _113,
        _VLESP,
        _R1012_S01,
        person("Sophie Lambert"),
        cvm("Comité van Ministers", "Comité"),
        _R1004,
        _M2030_2_S01,
        _M2021_8_S01,
        sg(),
        _D_CRISIS,
        person("Annemie Goossens"),
        _BUREAU,
        _EV_CONF,
        Ent(BA, "ExternalOrganisation", "Baltische Assemblee", ["Baltische Assemblee"]),
        _EV_DEC,
    ],
    [
        # A guest delegation and a guest attending "namens" a body take part (sets D, E, K);
        # the member of the Committee who "spreekt namens het Comité van Ministers" too.
        Rel(_EV_JUNI.iri, PART, _IPR.iri, "de delegatie van de Interregionale"),
        Rel(_EV_JUNI.iri, PART, NR, "namens de Noordse Raad bijwoont"),
        Rel(_EV_JUNI.iri, PART, I_CVM, "spreekt namens het"),
        # The committee at its own hearing is not a participant (set I).
        *[Rel(_EV_HOOR.iri, PART, x.iri, "Aan haar hoorzitting") for x in (_RIZIV, _ZIN, _CNS)],
        Rel(_WG_GGZ.iri, SUB, _DC_VG.iri, "die onder het Directiecomité Volksgezondheid valt"),
        *[
            Rel(_WG_GGZ.iri, PART, x.iri, "In die werkgroep hebben")
            for x in (_DEP_ZORG, _AVIQ, _VWS, _DSANTE)
        ],
        Rel(_WG_GGZ.iri, PART, NRW, "Noordrijn-Westfalen volgt het"),
        Rel(_MONDRIAAN.iri, COOP, _ZOL.iri, "werkt de ggz-instelling Mondriaan"),
        # "trekt samen op met X en met Y": two relations (set J); the country is the subject.
        Rel(LU, COOP, _GRAND_EST.iri, "Luxemburg trekt hierin samen op"),
        Rel(LU, COOP, _RLP.iri, "Luxemburg trekt hierin samen op"),
        # "is lid van …, waarin ook X en Y meewerken": three participants (set F's "waarin").
        *[Rel(_PLATFORM.iri, PART, x.iri, "is sinds vorig") for x in (_CHNP, _113, _VLESP)],
        Rel(_R1012_IRI, PASSED, I_BP, "De aanbeveling is aangenomen"),
        Rel(_R1012_IRI, DATE, "2030-06-15", "De aanbeveling is aangenomen"),
        # The Committee answers the Parliament's recommendations (seed rule).
        Rel(_R1004.iri, PASSED, I_BP, "heeft uw aanbeveling 1004/2"),
        Rel(_M2030_2_IRI, PASSED, I_CVM, "Op 11 maart 2030 stelde het"),
        Rel(_M2030_2_IRI, DATE, "2030-03-11", "Op 11 maart 2030 stelde het"),
        Rel(_M2030_2_IRI, AMENDS, _M2021_8_IRI, "zij vervangt Aanbeveling"),
        Rel(_M2021_8_IRI, PASSED, I_CVM, "zij vervangt Aanbeveling"),
        # A beschikking in preparation is the Committee's (seed rule, set M); no date.
        Rel(_D_CRISIS.iri, PASSED, I_CVM, "erkenning van crisiskaarten voor"),
        Rel(_BUREAU.iri, SUB, I_BP, "Het Bureau van het Beneluxparlement"),
        # The Bureau's proposal "Zo wordt besloten": a settled plan (set J); the Baltic
        # Assembly, invited but silent, is not a participant.
        Rel(_EV_CONF.iri, PART, I_BP, "Het Bureau van het Beneluxparlement"),
        Rel(_EV_CONF.iri, PART, NR, "Het Bureau van het Beneluxparlement"),
    ],
)

# --- s02: minutes of the 23rd meeting of the Directiecomité Justitie en Binnenlandse Zaken ----
_S02 = "s02_minutes_court_translation"
_DC_JBZ = Ent(
    _DC_JBZ_IRI,
    "WorkingGroup",
    "Directiecomité Justitie en Binnenlandse Zaken",
    ["DIRECTIECOMITÉ JUSTITIE EN BINNENLANDSE ZAKEN", "Directiecomité"],
)
_EV_S02 = event(
    "Vergadering van het Directiecomité Justitie en Binnenlandse Zaken van 19 februari 2030",
    "23e vergadering, dinsdag 19 februari 2030",
    slug="vergadering-directiecomite-justitie-en-binnenlandse-zaken-2030-02-19",
)
_EV_S02_PREV = event(
    "Vergadering van het Directiecomité Justitie en Binnenlandse Zaken van 26 november 2029",
    "vergadering van 26 november 2029",
    slug="vergadering-directiecomite-justitie-en-binnenlandse-zaken-2029-11-26",
)
_EV_S02_NEXT = event(
    "Vergadering van het Directiecomité Justitie en Binnenlandse Zaken van 28 mei 2030",
    "volgende vergadering",
    slug="vergadering-directiecomite-justitie-en-binnenlandse-zaken-2030-05-28",
)
_EV_CVM_S02 = Ent(
    _EV_CVM_IRI,
    "Meeting",
    "Vergadering van het Comité van Ministers van 17 juni 2030",
    ["vergadering van 17 juni 2030"],
)
_OM = body("Openbaar Ministerie")
_OVB = org("Orde van Vlaamse Balies")
_WG_VERT = wg("Benelux-werkgroep Gerechtelijke Vertalingen")
_BTV = body("Bureau beëdigde tolken en vertalers")
_RVR = body("Raad voor Rechtsbijstand")
_CSJ = body("Cour supérieure de justice")
_M2022_10 = m_number(
    "M(2022)10",
    "Recommendation",
    "Aanbeveling M (2022) 10 van 5 december 2022 inzake de inzet van tolken in grensoverschrijdende strafzaken",
)
_D_VERT = ins(
    "Beschikking over de wederzijdse erkenning van beëdigde vertalingen",
    "Decision",
    "beschikking over de wederzijdse erkenning van beëdigde vertalingen",
)
SPECS[_S02] = (
    [
        bu("BENELUX UNIE", "Benelux Unie"),
        _DC_JBZ,
        _EV_S02,
        sg(),
        person("Veerle Daems"),
        _FOD_JUS,
        person("Sander Kok"),
        _JENV,
        person("Nathalie Weis"),
        _MJ_LU,
        person("Ruud Hamers"),
        person("Katja Brenner"),
        _JUSTIZ,
        region(NRW, "Noordrijn-Westfalen"),
        _OM,
        person("Hanne Vos", "Vos"),
        _OVB,
        _EV_S02_PREV,
        _WG_VERT,
        _BTV,
        _RVR,
        _CSJ,
        _M2022_10,
        _EJN,
        act("Verordening (EU) 2020/1784"),
        act("Richtlijn 2010/64/EU"),
        country(FR, "Frankrijk"),
        _SENN,
        country(NL, "Nederland"),
        country(LU, "Luxemburg"),
        country(BE, "België"),
        _D_VERT,
        csg(),
        cvm("Comité van Ministers"),
        _EV_CVM_S02,
        _EV_S02_NEXT,
    ],
    [
        Rel(I_SG, SUB, BU, "Secretariaat-Generaal van de Benelux Unie, Regentschapsstraat"),
        # The "Aanwezig:" list (members, the secretary, the observer) and the guest at one
        # agenda item take part in the meeting (set P); the members, the observer and the
        # excused member are participants of the Directiecomité, the secretariat is not.
        Rel(_EV_S02.iri, PART, _FOD_JUS.iri, "Veerle Daems (FOD Justitie)"),
        Rel(_EV_S02.iri, PART, _JENV.iri, "Sander Kok (Ministerie"),
        Rel(_EV_S02.iri, PART, _MJ_LU.iri, "Nathalie Weis (Ministère"),
        Rel(_EV_S02.iri, PART, I_SG, "Ruud Hamers (Secretariaat-Generaal)"),
        Rel(_EV_S02.iri, PART, _JUSTIZ.iri, "Katja Brenner (Justizministerium"),
        Rel(_EV_S02.iri, PART, _OVB.iri, "Hanne Vos (Orde"),
        Rel(_DC_JBZ_IRI, PART, _FOD_JUS.iri, "Veerle Daems (FOD Justitie)"),
        Rel(_DC_JBZ_IRI, PART, _JENV.iri, "Sander Kok (Ministerie"),
        Rel(_DC_JBZ_IRI, PART, _MJ_LU.iri, "Nathalie Weis (Ministère"),
        Rel(_DC_JBZ_IRI, PART, _JUSTIZ.iri, "Katja Brenner (Justizministerium"),
        Rel(_DC_JBZ_IRI, PART, _OM.iri, "Verontschuldigd (lid)"),
        # NRW only says where the ministry sits (sets J, P): no relation.
        Rel(_WG_VERT.iri, SUB, _DC_JBZ_IRI, "De werkgroep ressorteert onder dit"),
        # "Naast de drie justitieministeries": the three named in the attendance list (set J).
        *[
            Rel(_WG_VERT.iri, PART, x.iri, "Naast de drie")
            for x in (_FOD_JUS, _JENV, _MJ_LU, _BTV, _CSJ)
        ],
        Rel(_BTV.iri, SUB, _RVR.iri, "Naast de drie"),
        Rel(_WG_VERT.iri, COOP, _EJN.iri, "werkt daarbij samen met het Europees"),
        Rel(_M2022_10.iri, PASSED, I_CVM, "evalueert Aanbeveling M (2022) 10"),
        Rel(_M2022_10.iri, DATE, "2022-12-05", "evalueert Aanbeveling M (2022) 10"),
        # France "neemt niet aan de werkgroep deel"; the Senningenoverleg is only named;
        # "Nederland en Luxemburg willen meedoen" in a trial that is no entity.
        Rel(_D_VERT.iri, PASSED, I_CVM, "Het Directiecomité stemt in met de tekst"),
        # "brengt … verslag uit aan" reads as "rapporteert aan" (set L).
        Rel(_DC_JBZ_IRI, SUB, I_CSG, "brengt op 12 maart 2030 verslag uit"),
    ],
)

# --- s03: annual plan 2030, chapter 5 (soil and sediments) ----------------------------------
_S03 = "s03_annual_plan_soil_sediments"
_M2017_9_S03 = Ent(
    _M2017_9_IRI, "Decision", "M(2017)9", ["Beschikking M (2017) 9 van 12 juni 2017"]
)
_M2023_12_S03 = Ent(_M2023_12_IRI, "Decision", "M(2023)12", ["Beschikking M (2023) 12"])
_WG_BODEM = wg("Benelux-werkgroep Bodem")
_DC_LM_S03 = Ent(
    _DC_LM_IRI,
    "WorkingGroup",
    "Directiecomité Leefmilieu",
    ["Directiecomité Leefmilieu", "Directiecomité"],
)
_BODEMPLUS = Ent("id/organisation/bodemplus", "NationalBody", "Bodem+", ["Bodem+"])
_R_BODEM = ins(
    "Aanbeveling over bodemverontreiniging in de grensstreek",
    "Recommendation",
    "aanbeveling over bodemverontreiniging in de grensstreek",
)
_EV_BODEMDAG = event("Benelux-bodemdag")
SPECS[_S03] = (
    [
        bu(),
        _M2017_9_S03,
        _M2023_12_S03,
        cvm("Comité van Ministers"),
        _WG_BODEM,
        _DC_LM_S03,
        Ent(
            I_CSG,
            "Institution",
            "College van Secretarissen-Generaal",
            ["College van Secretarissen-Generaal", "College"],
        ),
        _OVAM,
        _SPW,
        _LB,
        _AEV,
        _BODEMPLUS,
        _RWS,
        _LANUK,
        region(NRW, "Noordrijn-Westfalen"),
        _WG_SED,
        _DVW,
        country(FR, "Frankrijk"),
        _VNSC,
        _IMC,
        _REG_1157,
        act("Richtlijn 2000/60/EG"),
        bp("Beneluxparlement", "Parlement"),
        _R_BODEM,
        Ent(_WAG_IRI, "NationalBody", "Waals Gewest", ["Waals Gewest"]),
        sg(),
        _EV_BODEMDAG,
        Ent("id/region/grand-est", "NeighbouringRegion", "Grand-Est", ["Région Grand Est"]),
        _BZR_DUS,
        region(HDF, "Hauts-de-France"),
    ],
    [
        Rel(_M2017_9_IRI, PASSED, I_CVM, "Sinds Beschikking M (2017) 9"),
        Rel(_M2017_9_IRI, DATE, "2017-06-12", "Sinds Beschikking M (2017) 9"),
        # "heeft die beschikking in 2023 bij Beschikking M (2023) 12 uitgebreid tot" (set C's
        # "verlengd en uitgebreid bij", set L's "breidde haar uit tot").
        Rel(_M2023_12_IRI, AMENDS, _M2017_9_IRI, "bij Beschikking M (2023) 12 uitgebreid"),
        Rel(_M2023_12_IRI, PASSED, I_CVM, "bij Beschikking M (2023) 12 uitgebreid"),
        Rel(_M2023_12_IRI, DATE, "2023", "bij Beschikking M (2023) 12 uitgebreid"),
        Rel(_WG_BODEM.iri, SUB, _DC_LM_IRI, "die is ingebed in"),
        Rel(_DC_LM_IRI, SUB, I_CSG, "een van de directiecomités van het College"),
        *[
            Rel(_WG_BODEM.iri, PART, x.iri, "In de werkgroep hebben de OVAM")
            for x in (_OVAM, _SPW, _LB, _AEV, _BODEMPLUS)
        ],
        # The apposition "Bodem+, het kenniscentrum van Rijkswaterstaat" (set L).
        Rel(_BODEMPLUS.iri, SUB, _RWS.iri, "het kenniscentrum van"),
        # A member joining in the plan year (set J); NRW only says where the LANUK sits.
        Rel(_WG_BODEM.iri, PART, _LANUK.iri, "treedt in 2030 toe"),
        Rel(_OVAM.iri, COOP, _BODEMPLUS.iri, "De OVAM en Bodem+ werken"),
        # Settled future (set J): "zal … ressorteren", "hebben toegezegd mee te doen",
        # "zal samenwerken met … en met". France "is geen lid".
        Rel(_WG_SED.iri, SUB, _DC_LM_IRI, "die onder hetzelfde Directiecomité"),
        *[
            Rel(_WG_SED.iri, PART, x.iri, "hebben toegezegd mee te doen")
            for x in (_RWS, _DVW, _SPW)
        ],
        Rel(_WG_SED.iri, COOP, _VNSC.iri, "De werkgroep zal samenwerken met"),
        Rel(_WG_SED.iri, COOP, _IMC.iri, "De werkgroep zal samenwerken met"),
        Rel(_R_BODEM.iri, PASSED, I_BP, "die het in 2029 aannam"),
        Rel(_R_BODEM.iri, DATE, "2029", "die het in 2029 aannam"),
        # "Het College onderzoekt dit … samen met X en het Y" (set F's "Samen met … verkent").
        Rel(I_CSG, COOP, _OVAM.iri, "Het College onderzoekt dit"),
        Rel(I_CSG, COOP, _WAG_IRI, "Het College onderzoekt dit"),
        # Organiser, co-organiser and two bodies that "zullen er als sprekers aanschuiven";
        # Hauts-de-France is only invited.
        Rel(_EV_BODEMDAG.iri, PART, I_SG, "organiseert het Secretariaat-Generaal in Metz"),
        Rel(
            _EV_BODEMDAG.iri,
            PART,
            "id/region/grand-est",
            "organiseert het Secretariaat-Generaal in Metz",
        ),
        Rel(_EV_BODEMDAG.iri, PART, _LANUK.iri, "als sprekers aanschuiven"),
        Rel(_EV_BODEMDAG.iri, PART, _BZR_DUS.iri, "als sprekers aanschuiven"),
    ],
)

# --- s04: press release of the FOD Mobiliteit en Vervoer (18 June 2030) ----------------------
_S04 = "s04_press_airport_noise"
_MOU_S04 = Ent(
    _MOU_IRI,
    "Declaration",
    _MOU_LABEL,
    ["memorandum van overeenstemming over geluidshinder rond grensluchthavens"],
)
_EV_CVM_S04 = Ent(
    _EV_CVM_IRI,
    "Meeting",
    "Vergadering van het Comité van Ministers van 17 juni 2030",
    ["vergadering van het Comité van Ministers van de Benelux Unie"],
)
_MEETNET = wg("Benelux-meetnet Luchtvaartgeluid")
_LIEGE = org("Liège Airport")
_WEEZE = org("Airport Weeze")
_MAA = org("Maastricht Aachen Airport")
_LUXAIRPORT = org("Luxembourg Airport")
_M2030_5_S04 = Ent(
    _M2030_5_IRI,
    "Decision",
    "M(2030)5",
    ["Beschikking M (2030) 5 inzake geharmoniseerde geluidsmetingen rond luchthavens"],
)
_R1009_S04 = Ent(
    _R1009_IRI,
    "Recommendation",
    _R1009_LABEL,
    ["aanbeveling 1009/2 over geluidshinder rond regionale luchthavens"],
)
SPECS[_S04] = (
    [
        _FOD_MV,
        region(NRW, "Noordrijn-Westfalen"),
        country(BE, "België"),
        country(NL, "Nederland"),
        country(LU, "Luxemburg"),
        _MOU_S04,
        person("Daniela Hoff"),
        _EV_CVM_S04,
        cvm("Comité van Ministers", "Comité"),
        bu(),
        person("Lotte Verbeek"),
        person("Marc Kayser"),
        person("Pieter De Smet"),
        _MEETNET,
        _DC_VV,
        sg(),
        _SKEYES,
        _LVNL,
        _ANA,
        Ent(_WAG_IRI, "NationalBody", "Waals Gewest", ["Wallonië"]),
        _LIEGE,
        _BZR_DUS,
        _WEEZE,
        country(FR, "Frankrijk"),
        _MAA,
        _EUROCONTROL,
        _MUAC,
        _M2030_5_S04,
        act("Richtlijn 2002/49/EG"),
        act("Verordening (EU) nr. 598/2014"),
        _R1009_S04,
        bp("Beneluxparlement"),
        _LUXAIRPORT,
    ],
    [
        # "Gisteren" against the dateline (18 June 2030); the signatories "de ministers van
        # Mobiliteit van België, Nederland en Luxemburg" and NRW that "zette zijn handtekening".
        *[Rel(_MOU_IRI, PART, x, "Gisteren ondertekenden de ministers") for x in (BE, NL, LU)],
        Rel(_MOU_IRI, DATE, "2030-06-17", "Gisteren ondertekenden de ministers"),
        Rel(_MOU_IRI, PART, NRW, "Ook Noordrijn-Westfalen zette"),
        # The chairing state and the states "vertegenwoordigd door" ministers (set Q).
        Rel(_EV_CVM_IRI, PART, BE, "De ondertekening vond plaats"),
        Rel(_EV_CVM_IRI, PART, NL, "Nederland was er vertegenwoordigd"),
        Rel(_EV_CVM_IRI, PART, LU, "Nederland was er vertegenwoordigd"),
        Rel(I_CVM, SUB, BU, "De ondertekening vond plaats"),
        # The network set up by the memorandum gets no relation to it (set J).
        Rel(_MEETNET.iri, SUB, _DC_VV.iri, "Het meetnet valt onder"),
        # "wordt gecoördineerd door" (sets G/H: a coordinating body takes part).
        Rel(_MEETNET.iri, PART, I_SG, "Het meetnet valt onder"),
        *[
            Rel(_MEETNET.iri, PART, x.iri, "nemen aan het meetnet deel")
            for x in (_SKEYES, _LVNL, _ANA)
        ],
        Rel(_MEETNET.iri, PART, _WAG_IRI, "dat bevoegd is voor Liège Airport"),
        Rel(_MEETNET.iri, PART, _BZR_DUS.iri, "volgt het werk voor Airport Weeze"),
        # France "is geïnformeerd, maar geen partij"; Eurocontrol's MUAC only supplies data;
        # Luxembourg Airport "wil later aansluiten; een besluit is er nog niet".
        Rel(_MUAC.iri, SUB, _EUROCONTROL.iri, "Eurocontrol stelt via zijn"),
        Rel(_LVNL.iri, COOP, _SKEYES.iri, "LVNL werkt voor de naderingen"),
        # "X en Y slaan de handen ineen": one relation, subject first (set I).
        Rel(_LIEGE.iri, COOP, _MAA.iri, "slaan bovendien de handen"),
        Rel(_M2030_5_IRI, PASSED, I_CVM, "Tijdens dezelfde vergadering stelde"),
        Rel(_M2030_5_IRI, DATE, "2030-06-17", "Tijdens dezelfde vergadering stelde"),
        Rel(_R1009_IRI, PASSED, I_BP, "Het memorandum geeft gevolg"),
        Rel(_R1009_IRI, DATE, "2030-03-23", "Het memorandum geeft gevolg"),
    ],
)

# --- s05: Benelux Publicatieblad 2030-2 (January-June 2030) ---------------------------------
_S05 = "s05_journal_index"
_M2030_1 = m_number(
    "M(2030)1",
    "Decision",
    "M (2030) 1",
    "Beschikking tot wijziging van de Beschikking M (2017) 9 inzake het grensoverschrijdend grondverzet",
)
_M2017_9_S05 = Ent(_M2017_9_IRI, "Decision", "M(2017)9", ["M (2017) 9"])
_M2023_12_S05 = Ent(_M2023_12_IRI, "Decision", "M(2023)12", ["M (2023) 12"])
_M2030_2_S05 = Ent(
    _M2030_2_IRI,
    "Recommendation",
    "M(2030)2",
    ["M (2030) 2", "Aanbeveling betreffende de uitwisseling van gegevens bij crisisopnames"],
)
_M2021_8_S05 = Ent(_M2021_8_IRI, "Recommendation", "M(2021)8", ["Aanbeveling M (2021) 8"])
_M2030_3 = m_number(
    "M(2030)3",
    "Decision",
    "M (2030) 3",
    "Beschikking tot instelling van de Benelux-werkgroep Sedimenten",
)
_M2030_4 = m_number(
    "M(2030)4",
    "Decision",
    "M (2030) 4",
    "Beschikking inzake de wederzijdse erkenning van beëdigde vertalingen",
)
_M2030_5_S05 = Ent(
    _M2030_5_IRI,
    "Decision",
    "M(2030)5",
    ["M (2030) 5", "Beschikking inzake geharmoniseerde geluidsmetingen rond luchthavens"],
)
_M2030_6 = m_number(
    "M(2030)6",
    "Decision",
    "M (2030) 6",
    "Beschikking houdende wijziging van de Beschikking M (2030) 4 inzake de wederzijdse erkenning van beëdigde vertalingen",
)
_MOU_S05 = Ent(
    _MOU_IRI,
    "Declaration",
    _MOU_LABEL,
    [
        "Memorandum van overeenstemming tussen het Koninkrijk België, het Koninkrijk der Nederlanden, het Groothertogdom Luxemburg en het Land Noordrijn-Westfalen inzake geluidshinder rond grensluchthavens"
    ],
)
_UA_GV = ins(
    "Uitvoeringsafspraak tussen het Vlaams Gewest en het Koninkrijk der Nederlanden inzake grensoverschrijdend grondverzet",
    "Agreement",
)
_UA_OLD = ins("Uitvoeringsafspraak grondverzet van 3 oktober 2018", "Agreement")
_R1009_S05 = Ent(_R1009_IRI, "Recommendation", _R1009_LABEL, [_R1009_LABEL])
_R1012_S05 = Ent(_R1012_IRI, "Recommendation", _R1012_LABEL, [_R1012_LABEL])
SPECS[_S05] = (
    [
        sg(),
        bu(),
        cvm("COMITÉ VAN MINISTERS"),
        _M2030_1,
        _M2017_9_S05,
        _M2023_12_S05,
        _M2030_2_S05,
        _M2021_8_S05,
        _M2030_3,
        _WG_SED,
        Ent(_DC_LM_IRI, "WorkingGroup", "Directiecomité Leefmilieu", ["Directiecomité Leefmilieu"]),
        region(NRW, "Noordrijn-Westfalen"),
        _M2030_4,
        _M2030_5_S05,
        _M2030_6,
        _MOU_S05,
        country(BE, "België", "Koninkrijk België"),
        country(NL, "Nederland", "Koninkrijk der Nederlanden"),
        country(LU, "Luxemburg", "Groothertogdom Luxemburg"),
        _UA_GV,
        Ent(_VLG_IRI, "NationalBody", "Vlaams Gewest", ["Vlaams Gewest"]),
        _UA_OLD,
        bp("BENELUX-PARLEMENT"),
        _R1009_S05,
        _R1012_S05,
    ],
    [
        Rel(I_SG, SUB, BU, "Uitgegeven door het Secretariaat-Generaal van de Benelux Unie"),
        # "tot wijziging van … zoals gewijzigd bij" gives both amendments (set K).
        Rel(_M2030_1.iri, PASSED, I_CVM, "M (2030) 1 Beschikking tot wijziging"),
        Rel(_M2030_1.iri, DATE, "2030-03-11", "M (2030) 1 Beschikking tot wijziging"),
        Rel(_M2030_1.iri, AMENDS, _M2017_9_IRI, "M (2030) 1 Beschikking tot wijziging"),
        Rel(_M2017_9_IRI, PASSED, I_CVM, "M (2030) 1 Beschikking tot wijziging"),
        Rel(_M2023_12_IRI, AMENDS, _M2017_9_IRI, "zigd bij Beschikking M (2023) 12"),
        Rel(_M2023_12_IRI, PASSED, I_CVM, "zigd bij Beschikking M (2023) 12"),
        # The rectification gives the right date (sets K, L, P).
        Rel(_M2023_12_IRI, DATE, "2023-12-18", "moet bij Beschikking M (2023) 12"),
        Rel(_M2030_2_IRI, PASSED, I_CVM, "M (2030) 2 Aanbeveling betreffende"),
        Rel(_M2030_2_IRI, DATE, "2030-03-11", "M (2030) 2 Aanbeveling betreffende"),
        Rel(_M2030_2_IRI, AMENDS, _M2021_8_IRI, "Deze aanbeveling vervangt"),
        Rel(_M2021_8_IRI, PASSED, I_CVM, "Deze aanbeveling vervangt"),
        Rel(_M2030_3.iri, PASSED, I_CVM, "M (2030) 3 Beschikking tot instelling"),
        Rel(_M2030_3.iri, DATE, "2030-03-11", "M (2030) 3 Beschikking tot instelling"),
        # The note line under the entry (sets L, M, P).
        Rel(_WG_SED.iri, SUB, _DC_LM_IRI, "De werkgroep ressorteert onder het Directiecomité"),
        Rel(_WG_SED.iri, PART, NRW, "neemt als waarnemer deel"),
        Rel(_M2030_4.iri, PASSED, I_CVM, "M (2030) 4 Beschikking inzake"),
        Rel(_M2030_4.iri, DATE, "2030-06-17", "M (2030) 4 Beschikking inzake"),
        Rel(_M2030_5_IRI, PASSED, I_CVM, "M (2030) 5 Beschikking inzake"),
        Rel(_M2030_5_IRI, DATE, "2030-06-17", "M (2030) 5 Beschikking inzake"),
        Rel(_M2030_6.iri, PASSED, I_CVM, "M (2030) 6 Beschikking houdende wijziging"),
        Rel(_M2030_6.iri, DATE, "2030-06-17", "M (2030) 6 Beschikking houdende wijziging"),
        Rel(_M2030_6.iri, AMENDS, _M2030_4.iri, "M (2030) 6 Beschikking houdende wijziging"),
        # The parties of a title are its participants (seed rule); the signing date counts.
        *[
            Rel(_MOU_IRI, PART, x, "Memorandum van overeenstemming tussen het Koninkrijk")
            for x in (BE, NL, LU, NRW)
        ],
        Rel(_MOU_IRI, DATE, "2030-06-17", "Memorandum van overeenstemming tussen het Koninkrijk"),
        Rel(_UA_GV.iri, PART, _VLG_IRI, "Uitvoeringsafspraak tussen het Vlaams Gewest"),
        Rel(_UA_GV.iri, PART, NL, "Uitvoeringsafspraak tussen het Vlaams Gewest"),
        Rel(_UA_GV.iri, DATE, "2030-05-28", "Uitvoeringsafspraak tussen het Vlaams Gewest"),
        # "Deze uitvoeringsafspraak vervangt …" (set F: vervangt is eli:amends).
        Rel(_UA_GV.iri, AMENDS, _UA_OLD.iri, "Deze uitvoeringsafspraak vervangt"),
        Rel(_UA_OLD.iri, DATE, "2018-10-03", "Deze uitvoeringsafspraak vervangt"),
        # The section heading "C. BENELUX-PARLEMENT" names the issuing body (set K).
        Rel(_R1009_IRI, PASSED, I_BP, "Aanbeveling 1009/2 over geluidshinder"),
        Rel(_R1009_IRI, DATE, "2030-03-23", "Aanbeveling 1009/2 over geluidshinder"),
        Rel(_R1012_IRI, PASSED, I_BP, "Aanbeveling 1012/2 over geestelijke"),
        Rel(_R1012_IRI, DATE, "2030-06-15", "Aanbeveling 1012/2 over geestelijke"),
    ],
)

# --- s06: evaluation of the Benelux Startup Netwerk 2026-2029, chapter 3 ---------------------
_S06 = "s06_evaluation_startups"
_NET = wg("Benelux Startup Netwerk")
_IV_SU = ins(
    "Benelux-intentieverklaring over startups en scale-ups",
    "Declaration",
    "Benelux-intentieverklaring over startups en scale-ups",
)
_HUB = body("hub.brussels")
_WE = body("Wallonie Entreprendre")
_RVO = body("Rijksdienst voor Ondernemend Nederland")
_TECHLEAP = org("Techleap")
_LUXINNO = body("Luxinnovation")
_HOS = body("House of Startups")
_NRWGB = org("NRW.Global Business")
_EEN = wg("Enterprise Europe Network")
_EV_SUD = event("Benelux Startup Days")
_BRAINPORT = org("Brainport Development")
SPECS[_S06] = (
    [
        _NET,
        _IV_SU,
        country(BE, "België"),
        country(NL, "Nederland"),
        country(LU, "Luxemburg"),
        _DC_IM,
        csg(),
        sg(),
        _VLAIO,
        _HUB,
        _WE,
        _RVO,
        _TECHLEAP,
        _LUXINNO,
        _HOS,
        Ent(
            NRW,
            "NeighbouringRegion",
            "Noordrijn-Westfalen",
            ["Noordrijn-Westfalen", "NRW"],
            not_in=["NRW.Global Business"],
        ),
        _NRWGB,
        region(HDF, "Hauts-de-France"),
        _EEN,
        Ent(EC, "ExternalOrganisation", "Europese Commissie", ["Europese Commissie"]),
        act("Richtlijn (EU) 2019/1151"),
        _EV_SUD,
        _BRAINPORT,
        org("La French Tech"),
        cvm("Comité van Ministers"),
        org("IDEA Consult"),
        bu(),
    ],
    [
        # The signatories "de ministers van Economie van België, Nederland en Luxemburg".
        *[Rel(_IV_SU.iri, PART, x, "die de ministers van Economie") for x in (BE, NL, LU)],
        Rel(_IV_SU.iri, DATE, "2026-02-09", "die de ministers van Economie"),
        # A network set up after a declaration gets no relation to it (set J).
        Rel(_NET.iri, SUB, _DC_IM.iri, "Het netwerk valt onder het Directiecomité"),
        # "dat op zijn beurt verantwoording aflegt aan" (sets J, K, Q).
        Rel(_DC_IM.iri, SUB, I_CSG, "Het netwerk valt onder het Directiecomité"),
        # The table's partner and role columns give participants; its country column does
        # not (set L). The Secretariat-General "voert het secretariaat": no relation (set P).
        Rel(_NET.iri, PART, _VLAIO.iri, "België      Agentschap Innoveren"),
        Rel(_NET.iri, PART, _HUB.iri, "België      hub.brussels"),
        Rel(_NET.iri, PART, _WE.iri, "Wallonie Entreprendre trad in 2027 toe"),
        Rel(_NET.iri, PART, _RVO.iri, "Nederland   Rijksdienst"),
        Rel(_NET.iri, PART, _TECHLEAP.iri, "Nederland   Techleap"),
        Rel(_NET.iri, PART, _LUXINNO.iri, "Luxemburg   Luxinnovation"),
        Rel(_NET.iri, PART, _HOS.iri, "Luxemburg   House of Startups"),
        # The observer; NRW only says whose agency it is (sets J, L). Hauts-de-France "heeft
        # belangstelling getoond, maar is geen partner geworden".
        Rel(_NET.iri, PART, _NRWGB.iri, "volgt het werk sinds 2027 als waarnemer"),
        Rel(_NET.iri, COOP, _EEN.iri, "Het netwerk werkt samen met het Enterprise"),
        # "X van de Europese Commissie" (set L's "X van Y").
        Rel(_EEN.iri, SUB, EC, "Het netwerk werkt samen met het Enterprise"),
        # "X en Y trekken samen op": one relation, subject first (set I).
        Rel(_TECHLEAP.iri, COOP, _LUXINNO.iri, "Techleap en Luxinnovation trekken"),
        # Organisers, a body "met medewerking van" which the event was organised, and two
        # bodies that "stuurden een delegatie"; La French Tech "kwam niet".
        Rel(_EV_SUD.iri, PART, _RVO.iri, "werd georganiseerd door de Rijksdienst"),
        Rel(_EV_SUD.iri, PART, _VLAIO.iri, "werd georganiseerd door de Rijksdienst"),
        Rel(_EV_SUD.iri, PART, _BRAINPORT.iri, "werd georganiseerd door de Rijksdienst"),
        Rel(_EV_SUD.iri, PART, _LUXINNO.iri, "stuurden een delegatie"),
        Rel(_EV_SUD.iri, PART, _HOS.iri, "stuurden een delegatie"),
        Rel(I_SG, SUB, BU, "in opdracht van het Secretariaat-Generaal van de Benelux Unie"),
    ],
)


def main(argv: list[str]) -> None:
    _A.main(argv, SPECS)  # write and verify gold/*.json, or review one document


if __name__ == "__main__":
    main(sys.argv)
