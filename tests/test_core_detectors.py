"""The foundation's own detectors on small, hand-built corpora."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from nymaudit.detectors import ScanContext, clients, contact, geotags
from nymaudit.model import Corpus, Geotag, Origin, Post


def post(i: int, when: datetime | None, text: str = "", source: str | None = None,
         geotag: Geotag | None = None, authored: bool = True) -> Post:
    return Post(id=str(i), timestamp=when, text=text, origin=Origin("t.js", str(i)), source=source,
                geotag=geotag, authored=authored)


def test_geotags_group_nearby_positions_into_one_finding() -> None:
    here = Geotag(53.8412, -1.6438, "Horsforth, England", "United Kingdom", "GB")
    near = Geotag(53.8409, -1.6441, "Horsforth, England", "United Kingdom", "GB")
    far = Geotag(None, None, "Paris, France", "France", "FR")
    corpus = Corpus(posts=[post(1, None, geotag=here), post(2, None, geotag=near),
                           post(3, None, geotag=far), post(4, None)])
    findings = geotags.detect(ScanContext(corpus)).findings
    assert len(findings) == 2
    top = findings[0]
    assert top.rule == "META001" and top.severity.label == "high"
    assert "2 posts" in top.message and top.clue and top.clue.value == "Horsforth, England"
    assert findings[1].severity.label == "medium"  # one place tag, no coordinates


def test_office_hours_desktop_client_is_flagged_and_phone_evenings_are_not() -> None:
    monday = datetime(2025, 3, 3, tzinfo=UTC)
    posts = []
    for day in range(20):
        base = monday + timedelta(days=day)
        if base.weekday() >= 5:
            continue
        posts.append(post(len(posts), base.replace(hour=12, minute=20), source="Twitter Web App"))
        posts.append(post(len(posts), base.replace(hour=21), source="Twitter for iPhone"))
    result = clients.detect(ScanContext(Corpus(posts=posts)))
    rules = {f.rule: f for f in result.findings}
    assert rules["META002"].clue and rules["META002"].clue.value == "iPhone"
    assert "12:00 and 13:00 UTC" in rules["META003"].message
    # the same mix with the web client in the evening is not office-shaped
    for p in posts:
        if p.source == "Twitter Web App" and p.timestamp:
            p.timestamp = p.timestamp.replace(hour=20)
    assert "META003" not in {f.rule for f in clients.detect(ScanContext(Corpus(posts=posts))).findings}


def test_contact_details_are_aggregated_and_retweets_ignored() -> None:
    corpus = Corpus(posts=[
        post(1, None, "mail me: Quiet.Clerk@proton.me"),
        post(2, None, "again: quiet.clerk@proton.me or 07700 900123"),
        post(3, None, "RT: someone@else.org", authored=False),
        post(4, None, "score 3-1, version 1.2.3, ticket 123456"),
    ])
    findings = contact.detect(ScanContext(corpus)).findings
    by_rule = {}
    for f in findings:
        by_rule.setdefault(f.rule, []).append(f)
    assert len(by_rule["SELF001"]) == 1 and "2 posts" in by_rule["SELF001"][0].message
    assert by_rule["SELF002"][0].clue and by_rule["SELF002"][0].clue.value == "07700900123"
    assert not any("else.org" in f.evidence for f in findings)


def test_contact_scan_is_bounded_on_a_huge_post() -> None:
    huge = ("x" * 1000 + " ") * 5000 + "late@proton.me"
    findings = contact.detect(ScanContext(Corpus(posts=[post(1, None, huge)]))).findings
    assert findings == []  # past the scan limit: bounded time, said in docs


def test_an_address_repeated_in_one_post_lists_the_post_once() -> None:
    """Red-team of 29 November: SELF001 said "records x.md, x.md, x.md"."""
    from nymaudit.detectors import ScanContext
    from nymaudit.detectors.contact import detect
    from nymaudit.model import Corpus, Origin, Post

    post = Post(id="x.md", timestamp=None, text="mail a@proton.me, or a@proton.me, or a@proton.me",
                origin=Origin("site", record="x.md"))
    (finding,) = detect(ScanContext(Corpus(posts=[post]))).findings
    assert finding.message.count("x.md") == 1 and finding.message.startswith("An address appears in record")
    assert "same" not in finding.message  # "The same address appears in 1 post" said nothing repeated
