"""Report objects for the report tests, built straight from the model classes.

Rule ids end in 999 on purpose: no rule file defines them, so renderers must fall
back to the finding's own title and advice, and the golden files do not change
when the team edits heuristics/.
"""

from __future__ import annotations

from datetime import UTC, datetime

from nymaudit.model import (
    Clue,
    Confidence,
    Finding,
    InputError,
    InputSummary,
    Origin,
    Report,
    Severity,
)

HOSTILE = "<script>alert(1)</script> [bold]red[/bold] a|b `tick` ```fence``` **x** @octocat #12"
RTL = "שלום \u202eevil\u202c مرحبا"
EMOJI = "🇬🇧 👩‍💻 ☕"
LONG = ("Horsforth " * 500).strip()  # 5,000 characters minus one


def _grid() -> list[list[int]]:
    grid = []
    for day in range(7):
        row = []
        for hour in range(24):
            weekend = day >= 5
            awake = 7 <= hour <= 23 if not weekend else 9 <= hour <= 23
            row.append((3 + (hour % 5) + (2 if weekend else 0)) if awake else 0)
        grid.append(row)
    grid[2][12] = 40  # a lunch-break burst on Wednesdays
    return grid


def timing_section() -> dict:
    return {
        "posts": 412,
        "span_days": 398,
        "standard_utc_offset_hours": 0,
        "offset_confidence": 0.91,
        "offset_candidates": [
            {"standard_utc_offset_hours": 0, "probability": 0.91},
            {"standard_utc_offset_hours": 1, "probability": 0.06},
            {"standard_utc_offset_hours": 5.5, "probability": 0.03},
        ],
        "observes_dst": True,
        "dst_rule": "EU",
        "zone_candidates": [
            {"zone": "Europe/London", "probability": 0.82},
            {"zone": "Europe/Dublin", "probability": 0.12},
            {"zone": "Europe/Lisbon", "probability": 0.06},
        ],
        "country_candidates": [
            {"country": "GB-ENG", "probability": 0.7},
            {"country": "IE", "probability": 0.2},
        ],
        "weekend": ["Sat", "Sun"],
        "working_hours_share": 0.38,
        "sleep_window_local": {"start_hour": 23, "end_hour": 7},
        "absences": [{"start": "2025-08-02", "end": "2025-08-16", "days": 15}],
        "hour_weekday_local": _grid(),
    }


def linkage_section() -> dict:
    return {
        "method": "cosine over function words and character 4-grams, impostors-calibrated",
        "words": {"blog": 21000, "work <emails>": 8000},
        "pseudonymous_words": 15000,
        "candidates": [
            {"label": "blog", "same_author_probability": 0.93, "rank": 1, "distance": 0.41},
            {"label": "work <emails>", "same_author_probability": 0.2, "rank": 2,
             "distance": 0.88},
        ],
        "shared_habits": [
            {"feature": "whilst", "kind": "word", "pseudonymous_per_1000": 1.9,
             "known_per_1000": 2.1, "typical_per_1000": 0.2},
            {"feature": "two spaces after a full stop | `x`", "kind": "typography",
             "pseudonymous_per_1000": 30.0, "known_per_1000": 28.5, "typical_per_1000": 2.0},
        ],
        "warnings": ["Known writing under 5,000 words for one label."],
    }


def sample_report(*, redacted: bool = False, with_sections: bool = True) -> Report:
    findings = [
        Finding(
            rule="LINK999",
            category="link",
            severity=Severity.MEDIUM,
            confidence=Confidence.HIGH,
            title="Share link carries a tracking ID tied to your account",
            message='The link shares «si=Xk2abc123DEFgh», which names the sharing account.',
            evidence="https://youtu.be/abc123?si=Xk2abc123DEFgh",
            location=Origin("export.zip!data/tweets.js", "1500000000000000001", None),
            advice="Delete everything from '?si=' onward before posting a share link.",
            clue=Clue("account", "https://youtu.be/abc123?si=Xk2abc123DEFgh"),
        ),
        Finding(
            rule="PLACE999",
            category="place",
            severity=Severity.HIGH,
            confidence=Confidence.MEDIUM,
            title="Home area named in posts",
            message='23 mentions within 15 km of "Horsforth"',
            evidence="Lovely walk round Horsforth this morning, back for the 7:42 train.",
            location=Origin("export.zip!data/tweets.js", "1500000000000000002", None),
            advice="Name the region, not the town; leave out local landmarks.",
            clue=Clue("location", "Horsforth, Leeds, GB"),
        ),
        Finding(
            rule="SELF999",
            category="disclosure",
            severity=Severity.CRITICAL,
            confidence=Confidence.HIGH,
            title="Contact detail in a post",
            message="An e-mail address in the post text.",
            evidence="write to jane.doe@leeds.gov.uk " + HOSTILE,
            location=Origin("posts/2025-01-03-notes.md", None, 14),
            advice="Use a separate address that is not tied to your name.",
            clue=Clue("contact", "jane.doe@leeds.gov.uk"),
        ),
        Finding(
            rule="SELF999",
            category="disclosure",
            severity=Severity.CRITICAL,
            confidence=Confidence.HIGH,
            title="Contact detail in a post",
            message="A phone number in the post text.",
            evidence=RTL + " " + EMOJI + " 07700 900123",
            location=Origin("posts/2025-01-04-more.md", None, 3),
            advice="Use a separate address that is not tied to your name.",
            clue=Clue("contact", "07700 900123"),
        ),
        Finding(
            rule="STYLE999",
            category="style",
            severity=Severity.LOW,
            confidence=Confidence.LOW,
            title="British spelling throughout",
            message="Spelling points to British English.",
            evidence=LONG,
            location=Origin("posts", None, None),
            advice="Nothing to change unless your real-name writing shares rarer habits.",
            clue=Clue("dialect", "en-GB"),
        ),
        Finding(
            rule="META999",
            category="metadata",
            severity=Severity.INFO,
            confidence=Confidence.HIGH,
            title="Platform copy of an image: metadata stripped by the platform",
            message="Platform-served copy; the original may still carry metadata.",
            evidence="",
            location=Origin("export.zip!tweets_media/150-abc.jpg", None, None),
            advice="Check the original file with nymaudit meta before sharing it elsewhere.",
            clue=None,
        ),
    ]
    inputs = [
        InputSummary(
            path="export.zip",
            format="twitter",
            posts=400,
            activities=0,
            attachments=2,
            errors=[InputError("export.zip!data/bad|<b>.js", "not valid JSON at line 3")],
        ),
        InputSummary(path="posts", format="jekyll", posts=12, activities=0, attachments=0),
    ]
    sections = {"timing": timing_section(), "linkage": linkage_section()} if with_sections else {}
    return Report(
        tool_version="0.1.0",
        inputs=inputs,
        findings=findings,
        sections=sections,
        profile={},
        anonymity_bits=None,
        anonymity_set=None,
        post_count=412,
        first_post=datetime(2024, 10, 22, 6, 15, tzinfo=UTC),
        last_post=datetime(2025, 11, 23, 21, 40, tzinfo=UTC),
        redacted=redacted,
    )
