"""Where the project's data files live: ontology, reference data, shapes, queries."""

from __future__ import annotations

import os
from pathlib import Path


def project_root() -> Path:
    """The checkout holding ``ontology/``, ``shapes/`` and ``queries/``.

    ``BENELUX_KG_HOME`` wins; otherwise the checkout this package was installed from.
    """
    env = os.environ.get("BENELUX_KG_HOME")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2]


def ontology_file() -> Path:
    return project_root() / "ontology" / "benelux-kg.ttl"


def reference_file() -> Path:
    return project_root() / "ontology" / "reference.ttl"


def shapes_file() -> Path:
    return project_root() / "shapes" / "benelux-kg.shacl.ttl"


def queries_dir() -> Path:
    return project_root() / "queries"


def default_store_dir() -> Path:
    return Path(os.environ.get("BENELUX_KG_STORE", str(project_root() / "var" / "store")))
