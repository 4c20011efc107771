"""Self-disclosures in the writer's own posts (rules SELF010-SELF022), one finding
per distinct fact with a count and the first places it was said."""

from __future__ import annotations

from collections import Counter
from functools import partial

from nymaudit.detectors import ScanContext
from nymaudit.model import Confidence, DetectorResult, Finding, Origin, Severity
from nymaudit.rules import rule
from nymaudit.text import disclosure as D
from nymaudit.text.normalize import Text, corpus_texts, snippet
from nymaudit.text.tally import Tally, where

MAX_FINDINGS_PER_RULE = 15


def detect(ctx: ScanContext) -> DetectorResult:
    try:
        years = {id(p.origin): p.timestamp.year for p in ctx.corpus.authored_posts()
                 if p.timestamp is not None}
        texts = corpus_texts(ctx.corpus)
        # An account's profile (a bio, a profile field) describes the writer without a verb.
        profiles = frozenset((p.origin.path, p.origin.record) for p in ctx.corpus.posts
                             if not p.is_post and isinstance(p.extra, dict) and p.extra.get("profile"))
        return DetectorResult(findings=scan_texts(texts, years, profiles))
    except Exception as exc:  # noqa: BLE001 - a detector must not break the scan
        return DetectorResult(findings=[Finding(
            rule="SELF010", category="disclosure", severity=Severity.INFO,
            confidence=Confidence.LOW, title="Self-disclosure checks stopped early",
            message=f"self-disclosure detection failed: {exc}", evidence="",
            location=Origin("(scan)"), advice="Report this as a bug.",
        )])


def scan_texts(texts: list[Text], years: dict[int, int] | None = None,
               profiles: frozenset[tuple[str, str | None]] = frozenset()) -> list[Finding]:
    """``profiles``: (path, record) of the texts that are an account's profile, where a
    verbless description is the writer's ('Staff nurse at St Thomas' Hospital': D.find)."""
    years = years or {}
    tally = Tally()
    for item in texts:
        profile = (item.origin.path, item.origin.record) in profiles if profiles else False
        for d in D.find(item.text, years.get(id(item.origin)), profile=profile):
            fact = tally.add(d.rule_id, d.key, d.value, snippet(item.text, d.start, d.end),
                             partial(item.at, d.start), severity=d.severity, confidence=d.confidence)
            if d.severity and not fact.extra.get("severity"):
                fact.extra["severity"] = d.severity
    findings: list[Finding] = []
    per_rule: Counter[str] = Counter()
    hidden: Counter[str] = Counter()
    for fact in sorted(tally.facts(), key=lambda f: (f.rule_id, -f.count)):
        per_rule[fact.rule_id] += 1
        if per_rule[fact.rule_id] > MAX_FINDINGS_PER_RULE:
            hidden[fact.rule_id] += 1
            continue
        r = rule(fact.rule_id)
        severity = fact.extra.get("severity")
        # "low" when the text leaves doubt that it is the writer's ('Her details:\nDOB: ...'; D.find, dsc15b),
        # however often it is said.
        confidence = fact.extra.get("confidence") or ("high" if fact.count >= 3 else None)
        findings.append(r.finding(
            f"{r.title}: {fact.value}, {where(fact.locations, fact.count, 'mention')}.",
            fact.evidence, fact.location, clue_value=fact.value, severity=severity,
            confidence=confidence,
        ))
    for rule_id, n in hidden.items():
        first = next(f for f in findings if f.rule == rule_id)
        findings.append(rule(rule_id).finding(
            f"{n} more distinct disclosures of this kind; only the {MAX_FINDINGS_PER_RULE} "
            "most repeated are listed.", "", first.location, severity="info",
        ))
    return findings
