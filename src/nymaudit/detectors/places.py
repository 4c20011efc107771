"""Named places, postcodes, ZIP codes, coordinates and addresses in the writer's
own posts, aggregated into location clues (rules PLACE001-PLACE008)."""

from __future__ import annotations

from collections import Counter
from functools import partial

from nymaudit.detectors import ScanContext
from nymaudit.model import DetectorResult, Finding, Origin
from nymaudit.rules import rule
from nymaudit.text import places as P
from nymaudit.text.gazetteer import distance_km, key_of
from nymaudit.text.normalize import MAX_SCAN_CHARS, Text, corpus_texts, snippet
from nymaudit.text.tally import Tally, where

SPOT_RULES = {
    "postcode": "PLACE004", "outward": "PLACE005", "zip": "PLACE006",
    "coordinates": "PLACE007", "what3words": "PLACE007",
    "street": "PLACE008", "street_residence": "PLACE008",
}
MAX_MENTIONS = 200_000  # bound memory on absurd corpora


def detect(ctx: ScanContext) -> DetectorResult:
    try:
        return _detect(ctx)
    except Exception as exc:  # noqa: BLE001 - a detector must not break the scan
        from nymaudit.model import Confidence, Severity

        note = Finding(
            rule="PLACE001", category="place", severity=Severity.INFO, confidence=Confidence.LOW,
            title="Place detection stopped early", message=f"place detection failed: {exc}",
            evidence="", location=Origin("(scan)"), advice="Report this as a bug.",
        )
        return DetectorResult(findings=[note])


def scan_texts(texts: list[Text]) -> list[Finding]:
    # (the post's origin, the mention, the text it is in): the origin counts posts; a
    # finding's location is the text's origin at the mention (with its line).
    all_mentions: list[tuple[Origin, P.Mention, Text]] = []
    spots = Tally()
    regions = Tally()
    for item in texts:
        text = item.text
        if not text:
            continue
        if len(all_mentions) < MAX_MENTIONS:
            for m in P.mentions(text):
                if m.kind == "place":
                    all_mentions.append((item.origin, m, item))
                elif m.cue == "residence" or m.kind == "region":
                    kind = "country" if m.kind == "country" else "location"
                    label = m.candidates[0].name + (
                        f" ({m.candidates[0].country})" if m.kind == "region" else ""
                    )
                    regions.add("PLACE003", f"{m.key}|{m.cue == 'residence'}", label,
                                snippet(text, m.start, m.end), partial(item.at, m.start), kind=kind,
                                residence=m.cue == "residence")
        for s in P.spots(text):
            rule_id = SPOT_RULES[s.kind]
            spots.add(rule_id, s.value.lower(), s.value, snippet(text, s.start, s.end),
                      partial(item.at, s.start), kind=s.kind)
    findings = _place_findings(all_mentions)
    findings.extend(_region_findings(regions))
    findings.extend(_spot_findings(spots))
    return findings


def _detect(ctx: ScanContext) -> DetectorResult:
    texts = corpus_texts(ctx.corpus)
    truncated = [t for t in texts if t.truncated]
    # A note for the report: how much text the text detectors read.
    section = {
        "posts_scanned": len(texts),
        "posts_truncated": len(truncated),
        "scan_limit_chars": MAX_SCAN_CHARS,
        "truncated_examples": [t.origin.as_dict() for t in truncated[:5]],
    }
    return DetectorResult(findings=scan_texts(texts), sections={"text_scan": section})


def _place_findings(all_mentions: list[tuple[Origin, P.Mention, Text]]) -> list[Finding]:
    if not all_mentions:
        return []
    d = P.data()
    resolved = P.resolve(all_mentions)
    findings: list[Finding] = []
    # Residence statements: one finding per place.
    for res in resolved.values():
        homes = [it for it in res.mentions if it[1].cue == "residence"]
        if not homes:
            continue
        _, m, item = homes[0]
        ambiguous = len([p for p in m.candidates if p.kind == "place"]) > 1
        # Lines only for what is shown: `where` names no location for one statement.
        first = item.at(m.start)
        shown = [first] + [h[2].at(h[1].start) for h in homes[1:3]] if len(homes) > 1 else []
        findings.append(rule("PLACE002").finding(
            f"Says they live in or come from {res.place.label}, "
            f"{where(shown, len(homes), 'statement')}.",
            snippet(item.text, m.start, m.end), first,
            clue_value=res.place.label,
            confidence="medium" if ambiguous else "high",
        ))
    clusters = P.cluster(resolved, d.radius_km)
    total_mentions = sum(c.count for c in clusters)
    for index, c in enumerate(clusters[: d.max_clusters]):
        members = sorted(c.members, key=lambda r: -len(r.mentions))
        _, first_m, first_item = members[0].mentions[0]
        names = ", ".join(f"{r.place.name} ×{len(r.mentions)}" for r in members[:6])
        origins = list(dict.fromkeys(it[0] for r in members for it in r.mentions))
        posts = len(origins)
        count = c.count
        if len(members) > 1 or count > 1:
            message = (f"{count} mentions within {d.radius_km:g} km of {c.centre.label}: {names} "
                       f"{where(origins[:3], posts)}.")
        else:
            message = f"Names {c.centre.label} {where(origins[:3], posts)}."
        severity = "high" if count >= 5 else "medium" if count >= 2 else "low"
        ambiguous = any(len([p for p in it[1].candidates if p.kind == "place"]) > 1
                        and it[1].candidates[0].population < 10 * _second_pop(it[1])
                        for r in members for it in r.mentions)
        cued = sum(1 for r in members for it in r.mentions if it[1].cue)
        confidence = "high" if count >= 3 and cued and not ambiguous else (
            "low" if count == 1 and (not cued or ambiguous) else "medium")
        if index and _doubtful(c, clusters[0], total_mentions, d):
            # The rest of the account is elsewhere: a suburb the gazetteer lacks is
            # likelier than this far-away village.
            message += (f" The account's other places are mostly near {clusters[0].centre.label}, "
                        f"{distance_km(c.centre, clusters[0].centre):.0f} km away: this may be a "
                        "local name there that the gazetteer lacks.")
            severity = "medium" if severity == "high" else severity
            confidence = "low"
        findings.append(rule("PLACE001").finding(
            message, snippet(first_item.text, first_m.start, first_m.end), first_item.at(first_m.start),
            clue_value=c.centre.label, severity=severity, confidence=confidence,
        ))
    rest = clusters[d.max_clusters :]
    if rest:
        total = sum(c.count for c in rest)
        _, m, item = rest[0].members[0].mentions[0]
        findings.append(rule("PLACE001").finding(
            f"{total} more mentions of {len(rest)} other areas, e.g. "
            + ", ".join(c.centre.label for c in rest[:5]) + ".",
            snippet(item.text, m.start, m.end), item.at(m.start), severity="low", confidence="low",
        ))
    return findings


def _doubtful(c: P.Cluster, main: P.Cluster, total: int, d: P._Data) -> bool:
    """True when ``c`` holds only small places with one-word names ("Withington",
    not "Margaret River": a longer name is seldom a suburb's too) far from the
    account's main cluster, which holds most of the other mentions."""
    others = total - c.count
    if others < d.doubt_min or main.count < d.doubt_share * others:
        return False
    if any(r.place.population >= d.doubt_population or len(key_of(r.place.name).split()) > 1
           for r in c.members):
        return False
    return distance_km(c.centre, main.centre) >= d.doubt_km


def _second_pop(m: P.Mention) -> int:
    pops = sorted((p.population for p in m.candidates if p.kind == "place"), reverse=True)
    return max(pops[1], 1) if len(pops) > 1 else 1


def _region_findings(tally: Tally) -> list[Finding]:
    findings = []
    for fact in tally.facts():
        residence = fact.extra.get("residence")
        if not residence and fact.count < 3:
            continue  # a region named once or twice without "here in" is chatter
        verb = "Says they are in or from" if residence else "Often names"
        findings.append(rule("PLACE003").finding(
            f"{verb} {fact.value} {where(fact.locations, fact.count, 'mention')}.",
            fact.evidence, fact.location, clue_value=fact.value,
            clue_kind=fact.extra.get("kind"),
            severity="medium" if residence else "low",
            confidence="high" if residence else "low",
        ))
    return findings


_SPOT_WORDS = {
    "postcode": "UK postcode", "outward": "UK postcode district", "zip": "US ZIP code",
    "coordinates": "coordinates", "what3words": "what3words address", "street": "street address",
    "street_residence": "home street",
}


def _spot_findings(tally: Tally) -> list[Finding]:
    findings = []
    kinds: Counter[str] = Counter()
    for fact in tally.facts():
        kinds[fact.rule_id] += 1
        if kinds[fact.rule_id] > 20:
            continue  # enough to make the point; the count below says how many
        label = _SPOT_WORDS.get(fact.extra.get("kind", ""), "location")
        findings.append(rule(fact.rule_id).finding(
            f"Gives a {label}: {fact.value} {where(fact.locations, fact.count, 'mention')}.",
            fact.evidence, fact.location, clue_value=fact.value,
        ))
    return findings
