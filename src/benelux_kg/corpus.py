"""The corpus: documents as stored, with the metadata of the manifest."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError

MANIFEST = "manifest.json"
TEXT_SUFFIXES = (".txt",)
_DOC_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
_METADATA_KEYS = ("title", "date", "publisher", "type", "language", "source")


@dataclass(frozen=True)
class Document:
    """One source document: its id, its stored text, and what the manifest says of it."""

    doc_id: str
    text: str
    path: Path
    sha256: str
    metadata: dict[str, str] = field(default_factory=dict)


def default_corpus_dir() -> Path:
    """The project's own ``corpus/``: beside ``src/`` in a checkout, else the working dir."""
    checkout = Path(__file__).resolve().parents[2] / "corpus"
    return checkout if checkout.is_dir() else Path.cwd() / "corpus"


def read_manifest(corpus_dir: Path) -> dict[str, dict[str, str]]:
    path = corpus_dir / MANIFEST
    if not path.exists():
        return {}
    try:
        data: Any = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise InputError(error.msg, source=str(path), line=error.lineno) from None
    documents = data.get("documents") if isinstance(data, dict) else None
    if not isinstance(documents, dict):
        raise InputError('expected an object with a "documents" object', source=str(path))
    out: dict[str, dict[str, str]] = {}
    for doc_id, meta in documents.items():
        if not isinstance(meta, dict):
            raise InputError(f"metadata of {doc_id!r} must be an object", source=str(path))
        unknown = set(meta) - set(_METADATA_KEYS)
        if unknown:
            raise InputError(
                f"unknown metadata key(s) {sorted(unknown)} for {doc_id!r}; "
                f"allowed: {', '.join(_METADATA_KEYS)}",
                source=str(path),
            )
        out[doc_id] = {k: str(v) for k, v in meta.items()}
    return out


def read_text(path: Path) -> str:
    """The stored text exactly as offsets count it: UTF-8, newlines untranslated."""
    raw = path.read_bytes()
    if not raw.strip():
        raise InputError("the document is empty", source=str(path))
    if b"\x00" in raw:
        raise InputError("binary data (NUL bytes) in a text document", source=str(path))
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise InputError(
            f"invalid UTF-8 at byte {error.start} ({error.reason})", source=str(path), line=line
        ) from None


def load_document(path: Path, metadata: dict[str, str] | None = None) -> Document:
    doc_id = path.stem
    if not _DOC_ID.match(doc_id):
        raise InputError(f"{doc_id!r} is not a usable document id", source=str(path))
    text = read_text(path)
    return Document(
        doc_id=doc_id,
        text=text,
        path=path,
        sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
        metadata=dict(metadata or {}),
    )


def load_corpus(corpus_dir: Path) -> list[Document]:
    """Every document of the corpus, in file-name order."""
    if not corpus_dir.is_dir():
        raise InputError("no such corpus directory", source=str(corpus_dir))
    manifest = read_manifest(corpus_dir)
    paths = sorted(p for p in corpus_dir.iterdir() if p.suffix in TEXT_SUFFIXES and p.is_file())
    if not paths:
        raise InputError("the corpus holds no documents (*.txt)", source=str(corpus_dir))
    return [load_document(p, manifest.get(p.stem)) for p in paths]
