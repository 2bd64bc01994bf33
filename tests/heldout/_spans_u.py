# ruff: noqa: E501, F405  (the annotation tables hold long Dutch titles verbatim)
"""Gold standard of held-out set U (tests/heldout/gold/v01…v06).

Set U was written in session 11 by a helper that never read the extractor's code, patterns,
reference data, tests or output, never ran the extractor or ``evaluate_set.py``, and never
opened the other held-out sets (B, N, O, R, T) or the probe suites. It has one document of each
kind, on policy fields the other sets do not cover: a chapter of the annual plan 2031 (deep
geothermal energy and heat networks), an evaluation chapter (Benelux cooperation against
human trafficking, with a participants' table), a Kamerbrief on the Committee of Ministers'
meeting of 25 November 2030 (cross-border taxis, self-driving shuttles, pupil transport), a
news page of Rhineland-Palatinate (climate-proof viticulture on the Moselle), a Benelux
Publicatieblad index (July-December 2030) and the minutes of a working group on deposit
return systems, with an attendance list. Relations are stated by "is ingebed in", "dat zelf
onder … ressorteert", "als werkgroep van", "Als onderdeel van", "hoort bij", "wordt
ondergebracht bij", "<group> van het <body>", "rapporteert via X aan Y"; "hebben zitting: voor
X het Y", "neemt als waarnemer deel via", "treedt toe … wordt er vertegenwoordigd door", a
participants' table, "voorgezeten door", "als gast aanwezig", "zijn … vertegenwoordigd",
"Namens X nam … deel", "schoof als gast aan", an attendance list with members, excused members
and guests, "In dat netwerk treffen … elkaar", signatories and endorsers, organisers "samen
met", "voerde het woord namens", "woonde bij"; "werkt samen met", "X en Y werken samen", "gaat
een samenwerking aan met", "trekt op met", "leggen samen aan", "stelt samen met X op";
passives for adoption ("werd … door het Comité van Ministers vastgesteld"), relative dates
("gisteren", "Aan het slot van de vergadering"), "uit 2029"; "vervangt", "wordt … vervangen",
"is ingetrokken en vervangen door", "werd … gewijzigd", "treedt in de plaats van", "de looptijd
… te verlengen", "tot wijziging van … zoals gewijzigd bij"; and negations ("is geen lid",
"zond geen vertegenwoordiger", "maken geen deel uit", "niet … deel te nemen", "wijzigt … niet"),
invitations, interest and proposals that give no relation. The offset helpers and the JSON
writer are those of ``_spans.py`` (set A).

Usage::

    python tests/heldout/_spans_u.py              # write gold/v01…v06.json, verify every span
    python tests/heldout/_spans_u.py review DOC   # every hit and evidence in context
"""

from __future__ import annotations

import sys
from typing import Any

import _spans as _A  # set A's module: its JSON writer and review (run as a script)
from _spans import *  # noqa: F403  (the vocabulary every set shares: _spans.__all__)

GRAND_EST = "id/region/grand-est"
RLP = "id/region/rijnland-palts"
SAAR = "id/region/saarland"
EC = "id/organisation/europese-commissie"
VLG = "id/organisation/vlaams-gewest"
WAL = "id/organisation/waals-gewest"


def known(iri: str, cls: str, label: str, *names: str) -> Any:
    """An entity that already occurs in the seeds or the development sets (its IRI kept)."""
    return Ent(iri, cls, label, list(names) or [label])


def vlg(*names: str) -> Any:
    return known(VLG, "NationalBody", "Vlaams Gewest", *names)


def wal(*names: str) -> Any:
    return known(WAL, "NationalBody", "Waals Gewest", *names)


# Entities of the seeds and of set S, with the IRIs they have there.
_DO = body("Departement Omgeving")
_SPW = body("Service public de Wallonie", "Service public de Wallonie", "SPW")
_LB = body("Leefmilieu Brussel")
_BHG = body("Brussels Hoofdstedelijk Gewest")
_IENW = body("Ministerie van Infrastructuur en Waterstaat")
_VVSG = org(
    "Vereniging van Vlaamse Steden en Gemeenten",
    "Vereniging van Vlaamse Steden en Gemeenten",
    "VVSG",
)
_NRVM = org("Noordse Raad van Ministers")
_MUNV = org("Ministerium für Umwelt, Naturschutz und Verkehr van Noordrijn-Westfalen")
_DC_LV = wg("Directiecomité Landbouw en Voedselveiligheid")
_DC_LM = wg("Directiecomité Leefmilieu")
_DC_VV = wg("Directiecomité Verkeer en Vervoer")
_SENN = known("id/working-group/senningenoverleg", "WorkingGroup", "Senningenoverleg")
_GWP_2029 = known(
    "id/instrument/gemeenschappelijk-werkprogramma-2029-2032",
    "LegalInstrument",
    "Gemeenschappelijk Werkprogramma 2029-2032",
)
_EUROPOL = known(EUROPOL, "ExternalOrganisation", "Europol")
_EUROJUST = known(EUROJUST, "ExternalOrganisation", "Eurojust")

# New to set U, shared by two or three of its documents (one IRI each).
_M2030_16 = "id/instrument/m-2030-16"
_M2016_4 = "id/instrument/m-2016-4"
_M2027_3 = "id/instrument/m-2027-3"
_M2029_9 = "id/instrument/m-2029-9"
_M2030_14 = "id/instrument/m-2030-14"
_M2030_15 = "id/instrument/m-2030-15"
_M2012_8 = "id/instrument/m-2012-8"
_M2026_6 = "id/instrument/m-2026-6"
_M2030_17 = "id/instrument/m-2030-17"
_DECL_LL_LABEL = "Politieke verklaring over het leerlingenvervoer over de grens"
_DECL_LL = f"id/instrument/{_slug(_DECL_LL_LABEL)}"
_DECL_WIJN_LABEL = "Gezamenlijke verklaring over klimaatbestendige wijnbouw in het Moezelgebied"
_DECL_WIJN = f"id/instrument/{_slug(_DECL_WIJN_LABEL)}"
_EV_CVM_2030 = "id/event/vergadering-comite-van-ministers-2030-11-25"
_WG_TAXI = wg("Benelux-werkgroep Taxivervoer")
_ILT = body("Inspectie Leefomgeving en Transport", "Inspectie Leefomgeving en Transport", "ILT")

SPECS: dict[str, tuple[list[Any], list[Any]]] = {}

# --- v01: annual plan 2031, chapter 4 (deep geothermal energy and heat networks) ------------
_V01 = "v01_annual_plan_geothermal"
_WG_DG = wg("Benelux-werkgroep Diepe Geothermie", "Benelux-werkgroep Diepe Geothermie", "WG-DG")
_DC_EN = wg("Directiecomité Energie")
_VITO = org(
    "Vlaamse Instelling voor Technologisch Onderzoek",
    "Vlaamse Instelling voor Technologisch Onderzoek",
    "VITO",
)
_KGG = body(
    "Ministerie van Klimaat en Groene Groei", "Ministerie van Klimaat en Groene Groei", "KGG"
)
_SODM = body("Staatstoezicht op de Mijnen", "Staatstoezicht op de Mijnen", "SodM")
_TNO = org("TNO", "TNO - Geologische Dienst Nederland", "TNO")
_LIST = org(
    "Luxembourg Institute of Science and Technology",
    "Luxembourg Institute of Science and Technology",
    "LIST",
)
_GD_NRW = org("Geologischer Dienst NRW")
_EGEC = org("European Geothermal Energy Council", "European Geothermal Energy Council", "EGEC")
_EGS = org("EuroGeoSurveys")
_NET_WN = wg("Benelux-netwerk Warmtenetten Grensgemeenten")
_VNG = org("Vereniging van Nederlandse Gemeenten", "Vereniging van Nederlandse Gemeenten", "VNG")
_SYVICOL = org(
    "Syndicat des villes et communes luxembourgeoises",
    "Syndicat des villes et communes luxembourgeoises",
    "Syvicol",
)
_REC_WN = ins(
    "Aanbeveling over grensoverschrijdende warmtenetten",
    "Recommendation",
    "aanbeveling over grensoverschrijdende warmtenetten",
)
_EV_GEO = event("Benelux-Geothermiedag")
SPECS[_V01] = (
    [
        bu(),
        country(BE, "België"),
        country(NL, "Nederland"),
        country(LU, "Luxemburg"),
        country(FR, "Frankrijk"),
        region(NRW, "Noordrijn-Westfalen", "Noordrijn-Westfalen", "NRW"),
        region(RLP, "Rijnland-Palts"),
        act("Richtlijn (EU) 2023/2413"),
        act("Richtlijn (EU) 2023/1791"),
        _GWP_2029,
        _WG_DG,
        _DC_EN,
        csg(),
        vlg(),
        wal(),
        _DO,
        _VITO,
        _SPW,
        _KGG,
        _SODM,
        _TNO,
        _LIST,
        _GD_NRW,
        _EGEC,
        _EGS,
        _NET_WN,
        _VVSG,
        _VNG,
        _SYVICOL,
        sg(),
        cvm(),
        Ent(
            _M2030_16,
            "Decision",
            "M(2030)16",
            [
                "Beschikking M (2030) 16 betreffende de uitwisseling van ondergrondgegevens bij grensoverschrijdende aardwarmteprojecten",
                "M (2030) 16",
            ],
        ),
        Ent(
            _M2016_4,
            "Recommendation",
            "M(2016)4",
            [
                "Aanbeveling M (2016) 4 inzake de coördinatie van mijnbouwvergunningen in de grensstreek"
            ],
        ),
        _REC_WN,
        _EV_GEO,
        bp("Benelux-Parlement"),
        body("Ministerie van Economische Zaken en Klimaat"),
    ],
    [
        # "is ingebed in" the Directiecomité, "dat zelf onder het College … ressorteert".
        Rel(_WG_DG.iri, SUB, _DC_EN.iri, "De WG-DG is ingebed in"),
        Rel(_DC_EN.iri, SUB, I_CSG, "De WG-DG is ingebed in"),
        # "hebben zitting: voor X het Y": the represented region or country and the body.
        *[
            Rel(_WG_DG.iri, PART, x, snippet)
            for snippet, xs in (
                ("voor het Vlaams Gewest het Departement", (VLG, _DO.iri, _VITO.iri)),
                ("voor het Waals Gewest de Service", (WAL, _SPW.iri)),
                ("voor Nederland het Ministerie", (NL, _KGG.iri, _SODM.iri, _TNO.iri)),
            )
            for x in xs
        ],
        # An observer "via" its institute; a region that "treedt toe" in the plan year and
        # the body that represents it. The chair (Nederland) is already a member.
        Rel(_WG_DG.iri, PART, LU, "neemt als waarnemer deel via"),
        Rel(_WG_DG.iri, PART, _LIST.iri, "neemt als waarnemer deel via"),
        Rel(_WG_DG.iri, PART, NRW, "Met ingang van januari 2031 treedt"),
        Rel(_WG_DG.iri, PART, _GD_NRW.iri, "deelstaat wordt er vertegenwoordigd door"),
        # Rijnland-Palts "deelt op verzoek zijn kennis, maar is geen lid"; France invited
        # without answer: nothing.
        Rel(_WG_DG.iri, COOP, _EGEC.iri, "De WG-DG werkt samen met de European"),
        Rel(_WG_DG.iri, COOP, _EGS.iri, "De WG-DG werkt samen met de European"),
        Rel(_TNO.iri, COOP, _VITO.iri, "TNO en VITO werken"),
        # "Als onderdeel van" the group; "In dat netwerk treffen X, Y en Z elkaar". The
        # Secretariat-General's secretariat gives nothing (set P).
        Rel(_NET_WN.iri, SUB, _WG_DG.iri, "Als onderdeel van de WG-DG"),
        *[Rel(_NET_WN.iri, PART, x.iri, "In dat netwerk treffen") for x in (_VVSG, _VNG, _SYVICOL)],
        # A passive adoption with its date; "vervangt".
        Rel(_M2030_16, PASSED, I_CVM, "grensoverschrijdende aardwarmteprojecten werd op 25"),
        Rel(_M2030_16, DATE, "2030-11-25", "grensoverschrijdende aardwarmteprojecten werd op 25"),
        Rel(_M2030_16, AMENDS, _M2016_4, "Zij verplicht de bevoegde diensten"),
        Rel(_M2016_4, PASSED, I_CVM, "Zij verplicht de bevoegde diensten"),
        # A planned recommendation the Committee "zal … vaststellen" (set M): no date.
        Rel(_REC_WN.iri, PASSED, I_CVM, "Een aanbeveling over grensoverschrijdende warmtenetten"),
        # Organiser and co-organiser of the theme day; the Parliament only invited.
        Rel(_EV_GEO.iri, PART, I_SG, "organiseert de dag samen met de EGEC"),
        Rel(_EV_GEO.iri, PART, _EGEC.iri, "organiseert de dag samen met de EGEC"),
    ],
)

# --- v02: evaluation of the cooperation against human trafficking, chapter 3 -----------------
_V02 = "v02_evaluation_human_trafficking"
_DECL_MH = ins(
    "Benelux-intentieverklaring inzake de bestrijding van mensenhandel",
    "Declaration",
)
_BEM = wg("Benelux-expertgroep Mensenhandel", "Benelux-expertgroep Mensenhandel", "BEM")
_FGP = body("Federale Gerechtelijke Politie", "Federale Gerechtelijke Politie", "FGP")
_MYRIA = body("Myria", "Myria", "Federaal Migratiecentrum")
_RSZ = body("Rijksdienst voor Sociale Zekerheid", "Rijksdienst voor Sociale Zekerheid", "RSZ")
_NPOL = body("Nationale Politie")
_NLA = body("Nederlandse Arbeidsinspectie")
_COMENSHA = org("CoMensha")
_PGD = body("Police grand-ducale")
_ITM = body("Inspection du travail et des mines", "Inspection du travail et des mines", "ITM")
_ELA = org("Europese Arbeidsautoriteit", "Europese Arbeidsautoriteit", "ELA")
_OCRTEH = org(
    "Office central pour la répression de la traite des êtres humains",
    "Office central pour la répression de la traite des êtres humains",
    "OCRTEH",
)
_LASTRADA = org("La Strada International")
_EV_JV = event(
    "Jaarvergadering Benelux-expertgroep Mensenhandel 15 mei 2029",
    "jaarvergadering van 15 mei 2029",
    slug="jaarvergadering-benelux-expertgroep-mensenhandel-2029-05-15",
)
_M2027_3_V02 = Ent(
    _M2027_3,
    "Decision",
    "M(2027)3",
    [
        "Beschikking M (2027) 3 inzake de uitwisseling van gegevens over slachtoffers van mensenhandel",
        "M (2027) 3",
    ],
)
_M2029_9_V02 = Ent(_M2029_9, "Decision", "M(2029)9", ["Beschikking M (2029) 9"])
_M2023_15 = m_number(
    "M(2023)15",
    "Recommendation",
    "Aanbeveling M (2023) 15 over de multidisciplinaire aanpak van arbeidsuitbuiting",
)
_M2030_4 = m_number("M(2030)4", "Decision", "Beschikking M (2030) 4")
_R1012 = ins(
    "Aanbeveling 1012/2 over arbeidsuitbuiting in de grensregio's",
    "Recommendation",
    "aanbeveling 1012/2 over arbeidsuitbuiting in de grensregio's",
)
SPECS[_V02] = (
    [
        org("Regioplan Beleidsonderzoek"),
        sg(),
        bu(),
        _DECL_MH,
        country(BE, "België"),
        country(NL, "Nederland"),
        country(LU, "Luxemburg"),
        _BEM,
        _SENN,
        _FGP,
        _MYRIA,
        _RSZ,
        _NPOL,
        _NLA,
        _COMENSHA,
        _PGD,
        _ITM,
        _EUROPOL,
        _ELA,
        _EUROJUST,
        country(FR, "Frankrijk"),
        _EV_JV,
        _OCRTEH,
        region(NRW, "Noordrijn-Westfalen"),
        _LASTRADA,
        _M2027_3_V02,
        _M2029_9_V02,
        _M2023_15,
        _M2030_4,
        cvm("Benelux Comité van Ministers", "Comité van Ministers"),
        bp("Benelux-Parlement"),
        _R1012,
        act("Richtlijn 2011/36/EU"),
        act("Richtlijn (EU) 2024/1712"),
    ],
    [
        Rel(I_SG, SUB, BU, "uitgevoerd door Regioplan Beleidsonderzoek"),
        # Signatories named as "de ministers van Justitie van België, Nederland en Luxemburg".
        *[
            Rel(_DECL_MH.iri, PART, c, "De grondslag is de Benelux-intentieverklaring")
            for c in (BE, NL, LU)
        ],
        Rel(_DECL_MH.iri, DATE, "2026-12-07", "De grondslag is de Benelux-intentieverklaring"),
        # "opgericht als werkgroep van het Senningenoverleg"; the footnote's "valt onder".
        Rel(_BEM.iri, SUB, _SENN.iri, "Ter uitvoering daarvan werd de Benelux-expertgroep"),
        Rel(_SENN.iri, SUB, I_CVM, "valt onder het Benelux Comité van Ministers"),
        # The participants' table: every organisation, members and observers; the country
        # column gives no participation (set L).
        *[
            Rel(_BEM.iri, PART, x.iri, "Federale Gerechtelijke Politie (FGP)")
            for x in (_FGP, _MYRIA, _RSZ, _NPOL, _NLA, _COMENSHA, _PGD, _ITM, _EUROPOL, _ELA)
        ],
        # Eurojust "is geen lid of waarnemer"; France "zond geen vertegenwoordiger"; NRW only
        # recommended: nothing. The annual meeting: its chair and its guest.
        Rel(_EV_JV.iri, PART, _NPOL.iri, "Op de jaarvergadering van 15 mei 2029"),
        Rel(_EV_JV.iri, PART, _OCRTEH.iri, "Op de jaarvergadering van 15 mei 2029"),
        Rel(_BEM.iri, COOP, _LASTRADA.iri, "De BEM werkt samen met La Strada"),
        Rel(_MYRIA.iri, COOP, _COMENSHA.iri, "Myria en CoMensha werken"),
        # A passive adoption; "werd M (2027) 3 gewijzigd"; "is ingetrokken en vervangen door".
        Rel(_M2027_3, PASSED, I_CVM, "handel werd op 13 december 2027"),
        Rel(_M2027_3, DATE, "2027-12-13", "handel werd op 13 december 2027"),
        Rel(_M2029_9, PASSED, I_CVM, "van 18 juni 2029 werd M (2027) 3 gewijzigd"),
        Rel(_M2029_9, DATE, "2029-06-18", "van 18 juni 2029 werd M (2027) 3 gewijzigd"),
        Rel(_M2029_9, AMENDS, _M2027_3, "van 18 juni 2029 werd M (2027) 3 gewijzigd"),
        Rel(_M2023_15.iri, PASSED, I_CVM, "Zij is ingetrokken en vervangen door"),
        Rel(_M2030_4.iri, PASSED, I_CVM, "Zij is ingetrokken en vervangen door"),
        Rel(_M2030_4.iri, DATE, "2030-03-11", "Zij is ingetrokken en vervangen door"),
        Rel(_M2030_4.iri, AMENDS, _M2023_15.iri, "Zij is ingetrokken en vervangen door"),
        # The Parliament's recommendation "uit 2029". The EU directive amended by another EU
        # directive gets no eli:amends (set J).
        Rel(_R1012.iri, PASSED, I_BP, "Het Benelux-Parlement had daarom gevraagd"),
        Rel(_R1012.iri, DATE, "2029", "Het Benelux-Parlement had daarom gevraagd"),
    ],
)

# --- v03: Kamerbrief (IenW) on the Committee of Ministers' meeting of 25 November 2030 ------
_V03 = "v03_letter_committee_of_ministers_taxi"
_EV_CVM = event(
    "Vergadering Comité van Ministers 25 november 2030",
    "vergadering van het Benelux Comité van Ministers",
    slug="vergadering-comite-van-ministers-2030-11-25",
)
_EV_CD = event(
    "Commissiedebat Mobiliteit 6 november 2030",
    "commissiedebat Mobiliteit van 6 november 2030",
    slug="commissiedebat-mobiliteit-2030-11-06",
)
_EV_CVM_2031 = event(
    "Vergadering Comité van Ministers 16 juni 2031",
    "volgende vergadering van het Comité van Ministers",
    "volgende vergadering",
    slug="vergadering-comite-van-ministers-2031-06-16",
)
_M2030_15_V03 = Ent(
    _M2030_15,
    "Decision",
    "M(2030)15",
    [
        "Beschikking M (2030) 15 betreffende de wederzijdse erkenning van taxivergunningen in de grensstreek"
    ],
)
_M2012_8_V03 = Ent(
    _M2012_8,
    "Recommendation",
    "M(2012)8",
    ["Aanbeveling M (2012) 8 betreffende het grensoverschrijdend taxivervoer"],
)
_R1031 = ins(
    "Aanbeveling 1031/2 over grensoverschrijdend taxivervoer",
    "Recommendation",
    "aanbeveling 1031/2",
)
_FODMV = body("FOD Mobiliteit en Vervoer")
_MOW = body("Departement Mobiliteit en Openbare Werken")
_BMOB = body("Brussel Mobiliteit")
_MMTP = body("Ministère de la Mobilité et des Travaux publics")
_M2026_6_V03 = Ent(
    _M2026_6,
    "Decision",
    "M(2026)6",
    ["Beschikking M (2026) 6 betreffende proeven met zelfrijdende shuttles in de grensstreek"],
)
_M2030_14_V03 = Ent(_M2030_14, "Decision", "M(2030)14", ["Beschikking M (2030) 14"])
_DECL_LL_V03 = Ent(
    _DECL_LL,
    "Declaration",
    _DECL_LL_LABEL,
    ["politieke verklaring over het leerlingenvervoer over de grens"],
)
SPECS[_V03] = (
    [
        tk("Tweede Kamer der Staten-Generaal", "uw Kamer"),
        _IENW,
        cvm("Benelux Comité van Ministers", "Comité van Ministers", "Comité"),
        _EV_CVM,
        _EV_CD,
        _EV_CVM_2031,
        country(BE, "België"),
        country(NL, "Nederland"),
        country(LU, "Luxemburg"),
        vlg("Vlaams Gewest"),
        wal("Waals Gewest"),
        region(NRW, "Noordrijn-Westfalen"),
        person("Isabelle Dumont"),
        person("Bert Vanhecke"),
        person("Marc Hoffmann"),
        person("Lena Kampmann", "Kampmann"),
        person("M.J. Kuipers"),
        _M2030_15_V03,
        _M2012_8_V03,
        _R1031,
        bp("Benelux-Parlement", "Parlement"),
        act("Richtlijn 2006/123/EG", "Richtlijn 2006/123/EG", "Dienstenrichtlijn"),
        _WG_TAXI,
        _DC_VV,
        _ILT,
        _FODMV,
        _MOW,
        _BMOB,
        _MMTP,
        org("Koninklijk Nederlands Vervoer", "Koninklijk Nederlands Vervoer", "KNV"),
        org("GTL"),
        _M2026_6_V03,
        _M2030_14_V03,
        ins(
            "Aanbeveling over rij- en rusttijden van taxichauffeurs",
            "Recommendation",
            "aanbeveling over rij- en rusttijden van taxichauffeurs",
        ),
        _DECL_LL_V03,
        org("Euregio Rijn-Waal"),
    ],
    [
        # "vertegenwoordigd door ondergetekende" gives the country, "Namens België nam … deel"
        # (the chair), "Het Vlaams Gewest werd vertegenwoordigd door …, Luxemburg door …", a
        # guest region; the Walloon Region "had zich laten verontschuldigen": nothing.
        Rel(_EV_CVM.iri, PART, NL, "Nederland werd vertegenwoordigd door ondergetekende"),
        Rel(_EV_CVM.iri, PART, BE, "Namens België nam"),
        Rel(_EV_CVM.iri, PART, VLG, "Gewest werd vertegenwoordigd door Vlaams minister"),
        Rel(_EV_CVM.iri, PART, LU, "Gewest werd vertegenwoordigd door Vlaams minister"),
        Rel(_EV_CVM.iri, PART, NRW, "Als gast schoof staatssecretaris"),
        # Adopted at the meeting (its date, set B); "wordt … vervangen"; the Parliament's
        # recommendation dated in a relative clause.
        Rel(_M2030_15, PASSED, I_CVM, "Het Comité stelde Beschikking M (2030) 15"),
        Rel(_M2030_15, DATE, "2030-11-25", "Het Comité stelde Beschikking M (2030) 15"),
        Rel(_M2030_15, AMENDS, _M2012_8, "Met deze beschikking wordt Aanbeveling"),
        Rel(_M2012_8, PASSED, I_CVM, "Met deze beschikking wordt Aanbeveling"),
        Rel(_R1031.iri, PASSED, I_BP, "Zij komt tegemoet aan aanbeveling 1031/2"),
        Rel(_R1031.iri, DATE, "2030-06-15", "Zij komt tegemoet aan aanbeveling 1031/2"),
        # "die hoort bij" the Directiecomité; "In de werkgroep zijn X, Y … vertegenwoordigd";
        # KNV and GTL "geraadpleegd, maar maken geen deel uit": nothing.
        Rel(
            _WG_TAXI.iri, SUB, _DC_VV.iri, "De uitvoering wordt voorbereid in de Benelux-werkgroep"
        ),
        *[
            Rel(_WG_TAXI.iri, PART, x.iri, "In de werkgroep zijn de Inspectie")
            for x in (_ILT, _FODMV, _MOW, _BMOB, _MMTP)
        ],
        Rel(_ILT.iri, COOP, _FODMV.iri, "werken bij de handhaving samen"),
        # Prolonging a decision amends it (set E); the postponed proposal gets nothing.
        Rel(_M2030_14, PASSED, I_CVM, "Het Comité besloot de looptijd"),
        Rel(_M2030_14, DATE, "2030-11-25", "Het Comité besloot de looptijd"),
        Rel(_M2030_14, AMENDS, _M2026_6, "Het Comité besloot de looptijd"),
        Rel(_M2026_6, PASSED, I_CVM, "Het Comité besloot de looptijd"),
        # Signatories "Aan het slot van de vergadering" (its date); an endorser.
        *[
            Rel(_DECL_LL, PART, x, "Aan het slot van de vergadering ondertekenden")
            for x in (BE, NL, LU, NRW)
        ],
        Rel(_DECL_LL, DATE, "2030-11-25", "Aan het slot van de vergadering ondertekenden"),
        Rel(_DECL_LL, PART, VLG, "Het Vlaams Gewest onderschreef"),
        Rel(NL, COOP, NRW, "Nederland werkt bij het leerlingenvervoer"),
    ],
)

# --- v04: news page of Rhineland-Palatinate (climate-proof viticulture on the Moselle) -----
_V04 = "v04_news_rhineland_palatinate_wine"
_DECL_WIJN_V04 = Ent(
    _DECL_WIJN,
    "Declaration",
    _DECL_WIJN_LABEL,
    ["gezamenlijke verklaring over klimaatbestendige wijnbouw in het Moezelgebied"],
)
_EV_WIJN = event(
    "Conferentie Wijnbouw zonder Grenzen",
    "Wijnbouw zonder Grenzen",
    slug="conferentie-wijnbouw-zonder-grenzen",
)
_WG_MW = wg("Werkgroep Moezelwijnbouw")
_DLR = org(
    "Dienstleistungszentrum Ländlicher Raum Mosel",
    "Dienstleistungszentrum Ländlicher Raum (DLR) Mosel",
    "DLR Mosel",
)
_IVV = body("Institut viti-vinicole", "Institut viti-vinicole", "IVV")
_CRAGE = org("Chambre régionale d'agriculture Grand Est")
_HGU = org("Hochschule Geisenheim University")
_R1027 = ins(
    "Aanbeveling 1027/2 over klimaatadaptatie in de land- en tuinbouw",
    "Recommendation",
    "aanbeveling 1027/2 over klimaatadaptatie in de land- en tuinbouw",
)
SPECS[_V04] = (
    [
        org("Staatskanzlei Rheinland-Pfalz"),
        region(RLP, "Rijnland-Palts", "Rijnland-Palts", "Rheinland-Pfalz"),
        bu(),
        country(LU, "Luxemburg"),
        region(GRAND_EST, "Grand Est", "Grand Est", "Région Grand Est"),
        country(DE, "Duitsland"),
        country(FR, "Frankrijk"),
        country(BE, "België"),
        _DECL_WIJN_V04,
        _EV_WIJN,
        person("Michel Kremer"),
        person("Katharina Bender"),
        person("Claude Reuter"),
        person("Sophie Marchal"),
        sg(),
        known(EC, "ExternalOrganisation", "Europese Commissie"),
        _WG_MW,
        _DC_LV,
        _DLR,
        _IVV,
        _CRAGE,
        _HGU,
        region(SAAR, "Saarland"),
        bp("Benelux-Parlement", "Parlement"),
        _R1027,
        act("Verordening (EU) nr. 1308/2013"),
        region(GR, "Grande Région"),
    ],
    [
        # The headline: "X en Y werken samen" gives one relation, subject first (set I).
        Rel(RLP, COOP, BU, "Rijnland-Palts en Benelux Unie werken samen"),
        # Four signatories, dated by "gisteren" against the dateline of 24 May 2030.
        *[
            Rel(_DECL_WIJN, PART, x, "in Trier ondertekenden Rijnland-Palts")
            for x in (RLP, LU, GRAND_EST, BU)
        ],
        Rel(_DECL_WIJN, DATE, "2030-05-23", "in Trier ondertekenden Rijnland-Palts"),
        # Organiser and co-organiser; speakers "namens" a country and a region; an observer;
        # a delegation that "woonde … bij".
        Rel(_EV_WIJN.iri, PART, RLP, "Rijnland-Palts organiseerde de conferentie"),
        Rel(_EV_WIJN.iri, PART, I_SG, "Rijnland-Palts organiseerde de conferentie"),
        Rel(I_SG, SUB, BU, "Rijnland-Palts organiseerde de conferentie"),
        Rel(_EV_WIJN.iri, PART, LU, "Namens Luxemburg sprak"),
        Rel(_EV_WIJN.iri, PART, GRAND_EST, "voerde het woord"),
        Rel(_EV_WIJN.iri, PART, EC, "De Europese Commissie was met een waarnemer"),
        Rel(_EV_WIJN.iri, PART, I_BP, "Ook een delegatie van het Benelux-Parlement"),
        # "de partners" (the signatories but the Union itself) set the group up and so take
        # part in it (set E: groups set up by the Union and NRW have NRW as participant).
        *[
            Rel(_WG_MW.iri, PART, x, "Met de verklaring richten de partners")
            for x in (RLP, LU, GRAND_EST)
        ],
        # "wordt ondergebracht bij" (set K); "Aan de werkgroep nemen X, Y en Z deel";
        # "gaat een samenwerking aan met" (settled future, set J). Saarland only interested.
        Rel(_WG_MW.iri, SUB, _DC_LV.iri, "De werkgroep wordt\nondergebracht bij"),
        *[
            Rel(_WG_MW.iri, PART, x.iri, "Aan de werkgroep nemen het Dienstleistungszentrum")
            for x in (_DLR, _IVV, _CRAGE)
        ],
        Rel(_WG_MW.iri, COOP, _HGU.iri, "Voor het onderzoek naar droogteresistente rassen"),
        Rel(_R1027.iri, PASSED, I_BP, "had op 16 maart 2030 aanbeveling 1027/2"),
        Rel(_R1027.iri, DATE, "2030-03-16", "had op 16 maart 2030 aanbeveling 1027/2"),
        # "X en Y leggen … samen aan" (joint action, as set F's "Samen met … verkent").
        Rel(_DLR.iri, COOP, _IVV.iri, "De DLR Mosel en het"),
        Rel(RLP, COOP, LU, "Rijnland-Palts en Luxemburg werken al sinds"),
    ],
)

# --- v05: Benelux Publicatieblad 2031-1, July-December 2030 ---------------------------------
_V05 = "v05_journal_index"
_M2030_12 = m_number(
    "M(2030)12",
    "Decision",
    "M (2030) 12",
    "Beschikking tot wijziging van de Beschikking M (2027) 3 inzake de uitwisseling van gegevens over slachtoffers van mensenhandel, zoals gewijzigd bij Beschikking M (2029) 9",
)
_M2030_13 = m_number(
    "M(2030)13",
    "Recommendation",
    "M (2030) 13",
    "Aanbeveling betreffende de uitwisseling van gegevens over de energieprestatie van woningen in de grensstreek",
)
_DECL_NRVM = ins(
    "Memorandum van overeenstemming tussen het Secretariaat-Generaal van de Benelux Unie en de Noordse Raad van Ministers inzake de aanpak van grensbelemmeringen",
    "Declaration",
)
_R1034 = ins(
    "Aanbeveling 1034/2 over grensoverschrijdend statiegeld op blikjes en flessen",
    "Recommendation",
)
_R1035 = ins(
    "Aanbeveling 1035/2 over de veiligheid van zelfrijdende shuttles in de grensstreek",
    "Recommendation",
)
SPECS[_V05] = (
    [
        sg(),
        bu(),
        cvm("COMITÉ VAN MINISTERS"),
        _M2030_12,
        Ent(_M2027_3, "Decision", "M(2027)3", ["M (2027) 3"]),
        Ent(_M2029_9, "Decision", "M(2029)9", ["M (2029) 9"]),
        _M2030_13,
        Ent(
            _M2030_14,
            "Decision",
            "M(2030)14",
            [
                "M (2030) 14",
                "Beschikking tot wijziging van de Beschikking M (2026) 6 betreffende proeven met zelfrijdende shuttles in de grensstreek",
            ],
        ),
        Ent(_M2026_6, "Decision", "M(2026)6", ["M (2026) 6"]),
        Ent(
            _M2030_15,
            "Decision",
            "M(2030)15",
            [
                "M (2030) 15",
                "Beschikking betreffende de wederzijdse erkenning van taxivergunningen in de grensstreek",
            ],
        ),
        Ent(_M2012_8, "Recommendation", "M(2012)8", ["Aanbeveling M (2012) 8"]),
        _WG_TAXI,
        _DC_VV,
        Ent(
            _M2030_16,
            "Decision",
            "M(2030)16",
            [
                "M (2030) 16",
                "Beschikking betreffende de uitwisseling van ondergrondgegevens bij grensoverschrijdende aardwarmteprojecten",
            ],
        ),
        Ent(_M2016_4, "Recommendation", "M(2016)4", ["Aanbeveling M (2016) 4"]),
        Ent(
            _M2030_17,
            "Decision",
            "M(2030)17",
            [
                "M (2030) 17",
                "Beschikking betreffende de wederzijdse erkenning van statiegeldsystemen voor drankverpakkingen, ter uitvoering van Verordening (EU) 2025/40",
            ],
        ),
        act("Verordening (EU) 2025/40"),
        Ent(
            _DECL_LL,
            "Declaration",
            _DECL_LL_LABEL,
            [
                "Politieke verklaring van België, Nederland, Luxemburg en Noordrijn-Westfalen over het leerlingenvervoer over de grens"
            ],
        ),
        country(BE, "België"),
        country(NL, "Nederland"),
        country(LU, "Luxemburg", "Luxemburg", "Groothertogdom Luxemburg"),
        region(NRW, "Noordrijn-Westfalen"),
        vlg("Vlaams Gewest"),
        Ent(
            _DECL_WIJN,
            "Declaration",
            _DECL_WIJN_LABEL,
            [
                "Gezamenlijke verklaring van Trier over klimaatbestendige wijnbouw in het Moezelgebied"
            ],
        ),
        region(RLP, "Rijnland-Palts"),
        region(GRAND_EST, "Grand Est", "Région Grand Est"),
        _DECL_NRVM,
        _NRVM,
        bp("BENELUX-PARLEMENT"),
        _R1034,
        _R1035,
    ],
    [
        Rel(I_SG, SUB, BU, "Uitgegeven door het Secretariaat-Generaal"),
        # "tot wijziging van … zoals gewijzigd bij" gives both amendments (set K); every
        # M-number to the Committee (seed rule); the index's dates.
        Rel(_M2030_12.iri, PASSED, I_CVM, "M (2030) 12 Beschikking tot wijziging"),
        Rel(_M2030_12.iri, DATE, "2030-09-23", "M (2030) 12 Beschikking tot wijziging"),
        Rel(_M2030_12.iri, AMENDS, _M2027_3, "M (2030) 12 Beschikking tot wijziging"),
        Rel(_M2029_9, AMENDS, _M2027_3, "M (2030) 12 Beschikking tot wijziging"),
        Rel(_M2027_3, PASSED, I_CVM, "M (2030) 12 Beschikking tot wijziging"),
        Rel(_M2029_9, PASSED, I_CVM, "M (2030) 12 Beschikking tot wijziging"),
        Rel(_M2030_13.iri, PASSED, I_CVM, "M (2030) 13 Aanbeveling betreffende"),
        Rel(_M2030_13.iri, DATE, "2030-09-23", "M (2030) 13 Aanbeveling betreffende"),
        Rel(_M2030_14, PASSED, I_CVM, "M (2030) 14 Beschikking tot wijziging"),
        Rel(_M2030_14, DATE, "2030-11-25", "M (2030) 14 Beschikking tot wijziging"),
        Rel(_M2030_14, AMENDS, _M2026_6, "M (2030) 14 Beschikking tot wijziging"),
        Rel(_M2026_6, PASSED, I_CVM, "M (2030) 14 Beschikking tot wijziging"),
        Rel(_M2030_15, PASSED, I_CVM, "M (2030) 15 Beschikking betreffende"),
        Rel(_M2030_15, DATE, "2030-11-25", "M (2030) 15 Beschikking betreffende"),
        # Note lines: "treedt in de plaats van", "Voorbereid door <group> van het <body>",
        # "vervangt".
        Rel(_M2030_15, AMENDS, _M2012_8, "deze beschikking treedt in de plaats van"),
        Rel(_M2012_8, PASSED, I_CVM, "deze beschikking treedt in de plaats van"),
        Rel(_WG_TAXI.iri, SUB, _DC_VV.iri, "Voorbereid door de Benelux-werkgroep Taxivervoer"),
        Rel(_M2030_16, PASSED, I_CVM, "M (2030) 16 Beschikking betreffende"),
        Rel(_M2030_16, DATE, "2030-11-25", "M (2030) 16 Beschikking betreffende"),
        Rel(_M2030_16, AMENDS, _M2016_4, "vervangt Aanbeveling M (2016) 4"),
        Rel(_M2016_4, PASSED, I_CVM, "vervangt Aanbeveling M (2016) 4"),
        Rel(_M2030_17, PASSED, I_CVM, "M (2030) 17 Beschikking betreffende"),
        Rel(_M2030_17, DATE, "2030-11-25", "M (2030) 17 Beschikking betreffende"),
        # The parties of a title, an endorser in a note line; signatories in a passive note
        # line ("Ondertekend door"); the two parties of the memorandum's title.
        *[
            Rel(_DECL_LL, PART, x, "Politieke verklaring van België, Nederland")
            for x in (BE, NL, LU, NRW)
        ],
        Rel(_DECL_LL, DATE, "2030-11-25", "Politieke verklaring van België, Nederland"),
        Rel(_DECL_LL, PART, VLG, "het Vlaams Gewest heeft de verklaring mede onderschreven"),
        *[
            Rel(_DECL_WIJN, PART, x, "Ondertekend door het Land Rijnland-Palts")
            for x in (RLP, LU, GRAND_EST, BU)
        ],
        Rel(_DECL_WIJN, DATE, "2030-05-23", "Gezamenlijke verklaring van Trier"),
        Rel(_DECL_NRVM.iri, PART, I_SG, "Memorandum van overeenstemming tussen"),
        Rel(_DECL_NRVM.iri, PART, _NRVM.iri, "Memorandum van overeenstemming tussen"),
        Rel(_DECL_NRVM.iri, DATE, "2030-10-04", "Memorandum van overeenstemming tussen"),
        # The section heading names the issuing body (set K); "aangenomen op".
        Rel(_R1034.iri, PASSED, I_BP, "Aanbeveling 1034/2 over grensoverschrijdend"),
        Rel(_R1034.iri, DATE, "2030-12-07", "Aanbeveling 1034/2 over grensoverschrijdend"),
        Rel(_R1035.iri, PASSED, I_BP, "Aanbeveling 1035/2 over de veiligheid"),
        Rel(_R1035.iri, DATE, "2030-12-07", "Aanbeveling 1035/2 over de veiligheid"),
    ],
)

# --- v06: minutes of the 7th meeting of the deposit-return working group, 4 March 2031 -----
_V06 = "v06_minutes_deposit_working_group"
_WG_SZ = wg("Benelux-werkgroep Statiegeld en Zwerfafval")
_EV_7 = event(
    "Vergadering Benelux-werkgroep Statiegeld en Zwerfafval 4 maart 2031",
    "7e vergadering van de Benelux-werkgroep Statiegeld en Zwerfafval",
    slug="vergadering-benelux-werkgroep-statiegeld-en-zwerfafval-2031-03-04",
)
_EV_6 = event(
    "Vergadering Benelux-werkgroep Statiegeld en Zwerfafval 12 november 2030",
    "6e vergadering",
    slug="vergadering-benelux-werkgroep-statiegeld-en-zwerfafval-2030-11-12",
)
_EV_8 = event(
    "Vergadering Benelux-werkgroep Statiegeld en Zwerfafval 17 juni 2031",
    "8e vergadering",
    slug="vergadering-benelux-werkgroep-statiegeld-en-zwerfafval-2031-06-17",
)
_OVAM = body(
    "Openbare Vlaamse Afvalstoffenmaatschappij", "Openbare Vlaamse Afvalstoffenmaatschappij", "OVAM"
)
_AEV = body("Administration de l'environnement", "Administration de l'environnement", "AEV")
_IVC = body("Interregionale Verpakkingscommissie", "Interregionale Verpakkingscommissie", "IVC")
_SSN = org("Stichting Statiegeld Nederland")
_DPG = org("Deutsche Pfandsystem GmbH", "Deutsche Pfandsystem GmbH", "DPG")
_M2014_6 = m_number(
    "M(2014)6",
    "Recommendation",
    "Aanbeveling M (2014) 6 over zwerfafval langs grensoverschrijdende wegen",
)
_REC_GW = ins(
    "Aanbeveling over statiegeld in grenswinkels",
    "Recommendation",
    "aanbeveling over statiegeld in grenswinkels",
)
SPECS[_V06] = (
    [
        bu(),
        sg(),
        _WG_SZ,
        _EV_7,
        _EV_6,
        _EV_8,
        person("A. Verhoeven", "Verhoeven"),
        person("K. Driessen"),
        person("S. Peeters", "Peeters"),
        person("T. Lambert"),
        person("N. El Amrani"),
        person("P. Schmit"),
        person("J. Mertens", "Mertens"),
        person("L. Van den Broeck"),
        person("R. Thill"),
        person("M. Brouwer", "Brouwer"),
        person("C. Hoffmann", "Hoffmann"),
        _IENW,
        _ILT,
        _OVAM,
        _SPW,
        _LB,
        _AEV,
        _IVC,
        _SSN,
        _DPG,
        country(NL, "Nederland"),
        country(DE, "Duitsland"),
        country(LU, "Luxemburg"),
        vlg("Vlaanderen"),
        wal("Waals Gewest"),
        _BHG,
        cvm("Comité van Ministers"),
        event(
            "Vergadering Comité van Ministers 25 november 2030",
            "vergadering van 25 november 2030",
            slug="vergadering-comite-van-ministers-2030-11-25",
        ),
        Ent(
            _M2030_17,
            "Decision",
            "M(2030)17",
            [
                "Beschikking M (2030) 17",
                "Beschikking M (2030) 17 betreffende de wederzijdse erkenning van statiegeldsystemen voor drankverpakkingen",
            ],
        ),
        _M2014_6,
        org("Valorlux"),
        _MUNV,
        region(NRW, "Noordrijn-Westfalen"),
        act("Verordening (EU) 2025/40", "Verordening (EU) 2025/40", "PPWR"),
        act("Richtlijn 94/62/EG"),
        act("Richtlijn (EU) 2019/904"),
        _DC_LM,
        csg(),
        _REC_GW,
    ],
    [
        # The letterhead "Benelux Unie - Secretariaat-Generaal" puts the body under the Union.
        Rel(I_SG, SUB, BU, "Benelux Unie - Secretariaat-Generaal"),
        # Members present take part in the group and in the meeting; the excused member in
        # the group only; the guests in the meeting only; the secretariat in neither (set P).
        *[
            Rel(x.iri, PART, y.iri, snippet)
            for y, snippet in (
                (_IENW, "Ministerie van Infrastructuur en Waterstaat (NL), voorzitter"),
                (_ILT, "Inspectie Leefomgeving en Transport (NL)"),
                (_OVAM, "OVAM (BE)"),
                (_SPW, "Service public de Wallonie (BE)"),
                (_LB, "Leefmilieu Brussel (BE)"),
                (_AEV, "Administration de l'environnement (AEV) (LU)"),
            )
            for x in (_WG_SZ, _EV_7)
        ],
        Rel(_WG_SZ.iri, PART, _IVC.iri, "Interregionale Verpakkingscommissie (IVC) (BE)"),
        Rel(_EV_7.iri, PART, _SSN.iri, "Stichting Statiegeld Nederland\n"),
        Rel(_EV_7.iri, PART, _DPG.iri, "Deutsche Pfandsystem GmbH (DPG)"),
        # Adopted "in zijn vergadering van 25 november 2030" (a relative clause); "wijzigt …
        # niet": no eli:amends, the Committee still issued the recommendation.
        Rel(_M2030_17, PASSED, I_CVM, "Het secretariaat licht Beschikking M (2030) 17"),
        Rel(_M2030_17, DATE, "2030-11-25", "Het secretariaat licht Beschikking M (2030) 17"),
        Rel(_M2014_6.iri, PASSED, I_CVM, "Anders dan in het ont"),
        Rel(_SSN.iri, COOP, _DPG.iri, "Stichting Statiegeld Nederland werkt daarbij"),
        # NRW's ministry will "niet aan de werkgroep deel … nemen": nothing. An EU regulation
        # replacing a directive gets no eli:amends (set J).
        Rel(_WG_SZ.iri, SUB, _DC_LM.iri, "De werkgroep rapporteert via"),
        Rel(_DC_LM.iri, SUB, I_CSG, "De werkgroep rapporteert via"),
        # "trekt op met"; "stelt samen met X … op" (set S); the proposal (B3) gives nothing.
        Rel(_WG_SZ.iri, COOP, _DPG.iri, "trekt de werkgroep op met DPG"),
        Rel(_OVAM.iri, COOP, _LB.iri, "De OVAM stelt samen met Leefmilieu Brussel"),
    ],
)


def main(argv: list[str]) -> None:
    _A.main(argv, SPECS)  # write and verify gold/*.json, or review one document


if __name__ == "__main__":
    main(sys.argv)
