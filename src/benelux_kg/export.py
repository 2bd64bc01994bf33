"""Export the whole store."""

from __future__ import annotations

from pyoxigraph import RdfFormat, Store, serialize

from .errors import InputError
from .namespaces import PREFIXES
from .store import named_quads, union_triples

DATASET_FORMATS = {"nquads": RdfFormat.N_QUADS, "trig": RdfFormat.TRIG}
# Formats without named graphs get the union of all graphs.
UNION_FORMATS = {
    "turtle": RdfFormat.TURTLE,
    "ntriples": RdfFormat.N_TRIPLES,
    "jsonld": RdfFormat.JSON_LD,
    "rdfxml": RdfFormat.RDF_XML,
}


def export(store: Store, fmt: str) -> bytes:
    if fmt in DATASET_FORMATS:
        # The named graphs as they are; the default graph is only their merge.
        return serialize(named_quads(store), format=DATASET_FORMATS[fmt], prefixes=PREFIXES) or b""
    if fmt in UNION_FORMATS:
        return serialize(union_triples(store), format=UNION_FORMATS[fmt], prefixes=PREFIXES) or b""
    choices = ", ".join([*DATASET_FORMATS, *UNION_FORMATS])
    raise InputError(f"unknown export format {fmt!r}; use one of {choices}")
