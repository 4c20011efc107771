"""`nymaudit check`: drafts before they go out, for a blog's CI.

A baseline (after detect-secrets) records accepted findings as salted hashes of
rule + clue, so the file is safe to commit to a public repository: it names no
place, person or address. ``--history`` (what the account already published)
marks findings that only repeat something already public.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from nymaudit.console import write_private
from nymaudit.detectors import DETECTORS
from nymaudit.model import Finding, Report, Severity

BASELINE_SCHEMA = "nymaudit.baseline/1"
MAX_BASELINE_BYTES = 64 * 1024**2
# Input problems that mean part of a draft was not checked; `check` raises them to
# medium (they are info in a scan report, which lists what it did read).
UNREAD_RULES = frozenset({"INPUT001", "INPUT002"})
# A draft has no publishing time yet, and linkage needs --known: both are scan's job.
# The offset a draft's own front matter stores is checked (timing_stated, TIME007).
CHECK_DETECTORS = tuple(d if d != "timing" else "timing_stated" for d in DETECTORS if d != "linkage")


class BaselineError(ValueError):
    pass


def _finding_key(f: Finding) -> str:
    core = f.clue.value if f.clue else f.evidence
    return f"{f.rule}\x1f{' '.join(core.casefold().split())}"


def fingerprint(f: Finding, salt: str) -> str:
    return hashlib.sha256(f"{salt}\x1f{_finding_key(f)}".encode()).hexdigest()


def _scan(files: list[Path], redact: bool = False, watchlist: str | None = None,
          debug: bool = False) -> Report:
    from nymaudit.scan import ScanOptions, analyse
    from nymaudit.sources.detect import read_inputs

    corpus = read_inputs(files)
    options = ScanOptions(watchlist=watchlist, redact=redact, detectors=CHECK_DETECTORS, debug=debug)
    return analyse(corpus, options)


def read_baseline(path: Path) -> dict[str, Any]:
    """The baseline document, checked entry by entry: ``check --baseline`` and
    ``baseline show`` accept and refuse exactly the same files."""
    try:
        if path.stat().st_size > MAX_BASELINE_BYTES:
            raise BaselineError(f"baseline {path} is larger than {MAX_BASELINE_BYTES // 1024**2} MiB")
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError) as exc:
        reason = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)
        raise BaselineError(f"cannot read baseline {path}: {reason}") from exc
    if not isinstance(doc, dict) or doc.get("schema") != BASELINE_SCHEMA:
        raise BaselineError(f"{path} is not a nymaudit baseline ({BASELINE_SCHEMA})")
    salt = doc.get("salt")
    entries = doc.get("entries", [])
    if not isinstance(salt, str) or not isinstance(entries, list):
        raise BaselineError(f"{path}: malformed baseline")
    for number, entry in enumerate(entries, 1):
        # A CI gate must not half-read its baseline: one bad entry refuses the file.
        if not (isinstance(entry, dict) and isinstance(entry.get("rule"), str)
                and isinstance(entry.get("hash"), str)):
            raise BaselineError(f"{path}: malformed baseline (entry {number} is not a {{rule, hash}} "
                                "pair of strings)")
    return doc


def load_baseline(path: Path) -> tuple[str, set[str]]:
    doc = read_baseline(path)
    return doc["salt"], {e["hash"] for e in doc.get("entries", [])}


def run_check(
    files: list[Path],
    *,
    history: Path | None = None,
    baseline: Path | None = None,
    watchlist: str | None = None,
    redact: bool = False,
    debug: bool = False,
) -> tuple[Report, int]:
    from nymaudit.cli import UsageProblem

    accepted: tuple[str, set[str]] | None = None
    if baseline is not None:
        try:
            accepted = load_baseline(baseline)
        except BaselineError as exc:
            raise UsageProblem(str(exc)) from exc
    report = _scan(files, redact=redact, watchlist=watchlist, debug=debug)
    for f in report.findings:
        if f.rule in UNREAD_RULES and f.severity < Severity.MEDIUM:
            # A gate fails closed: a draft (or part of one) that could not be read, or a
            # step that failed on it, was not checked, so it does not pass at the default.
            f.severity = Severity.MEDIUM
    suppressed = 0
    if accepted is not None:
        salt, hashes = accepted
        kept = [f for f in report.findings if f.category == "input" or fingerprint(f, salt) not in hashes]
        suppressed = len(report.findings) - len(kept)
        report.findings[:] = kept
    if history is not None:
        public = {_finding_key(f) for f in _scan([history], watchlist=watchlist).findings}
        for f in report.findings:
            if f.category != "input" and _finding_key(f) in public:
                # Repeating what is already public adds little: one step down, said plainly.
                f.severity = Severity(max(int(f.severity) - 1, 0))
                f.message += " This repeats something your published history already shows."
    return report, suppressed


def create_baseline(files: list[Path], output: Path) -> int:
    report = _scan(files)
    salt = secrets.token_hex(16)
    counts: Counter[str] = Counter()
    entries = []
    seen: set[str] = set()
    for f in report.findings:
        if f.category == "input":
            continue
        digest = fingerprint(f, salt)
        if digest in seen:
            continue
        seen.add(digest)
        counts[f.rule] += 1
        entries.append({"rule": f.rule, "hash": digest})
    doc = {
        "schema": BASELINE_SCHEMA,
        "generated_at": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "salt": salt,
        "entries": entries,
    }
    write_private(output, json.dumps(doc, indent=2) + "\n")
    return len(entries)


def describe_baseline(path: Path) -> str:
    from nymaudit.cli import UsageProblem
    from nymaudit.console import visible_controls

    try:
        doc = read_baseline(path)
    except BaselineError as exc:
        raise UsageProblem(str(exc)) from exc
    entries = doc.get("entries", [])
    hashes = {e["hash"] for e in entries}
    counts = Counter(e["rule"] for e in entries)
    # The file may come from anywhere: nothing in it reaches the terminal unescaped.
    created = visible_controls(str(doc.get("generated_at", "?")))
    lines = [f"{visible_controls(str(path))}: {len(hashes)} accepted finding(s), created {created}"]
    lines += [f"  {visible_controls(rule)}: {n}" for rule, n in sorted(counts.items())]
    return "\n".join(lines)
