"""Eleventh session (lng11): the language note (summary.language_note) is not raised by terse
English or by mis-tagged one-word replies (review rev11d D3, D5), and still is by a foreign
account, tagged or not.

D3: a link-sharing account's 60 headlines, all tagged ``en``, were told "72% of the text is not
in English" from the function-word estimate (headlines have few function words); tags win.
D5: the tag share counted posts but said "% of the text": fourteen one-word replies X tagged
tl/in/et/ht read "26%" for about 25 of 780 words; tags are weighted by words, short posts skipped.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from typer.testing import CliRunner

from archive_builders import build_mastodon_archive, build_twitter_archive, make_note, make_tweet
from nymaudit.cli import app

HEADLINES = [
    "New preprint: graph neural networks for urban traffic forecasting",
    "Slides from today's talk: robust statistics for noisy sensor data",
    "Great thread: practical tips for reproducible machine learning pipelines",
    "Recommended reading: causal inference methods for observational health records",
    "Conference deadline extended: submissions now due Friday",
    "Open position: postdoctoral researcher, computational ecology, two years",
    "Fascinating paper: large language models and mathematical reasoning benchmarks",
    "Our group's new dataset: annotated satellite imagery of coastal erosion",
    "Workshop recap: fairness, accountability and transparency in automated decisions",
    "Code release: fast approximate nearest neighbour search library, MIT licence",
]

ENGLISH = [
    "I finally finished the report and I think it went well, but we will see what they say on Monday.",
    "If you have not read the new book by that author yet, you should; it was better than I expected.",
    "The train was late again this morning and I had to stand all the way, which was not ideal.",
    "We spent the afternoon at the museum with the kids and they loved the dinosaur room the most.",
]

REPLIES = [("hahaha", "tl"), ("lol same", "tl"), ("omg yes", "tl"), ("nice!!", "in"), ("wow", "in"),
           ("yesss", "et"), ("ok ok", "ht"), ("aww", "ht"), ("hmm", "et"), ("yay", "tl")]

GERMAN = ["Das Essen war heute wirklich lecker.", "Nach dem Essen ein Spaziergang im Hof.",
          "Im Hof spielen die Kinder.", "Gutes Essen, guter Wein, was will man mehr."]


def _profile(path: Path) -> dict:
    result = CliRunner().invoke(app, ["scan", str(path), "-f", "json"],
                                env={"COLUMNS": "100", "NYMAUDIT_REDACT": ""})
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def _jsonl(n: int) -> str:
    """Untagged short German posts, as the red team's german.jsonl without its tags."""
    rows = ({"timestamp": f"2025-03-{1 + i % 27:02d}T20:00:00Z", "text": GERMAN[i % 4]} for i in range(n))
    return "".join(json.dumps(row) + "\n" for row in rows)


def _headlines(tmp_path: Path) -> Path:
    start = datetime(2025, 2, 1, 9, tzinfo=UTC)
    link = '<a href="https://example.org/p/{0}">example.org/p/{0}</a>'
    notes = [make_note(str(1200 + i), f"{start + timedelta(days=i, minutes=37 * i % 600):%Y-%m-%dT%H:%M:%SZ}",
                       f"<p>{HEADLINES[i % len(HEADLINES)]} {link.format(i)}</p>", language="en")
             for i in range(60)]
    return build_mastodon_archive(tmp_path / "headlines", notes, zip=True)


def test_english_headlines_tagged_en_get_no_language_note(tmp_path: Path) -> None:
    doc = _profile(_headlines(tmp_path))
    # The function-word estimate alone would say 72% (0.124 of the words are function words).
    assert doc["style"]["language"]["english_function_word_share"] < 0.22
    assert "language" not in doc["profile"], doc["profile"].get("language")


def test_one_word_replies_tagged_other_languages_are_not_a_share_of_the_text(tmp_path: Path) -> None:
    start = datetime(2025, 3, 1, 18, tzinfo=UTC)
    tweets = [make_tweet(str(1600000000000000000 + i), start + timedelta(days=i, minutes=13 * i % 200),
                         ENGLISH[i % 4], lang="en") for i in range(40)]
    tweets += [make_tweet(str(1600000000000001000 + i), start + timedelta(days=i, hours=2),
                          REPLIES[i % len(REPLIES)][0], lang=REPLIES[i % len(REPLIES)][1]) for i in range(14)]
    doc = _profile(build_twitter_archive(tmp_path / "x", tweets, zip=True))
    assert "language" not in doc["profile"], doc["profile"].get("language")


def test_tags_are_weighted_by_words(tmp_path: Path) -> None:
    """Under a fifth of the posts are Spanish but longer ones (under the paragraph measure's 12
    words, so only the tags see them): the share is of the words, not the posts."""
    spanish = "Hoy llovió toda la tarde y no pude salir a caminar."
    notes = [make_note(str(130000000 + i), f"2025-04-{1 + i % 27:02d}T12:00:00Z",
                       "<p>Kettle on, cat asleep on the stairs again.</p>", language="en") for i in range(50)]
    notes += [make_note(str(131000000 + i), f"2025-05-{1 + i % 27:02d}T12:00:00Z",
                        f"<p>{spanish}</p>", language="es") for i in range(12)]
    doc = _profile(build_mastodon_archive(tmp_path / "mixed", notes, zip=True))
    assert doc["style"]["language"]["non_english_word_share"] == 0.0
    language = doc["profile"]["language"]
    # 12 of 62 posts (19%), but 132 of 532 words (25%).
    assert 0.22 <= language["non_english_share"] <= 0.28
    assert language["tags"] == {"es": 12} and language["tagged_posts"] == 62


def test_a_german_account_tagged_or_not_keeps_its_note(tmp_path: Path) -> None:
    notes = [make_note(str(140000000 + i), f"2025-03-{1 + i % 27:02d}T20:00:00Z", f"<p>{GERMAN[i % 4]}</p>",
                       language="de") for i in range(40)]
    tagged = _profile(build_mastodon_archive(tmp_path / "de", notes, zip=True))
    assert tagged["profile"]["language"]["non_english_share"] >= 0.9
    posts = tmp_path / "posts.jsonl"
    posts.write_text(_jsonl(12), encoding="utf-8")
    untagged = _profile(posts)
    assert untagged["profile"]["language"]["non_english_share"] >= 0.8
    assert untagged["profile"]["language"]["tagged_posts"] == 0


def test_too_few_untagged_words_are_no_estimate(tmp_path: Path) -> None:
    posts = tmp_path / "posts.jsonl"
    posts.write_text(_jsonl(4), encoding="utf-8")
    assert "language" not in _profile(posts)["profile"]
