"""Cross-file linkage: the same camera serial, owner name, organisation,
software build or document identifier in several files ties them together.
Between the account's attachments it shows the files come from one person
and device (META023); between an attachment and the writer's real-name files
(``--known``) it is a direct bridge between the two identities (META024)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from nymaudit.metadata.core import FileMeta
from nymaudit.model import Finding, Origin

PERSON_FIELDS = {
    "Artist", "Creator", "Author", "By-line", "OwnerName", "LastModifiedBy", "RevisionAuthor",
    "CommentAuthor", "InitialCreator", "XPAuthor", "Copyright", "CopyrightNotice", "Rights",
    "PeopleAuthor", "PresenceUserId", "AnnotationOrChangeAuthor", "AnnotationAuthor", "Writer-Editor",
    "CaptionWriter", "ImageCreatorName", "CopyrightOwnerName", "BabyName", "PrintedBy",
    # Contact cards, calendars, GPS tracks and flight logs (eighth session, 29 November 2026).
    "FullName", "Email", "Organizer", "Pilot", "Manager",
}
ID_FIELDS = {
    "DocumentID", "OriginalDocumentID", "DerivedFromDocumentID", "DerivedFromOriginalDocumentID",
    "RsidRoot", "TrailerID", "ImageUniqueID", "MediaUniqueID", "RawDataUniqueID",
    "ContentIdentifier",
}
GENERIC_PEOPLE = {
    "user", "admin", "administrator", "owner", "author", "unknown", "me", "pc", "windows user",
    "microsoft office user", "microsoft office", "apple", "photographer", "copyright",
    "all rights reserved", "creator", "name", "default",
}
_COPYRIGHT_NOISE = re.compile(r"\(c\)|©|copyright|all rights reserved|\b(19|20)\d\d\b|[.,;:]",
                              re.IGNORECASE)
_BUILD = re.compile(r"\d{5,}|build|\d+\.\d+\.\d+\.\d+|\$", re.IGNORECASE)
MAX_FILES_NAMED = 5
MAX_FILES_IN_EVIDENCE = 50


@dataclass
class LinkedFile:
    display: str
    meta: FileMeta
    known_label: str | None = None  # set for files under --known
    record: str | None = None


def _norm_person(value: str) -> str | None:
    text = _COPYRIGHT_NOISE.sub(" ", value).casefold()
    text = " ".join(text.split())
    if len(text) < 3 or text in GENERIC_PEOPLE or "user" in text.split():
        return None
    from nymaudit.metadata.findings import program_authors

    if text in program_authors():
        return None  # "python-docx" on two files is the program, not one person (twelfth session)
    return text


def _norm_serial(value: str) -> str | None:
    text = re.sub(r"^(?:no\s*=\s*|#)", "", value.strip(), flags=re.IGNORECASE)
    text = re.sub(r"\s+", "", text).upper().lstrip("0")
    if len(text) < 4 or len(set(text)) < 2:
        return None
    return text


def _others_pictures(meta: FileMeta) -> set[str]:
    """Where the pictures inside a document sit that are credited to someone other than its
    author (documents._others_pictures): their values link no writer (red13 item 3)."""
    if not meta.embedded:
        return set()
    from nymaudit.metadata.documents import _others_pictures, _writers_pictures

    return set(_others_pictures(meta, meta.fields, _writers_pictures(meta, meta.fields)))


def keys_of(meta: FileMeta) -> list[tuple[str, str, str]]:
    """(kind, normalised key, value as shown) for each linkable value."""
    keys: list[tuple[str, str, str]] = []
    others = _others_pictures(meta)
    for f in meta.fields:
        if f.name.startswith("Revision") and ":" in f.name:
            continue
        if others and meta.embedded.get((f.name, f.value)) in others:
            continue  # a stock photo's serial and credit: two newsletters using it share no writer
        if f.group == "serial":
            k = _norm_serial(f.value)
            if k:
                keys.append(("serial number", k, f.value))
        elif f.group == "person" and f.name == "Company":  # Manager is a person's name (mta13 item 6)
            k = _norm_person(f.value)
            if k:
                keys.append(("organisation", k, f.value))
        elif f.group == "person" and f.name in PERSON_FIELDS:
            for part in f.value.split("; ")[:10]:
                k = _norm_person(part)
                if k:
                    keys.append(("name", k, part))
        elif f.group == "document_id" and f.name in ID_FIELDS:
            k = f.value.strip().lower()
            k = k.split(":")[-1] if k.startswith(("xmp.did:", "xmp.iid:", "uuid:")) else k
            if len(k) >= 8 and len(set(k)) > 2:
                keys.append(("document ID", k, f.value))
        elif f.group == "document_id" and f.name == "Rsids":
            for rsid in f.value.split()[:200]:
                keys.append(("editing-session ID (rsid)", rsid.upper(), rsid))
        elif f.group == "software" and _BUILD.search(f.value):
            keys.append(("software build", f.value.strip().casefold(), f.value))
        elif f.group == "software" and f.name == "HostComputer":
            keys.append(("computer", f.value.strip().casefold(), f.value))
    return keys


KIND_ORDER = ("serial number", "name", "organisation", "computer", "document ID",
              "software build", "editing-session ID (rsid)")
WEAK_KINDS = {"software build", "editing-session ID (rsid)"}


def link_files(files: list[LinkedFile]) -> list[Finding]:
    """One finding per group of files that share values: META024 for an
    attachment and a known file, META023 for several attachments. The evidence
    lists every shared value and up to ``MAX_FILES_IN_EVIDENCE`` of the files."""
    return [finding for finding, _ in link_groups(files)]


def link_groups(files: list[LinkedFile]) -> list[tuple[Finding, tuple[str, ...]]]:
    """``link_files``' findings, each with the displays of every file it links (``meta``
    gives each of them the finding; the evidence names only the first few)."""
    from nymaudit.metadata.findings import rule

    index: dict[tuple[str, str], dict[str, tuple[LinkedFile, str]]] = {}
    for lf in files:
        for kind, key, shown in keys_of(lf.meta):
            index.setdefault((kind, key), {}).setdefault(lf.display, (lf, shown))
    # (rule, displays) -> shared (kind, shown) values
    groups: dict[tuple[str, tuple[str, ...]], list[tuple[str, str]]] = {}
    by_display: dict[str, LinkedFile] = {}
    for (kind, _key), holders in index.items():
        if len(holders) < 2:
            continue
        ours = [e for e in holders.values() if e[0].known_label is None]
        known = [e for e in holders.values() if e[0].known_label is not None]
        if not ours:
            continue
        for lf, _ in ours + known:
            by_display[lf.display] = lf
        shown = ours[0][1]
        if known:
            for our in ours[:MAX_FILES_NAMED]:
                for theirs in known[:MAX_FILES_NAMED]:
                    pair = (our[0].display, theirs[0].display)
                    groups.setdefault(("META024", pair), []).append((kind, shown))
        elif len(ours) >= 2:
            names = tuple(sorted(e[0].display for e in ours))
            groups.setdefault(("META023", names), []).append((kind, shown))
    findings: list[tuple[Finding, tuple[str, ...]]] = []
    for (rule_id, displays), shared in sorted(groups.items()):
        shared = sorted(set(shared), key=lambda ks: (KIND_ORDER.index(ks[0]), ks[1]))
        values = ", ".join(f"{kind} '{shown}'" for kind, shown in shared[:4])
        if len(shared) > 4:
            values += f" and {len(shared) - 4} more"
        first = by_display[displays[0]]
        where = Origin(path=first.display, record=first.record)
        # The files named up to a cap: 10,000 copies of one camera's photos made every entry of
        # `meta` carry all 10,000 names (6.9 GB of JSON, eighth session).
        named = ", ".join(displays[:MAX_FILES_IN_EVIDENCE])
        if len(displays) > MAX_FILES_IN_EVIDENCE:
            named += f" and {len(displays) - MAX_FILES_IN_EVIDENCE} more"
        evidence = "; ".join(f"{k}={v}" for k, v in shared[:12]) + f"; files: {named}"
        clue = f"{shared[0][0]} {shared[0][1]}"
        if rule_id == "META024":
            other = by_display[displays[1]]
            findings.append((rule("META024").finding(
                f"{first.display} and {other.display} (known files '{other.known_label}') "
                f"share {values}.",
                evidence, where, clue_value=clue,
            ), displays))
        else:
            listed = ", ".join(displays[:MAX_FILES_NAMED])
            if len(displays) > MAX_FILES_NAMED:
                listed += f" and {len(displays) - MAX_FILES_NAMED} more"
            weak = all(kind in WEAK_KINDS for kind, _ in shared)
            findings.append((rule("META023").finding(
                f"{len(displays)} files share {values}: {listed}.",
                evidence, where, clue_value=clue, severity="low" if weak else None,
            ), displays))
    return findings


def platform_copy_findings(statuses: list[tuple[str, str]], total: int,
                           platforms: Sequence[str] = ()) -> list[Finding]:
    """META025: platform copies that look clean say nothing about the originals. ``platforms``:
    the readers (input formats) the copies came from, named in the message with what each keeps
    beside its copies (heuristics META025 ``platform_names``, ``platform_notes``; walk16 item 14:
    a Meta export's finding spoke of X and Mastodon)."""
    from nymaudit.metadata.findings import rule

    data = rule("META025").data
    names_table = data.get("platform_names", {})
    notes_table = data.get("platform_notes", {})
    readers = list(dict.fromkeys(p for p in platforms if p))
    named = [str(names_table[p]) for p in readers if isinstance(names_table, dict) and p in names_table]
    # The platform's own name when every copy came from readers the table names; else "the platform".
    who = _and_list(named) if named and len(named) == len(readers) else "the platform"
    notes = list(dict.fromkeys(" ".join(str(notes_table[p]).split()) for p in readers
                               if isinstance(notes_table, dict) and p in notes_table))
    clean = [d for d, s in statuses if s in ("clean", "unsupported")]
    identifying = sum(1 for _, s in statuses if s == "identifying")
    if not statuses:
        return []
    shown = ", ".join(clean[:3]) + (" ..." if len(clean) > 3 else "")
    # Only the clean copies say the platform stripped something: a copy that still
    # carries GPS (META010 beside this) proves the platform, or this archive, kept it.
    kept = (f"; {identifying} of them still {'carries' if identifying == 1 else 'carry'} identifying "
            f"metadata (see the findings above): {who} or the archive kept it" if identifying else "")
    message = (
        f"{len(statuses)} of {total} attachments {'is a copy' if len(statuses) == 1 else 'are copies'} "
        "the platform re-encoded" + (f" ({who})" if named else "")
        + kept
        + (f"; {len(clean)} of them {'shows' if len(clean) == 1 else 'show'} no identifying metadata "
           f"({shown})" if clean else "")
        + (f". For those, {who} removed what they would have said; the original files on "
           "your devices, and any copy you posted elsewhere, may still carry it." if clean else ".")
        + "".join(f" {note}" for note in notes)
    )
    return [rule("META025").finding(message, f"platform copies: {len(statuses)}",
                                    Origin(path=statuses[0][0]))]


def _and_list(words: list[str]) -> str:
    """"X", "X and Mastodon", "X, Mastodon and Facebook"."""
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"
