# ruff: noqa: E501, F405  (the annotation tables hold long Dutch titles verbatim)
"""Gold standard of held-out set V (tests/heldout/gold/w01…w06).

Set V was written in session 14 by a helper that never read the extractor's code, patterns,
reference lists or output, never ran the extractor or ``evaluate_set.py``, and never opened the
probe suites or the held-out sets B, N, O, R, T and U. It has one document of each kind, on
policy fields the other sets do not cover: an annual-plan chapter (groundwater across the
border), an evaluation chapter with a participants' table (cross-border medical helicopters), a
Kamerbrief on a meeting of the Committee of Ministers (avian influenza, groundwater, night
flights of medical helicopters), a news page of the Saarland in Dutch (mine water after coal
mining), a Benelux Publicatieblad index (the 2032 volume) and the minutes of a working group
with an attendance list (school exchanges). Relations are stated by "is ondergebracht bij",
"dat op zijn beurt … rapporteert", "is verankerd in … en legt via dat comité verantwoording af
aan", "valt onder", "hangt onder", "waaraan zij rapporteert", note lines; "Zij telt zes leden:",
"schuift aan", "Het Land laat zich vertegenwoordigen door", "de status van waarnemer heeft",
"brengen … samen", "nemen … deel (tabel 3.1)" with a table, "brengt … bijeen", "heeft er een
waarnemersstatus", "Daarin werken … samen", "wordt gecoördineerd door", "namens … nam … deel",
"zat de vergadering voor", "als gast", attendance lists; "werkt samen met … en met", "trekt
samen op met", "X en Y werken samen", "stelt samen met … op"; "aangepast bij", "tot wijziging
van … zoals gewijzigd bij", "treedt in de plaats van", "vervangt", "zal … vervangen", "tot
verlenging van"; dates in prose, relative clauses, "vandaag", "uit 2012", ``d.d.`` and an
erratum; and negations, invitations, plans and interest that give no relation. The offset
helpers and the JSON writer are those of ``_spans.py`` (set A).

Usage::

    python tests/heldout/_spans_v.py              # write gold/w01…w06.json, verify every span
    python tests/heldout/_spans_v.py review DOC   # every hit and evidence in context
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import _spans as _A  # set A's module: its JSON writer and review (run as a script)
from _spans import *  # noqa: F403  (the vocabulary every set shares: _spans.__all__)

HERE = Path(__file__).resolve().parent

GRAND_EST = "id/region/grand-est"
HDF = "id/region/hauts-de-france"
SAAR = "id/region/saarland"
LOTH = "id/region/lotharingen"
VLG = "id/organisation/vlaams-gewest"
WAL = "id/organisation/waals-gewest"


def known(iri: str, cls: str, label: str, *names: str) -> Any:
    """An entity that already occurs in the seeds or the development sets (its IRI kept)."""
    return Ent(iri, cls, label, list(names) or [label])


def _A_M(suffix: str) -> str:
    """The IRI of a numbered instrument: ``_A_M("2032-1")`` is ``id/instrument/m-2032-1``."""
    return f"id/instrument/m-{suffix}"


def num(iri_num: str, cls: str, *names: str) -> Any:
    """A numbered instrument M(yyyy)n with the surface forms the document prints."""
    return m_number(iri_num, cls, *names)


# Entities of the seeds and the development sets, with the IRIs they have there.
_GWP_2029 = ins("Gemeenschappelijk Werkprogramma 2029-2032", "LegalInstrument")
_DC_LM = wg("Directiecomité Leefmilieu")
_DC_VG = wg("Directiecomité Volksgezondheid")
_DC_LV = wg("Directiecomité Landbouw en Voedselveiligheid")
_SPW = body("Service public de Wallonie")
_LB = body("Leefmilieu Brussel")
_IENW = body("Ministerie van Infrastructuur en Waterstaat")
_RWS = body("Rijkswaterstaat")
_LANUK = known(
    "id/organisation/landesamt-fur-natur-umwelt-und-klima",
    "ExternalOrganisation",
    "Landesamt für Natur, Umwelt und Klima",
    "Landesamt für Natur, Umwelt und Klima",
    "LANUK",
)
_IMC = org("Internationale Maascommissie")
_ISC = org("Internationale Scheldecommissie")
_KRW = known("id/act/kaderrichtlijn-water", "ExternalAct", "Kaderrichtlijn Water")
_DZ = body("Departement Zorg")
_VWS = known(
    "id/organisation/ministerie-van-volksgezondheid-welzijn-en-sport",
    "NationalBody",
    "Ministerie van Volksgezondheid, Welzijn en Sport",
    "Ministerie van VWS",
)
_EMR = org("Euregio Maas-Rijn")
_NVWA = body("Nederlandse Voedsel- en Warenautoriteit", "NVWA")
_ALVA = body(
    "Administration luxembourgeoise vétérinaire et alimentaire",
    "Administration luxembourgeoise vétérinaire et alimentaire",
)
_EC = known("id/organisation/europese-commissie", "ExternalOrganisation", "Europese Commissie")
_IPR = org("Interregionale Parlementaire Raad")
_FWB = body("Fédération Wallonie-Bruxelles", "Fédération Wallonie-Bruxelles", "Franse Gemeenschap")
_MENJE = body(
    "Ministère de l'Éducation nationale, de l'Enfance et de la Jeunesse",
)
_WEEKERS = person("Frans Weekers", "Weekers")

# New to set V, shared by two or more of its documents (one IRI).
_WG_GW = wg("Benelux-werkgroep Grondwater")
_M2031_3 = "id/instrument/m-2031-3"
_M2012_4 = "id/instrument/m-2012-4"
_M2027_8 = "id/instrument/m-2027-8"
_M2030_2 = "id/instrument/m-2030-2"
_M2032_2 = "id/instrument/m-2032-2"
_M2032_5 = "id/instrument/m-2032-5"
_M2018_7 = "id/instrument/m-2018-7"
_M2032_6 = "id/instrument/m-2032-6"
_M2032_7 = "id/instrument/m-2032-7"
_RL_GW = act("Richtlijn 2006/118/EG", "Richtlijn 2006/118/EG", "Grondwaterrichtlijn")
_DECL_DH_LABEL = "Gezamenlijke verklaring van Den Haag over dierziektebestrijding"
_DECL_DH_IRI = f"id/instrument/{_slug(_DECL_DH_LABEL)}"
_MOU_LABEL = "Memorandum of understanding over de nazorg van voormalige steenkoolmijnen"
_MOU_IRI = f"id/instrument/{_slug(_MOU_LABEL)}"
_R1038_LABEL = "Aanbeveling 1038/2 over de inzet van traumahelikopters bij nacht"
_R1038_IRI = f"id/instrument/{_slug(_R1038_LABEL)}"
_R1042 = ins(
    "Aanbeveling 1042/2 over leerlingenuitwisseling in de grensstreek",
    "Recommendation",
    "Aanbeveling 1042/2 over leerlingenuitwisseling in de grensstreek",
)
_WG_SU = wg("Benelux-werkgroep Schooluitwisseling")
_DC_OJ = wg("Directiecomité Onderwijs en Jeugd")

SPECS: dict[str, tuple[list[Any], list[Any]]] = {}

# --- w01: annual plan 2032, chapter 3 (groundwater across the border) -------------------------
_W01 = "w01_annual_plan_groundwater"
_VMM = body("Vlaamse Milieumaatschappij")
_AGE = body("Administration de la gestion de l'eau")
_ULG = org("Universiteit Luik")
_MEETNET = wg("Benelux-meetnet Grondwaterstanden")
_BESCH_MELD = ins(
    "Beschikking over de wederzijdse melding van grondwateronttrekkingen nabij de grens",
    "Decision",
    "beschikking over de wederzijdse melding van grondwateronttrekkingen nabij de grens",
)
_DECL_DROOGTE = ins(
    "Intentieverklaring over droogte en grondwater in de grensstreek",
    "Declaration",
    "intentieverklaring over droogte en grondwater in de grensstreek",
)
_R1031 = ins(
    "Aanbeveling 1031/2 over droogtebestendig waterbeheer",
    "Recommendation",
    "aanbeveling 1031/2 over droogtebestendig waterbeheer",
)
_EV_GWDAG = event("Benelux-grondwaterdag")
SPECS[_W01] = (
    [
        bu(),
        cvm("Comité van Ministers", "Comité"),
        _GWP_2029,
        _KRW,
        _RL_GW,
        _WG_GW,
        num("M(2031)3", "Decision", "Beschikking M (2031) 3"),
        _DC_LM,
        csg(),
        _VMM,
        _SPW,
        _LB,
        _IENW,
        _RWS,
        _AGE,
        region(NRW, "Noordrijn-Westfalen"),
        _LANUK,
        region(GRAND_EST, "Grand Est", "Région Grand Est"),
        country(FR, "Frankrijk"),
        _MEETNET,
        _ULG,
        _IMC,
        _ISC,
        sg(),
        _BESCH_MELD,
        num(
            "M(2012)4",
            "Recommendation",
            "Aanbeveling M (2012) 4 inzake grensoverschrijdende wateronttrekkingen",
        ),
        country(NL, "Nederland"),
        country(LU, "Luxemburg"),
        known(VLG, "NationalBody", "Vlaams Gewest"),
        known(WAL, "NationalBody", "Waals Gewest"),
        _DECL_DROOGTE,
        country(DE, "Duitsland"),
        bp("Benelux-Parlement"),
        _R1031,
        _EV_GWDAG,
    ],
    [
        # "ingesteld bij Beschikking M (2031) 3 van 17 maart 2031": issuer (seed rule) and date;
        # the group gets no relation to the decision that set it up (sets J, M).
        Rel(_M2031_3, PASSED, I_CVM, "De werkgroep werd ingesteld bij"),
        Rel(_M2031_3, DATE, "2031-03-17", "De werkgroep werd ingesteld bij"),
        # "is ondergebracht bij X, dat op zijn beurt aan Y rapporteert" (set K).
        Rel(_WG_GW.iri, SUB, _DC_LM.iri, "De werkgroep werd ingesteld bij"),
        Rel(_DC_LM.iri, SUB, I_CSG, "De werkgroep werd ingesteld bij"),
        # "Zij telt zes leden:" a colon list; the chair is one of them.
        *[
            Rel(_WG_GW.iri, PART, x.iri, "Service public de Wallonie, Leefmilieu Brussel")
            for x in (_VMM, _SPW, _LB, _IENW, _RWS, _AGE)
        ],
        # "schuift ook Noordrijn-Westfalen aan. Het Land laat zich vertegenwoordigen door het
        # LANUK, dat de status van waarnemer heeft": the region and its office (set K).
        Rel(_WG_GW.iri, PART, NRW, "Sinds januari schuift ook Noordrijn-Westfalen aan"),
        Rel(_WG_GW.iri, PART, _LANUK.iri, "Het Land laat zich vertegenwoordigen"),
        # Grand Est only interested, France only informed: nothing.
        # "Onder de werkgroep valt" and "In dat meetnet brengen X, Y en Z … samen".
        Rel(_MEETNET.iri, SUB, _WG_GW.iri, "Onder de werkgroep valt het Benelux-meetnet"),
        *[Rel(_MEETNET.iri, PART, x.iri, "In dat meetnet") for x in (_VMM, _RWS, _ULG)],
        # "werkt samen met X en met Y": two relations (set J).
        Rel(_WG_GW.iri, COOP, _IMC.iri, "De werkgroep werkt samen met de Internationale"),
        Rel(_WG_GW.iri, COOP, _ISC.iri, "De werkgroep werkt samen met de Internationale"),
        # A planned beschikking: issuer (every beschikking) and "zal … vervangen" (set J), no
        # date; the replaced recommendation dated in a relative clause.
        Rel(_BESCH_MELD.iri, PASSED, I_CVM, "In het voorjaar van 2032 legt"),
        Rel(_BESCH_MELD.iri, AMENDS, _M2012_4, "Die beschikking zal Aanbeveling"),
        Rel(_M2012_4, PASSED, I_CVM, "Die beschikking zal Aanbeveling"),
        Rel(_M2012_4, DATE, "2012-12-11", "Die beschikking zal Aanbeveling"),
        # The signatories and the date; Germany invited but declined: nothing.
        *[
            Rel(_DECL_DROOGTE.iri, PART, x, "Op 3 oktober 2031 ondertekenden")
            for x in (NL, LU, VLG, WAL)
        ],
        Rel(_DECL_DROOGTE.iri, DATE, "2031-10-03", "Op 3 oktober 2031 ondertekenden"),
        Rel(_R1031.iri, PASSED, I_BP, "Het Benelux-Parlement had in zijn aanbeveling"),
        Rel(_R1031.iri, DATE, "2031-06-13", "Het Benelux-Parlement had in zijn aanbeveling"),
        # Organiser and co-organiser of a theme day ("samen met", set F), settled future (set J).
        Rel(_EV_GWDAG.iri, PART, I_SG, "Op 24 september 2032 organiseert"),
        Rel(_EV_GWDAG.iri, PART, _VMM.iri, "Op 24 september 2032 organiseert"),
        Rel(BU, COOP, NRW, "Ook in 2032 zet de Benelux Unie"),
    ],
)

# --- w02: evaluation report, chapter 3 on cross-border medical helicopters ---------------------
_W02 = "w02_evaluation_medical_helicopters"
_WG_MH = wg("Benelux-werkgroep Medische Helikopters")
_UA = ins(
    "Uitvoeringsafspraak helikopterinzetten",
    "Agreement",
    "Uitvoeringsafspraak helikopterinzetten",
)
_RIZIV = body("RIZIV")
_ZIN = body("Zorginstituut Nederland")
_CNS = body("Caisse nationale de santé")
_FOD_VG = body(
    "FOD Volksgezondheid, Veiligheid van de Voedselketen en Leefmilieu",
    "FOD Volksgezondheid, Veiligheid van de Voedselketen en Leefmilieu",
    "FOD Volksgezondheid",
)
_ANWB = org("ANWB Medical Air Assistance")
_CGDIS = body("Corps grand-ducal d'incendie et de secours", "CGDIS")
_LAR = org("Luxembourg Air Rescue")
_ADAC = org("ADAC Luftrettung")
_SAMU = org("SAMU des Ardennes")
_ECORYS = org("Ecorys")
_R1002 = ins(
    "Aanbeveling 1002/2 over medische hulp in de grensstreek",
    "Recommendation",
    "aanbeveling 1002/2",
)
_EV_EVAL = event(
    "Evaluatiebijeenkomst van de Benelux-werkgroep Medische Helikopters van 9 oktober 2031",
    "evaluatiebijeenkomst van 9 oktober 2031",
    slug="evaluatiebijeenkomst-benelux-werkgroep-medische-helikopters-2031-10-09",
)
SPECS[_W02] = (
    [
        num(
            "M(2027)8",
            "Decision",
            "Beschikking M(2027)8 inzake de grensoverschrijdende inzet van medische helikopters",
        ),
        num("M(2030)2", "Decision", "Beschikking M(2030)2"),
        cvm("Comité van Ministers"),
        act("Verordening (EU) nr. 965/2012"),
        act("Richtlijn 2011/24/EU"),
        _UA,
        _RIZIV,
        _ZIN,
        country(NL, "Nederland"),
        _CNS,
        _WG_MH,
        _DC_VG,
        csg(),
        person("Pieter-Jan Vandamme"),
        _FOD_VG,
        _DZ,
        _VWS,
        _ANWB,
        _CGDIS,
        _LAR,
        _ADAC,
        _SAMU,
        region(NRW, "Noordrijn-Westfalen"),
        _EMR,
        _EV_EVAL,
        bp("Beneluxparlement"),
        _R1002,
        sg(),
        _ECORYS,
    ],
    [
        Rel(_M2027_8, PASSED, I_CVM, "De samenwerking rust op Beschikking"),
        Rel(_M2027_8, DATE, "2027-06-12", "De samenwerking rust op Beschikking"),
        # "werd op twee punten aangepast bij" (set J's "paste … aan").
        Rel(_M2030_2, AMENDS, _M2027_8, "De beschikking werd op twee punten aangepast"),
        Rel(_M2030_2, PASSED, I_CVM, "De beschikking werd op twee punten aangepast"),
        # The implementing arrangement: its three parties and its date.
        *[
            Rel(_UA.iri, PART, x.iri, "De vergoeding van inzetten is geregeld")
            for x in (_RIZIV, _ZIN, _CNS)
        ],
        Rel(_UA.iri, DATE, "2028-07-04", "De vergoeding van inzetten is geregeld"),
        # "is verankerd in X en legt via dat comité verantwoording af aan Y" (set K's
        # "rapporteert via X aan Y").
        Rel(_WG_MH.iri, SUB, _DC_VG.iri, "Medische Helikopters is verankerd"),
        Rel(_DC_VG.iri, SUB, I_CSG, "Medische Helikopters is verankerd"),
        # "nemen … deel (tabel 3.1)": the organisations of the table's lines (unbroken cells);
        # the country codes are neither mentions nor participants (sets F, L, S).
        Rel(_WG_MH.iri, PART, _FOD_VG.iri, "BE     FOD Volksgezondheid"),
        Rel(_WG_MH.iri, PART, _DZ.iri, "BE     Departement Zorg"),
        Rel(_WG_MH.iri, PART, _VWS.iri, "NL     Ministerie van VWS"),
        Rel(_WG_MH.iri, PART, _ANWB.iri, "NL     ANWB Medical Air Assistance"),
        Rel(_WG_MH.iri, PART, _CGDIS.iri, "LU     CGDIS"),
        Rel(_WG_MH.iri, PART, _LAR.iri, "LU     Luxembourg Air Rescue"),
        Rel(_WG_MH.iri, PART, _ADAC.iri, "kreeg in 2029 de status van waarnemer"),
        # SAMU only informed, "geen lid"; NRW "niet aan tafel", only interested: nothing.
        # "X en Y werken … samen" gives one relation, subject first (set I).
        Rel(_LAR.iri, COOP, _ANWB.iri, "Luxembourg Air Rescue en de ANWB"),
        Rel(_WG_MH.iri, COOP, _EMR.iri, "trekt de werkgroep samen op met"),
        # "waaraan ook de Euregio Maas-Rijn deelnam"; the group is not a participant of its own
        # meeting (set I).
        Rel(_EV_EVAL.iri, PART, _EMR.iri, "waaraan ook de Euregio Maas-Rijn deelnam"),
        Rel(_R1002.iri, PASSED, I_BP, "Het Beneluxparlement drong in zijn aanbeveling"),
        Rel(_R1002.iri, DATE, "2028-12-09", "Het Beneluxparlement drong in zijn aanbeveling"),
        # The secretariat of the group and the commissioning of the evaluation: nothing.
    ],
)

# --- w03: Kamerbrief (BZ) on the Committee of Ministers' meeting of 14 June 2032 -------------
_W03 = "w03_letter_committee_of_ministers_avian_flu"
_BZ = body("Ministerie van Buitenlandse Zaken")
_EV_CVM = event(
    "Vergadering van het Benelux Comité van Ministers van 14 juni 2032",
    "vergadering van het Benelux Comité van Ministers van 14 juni 2032",
    "vergadering van het Comité van Ministers van de Benelux Unie",
    slug="vergadering-comite-van-ministers-2032-06-14",
)
_GORISSEN = Ent("id/person/silke-gorissen", "Person", "Silke Gorißen", ["Silke Gorißen"])
_DECL_DH_W03 = Ent(_DECL_DH_IRI, "Declaration", _DECL_DH_LABEL, [_DECL_DH_LABEL])
_WG_AI = wg("Benelux-werkgroep Aviaire Influenza")
_FAVV = body(
    "Federaal Agentschap voor de Veiligheid van de Voedselketen",
    "Federaal Agentschap voor de Veiligheid van de Voedselketen",
    "FAVV",
)
_FLI = org("Friedrich-Loeffler-Institut")
_EURL = org("Europees Referentielaboratorium voor aviaire influenza")
_R1038_W03 = Ent(_R1038_IRI, "Recommendation", _R1038_LABEL, ["aanbeveling 1038/2"])
SPECS[_W03] = (
    [
        tk("Tweede Kamer der Staten-Generaal", "uw Kamer"),
        _BZ,
        _EV_CVM,
        cvm("Benelux Comité van Ministers", "Comité van Ministers", "Comité"),
        bu(),
        country(NL, "Nederland"),
        country(BE, "België"),
        country(LU, "Luxemburg"),
        person("Lotte Peeters"),
        person("Marc Schiltz"),
        sg(),
        _WEEKERS,
        _GWP_2029,
        num("M(2032)5", "Decision", "Beschikking M (2032) 5"),
        num(
            "M(2018)7",
            "Decision",
            "Beschikking M (2018) 7 inzake de afstemming van maatregelen bij uitbraken van aviaire influenza",
        ),
        act("Verordening (EU) 2016/429", "Verordening (EU) 2016/429", "Diergezondheidsverordening"),
        person("Vermeulen"),
        region(NRW, "Noordrijn-Westfalen"),
        _GORISSEN,
        _DECL_DH_W03,
        country(FR, "Frankrijk"),
        _WG_AI,
        _DC_LV,
        _NVWA,
        _FAVV,
        _ALVA,
        _FLI,
        _EC,
        _EURL,
        num(
            "M(2032)6",
            "Decision",
            "Beschikking M (2032) 6 betreffende de wederzijdse melding van grondwateronttrekkingen nabij de grens",
        ),
        num("M(2012)4", "Recommendation", "Aanbeveling M (2012) 4"),
        num(
            "M(2032)7",
            "Recommendation",
            "Aanbeveling M (2032) 7 over nachtvluchten van medische helikopters",
        ),
        _R1038_W03,
        bp("Beneluxparlement"),
        csg(),
        person("M.A. de Groot"),
    ],
    [
        Rel(I_CVM, SUB, BU, "Hierbij informeer ik uw Kamer"),
        # At the meeting: the chairing state, the states "namens … nam … deel", the
        # Secretariat-General speaking "Namens" (set K), the region whose minister was a guest.
        Rel(_EV_CVM.iri, PART, NL, "Nederland zat de vergadering voor"),
        Rel(_EV_CVM.iri, PART, BE, "namens België nam minister"),
        Rel(_EV_CVM.iri, PART, LU, "namens België nam minister"),
        Rel(_EV_CVM.iri, PART, I_SG, "Namens het Secretariaat-Generaal gaf"),
        Rel(_EV_CVM.iri, PART, NRW, "Bij dit agendapunt nam de minister"),
        # Adopted at the meeting: issuer and the meeting's date (set E); "tot wijziging van".
        Rel(_M2032_5, PASSED, I_CVM, "Het Comité heeft Beschikking M (2032) 5"),
        Rel(_M2032_5, DATE, "2032-06-14", "Het Comité heeft Beschikking M (2032) 5"),
        Rel(_M2032_5, AMENDS, _M2018_7, "Het Comité heeft Beschikking M (2032) 5"),
        Rel(_M2018_7, PASSED, I_CVM, "Het Comité heeft Beschikking M (2032) 5"),
        # "Op de dag van de vergadering ondertekenden …": the four signatories and that date;
        # France "heeft de tekst ontvangen": nothing.
        *[
            Rel(_DECL_DH_IRI, PART, x, "Op de dag van de vergadering ondertekenden")
            for x in (BE, NL, LU, NRW)
        ],
        Rel(_DECL_DH_IRI, DATE, "2032-06-14", "Op de dag van de vergadering ondertekenden"),
        # "die valt onder"; "brengt … bijeen" (set S); "heeft er een waarnemersstatus"; the
        # Commission "is geen lid"; "stemt … af met" gives nothing (set L).
        Rel(_WG_AI.iri, SUB, _DC_LV.iri, "Deze werkgroep, die valt onder"),
        *[
            Rel(_WG_AI.iri, PART, x.iri, "Deze werkgroep, die valt onder")
            for x in (_NVWA, _FAVV, _ALVA)
        ],
        Rel(_WG_AI.iri, PART, _FLI.iri, "heeft er een waarnemersstatus"),
        # "treedt in de plaats van" is "vervangt" (set F); "uit 2012" a year (set F).
        Rel(_M2032_6, PASSED, I_CVM, "Het Comité heeft voorts Beschikking"),
        Rel(_M2032_6, DATE, "2032-06-14", "Het Comité heeft voorts Beschikking"),
        Rel(_M2032_6, AMENDS, _M2012_4, "Deze beschikking treedt in"),
        Rel(_M2012_4, PASSED, I_CVM, "Deze beschikking treedt in"),
        Rel(_M2012_4, DATE, "2012", "Deze beschikking treedt in"),
        Rel(_M2032_7, PASSED, I_CVM, "Tot slot heeft het Comité Aanbeveling"),
        Rel(_M2032_7, DATE, "2032-06-14", "Tot slot heeft het Comité Aanbeveling"),
        # The Committee answers the Parliament's recommendation (seed rule).
        Rel(_R1038_IRI, PASSED, I_BP, "Tot slot heeft het Comité Aanbeveling"),
    ],
)

# --- w04: news page of the Saarland (in Dutch) on mine water -----------------------------------
_W04 = "w04_news_saarland_mine_water"
_STK = Ent(
    "id/organisation/staatskanzlei-van-het-saarland",
    "ExternalOrganisation",
    "Staatskanzlei van het Saarland",
    ["Staatskanzlei", "STAATSKANZLEI"],
)
_MOU_W04 = Ent(
    _MOU_IRI,
    "Declaration",
    _MOU_LABEL,
    [
        "memorandum of understanding over de nazorg van voormalige steenkoolmijnen",
        "Memorandum of understanding",
    ],
)
_WG_MW = wg("Benelux-Saarland Werkgroep Mijnwater")
_OBA = org("Oberbergamt des Saarlandes")
_RAG = org("RAG Aktiengesellschaft")
_RAGS = org("RAG-Stiftung")
_SODM = body("Staatstoezicht op de Mijnen")
_PV_SAAR = ins(
    "Politieke verklaring Benelux-Saarland",
    "Declaration",
    "politieke verklaring Benelux-Saarland",
)
_EV_MW = event(
    "Eerste bijeenkomst van de Benelux-Saarland Werkgroep Mijnwater",
    "Eerste bijeenkomst",
    "eerste bijeenkomst",
    slug="vergadering-benelux-saarland-werkgroep-mijnwater-2032-11-04",
)
SPECS[_W04] = (
    [
        region(SAAR, "Saarland", "Saarland", "SAARLAND"),
        _STK,
        bu(),
        person("Anke Rehlinger", "Rehlinger"),
        _WEEKERS,
        _MOU_W04,
        sg(),
        known(WAL, "NationalBody", "Waals Gewest"),
        country(NL, "Nederland"),
        _WG_MW,
        _OBA,
        _RAG,
        _SPW,
        _SODM,
        _DC_LM,
        region(GRAND_EST, "Grand Est", "Région Grand Est"),
        region(LOTH, "Lotharingen"),
        region(GR, "Grande Région"),
        _IPR,
        _PV_SAAR,
        country(BE, "België"),
        country(LU, "Luxemburg"),
        act("Richtlijn 2006/21/EG"),
        _KRW,
        _EV_MW,
        bp("Beneluxparlement"),
        _RAGS,
    ],
    [
        # Signed "vandaag" (the page's date); the three signatories; the Netherlands only
        # expected to join: nothing.
        Rel(_MOU_IRI, DATE, "2032-09-16", "ondertekenden vandaag in de Staats"),
        Rel(_MOU_IRI, PART, SAAR, "Behalve het Saarland en het Secretariaat-Generaal"),
        Rel(_MOU_IRI, PART, I_SG, "Behalve het Saarland en het Secretariaat-Generaal"),
        Rel(_MOU_IRI, PART, WAL, "Behalve het Saarland en het Secretariaat-Generaal"),
        Rel(I_SG, SUB, BU, "Behalve het Saarland en het Secretariaat-Generaal"),
        # A region joined to the Benelux in a group's name takes part (review of November
        # 2026); "Daarin werken X, Y, Z samen" gives participants (set F), not cooperation.
        Rel(_WG_MW.iri, PART, SAAR, "Het memorandum richt de Benelux-Saarland"),
        *[Rel(_WG_MW.iri, PART, x.iri, "Daarin werken") for x in (_OBA, _RAG, _SPW, _SODM)],
        # "hangt onder" is "valt onder"; "wordt gecoördineerd door" (sets G/H: a coordinating
        # body takes part). Grand Est asked, no answer yet: nothing.
        Rel(_WG_MW.iri, SUB, _DC_LM.iri, "De werkgroep hangt"),
        Rel(_WG_MW.iri, PART, I_SG, "De werkgroep hangt"),
        # "Het Saarland en de Benelux Unie gaan samen … in de gaten houden": one relation,
        # subject first (set I); the later "De Benelux Unie werkt … met het Saarland samen" the
        # other direction.
        Rel(SAAR, COOP, BU, "Het Saarland en de Benelux Unie gaan samen"),
        Rel(SAAR, COOP, GRAND_EST, "Met de Région Grand Est werkt het Saarland"),
        Rel(BU, COOP, SAAR, "De Benelux Unie werkt sinds 2030"),
        *[
            Rel(_PV_SAAR.iri, PART, x, "De Benelux Unie werkt sinds 2030")
            for x in (BE, NL, LU, SAAR)
        ],
        Rel(_PV_SAAR.iri, DATE, "2030-05-05", "De Benelux Unie werkt sinds 2030"),
        # The Parliament only invited to the first meeting; the IPR only announces: nothing.
    ],
)

# --- w05: Benelux Publicatieblad 2033-1, contents of the 2032 volume ---------------------------
_W05 = "w05_journal_index"
_DECL_DH_W05 = Ent(_DECL_DH_IRI, "Declaration", _DECL_DH_LABEL, [_DECL_DH_LABEL])
_MOU_W05 = Ent(
    _MOU_IRI,
    "Declaration",
    _MOU_LABEL,
    [
        "Memorandum of understanding tussen het Secretariaat-Generaal van de Benelux Unie, het Saarland en het Waals Gewest over de nazorg van voormalige steenkoolmijnen"
    ],
)
_AA_EMR = ins(
    "Administratief akkoord tussen het Secretariaat-Generaal en de Euregio Maas-Rijn over grensoefeningen voor medische hulpdiensten",
    "Agreement",
)
_R1038_W05 = Ent(
    _R1038_IRI,
    "Recommendation",
    _R1038_LABEL,
    ["Aanbeveling 1038/2 over de inzet van traumahelikopters bij nacht"],
)
SPECS[_W05] = (
    [
        Ent(I_SG, "Institution", "Secretariaat-Generaal", ["Secretariaat-Generaal"]),
        bu(),
        cvm("COMITÉ VAN MINISTERS", "Comité van Ministers"),
        num(
            "M(2032)1",
            "Decision",
            "M(2032)1",
            "Beschikking van het Comité van Ministers tot wijziging van de Beschikking M (2027) 8 inzake de grensoverschrijdende inzet van medische helikopters, zoals gewijzigd bij Beschikking M (2030) 2",
        ),
        num("M(2027)8", "Decision", "M (2027) 8"),
        num("M(2030)2", "Decision", "M (2030) 2"),
        num(
            "M(2032)2",
            "Recommendation",
            "M(2032)2",
            "Aanbeveling inzake schooluitwisselingen en de onderlinge erkenning van schoolreisverzekeringen",
        ),
        num(
            "M(2032)3",
            "Decision",
            "M(2032)3",
            "Beschikking houdende instelling van de Benelux-werkgroep Schooluitwisseling",
        ),
        _WG_SU,
        _DC_OJ,
        num(
            "M(2032)5",
            "Decision",
            "M(2032)5",
            "Beschikking tot wijziging van Beschikking M (2018) 7 inzake aviaire influenza",
        ),
        num("M(2018)7", "Decision", "M (2018) 7"),
        num(
            "M(2032)6",
            "Decision",
            "M(2032)6",
            "Beschikking betreffende de wederzijdse melding van grondwateronttrekkingen nabij de grens",
        ),
        act("Richtlijn 2006/118/EG"),
        num("M(2012)4", "Recommendation", "Aanbeveling M (2012) 4"),
        num(
            "M(2032)7",
            "Recommendation",
            "M(2032)7",
            "Aanbeveling over nachtvluchten van medische helikopters",
        ),
        num(
            "M(2032)11",
            "Decision",
            "M(2032)11",
            "Beschikking tot verlenging van de Beschikking M (2031) 3 houdende instelling van de Benelux-werkgroep Grondwater",
        ),
        # The amended decision inside M(2032)11's title is a nested mention of its number only
        # (sets C, E); the rectification names it with its type.
        Ent(
            _M2031_3,
            "Decision",
            "M(2031)3",
            ["M (2031) 3", "Beschikking M (2031) 3"],
            drop=(1587,),
        ),
        _WG_GW,
        _DECL_DH_W05,
        country(BE, "Koninkrijk België"),
        country(NL, "Koninkrijk der Nederlanden"),
        country(LU, "Groothertogdom Luxemburg"),
        region(NRW, "Noordrijn-Westfalen"),
        _MOU_W05,
        region(SAAR, "Saarland"),
        known(WAL, "NationalBody", "Waals Gewest"),
        _AA_EMR,
        _EMR,
        bp("BENELUX-PARLEMENT"),
        _R1038_W05,
        _R1042,
    ],
    [
        Rel(I_SG, SUB, BU, "Uitgegeven door het Secretariaat-Generaal"),
        # "tot wijziging van … zoals gewijzigd bij" gives both amendments (set K).
        Rel(_A_M("2032-1"), PASSED, I_CVM, "tot wijziging van de Beschikking M (2027) 8"),
        Rel(_A_M("2032-1"), DATE, "2032-03-15", "tot wijziging van de Beschikking M (2027) 8"),
        Rel(_A_M("2032-1"), AMENDS, _M2027_8, "tot wijziging van de Beschikking M (2027) 8"),
        Rel(_M2030_2, AMENDS, _M2027_8, "tot wijziging van de Beschikking M (2027) 8"),
        Rel(_M2027_8, PASSED, I_CVM, "tot wijziging van de Beschikking M (2027) 8"),
        Rel(_M2030_2, PASSED, I_CVM, "tot wijziging van de Beschikking M (2027) 8"),
        Rel(_M2032_2, PASSED, I_CVM, "Aanbeveling inzake schooluitwisselingen"),
        Rel(_M2032_2, DATE, "2032-03-15", "Aanbeveling inzake schooluitwisselingen"),
        Rel(
            _A_M("2032-3"),
            PASSED,
            I_CVM,
            "Beschikking houdende instelling van de Benelux-werkgroep Schooluitwisseling",
        ),
        Rel(
            _A_M("2032-3"),
            DATE,
            "2032-03-15",
            "Beschikking houdende instelling van de Benelux-werkgroep Schooluitwisseling",
        ),
        # The note line: "de werkgroep rapporteert aan" (set A's reading of "rapporteert").
        Rel(_WG_SU.iri, SUB, _DC_OJ.iri, "Noot: de werkgroep rapporteert"),
        Rel(_M2032_5, PASSED, I_CVM, "Beschikking tot wijziging van Beschikking M (2018)"),
        Rel(_M2032_5, DATE, "2032-06-14", "Beschikking tot wijziging van Beschikking M (2018)"),
        Rel(_M2032_5, AMENDS, _M2018_7, "Beschikking tot wijziging van Beschikking M (2018)"),
        Rel(_M2018_7, PASSED, I_CVM, "Beschikking tot wijziging van Beschikking M (2018)"),
        Rel(_M2032_6, PASSED, I_CVM, "Beschikking betreffende de wederzijdse melding"),
        Rel(_M2032_6, DATE, "2032-06-14", "Beschikking betreffende de wederzijdse melding"),
        # The note line "deze beschikking vervangt" (set S).
        Rel(_M2032_6, AMENDS, _M2012_4, "Noot: deze beschikking vervangt"),
        Rel(_M2012_4, PASSED, I_CVM, "Noot: deze beschikking vervangt"),
        Rel(_M2032_7, PASSED, I_CVM, "Aanbeveling over nachtvluchten"),
        Rel(_M2032_7, DATE, "2032-06-14", "Aanbeveling over nachtvluchten"),
        # "tot verlenging van" amends (sets C, E, G: "verlengd bij").
        Rel(_A_M("2032-11"), PASSED, I_CVM, "Beschikking tot verlenging"),
        Rel(_A_M("2032-11"), DATE, "2032-12-06", "Beschikking tot verlenging"),
        Rel(_A_M("2032-11"), AMENDS, _M2031_3, "Beschikking tot verlenging"),
        Rel(_M2031_3, PASSED, I_CVM, "Beschikking tot verlenging"),
        # The parties of the titles and the signing dates.
        *[
            Rel(_DECL_DH_IRI, PART, x, "ondertekend door het Koninkrijk België")
            for x in (BE, NL, LU, NRW)
        ],
        Rel(_DECL_DH_IRI, DATE, "2032-06-14", "ondertekend door het Koninkrijk België"),
        *[Rel(_MOU_IRI, PART, x, "Memorandum of understanding tussen") for x in (I_SG, SAAR, WAL)],
        Rel(_MOU_IRI, DATE, "2032-09-16", "Memorandum of understanding tussen"),
        Rel(_AA_EMR.iri, PART, I_SG, "Administratief akkoord tussen"),
        Rel(_AA_EMR.iri, PART, _EMR.iri, "Administratief akkoord tussen"),
        Rel(_AA_EMR.iri, DATE, "2032-10-02", "Administratief akkoord tussen"),
        Rel(_R1038_IRI, PASSED, I_BP, "Aanbeveling 1038/2 over de inzet"),
        Rel(_R1038_IRI, DATE, "2032-03-20", "Aanbeveling 1038/2 over de inzet"),
        Rel(_R1042.iri, PASSED, I_BP, "Aanbeveling 1042/2 over leerlingenuitwisseling"),
        Rel(_R1042.iri, DATE, "2032-12-11", "Aanbeveling 1042/2 over leerlingenuitwisseling"),
        # The rectification's right date (sets K, S).
        Rel(_M2031_3, DATE, "2031-03-17", "In Publicatieblad 2031-1 moet"),
    ],
)

# --- w06: minutes of the 3rd meeting of the Benelux-werkgroep Schooluitwisseling ---------------
_W06 = "w06_minutes_school_exchange_working_group"
_EV_3 = event(
    "Vergadering van de Benelux-werkgroep Schooluitwisseling van 9 februari 2033",
    "3e vergadering",
    slug="vergadering-benelux-werkgroep-schooluitwisseling-2033-02-09",
)
_EV_2 = event(
    "Vergadering van de Benelux-werkgroep Schooluitwisseling van 6 oktober 2032",
    "2e vergadering van 6 oktober 2032",
    slug="vergadering-benelux-werkgroep-schooluitwisseling-2032-10-06",
)
_EV_NEXT = event(
    "Vergadering van de Benelux-werkgroep Schooluitwisseling van 22 mei 2033",
    "volgende vergadering",
    slug="vergadering-benelux-werkgroep-schooluitwisseling-2033-05-22",
)
_DOV = body("Departement Onderwijs en Vorming")
_OCW = body("Ministerie van Onderwijs, Cultuur en Wetenschap")
_MDG = body("Ministerium der Deutschsprachigen Gemeinschaft")
_MSB = org("Ministerium für Schule und Bildung")
_NUFFIC = org("Nuffic")
_EPOS = org("Epos")
_TAALUNIE = org("Nederlandse Taalunie")
_INL = body("Institut national des langues")
_COMM_COV = wg(
    "Commissie Cultuur, Onderwijs en Volksgezondheid van het Beneluxparlement",
    "commissie Cultuur, Onderwijs en Volksgezondheid van het Beneluxparlement",
)
_EV_HOOR = event(
    "Hoorzitting van de commissie Cultuur, Onderwijs en Volksgezondheid van 27 april 2033",
    "hoorzitting op 27 april 2033",
    slug="hoorzitting-commissie-cultuur-onderwijs-en-volksgezondheid-2033-04-27",
)
_M2032_2_W06 = Ent(_M2032_2, "Recommendation", "M(2032)2", ["Aanbeveling M(2032)2"])
SPECS[_W06] = (
    [
        bu("BENELUX UNIE"),
        Ent(
            I_SG,
            "Institution",
            "Secretariaat-Generaal",
            ["SECRETARIAAT-GENERAAL", "Secretariaat-Generaal"],
        ),
        _WG_SU,
        _EV_3,
        person("Nathalie Weber"),
        _MENJE,
        person("Koen Verlinden"),
        _DOV,
        person("Sophie Delvaux"),
        _FWB,
        person("Gert-Jan Mulder"),
        _OCW,
        person("Hanna Lentz"),
        _MDG,
        person("Jens Albrecht", "Albrecht"),
        _MSB,
        region(NRW, "Noordrijn-Westfalen"),
        person("Lisa Hermans"),
        _NUFFIC,
        _EPOS,
        person("Mireille Dubois", "Dubois"),
        _EV_2,
        _M2032_2_W06,
        cvm("Comité van Ministers"),
        country(LU, "Luxemburg"),
        country(NL, "Nederland"),
        act("Verordening (EU) 2021/817"),
        _TAALUNIE,
        _INL,
        region(HDF, "Hauts-de-France", "Région Hauts-de-France", "Hauts-de-France"),
        csg(),
        country(FR, "Frankrijk"),
        bp("Beneluxparlement"),
        _R1042,
        _COMM_COV,
        _EV_HOOR,
        _DC_OJ,
        _EV_NEXT,
    ],
    [
        # The attendance list (set P): chair, members, observer and secretary take part in the
        # meeting; chair, members and observer also in the group; the excused members only in
        # the group. NRW in brackets says where the ministry sits: no relation there (set P).
        *[
            Rel(_EV_3.iri, PART, x.iri, "Voorzitter   Nathalie Weber")
            for x in (_MENJE, _DOV, _FWB, _OCW, _MDG, _MSB)
        ],
        Rel(_EV_3.iri, PART, I_SG, "Secretaris   Lisa Hermans"),
        *[
            Rel(_WG_SU.iri, PART, x.iri, "Voorzitter   Nathalie Weber")
            for x in (_MENJE, _DOV, _FWB, _OCW, _MDG, _MSB)
        ],
        Rel(_WG_SU.iri, PART, _NUFFIC.iri, "kennisgeving: Nuffic, Epos"),
        Rel(_WG_SU.iri, PART, _EPOS.iri, "kennisgeving: Nuffic, Epos"),
        Rel(_M2032_2, PASSED, I_CVM, "Het secretariaat meldt dat Aanbeveling"),
        Rel(_M2032_2, DATE, "2032-03-15", "Het secretariaat meldt dat Aanbeveling"),
        # "neemt sinds september 2032 als waarnemer aan de werkgroep deel".
        Rel(_WG_SU.iri, PART, NRW, "Noordrijn-Westfalen neemt sinds september 2032"),
        Rel(_WG_SU.iri, COOP, _TAALUNIE.iri, "Voor het taalaanbod werkt de werkgroep"),
        Rel(_WG_SU.iri, COOP, _INL.iri, "Voor het taalaanbod werkt de werkgroep"),
        # The guest "namens de Région Hauts-de-France" (set H); the region's wish to join and
        # France "neemt niet deel": nothing.
        Rel(_EV_3.iri, PART, HDF, "die namens de Région Hauts-de-France"),
        Rel(_R1042.iri, PASSED, I_BP, "Aanbeveling 1042/2 over leerlingenuitwisseling"),
        Rel(_R1042.iri, DATE, "2032-12-11", "Aanbeveling 1042/2 over leerlingenuitwisseling"),
        # "commissie … van het Beneluxparlement" (set J); the chair only invited: nothing.
        Rel(_COMM_COV.iri, SUB, I_BP, "De commissie Cultuur, Onderwijs"),
        Rel(_WG_SU.iri, SUB, _DC_OJ.iri, "waaraan zij rapporteert"),
        # "stelt samen met X en Y … op" (set S).
        Rel(_WG_SU.iri, COOP, _NUFFIC.iri, "De werkgroep stelt samen met Nuffic"),
        Rel(_WG_SU.iri, COOP, _EPOS.iri, "De werkgroep stelt samen met Nuffic"),
    ],
)


def main(argv: list[str]) -> None:
    _A.main(argv, SPECS)  # write and verify gold/*.json, or review one document


if __name__ == "__main__":
    main(sys.argv)
