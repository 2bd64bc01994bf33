# ruff: noqa: E501, F405  (the annotation tables hold long Dutch titles verbatim)
"""Gold standard of development set P (tests/heldout/gold/q01…q06).

Set P was written in session 9 by a helper that never read the extractor's code, patterns,
reference data or output, never ran the extractor or ``evaluate_set.py``, and never opened the
held-out sets B, N and O. It has six documents on policy fields the other sets do not cover: a
chapter of the Benelux Union's annual report 2027 (sport: anti-doping and match-fixing), the
minutes of a meeting of a Benelux working group (wild bees and other pollinators), a Kamerbrief
(cross-border insolvency), a news page of the Belgian FOD Financiën (a memorandum on
e-invoicing signed at a meeting of the Committee of Ministers), a Benelux Publicatieblad index
(January-June 2028) and a chapter of a Flemish policy note (dementia care across the border).
It is made for the relation readers: participants in "Aanwezig:" lists with roles, in an
excused list, as chairs, observers, signatories and members joining, by description ("de drie
Peppol-autoriteiten"), across sentences ("zo is ook Noordrijn-Westfalen aan tafel"), with
negations ("maar is geen lid", "is voorlopig niet van de partij") and plans; parents
("ressorteert onder", "dat op zijn beurt rapporteert aan", "die deel uitmaakt van",
"waaronder zij valt", a note line in the index); cooperation ("trekt samen op met", "slaan de
handen ineen met", "werkt al jaren samen met … en met"); dates relative to a dateline
("gisteren", "Tijdens dezelfde vergadering"); amendments ("vervangt", "wijzigt", "tot wijziging
van … zoals gewijzigd bij", "houdende wijziging van"). The offset helpers and the JSON writer
are those of ``_spans.py`` (set A), which imports the matching rules of ``tests/gold/_spans.py``.

Usage::

    python tests/heldout/_spans_p.py              # write gold/q01…q06.json, verify every span
    python tests/heldout/_spans_p.py review DOC   # every hit and evidence in context
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import _spans as _A  # set A's module: its JSON writer and review (run as a script)
from _spans import *  # noqa: F403  (the vocabulary every set shares: _spans.__all__)

HERE = Path(__file__).resolve().parent

EC = "id/organisation/europese-commissie"


def ec(*names: str) -> Any:
    return Ent(
        EC, "ExternalOrganisation", "Europese Commissie", list(names) or ["Europese Commissie"]
    )


# Entities that also occur in the seeds or in the development sets keep their IRIs there.
_DC_VG = wg("Directiecomité Volksgezondheid")
_DC_LM = wg("Directiecomité Leefmilieu")
_DC_JBZ = wg("Directiecomité Justitie en Binnenlandse Zaken")
_DC_IM = wg("Directiecomité Interne Markt")
_VWS = body("Ministerie van Volksgezondheid, Welzijn en Sport")
_JENV_IRI = "id/organisation/ministerie-van-justitie-en-veiligheid"
_FWB = body("Fédération Wallonie-Bruxelles")
_RVE = org("Raad van Europa")
_KSC = body("Kansspelcommissie")
_KSA = body("Kansspelautoriteit")
_PGD = body("Police grand-ducale")
_DEP_OMG = body("Departement Omgeving")
_SPW = body("Service public de Wallonie")
_LB = body("Leefmilieu Brussel")
_LANUK = org("Landesamt für Natur, Umwelt und Klima")
_EFSA = org(
    "Europese Autoriteit voor voedselveiligheid",
    "Europese Autoriteit voor voedselveiligheid",
    "EFSA",
)
_FOD_JUS = body("FOD Justitie")
_UWV = body("UWV")
_BOSA = body("FOD Beleid en Ondersteuning", "FOD Beleid en Ondersteuning", "BOSA")
_LOGIUS = body("Logius")
_EMR = org("Euregio Maas-Rijn")
_R964 = ins(
    "Aanbeveling 964/2 over de bescherming van grensarbeiders bij faillissementen",
    "Recommendation",
    "aanbeveling 964/2 over de bescherming van grensarbeiders bij faillissementen",
    "aanbeveling 964/2",
)
_MISCHO = person("Georges Mischo")
_BETTEL = person("Xavier Bettel")
_VLG_IRI = "id/organisation/vlaams-gewest"
_WAG_IRI = "id/organisation/waals-gewest"

# New to set P, shared by two of its documents.
_M2028_3_IRI = "id/instrument/m-2028-3"
_M2028_5_IRI = "id/instrument/m-2028-5"
_WG_TF_EF = wg("Benelux-taskforce E-facturatie")
_MOU_EF_LABEL = "Memorandum van overeenstemming over elektronische facturatie"
_MOU_EF_IRI = "id/instrument/memorandum-van-overeenstemming-over-elektronische-facturatie"
_R991 = ins(
    "Aanbeveling 991/2 over grensoverschrijdende dementiezorg",
    "Recommendation",
    "Aanbeveling 991/2 over grensoverschrijdende dementiezorg",
    "aanbeveling 991/2 over grensoverschrijdende dementiezorg",
    "aanbeveling 991/2",
)

SPECS: dict[str, tuple[list[Any], list[Any]]] = {}

# --- q01: annual report 2027, chapter 5 (sport: anti-doping and match-fixing) ---------------
_Q01 = "q01_annual_report_sport_integrity"
_WG_AD = wg("Benelux-werkgroep Antidoping")
_NADO_VL = body("NADO Vlaanderen")
_ONAD = body(
    "Organisation nationale antidopage",
    "Organisation nationale antidopage",
    "ONAD",
)
_DA = body("Dopingautoriteit")
_ALAD = body(
    "Agence luxembourgeoise antidopage",
    "Agence luxembourgeoise antidopage",
    "ALAD",
)
_NADA = org("Nationale Anti Doping Agentur", "Nationale Anti Doping Agentur", "NADA")
_WADA = org("Wereldantidopingagentschap", "Wereldantidopingagentschap", "WADA")
_ADV = act("Antidopingverdrag van de Raad van Europa")
_R_DOPING = ins(
    "Aanbeveling over de uitwisseling van gegevens uit dopingcontroles",
    "Recommendation",
    "aanbeveling over de uitwisseling van gegevens uit dopingcontroles",
)
_M2012_8 = m_number("M(2012)8", "Recommendation", "Aanbeveling M (2012) 8")
_NET_MF = wg("Benelux-netwerk Nationale Platforms Matchfixing")
_GVK = wg("Groep van Kopenhagen")
_MACOLIN = act("Verdrag van Macolin")
_EV_CONGRES = event(
    "Benelux-congres Schone Sport zonder Grenzen",
    "Benelux-congres Schone Sport zonder Grenzen",
    "Congres Schone Sport zonder Grenzen",
)
_MSPORTS = body("Ministère des Sports")
_STK = org("Staatskanzlei")
_R_SPORT = ins(
    "Aanbeveling over integriteit in de sport",
    "Recommendation",
    "aanbeveling over integriteit in de sport",
)
SPECS[_Q01] = (
    [
        bu(),
        _WG_AD,
        _DC_VG,
        Ent(
            I_CSG,
            "Institution",
            "College van Secretarissen-Generaal",
            ["College van Secretarissen-Generaal", "College"],
        ),
        _NADO_VL,
        _ONAD,
        _FWB,
        _DA,
        _ALAD,
        person("Katrien Devos"),
        _NADA,
        country(FR, "Frankrijk"),
        _WADA,
        _ADV,
        _RVE,
        cvm("Comité van Ministers"),
        _R_DOPING,
        _M2012_8,
        _NET_MF,
        _KSC,
        _KSA,
        _PGD,
        _VWS,
        _GVK,
        _MACOLIN,
        _EV_CONGRES,
        country(LU, "Luxemburg"),
        sg(),
        _MSPORTS,
        _MISCHO,
        region(NRW, "Noordrijn-Westfalen"),
        _STK,
        bp("Beneluxparlement"),
        _R_SPORT,
    ],
    [
        Rel(_WG_AD.iri, SUB, _DC_VG.iri, "De werkgroep ressorteert onder"),
        # A second level: "dat op zijn beurt rapporteert aan" (set J).
        Rel(_DC_VG.iri, SUB, I_CSG, "rapporteert aan het College van Secretarissen"),
        *[
            Rel(_WG_AD.iri, PART, x.iri, "de Dopingautoriteit en de Agence")
            for x in (_NADO_VL, _ONAD, _DA, _ALAD)
        ],
        # "X van de Fédération Wallonie-Bruxelles": a body of a body (set L).
        Rel(_ONAD.iri, SUB, _FWB.iri, "de Dopingautoriteit en de Agence"),
        # "schuift … als waarnemer aan"; France only "belangstelling getoond" (no relation).
        Rel(_WG_AD.iri, PART, _NADA.iri, "als waarnemer aan"),
        Rel(_WG_AD.iri, COOP, _WADA.iri, "De werkgroep werkt nauw samen met"),
        Rel(_R_DOPING.iri, PASSED, I_CVM, "stelde het Comité van Ministers op 13 december"),
        Rel(_R_DOPING.iri, DATE, "2027-12-13", "stelde het Comité van Ministers op 13 december"),
        # "Deze vervangt" (set F: vervangt is eli:amends); an M-number is the Committee's.
        Rel(_R_DOPING.iri, AMENDS, _M2012_8.iri, "Deze vervangt Aanbeveling"),
        Rel(_M2012_8.iri, PASSED, I_CVM, "Deze vervangt Aanbeveling"),
        # "dat rechtstreeks onder het College valt": the capitalised short form.
        Rel(_NET_MF.iri, SUB, I_CSG, "dat rechtstreeks"),
        *[Rel(_NET_MF.iri, PART, x.iri, "zijn er lid") for x in (_KSC, _KSA, _PGD)],
        Rel(_NET_MF.iri, PART, _VWS.iri, "is in de loop van het jaar toegetreden"),
        Rel(_NET_MF.iri, COOP, _GVK.iri, "Het netwerk trekt samen op met"),
        Rel(_GVK.iri, SUB, "id/organisation/raad-van-europa", "Het netwerk trekt samen op met"),
        # Organiser and co-organiser, the body giving the closing lecture, the region and the
        # Staatskanzlei that represents it (set K). The Parliament was only invited.
        Rel(_EV_CONGRES.iri, PART, I_SG, "georganiseerd door het Secretariaat-Generaal"),
        Rel(_EV_CONGRES.iri, PART, _MSPORTS.iri, "georganiseerd door het Secretariaat-Generaal"),
        Rel(_EV_CONGRES.iri, PART, _WADA.iri, "het WADA verzorgde de slotlezing"),
        Rel(_EV_CONGRES.iri, PART, NRW, "was met een delegatie van de Staatskanzlei"),
        Rel(_EV_CONGRES.iri, PART, _STK.iri, "was met een delegatie van de Staatskanzlei"),
        Rel(_R_SPORT.iri, PASSED, I_BP, "die het Beneluxparlement in 2026 aannam"),
        Rel(_R_SPORT.iri, DATE, "2026", "die het Beneluxparlement in 2026 aannam"),
    ],
)

# --- q02: minutes of the 9th meeting of the Benelux working group on pollinators ------------
_Q02 = "q02_minutes_pollinators"
_WG_BEST = wg("Benelux-werkgroep Bestuivers", "BENELUX-WERKGROEP BESTUIVERS")
_EV_Q02 = event(
    "Vergadering van de Benelux-werkgroep Bestuivers van 7 maart 2028",
    "9e vergadering, dinsdag 7 maart 2028",
    slug="vergadering-benelux-werkgroep-bestuivers-2028-03-07",
)
_EV_Q02_NEXT = event(
    "Vergadering van de Benelux-werkgroep Bestuivers van 19 juni 2028",
    "volgende vergadering",
    slug="vergadering-benelux-werkgroep-bestuivers-2028-06-19",
)
_LVVN = body("Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur")
_ASTA = body(
    "Administration des services techniques de l'agriculture",
    "Administration des services techniques de l'agriculture",
    "ASTA",
)
_NATURALIS = org("Naturalis Biodiversity Center", "Naturalis Biodiversity Center", "Naturalis")
_NEW = org("natur&ëmwelt")
_FZ = org(
    "Fachzentrum Bienen und Imkerei Mayen",
    "Fachzentrum Bienen und Imkerei Mayen",
    "Fachzentrum",
)
_IV_BEST = ins(
    "Benelux-intentieverklaring over de bescherming van wilde bestuivers",
    "Declaration",
    "intentieverklaring over de bescherming van wilde bestuivers",
    "Benelux-intentieverklaring",
)
_MEETNET = wg("Benelux-meetnet Bestuivers")
_HBV = org("Honeybee Valley")
_UGENT = org("Universiteit Gent")
_WUR = org("Wageningen University & Research")
_NHV = act("Verordening (EU) 2024/1991", "Verordening (EU) 2024/1991", "Natuurherstelverordening")
_R_BEST_DRAFT = ins(
    "Benelux-aanbeveling over bestuivers langs wegen en spoorlijnen",
    "Recommendation",
)
SPECS[_Q02] = (
    [
        _WG_BEST,
        _EV_Q02,
        sg(),
        bu(),
        person("Sofie Claes"),
        _DEP_OMG,
        person("Marc Lemaire"),
        _SPW,
        person("Ine Wouters"),
        _LB,
        person("Jeroen Bakker"),
        _LVVN,
        person("Carole Hoffmann"),
        _ASTA,
        person("Lukas Brandt"),
        _LANUK,
        person("Tom Reuter"),
        _NATURALIS,
        _NEW,
        person("Anna Keller", "Keller"),
        _FZ,
        region("id/region/rijnland-palts", "Rijnland-Palts"),
        _IV_BEST,
        country(BE, "België"),
        country(NL, "Nederland"),
        country(LU, "Luxemburg"),
        region(NRW, "Noordrijn-Westfalen"),
        country(FR, "Frankrijk"),
        _MEETNET,
        _HBV,
        _UGENT,
        _EFSA,
        _WUR,
        _NHV,
        _DC_LM,
        _R_BEST_DRAFT,
        cvm("Comité van Ministers"),
        _EV_Q02_NEXT,
    ],
    [
        Rel(I_SG, SUB, BU, "Secretariaat-Generaal van de Benelux Unie, Brussel"),
        # The "Aanwezig:" list: members, an observer and the secretariat take part in the
        # meeting; the members and the observer are participants of the group. The excused
        # members are participants of the group, not of the meeting.
        *[Rel(_EV_Q02.iri, PART, x.iri, f"({x.label})") for x in (_DEP_OMG, _SPW, _LB, _LANUK)],
        Rel(_EV_Q02.iri, PART, _LVVN.iri, "Jeroen Bakker (Ministerie van Landbouw"),
        Rel(_EV_Q02.iri, PART, _ASTA.iri, "Carole Hoffmann (Administration"),
        Rel(_EV_Q02.iri, PART, I_SG, "Tom Reuter (Secretariaat-Generaal)"),
        # A guest at one agenda item takes part in the meeting (set J's guest delegation); the
        # region only says where the Fachzentrum sits (set L).
        Rel(_EV_Q02.iri, PART, _FZ.iri, "Anna Keller (Fachzentrum"),
        *[Rel(_WG_BEST.iri, PART, x.iri, f"({x.label})") for x in (_DEP_OMG, _SPW, _LB, _LANUK)],
        Rel(_WG_BEST.iri, PART, _LVVN.iri, "Jeroen Bakker (Ministerie van Landbouw"),
        Rel(_WG_BEST.iri, PART, _ASTA.iri, "Carole Hoffmann (Administration"),
        Rel(_WG_BEST.iri, PART, _NATURALIS.iri, "Naturalis Biodiversity Center, natur"),
        Rel(_WG_BEST.iri, PART, _NEW.iri, "Naturalis Biodiversity Center, natur"),
        # Signatories, a region that "heeft zich er … bij aangesloten"; France only approached.
        *[
            Rel(_IV_BEST.iri, PART, x, "door België, Nederland en Luxemburg ondertekend")
            for x in (BE, NL, LU)
        ],
        Rel(_IV_BEST.iri, DATE, "2027-09-24", "door België, Nederland en Luxemburg ondertekend"),
        Rel(_IV_BEST.iri, PART, NRW, "heeft zich er in januari 2028 bij aangesloten"),
        Rel(_MEETNET.iri, SUB, _WG_BEST.iri, "dat onder de werkgroep valt"),
        *[Rel(_MEETNET.iri, PART, x.iri, "wordt gedragen door") for x in (_NATURALIS, _HBV, _NEW)],
        # "X van de Universiteit Gent": a centre of the university (set L's "X van Y").
        Rel(_HBV.iri, SUB, _UGENT.iri, "Honeybee Valley van de Universiteit Gent"),
        Rel(_MEETNET.iri, COOP, _EFSA.iri, "meetnet werkt samen met de Europese Autoriteit"),
        # Wageningen "maakt geen deel uit van het meetnet": no relation.
        Rel(_WG_BEST.iri, SUB, _DC_LM.iri, "waaronder zij valt"),
    ],
)

# --- q03: Kamerbrief on cross-border insolvency (Justitie en Veiligheid) --------------------
_Q03 = "q03_letter_insolvency"
_EV_CD = event(
    "Commissiedebat Insolventierecht van 1 februari 2028",
    "commissiedebat Insolventierecht van 1 februari 2028",
    slug="commissiedebat-insolventierecht-2028-02-01",
)
_INSOLV = act(
    "Verordening (EU) 2015/848",
    "Verordening (EU) 2015/848",
    "Insolventieverordening",
)
_HERSTR = act("Richtlijn (EU) 2019/1023")
_WHOA = act(
    "Wet homologatie onderhands akkoord",
    "Wet homologatie onderhands akkoord",
    "WHOA",
)
_WG_INS = wg("Benelux-werkgroep Insolventie")
_JENV = Ent(_JENV_IRI, "NationalBody", "Ministerie van Justitie en Veiligheid", ["Mijn ministerie"])
_MJ_LU = body("Ministère de la Justice")
_RVDR = body("Raad voor de rechtspraak")
_JUSTIZ = org("Justizministerium van Noordrijn-Westfalen", "Justizministerium")
_EJN = wg("Europees Justitieel Netwerk in burgerlijke en handelszaken")
_M2028_3_Q03 = Ent(
    _M2028_3_IRI,
    "Decision",
    "M(2028)3",
    ["Beschikking M (2028) 3 inzake de koppeling van insolventieregisters"],
)
_M2014_9 = m_number(
    "M(2014)9",
    "Recommendation",
    "Aanbeveling M (2014) 9 van 8 december 2014 betreffende de informatie-uitwisseling tussen curatoren",
)
_INSOL_EU = org("INSOL Europe")
_FSO = body("Fonds voor Sluiting van Ondernemingen")
_ADEM = body("ADEM")
_EV_STUDIE = event(
    "Studiedag voor insolventierechters van 22 november 2027",
    "studiedag voor insolventierechters",
    slug="studiedag-voor-insolventierechters-2027-11-22",
)
_RB_LIMBURG = body("Rechtbank Limburg")
SPECS[_Q03] = (
    [
        tk("Tweede Kamer der Staten-Generaal", "uw Kamer"),
        _EV_CD,
        _INSOLV,
        _HERSTR,
        country(NL, "Nederland"),
        _WHOA,
        _WG_INS,
        country(BE, "België"),
        country(LU, "Luxemburg"),
        _DC_JBZ,
        _JENV,
        _FOD_JUS,
        _MJ_LU,
        _RVDR,
        region(NRW, "Noordrijn-Westfalen"),
        _JUSTIZ,
        _EJN,
        _M2028_3_Q03,
        cvm("Comité van Ministers"),
        _M2014_9,
        _INSOL_EU,
        bp("Beneluxparlement"),
        _R964,
        _UWV,
        _FSO,
        _ADEM,
        Ent(I_HOF, "Institution", "Benelux-Gerechtshof", ["Benelux-Gerechtshof", "Het Hof"]),
        _EV_STUDIE,
        _RB_LIMBURG,
    ],
    [
        *[
            Rel(_WG_INS.iri, PART, x, "bespreken België, Nederland en Luxemburg")
            for x in (BE, NL, LU)
        ],
        Rel(_WG_INS.iri, SUB, _DC_JBZ.iri, "Zij valt onder het Directiecomité Justitie"),
        # "Mijn ministerie zit de werkgroep voor" (the letterhead's ministry chairs, set K);
        # the Raad voor de rechtspraak "is … betrokken …, maar is geen lid": no relation.
        Rel(_WG_INS.iri, PART, _JENV_IRI, "Mijn ministerie zit de werkgroep voor"),
        Rel(_WG_INS.iri, PART, _FOD_JUS.iri, "zijn er lid van"),
        Rel(_WG_INS.iri, PART, _MJ_LU.iri, "zijn er lid van"),
        # An observer region and the ministry that represents it (set K).
        Rel(_WG_INS.iri, PART, NRW, "neemt sinds 2027 als waarnemer deel"),
        Rel(_WG_INS.iri, PART, _JUSTIZ.iri, "vertegenwoordigd door het Justizministerium"),
        Rel(_WG_INS.iri, COOP, _EJN.iri, "werkt de werkgroep samen met het Europees"),
        Rel(_M2028_3_IRI, PASSED, I_CVM, "die het Comité van Ministers op 13 maart 2028"),
        Rel(_M2028_3_IRI, DATE, "2028-03-13", "die het Comité van Ministers op 13 maart 2028"),
        Rel(_M2028_3_IRI, AMENDS, _M2014_9.iri, "Zij vervangt Aanbeveling M (2014) 9"),
        Rel(_M2014_9.iri, PASSED, I_CVM, "Zij vervangt Aanbeveling M (2014) 9"),
        Rel(_M2014_9.iri, DATE, "2014-12-08", "Zij vervangt Aanbeveling M (2014) 9"),
        # "met medewerking van" INSOL Europe on the group's handbook.
        Rel(_WG_INS.iri, COOP, _INSOL_EU.iri, "met medewerking van INSOL Europe"),
        Rel(_R964.iri, PASSED, I_BP, "Het Beneluxparlement heeft in aanbeveling 964/2"),
        # "X en Y werken samen": one relation, subject first (set I); ADEM only "wil zich
        # daarbij aansluiten" (no relation).
        Rel(_UWV.iri, COOP, _FSO.iri, "Het UWV en\nhet Belgische Fonds"),
        Rel(_EV_STUDIE.iri, PART, I_HOF, "organiseerde het Benelux-Gerechtshof"),
        # "Nederland was vertegenwoordigd door de Rechtbank Limburg": both (set K). The judges
        # "uit alle drie de landen" do not make the other two states participants.
        Rel(_EV_STUDIE.iri, PART, NL, "was vertegenwoordigd door de Rechtbank Limburg"),
        Rel(
            _EV_STUDIE.iri, PART, _RB_LIMBURG.iri, "was vertegenwoordigd door de Rechtbank Limburg"
        ),
    ],
)

# --- q04: news page of the FOD Financiën on the e-invoicing memorandum ----------------------
_Q04 = "q04_news_einvoicing"
_MOU_EF_Q04 = Ent(
    _MOU_EF_IRI,
    "Declaration",
    _MOU_EF_LABEL,
    ["memorandum van overeenstemming over elektronische facturatie"],
)
_EV_CVM = event(
    "Vergadering van het Comité van Ministers van 12 juni 2028",
    "vergadering van het Comité van Ministers",
    slug="vergadering-comite-van-ministers-2028-06-12",
)
_VIDA = act("Richtlijn (EU) 2025/516", "Richtlijn (EU) 2025/516", "ViDA-richtlijn")
_AED = body(
    "Administration de l'enregistrement, des domaines et de la TVA",
    "Administration de l'enregistrement, des domaines et de la TVA",
    "AED",
)
_OPENPEPPOL = org("OpenPeppol")
_FOD_FIN = body("FOD Financiën")
_BD = body("Belastingdienst")
_FINMIN_NRW = org("Finanzministerium van Noordrijn-Westfalen")
_M2028_5_Q04 = Ent(
    _M2028_5_IRI,
    "Recommendation",
    "M(2028)5",
    [
        "Aanbeveling M (2028) 5 betreffende de grensoverschrijdende elektronische aanbesteding",
        "Aanbeveling M (2028) 5",
    ],
)
_M2018_11 = m_number("M(2018)11", "Recommendation", "Aanbeveling M (2018) 11")
SPECS[_Q04] = (
    [
        region(NRW, "Noordrijn-Westfalen", "Noordrijn-Westfalen", "NRW"),
        _MOU_EF_Q04,
        country(BE, "België"),
        country(NL, "Nederland"),
        country(LU, "Luxemburg"),
        _EV_CVM,
        cvm("Comité van Ministers", "Comité"),
        bu(),
        # "EU" as a free-standing word only, not inside the directives' numbers.
        Ent(
            EUU,
            "ExternalOrganisation",
            "Europese Unie",
            ["EU"],
            not_in=["Richtlijn (EU) 2025/516", "Richtlijn 2014/55/EU"],
        ),
        _VIDA,
        _BOSA,
        _LOGIUS,
        _AED,
        _OPENPEPPOL,
        _WG_TF_EF,
        _DC_IM,
        _FOD_FIN,
        _BD,
        _FINMIN_NRW,
        ec(),
        country(FR, "Frankrijk"),
        _M2028_5_Q04,
        act("Richtlijn 2014/55/EU"),
        _M2018_11,
        person("Jan Jambon"),
        _BETTEL,
        bp("Beneluxparlement", "Parlement"),
    ],
    [
        # Signatories in the active voice, and a region that signs through its minister.
        *[Rel(_MOU_EF_IRI, PART, x, "De ministers van Financiën van België") for x in (BE, NL, LU)],
        Rel(_MOU_EF_IRI, PART, NRW, "Ook Noordrijn-Westfalen zette zijn handtekening"),
        # "gisteren" against the dateline of 13 June 2028 (sets G/H).
        Rel(_MOU_EF_IRI, DATE, "2028-06-12", "De ministers van Financiën van België"),
        # Two subjects "slaan de handen ineen met" one object: two relations (set J).
        # "stemmen … af met OpenPeppol" gives none (set L).
        Rel(_BOSA.iri, COOP, _AED.iri, "de handen ineen met de Luxemburgse"),
        Rel(_LOGIUS.iri, COOP, _AED.iri, "de handen ineen met de Luxemburgse"),
        Rel(_WG_TF_EF.iri, SUB, _DC_IM.iri, "De taskforce valt onder het Directiecomité"),
        # The chair; "de drie Peppol-autoriteiten" by description (set J); "schuiven … aan";
        # the Commission as observer. France "is voorlopig niet van de partij". NRW is only
        # nested in the ministry's name (set J).
        Rel(_WG_TF_EF.iri, PART, _AED.iri, "De taskforce valt onder het Directiecomité"),
        *[
            Rel(_WG_TF_EF.iri, PART, x.iri, "Naast de drie Peppol-autoriteiten")
            for x in (_BOSA, _LOGIUS, _FOD_FIN, _BD, _FINMIN_NRW)
        ],
        Rel(_WG_TF_EF.iri, PART, EC, "De Europese Commissie volgt de werkzaamheden als"),
        Rel(_M2028_5_IRI, PASSED, I_CVM, "Tijdens dezelfde vergadering stelde het Comité"),
        # "Tijdens dezelfde vergadering": the meeting of 12 June 2028 (sets G/H, J).
        Rel(_M2028_5_IRI, DATE, "2028-06-12", "Tijdens dezelfde vergadering stelde het Comité"),
        Rel(_M2028_5_IRI, AMENDS, _M2018_11.iri, "wijzigt Aanbeveling M (2018) 11"),
        Rel(_M2018_11.iri, PASSED, I_CVM, "wijzigt Aanbeveling M (2018) 11"),
        # A delegation "woonde de vergadering bij" (set J's guest delegation).
        Rel(_EV_CVM.iri, PART, I_BP, "Een delegatie van het Parlement woonde"),
        Rel(I_CVM, SUB, BU, "vergadering van het Comité van Ministers van de Benelux Unie"),
    ],
)

# --- q05: Benelux Publicatieblad 2028-2, contents January-June 2028 -------------------------
_Q05 = "q05_journal_index"
_M2028_1 = m_number(
    "M(2028)1",
    "Decision",
    "M (2028) 1",
    "Beschikking tot wijziging van de Beschikking M (2013) 7 inzake de uitwisseling van gegevens over bijensterfte",
)
_M2013_7 = m_number("M(2013)7", "Decision", "M (2013) 7")
_M2021_3 = m_number("M(2021)3", "Decision", "M (2021) 3")
_M2028_2 = m_number(
    "M(2028)2",
    "Recommendation",
    "M (2028) 2",
    "Aanbeveling over de bescherming van wilde bestuivers langs wegen en spoorlijnen",
)
_M2017_4 = m_number("M(2017)4", "Recommendation", "Aanbeveling M (2017) 4")
_M2028_3_Q05 = Ent(
    _M2028_3_IRI,
    "Decision",
    "M(2028)3",
    ["M (2028) 3", "Beschikking inzake de koppeling van insolventieregisters"],
)
_M2028_4 = m_number(
    "M(2028)4",
    "Decision",
    "M (2028) 4",
    "Beschikking tot instelling van de Benelux-taskforce E-facturatie",
)
_M2028_5_Q05 = Ent(
    _M2028_5_IRI,
    "Recommendation",
    "M(2028)5",
    ["M (2028) 5", "Aanbeveling betreffende de grensoverschrijdende elektronische aanbesteding"],
)
_M2028_6 = m_number(
    "M(2028)6",
    "Decision",
    "M (2028) 6",
    "Beschikking houdende wijziging van de Beschikking M (2028) 3 inzake de koppeling van insolventieregisters",
)
_MOU_EF_Q05 = Ent(
    _MOU_EF_IRI,
    "Declaration",
    _MOU_EF_LABEL,
    [
        "Memorandum van overeenstemming tussen het Koninkrijk België, het Koninkrijk der Nederlanden, het Groothertogdom Luxemburg en het Land Noordrijn-Westfalen inzake elektronische facturatie"
    ],
)
_AA_RVE = ins(
    "Administratief akkoord tussen het Secretariaat-Generaal van de Benelux Unie en de Raad van Europa inzake integriteit in de sport",
    "Agreement",
)
_R994 = ins(
    "Aanbeveling 994/2 over de integriteit van sportwedstrijden",
    "Recommendation",
)
SPECS[_Q05] = (
    [
        sg(),
        bu(),
        cvm("COMITÉ VAN MINISTERS"),
        _M2028_1,
        _M2013_7,
        _M2021_3,
        _M2028_2,
        _M2017_4,
        _M2028_3_Q05,
        _M2028_4,
        _WG_TF_EF,
        _DC_IM,
        ec(),
        _M2028_5_Q05,
        _M2028_6,
        _MOU_EF_Q05,
        country(BE, "België", "Koninkrijk België"),
        country(NL, "Nederland", "Koninkrijk der Nederlanden"),
        country(LU, "Luxemburg", "Groothertogdom Luxemburg"),
        region(NRW, "Noordrijn-Westfalen"),
        _AA_RVE,
        _RVE,
        bp("BENELUX-PARLEMENT"),
        _R991,
        _R994,
        Ent(I_HOF, "Institution", "Benelux-Gerechtshof", ["BENELUX-GERECHTSHOF", "Het Hof"]),
    ],
    [
        Rel(I_SG, SUB, BU, "Uitgegeven door het Secretariaat-Generaal van de Benelux Unie"),
        Rel(_M2028_1.iri, AMENDS, _M2013_7.iri, "M (2028) 1 Beschikking tot wijziging"),
        Rel(_M2028_1.iri, PASSED, I_CVM, "M (2028) 1 Beschikking tot wijziging"),
        Rel(_M2028_1.iri, DATE, "2028-03-13", "M (2028) 1 Beschikking tot wijziging"),
        Rel(_M2013_7.iri, PASSED, I_CVM, "M (2028) 1 Beschikking tot wijziging"),
        # "tot wijziging van … zoals gewijzigd bij" gives both amendments (set K).
        Rel(_M2021_3.iri, AMENDS, _M2013_7.iri, "zoals gewijzigd bij Beschikking M (2021) 3"),
        Rel(_M2021_3.iri, PASSED, I_CVM, "zoals gewijzigd bij Beschikking M (2021) 3"),
        # The rectification gives the right date (sets K and L).
        Rel(_M2021_3.iri, DATE, "2021-06-14", "moet in de titel van Beschikking"),
        Rel(_M2028_2.iri, PASSED, I_CVM, "M (2028) 2 Aanbeveling over de bescherming"),
        Rel(_M2028_2.iri, DATE, "2028-03-13", "M (2028) 2 Aanbeveling over de bescherming"),
        Rel(_M2028_2.iri, AMENDS, _M2017_4.iri, "Deze aanbeveling vervangt"),
        Rel(_M2017_4.iri, PASSED, I_CVM, "Deze aanbeveling vervangt"),
        Rel(_M2028_3_IRI, PASSED, I_CVM, "M (2028) 3 Beschikking inzake"),
        Rel(_M2028_3_IRI, DATE, "2028-03-13", "M (2028) 3 Beschikking inzake"),
        Rel(_M2028_4.iri, PASSED, I_CVM, "M (2028) 4 Beschikking tot instelling"),
        Rel(_M2028_4.iri, DATE, "2028-06-12", "M (2028) 4 Beschikking tot instelling"),
        # The note line under the entry (set L/M).
        Rel(_WG_TF_EF.iri, SUB, _DC_IM.iri, "De taskforce valt onder het Directiecomité"),
        Rel(_WG_TF_EF.iri, PART, EC, "neemt als waarnemer deel"),
        Rel(_M2028_5_IRI, PASSED, I_CVM, "M (2028) 5 Aanbeveling betreffende"),
        Rel(_M2028_5_IRI, DATE, "2028-06-12", "M (2028) 5 Aanbeveling betreffende"),
        Rel(_M2028_6.iri, PASSED, I_CVM, "M (2028) 6 Beschikking houdende wijziging"),
        Rel(_M2028_6.iri, DATE, "2028-06-12", "M (2028) 6 Beschikking houdende wijziging"),
        Rel(_M2028_6.iri, AMENDS, _M2028_3_IRI, "M (2028) 6 Beschikking houdende wijziging"),
        # The parties of a title are its participants (seed rule); the signing date counts.
        *[
            Rel(_MOU_EF_IRI, PART, x, "Memorandum van overeenstemming tussen het Koninkrijk")
            for x in (BE, NL, LU, NRW)
        ],
        Rel(
            _MOU_EF_IRI, DATE, "2028-06-12", "Memorandum van overeenstemming tussen het Koninkrijk"
        ),
        Rel(_AA_RVE.iri, PART, I_SG, "Administratief akkoord tussen het"),
        Rel(_AA_RVE.iri, PART, _RVE.iri, "Administratief akkoord tussen het"),
        Rel(_AA_RVE.iri, DATE, "2028-04-24", "Administratief akkoord tussen het"),
        # The section heading "C. BENELUX-PARLEMENT" names the issuing body (set K).
        Rel(_R991.iri, PASSED, I_BP, "Aanbeveling 991/2 over grensoverschrijdende"),
        Rel(_R991.iri, DATE, "2028-03-18", "Aanbeveling 991/2 over grensoverschrijdende"),
        Rel(_R994.iri, PASSED, I_BP, "Aanbeveling 994/2 over de integriteit"),
        Rel(_R994.iri, DATE, "2028-06-17", "Aanbeveling 994/2 over de integriteit"),
    ],
)

# --- q06: Flemish policy note (Welzijn 2029), chapter 6: dementia care across the border -----
_Q06 = "q06_policy_note_dementia"
_VLG = Ent(
    _VLG_IRI,
    "NationalBody",
    "Vlaams Gewest",
    ["Vlaanderen", "Vlaamse Regering", "VLAANDEREN"],
    not_in=["Expertisecentrum Dementie Vlaanderen", "Alzheimer Liga Vlaanderen"],
)
_WAG = Ent(_WAG_IRI, "NationalBody", "Waals Gewest", ["Wallonië"])
_WG_DEM = wg("Benelux-werkgroep Dementiezorg")
_DEP_ZORG = body("Departement Zorg")
_AVIQ = body("Agence pour une Vie de Qualité", "Agence pour une Vie de Qualité", "AViQ")
_MFAM = body("Ministère de la Famille, des Solidarités, du Vivre ensemble et de l'Accueil")
_LIDS = org("Landesinitiative Demenz-Service NRW")
_IV_DEM = ins(
    "Benelux-intentieverklaring over dementievriendelijke grensregio's",
    "Declaration",
)
_ECDV = org("Expertisecentrum Dementie Vlaanderen")
_ALZ_NL = org("Alzheimer Nederland")
_ALZ_VL = org("Alzheimer Liga Vlaanderen")
_ALA = org("Association Luxembourg Alzheimer")
_EV_SYMP = event("Benelux-symposium Dementie zonder Grenzen")
SPECS[_Q06] = (
    [
        _VLG,
        country(NL, "Nederland"),
        _WAG,
        country(LU, "Luxemburg"),
        _WG_DEM,
        Ent(
            _DC_VG.iri,
            "WorkingGroup",
            _DC_VG.label,
            ["Directiecomité Volksgezondheid", "Directiecomité"],
        ),
        _DEP_ZORG,
        _AVIQ,
        _VWS,
        _MFAM,
        _LIDS,
        region(NRW, "Noordrijn-Westfalen", "Noordrijn-Westfalen", "NRW"),
        csg(),
        _EMR,
        _IV_DEM,
        sg(),
        region("id/region/hauts-de-france", "Hauts-de-France"),
        bp("Beneluxparlement"),
        _R991,
        cvm("Comité van Ministers"),
        _ECDV,
        _ALZ_NL,
        _ALZ_VL,
        _ALA,
        _EV_SYMP,
        person("Caroline Gennez"),
    ],
    [
        # One subject, three objects (set J); "Vlaamse Regering" is the region's government.
        *[
            Rel(_VLG_IRI, COOP, x, "samen op te trekken met Nederland, Wallonië en Luxemburg")
            for x in (NL, _WAG_IRI, LU)
        ],
        Rel(_WG_DEM.iri, PART, _VLG_IRI, "Vlaanderen is sinds de oprichting in 2026 lid"),
        # "die deel uitmaakt van" reads as "valt onder" (set L).
        Rel(_WG_DEM.iri, SUB, _DC_VG.iri, "die deel uitmaakt van het Directiecomité"),
        Rel(_WG_DEM.iri, PART, _DEP_ZORG.iri, "Het Departement Zorg vertegenwoordigt"),
        *[Rel(_WG_DEM.iri, PART, x.iri, "De andere leden zijn") for x in (_AVIQ, _VWS, _MFAM)],
        # The observer, and the region "aan tafel" through it (next clause).
        Rel(_WG_DEM.iri, PART, _LIDS.iri, "heeft\ner de status van waarnemer"),
        Rel(_WG_DEM.iri, PART, NRW, "zo is ook Noordrijn-Westfalen aan tafel"),
        Rel(_WG_DEM.iri, COOP, _EMR.iri, "Zij werkt daarbij samen met de"),
        # Signatories named through their ministers, and the Secretariat-General that "tekende
        # mee"; Hauts-de-France was invited but did not sign.
        *[
            Rel(_IV_DEM.iri, PART, x, "ondertekenden de ministers van Welzijn")
            for x in (_VLG_IRI, _WAG_IRI, NL, LU)
        ],
        Rel(_IV_DEM.iri, DATE, "2027-10-05", "ondertekenden de ministers van Welzijn"),
        Rel(_IV_DEM.iri, PART, I_SG, "Het Secretariaat-Generaal tekende"),
        Rel(_R991.iri, PASSED, I_BP, "Het Beneluxparlement nam op 18 maart 2028"),
        Rel(_R991.iri, DATE, "2028-03-18", "Het Beneluxparlement nam op 18 maart 2028"),
        Rel(_ECDV.iri, COOP, _ALZ_NL.iri, "werkt al jaren samen met"),
        Rel(_ECDV.iri, COOP, _ALZ_VL.iri, "werkt al jaren samen met"),
        # Organisers ("Samen met X organiseerden zij") and two bodies that spoke there.
        *[
            Rel(_EV_SYMP.iri, PART, x.iri, "Samen met de Association")
            for x in (_ALA, _ECDV, _ALZ_NL, _ALZ_VL)
        ],
        Rel(_EV_SYMP.iri, PART, _DEP_ZORG.iri, "schoven er als sprekers aan"),
        Rel(_EV_SYMP.iri, PART, I_SG, "schoven er als sprekers aan"),
        # "Met X onderzoekt Y" reads as set F's "Samen met X verkent Y" (present tense, in the
        # list of intentions); the proposal to open the project to NRW gives nothing.
        Rel(_DEP_ZORG.iri, COOP, _WAG_IRI, "Met Wallonië onderzoekt het Departement Zorg"),
    ],
)


def main(argv: list[str]) -> None:
    _A.main(argv, SPECS)  # write and verify gold/*.json, or review one document


if __name__ == "__main__":
    main(sys.argv)
