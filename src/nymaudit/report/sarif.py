"""SARIF 2.1.0 (``--format sarif``), for code-scanning dashboards and CI.

Mapping (see docs/report-format.md):
- ``tool.driver.rules``: every rule that has at least one finding, from the
  installed rule set (title, why, advice), or from the finding itself when the
  rule is unknown;
- ``results``: one per finding; level error (critical, high), warning (medium),
  note (low, info); the location's path as a relative URI where possible; an
  archive member (``export.zip!data/tweets.js``) as the archive's URI plus a
  logical location and ``properties.member``; in `check` the path as given, masked or
  not (the repository's own file: code scanning places an alert only on a real path),
  an absolute one only when the working folder lies in its git work tree or site;
- ``partialFingerprints``: a SHA-256 of rule, path, record and evidence (as
  shown, so masked when redacted: a platform's record id, which finds the account,
  is no input of a redacted report's fingerprint), with ":2", ":3"... on findings
  that share one: stable between runs, never the text itself;
- input errors: ``invocations[0].toolExecutionNotifications``.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import quote

from nymaudit.model import Finding, Origin, Report, Severity
from nymaudit.report.common import (
    RuleText,
    dumps_json,
    language_note,
    overall_risk,
    rule_text,
    sorted_findings,
)
from nymaudit.report.redact import redact_report

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
FINGERPRINT_KEY = "nymauditFinding/v1"
LEVELS = {
    Severity.CRITICAL: "error",
    Severity.HIGH: "error",
    Severity.MEDIUM: "warning",
    Severity.LOW: "note",
    Severity.INFO: "note",
}
# GitHub code scanning reads properties["security-severity"] (a number as text)
# to rank alerts: >= 9 critical, 7-8.9 high, 4-6.9 medium, 0.1-3.9 low.
SECURITY_SEVERITY = {
    Severity.CRITICAL: "9.5",
    Severity.HIGH: "8.0",
    Severity.MEDIUM: "5.5",
    Severity.LOW: "3.0",
}
_ARCHIVE_MEMBER = re.compile(r"^(?P<archive>.+?\.(?:zip|jar|docx|xlsx|pptx|odt))!(?P<member>.*)$",
                             re.IGNORECASE)
_SRCROOT = "%SRCROOT%"


def render(report: Report, *, base_dir: str | os.PathLike[str] | None = None) -> str:
    """SARIF text. Absolute paths under ``base_dir`` (default: the working folder)
    become relative URIs; other absolute paths become ``file://`` URIs."""
    return dumps_json(to_sarif(report, base_dir=base_dir))


def to_sarif(report: Report, *, base_dir: str | os.PathLike[str] | None = None) -> dict[str, Any]:
    view = redact_report(report)
    base = Path(base_dir) if base_dir is not None else Path.cwd()
    findings = sorted_findings(view.findings)

    rule_ids = sorted({f.rule for f in findings})
    rule_index = {rule_id: i for i, rule_id in enumerate(rule_ids)}
    rules = [_rule_descriptor([f for f in findings if f.rule == rid]) for rid in rule_ids]

    # `check` under --redact shows an absolute path from the input's own folder on (a home
    # folder names its user): its URI still comes from the path as given where that lies under
    # the base folder (the repository), or code scanning could not place the alert.
    # Not when the run started at "/", a home root or above the user's home: every path lies
    # under such a base, the home folder's name included (until 2026-11-29 it was in the URI).
    use_given = view is not report and report.fail_closed and not above_home(base)
    given: dict[int, str] = {}
    if use_given:
        given = {id(shown): original.location.path
                 for shown, original in zip(view.findings, report.findings, strict=True)}
    results = [_result(f, rule_index[f.rule], base, view.redacted, given.get(id(f))) for f in findings]
    _number_equal_fingerprints(results)
    given_inputs = report.inputs if use_given else view.inputs
    notifications = [
        {
            "level": "error",
            "message": {"text": error.error},
            "locations": [_notification_location(error.path or item.path, base,
                                                 given_error.path or given_item.path)],
            "descriptor": {"id": "input-error"},
        }
        for item, given_item in zip(view.inputs, given_inputs, strict=True)
        for error, given_error in zip(item.errors, given_item.errors, strict=True)
    ]
    # Much of the text not in English: the checks that read English only did not look at it.
    # Code scanning shows no alert for a German draft; the run's notes should say why.
    language = language_note(view)
    if language:
        notifications.append({"level": "note", "message": {"text": language},
                              "descriptor": {"id": "language"}})
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "nymaudit",
                "version": view.tool_version,
                "semanticVersion": view.tool_version,
                "rules": rules,
            }
        },
        "invocations": [
            {"executionSuccessful": True, "toolExecutionNotifications": notifications}
        ],
        "originalUriBaseIds": {_SRCROOT: {"description": {"text": (
            "The top of the git repository." if report.source_root == "repository"
            else "The folder nymaudit ran in.")}}},
        "columnKind": "unicodeCodePoints",
        "results": results,
        "properties": {
            "risk": overall_risk(view),
            "redacted": view.redacted,
            "inputs": [
                {"path": item.path, "format": item.format, "posts": item.posts}
                for item in view.inputs
            ],
        },
    }
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}


def _rule_descriptor(findings: list[Finding]) -> dict[str, Any]:
    first = findings[0]
    rule = rule_text(first)
    severity = rule.severity if rule.known else max(f.severity for f in findings)
    tags = ["privacy", "security", rule.category]
    if rule.clue_kind:
        tags.append(rule.clue_kind)
    properties: dict[str, Any] = {
        "category": rule.category,
        "tags": tags,
        # GitHub's precision scale: very-high, high, medium, low.
        "precision": rule.confidence.label,
    }
    if Severity(severity) in SECURITY_SEVERITY:
        properties["security-severity"] = SECURITY_SEVERITY[Severity(severity)]
    return {
        "id": rule.id,
        "name": _pascal_name(rule.title) or rule.id,
        "shortDescription": {"text": rule.title},
        "fullDescription": {"text": rule.why or rule.title},
        "help": {"text": rule.advice or rule.title, "markdown": _help_markdown(rule)},
        "defaultConfiguration": {"level": LEVELS[Severity(severity)]},
        "properties": properties,
    }


def _help_markdown(rule: RuleText) -> str:
    """The rule page's why and advice as code scanning shows them (GitHub renders ``help.markdown`` when
    present; with ``help.text`` alone the advice's `backticks` showed as they are: walk12)."""
    # Not the page's "what it finds": it quotes example values (SELF002's `07700 900123`), and a
    # writer who searches a shared report for their own number must find only their findings.
    # A rule's own words name markup ("<style>", "<symbol>" in META028): text, not HTML (rev12c 6).
    def text(words: str) -> str:
        return " ".join(words.split()).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    parts = [f"**{rule.id}: {text(rule.title)}**"]
    if rule.why:
        parts.append(f"**Why is this bad.** {text(rule.why)}")
    if rule.advice:
        parts.append(f"**Use instead.** {text(rule.advice)}")
    if rule.known:
        parts.append(f"`nymaudit explain {rule.id}` prints the whole page, with examples.")
    return "\n\n".join(parts)


def _pascal_name(title: str) -> str:
    words = re.findall(r"[A-Za-z0-9]+", title)
    return "".join(w[:1].upper() + w[1:] for w in words)[:100]


def _result(finding: Finding, index: int, base: Path, redacted: bool,
            given: str | None = None) -> dict[str, Any]:
    properties: dict[str, Any] = {
        "severity": finding.severity.label,
        "confidence": finding.confidence.label,
        "category": finding.category,
        "title": finding.title,
    }
    if finding.evidence:
        properties["evidence"] = finding.evidence  # already masked when redacted
    if finding.clue is not None:
        properties["clueKind"] = finding.clue.kind
        if not redacted:
            properties["clueValue"] = finding.clue.value
    location, member = _location(finding.location, base, given)
    if member is not None:
        properties["member"] = member
    if finding.location.record is not None:
        properties["record"] = finding.location.record
    return {
        "ruleId": finding.rule,
        "ruleIndex": index,
        "level": LEVELS[finding.severity],
        "message": {"text": finding.message or finding.title},
        "locations": [location],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint(finding)},
        "properties": properties,
    }


def _number_equal_fingerprints(results: list[dict[str, Any]]) -> None:
    """Findings a redacted report can no longer tell apart (the same rule, file and masked
    evidence, their record ids masked) get ":2", ":3"... in report order, as GitHub numbers
    equal line hashes, so a dashboard does not merge them."""
    seen: dict[str, int] = {}
    for result in results:
        prints = result["partialFingerprints"]
        value = prints[FINGERPRINT_KEY]
        seen[value] = seen.get(value, 0) + 1
        if seen[value] > 1:
            prints[FINGERPRINT_KEY] = f"{value}:{seen[value]}"


def fingerprint(finding: Finding) -> str:
    """Stable across runs and line shifts; a hash, never the evidence itself."""
    loc = finding.location
    parts = (finding.rule, loc.path or "", loc.record or "", finding.evidence or "")
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()
    return digest[:32]


# Folders that hold the users' home folders (compared in lower case, "/" separators).
_HOME_ROOTS = re.compile(r"(?:[a-z]:)?/(?:home|users)")


def above_home(base: Path) -> bool:
    """Whether a path under ``base`` may start with a user's home folder: ``base`` is a root
    ("/", "C:\\"), a folder of home folders ("/home", "/Users", "C:\\Users") or above the
    user's own home."""
    try:
        resolved = base.resolve()
    except (OSError, RuntimeError, ValueError):
        return True  # unknown: the shown path, never the given one
    if resolved == Path(resolved.anchor) or _HOME_ROOTS.fullmatch(resolved.as_posix().rstrip("/").lower()):
        return True
    try:
        home = Path.home().resolve()
    except (OSError, RuntimeError, KeyError):
        return False
    return resolved in home.parents


def split_member(path: str) -> tuple[str, str | None]:
    """``export.zip!data/tweets.js`` -> ("export.zip", "data/tweets.js")."""
    match = _ARCHIVE_MEMBER.match(path or "")
    if match:
        return match.group("archive"), match.group("member") or None
    return path, None


def artifact_location(path: str, base: Path) -> dict[str, Any]:
    """A relative URI (against %SRCROOT%) when the path is relative or under base;
    a file:// URI for other absolute paths."""
    text = (path or ".").replace("\\", "/")
    posix = PurePosixPath(text)
    if posix.is_absolute() or re.match(r"^[A-Za-z]:/", text):
        try:
            relative = Path(text).resolve().relative_to(base.resolve())
            return {"uri": _quote(relative.as_posix()), "uriBaseId": _SRCROOT}
        except (ValueError, OSError, RuntimeError):
            return {"uri": "file://" + _quote(text if text.startswith("/") else "/" + text)}
    while text.startswith("./"):
        text = text[2:]
    return {"uri": _quote(text or "."), "uriBaseId": _SRCROOT}


def _quote(text: str) -> str:
    # A file name that is not UTF-8 (a tar member, a folder on Linux) reaches here as
    # surrogate escapes: its original bytes, percent-encoded (it stopped the report).
    return quote(text.encode("utf-8", "surrogateescape"), safe="/:@-._~!$&'()*+,;=")


def _artifact(shown: str, base: Path, given: str | None) -> dict[str, Any]:
    """The artifact of a path as shown; of the path as given (``given``, `check` only) where
    that is a relative URI, a file of the folder the run started in."""
    if given is not None and given != shown:
        path = split_member(given)[0]
        located = artifact_location(path, base)
        # Not a path that climbs out of it: the folders above may carry the user's name.
        if ("uriBaseId" in located and ".." not in located["uri"].split("/")
                and (not _absolute(path) or _base_in_repository(path, base))):
            return located
    return artifact_location(shown, base)


def _absolute(path: str) -> bool:
    text = path.replace("\\", "/")
    return text.startswith("/") or re.match(r"^[A-Za-z]:/", text) is not None


def _base_in_repository(path: str, base: Path) -> bool:
    """Whether ``base`` lies in the git work tree that holds ``path`` (at its top or below),
    or, outside git, in the file's site (the folder holding its configuration: see
    `site_root`): then the folders between the two are the repository's own, which code
    scanning needs in the URI. An absolute FILE under a base above its repository or site
    (`check $PWD/morwenna.trevithick/blog/_posts/x.md` from the folder of home folders) is
    shown as JSON shows it (red team 10, F5: the home folder's name was in the URI)."""
    return _repository_holds(path, str(base))


@functools.lru_cache(maxsize=256)
def _repository_holds(path: str, base: str) -> bool:
    from nymaudit.sources.attachment import site_root

    try:
        start = Path(path).resolve().parent
        top = Path(base).resolve()
        for candidate in (start, *start.parents):
            if (candidate / ".git").exists():
                return top.is_relative_to(candidate)
        return top.is_relative_to(site_root(Path(path)).resolve())
    except (OSError, RuntimeError, ValueError):
        return False


def _location(origin: Origin, base: Path, given: str | None = None) -> tuple[dict[str, Any], str | None]:
    archive, member = split_member(origin.path)
    physical: dict[str, Any] = {"artifactLocation": _artifact(archive, base, given)}
    if origin.line is not None and origin.line >= 1:
        physical["region"] = {"startLine": origin.line}
    location: dict[str, Any] = {"physicalLocation": physical}
    if member or origin.record:
        qualified = (origin.path or "") + (f"#{origin.record}" if origin.record else "")
        logical: dict[str, Any] = {"fullyQualifiedName": qualified, "kind": "object"}
        name = origin.record or member
        if name:
            logical["name"] = name
        location["logicalLocations"] = [logical]
    return location, member


def _notification_location(path: str, base: Path, given: str | None = None) -> dict[str, Any]:
    archive, member = split_member(path)
    location: dict[str, Any] = {
        "physicalLocation": {"artifactLocation": _artifact(archive, base, given)}
    }
    if member is not None:
        location["logicalLocations"] = [{"name": member, "fullyQualifiedName": path}]
    return location
