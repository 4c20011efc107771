"""Linkage detector: when ``--known LABEL=PATH`` is given, measure how well the
scanned writing matches each known corpus (MATCH findings) and put the compare
contract's ``linkage`` object in the report's ``linkage`` section."""

from __future__ import annotations

from nymaudit.detectors import ScanContext
from nymaudit.formatting import capped_percent
from nymaudit.model import DetectorResult, Finding, Origin
from nymaudit.rules import rule

# The dossier shows a few shared habits as one clue: habits a person can recognise
# in their own writing come before letter sequences such as ". t".
_LEGIBLE_FIRST = ("name", "typography", "dialect", "misspelling", "formula", "phrase", "punctuation",
                  "emoji", "capitalisation", "hashtag", "function_word")


def _most_legible(shared: list[dict]) -> list[dict]:
    rank = {kind: i for i, kind in enumerate(_LEGIBLE_FIRST)}
    return sorted(shared, key=lambda h: rank.get(h["kind"], len(rank)))


# Shared habits that point at one person rather than at a style or a dialect: a shared
# name, a repeated phrase, the same misspelling, the same greeting or sign-off.
_IDENTIFYING_KINDS = frozenset({"name", "phrase", "misspelling", "formula"})


def _identifying(shared: list[dict]) -> bool:
    """MATCH002 is medium without a MATCH001 (out of the calibration's domain there is no
    probability) only when a shared habit identifies a person."""
    return any(h["kind"] in _IDENTIFYING_KINDS for h in shared)


def _readable(habit: dict) -> str:
    from nymaudit.style.habits import HABITS, describe

    feature = habit["feature"]
    if feature in HABITS:
        return describe(feature)[1]
    if habit["kind"] in ("phrase", "function_word", "misspelling", "name", "vocabulary"):
        return f"'{feature}'"
    if habit["kind"] == "character_3gram":
        return f"the letters '{feature}'"
    return feature


def detect(ctx: ScanContext) -> DetectorResult:
    if not ctx.known:
        return DetectorResult()
    try:
        from nymaudit.style.linkage import analyse

        doc = analyse(ctx.corpus, ctx.known)
    except Exception as exc:  # noqa: BLE001 - a detector must not take the scan down
        return DetectorResult(sections={"linkage": {"error": f"linkage failed: {exc}"}})
    link = doc["linkage"]
    origin = Origin(path=ctx.corpus.inputs[0].path if ctx.corpus.inputs else "")
    findings: list[Finding] = []
    weak = bool(link["warnings"])
    for c in link["candidates"]:
        p = c["same_author_probability"]
        if p is None or p < 0.2:
            continue
        # Only the calibrated curve gives a probability: out of its domain there is none
        # (MATCH003 says why), so a habit most writers share never becomes an identity clue.
        severity = "high" if p >= 0.8 else "medium" if p >= 0.5 else "low"
        confidence = "low" if weak else "medium" if p < 0.8 else "high"
        findings.append(rule("MATCH001").finding(
            f"Writing style matches known corpus '{c['label']}': same-author probability "
            f"{capped_percent(p)} (rank {c['rank']} of {len(link['candidates'])}, distance {c['distance']}).",
            f"{link['pseudonymous_words']} pseudonymous words vs "
            f"{link['words'].get(c['label'], 0)} known words",
            origin, clue_value=f"writing style matches '{c['label']}' ({capped_percent(p)})",
            severity=severity, confidence=confidence))
    shared = link["shared_habits"]
    if shared:
        findings.append(rule("MATCH002").finding(
            f"{len(shared)} habits shared with '{doc.get('shared_habits_with')}': "
            + " ".join(doc["habits_to_vary"][:3]),
            ", ".join(f"{h['feature']} ({h['pseudonymous_per_1000']} vs {h['known_per_1000']}"
                      f" per 1000)" for h in shared[:6]),
            origin, clue_value=", ".join(_readable(h) for h in _most_legible(shared)[:4]),
            severity="medium" if findings or _identifying(shared) else "low"))
    for warning in link["warnings"]:
        findings.append(rule("MATCH003").finding(warning, "", origin))
    return DetectorResult(findings=findings, sections={"linkage": link})
