"""What the findings of a document (PDF, OOXML, ODF) need beyond the per-field rules of
findings.py: advice that works for its file type, the organisation a OneDrive for work
folder names, and the word that an ExifTool "strip" of a PDF only hid its old values.

Twelfth session (2026-11-30, walk12 items 3 and 6): ExifTool's `-all=` is reversible on a
PDF (it appends an update; `exiftool -PDF-update:all=` undoes it) and refused on a .docx
("Writing of DOCX files is not yet supported"), yet every metadata rule advised it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import unquote

from nymaudit.metadata.core import Field, FileMeta

if TYPE_CHECKING:
    from nymaudit.model import Finding, Origin

# The advice key of heuristics/metadata.toml a file type reads: a rule's own, else META017's
# when the rule's advice names ExifTool.
ADVICE_KEYS = {"pdf": "pdf_advice", "ooxml": "office_advice", "odf": "office_advice"}
# OneDrive for work or school names its folder after the organisation that runs the account:
# "C:\Users\jsmith\OneDrive - Leeds City Council\Desktop\memo.docx". A personal OneDrive is
# plain "OneDrive" and names no one.
# Only a folder in a path counts (a separator before it; rev12e item 4: a caption "Saved this to
# OneDrive - finally" named 'finally' an employer), after %20 and the like are decoded (Word
# writes a relationship's target percent-encoded); "OneDrive - Personal" is how Windows labels
# a personal OneDrive beside a work one, and names no organisation.
_ONEDRIVE_ORG = re.compile(r"(?:^|[\\/])OneDrive - ([^\\/:*?\"<>|]{2,80}?)\s*(?:[\\/]|$)")
_NOT_ORGANISATIONS = {"personal"}
# A presence account of a work or school tenant (Word's people.xml, PowerPoint's authors.xml:
# provider "AD", Microsoft Entra ID): its e-mail domain is the organisation's. Personal accounts
# ("Windows Live") and local ones ("None") are not.
_WORK_ACCOUNT = re.compile(r"@([\w-]{1,63}(?:\.[\w-]{1,63})+)\s*\(AD\)\s*$")


def onedrive_organisations(fields: list[Field]) -> list[tuple[str, Field]]:
    found: list[tuple[str, Field]] = []
    for f in fields:
        value = unquote(f.value) if "%" in f.value else f.value
        for m in _ONEDRIVE_ORG.finditer(value):
            org = m.group(1).strip()
            if org.casefold() not in _NOT_ORGANISATIONS:
                found.append((org, f))
    return found


def document_findings(meta: FileMeta, fields: list[Field], found: list[Finding], name: str,
                      where: Origin) -> list[Finding]:
    """Called by findings.file_findings once its own findings are made; returns them with
    the additions and the advice of the file's type."""
    from nymaudit.metadata.findings import _evidence, _short, rule

    orgs = onedrive_organisations(fields)
    if orgs:
        org, f = orgs[0]
        current = next((x for x in found if x.rule == "META020"), None)
        if current is None:
            found.append(rule("META020").finding(
                f"{name} names an organisation: '{_short(org)}', in a OneDrive for work folder "
                f"({f.name}).",
                _evidence([f for _, f in orgs]), where,
                clue_value=_short(org), confidence="high",
            ))
        elif current.clue is None or current.clue.value.casefold() != org.casefold():
            current.evidence = f"{current.evidence}; {_evidence([f for _, f in orgs])}"
    _work_account(fields, found, name, where)
    _conditional_sections(fields, found, name, where)
    _embedded_origin(meta, fields, found, name, where)
    if meta.format == "pdf":
        _unlinked_info(fields, found)
    key = ADVICE_KEYS.get(meta.format)
    if key:
        shared = " ".join(str(rule("META017").data.get(key, "")).split())
        for finding in found:
            own = str(rule(finding.rule).data.get(key, "")) if finding.rule.startswith("META") else ""
            if own:
                finding.advice = " ".join(own.split())
            elif shared and _names_exiftool(finding.advice, office=key == "office_advice"):
                finding.advice = shared
    return found


def _conditional_sections(fields: list[Field], found: list[Finding], name: str, where: Origin) -> None:
    """META029 at info for an ODF text's sections shown on a condition (text:display="condition",
    office.CONDITION_SECTIONS_FIELD): a mail-merge letter shows or hides them as its fields say,
    which cannot be worked out in general, so they are not text "a reader does not see" (rev15a
    item 8: a section always shown was META029 medium). Added to the file's META029 when it has
    one; else a finding of its own at info."""
    from nymaudit.metadata.findings import _evidence, rule
    from nymaudit.metadata.office import CONDITION_SECTIONS_FIELD
    from nymaudit.model import Severity

    said = [f for f in fields if f.group == "layout" and f.name == CONDITION_SECTIONS_FIELD]
    if not said:
        return
    sentence = (f"It has {said[0].value}: LibreOffice shows or hides such a section as its condition "
                "says (a mail merge's fields), which nymaudit does not work out; its words were read "
                "with the rest.")
    current = next((x for x in found if x.rule == "META029"), None)
    if current is not None:
        current.message = f"{current.message.rstrip()} {sentence}"
        current.evidence = f"{current.evidence}; {_evidence(said)}"
        return
    found.append(rule("META029").finding(
        f"{name} holds sections shown on a condition. {sentence} Check that each condition shows "
        "or hides what you mean before you publish it.",
        _evidence(said), where, severity=Severity.INFO))


# The package folders whose part names are the program's, not the writer's (safe to show under
# --redact); a PDF attachment's name is the writer's own and is not repeated in a message.
_PART_DIRS = ("word/", "xl/", "ppt/", "Pictures/")


def _embedded_origin(meta: FileMeta, fields: list[Field], found: list[Finding], name: str,
                     where_file: Origin) -> None:
    """A finding whose value came from a picture or file inside the document says so (rev12e
    item 8: a stock photo's "Artist=Getty Images / ..." and its UTC-05:00 read as the
    document's own person and time zone), and its evidence ends "inside=<where>": the dossier
    then lists a picture's names and device apart from the writer's, and leaves its time zone
    out (findings.dossier_row; mta13 item 1). A picture whose own names include the document's
    author is the writer's: its values are the writer's and keep their rows."""
    from nymaudit.metadata.findings import CREDITED_MARK, INSIDE_KEY, _short
    from nymaudit.model import Confidence, Severity

    if not meta.embedded:
        return
    own = {f.value for f in fields if (f.name, f.value) not in meta.embedded}
    writers = _writers_pictures(meta, fields)
    credited = _others_pictures(meta, fields, writers)
    named = _named_pictures(meta, fields, writers | set(credited))
    for finding in found:
        if not finding.rule.startswith("META"):
            continue
        for (field_name, value), where in meta.embedded.items():
            if where in writers or len(value) < 3 or value in own or value not in finding.message:
                continue
            # The finding must be about the embedded value, not list it beside the document's own
            # (META012 "Creator 'Alice Realname'. It also names: Artist 'Phil Harvey'": the caveat
            # made the writer's own name look like a stock photo's; review rev12g 3).
            about = finding.clue.value if finding.clue is not None else finding.message
            if value not in about or any(len(v) >= 3 and v in about for v in own):
                continue
            inside = where if where.startswith(_PART_DIRS) else "a file attached to the PDF"
            who = credited.get(where)
            if who is None and where in named:
                # A person's name in the picture that is not the document's author (rev13a item 1): the
                # writer's real name behind a pseudonymous Author as likely as another photographer's.
                # Not demoted: said, with the confidence of a picture that names no one.
                credit_field, person = named[where]
                finding.message = (
                    f"{finding.message.rstrip()} It is the {field_name} of {inside}, a picture whose "
                    f"{credit_field} names '{_short(person)}', not the document's author: if that is "
                    "your own name (the author a pseudonym), the picture is yours and this is about you; "
                    "if someone else took it, it is about them.")
                if finding.rule in _PICTURE_FACTS and finding.confidence > Confidence.MEDIUM:
                    finding.confidence = Confidence.MEDIUM
            elif who is None:
                finding.message = (f"{finding.message.rstrip()} It is the {field_name} of {inside}: it "
                                   "tells about that file, not necessarily about the document's writer.")
                # A picture that names no one may be a photo the writer took, or one found on the
                # web: a position or serial in it is not sure to be the writer's (red13 item 3).
                if finding.rule in _PICTURE_FACTS and finding.confidence > Confidence.MEDIUM:
                    finding.confidence = Confidence.MEDIUM
            else:
                # A stock or agency photo: its position, serial and camera are that agency's
                # photographer's (red13 item 3: a Getty photo of the Maasai Mara was a critical,
                # high-confidence place of the writer).
                finding.message = (
                    f"{finding.message.rstrip()} It is the {field_name} of {inside}, a picture "
                    f"credited to '{_short(who)}', from a picture agency, not to the document's author: it "
                    "tells where and with what that photographer worked, not about the document's "
                    "writer. Remove it all the same: it is published with the document.")
                finding.confidence = Confidence.LOW
                finding.severity = min(finding.severity, Severity.MEDIUM)
            finding.evidence = (f"{finding.evidence}{CREDITED_MARK if who is not None else ''}; "
                                f"{INSIDE_KEY}={inside.removesuffix(' inside the document')}")
            break
    found.extend(_named_picture_findings(named, name, where_file))


def _named_picture_findings(named: dict[str, tuple[str, str]], name: str,
                            where_file: Origin) -> list[Finding]:
    """META012 for each person a picture inside the document names who is not its author: the
    name goes to the writer's identity in the dossier, at low confidence, with the caveat that it
    may be the photographer's (rev13a item 1: a newsletter by 'nightowl42' holding the writer's
    iPhone photo with Artist 'Jane Whitfield' said the real name only in "It also names")."""
    from nymaudit.metadata.findings import INSIDE_KEY, NAMED_MARK, _short, rule

    out: list[Finding] = []
    seen: set[str] = set()
    for where, (credit_field, person) in named.items():
        if person.casefold() in seen:
            continue
        seen.add(person.casefold())
        inside = where if where.startswith(_PART_DIRS) else "a file attached to the PDF"
        # "It is the ... of" as the other findings about a picture: grouped across files, the
        # caveat is kept from there (attachments.grouped_note).
        out.append(rule("META012").finding(
            f"{name} names a person in a picture inside it: {credit_field} '{_short(person)}'. It is "
            f"the {credit_field} of {inside}, not the document's author: if the "
            "author is your pseudonym and this is your name, the document ties the two together; if "
            "someone else took the picture, it names them.",
            f"{credit_field}={person}{NAMED_MARK}; "
            f"{INSIDE_KEY}={inside.removesuffix(' inside the document')}",
            where_file, clue_value=_short(person), confidence="low",
        ))
    return out


# A copyright notice's words around a name ("(c) 2024 Alice Quill. All rights reserved").
_NAME_NOISE = re.compile(r"\(c\)|©|copyright|all rights reserved|\b(?:19|20)\d\d\b|[.,;:]", re.IGNORECASE)


def _name_key(value: str) -> str:
    return " ".join(_NAME_NOISE.sub(" ", value).casefold().split())


def _writers_pictures(meta: FileMeta, fields: list[Field]) -> set[str]:
    """Where the pictures inside the document sit whose own person fields (Artist, Copyright,
    XMP creator) name the document's author: the writer's own photos."""
    from nymaudit.metadata.findings import MANAGER_FIELDS, ORG_NAMES, REVIEWER_FIELDS

    not_author = REVIEWER_FIELDS | MANAGER_FIELDS | ORG_NAMES
    authors = {key for f in fields if f.group == "person" and f.name not in not_author
               and (f.name, f.value) not in meta.embedded
               for key in [_name_key(f.value)] if len(key) >= 3}
    if not authors:
        return set()
    out: set[str] = set()
    for f in fields:
        where = meta.embedded.get((f.name, f.value))
        if where is None or f.group != "person":
            continue
        key = _name_key(f.value)
        if any(a == key or f" {a} " in f" {key} " for a in authors):
            out.add(where)
    return out


# The findings about where and with what a picture was taken: whose they are depends on whose
# picture it is (_embedded_origin).
_PICTURE_FACTS = {"META010", "META011", "META014", "META015", "META016"}
# The fields of a picture that credit it: its photographer, owner or the agency that sells it.
_CREDIT_FIELDS = {"Artist", "Copyright", "By-line", "Byline", "Creator", "Credit", "Source", "Rights",
                  "OwnerName", "CameraOwnerName", "Photographer", "CopyrightNotice", "Author"}


def _agencies() -> re.Pattern[str]:
    from nymaudit.metadata.findings import rule

    names = [str(n) for n in rule("META012").data.get("picture_agencies", [])]
    if not names:
        return re.compile(r"(?!x)x")
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)", re.IGNORECASE)


def _others_pictures(meta: FileMeta, fields: list[Field], writers: set[str]) -> dict[str, str]:
    """Where the pictures inside the document sit that are someone else's, with the credit that
    says so: a picture naming a stock or news agency (heuristics META012 `picture_agencies`).
    A person's name that is not the author's is not enough (rev13a item 1): for a pseudonymous
    account the author is meant to differ from the real name, and the camera owner's name in the
    writer's own photo is the worst leak, not a sign of a stock photo (_named_pictures)."""
    agencies = _agencies()
    found: dict[str, str] = {}
    for f in fields:
        where = meta.embedded.get((f.name, f.value))
        if where is None or where in writers or where in found:
            continue
        credit = f.name.rpartition(":")[2] in _CREDIT_FIELDS
        if (credit or f.group == "person") and agencies.search(f.value) is not None:
            found[where] = f.value
    return found


def _named_pictures(meta: FileMeta, fields: list[Field], skip: set[str]) -> dict[str, tuple[str, str]]:
    """Where the pictures inside the document sit whose credit (Artist, Copyright, camera owner)
    names a person when the document names an author and it is not them, with the field and the
    name: the writer's real name behind a pseudonym, or another photographer's; said as either."""
    from nymaudit.metadata.findings import MANAGER_FIELDS, ORG_NAMES, REVIEWER_FIELDS, program_authors

    not_author = REVIEWER_FIELDS | MANAGER_FIELDS | ORG_NAMES
    programs = program_authors()  # python-docx's "python-docx" names no author to compare with
    has_author = any(f.group == "person" and f.name not in not_author
                     and (f.name, f.value) not in meta.embedded and len(_name_key(f.value)) >= 3
                     and f.value.strip().casefold() not in programs
                     for f in fields)
    found: dict[str, tuple[str, str]] = {}
    if not has_author:
        return found
    for f in fields:
        where = meta.embedded.get((f.name, f.value))
        if where is None or where in skip or where in found or f.group != "person":
            continue
        if f.name.rpartition(":")[2] in _CREDIT_FIELDS and len(_name_key(f.value)) >= 3:
            found[where] = (f.name.rpartition(":")[2], f.value)
    return found


def _names_exiftool(advice: str, office: bool) -> bool:
    """Advice that sends the user to ExifTool: wrong for a PDF (reversible) and a .docx
    (refused). Office advice that already names the Document Inspector is kept."""
    low = advice.casefold()
    if "exiftool" not in low:
        return False
    return not (office and ("inspect document" in low or "document inspector" in low))


def _work_account(fields: list[Field], found: list[Finding], name: str, where: Origin) -> None:
    """The e-mail domain of a work account (provider AD) that wrote or commented on the file:
    META020 at medium confidence (a domain, not a name; a guest or consultant account sits in
    another organisation's tenant), or evidence for a META020 already raised."""
    from nymaudit.metadata.findings import _evidence, rule

    accounts = [(m.group(1).lower(), f) for f in fields if f.name == "PresenceUserId"
                for m in [_WORK_ACCOUNT.search(f.value)] if m]
    if not accounts:
        return
    current = next((x for x in found if x.rule == "META020"), None)
    if current is not None:
        current.evidence = f"{current.evidence}; {_evidence([f for _, f in accounts])}"
        return
    domain, f = accounts[0]
    found.append(rule("META020").finding(
        f"{name} names an organisation: '{domain}', the domain of a work account ({f.name}).",
        _evidence([f for _, f in accounts]), where,
        clue_value=domain, confidence="medium",
    ))


def _unlinked_info(fields: list[Field], found: list[Finding]) -> None:
    """The PDF's last update unlinked its Info dictionary (pdf.py says so in the Revisions
    field): META021's values are what that update hid, still in the file."""
    revisions = next((f.value for f in fields if f.name == "Revisions"), "")
    if "unlinks the Info dictionary" not in revisions:
        return
    tool = "ExifTool's" if revisions.partition(" (")[2].startswith("ExifTool") else "The last"
    for finding in found:
        if finding.rule == "META021":
            finding.message = (
                f"{finding.message} {tool} update only unlinked the Info dictionary: the values "
                "are still in the file, and `exiftool -PDF-update:all=` or any PDF tool reading "
                "the earlier revision shows them again."
            )


# --- Word text hidden by its style (META029's HiddenParts, doc15 item 1) ----------------------
# office.py counts runs whose own properties say <w:vanish/>; a run can be hidden by its
# character style (w:rStyle) or its paragraph's style (w:pStyle, or the default paragraph style),
# whose run properties in styles.xml say w:vanish, through w:basedOn (doctext._word_styles reads
# them, bounded: MAX_STYLES styles, MAX_STYLE_DEPTH links, a loop ends). A run's own w:vanish,
# on or off, decides for it (office.py has counted it when on), so no run is counted twice.
_W_RUN_TAG = re.compile(rb"<(/?)w:(p|r|pStyle|rStyle|vanish)([\s/][^<>]{0,2000})?>")
_W_VAL = re.compile(rb'\bw:val="([^"<>]{1,255})"')
_W_VANISH_OFF = re.compile(rb'\bw:val="(?:0|false|off)"')
STYLE_STYLES_SECONDS = 5.0  # reading styles.xml (its own clock: a count is an extra)


def word_hidden_styles(styles_xml: bytes | None):  # type: ignore[no-untyped-def]
    """The styles of a Word document that hide their text (doctext._HiddenStyles), or None when
    none does (the body needs no second look). Lazy import: metadata runs without doctext."""
    if not styles_xml or b"vanish" not in styles_xml:
        return None
    from nymaudit.sources import doctext

    try:
        styles = doctext._word_styles(styles_xml, doctext._Clock(STYLE_STYLES_SECONDS))
    except doctext._OutOfTime:
        return None
    return styles if styles.base or any(styles.says.values()) else None


def style_hidden_runs(part: bytes, styles, limit: int = 10_000,  # type: ignore[no-untyped-def]
                      max_run: int = 4 * 1024 * 1024) -> list[bytes]:
    """The runs (<w:r>...</w:r>) of a Word part hidden by their style and not by their own
    w:vanish: at most ``limit``, each at most ``max_run`` bytes. Linear: one pass of a regex
    that stops at the next "<"."""
    runs: list[bytes] = []
    paragraphs: list[bool] = []  # open paragraphs: whether their style hides their runs
    start = -1
    own: bool | None = None
    style: bool | None = None
    for m in _W_RUN_TAG.finditer(part):
        closing, tag, attrs = m.group(1) == b"/", m.group(2), m.group(3) or b""
        if attrs.endswith(b"/") and tag in (b"p", b"r"):
            continue
        if tag == b"p":
            if closing:
                if paragraphs:
                    paragraphs.pop()
            else:
                paragraphs.append(styles.paragraph_hides(None))
        elif tag == b"pStyle":
            if paragraphs and (val := _W_VAL.search(attrs)):
                paragraphs[-1] = styles.paragraph_hides(val.group(1))
        elif tag == b"r":
            if not closing:
                start, own, style = m.start(), None, None
            elif start >= 0:
                hides = style if style is not None else bool(paragraphs) and paragraphs[-1]
                if own is None and hides and m.end() - start <= max_run:
                    runs.append(part[start:m.end()])
                    if len(runs) >= limit:
                        break
                start = -1
        elif start >= 0 and not closing:
            if tag == b"rStyle" and (val := _W_VAL.search(attrs)):
                style = styles.says.get(val.group(1))
            elif tag == b"vanish":
                own = not _W_VANISH_OFF.search(attrs)
    return runs


# --- RTF comments and tracked deletions (META029's CommentText and DeletedText, doc15 item 3) ---
_RTF_SIDE = re.compile(rb"\\(?:annotation|deleted)(?![a-zA-Z])")


def rtf_side_text(data: bytes, authors: list[str] | None = None) -> dict[str, tuple[int, int]]:
    """An RTF's comments ({\\*\\annotation ...}) and deleted passages (\\deleted; one a paragraph):
    kind -> (items, words), counted by the document-words reader as it reads them (its caps and
    10 s clock), so the count and the records the text rules see agree. Empty when the file has
    neither (one bounded search: most RTFs are not read twice). ``authors``, when given, gets the
    names the comments' \\atnauthor give (doc15c: a reviewer's comment was named nowhere)."""
    if not _RTF_SIDE.search(data, 0, 32 * 1024 * 1024):
        return {}
    from nymaudit.sources.doctext import document_text

    read = document_text(data, "rtf")
    if authors is not None:
        authors.extend(read.comment_authors)
    return {kind: (items, words) for kind, (items, words) in read.side.items()}
