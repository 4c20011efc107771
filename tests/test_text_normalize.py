"""Text normalisation: markup, entities, Unicode, caps on giant posts."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from nymaudit.detectors import ScanContext, disclosure, links, places, watchlist
from nymaudit.model import Corpus, Origin, Post
from nymaudit.text.normalize import MAX_SCAN_CHARS, fold, hrefs, normalize, post_texts, snippet


def test_html_entities_and_markup_become_plain_text() -> None:
    raw = '<p>Moved to Leeds &amp; loving it</p><p>see <a href="https://acme.zoom.us/j/1">link</a></p>'
    text, truncated = normalize(raw)
    assert "Moved to Leeds & loving it" in text
    assert "<" not in text and not truncated
    assert hrefs(raw) == ["https://acme.zoom.us/j/1"]


def test_mastodon_mentions_and_hashtags_are_not_the_writers_links() -> None:
    raw = ('<p><span class="h-card"><a href="https://mastodon.social/@alice" class="u-url '
           'mention">@<span>alice</span></a></span> see <a href="https://mastodon.social/tags/leeds"'
           ' class="mention hashtag" rel="tag">#<span>leeds</span></a> and '
           '<a href="https://github.com/janedoe" rel="nofollow noopener" target="_blank">'
           '<span class="invisible">https://</span><span class="">github.com/janedoe</span></a></p>')
    assert hrefs(raw) == ["https://github.com/janedoe"]
    text, _ = normalize(raw)
    assert "https://github.com/janedoe" in text


def test_unicode_is_nfkc_with_smart_quotes_and_zero_width_removed() -> None:
    text, _ = normalize("I\u2019m in \uff2c\uff45\uff45\uff44\uff53\u200b today")
    assert text == "I'm in Leeds today"


def test_fold_strips_accents_and_case() -> None:
    assert fold("ZOË Déise") == "zoe deise"


def test_snippet_is_bounded_and_centred() -> None:
    text = "x" * 1000 + "Leeds" + "y" * 1000
    piece = snippet(text, 1000, 1005)
    assert "Leeds" in piece and len(piece) <= 160


def test_giant_post_is_capped_and_flagged() -> None:
    text, truncated = normalize("a" * (MAX_SCAN_CHARS + 10))
    assert truncated and len(text) == MAX_SCAN_CHARS


def test_post_texts_skip_retweets_and_carry_stored_urls() -> None:
    mine = Post("1", None, "hello", Origin("t.js", "1"), title="Title",
                extra={"urls": ["https://example.com/a", 5]})
    theirs = Post("2", None, "I live in Leeds", Origin("t.js", "2"), authored=False)
    texts = list(post_texts([mine, theirs]))
    assert len(texts) == 1
    assert texts[0].text.startswith("Title\n")
    assert texts[0].urls == ("https://example.com/a",)


def _five_mb_posts() -> list[Post]:
    chunk = ("I live in Leeds, see https://acme.sharepoint.com/x?si=abcdefghijk "
             "&amp; <b>my wife</b> ///filled.count.soap LS6 3QD 53.8008, -1.5491 ")
    giant = chunk * (5_000_000 // len(chunk))
    one_url = "https://example.com/" + "a" * 5_000_000
    brackets = "<" * 2_000_000 + "<!--" * 500_000 + "[" * 500_000
    return [Post(str(i), None, t, Origin("big.txt", str(i)))
            for i, t in enumerate((giant, one_url, brackets))]


def test_five_megabyte_posts_finish_and_find_things() -> None:
    corpus = Corpus(posts=_five_mb_posts())
    ctx = ScanContext(corpus)
    found = []
    for module in (places, links, disclosure, watchlist):
        found.extend(module.detect(ctx).findings)
    note = places.detect(ctx).sections["text_scan"]
    assert note["posts_truncated"] == 3 and note["scan_limit_chars"] == MAX_SCAN_CHARS
    rules = {f.rule for f in found}
    assert {"PLACE002", "PLACE004", "PLACE007", "LINK002", "LINK003", "SELF012"} <= rules
    # Repeats are summed: one finding per fact, not one per mention.
    assert sum(1 for f in found if f.rule == "PLACE004") == 1


def test_mixed_scripts_and_emoji_do_not_break_detectors() -> None:
    texts = ["我住在北京 🙂 but I live in Leeds now 🏴", "Привет из Москвы", "🤷" * 5000,
             "मैं दिल्ली में रहता हूँ", "\x00\ud800 broken surrogate?" if False else "\x00 null"]
    corpus = Corpus(posts=[Post(str(i), None, t, Origin("m.txt", str(i)))
                           for i, t in enumerate(texts)])
    ctx = ScanContext(corpus)
    found = [f for m in (places, links, disclosure) for f in m.detect(ctx).findings]
    assert any(f.rule == "PLACE002" and "Leeds" in f.message for f in found)


def test_pathological_capitalised_and_punctuation_runs() -> None:
    from nymaudit.text import disclosure as disc
    from nymaudit.text import links as lnk
    from nymaudit.text import places as plc

    texts = [
        "Leeds " * 20_000, "St. " * 20_000, "A-B-C-" * 20_000, "I'm a " * 20_000,
        "my wife my " * 20_000, "https://" * 20_000, "www." * 20_000, "1.2345, " * 20_000,
        "@a@b.c " * 20_000, "///a.b." * 20_000, "LS6 " * 20_000, "#" * 100_000,
    ]
    for raw in texts:
        text, _ = normalize(raw)
        plc.mentions(text)
        plc.spots(text)
        lnk.scan(text)
        disc.find(text)


_words = st.sampled_from([
    "Leeds", "in", "I", "live", "my", "wife", "https://x.com/a?t=abcdefgh", "&amp;", "<p>",
    "Reading", "LS6", "3QD", "///a.b.c", "53.8008,", "-1.5491", "’s", "St.", "é", "🙂", "\n",
    "as", "a", "nurse", "the", "7:42", "from", "Horsforth", "Zoë", "#Leeds", "www.leeds.gov.uk",
])


@settings(max_examples=150, deadline=None)
@given(st.lists(_words | st.text(max_size=12), max_size=40))
def test_random_text_never_breaks_extractors(parts: list[str]) -> None:
    from nymaudit.text import disclosure as disc
    from nymaudit.text import links as lnk
    from nymaudit.text import places as plc

    text, _ = normalize(" ".join(parts))
    for m in plc.mentions(text):
        assert text[m.start : m.end].lstrip("#").startswith(m.surface[:1])
    for s in plc.spots(text):
        assert 0 <= s.start <= s.end <= len(text)
    lnk.scan(text)
    for d in disc.find(text):
        assert 0 <= d.start <= d.end <= len(text)


def test_a_long_draft_is_read_to_its_end_and_a_cut_one_fails_check(tmp_path):
    """A 114 KB draft with the writer's town in its last sentence passed `check` when
    only the first 100,000 characters were read. Now it is read whole; a post over
    the bound is reported (INPUT003, medium), so `check` never passes unread text."""
    from typer.testing import CliRunner

    from nymaudit.cli import app
    from nymaudit.text.normalize import MAX_SCAN_CHARS

    filler = "The committee met again and the agenda ran long into the evening. "
    draft = tmp_path / "draft.md"
    draft.write_text("---\ntitle: Notes\n---\n\n" + filler * 1_800 + "\n\nI live in Horsforth.\n")
    assert 100_000 < draft.stat().st_size < MAX_SCAN_CHARS
    result = CliRunner().invoke(app, ["check", str(draft), "--format", "json", "-q"])
    rules = {f["rule"] for f in json.loads(result.stdout)["findings"]}
    assert result.exit_code == 1 and "PLACE002" in rules and "INPUT003" not in rules, rules

    huge = tmp_path / "huge.md"
    huge.write_text("---\ntitle: Huge\n---\n\n" + filler * (MAX_SCAN_CHARS // len(filler) + 10))
    result = CliRunner().invoke(app, ["check", str(huge), "--format", "json", "-q"])
    cut = [f for f in json.loads(result.stdout)["findings"] if f["rule"] == "INPUT003"]
    assert result.exit_code == 1 and len(cut) == 1 and cut[0]["severity"] == "medium"
