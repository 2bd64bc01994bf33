# ruff: noqa: E501, F405  (the annotation tables hold long Dutch titles verbatim)
"""Gold standard of set Y (tests/heldout/gold/z01…z06).

Set Y was written in session 18 by a helper that never read the extractor's code, patterns,
reference data, tests or output, never ran the extractor, ``evaluate_set.py`` or pytest, and never
opened any other set's texts or gold. It has one document of each kind the project's users feed
it, on policy fields no other set covers: an annual-plan chapter (cross-border cycle highways,
2040), an evaluation chapter (the Benelux decision on the trade in consumer fireworks), a
Kamerbrief on the Committee of Ministers' meeting of 4 December 2040 (the trade in dogs and cats,
heritage railways), a news page of the Benelux Union (sign-language interpreters across the
border), a Benelux Publicatieblad index (December 2040 to June 2041) and the minutes of a task
force's meeting with an attendance table (ATM explosive attacks, 14 March 2041). The offset
helpers and the JSON writer are those of ``_spans.py`` (set A).

Usage::

    python tests/heldout/_spans_y.py              # write gold/z01…z06.json, verify every span
    python tests/heldout/_spans_y.py review DOC   # every hit and evidence in context
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
SAAR = "id/region/saarland"
WAL = "id/organisation/waals-gewest"


def known(iri: str, cls: str, label: str, *names: str) -> Any:
    """An entity that already occurs in the seeds or the development sets (its IRI kept)."""
    return Ent(iri, cls, label, list(names) or [label])


def ec(*names: str) -> Any:
    return known(EC, "ExternalOrganisation", "Europese Commissie", *names)


def europol() -> Any:
    return known(EUROPOL, "ExternalOrganisation", "Europol")


def m(num: str, cls: str, *names: str) -> Any:
    """An M-numbered instrument: ``m("2036_4", …)`` is ``id/instrument/m-2036-4``."""
    year, seq = num.split("_")
    return Ent(f"id/instrument/m-{year}-{seq}", cls, f"M({year}){seq}", list(names))


def mi(num: str) -> str:
    year, seq = num.split("_")
    return f"id/instrument/m-{year}-{seq}"


# Entities of the seeds and the earlier sets, built as they build them (same IRIs).
_DC_VV = wg("Directiecomité Verkeer en Vervoer")
_DC_LV = wg("Directiecomité Landbouw en Voedselveiligheid")
_DC_SZ = wg("Directiecomité Sociale Zaken")
_DC_JBZ = wg("Directiecomité Justitie en Binnenlandse Zaken")
_SENN = wg("Senningenoverleg")
_WG_DRUGS = wg("Benelux-werkgroep Drugs")
_SPW = body("Service public de Wallonie", "Service public de Wallonie", "SPW")
_IENW = body(
    "Ministerie van Infrastructuur en Waterstaat",
    "Ministerie van Infrastructuur en Waterstaat",
    "IenW",
)
_RWS = body("Rijkswaterstaat")
_MMTP = body("Ministère de la Mobilité et des Travaux publics")
_NVWA = body(
    "Nederlandse Voedsel- en Warenautoriteit", "Nederlandse Voedsel- en Warenautoriteit", "NVWA"
)
_ALVA = body(
    "Administration luxembourgeoise vétérinaire et alimentaire",
    "Administration luxembourgeoise vétérinaire et alimentaire",
    "ALVA",
)
_LVVN = body("Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur")
_DOMG = body("Departement Omgeving")
_DG = body("Duitstalige Gemeenschap")
_FODE = body("FOD Economie")
_ILT = body("Inspectie Leefomgeving en Transport", "Inspectie Leefomgeving en Transport", "ILT")
_ITM = body("Inspection du travail et des mines", "Inspection du travail et des mines", "ITM")
_NP = body("Nationale Politie")
_FP = body("Federale Politie")
_PGD = body("Police grand-ducale")
_UWV = body("UWV")
_EMR = org("Euregio Maas-Rijn", "Euregio Maas-Rijn", "EMR")
_NMBS, _NS, _CFL = org("NMBS"), org("NS"), org("CFL")
_FIETSCONF = event(
    "Benelux-fietsconferentie", "Benelux-fietsconferentie", slug="benelux-fietsconferentie"
)

# New to set Y, shared by two or three of its documents (one IRI each).
# z01's first mention carries a glued footnote mark ("Fietssnelwegen¹"), which the word-boundary
# rule rejects; ``raw`` adds it (set B's memorandum).
_WG_FS = Ent(
    "id/working-group/benelux-werkgroep-fietssnelwegen",
    "WorkingGroup",
    "Benelux-werkgroep Fietssnelwegen",
    ["Benelux-werkgroep Fietssnelwegen", "werkgroep Fietssnelwegen"],
    raw=["Benelux-werkgroep Fietssnelwegen"],
)
_WG_VW = wg("Benelux-werkgroep Vuurwerk")
_D_BW_LABEL = "Beschikking over de uniforme bewegwijzering van grensoverschrijdende fietssnelwegen"
_D_BW = ins(
    _D_BW_LABEL,
    "Decision",
    "beschikking over de uniforme bewegwijzering van grensoverschrijdende fietssnelwegen",
)
_DECL_SAAR_LABEL = "Benelux-Saarland-verklaring over de illegale handel in gezelschapsdieren"
_DECL_SAAR = ins(_DECL_SAAR_LABEL, "Declaration")
_DECL_GT_LABEL = "Intentieverklaring over tolken gebarentaal in de grensstreek"
_DECL_GT = ins(
    _DECL_GT_LABEL,
    "Declaration",
    "Intentieverklaring over tolken gebarentaal in de grensstreek",
    "intentieverklaring over tolken gebarentaal in de grensstreek",
)
_E4A = org("Eurogroup for Animals")
_DV = org("Doof Vlaanderen")
_FFSB = org(
    "Fédération Francophone des Sourds de Belgique",
    "Fédération Francophone des Sourds de Belgique",
    "FFSB",
)
_DOVS = org("Dovenschap")
_NET_GT = wg("Benelux-netwerk Tolken Gebarentaal")

SPECS: dict[str, tuple[list[Any], list[Any]]] = {}

# --- z01: annual plan 2040, chapter 5 (cross-border cycle highways) ------------------------
_Z01 = "z01_annual_plan_cycle_highways"
_GWP = ins("Gemeenschappelijk Werkprogramma 2037-2040", "LegalInstrument")
_MOW = body(
    "Departement Mobiliteit en Openbare Werken", "Departement Mobiliteit en Openbare Werken", "MOW"
)
_AWV = body("Agentschap Wegen en Verkeer", "Agentschap Wegen en Verkeer", "AWV")
_BMOB = body("Brussel Mobiliteit")
_APC = body("Administration des ponts et chaussées")
_MUNV = org(
    "Ministerium für Umwelt, Naturschutz und Verkehr",
    "Ministerium für Umwelt, Naturschutz und Verkehr",
    "MUNV",
)
_CEREMA = org("Cerema")
_PL_FT = wg("Benelux-platform Fietstellingen")
_VVC = body("Vlaams Verkeerscentrum")
_CROW = org("CROW")
_ADFC = org("Allgemeiner Deutscher Fahrrad-Club", "Allgemeiner Deutscher Fahrrad-Club", "ADFC")
_ECF = org("European Cyclists' Federation", "European Cyclists' Federation", "ECF")
_M2031_3 = m(
    "2031_3",
    "Recommendation",
    "Aanbeveling M (2031) 3 betreffende fietsroutes in de grensstreek",
    "Aanbeveling M (2031) 3",
)
_DECL_AKEN = ins("Verklaring van Aken over fietssnelwegen in de grensstreek", "Declaration")
_R1117 = ins("Aanbeveling 1117/2 over veilige fietsverbindingen", "Recommendation")
_M2038_2 = m("2038_2", "Decision", "Beschikking M (2038) 2")
SPECS[_Z01] = (
    [
        bu(),
        _GWP,
        cvm("Comité van Ministers"),
        _WG_FS,
        _DC_VV,
        csg(),
        _MOW,
        _AWV,
        _SPW,
        _BMOB,
        _IENW,
        _APC,
        _MMTP,
        region(NRW, "Noordrijn-Westfalen"),
        _MUNV,
        _CEREMA,
        country(FR, "Frankrijk"),
        _PL_FT,
        _VVC,
        _RWS,
        _CROW,
        _ADFC,
        _ECF,
        _D_BW,
        _M2031_3,
        act("Verordening (EU) 2024/1679", "Verordening (EU) 2024/1679", "TEN-T-verordening"),
        _EMR,
        _DECL_AKEN,
        country(BE, "België"),
        country(NL, "Nederland"),
        country(LU, "Luxemburg"),
        region(HDF, "Hauts-de-France"),
        sg(),
        _NMBS,
        _NS,
        _CFL,
        bp("Benelux-Parlement"),
        _R1117,
        _FIETSCONF,
        _M2038_2,
    ],
    [
        # A programme "dat het Comité van Ministers op … vaststelde" (seed gold: its adopter).
        Rel(_GWP.iri, PASSED, I_CVM, "dat het Comité van Ministers"),
        Rel(_GWP.iri, DATE, "2036-12-09", "dat het Comité van Ministers"),
        # "een van de vier werkgroepen van X" ("X van Y"); "valt op zijn beurt onder".
        Rel(_WG_FS.iri, SUB, _DC_VV.iri, "is een van de vier werkgroepen"),
        Rel(_DC_VV.iri, SUB, I_CSG, "dat directiecomité valt op zijn beurt"),
        *[
            Rel(_WG_FS.iri, PART, x.iri, "In de werkgroep zitten")
            for x in (_MOW, _AWV, _SPW, _BMOB, _IENW, _APC)
        ],
        # The chair from 2040 (settled future, set J; a chairing body takes part, sets G/H).
        Rel(_WG_FS.iri, PART, _MMTP.iri, "Het voorzitterschap gaat in 2040"),
        # "volgt … als waarnemer"; "Het Land laat zich daarin vertegenwoordigen door" (set K).
        # Cerema contacted, France "neemt … niet deel": nothing.
        Rel(_WG_FS.iri, PART, NRW, "Noordrijn-Westfalen volgt de werkgroep"),
        Rel(_WG_FS.iri, PART, _MUNV.iri, "Het Land laat"),
        # An apposition "een subgroep van de werkgroep"; "bestaat uit"; ADFC asked, not agreed.
        Rel(_PL_FT.iri, SUB, _WG_FS.iri, "een subgroep van de werkgroep"),
        *[Rel(_PL_FT.iri, PART, x.iri, "Het platform bestaat uit") for x in (_VVC, _RWS, _CROW)],
        Rel(_WG_FS.iri, COOP, _ECF.iri, "De werkgroep zelf werkt samen"),
        # The planned decision: the Committee (seed rule); "komt … te vervallen; de nieuwe
        # tekst neemt haar plaats in" is a replacement (set F: eli:amends). No date (planned).
        Rel(_D_BW.iri, PASSED, I_CVM, "In het voorjaar legt de werkgroep"),
        Rel(_D_BW.iri, AMENDS, _M2031_3.iri, "Met die beschikking komt"),
        Rel(_M2031_3.iri, PASSED, I_CVM, "Met die beschikking komt"),
        Rel(_WG_FS.iri, PART, _EMR.iri, "Voor dit deelproject schuift"),
        # "draagt … de handtekeningen van" four parties; Hauts-de-France a guest who did not
        # sign: nothing.
        *[Rel(_DECL_AKEN.iri, PART, x, "Die verklaring draagt") for x in (BE, NL, LU, NRW)],
        Rel(_DECL_AKEN.iri, DATE, "2039-10-03", "Die verklaring draagt"),
        Rel(I_SG, SUB, BU, "Het Secretariaat-Generaal van de Benelux Unie werkt"),
        *[
            Rel(I_SG, COOP, x.iri, "Het Secretariaat-Generaal van de Benelux Unie werkt")
            for x in (_NMBS, _NS, _CFL)
        ],
        Rel(_R1117.iri, PASSED, I_BP, "Het Benelux-Parlement vroeg"),
        Rel(_R1117.iri, DATE, "2038", "Het Benelux-Parlement vroeg"),
        # Organiser and co-organiser ("organiseert haar samen met").
        Rel(_FIETSCONF.iri, PART, I_SG, "Het Secretariaat-Generaal organiseert haar"),
        Rel(_FIETSCONF.iri, PART, _EMR.iri, "Het Secretariaat-Generaal organiseert haar"),
        # The footnote: a body set up by a decision gets no relation to it (set J).
        Rel(_M2038_2.iri, PASSED, I_CVM, "De werkgroep is ingesteld bij"),
        Rel(_M2038_2.iri, DATE, "2038-06-14", "De werkgroep is ingesteld bij"),
    ],
)

# --- z02: evaluation of the fireworks decision, chapter 3 ---------------------------------
_Z02 = "z02_evaluation_fireworks"
_M2036_4_Z02 = m(
    "2036_4",
    "Decision",
    "Beschikking M (2036) 4 inzake de grensoverschrijdende handel in en het vervoer van consumentenvuurwerk",
    "Vuurwerkbeschikking",
)
_M2027_15 = m(
    "2027_15",
    "Recommendation",
    "Aanbeveling M (2027) 15 over de controle op de vuurwerkverkoop aan de grens",
)
_M2039_7_Z02 = m("2039_7", "Decision", "Beschikking M (2039) 7")
_VWB = act(
    "Vuurwerkbesluit",
    "Vuurwerkbesluit",
    "Besluit van 22 januari 2002, houdende regels met betrekking tot consumenten- en professioneel vuurwerk",
)
_AADA = body(
    "Algemene Administratie van Douane en Accijnzen",
    "Algemene Administratie van Douane en Accijnzen",
    "AAD&A",
)
_DNL = body("Douane Nederland")
_ADA = body("Administration des douanes et accises", "Administration des douanes et accises", "ADA")
_BAM = org(
    "Bundesanstalt für Materialforschung und -prüfung",
    "Bundesanstalt für Materialforschung und -prüfung",
    "BAM",
)
_DGDDI = org(
    "Direction générale des douanes et droits indirects",
    "Direction générale des douanes et droits indirects",
    "DGDDI",
)
_EUPCN = wg("Union Product Compliance Network", "Union Product Compliance Network", "EUPCN")
_HDAG = event(
    "Handhavingsdag van de Benelux-werkgroep Vuurwerk, 18 november 2039",
    "jaarlijkse handhavingsdag van de werkgroep op 18 november 2039",
    slug="handhavingsdag-benelux-werkgroep-vuurwerk-2039-11-18",
)
_NFI = body("Nederlands Forensisch Instituut", "Nederlands Forensisch Instituut", "NFI")
_R1102 = ins(
    "Aanbeveling 1102/2 over illegaal zwaar vuurwerk",
    "Recommendation",
    "aanbeveling 1102/2 over illegaal zwaar vuurwerk",
)
SPECS[_Z02] = (
    [
        _M2036_4_Z02,
        cvm("Comité van Ministers", "Het Comité"),
        _M2027_15,
        _M2039_7_Z02,
        act("Richtlijn 2013/29/EU"),
        country(NL, "Nederland"),
        _VWB,
        _WG_VW,
        _DC_JBZ,
        country(BE, "België"),
        country(LU, "Luxemburg"),
        _FODE,
        _AADA,
        _ILT,
        _DNL,
        _ADA,
        _ITM,
        _BAM,
        sg(),
        country(FR, "Frankrijk"),
        _DGDDI,
        _NP,
        _EUPCN,
        act("Verordening (EU) 2019/1020"),
        ec(),
        _HDAG,
        europol(),
        _NFI,
        bp("Benelux-Parlement"),
        _R1102,
        org("Bureau Lont & Partners"),
        bu(),
    ],
    [
        Rel(mi("2036_4"), PASSED, I_CVM, "werd op 12 juni 2036"),
        Rel(mi("2036_4"), DATE, "2036-06-12", "werd op 12 juni 2036"),
        # "trad in de plaats van" is a replacement (set F: eli:amends).
        Rel(mi("2036_4"), AMENDS, mi("2027_15"), "Zij trad in de plaats van"),
        Rel(mi("2027_15"), PASSED, I_CVM, "Zij trad in de plaats van"),
        # "werd in 2039 aangepast bij" with the year (set C).
        Rel(mi("2039_7"), AMENDS, mi("2036_4"), "De lijst van categorieën"),
        Rel(mi("2039_7"), PASSED, I_CVM, "De lijst van categorieën"),
        Rel(mi("2039_7"), DATE, "2039", "De lijst van categorieën"),
        # "brengt verslag uit aan" read as "rapporteert aan".
        Rel(_WG_VW.iri, SUB, _DC_JBZ.iri, "Die werkgroep werd in 2037"),
        # "België is er vertegenwoordigd door X en Y, Nederland door …" (the state and the
        # bodies, sets K, S, W).
        *[
            Rel(_WG_VW.iri, PART, x, "België is er vertegenwoordigd")
            for x in (BE, _FODE.iri, _AADA.iri, NL, _ILT.iri, _DNL.iri, LU, _ADA.iri)
        ],
        Rel(_WG_VW.iri, PART, _ITM.iri, "Voor de opslagvoorschriften schuift"),
        Rel(_WG_VW.iri, PART, _BAM.iri, "neemt als waarnemer deel"),
        # "voert het secretariaat": a coordinating body (sets G/H).
        Rel(_WG_VW.iri, PART, I_SG, "Het Secretariaat-Generaal voert"),
        # France "geen lid"; interviewees (the text and table 3.1) take part in nothing.
        Rel(_ILT.iri, COOP, _EUPCN.iri, "De ILT en de FOD Economie werken"),
        Rel(_FODE.iri, COOP, _EUPCN.iri, "De ILT en de FOD Economie werken"),
        Rel(_EUPCN.iri, PART, EC, "door de Europese Commissie wordt"),
        # "X en Y werken samen": one relation, subject first (set I).
        Rel(_AADA.iri, COOP, _DNL.iri, "Ook de AAD&A en Douane Nederland"),
        # The Nationale Politie "geen lid …, maar wordt … ingeschakeld": nothing (set K).
        # The group's own enforcement day: the group is no participant (set I).
        Rel(_HDAG.iri, PART, EUROPOL, "Aan de jaarlijkse handhavingsdag"),
        Rel(_HDAG.iri, PART, _NFI.iri, "Aan de jaarlijkse handhavingsdag"),
        Rel(_R1102.iri, PASSED, I_BP, "Het Benelux-Parlement heeft in aanbeveling"),
        Rel(_R1102.iri, DATE, "2037-12-04", "Het Benelux-Parlement heeft in aanbeveling"),
        # The evaluators' recommendations 3.1 and 3.2 are not instruments; no relations.
        Rel(I_SG, SUB, BU, "Uitgevoerd door Bureau Lont"),
    ],
)

# --- z03: Kamerbrief on the Committee of Ministers' meeting of 4 December 2040 -------------
_Z03 = "z03_letter_ministers_pets_railways"
_MEET_Z03 = event(
    "Vergadering van het Benelux Comité van Ministers van 4 december 2040",
    "vergadering van het Benelux Comité van Ministers van 4 december 2040",
    slug="vergadering-comite-van-ministers-2040-12-04",
)
_MEET_NEXT_Z03 = event(
    "Vergadering van het Comité van Ministers van 18 juni 2041",
    "volgende vergadering van het Comité",
    slug="vergadering-comite-van-ministers-2041-06-18",
)
_THILL = person("Léa Thill")
_VERSTRAETE = person("Jonas Verstraete")
_ALT = person("Markus Alt", "Alt")
_WOLTER = person("Marc Wolter")
_AKKERMANS = person("Ruben Akkermans")
_M2040_9_Z03 = m("2040_9", "Decision", "Beschikking M (2040) 9")
_WG_GD = wg("Benelux-werkgroep Gezelschapsdieren")
_M2040_10_Z03 = m("2040_10", "Recommendation", "Aanbeveling M (2040) 10")
_DVIS = body("Dienst Veiligheid en Interoperabiliteit van de Spoorwegen")
_ACF = body("Administration des chemins de fer")
_ZLSM = org("Zuid-Limburgse Stoomtrein Maatschappij")
_T1900 = org("Train 1900")
_M2036_4_Z03 = m("2036_4", "Decision", "Beschikking M (2036) 4", "Vuurwerkbeschikking")
_R1131 = ins(
    "Aanbeveling 1131/2 over de online verkoop van pups", "Recommendation", "Aanbeveling 1131/2"
)
SPECS[_Z03] = (
    [
        tk("Tweede Kamer der Staten-Generaal", "uw Kamer"),
        _MEET_Z03,
        cvm("Benelux Comité van Ministers", "Comité van Ministers", "Het Comité", "het Comité"),
        country(LU, "Luxemburg", "Groothertogdom Luxemburg", "Luxemburg"),
        country(BE, "België"),
        country(NL, "Nederland"),
        _THILL,
        _VERSTRAETE,
        region(SAAR, "Saarland"),
        _ALT,
        bp("Benelux-Parlement", "Beneluxparlement"),
        _WOLTER,
        sg(),
        ec(),
        _M2040_9_Z03,
        _ALVA,
        _WG_GD,
        _DC_LV,
        _DOMG,
        _SPW,
        _NVWA,
        _LVVN,
        _DG,
        act("Verordening (EU) 2016/429", "Verordening (EU) 2016/429", "Diergezondheidsverordening"),
        _DECL_SAAR,
        country(FR, "Frankrijk"),
        _E4A,
        _M2040_10_Z03,
        _ILT,
        _DVIS,
        _ACF,
        _ZLSM,
        _T1900,
        _M2036_4_Z03,
        _WG_VW,
        _D_BW,
        _R1131,
        _MEET_NEXT_Z03,
        _AKKERMANS,
    ],
    [
        # "Aan de vergadering namen deel: voor X …; voor Y …; voor Nederland ondergetekende"
        # (the states, set W); a region's minister-president "woonde … bij" (a guest, set W);
        # "Namens het Benelux-Parlement was … aanwezig" (set X); "waren vertegenwoordigd".
        *[Rel(_MEET_Z03.iri, PART, c, "Aan de vergadering namen deel") for c in (LU, BE, NL)],
        Rel(_MEET_Z03.iri, PART, SAAR, "Op uitnodiging van het voorzitterschap"),
        Rel(_MEET_Z03.iri, PART, I_BP, "Namens het Benelux-Parlement"),
        Rel(_MEET_Z03.iri, PART, I_SG, "Ook het Secretariaat-Generaal"),
        Rel(_MEET_Z03.iri, PART, EC, "Ook het Secretariaat-Generaal"),
        # Adopted at the reported meeting: its date (sets E, Q).
        Rel(mi("2040_9"), PASSED, I_CVM, "Het Comité stelde Beschikking"),
        Rel(mi("2040_9"), DATE, "2040-12-04", "Het Comité stelde Beschikking"),
        # The registers' keepers (DogID, CatID: systems, not annotated; the ALVA) are bound by
        # the decision, "geen partij": nothing.
        # "die onder verantwoordelijkheid van X werkt" read as "valt onder".
        Rel(_WG_GD.iri, SUB, _DC_LV.iri, "De beschikking is voorbereid door"),
        *[
            Rel(_WG_GD.iri, PART, x.iri, "In die werkgroep overleggen")
            for x in (_DOMG, _SPW, _NVWA, _ALVA)
        ],
        Rel(_WG_GD.iri, PART, _LVVN.iri, "beleidsvragen schuift het Ministerie"),
        # The German-speaking Community "wil aansluiten, maar heeft … nog geen besluit": nothing.
        # "de drie ministers en minister-president Alt" (the states of the attendance paragraph
        # and the region he leads, set W); France informed, "geen partij": nothing.
        *[
            Rel(_DECL_SAAR.iri, PART, x, "Aan de rand van de vergadering ondertekenden")
            for x in (BE, NL, LU, SAAR)
        ],
        Rel(_DECL_SAAR.iri, DATE, "2040-12-04", "Aan de rand van de vergadering ondertekenden"),
        Rel(I_SG, COOP, _E4A.iri, "zal voor de uitvoering samenwerken"),
        Rel(mi("2040_10"), PASSED, I_CVM, "Het Comité nam Aanbeveling"),
        Rel(mi("2040_10"), DATE, "2040-12-04", "Het Comité nam Aanbeveling"),
        # The rail safety bodies are addressees and the heritage railways were consulted:
        # nothing.
        Rel(mi("2036_4"), PASSED, I_CVM, "De Vuurwerkbeschikking, Beschikking"),
        # Not yet adopted: the Committee (seed rule), no date.
        Rel(_D_BW.iri, PASSED, I_CVM, "is nog niet vastgesteld"),
        Rel(_R1131.iri, PASSED, I_BP, "Het Comité beantwoordde verder"),
    ],
)

# --- z04: news page of the Benelux Union (sign-language interpreters) ----------------------
_Z04 = "z04_news_sign_language_interpreters"
_VAPH = body(
    "Vlaams Agentschap voor Personen met een Handicap",
    "Vlaams Agentschap voor Personen met een Handicap",
    "VAPH",
)
_AVIQ = body("Agence pour une Vie de Qualité", "Agence pour une Vie de Qualité", "AVIQ")
_MFAM = body("Ministère de la Famille, des Solidarités, du Vivre ensemble et de l'Accueil")
_DSL = body("Dienststelle für Selbstbestimmtes Leben")
_EFSLI = org(
    "European Forum of Sign Language Interpreters",
    "European Forum of Sign Language Interpreters",
    "efsli",
)
_EUD = org("European Union of the Deaf")
_R1128 = ins("Aanbeveling 1128/2 over toegankelijke overheidsdiensten", "Recommendation")
_MEET_GT = event(
    "Eerste bijeenkomst van het Benelux-netwerk Tolken Gebarentaal, 22 april 2041",
    "eerste bijeenkomst van het netwerk",
    slug="bijeenkomst-benelux-netwerk-tolken-gebarentaal-2041-04-22",
)
_VGTC = org("Vlaams GebarentaalCentrum", "Vlaams GebarentaalCentrum", "VGTC")
_NGC = org("Nederlands Gebarencentrum")
SPECS[_Z04] = (
    [
        country(LU, "Luxemburg"),
        _DECL_GT,
        sg(),
        bu(),
        _DV,
        _FFSB,
        _DOVS,
        _NET_GT,
        _DC_SZ,
        _VAPH,
        _AVIQ,
        known(WAL, "NationalBody", "Waals Gewest"),
        _UWV,
        _MFAM,
        _DSL,
        _DG,
        _EFSLI,
        person("Hilde Vercammen"),
        _EUD,
        person("Ilse Peeters"),
        region(NRW, "Noordrijn-Westfalen"),
        region(HDF, "Hauts-de-France"),
        bp("Benelux-Parlement"),
        _R1128,
        act("VN-Verdrag inzake de rechten van personen met een handicap"),
        act("Richtlijn (EU) 2019/882", "Richtlijn (EU) 2019/882", "Europese toegankelijkheidsakte"),
        _MEET_GT,
        _VGTC,
        _NGC,
        cvm("Comité van Ministers"),
    ],
    [
        # Signed "gisteren" against the dateline of 4 March 2041 (set W).
        *[
            Rel(_DECL_GT.iri, PART, x, "die het Secretariaat-Generaal van de Benelux Unie gisteren")
            for x in (I_SG, _DV.iri, _FFSB.iri, _DOVS.iri)
        ],
        Rel(
            _DECL_GT.iri,
            DATE,
            "2041-03-03",
            "die het Secretariaat-Generaal van de Benelux Unie gisteren",
        ),
        Rel(I_SG, SUB, BU, "die het Secretariaat-Generaal van de Benelux Unie gisteren"),
        # "is ingebed in" read as "valt onder"; "Aan het netwerk nemen … deel"; "schuift … aan"
        # from the summer (settled future, set J); "X van het Waals Gewest" (a body: parent);
        # "X van de Duitstalige Gemeenschap" (a body: parent); an observer; "De coördinatie
        # ligt bij" (set X).
        Rel(_NET_GT.iri, SUB, _DC_SZ.iri, "Het netwerk is ingebed in"),
        *[Rel(_NET_GT.iri, PART, x.iri, "Aan het netwerk") for x in (_VAPH, _AVIQ, _UWV, _MFAM)],
        Rel(_AVIQ.iri, SUB, WAL, "Aan het netwerk"),
        Rel(_NET_GT.iri, PART, _DSL.iri, "Vanaf de zomer schuift"),
        Rel(_DSL.iri, SUB, _DG.iri, "Vanaf de zomer schuift"),
        Rel(_NET_GT.iri, PART, _EFSLI.iri, "volgt het netwerk als waarnemer"),
        Rel(_NET_GT.iri, PART, I_SG, "De coördinatie ligt bij"),
        # A quote's "We" is the body its speaker leads (set Q: the speaker's region).
        Rel(I_SG, COOP, _EUD.iri, "We werken al jaren samen"),
        # "X en Y werken sinds 2035 samen": one relation, subject first (set I). "hebben hun
        # regels … op elkaar afgestemd" gives none (set L); NRW only interested, Hauts-de-France
        # informed: nothing.
        Rel(_DV.iri, COOP, _DOVS.iri, "Vlaanderen en Dovenschap werken"),
        Rel(_R1128.iri, PASSED, I_BP, "Het Benelux-Parlement vroeg in Aanbeveling"),
        Rel(_R1128.iri, DATE, "2040-12-08", "Het Benelux-Parlement vroeg in Aanbeveling"),
        # Speakers' bodies at a meeting (set X).
        Rel(_MEET_GT.iri, PART, _VGTC.iri, "geeft er een workshop"),
        Rel(_MEET_GT.iri, PART, _NGC.iri, "geeft er een workshop"),
    ],
)

# --- z05: Benelux Publicatieblad 2041-2, December 2040 to June 2041 ------------------------
_Z05 = "z05_journal_index"
_M2040_9_Z05 = m(
    "2040_9",
    "Decision",
    "M (2040) 9",
    "Beschikking betreffende de wederzijdse toegang tot de registers van gechipte honden en katten",
)
_M2040_10_Z05 = m(
    "2040_10",
    "Recommendation",
    "M (2040) 10",
    "Aanbeveling betreffende de grensoverschrijdende inzet van historisch spoorwegmaterieel",
)
_M2040_11 = m(
    "2040_11",
    "Decision",
    "M (2040) 11",
    "Beschikking tot wijziging van Beschikking M (2036) 4 inzake de grensoverschrijdende handel in en het vervoer van consumentenvuurwerk, zoals gewijzigd bij Beschikking M (2039) 7",
)
_M2036_4_Z05 = m("2036_4", "Decision", "M (2036) 4")
_M2039_7_Z05 = m("2039_7", "Decision", "M (2039) 7")
_M2041_1 = m(
    "2041_1",
    "Decision",
    "M (2041) 1",
    "Beschikking houdende wijziging van de Beschikking M (2038) 2 tot instelling van de Benelux-werkgroep Fietssnelwegen",
)
_M2038_2_Z05 = m("2038_2", "Decision", "M (2038) 2")
_M2041_2 = m(
    "2041_2",
    "Decision",
    "M (2041) 2",
    "Beschikking tot verlenging van Beschikking M (2034) 8 betreffende de beveiliging van geldautomaten in de grensstreek",
)
_M2034_8_Z05 = m("2034_8", "Decision", "M (2034) 8")
_M2041_3 = m(
    "2041_3",
    "Decision",
    "M (2041) 3",
    "Beschikking betreffende de uniforme bewegwijzering van grensoverschrijdende fietssnelwegen",
    "Décision du Comité de Ministres Benelux relative à la signalisation uniforme des véloroutes transfrontalières",
)
_M2031_3_Z05 = m("2031_3", "Recommendation", "Aanbeveling M (2031) 3")
_M2041_4 = m(
    "2041_4",
    "Recommendation",
    "M (2041) 4",
    "Aanbeveling betreffende de erkenning van tolken gebarentaal in het grensoverschrijdend arbeidsverkeer",
)
_AGR_E4A = ins(
    "Administratieve afspraak tussen het Secretariaat-Generaal van de Benelux Unie en Eurogroup for Animals inzake de bestrijding van illegale puppyhandel",
    "Agreement",
)
_AGR_PK = ins(
    "Uitvoeringsafspraak tussen België, Nederland en Noordrijn-Westfalen inzake de uitwisseling van gegevens over plofkraken",
    "Agreement",
)
_R1137 = ins(
    "Aanbeveling over de aanpak van plofkraken op geldautomaten",
    "Recommendation",
    "1137/2",
    "Aanbeveling over de aanpak van plofkraken op geldautomaten",
)
_R1139 = ins(
    "Aanbeveling over museumspoorlijnen in de grensstreek",
    "Recommendation",
    "1139/2",
    "Aanbeveling over museumspoorlijnen in de grensstreek",
)
SPECS[_Z05] = (
    [
        cvm("COMITÉ VAN MINISTERS", "Comité de Ministres Benelux", "Comité de Ministres"),
        _M2040_9_Z05,
        _M2040_10_Z05,
        _M2040_11,
        _M2036_4_Z05,
        _M2039_7_Z05,
        _WG_VW,
        _DC_JBZ,
        _M2041_1,
        _M2038_2_Z05,
        _WG_FS,
        _M2041_2,
        _M2034_8_Z05,
        _M2041_3,
        _M2031_3_Z05,
        _M2041_4,
        _DECL_SAAR,
        country(BE, "België", "Koninkrijk België"),
        country(NL, "Nederland", "Koninkrijk der Nederlanden"),
        country(LU, "Luxemburg", "Groothertogdom Luxemburg"),
        region(SAAR, "Saarland"),
        _AGR_E4A,
        sg(),
        bu(),
        _E4A,
        _AGR_PK,
        region(NRW, "Noordrijn-Westfalen"),
        _DECL_GT,
        _DV,
        _FFSB,
        _DOVS,
        bp("BENELUX-PARLEMENT"),
        _R1137,
        _R1139,
    ],
    [
        # The index's date column ("datum") for every entry; every M-number → the Committee,
        # also those named only as amended, extended or replaced (sets W, X).
        Rel(mi("2040_9"), PASSED, I_CVM, "M (2040) 9    04.12.2040"),
        Rel(mi("2040_9"), DATE, "2040-12-04", "M (2040) 9    04.12.2040"),
        Rel(mi("2040_10"), PASSED, I_CVM, "M (2040) 10   04.12.2040"),
        Rel(mi("2040_10"), DATE, "2040-12-04", "M (2040) 10   04.12.2040"),
        # "tot wijziging van X, zoals gewijzigd bij Y": both amend X (set K).
        Rel(mi("2040_11"), PASSED, I_CVM, "M (2040) 11   04.12.2040"),
        Rel(mi("2040_11"), DATE, "2040-12-04", "M (2040) 11   04.12.2040"),
        Rel(mi("2040_11"), AMENDS, mi("2036_4"), "M (2040) 11   04.12.2040"),
        Rel(mi("2039_7"), AMENDS, mi("2036_4"), "M (2040) 11   04.12.2040"),
        Rel(mi("2036_4"), PASSED, I_CVM, "M (2040) 11   04.12.2040"),
        Rel(mi("2039_7"), PASSED, I_CVM, "M (2040) 11   04.12.2040"),
        # The note line names the group and its parent (set W).
        Rel(_WG_VW.iri, SUB, _DC_JBZ.iri, "voorbereid door de Benelux-werkgroep"),
        # "houdende wijziging van"; a body set up by a decision gets no relation to it (set J).
        Rel(mi("2041_1"), PASSED, I_CVM, "M (2041) 1    12.03.2041"),
        Rel(mi("2041_1"), DATE, "2041-03-12", "M (2041) 1    12.03.2041"),
        Rel(mi("2041_1"), AMENDS, mi("2038_2"), "M (2041) 1    12.03.2041"),
        Rel(mi("2038_2"), PASSED, I_CVM, "M (2041) 1    12.03.2041"),
        # "tot verlenging van" (set G: "zoals verlengd bij" amends).
        Rel(mi("2041_2"), PASSED, I_CVM, "M (2041) 2    12.03.2041"),
        Rel(mi("2041_2"), DATE, "2041-03-12", "M (2041) 2    12.03.2041"),
        Rel(mi("2041_2"), AMENDS, mi("2034_8"), "M (2041) 2    12.03.2041"),
        Rel(mi("2034_8"), PASSED, I_CVM, "M (2041) 2    12.03.2041"),
        # The note line "▸ vervangt" (set W).
        Rel(mi("2041_3"), PASSED, I_CVM, "M (2041) 3    18.06.2041"),
        Rel(mi("2041_3"), DATE, "2041-06-18", "M (2041) 3    18.06.2041"),
        Rel(mi("2041_3"), AMENDS, mi("2031_3"), "vervangt Aanbeveling M (2031) 3"),
        Rel(mi("2031_3"), PASSED, I_CVM, "vervangt Aanbeveling M (2031) 3"),
        Rel(mi("2041_4"), PASSED, I_CVM, "M (2041) 4    18.06.2041"),
        Rel(mi("2041_4"), DATE, "2041-06-18", "M (2041) 4    18.06.2041"),
        # Section II: the signatories and parties of each text (sets E, K, W).
        *[
            Rel(_DECL_SAAR.iri, PART, x, "04.12.2040   Benelux-Saarland-verklaring")
            for x in (BE, NL, LU, SAAR)
        ],
        Rel(_DECL_SAAR.iri, DATE, "2040-12-04", "04.12.2040   Benelux-Saarland-verklaring"),
        Rel(_AGR_E4A.iri, PART, I_SG, "15.02.2041   Administratieve afspraak"),
        Rel(_AGR_E4A.iri, PART, _E4A.iri, "15.02.2041   Administratieve afspraak"),
        Rel(_AGR_E4A.iri, DATE, "2041-02-15", "15.02.2041   Administratieve afspraak"),
        Rel(I_SG, SUB, BU, "15.02.2041   Administratieve afspraak"),
        *[Rel(_AGR_PK.iri, PART, x, "20.01.2041   Uitvoeringsafspraak") for x in (BE, NL, NRW)],
        Rel(_AGR_PK.iri, DATE, "2041-01-20", "20.01.2041   Uitvoeringsafspraak"),
        *[
            Rel(_DECL_GT.iri, PART, x, "partijen: Secretariaat-Generaal")
            for x in (I_SG, _DV.iri, _FFSB.iri, _DOVS.iri)
        ],
        Rel(_DECL_GT.iri, DATE, "2041-03-03", "03.03.2041   Intentieverklaring"),
        # Section III: the Parliament's recommendations under its heading, "aangenomen op".
        Rel(_R1137.iri, PASSED, I_BP, "1137/2        aangenomen op"),
        Rel(_R1137.iri, DATE, "2041-03-15", "1137/2        aangenomen op"),
        Rel(_R1139.iri, PASSED, I_BP, "1139/2        aangenomen op"),
        Rel(_R1139.iri, DATE, "2041-06-14", "1139/2        aangenomen op"),
        # The rectification's right date (set K).
        Rel(mi("2039_7"), DATE, "2039-12-10", "Lees „10.12.2039"),
    ],
)

# --- z06: minutes of the 6th meeting of the Benelux-taskforce Plofkraken, 14 March 2041 ----
_Z06 = "z06_minutes_atm_attacks_taskforce"
_TF = wg(
    "Benelux-taskforce Plofkraken",
    "Benelux-taskforce Plofkraken",
    "BENELUX-TASKFORCE PLOFKRAKEN",
)
_MEET6 = event(
    "6e vergadering van de Benelux-taskforce Plofkraken, 14 maart 2041",
    "6e vergadering van de Benelux-taskforce Plofkraken",
    slug="vergadering-benelux-taskforce-plofkraken-2041-03-14",
)
_MEET5 = event(
    "5e vergadering van de Benelux-taskforce Plofkraken, 22 november 2040",
    "5e vergadering van 22 november 2040",
    slug="vergadering-benelux-taskforce-plofkraken-2040-11-22",
)
_MEET7 = event(
    "7e vergadering van de Benelux-taskforce Plofkraken, 19 juni 2041",
    "7e vergadering",
    "volgende vergadering",
    slug="vergadering-benelux-taskforce-plofkraken-2041-06-19",
)
_RT = event(
    "Rondetafel van de Benelux-taskforce Plofkraken met de banken, 16 mei 2041",
    "rondetafel op 16 mei 2041",
    slug="rondetafel-benelux-taskforce-plofkraken-2041-05-16",
)
_PLEN = event(
    "Plenaire zitting Benelux-Parlement maart 2041",
    "plenaire zitting van maart 2041",
    slug="plenaire-zitting-benelux-parlement-2041-03",
)
_OM = body("Openbaar Ministerie")
_FPK = body("Federaal Parket")
_LKA = org("Landeskriminalamt Nordrhein-Westfalen", "Landeskriminalamt Nordrhein-Westfalen", "LKA")
_PARQ = body("Parquet général")
_M2034_8_Z06 = m(
    "2034_8",
    "Decision",
    "Beschikking M (2034) 8 betreffende de beveiliging van geldautomaten in de grensstreek",
)
_M2041_2_Z06 = m("2041_2", "Decision", "Beschikking M (2041) 2")
_R_PK = ins("Aanbeveling over plofkraken", "Recommendation", "aanbeveling over plofkraken")
_EAST = org(
    "European Association for Secure Transactions",
    "European Association for Secure Transactions",
    "EAST",
)
_NVB = org("Nederlandse Vereniging van Banken", "Nederlandse Vereniging van Banken", "NVB")
_FEBELFIN = org("Febelfin")
_ABBL = org(
    "Association des Banques et Banquiers, Luxembourg",
    "Association des Banques et Banquiers, Luxembourg",
    "ABBL",
)
_GELDMAAT = org("Geldmaat")
_BATOPIN = org("Batopin")
_MEMBERS = (
    (_NP, "| Nationale Politie"),
    (_OM, "| Openbaar Ministerie"),
    (_FP, "| Federale Politie  "),
    (_FPK, "| Federaal Parket"),
    (_PGD, "| Police grand-ducale"),
)
SPECS[_Z06] = (
    [
        _TF,
        _MEET6,
        sg(),
        bu(),
        _NP,
        _OM,
        _FP,
        _FPK,
        _PGD,
        _LKA,
        europol(),
        _PARQ,
        country(NL, "Nederland"),
        country(BE, "België"),
        country(LU, "Luxemburg"),
        country(DE, "Duitsland"),
        country(FR, "Frankrijk"),
        region(NRW, "Noordrijn-Westfalen", "Noordrijn-Westfalen", "NRW", "Nordrhein-Westfalen"),
        person("Sanne Dekker", "Dekker"),
        person("Iris Bos"),
        person("Koen Maes"),
        person("Els De Smet"),
        person("Tom Kremer"),
        person("Jan Becker", "Becker"),
        person("Ana Ruiz", "Ruiz"),
        person("Pieter Claes", "Claes"),
        _MEET5,
        cvm("Comité van Ministers"),
        _M2034_8_Z06,
        _M2041_2_Z06,
        bp("Benelux-Parlement"),
        _PLEN,
        _R_PK,
        _EAST,
        _RT,
        _NVB,
        _FEBELFIN,
        _ABBL,
        _GELDMAAT,
        _BATOPIN,
        _MEET7,
        _SENN,
        _WG_DRUGS,
    ],
    [
        # The attendance table (set P): members and the observer take part in the meeting and
        # the task force, the guest (one item) and the secretariat in the meeting only, the
        # excused member in the task force only. The "Land" column says whose body a member is
        # (set L): the states get no relation from it; nor does NRW in "Duitsland (NRW)".
        *[Rel(_MEET6.iri, PART, x.iri, ev) for x, ev in _MEMBERS],
        *[Rel(_TF.iri, PART, x.iri, ev) for x, ev in _MEMBERS],
        Rel(_MEET6.iri, PART, _LKA.iri, "| Landeskriminalamt Nordrhein-Westfalen"),
        Rel(_TF.iri, PART, _LKA.iri, "| Landeskriminalamt Nordrhein-Westfalen"),
        Rel(_MEET6.iri, PART, EUROPOL, "| Europol"),
        Rel(_MEET6.iri, PART, I_SG, "| Secretariaat-Generaal  "),
        Rel(_TF.iri, PART, _PARQ.iri, "| Parquet général"),
        Rel(I_SG, SUB, BU, "Plaats: Secretariaat-Generaal van de Benelux Unie"),
        # "heeft verlengd bij" (set G); dates of the day named; every M-number → the Committee.
        Rel(mi("2041_2"), AMENDS, mi("2034_8"), "De heer Claes meldt"),
        Rel(mi("2041_2"), PASSED, I_CVM, "De heer Claes meldt"),
        Rel(mi("2041_2"), DATE, "2041-03-12", "De heer Claes meldt"),
        Rel(mi("2034_8"), PASSED, I_CVM, "De heer Claes meldt"),
        # The Parliament at its own plenary and a draft it discusses: nothing (sets I, J).
        Rel(EUROPOL, COOP, _EAST.iri, "Europol werkt daarbij samen"),
        # The French police "geïnformeerd, maar niet … betrokken": nothing.
        # Invited banks that "hebben hun komst toegezegd" (settled, set J); ABBL has not
        # answered: nothing; the task force at its own round table: nothing (set I).
        Rel(_RT.iri, PART, _FEBELFIN.iri, "Febelfin en de NVB hebben"),
        Rel(_RT.iri, PART, _NVB.iri, "Febelfin en de NVB hebben"),
        # "X en Y werken al samen": one relation, subject first (set I).
        Rel(_GELDMAAT.iri, COOP, _BATOPIN.iri, "Geldmaat en Batopin werken"),
        Rel(_FP.iri, COOP, _BATOPIN.iri, "De Federale Politie werkt"),
        # "vanaf de volgende vergadering als volwaardig lid … deelneemt" (the group and that
        # meeting, set X).
        Rel(_TF.iri, PART, NRW, "De heer Becker meldt"),
        Rel(_MEET7.iri, PART, NRW, "De heer Becker meldt"),
        # "waaraan zij verantwoording verschuldigd is" read as "rapporteert aan"; a settled
        # cooperation ("gaat samenwerken met", set W). France not invited: nothing; the host of
        # the next meeting: nothing (set I).
        Rel(_TF.iri, SUB, _SENN.iri, "waaraan zij verantwoording"),
        Rel(_TF.iri, COOP, _WG_DRUGS.iri, "De taskforce gaat samenwerken"),
    ],
)


def main(argv: list[str]) -> None:
    _A.main(argv, SPECS)  # write and verify gold/*.json, or review one document


if __name__ == "__main__":
    main(sys.argv)
