"""Check one file's bytes end to end: extract, find, decide the status. Shared
by ``nymaudit meta`` and the scan detector so both say the same thing."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from nymaudit.metadata import extract
from nymaudit.metadata.core import PARTIAL_READ, FileMeta
from nymaudit.metadata.findings import file_findings, status_of
from nymaudit.metadata.takeout import LABEL as SIDECAR_LABEL
from nymaudit.model import Finding, Origin

if TYPE_CHECKING:
    from nymaudit.rules import Rule


@dataclass
class CheckedFile:
    display: str
    meta: FileMeta
    status: str
    findings: list[Finding] = field(default_factory=list)
    record: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": self.display,
            "format": self.meta.format,
            "status": self.status,
            "error": self.meta.error,
            "fields": [f.as_dict() for f in self.meta.fields],
            "findings": [f.as_dict() for f in self.findings],
        }


# What reading the metadata of one scan's attachments may cost in all, in CPU seconds of the
# reading thread (the per-file budget is core.DEFAULT_BUDGET_SECONDS). Since 29 November 2026
# (ninth session): a 265 KB zip of 200 PNGs, each spending its whole per-file budget, cost
# 209 s of CPU, and ~10,900 such members (a 14 MB zip) hours. 120 s is about a million photos
# at the measured 0.12 ms each, or 80 files that each use the whole per-file budget.
SCAN_BUDGET_SECONDS = 120.0
SCAN_BUDGET_SPENT = "not checked: the scan's time budget for reading metadata was spent"
_cpu = time.thread_time  # the clock of both budgets (a test replaces it to count instead)


class ScanBudget:
    """The metadata time one scan may still spend; past it the rest are not read but listed
    (one META026 finding, which `check` raises to medium: it fails closed on them)."""

    def __init__(self, seconds: float | None = None) -> None:
        self.left = SCAN_BUDGET_SECONDS if seconds is None else seconds

    @property
    def spent(self) -> bool:
        return self.left <= 0

    def skip(self, display: str, record: str | None = None) -> CheckedFile:
        return unreadable(display, SCAN_BUDGET_SPENT, record)


# What the timing step (timing/photos.py, TIME009) extracted from a scan's photos, handed to
# the metadata detector so that no photo is read twice: a second read counted against the
# input's total read cap (sources.tree.MAX_TOTAL_BYTES), and the metadata detector then had half
# of it left (rev12b item 5, twelfth session). id(attachment) -> (the attachment, its
# metadata, the CPU seconds extracting took); the attachment is held so its id stays its own.
_EXTRACTED: dict[int, tuple[Any, FileMeta, float]] = {}


def keep_extracted(att: Any, meta: FileMeta, seconds: float = 0.0) -> None:
    _EXTRACTED[id(att)] = (att, meta, seconds)


def take_extracted(att: Any) -> tuple[FileMeta, float] | None:
    """An attachment's metadata as the timing step extracted it, once (then forgotten)."""
    kept = _EXTRACTED.get(id(att))
    if kept is None or kept[0] is not att:
        return None
    del _EXTRACTED[id(att)]
    return kept[1], kept[2]


def forget_extracted() -> None:
    _EXTRACTED.clear()


def check_bytes(data: bytes, display: str, record: str | None = None,
                budget: ScanBudget | None = None) -> CheckedFile:
    if budget is not None and budget.spent:
        return budget.skip(display, record)
    started = _cpu()
    return check_meta(extract(data), display, record, budget, started)


def check_meta(meta: FileMeta, display: str, record: str | None = None, budget: ScanBudget | None = None,
               started: float | None = None, spent: float = 0.0) -> CheckedFile:
    """A file's findings and status from its extracted metadata; the budget is charged from
    ``started`` (when extracting began here) or with ``spent`` (extracted elsewhere)."""
    if budget is not None and budget.spent:
        return budget.skip(display, record)
    if started is None:
        started = _cpu() - spent
    try:
        findings = file_findings(meta, display, record)
    except Exception as exc:  # a finding bug must not hide the fields
        findings = []
        meta.error = (meta.error + "; " if meta.error else "") + f"findings failed: {type(exc).__name__}"
    if budget is not None:
        budget.left -= _cpu() - started
    return CheckedFile(display, meta, status_of(meta, findings), findings, record)


# PARTIAL_READ (core) is what the extractor appends when it stopped before the end of a
# file (core.BudgetExceeded, a nesting or count cap: Collector.skipped): not "truncated",
# which is the file's own state, read to its end.
__all__ = ["PARTIAL_READ", "SCAN_BUDGET_SPENT", "CheckedFile", "ScanBudget", "check_bytes", "check_meta",
           "forget_extracted", "grouped_note", "keep_extracted", "relate_sidecars", "take_extracted",
           "unchecked_findings", "unreadable"]


def unreadable(display: str, reason: str, record: str | None = None) -> CheckedFile:
    meta = FileMeta(format="unknown", error=reason)
    return CheckedFile(display, meta, "unreadable", [], record)


def unchecked_findings(files: list[CheckedFile]) -> list[Finding]:
    """META026: unreadable files one by one, unsupported ones as one finding."""
    from nymaudit.metadata.findings import rule

    found: list[Finding] = []
    late = [cf for cf in files if cf.meta.error == SCAN_BUDGET_SPENT]
    for cf in files:
        if cf.meta.error == SCAN_BUDGET_SPENT:
            continue  # one finding for them all, below
        if cf.meta.error and PARTIAL_READ in cf.meta.error and cf.status != "unsupported":
            # Cut short by the time budget or the nesting limit: what was read is reported,
            # the rest was not checked. Without this a drawing built to take 2 s read as
            # "clean" and passed `check` (which raises META026 to medium).
            found.append(rule("META026").finding(
                f"{cf.display} was only partly checked ({cf.meta.error}); the rest of the file "
                "may hold metadata.",
                cf.meta.error, Origin(path=cf.display, record=cf.record),
            ))
        elif cf.status == "unreadable":
            found.append(rule("META026").finding(
                f"{cf.display} could not be checked: {cf.meta.error or 'unreadable'}.",
                cf.meta.error or "", Origin(path=cf.display, record=cf.record),
            ))
    if late:
        from nymaudit.formatting import plural

        names = ", ".join(cf.display for cf in late[:3])
        found.append(rule("META026").finding(
            f"{plural(len(late), 'attachment')} not checked for metadata: the scan's time budget "
            f"for reading metadata ({SCAN_BUDGET_SECONDS:.0f} s of CPU) was spent before "
            f"{'it' if len(late) == 1 else 'them'} (first: {names}" + (" ..." if len(late) > 3 else "")
            + "); they may hold metadata.",
            "", Origin(path=late[0].display, record=late[0].record),  # evidence words get masked
        ))
    unsupported = [cf for cf in files if cf.status == "unsupported"]
    if unsupported:
        kinds = sorted({cf.meta.format for cf in unsupported})
        names = ", ".join(cf.display for cf in unsupported[:3])
        found.append(rule("META026").finding(
            f"{len(unsupported)} attachment(s) in formats nymaudit does not read "
            f"({', '.join(kinds)}) were not checked: {names}"
            + (" ..." if len(unsupported) > 3 else "") + ".",
            f"unsupported: {len(unsupported)}",
            Origin(path=unsupported[0].display, record=unsupported[0].record),
        ))
    return found


# A photo and its Google Photos sidecar that hold positions this close state one position:
# one finding (tenth session). GPS fixes of one shot differ by metres; Takeout writes the
# camera's fix to 6 decimals (0.1 m) and EXIF keeps it to about a metre.
SAME_POSITION_METRES = 100.0


def relate_sidecars(files: list[tuple[str, str, CheckedFile]]) -> None:
    """Google Photos sidecars beside the photos they describe, ``files`` being (folder,
    name in that folder, what was found) of one scan's attachments. A sidecar's findings
    then name the photo by the file present (Takeout cuts long names: the title inside
    says what was uploaded), and a position both hold is one finding, the photo's, that
    names the sidecar too (before, the one position was counted and listed twice). Two
    positions stay two findings, the sidecar's saying they differ."""
    from nymaudit.metadata.takeout import FORMAT, pair_sidecars

    folders: dict[str, dict[str, CheckedFile]] = {}
    for folder, name, cf in files:
        folders.setdefault(folder, {})[name] = cf
    for checked in folders.values():
        if not any(cf.meta.format == FORMAT for cf in checked.values()):
            continue
        for sidecar, photos in pair_sidecars(checked).items():
            side = checked[sidecar]
            present = [p for p in photos if checked[p].meta.format != FORMAT]
            if side.meta.format != FORMAT or not present:
                continue
            _name_the_photo(side, present[0])
            _one_position(checked[present[0]], present[0], side, sidecar)


def _file_name(display: str) -> str:
    """The name findings give a file (metadata.findings.file_findings)."""
    return display.rsplit("/", 1)[-1].rsplit("!", 1)[-1] or display


def _name_the_photo(side: CheckedFile, photo: str) -> None:
    from nymaudit.metadata.takeout import sidecar_label

    name = _file_name(side.display)
    said, meant = sidecar_label(name, side.meta), sidecar_label(name, side.meta, photo)
    if said != meant:
        for f in side.findings:
            f.message = f.message.replace(said, meant, 1)


# A video's position, ISO 6709 as QuickTime and MP4 store it: "+53.8437-001.6376+081.200/".
_ISO6709 = re.compile(r"\s*([+-]\d{1,2}(?:\.\d+)?)([+-]\d{1,3}(?:\.\d+)?)")


def _positions(meta: FileMeta) -> list[tuple[str, tuple[float, float]]]:
    """Every position a file holds, as (field name, (lat, lon)): the one META010 reports (a
    photo's GPSPosition, a video's GPSCoordinates) first, then a sidecar's
    GooglePhotosPosition (geoData, where it differs from the camera's geoDataExif)."""
    found: list[tuple[str, tuple[float, float]]] = []
    for f in meta.fields:
        if f.group != "gps" or f.name not in ("GPSPosition", "GPSCoordinates", "GooglePhotosPosition"):
            continue
        iso = _ISO6709.match(f.value)
        lat, _, lon = (iso.group(1), "", iso.group(2)) if iso else f.value.partition(",")
        try:
            found.append((f.name, (float(lat), float(lon))))
        except ValueError:
            continue
    return found


def _position(meta: FileMeta) -> tuple[float, float] | None:
    """The position META010 reports (a photo's GPSPosition, a video's GPSCoordinates)."""
    first = next(((name, at) for name, at in _positions(meta) if name != "GooglePhotosPosition"), None)
    return first[1] if first else None


# A photo's META010 whose sidecar holds the same position keeps its evidence free of file
# names: `scan` groups the photos of one place into one finding by rule, clue and evidence
# (detectors.metadata.same_facts), and a Takeout year taken at home is one finding, not one a
# photo (review rev10a item 3). The sidecar is named in the message, which grouping replaces,
# and in check's per-file findings; the fold shows in the advice (the sidecar's own).
def grouped_note(first: Finding) -> str:
    """What a grouped finding adds to "In N files ... the metadata <fact>.": that the value is a
    picture's inside the documents (the caveat each file's own message ends with; red13 item 3:
    grouped, a stock photo's position lost it and read as the writer's), or for META010 that
    the photos' sidecars hold the same position."""
    from nymaudit.metadata.findings import INSIDE_KEY, rule

    if f"; {INSIDE_KEY}=" in first.evidence:
        at = first.message.rfind(" It is the ")
        return first.message[at:] if at >= 0 else ""
    said = str(rule("META010").data.get("sidecar_advice", ""))
    # The photo's advice and the sidecar's joined: a sidecar's own finding has the latter alone.
    if first.rule != "META010" or not said or not first.advice.endswith(" " + said):
        return ""
    return (f" The {SIDECAR_LABEL}s beside them hold the same position: stripping the photos alone "
            "leaves it published.")


def _apart(km: float) -> str:
    return f"{km:.1f} km" if km < 10 else f"{km:.0f} km"


def _one_position(photo: CheckedFile, photo_name: str, side: CheckedFile, sidecar: str) -> None:
    from nymaudit.metadata.places import _km

    own = next((f for f in photo.findings if f.rule == "META010"), None)
    kept = next((f for f in side.findings if f.rule == "META010"), None)
    here, held = _position(photo.meta), _positions(side.meta)
    if own is None or kept is None or here is None or not held:
        return
    # Every position the sidecar holds is compared (the camera's geoDataExif and Google's
    # geoData): folded only when all are the photo's (review rev10a item 7).
    far = [(name, at, _km(*here, *at)) for name, at in held if _km(*here, *at) * 1000 > SAME_POSITION_METRES]
    if not far:
        km = max(_km(*here, *at) for _, at in held)
        near = "" if km * 1000 < 1 else f" (within {km * 1000:.0f} m)"
        own.message += (f" The {SIDECAR_LABEL} beside it ({sidecar}) holds the same position{near}: "
                        "stripping the photo alone leaves it published.")
        own.evidence = f"{own.evidence}; {kept.evidence}"  # the same for each photo of one place
        own.advice = " ".join(a for a in (own.advice, kept.advice) if a)
        own.severity = max(own.severity, kept.severity)
        side.findings.remove(kept)  # last: the photo's finding says it first
        return
    name, at, km = far[0]
    if name != "GooglePhotosPosition":
        kept.message += (f" The photo beside it ({photo_name}) holds another position, {here[0]:.6f}, "
                         f"{here[1]:.6f}, {_apart(km)} away: the sidecar keeps the position Google Photos "
                         "recorded (the camera's at upload, or one set or estimated in Google Photos), "
                         "whatever was done to the photo's since.")
        return
    # The camera's fix is the photo's, but Google Photos shows it elsewhere (set by hand or
    # estimated from the account's location history): a second position, said.
    kept.message += (f" It also holds the position Google Photos shows for it, {at[0]:.6f}, {at[1]:.6f}, "
                     f"{_apart(km)} from the photo's ({photo_name}): set or estimated in Google Photos, "
                     "and published with the sidecar even when the photo is stripped.")


def rule_example(rule: Rule, example: str) -> bool:
    """META026 examples: "<status>: <reason>"."""
    status, _, reason = example.partition(":")
    meta = FileMeta(format="example", error=reason.strip() or None,
                    supported=status.strip() != "unsupported")
    cf = CheckedFile("example.bin", meta, status.strip())
    return any(f.rule == rule.id for f in unchecked_findings([cf]))
