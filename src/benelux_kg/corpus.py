"""The corpus: documents as stored, with the metadata of the manifest.

A corpus directory holds each document's stored text as ``{doc-id}.txt`` and a
``manifest.json`` with, per document, its metadata and the checksum and format of the
original file it was ingested from. Changes are staged in ``.pending/`` first and moved
into place only once the store has taken them (see :mod:`benelux_kg.update`), so the
corpus never disagrees with the store for longer than a recovery takes.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError

MANIFEST = "manifest.json"
PENDING = ".pending"
INTENT = "intent.json"
TEXT_SUFFIXES = (".txt",)
_DOC_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
METADATA_KEYS = ("title", "date", "publisher", "type", "language", "source")
# What the manifest records of the original file, beside the metadata.
_ORIGIN_KEYS = ("sha256", "format")


@dataclass(frozen=True)
class Document:
    """One source document: its id, its stored text, and what the manifest says of it."""

    doc_id: str
    text: str
    path: Path
    sha256: str  # of the original file (the stored text itself for a plain-text original)
    metadata: dict[str, str] = field(default_factory=dict)


def valid_doc_id(doc_id: str) -> bool:
    return bool(_DOC_ID.match(doc_id))


def default_corpus_dir() -> Path:
    """The project's own ``corpus/``: beside ``src/`` in a checkout, else the working dir."""
    checkout = Path(__file__).resolve().parents[2] / "corpus"
    return checkout if checkout.is_dir() else Path.cwd() / "corpus"


def read_manifest(corpus_dir: Path) -> dict[str, dict[str, str]]:
    """Each document's manifest entry: its metadata, and ``sha256`` / ``format`` if known."""
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
        unknown = set(meta) - set(METADATA_KEYS) - set(_ORIGIN_KEYS)
        if unknown:
            raise InputError(
                f"unknown metadata key(s) {sorted(unknown)} for {doc_id!r}; "
                f"allowed: {', '.join(METADATA_KEYS)}",
                source=str(path),
            )
        out[doc_id] = {k: str(v) for k, v in meta.items()}
    return out


def manifest_bytes(entries: dict[str, dict[str, str]]) -> bytes:
    documents = {doc_id: entries[doc_id] for doc_id in sorted(entries)}
    text = json.dumps({"documents": documents}, ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")


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


def load_document(path: Path, entry: dict[str, str] | None = None) -> Document:
    doc_id = path.stem
    if not valid_doc_id(doc_id):
        raise InputError(f"{doc_id!r} is not a usable document id", source=str(path))
    text = read_text(path)
    entry = entry or {}
    return Document(
        doc_id=doc_id,
        text=text,
        path=path,
        sha256=entry.get("sha256") or hashlib.sha256(path.read_bytes()).hexdigest(),
        metadata={k: v for k, v in entry.items() if k in METADATA_KEYS},
    )


def document_paths(corpus_dir: Path) -> list[Path]:
    return sorted(
        p
        for p in corpus_dir.iterdir()
        if p.suffix in TEXT_SUFFIXES and not p.name.startswith(".") and p.is_file()
    )


def load_corpus(corpus_dir: Path) -> list[Document]:
    """Every document of the corpus, in file-name order."""
    if not corpus_dir.is_dir():
        raise InputError("no such corpus directory", source=str(corpus_dir))
    manifest = read_manifest(corpus_dir)
    paths = document_paths(corpus_dir)
    if not paths:
        raise InputError("the corpus holds no documents (*.txt)", source=str(corpus_dir))
    return [load_document(p, manifest.get(p.stem)) for p in paths]


# --- Staged changes ----------------------------------------------------------------------


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` by ``data`` so that a crash leaves the old content or the new."""
    temporary = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    with temporary.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, path)
    _fsync_dir(path.parent)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@dataclass(frozen=True)
class StagedChange:
    """A change of the corpus waiting for the store to take the matching generation."""

    directory: Path
    intent: dict[str, Any] | None  # None: the staging never completed, or was applied


def stage(
    corpus_dir: Path,
    name: str,
    *,
    texts: dict[str, str],
    removed: list[str],
    manifest: dict[str, dict[str, str]],
    intent: dict[str, Any],
) -> StagedChange:
    """Write the new texts and manifest beside the corpus; the intent file last."""
    directory = corpus_dir / PENDING / name
    directory.mkdir(parents=True)
    for doc_id, text in texts.items():
        write_atomic(directory / f"{doc_id}.txt", text.encode("utf-8"))
    write_atomic(directory / MANIFEST, manifest_bytes(manifest))
    record = {**intent, "removed": removed}
    write_atomic(directory / INTENT, json.dumps(record, indent=2).encode("utf-8"))
    return StagedChange(directory, record)


def staged_changes(corpus_dir: Path) -> list[StagedChange]:
    root = corpus_dir / PENDING
    if not root.is_dir():
        return []
    out = []
    for directory in sorted(p for p in root.iterdir() if p.is_dir()):
        try:
            intent: Any = json.loads((directory / INTENT).read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            intent = None
        out.append(StagedChange(directory, intent if isinstance(intent, dict) else None))
    return out


def apply_staged(corpus_dir: Path, change: StagedChange) -> None:
    """Move a staged change into the corpus. Idempotent: a crash midway is finished later."""
    if change.intent is not None:
        for path in sorted(change.directory.iterdir()):
            if path.name != INTENT and not path.name.startswith("."):
                os.replace(path, corpus_dir / path.name)
        for doc_id in change.intent.get("removed", []):
            with contextlib.suppress(FileNotFoundError):
                (corpus_dir / f"{doc_id}.txt").unlink()
        _fsync_dir(corpus_dir)
    discard_staged(change)


def discard_staged(change: StagedChange) -> None:
    # The intent goes first: what is left without it is known to be garbage.
    with contextlib.suppress(FileNotFoundError):
        (change.directory / INTENT).unlink()
    shutil.rmtree(change.directory, ignore_errors=True)
    with contextlib.suppress(OSError):
        change.directory.parent.rmdir()
