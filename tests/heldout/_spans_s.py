# ruff: noqa: E501, F405  (the annotation tables hold long Dutch titles verbatim)
"""Gold standard of development set S (tests/heldout/gold/t01…t06).

Set S was written in session 9 by a helper that never read the extractor's code, patterns,
reference data or output, never ran the extractor or ``evaluate_set.py``, and never opened the
held-out sets B, N and O. It has one document of each kind, on policy fields the other sets do
not cover: a Kamerbrief (animal welfare in transport and at cattle markets), written questions
in the Vlaams Parlement with the minister's answers (cross-border funerals and the transport of
mortal remains), a news page of the Benelux Parliament (broadband in the border area), a chapter
of the annual report 2028 (light pollution and dark-sky areas), a Benelux Publicatieblad index
(January-June 2029) and the joint communiqué of the Benelux summit of 5 November 2029 (military
mobility). Relations are stated by "ressorteert onder", "rapporteert op zijn beurt aan", "deel
uitmaakt van", "verantwoording aflegt aan", "Onder de werkgroep valt", note lines; "zit voor",
"Namens/voor <land> … vertegenwoordigd / zitting", "schuift als waarnemer aan", "De andere leden
zijn", "volgt het werk als waarnemer", "brengt … bijeen", "als partner toegetreden", "trad toe",
"wordt gedragen door", "zitten samen aan tafel", "tekende mee", "sloot zich aan", "onderschreef",
"woonde bij", guests; "voert samen met … uit", "werkt samen met", "X en Y werken samen", "zal
nauw samenwerken met"; dates fronted, relative ("Dezelfde dag", "vandaag", "Op dezelfde dag als
de aanbeveling"), in an index and an erratum; "vervangt", "zal … vervangen", "tot wijziging van …
zoals gewijzigd bij"; and negations, invitations and interest that give no relation. The offset
helpers and the JSON writer are those of ``_spans.py`` (set A).

Usage::

    python tests/heldout/_spans_s.py              # write gold/t01…t06.json, verify every span
    python tests/heldout/_spans_s.py review DOC   # every hit and evidence in context
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import _spans as _A  # set A's module: its JSON writer and review (run as a script)
from _spans import *  # noqa: F403  (the vocabulary every set shares: _spans.__all__)

HERE = Path(__file__).resolve().parent

GRAND_EST = "id/region/grand-est"
RLP = "id/region/rijnland-palts"
HDF = "id/region/hauts-de-france"


def known(iri: str, cls: str, label: str, *names: str) -> Any:
    """An entity that already occurs in the seeds or the development sets (its IRI kept)."""
    return Ent(iri, cls, label, list(names) or [label])


def vlg(*names: str) -> Any:
    return known("id/organisation/vlaams-gewest", "NationalBody", "Vlaams Gewest", *names)


def wal(*names: str) -> Any:
    return known("id/organisation/waals-gewest", "NationalBody", "Waals Gewest", *names)


# Entities of the seeds and the development sets, with the IRIs they have there.
_LVVN = body("Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur")
_DC_LV = wg("Directiecomité Landbouw en Voedselveiligheid")
_DC_JBZ = wg("Directiecomité Justitie en Binnenlandse Zaken")
_DC_DIG = wg("Directiecomité Digitalisering")
_DC_LM = wg("Directiecomité Leefmilieu")
_NVWA = body(
    "Nederlandse Voedsel- en Warenautoriteit", "Nederlandse Voedsel- en Warenautoriteit", "NVWA"
)
_DO = body("Departement Omgeving")
_SPW = body("Service public de Wallonie")
_LB = body("Leefmilieu Brussel")
_ALVA = body(
    "Administration luxembourgeoise vétérinaire et alimentaire",
    "Administration luxembourgeoise vétérinaire et alimentaire",
    "ALVA",
)
_LAVE = known(
    "id/organisation/landesamt-fur-verbraucherschutz-und-ernahrung-van-noordrijn-westfalen",
    "ExternalOrganisation",
    "Landesamt für Verbraucherschutz und Ernährung van Noordrijn-Westfalen",
    "Landesamt für Verbraucherschutz und Ernährung van Noordrijn-Westfalen",
    "Landesamt",
)
_BHG = body("Brussels Hoofdstedelijk Gewest")
_DG = body("Duitstalige Gemeenschap")
_BZK = body("Ministerie van Binnenlandse Zaken en Koninkrijksrelaties")
_EMR = org("Euregio Maas-Rijn")
_VVSG = org(
    "Vereniging van Vlaamse Steden en Gemeenten",
    "Vereniging van Vlaamse Steden en Gemeenten",
    "VVSG",
)
_COMM_JBZ = known(
    "id/working-group/commissie-justitie-en-binnenlandse-zaken-van-het-benelux-parlement",
    "WorkingGroup",
    "Commissie Justitie en Binnenlandse Zaken van het Benelux-Parlement",
    "commissie Justitie en Binnenlandse Zaken van het Benelux-Parlement",
)
_COMM_ESZ = known(
    "id/working-group/commissie-economische-en-sociale-zaken-van-het-beneluxparlement",
    "WorkingGroup",
    "Commissie Economische en Sociale Zaken van het Beneluxparlement",
    "commissie Economische en Sociale Zaken van het Beneluxparlement",
)
_BUREAU = known(
    "id/working-group/bureau-van-het-benelux-parlement",
    "WorkingGroup",
    "Bureau van het Benelux-Parlement",
    "Bureau van het Beneluxparlement",
)
_BIPT = known(
    "id/organisation/bipt",
    "NationalBody",
    "BIPT",
    "Belgisch Instituut voor Postdiensten en Telecommunicatie",
    "BIPT",
)
_RDI = body(
    "Rijksinspectie Digitale Infrastructuur", "Rijksinspectie Digitale Infrastructuur", "RDI"
)
_ILR = body("Institut Luxembourgeois de Régulation", "Institut Luxembourgeois de Régulation", "ILR")
_WG_MC = wg("Werkgroep Mobiele Connectiviteit")
_IPR = org("Interregionale Parlementaire Raad")
_IENW = body("Ministerie van Infrastructuur en Waterstaat")
_RWS = body("Rijkswaterstaat")
_NAVO = org("NAVO")
_SENAAT = body("Senaat")
_NRVM = org("Noordse Raad van Ministers")
_BRVM = org("Baltische Raad van Ministers")
_V_NRW_2008 = known(
    "id/instrument/politieke-verklaring-benelux-noordrijn-westfalen",
    "Declaration",
    "Politieke verklaring Benelux-Noordrijn-Westfalen",
    "politieke verklaring van 2008",
)

# New to set S, shared by two or three of its documents.
_M2029_4_IRI = "id/instrument/m-2029-4"
_M2009_6_IRI = "id/instrument/m-2009-6"
_M2028_14_IRI = "id/instrument/m-2028-14"
_M2029_12_IRI = "id/instrument/m-2029-12"
_M2029_14_IRI = "id/instrument/m-2029-14"
_DECL_DIER_LABEL = "Intentieverklaring over dierentransporten bij hoge temperaturen"
_DECL_DIER_IRI = f"id/instrument/{_slug(_DECL_DIER_LABEL)}"
_R1007_LABEL = "Aanbeveling 1007/2 over snel internet in de grensstreek"
_R1007_IRI = f"id/instrument/{_slug(_R1007_LABEL)}"
_WG_LIJK = wg("Benelux-werkgroep Lijkbezorging")
_TF_GV = wg("Benelux-taskforce Glasvezel Grensstreek")
_TF_MM = wg("Benelux-taskforce Militaire Mobiliteit")
_GWP_2029 = ins("Gemeenschappelijk Werkprogramma 2029-2032", "LegalInstrument")

SPECS: dict[str, tuple[list[Any], list[Any]]] = {}

# --- t01: Kamerbrief (LVVN) on animal welfare in transport and at cattle markets ------------
_T01 = "t01_letter_animal_transport"
_EV_CD = event(
    "Commissiedebat Dierenwelzijn 7 februari 2029",
    "commissiedebat Dierenwelzijn van 7 februari 2029",
    slug="commissiedebat-dierenwelzijn-2029-02-07",
)
_M2029_4_T01 = Ent(_M2029_4_IRI, "Decision", "M(2029)4", ["Beschikking M (2029) 4"])
_M2009_6_T01 = Ent(_M2009_6_IRI, "Recommendation", "M(2009)6", ["Aanbeveling M (2009) 6"])
_DECL_DIER_T01 = Ent(
    _DECL_DIER_IRI,
    "Declaration",
    _DECL_DIER_LABEL,
    ["intentieverklaring over dierentransporten bij hoge temperaturen"],
)
_WG_DW = wg("Benelux-werkgroep Dierenwelzijn")
_EURCAW = org(
    "Europees referentiecentrum voor dierenwelzijn tijdens transport",
    "Europese referentiecentrum voor dierenwelzijn tijdens transport",
    "EURCAW-Transport",
)
_R1004 = ins(
    "Aanbeveling 1004/2 over dierenwelzijn op veemarkten",
    "Recommendation",
    "aanbeveling 1004/2 over dierenwelzijn op veemarkten",
)
SPECS[_T01] = (
    [
        _LVVN,
        tk("Tweede Kamer der Staten-Generaal", "uw Kamer"),
        _EV_CD,
        country(BE, "België"),
        country(LU, "Luxemburg"),
        country(NL, "Nederland"),
        act("Verordening (EG) nr. 1/2005", "Verordening (EG) nr. 1/2005", "Transportverordening"),
        cvm("Benelux Comité van Ministers", "Comité van Ministers"),
        _M2029_4_T01,
        _M2009_6_T01,
        vlg("Vlaanderen"),
        wal("Wallonië"),
        _DECL_DIER_T01,
        _BHG,
        country(FR, "Frankrijk"),
        _WG_DW,
        _DC_LV,
        csg(),
        _NVWA,
        _DO,
        _SPW,
        _LB,
        _ALVA,
        _LAVE,
        region(NRW, "Noordrijn-Westfalen"),
        _EURCAW,
        bp("Beneluxparlement"),
        _R1004,
        org("Eurogroup for Animals"),
        person("J.W. Hoekstra"),
    ],
    [
        # A fronted date and "Zij vervangt" (set F) for a decision replacing a recommendation.
        Rel(_M2029_4_IRI, PASSED, I_CVM, "Het Benelux Comité van Ministers heeft op 12 maart"),
        Rel(_M2029_4_IRI, DATE, "2029-03-12", "Het Benelux Comité van Ministers heeft op 12 maart"),
        Rel(_M2029_4_IRI, AMENDS, _M2009_6_IRI, "Zij vervangt Aanbeveling M (2009) 6"),
        Rel(_M2009_6_IRI, PASSED, I_CVM, "Zij vervangt Aanbeveling M (2009) 6"),
        # "Dezelfde dag" resolves to the date of the paragraph before (set J); the signatories
        # are named; Brussels "heeft zich … aangesloten" (set F); France only invited.
        *[
            Rel(_DECL_DIER_IRI, PART, x, "Dezelfde dag ondertekenden Nederland")
            for x in (NL, LU, "id/organisation/vlaams-gewest", "id/organisation/waals-gewest")
        ],
        Rel(_DECL_DIER_IRI, DATE, "2029-03-12", "Dezelfde dag ondertekenden Nederland"),
        Rel(_DECL_DIER_IRI, PART, _BHG.iri, "Hoofdstedelijk Gewest heeft zich op 2 april"),
        # "ressorteert onder" and "dat rapporteert op zijn beurt aan" (sets J, K, P).
        Rel(_WG_DW.iri, SUB, _DC_LV.iri, "De uitvoering ligt bij de Benelux-werkgroep"),
        Rel(_DC_LV.iri, SUB, I_CSG, "dat rapporteert op zijn beurt aan het College"),
        # The letterhead's ministry chairs (set K); "Namens Nederland is … vertegenwoordigd"
        # and "voor België/Luxemburg hebben … er zitting in": the country and the body.
        Rel(_WG_DW.iri, PART, _LVVN.iri, "Mijn ministerie zit de werkgroep voor"),
        Rel(_WG_DW.iri, PART, NL, "Namens Nederland is"),
        Rel(_WG_DW.iri, PART, _NVWA.iri, "Namens Nederland is"),
        *[Rel(_WG_DW.iri, PART, x, "hebben het Departement Omgeving") for x in (BE, LU)],
        *[
            Rel(_WG_DW.iri, PART, x.iri, "hebben het Departement Omgeving")
            for x in (_DO, _SPW, _LB, _ALVA)
        ],
        # An observer; NRW only nested in the office's name, and the footnote says it is
        # "betrokken, maar … geen lid": no relation (sets J, K).
        Rel(_WG_DW.iri, PART, _LAVE.iri, "schuift als waarnemer aan"),
        Rel(_NVWA.iri, COOP, _LAVE.iri, "De NVWA voert sinds vorig jaar samen met"),
        Rel(_WG_DW.iri, COOP, _EURCAW.iri, "De werkgroep werkt verder samen met"),
        # The Parliament's recommendation with its date in a relative clause; Eurogroup for
        # Animals "maakt geen deel uit": nothing.
        Rel(_R1004.iri, PASSED, I_BP, "Het Beneluxparlement vroeg in aanbeveling 1004/2"),
        Rel(_R1004.iri, DATE, "2028-12-09", "Het Beneluxparlement vroeg in aanbeveling 1004/2"),
    ],
)

# --- t02: written question in the Vlaams Parlement on cross-border funerals -----------------
_T02 = "t02_written_questions_funerals"
_REC_LIJK = ins(
    "Aanbeveling over het grensoverschrijdend vervoer van stoffelijke overschotten",
    "Recommendation",
    "aanbeveling over het grensoverschrijdend vervoer van stoffelijke overschotten",
)
_M2002_4 = m_number("M(2002)4", "Recommendation", "Aanbeveling M (2002) 4 inzake lijkvervoer")
_ABB = body("Agentschap Binnenlands Bestuur")
_BPB = body("Brussel Plaatselijke Besturen")
_MAI = body("Ministère des Affaires intérieures")
_EV_LIJK = event(
    "Vergadering Benelux-werkgroep Lijkbezorging 23 januari 2029",
    "vergadering van de werkgroep van 23 januari 2029",
    slug="vergadering-benelux-werkgroep-lijkbezorging-2029-01-23",
)
_FUNEBRA = org("Funebra")
_BGNU = org("BGNU")
SPECS[_T02] = (
    [
        body("Vlaams Parlement", "VLAAMS PARLEMENT"),
        person("Sander Moens", "SANDER MOENS"),
        person("Hilde Crevits", "HILDE CREVITS", "Hilde CREVITS"),
        vlg("Vlaamse Regering", "Vlaanderen"),
        act(
            "Overeenkomst van Straatsburg inzake het vervoer van lijken",
            "Overeenkomst van Straatsburg inzake het vervoer van lijken",
            "Overeenkomst van Straatsburg",
        ),
        region(NRW, "Noordrijn-Westfalen"),
        act("Decreet van 16 januari 2004 op de begraafplaatsen en de lijkbezorging"),
        known("id/organisation/raad-van-europa", "ExternalOrganisation", "Raad van Europa"),
        country(LU, "Luxemburg"),
        act("Overeenkomst van Berlijn"),
        cvm("Comité van Ministers"),
        _REC_LIJK,
        _M2002_4,
        _WG_LIJK,
        _DC_JBZ,
        csg(),
        _ABB,
        _BPB,
        _SPW,
        _BZK,
        _MAI,
        _DG,
        sg(),
        bu(),
        _EV_LIJK,
        _FUNEBRA,
        _BGNU,
        _EMR,
        _COMM_JBZ,
        bp("Benelux-Parlement"),
        _VVSG,
    ],
    [
        # A planned recommendation the Committee "zal … vaststellen" (set M): issuer and
        # "zal … vervangen" (set J), no date; the replaced one is dated in the sentence.
        Rel(_REC_LIJK.iri, PASSED, I_CVM, "Het Comité van Ministers bereidt een aanbeveling"),
        Rel(_REC_LIJK.iri, AMENDS, _M2002_4.iri, "zal Aanbeveling M (2002) 4"),
        Rel(_M2002_4.iri, PASSED, I_CVM, "zal Aanbeveling M (2002) 4"),
        Rel(_M2002_4.iri, DATE, "2002-06-27", "zal Aanbeveling M (2002) 4"),
        # "deel uitmaakt van" (set L); "Dat directiecomité rapporteert aan" (lower-case
        # anaphor, not a mention, but the subject of the relation).
        Rel(_WG_LIJK.iri, SUB, _DC_JBZ.iri, "De voorbereiding gebeurt in de Benelux-werkgroep"),
        Rel(_DC_JBZ.iri, SUB, I_CSG, "Dat directiecomité\nrapporteert aan"),
        # "Vlaanderen wordt … vertegenwoordigd door X" (set K: the region and the body);
        # "De andere leden zijn"; an observer by "volgt het werk … als waarnemer" (set Q).
        Rel(
            _WG_LIJK.iri, PART, "id/organisation/vlaams-gewest", "Vlaanderen wordt in de werkgroep"
        ),
        Rel(_WG_LIJK.iri, PART, _ABB.iri, "Vlaanderen wordt in de werkgroep"),
        *[
            Rel(_WG_LIJK.iri, PART, x.iri, "De andere leden zijn Brussel")
            for x in (_BPB, _SPW, _BZK, _MAI)
        ],
        Rel(_WG_LIJK.iri, PART, _DG.iri, "Duitstalige Gemeenschap volgt het werk"),
        # The secretariat gives no participation (set P); "van de Benelux Unie" the parent.
        Rel(I_SG, SUB, BU, "Het secretariaat\nberust bij"),
        # The meeting: its chair and the guests take part, not the group itself (set I).
        Rel(_EV_LIJK.iri, PART, _ABB.iri, "De vergadering van de werkgroep van 23 januari"),
        Rel(_EV_LIJK.iri, PART, _FUNEBRA.iri, "De beroepsfederaties Funebra en BGNU"),
        Rel(_EV_LIJK.iri, PART, _BGNU.iri, "De beroepsfederaties Funebra en BGNU"),
        Rel(_FUNEBRA.iri, COOP, _BGNU.iri, "Funebra werkt voor het nieuwe formulier"),
        Rel(_WG_LIJK.iri, COOP, _EMR.iri, "Daarnaast werkt de\nwerkgroep samen met"),
        # NRW "neemt niet … deel", only interested: nothing. The committee "van het
        # Benelux-Parlement" names its parent.
        Rel(_COMM_JBZ.iri, SUB, I_BP, "De commissie Justitie en Binnenlandse Zaken"),
        Rel(_ABB.iri, COOP, _VVSG.iri, "Wel stelt het Agentschap Binnenlands"),
    ],
)

# --- t03: news page of the Benelux Parliament, plenary session of March 2029 (broadband) ----
_T03 = "t03_news_parliament_broadband"
_EV_PZ03 = Ent(
    "id/event/plenaire-zitting-benelux-parlement-2029-03",
    "Meeting",
    "Plenaire zitting Benelux-Parlement maart 2029",
    ["plenaire zitting"],
    not_in=["volgende plenaire zitting"],
)
_EV_PZ06 = event(
    "Plenaire zitting Benelux-Parlement 15-16 juni 2029",
    "volgende plenaire zitting",
    slug="plenaire-zitting-benelux-parlement-2029-06",
)
_R1007_T03 = Ent(
    _R1007_IRI,
    "Recommendation",
    _R1007_LABEL,
    ["aanbeveling 1007/2 over snel internet in de grensstreek"],
)
_R933 = ins(
    "Aanbeveling 933/2 over digitale connectiviteit",
    "Recommendation",
    "aanbeveling 933/2 over digitale connectiviteit",
)
SPECS[_T03] = (
    [
        bp("BENELUXPARLEMENT", "Beneluxparlement", "Parlement"),
        _EV_PZ03,
        _SENAAT,
        _R1007_T03,
        _COMM_ESZ,
        _R933,
        person("Lies Vanderstraeten"),
        country(BE, "België"),
        act(
            "Verordening (EU) 2024/1309",
            "Verordening (EU) 2024/1309",
            "Gigabitinfrastructuurverordening",
        ),
        act("Richtlijn (EU) 2018/1972"),
        person("Paul Gindt"),
        country(LU, "Luxemburg"),
        person("Jorien de Haan"),
        country(NL, "Nederland"),
        _IPR,
        cvm("Comité van Ministers", "Comité"),
        person("Ruben Kooistra", "Kooistra"),
        _TF_GV,
        _DC_DIG,
        csg(),
        _BIPT,
        _RDI,
        _ILR,
        org("Proximus"),
        org("KPN"),
        org("POST Luxembourg"),
        _WG_MC,
        country(DE, "Duitsland"),
        org("Gigabit.NRW"),
        region(NRW, "Noordrijn-Westfalen", "Noordrijn-Westfalen", "NRW"),
        known(BA, "ExternalOrganisation", "Baltische Assemblee"),
        known(NR, "ExternalOrganisation", "Noordse Raad"),
        person("Frans Weekers"),
        bu(),
        _BUREAU,
        _EV_PZ06,
    ],
    [
        # Adopted on the Saturday of the session (set E), prepared in a committee "van het
        # Beneluxparlement" (the parent, set F); "Hij vervangt" (set F) with the year.
        Rel(_R1007_IRI, PASSED, I_BP, "Het Beneluxparlement heeft zaterdag 17 maart 2029"),
        Rel(_R1007_IRI, DATE, "2029-03-17", "Het Beneluxparlement heeft zaterdag 17 maart 2029"),
        Rel(_COMM_ESZ.iri, SUB, I_BP, "De tekst werd voorbereid in de commissie"),
        Rel(_R1007_IRI, AMENDS, _R933.iri, "Hij vervangt aanbeveling 933/2"),
        Rel(_R933.iri, PASSED, I_BP, "Hij vervangt aanbeveling 933/2"),
        Rel(_R933.iri, DATE, "2021", "Hij vervangt aanbeveling 933/2"),
        # "waarmee het Beneluxparlement … samenwerkt" (a relative clause, the Parliament first).
        Rel(I_BP, COOP, _IPR.iri, "wees op de Interregionale Parlementaire Raad"),
        # A body speaking "Namens" at the session (set K).
        Rel(_EV_PZ03.iri, PART, I_CVM, "Namens het Comité van Ministers lichtte"),
        # "valt onder … dat onder het College … valt": two levels. Set up by the Committee:
        # no relation for that (set M).
        Rel(_TF_GV.iri, SUB, _DC_DIG.iri, "die het Comité in 2028 instelde"),
        Rel(_DC_DIG.iri, SUB, I_CSG, "die het Comité in 2028 instelde"),
        # "brengt … bijeen" (set L) and "zijn als partner toegetreden" (set Q).
        *[Rel(_TF_GV.iri, PART, x.iri, "De taskforce brengt de drie") for x in (_BIPT, _RDI, _ILR)],
        *[
            Rel(_TF_GV.iri, PART, x, "zijn als partner toegetreden")
            for x in (
                "id/organisation/proximus",
                "id/organisation/kpn",
                "id/organisation/post-luxembourg",
            )
        ],
        Rel(_TF_GV.iri, COOP, _WG_MC.iri, "Zij werkt\nnauw samen met de Werkgroep"),
        # Germany "neemt niet … deel"; Gigabit.NRW only interested: nothing.
        Rel(_EV_PZ03.iri, PART, BA, "Aan de zitting namen ook delegaties"),
        Rel(_EV_PZ03.iri, PART, NR, "Aan de zitting namen ook delegaties"),
        Rel(I_BP, COOP, BA, "werkt al sinds de jaren negentig"),
        Rel(I_BP, COOP, NR, "werkt al sinds de jaren negentig"),
        Rel(_BUREAU.iri, SUB, I_BP, "Het Bureau van het Beneluxparlement besloot"),
    ],
)

# --- t04: annual report 2028, chapter 6 (light pollution and dark-sky areas) ----------------
_T04 = "t04_annual_report_light_pollution"
_WG_LH = wg("Benelux-werkgroep Lichthinder")
_MECB = body("Ministère de l'Environnement, du Climat et de la Biodiversité")
_MUNV = org("Ministerium für Umwelt, Naturschutz und Verkehr van Noordrijn-Westfalen")
_M2028_14_T04 = Ent(
    _M2028_14_IRI,
    "Recommendation",
    "M(2028)14",
    [
        "Aanbeveling M (2028) 14",
        "Aanbeveling M (2028) 14 betreffende de beperking van lichthinder in de grensstreek",
    ],
)
_M2008_11 = m_number(
    "M(2008)11",
    "Recommendation",
    "Aanbeveling M (2008) 11 inzake openbare verlichting langs grensoverschrijdende wegen",
)
_NET_DG = wg("Benelux-netwerk Donkere Gebieden")
_SBB = body("Staatsbosbeheer")
_NATAGORA = org("Natagora")
_MELL = org("Natur- & Geopark Mëllerdall")
_DSI = org("DarkSky International")
_DECL_STER = ins(
    "Intentieverklaring over een grensoverschrijdend sterrenpark in de Eifel en de Ardennen",
    "Declaration",
    "intentieverklaring over een grensoverschrijdend sterrenpark in de Eifel en de Ardennen",
)
_CONF = event("Benelux-conferentie Donkere Nachten")
SPECS[_T04] = (
    [
        bu(),
        _WG_LH,
        _DC_LM,
        csg(),
        _DO,
        _LB,
        _SPW,
        _IENW,
        _MECB,
        person("Wim Claessens"),
        region(GRAND_EST, "Grand Est", "Grand Est", "Région Grand Est"),
        _MUNV,
        region(NRW, "Noordrijn-Westfalen"),
        region(RLP, "Rijnland-Palts"),
        cvm("Comité van Ministers"),
        _M2028_14_T04,
        _M2008_11,
        act("Verordening (EU) 2024/1991", "Verordening (EU) 2024/1991", "Natuurherstelverordening"),
        act("Richtlijn 92/43/EEG"),
        _NET_DG,
        _SBB,
        _NATAGORA,
        _MELL,
        _DSI,
        org("Natuurpunt"),
        wal("Wallonië"),
        country(LU, "Luxemburg"),
        _DECL_STER,
        sg(),
        _DG,
        _CONF,
        region(GR, "Grande Région"),
        country(NL, "Nederland"),
        bp("Beneluxparlement"),
        _GWP_2029,
        region(HDF, "Hauts-de-France"),
    ],
    [
        # "opgericht binnen" the Directiecomité, "dat op zijn beurt verantwoording aflegt aan"
        # the College (sets J, K); members after "namen … deel:"; a chair by name adds nothing.
        Rel(_WG_LH.iri, SUB, _DC_LM.iri, "Zij werd in januari opgericht binnen"),
        Rel(_DC_LM.iri, SUB, I_CSG, "Zij werd in januari opgericht binnen"),
        *[
            Rel(_WG_LH.iri, PART, x.iri, "Aan de werkgroep namen in het verslagjaar deel")
            for x in (_DO, _LB, _SPW, _IENW, _MECB)
        ],
        Rel(_WG_LH.iri, PART, GRAND_EST, "In mei 2028 trad de Région Grand Est"),
        # The NRW ministry "volgde het werk als waarnemer" (set Q); NRW nested, and
        # Rhineland-Palatinate "geïnformeerd, maar nam niet deel": no relation.
        Rel(_WG_LH.iri, PART, _MUNV.iri, "volgde het werk als waarnemer"),
        Rel(_M2028_14_IRI, PASSED, I_CVM, "Op voorstel van de werkgroep stelde"),
        Rel(_M2028_14_IRI, DATE, "2028-12-11", "Op voorstel van de werkgroep stelde"),
        Rel(_M2028_14_IRI, AMENDS, _M2008_11.iri, "Zij vervangt\nAanbeveling M (2008) 11"),
        Rel(_M2008_11.iri, PASSED, I_CVM, "Zij vervangt\nAanbeveling M (2008) 11"),
        # "Onder de werkgroep valt" and "wordt gedragen door" (set P); Natuurpunt "maakt geen
        # deel uit": nothing.
        Rel(_NET_DG.iri, SUB, _WG_LH.iri, "Onder de werkgroep valt het Benelux-netwerk"),
        *[
            Rel(_NET_DG.iri, PART, x.iri, "Het wordt gedragen door")
            for x in (_SBB, _NATAGORA, _MELL)
        ],
        Rel(_NET_DG.iri, COOP, _DSI.iri, "In 2028 werkte het netwerk"),
        # Signatories, "tekende mee" and "sloot zich … aan" (set P); the month of accession
        # gives no date.
        *[
            Rel(_DECL_STER.iri, PART, x, "Op 9 oktober 2028 ondertekenden")
            for x in ("id/organisation/waals-gewest", LU, NRW)
        ],
        Rel(_DECL_STER.iri, DATE, "2028-10-09", "Op 9 oktober 2028 ondertekenden"),
        Rel(_DECL_STER.iri, PART, I_SG, "Secretariaat-Generaal tekende mee"),
        Rel(_DECL_STER.iri, PART, _DG.iri, "De Duitstalige Gemeenschap sloot zich"),
        # Organiser and co-organiser; "Namens Nederland presenteerde X" (the country and the
        # ministry, set K); the Parliament "zond geen spreker" (set P).
        Rel(_CONF.iri, PART, I_SG, "Op 24 oktober 2028 organiseerde"),
        Rel(_CONF.iri, PART, GR, "Op 24 oktober 2028 organiseerde"),
        Rel(_CONF.iri, PART, NL, "Namens Nederland presenteerde"),
        Rel(_CONF.iri, PART, _IENW.iri, "Namens Nederland presenteerde"),
        # "Op dezelfde dag als de aanbeveling" resolves to 11 December 2028 (set J);
        # Hauts-de-France only to be invited: nothing.
        Rel(_GWP_2029.iri, PASSED, I_CVM, "Op dezelfde dag als de aanbeveling"),
        Rel(_GWP_2029.iri, DATE, "2028-12-11", "Op dezelfde dag als de aanbeveling"),
    ],
)

# --- t05: Benelux Publicatieblad 2029-2, January-June 2029 ----------------------------------
_T05 = "t05_journal_index"
_M2029_4_T05 = Ent(
    _M2029_4_IRI,
    "Decision",
    "M(2029)4",
    ["M (2029) 4", "Beschikking betreffende gezamenlijke controles van dierentransporten"],
)
_M2009_6_T05 = Ent(_M2009_6_IRI, "Recommendation", "M(2009)6", ["Aanbeveling M (2009) 6"])
_M2029_5 = m_number(
    "M(2029)5",
    "Recommendation",
    "M (2029) 5",
    "Aanbeveling betreffende het grensoverschrijdend vervoer van stoffelijke overschotten",
)
_M2029_12_T05 = Ent(
    _M2029_12_IRI,
    "Recommendation",
    "M(2029)12",
    [
        "M (2029) 12",
        "Aanbeveling betreffende de uitrol van glasvezelnetwerken in de grensstreek",
    ],
)
_M2029_13 = m_number(
    "M(2029)13",
    "Decision",
    "M (2029) 13",
    "Beschikking tot wijziging van de Beschikking M (2010) 5 inzake de inzet van tolken en vertalers bij grensoverschrijdende gerechtelijke procedures, zoals gewijzigd bij Beschikking M (2019) 3",
)
_M2010_5 = m_number("M(2010)5", "Decision", "M (2010) 5")
_M2019_3 = m_number("M(2019)3", "Decision", "M (2019) 3")
_M2029_14_T05 = Ent(
    _M2029_14_IRI,
    "Decision",
    "M(2029)14",
    [
        "M (2029) 14",
        "Beschikking betreffende de vereenvoudiging van vergunningen voor grensoverschrijdend militair transport",
    ],
)
_DECL_DIER_T05 = Ent(
    _DECL_DIER_IRI,
    "Declaration",
    _DECL_DIER_LABEL,
    [
        "Intentieverklaring tussen het Koninkrijk der Nederlanden, het Groothertogdom Luxemburg, het Vlaamse Gewest en het Waalse Gewest inzake dierentransporten bij hoge temperaturen"
    ],
)
_AA_EMR = ins(
    "Administratief akkoord tussen het Secretariaat-Generaal van de Benelux Unie en de Euregio Maas-Rijn inzake het in kaart brengen van witte vlekken in de breedbanddekking",
    "Agreement",
)
_R1007_T05 = Ent(_R1007_IRI, "Recommendation", _R1007_LABEL, [_R1007_LABEL])
_R1008 = ins(
    "Aanbeveling 1008/2 over de erkenning van laissez-passers voor stoffelijke overschotten",
    "Recommendation",
)
SPECS[_T05] = (
    [
        sg(),
        bu(),
        cvm("COMITÉ VAN MINISTERS"),
        _M2029_4_T05,
        _M2009_6_T05,
        _M2029_5,
        _WG_LIJK,
        _DC_JBZ,
        _M2029_12_T05,
        _M2029_13,
        _M2010_5,
        _M2019_3,
        _M2029_14_T05,
        _TF_MM,
        csg(),
        _DECL_DIER_T05,
        country(NL, "Nederland", "Koninkrijk der Nederlanden"),
        country(LU, "Luxemburg", "Groothertogdom Luxemburg"),
        vlg("Vlaamse Gewest"),
        wal("Waalse Gewest"),
        _BHG,
        _AA_EMR,
        _EMR,
        bp("BENELUX-PARLEMENT"),
        _R1007_T05,
        _R1008,
        Ent(_M2028_14_IRI, "Recommendation", "M(2028)14", ["Aanbeveling M (2028) 14"]),
    ],
    [
        Rel(I_SG, SUB, BU, "Uitgegeven door het Secretariaat-Generaal van de Benelux Unie"),
        Rel(_M2029_4_IRI, PASSED, I_CVM, "M (2029) 4   Beschikking"),
        Rel(_M2029_4_IRI, DATE, "2029-03-12", "M (2029) 4   Beschikking"),
        # A note line "Deze beschikking vervangt" (sets F, L).
        Rel(_M2029_4_IRI, AMENDS, _M2009_6_IRI, "Deze beschikking vervangt"),
        Rel(_M2009_6_IRI, PASSED, I_CVM, "Deze beschikking vervangt"),
        Rel(_M2029_5.iri, PASSED, I_CVM, "M (2029) 5   Aanbeveling"),
        Rel(_M2029_5.iri, DATE, "2029-03-12", "M (2029) 5   Aanbeveling"),
        # A note line naming the group and its parent ("die deel uitmaakt van", set L).
        Rel(_WG_LIJK.iri, SUB, _DC_JBZ.iri, "De uitvoering wordt gevolgd door"),
        Rel(_M2029_12_IRI, PASSED, I_CVM, "M (2029) 12  Aanbeveling"),
        Rel(_M2029_12_IRI, DATE, "2029-06-18", "M (2029) 12  Aanbeveling"),
        # "tot wijziging van … zoals gewijzigd bij" gives both amendments (set K).
        Rel(_M2029_13.iri, PASSED, I_CVM, "M (2029) 13  Beschikking"),
        Rel(_M2029_13.iri, DATE, "2029-06-18", "M (2029) 13  Beschikking"),
        Rel(_M2029_13.iri, AMENDS, _M2010_5.iri, "M (2029) 13  Beschikking"),
        Rel(_M2019_3.iri, AMENDS, _M2010_5.iri, "M (2029) 13  Beschikking"),
        Rel(_M2010_5.iri, PASSED, I_CVM, "M (2029) 13  Beschikking"),
        Rel(_M2019_3.iri, PASSED, I_CVM, "M (2029) 13  Beschikking"),
        Rel(_M2029_14_IRI, PASSED, I_CVM, "M (2029) 14  Beschikking"),
        Rel(_M2029_14_IRI, DATE, "2029-06-18", "M (2029) 14  Beschikking"),
        # The note line: a taskforce set up by the decision gets no relation to it (set J),
        # "rapporteert aan" its parent.
        Rel(_TF_MM.iri, SUB, I_CSG, "Bij deze beschikking wordt de Benelux-taskforce"),
        # The parties of the title, the date of signature, and a region that "is …
        # toegetreden" (the accession's date is not the instrument's, set L).
        *[
            Rel(_DECL_DIER_IRI, PART, x, "Intentieverklaring tussen het Koninkrijk")
            for x in (NL, LU, "id/organisation/vlaams-gewest", "id/organisation/waals-gewest")
        ],
        Rel(_DECL_DIER_IRI, DATE, "2029-03-12", "Intentieverklaring tussen het Koninkrijk"),
        Rel(_DECL_DIER_IRI, PART, _BHG.iri, "Het Brussels Hoofdstedelijk Gewest is op 2 april"),
        Rel(_AA_EMR.iri, PART, I_SG, "Administratief akkoord tussen het Secretariaat"),
        Rel(_AA_EMR.iri, PART, _EMR.iri, "Administratief akkoord tussen het Secretariaat"),
        Rel(_AA_EMR.iri, DATE, "2029-05-04", "Administratief akkoord tussen het Secretariaat"),
        # The section heading "C. BENELUX-PARLEMENT" names the issuing body (set K).
        Rel(_R1007_IRI, PASSED, I_BP, "Aanbeveling 1007/2 over snel internet"),
        Rel(_R1007_IRI, DATE, "2029-03-17", "Aanbeveling 1007/2 over snel internet"),
        Rel(_R1008.iri, PASSED, I_BP, "Aanbeveling 1008/2 over de erkenning"),
        Rel(_R1008.iri, DATE, "2029-03-17", "Aanbeveling 1008/2 over de erkenning"),
        # The erratum's right date counts (set K); the wrong one names nothing.
        Rel(_M2028_14_IRI, PASSED, I_CVM, "moet bij Aanbeveling M (2028) 14"),
        Rel(_M2028_14_IRI, DATE, "2028-12-11", "moet bij Aanbeveling M (2028) 14"),
    ],
)

# --- t06: joint communiqué of the Benelux summit, The Hague, 5 November 2029 ----------------
_T06 = "t06_communique_summit_military_mobility"
_EV_TOP29 = Ent(
    "id/event/benelux-top-2029",
    "Meeting",
    "Benelux-top 2029",
    ["Benelux-top", "BENELUX-TOP"],
    not_in=["volgende Benelux-top"],
)
_EV_TOP30 = event("Benelux-top 2030", "volgende Benelux-top", slug="benelux-top-2030")
_M2029_14_T06 = Ent(_M2029_14_IRI, "Decision", "M(2029)14", ["Beschikking M (2029) 14"])
_DEF = body("Ministerie van Defensie")
_MLV = body("Ministerie van Landsverdediging")
_DDEF = body("Direction de la défense")
_BUNDESWEHR = org("Bundeswehr")
_DECL_MM = ins(
    "Gemeenschappelijke politieke verklaring over militaire mobiliteit en weerbare transportcorridors",
    "Declaration",
    "gemeenschappelijke politieke verklaring over militaire mobiliteit en weerbare transportcorridors",
)
_R1007_T06 = Ent(_R1007_IRI, "Recommendation", _R1007_LABEL, ["aanbeveling 1007/2"])
_M2029_12_T06 = Ent(_M2029_12_IRI, "Recommendation", "M(2029)12", ["Aanbeveling M (2029) 12"])
_DECL_DIER_T06 = Ent(
    _DECL_DIER_IRI,
    "Declaration",
    _DECL_DIER_LABEL,
    ["intentieverklaring over dierentransporten bij hoge temperaturen"],
)
SPECS[_T06] = (
    [
        _EV_TOP29,
        person("Rob Jetten", "Jetten"),
        cvm("Comité van Ministers"),
        country(BE, "België"),
        country(NL, "Nederland"),
        country(LU, "Luxemburg"),
        person("Bart De Wever"),
        person("Luc Frieden"),
        region(NRW, "Noordrijn-Westfalen"),
        person("Hendrik Wüst", "Wüst"),
        region(GRAND_EST, "Grand Est", "Grand Est", "Région Grand Est"),
        person("Franck Leroy", "Leroy"),
        bp("Beneluxparlement"),
        person("Frans Weekers"),
        bu(),
        _M2029_14_T06,
        _TF_MM,
        csg(),
        _DEF,
        _MLV,
        _DDEF,
        _RWS,
        _NAVO,
        _BUNDESWEHR,
        country(FR, "Frankrijk"),
        _DECL_MM,
        _R1007_T06,
        _M2029_12_T06,
        _TF_GV,
        _DECL_DIER_T06,
        _BHG,
        _V_NRW_2008,
        _NRVM,
        _BRVM,
        known(
            _GWP_2029.iri,
            "LegalInstrument",
            "Gemeenschappelijk Werkprogramma 2029-2032",
            "Gemeenschappelijk Werkprogramma 2029-2032",
        ),
        _EV_TOP30,
    ],
    [
        # The three countries whose heads of government "kwamen … bijeen", the guests who
        # "schoven … aan" (the regions, set J), a delegation that "woonde de top bij" (set P).
        *[
            Rel(_EV_TOP29.iri, PART, c, "kwamen de regeringsleiders van België")
            for c in (BE, NL, LU)
        ],
        Rel(_EV_TOP29.iri, PART, NRW, "Als gasten\nschoven de minister-president"),
        Rel(_EV_TOP29.iri, PART, GRAND_EST, "Als gasten\nschoven de minister-president"),
        Rel(_EV_TOP29.iri, PART, I_BP, "Een delegatie van het Beneluxparlement woonde"),
        Rel(_M2029_14_IRI, PASSED, I_CVM, "die het Comité van Ministers op 18 juni 2029"),
        Rel(_M2029_14_IRI, DATE, "2029-06-18", "die het Comité van Ministers op 18 juni 2029"),
        # "die aan het College … rapporteert"; "Daarin zitten X, Y en Z samen aan tafel";
        # "schuift aan"; an observer; a settled future cooperation (set J). France only
        # invited: nothing.
        Rel(_TF_MM.iri, SUB, I_CSG, "Bij die beschikking werd de Benelux-taskforce"),
        *[
            Rel(_TF_MM.iri, PART, x.iri, "Daarin zitten het Nederlandse Ministerie")
            for x in (_DEF, _MLV, _DDEF)
        ],
        Rel(_TF_MM.iri, PART, _RWS.iri, "Rijkswaterstaat schuift aan"),
        Rel(_TF_MM.iri, PART, _NAVO.iri, "de NAVO neemt als waarnemer deel"),
        Rel(_TF_MM.iri, COOP, _BUNDESWEHR.iri, "De taskforce zal nauw samenwerken"),
        # "De regeringsleiders en minister-president Wüst ondertekenden vandaag": the three
        # countries of paragraph 1 and NRW (set Q), dated by the dateline; "onderschreef …
        # namens" the region (an endorser, set F).
        *[
            Rel(_DECL_MM.iri, PART, x, "De regeringsleiders en minister-president Wüst")
            for x in (BE, NL, LU, NRW)
        ],
        Rel(_DECL_MM.iri, DATE, "2029-11-05", "De regeringsleiders en minister-president Wüst"),
        Rel(_DECL_MM.iri, PART, GRAND_EST, "Leroy onderschreef de verklaring"),
        Rel(_R1007_IRI, PASSED, I_BP, "De regeringsleiders verwelkomen aanbeveling 1007/2"),
        Rel(_M2029_12_IRI, PASSED, I_CVM, "De regeringsleiders verwelkomen aanbeveling 1007/2"),
        Rel(
            _M2029_12_IRI, DATE, "2029-06-18", "De regeringsleiders verwelkomen aanbeveling 1007/2"
        ),
        Rel(_DECL_DIER_IRI, DATE, "2029-03-12", "Zij nemen met instemming kennis"),
        Rel(_DECL_DIER_IRI, PART, _BHG.iri, "Zij nemen met instemming kennis"),
        # "X en Y werken … samen" gives one relation, subject first (set I); "Ook met X werkt
        # de Benelux Unie samen"; "zet de samenwerking met X en Y voort" (two, set E).
        Rel(BU, COOP, NRW, "De Benelux Unie en Noordrijn-Westfalen werken"),
        Rel(_V_NRW_2008.iri, DATE, "2008", "De Benelux Unie en Noordrijn-Westfalen werken"),
        Rel(BU, COOP, GRAND_EST, "Ook met de Région Grand Est werkt"),
        Rel(BU, COOP, _NRVM.iri, "Daarnaast zet de Benelux Unie"),
        Rel(BU, COOP, _BRVM.iri, "Daarnaast zet de Benelux Unie"),
        Rel(_GWP_2029.iri, PASSED, I_CVM, "dat het Comité van Ministers op 11 december 2028"),
        Rel(_GWP_2029.iri, DATE, "2028-12-11", "dat het Comité van Ministers op 11 december 2028"),
    ],
)


def main(argv: list[str]) -> None:
    _A.main(argv, SPECS)  # write and verify gold/*.json, or review one document


if __name__ == "__main__":
    main(sys.argv)
