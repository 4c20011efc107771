"""``nymaudit meta PATH...``: metadata of every file under the paths (a file, a
folder or a zip), with a status per file and the findings. The Typer command
in cli.py calls ``analyse`` and then ``render_terminal`` or emits the JSON."""

from __future__ import annotations

import pathlib
import zipfile
from typing import Any

from nymaudit.metadata.attachments import CheckedFile, check_bytes, unreadable
from nymaudit.metadata.linkage import LinkedFile, link_files

SCHEMA = "nymaudit.meta/1"
MAX_FILE_BYTES = 512 * 1024 * 1024
STATUS_STYLE = {
    "identifying": "bold red",
    "clean": "green",
    "unsupported": "dim",
    "unreadable": "yellow",
}


def _is_office_zip(path: pathlib.Path) -> bool:
    """A .docx/.odt is a zip but one document: check it as a file, not a folder."""
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist()[:5000])
    except Exception:  # any unreadable zip is simply not an office document
        return False
    return "[Content_Types].xml" in names or ("mimetype" in names and "meta.xml" in names)


def _check_path(path: pathlib.Path) -> list[CheckedFile]:
    from nymaudit.sources.tree import FileTree, InputProblem, open_tree

    try:
        tree = FileTree(path) if path.is_file() and _is_office_zip(path) else open_tree(path)
    except InputProblem as exc:
        return [unreadable(str(path), str(exc))]
    except OSError as exc:
        return [unreadable(str(path), f"cannot open: {exc.strerror or exc}")]
    except Exception as exc:  # a hostile archive the tree did not anticipate
        return [unreadable(str(path), f"cannot open: {type(exc).__name__}")]
    results: list[CheckedFile] = []
    try:
        for problem_path, error in tree.problems:
            results.append(unreadable(problem_path or str(path), error))
        for member in tree.members():
            display = tree.display(member.name)
            try:
                data = tree.read(member.name, MAX_FILE_BYTES)
            except InputProblem as exc:
                results.append(unreadable(display, str(exc)))
                continue
            except Exception as exc:  # never let one member stop the others
                results.append(unreadable(display, f"cannot read: {type(exc).__name__}"))
                continue
            results.append(check_bytes(data, display))
        for problem_path, error in tree.problems[len(results):]:
            results.append(unreadable(problem_path or str(path), error))
    finally:
        tree.close()
    return results


def analyse(paths: list[pathlib.Path]) -> dict[str, Any]:
    """The ``nymaudit.meta/1`` document for the files under ``paths``."""
    files: list[CheckedFile] = []
    for path in paths:
        files.extend(_check_path(pathlib.Path(path)))
    # Shared serials, names and IDs between the files: each file involved gets
    # the finding, so a reader of one entry sees what it is linked to.
    try:
        links = link_files([LinkedFile(cf.display, cf.meta) for cf in files])
    except Exception:
        links = []
    by_display = {cf.display: cf for cf in files}
    for finding in links:
        for cf_display in _files_named(finding.evidence, by_display):
            by_display[cf_display].findings.append(finding)
    for cf in files:
        if cf.status == "clean" and cf.findings:
            cf.status = "identifying"
    return {"schema": SCHEMA, "files": [cf.as_dict() for cf in files]}


def _files_named(evidence: str, by_display: dict[str, CheckedFile]) -> list[str]:
    _, _, listed = evidence.partition("; files: ")
    return [d for d in by_display if d in listed]


def _listed(files: list[dict[str, Any]], shown: int = 10) -> str:
    from nymaudit.console import escape

    names = ", ".join(escape(f["path"]) for f in files[:shown])
    return names + (f" and {len(files) - shown} more" if len(files) > shown else "")


def render_terminal(doc: dict[str, Any], console) -> None:  # type: ignore[no-untyped-def]
    """Human report: one block per file with its status, the fields by group,
    and the findings with advice (the advice once per rule)."""
    from rich.table import Table

    from nymaudit.console import escape

    files = doc.get("files", [])
    counts: dict[str, int] = {}
    for f in files:
        counts[f["status"]] = counts.get(f["status"], 0) + 1
    advice_shown: set[str] = set()
    # Files in formats we do not read (a blog's Markdown, CSS ...) are listed
    # together at the end instead of one block each.
    skipped = [f for f in files if f["status"] == "unsupported" and f["format"] != "text"]
    texts = [f for f in files if f["status"] == "unsupported" and f["format"] == "text"]
    for f in files:
        if f["status"] == "unsupported":
            continue
        style = STATUS_STYLE.get(f["status"], "")
        head = f"[{style}]{f['status'].upper()}[/] {escape(f['path'])} [dim]({escape(f['format'])})[/]"
        console.print(head)
        if f.get("error"):
            console.print(f"  [yellow]note:[/] {escape(f['error'])}")
        if f["fields"]:
            table = Table(show_header=False, box=None, padding=(0, 1), pad_edge=False)
            table.add_column("group", style="cyan", no_wrap=True)
            table.add_column("name", no_wrap=True)
            table.add_column("value", overflow="fold")
            for field in f["fields"]:
                table.add_row(field["group"], escape(field["name"]), escape(field["value"]))
            console.print(table)
        for finding in f["findings"]:
            sev = finding["severity"]
            colour = {"critical": "bold red", "high": "red", "medium": "yellow",
                      "low": "cyan"}.get(sev, "dim")
            console.print(f"  [{colour}]{sev.upper():8}[/] {finding['rule']} "
                          f"{escape(finding['message'])}")
            if finding["rule"] not in advice_shown:
                advice_shown.add(finding["rule"])
                console.print(f"           [dim]what to do:[/] {escape(finding['advice'])}")
        console.print()
    if texts:
        console.print("[dim]Text files, no embedded metadata (`nymaudit scan` reads their words): "
                      f"{_listed(texts)}[/]")
    if skipped:
        console.print(f"[dim]Not checked (formats nymaudit does not read): {_listed(skipped)}[/]")
    summary = ", ".join(f"{n} {s}" for s, n in sorted(counts.items())) or "no files"
    if texts:
        summary += f" ({len(texts)} of them text)"
    console.print(f"[bold]{len(files)} file(s):[/] {summary}")
