"""A small store for the SPARQL endpoint tests: a few real-shaped facts in named graphs.

Built with ``publish(..., check=None)`` so these tests do not depend on the extractor,
the ontology or the shapes.
"""

from __future__ import annotations

from pathlib import Path

from pyoxigraph import Literal, NamedNode, Quad

from benelux_kg.namespaces import BKG, ELI, GRAPH, ID, RDF, RDFS
from benelux_kg.store import publish

DOC_A = GRAPH + "document/doc-a"
DOC_B = GRAPH + "document/doc-b"
REFERENCE = GRAPH + "reference"
M_2015_15 = ID + "instrument/m-2015-15"
COMITE = ID + "institution/comite-van-ministers"
SENNINGEN = ID + "working-group/senningenoverleg"
MENTIONS = 30  # mentions in doc-b, more than the result limit of the test apps
LOOKUP = 'SELECT ?i WHERE { ?i eli:id_local "M(2015)15" }'


def _q(s: str, p: str, o: NamedNode | Literal, g: str) -> Quad:
    return Quad(NamedNode(s), NamedNode(p), o, NamedNode(g))


def seed_quads(label: str = "Beschikking M(2015)15") -> list[Quad]:
    a = RDF + "type"
    quads = [
        _q(M_2015_15, a, NamedNode(BKG + "Decision"), DOC_A),
        _q(M_2015_15, ELI + "id_local", Literal("M(2015)15"), DOC_A),
        _q(M_2015_15, RDFS + "label", Literal(label, language="nl"), DOC_A),
        _q(M_2015_15, ELI + "passed_by", NamedNode(COMITE), DOC_A),
        _q(COMITE, a, NamedNode(BKG + "Institution"), REFERENCE),
        _q(COMITE, RDFS + "label", Literal("Comité van Ministers", language="nl"), REFERENCE),
        _q(SENNINGEN, a, NamedNode(BKG + "WorkingGroup"), DOC_B),
        _q(SENNINGEN, RDFS + "label", Literal("Senningenoverleg", language="nl"), DOC_B),
    ]
    for n in range(MENTIONS):
        mention = f"{ID}document/doc-b#char={n * 10},{n * 10 + 5}"
        quads.append(_q(mention, a, NamedNode(BKG + "Mention"), DOC_B))
        quads.append(_q(mention, BKG + "refersTo", NamedNode(SENNINGEN), DOC_B))
    return quads


def make_store(store_dir: Path, label: str = "Beschikking M(2015)15") -> Path:
    publish(store_dir, seed_quads(label), check=None)
    return store_dir
