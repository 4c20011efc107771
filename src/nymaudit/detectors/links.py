"""Revealing links in the writer's own posts (rules LINK001-LINK008): employer and
locality sites, company workspaces, internal hosts, owner-revealing documents,
sharer-tracking parameters, unverifiable short links, other profiles, payment and
referral links. Repeats are summed into one finding per fact."""

from __future__ import annotations

from collections import Counter
from functools import partial

from nymaudit.detectors import ScanContext
from nymaudit.model import Confidence, Corpus, DetectorResult, Finding, Origin, Severity
from nymaudit.rules import rule
from nymaudit.text import links as L
from nymaudit.text.normalize import Text, corpus_texts, snippet
from nymaudit.text.tally import Tally, where

MAX_FINDINGS_PER_RULE = 25


def detect(ctx: ScanContext) -> DetectorResult:
    try:
        return DetectorResult(findings=scan_texts(corpus_texts(ctx.corpus), own_of=own_by_post(ctx.corpus)))
    except Exception as exc:  # noqa: BLE001 - a detector must not break the scan
        return DetectorResult(findings=[Finding(
            rule="LINK001", category="link", severity=Severity.INFO, confidence=Confidence.LOW,
            title="Link checks stopped early", message=f"link detection failed: {exc}",
            evidence="", location=Origin("(scan)"), advice="Report this as a bug.",
        )])


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _stored_at(item: Text, url: str) -> Origin:
    """A URL stored beside the text (an HTML or Markdown target) is on the line where
    the post's own text has it, if it does."""
    found = item.raw.find(url) if item.base is not None and item.raw else -1
    return item.at_raw(found) if found >= 0 else item.origin


def own_profiles(urls: list[str]) -> frozenset[str]:
    """The LINK007 keys (``platform:user``) of the account's own sites and profiles as
    its exports state them: a WordPress blog linking to its own uploads, a tweet linking
    to its own profile. Links to the writer's other accounts stay findings."""
    return frozenset(h.key for url in urls[:50] for _url, hits in L.scan(url)
                     for h in hits if h.rule_id == "LINK007")


def own_by_post(corpus: Corpus) -> dict[int, frozenset[str]]:
    """The LINK007 keys of each post's own input (keyed by its Origin, which its Text shares):
    with two inputs in one scan, input A's link to input B's site or profile is a link to
    another account of the writer's, a finding, not A's own site (review rev8b item 5)."""
    keys: dict[int, frozenset[str]] = {}
    own_of: dict[int, frozenset[str]] = {}
    for post in corpus.posts:
        urls = post.extra.get("own_urls") if isinstance(post.extra, dict) else None
        if not urls:
            continue
        if id(urls) not in keys:
            keys[id(urls)] = own_profiles(list(urls))
        own_of[id(post.origin)] = keys[id(urls)]
    return own_of


def scan_texts(texts: list[Text], own: frozenset[str] = frozenset(),
               own_of: dict[int, frozenset[str]] | None = None) -> list[Finding]:
    """``own``: LINK007 keys left out of every text; ``own_of``: of the texts of one post each."""
    tally = Tally()
    for item in texts:
        mine = own_of.get(id(item.origin), own) if own_of else own
        for url, all_hits in L.scan(item.text, item.urls):
            hits = [h for h in all_hits if not (h.rule_id == "LINK007" and h.key in mine)]
            if url.start >= 0:
                evidence = snippet(item.text, url.start, url.end)
                where_at: Origin | partial[Origin] = partial(item.at, url.start)
            else:
                evidence = url.raw if len(url.raw) <= 160 else url.raw[:159] + "…"
                where_at = partial(_stored_at, item, url.raw)
            for h in hits:
                fact = tally.add(h.rule_id, h.key, h.value, evidence, where_at,
                                 detail=h.detail, kind=h.clue_kind, severity=h.severity)
                if h.severity == "high":
                    fact.extra["severity"] = "high"
    findings: list[Finding] = []
    per_rule: Counter[str] = Counter()
    skipped: Counter[str] = Counter()
    for fact in tally.facts():
        per_rule[fact.rule_id] += 1
        if per_rule[fact.rule_id] > MAX_FINDINGS_PER_RULE:
            skipped[fact.rule_id] += 1
            continue
        severity = fact.extra.get("severity")
        confidence = None
        if fact.rule_id == "LINK001" and fact.count >= 3:
            severity, confidence = "medium", "high"
        if fact.rule_id == "LINK007" and severity != "high" and fact.count >= 2:
            severity, confidence = "medium", "medium"
        if fact.rule_id == "LINK007" and severity == "high":
            confidence = "high"
        findings.append(rule(fact.rule_id).finding(
            f"{_capital(fact.extra['detail'])}, {where(fact.locations, fact.count, 'link')}.",
            fact.evidence, fact.location, clue_value=fact.value,
            clue_kind=fact.extra.get("kind"), severity=severity, confidence=confidence,
        ))
    for rule_id, n in skipped.items():
        first = next(f for f in findings if f.rule == rule_id)
        findings.append(rule(rule_id).finding(
            f"{n} more distinct links of this kind were found; only the first "
            f"{MAX_FINDINGS_PER_RULE} are listed.", "", first.location, severity="info",
        ))
    return findings
