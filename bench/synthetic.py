"""Synthetic corpora for benchmarks: the seed corpus replicated under new document ids.

    from synthetic import replicate_corpus      # with bench/ on sys.path
    replicate_corpus(Path("corpus"), Path("/tmp/corpus-x100"), 100)

Copy 0 is the source corpus unchanged (same ids, same text), so one copy is the seeds
themselves. Copy ``k`` > 0 of document ``{id}`` is ``{id}_c{k:03d}``, with the same
manifest metadata, and with every official instrument number (``M(2015)15``, as the
extractor recognises it, spacing variants included) shifted to a year no other copy uses:
``yyyy + k * span``, where ``span`` covers every year numbered in the source corpus.
Numbered instruments therefore stay distinct across copies (``eli:id_local`` stays
unique, as in a real corpus), while institutions, countries and other named entities are
shared by all copies, as they are by real documents. The extractor finds the same
mentions in every copy, so a corpus of ``copies`` copies gives about ``copies`` times the
quads of the seeds.
"""

from __future__ import annotations

import re
from pathlib import Path

from benelux_kg.corpus import MANIFEST, document_paths, manifest_bytes, read_manifest, read_text
from benelux_kg.extract.instruments import NUMBER

__all__ = ["copy_id", "replicate_corpus", "shift_numbers"]


def copy_id(doc_id: str, copy: int) -> str:
    """The id of copy ``copy`` of document ``doc_id`` (copy 0 keeps the id)."""
    return doc_id if copy == 0 else f"{doc_id}_c{copy:03d}"


def _years(texts: list[str]) -> tuple[int, int]:
    years = [int(m.group(1)) for text in texts for m in NUMBER.finditer(text)]
    return (min(years), max(years)) if years else (0, 0)


def shift_numbers(text: str, years_by: int) -> str:
    """``text`` with the year of every instrument number moved by ``years_by``."""
    if years_by == 0:
        return text

    def shifted(match: re.Match[str]) -> str:
        year = int(match.group(1)) + years_by
        if not 1000 <= year <= 9999:
            raise ValueError(f"too many copies: instrument year {year} has not 4 digits")
        start = match.start()
        whole = match.group(0)
        b, e = match.start(1) - start, match.end(1) - start
        return f"{whole[:b]}{year}{whole[e:]}"

    return NUMBER.sub(shifted, text)


def replicate_corpus(src_dir: Path, dest_dir: Path, copies: int) -> list[str]:
    """Write ``copies`` copies of the corpus ``src_dir`` into ``dest_dir``, a valid corpus
    directory (``{id}.txt`` files and ``manifest.json``) that ``benelux-kg build --corpus``
    accepts. ``dest_dir`` is created; it must not hold documents already. Returns the
    document ids written, copy by copy, in file-name order within a copy.
    """
    if copies < 1:
        raise ValueError("copies must be at least 1")
    dest_dir.mkdir(parents=True, exist_ok=True)
    if any(dest_dir.glob("*.txt")):
        raise ValueError(f"{dest_dir} already holds documents")
    manifest = read_manifest(src_dir)
    paths = document_paths(src_dir)
    texts = [read_text(p) for p in paths]
    low, high = _years(texts)
    span = high - low + 1
    entries: dict[str, dict[str, str]] = {}
    written: list[str] = []
    for copy in range(copies):
        for path, text in zip(paths, texts, strict=True):
            doc_id = copy_id(path.stem, copy)
            data = shift_numbers(text, copy * span).encode("utf-8")
            (dest_dir / f"{doc_id}.txt").write_bytes(data)
            entry = dict(manifest.get(path.stem, {}))
            entry.pop("sha256", None)  # of the original file, which this copy is not
            entry.pop("format", None)
            entries[doc_id] = entry
            written.append(doc_id)
    (dest_dir / MANIFEST).write_bytes(manifest_bytes(entries))
    return written
