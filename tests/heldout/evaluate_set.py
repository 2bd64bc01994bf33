"""Evaluate the extractor on one evaluation set: A, B (h05-h08), C-V or dev (A, C-M, P, Q, S).

Sets A (h01-h04), C (c01-c06), D, E, F, G, H (i01-i06), I (j01-j06), J (k01-k06),
K (l01-l06), L (m01-m06), M (n01-n06), P (q01-q06), Q (r01-r06) and S (t01-t06) are
development sets; sets B, N (o01-o06), O (p01-p06), R (s01-s06), T (u01-u06), U (v01-v06) and
V (w01-w06) are held out (see README.md). The evaluator reads whole directories, so this script
copies the chosen documents, their manifest entries and their gold files into a temporary
directory and runs ``benelux-kg evaluate`` on it. Nothing in the repository is changed.

Usage::

    .venv/bin/python tests/heldout/evaluate_set.py B            # P/R/F1 table for set B
    .venv/bin/python tests/heldout/evaluate_set.py A --errors   # set A, every miss and false hit
    .venv/bin/python tests/heldout/evaluate_set.py C            # set C alone
    .venv/bin/python tests/heldout/evaluate_set.py D            # set D alone
    .venv/bin/python tests/heldout/evaluate_set.py E            # set E alone
    .venv/bin/python tests/heldout/evaluate_set.py F            # set F alone
    .venv/bin/python tests/heldout/evaluate_set.py G            # set G alone (g01-g06)
    .venv/bin/python tests/heldout/evaluate_set.py H            # set H alone (i01-i06)
    .venv/bin/python tests/heldout/evaluate_set.py I            # set I alone (j01-j06)
    .venv/bin/python tests/heldout/evaluate_set.py J            # set J alone (k01-k06)
    .venv/bin/python tests/heldout/evaluate_set.py K            # set K alone (l01-l06)
    .venv/bin/python tests/heldout/evaluate_set.py L            # set L alone (m01-m06)
    .venv/bin/python tests/heldout/evaluate_set.py M            # set M alone (n01-n06)
    .venv/bin/python tests/heldout/evaluate_set.py N            # set N alone (o01-o06), held out
    .venv/bin/python tests/heldout/evaluate_set.py T            # set T alone (u01-u06), held out
    .venv/bin/python tests/heldout/evaluate_set.py U            # set U alone (v01-v06), held out
    .venv/bin/python tests/heldout/evaluate_set.py V            # set V alone (w01-w06), held out
    .venv/bin/python tests/heldout/evaluate_set.py dev          # development sets A, C-M, P, Q, S
    .venv/bin/python tests/heldout/evaluate_set.py deva         # half A, C-I (devb: J-M, P, Q, S)
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
GOLD = HERE / "gold"
SETS = {
    "A": ("h01", "h02", "h03", "h04"),
    "B": ("h05", "h06", "h07", "h08"),
    "C": ("c01", "c02", "c03", "c04", "c05", "c06"),
    "D": ("d01", "d02", "d03", "d04", "d05", "d06"),
    "E": ("e01", "e02", "e03", "e04", "e05", "e06"),
    "F": ("f01", "f02", "f03", "f04", "f05", "f06"),
    "G": ("g01", "g02", "g03", "g04", "g05", "g06"),
    "H": ("i01", "i02", "i03", "i04", "i05", "i06"),
    "I": ("j01", "j02", "j03", "j04", "j05", "j06"),
    "J": ("k01", "k02", "k03", "k04", "k05", "k06"),
    "K": ("l01", "l02", "l03", "l04", "l05", "l06"),
    "L": ("m01", "m02", "m03", "m04", "m05", "m06"),
    "M": ("n01", "n02", "n03", "n04", "n05", "n06"),
    "N": ("o01", "o02", "o03", "o04", "o05", "o06"),
    "O": ("p01", "p02", "p03", "p04", "p05", "p06"),
    "P": ("q01", "q02", "q03", "q04", "q05", "q06"),
    "Q": ("r01", "r02", "r03", "r04", "r05", "r06"),
    "R": ("s01", "s02", "s03", "s04", "s05", "s06"),
    "S": ("t01", "t02", "t03", "t04", "t05", "t06"),
    "T": ("u01", "u02", "u03", "u04", "u05", "u06"),
    "U": ("v01", "v02", "v03", "v04", "v05", "v06"),
    "V": ("w01", "w02", "w03", "w04", "w05", "w06"),
    "W": ("x01", "x02", "x03", "x04", "x05", "x06"),
    "X": ("y01", "y02", "y03", "y04", "y05", "y06"),
    "Y": ("z01", "z02", "z03", "z04", "z05", "z06"),
}
# Unions of sets, evaluated as one corpus. The held-out sets B, N, O, R, T, U and V are never in
# one. W and X joined after their first runs (sessions 16 and 18).
UNIONS = {
    "DEV": ("A", "C", "D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "P", "Q", "S", "W", "X"),
    # Two halves of DEV: a rule found by studying one half is checked on the other.
    "DEVA": ("A", "C", "D", "E", "F", "G", "H", "I"),
    "DEVB": ("J", "K", "L", "M", "P", "Q", "S", "W", "X"),
}


def prefixes_of(name: str) -> tuple[str, ...]:
    """The document-id prefixes of set or union ``name``."""
    if name in UNIONS:
        return tuple(p for part in UNIONS[name] for p in SETS[part])
    return SETS[name]


def documents(name: str) -> list[str]:
    """The document ids of set ``name``, taken from the manifest."""
    manifest = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
    prefixes = prefixes_of(name)
    found = sorted(doc for doc in manifest["documents"] if doc.split("_", 1)[0] in prefixes)
    if len(found) != len(prefixes):
        raise SystemExit(f"set {name}: expected {len(prefixes)} documents, found {found}")
    return found


def stage(name: str, target: Path) -> tuple[Path, Path]:
    """Copy set ``name`` (texts, manifest entries, gold) under ``target``."""
    docs = documents(name)
    manifest = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
    corpus, gold = target / "corpus", target / "gold"
    corpus.mkdir()
    gold.mkdir()
    subset = {"documents": {doc: manifest["documents"][doc] for doc in docs}}
    (corpus / "manifest.json").write_text(
        json.dumps(subset, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    for doc in docs:
        shutil.copyfile(CORPUS / f"{doc}.txt", corpus / f"{doc}.txt")
        shutil.copyfile(GOLD / f"{doc}.json", gold / f"{doc}.json")
    return corpus, gold


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[1].upper() not in {*SETS, *UNIONS}:
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        usage = "usage: evaluate_set.py A|B|C|...|W|dev|deva|devb [--errors|--why|--any-label]"
        print(usage, file=sys.stderr)
        return 2
    name = argv[1].upper()
    cli = Path(sys.executable).with_name("benelux-kg")
    with tempfile.TemporaryDirectory(prefix=f"heldout-{name}-") as tmp:
        corpus, gold = stage(name, Path(tmp))
        command = [str(cli), "evaluate", "--corpus", str(corpus), "--gold", str(gold), *argv[2:]]
        return subprocess.run(command, check=False).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv))
