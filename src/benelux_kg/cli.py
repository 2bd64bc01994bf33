"""The ``benelux-kg`` command line."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from .errors import BkgError

app = typer.Typer(
    name="benelux-kg",
    help="Build, validate, query and serve the Benelux Union knowledge graph.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True)

StoreOption = Annotated[
    Path | None, typer.Option("--store", help="Store directory (default: var/store).")
]


def _store(store: Path | None) -> Path:
    from .resources import default_store_dir

    return store or default_store_dir()


@app.command()
def build(
    corpus: Annotated[
        Path | None, typer.Option("--corpus", help="Corpus directory (default: corpus/).")
    ] = None,
    store: StoreOption = None,
) -> None:
    """Build the store from every document of the corpus; publish it only if it conforms."""
    from .build import build as run_build
    from .corpus import default_corpus_dir

    summary = run_build(corpus or default_corpus_dir(), _store(store))
    mb = summary.characters / 1e6
    err.print(
        f"built {summary.documents} documents ({mb:.2f} M characters): "
        f"{summary.entities} entities, {summary.mentions} mentions, {summary.quads} quads "
        f"in {summary.total_seconds:.2f} s (extraction {summary.extract_seconds:.2f} s)"
    )
    if summary.report is not None:
        err.print(f"validation: conforms, {len(summary.report.warnings)} warning(s)")


@app.command()
def serve(
    store: StoreOption = None,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    access_log: Annotated[
        bool, typer.Option(help="Log every request (uvicorn's access log; costs ~0.1 ms each).")
    ] = True,
) -> None:
    """Serve SPARQL, REST and linked-data pages over HTTP."""
    import uvicorn

    from .server import create_app
    from .store import current_generation

    store_dir = _store(store)
    current_generation(store_dir)  # fail now, with a clear message, if nothing was built
    uvicorn.run(
        create_app(store_dir), host=host, port=port, log_level="info", access_log=access_log
    )


@app.command()
def validate(
    files: Annotated[
        list[Path] | None,
        typer.Argument(
            help="RDF files to validate instead of the store (.ttl, .nt, .nq, .trig, .jsonld, "
            ".rdf, ...: the format follows the extension); the ontology is added for its "
            "class hierarchy.",
            show_default=False,
        ),
    ] = None,
    store: StoreOption = None,
    strict: Annotated[bool, typer.Option(help="Fail on warnings too.")] = False,
    fmt: Annotated[
        str,
        typer.Option("--format", help="Report format: text, turtle (sh:ValidationReport) or json."),
    ] = "text",
    shapes: Annotated[
        Path | None,
        typer.Option("--shapes", help="Shapes file (default: shapes/benelux-kg.shacl.ttl)."),
    ] = None,
) -> None:
    """Validate the store, or RDF files, against the SHACL shapes.

    Exit 0 conforms, 1 violations (or warnings with --strict), 2 error.
    """
    from .errors import InputError
    from .shacl_report import REPORT_FORMATS, render, summary_line
    from .store import open_read_only
    from .validate import validate_files, validate_store

    if fmt not in REPORT_FORMATS:
        raise InputError(f"unknown report format {fmt!r}; use one of {', '.join(REPORT_FORMATS)}")
    if files and store is not None:
        raise InputError("give either --store or RDF files, not both")
    if shapes is not None and not shapes.is_file():
        raise InputError("no such shapes file", source=str(shapes))
    if files:
        report = validate_files(files, shapes)
    else:
        report = validate_store(open_read_only(_store(store)), shapes)
    sys.stdout.write(render(report, fmt, strict=strict, shapes=shapes))
    if fmt != "text":
        err.print(summary_line(report, strict=strict), highlight=False)
    raise typer.Exit(0 if report.conforms(strict=strict) else 1)


@app.command()
def query(
    sparql: Annotated[str, typer.Argument(help="A SPARQL query, or @FILE to read one.")],
    store: StoreOption = None,
    fmt: Annotated[
        str | None,
        typer.Option("--format", help="json|csv|tsv|xml for SELECT/ASK; turtle|... for graphs."),
    ] = None,
) -> None:
    """Run a SPARQL query on the store and print the results."""
    from .sparql import execute, serialize_result
    from .store import open_read_only

    text = Path(sparql[1:]).read_text(encoding="utf-8") if sparql.startswith("@") else sparql
    answer = serialize_result(execute(open_read_only(_store(store)), text), fmt)
    sys.stdout.buffer.write(answer.body)
    if not answer.body.endswith(b"\n"):
        sys.stdout.buffer.write(b"\n")


@app.command()
def export(
    store: StoreOption = None,
    fmt: Annotated[str, typer.Option("--format", help="nquads|trig|turtle|jsonld")] = "nquads",
    output: Annotated[Path | None, typer.Option("--output", help="File (default: stdout).")] = None,
) -> None:
    """Write the whole store (every named graph) in an RDF format."""
    from .export import export as run_export
    from .store import open_read_only

    data = run_export(open_read_only(_store(store)), fmt)
    if output is None:
        sys.stdout.buffer.write(data)
    else:
        output.write_bytes(data)


CorpusOption = Annotated[
    Path | None, typer.Option("--corpus", help="Corpus directory (default: corpus/).")
]
ValidateOption = Annotated[
    bool, typer.Option("--validate/--no-validate", help="Check the change against the shapes.")
]


def _corpus(corpus: Path | None) -> Path:
    from .corpus import default_corpus_dir

    return corpus or default_corpus_dir()


@app.command()
def add(
    files: Annotated[list[Path], typer.Argument(help="Documents: .txt, .md, .html or .pdf.")],
    meta: Annotated[
        list[str] | None,
        typer.Option("--meta", help="KEY=VALUE metadata (title, date, publisher, type, ...)."),
    ] = None,
    corpus: CorpusOption = None,
    store: StoreOption = None,
    check: ValidateOption = True,
) -> None:
    """Add documents (or replace those of the same id), each in one atomic change."""
    from rich.progress import Progress

    from .config import Settings
    from .errors import InputError
    from .ingest import ingest_file
    from .update import add_document, parse_metadata

    metadata = parse_metadata(meta or [])
    limit = Settings.from_env().max_document_bytes
    documents = [ingest_file(path, max_bytes=limit) for path in files]  # all read, or none
    first: dict[str, str] = {}
    for doc in documents:
        if doc.sha256 in first or doc.doc_id in first.values():
            raise InputError(f"given twice: {doc.doc_id} (or the same file under another name)")
        first[doc.sha256] = doc.doc_id
    with Progress(console=err, transient=True) as progress:
        task = progress.add_task("adding", total=len(documents))
        for doc in documents:
            progress.update(task, description=f"adding {doc.doc_id}")
            summary = add_document(_corpus(corpus), _store(store), doc, metadata, validate=check)
            progress.advance(task)
            err.print(summary.describe(), highlight=False, soft_wrap=True)


@app.command()
def remove(
    doc_id: Annotated[str, typer.Argument(help="The id of the document (its file name).")],
    corpus: CorpusOption = None,
    store: StoreOption = None,
    check: ValidateOption = True,
) -> None:
    """Remove a document, and the entities only it supported, in one atomic change."""
    from .update import remove_document

    summary = remove_document(_corpus(corpus), _store(store), doc_id, validate=check)
    err.print(summary.describe(), highlight=False, soft_wrap=True)


@app.command()
def rebuild(
    corpus: CorpusOption = None,
    store: StoreOption = None,
    check: ValidateOption = True,
) -> None:
    """Extract every document of the corpus again and replace the store if it conforms."""
    from rich.progress import Progress

    from .build import rebuild as run_rebuild

    with Progress(console=err, transient=True) as progress:
        task = progress.add_task("extracting", total=None)

        def advance(doc_id: str, done: int, total: int) -> None:
            progress.update(task, description=f"extracted {doc_id}", completed=done, total=total)

        result = run_rebuild(_corpus(corpus), _store(store), validate=check, progress=advance)
    for line in result.recovered:
        err.print(f"recovered: {line}", highlight=False, soft_wrap=True)
    summary = result.summary
    changes = ", ".join(f"{n} {what}" for what, n in result.changes().items())
    err.print(
        f"rebuilt {summary.documents} documents: {summary.entities} entities, "
        f"{summary.quads} quads in {summary.total_seconds:.2f} s; {changes}",
        highlight=False,
        soft_wrap=True,
    )
    if summary.report is not None:
        err.print(f"validation: conforms, {len(summary.report.warnings)} warning(s)")


@app.command()
def evaluate(
    gold: Annotated[
        Path | None, typer.Option("--gold", help="Gold directory (default: tests/gold/).")
    ] = None,
    corpus: Annotated[
        Path | None, typer.Option("--corpus", help="Corpus directory (default: corpus/).")
    ] = None,
    errors: Annotated[bool, typer.Option(help="List every miss and false hit.")] = False,
    why: Annotated[
        bool,
        typer.Option(
            help="Count why gold entities and relations were missed (named or typed otherwise, "
            "inside another name, not found): counts only, no names."
        ),
    ] = False,
    any_label: Annotated[
        bool,
        typer.Option(
            "--any-label",
            help="Match a minted entity to the gold by any of its labels in the document "
            "(skos:altLabel too), not by its rdfs:label alone: how much of a score is a "
            "convention of labels.",
        ),
    ] = False,
    learned_relations: Annotated[
        bool,
        typer.Option(
            "--learned-relations",
            help="Add the learned relation classifier's finds to the rules' (an experiment: "
            "off in builds; see tests/heldout/crossval_relations.py).",
        ),
    ] = False,
) -> None:
    """Score the extractor against the gold standard: P/R/F1 per class and per relation."""
    from .corpus import default_corpus_dir, load_corpus
    from .evaluate import evaluate as run_evaluate
    from .evaluate import format_errors, format_table, format_why, load_gold
    from .extract import Extractor
    from .resources import project_root

    documents = {d.doc_id: d for d in load_corpus(corpus or default_corpus_dir())}
    gold_dir = gold or project_root() / "tests" / "gold"
    extractor = Extractor.from_files(learned_relations=learned_relations)
    result = run_evaluate(load_gold(gold_dir), documents, extractor, any_label=any_label)
    print(format_table(result))
    if why:
        print()
        print(format_why(result))
    if errors:
        print(format_errors(result))


def main() -> None:
    try:
        app()
    except BkgError as error:
        err.print(f"[bold red]error:[/] {error}", highlight=False)
        sys.exit(error.exit_code)
    except KeyboardInterrupt:
        sys.exit(130)
