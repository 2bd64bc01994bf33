"""Tests of the SHACL shapes (shapes/benelux-kg.shacl.ttl).

Every case starts from one small, valid graph (``VALID``: a few entities of document
003_c75309f88a2b6b39 with their real mentions) and breaks exactly one thing with a SPARQL
update. The test then checks that the shape meant to catch it reports it, with the
expected constraint component, severity and message, and that no unrelated shape fires.
Validation runs as the build runs it: no inference, SHACL-AF SPARQL constraints on, the
ontology's rdfs:subClassOf triples present in the data graph (stated inline here).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

import pytest
from pyshacl import validate
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SH

ROOT = Path(__file__).resolve().parents[1]
SHAPES_FILE = ROOT / "shapes" / "benelux-kg.shacl.ttl"
ONTOLOGY_FILE = ROOT / "ontology" / "benelux-kg.ttl"
REFERENCE_FILE = ROOT / "ontology" / "reference.ttl"
BKGSH = "https://w3id.org/benelux-kg/shapes#"
BKG = "https://w3id.org/benelux-kg/def#"

PREFIXES = """\
PREFIX bkg: <https://w3id.org/benelux-kg/def#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX eli: <http://data.europa.eu/eli/ontology#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX id: <https://w3id.org/benelux-kg/id/>
PREFIX inst: <https://w3id.org/benelux-kg/id/institution/>
PREFIX instr: <https://w3id.org/benelux-kg/id/instrument/>
PREFIX wg: <https://w3id.org/benelux-kg/id/working-group/>
PREFIX country: <https://w3id.org/benelux-kg/id/country/>
PREFIX region: <https://w3id.org/benelux-kg/id/region/>
PREFIX orgn: <https://w3id.org/benelux-kg/id/organisation/>
PREFIX act: <https://w3id.org/benelux-kg/id/act/>
PREFIX person: <https://w3id.org/benelux-kg/id/person/>
PREFIX doc: <https://w3id.org/benelux-kg/id/document/>
PREFIX event: <https://w3id.org/benelux-kg/id/event/>
PREFIX project: <https://w3id.org/benelux-kg/id/project/>
PREFIX theme: <https://w3id.org/benelux-kg/id/theme/>
PREFIX presidency: <https://w3id.org/benelux-kg/id/presidency/>
PREFIX status: <https://w3id.org/benelux-kg/id/status/>
"""

# corpus/003_c75309f88a2b6b39.txt[170992:171126], a footnote broken over a blank line.
SENTENCE_TEXT = (
    "Aanbeveling van het Benelux Comité van Ministers betreffende de fiscale samenwerking "
    "en de strijd tegen de fiscale \n\nfraude, M(2019)7."
)


# The same sentence taken from a cleaned copy of the text: two characters shorter.
CLEANED_SENTENCE = " ".join(SENTENCE_TEXT.split())


def turtle_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


# Spans are real: offsets into corpus/003_c75309f88a2b6b39.txt as stored.
VALID = (
    PREFIXES
    + r"""
# The ontology's subclass axioms, which the build merges into the data graph.
bkg:Decision rdfs:subClassOf bkg:LegalInstrument .
bkg:Recommendation rdfs:subClassOf bkg:LegalInstrument .
bkg:Directive rdfs:subClassOf bkg:LegalInstrument .
bkg:Treaty rdfs:subClassOf bkg:LegalInstrument .
bkg:MemberState rdfs:subClassOf bkg:Country .

doc:003_c75309f88a2b6b39 a bkg:SourceDocument ;
    dcterms:title "Evaluatie van de Benelux-samenwerking 2013-2019"@nl ;
    dcterms:language "nl" .

orgn:benelux-unie a bkg:BeneluxUnion ;
    rdfs:label "Benelux Unie"@nl , "Benelux Union"@en .

inst:comite-van-ministers a bkg:Institution ;
    rdfs:label "Comité van Ministers"@nl , "Committee of Ministers"@en ;
    skos:altLabel "Benelux Comité van Ministers"@nl ;
    org:subOrganizationOf orgn:benelux-unie ;
    prov:wasDerivedFrom doc:003_c75309f88a2b6b39 .

instr:m-2019-7 a bkg:Recommendation ;
    rdfs:label "Aanbeveling M(2019)7"@nl , "Recommendation M(2019)7"@en ;
    dcterms:title '''Aanbeveling van het Benelux Comité van Ministers betreffende de fiscale
        samenwerking en de strijd tegen de fiscale fraude'''@nl ;
    eli:id_local "M(2019)7" ;
    eli:passed_by inst:comite-van-ministers ;
    eli:date_document "2019"^^xsd:gYear ;
    prov:wasDerivedFrom doc:003_c75309f88a2b6b39 .

instr:m-2017-12 a bkg:Decision ;
    rdfs:label "Beschikking M(2017)12"@nl , "Decision M(2017)12"@en ;
    eli:id_local "M(2017)12" ;
    eli:passed_by inst:comite-van-ministers ;
    eli:date_document "2017"^^xsd:gYear ;
    prov:wasDerivedFrom doc:003_c75309f88a2b6b39 .

instr:benelux-politieverdrag a bkg:Treaty ;
    rdfs:label "Benelux-Politieverdrag"@nl , "Benelux Police Treaty"@en ;
    eli:date_document "2018-07-23"^^xsd:date .

act:richtlijn-2008-114-eg a bkg:ExternalAct ;
    rdfs:label "Richtlijn 2008/114/EG"@nl , "Directive 2008/114/EC"@en .

wg:senningenoverleg a bkg:WorkingGroup ;
    rdfs:label "Senningenoverleg"@nl , "Senningen consultation"@en ;
    skos:altLabel "Senningen-overleg"@nl ;
    org:subOrganizationOf inst:comite-van-ministers ;
    bkg:participant country:belgie , region:noordrijn-westfalen ;
    prov:wasDerivedFrom doc:003_c75309f88a2b6b39 .

country:belgie a bkg:MemberState ;
    rdfs:label "België"@nl , "Belgium"@en , "Belgique"@fr .

region:noordrijn-westfalen a bkg:NeighbouringRegion ;
    rdfs:label "Noordrijn-Westfalen"@nl , "North Rhine-Westphalia"@en ;
    prov:wasDerivedFrom doc:003_c75309f88a2b6b39 .

orgn:noordse-raad a bkg:ExternalOrganisation ;
    rdfs:label "Noordse Raad"@nl , "Nordic Council"@en .

orgn:tweede-kamer a bkg:NationalBody ;
    rdfs:label "Tweede Kamer"@nl , "House of Representatives"@en .

orgn:volkspartij-voor-vrijheid-en-democratie a bkg:PoliticalParty ;
    rdfs:label "Volkspartij voor Vrijheid en Democratie"@nl ,
        "People's Party for Freedom and Democracy"@en ;
    skos:altLabel "VVD"@nl .

person:xavier-bettel a bkg:Person ;
    rdfs:label "Xavier Bettel"@nl .

event:comite-van-ministers-2019-06 a bkg:Meeting ;
    rdfs:label "Vergadering van het Comité van Ministers, juni 2019"@nl ,
        "Meeting of the Committee of Ministers, June 2019"@en ;
    bkg:participant inst:comite-van-ministers .

project:digitale-vrachtbrief a bkg:Project ;
    rdfs:label "Digitale vrachtbrief"@nl , "Digital consignment note"@en ;
    bkg:projectStatus status:lopend .

status:lopend a bkg:ProjectStatus ;
    rdfs:label "lopend"@nl , "ongoing"@en ;
    skos:inScheme id:status .

theme:veiligheid a bkg:Theme ;
    rdfs:label "Veiligheid"@nl , "Security"@en ;
    skos:inScheme id:theme .

presidency:nederland-2020 a bkg:Presidency ;
    rdfs:label "Nederlands voorzitterschap 2020"@nl , "Dutch Presidency 2020"@en .

<https://w3id.org/benelux-kg/id/document/003_c75309f88a2b6b39#char=171020,171040>
    a bkg:Mention , nif:String ;
    nif:beginIndex "171020"^^xsd:integer ;
    nif:endIndex "171040"^^xsd:integer ;
    nif:anchorOf "Comité van Ministers" ;
    bkg:inDocument doc:003_c75309f88a2b6b39 ;
    bkg:refersTo inst:comite-van-ministers .

<https://w3id.org/benelux-kg/id/document/003_c75309f88a2b6b39#char=171117,171125>
    a bkg:Mention , nif:String ;
    nif:beginIndex "171117"^^xsd:integer ;
    nif:endIndex "171125"^^xsd:integer ;
    nif:anchorOf "M(2019)7" ;
    bkg:inDocument doc:003_c75309f88a2b6b39 ;
    bkg:refersTo instr:m-2019-7 .

<https://w3id.org/benelux-kg/id/document/003_c75309f88a2b6b39#char=31839,31856>
    a bkg:Mention , nif:String ;
    nif:beginIndex "31839"^^xsd:integer ;
    nif:endIndex "31856"^^xsd:integer ;
    nif:anchorOf "Senningen-overleg" ;
    bkg:inDocument doc:003_c75309f88a2b6b39 ;
    bkg:refersTo wg:senningenoverleg .

<https://w3id.org/benelux-kg/id/document/003_c75309f88a2b6b39#char=9991,10010>
    a bkg:Mention , nif:String ;
    nif:beginIndex "9991"^^xsd:integer ;
    nif:endIndex "10010"^^xsd:integer ;
    nif:anchorOf "Noordrijn-Westfalen" ;
    bkg:inDocument doc:003_c75309f88a2b6b39 ;
    bkg:refersTo region:noordrijn-westfalen .

<https://w3id.org/benelux-kg/id/document/003_c75309f88a2b6b39#char=170992,171126>
    a nif:Sentence , nif:String ;
    nif:beginIndex "170992"^^xsd:integer ;
    nif:endIndex "171126"^^xsd:integer ;
    nif:anchorOf "@SENTENCE_TEXT@" ;
    bkg:inDocument doc:003_c75309f88a2b6b39 .

[] a bkg:Assertion ;
    rdf:subject instr:m-2019-7 ;
    rdf:predicate eli:passed_by ;
    rdf:object inst:comite-van-ministers ;
    prov:wasDerivedFrom doc:003_c75309f88a2b6b39 ;
    bkg:evidence <https://w3id.org/benelux-kg/id/document/003_c75309f88a2b6b39#char=170992,171126> .
"""
).replace('"@SENTENCE_TEXT@"', turtle_string(SENTENCE_TEXT))

# IRIs the updates below use often.
M_COMITE = "<https://w3id.org/benelux-kg/id/document/003_c75309f88a2b6b39#char=171020,171040>"
M_NRW = "<https://w3id.org/benelux-kg/id/document/003_c75309f88a2b6b39#char=9991,10010>"
SENTENCE = "<https://w3id.org/benelux-kg/id/document/003_c75309f88a2b6b39#char=170992,171126>"
DOC_002 = """
    doc:002_9e5d61a85da0ad79 a bkg:SourceDocument ;
        dcterms:title "Jaarplan 2023"@nl ; dcterms:language "nl" .
"""
MENTION_002 = """
    <https://w3id.org/benelux-kg/id/document/002_9e5d61a85da0ad79#char=21467,21486>
        a bkg:Mention ;
        nif:beginIndex "21467"^^xsd:integer ;
        nif:endIndex "21486"^^xsd:integer ;
        nif:anchorOf "Noordrijn-Westfalen" ;
        bkg:inDocument doc:002_9e5d61a85da0ad79 ;
        bkg:refersTo region:noordrijn-westfalen .
"""

VIOLATION = SH.Violation
WARNING = SH.Warning
INFO = SH.Info


@dataclass(frozen=True)
class Case:
    """One defect: the update that introduces it and the result it must produce."""

    update: str
    shape: str
    component: str
    severity: URIRef
    words: tuple[str, ...]
    # Other shapes the same defect legitimately trips (e.g. a duplicate number also
    # breaks the IRI convention of one of the two instruments).
    also: frozenset[str] = field(default_factory=frozenset)


def case(
    update: str,
    expected: tuple[str, str, URIRef],
    *words: str,
    also: tuple[str, ...] = (),
    id: str,
) -> pytest.ParameterSet:
    """A defect: ``expected`` is (shape, constraint component, severity) of its result."""
    shape, component, severity = expected
    return pytest.param(Case(update, shape, component, severity, words, frozenset(also)), id=id)


CASES = [
    # --- labels ----------------------------------------------------------------------
    case(
        'DELETE DATA { inst:comite-van-ministers rdfs:label "Comité van Ministers"@nl }',
        ("DutchLabelShape", "QualifiedMinCount", VIOLATION),
        "exactly one Dutch rdfs:label",
        id="institution-without-dutch-label",
    ),
    case(
        'INSERT DATA { inst:comite-van-ministers rdfs:label "Benelux Comité van Ministers"@nl-BE }',
        ("DutchLabelShape", "QualifiedMaxCount", VIOLATION),
        "exactly one Dutch rdfs:label",
        id="institution-with-second-dutch-label-nl-BE",
    ),
    case(
        'INSERT DATA { wg:senningenoverleg rdfs:label "Senningen-overleg"@nl }',
        ("UniqueLabelLanguageShape", "UniqueLang", VIOLATION),
        "more than one",
        "skos:altLabel",
        also=("DutchLabelShape",),
        id="working-group-with-two-nl-labels",
    ),
    case(
        'INSERT DATA { country:belgie rdfs:label "Belgium (country)"@en }',
        ("UniqueLabelLanguageShape", "UniqueLang", VIOLATION),
        "same language",
        id="country-with-two-en-labels",
    ),
    case(
        'INSERT DATA { inst:comite-van-ministers rdfs:label "Comité van Ministers" }',
        ("LabelLanguageTagShape", "Datatype", VIOLATION),
        "without a language tag",
        id="label-without-language-tag",
    ),
    case(
        'DELETE DATA { region:noordrijn-westfalen rdfs:label "North Rhine-Westphalia"@en }',
        ("EnglishLabelShape", "QualifiedMinCount", INFO),
        "no English rdfs:label",
        id="region-without-english-label",
    ),
    case(
        "INSERT DATA { inst:comite-van-ministers skos:altLabel orgn:benelux-unie }",
        ("AltLabelShape", "NodeKind", VIOLATION),
        "skos:altLabel must be a literal",
        id="alt-label-is-an-iri",
    ),
    case(
        """INSERT DATA {
               inst:comite-van-ministers prov:wasDerivedFrom <https://www.benelux.int/nl/> }""",
        ("ProvenanceSourceShape", "Class", VIOLATION),
        "bkg:SourceDocument",
        id="provenance-to-a-web-page",
    ),
    case(
        "INSERT DATA { instr:m-2019-7 dcterms:title <https://www.benelux.int/nl/> }",
        ("TitleLiteralShape", "NodeKind", VIOLATION),
        "dcterms:title must be a literal",
        id="title-is-an-iri",
    ),
    # --- institutions ----------------------------------------------------------------
    case(
        """INSERT DATA { orgn:benelux-raad a bkg:Institution ;
               rdfs:label "Benelux-Raad"@nl , "Benelux Council"@en . }""",
        ("InstitutionShape", "Pattern", VIOLATION),
        "id/institution/",
        id="institution-under-organisation-iri",
    ),
    case(
        "INSERT DATA { orgn:tweede-kamer a bkg:Institution }",
        ("InstitutionNotNationalBodyShape", "Not", VIOLATION),
        "never also be typed bkg:NationalBody",
        also=("InstitutionShape",),
        id="national-body-typed-institution",
    ),
    case(
        "INSERT DATA { orgn:noordse-raad a bkg:Institution }",
        ("InstitutionNotExternalShape", "Not", VIOLATION),
        "bkg:ExternalOrganisation",
        also=("InstitutionShape",),
        id="external-organisation-typed-institution",
    ),
    # --- legal instruments -------------------------------------------------------------
    case(
        """INSERT DATA { <https://w3id.org/benelux-kg/id/beschikking/m-2015-15> a bkg:Decision ;
               rdfs:label "Beschikking M(2015)15"@nl , "Decision M(2015)15"@en ;
               eli:passed_by inst:comite-van-ministers . }""",
        ("LegalInstrumentShape", "Pattern", VIOLATION),
        "id/instrument/",
        id="decision-with-wrong-iri",
    ),
    case(
        "INSERT DATA { act:richtlijn-2008-114-eg a bkg:Directive }",
        ("InstrumentNotExternalActShape", "Not", VIOLATION),
        "never also be typed bkg:ExternalAct",
        also=("LegalInstrumentShape", "InstrumentIssuerShape"),
        id="eu-directive-typed-benelux-directive",
    ),
    case(
        """DELETE DATA { instr:m-2019-7 eli:id_local "M(2019)7" } ;
           INSERT DATA { instr:m-2019-7 eli:id_local "M (2019) 7" }""",
        ("IdLocalFormatShape", "Pattern", VIOLATION),
        "M(yyyy)n",
        "no spaces",
        id="id-local-with-spaces",
    ),
    case(
        """DELETE DATA { instr:m-2019-7 eli:id_local "M(2019)7" } ;
           INSERT DATA { instr:m-2019-7 eli:id_local "M(2019)7"@nl }""",
        ("IdLocalFormatShape", "Datatype", VIOLATION),
        "plain string",
        id="id-local-with-language-tag",
    ),
    case(
        'INSERT DATA { instr:m-2019-7 eli:id_local "M(2019)8" }',
        ("IdLocalCountShape", "MaxCount", VIOLATION),
        "at most one eli:id_local",
        also=("IdLocalIriShape",),
        id="instrument-with-two-numbers",
    ),
    case(
        """INSERT DATA { instr:aanbeveling-fiscale-fraude a bkg:Recommendation ;
               rdfs:label "Aanbeveling fiscale fraude"@nl , "Recommendation on tax fraud"@en ;
               eli:id_local "M(2019)7" ; eli:passed_by inst:comite-van-ministers . }""",
        ("IdLocalUniqueShape", "MaxCount", VIOLATION),
        "eli:id_local is not unique",
        "has the same number",
        also=("IdLocalIriShape",),
        id="two-instruments-share-a-number",
    ),
    case(
        """DELETE DATA { instr:m-2017-12 eli:id_local "M(2017)12" } ;
           INSERT DATA { instr:m-2017-12 eli:id_local "M(2017)13" }""",
        ("IdLocalIriShape", "SPARQL", WARNING),
        "expected to be",
        "https://w3id.org/benelux-kg/id/instrument/m-2017-13",
        id="number-does-not-match-iri",
    ),
    case(
        "DELETE DATA { instr:m-2017-12 eli:passed_by inst:comite-van-ministers }",
        ("InstrumentIssuerShape", "Or", WARNING),
        "no eli:passed_by",
        id="decision-without-issuing-body",
    ),
    case(
        'INSERT DATA { instr:m-2019-7 eli:date_document "2019-06-12"^^xsd:date }',
        ("InstrumentDateCountShape", "MaxCount", WARNING),
        "more than one eli:date_document",
        id="instrument-with-two-dates",
    ),
    case(
        "INSERT DATA { instr:m-2019-7 eli:amends instr:m-2019-7 }",
        ("AmendsItselfShape", "SPARQL", VIOLATION),
        "m-2019-7 amends itself",
        id="instrument-amends-itself",
    ),
    # --- working groups ----------------------------------------------------------------
    case(
        """INSERT DATA {
               <https://w3id.org/benelux-kg/id/werkgroep/energieforum> a bkg:WorkingGroup ;
               rdfs:label "Pentalateraal Energieforum"@nl , "Pentalateral Energy Forum"@en ;
               org:subOrganizationOf inst:comite-van-ministers . }""",
        ("WorkingGroupShape", "Pattern", VIOLATION),
        "id/working-group/",
        id="working-group-with-wrong-iri",
    ),
    case(
        "DELETE DATA { wg:senningenoverleg org:subOrganizationOf inst:comite-van-ministers }",
        ("WorkingGroupParentShape", "MinCount", WARNING),
        "no org:subOrganizationOf",
        id="working-group-without-parent",
    ),
    # --- places ------------------------------------------------------------------------
    case(
        """INSERT DATA {
               <https://w3id.org/benelux-kg/id/regio/grande-region> a bkg:NeighbouringRegion ;
               rdfs:label "Grande Région"@nl , "Greater Region"@en . }""",
        ("NeighbouringRegionShape", "Pattern", VIOLATION),
        "id/region/",
        id="region-with-wrong-iri",
    ),
    case(
        """INSERT DATA { <https://w3id.org/benelux-kg/id/land/frankrijk> a bkg:Country ;
               rdfs:label "Frankrijk"@nl , "France"@en . }""",
        ("CountryShape", "Pattern", VIOLATION),
        "id/country/",
        id="country-with-wrong-iri",
    ),
    case(
        """INSERT DATA { country:frankrijk a bkg:MemberState ;
               rdfs:label "Frankrijk"@nl , "France"@en . }""",
        ("MemberStateShape", "In", VIOLATION),
        "Only België, Nederland and Luxemburg",
        id="france-as-member-state",
    ),
    # --- organisations -----------------------------------------------------------------
    case(
        """INSERT DATA { <https://w3id.org/benelux-kg/id/extern/baltische-assemblee>
               a bkg:ExternalOrganisation ;
               rdfs:label "Baltische Assemblee"@nl , "Baltic Assembly"@en . }""",
        ("ExternalOrganisationShape", "Pattern", VIOLATION),
        "id/organisation/",
        id="external-organisation-with-wrong-iri",
    ),
    case(
        """INSERT DATA { inst:raad-van-state a bkg:NationalBody ;
               rdfs:label "Raad van State"@nl , "Council of State"@en . }""",
        ("NationalBodyShape", "Pattern", VIOLATION),
        "id/organisation/",
        id="national-body-under-institution-iri",
    ),
    case(
        """INSERT DATA { orgn:benelux-economische-unie a bkg:BeneluxUnion ;
               rdfs:label "Benelux Economische Unie"@nl , "Benelux Economic Union"@en . }""",
        ("BeneluxUnionShape", "In", VIOLATION),
        "only bkg:BeneluxUnion",
        "benelux-unie",
        id="second-benelux-union",
    ),
    case(
        "INSERT DATA { orgn:benelux-unie a bkg:ExternalOrganisation }",
        ("BeneluxUnionNotExternalShape", "Not", VIOLATION),
        "never also be typed",
        id="benelux-union-typed-external",
    ),
    # --- other entities ----------------------------------------------------------------
    case(
        """INSERT DATA {
               <https://w3id.org/benelux-kg/id/eu/verordening-2018-1240> a bkg:ExternalAct ;
               rdfs:label "Verordening 2018/1240"@nl , "Regulation 2018/1240"@en . }""",
        ("ExternalActShape", "Pattern", VIOLATION),
        "id/act/",
        id="external-act-with-wrong-iri",
    ),
    case(
        """INSERT DATA { <https://w3id.org/benelux-kg/id/person/Mark_Rutte> a bkg:Person ;
               rdfs:label "Mark Rutte"@nl . }""",
        ("PersonShape", "Pattern", VIOLATION),
        "id/person/",
        id="person-iri-not-a-slug",
    ),
    case(
        """INSERT DATA { <https://w3id.org/benelux-kg/id/meeting/benelux-top-2023> a bkg:Meeting ;
               rdfs:label "Benelux-top 2023"@nl , "Benelux summit 2023"@en . }""",
        ("MeetingShape", "Pattern", VIOLATION),
        "id/event/",
        id="meeting-with-wrong-iri",
    ),
    case(
        """INSERT DATA { <https://w3id.org/benelux-kg/id/projects/e-cmr> a bkg:Project ;
               rdfs:label "e-CMR"@nl , "e-CMR"@en . }""",
        ("ProjectShape", "Pattern", VIOLATION),
        "id/project/",
        id="project-with-wrong-iri",
    ),
    case(
        """INSERT DATA { <https://w3id.org/benelux-kg/id/thema/mobiliteit> a bkg:Theme ;
               rdfs:label "Mobiliteit"@nl , "Mobility"@en ; skos:inScheme id:theme . }""",
        ("ThemeShape", "Pattern", VIOLATION),
        "id/theme/",
        id="theme-with-wrong-iri",
    ),
    case(
        """INSERT DATA { <https://w3id.org/benelux-kg/id/party/cd-v> a bkg:PoliticalParty ;
               rdfs:label "Christen-Democratisch en Vlaams"@nl ,
                   "Christian Democratic and Flemish"@en . }""",
        ("PoliticalPartyShape", "Pattern", VIOLATION),
        "id/organisation/",
        id="party-with-wrong-iri",
    ),
    case(
        """INSERT DATA { <https://w3id.org/benelux-kg/id/project-status/afgerond>
               a bkg:ProjectStatus ;
               rdfs:label "afgerond"@nl , "completed"@en ; skos:inScheme id:status . }""",
        ("ProjectStatusShape", "Pattern", VIOLATION),
        "id/status/",
        id="project-status-with-wrong-iri",
    ),
    case(
        "DELETE DATA { status:lopend skos:inScheme id:status }",
        ("StatusSchemeShape", "HasValue", WARNING),
        "not in the concept scheme",
        id="project-status-outside-scheme",
    ),
    case(
        "DELETE DATA { theme:veiligheid skos:inScheme id:theme }",
        ("ThemeSchemeShape", "HasValue", WARNING),
        "not in the concept scheme",
        id="theme-outside-scheme",
    ),
    case(
        """INSERT DATA { presidency:luxemburg a bkg:Presidency ;
               rdfs:label "Luxemburgs voorzitterschap"@nl , "Luxembourg Presidency"@en . }""",
        ("PresidencyShape", "Pattern", VIOLATION),
        "{country-slug}-{year}",
        id="presidency-without-year",
    ),
    # --- documents ---------------------------------------------------------------------
    case(
        """INSERT DATA { <https://w3id.org/benelux-kg/id/doc/004_8fbf76c5622830fb>
               a bkg:SourceDocument ; dcterms:title "Jaarverslag"@nl ; dcterms:language "nl" . }""",
        ("SourceDocumentShape", "Pattern", VIOLATION),
        "id/document/",
        id="document-with-wrong-iri",
    ),
    case(
        'DELETE DATA { doc:003_c75309f88a2b6b39 dcterms:title "Evaluatie van de Benelux-samenwerking 2013-2019"@nl }',  # noqa: E501
        ("DocumentTitleShape", "MinCount", WARNING),
        "no dcterms:title",
        id="document-without-title",
    ),
    case(
        'DELETE DATA { doc:003_c75309f88a2b6b39 dcterms:language "nl" }',
        ("DocumentLanguageShape", "MinCount", WARNING),
        "no dcterms:language",
        id="document-without-language",
    ),
    # --- mentions and sentences --------------------------------------------------------
    case(
        """INSERT DATA { <https://w3id.org/benelux-kg/id/document/003_c75309f88a2b6b39#offset_9991_10010>
               a bkg:Mention ;
               nif:beginIndex "9991"^^xsd:integer ;
               nif:endIndex "10010"^^xsd:integer ;
               nif:anchorOf "Noordrijn-Westfalen" ;
               bkg:inDocument doc:003_c75309f88a2b6b39 ;
               bkg:refersTo region:noordrijn-westfalen . }""",
        ("MentionShape", "Pattern", VIOLATION),
        "#char={begin},{end}",
        also=("SpanIriShape",),
        id="mention-with-non-rfc5147-iri",
    ),
    case(
        """INSERT DATA { <https://w3id.org/benelux-kg/id/document/003_c75309f88a2b6b39#zin-12>
               a nif:Sentence ;
               nif:beginIndex "31839"^^xsd:integer ;
               nif:endIndex "31856"^^xsd:integer ;
               nif:anchorOf "Senningen-overleg" ;
               bkg:inDocument doc:003_c75309f88a2b6b39 . }""",
        ("SentenceShape", "Pattern", VIOLATION),
        "nif:Sentence",
        "#char={begin},{end}",
        also=("SpanIriShape",),
        id="sentence-with-non-rfc5147-iri",
    ),
    case(
        f'DELETE DATA {{ {M_NRW} nif:beginIndex "9991"^^xsd:integer }}',
        ("SpanBeginShape", "MinCount", VIOLATION),
        "exactly one nif:beginIndex",
        id="mention-without-begin",
    ),
    case(
        f"""DELETE DATA {{ {M_NRW} nif:beginIndex "9991"^^xsd:integer }} ;
            INSERT DATA {{ {M_NRW} nif:beginIndex "9991" }}""",
        ("SpanBeginShape", "Datatype", VIOLATION),
        "non-negative xsd:integer",
        also=("SpanOrderShape",),
        id="begin-typed-string",
    ),
    case(
        f"""DELETE DATA {{ {M_NRW} nif:beginIndex "9991"^^xsd:integer }} ;
            INSERT DATA {{ {M_NRW} nif:beginIndex "-1"^^xsd:integer }}""",
        ("SpanBeginShape", "MinInclusive", VIOLATION),
        "non-negative xsd:integer",
        also=("SpanAnchorLengthShape", "SpanIriShape"),
        id="begin-negative",
    ),
    case(
        f"""DELETE DATA {{ {M_NRW} nif:endIndex "10010"^^xsd:integer }} ;
            INSERT DATA {{ {M_NRW} nif:endIndex "-5"^^xsd:integer }}""",
        ("SpanEndShape", "MinInclusive", VIOLATION),
        "non-negative xsd:integer",
        also=("SpanAnchorLengthShape", "SpanIriShape", "SpanOrderShape"),
        id="end-negative",
    ),
    case(
        f'INSERT DATA {{ {M_NRW} nif:beginIndex "9990"^^xsd:integer }}',
        ("SpanBeginShape", "MaxCount", VIOLATION),
        "exactly one nif:beginIndex",
        also=("SpanAnchorLengthShape", "SpanIriShape"),
        id="mention-with-two-begins",
    ),
    case(
        f'DELETE DATA {{ {M_NRW} nif:endIndex "10010"^^xsd:integer }}',
        ("SpanEndShape", "MinCount", VIOLATION),
        "exactly one nif:endIndex",
        id="mention-without-end",
    ),
    case(
        f'INSERT DATA {{ {M_NRW} nif:endIndex "10011"^^xsd:integer }}',
        ("SpanEndShape", "MaxCount", VIOLATION),
        "exactly one nif:endIndex",
        also=("SpanAnchorLengthShape", "SpanIriShape"),
        id="mention-with-two-ends",
    ),
    case(
        f"""DELETE DATA {{ {M_NRW} nif:endIndex "10010"^^xsd:integer }} ;
            INSERT DATA {{ {M_NRW} nif:endIndex "10010"^^xsd:long }}""",
        ("SpanEndShape", "Datatype", VIOLATION),
        "non-negative xsd:integer",
        id="end-typed-long",
    ),
    case(
        """INSERT DATA { <https://w3id.org/benelux-kg/id/document/003_c75309f88a2b6b39#char=9991,9991>
               a bkg:Mention ;
               nif:beginIndex "9991"^^xsd:integer ;
               nif:endIndex "9991"^^xsd:integer ;
               nif:anchorOf "" ;
               bkg:inDocument doc:003_c75309f88a2b6b39 ;
               bkg:refersTo region:noordrijn-westfalen . }""",
        ("SpanOrderShape", "LessThan", VIOLATION),
        "less than",
        id="empty-mention",
    ),
    case(
        f'DELETE DATA {{ {M_NRW} nif:anchorOf "Noordrijn-Westfalen" }}',
        ("SpanAnchorShape", "MinCount", VIOLATION),
        "exactly one nif:anchorOf",
        id="mention-without-anchor",
    ),
    case(
        f'INSERT DATA {{ {M_NRW} nif:anchorOf "Noordrijn-westfalen" }}',
        ("SpanAnchorShape", "MaxCount", VIOLATION),
        "exactly one nif:anchorOf",
        id="mention-with-two-anchors",
    ),
    case(
        f"""DELETE DATA {{ {M_NRW} nif:anchorOf "Noordrijn-Westfalen" }} ;
            INSERT DATA {{ {M_NRW} nif:anchorOf "Noordrijn-Westfalen"@nl }}""",
        ("SpanAnchorShape", "Datatype", VIOLATION),
        "plain xsd:string",
        id="anchor-with-language-tag",
    ),
    case(
        # The anchor was taken from a cleaned copy of the text, one character short.
        f"""DELETE DATA {{ {M_NRW} nif:anchorOf "Noordrijn-Westfalen" }} ;
            INSERT DATA {{ {M_NRW} nif:anchorOf "Noordrijn Westfaln" }}""",
        ("SpanAnchorLengthShape", "SPARQL", VIOLATION),
        "18 characters long",
        "nif:endIndex - nif:beginIndex",
        id="anchor-length-differs-from-offsets",
    ),
    case(
        f"""DELETE DATA {{ {SENTENCE} nif:anchorOf {turtle_string(SENTENCE_TEXT)} }} ;
            INSERT DATA {{ {SENTENCE} nif:anchorOf {turtle_string(CLEANED_SENTENCE)} }}""",
        ("SpanAnchorLengthShape", "SPARQL", VIOLATION),
        "132 characters long",
        id="sentence-anchor-with-line-breaks-removed",
    ),
    case(
        f"DELETE DATA {{ {M_NRW} bkg:inDocument doc:003_c75309f88a2b6b39 }}",
        ("SpanDocumentShape", "MinCount", VIOLATION),
        "exactly one bkg:inDocument",
        id="mention-without-document",
    ),
    case(
        f"INSERT DATA {{ {M_NRW} bkg:inDocument doc:002_9e5d61a85da0ad79 . {DOC_002} }}",
        ("SpanDocumentShape", "MaxCount", VIOLATION),
        "exactly one bkg:inDocument",
        also=("SpanIriShape", "EntitySourcesShape"),
        id="mention-in-two-documents",
    ),
    case(
        f"""DELETE DATA {{ {M_NRW} nif:beginIndex "9991"^^xsd:integer ;
                                 nif:endIndex "10010"^^xsd:integer }} ;
            INSERT DATA {{ {M_NRW} nif:beginIndex "9992"^^xsd:integer ;
                                 nif:endIndex "10011"^^xsd:integer }}""",
        ("SpanIriShape", "SPARQL", VIOLATION),
        "does not match its document and offsets",
        "#char=9992,10011",
        id="offsets-shifted-by-one",
    ),
    case(
        f"DELETE DATA {{ {M_NRW} bkg:refersTo region:noordrijn-westfalen }}",
        ("MentionRefersToShape", "MinCount", VIOLATION),
        "at least one bkg:refersTo",
        id="mention-refers-to-nothing",
    ),
    # --- assertions --------------------------------------------------------------------
    case(
        "DELETE { ?a rdf:subject ?s } WHERE { ?a a bkg:Assertion ; rdf:subject ?s }",
        ("AssertionSubjectShape", "MinCount", VIOLATION),
        "exactly one rdf:subject",
        id="assertion-without-subject",
    ),
    case(
        """DELETE { ?a rdf:subject ?s } INSERT { ?a rdf:subject "M(2019)7" }
           WHERE { ?a a bkg:Assertion ; rdf:subject ?s }""",
        ("AssertionSubjectShape", "NodeKind", VIOLATION),
        "rdf:subject, an IRI",
        also=("AssertedTripleShape",),
        id="assertion-subject-is-a-string",
    ),
    case(
        # Still a triple of the graph, so only the cardinality is wrong.
        "INSERT { ?a rdf:subject instr:m-2017-12 } WHERE { ?a a bkg:Assertion }",
        ("AssertionSubjectShape", "MaxCount", VIOLATION),
        "exactly one rdf:subject",
        id="assertion-with-two-subjects",
    ),
    case(
        "DELETE { ?a rdf:predicate ?p } WHERE { ?a a bkg:Assertion ; rdf:predicate ?p }",
        ("AssertionPredicateShape", "MinCount", VIOLATION),
        "exactly one rdf:predicate",
        id="assertion-without-predicate",
    ),
    case(
        "INSERT { ?a rdf:predicate eli:amends } WHERE { ?a a bkg:Assertion }",
        ("AssertionPredicateShape", "MaxCount", VIOLATION),
        "exactly one rdf:predicate",
        also=("AssertedTripleShape",),
        id="assertion-with-two-predicates",
    ),
    case(
        """DELETE { ?a rdf:predicate ?p } INSERT { ?a rdf:predicate "eli:passed_by" }
           WHERE { ?a a bkg:Assertion ; rdf:predicate ?p }""",
        ("AssertionPredicateShape", "NodeKind", VIOLATION),
        "rdf:predicate, an IRI",
        also=("AssertedTripleShape",),
        id="assertion-predicate-is-a-string",
    ),
    case(
        "DELETE { ?a rdf:object ?o } WHERE { ?a a bkg:Assertion ; rdf:object ?o }",
        ("AssertionObjectShape", "MinCount", VIOLATION),
        "exactly one rdf:object",
        id="assertion-without-object",
    ),
    case(
        "INSERT { ?a rdf:object orgn:benelux-unie } WHERE { ?a a bkg:Assertion }",
        ("AssertionObjectShape", "MaxCount", VIOLATION),
        "exactly one rdf:object",
        also=("AssertedTripleShape",),
        id="assertion-with-two-objects",
    ),
    case(
        "DELETE { ?a bkg:evidence ?e } WHERE { ?a a bkg:Assertion ; bkg:evidence ?e }",
        ("AssertionEvidenceShape", "MinCount", VIOLATION),
        "at least one bkg:evidence",
        id="assertion-without-evidence",
    ),
    case(
        """DELETE { ?a prov:wasDerivedFrom ?d }
           WHERE { ?a a bkg:Assertion ; prov:wasDerivedFrom ?d }""",
        ("AssertionSourceShape", "MinCount", VIOLATION),
        "at least one prov:wasDerivedFrom",
        also=("EvidenceSourceShape",),
        id="assertion-without-source",
    ),
    case(
        f"""DELETE {{ ?a prov:wasDerivedFrom ?d }}
            INSERT {{ ?a prov:wasDerivedFrom doc:002_9e5d61a85da0ad79 . {DOC_002} }}
            WHERE {{ ?a a bkg:Assertion ; prov:wasDerivedFrom ?d }}""",
        ("EvidenceSourceShape", "SPARQL", VIOLATION),
        "rests on a sentence of https://w3id.org/benelux-kg/id/document/003_c75309f88a2b6b39",
        id="evidence-from-another-document",
    ),
    case(
        """DELETE { ?a rdf:object ?o } INSERT { ?a rdf:object inst:benelux-raad }
           WHERE { ?a a bkg:Assertion ; rdf:object ?o }""",
        ("AssertedTripleShape", "SPARQL", WARNING),
        "which is not in the graph",
        "institution/benelux-raad",
        id="assertion-about-absent-triple",
    ),
    # --- provenance of extracted entities ------------------------------------------------
    case(
        f"""DELETE DATA {{ {M_COMITE} bkg:refersTo inst:comite-van-ministers }} ;
            INSERT DATA {{ {M_COMITE} bkg:refersTo "Comité van Ministers" }}""",
        ("ExtractedEntityShape", "NodeKind", VIOLATION),
        "must be an IRI",
        also=("ExtractedEntitySourceShape", "ExtractedEntityTypeShape"),
        id="mention-refers-to-a-string",
    ),
    case(
        "DELETE DATA { region:noordrijn-westfalen prov:wasDerivedFrom doc:003_c75309f88a2b6b39 }",
        ("ExtractedEntitySourceShape", "QualifiedMinCount", VIOLATION),
        "no prov:wasDerivedFrom",
        "mention refers to it",
        id="mentioned-region-without-provenance",
    ),
    case(
        f"INSERT DATA {{ {DOC_002} {MENTION_002} }}",
        ("EntitySourcesShape", "SPARQL", VIOLATION),
        "is mentioned in https://w3id.org/benelux-kg/id/document/002_9e5d61a85da0ad79",
        id="provenance-misses-second-document",
    ),
    # --- object types of the core properties ---------------------------------------------
    case(
        """DELETE DATA { instr:m-2017-12 eli:passed_by inst:comite-van-ministers } ;
           INSERT DATA { instr:m-2017-12 eli:passed_by orgn:tweede-kamer }""",
        ("PassedByShape", "Class", VIOLATION),
        "eli:passed_by must point at a bkg:Institution",
        id="instrument-passed-by-national-body",
    ),
    case(
        "INSERT DATA { instr:m-2019-7 eli:amends act:richtlijn-2008-114-eg }",
        ("AmendsShape", "Class", VIOLATION),
        "eli:amends must point at a bkg:LegalInstrument",
        id="instrument-amends-eu-directive",
    ),
    case(
        """DELETE DATA { instr:m-2017-12 eli:date_document "2017"^^xsd:gYear } ;
           INSERT DATA { instr:m-2017-12 eli:date_document "september 2017" }""",
        ("DateDocumentShape", "Or", VIOLATION),
        "xsd:date or an xsd:gYear",
        id="date-as-free-text",
    ),
    case(
        """DELETE DATA { instr:m-2017-12 eli:date_document "2017"^^xsd:gYear } ;
           INSERT DATA { instr:m-2017-12 eli:date_document "2017-09"^^xsd:gYearMonth }""",
        ("DateDocumentShape", "Or", VIOLATION),
        "xsd:date or an xsd:gYear",
        id="date-as-year-month",
    ),
    case(
        "INSERT DATA { wg:senningenoverleg bkg:participant person:xavier-bettel }",
        ("ParticipantShape", "Or", VIOLATION),
        "bkg:participant must point at",
        id="person-as-participant",
    ),
    case(
        """DELETE DATA { wg:senningenoverleg org:subOrganizationOf inst:comite-van-ministers } ;
           INSERT DATA { wg:senningenoverleg org:subOrganizationOf country:belgie }""",
        ("SubOrganizationOfShape", "Or", VIOLATION),
        "org:subOrganizationOf must point at",
        id="working-group-part-of-a-country",
    ),
    case(
        f"""DELETE DATA {{ {M_NRW} bkg:refersTo region:noordrijn-westfalen }} ;
            INSERT DATA {{ {M_NRW} bkg:refersTo doc:003_c75309f88a2b6b39 }}""",
        ("ExtractedEntityTypeShape", "QualifiedMinCount", VIOLATION),
        "bkg:refersTo must point at an entity",
        also=("ExtractedEntitySourceShape",),
        id="mention-refers-to-document",
    ),
    case(
        # Document 002 was ingested but never typed as a source document.
        f"""INSERT DATA {{ {MENTION_002}
               region:noordrijn-westfalen prov:wasDerivedFrom doc:002_9e5d61a85da0ad79 . }}""",
        ("InDocumentShape", "Class", VIOLATION),
        "bkg:inDocument must point at a bkg:SourceDocument",
        also=("ProvenanceSourceShape",),
        id="mention-in-untyped-document",
    ),
    case(
        """DELETE { ?a bkg:evidence ?e } INSERT { ?a bkg:evidence ?m }
           WHERE { ?a a bkg:Assertion ; bkg:evidence ?e .
                   ?m bkg:refersTo instr:m-2019-7 }""",
        ("EvidenceShape", "Class", VIOLATION),
        "bkg:evidence must point at a nif:Sentence",
        id="evidence-is-a-mention",
    ),
]

# Changes that keep the graph correct: each must leave the report empty.
VALID_VARIANTS = [
    pytest.param(
        """INSERT DATA { event:benelux-top-2023 a bkg:Summit ;
               rdfs:label "Benelux-top 2023"@nl , "Benelux summit 2023"@en .
               bkg:Summit rdfs:subClassOf bkg:Meeting . }""",
        id="summit-is-a-meeting",
    ),
    pytest.param("INSERT DATA { instr:m-2019-7 eli:amends instr:m-2017-12 }", id="amends-subclass"),
    pytest.param(
        """DELETE DATA { inst:comite-van-ministers rdfs:label "Comité van Ministers"@nl } ;
           INSERT DATA { inst:comite-van-ministers rdfs:label "Comité van Ministers"@nl-BE }""",
        id="regional-dutch-label",
    ),
    pytest.param(
        """INSERT DATA { wg:senningenoverleg bkg:participant
               orgn:noordse-raad, orgn:tweede-kamer, orgn:benelux-unie,
               inst:comite-van-ministers }""",
        id="every-kind-of-participant",
    ),
    pytest.param(
        """INSERT DATA { wg:senningenoverleg org:subOrganizationOf orgn:benelux-unie .
               wg:werkgroep-politie a bkg:WorkingGroup ;
                   rdfs:label "Werkgroep Politiesamenwerking"@nl , "Police cooperation group"@en ;
                   org:subOrganizationOf wg:senningenoverleg .
               inst:comite-van-ministers org:subOrganizationOf orgn:noordse-raad .
               orgn:tweede-kamer org:subOrganizationOf orgn:staten-generaal .
               orgn:staten-generaal a bkg:NationalBody ;
                   rdfs:label "Staten-Generaal"@nl , "States General"@en . }""",
        id="every-kind-of-parent",
    ),
    pytest.param(
        f"INSERT DATA {{ {DOC_002} {MENTION_002} "
        "region:noordrijn-westfalen prov:wasDerivedFrom doc:002_9e5d61a85da0ad79 . }",
        id="entity-from-two-documents",
    ),
    pytest.param(
        """INSERT DATA {
               instr:m-2019-7 skos:altLabel "M (2019) 7" , "Aanbeveling fiscale fraude"@nl }""",
        id="alternative-spellings",
    ),
]


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES_FILE, format="turtle")


def valid_graph(update: str | None = None) -> Graph:
    graph = Graph().parse(data=VALID, format="turtle")
    if update is not None:
        graph.update(PREFIXES + update)
    return graph


def run(data: Graph, shapes: Graph) -> tuple[bool, Graph]:
    conforms, report, _ = validate(
        data, shacl_graph=shapes, inference="none", advanced=True, allow_warnings=False
    )
    assert isinstance(report, Graph)
    return bool(conforms), report


@dataclass(frozen=True)
class Result:
    shape: str
    component: str
    severity: URIRef
    messages: tuple[str, ...]


def results(report: Graph) -> list[Result]:
    found = []
    for node in report.subjects(RDF.type, SH.ValidationResult):
        shape = report.value(node, SH.sourceShape)
        component = str(report.value(node, SH.sourceConstraintComponent))
        severity = report.value(node, SH.resultSeverity)
        assert isinstance(severity, URIRef)
        found.append(
            Result(
                shape=str(shape).removeprefix(BKGSH) if isinstance(shape, URIRef) else "(blank)",
                component=component.removeprefix(str(SH)).removesuffix("ConstraintComponent"),
                severity=severity,
                messages=tuple(str(m) for m in report.objects(node, SH.resultMessage)),
            )
        )
    return found


def named_shapes(shapes: Graph) -> set[URIRef]:
    return {
        s
        for kind in (SH.NodeShape, SH.PropertyShape)
        for s in shapes.subjects(RDF.type, kind)
        if isinstance(s, URIRef)
    }


# Constraint parameters and the component each belongs to.
COMPONENTS = {
    SH["class"]: "Class",
    SH.datatype: "Datatype",
    SH.minInclusive: "MinInclusive",
    SH.nodeKind: "NodeKind",
    SH.minCount: "MinCount",
    SH.maxCount: "MaxCount",
    SH.pattern: "Pattern",
    SH.languageIn: "LanguageIn",
    SH.uniqueLang: "UniqueLang",
    SH.lessThan: "LessThan",
    SH["in"]: "In",
    SH.hasValue: "HasValue",
    SH["not"]: "Not",
    SH["or"]: "Or",
    SH.qualifiedMinCount: "QualifiedMinCount",
    SH.qualifiedMaxCount: "QualifiedMaxCount",
    SH.sparql: "SPARQL",
}


# --- the shapes graph itself ---------------------------------------------------------


def test_shapes_parse(shapes: Graph) -> None:
    assert len(named_shapes(shapes)) > 40


def test_shapes_conform_to_shacl_shacl(shapes: Graph) -> None:
    meta = Graph().parse(str(files("pyshacl") / "assets" / "shacl-shacl.ttl"), format="turtle")
    conforms, _, text = validate(shapes, shacl_graph=meta, inference="none")
    assert conforms, text


def test_every_named_shape_is_documented(shapes: Graph) -> None:
    for shape in named_shapes(shapes):
        assert str(shape).startswith(BKGSH), shape
        for prop in (RDFS.label, RDFS.comment, SH.message):
            values = list(shapes.objects(shape, prop))
            assert values, f"{shape} has no {prop}"
            assert all(getattr(v, "language", None) == "en" for v in values), (shape, prop)
        assert shapes.value(shape, SH.severity) in {VIOLATION, WARNING, INFO}, shape


def test_every_constraint_has_a_violating_case(shapes: Graph) -> None:
    declared = {
        (str(shape).removeprefix(BKGSH), component)
        for shape in named_shapes(shapes)
        for param, component in COMPONENTS.items()
        if (shape, param, None) in shapes
    }
    defects = [param.values[0] for param in CASES]
    assert all(isinstance(d, Case) for d in defects)
    covered = {(d.shape, d.component) for d in defects if isinstance(d, Case)}
    assert declared - covered == set(), "constraints without a violating test case"
    assert covered - declared == set(), "test cases for constraints the shapes do not declare"


def test_sparql_constraints_use_declared_prefixes(shapes: Graph) -> None:
    declared = {str(p) for p in shapes.objects(None, SH.prefix)}
    constraints = list(shapes.objects(None, SH.sparql))
    assert constraints
    for constraint in constraints:
        assert shapes.value(constraint, SH.prefixes) == URIRef("https://w3id.org/benelux-kg/shapes")
        query = str(shapes.value(constraint, SH.select))
        used = set(re.findall(r"(?<![\w/])([a-z][a-z0-9]*):[A-Za-z_]", query))
        assert used <= declared, (constraint, used - declared)


@pytest.mark.skipif(not ONTOLOGY_FILE.exists(), reason="ontology/benelux-kg.ttl not written yet")
def test_shapes_only_use_ontology_terms(shapes: Graph) -> None:
    ontology = Graph().parse(ONTOLOGY_FILE, format="turtle")
    declared = {
        s
        for kind in (OWL.Class, RDFS.Class, OWL.ObjectProperty, OWL.DatatypeProperty, RDF.Property)
        for s in ontology.subjects(RDF.type, kind)
    }
    used = {
        o
        for p in (SH.targetClass, SH["class"], SH.path, SH.targetSubjectsOf, SH.targetObjectsOf)
        for o in shapes.objects(None, p)
        if isinstance(o, URIRef) and str(o).startswith(BKG)
    }
    used |= {
        o
        for lst in shapes.objects(None, SH["in"])
        for o in shapes.items(lst)
        if isinstance(o, URIRef) and str(o).startswith(BKG)
    }
    assert used - declared == set(), "bkg: terms the shapes use but the ontology does not declare"


# --- data graphs ---------------------------------------------------------------------


@pytest.mark.skipif(
    not (ONTOLOGY_FILE.exists() and REFERENCE_FILE.exists()),
    reason="ontology or reference data not written yet",
)
def test_reference_data_has_no_violations(shapes: Graph) -> None:
    data = Graph().parse(ONTOLOGY_FILE, format="turtle").parse(REFERENCE_FILE, format="turtle")
    _, report = run(data, shapes)
    violations = [r for r in results(report) if r.severity == VIOLATION]
    assert violations == []


def test_valid_graph_conforms(shapes: Graph) -> None:
    conforms, report = run(valid_graph(), shapes)
    assert results(report) == []
    assert conforms


@pytest.mark.skipif(not ONTOLOGY_FILE.exists(), reason="ontology/benelux-kg.ttl not written yet")
def test_valid_graph_conforms_with_ontology_merged(shapes: Graph) -> None:
    data = valid_graph()
    data.parse(ONTOLOGY_FILE, format="turtle")
    conforms, report = run(data, shapes)
    assert results(report) == []
    assert conforms


@pytest.mark.parametrize("update", VALID_VARIANTS)
def test_valid_variants_conform(shapes: Graph, update: str) -> None:
    conforms, report = run(valid_graph(update), shapes)
    assert results(report) == []
    assert conforms


@pytest.mark.parametrize("defect", CASES)
def test_defect_is_reported(shapes: Graph, defect: Case) -> None:
    conforms, report = run(valid_graph(defect.update), shapes)
    found = results(report)
    assert not conforms
    mine = [r for r in found if r.shape == defect.shape and r.component == defect.component]
    assert mine, f"{defect.shape}/{defect.component} did not fire; got {found}"
    for result in mine:
        assert result.severity == defect.severity
        text = " ".join(result.messages)
        for word in defect.words:
            assert word in text, (word, text)
    unexpected = {r.shape for r in found} - {defect.shape} - defect.also
    assert unexpected == set(), f"unrelated shapes fired: {found}"


def test_treaty_needs_no_issuing_body_but_decision_does(shapes: Graph) -> None:
    graph = valid_graph(
        """INSERT DATA { instr:benelux-verdrag a bkg:Treaty ;
               rdfs:label "Benelux-Verdrag"@nl , "Benelux Treaty"@en .
           instr:m-2015-15 a bkg:Decision ; eli:id_local "M(2015)15" ;
               rdfs:label "Beschikking M(2015)15"@nl , "Decision M(2015)15"@en . }"""
    )
    _, report = run(graph, shapes)
    flagged = {
        str(report.value(r, SH.focusNode))
        for r in report.subjects(SH.sourceShape, URIRef(BKGSH + "InstrumentIssuerShape"))
    }
    assert flagged == {"https://w3id.org/benelux-kg/id/instrument/m-2015-15"}


def test_only_warnings_and_infos_still_allow_a_build(shapes: Graph) -> None:
    graph = valid_graph(
        """DELETE DATA { instr:m-2017-12 eli:passed_by inst:comite-van-ministers .
                         region:noordrijn-westfalen rdfs:label "North Rhine-Westphalia"@en . }"""
    )
    conforms, _, _ = validate(
        graph,
        shacl_graph=shapes,
        inference="none",
        advanced=True,
        allow_warnings=True,
        allow_infos=True,
    )
    assert conforms
