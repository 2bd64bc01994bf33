"""The ontology (ontology/benelux-kg.ttl) and the curated reference data (ontology/reference.ttl).

``undeclared_terms`` is meant to be reused on the full built graph: every predicate, every
class used with ``rdf:type`` and every property named by ``rdf:predicate`` of an assertion
must be declared in the ontology.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import owlrl
import pytest
from hypothesis import given
from hypothesis import strategies as st
from pyoxigraph import RdfFormat, serialize
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SKOS
from rdflib.term import Node

from benelux_kg.build import BuildSummary
from benelux_kg.store import open_read_only, union_triples

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY_FILE = ROOT / "ontology" / "benelux-kg.ttl"
REFERENCE_FILE = ROOT / "ontology" / "reference.ttl"

BKG = Namespace("https://w3id.org/benelux-kg/def#")
ID = "https://w3id.org/benelux-kg/id/"
ORG = Namespace("http://www.w3.org/ns/org#")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
VANN = Namespace("http://purl.org/vocab/vann/")
WIKIDATA = "http://www.wikidata.org/entity/"
ONTOLOGY_IRI = URIRef("https://w3id.org/benelux-kg/def")
# owlrl records each inconsistency as a node with an err:error message.
OWLRL_ERR = Namespace("http://www.daml.org/2002/03/agents/agent-ont#")

# --- the public data contract (CONTRACT.md), spelled out -----------------------------------

CONTRACT_CLASSES: dict[URIRef, set[URIRef]] = {
    BKG.Institution: {ORG.FormalOrganization},
    BKG.LegalInstrument: {ELI.LegalResource},
    BKG.Decision: {BKG.LegalInstrument},
    BKG.Recommendation: {BKG.LegalInstrument},
    BKG.Directive: {BKG.LegalInstrument},
    BKG.Agreement: {BKG.LegalInstrument},
    BKG.Treaty: {BKG.LegalInstrument},
    BKG.Declaration: {BKG.LegalInstrument},
    BKG.WorkingGroup: {ORG.OrganizationalUnit},
    BKG.NeighbouringRegion: {DCTERMS.Location},
    BKG.Country: {DCTERMS.Location},
    BKG.MemberState: {BKG.Country},
    BKG.ExternalOrganisation: {ORG.FormalOrganization},
    BKG.Person: {FOAF.Person},
    BKG.SourceDocument: {FOAF.Document, PROV.Entity},
    BKG.Mention: set(),
}
CONTRACT_PROPERTIES: set[URIRef] = {
    SKOS.altLabel,
    ELI.id_local,
    DCTERMS.title,
    ELI.passed_by,
    ELI.amends,
    ELI.date_document,
    ORG.subOrganizationOf,
    BKG.participant,
    PROV.wasDerivedFrom,
    BKG.refersTo,
    BKG.inDocument,
    NIF.beginIndex,
    NIF.endIndex,
    NIF.anchorOf,
}

# --- conventions (/tmp/conventions.md) and the issue ---------------------------------------

CONVENTION_CLASSES: dict[URIRef, set[URIRef]] = {
    BKG.BeneluxUnion: {ORG.FormalOrganization},
    BKG.NationalBody: {ORG.FormalOrganization},
    BKG.ExternalAct: {ELI.LegalResource},
    BKG.Meeting: set(),
    BKG.Project: set(),
    BKG.Theme: {SKOS.Concept},
    BKG.ProjectStatus: {SKOS.Concept},
    BKG.Presidency: set(),
    BKG.Assertion: {RDF.Statement},
}
CONVENTION_PROPERTIES: set[URIRef] = {
    BKG.evidence,
    BKG.adopted,
    BKG.organiser,
    BKG.place,
    BKG.presidencyCountry,
    BKG.presidencyYear,
    BKG.heldPresidency,
    BKG.projectStatus,
    BKG.theme,
    BKG.party,
    BKG.cooperatesWith,
}

# Which {kind} segment an entity of a class lives under.
KIND_OF_CLASS: dict[URIRef, str] = {
    BKG.BeneluxUnion: "organisation",
    BKG.ExternalOrganisation: "organisation",
    BKG.NationalBody: "organisation",
    BKG.PoliticalParty: "organisation",
    BKG.Institution: "institution",
    BKG.Country: "country",
    BKG.MemberState: "country",
    BKG.NeighbouringRegion: "region",
    BKG.WorkingGroup: "working-group",
    BKG.Theme: "theme",
    BKG.ProjectStatus: "status",
    ORG.Role: "role",
}
CONCEPT_SCHEMES = {URIRef(ID + "theme"), URIRef(ID + "status"), URIRef(ID + "role")}
# Classes whose instances the extractor's gazetteer finds by name.
NAMED_ENTITY_CLASSES = {
    BKG.BeneluxUnion,
    BKG.Institution,
    BKG.Country,
    BKG.MemberState,
    BKG.NeighbouringRegion,
    BKG.ExternalOrganisation,
    BKG.NationalBody,
    BKG.WorkingGroup,
}
# Aliases that are ambiguous in running Dutch text and must never be a name of an entity.
AMBIGUOUS_ALIASES = {
    "raad",
    "het comite",
    "comite",
    "commissie",
    "benelux",
    "hof",
    "college",
    "parlement",
    "kamer",
    "de raad",
    "het hof",
    "secretariaat",
    "unie",
}

XSD_NAMESPACE = "http://www.w3.org/2001/XMLSchema#"
BUILTIN_NAMESPACES = (str(RDF), str(RDFS), str(OWL), XSD_NAMESPACE)
CLASS_DECLARATIONS = {OWL.Class, RDFS.Class}
PROPERTY_DECLARATIONS = {
    OWL.ObjectProperty,
    OWL.DatatypeProperty,
    OWL.AnnotationProperty,
    RDF.Property,
}


# --- helpers ---------------------------------------------------------------------------------


def slug(label: str) -> str:
    """The slug rule of the conventions: NFKD, no combining marks, [a-z0-9] runs joined by -."""
    decomposed = unicodedata.normalize("NFKD", label)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", bare.lower()).strip("-")


def _builtin(term: URIRef) -> bool:
    return str(term).startswith(BUILTIN_NAMESPACES)


def undeclared_terms(graph: Graph, ontology: Graph) -> set[URIRef]:
    """Terms ``graph`` uses that ``ontology`` does not declare.

    A predicate, or a property named by ``rdf:predicate`` (reified assertions), must be typed
    in ``ontology`` as an OWL object, datatype or annotation property (or ``rdf:Property``);
    an ``rdf:type`` object must be typed ``owl:Class`` or ``rdfs:Class``. Terms of RDF, RDFS,
    OWL and XSD themselves are built in. Pass a plain Graph (for a Dataset, its union graph).
    """
    classes = {s for t in CLASS_DECLARATIONS for s in ontology.subjects(RDF.type, t)}
    properties = {s for t in PROPERTY_DECLARATIONS for s in ontology.subjects(RDF.type, t)}
    used_properties: set[URIRef] = set()
    used_classes: set[URIRef] = set()
    for _, predicate, obj in graph.triples((None, None, None)):
        if isinstance(predicate, URIRef):
            used_properties.add(predicate)
        if predicate == RDF.type and isinstance(obj, URIRef):
            used_classes.add(obj)
        elif predicate == RDF.predicate and isinstance(obj, URIRef):
            used_properties.add(obj)
    return {p for p in used_properties - properties if not _builtin(p)} | {
        c for c in used_classes - classes if not _builtin(c)
    }


def _owl_rl_closure(graph: Graph) -> Graph:
    closed = Graph()
    for triple in graph:
        closed.add(triple)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(closed)
    return closed


def _inconsistencies(closed: Graph) -> list[str]:
    errors = [str(m) for m in closed.objects(None, OWLRL_ERR.error)]
    errors += [f"{s} is a member of owl:Nothing" for s in closed.subjects(RDF.type, OWL.Nothing)]
    return errors


def _ours(term: object) -> bool:
    return isinstance(term, URIRef) and str(term).startswith(str(BKG))


def _our_terms(ontology: Graph) -> Iterator[URIRef]:
    for kind in CLASS_DECLARATIONS | PROPERTY_DECLARATIONS:
        for subject in ontology.subjects(RDF.type, kind):
            if _ours(subject):
                yield subject  # type: ignore[misc]


def _entities(reference: Graph) -> set[URIRef]:
    return {s for s in reference.subjects(RDF.type, None) if isinstance(s, URIRef)}


def _fold(name: str) -> str:
    """Names as the gazetteer compares them: case-folded, hyphens as spaces."""
    name = re.sub(r"[-‐‑–—]", " ", name.lower()).replace("’", "'")
    return " ".join(name.split())


# --- fixtures --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_FILE, format="turtle")


@pytest.fixture(scope="module")
def reference() -> Graph:
    return Graph().parse(REFERENCE_FILE, format="turtle")


@pytest.fixture(scope="module")
def closure(ontology: Graph, reference: Graph) -> Graph:
    return _owl_rl_closure(ontology + reference)


# --- parsing and consistency -----------------------------------------------------------------


def test_both_files_parse_and_are_not_empty(ontology: Graph, reference: Graph) -> None:
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    assert len(reference) > 100


def test_ontology_and_reference_are_consistent_under_owl_rl(closure: Graph) -> None:
    assert _inconsistencies(closure) == []


def test_every_class_of_ours_is_satisfiable(ontology: Graph) -> None:
    # One fresh instance per class: a class beneath two disjoint classes makes this fail.
    graph = ontology + Graph()
    for cls in set(ontology.subjects(RDF.type, OWL.Class)):
        if _ours(cls):
            graph.add((URIRef(f"urn:test:{str(cls).rsplit('#', 1)[1]}"), RDF.type, cls))
    assert _inconsistencies(_owl_rl_closure(graph)) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (BKG.Institution, BKG.ExternalOrganisation),
        (BKG.Institution, BKG.NationalBody),
        (BKG.BeneluxUnion, BKG.Institution),
        (BKG.LegalInstrument, BKG.ExternalAct),
        (BKG.Decision, BKG.Recommendation),
        (BKG.Country, BKG.NeighbouringRegion),
    ],
)
def test_the_reasoner_rejects_an_entity_in_two_disjoint_classes(
    ontology: Graph, first: URIRef, second: URIRef
) -> None:
    graph = ontology + Graph()
    thing = URIRef(ID + "organisation/test")
    graph.add((thing, RDF.type, first))
    graph.add((thing, RDF.type, second))
    assert _inconsistencies(_owl_rl_closure(graph)) != []


def test_eu_acts_and_national_bodies_never_fall_under_benelux_classes(closure: Graph) -> None:
    assert (BKG.ExternalAct, RDFS.subClassOf, BKG.LegalInstrument) not in closure
    assert (BKG.NationalBody, RDFS.subClassOf, BKG.Institution) not in closure
    assert (BKG.BeneluxUnion, RDFS.subClassOf, BKG.Institution) not in closure
    assert (BKG.BeneluxUnion, RDFS.subClassOf, BKG.ExternalOrganisation) not in closure
    for body in closure.subjects(RDF.type, BKG.NationalBody):
        assert (body, RDF.type, BKG.Institution) not in closure


# --- the contract ----------------------------------------------------------------------------


@pytest.mark.parametrize("cls", sorted(CONTRACT_CLASSES | CONVENTION_CLASSES))
def test_contract_class_exists_with_its_super_classes(ontology: Graph, cls: URIRef) -> None:
    assert (cls, RDF.type, OWL.Class) in ontology
    expected = {**CONTRACT_CLASSES, **CONVENTION_CLASSES}[cls]
    assert expected <= set(ontology.objects(cls, RDFS.subClassOf))


@pytest.mark.parametrize("prop", sorted(CONTRACT_PROPERTIES | CONVENTION_PROPERTIES))
def test_contract_property_is_declared(ontology: Graph, prop: URIRef) -> None:
    kinds = set(ontology.objects(prop, RDF.type))
    assert kinds & PROPERTY_DECLARATIONS, f"{prop} is not declared as a property"


def test_mentions_and_assertions_are_typed_as_the_conventions_say(ontology: Graph) -> None:
    assert (BKG.Mention, RDFS.subClassOf, NIF.String) in ontology
    assert (BKG.refersTo, RDFS.domain, BKG.Mention) in ontology
    assert (BKG.inDocument, RDFS.range, BKG.SourceDocument) in ontology
    assert (BKG.evidence, RDFS.domain, BKG.Assertion) in ontology
    assert (BKG.evidence, RDFS.range, NIF.Sentence) in ontology


def test_ontology_metadata(ontology: Graph) -> None:
    o = ONTOLOGY_IRI
    assert (o, OWL.versionInfo, Literal("0.1.0")) in ontology
    assert (o, OWL.versionIRI, URIRef("https://w3id.org/benelux-kg/def/0.1.0")) in ontology
    licence = "https://joinup.ec.europa.eu/licence/european-union-public-licence-version-12-eupl"
    assert (o, DCTERMS.license, URIRef(licence)) in ontology
    assert (o, VANN.preferredNamespacePrefix, Literal("bkg")) in ontology
    assert (o, VANN.preferredNamespaceUri, Literal(str(BKG))) in ontology
    assert list(ontology.objects(o, DCTERMS.title))
    assert list(ontology.objects(o, DCTERMS.creator))


def test_every_term_of_ours_is_labelled_and_defined(ontology: Graph) -> None:
    problems = []
    for term in set(_our_terms(ontology)):
        languages = {lit.language for lit in ontology.objects(term, RDFS.label)}  # type: ignore[attr-defined]
        if not {"nl", "en"} <= languages:
            problems.append(f"{term}: labels in {languages}")
        if not (
            list(ontology.objects(term, SKOS.definition))
            or list(ontology.objects(term, RDFS.comment))
        ):
            problems.append(f"{term}: no definition")
        if (term, RDFS.isDefinedBy, ONTOLOGY_IRI) not in ontology:
            problems.append(f"{term}: no rdfs:isDefinedBy")
    assert problems == []


def test_no_bkg_term_is_used_without_being_declared(ontology: Graph) -> None:
    declared = set(_our_terms(ontology)) | {ONTOLOGY_IRI}
    used = {t for triple in ontology for t in triple if _ours(t)}
    assert used - declared == set()


# --- reference data --------------------------------------------------------------------------


def test_every_term_used_in_reference_is_declared(ontology: Graph, reference: Graph) -> None:
    assert undeclared_terms(reference, ontology) == set()


def test_every_term_used_in_the_built_graph_is_declared(
    ontology: Graph, built: tuple[Path, BuildSummary]
) -> None:
    """The whole seed build (every document graph, reference and ontology) uses only declared
    terms: an extractor that invents a predicate or class fails here."""
    store = open_read_only(built[0])
    data = serialize(union_triples(store), format=RdfFormat.N_TRIPLES)
    graph = Graph().parse(data=data, format="nt")
    assert len(graph) > 10_000
    assert undeclared_terms(graph, ontology) == set()


def test_undeclared_terms_finds_predicates_classes_and_reified_predicates(
    ontology: Graph,
) -> None:
    graph = Graph()
    thing, statement = URIRef(ID + "organisation/x"), BNode()
    graph.add((thing, RDF.type, BKG.Institution))
    graph.add((thing, RDF.type, BKG.Nonsense))
    graph.add((thing, BKG.madeUp, Literal("x")))
    graph.add((statement, RDF.type, BKG.Assertion))
    also_made_up = URIRef(str(DCTERMS) + "alsoMadeUp")
    graph.add((statement, RDF.predicate, also_made_up))
    graph.add((thing, OWL.sameAs, URIRef(WIKIDATA + "Q1")))
    assert undeclared_terms(graph, ontology) == {BKG.Nonsense, BKG.madeUp, also_made_up}


def test_every_entity_has_exactly_one_dutch_label(reference: Graph) -> None:
    problems = {}
    for entity in _entities(reference):
        dutch = [
            lit
            for lit in reference.objects(entity, RDFS.label)
            if isinstance(lit, Literal) and lit.language == "nl"
        ]
        if len(dutch) != 1:
            problems[entity] = dutch
    assert problems == {}


def test_every_entity_iri_is_kind_and_slug_of_its_dutch_label(reference: Graph) -> None:
    problems = []
    for entity in _entities(reference):
        if entity in CONCEPT_SCHEMES:
            continue
        kinds = {
            KIND_OF_CLASS[c]
            for c in reference.objects(entity, RDF.type)
            if isinstance(c, URIRef) and c in KIND_OF_CLASS
        }
        label = ""
        for lit in reference.objects(entity, RDFS.label):
            if isinstance(lit, Literal) and lit.language == "nl":
                label = str(lit)
        expected = {f"{ID}{kind}/{slug(label)}" for kind in kinds}
        if len(kinds) != 1 or str(entity) not in expected:
            problems.append(f"{entity}: kinds {kinds}, expected {expected}")
    assert problems == []


def test_concept_schemes_are_at_their_kind(reference: Graph) -> None:
    assert set(reference.subjects(RDF.type, SKOS.ConceptScheme)) == CONCEPT_SCHEMES


def test_member_states_and_institutions_of_the_contract(reference: Graph) -> None:
    union = URIRef(ID + "organisation/benelux-unie")
    assert (union, RDF.type, BKG.BeneluxUnion) in reference
    states = {URIRef(ID + f"country/{s}") for s in ("belgie", "nederland", "luxemburg")}
    assert set(reference.subjects(RDF.type, BKG.MemberState)) == states
    for name in (
        "comite-van-ministers",
        "benelux-raad",
        "secretariaat-generaal",
        "college-van-secretarissen-generaal",
        "benelux-parlement",
        "benelux-gerechtshof",
    ):
        institution = URIRef(ID + f"institution/{name}")
        assert (institution, RDF.type, BKG.Institution) in reference
        assert (institution, ORG.subOrganizationOf, union) in reference
    for region in ("noordrijn-westfalen", "grande-region", "hauts-de-france"):
        assert (URIRef(ID + f"region/{region}"), RDF.type, BKG.NeighbouringRegion) in reference
    for org in ("noordse-raad", "baltische-assemblee", "europese-commissie", "europese-unie"):
        assert (URIRef(ID + f"organisation/{org}"), RDF.type, BKG.ExternalOrganisation) in reference
    for body in ("tweede-kamer", "raad-van-state"):
        assert (URIRef(ID + f"organisation/{body}"), RDF.type, BKG.NationalBody) in reference


@pytest.mark.parametrize(
    ("entity", "names"),
    [
        ("country/belgie", {"Belgié", "Belgique", "Belgium", "Belgien"}),
        (
            "institution/benelux-parlement",
            {
                "Benelux Parlement",
                "Beneluxparlement",
                "Interparlementaire Benelux-Raad",
                "Benelux Interparlementaire Assemblee",
                "Raadgevende Interparlementaire Benelux-Raad",
            },
        ),
        ("institution/secretariaat-generaal", {"SG", "Benelux Secretariaat-Generaal"}),
        (
            "region/noordrijn-westfalen",
            {
                "NRW",
                "Nordrhein-Westfalen",
                "North Rhine-Westphalia",
                "Noord-Rijnland-Westfalen",
            },
        ),
        ("organisation/baltische-assemblee", {"Baltische Assemblée", "Baltic Assembly"}),
        ("organisation/noordse-raad", {"Nordic Council"}),
    ],
)
def test_names_seen_in_the_corpus_are_known(reference: Graph, entity: str, names: set[str]) -> None:
    iri = URIRef(ID + entity)
    known = {str(n) for p in (RDFS.label, SKOS.altLabel) for n in reference.objects(iri, p)}
    assert names <= known


def test_no_name_belongs_to_two_named_entities(reference: Graph) -> None:
    owners: dict[str, set[URIRef]] = defaultdict(set)
    for entity in _entities(reference):
        if not set(reference.objects(entity, RDF.type)) & NAMED_ENTITY_CLASSES:
            continue
        for predicate in (RDFS.label, SKOS.altLabel):
            for name in reference.objects(entity, predicate):
                owners[_fold(str(name))].add(entity)
    clashes = {name: iris for name, iris in owners.items() if len(iris) > 1}
    assert clashes == {}
    assert AMBIGUOUS_ALIASES & set(owners) == set()


def test_same_as_links_point_to_wikidata(reference: Graph) -> None:
    links = set(reference.subject_objects(OWL.sameAs))
    assert all(str(target).startswith(WIKIDATA) for _, target in links)
    required = {
        ("country/belgie", "Q31"),
        ("country/nederland", "Q55"),
        ("country/luxemburg", "Q32"),
        ("region/noordrijn-westfalen", "Q1198"),
        ("region/hauts-de-france", "Q18677767"),
        ("country/frankrijk", "Q142"),
        ("country/duitsland", "Q183"),
        ("organisation/europese-unie", "Q458"),
        ("organisation/europese-commissie", "Q8880"),
    }
    assert {(URIRef(ID + e), URIRef(WIKIDATA + q)) for e, q in required} <= links
    targets = [target for _, target in links]
    assert len(targets) == len(set(targets)), "two entities share one Wikidata item"


def test_themes_form_one_tree_under_the_five_work_programme_themes(reference: Graph) -> None:
    scheme = URIRef(ID + "theme")
    tops = set(reference.objects(scheme, SKOS.hasTopConcept))
    assert len(tops) == 5
    broader: dict[Node, Node] = dict(reference.subject_objects(SKOS.broader))
    for theme in reference.subjects(RDF.type, BKG.Theme):
        assert (theme, SKOS.inScheme, scheme) in reference
        node: Node | None = theme
        seen: set[Node] = set()
        while node not in tops:
            assert node is not None, f"{theme} does not reach a top theme"
            assert node not in seen, f"cycle at {node}"
            seen.add(node)
            node = broader.get(node)


def test_project_statuses(reference: Graph) -> None:
    statuses = set(reference.subjects(RDF.type, BKG.ProjectStatus))
    expected = {URIRef(ID + f"status/{s}") for s in ("nieuw", "lopend", "in-ontwikkeling")}
    assert statuses == expected


# --- the slug rule ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Comité van Ministers", "comite-van-ministers"),
        ("M(2015)15", "m-2015-15"),
        ("Noordrijn-Westfalen", "noordrijn-westfalen"),
        ("Benelux-Politieverdrag", "benelux-politieverdrag"),
        ("België", "belgie"),
        ("Grande Région", "grande-region"),
    ],
)
def test_slug_examples_of_the_conventions(label: str, expected: str) -> None:
    assert slug(label) == expected


@given(st.text())
def test_slug_is_a_clean_fixed_point(label: str) -> None:
    result = slug(label)
    assert re.fullmatch(r"([a-z0-9]+(-[a-z0-9]+)*)?", result)
    assert slug(result) == result
