"""``nymaudit meta PATH...``: metadata of every file under the paths (a file, a
folder or a zip), with a status per file and the findings. The Typer command
in cli.py calls ``analyse`` and then ``render_terminal`` or emits the JSON."""

from __future__ import annotations

import contextlib
import json
import os
import pathlib
from typing import Any

from nymaudit.metadata.attachments import CheckedFile, check_bytes, unreadable
from nymaudit.metadata.linkage import LinkedFile, link_groups
from nymaudit.model import Finding

SCHEMA = "nymaudit.meta/1"
MAX_FILE_BYTES = 512 * 1024 * 1024
DUPLICATE_NOTE = "duplicate member name"
# What an office file's name promises (mta14: a text file named .docx was listed among "Plain text
# files" and a zip named .docx among the formats not read, as if nothing were odd about them).
OFFICE_KINDS = {
    **dict.fromkeys(("docx", "docm", "dotx", "dotm"), "a Word document"),
    **dict.fromkeys(("xlsx", "xlsm", "xltx", "xltm"), "an Excel workbook"),
    **dict.fromkeys(("pptx", "pptm", "potx", "potm", "ppsx"), "a PowerPoint presentation"),
    "odt": "an OpenDocument text", "ods": "an OpenDocument spreadsheet",
    "odp": "an OpenDocument presentation", "odg": "an OpenDocument drawing",
}
OFFICE_FORMATS = frozenset(("ooxml", "odf"))
# Pictures and PDFs: said only when their content is plain text, a zip or no known format (a PNG
# named .jpg is common and read as what it is). ExifTool's iWork.numbers holds a
# QuickLook/Thumbnail.jpg of 27 bytes of text, listed among "Plain text files" (mta14 item 5).
OTHER_KINDS = {
    **dict.fromkeys(("jpg", "jpeg"), "a JPEG image"), "png": "a PNG image", "gif": "a GIF image",
    **dict.fromkeys(("tif", "tiff"), "a TIFF image"), "heic": "a HEIC photo", "webp": "a WebP image",
    "pdf": "a PDF document",
}
UNREAD_FORMATS = frozenset(("text", "zip", "unknown"))
# Starts the note of a file whose content is not what its office name says: listed on its own.
MISNAMED_NOTE = "not "
STATUS_STYLE = {
    "identifying": "bold red",
    "clean": "green",
    "unsupported": "dim",
    "unreadable": "yellow",
}


def _is_office_zip(path: pathlib.Path) -> bool:
    """A .docx/.odt is a zip but one document: check it as a file, not a folder."""
    from nymaudit.sources.tree import is_office_document

    # The readers' own test: it refuses a zip listing more members than the cap from its end
    # record, before zipfile parses a central directory of a million entries (25 s, 600 MB).
    return is_office_document(path)


def _suffix(display: str) -> str:
    """The extension of a file's own name, lower case ("" when it has none)."""
    name = display.replace("\\", "/").rsplit("/", 1)[-1].rsplit("!", 1)[-1]
    stem, dot, suffix = name.rpartition(".")
    return suffix.lower() if dot and stem else ""


def _named_kind(display: str) -> str | None:
    """"a Word document" when the file's name ends in .docx, "a JPEG image" for .jpg (and so on)."""
    suffix = _suffix(display)
    return OFFICE_KINDS.get(suffix) or OTHER_KINDS.get(suffix)


def _zip_cut_short(data: bytes) -> bool:
    """A zip whose end record is missing (an interrupted download): no zip tool opens it. Looked
    for in the last 64 KB only, so a zip listing a million members is not parsed here."""
    return data.rfind(b"PK\x05\x06", max(0, len(data) - 65_557)) < 0


def _misnamed(cf: CheckedFile, data: bytes = b"") -> CheckedFile:
    """A file named as an office document whose content is something else, said as what it is:
    plain text, a zip of other files, a known format, or content no format matches (damaged or
    renamed); a picture's or PDF's name, when the content is text, a zip or unknown. The format
    stays what the content is; the note says what the name promised."""
    kind = _named_kind(cf.display)
    fmt = cf.meta.format
    office = _suffix(cf.display) in OFFICE_KINDS
    if (kind is None or fmt in OFFICE_FORMATS or cf.status == "unreadable"
            or (not office and fmt not in UNREAD_FORMATS)):
        return cf
    named = f"with a .{cf.display.rsplit('.', 1)[-1]} name"
    parts = "that holds none of an office document's parts (damaged, or another archive renamed)" \
        if office else "(another kind of file renamed)"
    what = (f"plain text {named} (renamed, or saved as text by another program): no metadata fields "
            "to read; `scan` reads its words" if fmt == "text"
            else f"a damaged zip archive {named}: its end is missing (cut short, as by an interrupted "
                 "download), so no program opens it; copy or download it again" if fmt == "zip" and data
                 and _zip_cut_short(data)
            else f"a zip archive {named} {parts}; give it as a PATH to check the files inside" if fmt == "zip"
            else f"content of no format nymaudit knows, {named} (damaged, encrypted, or another kind "
                 "of file renamed); nothing in it was checked" if fmt == "unknown"
            else f"a {fmt.upper()} file {named}, read as what it is")
    note = f"{MISNAMED_NOTE}{kind}: {what}"
    # The reader's own note said the same in its words ("plain text (a post ...)"): replaced;
    # any other note (a partial read, a duplicate name) is kept after it.
    generic = cf.status == "unsupported" and fmt in ("text", "zip", "unknown")
    cf.meta.error = note if generic or not cf.meta.error else f"{note}; {cf.meta.error}"
    return cf


def _misnamed_archive(path: pathlib.Path, tree: Any) -> list[CheckedFile]:
    """A file given on its own, named as an office document but a zip or tar of other files: its
    members are listed as an archive's, and the file itself says it is no document."""
    from nymaudit.metadata.attachments import CheckedFile as Checked
    from nymaudit.metadata.core import FileMeta
    from nymaudit.sources.tree import FileTree

    kind = _named_kind(str(path))
    if kind is None or isinstance(tree, FileTree) or not path.is_file():
        return []
    suffix = path.name.rsplit(".", 1)[-1]
    parts = ("that holds none of an office document's parts (damaged, or another archive renamed)"
             if suffix.lower() in OFFICE_KINDS else "(another kind of file renamed)")
    note = (f"{MISNAMED_NOTE}{kind}: an archive with a .{suffix} name {parts}; its files are checked "
            "one by one")
    return [Checked(str(path), FileMeta(format="zip", error=note), "unsupported")]


def _check_path(path: pathlib.Path) -> list[CheckedFile]:
    from nymaudit.sources.tree import MAX_TOTAL_BYTES, FileTree, InputProblem, open_tree

    try:
        tree = FileTree(path) if path.is_file() and _is_office_zip(path) else open_tree(path)
    except InputProblem as exc:
        return [unreadable(str(path), str(exc))]
    except OSError as exc:
        return [unreadable(str(path), f"cannot open: {exc.strerror or exc}")]
    except Exception as exc:  # a hostile archive the tree did not anticipate
        return [unreadable(str(path), f"cannot open: {type(exc).__name__}")]
    results: list[CheckedFile] = _misnamed_archive(path, tree)
    try:
        # members() is what fills tree.problems (unsafe names, caps): list first.
        members = tree.members()
        if not members and not tree.problems and path.is_dir():
            results.extend(_unlistable(path))
        try:
            copies = tree.duplicates()  # a zip's or a tar's (since 29 November 2026, eighth session)
        except Exception:  # noqa: BLE001 - the members are still checked one by one
            copies = {}
        budget = [MAX_TOTAL_BYTES]
        for problem_path, error in tree.problems:
            shown = tree.display(problem_path) if problem_path else str(path)
            results.append(unreadable(shown, error))
        # Links out of the folder and special files, never followed (a linked photo folder was
        # passed over in silence: review rev12c 4b); `scan` says them in one note.
        for name, kind in getattr(tree, "not_followed", []):
            results.append(unreadable(tree.display(name), (
                "a symbolic link to a folder outside it; not followed, its files were not checked "
                "(give that folder itself)" if kind == "folder"
                else "a symbolic link out of it; not followed (give the file itself)" if kind == "link"
                else "not a regular file (a pipe, socket or device); not read")))
        for member in members:
            display = tree.display(member.name)
            if member.name in copies:
                results.extend(_check_copies(tree, member.name, display, copies[member.name], budget))
                continue
            results.append(_check_member(tree, member.name, display))
        if isinstance(tree, FileTree) and members:
            results.extend(_check_sidecars(path))
    finally:
        tree.close()
    return results


def _check_sidecars(path: pathlib.Path) -> list[CheckedFile]:
    """The Google Photos sidecars beside a photo given on its own, as `scan` reads them
    (eleventh session): a stripped photo whose sidecar holds the position is not "clean"."""
    from nymaudit.sources.attachment import sidecars_beside_file

    try:
        beside, found, problems = sidecars_beside_file(path)
    except Exception as exc:  # noqa: BLE001 - the photo was checked; say what was not
        return [unreadable(str(path), f"its Google Photos sidecar could not be looked up: {exc!r}")]
    checked = [_check_member(beside, member.name, beside.display(member.name)) for member in found]
    checked += [unreadable(where, why) for where, why in problems]
    return checked


def _unlistable(path: pathlib.Path) -> list[CheckedFile]:
    """A folder that cannot be listed reads as empty: say so rather than call it clean."""
    try:
        with os.scandir(path):
            return []
    except OSError as exc:
        return [unreadable(str(path), f"cannot list: {exc.strerror or exc}")]


def _check_member(tree: Any, name: str, display: str) -> CheckedFile:
    from nymaudit.sources.tree import InputProblem

    try:
        data = tree.read_attachment(name, MAX_FILE_BYTES)  # a large video without its frames
    except InputProblem as exc:
        return unreadable(display, str(exc))
    except Exception as exc:  # never let one member stop the others
        return unreadable(display, f"cannot read: {type(exc).__name__}")
    return _misnamed(check_bytes(data, display), data)


def _check_copies(tree: Any, name: str, display: str, sizes: list[int],
                  budget: list[int]) -> list[CheckedFile]:
    """Each copy of a duplicated member name of a zip or tar, read with the tree's caps and as
    scan reads an attachment (a large video without its frames). A hostile zip can list one
    name thousands of times: the earlier copies checked are those scan checks
    (tree.copies_checked, one policy since 29 November 2026), and the last, what unzip and tar
    leave on disk; the rest are named, within the tree's total read cap."""
    from nymaudit.sources.tree import InputProblem, copies_checked

    count = len(sizes)
    numbers = [*copies_checked(count), count]
    results: list[CheckedFile] = []
    for at, number in enumerate(numbers):
        last = number == count
        which = " (the one unzip and tar leave on disk, which scan reads as the file)" if last else ""
        shown = f"{display} [copy {number} of {count}]"
        note = (f"{DUPLICATE_NOTE}: this archive holds {count} files under this "
                f"name, and tools disagree on which one they show{which}")
        limit = min(MAX_FILE_BYTES, budget[0])
        try:
            if limit <= 0:
                raise InputProblem("total read cap reached; skipped")
            data = tree.read_copy(name, number, limit)
            budget[0] -= len(data)
            checked = check_bytes(data, shown)
        except InputProblem as exc:
            checked = unreadable(shown, str(exc))
        except Exception as exc:  # never let one copy stop the others
            checked = unreadable(shown, f"cannot read: {type(exc).__name__}")
        checked.meta.error = f"{checked.meta.error}; {note}" if checked.meta.error else note
        results.append(checked)
        following = numbers[at + 1] if at + 1 < len(numbers) else number + 1
        if following > number + 1:
            first, last_skipped = number + 1, following - 1
            span = f"copy {first}" if first == last_skipped else f"copies {first} to {last_skipped}"
            many = last_skipped - first + 1
            results.append(unreadable(f"{display} [{span} of {count}]",
                                      f"{DUPLICATE_NOTE}: {many} more "
                                      f"{'copy' if many == 1 else 'copies'} under this name "
                                      f"{'was' if many == 1 else 'were'} not checked"))
    return results


def analyse(paths: list[pathlib.Path], redact: bool = False) -> dict[str, Any]:
    """The ``nymaudit.meta/1`` document for the files under ``paths``; ``redact``: masked as
    `scan --redact` masks a report (see ``_redacted``)."""
    files: list[CheckedFile] = []
    for path in paths:
        files.extend(_check_path(pathlib.Path(path)))
    # Shared serials, names and IDs between the files: each file involved gets
    # the finding, so a reader of one entry sees what it is linked to.
    try:
        links = link_groups([LinkedFile(cf.display, cf.meta) for cf in files])
    except Exception:
        links = []
    by_display = {cf.display: cf for cf in files}
    for finding, displays in links:
        for cf_display in displays:
            if cf_display in by_display:
                by_display[cf_display].findings.append(finding)
    _join_texts(files)
    # A +00:00 from a device that wrote +01:00 in a British summer among these files is a local
    # winter clock, as `scan` says (mfx14b, rev14b item 6): an extra that must not lose the files.
    # And a credit on most of these photos is the writer's own (mfx15), as `scan` says.
    from nymaudit.detectors.metadata import local_utc_clocks, own_photo_credits

    with contextlib.suppress(Exception):
        local_utc_clocks(files)
    with contextlib.suppress(Exception):
        own_photo_credits(files)
    for cf in files:
        if cf.status == "clean" and cf.findings:
            cf.status = "identifying"
    if redact:
        return _redacted(files, [str(p) for p in paths])
    return {"schema": SCHEMA, "files": [cf.as_dict() for cf in files]}


def _join_texts(files: list[CheckedFile]) -> None:
    """Free text (META022) naming a value another file's or the same file's metadata gave (an
    Author, a Company, a user name in a path) is raised to that finding, as `scan` joins it
    (profile.join_free_text; twelfth session, 2026-11-30: `meta` left a title "Grievance - J
    Okafor" info beside another PDF's Author "Joy Okafor"). One finding per file, as listed."""
    from nymaudit.profile import join_free_text, unjoined_comments

    unique: dict[int, Finding] = {}  # a linkage finding stands in each file it links: once
    for cf in files:
        for finding in cf.findings:
            unique.setdefault(id(finding), finding)
    joined = dict(zip(unique, join_free_text(list(unique.values()), per_file=True, drop_unjoined=False),
                      strict=True))
    for cf in files:
        # A document's comments that named nothing identified are no finding (META029 counts them).
        cf.findings = [joined[id(f)] for f in cf.findings if not unjoined_comments(joined[id(f)])]


def _redacted(files: list[CheckedFile], roots: list[str]) -> dict[str, Any]:
    """The document as `--redact` shows it (2026-11-29, ninth session). The findings go
    through ``redact_report`` as the same findings of `scan`'s attachments do, in one
    Report whose inputs are the paths given (their names masked but for platform and
    layout words); each file's path, error and fields through the masks of that same
    report. The tool's words stay: status, format, field groups and names, rule ids,
    titles and advice. Same keys as unredacted, plus ``"redacted": true``."""
    from nymaudit import __version__
    from nymaudit.model import InputSummary, Report
    from nymaudit.report.redact import (
        _replace_strings,
        mask_path_words,
        path_masks,
        path_word_hider,
        redact_field,
        redact_report,
    )

    # A shared serial's finding stands in every file it links: masked once, shown in each.
    unique: dict[int, Finding] = {}
    for cf in files:
        for finding in cf.findings:
            unique.setdefault(id(finding), finding)
    report = Report(tool_version=__version__, findings=list(unique.values()), redacted=True,
                    inputs=[InputSummary(path=root, format="meta") for root in roots])
    masked = dict(zip(unique, redact_report(report).findings, strict=True))
    shorten, shorten_path, shorten_error = path_masks(report)
    # Every word of every path, with or without findings (ninth session: an unreadable or a
    # clean file kept "Maria Gonzalez/Clifton flat/"), in the list and wherever a path
    # stands in an error or a finding's message ("In 2 files (first: ...)").
    hide_words = path_word_hider([shorten_path(cf.display) for cf in files])

    def hide(text: Any) -> Any:
        return hide_words(text) if isinstance(text, str) else text

    out: list[dict[str, Any]] = []
    for cf in files:
        fields = []
        for field in cf.meta.fields:
            name, value = redact_field(field.group, field.name, field.value, shorten)
            fields.append({"group": field.group, "name": name, "value": value})
        out.append({
            "path": mask_path_words(shorten_path(cf.display)),
            "format": cf.meta.format,
            "status": cf.status,
            "error": hide(shorten_error(_own_names_hidden(cf))) if cf.meta.error else cf.meta.error,
            "fields": fields,
            "findings": [_replace_strings(masked[id(f)].as_dict(), hide) for f in cf.findings],
        })
    return {"schema": SCHEMA, "files": out, "redacted": True}


def _own_names_hidden(cf: CheckedFile) -> str:
    """The file's error with the names of the files attached to it masked as their field is
    (rev12e item 6: "attached file Hartlepool_depot_rota_Bellweather_2025.txt is not a format
    nymaudit reads" stood unmasked under --redact)."""
    from nymaudit.report.redact import redact_field

    text = cf.meta.error or ""
    names = {f.value.rpartition(", ")[0] or f.value for f in cf.meta.fields if f.name == "EmbeddedFile"}
    for name in sorted(names, key=len, reverse=True):
        if len(name) > 2 and name in text:
            text = text.replace(name, redact_field("embedded_image", "EmbeddedFile", name)[1])
    return text


def _listed(files: list[dict[str, Any]], shown: int = 10) -> str:
    from nymaudit.console import escape

    names = ", ".join(escape(f["path"]) for f in files[:shown])
    return names + (f" and {len(files) - shown} more" if len(files) > shown else "")


def _is_misnamed(f: dict[str, Any]) -> bool:
    """A file listed with the note that it is not the office document its name says."""
    error = f.get("error") or ""
    kind = _named_kind(str(f.get("path", "")))
    return kind is not None and error.startswith(f"{MISNAMED_NOTE}{kind}: ")


def _finding_key(finding: dict[str, Any]) -> str:
    """The same finding, listed under each file of its group, is one dict content."""
    return json.dumps(finding, sort_keys=True, default=str)


def render_terminal(doc: dict[str, Any], console) -> None:  # type: ignore[no-untyped-def]
    """Human report: one block per file with its status, the fields by group,
    and the findings with advice (the advice once per rule)."""
    from rich.table import Table

    from nymaudit.console import escape, fit_table

    files = doc.get("files", [])
    counts: dict[str, int] = {}
    for f in files:
        counts[f["status"]] = counts.get(f["status"], 0) + 1
    advice_shown: set[str] = set()
    # A finding about a group of files (META023: 8 files share a serial number) stands in
    # each member's list: its paragraph is printed once, under the first member, and the
    # others point back to it (walkthrough 10: the paragraph was printed 8 times).
    members: dict[str, int] = {}
    for f in files:
        for key in {_finding_key(finding) for finding in f["findings"]}:
            members[key] = members.get(key, 0) + 1
    first_member: dict[str, str] = {}
    # Files in formats we do not read (a blog's Markdown, CSS ...) are listed
    # together at the end instead of one block each.
    # A copy of a duplicated zip member is shown on its own even when unsupported: the
    # duplicate itself is the warning.
    # So is a file whose content is not the office document its name says (mta14).
    listed = [f for f in files if f["status"] == "unsupported" and DUPLICATE_NOTE not in (f["error"] or "")
              and not _is_misnamed(f)]
    skipped = [f for f in listed if f["format"] != "text"]
    texts = [f for f in listed if f["format"] == "text"]
    for f in files:
        if any(f is g for g in listed):
            continue
        style = STATUS_STYLE.get(f["status"], "")
        head = f"[{style}]{f['status'].upper()}[/] {escape(f['path'])} [dim]({escape(f['format'])})[/]"
        console.print(head, soft_wrap=True)  # a record: the path whole on one line
        if f.get("error"):
            console.print(f"  [yellow]note:[/] {escape(f['error'])}")
        if f["fields"]:
            table = Table(show_header=False, box=None, padding=(0, 1), pad_edge=False)
            table.add_column("group", style="cyan", no_wrap=True)
            table.add_column("name", no_wrap=True)
            table.add_column("value", overflow="fold")
            for field in f["fields"]:
                table.add_row(field["group"], escape(field["name"]), escape(field["value"]))
            if fit_table(console, table):
                console.print(table)
            else:
                # Too narrow for the values' words beside the names (60 columns: a path
                # folded into a column of 29, "Docum/ents"): one 'group name: value' line
                # per field, wrapped at spaces, no value cut (2026-11-29, tenth session).
                for field in f["fields"]:
                    console.print(f"[cyan]{escape(field['group'])}[/] {escape(field['name'])}: "
                                  f"{escape(field['value'])}")
        for finding in f["findings"]:
            sev = finding["severity"]
            colour = {"critical": "bold red", "high": "red", "medium": "yellow",
                      "low": "cyan"}.get(sev, "dim")
            key = _finding_key(finding)
            if key in first_member:
                # A record line naming a path: never wrapped.
                console.print(f"  [{colour}]{sev.upper():8}[/] {finding['rule']} [dim]the same finding as "
                              f"under {escape(first_member[key])} (above)[/]", soft_wrap=True)
                continue
            console.print(f"  [{colour}]{sev.upper():8}[/] {finding['rule']} "
                          f"{escape(finding['message'])}")
            if members.get(key, 1) > 1:
                first_member[key] = f["path"]
                others = members[key] - 1
                console.print(f"           [dim]one finding for this file and {others} more "
                              f"below: printed once, here[/]")
            if finding["rule"] not in advice_shown:
                advice_shown.add(finding["rule"])
                console.print(f"           [dim]what to do:[/] {escape(finding['advice'])}")
        console.print()
    if texts:
        # Plain text only: RTF, GPS tracks, contact cards, calendars and XMP sidecars are
        # read as formats of their own, and other XML is "not checked" (eighth session).
        console.print("[dim]Plain text files, no metadata fields (`nymaudit scan` reads their words): "
                      f"{_listed(texts)}[/]")
    if skipped:
        console.print(f"[dim]Not checked (formats nymaudit does not read): {_listed(skipped)}[/]")
    if doc.get("redacted"):
        console.print("[dim]Redacted: metadata values, evidence and the words of folder and file "
                      "names are masked (platform and layout words and extensions kept).[/]")
    summary = ", ".join(f"{n} {s}" for s, n in sorted(counts.items())) or "no files"
    all_texts = sum(1 for f in files if f["status"] == "unsupported" and f["format"] == "text"
                    and not _is_misnamed(f))
    if all_texts:
        summary += f" ({all_texts} of them text)"
    console.print(f"[bold]{len(files)} file(s):[/] {summary}")
