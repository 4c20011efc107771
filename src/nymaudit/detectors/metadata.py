"""Attachment metadata in a scan: every attachment of the account is read in
memory and checked (META010-022), linked to the others and to the files under
``--known`` (META023/024), with an honest note when the archive holds the
platform's re-encoded copies rather than the originals (META025)."""

from __future__ import annotations

import contextlib
import dataclasses
import os

from nymaudit.detectors import ScanContext
from nymaudit.metadata.attachments import (
    CheckedFile,
    ScanBudget,
    check_bytes,
    grouped_note,
    relate_sidecars,
    unchecked_findings,
    unreadable,
)
from nymaudit.metadata.core import Field
from nymaudit.metadata.linkage import LinkedFile, link_files, platform_copy_findings
from nymaudit.model import Attachment, Corpus, DetectorResult, Finding

MAX_ATTACHMENT_BYTES = 512 * 1024 * 1024
# --known folders are walked for files that can carry metadata; a cheap name
# filter first (the content still decides the format), and caps so a large
# documents folder cannot stall the scan.
KNOWN_SUFFIXES = (
    ".jpg", ".jpeg", ".jpe", ".tif", ".tiff", ".png", ".webp", ".heic", ".heif", ".avif",
    ".dng", ".cr2", ".cr3", ".crw", ".nef", ".nrw", ".arw", ".orf", ".rw2", ".raf", ".pef",
    ".srw", ".mrw", ".iiq", ".psd", ".gif", ".jp2", ".eps", ".pdf", ".docx", ".docm", ".dotx",
    ".dotm", ".xlsx", ".xlsm", ".pptx", ".odt", ".ods", ".odp", ".ott", ".mov", ".mp4",
    ".m4v", ".3gp", ".avi", ".wav", ".xmp", ".svg", ".svgz", ".ico",
    # Text formats read since the eighth session (29 November 2026).
    ".rtf", ".gpx", ".kml", ".tcx", ".igc", ".nmea", ".vcf", ".ics",
)
MAX_KNOWN_FILES = 5000
MAX_KNOWN_BYTES = 4 * 1024**3


def _check(att: Attachment, display: str, budget: ScanBudget | None = None) -> CheckedFile:
    if budget is not None and budget.spent:  # not even read: listed as not checked
        return budget.skip(display, att.post_id)
    if att.size is not None and att.size > MAX_ATTACHMENT_BYTES:
        return unreadable(display, "larger than the 512 MiB cap; skipped", att.post_id)
    from nymaudit.metadata.attachments import check_meta, take_extracted

    kept = take_extracted(att)  # read by the timing step (TIME009): not read twice (rev12b item 5)
    if kept is not None:
        return check_meta(kept[0], display, att.post_id, budget, spent=kept[1])
    try:
        data = att.read()
    except Exception as exc:  # the loader wraps the input tree: any failure is an input problem
        return unreadable(display, f"cannot read: {exc}", att.post_id)
    return check_bytes(data, display, att.post_id, budget)


def _known_files(label: str, corpus: Corpus) -> list[LinkedFile]:
    """The writer's real-name files: the known corpus's attachments, plus every
    file under its input paths that can carry metadata (readers of plain text
    folders list no attachments)."""
    from pathlib import Path

    from nymaudit.sources.tree import open_tree

    found: dict[str, LinkedFile] = {}
    for att in corpus.attachments:
        cf = _check(att, f"{label}:{att.path}")
        found[cf.display] = LinkedFile(cf.display, cf.meta, label, cf.record)
    total = 0
    for summary in corpus.inputs:
        try:
            tree = open_tree(Path(summary.path))
        except Exception:  # the scan already reported unreadable inputs
            continue
        try:
            for member in tree.members():
                if len(found) >= MAX_KNOWN_FILES or total >= MAX_KNOWN_BYTES:
                    break
                if not member.name.lower().endswith(KNOWN_SUFFIXES):
                    continue
                display = f"{label}:{member.name}"
                if display in found or member.size > MAX_ATTACHMENT_BYTES:
                    continue
                try:
                    data = tree.read(member.name, MAX_ATTACHMENT_BYTES)
                except Exception:
                    continue
                total += len(data)
                cf = check_bytes(data, display)
                found[display] = LinkedFile(display, cf.meta, label, None)
        finally:
            tree.close()
    return list(found.values())


# What the metadata of several files says when it states the same fact: "In 300 files
# (first: ...) the metadata " + this. Rules left out (a file's identifiers, free text, a
# crop) carry no clue value and stay per file; so do positions and times that differ.
SAME_FACT = {
    "META010": "holds the GPS position {v}",
    "META011": "carries the serial number {v}, the same in every file the device makes",
    "META012": "names a person or account: '{v}'",
    "META014": "states the time zone the device was set to: {v}",
    "META015": "names a place: '{v}'",
    "META016": "says which device made them: {v}",
    "META017": "names the software that made or edited them: {v}",
    "META019": "holds a file path with the user name '{v}'",
    "META020": "names an organisation: '{v}'",
    "META021": "keeps a value an earlier revision held: '{v}'",
}


# same_facts' grouping key for META014 findings whose evidence states offsets alone.
OFFSETS = "\x00offsets"
# Evidence parts a grouped META014 lists (the fields seen across its files).
MAX_JOINED_EVIDENCE = 8


def _joined_evidence(evidences: list[str]) -> str:
    """The distinct "Field=offset" parts of several files' evidence, in order of first sight."""
    parts: dict[str, None] = {}
    for evidence in evidences:
        for part in evidence.split(";"):
            part = part.strip()
            if part and not (part.startswith("(+") and part.endswith(" more)")):
                parts[part] = None
    listed = list(parts)
    more = len(listed) - MAX_JOINED_EVIDENCE
    return "; ".join(listed[:MAX_JOINED_EVIDENCE] + ([f"(+{more} more)"] if more > 0 else []))


def same_facts(findings: list[Finding]) -> list[Finding]:
    """One finding per fact that several files' metadata state alike (same rule, clue,
    severity, confidence and evidence; for META014's stored offsets the offsets alone, see
    below), with the count and the first files, as the text
    detectors do (docs/architecture.md): 300 photos of one camera gave 601 findings. A fact
    of one file keeps its own wording; a contact card's stays per file (its note differs)."""
    from nymaudit.metadata.findings import DEVICE_NAME_FIELDS, offsets_only
    from nymaudit.text.tally import where

    groups: dict[tuple, list[Finding]] = {}
    for f in findings:
        clue = f.clue
        key: tuple = (id(f),)
        if clue is not None and f.rule in SAME_FACT and clue.kind != "contact":
            # A stored UTC offset is one fact whichever fields state it (OffsetTime in one photo,
            # XMP DateCreated in the next): grouped by the offsets alone, and the group's evidence
            # lists every field seen (mta14: one META014 per set of fields, not per offset).
            shown = OFFSETS if f.rule == "META014" and offsets_only(f.evidence) else f.evidence
            key = (f.rule, clue.kind, clue.value, f.severity, f.confidence, shown)
        groups.setdefault(key, []).append(f)
    out: list[Finding] = []
    for key, group in groups.items():
        first = group[0]
        if len(group) == 1 or first.clue is None:
            out.append(first)
            continue
        if key[-1] == OFFSETS:
            first = dataclasses.replace(first, evidence=_joined_evidence([f.evidence for f in group]))
        value = first.clue.value
        if first.rule == "META011":
            tag, _, serial = value.partition(" ")
            value = f"{serial} ({tag})" if serial else value
        files = list(dict.fromkeys(f.location for f in group))
        seen = where(files, len(group), "file")  # "in 300 files (first: a.jpg, b.jpg, c.jpg, …)"
        said = SAME_FACT[first.rule].format(v=value)
        if first.rule == "META014" and _is_utc_clock(first):
            # +00:00 alone, said as the one file's finding says it (mfx14b, rev14b item 3): not
            # "the time zone the device was set to", which only a raised one (a winter clock) is.
            from nymaudit.metadata.findings import UTC_CLOCK_SAID, UTC_ZONES_SAID

            said = (f"states the offset UTC+00:00 and no time zone name: {UTC_CLOCK_SAID} "
                    f"(this finding's advice), and also the clock of {UTC_ZONES_SAID}, so on its own it "
                    "says little")
        owner_field = first.evidence.partition("=")[0]
        if first.rule == "META012" and owner_field in DEVICE_NAME_FIELDS:
            # A device named after its owner (findings.device_owner, mta15b): said as such.
            said = (f"names its owner in the name of the device they were made on: «{value}» "
                    f"({owner_field} «{first.evidence.partition('=')[2].split('; ')[0]}»)")
        if first.rule == "META017" and f"HostComputer={first.clue.value}" in first.evidence:
            # The clue is the computer's name (findings.file_findings, mta15b), not a program's.
            said = f"names the computer they were made or edited on: «{value}» (HostComputer)"
        out.append(dataclasses.replace(
            first, message=f"{seen[0].upper()}{seen[1:]} the metadata {said}.{grouped_note(first)}",
            clue=dataclasses.replace(first.clue, count=len(group))))
    return out


# A serial field that names the camera body, not a part that moves between bodies (a lens, a flash).
_PART_SERIALS = ("lens", "flash", "extender", "accessory")


@dataclasses.dataclass(frozen=True)
class Device:
    """The device a file came from, as its metadata names it: its body serials (field -> serial,
    normalised as linkage does: a placeholder "0000000000" is none) and its make and model."""

    serials: tuple[tuple[str, str], ...]
    model: str

    def same_as(self, other: Device) -> bool:
        """Serials decide when BOTH files state one in the same field (two cameras of one model are
        two devices); a file without one (a JPEG its editor re-wrote, a phone) is matched by make and
        model, as before (mta16 item 1)."""
        mine, theirs = dict(self.serials), dict(other.serials)
        shared = mine.keys() & theirs.keys()
        if shared:
            return all(mine[name] == theirs[name] for name in shared)
        # Serials in different fields only (a maker note's vs EXIF's): not comparable, the model decides.
        return bool(self.model) and self.model == other.model


def _device(cf: CheckedFile) -> Device | None:
    """The device a file came from (``Device``), None when its metadata names none."""
    return device_from(cf.meta.fields)


def device_from(fields: list[Field]) -> Device | None:
    """The device these metadata fields name (``Device``), None when they name none: META014's peers
    here, TIME009's in `check --history` (timing.photos.device_of), so the two match alike (mta16c)."""
    from nymaudit.metadata.linkage import _norm_serial

    serials: dict[str, str] = {}
    for f in [f for f in fields if f.group == "serial"] + [f for f in fields if f.group == "device"]:
        name = f.name.lower()
        if "serial" not in name or any(part in name for part in _PART_SERIALS):
            continue
        # ExifTool's SerialNumber is EXIF 2.3's BodySerialNumber and Kodak's CameraSerialNumber.
        key = "serialnumber" if name in ("bodyserialnumber", "cameraserialnumber") else name
        value = _norm_serial(f.value)
        if value is not None:
            serials.setdefault(key, value)
    named = {f.name: f.value.strip() for f in fields if f.group == "device" and f.name in ("Make", "Model")}
    model = f"{named.get('Make', '')} {named.get('Model', '')}".strip().casefold()
    if not serials and not model:
        return None
    return Device(tuple(sorted(serials.items())), model)


def _london_offset(cf: CheckedFile) -> int | None:
    """The offset, in hours, London's clock had on the day the file was taken (0 in winter,
    1 in summer), from its first EXIF-style capture time; None without one."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    for f in cf.meta.values("time"):
        if f.name in ("DateTimeOriginal", "CreateDate", "DateTimeDigitized", "DateTime"):
            try:
                when = datetime.strptime(f.value.strip()[:19], "%Y:%m:%d %H:%M:%S")
                delta = when.replace(tzinfo=ZoneInfo("Europe/London")).utcoffset()
            except (ValueError, OverflowError):
                continue
            return int(delta.total_seconds() // 3600) if delta is not None else None
    return None


def _offsets_of(cf: CheckedFile) -> list[str]:
    """The offsets a file's clock states, or the one derived from its GPS time when none is stored."""
    from nymaudit.metadata.findings import derived_offset, utc_offsets

    stated = utc_offsets(cf.meta.fields)
    if stated:
        return stated
    derived = derived_offset(cf.meta.fields)
    if derived is not None:
        return [derived[0]]
    # No offset stored or derived: the camera's world clock (a Canon or Nikon set to London with
    # summer time on is +01:00), as findings._world_clock_finding says it (mta15b).
    from nymaudit.metadata.findings import world_clock

    clock = world_clock(cf.meta.fields)
    return [clock.said[3:]] if clock is not None and clock.said else []


def _is_utc_clock(f: Finding) -> bool:
    from nymaudit.model import Severity

    return (f.rule == "META014" and f.severity == Severity.INFO and f.clue is not None
            and f.clue.value == "UTC+00:00")


# At most this many files of `check --history` are read for their device and clock.
MAX_CLOCK_PEERS = 2000


def local_utc_clocks(checked: list[CheckedFile], peers: list[CheckedFile] | None = None) -> None:
    """A file stating +00:00 alone is info (a clock set to UTC, findings._utc_clock_kw), unless
    the same device wrote +01:00 in the British summer and this +00:00 in its winter: then its
    clock follows the UK's, Ireland's or Portugal's, and META014 keeps the rule's severity and
    says why (mfx14, walk14 item 6). The summer file may be any file checked or one of ``peers``
    (`check --history`'s files: the published photo is where the summer offset usually is;
    mfx14b, rev14b item 6); only ``checked`` files' findings change."""
    from nymaudit.rules import rule

    summer_devices: set[Device] = set()
    for cf in [*checked, *(peers or [])]:
        device = _device(cf)
        if device and _offsets_of(cf) == ["+01:00"] and _london_offset(cf) == 1:
            summer_devices.add(device)
    if not summer_devices:
        return
    found = rule("META014")
    why = ("the same device wrote UTC+01:00 in summer: a clock that follows daylight saving time, as "
           "in «the UK, Ireland and Portugal», «not one set to UTC».")
    for cf in checked:
        device = _device(cf)
        if device is None or not any(device.same_as(summer) for summer in summer_devices):
            continue
        if _london_offset(cf) != 0:
            continue
        for f in cf.findings:
            if _is_factory_zone(f):
                _raise_factory_zone(f)
                continue
            if not _is_utc_clock(f):
                continue
            f.severity, f.confidence, f.advice = found.severity, found.confidence, found.advice
            if " records its times" in f.message:  # a stored offset (findings.file_findings' wording)
                name = f.message.split(" records its times", 1)[0]
                f.message = f"{name} records its times with the offset UTC+00:00 in winter, and {why}"
            else:  # derived from the GPS time: its first sentence says how, the rest is this
                f.message = f"{f.message.split('. ', 1)[0].rstrip('.')}. It was taken in winter, and {why}"


def _is_factory_zone(f: Finding) -> bool:
    """META014 for a factory zone (Canon's London, summer time off) said at low confidence
    (findings._FACTORY_SAID, mta15)."""
    from nymaudit.metadata.findings import FACTORY_NOTE
    from nymaudit.model import Confidence

    return f.rule == "META014" and f.confidence == Confidence.LOW and FACTORY_NOTE in f.message


def _raise_factory_zone(f: Finding) -> None:
    """A factory London in winter from a device that wrote +01:00 in a British summer: the summer hour
    shows its clock was set to the UK's time (or Ireland's, or Portugal's), not left as it came
    (mta15's proposal 3). The rule's confidence for a stored offset, medium for a world-clock setting
    (as a chosen city's), and the low-confidence caveat replaced by the reason."""
    from nymaudit.model import Confidence

    head, sep, tail = f.message.rpartition(" But «")
    if not sep:
        return
    city = tail.partition("»")[0]
    stored = " records its times" in head
    f.confidence = Confidence.HIGH if stored else Confidence.MEDIUM
    f.message = (f"{head} «{city}» with summer time off is also the zone cameras come set to, but the "
                 "same device wrote UTC+01:00 in summer: a clock set to the time of «the UK, Ireland or "
                 "Portugal», summer hour and all, not a default left as it came.")


# A photo credit is the writer's own when it names the same person on at least this many of the
# account's photos, and on more than half of them (mfx15, rev15a item 3).
MIN_OWN_CREDITS = 2
_CREDIT_GROUPS = frozenset({"gps", "place", "device"})  # a file with these is a photo (or a camera's file)


def _folded(name: str) -> str:
    """A name compared as a name: letters and digits only, any case ("Rowan Ashby" = "rowan-ashby")."""
    return "".join(ch for ch in name.casefold() if ch.isalnum())


def own_photo_credits(checked: list[CheckedFile], own_names: dict[str, str] | None = None) -> None:
    """A photo credit ("Photo by Rowan Ashby") lowers META010/META015 to low: where a photographer took
    their picture (findings.photo_credit, mta15). On the account's own photos it is the writer's own
    credit, their real name as often as not: the same credit on most of the account's photos (at least
    MIN_OWN_CREDITS), or a name the account goes by (``own_names``: folded name -> how the account
    gives it: the site's author, the posts' byline, a --known label). Then the findings keep the rule's
    confidence and META012 says the credit publishes the name (findings.own_credit; rev15a item 3)."""
    from nymaudit.metadata.findings import PHOTO_CREDIT_MARK, own_credit, photo_credit

    credits: list[tuple[CheckedFile, Field, str]] = []
    photos = 0
    for cf in checked:
        if cf.meta.format == "vcard":
            continue  # a contact card's names are whoever it describes (file_findings' card)
        credit = photo_credit(cf.meta.fields)
        if credit is not None:
            credits.append((cf, credit[0], credit[1]))
        if credit is not None or any(f.group in _CREDIT_GROUPS for f in cf.meta.fields):
            photos += 1
    if not credits:
        return
    counts: dict[str, int] = {}
    for _, _, who in credits:
        counts[_folded(who)] = counts.get(_folded(who), 0) + 1
    named = own_names or {}
    for cf, field, who in credits:
        key, seen = _folded(who), counts.get(_folded(who), 0)
        if key in named:
            why = f"the account's own name ({named[key]})"
        elif seen >= MIN_OWN_CREDITS and seen * 2 > photos:
            why = (f"the credit on all {photos} of the account's photos" if seen == photos
                   else f"the credit on {seen} of the account's {photos} photos")
        else:
            continue
        mine = [f for f in cf.findings if f"{PHOTO_CREDIT_MARK}{who}" in f.evidence]
        if not mine:
            continue
        name = cf.display.rsplit("/", 1)[-1].rsplit("!", 1)[-1] or cf.display
        own_credit(cf.findings, field, who, why, name, mine[0].location)


def account_names(ctx: ScanContext) -> dict[str, str]:
    """The names the account goes by, folded (``_folded``) -> how it gives them: the posts' bylines and
    the site's author (a blog's configuration and front matter: ``author``, ``params.author``,
    ``author.name``), a platform profile's display name (where its reader gives one) and the labels
    of --known writing."""
    names: dict[str, str] = {}
    for label in ctx.known or {}:
        if _folded(label):
            names.setdefault(_folded(label), "the label of your --known writing")
    for post in ctx.corpus.posts:
        if post.kind != "config" or not isinstance(post.extra, dict):
            continue
        key = [part.strip().casefold() for part in str(post.extra.get("config_key", "")).split(".")]
        value = post.text.partition(": ")[2].strip()
        if not _folded(value):
            continue
        if post.extra.get("profile") and key[-1] in ("displayname", "display_name", "name"):
            names.setdefault(_folded(value), "the profile's display name")  # a platform profile's
        elif {"author", "authors"} & set(key) and key[-1] in ("author", "authors", "name"):
            names.setdefault(_folded(value), "the posts' byline" if post.extra.get("front_matter_of")
                             else "the site's author")
    return names


def clock_peers(ctx: ScanContext, checked: list[CheckedFile], budget: ScanBudget) -> list[CheckedFile]:
    """The files of `check --history` (``ctx.options["clock_history"]``, attachments), read for
    their device and clock only when a file checked states +00:00 alone (cheap otherwise)."""
    history = ctx.options.get("clock_history") or []
    if not history or not any(_is_utc_clock(f) or _is_factory_zone(f) for cf in checked for f in cf.findings):
        return []
    return [_check(att, f"history:{att.display}", budget) for att in list(history)[:MAX_CLOCK_PEERS]]


def _published_site(att: Attachment, folders: dict[str, bool]) -> str | None:
    """The blog whose published files ``att`` is among, where its display name does not say so: an
    uploads folder given by a relative path (`scan ../site.xml uploads`, `scan .` inside it: the
    display is "uploads/2025/03/a.jpg", with no wp-content/ in it), or one a post of a WordPress
    export shows (sources.detect._tie_uploads gave it the post's "wp-post-" id). None otherwise:
    findings.published_upload reads the display name as before (mta16 item 4). ``folders``: whether
    each input path is a folder on disk, asked once per input."""
    from nymaudit.metadata.findings import published_upload

    if att.input_path not in folders:
        folders[att.input_path] = os.path.isdir(att.input_path)
    if folders[att.input_path]:  # a folder on disk: its absolute path (an archive's member says its own)
        site = published_upload(f"{os.path.abspath(att.input_path)}/{att.path}")
        if site is not None:
            return site
    if (att.post_id or "").startswith("wp-post-") and not att.platform_copy:
        return "wordpress"
    return None


def detect(ctx: ScanContext) -> DetectorResult:
    findings: list[Finding] = []
    checked: list[tuple[Attachment, CheckedFile]] = []
    budget = ScanBudget()  # the whole scan's metadata time (metadata.attachments)
    from nymaudit.metadata.findings import published_as

    folders: dict[str, bool] = {}
    for att in ctx.corpus.attachments:
        with published_as(_published_site(att, folders)):
            cf = _check(att, att.display, budget)
        checked.append((att, cf))
    # A Google Photos sidecar names the photo beside it, and a position both hold is one
    # finding. An extra, as linkage below: a bug in it must not lose the files' findings.
    with contextlib.suppress(Exception):
        relate_sidecars([(f"{att.input_path}\x1f{att.path.rpartition('/')[0]}", att.path.rpartition("/")[2],
                          cf) for att, cf in checked])
    with contextlib.suppress(Exception):  # an extra: a bug in it must not lose the findings
        mine = [cf for _, cf in checked]
        local_utc_clocks(mine, clock_peers(ctx, mine, budget))
    with contextlib.suppress(Exception):  # an extra, as above
        own_photo_credits([cf for _, cf in checked], account_names(ctx))
    for _, cf in checked:
        findings.extend(cf.findings)
    if not ctx.options.get("per_file"):
        # `check` keeps one finding a file: its SARIF annotates each draft's own files.
        findings = same_facts(findings)
    findings.extend(unchecked_findings([cf for _, cf in checked]))

    linked = [LinkedFile(cf.display, cf.meta, None, cf.record) for _, cf in checked]
    for label, corpus in (ctx.known or {}).items():
        linked.extend(_known_files(label, corpus))
    # Linkage is an extra; a bug in it must not lose the findings above.
    with contextlib.suppress(Exception):
        findings.extend(link_files(linked))

    copies = [(cf.display, cf.status) for att, cf in checked if att.platform_copy]
    # The reader of each copy's input names its platform in META025 (walk16 item 14).
    formats = {summary.path: summary.format for summary in ctx.corpus.inputs}
    readers = [formats.get(att.input_path, "") for att, _ in checked if att.platform_copy]
    findings.extend(platform_copy_findings(copies, total=len(checked), platforms=readers))

    counts: dict[str, int] = {"identifying": 0, "clean": 0, "unsupported": 0, "unreadable": 0}
    for _, cf in checked:
        counts[cf.status] = counts.get(cf.status, 0) + 1
    section = {
        "attachments": len(checked),
        "platform_copies": len(copies),
        "by_status": counts,
        "known_files": len(linked) - len(checked),
    }
    return DetectorResult(findings=findings, sections={"metadata": section})
